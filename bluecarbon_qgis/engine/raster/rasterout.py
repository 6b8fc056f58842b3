"""Block-wise raster output: memory stays flat whatever the raster size, and a
file appears under its final name only when it is complete."""
import os
from contextlib import contextmanager

import numpy as np
from osgeo import gdal

from ..errors import Canceled, InputError

gdal.UseExceptions()

CREATION_OPTIONS = ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=2", "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS"]
FLOAT_NODATA = -9999.0
BLOCK_ROWS = 512
# A strip of rows holds about STRIP_PIXELS pixels, in whole rows of output tiles (TILE_ROWS, GDAL's GeoTIFF
# tile height), so that every strip completes the tiles it writes: a tile is compressed and written once.
STRIP_PIXELS = 1 << 21
TILE_ROWS = 256
# Each strip's tiles are read and written once, so GDAL's block cache (5 % of RAM by default, which would
# end up holding the whole raster) needs to hold only a row of tiles.
BLOCK_CACHE_BYTES = 64 * 1024 * 1024


def strip_rows(width, pixels=STRIP_PIXELS):
    """Rows of one strip of a raster ``width`` pixels wide: about ``pixels`` pixels, a multiple of TILE_ROWS."""
    return max(TILE_ROWS, int(pixels) // max(int(width), 1) // TILE_ROWS * TILE_ROWS)


def strips(height, width, pixels=STRIP_PIXELS):
    """(first row, number of rows) of each strip of a raster, in order (see ``strip_rows``)."""
    rows = strip_rows(width, pixels)
    return [(r0, min(rows, height - r0)) for r0 in range(0, height, rows)]


@contextmanager
def bounded_block_cache(limit=BLOCK_CACHE_BYTES):
    """Cap GDAL's block cache while a strip-by-strip loop runs.

    Each strip is read and written once, so a large cache only holds tiles that
    will not be used again (GDAL's default is 5 % of RAM); the previous cap is
    restored afterwards.
    """
    previous = gdal.GetCacheMax()
    if previous > limit:
        gdal.SetCacheMax(limit)
    try:
        yield
    finally:
        if previous > limit:
            gdal.SetCacheMax(previous)


def _driver_for(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".tif", ".tiff", ""):
        return "GTiff", CREATION_OPTIONS
    raise InputError("Raster outputs are written as GeoTIFF; give a file name ending in .tif ({path}).", path=path)


class OutputRaster:
    """A tiled, compressed GeoTIFF on the grid of ``like``, written under a temporary name and
    renamed only when the ``with`` block ends without error (so no partial file is ever left)."""

    def __init__(self, like, path, nbands, dtype, nodata, descriptions=None):
        driver_name, options = _driver_for(str(path))
        self.path = str(path)
        self.tmp = self.path + ".part.tif"
        self.ds = gdal.GetDriverByName(driver_name).Create(self.tmp, like.RasterXSize, like.RasterYSize, nbands,
                                                           dtype, options)
        self.ds.SetGeoTransform(like.GetGeoTransform())
        self.ds.SetProjection(like.GetProjection())
        for i in range(nbands):
            band = self.ds.GetRasterBand(i + 1)
            band.SetNoDataValue(nodata)
            if descriptions:
                band.SetDescription(descriptions[i])

    def write(self, band, array, row0, col0=0):
        self.ds.GetRasterBand(band).WriteArray(array, col0, row0)

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is None:
            self.ds.FlushCache()
            self.ds = None  # closes the file, which writes the TIFF directory
            os.replace(self.tmp, self.path)
        else:
            self.ds = None
            if os.path.exists(self.tmp):
                os.remove(self.tmp)
        return False


def warp_onto(src_path, like_ds, out_path, nodata, resampling="near"):
    """``src_path`` resampled onto the grid of ``like_ds`` (its CRS, extent and pixel size) as a tiled,
    compressed GeoTIFF; cells the source does not reach are ``nodata``. GDAL warps chunk by chunk (memory stays
    bounded), into a temporary name renamed when complete."""
    driver, options = _driver_for(str(out_path))
    gt = like_ds.GetGeoTransform()
    bounds = (gt[0], gt[3] + like_ds.RasterYSize * gt[5], gt[0] + like_ds.RasterXSize * gt[1], gt[3])
    tmp = str(out_path) + ".part.tif"
    try:
        gdal.Warp(tmp, str(src_path), format=driver, creationOptions=options, outputBounds=bounds,
                  width=like_ds.RasterXSize, height=like_ds.RasterYSize, dstSRS=like_ds.GetProjection(),
                  resampleAlg=resampling, srcNodata=nodata, dstNodata=nodata, multithread=True)
        os.replace(tmp, str(out_path))
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return str(out_path)


def map_classes(grid, lookup, out_path, *, progress=None, is_canceled=None, default=0.0):
    """Write a float32 raster on the grid of ``grid`` with ``lookup[class]`` per pixel.

    Classes missing from ``lookup`` get ``default``. Cells the class raster
    does not map become FLOAT_NODATA: its nodata value, and the cells its GDAL
    mask (a mask band or an alpha band, ``grid.mask``) marks as missing, the
    same cells the class areas count as unmapped (``zonal.ZonalReader``).
    """
    src = gdal.Open(grid.path)
    band = src.GetRasterBand(grid.band)
    mask = band.GetMaskBand() if grid.mask else None
    keys = np.array(sorted(lookup), dtype=np.int64)
    vals = np.array([lookup[k] for k in sorted(lookup)], dtype=np.float32)
    nodata = grid.nodata
    with bounded_block_cache(), OutputRaster(src, out_path, 1, gdal.GDT_Float32, FLOAT_NODATA) as out:
        for r0, nrows in strips(grid.height, grid.width):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            block = band.ReadAsArray(0, r0, grid.width, nrows).astype(np.int64)
            out_block = np.full(block.shape, default, dtype=np.float32)
            if keys.size:
                pos = np.clip(np.searchsorted(keys, block), 0, keys.size - 1)
                hit = keys[pos] == block
                out_block[hit] = vals[pos[hit]]
            if nodata is not None:
                out_block[block == nodata] = FLOAT_NODATA
            if mask is not None:
                out_block[mask.ReadAsArray(0, r0, grid.width, nrows) == 0] = FLOAT_NODATA
            out.write(1, out_block, r0)
            if progress is not None:
                progress((r0 + nrows) / grid.height)
    return out_path
