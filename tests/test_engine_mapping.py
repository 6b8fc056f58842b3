"""Spectral indices, sensor presets, rules, Lyzenga's ratio and model files, against hand numbers."""
import io
import json
import zipfile

import numpy as np
import pytest
from osgeo import gdal

from bluecarbon.bluecarbon_qgis.engine.imagery import classifier, indices, modelio, rules, sensors
from bluecarbon.bluecarbon_qgis.engine.errors import InputError



def multiband(path, bands, epsg=32650, descriptions=None, nodata=0, dtype=gdal.GDT_UInt16, metadata=None):
    h, w = bands[0].shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), w, h, len(bands), dtype)
    ds.SetGeoTransform((500000, 10, 0, 2500000, 0, -10))
    from osgeo import osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    for i, arr in enumerate(bands):
        b = ds.GetRasterBand(i + 1)
        b.WriteArray(arr)
        if nodata is not None:
            b.SetNoDataValue(nodata)
        if descriptions:
            b.SetDescription(descriptions[i])
        if metadata:
            b.SetMetadata(metadata)
    ds = None
    return str(path)


S2_DESC = ["B4 red", "B3 green", "B2 blue", "B8 nir", "B11 swir1", "B12 swir2"]


def s2_chip(tmp_path, metadata=None):
    rng = np.random.default_rng(0)
    bands = [rng.integers(100, 4000, (4, 5)).astype(np.uint16) for _ in range(6)]
    bands[0][0, 0] = 0  # a nodata pixel in red
    return multiband(tmp_path / "s2.tif", bands, descriptions=S2_DESC, metadata=metadata), bands


def test_indices_match_hand_formulas(tmp_path):
    path, (red, green, blue, nir, sw1, sw2) = s2_chip(tmp_path)
    bmap = sensors.band_map(path, 0, s2_baseline=sensors.S2_BEFORE_0400)
    assert bmap.bands == {"blue": 3, "green": 2, "red": 1, "nir": 4, "swir1": 5, "swir2": 6}
    names = list(indices.INDICES)
    out = tmp_path / "idx.tif"
    indices.write_indices(path, bmap, names, str(out))
    ds = gdal.Open(str(out))
    assert [ds.GetRasterBand(i + 1).GetDescription() for i in range(len(names))] == names
    r, c = 2, 3
    R, G, B, N, S1 = (x[r, c] / 10000.0 for x in (red, green, blue, nir, sw1))
    lam = (842.0 - 665.0) / (1610.0 - 665.0)
    expected = {
        "NDVI": (N - R) / (N + R), "NDWI": (G - N) / (G + N), "MNDWI": (G - S1) / (G + S1),
        "EVI": 2.5 * (N - R) / (N + 6 * R - 7.5 * B + 1), "SAVI": 1.5 * (N - R) / (N + R + 0.5),
        "LSWI": (N - S1) / (N + S1), "MVI": (N - G) / (S1 - G),
        "CMRI": (N - R) / (N + R) - (G - N) / (G + N), "FAI": N - (R + (S1 - R) * lam),
    }
    for i, name in enumerate(names):
        band = ds.GetRasterBand(i + 1)
        assert band.ReadAsArray()[r, c] == pytest.approx(expected[name], rel=1e-5, abs=1e-6), name
        assert band.ReadAsArray()[0, 0] == indices.NODATA  # nodata in red propagates
    assert ds.GetRasterBand(1).DataType == gdal.GDT_Float32


def test_zero_denominator_is_nodata(tmp_path):
    z = np.full((2, 2), 500, np.uint16)
    path = multiband(tmp_path / "z.tif", [z, z, z, z, z, z], descriptions=S2_DESC, nodata=None)
    bmap = sensors.band_map(path, 0, s2_baseline=sensors.S2_BEFORE_0400)
    indices.write_indices(path, bmap, ["MVI"], str(tmp_path / "o.tif"))  # SWIR1 − Green = 0
    assert (gdal.Open(str(tmp_path / "o.tif")).ReadAsArray() == indices.NODATA).all()


def test_scaling_presets(tmp_path):
    path, _ = s2_chip(tmp_path)
    assert sensors.band_map(path, 0, s2_baseline=sensors.S2_BEFORE_0400).offset == 0.0
    after = sensors.band_map(path, 0, s2_baseline=sensors.S2_FROM_0400)
    assert (after.scale, after.offset) == (1e-4, pytest.approx(-0.1))  # (DN − 1000)/10000
    auto, _ = s2_chip(tmp_path / "..", metadata={"BOA_ADD_OFFSET": "-1000"})
    assert sensors.band_map(auto, 0).offset == pytest.approx(-0.1)
    assert sensors.band_map(path, 0).offset == 0.0  # no BOA_ADD_OFFSET: pre-04.00
    l8 = multiband(tmp_path / "l8.tif", [np.ones((2, 2), np.uint16)] * 7)
    bm = sensors.band_map(l8, 1)
    assert bm.bands["nir"] == 5 and bm.bands["swir1"] == 6
    assert 10000 * bm.scale + bm.offset == pytest.approx(0.075)  # DN 10000 -> 0.0000275 x 10000 − 0.2


def test_band_errors(tmp_path):
    four = multiband(tmp_path / "four.tif", [np.ones((2, 2), np.uint16)] * 4)
    with pytest.raises(InputError, match="has 4 band\\(s\\), but the nir band is set to 8"):
        sensors.band_map(four, 0)
    with pytest.raises(InputError, match="the red band is set to 9"):
        sensors.band_map(four, 2, custom_bands={"red": 9, "nir": 2}, needed=("red", "nir"))
    with pytest.raises(InputError, match="missing for: nir"):
        sensors.band_map(four, 2, custom_bands={"red": 1}, needed=("red", "nir"))
    with pytest.raises(InputError, match="Unknown index name\\(s\\): FOO"):
        indices.parse_indices("ndvi, foo")


def test_lyzenga_ratio_recovers_known_attenuation():
    # one bottom type at depths 1-10 m: ln(L - L∞) = ln(a) - 2 k z, kB = 0.06, kG = 0.09 -> kB/kG = 2/3
    rng = np.random.default_rng(1)
    z = rng.uniform(1, 10, 500)
    ln_b = np.log(0.05) - 2 * 0.06 * z + rng.normal(0, 0.005, z.size)
    ln_g = np.log(0.07) - 2 * 0.09 * z + rng.normal(0, 0.005, z.size)
    assert rules.attenuation_ratio(ln_b, ln_g) == pytest.approx(2 / 3, rel=0.02)


def test_rules_on_known_pixels():
    # pixels: deep water, floating algae, mangrove, terrestrial forest (high DEM), bare flat (low), marsh (low)
    refl = {
        "blue": np.array([[0.02, 0.03, 0.03, 0.03, 0.10, 0.04]], np.float32),
        "green": np.array([[0.03, 0.06, 0.05, 0.05, 0.12, 0.07]], np.float32),
        "red": np.array([[0.01, 0.04, 0.03, 0.03, 0.14, 0.06]], np.float32),
        "nir": np.array([[0.005, 0.15, 0.30, 0.30, 0.16, 0.25]], np.float32),
        "swir1": np.array([[0.002, 0.02, 0.08, 0.08, 0.25, 0.20]], np.float32),
    }
    valid = np.ones((1, 6), bool)
    elevation = np.array([[-12, -1, 1.0, 40.0, 0.5, 1.5]], np.float32)
    out = rules.classify_block(refl, valid, dict(rules.DEFAULTS), sensors.SENTINEL2.wavelengths,
                               elevation=elevation)
    # MVI of the mangrove pixel = (0.30-0.05)/(0.08-0.05) = 8.3 >= 4.5; the marsh pixel's = 1.4
    assert out.tolist() == [[1, 6, 3, 9, 2, 4]]


def _trained(method="rf"):
    rng = np.random.default_rng(3)
    x = np.vstack([rng.normal(0, 1, (60, 4)), rng.normal(2.5, 1, (60, 4)), rng.normal(-2.5, 1, (60, 4))])
    y = np.repeat([1, 3, 5], 60)
    model, validation = classifier.train(x.astype(np.float32), y, method, seed=4, n_estimators=30, n_jobs=1)
    meta = {"classes": [1, 3, 5], "n_features": 4, "features": ["a", "b", "c", "d"], "indices": [],
            "band_count": 4, "band_descriptions": ["", "", "", ""]}
    return model, validation, meta, x.astype(np.float32)


@pytest.mark.parametrize("method", ["rf", "et", "xgb"])
def test_model_file_round_trip_predicts_identically(tmp_path, method):
    model, validation, meta, x = _trained(method)
    path = str(tmp_path / "m.bcmodel")
    modelio.save_model(path, model, method, meta)
    loaded, meta2 = modelio.load_model(path)
    assert meta2["classes"] == [1, 3, 5]
    np.testing.assert_array_equal(loaded.predict_proba(x), model.predict_proba(x))
    assert 0.8 < validation["accuracy"] <= 1.0
    assert np.array(validation["matrix"]).sum() == 180


def test_tampered_and_foreign_model_files_are_refused(tmp_path):
    model, _, meta, _ = _trained("rf")
    path = tmp_path / "m.bcmodel"
    modelio.save_model(str(path), model, "rf", meta)
    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}
    m = json.loads(files["meta.json"])
    m["classes"] = [1, 3, 9]  # relabel a class
    tampered = tmp_path / "t.bcmodel"
    with zipfile.ZipFile(tampered, "w") as z:
        z.writestr("meta.json", json.dumps(m))
        z.writestr("trees.npz", files["trees.npz"])
    with pytest.raises(InputError, match="modified after it was written"):
        modelio.load_model(str(tampered))
    pickled = tmp_path / "p.bcmodel"
    import pickle
    pickled.write_bytes(pickle.dumps(model))
    with pytest.raises(InputError, match="is not a Blue Carbon classifier model file"):
        modelio.load_model(str(pickled))
    other = tmp_path / "o.bcmodel"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("meta.json", json.dumps({"format": "something else"}))
    with pytest.raises(InputError, match="is not a Blue Carbon classifier model file"):
        modelio.load_model(str(other))
    # the payload is read with allow_pickle=False: an object array inside is rejected, never unpickled
    buf = io.BytesIO()
    np.savez(buf, t0_left_child=np.array([object()], dtype=object))
    payload = buf.getvalue()
    m = dict(json.loads(files["meta.json"]))
    m["checksum"] = modelio._digest(m, "trees.npz", payload)
    evil = tmp_path / "e.bcmodel"
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("meta.json", json.dumps(m))
        z.writestr("trees.npz", payload)
    with pytest.raises(InputError, match="allow_pickle"):
        modelio.load_model(str(evil))


def test_sample_checks():
    with pytest.raises(InputError, match="only one class"):
        classifier.check_samples(np.array([3] * 50))
    with pytest.raises(InputError, match="fewer than 10 training pixels: 5 \\(4 px\\)"):
        classifier.check_samples(np.array([3] * 50 + [5] * 4))
