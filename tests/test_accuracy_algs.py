"""bluecarbon:samplingdesign and bluecarbon:accuracyassessment end to end."""
import os

import numpy as np
import pytest
from osgeo import ogr

from conftest import make_polygons, make_raster, qgis_env, read_layer, run_alg, run_in_model

X0, Y0 = 500000.0, 2500000.0


@pytest.fixture
def class_map(tmp_path):
    arr = np.full((200, 200), 1, np.uint8)
    arr[50:100, 50:100] = 3   # 2,500 px mangrove
    arr[150:160, 0:200] = 5   # 2,000 px seagrass
    arr[0:5, :] = 0           # nodata
    return make_raster(tmp_path / "地图.tif", arr, 32650, X0, Y0, 10, 10), arr


def label_points(path, truth, layer=0, swap_every=0, x0=X0, y0=Y0, size=10):
    """Fill ref_class from the true map; with swap_every=k, every k-th point gets a wrong label."""
    ds = ogr.Open(str(path), 1)
    lyr = ds.GetLayer(layer)
    for i, f in enumerate(lyr):
        g = f.GetGeometryRef()
        col, row = int((g.GetX() - x0) // size), int((y0 - g.GetY()) // size)
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
    # 1 of 1 correct in every class: Olofsson's half-width 0 is kept, flagged, and the Wilson interval given
    for c in (1, 3, 5):
        n = by_class[c]
        assert float(acc[c]["users_accuracy_ci95"]) == 0.0 and acc[c]["ci_note"] == "zero_width"
        assert float(acc[c]["users_wilson_lo"]) == pytest.approx(n / (n + 1.96 ** 2))  # Wilson at p = 1
        assert float(acc[c]["users_wilson_hi"]) == 1.0
    assert "Wilson 95% interval" in text and "⚑" in html


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
    assert rc != 0 and "No reference point is labelled: the field ref_class is empty in all 1 points" in text


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


def test_assessment_headless_with_main_output_only(tmp_path, class_map):
    raster, arr = class_map
    sample = tmp_path / "s.gpkg"
    rc, _, text = run_alg("samplingdesign", {"INPUT": raster, "SAMPLE_SIZE": 90, "MIN_PER_CLASS": 30,
                                             "OUTPUT": sample})
    assert rc == 0, text
    label_points(sample, arr, swap_every=5)
    out = tmp_path / "only" / "acc.csv"
    out.parent.mkdir()
    rc, res, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": sample, "OUTPUT": out})
    assert rc == 0, text
    assert os.listdir(out.parent) == ["acc.csv"] and len(read_layer(out)) == 3


def test_assessment_refuses_polygons_and_leaves_no_partial_output(tmp_path, class_map):
    raster, arr = class_map
    polys = make_polygons(tmp_path / "areas.shp", ["POLYGON(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(
        X0, Y0 - 1000, X0 + 1000, Y0)], 32650, fields={"name": ["A"]})
    out, matrix = tmp_path / "a.csv", tmp_path / "m.csv"
    rc, _, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": polys, "OUTPUT": out,
                                                 "OUTPUT_MATRIX": matrix})
    assert rc != 0 and "Traceback" not in text and "KeyError" not in text
    assert "holds Polygon, not points" in text
    assert not out.exists() and not matrix.exists()
    # the error matrix in a missing folder: refused before any work, the accuracy table is not left behind
    sample = tmp_path / "s.gpkg"
    run_alg("samplingdesign", {"INPUT": raster, "SAMPLE_SIZE": 60, "MIN_PER_CLASS": 20, "OUTPUT": sample})
    label_points(sample, arr)
    missing = tmp_path / "no_such_folder" / "m.csv"
    rc, _, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": sample, "OUTPUT": out,
                                                 "OUTPUT_MATRIX": missing})
    assert rc != 0 and "Traceback" not in text
    assert "The folder {} of output OUTPUT_MATRIX does not exist".format(missing.parent) in text
    assert not out.exists()
    # an output that is an input is refused, and the input is intact
    before = sample.read_bytes()
    rc, _, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": sample, "OUTPUT": sample})
    assert rc != 0 and "would be overwritten" in text and sample.read_bytes() == before


def test_unlabelled_map_class_is_not_estimable(tmp_path, class_map):
    raster, arr = class_map
    sample = tmp_path / "s.gpkg"
    run_alg("samplingdesign", {"INPUT": raster, "SAMPLE_SIZE": 120, "MIN_PER_CLASS": 30, "OUTPUT": sample})
    label_points(sample, arr, swap_every=6)
    ds = ogr.Open(str(sample), 1)          # class 5 (seagrass) left unlabelled
    lyr = ds.GetLayer(0)
    for f in lyr:
        if f.GetField("map_class") == 5:
            f.SetFieldNull("ref_class")
            lyr.SetFeature(f)
    ds = None
    out, matrix, report = tmp_path / "a.csv", tmp_path / "m.csv", tmp_path / "r.html"
    rc, res, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": sample, "OUTPUT": out,
                                                   "OUTPUT_MATRIX": matrix, "OUTPUT_REPORT": report})
    assert rc == 0, text
    assert "Map class 5" in text and "has no reference point" in text and "not estimable" in text
    assert res["OVERALL_ACCURACY"] is None and res["OVERALL_ACCURACY_CI95"] is None
    acc = {int(r["class_value"]): r for r in read_layer(out)}
    assert all(acc[c]["adjusted_ha"] in (None, "") and acc[c]["producers_accuracy"] in (None, "") for c in acc)
    assert acc[5]["users_accuracy"] in (None, "") and acc[5]["ci_note"] == "no_sample"
    # user's accuracy of the labelled classes by hand: n_ii / n_i.
    rows = read_layer(sample)
    for c in (1, 3):
        mine = [r for r in rows if r["map_class"] == c]
        assert float(acc[c]["users_accuracy"]) == pytest.approx(
            sum(r["ref_class"] == c for r in mine) / len(mine), rel=1e-6)
    html = report.read_text(encoding="utf-8")
    table = html.split("estimated area proportions")[1].split("</table>")[0]
    total_row = table.split("<tr>")[-1]
    # column totals cannot be summed over a row that is not estimable; the row totals (map shares) can
    assert total_row.count("not estimable") == 3 and "1.0000" in total_row


def test_repeated_points_on_a_small_class(tmp_path):
    arr = np.ones((100, 100), np.uint8)
    arr[10:14, 10:15] = 3                      # a 20-pixel class
    raster = make_raster(tmp_path / "m.tif", arr, 32650, X0, Y0, 10, 10)
    pts, labels = [], []
    cells = [(r, c) for r in range(10, 14) for c in range(10, 15)]
    for k in range(30):                        # 30 points on 20 pixels: 10 pixels twice
        r, c = cells[k % 20]
        pts.append("POINT({} {})".format(X0 + c * 10 + 5, Y0 - r * 10 - 5))
        labels.append("3" if k < 5 else "1")
    for k in range(40):
        pts.append("POINT({} {})".format(X0 + 505 + 10 * k, Y0 - 505))
        labels.append("1")
    ref = make_polygons(tmp_path / "ref.gpkg", pts, 32650, fields={"ref_class": labels})
    rc, _, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": ref, "OUTPUT": tmp_path / "a.csv"})
    assert rc == 0, text
    acc = {int(r["class_value"]): r for r in read_layer(tmp_path / "a.csv")}
    u = 5 / 30
    assert float(acc[3]["users_accuracy"]) == pytest.approx(u, abs=1e-6)  # 6 decimals in the table
    assert float(acc[3]["users_accuracy_ci95"]) == pytest.approx(1.96 * np.sqrt(u * (1 - u) / 29), abs=1e-6)
    assert acc[3]["ci_note"] is None or acc[3]["ci_note"] == ""
    assert "fall on 20 distinct pixels" in text


def test_geographic_map_estimates_area_shares(tmp_path):
    """EPSG:4326, 0-70° N: class 1 is really class 2 north of 44.8° N, 36 % of its pixels, 25 % of its area."""
    arr = np.ones((700, 20), np.uint8)
    arr[:, 18:] = 2
    truth = arr.copy()
    truth[:252, :18] = 2
    raster = make_raster(tmp_path / "geo.tif", arr, 4326, 100.0, 70.0, 0.1, 0.1)
    sample = tmp_path / "s.gpkg"
    rc, _, text = run_alg("samplingdesign", {"INPUT": raster, "SAMPLE_SIZE": 700, "MIN_PER_CLASS": 50,
                                             "SEED": 2, "OUTPUT": sample})
    assert rc == 0, text
    assert "geographic CRS" in text
    ds = ogr.Open(str(sample), 1)
    lyr = ds.GetLayer(0)
    for f in lyr:
        g = f.GetGeometryRef()
        f.SetField("ref_class", int(truth[int((70.0 - g.GetY()) // 0.1), int((g.GetX() - 100.0) // 0.1)]))
        lyr.SetFeature(f)
    ds = None
    rc, res, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": sample, "OUTPUT": tmp_path / "a.csv"})
    assert rc == 0, text
    assert "weighted by its cell's ellipsoidal area" in text
    e2 = 0.00669437999014                      # WGS 84: area share by the authalic q function

    def q(lat):
        s_ = np.sin(np.radians(lat))
        return s_ / (1 - e2 * s_ * s_) + np.log((1 + np.sqrt(e2) * s_) / (1 - np.sqrt(e2) * s_)) / (2 * np.sqrt(e2))
    truth_ua = (q(44.8) - q(0.0)) / (q(70.0) - q(0.0))   # 0.7486
    acc = {int(r["class_value"]): r for r in read_layer(tmp_path / "a.csv")}
    ua, half = float(acc[1]["users_accuracy"]), float(acc[1]["users_accuracy_ci95"])
    assert abs(ua - truth_ua) < 1.5 * half      # within 3 standard errors of the area truth
    assert abs(ua - 0.64) > 1.5 * half          # not the pixel-count share


def test_sampling_design_anticipated_se_and_checks(tmp_path, class_map):
    raster, arr = class_map
    rc, res, text = run_alg("samplingdesign", {"INPUT": raster, "TARGET_SE": 0.9, "OUTPUT": tmp_path / "s.gpkg"})
    assert rc != 0 and "TARGET_SE (Target standard error of overall accuracy) must be a number from 0.001 to 0.5" \
        in text
    assert not (tmp_path / "s.gpkg").exists()
    rc, res, text = run_alg("samplingdesign", {"INPUT": raster, "TARGET_SE": 0.02, "EXPECTED_UA": "33:0.7,3:0.6",
                                               "MIN_PER_CLASS": 60, "OUTPUT": tmp_path / "s.gpkg"})
    assert rc == 0, text
    assert "the map has no class 33 (its classes are 1, 3, 5)" in text
    rows = read_layer(tmp_path / "s.gpkg")
    # anticipated SE by hand for the allocation drawn, with the expected accuracies used (3: 0.6, others 0.8)
    ha = {r["map_class"]: r["stratum_ha"] for r in rows}
    n = {c: sum(1 for r in rows if r["map_class"] == c) for c in ha}
    u = {1: 0.8, 3: 0.6, 5: 0.8}
    total = sum(ha.values())
    se = np.sqrt(sum((ha[c] / total) ** 2 * u[c] * (1 - u[c]) / (n[c] - 1) for c in ha))
    assert res["ANTICIPATED_SE"] == pytest.approx(se)
    assert res["ANTICIPATED_SE"] > 0.02 and "misses the target standard error" in text
    rc, res, text = run_alg("samplingdesign", {"INPUT": raster, "TARGET_SE": 0.02, "EXPECTED_UA": "3:0.6",
                                               "MIN_PER_CLASS": 60, "MEET_TARGET": "true",
                                               "OUTPUT": tmp_path / "t.gpkg"})
    assert rc == 0, text
    assert res["ANTICIPATED_SE"] <= 0.02 and "misses" not in text
    assert res["SAMPLE_SIZE_DRAWN"] > len(rows)
    # headless with its required inputs and main output only
    rc, res, text = run_alg("samplingdesign", {"INPUT": raster, "OUTPUT": tmp_path / "u.gpkg"})
    assert rc == 0, text
    assert res["SAMPLE_SIZE_DRAWN"] == len(read_layer(tmp_path / "u.gpkg"))


def test_points_in_metres_read_as_degrees_are_explained(tmp_path, class_map):
    """UTM metres in a GeoJSON without a crs member: GDAL reads them as EPSG:4326."""
    raster, arr = class_map
    ref = tmp_path / "ref.geojson"
    ref.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"ref_class": 3}, '
                   '"geometry": {"type": "Point", "coordinates": [%r, %r]}}]}' % (X0 + 505, Y0 - 505),
                   encoding="utf-8")
    rc, _, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": ref, "OUTPUT": tmp_path / "a.csv"})
    assert rc != 0 and "Traceback" not in text and "QgsCsException" not in text
    assert "CRS is probably wrong" in text or "no valid position" in text
    assert not (tmp_path / "a.csv").exists()


def wgs84_cell_m2(lat_top, lat_bottom, dlon):
    """Ellipsoidal area (m²) of a WGS 84 cell between two parallels, by the authalic q function:
    A = a²(1 − e²)/2 × Δλ × (q(φ_top) − q(φ_bottom))."""
    a, f = 6378137.0, 1 / 298.257223563
    e2 = f * (2 - f)
    e = np.sqrt(e2)

    def q(lat):
        s_ = np.sin(np.radians(lat))
        return s_ / (1 - e2 * s_ * s_) + np.log((1 + e * s_) / (1 - e * s_)) / (2 * e)
    return a * a * (1 - e2) / 2 * np.radians(dlon) * (q(lat_top) - q(lat_bottom))


def test_whole_map_areas_on_local_workers(tmp_path):
    """SCHEDULER=0 (this process) and two local workers measure the same whole-map class areas: the sample,
    its strata areas and every estimate agree within 1e-9 relative, and the mapped areas are the cells'
    ellipsoidal areas summed by hand."""
    arr = np.full((120, 100), 1, np.uint8)   # EPSG:4326, 0.01° cells from 21.2° N: cell areas vary by row
    arr[10:60, 20:70] = 3
    arr[80:110, :] = 5
    arr[0:3, :] = 0
    x0, y0, size = 110.0, 21.2, 0.01
    raster = make_raster(tmp_path / "geo.tif", arr, 4326, x0, y0, size, size)
    env = qgis_env(BLUECARBON_LOCAL_MIN_CELLS="0", BLUECARBON_LOCAL_WORKERS="2")
    where = {"0": "in this process", "": "on 2 local worker processes"}
    samples, assessed = {}, {}
    for scheduler in ("0", ""):
        sample = tmp_path / "sample{}.gpkg".format(scheduler)
        rc, res, text = run_alg("samplingdesign", {"INPUT": raster, "SAMPLE_SIZE": 90, "MIN_PER_CLASS": 20,
                                                   "SEED": 4, "SCHEDULER": scheduler, "OUTPUT": sample}, env=env)
        assert rc == 0, text
        assert where[scheduler] in text, text
        samples[scheduler] = (res, read_layer(sample))
    reference = tmp_path / "sample0.gpkg"
    label_points(reference, arr, swap_every=4, x0=x0, y0=y0, size=size)
    for scheduler in ("0", ""):
        out = tmp_path / "acc{}.csv".format(scheduler)
        rc, res, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": reference, "SCHEDULER": scheduler,
                                                       "OUTPUT": out}, env=env)
        assert rc == 0, text
        assert where[scheduler] in text, text
        assessed[scheduler] = (res, {int(r["class_value"]): r for r in read_layer(out)})

    (res0, rows0), (res1, rows1) = samples["0"], samples[""]
    assert res1["SAMPLE_SIZE_DRAWN"] == res0["SAMPLE_SIZE_DRAWN"] == len(rows0) == len(rows1)
    assert res1["ANTICIPATED_SE"] == pytest.approx(res0["ANTICIPATED_SE"], rel=1e-9)
    for a, b in zip(rows0, rows1):
        assert (a["sample_id"], a["map_class"], a["stratum_n"]) == (b["sample_id"], b["map_class"], b["stratum_n"])
        assert b["stratum_ha"] == pytest.approx(a["stratum_ha"], rel=1e-9)
    (acc0, by0), (acc1, by1) = assessed["0"], assessed[""]
    assert acc1["OVERALL_ACCURACY"] == pytest.approx(acc0["OVERALL_ACCURACY"], rel=1e-9)
    assert acc1["OVERALL_ACCURACY_CI95"] == pytest.approx(acc0["OVERALL_ACCURACY_CI95"], rel=1e-9)
    assert acc0["OVERALL_ACCURACY"] < 1  # a sample with errors: the estimates are not trivial
    assert set(by0) == set(by1) == {1, 3, 5}
    for c in by0:
        for field in ("mapped_ha", "adjusted_ha", "adjusted_ha_ci95", "users_accuracy", "producers_accuracy"):
            assert float(by1[c][field]) == pytest.approx(float(by0[c][field]), rel=1e-9), (c, field)
    # the mapped areas by hand: each row's cells times that row's ellipsoidal cell area
    row_m2 = np.array([wgs84_cell_m2(y0 - r * size, y0 - (r + 1) * size, size) for r in range(arr.shape[0])])
    for c in (1, 3, 5):
        by_hand = float(((arr == c).sum(axis=1) * row_m2).sum()) / 1e4
        assert float(by0[c]["mapped_ha"]) == pytest.approx(by_hand, rel=1e-6), c
        stratum = {r["map_class"]: r["stratum_ha"] for r in rows0}
        assert stratum[c] == pytest.approx(by_hand, rel=1e-6), c
