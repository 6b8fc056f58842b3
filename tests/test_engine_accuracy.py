"""Accuracy estimators against the worked example of Olofsson et al. (2014).

Olofsson, P., Foody, G.M., Herold, M., Stehman, S.V., Woodcock, C.E., Wulder, M.A.
(2014). Good practices for estimating area and assessing accuracy of land change.
Remote Sensing of Environment 148: 42-57, Section 5 (the worked example): map of
deforestation, forest gain, stable forest and stable non-forest, 30 m pixels
(0.09 ha); mapped pixels 200,000 / 150,000 / 3,200,000 / 6,450,000; sample of
75 / 75 / 165 / 325. Published results (rounded as in the paper): user's
accuracy 0.88 ± 0.07, 0.73 ± 0.10, 0.93 ± 0.04, 0.96 ± 0.02; overall 0.95 ±
0.02; producer's accuracy of deforestation 0.75 ± 0.21; area-adjusted areas
21,158 ± 6,158 ha, 11,686 ± 3,756 ha, 285,770 ± 15,510 ha, 581,386 ± 16,282 ha.
Sample size: expected user's accuracies 0.7, 0.6, 0.9, 0.95 and a target
standard error of 0.01 give n = 641.
"""
import numpy as np
import pytest

from bluecarbon.bluecarbon_qgis.engine.accuracy.estimators import (
    allocate, anticipated_se, conditional_proportions, draw_conditional_proportions, error_matrix, sample_size,
    size_for_target, stratified_accuracy)
from bluecarbon.bluecarbon_qgis.engine.raster.grid import open_grid
from bluecarbon.bluecarbon_qgis.engine.accuracy.sampling import class_pixel_counts, reference_sample, stratified_sample
from conftest import make_raster

COUNTS = np.array([[66, 0, 5, 4], [0, 55, 8, 12], [1, 0, 153, 11], [2, 1, 9, 313]])
PIXELS = np.array([200_000, 150_000, 3_200_000, 6_450_000])


def test_olofsson_worked_example():
    r = stratified_accuracy(COUNTS, PIXELS * 0.09, [1, 2, 3, 4])
    assert np.round(r.users, 2).tolist() == [0.88, 0.73, 0.93, 0.96]
    assert np.round(r.users_ci95, 2).tolist() == [0.07, 0.10, 0.04, 0.02]
    assert round(r.overall, 2) == 0.95 and round(r.overall_ci95, 2) == 0.02
    assert round(r.producers[0], 2) == 0.75 and round(r.producers_ci95[0], 2) == 0.21
    assert np.round(r.adjusted_ha).tolist() == [21_158, 11_686, 285_770, 581_386]
    assert np.round(r.adjusted_ha_ci95).tolist() == [6_158, 3_756, 15_510, 16_282]
    # the area proportions of the estimated matrix sum to one and keep each stratum's weight
    assert r.proportions.sum() == pytest.approx(1.0)
    assert r.proportions.sum(axis=1) == pytest.approx(PIXELS / PIXELS.sum())


def test_olofsson_sample_size():
    w = PIXELS / PIXELS.sum()
    assert sample_size(w, [0.7, 0.6, 0.9, 0.95], 0.01) == 641


def test_allocation_honours_minimum():
    w = [0.02, 0.015, 0.32, 0.645]
    counts = allocate(641, w, 75)
    assert min(counts) >= 75 and sum(counts) == 641
    # the large strata share the rest in proportion to their areas
    assert counts[3] / counts[2] == pytest.approx(0.645 / 0.32, rel=0.02)
    assert allocate(100, [0.5, 0.3, 0.2], 50) == [50, 50, 50]  # minimum wins over the total


def test_single_sample_class_gets_no_interval():
    counts = np.array([[10, 1], [0, 1]])
    r = stratified_accuracy(counts, [90.0, 10.0], [1, 2])
    assert np.isnan(r.users_ci95[1]) and np.isnan(r.overall_ci95)
    assert np.isnan(r.adjusted_ha_ci95).all()
    assert any("single reference sample" in t for t, _ in r.notes)


def test_reference_class_missing_from_map_is_kept():
    classes, counts = error_matrix([1, 1, 1, 2, 2], [1, 3, 1, 2, 2], [1, 2, 3])
    r = stratified_accuracy(counts, [80.0, 20.0, 0.0], classes)
    assert r.adjusted_ha[2] == pytest.approx(100 * 0.8 / 3)  # W_1 x n_13 / n_1.
    assert any("does not occur in the map" in t for t, _ in r.notes)


def test_seeded_stratified_sample(tmp_path):
    arr = np.ones((300, 200), np.uint8)
    arr[100:110, 50:60] = 3  # 100 px of a rare class
    arr[0, :] = 0            # nodata row
    path = make_raster(tmp_path / "m.tif", arr, 32650, 500000, 2500000, 10, 10)
    grid = open_grid(path)
    counts = class_pixel_counts(grid)
    assert counts == {1: int((arr == 1).sum()), 3: 100}
    a = stratified_sample(grid, {1: 40, 3: 30}, counts, seed=5)
    b = stratified_sample(grid, {1: 40, 3: 30}, counts, seed=5)
    c = stratified_sample(grid, {1: 40, 3: 30}, counts, seed=6)
    assert a == b and a != c
    assert sum(1 for p in a if p[2] == 3) == 30 and len(set((x, y) for x, y, _ in a)) == 70
    for x, y, cls in a:  # every point is a pixel centre of its stratum
        col, row = int((x - 500000) // 10), int((2500000 - y) // 10)
        assert arr[row, col] == cls
        assert (x - 500000) % 10 == 5 and (2500000 - y) % 10 == 5


def test_census_stratum_adds_no_variance():
    # class 2 has a single pixel in the map and it was sampled: a census, not a missing variance
    counts = np.array([[45, 5], [0, 1]])
    r = stratified_accuracy(counts, [99.99, 0.01], [1, 2], stratum_pixels=[9999, 1], distinct_pixels=[50, 1])
    assert not np.isnan(r.overall_ci95)
    w1 = 99.99 / 100.0
    u1 = 45 / 50
    assert r.overall_ci95 == pytest.approx(1.96 * np.sqrt(w1 ** 2 * u1 * (1 - u1) / 49))
    assert r.users_ci95[1] == 0.0


def olofsson_units():
    """The worked example's 640 sample units as (map class, reference class) pairs."""
    maps, refs = [], []
    for i in range(4):
        for j in range(4):
            maps += [i + 1] * int(COUNTS[i, j])
            refs += [j + 1] * int(COUNTS[i, j])
    return maps, refs


def test_conditional_proportions_give_olofsson_areas_for_a_whole_map_polygon():
    maps, refs = olofsson_units()
    cp = conditional_proportions(maps, refs, [1, 2, 3, 4])
    assert cp.counts.tolist() == COUNTS.tolist()
    assert cp.proportions == pytest.approx(COUNTS / COUNTS.sum(axis=1)[:, None])
    mapped_ha = PIXELS * 0.09
    adjusted = mapped_ha @ cp.proportions   # Σ_i mapped_ha_i p(j | i)
    r = stratified_accuracy(COUNTS, mapped_ha, [1, 2, 3, 4])
    assert adjusted == pytest.approx(r.adjusted_ha, rel=1e-12)
    assert np.round(adjusted).tolist() == [21_158, 11_686, 285_770, 581_386]  # published
    # variance p(1 - p)/(n_i. - 1), eq. 6
    assert cp.variance[0, 0] == pytest.approx((66 / 75) * (9 / 75) / 74)


def test_conditional_proportions_unsampled_map_class_is_nan():
    cp = conditional_proportions([1, 1, 2], [1, 2, 2], [1, 2, 3])
    assert np.isnan(cp.proportions[2]).all() and cp.row_n.tolist() == [2, 1, 0]
    assert np.isnan(cp.variance[1]).all()  # one unit: no variance
    d = draw_conditional_proportions(cp, 10, rng=1)
    assert np.isnan(d[:, 2]).all() and d[:, :2].sum(axis=2) == pytest.approx(np.ones((10, 2)))


def test_draw_conditional_proportions_follow_the_dirichlet_posterior():
    maps, refs = olofsson_units()
    cp = conditional_proportions(maps, refs, [1, 2, 3, 4])
    d = draw_conditional_proportions(cp, 200_000, rng=7)
    assert d.shape == (200_000, 4, 4)
    alpha = COUNTS + 0.25                      # Perks prior 1/k, k = 4
    a0 = alpha.sum(axis=1, keepdims=True)
    mean = alpha / a0
    var = mean * (1 - mean) / (a0 + 1)         # Dirichlet marginal variance
    assert d.mean(axis=0) == pytest.approx(mean, abs=4 * np.sqrt(var.max() / 200_000))
    assert d.var(axis=0) == pytest.approx(var, rel=0.03)
    assert np.array_equal(d[:5], draw_conditional_proportions(cp, 200_000, rng=7)[:5])
    # a row with every point correct still carries map error (no 0-width interval)
    cp = conditional_proportions([1] * 50 + [2] * 50, [1] * 50 + [2] * 45 + [1] * 5)
    d = draw_conditional_proportions(cp, 50_000, rng=3)
    assert np.percentile(d[:, 0, 0], 2.5) < 0.99
    # prior 0: the Bayesian bootstrap; an unseen error stays unseen
    assert (draw_conditional_proportions(cp, 100, rng=3, prior=0)[:, 0, 0] == 1).all()


def test_conditional_proportions_weighted_by_cell_area():
    # stratum 1: two units of 1 m² (correct) and one of 2 m² (wrong): area share correct = 2 / 4
    cp = conditional_proportions([1, 1, 1], [1, 1, 2], [1, 2], weights=[1.0, 1.0, 2.0])
    assert cp.proportions[0].tolist() == [0.5, 0.5]
    assert cp.effective_n[0] == pytest.approx(16 / 6)
    # ratio-estimator variance by hand: mean weight 4/3, residuals of y_k1 = (0.5, 0.5, -0.5)
    rel = np.array([1, 1, 2]) / (4 / 3)
    assert cp.variance[0, 0] == pytest.approx((rel ** 2 * 0.25).sum() / (3 * 2))


def test_repeated_points_on_a_small_class_are_no_census():
    # 30 points on a 20-pixel class (some pixels twice), 5 labelled correct: not a census, eq. 6 applies
    counts = np.array([[95, 5], [25, 5]])
    r = stratified_accuracy(counts, [1000.0, 0.18], [1, 2], stratum_pixels=[100000, 20], distinct_pixels=[100, 20])
    assert not r.census.any()
    u = 5 / 30
    assert r.users[1] == pytest.approx(u)
    assert r.users_ci95[1] == pytest.approx(1.96 * np.sqrt(u * (1 - u) / 29))  # 0.136, not 0
    assert round(r.users_ci95[1], 3) == 0.136
    assert any("20 distinct pixels" in t.format(**f) for t, f in r.notes)
    # every pixel exactly once is a census
    counts = np.array([[95, 5], [15, 5]])
    r = stratified_accuracy(counts, [1000.0, 0.18], [1, 2], stratum_pixels=[100000, 20], distinct_pixels=[100, 20])
    assert r.census.tolist() == [False, True] and r.users_ci95[1] == 0.0


def test_unlabelled_map_class_is_not_estimable():
    # Olofsson's example with the forest-gain class (2) left unlabelled
    counts = COUNTS.copy()
    counts[1] = 0
    r = stratified_accuracy(counts, PIXELS * 0.09, [1, 2, 3, 4])
    assert r.unsampled == [2] and not r.estimable
    assert np.isnan(r.overall) and np.isnan(r.overall_ci95)
    assert np.isnan(r.adjusted_ha).all() and np.isnan(r.adjusted_ha_ci95).all()
    assert np.isnan(r.producers).all() and np.isnan(r.producers_ci95).all()
    assert np.isnan(r.users[1]) and np.isnan(r.proportions[1]).all()
    # the user's accuracies of the labelled classes stand, with their eq. 6 intervals
    full = stratified_accuracy(COUNTS, PIXELS * 0.09, [1, 2, 3, 4])
    for i in (0, 2, 3):
        assert r.users[i] == full.users[i] and r.users_ci95[i] == full.users_ci95[i]
    (text, fields), = [n for n in r.notes if "no reference point" in n[0]]
    assert "Map class 2 (13500.00 ha, 1.5 % of the map)" in text.format(**fields)


def test_zero_width_user_accuracy_gets_a_wilson_interval():
    counts = np.array([[50, 0], [3, 47]])
    r = stratified_accuracy(counts, [100.0, 100.0], [1, 2])
    assert r.users[0] == 1.0 and r.users_ci95[0] == 0.0          # Olofsson's formula is kept
    assert r.zero_width == [1]
    # Wilson by hand (Brown, Cai & DasGupta 2001 eq. 4) at p = 1, n = 50: [n / (n + z²), 1]
    z2 = 1.96 ** 2
    assert r.users_wilson[0, 0] == pytest.approx(50 / (50 + z2)) and r.users_wilson[0, 1] == 1.0
    p, n = 47 / 50, 50
    c = (p + z2 / (2 * n)) / (1 + z2 / n)
    h = 1.96 / (1 + z2 / n) * np.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    assert r.users_wilson[1] == pytest.approx([c - h, c + h])
    assert any("Wilson 95% interval is 0.929-1.000" in t.format(**f) for t, f in r.notes)


def geographic_map(tmp_path):
    """EPSG:4326, 0-70° N at 0.1°: class 1 in columns 0-17, class 2 in 18-19. The truth: class 1 is wrong
    (really class 2) in the 252 rows north of 44.8° N, 36 % of its pixels but 25 % of its area."""
    arr = np.ones((700, 20), np.uint8)
    arr[:, 18:] = 2
    truth = arr.copy()
    truth[:252, :18] = 2
    return make_raster(tmp_path / "geo.tif", arr, 4326, 100.0, 70.0, 0.1, 0.1), arr, truth


def band_area_share(lat_lo, lat_hi, lat_min=0.0, lat_max=70.0):
    """Share of the ellipsoidal area of a band of latitudes (authalic q function, WGS 84)."""
    e = np.sqrt(0.00669437999014)

    def q(lat):
        s = np.sin(np.radians(lat))
        return s / (1 - e * e * s * s) + np.log((1 + e * s) / (1 - e * s)) / (2 * e)
    return (q(lat_hi) - q(lat_lo)) / (q(lat_max) - q(lat_min))


def test_geographic_sample_estimates_area_shares(tmp_path):
    path, arr, truth = geographic_map(tmp_path)
    grid = open_grid(path)
    area_truth = 1 - band_area_share(44.8, 70.0)
    assert area_truth == pytest.approx(0.75, abs=0.002)
    # every class-1 pixel once (a census): the weighted estimate is the area truth exactly
    rows, cols = np.nonzero(arr == 1)
    xy = [(100.0 + (c + 0.5) * 0.1, 70.0 - (r + 0.5) * 0.1) for r, c in zip(rows, cols)]
    s = reference_sample(grid, xy, truth[rows, cols].tolist())
    assert s.weights is not None
    cp = conditional_proportions(s.map_values, s.ref_values, [1, 2], weights=s.weights)
    assert cp.proportions[0, 0] == pytest.approx(area_truth, rel=1e-9)
    assert conditional_proportions(s.map_values, s.ref_values, [1, 2]).proportions[0, 0] == pytest.approx(0.64)
    # an equal-probability sample of 600 pixels: the cell-area weighted estimate finds the area truth
    counts = class_pixel_counts(grid)
    pts = stratified_sample(grid, {1: 600, 2: 50}, counts, seed=11)
    refs = [int(truth[int((70.0 - y) // 0.1), int((x - 100.0) // 0.1)]) for x, y, _ in pts]
    s = reference_sample(grid, [(x, y) for x, y, _ in pts], refs)
    cp = conditional_proportions(s.map_values, s.ref_values, [1, 2], weights=s.weights)
    se = np.sqrt(cp.variance[0, 0])
    assert abs(cp.proportions[0, 0] - area_truth) < 3 * se
    assert abs(conditional_proportions(s.map_values, s.ref_values, [1, 2]).proportions[0, 0] - 0.64) < 3 * se
    r = stratified_accuracy(cp.counts, [1.0, 1.0], [1, 2], sample=cp)
    assert r.users[0] == cp.proportions[0, 0] and r.users_ci95[0] == pytest.approx(1.96 * se)


def test_projected_sample_is_unweighted(tmp_path):
    arr = np.ones((50, 50), np.uint8)
    path = make_raster(tmp_path / "utm.tif", arr, 32650, 500000, 2500000, 10, 10)
    s = reference_sample(open_grid(path), [(500005.0, 2499995.0), (500105.0, 2499795.0), (1e7, 0.0)], [1, 1, 1])
    assert s.weights is None and s.skipped == 1
    assert s.cell_m2 == pytest.approx(100 / 0.9996 ** 2, rel=1e-5)   # k0² of UTM at its central meridian


def test_anticipated_se_of_the_allocation_drawn():
    w = PIXELS / PIXELS.sum()
    u = np.array([0.7, 0.6, 0.9, 0.95])
    alloc = allocate(641, w, 75)
    by_hand = np.sqrt(np.sum(w ** 2 * u * (1 - u) / (np.array(alloc) - 1)))
    assert anticipated_se(w, u, alloc) == pytest.approx(by_hand)
    assert 0.0105 < by_hand < 0.0115        # eq. 13's n misses the target under this allocation
    n, alloc2, se = size_for_target(w, u, 0.01, 75)
    assert se <= 0.01 and sum(alloc2) == n
    before = allocate(n - 1, w, 75)
    assert np.sqrt(np.sum(w ** 2 * u * (1 - u) / (np.array(before) - 1))) > 0.01   # the smallest such n
    # a census stratum adds nothing; a stratum of one unit makes the SE unknowable
    assert anticipated_se([0.5, 0.5], [0.8, 0.8], [10, 5], stratum_pixels=[1000, 5]) == \
        pytest.approx(np.sqrt(0.25 * 0.16 / 9))
    assert anticipated_se([0.5, 0.5], [0.8, 0.8], [10, 1]) == float("inf")
