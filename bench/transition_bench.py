"""Transition map benchmark (part of `make bench`): bluecarbon:transitionmap on a whole Sentinel-2 tile
(10,980 x 10,980 pixels, 2 dates, generated) against a gdal_calc pass over the same two rasters
(``gdal_calc.py -A a.tif -B b.tif --calc="A*16+B"``, written with the plugin's creation options: tiled,
DEFLATE with predictor 2 on every core), and peak memory against a raster of half the pixels.

Ours runs through qgis_process with only the required inputs and the main output (the transition map, its
table, style and whole-map areas); a second run adds the minimum mapping unit (5 pixels), reported apart.

    BENCH_QUICK=1 .venv/bin/python bench/transition_bench.py   # a 2,745 x 2,745 tile, for a fast look
"""
import math
import os
import sys

import numpy as np
from osgeo import gdal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from run_bench import PLUGINS, QUICK, TILE, WORK, class_raster, env, interleaved, measured  # noqa: E402

CREATION = ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=2", "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS"]
gdal.UseExceptions()


def changed_raster(src, path, seed=2):
    """The second date: 40-pixel patches changed to another class (10 %) and single-pixel noise (2 %)."""
    if os.path.exists(path):
        return path
    a = gdal.Open(src)
    band = a.GetRasterBand(1)
    size = a.RasterXSize
    tmp = path + ".part.tif"
    ds = gdal.GetDriverByName("GTiff").Create(tmp, size, size, 1, gdal.GDT_Byte,
                                              ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"])
    ds.SetGeoTransform(a.GetGeoTransform())
    ds.SetProjection(a.GetProjection())
    ds.GetRasterBand(1).SetNoDataValue(0)
    rng = np.random.default_rng(seed)
    patches = rng.random((size // 40 + 2, size // 40 + 2)) < 0.1
    new = rng.integers(1, 10, size=patches.shape).astype(np.uint8)
    cols = np.arange(size) // 40
    for r0 in range(0, size, 512):
        rows = np.arange(r0, min(r0 + 512, size)) // 40
        block = band.ReadAsArray(0, r0, size, rows.size)
        swap = patches[rows[:, None], cols[None, :]] & (block > 0)
        block = np.where(swap, new[rows[:, None], cols[None, :]], block)
        noise = (rng.random(block.shape) < 0.02) & (block > 0)
        block = np.where(noise, rng.integers(1, 10, size=block.shape), block).astype(np.uint8)
        ds.GetRasterBand(1).WriteArray(block, 0, r0)
    ds = None
    os.replace(tmp, path)
    return path


def dates(size):
    folder = os.path.join(WORK, "transition_{}".format(size))
    os.makedirs(folder, exist_ok=True)
    a = class_raster(os.path.join(folder, "a.tif"), size)
    return folder, a, changed_raster(a, os.path.join(folder, "b.tif"))


def ours(folder, a, b, *extra):
    out = os.path.join(folder, "ours.tif")
    return measured(["qgis_process.bin", "run", "bluecarbon:transitionmap", "--", "SNAPSHOTS=" + a, "SNAPSHOTS=" + b,
                     "SNAPSHOT_YEARS=2019,2024", "OUTPUT=" + out, *extra], env(PLUGINS))


def gdal_calc(folder, a, b):
    argv = ["gdal_calc.py", "--quiet", "--overwrite", "-A", a, "-B", b, "--calc=A*16+B", "--type=Byte",
            "--NoDataValue=0", "--outfile=" + os.path.join(folder, "calc.tif")]
    for option in CREATION:
        argv += ["--co", option]
    return measured(argv)


def main():
    size = TILE // 4 if QUICK else TILE
    half = int(round(size / math.sqrt(2)))
    folder, a, b = dates(size)
    os.sync()
    (ours_s, ours_mb), (calc_s, calc_mb) = interleaved(lambda: ours(folder, a, b), lambda: gdal_calc(folder, a, b))
    mmu_s, mmu_mb = ours(folder, a, b, "MIN_CHANGE_PIXELS=5")
    hfolder, ha, hb = dates(half)
    os.sync()
    half_s, half_mb = ours(hfolder, ha, hb)
    tfolder, ta, tb = dates(64)
    start_s = sorted(ours(tfolder, ta, tb)[0] for _ in range(3))[1]
    print("transitionmap ({0:,} x {0:,}, 2 dates): {1:.1f} s, peak {2:.0f} MB; gdal_calc A*16+B: {3:.1f} s, "
          "peak {4:.0f} MB".format(size, ours_s, ours_mb, calc_s, calc_mb))
    print("transitionmap with a minimum mapping unit of 5 pixels: {:.1f} s, peak {:.0f} MB".format(mmu_s, mmu_mb))
    print("transitionmap on half the pixels ({0:,} x {0:,}): {1:.1f} s, peak {2:.0f} MB".format(half, half_s,
                                                                                           half_mb))
    print("qgis_process start, plugin load and a 64 x 64 run: {:.1f} s of each run above".format(start_s))
    print("BENCH transitionmap_vs_gdal_calc ratio={:.3f} (target <= 2)".format(ours_s / calc_s))
    print("BENCH transitionmap_peak_memory_vs_half_size ratio={:.3f} (target <= 1.2: flat)".format(
        max(ours_mb, mmu_mb) / half_mb))


if __name__ == "__main__":
    main()
