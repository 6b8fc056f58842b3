"""Stratified random sampling of a class raster, two passes over row strips.

Pass 1 counts the pixels of each class; the sample is drawn as ranks within
each class; pass 2 walks the strips again and turns the ranks that fall in
each strip into pixel positions. Memory holds one strip, whatever the raster.
"""
from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from ..errors import Canceled
from ..raster.rasterout import bounded_block_cache, strips

EQUAL_CELLS_RTOL = 1e-6  # cell areas closer than this are treated as equal: no weights


def class_pixel_counts(grid, *, is_canceled=None):
    """Number of pixels of each class (nodata excluded)."""
    ds = gdal.Open(grid.path)  # keep the dataset alive while its band is used
    band = ds.GetRasterBand(grid.band)
    counts = {}
    with bounded_block_cache():
        for r0, nrows in strips(grid.height, grid.width):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            values, n = np.unique(band.ReadAsArray(0, r0, grid.width, nrows), return_counts=True)
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
    with bounded_block_cache():
        for r0, nrows in strips(grid.height, grid.width):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            block = band.ReadAsArray(0, r0, grid.width, nrows)
            for cls, ranks in wanted.items():
                rows, cols = np.nonzero(block == cls)  # row-major order, as in pass 1
                lo, hi = seen[cls], seen[cls] + rows.size
                take = ranks[(ranks >= lo) & (ranks < hi)] - lo
                seen[cls] = hi
                for r, c in zip(rows[take].tolist(), cols[take].tolist()):
                    out.append((grid.x0 + (c + 0.5) * grid.dx, grid.y0 + (r0 + r + 0.5) * grid.dy, cls))
    return out


def cell_areas_m2(grid, rows, cols):
    """Ellipsoidal area (m²) of the cells at (rows, cols), by the grid's own area code (as for class areas)."""
    rows = np.asarray(rows, dtype=np.int64)
    cols = np.asarray(cols, dtype=np.int64)
    out = np.empty(rows.size)
    for i, (r, c) in enumerate(zip(rows.tolist(), cols.tolist())):
        weight = grid.band_weight(r)
        area = float(weight(1.0) - weight(0.0))
        factor = grid.cell_factor(c, r, 1, 1)
        out[i] = abs(area) * (1.0 if factor is None else float(np.asarray(factor).ravel()[0]))
    return out


def sample_units(grid, points):
    """What the map says at each sample point (x, y) in the raster's CRS.

    Returns (values, rows, cols, cell_m2): the class value (None outside the
    raster or on nodata), the pixel's row and column (-1 outside) and the
    pixel's ellipsoidal area in m² (NaN outside). Row and column identify
    repeated points on one pixel; the cell area weights units of an
    equal-probability pixel sample on a grid whose cells differ in area.
    """
    values = read_map_values(grid, points)
    rows, cols = [], []
    for x, y in points:
        c = int(np.floor((x - grid.x0) / grid.dx))
        r = int(np.floor((y - grid.y0) / grid.dy))
        inside = 0 <= c < grid.width and 0 <= r < grid.height
        rows.append(r if inside else -1)
        cols.append(c if inside else -1)
    rows, cols = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    cell = np.full(rows.size, np.nan)
    ok = rows >= 0
    if ok.any():
        cell[ok] = cell_areas_m2(grid, rows[ok], cols[ok])
    return values, rows, cols, cell


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


@dataclass
class ReferenceSample:
    """The labelled units of a stratified pixel sample that fall on mapped pixels.

    ``weights`` are the units' ellipsoidal cell areas (m²) when the cells
    differ in area by more than EQUAL_CELLS_RTOL (a geographic CRS, or a
    projection whose scale varies over the map), else None. Pass them to
    ``estimators.conditional_proportions(..., weights=)``: pixels are drawn
    with equal probability, so within a stratum each unit stands for its
    cell's area (ratio estimator, Cochran 1977 ch. 6).
    """
    map_values: list
    ref_values: list
    rows: np.ndarray
    cols: np.ndarray
    cell_m2: np.ndarray
    weights: object
    skipped: int

    def distinct_pixels(self, classes):
        """Number of distinct pixels sampled in each map class (repeated points on one pixel count once)."""
        seen = {}
        for m, r, c in zip(self.map_values, self.rows.tolist(), self.cols.tolist()):
            seen.setdefault(m, set()).add((r, c))
        return [len(seen.get(c, ())) for c in classes]


def reference_sample(grid, points, ref_values, map_values=None):
    """Pair reference labels with the map: ``points`` (x, y) in the raster's CRS, ``ref_values`` the labels.

    The map class of each point is read from the raster unless ``map_values``
    is given (a map-class field); units outside the raster or on nodata are
    skipped and counted.
    """
    values, rows, cols, cell = sample_units(grid, points)
    if map_values is not None:
        values = [m if r >= 0 or m is not None else None for m, r in zip(map_values, rows.tolist())]
    keep = [i for i, m in enumerate(values) if m is not None]
    rows, cols, cell = rows[keep], cols[keep], cell[keep]
    if np.isnan(cell).any():   # map class from a field for a point beyond the raster: the mean cell
        cell[np.isnan(cell)] = np.nanmean(cell) if np.isfinite(cell).any() else 1.0
    weights = None
    if cell.size and cell.max() > cell.min() * (1 + EQUAL_CELLS_RTOL):
        weights = cell
    return ReferenceSample(map_values=[int(values[i]) for i in keep], ref_values=[int(ref_values[i]) for i in keep],
                           rows=rows, cols=cols, cell_m2=cell, weights=weights, skipped=len(values) - len(keep))
