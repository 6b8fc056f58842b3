"""The statement of bluecarbon:carboncredits through qgis_process, in English and Chinese: the HTML (OUTPUT_REPORT)
and the same statement as PDF (OUTPUT_PDF), checked on the PDF's pages rendered to images: A4, no blank page,
tables within the page, every font embedded (a CJK one among them), the headline figure, the eligibility hectares
counted by hand, Chinese glyphs that are not tofu. Also printed after a run in a worker thread, as the QGIS
desktop runs it."""
import json
import os

import numpy as np
import pytest

import statement_check as sc
from conftest import ROOT, make_polygons, make_raster, run_alg, write_csv

from bluecarbon.bluecarbon_qgis.engine.reports.html import fmt as num

SAMPLE = os.path.join(ROOT, "sample_data")
BIO = os.path.join(SAMPLE, "cbc_biophysical_demo.csv")
TRANSITIONS = os.path.join(SAMPLE, "cbc_transitions_demo.csv")
WATER, FLAT, MANGROVE, MARSH, PONDS, OTHER = 1, 2, 3, 4, 8, 9
X0, Y0 = 0.0, 2_500_000.0  # EPSG:6933 is equal-area: its 100 m pixels are 1 ha each


def _square(c0, c1, r0, r1):
    return "POLYGON(({a} {d}, {b} {d}, {b} {c}, {a} {c}, {a} {d}))".format(
        a=X0 + 100 * c0, b=X0 + 100 * c1, c=Y0 - 100 * r1, d=Y0 - 100 * r0)


@pytest.fixture(scope="module")
def planting(tmp_path_factory):
    """16 × 10 ha. Baseline 2020 (kept by the baseline): open water (columns 0-3), tidal flat (4-8) with mangrove
    on its two top rows, aquaculture ponds (9-12), other land (13-15). Project 2025: mangrove planted on the flat
    (rows 2-9), on ponds (columns 9-11, rows 3-8) and on open water (column 3, rows 4-7); salt marsh on other land
    (column 13, rows 0-2). Areas 北区 (columns 2-9) and South (columns 8-14, rows 2-9) overlap on columns 8-9."""
    folder = tmp_path_factory.mktemp("planting")
    base = np.full((10, 16), WATER, np.uint8)
    base[:, 4:9], base[:2, 4:9], base[:, 9:13], base[:, 13:] = FLAT, MANGROVE, PONDS, OTHER
    project = base.copy()
    project[2:, 4:9], project[3:9, 9:12], project[4:8, 3], project[:3, 13] = MANGROVE, MANGROVE, MANGROVE, MARSH
    maps = []
    for year, arr in ((2020, base), (2025, project)):
        maps.append(make_raster(folder / "habitat_{}.tif".format(year), arr, epsg=6933, x0=X0, y0=Y0, dx=100,
                                dy=100, nodata=0))
    table = write_csv(folder / "baseline.csv", "snapshot_year,raster_path\n2020,habitat_2020.tif\n")
    areas = make_polygons(folder / "areas.gpkg", [_square(2, 10, 0, 10), _square(8, 15, 2, 10)], epsg=6933,
                          fields={"name": ["北区", "South"]})
    return {"maps": maps, "baseline": table, "areas": areas, "folder": folder}


# hand counts of the figure above: eligible = planted flat and ponds; excluded = the mangrove already there and the
# planting on open water; salt marsh counted without a check (CCER-14-003-V01's baseline conditions unknown)
ELIGIBLE = {"北区": 5 * 8 + 6, "South": 8 + 3 * 6}
EXCLUDED = {"北区": 5 * 2 + 4, "South": 0}
UNCHECKED = {"北区": 0, "South": 1}


def run_statement(w, out, language, **extra):
    params = {"PROJECT_SNAPSHOTS": w["maps"][0], "PROJECT_SNAPSHOT_YEARS": "2020,2025",
              "BASELINE_SNAPSHOT_TABLE": w["baseline"], "BIOPHYSICAL": BIO, "TRANSITIONS": TRANSITIONS,
              "AREAS": w["areas"], "ID_FIELD": "name", "LAST_YEAR": 2030, "LEAKAGE": 5, "BUFFER": 15,
              "ITERATIONS": 400, "REPORT_LANGUAGE": language, "OUTPUT": str(out / "years.csv"),
              "OUTPUT_REPORT": str(out / "statement.html"), "OUTPUT_DATA": str(out / "data.json"),
              "OUTPUT_PDF": str(out / "statement.pdf")}
    params.update(extra)
    from conftest import qgis_process
    argv = ["run", "bluecarbon:carboncredits", "--json", "--"] + ["{}={}".format(k, v) for k, v in params.items()]
    argv.append("PROJECT_SNAPSHOTS={}".format(w["maps"][1]))
    proc = qgis_process(*argv)
    text = proc.stdout + proc.stderr
    assert proc.returncode == 0, text
    return json.loads(proc.stdout[proc.stdout.find("{"):])["results"], text


@pytest.fixture(scope="module", params=[1, 2], ids=["en", "zh"])
def printed(request, planting, tmp_path_factory):
    out = tmp_path_factory.mktemp("statement_" + ("en" if request.param == 1 else "zh"))
    results, log = run_statement(planting, out, request.param)
    images, pngs = sc.render(out / "statement.pdf", out, dpi=60)
    return {"out": out, "results": results, "log": log, "images": images, "pngs": pngs, "zh": request.param == 2,
            "data": json.load(open(out / "data.json", encoding="utf-8")),
            "html": (out / "statement.html").read_text(encoding="utf-8")}


def test_pdf_pages_are_a4_printed_and_within_the_page(printed):
    pdf = printed["out"] / "statement.pdf"
    assert printed["results"]["OUTPUT_PDF"] == str(pdf)
    assert not os.path.exists(str(pdf) + ".part")
    sizes = sc.page_sizes(pdf)
    assert len(sizes) >= 2 and set(sizes) == {sc.A4_PT} and len(printed["images"]) == len(sizes)
    for im in printed["images"]:
        assert 0.005 < sc.ink(im) < 0.5
        w = im.shape[1]
        assert sc.ink(im, (w - int(w * 10 / 210), 0, w, im.shape[0])) == 0
    label = "第 {} 页，共 {} 页" if printed["zh"] else "page {} of {}"
    for n in range(1, len(sizes) + 1):  # numbered in the statement's language
        assert label.format(n, len(sizes)).replace(" ", "") in sc.text(pdf, n).replace(" ", "")


def test_pdf_fonts_embedded_and_the_figures_printed(printed):
    pdf = printed["out"] / "statement.pdf"
    fonts = sc.fonts(pdf)
    assert fonts and all(e for _, _, e in fonts)
    assert any("CJK" in name for name, _, _ in fonts)  # 北区 in both languages
    text = sc.text(pdf)
    r, data = printed["results"], printed["data"]
    assert r["NET_REMOVALS_TCO2E"] > 0
    assert num(r["NET_REMOVALS_TCO2E"]) + " t CO2e" in text
    assert num(r["NET_REMOVALS_TCO2E"]) + " t CO2e" in printed["html"]
    for i in data["inputs"]:
        if i["sha256"]:
            assert i["sha256"] in printed["html"] and i["sha256"] in text  # on one line


def test_eligible_hectares_by_area_as_counted_by_hand(printed):
    rows = {a["area_id"]: a for a in printed["data"]["eligibility"]["areas"]}
    for area in ("北区", "South"):
        assert rows[area]["eligible_ha"] == pytest.approx(ELIGIBLE[area], rel=1e-6)
        assert rows[area]["excluded_ha"] == pytest.approx(EXCLUDED[area], rel=1e-6)
        assert rows[area]["unchecked_ha"] == pytest.approx(UNCHECKED[area], rel=1e-6)
        row = "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>".format(
            area, num(ELIGIBLE[area], 4), num(UNCHECKED[area], 4), num(EXCLUDED[area], 4))
        assert row in printed["html"]


def test_map_page_shows_the_baseline_classes_in_their_style_colours(printed):
    """The eligibility map's page: every class of the baseline map in its colour of styles/habitat_classes.qml (the
    legend's swatches and the map), the CRS, the scale bar and the north arrow as text, the hatched eligible
    ground (dark diagonal ink over the flat's and the ponds' colours)."""
    pdf = printed["out"] / "statement.pdf"
    n = sc.page_of(pdf, ["EPSG:6933", "200 m"])
    assert n is not None
    (image,), _ = sc.render(pdf, printed["out"], dpi=100, page=n, stem="map")
    qml = sc.qml_colours(os.path.join(ROOT, "styles", "habitat_classes.qml"))
    for value in (WATER, FLAT, MANGROVE, PONDS, OTHER):
        assert sc.has_colour(image, qml[value]), value
    assert not sc.has_colour(image, qml[MARSH])  # salt marsh is on the project's map, not the baseline's
    words = [w[0] for w in sc.words(pdf, n)]
    assert "N" in words and "北区" in words and "South" in words


def test_chinese_statement_prints_chinese_glyphs(printed):
    if not printed["zh"]:
        pytest.skip("English statement")
    pdf = printed["out"] / "statement.pdf"
    title = printed["data"]["title"]
    assert title != "Net removals of the project against its baseline"
    word = next(w for w in sc.words(pdf, 1) if w[0] == title)
    image = printed["images"][0]
    scale = image.shape[1] / sc.A4_PT[0]
    assert sc.glyph_cells_differ(image, [int(round(v * scale)) for v in word[1:]], len(title))
    text = sc.text(pdf)
    for s in ("监测期", "签字", "二", "页"):
        assert s in text.replace(" ", "")
    assert sc.radicals(text) == []  # copied text reads 二 and 页, not the radicals ⼆ and ⻚ of their glyphs


def _model(params, outputs):
    """carboncredits as the one step of a model, its static inputs ``params``, ``outputs`` the model's outputs."""
    from qgis.core import (QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                           QgsProcessingModelChildParameterSource, QgsProcessingModelOutput)

    model = QgsProcessingModelAlgorithm("statement", "tests")
    child = QgsProcessingModelChildAlgorithm("bluecarbon:carboncredits")
    child.setChildId("credits")
    for key, value in params.items():
        child.addParameterSources(key, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    out = {}
    for key in outputs:
        out[key.lower()] = QgsProcessingModelOutput(key.lower(), key.lower())
        out[key.lower()].setChildOutputName(key)
    child.setModelOutputs(out)
    model.addChildAlgorithm(child)
    return model


@pytest.mark.parametrize("how", ["algorithm", "model"])
def test_pdf_printed_after_a_run_in_a_worker_thread(qgis_app, provider, planting, tmp_path, how):
    """The desktop runs an algorithm, or a model and its steps, in a task's thread: the PDF is printed on the main
    thread while the task waits."""
    from qgis.core import QgsApplication, QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProcessingFeedback
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    params = {"PROJECT_SNAPSHOTS": planting["maps"], "PROJECT_SNAPSHOT_YEARS": "2020,2025",
              "BASELINE_SNAPSHOT_TABLE": planting["baseline"], "BIOPHYSICAL": BIO, "TRANSITIONS": TRANSITIONS,
              "ITERATIONS": 50, "SCHEDULER": "0", "REPORT_LANGUAGE": 1}
    outputs = {"OUTPUT": str(tmp_path / "y.csv"), "OUTPUT_PDF": str(tmp_path / "s.pdf")}
    if how == "model":
        alg = _model(params, outputs)
        run_params = {"credits:" + k.lower(): v for k, v in outputs.items()}
    else:
        alg = QgsApplication.processingRegistry().createAlgorithmById("bluecarbon:carboncredits")
        run_params = dict(params, **outputs)

    class Feedback(QgsProcessingFeedback):
        infos = []

        def pushInfo(self, info):  # noqa: N802
            self.infos.append(info)

        def reportError(self, error, fatal=False):  # noqa: N802
            self.infos.append("ERROR " + error)

    context, feedback = QgsProcessingContext(), Feedback()
    task = QgsProcessingAlgRunnerTask(alg, run_params, context, feedback)
    done, loop = [], QEventLoop()
    task.executed.connect(lambda ok, results: (done.append((ok, results)), loop.quit()))
    QgsApplication.taskManager().addTask(task)
    QTimer.singleShot(120000, loop.quit)
    loop.exec_()
    assert done and done[0][0], done
    assert (tmp_path / "s.pdf").exists() and str(tmp_path / "s.pdf") in done[0][1].values(), Feedback.infos
    assert set(sc.page_sizes(tmp_path / "s.pdf")) == {sc.A4_PT}
    assert "The PDF statement is printed on the application's main thread." in Feedback.infos
