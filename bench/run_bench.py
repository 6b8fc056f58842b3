"""`make bench`: speed and memory against the tools people use today, measured in one run.

Prints one ``BENCH <name> ratio=<x>`` line per comparison (ours / peer, lower
is better) plus absolute times and peak memory. Inputs are generated once in
bench/work/ (a Sentinel-2-tile-sized class raster and 1,000 polygons).

    BENCH_QUICK=1 make bench   # a 2,745 x 2,745 raster, for a fast look
    BENCH_SKIP_LARGE=1 ...     # without the 21,960 x 21,960 raster (memory against W1's)

carbonstocks runs with its default parameters (Monte Carlo included) against native:zonalhistogram on W1
(10,980², 1,000 polygons) and on 14,000² with 4,000 overlapping polygons, where it is also run with
SCHEDULER=0; each of its runs prints the seconds of its phases.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np
from osgeo import gdal, ogr, osr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "bench", "work")
PLUGINS = os.path.join(ROOT, "build", "plugins")
EPSG = 32650
TILE = 10980
QUICK = bool(os.environ.get("BENCH_QUICK"))
gdal.UseExceptions()


def env(plugin_path=PLUGINS):
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=plugin_path)
    e.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    return e


def measured(argv, environ=None, output=False):
    """Wall time and peak RSS (MB) of a command, measured from a fresh child (``output``: and the end of its
    standard error)."""
    code = ("import resource,subprocess,sys,time,json;t=time.perf_counter();"
            "p=subprocess.run(sys.argv[1:],capture_output=True,text=True);"
            "d=time.perf_counter()-t;"
            "print(json.dumps([p.returncode,d,resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024,"
            "p.stdout[-3000:],p.stderr[-3000:]]))")
    out = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, env=environ)
    rc, secs, mb, stdout, stderr = json.loads(out.stdout)
    if rc != 0:
        sys.stderr.write(stdout + stderr)
        raise SystemExit("command failed: " + " ".join(argv[:4]))
    return (secs, mb, stderr) if output else (secs, mb)


def tree_peak_mb(argv, environ=None):
    """The largest sum of proportional set sizes (PSS: pages shared by forked processes counted once) of a
    command and every process it started, sampled from /proc every 20 ms while it runs, in MB; ``measured``
    gives the largest single process only."""
    proc = subprocess.Popen(argv, env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        parents = {}
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    with open("/proc/{}/stat".format(d)) as f:
                        parents[int(d)] = int(f.read().rsplit(")", 1)[1].split()[1])
                except OSError:
                    pass
        tree, todo = [], [proc.pid]
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo += [k for k, v in parents.items() if v == pid]
        kb = 0
        for pid in tree:
            try:
                with open("/proc/{}/smaps_rollup".format(pid)) as f:
                    kb += next(int(line.split()[1]) for line in f if line.startswith("Pss:"))
            except (OSError, StopIteration):
                pass
        peak = max(peak, kb)
        time.sleep(0.02)
    if proc.returncode != 0:
        raise SystemExit("command failed: " + " ".join(argv[:4]))
    return peak / 1024.0


def interleaved(*commands, n=3):
    """The median (seconds, peak MB) of ``n`` runs of each command, the commands taking turns, so that a
    machine whose load changes during the bench weighs on every command alike. A command is a callable
    returning (seconds, MB, ...)."""
    runs = [[] for _ in commands]
    for _ in range(n):
        for command, out in zip(commands, runs):
            out.append(tuple(command()[:2]))
    return [sorted(out)[len(out) // 2] for out in runs]


def phases(stderr, label):
    """Print the seconds of each phase of a run, from its BLUECARBON_TIMINGS line (see feedback.log_timings)."""
    for line in stderr.splitlines():
        if line.startswith("BLUECARBON_TIMINGS "):
            _, alg, data = line.split(" ", 2)
            print("  phases of {} ({}): {}".format(alg, label, ", ".join(
                "{} {:.2f} s".format(k, v) for k, v in json.loads(data).items())))


def tile_raster(path, size):
    """A tiled, compressed Byte GeoTIFF of ``size`` x ``size`` 10 m pixels (UTM 50N), nodata 0, to write."""
    ds = gdal.GetDriverByName("GTiff").Create(path, size, size, 1, gdal.GDT_Byte,
                                              ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"])
    ds.SetGeoTransform((300000.0, 10.0, 0.0, 2600000.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(0)
    return ds


def class_raster(path, size):
    """A tiled, compressed class raster with patchy classes 1-9 (like a habitat map), written in strips."""
    if os.path.exists(path):
        return path
    tmp = path + ".part.tif"
    ds = tile_raster(tmp, size)
    band = ds.GetRasterBand(1)
    rng = np.random.default_rng(0)
    coarse = rng.integers(0, 10, size=(size // 40 + 2, size // 40 + 2)).astype(np.uint8)
    cols = np.arange(size) // 40
    for r0 in range(0, size, 512):
        rows = np.arange(r0, min(r0 + 512, size))
        block = coarse[(rows // 40)[:, None], cols[None, :]]
        noise = rng.random(block.shape) < 0.15
        block = np.where(noise, rng.integers(1, 10, size=block.shape), block).astype(np.uint8)
        band.WriteArray(block, 0, r0)
    ds = None
    os.replace(tmp, path)
    return path


def polygons(path, size, n=1000):
    if os.path.exists(path):
        return path
    rng = np.random.default_rng(1)
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    lyr = ds.CreateLayer("areas", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    extent = size * 10.0
    lyr.StartTransaction()
    for i in range(n):
        radius = rng.uniform(200, 1500)
        cx = 300000 + rng.uniform(radius, extent - radius)
        cy = 2600000 - rng.uniform(radius, extent - radius)
        ang = np.linspace(0, 2 * np.pi, 65)[:-1]
        rr = radius * (1 + 0.1 * rng.uniform(-1, 1, ang.size))
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for a, r in zip(ang, rr):
            ring.AddPoint_2D(cx + r * np.cos(a), cy + r * np.sin(a))
        ring.CloseRings()
        poly = ogr.Geometry(ogr.wkbPolygon)
        poly.AddGeometry(ring)
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("name", "p{}".format(i))
        feat.SetGeometry(poly)
        lyr.CreateFeature(feat)
    lyr.CommitTransaction()
    ds = None
    return path


def run_ours(raster, areas, out_dir, *extra):
    """carbonstocks through qgis_process with its default parameters (Monte Carlo included); returns (seconds,
    peak MB, standard error: its BLUECARBON_TIMINGS line gives each phase's seconds)."""
    return measured(["qgis_process.bin", "run", "bluecarbon:carbonstocks", "--", "HABITAT=" + raster,
                     "AREAS=" + areas, "OUTPUT=" + os.path.join(out_dir, "ours.gpkg"),
                     "OUTPUT_TABLE=" + os.path.join(out_dir, "ours.csv"), *extra],
                    dict(env(), BLUECARBON_TIMINGS="1"), output=True)


def run_zonalhistogram(raster, areas, out_dir):
    return measured(["qgis_process.bin", "run", "native:zonalhistogram", "--",
                     "INPUT_RASTER=" + raster, "RASTER_BAND=1", "INPUT_VECTOR=" + areas, "COLUMN_PREFIX=h_",
                     "OUTPUT=" + os.path.join(out_dir, "zh.gpkg")], env())


ENGINE_CODE = """
import sys, time, json
sys.path.insert(0, {plugins!r})
from osgeo import ogr
from shapely import wkb
from bluecarbon.bluecarbon_qgis.engine.raster.grid import open_grid
from bluecarbon.bluecarbon_qgis.engine.raster.zonal import zonal_class_areas
ds = ogr.Open({areas!r}); lyr = ds.GetLayer(0)
geoms = [wkb.loads(bytes(f.GetGeometryRef().ExportToWkb())) for f in lyr]
t = time.perf_counter()
res = zonal_class_areas(open_grid({raster!r}), geoms)
print(json.dumps([time.perf_counter() - t, sum(r.total_m2 for r in res)]))
"""

EXACTEXTRACT_CODE = """
import time, json
from exactextract import exact_extract
t = time.perf_counter()
res = exact_extract({raster!r}, {areas!r}, ["unique", "frac"], output="geojson")
print(json.dumps([time.perf_counter() - t, len(res)]))
"""


def timed_python(code):
    """Run ``code`` in a fresh Python on one core's worth of threads (OMP_NUM_THREADS=1: numpy's BLAS pool
    would otherwise add threads); returns (its JSON line, None) or (None, the end of its error)."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=dict(env(), OMP_NUM_THREADS="1"))
    if out.returncode != 0:
        return None, out.stderr.strip().splitlines()[-1:] or ["failed"]
    return json.loads(out.stdout.strip().splitlines()[-1]), None


def engine_vs_exactextract(raster, areas, n=5):
    """The zonal engine and exactextract, each single-threaded in a fresh Python, ``n`` runs each in turns
    after one warm-up run of exactextract: (engine's median s, exactextract's median s, None), or (engine's s
    from one run, None, the error that stopped exactextract)."""
    engine_code = ENGINE_CODE.format(plugins=PLUGINS, areas=areas, raster=raster)
    ee_code = EXACTEXTRACT_CODE.format(areas=areas, raster=raster)
    first, ee_err = timed_python(ee_code)
    if first is None:
        eng, err = timed_python(engine_code)
        return (eng[0] if eng else None), None, ee_err
    runs = {"engine": [], "ee": []}

    def timed(key, code):
        def run():
            out, err = timed_python(code)
            if out is None:
                raise SystemExit("{} failed: {}".format(key, " ".join(err)))
            runs[key].append(out[0])
            return out[0], 0.0
        return run

    (eng_s, _), (ee_s, _) = interleaved(timed("engine", engine_code), timed("ee", ee_code), n=n)
    print("  engine runs: {}; exactextract runs: {}".format(
        ", ".join("{:.2f} s".format(v) for v in runs["engine"]), ", ".join("{:.2f} s".format(v) for v in runs["ee"])))
    return eng_s, ee_s, None


def plugin_load_overhead():
    def median_list(plugin_path):
        times = []
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run(["qgis_process.bin", "list"], capture_output=True, env=env(plugin_path))
            times.append(time.perf_counter() - t)
        return statistics.median(times)
    with tempfile.TemporaryDirectory() as empty:
        base = median_list(empty)
    return median_list(PLUGINS) - base, base


BIG_SIDE, BIG_POLYGONS = 14000, 4000
PEAK_TARGET_MB = 800


def stocks_vs_zonalhistogram(raster, areas, label, key, in_process=False):
    """carbonstocks (default parameters, default executor) against native:zonalhistogram on the same inputs,
    medians of interleaved runs, with the phases of one of ours; ``in_process``: also against its own run with
    SCHEDULER=0. Returns our peak MB."""
    with tempfile.TemporaryDirectory() as out:
        logs = []

        def ours(*extra):
            secs, mb, stderr = run_ours(raster, areas, out, *extra)
            logs.append((extra, secs, stderr))
            return secs, mb

        commands = [ours, lambda: run_zonalhistogram(raster, areas, out)]
        if in_process:
            commands.append(lambda: ours("SCHEDULER=0"))
        medians = interleaved(*commands)
    (ours_s, ours_mb), (zh_s, zh_mb) = medians[:2]
    phases(next(err for extra, secs, err in logs if not extra and secs == ours_s), "default, the median run")
    print("carbonstocks (qgis_process, {}, default parameters): {:.1f} s, peak {:.0f} MB".format(label, ours_s,
                                                                                              ours_mb))
    print("native:zonalhistogram (qgis_process, same inputs): {:.1f} s, peak {:.0f} MB".format(zh_s, zh_mb))
    print("BENCH carbonstocks_vs_zonalhistogram_{} ratio={:.3f} (target <= 0.5)".format(key, ours_s / zh_s))
    print("BENCH carbonstocks_peak_memory_{}_mb value={:.0f} (target <= {})".format(key, ours_mb, PEAK_TARGET_MB))
    with tempfile.TemporaryDirectory() as out:
        tree_mb = tree_peak_mb(["qgis_process.bin", "run", "bluecarbon:carbonstocks", "--", "HABITAT=" + raster,
                                "AREAS=" + areas, "OUTPUT=" + os.path.join(out, "ours.gpkg"),
                                "OUTPUT_TABLE=" + os.path.join(out, "ours.csv")], env())
    print("carbonstocks, the QGIS process and its workers together (PSS, one run): peak {:.0f} MB".format(tree_mb))
    print("BENCH carbonstocks_tree_memory_{}_mb value={:.0f} (target <= {})".format(key, tree_mb, PEAK_TARGET_MB))
    if in_process:
        none_s, none_mb = medians[2]
        phases(next(err for extra, secs, err in logs if extra and secs == none_s), "SCHEDULER=0, the median run")
        print("carbonstocks with SCHEDULER=0 (in process): {:.1f} s, peak {:.0f} MB".format(none_s, none_mb))
        print("BENCH carbonstocks_default_vs_in_process_{} ratio={:.3f} (target <= 0.7)".format(key, ours_s / none_s))
    return ours_mb


def main():
    os.makedirs(WORK, exist_ok=True)
    size = TILE // 4 if QUICK else TILE
    print("Building inputs in bench/work (cached) ...", flush=True)
    raster = class_raster(os.path.join(WORK, "classes_{}.tif".format(size)), size)
    areas = polygons(os.path.join(WORK, "polygons_{}.gpkg".format(size)), size)

    overhead, base = plugin_load_overhead()
    print("plugin load: qgis_process.bin list {:.2f} s without the plugin, +{:.3f} s with it (target <= 0.3 s)"
          .format(base, overhead))
    print("BENCH plugin_load_overhead seconds={:.3f}".format(overhead))

    ours_mb = stocks_vs_zonalhistogram(raster, areas, "W1, {0:,}², 1,000 polygons".format(size), "w1")
    eng_s, ee_s, ee_err = engine_vs_exactextract(raster, areas)
    if eng_s is not None:
        print("engine zonal_class_areas, single-threaded: {:.2f} s (median)".format(eng_s))
    if ee_s is not None:
        print("exactextract unique+frac (built against system GEOS), single-threaded: {:.2f} s (median)".format(ee_s))
        print("BENCH engine_vs_exactextract ratio={:.3f} (target <= 0.9)".format(eng_s / ee_s))
    else:
        print("exactextract not available ({}); install with: .venv/bin/pip install --no-binary exactextract "
              "exactextract (needs libgeos-dev, cmake)".format(" ".join(ee_err)))

    # the many-polygon case: overlaps, Monte Carlo over 4,000 areas and the executor all count
    side = BIG_SIDE // 4 if QUICK else BIG_SIDE
    big = class_raster(os.path.join(WORK, "classes_{}.tif".format(side)), side)
    big_areas = polygons(os.path.join(WORK, "polygons_{}_{}.gpkg".format(side, BIG_POLYGONS)), side, BIG_POLYGONS)
    stocks_vs_zonalhistogram(big, big_areas, "{0:,}², {1:,} polygons".format(side, BIG_POLYGONS), "big",
                             in_process=True)
    if not QUICK and not os.environ.get("BENCH_SKIP_LARGE"):
        big = class_raster(os.path.join(WORK, "classes_{}.tif".format(2 * TILE)), 2 * TILE)
        big_areas = polygons(os.path.join(WORK, "polygons_{}.gpkg".format(2 * TILE)), 2 * TILE)
        with tempfile.TemporaryDirectory() as out:
            big_s, big_mb, stderr = run_ours(big, big_areas, out)
        phases(stderr, "{0:,}²".format(2 * TILE))
        print("carbonstocks on a raster 4x larger ({0}x{0}): {1:.1f} s, peak {2:.0f} MB".format(2 * TILE, big_s,
                                                                                                big_mb))
        print("BENCH carbonstocks_memory_4x_vs_1x ratio={:.3f}".format(big_mb / ours_mb))

if __name__ == "__main__":
    main()
