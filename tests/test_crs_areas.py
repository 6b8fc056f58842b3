"""Areas right in every CRS and at every edge: spherical projections, feet, the antimeridian, overlapping
parts, invalid polygons, unusual georeferencing, coarse pixels and layers whose CRS is wrong.

Every expected number is pyproj's geodesic area (``Geod(ellps=...).geometry_area_perimeter``) of the
polygon densified in the CRS where its edges are straight."""
import os
import re

import numpy as np
import pytest
from osgeo import gdal
from pyproj import CRS, Geod, Proj, Transformer
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.ops import orient

from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from bluecarbon.bluecarbon_qgis.engine.raster.geometry import prepare_geometries
from bluecarbon.bluecarbon_qgis.engine.raster.grid import open_grid
from bluecarbon.bluecarbon_qgis.engine.raster.zonal import zonal_class_areas
from conftest import make_polygons, make_raster, read_layer, run_alg

gdal.UseExceptions()


def densified(poly, metres_per_unit=1.0, spacing=20.0):
    """Each ring with a point every ``spacing`` metres or so, at most 5000 per edge (edges straight in the
    polygon's own CRS). Geodesic areas of many tiny edges gather round-off: pass a larger spacing for
    polygons of a few hundred m²."""
    def ring(coords):
        xy = np.asarray(coords)[:, :2]
        pts = []
        for a, b in zip(xy[:-1], xy[1:]):
            n = int(min(max(np.ceil(np.hypot(*(b - a)) * metres_per_unit / spacing), 1), 5000))
            pts.append(a + (b - a) * (np.arange(n)[:, None] / n))
        return np.vstack(pts + [xy[-1:]])
    parts = poly.geoms if isinstance(poly, MultiPolygon) else [poly]
    return [(ring(p.exterior.coords), [ring(r.coords) for r in p.interiors]) for p in parts]


def geodesic_m2(poly, crs, ellps="WGS84", spacing=20.0):
    """Geodesic area of a polygon whose edges are straight in ``crs``."""
    crs = CRS.from_user_input(crs)
    to_ll = None if crs.is_geographic else Transformer.from_crs(crs, crs.geodetic_crs, always_xy=True)
    unit = 111e3 if crs.is_geographic else crs.axis_info[0].unit_conversion_factor
    total = 0.0
    for ext, holes in densified(poly, unit, spacing):
        rings = []
        for xy in [ext, *holes]:
            if to_ll is not None:
                lon, lat = to_ll.transform(xy[:, 0], xy[:, 1])
                xy = np.column_stack([lon, lat])
            rings.append(xy)
        # abs: a ring across the antimeridian has no planar orientation in longitude and latitude
        total += abs(Geod(ellps=ellps).geometry_area_perimeter(orient(Polygon(rings[0], rings[1:])))[0])
    return total


def expected_classes(arr, x0, y0, dx, dy, poly, crs, ellps="WGS84"):
    out = {}
    for r in range(arr.shape[0]):
        for c in range(arr.shape[1]):
            inter = box(x0 + c * dx, y0 - (r + 1) * dy, x0 + (c + 1) * dx, y0 - r * dy).intersection(poly)
            if inter.is_empty or inter.area == 0:
                continue
            k = int(arr[r, c])
            out[k] = out.get(k, 0.0) + geodesic_m2(inter, crs, ellps)
    return out


# -- projections on a sphere, and feet ------------------------------------------------------------
SPHERICAL = [  # code, lon, lat of the raster's corner, pixel size (CRS units), ellipsoid
    ("EPSG:3857", 110.0, 0.4, 250.0, "WGS84"),
    ("EPSG:3857", 110.0, 10.0, 250.0, "WGS84"),
    ("ESRI:102100", 110.0, 10.0, 250.0, "WGS84"),
    ("ESRI:54009", 110.0, 10.0, 250.0, "WGS84"),   # Mollweide
    ("EPSG:4087", 110.0, 40.0, 250.0, "WGS84"),    # Equidistant Cylindrical
    ("ESRI:54030", 110.0, 62.0, 250.0, "WGS84"),   # Robinson
    ("ESRI:54012", 110.0, 10.0, 250.0, "WGS84"),   # Eckert IV
]
FEET = [
    ("EPSG:2263", -73.95, 40.75, 500.0, "GRS80"),  # NAD83 / New York Long Island (ftUS)
    ("EPSG:2236", -81.0, 27.0, 500.0, "GRS80"),    # NAD83 / Florida East (ftUS)
]
CLASSES = np.array([[1, 2, 3, 4, 5, 1, 2, 3],
                    [2, 3, 4, 5, 1, 2, 3, 4],
                    [3, 3, 3, 1, 1, 5, 5, 2],
                    [4, 5, 1, 2, 3, 4, 5, 1],
                    [5, 4, 3, 2, 1, 5, 4, 3],
                    [1, 1, 2, 2, 3, 3, 4, 4]], np.uint8)


def class_map(tmp_path, code, lon, lat, d):
    crs = CRS.from_user_input(code)
    x0, y0 = Transformer.from_crs(4326, crs, always_xy=True).transform(lon, lat)
    path = make_raster(tmp_path / "map.tif", CLASSES, None, x0, y0, d, d, wkt=crs.to_wkt())
    poly = Polygon([(x0 + 0.3 * d, y0 - 0.2 * d), (x0 + 7.6 * d, y0 - 0.9 * d), (x0 + 6.2 * d, y0 - 5.7 * d),
                    (x0 + 0.6 * d, y0 - 4.4 * d)], [[(x0 + 2.2 * d, y0 - 2.1 * d), (x0 + 3.4 * d, y0 - 2.2 * d),
                                                    (x0 + 3.1 * d, y0 - 3.3 * d)]])
    return crs, path, poly, x0, y0


@pytest.mark.parametrize("code, lon, lat, d, ellps", SPHERICAL + FEET)
def test_class_areas_are_ellipsoidal_in_any_crs(tmp_path, code, lon, lat, d, ellps):
    crs, path, poly, x0, y0 = class_map(tmp_path, code, lon, lat, d)
    got = zonal_class_areas(open_grid(path), [poly])[0]
    expected = expected_classes(CLASSES, x0, y0, d, d, poly, crs, ellps)
    assert set(got.classes) == set(expected)
    for k, v in expected.items():
        assert got.classes[k] == pytest.approx(v, rel=2e-8), k
    assert got.unmapped_m2 == 0
    total = sum(expected.values())
    if code in dict((c[0], 1) for c in FEET):
        # the test can tell ft² from m²
        assert poly.area / total == pytest.approx(1 / 0.3048006096012192 ** 2, rel=2e-3)
    else:
        # ... and areas against PROJ's own sphere (what the plugin used to report) from ellipsoidal ones
        lon_c, lat_c = Transformer.from_crs(crs, 4326, always_xy=True).transform(*poly.centroid.coords[0])
        spherical = poly.area / Proj(crs).get_factors(lon_c, lat_c).areal_scale
        assert abs(spherical / total - 1) > 1e-3


def test_coarse_mercator_pixel_at_70n(tmp_path):
    # one 1 km EPSG:3395 pixel at 70° N, its northern half and a triangle over 3 x 3 pixels
    crs = CRS.from_epsg(3395)
    x0, y0 = Transformer.from_crs(4326, crs, always_xy=True).transform(20.0, 70.0)
    d = 1000.0
    path = make_raster(tmp_path / "m.tif", np.full((3, 3), 7, np.uint8), 3395, x0, y0, d, d)
    grid = open_grid(path)
    shapes = [box(x0 + d, y0 - 2 * d, x0 + 2 * d, y0 - d), box(x0 + d, y0 - 1.5 * d, x0 + 2 * d, y0 - d),
              box(x0, y0 - 0.5 * d, x0 + d, y0), Polygon([(x0 + 0.1 * d, y0 - 0.2 * d), (x0 + 2.9 * d, y0 - 0.4 * d),
                                                           (x0 + 0.5 * d, y0 - 2.8 * d)])]
    got = zonal_class_areas(grid, shapes)
    for g, z in zip(shapes, got):
        assert z.classes[7] == pytest.approx(geodesic_m2(g, crs), rel=1e-8)


# -- the antimeridian ---------------------------------------------------------------------------
def dateline_raster(tmp_path):
    """EPSG:4326, 0.1° pixels, 170°..190° E, 20°..15° S: class 1 west of 180°, class 3 east of it."""
    arr = np.ones((50, 200), np.uint8)
    arr[:, 100:] = 3
    return make_raster(tmp_path / "fiji.tif", arr, 4326, 170.0, -15.0, 0.1, 0.1)


SPLIT = MultiPolygon([Polygon([(178.0, -17.0), (180.0, -17.0), (180.0, -18.0), (178.0, -18.0)]),
                      Polygon([(-180.0, -17.0), (-178.5, -17.0), (-178.5, -18.0), (-180.0, -18.0)])])
WRAPPED = Polygon([(179.3, -16.2), (-179.4, -16.2), (-179.4, -16.9), (179.3, -16.9)])


def test_polygons_split_at_and_wrapped_across_the_antimeridian(tmp_path):
    grid = open_grid(dateline_raster(tmp_path))
    split, wrapped = zonal_class_areas(grid, [SPLIT, WRAPPED])
    assert split.classes[1] == pytest.approx(geodesic_m2(box(178.0, -18.0, 180.0, -17.0), 4326), rel=1e-9)
    assert split.classes[3] == pytest.approx(geodesic_m2(box(180.0, -18.0, 181.5, -17.0), 4326), rel=1e-9)
    assert split.outside_m2 == 0
    assert wrapped.classes[1] == pytest.approx(geodesic_m2(box(179.3, -16.9, 180.0, -16.2), 4326), rel=1e-9)
    assert wrapped.classes[3] == pytest.approx(geodesic_m2(box(180.0, -16.9, 180.6, -16.2), 4326), rel=1e-9)
    assert wrapped.outside_m2 == 0


def test_polygon_reprojected_across_the_antimeridian_from_the_fiji_grid(tmp_path):
    # straight in EPSG:3460 (Fiji Map Grid, WGS 72); in EPSG:4326 its longitudes jump from 179.9 to -179.9
    to_fiji = Transformer.from_crs(4326, 3460, always_xy=True)
    poly = Polygon([to_fiji.transform(*p) for p in [(179.8, -16.4), (180.3, -16.4), (180.3, -16.8), (179.8, -16.8)]])
    geoms, warnings = prepare_geometries([poly], "EPSG:3460", "EPSG:4326", what="the areas")
    assert warnings == []
    minx, _, maxx, _ = geoms[0].bounds
    assert maxx - minx < 1.0  # unwrapped: one small polygon, not a 359°-wide one
    z = zonal_class_areas(open_grid(dateline_raster(tmp_path)), geoms)[0]
    assert set(z.classes) == {1, 3} and z.outside_m2 == 0
    # measured on WGS 84 in the raster, against the polygon's own WGS 72 ellipsoid (6e-7 apart)
    assert z.mapped_m2 == pytest.approx(geodesic_m2(poly, 3460, ellps="WGS72"), rel=3e-6)


def test_ring_wider_than_half_the_globe_is_refused():
    wide = Polygon([(-100.0, 10.0), (0.0, 10.0), (100.0, 10.0), (100.0, 12.0), (0.0, 12.0), (-100.0, 12.0)])
    with pytest.raises(InputError, match=r"Feature 7 of the areas spans 200\.0° of longitude"):
        prepare_geometries([wide], "EPSG:4326", "EPSG:4326", what="the areas", ids=[7])


def test_split_polygon_is_densified_per_part_over_utm_60s(tmp_path):
    # UTM 60S (central meridian 177° E): parts straight in longitude/latitude curve in UTM
    crs = CRS.from_epsg(32760)
    to_utm = Transformer.from_crs(4326, crs, always_xy=True)
    xa, ya = to_utm.transform(177.8, -16.9)
    xb, yb = to_utm.transform(181.6, -18.1)
    d = 500.0
    w, h = int((xb - xa) // d) + 2, int((ya - yb) // d) + 2
    path = make_raster(tmp_path / "utm.tif", np.full((h, w), 3, np.uint8), 32760, xa, ya, d, d)
    geoms, warnings = prepare_geometries([SPLIT], "EPSG:4326", crs, what="the areas")
    assert warnings == []
    z = zonal_class_areas(open_grid(path), geoms)[0]
    expected = geodesic_m2(SPLIT, 4326)
    assert z.classes[3] == pytest.approx(expected, rel=1e-7)
    assert z.unmapped_m2 == pytest.approx(0.0, abs=1e-6 * expected)


# -- overlapping parts and invalid polygons -------------------------------------------------------
def overlapping_squares(x0, y0):
    """Two 2 km squares overlapping by 1 km²: 7 km² of ground, 8 km² of rings."""
    return MultiPolygon([box(x0, y0 - 2000, x0 + 2000, y0), box(x0 + 1000, y0 - 3000, x0 + 3000, y0 - 1000)])


def test_overlapping_parts_count_their_overlap_once(tmp_path):
    x0, y0 = 500000.0, 2500000.0
    path = make_raster(tmp_path / "r.tif", np.full((40, 40), 3, np.uint8), 32650, x0, y0, 100, 100)
    mp = overlapping_squares(x0 + 500, y0 - 500)
    geoms, warnings = prepare_geometries([mp], "EPSG:32650", "EPSG:32650", what="the areas", ids=[4])
    union = mp.geoms[0].union(mp.geoms[1])
    ground = geodesic_m2(union, 32650)
    assert zonal_class_areas(open_grid(path), geoms)[0].classes[3] == pytest.approx(ground, rel=1e-8)
    # the engine repairs it too when given directly
    direct = zonal_class_areas(open_grid(path), [mp])[0]
    assert direct.classes[3] == pytest.approx(ground, rel=1e-8)
    assert direct.repaired
    (template, fields), = warnings
    assert fields["fid"] == 4
    rings = geodesic_m2(mp.geoms[0], 32650) + geodesic_m2(mp.geoms[1], 32650)
    assert rings / ground == pytest.approx(8 / 7, rel=1e-3)  # the rings hold the overlap twice
    assert fields["before"] == pytest.approx(rings / 1e4, rel=1e-9)
    assert fields["after"] == pytest.approx(ground / 1e4, rel=1e-9)
    assert "{before:.4f} ha" in template and "{after:.4f} ha" in template


def test_bow_tie_given_to_the_engine_keeps_both_lobes(tmp_path):
    x0, y0 = 500000.0, 2500000.0
    path = make_raster(tmp_path / "r.tif", np.full((10, 10), 3, np.uint8), 32650, x0, y0, 10, 10)
    bowtie = Polygon([(x0 + 10, y0 - 10), (x0 + 90, y0 - 90), (x0 + 90, y0 - 10), (x0 + 10, y0 - 90)])
    z = zonal_class_areas(open_grid(path), [bowtie])[0]
    lobes = (Polygon([(x0 + 10, y0 - 10), (x0 + 50, y0 - 50), (x0 + 10, y0 - 90)]),
             Polygon([(x0 + 90, y0 - 10), (x0 + 50, y0 - 50), (x0 + 90, y0 - 90)]))
    # edges of 40-80 m: no densifying (the reference's own round-off would exceed 1e-8)
    assert z.classes[3] == pytest.approx(sum(geodesic_m2(p, 32650, spacing=1e3) for p in lobes), rel=1e-8)
    assert "Self-intersection" in z.repaired


# -- georeferencing the engine does not expect -------------------------------------------------------
def test_negative_pixel_width_is_refused(tmp_path):
    path = make_raster(tmp_path / "west.tif", np.ones((4, 4), np.uint8), 32650, 500000, 2500000, 10, 10)
    ds = gdal.Open(path, gdal.GA_Update)
    ds.SetGeoTransform((500040.0, -10.0, 0.0, 2500000.0, 0.0, -10.0))
    ds = None
    with pytest.raises(InputError, match="negative pixel width"):
        open_grid(path)


@pytest.mark.parametrize("kind", ["mask band", "alpha band"])
def test_masked_cells_count_as_nodata(tmp_path, kind):
    x0, y0 = 500000.0, 2500000.0
    arr = np.full((10, 10), 3, np.uint8)
    valid = np.full((10, 10), 255, np.uint8)
    valid[:, :4] = 0  # the western 4 columns are masked out, with class 3 underneath
    path = str(tmp_path / "masked.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 10, 10, 2 if kind == "alpha band" else 1, gdal.GDT_Byte)
    ds.SetGeoTransform((x0, 10.0, 0.0, y0, 0.0, -10.0))
    ds.SetProjection(CRS.from_epsg(32650).to_wkt())
    ds.GetRasterBand(1).WriteArray(arr)
    if kind == "alpha band":
        ds.GetRasterBand(2).SetColorInterpretation(gdal.GCI_AlphaBand)
        ds.GetRasterBand(2).WriteArray(valid)
    else:
        ds.CreateMaskBand(gdal.GMF_PER_DATASET)
        ds.GetRasterBand(1).GetMaskBand().WriteArray(valid)
    ds = None
    grid = open_grid(path)
    assert grid.mask == kind
    poly = box(x0 + 20, y0 - 80, x0 + 80, y0 - 20)
    z = zonal_class_areas(grid, [poly])[0]
    assert z.classes[3] == pytest.approx(geodesic_m2(box(x0 + 40, y0 - 80, x0 + 80, y0 - 20), 32650), rel=1e-8)
    assert z.nodata_m2 == pytest.approx(geodesic_m2(box(x0 + 20, y0 - 80, x0 + 40, y0 - 20), 32650), rel=1e-8)


def gcp_raster(path):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 4, 4, 1, gdal.GDT_Byte)
    ds.GetRasterBand(1).WriteArray(np.full((4, 4), 3, np.uint8))
    gcps = [gdal.GCP(500000.0 + 10 * c, 2500000.0 - 10 * r, 0.0, c, r) for r, c in ((0, 0), (0, 4), (4, 0), (4, 4))]
    ds.SetGCPs(gcps, CRS.from_epsg(32650).to_wkt())
    ds = None
    return str(path)


def test_gcp_only_raster_says_what_it_is(tmp_path):
    with pytest.raises(InputError, match=r"only by 4 ground control points .*gdalwarp -r near"):
        open_grid(gcp_raster(tmp_path / "gcp.tif"))


# -- coordinates outside the valid area of their CRS ------------------------------------------------------
def test_utm_metres_declared_as_degrees_are_refused():
    metres = Polygon([(700200, 2499700), (700700, 2499750), (700650, 2499200)])
    with pytest.raises(InputError) as info:
        prepare_geometries([None, metres], "EPSG:4326", "EPSG:32649", what="the areas", ids=[1, 2])
    text = str(info.value)
    assert "Feature 2 of the areas has the coordinates (700200, 2.4997e+06)" in text
    assert "EPSG:4326" in text and "probably wrong" in text
    from shapely.geometry import Point
    with pytest.raises(InputError, match="Feature 5 of the points .* not longitude and latitude"):
        prepare_geometries([Point(110.5, 21.0), Point(700200, 2499700)], "EPSG:4326", "EPSG:32649",
                           what="the points", ids=[4, 5])


def test_projected_coordinates_outside_the_projection_are_refused(monkeypatch):
    from bluecarbon.bluecarbon_qgis.engine.raster import geometry

    far = Polygon([(1e9, 1e9), (1e9 + 10, 1e9), (1e9, 1e9 + 10)])
    with pytest.raises(InputError, match="outside the area where its CRS, EPSG:3857"):
        prepare_geometries([far], "EPSG:3857", "EPSG:4326", what="the areas")
    # the vertices of many features are checked at once: the first feature with a bad vertex, and that vertex, are named
    fine = Polygon([(1e6, 1e6), (1e6 + 10, 1e6), (1e6, 1e6 + 10)])
    third = Polygon([(2e6, 2e6), (2e6 + 10, 2e6), (3e9, 2e6 + 10)])
    for batch in (1_000_000, 1, 4, 5):     # checked all at once, one feature at a time, in batches of vertices
        monkeypatch.setattr(geometry, "CHECK_VERTICES", batch)
        with pytest.raises(InputError, match=r"Feature 8 of the areas has the coordinates \(3e\+09, 2\.00001e\+06\)"):
            prepare_geometries([fine, None, third, far], "EPSG:3857", "EPSG:4326", what="the areas",
                               ids=[6, 7, 8, 9])


# -- through qgis_process ---------------------------------------------------------------------------
def wkt_of(g):
    return g.wkt


def test_carbonstocks_over_the_antimeridian_and_with_overlapping_parts(tmp_path):
    raster = dateline_raster(tmp_path)
    areas = make_polygons(tmp_path / "fiji.gpkg", [wkt_of(SPLIT), wkt_of(WRAPPED)], 4326, fields={"name": ["s", "w"]})
    out = tmp_path / "out.gpkg"
    rc, res, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "ID_FIELD": "name", "OUTPUT": out,
                                             "OUTPUT_TABLE": tmp_path / "t1.csv", "UNKNOWN_CLASSES": 1,
                                             "ITERATIONS": 0})
    assert rc == 0, text
    rows = {r["name"]: r for r in read_layer(out)}
    assert rows["s"]["area_ha"] == pytest.approx(geodesic_m2(box(178.0, -18.0, 181.5, -17.0), 4326) / 1e4, rel=1e-8)
    assert rows["w"]["area_ha"] == pytest.approx(geodesic_m2(box(179.3, -16.9, 180.6, -16.2), 4326) / 1e4, rel=1e-8)
    assert rows["s"]["unmapped_ha"] == pytest.approx(0.0, abs=1e-6)
    assert rows["w"]["unmapped_ha"] == pytest.approx(0.0, abs=1e-6)

    x0, y0 = 500000.0, 2500000.0
    utm = make_raster(tmp_path / "utm.tif", np.full((40, 40), 3, np.uint8), 32650, x0, y0, 100, 100)
    mp = overlapping_squares(x0 + 500, y0 - 500)
    areas = make_polygons(tmp_path / "mp.gpkg", [mp.wkt], 32650)
    rc, res, text = run_alg("carbonstocks", {"HABITAT": utm, "AREAS": areas, "OUTPUT": tmp_path / "o2.gpkg",
                                             "OUTPUT_TABLE": tmp_path / "t2.csv", "ITERATIONS": 0})
    assert rc == 0, text
    ground_ha = geodesic_m2(mp.geoms[0].union(mp.geoms[1]), 32650) / 1e4
    assert res["TOTAL_AREA_HA"] == pytest.approx(ground_ha, rel=1e-8)
    found = re.search(r"rings as drawn add up to ([\d.]+) ha, the repaired polygon covers ([\d.]+) ha", text)
    assert found, text
    rings_ha = (geodesic_m2(mp.geoms[0], 32650) + geodesic_m2(mp.geoms[1], 32650)) / 1e4
    assert float(found.group(1)) == pytest.approx(rings_ha, abs=1e-4)
    assert float(found.group(2)) == pytest.approx(ground_ha, abs=1e-4)


def test_carbonstocks_in_web_mercator_and_feet(tmp_path):
    cases = (("EPSG:3857", 110.0, 10.1, 100.0, "WGS84"), ("EPSG:2263", -73.95, 40.75, 200.0, "GRS80"))
    for code, lon, lat, d, ellps in cases:
        crs = CRS.from_user_input(code)
        x0, y0 = Transformer.from_crs(4326, crs, always_xy=True).transform(lon, lat)
        raster = make_raster(tmp_path / (code[5:] + ".tif"), np.full((200, 200), 3, np.uint8), None, x0, y0, d, d,
                             wkt=crs.to_wkt())
        ring = Polygon([(lon + 0.01, lat - 0.09), (lon + 0.09, lat - 0.08), (lon + 0.08, lat - 0.01),
                        (lon + 0.02, lat - 0.03)])
        areas = make_polygons(tmp_path / (code[5:] + ".gpkg"), [ring.wkt], 4326)
        rc, res, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas,
                                                 "OUTPUT": tmp_path / (code[5:] + "_out.gpkg"),
                                                 "OUTPUT_TABLE": tmp_path / (code[5:] + ".csv"), "ITERATIONS": 0})
        assert rc == 0, text
        assert res["TOTAL_AREA_HA"] == pytest.approx(geodesic_m2(ring, 4326, ellps) / 1e4, rel=1e-7), code
        assert res["TOTAL_UNMAPPED_HA"] == pytest.approx(0.0, abs=1e-6), code


def test_carbonstocks_refuses_wrong_crs_and_unusable_georeferencing(tmp_path):
    good = make_raster(tmp_path / "r.tif", np.full((20, 20), 3, np.uint8), 32649, 700000, 2500000, 10, 10)
    metres = "POLYGON((700020 2499970, 700120 2499970, 700120 2499870, 700020 2499970))"
    west = make_raster(tmp_path / "west.tif", np.ones((4, 4), np.uint8), 32649, 700000, 2500000, 10, 10)
    ds = gdal.Open(west, gdal.GA_Update)
    ds.SetGeoTransform((700040.0, -10.0, 0.0, 2500000.0, 0.0, -10.0))
    ds = None
    lonlat = make_polygons(tmp_path / "ll.gpkg", ["POLYGON((111.06 22.59, 111.061 22.59, 111.061 22.589, "
                                                  "111.06 22.59))"], 4326)
    cases = [
        (good, make_polygons(tmp_path / "m.gpkg", [metres], 4326),
         "has the coordinates (700020, 2.49997e+06), which are not longitude and latitude"),
        (west, lonlat, "negative pixel width"),
        (gcp_raster(tmp_path / "gcp.tif"), lonlat, "ground control points"),
    ]
    for raster, areas, message in cases:
        out = tmp_path / "o.gpkg"
        rc, _, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "OUTPUT": out,
                                               "OUTPUT_TABLE": tmp_path / "t.csv"})
        assert rc != 0, message
        assert message in text, text
        assert "Traceback" not in text and "QgsCsException" not in text
        assert not os.path.exists(out) and not os.path.exists(tmp_path / "t.csv")


def test_carbonstocks_counts_masked_cells_as_unmapped(tmp_path):
    x0, y0 = 500000.0, 2500000.0
    path = str(tmp_path / "alpha.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 10, 10, 2, gdal.GDT_Byte)
    ds.SetGeoTransform((x0, 10.0, 0.0, y0, 0.0, -10.0))
    ds.SetProjection(CRS.from_epsg(32650).to_wkt())
    ds.GetRasterBand(1).WriteArray(np.full((10, 10), 3, np.uint8))
    alpha = np.full((10, 10), 255, np.uint8)
    alpha[:, :4] = 0  # a gdalwarp -dstalpha mosaic's empty edge, class 3 underneath
    ds.GetRasterBand(2).SetColorInterpretation(gdal.GCI_AlphaBand)
    ds.GetRasterBand(2).WriteArray(alpha)
    ds = None
    poly = box(x0 + 20, y0 - 80, x0 + 80, y0 - 20)
    areas = make_polygons(tmp_path / "a.gpkg", [poly.wkt], 32650)
    rc, res, text = run_alg("carbonstocks", {"HABITAT": path, "AREAS": areas, "OUTPUT": tmp_path / "o.gpkg",
                                             "OUTPUT_TABLE": tmp_path / "t.csv", "ITERATIONS": 0})
    assert rc == 0, text
    masked_ha = geodesic_m2(box(x0 + 20, y0 - 80, x0 + 40, y0 - 20), 32650, spacing=1e3) / 1e4
    mapped_ha = geodesic_m2(box(x0 + 40, y0 - 80, x0 + 80, y0 - 20), 32650, spacing=1e3) / 1e4
    assert res["TOTAL_UNMAPPED_HA"] == pytest.approx(masked_ha, rel=1e-8)
    assert res["TOTAL_AREA_HA"] == pytest.approx(mapped_ha, rel=1e-8)


def test_trainclassifier_refuses_utm_points_read_as_degrees(tmp_path):
    # a GeoJSON without a "crs" member is read as EPSG:4326; these are UTM 19N metres on the Ponce chip
    import json

    from conftest import ROOT
    feats = [{"type": "Feature", "properties": {"class": 1 + i % 2},
              "geometry": {"type": "Point", "coordinates": [743000.0 + 10 * i, 1987000.0]}} for i in range(12)]
    points = tmp_path / "points.geojson"
    points.write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    model = tmp_path / "m.bcmodel"
    rc, _, text = run_alg("trainclassifier", {
        "INPUT": os.path.join(ROOT, "sample_data", "s2l2a_ponce_pr_20190108_6band.tif"), "TRAINING": points,
        "CLASS_FIELD": "class", "OUTPUT_MODEL": model})
    assert rc != 0
    assert "has the coordinates (743000, 1.987e+06), which are not longitude and latitude" in text, text
    assert "probably wrong" in text
    assert "Traceback" not in text and "QgsCsException" not in text
    assert not model.exists()


def test_layer_extent_outside_its_crs_is_refused():
    from bluecarbon.bluecarbon_qgis.engine.raster.geometry import check_extent
    check_extent("EPSG:4326", "the points", (110.0, 21.0, 111.0, 22.0))  # fine
    with pytest.raises(InputError, match=r"the points reaches the coordinates \(743000, 1.987e\+06\), which lie "
                                         r"outside the valid area of its CRS, EPSG:4326"):
        check_extent("EPSG:4326", "the points", (743000.0, 1987000.0, 744000.0, 1988000.0))


def test_require_crs_checks_the_layer_extent(qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException, QgsRectangle

    from bluecarbon.bluecarbon_qgis.geometries import require_crs
    crs = QgsCoordinateReferenceSystem("EPSG:4326")
    require_crs(crs, "The reference point layer", QgsRectangle(110, 21, 111, 22))
    with pytest.raises(QgsProcessingException, match="The reference point layer reaches the coordinates .* "
                                                     "probably wrong"):
        require_crs(crs, "The reference point layer", QgsRectangle(743000, 1987000, 744000, 1988000))
