"""Carbon removed by harvested shellfish and seaweed.

Bivalves: C = Y x dry_wet_ratio x (shell_fraction x shell_c + tissue_fraction x tissue_c)
Seaweed:  C = Y x dry_wet_ratio x c_fraction
CO2e = C x 44/12; Y is the harvest in t fresh weight per year. Shares are of dry weight.

Methods for bivalves, each the arithmetic of a named accounting practice:

0 shell + tissue carbon: the Chinese marine-industry accounting of shellfish carbon sinks, which counts the
  carbon of shell and soft tissue removed by harvest (Zhang, Fang & Tang 2005, Advances in Earth Science 20:
  359-365; Tang, Zhang & Fang 2011, Marine Ecology Progress Series 424: 97-104; HY/T 0305-2021);
1 tissue carbon only: the soft-tissue term of method 0 alone, leaving out shell carbon (conservative);
2 net of calcification: tissue carbon - psi x shell carbon. Building a shell from seawater bicarbonate releases
  psi mol CO2 per mol CaCO3 precipitated (Frankignoulle, Canon & Gattuso 1994, Limnology and Oceanography 39:
  458-462; about 0.6 in present-day seawater), and the shell's own carbon comes from the water, not the air, so
  the calcification literature counts shell formation as a CO2 source (Munari, Rossetti & Mistri 2013, Marine
  Environmental Research 92: 264-267; Filgueira et al. 2015, Marine Ecology Progress Series 518: 281-287).
  The result can be negative: the farm is then a net CO2 source.

Monte Carlo: coefficients with _lo/_hi bounds are drawn with montecarlo.draw (the row's ``dist`` says how),
once per species per iteration (shared by every zone farming it). Every coefficient is a fraction: draws
outside [0, 1] are drawn again (a distribution truncated to [0, 1]). Shell and tissue shares that add up to 1
are drawn jointly: the shell share is drawn (or the tissue share, when only it has bounds) and the other is
1 minus it; shares that do not add up to 1 are drawn separately and scaled down where they would exceed 1.
"""
import difflib
import os
import unicodedata
from collections import namedtuple
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError, N_
from .montecarlo import DISTRIBUTIONS, draw, has_bounds, interval
from .stocks import CO2_PER_C
from ..tables import DATA_DIR, bounds, number, read_rows

DEFAULT_TABLE = os.path.join(DATA_DIR, "mariculture_coefficients.csv")
WHAT = N_("coefficient table")
REQUIRED = ("species", "group", "dry_wet_ratio", "source")
BIVALVE_COLS = ("dry_wet_ratio", "shell_fraction", "tissue_fraction", "shell_c", "tissue_c")
SEAWEED_COLS = ("dry_wet_ratio", "c_fraction")
COEFFICIENT_COLS = ("dry_wet_ratio", "shell_fraction", "tissue_fraction", "shell_c", "tissue_c", "c_fraction")
SHELL_AND_TISSUE, TISSUE_ONLY, NET_OF_CALCIFICATION = 0, 1, 2
CALCIFICATION_PSI = 0.6
METHOD_NAMES = (N_("shell + tissue carbon (Chinese marine-industry accounting)"),
                N_("tissue carbon only (conservative)"),
                N_("tissue carbon − ψ × shell carbon (calcification as a CO2 source: Munari et al. 2013, "
                   "Filgueira et al. 2015)"))
SHARE_TOLERANCE = 1e-6
NO_INTERVAL = N_("no interval: the coefficients have no uncertainty bounds")

Interval = namedtuple("Interval", "lo median hi")


def normalise(name):
    return unicodedata.normalize("NFKC", str(name or "")).strip().casefold()


def _fraction_draws(value, lo, hi, n, rng, dist):
    """Draws of a fraction, truncated to [0, 1] by drawing again the draws that fall outside."""
    out = np.array(draw(value, lo, hi, n, rng, dist), dtype=float)
    for _ in range(200):
        bad = (out < 0) | (out > 1)
        if not bad.any():
            return out
        out[bad] = draw(value, lo, hi, int(bad.sum()), rng, dist)
    return np.clip(out, 0.0, 1.0)


@dataclass
class Species:
    name: str
    latin: str
    group: str
    values: dict
    lo: dict = field(default_factory=dict)
    hi: dict = field(default_factory=dict)
    source: str = ""
    verified: str = ""
    bounds_source: str = ""
    dist: dict = field(default_factory=dict)
    available: bool = True

    @property
    def has_bounds(self):
        return any(has_bounds(self.values[c], self.lo.get(c), self.hi.get(c)) for c in self.values)

    def carbon_per_t(self, method=SHELL_AND_TISSUE, psi=CALCIFICATION_PSI, values=None):
        """t C per t fresh weight (``values`` may hold arrays of Monte Carlo draws)."""
        v = values or self.values
        if self.group == "seaweed":
            return v["dry_wet_ratio"] * v["c_fraction"]
        shell = v["shell_fraction"] * v["shell_c"]
        tissue = v["tissue_fraction"] * v["tissue_c"]
        if method == TISSUE_ONLY:
            return v["dry_wet_ratio"] * tissue
        if method == NET_OF_CALCIFICATION:
            return v["dry_wet_ratio"] * (tissue - psi * shell)
        return v["dry_wet_ratio"] * (shell + tissue)

    def _draw(self, col, n, rng):
        return _fraction_draws(self.values[col], self.lo.get(col), self.hi.get(col), n, rng, self.dist.get(col))

    def draws(self, n, rng):
        """Monte Carlo draws of every coefficient (fixed ones repeated), fractions kept in [0, 1]."""
        out = {c: self._draw(c, n, rng) for c in self.values if c not in ("shell_fraction", "tissue_fraction")}
        if self.group != "bivalve":
            return out
        s, t = self.values["shell_fraction"], self.values["tissue_fraction"]
        if abs(s + t - 1.0) <= SHARE_TOLERANCE:
            if has_bounds(s, self.lo.get("shell_fraction"), self.hi.get("shell_fraction")) or not has_bounds(
                    t, self.lo.get("tissue_fraction"), self.hi.get("tissue_fraction")):
                shell = self._draw("shell_fraction", n, rng)
                tissue = 1.0 - shell
            else:
                tissue = self._draw("tissue_fraction", n, rng)
                shell = 1.0 - tissue
        else:
            shell, tissue = self._draw("shell_fraction", n, rng), self._draw("tissue_fraction", n, rng)
            total = shell + tissue
            scale = np.where(total > 1.0, 1.0 / np.where(total > 0, total, 1.0), 1.0)
            shell, tissue = shell * scale, tissue * scale
        out["shell_fraction"], out["tissue_fraction"] = shell, tissue
        return out


@dataclass
class CoefficientTable:
    path: str
    species: dict   # canonical name -> Species
    aliases: dict   # normalised alias -> canonical name

    def lookup(self, name):
        key = normalise(name)
        if key in self.aliases:
            s = self.species[self.aliases[key]]
            if not s.available:
                raise InputError("The {what} has no coefficients for {species} ('{name}'): {reason}", what=WHAT,
                                 species=s.name, name=name, reason=s.verified or s.bounds_source)
            return s
        known = sorted(n for n, s in self.species.items() if s.available)
        known = [self.species[n].name for n in known]
        near = difflib.get_close_matches(key, list(self.aliases), n=3, cutoff=0.5)
        near = sorted({self.species[self.aliases[n]].name for n in near})
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
        canon = normalise(name)
        if canon in species:
            raise InputError("Row {row} of the {what}: species {name} appears twice.", row=row_no, what=WHAT,
                             name=name)
        notes = dict(source=rec.get("source", ""), verified=rec.get("verified", ""),
                     bounds_source=rec.get("bounds_source", ""))
        if not any(rec.get(c, "") for c in COEFFICIENT_COLS):
            # a name the table knows but has no coefficients for: say why when it is asked for
            if not (notes["verified"] or notes["bounds_source"]):
                raise InputError("Row {row} of the {what} ({name}) has no coefficients and no note (column "
                                 "'verified') saying why.", row=row_no, what=WHAT, name=name)
            species[canon] = Species(name, rec.get("species_latin", ""), group, {}, available=False, **notes)
        else:
            species[canon] = _coefficient_row(header, rec, row_no, name, group, notes)
        for alias in [name, rec.get("species_latin", "")] + rec.get("aliases", "").split(";"):
            if alias.strip():
                aliases.setdefault(normalise(alias), canon)
    return CoefficientTable(path=path, species=species, aliases=aliases)


def _coefficient_row(header, rec, row_no, name, group, notes):
    if group not in ("bivalve", "seaweed"):
        raise InputError("Row {row} of the {what}: group must be 'bivalve' or 'seaweed', not '{value}'.",
                         row=row_no, what=WHAT, value=rec["group"])
    cols = BIVALVE_COLS if group == "bivalve" else SEAWEED_COLS
    values, lo, hi, dist = {}, {}, {}, {}
    row_dist = rec.get("dist", "")
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
        kind = (rec.get(col + "_dist", "") or row_dist).strip().lower()
        if kind and kind not in DISTRIBUTIONS:
            raise InputError("Row {row} of the {what}: distribution '{value}' is not one of {allowed}.", row=row_no,
                             what=WHAT, value=kind, allowed=", ".join(DISTRIBUTIONS))
        dist[col] = kind or None
    if group == "bivalve" and values["shell_fraction"] + values["tissue_fraction"] > 1.0 + SHARE_TOLERANCE:
        raise InputError("Row {row} of the {what} ({name}): shell and tissue fractions add up to {total}, more "
                         "than 1.", row=row_no, what=WHAT, name=name,
                         total=values["shell_fraction"] + values["tissue_fraction"])
    return Species(name, rec.get("species_latin", ""), group, values, lo, hi, dist=dist, **notes)


@dataclass
class ZoneRemoval:
    species: str
    yield_t: float
    removal_tc: float
    removal_tco2e: float
    removal_tco2e_lo: float = None
    removal_tco2e_hi: float = None


@dataclass
class Removals:
    zones: list
    total_tc: float
    total_tco2e: float
    total: Interval = None          # Monte Carlo interval of the total (t CO2e per year), None without bounds
    iterations: int = 0
    unbounded: list = field(default_factory=list)   # species used that have no bounds


def _bracket(value, lo, hi):
    """An interval that satisfies lo <= value <= hi exactly (percentiles may miss the value by rounding)."""
    return min(float(lo), value), max(float(hi), value)


def removals(table, species_names, yields, *, method=SHELL_AND_TISSUE, psi=CALCIFICATION_PSI, iterations=10000,
             seed=1):
    """Removal of each zone (species name and yield in t fresh weight per year), with Monte Carlo intervals.

    Each species' coefficients are drawn once per iteration and shared by every zone farming it. Zones of a
    species without bounds get no interval (None); the total gets one when any zone has bounds.
    """
    if method not in (SHELL_AND_TISSUE, TISSUE_ONLY, NET_OF_CALCIFICATION):
        raise InputError("Unknown method {value}: use 0, 1 or 2.", value=method)
    if not 0 <= psi <= 1:
        raise InputError("The calcification ratio must be between 0 and 1 (got {value}).", value=psi)
    sp = [table.lookup(n) for n in species_names]
    zones = []
    for s, y in zip(sp, yields):
        tc = float(y) * float(s.carbon_per_t(method, psi))
        zones.append(ZoneRemoval(s.name, float(y), tc, tc * CO2_PER_C))
    total_tc = sum(z.removal_tc for z in zones)
    result = Removals(zones, total_tc, total_tc * CO2_PER_C,
                      unbounded=sorted({s.name for s in sp if not s.has_bounds}))
    bounded = [s for s in sp if s.has_bounds]
    if not iterations or iterations <= 0 or not bounded:
        return result
    rng = np.random.default_rng(seed)
    per_t = {}
    for s in sorted({s.name: s for s in bounded}.values(), key=lambda s: s.name):
        per_t[s.name] = np.asarray(s.carbon_per_t(method, psi, s.draws(iterations, rng)), dtype=float)
    total = np.zeros(iterations)
    for s, z in zip(sp, zones):
        if s.name in per_t:
            samples = per_t[s.name] * z.yield_t * CO2_PER_C
            z.removal_tco2e_lo, z.removal_tco2e_hi = _bracket(z.removal_tco2e, *interval(samples))
            total += samples
        else:
            total += z.removal_tco2e
    lo, hi = _bracket(result.total_tco2e, *interval(total))
    result.total = Interval(lo, float(np.median(total)), hi)
    result.iterations = int(iterations)
    return result
