"""Rebuild the demo inputs in this folder from the real Sentinel-2 chip.

Run with the system Python (GDAL, numpy, pyproj):
    /usr/bin/python3 sample_data/make_demo_data.py

habitat_demo.tif is an ILLUSTRATIVE habitat map: four fixed thresholds on the
real Sentinel-2 L2A chip and the co-registered bathymetry, not a validated
classification (see README.md). project_areas.gpkg holds four hand-drawn,
fictitious project areas.
"""
import os

import numpy as np
from osgeo import gdal, ogr, osr
from pyproj import Transformer

HERE = os.path.dirname(os.path.abspath(__file__))
S2 = os.path.join(HERE, "s2l2a_ponce_pr_20190108_6band.tif")
DEPTH = os.path.join(HERE, "s2l2a_ponce_pr_depth_10m.tif")

NDVI_VEGETATION = 0.5      # dense green vegetation
MNDWI_WATER = 0.0          # Xu 2006: water where MNDWI > 0
SEAGRASS_DEPTH = (-8.0, -1.0)  # m below datum, where a dark bottom is visible
SEAGRASS_GREEN = 0.040     # bottom darker than the shallow bank's median green reflectance


def habitat_map():
    ds = gdal.Open(S2)
    red, green, _blue, nir, swir1, _swir2 = ds.ReadAsArray().astype(np.float64) / 10000.0  # baseline < 04.00
    depth = gdal.Open(DEPTH).ReadAsArray()
    with np.errstate(divide="ignore", invalid="ignore"):
        ndvi = (nir - red) / (nir + red)
        mndwi = (green - swir1) / (green + swir1)
    out = np.full(red.shape, 9, dtype=np.uint8)                    # other land
    water = mndwi > MNDWI_WATER
    out[water] = 1                                                 # open water
    bank = water & (depth > SEAGRASS_DEPTH[0]) & (depth < SEAGRASS_DEPTH[1]) & (depth != 0)
    out[bank & (green < SEAGRASS_GREEN)] = 5                       # seagrass (dark shallow bottom)
    out[ndvi > NDVI_VEGETATION] = 3                                # mangrove (vegetation fringing the cay pond)
    drv = gdal.GetDriverByName("GTiff")
    dst = drv.Create(os.path.join(HERE, "habitat_demo.tif"), ds.RasterXSize, ds.RasterYSize, 1, gdal.GDT_Byte,
                     ["TILED=YES", "COMPRESS=DEFLATE"])
    dst.SetGeoTransform(ds.GetGeoTransform())
    dst.SetProjection(ds.GetProjection())
    band = dst.GetRasterBand(1)
    band.WriteArray(out)
    band.SetNoDataValue(0)
    dst.SetMetadataItem("DESCRIPTION", "Illustrative habitat map (thresholds, not validated) derived from "
                        "Sentinel-2 L2A 2019-01-08 near Ponce, Puerto Rico")
    dst.SetMetadataItem("ATTRIBUTION", "Contains modified Copernicus Sentinel data 2019; "
                        "Copyright (c) 2021 Yustisi Lumban-Gaol (MIT)")
    dst = None
    return {int(k): int(v) for k, v in zip(*np.unique(out, return_counts=True))}


AREAS = [
    # site_id, 名称 (name), UTM 19N ring
    ("A", "海草床保护区", [(743900, 1988300), (745300, 1988350), (745400, 1987300), (744000, 1987150)]),
    ("B", "红树林小岛", [(745380, 1986660), (745760, 1986640), (745780, 1986330), (745400, 1986320)]),
    ("C", "Restoration site (overlaps A)", [(745000, 1987700), (746100, 1987750), (746050, 1986900),
                                            (744950, 1986950)]),
    ("D", "Offshore edge (partly outside the image)", [(746900, 1988000), (747700, 1988000),
                                                        (747700, 1987400), (746900, 1987400)]),
]


def project_areas():
    path = os.path.join(HERE, "project_areas.gpkg")
    if os.path.exists(path):
        os.remove(path)
    to_ll = Transformer.from_crs("EPSG:32619", "EPSG:4326", always_xy=True)
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lyr = ds.CreateLayer("project_areas", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("site_id", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("名称", ogr.OFTString))
    for site, name, ring in AREAS:
        lon, lat = to_ll.transform([p[0] for p in ring] + [ring[0][0]], [p[1] for p in ring] + [ring[0][1]])
        wkt = "POLYGON(({}))".format(", ".join("{:.7f} {:.7f}".format(a, b) for a, b in zip(lon, lat)))
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("site_id", site)
        feat.SetField("名称", name)
        feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(feat)
    ds = None


SAND = [
    # bright sand bottom on the bank, 1.3 to 8 m deep (picked as the brightest green 10 x 10 px boxes away from
    # land, then drawn by hand around them)
    [(745480, 1986940), (745660, 1986940), (745660, 1986760), (745480, 1986760)],
    [(746210, 1987450), (746360, 1987450), (746360, 1987350), (746210, 1987350)],
]


def sand_sample():
    path = os.path.join(HERE, "sand_sample.gpkg")
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32619)
    lyr = ds.CreateLayer("sand", srs, ogr.wkbPolygon)
    for ring in SAND:
        wkt = "POLYGON(({}))".format(", ".join("{} {}".format(x, y) for x, y in ring + [ring[0]]))
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(feat)
    ds = None


TRAINING = [
    # class, pixel box (row0, row1, col0, col1) drawn on the true- and false-colour quicklooks, a consistency
    # filter on the real data, and the number of points drawn at random inside it
    (1, (150, 200, 20, 80), lambda d, g, ndvi, mndwi: d < -15, 80),                      # deep open water
    (1, (176, 194, 262, 280), lambda d, g, ndvi, mndwi: (d < -1) & (g > 0.07), 40),      # water over bright sand
    (5, (145, 175, 160, 205), lambda d, g, ndvi, mndwi: (d > -9) & (d < -2) & (g < 0.032), 40),  # dark bank
    (5, (150, 200, 200, 240), lambda d, g, ndvi, mndwi: (d > -9) & (d < -2) & (g < 0.032), 40),
    (3, (205, 235, 255, 290), lambda d, g, ndvi, mndwi: ndvi > 0.5, 60),                 # vegetated cay ring
    (9, (0, 30, 318, 348), lambda d, g, ndvi, mndwi: (mndwi < -0.1) & (ndvi < 0.3), 60),  # built-up coast
]


def training_points():
    """Labelled training points on the real chip (see README: visual interpretation, not field data)."""
    ds = gdal.Open(S2)
    red, green, _blue, nir, swir1, _swir2 = ds.ReadAsArray().astype(np.float64) / 10000.0
    depth = gdal.Open(DEPTH).ReadAsArray()
    with np.errstate(divide="ignore", invalid="ignore"):
        ndvi = (nir - red) / (nir + red)
        mndwi = (green - swir1) / (green + swir1)
    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    rng = np.random.default_rng(2019)
    path = os.path.join(HERE, "training_ponce.gpkg")
    if os.path.exists(path):
        os.remove(path)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32619)
    lyr = out.CreateLayer("training", srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("class", ogr.OFTInteger))
    lyr.CreateField(ogr.FieldDefn("label", ogr.OFTString))
    names = {1: "open water", 3: "mangrove", 5: "seagrass", 9: "other land"}
    for cls, (r0, r1, c0, c1), keep, n in TRAINING:
        win = (slice(r0, r1), slice(c0, c1))
        ok = keep(depth[win], green[win], ndvi[win], mndwi[win])
        rows, cols = np.nonzero(ok)
        pick = rng.choice(rows.size, size=min(n, rows.size), replace=False)
        for i in sorted(pick):
            feat = ogr.Feature(lyr.GetLayerDefn())
            feat.SetField("class", cls)
            feat.SetField("label", names[cls])
            pt = ogr.Geometry(ogr.wkbPoint)
            pt.AddPoint_2D(x0 + (c0 + cols[i] + 0.5) * dx, y0 + (r0 + rows[i] + 0.5) * dy)
            feat.SetGeometry(pt)
            lyr.CreateFeature(feat)
    out = None


FARMS = [
    # FICTITIOUS raft farms off Rongcheng (Sanggou Bay, Shandong): id, name, species, harvest t fresh weight per year,
    # south-west corner (lon, lat); each is a 0.01 x 0.006 degree rectangle (about 89 ha)
    ("F01", "海带一号", "海带", 2600, 122.540, 37.080),
    ("F02", "海带二号", "海带", 2100, 122.555, 37.080),
    ("F03", "Kelp 3", "kelp", 1800, 122.570, 37.080),
    ("F04", "牡蛎一号", "牡蛎", 900, 122.540, 37.090),
    ("F05", "Oyster 2", "oyster", 650, 122.555, 37.090),
    ("F06", "扇贝一号", "栉孔扇贝", 700, 122.570, 37.090),
    ("F07", "蛤仔一号", "菲律宾蛤仔", 1200, 122.540, 37.100),
]


def farms():
    path = os.path.join(HERE, "farms_demo.gpkg")
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lyr = ds.CreateLayer("farms", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("farm_code", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("名称", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("species", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("harvest_t", ogr.OFTReal))
    for code, name, species, harvest, x, y in FARMS:
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("farm_code", code)
        feat.SetField("名称", name)
        feat.SetField("species", species)
        feat.SetField("harvest_t", harvest)
        feat.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(
            x, y, x + 0.01, y + 0.006)))
        lyr.CreateFeature(feat)
    ds = None


if __name__ == "__main__":
    farms()
    sand_sample()
    training_points()
    print("pixels per class:", habitat_map())
    project_areas()
