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
- ``triangular``: as ``pert``, triangular over [lo, hi] with the mode at the value.
- ``fixed``: no uncertainty.

``auto`` (the default) picks ``normal`` when the bounds are symmetric about the
value (the two half-widths within 10 % of each other), ``lognormal`` otherwise
(and ``pert`` when lo is 0, where a lognormal cannot reach). One draw per
parameter per iteration, shared by every zone that uses it, because the same
literature value applies everywhere; parameters without bounds stay fixed.
"""
import numpy as np

SD_DIVISOR = 3.92  # width of a 95% normal interval in sd units (2 x 1.96)
LOW_PCT, HIGH_PCT = 2.5, 97.5
DISTRIBUTIONS = ("auto", "normal", "lognormal", "pert", "triangular", "fixed")
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
    mode = min(max(value, lo), hi)
    if kind == "pert":
        return _pert(rng, lo, mode, hi, iterations)
    return rng.triangular(lo, mode, hi, iterations)


def interval(samples, axis=-1):
    """The 2.5 and 97.5 percentiles of draws."""
    lo, hi = np.percentile(samples, [LOW_PCT, HIGH_PCT], axis=axis)
    return lo, hi
