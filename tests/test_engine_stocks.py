"""Density tables, stocks, uptake and Monte Carlo intervals, against hand numbers."""
import numpy as np
import pytest
from scipy import stats

from bluecarbon.bluecarbon_qgis.engine.carbon.densities import read_density_table
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from bluecarbon.bluecarbon_qgis.engine.carbon.stocks import UNKNOWN_ZERO, account
from bluecarbon.bluecarbon_qgis.engine.raster.zonal import ZoneAreas
from conftest import write_csv

HEADER = "class_value,class_name,agb_tc_ha,bgb_tc_ha,dead_tc_ha,soil_tc_ha,seq_tc_ha_yr,source\n"


def zone(**ha):
    return ZoneAreas(classes={int(k[1:]): v * 1e4 for k, v in ha.items()})


def test_default_table_values_and_sources():
    t = read_density_table()
    assert set(t.rows) == set(range(1, 10))
    assert all(r.source for r in t.rows.values())
    m = t.rows[3]
    assert m.values["soil_tc_ha"] == 386 and (m.lo["soil_tc_ha"], m.hi["soil_tc_ha"]) == (55, 1376)
    assert m.values["seq_tc_ha_yr"] == 1.62
    assert m.values["agb_tc_ha"] == pytest.approx(75 * 0.451)
    assert m.values["bgb_tc_ha"] == pytest.approx(75 * 0.96 * 0.451)
    assert t.rows[4].values["soil_tc_ha"] == 255 and t.rows[4].values["seq_tc_ha_yr"] == 0.91
    assert t.rows[5].values["soil_tc_ha"] == 108 and t.rows[5].values["seq_tc_ha_yr"] == 0.43
    assert t.rows[5].values["agb_tc_ha"] == 2.51


def test_worked_examples_from_the_issue():
    t = read_density_table()
    soil = account(t, [zone(c3=564)], iterations=0)[0]
    assert soil.pools_tc["soil_tc_ha"] == pytest.approx(217_704.0)  # 564 ha x 386 t C/ha
    up = account(t, [zone(c3=100)], iterations=0)[0]
    assert up.uptake_tco2e_yr == pytest.approx(594.0)  # 1.62 x 100 x 44/12
    assert up.stock_tc == pytest.approx(100 * (386 + 33.825 + 32.472))


def test_unknown_classes():
    t = read_density_table()
    with pytest.raises(InputError, match="class\\(es\\) 12, 40"):
        account(t, [zone(c3=1, c12=2, c40=1)], iterations=0)
    a = account(t, [zone(c3=1, c12=2)], unknown_mode=UNKNOWN_ZERO, iterations=0)[0]
    assert a.area_ha == pytest.approx(3.0)
    assert a.class_stock_tc[12] == 0.0
    assert a.stock_tc == pytest.approx(386 + 33.825 + 32.472)


def test_monte_carlo_matches_truncated_normal(tmp_path):
    # one class, one uncertain pool with symmetric bounds: stock = area x soil,
    # soil ~ N(100, sd) truncated at 0
    lo, hi, value, area = 10.0, 190.0, 100.0, 50.0
    path = write_csv(tmp_path / "d.csv",
                     "class_value,class_name,agb_tc_ha,bgb_tc_ha,dead_tc_ha,soil_tc_ha,soil_tc_ha_lo,"
                     "soil_tc_ha_hi,seq_tc_ha_yr,source\n"
                     "1,x,0,0,0,{v},{lo},{hi},0,test\n".format(v=value, lo=lo, hi=hi))
    t = read_density_table(path)
    a = account(t, [zone(c1=area)], iterations=40000, seed=7)[0]
    sd = (hi - lo) / 3.92
    dist = stats.truncnorm((0 - value) / sd, np.inf, loc=value, scale=sd)
    exp_lo, exp_hi = (dist.ppf([0.025, 0.975]) * area * 44 / 12)
    assert a.stock_tco2e_lo == pytest.approx(exp_lo, rel=0.03)
    assert a.stock_tco2e_hi == pytest.approx(exp_hi, rel=0.02)
    again = account(t, [zone(c1=area)], iterations=40000, seed=7)[0]
    assert (again.stock_tco2e_lo, again.stock_tco2e_hi) == (a.stock_tco2e_lo, a.stock_tco2e_hi)


def test_draws_shared_between_zones():
    t = read_density_table()
    a, b = account(t, [zone(c3=10), zone(c3=20)], iterations=500, seed=3)
    # the same density draw applies to both zones, so the intervals scale exactly with area
    assert b.stock_tco2e_lo == pytest.approx(2 * a.stock_tco2e_lo)
    assert b.uptake_tco2e_yr_hi == pytest.approx(2 * a.uptake_tco2e_yr_hi)


def test_fixed_densities_give_degenerate_interval():
    t = read_density_table()
    a = account(t, [zone(c1=5)], iterations=100)[0]
    assert a.stock_tco2e_lo == a.stock_tco2e_hi == 0.0


@pytest.mark.parametrize("body, message", [
    ("1,a,1,1,1,1,1,s\n1,b,1,1,1,1,1,s\n", "class 1 appears twice"),
    ("1,a,1,x,1,1,1,s\n", "Row 2 of the density table, column 'bgb_tc_ha': 'x' is not a number"),
    ("1,a,1,1,-3,1,1,s\n", "cannot be negative"),
    ("1.5,a,1,1,1,1,1,s\n", "not an integer"),
])
def test_bad_tables(tmp_path, body, message):
    path = write_csv(tmp_path / "bad.csv", HEADER + body)
    with pytest.raises(InputError, match=message):
        read_density_table(path)


def test_bad_bounds_and_columns(tmp_path):
    hdr = "class_value,class_name,agb_tc_ha,bgb_tc_ha,dead_tc_ha,soil_tc_ha,soil_tc_ha_lo,soil_tc_ha_hi,seq_tc_ha_yr,source\n"
    with pytest.raises(InputError, match="soil_tc_ha_lo \\(50.0\\) is above the value"):
        read_density_table(write_csv(tmp_path / "a.csv", hdr + "1,a,0,0,0,40,50,60,0,s\n"))
    with pytest.raises(InputError, match="soil_tc_ha_hi \\(30.0\\) is below the value"):
        read_density_table(write_csv(tmp_path / "b.csv", hdr + "1,a,0,0,0,40,10,30,0,s\n"))
    with pytest.raises(InputError, match="lacks the column\\(s\\) soil_tc_ha, source"):
        read_density_table(write_csv(tmp_path / "c.csv", "class_value,class_name,agb_tc_ha,bgb_tc_ha,"
                                                           "dead_tc_ha,seq_tc_ha_yr\n1,a,0,0,0,0\n"))
    with pytest.raises(InputError, match="is empty"):
        read_density_table(write_csv(tmp_path / "d.csv", "\n"))
    with pytest.raises(InputError, match="not UTF-8"):
        (tmp_path / "e.csv").write_bytes("class_value,class_name\n1,\xe7\xba\n".encode("latin-1"))
        read_density_table(str(tmp_path / "e.csv"))


def test_bom_semicolons_and_chinese_names(tmp_path):
    text = "\ufeffclass_value;class_name;agb_tc_ha;bgb_tc_ha;dead_tc_ha;soil_tc_ha;seq_tc_ha_yr;source\n" \
           "3;红树林;10;5;0;200;1.5;现场调查 2024\n"
    t = read_density_table(write_csv(tmp_path / "中文.csv", text))
    assert t.rows[3].class_name == "红树林"
    assert t.rows[3].stock_tc_ha == 215
