"""Spectral indices on surface reflectance, computed block by block.

Formulas follow the Awesome Spectral Indices catalogue (Montero et al. 2023,
Scientific Data 10: 197) and the original papers cited per index.

A ratio whose denominator is within ``DEN_MIN`` of zero (in reflectance
units) is nodata rather than a huge number: below about half a percent of
reflectance a denominator is radiometric noise. EVI's denominator carries
7.5 x blue, which multiplies that noise, so it is masked below ``EVI_DEN_MIN``.
"""
import numpy as np
from osgeo import gdal

from ..errors import Canceled, InputError
from ..raster.executor import open_cached, row_strips, run_strips

INDICES_CELLS_PER_SECOND = 15e6  # one core, 6-band image, 4 indices, without writing (benchmark machine)
from ..raster.rasterout import OutputRaster, bounded_block_cache
from .sensors import NIR_FAI

gdal.UseExceptions()
NODATA = -9999.0
BLOCK_ROWS = 256
DEN_MIN = 0.005
EVI_DEN_MIN = 0.1


def _ratio(a, b, den_min=DEN_MIN):
    with np.errstate(divide="ignore", invalid="ignore"):
        out = a / b
    # a hair below the bound, so that a denominator of exactly DEN_MIN (integer DN) is kept however it rounds
    out[~(np.abs(b) >= den_min * (1 - 1e-4))] = np.nan
    return out


def _nd(a, b):
    return _ratio(a - b, a + b)


def fai_nir(r, wl):
    """The NIR band FAI uses and its centre wavelength: B8A when mapped as ``nir_fai``, else NIR."""
    if NIR_FAI in r:
        return r[NIR_FAI], wl[NIR_FAI]
    return r["nir"], wl["nir"]


def _fai(r, wl):
    nir, wl_nir = fai_nir(r, wl)
    lam = (wl_nir - wl["red"]) / (wl["swir1"] - wl["red"])
    return nir - (r["red"] + (r["swir1"] - r["red"]) * lam)


INDICES = {
    # name: (roles, function(reflectances, wavelengths), formula, reference)
    "NDVI": (("red", "nir"), lambda r, wl: _nd(r["nir"], r["red"]), "(NIR − Red)/(NIR + Red)",
             "Rouse et al. 1974"),
    "NDWI": (("green", "nir"), lambda r, wl: _nd(r["green"], r["nir"]), "(Green − NIR)/(Green + NIR)",
             "McFeeters 1996, Int. J. Remote Sens. 17: 1425"),
    "MNDWI": (("green", "swir1"), lambda r, wl: _nd(r["green"], r["swir1"]), "(Green − SWIR1)/(Green + SWIR1)",
              "Xu 2006, Int. J. Remote Sens. 27: 3025"),
    "EVI": (("blue", "red", "nir"),
            lambda r, wl: _ratio(2.5 * (r["nir"] - r["red"]), r["nir"] + 6 * r["red"] - 7.5 * r["blue"] + 1,
                                 EVI_DEN_MIN),
            "2.5 (NIR − Red)/(NIR + 6 Red − 7.5 Blue + 1)", "Huete et al. 2002, Remote Sens. Environ. 83: 195"),
    "SAVI": (("red", "nir"), lambda r, wl: _ratio(1.5 * (r["nir"] - r["red"]), r["nir"] + r["red"] + 0.5),
             "1.5 (NIR − Red)/(NIR + Red + 0.5)", "Huete 1988, Remote Sens. Environ. 25: 295"),
    "LSWI": (("nir", "swir1"), lambda r, wl: _nd(r["nir"], r["swir1"]), "(NIR − SWIR1)/(NIR + SWIR1)",
             "Xiao et al. 2002, Int. J. Remote Sens. 23: 3009"),
    "MVI": (("green", "nir", "swir1"),
            lambda r, wl: _ratio(np.abs(r["nir"] - r["green"]), np.abs(r["swir1"] - r["green"])),
            "|NIR − Green|/|SWIR1 − Green|", "Baloloy et al. 2020, ISPRS J. Photogramm. Remote Sens. 166: 95–117"),
    "CMRI": (("green", "red", "nir"), lambda r, wl: _nd(r["nir"], r["red"]) - _nd(r["green"], r["nir"]),
             "NDVI − NDWI", "Gupta et al. 2018, MethodsX 5: 1129–1139"),
    "FAI": (("red", "nir", "swir1"), lambda r, wl: _fai(r, wl),
            "NIR − [Red + (SWIR1 − Red) (λNIR − λRed)/(λSWIR1 − λRed)]",
            "Hu 2009, Remote Sens. Environ. 113: 2118 (band centres of the sensor)"),
}


def parse_indices(text):
    names = [t.strip().upper() for t in (text or "").split(",") if t.strip()]
    if not names:
        raise InputError("Give at least one index name; known indices: {known}.", known=", ".join(INDICES))
    unknown = [n for n in names if n not in INDICES]
    if unknown:
        raise InputError("Unknown index name(s): {unknown}. Known indices: {known}.",
                         unknown=", ".join(unknown), known=", ".join(INDICES))
    return list(dict.fromkeys(names))


def roles_for(names):
    roles = []
    for n in names:
        for r in INDICES[n][0]:
            if r not in roles:
                roles.append(r)
    return roles


def compute(names, refl, valid, wavelengths):
    """Index arrays for a block; nodata where an input is nodata or a denominator is (near) 0."""
    out = []
    for n in names:
        v = INDICES[n][1](refl, wavelengths).astype(np.float32)
        v[~valid | ~np.isfinite(v)] = NODATA
        out.append(v)
    return out


class BlockReader:
    """Keeps a multiband raster open and reads role reflectances by window."""

    def __init__(self, path, bmap, ds=None):
        self.ds = ds if ds is not None else gdal.Open(str(path))
        self.bmap = bmap
        self.width, self.height = self.ds.RasterXSize, self.ds.RasterYSize
        self.bands = {b: self.ds.GetRasterBand(b) for b in set(bmap.bands.values())}
        self.nodata = {b: band.GetNoDataValue() for b, band in self.bands.items()}

    def read(self, c0, r0, ncols, nrows):
        """Reflectance per role and the valid mask of a window; all bands in one read, so that each tile of a
        pixel-interleaved file is decoded once."""
        order = sorted(self.bands)
        data = self.ds.ReadAsArray(c0, r0, ncols, nrows, band_list=order)
        if data.ndim == 2:
            data = data[None]
        dn = dict(zip(order, data))
        refl, valid = {}, np.ones((nrows, ncols), dtype=bool)
        for b in order:
            if self.nodata[b] is not None:
                valid &= dn[b] != self.nodata[b]
            valid &= ~self.bmap.invalid(dn[b])
        for role, b in self.bmap.bands.items():
            refl[role] = dn[b].astype(np.float32) * np.float32(self.bmap.scale) + np.float32(self.bmap.offset)
        return refl, valid

    def strips(self, rows=BLOCK_ROWS):
        for r0 in range(0, self.height, rows):
            yield r0, min(rows, self.height - r0)


def _indices_strip(strip, path, bmap, names):
    """The index arrays of one row strip (runs where the executor runs)."""
    r0, nrows = strip
    reader = BlockReader(path, bmap, open_cached(path))
    refl, valid = reader.read(0, r0, reader.width, nrows)
    return compute(names, refl, valid, bmap.wavelengths)


def write_indices(path, bmap, names, out_path, *, progress=None, is_canceled=None, executor=None):
    reader = BlockReader(path, bmap)
    with bounded_block_cache(), OutputRaster(reader.ds, out_path, len(names), gdal.GDT_Float32, NODATA,
                                             names) as out:
        def write(strip, arrays):
            for i, arr in enumerate(arrays):
                out.write(i + 1, arr, strip[0])

        if executor is not None:
            executor.writer_bound()  # measured: 4 float32 bands of a tile cost more to send than to compute
        run_strips(executor, _indices_strip, row_strips(reader.height, BLOCK_ROWS), (str(path), bmap, names),
                   write, cells=reader.width * reader.height, cells_per_second=INDICES_CELLS_PER_SECOND,
                   progress=progress, is_canceled=is_canceled)
    return out_path
