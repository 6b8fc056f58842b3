"""Area-adjusted carbon accounts from a stratified reference sample (map error carried into the stocks)."""
import numpy as np
import pytest
from shapely.geometry import box

from bluecarbon.bluecarbon_qgis.engine.accuracy.estimators import (
    conditional_proportions, error_matrix, stratified_accuracy)
from bluecarbon.bluecarbon_qgis.engine.carbon.densities import read_density_table
from bluecarbon.bluecarbon_qgis.engine.carbon.stocks import Adjustment, account, carbon_stocks
from bluecarbon.bluecarbon_qgis.engine.raster.grid import open_grid
from bluecarbon.bluecarbon_qgis.engine.raster.zonal import ZoneAreas, map_class_areas
from conftest import make_raster, write_csv

TABLE = ("class_value,class_name,agb_tc_ha,bgb_tc_ha,dead_tc_ha,soil_tc_ha,soil_tc_ha_lo,soil_tc_ha_hi,"
         "seq_tc_ha_yr,source\n3,mangrove,0,0,0,400,300,500,2,s\n4,marsh,0,0,0,100,80,120,1,s\n")


def sample(n_per_class, acc3=0.8, acc4=0.9):
    """Map/reference labels of a stratified sample: map 3 correct with share acc3, map 4 with acc4."""
    m, r = [], []
    for cls, acc, other in ((3, acc3, 4), (4, acc4, 3)):
        good = int(round(acc * n_per_class))
        m += [cls] * n_per_class
        r += [cls] * good + [other] * (n_per_class - good)
    return m, r


def test_whole_map_polygon_equals_accuracy_assessment(tmp_path):
    arr = np.full((60, 80), 3, np.uint8)
    arr[:, 50:] = 4
    arr[40:, :20] = 4
    raster = make_raster(tmp_path / "m.tif", arr, 32650, 300000.0, 2600000.0, 10, 10)
    grid = open_grid(raster)
    m, r = sample(40)
    cp = conditional_proportions(m, r)
    adj = Adjustment(cp, [])
    table = read_density_table(write_csv(tmp_path / "d.csv", TABLE))
    run = carbon_stocks(grid, [box(*grid.bounds)], table, iterations=0, adjustment=adj)
    acc = run.zones[0]
    # accuracyassessment: stratified estimator on the same mapped areas
    areas = map_class_areas(grid)
    classes, counts = error_matrix(m, r, [3, 4])
    res = stratified_accuracy(counts, [areas.classes[c] / 1e4 for c in classes], classes)
    for i, c in enumerate(classes):
        assert acc.adjusted_ha[c] == pytest.approx(res.adjusted_ha[i], rel=1e-9)
    # adjusted stock = sum of adjusted ha x density, by hand
    assert acc.stock_tc_adj == pytest.approx(acc.adjusted_ha[3] * 400 + acc.adjusted_ha[4] * 100, rel=1e-12)
    assert acc.uptake_tc_yr_adj == pytest.approx(acc.adjusted_ha[3] * 2 + acc.adjusted_ha[4] * 1, rel=1e-12)


def test_two_by_two_by_hand_for_part_of_the_map(tmp_path):
    # sample: map 3 -> 8 of 10 reference 3, 2 reference 4; map 4 -> 1 of 10 reference 3, 9 reference 4
    m = [3] * 10 + [4] * 10
    r = [3] * 8 + [4] * 2 + [3] * 1 + [4] * 9
    adj = Adjustment(conditional_proportions(m, r), [])
    table = read_density_table(write_csv(tmp_path / "d.csv", TABLE))
    # a polygon covering 30 ha mapped mangrove and 10 ha mapped marsh
    accs, _ = account(table, [ZoneAreas(classes={3: 30e4, 4: 10e4})], adjustment=adj, iterations=0)
    a = accs[0]
    adj3 = 30 * 0.8 + 10 * 0.1      # 25 ha
    adj4 = 30 * 0.2 + 10 * 0.9      # 15 ha
    assert a.adjusted_ha[3] == pytest.approx(adj3)
    assert a.adjusted_ha[4] == pytest.approx(adj4)
    assert a.stock_tco2e_adj == pytest.approx((adj3 * 400 + adj4 * 100) * 44 / 12)
    assert a.uptake_tco2e_yr_adj == pytest.approx((adj3 * 2 + adj4 * 1) * 44 / 12)
    assert a.stock_tco2e == pytest.approx((30 * 400 + 10 * 100) * 44 / 12)


def test_class_present_by_sample_though_unmapped(tmp_path):
    m = [3] * 10
    r = [3] * 7 + [4] * 3
    adj = Adjustment(conditional_proportions(m, r), [])
    table = read_density_table(write_csv(tmp_path / "d.csv", TABLE))
    a = account(table, [ZoneAreas(classes={3: 10e4})], adjustment=adj, iterations=0)[0][0]
    assert a.adjusted_ha == pytest.approx({3: 7.0, 4: 3.0})


def _width(table, n, seed=1):
    m, r = sample(n)
    adj = Adjustment(conditional_proportions(m, r), [])
    a = account(table, [ZoneAreas(classes={3: 30e4, 4: 10e4})], adjustment=adj, iterations=40000, seed=seed)[0][0]
    return a.stock_tco2e_hi - a.stock_tco2e_lo, a.stock_tco2e_adj_hi - a.stock_tco2e_adj_lo, a


def test_interval_wider_with_map_error_and_shrinking_with_sample_size(tmp_path):
    table = read_density_table(write_csv(tmp_path / "d.csv", TABLE))
    _, w_small, a = _width(table, 20)
    _, w_large, _ = _width(table, 400)
    # density uncertainty alone, on the same adjusted areas held fixed
    fixed = account(table, [ZoneAreas(classes={k: v * 1e4 for k, v in a.adjusted_ha.items()})],
                    iterations=40000, seed=1)[0][0]
    w_density = fixed.stock_tco2e_hi - fixed.stock_tco2e_lo
    assert fixed.stock_tco2e == pytest.approx(a.stock_tco2e_adj)
    assert w_small > w_large > w_density      # map error widens; it shrinks as the sample grows
    assert a.stock_tco2e_adj_lo <= a.stock_tco2e_adj <= a.stock_tco2e_adj_hi


def test_map_class_without_sample_keeps_its_area(tmp_path):
    m = [3] * 10
    r = [3] * 8 + [4] * 2
    adj = Adjustment(conditional_proportions(m, r), [])
    table = read_density_table(write_csv(tmp_path / "d.csv", TABLE + "9,land,0,0,0,0,,,0,s\n"))
    a = account(table, [ZoneAreas(classes={3: 10e4, 9: 5e4})], adjustment=adj, iterations=100)[0][0]
    assert a.adjusted_ha == pytest.approx({3: 8.0, 4: 2.0, 9: 5.0})
    assert sum(a.adjusted_ha.values()) == pytest.approx(a.area_ha)


def test_unsampled_map_class_is_warned(tmp_path):
    arr = np.full((20, 20), 3, np.uint8)
    arr[:, 10:] = 9
    grid = open_grid(make_raster(tmp_path / "m.tif", arr, 32650, 300000.0, 2600000.0, 10, 10))
    table = read_density_table(write_csv(tmp_path / "d.csv", TABLE + "9,land,0,0,0,0,,,0,s\n"))
    adj = Adjustment(conditional_proportions([3] * 5, [3] * 5), [])
    run = carbon_stocks(grid, [box(*grid.bounds)], table, iterations=0, adjustment=adj)
    assert any("Map class {cls} has no point" in t and f["cls"] == 9 for t, f in run.warnings)
    assert run.zones[0].adjusted_ha[9] == pytest.approx(run.zones[0].class_ha[9])


def test_reference_class_missing_from_the_table_is_named(tmp_path):
    from bluecarbon.bluecarbon_qgis.engine.errors import InputError
    adj = Adjustment(conditional_proportions([3] * 4, [3, 3, 3, 12]), [])
    table = read_density_table(write_csv(tmp_path / "d.csv", TABLE))
    with pytest.raises(InputError) as err:
        account(table, [ZoneAreas(classes={3: 1e4})], adjustment=adj, iterations=0)
    assert "reference sample labels class(es) 12" in err.value.render(lambda s: s)
