"""The grand total counts overlapping ground once: the sum of the polygons less the ground each shares with the
polygons before it equals the union of the polygons measured whole, and areas by hand."""
import numpy as np
import pytest
from shapely.geometry import Point, box
from shapely.ops import unary_union

from bluecarbon.bluecarbon_qgis.engine.carbon.densities import read_density_table
from bluecarbon.bluecarbon_qgis.engine.carbon.stocks import BASIS_RESTORED, UNKNOWN_ZERO, account, carbon_stocks
from bluecarbon.bluecarbon_qgis.engine.raster.grid import open_grid
from bluecarbon.bluecarbon_qgis.engine.raster.zonal import (
    ZonalReader, overlap_partners, overlap_totals, union_totals, zonal_class_areas)
from conftest import make_raster

REL = 1e-9
# Ground outside the raster is measured as a geodesic polygon area (geometry.geodesic_area_m2), whose rounding is
# about 1e-2 m² per ring whatever its size: the same ground cut another way (or densified with 1,024 rather than
# 256 vertices per part) differs by a few 1e-8 of it. Totals that include it get that much more leeway.
OUTSIDE_REL = 1e-7


def whole_union(grid, geoms):
    """The union of the polygons (each prepared as the zonal code does) measured as one item, and the overlap:
    the sum of the polygons' areas less the union's."""
    reader = ZonalReader(grid)
    prepared = [reader.prepare(g)[0] for g in geoms if g is not None]
    union = zonal_class_areas(grid, [unary_union([p for p in prepared if p is not None])])[0]
    summed = sum(z.total_m2 for z in zonal_class_areas(grid, geoms))
    return union, summed - union.total_m2


def assert_same(got, want, got_overlap=None, want_overlap=None):
    """Equal classes and nodata to REL; outside areas to OUTSIDE_REL, which bounds the total and the overlap."""
    assert set(got.classes) == set(want.classes)
    for k, v in want.classes.items():
        assert got.classes[k] == pytest.approx(v, rel=REL), k
    assert got.nodata_m2 == pytest.approx(want.nodata_m2, rel=REL, abs=1e-9)
    assert got.outside_m2 == pytest.approx(want.outside_m2, rel=OUTSIDE_REL, abs=1e-9)
    leeway = OUTSIDE_REL * want.outside_m2 + 1e-9
    assert got.total_m2 == pytest.approx(want.total_m2, rel=REL, abs=leeway)
    if want_overlap is not None:
        assert got_overlap == pytest.approx(want_overlap, rel=REL, abs=leeway)


def measured_overlaps(grid, geoms):
    """Each polygon's areas measured with its overlap partners, and the partners."""
    partners = overlap_partners(grid, geoms)
    return zonal_class_areas(grid, geoms, partners=partners), partners


def test_rectangles_by_hand(tmp_path):
    """Rectangles on 10 m cells of an equal-area CRS (ellipsoidal area = map area): one inside another, three
    overlapping one another, one touching another along an edge, one partly outside the raster and one over
    nodata; the areas of their union by counting 10 m cells."""
    x0, y0 = 1_000_000.0, 3_000_000.0
    classes = np.tile(np.array([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], np.uint8), (10, 1))
    classes[6:8, 2:5] = 0   # nodata
    grid = open_grid(make_raster(tmp_path / "ea.tif", classes, 6933, x0, y0, 10, 10))
    # rectangles as (first column, first row, last column + 1, last row + 1) in cells; columns may be < 0
    rects = [(1, 1, 6, 6),     # A
             (4, 3, 9, 8),     # B overlaps A
             (2, 2, 3, 3),     # C inside A
             (3, 0, 5, 9),     # D overlaps A and B: three-way ground
             (4, 0, 8, 1),     # E touches A along an edge only, overlaps D
             (-2, 2, 2, 4)]    # F partly outside the raster (2 columns), overlaps A
    geoms = [box(x0 + 10 * c0, y0 - 10 * r1, x0 + 10 * c1, y0 - 10 * r0) for c0, r0, c1, r1 in rects]
    cover = np.zeros((10, 12), bool)  # columns -2..9
    for c0, r0, c1, r1 in rects:
        cover[r0:r1, c0 + 2:c1 + 2] = True
    inside = cover[:, 2:]
    want_classes = {k: 100.0 * np.count_nonzero(inside & (classes == k)) for k in range(1, 6)}
    want_nodata = 100.0 * np.count_nonzero(inside & (classes == 0))
    want_outside = 100.0 * np.count_nonzero(cover[:, :2])
    want_overlap = 100.0 * sum((c1 - c0) * (r1 - r0) for c0, r0, c1, r1 in rects) - 100.0 * cover.sum()
    assert want_overlap > 0 and want_nodata > 0 and want_outside > 0
    per, partners = measured_overlaps(grid, geoms)
    total, overlap = overlap_totals(per)
    for k, v in want_classes.items():
        assert total.classes.get(k, 0.0) == pytest.approx(v, rel=REL)
    assert total.nodata_m2 == pytest.approx(want_nodata, rel=REL)
    assert total.outside_m2 == pytest.approx(want_outside, rel=REL)
    assert total.total_m2 == pytest.approx(100.0 * cover.sum(), rel=REL)
    assert overlap == pytest.approx(want_overlap, rel=REL)
    # E's partners are A (their boxes touch) and D; only D's ground has area (the cell count above)
    assert partners == [[], [0], [0], [0, 1, 2], [0, 3], [0, 2]]
    assert per[4].shared.total_m2 == pytest.approx(100.0 * 1 * 1, rel=REL)
    assert per[0].shared is None
    # the same through the in-process helper, and against the union measured whole
    assert_same(union_totals(grid, geoms)[0], total)
    union, summed_overlap = whole_union(grid, geoms)
    assert_same(total, union, overlap, summed_overlap)


def test_only_overlapping_ground_is_measured(tmp_path):
    """Two polygons touching along an edge have no overlap item with area; disjoint polygons no item at all; the
    overlap items' cells are far fewer than those of the union of an overlapping pair."""
    x0, y0 = 500000.0, 2500000.0
    grid = open_grid(make_raster(tmp_path / "t.tif", np.full((100, 100), 3, np.uint8), 32650, x0, y0, 10, 10))
    a = box(x0 + 10, y0 - 500, x0 + 500, y0 - 10)
    b = box(x0 + 500, y0 - 500, x0 + 990, y0 - 10)     # touches a along x0 + 500
    c = box(x0 + 10, y0 - 990, x0 + 200, y0 - 800)     # away from both
    per, partners = measured_overlaps(grid, [a, b, c])
    assert partners == [[], [0], []] and per[1].shared.total_m2 == 0.0
    assert per[0].shared is None and per[2].shared is None
    total, overlap = overlap_totals(per)
    assert overlap == 0.0
    assert total.total_m2 == pytest.approx(sum(z.total_m2 for z in per), rel=REL)
    d = box(x0 + 480, y0 - 500, x0 + 990, y0 - 10)     # overlaps a by a 20 m strip
    per, partners = measured_overlaps(grid, [a, d])
    assert per[1].shared.total_m2 == pytest.approx(per[0].total_m2 * 20 / 490, rel=1e-6)
    assert_same(overlap_totals(per)[0], whole_union(grid, [a, d])[0])


def scene_polygons(rng, x0, y0, span, n):
    """Random discs (some partly outside a raster of ``span`` metres), a sliver overlap, an edge contact, a
    polygon inside another and a three-way overlap."""
    geoms = [Point(x0 + rng.uniform(-100, span + 100), y0 - rng.uniform(-100, span + 100)).buffer(
        rng.uniform(5, span / 6), 12) for _ in range(n)]
    geoms += [box(x0 + 100, y0 - 300, x0 + 300, y0 - 100),
              box(x0 + 300 - 1e-4, y0 - 260, x0 + 500, y0 - 140),   # sliver of 0.1 mm over the previous one
              box(x0 + 100, y0 - 500, x0 + 300, y0 - 300),           # touches the first along an edge
              box(x0 + 150, y0 - 250, x0 + 160, y0 - 240)]           # inside the first
    c = (x0 + span / 2, y0 - span / 2)
    geoms += [Point(c[0] + 40 * np.cos(t), c[1] + 40 * np.sin(t)).buffer(60, 16) for t in (0, 2.1, 4.2)]
    return geoms


@pytest.mark.parametrize("max_cells", [4_000_000, 500])
def test_equals_union_measured_whole(tmp_path, max_cells):
    """Many overlapping polygons over nodata and partly outside the raster (tiled windows too): every class
    area, the nodata, outside and total areas and the overlap equal those of the union measured whole."""
    rng = np.random.default_rng(11)
    x0, y0 = 500000.0, 2500000.0
    arr = rng.integers(0, 6, size=(150, 150)).astype(np.uint8)   # 0: nodata
    grid = open_grid(make_raster(tmp_path / "r.tif", arr, 32650, x0, y0, 10, 10))
    geoms = scene_polygons(rng, x0, y0, 1500, 60)
    total, overlap = union_totals(grid, geoms, max_cells=max_cells)
    union, summed_overlap = whole_union(grid, geoms)
    assert total.outside_m2 > 0 and total.nodata_m2 > 0 and overlap > 0
    assert_same(total, union, overlap, summed_overlap)


def test_geographic_raster_across_the_antimeridian(tmp_path):
    """On a raster running 179.5°..180.5°, polygons given at negative longitudes are placed in its span once,
    where they are measured; their overlaps are cut from them as placed, not placed again."""
    rng = np.random.default_rng(4)
    arr = rng.integers(0, 6, size=(100, 100)).astype(np.uint8)
    grid = open_grid(make_raster(tmp_path / "g.tif", arr, 4326, 179.5, 10.0, 0.01, 0.01))
    geoms = [box(179.7, 9.5, 179.98, 9.8),
             box(-179.99, 9.6, -179.7, 9.9),           # 180.01..180.3, overlaps nothing of the first
             box(179.9, 9.55, 180.1, 9.7),              # across 180: overlaps both
             box(-179.6, 9.2, -179.3, 9.4),             # 180.4..180.7: partly outside the raster
             box(180.3, 9.25, 180.6, 9.35),             # overlaps the previous one, partly outside
             Point(179.95, 9.52).buffer(0.08, 16)]     # overlaps the first and the third
    per, partners = measured_overlaps(grid, geoms)
    assert partners == [[], [], [0, 1], [], [3], [0, 1, 2]]   # the last touches the second at 9.6° N
    total, overlap = overlap_totals(per)
    union, summed_overlap = whole_union(grid, geoms)
    assert total.outside_m2 > 0 and overlap > 0
    assert_same(total, union, overlap, summed_overlap)


def test_partners_with_shapely_2s_tree(monkeypatch, tmp_path):
    """Shapely 2's STRtree.query gives positions in the tree, not geometries: the partners are the same."""
    from bluecarbon.bluecarbon_qgis.engine.raster import zonal

    rng = np.random.default_rng(9)
    x0, y0 = 500000.0, 2500000.0
    grid = open_grid(make_raster(tmp_path / "r.tif", np.ones((100, 100), np.uint8), 32650, x0, y0, 10, 10))
    geoms = scene_polygons(rng, x0, y0, 1000, 30)
    geoms[3] = None
    want = overlap_partners(grid, geoms)
    tree_of = zonal.STRtree

    class PositionsTree:
        def __init__(self, items):
            self.tree, self.ids = tree_of(items), {id(g): k for k, g in enumerate(items)}

        def query(self, g):   # under shapely 2 already positions
            return np.array([h if isinstance(h, (int, np.integer)) else self.ids[id(h)] for h in self.tree.query(g)],
                            dtype=np.int64)

    monkeypatch.setattr(zonal, "STRtree", PositionsTree)
    assert overlap_partners(grid, geoms) == want and sum(map(len, want)) > 10


def test_carbon_stocks_grand_total_with_climate_zones_and_restored_basis(tmp_path):
    """carbon_stocks' grand total with two climate zones and the restored-area basis equals the accounts of the
    union of each zone's polygons and of each zone's restored parts, each measured whole."""
    rng = np.random.default_rng(8)
    x0, y0 = 500000.0, 2500000.0
    arr = rng.integers(0, 6, size=(120, 120)).astype(np.uint8)
    grid = open_grid(make_raster(tmp_path / "c.tif", arr, 32650, x0, y0, 10, 10))
    geoms = scene_polygons(rng, x0, y0, 1200, 30)
    zones = ["tropical_wet" if i % 3 else "subtropical" for i in range(len(geoms))]
    restored = box(x0 + 200, y0 - 1000, x0 + 900, y0 - 150)
    table = read_density_table()
    run = carbon_stocks(grid, geoms, table, unknown_mode=UNKNOWN_ZERO, iterations=0, climate_zones=zones,
                        restored_geom=restored, basis=BASIS_RESTORED)
    per = zonal_class_areas(grid, geoms)
    rest = zonal_class_areas(grid, [g.intersection(restored) for g in geoms])
    names = sorted(set(zones))
    unions, rest_unions, overlap = [], [], 0.0
    for name in names:
        mine = [g for g, z in zip(geoms, zones) if z == name]
        union, o = whole_union(grid, mine)
        unions.append(union)
        rest_unions.append(whole_union(grid, [g.intersection(restored) for g in mine])[0])
        overlap += o
    accounts, _ = account(table, per + unions, climate_zones=zones + names, restored=rest + rest_unions,
                          sums=[list(range(len(geoms), len(geoms) + len(names)))], unknown_mode=UNKNOWN_ZERO,
                          iterations=0)
    want, got = accounts[-1], run.total
    assert run.overlap_ha > 0 and sum(want.uptake_ha.values()) > 0
    assert run.overlap_ha == pytest.approx(overlap / 1e4, rel=REL)
    for name in ("class_ha", "uptake_ha", "class_stock_tc", "class_uptake_tc_yr"):
        a, b = getattr(want, name), getattr(got, name)
        assert set(a) == set(b)
        for k in a:
            assert b[k] == pytest.approx(a[k], rel=REL, abs=1e-12), (name, k)
    for name in ("unmapped_ha", "stock_tc", "uptake_tc_yr"):
        assert getattr(got, name) == pytest.approx(getattr(want, name), rel=REL), name
