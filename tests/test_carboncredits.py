"""bluecarbon:carboncredits: net removals against a baseline, by hand and through qgis_process."""
import csv
import os

import pytest

from bluecarbon.bluecarbon_qgis.engine.carbon import credits
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from conftest import ROOT, run_alg, write_csv

HEAD = "area_id,period_start,period_end,net_sequestration_tco2e,net_sequestration_tco2e_lo,net_sequestration_tco2e_hi\n"


def _rows(text):
    return credits.rows_from_records(list(csv.DictReader(text.splitlines())), "test table")


def test_hand_computed_statement():
    """Project 700 t over 2005-2012 (100/yr), baseline 210 t (30/yr), leakage 10 %, buffer 20 %:
    gross 70/yr, leakage 7, buffer 0.2 x 63 = 12.6, net 50.4/yr; 2006-2010 (4 years): 201.6."""
    project = _rows(HEAD + "A,2005,2012,700,560,840\nA,2012,2020,-80,,\n")
    baseline = _rows(HEAD + "A,2005,2012,210,140,280\nA,2012,2020,0,,\n")
    years, period = credits.net_removals(project, baseline, 2006, 2010, 10, 20)
    assert period == (2006, 2010) and [r.year for r in years] == [2006, 2007, 2008, 2009]
    v = years[0].values
    assert (v["gross_removals_tco2e"], v["leakage_tco2e"]) == (pytest.approx(70), pytest.approx(7))
    assert v["buffer_tco2e"] == pytest.approx(12.6) and v["net_removals_tco2e"] == pytest.approx(50.4)
    # bounds: project low 80/yr with baseline high 40/yr -> gross 40 -> net 40 x 0.9 x 0.8 = 28.8
    assert v["net_removals_tco2e_lo"] == pytest.approx(28.8) and v["net_removals_tco2e_hi"] == pytest.approx(72.0)
    _, grand = credits.totals(years)
    assert grand["net_removals_tco2e"] == pytest.approx(201.6)
    # a year where the project emits: gross -10/yr, no leakage or buffer on a loss
    years, _ = credits.net_removals(project, baseline, 2012, 2013, 10, 20)
    assert years[0].values["net_removals_tco2e"] == pytest.approx(-10) and years[0].values["buffer_tco2e"] == 0
    # default period: what both cover
    _, period = credits.net_removals(project, baseline)
    assert period == (2005, 2020)


def test_refusals():
    project = _rows(HEAD + "A,2005,2012,700,,\n")
    with pytest.raises(InputError, match="same areas"):
        credits.net_removals(project, _rows(HEAD + "B,2005,2012,10,,\n"))
    with pytest.raises(InputError, match="no period covering the year 2012"):
        credits.net_removals(project, _rows(HEAD + "A,2005,2012,10,,\n"), 2005, 2014)
    with pytest.raises(InputError, match="percentages"):
        credits.net_removals(project, project, leakage_pct=120)


def test_carboncredits_e2e_from_change_tables(tmp_path):
    """Two carbonchange runs of the same landscape: the project keeps the observed snapshots up to 2024
    (restoration), the baseline stops at 2012 and keeps the 2012 map (a constructed scenario); per area."""
    own = os.path.join(ROOT, "tests", "data", "invest_cbc_own")
    common = {"BIOPHYSICAL": os.path.join(own, "biophysical.csv"), "TRANSITIONS": os.path.join(own, "transitions.csv"),
              "ANALYSIS_YEAR": 2030}
    snaps_p = write_csv(tmp_path / "p.csv", "snapshot_year,raster_path\n" + "".join(
        "{0},{1}/lulc_{0}.tif\n".format(y, own) for y in (2005, 2012, 2018, 2024)))
    snaps_b = write_csv(tmp_path / "b.csv", "snapshot_year,raster_path\n" + "".join(
        "{0},{1}/lulc_{0}.tif\n".format(y, own) for y in (2005, 2012)))
    for name, snaps in (("project", snaps_p), ("baseline", snaps_b)):
        code, _, text = run_alg("carbonchange", dict(common, SNAPSHOT_TABLE=snaps, OUTPUT_FOLDER=str(tmp_path / name),
                                                     OUTPUT_TABLE=str(tmp_path / (name + ".csv"))))
        assert code == 0, text
    code, res, text = run_alg("carboncredits", {
        "PROJECT": str(tmp_path / "project.csv"), "BASELINE": str(tmp_path / "baseline.csv"), "START_YEAR": 2012,
        "END_YEAR": 2030, "LEAKAGE": 5, "BUFFER": 15, "REPORT_LANGUAGE": 2, "OUTPUT": str(tmp_path / "n.csv"),
        "OUTPUT_REPORT": str(tmp_path / "n.html")})
    assert code == 0, text
    rows = list(csv.DictReader(open(tmp_path / "n.csv", encoding="utf-8")))
    assert len(rows) == 18
    # independent: period totals of the two change tables over 2012-2030
    def total(path):
        return sum(float(r["net_sequestration_tco2e"]) for r in csv.DictReader(open(path, encoding="utf-8"))
                   if int(r["period_start"]) >= 2012)
    gross = total(tmp_path / "project.csv") - total(tmp_path / "baseline.csv")
    assert res["PROJECT_TCO2E"] - res["BASELINE_TCO2E"] == pytest.approx(gross, rel=1e-9)
    yearly_g = [float(r["gross_removals_tco2e"]) for r in rows]
    expect = sum(g - max(g, 0) * 0.05 - max(g - max(g, 0) * 0.05, 0) * 0.15 for g in yearly_g)
    assert res["NET_REMOVALS_TCO2E"] == pytest.approx(expect, rel=1e-9)
    html = (tmp_path / "n.html").read_text(encoding="utf-8")
    assert "净清除量" in html and "G = P − B" in html


def test_change_credits_model(tmp_path, provider):
    """The shipped model chains two classifications, two change runs and the credits. With the same image for
    both dates the project and its baseline (the first map kept) accumulate alike: no net removals."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingModelAlgorithm
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(os.path.join(ROOT, "models", "change_credits.model3"))
    s2 = os.path.join(ROOT, "sample_data", "s2l2a_ponce_pr_20190108_6band.tif")
    results, ok = model.run({
        "image1": s2, "image2": s2, "year1": 2019, "year2": 2024, "analysis_year": 2034,
        "biophysical": os.path.join(ROOT, "sample_data", "cbc_biophysical_demo.csv"),
        "transitions": os.path.join(ROOT, "sample_data", "cbc_transitions_demo.csv"),
        "areas": os.path.join(ROOT, "sample_data", "project_areas.gpkg"), "leakage": 5.0, "buffer": 10.0,
        "credits:net_removals": str(tmp_path / "n.csv"), "credits:statement": str(tmp_path / "s.html"),
        "project:project_change": str(tmp_path / "p.csv"), "baseline:baseline_change": str(tmp_path / "b.csv")},
        QgsProcessingContext(), QgsProcessingFeedback())
    assert ok
    project = list(csv.DictReader(open(tmp_path / "p.csv", encoding="utf-8")))
    assert {r["period_start"] for r in project} == {"2019", "2024"}
    total_p = sum(float(r["net_sequestration_tco2e"]) for r in project)
    assert total_p > 0
    rows = list(csv.DictReader(open(tmp_path / "n.csv", encoding="utf-8")))
    assert len({r["year"] for r in rows}) == 15
    assert abs(sum(float(r["net_removals_tco2e"]) for r in rows)) < 1e-6 * total_p
    assert (tmp_path / "s.html").exists()


def test_yearly_tables_are_used_year_by_year():
    """A yearly table (area_id, year, ...) is read as one-year periods: no spreading."""
    head = "area_id,year,net_sequestration_tco2e\n"
    project = _rows(head + "A,2020,100\nA,2021,40\n")
    baseline = _rows(head + "A,2020,-50\nA,2021,10\n")
    years, period = credits.net_removals(project, baseline, leakage_pct=0, buffer_pct=10)
    assert period == (2020, 2022)
    assert [r.values["net_removals_tco2e"] for r in years] == [pytest.approx(135.0), pytest.approx(27.0)]
