"""bluecarbon:carboncredits through qgis_process and the model builder: the joint run on a small planted map with
numbers worked out by hand, the earlier change-table interface, and bad input (a clear message, no output, no
input changed)."""
import csv
import hashlib
import json
import os
import re

import numpy as np
import pytest

from conftest import ROOT, make_polygons, make_raster, run_alg, write_csv

SAMPLE = os.path.join(ROOT, "sample_data")
BIO = os.path.join(SAMPLE, "cbc_biophysical_demo.csv")
TRANSITIONS = os.path.join(SAMPLE, "cbc_transitions_demo.csv")
FLAT, MANGROVE, SEAWEED, OTHER = 2, 3, 6, 9
G = 22 + 6.4 + 0.5  # a growing mangrove hectare of the demo table, t CO2e per year
# EPSG:6933 is equal-area on the WGS 84 ellipsoid: its 100 m pixels are 1 ha each
X0, Y0 = 0.0, 2_500_000.0


def _map(folder, name, array, x0=X0):
    return make_raster(folder / name, np.asarray(array, np.uint8), epsg=6933, x0=x0, y0=Y0, dx=100, dy=100, nodata=0)


def _square(c0, c1, r0=0, r1=1):
    return "POLYGON(({a} {d}, {b} {d}, {b} {c}, {a} {c}, {a} {d}))".format(
        a=X0 + 100 * c0, b=X0 + 100 * c1, c=Y0 - 100 * r1, d=Y0 - 100 * r0)


@pytest.fixture
def planted(tmp_path):
    """Three hectares of tidal flat in 2020, mangrove on the 2025 map; the baseline keeps the 2020 map (as an InVEST
    snapshot table). Areas 北区 (all three) and 南区 (the last two) overlap on 2 ha."""
    inp = tmp_path / "in"
    inp.mkdir()
    m20 = _map(inp, "flat_2020.tif", [[FLAT, FLAT, FLAT]])
    m25 = _map(inp, "mangrove_2025.tif", [[MANGROVE, MANGROVE, MANGROVE]])
    table = write_csv(inp / "baseline.csv", "snapshot_year,raster_path\n2020,flat_2020.tif\n")
    areas = make_polygons(inp / "areas.gpkg", [_square(0, 3), _square(1, 3)], epsg=6933,
                          fields={"名称": ["北区", "南区"]})
    out = tmp_path / "out"
    out.mkdir()
    return {"in": inp, "out": out, "m20": m20, "m25": m25, "baseline": table, "areas": areas}


def _joint(w, **extra):
    params = {"PROJECT_SNAPSHOTS": w["m20"], "PROJECT_SNAPSHOT_YEARS": "2020,2025", "BASELINE_SNAPSHOT_TABLE":
              w["baseline"], "BIOPHYSICAL": BIO, "TRANSITIONS": TRANSITIONS, "OUTPUT": str(w["out"] / "years.csv")}
    params.update(extra)
    return params


def _run(params, extra_layers=()):
    """run_alg with repeated PROJECT_SNAPSHOTS for several layers."""
    from conftest import qgis_process
    argv = ["run", "bluecarbon:carboncredits", "--json", "--"]
    argv += ["{}={}".format(k, v) for k, v in params.items()]
    argv += ["PROJECT_SNAPSHOTS={}".format(p) for p in extra_layers]
    proc = qgis_process(*argv)
    text = proc.stdout + proc.stderr
    results = json.loads(proc.stdout[proc.stdout.find("{"):]) if proc.returncode == 0 else None
    return proc.returncode, results, text


def _rows(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_joint_run_by_area_year_and_period(planted):
    w = planted
    code, res, text = _run(_joint(w, AREAS=w["areas"], ID_FIELD="名称", LAST_YEAR=2027, LEAKAGE=10, BUFFER=20,
                                  ALLOWABLE_UNCERTAINTY=50, REPORT_LANGUAGE=2,
                                  OUTPUT_PERIODS=str(w["out"] / "periods.csv"),
                                  OUTPUT_REPORT=str(w["out"] / "声明.html"), OUTPUT_DATA=str(w["out"] / "data.json")),
                           [w["m25"]])
    assert code == 0, text
    r = res["results"]
    # 2025: the planted year (G a hectare), 2026-2027 projected; 3 ha once although the areas hold 5
    assert r["GROSS_REMOVALS_TCO2E"] == pytest.approx(3 * 3 * G, rel=1e-9)
    assert r["AREA_HA"] == pytest.approx(3.0, rel=1e-9) and r["OVERLAP_HA"] == pytest.approx(2.0, rel=1e-9)
    # CCER order: leakage 10 % and buffer 20 % of the stock change, on the cumulative total
    assert r["LEAKAGE_TCO2E"] == pytest.approx(0.1 * 9 * G, rel=1e-9)
    assert r["BUFFER_TCO2E"] == pytest.approx(0.2 * 9 * G, rel=1e-9)
    assert r["NET_REMOVALS_TCO2E"] == pytest.approx(0.7 * 9 * G, rel=1e-9)
    assert r["ISSUED_EX_POST_TCO2E"] == pytest.approx(0.7 * 3 * G, rel=1e-9)
    assert r["ESTIMATED_EX_ANTE_TCO2E"] == pytest.approx(0.7 * 6 * G, rel=1e-9)
    assert r["NET_REMOVALS_TCO2E_LO"] < r["NET_REMOVALS_TCO2E"] < r["NET_REMOVALS_TCO2E_HI"]
    rows = _rows(w["out"] / "years.csv")
    north = {int(x["year"]): x for x in rows if x["scope"] == "area" and x["area_id"] == "北区"}
    south = {int(x["year"]): x for x in rows if x["scope"] == "area" and x["area_id"] == "南区"}
    project = {int(x["year"]): x for x in rows if x["scope"] == "project"}
    assert sorted(north) == list(range(2020, 2028))
    assert float(north[2025]["gross_removals_tco2e"]) == pytest.approx(3 * G, rel=1e-6)
    assert float(south[2026]["gross_removals_tco2e"]) == pytest.approx(2 * G, rel=1e-6)
    assert float(north[2024]["gross_removals_tco2e"]) == 0
    assert (float(south[2020]["area_ha"]), float(south[2020]["lost_ha"])) == (pytest.approx(2.0, rel=1e-6), 0.0)
    assert float(project[2020]["area_ha"]) == pytest.approx(3.0, rel=1e-6)
    assert [(project[y]["kind"], project[y]["ex_ante"]) for y in (2025, 2026)] == [("ex-post", "0"), ("ex-ante", "1")]
    assert float(project[2026]["vintage_tco2e"]) == pytest.approx(0.7 * 3 * G, rel=1e-6)
    lo, hi = float(north[2025]["gross_removals_tco2e_lo"]), float(north[2025]["gross_removals_tco2e_hi"])
    assert lo < 3 * G < hi  # the soil rate's bounds give the mangrove year an interval
    periods = [x for x in _rows(w["out"] / "periods.csv") if x["scope"] == "project"]
    assert [(p["period_start"], p["period_last"], p["kind"]) for p in periods] == [("2020", "2025", "ex-post"),
                                                                                   ("2026", "2027", "ex-ante")]
    assert float(periods[1]["issued_before_tco2e"]) == pytest.approx(0.7 * 3 * G, rel=1e-6)
    data = json.load(open(w["out"] / "data.json", encoding="utf-8"))
    assert data["verifiable"] and data["route"] == "joint"
    digest = hashlib.sha256(open(w["m25"], "rb").read()).hexdigest()
    assert any(i["path"] == w["m25"] and i["sha256"] == digest for i in data["inputs"])
    assert len(data["inputs"]) == 6  # two project maps, one baseline map, two tables, the areas
    html = (w["out"] / "声明.html").read_text(encoding="utf-8")
    assert "北区" in html and digest in html and "CCER-14-002-V01" in html


def test_only_the_required_inputs_and_the_main_output(planted):
    w = planted
    code, res, text = _run(_joint(w), [w["m25"]])
    assert code == 0, text
    assert res["results"]["GROSS_REMOVALS_TCO2E"] == pytest.approx(3 * G, rel=1e-9)
    assert os.listdir(w["out"]) == ["years.csv"]


def test_natcap_code_reading_is_marked_not_for_verification(planted):
    w = planted
    code, _, text = _run(_joint(w, METHOD=1, OUTPUT_DATA=str(w["out"] / "d.json")), [w["m25"]])
    assert code == 0, text
    data = json.load(open(w["out"] / "d.json", encoding="utf-8"))
    assert not data["verifiable"] and "METHOD=1" in data["cautions"][0]
    assert "not for verification" in text


def test_earlier_change_tables_still_work(tmp_path):
    """The parameters of saved models: PROJECT and BASELINE yearly tables, START_YEAR, END_YEAR (exclusive), LEAKAGE,
    BUFFER. Gross 10 a year over 2021-2022, leakage 10 % and buffer 20 % of the total: 20 x 0.7 = 14. No interval,
    and a warning that says why."""
    head = "area_id,year,net_sequestration_tco2e\n"
    p = write_csv(tmp_path / "p.csv", head + "A,2020,5\nA,2021,15\nA,2022,15\nA,2023,15\n")
    b = write_csv(tmp_path / "b.csv", head + "A,2020,5\nA,2021,5\nA,2022,5\nA,2023,5\n")
    code, res, text = run_alg("carboncredits", {"PROJECT": p, "BASELINE": b, "START_YEAR": 2021, "END_YEAR": 2023,
                                                "LEAKAGE": 10, "BUFFER": 20, "OUTPUT": str(tmp_path / "n.csv"),
                                                "OUTPUT_REPORT": str(tmp_path / "n.html")})
    assert code == 0, text
    assert res["NET_REMOVALS_TCO2E"] == pytest.approx(14.0) and res["NET_REMOVALS_TCO2E_LO"] is None
    assert "no joint interval of the net can be computed" in text
    assert [r["year"] for r in _rows(tmp_path / "n.csv") if r["scope"] == "area"] == ["2021", "2022"]
    assert "Not for verification" in (tmp_path / "n.html").read_text(encoding="utf-8")


def test_change_credits_model(tmp_path, provider):
    """The shipped model: two classifications and the joint credits. With the same image for both dates the project
    and its baseline (the first map kept) stand on the same ground: exactly 0 every year, with a zero interval."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingModelAlgorithm
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(os.path.join(ROOT, "models", "change_credits.model3"))
    s2 = os.path.join(SAMPLE, "s2l2a_ponce_pr_20190108_6band.tif")
    results, ok = model.run({
        "image1": s2, "image2": s2, "year1": 2019, "year2": 2024, "last_year": 2033, "biophysical": BIO,
        "transitions": TRANSITIONS, "areas": os.path.join(SAMPLE, "project_areas.gpkg"), "leakage": 5.0,
        "buffer": 10.0, "credits:net_removals": str(tmp_path / "n.csv"), "credits:periods": str(tmp_path / "p.csv"),
        "credits:statement": str(tmp_path / "s.html"), "credits:statement_data": str(tmp_path / "s.json")},
        QgsProcessingContext(), QgsProcessingFeedback())
    assert ok
    rows = _rows(tmp_path / "n.csv")
    assert {r["year"] for r in rows} == {str(y) for y in range(2019, 2034)}
    for r in rows:
        assert float(r["gross_removals_tco2e"]) == 0
        assert r["gross_removals_tco2e_lo"] in ("", "0.000000") or float(r["gross_removals_tco2e_lo"]) == 0
    data = json.load(open(tmp_path / "s.json", encoding="utf-8"))
    assert data["years_ex_ante"] == list(range(2025, 2034)) and (tmp_path / "s.html").exists()
    assert sum(float(r["project_tco2e"]) for r in rows if r["scope"] == "project") != 0


# ---- bad input: a clear message, nothing written, no input changed -------------------------------------------

def _hashes(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def _shifted(w):
    return _map(w["in"], "shifted_2025.tif", [[MANGROVE, MANGROVE, MANGROVE]], x0=X0 + 30)


def _seaweed(w):
    return _map(w["in"], "seaweed_2025.tif", [[SEAWEED, MANGROVE, MANGROVE]])


REFUSE, WARN = "refuse", "warn"
CASES = [
    ("different-grids", lambda w: (_joint(w), [_shifted(w)]), REFUSE,
     r"In the project scenario: The 2025 snapshot \(.*shifted_2025\.tif\) is not on the grid of the 2020 snapshot.*"
     r"gdalwarp -r near .* -te 0 2499900 300 2500000 -tr 100 100"),
    ("period-before-the-maps", lambda w: (_joint(w, START_YEAR=2010), [w["m25"]]), REFUSE,
     r"crediting period starts in 2010, before the first map \(2020\)"),
    ("period-ends-before-it-starts", lambda w: (_joint(w, START_YEAR=2024, LAST_YEAR=2022), [w["m25"]]), REFUSE,
     r"crediting period 2024-2022 ends before it starts"),
    ("monitoring-period-outside", lambda w: (_joint(w, MONITORING_PERIODS="2031"), [w["m25"]]), REFUSE,
     r"monitoring period ending in 2031 lies outside the crediting period 2020-2025"),
    ("leakage-above-100", lambda w: (_joint(w, LEAKAGE=120), [w["m25"]]), REFUSE,
     r"leakage percentage must be between 0 and 100; got 120"),
    ("buffer-negative", lambda w: (_joint(w, BUFFER=-5), [w["m25"]]), REFUSE,
     r"non-permanence buffer percentage must be between 0 and 100; got -5"),
    ("areas-without-the-id-field", lambda w: (_joint(w, AREAS=w["areas"], ID_FIELD="site"), [w["m25"]]), REFUSE,
     r"Area identifier field \(ID_FIELD\): the layer areas has no field site; its fields are: fid, 名称"),
    ("eligible-class-the-map-lacks", lambda w: (_joint(w, ELIGIBLE_CLASSES="tidal flat,8"), [w["m25"]]), WARN,
     r"eligible class 8 aquaculture ponds does not occur in the baseline's first map"),
    ("maps-and-tables-at-once", lambda w: (_joint(w, PROJECT=w["baseline"], BASELINE=w["baseline"]), [w["m25"]]),
     REFUSE, r"Give either both scenarios' maps or the two change tables"),
    ("missing-tables-with-maps", lambda w: ({k: v for k, v in _joint(w).items() if k != "TRANSITIONS"}, [w["m25"]]),
     REFUSE, r"give the biophysical table \(BIOPHYSICAL\) and the transition table \(TRANSITIONS\)"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_input(planted, case):
    _, make, expect, pattern = case
    params, layers = make(planted)
    before = _hashes(planted["in"])
    code, res, text = _run(params, layers)
    assert "Traceback" not in text, text
    assert _hashes(planted["in"]) == before
    if expect == REFUSE:
        assert code != 0, text
        assert re.search(pattern, text, re.S), text
        assert os.listdir(planted["out"]) == []
    else:
        assert code == 0, text
        warnings = "\n".join(res.get("log", {}).get("warning", []))
        assert re.search(pattern, warnings, re.S), text


def test_habitat_no_methodology_covers_is_listed_in_the_statement(planted):
    w = planted
    code, _, text = _run(_joint(w, OUTPUT_DATA=str(w["out"] / "d.json")), [_seaweed(w)])
    assert code == 0, text
    data = json.load(open(w["out"] / "d.json", encoding="utf-8"))
    listed = [h for h in data["habitats"] if not h["credited"]]
    assert [h["reason"] for h in listed] == [
        "not credited: no CCER blue-carbon methodology covers the class 6 seaweed/macroalgae"]
    assert listed[0]["area_ha"] == pytest.approx(1.0, rel=1e-9)
    assert data["total"]["credited_tco2e"] == pytest.approx(2 * G, rel=1e-9)
