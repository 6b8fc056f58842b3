"""Polygons (and points) made ready for exact areas: checked, unwrapped, repaired, densified, reprojected.

Everything the algorithms read from a vector layer goes through
:func:`prepare_geometries`, so every algorithm gets the same checks:

* coordinates must lie where their CRS is defined (a layer whose CRS is wrong,
  such as UTM metres declared as EPSG:4326, is an error that says so);
* rings in a geographic CRS are unwrapped across the antimeridian (a ring
  whose longitudes jump from 179.9 to -179.9 is one small ring, not a
  359.8°-wide one); a ring still wider than 180° is refused;
* invalid polygons are repaired part by part and the parts merged (their
  union), so overlapping parts of one multipolygon count their overlap once
  (GEOS make-valid alone applies even-odd and drops it);
* each part is densified on its own extent before reprojection, so straight
  edges keep the shape they have in the layer's CRS;
* the reprojection uses PROJ's default operation between the two CRSs, or the
  coordinate operation given (the datum transformation chosen in the QGIS
  project), see :func:`coordinate_operation`.

Placing longitudes in a geographic raster's span (a part at -179° over a
raster running 170°..190°) is done where the raster is known,
:func:`shift_into_span`, called by the zonal reader.
"""
import functools
import math
import struct
import threading

import numpy as np
from pyproj import CRS, Geod, Transformer
from pyproj.enums import TransformDirection
from pyproj.exceptions import ProjError
from shapely.geometry import GeometryCollection, MultiPolygon, Polygon
from shapely.ops import unary_union
from shapely.validation import explain_validity, make_valid

from ..errors import InputError, N_

DENSIFY_PARTS = 256  # vertices added per part's extent before reprojection
M2_PER_HA = 1e4


# -- parts and rings ---------------------------------------------------------
def polygon_parts(geom):
    """Polygon parts of any geometry (lines and points of a collection are dropped)."""
    if geom is None or geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, (MultiPolygon, GeometryCollection)):
        parts = []
        for g in geom.geoms:
            parts.extend(polygon_parts(g))
        return parts
    return []


def _geos():
    """GEOS functions read directly where shapely 1.8 is slow (None with shapely 2, whose ``bounds`` and
    ``centroid`` are fast, or without GEOS 3.7's extent functions): (ctypes, the extent functions, centroid, x,
    y, destroy, shapely's ``lgeos``, whose ``geos_handle`` is the calling thread's GEOS context). A library
    handle of its own: shapely's declarations stay untouched."""
    try:
        import ctypes

        from shapely.geos import lgeos
        lib = ctypes.CDLL(lgeos._lgeos._name)
        lgeos.geos_handle   # noqa: B018 - asked on each call: shapely 1.8 keeps one context per thread
        extent = [getattr(lib, "GEOSGeom_get{}_r".format(n)) for n in ("XMin", "YMin", "XMax", "YMax")]
        centroid, get_x, get_y = lib.GEOSGetCentroid_r, lib.GEOSGeomGetX_r, lib.GEOSGeomGetY_r
        destroy = lib.GEOSGeom_destroy_r
    except (ImportError, AttributeError, OSError):
        return None
    for f in extent + [get_x, get_y]:
        f.restype = ctypes.c_int
        f.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_double)]
    centroid.restype = ctypes.c_void_p
    centroid.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    destroy.restype = None
    destroy.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    return ctypes, extent, centroid, get_x, get_y, destroy, lgeos


_GEOS = _geos()


def _read_doubles(ctypes, handle, funcs, g):
    """The doubles GEOS's getter functions give for geometry ``g`` (None when one fails)."""
    out = [ctypes.c_double() for _ in funcs]
    for f, d in zip(funcs, out):
        if not f(handle, g, ctypes.byref(d)):   # 0: GEOS failed (an empty geometry)
            return None
    return tuple(d.value for d in out)


def bounds(geom):
    """``geom.bounds`` of a shapely geometry, read from GEOS directly where shapely 1.8 would build the envelope
    polygon and read its ring in Python (a tenth of the time: it is asked for every polygon measured)."""
    g = getattr(geom, "_geom", None)
    if _GEOS is None or not g:
        return geom.bounds
    ctypes, extent, lgeos = _GEOS[0], _GEOS[1], _GEOS[-1]
    return _read_doubles(ctypes, lgeos.geos_handle, extent, g) or geom.bounds


def centroid_xy(geom):
    """(x, y) of a non-empty geometry's centroid, as ``geom.centroid`` gives it, from GEOS directly."""
    g = getattr(geom, "_geom", None)
    xy = None
    if _GEOS is not None and g:
        ctypes, _, centroid, get_x, get_y, destroy, lgeos = _GEOS
        handle = lgeos.geos_handle   # this thread's GEOS context
        point = centroid(handle, g)
        if point:
            try:
                xy = _read_doubles(ctypes, handle, [get_x, get_y], point)
            finally:
                destroy(handle, point)
    if xy is None:   # shapely 2, or GEOS could not say
        c = geom.centroid
        xy = c.x, c.y
    return xy


def as_polygonal(parts):
    """One Polygon, a MultiPolygon, or None for a list of polygon parts."""
    parts = [p for p in parts if not p.is_empty]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def densify_ring(coords, max_len):
    coords = np.asarray(coords, dtype=np.float64)[:, :2]
    seg = np.diff(coords, axis=0)
    n = np.maximum(np.ceil(np.hypot(seg[:, 0], seg[:, 1]) / max_len).astype(np.int64), 1)
    t = np.concatenate([np.arange(k) / k for k in n])
    start = np.repeat(coords[:-1], n, axis=0)
    out = start + np.repeat(seg, n, axis=0) * t[:, None]
    return np.vstack([out, coords[-1:]])


def to_geodetic(crs):
    """The transformer from ``crs`` to its geodetic CRS (longitude, latitude), built once per CRS and thread (a
    pyproj transformer is not shared between threads); None for a geographic CRS."""
    return _to_geodetic(crs, threading.get_ident())


@functools.lru_cache(maxsize=16)
def _to_geodetic(crs, thread):
    return None if crs.is_geographic else Transformer.from_crs(crs, crs.geodetic_crs, always_xy=True)


@functools.lru_cache(maxsize=16)
def _geod(crs):
    ell = crs.ellipsoid
    if ell.inverse_flattening:
        return Geod(a=ell.semi_major_metre, rf=ell.inverse_flattening)
    return Geod(a=ell.semi_major_metre, b=ell.semi_major_metre)


def geodesic_area_m2(geom, crs):
    """Ellipsoidal area of a polygon given in ``crs``, each part's edges densified first.

    Rings are taken as drawn: exteriors count positive, holes negative (an
    invalid ring gives its signed area, as a naive reader of the outline would).
    """
    parts = polygon_parts(geom)
    if not parts:
        return 0.0
    geod = _geod(crs)
    to_ll = to_geodetic(crs)
    total = 0.0
    for p in parts:
        minx, miny, maxx, maxy = bounds(p)
        max_len = max(maxx - minx, maxy - miny) / DENSIFY_PARTS or 1.0
        for i, ring in enumerate([p.exterior, *p.interiors]):
            xy = densify_ring(ring.coords, max_len)
            if to_ll is not None:
                lon, lat = to_ll.transform(xy[:, 0], xy[:, 1])
            else:
                lon, lat = xy[:, 0], xy[:, 1]
            a = abs(geod.polygon_area_perimeter(lon, lat)[0])
            total += a if i == 0 else -a
    return total


# -- the antimeridian --------------------------------------------------------
def unwrap_longitudes(lon):
    """Longitudes of a ring made continuous: a step of more than 180° is taken the short way round."""
    lon = np.asarray(lon, dtype=np.float64)
    if lon.size < 2:
        return lon
    step = np.diff(lon)
    if np.all(np.abs(step) <= 180.0):
        return lon
    fix = -360.0 * np.round(step / 360.0)
    return lon + np.concatenate([[0.0], np.cumsum(fix)])


def _unwrap_polygon(p):
    ext = np.asarray(p.exterior.coords)[:, :2].copy()
    ext[:, 0] = unwrap_longitudes(ext[:, 0])
    centre = 0.5 * (ext[:, 0].min() + ext[:, 0].max())
    holes = []
    for ring in p.interiors:
        h = np.asarray(ring.coords)[:, :2].copy()
        h[:, 0] = unwrap_longitudes(h[:, 0])
        h[:, 0] -= 360.0 * np.round((0.5 * (h[:, 0].min() + h[:, 0].max()) - centre) / 360.0)
        holes.append(h)
    return Polygon(ext, holes)


def unwrap_polygons(geom):
    """Each ring unwrapped, holes placed with their exterior, parts placed next to the first one.

    Returns (geometry, widest part's longitude span in degrees).
    """
    parts = polygon_parts(geom)
    if not parts:
        return geom, 0.0
    minx, _, maxx, _ = bounds(geom)
    if maxx - minx <= 180.0:  # no step of a ring, and no gap between parts, can exceed 180°
        return geom, maxx - minx
    out, widest, first = [], 0.0, None
    for p in parts:
        q = _unwrap_polygon(p)
        minx, _, maxx, _ = q.bounds
        widest = max(widest, maxx - minx)
        centre = 0.5 * (minx + maxx)
        if first is None:
            first = centre
        else:
            k = round((centre - first) / 360.0)
            if k:
                q = _translate_x(q, -360.0 * k)
        out.append(q)
    return as_polygonal(out), widest


def _translate_x(p, dx):
    return Polygon(np.asarray(p.exterior.coords)[:, :2] + [dx, 0.0],
                   [np.asarray(r.coords)[:, :2] + [dx, 0.0] for r in p.interiors])


def shift_into_span(geom, xmin, xmax):
    """Shift each polygon part by k × 360° so that it overlaps [xmin, xmax] best (geographic rasters)."""
    parts = polygon_parts(geom)
    if not parts:
        return geom
    out, moved = [], False
    for p in parts:
        minx, _, maxx, _ = p.bounds
        best_k, best = 0, None
        for k in range(int(math.floor((xmin - maxx) / 360.0)), int(math.ceil((xmax - minx) / 360.0)) + 1):
            lo, hi = minx + 360.0 * k, maxx + 360.0 * k
            overlap = min(hi, xmax) - max(lo, xmin)
            gap = abs(0.5 * (lo + hi) - 0.5 * (xmin + xmax))
            key = (overlap > 0, overlap if overlap > 0 else -gap)
            if best is None or key > best:
                best_k, best = k, key
        if best_k:
            p = _translate_x(p, 360.0 * best_k)
            moved = True
        out.append(p)
    if not moved:
        return geom
    return repair(as_polygonal(out))[0]


# -- repair --------------------------------------------------------------------
def repair(geom):
    """A valid polygonal geometry covering what each part encloses: parts repaired one by one, then merged.

    Returns (geometry, reason) where reason is None when the input was valid.
    Overlapping parts count their overlap once; a self-crossing ring (a
    bow-tie) keeps both of its lobes.
    """
    parts = polygon_parts(geom)
    if not parts:
        return None, None
    single = parts[0] if len(parts) == 1 else MultiPolygon(parts)
    if single.is_valid:
        return single, None
    reason = explain_validity(single)
    fixed = []
    for p in parts:
        fixed.extend(polygon_parts(p if p.is_valid else make_valid(p)))
    if len(fixed) > 1:
        fixed = polygon_parts(unary_union(fixed))
    merged = as_polygonal(fixed)
    if merged is not None and not merged.is_valid:  # should not happen; keep the enclosed ground
        merged = as_polygonal(polygon_parts(merged.buffer(0)))
    return merged, reason


# -- coordinates where their CRS is defined -------------------------------------
def _all_xy(geom):
    """All vertices of a geometry as an (n, 2) array, read from its WKB (shapely 1.8 reads coordinates ring by
    ring in Python, several times slower: every vertex of every feature is checked)."""
    if geom is None or geom.is_empty:
        return np.empty((0, 2))
    out = []
    wkb_xy(geom.wkb, 0, out)
    return out[0] if len(out) == 1 else np.vstack(out) if out else np.empty((0, 2))


_Z, _M, _SRID = 0x80000000, 0x40000000, 0x20000000   # EWKB flags (GEOS writes these); ISO codes add 1000s


def wkb_xy(data, at, out):
    """Append the (n, 2) x/y arrays of the WKB geometry starting at byte ``at`` to ``out``; returns the byte
    after it. Reads points, lines, polygons and their collections, 2-D to 4-D, either byte order."""
    order = "<" if data[at] == 1 else ">"
    code = struct.unpack_from(order + "I", data, at + 1)[0]
    at += 5
    if code & _SRID:
        at += 4
    base = code & 0x0FFFFFFF
    iso, kind = divmod(base, 1000)
    dims = 2 + bool(code & _Z or iso in (1, 3)) + bool(code & _M or iso in (2, 3))
    if kind == 1:
        xy = np.frombuffer(data, order + "f8", dims, at)[None, :2]
        if not np.isnan(xy).all():   # an empty point inside a collection is written as NaN
            out.append(xy)
        return at + 8 * dims
    if kind in (2, 3):
        rings = 1
        if kind == 3:
            rings = struct.unpack_from(order + "I", data, at)[0]
            at += 4
        for _ in range(rings):
            n = struct.unpack_from(order + "I", data, at)[0]
            out.append(np.frombuffer(data, order + "f8", n * dims, at + 4).reshape(n, dims)[:, :2])
            at += 4 + 8 * n * dims
        return at
    n = struct.unpack_from(order + "I", data, at)[0]
    at += 4
    for _ in range(n):
        at = wkb_xy(data, at, out)
    return at


def _degrees_per_unit(crs):
    try:
        return math.degrees(crs.axis_info[0].unit_conversion_factor)
    except (IndexError, AttributeError, TypeError):
        return 1.0


class CoordinateCheck:
    """Tells whether coordinates lie where a CRS is defined."""

    def __init__(self, crs):
        self.crs = crs
        self.geographic = crs.is_geographic
        if self.geographic:
            self.deg = _degrees_per_unit(crs)
        else:
            geod = crs.geodetic_crs
            self.to_ll = Transformer.from_crs(crs, geod, always_xy=True)
            self.from_ll = Transformer.from_crs(geod, crs, always_xy=True)

    def bad_point(self, xy):
        """The first vertex outside the CRS's valid area, or None."""
        bad = self.outside(xy)
        if not bad.any():
            return None
        i = int(np.argmax(bad))
        return float(xy[i, 0]), float(xy[i, 1])

    def outside(self, xy):
        """For each vertex of an (n, 2) array, whether it lies outside the CRS's valid area."""
        if xy.size == 0:
            return np.zeros(len(xy), dtype=bool)
        x, y = xy[:, 0], xy[:, 1]
        if self.geographic:
            bad = ~(np.isfinite(x) & np.isfinite(y) & (np.abs(y * self.deg) <= 90.0 + 1e-9)
                    & (np.abs(x * self.deg) <= 540.0))
        else:
            lon, lat = self.to_ll.transform(x, y, errcheck=False)
            x2, y2 = self.from_ll.transform(lon, lat, errcheck=False)
            scale = np.maximum(np.maximum(np.abs(x), np.abs(y)), 1.0)
            with np.errstate(invalid="ignore"):
                bad = ~(np.isfinite(lon) & np.isfinite(lat) & (np.hypot(x2 - x, y2 - y) <= 1e-6 * scale))
        return bad


def outside_crs_error(fid, what, crs, point):
    """The error for coordinates that cannot be in ``crs`` (the layer's CRS is probably wrong)."""
    name = crs_label(crs)
    if crs.is_geographic:
        hint = N_("Feature {fid} of {what} has the coordinates ({x:.6g}, {y:.6g}), which are not longitude and "
                  "latitude in degrees, but the layer's CRS is {crs}, a geographic CRS. The layer's CRS is "
                  "probably wrong (metres of a projected CRS, such as UTM, declared as degrees; a GeoJSON file "
                  "without a \"crs\" member is always read as EPSG:4326). Set the layer's CRS to the one its "
                  "coordinates are in (Layer Properties > Source) and run again.")
    else:
        hint = N_("Feature {fid} of {what} has the coordinates ({x:.6g}, {y:.6g}), which lie outside the area "
                  "where its CRS, {crs}, is defined. The layer's CRS is probably wrong; set it to the one its "
                  "coordinates are in (Layer Properties > Source) and run again.")
    return InputError(hint, fid=fid, what=what, x=point[0], y=point[1], crs=name)


def check_extent(crs, what, bounds):
    """Raise InputError when a layer's bounding box (minx, miny, maxx, maxy) has a corner outside the valid
    area of its CRS: the layer's CRS is then probably wrong."""
    crs = crs if isinstance(crs, CRS) else CRS.from_user_input(crs)
    minx, miny, maxx, maxy = bounds
    corners = np.array([(minx, miny), (maxx, miny), (maxx, maxy), (minx, maxy)], dtype=np.float64)
    bad = CoordinateCheck(crs).bad_point(corners)
    if bad is not None:
        raise InputError(
            "{what} reaches the coordinates ({x:.6g}, {y:.6g}), which lie outside the valid area of its CRS, "
            "{crs}. The layer's CRS is probably wrong (for example metres of a projected CRS declared as "
            "EPSG:4326; a GeoJSON file without a \"crs\" member is always read as EPSG:4326). Set the layer's "
            "CRS to the one its coordinates are in (Layer Properties > Source) and run again.",
            what=what, x=bad[0], y=bad[1], crs=crs_label(crs))


def crs_label(crs):
    try:
        auth = crs.to_authority(min_confidence=90)
    except Exception:  # noqa: BLE001 - pyproj raises several types for odd CRSs
        auth = None
    return "{}:{} ({})".format(auth[0], auth[1], crs.name) if auth else crs.name


# -- the coordinate operation ----------------------------------------------------------
class CoordinateOperation:
    """Transforms x (east) and y (north) from one CRS to another: PROJ's default operation, or a given one.

    ``operation`` is a PROJ string (a pipeline) taking x/y in the order QGIS
    uses (longitude first), as QGIS's transform context gives it; ``inverse``
    runs it backwards (QGIS stores an operation chosen for B→A once and
    reverses it for A→B).
    """

    def __init__(self, src, dst, operation=None, inverse=False):
        self.operation = (operation or "").strip()
        self.inverse = bool(inverse) and bool(self.operation)
        if not self.operation:
            self.transformer = Transformer.from_crs(src, dst, always_xy=True)
            return
        try:
            self.transformer = Transformer.from_pipeline(self.operation)
        except ProjError as exc:
            raise InputError(
                "The coordinate operation chosen for {src} to {dst} in the project's transformations cannot be "
                "used: {error}. Install the grid it needs (QGIS: Settings > Options > Transformations), or choose "
                "another operation (Project > Properties > Transformations), and run again.",
                src=crs_label(src), dst=crs_label(dst), error=str(exc)) from None
        self._direction = TransformDirection.INVERSE if self.inverse else TransformDirection.FORWARD

    @property
    def description(self):
        """What the log says: the operation's PROJ string (and its direction), or PROJ's default's name."""
        if not self.operation:
            return self.transformer.description
        return self.operation + (" (inverse)" if self.inverse else "")

    def transform(self, x, y, errcheck=False):
        if not self.operation:
            return self.transformer.transform(x, y, errcheck=errcheck)
        return self.transformer.transform(x, y, errcheck=errcheck, direction=self._direction)


def coordinate_operation(src_crs, dst_crs, operation=None, inverse=False):
    """The :class:`CoordinateOperation` from ``src_crs`` to ``dst_crs`` (None when they are the same CRS)."""
    src = src_crs if isinstance(src_crs, CRS) else CRS.from_user_input(src_crs)
    dst = dst_crs if isinstance(dst_crs, CRS) else CRS.from_user_input(dst_crs)
    if src.equals(dst, ignore_axis_order=True):
        return None
    return CoordinateOperation(src, dst, operation, inverse)


# -- everything together -----------------------------------------------------------
def prepare_geometries(geoms, src_crs, dst_crs, *, what, ids=None, is_canceled=None, operation=None,
                       inverse=False):
    """Geometries of a layer made ready for the engine, in ``dst_crs``.

    ``geoms``: shapely geometries in ``src_crs`` (None for a feature without
    geometry). Polygons are checked, unwrapped (geographic CRS), repaired part
    by part, densified per part and reprojected; points and lines are checked
    and reprojected. ``operation`` (a PROJ pipeline string, run backwards with
    ``inverse``) replaces PROJ's default operation between the two CRSs, as a
    datum transformation chosen in the QGIS project does; it is ignored when
    the two CRSs are the same. Returns (geometries in ``dst_crs``, warnings)
    where warnings are (template, fields) pairs, translated where shown.
    Raises InputError for coordinates outside the valid area of the layer's CRS,
    for coordinates the target CRS (or the operation) cannot transform, for an
    operation PROJ cannot build, and for a ring wider than 180°.
    """
    from ..errors import Canceled

    src = src_crs if isinstance(src_crs, CRS) else CRS.from_user_input(src_crs)
    dst = dst_crs if isinstance(dst_crs, CRS) else CRS.from_user_input(dst_crs)
    ids = list(ids) if ids is not None else list(range(1, len(geoms) + 1))
    _check_coordinates(geoms, ids, src, what)
    transformer = coordinate_operation(src, dst, operation, inverse)
    out, warnings = [], []
    for fid, g in zip(ids, geoms):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        if g is None or g.is_empty:
            out.append(None)
            continue
        if not polygon_parts(g):
            out.append(g if transformer is None else _transform_other(g, transformer, fid, what, dst))
            continue
        out.append(_prepare_polygon(g, src, dst, transformer, fid, what, warnings))
    return out, warnings


CHECK_VERTICES = 1_000_000   # vertices checked against their CRS at once


def _check_coordinates(geoms, ids, crs, what):
    """Raise the error for the first feature with a vertex outside the valid area of its CRS: the vertices of many
    features checked at once (two transformations of up to CHECK_VERTICES vertices, not two per feature)."""
    check = CoordinateCheck(crs)
    batch, start, size = [], 0, 0
    for i, g in enumerate(geoms):
        batch.append(_all_xy(g))
        size += len(batch[-1])
        if i + 1 == len(geoms) or size >= CHECK_VERTICES:
            every = np.vstack(batch)
            bad = check.outside(every)
            if bad.any():
                first = int(np.argmax(bad))
                feature = start + int(np.searchsorted(np.cumsum([len(xy) for xy in batch]), first, side="right"))
                raise outside_crs_error(ids[feature], what, crs, (float(every[first, 0]), float(every[first, 1])))
            batch, start, size = [], i + 1, 0


def _prepare_polygon(g, src, dst, transformer, fid, what, warnings):
    if src.is_geographic:
        g, widest = unwrap_polygons(g)
        _refuse_wide(widest * _degrees_per_unit(src), fid, what)
    before_parts = polygon_parts(g)
    g, reason = repair(g)
    if reason is not None:
        before = geodesic_area_m2(as_polygonal(before_parts), src)
        after = geodesic_area_m2(g, src)
    if reason is not None and abs(after - before) > 1e-6 * max(abs(before), abs(after)):
        # parts that only touch (a polygon split at the antimeridian) are merged without a word
        warnings.append((N_("Feature {fid} of {what} has an invalid geometry ({reason}). Each of its parts was "
                            "repaired and the parts merged, so that ground inside two parts counts once: its "
                            "rings as drawn add up to {before:.4f} ha, the repaired polygon covers {after:.4f} ha. "
                            "Check its outline."),
                         dict(fid=fid, what=what, reason=reason, before=before / M2_PER_HA,
                              after=after / M2_PER_HA)))
    if g is None or transformer is None:
        return g
    parts = []
    for p in polygon_parts(g):
        minx, miny, maxx, maxy = bounds(p)
        step = max(maxx - minx, maxy - miny) / DENSIFY_PARTS or 1.0
        rings = [_transform_ring(densify_ring(r.coords, step), transformer, fid, what, dst)
                 for r in [p.exterior, *p.interiors]]
        parts.append(Polygon(rings[0], rings[1:]))
    g = as_polygonal(parts)
    if dst.is_geographic:
        g, widest = unwrap_polygons(g)
        _refuse_wide(widest * _degrees_per_unit(dst), fid, what)
    fixed, reason = repair(g)
    if reason is not None:
        drawn, kept = geodesic_area_m2(g, dst), geodesic_area_m2(fixed, dst)
        if abs(kept - drawn) > 1e-6 * max(abs(drawn), 1.0):
            warnings.append((N_("Feature {fid} of {what} became an invalid polygon when reprojected to the "
                                "raster's CRS ({reason}); it was repaired: {before:.4f} ha as drawn, {after:.4f} ha "
                                "after repair. Check its outline, or reproject the layer yourself."),
                             dict(fid=fid, what=what, reason=reason, before=drawn / M2_PER_HA,
                                  after=kept / M2_PER_HA)))
    return fixed


def _refuse_wide(span_deg, fid, what):
    if span_deg > 180.0:
        raise InputError(
            "Feature {fid} of {what} spans {span:.1f}° of longitude, more than half the globe, even after its "
            "rings were joined across the antimeridian (±180°). Split it into parts narrower than 180° (or check "
            "that it does not encircle a pole) and run again.", fid=fid, what=what, span=span_deg)


def _transform_ring(xy, transformer, fid, what, dst):
    x, y = transformer.transform(xy[:, 0], xy[:, 1], errcheck=False)
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    ok = np.isfinite(x) & np.isfinite(y)
    if not ok.all() and getattr(transformer, "operation", ""):
        i = int(np.argmin(ok))
        raise InputError(
            "Feature {fid} of {what} cannot be transformed to the raster's CRS, {crs}, by the coordinate operation "
            "chosen in the project's transformations ({operation}): the point ({x:.6g}, {y:.6g}) of the layer has "
            "no result (a grid the operation needs may not cover it). Choose another operation (Project > "
            "Properties > Transformations) or check the layer's CRS, and run again.",
            fid=fid, what=what, crs=crs_label(dst), operation=transformer.description, x=float(xy[i, 0]),
            y=float(xy[i, 1]))
    if not ok.all():
        i = int(np.argmin(ok))
        raise InputError(
            "Feature {fid} of {what} lies where the raster's CRS, {crs}, cannot represent it (the point "
            "({x:.6g}, {y:.6g}) of the layer has no coordinates there). The polygons and the raster are probably "
            "far apart: check the layer's CRS, or use a raster in a CRS that covers the polygons.",
            fid=fid, what=what, crs=crs_label(dst), x=float(xy[i, 0]), y=float(xy[i, 1]))
    return np.column_stack([x, y])


def _transform_other(g, transformer, fid, what, dst):
    from shapely.ops import transform

    def fn(x, y, z=None):
        xy = _transform_ring(np.column_stack([np.atleast_1d(x), np.atleast_1d(y)]).astype(np.float64),
                             transformer, fid, what, dst)
        if np.ndim(x) == 0:
            return float(xy[0, 0]), float(xy[0, 1])
        return xy[:, 0], xy[:, 1]

    return transform(fn, g)
