"""Exact ellipsoidal class areas, checked against hand fractions and pyproj."""
import numpy as np
import pytest
from pyproj import CRS, Geod, Transformer
from shapely import wkt as shapely_wkt
from shapely.geometry import MultiPolygon, Polygon, box

from bluecarbon.bluecarbon_qgis.engine.raster.coverage import _along_edges, polygon_cell_areas, polygon_cell_moments
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from bluecarbon.bluecarbon_qgis.engine.raster.grid import open_grid
from bluecarbon.bluecarbon_qgis.engine.raster.zonal import union_totals, zonal_class_areas
from conftest import make_raster

GEOD = Geod(ellps="WGS84")


def unit(v):
    return np.asarray(v, dtype=float)


@pytest.mark.parametrize("ring, expected", [
    # the square shifted half a cell over a 3 x 3 grid: corner, edge and centre fractions
    ([(0.5, 0.5), (2.5, 0.5), (2.5, 2.5), (0.5, 2.5)],
     [[0.25, 0.5, 0.25], [0.5, 1.0, 0.5], [0.25, 0.5, 0.25]]),
    # a right triangle with legs of 3 cells: half cells on the diagonal
    ([(0, 0), (3, 0), (0, 3)], [[1, 1, 0.5], [1, 0.5, 0], [0.5, 0, 0]]),
    # a thin sliver inside one cell
    ([(1.1, 1.2), (1.9, 1.2), (1.9, 1.3), (1.1, 1.3)], [[0, 0, 0], [0, 0.08, 0], [0, 0, 0]]),
])
def test_fractions_by_hand(ring, expected):
    ring = np.array(ring + [ring[0]], dtype=float)
    for r in (ring, ring[::-1]):  # either orientation
        got = polygon_cell_areas([r], (3, 3), unit)
        assert got == pytest.approx(np.array(expected), abs=1e-12)


@pytest.mark.parametrize("ring", [
    [(0.3, 0.2), (2.7, 0.6), (1.9, 2.8), (0.4, 2.1)],
    [(0.5, 0.5), (2.5, 0.5), (2.5, 2.5), (0.5, 2.5)],
    [(1.1, 1.2), (1.9, 1.2), (1.9, 1.3), (1.1, 1.3)],
])
def test_first_moments_by_cell_match_shapely(ring):
    # area and first moments about each cell's centre: shapely's area and centroid of polygon ∩ cell
    poly = Polygon(ring)
    ring = np.array(ring + [ring[0]], dtype=float)
    for r in (ring, ring[::-1]):
        a, mu, mv = polygon_cell_moments([r], (3, 3))
        for i in range(3):
            for j in range(3):
                part = poly.intersection(box(j, i, j + 1, i + 1))
                area = part.area
                cu = (part.centroid.x - (j + 0.5)) * area if area else 0.0
                cv = (part.centroid.y - (i + 0.5)) * area if area else 0.0
                assert (a[i, j], mu[i, j], mv[i, j]) == pytest.approx((area, cu, cv), abs=1e-12)


def test_points_along_edges_sort_as_the_two_key_sort():
    rng = np.random.default_rng(5)
    # ordinary edges: the one-key sort gives lexsort's order
    ids = np.concatenate([np.arange(50), np.sort(rng.integers(0, 50, 200)), np.sort(rng.integers(0, 50, 200))])
    ts = np.concatenate([np.zeros(50), rng.uniform(0.0, 1.0, 400)])
    order = np.lexsort((ts, ids))
    got_ids, got_ts = _along_edges(ids, ts)
    assert np.array_equal(got_ids, ids[order]) and np.array_equal(got_ts, ts[order])
    # edge ids so large that crossings 1e-9 apart round to one key, placed against their order: the exact
    # sort takes over
    big = 2 ** 40
    ids = np.array([big, big + 1, big, big, big + 1], dtype=np.int64)
    ts = np.array([0.0, 0.0, 0.5 + 1e-9, 0.5, 0.25])
    assert ids[0] + 0.5 * ts[2] == ids[0] + 0.5 * ts[3]
    got_ids, got_ts = _along_edges(ids, ts)
    assert got_ids.tolist() == [big, big, big, big + 1, big + 1]
    assert got_ts.tolist() == [0.0, 0.5, 0.5 + 1e-9, 0.0, 0.25]


def test_vertices_on_and_next_to_grid_lines_match_shapely():
    # vertices on grid lines, a hair either side of them and at cell corners: the pieces of every edge are
    # ordered along it, so each cell's area is shapely's intersection area
    rng = np.random.default_rng(11)
    for _ in range(20):
        k = rng.integers(5, 12)
        ang = np.sort(rng.uniform(0, 2 * np.pi, k))
        rad = rng.uniform(1.5, 3.9, k)
        pts = np.column_stack([4 + rad * np.cos(ang), 4 + rad * np.sin(ang)])
        snap = rng.random(pts.shape) < 0.5
        pts = np.where(snap, np.round(pts) + rng.choice([0.0, 1e-13, -1e-13, 1e-9], pts.shape), pts)
        poly = Polygon(pts)
        if not poly.is_valid:
            continue
        ring = np.vstack([pts, pts[:1]])
        got = polygon_cell_areas([ring], (8, 8), unit)
        want = np.array([[poly.intersection(box(j, i, j + 1, i + 1)).area for j in range(8)] for i in range(8)])
        assert got == pytest.approx(want, abs=1e-9)


def test_hole_is_excluded():
    outer = np.array([(0, 0), (3, 0), (3, 3), (0, 3), (0, 0)], float)
    hole = np.array([(1, 1), (1, 2), (2, 2), (2, 1), (1, 1)], float)
    got = polygon_cell_areas([outer, hole], (3, 3), unit)
    assert got == pytest.approx(np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], float))


def test_factor_multiplies_each_cell_once_with_its_row_weight():
    """A factor given to polygon_cell_areas scales each cell as multiplying the areas afterwards does, with the
    row weights (here unequal, as on a geographic grid) folded into it."""
    rng = np.random.default_rng(3)
    ring = np.array([(0.3, 0.2), (5.7, 0.6), (4.9, 3.8), (0.4, 3.1), (0.3, 0.2)], float)
    factor = rng.uniform(0.5, 2.0, (4, 6))

    heights = np.array([1.0, 2.0, 3.0, 4.0])
    edges = np.concatenate([[0.0], np.cumsum(heights)])

    def weight(v):  # cumulative weight of rows of weights 1, 2, 3, 4
        v = np.asarray(v, dtype=float)
        r = np.clip(np.floor(v).astype(int), 0, 3)
        return edges[r] + (v - r) * heights[r]

    seen = []

    def scaled(rows):
        seen.append(np.asarray(rows))
        return factor * np.asarray(rows)[:, None]

    for r in (ring, ring[::-1]):
        plain = polygon_cell_areas([r], (4, 6), weight)
        got = polygon_cell_areas([r], (4, 6), weight, scaled)
        assert got == pytest.approx(plain * factor, rel=1e-13, abs=1e-13)
        poly = Polygon(ring)
        want = np.array([[poly.intersection(box(j, i, j + 1, i + 1)).area * heights[i] for j in range(6)]
                         for i in range(4)])
        assert plain == pytest.approx(want, abs=1e-12)
        assert np.abs(seen[-1]) == pytest.approx(np.diff(weight(np.arange(5.0))))  # one weight per row
    # a factor function that gives None (a geographic grid has none): the plain areas
    assert polygon_cell_areas([ring], (4, 6), weight, lambda rows: None) == pytest.approx(
        polygon_cell_areas([ring], (4, 6), weight), abs=0)


def test_bounds_and_centroids_are_shapelys():
    from shapely.geometry import GeometryCollection, LineString, Point

    from bluecarbon.bluecarbon_qgis.engine.raster.geometry import bounds, centroid_xy

    shapes = [box(1, 2, 3, 5), Polygon([(0, 0), (4, 1), (2, 7)], [[(1, 1), (2, 1.2), (2, 3)]]),
              MultiPolygon([box(0, 0, 1, 1), box(10, -3, 11, 2)]), Point(3, -4), LineString([(0, 9), (-5, 2)]),
              GeometryCollection([Point(1, 1), box(-2, -2, -1, -1)])]
    for g in shapes:
        assert bounds(g) == g.bounds
        assert centroid_xy(g) == (g.centroid.x, g.centroid.y)
    for empty in (Polygon(), GeometryCollection()):
        assert tuple(bounds(empty)) == tuple(empty.bounds)


def test_rings_in_pixels_from_wkb_match_the_coordinates(tmp_path):
    """Rings read from the WKB (2-D and 3-D, holes, multipart, either winding) are the parts' coordinates in
    pixels, exteriors wound one way and holes the other."""
    from shapely import wkt as shapely_wkt

    from bluecarbon.bluecarbon_qgis.engine.raster.geometry import polygon_parts
    from bluecarbon.bluecarbon_qgis.engine.raster.zonal import _rings_in_pixels, _signed_area

    path = make_raster(tmp_path / "r.tif", np.ones((50, 60), np.uint8), 32650, 500000.0, 4000000.0, 10.0, 10.0)
    g = open_grid(str(path))
    shapes = [
        "POLYGON ((500105 3999895, 500105 3999705, 500395 3999705, 500395 3999895, 500105 3999895), "
        "(500155 3999855, 500205 3999855, 500205 3999805, 500155 3999805, 500155 3999855))",
        "POLYGON Z ((500012 3999988 5, 500088 3999988 6, 500088 3999912 7, 500012 3999988 5))",
        "MULTIPOLYGON (((500010 3999990, 500050 3999990, 500050 3999950, 500010 3999990)), "
        "((500300 3999600, 500350 3999650, 500400 3999600, 500300 3999600)))",
    ]
    for text in shapes:
        parts = polygon_parts(shapely_wkt.loads(text))
        rings = _rings_in_pixels(g, parts, 3, 2)
        want = [np.asarray(r.coords)[:, :2] for p in parts for r in [p.exterior, *p.interiors]]
        holes = [i > 0 for p in parts for i in range(1 + len(p.interiors))]
        assert len(rings) == len(want)
        for got, xy, hole in zip(rings, want, holes):
            pix = np.column_stack([(xy[:, 0] - g.x0) / g.dx - 3, (xy[:, 1] - g.y0) / g.dy - 2])
            assert (_signed_area(got) > 0) != hole
            assert np.array_equal(got, pix) or np.array_equal(got, pix[::-1])


def densified_geodesic_area(poly, to_lonlat=None, step=None):
    """pyproj's geodesic area of a polygon whose edges are straight in its own CRS."""
    total = 0.0
    parts = poly.geoms if isinstance(poly, MultiPolygon) else [poly]
    for part in parts:
        for i, ring in enumerate([part.exterior, *part.interiors]):
            xy = np.asarray(ring.coords)
            pts = []
            for a, b in zip(xy[:-1], xy[1:]):
                n = 200
                t = np.arange(n)[:, None] / n
                pts.append(a + (b - a) * t)
            pts.append(xy[-1:])
            pts = np.vstack(pts)
            if to_lonlat is not None:
                lon, lat = to_lonlat.transform(pts[:, 0], pts[:, 1])
            else:
                lon, lat = pts[:, 0], pts[:, 1]
            a = abs(GEOD.polygon_area_perimeter(lon, lat)[0])
            total += a if i == 0 else -a
    return total


def expected_class_areas(arr, x0, y0, dx, dy, poly, to_lonlat=None):
    out = {}
    for r in range(arr.shape[0]):
        for c in range(arr.shape[1]):
            cell = box(x0 + c * dx, y0 - (r + 1) * dy, x0 + (c + 1) * dx, y0 - r * dy)
            inter = cell.intersection(poly)
            if inter.is_empty or inter.area == 0:
                continue
            out[int(arr[r, c])] = out.get(int(arr[r, c]), 0.0) + densified_geodesic_area(inter, to_lonlat)
    return out


CUTTING_POLYGON_LL = Polygon([(110.0043, 21.9913), (110.0337, 21.9941), (110.0291, 22.0243),
                              (110.0152, 22.0110), (110.0019, 22.0207)])


def test_geographic_raster_matches_pyproj(tmp_path):
    arr = np.array([[1, 2, 3, 4], [2, 3, 4, 1], [3, 4, 1, 2], [4, 1, 2, 3]], np.uint8)
    x0, y0, d = 110.0, 22.03, 0.01
    path = make_raster(tmp_path / "geo.tif", arr, 4326, x0, y0, d, d)
    grid = open_grid(path)
    got = zonal_class_areas(grid, [CUTTING_POLYGON_LL])[0]
    expected = expected_class_areas(arr, x0, y0, d, d, CUTTING_POLYGON_LL)
    assert set(got.classes) == set(expected)
    for k, v in expected.items():
        assert got.classes[k] == pytest.approx(v, rel=1e-4)
    assert got.unmapped_m2 == pytest.approx(0.0, abs=1e-6)


def test_utm_far_from_central_meridian_matches_pyproj(tmp_path):
    # UTM 50N, 330 km east of the central meridian: scale error of planar areas ~ 0.1 %
    arr = np.array([[1, 2, 3], [3, 1, 2], [2, 3, 1]], np.uint8)
    x0, y0, d = 830000.0, 2430000.0, 300.0
    path = make_raster(tmp_path / "utm.tif", arr, 32650, x0, y0, d, d)
    grid = open_grid(path)
    poly = Polygon([(830120, 2429950), (830870, 2429420), (830610, 2429130), (830050, 2429290)])
    to_ll = Transformer.from_crs(32650, 4326, always_xy=True)
    expected = expected_class_areas(arr, x0, y0, d, d, poly, to_ll)
    got = zonal_class_areas(grid, [poly])[0]
    planar = poly.area
    assert abs(sum(expected.values()) / planar - 1) > 5e-4  # the test can tell planar from true areas
    for k, v in expected.items():
        assert got.classes[k] == pytest.approx(v, rel=1e-4)


def test_polygon_partly_outside_and_on_nodata(tmp_path):
    arr = np.array([[3, 0], [3, 3]], np.uint8)
    x0, y0, d = 500000.0, 2500000.0, 100.0
    path = make_raster(tmp_path / "nd.tif", arr, 32650, x0, y0, d, d)
    grid = open_grid(path)
    poly = box(x0 + 50, y0 - 150, x0 + 300, y0 - 50)  # 250 x 100 m, half of it east of the raster
    to_ll = Transformer.from_crs(32650, 4326, always_xy=True)
    z = zonal_class_areas(grid, [poly])[0]
    exp_total = densified_geodesic_area(poly, to_ll)
    exp_nodata = densified_geodesic_area(box(x0 + 100, y0 - 100, x0 + 200, y0 - 50), to_ll)
    exp_outside = densified_geodesic_area(box(x0 + 200, y0 - 150, x0 + 300, y0 - 50), to_ll)
    assert z.total_m2 == pytest.approx(exp_total, rel=1e-4)
    assert z.nodata_m2 == pytest.approx(exp_nodata, rel=1e-4)
    assert z.outside_m2 == pytest.approx(exp_outside, rel=1e-4)
    assert z.mapped_m2 == pytest.approx(exp_total - exp_nodata - exp_outside, rel=1e-4)


def test_polygon_missing_the_raster_gives_zero_mapped(tmp_path):
    path = make_raster(tmp_path / "r.tif", np.ones((2, 2), np.uint8), 32650, 500000, 2500000, 10, 10)
    z = zonal_class_areas(open_grid(path), [box(600000, 2400000, 600100, 2400100)])[0]
    assert z.mapped_m2 == 0
    assert z.outside_m2 == pytest.approx(1e4, rel=2e-3)


def test_multipolygon_and_tiling_agree(tmp_path):
    rng = np.random.default_rng(3)
    arr = rng.integers(1, 6, size=(60, 80)).astype(np.uint8)
    path = make_raster(tmp_path / "t.tif", arr, 4326, 120.0, 31.0, 0.001, 0.001)
    grid = open_grid(path)
    mp = shapely_wkt.loads("MULTIPOLYGON(((120.0031 30.9987,120.0512 30.9902,120.0433 30.9611,120.0102 30.9555,"
                           "120.0031 30.9987),(120.02 30.98,120.03 30.98,120.03 30.97,120.02 30.97,120.02 30.98)),"
                           "((120.061 30.995,120.0789 30.995,120.0789 30.97,120.061 30.995)))")
    whole = zonal_class_areas(grid, [mp])[0]
    tiled = zonal_class_areas(grid, [mp], max_cells=97)[0]  # forces many small windows
    assert set(whole.classes) == set(tiled.classes)
    for k in whole.classes:
        assert tiled.classes[k] == pytest.approx(whole.classes[k], rel=1e-9)
    assert whole.total_m2 == pytest.approx(densified_geodesic_area(mp), rel=1e-4)


def test_overlaps_counted_once_in_union(tmp_path):
    path = make_raster(tmp_path / "o.tif", np.full((10, 10), 3, np.uint8), 32650, 500000, 2500000, 10, 10)
    grid = open_grid(path)
    a = box(500010, 2499910, 500060, 2499960)
    b = box(500040, 2499920, 500090, 2499990)
    c = box(500000, 2499900, 500005, 2499905)  # touches nothing
    total, overlap = union_totals(grid, [a, b, c])
    to_ll = Transformer.from_crs(32650, 4326, always_xy=True)
    assert overlap == pytest.approx(densified_geodesic_area(a.intersection(b), to_ll), rel=1e-4)
    assert total.total_m2 == pytest.approx(densified_geodesic_area(a.union(b), to_ll)
                                           + densified_geodesic_area(c, to_ll), rel=1e-4)


def test_grid_checks(tmp_path):
    with pytest.raises(InputError, match="no coordinate reference system"):
        open_grid(make_raster(tmp_path / "nocrs.tif", np.ones((2, 2), np.uint8)))
    with pytest.raises(InputError, match="integer class values"):
        open_grid(make_raster(tmp_path / "f.tif", np.ones((2, 2), np.float32), 4326))
    with pytest.raises(InputError, match="band 2 does not exist"):
        open_grid(make_raster(tmp_path / "b.tif", np.ones((2, 2), np.uint8), 4326), band=2)
    from osgeo import gdal
    path = tmp_path / "nogt.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 2, 2, 1, gdal.GDT_Byte)
    ds.SetProjection(CRS.from_epsg(4326).to_wkt())
    ds = None
    with pytest.raises(InputError, match="no georeferencing"):
        open_grid(path)


def test_non_wgs84_ellipsoid(tmp_path):
    # a national grid on another ellipsoid (Beijing 1954 / 3-degree Gauss-Kruger CM 120E, Krassowsky)
    crs = CRS.from_epsg(2437)
    arr = np.array([[1, 2], [2, 1]], np.uint8)
    x0, y0, d = 500000.0 + 40000, 3400000.0, 500.0
    path = make_raster(tmp_path / "bj54.tif", arr, None, x0, y0, d, d, wkt=crs.to_wkt())
    grid = open_grid(path)
    poly = Polygon([(x0 + 100, y0 - 120), (x0 + 900, y0 - 300), (x0 + 700, y0 - 950), (x0 + 60, y0 - 800)])
    geod = Geod(a=crs.ellipsoid.semi_major_metre, rf=crs.ellipsoid.inverse_flattening)
    to_ll = Transformer.from_crs(crs, crs.geodetic_crs, always_xy=True)
    xy = np.asarray(poly.exterior.coords)
    pts = np.vstack([a + (b - a) * (np.arange(100)[:, None] / 100) for a, b in zip(xy[:-1], xy[1:])] + [xy[-1:]])
    lon, lat = to_ll.transform(pts[:, 0], pts[:, 1])
    expected = abs(geod.polygon_area_perimeter(lon, lat)[0])
    got = zonal_class_areas(grid, [poly])[0]
    assert got.mapped_m2 == pytest.approx(expected, rel=1e-4)
