"""Mariculture removals and offset balances: engine numbers, qgis_process, the shipped model, bad input."""
import os

import numpy as np
import pytest

from bluecarbon.bluecarbon_qgis.engine.carbon import mariculture
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from conftest import ROOT, make_polygons, read_layer, run_alg, write_csv

FARMS = os.path.join(ROOT, "sample_data", "farms_demo.gpkg")
EMISSIONS = os.path.join(ROOT, "sample_data", "conference_emissions.csv")
CO2 = 44 / 12
# Zhang et al. (2005) oyster: 0.651 x (0.9386 x 0.1268 + 0.0614 x 0.4598) t C per t fresh weight
OYSTER_TC_PER_T = 0.6510 * (0.9386 * 0.1268 + 0.0614 * 0.4598)


def test_worked_examples():
    table = mariculture.read_coefficients()
    (oyster,), _ = mariculture.removals(table, ["牡蛎"], [1000], iterations=0)
    assert round(oyster.removal_tc, 1) == 95.9                     # 0.0959 t C per t fresh
    assert oyster.removal_tco2e == pytest.approx(95.857 * CO2, rel=1e-4)  # 351.5 (351.6 from the rounded 95.9)
    (kelp,), _ = mariculture.removals(table, ["Saccharina japonica"], [1000], iterations=0)
    assert kelp.removal_tc == pytest.approx(62.4)                  # 0.2 x 0.312 x 1000
    (tissue,), _ = mariculture.removals(table, ["oyster"], [1000], method=mariculture.TISSUE_ONLY, iterations=0)
    assert tissue.removal_tc == pytest.approx(1000 * 0.651 * 0.0614 * 0.4598)
    (net,), _ = mariculture.removals(table, ["oyster"], [1000], method=mariculture.NET_OF_CALCIFICATION, psi=0.6,
                                     iterations=0)
    assert net.removal_tc == pytest.approx(1000 * 0.651 * (0.9386 * 0.1268 * 0.4 + 0.0614 * 0.4598))
    # offset of 300 t CO2e by 1,000 t of oysters: coverage 117.2 %, surplus 51.5 t CO2e
    b = mariculture.balance(300.0, oyster.removal_tco2e, None, None)
    assert round(b.coverage_percent, 1) == 117.2
    assert b.surplus_t == pytest.approx(1000 * OYSTER_TC_PER_T * CO2 - 300)
    # period and buffer: 2 years, 10 % withheld
    b2 = mariculture.balance(300.0, 100.0, None, None, period_years=2, buffer_percent=10)
    assert b2.credited_t == pytest.approx(180.0) and b2.surplus_t == pytest.approx(-120.0)
    extra, area = mariculture.to_close(120.0, table.lookup("oyster"), 0, 0.6, 2, 10, yield_per_ha=20)
    assert extra == pytest.approx(120.0 / (OYSTER_TC_PER_T * CO2 * 2 * 0.9)) and area == pytest.approx(extra / 20)


def test_shipped_coefficients_have_sources_and_products():
    table = mariculture.read_coefficients()
    for s in table.species.values():
        assert s.source and "(" in s.source
    assert table.lookup("oyster").carbon_per_t(0, 0.6) == pytest.approx(0.0959, abs=5e-5)
    assert table.lookup("海带").carbon_per_t(0, 0.6) == pytest.approx(0.0624)


def test_monte_carlo_of_coefficients(tmp_path):
    path = write_csv(tmp_path / "c.csv", "species,group,dry_wet_ratio,c_fraction,c_fraction_lo,c_fraction_hi,source\n"
                                        "kelp,seaweed,0.2,0.3,0.25,0.35,test\n")
    table = mariculture.read_coefficients(path)
    zones, (lo, hi) = mariculture.removals(table, ["kelp", "kelp"], [100, 300], iterations=20000, seed=3)
    sd = 0.1 / 3.92
    # a single normal, far from 0: interval = value ± 1.96 sd, scaled by yield x dry/wet x 44/12
    assert zones[0].removal_tco2e_lo == pytest.approx(100 * 0.2 * (0.3 - 1.96 * sd) * CO2, rel=0.01)
    assert zones[1].removal_tco2e_hi == pytest.approx(3 * zones[0].removal_tco2e_hi, rel=1e-9)  # shared draws
    assert lo == pytest.approx(400 * 0.2 * (0.3 - 1.96 * sd) * CO2, rel=0.01)


def test_bad_tables_and_names(tmp_path):
    table = mariculture.read_coefficients()
    with pytest.raises(InputError, match="Unknown species 'oister'. Known species: kelp, oyster. Did you mean: oyster"):
        mariculture.removals(table, ["oister"], [10], iterations=0)
    bad = write_csv(tmp_path / "b.csv", "species,group,dry_wet_ratio,shell_fraction,tissue_fraction,shell_c,tissue_c,"
                                        "source\nx,bivalve,0.6,0.9,0.2,0.1,0.4,s\n")
    with pytest.raises(InputError, match="add up to 1.1"):
        mariculture.read_coefficients(bad)
    bad = write_csv(tmp_path / "c.csv", "species,group,dry_wet_ratio,c_fraction,source\nx,seaweed,20,0.3,s\n")
    with pytest.raises(InputError, match="20.0 is not a fraction between 0 and 1"):
        mariculture.read_coefficients(bad)
    ems = write_csv(tmp_path / "e.csv", "source,activity,unit,emission_factor,ef_unit,ef_source\n"
                                        "power,100,MWh,,t CO2e/MWh,grid\n")
    with pytest.raises(InputError, match="Row 2 of the emission table \\(power\\) has no emission_factor"):
        mariculture.read_emissions(ems)


def test_emission_table_line_by_line():
    lines = mariculture.read_emissions(EMISSIONS)
    by_source = {l[0]: l[-1] for l in lines}
    assert by_source["Venue electricity"] == pytest.approx(120 * 0.5703)
    assert by_source["Participants' flights"] == pytest.approx(850000 * 0.15 / 1000)
    assert sum(by_source.values()) == pytest.approx(120 * 0.5703 + 127.5 + 45 + 11.25)


def test_mariculture_and_offset_through_qgis_process(tmp_path):
    out = tmp_path / "碳汇.gpkg"
    rc, res, text = run_alg("mariculturesink", {"ZONES": FARMS, "SPECIES_FIELD": "species",
                                                "YIELD_FIELD": "harvest_t", "OUTPUT": out,
                                                "OUTPUT_TABLE": tmp_path / "species.csv"})
    assert rc == 0, text
    rows = {r["名称"]: r for r in read_layer(out)}
    assert rows["牡蛎一号"]["removal_tc_yr"] == pytest.approx(900 * OYSTER_TC_PER_T)
    assert rows["海带一号"]["removal_tc_yr"] == pytest.approx(2600 * 0.0624)
    kelp_t, oyster_t = 2600 + 2100 + 1800, 900 + 650
    total_c = kelp_t * 0.0624 + oyster_t * OYSTER_TC_PER_T
    assert res["TOTAL_REMOVAL_TCO2E_YR"] == pytest.approx(total_c * CO2)
    assert rows["Kelp 3"]["area_ha"] == pytest.approx(rows["海带一号"]["area_ha"], rel=1e-3)  # same-size farms
    rc, res, text = run_alg("offsetbalance", {"EMISSIONS_TABLE": EMISSIONS, "SINKS": out,
                                              "OUTPUT_REPORT": tmp_path / "报告.html"})
    assert rc == 0, text
    emissions = 120 * 0.5703 + 127.5 + 45 + 11.25
    assert res["EMISSIONS_TCO2E"] == pytest.approx(emissions)
    assert res["COVERAGE_PERCENT"] == pytest.approx(100 * total_c * CO2 / emissions)
    html = (tmp_path / "报告.html").read_text(encoding="utf-8")
    assert "Venue electricity" in html and "0.5703" in html and "cover the emission" in html


def test_deficit_reports_what_closes_it(tmp_path):
    rc, res, text = run_alg("offsetbalance", {"EMISSIONS_T": 1000, "SINK_T": 200, "BUFFER_PERCENT": 10,
                                              "SPECIES": "牡蛎", "YIELD_PER_HA": 25})
    assert rc == 0, text
    assert res["SURPLUS_TCO2E"] == pytest.approx(180 - 1000)
    assert res["ADDITIONAL_YIELD_T"] == pytest.approx(820 / (OYSTER_TC_PER_T * CO2 * 0.9))
    assert res["ADDITIONAL_AREA_HA"] == pytest.approx(res["ADDITIONAL_YIELD_T"] / 25)
    assert "do not cover" in text


def test_bad_input_through_qgis_process(tmp_path):
    outs = {"OUTPUT": tmp_path / "o.gpkg", "OUTPUT_TABLE": tmp_path / "t.csv"}
    base = {"ZONES": FARMS, "SPECIES_FIELD": "species"}
    cases = [
        (dict(base), "not both and not neither"),
        (dict(base, YIELD_FIELD="harvest_t", YIELD_PER_HA_FIELD="harvest_t"), "not both and not neither"),
    ]
    farms = make_polygons(tmp_path / "f.gpkg", ["POLYGON((122 37,122.01 37,122.01 37.01,122 37))"] * 2, 4326,
                          fields={"species": ["scalop", "oyster"], "harvest": ["10", "-5"]})
    cases.append(({"ZONES": farms, "SPECIES_FIELD": "species", "YIELD_FIELD": "harvest"}, "Unknown species 'scalop'"))
    farms2 = make_polygons(tmp_path / "g.gpkg", ["POLYGON((122 37,122.01 37,122.01 37.01,122 37))"], 4326,
                           fields={"species": ["oyster"], "harvest": ["-5"]})
    cases.append(({"ZONES": farms2, "SPECIES_FIELD": "species", "YIELD_FIELD": "harvest"}, "is negative (-5.0)"))
    farms3 = make_polygons(tmp_path / "h.gpkg", ["POLYGON((122 37,122.01 37,122.01 37.01,122 37))"], 4326,
                           fields={"species": ["oyster"], "harvest": ["lots"]})
    cases.append(({"ZONES": farms3, "SPECIES_FIELD": "species", "YIELD_FIELD": "harvest"}, "'lots'"))
    for params, message in cases:
        rc, _, text = run_alg("mariculturesink", dict(params, **outs))
        assert rc != 0 and message in text and "Traceback" not in text, (message, text[-500:])
        assert not [p for p in outs.values() if os.path.exists(p)]
    rc, _, text = run_alg("offsetbalance", {"EMISSIONS_T": 10, "EMISSIONS_TABLE": EMISSIONS, "SINK_T": 1})
    assert rc != 0 and "not both and not neither" in text
    rc, _, text = run_alg("offsetbalance", {"EMISSIONS_T": 10})
    assert rc != 0 and "at least one sink" in text


def test_yield_per_hectare_uses_ellipsoidal_area(tmp_path):
    from pyproj import Geod
    farms = make_polygons(tmp_path / "f.gpkg", ["POLYGON((122.5 37.1,122.51 37.1,122.51 37.11,122.5 37.11,122.5 37.1))"],
                          4326, fields={"species": ["kelp"], "t_per_ha": ["30"]})
    rc, res, text = run_alg("mariculturesink", {"ZONES": farms, "SPECIES_FIELD": "species",
                                                "YIELD_PER_HA_FIELD": "t_per_ha", "OUTPUT": tmp_path / "o.gpkg",
                                                "OUTPUT_TABLE": tmp_path / "t.csv"})
    assert rc == 0, text
    lon = np.array([122.5, 122.51, 122.51, 122.5])
    lat = np.array([37.1, 37.1, 37.11, 37.11])
    ha = abs(Geod(ellps="WGS84").polygon_area_perimeter(lon, lat)[0]) / 1e4
    row = read_layer(tmp_path / "o.gpkg")[0]
    assert row["area_ha"] == pytest.approx(ha, rel=1e-4)
    assert res["TOTAL_YIELD_T"] == pytest.approx(30 * ha, rel=1e-4)


def test_shipped_model_chains_sink_into_balance(provider, tmp_path):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingModelAlgorithm
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(os.path.join(ROOT, "models", "mariculture_offset.model3"))
    results, ok = model.run({"farms": FARMS, "species": "species", "harvest": "harvest_t", "emissions": 500.0,
                             "sink:removal": str(tmp_path / "r.gpkg"), "balance:report": str(tmp_path / "b.html")},
                            QgsProcessingContext(), QgsProcessingFeedback())
    assert ok
    assert "cover the emission" in (tmp_path / "b.html").read_text(encoding="utf-8")
