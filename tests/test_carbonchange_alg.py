"""bluecarbon:carbonchange and bluecarbon:transitiontemplate through qgis_process and the model builder."""
import csv
import json
import os

import numpy as np
import pytest

from conftest import ROOT, make_polygons, qgis_process, run_alg, run_in_model, write_csv

OWN = os.path.join(ROOT, "tests", "data", "invest_cbc_own")
# two areas in WGS 84 over the own case's UTM 50N grid (x 500000-501200, y 2499100-2500000)
AREAS_4326 = [
    "POLYGON((117.0006 22.6037, 117.0042 22.6035, 117.0078 22.5989, 117.0018 22.5979, 117.0006 22.6037))",
    "POLYGON((117.0068 22.6015, 117.0111 22.6017, 117.0106 22.5966, 117.0063 22.5970, 117.0068 22.6015))",
]


def _rows(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_carbonchange_e2e_per_area(tmp_path):
    areas = make_polygons(tmp_path / "areas.gpkg", AREAS_4326, epsg=4326, fields={"名称": ["北区", "南区"]})
    code, res, text = run_alg("carbonchange", {
        "SNAPSHOT_TABLE": os.path.join(OWN, "snapshots.csv"), "BIOPHYSICAL": os.path.join(OWN, "biophysical.csv"),
        "TRANSITIONS": os.path.join(OWN, "transitions.csv"), "ANALYSIS_YEAR": 2040,
        "PRICE_TABLE": os.path.join(OWN, "price_table.csv"), "DISCOUNT_RATE": 3.5, "AREAS": areas,
        "ID_FIELD": "名称", "OUTPUT_FOLDER": str(tmp_path / "输出"), "OUTPUT_TABLE": str(tmp_path / "变化.csv"),
        "OUTPUT_REPORT": str(tmp_path / "报告.html")})
    assert code == 0, text
    rows = _rows(tmp_path / "变化.csv")
    assert [(r["area_id"], r["period_start"], r["period_end"]) for r in rows] == [
        (a, s, e) for a in ("北区", "南区") for s, e in (("2005", "2012"), ("2012", "2018"), ("2018", "2024"),
                                                      ("2024", "2040"))]
    for r in rows:  # the Guide reading: stock change = net = accumulation - emissions
        net = float(r["net_sequestration_tco2e"])
        assert net == pytest.approx(float(r["stock_end_tco2e"]) - float(r["stock_start_tco2e"]), abs=1e-3)
        assert net == pytest.approx(float(r["accumulation_tco2e"]) - float(r["emissions_tco2e"]), abs=1e-3)
        assert 0 < float(r["area_ha"]) < 30
    assert res["NET_SEQUESTRATION_TCO2E"] == pytest.approx(sum(float(r["net_sequestration_tco2e"]) for r in rows))
    assert res["NPV"] == pytest.approx(sum(float(r["npv"]) for r in rows if r["period_end"] == "2040"))
    assert sorted(os.listdir(tmp_path / "输出"))[:2] == ["carbon-accumulation-between-2005-and-2012.tif",
                                                       "carbon-accumulation-between-2012-and-2018.tif"]
    html = (tmp_path / "报告.html").read_text(encoding="utf-8")
    assert "<svg" in html and "high-impact-disturb" in html and "北区" in html


def test_carbonchange_layers_and_years_headless(tmp_path):
    """Toolbox form: layers + years, only the required inputs and the main output."""
    proc = qgis_process("run", "bluecarbon:carbonchange", "--json", "--",
                        *["SNAPSHOTS=" + os.path.join(OWN, "lulc_{}.tif".format(y)) for y in (2005, 2012)],
                        "SNAPSHOT_YEARS=2005, 2012", "BIOPHYSICAL=" + os.path.join(OWN, "biophysical.csv"),
                        "TRANSITIONS=" + os.path.join(OWN, "transitions.csv"), "OUTPUT_FOLDER=" + str(tmp_path / "o"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    res = json.loads(proc.stdout[proc.stdout.find("{"):])["results"]
    from osgeo import gdal
    net = gdal.Open(str(tmp_path / "o" / "total-net-carbon-sequestration-between-2005-and-2012.tif")).ReadAsArray()
    expected = np.load(os.path.join(OWN, "expected_own.npz"))["total-net-carbon-sequestration-between-2005-and-2012.tif"]
    ok = ~np.isnan(expected)
    # the baseline period is the same in both readings except for litter, which InVEST counts here too
    np.testing.assert_allclose(net[ok], expected[ok], rtol=1e-6)
    assert res["NET_SEQUESTRATION_TCO2E"] > 0


def test_carbonchange_refuses_missing_pair(tmp_path):
    text = open(os.path.join(OWN, "transitions.csv"), encoding="utf-8").read()
    lines = text.splitlines()
    lines[1] = lines[1].replace("high-impact-disturb", "")  # mangrove -> aquaculture pond left empty
    bad = write_csv(tmp_path / "t.csv", "\n".join(lines) + "\n")
    code, _, out = run_alg("carbonchange", {
        "SNAPSHOT_TABLE": os.path.join(OWN, "snapshots.csv"), "BIOPHYSICAL": os.path.join(OWN, "biophysical.csv"),
        "TRANSITIONS": bad, "OUTPUT_FOLDER": str(tmp_path / "o"), "OUTPUT_REPORT": str(tmp_path / "r.html")})
    assert code != 0
    assert "mangrove -> aquaculture pond" in out and "Traceback" not in out
    assert not (tmp_path / "r.html").exists()
    assert not (tmp_path / "o").exists() or not os.listdir(tmp_path / "o")


def test_carbonchange_in_model_builder(tmp_path, provider):
    results = run_in_model("bluecarbon:carbonchange", {
        "SNAPSHOT_TABLE": os.path.join(OWN, "snapshots.csv"), "BIOPHYSICAL": os.path.join(OWN, "biophysical.csv"),
        "TRANSITIONS": os.path.join(OWN, "transitions.csv")},
        {"OUTPUT_FOLDER": tmp_path / "m", "OUTPUT_TABLE": tmp_path / "m.csv"}, tmp_path)
    assert os.path.exists(tmp_path / "m" / "carbon-stock-at-2024.tif")
    assert len(_rows(tmp_path / "m.csv")) == 3
    run_in_model("bluecarbon:transitiontemplate", {"SNAPSHOT_TABLE": os.path.join(OWN, "snapshots.csv")},
                 {"OUTPUT": tmp_path / "t.csv"}, tmp_path)
    # the own case's classes 1-6 read with the plugin's scheme names: open water, tidal flat, mangrove, ...
    assert (tmp_path / "t.csv").read_text(encoding="utf-8").startswith("lulc-class,open water,tidal flat,mangrove")


def test_transition_template_reproduces_invest_preprocessor(tmp_path):
    """natcap.invest 3.14.2 test_transition_table: 3 x 2 rasters (EPSG:3157, 100 m), 0 = mangrove (habitat),
    1 = parking lot; InVEST writes 'mangrove,accum,disturb' and 'parking lot,accum,NCC'."""
    from conftest import make_raster
    origin = dict(epsg=3157, x0=443723.127327877911739, y0=4956546.905980412848294, dx=100, dy=100, nodata=-1)
    a = make_raster(tmp_path / "a.tif", np.array([[0, 1], [0, 1], [0, 1]], np.int16), **origin)
    b = make_raster(tmp_path / "b.tif", np.array([[0, 1], [1, 0], [-1, -1]], np.int16), **origin)
    snaps = write_csv(tmp_path / "s.csv", "snapshot_year,raster_path\n2000,a.tif\n2010,b.tif\n")
    lookup = write_csv(tmp_path / "l.csv", "code,lulc-class,is_coastal_blue_carbon_habitat\n0,mangrove,True\n"
                                          "1,parking lot,False\n")
    code, res, text = run_alg("transitiontemplate", {"SNAPSHOT_TABLE": snaps, "LULC_TABLE": lookup,
                                                     "OUTPUT": str(tmp_path / "t.csv"),
                                                     "OUTPUT_PAIRS": str(tmp_path / "p.csv")})
    assert code == 0, text
    lines = (tmp_path / "t.csv").read_text(encoding="utf-8").splitlines()
    assert lines[:4] == ["lulc-class,mangrove,parking lot", "mangrove,accum,disturb", "parking lot,accum,NCC", ""]
    assert res["PAIRS"] == 4
    pairs = {(r["from_class"], r["to_class"]): r for r in _rows(tmp_path / "p.csv")}
    # 100 m x 100 m pixels in UTM 17N near 44.7 N: 1 ha each up to the projection's areal scale factor
    assert pairs[("mangrove", "parking lot")]["pixels"] == "1"
    assert float(pairs[("mangrove", "parking lot")]["area_ha"]) == pytest.approx(1.0, rel=2e-3)


def test_transition_template_standard_classes(tmp_path):
    """The plugin's class scheme: mangrove (3) -> aquaculture ponds (8) is a disturbance to grade."""
    from conftest import make_raster
    a = make_raster(tmp_path / "a.tif", np.array([[3, 3, 4]], np.uint8), epsg=4326, x0=110, y0=20, dx=0.001,
                    dy=0.001)
    b = make_raster(tmp_path / "b.tif", np.array([[8, 3, 3]], np.uint8), epsg=4326, x0=110, y0=20, dx=0.001,
                    dy=0.001)
    proc = qgis_process("run", "bluecarbon:transitiontemplate", "--json", "--", "SNAPSHOTS=" + a, "SNAPSHOTS=" + b,
                        "SNAPSHOT_YEARS=2019,2024", "OUTPUT=" + str(tmp_path / "t.csv"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    rows = list(csv.reader(open(tmp_path / "t.csv", encoding="utf-8")))
    assert rows[0] == ["lulc-class", "mangrove", "salt marsh", "aquaculture ponds"]
    assert rows[1] == ["mangrove", "accum", "", "disturb"]
    assert rows[2] == ["salt marsh", "accum or disturb?", "", ""]


def test_transition_template_asks_between_habitats(tmp_path):
    """Salt marsh (4) that became mangrove (3): the template asks 'accum or disturb?' (InVEST's preprocessor
    would write accum: clearing the marsh would emit nothing), explains it in its notes and the log, and
    carbonchange refuses the question unanswered. Answered: accum emits nothing; med-impact-disturb emits the
    marsh's disturbed carbon, by hand from the demo table. Mangrove that stays mangrove is accum."""
    from conftest import make_raster
    from bluecarbon.bluecarbon_qgis.engine.carbon import change, invest_tables as it
    from bluecarbon.bluecarbon_qgis.engine.errors import InputError

    origin = dict(epsg=32650, x0=500000, y0=2500000, dx=100, dy=100, nodata=255)
    a = make_raster(tmp_path / "a.tif", np.array([[4, 3, 3]], np.uint8), **origin)
    b = make_raster(tmp_path / "b.tif", np.array([[3, 3, 8]], np.uint8), **origin)
    code, res, text = run_alg("transitiontemplate", {"SNAPSHOT_TABLE": write_csv(
        tmp_path / "s.csv", "snapshot_year,raster_path\n2019,a.tif\n2024,b.tif\n"), "OUTPUT": str(tmp_path / "t.csv"),
        "OUTPUT_PAIRS": str(tmp_path / "p.csv")})
    assert code == 0, text
    assert "3 class pairs occur; 1 cells marked 'disturb' need the impact level and 1 cells marked 'accum or " \
           "disturb?' need an answer" in text
    rows = list(csv.reader(open(tmp_path / "t.csv", encoding="utf-8")))
    assert rows[:4] == [["lulc-class", "mangrove", "salt marsh", "aquaculture ponds"],
                        ["mangrove", "accum", "", "disturb"], ["salt marsh", "accum or disturb?", "", ""],
                        ["aquaculture ponds", "", "", ""]]
    notes = " ".join(r[1] for r in rows[5:8])
    assert "Cells marked 'accum or disturb?'" in notes and "cleared" in notes and "refuses" in notes
    assert {(r["from_class"], r["to_class"]): r["suggested"] for r in _rows(tmp_path / "p.csv")}[
        ("salt marsh", "mangrove")] == "accum or disturb?"
    bio = it.read_biophysical(os.path.join(ROOT, "sample_data", "cbc_biophysical_demo.csv"))
    with pytest.raises(InputError, match="mangrove -> aquaculture ponds still holds the template's 'disturb'"):
        it.read_transitions(str(tmp_path / "t.csv"), bio)
    graded = (tmp_path / "t.csv").read_text(encoding="utf-8").replace(",disturb", ",high-impact-disturb")
    with pytest.raises(InputError, match="salt marsh -> mangrove still holds the template's question 'accum or "
                                         "disturb\\?'.*Answer it: accum if the mangrove grew without clearing"):
        it.read_transitions(write_csv(tmp_path / "graded.csv", graded), bio)
    emitted = {}
    for answer in ("accum", "med-impact-disturb"):
        text = graded.replace("accum or disturb?", answer)
        tr = it.read_transitions(write_csv(tmp_path / "{}.csv".format(answer), text), bio)
        run = change.carbon_change(change.prepare([(2019, a), (2024, b)], bio, tr, 2034))
        i = [r.tolist() for r in run["traj"].classes].index([4, 3])
        emitted[answer] = run["det"].emissions[1][i, 0]
        assert run["det"].emissions[1][[r.tolist() for r in run["traj"].classes].index([3, 3]), 0] == 0
    assert emitted["accum"] == 0
    # salt marsh 2019-2024: biomass 25 + 3 x 5, soil 900 + 8 x 5; med-impact fractions 0.8 and 0.5, half-lives
    # 1 and 7.5 years, emitted over 2024-2033
    by_hand = 0.8 * (25 + 3 * 5) * (1 - 0.5 ** 10) + 0.5 * (900 + 8 * 5) * (1 - 0.5 ** (10 / 7.5))
    assert emitted["med-impact-disturb"] == pytest.approx(by_hand, rel=1e-12)


def test_carbonchange_names_a_missing_id_field(tmp_path, provider):
    """An identifier field the areas do not have: the field and the fields that exist are named, through
    qgis_process (parameter check) and when run without that check, as a model runs its steps (prepare)."""
    areas = make_polygons(tmp_path / "区域.gpkg", AREAS_4326, epsg=4326, fields={"名称": ["北区", "南区"]})
    params = {"SNAPSHOT_TABLE": os.path.join(OWN, "snapshots.csv"), "BIOPHYSICAL": os.path.join(OWN, "biophysical.csv"),
              "TRANSITIONS": os.path.join(OWN, "transitions.csv"), "AREAS": areas, "ID_FIELD": "编号",
              "OUTPUT_FOLDER": str(tmp_path / "o")}
    code, _, text = run_alg("carbonchange", params)
    assert code != 0 and "Traceback" not in text and "KeyError" not in text
    assert "Area identifier field (ID_FIELD): the layer 区域 has no field 编号; its fields are: fid, 名称" in text
    assert not (tmp_path / "o").exists()
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    class Errors(QgsProcessingFeedback):
        said = []

        def reportError(self, error, fatalError=False):  # noqa: N802
            self.said.append(error)

    alg = QgsApplication.processingRegistry().createAlgorithmById("bluecarbon:carbonchange")
    feedback = Errors()
    _, ok = alg.run(params, QgsProcessingContext(), feedback)
    assert not ok and any("has no field 编号; its fields are: fid, 名称" in e for e in feedback.said), feedback.said
