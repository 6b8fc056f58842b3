"""Carbon density tables: one row per habitat class (and climate zone), every number with a source.

A table may carry, besides the required columns:

- ``climate_zone``: ``tropical_wet``, ``tropical_dry`` or ``subtropical``; a row
  with a zone holds only for areas in that zone, a row without one everywhere
  else. A class may have one row per zone plus one without a zone.
- ``dist`` and ``<column>_dist``: the distribution of the Monte Carlo draws of
  the row's bounded columns (see montecarlo.py); ``<column>_dist`` overrides
  ``dist`` for one column. Empty: ``auto``.
- ``verified``: how the row's values were checked against their source.
"""
import difflib
import json
import os
from dataclasses import dataclass, field

from ..errors import InputError, N_
from ..tables import DATA_DIR, bounds, number, read_rows
from .montecarlo import DISTRIBUTIONS

POOLS = ("agb_tc_ha", "bgb_tc_ha", "dead_tc_ha", "soil_tc_ha")
RATE = "seq_tc_ha_yr"
NUMERIC = POOLS + (RATE,)
REQUIRED = ("class_value", "class_name") + NUMERIC + ("source",)

TROPICAL_WET, TROPICAL_DRY, SUBTROPICAL = "tropical_wet", "tropical_dry", "subtropical"
ZONES = (TROPICAL_WET, TROPICAL_DRY, SUBTROPICAL)
ZONE_LABELS = {TROPICAL_WET: N_("tropical wet"), TROPICAL_DRY: N_("tropical dry"), SUBTROPICAL: N_("subtropical")}
TROPIC_LAT = 23.44  # latitude of the tropics of Cancer and Capricorn (degrees)

MANGROVE = 3
DEFAULT_TABLE = os.path.join(DATA_DIR, "densities_ipcc2013_tier1.csv")
COUNTRY_TABLE = os.path.join(DATA_DIR, "mangrove_country_densities.csv")
COUNTRY_POOLS = ("agb_tc_ha", "bgb_tc_ha", "soil_tc_ha")


@dataclass
class DensityRow:
    class_value: int
    class_name: str
    values: dict
    lo: dict = field(default_factory=dict)
    hi: dict = field(default_factory=dict)
    source: str = ""
    climate_zone: str = ""          # "" = every zone
    dist: dict = field(default_factory=dict)   # column -> distribution name ("auto" when absent)
    verified: str = ""
    density_source: str = ""        # short label of the density set (OUTPUT_TABLE density_source)

    @property
    def stock_tc_ha(self):
        return sum(self.values[p] for p in POOLS)

    @property
    def key(self):
        return (self.class_value, self.climate_zone)


@dataclass
class DensityTable:
    path: str
    entries: dict  # (class_value, climate_zone or "") -> DensityRow
    country: dict = None        # the COUNTRY row applied, if any
    tier1: dict = None          # the mangrove rows replaced by the country, key -> DensityRow

    @property
    def rows(self):
        """One row per class: the row without a zone, else the first zoned row (names, sources)."""
        out = {}
        for (cv, zone), row in sorted(self.entries.items()):
            if cv not in out or zone == "":
                out[cv] = row
        return out

    def names(self):
        return {k: r.class_name for k, r in self.rows.items()}

    @property
    def has_zones(self):
        return any(z for _, z in self.entries)

    def row(self, class_value, zone=""):
        return self.entries.get((class_value, zone)) or self.entries.get((class_value, ""))

    def classes(self):
        return {cv for cv, _ in self.entries}


WHAT = N_("density table")


def _label(path):
    if os.path.abspath(path) == os.path.abspath(DEFAULT_TABLE):
        return "IPCC 2013 Tier 1"
    return "table " + os.path.basename(path)


def read_density_table(path=None):
    """Read and check a density CSV; None reads the shipped default."""
    path = path or DEFAULT_TABLE
    header, records = read_rows(path, REQUIRED, WHAT)
    entries = {}
    label = _label(path)
    for row_no, rec in records:
        cv_text = rec.get("class_value", "")
        cv = number(cv_text, row_no, "class_value", WHAT)
        if cv != int(cv):
            raise InputError("Density table row {row}: class_value '{value}' is not an integer.",
                             row=row_no, value=cv_text)
        cv = int(cv)
        zone = rec.get("climate_zone", "").strip().lower().replace(" ", "_")
        if zone and zone not in ZONES:
            raise InputError("Density table row {row}: climate_zone '{value}' is not one of {zones} (or empty for "
                             "every zone).", row=row_no, value=rec.get("climate_zone"), zones=", ".join(ZONES))
        if (cv, zone) in entries:
            raise InputError("Density table row {row}: class {value} appears twice.", row=row_no, value=cv)
        values, lo, hi, dist = {}, {}, {}, {}
        row_dist = rec.get("dist", "").strip().lower()
        for col in NUMERIC:
            v = number(rec.get(col, ""), row_no, col, WHAT)
            if v < 0:
                raise InputError("Density table row {row}, column '{column}': densities cannot be negative ({value}).",
                                 row=row_no, column=col, value=v)
            values[col] = v
            lv, hv = bounds(rec, col, v, row_no, WHAT)
            if lv is not None:
                lo[col], hi[col] = lv, hv
            d = rec.get(col + "_dist", "").strip().lower() or row_dist
            if d:
                if d not in DISTRIBUTIONS:
                    raise InputError("Density table row {row}: distribution '{value}' is not one of {names}.",
                                     row=row_no, value=d, names=", ".join(DISTRIBUTIONS))
                dist[col] = d
        zone_label = " ({})".format(zone.replace("_", " ")) if zone else ""
        entries[(cv, zone)] = DensityRow(cv, rec.get("class_name", ""), values, lo, hi, rec.get("source", ""),
                                         zone, dist, rec.get("verified", ""), label + zone_label)
    return DensityTable(path=path, entries=entries)


def zone_of_latitude(lat, tropical=TROPICAL_WET):
    """IPCC mangrove climate zone from latitude: inside the tropics ``tropical``, else subtropical."""
    return tropical if abs(lat) <= TROPIC_LAT else SUBTROPICAL


# ---------------------------------------------------------------- country densities (Tier 2 from mapped data)

def read_country_table(path=None):
    path = path or COUNTRY_TABLE
    _, records = read_rows(path, ("iso", "country", "country_zh") + COUNTRY_POOLS + ("source", "verified"),
                           N_("country density table"))
    out = []
    for row_no, rec in records:
        rec = dict(rec)
        for col in COUNTRY_POOLS:
            rec[col] = number(rec[col], row_no, col, N_("country density table"))
        out.append(rec)
    return out


def _norm(text):
    return " ".join(str(text).replace("&", "and").replace(".", "").replace("'", "").lower().split())


def _iso_names():
    """{normalised name or code: English name} of every ISO 3166 country known to the system (iso-codes), or {}."""
    path = "/usr/share/iso-codes/json/iso_3166-1.json"
    names = {}
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)["3166-1"]
    except (OSError, ValueError, KeyError):
        return names
    zh = None
    try:
        import gettext
        zh = gettext.translation("iso_3166-1", languages=["zh_CN"])
    except OSError:
        pass
    for c in data:
        name = c.get("common_name") or c["name"]
        for key in (c["alpha_3"], c["alpha_2"], c["name"], c.get("common_name"), c.get("official_name")):
            if key:
                names[_norm(key)] = name
                if zh is not None:
                    names[_norm(zh.gettext(key))] = name
    return names


ALIASES = {"中华人民共和国": "CHN", "prc": "CHN", "peoples republic of china": "CHN", "usa": "USA",
           "united states of america": "USA", "viet nam": "VNM", "台湾": "TWN", "中国台湾省": "TWN",
           "congo drc": "COD", "democratic republic of the congo": "COD"}


def find_country(text, rows=None):
    """The country table row for an ISO 3166 alpha-3 code or an English or Chinese name.

    Returns (row, None), or (None, message fields) for a known country that the
    table does not list (no mangroves in it); raises InputError with the closest
    names for an unknown one.
    """
    rows = rows if rows is not None else read_country_table()
    wanted = _norm(text)
    wanted = _norm(ALIASES.get(wanted, ALIASES.get(str(text).strip(), wanted)))
    index = {}
    for r in rows:
        for key in (r["iso"], r["country"], r["country_zh"]):
            if key and key != "-":
                index[_norm(key)] = r
    if wanted in index:
        return index[wanted], None
    known = _iso_names()
    if wanted in known:
        return None, dict(country=known[wanted])
    choices = [r["country"] for r in rows] + [r["country_zh"] for r in rows] + [r["iso"] for r in rows if r["iso"] != "-"]
    close = difflib.get_close_matches(str(text).strip(), choices, n=4, cutoff=0.5) or \
        difflib.get_close_matches(str(text).strip().title(), choices, n=4, cutoff=0.5)
    raise InputError("Unknown country '{value}'. Give an ISO 3166 alpha-3 code or the English or Chinese name of a "
                     "country in the mangrove table {path}; closest names: {close}.",
                     value=text, path=COUNTRY_TABLE, close=", ".join(close) or "none")


def apply_country(table, country):
    """A copy of ``table`` whose mangrove rows hold the country's AGB, BGB and soil densities.

    The accumulation rate and dead organic matter stay those of the table's
    rows (the country table has none). The country table has no bounds: each
    pool keeps the relative range (lo/value, hi/value) of the row it replaces,
    around the country value, with the same distribution.
    """
    entries = dict(table.entries)
    replaced = {k: r for k, r in entries.items() if k[0] == MANGROVE}
    if not replaced:
        raise InputError("The density table {path} has no mangrove row (class {cls}); a country's mangrove densities "
                         "replace that row.", path=table.path, cls=MANGROVE)
    label = "{} {} ({})".format(country["iso"], country["country"], "Mangrove Carbon App, " + country.get("year", ""))
    for key, base in replaced.items():
        values, lo, hi = dict(base.values), {}, {}
        for col in COUNTRY_POOLS:
            values[col] = country[col]
        for col in NUMERIC:
            if col in base.lo and base.values[col] > 0:
                lo[col] = values[col] * base.lo[col] / base.values[col]
                hi[col] = values[col] * base.hi[col] / base.values[col]
        source = "AGB, BGB, soil: {}. Accumulation rate and dead organic matter: {} row ({}).".format(
            country["source"], base.density_source, base.source)
        verified = "Country densities: {} Bounds: none in the country table; the relative range of the {} row is " \
                   "kept around the country value. Accumulation rate: {}".format(
                       country["verified"], base.density_source, base.verified or "as in that row")
        entries[key] = DensityRow(base.class_value, base.class_name, values, lo, hi, source, base.climate_zone,
                                  dict(base.dist), verified, label)
    return DensityTable(path=table.path, entries=entries, country=country, tier1=replaced)
