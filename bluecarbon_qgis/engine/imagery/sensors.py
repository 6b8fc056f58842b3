"""Band layouts, fill values and reflectance scaling of the sensors the plugin knows, and how the plugin
decides them from a file.

Reflectance = DN x scale + offset.
- Sentinel-2 Level-2A: DN / 10000 up to processing baseline 03.xx; from
  baseline 04.00 (products from 25 January 2022, and the Collection-1
  reprocessing of the archive, tagged 05.00) DN carries BOA_ADD_OFFSET = -1000,
  so reflectance = (DN - 1000) / 10000. DN 0 is fill, 65535 saturated.
- Landsat 8/9 Collection 2 Level-2 surface reflectance: DN x 0.0000275 - 0.2;
  valid DN 7273-43636, fill 0 (USGS Landsat 8-9 Collection 2 Level 2 Science
  Product Guide).
- Landsat 4-5 TM and Landsat 7 ETM+ Collection 2 Level-2 surface reflectance
  (LEDAPS; USGS LSDS-1618, Landsat 4-7 C2 Level 2 Science Product Guide):
  the same scaling, fill and valid range as Landsat 8/9 (USGS, "How do I use a
  scale factor with Landsat Level-2 science products?": Collection 2 surface
  reflectance, scale 0.0000275, additive offset -0.2, fill 0, unsigned 16-bit,
  valid range 7273-43636), in their own band order: SR_B1 blue, SR_B2 green,
  SR_B3 red, SR_B4 NIR, SR_B5 SWIR1, SR_B7 SWIR2 (band 6 is thermal and has no
  surface reflectance).

Where the file can be read two ways, the data decide and the decision is
written into ``BandMap.notes`` (or ``warnings``) for the log; where the data
cannot decide, the run is refused with what to set.
"""
import glob
import json
import os
import re
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal

from ..errors import InputError, N_, Part

gdal.UseExceptions()

ROLES = ("blue", "green", "red", "nir", "swir1", "swir2")
NIR_FAI = "nir_fai"  # the band FAI uses as NIR (Sentinel-2 B8A when asked for)
S2_BEFORE_0400, S2_FROM_0400, S2_AUTO = "before_0400", "from_0400", "auto"
S2_OFFSET_DN = -1000.0
SAMPLE_PIXELS = 512 * 512      # pixels per band read to decide offsets and check the scaling
S2_LOW_SWIR_SHARE = 0.01       # share of SWIR DN below 500 that rules the Sentinel-2 -1000 offset out
OUTSIDE_RANGE_REFUSE = 0.5     # share of DN outside a preset's valid range: the image is not that product
# How far scaled values fall outside 0-1 judges a scaling, not the share of tiny negatives: over water, NIR and
# SWIR surface reflectance sits at zero with atmospheric-correction noise just below it (a real coastal Landsat 8
# C2 L2 scene: 59 % of NIR values slightly negative, median -0.0009, none below -0.01).
REFLECTANCE_HIGH = 1.5         # a band's 99th percentile above this: digital numbers read as reflectance
REFLECTANCE_TINY = 0.01        # every band's 99th percentile below this: reflectance scaled a second time
NEGATIVE_FLOOR = -0.01         # the noise of dark water stays above this
NEGATIVE_WARN = 0.01           # share of a band below the floor that is warned about ...
NEGATIVE_REFUSE = 0.05         # ... and refused (a wrong offset)


@dataclass
class Sensor:
    name: str
    # band names of the product's full stack, in order (standard positions)
    full_bands: tuple
    # role -> band name in that product
    role_bands: dict
    # band name -> centre wavelength (nm), used by FAI
    wavelengths: dict
    scale: float = 1.0
    offset: float = 0.0
    fill: tuple = ()               # DN that are never data
    saturated: tuple = ()          # DN that mark saturation
    valid_range: tuple = None      # (lo, hi): DN outside are not data
    band_pattern: str = r"^B0*(\d+A?)$"

    @property
    def positions(self):
        return {r: self.full_bands.index(b) + 1 for r, b in self.role_bands.items()}

    @property
    def role_wavelengths(self):
        """role -> centre wavelength (nm) of the product's standard band for that role."""
        return {r: self.wavelengths[b] for r, b in self.role_bands.items()}


# Centre wavelengths: mean of Sentinel-2A and 2B from ESA's MSI spectral response functions
# (S2A/S2B: B2 492.4/492.1, B3 559.8/559.0, B4 664.6/664.9, B8 832.8/833.0, B8A 864.7/864.0,
# B11 1613.7/1610.4, B12 2202.4/2185.7 nm).
SENTINEL2 = Sensor(
    "Sentinel-2 Level-2A",
    full_bands=("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B9", "B11", "B12"),
    role_bands={"blue": "B2", "green": "B3", "red": "B4", "nir": "B8", "swir1": "B11", "swir2": "B12"},
    wavelengths={"B2": 492.3, "B3": 559.4, "B4": 664.8, "B8": 832.9, "B8A": 864.4, "B11": 1612.1,
                 "B12": 2194.1},
    scale=1e-4, offset=0.0, fill=(0,), saturated=(65535,))

# Landsat Collection 2 Level-2 surface reflectance, every sensor (USGS scale-factor FAQ): DN x 0.0000275 - 0.2,
# fill 0, valid DN 7273-43636; band names SR_B<n> or B<n>.
LANDSAT_C2_L2 = dict(scale=0.0000275, offset=-0.2, fill=(0,), valid_range=(7273, 43636),
                     band_pattern=r"^(?:SR_)?B0*(\d+)$")

# Landsat 8 OLI centre wavelengths (USGS).
LANDSAT89 = Sensor(
    "Landsat 8/9 Collection 2 Level-2",
    full_bands=("B1", "B2", "B3", "B4", "B5", "B6", "B7"),
    role_bands={"blue": "B2", "green": "B3", "red": "B4", "nir": "B5", "swir1": "B6", "swir2": "B7"},
    wavelengths={"B2": 482.0, "B3": 561.4, "B4": 654.6, "B5": 864.7, "B6": 1608.9, "B7": 2200.7},
    **LANDSAT_C2_L2)

CUSTOM = Sensor("Custom", full_bands=(), role_bands={},
                wavelengths={"red": 664.8, "nir": 832.9, "swir1": 1612.1})

# Landsat 4-7 Collection 2 Level-2 SR stacks (LEDAPS; USGS LSDS-1618): SR_B1-SR_B5 and SR_B7, no thermal band 6.
# Centre wavelengths as the products' STAC records give them (stactools-packages/landsat, tm/ and etm/
# sr-eo-bands.json); only FAI uses them.
LANDSAT45 = Sensor(
    "Landsat 4-5 TM Collection 2 Level-2",
    full_bands=("B1", "B2", "B3", "B4", "B5", "B7"),
    role_bands={"blue": "B1", "green": "B2", "red": "B3", "nir": "B4", "swir1": "B5", "swir2": "B7"},
    wavelengths={"B1": 490.0, "B2": 560.0, "B3": 660.0, "B4": 830.0, "B5": 1650.0, "B7": 2220.0},
    **LANDSAT_C2_L2)
LANDSAT7 = Sensor(
    "Landsat 7 ETM+ Collection 2 Level-2",
    full_bands=("B1", "B2", "B3", "B4", "B5", "B7"),
    role_bands={"blue": "B1", "green": "B2", "red": "B3", "nir": "B4", "swir1": "B5", "swir2": "B7"},
    wavelengths={"B1": 480.0, "B2": 560.0, "B3": 660.0, "B4": 840.0, "B5": 1650.0, "B7": 2200.0},
    **LANDSAT_C2_L2)

# The index is the SENSOR parameter's value (saved models store it): new presets go at the end.
SENSORS = (SENTINEL2, LANDSAT89, CUSTOM, LANDSAT45, LANDSAT7)
CUSTOM_INDEX = SENSORS.index(CUSTOM)
ROLE_WORDS = {"blue": ("BLUE",), "green": ("GREEN",), "red": ("RED",), "nir": ("NIR",),
              "swir1": ("SWIR1",), "swir2": ("SWIR2",)}


@dataclass
class BandMap:
    """Which band holds each role, how DN become reflectance, which DN are not data, and why."""
    bands: dict          # role -> 1-based band number
    scale: float
    offset: float
    wavelengths: dict    # role -> nm
    how: str             # one line for model files
    fill: tuple = ()
    valid_range: tuple = None
    notes: list = field(default_factory=list)      # (template, fields) for the log
    warnings: list = field(default_factory=list)   # (template, fields) for the log, as warnings

    def to_dict(self):
        return {"bands": self.bands, "scale": self.scale, "offset": self.offset, "wavelengths": self.wavelengths,
                "fill": list(self.fill), "valid_range": list(self.valid_range) if self.valid_range else None}

    @classmethod
    def from_dict(cls, d, how=""):
        return cls(bands=d["bands"], scale=d["scale"], offset=d["offset"], wavelengths=d["wavelengths"], how=how,
                   fill=tuple(d.get("fill") or ()), valid_range=tuple(d["valid_range"]) if d.get("valid_range")
                   else None)

    @property
    def data_range(self):
        """(lo, hi) DN that are data: the product's valid range, its lower end extended down to reflectance
        −0.01 (NEGATIVE_FLOOR). The valid range of Landsat C2 L2 surface reflectance, 7273–43636, is reflectance
        0–1, but over water NIR and SWIR sit at 0 with atmospheric-correction noise just below it: those values
        are water, not missing data."""
        if self.valid_range is None:
            return None
        lo, hi = self.valid_range
        floor = (NEGATIVE_FLOOR - self.offset) / self.scale if self.scale > 0 else lo
        return min(lo, int(np.ceil(floor - 1e-9))), hi

    def invalid(self, dn):
        """True where a DN array is not data under this product's fill, saturation and valid range (its lower
        end extended to the noise of dark water, ``data_range``)."""
        bad = np.zeros(dn.shape, dtype=bool)
        for v in self.fill:
            bad |= dn == v
        if self.valid_range is not None:
            lo, hi = self.data_range
            bad |= (dn < lo) | (dn > hi)
        return bad


def _band_name(token, sensor):
    m = re.match(sensor.band_pattern, token)
    return "B" + m.group(1) if m else None


def find_by_description(descriptions, sensor):
    """Roles named by band descriptions ('B4, central wavelength 665 nm', 'SR_B5', 'B8A', 'nir'...):
    {role: (1-based band, band name or None)}. A band name wins over a generic word; B8A is taken as NIR
    when the image has no B8, and is always offered as the narrow NIR for FAI."""
    names = {}
    for i, desc in enumerate(descriptions, start=1):
        for tok in re.split(r"[^A-Za-z0-9_]+", (desc or "").upper()):
            name = _band_name(tok, sensor) if tok else None
            if name and name not in names:
                names[name] = i
                break
    found = {}
    for role, name in sensor.role_bands.items():
        if name in names:
            found[role] = (names[name], name)
    if sensor is SENTINEL2 and "B8A" in names:
        if "nir" not in found:
            found["nir"] = (names["B8A"], "B8A")
        found["nir_narrow"] = (names["B8A"], "B8A")
    for role in ROLES:
        if role in found:
            continue
        for i, desc in enumerate(descriptions, start=1):
            toks = set(re.split(r"[^A-Za-z0-9_]+", (desc or "").upper()))
            if toks & set(ROLE_WORDS[role]) and i not in [b for b, _ in found.values()]:
                found[role] = (i, None)
                break
    return found


# --- where the product says its offset ------------------------------------------------------------------

def _float(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _offset_from_band_metadata(ds, bands):
    for b in bands:
        md = ds.GetRasterBand(b).GetMetadata() or {}
        for key, value in md.items():
            if key.upper().endswith("BOA_ADD_OFFSET") and _float(value) is not None:
                return _float(value), N_("band metadata BOA_ADD_OFFSET = {value}")
    return None


def _offset_from_gdal_scale(ds, bands):
    """GDAL's own scale/offset (the SENTINEL2 driver and some COGs set them): offset/scale in DN."""
    for b in bands:
        band = ds.GetRasterBand(b)
        scale, offset = band.GetScale(), band.GetOffset()
        if scale and abs(scale - 1e-4) < 1e-9 and offset is not None and offset != 0:
            return offset / scale, N_("GDAL band offset {value} (scale 0.0001)")
    return None


def _offset_from_baseline(ds, path):
    md = ds.GetMetadata() or {}
    for key, value in md.items():
        if "PROCESSING_BASELINE" in key.upper() and _float(value) is not None:
            base = _float(value)
            return (S2_OFFSET_DN if base >= 4.0 else 0.0), N_("processing baseline {value} in the metadata")
    m = re.search(r"MSIL2A_\d{8}T\d{6}_N(\d{2})(\d{2})_", str(path))
    if m:
        base = int(m.group(1)) + int(m.group(2)) / 100.0
        return (S2_OFFSET_DN if base >= 4.0 else 0.0), N_("processing baseline {value} in the product name")
    return None


def _offset_from_mtd(path):
    """MTD_MSIL2A.xml of the .SAFE folder the file lies in (up to four folders up)."""
    folder = os.path.dirname(os.path.abspath(str(path)))
    for _ in range(5):
        mtd = os.path.join(folder, "MTD_MSIL2A.xml")
        if os.path.isfile(mtd):
            with open(mtd, encoding="utf-8", errors="replace") as fh:
                text = fh.read()
            m = re.search(r"<BOA_ADD_OFFSET[^>]*>\s*(-?[\d.]+)\s*<", text)
            if m:
                return float(m.group(1)), N_("BOA_ADD_OFFSET {value} in MTD_MSIL2A.xml")
            m = re.search(r"<PROCESSING_BASELINE>\s*([\d.]+)\s*<", text)
            if m:
                return (S2_OFFSET_DN if float(m.group(1)) >= 4.0 else 0.0), \
                    N_("processing baseline {value} in MTD_MSIL2A.xml")
        folder = os.path.dirname(folder)
    return None


def _offset_from_stac(path):
    """A STAC item beside the file (same name, .json) whose asset for this file has raster:bands offset."""
    stem = os.path.splitext(str(path))[0]
    base = os.path.basename(str(path))
    for item in glob.glob(stem + ".json"):
        try:
            with open(item, encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError):
            continue
        for asset in (data.get("assets") or {}).values():
            if os.path.basename(str(asset.get("href", ""))) != base:
                continue
            for rb in asset.get("raster:bands") or []:
                off, sc = _float(rb.get("offset")), _float(rb.get("scale")) or 1e-4
                if off is not None:
                    return off / sc, N_("STAC raster:bands offset in {value}")
    return None


def _declared_offset(ds, path, bands):
    for found in (_offset_from_band_metadata(ds, bands), _offset_from_gdal_scale(ds, bands),
                  _offset_from_baseline(ds, path), _offset_from_mtd(path), _offset_from_stac(path)):
        if found is not None:
            return found
    return None


# --- what the data say ------------------------------------------------------------------------------------

SAMPLE_WINDOWS = 16  # windows per side of the lattice a large raster without overviews is sampled on


def lattice_windows(width, height, max_pixels=SAMPLE_PIXELS):
    """SAMPLE_WINDOWS² small windows (x, y, w, h) on a regular lattice over a raster, about ``max_pixels`` in
    all: a sample spread over the whole raster that reads only those windows."""
    side = max(1, int(np.sqrt(max_pixels / float(SAMPLE_WINDOWS ** 2))))
    ww, wh = min(side, width), min(side, height)
    xs = ((np.arange(SAMPLE_WINDOWS) + 0.5) * width / SAMPLE_WINDOWS - ww / 2).astype(int).clip(0, width - ww)
    ys = ((np.arange(SAMPLE_WINDOWS) + 0.5) * height / SAMPLE_WINDOWS - wh / 2).astype(int).clip(0, height - wh)
    return [(int(x), int(y), ww, wh) for y in ys for x in xs]


def sample_band(ds, b, max_pixels=SAMPLE_PIXELS):
    """About ``max_pixels`` values of one band spread over the whole raster, bounded in memory and time
    whatever the raster size.

    A small raster, or one with overviews (GDAL then reads an overview), is read decimated (nearest). A large
    raster without overviews would have to be decompressed whole for a decimated read (about 4 s a band for a
    compressed Sentinel-2 tile), so it is read in SAMPLE_WINDOWS² small windows on a regular lattice instead.
    """
    band = ds.GetRasterBand(b)
    w, h = ds.RasterXSize, ds.RasterYSize
    if w * h <= 4 * max_pixels or band.GetOverviewCount() > 0:
        step = max(1.0, np.sqrt(w * h / float(max_pixels)))
        bw, bh = max(1, int(w / step)), max(1, int(h / step))
        return band.ReadAsArray(buf_xsize=bw, buf_ysize=bh).astype(np.float64)
    windows = lattice_windows(w, h, max_pixels)
    rows = [np.concatenate([band.ReadAsArray(*win) for win in windows[i:i + SAMPLE_WINDOWS]], axis=1)
            for i in range(0, len(windows), SAMPLE_WINDOWS)]
    return np.concatenate(rows, axis=0).astype(np.float64)


def _data_values(ds, b, bmap):
    dn = sample_band(ds, b)
    keep = ~bmap.invalid(dn)
    nd = ds.GetRasterBand(b).GetNoDataValue()
    if nd is not None:
        keep &= dn != nd
    return dn[keep]


def _s2_offset_from_data(ds, swir_bands):
    """-1000, 0 or None (undecided) from the darkest SWIR values: over water SWIR reflectance is near 0,
    so without the offset many DN lie far below 1000, and with it the darkest values sit near 1000."""
    probe = BandMap({}, 1e-4, 0.0, {}, "", fill=SENTINEL2.fill + SENTINEL2.saturated)
    shares, floors = [], []
    for b in swir_bands:
        v = _data_values(ds, b, probe)
        if v.size:
            shares.append(float((v < 500).mean()))
            floors.append(float(np.percentile(v, 1)))
    if not shares:
        return None, {}
    share, floor = max(shares), min(floors)
    facts = {"share": 100.0 * share, "floor": floor}
    if share > S2_LOW_SWIR_SHARE:
        return 0.0, facts
    if 800.0 <= floor <= 1300.0:
        return S2_OFFSET_DN, facts
    return None, facts


def _scaled_sample(ds, role, b, bmap, sensor_name):
    """Scaled values of band ``b`` on the sample lattice, without nodata, fill and DN outside the valid range;
    refuses a preset whose valid range most of the data miss (another product)."""
    dn = sample_band(ds, b)
    nd = ds.GetRasterBand(b).GetNoDataValue()
    declared = dn != nd if nd is not None else np.ones(dn.shape, bool)
    fill = np.isin(dn, bmap.fill) if bmap.fill else np.zeros(dn.shape, bool)
    data = declared & ~fill & np.isfinite(dn)
    outside = bmap.invalid(dn) & data
    if data.sum() and outside[data].mean() > OUTSIDE_RANGE_REFUSE and bmap.valid_range is not None:
        raise InputError("{pct:.0f}% of the {role} band's values lie outside the valid range {lo}–{hi} DN of "
                         "{sensor}: this image is not that product (with its scaling, reflectance would be "
                         "negative). Choose the image's sensor preset, or Custom with its scale and offset.",
                         pct=100.0 * outside[data].mean(), role=role, lo=bmap.valid_range[0],
                         hi=bmap.valid_range[1], sensor=sensor_name)
    return dn[data & ~outside] * bmap.scale + bmap.offset


def check_reflectance(ds, bmap, sensor_name, force=False):
    """Refuse (or, with ``force``, warn about) a scaling under which the role bands cannot be surface
    reflectance, judged by how far the values fall outside 0–1: a 99th percentile far above 1 (digital
    numbers), every band's 99th percentile near 0 (reflectance scaled again), or more than a small share below
    -0.01 (a wrong offset). Slightly negative values, the noise of dark water, are accepted.
    Returns the facts per role: {role: (99th percentile, share below -0.01)}."""
    facts = {}
    for role, b in bmap.bands.items():
        v = _scaled_sample(ds, role, b, bmap, sensor_name)
        if v.size:
            facts[role] = (float(np.percentile(v, 99)), float((v < NEGATIVE_FLOOR).mean()))
    if not facts:
        raise InputError("The image has no valid pixel in the bands used (all are nodata, fill or saturated).")
    how = dict(scale=bmap.scale, offset=bmap.offset)
    problems = []
    high = max(facts, key=lambda r: facts[r][0])
    if facts[high][0] > REFLECTANCE_HIGH:
        problems.append((N_("With reflectance = DN × {scale:g} {offset:+g} the 99th percentile of the {role} band "
                            "is {p99:.6g}: these are digital numbers, not reflectances (0–1). Set the scale and "
                            "offset that turn them into reflectance (Sentinel-2 L2A: 0.0001; Landsat Collection 2 "
                            "Level-2: 0.0000275 and −0.2), or choose the image's sensor preset."),
                         dict(how, role=high, p99=facts[high][0])))
    elif facts[high][0] < REFLECTANCE_TINY and bmap.scale < 1:
        problems.append((N_("With reflectance = DN × {scale:g} {offset:+g} no band has a 99th percentile above "
                            "{p99:.3g}: the file seems to hold reflectance already. Use the Custom sensor with "
                            "scale 1."), dict(how, p99=facts[high][0])))
    low = max(facts, key=lambda r: facts[r][1])
    share = facts[low][1]
    if share > NEGATIVE_REFUSE:
        problems.append((N_("With reflectance = DN × {scale:g} {offset:+g}, {pct:.1f}% of the {role} band is below "
                            "−0.01 reflectance, more than atmospheric-correction noise over dark water gives: this "
                            "offset does not fit the image. Choose the image's sensor preset (or the right "
                            "Sentinel-2 processing baseline), or set the offset."),
                         dict(how, role=low, pct=100.0 * share)))
    elif share > NEGATIVE_WARN:
        bmap.warnings.append((N_("With reflectance = DN × {scale:g} {offset:+g}, {pct:.1f}% of the {role} band is "
                                 "below −0.01 reflectance: check the sensor preset, the offset and the Sentinel-2 "
                                 "processing baseline."), dict(how, role=low, pct=100.0 * share)))
    for problem in problems:
        if not force:
            raise InputError("{problem} If the scale and offset are right, set FORCE_SCALING to go on.",
                             problem=Part(problem[0], **problem[1]))
        bmap.warnings.append((N_("{problem} FORCE_SCALING is set: going on with this scaling."),
                              dict(problem=problem)))
    return facts


# --- resolving a band map ---------------------------------------------------------------------------------

def _preset_bands(ds, sensor, needed, fai_narrow):
    count = ds.RasterCount
    descriptions = [ds.GetRasterBand(i).GetDescription() for i in range(1, count + 1)]
    found = find_by_description(descriptions, sensor)
    want = list(needed) + (["nir_narrow"] if fai_narrow and "nir" in needed else [])
    full = len(sensor.full_bands)
    positions = dict(sensor.positions)
    if "B8A" in sensor.full_bands:
        positions["nir_narrow"] = sensor.full_bands.index("B8A") + 1
    names = {}
    if all(r in found for r in want):
        bands = {r: found[r][0] for r in want}
        names = {r: found[r][1] for r in want}
        how = N_("bands found by their descriptions")
    elif count == full:
        clash = [r for r, (b, _) in found.items() if r in positions and positions[r] != b]
        if clash:
            raise InputError("The band descriptions of this {count}-band raster put {roles} elsewhere than the "
                             "{sensor} band order ({order}): the bands were reordered. Use the Custom sensor with "
                             "band numbers.", count=count, roles=", ".join(clash), sensor=sensor.name,
                             order=", ".join(sensor.full_bands))
        bands, how = {}, N_("the product's standard band order ({order})")
        for r in want:
            bands[r] = found[r][0] if r in found else positions[r]
            names[r] = found[r][1] if r in found else (sensor.full_bands[positions[r] - 1] if r in positions
                                                       else None)
    else:
        missing = [r for r in want if r not in found]
        if missing == ["nir_narrow"]:
            raise InputError("FAI was asked to use the narrow NIR band (B8A), but no band of this raster is "
                             "described as B8A. Use the NIR band for FAI, or add B8A to the stack.")
        seen = ", ".join("{}={} (band {})".format(r, n or r, b) for r, (b, n) in sorted(found.items(),
                                                                                       key=lambda x: x[1][0]))
        raise InputError("The {sensor} preset expects the product's band order ({full} bands: {order}) or band "
                         "descriptions naming the bands. This raster has {count} band(s); its descriptions name "
                         "{found}, not {missing}. Name the bands in their descriptions (for example 'B4'), stack "
                         "the full product, or use the Custom sensor with band numbers.",
                         sensor=sensor.name, full=full, order=", ".join(sensor.full_bands), count=count,
                         found=seen or "no band", missing=", ".join(missing))
    wl = {}
    for r in want:
        n = names.get(r)
        if n in sensor.wavelengths:
            wl[r] = sensor.wavelengths[n]
        elif r in sensor.role_bands:
            wl[r] = sensor.wavelengths[sensor.role_bands[r]]
    if fai_narrow and "nir" in needed:
        bands[NIR_FAI] = bands.pop("nir_narrow")
        wl[NIR_FAI] = wl.pop("nir_narrow", sensor.wavelengths.get("B8A"))
        names[NIR_FAI] = names.pop("nir_narrow", "B8A")
    return bands, wl, how, names


def _swir_bands(ds, sensor, bands):
    """Bands that hold B11/B12 (by description or standard position), else the mapped bands."""
    descriptions = [ds.GetRasterBand(i).GetDescription() for i in range(1, ds.RasterCount + 1)]
    found = find_by_description(descriptions, sensor)
    out = [found[r][0] for r in ("swir1", "swir2") if r in found]
    if not out and ds.RasterCount == len(sensor.full_bands):
        out = [sensor.positions["swir1"], sensor.positions["swir2"]]
    return out or sorted(set(bands.values()))


def band_map(path, sensor_index, *, custom_bands=None, scale=None, offset=None, s2_baseline=S2_AUTO,
             needed=ROLES, fai_narrow=False, check=True, force=False):
    """Resolve the roles an index or rule needs to band numbers of ``path``, with the scaling, the DN that are
    not data, and the reasons (``notes``/``warnings``) for the log.

    ``scale``/``offset`` are the Custom sensor's; None takes the file's own GDAL scale/offset.
    ``fai_narrow`` maps Sentinel-2 B8A as the NIR of FAI (role ``nir_fai``). ``force`` turns the refusal of a
    scaling that does not look like reflectance into a warning.
    """
    ds = gdal.Open(str(path))
    sensor = SENSORS[sensor_index]
    if sensor is CUSTOM:
        bmap = _custom_band_map(ds, path, custom_bands, scale, offset, needed)
    else:
        notes, warnings = [], []
        if fai_narrow and sensor is not SENTINEL2:
            notes.append((N_("FAI uses the {sensor} NIR band (its only NIR band)."), dict(sensor=sensor.name)))
        _check_landsat_id(ds, path, sensor)
        bands, wl, how_t, names = _preset_bands(ds, sensor, needed, fai_narrow and sensor is SENTINEL2)
        notes.append((N_("Bands {bands}: {how}."),
                      dict(bands=_fmt_bands(bands, names), how=(how_t, {"order": ", ".join(sensor.full_bands)}))))
        sc, off = sensor.scale, sensor.offset
        bmap = BandMap(bands, sc, off, wl, "", fill=sensor.fill + sensor.saturated,
                       valid_range=sensor.valid_range, notes=notes, warnings=warnings)
        if sensor is SENTINEL2:
            _resolve_s2_offset(ds, path, bmap, s2_baseline, _swir_bands(ds, sensor, bands))
        if bmap.valid_range:
            notes.append((N_("Not data: declared nodata, DN {fill}, and DN below {lo} or above {hi} ({sensor}: valid "
                             "range {vlo}–{vhi}, reflectance 0–1; DN down to reflectance −0.01, the noise of dark "
                             "water, are kept as data)."),
                          dict(fill=", ".join(str(v) for v in bmap.fill), lo=bmap.data_range[0],
                               hi=bmap.data_range[1], vlo=bmap.valid_range[0], vhi=bmap.valid_range[1],
                               sensor=sensor.name)))
        else:
            notes.append((N_("Not data: declared nodata and DN {fill} ({sensor})."),
                          dict(fill=", ".join(str(v) for v in bmap.fill), sensor=sensor.name)))
        bmap.how = "{}; reflectance = DN x {:g} + {:g}".format(
            how_t.format(order=", ".join(sensor.full_bands)), bmap.scale, bmap.offset)
    if check:
        check_reflectance(ds, bmap, sensor.name, force=force)
    return bmap


LANDSAT_IDS = {"LC08": LANDSAT89, "LC09": LANDSAT89, "LO08": LANDSAT89, "LO09": LANDSAT89, "LT04": LANDSAT45,
               "LT05": LANDSAT45, "LE07": LANDSAT7}


def _check_landsat_id(ds, path, sensor):
    """Refuse a Landsat preset on a file whose name or metadata carry another Landsat's product identifier
    (LT05_L2SP_…, LE07_…, LC08_…): the sensors' band numbers differ (TM SR_B4 is NIR, OLI SR_B4 is red), so
    the bands would be read as the wrong roles."""
    if sensor not in LANDSAT_IDS.values():
        return
    texts = [os.path.basename(str(path))] + list((ds.GetMetadata() or {}).values())
    for text in texts:
        for m in re.finditer(r"(?<![A-Z0-9])(L[COTE]0[4-9])_", str(text).upper()):
            found = LANDSAT_IDS.get(m.group(1))
            if found is not None and found is not sensor:
                raise InputError("The file {name} is a {found} product ({id}), but the sensor preset is {sensor}: "
                                 "their band numbers differ, so the bands would be read as the wrong roles. Choose "
                                 "the {found} preset.", name=os.path.basename(str(path)), found=found.name,
                                 id=m.group(1), sensor=sensor.name)


def _custom_band_map(ds, path, custom_bands, scale, offset, needed):
    """Custom: the band numbers given, else the bands whose descriptions name the role (blue, green, red, nir,
    swir1, swir2, as the normalised images this plugin writes); DN × scale + offset, or the file's GDAL ones."""
    count = ds.RasterCount
    notes = []
    bands = {r: int(b) for r, b in (custom_bands or {}).items() if b}
    described = {}
    if any(r not in bands for r in needed):
        descriptions = [ds.GetRasterBand(i).GetDescription() for i in range(1, count + 1)]
        described = {r: b for r, (b, _) in find_by_description(descriptions, CUSTOM).items()
                     if r in needed and r not in bands}
        bands.update(described)
    missing = [r for r in needed if r not in bands]
    if missing:
        raise InputError("Band numbers are missing for: {roles}. Set them (Custom sensor) or use a product "
                         "whose band descriptions name them.", roles=", ".join(missing))
    for role in needed:
        if not 1 <= bands[role] <= count:
            raise InputError("The raster {path} has {count} band(s), but the {role} band is set to {band}. "
                             "Check the band numbers.", path=path, count=count, role=role, band=bands[role])
    bands = {r: bands[r] for r in needed}
    if scale is None:
        pairs = {(ds.GetRasterBand(b).GetScale(), ds.GetRasterBand(b).GetOffset()) for b in bands.values()}
        pairs = {(s if s not in (None, 0) else 1.0, o or 0.0) for s, o in pairs}
        if len(pairs) > 1:
            raise InputError("The bands used declare different GDAL scales/offsets ({pairs}); set SCALE and "
                             "OFFSET.", pairs="; ".join("{:g}/{:g}".format(*p) for p in sorted(pairs)))
        sc, off_file = pairs.pop()
        off = off_file if offset is None else offset
        if (sc, off_file) != (1.0, 0.0):
            notes.append((N_("Scale {scale:g} and offset {offset:g} taken from the file's GDAL band "
                             "metadata."), dict(scale=sc, offset=off)))
    else:
        sc, off = scale, (offset or 0.0)
    if sc == 0 or not np.isfinite(sc):
        raise InputError("The scale is {scale}: every pixel would get the same reflectance and every index "
                         "would be nodata. Give the scale that turns DN into reflectance (for example 0.0001).",
                         scale=sc)
    if sc < 0:
        raise InputError("The scale is negative ({scale}); reflectance = DN × scale + offset needs a positive "
                         "scale.", scale=sc)
    how = "custom band numbers, reflectance = DN x {:g} + {:g}".format(sc, off)
    notes.insert(0, (N_("Custom bands {bands}; reflectance = DN × {scale:g} {offset:+g}."),
                     dict(bands=_fmt_bands(bands, {}), scale=sc, offset=off)))
    if described:
        notes.insert(1, (N_("Custom bands found by their descriptions: {roles}."),
                         dict(roles=", ".join(described))))
    return BandMap(bands, sc, off, dict(CUSTOM.wavelengths), how, notes=notes)


def _fmt_bands(bands, names):
    return ", ".join("{}=band {}{}".format(r, b, " ({})".format(names[r]) if names.get(r) else "")
                     for r, b in bands.items())


def _resolve_s2_offset(ds, path, bmap, s2_baseline, swir):
    data_add, facts = _s2_offset_from_data(ds, swir)
    declared = _declared_offset(ds, path, sorted(set(bmap.bands.values())))
    if s2_baseline == S2_FROM_0400:
        add, why = S2_OFFSET_DN, (N_("set by the processing baseline parameter (04.00 or later)"), {})
    elif s2_baseline == S2_BEFORE_0400:
        add, why = 0.0, (N_("set by the processing baseline parameter (before 04.00)"), {})
    elif declared is not None:
        add, why = declared[0], (declared[1], {"value": declared[0]})
    elif data_add is not None:
        if data_add == 0.0:
            why = (N_("no offset metadata; decided from the data: {share:.1f}% of the SWIR values are below 500 "
                      "DN, which the −1000 offset would make clearly negative reflectance"), facts)
        else:
            why = (N_("no offset metadata; decided from the data: no SWIR value is far below 1000 DN and the "
                      "darkest 1% sit at {floor:.0f} DN, the zero of the −1000 offset (processing baseline 04.00 "
                      "or later)"), facts)
        add = data_add
    else:
        raise InputError("The Sentinel-2 offset cannot be decided: the file carries no BOA_ADD_OFFSET or "
                         "processing baseline, and its SWIR bands have no dark water to tell (darkest 1% at "
                         "{floor:.0f} DN). Set the Sentinel-2 processing baseline (S2_BASELINE=1 before 04.00, "
                         "S2_BASELINE=2 for 04.00 or later, including the 2015–2021 Collection-1 reprocessing).",
                         floor=facts.get("floor", float("nan")))
    bmap.offset = add * bmap.scale
    template, fields = why
    bmap.notes.append((N_("Sentinel-2 offset {add:g} DN: reflectance = (DN {sign} {abs:g}) / 10000 ({why})."),
                       dict(add=add, sign="−" if add < 0 else "+", abs=abs(add), why=(template, fields))))
    if data_add is not None and data_add != add:
        if add == 0.0:
            bmap.warnings.append((N_("The data contradict the Sentinel-2 offset in use (none): no SWIR value is far "
                                     "below 1000 DN and the darkest 1% sit at {floor:.0f} DN, the mark of the −1000 "
                                     "offset of processing baseline 04.00 or later; reflectance would be about 0.1 "
                                     "too high. Check S2_BASELINE."), facts))
        else:
            bmap.warnings.append((N_("The data contradict the Sentinel-2 offset in use (−1000): {share:.1f}% of the "
                                     "SWIR values are below 500 DN and would be negative reflectance; the image "
                                     "looks like processing baseline before 04.00. Check S2_BASELINE."), facts))


def render(note, translate=None):
    """A (template, fields) note as text; a field that is itself a (template, fields) pair is rendered too."""
    template, fields = note
    tr = translate or (lambda s: s)
    done = {k: (render(v, translate) if isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], str) else v)
            for k, v in fields.items()}
    text = tr(template)
    try:
        return text.format(**done)
    except (KeyError, IndexError, ValueError):
        return template.format(**done)
