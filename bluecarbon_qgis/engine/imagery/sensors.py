"""Band layouts and reflectance scaling of the sensors the plugin knows.

Reflectance = DN x scale + offset.
- Sentinel-2 Level-2A: DN / 10000 up to processing baseline 03.xx; from
  baseline 04.00 (products from 25 January 2022) DN carries BOA_ADD_OFFSET
  = -1000, so reflectance = (DN - 1000) / 10000.
- Landsat 8/9 Collection 2 Level-2 surface reflectance: DN x 0.0000275 - 0.2.
"""
import re
from dataclasses import dataclass

from osgeo import gdal

from ..errors import InputError

ROLES = ("blue", "green", "red", "nir", "swir1", "swir2")
S2_BEFORE_0400, S2_FROM_0400, S2_AUTO = "before_0400", "from_0400", "auto"


@dataclass
class Sensor:
    name: str
    # default 1-based positions in the product's full band stack
    positions: dict
    # tokens that identify each role in band descriptions
    tokens: dict
    # band-centre wavelengths (nm) used by FAI
    wavelengths: dict
    scale: float = 1.0
    offset: float = 0.0


SENTINEL2 = Sensor(
    "Sentinel-2 Level-2A",
    # L2A stack B1,B2,B3,B4,B5,B6,B7,B8,B8A,B9,B11,B12
    positions={"blue": 2, "green": 3, "red": 4, "nir": 8, "swir1": 11, "swir2": 12},
    tokens={"blue": ("B2", "B02"), "green": ("B3", "B03"), "red": ("B4", "B04"), "nir": ("B8", "B08"),
            "swir1": ("B11",), "swir2": ("B12",)},
    wavelengths={"red": 665.0, "nir": 842.0, "swir1": 1610.0},
    scale=1e-4, offset=0.0)

LANDSAT89 = Sensor(
    "Landsat 8/9 Collection 2 Level-2",
    # SR_B1..SR_B7
    positions={"blue": 2, "green": 3, "red": 4, "nir": 5, "swir1": 6, "swir2": 7},
    tokens={"blue": ("SR_B2", "B2"), "green": ("SR_B3", "B3"), "red": ("SR_B4", "B4"), "nir": ("SR_B5", "B5"),
            "swir1": ("SR_B6", "B6"), "swir2": ("SR_B7", "B7")},
    wavelengths={"red": 654.6, "nir": 864.7, "swir1": 1608.9},
    scale=0.0000275, offset=-0.2)

CUSTOM = Sensor("Custom", positions={}, tokens={}, wavelengths={"red": 665.0, "nir": 842.0, "swir1": 1610.0})

SENSORS = (SENTINEL2, LANDSAT89, CUSTOM)
ROLE_WORDS = {"blue": "blue", "green": "green", "red": "red", "nir": "nir", "swir1": "swir1", "swir2": "swir2"}


@dataclass
class BandMap:
    """Which band holds each role, and how DN become reflectance."""
    bands: dict          # role -> 1-based band number
    scale: float
    offset: float
    wavelengths: dict
    how: str             # one line for logs and reports

    def to_dict(self):
        return {"bands": self.bands, "scale": self.scale, "offset": self.offset, "wavelengths": self.wavelengths}


def _desc_tokens(desc):
    return set(t.upper() for t in re.split(r"[^A-Za-z0-9_]+", desc or "") if t)


def find_by_description(descriptions, sensor):
    """Roles found in band descriptions ('B4 red', 'SR_B5', 'nir'...), 1-based."""
    found = {}
    for i, desc in enumerate(descriptions, start=1):
        toks = _desc_tokens(desc)
        for role in ROLES:
            names = set(t.upper() for t in sensor.tokens.get(role, ())) | {ROLE_WORDS[role].upper()}
            if role == "nir":
                names |= {"NIR", "B8"} if sensor is SENTINEL2 else {"NIR"}
            if toks & names and role not in found:
                found[role] = i
    return found


def s2_offset_from_metadata(ds):
    """-1000 when band metadata declare BOA_ADD_OFFSET (baseline 04.00), 0 when they declare none, else None."""
    for i in range(1, ds.RasterCount + 1):
        md = ds.GetRasterBand(i).GetMetadata() or {}
        for key, value in md.items():
            if "ADD_OFFSET" in key.upper():
                try:
                    return float(value)
                except ValueError:
                    pass
    md = ds.GetMetadata() or {}
    for key, value in md.items():
        if "PROCESSING_BASELINE" in key.upper():
            try:
                return -1000.0 if float(value) >= 4.0 else 0.0
            except ValueError:
                pass
    return None


def band_map(path, sensor_index, *, custom_bands=None, scale=1.0, offset=0.0, s2_baseline=S2_AUTO,
             needed=ROLES):
    """Resolve the roles an index or rule needs to band numbers of ``path``, with the scaling."""
    ds = gdal.Open(str(path))
    count = ds.RasterCount
    sensor = SENSORS[sensor_index]
    if sensor is CUSTOM:
        bands = {r: int(b) for r, b in (custom_bands or {}).items() if b}
        how = "custom band numbers, reflectance = DN x {} + {}".format(scale, offset)
        sc, off = scale, offset
    else:
        descriptions = [ds.GetRasterBand(i).GetDescription() for i in range(1, count + 1)]
        by_desc = find_by_description(descriptions, sensor)
        if all(r in by_desc for r in needed):
            bands, how = by_desc, "bands found by their descriptions"
        else:
            bands, how = dict(sensor.positions), "the product's standard band order"
        sc, off = sensor.scale, sensor.offset
        if sensor is SENTINEL2:
            add = None
            if s2_baseline == S2_FROM_0400:
                add = -1000.0
            elif s2_baseline == S2_BEFORE_0400:
                add = 0.0
            else:
                add = s2_offset_from_metadata(ds)
                if add is None:
                    add = 0.0
                    how += "; no BOA_ADD_OFFSET in the metadata: baseline before 04.00 assumed (DN/10000)"
            off = add * sc
        how += "; reflectance = DN x {:g} + {:g}".format(sc, off)
    missing = [r for r in needed if r not in bands]
    if missing:
        raise InputError("Band numbers are missing for: {roles}. Set them (Custom sensor) or use a product "
                         "whose band descriptions name them.", roles=", ".join(missing))
    for role in needed:
        if not 1 <= bands[role] <= count:
            raise InputError("The raster {path} has {count} band(s), but the {role} band is set to {band}. "
                             "Check the sensor preset or the band numbers.", path=path, count=count, role=role,
                             band=bands[role])
    return BandMap(bands={r: bands[r] for r in needed}, scale=sc, offset=off,
                   wavelengths=dict(sensor.wavelengths), how=how)
