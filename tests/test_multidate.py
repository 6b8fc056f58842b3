"""Several dates classified the same way: training on labelled points of two dates pooled (a Sentinel-2 date and
a Landsat 5 TM date made from the real chip with another radiometry), accuracy per date, the range of the
training spectra stored in the model, and bad input. Numbers are computed here from the files with GDAL and numpy:
the pixels under the points of each date, their features and percentiles, and a model fitted with scikit-learn on
the other date's pixels only."""
import os

import numpy as np
import pytest
from osgeo import gdal, ogr

from conftest import ROOT, read_layer, run_alg
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from bluecarbon.bluecarbon_qgis.engine.imagery import modelio, multidate

S2 = os.path.join(ROOT, "sample_data", "s2l2a_ponce_pr_20190108_6band.tif")
TRAINING = os.path.join(ROOT, "sample_data", "training_ponce.gpkg")
CHIP = gdal.Open(S2).ReadAsArray()                   # B4, B3, B2, B8, B11, B12
ROLE_ORDER = (2, 1, 0, 3, 4, 5)                       # blue, green, red, nir, swir1, swir2
GAIN, OFFSET = 0.75, 0.03                             # the 2005 date's radiometry: 0.75 × reflectance + 0.03


def chip_reflectance():
    return np.stack([CHIP[i] / 1e4 for i in ROLE_ORDER])


def tm_date(path):
    """The chip as a Landsat 5 TM C2 L2 SR stack (SR_B1…SR_B5, SR_B7) with another radiometry."""
    return tm_stack(path, GAIN * chip_reflectance() + OFFSET)


def tm_stack(path, refl, gt=None):
    """Reflectance (role order) as Landsat 4-5 TM C2 L2 DN, bands described SR_B1…SR_B5, SR_B7."""
    from test_products import write

    dn = np.round((refl + 0.2) / 0.0000275).astype(np.uint16)
    return write(path, list(dn), descriptions=["SR_B{}".format(b) for b in (1, 2, 3, 4, 5, 7)], gt=gt)


def dated_points(path, dates=("2019", "2005"), field_type=ogr.OFTString):
    """The training points with a date field: even feature ids on the first date, odd on the second."""
    src = ogr.Open(TRAINING)
    lyr = src.GetLayer(0)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    dst = out.CreateLayer("points", lyr.GetSpatialRef(), ogr.wkbPoint)
    dst.CreateField(ogr.FieldDefn("class", ogr.OFTInteger))
    dst.CreateField(ogr.FieldDefn("date", field_type))
    for f in lyr:
        g = ogr.Feature(dst.GetLayerDefn())
        g.SetField("class", f["class"])
        value = dates[f.GetFID() % 2]
        if value is not None:
            g.SetField("date", value if field_type == ogr.OFTString else int(value))
        g.SetGeometry(f.GetGeometryRef().Clone())
        dst.CreateFeature(g)
    out = None
    return str(path)


def points_by_date():
    """(row, col, class, date index) of every training point."""
    gt = gdal.Open(S2).GetGeoTransform()
    src = ogr.Open(TRAINING)
    out = []
    for f in src.GetLayer(0):
        g = f.GetGeometryRef()
        out.append((int((g.GetY() - gt[3]) // gt[5]), int((g.GetX() - gt[0]) // gt[1]), f["class"], f.GetFID() % 2))
    return out


def features_by_hand(refl):
    """Reflectances and NDVI, MNDWI, MVI of reflectance vectors (rows), 0 where a denominator is below 0.005."""
    b, g, r, n, s1, s2 = refl.T

    def ratio(a, d):
        out = np.where(np.abs(d) >= 0.005 * (1 - 1e-4), a / np.where(d == 0, 1, d), 0.0)
        return out

    return np.column_stack([b, g, r, n, s1, s2, ratio(n - r, n + r), ratio(g - s1, g + s1),
                            ratio(np.abs(n - g), np.abs(s1 - g))])


def training_matrix():
    """The features of every point from the image of its own date, as the plugin reads the two images."""
    s2 = chip_reflectance().astype(np.float32)
    dn = np.round(((GAIN * chip_reflectance() + OFFSET) + 0.2) / 0.0000275)
    tm = (dn.astype(np.float32) * np.float32(0.0000275) + np.float32(-0.2)).astype(np.float32)
    rows, ys, ds = [], [], []
    for r, c, cls, d in points_by_date():
        rows.append((s2 if d == 0 else tm)[:, r, c].astype(np.float64))
        ys.append(cls)
        ds.append(d)
    return features_by_hand(np.array(rows)), np.array(ys), np.array(ds)


@pytest.fixture(scope="module")
def two_dates(tmp_path_factory):
    d = tmp_path_factory.mktemp("dates")
    tm = tm_date(d / "LT05_ponce_2005.tif")
    pts = dated_points(d / "points.gpkg")
    model, table = d / "pooled.bcmodel", d / "by_date.csv"
    rc, res, text = run_alg("trainclassifier", {
        "INPUT": S2, "IMAGES": tm, "IMAGE_DATES": "2019,2005", "IMAGE_SENSORS": "0,3", "TRAINING": pts,
        "CLASS_FIELD": "class", "DATE_FIELD": "date", "TREES": 50, "OUTPUT_MODEL": model,
        "OUTPUT_REPORT": d / "report.html", "OUTPUT_DATE_ACCURACY": table})
    assert rc == 0, text
    return d, tm, pts, model, table, res, text


def test_features_come_from_each_points_own_date(two_dates):
    d, tm, pts, model, table, res, text = two_dates
    x, y, dates = training_matrix()
    _, meta = modelio.load_model(str(model))
    ranges = meta["feature_ranges"]
    assert ranges["features"] == ["blue", "green", "red", "nir", "swir1", "swir2", "NDVI", "MNDWI", "MVI"]
    lo, hi = np.percentile(x, [1, 99], axis=0)
    np.testing.assert_allclose(ranges["lo"], lo, atol=2e-5)
    np.testing.assert_allclose(ranges["hi"], hi, atol=2e-5)
    # the ranges of a training that took the 2005 points from the 2019 image differ by far more than the tolerance
    wrong = np.percentile(features_by_hand(np.array([chip_reflectance()[:, r, c] for r, c, _, _ in
                                                     points_by_date()])), [1, 99], axis=0)
    assert np.abs(np.array([ranges["lo"], ranges["hi"]]) - wrong).max() > 50 * 2e-5
    assert [m["date"] for m in meta["dates"]] == ["2019", "2005"]
    assert meta["dates"][1]["sensor"] == "Landsat 4-5 TM Collection 2 Level-2"


def test_accuracy_per_date_in_the_log_report_and_table(two_dates):
    d, tm, pts, model, table, res, text = two_dates
    rows = {r["date"]: _typed(r) for r in read_layer(table)}
    x, y, dates = training_matrix()
    for i, date in enumerate(("2019", "2005")):
        row = rows[date]
        assert row["pixels"] == int((dates == i).sum()) == row["features"] == 160
        assert 0.85 < row["accuracy"] <= 1.0 and row["validation"] == "out-of-bag"
        # a forest fitted here on the other date's pixels only, with scikit-learn, on float32 features in the
        # plugin's order (per date, class by class, points in layer order)
        from sklearn.ensemble import RandomForestClassifier
        rest = np.flatnonzero(dates != i)
        rest = rest[np.argsort(y[rest], kind="stable")]
        other = RandomForestClassifier(n_estimators=50, random_state=1).fit(x[rest].astype(np.float32), y[rest])
        by_hand = float((other.predict(x[dates == i].astype(np.float32)) == y[dates == i]).mean())
        assert row["accuracy_other_dates"] == pytest.approx(by_hand, abs=1e-9)
        # the two dates' radiometry differs: without its own samples a date is classified far worse
        assert row["accuracy_other_dates"] < row["accuracy"] - 0.2
        assert "Date {}: 160 training pixels from 160 feature(s); accuracy on them (out-of-bag) {:.3f}".format(
            date, row["accuracy"]) in text
        assert "Without its own samples the model does much worse on date {}".format(date) in text
    html = (d / "report.html").read_text(encoding="utf-8")
    assert "Accuracy per date" in html and "Range of the training spectra" in html and "LT05_ponce_2005" in html


def test_bad_dates(tmp_path):
    tm = tm_date(tmp_path / "tm.tif")
    base = {"INPUT": S2, "TRAINING": dated_points(tmp_path / "p.gpkg", ("2019", "2004")), "CLASS_FIELD": "class",
            "TREES": 5, "OUTPUT_MODEL": tmp_path / "m.bcmodel"}
    cases = [
        # dates that match no image
        (dict(base, DATE_FIELD="date", IMAGES=tm, IMAGE_DATES="2019,2005", IMAGE_SENSORS="0,3"),
         "The date field holds 1 date(s) that match no image: 2004. The images' dates (IMAGE_DATES) are 2019, 2005"),
        # more images but no date field
        (dict(base, IMAGES=tm, IMAGE_DATES="2019,2005"), "IMAGES holds 1 more image(s), but no DATE_FIELD"),
        # one date for two images
        (dict(base, DATE_FIELD="date", IMAGES=tm, IMAGE_DATES="2019"), "IMAGE_DATES lists 1 date(s) (2019) for 2 "
                                                                       "image(s)"),
        # the TM image read with the Sentinel-2 preset: the band count the preset does not fit
        (dict(base, DATE_FIELD="date", IMAGES=tm, IMAGE_DATES="2019,2004"),
         "The Sentinel-2 Level-2A preset expects the product's band order (12 bands"),
    ]
    for params, message in cases:
        rc, _, text = run_alg("trainclassifier", params)
        assert rc != 0 and message in text and "Traceback" not in text, (params, text)
        assert not os.path.exists(tmp_path / "m.bcmodel")


def test_date_helpers():
    assert multidate.parse_dates(" 2005, 2019-01-08 ", 2) == ["2005", "2019-01-08"]
    with pytest.raises(InputError, match="names 2005 more than once"):
        multidate.parse_dates("2005,2005", 2)
    assert [multidate.date_key(v) for v in (2005.0, " 2005 ", None, "", 7.5)] == ["2005", "2005", None, None, "7.5"]
    assert multidate.match_dates(["2005", None, "2019"], ["2019", "2005"]) == [1, None, 0]


def test_integer_date_field_and_one_date(tmp_path):
    """An integer date field matches IMAGE_DATES written as numbers; a single date gives one row."""
    pts = dated_points(tmp_path / "p.gpkg", ("2019", "2019"), field_type=ogr.OFTInteger)
    rc, res, text = run_alg("trainclassifier", {"INPUT": S2, "TRAINING": pts, "CLASS_FIELD": "class",
                                                "DATE_FIELD": "date", "IMAGE_DATES": "2019", "TREES": 20,
                                                "OUTPUT_MODEL": tmp_path / "m.bcmodel",
                                                "OUTPUT_DATE_ACCURACY": tmp_path / "t.csv"})
    assert rc == 0, text
    rows = [_typed(r) for r in read_layer(tmp_path / "t.csv")]
    assert len(rows) == 1 and rows[0]["date"] == "2019" and rows[0]["pixels"] == 320
    assert rows[0]["accuracy"] == pytest.approx(res["VALIDATION_ACCURACY"])
    assert rows[0]["accuracy_other_dates"] is None


def _typed(row):
    """A row of the CSV table with its numbers as numbers (empty: None)."""
    out = dict(row)
    for k in ("features", "pixels"):
        out[k] = int(row[k])
    for k in ("accuracy", "accuracy_other_dates"):
        out[k] = float(row[k]) if row[k] not in (None, "") else None
    return out


def tm_date_20m(path):
    """The 2005 date as a Landsat 5 TM stack on a 20 m grid: 2 × 2 block means of the chip's reflectance, with the
    2005 radiometry."""
    refl = chip_reflectance()
    h, w = refl.shape[1] // 2 * 2, refl.shape[2] // 2 * 2
    coarse = refl[:, :h, :w].reshape(6, h // 2, 2, w // 2, 2).mean(axis=(2, 4))
    gt = list(gdal.Open(S2).GetGeoTransform())
    gt[1], gt[5] = 2 * gt[1], 2 * gt[5]
    return tm_stack(path, GAIN * coarse + OFFSET, gt=tuple(gt))


def agreement_at_points(path):
    a = gdal.Open(str(path)).ReadAsArray()
    return float(np.mean([a[r, c] == cls for r, c, cls, _ in points_by_date()]))


def test_a_date_of_another_sensor_normalised_and_mapped_on_the_reference_grid(tmp_path):
    """A model trained on the 2019 Sentinel-2 date; the 2005 Landsat 5 TM date (20 m, another radiometry) is
    refused as unseen, normalised to the 2019 image (IR-MAD), and mapped on the 2019 grid."""
    model = tmp_path / "2019.bcmodel"
    rc, _, text = run_alg("trainclassifier", {"INPUT": S2, "TRAINING": TRAINING, "CLASS_FIELD": "class",
                                              "TREES": 50, "OUTPUT_MODEL": model})
    assert rc == 0, text
    tm = tm_date_20m(tmp_path / "LT05_2005_20m.tif")
    # the 2005 image as it is: its spectra fall outside what the model saw
    params = {"INPUT": tm, "SENSOR": 3, "MODEL": model, "REFERENCE_GRID": S2, "OUTPUT": tmp_path / "raw.tif"}
    rc, _, text = run_alg("classifyhabitats", params)
    assert rc != 0 and "have spectra outside the training range of the class the model gives them" in text
    assert "Normalise an image to a reference" in text and "ALLOW_UNSEEN" in text and "Traceback" not in text
    assert not os.path.exists(tmp_path / "raw.tif")
    rc, _, text = run_alg("classifyhabitats", dict(params, ALLOW_UNSEEN=True))
    assert rc == 0 and "ALLOW_UNSEEN is set, so they are classified anyway" in text, text
    assert "resampled from the image's grid (EPSG:32619, 20 × 20) onto the reference grid (EPSG:32619, 10 × 10) " \
           "with nearest neighbour" in text
    raw = gdal.Open(str(tmp_path / "raw.tif"))
    assert raw.GetGeoTransform() == gdal.Open(S2).GetGeoTransform()
    assert (raw.RasterXSize, raw.RasterYSize) == (444, 280)
    # nearest neighbour: each 10 m cell has the class of the 20 m pixel under its centre (the map on its own grid)
    rc, _, text = run_alg("classifyhabitats", dict(params, ALLOW_UNSEEN=True, REFERENCE_GRID="",
                                                   OUTPUT=tmp_path / "native.tif"))
    assert rc == 0, text
    native, fine = gdal.Open(str(tmp_path / "native.tif")).ReadAsArray(), raw.ReadAsArray()
    assert native.shape == (140, 222)
    np.testing.assert_array_equal(fine, np.repeat(np.repeat(native, 2, axis=0), 2, axis=1))
    # normalised to the 2019 image, the 2005 date is read as the model expects
    rc, _, text = run_alg("normaliseimage", {"INPUT": tm, "SENSOR": 3, "REFERENCE": S2,
                                             "OUTPUT": tmp_path / "2005_norm.tif"})
    assert rc == 0, text
    rc, _, text = run_alg("classifyhabitats", {"INPUT": tmp_path / "2005_norm.tif", "SENSOR": 2, "MODEL": model,
                                               "REFERENCE_GRID": S2, "OUTPUT": tmp_path / "norm_map.tif"})
    assert rc == 0, text
    assert "The image is on the reference grid already" in text
    # at the labelled points (the same places in 2005: nothing changed), the normalised date's map agrees with
    # the labels about as well as the 2019 map does, and far better than the map of the raw image
    rc, _, text = run_alg("classifyhabitats", {"INPUT": S2, "MODEL": model, "OUTPUT": tmp_path / "2019.tif"})
    assert rc == 0, text
    on_2019, on_norm, on_raw = (agreement_at_points(tmp_path / n) for n in ("2019.tif", "norm_map.tif", "raw.tif"))
    assert on_2019 > 0.95 and on_norm > 0.85 and on_raw < 0.6, (on_2019, on_norm, on_raw)


def test_coastal_water_just_below_zero_is_not_unseen(tmp_path):
    """A model trained on the chip (its water's NIR 0.001–0.05) classifies a coastal scene whose water NIR sits just
    below zero (59 % of NIR values in (−0.01, 0)): no refusal."""
    from test_products import L8_CUSTOM, coastal_l8_reflectance

    model = tmp_path / "m.bcmodel"
    rc, _, text = run_alg("trainclassifier", {"INPUT": S2, "TRAINING": TRAINING, "CLASS_FIELD": "class",
                                              "TREES": 30, "OUTPUT_MODEL": model})
    assert rc == 0, text
    coast, _ = coastal_l8_reflectance(tmp_path / "coast.tif")
    bands = {"BAND_{}".format(r.upper()): b for r, b in L8_CUSTOM.items()}
    rc, _, text = run_alg("classifyhabitats", dict(bands, INPUT=coast, SENSOR=2, SCALE=1, OFFSET=0, MODEL=model,
                                                   OUTPUT=tmp_path / "c.tif"))
    assert rc == 0, text
    line = text[text.index("Spectra outside the training range"):]
    share = float(line.split("gives them: ")[1].split("%")[0])
    base = float(line.split("the training images: ")[1].split("%")[0])
    assert share <= base + 1.0, line
    assert (gdal.Open(str(tmp_path / "c.tif")).ReadAsArray() == 1).mean() > 0.6  # the water is water


def test_a_model_on_an_image_of_other_bands(tmp_path):
    model = tmp_path / "m.bcmodel"
    rc, _, text = run_alg("trainclassifier", {"INPUT": S2, "TRAINING": TRAINING, "CLASS_FIELD": "class",
                                              "TREES": 10, "OUTPUT_MODEL": model})
    assert rc == 0, text
    tm = tm_date(tmp_path / "tm.tif")
    four = tmp_path / "four.tif"
    gdal.Translate(str(four), tm, bandList=[1, 2, 3, 4])
    cases = [
        # a Landsat 5 stack read with the model's Sentinel-2 band map
        ({"INPUT": tm}, "differ from the bands the model was trained on (B4 red, B3 green, B2 blue, B8 nir, B11 "
                        "swir1, B12 swir2). If the image is of another product, set SENSOR to its preset"),
        # four bands under the TM preset, which needs six
        ({"INPUT": four, "SENSOR": 3}, "The Landsat 4-5 TM Collection 2 Level-2 preset expects the product's band "
                                       "order (6 bands"),
        # Custom with only red and NIR: the model needs all six bands
        ({"INPUT": tm, "SENSOR": 2, "BAND_RED": 3, "BAND_NIR": 4, "SCALE": 0.0000275, "OFFSET": -0.2},
         "Band numbers are missing for: blue, green, swir1, swir2"),
    ]
    for params, message in cases:
        rc, _, text = run_alg("classifyhabitats", dict(params, MODEL=model, OUTPUT=tmp_path / "x.tif"))
        assert rc != 0 and message in text and "Traceback" not in text, (params, text)
        assert not os.path.exists(tmp_path / "x.tif")


def test_unseen_rule_by_hand():
    """Class ranges, their tolerance and the share of unseen pixels, on numbers worked by hand."""
    names = ["nir", "swir1", "NDVI"]
    water = {"features": names, "lo": [0.002, 0.001, -0.8], "hi": [0.05, 0.03, -0.2]}
    land = {"features": names, "lo": [0.15, 0.10, 0.3], "hi": [0.45, 0.35, 0.8]}
    lo, hi = multidate.tolerated(water)
    # nir: margin max(0.1 × 0.048, 0.01) = 0.01 → 0.002 − 0.01 = −0.008, but the range reaches dark values: −0.01
    # swir1: margin 0.01 → −0.009 → −0.01; NDVI: margin max(0.06, 0.05) = 0.06
    np.testing.assert_allclose(lo, [-0.01, -0.01, -0.86])
    np.testing.assert_allclose(hi, [0.06, 0.04, -0.14])
    lo, hi = multidate.tolerated(land)
    np.testing.assert_allclose(lo, [0.12, 0.075, 0.25])  # margins 0.03, 0.025, 0.05; not dark
    np.testing.assert_allclose(hi, [0.48, 0.375, 0.85])
    x = np.array([[-0.009, 0.0, -5.0],     # water at the noise floor, NDVI far out (indices are not judged)
                  [-0.011, 0.0, -0.5],     # water NIR below −0.01: unseen
                  [0.035, 0.03, -0.5],     # hazy water ...
                  [0.035, 0.03, 0.4],      # ... classified as land: NIR below land's 0.12: unseen
                  [0.30, 0.20, 0.6]])      # land
    pred = np.array([1, 1, 1, 9, 9])
    share, per = multidate.unseen_spectra(x, pred, {"1": water, "9": land})
    assert share == pytest.approx(40.0) and per == {"nir": pytest.approx(40.0), "swir1": pytest.approx(20.0)}


def test_multidate_training_and_the_reference_grid_in_a_model(provider, tmp_path):
    from conftest import run_in_model

    tm = tm_date(tmp_path / "tm.tif")
    pts = dated_points(tmp_path / "p.gpkg")
    run_in_model("bluecarbon:trainclassifier", {"INPUT": S2, "IMAGES": [tm], "IMAGE_DATES": "2019,2005",
                                                "IMAGE_SENSORS": "0,3", "TRAINING": pts, "CLASS_FIELD": "class",
                                                "DATE_FIELD": "date", "TREES": 10},
                 {"OUTPUT_MODEL": tmp_path / "m.bcmodel"}, tmp_path)
    _, meta = modelio.load_model(str(tmp_path / "m.bcmodel"))
    assert [d["pixels"] for d in meta["dates"]] == [160, 160]
    run_in_model("bluecarbon:classifyhabitats", {"INPUT": tm_date_20m(tmp_path / "tm20.tif"), "SENSOR": 3,
                                                 "MODEL": str(tmp_path / "m.bcmodel"), "REFERENCE_GRID": S2},
                 {"OUTPUT": tmp_path / "c.tif"}, tmp_path)
    assert gdal.Open(str(tmp_path / "c.tif")).GetGeoTransform() == gdal.Open(S2).GetGeoTransform()
