"""bluecarbon:transitionmap through qgis_process and the model builder, and its cleaned maps read by
bluecarbon:carbonchange."""
import csv
import os

import numpy as np
import pytest
from osgeo import gdal
from pyproj import Geod

from conftest import make_polygons, make_raster, qgis_process, run_alg, run_in_model, write_csv
from test_carbonchange_alg import AREAS_4326, OWN

GEOD = Geod(ellps="WGS84")
YEARS = (2005, 2012, 2018, 2024)


def read(path):
    return gdal.Open(str(path)).ReadAsArray()


def table_rows(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def own_maps():
    return [read(os.path.join(OWN, "lulc_{}.tif".format(y))) for y in YEARS]


def cleaned_by_hand(maps, nodata, least, temporal=True):
    """The two rules on whole arrays (scipy labels the whole raster at once): the reference."""
    from scipy import ndimage

    maps = [m.copy() for m in maps]
    valid = [m != nodata for m in maps]
    if temporal:
        for k in range(1, len(maps) - 1):
            flip = valid[k - 1] & valid[k] & valid[k + 1] & (maps[k - 1] == maps[k + 1]) & (maps[k] != maps[k - 1])
            maps[k][flip] = maps[k - 1][flip]
    for k in range(1, len(maps)):
        changed = valid[k - 1] & valid[k] & (maps[k - 1] != maps[k])
        labels, _ = ndimage.label(changed, structure=np.ones((3, 3)))
        small = changed & (np.bincount(labels.ravel())[labels] < least)
        maps[k][small] = maps[k - 1][small]
    return maps


def test_only_required_inputs_and_the_main_output(tmp_path):
    """Two layers with their years and the transition map: values are the sorted pairs, numbered from 1."""
    first, last = own_maps()[0], own_maps()[-1]
    proc = qgis_process("run", "bluecarbon:transitionmap", "--json", "--",
                        "SNAPSHOTS=" + os.path.join(OWN, "lulc_2005.tif"),
                        "SNAPSHOTS=" + os.path.join(OWN, "lulc_2024.tif"), "SNAPSHOT_YEARS=2005, 2024",
                        "OUTPUT=" + str(tmp_path / "t.tif"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    ok = (first != 255) & (last != 255)
    pairs = sorted(set(zip(first[ok].tolist(), last[ok].tolist())))
    expected = np.zeros(first.shape, int)
    for v, (f, t) in enumerate(pairs, start=1):
        expected[ok & (first == f) & (last == t)] = v
    np.testing.assert_array_equal(read(tmp_path / "t.tif"), expected)
    rows = list(csv.DictReader(open(tmp_path / "t.csv", encoding="utf-8")))
    assert [(int(r["from_class"]), int(r["to_class"])) for r in rows] == pairs
    assert sorted(os.listdir(tmp_path)) == ["t.csv", "t.qml", "t.tif"]


def test_cleaning_areas_and_report(tmp_path):
    """Four dates, both rules, two areas in EPSG:4326 named in Chinese: the cleaned maps are the reference
    cleaning's; each area's rows add up to its geodesic area; the log and the report give the counts."""
    areas = make_polygons(tmp_path / "areas.gpkg", AREAS_4326, epsg=4326, fields={"名称": ["北区", "南区"]})
    code, res, text = run_alg("transitionmap", {
        "SNAPSHOT_TABLE": os.path.join(OWN, "snapshots.csv"), "MIN_CHANGE_PIXELS": 4, "AREAS": areas,
        "ID_FIELD": "名称", "OUTPUT": str(tmp_path / "变化.tif"), "OUTPUT_CLEANED": str(tmp_path / "cleaned"),
        "OUTPUT_TABLE": str(tmp_path / "areas.csv"), "OUTPUT_REPORT": str(tmp_path / "报告.html")})
    assert code == 0, text
    expected = cleaned_by_hand(own_maps(), 255, 4)
    for y, m in zip(YEARS, expected):
        np.testing.assert_array_equal(read(tmp_path / "cleaned" / "snapshot_{}.tif".format(y)), m)
    raw = own_maps()
    temporal = [int(((a != b)).sum()) for a, b in zip(raw, cleaned_by_hand(raw, 255, 0))]
    assert res["TEMPORAL_PIXELS"] == sum(temporal) > 0
    assert res["MMU_PIXELS"] > 0
    assert "Temporal rule (A → B → A: the middle date gets A): applied; pixels changed per date: 2005 0, " \
           "2012 {}, 2018 {}, 2024 0.".format(temporal[1], temporal[2]) in text
    assert res["CLEANED_SNAPSHOT_TABLE"] == str(tmp_path / "cleaned" / "snapshots.csv")
    rows = table_rows(tmp_path / "areas.csv")
    assert list(rows[0]) == ["area_id", "value", "from_class", "to_class", "change", "label", "area_ha"]
    by_area = {}
    for r in rows:
        by_area.setdefault(r["area_id"], []).append(r)
    assert list(by_area) == ["whole raster", "北区", "南区"]
    for name, wkt in zip(("北区", "南区"), AREAS_4326):
        lon, lat = zip(*[map(float, p.split()) for p in wkt[9:-2].split(", ")])
        geodesic_ha = abs(GEOD.polygon_area_perimeter(lon, lat)[0]) / 1e4
        assert sum(float(r["area_ha"]) for r in by_area[name]) == pytest.approx(geodesic_ha, rel=1e-4)
    change_ha = sum(float(r["area_ha"]) for r in by_area["whole raster"] if r["change"] == "1")
    assert res["CHANGE_HA"] == pytest.approx(change_ha, rel=1e-6)
    html = (tmp_path / "报告.html").read_text(encoding="utf-8")
    assert "A → B → A" in html and "北区" in html and "8-connected" in html
    assert os.path.exists(tmp_path / "变化.qml") and os.path.exists(tmp_path / "变化.csv")


def test_cleaned_maps_feed_carbonchange(tmp_path):
    """The cleaned maps' snapshot table is carbonchange's SNAPSHOT_TABLE as it is; the area carbonchange
    accounts for is the area the transition map gives a transition (its own area code against the zonal
    code)."""
    code, res, text = run_alg("transitionmap", {
        "SNAPSHOT_TABLE": os.path.join(OWN, "snapshots.csv"), "MIN_CHANGE_PIXELS": 3,
        "OUTPUT": str(tmp_path / "t.tif"), "OUTPUT_CLEANED": str(tmp_path / "c"),
        "OUTPUT_TABLE": str(tmp_path / "a.csv")})
    assert code == 0, text
    # every pair the cleaned maps may show gets a transition (the own table leaves some empty)
    lines = open(os.path.join(OWN, "transitions.csv"), encoding="utf-8").read().splitlines()
    full = [lines[0]] + [",".join(c if c or i == 0 else "NCC" for i, c in enumerate(line.split(",")))
                         for line in lines[1:]]
    table = write_csv(tmp_path / "transitions.csv", "\n".join(full) + "\n")
    code, cres, text = run_alg("carbonchange", {
        "SNAPSHOT_TABLE": res["CLEANED_SNAPSHOT_TABLE"], "BIOPHYSICAL": os.path.join(OWN, "biophysical.csv"),
        "TRANSITIONS": table, "OUTPUT_FOLDER": str(tmp_path / "cc"), "OUTPUT_TABLE": str(tmp_path / "cc.csv")})
    assert code == 0, text
    assert "Snapshots 2005, 2012, 2018, 2024" in text
    mapped = sum(float(r["area_ha"]) for r in table_rows(tmp_path / "a.csv") if int(r["value"]) > 0
                 and r["area_id"] == "whole raster")
    change_rows = table_rows(tmp_path / "cc.csv")
    assert float(change_rows[0]["area_ha"]) == pytest.approx(mapped, abs=1e-6 * 40)  # both rounded to 1e-6 ha
    assert os.path.exists(tmp_path / "cc" / "carbon-stock-at-2024.tif")


def test_in_model_builder(tmp_path, provider):
    results = run_in_model("bluecarbon:transitionmap", {"SNAPSHOT_TABLE": os.path.join(OWN, "snapshots.csv"),
                                                        "MIN_CHANGE_PIXELS": 2},
                           {"OUTPUT": tmp_path / "m.tif", "OUTPUT_TABLE": tmp_path / "m_areas.csv"}, tmp_path)
    assert os.path.exists(tmp_path / "m.tif") and os.path.exists(tmp_path / "m_areas.csv")
    assert any(k.endswith("output") for k in results)


def test_int16_codes_and_no_plugin_names(tmp_path):
    kw = dict(epsg=32650, dx=30, dy=30, nodata=-9999)
    a = make_raster(tmp_path / "a.tif", np.array([[10, 10, 20], [20, 30, -9999]], np.int16), **kw)
    b = make_raster(tmp_path / "b.tif", np.array([[10, 20, 20], [30, 30, 10]], np.int16), **kw)
    code, res, text = run_alg("transitionmap", {"SNAPSHOTS": [a, b], "SNAPSHOT_YEARS": "2000,2010",
                                                "OUTPUT": str(tmp_path / "t.tif")})
    assert code == 0, text
    np.testing.assert_array_equal(read(tmp_path / "t.tif"), [[1, 2, 3], [4, 5, 0]])
    labels = [r["label"] for r in csv.DictReader(open(tmp_path / "t.csv", encoding="utf-8"))]
    assert labels == ["10 → 10", "10 → 20", "20 → 20", "20 → 30", "30 → 30"]
    assert res["TRANSITIONS"] == 5
