"""Accuracy of change: the transition table, the change strata (buffer stratum), the allocation with a
minimum per change stratum, and the estimators on transition codes, each against an independent
calculation: Olofsson et al.'s (2014) and Stehman's (2014) formulas written out below from the papers,
Stehman's published numerical example, and transition areas counted on a small map with known truth."""
import json

import numpy as np
import pytest
from osgeo import gdal

from bluecarbon.bluecarbon_qgis.engine.accuracy import change_strata
from bluecarbon.bluecarbon_qgis.engine.accuracy.change_strata import ChangeStrata, dilate, write_change_strata
from bluecarbon.bluecarbon_qgis.engine.accuracy.estimators import allocate, conditional_proportions, \
    stratified_accuracy
from bluecarbon.bluecarbon_qgis.engine.accuracy.sampling import class_pixel_counts
from bluecarbon.bluecarbon_qgis.engine.accuracy.strata_estimators import strata_accuracy
from bluecarbon.bluecarbon_qgis.engine.accuracy.transitions_table import (
    METADATA_ITEM, pair_label, parse_pair, read_transition_table, sidecar_path)
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from bluecarbon.bluecarbon_qgis.engine.raster.grid import open_grid
from conftest import make_raster

HEADER = "value,from_class,to_class,from_year,to_year,change,label\n"


def transition_raster(folder, before, after, name="transitions.tif", sidecar=True, metadata=True,
                      years=(2015, 2024)):
    """A transition raster by the convention (values 1..n = the sorted pairs that occur, 0 nodata), with its
    table as a CSV beside it and/or as JSON in the metadata item; built here without the plugin's code."""
    before, after = np.asarray(before), np.asarray(after)
    valid = (before > 0) & (after > 0)
    pairs = sorted({(int(a), int(b)) for a, b in zip(before[valid], after[valid])})
    code = {p: i + 1 for i, p in enumerate(pairs)}
    arr = np.zeros(before.shape, np.uint8)
    for (a, b), v in code.items():
        arr[(before == a) & (after == b)] = v
    path = make_raster(folder / name, arr, 32650, 500000.0, 2500000.0, 10, 10)
    rows = [dict(value=v, from_class=a, to_class=b, from_year=years[0], to_year=years[1], change=int(a != b),
                 label="{}>{}".format(a, b)) for (a, b), v in code.items()]
    if metadata:
        ds = gdal.Open(path, gdal.GA_Update)
        ds.SetMetadataItem(METADATA_ITEM, json.dumps(rows))
        ds = None
    if sidecar:
        with open(sidecar_path(path), "w", encoding="utf-8") as fh:
            fh.write(HEADER + "".join("{value},{from_class},{to_class},{from_year},{to_year},{change},{label}\n"
                                      .format(**r) for r in rows))
    return path, arr, code


# ---- Olofsson et al. (2014), eqs. 4-10, written out from the paper -------------------------------------

def olofsson_by_hand(n, mapped):
    """p_ij (eq. 4), O, U_i, P_j with their variances (eqs. 5, 6, 7) and the area of each reference class
    with its standard error (eqs. 9-10), from sample counts n[i][j] and mapped areas (map rows i; a class
    with no mapped area is only a reference column)."""
    k = len(mapped)
    rows = [i for i in range(k) if mapped[i] > 0]
    total = float(sum(mapped))
    W = [mapped[i] / total for i in range(k)]
    ni = [float(sum(n[i])) for i in range(k)]
    p = [[W[i] * n[i][j] / ni[i] if i in rows else 0.0 for j in range(k)] for i in range(k)]
    O = sum(p[j][j] for j in range(k))
    U = [p[i][i] / sum(p[i]) if i in rows else float("nan") for i in range(k)]
    col = [sum(p[i][j] for i in rows) for j in range(k)]
    P = [p[j][j] / col[j] if col[j] > 0 else float("nan") for j in range(k)]
    V_O = sum(W[i] ** 2 * U[i] * (1 - U[i]) / (ni[i] - 1) for i in rows)
    V_U = [U[i] * (1 - U[i]) / (ni[i] - 1) if i in rows else float("nan") for i in range(k)]
    V_P = []
    for j in range(k):
        N_hat_j = sum(mapped[i] / ni[i] * n[i][j] for i in rows)
        rest = sum(mapped[i] ** 2 * n[i][j] / ni[i] * (1 - n[i][j] / ni[i]) / (ni[i] - 1)
                   for i in rows if i != j)
        own = mapped[j] ** 2 * (1 - P[j]) ** 2 * U[j] * (1 - U[j]) / (ni[j] - 1) if j in rows else 0.0
        V_P.append((own + P[j] ** 2 * rest) / N_hat_j ** 2 if N_hat_j > 0 else float("nan"))
    area = [total * col[j] for j in range(k)]
    se_area = [total * np.sqrt(sum(W[i] ** 2 * n[i][j] / ni[i] * (1 - n[i][j] / ni[i]) / (ni[i] - 1)
                                   for i in rows)) for j in range(k)]
    return dict(p=np.array(p), O=O, U=np.array(U), P=np.array(P), se_O=np.sqrt(V_O), se_U=np.sqrt(V_U),
                se_P=np.sqrt(V_P), area=np.array(area), se_area=np.array(se_area))


# ---- Stehman (2014), eqs. 2, 25, 27, 28, written out from the paper --------------------------------------

def stehman_by_hand(s, m, r, N, classes):
    """Overall accuracy, area shares, user's and producer's accuracies with their standard errors, for a
    stratified sample whose strata s differ from the map classes m (N: units per stratum; no fpc)."""
    strata = sorted(N)
    total = float(sum(N.values()))

    def units(h):
        return [u for u in range(len(s)) if s[u] == h]

    def mean_and_var(h, f):
        vals = np.array([f(u) for u in units(h)], dtype=float)
        return vals.mean(), vals.var(ddof=1), vals

    def total_estimate(f):                       # eq. 2 and eq. 25
        est = sum(N[h] * mean_and_var(h, f)[0] for h in strata) / total
        var = sum(N[h] ** 2 * mean_and_var(h, f)[1] / len(units(h)) for h in strata) / total ** 2
        return est, np.sqrt(var)

    def ratio_estimate(fy, fx):                  # eq. 27 and eq. 28
        Y = sum(N[h] * mean_and_var(h, fy)[0] for h in strata)
        X = sum(N[h] * mean_and_var(h, fx)[0] for h in strata)
        R = Y / X if X > 0 else float("nan")
        var = 0.0
        for h in strata:
            _, vy, ys = mean_and_var(h, fy)
            _, vx, xs = mean_and_var(h, fx)
            cov = np.cov(ys, xs, ddof=1)[0, 1]
            var += N[h] ** 2 * (vy + R ** 2 * vx - 2 * R * cov) / len(units(h))
        return R, np.sqrt(max(var, 0.0) / X ** 2)   # 0 less a rounding error when y = x in every unit

    out = dict(O=total_estimate(lambda u: m[u] == r[u]))
    out["area"] = {c: total_estimate(lambda u, c=c: r[u] == c) for c in classes}
    out["U"] = {c: ratio_estimate(lambda u, c=c: m[u] == c and r[u] == c, lambda u, c=c: m[u] == c)
                for c in classes}
    out["P"] = {c: ratio_estimate(lambda u, c=c: m[u] == c and r[u] == c, lambda u, c=c: r[u] == c)
                for c in classes}
    out["cell"] = {(i, j): total_estimate(lambda u, i=i, j=j: m[u] == i and r[u] == j)[0]
                   for i in classes for j in classes}
    return out


def check_against_stehman(res, h, classes, total):
    """The engine's result ``res`` against ``stehman_by_hand``'s ``h`` (``total``: the map's area, ha)."""
    for i, c in enumerate(classes):
        assert res.adjusted_ha[i] / total == pytest.approx(h["area"][c][0], rel=1e-12)
        assert res.adjusted_ha_ci95[i] / total == pytest.approx(1.96 * h["area"][c][1], rel=1e-12)
        assert res.users[i] == pytest.approx(h["U"][c][0], rel=1e-12)
        assert res.users_ci95[i] == pytest.approx(1.96 * h["U"][c][1], rel=1e-12)
        assert res.producers[i] == pytest.approx(h["P"][c][0], rel=1e-12)
        assert res.producers_ci95[i] == pytest.approx(1.96 * h["P"][c][1], rel=1e-12)
        for j, d in enumerate(classes):
            assert res.proportions[i, j] == pytest.approx(h["cell"][(c, d)], abs=1e-15)
    assert res.overall == pytest.approx(h["O"][0]) and res.overall_ci95 == pytest.approx(1.96 * h["O"][1])


def stehman_example():
    """Stehman (2014), numerical example (section 4): 4 strata of 40,000, 30,000, 20,000 and 10,000 pixels,
    10 sample pixels each; the sample as listed in the paper's table 2 (transcribed in the R package
    mapaccuracy, stehman2014 example). Classes A-D are 1-4 here."""
    s = "A" * 10 + "B" * 10 + "C" * 10 + "D" * 10
    m = "A" * 7 + "B" * 3 + "A" + "B" * 11 + "C" * 6 + "BB" + "D" * 10
    r = "AAAAA" + "CBABCA" + "BBBBB" + "AABB" + "CCCCC" + "DDBBA" + "DDDDDDD" + "CCB"
    code = {"A": 1, "B": 2, "C": 3, "D": 4}
    return ([code[x] for x in s], [code[x] for x in m], [code[x] for x in r],
            {1: 40000, 2: 30000, 3: 20000, 4: 10000})


def test_stehman_by_hand_reproduces_the_published_example():
    """The published results (Stehman 2014, pp. 4932-4936): area share of A 0.35 (SE 0.082), of C 0.20 (SE
    0.064), overall accuracy 0.63 (SE 0.085), user's accuracy of B 0.574 (SE 0.125), producer's accuracy of
    B 0.794 (SE 0.114), cell (B, C) 0.08. The paper's 0.114 takes s²_x of stratum D as 0 where its own
    table 3 gives 0.1 (as noted in the tests of github.com/boothmanrylan/accuracyAssessmentTools): with 0.1
    eq. 28 gives 0.1166, with 0 it gives the printed 0.114 (both checked below)."""
    s, m, r, N = stehman_example()
    h = stehman_by_hand(s, m, r, N, [1, 2, 3, 4])
    assert round(h["area"][1][0], 2) == 0.35 and round(h["area"][1][1], 3) == 0.082
    assert round(h["area"][3][0], 2) == 0.20 and round(h["area"][3][1], 3) == 0.064
    assert round(h["O"][0], 2) == 0.63 and round(h["O"][1], 3) == 0.085
    assert round(h["U"][2][0], 3) == 0.574 and round(h["U"][2][1], 3) == 0.125
    assert round(h["P"][2][0], 3) == 0.794 and h["P"][2][1] == pytest.approx(0.1166, abs=5e-5)
    # eq. 28 for P_B with the paper's s²_x = 0 in stratum D: the printed 0.114
    s_, m_, r_ = np.array(s), np.array(m), np.array(r)
    y, x = ((m_ == 2) & (r_ == 2)).astype(float), (r_ == 2).astype(float)
    big_x = sum(N[g] * x[s_ == g].mean() for g in N)
    R = sum(N[g] * y[s_ == g].mean() for g in N) / big_x
    var = 0.0
    for g in N:
        yy, xx = y[s_ == g], x[s_ == g]
        vx = 0.0 if g == 4 else xx.var(ddof=1)
        var += N[g] ** 2 * (yy.var(ddof=1) + R ** 2 * vx - 2 * R * np.cov(yy, xx)[0, 1]) / 10
    assert round(np.sqrt(var) / big_x, 3) == 0.114
    assert round(h["cell"][(2, 3)], 2) == 0.08


def test_strata_accuracy_on_stehmans_example():
    s, m, r, N = stehman_example()
    area = {h: n * 0.01 for h, n in N.items()}                  # 10 m pixels: 0.01 ha each
    res = strata_accuracy(s, m, r, [1, 2, 3, 4], area, [0.0] * 4)
    check_against_stehman(res, stehman_by_hand(s, m, r, N, [1, 2, 3, 4]), [1, 2, 3, 4], sum(area.values()))
    # the published figures themselves
    assert round(res.users[1], 3) == 0.574 and round(res.users_ci95[1] / 1.96, 3) == 0.125
    assert round(res.overall, 2) == 0.63 and round(res.overall_ci95 / 1.96, 3) == 0.085


def random_sample(seed, weights=False):
    rng = np.random.default_rng(seed)
    m = np.repeat([1, 2, 3, 4], [40, 30, 25, 20])
    r = np.where(rng.random(m.size) < 0.8, m, rng.integers(1, 6, m.size))
    return m, r, (rng.uniform(0.9, 1.1, m.size) if weights else None)


@pytest.mark.parametrize("weighted", [False, True])
def test_strata_accuracy_is_olofsson_when_the_strata_are_the_map_classes(weighted):
    m, r, wts = random_sample(1, weighted)
    classes, area = [1, 2, 3, 4, 5], np.array([500.0, 300.0, 100.0, 60.0, 0.0])
    cp = conditional_proportions(m, r, classes, weights=wts)
    a = stratified_accuracy(cp.counts, area, classes, sample=cp)
    b = strata_accuracy(m, m, r, classes, dict(zip(classes[:4], area[:4])), area, weights=wts)
    for name in ("proportions", "adjusted_ha", "adjusted_ha_ci95", "users", "users_ci95", "producers",
                 "producers_ci95", "users_wilson"):
        x, y = np.asarray(getattr(a, name), float), np.asarray(getattr(b, name), float)
        assert np.array_equal(np.isnan(x), np.isnan(y)), name
        assert np.nan_to_num(y) == pytest.approx(np.nan_to_num(x), rel=1e-12, abs=1e-12), name
    assert b.overall == pytest.approx(a.overall, rel=1e-12)
    assert b.overall_ci95 == pytest.approx(a.overall_ci95, rel=1e-12)
    if not weighted:   # and both are Olofsson's formulas as written out above
        check_against_olofsson(a, a.counts, area)


def check_against_olofsson(res, counts, mapped):
    o = olofsson_by_hand(np.asarray(counts).tolist(), list(mapped))
    assert res.overall == pytest.approx(o["O"], rel=1e-12)
    assert res.overall_ci95 == pytest.approx(1.96 * o["se_O"], rel=1e-12)
    for name, ci, key, se in (("users", "users_ci95", "U", "se_U"), ("producers", "producers_ci95", "P", "se_P"),
                              ("adjusted_ha", "adjusted_ha_ci95", "area", "se_area")):
        assert getattr(res, name) == pytest.approx(o[key], rel=1e-12, nan_ok=True), name
        assert getattr(res, ci) == pytest.approx(1.96 * o[se], rel=1e-12, nan_ok=True), ci
    assert res.proportions == pytest.approx(o["p"], rel=1e-12)


# ---- transition maps --------------------------------------------------------------------------------

# a 6 x 8 coast at two dates, drawn by hand: 1 open water, 3 mangrove, 4 salt marsh; 0 nodata
MAP_2015 = [[1, 1, 1, 1, 3, 3, 3, 3],
            [1, 1, 1, 3, 3, 3, 3, 3],
            [1, 1, 3, 3, 3, 3, 4, 4],
            [1, 1, 3, 3, 4, 4, 4, 4],
            [1, 1, 1, 4, 4, 4, 4, 4],
            [0, 0, 1, 1, 4, 4, 4, 4]]
MAP_2024 = [[1, 1, 1, 1, 1, 3, 3, 3],      # mapped loss of mangrove (3>1) at (0, 4), (1, 3), (1, 4)
            [1, 1, 1, 1, 1, 3, 3, 3],
            [1, 1, 3, 3, 3, 3, 4, 4],
            [1, 1, 3, 3, 4, 4, 4, 4],
            [1, 1, 3, 3, 4, 4, 4, 4],      # mapped gain: 1>3 at (4, 2), 4>3 at (4, 3)
            [0, 0, 1, 1, 4, 4, 4, 4]]
TRUE_2024 = [[1, 1, 1, 1, 1, 1, 3, 3],     # truth: loss also at (0, 5) and (1, 5), omitted by the map;
             [1, 1, 1, 1, 1, 1, 3, 3],     # (4, 3) became open water (4>1, a transition the map never shows)
             [1, 1, 3, 3, 3, 3, 4, 4],
             [1, 1, 3, 3, 4, 4, 4, 4],
             [1, 1, 3, 1, 4, 4, 4, 4],
             [0, 0, 1, 1, 4, 4, 4, 4]]


def test_transition_table_from_metadata_and_sidecar(tmp_path):
    path, arr, code = transition_raster(tmp_path, MAP_2015, MAP_2024, sidecar=False)
    t = read_transition_table(path)
    # the pairs that occur, sorted
    assert [(r.value, r.from_class, r.to_class, r.change) for r in t.rows] == \
        [(1, 1, 1, False), (2, 1, 3, True), (3, 3, 1, True), (4, 3, 3, False), (5, 4, 3, True), (6, 4, 4, False)]
    assert "metadata item BLUECARBON_TRANSITIONS" in t.source
    assert t.change_values == [2, 3, 5] and t.stable_values == [1, 4, 6] and t.buffer_value == 7
    assert t.rows[2].label == "3>1" and t.rows[2].from_year == 2015 and t.classes == [1, 3, 4]
    # the CSV beside the raster when there is no metadata item
    path2, _, _ = transition_raster(tmp_path, MAP_2015, MAP_2024, name="t2.tif", metadata=False)
    t2 = read_transition_table(path2)
    assert t2.source.endswith("t2.csv") and t2.rows == t.rows
    # a class map: no table; a CSV of something else beside it is left alone
    plain = make_raster(tmp_path / "habitat.tif", np.ones((3, 3), np.uint8), 32650, 0, 0, 10, 10)
    assert read_transition_table(plain) is None
    (tmp_path / "habitat.csv").write_text("class,area_ha\n1,3\n", encoding="utf-8")
    assert read_transition_table(plain) is None
    # codes for the pairs a reference sample can name: the table's, then the others after the buffer value
    codes = t.pair_codes([1, 2, 3, 4])
    assert codes[(3, 1)] == 3 and codes[(1, 2)] == 8 and len(set(codes.values())) == 16
    assert codes == t.pair_codes([4, 3, 2, 1])


@pytest.mark.parametrize("text,expected", [("3>1", (3, 1)), (" 3 -> 1 ", (3, 1)), ("3→1", (3, 1)),
                                           ("3,1", (3, 1)), ("12>9", (12, 9))])
def test_reference_pairs(text, expected):
    assert parse_pair(text) == expected


def test_reference_pairs_refused():
    for bad in ("3", "3-1", "mangrove>water", "3>", "3>1>2", "3.5>1"):
        with pytest.raises(InputError, match="is not a transition: write it as from>to"):
            parse_pair(bad)
    assert pair_label(3, 1, {3: "mangrove", 1: "open water"}) == "mangrove → open water"


def test_bad_transition_tables(tmp_path):
    path, _, _ = transition_raster(tmp_path, MAP_2015, MAP_2024, metadata=False)
    csv = sidecar_path(path)
    cases = [
        (HEADER + "1,1,1,2015,2024,0,a\n1,3,3,2015,2024,0,b\n", "gives value 1 twice"),
        (HEADER + "1,1,1,2015,2024,0,a\n2,1,1,2015,2024,0,b\n", "gives the transition 1 → 1 twice"),
        (HEADER + "1,3,1,2015,2024,0,a\n", "change is 0 but the transition is 3 → 1"),
        (HEADER + "1,3,1,2024,2015,1,a\n", "from_year 2024 is not before to_year 2015"),
        (HEADER + "0,3,1,2015,2024,1,a\n", "value 0 is not a transition value"),
        (HEADER + "1,x,1,2015,2024,1,a\n", "'x' is not a number"),
        (HEADER + "1,,1,2015,2024,1,a\n", "has no from_class"),
    ]
    for text, message in cases:
        with open(csv, "w", encoding="utf-8") as fh:
            fh.write(text)
        with pytest.raises(InputError, match=message):
            read_transition_table(path)
    ds = gdal.Open(path, gdal.GA_Update)
    ds.SetMetadataItem(METADATA_ITEM, "[{value: 1}")
    ds = None
    with pytest.raises(InputError, match="is not valid JSON"):
        read_transition_table(path)


def test_dilate_is_a_square_window():
    rng = np.random.default_rng(3)
    mask = rng.random((23, 31)) < 0.03
    for n in range(4):
        brute = np.zeros_like(mask)
        for r, c in zip(*np.nonzero(mask)):
            brute[max(r - n, 0):r + n + 1, max(c - n, 0):c + n + 1] = True
        assert np.array_equal(dilate(mask, n), brute), n


def test_change_strata_with_a_buffer_on_a_hand_drawn_map(tmp_path, monkeypatch):
    path, arr, code = transition_raster(tmp_path, MAP_2015, MAP_2024)
    # values: 1 = 1>1, 2 = 1>3, 3 = 3>1, 4 = 3>3, 5 = 4>3, 6 = 4>4; the buffer stratum is 7
    assert arr.tolist() == [[1, 1, 1, 1, 3, 4, 4, 4],
                            [1, 1, 1, 3, 3, 4, 4, 4],
                            [1, 1, 4, 4, 4, 4, 6, 6],
                            [1, 1, 4, 4, 6, 6, 6, 6],
                            [1, 1, 2, 5, 6, 6, 6, 6],
                            [0, 0, 1, 1, 6, 6, 6, 6]]
    # stable pixels within 1 pixel (8 neighbours) of change, drawn by hand: 7
    expected = [[1, 1, 7, 7, 3, 7, 4, 4],
                [1, 1, 7, 3, 3, 7, 4, 4],
                [1, 1, 7, 7, 7, 7, 6, 6],
                [1, 7, 7, 7, 7, 6, 6, 6],
                [1, 7, 2, 5, 7, 6, 6, 6],
                [0, 0, 7, 7, 7, 6, 6, 6]]
    # strips of 2 rows: the halo carries change across
    monkeypatch.setattr(change_strata, "strips", lambda height, width: [(r, min(2, height - r)) for r in range(0, height, 2)])
    grid = open_grid(path)
    table = read_transition_table(path)
    out = write_change_strata(grid, table, 1, str(tmp_path / "strata.tif"))
    got = gdal.Open(out).ReadAsArray()
    assert got.tolist() == expected
    assert gdal.Open(out).GetRasterBand(1).GetNoDataValue() == 0
    # no buffer: the strata are the transitions; a wider buffer on the same map by hand for row 0
    out0 = write_change_strata(grid, table, 0, str(tmp_path / "s0.tif"))
    assert gdal.Open(out0).ReadAsArray().tolist() == arr.tolist()
    out2 = write_change_strata(grid, table, 2, str(tmp_path / "s2.tif"))
    assert gdal.Open(out2).ReadAsArray()[0].tolist() == [1, 7, 7, 7, 3, 7, 7, 4]
    counts = class_pixel_counts(open_grid(out))
    assert counts == {1: 8, 2: 1, 3: 3, 4: 4, 5: 1, 6: 11, 7: 18}
    strata = ChangeStrata(table, 1)
    assert [strata.kind(v) for v in (1, 2, 3, 7)] == ["stable", "change", "change", "buffer"]
    assert strata.minimums([1, 2, 7], 50, 30) == [50, 30, 30]
    assert strata.label(7) == "buffer: no change within 1 pixel(s) of mapped change" and strata.label(3) == "3>1"


def test_change_strata_refuse_a_value_the_table_lacks(tmp_path):
    path, arr, code = transition_raster(tmp_path, MAP_2015, MAP_2024)
    arr = arr.copy()
    arr[2, 2] = 9
    make_raster(tmp_path / "transitions.tif", arr, 32650, 500000.0, 2500000.0, 10, 10)   # the CSV stays
    with pytest.raises(InputError, match=r"holds value\(s\) 9 that its transition table"):
        write_change_strata(open_grid(path), read_transition_table(path), 1, str(tmp_path / "s.tif"))
    assert not (tmp_path / "s.tif").exists() and not (tmp_path / "s.tif.part.tif").exists()


def test_minimum_sample_per_change_stratum():
    # two stable strata (60 % and 35 %) and two small change strata (3 % and 2 %), n = 200: the change strata
    # get their minimum of 30 (their proportional shares are 6 and 4), the stable strata share the other
    # 140 in proportion, 0.60 : 0.35 -> 88.42 and 51.58 -> 88 and 52 by the largest remainder
    assert allocate(200, [0.60, 0.35, 0.03, 0.02], [50, 50, 30, 30]) == [88, 52, 30, 30]
    # a change stratum whose share is above the minimum keeps its share
    assert allocate(1000, [0.60, 0.30, 0.07, 0.03], [50, 50, 30, 30]) == [600, 300, 70, 30]
    # the openMRV sampling module's example (section 4.3, weights of forest, non-forest, disturbance and its
    # buffer; n = 502): 30 for the two small strata, the other 442 in proportion (they raise the total to 535
    # by rounding the large strata up; here the total stays n)
    alloc = allocate(502, [0.551, 0.407, 0.0137, 0.0287], [30, 30, 30, 30])
    assert alloc[2:] == [30, 30] and sum(alloc) == 502
    assert alloc[0] == round(442 * 0.551 / 0.958) and alloc[1] == 442 - alloc[0]
    # the minimums exceed n: every stratum gets its minimum
    assert allocate(50, [0.9, 0.05, 0.05], [20, 30, 30]) == [20, 30, 30]


def census_units(strata_arr, map_arr, ref_arr):
    keep = strata_arr > 0
    return strata_arr[keep], map_arr[keep], ref_arr[keep]


def test_transition_areas_of_a_census_are_the_true_areas(tmp_path):
    """Every pixel labelled (a census): the adjusted transition areas are the true ones, counted by hand."""
    path, arr, code = transition_raster(tmp_path, MAP_2015, MAP_2024)
    table = read_transition_table(path)
    before, truth = np.array(MAP_2015), np.array(TRUE_2024)
    codes = table.pair_codes([1, 3, 4])
    ref = np.zeros_like(arr)
    for (a, b), v in codes.items():
        ref[(before == a) & (truth == b)] = v
    # true pixels, counted on the drawings: 1>1 4+3+2+2+2+2, 3>1 (0,4) (0,5) (1,3) (1,4) (1,5), 3>3 2+2+4+2,
    # 4>4 2+4+4+4, 1>3 (4,2), 4>1 (4,3); no 4>3
    true_px = {codes[(1, 1)]: 15, codes[(1, 3)]: 1, codes[(3, 1)]: 5, codes[(3, 3)]: 10,
               codes[(4, 3)]: 0, codes[(4, 4)]: 14, codes[(4, 1)]: 1}
    assert sum(true_px.values()) == 46 == int((arr > 0).sum())
    for v, n in true_px.items():
        assert int((ref == v).sum()) == n
    cell_ha = 0.01
    classes = sorted(set(table.values) | set(np.unique(ref[ref > 0]).tolist()))
    mapped = [float((arr == c).sum()) * cell_ha for c in classes]
    npix = [int((arr == c).sum()) for c in classes]
    s, m, r = census_units(arr, arr, ref)
    cp = conditional_proportions(m, r, classes)
    res = stratified_accuracy(cp.counts, mapped, classes, npix, distinct_pixels=npix, sample=cp)
    for i, c in enumerate(classes):
        assert res.adjusted_ha[i] == pytest.approx(true_px.get(c, 0) * cell_ha, abs=1e-12), c
        assert res.adjusted_ha_ci95[i] == 0.0
    # the same census through the buffer strata (strata are not the map classes): the same true areas
    strata_path = write_change_strata(open_grid(path), table, 1, str(tmp_path / "strata.tif"))
    strata_arr = gdal.Open(strata_path).ReadAsArray()
    s, m, r = census_units(strata_arr, arr, ref)
    hs = sorted(set(strata_arr[strata_arr > 0].tolist()))
    stratum_px = {h: int((strata_arr == h).sum()) for h in hs}
    res2 = strata_accuracy(s, m, r, classes, {h: n * cell_ha for h, n in stratum_px.items()}, mapped,
                           stratum_pixels=stratum_px, distinct_pixels=stratum_px)
    assert res2.adjusted_ha == pytest.approx(res.adjusted_ha, abs=1e-12)
    assert res2.users == pytest.approx(res.users, nan_ok=True)
    assert np.nan_to_num(res2.adjusted_ha_ci95) == pytest.approx(0.0) and res2.overall_ci95 == 0.0
    # user's accuracies by hand: mapped loss 3>1 (3 pixels) all lost; mapped gain 1>3 (1 pixel) right; mapped
    # 4>3 (1 pixel) wrong; mapped stable mangrove 3>3 (12 pixels) holds the 2 omitted losses
    u = {v: res.users[classes.index(v)] for v in classes}
    assert u[codes[(3, 1)]] == 1.0 and u[codes[(1, 3)]] == 1.0 and u[codes[(4, 3)]] == 0.0
    assert u[codes[(3, 3)]] == pytest.approx(10 / 12)
    assert np.isnan(u[codes[(4, 1)]]) and res.mapped_ha[classes.index(codes[(4, 1)])] == 0.0


def test_buffer_design_against_stehman_by_hand():
    """A buffer stratum (7) holding two stable map classes (1 and 4): the engine agrees with Stehman's
    formulas written out above."""
    rng = np.random.default_rng(5)
    N = {1: 5000, 2: 60, 3: 90, 4: 3000, 6: 4000, 7: 800}     # stratum pixels
    n = {1: 40, 2: 30, 3: 30, 4: 35, 6: 35, 7: 30}            # sample per stratum
    s, m, r = [], [], []
    for h, k in n.items():
        for _ in range(k):
            mc = h if h != 7 else int(rng.choice([1, 4, 6]))   # the buffer holds stable classes 1, 4 and 6
            rc = mc if rng.random() < 0.8 else int(rng.choice([1, 2, 3, 4, 6]))
            s.append(h), m.append(mc), r.append(rc)
    classes = [1, 2, 3, 4, 6]
    res = strata_accuracy(s, m, r, classes, {h: v * 0.01 for h, v in N.items()}, [0.0] * 5)
    check_against_stehman(res, stehman_by_hand(s, m, r, N, classes), classes, sum(N.values()) * 0.01)


def test_change_stratum_without_sample_is_not_estimable():
    m, r, _ = random_sample(2)
    keep = m != 3                                        # stratum 3 (a change stratum) has no sample point
    area = {1: 500.0, 2: 300.0, 3: 1.5, 4: 60.0}
    res = strata_accuracy(m[keep], m[keep], r[keep], [1, 2, 3, 4, 5], area, [500.0, 300.0, 1.5, 60.0, 0.0],
                          stratum_members={1: {1}, 2: {2}, 3: {3}, 4: {4}})
    assert res.unsampled == [3] and not res.estimable
    assert np.isnan(res.overall) and np.isnan(res.adjusted_ha).all() and np.isnan(res.producers).all()
    assert np.isnan(res.users[2]) and not np.isnan(res.users[0])      # NaN, never 0 %
    (text, fields), = [nt for nt in res.notes if "has no reference point" in nt[0]]
    assert "Stratum 3 (1.50 ha, 0.174 % of the map)" in text.format(**fields)
    # the buffer stratum holds classes 1 and 4: without its sample their user's accuracies are unknown too
    res = strata_accuracy(m[keep], m[keep], r[keep], [1, 2, 3, 4, 5], {1: 500.0, 2: 300.0, 4: 60.0, 7: 40.0},
                          [500.0, 300.0, 0.0, 60.0, 0.0], stratum_members={1: {1}, 2: {2}, 4: {4}, 7: {1, 4}})
    assert res.unsampled == [7] and np.isnan(res.users[[0, 3]]).all() and not np.isnan(res.users[1])


def test_assess_change_refuses_points_off_the_transitions(tmp_path):
    from bluecarbon.bluecarbon_qgis.engine.accuracy.change_assessment import assess_change
    from bluecarbon.bluecarbon_qgis.engine.accuracy.sampling import ReferenceSample

    path, arr, code = transition_raster(tmp_path, MAP_2015, MAP_2024)
    table = read_transition_table(path)
    sample = ReferenceSample(map_values=[1, 9], ref_values=[1, 1], rows=np.array([0, 1]), cols=np.array([0, 0]),
                             cell_m2=np.array([100.0, 100.0]), weights=None, skipped=0)
    with pytest.raises(InputError, match=r"fall on map value\(s\) 9, which the transition table does not list"):
        assess_change(table, 0, sample, open_grid(path), {}, {}, {}, table.pair_codes([1, 3, 4]))
    # with a buffer stratum, a point whose pixel has no stratum (nodata) is refused
    strata = open_grid(write_change_strata(open_grid(path), table, 1, str(tmp_path / "s.tif")))
    sample = ReferenceSample(map_values=[1, 1], ref_values=[1, 1], rows=np.array([0, 5]), cols=np.array([0, 0]),
                             cell_m2=np.array([100.0, 100.0]), weights=None, skipped=0)
    with pytest.raises(InputError, match=r"1 reference point\(s\) have no stratum"):
        assess_change(table, 1, sample, strata, {1: 800.0}, {1: 8}, {1: 800.0}, table.pair_codes([1, 3, 4]))
