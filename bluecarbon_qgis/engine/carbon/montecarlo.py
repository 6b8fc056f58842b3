"""Monte Carlo draws of uncertain parameters.

Each uncertain parameter has a central value and bounds [lo, hi]. What the
bounds mean decides the distribution drawn (``dist``):

- ``normal``: the bounds are a 95 % interval symmetric about the value: a normal
  with the value as mean and sd = (hi - lo) / 3.92, truncated at 0 (densities
  and coefficients cannot be negative).
- ``lognormal``: the bounds are a skewed 95 % interval: a lognormal whose
  median is the central value and whose log-sd is ln(hi / lo) / 3.92, the
  least-squares fit of its 2.5 and 97.5 percentiles to the bounds in log space.
- ``pert``: the bounds are an observed minimum and maximum (not a 95 %
  interval): a Beta-PERT over [lo, hi] with its mode at the central value.
- ``pert_median``: the bounds are an observed minimum and maximum: a Beta-PERT
  over [lo, hi] whose *median* is the central value (its mode is placed where
  that holds; when even a mode at a bound cannot bring the median to the value,
  the PERT shape parameter is raised above 4 until it does). Draws stay inside
  the observed range and the median of the draws is the point estimate.
- ``triangular``: as ``pert``, triangular over [lo, hi] with the mode at the value.
- ``fixed``: no uncertainty.

``auto`` (the default) picks ``normal`` when the bounds are symmetric about the
value (the two half-widths within 10 % of each other), ``lognormal`` otherwise
(and ``pert`` when lo is 0, where a lognormal cannot reach). One draw per
parameter per iteration, shared by every zone that uses it, because the same
literature value applies everywhere; parameters without bounds stay fixed.

Number of draws: :func:`run_adaptive` follows the adaptive Monte Carlo
procedure of JCGM 101:2008 (GUM Supplement 1), section 7.9: batches of
``batch`` draws are added until twice the standard deviation of the batch
means, standard deviations and 2.5/97.5 percentiles of every watched output,
divided by sqrt(h) for h batches, is within the numerical tolerance
delta = 1/2 x 10^l of its standard uncertainty u = c x 10^l written with two
significant digits (section 7.9.2). A seed reproduces the draws only within one
NumPy version (NumPy does not promise the same streams across versions).
"""
import functools

import numpy as np

SD_DIVISOR = 3.92  # width of a 95% normal interval in sd units (2 x 1.96)
LOW_PCT, HIGH_PCT = 2.5, 97.5
DISTRIBUTIONS = ("auto", "normal", "lognormal", "pert", "pert_median", "triangular", "fixed")
SYMMETRY_TOLERANCE = 0.10


def truncated_normal(rng, mean, sd, size):
    """Draws from N(mean, sd) truncated at 0, by resampling the negative draws."""
    out = rng.normal(mean, sd, size)
    bad = out < 0
    while bad.any():
        out[bad] = rng.normal(mean, sd, int(bad.sum()))
        bad = out < 0
    return out


def has_bounds(value, lo, hi):
    return lo is not None and hi is not None and np.isfinite(lo) and np.isfinite(hi) and hi > lo


def resolve(value, lo, hi, dist=None):
    """The distribution actually drawn for a parameter (one of DISTRIBUTIONS less ``auto``)."""
    dist = (dist or "auto").strip().lower()
    if dist not in DISTRIBUTIONS:
        raise ValueError("unknown distribution {!r}; use one of {}".format(dist, ", ".join(DISTRIBUTIONS)))
    if dist == "fixed" or not has_bounds(value, lo, hi):
        return "fixed"
    if dist != "auto":
        return dist
    below, above = float(value) - float(lo), float(hi) - float(value)
    if below < 0 or above < 0:
        return "normal"  # bounds that do not bracket the value: keep the plain 95 % reading
    if abs(above - below) <= SYMMETRY_TOLERANCE * max(above, below):
        return "normal"
    return "lognormal" if lo > 0 and value > 0 else "pert"


def _pert(rng, lo, mode, hi, size, lam=4.0):
    span = hi - lo
    a = 1.0 + lam * (mode - lo) / span
    b = 1.0 + lam * (hi - mode) / span
    return lo + span * rng.beta(a, b, size)


@functools.lru_cache(maxsize=4)
def _beta_grid(grid):
    """The grid of ``beta_median`` and the logarithms of x and 1 - x on it (the same for every a and b)."""
    x = np.linspace(0.0, 1.0, grid)
    return x, np.log(np.where(x > 0, x, 1e-300)), np.log(np.where(x < 1, 1 - x, 1e-300))


def beta_median(a, b, grid=20001):
    """Median of Beta(a, b) for a, b >= 1, by integrating its density on a fine grid (no scipy needed)."""
    x, log_x, log_1x = _beta_grid(grid)
    with np.errstate(divide="ignore", invalid="ignore"):
        f = np.exp((a - 1) * log_x + (b - 1) * log_1x)
    cdf = np.concatenate([[0.0], np.cumsum((f[1:] + f[:-1]) / 2)])
    cdf /= cdf[-1]
    return float(np.interp(0.5, cdf, x))


@functools.lru_cache(maxsize=256)
def pert_median_shape(value, lo, hi, lam=4.0):
    """(a, b) of the Beta-PERT over [lo, hi] whose median is ``value``."""
    target = (float(value) - lo) / (hi - lo)

    def med(t, lam_):
        return beta_median(1 + lam_ * t, 1 + lam_ * (1 - t))

    if med(0.0, lam) <= target <= med(1.0, lam):
        a_, b_ = 0.0, 1.0
        for _ in range(40):   # median increases with the mode's position t
            mid = (a_ + b_) / 2
            a_, b_ = (mid, b_) if med(mid, lam) < target else (a_, mid)
        t = (a_ + b_) / 2
        return 1 + lam * t, 1 + lam * (1 - t)
    # mode at the near bound; raise lambda until the median reaches the value
    low_side = target < med(0.0, lam)
    t = 0.0 if low_side else 1.0
    if target <= 0 or target >= 1:
        return (1.0, 1e6) if low_side else (1e6, 1.0)
    # Beta(1, 1 + lam) has median 1 - 0.5 ** (1 / (1 + lam)); mirror for the high side
    q = target if low_side else 1 - target
    lam = np.log(0.5) / np.log(1 - q) - 1
    return (1.0, 1 + lam) if t == 0.0 else (1 + lam, 1.0)


def draw(value, lo, hi, iterations, rng, dist=None):
    """Draws of one parameter (see the module doc for ``dist``); fixed when it has no bounds."""
    kind = resolve(value, lo, hi, dist)
    value = float(value)
    if kind == "fixed":
        return np.full(iterations, value)
    lo, hi = float(lo), float(hi)
    if kind == "normal":
        return truncated_normal(rng, value, (hi - lo) / SD_DIVISOR, iterations)
    if kind == "lognormal":
        if lo <= 0 or value <= 0:
            raise ValueError("a lognormal needs positive bounds and value")
        return value * np.exp(rng.normal(0.0, np.log(hi / lo) / SD_DIVISOR, iterations))
    if kind == "pert_median":
        a, b = pert_median_shape(float(value), float(lo), float(hi))
        return lo + (hi - lo) * rng.beta(a, b, iterations)
    mode = min(max(value, lo), hi)
    if kind == "pert":
        return _pert(rng, lo, mode, hi, iterations)
    return rng.triangular(lo, mode, hi, iterations)


def interval(samples, axis=-1, level=95.0):
    """The central ``level`` % percentile interval of draws (95: the 2.5 and 97.5 percentiles)."""
    if level == 95.0:
        lo, hi = np.percentile(samples, [LOW_PCT, HIGH_PCT], axis=axis)
    else:
        tail = (100.0 - float(level)) / 2.0
        lo, hi = np.percentile(samples, [tail, 100.0 - tail], axis=axis)
    return lo, hi


def tolerance(u, n_dig=2):
    """JCGM 101:2008 7.9.2: delta = 1/2 x 10^l where u = c x 10^l and c has ``n_dig`` digits."""
    u = abs(float(u))
    if u == 0 or not np.isfinite(u):
        return 0.0
    return 0.5 * 10.0 ** (np.floor(np.log10(u)) - (n_dig - 1))


BATCH_MIN = 10_000   # JCGM 101:2008 7.9.4 a): M = max(J, 10^4) with J = 100 / (1 - p) = 2000 for p = 0.95


def run_adaptive(batch_fn, batch, *, max_draws, watch=None, adaptive=True, n_dig=2):
    """Draws of several outputs in batches (JCGM 101:2008 7.9), stopped when the watched outputs are stable.

    ``batch_fn(n)`` returns an array (outputs, n) of n new draws. ``watch``
    lists the rows whose mean, standard deviation and 95 % bounds must be
    stable (all rows when None). Without ``adaptive`` exactly one batch is
    drawn. Returns (draws (outputs, M), M, converged).
    """
    batches, stats = [], []
    while True:
        out = np.asarray(batch_fn(batch), dtype=np.float64)
        rows = out if watch is None else out[list(watch)]
        lo, hi = interval(rows, axis=1)
        stats.append(np.stack([rows.mean(axis=1), rows.std(axis=1, ddof=1) if rows.shape[1] > 1 else
                               np.zeros(len(rows)), lo, hi]))
        batches.append(out)
        h = len(batches)
        if not adaptive:
            return out, batch, True
        if h >= 2:
            st = np.asarray(stats)                       # (h, 4, rows)
            s = st.std(axis=0, ddof=1) / np.sqrt(h)      # sd of the average of h batch results
            u = st[:, 1, :].mean(axis=0)                 # standard uncertainty of each output
            mean = np.abs(st[:, 0, :].mean(axis=0))
            delta = np.array([max(tolerance(x, n_dig), 1e-12 * m) for x, m in zip(u, mean)])
            if np.all(2.0 * s <= delta[None, :]):
                return np.concatenate(batches, axis=1), h * batch, True
        if (h + 1) * batch > max_draws:
            return np.concatenate(batches, axis=1), h * batch, False


def _lerp(a, b, t):
    """a + (b - a) t as NumPy's percentile computes it (from b when t >= 0.5), so the results are the same."""
    diff = b - a
    return np.where(t >= 0.5, b - diff * (1 - t), a + diff * t)


def percentiles(samples, pcts, median=False):
    """np.percentile(samples, pcts, axis=1) of a 2-D array (rows of draws), from one np.partition at the order
    statistics needed (the linear interpolation between the two order statistics around each percentile);
    with ``median`` also np.median(samples, axis=1) as the last row. Returns an array (len(pcts) [+ 1], rows).
    """
    a = np.asarray(samples, dtype=np.float64)
    if a.ndim == 1:
        a = a[None, :]
    n = a.shape[1]
    if n == 0:
        return np.full((len(pcts) + bool(median), a.shape[0]), np.nan)
    virtual = (n - 1) * (np.asarray(pcts, dtype=np.float64) / 100.0)
    below = np.floor(virtual).astype(int)
    above = np.minimum(below + 1, n - 1)
    need = set(below.tolist()) | set(above.tolist())
    if median:
        need |= {(n - 1) // 2, n // 2}
    stat = _order_statistics(a, need)
    t = (virtual - below)[:, None]
    out = [_lerp(np.stack([stat[k] for k in below.tolist()]), np.stack([stat[k] for k in above.tolist()]), t)]
    if median:
        mid = stat[n // 2] if n % 2 else (stat[(n - 1) // 2] + stat[n // 2]) / 2.0
        out.append(mid[None, :])
    return np.concatenate(out, axis=0)


# Order statistics of many draws are found inside brackets. A partition of the first draws of each row gives,
# for each pair of order statistics wanted, values that bracket them with near certainty (SUBSAMPLE_Z standard
# deviations of the subsample's rank either side). Counting the draws below a bracket and selecting among the few
# inside it gives the exact values. A tail's bracket (the 2.5th percentile's) reaches to the end of the row: one
# comparison per draw, not two. A row whose bracket missed (rare) or holds too many draws (ties) is bracketed on
# both sides, then partitioned whole.
BRACKET_MIN_DRAWS = 20_000   # fewer draws: one partition is as fast
SUBSAMPLE_DIV = 16           # the subsample: the first 1/16 of the draws (draws are independent and alike)
SUBSAMPLE_Z = 3.5
TAIL = 0.1                   # order statistics below this fraction of the draws (or above 1 - TAIL): a tail


def _order_statistics(a, need):
    """{k: the k-th smallest value of each row of ``a``} for the k in ``need``: the values np.partition puts at k
    (NaN last), bit for bit. Many draws: inside brackets from a subsample (see above); few: one partition."""
    r, n = a.shape
    runs = _runs(sorted(need))
    m = n // SUBSAMPLE_DIV
    if n < BRACKET_MIN_DRAWS or r == 0 or any(len(run) > 2 for run in runs):
        return _partitioned(a, need)
    edges = []
    for run in runs:
        q0, q1 = run[0] / (n - 1.0), run[-1] / (n - 1.0)
        lo = int(np.floor(q0 * (m - 1) - SUBSAMPLE_Z * np.sqrt(m * q0 * (1 - q0)) - 2))
        hi = int(np.ceil(q1 * (m - 1) + SUBSAMPLE_Z * np.sqrt(m * q1 * (1 - q1)) + 2))
        edges.append((max(lo, 0), min(hi, m - 1)))
    sub = np.partition(a[:, :m], sorted({e for pair in edges for e in pair}), axis=1)
    cap = n // 8
    stat = {}
    for run, (lo, hi) in zip(runs, edges):
        e_lo, e_hi = sub[:, lo], sub[:, hi]
        q = run[0] / (n - 1.0)
        tail = q < TAIL or q > 1 - TAIL
        values, found = _between(a, run, None if q < TAIL else e_lo, None if q > 1 - TAIL else e_hi, cap)
        rest = np.flatnonzero(~found)
        if rest.size and tail:
            again, found_again = _between(a[rest], run, e_lo[rest], e_hi[rest], cap)
            values[:, rest] = again
            found[rest] = found_again
            rest = np.flatnonzero(~found)
        if rest.size:
            whole = _partitioned(a[rest], set(run))
            for i, k in enumerate(run):
                values[i, rest] = whole[k]
        for i, k in enumerate(run):
            stat[k] = values[i]
    return stat


def _between(a, run, e_lo, e_hi, cap):
    """(values (len(run), rows), found): the order statistics ``run`` of each row from its draws between e_lo and
    e_hi (None: unbounded), and the rows where they lay there among at most ``cap`` draws."""
    r, n = a.shape
    inside = np.empty(a.shape, dtype=bool)
    if e_lo is None:
        below = np.zeros(r, dtype=np.intp)
        np.less_equal(a, e_hi[:, None], out=inside)             # NaN not inside: np.partition puts it last
    else:
        np.less(a, e_lo[:, None], out=inside)
        below = _row_counts(inside)
        if e_hi is None:
            np.logical_not(inside, out=inside)                   # NaN inside, and last
        else:
            upper = np.less_equal(a, e_hi[:, None])
            np.greater(upper, inside, out=inside)                # e_lo <= a <= e_hi
    count = _row_counts(inside)
    j = run[0] - below                                           # rank of the first wanted among those inside
    hit = (j >= 0) & (j + len(run) <= count)
    flat = hit & (e_lo == e_hi) if e_lo is not None and e_hi is not None else np.zeros(r, dtype=bool)
    take = hit & ~flat & (count <= cap)                          # flat: every draw inside is the edges' value
    values = _select_inside(a, inside, take, np.where(take, j, 0), np.where(take, count, 0), len(run))
    if flat.any():
        values[:, flat] = e_lo[flat]
    return values, take | flat


def _row_counts(mask):
    """True values in each row of a 2-D boolean array (row by row: np.count_nonzero along an axis is slower)."""
    return np.fromiter((np.count_nonzero(row) for row in mask), dtype=np.intp, count=len(mask))


def _runs(ks):
    """Sorted integers as runs of neighbours: [1, 2, 5] -> [[1, 2], [5]]."""
    runs = []
    for k in ks:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _select_inside(a, inside, take, j, count, width):
    """(width, rows): the j-th to (j + width - 1)-th smallest of the ``inside`` draws of each row in ``take``
    (other rows: NaN), by one partition of the inside draws, each row shifted by pads of -inf so that the wanted
    ranks line up."""
    r = a.shape[0]
    inside[~take] = False
    values = a.ravel().compress(inside.ravel())
    at = int(j.max()) if r else 0
    shift = at - j
    size = max(int((shift + count).max()) if r else 0, at + width)
    pad = np.full((r, size), np.inf)
    pad[np.arange(size)[None, :] < shift[:, None]] = -np.inf
    start = np.cumsum(count) - count
    pad.ravel()[np.arange(values.size) + np.repeat(shift - start + np.arange(r) * size, count)] = values
    pad.partition(list(range(at, at + width)), axis=1)
    out = pad[:, at:at + width].T.copy()
    out[:, ~take] = np.nan
    return out


def _partitioned(a, need):
    """{k: the k-th smallest value of each row of ``a``} for the k in ``need``, from one np.partition.

    Percentiles need pairs of neighbouring order statistics (k, k + 1). One partition at the first of each pair
    leaves the second as the smallest value between k and the next partition point, found by a minimum: a
    second selection over the same part of the rows would cost about as much as the first. Runs of three or
    more neighbours (tiny samples) are all partitioned at."""
    n = a.shape[1]
    firsts = sorted(k for k in need if k - 1 not in need)
    if any(k + 2 in need for k in firsts if k + 1 in need):
        firsts = sorted(need)
    part = np.partition(a, firsts, axis=1)
    stat = {k: part[:, k] for k in firsts}
    for j, k in enumerate(firsts):
        if k + 1 in need and k + 1 not in stat:
            end = firsts[j + 1] if j + 1 < len(firsts) else n - 1
            rest = part[:, k + 1:end + 1]
            stat[k + 1] = low = rest.min(axis=1)
            nan = np.isnan(low)           # NaN is last in np.partition's order: the smallest value that is not NaN
            if nan.any():
                low[nan] = np.fmin.reduce(rest[nan], axis=1)
    return stat


def summaries(samples, values, median=True):
    """Median and 95 % bounds of each row of draws (rows, draws), the bounds widened to the point estimates
    ``values`` where they miss them: arrays (median, lo, hi, widened), ``widened`` true where that went beyond
    float noise. Without ``median`` the medians are not computed (None): the bounds are the same."""
    if median:
        lo, hi, med = percentiles(samples, [LOW_PCT, HIGH_PCT], median=True)
    else:
        (lo, hi), med = percentiles(samples, [LOW_PCT, HIGH_PCT]), None
    v = np.asarray(values, dtype=np.float64)
    noise = 1e-9 * np.maximum(np.maximum(np.abs(v), np.abs(lo)), np.maximum(np.abs(hi), 1e-12))
    widened = (lo - v > noise) | (v - hi > noise)
    return med, np.minimum(lo, v), np.maximum(hi, v), widened


def summary(samples, value):
    """(median, lo, hi) of draws of a quantity whose point estimate is ``value``, with lo <= value <= hi.

    The 95 % bounds are widened to the point estimate where they miss it; the
    second element of the result says whether that went beyond float noise.
    """
    med, lo, hi, widened = summaries(np.asarray(samples)[None, :], [value])
    return (float(med[0]), float(lo[0]), float(hi[0])), bool(widened[0])
