"""Relative radiometric normalisation of an image to a reference image on pseudo-invariant pixels found by
IR-MAD, block by block.

IR-MAD (iteratively re-weighted multivariate alteration detection; Nielsen 2007, IEEE Trans. Image Process.
16: 463–478; Canty & Nielsen 2008, Remote Sens. Environ. 112: 1025–1036), as in Canty's published code
(``iMad.py`` and ``radcal.py`` of mortcanty/CRCDocker):

1. X (reference) and Y (target), N bands each, on one grid. From the weighted means and covariance matrices
   Σ11, Σ22, Σ12 of the stacked pixels, the canonical correlation analysis solves
   Σ12 Σ22⁻¹ Σ21 a = ρ² Σ11 a; b = Σ22⁻¹ Σ21 a, both scaled to unit variance, ρ in increasing order (the first
   pair is the least correlated: the most change). Signs: the sum of each a's correlations with the X bands
   is positive, and each pair of canonical variates correlates positively.
2. MAD variates Mᵢ = aᵢᵀ(X − m₁) − bᵢᵀ(Y − m₂), of variance σᵢ² = 2(1 − ρᵢ); under no change
   Z = Σᵢ Mᵢ² / σᵢ² is chi-square with N degrees of freedom.
3. Each pixel's weight in the next statistics is its no-change probability 1 − P_χ²(N)(Z); the first pass is
   unweighted. Iterate until the canonical correlations change by less than 0.001 (at most 50 passes).
4. Pixels whose no-change probability exceeds a threshold (0.95) are pseudo-invariant. Per band, the
   orthogonal regression of the reference on the target over them (the major axis of their covariance) gives
   reference ≈ offset + gain × target; two thirds of them fit it, the other third (every third pixel, a
   fixed pattern) measure it (Canty's radcal holds out a random third).

Each pass needs only weighted sums of the stacked pixels and of their outer products: they are accumulated
strip by strip, so memory does not grow with the image. The target is read on the reference grid through a
lazily warped VRT.
"""
import os
from contextlib import nullcontext
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal

from ..errors import Canceled, InputError
from ..raster.rasterout import FLOAT_NODATA, OutputRaster, bounded_block_cache
from .indices import BlockReader
from .sensors import ROLES

gdal.UseExceptions()

NO_CHANGE_PROB = 0.95
MAX_ITERATIONS = 50
TOLERANCE = 1e-3
STRIP_PIXELS = 250_000
MIN_INVARIANT = 100     # fewer invariant pixels than this cannot support a regression per band
TEST_EVERY = 3          # every third invariant pixel (by its position) measures the fit


@dataclass
class Normalisation:
    roles: list
    rho: list                      # canonical correlations, increasing
    iterations: int
    converged: bool
    n_valid: int                   # pixels valid in both images
    n_invariant: int
    n_fit: int
    n_test: int
    gains: list
    offsets: list
    r2: list                       # squared correlation of reference and target over the fitting pixels
    rmse_before: list              # reference − target on the test pixels, reflectance
    rmse_after: list               # reference − (offset + gain × target) on the test pixels
    resampling: str = "near"
    notes: list = field(default_factory=list)


def target_on_grid(path, like_ds, vrt_path, resampling="near"):
    """A VRT of ``path`` on the grid of ``like_ds``, with an alpha band last (0 where the target has no data or
    does not reach)."""
    gt = like_ds.GetGeoTransform()
    bounds = (gt[0], gt[3] + like_ds.RasterYSize * gt[5], gt[0] + like_ds.RasterXSize * gt[1], gt[3])
    gdal.Warp(vrt_path, str(path), format="VRT", outputBounds=bounds, width=like_ds.RasterXSize,
              height=like_ds.RasterYSize, dstSRS=like_ds.GetProjection(), resampleAlg=resampling, dstAlpha=True)
    return vrt_path


def same_grid(a, b, tol=1e-6):
    """Whether two datasets share size, geotransform and CRS."""
    from osgeo import osr

    if (a.RasterXSize, a.RasterYSize) != (b.RasterXSize, b.RasterYSize):
        return False
    ga, gb = a.GetGeoTransform(), b.GetGeoTransform()
    if any(abs(x - y) > tol * max(1.0, abs(ga[1])) for x, y in zip(ga, gb)):
        return False
    sa, sb = osr.SpatialReference(), osr.SpatialReference()
    sa.ImportFromWkt(a.GetProjection() or "")
    sb.ImportFromWkt(b.GetProjection() or "")
    return bool(sa.IsSame(sb))


class PairReader:
    """Reference and target reflectances of the shared roles, strip by strip on the reference grid."""

    def __init__(self, ref_path, ref_bmap, target_vrt, target_bmap, roles):
        self.ref = BlockReader(ref_path, ref_bmap)
        self.tgt = BlockReader(target_vrt, target_bmap)
        self.alpha = self.tgt.ds.GetRasterBand(self.tgt.ds.RasterCount)
        self.roles = list(roles)
        self.width, self.height = self.ref.width, self.ref.height
        self.rows = max(1, min(self.height, STRIP_PIXELS // max(self.width, 1)))

    def target(self, r0, nrows):
        refl, valid = self.tgt.read(0, r0, self.width, nrows)
        valid &= self.alpha.ReadAsArray(0, r0, self.width, nrows) > 0
        return np.stack([refl[r] for r in self.roles], axis=-1).astype(np.float64), valid

    def strips(self):
        """(row0, reference (n, N), target (n, N), flat index of the n pixels valid in both) per strip."""
        for r0 in range(0, self.height, self.rows):
            nrows = min(self.rows, self.height - r0)
            rrefl, rvalid = self.ref.read(0, r0, self.width, nrows)
            y, tvalid = self.target(r0, nrows)
            both = (rvalid & tvalid).ravel()
            idx = np.flatnonzero(both)
            x = np.stack([rrefl[r] for r in self.roles], axis=-1).astype(np.float64).reshape(-1, len(self.roles))
            yield r0, x[idx], y.reshape(-1, len(self.roles))[idx], idx


def _survival_chi2(z, dof):
    """1 − CDF of chi-square with ``dof`` degrees of freedom (the regularised upper incomplete gamma)."""
    from scipy.special import gammaincc

    return gammaincc(dof / 2.0, np.maximum(z, 0.0) / 2.0)


class _Moments:
    """Weighted sums for means and covariances, about a fixed centre (so that large means lose no precision)."""

    def __init__(self, n, centre):
        self.centre = centre
        self.sw = 0.0
        self.s1 = np.zeros(n)
        self.s2 = np.zeros((n, n))

    def add(self, z, w=None):
        d = z - self.centre
        if w is None:
            self.sw += d.shape[0]
            self.s1 += d.sum(axis=0)
            self.s2 += d.T @ d
        else:
            self.sw += float(w.sum())
            self.s1 += w @ d
            self.s2 += (d * w[:, None]).T @ d

    def result(self):
        m = self.s1 / self.sw
        cov = (self.s2 - self.sw * np.outer(m, m)) / max(self.sw - 1.0, 1e-12)
        return self.centre + m, cov


@dataclass
class _Cca:
    mean: np.ndarray     # (2N,)
    a: np.ndarray        # (N, N) columns: reference weights
    b: np.ndarray        # (N, N) columns: target weights
    rho: np.ndarray      # (N,) increasing
    sigma: np.ndarray    # (N,) standard deviations of the MAD variates

    def chi2(self, x, y):
        n = x.shape[1]
        mads = (x - self.mean[:n]) @ self.a - (y - self.mean[n:]) @ self.b
        return ((mads / self.sigma) ** 2).sum(axis=1)


def _cca(mean, cov, n):
    from scipy.linalg import eigh, solve

    s11, s22, s12 = cov[:n, :n], cov[n:, n:], cov[:n, n:]
    c1 = s12 @ solve(s22, s12.T, assume_a="pos")
    c1 = (c1 + c1.T) / 2.0
    mu2, a = eigh(c1, s11)                      # increasing; aᵀ Σ11 a = 1
    b = solve(s22, s12.T @ a, assume_a="pos")
    b /= np.sqrt(np.einsum("ij,ij->j", b, s22 @ b))   # bᵀ Σ22 b = 1
    d = 1.0 / np.sqrt(np.diag(s11))
    sign = np.sign((d[:, None] * s11 @ a).sum(axis=0))
    sign[sign == 0] = 1.0
    a, b = a * sign, b * sign                   # correlations of X with U sum positive; Uᵢ, Vᵢ correlate positively
    rho = np.sqrt(np.clip(mu2, 0.0, 1.0))
    sigma = np.sqrt(np.maximum(2.0 * (1.0 - rho), 1e-12))
    return _Cca(mean, a, b, rho, sigma)


def irmad(pairs, *, max_iterations=MAX_ITERATIONS, tolerance=TOLERANCE, progress=None, is_canceled=None):
    """Iterate the canonical correlation analysis with no-change weights; returns (CCA, iterations, converged,
    pixels valid in both)."""
    n = len(pairs.roles)
    cca, old, converged, count = None, None, False, 0
    for it in range(max_iterations):
        acc, count = None, 0
        for _, x, y, _ in pairs.strips():
            if is_canceled is not None and is_canceled():
                raise Canceled()
            if not x.shape[0]:
                continue
            z = np.hstack([x, y])
            if acc is None:
                acc = _Moments(2 * n, z.mean(axis=0))
            acc.add(z, None if cca is None else _survival_chi2(cca.chi2(x, y), n))
            count += x.shape[0]
        if acc is None or count <= 2 * n:
            raise InputError("The image and the reference share {n} valid pixel(s): they must cover the same place "
                             "(check their extents and coordinate reference systems) with data in both.", n=count)
        cca = _cca(*acc.result(), n)
        if progress is not None:
            progress(min(1.0, (it + 1) / 10.0))
        if old is not None and np.max(np.abs(cca.rho - old)) < tolerance:
            converged = True
            return cca, it + 1, converged, count
        old = cca.rho
    return cca, max_iterations, converged, count


def _orthogonal_fit(s):
    """(gain, offset, r²) of the major axis of y (reference) on x (target) from sums n, Σx, Σy, Σx², Σy², Σxy."""
    n, sx, sy, sxx, syy, sxy = s
    mx, my = sx / n, sy / n
    vx, vy, cxy = sxx / n - mx * mx, syy / n - my * my, sxy / n - mx * my
    if cxy == 0 or vx <= 0 or vy <= 0:
        return float("nan"), float("nan"), float("nan")
    gain = (vy - vx + np.sqrt((vy - vx) ** 2 + 4.0 * cxy * cxy)) / (2.0 * cxy)
    return float(gain), float(my - gain * mx), float(cxy * cxy / (vx * vy))


def fit_invariant(pairs, cca, *, threshold=NO_CHANGE_PROB, no_change_path=None, like_ds=None, is_canceled=None):
    """Orthogonal regression per band on the pixels whose no-change probability exceeds ``threshold``: the
    fitting two thirds, and the error before and after on the held-out third. Optionally writes the no-change
    probability raster (float32, nodata −9999) on the reference grid."""
    n = len(pairs.roles)
    fit, held = np.zeros((n, 6)), np.zeros((n, 6))
    n_inv = 0
    raster = OutputRaster(like_ds, no_change_path, 1, gdal.GDT_Float32, FLOAT_NODATA, ["no-change probability"]) \
        if no_change_path else nullcontext()
    with raster as out:
        for r0, x, y, idx in pairs.strips():
            if is_canceled is not None and is_canceled():
                raise Canceled()
            p = _survival_chi2(cca.chi2(x, y), n) if x.shape[0] else np.zeros(0)
            if out is not None:
                nrows = min(pairs.rows, pairs.height - r0)
                grid = np.full(nrows * pairs.width, FLOAT_NODATA, np.float32)
                grid[idx] = p
                out.write(1, grid.reshape(nrows, pairs.width), r0)
            inv = p > threshold
            test = (r0 * pairs.width + idx[inv]) % TEST_EVERY == TEST_EVERY - 1
            xi, yi = y[inv], x[inv]          # the regression's x is the target, its y the reference
            fit += _sums(xi[~test], yi[~test])
            held += _sums(xi[test], yi[test])
            n_inv += int(inv.sum())
    return fit, held, n_inv


def _sums(x, y):
    """Per band: n, Σx, Σy, Σx², Σy², Σxy."""
    return np.column_stack([np.full(x.shape[1], x.shape[0], np.float64), x.sum(0), y.sum(0), (x * x).sum(0),
                            (y * y).sum(0), (x * y).sum(0)])


def _rmse(s, gain=1.0, offset=0.0):
    """Root mean square of y − (offset + gain × x) from the sums n, Σx, Σy, Σx², Σy², Σxy."""
    n, sx, sy, sxx, syy, sxy = s
    if not n:
        return float("nan")
    sq = syy - 2 * offset * sy - 2 * gain * sxy + n * offset ** 2 + 2 * offset * gain * sx + gain ** 2 * sxx
    return float(np.sqrt(max(sq, 0.0) / n))


def normalise(ref_path, ref_bmap, target_path, target_bmap, out_path, work_dir, *, resampling="near",
              threshold=NO_CHANGE_PROB, max_iterations=MAX_ITERATIONS, no_change_path=None, progress=None,
              is_canceled=None):
    """Normalise the target image to the reference: IR-MAD's invariant pixels, orthogonal regression per band,
    and the normalised target on the reference grid (float32 reflectance, one band per role, described by its
    role, nodata −9999). Returns a Normalisation."""
    roles = [r for r in ROLES if r in ref_bmap.bands and r in target_bmap.bands]
    if len(roles) < 2:
        raise InputError("The image and the reference share {n} band role(s) ({roles}); the normalisation needs "
                         "at least two of blue, green, red, nir, swir1, swir2 in both.", n=len(roles),
                         roles=", ".join(roles) or "none")
    ref_ds = gdal.Open(str(ref_path))
    vrt = target_on_grid(target_path, ref_ds, os.path.join(work_dir, "target_on_reference.vrt"), resampling)
    pairs = PairReader(ref_path, ref_bmap, vrt, target_bmap, roles)
    step = (lambda lo, hi: (lambda f: progress(lo + (hi - lo) * f))) if progress else (lambda lo, hi: None)
    with bounded_block_cache():
        cca, iterations, converged, count = irmad(pairs, max_iterations=max_iterations, progress=step(0.0, 0.7),
                                                  is_canceled=is_canceled)
        fit, held, n_inv = fit_invariant(pairs, cca, threshold=threshold, no_change_path=no_change_path,
                                         like_ds=ref_ds, is_canceled=is_canceled)
        n_fit, n_test = int(fit[0, 0]), int(held[0, 0])
        if n_fit < MIN_INVARIANT:
            raise InputError("Only {n} pixel(s) have a no-change probability above {p:g}: too few to fit a "
                             "normalisation. The images differ almost everywhere (another season or place, clouds) "
                             "or barely overlap; lower the no-change probability or choose a closer reference.",
                             n=n_inv, p=threshold)
        coefs = [_orthogonal_fit(fit[k]) for k in range(len(roles))]
        gains, offsets = [c[0] for c in coefs], [c[1] for c in coefs]
        rmse_before = [_rmse(held[k]) for k in range(len(roles))]
        rmse_after = [_rmse(held[k], gains[k], offsets[k]) for k in range(len(roles))]
        _write_normalised(pairs, gains, offsets, ref_ds, out_path, is_canceled, step(0.9, 1.0))
    return Normalisation(roles=roles, rho=cca.rho.tolist(), iterations=iterations, converged=converged,
                         n_valid=count, n_invariant=n_inv, n_fit=n_fit, n_test=n_test, gains=gains, offsets=offsets,
                         r2=[c[2] for c in coefs], rmse_before=rmse_before, rmse_after=rmse_after,
                         resampling=resampling)


def _write_normalised(pairs, gains, offsets, like_ds, out_path, is_canceled, progress):
    gains, offsets = np.array(gains, np.float64), np.array(offsets, np.float64)
    with OutputRaster(like_ds, out_path, len(pairs.roles), gdal.GDT_Float32, FLOAT_NODATA, pairs.roles) as out:
        for i, role in enumerate(pairs.roles):
            band = out.ds.GetRasterBand(i + 1)
            band.SetMetadata({"ROLE": role, "NORMALISATION_GAIN": repr(float(gains[i])),
                              "NORMALISATION_OFFSET": repr(float(offsets[i]))})
        for r0 in range(0, pairs.height, pairs.rows):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            nrows = min(pairs.rows, pairs.height - r0)
            y, valid = pairs.target(r0, nrows)
            norm = (offsets + gains * y).astype(np.float32)
            norm[~valid] = FLOAT_NODATA
            for i in range(len(pairs.roles)):
                out.write(i + 1, norm[..., i], r0)
            if progress is not None:
                progress((r0 + nrows) / float(pairs.height))
    return out_path
