"""bluecarbon:carbonstocks end to end: qgis_process on files, models, bad input, cancel."""
import os

import numpy as np
import pytest
from pyproj import Geod, Transformer

from conftest import ROOT, make_polygons, make_raster, read_layer, run_alg, write_csv

GEOD = Geod(ellps="WGS84")
MANGROVE_TC_HA = 386 + 75 * 0.451 + 75 * 0.96 * 0.451  # soil + AGB + BGB, IPCC 2013 Tier 1 subtropical
TO_LL = Transformer.from_crs(32649, 4326, always_xy=True)
X0, Y0 = 700000.0, 2500000.0


def ring_lonlat(ring_utm):
    lon, lat = TO_LL.transform([p[0] for p in ring_utm], [p[1] for p in ring_utm])
    return list(zip(lon, lat))


def wkt_polygon(ring):
    ring = list(ring) + [ring[0]]
    return "POLYGON(({}))".format(", ".join("{!r} {!r}".format(x, y) for x, y in ring))


def geodesic_ha(ring_ll):
    lon = [p[0] for p in ring_ll]
    lat = [p[1] for p in ring_ll]
    return abs(GEOD.polygon_area_perimeter(lon, lat)[0]) / 1e4


@pytest.fixture
def mangrove_case(tmp_path):
    """A 1 km x 1 km mangrove raster in UTM 49N, and polygons in EPSG:4326 with Chinese names."""
    folder = tmp_path / "中文 路径"
    folder.mkdir()
    arr = np.full((100, 100), 3, np.uint8)
    arr[:10, :10] = 0  # a nodata corner
    raster = make_raster(folder / "生境.tif", arr, 32649, X0, Y0, 10, 10)
    inner = ring_lonlat([(X0 + 200, Y0 - 300), (X0 + 700, Y0 - 250), (X0 + 650, Y0 - 800), (X0 + 230, Y0 - 760)])
    other = ring_lonlat([(X0 + 500, Y0 - 500), (X0 + 900, Y0 - 500), (X0 + 900, Y0 - 900), (X0 + 500, Y0 - 900)])
    areas = make_polygons(folder / "项目区.gpkg", [wkt_polygon(inner), wkt_polygon(other)], 4326,
                          fields={"名称": ["湿地公园", "修复区"]})
    return folder, raster, areas, inner, other


def test_carbonstocks_on_files_with_chinese_names(mangrove_case):
    folder, raster, areas, inner, other = mangrove_case
    out = folder / "输出.gpkg"
    table = folder / "分类.csv"
    report = folder / "报告.html"
    dens = folder / "密度.tif"
    rc, res, text = run_alg("carbonstocks", {
        "HABITAT": raster, "AREAS": areas, "ID_FIELD": "名称", "OUTPUT": out, "OUTPUT_TABLE": table,
        "OUTPUT_REPORT": report, "OUTPUT_RASTER": dens, "ITERATIONS": 200, "CLIMATE_ZONE": 4})
    assert rc == 0, text
    rows = {r["名称"]: r for r in read_layer(out)}
    ha_inner, ha_other = geodesic_ha(inner), geodesic_ha(other)
    assert rows["湿地公园"]["area_ha"] == pytest.approx(ha_inner, rel=1e-4)
    assert rows["湿地公园"]["soil_tc"] == pytest.approx(ha_inner * 386, rel=1e-4)
    assert rows["湿地公园"]["stock_tco2e"] == pytest.approx(ha_inner * MANGROVE_TC_HA * 44 / 12, rel=1e-4)
    assert rows["湿地公园"]["uptake_tco2e_yr"] == pytest.approx(ha_inner * 1.62 * 44 / 12, rel=1e-4)
    assert rows["湿地公园"]["stock_tco2e_lo"] < rows["湿地公园"]["stock_tco2e"] < rows["湿地公园"]["stock_tco2e_hi"]
    assert rows["修复区"]["unmapped_ha"] == pytest.approx(0.0, abs=1e-6)
    # union: overlap counted once (its exact value is checked in the engine tests)
    assert res["OVERLAP_HA"] > 0
    assert res["TOTAL_AREA_HA"] == pytest.approx(ha_inner + ha_other - res["OVERLAP_HA"], rel=1e-6)
    assert res["TOTAL_STOCK_TC"] == pytest.approx(res["TOTAL_AREA_HA"] * MANGROVE_TC_HA, rel=1e-6)
    trows = read_layer(table)
    assert {r["area_id"] for r in trows} == {"湿地公园", "修复区"}
    assert all(int(r["class_value"]) == 3 and r["class_name"] == "mangrove" for r in trows)
    html = report.read_text(encoding="utf-8")
    for needle in ("IPCC 2013", "44/12", "<svg", "data:image/png;base64", "湿地公园", "Warnings"):
        assert needle in html
    import re
    assert re.search(r"Monte Carlo median [0-9]", html)     # medians are computed when a report shows them
    from osgeo import gdal
    d = gdal.Open(str(dens))
    a = d.GetRasterBand(1).ReadAsArray()
    assert d.GetRasterBand(1).DataType == gdal.GDT_Float32
    assert a[50, 50] == pytest.approx(MANGROVE_TC_HA, rel=1e-6)
    assert a[0, 0] == d.GetRasterBand(1).GetNoDataValue()


def test_nodata_polygon_and_missing_raster_give_zero_with_warning(tmp_path):
    arr = np.full((20, 20), 3, np.uint8)
    arr[:10, :10] = 0
    raster = make_raster(tmp_path / "r.tif", arr, 32649, X0, Y0, 10, 10)
    on_nodata = ring_lonlat([(X0 + 10, Y0 - 10), (X0 + 90, Y0 - 10), (X0 + 90, Y0 - 90), (X0 + 10, Y0 - 90)])
    away = ring_lonlat([(X0 + 5000, Y0), (X0 + 5100, Y0), (X0 + 5100, Y0 - 100), (X0 + 5000, Y0 - 100)])
    areas = make_polygons(tmp_path / "a.gpkg", [wkt_polygon(on_nodata), wkt_polygon(away)], 4326)
    out = tmp_path / "o.gpkg"
    rc, res, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "OUTPUT": out,
                                             "OUTPUT_TABLE": tmp_path / "t.csv"})
    assert rc == 0, text
    rows = read_layer(out)
    for row, ring in zip(rows, (on_nodata, away)):
        assert row["area_ha"] == 0 and row["stock_tc"] == 0
        assert row["unmapped_ha"] == pytest.approx(geodesic_ha(ring), rel=1e-3)
    assert "does not overlap any mapped pixel" in text


BAD_TABLES = {
    "not_a_table.csv": ("this is not a table\n", "none of the required columns"),
    "missing_col.csv": ("class_value,class_name,agb_tc_ha\n3,m,1\n", "lacks the column"),
    "nan.csv": ("class_value,class_name,agb_tc_ha,bgb_tc_ha,dead_tc_ha,soil_tc_ha,seq_tc_ha_yr,source\n"
                "3,m,1,1,1,abc,1,s\n", "Row 2 of the density table, column 'soil_tc_ha': 'abc' is not a number"),
    "negative.csv": ("class_value,class_name,agb_tc_ha,bgb_tc_ha,dead_tc_ha,soil_tc_ha,seq_tc_ha_yr,source\n"
                     "3,m,1,1,1,-5,1,s\n", "cannot be negative"),
    "dupe.csv": ("class_value,class_name,agb_tc_ha,bgb_tc_ha,dead_tc_ha,soil_tc_ha,seq_tc_ha_yr,source\n"
                 "3,m,1,1,1,5,1,s\n3,m,1,1,1,5,1,s\n", "appears twice"),
    "lo.csv": ("class_value,class_name,agb_tc_ha,bgb_tc_ha,dead_tc_ha,soil_tc_ha,soil_tc_ha_lo,soil_tc_ha_hi,"
               "seq_tc_ha_yr,source\n3,m,1,1,1,5,6,9,1,s\n", "is above the value"),
    "hi.csv": ("class_value,class_name,agb_tc_ha,bgb_tc_ha,dead_tc_ha,soil_tc_ha,soil_tc_ha_lo,soil_tc_ha_hi,"
               "seq_tc_ha_yr,source\n3,m,1,1,1,5,1,4,1,s\n", "is below the value"),
    "no_class.csv": ("class_value,class_name,agb_tc_ha,bgb_tc_ha,dead_tc_ha,soil_tc_ha,seq_tc_ha_yr,source\n"
                     "1,w,0,0,0,0,0,s\n", "class(es) 3 inside the areas"),
}


@pytest.mark.parametrize("name", sorted(BAD_TABLES))
def test_bad_density_tables_fail_cleanly(tmp_path, mangrove_case, name):
    folder, raster, areas, _, _ = mangrove_case
    body, message = BAD_TABLES[name]
    csv = write_csv(tmp_path / name, body)
    outs = {"OUTPUT": tmp_path / "o.gpkg", "OUTPUT_TABLE": tmp_path / "t.csv",
            "OUTPUT_REPORT": tmp_path / "r.html", "OUTPUT_RASTER": tmp_path / "d.tif"}
    rc, _, text = run_alg("carbonstocks", dict({"HABITAT": raster, "AREAS": areas, "DENSITIES": csv}, **outs))
    assert rc != 0
    assert message in text
    assert "Traceback" not in text
    assert not [p for p in outs.values() if os.path.exists(p)]


def test_bad_rasters_and_layers_fail_cleanly(tmp_path, mangrove_case):
    _, raster, areas, inner, _ = mangrove_case
    outs = {"OUTPUT": tmp_path / "o.gpkg", "OUTPUT_TABLE": tmp_path / "t.csv"}
    cases = [
        ({"HABITAT": make_raster(tmp_path / "nocrs.tif", np.ones((5, 5), np.uint8)), "AREAS": areas},
         "has no coordinate reference system"),
        ({"HABITAT": make_raster(tmp_path / "f.tif", np.ones((5, 5), np.float32), 32649, X0, Y0, 10, 10),
          "AREAS": areas}, "must hold integer class values"),
        ({"HABITAT": raster, "AREAS": make_polygons(tmp_path / "empty.gpkg", [], 4326)}, "has no features"),
        ({"HABITAT": raster, "AREAS": make_polygons(tmp_path / "nocrs.shp", [wkt_polygon(inner)], None)},
         "has no coordinate reference system"),
    ]
    for params, message in cases:
        rc, _, text = run_alg("carbonstocks", dict(params, **outs))
        assert rc != 0, message
        assert message in text, text
        assert "Traceback" not in text
        assert not [p for p in outs.values() if os.path.exists(p)]


def test_invalid_geometry_repaired_with_warning(tmp_path, mangrove_case):
    _, raster, _, _, _ = mangrove_case
    bowtie = ring_lonlat([(X0 + 100, Y0 - 100), (X0 + 300, Y0 - 300), (X0 + 300, Y0 - 100), (X0 + 100, Y0 - 300)])
    areas = make_polygons(tmp_path / "bow.gpkg", [wkt_polygon(bowtie)], 4326)
    rc, res, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "OUTPUT": tmp_path / "o.gpkg",
                                             "OUTPUT_TABLE": tmp_path / "t.csv", "ITERATIONS": 0})
    assert rc == 0, text
    assert "invalid geometry" in text
    # the repaired bow-tie is two triangles of 100 x 200 / 2 m² each ~ 2 ha in total
    assert res["TOTAL_AREA_HA"] == pytest.approx(2.0, rel=2e-3)


def test_unknown_classes_counted_as_carbon_free(tmp_path):
    arr = np.full((20, 20), 3, np.uint8)
    arr[:, 10:] = 42
    raster = make_raster(tmp_path / "r.tif", arr, 32649, X0, Y0, 10, 10)
    ring = ring_lonlat([(X0, Y0), (X0 + 200, Y0), (X0 + 200, Y0 - 200), (X0, Y0 - 200)])
    areas = make_polygons(tmp_path / "a.gpkg", [wkt_polygon(ring)], 4326)
    params = {"HABITAT": raster, "AREAS": areas, "OUTPUT": tmp_path / "o.gpkg", "OUTPUT_TABLE": tmp_path / "t.csv",
              "CLIMATE_ZONE": 4}
    rc, _, text = run_alg("carbonstocks", params)
    assert rc != 0 and "class(es) 42" in text
    rc, res, text = run_alg("carbonstocks", dict(params, UNKNOWN_CLASSES=1))
    assert rc == 0, text
    assert "42" in text and "carbon-free" in text
    half = geodesic_ha(ring) / 2
    assert res["TOTAL_AREA_HA"] == pytest.approx(2 * half, rel=1e-3)
    assert res["TOTAL_STOCK_TC"] == pytest.approx(half * MANGROVE_TC_HA, rel=1e-3)


def test_works_inside_a_model(provider, tmp_path, mangrove_case):
    """A .model3 that chains the algorithm, saved, reloaded and run through the Processing API."""
    from qgis.core import (QgsProcessingContext, QgsProcessingFeedback, QgsProcessingModelAlgorithm,
                           QgsProcessingModelChildAlgorithm, QgsProcessingModelChildParameterSource,
                           QgsProcessingModelOutput, QgsProcessingModelParameter,
                           QgsProcessingParameterFeatureSource, QgsProcessingParameterRasterLayer)
    _, raster, areas, inner, _ = mangrove_case
    model = QgsProcessingModelAlgorithm("carbon model", "tests")
    model.addModelParameter(QgsProcessingParameterRasterLayer("habitat", "habitat"),
                            QgsProcessingModelParameter("habitat"))
    model.addModelParameter(QgsProcessingParameterFeatureSource("areas", "areas"),
                            QgsProcessingModelParameter("areas"))
    child = QgsProcessingModelChildAlgorithm("bluecarbon:carbonstocks")
    child.setChildId("stocks")
    child.addParameterSources("HABITAT", [QgsProcessingModelChildParameterSource.fromModelParameter("habitat")])
    child.addParameterSources("AREAS", [QgsProcessingModelChildParameterSource.fromModelParameter("areas")])
    child.addParameterSources("ITERATIONS", [QgsProcessingModelChildParameterSource.fromStaticValue(50)])
    out = QgsProcessingModelOutput("carbon", "carbon")
    out.setChildOutputName("OUTPUT")
    table = QgsProcessingModelOutput("table", "table")
    table.setChildOutputName("OUTPUT_TABLE")
    child.setModelOutputs({"carbon": out, "table": table})
    model.addChildAlgorithm(child)
    path = str(tmp_path / "carbon.model3")
    assert model.toFile(path)
    loaded = QgsProcessingModelAlgorithm()
    assert loaded.fromFile(path)
    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()
    results, ok = loaded.run({"habitat": raster, "areas": areas, "stocks:carbon": str(tmp_path / "m.gpkg"),
                              "stocks:table": str(tmp_path / "m.csv")}, context, feedback)
    assert ok
    rows = read_layer(tmp_path / "m.gpkg")
    assert rows[0]["area_ha"] == pytest.approx(geodesic_ha(inner), rel=1e-4)
    assert results["stocks:carbon"]


def test_cancel_leaves_no_output(provider, tmp_path, mangrove_case):
    from qgis import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    _, raster, areas, _, _ = mangrove_case

    class CancelOnProgress(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.progressChanged.connect(lambda p: self.cancel() if p > 0 else None)

    outs = {"OUTPUT": str(tmp_path / "o.gpkg"), "OUTPUT_TABLE": str(tmp_path / "t.csv"),
            "OUTPUT_RASTER": str(tmp_path / "d.tif"), "OUTPUT_REPORT": str(tmp_path / "r.html")}
    with pytest.raises(QgsProcessingException, match="canceled"):
        processing.run("bluecarbon:carbonstocks", dict({"HABITAT": raster, "AREAS": areas}, **outs),
                       feedback=CancelOnProgress())
    assert not [p for p in outs.values() if os.path.exists(p)]


def test_demo_sample_data_runs(tmp_path):
    rc, res, text = run_alg("carbonstocks", {
        "HABITAT": os.path.join(ROOT, "sample_data", "habitat_demo.tif"),
        "AREAS": os.path.join(ROOT, "sample_data", "project_areas.gpkg"), "ID_FIELD": "site_id",
        "OUTPUT": tmp_path / "o.gpkg", "OUTPUT_TABLE": tmp_path / "t.csv", "ITERATIONS": 100})
    assert rc == 0, text
    assert res["TOTAL_AREA_HA"] > 100 and res["OVERLAP_HA"] > 0 and res["TOTAL_UNMAPPED_HA"] > 0


def test_many_areas_get_one_climate_zone_summary_and_one_tropic_warning(tmp_path):
    """12 areas near 22.6° N (UTM 49N): the log sums the zones up in one line and gives one warning naming the
    areas near the tropic, instead of two lines per area; each area's zone is in the output field."""
    raster = make_raster(tmp_path / "r.tif", np.full((100, 100), 3, np.uint8), 32649, X0, Y0, 10, 10)
    rings = [ring_lonlat([(X0 + 80 * k + 5, Y0 - 5), (X0 + 80 * k + 60, Y0 - 5), (X0 + 80 * k + 60, Y0 - 60),
                          (X0 + 80 * k + 5, Y0 - 60)]) for k in range(12)]
    areas = make_polygons(tmp_path / "a.gpkg", [wkt_polygon(r) for r in rings], 4326)
    out = tmp_path / "o.gpkg"
    rc, res, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "OUTPUT": out})
    assert rc == 0, text
    lats = [sum(p[1] for p in r) / len(r) for r in rings]
    assert "Climate zones of the 12 areas (centre latitudes {:.2f}° to {:.2f}°): tropical wet 12.".format(
        min(lats), max(lats)) in text
    assert text.count("lies within 3° of the tropic") == 0
    assert text.count("12 areas lie within 3° of the tropic (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …)") == 1
    assert "centre at latitude" not in text
    assert {row["climate_zone"] for row in read_layer(out)} == {"tropical_wet"}
