"""Strata for the accuracy of change: the stable and change transitions of a transition map, and an optional
buffer stratum of no-change pixels next to change.

Change is rare, and a sample of the map's classes in proportion to their area puts few points where it
matters. Stratifying by transition (every change transition its own stratum, with a minimum sample) is the
design Olofsson et al. (2014, Remote Sensing of Environment 148: 42-57, section 5.1.2: 50-100 units for
each change stratum, the rest in proportion to area) and the openMRV sampling module (Olofsson 2021, Open
MRV: Sampling design, World Bank, section 4.3: "at least 30 units per stratum") recommend. Omitted change
hides in the large stable strata, where each omission weighs heavily in the variance; a buffer stratum of
stable pixels next to mapped change gathers it into a small stratum (Olofsson, Arévalo, Espejo, Green,
Lindquist, McRoberts & Sanz 2020, Mitigating the effects of omission errors on area and area change
estimates, Remote Sensing of Environment 236: 111492; openMRV section 4.2). The buffer stratum cuts across
map classes, so its sample is analysed with the estimators for strata that differ from the map classes
(Stehman 2014; ``strata_estimators.strata_accuracy``).

The strata are written as a raster on the map's grid, strip by strip: memory stays flat with the map's
size. Its values are the transition values, the buffer stratum's value (``TransitionTable.buffer_value``)
on buffer pixels, and 0 (nodata) where the map has no data.
"""
import os
from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from ..errors import Canceled, InputError, N_
from ..raster.executor import map_areas
from ..raster.grid import open_grid
from ..raster.rasterout import OutputRaster, bounded_block_cache, strips
from .sampling import class_pixel_counts

BUFFER_LABEL = N_("buffer: no change within {n} pixel(s) of mapped change")


@dataclass
class ChangeStrata:
    """What each stratum value of a change stratification stands for."""
    table: object      # transitions_table.TransitionTable
    buffer_px: int

    @property
    def buffer_value(self):
        return self.table.buffer_value if self.buffer_px > 0 else None

    def kind(self, value):
        """'buffer', 'change' or 'stable'."""
        if value == self.buffer_value:
            return "buffer"
        return "change" if value in set(self.table.change_values) else "stable"

    def label(self, value, tr=lambda s: s):
        if value == self.buffer_value:
            return tr(BUFFER_LABEL).format(n=self.buffer_px)
        row = self.table.by_value.get(value)
        return row.label if row is not None else str(value)

    def minimums(self, values, min_stable, min_change):
        """Minimum sample of each stratum: ``min_change`` for change strata and the buffer, ``min_stable``
        for stable strata."""
        return [min_stable if self.kind(v) == "stable" else min_change for v in values]


def dilate(mask, n):
    """Cells within ``n`` cells of a True cell (Chebyshev distance: a (2n+1) x (2n+1) square window, the
    same as n steps of 8-connected growth), by running sums along each axis."""
    out = np.asarray(mask, dtype=bool)
    if n <= 0:
        return out.copy()
    for axis in (0, 1):
        length = out.shape[axis]
        csum = np.cumsum(out, axis=axis, dtype=np.int64)
        zero = np.zeros_like(np.take(csum, [0], axis=axis))
        csum = np.concatenate([zero, csum], axis=axis)
        idx = np.arange(length)
        hi = np.take(csum, np.minimum(idx + n, length - 1) + 1, axis=axis)
        lo = np.take(csum, np.maximum(idx - n, 0), axis=axis)
        out = (hi - lo) > 0
    return out


def write_change_strata(grid, table, buffer_px, out_path, *, progress=None, is_canceled=None):
    """Write the stratum raster of a transition map (see the module docstring); returns ``out_path``.

    Each strip of rows is read with ``buffer_px`` rows of halo above and below, so that change in the
    next strip counts for the buffer. A value the table does not have is refused.
    """
    if buffer_px < 0:
        raise InputError("The buffer width must be 0 (no buffer stratum) or more pixels; {n} is not.", n=buffer_px)
    values = np.array(sorted(table.values), dtype=np.int64)
    change = np.array(sorted(table.change_values), dtype=np.int64)
    stable = np.array(sorted(table.stable_values), dtype=np.int64)
    buffer_value = table.buffer_value
    dtype = gdal.GDT_UInt16 if buffer_value <= 65535 else gdal.GDT_UInt32
    src = gdal.Open(grid.path)
    band = src.GetRasterBand(grid.band)
    mask_band = band.GetMaskBand() if grid.mask else None
    nodata = grid.nodata
    halo = int(buffer_px)

    def missing(block, r0, nrows):
        out = block == 0
        if nodata is not None and nodata == nodata:
            out |= block == int(nodata)
        if mask_band is not None:
            out |= mask_band.ReadAsArray(0, r0, grid.width, nrows) == 0
        return out

    with bounded_block_cache(), OutputRaster(src, out_path, 1, dtype, 0) as out:
        for r0, nrows in strips(grid.height, grid.width):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            top, bottom = max(r0 - halo, 0), min(r0 + nrows + halo, grid.height)
            block = band.ReadAsArray(0, top, grid.width, bottom - top).astype(np.int64)
            absent = missing(block, top, bottom - top)
            unknown = ~absent & ~np.isin(block, values)
            if unknown.any():
                bad = np.unique(block[unknown])[:10].tolist()
                raise InputError("The transition map {path} holds value(s) {bad} that its transition table ({source}) "
                                 "does not list. The table must have one row for every value of the map; write the "
                                 "transition map and its table again.", path=grid.path,
                                 bad=", ".join(str(v) for v in bad), source=table.source)
            inner = slice(r0 - top, r0 - top + nrows)
            strata = np.where(absent, 0, block)[inner]
            if halo > 0:
                near = dilate(np.isin(block, change) & ~absent, halo)[inner]
                strata = np.where(near & np.isin(strata, stable), buffer_value, strata)
            out.write(1, strata.astype(np.uint32 if dtype == gdal.GDT_UInt32 else np.uint16), r0)
            if progress is not None:
                progress((r0 + nrows) / grid.height)
    return out_path


def measure_change_strata(grid, table, buffer_px, folder, executor=None, *, progress=None, is_canceled=None):
    """Write the stratum raster of a transition map in ``folder`` and measure it.

    Returns (strata grid, ZoneAreas of the strata in m², {stratum: pixels}, measured here). The strata are
    measured where ``executor`` runs, except on a remote cluster, whose workers cannot read the temporary
    raster: there they are measured in this process (``measured here`` is then True).
    """
    def part(lo, span):
        return None if progress is None else (lambda f: progress(lo + span * f))

    path = write_change_strata(grid, table, buffer_px, os.path.join(folder, "change_strata.tif"),
                               progress=part(0.0, 0.4), is_canceled=is_canceled)
    strata = open_grid(path)
    here = executor is not None and executor.kind == "remote"
    areas = map_areas(strata, None if here else executor, progress=part(0.4, 0.5), is_canceled=is_canceled)
    counts = class_pixel_counts(strata, is_canceled=is_canceled)
    if progress is not None:
        progress(1.0)
    return strata, areas, counts, here
