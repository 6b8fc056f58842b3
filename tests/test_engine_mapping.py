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
    # Sentinel-2 band centres, mean of S2A and S2B: B4 664.8, B8 832.9, B11 1612.1 nm
    lam = (832.9 - 664.8) / (1612.1 - 664.8)
    evi_den = N + 6 * R - 7.5 * B + 1
    expected = {
        "NDVI": (N - R) / (N + R), "NDWI": (G - N) / (G + N), "MNDWI": (G - S1) / (G + S1),
        "EVI": 2.5 * (N - R) / evi_den if abs(evi_den) >= 0.1 else indices.NODATA,
        "SAVI": 1.5 * (N - R) / (N + R + 0.5),
        "LSWI": (N - S1) / (N + S1), "MVI": abs(N - G) / abs(S1 - G),
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
    # random DN 100-4000 cannot be a 04.00 product (a quarter of them below −0.01 reflectance): forced
    after = sensors.band_map(path, 0, s2_baseline=sensors.S2_FROM_0400, force=True)
    assert (after.scale, after.offset) == (1e-4, pytest.approx(-0.1))  # (DN − 1000)/10000
    auto, _ = s2_chip(tmp_path / "..", metadata={"BOA_ADD_OFFSET": "-1000"})
    assert sensors.band_map(auto, 0, force=True).offset == pytest.approx(-0.1)
    assert sensors.band_map(path, 0).offset == 0.0  # no BOA_ADD_OFFSET: pre-04.00
    l8 = multiband(tmp_path / "l8.tif", [np.full((2, 2), 10000, np.uint16)] * 7)
    bm = sensors.band_map(l8, 1)
    assert bm.bands["nir"] == 5 and bm.bands["swir1"] == 6
    assert 10000 * bm.scale + bm.offset == pytest.approx(0.075)  # DN 10000 -> 0.0000275 x 10000 − 0.2


def test_band_errors(tmp_path):
    four = multiband(tmp_path / "four.tif", [np.full((2, 2), 500, np.uint16)] * 4)
    with pytest.raises(InputError, match="expects the product's band order \\(12 bands.*has 4 band\\(s\\); its "
                                         "descriptions name no band, not blue, green, red, nir, swir1, swir2"):
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


def test_lyzenga_ratio_from_depth_is_not_fooled_by_sand_brightness():
    # one sand bottom whose brightness varies by ±30 % (factor f in both bands) at depths 1-10 m:
    # ln(L - L∞) = ln(a f) - 2 K z with KB = 0.06, KG = 0.09 -> kB/kG = 2/3
    rng = np.random.default_rng(2)
    z = rng.uniform(1, 10, 800)
    ln_f = np.log(rng.uniform(0.7, 1.3, z.size))
    ln_b = np.log(0.05) + ln_f - 2 * 0.06 * z + rng.normal(0, 0.005, z.size)
    ln_g = np.log(0.07) + ln_f - 2 * 0.09 * z + rng.normal(0, 0.005, z.size)
    k, slope_b, slope_g = rules.attenuation_ratio_from_depth(ln_b, ln_g, z)
    assert slope_b == pytest.approx(-0.12, rel=0.03) and slope_g == pytest.approx(-0.18, rel=0.03)
    assert k == pytest.approx(2 / 3, rel=0.03)
    # the variance method reads the brightness variation as depth and is pulled towards 1
    k_var = rules.attenuation_ratio(ln_b, ln_g)
    assert k_var > 0.69 and abs(k_var - 2 / 3) > 3 * abs(k - 2 / 3)


@pytest.mark.parametrize("k", [0.7, 1.4])
def test_darker_bottom_follows_the_sign_of_one_minus_k(k):
    # L - L∞ = f A exp(-2 K z): a bottom f times as bright shifts DII by (1 - k) ln f at any depth
    kg = 0.1
    kb = k * kg
    lyz = rules.Lyzenga(b_inf=0.01, g_inf=0.01, k_ratio=k, sand_mean=0.0, sand_sd=0.05, n_sand=100)
    z = np.array([2.0, 2.0, 6.0, 6.0])
    f = np.array([1.0, 0.5, 1.0, 0.5])          # sand, half as bright bottom, at two depths
    blue = 0.01 + f * 0.08 * np.exp(-2 * kb * z)
    green = 0.01 + f * 0.10 * np.exp(-2 * kg * z)
    dii = lyz.dii(blue, green)
    sand_dii = np.log(0.08) - k * np.log(0.10)
    np.testing.assert_allclose(dii - sand_dii, (1 - k) * np.log(f), atol=1e-9)
    lyz.sand_mean = sand_dii
    assert lyz.darker_than_sand(dii, 2.0).tolist() == [False, True, False, True]


def test_index_denominators_near_zero_are_nodata():
    refl = {"blue": np.array([0.30, 0.05], np.float32), "green": np.array([0.05, 0.10], np.float32),
            "red": np.array([0.20, 0.05], np.float32), "nir": np.array([0.30, 0.04], np.float32),
            "swir1": np.array([0.0520, 0.20], np.float32)}
    valid = np.ones(2, bool)
    evi, mvi = indices.compute(["EVI", "MVI"], refl, valid, sensors.SENTINEL2.role_wavelengths)
    # pixel 0: EVI denominator 0.30 + 1.2 - 2.25 + 1 = 0.25 -> kept; MVI |SWIR1 - G| = 0.002 -> nodata
    assert evi[0] == pytest.approx(2.5 * 0.10 / 0.25, rel=1e-5) and mvi[0] == indices.NODATA
    # pixel 1: NIR below green: the absolute form |0.04 - 0.10| / |0.20 - 0.10| = 0.6 (signed form: -0.6)
    assert mvi[1] == pytest.approx(0.6, rel=1e-5)
    refl["blue"][0] = 0.32   # EVI denominator 0.30 + 1.2 - 2.4 + 1 = 0.10
    refl["blue"][1] = 0.28   # 0.04 + 0.30 - 2.10 + 1 = -0.76 -> kept
    evi, = indices.compute(["EVI"], refl, valid, sensors.SENTINEL2.role_wavelengths)
    assert evi[0] == pytest.approx(2.5 * 0.10 / 0.10, rel=1e-4)  # at the bound: kept
    refl["blue"][0] = 0.325  # 0.30 + 1.2 - 2.4375 + 1 = 0.0625 < 0.1 -> nodata
    evi, = indices.compute(["EVI"], refl, valid, sensors.SENTINEL2.role_wavelengths)
    assert evi[0] == indices.NODATA and evi[1] == pytest.approx(2.5 * -0.01 / -0.76, rel=1e-4)


def test_fai_with_the_narrow_nir_band(tmp_path):
    # the full 12-band L2A order: B8A is band 9 and FAI uses its centre, 864.4 nm
    bands = [np.full((3, 3), 300 + 100 * i, np.uint16) for i in range(12)]
    path = multiband(tmp_path / "full.tif", bands, nodata=None)
    bmap = sensors.band_map(path, 0, needed=("red", "nir", "swir1"), fai_narrow=True,
                            s2_baseline=sensors.S2_BEFORE_0400)
    assert bmap.bands == {"red": 4, "nir": 8, "swir1": 11, "nir_fai": 9}
    assert bmap.wavelengths["nir_fai"] == pytest.approx(864.4)
    out = tmp_path / "fai.tif"
    indices.write_indices(path, bmap, ["FAI", "NDVI"], str(out))
    red, nir, nir8a, sw = 0.06, 0.10, 0.11, 0.13
    fai = nir8a - (red + (sw - red) * (864.4 - 664.8) / (1612.1 - 664.8))
    ds = gdal.Open(str(out))
    assert ds.GetRasterBand(1).ReadAsArray()[1, 1] == pytest.approx(fai, rel=1e-4)
    assert ds.GetRasterBand(2).ReadAsArray()[1, 1] == pytest.approx((nir - red) / (nir + red), rel=1e-5)


def _scene(tmp_path, dem=None):
    """A 40 x 40 scene: water (cols 0-19) with a floating-algae patch far from land (rows 5-7, cols 5-7) and one
    next to the shore (rows 30-31, cols 18-19); bare ground (cols 20-29) and vegetation that is not mangrove
    (cols 30-39)."""
    shape = (40, 40)
    # DN of B4, B3, B2, B8, B11, B12
    water = (300, 600, 700, 100, 50, 30)
    algae = (400, 700, 700, 1500, 100, 50)
    bare = (1400, 1200, 1000, 1600, 2500, 2000)
    veg = (600, 700, 500, 2500, 2000, 1200)
    cube = np.zeros((6,) + shape, np.uint16)
    for cols, dn in ((slice(0, 20), water), (slice(20, 30), bare), (slice(30, 40), veg)):
        for b in range(6):
            cube[b][:, cols] = dn[b]
    for rows, cols in ((slice(5, 8), slice(5, 8)), (slice(30, 32), slice(18, 20))):
        for b in range(6):
            cube[b][rows, cols] = algae[b]
    path = multiband(tmp_path / "scene.tif", list(cube), descriptions=S2_DESC, nodata=0)
    dem_path = None
    if dem is not None:
        dem_path = multiband(tmp_path / "dem.tif", [dem.astype(np.float32)], dtype=gdal.GDT_Float32, nodata=-9999)
    return path, dem_path


def _classes(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray(), ds.GetMetadata()


def test_rules_assign_no_class_without_its_evidence(tmp_path):
    path, _ = _scene(tmp_path)
    bmap = sensors.band_map(path, 0, needed=rules.NEEDED, s2_baseline=sensors.S2_BEFORE_0400)
    res = rules.classify_rules(path, bmap, str(tmp_path / "a.tif"), {})
    a, md = _classes(tmp_path / "a.tif")
    # no intertidal mask, no DEM: no tidal flat, no salt marsh, no seagrass; the reasons are returned
    assert set(np.unique(a)) == {1, 6, 9}
    assert set(res.skipped) == {2, 4, 5}
    assert "the intertidal zone is unknown" in sensors.render(res.skipped[2])
    assert "2 tidal flat: no intertidal mask and no DEM" in md["SKIPPED_CLASSES"]
    assert md["CLASS_6_EVIDENCE"].startswith("FAI > 0.02 (Hu 2009), at least 2 pixels from land")
    # floating matter far from land is mapped; the patch on the shore (mixed pixels) is not
    assert (a[5:8, 5:8] == 6).all() and (a[30:32, 18:20] == 1).all()


def test_bathymetry_is_no_evidence_of_intertidal_land(tmp_path):
    depth = np.full((40, 40), -9999.0)
    depth[:, :20] = -3.0                       # bathymetry: land is nodata
    path, dem = _scene(tmp_path, depth)
    bmap = sensors.band_map(path, 0, needed=rules.NEEDED, s2_baseline=sensors.S2_BEFORE_0400)
    like = gdal.Open(path)
    dem_vrt = rules.warp_to(dem, like, str(tmp_path / "d.vrt"), "bilinear", elevation=True)
    res = rules.classify_rules(path, bmap, str(tmp_path / "b.tif"), {}, dem_path=dem_vrt)
    a, _ = _classes(tmp_path / "b.tif")
    assert not ({2, 4} & set(np.unique(a)))
    assert "has no value on 100% of the image's land pixels" in sensors.render(res.skipped[2])
    # a DEM that covers land and sea around the tidal range is evidence: the low bare ground is tidal flat
    topo = depth.copy()
    topo[:, 20:30] = 1.0
    topo[:, 30:40] = 8.0                        # the vegetation stands above the maximum elevation (5 m)
    path, dem = _scene(tmp_path, topo)
    dem_vrt = rules.warp_to(dem, like, str(tmp_path / "d2.vrt"), "near", elevation=True)
    res = rules.classify_rules(path, bmap, str(tmp_path / "c.tif"), {}, dem_path=dem_vrt)
    a, md = _classes(tmp_path / "c.tif")
    assert (a[:, 20:30] == 2).all() and (a[:, 30:40] == 9).all()
    assert 2 not in res.skipped and "on a DEM covering 100% of the land" in md["CLASS_2_EVIDENCE"]
    # with bathymetry, the offshore patch lies over 3 m of water (> 1 m): still floating matter
    assert (a[5:8, 5:8] == 6).all()


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
    out = rules.classify_block(refl, valid, dict(rules.DEFAULTS), sensors.SENTINEL2.role_wavelengths,
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
