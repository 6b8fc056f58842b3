"""Map error carried into stock change (engine/carbon/change_error.py): the carbon of the area-adjusted
transitions against per-transition results and sums written out by hand, the error-free sample, intervals
and bad input."""
import numpy as np
import pytest

from bluecarbon.bluecarbon_qgis.engine.carbon import change, change_error, invest_tables as it
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from conftest import make_raster, write_csv
from test_engine_change_accuracy import MAP_2015, MAP_2024, TRUE_2024

# code, class, then BIOPHYSICAL_COLUMNS: biomass-initial, soil-initial, litter-initial, biomass-half-life,
# biomass-low/med/high-impact-disturb, biomass-yearly-accumulation, soil-half-life, soil-low/med/high-impact-
# disturb, soil-yearly-accumulation, litter-yearly-accumulation
BIO = ("code,lulc-class," + ",".join(it.BIOPHYSICAL_COLUMNS) + "\n"
       "1,open water,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n"
       "3,mangrove,100,300,0,1,0.5,0.5,1,2,7.5,0.3,0.5,0.66,5,0\n"
       "4,salt marsh,10,200,0,2,0.5,0.5,0.9,1.5,8,0.3,0.5,0.6,3,0\n")
TRANSITIONS = ("lulc-class,open water,mangrove,salt marsh\n"
               "open water,NCC,accum,accum\n"
               "mangrove,high-impact-disturb,accum,accum\n"
               "salt marsh,med-impact-disturb,accum,accum\n")
S0, S1, A = 2015, 2024, 2034
ACC = {1: (0.0, 0.0), 3: (2.0, 5.0), 4: (1.5, 3.0)}            # biomass, soil yearly accumulation
INIT = {1: (0.0, 0.0), 3: (100.0, 300.0), 4: (10.0, 200.0)}
HL = {3: (1.0, 7.5), 4: (2.0, 8.0)}
DISTURB = {(3, 1): (1.0, 0.66), (4, 1): (0.5, 0.5)}            # the fractions of each disturbing transition


def by_hand(a, b):
    """Per hectare (accumulation, emissions, net) of the transition a -> b in each period, from the
    InVEST User's Guide equations written out: [2015, 2024) the baseline class accumulates; [2024, 2034) an
    accum transition accumulates the destination's rates, a disturbance emits D (1 - 0.5^(10/H))."""
    p1 = (S1 - S0) * sum(ACC[a])
    stock = [INIT[a][p] + (S1 - S0) * ACC[a][p] for p in range(2)]
    if (a, b) in DISTURB:
        acc2 = 0.0
        emi2 = sum(stock[p] * DISTURB[(a, b)][p] * (1 - 0.5 ** ((A - S1) / HL[a][p])) for p in range(2))
    else:
        acc2, emi2 = (A - S1) * sum(ACC[b]), 0.0
    return {"accumulation": [p1, acc2], "emissions": [0.0, emi2], "net": [p1, acc2 - emi2]}


def model_and_traj(tmp_path, bio_text=BIO, tr_text=TRANSITIONS, maps=(MAP_2015, MAP_2024), years=(S0, S1)):
    paths = [make_raster(tmp_path / "{}.tif".format(y), np.array(m, np.uint8), 32650, 500000.0, 2500000.0, 10, 10)
             for y, m in zip(years, maps)]
    bio = it.read_biophysical(write_csv(tmp_path / "bio.csv", bio_text))
    tr = it.read_transitions(write_csv(tmp_path / "tr.csv", tr_text), bio)
    model = change.prepare(list(zip(years, paths)), bio, tr, A)
    traj = change.scan(model)
    change.check(model, traj)
    return model, traj


def census(truth=TRUE_2024):
    """One point per mapped pixel: the map transition and the true one."""
    before, after, true = (np.array(m) for m in (MAP_2015, MAP_2024, truth))
    ok = before > 0
    return (list(zip(before[ok].tolist(), after[ok].tolist())), list(zip(before[ok].tolist(), true[ok].tolist())))


def cell_ha(model):
    """The ellipsoidal area (ha) of each mapped pixel, in the order of census()."""
    areas = change.row_cell_areas(model.grids[0], 0, model.grids[0].height) / 1e4
    return areas[np.array(MAP_2015) > 0]


def test_adjusted_carbon_against_per_transition_sums_by_hand(tmp_path):
    model, traj = model_and_traj(tmp_path)
    smap, sref = census()
    ha = cell_ha(model)
    # a census weighted by cell area (the ratio estimator): the adjusted area of each transition is its true area
    res = change_error.adjust_change(model, traj, traj.area_m2[None, :], smap, sref, weights=ha)
    for j, pair in enumerate(res.pairs):
        assert res.adjusted_ha[0, j] == pytest.approx(sum(a for a, p in zip(ha, sref) if p == pair), rel=1e-9)
        assert res.mapped_ha[0, j] == pytest.approx(sum(a for a, p in zip(ha, smap) if p == pair), rel=1e-9)
    assert (4, 1) in res.pairs and smap.count((4, 1)) == 0       # a transition the map never shows
    # adjusted carbon = Σ over the true pixels of the hand-computed per-hectare results
    for name in change_error.OUTPUTS:
        for t in range(2):
            mapped, adjusted, lo, hi = res.values[(name, t)]
            assert adjusted[0] == pytest.approx(sum(by_hand(*p)[name][t] * a for p, a in zip(sref, ha)), rel=1e-9)
            assert mapped[0] == pytest.approx(sum(by_hand(*p)[name][t] * a for p, a in zip(smap, ha)), rel=1e-9)
            assert lo is None and hi is None
    # the mapped figures are the plain run's
    rows = change.zone_table(model, *change.run_trajectories(model, traj)[:2], traj.area_m2[None, :], ["all"], [0])
    for t, row in enumerate(rows):
        assert res.values[("net", t)][0][0] == pytest.approx(row.values["net_sequestration_tco2e"], rel=1e-12)


def test_a_sample_with_errors_by_olofsson_proportions(tmp_path):
    """A sample (not a census): p(j | i) = n_ij / n_i. and the adjusted result Σ_i A_i Σ_j p(j | i) r_j, by
    hand, per area."""
    model, traj = model_and_traj(tmp_path)
    smap = [(3, 1)] * 4 + [(3, 3)] * 6 + [(1, 1)] * 5 + [(4, 3)] * 2 + [(1, 3)] * 3 + [(4, 4)] * 5
    sref = [(3, 1)] * 3 + [(3, 3)] + [(3, 1)] + [(3, 3)] * 5 + [(1, 1)] * 5 + [(4, 1), (4, 3)] + [(1, 3)] * 3 \
        + [(4, 4)] * 4 + [(4, 3)]
    p = {(3, 1): {(3, 1): 3 / 4, (3, 3): 1 / 4}, (3, 3): {(3, 1): 1 / 6, (3, 3): 5 / 6}, (1, 1): {(1, 1): 1.0},
         (4, 3): {(4, 1): 0.5, (4, 3): 0.5}, (1, 3): {(1, 3): 1.0}, (4, 4): {(4, 4): 0.8, (4, 3): 0.2}}
    rows_m2 = np.vstack([traj.area_m2, traj.area_m2 * np.linspace(0.1, 0.9, traj.area_m2.size)])
    res = change_error.adjust_change(model, traj, rows_m2, smap, sref, iterations=400, seed=3)
    mapped_pairs = [tuple(r) for r in traj.classes.tolist()]
    for r in range(2):
        a_ha = {pair: rows_m2[r, k] / 1e4 for k, pair in enumerate(mapped_pairs)}
        for name in change_error.OUTPUTS:
            for t in range(2):
                expected = sum(a * sum(q * by_hand(*j)[name][t] for j, q in p[i].items()) for i, a in a_ha.items())
                _, adjusted, lo, hi = res.values[(name, t)]
                assert adjusted[r] == pytest.approx(expected, rel=1e-9)
                assert lo[r] <= adjusted[r] <= hi[r]
        for j, pair in enumerate(res.pairs):
            expected = sum(a * p[i].get(pair, 0.0) for i, a in a_ha.items())
            assert res.adjusted_ha[r, j] == pytest.approx(expected, rel=1e-12, abs=1e-15)
    # the biophysical table has no bounds: the period-1 results depend on the source class only, and the
    # adjusted and mapped areas of each source class are equal, so only map error moves period 2
    lo, hi = res.values[("net", 1)][2:]
    assert np.all(hi - lo > 0)


def test_error_free_sample_gives_the_mapped_result_and_a_narrower_interval(tmp_path):
    model, traj = model_and_traj(tmp_path)
    smap, sref = census()
    clean = change_error.adjust_change(model, traj, traj.area_m2[None, :], smap, smap, iterations=500, seed=2)
    noisy = change_error.adjust_change(model, traj, traj.area_m2[None, :], smap, sref, iterations=500, seed=2)
    for name in change_error.OUTPUTS:
        for t in range(2):
            mapped, adjusted, lo, hi = clean.values[(name, t)]
            assert adjusted[0] == pytest.approx(mapped[0], rel=1e-12, abs=1e-12)
    np.testing.assert_allclose(clean.adjusted_ha, clean.mapped_ha, rtol=1e-12)
    w_clean = np.subtract(*clean.values[("emissions", 1)][3:1:-1])
    w_noisy = np.subtract(*noisy.values[("emissions", 1)][3:1:-1])
    assert 0 < w_clean[0] < w_noisy[0]


def test_bounded_values_and_map_error_drawn_together(tmp_path):
    """With bounds on mangrove's soil accumulation, the adjusted interval holds both sources: wider than the
    map-error-only interval of the same sample and than the mapped run's bounds-only interval."""
    bounded = BIO.replace("litter-yearly-accumulation\n", "litter-yearly-accumulation,soil-yearly-accumulation_lo,"
                                                         "soil-yearly-accumulation_hi\n", 1)
    lines = bounded.splitlines()
    lines[1] += ",,"
    lines[2] += ",3,7"
    lines[3] += ",,"
    model, traj = model_and_traj(tmp_path, bio_text="\n".join(lines) + "\n")
    smap, sref = census()
    both = change_error.adjust_change(model, traj, traj.area_m2[None, :], smap, sref, iterations=2000, seed=5)
    (tmp_path / "plain").mkdir()
    model0, traj0 = model_and_traj(tmp_path / "plain")
    only = change_error.adjust_change(model0, traj0, traj0.area_m2[None, :], smap, sref, iterations=2000, seed=5)
    w = [np.subtract(*r.values[("net", 1)][3:1:-1])[0] for r in (both, only)]
    det, mc, _ = change.run_trajectories(model, traj, iterations=2000, seed=5)
    row = change.zone_table(model, det, mc, traj.area_m2[None, :], ["all"], [0])[1].values
    w_bio = row["net_sequestration_tco2e_hi"] - row["net_sequestration_tco2e_lo"]   # the mapped run: bounds only
    assert w[0] > max(w[1], w_bio) > 0


def test_bad_input(tmp_path):
    # a reference transition whose cell in the transition table is empty
    model, traj = model_and_traj(tmp_path, tr_text=TRANSITIONS.replace("salt marsh,med-impact-disturb",
                                                                       "salt marsh,"))
    smap, sref = census()
    with pytest.raises(InputError, match=r"labels the transition salt marsh -> open water \(codes 4 -> 1\) on 1 "
                                         r"point\(s\), but its cell in the transition table is empty"):
        change_error.adjust_change(model, traj, traj.area_m2[None, :], smap, sref)
    # three snapshots
    (tmp_path / "three").mkdir()
    model, traj = model_and_traj(tmp_path / "three", maps=(MAP_2015, MAP_2024, MAP_2024), years=(S0, S1, 2030))
    with pytest.raises(InputError, match="two snapshots"):
        change_error.adjust_change(model, traj, traj.area_m2[None, :], smap, smap)
