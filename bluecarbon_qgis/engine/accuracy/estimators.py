"""Accuracy of class maps and area-adjusted class areas (Olofsson et al. 2014).

Olofsson, P., Foody, G. M., Herold, M., Stehman, S. V., Woodcock, C. E.,
Wulder, M. A. (2014). Good practices for estimating area and assessing
accuracy of land change. Remote Sensing of Environment 148: 42-57.
Equation numbers below are that paper's.

The sample is stratified by map class (the strata are the map classes), so
with W_i the mapped area share of class i and n_ij the sample counts (map i,
reference j):

    p_ij = W_i n_ij / n_i.                                   (eq. 4)
    overall O = Σ p_jj,  user's U_i = p_ii / p_i.,  producer's P_j = p_jj / p_.j
    V(O) = Σ W_i² U_i (1 - U_i) / (n_i. - 1)                  (eq. 5)
    V(U_i) = U_i (1 - U_i) / (n_i. - 1)                       (eq. 6)
    V(P_j): eq. 7;  area_j = A p_.j,  SE(p_.j) from eq. 10;  95% = 1.96 SE
    sample size n = (Σ W_i S_i / S(O))²,  S_i = sqrt(U_i (1 - U_i))   (eq. 13)

Eq. 13 assumes Neyman allocation; the allocation drawn here is proportional
with a minimum per class, so the anticipated SE of that allocation (section
5.1.1) is computed separately and n can be raised until the target is met.
A sample drawn with equal probability per pixel on a grid whose cells differ
in area (a geographic CRS) weights each unit by its cell area (ratio
estimator, Cochran 1977 ch. 6) so that it estimates area shares.
"""
import math
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError, N_

Z95 = 1.96


def sample_size(weights, expected_ua, target_se):
    """Total sample size for a target standard error of overall accuracy (eq. 13)."""
    if not 0 < target_se < 1:
        raise InputError("The target standard error must be between 0 and 1 (got {value}).", value=target_se)
    s = sum(w * math.sqrt(u * (1 - u)) for w, u in zip(weights, expected_ua))
    return int(math.ceil((s / target_se) ** 2))


def allocate(n, weights, min_per_class):
    """Allocation proportional to area, with at least ``min_per_class`` per class.

    ``min_per_class`` is one number for every class, or one per class (a change stratification gives its
    change strata another minimum than its stable strata). Classes whose proportional share falls below
    their minimum get the minimum; the rest of the sample is shared proportionally among the others,
    repeated until stable. The total is ``n``, or the sum of the minimums when that is larger.
    """
    k = len(weights)
    if k == 0:
        return []
    w = np.asarray(weights, dtype=np.float64)
    mins = np.broadcast_to(np.asarray(min_per_class, dtype=np.float64), (k,))
    fixed = np.zeros(k, dtype=bool)
    while True:
        rest = n - mins[fixed].sum()
        free_w = w[~fixed].sum()
        share = np.where(fixed, mins, rest * w / free_w if free_w > 0 else 0.0)
        newly = (~fixed) & (share < mins)
        if not newly.any() or rest <= 0:
            break
        fixed |= newly
    share = np.maximum(share, mins)
    counts = np.floor(share).astype(int)
    # largest remainders bring the total to max(n, sum of the minimums)
    target = int(max(n, mins.sum()))
    remainder = share - counts
    for i in np.argsort(-remainder)[: max(target - counts.sum(), 0)]:
        counts[i] += 1
    return counts.tolist()


def anticipated_se(weights, expected_ua, allocation, stratum_pixels=None):
    """Anticipated standard error of overall accuracy for a given allocation (Olofsson et al. 2014,
    section 5.1.1): eq. 5 with the expected user's accuracies,
    SE(O) = sqrt(Σ W_i² U_i (1 - U_i) / (n_i - 1)).

    ``allocation`` n_i is capped at each stratum's pixel count when given; a
    stratum sampled completely (a census) adds nothing; one with n_i < 2 makes
    the SE infinite (no variance can be estimated).
    """
    w = np.asarray(weights, dtype=np.float64)
    u = np.asarray(expected_ua, dtype=np.float64)
    n = np.asarray(allocation, dtype=np.float64)
    census = np.zeros(w.size, dtype=bool)
    if stratum_pixels is not None:
        npix = np.asarray(stratum_pixels, dtype=np.float64)
        n = np.minimum(n, npix)
        census = n >= npix
    if np.any((n < 2) & ~census & (w > 0)):
        return float("inf")
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(census | (w == 0), 0.0, w ** 2 * u * (1 - u) / (n - 1))
    return float(math.sqrt(terms.sum()))


def size_for_target(weights, expected_ua, target_se, min_per_class, stratum_pixels=None):
    """Smallest total n whose allocation (:func:`allocate`) has an anticipated SE of overall accuracy at or
    below ``target_se``, starting from eq. 13's n. Returns (n, allocation, anticipated SE)."""
    def se_of(n):
        alloc = allocate(n, weights, min_per_class)
        return alloc, anticipated_se(weights, expected_ua, alloc, stratum_pixels)

    lo = max(sample_size(weights, expected_ua, target_se) - 1, 0)
    alloc, se = se_of(lo + 1)
    if se <= target_se:
        return lo + 1, alloc, se
    cap = int(sum(stratum_pixels)) if stratum_pixels is not None else None
    hi = lo + 1
    while se > target_se:   # doubling, then bisection on the (non-increasing) SE
        lo, hi = hi, hi * 2
        if cap is not None and hi >= cap:
            hi = cap
            alloc, se = se_of(hi)
            if se > target_se:
                return hi, alloc, se
            break
        alloc, se = se_of(hi)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        a, s_mid = se_of(mid)
        if s_mid <= target_se:
            hi, alloc, se = mid, a, s_mid
        else:
            lo = mid
    return hi, alloc, se


@dataclass
class ConditionalProportions:
    """What a stratified sample says about each map class (stratum).

    Rows are map classes i, columns reference classes j, both in ``classes``.
    ``counts`` n_ij (sample units); ``row_n`` n_i·; ``proportions`` p(j | i),
    the estimated share of map class i's area whose reference class is j
    (NaN in a row without sample units); ``variance`` V(p(j | i)) (NaN where
    n_i· < 2); ``effective_n`` Kish's effective sample size of each row
    ((Σ a)² / Σ a², equal to n_i· when the units are unweighted).
    """
    classes: list
    counts: np.ndarray
    row_n: np.ndarray
    proportions: np.ndarray
    variance: np.ndarray
    effective_n: np.ndarray


def conditional_proportions(map_values, ref_values, classes=None, weights=None):
    """Error-matrix counts n_ij and conditional proportions p(reference j | map i) of a stratified sample.

    Parameters
    ----------
    map_values, ref_values : sequences of int, one item per sample unit
        Map class (the stratum the unit was drawn from) and reference label.
    classes : list of int, optional
        Row and column order; the sorted union of both sequences when not
        given. Give the map's classes too, so that a map class without any
        sample unit appears as a row of NaN (it cannot be estimated).
    weights : sequence of float, optional
        Weight of each unit within its stratum: the ellipsoidal area of the
        unit's map cell when the pixels were drawn with equal probability on a
        grid whose cells differ in area (a geographic CRS). Then
        p(j | i) = Σ a_k [ref_k = j] / Σ a_k over the units of stratum i, the
        ratio estimator of the area share (Cochran 1977, *Sampling Techniques*,
        3rd ed., ch. 6). Without weights p(j | i) = n_ij / n_i·.

    Returns
    -------
    ConditionalProportions
        ``variance`` is the ratio estimator's variance
        Σ_k (a_k / ā)² (y_kj − p_ij)² / (n_i· (n_i· − 1)), which without weights
        is p(1 − p) / (n_i· − 1), Olofsson et al. (2014) eq. 6 and 10. A row
        that is a census should get variance 0 from the caller.

    For one polygon with mapped area A_i of map class i, the area-adjusted
    area of reference class j is Σ_i A_i p(j | i). Over the whole map this is
    Olofsson et al.'s stratified area estimator (their eq. 9-10).
    """
    map_values = np.asarray(list(map_values), dtype=np.int64)
    ref_values = np.asarray(list(ref_values), dtype=np.int64)
    if map_values.shape != ref_values.shape:
        raise ValueError("map_values and ref_values must have the same length")
    if classes is None:
        classes = sorted(set(map_values.tolist()) | set(ref_values.tolist()))
    classes = [int(c) for c in classes]
    index = {c: i for i, c in enumerate(classes)}
    missing = sorted(set(map_values.tolist() + ref_values.tolist()) - set(index))
    if missing:
        raise ValueError("classes {} are not in the class list".format(missing))
    k = len(classes)
    a = np.ones(map_values.size) if weights is None else np.asarray(list(weights), dtype=np.float64)
    if a.shape != map_values.shape or not np.all(np.isfinite(a)) or np.any(a <= 0):
        raise ValueError("weights must be positive, one per sample unit")
    rows = np.array([index[c] for c in map_values.tolist()], dtype=np.int64)
    cols = np.array([index[c] for c in ref_values.tolist()], dtype=np.int64)
    counts = np.zeros((k, k), dtype=np.int64)
    np.add.at(counts, (rows, cols), 1)
    wsum = np.zeros((k, k))
    np.add.at(wsum, (rows, cols), a)
    row_n = counts.sum(axis=1)
    row_w = wsum.sum(axis=1)
    row_w2 = np.zeros(k)
    np.add.at(row_w2, rows, a * a)
    variance = np.full((k, k), np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        proportions = np.where(row_n[:, None] > 0, wsum / row_w[:, None], np.nan)
        effective_n = np.where(row_n > 0, row_w ** 2 / row_w2, 0.0)
        mean_w = np.where(row_n > 0, row_w / row_n, np.nan)
        for i in np.nonzero(row_n >= 2)[0]:
            sel = rows == i
            rel = a[sel] / mean_w[i]
            y = (cols[sel][:, None] == np.arange(k)[None, :]).astype(np.float64)
            resid = y - proportions[i][None, :]
            variance[i] = (rel[:, None] ** 2 * resid ** 2).sum(axis=0) / (row_n[i] * (row_n[i] - 1))
    if weights is None:
        effective_n = row_n.astype(np.float64)
    return ConditionalProportions(classes=classes, counts=counts, row_n=row_n, proportions=proportions,
                                  variance=variance, effective_n=effective_n)


def draw_conditional_proportions(cp, size, rng=None, prior=None):
    """Monte Carlo draws of p(reference j | map i) from their sampling distribution.

    Parameters
    ----------
    cp : ConditionalProportions
        From :func:`conditional_proportions`.
    size : int
        Number of draws.
    rng : numpy.random.Generator or int or None
        Random generator (or its seed); draws are reproducible with a seed
        within one NumPy version.
    prior : float, optional
        Dirichlet prior weight given to every reference class in each row;
        default 1/k (Perks' prior, k = len(cp.classes): one pseudo-unit per
        row in all). 0 gives Rubin's (1981) Bayesian bootstrap of the stratum.

    Returns
    -------
    numpy.ndarray, shape (size, k, k)
        ``draws[s, i, j]``; each row sums to 1. Rows of map classes without
        sample units are NaN (they cannot be estimated: the caller must say so).

    Method: each map class's row is drawn, independently of the other rows
    (the strata are sampled independently), from the Dirichlet posterior
    Dirichlet(m_i p(j | i) + prior), m_i the row's effective sample size
    (n_i· without weights, so the parameters are n_ij + prior). Chosen over a
    stratified bootstrap because a bootstrap never draws an error a row did not
    show: a class with 50 of 50 points correct would carry no map error at all
    (the 0-width interval of Olofsson's formula at accuracy 1), while the
    posterior keeps the uncertainty that 50 points leave. Its variance,
    p(1 − p)/(m_i + 1) at a small prior, is close to the design-based
    p(1 − p)/(n_i· − 1) of Olofsson et al. (2014) eq. 6. Draws are gamma
    variates normalised per row, so they are cheap for 10⁴–10⁵ draws.
    """
    if not isinstance(rng, np.random.Generator):
        rng = np.random.default_rng(rng)
    k = len(cp.classes)
    prior = 1.0 / k if prior is None else float(prior)
    if prior < 0:
        raise ValueError("prior must be >= 0")
    alpha = cp.effective_n[:, None] * np.nan_to_num(cp.proportions) + prior
    draws = np.full((int(size), k, k), np.nan)
    for i in range(k):
        if cp.row_n[i] == 0:
            continue
        a = alpha[i]
        g = np.zeros((int(size), k))
        pos = a > 0
        g[:, pos] = rng.standard_gamma(a[pos], size=(int(size), int(pos.sum())))
        draws[:, i, :] = g / g.sum(axis=1, keepdims=True)
    return draws


@dataclass
class AccuracyResult:
    classes: list            # union of map and reference classes, sorted
    counts: np.ndarray       # n_ij (map rows, reference columns)
    proportions: np.ndarray  # p_ij (NaN rows for map classes without sample)
    mapped_ha: np.ndarray
    adjusted_ha: np.ndarray
    adjusted_ha_ci95: np.ndarray
    users: np.ndarray
    users_ci95: np.ndarray
    producers: np.ndarray
    producers_ci95: np.ndarray
    overall: float
    overall_ci95: float
    users_wilson: np.ndarray = None   # (k, 2) Wilson 95% interval of each user's accuracy
    census: np.ndarray = None         # strata whose every pixel was observed exactly once
    unsampled: list = field(default_factory=list)   # map classes with mapped area and no sample unit
    zero_width: list = field(default_factory=list)  # classes whose user's accuracy interval has 0 width
    notes: list = field(default_factory=list)

    @property
    def estimable(self):
        """False when a map class has no sample unit: overall accuracy, areas and producer's accuracies are
        then NaN (Cochran 1977, ch. 5: the stratified estimator needs n >= 1 in every stratum)."""
        return not self.unsampled


def wilson_interval(p, n, z=Z95):
    """Wilson score interval (lo, hi) of a proportion p from n units (Brown, Cai & DasGupta 2001,
    *Statistical Science* 16: 101-133, eq. 4); NaN when n is 0. lo <= p <= hi always holds."""
    p = np.asarray(p, dtype=np.float64)
    n = np.asarray(n, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        z2n = z * z / n
        centre = (p + z2n / 2) / (1 + z2n)
        half = z / (1 + z2n) * np.sqrt(p * (1 - p) / n + z2n / (4 * n))
        lo = np.where(n > 0, np.minimum(centre - half, p), np.nan)
        hi = np.where(n > 0, np.maximum(centre + half, p), np.nan)
    return np.clip(lo, 0.0, 1.0), np.clip(hi, 0.0, 1.0)


def omission_note(cls):
    """The note on a reference class that the map does not have (kept: an omission)."""
    return (N_("Reference class {cls} does not occur in the map: it is an omission, and its area is estimated "
               "from the samples of other map classes."), dict(cls=cls))


def zero_width_note(cls, ua, n, lo, hi):
    """The note on a user's accuracy of 0 or 1, whose interval by Olofsson et al.'s formula has no width."""
    return (N_("User's accuracy of class {cls} is {ua:.3f} with a 95% half-width of 0 by Olofsson et al.'s "
               "formula (all {n} points agree). That is not certainty: the Wilson 95% interval is "
               "{lo:.3f}-{hi:.3f}."), dict(cls=cls, ua=ua, n=int(n), lo=lo, hi=hi))


def stratified_accuracy(counts, mapped_ha, classes, stratum_pixels=None, *, distinct_pixels=None, sample=None):
    """Olofsson et al. (2014) estimators from sample counts and mapped areas.

    ``counts[i, j]``: sample units mapped as classes[i] and labelled classes[j];
    ``mapped_ha[i]``: mapped area of classes[i] (0 for a class only in the
    reference). ``sample``: optional :class:`ConditionalProportions` of the same
    classes whose (possibly cell-area weighted) proportions and variances are
    used instead of n_ij / n_i·.

    Edge cases, each with a note:
    - a map class with mapped area and no sample unit: overall accuracy,
      adjusted areas, producer's accuracies and their intervals are NaN (not
      estimable); the user's accuracies of the other classes stand;
    - a map class with one unit: no variance, so the intervals that need it are NaN;
    - a census stratum (``stratum_pixels`` pixels, every one observed exactly
      once: ``distinct_pixels`` equal to both the pixel count and the number of
      units) adds no variance; repeated points on one pixel are no census;
    - a user's accuracy of 0 or 1 has a 0-width interval by eq. 6: kept, flagged,
      and the Wilson interval is given beside it (``users_wilson``).
    """
    n = np.asarray(counts, dtype=np.float64)
    area = np.asarray(mapped_ha, dtype=np.float64)
    k = len(classes)
    total_area = area.sum()
    if total_area <= 0:
        raise InputError("The map has no mapped area; check the raster and its nodata value.")
    w = area / total_area
    ni = n.sum(axis=1)
    notes = []
    census = np.zeros(k, dtype=bool)
    if distinct_pixels is not None:
        distinct = np.asarray(distinct_pixels, dtype=np.float64)
        if stratum_pixels is not None:
            npix = np.asarray(stratum_pixels, dtype=np.float64)
            census = (npix > 0) & (ni == npix) & (distinct == npix)
    with np.errstate(divide="ignore", invalid="ignore"):
        if sample is not None:
            frac = np.array(sample.proportions, dtype=np.float64)
            var = np.array(sample.variance, dtype=np.float64)
            n_eff = np.asarray(sample.effective_n, dtype=np.float64)
        else:
            frac = np.where(ni[:, None] > 0, n / ni[:, None], np.nan)
            var = np.where(ni[:, None] >= 2, frac * (1 - frac) / (ni[:, None] - 1), np.nan)
            n_eff = ni
        var[census] = 0.0
        unsampled = [classes[i] for i in range(k) if area[i] > 0 and ni[i] == 0]
        frac_known = np.where(ni[:, None] > 0, frac, 0.0)   # rows of reference-only classes weigh 0
        p = np.where((ni[:, None] == 0) & (area[:, None] > 0), np.nan, w[:, None] * frac_known)
        users = np.where(ni > 0, np.diag(frac_known), np.nan)
        v_users = np.where(ni > 0, np.diag(var), np.nan)
        pj = p.sum(axis=0)
        producers = np.where(pj > 0, np.diag(p) / pj, np.nan)
        overall = float(np.trace(p))
        sampled = ni > 0
        var_ok = bool(np.all(np.isfinite(var[sampled & (area > 0)]))) and not unsampled
        v_overall = np.sum(np.where(sampled, w ** 2 * np.nan_to_num(v_users), 0.0))
        # eq. 10: SE of the estimated area proportion of each reference class
        v_pj = np.sum(np.where(sampled[:, None], w[:, None] ** 2 * np.nan_to_num(var), 0.0), axis=0)
        # eq. 7: variance of producer's accuracy, with N_i. the mapped areas
        n_ref = (area[:, None] * frac_known).sum(axis=0)
        v_prod = np.full(k, np.nan)
        for j in range(k):
            if n_ref[j] <= 0 or not np.isfinite(producers[j]):
                continue
            t1 = area[j] ** 2 * (1 - producers[j]) ** 2 * v_users[j] if sampled[j] else 0.0
            t2 = sum(area[i] ** 2 * var[i, j] for i in range(k) if i != j and sampled[i])
            v_prod[j] = (t1 + producers[j] ** 2 * t2) / n_ref[j] ** 2
        wil_lo, wil_hi = wilson_interval(users, n_eff)
    wil_lo[census | ~sampled], wil_hi[census | ~sampled] = np.nan, np.nan
    users_ci = Z95 * np.sqrt(v_users)
    zero_width = [classes[i] for i in range(k)
                  if sampled[i] and not census[i] and ni[i] >= 2 and users_ci[i] == 0.0]
    for i, c in enumerate(classes):
        if area[i] > 0 and ni[i] == 0:
            notes.append((N_("Map class {cls} ({ha} ha, {share} % of the map) has no reference point: overall "
                             "accuracy, producer's accuracies and area-adjusted areas cannot be estimated (the "
                             "stratified estimator needs at least one sample unit in every map class) and are "
                             "left empty. Label points of class {cls}, or merge it into another class or exclude "
                             "it from the map (and report its mapped area as excluded); the user's accuracies "
                             "of the other classes stand."),
                          dict(cls=c, ha="{:.2f}".format(area[i]), share="{:.3g}".format(100 * w[i]))))
        elif area[i] > 0 and ni[i] == 1 and not census[i]:
            notes.append((N_("Map class {cls} has a single reference sample: no variance can be estimated, so no "
                          "interval is given where it matters. Label at least two (better 50) samples per class."),
                          dict(cls=c)))
        if area[i] == 0 and n[:, i].sum() > 0:
            notes.append(omission_note(c))
        if distinct_pixels is not None and ni[i] > distinct[i] and not census[i]:
            notes.append((N_("Map class {cls}: its {n} reference points fall on {d} distinct pixels; points on "
                             "the same pixel are counted as separate sample units (a sample drawn with "
                             "replacement), not as a census."), dict(cls=c, n=int(ni[i]), d=int(distinct[i]))))
        if c in zero_width:
            notes.append(zero_width_note(c, users[i], ni[i], wil_lo[i], wil_hi[i]))
    if unsampled:
        overall = float("nan")
        pj = np.full(k, np.nan)
        producers = np.full(k, np.nan)
    if not var_ok:
        overall_ci = float("nan")
        pj_ci = np.full(k, np.nan)
        prod_ci = np.full(k, np.nan)
    else:
        overall_ci = Z95 * math.sqrt(v_overall)
        pj_ci = Z95 * np.sqrt(v_pj) * total_area
        prod_ci = Z95 * np.sqrt(v_prod)
    return AccuracyResult(
        classes=list(classes), counts=n, proportions=p, mapped_ha=area, adjusted_ha=pj * total_area,
        adjusted_ha_ci95=pj_ci, users=users, users_ci95=users_ci,
        producers=producers, producers_ci95=prod_ci, overall=overall, overall_ci95=overall_ci,
        users_wilson=np.column_stack([wil_lo, wil_hi]), census=census, unsampled=unsampled,
        zero_width=zero_width, notes=notes)


def error_matrix(map_values, ref_values, classes=None):
    """Counts n_ij from paired map and reference labels; classes = sorted union unless given."""
    map_values = np.asarray(map_values, dtype=np.int64)
    ref_values = np.asarray(ref_values, dtype=np.int64)
    if classes is None:
        classes = sorted(set(map_values.tolist()) | set(ref_values.tolist()))
    index = {c: i for i, c in enumerate(classes)}
    counts = np.zeros((len(classes), len(classes)), dtype=np.int64)
    for m, r in zip(map_values.tolist(), ref_values.tolist()):
        counts[index[m], index[r]] += 1
    return classes, counts
