"""The shipped demo reference sample: sample_data/reference_demo.gpkg and reference_labels.csv.

The gpkg must say what the labels CSV says, its points must be pixel centres of valid pixels of the real chip
drawn uniformly by the documented script and seed, and accuracyassessment must run on it as the README shows.
"""
import csv
import importlib.util
import os

import numpy as np
import pytest

from conftest import ROOT, read_layer, run_alg

SAMPLE_DATA = os.path.join(ROOT, "sample_data")
GPKG = os.path.join(SAMPLE_DATA, "reference_demo.gpkg")
LABELS = os.path.join(SAMPLE_DATA, "reference_labels.csv")
CHIP = os.path.join(SAMPLE_DATA, "s2l2a_ponce_pr_20190108_6band.tif")
DEMO_MAP = os.path.join(SAMPLE_DATA, "habitat_demo.tif")


def _script():
    spec = importlib.util.spec_from_file_location("make_reference_sample",
                                                  os.path.join(ROOT, "scripts", "make_reference_sample.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _points():
    """(id, x, y, attributes) of the gpkg, sorted by id."""
    from osgeo import ogr

    ds = ogr.Open(GPKG)
    lyr = ds.GetLayer(0)
    out = []
    for f in lyr:
        g = f.GetGeometryRef()
        out.append((f["id"], g.GetX(), g.GetY(), {k: f[k] for k in ("ref_class", "confidence", "note")}))
    epsg = lyr.GetSpatialRef().GetAuthorityCode(None)
    ds = None
    return sorted(out), epsg


def test_gpkg_matches_the_labels_csv():
    with open(LABELS, newline="", encoding="utf-8") as fh:
        rows = {int(r["id"]): r for r in csv.DictReader(fh)}
    points, epsg = _points()
    assert epsg == "32619"
    assert [p[0] for p in points] == sorted(rows) == list(range(1, len(rows) + 1))
    assert len(rows) >= 250
    for pid, _x, _y, attrs in points:
        row = rows[pid]
        assert attrs["ref_class"] == int(row["class"])
        assert attrs["confidence"] == row["confidence"]
        assert attrs["note"] == row["note"]
    assert {int(r["class"]) for r in rows.values()} <= set(range(1, 10))
    assert {r["confidence"] for r in rows.values()} <= {"high", "medium", "low"}
    assert all(r["note"].strip() for r in rows.values())


def test_points_are_centres_of_valid_pixels():
    import rasterio

    points, _ = _points()
    with rasterio.open(CHIP) as src:
        data = src.read()
        x0, y0, dx = src.transform.c, src.transform.f, src.transform.a
        nodata = src.nodata
    assert nodata == 0
    seen = set()
    for _pid, x, y, _ in points:
        col_f, row_f = (x - x0) / dx, (y0 - y) / dx
        assert col_f % 1 == pytest.approx(0.5) and row_f % 1 == pytest.approx(0.5)   # a pixel centre
        row, col = int(row_f), int(col_f)
        assert 0 <= row < data.shape[1] and 0 <= col < data.shape[2]
        assert (data[:, row, col] != 0).all()                                         # no band is nodata
        seen.add((row, col))
    assert len(seen) == len(points)                                                   # drawn without replacement


def test_the_seed_reproduces_the_sample_and_the_draw_is_uniform():
    import rasterio
    from scipy.stats import chisquare

    script = _script()
    with rasterio.open(CHIP) as src:
        valid = (src.read() != src.nodata).all(axis=0)
        transform = src.transform
    drawn = script.draw_sample(valid, transform)
    points, _ = _points()
    assert len(drawn) == script.SIZE
    for (pid, x, y, _), d in zip(points, drawn):
        assert (pid, x, y) == (d["id"], d["x"], d["y"])

    # uniform over the valid pixels: counts in an 4 x 4 grid of blocks follow their valid-pixel shares
    rows = np.array([d["row"] for d in drawn])
    cols = np.array([d["col"] for d in drawn])
    r_edges = np.linspace(0, valid.shape[0], 5).astype(int)
    c_edges = np.linspace(0, valid.shape[1], 5).astype(int)
    observed, expected = [], []
    for i in range(4):
        for j in range(4):
            block = valid[r_edges[i]:r_edges[i + 1], c_edges[j]:c_edges[j + 1]]
            inside = (rows >= r_edges[i]) & (rows < r_edges[i + 1]) & (cols >= c_edges[j]) & (cols < c_edges[j + 1])
            observed.append(inside.sum())
            expected.append(len(drawn) * block.sum() / valid.sum())
    assert chisquare(observed, expected).pvalue > 0.001


def test_accuracyassessment_runs_on_the_shipped_sample(tmp_path):
    """The README command; its overall accuracy equals Σ_i W_i n_ii / n_i· computed here from the raster."""
    import rasterio

    out, matrix = tmp_path / "accuracy.csv", tmp_path / "matrix.csv"
    rc, res, text = run_alg("accuracyassessment", {
        "INPUT": DEMO_MAP, "REFERENCE": GPKG, "REF_FIELD": "ref_class",
        "OUTPUT": str(out), "OUTPUT_MATRIX": str(matrix)})
    assert rc == 0, text

    points, _ = _points()
    with rasterio.open(DEMO_MAP) as src:
        classes, counts = np.unique(src.read(1), return_counts=True)
        mapped = [v[0] for v in src.sample([(x, y) for _, x, y, _ in points])]
    weights = {int(c): n / counts[classes != 0].sum() for c, n in zip(classes, counts) if c != 0}
    refs = [p[3]["ref_class"] for p in points]
    overall = 0.0
    for c in weights:
        in_class = [r for m, r in zip(mapped, refs) if m == c]
        if in_class:
            overall += weights[c] * sum(r == c for r in in_class) / len(in_class)
    # equal pixel weights here, ellipsoidal pixel areas in the tool: they differ by far less than 1e-5 over the chip
    assert res["OVERALL_ACCURACY"] == pytest.approx(overall, rel=1e-5), (res["OVERALL_ACCURACY"], overall)
    rows = read_layer(out)
    assert sum(int(r["n_samples"]) for r in rows) == len(points)
