"""Carbon stocks and yearly uptake from class areas and a density table.

stock_tc  = sum over classes of area_ha x (agb + bgb + dead + soil) [t C/ha]
uptake    = sum over classes of uptake_area_ha x seq [t C/ha/yr]
CO2e      = C x 44/12

The density row of a class is that of the area's climate zone (a row without a
zone where the table has none for it). The uptake area is the whole mapped
habitat (basis 0) or only its restored part (basis 1, IPCC 2013 Tier 1).

With a stratified accuracy sample, each area's class areas are also adjusted
for map error: adjusted_ha_j = sum_i mapped_ha_i x p(j | i), the conditional
proportions of reference class j in map class i estimated from the sample
(Olofsson et al. 2014); stocks and uptake are then given on both.
"""
import contextlib
import functools
import time
from dataclasses import dataclass, field

import numpy as np

from .densities import NUMERIC, POOLS, RATE
from ..errors import InputError, N_
from .montecarlo import BATCH_MIN, draw, run_adaptive, summaries

CO2_PER_C = 44.0 / 12.0
M2_PER_HA = 10_000.0
UNKNOWN_FAIL, UNKNOWN_ZERO = 0, 1
BASIS_ALL, BASIS_RESTORED = 0, 1
MAX_STORED_DRAWS = 40_000_000   # parameter draws kept in memory (8 bytes each)
CHUNK_VALUES = 2_000_000        # per-area draws computed at once (8 bytes each; a few copies, reused)
MAX_SUMMARY_VALUES = 200_000_000  # per-area draws summarised in one run (accounts x outputs x draws): its time
MAX_DRAWS = 2_000_000


@dataclass
class Account:
    """Carbon account of one zone (or of the union of all zones)."""
    class_ha: dict
    unmapped_ha: float
    pools_tc: dict
    stock_tc: float
    uptake_tc_yr: float
    stock_tco2e_lo: float = None
    stock_tco2e_hi: float = None
    uptake_tco2e_yr_lo: float = None
    uptake_tco2e_yr_hi: float = None
    class_stock_tc: dict = field(default_factory=dict)
    class_uptake_tc_yr: dict = field(default_factory=dict)
    class_source: dict = field(default_factory=dict)     # class -> density_source of its row
    climate_zone: str = ""
    uptake_ha: dict = None          # class -> ha that takes up carbon (None: all habitat)
    adjusted_ha: dict = None        # class -> area-adjusted ha (None: no reference sample)
    adjusted_uptake_ha: dict = None
    stock_tc_adj: float = None
    uptake_tc_yr_adj: float = None
    class_stock_tc_adj: dict = field(default_factory=dict)
    class_uptake_tc_yr_adj: dict = field(default_factory=dict)
    stock_tco2e_adj_lo: float = None
    stock_tco2e_adj_hi: float = None
    uptake_tco2e_yr_adj_lo: float = None
    uptake_tco2e_yr_adj_hi: float = None
    median: dict = field(default_factory=dict)          # output name -> Monte Carlo median

    @property
    def area_ha(self):
        return float(sum(self.class_ha.values()))

    @property
    def polygon_ha(self):
        return self.area_ha + self.unmapped_ha

    @property
    def stock_tco2e(self):
        return self.stock_tc * CO2_PER_C

    @property
    def uptake_tco2e_yr(self):
        return self.uptake_tc_yr * CO2_PER_C

    @property
    def stock_tco2e_adj(self):
        return None if self.stock_tc_adj is None else self.stock_tc_adj * CO2_PER_C

    @property
    def uptake_tco2e_yr_adj(self):
        return None if self.uptake_tc_yr_adj is None else self.uptake_tc_yr_adj * CO2_PER_C

    @property
    def adjusted_total_ha(self):
        return None if self.adjusted_ha is None else float(sum(self.adjusted_ha.values()))


OUTPUTS = ("stock_tco2e", "uptake_tco2e_yr")
OUTPUTS_ADJ = ("stock_tco2e_adj", "uptake_tco2e_yr_adj")


def unknown_classes(table, zone_areas, extra=()):
    """Classes found inside the zones (or named by ``extra``) that the table lacks, sorted."""
    seen = set(extra)
    for z in zone_areas:
        seen.update(k for k, v in z.classes.items() if v > 0)
    return sorted(seen - table.classes())


def adjusted_classes(accounts):
    """Classes with a positive area-adjusted area in any account (the sample says they are present)."""
    return sorted({k for a in accounts if a.adjusted_ha for k, v in a.adjusted_ha.items() if v > 0})


def check_unknown(table, zone_areas, mode, extra=()):
    missing = unknown_classes(table, zone_areas, extra)
    in_raster = set(unknown_classes(table, zone_areas))
    if missing and mode == UNKNOWN_FAIL and not in_raster:
        raise InputError(
            "The reference sample labels class(es) {missing}, which the area adjustment moves into the areas, but "
            "the density table {path} has no row for them. Add rows for these classes to the table, or set "
            "'Classes missing from the table' to count them as carbon-free.",
            missing=", ".join(str(m) for m in missing), path=table.path)
    if missing and mode == UNKNOWN_FAIL:
        raise InputError(
            "The habitat raster has class(es) {missing} inside the areas, but the density table {path} "
            "has no row for them. Add rows for these classes to the table, or set 'Classes missing from "
            "the table' to count them as carbon-free.",
            missing=", ".join(str(m) for m in missing), path=table.path)
    return missing


class Adjustment:
    """Conditional proportions p(reference j | map i) of a sample, completed to every class of a run.

    ``cp`` is an estimators.ConditionalProportions. Map classes without sample
    units (NaN rows) and map classes absent from the sample keep their mapped
    area (identity row): they cannot be adjusted, and ``unadjusted`` lists them.
    """

    def __init__(self, cp, classes):
        self.cp = cp
        self.classes = sorted(set(int(c) for c in classes) | set(int(c) for c in cp.classes))
        idx = {c: i for i, c in enumerate(self.classes)}
        self._pos = [idx[int(c)] for c in cp.classes]
        k = len(self.classes)
        self.matrix = np.eye(k)
        self.unadjusted = []
        for a, c in enumerate(cp.classes):
            row = cp.proportions[a]
            if np.all(np.isfinite(row)) and cp.row_n[a] > 0:
                full = np.zeros(k)
                full[self._pos] = row
                self.matrix[idx[int(c)]] = full
        sampled = {int(c) for a, c in enumerate(cp.classes) if cp.row_n[a] > 0}
        self.unadjusted = [c for c in self.classes if c not in sampled]

    def including(self, classes):
        """The same adjustment over these classes too (map classes the sample does not name keep their area)."""
        extra = set(int(c) for c in classes) - set(self.classes)
        return self if not extra else Adjustment(self.cp, set(self.classes) | extra)

    def vector(self, class_ha):
        return np.array([class_ha.get(c, 0.0) for c in self.classes])

    def adjust(self, class_ha):
        adj = self.vector(class_ha) @ self.matrix
        return {c: float(v) for c, v in zip(self.classes, adj) if v != 0 or c in class_ha}

    def draws(self, n, rng):
        """(n, k, k) draws of the completed matrix (Dirichlet posterior of each sampled row)."""
        from ..accuracy.estimators import draw_conditional_proportions

        d = draw_conditional_proportions(self.cp, n, rng)
        out = np.broadcast_to(self.matrix, (n,) + self.matrix.shape).copy()
        for a, c in enumerate(self.cp.classes):
            if self.cp.row_n[a] > 0:
                i = self.classes.index(int(c))
                out[:, i, :] = 0.0
                out[:, i, self._pos] = d[:, a, :]
        return out


def _deterministic(table, zone, climate_zone="", restored=None, adjustment=None):
    class_ha = {k: v / M2_PER_HA for k, v in sorted(zone.classes.items())}
    uptake_ha = None if restored is None else {k: v / M2_PER_HA for k, v in sorted(restored.classes.items())}
    pools = {p: 0.0 for p in POOLS}
    class_stock, class_uptake, class_source = {}, {}, {}

    def densities(k):
        row = table.row(k, climate_zone)
        if row is None:
            return 0.0, 0.0, None
        return row.stock_tc_ha, row.values[RATE], row

    for k, ha in class_ha.items():
        stock_d, rate_d, row = densities(k)
        if row is not None:
            for p in POOLS:
                pools[p] += ha * row.values[p]
            class_source[k] = row.density_source
        class_stock[k] = ha * stock_d
        class_uptake[k] = (ha if uptake_ha is None else uptake_ha.get(k, 0.0)) * rate_d
    acc = Account(class_ha=class_ha, unmapped_ha=zone.unmapped_m2 / M2_PER_HA, pools_tc=pools,
                  stock_tc=sum(pools.values()), uptake_tc_yr=sum(class_uptake.values()),
                  class_stock_tc=class_stock, class_uptake_tc_yr=class_uptake, class_source=class_source,
                  climate_zone=climate_zone, uptake_ha=uptake_ha)
    if adjustment is not None:
        acc.adjusted_ha = adjustment.adjust(class_ha)
        acc.adjusted_uptake_ha = None if uptake_ha is None else adjustment.adjust(uptake_ha)
        up_ha = acc.adjusted_ha if uptake_ha is None else acc.adjusted_uptake_ha
        for k, ha in acc.adjusted_ha.items():
            stock_d, rate_d, row = densities(k)
            acc.class_stock_tc_adj[k] = ha * stock_d
            acc.class_uptake_tc_yr_adj[k] = up_ha.get(k, 0.0) * rate_d
            if row is not None:
                class_source.setdefault(k, row.density_source)
        acc.stock_tc_adj = float(sum(acc.class_stock_tc_adj.values()))
        acc.uptake_tc_yr_adj = float(sum(acc.class_uptake_tc_yr_adj.values()))
    return acc


def _sum_accounts(parts):
    """The account of several disjoint parts (grand total over climate zones)."""
    def add(dicts):
        if any(d is None for d in dicts):
            return None
        out = {}
        for d in dicts:
            for k, v in d.items():
                out[k] = out.get(k, 0.0) + v
        return dict(sorted(out.items()))

    acc = Account(class_ha=add([p.class_ha for p in parts]), unmapped_ha=sum(p.unmapped_ha for p in parts),
                  pools_tc=add([p.pools_tc for p in parts]), stock_tc=sum(p.stock_tc for p in parts),
                  uptake_tc_yr=sum(p.uptake_tc_yr for p in parts),
                  class_stock_tc=add([p.class_stock_tc for p in parts]),
                  class_uptake_tc_yr=add([p.class_uptake_tc_yr for p in parts]),
                  climate_zone=", ".join(sorted({p.climate_zone for p in parts if p.climate_zone})),
                  uptake_ha=add([p.uptake_ha for p in parts]))
    acc.class_source = {}
    for p in parts:
        for k, s in p.class_source.items():
            acc.class_source[k] = s if k not in acc.class_source or acc.class_source[k] == s \
                else acc.class_source[k] + "; " + s
    if parts and parts[0].adjusted_ha is not None:
        acc.adjusted_ha = add([p.adjusted_ha for p in parts])
        acc.adjusted_uptake_ha = add([p.adjusted_uptake_ha for p in parts])
        acc.stock_tc_adj = sum(p.stock_tc_adj for p in parts)
        acc.uptake_tc_yr_adj = sum(p.uptake_tc_yr_adj for p in parts)
        acc.class_stock_tc_adj = add([p.class_stock_tc_adj for p in parts])
        acc.class_uptake_tc_yr_adj = add([p.class_uptake_tc_yr_adj for p in parts])
    return acc


class _Sampler:
    """Monte Carlo draws of every account's outputs.

    ``batch(n)`` draws n values of every uncertain table entry (and of the area adjustment), keeps them and
    returns the draws of the watched account (the last: the grand total); ``chunks`` then gives every
    account's draws, a few accounts at a time, as products of (accounts x table rows) by (table rows x
    draws). Memory holds the parameter draws and one chunk, never accounts x draws.
    """

    def __init__(self, table, accounts, climate_zones, adjustment, seed, sums):
        self.table, self.accounts, self.zones = table, accounts, climate_zones
        self.adjustment, self.sums = adjustment, sums or []
        self.rng = np.random.default_rng(seed)
        self.keys = sorted(table.entries)
        self.key_index = {k: i for i, k in enumerate(self.keys)}
        self.with_adj = adjustment is not None
        self.names = OUTPUTS + (OUTPUTS_ADJ if self.with_adj else ())
        self.stored = []   # per batch: (stock draws, rate draws, adjustment draws or None)
        # area of each account on each table row (mapped and uptake areas)
        n_acc = self.n_zones = len(accounts)
        self.area = np.zeros((n_acc, len(self.keys)))
        self.up_area = np.zeros((n_acc, len(self.keys)))
        for a, acc in enumerate(accounts):
            for k, ha in acc.class_ha.items():
                i = self._key(k, climate_zones[a])
                if i is not None:
                    self.area[a, i] += ha
                    up = ha if acc.uptake_ha is None else acc.uptake_ha.get(k, 0.0)
                    self.up_area[a, i] += up
        if self.with_adj:
            cls = adjustment.classes
            # table row of each adjusted class in each account's zone (-1: carbon-free)
            self.row_of = np.array([[self._key(c, climate_zones[a]) if self._key(c, climate_zones[a]) is not None
                                     else -1 for c in cls] for a in range(n_acc)])
            self.mapped = np.array([adjustment.vector(acc.class_ha) for acc in accounts])
            self.mapped_up = np.array([adjustment.vector(acc.class_ha if acc.uptake_ha is None else acc.uptake_ha)
                                       for acc in accounts])

    def _key(self, k, zone):
        row = self.table.row(k, zone)
        return None if row is None else self.key_index[row.key]

    @property
    def values_per_draw(self):
        """Values kept per draw (parameter draws and the watched outputs), for the memory cap."""
        k = len(self.adjustment.classes) if self.with_adj else 0
        return 2 * len(self.keys) + k * k + len(self.names)

    def batch(self, n):
        stock_d = np.zeros((len(self.keys), n))
        rate_d = np.zeros((len(self.keys), n))
        for i, key in enumerate(self.keys):
            row = self.table.entries[key]
            d = {c: draw(row.values[c], row.lo.get(c), row.hi.get(c), n, self.rng, row.dist.get(c))
                 for c in NUMERIC}
            stock_d[i] = sum(d[p] for p in POOLS)
            rate_d[i] = d[RATE]
        p = self.adjustment.draws(n, self.rng) if self.with_adj else None   # (n, k, k)
        self.stored.append((stock_d, rate_d, p))
        last = self.n_zones + len(self.sums) - 1
        return self.outputs([last], stock_d, rate_d, p)[0]

    def outputs(self, accs, stock_d, rate_d, p):
        """Draws (len(accs), outputs, n) of the accounts ``accs`` (indices past the zones are the sums)."""
        return self.draws_by_output(accs, stock_d, rate_d, p).transpose(1, 0, 2)

    def draws_by_output(self, accs, stock_d, rate_d, p, live=None):
        """Draws (outputs, len(accs), n) of the accounts ``accs``, each output's products written in place;
        ``live``: the table rows (stock, rate) whose draws are not all zero and those rows' draws (taken once for
        all chunks), the other rows left out of the products."""
        nz = self.n_zones
        accs = list(accs)
        base = sorted({i for a in accs for i in (self.sums[a - nz] if a >= nz else [a])})
        n = stock_d.shape[1]
        out = np.empty((len(self.names), len(base), n))
        s_rows, r_rows, s_draws, r_draws = live or (slice(None), slice(None), stock_d, rate_d)
        # t CO2e: the areas (accounts x table rows) times 44/12, not every draw of every account
        np.matmul(self.area[base][:, s_rows] * CO2_PER_C, s_draws, out=out[0])
        np.matmul(self.up_area[base][:, r_rows] * CO2_PER_C, r_draws, out=out[1])
        if self.with_adj:
            adj = np.einsum("ak,nkj->anj", self.mapped[base], p)           # (acc, n, k)
            adj_up = np.einsum("ak,nkj->anj", self.mapped_up[base], p)
            pad_s = np.vstack([stock_d, np.zeros((1, n))])                 # row -1: carbon-free
            pad_r = np.vstack([rate_d, np.zeros((1, n))])
            out[2] = np.einsum("anj,ajn->an", adj, pad_s[self.row_of[base]])
            out[3] = np.einsum("anj,ajn->an", adj_up, pad_r[self.row_of[base]])
            out[2:] *= CO2_PER_C
        if base == accs:
            return out
        pos = {a: j for j, a in enumerate(base)}
        return np.stack([out[:, pos[a]] if a < nz else out[:, [pos[i] for i in self.sums[a - nz]]].sum(axis=1)
                         for a in accs], axis=1)

    def chunks(self, chunk_values=CHUNK_VALUES):
        """Functions returning (first account, draws (outputs, accounts, M)) of a chunk of accounts each, which
        together cover every account; each computes its chunk when called (in any order, in any thread)."""
        stock_d = np.concatenate([b[0] for b in self.stored], axis=1)
        rate_d = np.concatenate([b[1] for b in self.stored], axis=1)
        p = np.concatenate([b[2] for b in self.stored], axis=0) if self.with_adj else None
        width = stock_d.shape[1] * len(self.names) * (len(self.adjustment.classes) if self.with_adj else 1)
        size = max(1, int(chunk_values // max(width, 1)))
        total = self.n_zones + len(self.sums)

        s_rows, r_rows = np.flatnonzero(np.any(stock_d != 0, axis=1)), np.flatnonzero(np.any(rate_d != 0, axis=1))
        live = (s_rows, r_rows, stock_d[s_rows], rate_d[r_rows])

        def chunk(start):
            return start, self.draws_by_output(range(start, min(start + size, total)), stock_d, rate_d, p, live)
        return [functools.partial(chunk, start) for start in range(0, total, size)]


def one_blas_thread():
    """A context in which NumPy's BLAS runs in one thread (threadpoolctl, when installed: it comes with
    scikit-learn). The chunks' products are small; BLAS threads of their own would only contend with the
    summaries' threads and busy-wait."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return contextlib.nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


def _summarise(accounts, sampler, info, threads=1, medians=True):
    """Median and 95 % bounds of every account's outputs from the sampler's draws, a chunk at a time; with
    ``threads`` > 1 chunks are summarised side by side in threads of this process (NumPy's products and
    partitions run outside Python's lock), with the same results."""
    names = sampler.names

    def summarised(chunk):
        start, block = chunk()
        n_out, c = block.shape[:2]
        values = [getattr(accounts[start + i], name) for name in names for i in range(c)]
        return start, c, n_out, summaries(block.reshape(n_out * c, -1), values, median=medians)

    chunks = sampler.chunks()
    with one_blas_thread():
        if threads > 1 and len(chunks) > 1:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(max_workers=min(int(threads), len(chunks))) as pool:
                done = list(pool.map(summarised, chunks))
        else:
            done = [summarised(chunk) for chunk in chunks]
    for start, c, n_out, (med, lo, hi, widened) in done:
        for i in range(c):
            acc = accounts[start + i]
            for o, name in enumerate(names):
                j = o * c + i
                if med is not None:
                    acc.median[name] = float(med[j])
                setattr(acc, name + "_lo", float(lo[j]))
                setattr(acc, name + "_hi", float(hi[j]))
                if widened[j]:
                    info["widened"].append((start + i, name))


def account(table, zone_areas, *, climate_zones=None, restored=None, adjustment=None, sums=None,
            unknown_mode=UNKNOWN_FAIL, iterations=BATCH_MIN, seed=1, adaptive=False, max_draws=MAX_DRAWS, threads=1,
            medians=True):
    """Accounts for a list of ZoneAreas (zones, and usually their union last).

    ``climate_zones`` gives each zone's climate zone; ``restored`` the
    ZoneAreas of each zone's restored part (uptake basis 1); ``adjustment`` an
    :class:`Adjustment` from a reference sample; ``sums`` lists groups of zone
    indices whose sum is appended as a further account (a grand total over
    disjoint parts). ``iterations`` is the Monte Carlo batch size (0: no
    interval), ``adaptive`` adds batches until the bounds of the last account
    (the grand total) are stable; the number of draws is capped by
    ``max_draws``, by the parameter draws kept (MAX_STORED_DRAWS values) and
    by the per-area draws summarised at the end (MAX_SUMMARY_VALUES over all
    accounts and outputs: 80,000 draws for 1,200 areas, 20,000 for 4,000),
    summarised in ``threads`` threads (the same numbers whatever their number).
    ``medians`` False leaves the accounts' Monte Carlo medians out (they are
    shown only in reports; the bounds are the same).
    Returns (accounts, Monte Carlo info dict).
    """
    climate_zones = climate_zones or [""] * len(zone_areas)
    if adjustment is not None:
        adjustment = adjustment.including({k for z in zone_areas for k in z.classes})
    accounts = [_deterministic(table, z, climate_zones[i], None if restored is None else restored[i], adjustment)
                for i, z in enumerate(zone_areas)]
    check_unknown(table, zone_areas, unknown_mode, extra=adjusted_classes(accounts))
    sums = sums or []
    accounts += [_sum_accounts([accounts[i] for i in idx]) for idx in sums]
    info = {"iterations": 0, "converged": None, "widened": []}
    if not (iterations and iterations > 0 and accounts):
        return accounts, info
    sampler = _Sampler(table, accounts[:len(zone_areas)], climate_zones, adjustment, seed, sums)
    batch = max(iterations, BATCH_MIN) if adaptive else iterations   # JCGM 101 7.9.4: M >= 10^4 per batch
    most = min(max_draws, MAX_STORED_DRAWS // sampler.values_per_draw,
               MAX_SUMMARY_VALUES // (len(accounts) * len(sampler.names)))
    cap = max(batch, most // batch * batch)
    # the stopping rule watches the last account (the grand total); the others share its draws
    _, used, converged = run_adaptive(sampler.batch, batch, max_draws=cap, adaptive=adaptive)
    info.update(iterations=used, converged=converged if adaptive else None)
    _summarise(accounts, sampler, info, threads, medians)
    return accounts, info


@dataclass
class StocksRun:
    zones: list          # Account per zone, in input order
    total: Account       # union of all zones: overlapping ground once
    overlap_ha: float
    unknown: list        # classes inside the zones that the table lacks
    warnings: list
    mc: dict = field(default_factory=dict)
    climate_zones: list = field(default_factory=list)
    repaired: list = field(default_factory=list)    # per zone: why the engine repaired its polygon ("" if valid)
    timings: dict = field(default_factory=dict)     # seconds of each phase (zonal_areas, overlaps, monte_carlo)


def _restored_parts(geoms, restored_geom):
    out = []
    for g in geoms:
        if g is None or restored_geom is None or g.is_empty:
            out.append(None)
        else:
            out.append(g.intersection(restored_geom))
    return out


def carbon_stocks(grid, geoms, table, *, unknown_mode=UNKNOWN_FAIL, iterations=BATCH_MIN, seed=1,
                  zone_ids=None, climate_zones=None, restored_geom=None, basis=BASIS_ALL, adjustment=None,
                  adaptive=False, progress=None, is_canceled=None, executor=None, medians=True):
    """Class areas, stocks and uptake for each polygon and for their union.

    The Monte Carlo summaries use this machine's cores (``executor.threads``) unless the executor runs in this
    process one piece after the other by request (SCHEDULER=0).

    ``climate_zones``: one zone per polygon (None: the table's rows without a
    zone). ``basis`` BASIS_RESTORED counts uptake only inside ``restored_geom``
    (a shapely geometry in the raster's CRS). ``medians`` False: no Monte Carlo medians (see account()).
    """
    from ..raster.executor import zonal_areas
    from ..raster.zonal import ZoneAreas, overlap_partners, overlap_totals

    n = len(geoms)
    climate_zones = list(climate_zones or [""] * n)
    restored_on = basis == BASIS_RESTORED
    span = 0.45 if restored_on else 0.85
    step = (lambda f: progress(span * f)) if progress else None
    timings = {}
    # grand total: union of the polygons of each climate zone (overlaps once), summed over zones: the sum of the
    # polygons less the ground each polygon shares with the polygons of its zone before it, measured with the
    # polygon, where it is measured
    clock = time.perf_counter()
    groups = {}
    for i, z in enumerate(climate_zones):
        groups.setdefault(z, []).append(i)
    parts = _restored_parts(geoms, restored_geom) if restored_on else None

    def partners_of(items):
        out = [[] for _ in items]
        for idx in groups.values():
            for i, p in zip(idx, overlap_partners(grid, [items[i] for i in idx])):
                out[i] = [idx[j] for j in p]
        return out

    partners = partners_of(geoms)
    rest_partners = partners_of(parts) if restored_on else None
    timings["overlaps"] = time.perf_counter() - clock
    clock = time.perf_counter()
    # each polygon is placed and repaired once, where it is measured, and the ground it shares is cut from it there
    per_zone = zonal_areas(grid, geoms, executor, progress=step, is_canceled=is_canceled, partners=partners)
    rest_zone = None
    if restored_on:
        step2 = (lambda f: progress(0.45 + 0.4 * f)) if progress else None
        rest_zone = zonal_areas(grid, parts, executor, progress=step2, is_canceled=is_canceled,
                                partners=rest_partners)
    timings["zonal_areas"] = time.perf_counter() - clock
    clock = time.perf_counter()
    totals = [overlap_totals([per_zone[i] for i in idx]) for _, idx in sorted(groups.items())]
    if restored_on:
        totals += [overlap_totals([rest_zone[i] for i in idx]) for _, idx in sorted(groups.items())]
    for z in per_zone + (rest_zone or []):
        z.shared = None
    unions = [t[0] for t in totals[:len(groups)]]
    rest_unions = [t[0] for t in totals[len(groups):]]
    overlap_m2 = sum(t[1] for t in totals[:len(groups)])
    timings["overlaps"] += time.perf_counter() - clock
    if progress:
        progress(0.9)
    group_zones = sorted(groups)
    areas = per_zone + unions
    zones_all = climate_zones + group_zones
    rest_all = (rest_zone + rest_unions) if restored_on else None
    sums = [list(range(n, n + len(unions)))] if len(unions) > 1 else None
    clock = time.perf_counter()
    accounts, mc = account(table, areas, climate_zones=zones_all, restored=rest_all, adjustment=adjustment,
                           sums=sums, unknown_mode=unknown_mode, iterations=iterations, seed=seed,
                           adaptive=adaptive, threads=getattr(executor, "threads", 1), medians=medians)
    timings["monte_carlo"] = time.perf_counter() - clock
    total = accounts[-1]
    union = ZoneAreas()
    for u in unions:
        union.add(u)
    warnings = []
    unknown = unknown_classes(table, per_zone, adjusted_classes(accounts))
    if unknown:
        ha = sum(total.class_ha.get(k, 0.0) for k in unknown)
        warnings.append((N_("Class(es) {classes} are not in the density table and were counted as carbon-free "
                         "({ha:.2f} ha)."), dict(classes=", ".join(map(str, unknown)), ha=ha)))
    if overlap_m2 > 0:
        warnings.append((N_("Some areas overlap ({ha:.2f} ha): each area's row counts its whole ground, the grand "
                         "totals count overlapping ground once."), dict(ha=overlap_m2 / M2_PER_HA)))
    if len(unions) > 1:
        warnings.append((N_("The areas lie in different climate zones ({zones}); the grand totals add the union of "
                            "each zone's areas (ground shared by areas of two zones would count twice)."),
                         dict(zones=", ".join(group_zones))))
    warnings.extend(repair_warnings(geoms, per_zone, grid.crs, zone_ids))
    for i, z in enumerate(per_zone):
        if geoms[i] is not None and z.total_m2 > 0 and z.mapped_m2 == 0:
            warnings.append((N_("Area {n} does not overlap any mapped pixel of the habitat raster; its carbon is zero."),
                             dict(n=zone_ids[i] if zone_ids else i + 1)))
    if union.unmapped_m2 > 0:
        warnings.append((N_("{ha:.2f} ha of the areas is unmapped (raster nodata or outside the raster) and holds "
                         "no carbon in this account."), dict(ha=union.unmapped_m2 / M2_PER_HA)))
    warnings.extend(zero_explanations(total, union))
    if restored_on and total.uptake_ha is not None and sum(total.uptake_ha.values()) == 0:
        warnings.append((N_("Uptake basis IPCC Tier 1: no mapped habitat lies inside the restored areas, so the "
                            "yearly uptake is zero (Tier 1 accumulation rates apply only to restored, revegetated "
                            "or created wetlands)."), {}))
    if adjustment is not None:
        mapped = {k for z in per_zone for k, v in z.classes.items() if v > 0}
        for c in sorted(set(adjustment.including(mapped).unadjusted) & mapped):
            warnings.append((N_("Map class {cls} has no point in the reference sample: its area cannot be adjusted "
                                "and is kept as mapped."), dict(cls=c)))
    for a, name in mc.get("widened", []):
        label = (zone_ids[a] if zone_ids else a + 1) if a < n else N_("grand total")
        warnings.append((N_("The point estimate of {what} for {area} lies outside the 2.5-97.5 percentiles of its "
                            "Monte Carlo draws; the interval shown was widened to include it."),
                         dict(what=name, area=label)))
    if progress:
        progress(1.0)
    return StocksRun(zones=accounts[:n], total=total, overlap_ha=overlap_m2 / M2_PER_HA, unknown=unknown,
                     warnings=warnings, mc=mc, climate_zones=climate_zones, repaired=[z.repaired for z in per_zone],
                     timings=timings)


def repair_warnings(geoms, per_zone, crs, zone_ids=None):
    """A warning for each polygon the engine had to repair before measuring it (one given to the engine
    directly, not prepared by ``geometry.prepare_geometries``): the reason, its rings' area as drawn and the
    area measured (the repaired polygon's)."""
    from ..raster.geometry import geodesic_area_m2

    out = []
    for i, (g, z) in enumerate(zip(geoms, per_zone)):
        if z.repaired:
            out.append((N_("Area {n} has an invalid geometry ({reason}); it was repaired before measuring: its "
                           "rings as drawn add up to {before:.4f} ha, the repaired polygon covers {after:.4f} ha, "
                           "which is the area used. Check its outline."),
                        dict(n=zone_ids[i] if zone_ids else i + 1, reason=z.repaired,
                             before=geodesic_area_m2(g, crs) / M2_PER_HA, after=z.total_m2 / M2_PER_HA)))
    return out


def zero_explanations(total, union):
    """Why a grand total is zero, when it is."""
    out = []
    if union.total_m2 == 0:
        out.append((N_("The areas have no extent (empty geometries): every total is zero."), {}))
    elif total.area_ha == 0:
        out.append((N_("No mapped habitat lies inside any area, so every stock and uptake is zero: the areas fall on "
                       "raster nodata or outside the raster. Check that the areas and the raster cover the same place "
                       "(a layer with a wrong CRS puts its features far away)."), {}))
    elif total.stock_tc == 0:
        out.append((N_("The mapped classes inside the areas ({classes}) all have zero carbon density in the table, so "
                       "the stock is zero."), dict(classes=", ".join(str(k) for k in sorted(total.class_ha)))))
    return out


def polygon_latitudes(geoms, grid):
    """Geodetic latitude of the centre of each polygon (given in the raster's CRS); the raster's centre for
    an empty one."""
    from ..raster.geometry import centroid_xy, to_geodetic

    to_ll = to_geodetic(grid.crs)
    centres = [centroid_xy(g) if g is not None and not g.is_empty else None for g in geoms]
    have = [c for c in centres if c is not None]
    if have:   # one transformation for all the centres
        x, y = np.array(have, dtype=np.float64).T
        lat = iter((y if to_ll is None else to_ll.transform(x, y)[1]).tolist())
    return [float(next(lat)) if c is not None else grid_latitude(grid) for c in centres]


def grid_latitude(grid):
    """Geodetic latitude of the raster's centre."""
    from ..raster.geometry import to_geodetic

    minx, miny, maxx, maxy = grid.bounds
    x, y = (minx + maxx) / 2, (miny + maxy) / 2
    if grid.crs.is_geographic:
        return float(y)
    return float(to_geodetic(grid.crs).transform(x, y)[1])


def raster_mask_geometry(path, target_crs, band=1):
    """The non-zero, non-nodata cells of a raster as one shapely geometry in ``target_crs``.

    Read block by block (rasterio windows); each block's cells are turned into
    polygons and all are merged.
    """
    import rasterio
    from rasterio import features
    from pyproj import CRS, Transformer
    from shapely.geometry import shape
    from shapely.ops import transform, unary_union

    try:
        src = rasterio.open(path)
    except rasterio.errors.RasterioIOError as exc:
        raise InputError("Cannot read the restored-area raster {path}: {error}", path=path, error=str(exc)) from None
    with src:
        if src.crs is None:
            raise InputError("The restored-area raster {path} has no coordinate reference system; assign one and "
                             "run again.", path=path)
        pieces = []
        for _, window in src.block_windows(band):
            data = src.read(band, window=window, masked=True)
            mask = (data.filled(0) != 0)
            if not mask.any():
                continue
            wt = src.window_transform(window)
            for geom, _ in features.shapes(mask.astype("uint8"), mask=mask, transform=wt):
                pieces.append(shape(geom))
        src_crs = CRS.from_wkt(src.crs.to_wkt())
    geom = unary_union(pieces) if pieces else None
    if geom is not None and not src_crs.equals(target_crs):
        tf = Transformer.from_crs(src_crs, target_crs, always_xy=True)
        geom = transform(lambda x, y, z=None: tf.transform(x, y), geom)
    return geom
