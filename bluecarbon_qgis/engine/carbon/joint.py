"""Project and baseline on one ground: the two scenarios of a crediting run evaluated together.

Each scenario is a list of land-cover maps (InVEST snapshots). Both are run by the stock-change model of
``change.py`` (InVEST Coastal Blue Carbon), on one grid, on the same pixels and the same years:

- **Same years.** Both scenarios run on the union of their map years; where a scenario has no map of a year
  its latest earlier map is carried to that year (a one-map baseline is its map repeated at the project's
  monitoring years). The transition table applies at every one of those years in both scenarios, so ground
  that is the same in both follows the same rule (an ``NCC`` self-transition stops accumulation in both, not
  in the project only). A scenario given at all the union's years gives exactly ``carbonchange``'s values.
- **Same pixels.** A pixel is read once with the classes of every map of both scenarios (its *joint
  trajectory*); one that is nodata in any map of either scenario is left out of both, and its area is
  reported per area (``lost``).
- **Same draws.** The Monte Carlo draws of the biophysical values are drawn once (``change.draw_params``) and
  both scenarios are simulated with the same draw in each iteration; the net (project - baseline) is taken
  per draw, so ground that is the same in both gives exactly 0 in every draw.
- **One ground.** Areas that overlap are counted once in every total: the sum of the areas less the ground
  each shares with the areas before it, measured with the area, as ``carbonstocks`` does.

The model runs once per joint trajectory. Map error (a reference sample of transitions) is not drawn yet:
``simulate`` takes ``area_draws``, the place where per-draw area factors of the joint trajectories enter,
shared by both scenarios and every area in each draw.
"""
import os
from dataclasses import dataclass
from types import SimpleNamespace

import numpy as np

from ..errors import InputError, N_
from ..raster.grid import open_grid
from . import change

PROJECT, BASELINE = N_("project"), N_("baseline")
SCENARIOS = (PROJECT, BASELINE)
EX_POST, EX_ANTE = "ex-post", "ex-ante"
SIM_CELLS = 250_000        # trajectories x draws simulated at once (per scenario)
DRAW_CELLS = 50_000_000    # rows x years x draws of net draws kept (float32: 200 MB)
MIN_ITERATIONS = 200


@dataclass
class JointModel:
    project: change.ChangeModel   # on the union of both scenarios' years
    baseline: change.ChangeModel
    own_years: dict               # scenario -> the years of its own maps
    files: list                   # the distinct rasters, each read once per window
    grids: list                   # their grids
    columns: dict                 # scenario -> index in ``files`` of its map at each union year
    start: int                    # first year of the crediting period
    last: int                     # last year of the crediting period (inclusive)
    observed: int                 # last observed year: later years are ex-ante projections

    @property
    def years(self):
        return self.project.years

    @property
    def crediting_years(self):
        return list(range(self.start, self.last + 1))

    def kind(self, year):
        return EX_POST if year <= self.observed else EX_ANTE

    def model(self, scenario):
        return self.project if scenario == PROJECT else self.baseline


def _scenario_error(scenario, exc):
    return InputError(N_("In the {scenario} scenario: {detail}"), scenario=scenario, detail=exc)


def _carried(snapshots, years):
    """[(year, path)] at ``years``: each scenario's latest map at or before the year."""
    out = []
    for y in years:
        path = [p for yy, p in snapshots if yy <= y][-1]
        out.append((y, path))
    return out


def prepare_joint(project, baseline, bio, transitions, *, start=None, last=None, observed=None,
                  method=change.GUIDE, factor=1.0, half_life_zero=change.HL_REFUSE):
    """Checks both scenarios' maps ([(year, raster path)] each), grids and the crediting period [start, last]
    (years, inclusive); returns a JointModel. ``observed``: the last observed year (default: the project's last
    map year); years after it are ex-ante projections."""
    given = {PROJECT: [(int(y), p) for y, p in project], BASELINE: [(int(y), p) for y, p in baseline]}
    for scenario, snaps in given.items():
        if not snaps:
            raise _scenario_error(scenario, InputError("No land-cover snapshot was given; give at least one class "
                                                       "raster with its year."))
    first = open_grid(given[PROJECT][0][1])
    for scenario in SCENARIOS:  # first, so that a misaligned map gets the message that says how to align it
        for y, path in given[scenario]:
            try:
                change.check_grid(open_grid(path), y, first, given[PROJECT][0][0])
            except InputError as exc:
                raise _scenario_error(scenario, exc) from None
    for scenario, snaps in given.items():
        try:
            change.prepare(snaps, bio, transitions, max(y for y, _ in snaps) + 1, method=method, factor=factor,
                           half_life_zero=half_life_zero)
        except InputError as exc:
            raise _scenario_error(scenario, exc) from None
    own = {s: [y for y, _ in given[s]] for s in SCENARIOS}
    if own[PROJECT][0] != own[BASELINE][0]:
        raise InputError("The project's first map is of {p} but the baseline's of {b}. Both scenarios start from "
                         "the same ground in the same year: give the baseline a map of {p} (usually the project's "
                         "own first map) or start the project's maps in {b}.", p=own[PROJECT][0],
                         b=own[BASELINE][0])
    b = own[PROJECT][0]
    if observed is None:
        observed = own[PROJECT][-1]
    observed = int(observed)
    if observed not in own[PROJECT]:
        raise InputError("The last observed year {year} is not the year of a project map ({years}); an observation "
                         "is a map: give one of those years.", year=observed, years=", ".join(map(str, own[PROJECT])))
    start = b if start is None else int(start)
    last = observed if last is None else int(last)
    if start < b:
        raise InputError("The crediting period starts in {start}, before the first map ({first}): there is no "
                         "ground to account before it. Start the crediting period in {first} or later.",
                         start=start, first=b)
    if last < start:
        raise InputError("The crediting period {start}-{last} ends before it starts; its last year must be {start} "
                         "or later.", start=start, last=last)
    union = sorted(set(own[PROJECT]) | set(own[BASELINE]))
    analysis = max(last + 1, union[-1])
    models = {}
    for scenario in SCENARIOS:
        models[scenario] = change.prepare(_carried(given[scenario], union), bio, transitions, analysis,
                                          method=method, factor=factor, half_life_zero=half_life_zero)
    files, grids, columns = [], [], {}
    for scenario in SCENARIOS:
        cols = []
        for path, g in zip(models[scenario].paths, models[scenario].grids):
            key = os.path.realpath(path)
            if key not in files:
                files.append(key)
                grids.append(g)
            cols.append(files.index(key))
        columns[scenario] = cols
    return JointModel(project=models[PROJECT], baseline=models[BASELINE], own_years=own, files=files, grids=grids,
                      columns=columns, start=start, last=last, observed=observed)


# ---------------------------------------------------------------------------------------------- pixels

def scan(jm, *, progress=None, is_canceled=None, executor=None):
    """The joint trajectories: the classes of every distinct map of both scenarios per pixel, with pixel counts
    and areas (change.scan over the distinct files; a pixel nodata in any of them is left out)."""
    return change.scan(SimpleNamespace(grids=jm.grids), progress=progress, is_canceled=is_canceled,
                       executor=executor)


def scenario_classes(jm, traj, scenario):
    """(trajectories, union years) class codes of one scenario."""
    return traj.classes[:, jm.columns[scenario]]


def scenario_view(jm, traj, scenario):
    """The joint trajectories as one scenario's class trajectories (same keys, pixels and areas)."""
    return change.Trajectories(keys=traj.keys, classes=scenario_classes(jm, traj, scenario), pixels=traj.pixels,
                               area_m2=traj.area_m2)


def check(jm, traj):
    """Refuses classes missing from the biophysical table and transitions missing from the transition table, in
    either scenario, naming the scenario and whether the map of that year is carried; and a half-life of 0 for
    carbon disturbed in either scenario unless the model says what 0 means."""
    bio = jm.project.bio
    present = set(traj.classes.ravel().tolist()) if traj.classes.size else set()
    missing = sorted(present - set(bio.classes))
    if missing:
        counts = {c: int(traj.pixels[(traj.classes == c).any(axis=1)].sum()) for c in missing}
        raise InputError("The maps have class(es) {classes} that the biophysical table {path} lacks; add a row for "
                         "each (code, lulc-class and the pool columns).",
                         classes=", ".join("{} ({} pixels)".format(c, counts[c]) for c in missing), path=bio.path)
    names = {c: bio.classes[c].name for c in bio.classes}
    years = jm.years
    for scenario in SCENARIOS:
        view = scenario_view(jm, traj, scenario)
        for k in range(1, len(years)):
            for (a, b), (n, _) in sorted(view.pairs(k).items()):
                if (a, b) in jm.project.transitions:
                    continue
                if years[k] in jm.own_years[scenario]:
                    raise InputError("The transition {src} -> {dst} (codes {a} -> {b}) occurs on {n} pixels of the "
                                     "{scenario} scenario between {y0} and {y1}, but its cell in the transition "
                                     "table is empty. Fill it with accum, low-impact-disturb, med-impact-disturb, "
                                     "high-impact-disturb or NCC.", src=names[a], dst=names[b], a=a, b=b, n=n,
                                     scenario=scenario, y0=years[k - 1], y1=years[k])
                raise InputError("The {scenario} scenario has no map of {year}: its map of {prev} is carried to {year} "
                                 "so that both scenarios change in the same years, which makes the transition {src} "
                                 "-> {dst} (codes {a} -> {b}) occur on {n} pixels; its cell in the transition table "
                                 "is empty. Fill it (usually as the project scenario's maps fill it).",
                                 scenario=scenario, year=years[k], prev=years[k - 1], src=names[a], dst=names[b],
                                 a=a, b=b, n=n)
    for scenario in SCENARIOS:
        try:
            change.check_half_lives(jm.model(scenario), scenario_view(jm, traj, scenario))
        except InputError as exc:
            raise _scenario_error(scenario, exc) from None


def half_life_warnings(jm, traj):
    """How a half-life of 0 was read in either scenario (each case once)."""
    out = []
    for scenario in SCENARIOS:
        for w in change.half_life_warnings(jm.model(scenario), scenario_view(jm, traj, scenario)):
            if w not in out:
                out.append(w)
    return out


# ---------------------------------------------------------------------------------------------- areas

@dataclass
class Ground:
    """m² of each joint trajectory in each area and in the union of all areas."""
    zone_m2: np.ndarray       # (areas, trajectories)
    unmapped_m2: np.ndarray   # (areas,): nodata in every map, or outside the rasters, or lost
    lost_m2: np.ndarray       # (areas,): data in some maps but nodata in another: left out of both scenarios
    total_m2: np.ndarray      # (trajectories,): the union of all areas (overlapping ground once)
    total_unmapped_m2: float
    total_lost_m2: float
    overlap_m2: float


def ground(jm, traj, geoms, *, progress=None, is_canceled=None, executor=None):
    """Areas of the joint trajectories in each polygon (shapely, in the rasters' CRS) and in their union, counted
    once where polygons overlap: the sum of the polygons less the ground each shares with the polygons before it,
    measured with the polygon (as ``carbonstocks``' totals, ``zonal.overlap_totals``)."""
    from ..raster.zonal import overlap_partners

    shim = SimpleNamespace(grids=jm.grids)
    m2, unmapped, lost, (s_m2, s_unmapped, s_lost) = change.zone_trajectory_areas(
        shim, traj, list(geoms), progress=progress, is_canceled=is_canceled, executor=executor,
        partners=overlap_partners(jm.grids[0], geoms))
    # a rounding residue below zero is taken as none
    total = np.maximum(m2.sum(axis=0) - s_m2.sum(axis=0), 0.0)
    return Ground(zone_m2=m2, unmapped_m2=unmapped, lost_m2=lost, total_m2=total,
                  total_unmapped_m2=max(float(unmapped.sum() - s_unmapped.sum()), 0.0),
                  total_lost_m2=max(float(lost.sum() - s_lost.sum()), 0.0),
                  overlap_m2=float(s_m2.sum() + s_unmapped.sum()))


# ---------------------------------------------------------------------------------------------- the model

@dataclass
class Simulation:
    """Per row of areas (t CO2e over its ground) and crediting year: the central values of both scenarios and
    the net draws (project - baseline, one per iteration, both scenarios with the same parameter draw); the
    same for the soil pool's part over the soil rows."""
    years: list
    project: np.ndarray        # (rows, years)
    baseline: np.ndarray       # (rows, years)
    draws: np.ndarray = None   # (rows, years, iterations) float32, or None without a Monte Carlo run
    soil_project: np.ndarray = None   # (soil rows, years)
    soil_baseline: np.ndarray = None
    soil_draws: np.ndarray = None
    iterations: int = 0
    asked: int = 0
    level: float = 90.0

    @property
    def net(self):
        return self.project - self.baseline


def positions(jm, traj):
    """Class positions (into the sorted codes that occur) of each scenario's trajectories, and the codes."""
    codes = np.unique(traj.classes) if traj.classes.size else np.zeros(1, np.int64)
    pos = {s: np.searchsorted(codes, scenario_classes(jm, traj, s)) for s in SCENARIOS}
    for s in SCENARIOS:
        jm.model(s).class_codes = codes
    return codes, pos


def _per_row(ha, series, ks):
    return np.stack([ha @ series[k][:, 0] for k in ks], axis=1) if ks else np.zeros((len(ha), 0))


def simulate(jm, traj, rows_m2, soil_rows_m2=None, *, iterations=0, seed=1, level=90.0, area_draws=None,
             is_canceled=None):
    """Both scenarios over ``rows_m2`` (rows, trajectories) for each crediting year, and their soil pool's part
    over ``soil_rows_m2``.

    ``area_draws(i0, i1)``, when given, returns (trajectories, i1 - i0) factors on each joint trajectory's
    mapped area in draws i0..i1 (map error, e.g. area-adjusted estimates per transition drawn from a reference
    sample); both scenarios and every row use the same factors in a draw. Its central values stay those of
    the mapped areas."""
    codes, pos = positions(jm, traj)
    ha = np.asarray(rows_m2, np.float64) / change.M2_PER_HA
    soil_ha = np.asarray(soil_rows_m2 if soil_rows_m2 is not None else np.zeros((0, ha.shape[1])),
                         np.float64) / change.M2_PER_HA
    ks = [y - jm.years[0] for y in jm.crediting_years]
    det_params = {k: v[:, None] for k, v in change.class_params(jm.project, codes).items()}
    det = {s: change.simulate(jm.model(s), pos[s], det_params) for s in SCENARIOS}
    sim = Simulation(years=jm.crediting_years, project=_per_row(ha, det[PROJECT].yearly, ks),
                     baseline=_per_row(ha, det[BASELINE].yearly, ks),
                     soil_project=_per_row(soil_ha, det[PROJECT].yearly_soil, ks),
                     soil_baseline=_per_row(soil_ha, det[BASELINE].yearly_soil, ks), asked=iterations,
                     level=float(level))
    bounded = any(c.lo for c in jm.project.bio.classes.values())
    if not iterations or iterations <= 0 or not traj.classes.size or not (bounded or area_draws):
        return sim
    rows = ha.shape[0] + soil_ha.shape[0]
    m = int(min(iterations, max(MIN_ITERATIONS, DRAW_CELLS // max(rows * len(ks), 1))))
    params = change.draw_params(jm.project, codes, m, seed)
    draws = np.empty((ha.shape[0], len(ks), m), np.float32)
    soil = np.empty((soil_ha.shape[0], len(ks), m), np.float32)
    chunk = max(1, SIM_CELLS // max(traj.classes.shape[0], 1))
    for i0 in range(0, m, chunk):
        change._check_cancel(is_canceled)
        i1 = min(m, i0 + chunk)
        part = {k: v[:, i0:i1] for k, v in params.items()}
        res = {s: change.simulate(jm.model(s), pos[s], part) for s in SCENARIOS}
        factors = area_draws(i0, i1) if area_draws else None
        for j, k in enumerate(ks):
            for out, weights, attr in ((draws, ha, "yearly"), (soil, soil_ha, "yearly_soil")):
                # exactly 0 where both scenarios are the same
                diff = getattr(res[PROJECT], attr)[k] - getattr(res[BASELINE], attr)[k]
                out[:, j, i0:i1] = weights @ (diff if factors is None else diff * factors)
    sim.draws, sim.soil_draws, sim.iterations = draws, soil, m
    return sim
