"""Carbon stock change over time: InVEST Coastal Blue Carbon (natcap.invest 3.14) on any grid, per polygon.

Land-cover snapshots s_0 (baseline) < s_1 < ... < s_m and an analysis year A >= s_m. Per pixel and pool
p (biomass, soil), year by year (stocks S_t are those at the very start of year t):

- baseline period [s_0, s_1): every pixel accumulates the yearly rate of its baseline class;
- at a snapshot s_k, the transition (class at s_{k-1} -> class at s_k) read from the transition table:
  ``accum``: A_p = yearly accumulation of the destination class;
  ``*-impact-disturb``: the disturbed volume D_p = S_{p,s_k} x M_p (M_p: the source class's fraction for that
  impact) is emitted as E_{p,t} = D_p (0.5^((t - s_k)/H_p) - 0.5^((t - s_k + 1)/H_p)) in year t >= s_k (H_p: the
  source class's half-life; for H = 0 see below);
  ``NCC``: no accumulation and no new disturbance;
- net sequestration N_{p,t} = A_p or -E_{p,t}; S_{p,t+1} = S_{p,t} + N_{p,t}.

Two readings of the model exist, selectable with ``method``:

``guide`` (default) follows the equations of the InVEST User's Guide: a pixel either accumulates or emits,
as its most recent transition says (an ``accum`` transition ends the emissions of an earlier disturbance, NCC
keeps them going, with the half-life of the class that was disturbed); litter accumulates linearly from
``litter-initial`` at the current class's ``litter-yearly-accumulation`` and is part of the stock, the
accumulation and the net sequestration; net sequestration = accumulation - emissions in every period and
stock(end) - stock(start) = net sequestration; the net present value is
V_T = sum_{t=s_0}^{T-1} p_t N_t / (1 + d)^(t - s_0) with N_t the yearly change of the biomass and soil stocks.

``invest`` reproduces natcap.invest 3.14.2's code exactly: the litter stock is the current class's
``litter-yearly-accumulation`` (``litter-initial`` is not used); litter counts in net sequestration in the
baseline period only, but in the accumulation rasters of every period; a pixel with non-zero emissions in a
year does not accumulate in that year; at each snapshot the half-life becomes that of the class before the
snapshot even if the pixel was disturbed earlier; NPV_T = (net sequestration s_0..T) x
sum_{t=s_0}^{T-1} p_t / (1 + d)^(t - s_0).

A half-life of 0 has two readings, and a table that gives it to a pool disturbed in the run (a non-zero
disturbed fraction in a transition that occurs) is refused unless ``half_life_zero`` says which: ``never``:
the disturbed carbon is never emitted (InVEST's convention: natcap.invest skips the pixel); ``instant``: all
of D_p is emitted in the year of the transition s_k, the limit of E_{p,t} as H_p -> 0 (0.5^(0/H) -
0.5^(1/H) -> 1 in year s_k, 0 after). Both readings of the model take either.

Every pixel with the same sequence of classes has the same results per hectare, so the model runs once per
class trajectory (the distinct sequences that occur) and the rasters and per-polygon totals are written from
those results, block by block: memory does not grow with the raster.
"""
import math
import os
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal

from ..errors import Canceled, InputError, N_, Part
from ..raster.grid import open_grid
from ..raster.rasterout import FLOAT_NODATA, OutputRaster, bounded_block_cache, strips
from .invest_tables import ACCUM, KINDS, NCC, POOLS
from .montecarlo import draw, interval

CHANGE_CELLS_PER_SECOND = 7e6  # one core, cells x snapshots per second of one pass (benchmark machine)

GUIDE, INVEST = "guide", "invest"
HL_REFUSE, HL_NEVER, HL_INSTANT = "refuse", "never", "instant"  # what a half-life of 0 means (module docstring)
HALF_LIFE_ZERO = (HL_REFUSE, HL_NEVER, HL_INSTANT)
M2_PER_HA = 10_000.0
_KIND_CODE = {ACCUM: 1, NCC: 2, KINDS[0]: 3, KINDS[1]: 4, KINDS[2]: 5}
PARAMS = ("biomass-initial", "soil-initial", "litter-initial", "biomass-half-life", "soil-half-life",
          "biomass-yearly-accumulation", "soil-yearly-accumulation", "litter-yearly-accumulation") + tuple(
    "{}-{}".format(p, k) for p in POOLS for k in KINDS)


@dataclass
class ChangeModel:
    years: list          # snapshot years, ascending
    paths: list          # class raster per snapshot
    bio: object          # invest_tables.Biophysical
    transitions: dict    # {(from code, to code): kind}
    analysis_year: int
    prices: dict = None  # {year: price}; None: no valuation
    discount_pct: float = 0.0
    method: str = GUIDE
    factor: float = 1.0  # multiplies every stock and rate of the table (44/12 for a table in carbon)
    grids: list = field(default_factory=list)
    class_codes: object = None  # codes indexed by the trajectories' class positions (set by run_trajectories)
    half_life_zero: str = HL_REFUSE  # one of HALF_LIFE_ZERO

    @property
    def transition_years(self):
        return self.years[1:]

    @property
    def report_years(self):
        """Years with a stock raster: the snapshots and the analysis year."""
        ys = list(self.years)
        if self.analysis_year > ys[-1] or len(ys) == 1:
            ys.append(self.analysis_year)
        return ys

    @property
    def periods(self):
        ys = self.report_years
        return list(zip(ys[:-1], ys[1:]))


def snapshot_grids(snapshots, least=1):
    """Years and grids of [(year, class raster)]: at least ``least`` snapshots, years unique and increasing,
    every raster an integer class raster on the first one's grid (nothing is read from the rasters yet)."""
    years = [int(y) for y, _ in snapshots]
    if not years:
        raise InputError("No land-cover snapshot was given; give at least one class raster with its year.")
    if len(years) < least:
        raise InputError("Only one class map ({year}) was given; a transition needs maps of at least two dates. "
                         "Add the map of another date with its year.", year=years[0])
    if len(set(years)) != len(years):
        dup = sorted({y for y in years if years.count(y) > 1})
        raise InputError("The snapshot year(s) {years} appear more than once; each snapshot needs its own year.",
                         years=", ".join(map(str, dup)))
    if years != sorted(years):
        raise InputError("The snapshot years {years} are not in increasing order; list the snapshots from the "
                         "oldest to the newest.", years=", ".join(map(str, years)))
    grids = [open_grid(p) for _, p in snapshots]
    for year, g in zip(years[1:], grids[1:]):
        check_grid(g, year, grids[0], years[0])
    return years, grids


def check_grid(g, year, first, base):
    """Refuses the grid ``g`` of the ``year`` snapshot unless it is the grid ``first`` of the ``base`` snapshot,
    saying how to align it."""
    if (g.width, g.height) != (first.width, first.height):
        what = N_("it is {w} x {h} pixels, the {base} snapshot {w0} x {h0}")
    elif not g.crs.equals(first.crs):
        what = N_("its CRS differs from that of the {base} snapshot")
    elif not all(math.isclose(a, b, rel_tol=0, abs_tol=1e-9 * max(1.0, abs(b)))
                 for a, b in zip((g.x0, g.dx, g.y0, g.dy), (first.x0, first.dx, first.y0, first.dy))):
        what = N_("it has the same size but another origin or pixel size than the {base} snapshot")
    else:
        return
    xmin, ymin, xmax, ymax = first.bounds
    raise InputError("The {year} snapshot ({path}) is not on the grid of the {base} snapshot ({base_path}): "
                     "{what}. All snapshots must share one grid. Align it onto the {base} grid with nearest "
                     "neighbour (classes stay classes), for example: gdalwarp -r near -t_srs \"{crs}\" -te "
                     "{xmin} {ymin} {xmax} {ymax} -tr {dx} {dy} {path} {year}_aligned.tif (in QGIS: Raster › "
                     "Projections › Warp, with that extent and resolution), and run again with the aligned map.",
                     year=year, path=g.path, base=base, base_path=first.path,
                     what=Part(what, w=g.width, h=g.height, base=base, w0=first.width, h0=first.height),
                     crs=first.crs.to_string(), xmin=_num(xmin), ymin=_num(ymin), xmax=_num(xmax),
                     ymax=_num(ymax), dx=_num(abs(first.dx)), dy=_num(abs(first.dy)))


def _num(value):
    return "{:.12g}".format(value)


def prepare(snapshots, bio, transitions, analysis_year=None, prices=None, discount_pct=0.0, method=GUIDE,
            factor=1.0, half_life_zero=HL_REFUSE):
    """Checks years and grids, and returns a ChangeModel (nothing is read from the rasters yet).
    ``half_life_zero``: what a half-life of 0 means (HALF_LIFE_ZERO; the module docstring)."""
    if half_life_zero not in HALF_LIFE_ZERO:
        raise ValueError("half_life_zero must be one of {}".format(HALF_LIFE_ZERO))
    years, grids = snapshot_grids(snapshots)
    if analysis_year is None:
        analysis_year = years[-1]
    analysis_year = int(analysis_year)
    if analysis_year < years[-1]:
        raise InputError("The analysis year {year} is before the last snapshot ({last}); give an analysis year "
                         "of {last} or later, or leave it empty.", year=analysis_year, last=years[-1])
    if len(years) == 1 and analysis_year <= years[0]:
        raise InputError("With a single snapshot ({year}) an analysis year after it is needed.", year=years[0])
    model = ChangeModel(years=years, paths=[p for _, p in snapshots], bio=bio, transitions=dict(transitions),
                        analysis_year=analysis_year, prices=prices, discount_pct=float(discount_pct),
                        method=method, factor=float(factor), half_life_zero=half_life_zero)
    if prices is not None:
        need = [y for y in range(years[0], model.report_years[-1]) if y not in prices]
        if need:
            raise InputError("The price table has no price for the year(s) {years}; it needs every year from the "
                             "baseline {first} to {last}.", years=_years_text(need), first=years[0],
                             last=model.report_years[-1] - 1)
    model.grids = grids
    return model


def _years_text(years):
    return ", ".join(map(str, years[:8])) + (" ..." if len(years) > 8 else "")


# ---------------------------------------------------------------------------------------------- areas

def row_cell_areas(grid, r0, nrows):
    """Ellipsoidal area (m²) of every cell of rows r0..r0+nrows, from the grid's own area functions."""
    w = grid.band_weight(r0)(np.arange(nrows + 1, dtype=np.float64))
    areas = np.repeat(np.abs(np.diff(w))[:, None], grid.width, axis=1)
    factor = grid.cell_factor(0, r0, grid.width, nrows)
    return areas * factor if factor is not None else areas


# ---------------------------------------------------------------------------------------------- trajectories

@dataclass
class Trajectories:
    """Distinct class sequences of the pixels (rows of ``classes``), with pixel counts and areas."""
    keys: np.ndarray      # sorted int64 keys
    classes: np.ndarray   # (n, snapshots) class codes
    pixels: np.ndarray
    area_m2: np.ndarray
    nodata_pixels: int = 0
    partial_nodata_pixels: int = 0
    codes: np.ndarray = None  # class codes that occur, sorted
    encoder: object = None    # reads the snapshots' keys again for the output passes

    def pairs(self, k):
        """{(from, to): (pixels, m²)} of the transition at snapshot k (k >= 1)."""
        out = {}
        for row, n, a in zip(self.classes, self.pixels, self.area_m2):
            key = (int(row[k - 1]), int(row[k]))
            p, m = out.get(key, (0, 0.0))
            out[key] = (p + int(n), m + float(a))
        return out


class _Encoder:
    """Turns the classes of the snapshots into one int64 key per pixel (nodata in any snapshot: -1)."""

    def __init__(self, grids, opener=gdal.Open):
        self.grids = grids
        self.ds = [opener(g.path) for g in grids]
        self.bands = [d.GetRasterBand(g.band) for d, g in zip(self.ds, grids)]
        self.base = None
        self.codes = None

    def window(self, c0, r0, ncols, nrows, dtype=np.int64):
        """(the snapshots' classes in a window as ``dtype`` arrays (None: the rasters' own types), where each
        snapshot has no data: its nodata value, or cells hidden by its mask or alpha band)."""
        arrays, missing = [], []
        for g, b in zip(self.grids, self.bands):
            a = b.ReadAsArray(c0, r0, ncols, nrows)
            a = a.astype(dtype, copy=False) if dtype is not None else a
            nd = _nodata(g)
            m = (a == nd) if nd is not None else np.zeros(a.shape, bool)
            if g.mask:
                m |= b.GetMaskBand().ReadAsArray(c0, r0, ncols, nrows) == 0
            arrays.append(a)
            missing.append(m)
        return arrays, missing

    def window_keys(self, c0, r0, ncols, nrows, partial=False):
        """The trajectory key of every cell of a window (-1 where any snapshot has no data; with ``partial``,
        -1 where every snapshot has none and -2 where some have data and others not)."""
        arrays, missing = self.window(c0, r0, ncols, nrows)
        bad = np.logical_or.reduce(missing)
        key = self.keys(arrays, bad)
        if partial:
            key[bad & ~np.logical_and.reduce(missing)] = -2
        return key

    def set_codes(self, codes):
        self.codes = np.asarray(sorted(codes), dtype=np.int64)
        self.base = self.codes.size + 1
        if self.base ** len(self.grids) >= 2 ** 62:
            raise InputError("{n} classes over {k} snapshots are too many combinations to track; merge classes or "
                             "use fewer snapshots.", n=self.codes.size, k=len(self.grids))

    def keys(self, arrays, bad):
        key = np.zeros(arrays[0].shape, np.int64)
        for a in arrays:
            idx = np.searchsorted(self.codes, a)
            key = key * self.base + np.clip(idx, 0, self.codes.size - 1)
        key[bad] = -1
        return key

    def decode(self, keys):
        out = np.empty((keys.size, len(self.grids)), np.int64)
        k = keys.copy()
        for j in range(len(self.grids) - 1, -1, -1):
            out[:, j] = self.codes[k % self.base]
            k //= self.base
        return out


def _encoder(grids, codes=None):
    """An encoder on files kept open in this process (a worker reads many strips of them)."""
    from ..raster.executor import open_cached

    enc = _Encoder(grids, opener=open_cached)
    if codes is not None:
        enc.set_codes(codes)
    return enc


def _scan_codes(strip, grids):
    """The classes, nodata pixels and partly-nodata pixels of one strip."""
    r0, n = strip
    arrays, missing = _encoder(grids).window(0, r0, grids[0].width, n)
    bad = np.logical_or.reduce(missing)
    anyok = ~np.logical_and.reduce(missing)
    codes = set()
    for a, m in zip(arrays, missing):
        codes.update(np.unique(a[~m]).tolist())
    return codes, int(bad.sum()), int((bad & anyok).sum())


def _scan_sums(strip, grids, codes):
    """The trajectory keys of one strip with their pixel counts and areas."""
    r0, n = strip
    key = _encoder(grids, codes).window_keys(0, r0, grids[0].width, n)
    area = row_cell_areas(grids[0], r0, n)
    ok = key >= 0
    uniq, inv = np.unique(key[ok], return_inverse=True)
    return uniq, np.bincount(inv), np.bincount(inv, weights=area[ok])


def _in_order(executor, fn, strips, shared, cells, progress, is_canceled):
    """fn(strip, *shared) for each strip on the executor, the results in the strips' order."""
    from ..raster.executor import run_strips

    got = {}
    run_strips(executor, fn, strips, shared, lambda strip, res: got.__setitem__(strip, res), cells=cells,
               cells_per_second=CHANGE_CELLS_PER_SECOND, progress=progress, is_canceled=is_canceled)
    return [got[strip] for strip in strips]


def scan(model, *, progress=None, is_canceled=None, executor=None):
    """Pass 1: the classes that occur and the class trajectories, with pixel counts and areas. The strips are
    added up in their order whatever the executor, so the sums are the same."""
    g = model.grids[0]
    rows = list(strips(g.height, g.width))
    cells = g.width * g.height * len(model.grids)
    half = (lambda a: (lambda f: progress(a + 0.5 * f))) if progress else (lambda a: None)
    codes = set()
    nodata = partial = 0
    with bounded_block_cache():
        for c, nd, pa in _in_order(executor, _scan_codes, rows, (model.grids,), cells, half(0.0), is_canceled):
            codes.update(c)
            nodata += nd
            partial += pa
        enc = _Encoder(model.grids)
        enc.set_codes(codes or {0})
        sums = {}
        for uniq, cnt, am in _in_order(executor, _scan_sums, rows, (model.grids, enc.codes.tolist()), cells,
                                       half(0.5), is_canceled):
            for k, c, a in zip(uniq.tolist(), cnt.tolist(), am.tolist()):
                p, m = sums.get(k, (0, 0.0))
                sums[k] = (p + c, m + a)
    keys = np.asarray(sorted(sums), dtype=np.int64)
    traj = Trajectories(keys=keys, classes=enc.decode(keys) if keys.size else np.zeros((0, len(model.grids)), np.int64),
                        pixels=np.array([sums[k][0] for k in keys.tolist()], np.int64),
                        area_m2=np.array([sums[k][1] for k in keys.tolist()], np.float64),
                        nodata_pixels=nodata, partial_nodata_pixels=partial,
                        codes=np.asarray(sorted(codes), np.int64), encoder=enc)
    return traj


def _nodata(grid):
    nd = grid.nodata
    if nd is None or (isinstance(nd, float) and math.isnan(nd)):
        return None
    return int(nd)


def _check_cancel(is_canceled):
    if is_canceled is not None and is_canceled():
        raise Canceled()


def check(model, traj):
    """Refuses classes missing from the biophysical table and transitions missing from the transition table."""
    names = {c: model.bio.classes[c].name for c in model.bio.classes}
    present = set(traj.classes.ravel().tolist()) if traj.classes.size else set()
    missing = sorted(present - set(model.bio.classes))
    if missing:
        counts = {c: int(traj.pixels[(traj.classes == c).any(axis=1)].sum()) for c in missing}
        raise InputError("The snapshots have class(es) {classes} that the biophysical table {path} lacks; add a row "
                         "for each (code, lulc-class and the pool columns).",
                         classes=", ".join("{} ({} pixels)".format(c, counts[c]) for c in missing),
                         path=model.bio.path)
    for k in range(1, len(model.years)):
        for (a, b), (n, _) in sorted(traj.pairs(k).items()):
            if (a, b) not in model.transitions:
                raise InputError("The transition {src} -> {dst} (codes {a} -> {b}) occurs on {n} pixels between "
                                 "{y0} and {y1}, but its cell in the transition table is empty. Fill it with accum, "
                                 "low-impact-disturb, med-impact-disturb, high-impact-disturb or NCC (the "
                                 "transition template lists every pair that occurs).", src=names[a], dst=names[b],
                                 a=a, b=b, n=n, y0=model.years[k - 1], y1=model.years[k])
    check_half_lives(model, traj)


def check_half_lives(model, traj):
    """Refuses a half-life of 0 for carbon disturbed in the run unless the model says what 0 means."""
    zero = zero_half_lives(model, traj)
    if zero and model.half_life_zero == HL_REFUSE:
        raise InputError("The biophysical table {path} gives a half-life of 0 to carbon that is disturbed in this "
                         "run: {cases}. A half-life of 0 has two meanings: in InVEST the disturbed carbon is never "
                         "emitted; as the limit of a very short half-life, all of it is emitted at once, in the year "
                         "of the transition. Say which with the parameter 'A half-life of 0 means' "
                         "(HALF_LIFE_ZERO): never emitted (InVEST) or emitted at once; or give the half-life in "
                         "years.", path=model.bio.path, cases=_zero_text(zero))


def zero_half_lives(model, traj):
    """[(from class, to class, pool, kind, fraction, pixels, start year, end year)] of the disturbances that occur
    where the source class's half-life of the pool is 0 and its disturbed fraction is not."""
    out = []
    for k in range(1, len(model.years)):
        for (a, b), (n, _) in sorted(traj.pairs(k).items()):
            kind = model.transitions.get((a, b))
            if kind not in KINDS:
                continue
            values = model.bio.classes[a].values
            for p in POOLS:
                fraction = values["{}-{}".format(p, kind)]
                if values[p + "-half-life"] == 0 and fraction > 0:
                    out.append((model.bio.classes[a].name, model.bio.classes[b].name, p, kind, fraction, n,
                                model.years[k - 1], model.years[k]))
    return out


def half_life_warnings(model, traj):
    """[(template, fields)]: how a half-life of 0 was read, where one applies."""
    zero = zero_half_lives(model, traj) if model.half_life_zero != HL_REFUSE else []
    if not zero:
        return []
    return [(N_("A half-life of 0 is read as never emitted (InVEST's convention) for: {cases}.")
             if model.half_life_zero == HL_NEVER else
             N_("A half-life of 0 is read as emitted at once, in the year of the transition, for: {cases}."),
             dict(cases=_zero_text(zero)))]


def _zero_text(zero):
    """The cases of zero_half_lives as one line: the table cell and the transitions it applies to."""
    return "; ".join("{0} {2}-half-life = 0 ({0} -> {1} {6}-{7}: {3}, {2}-{3} = {4:g}, {5} pixels)".format(*z)
                     for z in zero)


# ---------------------------------------------------------------------------------------------- the model

def class_params(model, codes):
    """{parameter: array over ``codes``} of the table's values (x factor for stocks and rates)."""
    out = {}
    for p in PARAMS:
        scale = model.factor if ("initial" in p or "accumulation" in p) else 1.0
        out[p] = np.array([model.bio.classes[int(c)].values[p] * scale for c in codes], np.float64)
    return out


def draw_params(model, codes, iterations, seed):
    """Monte Carlo draws of every bounded parameter: {parameter: (classes, iterations)}; one draw per class and
    parameter per iteration, in the order of the table's codes."""
    rng = np.random.default_rng(seed)
    per_code = {}
    for c in sorted(model.bio.classes):
        row = model.bio.classes[c]
        per_code[c] = {}
        for p in PARAMS:
            scale = model.factor if ("initial" in p or "accumulation" in p) else 1.0
            d = draw(row.values[p], row.lo.get(p), row.hi.get(p), iterations, rng)
            if "disturb" in p:
                d = np.clip(d, 0.0, 1.0)
            per_code[c][p] = d * scale
    return {p: np.vstack([per_code[int(c)][p] for c in codes]) for p in PARAMS}


@dataclass
class Results:
    """Per trajectory (rows) and draw (columns) results per hectare."""
    stocks: dict         # year -> total stock
    accumulation: list   # per period
    emissions: list
    net: list
    npv: list            # per period end (None without valuation)
    yearly: list = None  # net sequestration of each year from the baseline year to the analysis year - 1
    yearly_soil: list = None  # the soil pool's part of it (accumulation - emissions of soil carbon)

    @property
    def total_net(self):
        return sum(self.net)


def simulate(model, classes, params):
    """Runs the model for trajectories ``classes`` (n, snapshots) with ``params`` {name: (ncodes, m)} indexed by
    the class's position in ``codes`` (``classes`` hold those positions). Returns Results of (n, m) arrays."""
    invest = model.method == INVEST
    n = classes.shape[0]
    m = next(iter(params.values())).shape[1]

    def par(name, k):
        return params[name][classes[:, k]]

    years = model.years
    b, A = years[0], model.analysis_year
    ends = [e for _, e in model.periods]
    stocks, acc, emi, net = {}, [], [], []
    zeros = np.zeros((n, m))
    S = {p: par(p + "-initial", 0).copy() for p in POOLS}
    r = {p: par(p + "-yearly-accumulation", 0) for p in POOLS}
    r_l = par("litter-yearly-accumulation", 0)
    litter = r_l.copy() if invest else par("litter-initial", 0).copy()
    stocks[b] = S["biomass"] + S["soil"] + litter
    D = {p: zeros.copy() for p in POOLS}
    ydist = {p: np.full((n, m), np.nan) for p in POOLS}
    H = {p: zeros.copy() for p in POOLS}
    emitting = {p: np.zeros((n, m), bool) for p in POOLS}
    yearly_bs = []  # biomass + soil net per year (guide NPV)
    yearly_net = []
    yearly_soil = []
    p_acc = zeros.copy()
    p_emi = zeros.copy()
    p_net = zeros.copy()
    for y in range(b, A):
        if y in years[1:]:
            k = years.index(y)
            kind = _kind_matrix(model, classes, k)
            c_prev, c_new = k - 1, k
            disturb = np.broadcast_to((kind >= 3)[:, None], (n, m))
            is_acc = np.broadcast_to((kind == 1)[:, None], (n, m))
            for p in POOLS:
                mag = zeros.copy()
                for name, code in ((KINDS[0], 3), (KINDS[1], 4), (KINDS[2], 5)):
                    sel = kind == code
                    if sel.any():
                        mag[sel] = par("{}-{}".format(p, name), c_prev)[sel]
                hl = par(p + "-half-life", c_prev)
                # InVEST tracks a disturbance only where its fraction is non-zero and takes the half-life of the
                # class before every snapshot; the Guide's disturbance is the transition itself.
                hit = (mag != 0) if invest else disturb
                D[p] = np.where(hit, mag * S[p], D[p])
                ydist[p] = np.where(hit, float(y), ydist[p])
                H[p] = hl if invest else np.where(hit, hl, H[p])
                emitting[p] = np.where(disturb, True, np.where(is_acc, False, emitting[p]))
                r[p] = np.where(is_acc, par(p + "-yearly-accumulation", c_new), 0.0)
            r_l = par("litter-yearly-accumulation", c_new)
            if invest:
                litter = r_l
            stocks[y] = S["biomass"] + S["soil"] + litter
        baseline = len(years) == 1 or y < years[1]
        total_bs = zeros.copy()
        year_emi = zeros.copy()
        year_acc = zeros.copy()
        for p in POOLS:
            if baseline:
                e, a = zeros, r[p]
            else:
                e = _emissions(D[p], ydist[p], H[p], y, model.half_life_zero == HL_INSTANT)
                if invest:
                    a = np.where(np.isclose(e, 0.0), r[p], 0.0)  # emissions take precedence
                else:
                    e = np.where(emitting[p], e, 0.0)
                    a = np.where(emitting[p], 0.0, r[p])
            S[p] = S[p] + a - e
            total_bs += a - e
            year_emi += e
            year_acc += a
        yearly_bs.append(total_bs)
        yearly_soil.append(a - e)  # the last pool of POOLS is soil
        if invest:
            year_net = total_bs + (r_l if baseline else 0.0)
            # InVEST's accumulation rasters count the rates set at the period's start for every year, litter
            # included, whether or not the pixel emitted
            year_acc = r["biomass"] + r["soil"] + r_l
        else:
            litter = litter + r_l
            year_net = total_bs + r_l
            year_acc = year_acc + r_l
        p_acc += year_acc
        p_emi += year_emi
        p_net += year_net
        yearly_net.append(year_net)
        if y + 1 in ends:
            acc.append(p_acc)
            emi.append(p_emi)
            net.append(p_net)
            p_acc, p_emi, p_net = zeros.copy(), zeros.copy(), zeros.copy()
    if A in years[1:]:
        k = years.index(A)
        r_l = par("litter-yearly-accumulation", k)
        if invest:
            litter = r_l
    stocks[A] = S["biomass"] + S["soil"] + litter
    npv = _npv(model, net, yearly_bs) if model.prices is not None else None
    return Results(stocks=stocks, accumulation=acc, emissions=emi, net=net, npv=npv, yearly=yearly_net,
                   yearly_soil=yearly_soil)


def _kind_matrix(model, classes, k):
    """Transition kind code of each trajectory at snapshot k (0: empty cell)."""
    codes = model.class_codes
    out = np.zeros(classes.shape[0], np.int64)
    for i, (a, b) in enumerate(zip(classes[:, k - 1], classes[:, k])):
        out[i] = _KIND_CODE.get(model.transitions.get((int(codes[a]), int(codes[b]))), 0)
    return out


def _emissions(D, ydist, H, y, instant=False):
    """Emissions in year y of the disturbances of year ydist; H = 0: none, or (``instant``) all of D in year
    ydist, the formula's limit as H -> 0."""
    with np.errstate(invalid="ignore", divide="ignore"):
        t = y - ydist
        e = D * (0.5 ** (t / H) - 0.5 ** ((t + 1) / H))
    zero = np.isclose(H, 0.0)
    e = np.where(np.isfinite(ydist) & ~zero, e, 0.0)
    return np.where(zero & (ydist == y), D, e) if instant else e


def _npv(model, net, yearly_bs):
    b = model.years[0]
    d = model.discount_pct * 0.01
    out = []
    cum = 0.0
    for (start, end), n in zip(model.periods, net):
        if model.method == INVEST:
            cum = cum + n
            factor = sum(model.prices[t] / (1 + d) ** (t - b) for t in range(b, end))
            out.append(cum * factor)
        else:
            out.append(sum(model.prices[t] * yearly_bs[t - b] / (1 + d) ** (t - b) for t in range(b, end)))
    return out


MC_CELLS = 1_000_000  # trajectories x iterations held at once by the Monte Carlo run


def run_trajectories(model, traj, *, iterations=0, seed=1):
    """Deterministic Results (m = 1), Monte Carlo Results (m = iterations, or None) and the iterations run.

    The Monte Carlo arrays hold every trajectory x iteration for every year, so iterations are capped at
    MC_CELLS / trajectories (at least 50); the caller says so when it happens."""
    codes = np.unique(traj.classes) if traj.classes.size else np.zeros(1, np.int64)
    model.class_codes = codes
    pos = np.searchsorted(codes, traj.classes) if traj.classes.size else np.zeros((0, len(model.years)), np.int64)
    det_params = {k: v[:, None] for k, v in class_params(model, codes).items()}
    det = simulate(model, pos, det_params)
    mc = None
    bounded = any(c.lo for c in model.bio.classes.values())
    if iterations and iterations > 0 and traj.classes.size and bounded:
        iterations = min(iterations, max(50, MC_CELLS // traj.classes.shape[0]))
        mc = simulate(model, pos, draw_params(model, codes, iterations, seed))
    return det, mc, iterations


# ---------------------------------------------------------------------------------------------- outputs

def raster_names(model):
    """[(output file name, label, getter(Results) -> (n, m) array)] named as InVEST names them."""
    out = [("carbon-stock-at-{}.tif".format(y), N_("Carbon stock at {year}"), (lambda r, y=y: r.stocks[y]),
            dict(year=y)) for y in model.report_years]
    for i, (s, e) in enumerate(model.periods):
        out.append(("carbon-accumulation-between-{}-and-{}.tif".format(s, e), N_("Accumulation {start}-{end}"),
                    (lambda r, i=i: r.accumulation[i]), dict(start=s, end=e)))
        out.append(("carbon-emissions-between-{}-and-{}.tif".format(s, e), N_("Emissions {start}-{end}"),
                    (lambda r, i=i: r.emissions[i]), dict(start=s, end=e)))
        out.append(("total-net-carbon-sequestration-between-{}-and-{}.tif".format(s, e),
                    N_("Net sequestration {start}-{end}"), (lambda r, i=i: r.net[i]), dict(start=s, end=e)))
    out.append(("total-net-carbon-sequestration.tif", N_("Total net sequestration"), lambda r: r.total_net, {}))
    if model.prices is not None:
        for i, (_, e) in enumerate(model.periods):
            out.append(("net-present-value-at-{}.tif".format(e), N_("Net present value at {year}"),
                        (lambda r, i=i: r.npv[i]), dict(year=e)))
    return out


def _raster_strip(strip, grids, codes, keys, values):
    """The output blocks (float32) of one strip."""
    r0, n = strip
    key = _encoder(grids, codes).window_keys(0, r0, grids[0].width, n)
    ok = key >= 0
    idx = np.searchsorted(keys, key[ok])
    blocks = []
    for v in values:
        block = np.full(key.shape, FLOAT_NODATA, np.float32)
        block[ok] = v[idx]
        blocks.append(block)
    return blocks


def write_rasters(model, traj, det, folder, *, progress=None, is_canceled=None, executor=None):
    """Pass 2: one float32 GeoTIFF per output (Mg CO2e/ha, NPV per ha), block by block; returns the paths."""
    from ..raster.executor import run_strips

    os.makedirs(folder, exist_ok=True)
    g = model.grids[0]
    names = raster_names(model)
    values = [np.asarray(get(det))[:, 0].astype(np.float64) for _, _, get, _ in names]
    like = gdal.Open(g.path)
    paths = [os.path.join(folder, n) for n, _, _, _ in names]
    outs = [OutputRaster(like, p, 1, gdal.GDT_Float32, FLOAT_NODATA, descriptions=[os.path.splitext(n)[0]])
            for p, (n, _, _, _) in zip(paths, names)]

    def write(strip, blocks):
        for out, block in zip(outs, blocks):
            out.write(1, block, strip[0])

    try:
        with bounded_block_cache():
            run_strips(executor, _raster_strip, list(strips(g.height, g.width)),
                       (model.grids, traj.encoder.codes.tolist(), traj.keys, values), write,
                       cells=g.width * g.height * len(model.grids), cells_per_second=CHANGE_CELLS_PER_SECOND,
                       progress=progress, is_canceled=is_canceled)
        for out in outs:
            out.__exit__(None, None, None)
    except BaseException as exc:
        for out in outs:
            if out.ds is not None:
                out.__exit__(type(exc), exc, None)
        raise
    return paths


IN_PROCESS_PIECES = 64   # pieces of zone_trajectory_areas in process when polygons carry overlap partners


def _zone_areas_piece(piece, grids, codes, keys):
    """Per polygon of a piece (indices, WKBs, their overlap partners or None, the partners' WKBs not in the piece;
    see ``executor.zonal_areas``): (m² per trajectory, unmapped m², of which m² with data in some snapshots only,
    the same three of the ground it shares with its partners or None), measured by the plugin's one zonal code
    (raster/zonal.py) with the trajectory key of each cell in place of a class."""
    from shapely import wkb

    from ..raster.zonal import zonal_class_areas

    enc = _encoder(grids, codes)

    def read(c0, r0, ncols, nrows):
        key = enc.window_keys(c0, r0, ncols, nrows, partial=True)
        return key, key == -1

    def by_trajectory(z):
        lost = z.classes.pop(-2, 0.0)
        row = np.zeros(len(keys))
        if z.classes:
            found = np.fromiter(z.classes.keys(), np.int64, len(z.classes))
            m2 = np.fromiter(z.classes.values(), np.float64, len(z.classes))
            row += np.bincount(np.searchsorted(keys, found), weights=m2, minlength=len(keys))
        return row, z.unmapped_m2 + lost, lost

    _, wkbs, partners, others = piece
    zones = zonal_class_areas(grids[0], [wkb.loads(w) for w in wkbs], partners=partners,
                              others=[wkb.loads(w) for w in others], read=read)
    return [by_trajectory(z) + (None if z.shared is None else by_trajectory(z.shared),) for z in zones]


def zone_trajectory_areas(model, traj, geoms, *, progress=None, is_canceled=None, executor=None, partners=None):
    """(zones, trajectories) matrix of m², each zone's unmapped m² (nodata or outside the rasters) and the part
    of it that has data in some snapshots but not in all, from the exact cell coverage of raster/coverage.py.
    Each polygon is measured whole by one worker with the same code, so the numbers do not depend on the
    executor. ``model`` needs only its ``grids``. The fourth item: the same three of the ground each polygon
    shares with its ``partners`` (``zonal.overlap_partners``), measured with the polygon (zero where it has none,
    and everywhere without ``partners``)."""
    from ..raster.executor import ZONAL_CELLS_PER_SECOND, _boxes, _cells, _piece_of, run_strips, spatial_pieces

    g = model.grids[0]
    out = np.zeros((len(geoms), traj.keys.size))
    unmapped = np.zeros(len(geoms))
    lost = np.zeros(len(geoms))
    shared = (np.zeros_like(out), np.zeros_like(unmapped), np.zeros_like(lost))
    parallel = executor is not None and executor.kind != "inprocess"
    boxes = _boxes(geoms)
    # in process one polygon a piece, for progress; with partners, which a piece carries when they are not in it,
    # at most IN_PROCESS_PIECES pieces, so that a large partner (a project boundary round many plots) is carried
    # and prepared a bounded number of times
    n_pieces = executor.n_workers * 8 if parallel else \
        len(geoms) if partners is None else min(len(geoms), IN_PROCESS_PIECES)
    groups = spatial_pieces(geoms, n_pieces, abs(g.dx * g.dy), boxes)
    pieces = [(tuple(grp),) + _piece_of(geoms, grp, partners) for grp in groups]

    def write(piece, result):
        for i, (row, u, p, s) in zip(piece[0], result):
            out[i], unmapped[i], lost[i] = row, u, p
            if s is not None:
                shared[0][i], shared[1][i], shared[2][i] = s

    run_strips(executor, _zone_areas_piece, pieces, (model.grids, traj.encoder.codes.tolist(), traj.keys), write,
               cells=_cells(g, geoms, boxes) * len(model.grids), cells_per_second=ZONAL_CELLS_PER_SECOND,
               progress=progress, is_canceled=is_canceled, contiguous=False)  # pieces come largest first
    return out, unmapped, lost, shared


@dataclass
class ZoneRow:
    area_id: object
    period_start: int
    period_end: int
    values: dict  # field -> float


def zone_table(model, det, mc, zone_m2, zone_ids, unmapped_m2):
    """Rows (area, period) in t CO2e over each zone's exact area (the contract fields of OUTPUT_TABLE)."""
    ha = zone_m2 / M2_PER_HA
    rows = []
    for z, zid in enumerate(zone_ids):
        for i, (s, e) in enumerate(model.periods):
            v = {
                "area_ha": float(ha[z].sum()),
                "unmapped_ha": float(unmapped_m2[z] / M2_PER_HA),
                "stock_start_tco2e": float(ha[z] @ det.stocks[s][:, 0]),
                "stock_end_tco2e": float(ha[z] @ det.stocks[e][:, 0]),
                "accumulation_tco2e": float(ha[z] @ det.accumulation[i][:, 0]),
                "emissions_tco2e": float(ha[z] @ det.emissions[i][:, 0]),
                "net_sequestration_tco2e": float(ha[z] @ det.net[i][:, 0]),
                "npv": float(ha[z] @ det.npv[i][:, 0]) if det.npv is not None else None,
            }
            v["net_sequestration_tco2e_yr"] = v["net_sequestration_tco2e"] / (e - s)
            for name, arr in (("net_sequestration_tco2e", mc.net[i] if mc else None),
                              ("stock_end_tco2e", mc.stocks[e] if mc else None)):
                if arr is None:
                    v[name + "_lo"] = v[name + "_hi"] = None
                    continue
                lo, hi = interval(ha[z] @ arr)
                v[name + "_lo"] = float(min(lo, v[name]))
                v[name + "_hi"] = float(max(hi, v[name]))
            rows.append(ZoneRow(zid, s, e, v))
    return rows


def zone_yearly(model, det, mc, zone_m2, zone_ids):
    """[(area_id, year, net t CO2e, lo, hi)]: each year's net sequestration over each zone (the even spread of a
    period's total that the period table implies is not needed by a reader of this one)."""
    ha = zone_m2 / M2_PER_HA
    out = []
    for z, zid in enumerate(zone_ids):
        for k, year in enumerate(range(model.years[0], model.report_years[-1])):
            value = float(ha[z] @ det.yearly[k][:, 0])
            lo = hi = None
            if mc is not None:
                lo, hi = interval(ha[z] @ mc.yearly[k])
                lo, hi = float(min(lo, value)), float(max(hi, value))
            out.append((zid, year, value, lo, hi))
    return out


def map_totals(model, traj, det):
    """Whole-map totals (t CO2e) per period and the stock per report year."""
    ha = traj.area_m2 / M2_PER_HA
    return {
        "area_ha": float(ha.sum()),
        "stocks": {y: float(ha @ det.stocks[y][:, 0]) for y in model.report_years},
        "periods": [dict(start=s, end=e, accumulation=float(ha @ det.accumulation[i][:, 0]),
                         emissions=float(ha @ det.emissions[i][:, 0]), net=float(ha @ det.net[i][:, 0]),
                         npv=float(ha @ det.npv[i][:, 0]) if det.npv is not None else None)
                    for i, (s, e) in enumerate(model.periods)],
    }


def transition_summary(model, traj):
    """[(start, end, from code, to code, kind, pixels, ha)] of the transitions that occur."""
    out = []
    for k in range(1, len(model.years)):
        for (a, b), (n, m2) in sorted(traj.pairs(k).items()):
            out.append((model.years[k - 1], model.years[k], a, b, model.transitions.get((a, b), ""), n,
                        m2 / M2_PER_HA))
    return out


def carbon_change(model, *, folder=None, geoms=None, zone_ids=None, iterations=0, seed=1, progress=None,
                  is_canceled=None, executor=None):
    """The whole run: scan, check, model, rasters, per-zone rows. Returns a dict."""
    def step(a, b):
        return (lambda f: progress(a + (b - a) * f)) if progress else None

    traj = scan(model, progress=step(0.0, 0.3), is_canceled=is_canceled, executor=executor)
    check(model, traj)
    if traj.keys.size == 0:
        raise InputError("Every pixel is nodata in at least one snapshot; there is nothing to account for.")
    det, mc, ran = run_trajectories(model, traj, iterations=iterations, seed=seed)
    warnings = []
    if mc is not None and ran < iterations:
        warnings.append((N_("{n} class trajectories occur: the Monte Carlo run was cut from {asked} to {ran} "
                            "iterations to keep memory bounded."),
                         dict(n=traj.classes.shape[0], asked=iterations, ran=ran)))
    warnings.extend(half_life_warnings(model, traj))
    if traj.partial_nodata_pixels:
        warnings.append((N_("{n} pixels are nodata in some snapshots but not in others; they are left out of every "
                            "output (nodata), as a pixel needs a class at every snapshot."),
                         dict(n=traj.partial_nodata_pixels)))
    paths = write_rasters(model, traj, det, folder, progress=step(0.3, 0.8), is_canceled=is_canceled,
                          executor=executor) \
        if folder else []
    rows, yearly, zone_m2 = [], [], None
    if geoms is not None:
        zone_m2, unmapped, _, _ = zone_trajectory_areas(model, traj, geoms, progress=step(0.8, 1.0),
                                                     is_canceled=is_canceled, executor=executor)
        rows = zone_table(model, det, mc, zone_m2, zone_ids or list(range(1, len(geoms) + 1)), unmapped)
        yearly = zone_yearly(model, det, mc, zone_m2, zone_ids or list(range(1, len(geoms) + 1)))
        for zid, z, u in zip(zone_ids or range(1, len(geoms) + 1), zone_m2, unmapped):
            if z.sum() == 0:
                warnings.append((N_("Area {n} does not overlap any pixel that has a class in every snapshot; its "
                                    "totals are zero."), dict(n=zid)))
    return dict(traj=traj, det=det, mc=mc, paths=paths, rows=rows, yearly=yearly, zone_m2=zone_m2,
                totals=map_totals(model, traj, det), transitions=transition_summary(model, traj), warnings=warnings)
