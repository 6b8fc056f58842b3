"""Offset balance and the event's carbon-neutrality statement: the inventory by the guideline's categories,
the balance by hand, the statement's sections in English and Chinese, its chart in QtWebKit, bad input."""
import os
import re

import pytest

from bluecarbon.bluecarbon_qgis.engine.carbon import mariculture, offset
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from bluecarbon.bluecarbon_qgis.engine.reports import offset as statement
from conftest import ROOT, make_polygons, qgis_env, read_layer, run_alg, write_csv

FARMS = os.path.join(ROOT, "sample_data", "farms_demo.gpkg")
EMISSIONS = os.path.join(ROOT, "sample_data", "conference_emissions.csv")
CO2 = 44 / 12
OYSTER_TC_PER_T = 0.6510 * (0.9386 * 0.1268 + 0.0614 * 0.4598)
# the sample inventory by hand: activity x factor, in t CO2e
BY_CATEGORY = {"energy": 120 * 0.5366 + 3000 * 2.0 / 1000,
               "transport": 850000 * 0.15 / 1000 + 400000 * 0.03 / 1000 + 2500 * 1.0 / 1000,
               "accommodation": 1500 * 30 / 1000, "catering": 4500 * 2.5 / 1000, "materials": 800 * 1.5 / 1000,
               "waste": 1200 * 0.5 / 1000}
EMITTED = sum(BY_CATEGORY.values())


def test_inventory_by_the_guideline_categories():
    lines = offset.read_emissions(EMISSIONS)
    assert offset.by_category(lines) == pytest.approx(BY_CATEGORY)
    assert list(offset.by_category(lines)) == ["energy", "transport", "accommodation", "catering", "materials", "waste"]
    assert offset.missing_categories(lines) == []
    assert [ln.placeholder for ln in lines].count(False) == 1  # only the grid factor is from a published source
    assert lines[0].tco2e == pytest.approx(120 * 0.5366)


def test_inventory_categories_in_chinese_and_missing_ones(tmp_path):
    path = write_csv(tmp_path / "e.csv", "source,category,activity,unit,emission_factor,ef_unit,ef_source\n"
                                         "电力,能源,10,MWh,0.5,t CO2e/MWh,x\n航班,交通,1000,pkm,100,g CO2e/pkm,y\n")
    lines = offset.read_emissions(path)
    assert offset.by_category(lines) == pytest.approx({"energy": 5.0, "transport": 0.1})
    assert offset.missing_categories(lines) == ["accommodation", "catering", "materials", "waste"]
    bad = write_csv(tmp_path / "b.csv", "source,category,activity,unit,emission_factor,ef_unit,ef_source\n"
                                        "x,parking,1,a,1,t CO2e/a,s\n")
    with pytest.raises(InputError, match="category 'parking' is not one of energy, transport"):
        offset.read_emissions(bad)


def test_balance_by_hand_and_its_refusals():
    b = offset.balance(300.0, 1000 * OYSTER_TC_PER_T * CO2, None, None)
    assert round(b.coverage_percent, 1) == 117.2 and not b.has_interval
    b2 = offset.balance(300.0, 100.0, 90.0, 110.0, period_years=2, buffer_percent=10)
    assert b2.credited_t == pytest.approx(180.0) and b2.surplus_t == pytest.approx(-120.0)
    assert b2.buffer_t == pytest.approx(20.0) and b2.coverage(b2.sink_t_yr_lo) == pytest.approx(100 * 162 / 300)
    table = mariculture.read_coefficients()
    extra, area = offset.to_close(120.0, table.lookup("oyster"), 0, 0.6, 2, 10, yield_per_ha=20)
    assert extra == pytest.approx(120.0 / (OYSTER_TC_PER_T * CO2 * 2 * 0.9)) and area == pytest.approx(extra / 20)
    assert offset.to_close(120.0, table.lookup("oyster"), 2, 0.6, 1, 0) == (None, None)  # a net source
    with pytest.raises(InputError, match="nothing to offset"):
        offset.balance(0.0, 10.0, None, None)
    with pytest.raises(InputError, match="a net source"):
        offset.balance(10.0, -5.0, None, None)


@pytest.mark.parametrize("value,lo,hi,text", [(0.02, 0.0153, 0.0261, "0.0200 [0.0153–0.0261]"),
                                              (2031.98885307, 1800.2, 2300.7, "2,032 [1,800–2,301]"),
                                              (117.2, None, None, "117 (no interval)")])
def test_intervals_are_shown_with_enough_digits(value, lo, hi, text):
    assert statement.with_interval(value, lo, hi, lambda s: s) == text


def run_statement(tmp_path, env=None, **extra):
    sink = tmp_path / "sink.gpkg"
    rc, res, text = run_alg("mariculturesink", {"ZONES": FARMS, "SPECIES_FIELD": "species",
                                                "YIELD_FIELD": "harvest_t", "ID_FIELD": "farm_code", "OUTPUT": sink})
    assert rc == 0, text
    report = tmp_path / "声明.html"
    params = {"EMISSIONS_TABLE": EMISSIONS, "SINKS": sink, "BUFFER_PERCENT": 10, "EVENT": "Demo conference, Qingdao",
              "SINK_PERIOD": "2024 harvest", "OUTPUT_REPORT": report}
    params.update(extra)
    rc, bal, text = run_alg("offsetbalance", params, env=env)
    assert rc == 0, text
    return res, bal, text, report.read_text(encoding="utf-8"), read_layer(sink)


def test_conference_statement_follows_the_guideline(tmp_path):
    sink, bal, text, html, farms = run_statement(tmp_path)
    credited = sink["TOTAL_REMOVAL_TCO2E_YR"] * 0.9
    assert bal["EMISSIONS_TCO2E"] == pytest.approx(EMITTED)
    assert bal["CREDITED_TCO2E"] == pytest.approx(credited)
    assert bal["COVERAGE_PERCENT"] == pytest.approx(100 * credited / EMITTED)
    assert bal["COVERAGE_PERCENT_LO"] == pytest.approx(100 * 0.9 * sum(f["removal_tco2e_yr_lo"] for f in farms)
                                                       / EMITTED)
    assert bal["COVERAGE_PERCENT_LO"] <= bal["COVERAGE_PERCENT"] <= bal["COVERAGE_PERCENT_HI"]
    assert "placeholders" in text
    sections = re.findall(r"<h2>(.*?)</h2>", html)
    assert sections == ["1 Scope and emission sources", "2 Activity data and emission factors",
                        "3 Emissions by category", "Emissions by category against the credited sink", "4 Sink used",
                        "5 Buffer and credited removal", "6 Balance", "7 Verification of the sink"]
    assert "大型活动碳中和实施指南（试行）" in html and "Demo conference, Qingdao" in html and "2024 harvest" in html
    for label in ("Energy: fuel burnt", "Transport of organisers", "Accommodation", "Catering", "Materials and goods",
                  "Waste treatment"):
        assert label in html
    assert "0.5366" in html and "placeholder" in html and "Ministry of Ecology and Environment" in html
    for fid in ("F01", "F06", "F07"):
        assert "<td>{}</td>".format(fid) in html
    assert "as quoted by a secondary source" in html and "Not verified" in html and "CCER" in html
    assert "{:,.1f}".format(BY_CATEGORY["transport"]) in html          # emissions per category
    assert "<svg" in html and "<image" not in html and "#31a354" in html  # chart: sink bar, no image to lose


def test_statement_in_chinese(tmp_path):
    env = qgis_env(LC_ALL="zh_CN.UTF-8", LANG="zh_CN.UTF-8")
    _, _, text, html, _ = run_statement(tmp_path, env=env)
    assert "核算边界与排放源" in html and "排放因子" in html and "未核证" in html and "能源" in html
    assert '<html lang="zh"' in html


def test_chart_renders_in_qtwebkit(qgis_app, tmp_path):
    from qgis.PyQt.QtCore import QSize, QUrl
    from qgis.PyQt.QtGui import QColor, QImage, QPainter
    from PyQt5.QtWebKitWidgets import QWebPage

    lines = offset.read_emissions(EMISSIONS)
    bal = offset.balance(EMITTED, 500.0, 400.0, 600.0, 1, 10)
    st = statement.Statement(lines, EMITTED, [statement.SinkRow("farms", "removal_tco2e_yr", 3, 500.0, 400.0, 600.0)],
                             [], bal, "sentence")
    page = QWebPage()
    page.mainFrame().setHtml(statement.chart(st, lambda s: s), QUrl())
    qgis_app.processEvents()
    page.setViewportSize(QSize(700, 300))
    image = QImage(700, 300, QImage.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    page.mainFrame().render(painter)
    painter.end()
    colours = {QColor(image.pixel(x, y)).name() for x in range(0, 700, 2) for y in range(0, 300, 2)}
    assert "#31a354" in colours and "#d6616b" in colours  # the sink bar and the transport bar are drawn


def test_sinks_without_bounds_and_a_deficit(tmp_path):
    rc, res, text = run_alg("offsetbalance", {"EMISSIONS_T": 1000, "SINK_T": 200, "BUFFER_PERCENT": 10,
                                              "SPECIES": "牡蛎", "YIELD_PER_HA": 25,
                                              "OUTPUT_REPORT": tmp_path / "r.html"})
    assert rc == 0, text
    assert res["SURPLUS_TCO2E"] == pytest.approx(180 - 1000)
    assert res["ADDITIONAL_YIELD_T"] == pytest.approx(820 / (OYSTER_TC_PER_T * CO2 * 0.9))
    assert res["ADDITIONAL_AREA_HA"] == pytest.approx(res["ADDITIONAL_YIELD_T"] / 25)
    assert res["COVERAGE_PERCENT_LO"] is None and "18.0% (no interval)" in text and "do not cover" in text
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "given as one number" in html and "No interval" in html


def test_offsetbalance_bad_input(tmp_path):
    rc, _, text = run_alg("offsetbalance", {"EMISSIONS_T": 10, "EMISSIONS_TABLE": EMISSIONS, "SINK_T": 1})
    assert rc != 0 and "not both and not neither" in text
    rc, _, text = run_alg("offsetbalance", {"EMISSIONS_T": 10})
    assert rc != 0 and "at least one sink" in text
    rc, _, text = run_alg("offsetbalance", {"EMISSIONS_T": 0, "SINK_T": 5})
    assert rc != 0 and "nothing to offset" in text and "inf" not in text
    empty = make_polygons(tmp_path / "empty.gpkg", [], 4326, fields={"removal_tco2e_yr": []})
    rc, _, text = run_alg("offsetbalance", {"EMISSIONS_T": 10, "SINKS": empty})
    assert rc != 0 and "has no features" in text
    rc, _, text = run_alg("offsetbalance", {"EMISSIONS_TABLE": EMISSIONS, "SINK_T": 5,
                                            "OUTPUT_REPORT": tmp_path / "missing" / "r.html"})
    assert rc != 0 and "does not exist" in text
    copy = tmp_path / "inventory.csv"
    copy.write_bytes(open(EMISSIONS, "rb").read())
    rc, _, text = run_alg("offsetbalance", {"EMISSIONS_TABLE": copy, "SINK_T": 5, "OUTPUT_REPORT": copy})
    assert rc != 0 and "would overwrite the input" in text and copy.read_bytes() == open(EMISSIONS, "rb").read()
    net = tmp_path / "net.gpkg"
    rc, _, text = run_alg("mariculturesink", {"ZONES": FARMS, "SPECIES_FIELD": "species", "YIELD_FIELD": "harvest_t",
                                              "METHOD": 2, "OUTPUT": net})
    assert rc == 0, text
    oysters = [f for f in read_layer(net) if f["species_key"] == "oyster"]
    assert oysters[0]["removal_tc_yr"] == pytest.approx(oysters[0]["harvest_t"] * 0.651 * (
        0.0614 * 0.4598 - 0.6 * 0.9386 * 0.1268))


def test_both_tools_in_the_model_builder_with_only_their_main_outputs(provider, tmp_path):
    from conftest import run_in_model
    res = run_in_model("bluecarbon:mariculturesink", {"ZONES": FARMS, "SPECIES_FIELD": "species",
                                                      "YIELD_FIELD": "harvest_t"}, {"OUTPUT": tmp_path / "s.gpkg"},
                       tmp_path)
    assert os.path.exists(res["step:output"]) and len(read_layer(tmp_path / "s.gpkg")) == 7
    res = run_in_model("bluecarbon:offsetbalance", {"EMISSIONS_T": 100.0, "SINK_T": 50.0},
                       {"OUTPUT_REPORT": tmp_path / "r.html"}, tmp_path)
    assert "50.0% (no interval)" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_offsetbalance_headless_without_a_report(tmp_path):
    rc, res, text = run_alg("offsetbalance", {"EMISSIONS_T": 100, "SINK_T": 150})
    assert rc == 0, text
    assert res["COVERAGE_PERCENT"] == pytest.approx(150.0) and res["OUTPUT_REPORT"] in (None, "")
