"""Every report rendered to images as its readers see it (QtWebKit, QGIS's own viewer; headless Chromium; PDF
printed by both), in English and Simplified Chinese, and the images checked: nothing wider than an A4 page or a
1280-px window, Chinese drawn as glyphs, the map's legend colours and outlines on the map, the interval band of
the stock-change chart. The reports come from the engine's report functions on small inputs; one comes end to
end from qgis_process."""
import os
import re
import tracemalloc

import numpy as np
import pytest

from conftest import ROOT, make_polygons, make_raster, qgis_env, run_alg
import report_images as ri

REPORTS = ("carbon", "accuracy", "change", "credits", "offset", "training", "transitions")
QML = os.path.join(ROOT, "styles", "habitat_classes.qml")
X0, Y0 = 500000.0, 2500000.0        # UTM 50N, on the zone's central meridian (117° E)
AREA_WKT = ["POLYGON((500200 2499300,500900 2499250,500850 2498700,500250 2498760,500200 2499300))",
            "POLYGON((500700 2498900,501500 2498900,501500 2498300,500700 2498300,500700 2498900))"]
AREA_IDS = ["北区", "Restoration site B"]
CBC = os.path.join(ROOT, "tests", "data", "invest_cbc_own")
PAGE_MARGIN_PX = 40                 # inside the 14 mm (53 px) side margins of the printed page


def qml_colours():
    """{class value: colour} of the shipped style."""
    with open(QML, encoding="utf-8") as fh:
        return {int(v): c.lower() for v, c in re.findall(r'paletteEntry value="(\d+)" color="(#[0-9a-fA-F]{6})"',
                                                          fh.read())}


def zh_translator():
    from qgis.PyQt.QtCore import QTranslator

    t = QTranslator()
    assert t.load(os.path.join(ROOT, "i18n", "bluecarbon_zh_CN.qm"))
    # bytes: PyQt passes the source text to Qt as char *, which it would encode as ASCII from a str
    return lambda s: t.translate(b"bluecarbon", s.encode("utf-8")) or s


def class_raster(folder):
    arr = np.full((120, 160), 1, np.uint8)
    arr[20:80, 30:90] = 3
    arr[60:110, 80:150] = 5
    arr[110:, :40] = 2
    return make_raster(os.path.join(folder, "classes.tif"), arr, 32650, X0, Y0, 10, 10)


def carbon(folder, tr, lang):
    from shapely import wkt

    from bluecarbon.bluecarbon_qgis.engine.carbon import densities, stocks
    from bluecarbon.bluecarbon_qgis.engine.raster.grid import open_grid
    from bluecarbon.bluecarbon_qgis.engine.reports.carbon import carbon_report

    path = class_raster(folder)
    grid, geoms, table = open_grid(path), [wkt.loads(w) for w in AREA_WKT], densities.read_density_table()
    run = stocks.carbon_stocks(grid, geoms, table, iterations=200, seed=1, zone_ids=AREA_IDS,
                               climate_zones=["tropical_wet"] * 2)
    return carbon_report(inputs={"habitat": path, "band": 1, "areas": "项目区", "basis": 0}, grid=grid, table_=table,
                         zone_ids=AREA_IDS, accounts=run.zones, total=run.total, overlap_ha=run.overlap_ha,
                         geoms=geoms, warnings=[tr(t).format(**f) for t, f in run.warnings], iterations=200, seed=1,
                         mc=run.mc, climate_zones=run.climate_zones, tr=tr, lang=lang)


def accuracy(folder, tr, lang):
    from bluecarbon.bluecarbon_qgis.engine.accuracy.estimators import stratified_accuracy
    from bluecarbon.bluecarbon_qgis.engine.classes import NAMES
    from bluecarbon.bluecarbon_qgis.engine.reports.accuracy import accuracy_report

    classes = [1, 2, 3, 4, 5, 7, 8, 9]
    counts = np.diag([60, 30, 40, 25, 35, 20, 20, 3]) + np.eye(8, k=1, dtype=int) * 4
    result = stratified_accuracy(counts, [1200.0, 300.0, 250.0, 80.0, 400.0, 60.0, 90.0, 30.0], classes)
    return accuracy_report(inputs={"map": os.path.join(folder, "很长的文件夹名称", "habitat_map_2024_final.tif"),
                                   "reference": "reference_points", "ref_field": "ref_class"},
                           result=result, names=NAMES, skipped=2, notes=[tr(t).format(**f) for t, f in result.notes],
                           tr=tr, lang=lang)


def _biophysical(folder):
    """The own case's table, with bounds on the soil accumulation rates (so that a run has intervals)."""
    from bluecarbon.bluecarbon_qgis.engine.carbon import invest_tables

    with open(os.path.join(CBC, "biophysical.csv"), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    bounds = ["soil-yearly-accumulation_lo,soil-yearly-accumulation_hi"]
    for line in lines[1:]:
        rate = float(line.split(",")[14])
        bounds.append("{},{}".format(rate * 0.6, rate * 1.4))
    path = os.path.join(folder, "biophysical.csv")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join("{},{}\n".format(a, b) for a, b in zip(lines, bounds)))
    bio = invest_tables.read_biophysical(path)
    return bio, invest_tables.read_transitions(os.path.join(CBC, "transitions.csv"), bio)


def _change_geoms():
    from shapely import wkt

    return [wkt.loads("POLYGON((500000 2500000,500600 2500000,500600 2499500,500000 2499500,500000 2500000))"),
            wkt.loads("POLYGON((500600 2499700,501200 2499700,501200 2499100,500600 2499100,500600 2499700))")]


def _change_run(folder):
    from bluecarbon.bluecarbon_qgis.engine.carbon import change, invest_tables

    bio, transitions = _biophysical(folder)
    model = change.prepare(invest_tables.read_snapshots(os.path.join(CBC, "snapshots.csv")), bio, transitions, 2034)
    run = change.carbon_change(model, folder=os.path.join(folder, "change"), geoms=_change_geoms(),
                               zone_ids=AREA_IDS, iterations=50, seed=1)
    return model, bio, run


def change_(folder, tr, lang):
    from bluecarbon.bluecarbon_qgis.engine.reports.change import change_report

    model, bio, run = _change_run(folder)
    return change_report(model=model, inputs={"transitions": os.path.join(CBC, "transitions.csv"), "areas": "项目区"},
                         rows=run["rows"], transitions=run["transitions"],
                         names={c: b.name for c, b in bio.classes.items()},
                         warnings=[tr(t).format(**f) for t, f in run["warnings"]], iterations=50, seed=1, tr=tr,
                         lang=lang)


def credits_(folder, tr, lang):
    """The statement of carboncredits: the own case's maps as the project against a baseline that keeps its first
    map, run jointly over two areas, with the eligibility map."""
    from bluecarbon.bluecarbon_qgis.engine.carbon import credits, invest_tables, joint
    from bluecarbon.bluecarbon_qgis.engine.reports.statement import eligibility_map, statement_html

    bio, transitions = _biophysical(folder)
    snapshots = invest_tables.read_snapshots(os.path.join(CBC, "snapshots.csv"))
    jm = joint.prepare_joint(snapshots, snapshots[:1], bio, transitions, last=2030)
    geoms = _change_geoms()
    acc = credits.joint_accounts(jm, geoms, AREA_IDS, iterations=200, seed=1)
    data = credits.statement(acc, options={"standard": "CCER", "leakage_pct": 5.0, "buffer_pct": 15.0},
                             translate=tr, lang=lang,
                             inputs=credits.input_files([("map {}".format(y), p) for y, p in snapshots]))
    return statement_html(data, tr=tr, lang=lang, eligibility_map=eligibility_map(jm, acc.eligible, geoms, AREA_IDS,
                                                                                  tr))


def offset_(folder, tr, lang):
    from bluecarbon.bluecarbon_qgis.engine.carbon import mariculture, offset
    from bluecarbon.bluecarbon_qgis.engine.reports import offset as statement

    lines = offset.read_emissions(os.path.join(ROOT, "sample_data", "conference_emissions.csv"))
    emitted = sum(ln.tco2e for ln in lines)
    table = mariculture.read_coefficients()
    farms = []
    for farm, name, harvest in (("F01", "kelp", 2600.0), ("F02", "oyster", 900.0), ("F03", "scallop", 700.0)):
        s = table.species[mariculture.normalise(name)]
        removal = harvest * s.carbon_per_t() * 44 / 12
        farms.append(statement.FarmRow(farm, s.name, harvest, s.carbon_per_t(), removal, removal * 0.9,
                                       removal * 1.1, "shell and tissue", s.verified, s.source))
    total = sum(f.removal_tco2e for f in farms)
    bal = offset.balance(emitted, total, total * 0.9, total * 1.1, 1, 10)
    st = statement.Statement(lines, emitted, [statement.SinkRow("mariculture_sink", "removal_tco2e_yr", 3, total,
                                                                total * 0.9, total * 1.1)],
                             farms, bal, tr("The sinks cover the emission."), event="演示会议, Qingdao",
                             sink_period="2024 harvest")
    return statement.statement_html(st, tr, lang=lang)


def training(folder, tr, lang):
    from bluecarbon.bluecarbon_qgis.engine.classes import NAMES
    from bluecarbon.bluecarbon_qgis.engine.imagery import classifier
    from bluecarbon.bluecarbon_qgis.engine.reports.training import training_report

    rng = np.random.default_rng(1)
    y = np.repeat([1, 3, 5, 7], 40)
    x = rng.normal(size=(len(y), 6)) + y[:, None] * 0.6
    _, validation = classifier.train(x, y, "rf", seed=1, n_estimators=20, n_jobs=1)
    features = ["blue", "green", "red", "nir", "swir1", "ndvi"]
    meta = {"method_name": "Random forest", "features": features, "band_how": "Sentinel-2 band names"}
    return training_report(inputs={"image": os.path.join(folder, "s2_l2a_chip.tif"), "training": "training_ponce",
                                   "class_field": "class"}, meta=meta, validation=validation, names=NAMES, tr=tr,
                           lang=lang)


def transitions_(folder, tr, lang):
    from shapely import wkt

    from bluecarbon.bluecarbon_qgis.engine.carbon import invest_tables, transitions
    from bluecarbon.bluecarbon_qgis.engine.reports.transitions import transition_report

    out = os.path.join(folder, "transitions_{}.tif".format(lang))
    run = transitions.transition_map(invest_tables.read_snapshots(os.path.join(CBC, "snapshots.csv")), out,
                                     min_pixels=3, cleaned_folder=os.path.join(folder, "cleaned_" + lang))
    geoms = [wkt.loads("POLYGON((500000 2500000,500600 2500000,500600 2499500,500000 2499500,500000 2500000))")]
    rows = transitions.zone_rows(run, out, geoms, AREA_IDS[:1], tr("whole raster"))
    labels = {r["value"]: transitions.label_of((r["from_class"], r["to_class"]),
                                               {c: tr(n) for c, n in run["names"].items()} if run["names"] else None)
              for r in run["table"]}
    return transition_report(run, rows, inputs={"areas": "项目区", "output": out}, labels=labels,
                             warnings=[tr(t).format(**f) for t, f in run["warnings"]], tr=tr, lang=lang)


BUILDERS = {"carbon": carbon, "accuracy": accuracy, "change": change_, "credits": credits_, "offset": offset_,
            "training": training, "transitions": transitions_}


@pytest.fixture(scope="module")
def reports(tmp_path_factory, qgis_app):
    """{(report, language): path of the HTML file}."""
    folder = tmp_path_factory.mktemp("reports")
    out = {}
    for lang, tr in (("en", lambda s: s), ("zh", zh_translator())):
        for name, build in BUILDERS.items():
            path = folder / "{}_{}.html".format(name, lang)
            path.write_text(build(str(folder), tr, lang), encoding="utf-8")
            out[name, lang] = str(path)
    return out


def assert_cjk_title(rgb, what):
    """The title's first line is drawn with distinct glyphs (not blank, not the same box repeated)."""
    glyphs = ri.first_line_glyphs(rgb)
    assert len(glyphs) >= 3 and ri.distinct_glyphs(glyphs) >= 3, "{}: the Chinese title is not drawn as glyphs" \
        .format(what)


@pytest.mark.parametrize("name", REPORTS)
@pytest.mark.parametrize("lang", ("en", "zh"))
def test_report_fits_a4_and_a_window_in_qtwebkit(reports, name, lang):
    path = reports[name, lang]
    for width in (ri.A4_PX, ri.WINDOW_PX):
        rgb, scroll_width, client_width = ri.webkit(path, width)
        assert scroll_width <= client_width, "{} ({}) is {} px wide in a {} px window".format(
            name, lang, scroll_width, client_width)
        # nothing is drawn in the page's right padding (the image is the whole page: no scroll bar)
        assert ri.blank_right_margin(rgb, 16)
    if lang == "zh":
        assert_cjk_title(rgb, name)


@pytest.mark.parametrize("name", REPORTS)
def test_report_in_chromium(reports, name, tmp_path):
    assert ri.chromium_scroll_width(reports[name, "en"], ri.A4_PX) <= ri.A4_PX
    rgb = ri.chromium(reports[name, "zh"], ri.A4_PX, 2400, tmp_path / "shot.png")
    assert rgb.shape[1] == ri.A4_PX and ri.blank_right_margin(rgb, 16)
    assert_cjk_title(rgb, name)


@pytest.mark.parametrize("name", REPORTS)
def test_report_prints_to_a4_pdf(reports, name, tmp_path):
    """Printed through QtWebKit (QPrinter) and Chromium: A4 pages, nothing in the side margins, every number of
    the report's text on the pages."""
    path = reports[name, "en"]
    with open(path, encoding="utf-8") as fh:
        numbers = ri.body_numbers(fh.read())
    for engine, printer in (("qtwebkit", ri.webkit_pdf), ("chromium", ri.chromium_pdf)):
        pdf = printer(path, tmp_path / "{}.pdf".format(engine))
        pages = ri.pdf_pages(pdf)
        assert pages, engine
        for page in pages:
            assert page.shape[1] == ri.A4_PX, engine
            assert ri.blank_right_margin(page, PAGE_MARGIN_PX), "{}: {} prints into the margin".format(name, engine)
        text = ri.pdf_text(pdf)
        missing = sorted(n for n in numbers if n not in text)
        assert not missing, "{}: {} lost {}".format(name, engine, missing[:10])


def test_map_is_cartography(reports):
    """The carbon report's map: the classes in the shipped style's colours, each with many pixels on the map and
    a legend entry; the areas outlined in red and labelled; scale bar, north arrow and CRS written."""
    from bluecarbon.bluecarbon_qgis.engine.classes import NAMES

    with open(reports["carbon", "en"], encoding="utf-8") as fh:
        html = fh.read()
    svg = re.findall(r"<svg.*?</svg>", html, flags=re.S)
    map_svg = [s for s in svg if "data:image/png;base64" in s]
    assert len(map_svg) == 1
    texts = re.findall(r">([^<>]+)</text>", map_svg[0])
    colours = qml_colours()
    for value in (1, 2, 3, 5):
        assert "{} {}".format(value, NAMES[value]) in texts
    assert "200 m" in texts and "N" in texts and "CRS: EPSG:32650 — WGS 84 / UTM zone 50N" in texts
    assert set(AREA_IDS) <= set(texts)
    for lang in ("en", "zh"):
        rgb, _, _ = ri.webkit(reports["carbon", lang], ri.A4_PX)
        for value in (1, 2, 3, 5):   # 2 tidal flat: 400 cells of 100 m² → about 1,000 px on the map
            assert ri.count_colour(rgb, colours[value]) > 300, (lang, value)
        assert ri.count_colour(rgb, "#d00000", 40) > 500


def test_change_chart_shows_the_interval_band(reports):
    """The first area's line (#1b7a3a) carries a band of the same colour at 18 % over white."""
    rgb, _, _ = ri.webkit(reports["change", "en"], ri.A4_PX)
    band = "#{:02x}{:02x}{:02x}".format(*(round(255 + 0.18 * (c - 255)) for c in (0x1b, 0x7a, 0x3a)))
    assert ri.count_colour(rgb, band, 3) > 200


def test_scale_bar_and_north_against_pyproj():
    """Ground metres per map unit: 1/k0 on UTM's central meridian; a degree of longitude on the ellipsoid's
    parallel in degrees. True north: the meridian convergence pyproj gives."""
    from pyproj import CRS, Proj

    from bluecarbon.bluecarbon_qgis.engine.reports.maps import _metres_per_unit, _north

    utm = CRS.from_epsg(32650)
    assert _metres_per_unit(utm, 500000.0, 2500000.0, 1000.0) == pytest.approx(1 / 0.9996, rel=2e-6)
    a, f = 6378137.0, 1 / 298.257223563
    lat = np.radians(22.6)
    e2 = f * (2 - f)
    degree = np.pi / 180 * a * np.cos(lat) / np.sqrt(1 - e2 * np.sin(lat) ** 2)
    assert _metres_per_unit(CRS.from_epsg(4326), 117.0, 22.6, 0.01) == pytest.approx(degree, rel=1e-7)
    x, y = 680000.0, 2500000.0                      # 180 km east of the central meridian
    lon, lat = Proj(utm)(x, y, inverse=True)
    gamma = np.radians(Proj(utm).get_factors(lon, lat).meridian_convergence)
    nx, ny = _north(utm, x, y)
    assert np.degrees(np.arctan2(-nx, ny)) == pytest.approx(np.degrees(gamma), abs=1e-3)


def test_map_of_a_sentinel_tile_reads_little(tmp_path):
    """A 10,980 × 10,980 class raster (a Sentinel-2 tile at 10 m): the map reads it decimated, so the arrays it
    makes stay far below the raster's 120 MB."""
    from osgeo import gdal, osr
    from shapely.geometry import box

    from bluecarbon.bluecarbon_qgis.engine.raster.grid import open_grid
    from bluecarbon.bluecarbon_qgis.engine.reports.maps import class_map

    n = 10980
    path = str(tmp_path / "tile.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, n, n, 1, gdal.GDT_Byte,
                                              ["TILED=YES", "COMPRESS=DEFLATE", "SPARSE_OK=TRUE"])
    ds.SetGeoTransform((X0, 10, 0, Y0, 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32650)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(0)
    band.WriteArray(np.full((2048, 2048), 3, np.uint8), 4096, 4096)
    ds = None
    grid = open_grid(path)
    class_map(open_grid(class_raster(str(tmp_path))), [], [], {})  # matplotlib's first drawing sets up its caches
    tracemalloc.start()
    svg = class_map(grid, [box(X0 + 20000, Y0 - 100000, X0 + 90000, Y0 - 20000)], ["T"], {3: "mangrove"},
                    overlay=([3], "eligible ground"))  # the statement's eligible ground, from the same read
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "3 mangrove" in svg and "eligible ground" in svg and peak < 40e6, peak


def test_carbonstocks_report_end_to_end_in_chinese(tmp_path, qgis_app):
    """Through qgis_process in a Chinese locale: the report fits A4 in QtWebKit, its title is drawn in Chinese
    glyphs, the map shows the style's colours."""
    raster = class_raster(str(tmp_path))
    areas = make_polygons(tmp_path / "项目区.gpkg", AREA_WKT, 32650, fields={"名称": AREA_IDS})
    report = tmp_path / "报告.html"
    rc, _, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "ID_FIELD": "名称",
                                           "OUTPUT": tmp_path / "o.gpkg", "OUTPUT_REPORT": report, "ITERATIONS": 200},
                          env=qgis_env(LC_ALL="zh_CN.UTF-8", LANG="zh_CN.UTF-8"))
    assert rc == 0, text
    assert "<title>蓝碳储量与年吸收量" in report.read_text(encoding="utf-8")
    rgb, scroll_width, client_width = ri.webkit(str(report), ri.A4_PX)
    assert scroll_width <= client_width
    assert_cjk_title(rgb, "carbonstocks")
    colours = qml_colours()
    for value in (1, 3, 5):
        assert ri.count_colour(rgb, colours[value]) > 300


def test_eligibility_map_numbers_classes_as_the_statement_text(tmp_path):
    """The own case's table numbers tidal flat 4 and aquaculture ponds 5 (the plugin: 2 and 8): the statement's
    text names the eligible classes by the plugin's numbers and names, and the eligibility map's legend numbers
    every class of the plugin's scheme the same way, not by the table's codes."""
    from bluecarbon.bluecarbon_qgis.engine.carbon import credits, invest_tables, joint
    from bluecarbon.bluecarbon_qgis.engine.reports.statement import eligibility_map

    bio, transitions = _biophysical(str(tmp_path))
    snapshots = invest_tables.read_snapshots(os.path.join(CBC, "snapshots.csv"))
    jm = joint.prepare_joint(snapshots, snapshots[:1], bio, transitions, last=2030)
    geoms = _change_geoms()
    acc = credits.joint_accounts(jm, geoms, AREA_IDS, iterations=0, seed=1)
    data = credits.statement(acc, options={"standard": "CCER"}, translate=lambda s: s, lang="en")
    svg = eligibility_map(jm, acc.eligible, geoms, AREA_IDS)
    legend = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    eligible = data["eligibility"]["classes"]
    assert eligible == ["2 tidal flat", "8 aquaculture ponds"]     # mangrove planting's eligible baseline
    assert all(text in legend for text in eligible), legend
    assert "4 tidal flat" not in legend and "1 mangrove" not in legend and "3 mangrove" in legend
    assert "eligible ground" in legend
    classes = ["1 open water", "2 tidal flat", "3 mangrove", "4 salt marsh", "5 seagrass", "8 aquaculture ponds"]
    assert [t for t in legend if t in classes] == classes     # in the plugin's order
