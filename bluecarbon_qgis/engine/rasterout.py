"""Block-wise raster output: memory stays flat whatever the raster size, and a
file appears under its final name only when it is complete."""
import os

import numpy as np
from osgeo import gdal

from .errors import Canceled, InputError

gdal.UseExceptions()

CREATION_OPTIONS = ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=2", "BIGTIFF=IF_SAFER"]
FLOAT_NODATA = -9999.0
BLOCK_ROWS = 512


def _driver_for(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".tif", ".tiff", ""):
        return "GTiff", CREATION_OPTIONS
    raise InputError("Raster outputs are written as GeoTIFF; give a file name ending in .tif ({path}).", path=path)


def map_classes(grid, lookup, out_path, *, progress=None, is_canceled=None, default=0.0):
    """Write a float32 raster on the grid of ``grid`` with ``lookup[class]`` per pixel.

    Classes missing from ``lookup`` get ``default``; the input's nodata becomes
    FLOAT_NODATA.
    """
    driver_name, options = _driver_for(out_path)
    src = gdal.Open(grid.path)
    band = src.GetRasterBand(grid.band)
    tmp = out_path + ".part.tif"
    dst = gdal.GetDriverByName(driver_name).Create(tmp, grid.width, grid.height, 1, gdal.GDT_Float32, options)
    try:
        dst.SetGeoTransform(src.GetGeoTransform())
        dst.SetProjection(src.GetProjection())
        out_band = dst.GetRasterBand(1)
        out_band.SetNoDataValue(FLOAT_NODATA)
        keys = np.array(sorted(lookup), dtype=np.int64)
        vals = np.array([lookup[k] for k in sorted(lookup)], dtype=np.float32)
        nodata = grid.nodata
        for r0 in range(0, grid.height, BLOCK_ROWS):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            nrows = min(BLOCK_ROWS, grid.height - r0)
            block = band.ReadAsArray(0, r0, grid.width, nrows).astype(np.int64)
            out = np.full(block.shape, default, dtype=np.float32)
            if keys.size:
                pos = np.clip(np.searchsorted(keys, block), 0, keys.size - 1)
                hit = keys[pos] == block
                out[hit] = vals[pos[hit]]
            if nodata is not None:
                out[block == nodata] = FLOAT_NODATA
            out_band.WriteArray(out, 0, r0)
            if progress is not None:
                progress((r0 + nrows) / grid.height)
        dst.FlushCache()
        dst = None
        os.replace(tmp, out_path)
    except BaseException:
        dst = None
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    return out_path
