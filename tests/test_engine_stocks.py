"""Density tables, stocks, uptake and Monte Carlo intervals, against hand numbers."""
import numpy as np
import pytest
from scipy import stats

from bluecarbon.bluecarbon_qgis.engine.carbon.densities import read_density_table
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from bluecarbon.bluecarbon_qgis.engine.carbon import stocks as _stocks
from bluecarbon.bluecarbon_qgis.engine.carbon.stocks import UNKNOWN_ZERO
from bluecarbon.bluecarbon_qgis.engine.raster.zonal import ZoneAreas
from conftest import write_csv

HEADER = "class_value,class_name,agb_tc_ha,bgb_tc_ha,dead_tc_ha,soil_tc_ha,seq_tc_ha_yr,source\n"


def account(*args, **kw):
    """The accounts only (the engine also returns Monte Carlo information); one batch, subtropical rows."""
    kw.setdefault("climate_zones", ["subtropical"] * len(args[1]))
    return _stocks.account(*args, **kw)[0]


def zone(**ha):
    return ZoneAreas(classes={int(k[1:]): v * 1e4 for k, v in ha.items()})


def test_default_table_values_and_sources():
    t = read_density_table()
    assert set(t.rows) == set(range(1, 10))
    assert all(r.source and r.verified for r in t.entries.values())
    m = t.row(3, "subtropical")
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
    with pytest.raises(InputError, match="neither UTF-8 nor GB18030"):  # Latin-1 'é' before a comma
        (tmp_path / "e.csv").write_bytes("class_value,class_name\n1,caf\xe9,\n".encode("latin-1"))
        read_density_table(str(tmp_path / "e.csv"))


def test_bom_semicolons_and_chinese_names(tmp_path):
    text = "\ufeffclass_value;class_name;agb_tc_ha;bgb_tc_ha;dead_tc_ha;soil_tc_ha;seq_tc_ha_yr;source\n" \
           "3;红树林;10;5;0;200;1.5;现场调查 2024\n"
    t = read_density_table(write_csv(tmp_path / "中文.csv", text))
    assert t.rows[3].class_name == "红树林"
    assert t.rows[3].stock_tc_ha == 215


# ---------------------------------------------------------------- climate zones, countries, uptake basis

def test_climate_zone_rows_match_the_table_by_hand():
    # IPCC 2013 Tier 1 (as shipped): AGB t d.m./ha x 0.451; BGB = AGB x root:shoot (Table 4.5)
    t = read_density_table()
    wet = account(t, [zone(c3=1)], climate_zones=["tropical_wet"], iterations=0)[0]
    dry = account(t, [zone(c3=1)], climate_zones=["tropical_dry"], iterations=0)[0]
    sub = account(t, [zone(c3=1)], climate_zones=["subtropical"], iterations=0)[0]
    assert wet.pools_tc["agb_tc_ha"] == pytest.approx(192 * 0.451)
    assert wet.pools_tc["bgb_tc_ha"] == pytest.approx(192 * 0.451 * 0.49)
    assert dry.pools_tc["bgb_tc_ha"] == pytest.approx(92 * 0.451 * 0.29)
    assert sub.pools_tc["bgb_tc_ha"] == pytest.approx(75 * 0.451 * 0.96)
    assert len({round(a.stock_tc, 6) for a in (wet, dry, sub)}) == 3


def test_zone_from_latitude():
    from bluecarbon.bluecarbon_qgis.engine.carbon.densities import zone_of_latitude
    assert zone_of_latitude(18.0) == "tropical_wet"          # Hainan
    assert zone_of_latitude(-18.0, "tropical_dry") == "tropical_dry"
    assert zone_of_latitude(25.0) == "subtropical"            # Fujian
    assert zone_of_latitude(-30.0) == "subtropical"


def test_user_table_with_climate_zone_column(tmp_path):
    path = write_csv(tmp_path / "z.csv", "class_value,class_name,climate_zone,agb_tc_ha,bgb_tc_ha,dead_tc_ha,"
                     "soil_tc_ha,seq_tc_ha_yr,source\n3,m,,1,1,0,10,1,s\n3,m,tropical_dry,5,1,0,10,1,s\n")
    t = read_density_table(path)
    assert account(t, [zone(c3=1)], climate_zones=["tropical_dry"], iterations=0)[0].stock_tc == 16
    assert account(t, [zone(c3=1)], climate_zones=["subtropical"], iterations=0)[0].stock_tc == 12
    with pytest.raises(InputError, match="climate_zone 'polar'"):
        read_density_table(write_csv(tmp_path / "b.csv", "class_value,class_name,climate_zone,agb_tc_ha,"
                                     "bgb_tc_ha,dead_tc_ha,soil_tc_ha,seq_tc_ha_yr,source\n3,m,polar,1,1,0,1,1,s\n"))


def test_country_row_by_hand_from_the_csv():
    import csv
    from bluecarbon.bluecarbon_qgis.engine.carbon.densities import COUNTRY_TABLE, apply_country, find_country
    china = [r for r in csv.DictReader(open(COUNTRY_TABLE, encoding="utf-8")) if r["iso"] == "CHN"][0]
    per_ha = float(china["agb_tc_ha"]) + float(china["bgb_tc_ha"]) + float(china["soil_tc_ha"])
    assert per_ha == pytest.approx(31.60 + 25.61 + 236.36)
    for name in ("CHN", "China", "中国", "china", "中华人民共和国"):
        row, missing = find_country(name)
        assert row["iso"] == "CHN" and missing is None
    t = apply_country(read_density_table(), find_country("中国")[0])
    a = account(t, [zone(c3=10)], climate_zones=["tropical_wet"], iterations=0)[0]
    assert a.stock_tco2e == pytest.approx(10 * per_ha * 44 / 12, rel=1e-3)
    assert a.uptake_tc_yr == pytest.approx(10 * 1.62)           # the accumulation rate stays Tier 1
    assert a.class_source[3].startswith("CHN China")
    # no bounds in the country table: the Tier 1 relative range of soil is kept around the country value
    r = t.row(3, "subtropical")
    assert r.lo["soil_tc_ha"] == pytest.approx(236.36 * 55 / 386)
    assert r.hi["soil_tc_ha"] == pytest.approx(236.36 * 1376 / 386)
    assert "agb_tc_ha" not in r.lo
    # the other classes keep their rows
    assert t.row(4).values == read_density_table().row(4).values


def test_unknown_country_names_the_closest():
    from bluecarbon.bluecarbon_qgis.engine.carbon.densities import find_country
    with pytest.raises(InputError) as err:
        find_country("Chnia")
    assert "China" in err.value.render(lambda s: s)


def test_uptake_basis_restored_half():
    # basis 1: uptake only on the restored half of the mangrove; stocks unchanged
    t = read_density_table()
    full = zone(c3=20)
    half = zone(c3=10)
    a0 = account(t, [full], iterations=0)[0]
    a1 = account(t, [full], restored=[half], iterations=0)[0]
    assert a1.uptake_tc_yr == pytest.approx(a0.uptake_tc_yr / 2)
    assert a1.uptake_tc_yr == pytest.approx(10 * 1.62)
    assert a1.stock_tc == a0.stock_tc


# ---------------------------------------------------------------- Monte Carlo

def test_mc_median_of_total_on_skewed_bounds_within_one_percent(tmp_path):
    # skewed 95 % bounds (auto: lognormal with median = value) on two pools of one class
    path = write_csv(tmp_path / "s.csv",
                     "class_value,class_name,agb_tc_ha,agb_tc_ha_lo,agb_tc_ha_hi,bgb_tc_ha,dead_tc_ha,soil_tc_ha,"
                     "soil_tc_ha_lo,soil_tc_ha_hi,seq_tc_ha_yr,seq_tc_ha_yr_lo,seq_tc_ha_yr_hi,source\n"
                     "3,m,30,20,80,10,0,386,150,1376,1.62,0.5,10.2,s\n")
    t = read_density_table(path)
    a = account(t, [zone(c3=50)], iterations=20000, seed=5)[0]
    point = 50 * (30 + 10 + 386) * 44 / 12
    assert a.stock_tco2e == pytest.approx(point)
    assert a.median["stock_tco2e"] == pytest.approx(point, rel=0.01)
    assert a.median["uptake_tco2e_yr"] == pytest.approx(50 * 1.62 * 44 / 12, rel=0.01)
    assert a.stock_tco2e_lo <= a.stock_tco2e <= a.stock_tco2e_hi
    assert a.uptake_tco2e_yr_lo <= a.uptake_tco2e_yr <= a.uptake_tco2e_yr_hi


def test_default_observed_ranges_keep_median_on_point_estimate():
    # default mangrove row: observed min-max ranges drawn as Beta-PERT with median = Tier 1 value
    t = read_density_table()
    a = account(t, [zone(c3=100)], iterations=40000, seed=2)[0]
    assert a.median["stock_tco2e"] == pytest.approx(a.stock_tco2e, rel=0.01)
    assert a.median["uptake_tco2e_yr"] == pytest.approx(a.uptake_tco2e_yr, rel=0.01)
    assert a.stock_tco2e_lo < a.stock_tco2e < a.stock_tco2e_hi


def test_adaptive_monte_carlo_stops_and_reports_draws():
    t = read_density_table()
    accs, info = _stocks.account(t, [zone(c3=100)], climate_zones=["subtropical"], iterations=10000, seed=1,
                                 adaptive=True)
    assert info["converged"] and info["iterations"] % 10000 == 0 and info["iterations"] >= 20000
    one, _ = _stocks.account(t, [zone(c3=100)], climate_zones=["subtropical"], iterations=10000, seed=1)
    assert accs[0].stock_tco2e_hi == pytest.approx(one[0].stock_tco2e_hi, rel=0.05)


def test_interval_is_exact_around_fixed_values():
    t = read_density_table()
    a = account(t, [zone(c1=5, c9=3)], iterations=1000)[0]
    assert a.stock_tco2e_lo <= a.stock_tco2e <= a.stock_tco2e_hi


def test_country_without_mangroves_is_recognised_where_the_system_lists_countries():
    import os
    from bluecarbon.bluecarbon_qgis.engine.carbon.densities import find_country
    if not os.path.exists("/usr/share/iso-codes/json/iso_3166-1.json"):
        pytest.skip("the system has no ISO 3166 list (iso-codes)")
    for name in ("France", "FRA"):
        row, missing = find_country(name)
        assert row is None and missing == {"country": "France"}


def _random_zones(rng, n, classes=(1, 2, 3, 4, 5, 6)):
    return [ZoneAreas(classes={int(c): float(rng.uniform(0, 5e5)) for c in rng.choice(classes, 3, replace=False)})
            for _ in range(n)]


def test_chunked_products_equal_one_product_and_numpy_percentiles(monkeypatch):
    """Every account's draws from chunks of one account, and their partition percentiles, against one product of
    all accounts at once and np.percentile / np.median row by row (as the engine did before chunks)."""
    from bluecarbon.bluecarbon_qgis.engine.accuracy.estimators import conditional_proportions
    t = read_density_table()
    rng = np.random.default_rng(11)
    zs = _random_zones(rng, 13)
    cz = ["subtropical"] * 7 + ["tropical_dry"] * 6
    adj = _stocks.Adjustment(conditional_proportions([1] * 10 + [2] * 10, [1] * 8 + [2] * 3 + [1] * 9), [])
    seen = {}
    original = _stocks._summarise

    def keep(accounts, sampler, info, *args):
        seen["sampler"] = sampler
        original(accounts, sampler, info, *args)

    monkeypatch.setattr(_stocks, "_summarise", keep)
    monkeypatch.setattr(_stocks, "CHUNK_VALUES", 1)          # one account per chunk
    accs, info = _stocks.account(t, zs, climate_zones=cz, adjustment=adj, sums=[[0, 1, 2], [7, 8]],
                                 iterations=3000, seed=4)
    s = seen["sampler"]
    assert len(list(s.chunks(1))) == len(accs) == 15
    stock_d, rate_d, p = s.stored[0]
    whole = s.outputs(range(len(accs)), stock_d, rate_d, p)   # (accounts, outputs, draws) in one product
    for a, acc in enumerate(accs):
        for o, name in enumerate(s.names):
            row = whole[a, o]
            lo, hi = np.percentile(row, [2.5, 97.5])
            v = getattr(acc, name)
            assert acc.median[name] == pytest.approx(np.median(row), rel=1e-9)
            assert getattr(acc, name + "_lo") == pytest.approx(min(lo, v), rel=1e-9)
            assert getattr(acc, name + "_hi") == pytest.approx(max(hi, v), rel=1e-9)
    # a sum account's draws are the sums of its members' draws, draw by draw
    np.testing.assert_allclose(whole[13], whole[[0, 1, 2]].sum(axis=0), rtol=1e-12)
    # an account's draws are its areas times the drawn densities (by hand, one area, one draw)
    keys = s.keys
    d0 = sum(zs[0].classes[c] / 1e4 * stock_d[keys.index(t.row(c, "subtropical").key), 0] for c in zs[0].classes)
    assert whole[0, 0, 0] == pytest.approx(d0 * 44 / 12, rel=1e-12)


def test_many_areas_run_more_than_one_batch():
    """1,200 areas: the draws kept are the parameters', not the areas', so the adaptive run may add batches."""
    t = read_density_table()
    zs = _random_zones(np.random.default_rng(5), 1200)
    accs, info = _stocks.account(t, zs, climate_zones=["subtropical"] * 1200, iterations=10000, seed=3,
                                 adaptive=True, max_draws=30000)
    assert info["iterations"] in (20000, 30000)
    assert all(a.stock_tco2e_lo <= a.stock_tco2e <= a.stock_tco2e_hi for a in accs)



def test_monte_carlo_summaries_in_threads_are_identical(monkeypatch):
    """Summaries of chunks side by side in threads give the numbers of one chunk after the other, bit for bit."""
    table = read_density_table(None)
    rng = np.random.default_rng(5)
    zones = [ZoneAreas(classes={k: float(rng.uniform(1e4, 1e6)) for k in (1, 2, 3)}) for _ in range(40)]
    monkeypatch.setattr(_stocks, "CHUNK_VALUES", 50_000)   # several chunks of accounts
    one, _ = _stocks.account(table, zones, iterations=10_000, seed=3, threads=1)
    two, _ = _stocks.account(table, zones, iterations=10_000, seed=3, threads=2)
    for a, b in zip(one, two):
        for name in _stocks.OUTPUTS:
            assert getattr(a, name + "_lo") == getattr(b, name + "_lo")
            assert getattr(a, name + "_hi") == getattr(b, name + "_hi")
            assert a.median[name] == b.median[name]


def test_without_medians_the_bounds_are_the_same():
    """Medians are shown only in reports: a run without them gives the same bounds bit for bit (50,000 draws: the
    bracketed percentiles), and no medians."""
    table = read_density_table(None)
    rng = np.random.default_rng(8)
    zones = [ZoneAreas(classes={k: float(rng.uniform(1e4, 1e6)) for k in (1, 3, 4, 5)}) for _ in range(30)]
    kw = dict(climate_zones=["tropical_wet"] * 30, iterations=50_000, seed=2, threads=2)
    full, _ = _stocks.account(table, zones, **kw)
    bare, _ = _stocks.account(table, zones, medians=False, **kw)
    for a, b in zip(full, bare):
        assert set(a.median) == set(_stocks.OUTPUTS) and b.median == {}
        for name in _stocks.OUTPUTS:
            assert getattr(a, name + "_lo") == getattr(b, name + "_lo") < getattr(a, name)
            assert getattr(a, name + "_hi") == getattr(b, name + "_hi") > getattr(a, name)
            draws_lo = getattr(a, name + "_lo")
            assert a.median[name] > draws_lo
