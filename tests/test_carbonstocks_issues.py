"""bluecarbon:carbonstocks through qgis_process: country densities, climate zones, uptake basis, the reference
sample, optional outputs, clear refusals, and the report's map in QtWebKit."""
import csv
import os

import numpy as np
import pytest
from pyproj import Geod

from conftest import make_polygons, make_raster, read_layer, run_alg

GEOD = Geod(ellps="WGS84")
CHN_TC_HA = 31.60 + 25.61 + 236.36


def square(lon0, lat0, d):
    ring = [(lon0, lat0), (lon0 + d, lat0), (lon0 + d, lat0 - d), (lon0, lat0 - d)]
    wkt = "POLYGON(({}))".format(", ".join("{!r} {!r}".format(x, y) for x, y in ring + [ring[0]]))
    lon = [p[0] for p in ring]
    lat = [p[1] for p in ring]
    return wkt, abs(GEOD.polygon_area_perimeter(lon, lat)[0]) / 1e4


def mangrove_scene(folder, lat, cls=3):
    """A geographic all-mangrove raster around (110 E, lat) and one polygon inside it."""
    arr = np.full((50, 50), cls, np.uint8)
    raster = make_raster(folder / "m_{}.tif".format(lat), arr, 4326, 110.0, lat + 0.005, 0.0002, 0.0002)
    wkt, ha = square(110.001, lat + 0.004, 0.006)
    areas = make_polygons(folder / "a_{}.gpkg".format(lat), [wkt], 4326, fields={"name": ["A"]})
    return raster, areas, ha


def test_country_by_code_english_and_chinese_name(tmp_path):
    raster, areas, ha = mangrove_scene(tmp_path, 25.0)
    totals = []
    for i, country in enumerate(("CHN", "China", "中国")):
        rc, res, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "COUNTRY": country,
                                                 "OUTPUT": tmp_path / "o{}.gpkg".format(i),
                                                 "OUTPUT_TABLE": tmp_path / "t{}.csv".format(i), "ITERATIONS": 0})
        assert rc == 0, text
        totals.append(res["TOTAL_STOCK_TCO2E"])
        rows = list(csv.DictReader(open(tmp_path / "t{}.csv".format(i), encoding="utf-8")))
        assert rows[0]["density_source"].startswith("CHN China")
    assert totals[0] == totals[1] == totals[2]
    assert totals[0] / ha == pytest.approx(CHN_TC_HA * 44 / 12, rel=1e-3)
    # without COUNTRY: Tier 1 subtropical at 25 N
    rc, res, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "OUTPUT": tmp_path / "x.gpkg",
                                             "ITERATIONS": 0})
    assert rc == 0, text
    assert res["TOTAL_STOCK_TC"] / ha == pytest.approx(386 + 75 * 0.451 * 1.96, rel=1e-3)


def test_unknown_country_gives_the_closest_names_and_no_output(tmp_path):
    raster, areas, _ = mangrove_scene(tmp_path, 25.0)
    out = tmp_path / "o.gpkg"
    rc, _, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "COUNTRY": "Chnia", "OUTPUT": out})
    assert rc != 0 and "Unknown country 'Chnia'" in text and "China" in text
    assert "Traceback" not in text and not out.exists()


def test_climate_zone_follows_latitude(tmp_path):
    per_ha = {}
    for lat in (18.0, 25.0):
        raster, areas, ha = mangrove_scene(tmp_path, lat)
        out = tmp_path / "o{}.gpkg".format(lat)
        rc, res, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "OUTPUT": out, "ITERATIONS": 0})
        assert rc == 0, text
        row = read_layer(out)[0]
        per_ha[lat] = (row["agb_tc"] / ha, row["bgb_tc"] / ha, row["climate_zone"])
    assert per_ha[18.0][0] == pytest.approx(192 * 0.451, rel=1e-3)          # tropical wet, Table 4.3
    assert per_ha[18.0][1] == pytest.approx(192 * 0.451 * 0.49, rel=1e-3)   # root:shoot 0.49
    assert per_ha[18.0][2] == "tropical_wet"
    assert per_ha[25.0][0] == pytest.approx(75 * 0.451, rel=1e-3)
    assert per_ha[25.0][1] == pytest.approx(75 * 0.451 * 0.96, rel=1e-3)
    assert per_ha[25.0][2] == "subtropical"


def test_zone_near_the_tropic_is_warned_and_explicit_zone_wins(tmp_path):
    raster, areas, ha = mangrove_scene(tmp_path, 21.5)       # Zhanjiang / Shankou latitude
    rc, res, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "OUTPUT": tmp_path / "a.gpkg",
                                             "ITERATIONS": 0})
    assert rc == 0, text
    assert "within 3° of the tropic" in text and "tropical wet" in text
    rc, res, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "OUTPUT": tmp_path / "b.gpkg",
                                             "ITERATIONS": 0, "CLIMATE_ZONE": 4})
    assert rc == 0, text
    assert res["TOTAL_STOCK_TC"] / ha == pytest.approx(386 + 75 * 0.451 * 1.96, rel=1e-3)
    assert "within 3° of the tropic" not in text


def test_uptake_basis_ipcc_on_restored_half(tmp_path):
    raster, areas, ha = mangrove_scene(tmp_path, 25.0)
    half_wkt = "POLYGON((110.001 25.004, 110.004 25.004, 110.004 24.998, 110.001 24.998, 110.001 25.004))"
    restored = make_polygons(tmp_path / "r.gpkg", [half_wkt], 4326)
    base = {"HABITAT": raster, "AREAS": areas, "ITERATIONS": 0}
    rc, r0, text = run_alg("carbonstocks", dict(base, OUTPUT=tmp_path / "a.gpkg"))
    assert rc == 0, text
    rc, r1, text = run_alg("carbonstocks", dict(base, OUTPUT=tmp_path / "b.gpkg", UPTAKE_BASIS=1,
                                                RESTORED=restored, OUTPUT_REPORT=tmp_path / "r.html"))
    assert rc == 0, text
    assert r1["TOTAL_UPTAKE_TCO2E_YR"] == pytest.approx(r0["TOTAL_UPTAKE_TCO2E_YR"] / 2, rel=2e-3)
    assert r1["TOTAL_STOCK_TC"] == pytest.approx(r0["TOTAL_STOCK_TC"])
    assert "IPCC 2013 Tier 1 basis" in (tmp_path / "r.html").read_text(encoding="utf-8")
    rc, _, text = run_alg("carbonstocks", dict(base, OUTPUT=tmp_path / "c.gpkg", UPTAKE_BASIS=1))
    assert rc != 0 and "RESTORED" in text and "Traceback" not in text


def write_points(path, xy, labels, epsg=4326):
    from osgeo import ogr, osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("ref", srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("ref_class", ogr.OFTInteger))
    for (x, y), lab in zip(xy, labels):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("ref_class", lab)
        f.SetGeometry(ogr.CreateGeometryFromWkt("POINT({!r} {!r})".format(x, y)))
        lyr.CreateFeature(f)
    ds = None
    return str(path)


def test_reference_sample_adjusts_areas_end_to_end(tmp_path):
    raster, areas, ha = mangrove_scene(tmp_path, 25.0)
    # 10 points on the mangrove map: 8 reference mangrove, 2 reference salt marsh
    xy = [(110.002 + 0.0004 * i, 25.0) for i in range(10)]
    ref = write_points(tmp_path / "ref.gpkg", xy, [3] * 8 + [4] * 2)
    out, table = tmp_path / "o.gpkg", tmp_path / "t.csv"
    rc, res, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "REFERENCE": ref,
                                             "REF_FIELD": "ref_class", "OUTPUT": out, "OUTPUT_TABLE": table,
                                             "ITERATIONS": 2000, "ADAPTIVE": False})
    assert rc == 0, text
    rows = {int(r["class_value"]): r for r in csv.DictReader(open(table, encoding="utf-8"))}
    assert float(rows[3]["adjusted_ha"]) == pytest.approx(0.8 * ha, rel=1e-3)
    assert float(rows[4]["adjusted_ha"]) == pytest.approx(0.2 * ha, rel=1e-3)   # present by the sample only
    assert float(rows[4]["area_ha"]) == 0
    row = read_layer(out)[0]
    expect = (0.8 * ha * (386 + 75 * 0.451 * 1.96) + 0.2 * ha * 255) * 44 / 12
    assert row["stock_tco2e_adj"] == pytest.approx(expect, rel=1e-3)
    assert row["stock_tco2e_adj_lo"] <= row["stock_tco2e_adj"] <= row["stock_tco2e_adj_hi"]
    assert row["uptake_tco2e_yr_adj_lo"] <= row["uptake_tco2e_yr_adj"] <= row["uptake_tco2e_yr_adj_hi"]
    assert res["TOTAL_STOCK_TCO2E_ADJ"] == pytest.approx(expect, rel=1e-3)


def test_headless_with_required_inputs_only_and_polygon_ha(tmp_path):
    raster, areas, ha = mangrove_scene(tmp_path, 25.0)
    out = tmp_path / "o.gpkg"
    rc, res, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "OUTPUT": out})
    assert rc == 0, text
    assert res["MC_ITERATIONS"] >= 10000 and "draws" in text
    row = read_layer(out)[0]
    assert row["polygon_ha"] == pytest.approx(ha, rel=1e-4)
    assert row["area_ha"] + row["unmapped_ha"] == pytest.approx(row["polygon_ha"], rel=1e-12)
    assert row["stock_tco2e_lo"] <= row["stock_tco2e"] <= row["stock_tco2e_hi"]
    assert row["stock_tco2e_adj"] is None
    written = sorted(f for f in os.listdir(tmp_path) if not f.endswith(".aux.xml"))
    assert written == sorted(os.path.basename(p) for p in (raster, areas, out))   # no table, raster, report


def test_missing_id_field_and_missing_folder_are_explained(tmp_path):
    raster, areas, _ = mangrove_scene(tmp_path, 25.0)
    rc, _, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "ID_FIELD": "nope",
                                           "OUTPUT": tmp_path / "o.gpkg"})
    assert rc != 0 and "has no field nope" in text and "KeyError" not in text
    missing = tmp_path / "no_such_folder"
    rc, _, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "OUTPUT": tmp_path / "o.gpkg",
                                           "OUTPUT_REPORT": missing / "r.html"})
    assert rc != 0 and str(missing) in text and "does not exist" in text and "Traceback" not in text
    assert not (tmp_path / "o.gpkg").exists()


def test_zero_total_is_explained(tmp_path):
    raster, _, _ = mangrove_scene(tmp_path, 25.0)
    wkt, _ = square(120.0, 30.0, 0.01)      # far from the raster
    areas = make_polygons(tmp_path / "far.gpkg", [wkt], 4326)
    rc, res, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "OUTPUT": tmp_path / "o.gpkg"})
    assert rc == 0, text
    assert res["TOTAL_STOCK_TC"] == 0 and "No mapped habitat lies inside any area" in text


def test_report_map_renders_in_qtwebkit(tmp_path, qgis_app):
    arr = np.full((50, 50), 3, np.uint8)
    arr[:, 25:] = 5
    raster = make_raster(tmp_path / "m.tif", arr, 4326, 110.0, 25.005, 0.0002, 0.0002)
    wkt, _ = square(110.001, 25.004, 0.008)
    areas = make_polygons(tmp_path / "a.gpkg", [wkt], 4326, fields={"name": ["区A"]})
    report = tmp_path / "r.html"
    rc, _, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "ID_FIELD": "name",
                                           "OUTPUT": tmp_path / "o.gpkg", "OUTPUT_REPORT": report, "ITERATIONS": 0})
    assert rc == 0, text
    html = report.read_text(encoding="utf-8")
    assert 'xlink:href="data:image/png;base64,' in html and "区A</text>" in html
    from qgis.PyQt.QtCore import QEventLoop, QSize, QUrl
    from qgis.PyQt.QtGui import QImage, QPainter
    from qgis.PyQt.QtWebKitWidgets import QWebPage
    page = QWebPage()
    loop = QEventLoop()
    page.mainFrame().loadFinished.connect(lambda ok: loop.quit())
    page.mainFrame().setHtml(html, QUrl.fromLocalFile(str(tmp_path) + "/"))
    loop.exec_()
    size = page.mainFrame().contentsSize()
    page.setViewportSize(QSize(max(size.width(), 800), size.height()))
    img = QImage(page.viewportSize(), QImage.Format_RGB32)
    painter = QPainter(img)
    page.mainFrame().render(painter)
    painter.end()
    img.save(str(tmp_path / "report.png"))
    colours = set()
    for y in range(0, img.height(), 3):
        for x in range(0, img.width(), 3):
            c = img.pixelColor(x, y)
            colours.add((c.red(), c.green(), c.blue()))
    assert (0x1b, 0x7a, 0x3a) in colours      # mangrove
    assert (0x2b, 0xb3, 0xa3) in colours      # seagrass
