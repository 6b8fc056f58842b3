"""Carbon removed by harvested shellfish and seaweed, and offset balances.

Bivalves: C = Y x dry_wet_ratio x (shell_fraction x shell_c + tissue_fraction x tissue_c)
Seaweed:  C = Y x dry_wet_ratio x c_fraction
CO2e = C x 44/12; Y is the harvest in t fresh weight per year.

Methods for bivalves:
0 shell + tissue carbon (Chinese marine-industry accounting, e.g. HY/T 0305-2021);
1 tissue carbon only (conservative);
2 shell + tissue, net of the CO2 released by calcification: shell carbon x (1 - psi),
  psi = mol CO2 released per mol CaCO3 precipitated (about 0.6 in present-day
  seawater, Frankignoulle, Canon & Gattuso 1994, Limnology and Oceanography 39: 458-462).
"""
import difflib
import os
import unicodedata
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError, N_
from .montecarlo import draw, interval
from .stocks import CO2_PER_C
from ..tables import DATA_DIR, bounds, number, read_rows

DEFAULT_TABLE = os.path.join(DATA_DIR, "mariculture_coefficients.csv")
WHAT = N_("coefficient table")
REQUIRED = ("species", "group", "dry_wet_ratio", "source")
FRACTIONS = ("dry_wet_ratio", "shell_fraction", "tissue_fraction", "shell_c", "tissue_c", "c_fraction")
BIVALVE_COLS = ("dry_wet_ratio", "shell_fraction", "tissue_fraction", "shell_c", "tissue_c")
SEAWEED_COLS = ("dry_wet_ratio", "c_fraction")
SHELL_AND_TISSUE, TISSUE_ONLY, NET_OF_CALCIFICATION = 0, 1, 2
CALCIFICATION_PSI = 0.6


def normalise(name):
    return unicodedata.normalize("NFKC", str(name or "")).strip().casefold()


@dataclass
class Species:
    name: str
    latin: str
    group: str
    values: dict
    lo: dict = field(default_factory=dict)
    hi: dict = field(default_factory=dict)
    source: str = ""

    def carbon_per_t(self, method, psi, values=None):
        """t C per t fresh weight (``values`` may be arrays of Monte Carlo draws)."""
        v = values or self.values
        if self.group == "seaweed":
            return v["dry_wet_ratio"] * v["c_fraction"]
        shell = v["shell_fraction"] * v["shell_c"]
        tissue = v["tissue_fraction"] * v["tissue_c"]
        if method == TISSUE_ONLY:
            shell = 0.0 * shell
        elif method == NET_OF_CALCIFICATION:
            shell = shell * (1.0 - psi)
        return v["dry_wet_ratio"] * (shell + tissue)


@dataclass
class CoefficientTable:
    path: str
    species: dict   # canonical name -> Species
    aliases: dict   # normalised alias -> canonical name

    def lookup(self, name):
        key = normalise(name)
        if key in self.aliases:
            return self.species[self.aliases[key]]
        known = sorted(self.species)
        near = difflib.get_close_matches(key, list(self.aliases), n=3, cutoff=0.5)
        near = sorted({self.aliases[n] for n in near})
        if near:
            raise InputError("Unknown species '{name}'. Known species: {known}. Did you mean: {near}?", name=name,
                             known=", ".join(known), near=", ".join(near))
        raise InputError("Unknown species '{name}'. Known species: {known}.", name=name, known=", ".join(known))


def read_coefficients(path=None):
    path = path or DEFAULT_TABLE
    header, records = read_rows(path, REQUIRED, WHAT)
    species, aliases = {}, {}
    for row_no, rec in records:
        name = rec["species"]
        if not name:
            raise InputError("Row {row} of the {what} has no species name.", row=row_no, what=WHAT)
        group = normalise(rec["group"])
        if group not in ("bivalve", "seaweed"):
            raise InputError("Row {row} of the {what}: group must be 'bivalve' or 'seaweed', not '{value}'.",
                             row=row_no, what=WHAT, value=rec["group"])
        cols = BIVALVE_COLS if group == "bivalve" else SEAWEED_COLS
        values, lo, hi = {}, {}, {}
        for col in cols:
            if col not in header or rec.get(col, "") == "":
                raise InputError("Row {row} of the {what} ({name}, {group}) needs a value in column '{column}'.",
                                 row=row_no, what=WHAT, name=name, group=group, column=col)
            v = number(rec[col], row_no, col, WHAT)
            if not 0 <= v <= 1:
                raise InputError("Row {row} of the {what}, column '{column}': {value} is not a fraction between 0 "
                                 "and 1.", row=row_no, what=WHAT, column=col, value=v)
            values[col] = v
            lv, hv = bounds(rec, col, v, row_no, WHAT)
            if lv is not None:
                if hv > 1:
                    raise InputError("Row {row} of the {what}, column '{column}_hi': {value} is not a fraction "
                                     "between 0 and 1.", row=row_no, what=WHAT, column=col, value=hv)
                lo[col], hi[col] = lv, hv
        if group == "bivalve" and values["shell_fraction"] + values["tissue_fraction"] > 1.0 + 1e-9:
            raise InputError("Row {row} of the {what} ({name}): shell and tissue fractions add up to {total}, more "
                             "than 1.", row=row_no, what=WHAT, name=name,
                             total=values["shell_fraction"] + values["tissue_fraction"])
        canon = normalise(name)
        if canon in species:
            raise InputError("Row {row} of the {what}: species {name} appears twice.", row=row_no, what=WHAT,
                             name=name)
        species[canon] = Species(name, rec.get("species_latin", ""), group, values, lo, hi, rec.get("source", ""))
        for alias in [name, rec.get("species_latin", "")] + rec.get("aliases", "").split(";"):
            if alias.strip():
                aliases[normalise(alias)] = canon
    return CoefficientTable(path=path, species=species, aliases=aliases)


@dataclass
class ZoneRemoval:
    species: str
    yield_t: float
    removal_tc: float
    removal_tco2e_lo: float = None
    removal_tco2e_hi: float = None

    @property
    def removal_tco2e(self):
        return self.removal_tc * CO2_PER_C


def removals(table, species_names, yields, *, method=SHELL_AND_TISSUE, psi=CALCIFICATION_PSI, iterations=1000,
             seed=1):
    """Removal of each zone (species name and yield in t fresh weight per year), with Monte Carlo intervals.

    Each species' coefficients are drawn once per iteration and shared by every zone farming it.
    """
    if not 0 <= psi <= 1:
        raise InputError("The calcification ratio must be between 0 and 1 (got {value}).", value=psi)
    sp = [table.lookup(n) for n in species_names]
    out = []
    for s, y in zip(sp, yields):
        out.append(ZoneRemoval(s.name, float(y), float(y) * float(s.carbon_per_t(method, psi))))
    if iterations and iterations > 0 and out:
        rng = np.random.default_rng(seed)
        per_t = {}
        for canon in sorted(table.species):
            s = table.species[canon]
            draws = {c: draw(s.values[c], s.lo.get(c), s.hi.get(c), iterations, rng) for c in s.values}
            per_t[s.name] = np.asarray(s.carbon_per_t(method, psi, draws)) * np.ones(iterations)
        samples = np.vstack([per_t[z.species] * z.yield_t * CO2_PER_C for z in out])
        lo, hi = interval(samples)
        total_lo, total_hi = interval(samples.sum(axis=0))
        for z, a, b in zip(out, lo, hi):
            z.removal_tco2e_lo, z.removal_tco2e_hi = float(a), float(b)
        return out, (float(total_lo), float(total_hi))
    return out, (None, None)


# ---- offset balance -------------------------------------------------------------------------------------

EMISSION_WHAT = N_("emission table")
EMISSION_REQUIRED = ("source", "activity", "unit", "emission_factor", "ef_unit", "ef_source")
MASS_PREFIX = {"t": 1.0, "kg": 1e-3, "g": 1e-6, "mt": 1e6}


def ef_to_tonnes(ef_unit, row_no):
    """Factor turning an emission factor's mass unit into t CO2e ('kg CO2e/kWh' -> 0.001)."""
    head = normalise(ef_unit).replace(" ", "")
    for prefix in sorted(MASS_PREFIX, key=len, reverse=True):
        if head.startswith(prefix + "co2"):
            return MASS_PREFIX[prefix]
    raise InputError("Row {row} of the {what}: ef_unit '{unit}' must start with the mass of CO2e, such as "
                     "'kg CO2e/kWh' or 't CO2e/night'.", row=row_no, what=EMISSION_WHAT, unit=ef_unit)


def read_emissions(path):
    """Emission lines: (source, activity, unit, factor, ef_unit, ef_source, t CO2e)."""
    _, records = read_rows(path, EMISSION_REQUIRED, EMISSION_WHAT)
    lines = []
    for row_no, rec in records:
        for col in ("activity", "emission_factor"):
            if rec[col] == "":
                raise InputError("Row {row} of the {what} ({source}) has no {column}.", row=row_no,
                                 what=EMISSION_WHAT, source=rec["source"], column=col)
        activity = number(rec["activity"], row_no, "activity", EMISSION_WHAT)
        factor = number(rec["emission_factor"], row_no, "emission_factor", EMISSION_WHAT)
        if activity < 0 or factor < 0:
            raise InputError("Row {row} of the {what} ({source}): activity and emission factor cannot be negative.",
                             row=row_no, what=EMISSION_WHAT, source=rec["source"])
        if not rec["ef_source"]:
            raise InputError("Row {row} of the {what} ({source}) gives no ef_source; every emission factor needs "
                             "its source.", row=row_no, what=EMISSION_WHAT, source=rec["source"])
        t = activity * factor * ef_to_tonnes(rec["ef_unit"], row_no)
        lines.append((rec["source"], activity, rec["unit"], factor, rec["ef_unit"], rec["ef_source"], t))
    return lines


@dataclass
class Balance:
    emissions_t: float
    sink_t_yr: float
    sink_t_yr_lo: float
    sink_t_yr_hi: float
    period_years: float
    buffer_percent: float

    def credited(self, sink):
        return sink * self.period_years * (1 - self.buffer_percent / 100.0)

    @property
    def credited_t(self):
        return self.credited(self.sink_t_yr)

    def coverage(self, sink):
        return float("inf") if self.emissions_t == 0 else 100.0 * self.credited(sink) / self.emissions_t

    @property
    def coverage_percent(self):
        return self.coverage(self.sink_t_yr)

    @property
    def surplus_t(self):
        return self.credited_t - self.emissions_t


def balance(emissions_t, sink_t_yr, sink_lo, sink_hi, period_years=1.0, buffer_percent=0.0):
    if emissions_t < 0:
        raise InputError("The emission must not be negative (got {value} t CO2e).", value=emissions_t)
    if period_years <= 0:
        raise InputError("The crediting period must be positive (got {value} years).", value=period_years)
    if not 0 <= buffer_percent < 100:
        raise InputError("The buffer must be between 0 and 100 percent (got {value}).", value=buffer_percent)
    return Balance(emissions_t, sink_t_yr, sink_lo if sink_lo is not None else sink_t_yr,
                   sink_hi if sink_hi is not None else sink_t_yr, period_years, buffer_percent)


def to_close(deficit_t, species, method, psi, period_years, buffer_percent, yield_per_ha=None):
    """Extra harvest (t fresh weight per year) and farmed area (ha) of a species that closes a deficit."""
    if deficit_t <= 0:
        return 0.0, 0.0 if yield_per_ha else None
    per_t = species.carbon_per_t(method, psi) * CO2_PER_C * period_years * (1 - buffer_percent / 100.0)
    if per_t <= 0:
        return None, None
    extra = deficit_t / per_t
    return extra, (extra / yield_per_ha if yield_per_ha else None)
