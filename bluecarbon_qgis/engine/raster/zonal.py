"""Exact, ellipsoidal class areas of a class raster inside polygons.

This is the one place in the plugin where class areas are measured; carbon
stocks, mariculture areas and accuracy assessment all call it.

Each polygon is clipped to the raster, cut into windows of at most
``max_cells`` cells (memory does not grow with the polygon or the raster), and
for each window only that window of the raster is read.
"""
import math
import warnings
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal
from shapely.geometry import box
from shapely.ops import unary_union
from shapely.strtree import STRtree

from .coverage import polygon_cell_areas, polygon_cell_moments
from .geometry import (  # noqa: F401 - densify_ring, geodesic_area_m2, polygon_parts are used from here too
    bounds, densify_ring, geodesic_area_m2, polygon_parts, repair, shift_into_span, unwrap_polygons, wkb_xy)
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
    # measured with overlap partners (``zonal_class_areas(partners=...)``): the ZoneAreas of the ground this
    # polygon shares with its partners (None: it has none)
    shared: object = field(default=None, compare=False, repr=False)

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
    """Rings in window pixel coordinates, exteriors and holes wound opposite ways (each part's rings read from
    its WKB: shapely 1.8 reads them ring by ring in Python, several times slower)."""
    rings = []
    for p in parts:
        xy = []
        wkb_xy(p.wkb, 0, xy)
        for i, ring in enumerate(xy):
            pix = grid.to_pixel(ring)
            pix -= (c0, r0)
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


def place(grid, geom):
    """The polygon unwrapped and placed in a geographic raster's longitude span (unchanged on a projected
    raster)."""
    if grid.is_geographic and polygon_parts(geom):
        geom, widest = unwrap_polygons(geom)
        if widest > 180.0:
            raise InputError("A polygon spans {span:.1f}° of longitude even after its rings were joined across "
                             "the antimeridian; split it into parts narrower than 180°.", span=widest)
        gx0, _, gx1, _ = grid.bounds
        minx, _, maxx, _ = bounds(geom)
        if minx < gx0 or maxx > gx1:
            geom = shift_into_span(geom, gx0, gx1)
    return geom


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
        return repair(place(self.grid, geom))

    def areas(self, geom, is_canceled=None, placed=False):
        """ZoneAreas of one polygon geometry given in the raster's CRS (``placed``: the geometry is cut from
        prepared polygons, already in the raster's span, so it is only repaired: a piece alone could be placed
        elsewhere than its polygon)."""
        return self.measure(*(repair(geom) if placed else self.prepare(geom)), is_canceled=is_canceled)

    def measure(self, geom, reason=None, is_canceled=None):
        """ZoneAreas of a prepared polygon (``reason``: why it was repaired)."""
        result = ZoneAreas()
        g = self.grid
        if geom is None:
            return result
        result.repaired = reason or ""
        minx, miny, maxx, maxy = bounds(geom)
        gx0, gy0, gx1, gy1 = g.bounds
        inside_bbox = minx >= gx0 and maxx <= gx1 and miny >= gy0 and maxy <= gy1
        if not inside_bbox:
            inside = geom.intersection(self.grid_box)
            outside = geom.difference(self.grid_box)
            result.outside_m2 = geodesic_area_m2(outside, g.crs)
            geom = inside
            if not polygon_parts(geom):
                return result
            minx, miny, maxx, maxy = bounds(geom)
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
                areas = polygon_cell_areas(rings, (th, tw), g.band_weight(tr),
                                           lambda rows: g.cell_factor(tc, tr, tw, th, rows))
            values, masked = (self.read or self._read_band)(tc, tr, tw, th)
            _accumulate(values, areas, self.nodata, result, masked)
        return result


def zonal_class_areas(grid, geoms, *, progress=None, is_canceled=None, max_cells=MAX_CELLS, opener=gdal.Open,
                      partners=None, others=(), read=None):
    """ZoneAreas for each geometry (shapely, in the raster's CRS), in order. ``opener(path)`` opens the raster
    (a worker passes one that keeps it open, with its block cache, across pieces); ``read``: values in place of
    the raster's (see ``ZonalReader``). An item that is a list of geometries gives the areas of their union.

    ``partners`` (from ``overlap_partners``): for each polygon, the indices, in ``geoms`` then ``others``, of
    the polygons it may overlap; each polygon's ZoneAreas then holds in ``shared`` the areas of the ground it
    shares with them (``shared_ground``), cut from the polygons as measured (each placed and repaired once
    here, where it is measured, and only once however many polygons it overlaps)."""
    reader = ZonalReader(grid, max_cells, opener, read=read)
    out = []
    n = len(geoms)
    wanted = {j for p in partners or () for j in p}
    prepared = {}  # index -> (polygon as measured, repair reason), for the polygons that are some one's partner

    def prepare(k):
        if k in prepared:
            return prepared[k]
        geom = geoms[k] if k < n else others[k - n]
        if isinstance(geom, (list, tuple)):
            geom = unary_union(list(geom))
        done = reader.prepare(geom)
        if k in wanted:
            prepared[k] = done
        return done

    for i in range(n):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        geom, reason = prepare(i)
        zone = reader.measure(geom, reason, is_canceled)
        if partners is not None and partners[i]:
            item = [geom] + [prepare(j)[0] for j in partners[i]]
            ground = shared_ground(item) if geom is not None and not geom.is_empty else None
            zone.shared = reader.areas(ground, is_canceled, placed=True) if ground is not None else ZoneAreas()
        out.append(zone)
        if progress is not None:
            progress((i + 1) / n if n else 1.0)
    if is_canceled is not None and is_canceled():  # asked as the last polygon reported its progress
        raise Canceled()
    return out


def overlap_partners(grid, geoms):
    """For each polygon Pi, the indices j < i of the polygons before it whose boxes, as placed in the raster's
    span, meet its box (sorted; empty when none). Measured with these partners (``zonal_class_areas``), each
    polygon's ``shared`` gives the areas of Pi ∩ (P1 ∪ … ∪ Pi-1), and the union of the polygons is, per class,
    on nodata and outside the raster, the sum of the polygons less the sum of those (``overlap_totals``): only
    the overlapping ground is measured again, not the whole of each group of overlapping polygons."""
    placed = [place(grid, g) if g is not None else None for g in geoms]
    valid = [(i, g) for i, g in enumerate(placed) if g is not None and not g.is_empty]
    out = [[] for _ in geoms]
    if len(valid) < 2:
        return out
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # shapely 1.8 announces the 2.0 API change
        tree = STRtree([g for _, g in valid])
    index = {id(g): i for i, g in valid}

    def polygon_index(hit):  # shapely 1.8's query gives the geometries, shapely 2's their positions in the tree
        return valid[int(hit)][0] if isinstance(hit, (int, np.integer)) else index[id(hit)]

    for i, g in valid:
        out[i] = sorted(j for j in map(polygon_index, tree.query(g)) if j < i)
    return out


def shared_ground(item):
    """The ground the first polygon of an overlap item shares with the others (the union of its intersections
    with each of them; None when they share no area: polygons that touch along an edge or at a point; polygons
    that are None or empty are left out)."""
    first = item[0]
    pieces = [p for other in item[1:] if other is not None and not other.is_empty
              for p in polygon_parts(first.intersection(other)) if p.area > 0]
    return unary_union(pieces) if pieces else None


def overlap_totals(per_zone):
    """Areas of the union of all polygons (overlapping ground once) and the overlap in m², from each polygon's
    areas measured with its overlap partners (``zonal_class_areas(partners=...)``): their sum less the ground
    each shares with the polygons before it (a rounding residue below zero is taken as none)."""
    total = ZoneAreas()
    for z in per_zone:
        total.add(z)
    overlaps = [z.shared for z in per_zone if z.shared is not None]
    for o in overlaps:
        total.add(o, -1.0)
    total.classes = {k: v for k, v in total.classes.items() if v > 0}
    total.nodata_m2 = max(total.nodata_m2, 0.0)
    total.outside_m2 = max(total.outside_m2, 0.0)
    return total, float(sum(o.total_m2 for o in overlaps))


def union_totals(grid, geoms, *, is_canceled=None, max_cells=MAX_CELLS):
    """Areas of the union of all polygons (overlapping ground once) and the overlap in m², measured in this
    process."""
    per_zone = zonal_class_areas(grid, geoms, is_canceled=is_canceled, max_cells=max_cells,
                                 partners=overlap_partners(grid, geoms))
    return overlap_totals(per_zone)


def map_class_areas(grid, *, progress=None, is_canceled=None, max_cells=MAX_CELLS):
    """Ellipsoidal area (m²) of every class of the whole raster, by the same code as per-polygon areas (each
    window is read once, so GDAL's block cache is kept small)."""
    with bounded_block_cache():
        return zonal_class_areas(grid, [box(*grid.bounds)], progress=progress, is_canceled=is_canceled,
                                 max_cells=max_cells)[0]
