"""Relative radiometric normalisation (IR-MAD, Canty & Nielsen 2008): a target made from the real chip by a known
gain and offset per band, with noise and a changed patch. The recovered gains and offsets are checked against
the ones the target was made with, the changed patch against the invariant pixels, and the canonical
correlations and the orthogonal regression against a direct implementation with numpy on the whole image."""
import os

import numpy as np
import pytest
from osgeo import gdal

import test_products as products
from conftest import ROOT, run_alg
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from bluecarbon.bluecarbon_qgis.engine.imagery import normalise, sensors

S2 = os.path.join(ROOT, "sample_data", "s2l2a_ponce_pr_20190108_6band.tif")
CHIP = gdal.Open(S2).ReadAsArray()                # (6, 280, 444): B4, B3, B2, B8, B11, B12
ROLE_ORDER = (2, 1, 0, 3, 4, 5)                    # blue, green, red, nir, swir1, swir2 in the chip
GAINS = np.array([0.82, 0.88, 0.93, 1.12, 1.06, 0.97])     # reference = offset + gain × target
OFFSETS = np.array([0.021, 0.015, 0.008, -0.012, 0.004, 0.002])
PATCH = (slice(200, 240), slice(250, 300))        # the cay's vegetation, turned to water in the target
NOISE = 0.0005  # S2 L2A noise over dark water is of this order; far larger noise lowers the canonical
# correlations, and IR-MAD then favours pixels near the mean (MAD = U − V grows with |U| when ρ < 1)


def write(path, bands, dtype=gdal.GDT_Float32, **kw):
    return products.write(path, bands, dtype=dtype, **kw)


def reference_reflectance():
    return np.stack([CHIP[i] / 1e4 for i in ROLE_ORDER])       # (6, h, w) blue…swir2


def make_target(path, seed=0):
    """target = (reference − offset) / gain + noise, with a patch of vegetation replaced by open water."""
    ref = reference_reflectance()
    rng = np.random.default_rng(seed)
    tgt = (ref - OFFSETS[:, None, None]) / GAINS[:, None, None] + rng.normal(0, NOISE, ref.shape)
    water = ref[:, 150:190, 20:70].reshape(6, -1).mean(axis=1)
    tgt[:, PATCH[0], PATCH[1]] = ((water - OFFSETS) / GAINS)[:, None, None]
    tgt[:, CHIP[0] == 0] = -9999.0
    return write(path, list(tgt.astype(np.float32)), descriptions=list(sensors.ROLES), nodata=-9999.0), tgt


def band_maps(target):
    ref = sensors.band_map(S2, 0)
    tgt = sensors.band_map(target, sensors.CUSTOM_INDEX, scale=1.0, offset=0.0, force=True)
    return ref, tgt


def test_known_gains_and_offsets_are_recovered_and_the_changed_patch_is_not_invariant(tmp_path):
    target, _ = make_target(tmp_path / "target.tif")
    ref_bmap, tgt_bmap = band_maps(target)
    out, pmap = tmp_path / "norm.tif", tmp_path / "p.tif"
    res = normalise.normalise(S2, ref_bmap, target, tgt_bmap, str(out), str(tmp_path), no_change_path=str(pmap))
    assert res.roles == list(sensors.ROLES) and res.converged and res.iterations > 1
    np.testing.assert_allclose(res.gains, GAINS, rtol=0.03)
    np.testing.assert_allclose(res.offsets, OFFSETS, atol=0.003)
    p = gdal.Open(str(pmap)).ReadAsArray()
    assert (p[PATCH] < normalise.NO_CHANGE_PROB).all() and p[PATCH].max() < 1e-6
    assert res.n_invariant == int((p > normalise.NO_CHANGE_PROB).sum()) > 1000
    assert res.n_fit + res.n_test == res.n_invariant
    # the normalised target matches the reference on the unchanged pixels to the noise, band by band
    norm = gdal.Open(str(out)).ReadAsArray()
    ref = reference_reflectance()
    keep = np.ones(p.shape, bool)
    keep[PATCH] = False
    for k in range(6):
        err = np.sqrt(np.mean((norm[k][keep] - ref[k][keep]) ** 2))
        assert err < 2.5 * NOISE * GAINS[k], (sensors.ROLES[k], err)
        assert res.rmse_after[k] < res.rmse_before[k]
    ds = gdal.Open(str(out))
    assert [ds.GetRasterBand(i + 1).GetDescription() for i in range(6)] == list(sensors.ROLES)
    assert float(ds.GetRasterBand(4).GetMetadata()["NORMALISATION_GAIN"]) == pytest.approx(res.gains[3])
    # the normalised image reads as reflectance through Custom, by its band descriptions
    again = sensors.band_map(str(out), sensors.CUSTOM_INDEX)
    assert again.bands == {r: i + 1 for i, r in enumerate(sensors.ROLES)} and again.scale == 1.0


def _direct_irmad(x, y, iterations):
    """IR-MAD on whole arrays with numpy only, Canty's steps: weighted covariance, generalised eigenproblem by
    whitening with Cholesky, chi-square weights (even degrees of freedom: exp(−z/2) Σ (z/2)^j / j!)."""
    n = x.shape[1]
    z = np.hstack([x, y])
    w = np.ones(len(z))
    for _ in range(iterations):
        m = (w[:, None] * z).sum(0) / w.sum()
        d = z - m
        c = (d * w[:, None]).T @ d / (w.sum() - 1)
        s11, s22, s12 = c[:n, :n], c[n:, n:], c[:n, n:]
        li = np.linalg.inv(np.linalg.cholesky(s11))
        mu2, v = np.linalg.eigh(li @ s12 @ np.linalg.inv(s22) @ s12.T @ li.T)
        a = li.T @ v
        b = np.linalg.inv(s22) @ s12.T @ a
        b /= np.sqrt(np.diag(b.T @ s22 @ b))
        rho = np.sqrt(mu2)
        mads = d[:, :n] @ a - d[:, n:] @ b
        chi = ((mads / np.sqrt(2 * (1 - rho))) ** 2).sum(1)
        half = chi / 2
        w = np.exp(-half) * sum(half ** j / np.math.factorial(j) for j in range(n // 2))
    return rho, w


def test_irmad_matches_a_direct_implementation(tmp_path):
    target, tgt = make_target(tmp_path / "t.tif", seed=3)
    ref_bmap, tgt_bmap = band_maps(target)
    vrt = normalise.target_on_grid(target, gdal.Open(S2), str(tmp_path / "t.vrt"))
    pairs = normalise.PairReader(S2, ref_bmap, vrt, tgt_bmap, sensors.ROLES)
    cca, iterations, converged, count = normalise.irmad(pairs, max_iterations=4)
    valid = (CHIP > 0).all(axis=0).ravel()
    x = reference_reflectance().reshape(6, -1).T[valid]
    y = tgt.reshape(6, -1).T[valid].astype(np.float32).astype(np.float64)
    rho, w = _direct_irmad(x, y, 4)
    assert count == valid.sum() and iterations == 4
    np.testing.assert_allclose(cca.rho, rho, atol=1e-6)
    np.testing.assert_allclose(normalise._survival_chi2(cca.chi2(x, y), 6), w, atol=2e-5)
    # orthogonal regression from sums against the major axis of the covariance matrix (numpy eig)
    xs, ys = y[:, 3], x[:, 3]
    gain, offset, r2 = normalise._orthogonal_fit(normalise._sums(xs[:, None], ys[:, None])[0])
    vals, vecs = np.linalg.eigh(np.cov(xs, ys))
    major = vecs[:, np.argmax(vals)]
    assert gain == pytest.approx(major[1] / major[0], rel=1e-9)
    assert offset == pytest.approx(ys.mean() - gain * xs.mean(), abs=1e-12)
    assert r2 == pytest.approx(np.corrcoef(xs, ys)[0, 1] ** 2, rel=1e-9)


def test_images_that_do_not_overlap_are_refused(tmp_path):
    ref = reference_reflectance()
    far = list(ref.astype(np.float32))
    gt = list(gdal.Open(S2).GetGeoTransform())
    gt[0] += 1e5
    target = write(tmp_path / "far.tif", far, descriptions=list(sensors.ROLES), gt=tuple(gt))
    ref_bmap, tgt_bmap = band_maps(target)
    with pytest.raises(InputError, match="share 0 valid pixel"):
        normalise.normalise(S2, ref_bmap, target, tgt_bmap, str(tmp_path / "n.tif"), str(tmp_path))
    assert not os.path.exists(tmp_path / "n.tif")


def test_normaliseimage_end_to_end(tmp_path):
    """Through qgis_process: a Sentinel-2-encoded target with only the required inputs, then a Landsat 5 TM C2 L2
    target (SENSOR=3) on a grid shifted by half a pixel, resampled onto the reference grid."""
    _, tgt = make_target(tmp_path / "t.tif")
    valid = CHIP[0] > 0
    dn = [np.where(valid, np.clip(np.round(t * 1e4), 1, 65534), 0).astype(np.uint16) for t in tgt]
    s2 = write(tmp_path / "s2_target.tif", [dn[2], dn[1], dn[0], dn[3], dn[4], dn[5]], dtype=gdal.GDT_UInt16,
               descriptions=["B4", "B3", "B2", "B8", "B11", "B12"])
    out = tmp_path / "norm.tif"
    rc, res, text = run_alg("normaliseimage", {"INPUT": s2, "REFERENCE": S2, "OUTPUT": out})
    assert rc == 0, text
    assert "The target is on the reference grid already: no resampling." in text
    ds = gdal.Open(str(out))
    for k, role in enumerate(sensors.ROLES):
        md = ds.GetRasterBand(k + 1).GetMetadata()
        gain, offset = float(md["NORMALISATION_GAIN"]), float(md["NORMALISATION_OFFSET"])
        assert gain == pytest.approx(GAINS[k], rel=0.03) and offset == pytest.approx(OFFSETS[k], abs=0.003), role
        assert "{}: reference = {:+.5f} + {:.5f} × target; R²".format(role, offset, gain) in text
    assert res["INVARIANT_PIXELS"] > 1000 and "Invariant pixels: {} of".format(res["INVARIANT_PIXELS"]) in text
    assert "converged" in text
    # Landsat 5 TM C2 L2 DN, half a pixel east
    tm = [np.where(valid, np.round((t + 0.2) / 0.0000275), 0).astype(np.uint16) for t in tgt]
    gt = list(gdal.Open(S2).GetGeoTransform())
    gt[0] += gt[1] / 2
    tm_path = write(tmp_path / "LT05_target.tif", tm, dtype=gdal.GDT_UInt16,
                    descriptions=["SR_B{}".format(i) for i in (1, 2, 3, 4, 5, 7)], gt=tuple(gt))
    rc, res, text = run_alg("normaliseimage", {"INPUT": tm_path, "SENSOR": 3, "REFERENCE": S2,
                                               "OUTPUT": tmp_path / "n2.tif", "OUTPUT_NO_CHANGE": tmp_path / "p.tif"})
    assert rc == 0, text
    assert "resampled onto the reference grid (EPSG:32619, 10 × 10) with: Nearest neighbour" in text
    p = gdal.Open(str(tmp_path / "p.tif")).ReadAsArray()
    assert (p[PATCH][:, 1:] < 0.95).all()  # the patch, shifted by the half-pixel nearest neighbour sampling
    ds = gdal.Open(str(tmp_path / "n2.tif"))
    assert ds.GetGeoTransform() == gdal.Open(S2).GetGeoTransform()
    # bad input: an image with a band count the preset does not fit
    rc, _, text = run_alg("normaliseimage", {"INPUT": write(tmp_path / "four.tif", list(tgt[:4])), "SENSOR": 3,
                                             "REFERENCE": S2, "OUTPUT": tmp_path / "x.tif"})
    assert rc != 0 and "Landsat 4-5 TM Collection 2 Level-2 preset expects the product's band order (6 bands" in text
    assert "Traceback" not in text and not os.path.exists(tmp_path / "x.tif")


def test_normaliseimage_in_a_model(provider, tmp_path):
    from conftest import run_in_model

    target, _ = make_target(tmp_path / "t.tif")
    run_in_model("bluecarbon:normaliseimage", {"INPUT": target, "SENSOR": 2, "SCALE": 1.0, "FORCE_SCALING": True,
                                               "REFERENCE": S2}, {"OUTPUT": tmp_path / "n.tif"}, tmp_path)
    ds = gdal.Open(str(tmp_path / "n.tif"))
    assert ds.RasterCount == 6
    assert float(ds.GetRasterBand(4).GetMetadata()["NORMALISATION_GAIN"]) == pytest.approx(GAINS[3], rel=0.03)
