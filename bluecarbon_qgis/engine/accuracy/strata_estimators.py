"""Accuracy and area when the strata of the sample are not the map classes (Stehman 2014).

Stehman, S. V. (2014). Estimating area and map accuracy for stratified random sampling when the strata are
different from the map classes. International Journal of Remote Sensing 35(13): 4923-4939. Equation
numbers below are that paper's.

A change stratification with a buffer stratum is such a design: the buffer stratum holds pixels of several
stable map classes. Every estimate is a stratified mean of a unit variable y_u (eq. 2-3), or a ratio of two
(eq. 26-27), with stratum weights W_h = A_h / A (A_h the stratum's ellipsoidal area):

    overall accuracy    y_u = [map_u = ref_u]
    area share of j     y_u = [ref_u = j]                       area_j = A Σ_h W_h ȳ_h
    cell (i, j)         y_u = [map_u = i and ref_u = j]
    user's U_i          y_u = [map_u = i = ref_u],  x_u = [map_u = i]        R = Σ W_h ȳ_h / Σ W_h x̄_h
    producer's P_j      y_u = [map_u = j = ref_u],  x_u = [ref_u = j]

    V(Σ W_h ȳ_h) = Σ W_h² s²_yh / n_h                                        (eq. 25)
    V(R) = (1 / X̂²) Σ W_h² (s²_yh + R² s²_xh − 2 R s_xyh) / n_h                (eq. 28)

with X̂ = Σ W_h x̄_h; the eq. 28 numerator is the variance of z_u = y_u − R x_u. As in
``estimators.stratified_accuracy`` (Olofsson et al. 2014), the finite population correction (1 − n_h/N_h)
is left out (a stratum observed completely, a census, has variance 0); when the strata are the map classes
these estimators are exactly Olofsson et al.'s eqs. 4-7 and 10, which the tests check. Units drawn with
equal probability on a grid whose cells differ in area are weighted by their cell area within the stratum
(ȳ_h = Σ a_u y_u / Σ a_u, and s²/n_h becomes Σ (a_u/ā)² (y_u − ȳ_h)² / (n_h (n_h − 1)); Cochran 1977,
ch. 6).
"""
import math

import numpy as np

from ..errors import InputError, N_
from .estimators import Z95, AccuracyResult, omission_note, wilson_interval, zero_width_note


def _moments(hidx, nstrata, values, a, census):
    """Per stratum: weighted mean of each column of ``values`` (n units x q) and the variance of that mean
    (NaN for strata with fewer than two units, 0 for a census)."""
    n_h = np.bincount(hidx, minlength=nstrata).astype(np.float64)
    wsum = np.bincount(hidx, weights=a, minlength=nstrata)
    total = np.zeros((nstrata, values.shape[1]))
    np.add.at(total, hidx, a[:, None] * values)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean = total / wsum[:, None]
        rel = a / (wsum / n_h)[hidx]
        squares = np.zeros_like(total)
        np.add.at(squares, hidx, (rel[:, None] * (values - mean[hidx])) ** 2)
        var = np.where(n_h[:, None] >= 2, squares / (n_h * (n_h - 1))[:, None], np.nan)
    var[census] = 0.0
    return mean, var


def _ratio(hidx, nstrata, y, x, a, w, census, single_ok):
    """Stratified ratio estimates Σ W_h ȳ_h / Σ W_h x̄_h for each column, and their variances (eq. 28).
    ``single_ok``: a stratum in which every unit has x = 0 adds nothing to the variance, even with one unit."""
    ym, _ = _moments(hidx, nstrata, y, a, census)
    xm, _ = _moments(hidx, nstrata, x, a, census)
    sampled = np.bincount(hidx, minlength=nstrata) > 0
    num = w[sampled] @ ym[sampled]
    den = w[sampled] @ xm[sampled]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(den > 0, num / den, np.nan)
    _, zvar = _moments(hidx, nstrata, y - np.nan_to_num(ratio)[None, :] * x, a, census)
    if single_ok:
        xsum = np.zeros_like(zvar)
        np.add.at(xsum, hidx, x)
        zvar = np.where(xsum == 0, 0.0, zvar)
    with np.errstate(divide="ignore", invalid="ignore"):
        var = (w[sampled, None] ** 2 * zvar[sampled]).sum(axis=0) / den ** 2
    return ratio, np.where(den > 0, var, np.nan)


def strata_accuracy(strata, map_values, ref_values, classes, stratum_ha, mapped_ha, *, weights=None,
                    stratum_pixels=None, distinct_pixels=None, stratum_members=None):
    """Stehman's (2014) estimators of accuracy and area for a stratified sample whose strata are not the
    map classes; returns an ``estimators.AccuracyResult`` (as ``stratified_accuracy`` does).

    ``strata``, ``map_values``, ``ref_values``: the stratum, map class and reference class of each unit;
    ``classes``: row and column order of the results (every map and reference class);
    ``stratum_ha``: {stratum: mapped area (ha)} of every stratum of the map, sampled or not;
    ``mapped_ha``: the map's area of each class of ``classes`` (shown beside the estimates);
    ``weights``: cell area of each unit where cells differ in area, else None;
    ``stratum_pixels``, ``distinct_pixels``: {stratum: pixels} of each stratum and {stratum: distinct pixels
    sampled}, to recognise a census;
    ``stratum_members``: {stratum: map classes it can hold}; a stratum without sample then leaves only the
    user's accuracies of its own classes not estimable (all of them when not given).
    """
    s = np.asarray(list(strata), dtype=np.int64)
    m = np.asarray(list(map_values), dtype=np.int64)
    r = np.asarray(list(ref_values), dtype=np.int64)
    if not s.shape == m.shape == r.shape:
        raise ValueError("strata, map_values and ref_values must have the same length")
    classes = [int(c) for c in classes]
    k = len(classes)
    index = {c: i for i, c in enumerate(classes)}
    missing = sorted(set(m.tolist() + r.tolist()) - set(index))
    if missing:
        raise ValueError("classes {} are not in the class list".format(missing))
    hlist = sorted(int(h) for h in stratum_ha)
    hindex = {h: i for i, h in enumerate(hlist)}
    stray = sorted(set(s.tolist()) - set(hindex))
    if stray:
        raise ValueError("units of strata {} that have no area".format(stray))
    nstrata = len(hlist)
    area_h = np.array([float(stratum_ha[h]) for h in hlist])
    total_area = area_h.sum()
    if total_area <= 0:
        raise InputError("The map has no mapped area; check the raster and its nodata value.")
    w = area_h / total_area
    a = np.ones(s.size) if weights is None else np.asarray(list(weights), dtype=np.float64)
    hidx = np.array([hindex[v] for v in s.tolist()], dtype=np.int64)
    mi = np.array([index[v] for v in m.tolist()], dtype=np.int64)
    ri = np.array([index[v] for v in r.tolist()], dtype=np.int64)
    n_h = np.bincount(hidx, minlength=nstrata)
    census = np.zeros(nstrata, dtype=bool)
    if stratum_pixels is not None and distinct_pixels is not None:
        npix = np.array([stratum_pixels.get(h, 0) for h in hlist], dtype=np.float64)
        distinct = np.array([distinct_pixels.get(h, 0) for h in hlist], dtype=np.float64)
        census = (npix > 0) & (n_h == npix) & (distinct == npix)
    unsampled_h = (n_h == 0) & (w > 0)
    members = {h: set(stratum_members.get(h, ())) for h in hlist} if stratum_members is not None else None
    blind = set()   # classes whose user's accuracy an unsampled stratum leaves unknown
    if unsampled_h.any():
        blind = set(classes) if members is None else \
            set().union(*[members[h] for h, u in zip(hlist, unsampled_h) if u]) & set(classes)

    eye = np.eye(k)
    map_hot, ref_hot = eye[mi], eye[ri]
    agree = (mi == ri).astype(np.float64)
    notes = []
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_o, var_o = _moments(hidx, nstrata, agree[:, None], a, census)
        mean_r, var_r = _moments(hidx, nstrata, ref_hot, a, census)
        overall = float(w @ mean_o[:, 0])
        v_overall = float((w ** 2 * var_o[:, 0]).sum())
        pj = w @ mean_r
        v_pj = (w[:, None] ** 2 * var_r).sum(axis=0)
        cell = np.zeros((nstrata, k, k))
        np.add.at(cell, (hidx, mi, ri), a)
        cell /= np.bincount(hidx, weights=a, minlength=nstrata)[:, None, None]
        p = np.tensordot(w[~unsampled_h], cell[~unsampled_h], axes=1)
    users, v_users = _ratio(hidx, nstrata, agree[:, None] * map_hot, map_hot, a, w, census, True)
    producers, v_prod = _ratio(hidx, nstrata, agree[:, None] * ref_hot, ref_hot, a, w, census, False)

    counts = np.zeros((k, k), dtype=np.int64)
    np.add.at(counts, (mi, ri), 1)
    ni = counts.sum(axis=1)
    area = np.asarray(mapped_ha, dtype=np.float64)
    design = w[hidx] * a / np.bincount(hidx, weights=a, minlength=nstrata)[hidx]   # each unit's share of A
    d1, d2 = np.zeros(k), np.zeros(k)
    np.add.at(d1, mi, design)
    np.add.at(d2, mi, design ** 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        n_eff = np.where(ni > 0, d1 ** 2 / d2, 0.0)
    held = np.zeros((nstrata, k), dtype=bool)      # strata holding units (or, when known, pixels) of class i
    held[hidx, mi] = True
    if members is not None:
        for h, cls in members.items():
            for c in cls:
                if c in index:
                    held[hindex[h], index[c]] = True
    census_cls = (ni > 0) & np.array([bool(census[held[:, i]].all()) for i in range(k)])
    wil_lo, wil_hi = wilson_interval(np.nan_to_num(users), n_eff)
    wil_lo[census_cls | (ni == 0)], wil_hi[census_cls | (ni == 0)] = np.nan, np.nan
    users_ci = Z95 * np.sqrt(v_users)
    users[ni == 0], users_ci[ni == 0] = np.nan, np.nan
    zero_width = [classes[i] for i in range(k) if ni[i] >= 2 and not census_cls[i] and users_ci[i] == 0.0]

    unsampled = [hlist[i] for i in np.nonzero(unsampled_h)[0]]
    for i, h in enumerate(hlist):
        if unsampled_h[i]:
            notes.append((N_("Stratum {stratum} ({ha} ha, {share} % of the map) has no reference point: overall "
                             "accuracy, producer's accuracies, area-adjusted areas and the user's accuracies of "
                             "the classes it holds cannot be estimated (the stratified estimator needs at least "
                             "one sample unit in every stratum) and are left empty. Label points of this "
                             "stratum."),
                          dict(stratum=h, ha="{:.2f}".format(area_h[i]), share="{:.3g}".format(100 * w[i]))))
        elif n_h[i] == 1 and not census[i]:
            notes.append((N_("Stratum {stratum} has a single reference sample: no variance can be estimated, so "
                             "no interval is given where it matters. Label at least two (better 30) samples per "
                             "stratum."), dict(stratum=h)))
        if distinct_pixels is not None and n_h[i] > distinct_pixels.get(h, 0) and not census[i]:
            notes.append((N_("Stratum {stratum}: its {n} reference points fall on {d} distinct pixels; points on "
                             "the same pixel are counted as separate sample units (a sample drawn with "
                             "replacement), not as a census."),
                          dict(stratum=h, n=int(n_h[i]), d=int(distinct_pixels.get(h, 0)))))
    for i, c in enumerate(classes):
        if area[i] == 0 and counts[:, i].sum() > 0:
            notes.append(omission_note(c))
        if c in zero_width:
            notes.append(zero_width_note(c, users[i], ni[i], wil_lo[i], wil_hi[i]))

    var_ok = not unsampled and bool(np.all(np.isfinite(var_o[w > 0])))
    if unsampled:
        overall, pj, producers = float("nan"), np.full(k, np.nan), np.full(k, np.nan)
        for c in blind:
            users[index[c]] = users_ci[index[c]] = np.nan
            p[index[c], :] = np.nan
    overall_ci = Z95 * math.sqrt(v_overall) if var_ok else float("nan")
    pj_ci = Z95 * np.sqrt(v_pj) * total_area if var_ok else np.full(k, np.nan)
    prod_ci = Z95 * np.sqrt(v_prod) if var_ok else np.full(k, np.nan)
    return AccuracyResult(
        classes=list(classes), counts=counts.astype(np.float64), proportions=p, mapped_ha=area,
        adjusted_ha=pj * total_area, adjusted_ha_ci95=pj_ci, users=users, users_ci95=users_ci,
        producers=producers, producers_ci95=prod_ci, overall=overall, overall_ci95=overall_ci,
        users_wilson=np.column_stack([wil_lo, wil_hi]), census=census_cls, unsampled=unsampled,
        zero_width=zero_width, notes=notes)
