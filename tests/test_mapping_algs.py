"""Habitat mapping algorithms end to end on the real Sentinel-2 chip: qgis_process, models, bad input."""
import os

import numpy as np
import pytest
from osgeo import gdal

from conftest import ROOT, make_polygons, read_layer, run_alg, run_in_model

S2 = os.path.join(ROOT, "sample_data", "s2l2a_ponce_pr_20190108_6band.tif")
DEPTH = os.path.join(ROOT, "sample_data", "s2l2a_ponce_pr_depth_10m.tif")
SAND = os.path.join(ROOT, "sample_data", "sand_sample.gpkg")
TRAINING = os.path.join(ROOT, "sample_data", "training_ponce.gpkg")


def classes_of(path):
    a = gdal.Open(str(path)).ReadAsArray()
    return dict(zip(*[v.tolist() for v in np.unique(a, return_counts=True)]))


def test_spectral_indices_on_the_real_chip(tmp_path):
    out = tmp_path / "指数.tif"
    rc, res, text = run_alg("spectralindices", {"INPUT": S2, "INDICES": "ndvi, Mndwi,FAI", "OUTPUT": out})
    assert rc == 0, text
    assert "bands found by their descriptions" in text
    ds = gdal.Open(str(out))
    assert ds.RasterCount == 3 and ds.GetRasterBand(2).GetDescription() == "MNDWI"
    dn = gdal.Open(S2).ReadAsArray().astype(float)
    r, c = 220, 270  # a vegetated pixel of the cay
    red, nir = dn[0, r, c] / 1e4, dn[3, r, c] / 1e4
    assert ds.GetRasterBand(1).ReadAsArray()[r, c] == pytest.approx((nir - red) / (nir + red), rel=1e-5)


def _labels(path, cls):
    """Pixel (row, col) of the training points of one class (labelled by interpretation, sample_data/README)."""
    from osgeo import ogr
    gt = gdal.Open(S2).GetGeoTransform()
    src = ogr.Open(path)
    out = []
    for f in src.GetLayer(0):
        if int(f["class"]) == cls:
            g = f.GetGeometryRef()
            out.append((int((g.GetY() - gt[3]) // gt[5]), int((g.GetX() - gt[0]) // gt[1])))
    return out


def _attenuation_ratio_by_hand():
    """kB/kG as the ratio of the least-squares slopes of ln(L − L∞) on depth over the sand polygons, with L∞ the
    1st percentile of the water (MNDWI > 0), computed here from the files with GDAL and numpy only."""
    dn = gdal.Open(S2).ReadAsArray().astype(np.float64) / 1e4
    red, green, blue, nir, swir1 = dn[:5]
    ds = gdal.Open(DEPTH)
    depth = ds.ReadAsArray()
    valid = (gdal.Open(S2).ReadAsArray() > 0).all(axis=0)
    water = valid & ((green - swir1) / (green + swir1) > 0)
    b_inf, g_inf = np.percentile(blue[water], 1), np.percentile(green[water], 1)
    mem = gdal.GetDriverByName("MEM").Create("", ds.RasterXSize, ds.RasterYSize, 1, gdal.GDT_Byte)
    mem.SetGeoTransform(ds.GetGeoTransform())
    mem.SetProjection(ds.GetProjection())
    gdal.Rasterize(mem, SAND, burnValues=[1])
    sand = (mem.ReadAsArray() > 0) & valid & (blue > b_inf) & (green > g_inf) & (depth < 0)
    z = -depth[sand]
    return (np.polyfit(z, np.log(blue[sand] - b_inf), 1)[0] / np.polyfit(z, np.log(green[sand] - g_inf), 1)[0],
            int(sand.sum()), z.min(), z.max())


def test_classify_rules_with_sand_and_bathymetry(tmp_path):
    out = tmp_path / "rules.tif"
    rc, res, text = run_alg("classifyrules", {"INPUT": S2, "DEM": DEPTH, "SAND": SAND, "OUTPUT": out})
    assert rc == 0, text
    # the attenuation ratio from the regression on depth, against the same regression done by hand
    k_hand, n_hand, z_lo, z_hi = _attenuation_ratio_by_hand()
    line = [t for t in text.splitlines() if "attenuation ratio kB/kG" in t][0]
    k = float(line.split("kB/kG = ")[1].split(",")[0])
    assert k == pytest.approx(k_hand, abs=0.01) and k < 0.95
    assert "regression of ln(L − L∞) on depth over" in line
    assert "{:.1f}–{:.1f} m deep".format(z_lo, z_hi) in line or abs(int(line.split(" over ")[1].split()[0])
                                                                      - n_hand) < 10
    assert "WARNING" not in line
    counts = classes_of(out)
    # the demo scene has no salt marsh, tidal flat or mariculture (sample_data/README.md): none is mapped
    assert set(counts) <= {1, 3, 5, 9}
    assert counts.get(1, 0) > 50000 and counts.get(5, 0) > 1000 and counts.get(3, 0) > 100
    assert "Class 2 (tidal flat) was not mapped: the DEM has no value on 42% of the image's land pixels" in text
    assert "Class 4 (salt marsh) was not mapped" in text
    assert os.path.exists(tmp_path / "rules.qml")
    ds = gdal.Open(str(out))
    assert ds.GetRasterBand(1).DataType == gdal.GDT_Byte and ds.GetRasterBand(1).GetNoDataValue() == 0
    md = ds.GetMetadata()
    assert md["CLASS_5_EVIDENCE"].startswith("Lyzenga depth-invariant index") and "by regression on depth" in \
        md["CLASS_5_EVIDENCE"]
    assert "2 tidal flat" in md["SKIPPED_CLASSES"] and "4 salt marsh" in md["SKIPPED_CLASSES"]
    a = ds.ReadAsArray()
    # the sand polygons themselves are not mapped as seagrass; the dark-bank labels mostly are
    assert (a[176:194, 262:280] == 5).mean() < 0.1
    bank = _labels(TRAINING, 5)
    assert sum(a[r, c] == 5 for r, c in bank) >= 30 and len(bank) == 80
    assert sum(a[r, c] == 5 for r, c in _labels(TRAINING, 1)) == 0


def test_classify_rules_sand_without_depth_warns_about_the_ratio(tmp_path):
    rc, _, text = run_alg("classifyrules", {"INPUT": S2, "SAND": SAND, "OUTPUT": tmp_path / "r.tif"})
    assert rc == 0, text
    warning = [t for t in text.splitlines() if "The attenuation ratio kB/kG" in t and "is close to 1" in t]
    assert warning
    k = float(warning[0].split("kB/kG = ")[1].split()[0])
    assert 0.95 <= k <= 1.05
    assert "from the variance of" in text


def test_classify_rules_without_depth_maps_no_seagrass(tmp_path):
    rc, _, text = run_alg("classifyrules", {"INPUT": S2, "OUTPUT": tmp_path / "r.tif"})
    assert rc == 0, text
    assert "Class 5 (seagrass) was not mapped: no sand polygons and no bathymetry: seagrass cannot be told from " \
           "deep water" in text
    assert "Class 2 (tidal flat) was not mapped: no intertidal mask and no DEM" in text
    counts = classes_of(tmp_path / "r.tif")
    assert not ({2, 4, 5} & set(counts))


def test_classify_rules_layers_that_miss_the_image(tmp_path):
    from conftest import make_polygons, make_raster
    # a DEM with no CRS; a DEM elsewhere; an intertidal mask of UTM metres declared as EPSG:4326; a raster mask
    # outside the image
    no_crs = make_raster(tmp_path / "nocrs.tif", np.full((28, 44), -2.0, np.float32), x0=742860, y0=1988700,
                         dx=100, dy=100, nodata=None)
    far = make_raster(tmp_path / "far.tif", np.full((28, 44), -2.0, np.float32), epsg=32619, x0=200000,
                      y0=1000000, dx=100, dy=100, nodata=None)
    utm_as_ll = make_polygons(tmp_path / "mask.gpkg", ["POLYGON((743000 1986000,746000 1986000,746000 1988000,"
                                                       "743000 1988000,743000 1986000))"], 4326)
    mask_far = make_raster(tmp_path / "maskfar.tif", np.ones((10, 10), np.uint8), epsg=32619, x0=100000,
                           y0=1000000, dx=10, dy=10)
    cases = [({"DEM": no_crs}, "has no coordinate reference system, so it cannot be placed on the image"),
             ({"DEM": far}, "does not overlap the image: check its coordinate reference system (EPSG:32619"),
             # UTM metres read as degrees are caught where the layer is read, before any burning
             ({"INTERTIDAL_MASK": utm_as_ll}, "Set the layer's CRS to the one its coordinates are in"),
             ({"INTERTIDAL_MASK": mask_far}, "The intertidal mask covers no pixel of the image")]
    for params, message in cases:
        rc, _, text = run_alg("classifyrules", dict(params, INPUT=S2, OUTPUT=tmp_path / "o.tif"))
        assert rc != 0 and message in text and "Traceback" not in text, (params, text)
        assert not os.path.exists(tmp_path / "o.tif")


def test_train_and_classify(tmp_path):
    model = tmp_path / "模型.bcmodel"
    rc, res, text = run_alg("trainclassifier", {"INPUT": S2, "TRAINING": TRAINING, "CLASS_FIELD": "class",
                                                "OUTPUT_MODEL": model, "OUTPUT_REPORT": tmp_path / "r.html",
                                                "TREES": 50})
    assert rc == 0, text
    assert res["VALIDATION_ACCURACY"] > 0.9
    assert "Feature importances" in (tmp_path / "r.html").read_text(encoding="utf-8")
    out, conf = tmp_path / "map.tif", tmp_path / "conf.tif"
    rc, res, text = run_alg("classifyhabitats", {"INPUT": S2, "MODEL": model, "OUTPUT": out,
                                                 "OUTPUT_CONFIDENCE": conf})
    assert rc == 0, text
    counts = classes_of(out)
    assert set(counts) <= {1, 3, 5, 9} and counts[1] > 50000
    # training points are classified as labelled (the forest fits its own samples)
    a = gdal.Open(str(out)).ReadAsArray()
    gt = gdal.Open(S2).GetGeoTransform()
    pts = read_layer(TRAINING)
    from osgeo import ogr
    src = ogr.Open(TRAINING)  # keep the data source alive while its layer is read
    lyr = src.GetLayer(0)
    agree = 0
    for f in lyr:
        g = f.GetGeometryRef()
        agree += a[int((g.GetY() - gt[3]) // gt[5]), int((g.GetX() - gt[0]) // gt[1])] == f["class"]
    assert agree / len(pts) > 0.95
    c = gdal.Open(str(conf)).ReadAsArray()
    assert 0 < c.min() <= c.max() <= 1


def test_mapping_bad_input(tmp_path):
    # a raster with fewer bands than the Sentinel-2 preset needs and no band descriptions
    four = tmp_path / "four.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(four), 5, 5, 4, gdal.GDT_UInt16)
    ds.SetGeoTransform((500000, 10, 0, 2500000, 0, -10))
    ds.SetProjection(gdal.Open(S2).GetProjection())
    ds = None
    rc, _, text = run_alg("spectralindices", {"INPUT": four, "OUTPUT": tmp_path / "o.tif"})
    assert rc != 0 and "The Sentinel-2 Level-2A preset expects the product's band order (12 bands" in text
    assert "This raster has 4 band(s)" in text and "Traceback" not in text
    assert not os.path.exists(tmp_path / "o.tif")
    rc, _, text = run_alg("spectralindices", {"INPUT": S2, "SENSOR": 2, "BAND_RED": 9, "BAND_NIR": 4,
                                              "INDICES": "NDVI", "OUTPUT": tmp_path / "o.tif"})
    assert rc != 0 and "the red band is set to 9" in text
    # one class only; a class with too few pixels
    from pyproj import Transformer
    to_ll = Transformer.from_crs(32619, 4326, always_xy=True)
    pts = ["POINT({!r} {!r})".format(*to_ll.transform(743000 + 10 * i, 1987000)) for i in range(12)]
    one = make_polygons(tmp_path / "one.gpkg", pts, 4326, fields={"class": ["1"] * 12})
    rc, _, text = run_alg("trainclassifier", {"INPUT": S2, "TRAINING": one, "CLASS_FIELD": "class",
                                              "OUTPUT_MODEL": tmp_path / "m.bcmodel"})
    assert rc != 0 and "only one class" in text and not os.path.exists(tmp_path / "m.bcmodel")
    few = make_polygons(tmp_path / "few.gpkg", pts, 4326, fields={"class": ["1"] * 10 + ["5"] * 2})
    rc, _, text = run_alg("trainclassifier", {"INPUT": S2, "TRAINING": few, "CLASS_FIELD": "class",
                                              "OUTPUT_MODEL": tmp_path / "m.bcmodel"})
    assert rc != 0 and "fewer than 10 training pixels: 5 (2 px)" in text
    # a model applied to an image with another band layout
    rc, _, _ = run_alg("trainclassifier", {"INPUT": S2, "TRAINING": TRAINING, "CLASS_FIELD": "class",
                                           "OUTPUT_MODEL": tmp_path / "ok.bcmodel", "TREES": 10})
    rc, _, text = run_alg("classifyhabitats", {"INPUT": four, "MODEL": tmp_path / "ok.bcmodel",
                                               "OUTPUT": tmp_path / "x.tif"})
    assert rc != 0 and "trained on an image with 6 band(s) but this raster has 4" in text
    assert not os.path.exists(tmp_path / "x.tif")
    # a tampered model
    tampered = tmp_path / "bad.bcmodel"
    data = bytearray((tmp_path / "ok.bcmodel").read_bytes())
    tampered.write_bytes(bytes(data[:-40]))
    rc, _, text = run_alg("classifyhabitats", {"INPUT": S2, "MODEL": tampered, "OUTPUT": tmp_path / "x.tif"})
    assert rc != 0 and ("not a Blue Carbon classifier model" in text or "modified" in text)


def test_mapping_algorithms_in_models(provider, tmp_path):
    run_in_model("bluecarbon:spectralindices", {"INPUT": S2, "INDICES": "NDVI"}, {"OUTPUT": tmp_path / "i.tif"},
                 tmp_path)
    assert gdal.Open(str(tmp_path / "i.tif")).RasterCount == 1
    run_in_model("bluecarbon:classifyrules", {"INPUT": S2, "DEM": DEPTH}, {"OUTPUT": tmp_path / "r.tif"}, tmp_path)
    assert 1 in classes_of(tmp_path / "r.tif")
    run_in_model("bluecarbon:trainclassifier", {"INPUT": S2, "TRAINING": TRAINING, "CLASS_FIELD": "class",
                                                "TREES": 10}, {"OUTPUT_MODEL": tmp_path / "m.bcmodel"}, tmp_path)
    run_in_model("bluecarbon:classifyhabitats", {"INPUT": S2, "MODEL": str(tmp_path / "m.bcmodel")},
                 {"OUTPUT": tmp_path / "c.tif"}, tmp_path)
    assert 1 in classes_of(tmp_path / "c.tif")


def test_xgboost_and_extra_trees_inside_qgis_process(tmp_path):
    """Debian's python3-xgboost and python3-sklearn link QGIS's own libraries: prove it in qgis_process."""
    for method in (1, 2):
        model = tmp_path / "m{}.bcmodel".format(method)
        rc, res, text = run_alg("trainclassifier", {"INPUT": S2, "TRAINING": TRAINING, "CLASS_FIELD": "class",
                                                    "METHOD": method, "TREES": 20, "OUTPUT_MODEL": model})
        assert rc == 0, text
        assert res["VALIDATION_ACCURACY"] > 0.9
        rc, _, text = run_alg("classifyhabitats", {"INPUT": S2, "MODEL": model, "OUTPUT": tmp_path / "c.tif"})
        assert rc == 0, text
        counts = classes_of(tmp_path / "c.tif")
        assert set(counts) == {1, 3, 5, 9} and counts[1] > 30000  # water is most of the chip


def test_model_keeps_the_products_fill_values(tmp_path):
    """A model trained on a Sentinel-2 L2A image records the product's fill (0) and saturation (65535) values;
    classifying an image of that product makes those pixels nodata even where the file declares no nodata."""
    image = tmp_path / "fill.tif"
    gdal.Translate(str(image), S2, noData="none")  # band descriptions kept, declared nodata dropped
    ds = gdal.Open(str(image), gdal.GA_Update)
    assert ds.GetRasterBand(1).GetNoDataValue() is None
    for b in range(1, ds.RasterCount + 1):
        band = ds.GetRasterBand(b)
        a = band.ReadAsArray()
        a[10:40, 10:60] = 0       # fill (ESA L2A: NODATA = 0)
        a[10:40, 100:150] = 65535  # saturated (ESA L2A: SATURATED = 65535)
        band.WriteArray(a)
    ds = None
    model = tmp_path / "m.bcmodel"
    rc, _, text = run_alg("trainclassifier", {"INPUT": image, "TRAINING": TRAINING, "CLASS_FIELD": "class",
                                              "INDICES": "NDVI", "TREES": 20, "OUTPUT_MODEL": model})
    assert rc == 0, text
    # the band map's decisions are in the training log
    assert "Not data: declared nodata and DN 0, 65535 (Sentinel-2 Level-2A)." in text, text
    assert "Bands blue=band 3 (B2)" in text, text
    out = tmp_path / "map.tif"
    rc, _, text = run_alg("classifyhabitats", {"INPUT": image, "MODEL": model, "OUTPUT": out})
    assert rc == 0, text
    assert "the image's declared nodata, DN 0, 65535; these pixels are nodata in the map" in text, text
    got = gdal.Open(str(out)).ReadAsArray()
    assert (got[10:40, 10:60] == 0).all() and (got[10:40, 100:150] == 0).all()
    data = (gdal.Open(S2).ReadAsArray() > 0).all(axis=0)
    data[10:40, 10:60] = data[10:40, 100:150] = False
    assert data.sum() > 50000 and (got[data] > 0).all()  # every other pixel of the image is classified
