"""bluecarbon:samplingdesign and bluecarbon:accuracyassessment on a transition map, end to end through
qgis_process: the change stratification (a minimum per change stratum, a buffer stratum), the reference
transition from two fields or one field of pairs, and the results against Olofsson's and Stehman's formulas
written out in test_engine_change_accuracy.py."""
import os

import numpy as np
import pytest
from osgeo import ogr

from conftest import make_polygons, read_layer, run_alg, run_in_model
from test_engine_change_accuracy import (
    MAP_2015, MAP_2024, TRUE_2024, olofsson_by_hand, stehman_by_hand, transition_raster)

X0, Y0, SIZE, SCALE = 500000.0, 2500000.0, 10.0, 10   # the hand-drawn 6 x 8 maps, each cell 10 x 10 pixels


def grow(drawing):
    return np.kron(np.array(drawing), np.ones((SCALE, SCALE), int))


@pytest.fixture
def change_map(tmp_path):
    """The hand-drawn transition map at 60 x 80 pixels, its table only in the CSV beside it."""
    before, after = grow(MAP_2015), grow(MAP_2024)
    path, arr, code = transition_raster(tmp_path, before, after, name="变化.tif", metadata=False)
    return path, arr, before, grow(TRUE_2024)


def pixel(g):
    return int((Y0 - g.GetY()) // SIZE), int((g.GetX() - X0) // SIZE)


def points(path):
    """(row, column, attributes) of each sample point."""
    ds = ogr.Open(str(path))
    lyr = ds.GetLayer(0)
    out = []
    for f in lyr:
        r, c = pixel(f.GetGeometryRef())
        out.append((r, c, {lyr.GetLayerDefn().GetFieldDefn(i).GetName(): f.GetField(i)
                           for i in range(f.GetFieldCount())}))
    return out


def label(path, before, truth, skip=None, fields=("ref_from", "ref_to"), pair_field=None):
    """Label the points from the truth at both dates; ``skip(feature)`` True leaves a point unlabelled."""
    ds = ogr.Open(str(path), 1)
    lyr = ds.GetLayer(0)
    if pair_field:
        lyr.CreateField(ogr.FieldDefn(pair_field, ogr.OFTString))
    lyr.StartTransaction()
    for f in lyr:
        r, c = pixel(f.GetGeometryRef())
        if skip is not None and skip(f):
            continue
        if pair_field:
            f.SetField(pair_field, "{}->{}".format(before[r, c], truth[r, c]))
        else:
            f.SetField(fields[0], int(before[r, c]))
            f.SetField(fields[1], int(truth[r, c]))
        lyr.SetFeature(f)
    lyr.CommitTransaction()
    ds = None


def by_value(path):
    return {int(r["class_value"]): r for r in read_layer(path)}


def floats(rows, classes, name):
    return np.array([float(rows[c][name]) if rows[c][name] not in (None, "") else np.nan for c in classes])


def test_change_sample_and_assessment_with_required_inputs_only(tmp_path, change_map):
    raster, arr, before, truth = change_map
    sample = tmp_path / "样本.gpkg"
    rc, res, text = run_alg("samplingdesign", {"INPUT": raster, "OUTPUT": sample})
    assert rc == 0, text
    assert "Transition map: 6 transitions (3 of them change), table read from" in text and "变化.csv" in text
    rows = read_layer(sample)
    assert res["SAMPLE_SIZE_DRAWN"] == len(rows)
    assert all(arr[r, c] == a["map_class"] for r, c, a in points(sample))
    n = {v: sum(1 for r in rows if r["stratum"] == v) for v in range(1, 7)}
    pixels = {v: int((arr == v).sum()) for v in range(1, 7)}
    # every change stratum (2: 1>3, 3: 3>1, 5: 4>3) has at least the minimum of 30; every stable one 50
    assert all(n[v] >= min(30, pixels[v]) for v in (2, 3, 5)) and all(n[v] >= 50 for v in (1, 4, 6))
    for r in rows:
        kind = "change" if r["stratum"] in (2, 3, 5) else "stable"
        assert r["stratum_kind"] == kind and r["map_class"] == r["stratum"] and r["stratum_n"] == n[r["stratum"]]
        assert (r["from_class"], r["to_class"]) == {1: (1, 1), 2: (1, 3), 3: (3, 1), 4: (3, 3), 5: (4, 3),
                                                    6: (4, 4)}[r["stratum"]]
        assert r["ref_from"] is None and r["ref_to"] is None and r["buffer_px"] == 0
    for v in range(1, 7):   # sample sizes reported per stratum
        assert "Stratum {} (".format(v) in text and "{} points.".format(n[v]) in text

    label(sample, before, truth)
    out = tmp_path / "only" / "accuracy.csv"
    out.parent.mkdir()
    rc, res, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": sample, "OUTPUT": out})
    assert rc == 0, text
    assert os.listdir(out.parent) == ["accuracy.csv"]
    acc = by_value(out)
    # the class 4 > 1 (salt marsh to open water) happened at one cell but the map never shows it: kept
    assert "does not occur in the map: it is an omission" in text
    omitted = [c for c in acc if (int(acc[c]["from_class"]), int(acc[c]["to_class"])) == (4, 1)]
    assert len(omitted) == 1 and float(acc[omitted[0]]["mapped_ha"]) == 0.0
    # mapped transition areas: pixels x the ellipsoidal pixel area (100 m² / k0² on UTM 50's central meridian)
    for v in range(1, 7):
        assert float(acc[v]["mapped_ha"]) == pytest.approx(pixels[v] * 100 / 0.9996 ** 2 / 1e4, rel=1e-4)
    # every estimate against Olofsson's formulas written out, from the points and the mapped areas
    classes = sorted(acc)
    index = {c: i for i, c in enumerate(classes)}
    codes = {(int(acc[c]["from_class"]), int(acc[c]["to_class"])): c for c in classes}
    counts = np.zeros((len(classes), len(classes)))
    for r in read_layer(sample):
        counts[index[r["map_class"]], index[codes[(r["ref_from"], r["ref_to"])]]] += 1
    mapped = floats(acc, classes, "mapped_ha")
    o = olofsson_by_hand(counts.tolist(), mapped.tolist())
    assert res["OVERALL_ACCURACY"] == pytest.approx(o["O"], rel=1e-7)
    assert res["OVERALL_ACCURACY_CI95"] == pytest.approx(1.96 * o["se_O"], rel=1e-7)
    assert floats(acc, classes, "adjusted_ha") == pytest.approx(o["area"], abs=1e-5)
    assert floats(acc, classes, "adjusted_ha_ci95") == pytest.approx(1.96 * o["se_area"], abs=1e-5)
    assert floats(acc, classes, "users_accuracy") == pytest.approx(o["U"], abs=1e-6, nan_ok=True)
    assert floats(acc, classes, "producers_accuracy") == pytest.approx(o["P"], abs=1e-6, nan_ok=True)
    assert floats(acc, classes, "producers_accuracy_ci95") == pytest.approx(1.96 * o["se_P"], abs=1e-6,
                                                                             nan_ok=True)
    # the omitted loss of mangrove (3>1) shows: more adjusted loss than mapped
    assert float(acc[3]["adjusted_ha"]) > float(acc[3]["mapped_ha"]) + float(acc[3]["adjusted_ha_ci95"])


def test_buffer_stratum_end_to_end_against_stehman(tmp_path, change_map):
    raster, arr, before, truth = change_map
    sample = tmp_path / "s.gpkg"
    rc, res, text = run_alg("samplingdesign", {"INPUT": raster, "BUFFER_PIXELS": 3, "MIN_CHANGE_SAMPLE": 40,
                                               "SAMPLE_SIZE": 400, "SEED": 2, "OUTPUT": sample})
    assert rc == 0, text
    rows = read_layer(sample)
    # the buffer by hand: stable pixels within 3 pixels (square window) of a change pixel
    change = np.isin(arr, (2, 3, 5))
    near = np.zeros_like(change)
    for r, c in zip(*np.nonzero(change)):
        near[max(r - 3, 0):r + 4, max(c - 3, 0):c + 4] = True
    buffer = near & np.isin(arr, (1, 4, 6))
    strata = np.where(buffer, 7, arr)
    n = {v: sum(1 for r in rows if r["stratum"] == v) for v in range(1, 8)}
    assert n[7] >= 40 and all(n[v] >= 40 for v in (2, 3, 5)) and sum(n.values()) == 400
    for r, c, a in points(sample):
        assert strata[r, c] == a["stratum"] and arr[r, c] == a["map_class"]
        assert (a["stratum_kind"] == "buffer") == (a["stratum"] == 7) and a["buffer_px"] == 3
    assert "buffer: no change within 3 pixel(s) of mapped change" in text
    label(sample, before, truth)
    out, report = tmp_path / "a.csv", tmp_path / "r.html"
    rc, res, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": sample, "OUTPUT": out,
                                                   "OUTPUT_REPORT": report})
    assert rc == 0, text
    assert "Buffer stratum of 3 pixel(s), as recorded by the sampling design" in text
    assert "Stehman" in report.read_text(encoding="utf-8")
    acc = by_value(out)
    classes = sorted(acc)
    codes = {(int(acc[c]["from_class"]), int(acc[c]["to_class"])): c for c in classes}
    s, m, ref = [], [], []
    for r in read_layer(sample):
        s.append(r["stratum"]), m.append(r["map_class"]), ref.append(codes[(r["ref_from"], r["ref_to"])])
    N = {v: int((strata == v).sum()) for v in range(1, 8)}   # equal pixel areas here (to 1e-8)
    h = stehman_by_hand(s, m, ref, N, classes)
    total = sum(float(acc[c]["mapped_ha"]) for c in classes)
    # the table holds 6 decimals
    for name, key, scale in (("adjusted_ha", "area", total), ("users_accuracy", "U", 1.0),
                             ("producers_accuracy", "P", 1.0)):
        value = floats(acc, classes, name)
        half = floats(acc, classes, name + "_ci95")
        assert value == pytest.approx([scale * h[key][c][0] for c in classes], abs=2e-6, nan_ok=True), name
        assert half == pytest.approx([scale * 1.96 * h[key][c][1] for c in classes], abs=2e-6, nan_ok=True), name
    assert res["OVERALL_ACCURACY"] == pytest.approx(h["O"][0], rel=1e-7)
    assert res["OVERALL_ACCURACY_CI95"] == pytest.approx(1.96 * h["O"][1], rel=1e-7)
    # a buffer width other than the design's is refused
    rc, _, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": sample, "BUFFER_PIXELS": 1,
                                                 "OUTPUT": tmp_path / "b.csv"})
    assert rc != 0 and "drawn with a buffer stratum of 3 pixel(s)" in text and "Traceback" not in text
    assert not (tmp_path / "b.csv").exists()


def test_pairs_in_one_field_and_points_in_another_crs(tmp_path, change_map):
    """The reference transition as pairs ('3->1') in one field gives the same results as two fields; points
    in EPSG:4326 are reprojected to the map's CRS."""
    from pyproj import Transformer

    raster, arr, before, truth = change_map
    sample = tmp_path / "s.gpkg"
    rc, _, text = run_alg("samplingdesign", {"INPUT": raster, "SAMPLE_SIZE": 300, "SEED": 4, "OUTPUT": sample})
    assert rc == 0, text
    label(sample, before, truth)
    rc, two, _ = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": sample, "OUTPUT": tmp_path / "a.csv"})
    assert rc == 0
    to_ll = Transformer.from_crs(32650, 4326, always_xy=True)
    wkts, pairs = [], []
    for r, c, a in points(sample):
        lon, lat = to_ll.transform(X0 + (c + 0.5) * SIZE, Y0 - (r + 0.5) * SIZE)
        wkts.append("POINT({!r} {!r})".format(lon, lat))
        pairs.append("{} → {}".format(a["ref_from"], a["ref_to"]) if r % 2 else "{},{}".format(a["ref_from"],
                                                                                             a["ref_to"]))
    lonlat = make_polygons(tmp_path / "ll.gpkg", wkts, 4326, fields={"pair": pairs})
    rc, one, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": lonlat, "REF_FIELD": "pair",
                                                   "OUTPUT": tmp_path / "b.csv"})
    assert rc == 0, text
    assert "reprojected" in text
    assert one["OVERALL_ACCURACY"] == pytest.approx(two["OVERALL_ACCURACY"], rel=1e-12)
    assert by_value(tmp_path / "b.csv") == by_value(tmp_path / "a.csv")


def test_bad_change_labels(tmp_path, change_map):
    raster, arr, before, truth = change_map
    sample = tmp_path / "s.gpkg"
    rc, _, text = run_alg("samplingdesign", {"INPUT": raster, "SAMPLE_SIZE": 250, "OUTPUT": sample})
    assert rc == 0, text
    label(sample, before, truth)
    out = tmp_path / "a.csv"

    def edit(fid_field_values):
        ds = ogr.Open(str(sample), 1)
        lyr = ds.GetLayer(0)
        for fid, field, value in fid_field_values:
            f = lyr.GetFeature(fid)
            if value is None:
                f.SetFieldNull(field)
            else:
                f.SetField(field, value)
            lyr.SetFeature(f)
        ds = None

    def refused(message, **extra):
        rc, _, text = run_alg("accuracyassessment", dict({"INPUT": raster, "REFERENCE": sample, "OUTPUT": out},
                                                         **extra))
        assert rc != 0 and message in text and "Traceback" not in text, text
        assert not out.exists()

    # a point labelled at one date only
    edit([(3, "ref_to", None), (7, "ref_from", None)])
    refused("2 reference point(s) have a class at one date only (ref_from, ref_to): feature(s) 3, 7")
    edit([(3, "ref_to", 1), (7, "ref_from", 1)])
    # a class code outside the transition table and the class scheme
    edit([(5, "ref_to", 12)])
    refused("name a class that is neither in the transition table nor in the class scheme: feature 5 has 1 → 12")
    edit([(5, "ref_to", 1)])
    # only one of the two fields given
    refused("Give both reference class fields of a transition", REF_FROM_FIELD="ref_from")
    # a pair that is not a pair
    ds = ogr.Open(str(sample), 1)
    lyr = ds.GetLayer(0)
    lyr.CreateField(ogr.FieldDefn("pair", ogr.OFTString))
    for f in lyr:
        f.SetField("pair", "3-1")
        lyr.SetFeature(f)
    ds = None
    refused("field pair: '3-1' is not a transition: write it as from>to", REF_FIELD="pair")


def test_change_stratum_without_sample_point_is_nan_with_a_warning(tmp_path, change_map):
    raster, arr, before, truth = change_map
    sample = tmp_path / "s.gpkg"
    rc, _, text = run_alg("samplingdesign", {"INPUT": raster, "SAMPLE_SIZE": 250, "OUTPUT": sample})
    assert rc == 0, text
    label(sample, before, truth, skip=lambda f: f.GetField("stratum") == 2)   # 1>3 (gain) left unlabelled
    out, report = tmp_path / "a.csv", tmp_path / "r.html"
    rc, res, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": sample, "OUTPUT": out,
                                                   "OUTPUT_REPORT": report})
    assert rc == 0, text
    assert "Map class 2 (1>3)" in text and "has no reference point" in text
    assert "not estimable: map class(es) 2 (1>3) have no reference point" in text
    acc = by_value(out)
    assert acc[2]["users_accuracy"] in (None, "") and acc[2]["ci_note"] == "no_sample"   # NaN, never 0 %
    assert all(acc[c]["adjusted_ha"] in (None, "") for c in acc) and res["OVERALL_ACCURACY"] is None
    assert "not estimable" in report.read_text(encoding="utf-8")
    # the same with a buffer stratum: Stehman's estimators leave the same gaps
    sample = tmp_path / "b.gpkg"
    rc, _, text = run_alg("samplingdesign", {"INPUT": raster, "SAMPLE_SIZE": 250, "BUFFER_PIXELS": 2,
                                             "OUTPUT": sample})
    assert rc == 0, text
    label(sample, before, truth, skip=lambda f: f.GetField("stratum") == 7)
    rc, res, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": sample, "OUTPUT": out})
    assert rc == 0, text
    assert "Stratum 7 (buffer: no change within 2 pixel(s) of mapped change)" in text
    assert "not estimable: stratum/strata 7 (buffer" in text
    acc = by_value(out)
    # the buffer holds the stable classes: their user's accuracies are unknown, the change classes' stand
    assert all(acc[c]["users_accuracy"] in (None, "") for c in (1, 4, 6))
    assert all(acc[c]["users_accuracy"] not in (None, "") for c in (2, 3, 5))


def test_change_design_in_models(provider, tmp_path, change_map):
    raster, arr, before, truth = change_map
    res = run_in_model("bluecarbon:samplingdesign", {"INPUT": raster, "SAMPLE_SIZE": 200, "BUFFER_PIXELS": 1},
                       {"OUTPUT": tmp_path / "s.gpkg"}, tmp_path)
    assert res
    label(tmp_path / "s.gpkg", before, truth)
    res = run_in_model("bluecarbon:accuracyassessment", {"INPUT": raster, "REFERENCE": str(tmp_path / "s.gpkg")},
                       {"OUTPUT": tmp_path / "a.csv"}, tmp_path)
    assert len(read_layer(tmp_path / "a.csv")) == 7


def test_table_given_as_a_parameter_and_class_maps_unchanged(tmp_path, change_map):
    """A transition raster whose table is neither in its metadata nor beside it is a class map, unless its
    table is given (TRANSITION_TABLE); the transition parameters on a class map are reported and not used."""
    import shutil

    raster, arr, before, truth = change_map
    bare = tmp_path / "bare" / "map.tif"
    bare.parent.mkdir()
    shutil.copy(raster, bare)
    table = os.path.splitext(raster)[0] + ".csv"
    rc, _, text = run_alg("samplingdesign", {"INPUT": bare, "SAMPLE_SIZE": 100, "BUFFER_PIXELS": 2,
                                             "OUTPUT": tmp_path / "c.gpkg"})
    assert rc == 0, text
    assert "the buffer width applies to transition maps only and is not used" in text
    assert "ref_class" in read_layer(tmp_path / "c.gpkg")[0] and "stratum" not in read_layer(tmp_path / "c.gpkg")[0]
    rc, _, text = run_alg("samplingdesign", {"INPUT": bare, "SAMPLE_SIZE": 100, "BUFFER_PIXELS": 2,
                                             "TRANSITION_TABLE": table, "OUTPUT": tmp_path / "t.gpkg"})
    assert rc == 0, text
    rows = read_layer(tmp_path / "t.gpkg")
    assert {r["stratum_kind"] for r in rows} == {"stable", "change", "buffer"} and rows[0]["buffer_px"] == 2
    label(tmp_path / "t.gpkg", before, truth)
    rc, _, text = run_alg("accuracyassessment", {"INPUT": bare, "REFERENCE": tmp_path / "t.gpkg",
                                                 "TRANSITION_TABLE": table, "OUTPUT": tmp_path / "a.csv"})
    assert rc == 0, text
    assert "Buffer stratum of 2 pixel(s)" in text and len(read_layer(tmp_path / "a.csv")) == 7
    # without the table: a class map, whose reference classes are in ref_class, not in ref_from/ref_to
    rc, _, text = run_alg("accuracyassessment", {"INPUT": bare, "REFERENCE": tmp_path / "t.gpkg",
                                                 "REF_FROM_FIELD": "ref_from", "REF_TO_FIELD": "ref_to",
                                                 "OUTPUT": tmp_path / "b.csv"})
    assert "REF_FROM_FIELD, REF_TO_FIELD apply to transition maps only and are not used" in text
    assert rc != 0 and "has no field ref_class" in text and "Traceback" not in text


def transition_map_run(tmp_path):
    """The maps of 2015 and 2024 and the truth of 2024 (grown), and bluecarbon:transitionmap's raster of the two
    maps (no minimum mapping unit) written in ``tmp_path``: (before, after, truth, transition raster path)."""
    from conftest import make_raster

    before, after, truth = grow(MAP_2015), grow(MAP_2024), grow(TRUE_2024)
    a = make_raster(tmp_path / "2015.tif", before.astype(np.uint8), 32650, X0, Y0, SIZE, SIZE)
    b = make_raster(tmp_path / "2024.tif", after.astype(np.uint8), 32650, X0, Y0, SIZE, SIZE)
    raster = str(tmp_path / "transitions.tif")
    rc, _, text = run_alg("transitionmap", {"SNAPSHOTS": [a, b], "SNAPSHOT_YEARS": "2015,2024",
                                            "MIN_CHANGE_PIXELS": 0, "OUTPUT": raster})
    assert rc == 0, text
    return before, after, truth, raster


def test_on_the_transition_map_algorithms_output(tmp_path):
    """bluecarbon:transitionmap's raster and table, as it writes them, sampled and assessed with the
    required inputs only: the same coding as the convention built by hand in these tests."""
    from osgeo import gdal

    before, after, truth, raster = transition_map_run(tmp_path)
    _, arr, _ = transition_raster(tmp_path, before, after, name="by_hand.tif")
    assert np.array_equal(gdal.Open(raster).ReadAsArray(), arr)
    sample = tmp_path / "s.gpkg"
    rc, res, text = run_alg("samplingdesign", {"INPUT": raster, "OUTPUT": sample})
    assert rc == 0, text
    assert "Transition map: 6 transitions (3 of them change), table read from metadata item" in text
    assert {r["map_name"] for r in read_layer(sample)} >= {"open water → mangrove", "mangrove → open water"}
    label(sample, before, truth)
    rc, res, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": sample,
                                                   "OUTPUT": tmp_path / "a.csv"})
    assert rc == 0, text
    acc = by_value(tmp_path / "a.csv")
    assert {acc[c]["class_name"] for c in acc} >= {"mangrove → open water", "salt marsh → open water"}
    assert 0 < res["OVERALL_ACCURACY"] < 1
