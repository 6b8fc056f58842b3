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


def test_classify_rules_with_sand_and_bathymetry(tmp_path):
    out = tmp_path / "rules.tif"
    rc, res, text = run_alg("classifyrules", {"INPUT": S2, "DEM": DEPTH, "SAND": SAND, "OUTPUT": out})
    assert rc == 0, text
    assert "kB/kG" in text
    counts = classes_of(out)
    assert counts.get(1, 0) > 50000 and counts.get(5, 0) > 1000 and counts.get(3, 0) > 100
    assert os.path.exists(tmp_path / "rules.qml")
    ds = gdal.Open(str(out))
    assert ds.GetRasterBand(1).DataType == gdal.GDT_Byte and ds.GetRasterBand(1).GetNoDataValue() == 0
    # the sand polygons themselves are not mapped as seagrass
    a = ds.ReadAsArray()
    assert (a[176:194, 262:280] == 5).mean() < 0.1


def test_classify_rules_without_depth_maps_no_seagrass(tmp_path):
    rc, _, text = run_alg("classifyrules", {"INPUT": S2, "OUTPUT": tmp_path / "r.tif"})
    assert rc == 0, text
    assert "seagrass cannot be told from deep water" in text
    assert 5 not in classes_of(tmp_path / "r.tif")


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
    assert rc != 0 and "has 4 band(s), but the nir band is set to 8" in text and "Traceback" not in text
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
