"""A training-free rule set mapping the plugin's habitat classes from one image.

Thresholds are parameters; the defaults and their sources are in ``DEFAULTS``.
Rules, in order of precedence (later rules overwrite earlier ones):

1. every valid pixel: 9 other land
2. MNDWI > water threshold: 1 open water (Xu 2006)
3. water with a dark, optically shallow bottom: 5 seagrass
   - with a sand sample: Lyzenga's (1981) depth-invariant index of blue and
     green, DII = ln(B − B∞) − (kB/kG) ln(G − G∞), kB/kG from the sand's
     variance/covariance (a = (σBB − σGG)/(2σBG), k = a + √(a² + 1)); bottom
     darker than the sand by more than ``seagrass_dii_sd`` sand standard
     deviations is seagrass
   - without a sand sample but with bathymetry: green reflectance below
     ``seagrass_green`` where the water is shallower than ``max_depth``
   - with neither, no seagrass is mapped (deep water would look the same)
4. water with FAI > ``fai``: floating matter (Hu 2009): NDVI > 0 → 6
   seaweed/macroalgae, else 7 floating mariculture (rafts, cages)
5. NDVI ≤ vegetation threshold, not water, inside the intertidal mask (or, with
   no mask, at or below ``max_elevation`` on the DEM): 2 tidal flat
6. NDVI > vegetation threshold and MVI ≥ ``mangrove_mvi`` (Baloloy et al.
   2020: mangroves 4.5–16.5), at or below ``max_elevation`` where a DEM is
   given, inside the mask where one is given: 3 mangrove
7. other vegetation inside the intertidal mask (or at or below
   ``max_elevation``): 4 salt marsh
Aquaculture ponds (8) need their shape and context; use the supervised
classifier for them.
"""
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, ogr, osr

from ..errors import Canceled, InputError
from .indices import INDICES, BlockReader
from ..raster.rasterout import OutputRaster, bounded_block_cache

DEFAULTS = {
    "water_mndwi": 0.0,       # Xu 2006: open water where MNDWI > 0
    "veg_ndvi": 0.3,          # green vegetation
    "mangrove_mvi": 4.5,      # Baloloy et al. 2020, ISPRS J. 166: 95 (mangroves 4.5-16.5)
    "fai": 0.02,              # Hu 2009 FAI, floating matter on water (reflectance units)
    "seagrass_dii_sd": 2.0,   # sand DII mean minus 2 sd
    "seagrass_green": 0.04,   # dark bottom on a shallow bank (green reflectance)
    "max_depth": 10.0,        # m: beyond this the bottom is not seen in green light in most coastal water
    "max_elevation": 5.0,     # m above datum: above this vegetation is terrestrial, not intertidal
}
NEEDED = ("blue", "green", "red", "nir", "swir1")


@dataclass
class Lyzenga:
    b_inf: float
    g_inf: float
    k_ratio: float
    sand_mean: float
    sand_sd: float
    n_sand: int

    def dii(self, blue, green):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.log(blue - self.b_inf) - self.k_ratio * np.log(green - self.g_inf)


def attenuation_ratio(ln_b, ln_g):
    """kB/kG from log radiances over one bottom type at varying depth (Lyzenga 1981)."""
    cov = np.cov(ln_b, ln_g)
    if cov[0, 1] == 0:
        raise InputError("The sand sample gives no covariance between blue and green; draw it over sand at "
                         "varying depth.")
    a = (cov[0, 0] - cov[1, 1]) / (2 * cov[0, 1])
    return float(a + np.sqrt(a * a + 1))


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


def warp_to(path, like_ds, vrt_path, resampling="near"):
    """A VRT of ``path`` on the image's grid (read lazily, block by block)."""
    gt = like_ds.GetGeoTransform()
    bounds = (gt[0], gt[3] + like_ds.RasterYSize * gt[5], gt[0] + like_ds.RasterXSize * gt[1], gt[3])
    gdal.Warp(vrt_path, path, format="VRT", outputBounds=bounds, width=like_ds.RasterXSize,
              height=like_ds.RasterYSize, dstSRS=like_ds.GetProjection(), resampleAlg=resampling)
    return vrt_path


def fit_lyzenga(reader, sand_path, water_mndwi, *, is_canceled=None, sample_per_block=2000, seed=0):
    """Deep-water signal (1st percentile of water), kB/kG and the sand DII statistics."""
    sand_ds = gdal.Open(sand_path)
    sand_band = sand_ds.GetRasterBand(1)
    rng = np.random.default_rng(seed)
    water_b, water_g, sand_b, sand_g = [], [], [], []
    for r0, nrows in reader.strips():
        if is_canceled is not None and is_canceled():
            raise Canceled()
        refl, valid = reader.read(0, r0, reader.width, nrows)
        mndwi = INDICES["MNDWI"][1](refl, None)
        water = valid & (mndwi > water_mndwi)
        idx = np.flatnonzero(water)
        if idx.size:
            pick = rng.choice(idx, size=min(sample_per_block, idx.size), replace=False)
            water_b.append(refl["blue"].ravel()[pick])
            water_g.append(refl["green"].ravel()[pick])
        sand = (sand_band.ReadAsArray(0, r0, reader.width, nrows) > 0) & valid
        sand_b.append(refl["blue"][sand])
        sand_g.append(refl["green"][sand])
    if not water_b:
        raise InputError("No water pixels were found; the depth-invariant index needs water in the image.")
    b_inf = float(np.percentile(np.concatenate(water_b), 1))
    g_inf = float(np.percentile(np.concatenate(water_g), 1))
    sb, sg = np.concatenate(sand_b), np.concatenate(sand_g)
    keep = (sb > b_inf) & (sg > g_inf)
    if keep.sum() < 10:
        raise InputError("The sand polygons cover {n} usable water pixels; draw them over at least 10 pixels of "
                         "bright sand bottom at varying depth.", n=int(keep.sum()))
    ln_b, ln_g = np.log(sb[keep] - b_inf), np.log(sg[keep] - g_inf)
    k = attenuation_ratio(ln_b, ln_g)
    dii = ln_b - k * ln_g
    return Lyzenga(b_inf, g_inf, k, float(dii.mean()), float(dii.std(ddof=1)), int(keep.sum()))


def classify_block(refl, valid, t, wavelengths, *, intertidal=None, elevation=None, lyz=None):
    """Class codes (uint8) of one block."""
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
            shallow = (refl["blue"] > lyz.b_inf) & (refl["green"] > lyz.g_inf)
            if elevation is not None:
                shallow &= elevation >= -t["max_depth"]
            out[water & shallow & (dii < lyz.sand_mean - t["seagrass_dii_sd"] * lyz.sand_sd)] = 5
        elif elevation is not None:
            shallow = (elevation < 0) & (elevation >= -t["max_depth"])
            out[water & shallow & (refl["green"] < t["seagrass_green"])] = 5
        floating = water & (fai > t["fai"])
        out[floating & (ndvi > 0)] = 6
        out[floating & ~(ndvi > 0)] = 7
        veg = ~water & (ndvi > t["veg_ndvi"])
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


def classify_rules(path, bmap, out_path, thresholds, *, intertidal_path=None, dem_path=None, sand_path=None,
                   progress=None, is_canceled=None):
    """Write the class raster; returns the Lyzenga fit (or None) for the log."""
    t = dict(DEFAULTS)
    t.update({k: v for k, v in thresholds.items() if v is not None})
    reader = BlockReader(path, bmap)
    lyz = fit_lyzenga(reader, sand_path, t["water_mndwi"], is_canceled=is_canceled) if sand_path else None
    mask_ds = gdal.Open(intertidal_path) if intertidal_path else None
    dem_ds = gdal.Open(dem_path) if dem_path else None
    dem_nodata = dem_ds.GetRasterBand(1).GetNoDataValue() if dem_ds else None
    with bounded_block_cache(), OutputRaster(reader.ds, out_path, 1, gdal.GDT_Byte, 0) as out:
        for r0, nrows in reader.strips():
            if is_canceled is not None and is_canceled():
                raise Canceled()
            refl, valid = reader.read(0, r0, reader.width, nrows)
            inter = mask_ds.GetRasterBand(1).ReadAsArray(0, r0, reader.width, nrows) > 0 if mask_ds else None
            elev = None
            if dem_ds is not None:
                elev = dem_ds.GetRasterBand(1).ReadAsArray(0, r0, reader.width, nrows).astype(np.float32)
                if dem_nodata is not None:
                    elev[elev == dem_nodata] = np.nan
            out.write(1, classify_block(refl, valid, t, bmap.wavelengths, intertidal=inter, elevation=elev,
                                        lyz=lyz), r0)
            if progress is not None:
                progress((r0 + nrows) / reader.height)
    return lyz
