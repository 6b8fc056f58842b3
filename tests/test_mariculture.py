"""Mariculture removals: the default coefficient table checked row by row against the published products,
worked examples by hand, Monte Carlo of the coefficients, and the algorithm through qgis_process."""
import csv
import os

import numpy as np
import pytest

from bluecarbon.bluecarbon_qgis.engine.carbon import mariculture
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from conftest import ROOT, make_polygons, make_raster, read_layer, run_alg, write_csv

FARMS = os.path.join(ROOT, "sample_data", "farms_demo.gpkg")
TABLE = os.path.join(ROOT, "bluecarbon_qgis", "data", "mariculture_coefficients.csv")
CO2 = 44 / 12
# Sun et al. 2020 Table 2 coefficients: 0.651 x (0.9386 x 0.1268 + 0.0614 x 0.4598) t C per t fresh weight
OYSTER_TC_PER_T = 0.6510 * (0.9386 * 0.1268 + 0.0614 * 0.4598)
KELP_TC_PER_T = 0.20 * 0.312
# t C per t fresh weight as listed with the published coefficients (shared/data/mariculture_coefficients.md)
LISTED = {"clam": 0.0640, "scallop": 0.1017, "oyster": 0.0959, "mussel": 0.1093, "other shellfish": 0.0972,
          "kelp": 0.0624, "wakame": 0.0528, "laver": 0.0548, "Gracilaria": 0.0412, "other seaweeds": 0.0555}


def shipped_rows():
    with open(TABLE, encoding="utf-8") as fh:
        return list(csv.DictReader(ln for ln in fh if not ln.startswith("#")))


def test_every_species_row_reproduces_its_product_by_hand():
    table = mariculture.read_coefficients()
    rows = [r for r in shipped_rows() if r["dry_wet_ratio"]]
    assert sorted(r["species"] for r in rows) == sorted(LISTED)
    for r in rows:
        f = {k: float(r[k]) for k in ("dry_wet_ratio", "shell_fraction", "tissue_fraction", "shell_c", "tissue_c",
                                      "c_fraction") if r[k]}
        if r["group"] == "bivalve":
            by_hand = f["dry_wet_ratio"] * (f["shell_fraction"] * f["shell_c"] + f["tissue_fraction"] * f["tissue_c"])
            assert f["shell_fraction"] + f["tissue_fraction"] == pytest.approx(1.0, abs=1e-9), r["species"]
        else:
            by_hand = f["dry_wet_ratio"] * f["c_fraction"]
        assert round(by_hand, 4) == pytest.approx(LISTED[r["species"]], abs=1e-9), r["species"]
        assert table.lookup(r["species"]).carbon_per_t() == pytest.approx(by_hand, rel=1e-12)


def test_every_row_is_cited_and_states_its_verification_and_bounds():
    for r in shipped_rows():
        assert r["verified"], r["species"]
        if not r["dry_wet_ratio"]:
            assert r["verified"].startswith("NOT AVAILABLE"), r["species"]
            continue
        assert "Geographical Research" in r["source"] and "39(11): 2508" in r["source"] and "Table 2" in r["source"]
        assert "Zhang Jihong" in r["source"] and "20(3): 359-365" in r["source"]
        assert "as quoted by a secondary source" in r["verified"] and "unchecked" in r["verified"]
        has_bounds = any(r[c + "_lo"] for c in ("shell_c", "tissue_c", "c_fraction"))
        assert has_bounds or r["bounds_source"].startswith("NONE:"), r["species"]
        if has_bounds:
            assert r["bounds_source"].startswith("DERIVED") and r["dist"] == "pert"


def test_worked_examples_by_hand():
    table = mariculture.read_coefficients()
    res = mariculture.removals(table, ["牡蛎", "Saccharina japonica", "栉孔扇贝", "坛紫菜"], [1000] * 4, iterations=0)
    oyster, kelp, scallop, laver = res.zones
    assert round(oyster.removal_tc, 1) == 95.9
    assert oyster.removal_tco2e == pytest.approx(95.857 * CO2, rel=1e-4)
    assert kelp.removal_tc == pytest.approx(62.4)
    # a new bivalve and a new seaweed by hand: 0.6389 x (0.8565 x 0.1140 + 0.1435 x 0.4284) and 0.20 x 0.2739
    assert scallop.removal_tc == pytest.approx(1000 * 0.6389 * (0.8565 * 0.1140 + 0.1435 * 0.4284))
    assert round(scallop.removal_tc, 1) == 101.7
    assert laver.removal_tc == pytest.approx(54.78)
    (tissue,) = mariculture.removals(table, ["oyster"], [1000], method=mariculture.TISSUE_ONLY, iterations=0).zones
    assert tissue.removal_tc == pytest.approx(1000 * 0.651 * 0.0614 * 0.4598)


def test_net_of_calcification_counts_shell_formation_as_a_source():
    # Munari et al. 2013 / Filgueira et al. 2015: tissue C - psi x shell C; 1,000 t oyster, psi 0.6: about -28 t C
    table = mariculture.read_coefficients()
    (net,) = mariculture.removals(table, ["oyster"], [1000], method=mariculture.NET_OF_CALCIFICATION, psi=0.6,
                                  iterations=0).zones
    assert net.removal_tc == pytest.approx(651 * (0.0614 * 0.4598 - 0.6 * 0.9386 * 0.1268))
    assert round(net.removal_tc) == -28
    (kelp,) = mariculture.removals(table, ["kelp"], [1000], method=mariculture.NET_OF_CALCIFICATION,
                                   iterations=0).zones
    assert kelp.removal_tc == pytest.approx(62.4)  # seaweeds do not calcify


@pytest.mark.parametrize("alias,species", [
    ("扇贝", "scallop"), ("栉孔扇贝", "scallop"), ("海湾扇贝", "scallop"), ("蛤", "clam"), ("菲律宾蛤仔", "clam"),
    ("杂色蛤", "clam"), ("贻贝", "mussel"), ("海虹", "mussel"), ("淡菜", "mussel"), ("江蓠", "Gracilaria"),
    ("紫菜", "laver"), ("条斑紫菜", "laver"), ("坛紫菜", "laver"), ("裙带菜", "wakame"), ("海带", "kelp"),
    ("生蚝", "oyster"), ("其他贝类", "other shellfish"), ("其他藻类", "other seaweeds")])
def test_chinese_names(alias, species):
    assert mariculture.read_coefficients().lookup(alias).name == species


@pytest.mark.parametrize("alias,species", [("蛏", "razor clam"), ("缢蛏", "razor clam"), ("蚶", "ark clam"),
                                           ("泥蚶", "ark clam"), ("毛蚶", "ark clam"), ("鲍", "abalone")])
def test_species_without_published_coefficients_are_refused_with_the_reason(alias, species):
    with pytest.raises(InputError, match="no coefficients for {} \\('{}'\\): NOT AVAILABLE".format(species, alias)):
        mariculture.read_coefficients().lookup(alias)


def test_removal_intervals_of_the_default_table():
    table = mariculture.read_coefficients()
    for s in table.species.values():
        if not s.available:
            continue
        res = mariculture.removals(table, [s.name], [1000], iterations=20000, seed=2)
        z = res.zones[0]
        if s.name == "Gracilaria":  # no published variability: no interval, and the row says why
            assert z.removal_tco2e_lo is None and res.total is None and res.unbounded == ["Gracilaria"]
            continue
        assert z.removal_tco2e_lo < z.removal_tco2e < z.removal_tco2e_hi, s.name
        assert z.removal_tco2e_hi - z.removal_tco2e_lo > 0.05 * z.removal_tco2e, s.name
    # oyster by hand at the ends of its derived ranges: 0.651 x (0.9386 x 0.1112 + 0.0614 x 0.3977) = 0.0838 and
    # 0.651 x (0.9386 x 0.1505 + 0.0614 x 0.4736) = 0.1109 t C per t: a PERT interval lies inside them
    (oyster,) = mariculture.removals(table, ["oyster"], [1000], iterations=20000, seed=2).zones
    assert 1000 * 0.651 * (0.9386 * 0.1112 + 0.0614 * 0.3977) * CO2 < oyster.removal_tco2e_lo
    assert oyster.removal_tco2e_hi < 1000 * 0.651 * (0.9386 * 0.1505 + 0.0614 * 0.4736) * CO2


def test_shell_and_tissue_shares_are_drawn_jointly(tmp_path):
    # issue 16 item 18: 1,000 t oyster with shares 0.9386 +- 0.02 / 0.0614 +- 0.02. With tissue = 1 - shell the
    # removal is 651 x (0.4598 - 0.3330 s) t C, s ~ N(0.9386, 0.04/3.92): 351.48 +- 1.96 x 651 x 0.333 x 0.010204
    # x 44/12 = 335.6-367.4 t CO2e (independent draws gave 328.7-374.1)
    path = write_csv(tmp_path / "c.csv", "species,group,dry_wet_ratio,shell_fraction,shell_fraction_lo,"
                     "shell_fraction_hi,tissue_fraction,tissue_fraction_lo,tissue_fraction_hi,shell_c,tissue_c,source\n"
                     "oyster,bivalve,0.651,0.9386,0.9186,0.9586,0.0614,0.0414,0.0814,0.1268,0.4598,test\n")
    table = mariculture.read_coefficients(path)
    res = mariculture.removals(table, ["oyster"], [1000], iterations=200000, seed=5)
    half = 1.96 * 651 * (0.4598 - 0.1268) * 0.04 / 3.92 * CO2
    assert res.total.lo == pytest.approx(351.48 - half, abs=0.5) and res.total.hi == pytest.approx(351.48 + half,
                                                                                                     abs=0.5)
    assert round(351.48 - half, 1) == 335.6 and round(351.48 + half, 1) == 367.4
    draws = table.lookup("oyster").draws(1000, np.random.default_rng(1))
    assert np.allclose(draws["shell_fraction"] + draws["tissue_fraction"], 1.0)


def test_fractions_stay_within_0_and_1(tmp_path):
    path = write_csv(tmp_path / "c.csv", "species,group,dry_wet_ratio,c_fraction,c_fraction_lo,c_fraction_hi,"
                                         "source\nx,seaweed,0.2,0.97,0.92,1.0,test\n")
    s = mariculture.read_coefficients(path).lookup("x")
    d = s.draws(50000, np.random.default_rng(3))["c_fraction"]
    assert d.max() <= 1.0 and d.min() >= 0.0 and (d > 0.99).any()


def test_monte_carlo_of_coefficients(tmp_path):
    path = write_csv(tmp_path / "c.csv", "species,group,dry_wet_ratio,c_fraction,c_fraction_lo,c_fraction_hi,source\n"
                                        "kelp,seaweed,0.2,0.3,0.25,0.35,test\n")
    table = mariculture.read_coefficients(path)
    res = mariculture.removals(table, ["kelp", "kelp"], [100, 300], iterations=20000, seed=3)
    zones = res.zones
    sd = 0.1 / 3.92
    # a single normal, far from 0: interval = value +- 1.96 sd, scaled by yield x dry/wet x 44/12
    assert zones[0].removal_tco2e_lo == pytest.approx(100 * 0.2 * (0.3 - 1.96 * sd) * CO2, rel=0.01)
    assert zones[1].removal_tco2e_hi == pytest.approx(3 * zones[0].removal_tco2e_hi, rel=1e-9)  # shared draws
    assert res.total.lo == pytest.approx(400 * 0.2 * (0.3 - 1.96 * sd) * CO2, rel=0.01)
    assert res.total.median == pytest.approx(res.total_tco2e, rel=0.01)


def test_intervals_hold_the_value_exactly_or_are_absent(tmp_path):
    path = write_csv(tmp_path / "c.csv", "species,group,dry_wet_ratio,c_fraction,source\nkelp,seaweed,0.2,0.3,t\n")
    res = mariculture.removals(mariculture.read_coefficients(path), ["kelp"] * 3, [1, 2, 2031.98885307],
                               iterations=1000)
    assert res.total is None and all(z.removal_tco2e_lo is None for z in res.zones)
    table = mariculture.read_coefficients()
    res = mariculture.removals(table, ["oyster", "Gracilaria", "kelp"], [0.02, 5, 1e-6], iterations=500, seed=9)
    assert res.total.lo <= res.total_tco2e <= res.total.hi
    for z in res.zones:
        assert z.removal_tco2e_lo is None or z.removal_tco2e_lo <= z.removal_tco2e <= z.removal_tco2e_hi


def test_bad_tables_and_names(tmp_path):
    table = mariculture.read_coefficients()
    with pytest.raises(InputError, match="Unknown species 'oister'. Known species: clam, Gracilaria, kelp, .*"
                                         "Did you mean: oyster"):
        mariculture.removals(table, ["oister"], [10], iterations=0)
    bad = write_csv(tmp_path / "b.csv", "species,group,dry_wet_ratio,shell_fraction,tissue_fraction,shell_c,tissue_c,"
                                        "source\nx,bivalve,0.6,0.9,0.2,0.1,0.4,s\n")
    with pytest.raises(InputError, match="add up to 1.1"):
        mariculture.read_coefficients(bad)
    bad = write_csv(tmp_path / "c.csv", "species,group,dry_wet_ratio,c_fraction,source\nx,seaweed,20,0.3,s\n")
    with pytest.raises(InputError, match="20.0 is not a fraction between 0 and 1"):
        mariculture.read_coefficients(bad)
    bad = write_csv(tmp_path / "d.csv", "species,group,dry_wet_ratio,c_fraction,source,dist\nx,seaweed,0.2,0.3,s,beta\n")
    with pytest.raises(InputError, match="distribution 'beta' is not one of"):
        mariculture.read_coefficients(bad)
    bad = write_csv(tmp_path / "e.csv", "species,group,dry_wet_ratio,c_fraction,source\nx,seaweed,,,s\n")
    with pytest.raises(InputError, match="has no coefficients and no note"):
        mariculture.read_coefficients(bad)


# ---- through qgis_process ----------------------------------------------------------------------------

DEMO = {"F01": ("kelp", 2600), "F02": ("kelp", 2100), "F03": ("kelp", 1800), "F04": ("oyster", 900),
        "F05": ("oyster", 650), "F06": ("scallop", 700), "F07": ("clam", 1200)}
PER_T = {"kelp": KELP_TC_PER_T, "oyster": OYSTER_TC_PER_T, "scallop": 0.6389 * (0.8565 * 0.1140 + 0.1435 * 0.4284),
         "clam": 0.5255 * (0.9802 * 0.1152 + 0.0198 * 0.4490)}
DEMO_TC = sum(PER_T[s] * y for s, y in DEMO.values())


def test_mariculturesink_headless_with_only_its_main_output(tmp_path):
    out = tmp_path / "碳汇.gpkg"
    rc, res, text = run_alg("mariculturesink", {"ZONES": FARMS, "SPECIES_FIELD": "species",
                                                "YIELD_FIELD": "harvest_t", "ID_FIELD": "farm_code", "OUTPUT": out})
    assert rc == 0, text
    rows = {r["farm_id"]: r for r in read_layer(out)}
    assert set(rows) == set(DEMO)
    for fid, (species, harvest) in DEMO.items():
        assert rows[fid]["species_key"] == species
        assert rows[fid]["removal_tc_yr"] == pytest.approx(harvest * PER_T[species])
        assert rows[fid]["removal_tco2e_yr_lo"] < rows[fid]["removal_tco2e_yr"] < rows[fid]["removal_tco2e_yr_hi"]
        assert "secondary source" in rows[fid]["coef_verified"]
    assert rows["F04"]["名称"] == "牡蛎一号"
    assert res["TOTAL_REMOVAL_TCO2E_YR"] == pytest.approx(DEMO_TC * CO2)
    assert res["TOTAL_REMOVAL_TCO2E_YR_LO"] <= res["TOTAL_REMOVAL_TCO2E_YR"] <= res["TOTAL_REMOVAL_TCO2E_YR_HI"]
    assert "Monte Carlo median" in text
    assert not [p for p in os.listdir(tmp_path) if p != "碳汇.gpkg"]


def test_species_table_and_no_interval_message(tmp_path):
    farms = make_polygons(tmp_path / "f.gpkg", ["POLYGON((110 21,110.01 21,110.01 21.01,110 21))"] * 2, 4326,
                          fields={"species": ["江蓠", "龙须菜"], "harvest": ["100", "300"]})
    rc, res, text = run_alg("mariculturesink", {"ZONES": farms, "SPECIES_FIELD": "species", "YIELD_FIELD": "harvest",
                                                "OUTPUT": tmp_path / "o.gpkg", "OUTPUT_TABLE": tmp_path / "t.csv"})
    assert rc == 0, text
    assert "no interval: the coefficients have no uncertainty bounds" in text
    assert res["TOTAL_REMOVAL_TCO2E_YR_LO"] is None and res["TOTAL_REMOVAL_TCO2E_YR"] == pytest.approx(
        400 * 0.2 * 0.206 * CO2)
    (row,) = read_layer(tmp_path / "t.csv")
    assert row["species"] == "Gracilaria" and "Table 2" in row["source"] and row["bounds_source"].startswith("NONE")


def test_yield_per_hectare_uses_ellipsoidal_area(tmp_path):
    from pyproj import Geod
    farms = make_polygons(tmp_path / "f.gpkg", ["POLYGON((122.5 37.1,122.51 37.1,122.51 37.11,122.5 37.11,122.5 37.1))"],
                          4326, fields={"species": ["kelp"], "t_per_ha": ["30"]})
    rc, res, text = run_alg("mariculturesink", {"ZONES": farms, "SPECIES_FIELD": "species",
                                                "YIELD_PER_HA_FIELD": "t_per_ha", "OUTPUT": tmp_path / "o.gpkg"})
    assert rc == 0, text
    lon = np.array([122.5, 122.51, 122.51, 122.5])
    lat = np.array([37.1, 37.1, 37.11, 37.11])
    ha = abs(Geod(ellps="WGS84").polygon_area_perimeter(lon, lat)[0]) / 1e4
    row = read_layer(tmp_path / "o.gpkg")[0]
    assert row["area_ha"] == pytest.approx(ha, rel=1e-4)
    assert res["TOTAL_YIELD_T"] == pytest.approx(30 * ha, rel=1e-4)


def test_farms_outside_the_habitat_raster_are_named(tmp_path):
    raster = make_raster(tmp_path / "h.tif", np.full((10, 10), 7, dtype=np.uint8), epsg=4326, x0=122.5, y0=37.11,
                         dx=0.001, dy=0.001)
    farms = make_polygons(tmp_path / "f.gpkg", ["POLYGON((122.5 37.1,122.51 37.1,122.51 37.11,122.5 37.11,122.5 37.1))",
                                                "POLYGON((123.5 38.1,123.51 38.1,123.51 38.11,123.5 38.11,123.5 38.1))"],
                          4326, fields={"code": ["A", "B"], "species": ["kelp", "kelp"], "t_per_ha": ["30", "30"]})
    rc, res, text = run_alg("mariculturesink", {"ZONES": farms, "SPECIES_FIELD": "species", "ID_FIELD": "code",
                                                "YIELD_PER_HA_FIELD": "t_per_ha", "HABITAT": raster,
                                                "OUTPUT": tmp_path / "o.gpkg"})
    assert rc == 0, text
    assert "Farm B lies outside the habitat raster" in text
    rows = {r["farm_id"]: r for r in read_layer(tmp_path / "o.gpkg")}
    assert rows["B"]["area_ha"] == 0 and rows["A"]["area_ha"] > 0


def test_bad_input_through_qgis_process(tmp_path):
    outs = {"OUTPUT": tmp_path / "o.gpkg", "OUTPUT_TABLE": tmp_path / "t.csv"}
    base = {"ZONES": FARMS, "SPECIES_FIELD": "species"}
    square = "POLYGON((122 37,122.01 37,122.01 37.01,122 37))"
    cases = [
        (dict(base), "not both and not neither"),
        (dict(base, YIELD_FIELD="harvest_t", YIELD_PER_HA_FIELD="harvest_t"), "not both and not neither"),
    ]
    farms = make_polygons(tmp_path / "f.gpkg", [square] * 2, 4326, fields={"species": ["scalop", "oyster"],
                                                                          "harvest": ["10", "-5"]})
    cases.append(({"ZONES": farms, "SPECIES_FIELD": "species", "YIELD_FIELD": "harvest"}, "Unknown species 'scalop'"))
    farms2 = make_polygons(tmp_path / "g.gpkg", [square], 4326, fields={"species": ["oyster"], "harvest": ["-5"]})
    cases.append(({"ZONES": farms2, "SPECIES_FIELD": "species", "YIELD_FIELD": "harvest"}, "negative or not finite"))
    farms3 = make_polygons(tmp_path / "h.gpkg", [square], 4326, fields={"species": ["oyster"], "harvest": ["lots"]})
    cases.append(({"ZONES": farms3, "SPECIES_FIELD": "species", "YIELD_FIELD": "harvest"}, "'lots'"))
    farms4 = make_polygons(tmp_path / "i.gpkg", [square] * 2, 4326,
                           fields={"name": ["North", "South"], "species": ["oyster", "oyster"], "harvest": ["5", None]})
    cases.append(({"ZONES": farms4, "SPECIES_FIELD": "species", "YIELD_FIELD": "harvest", "ID_FIELD": "name"},
                  "Farm South has no harvest: field harvest is empty"))
    utm = make_polygons(tmp_path / "utm.gpkg", ["POLYGON((500000 4100000,501000 4100000,501000 4101000,"
                                                "500000 4100000))"], 4326, fields={"species": ["kelp"], "h": ["5"]})
    cases.append(({"ZONES": utm, "SPECIES_FIELD": "species", "YIELD_FIELD": "h"}, "The layer's CRS is probably wrong"))
    cases.append(({"ZONES": farms2, "SPECIES_FIELD": "species", "YIELD_FIELD": "harvest"}, "negative"))
    cases.append(({"ZONES": FARMS, "SPECIES_FIELD": "名称", "YIELD_FIELD": "harvest_t"}, "Unknown species '海带一号'"))
    for params, message in cases:
        rc, _, text = run_alg("mariculturesink", dict(params, **outs))
        assert rc != 0 and message in text and "Traceback" not in text, (message, text[-500:])
        assert not [p for p in outs.values() if os.path.exists(p)]
    # outputs in a missing or read-only folder, or on an input: refused before any work
    rc, _, text = run_alg("mariculturesink", dict(base, YIELD_FIELD="harvest_t", OUTPUT=tmp_path / "no" / "o.gpkg",
                                                  OUTPUT_TABLE=tmp_path / "t.csv"))
    assert rc != 0 and "does not exist" in text and not os.path.exists(tmp_path / "t.csv")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:  # root writes anywhere but in /proc
        target = locked if os.geteuid() != 0 else "/proc"
        rc, _, text = run_alg("mariculturesink", dict(base, YIELD_FIELD="harvest_t", OUTPUT=os.path.join(target,
                                                                                                      "o.gpkg")))
        assert rc != 0 and "read-only" in text and not os.listdir(locked)
    finally:
        locked.chmod(0o755)
    copy = tmp_path / "farms.gpkg"
    copy.write_bytes(open(FARMS, "rb").read())
    before = copy.read_bytes()
    rc, _, text = run_alg("mariculturesink", dict(base, ZONES=copy, YIELD_FIELD="harvest_t", OUTPUT=copy))
    assert rc != 0 and "would overwrite the input" in text and copy.read_bytes() == before


def test_shipped_model_chains_sink_into_balance(provider, tmp_path):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingModelAlgorithm
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(os.path.join(ROOT, "models", "mariculture_offset.model3"))
    results, ok = model.run({"farms": FARMS, "species": "species", "harvest": "harvest_t", "emissions": 500.0,
                             "sink:removal": str(tmp_path / "r.gpkg"), "balance:report": str(tmp_path / "b.html")},
                            QgsProcessingContext(), QgsProcessingFeedback())
    assert ok
    html = (tmp_path / "b.html").read_text(encoding="utf-8")
    assert "cover the emission" in html and "Not verified" in html


def test_help_names_the_accounting_practice_of_each_method():
    from conftest import qgis_process
    text = qgis_process("help", "bluecarbon:mariculturesink").stdout
    assert "0 shell + tissue carbon, the Chinese marine-industry accounting" in text
    assert "1 tissue carbon only" in text
    assert "2 tissue carbon − ψ × shell carbon, the calcification literature's practice (Munari" in text
    assert "Filgueira et al. 2015" in text and "NumPy version" in text
