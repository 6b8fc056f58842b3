"""bluecarbon:samplingdesign and bluecarbon:accuracyassessment end to end."""
import os

import numpy as np
import pytest
from osgeo import ogr

from conftest import make_polygons, make_raster, read_layer, run_alg, run_in_model

X0, Y0 = 500000.0, 2500000.0


@pytest.fixture
def class_map(tmp_path):
    arr = np.full((200, 200), 1, np.uint8)
    arr[50:100, 50:100] = 3   # 2,500 px mangrove
    arr[150:160, 0:200] = 5   # 2,000 px seagrass
    arr[0:5, :] = 0           # nodata
    return make_raster(tmp_path / "地图.tif", arr, 32650, X0, Y0, 10, 10), arr


def label_points(path, truth, layer=0, swap_every=0):
    """Fill ref_class from the true map; with swap_every=k, every k-th point gets a wrong label."""
    ds = ogr.Open(str(path), 1)
    lyr = ds.GetLayer(layer)
    for i, f in enumerate(lyr):
        g = f.GetGeometryRef()
        col, row = int((g.GetX() - X0) // 10), int((Y0 - g.GetY()) // 10)
        value = int(truth[row, col])
        if swap_every and i % swap_every == 0:
            value = 1 if value != 1 else 3
        f.SetField("ref_class", value)
        lyr.SetFeature(f)
    ds = None


def test_sampling_design_then_assessment(tmp_path, class_map):
    raster, arr = class_map
    sample = tmp_path / "样本.gpkg"
    rc, res, text = run_alg("samplingdesign", {"INPUT": raster, "TARGET_SE": 0.02, "MIN_PER_CLASS": 30,
                                               "SEED": 3, "OUTPUT": sample})
    assert rc == 0, text
    rows = read_layer(sample)
    assert res["SAMPLE_SIZE_DRAWN"] == len(rows)
    by_class = {c: sum(1 for r in rows if r["map_class"] == c) for c in (1, 3, 5)}
    assert min(by_class.values()) >= 30
    assert all(r["ref_class"] is None for r in rows)
    # same seed, same sample
    rc, _, _ = run_alg("samplingdesign", {"INPUT": raster, "TARGET_SE": 0.02, "MIN_PER_CLASS": 30, "SEED": 3,
                                          "OUTPUT": tmp_path / "again.gpkg"})
    assert [(r["map_class"], r["sample_id"]) for r in read_layer(tmp_path / "again.gpkg")] == \
        [(r["map_class"], r["sample_id"]) for r in rows]

    # a perfect map: accuracy 1, adjusted areas equal the mapped (ellipsoidal) areas
    label_points(sample, arr)
    out, matrix, report = tmp_path / "acc.csv", tmp_path / "matrix.csv", tmp_path / "报告.html"
    rc, res, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": sample, "REF_FIELD": "ref_class",
                                                   "OUTPUT": out, "OUTPUT_MATRIX": matrix, "OUTPUT_REPORT": report})
    assert rc == 0, text
    assert res["OVERALL_ACCURACY"] == pytest.approx(1.0)
    acc = {int(r["class_value"]): r for r in read_layer(out)}
    for c in (1, 3, 5):
        assert float(acc[c]["adjusted_ha"]) == pytest.approx(float(acc[c]["mapped_ha"]), rel=1e-6)
        assert float(acc[c]["users_accuracy"]) == 1.0
    # mapped areas are ellipsoidal: 2,500 px of 100 m² on UTM 50's central meridian, where the scale is k0 = 0.9996
    assert float(acc[3]["mapped_ha"]) == pytest.approx(2500 * 100 / 1e4 / 0.9996 ** 2, rel=1e-4)
    html = report.read_text(encoding="utf-8")
    assert "Olofsson" in html and "<svg" in html


def test_assessment_with_errors_matches_hand_formula(tmp_path, class_map):
    raster, arr = class_map
    sample = tmp_path / "s.gpkg"
    run_alg("samplingdesign", {"INPUT": raster, "MIN_PER_CLASS": 40, "SAMPLE_SIZE": 150, "SEED": 1, "OUTPUT": sample})
    label_points(sample, arr, swap_every=7)
    rows = read_layer(sample)
    rc, res, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": sample, "REF_FIELD": "ref_class",
                                                   "OUTPUT": tmp_path / "a.csv", "OUTPUT_MATRIX": tmp_path / "m.csv"})
    assert rc == 0, text
    # by hand: O = Σ_i W_i n_ii / n_i.
    mapped = {1: float((arr == 1).sum()), 3: 2500.0, 5: 2000.0}
    total = sum(mapped.values())
    oa = 0.0
    for c in (1, 3, 5):
        n_i = [r for r in rows if r["map_class"] == c]
        oa += mapped[c] / total * sum(1 for r in n_i if r["ref_class"] == c) / len(n_i)
    assert res["OVERALL_ACCURACY"] == pytest.approx(oa, rel=1e-4)  # pixel areas equal here up to 1e-5
    assert 0 < res["OVERALL_ACCURACY_CI95"] < 0.2


def test_assessment_bad_input(tmp_path, class_map):
    raster, arr = class_map
    pts = make_polygons(tmp_path / "p.gpkg", ["POINT({} {})".format(X0 + 505, Y0 - 505),
                                              "POINT({} {})".format(X0 + 99999, Y0 - 505),
                                              "POINT({} {})".format(X0 + 5, Y0 - 5)], 32650,
                        fields={"ref_class": ["3", "1", "1"]})
    outs = {"OUTPUT": tmp_path / "a.csv", "OUTPUT_MATRIX": tmp_path / "m.csv"}
    rc, res, text = run_alg("accuracyassessment", dict({"INPUT": raster, "REFERENCE": pts, "REF_FIELD": "ref_class"},
                                                       **outs))
    assert rc == 0, text
    assert "2 reference point(s) fall outside the map or on nodata" in text
    assert "single reference sample" in text
    bad = make_polygons(tmp_path / "bad.gpkg", ["POINT({} {})".format(X0 + 505, Y0 - 505)], 32650,
                        fields={"ref_class": ["mangrove"]})
    for p in outs.values():
        if os.path.exists(p):
            os.remove(p)
    rc, _, text = run_alg("accuracyassessment", dict({"INPUT": raster, "REFERENCE": bad, "REF_FIELD": "ref_class"},
                                                     **outs))
    assert rc != 0 and "is not a whole number" in text and "Traceback" not in text
    assert not [p for p in outs.values() if os.path.exists(p)]
    empty = make_polygons(tmp_path / "e.gpkg", ["POINT({} {})".format(X0 + 505, Y0 - 505)], 32650,
                          fields={"ref_class": [None]})
    rc, _, text = run_alg("accuracyassessment", dict({"INPUT": raster, "REFERENCE": empty, "REF_FIELD": "ref_class"},
                                                     **outs))
    assert rc != 0 and "No reference point is labelled" in text


def test_reference_points_in_another_crs(tmp_path, class_map):
    from pyproj import Transformer
    raster, arr = class_map
    to_ll = Transformer.from_crs(32650, 4326, always_xy=True)
    pts = []
    for x, y in [(X0 + 505, Y0 - 505), (X0 + 515, Y0 - 525), (X0 + 755, Y0 - 755), (X0 + 705, Y0 - 655),
                 (X0 + 1005, Y0 - 1555), (X0 + 45, Y0 - 1535)]:
        lon, lat = to_ll.transform(x, y)
        pts.append("POINT({!r} {!r})".format(lon, lat))
    ref = make_polygons(tmp_path / "ll.gpkg", pts, 4326, fields={"ref_class": ["3", "3", "3", "3", "5", "5"]})
    rc, res, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": ref, "REF_FIELD": "ref_class",
                                                   "OUTPUT": tmp_path / "a.csv", "OUTPUT_MATRIX": tmp_path / "m.csv"})
    assert rc == 0, text
    assert "reprojected" in text
    m = {int(r["map_class"]): r for r in read_layer(tmp_path / "m.csv")}
    assert int(m[3]["n_3"]) == 4 and int(m[5]["n_5"]) == 2


def test_sampling_and_assessment_in_models(provider, tmp_path, class_map):
    raster, arr = class_map
    res = run_in_model("bluecarbon:samplingdesign", {"INPUT": raster, "MIN_PER_CLASS": 20, "SAMPLE_SIZE": 80},
                       {"OUTPUT": tmp_path / "s.gpkg"}, tmp_path)
    assert res
    label_points(tmp_path / "s.gpkg", arr)
    res = run_in_model("bluecarbon:accuracyassessment",
                       {"INPUT": raster, "REFERENCE": str(tmp_path / "s.gpkg"), "REF_FIELD": "ref_class"},
                       {"OUTPUT": tmp_path / "a.csv", "OUTPUT_MATRIX": tmp_path / "m.csv"}, tmp_path)
    assert len(read_layer(tmp_path / "a.csv")) == 3
