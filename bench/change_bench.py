"""Carbon stock change benchmark (part of `make bench`): bluecarbon:carbonchange against natcap.invest 3.14.2's
Coastal Blue Carbon model on the same inputs, in the same run.

A 1,000 x 1,000-pixel landscape (UTM 50N, 30 m) with 3 snapshots (2000, 2010, 2020; six classes, every
transition kind) and a 30-year analysis (to 2030) with a price table. Ours runs through qgis_process with
the natcap.invest 3.14.2 reading (METHOD=1), so both compute the same numbers; the bench checks they agree.
natcap.invest runs in bench/work/invest-venv (``make bench-invest``, bench/setup_invest.sh).

    BENCH_CHANGE_TILE=1 make bench   # also: a 10,980 x 10,980 landscape, 3 snapshots: peak memory (< 2 GB)

Then carboncredits on W1 (10,980², run_bench's 1,000 polygons): the joint run of a project (3 maps) and a baseline
(its first map and one of its own) against one carbonchange run of the project over the same polygons, target
<= 1.5x. At another size, alone: ``python bench/change_bench.py credits 1000``.
"""
import json
import os
import subprocess
import sys

import numpy as np
from osgeo import gdal, osr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_invest_fixtures import BIO_HEADER, OWN_CLASSES, OWN_TRANSITIONS, evolve  # noqa: E402
from run_bench import PLUGINS, TILE, WORK, env, interleaved, measured  # noqa: E402

INVEST_PY = os.path.join(WORK, "invest-venv", "bin", "python")
YEARS = (2000, 2010, 2020)
ANALYSIS = 2030
gdal.UseExceptions()


def landscape(folder, size, years=YEARS, geotransform=(500000.0, 30.0, 0.0, 2600000.0, 0.0, -30.0), evolve_seed=None):
    """Snapshots of patchy classes (40-pixel patches), changed by the own case's transitions; the first is the
    same for every ``evolve_seed`` (another seed: another scenario from the same ground)."""
    os.makedirs(folder, exist_ok=True)
    paths = [os.path.join(folder, "lulc_{}.tif".format(y)) for y in years]
    if all(os.path.exists(p) for p in paths):
        return paths
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32650)
    dss = []
    for p in paths:
        ds = gdal.GetDriverByName("GTiff").Create(p + ".part.tif", size, size, 1, gdal.GDT_Byte,
                                                  ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"])
        ds.SetGeoTransform(geotransform)
        ds.SetProjection(srs.ExportToWkt())
        ds.GetRasterBand(1).SetNoDataValue(255)
        dss.append(ds)
    rng = np.random.default_rng(7)
    patch = 40
    n = size // patch + 2
    base = rng.choice([1, 2, 3, 4, 5, 6], size=(n, n), p=[0.25, 0.2, 0.15, 0.15, 0.15, 0.1]).astype(np.uint8)
    coarse = [base]
    rng = rng if evolve_seed is None else np.random.default_rng(evolve_seed)
    for _ in years[1:]:
        coarse.append(evolve(coarse[-1], rng, 0.3))
    cols = np.arange(size) // patch
    for r0 in range(0, size, 1024):
        rows = np.arange(r0, min(r0 + 1024, size)) // patch
        for ds, c in zip(dss, coarse):
            ds.GetRasterBand(1).WriteArray(c[rows[:, None], cols[None, :]], 0, r0)
    for ds, p in zip(dss, paths):
        ds.FlushCache()
        ds = None
    dss = None
    for p in paths:
        os.replace(p + ".part.tif", p)
    return paths


def tables(folder, paths, years=YEARS):
    bio = os.path.join(folder, "biophysical.csv")
    with open(bio, "w") as fh:
        fh.write(BIO_HEADER + "\n" + "".join(",".join(str(v) for v in row) + "\n" for row in OWN_CLASSES))
    names = {c[0]: c[1] for c in OWN_CLASSES}
    trans = os.path.join(folder, "transitions.csv")
    with open(trans, "w") as fh:
        fh.write("lulc-class," + ",".join(names[c] for c in sorted(names)) + "\n")
        for a in sorted(names):
            fh.write(names[a] + "," + ",".join(OWN_TRANSITIONS.get((a, b), "") for b in sorted(names)) + "\n")
    snaps = os.path.join(folder, "snapshots.csv")
    with open(snaps, "w") as fh:
        fh.write("snapshot_year,raster_path\n" + "".join("{},{}\n".format(y, p) for y, p in zip(years, paths)))
    prices = os.path.join(folder, "prices.csv")
    with open(prices, "w") as fh:
        fh.write("year,price\n" + "".join("{},{}\n".format(y, 10 + 0.5 * (y - YEARS[0]))
                                          for y in range(YEARS[0], ANALYSIS + 1)))
    return bio, trans, snaps, prices


def ours(folder, bio, trans, snaps, prices, out, *extra):
    return measured(["qgis_process.bin", "run", "bluecarbon:carbonchange", "--",
                     "SNAPSHOT_TABLE=" + snaps, "BIOPHYSICAL=" + bio, "TRANSITIONS=" + trans,
                     "ANALYSIS_YEAR={}".format(ANALYSIS), "PRICE_TABLE=" + prices, "DISCOUNT_RATE=3",
                     "METHOD=1", "ITERATIONS=0", "OUTPUT_FOLDER=" + out, *extra], env(PLUGINS))


def invest(bio, trans, snaps, prices, out):
    args = dict(workspace_dir=out, landcover_snapshot_csv=snaps, biophysical_table_path=bio,
                landcover_transitions_table=trans, analysis_year=ANALYSIS, do_economic_analysis=True,
                use_price_table=True, price_table_path=prices, discount_rate=3, n_workers=-1)
    code = ("import json,sys;from natcap.invest.coastal_blue_carbon import coastal_blue_carbon as c;"
            "c.execute(json.loads(sys.argv[1]))")
    return measured([INVEST_PY, "-c", code, json.dumps(args)])


def agree(ours_dir, invest_dir):
    worst = 0.0
    for fn in sorted(os.listdir(os.path.join(invest_dir, "output"))):
        if not fn.endswith(".tif") or fn.startswith("carbon-emissions"):
            continue
        a = gdal.Open(os.path.join(ours_dir, fn)).ReadAsArray().astype(np.float64)
        b = gdal.Open(os.path.join(invest_dir, "output", fn)).ReadAsArray().astype(np.float64)
        scale = np.abs(b).max() or 1.0
        worst = max(worst, float(np.abs(a - b).max() / scale))
    return worst


W1_GEOTRANSFORM = (300000.0, 10.0, 0.0, 2600000.0, 0.0, -10.0)  # run_bench.class_raster's grid (W1)


def credits_vs_change(size):
    """The joint credits run (project: 2000, 2010, 2020; baseline: the same 2000 map and its own 2020 map) against
    one carbonchange run of the project, both over run_bench's 1,000 polygons on a size x size 10 m grid (W1 at
    10,980), to the end of 2029. Returns (credits s, change s, credits MB)."""
    from run_bench import polygons

    folder = os.path.join(WORK, "credits_{}".format(size))
    project = landscape(os.path.join(folder, "project"), size, geotransform=W1_GEOTRANSFORM)
    bio, trans, snaps, _ = tables(os.path.join(folder, "project"), project)
    other = landscape(os.path.join(folder, "baseline"), size, years=YEARS[::2], geotransform=W1_GEOTRANSFORM,
                      evolve_seed=11)
    base_snaps = os.path.join(folder, "baseline_snapshots.csv")
    with open(base_snaps, "w") as fh:
        fh.write("snapshot_year,raster_path\n{},{}\n{},{}\n".format(YEARS[0], project[0], YEARS[2], other[1]))
    areas = polygons(os.path.join(WORK, "polygons_{}.gpkg".format(size)), size)
    os.sync()
    change = ["qgis_process.bin", "run", "bluecarbon:carbonchange", "--", "SNAPSHOT_TABLE=" + snaps,
              "BIOPHYSICAL=" + bio, "TRANSITIONS=" + trans, "AREAS=" + areas, "ANALYSIS_YEAR=2030",
              "OUTPUT_FOLDER=" + os.path.join(folder, "change_out"), "OUTPUT_TABLE=" + os.path.join(folder, "change.csv")]
    credits = ["qgis_process.bin", "run", "bluecarbon:carboncredits", "--",
               "PROJECT_SNAPSHOT_TABLE=" + snaps, "BASELINE_SNAPSHOT_TABLE=" + base_snaps,
               "BIOPHYSICAL=" + bio, "TRANSITIONS=" + trans, "AREAS=" + areas,
               "LAST_YEAR=2029", "OUTPUT=" + os.path.join(folder, "credits.csv")]
    (credits_s, credits_mb), (change_s, _) = interleaved(lambda: measured(credits, env(PLUGINS)),
                                                         lambda: measured(change, env(PLUGINS)))
    return credits_s, change_s, credits_mb


def print_credits(size):
    credits_s, change_s, mb = credits_vs_change(size)
    print("carboncredits (both scenarios, joint) on {0:,} x {0:,}, 1,000 polygons: {1:.1f} s ({2:.0f} MB); one "
          "carbonchange run of the project: {3:.1f} s".format(size, credits_s, mb, change_s))
    print("BENCH carboncredits_joint_vs_carbonchange ratio={:.3f} (target <= 1.5)".format(credits_s / change_s))


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "credits":  # e.g. `python bench/change_bench.py credits 1000`
        print_credits(int(sys.argv[2]))
        return
    if not os.path.exists(INVEST_PY):
        raise SystemExit("natcap.invest is not built: run `make bench-invest` first")
    folder = os.path.join(WORK, "change_1000")
    paths = landscape(folder, 1000)
    bio, trans, snaps, prices = tables(folder, paths)
    os.sync()  # the files earlier benchmarks wrote are not flushed while ours runs
    runs = [ours(folder, bio, trans, snaps, prices, os.path.join(folder, "ours")) for _ in range(3)]
    ours_s, ours_mb = sorted(runs)[1]  # the median of 3: a 2 s run varies with qgis_process's start
    inv_dir = os.path.join(folder, "invest")
    subprocess.run(["rm", "-rf", inv_dir])
    inv_s, inv_mb = invest(bio, trans, snaps, prices, inv_dir)
    print("carbonchange {:.2f} s ({:.0f} MB); natcap.invest 3.14.2 {:.2f} s ({:.0f} MB); largest difference "
          "{:.2e} of each raster's range".format(ours_s, ours_mb, inv_s, inv_mb,
                                                 agree(os.path.join(folder, "ours"), inv_dir)))
    print("BENCH carbonchange_vs_invest ratio={:.3f} (target <= 0.1)".format(ours_s / inv_s))
    if os.environ.get("BENCH_CHANGE_TILE"):
        big = os.path.join(WORK, "change_tile")
        paths = landscape(big, TILE)
        bio, trans, snaps, prices = tables(big, paths)
        (secs, mb), (none_s, _) = interleaved(lambda: ours(big, bio, trans, snaps, prices, os.path.join(big, "ours")),
                                              lambda: ours(big, bio, trans, snaps, prices, os.path.join(big, "none"),
                                                           "SCHEDULER=0"), n=1)
        print("carbonchange on {0:,} x {0:,} x 3 snapshots: {1:.0f} s; in this process (SCHEDULER=0): {2:.0f} s"
              .format(TILE, secs, none_s))
        print("BENCH carbonchange_tile_default_vs_in_process ratio={:.3f} (target <= 0.7)".format(secs / none_s))
        print("BENCH carbonchange_tile_peak_memory_mb value={:.0f} (target < 2048)".format(mb))
    print_credits(TILE // 4 if os.environ.get("BENCH_QUICK") else TILE)


if __name__ == "__main__":
    main()
