"""Stratified random sampling of a class raster, two passes over row strips.

Pass 1 counts the pixels of each class; the sample is drawn as ranks within
each class; pass 2 walks the strips again and turns the ranks that fall in
each strip into pixel positions. Memory holds one strip, whatever the raster.
"""
import numpy as np
from osgeo import gdal

from ..errors import Canceled

BLOCK_ROWS = 512


def _strips(grid):
    for r0 in range(0, grid.height, BLOCK_ROWS):
        yield r0, min(BLOCK_ROWS, grid.height - r0)


def class_pixel_counts(grid, *, is_canceled=None):
    """Number of pixels of each class (nodata excluded)."""
    ds = gdal.Open(grid.path)  # keep the dataset alive while its band is used
    band = ds.GetRasterBand(grid.band)
    counts = {}
    for r0, nrows in _strips(grid):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        block = band.ReadAsArray(0, r0, grid.width, nrows)
        values, n = np.unique(block, return_counts=True)
        for v, c in zip(values.tolist(), n.tolist()):
            if grid.nodata is not None and v == grid.nodata:
                continue
            counts[int(v)] = counts.get(int(v), 0) + int(c)
    return counts


def stratified_sample(grid, allocation, pixel_counts, seed, *, is_canceled=None):
    """Pixel centres (x, y, class) of a stratified random sample without replacement.

    ``allocation`` maps class -> sample size (capped at the class's pixel count).
    """
    rng = np.random.default_rng(seed)
    wanted = {}
    for cls in sorted(allocation):
        n = min(int(allocation[cls]), pixel_counts.get(cls, 0))
        if n > 0:
            wanted[cls] = np.sort(rng.choice(pixel_counts[cls], size=n, replace=False))
    ds = gdal.Open(grid.path)  # keep the dataset alive while its band is used
    band = ds.GetRasterBand(grid.band)
    seen = {cls: 0 for cls in wanted}
    out = []
    for r0, nrows in _strips(grid):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        block = band.ReadAsArray(0, r0, grid.width, nrows)
        for cls, ranks in wanted.items():
            rows, cols = np.nonzero(block == cls)  # row-major order, as in pass 1
            lo, hi = seen[cls], seen[cls] + rows.size
            take = ranks[(ranks >= lo) & (ranks < hi)] - lo
            seen[cls] = hi
            for r, c in zip(rows[take].tolist(), cols[take].tolist()):
                x = grid.x0 + (c + 0.5) * grid.dx
                y = grid.y0 + (r0 + r + 0.5) * grid.dy
                out.append((x, y, cls))
    return out


def read_map_values(grid, points):
    """Class value under each (x, y) in the raster's CRS; None outside the raster or on nodata."""
    ds = gdal.Open(grid.path)
    band = ds.GetRasterBand(grid.band)
    values = []
    for x, y in points:
        c = int(np.floor((x - grid.x0) / grid.dx))
        r = int(np.floor((y - grid.y0) / grid.dy))
        if c < 0 or r < 0 or c >= grid.width or r >= grid.height:
            values.append(None)
            continue
        v = int(band.ReadAsArray(c, r, 1, 1)[0, 0])
        values.append(None if grid.nodata is not None and v == grid.nodata else v)
    return values
