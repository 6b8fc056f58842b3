"""Exact, ellipsoidal class areas of a class raster inside polygons.

This is the one place in the plugin where class areas are measured; carbon
stocks, mariculture areas and accuracy assessment all call it.

Each polygon is clipped to the raster, cut into windows of at most
``max_cells`` cells (memory does not grow with the polygon or the raster), and
for each window only that window of the raster is read.
"""
import math
import warnings
from dataclasses import dataclass, field, replace

import numpy as np
from osgeo import gdal
from shapely.geometry import box
from shapely.ops import unary_union
from shapely.strtree import STRtree

from .coverage import polygon_cell_areas, polygon_cell_moments
from .geometry import (  # noqa: F401 - densify_ring, geodesic_area_m2, polygon_parts are used from here too
    densify_ring, geodesic_area_m2, polygon_parts, repair, shift_into_span, unwrap_polygons)
from .rasterout import bounded_block_cache
from ..errors import Canceled, InputError

MAX_CELLS = 4_000_000


@dataclass
class ZoneAreas:
    """Areas in m² of one polygon: per class, on nodata, and outside the raster."""
    classes: dict = field(default_factory=dict)
    nodata_m2: float = 0.0
    outside_m2: float = 0.0
    repaired: str = ""  # why the polygon was repaired before measuring ("" when it was valid)
    # the polygon as measured (placed and repaired), when asked for (``keep``): the overlaps are cut from it
    prepared: object = field(default=None, compare=False, repr=False)

    @property
    def mapped_m2(self):
        return float(sum(self.classes.values()))

    @property
    def unmapped_m2(self):
        return self.nodata_m2 + self.outside_m2

    @property
    def total_m2(self):
        return self.mapped_m2 + self.unmapped_m2

    def add(self, other, sign=1.0):
        """Add the areas of ``other`` (``sign`` -1: take them away)."""
        for k, v in other.classes.items():
            self.classes[k] = self.classes.get(k, 0.0) + sign * v
        self.nodata_m2 += sign * other.nodata_m2
        self.outside_m2 += sign * other.outside_m2


def _signed_area(xy):
    x, y = xy[:, 0], xy[:, 1]
    return 0.5 * float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))


def _rings_in_pixels(grid, parts, c0, r0):
    """Rings in window pixel coordinates, exteriors and holes wound opposite ways."""
    rings = []
    for p in parts:
        for i, ring in enumerate([p.exterior, *p.interiors]):
            pix = grid.to_pixel(np.asarray(ring.coords)[:, :2])
            pix[:, 0] -= c0
            pix[:, 1] -= r0
            if (_signed_area(pix) > 0) != (i == 0):
                pix = pix[::-1]
            rings.append(pix)
    return rings


def _tiles(c0, r0, ncols, nrows, max_cells):
    side = max(int(math.sqrt(max_cells)), 1)
    tcols = min(ncols, side) if ncols * nrows > max_cells else ncols
    trows = max(min(nrows, max_cells // max(tcols, 1)), 1)
    for rr in range(r0, r0 + nrows, trows):
        for cc in range(c0, c0 + ncols, tcols):
            yield cc, rr, min(tcols, c0 + ncols - cc), min(trows, r0 + nrows - rr)


def _accumulate(values, areas, nodata, result, masked=None):
    """Add the areas of a window to the classes (and nodata) of ``result``; ``masked`` cells are nodata."""
    if masked is not None and masked.any():
        result.nodata_m2 += float(areas[masked].sum())
        areas = np.where(masked, 0.0, areas)
    if values.dtype.itemsize <= 2 and values.dtype.kind in "ub":
        # one pass: cells outside the polygon have zero area and add nothing
        sums = np.bincount(values.ravel(), weights=areas.ravel())
        uniq = np.nonzero(sums)[0]
        sums = sums[uniq]
    else:
        covered = areas > 0
        uniq, inv = np.unique(values[covered], return_inverse=True)
        sums = np.bincount(inv, weights=areas[covered])
    for k, s in zip(uniq.tolist(), sums.tolist()):
        if nodata is not None and k == nodata:
            result.nodata_m2 += s
        else:
            result.classes[int(k)] = result.classes.get(int(k), 0.0) + s


class ZonalReader:
    """Keeps the raster open across polygons of one run."""

    def __init__(self, grid, max_cells=MAX_CELLS, opener=gdal.Open, read=None):
        """``read(c0, r0, ncols, nrows)`` -> (integer values, bool array of cells without data, or None) gives
        the values of a window in place of the raster's band (carbonchange measures class trajectories)."""
        self.grid = grid
        self.max_cells = max_cells
        self.grid_box = box(*grid.bounds)
        self.nodata = None
        if read is None:
            self.ds = opener(grid.path)
            self.band = self.ds.GetRasterBand(grid.band)
            nd = grid.nodata
            self.nodata = None if nd is None or (isinstance(nd, float) and math.isnan(nd)) else nd
            self.mask = self.band.GetMaskBand() if grid.mask else None
        self.read = read  # not a bound method of self: a cycle would free the dataset at an unknown time

    def _read_band(self, c0, r0, ncols, nrows):
        values = self.band.ReadAsArray(c0, r0, ncols, nrows)
        masked = self.mask.ReadAsArray(c0, r0, ncols, nrows) == 0 if self.mask is not None else None
        return values, masked

    def prepare(self, geom):
        """(valid polygonal geometry or None, repair reason or None): unwrapped and placed in a geographic
        raster's longitude span, then repaired part by part."""
        g = self.grid
        if g.is_geographic and polygon_parts(geom):
            geom, widest = unwrap_polygons(geom)
            if widest > 180.0:
                raise InputError("A polygon spans {span:.1f}° of longitude even after its rings were joined across "
                                 "the antimeridian; split it into parts narrower than 180°.", span=widest)
            gx0, _, gx1, _ = g.bounds
            minx, _, maxx, _ = geom.bounds
            if minx < gx0 or maxx > gx1:
                geom = shift_into_span(geom, gx0, gx1)
        return repair(geom)

    def areas(self, geom, is_canceled=None, keep=False, placed=False):
        """ZoneAreas of one polygon geometry given in the raster's CRS (``keep``: with the prepared polygon;
        ``placed``: the geometry is cut from prepared polygons, already in the raster's span, so it is only
        repaired: a piece alone could be placed elsewhere than its polygon)."""
        result = ZoneAreas()
        g = self.grid
        geom, reason = repair(geom) if placed else self.prepare(geom)
        if geom is None:
            return result
        result.repaired = reason or ""
        if keep:
            result.prepared = geom
        minx, miny, maxx, maxy = geom.bounds
        gx0, gy0, gx1, gy1 = g.bounds
        inside_bbox = minx >= gx0 and maxx <= gx1 and miny >= gy0 and maxy <= gy1
        if not inside_bbox:
            inside = geom.intersection(self.grid_box)
            outside = geom.difference(self.grid_box)
            result.outside_m2 = geodesic_area_m2(outside, g.crs)
            geom = inside
            if not polygon_parts(geom):
                return result
            minx, miny, maxx, maxy = geom.bounds
        c0, r0, ncols, nrows = g.window_of(minx, miny, maxx, maxy)
        if ncols == 0 or nrows == 0:
            return result
        tiled = ncols * nrows > self.max_cells
        for tc, tr, tw, th in _tiles(c0, r0, ncols, nrows, self.max_cells):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            piece = geom.intersection(box(*g.window_bounds(tc, tr, tw, th))) if tiled else geom
            piece_parts = polygon_parts(piece)
            if not piece_parts:
                continue
            rings = _rings_in_pixels(g, piece_parts, tc, tr)
            if g.uses_gradient:
                a, mu, mv = polygon_cell_moments(rings, (th, tw))
                f, fu, fv = g.cell_factor_gradient(tc, tr, tw, th)
                areas = (a * f + mu * fu + mv * fv) * g.pixel_area
                np.maximum(areas, 0.0, out=areas)
            else:
                areas = polygon_cell_areas(rings, (th, tw), g.band_weight(tr))
                factor = g.cell_factor(tc, tr, tw, th)
                if factor is not None:
                    areas *= factor
            values, masked = (self.read or self._read_band)(tc, tr, tw, th)
            _accumulate(values, areas, self.nodata, result, masked)
        return result


def zonal_class_areas(grid, geoms, *, progress=None, is_canceled=None, max_cells=MAX_CELLS, opener=gdal.Open,
                      keep=False, overlaps=False):
    """ZoneAreas for each geometry (shapely, in the raster's CRS), in order. ``opener(path)`` opens the raster
    (a worker passes one that keeps it open, with its block cache, across pieces). An item that is a list of
    geometries gives the areas of their union. ``keep``: each ZoneAreas keeps its polygon as measured
    (``prepared``: placed in the raster's span and repaired), for the overlaps of polygons. ``overlaps``: the
    items are those of ``overlap_items``, each measured as the ground its first polygon shares with the others
    (``shared_ground``)."""
    reader = ZonalReader(grid, max_cells, opener)
    out = []
    n = len(geoms)
    for i, geom in enumerate(geoms):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        if overlaps:
            geom = shared_ground(geom)
        elif isinstance(geom, (list, tuple)):
            geom = unary_union(list(geom))
        out.append(reader.areas(geom, is_canceled, keep, placed=overlaps))
        if progress is not None:
            progress((i + 1) / n if n else 1.0)
    if is_canceled is not None and is_canceled():  # asked as the last polygon reported its progress
        raise Canceled()
    return out


def overlap_groups(geoms):
    """Groups (lists of indices) of polygons whose interiors overlap, transitively."""
    valid = [(i, g) for i, g in enumerate(geoms) if g is not None and not g.is_empty]
    parent = {i: i for i, _ in valid}

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if len(valid) > 1:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # shapely 1.8 announces the 2.0 API change
            tree = STRtree([g for _, g in valid])
        index = {id(g): i for i, g in valid}
        for i, g in valid:
            for h in tree.query(g):
                j = index[id(h)]
                # interiors meet: the polygons share ground, not just a boundary (not tested again for two
                # polygons already in one group)
                if j > i and find(i) != find(j) and g.relate_pattern(h, "T********"):
                    parent[find(i)] = find(j)
    groups = {}
    for i, _ in valid:
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())


def overlap_items(per_zone):
    """The overlap items of polygons measured with ``keep`` (each polygon as measured: placed in the raster's
    span and repaired once): for each polygon Pi whose box meets the box of a polygon before it, the list
    [Pi, Pj, ...] of it and those polygons (j < i). Measured with ``overlaps``, an item gives the areas of
    the ground Pi shares with the polygons before it, Pi ∩ (P1 ∪ … ∪ Pi-1); the items' geometry is cut where
    they are measured (on the workers when they run).

    The union of the polygons is then, per class, on nodata and outside the raster, the sum of the polygons
    less the sum of the items (``overlap_totals``): only the overlapping ground is measured again, not the
    whole of each group of overlapping polygons."""
    geoms = [z.prepared for z in per_zone]
    valid = [(i, g) for i, g in enumerate(geoms) if g is not None and not g.is_empty]
    if len(valid) < 2:
        return []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # shapely 1.8 announces the 2.0 API change
        tree = STRtree([g for _, g in valid])
    index = {id(g): i for i, g in valid}
    items = []
    for i, g in valid:
        before = sorted(j for j in (index[id(h)] for h in tree.query(g)) if j < i)
        if before:
            items.append([g] + [geoms[j] for j in before])
    return items


def shared_ground(item):
    """The ground the first polygon of an overlap item shares with the others (the union of its intersections
    with each of them; None when they share no area: polygons that touch along an edge or at a point)."""
    first = item[0]
    pieces = [p for other in item[1:] for p in polygon_parts(first.intersection(other)) if p.area > 0]
    return unary_union(pieces) if pieces else None


def overlap_totals(per_zone, overlaps):
    """Areas of the union of all polygons (overlapping ground once) and the overlap in m², from each polygon's
    areas and the areas of the ``overlaps`` (the items of ``overlap_items``, measured): their sum less the
    overlaps (a rounding residue below zero is taken as none)."""
    total = ZoneAreas()
    for z in per_zone:
        total.add(z)
    for o in overlaps:
        total.add(o, -1.0)
    total.classes = {k: v for k, v in total.classes.items() if v > 0}
    total.nodata_m2 = max(total.nodata_m2, 0.0)
    total.outside_m2 = max(total.outside_m2, 0.0)
    return total, float(sum(o.total_m2 for o in overlaps))


def union_totals(grid, geoms, per_zone, *, is_canceled=None, max_cells=MAX_CELLS):
    """Areas of the union of all polygons (overlapping ground once) and the overlap in m², in this process
    (``per_zone``: each polygon's areas; the polygons are prepared here unless measured with ``keep``)."""
    reader = ZonalReader(grid, max_cells)
    kept = [z if z.prepared is not None else replace(z, prepared=reader.prepare(g)[0])
            for g, z in zip(geoms, per_zone)]
    overlaps = zonal_class_areas(grid, overlap_items(kept), is_canceled=is_canceled, max_cells=max_cells,
                                 overlaps=True)
    return overlap_totals(kept, overlaps)


def map_class_areas(grid, *, progress=None, is_canceled=None, max_cells=MAX_CELLS):
    """Ellipsoidal area (m²) of every class of the whole raster, by the same code as per-polygon areas (each
    window is read once, so GDAL's block cache is kept small)."""
    with bounded_block_cache():
        return zonal_class_areas(grid, [box(*grid.bounds)], progress=progress, is_canceled=is_canceled,
                                 max_cells=max_cells)[0]
