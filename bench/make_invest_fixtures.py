"""Regenerates tests/data/invest_* : inputs and natcap.invest 3.14.2's own outputs for the carbon change tests.

Run with the interpreter of the venv built by ``make bench-invest`` (bench/setup_invest.sh):

    bench/work/invest-venv/bin/python bench/make_invest_fixtures.py

Cases:
- ``invest_cbc_1x2``: the 1 x 2-pixel case of natcap.invest's tests/test_coastal_blue_carbon.py at 3.14.2
  (``_create_model_args``): runs as in test_model, test_model_no_analysis_year_no_price_table,
  test_model_one_transition_no_analysis_year and test_model_no_transitions.
- ``invest_cbc_own``: a 40 x 30-pixel landscape built here: six classes, all five transition kinds, a
  nodata border, four snapshots, an analysis year after the last one and a price table.

Every output raster of each run is stored in ``expected_<run>.npz`` (arrays keyed by file name, InVEST's
nodata as NaN) with the run's arguments in ``runs.json``; the tests compare the plugin against these.
"""
import json
import os
import shutil
import sys
import tempfile

import numpy as np
from osgeo import gdal, osr

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(HERE), "tests", "data")

BIO_HEADER = ("code,lulc-class,biomass-initial,soil-initial,litter-initial,biomass-half-life,"
              "biomass-low-impact-disturb,biomass-med-impact-disturb,biomass-high-impact-disturb,"
              "biomass-yearly-accumulation,soil-half-life,soil-low-impact-disturb,soil-med-impact-disturb,"
              "soil-high-impact-disturb,soil-yearly-accumulation,litter-yearly-accumulation")


def write_raster(path, array, epsg, origin, pixel, nodata):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds = gdal.GetDriverByName("GTiff").Create(path, array.shape[1], array.shape[0], 1, gdal.GDT_Byte)
    ds.SetGeoTransform((origin[0], pixel, 0, origin[1], 0, -pixel))
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(array)
    ds = None


def case_1x2(folder):
    """natcap.invest 3.14.2 tests/test_coastal_blue_carbon.py::TestCBC2._create_model_args, as files."""
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "biophysical.csv"), "w") as fh:
        fh.write(BIO_HEADER + "\n")
        fh.write("1,mangrove,64,313,3,15,0.5,0.5,1,2,7.5,0.3,0.5,0.66,5.35,1\n")
        fh.write("2,parking lot,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n")
    with open(os.path.join(folder, "transitions.csv"), "w") as fh:
        fh.write("lulc-class,mangrove,parking lot\nmangrove,NCC,high-impact-disturb\nparking lot,accum,NCC\n")
    for name, arr in (("baseline_lulc.tif", [[1, 2]]), ("snapshot_2010.tif", [[2, 1]]),
                      ("snapshot_2020.tif", [[1, 2]])):
        write_raster(os.path.join(folder, name), np.array(arr, np.uint8), 32731, (2, -2), 2, 255)
    snapshots = {"snapshots.csv": [(2000, "baseline_lulc.tif"), (2010, "snapshot_2010.tif"),
                                   (2020, "snapshot_2020.tif")],
                 "snapshots_2.csv": [(2000, "baseline_lulc.tif"), (2010, "snapshot_2010.tif")],
                 "snapshots_1.csv": [(2000, "baseline_lulc.tif")]}
    for name, rows in snapshots.items():
        with open(os.path.join(folder, name), "w") as fh:
            fh.write("snapshot_year,raster_path\n")
            for y, p in rows:
                fh.write("{},{}\n".format(y, p))
    with open(os.path.join(folder, "price_table.csv"), "w") as fh:
        # as the test writes it: prior_year_price is never updated, so every year's price is 1.04
        fh.write("year,price\n")
        for year in range(2000, 2031):
            fh.write("{},{}\n".format(year, 1.0 * 1.04))
    base = dict(biophysical_table_path="biophysical.csv", landcover_transitions_table="transitions.csv",
                do_economic_analysis=True)
    return {
        "test_model": dict(base, landcover_snapshot_csv="snapshots.csv", analysis_year=2030, use_price_table=True,
                           price_table_path="price_table.csv", discount_rate=4),
        "no_analysis_year_no_price_table": dict(base, landcover_snapshot_csv="snapshots.csv", use_price_table=False,
                                                inflation_rate=5, price=10.0, discount_rate=4),
        "one_transition_no_analysis_year": dict(base, landcover_snapshot_csv="snapshots_2.csv",
                                                use_price_table=False, inflation_rate=4, price=1.0, discount_rate=4),
        "no_transitions": dict(base, landcover_snapshot_csv="snapshots_1.csv", analysis_year=2010,
                               use_price_table=False, inflation_rate=4, price=1.0, discount_rate=4),
    }


OWN_CLASSES = [
    # code, name, biomass-init, soil-init, litter-init, biomass hl, b low, b med, b high, b accum,
    # soil hl, s low, s med, s high, s accum, litter accum   (fictitious values, Mg CO2e/ha)
    (1, "mangrove", 120, 900, 6, 5, 0.3, 0.6, 0.9, 9.2, 20, 0.2, 0.4, 0.7, 6.1, 0.4),
    (2, "salt marsh", 30, 600, 2, 2, 0.4, 0.7, 1.0, 2.5, 15, 0.15, 0.35, 0.6, 5.4, 0.2),
    (3, "seagrass", 4, 300, 0, 1, 0.5, 0.8, 1.0, 0.6, 10, 0.1, 0.3, 0.5, 4.4, 0.0),
    (4, "tidal flat", 0, 150, 0, 0, 0, 0, 0, 0, 8, 0.1, 0.2, 0.4, 0.8, 0.0),
    (5, "aquaculture pond", 0, 80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.0),
    (6, "open water", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.0),
]
OWN_TRANSITIONS = {
    # from -> to: kind (all five kinds occur)
    (1, 1): "accum", (1, 2): "accum", (1, 5): "high-impact-disturb", (1, 4): "med-impact-disturb",
    (2, 2): "accum", (2, 1): "accum", (2, 5): "high-impact-disturb", (2, 4): "low-impact-disturb",
    (3, 3): "accum", (3, 6): "med-impact-disturb", (3, 4): "low-impact-disturb",
    (4, 4): "NCC", (4, 1): "accum", (4, 2): "accum", (4, 3): "accum", (4, 5): "NCC",
    (5, 5): "NCC", (5, 1): "accum", (5, 2): "accum", (5, 4): "NCC",
    (6, 6): "NCC", (6, 3): "accum", (6, 4): "NCC",
}


def evolve(prev, rng, rate):
    """The next snapshot: a share ``rate`` of the pixels moves to a class OWN_TRANSITIONS allows."""
    allowed = {}
    for (a, b) in OWN_TRANSITIONS:
        allowed.setdefault(a, []).append(b)
    nxt = prev.copy()
    change = rng.random(prev.shape) < rate
    for a, targets in allowed.items():
        sel = change & (prev == a)
        nxt[sel] = rng.choice(sorted(targets), size=int(sel.sum()))
    return nxt


def own_landscape(seed=20240611):
    rng = np.random.default_rng(seed)
    rows, cols = 30, 40
    base = rng.choice([1, 2, 3, 4, 5, 6], size=(rows, cols), p=[0.25, 0.2, 0.15, 0.15, 0.15, 0.1]).astype(np.uint8)
    snaps = [base]
    for _ in range(3):
        snaps.append(evolve(snaps[-1], rng, 0.35))
    for s in snaps:
        s[0, :] = s[-1, :] = 255
        s[:, 0] = s[:, -1] = 255
    return snaps


def case_own(folder):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "biophysical.csv"), "w") as fh:
        fh.write(BIO_HEADER + "\n")
        for row in OWN_CLASSES:
            fh.write(",".join(str(v) for v in row) + "\n")
    names = {c[0]: c[1] for c in OWN_CLASSES}
    with open(os.path.join(folder, "transitions.csv"), "w") as fh:
        fh.write("lulc-class," + ",".join(names[c] for c in sorted(names)) + "\n")
        for a in sorted(names):
            fh.write(names[a] + "," + ",".join(OWN_TRANSITIONS.get((a, b), "") for b in sorted(names)) + "\n")
    years = [2005, 2012, 2018, 2024]
    with open(os.path.join(folder, "snapshots.csv"), "w") as fh:
        fh.write("snapshot_year,raster_path\n")
        for y, arr in zip(years, own_landscape()):
            name = "lulc_{}.tif".format(y)
            write_raster(os.path.join(folder, name), arr, 32650, (500000.0, 2500000.0), 30, 255)
            fh.write("{},{}\n".format(y, name))
    with open(os.path.join(folder, "price_table.csv"), "w") as fh:
        fh.write("year,price\n")
        for i, year in enumerate(range(2005, 2041)):
            fh.write("{},{:.4f}\n".format(year, 12.0 + 0.75 * i))
    return {"own": dict(biophysical_table_path="biophysical.csv", landcover_transitions_table="transitions.csv",
                        landcover_snapshot_csv="snapshots.csv", analysis_year=2040, do_economic_analysis=True,
                        use_price_table=True, price_table_path="price_table.csv", discount_rate=3.5)}


def run(folder, runs):
    from natcap.invest import __version__
    from natcap.invest.coastal_blue_carbon import coastal_blue_carbon

    for name, args in runs.items():
        work = tempfile.mkdtemp()
        full = {k: (os.path.join(folder, v) if isinstance(v, str) and v.endswith((".csv", ".tif")) else v)
                for k, v in args.items()}
        full["workspace_dir"] = work
        coastal_blue_carbon.execute(full)
        out = {}
        for fn in sorted(os.listdir(os.path.join(work, "output"))):
            if fn.endswith(".tif"):
                ds = gdal.Open(os.path.join(work, "output", fn))
                band = ds.GetRasterBand(1)
                arr = band.ReadAsArray().astype(np.float64)
                nd = band.GetNoDataValue()
                if nd is not None:
                    arr[arr == nd] = np.nan
                out[fn] = arr
        np.savez_compressed(os.path.join(folder, "expected_{}.npz".format(name)), **out)
        shutil.rmtree(work)
        print(name, sorted(out))
    with open(os.path.join(folder, "runs.json"), "w") as fh:
        json.dump({"natcap.invest": __version__, "python": sys.version.split()[0], "runs": runs}, fh, indent=1)


if __name__ == "__main__":
    run(os.path.join(DATA, "invest_cbc_1x2"), case_1x2(os.path.join(DATA, "invest_cbc_1x2")))
    run(os.path.join(DATA, "invest_cbc_own"), case_own(os.path.join(DATA, "invest_cbc_own")))
