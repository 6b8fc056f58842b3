"""`make bench`, parallel part: the zonal engine on local worker processes against one process and exactextract,
and a coast-like workload (a VRT mosaic of 16 tiles, 20,000 polygons).

    BENCH_QUICK=1 .venv/bin/python bench/parallel_bench.py   # smaller inputs, for a fast look
"""
import json
import os
import subprocess
import sys
import time

import numpy as np
from osgeo import gdal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_bench import EXACTEXTRACT_CODE, PLUGINS, QUICK, TILE, WORK, class_raster, env, polygons  # noqa: E402

gdal.UseExceptions()

ZONAL_CODE = """
import sys, time, json
sys.path.insert(0, {plugins!r})
from osgeo import ogr
from shapely import wkb
from bluecarbon.bluecarbon_qgis.engine.raster.grid import open_grid
from bluecarbon.bluecarbon_qgis.engine.raster import executor as ex
ds = ogr.Open({areas!r}); lyr = ds.GetLayer(0)
geoms = [wkb.loads(bytes(f.GetGeometryRef().ExportToWkb())) for f in lyr]
grid = open_grid({raster!r})
with ex.Executor({scheduler!r}, workers={workers}) as run:
    t0 = time.perf_counter()
    res = ex.zonal_areas(grid, geoms, run)
    secs = time.perf_counter() - t0
print(json.dumps([secs, sum(r.total_m2 for r in res), run.kind]))
"""


def timed(code):
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env())
    if out.returncode != 0:
        sys.stderr.write(out.stderr[-2000:])
        return None
    return json.loads(out.stdout.strip().splitlines()[-1])


def zonal(raster, areas, workers):
    """Seconds of the zonal engine on `workers` local processes (1 = in this process); cluster start not counted."""
    return timed(ZONAL_CODE.format(plugins=PLUGINS, areas=areas, raster=raster,
                                   scheduler="0" if workers == 1 else "", workers=workers))


def mosaic(folder, tile, n_side=4):
    """A VRT of n_side x n_side tiles cut from one generated class raster of (n_side * tile)^2 pixels."""
    vrt = os.path.join(folder, "mosaic_{}.vrt".format(tile))
    if os.path.exists(vrt):
        return vrt
    big = class_raster(os.path.join(folder, "classes_{}.tif".format(n_side * tile)), n_side * tile)
    tiles = []
    for r in range(n_side):
        for c in range(n_side):
            path = os.path.join(folder, "tile_{}_{}_{}.tif".format(tile, r, c))
            if not os.path.exists(path):
                gdal.Translate(path, big, srcWin=[c * tile, r * tile, tile, tile],
                               creationOptions=["TILED=YES", "COMPRESS=DEFLATE"])
            tiles.append(path)
    gdal.BuildVRT(vrt, tiles)
    return vrt


def main():
    os.makedirs(WORK, exist_ok=True)
    size = TILE // 4 if QUICK else TILE
    raster = class_raster(os.path.join(WORK, "classes_{}.tif".format(size)), size)
    areas = polygons(os.path.join(WORK, "polygons_{}.gpkg".format(size)), size)
    one = zonal(raster, areas, 1)
    two = zonal(raster, areas, 2)
    print("zonal engine, {0}x{0}, 1000 polygons: 1 process {1:.2f} s, 2 local workers {2:.2f} s"
          .format(size, one[0], two[0]))
    assert abs(one[1] - two[1]) <= 1e-9 * abs(one[1]), "parallel and in-process totals differ"
    print("BENCH zonal_2workers_vs_1 ratio={:.3f} (target <= 0.6)".format(two[0] / one[0]))
    ee = subprocess.run([sys.executable, "-c", EXACTEXTRACT_CODE.format(areas=areas, raster=raster)],
                        capture_output=True, text=True, env=env())
    if ee.returncode == 0:
        ee_s = json.loads(ee.stdout.strip().splitlines()[-1])[0]
        print("exactextract unique+frac, single-threaded: {:.2f} s".format(ee_s))
        print("BENCH engine_parallel_vs_exactextract ratio={:.3f} (target <= 0.9)".format(two[0] / ee_s))
    else:
        print("exactextract not available; run `make bench-setup`")

    tile = TILE // 8 if QUICK else TILE // 2
    n_poly = 2000 if QUICK else 20000
    vrt = mosaic(WORK, tile)
    coast_areas = polygons(os.path.join(WORK, "polygons_coast_{}_{}.gpkg".format(4 * tile, n_poly)), 4 * tile,
                           n=n_poly)
    c1 = zonal(vrt, coast_areas, 1)
    c2 = zonal(vrt, coast_areas, 2)
    per_tile = c2[0] / 16
    print("coast-like: VRT of 16 tiles of {0}x{0}, {1} polygons: 1 process {2:.1f} s, 2 workers {3:.1f} s "
          "({4:.2f} s per tile on 2 workers); speed-up {5:.2f}x".format(tile, n_poly, c1[0], c2[0], per_tile,
                                                                        c1[0] / c2[0]))
    print("BENCH coast_2workers_vs_1 ratio={:.3f}".format(c2[0] / c1[0]))
    single_per_tile = c1[0] / 16
    print("Projection (not a measurement) for 200 such tiles from the measured per-tile cost, assuming linear "
          "scaling: " + ", ".join("{} workers {:.1f} min".format(n, 200 * single_per_tile / n / 60)
                                  for n in (1, 8, 32)))


if __name__ == "__main__":
    main()
