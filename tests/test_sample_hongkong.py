"""The shipped two-date Hong Kong sample: the images, their training points and their reference sample of transitions.

The images must share one grid with the bands, nodata, scaling and provenance that sample_data/README.md states; the
points must be where the documented scripts and seeds put them, labelled with classes of the plugin's scheme, in the
numbers the README's tables give. Where the source files are at hand (HONGKONG_SOURCES, by default the folder they
were taken from), their checksums and the rebuild of both images are checked too.
"""
import csv
import hashlib
import importlib.util
import os
import re
from collections import Counter

import numpy as np
import pytest

from conftest import ROOT

SAMPLE_DATA = os.path.join(ROOT, "sample_data")
README = os.path.join(SAMPLE_DATA, "README.md")
IMAGES = {"2016-09-27": os.path.join(SAMPLE_DATA, "s2l1c_hongkong_20160927_4band.tif"),
          "2018-03-23": os.path.join(SAMPLE_DATA, "s2l1c_hongkong_20180323_4band.tif")}
TRAINING = os.path.join(SAMPLE_DATA, "training_hongkong.gpkg")
REFERENCE = os.path.join(SAMPLE_DATA, "reference_transitions_hongkong.gpkg")
LABELS = os.path.join(SAMPLE_DATA, "reference_transitions_hongkong.csv")
SOURCES = os.environ.get("HONGKONG_SOURCES", "/work/shared/data/hongkong_s2l1c_2016_2018")
SCHEME = set(range(1, 10))


def _module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pair_script():
    return _module(os.path.join(SAMPLE_DATA, "make_hongkong_pair.py"), "make_hongkong_pair")


def _samples_script():
    return _module(os.path.join(ROOT, "scripts", "make_hongkong_samples.py"), "make_hongkong_samples")


def _readme():
    with open(README, encoding="utf-8") as fh:
        return fh.read()


def _grid(path):
    import rasterio

    with rasterio.open(path) as src:
        return src.crs.to_epsg(), src.transform.to_gdal(), src.width, src.height


def _layer(path):
    """(attributes, x, y) of every feature, and the layer's EPSG code."""
    from osgeo import ogr

    ds = ogr.Open(path)
    lyr = ds.GetLayer(0)
    names = [lyr.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(lyr.GetLayerDefn().GetFieldCount())]
    rows = []
    for f in lyr:
        g = f.GetGeometryRef()
        rows.append(({n: f[n] for n in names}, g.GetX(), g.GetY()))
    epsg = lyr.GetSpatialRef().GetAuthorityCode(None)
    ds = None
    return rows, epsg


def _cell(x, y, transform):
    """(row, col) of a point that must be a pixel centre of the grid."""
    x0, dx, _, y0, _, dy = transform
    col_f, row_f = (x - x0) / dx, (y - y0) / dy
    assert col_f % 1 == pytest.approx(0.5) and row_f % 1 == pytest.approx(0.5), (x, y)
    return int(row_f), int(col_f)


def test_both_dates_on_one_grid():
    grids = {date: _grid(path) for date, path in IMAGES.items()}
    assert len(set(grids.values())) == 1, grids
    epsg, (x0, dx, rx, y0, ry, dy), width, height = grids["2016-09-27"]
    assert epsg == 32650 and (dx, dy, rx, ry) == (10.0, -10.0, 0.0, 0.0)
    assert x0 % 10 == 0 and y0 % 10 == 0                      # on the zone's 10 m lattice
    assert (width, height) == (506, 709)
    assert (x0, y0) == (214500.0, 2473140.0)
    # the grid lies inside the sources' common longitude/latitude box (the README's extent)
    from pyproj import Transformer

    to_ll = Transformer.from_crs("EPSG:32650", "EPSG:4326", always_xy=True)
    for x, y in ((x0, y0), (x0 + width * dx, y0), (x0, y0 + height * dy), (x0 + width * dx, y0 + height * dy)):
        lon, lat = to_ll.transform(x, y)
        assert 114.22812 <= lon <= 114.27858 and 22.27639 <= lat <= 22.34134, (lon, lat)


def test_bands_nodata_scaling_and_provenance_tags():
    import rasterio

    for date, path in IMAGES.items():
        with rasterio.open(path) as src:
            assert src.count == 4 and src.dtypes == ("uint16",) * 4
            assert src.descriptions == ("B2 blue", "B3 green", "B4 red", "B8 nir")
            assert src.nodatavals == (0.0,) * 4
            assert src.scales == (0.0001,) * 4 and src.offsets == (0.0,) * 4
            tags = src.tags()
            assert tags["ACQUISITION_DATE"] == date
            assert tags["ATTRIBUTION"].startswith("Contains modified Copernicus Sentinel data 2016, 2018")
            assert "020f7702f235001ea0b2abac054651ab28aeeb0f" in tags["SOURCE"]
            data = src.read()
        # Level-1C DN never come near 0 over this scene: every pixel of every band is data
        assert (data != 0).all()
        # the README's DN range table
        readme = _readme()
        column = 0 if date == "2016-09-27" else 1
        for i, name in enumerate(("B2 blue", "B3 green", "B4 red", "B8 nir")):
            row = re.search(r"^\| {} `{}` \|(.*)$".format(i + 1, name), readme, re.M).group(1).split("|")
            lo, hi = (int(v) for v in row[column].strip().split("–"))
            assert (int(data[i].min()), int(data[i].max())) == (lo, hi), (date, name)


def test_documented_source_checksums_agree():
    """README table, rebuild script and the files' band tags name the same eight source checksums."""
    import rasterio

    script = _pair_script()
    readme = _readme()
    in_readme = re.findall(r"`([0-9a-f]{64})`", readme)
    in_script = [s for _, _, _, _, _, sums in script.DATES for s in sums.values()]
    assert in_script == in_readme[-8:] and len(set(in_script)) == 8
    for out_name, _date, _dir, _stem, _tile, sums in script.DATES:
        with rasterio.open(os.path.join(SAMPLE_DATA, out_name)) as src:
            assert [src.tags(b)["SOURCE_SHA256"] for b in (1, 2, 3, 4)] == list(sums.values())


@pytest.mark.skipif(not os.path.isdir(SOURCES), reason="the source files are not on this machine")
def test_sources_match_their_checksums_and_rebuild_the_shipped_images(tmp_path):
    import rasterio

    script = _pair_script()
    for _out, _date, _dir, stem, _tile, sums in script.DATES:
        for band, digest in sums.items():
            with open(os.path.join(SOURCES, "{}_{}.tif".format(stem, band)), "rb") as fh:
                assert hashlib.sha256(fh.read()).hexdigest() == digest
    script.main([SOURCES, str(tmp_path)])
    for out_name, *_ in script.DATES:
        with rasterio.open(os.path.join(SAMPLE_DATA, out_name)) as shipped, \
                rasterio.open(str(tmp_path / out_name)) as rebuilt:
            assert shipped.transform == rebuilt.transform and shipped.crs == rebuilt.crs
            diff = np.abs(shipped.read().astype(np.int32) - rebuilt.read().astype(np.int32))
            assert diff.max() <= 1          # one DN of rounding between GDAL versions, no more


def test_training_points_are_the_documented_draw_and_the_readme_counts(tmp_path):
    import rasterio

    points, epsg = _layer(TRAINING)
    assert epsg == "32650"
    with rasterio.open(IMAGES["2016-09-27"]) as src:
        transform, shape = src.transform.to_gdal(), (src.height, src.width)
    for attrs, x, y in points:
        row, col = _cell(x, y, transform)
        assert 0 <= row < shape[0] and 0 <= col < shape[1]
        assert attrs["class"] in SCHEME and attrs["date"] in IMAGES and attrs["cover"]
    counts = Counter((a["date"], a["class"]) for a, _, _ in points)
    readme = _readme()
    for date in IMAGES:
        water, land, total = (int(v) for v in
                              re.search(r"^\| {} \| (\d+) \| (\d+) \| (\d+) \|$".format(date), readme, re.M).groups())
        assert (counts[(date, 1)], counts[(date, 9)], sum(v for (d, _), v in counts.items() if d == date)) == \
            (water, land, total)
    assert set(c for _, c in counts) == {1, 9}

    # the script makes exactly these points again (boxes, rules and seed as documented)
    script = _samples_script()
    refl, _valid, rtransform, crs = script.read_pair()
    rows = script.training_points(refl, rtransform, crs, path=str(tmp_path / "training.gpkg"))
    again = sorted((r[1], r[2], r[6], r[7]) for r in rows)
    shipped = sorted((a["date"], a["class"], x, y) for a, x, y in points)
    assert again == shipped
    # changed ground: the same pixel carries water on 2016 and land on 2018
    by_xy = {}
    for a, x, y in points:
        by_xy.setdefault((x, y), {})[a["date"]] = a["class"]
    changed = [v for v in by_xy.values() if len(v) == 2 and v["2016-09-27"] != v["2018-03-23"]]
    assert changed and all(v == {"2016-09-27": 1, "2018-03-23": 9} for v in changed)


def test_reference_sample_is_the_seeded_draw_labelled_in_the_scheme():
    import rasterio

    with open(LABELS, newline="", encoding="utf-8") as fh:
        rows = {int(r["id"]): r for r in csv.DictReader(fh)}
    points, epsg = _layer(REFERENCE)
    assert epsg == "32650"
    points.sort(key=lambda p: p[0]["id"])
    assert [p[0]["id"] for p in points] == sorted(rows) == list(range(1, 301))
    for attrs, _x, _y in points:
        row = rows[attrs["id"]]
        assert (attrs["ref_from"], attrs["ref_to"]) == (int(row["ref_from"]), int(row["ref_to"]))
        assert attrs["ref_from"] in SCHEME and attrs["ref_to"] in SCHEME
        assert attrs["confidence"] == row["confidence"] in ("high", "medium", "low")
        assert attrs["note"] == row["note"] and row["note"].strip()

    script = _samples_script()
    with rasterio.open(IMAGES["2016-09-27"]) as src:
        valid = (src.read() != src.nodata).all(axis=0)
        transform = src.transform
    drawn = _module(os.path.join(ROOT, "scripts", "make_reference_sample.py"), "mrs").draw_sample(
        valid, transform, script.SIZE, script.SEED)
    cells = set()
    for (attrs, x, y), d in zip(points, drawn):
        assert (attrs["id"], x, y) == (d["id"], d["x"], d["y"])
        cells.add(_cell(x, y, transform.to_gdal()))
    assert len(cells) == 300 and all(0 <= r < valid.shape[0] and 0 <= c < valid.shape[1] for r, c in cells)

    # no reference pixel is a training pixel
    training = {(x, y) for _, x, y in _layer(TRAINING)[0]}
    assert not training & {(x, y) for _, x, y in points}


def test_reference_counts_match_the_readme_table():
    with open(LABELS, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    counts = Counter((int(r["ref_from"]), int(r["ref_to"]), r["confidence"]) for r in rows)
    readme = _readme()
    table = {}
    for a, b, n, high, medium, low in re.findall(
            r"^\| (\d) [a-z ]+ → (\d) [a-z ]+ \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$", readme, re.M):
        table[(int(a), int(b))] = (int(n), int(high), int(medium), int(low))
    assert set(table) == {(1, 1), (9, 9)}
    for (a, b), (n, high, medium, low) in table.items():
        assert (counts[(a, b, "high")], counts[(a, b, "medium")], counts[(a, b, "low")]) == (high, medium, low)
        assert high + medium + low == n
    assert sum(v[0] for v in table.values()) == len(rows)
    # the rows the README gives as zero are zero in the labels
    for a, b in ((1, 9), (9, 1)):
        assert re.search(r"^\| {} → {} \([a-z ]+\) \| 0 \|".format(a, b), readme, re.M)
        assert not any(k[:2] == (a, b) for k in counts)
