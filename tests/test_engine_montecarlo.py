"""Distributions of the Monte Carlo draws, checked against scipy's own quantiles."""
import numpy as np
import pytest
from scipy import stats

from bluecarbon.bluecarbon_qgis.engine.carbon.montecarlo import draw, resolve


@pytest.mark.parametrize("value,lo,hi,dist,expected", [
    (100, 80, 120, None, "normal"),
    (100, 81, 120, "auto", "normal"),          # half-widths 19 and 20: within 10 %
    (386, 55, 1376, None, "lognormal"),        # skewed: IPCC mangrove soil and its range
    (5, 0, 20, None, "pert"),                  # skewed with lo = 0: no lognormal reaches 0
    (5, None, None, None, "fixed"),
    (5, 6, 6, "normal", "fixed"),              # no width: fixed
    (386, 55, 1376, "triangular", "triangular"),
])
def test_resolve(value, lo, hi, dist, expected):
    assert resolve(value, lo, hi, dist) == expected


def test_unknown_distribution_is_refused():
    with pytest.raises(ValueError, match="unknown distribution"):
        resolve(1, 0.5, 2, "gamma")


def test_lognormal_median_is_the_value_and_bounds_are_its_percentiles():
    # bounds that are exactly a lognormal's 2.5/97.5 percentiles around median 386
    sigma = 0.6
    lo, hi = 386 * np.exp(-1.959964 * sigma), 386 * np.exp(1.959964 * sigma)
    x = draw(386, lo, hi, 400000, np.random.default_rng(3))
    ref = stats.lognorm(s=sigma, scale=386)
    assert np.median(x) == pytest.approx(386, rel=0.005)
    assert np.percentile(x, 2.5) == pytest.approx(ref.ppf(0.025), rel=0.01)
    assert np.percentile(x, 97.5) == pytest.approx(ref.ppf(0.975), rel=0.01)


def test_skewed_bounds_keep_median_on_value():
    x = draw(386, 55, 1376, 200000, np.random.default_rng(1))
    assert np.median(x) == pytest.approx(386, rel=0.01)
    assert (x > 0).all()


def test_pert_stays_in_range_with_mode_at_value():
    lo, mode, hi = 0.0, 5.0, 20.0
    x = draw(mode, lo, hi, 200000, np.random.default_rng(2), dist="pert")
    assert x.min() >= lo and x.max() <= hi
    # Beta-PERT mean = (lo + 4 mode + hi) / 6
    assert x.mean() == pytest.approx((lo + 4 * mode + hi) / 6, rel=0.01)


def test_normal_is_truncated_at_zero():
    x = draw(1.0, -1.0, 3.0, 100000, np.random.default_rng(4), dist="normal")
    assert x.min() >= 0
    sd = 4.0 / 3.92
    ref = stats.truncnorm(-1.0 / sd, np.inf, loc=1.0, scale=sd)
    assert np.median(x) == pytest.approx(ref.median(), rel=0.02)
