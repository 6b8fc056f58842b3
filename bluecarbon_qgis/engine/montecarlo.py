"""Monte Carlo draws of uncertain parameters.

A parameter with a 95% interval [lo, hi] is drawn from a normal with its
central value as mean and sd = (hi - lo) / 3.92, truncated at 0 (densities and
coefficients cannot be negative). One draw per parameter per iteration, shared
by every zone that uses it, because the same literature value applies
everywhere; parameters without an interval stay fixed.
"""
import numpy as np

SD_DIVISOR = 3.92  # width of a 95% normal interval in sd units (2 x 1.96)
LOW_PCT, HIGH_PCT = 2.5, 97.5


def truncated_normal(rng, mean, sd, size):
    """Draws from N(mean, sd) truncated at 0, by resampling the negative draws."""
    out = rng.normal(mean, sd, size)
    bad = out < 0
    while bad.any():
        out[bad] = rng.normal(mean, sd, int(bad.sum()))
        bad = out < 0
    return out


def draw(value, lo, hi, iterations, rng):
    """Draws of one parameter: fixed when it has no interval."""
    if lo is None or hi is None or hi <= lo:
        return np.full(iterations, float(value))
    return truncated_normal(rng, float(value), (hi - lo) / SD_DIVISOR, iterations)


def interval(samples, axis=-1):
    """The 2.5 and 97.5 percentiles of draws."""
    lo, hi = np.percentile(samples, [LOW_PCT, HIGH_PCT], axis=axis)
    return lo, hi
