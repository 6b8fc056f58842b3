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


@pytest.mark.parametrize("value,lo,hi", [
    (386, 55, 1376),     # mangrove soil, IPCC observed range: mode inside
    (1.62, 0.05, 10.2),  # mangrove accumulation rate
    (108, 10, 829),      # seagrass soil: median below what a mode at lo gives with lambda 4 (shape raised)
    (700, 10, 829),      # near the top of the range
])
def test_pert_median_puts_the_median_on_the_value_inside_the_range(value, lo, hi):
    from bluecarbon.bluecarbon_qgis.engine.carbon.montecarlo import pert_median_shape
    x = draw(value, lo, hi, 400000, np.random.default_rng(9), dist="pert_median")
    assert np.median(x) == pytest.approx(value, rel=0.01)
    assert x.min() >= lo and x.max() <= hi
    a, b = pert_median_shape(float(value), float(lo), float(hi))
    # against scipy's own beta median
    assert lo + (hi - lo) * stats.beta(a, b).median() == pytest.approx(value, rel=1e-4)


@pytest.mark.parametrize("u,delta", [(0.0123, 0.0005), (85_000, 500), (1.0, 0.05), (0.0, 0.0)])
def test_jcgm_numerical_tolerance(u, delta):
    # JCGM 101:2008 7.9.2: u = c x 10^l with two significant digits in c, delta = 1/2 x 10^l
    from bluecarbon.bluecarbon_qgis.engine.carbon.montecarlo import tolerance
    assert tolerance(u) == pytest.approx(delta)


def test_adaptive_stops_when_stable_and_counts_draws():
    from bluecarbon.bluecarbon_qgis.engine.carbon.montecarlo import run_adaptive
    rng = np.random.default_rng(3)
    calls = []

    def batch(n):
        calls.append(n)
        return rng.normal(100.0, 10.0, (1, n))

    draws, used, converged = run_adaptive(batch, 10_000, max_draws=1_000_000)
    assert converged and used == sum(calls) == draws.shape[1] and len(calls) >= 2
    # stopped: 2 s_h <= delta for the 97.5th percentile, delta = 0.5 (u = 10 -> "10", l = 0)
    h = len(calls)
    hi = [np.percentile(draws[0, i * 10_000:(i + 1) * 10_000], 97.5) for i in range(h)]
    assert 2 * np.std(hi, ddof=1) / np.sqrt(h) <= 0.5
    one, used1, _ = run_adaptive(batch, 5_000, max_draws=1_000_000, adaptive=False)
    assert used1 == 5_000 and one.shape == (1, 5_000)


@pytest.mark.parametrize("n", [1, 2, 3, 40, 41, 1000, 10_001])
def test_partition_percentiles_equal_numpy_percentile_and_median(n):
    from bluecarbon.bluecarbon_qgis.engine.carbon.montecarlo import percentiles, summaries
    rng = np.random.default_rng(n)
    a = np.vstack([rng.lognormal(3.0, 1.0, (20, n)), np.full((1, n), 7.5), rng.integers(0, 3, (3, n))])
    pcts = [2.5, 97.5, 0, 100, 50, 33.3]
    got = percentiles(a, pcts, median=True)
    np.testing.assert_allclose(got[:-1], np.percentile(a, pcts, axis=1), rtol=1e-12, atol=0)
    np.testing.assert_allclose(got[-1], np.median(a, axis=1), rtol=1e-12, atol=0)
    # the credited bounds and the median bit for bit (one partition per pair of order statistics, the second of
    # each pair a minimum): the same numbers as before the shortcut
    exact = percentiles(a, [2.5, 97.5], median=True)
    assert np.array_equal(exact[:2], np.percentile(a, [2.5, 97.5], axis=1))
    assert np.array_equal(exact[2], np.median(a, axis=1))
    # the bounds widened to a point estimate outside them, as summary() does for one row
    values = np.percentile(a, 99.9, axis=1) + 1.0
    med, lo, hi, widened = summaries(a, values)
    assert np.all(hi == values) and np.all(widened)
    np.testing.assert_allclose(lo, np.percentile(a, 2.5, axis=1), rtol=1e-12, atol=0)


def _awkward_rows(n, rng):
    """Rows of draws as a run can give them: skewed, constant, all zero, a few values with many ties, sorted (the
    first draws not like the others), with NaN and infinities, and ties exactly at the percentiles."""
    rows = [rng.lognormal(3.0, 1.0, n), rng.normal(-5.0, 2.0, n), np.full(n, 7.5), np.zeros(n),
            rng.integers(0, 3, n).astype(float), np.sort(rng.normal(0.0, 1.0, n)),
            np.sort(rng.normal(0.0, 1.0, n))[::-1].copy(), rng.triangular(0.5, 1.0, 3.0, n)]
    nan = rng.normal(0.0, 1.0, n)
    nan[rng.choice(n, n // 50, replace=False)] = np.nan
    inf = rng.normal(0.0, 1.0, n)
    inf[rng.choice(n, n // 20, replace=False)] = -np.inf
    inf[rng.choice(n, n // 20, replace=False)] = np.inf
    ties = rng.normal(0.0, 1.0, n)
    ties[np.argsort(ties)[int(0.02 * n):int(0.2 * n)]] = -1.0    # a block of equal values over the lower bound
    return np.vstack(rows + [nan, inf, ties])


@pytest.mark.parametrize("n", [1_001, 20_000, 20_001, 50_000, 123_457])
def test_bracketed_order_statistics_equal_a_whole_partition(n):
    """Many draws: order statistics from brackets found in a subsample equal np.partition's bit for bit, and the
    percentiles np.percentile's, whatever the rows hold (ties, NaN, infinities, sorted rows whose first draws
    bracket nothing). Few draws (1,001: one partition) too."""
    from bluecarbon.bluecarbon_qgis.engine.carbon import montecarlo
    rng = np.random.default_rng(n)
    a = _awkward_rows(n, rng)
    pcts = [2.5, 97.5, 50.0, 0.0, 100.0, 10.0, 89.9]
    virtual = (n - 1) * np.asarray(pcts) / 100.0
    need = set(np.floor(virtual).astype(int)) | set(np.minimum(np.floor(virtual).astype(int) + 1, n - 1))
    got = montecarlo._order_statistics(a, need)
    part = np.partition(a, sorted(need), axis=1)
    for k in sorted(need):
        assert np.array_equal(got[k], part[:, k], equal_nan=True), k
    finite = np.all(np.isfinite(a), axis=1)
    assert finite.sum() == len(a) - 2
    assert np.array_equal(montecarlo.percentiles(a[finite], pcts), np.percentile(a[finite], pcts, axis=1))
    lo, hi, med = montecarlo.percentiles(a[finite], [2.5, 97.5], median=True)
    assert np.array_equal(med, np.median(a[finite], axis=1))
    # rows with NaN or infinities: the values of one whole partition, as before the brackets
    whole = montecarlo._partitioned(a, need)
    assert all(np.array_equal(got[k], whole[k], equal_nan=True) for k in need)


@pytest.mark.parametrize("z,div", [(0.0, 16), (3.5, 2), (50.0, 16)])
def test_missed_and_crowded_brackets_fall_back_to_the_same_numbers(monkeypatch, z, div):
    """Brackets too narrow to hold the wanted ranks (z = 0: most rows miss), a large subsample, and brackets so
    wide that they hold more draws than the cap (z = 50): the rows are bracketed again or partitioned whole, with
    the same values."""
    from bluecarbon.bluecarbon_qgis.engine.carbon import montecarlo
    monkeypatch.setattr(montecarlo, "SUBSAMPLE_Z", z)
    monkeypatch.setattr(montecarlo, "SUBSAMPLE_DIV", div)
    rng = np.random.default_rng(7)
    a = np.vstack([rng.lognormal(1.0, 0.5, (30, 40_000)), _awkward_rows(40_000, rng)])
    finite = a[np.all(np.isfinite(a), axis=1)]
    pcts = [2.5, 97.5]
    got = montecarlo.percentiles(finite, pcts, median=True)
    assert np.array_equal(got[:2], np.percentile(finite, pcts, axis=1))
    assert np.array_equal(got[2], np.median(finite, axis=1))
    n = a.shape[1]
    need = {int(0.025 * (n - 1)), int(0.025 * (n - 1)) + 1, n // 2 - 1, n // 2}
    got, whole = montecarlo._order_statistics(a, need), montecarlo._partitioned(a, need)
    assert all(np.array_equal(got[k], whole[k], equal_nan=True) for k in need)
