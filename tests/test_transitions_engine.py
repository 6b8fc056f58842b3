"""The transition map engine (engine/carbon/transitions.py, engine/raster/components.py): coding, areas by
hand, the minimum mapping unit on hand-drawn patches across strip edges, the temporal rule, bad inputs."""
import csv
import json
import os

import numpy as np
import pytest
from osgeo import gdal
from pyproj import Geod
from shapely.geometry import box

from conftest import make_raster

from bluecarbon.bluecarbon_qgis.engine.carbon import transitions as T
from bluecarbon.bluecarbon_qgis.engine.errors import InputError

GEOD = Geod(ellps="WGS84")
X0, Y0, D = 113.5, 22.3, 0.001  # EPSG:4326 grid near the Pearl River estuary


def geo(tmp_path, name, array, nodata=0, **kw):
    return make_raster(tmp_path / name, np.asarray(array, np.uint8), epsg=4326, x0=X0, y0=Y0, dx=D, dy=D,
                       nodata=nodata, **kw)


def cell_m2(row, col):
    """A cell's area from pyproj's geodesic polygon area (independent of the plugin's area code)."""
    x0, x1 = X0 + D * col, X0 + D * (col + 1)
    y1, y0 = Y0 - D * row, Y0 - D * (row + 1)
    return abs(GEOD.polygon_area_perimeter([x0, x1, x1, x0], [y0, y0, y1, y1])[0])


def read(path):
    return gdal.Open(str(path)).ReadAsArray()


# ---- coding and areas by hand ----------------------------------------------------------------------------

FIRST = [[3, 3, 3, 2, 2, 2],
         [3, 3, 2, 2, 2, 1],
         [3, 0, 2, 2, 1, 1],
         [4, 4, 4, 1, 1, 1],
         [4, 4, 4, 1, 1, 9]]
LAST = [[3, 3, 8, 2, 2, 1],
        [3, 8, 8, 2, 1, 1],
        [2, 3, 2, 0, 1, 1],
        [4, 4, 2, 1, 1, 1],
        [2, 4, 4, 1, 1, 9]]


def test_transition_values_table_and_areas_by_hand(tmp_path):
    """A 6 x 5 EPSG:4326 map: the values are the sorted pairs that occur numbered from 1, 0 where either date is
    nodata; each value's area is the sum of its cells' geodesic areas."""
    a, b = geo(tmp_path, "a.tif", FIRST), geo(tmp_path, "b.tif", LAST)
    out = str(tmp_path / "t.tif")
    run = T.transition_map([(2015, a), (2024, b)], out, rows=2)
    first, last = np.array(FIRST), np.array(LAST)
    ok = (first != 0) & (last != 0)
    pairs = sorted(set(zip(first[ok].tolist(), last[ok].tolist())))
    assert pairs == [(1, 1), (2, 1), (2, 2), (2, 8), (3, 2), (3, 3), (3, 8), (4, 2), (4, 4), (9, 9)]
    expected = np.zeros(first.shape, int)
    for v, p in enumerate(pairs, start=1):
        expected[(first == p[0]) & (last == p[1]) & ok] = v
    np.testing.assert_array_equal(read(out), expected)
    ds = gdal.Open(out)
    assert ds.GetRasterBand(1).GetNoDataValue() == 0 and ds.GetRasterBand(1).DataType == gdal.GDT_Byte
    by_hand = {v: sum(cell_m2(r, c) for r, c in zip(*np.nonzero(expected == v))) for v in range(1, 11)}
    for v, m2 in enumerate(run["area_m2"], start=1):
        assert m2 == pytest.approx(by_hand[v], rel=1e-9)
    assert run["pixels"] == [int((expected == v).sum()) for v in range(1, 11)]
    assert run["unmapped_pixels"] == 2
    assert run["unmapped_m2"] == pytest.approx(cell_m2(2, 1) + cell_m2(2, 3), rel=1e-9)
    # the table: beside the raster, in its metadata, in the run
    rows = list(csv.DictReader(open(tmp_path / "t.csv", encoding="utf-8")))
    assert list(rows[0]) == ["value", "from_class", "to_class", "from_year", "to_year", "change", "label"]
    assert [(int(r["value"]), int(r["from_class"]), int(r["to_class"]), int(r["change"])) for r in rows] == [
        (v, f, t, int(f != t)) for v, (f, t) in enumerate(pairs, start=1)]
    assert {r["from_year"] for r in rows} == {"2015"} and {r["to_year"] for r in rows} == {"2024"}
    assert rows[4]["label"] == "mangrove → tidal flat" and rows[0]["label"] == "open water → open water"
    assert json.loads(ds.GetMetadataItem(T.METADATA_ITEM)) == run["table"]
    # read back by the one reader of this coding (the sampling design and the accuracy assessment use it)
    from bluecarbon.bluecarbon_qgis.engine.accuracy.transitions_table import read_transition_table
    back = read_transition_table(str(out))
    assert [(t.value, t.from_class, t.to_class, int(t.change), t.label) for t in back.rows] == [
        (r["value"], r["from_class"], r["to_class"], r["change"], r["label"]) for r in run["table"]]
    assert [r["label"] for r in run["table"]] == [r["label"] for r in rows]
    qml = open(tmp_path / "t.qml", encoding="utf-8").read()
    assert qml.count("<paletteEntry") == 10 and 'label="5 mangrove → tidal flat"' in qml
    # per area: a box on cell edges (the first three columns of the first two rows) by the zonal code
    zone = box(X0, Y0 - 2 * D, X0 + 3 * D, Y0)
    table = T.zone_rows(run, out, [zone], ["north"], "whole")
    north = {r[1]: r[6] for r in table if r[0] == "north"}
    whole = {r[1]: r[6] for r in table if r[0] == "whole"}
    for v in range(1, 11):
        assert whole[v] == pytest.approx(by_hand[v] / 1e4, rel=1e-9)
        cells = [(r, c) for r, c in zip(*np.nonzero(expected == v)) if r < 2 and c < 3]
        assert north.get(v, 0.0) == pytest.approx(sum(cell_m2(r, c) for r, c in cells) / 1e4, rel=1e-9, abs=1e-12)
    assert 0 not in north and whole[0] == pytest.approx(run["unmapped_m2"] / 1e4)


def test_codes_outside_the_plugin_scheme_and_wide_types(tmp_path):
    """Int16 classes with negative and large codes: numbers as labels, values in sorted pair order."""
    kw = dict(epsg=32650, dx=30, dy=30, nodata=-1)
    a = make_raster(tmp_path / "a.tif", np.array([[-5, 300, 300], [12, 12, -1]], np.int16), **kw)
    b = make_raster(tmp_path / "b.tif", np.array([[300, 300, -5], [12, -5, 12]], np.int16), **kw)
    run = T.transition_map([(2000, a), (2010, b)], str(tmp_path / "t.tif"), cleaned_folder=str(tmp_path / "c"))
    assert [(r["from_class"], r["to_class"]) for r in run["table"]] == [(-5, 300), (12, -5), (12, 12), (300, -5),
                                                                       (300, 300)]
    assert run["table"][0]["label"] == "-5 → 300"
    np.testing.assert_array_equal(read(tmp_path / "t.tif"), [[1, 5, 4], [3, 2, 0]])
    assert gdal.Open(str(tmp_path / "c" / "snapshot_2010.tif")).GetRasterBand(1).DataType == gdal.GDT_Int16


# ---- minimum mapping unit --------------------------------------------------------------------------------

# change patches of the last date over an unchanged first date (all 1): letters are changed pixels
LAYOUT = """
A.C......BB.
AxC......B..
.A...D......
....D.......
...D........
F.........E.
F.....U.U..E
F.....U.U...
......UUU...
..........G.
"""
# 8-connected patches: A+x+C 6 (joined through x and at corners), B 3, D 3 (diagonal), E 2 (diagonal, across the
# edge of rows 5|6), F 3 (a column across that edge), U 7 (two arms that meet two rows below), G 1


def layout():
    rows = [line for line in LAYOUT.strip().splitlines()]
    last = np.ones((len(rows), len(rows[0])), np.uint8)
    for r, line in enumerate(rows):
        for c, ch in enumerate(line):
            if ch != ".":
                last[r, c] = 2 if ch in "ABDFU" else 3  # a patch may hold several transitions
    return last


@pytest.mark.parametrize("rows", [1, 2, 3, 512])
def test_minimum_mapping_unit_on_hand_drawn_patches(tmp_path, rows):
    """MMU 3: E (2 diagonal pixels across a strip edge) and G (1) go back to no change; A+x+C (joined through x
    and at corners), the diagonal D, F (three strips at one row each) and U (whose arms meet two strips
    below) stay, however the raster is cut into strips."""
    last = layout()
    a = geo(tmp_path, "a.tif", np.ones_like(last))
    b = geo(tmp_path, "b.tif", last)
    run = T.transition_map([(2000, a), (2010, b)], str(tmp_path / "t.tif"), min_pixels=3, rows=rows,
                           cleaned_folder=str(tmp_path / "c"))
    expected = last.copy()
    picture = LAYOUT.strip().splitlines()
    for r, line in enumerate(picture):
        for c, ch in enumerate(line):
            if ch in "EG":
                expected[r, c] = 1
    np.testing.assert_array_equal(read(tmp_path / "c" / "snapshot_2010.tif"), expected)
    np.testing.assert_array_equal(read(tmp_path / "c" / "snapshot_2000.tif"), np.ones_like(last))
    assert run["mmu_pixels"] == [0, 3]
    # the stable pair 1 -> 1 and the two changes that remain
    assert [(r["from_class"], r["to_class"]) for r in run["table"]] == [(1, 1), (1, 2), (1, 3)]


def test_patch_size_threshold_is_strict_and_joins_across_edges(tmp_path):
    """U has 7 pixels: kept with MMU 7, removed with MMU 8 even when its arms lie in separate strips."""
    last = layout()
    a = geo(tmp_path, "a.tif", np.ones_like(last))
    b = geo(tmp_path, "b.tif", last)
    u = np.array([[ch == "U" for ch in line] for line in LAYOUT.strip().splitlines()])
    for least, kept in ((7, True), (8, False)):
        T.transition_map([(2000, a), (2010, b)], str(tmp_path / "t.tif"), min_pixels=least, rows=1,
                         cleaned_folder=str(tmp_path / "c"))
        assert (read(tmp_path / "c" / "snapshot_2010.tif")[u] == 2).all() == kept


def test_minimum_mapping_unit_matches_whole_raster_labelling(tmp_path):
    """A noisy 60 x 47 map, MMU 4, strips of 5 rows: the same as scipy labelling the whole raster at once."""
    from scipy import ndimage

    rng = np.random.default_rng(3)
    first = rng.integers(1, 4, size=(60, 47)).astype(np.uint8)
    last = np.where(rng.random(first.shape) < 0.35, rng.integers(1, 4, size=first.shape), first).astype(np.uint8)
    last[rng.random(first.shape) < 0.03] = 0  # some nodata
    a, b = geo(tmp_path, "a.tif", first), geo(tmp_path, "b.tif", last)
    run = T.transition_map([(2000, a), (2010, b)], str(tmp_path / "t.tif"), min_pixels=4, rows=5,
                           cleaned_folder=str(tmp_path / "c"))
    changed = (first != last) & (last != 0)
    labels, n = ndimage.label(changed, structure=np.ones((3, 3)))
    small = np.bincount(labels.ravel())[labels] < 4
    small &= changed
    expected = np.where(small, first, last)
    np.testing.assert_array_equal(read(tmp_path / "c" / "snapshot_2010.tif"), expected)
    assert run["mmu_pixels"][1] == int(small.sum()) > 0


# ---- temporal rule ---------------------------------------------------------------------------------------

def test_temporal_rule_sequences(tmp_path):
    """Columns are pixels, rows of the table are dates: A→B→A is an error of the middle date; A→B→B, A→B→C and a
    flip around a date without data are kept."""
    seq = {  # pixel: classes at 2000, 2005, 2010
        "ABA": (1, 2, 1), "ABB": (1, 2, 2), "ABC": (1, 2, 3), "A-A": (1, 0, 1), "AAA": (1, 1, 1), "-BA": (0, 2, 1),
    }
    dates = [geo(tmp_path, "d{}.tif".format(k), [[s[k] for s in seq.values()]]) for k in range(3)]
    snaps = list(zip((2000, 2005, 2010), dates))
    run = T.transition_map(snaps, str(tmp_path / "t.tif"), cleaned_folder=str(tmp_path / "c"))
    middle = read(tmp_path / "c" / "snapshot_2005.tif").ravel().tolist()
    assert dict(zip(seq, middle)) == {"ABA": 1, "ABB": 2, "ABC": 2, "A-A": 0, "AAA": 1, "-BA": 2}
    assert run["temporal_pixels"] == [0, 1, 0]
    off = T.transition_map(snaps, str(tmp_path / "t2.tif"), temporal=False, cleaned_folder=str(tmp_path / "c2"))
    assert read(tmp_path / "c2" / "snapshot_2005.tif").ravel().tolist() == [s[1] for s in seq.values()]
    assert off["temporal_pixels"] == [0, 0, 0]
    # the first and last dates are never changed; the transition is first -> last
    np.testing.assert_array_equal(read(tmp_path / "t.tif"), read(tmp_path / "t2.tif"))


def test_temporal_rule_runs_from_the_oldest_date(tmp_path):
    """Four dates: 1,2,1,2 -> 1,1,1,2 (date 2 is compared with the cleaned date 1, so it is no flip any more);
    2,1,2,1 -> 2,2,2,1; 1,2,2,1 is two changes, kept."""
    seqs = [(1, 2, 1, 2), (2, 1, 2, 1), (1, 2, 2, 1)]
    dates = [geo(tmp_path, "d{}.tif".format(k), [[s[k] for s in seqs]]) for k in range(4)]
    run = T.transition_map(list(zip((2000, 2005, 2010, 2015), dates)), str(tmp_path / "t.tif"),
                           cleaned_folder=str(tmp_path / "c"))
    got = np.array([read(tmp_path / "c" / "snapshot_{}.tif".format(y)).ravel() for y in (2000, 2005, 2010, 2015)]).T
    assert got.tolist() == [[1, 1, 1, 2], [2, 2, 2, 1], [1, 2, 2, 1]]
    assert run["temporal_pixels"] == [0, 2, 0, 0]
    lines = open(tmp_path / "c" / "snapshots.csv", encoding="utf-8").read().splitlines()
    assert lines == ["snapshot_year,raster_path", "2000,snapshot_2000.tif", "2005,snapshot_2005.tif",
                     "2010,snapshot_2010.tif", "2015,snapshot_2015.tif"]


def test_temporal_rule_then_minimum_mapping_unit(tmp_path):
    """The temporal rule first (a 2-pixel flicker is undone by it, not by the MMU), then the MMU interval by
    interval: a 2-pixel change that stays is undone on both later dates."""
    d0 = np.ones((3, 4), np.uint8)
    d1 = d0.copy()
    d1[0, 0:2] = 2  # flicker: back to 1 at d2
    d1[2, 2:4] = 3  # a small change that stays
    d2 = d0.copy()
    d2[2, 2:4] = 3
    paths = [geo(tmp_path, "d{}.tif".format(k), d) for k, d in enumerate((d0, d1, d2))]
    run = T.transition_map(list(zip((2000, 2005, 2010), paths)), str(tmp_path / "t.tif"), min_pixels=3,
                           cleaned_folder=str(tmp_path / "c"))
    assert run["temporal_pixels"] == [0, 2, 0]
    assert run["mmu_pixels"] == [0, 2, 2]  # undone at 2005, so 2005 -> 2010 is the same small change: undone too
    for y in (2005, 2010):
        np.testing.assert_array_equal(read(tmp_path / "c" / "snapshot_{}.tif".format(y)), d0 * 1)
    assert [(r["from_class"], r["to_class"]) for r in run["table"]] == [(1, 1)]


# ---- bad inputs ------------------------------------------------------------------------------------------

def test_refusals(tmp_path):
    a = geo(tmp_path, "a.tif", FIRST)
    b = geo(tmp_path, "b.tif", LAST)
    out = str(tmp_path / "t.tif")
    with pytest.raises(InputError, match="Only one class map .2015. was given"):
        T.transition_map([(2015, a)], out)
    with pytest.raises(InputError, match="not in increasing order"):
        T.transition_map([(2024, a), (2015, b)], out)
    shifted = make_raster(tmp_path / "s.tif", np.array(LAST, np.uint8), epsg=4326, x0=X0 + D / 2, y0=Y0, dx=D, dy=D)
    with pytest.raises(InputError, match=r"another origin or pixel size.*gdalwarp -r near -t_srs \"EPSG:4326\" -te "
                                         r"113\.5 22\.295 113\.506 22\.3 -tr 0\.001 0\.001 .*s\.tif 2024_aligned\.tif"):
        T.transition_map([(2015, a), (2024, shifted)], out)
    utm = make_raster(tmp_path / "u.tif", np.array(LAST, np.uint8), epsg=32650, x0=X0, y0=Y0, dx=D, dy=D)
    with pytest.raises(InputError, match=r"its CRS differs"):
        T.transition_map([(2015, a), (2024, utm)], out)
    small = geo(tmp_path, "small.tif", np.array(LAST)[:4])
    with pytest.raises(InputError, match=r"it is 6 x 4 pixels, the 2015 snapshot 6 x 5"):
        T.transition_map([(2015, a), (2024, small)], out)
    empty = geo(tmp_path, "e.tif", np.zeros((5, 6)))
    with pytest.raises(InputError, match="No pixel has a class on both the first .2015. and the last .2024."):
        T.transition_map([(2015, a), (2024, empty)], out, cleaned_folder=str(tmp_path / "c"))
    assert sorted(os.listdir(tmp_path)) == ["a.tif", "b.tif", "e.tif", "s.tif", "small.tif", "u.tif"]


def test_nodata_that_is_a_class_is_warned(tmp_path):
    first = np.array(FIRST, np.uint8)
    first[first == 0] = 2  # 0 stays the other map's nodata only
    a = geo(tmp_path, "a.tif", first, nodata=3)  # mangrove, a class on the other date
    b = geo(tmp_path, "b.tif", LAST)
    run = T.transition_map([(2015, a), (2024, b)], str(tmp_path / "t.tif"))
    (template, fields), = run["warnings"]
    assert "nodata value {nodata} of the {year} map is a class on the {other}" in template
    assert fields == dict(nodata=3, year=2015, other="2024")
    last = np.array(LAST, np.uint8)
    last[last == 0] = 2
    both = geo(tmp_path, "b3.tif", last, nodata=3)
    run = T.transition_map([(2015, a), (2024, both)], str(tmp_path / "t.tif"))
    (template, fields), = run["warnings"]
    assert "is the plugin's class {nodata} ({name})" in template and fields == dict(nodata=3, name="mangrove")


def test_alpha_band_hides_pixels_and_cleaned_maps_get_a_nodata_value(tmp_path):
    """A map without a nodata value whose alpha band hides two cells: those cells have no transition (0), and
    its cleaned map marks them with 0, a value that is no class; a map with neither keeps no nodata value."""
    from osgeo import osr

    def with_alpha(name, classes, alpha):
        ds = gdal.GetDriverByName("GTiff").Create(str(tmp_path / name), 3, 2, 2, gdal.GDT_Byte)
        ds.SetGeoTransform((X0, D, 0, Y0, 0, -D))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(4326)
        ds.SetProjection(srs.ExportToWkt())
        ds.GetRasterBand(1).WriteArray(np.array(classes, np.uint8))
        ds.GetRasterBand(2).WriteArray(np.array(alpha, np.uint8))
        ds.GetRasterBand(2).SetColorInterpretation(gdal.GCI_AlphaBand)
        ds = None
        return str(tmp_path / name)

    a = geo(tmp_path, "a.tif", [[1, 2, 3], [3, 2, 1]], nodata=None)
    b = with_alpha("b.tif", [[1, 3, 3], [3, 1, 1]], [[255, 0, 255], [255, 255, 0]])
    run = T.transition_map([(2000, a), (2010, b)], str(tmp_path / "t.tif"), cleaned_folder=str(tmp_path / "c"))
    assert [(r["from_class"], r["to_class"]) for r in run["table"]] == [(1, 1), (2, 1), (3, 3)]
    np.testing.assert_array_equal(read(tmp_path / "t.tif"), [[1, 0, 3], [3, 2, 0]])
    cleaned = gdal.Open(str(tmp_path / "c" / "snapshot_2010.tif"))
    assert cleaned.GetRasterBand(1).GetNoDataValue() == 0
    np.testing.assert_array_equal(cleaned.ReadAsArray(), [[1, 0, 3], [3, 1, 0]])
    first = gdal.Open(str(tmp_path / "c" / "snapshot_2000.tif"))
    assert first.GetRasterBand(1).GetNoDataValue() is None
    np.testing.assert_array_equal(first.ReadAsArray(), [[1, 2, 3], [3, 2, 1]])
