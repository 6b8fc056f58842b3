"""A training-free rule set mapping the plugin's habitat classes from one image.

Thresholds are parameters; the defaults and their sources are in ``DEFAULTS`` (``rule_defaults``).
No class is assigned without its evidence; a class whose evidence is missing
is skipped and the reason is returned for the log and written into the
output's metadata (``CLASS_<code>_EVIDENCE``, ``SKIPPED_CLASSES``).

Rules, in order of precedence (later rules overwrite earlier ones):

1. every valid pixel: 9 other land
2. MNDWI > water threshold: 1 open water (Xu 2006)
3. water with a dark, optically shallow bottom: 5 seagrass
   - with a sand sample: Lyzenga's (1981) depth-invariant index of blue and
     green, DII = ln(B − B∞) − k ln(G − G∞), k = kB/kG. With bathymetry, k is
     the ratio of the slopes of ln(L − L∞) against depth over the sand
     (Lyzenga 1981; Green, Mumby, Edwards & Clark 2000, Remote Sensing
     Handbook for Tropical Coastal Management, ch. 8); without it, from the
     sand's variance/covariance (a = (σBB − σGG)/(2σBG), k = a + √(a² + 1)).
     A bottom darker than the sand by a factor f changes DII by (1 − k) ln f,
     so seagrass lies below the sand's DII by more than ``seagrass_dii_sd``
     sand standard deviations when k < 1 and above it when k > 1.
     B∞, G∞ are the 1st percentile of the water; pixels within two standard
     deviations of the darkest 2 % of the water (deep water) above L∞ in both
     blue and green have no bottom signal (optically deep, as the depth-of-
     penetration zones of Green et al. 2000, ch. 15) and are not seagrass.
   - without a sand sample but with bathymetry: green reflectance below
     ``seagrass_green`` where the water is shallower than ``max_depth``
   - with neither, no seagrass is mapped (deep water would look the same)
4. water with FAI > ``fai``, at least ``shore_buffer`` pixels from land
   (mixed shore pixels and the 20 m SWIR band raise FAI) and, where
   bathymetry is given, over water at least ``float_min_depth`` deep (NIR
   from a bottom seen through a few decimetres of water raises FAI): floating
   matter (Hu 2009): NDVI > 0 → 6 seaweed/macroalgae, else 7 floating
   mariculture (rafts, cages)
5. only where the intertidal zone is known — an intertidal mask, or a DEM
   that covers the land (valid on at least 90 % of the image's land pixels)
   and reaches both below 0 and above ``max_elevation`` — NDVI ≤ vegetation
   threshold, not water, inside the mask or at or below ``max_elevation``:
   2 tidal flat
6. NDVI > vegetation threshold and MVI ≥ ``mangrove_mvi`` (Baloloy et al.
   2020: mangroves 4.5–16.5), at or below ``max_elevation`` where a DEM is
   given, inside the mask where one is given: 3 mangrove
7. other vegetation in the known intertidal zone: 4 salt marsh
Aquaculture ponds (8) need their shape and context; use the supervised
classifier for them.
"""
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal, ogr, osr

from ..classes import NAMES
from ..errors import Canceled, InputError, N_
from .indices import INDICES, BlockReader
from .rule_defaults import DEFAULTS
from .sensors import render
from ..raster.executor import open_cached, row_strips, run_strips

RULES_CELLS_PER_SECOND = 17e6  # one core, the classification pass after the survey (benchmark machine)
from ..raster.rasterout import OutputRaster, bounded_block_cache

NEEDED = ("blue", "green", "red", "nir", "swir1")
DEEP_WATER_PERCENTILE = 2.0   # darkest share of the water (green) taken as optically deep
DEEP_SD = 2.0                 # optically deep within this many deep-water sd of L∞
K_WARN = 0.95                 # attenuation ratios at or above this barely see a darker bottom ...
K_WARN_HI = 1.05              # ... up to this; above it the comparison reverses
DEM_LAND_COVER = 0.9          # a DEM is evidence of intertidal land when valid on this share of land pixels
HIST_BINS = np.linspace(-0.2, 1.0, 120001)   # 1e-5 reflectance bins: L∞ from every water pixel, memory-flat
MIN_SAND_DEPTH_RANGE = 1.0    # m of depth the sand must span for the regression on depth
CLASS_NAMES = NAMES


@dataclass
class Lyzenga:
    b_inf: float
    g_inf: float
    k_ratio: float
    sand_mean: float
    sand_sd: float
    n_sand: int
    sd_b_deep: float = 0.0
    sd_g_deep: float = 0.0
    method: str = "variance"          # "depth regression" or "variance"
    depth_range: tuple = None         # (shallowest, deepest) m of the sand pixels used
    n_deep: int = 0

    def dii(self, blue, green):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.log(blue - self.b_inf) - self.k_ratio * np.log(green - self.g_inf)

    def darker_than_sand(self, dii, n_sd):
        """Bottom darker than the sand by more than ``n_sd`` sand sd: the comparison follows the sign of 1 − k."""
        sign = 1.0 if self.k_ratio < 1.0 else -1.0
        with np.errstate(invalid="ignore"):
            return sign * (dii - self.sand_mean) < -n_sd * self.sand_sd

    def optically_shallow(self, blue, green):
        """Both logs defined, and a bottom signal above the deep-water noise in blue or green."""
        db, dg = blue - self.b_inf, green - self.g_inf
        with np.errstate(invalid="ignore"):
            return (db > 0) & (dg > 0) & ((db > DEEP_SD * self.sd_b_deep) | (dg > DEEP_SD * self.sd_g_deep))


@dataclass
class RulesResult:
    lyzenga: Lyzenga = None
    evidence: dict = field(default_factory=dict)     # class code -> (template, fields)
    skipped: dict = field(default_factory=dict)      # class code -> (template, fields)
    notes: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


def attenuation_ratio(ln_b, ln_g):
    """kB/kG from log radiances over one bottom type at varying depth (Lyzenga 1981), variance method."""
    cov = np.cov(ln_b, ln_g)
    if cov[0, 1] == 0:
        raise InputError("The sand sample gives no covariance between blue and green; draw it over sand at "
                         "varying depth.")
    a = (cov[0, 0] - cov[1, 1]) / (2 * cov[0, 1])
    return float(a + np.sqrt(a * a + 1))


def attenuation_ratio_from_depth(ln_b, ln_g, depth):
    """kB/kG as the ratio of the least-squares slopes of ln(L − L∞) against depth over one bottom type:
    ln(L − L∞) = ln(A·Rb) − 2 K z, so slope_B / slope_G = KB / KG. Returns (k, slope_b, slope_g)."""
    slope_b = float(np.polyfit(depth, ln_b, 1)[0])
    slope_g = float(np.polyfit(depth, ln_g, 1)[0])
    return slope_b / slope_g, slope_b, slope_g


def burn(ds, geoms_wkb):
    """Burn geometries (WKB, in the dataset's CRS) as 1 into band 1 of ``ds`` (pixel centres inside)."""
    src = ogr.GetDriverByName("Memory").CreateDataSource("burn")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(ds.GetProjection())
    lyr = src.CreateLayer("burn", srs, ogr.wkbUnknown)
    for wkb in geoms_wkb:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkb(bytes(wkb)))
        lyr.CreateFeature(f)
    gdal.RasterizeLayer(ds, [1], lyr, burn_values=[1])
    return ds


def rasterize(geoms_wkb, like_ds, path):
    """Burn polygons (WKB, in the image's CRS) as 1 into a uint8 GeoTIFF on the image's grid."""
    out = gdal.GetDriverByName("GTiff").Create(path, like_ds.RasterXSize, like_ds.RasterYSize, 1, gdal.GDT_Byte,
                                               ["TILED=YES", "COMPRESS=DEFLATE"])
    out.SetGeoTransform(like_ds.GetGeoTransform())
    out.SetProjection(like_ds.GetProjection())
    burn(out, geoms_wkb)
    out = None
    return path


def warp_to(path, like_ds, vrt_path, resampling="near", elevation=False):
    """A VRT of ``path`` on the image's grid (read lazily, block by block). With ``elevation`` the VRT is
    float32 with NaN wherever the source has no value (its nodata, or outside it)."""
    gt = like_ds.GetGeoTransform()
    bounds = (gt[0], gt[3] + like_ds.RasterYSize * gt[5], gt[0] + like_ds.RasterXSize * gt[1], gt[3])
    extra = {}
    if elevation:
        extra = {"outputType": gdal.GDT_Float32, "dstNodata": float("nan")}
    gdal.Warp(vrt_path, path, format="VRT", outputBounds=bounds, width=like_ds.RasterXSize,
              height=like_ds.RasterYSize, dstSRS=like_ds.GetProjection(), resampleAlg=resampling, **extra)
    return vrt_path


def grid_coverage(path, *, nonzero=False, rows=512):
    """Share of the cells of a raster on the image's grid that hold a value (``nonzero``: a value > 0),
    read block by block."""
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    nodata = band.GetNoDataValue()
    hit = 0
    for r0 in range(0, ds.RasterYSize, rows):
        a = band.ReadAsArray(0, r0, ds.RasterXSize, min(rows, ds.RasterYSize - r0))
        ok = np.isfinite(a) if a.dtype.kind == "f" else np.ones(a.shape, bool)
        if nodata is not None and not np.isnan(nodata):
            ok &= a != nodata
        if nonzero:
            ok &= a > 0
        hit += int(ok.sum())
    return hit / float(ds.RasterXSize * ds.RasterYSize)


def _dilate(mask, radius):
    """Binary dilation by a (2r+1)² square, with numpy shifts."""
    out = mask.copy()
    h, w = mask.shape
    for dr in range(-radius, radius + 1):
        for dc in range(-radius, radius + 1):
            if dr == 0 and dc == 0:
                continue
            src = mask[max(0, -dr):h - max(0, dr), max(0, -dc):w - max(0, dc)]
            out[max(0, dr):h - max(0, -dr), max(0, dc):w - max(0, -dc)] |= src
    return out


class _Layers:
    """The DEM (NaN where unknown) and the intertidal mask on the image's grid, read by window."""

    def __init__(self, dem_path, mask_path, opener=gdal.Open):
        self.dem_ds = opener(dem_path) if dem_path else None
        self.mask_ds = opener(mask_path) if mask_path else None
        self.dem_nodata = self.dem_ds.GetRasterBand(1).GetNoDataValue() if self.dem_ds is not None else None

    def elevation(self, r0, nrows, width):
        if self.dem_ds is None:
            return None
        e = self.dem_ds.GetRasterBand(1).ReadAsArray(0, r0, width, nrows).astype(np.float32)
        if self.dem_nodata is not None and not np.isnan(self.dem_nodata):
            e[e == self.dem_nodata] = np.nan
        return e

    def intertidal(self, r0, nrows, width):
        if self.mask_ds is None:
            return None
        return self.mask_ds.GetRasterBand(1).ReadAsArray(0, r0, width, nrows) > 0


def _water(refl, valid, t):
    with np.errstate(invalid="ignore"):
        return valid & (INDICES["MNDWI"][1](refl, None) > t["water_mndwi"])


def survey(reader, layers, t, sand_path=None, *, is_canceled=None, sample_per_block=4000, seed=0):
    """One pass over the image: a sample of the water (for deep water), the sand pixels (with their depth),
    and how much of the land the DEM covers."""
    sand_ds = gdal.Open(sand_path) if sand_path else None
    rng = np.random.default_rng(seed)
    s = {"water_b": [], "water_g": [], "sand_b": [], "sand_g": [], "sand_z": [], "land": 0, "land_dem": 0,
         "dem_min": np.inf, "dem_max": -np.inf,
         "hist_b": np.zeros(HIST_BINS.size - 1, np.int64), "hist_g": np.zeros(HIST_BINS.size - 1, np.int64)}
    for r0, nrows in reader.strips():
        if is_canceled is not None and is_canceled():
            raise Canceled()
        refl, valid = reader.read(0, r0, reader.width, nrows)
        water = _water(refl, valid, t)
        idx = np.flatnonzero(water)
        if idx.size:
            # equal bins given by their number and range: numpy counts them without sorting (same edges)
            bins, span = HIST_BINS.size - 1, (float(HIST_BINS[0]), float(HIST_BINS[-1]))
            s["hist_b"] += np.histogram(refl["blue"][water], bins, span)[0]
            s["hist_g"] += np.histogram(refl["green"][water], bins, span)[0]
            pick = rng.choice(idx, size=min(sample_per_block, idx.size), replace=False)
            s["water_b"].append(refl["blue"].ravel()[pick])
            s["water_g"].append(refl["green"].ravel()[pick])
        elev = layers.elevation(r0, nrows, reader.width)
        land = valid & ~water
        s["land"] += int(land.sum())
        if elev is not None:
            known = np.isfinite(elev)
            s["land_dem"] += int((land & known).sum())
            if known.any():
                s["dem_min"] = min(s["dem_min"], float(np.nanmin(elev)))
                s["dem_max"] = max(s["dem_max"], float(np.nanmax(elev)))
        if sand_ds is not None:
            sand = (sand_ds.GetRasterBand(1).ReadAsArray(0, r0, reader.width, nrows) > 0) & valid
            s["sand_b"].append(refl["blue"][sand])
            s["sand_g"].append(refl["green"][sand])
            s["sand_z"].append(elev[sand] if elev is not None else np.full(int(sand.sum()), np.nan, np.float32))
    return s


def deep_water(s):
    """L∞ in blue and green (the 1st percentile of all water pixels, as the darkest water signal) and the spread (sd)
    of the darkest ``DEEP_WATER_PERCENTILE`` % of the water's green (optically deep water):
    (b_inf, g_inf, sd_b, sd_g, n)."""
    if not s["water_b"]:
        raise InputError("No water pixels were found; the depth-invariant index needs water in the image.")
    wb, wg = np.concatenate(s["water_b"]), np.concatenate(s["water_g"])
    deep = wg <= np.percentile(wg, DEEP_WATER_PERCENTILE)
    n = int(deep.sum())
    sd_b = float(wb[deep].std(ddof=1)) if n > 1 else 0.0
    sd_g = float(wg[deep].std(ddof=1)) if n > 1 else 0.0
    return _percentile_of_histogram(s["hist_b"], 1), _percentile_of_histogram(s["hist_g"], 1), sd_b, sd_g, n


def _percentile_of_histogram(hist, q):
    """The q-th percentile of all values counted in ``hist`` (bins of ``HIST_BINS``), interpolated in its bin."""
    cum = np.cumsum(hist)
    target = cum[-1] * q / 100.0
    i = int(np.searchsorted(cum, target))
    before = cum[i - 1] if i > 0 else 0
    frac = (target - before) / float(hist[i]) if hist[i] else 0.0
    return float(HIST_BINS[i] + frac * (HIST_BINS[i + 1] - HIST_BINS[i]))


def fit_lyzenga(s, t, *, with_depth):
    """Deep water (L∞ and its spread), the attenuation ratio k and the sand's DII statistics; returns
    (Lyzenga, notes)."""
    b_inf, g_inf, sd_b, sd_g, n_deep = deep_water(s)
    sb, sg, sz = np.concatenate(s["sand_b"]), np.concatenate(s["sand_g"]), np.concatenate(s["sand_z"])
    keep = Lyzenga(b_inf, g_inf, 1.0, 0.0, 0.0, 0, sd_b, sd_g).optically_shallow(sb, sg)
    if keep.sum() < 10:
        raise InputError("The sand polygons cover {n} usable water pixels; draw them over at least 10 pixels of "
                         "bright sand bottom at varying depth.", n=int(keep.sum()))
    ln_b, ln_g = np.log(sb[keep] - b_inf), np.log(sg[keep] - g_inf)
    notes = []
    method, depth_range, k = "variance", None, None
    if with_depth:
        z = -sz[keep].astype(np.float64)
        has = np.isfinite(z) & (z > 0)
        if has.sum() >= 10 and np.ptp(z[has]) >= MIN_SAND_DEPTH_RANGE:
            k_d, slope_b, slope_g = attenuation_ratio_from_depth(ln_b[has], ln_g[has], z[has])
            if slope_g < 0 and slope_b < 0:
                k, method = k_d, "depth regression"
                depth_range = (float(z[has].min()), float(z[has].max()))
                ln_b, ln_g = ln_b[has], ln_g[has]
            else:
                notes.append((N_("The sand's radiance does not fall with depth (slopes {sb:.3f} and {sg:.3f} per m "
                                 "for blue and green): the attenuation ratio is taken from the sand's variance "
                                 "instead."), dict(sb=slope_b, sg=slope_g)))
        else:
            notes.append((N_("Only {n} sand pixels have a depth on the bathymetry (over {rng:.1f} m): too few or too "
                             "narrow a range for the regression on depth; the attenuation ratio is taken from the "
                             "sand's variance instead."),
                          dict(n=int(has.sum()), rng=float(np.ptp(z[has])) if has.any() else 0.0)))
    if k is None:
        k = attenuation_ratio(ln_b, ln_g)
    dii = ln_b - k * ln_g
    lyz = Lyzenga(b_inf, g_inf, k, float(dii.mean()), float(dii.std(ddof=1)), int(ln_b.size), sd_b, sd_g,
                  method, depth_range, n_deep)
    return lyz, notes


def classify_block(refl, valid, t, wavelengths, *, intertidal=None, elevation=None, lyz=None,
                   intertidal_known=None, near_land=None):
    """Class codes (uint8) of one block.

    ``intertidal_known``: whether the scene has evidence of the intertidal zone (a mask, or a DEM that covers
    the land); by default, when an intertidal mask or a DEM is given. ``near_land``: water pixels within the
    shore buffer (no floating matter there).
    """
    if intertidal_known is None:
        intertidal_known = intertidal is not None or elevation is not None
    ndvi = INDICES["NDVI"][1](refl, wavelengths)
    mndwi = INDICES["MNDWI"][1](refl, wavelengths)
    mvi = INDICES["MVI"][1](refl, wavelengths)
    fai = INDICES["FAI"][1](refl, wavelengths)
    with np.errstate(invalid="ignore"):
        out = np.full(valid.shape, 9, dtype=np.uint8)
        water = mndwi > t["water_mndwi"]
        out[water] = 1
        low = not_high = None
        if elevation is not None:
            low = elevation <= t["max_elevation"]          # known to be low
            not_high = ~(elevation > t["max_elevation"])   # low or unknown (DEM nodata)
        if lyz is not None:
            dii = lyz.dii(refl["blue"], refl["green"])
            shallow = lyz.optically_shallow(refl["blue"], refl["green"])
            if elevation is not None:
                shallow &= ~(elevation < -t["max_depth"])
            out[water & shallow & lyz.darker_than_sand(dii, t["seagrass_dii_sd"])] = 5
        elif elevation is not None:
            shallow = (elevation < 0) & (elevation >= -t["max_depth"])
            out[water & shallow & (refl["green"] < t["seagrass_green"])] = 5
        floating = water & (fai > t["fai"])
        if near_land is not None:
            floating &= ~near_land
        if elevation is not None:
            floating &= elevation <= -t["float_min_depth"]
        out[floating & (ndvi > 0)] = 6
        out[floating & ~(ndvi > 0)] = 7
        veg = ~water & (ndvi > t["veg_ndvi"])
        coastal = None
        if intertidal_known:
            coastal = intertidal if intertidal is not None else low
        if coastal is not None:
            out[~water & ~veg & coastal] = 2
        mangrove = veg & (mvi >= t["mangrove_mvi"])
        if not_high is not None:
            mangrove &= not_high
        if intertidal is not None:
            mangrove &= intertidal
        out[mangrove] = 3
        if coastal is not None:
            out[veg & ~mangrove & coastal] = 4
    out[~valid] = 0
    return out


def _intertidal_evidence(t, dem_path, mask_path, s):
    """(known, evidence for 2 and 4 or None, reason they are skipped or None)."""
    if mask_path:
        return True, {2: (N_("unvegetated, not water, inside the intertidal mask"), {}),
                      4: (N_("vegetation that is not mangrove, inside the intertidal mask"), {})}, None
    if not dem_path:
        return False, None, (N_("no intertidal mask and no DEM: the intertidal zone is unknown"), {})
    cover = s["land_dem"] / float(s["land"]) if s["land"] else 0.0
    if cover < DEM_LAND_COVER:
        return False, None, (N_("the DEM has no value on {pct:.0f}% of the image's land pixels (a bathymetry whose "
                                "land is nodata is no evidence of intertidal land); give an intertidal mask or a DEM "
                                "that covers the land"), dict(pct=100.0 * (1.0 - cover)))
    if not (s["dem_min"] < 0 < t["max_elevation"] < s["dem_max"]):
        return False, None, (N_("the DEM ranges from {lo:.1f} to {hi:.1f} m: it does not reach both below 0 and "
                                "above the maximum elevation of intertidal habitats ({max:g} m), so it cannot bound "
                                "the intertidal zone; give an intertidal mask"),
                             dict(lo=s["dem_min"], hi=s["dem_max"], max=t["max_elevation"]))
    f = dict(max=t["max_elevation"], pct=100.0 * cover)
    return True, {2: (N_("unvegetated, not water, at or below {max:g} m on a DEM covering {pct:.0f}% of the "
                         "land"), f),
                  4: (N_("vegetation that is not mangrove, at or below {max:g} m on a DEM covering {pct:.0f}% of "
                         "the land"), f)}, None


def _evidence(t, lyz, dem_path, mask_path, s):
    """Per class, the evidence used, and the classes skipped with the reason."""
    ev, skip = {}, {}
    ev[1] = (N_("MNDWI > {v:g} (Xu 2006)"), dict(v=t["water_mndwi"]))
    ev[9] = (N_("every other valid pixel"), {})
    if lyz is not None:
        ev[5] = (N_("Lyzenga depth-invariant index from {n} sand pixels (attenuation ratio {k:.3f} by {method}); "
                    "bottom darker than the sand by more than {sd:g} sd, optically shallow"),
                 dict(n=lyz.n_sand, k=lyz.k_ratio, sd=t["seagrass_dii_sd"],
                      method=(N_("regression on depth") if lyz.method == "depth regression" else
                              N_("the sand's variance"), {})))
    elif dem_path:
        ev[5] = (N_("green reflectance below {g:g} where the bathymetry is 0 to {d:g} m deep"),
                 dict(g=t["seagrass_green"], d=t["max_depth"]))
    else:
        skip[5] = (N_("no sand polygons and no bathymetry: seagrass cannot be told from deep water"), {})
    f = dict(fai=t["fai"], buf=int(t["shore_buffer"]), d=t["float_min_depth"])
    if dem_path:
        ev[6] = (N_("FAI > {fai:g} (Hu 2009), at least {buf} pixels from land, over water at least {d:g} m deep on "
                    "the bathymetry, NDVI > 0"), f)
        ev[7] = (N_("FAI > {fai:g} (Hu 2009), at least {buf} pixels from land, over water at least {d:g} m deep on "
                    "the bathymetry, NDVI ≤ 0"), f)
    else:
        ev[6] = (N_("FAI > {fai:g} (Hu 2009), at least {buf} pixels from land, NDVI > 0"), f)
        ev[7] = (N_("FAI > {fai:g} (Hu 2009), at least {buf} pixels from land, NDVI ≤ 0"), f)
    m = dict(ndvi=t["veg_ndvi"], mvi=t["mangrove_mvi"], max=t["max_elevation"])
    if dem_path and mask_path:
        ev[3] = (N_("NDVI > {ndvi:g} and MVI ≥ {mvi:g} (Baloloy et al. 2020), not above {max:g} m on the DEM, "
                    "inside the intertidal mask"), m)
    elif dem_path:
        ev[3] = (N_("NDVI > {ndvi:g} and MVI ≥ {mvi:g} (Baloloy et al. 2020), not above {max:g} m on the DEM"), m)
    elif mask_path:
        ev[3] = (N_("NDVI > {ndvi:g} and MVI ≥ {mvi:g} (Baloloy et al. 2020), inside the intertidal mask"), m)
    else:
        ev[3] = (N_("NDVI > {ndvi:g} and MVI ≥ {mvi:g} (Baloloy et al. 2020)"), m)
    known, inter, reason = _intertidal_evidence(t, dem_path, mask_path, s)
    if known:
        ev.update(inter)
    else:
        skip[2] = skip[4] = reason
    return ev, skip, known


def _rules_strip(strip, path, bmap, t, lyz, known, buf, dem_path, mask_path):
    """The class codes of one row strip (runs where the executor runs)."""
    r0, nrows = strip
    reader = BlockReader(path, bmap, open_cached(path))
    layers = _Layers(dem_path, mask_path, opener=open_cached)
    top, bottom = max(0, r0 - buf), min(reader.height, r0 + nrows + buf)
    refl, valid = reader.read(0, top, reader.width, bottom - top)
    crop = slice(r0 - top, r0 - top + nrows)
    near = None
    if buf > 0:
        near = _dilate(valid & ~_water(refl, valid, t), buf)[crop]
    refl = {k: v[crop] for k, v in refl.items()}
    return classify_block(refl, valid[crop], t, bmap.wavelengths, intertidal=layers.intertidal(r0, nrows, reader.width),
                          elevation=layers.elevation(r0, nrows, reader.width), lyz=lyz, intertidal_known=known,
                          near_land=near)


def classify_rules(path, bmap, out_path, thresholds, *, intertidal_path=None, dem_path=None, sand_path=None,
                   progress=None, is_canceled=None, executor=None):
    """Write the class raster with the evidence of each class in its metadata; returns a ``RulesResult``."""
    t = dict(DEFAULTS)
    t.update({k: v for k, v in thresholds.items() if v is not None})
    reader = BlockReader(path, bmap)
    layers = _Layers(dem_path, intertidal_path)
    result = RulesResult()
    s = survey(reader, layers, t, sand_path, is_canceled=is_canceled)
    if progress is not None:
        progress(0.3)
    if sand_path:
        result.lyzenga, result.notes = fit_lyzenga(s, t, with_depth=dem_path is not None)
        k = result.lyzenga.k_ratio
        if K_WARN <= k <= K_WARN_HI:
            result.warnings.append((N_("The attenuation ratio kB/kG = {k:.3f} is close to 1: the depth-invariant "
                                       "index barely changes with the bottom's brightness, so seagrass darker than "
                                       "the sand is hard to see. Draw the sand polygons over one bright bottom at "
                                       "varying depth, and give bathymetry to estimate the ratio from depth."),
                                    dict(k=k)))
        elif k > K_WARN_HI:
            result.warnings.append((N_("The attenuation ratio kB/kG = {k:.3f} is above 1 (blue attenuated more than "
                                       "green, as in turbid or CDOM-rich water): a darker bottom raises the "
                                       "depth-invariant index, so seagrass is mapped where the index is above the "
                                       "sand's."), dict(k=k)))
    ev, skip, known = _evidence(t, result.lyzenga, dem_path, intertidal_path, s)
    result.evidence, result.skipped = ev, skip
    buf = int(t["shore_buffer"])
    with bounded_block_cache(), OutputRaster(reader.ds, out_path, 1, gdal.GDT_Byte, 0) as out:
        run_strips(executor, _rules_strip, list(reader.strips()),
                   (str(path), bmap, t, result.lyzenga, known, buf, dem_path, intertidal_path),
                   lambda strip, block: out.write(1, block, strip[0]), cells=reader.width * reader.height,
                   cells_per_second=RULES_CELLS_PER_SECOND,
                   progress=(lambda f: progress(0.3 + 0.7 * f)) if progress is not None else None,
                   is_canceled=is_canceled)
        md = {"CLASS_{}_EVIDENCE".format(c): render(n) for c, n in sorted(ev.items())}
        md["SKIPPED_CLASSES"] = "; ".join("{} {}: {}".format(c, CLASS_NAMES[c], render(n))
                                          for c, n in sorted(skip.items())) or "none"
        md["BAND_MAP"] = bmap.how
        if result.lyzenga is not None:
            lz = result.lyzenga
            md["LYZENGA"] = ("k={:.4f} ({}), B_inf={:.5f}, G_inf={:.5f}, sand DII {:.4f} +/- {:.4f}, n_sand={}"
                             .format(lz.k_ratio, lz.method, lz.b_inf, lz.g_inf, lz.sand_mean, lz.sand_sd, lz.n_sand))
        out.ds.SetMetadata(md)
    return result
