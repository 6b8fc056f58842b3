"""A class raster's grid, and the true (ellipsoidal) area of its cells.

Geographic grids get the exact band area of the ellipsoid. Projected grids get
planar cell area (in CRS units²) times the factor ``M N cos φ / |J|``: the
ellipsoid's area element over the Jacobian of the CRS's own forward transform
(geodetic longitude and latitude to x, y; central differences). That factor is
taken against the datum's ellipsoid whatever PROJ does inside (EPSG:3857,
Mollweide, Robinson, Eckert IV and EPSG:4087 are computed on a sphere), and it
converts CRS units that are not metres (US survey feet) to m².

The factor varies smoothly, so it is computed on a lattice and interpolated.
The lattice spacing is chosen from the factor itself: halved until bilinear
interpolation at the lattice cells' centres is within ``LATTICE_TOL`` of the
exact factor (64 pixels at most), so a coarse pixel in a fast-changing
projection gets a fine lattice. Where the factor changes by more than
``GRADIENT_TOL`` across one pixel, its gradient is used inside each cell too
(the cell's first moments), so a polygon covering part of a large pixel gets
the factor of the ground it covers, not of the cell centre.

The lattice is never held whole: its step and gradient rule are chosen once
(from the sampled cells' corner nodes, and one pass over the lattice block by
block) and travel with a pickled grid; nodes are computed in blocks of
``LATTICE_BLOCK``² as windows need them and kept in a cache of at most
``LATTICE_CACHE_BLOCKS`` blocks, so memory does not grow with the raster.
Nodes the CRS cannot transform (beyond a projection's edge) are filled from
their neighbours; where they lie far from any node with a factor (a world
map's corners) the whole filled lattice, at most ``MAX_LATTICE_NODES``, is
computed once and kept instead.
"""
import collections
import functools
import math
import os
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal
from pyproj import CRS, Transformer

from ..errors import InputError

gdal.UseExceptions()

INTEGER_TYPES = {
    gdal.GDT_Byte, gdal.GDT_UInt16, gdal.GDT_Int16, gdal.GDT_UInt32, gdal.GDT_Int32,
}
LATTICE_STEP = 64            # pixels between lattice nodes, at most
LATTICE_TOL = 5e-9           # relative interpolation error of the areal factor
GRADIENT_TOL = 1e-6          # relative change of the factor across a pixel above which its gradient is used
MAX_LATTICE_NODES = 1_000_000
LATTICE_BLOCK = 64           # lattice nodes per side of a cached block
# blocks kept (factor blocks of 32 KB, gradient blocks of 64 KB: at most 64 MB), whatever the raster's size: a
# lattice of up to 32 x 32 blocks (131,072² pixels at the coarsest step) is computed once however the polygons are
# ordered; a larger one gives way least recently used first
LATTICE_CACHE_BLOCKS = 1024
SHIPPED_LATTICE_BYTES = 4 << 20  # lattice blocks sent with a grid to a worker, at most
_PREPARED = {}   # lattices this process chose ahead of the grids it unpickles later (prepare_lattice), by raster
JACOBIAN_STEP_DEG = 1e-4     # central-difference step in longitude and latitude


@dataclass
class RasterGrid:
    path: str
    band: int
    width: int
    height: int
    x0: float
    dx: float
    y0: float
    dy: float  # negative for north-up rasters
    nodata: object
    crs: CRS
    block: tuple
    mask: str = ""  # "alpha band" or "mask band" when a GDAL mask marks cells as missing
    _step: int = field(default=0, repr=False)  # lattice step in pixels, chosen once (0: not yet)
    _gradient: bool = field(default=False, repr=False)
    _blocks: object = field(default=None, repr=False, compare=False)  # bounded cache of lattice blocks
    _whole: object = field(default=None, repr=False, compare=False)  # (step, filled lattice) once a fill reaches far

    def __getstate__(self):
        # a worker gets the lattice's step and gradient rule, chosen here once, and the lattice blocks computed
        # here while choosing them when they are few (SHIPPED_LATTICE_BYTES); otherwise it computes the blocks its
        # windows need (a CRS without any valid area scale is reported where areas are asked)
        from .executor import LATTICE_ON_WORKERS

        if not self.is_geographic and not self._step and (self.path, self.band) not in LATTICE_ON_WORKERS:
            try:
                self._choose_lattice()
            except InputError:
                pass
        state = dict(self.__dict__)
        state["_blocks"] = self._blocks_to_ship()
        state["_whole"] = None
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        if not self._step and not self.is_geographic:   # chosen here ahead (prepare_lattice), or not yet
            ready = _PREPARED.get(self._raster_key())
            if ready is not None:
                self._step, self._gradient, self._blocks = ready

    def _raster_key(self):
        return (self.path, self.band, self.width, self.height, self.x0, self.dx, self.y0, self.dy, self.crs.srs)

    def prepare_lattice(self):
        """Choose the lattice now and keep it, with its blocks, for the grids of the same raster this process
        unpickles later (a worker asked ahead of its pieces: ``executor.warm_workers``)."""
        if self.is_geographic:
            return
        self._choose_lattice()
        while len(_PREPARED) >= 2:
            _PREPARED.pop(next(iter(_PREPARED)))
        _PREPARED[self._raster_key()] = (self._step, self._gradient, self._blocks)

    def _blocks_to_ship(self):
        """The cached lattice blocks of the chosen step, when they hold at most SHIPPED_LATTICE_BYTES (else None)."""
        if not self._blocks or not self._step:
            return None
        mine = [(key, arrays) for key, arrays in self._blocks.items() if key[0] == self._step]
        if not mine or sum(a.nbytes for _, arrays in mine for a in arrays) > SHIPPED_LATTICE_BYTES:
            return None
        return collections.OrderedDict(mine)

    # -- geometry -------------------------------------------------------
    @property
    def bounds(self):
        return (self.x0, self.y0 + self.height * self.dy, self.x0 + self.width * self.dx, self.y0)

    @property
    def is_geographic(self):
        return self.crs.is_geographic

    def to_pixel(self, xy):
        """Map coordinates (n, 2) to fractional (col, row)."""
        return (np.asarray(xy, dtype=np.float64) - [self.x0, self.y0]) / [self.dx, self.dy]

    def window_of(self, minx, miny, maxx, maxy):
        """Pixel window (col0, row0, ncols, nrows) covering a map bbox, clipped to the grid."""
        c0 = max(int(math.floor((minx - self.x0) / self.dx)), 0)
        c1 = min(int(math.ceil((maxx - self.x0) / self.dx)), self.width)
        r0 = max(int(math.floor((maxy - self.y0) / self.dy)), 0)
        r1 = min(int(math.ceil((miny - self.y0) / self.dy)), self.height)
        return c0, r0, max(c1 - c0, 0), max(r1 - r0, 0)

    def window_bounds(self, c0, r0, ncols, nrows):
        return (self.x0 + c0 * self.dx, self.y0 + (r0 + nrows) * self.dy,
                self.x0 + (c0 + ncols) * self.dx, self.y0 + r0 * self.dy)

    # -- areas ----------------------------------------------------------
    def band_weight(self, row0):
        """W(v): cumulative area (m² per column) from the window's top row, v in rows."""
        if self.is_geographic:
            ell = self.crs.ellipsoid
            a = ell.semi_major_metre
            inv_f = ell.inverse_flattening
            f = 1.0 / inv_f if inv_f else 0.0
            e2 = f * (2.0 - f)
            e = math.sqrt(e2)
            rad = _radians_per_unit(self.crs)
            k = a * a * (1.0 - e2) * abs(self.dx) * rad
            lat_top = self.y0 + row0 * self.dy

            def weight(v):
                s = np.sin(rad * (lat_top + np.asarray(v, dtype=np.float64) * self.dy))
                if e == 0.0:
                    return -k * s
                return -k * (s / (2.0 * (1.0 - e2 * s * s)) + np.arctanh(e * s) / (2.0 * e))

            return weight
        pixel_area = abs(self.dx * self.dy)
        return lambda v: np.asarray(v, dtype=np.float64) * pixel_area

    @property
    def pixel_area(self):
        """Planar area of a cell in CRS units²."""
        return abs(self.dx * self.dy)

    @property
    def uses_gradient(self):
        """True when the areal factor changes enough across one pixel to be integrated inside cells."""
        if self.is_geographic:
            return False
        self._choose_lattice()
        return self._gradient

    def cell_factor(self, c0, r0, ncols, nrows, rows=None):
        """Per-cell factor turning W-areas into ellipsoidal m² (None for geographic grids); ``rows``: per-row
        numbers it is multiplied by (at no cost: they scale the interpolation's row weights)."""
        if self.is_geographic:
            return None
        self._choose_lattice()
        return self._interpolate("factor", c0, r0, ncols, nrows, rows)[0]

    def cell_factor_gradient(self, c0, r0, ncols, nrows):
        """The factor at cell centres and its derivatives per column and per row (m² per CRS unit²)."""
        self._choose_lattice()
        f = self._interpolate("factor", c0, r0, ncols, nrows)[0]
        fv, fu = self._interpolate("gradient", c0, r0, ncols, nrows)
        fu /= self._step  # in place: a window's arrays are the largest the factor makes
        fv /= self._step
        return f, fu, fv

    def _interpolate(self, kind, c0, r0, ncols, nrows, rows=None):
        # lattice node i sits at the centre of pixel (i - 1) * step, so a 1-pixel lattice holds each cell's own
        # factor, and every cell has nodes on both sides (central differences for the gradient)
        step = self._step
        nr, nc = self._lattice_shape(step)
        wr, lr = _weights(r0, nrows, step, nr)
        if rows is not None:
            wr *= np.asarray(rows, dtype=np.float64)[:, None]
        wc, lc = _weights(c0, ncols, step, nc)
        subs = self._lattice_nodes(step, kind, lr, lr + wr.shape[1], lc, lc + wc.shape[1])
        return [_bilinear(wr, sub, wc) for sub in subs]

    # -- the lattice, block by block -------------------------------------
    def _lattice_shape(self, step):
        return (self.height - 1) // step + 3, (self.width - 1) // step + 3

    def _choose_lattice(self):
        """The lattice step (halved from LATTICE_STEP until bilinear interpolation is within LATTICE_TOL, no
        finer than MAX_LATTICE_NODES allows) and whether the factor's gradient is used, from the whole lattice
        scanned block by block (nothing but the cache's blocks is kept)."""
        if self._step:
            return
        fewest = math.ceil(math.sqrt(self.width * self.height / MAX_LATTICE_NODES))
        step = max(LATTICE_STEP, 1)
        for _ in range(8):
            step = max(step, fewest, 1)
            if step <= max(fewest, 1):
                break
            err = self._interpolation_error(step)
            if err <= LATTICE_TOL:
                break
            step = max(min(step - 1, int(step * math.sqrt(LATTICE_TOL / err) * 0.9)), fewest, 1)
        nr, nc = self._lattice_shape(step)
        change = 0.0
        for r0 in range(0, nr, LATTICE_BLOCK):
            for c0 in range(0, nc, LATTICE_BLOCK):
                # each block with the next block's first row and column: every pair of neighbouring nodes once
                nodes = self._lattice_nodes(step, "factor", r0, min(r0 + LATTICE_BLOCK + 1, nr),
                                            c0, min(c0 + LATTICE_BLOCK + 1, nc))[0]
                with np.errstate(divide="ignore", invalid="ignore"):
                    change = max(change, _max_rel_diff(nodes, 0) / step, _max_rel_diff(nodes, 1) / step)
        self._step, self._gradient = step, bool(change > GRADIENT_TOL)

    def _interpolation_error(self, step):
        """Largest relative error of bilinear interpolation at the lattice cells' centres (sampled): only the
        sampled cells' corner nodes are computed."""
        nr, nc = self._lattice_shape(step)
        ri = np.unique(np.linspace(0, nr - 2, min(nr - 1, 48)).round().astype(np.int64))
        ci = np.unique(np.linspace(0, nc - 2, min(nc - 1, 48)).round().astype(np.int64))
        r, c = np.meshgrid(ri, ci, indexing="ij")
        exact = areal_factor(self.crs, self.x0 + ((c - 0.5) * step + 0.5) * self.dx,
                             self.y0 + ((r - 0.5) * step + 0.5) * self.dy)
        rows, cols = np.union1d(ri, ri + 1), np.union1d(ci, ci + 1)
        corners = self._node_factors(step, rows, cols)
        # a missing corner of a cell whose centre has a factor takes the value the whole lattice's fill gives it
        need = np.zeros(corners.shape, dtype=bool)
        ir, ic = np.searchsorted(rows, r), np.searchsorted(cols, c)
        for dr in (0, 1):
            for dc in (0, 1):
                need[ir + dr, ic + dc] |= np.isfinite(exact)
        for i, j in zip(*np.nonzero(need & ~np.isfinite(corners))):
            corners[i, j] = self._filled(step, rows[i], rows[i] + 1, cols[j], cols[j] + 1)[0, 0]
        interp = 0.25 * (corners[ir, ic] + corners[ir + 1, ic] + corners[ir, ic + 1] + corners[ir + 1, ic + 1])
        with np.errstate(divide="ignore", invalid="ignore"):
            rel = np.abs(interp / exact - 1.0)
        rel = rel[np.isfinite(rel)]
        return float(rel.max()) if rel.size else 0.0

    def _node_factors(self, step, rows, cols):
        """The factor at lattice nodes rows x cols (node indices, node i at the centre of pixel (i - 1) * step),
        NaN where the CRS cannot transform the node."""
        rr, cc = np.meshgrid((np.asarray(rows, dtype=np.int64) - 1) * step + 0.5,
                             (np.asarray(cols, dtype=np.int64) - 1) * step + 0.5, indexing="ij")
        return areal_factor(self.crs, self.x0 + cc * self.dx, self.y0 + rr * self.dy)

    def _filled(self, step, r0, r1, c0, c1):
        """Nodes [r0, r1) x [c0, c1) of the lattice at ``step``, missing ones filled exactly as ``_fill_missing``
        fills the whole lattice: a node filled in fill round k depends only on the nodes within k steps of it
        (wrapping round the lattice's edges, as np.roll does), so the block is filled inside a margin of nodes
        that is widened until every node of the block is filled within as many rounds as the margin is wide."""
        if self._whole is not None and self._whole[0] == step:
            return self._whole[1][r0:r1, c0:c1]
        core = self._node_factors(step, np.arange(r0, r1), np.arange(c0, c1))
        if np.isfinite(core).all():
            return core
        nr, nc = self._lattice_shape(step)
        margin = 4
        while True:
            if (r1 - r0 + 2 * margin) * (c1 - c0 + 2 * margin) * 4 > nr * nc:
                # far from any node with a factor (a world map's corners): the whole lattice is filled once and
                # kept (at most MAX_LATTICE_NODES nodes), not once per block
                self._whole = (step, self._whole_filled(step))
                return self._whole[1][r0:r1, c0:c1]
            rows, i0, whole_r = _around(r0, r1, margin, nr)
            cols, j0, whole_c = _around(c0, c1, margin, nc)
            factor = self._node_factors(step, rows, cols)
            whole = whole_r and whole_c
            if whole or np.isfinite(factor).any():
                inner = (slice(i0, i0 + r1 - r0), slice(j0, j0 + c1 - c0))
                filled, rounds = _fill_missing(factor, self.crs, inner)
                needed = int(rounds[inner].max())
                if whole or needed <= margin:
                    return filled[inner]
                margin = max(2 * margin, needed)
            else:
                margin *= 2

    def _whole_filled(self, step):
        """The whole lattice at ``step``, missing nodes filled, its factors computed LATTICE_BLOCK rows at a time."""
        nr, nc = self._lattice_shape(step)
        factor = np.empty((nr, nc))
        cols = np.arange(nc)
        for i in range(0, nr, LATTICE_BLOCK):
            factor[i:i + LATTICE_BLOCK] = self._node_factors(step, np.arange(i, min(i + LATTICE_BLOCK, nr)), cols)
        return _fill_missing(factor, self.crs)[0]

    def _lattice_nodes(self, step, kind, r0, r1, c0, c1):
        """Lattice nodes [r0, r1) x [c0, c1): [factor] or [d/drow, d/dcol] (central differences at the nodes,
        one-sided at the lattice's edge), from blocks of LATTICE_BLOCK² nodes kept in a bounded cache."""
        b = LATTICE_BLOCK
        bi0, bi1, bj0, bj1 = r0 // b, (r1 - 1) // b, c0 // b, (c1 - 1) // b
        if bi0 == bi1 and bj0 == bj1:
            return [a[r0 - bi0 * b:r1 - bi0 * b, c0 - bj0 * b:c1 - bj0 * b]
                    for a in self._lattice_block(step, kind, bi0, bj0)]
        out = None
        for bi in range(bi0, bi1 + 1):
            for bj in range(bj0, bj1 + 1):
                arrays = self._lattice_block(step, kind, bi, bj)
                if out is None:
                    out = [np.empty((r1 - r0, c1 - c0)) for _ in arrays]
                a0, a1 = max(r0, bi * b), min(r1, (bi + 1) * b)
                e0, e1 = max(c0, bj * b), min(c1, (bj + 1) * b)
                for o, a in zip(out, arrays):
                    o[a0 - r0:a1 - r0, e0 - c0:e1 - c0] = a[a0 - bi * b:a1 - bi * b, e0 - bj * b:e1 - bj * b]
        return out

    def _lattice_block(self, step, kind, bi, bj):
        if self._blocks is None:
            self._blocks = collections.OrderedDict()
        key = (step, kind, bi, bj)
        arrays = self._blocks.get(key)
        if arrays is not None:
            self._blocks.move_to_end(key)
            return arrays
        nr, nc = self._lattice_shape(step)
        r0, r1 = bi * LATTICE_BLOCK, min((bi + 1) * LATTICE_BLOCK, nr)
        c0, c1 = bj * LATTICE_BLOCK, min((bj + 1) * LATTICE_BLOCK, nc)
        if kind == "factor":
            arrays = [self._filled(step, r0, r1, c0, c1)]
        else:
            a0, e0 = max(r0 - 1, 0), max(c0 - 1, 0)
            nodes = self._lattice_nodes(step, "factor", a0, min(r1 + 1, nr), e0, min(c1 + 1, nc))[0]
            arrays = [g[r0 - a0:r1 - a0, c0 - e0:c1 - e0] for g in np.gradient(nodes)]
        self._blocks[key] = arrays
        while len(self._blocks) > LATTICE_CACHE_BLOCKS:
            self._blocks.popitem(last=False)
        return arrays


def _around(a0, a1, margin, n):
    """Node indices of [a0, a1) widened by ``margin`` on both sides, wrapping round ``n`` nodes (all n when
    the widened range would reach round): (indices, offset of a0 among them, whether they are all n)."""
    if a1 - a0 + 2 * margin >= n:
        return np.arange(n), a0, True
    return np.arange(a0 - margin, a1 + margin) % n, margin, False


def _weights(p0, count, step, n):
    """Bilinear weights (count, k) of pixels p0..p0+count on lattice nodes lo..lo+k (node i at pixel
    (i - 1) * step), and lo."""
    pos = np.arange(p0, p0 + count, dtype=np.float64) / step + 1.0
    i0 = np.minimum(np.maximum(np.floor(pos).astype(np.int64), 0), n - 2)
    lo = int(i0.min())
    w = np.zeros((pos.size, int(i0.max()) - lo + 2))
    idx = np.arange(pos.size)
    t = pos - i0
    w[idx, i0 - lo] = 1.0 - t
    w[idx, i0 - lo + 1] = t
    return w, lo


def _radians_per_unit(crs):
    """Radians per angular unit of a geographic CRS (degrees almost always)."""
    try:
        factor = crs.axis_info[0].unit_conversion_factor
    except (IndexError, AttributeError):
        factor = None
    return factor if factor else math.pi / 180.0


@functools.lru_cache(maxsize=8)
def _jacobian_transformers(crs):
    geod = crs.geodetic_crs
    return (Transformer.from_crs(crs, geod, always_xy=True), Transformer.from_crs(geod, crs, always_xy=True),
            _radians_per_unit(geod))


def areal_factor(crs, x, y):
    """Ellipsoidal m² per CRS unit² at projected points: M N cos φ / |∂(x, y)/∂(λ, φ)|.

    The Jacobian is the CRS's own forward transform from its geodetic CRS, by
    central differences, so the factor is against the datum's ellipsoid even
    where PROJ projects from a sphere, and it carries the CRS's length unit.
    NaN where the CRS cannot transform the point.
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    to_ll, fwd, rad = _jacobian_transformers(crs)
    h = math.radians(JACOBIAN_STEP_DEG) / rad
    pole = 0.5 * math.pi / rad
    lon, lat = to_ll.transform(x.ravel(), y.ravel(), errcheck=False)
    lon = np.asarray(lon)
    lat = np.asarray(lat)
    north = np.minimum(lat + h, pole)
    south = np.maximum(lat - h, -pole)
    xe, ye = fwd.transform(lon + h, lat, errcheck=False)
    xw, yw = fwd.transform(lon - h, lat, errcheck=False)
    xn, yn = fwd.transform(lon, north, errcheck=False)
    xs, ys = fwd.transform(lon, south, errcheck=False)
    with np.errstate(divide="ignore", invalid="ignore"):
        jac = ((np.asarray(xe) - xw) * (np.asarray(yn) - ys) - (np.asarray(xn) - xs) * (np.asarray(ye) - yw)) \
            / (2.0 * h * rad * (north - south) * rad)
        ell = crs.ellipsoid
        a = ell.semi_major_metre
        f = 1.0 / ell.inverse_flattening if ell.inverse_flattening else 0.0
        e2 = f * (2.0 - f)
        phi = lat * rad
        w = 1.0 - e2 * np.sin(phi) ** 2
        mn_cos = a * a * (1.0 - e2) / w ** 2 * np.cos(phi)
        factor = mn_cos / np.abs(jac)
    factor[~np.isfinite(factor) | (factor <= 0)] = np.nan
    return factor.reshape(x.shape)


def _fill_missing(factor, crs, until=None):
    """Nodes the CRS cannot transform (beyond the projection's edge, a pole) take their neighbours' factor.

    Returns the filled nodes and the fill round in which each node was filled (0: it had a factor), stopping
    once the nodes ``until`` (an index, default all) are filled."""
    bad = ~np.isfinite(factor)
    rounds = np.zeros(factor.shape, dtype=np.int64)
    if not bad.any():
        return factor, rounds
    if bad.all():
        raise InputError(
            "The raster's CRS ({crs}) gives no valid area scale over the raster; "
            "reproject the habitat raster to a projected or geographic CRS that covers it.",
            crs=crs.to_string())
    out = factor.copy()
    k = 0
    until = (slice(None),) if until is None else until
    while bad[until].any():
        k += 1
        total = np.zeros_like(out)
        count = np.zeros_like(out)
        good = np.where(bad, 0.0, out)
        for axis in (0, 1):
            for shift in (1, -1):
                total += np.roll(good, shift, axis)
                count += np.roll(~bad, shift, axis)
        fill = bad & (count > 0)
        out[fill] = total[fill] / count[fill]
        rounds[fill] = k
        bad = bad & ~fill
    return out, rounds


def _max_rel_diff(lattice, axis):
    d = np.abs(np.diff(lattice, axis=axis)) / lattice.take(np.arange(lattice.shape[axis] - 1), axis=axis)
    return float(np.nanmax(d)) if d.size else 0.0


def _bilinear(wr, sub, wc):
    """Bilinear interpolation of lattice nodes ``sub`` with row and column weights (see ``_weights``).

    Written as Wr @ L @ Wc.T on the few lattice nodes the window needs, which
    is exact bilinear interpolation at a fraction of the cost of gathers.
    """
    return wr @ sub @ wc.T


def open_grid(path, band=1):
    """Open a class raster and check it can be used for exact area accounting."""
    try:
        ds = gdal.Open(str(path))
    except RuntimeError as exc:
        raise InputError("Cannot open the raster {path}: {error}", path=path, error=str(exc)) from None
    if band < 1 or band > ds.RasterCount:
        raise InputError("The raster {path} has {count} band(s); band {band} does not exist.",
                         path=path, count=ds.RasterCount, band=band)
    b = ds.GetRasterBand(band)
    if b.DataType not in INTEGER_TYPES:
        raise InputError(
            "The habitat raster must hold integer class values, but band {band} of {path} is {dtype}. "
            "Convert it to an integer type (for example with gdal_translate -ot Byte) or use a class map.",
            band=band, path=path, dtype=gdal.GetDataTypeName(b.DataType))
    wkt = ds.GetProjection()
    gt = ds.GetGeoTransform(can_return_null=True)
    if gt is None and ds.GetGCPCount() > 0:
        raise InputError(
            "The raster {path} is georeferenced only by {n} ground control points (GCPs), not by a regular grid, "
            "so its cells have no fixed position or size. Warp it onto a grid first, for example "
            "gdalwarp -r near {path} warped.tif (nearest neighbour keeps the class values; add -t_srs EPSG:<code> "
            "to choose the grid's CRS; in QGIS: Raster > Projections > Warp), and run on the warped raster.",
            path=path, n=ds.GetGCPCount())
    if not wkt:
        raise InputError("The raster {path} has no coordinate reference system. "
                         "Assign one (Raster > Projections > Assign Projection) and run again.", path=path)
    if gt is None:
        raise InputError("The raster {path} has a coordinate reference system but no georeferencing (no "
                         "geotransform): its cells have no position. Georeference it, or warp it with gdalwarp, "
                         "and run again.", path=path)
    if gt[2] != 0 or gt[4] != 0:
        raise InputError("The raster {path} is rotated or sheared; warp it to a north-up grid first "
                         "(gdalwarp).", path=path)
    if gt[5] > 0:
        raise InputError("The raster {path} is stored south-up; warp it to a north-up grid first.", path=path)
    if gt[1] < 0:
        raise InputError("The raster {path} has a negative pixel width (its columns run from east to west); "
                         "warp it to a north-up grid first (gdalwarp {path} north_up.tif).", path=path)
    if gt[1] == 0 or gt[5] == 0:
        raise InputError("The raster {path} has a pixel size of zero in its geotransform; fix its "
                         "georeferencing and run again.", path=path)
    crs = CRS.from_wkt(wkt)
    flags = b.GetMaskFlags()
    mask = ""
    if not flags & (gdal.GMF_ALL_VALID | gdal.GMF_NODATA):
        mask = "alpha band" if flags & gdal.GMF_ALPHA else "mask band"
    # workers (other processes, other folders) open the raster again: keep a local path absolute
    path = os.path.abspath(path) if os.path.exists(str(path)) else str(path)
    return RasterGrid(path=path, band=band, width=ds.RasterXSize, height=ds.RasterYSize,
                      x0=gt[0], dx=gt[1], y0=gt[3], dy=gt[5], nodata=b.GetNoDataValue(),
                      crs=crs, block=tuple(b.GetBlockSize()), mask=mask)
