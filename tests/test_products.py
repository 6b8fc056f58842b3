"""Real products read right: the Sentinel-2 offset, band roles, fill and saturation values and the Custom
scaling, on variants of the shipped chip built here (issue 16, items 1-4; issue 10's sensor traps)."""
import json
import os
import re

import numpy as np
import pytest
from osgeo import gdal

from conftest import ROOT, run_alg
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from bluecarbon.bluecarbon_qgis.engine.imagery import indices, rules, sensors

S2 = os.path.join(ROOT, "sample_data", "s2l2a_ponce_pr_20190108_6band.tif")
DEPTH = os.path.join(ROOT, "sample_data", "s2l2a_ponce_pr_depth_10m.tif")
CHIP = gdal.Open(S2).ReadAsArray()                   # (6, 280, 444) uint16: B4, B3, B2, B8, B11, B12
B4, B3, B2, B8, B11, B12 = range(6)


def write(path, bands, descriptions=None, nodata=None, scale=None, offset=None, band_metadata=None,
          dtype=gdal.GDT_UInt16, gt=None):
    """A GeoTIFF on the chip's grid (or with the geotransform ``gt``, in its CRS) from a list of arrays, with only
    the metadata asked for."""
    like = gdal.Open(S2)
    h, w = bands[0].shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), w, h, len(bands), dtype)
    ds.SetGeoTransform(gt or like.GetGeoTransform())
    ds.SetProjection(like.GetProjection())
    for i, arr in enumerate(bands):
        b = ds.GetRasterBand(i + 1)
        b.WriteArray(arr)
        if descriptions:
            b.SetDescription(descriptions[i])
        if nodata is not None:
            b.SetNoDataValue(nodata)
        if scale is not None:
            b.SetScale(scale)
        if offset is not None:
            b.SetOffset(offset)
        if band_metadata:
            b.SetMetadata(band_metadata)
    ds = None
    return str(path)


DESC = ["B4", "B3", "B2", "B8", "B11", "B12"]


def offset_chip(path, **kw):
    """The chip re-encoded as a processing baseline 04.00 product: DN + 1000 where there is data, fill 0,
    band names but no offset, scale, nodata or baseline metadata (as after gdal_merge)."""
    shifted = np.where(CHIP > 0, CHIP.astype(np.uint32) + 1000, 0).astype(np.uint16)
    kw.setdefault("descriptions", DESC)
    return write(path, list(shifted), **kw)


def ndvi_by_hand(red_dn, nir_dn, offset_dn=0.0):
    red = (red_dn.astype(np.float64) + offset_dn) / 1e4
    nir = (nir_dn.astype(np.float64) + offset_dn) / 1e4
    return (nir - red) / (nir + red)


def read(path, band=1):
    ds = gdal.Open(str(path))  # keep the dataset alive while its band is read
    return ds.GetRasterBand(band).ReadAsArray()


# --- 1. the Sentinel-2 offset -----------------------------------------------------------------------------

def test_offset_decided_from_the_data_gives_the_same_indices(tmp_path):
    plain = sensors.band_map(S2, 0, needed=("red", "nir"))
    assert plain.offset == 0.0
    assert "97.0% of the SWIR values are below 500 DN" in sensors.render(plain.notes[1])
    # the same scene as a 04.00 product without metadata: the offset is found from the SWIR floor
    path = offset_chip(tmp_path / "n0400.tif")
    bmap = sensors.band_map(path, 0, needed=("red", "nir"))
    assert bmap.offset == pytest.approx(-0.1)
    note = sensors.render(bmap.notes[1])
    assert "decided from the data" in note and "the zero of the −1000 offset" in note
    # the darkest 1 % of B11/B12 sits at 1000 + (the chip's own 1st percentile of B11/B12)
    valid = CHIP[B11] > 0
    floor = min(np.percentile(CHIP[B11][valid], 1), np.percentile(CHIP[B12][CHIP[B12] > 0], 1)) + 1000
    assert "sit at {:.0f} DN".format(floor) in note or abs(float(note.split("sit at ")[1].split(" DN")[0]) - floor) < 30
    indices.write_indices(path, bmap, ["NDVI"], str(tmp_path / "a.tif"))
    indices.write_indices(S2, plain, ["NDVI"], str(tmp_path / "b.tif"))
    a, b = read(tmp_path / "a.tif"), read(tmp_path / "b.tif")
    np.testing.assert_allclose(a, b, atol=1e-5)
    r, c = 220, 270
    assert a[r, c] == pytest.approx(ndvi_by_hand(CHIP[B4, r, c], CHIP[B8, r, c]), rel=1e-5)


def test_offset_products_give_the_same_rule_map(tmp_path):
    like = gdal.Open(S2)
    dem = rules.warp_to(DEPTH, like, str(tmp_path / "dem.vrt"), "bilinear", elevation=True)
    path = offset_chip(tmp_path / "n0400.tif")
    for src, name in ((S2, "plain.tif"), (path, "offset.tif")):
        rules.classify_rules(src, sensors.band_map(src, 0, needed=rules.NEEDED), str(tmp_path / name), {},
                             dem_path=dem)
    plain, shifted = read(tmp_path / "plain.tif"), read(tmp_path / "offset.tif")
    assert (plain == 5).sum() > 20000      # seagrass on the bank with bathymetry: not 0 ha
    assert (plain != shifted).mean() < 1e-4


def test_forced_settings_that_the_data_contradict(tmp_path):
    # 04.00 forced on the real pre-04.00 chip: most blue values would be below −0.01 reflectance
    blue = CHIP[B2][CHIP[B2] > 0].astype(np.float64)
    below = 100.0 * ((blue * 1e-4 - 0.1) < -0.01).mean()
    assert below > 90
    with pytest.raises(InputError, match=r"{:.1f}% of the blue band is below −0.01 reflectance.*this offset does "
                                         r"not fit the image.*set FORCE_SCALING to go on".format(below)):
        sensors.band_map(S2, 0, s2_baseline=sensors.S2_FROM_0400)
    # with FORCE_SCALING the same setting goes on, warned about
    forced = sensors.band_map(S2, 0, s2_baseline=sensors.S2_FROM_0400, force=True)
    assert forced.offset == pytest.approx(-0.1)
    assert any("FORCE_SCALING is set: going on" in sensors.render(w) for w in forced.warnings)
    # "before 04.00" forced on a 04.00 product: a warning that names the SWIR floor
    bmap = sensors.band_map(offset_chip(tmp_path / "n0400.tif"), 0, s2_baseline=sensors.S2_BEFORE_0400)
    assert bmap.offset == 0.0
    assert any("the mark of the −1000 offset" in sensors.render(w) for w in bmap.warnings)


def test_offset_read_from_each_kind_of_metadata(tmp_path):
    shifted = offset_chip(tmp_path / "x.tif")
    bands = list(gdal.Open(shifted).ReadAsArray())
    # GDAL SENTINEL2-driver style band metadata
    p = write(tmp_path / "md.tif", bands, descriptions=DESC, band_metadata={"BOA_ADD_OFFSET": "-1000"})
    assert "band metadata BOA_ADD_OFFSET" in sensors.render(sensors.band_map(p, 0).notes[1])
    # GDAL scale/offset
    p = write(tmp_path / "gdal.tif", bands, descriptions=DESC, scale=1e-4, offset=-0.1)
    assert sensors.band_map(p, 0).offset == pytest.approx(-0.1)
    # MTD_MSIL2A.xml two folders up, as inside a .SAFE
    safe = tmp_path / "S2B_MSIL2A.SAFE"
    (safe / "GRANULE" / "IMG").mkdir(parents=True)
    (safe / "MTD_MSIL2A.xml").write_text('<x><BOA_ADD_OFFSET band_id="0">-1000</BOA_ADD_OFFSET></x>')
    p = write(safe / "GRANULE" / "IMG" / "stack.tif", bands, descriptions=DESC)
    bm = sensors.band_map(p, 0)
    assert bm.offset == pytest.approx(-0.1) and "MTD_MSIL2A.xml" in sensors.render(bm.notes[1])
    # a STAC item beside the file
    p = write(tmp_path / "cog.tif", bands, descriptions=DESC)
    (tmp_path / "cog.json").write_text(json.dumps({"assets": {"all": {
        "href": "https://example.invalid/cog.tif", "raster:bands": [{"scale": 0.0001, "offset": -0.1}]}}}))
    assert "STAC" in sensors.render(sensors.band_map(p, 0).notes[1])
    # the product name
    p = write(tmp_path / "S2A_MSIL2A_20230105T030111_N0509_R032_T49QGF_20230105T060000.tif", bands,
              descriptions=DESC)
    assert "product name" in sensors.render(sensors.band_map(p, 0).notes[1])


def test_offset_undecidable_is_refused(tmp_path):
    # no dark water at all: every SWIR value between 1500 and 3000 DN
    rng = np.random.default_rng(0)
    bands = [rng.integers(1500, 3000, CHIP[0].shape).astype(np.uint16) for _ in range(6)]
    p = write(tmp_path / "land.tif", bands, descriptions=DESC)
    with pytest.raises(InputError, match="offset cannot be decided.*S2_BASELINE=2"):
        sensors.band_map(p, 0)


# --- 2. band roles ----------------------------------------------------------------------------------------

S2_20M = [("B4", 665), ("B3", 560), ("B2", 490), ("B5", 705), ("B6", 740), ("B7", 783), ("B11", 1610),
          ("B12", 2190), ("B8A", 865), ("AOT", None), ("SCL", None), ("WVP", None)]


def twenty_metre_stack(path, described=True):
    """A 12-band stack shaped like GDAL's Sentinel-2 20 m product, built from the chip (B8 stands in for
    B8A, B4 for the red-edge bands)."""
    src = {"B4": CHIP[B4], "B3": CHIP[B3], "B2": CHIP[B2], "B11": CHIP[B11], "B12": CHIP[B12], "B8A": CHIP[B8]}
    bands = [src.get(n, CHIP[B4] if n.startswith("B") else np.full(CHIP[0].shape, 7, np.uint16))
             for n, _ in S2_20M]
    desc = ["{}, central wavelength {} nm".format(n, w) if w else n for n, w in S2_20M] if described else None
    return write(path, bands, descriptions=desc, nodata=0)


def test_twenty_metre_product_roles_by_description(tmp_path):
    path = twenty_metre_stack(tmp_path / "s2_20m.tif")
    bmap = sensors.band_map(path, 0)
    assert bmap.bands == {"blue": 3, "green": 2, "red": 1, "nir": 9, "swir1": 7, "swir2": 8}
    assert bmap.wavelengths["nir"] == pytest.approx(864.4)  # B8A, not B8's 832.9
    indices.write_indices(path, bmap, ["NDVI", "FAI"], str(tmp_path / "i.tif"))
    r, c = 220, 270
    assert read(tmp_path / "i.tif")[r, c] == pytest.approx(ndvi_by_hand(CHIP[B4, r, c], CHIP[B8, r, c]), rel=1e-5)
    red, nir, sw = (CHIP[b, r, c] / 1e4 for b in (B4, B8, B11))
    fai = nir - (red + (sw - red) * (864.4 - 664.8) / (1612.1 - 664.8))
    assert read(tmp_path / "i.tif", 2)[r, c] == pytest.approx(fai, rel=1e-4, abs=1e-6)


def test_partial_descriptions_do_not_fall_back_to_positions(tmp_path):
    bands = list(CHIP)
    # a 6-band stack whose descriptions name only red and NIR: refused, naming what was found and missing
    p = write(tmp_path / "partial.tif", bands, descriptions=["B4", "", "", "B8", "", ""])
    with pytest.raises(InputError) as e:
        sensors.band_map(p, 0)
    msg = str(e.value)
    assert "expects the product's band order (12 bands: B1, B2, B3" in msg
    assert "red=B4 (band 1), nir=B8 (band 4), not blue, green, swir1, swir2" in msg
    # a 12-band stack whose descriptions contradict the standard order
    p = twenty_metre_stack(tmp_path / "s2_20m.tif")
    ds = gdal.Open(p, gdal.GA_Update)
    for i in (2, 3, 7, 8):
        ds.GetRasterBand(i).SetDescription("")
    ds = None
    with pytest.raises(InputError, match="put red, nir elsewhere than the Sentinel-2 Level-2A band order"):
        sensors.band_map(p, 0)


def test_one_band_image_says_the_preset_expects_the_l2a_order(tmp_path):
    p = write(tmp_path / "one.tif", [CHIP[B4]])
    with pytest.raises(InputError, match=r"preset expects the product's band order \(12 bands.*has 1 band\(s\)"):
        sensors.band_map(p, 0)


def landsat_from_chip(path, described):
    """SR_B2..SR_B7 (SR_B1 dropped) in Landsat C2 L2 DN: DN = (reflectance + 0.2) / 0.0000275."""
    refl = [CHIP[b] / 1e4 for b in (B2, B3, B4, B8, B11, B12)]
    dn = [np.where(CHIP[0] > 0, np.round((r + 0.2) / 0.0000275), 0).astype(np.uint16) for r in refl]
    desc = ["SR_B{}".format(i) for i in range(2, 8)] if described else None
    return write(path, dn, descriptions=desc)


def test_landsat_b2_to_b7_stack(tmp_path):
    p = landsat_from_chip(tmp_path / "l8.tif", True)
    bmap = sensors.band_map(p, 1)
    assert bmap.bands == {"blue": 1, "green": 2, "red": 3, "nir": 4, "swir1": 5, "swir2": 6}
    indices.write_indices(p, bmap, ["NDVI"], str(tmp_path / "i.tif"))
    r, c = 220, 270
    red = round((CHIP[B4, r, c] / 1e4 + 0.2) / 0.0000275) * 0.0000275 - 0.2
    nir = round((CHIP[B8, r, c] / 1e4 + 0.2) / 0.0000275) * 0.0000275 - 0.2
    assert read(tmp_path / "i.tif")[r, c] == pytest.approx((nir - red) / (nir + red), rel=1e-4)
    p = landsat_from_chip(tmp_path / "l8_bare.tif", False)
    with pytest.raises(InputError, match=r"\(7 bands: B1, B2, B3, B4, B5, B6, B7\).*has 6 band\(s\)"):
        sensors.band_map(p, 1)


def test_landsat_fill_is_not_counted_against_the_valid_range(tmp_path):
    # a scene that is two-thirds fill (DN 0), as a clipped Landsat scene's corners: read, not refused
    p = landsat_from_chip(tmp_path / "l8.tif", True)
    ds = gdal.Open(p, gdal.GA_Update)
    for b in range(1, 7):
        a = ds.GetRasterBand(b).ReadAsArray()
        a[:, :300] = 0
        ds.GetRasterBand(b).WriteArray(a)
    ds = None
    bmap = sensors.band_map(p, 1, needed=("red", "nir"))
    indices.write_indices(p, bmap, ["NDVI"], str(tmp_path / "i.tif"))
    ndvi = read(tmp_path / "i.tif")
    assert (ndvi[:, :300] == indices.NODATA).all() and (ndvi[:, 300:] != indices.NODATA).mean() > 0.99


def test_reflectance_files_under_a_dn_preset_are_refused(tmp_path):
    refl = [(CHIP[b] / 1e4).astype(np.float32) for b in range(6)]
    p = write(tmp_path / "refl.tif", refl, descriptions=DESC, dtype=gdal.GDT_Float32)
    with pytest.raises(InputError, match="seems to hold reflectance already"):
        sensors.band_map(p, 0, s2_baseline=sensors.S2_BEFORE_0400)


def test_landsat_preset_on_sentinel2_is_refused():
    with pytest.raises(InputError, match=r"outside the valid range 7273–43636 DN of Landsat 8/9"):
        sensors.band_map(S2, 1)


# --- 3. fill and saturation -------------------------------------------------------------------------------

def test_fill_and_saturated_blocks_without_declared_nodata(tmp_path):
    bands = [b.copy() for b in CHIP]
    bands[B4][:20, :30] = 0           # fill, not declared
    bands[B8][40:60, :30] = 65535     # saturated NIR
    p = write(tmp_path / "fill.tif", bands, descriptions=DESC)
    ds = gdal.Open(p)
    assert ds.GetRasterBand(1).GetNoDataValue() is None
    ds = None
    bmap = sensors.band_map(p, 0, needed=rules.NEEDED)
    indices.write_indices(p, bmap, ["NDVI"], str(tmp_path / "i.tif"))
    ndvi = read(tmp_path / "i.tif")
    assert (ndvi[:20, :30] == indices.NODATA).all() and (ndvi[40:60, :30] == indices.NODATA).all()
    assert (ndvi[100:120, :30] != indices.NODATA).all()
    rules.classify_rules(p, bmap, str(tmp_path / "r.tif"), {})
    cls = read(tmp_path / "r.tif")
    assert (cls[:20, :30] == 0).all() and (cls[40:60, :30] == 0).all() and (cls[100:120, :30] > 0).all()


def test_landsat_values_outside_the_valid_range_are_nodata(tmp_path):
    p = landsat_from_chip(tmp_path / "l8.tif", True)
    ds = gdal.Open(p, gdal.GA_Update)
    red = ds.GetRasterBand(3).ReadAsArray()
    red[:10, :10] = 6000        # reflectance −0.035: below the valid range 7273 and below the noise of water
    red[10:20, :10] = 50000     # above 43636
    red[215:225, 265:275] = 7000  # reflectance −0.0075 (below 7273, within the noise of water): kept, on land
    ds.GetRasterBand(3).WriteArray(red)
    ds = None
    bmap = sensors.band_map(p, 1, needed=("red", "nir"))
    # DN down to reflectance −0.01: (−0.01 + 0.2) / 0.0000275 = 6909.09, so 6910
    assert bmap.data_range == (6910, 43636)
    assert "DN below 6910 or above 43636 (Landsat 8/9 Collection 2 Level-2: valid range 7273–43636" in \
        sensors.render(bmap.notes[-1])
    indices.write_indices(p, bmap, ["NDVI"], str(tmp_path / "i.tif"))
    ndvi = read(tmp_path / "i.tif")
    assert (ndvi[:20, :10] == indices.NODATA).all() and (ndvi[30:40, :10] != indices.NODATA).all()
    nir = (np.round((CHIP[B8, 215:225, 265:275] / 1e4 + 0.2) / 0.0000275) * 0.0000275 - 0.2)
    red_refl = 7000 * 0.0000275 - 0.2
    assert nir.min() > 0.015  # denominators above the 0.005 bound
    np.testing.assert_allclose(ndvi[215:225, 265:275], (nir - red_refl) / (nir + red_refl), rtol=1e-4)


# --- 4. the Custom sensor ---------------------------------------------------------------------------------

CUSTOM_BANDS = {"blue": 3, "green": 2, "red": 1, "nir": 4, "swir1": 5}


def test_custom_takes_the_file_scale_and_refuses_digital_numbers(tmp_path):
    bmap = sensors.band_map(S2, 2, custom_bands=CUSTOM_BANDS, needed=rules.NEEDED)
    assert (bmap.scale, bmap.offset) == (pytest.approx(1e-4), 0.0)
    assert "taken from the file's GDAL band metadata" in sensors.render(bmap.notes[1])
    bare = write(tmp_path / "dn.tif", list(CHIP))   # the chip's DN without GDAL scale
    p99 = {b: np.percentile(CHIP[b].astype(np.float64), 99) for b in (B2, B3, B4, B8, B11)}  # no nodata declared
    top = max(p99, key=p99.get)
    assert top == B8
    with pytest.raises(InputError, match=r"the 99th percentile of the nir band is {:.6g}: these are digital "
                                         r"numbers, not reflectances".format(p99[top])):
        sensors.band_map(bare, 2, custom_bands=CUSTOM_BANDS, needed=rules.NEEDED)
    with pytest.raises(InputError, match="The scale is 0"):
        sensors.band_map(S2, 2, custom_bands=CUSTOM_BANDS, needed=rules.NEEDED, scale=0.0)
    ok = sensors.band_map(bare, 2, custom_bands=CUSTOM_BANDS, needed=rules.NEEDED, scale=1e-4)
    assert ok.scale == 1e-4


# --- through qgis_process ---------------------------------------------------------------------------------

def test_products_end_to_end(tmp_path):
    path = offset_chip(tmp_path / "n0400.tif")
    rc, _, text = run_alg("spectralindices", {"INPUT": path, "INDICES": "NDVI", "OUTPUT": tmp_path / "a.tif"})
    assert rc == 0, text
    assert "Sentinel-2 offset -1000 DN" in text and "decided from the data" in text
    rc, _, text = run_alg("spectralindices", {"INPUT": S2, "INDICES": "NDVI", "OUTPUT": tmp_path / "b.tif"})
    assert rc == 0, text
    np.testing.assert_allclose(read(tmp_path / "a.tif"), read(tmp_path / "b.tif"), atol=1e-5)
    # 20 m-shaped stack, with B8A for FAI
    p20 = twenty_metre_stack(tmp_path / "s2_20m.tif")
    rc, _, text = run_alg("spectralindices", {"INPUT": p20, "INDICES": "FAI", "FAI_NIR": 1,
                                              "OUTPUT": tmp_path / "f.tif"})
    assert rc == 0, text
    assert "nir_fai=band 9 (B8A)" in text


def test_product_mistakes_end_to_end(tmp_path):
    cases = [
        ({"INPUT": S2, "SENSOR": 1}, "outside the valid range 7273–43636 DN"),
        ({"INPUT": S2, "SENSOR": 2, "BAND_RED": 1, "BAND_NIR": 4, "SCALE": 0}, "The scale is 0"),
        ({"INPUT": write(tmp_path / "dn.tif", list(CHIP)), "SENSOR": 2, "BAND_RED": 1, "BAND_NIR": 4},
         "these are digital numbers, not reflectances"),
        ({"INPUT": write(tmp_path / "one.tif", [CHIP[B4]])}, "preset expects the product's band order"),
        ({"INPUT": S2, "S2_BASELINE": 2}, "this offset does not fit the image"),
    ]
    for params, message in cases:
        params = dict(params, INDICES="NDVI", OUTPUT=tmp_path / "o.tif")
        rc, _, text = run_alg("spectralindices", params)
        assert rc != 0 and message in text and "Traceback" not in text, (params, text)
        assert not os.path.exists(tmp_path / "o.tif")


def test_sample_band_spreads_over_a_large_raster_without_reading_it_whole(tmp_path):
    """A raster larger than 4 x the sample without overviews is sampled on a 16 x 16 lattice of small windows
    (a decimated read would decompress every tile): every cell of the lattice contributes, and the sample has
    the asked size."""
    n = 320
    rows, cols = np.mgrid[0:n, 0:n]
    cell = (rows // (n // 16)) * 16 + cols // (n // 16)  # which lattice cell a pixel is in: 0..255
    ds = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "big.tif"), n, n, 1, gdal.GDT_UInt16,
                                              ["TILED=YES", "COMPRESS=DEFLATE"])
    ds.GetRasterBand(1).WriteArray(cell.astype(np.uint16))
    ds = None
    ds = gdal.Open(str(tmp_path / "big.tif"))
    sample = sensors.sample_band(ds, 1, max_pixels=1024)
    assert sample.size == 1024
    assert set(np.unique(sample).astype(int)) == set(range(256))


# --- the scaling judged by how far values fall outside 0–1 (issue 21, item 1) ---------------------------------

WATER = (lambda g, s: (g - s) / np.where(g + s == 0, 1, g + s) > 0)(CHIP[B3].astype(float), CHIP[B11].astype(float))


def coastal_l8_reflectance(path):
    """A coastal Landsat 8 C2 L2 scene already in reflectance (float32, SR_B2…SR_B7, scale 1), shaped like the
    real one the plugin used to refuse: the chip's layout (97 % water), land reflectance from the chip, and over
    water the NIR and SWIR at zero with atmospheric-correction noise just below it, so that 59 % of all NIR
    values lie in (−0.01, 0), their median is −0.0009 and none is below −0.01."""
    rng = np.random.default_rng(21)
    refl = [CHIP[b] / 1e4 for b in (B2, B3, B4, B8, B11, B12)]
    fw = WATER.mean()
    # N(mu, sd) over water with P(< 0) = 0.59 / fw and P(< −0.0009) = 0.5 / fw, clipped above −0.01
    from scipy.stats import norm
    z0, z1 = norm.ppf(0.59 / fw), norm.ppf(0.5 / fw)
    sd = 0.0009 / (z0 - z1)
    mu = -z0 * sd
    for i in (3, 4, 5):
        noise = np.clip(rng.normal(mu, sd, WATER.sum()), -0.0099, None)
        refl[i] = refl[i].copy()
        refl[i][WATER] = noise
    return write(path, [r.astype(np.float32) for r in refl], descriptions=["SR_B{}".format(i) for i in range(2, 8)],
                 dtype=gdal.GDT_Float32), refl


L8_CUSTOM = {"blue": 1, "green": 2, "red": 3, "nir": 4, "swir1": 5, "swir2": 6}


def test_a_coastal_scene_in_reflectance_is_accepted(tmp_path):
    path, refl = coastal_l8_reflectance(tmp_path / "LC08_coast_refl.tif")
    nir = refl[3]
    # the constructed scene has the real scene's figures
    assert 0.585 < ((nir < 0) & (nir > -0.01)).mean() < 0.595
    assert np.median(nir) == pytest.approx(-0.0009, abs=5e-5) and nir.min() > -0.01
    bmap = sensors.band_map(path, sensors.CUSTOM_INDEX, custom_bands=L8_CUSTOM, scale=1.0, offset=0.0)
    assert bmap.warnings == []
    facts = sensors.check_reflectance(gdal.Open(path), bmap, "Custom")
    assert facts["nir"][1] == 0.0  # no value below −0.01
    indices.write_indices(path, bmap, ["NDVI"], str(tmp_path / "i.tif"))
    r, c = 220, 270
    assert read(tmp_path / "i.tif")[r, c] == pytest.approx((nir[r, c] - refl[2][r, c]) / (nir[r, c] + refl[2][r, c]),
                                                          rel=1e-5)


def landsat_dn(refl):
    return [np.round((np.asarray(r, np.float64) + 0.2) / 0.0000275).astype(np.uint16) for r in refl]


def test_digital_numbers_read_as_reflectance_are_refused_with_the_fix(tmp_path):
    _, refl = coastal_l8_reflectance(tmp_path / "r.tif")
    dn = landsat_dn(refl)
    path = write(tmp_path / "l8_dn.tif", dn)
    p99 = max(np.percentile(d.astype(np.float64), 99) for d in dn)
    with pytest.raises(InputError, match=r"99th percentile of the \w+ band is {}: these are digital numbers.*"
                                         r"Landsat Collection 2 Level-2: 0.0000275 and −0.2.*FORCE_SCALING"
                                         .format(re.escape("{:.6g}".format(p99)))):
        sensors.band_map(path, sensors.CUSTOM_INDEX, custom_bands=L8_CUSTOM, scale=1.0, offset=0.0)
    # the user's explicit setting goes on when forced, with the problem in the log
    forced = sensors.band_map(path, sensors.CUSTOM_INDEX, custom_bands=L8_CUSTOM, scale=1.0, offset=0.0, force=True)
    assert any("these are digital numbers" in sensors.render(w) for w in forced.warnings)
    # the right scaling reads the same DN as the reflectance they encode
    ok = sensors.band_map(path, sensors.CUSTOM_INDEX, custom_bands=L8_CUSTOM, scale=0.0000275, offset=-0.2)
    assert ok.warnings == []


def tm_stack(path, refl, described=True, sensor="LT05"):
    """A Landsat 4-5 TM / 7 ETM+ C2 L2 SR stack: SR_B1 blue, SR_B2 green, SR_B3 red, SR_B4 NIR, SR_B5 SWIR1,
    SR_B7 SWIR2, DN = (reflectance + 0.2) / 0.0000275, fill 0."""
    dn = [np.where(CHIP[0] > 0, d, 0).astype(np.uint16) for d in landsat_dn(refl)]
    desc = ["SR_B{}".format(i) for i in (1, 2, 3, 4, 5, 7)] if described else None
    return write(path, dn, descriptions=desc)


@pytest.mark.parametrize("index,name,wl", [(3, "Landsat 4-5 TM", (660.0, 830.0, 1650.0)),
                                           (4, "Landsat 7 ETM+", (660.0, 840.0, 1650.0))])
def test_landsat_4_to_7_presets(tmp_path, index, name, wl):
    refl = [CHIP[b] / 1e4 for b in (B2, B3, B4, B8, B11, B12)]
    for described in (True, False):  # by SR_B names, or by the product's six-band order
        p = tm_stack(tmp_path / "stack{}.tif".format(described), refl, described)
        bmap = sensors.band_map(p, index)
        assert sensors.SENSORS[index].name.startswith(name)
        assert bmap.bands == {"blue": 1, "green": 2, "red": 3, "nir": 4, "swir1": 5, "swir2": 6}
        assert (bmap.scale, bmap.offset, bmap.fill, bmap.valid_range) == (0.0000275, -0.2, (0,), (7273, 43636))
    indices.write_indices(p, bmap, ["NDVI", "FAI"], str(tmp_path / "i.tif"))
    r, c = 220, 270
    red, nir, sw = (round((CHIP[b, r, c] / 1e4 + 0.2) / 0.0000275) * 0.0000275 - 0.2 for b in (B4, B8, B11))
    assert read(tmp_path / "i.tif")[r, c] == pytest.approx((nir - red) / (nir + red), rel=1e-4)
    fai = nir - (red + (sw - red) * (wl[1] - wl[0]) / (wl[2] - wl[0]))
    assert read(tmp_path / "i.tif", 2)[r, c] == pytest.approx(fai, rel=1e-3, abs=1e-5)
    # fill 0 is nodata
    assert read(tmp_path / "i.tif")[CHIP[0] == 0].size == 0 or (read(tmp_path / "i.tif")[CHIP[0] == 0]
                                                                 == indices.NODATA).all()


def test_landsat_presets_refuse_another_landsats_bands(tmp_path):
    refl = [CHIP[b] / 1e4 for b in (B2, B3, B4, B8, B11, B12)]
    # an OLI stack SR_B2…SR_B7 read with the TM preset: its SR_B2 is blue, not green
    oli = landsat_from_chip(tmp_path / "oli.tif", True)
    with pytest.raises(InputError, match="put .* elsewhere than the Landsat 4-5 TM Collection 2 Level-2 band order"):
        sensors.band_map(oli, 3)
    # a TM scene named as such, read with the Landsat 8/9 preset for red and NIR only (TM SR_B4 is NIR)
    tm = tm_stack(tmp_path / "LT05_L2SP_010046_20050110_20200902_02_T1_SR.tif", refl)
    with pytest.raises(InputError, match=r"is a Landsat 4-5 TM Collection 2 Level-2 product \(LT05\), but the "
                                         r"sensor preset is Landsat 8/9"):
        sensors.band_map(tm, 1, needed=("red", "nir"))
    assert sensors.band_map(tm, 3, needed=("red", "nir")).bands == {"red": 3, "nir": 4}
    # an ETM+ product named LE07 under the TM preset: the same bands, but the identifier says which sensor
    etm = tm_stack(tmp_path / "LE07_L2SP_010046_20020110_20200902_02_T1.tif", refl)
    with pytest.raises(InputError, match=r"\(LE07\), but the sensor preset is Landsat 4-5 TM"):
        sensors.band_map(etm, 3)


def test_custom_finds_roles_by_description(tmp_path):
    refl = [(CHIP[b] / 1e4).astype(np.float32) for b in (B2, B3, B4, B8, B11, B12)]
    p = write(tmp_path / "n.tif", refl, descriptions=["blue", "green", "red", "nir", "swir1", "swir2"],
              dtype=gdal.GDT_Float32)
    bmap = sensors.band_map(p, sensors.CUSTOM_INDEX, custom_bands={"nir": 4})
    assert bmap.bands == {"blue": 1, "green": 2, "red": 3, "nir": 4, "swir1": 5, "swir2": 6}
    assert (bmap.scale, bmap.offset) == (1.0, 0.0)
    assert "found by their descriptions: blue, green, red, swir1, swir2" in sensors.render(bmap.notes[1])


def test_scaling_judgement_end_to_end(tmp_path):
    path, _ = coastal_l8_reflectance(tmp_path / "coast.tif")
    bands = {"BAND_{}".format(r.upper()): b for r, b in L8_CUSTOM.items()}
    rc, _, text = run_alg("spectralindices", dict(bands, INPUT=path, SENSOR=2, SCALE=1, OFFSET=0, INDICES="NDVI",
                                                  OUTPUT=tmp_path / "ok.tif"))
    assert rc == 0 and "WARNING" not in text, text
    _, refl = coastal_l8_reflectance(tmp_path / "r.tif")
    dn = write(tmp_path / "dn.tif", landsat_dn(refl))
    params = dict(bands, INPUT=dn, SENSOR=2, SCALE=1, OFFSET=0, INDICES="NDVI", OUTPUT=tmp_path / "o.tif")
    rc, _, text = run_alg("spectralindices", params)
    assert rc != 0 and "these are digital numbers" in text and "FORCE_SCALING" in text and "Traceback" not in text
    assert not os.path.exists(tmp_path / "o.tif")
    rc, _, text = run_alg("spectralindices", dict(params, FORCE_SCALING=True))
    assert rc == 0 and "FORCE_SCALING is set: going on with this scaling" in text, text
    # a Landsat 5 TM stack through the TM preset (SENSOR=3)
    tm = tm_stack(tmp_path / "tm.tif", [CHIP[b] / 1e4 for b in (B2, B3, B4, B8, B11, B12)])
    rc, _, text = run_alg("spectralindices", {"INPUT": tm, "SENSOR": 3, "INDICES": "NDVI", "OUTPUT": tmp_path / "t.tif"})
    assert rc == 0 and "Landsat 4-5 TM Collection 2 Level-2" in text, text
