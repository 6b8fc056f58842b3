"""Masked cells in the stock density raster, repair reasons of polygons given to the engine, and the
coordinate operation (datum transformation) chosen in the QGIS project.

Expected numbers: cell areas of an equal-area CRS (dx x dy), cell areas of a geographic grid by
pyproj.Geod on the densified cell outline, polygon areas by pyproj.Geod (``geodesic_m2`` of
test_crs_areas), and class areas of a polygon moved by a known shift, cut by hand at the class edge."""
import json
import os

import numpy as np
import pytest
from osgeo import gdal, osr
from pyproj import Geod, Transformer
from shapely.geometry import Polygon, box

from bluecarbon.bluecarbon_qgis.engine.carbon import stocks
from bluecarbon.bluecarbon_qgis.engine.carbon.densities import read_density_table
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from bluecarbon.bluecarbon_qgis.engine.raster.geometry import prepare_geometries
from bluecarbon.bluecarbon_qgis.engine.raster.grid import open_grid
from bluecarbon.bluecarbon_qgis.engine.raster.rasterout import FLOAT_NODATA, map_classes
from bluecarbon.bluecarbon_qgis.engine.raster.zonal import zonal_class_areas
from conftest import make_polygons, make_raster, qgis_process, read_layer, run_alg, write_csv
from test_crs_areas import geodesic_m2

gdal.UseExceptions()

DENSITY = {3: 100.0 + 20.0, 4: 50.0, 5: 7.5}   # t C/ha: soil + AGB of class 3, soil of 4 and 5
TABLE = ("class_value,class_name,agb_tc_ha,bgb_tc_ha,dead_tc_ha,soil_tc_ha,seq_tc_ha_yr,source\n"
         "3,mangrove,20,0,0,100,1,fictitious test densities\n"
         "4,salt marsh,0,0,0,50,0.5,fictitious test densities\n"
         "5,seagrass,0,0,0,7.5,0.1,fictitious test densities\n")


# -- 1. masked cells are nodata in the stock density raster ----------------------------------------
def classes_with_holes(rows, cols, nodata_cell=True):
    """Classes 3, 4, 5 in a fixed pattern, a nodata (0) cell, and the cells a mask will hide."""
    rng = np.random.default_rng(11)
    arr = rng.choice([3, 4, 5], size=(rows, cols)).astype(np.uint8)
    if nodata_cell:
        arr[0, 0] = 0
    hidden = np.zeros((rows, cols), bool)
    hidden[2:5, 3:9] = True     # a block of habitat cells the mask hides
    hidden[rows - 1, :] = True  # and the last row
    return arr, hidden


def write_masked_raster(path, arr, hidden, epsg, x0, y0, dx, dy, how):
    """A GeoTIFF of ``arr`` whose GDAL mask hides ``hidden``: an internal mask band (GMF_PER_DATASET, with
    nodata 0 as well) or a second band that is an alpha band (no nodata value)."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    nbands = 2 if how == "alpha" else 1
    options = ["ALPHA=YES"] if how == "alpha" else []
    previous = gdal.GetConfigOption("GDAL_TIFF_INTERNAL_MASK")
    gdal.SetConfigOption("GDAL_TIFF_INTERNAL_MASK", "YES")
    try:
        ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], nbands, gdal.GDT_Byte,
                                                  options)
        ds.SetGeoTransform((x0, dx, 0.0, y0, 0.0, -dy))
        ds.SetProjection(srs.ExportToWkt())
        ds.GetRasterBand(1).WriteArray(arr)
        valid = np.where(hidden, 0, 255).astype(np.uint8)
        if how == "alpha":
            ds.GetRasterBand(2).SetColorInterpretation(gdal.GCI_AlphaBand)
            ds.GetRasterBand(2).WriteArray(valid)
        else:
            ds.GetRasterBand(1).SetNoDataValue(0)
            ds.CreateMaskBand(gdal.GMF_PER_DATASET)
            ds.GetRasterBand(1).GetMaskBand().WriteArray(valid)
        ds = None
    finally:
        gdal.SetConfigOption("GDAL_TIFF_INTERNAL_MASK", previous)
    assert not os.path.exists(str(path) + ".msk")  # the mask is inside the TIFF
    ds = gdal.Open(str(path))
    flags = ds.GetRasterBand(1).GetMaskFlags()
    assert flags & gdal.GMF_PER_DATASET and bool(flags & gdal.GMF_ALPHA) == (how == "alpha")
    return str(path)


def geographic_cell_ha(lat_top, dlat, dlon, lon0=110.0, per_edge=400):
    """Ellipsoidal area (ha) of a cell between two parallels and two meridians: Geod on its outline with
    ``per_edge`` points along each parallel (a parallel is not a geodesic)."""
    t = np.linspace(0.0, 1.0, per_edge + 1)
    lon = np.concatenate([lon0 + dlon * t, lon0 + dlon * t[::-1]])
    lat = np.concatenate([np.full(t.size, lat_top), np.full(t.size, lat_top - dlat)])
    return abs(Geod(ellps="WGS84").polygon_area_perimeter(lon, lat)[0]) / 1e4


CASES = {
    # how: (EPSG, x0, y0, dx, dy); EPSG:6933 is equal-area on the WGS 84 ellipsoid: a cell covers dx x dy m²
    "mask band": (6933, 11_000_000.0, 2_700_000.0, 100.0, 100.0),
    "alpha": (4326, 110.0, 22.0, 0.001, 0.001),
}


def cell_ha(how, rows, cols):
    epsg, x0, y0, dx, dy = CASES[how]
    if epsg == 6933:
        return np.full((rows, cols), dx * dy / 1e4)
    per_row = [geographic_cell_ha(y0 - r * dy, dy, dx) for r in range(rows)]
    return np.repeat(np.array(per_row)[:, None], cols, axis=1)


@pytest.mark.parametrize("how", ["mask band", "alpha"])
def test_masked_cells_are_nodata_in_the_density_raster(tmp_path, how):
    epsg, x0, y0, dx, dy = CASES[how]
    rows, cols = 12, 15
    arr, hidden = classes_with_holes(rows, cols, nodata_cell=how == "mask band")
    path = write_masked_raster(tmp_path / "classes.tif", arr, hidden, epsg, x0, y0, dx, dy,
                               "alpha" if how == "alpha" else "mask")
    grid = open_grid(path)
    assert grid.mask == ("alpha band" if how == "alpha" else "mask band")
    table = read_density_table(write_csv(tmp_path / "d.csv", TABLE))
    run = stocks.carbon_stocks(grid, [box(*grid.bounds)], table, iterations=0)
    lookup = {k: table.row(k, "").stock_tc_ha for k in table.classes()}
    assert lookup == pytest.approx(DENSITY)
    out = map_classes(grid, lookup, str(tmp_path / "density.tif"))
    ds = gdal.Open(out)
    values = ds.GetRasterBand(1).ReadAsArray()
    assert ds.GetRasterBand(1).GetNoDataValue() == FLOAT_NODATA
    unmapped = hidden | (arr == 0)
    # masked (and nodata) cells are nodata; every other cell holds its class's density
    assert np.all(values[unmapped] == FLOAT_NODATA)
    mapped = ~unmapped
    assert np.array_equal(values[mapped], np.array([DENSITY[c] for c in arr[mapped]], np.float32))
    # the hidden cells would hold habitat: without the mask they would carry carbon
    assert np.all(np.isin(arr[hidden], [3, 4, 5]))
    ha = cell_ha(how, rows, cols)
    by_hand = float(sum(DENSITY[c] * a for c, a in zip(arr[mapped], ha[mapped])))
    assert run.total.stock_tc == pytest.approx(by_hand, rel=1e-7)
    assert float((values[mapped] * ha[mapped]).sum()) == pytest.approx(run.total.stock_tc, rel=1e-7)
    assert run.total.unmapped_ha == pytest.approx(float(ha[unmapped].sum()), rel=1e-7)


def test_carbonstocks_density_raster_on_a_masked_raster(tmp_path):
    """End to end: the algorithm's stock density raster leaves the masked cells out, and its sum equals
    TOTAL_STOCK_TC."""
    epsg, x0, y0, dx, dy = CASES["mask band"]
    arr, hidden = classes_with_holes(12, 15)
    raster = write_masked_raster(tmp_path / "classes.tif", arr, hidden, epsg, x0, y0, dx, dy, "mask")
    inside = box(x0 + 150, y0 - 1150, x0 + 1350, y0 - 50)   # cuts cells in halves on all four sides
    areas = make_polygons(tmp_path / "areas.gpkg", [inside.wkt], epsg)
    dens = tmp_path / "density.tif"
    rc, res, text = run_alg("carbonstocks", {
        "HABITAT": raster, "AREAS": areas, "DENSITIES": write_csv(tmp_path / "d.csv", TABLE),
        "OUTPUT": tmp_path / "out.gpkg", "OUTPUT_RASTER": dens, "ITERATIONS": 0})
    assert rc == 0, text
    ds = gdal.Open(str(dens))
    values = ds.GetRasterBand(1).ReadAsArray()
    unmapped = hidden | (arr == 0)
    assert np.all(values[unmapped] == FLOAT_NODATA) and np.all(values[~unmapped] != FLOAT_NODATA)
    # fraction of each cell inside the polygon (cells of 100 m, edges at half cells)
    frac = np.zeros(arr.shape)
    frac[0:12, 1:14] = 1.0
    frac[:, 1] = frac[:, 13] = 0.5
    frac[0, :] *= 0.5
    frac[11, :] *= 0.5
    frac[:, 0] = frac[:, 14] = 0.0
    inside_ha = frac * dx * dy / 1e4
    stock = float((np.where(unmapped, 0.0, values) * inside_ha).sum())
    assert res["TOTAL_STOCK_TC"] == pytest.approx(stock, rel=1e-7)
    assert res["TOTAL_UNMAPPED_HA"] == pytest.approx(float(inside_ha[unmapped].sum()), rel=1e-7)


# -- 2. repair reasons of polygons given directly to the engine -------------------------------------
def test_stocks_report_the_engines_repair_reason(tmp_path):
    x0, y0 = 500000.0, 2500000.0
    path = make_raster(tmp_path / "r.tif", np.full((20, 20), 3, np.uint8), 32650, x0, y0, 10, 10)
    bowtie = Polygon([(x0 + 10, y0 - 10), (x0 + 190, y0 - 190), (x0 + 190, y0 - 10), (x0 + 10, y0 - 190)])
    square = box(x0 + 20, y0 - 80, x0 + 80, y0 - 20)
    table = read_density_table(write_csv(tmp_path / "d.csv", TABLE))
    run = stocks.carbon_stocks(open_grid(path), [bowtie, square], table, iterations=0, zone_ids=["A", "B"])
    assert "Self-intersection" in run.repaired[0]
    assert run.repaired[1] == ""
    lobes = (Polygon([(x0 + 10, y0 - 10), (x0 + 100, y0 - 100), (x0 + 10, y0 - 190)]),
             Polygon([(x0 + 190, y0 - 10), (x0 + 100, y0 - 100), (x0 + 190, y0 - 190)]))
    repaired_m2 = sum(geodesic_m2(p, 32650, spacing=1e3) for p in lobes)
    acc = run.zones[0]
    assert acc.polygon_ha * 1e4 == pytest.approx(repaired_m2, rel=1e-8)
    assert acc.stock_tc == pytest.approx(repaired_m2 / 1e4 * DENSITY[3], rel=1e-8)
    found = [f for t, f in run.warnings if "{reason}" in t]
    assert len(found) == 1 and found[0]["n"] == "A"
    assert "Self-intersection" in found[0]["reason"]
    assert found[0]["after"] == pytest.approx(repaired_m2 / 1e4, rel=1e-8)
    # the ring as drawn: the two lobes wind opposite ways and cancel
    assert found[0]["before"] == pytest.approx(0.0, abs=1e-6)


# -- 3. the coordinate operation chosen in the project ---------------------------------------------
X0, Y0 = 500000.0, 2500000.0            # UTM 50N raster: class 3 west of X_EDGE, class 4 east of it
X_EDGE = X0 + 1000.0
SHIFT = 300.0                           # metres east added by the operation's affine step
DEFAULT = ("+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad "
           "+step +proj=utm +zone=50 +ellps=WGS84")
SHIFTED = DEFAULT + " +step +proj=affine +xoff={}".format(SHIFT)
SHIFTED_REVERSE = ("+proj=pipeline +step +proj=affine +xoff={} +step +inv +proj=utm +zone=50 +ellps=WGS84 "
                   "+step +proj=unitconvert +xy_in=rad +xy_out=deg").format(-SHIFT)
TO_LL = Transformer.from_crs(32650, 4326, always_xy=True)
TO_UTM = Transformer.from_crs(4326, 32650, always_xy=True)


def split_raster(folder):
    arr = np.full((20, 20), 4, np.uint8)
    arr[:, :10] = 3
    return make_raster(folder / "classes.tif", arr, 32650, X0, Y0, 100, 100)


def lonlat_polygon():
    """A polygon in EPSG:4326 whose corners lie 600 and 100 m west of X_EDGE in UTM 50N (its edges are
    straight in longitude and latitude)."""
    corners = [(X_EDGE - 600, Y0 - 300), (X_EDGE - 100, Y0 - 320), (X_EDGE - 110, Y0 - 900),
               (X_EDGE - 590, Y0 - 880)]
    lon, lat = TO_LL.transform(*zip(*corners))
    return Polygon(list(zip(lon, lat)))


def expected_class_m2(poly_ll, shift):
    """Class areas by hand: the polygon densified in degrees, moved to UTM by the default operation, shifted
    ``shift`` m east, cut at X_EDGE, each side's geodesic area (Geod, edges straight in UTM)."""
    ring = np.asarray(poly_ll.exterior.coords)
    pts = np.vstack([a + (b - a) * np.linspace(0, 1, 2000, endpoint=False)[:, None]
                     for a, b in zip(ring[:-1], ring[1:])])
    x, y = TO_UTM.transform(pts[:, 0], pts[:, 1])
    moved = Polygon(np.column_stack([np.asarray(x) + shift, y]))
    west = moved.intersection(box(X0, Y0 - 2000, X_EDGE, Y0))
    east = moved.intersection(box(X_EDGE, Y0 - 2000, X0 + 2000, Y0))
    return {k: (geodesic_m2(p, 32650, spacing=5.0) if not p.is_empty else 0.0) for k, p in ((3, west), (4, east))}


def test_engine_follows_the_given_operation(tmp_path):
    grid = open_grid(split_raster(tmp_path))
    poly = lonlat_polygon()
    plain, _ = prepare_geometries([poly], "EPSG:4326", grid.crs, what="the areas")
    z = zonal_class_areas(grid, plain)[0]
    before = expected_class_m2(poly, 0.0)
    assert before[4] == 0.0 and 4 not in z.classes
    assert z.classes[3] == pytest.approx(before[3], rel=1e-7)
    after = expected_class_m2(poly, SHIFT)
    assert after[3] > 0 and after[4] > 0
    for operation, inverse in ((SHIFTED, False), (SHIFTED_REVERSE, True)):
        moved, _ = prepare_geometries([poly], "EPSG:4326", grid.crs, what="the areas", operation=operation,
                                      inverse=inverse)
        z = zonal_class_areas(grid, moved)[0]
        assert z.classes[3] == pytest.approx(after[3], rel=1e-7)
        assert z.classes[4] == pytest.approx(after[4], rel=1e-7)
    # the same CRS on both sides: QGIS does not transform, nor does the engine
    same, _ = prepare_geometries([box(X0, Y0 - 100, X0 + 100, Y0)], grid.crs, grid.crs, what="the areas",
                                 operation=SHIFTED)
    assert same[0].bounds == (X0, Y0 - 100, X0 + 100, Y0)


def test_an_operation_proj_cannot_build_is_refused():
    missing_grid = ("+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step +proj=hgridshift "
                    "+grids=no_such_grid.tif +step +proj=utm +zone=50 +ellps=WGS84")
    with pytest.raises(InputError, match="Project > Properties > Transformations") as err:
        prepare_geometries([lonlat_polygon()], "EPSG:4326", "EPSG:32650", what="the areas",
                           operation=missing_grid)
    assert "EPSG:4326" in str(err.value) and "EPSG:32650" in str(err.value) and "no_such_grid" in str(err.value)
    # an operation that has no result for the polygon (the far side of an orthographic view)
    far_side = ("+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step +proj=ortho +lon_0=-63 "
                "+lat_0=0 +ellps=WGS84")
    with pytest.raises(InputError, match="Feature 5 of the areas cannot be transformed .* by the coordinate "
                                         "operation chosen in the project"):
        prepare_geometries([lonlat_polygon()], "EPSG:4326", "EPSG:32650", what="the areas", ids=[5],
                           operation=far_side)


class Recorder:
    def __init__(self):
        self.info, self.warnings = [], []

    def pushInfo(self, text):  # noqa: N802
        self.info.append(text)

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)

    def isCanceled(self):  # noqa: N802
        return False


@pytest.mark.parametrize("stored", ["forward", "reverse", "none"])
def test_read_geometries_uses_the_contexts_operation(tmp_path, qgis_app, stored):
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsProcessingContext,
                           QgsVectorLayer)

    from bluecarbon.bluecarbon_qgis.geometries import read_geometries

    grid = open_grid(split_raster(tmp_path))
    poly = lonlat_polygon()
    layer = QgsVectorLayer(make_polygons(tmp_path / "areas.gpkg", [poly.wkt], 4326), "areas", "ogr")
    wgs84, utm = QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:32650")
    transforms = QgsCoordinateTransformContext()
    if stored == "forward":
        assert transforms.addCoordinateOperation(wgs84, utm, SHIFTED)
    elif stored == "reverse":  # chosen for UTM -> WGS 84: QGIS reverses it
        assert transforms.addCoordinateOperation(utm, wgs84, SHIFTED_REVERSE)
    context = QgsProcessingContext()
    context.setTransformContext(transforms)
    feedback = Recorder()
    _, geoms = read_geometries(layer, grid.crs.to_wkt(), context, feedback, "The areas")
    z = zonal_class_areas(grid, geoms)[0]
    expected = expected_class_m2(poly, 0.0 if stored == "none" else SHIFT)
    assert z.classes.get(3, 0.0) == pytest.approx(expected[3], rel=1e-7)
    assert z.classes.get(4, 0.0) == pytest.approx(expected[4], rel=1e-7, abs=1e-6)
    said = [m for m in feedback.info if "EPSG:4326" in m and "EPSG:32650" in m]
    assert len(said) == 1
    if stored == "forward":
        assert "+proj=affine +xoff=300" in said[0] and "(inverse)" not in said[0]
    elif stored == "reverse":
        assert "+proj=affine +xoff=-300" in said[0] and "(inverse)" in said[0]
    else:
        assert "default" in said[0] and "affine" not in said[0]


def run_with_project(alg, params, project_path=None):
    """``run_alg`` with qgis_process's --PROJECT_PATH option (given before the parameters' "--")."""
    argv = ["run", "bluecarbon:" + alg, "--json"]
    argv += ["--PROJECT_PATH={}".format(project_path)] if project_path else []
    proc = qgis_process(*argv, "--", *["{}={}".format(k, v) for k, v in params.items()])
    text = proc.stdout + proc.stderr
    results = None
    if proc.returncode == 0:
        results = json.loads(proc.stdout[proc.stdout.find("{"):])["results"]
    return proc.returncode, results, text


def test_project_transformation_reaches_the_engine_through_qgis_process(tmp_path, qgis_app):
    """A project file whose transformations hold the shifted operation, given to qgis_process."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsProject

    raster = split_raster(tmp_path)
    poly = lonlat_polygon()
    areas = make_polygons(tmp_path / "areas.gpkg", [poly.wkt], 4326)
    transforms = QgsCoordinateTransformContext()
    transforms.addCoordinateOperation(QgsCoordinateReferenceSystem("EPSG:4326"),
                                      QgsCoordinateReferenceSystem("EPSG:32650"), SHIFTED)
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:32650"))
    project.setTransformContext(transforms)
    project_path = str(tmp_path / "project.qgs")
    assert project.write(project_path)
    for given, shift in ((True, SHIFT), (False, 0.0)):
        params = {"HABITAT": raster, "AREAS": areas, "DENSITIES": write_csv(tmp_path / "d.csv", TABLE),
                  "OUTPUT": tmp_path / "out{}.gpkg".format(int(given)), "OUTPUT_TABLE": tmp_path /
                  "classes{}.gpkg".format(int(given)), "ITERATIONS": 0}
        rc, res, text = run_with_project("carbonstocks", params, project_path if given else None)
        assert rc == 0, text
        want = expected_class_m2(poly, shift)
        assert res["TOTAL_AREA_HA"] == pytest.approx((want[3] + want[4]) / 1e4, rel=1e-7)
        assert res["TOTAL_STOCK_TC"] == pytest.approx((want[3] * DENSITY[3] + want[4] * DENSITY[4]) / 1e4, rel=1e-7)
        # the per-class table (its fields hold 4 decimals)
        rows = {int(r["class_value"]): r["area_ha"] for r in read_layer(tmp_path / "classes{}.gpkg".format(int(given)))}
        assert rows[3] == pytest.approx(want[3] / 1e4, abs=6e-5)
        assert rows.get(4, 0.0) == pytest.approx(want[4] / 1e4, abs=6e-5)
        assert ("+proj=affine +xoff=300" in text) == given
