"""Net removals of a project against its baseline over a crediting period: the accounts behind a statement.

Two routes lead to the same accounts (:class:`Accounts`), and from them to the statement data
(:func:`statement`):

- **joint** (:func:`joint_accounts`): both scenarios' land-cover maps run together by ``joint.py``, on one grid,
  the same pixels, the same years and the same Monte Carlo draws. Per area, per year and per monitoring period
  the gross removals (project − baseline) come with the percentile interval of their joint draws; overlapping
  areas count once in every total; the ground is split by habitat type, each tied to the CCER methodology that
  covers it, and mangrove planting ground by its eligibility in the baseline map.
- **tables** (:func:`table_accounts`, the earlier interface): two change tables of ``carbonchange``. Central
  values only: separate runs keep no joint draws, so no interval of the net can be computed; overlaps, habitats
  and eligibility cannot be seen. Not for verification.

Years: the crediting period is [start, last], calendar years, both included; each year's value is that year's
stock change (InVEST's year: from the start of the year to the start of the next). A map of year Y shows the
land cover from the start of Y, so the change seen on the last map enters in its own year, which the default
crediting period includes. Every year up to the last observed map is ex-post; later years are ex-ante
projections of the last maps' classes. Monitoring periods (their last years) are accounted cumulatively:
issued = cumulative net after deductions − issued before (``deductions.monitoring_periods``).
"""
import datetime
import hashlib
import os
from dataclasses import dataclass, field

import numpy as np

from ..classes import NAMES
from ..errors import InputError, N_
from ..texts import render
from . import deductions, joint, methodologies
from .montecarlo import interval

EX_POST, EX_ANTE = joint.EX_POST, joint.EX_ANTE
JOINT, TABLES = "joint", "tables"
SCHEMA = "bluecarbon-credits-statement/1"
NOT_COVERED = (  # besides what the methodologies require and the plugin does not do (methodologies.not_covered)
    N_("Map error: the areas are the maps' own; no reference sample of the transitions is drawn yet."),
    N_("Each scenario's maps are taken as given: the baseline scenario's future maps and the project's ex-ante years "
       "are projections the user supplies or the last map's classes carried forward."),
)


# ---------------------------------------------------------------------------------------------- the accounts

@dataclass
class Category:
    """A part of the ground: a habitat class under its methodology, eligible or not, or ground no methodology
    credits; ``reason`` is a (template, fields) text."""
    key: tuple
    habitat: int = None      # the plugin's class value of the habitat (3 mangrove, 4 salt marsh, 5 seagrass)
    methodology: str = ""    # e.g. CCER-14-002-V01
    credited: bool = False
    checked: bool = True     # False: counted, but the methodology's baseline conditions are not known
    reason: tuple = None
    baseline: object = None  # the baseline's first class (plugin value) that decided the eligibility


@dataclass
class Accounts:
    """Rows of ground x crediting years: the areas, then the union of all areas (overlapping ground once),
    then the union's ground by category."""
    route: str
    years: list
    kinds: list
    area_ids: list
    project: np.ndarray            # (rows, years) t CO2e
    baseline: np.ndarray
    draws: np.ndarray = None       # (rows, years, iterations): project - baseline, one joint draw each
    soil: np.ndarray = None        # (years,) soil part of the credited ground's gross removals
    soil_draws: np.ndarray = None  # (years, iterations)
    level: float = 90.0
    areas: list = None             # per area: {area_ha, unmapped_ha, lost_ha}
    total: dict = field(default_factory=dict)
    categories: list = field(default_factory=list)
    category_ha: np.ndarray = None  # (areas, categories)
    category_total_ha: np.ndarray = None  # (categories,) on the union of the areas
    eligible: tuple = None          # eligible baseline classes for mangrove planting (None: the methodology's)
    iterations: int = 0
    asked: int = 0
    observed: int = None
    warnings: list = field(default_factory=list)   # (template, fields)
    cautions: list = field(default_factory=list)   # (template, fields): why the statement is not for verification
    scenarios: dict = None

    @property
    def n_areas(self):
        return len(self.area_ids)

    @property
    def total_row(self):
        return self.n_areas

    def category_rows(self):
        return [self.n_areas + 1 + i for i in range(len(self.categories))]

    def credited_rows(self):
        rows = [r for r, c in zip(self.category_rows(), self.categories) if c.credited]
        return rows if self.categories else [self.total_row]


def _gross(acc, rows, cols):
    """(baseline, project, gross, draws of gross or None) summed over ``rows`` and year columns ``cols``."""
    b = float(acc.baseline[np.ix_(rows, cols)].sum())
    p = float(acc.project[np.ix_(rows, cols)].sum())
    d = None
    if acc.draws is not None:
        d = acc.draws[np.ix_(rows, cols)].astype(np.float64).sum(axis=(0, 1))
    return b, p, p - b, d


def _amounts(acc, rows, cols):
    b, p, g, d = _gross(acc, rows, cols)
    lo, hi = interval(d, level=acc.level) if d is not None else (None, None)
    return {"baseline_tco2e": b, "project_tco2e": p, "gross_removals_tco2e": g,
            "gross_removals_tco2e_lo": None if lo is None else float(lo),
            "gross_removals_tco2e_hi": None if hi is None else float(hi)}


# ---------------------------------------------------------------------------------------------- joint route

# Chinese names of the plugin's classes as biophysical tables may spell them
ALIASES = {"开阔水域": 1, "水域": 1, "潮滩": 2, "滩涂": 2, "光滩": 2, "红树林": 3, "盐沼": 4, "海草床": 5, "海草": 5,
           "海藻": 6, "大型海藻": 6, "浮筏养殖": 7, "养殖塘": 8, "养殖池塘": 8, "其他土地": 9, "其它土地": 9}
MANGROVE = 3  # the plugin's class value (engine/classes.py)
NOT_IN_SCHEME = N_("not credited: the class '{cls}' of the biophysical table matches no class of the plugin's "
                   "scheme, so no methodology is known for it")
BASELINE_NOT_IN_SCHEME = N_("excluded from {methodology}: the baseline class '{cls}' of the biophysical table matches "
                            "no class of the plugin's scheme, so it cannot be an eligible baseline ({classes})")


def _normal(name):
    n = " ".join(str(name).strip().lower().replace("_", " ").replace("-", " ").split())
    return n[:-1] if n.endswith("s") and not n.endswith("ss") else n


def scheme_class(name):
    """The plugin's class value that a biophysical table's lulc-class name names (English, singular or plural, or
    Chinese; else the one class name it contains), or None."""
    n = _normal(name)
    names = {_normal(v): k for k, v in NAMES.items()}
    names.update({_normal(k): v for k, v in ALIASES.items()})
    if n in names:
        return names[n]
    found = {v for k, v in names.items() if k in n}
    return found.pop() if len(found) == 1 else None


def scheme_classes(bio):
    """{table code: plugin class value or None} by the lulc-class names (codes differ between tables: the own test
    case's 1 is mangrove, the plugin's 1 open water)."""
    return {c: scheme_class(b.name) for c, b in bio.classes.items()}


def _eligibility(baseline, baseline_name, habitat, allowed):
    """methodologies.Eligibility of ground of ``habitat`` whose baseline's first class is ``baseline`` (plugin value,
    None when the table's class matches none)."""
    if baseline is not None:
        return methodologies.eligible(baseline, habitat, allowed)
    cover = methodologies.methodology_for(habitat)
    classes = cover.eligible_baseline if allowed is None else tuple(allowed)
    fields = {"methodology": cover.methodology.id, "cls": baseline_name, "baseline": baseline_name,
              "classes": methodologies._labels(classes)}
    if not classes:
        return methodologies.Eligibility(True, False, cover.methodology.id, methodologies.UNCHECKED, fields)
    return methodologies.Eligibility(False, True, cover.methodology.id, BASELINE_NOT_IN_SCHEME, fields)


def categorize(jm, traj, allowed=None):
    """(category index of each joint trajectory, [Category]).

    A trajectory's habitat is the latest class a methodology credits (mangrove, salt marsh, seagrass) in the
    project's maps, else in the baseline's (a project losing what the baseline keeps counts against that habitat);
    its eligibility comes from the baseline's first map (``methodologies.eligible``; ``allowed``: the eligible
    baseline classes, None for the methodology's default). Ground with no such class is not credited, named by its
    project class."""
    bio = jm.project.bio
    scheme = scheme_classes(bio)
    covered = {c for c, v in scheme.items() if v is not None and methodologies.methodology_for(v).credited}
    cp = joint.scenario_classes(jm, traj, joint.PROJECT).tolist()
    cb = joint.scenario_classes(jm, traj, joint.BASELINE).tolist()
    keys, cats = [], {}
    for row_p, row_b in zip(cp, cb):
        h = next((c for c in reversed(row_p) if c in covered), None) or \
            next((c for c in reversed(row_b) if c in covered), None)
        if h is None:
            final = row_p[-1]
            key = ("other", final)
            if key not in cats:
                value = scheme[final]
                cats[key] = Category(key, reason=(methodologies.NOT_CREDITED, {"cls": methodologies.class_label(value)})
                                     if value is not None else (NOT_IN_SCHEME, {"cls": bio.classes[final].name}))
        else:
            value, base = scheme[h], scheme[row_b[0]]
            e = _eligibility(base, bio.classes[row_b[0]].name, value, allowed)
            named = "{baseline}" in e.template or "{cls}" in e.template  # the reason names the baseline class
            key = ("habitat", value, e.eligible, e.checked, e.template, row_b[0] if named else None)
            if key not in cats:
                cats[key] = Category(key, value, e.methodology_id, e.eligible, e.checked, (e.template, e.fields),
                                     base)
        keys.append(key)
    order = sorted(cats, key=lambda k: (not cats[k].credited, cats[k].habitat is None, cats[k].habitat or 0,
                                        str(k)))
    index = {k: i for i, k in enumerate(order)}
    return np.array([index[k] for k in keys], np.int64), [cats[k] for k in order]


def eligible_classes(text, bio, baseline_codes):
    """(plugin class values or None for the methodology's default, warnings): the eligible baseline classes for
    mangrove planting from ``text`` (codes of the biophysical table or lulc-class names, commas), each checked
    against the baseline's first map (``baseline_codes``: its table codes)."""
    items = [t.strip() for t in (text or "").replace(";", ",").split(",") if t.strip()]
    scheme = scheme_classes(bio)
    by_name = {_normal(c.name): c.code for c in bio.classes.values()}
    present = {scheme[c] for c in baseline_codes if c in scheme}
    warnings, values = [], []
    for item in items:
        try:
            code = int(item)
        except ValueError:
            code = by_name.get(_normal(item))
        if code is None or code not in bio.classes:
            warnings.append((N_("The eligible class '{item}' is not a class of the biophysical table {path}; it is "
                                "ignored."), {"item": item, "path": bio.path}))
        elif scheme[code] is None:
            warnings.append((N_("The eligible class '{item}' matches no class of the plugin's scheme; it is "
                                "ignored."), {"item": item}))
        else:
            values.append(scheme[code])
    default = methodologies.methodology_for(MANGROVE).eligible_baseline
    chosen = tuple(sorted(set(values))) if items else default
    for v in chosen:
        if v not in present:
            warnings.append((N_("The eligible class {cls} does not occur in the baseline's first map: no ground of it "
                                "can be eligible."), {"cls": methodologies.class_label(v)}))
    if items and not values:
        warnings.append((N_("None of the eligible classes given is usable: no mangrove planting ground is "
                            "credited."), {}))
    return (chosen if items else None), warnings


def joint_accounts(jm, geoms=None, zone_ids=None, *, eligible="", iterations=1000, seed=1, level=90.0,
                   area_draws=None, progress=None, is_canceled=None, executor=None):
    """Accounts of a JointModel over polygons (shapely, in the rasters' CRS; None: the whole raster)."""
    from shapely.geometry import box

    def step(a, b):
        return (lambda f: progress(a + (b - a) * f)) if progress else None

    traj = joint.scan(jm, progress=step(0.0, 0.4), is_canceled=is_canceled, executor=executor)
    joint.check(jm, traj)
    if traj.keys.size == 0:
        raise InputError("Every pixel is nodata in at least one map of the project or the baseline; there is "
                         "nothing to account for.")
    whole = geoms is None
    if whole:
        geoms, zone_ids = [box(*jm.grids[0].bounds)], zone_ids or [""]
    zone_ids = [str(z) for z in (zone_ids or range(1, len(geoms) + 1))]
    gr = joint.ground(jm, traj, geoms, progress=step(0.4, 0.8), is_canceled=is_canceled, executor=executor)
    bio = jm.project.bio
    base_first = set(joint.scenario_classes(jm, traj, joint.BASELINE)[:, 0].tolist())
    allowed, warnings = eligible_classes(eligible, bio, base_first)
    warnings.extend(joint.half_life_warnings(jm, traj))
    labels, cats = categorize(jm, traj, allowed)
    onehot = (labels[None, :] == np.arange(len(cats))[:, None]).astype(np.float64)   # (categories, trajectories)
    rows = np.vstack([gr.zone_m2, gr.total_m2[None, :], onehot * gr.total_m2[None, :]])
    credited = onehot[[i for i, c in enumerate(cats) if c.credited]].sum(axis=0) * gr.total_m2
    sim = joint.simulate(jm, traj, rows, credited[None, :], iterations=iterations, seed=seed, level=level,
                         area_draws=area_draws, is_canceled=is_canceled)
    if progress:
        progress(1.0)
    ha = 1.0 / joint.change.M2_PER_HA
    areas = [{"area_ha": float(m.sum() * ha), "unmapped_ha": float(u * ha), "lost_ha": float(lo * ha)}
             for m, u, lo in zip(gr.zone_m2, gr.unmapped_m2, gr.lost_m2)]
    total = {"area_ha": float(gr.total_m2.sum() * ha), "unmapped_ha": float(gr.total_unmapped_m2 * ha),
             "lost_ha": float(gr.total_lost_m2 * ha), "overlap_ha": float(gr.overlap_m2 * ha)}
    if traj.partial_nodata_pixels:
        warnings.append((N_("{n} pixels ({ha:.4f} ha in the areas) have a class in some maps but are nodata in "
                            "another (clouds, edges): they are left out of both scenarios, so project and baseline "
                            "stand on the same ground (lost_ha per area)."),
                         {"n": traj.partial_nodata_pixels, "ha": total["lost_ha"]}))
    if total["overlap_ha"] > 1e-9:
        warnings.append((N_("Some areas overlap ({ha:.4f} ha): each area's rows count its whole ground, every total "
                            "counts overlapping ground once."), {"ha": total["overlap_ha"]}))
    for zid, a in zip(zone_ids, areas):
        if a["area_ha"] == 0 and not whole:
            warnings.append((N_("Area {n} has no pixel with a class in every map of both scenarios; its amounts are "
                                "zero."), {"n": zid}))
    if iterations and sim.draws is None:
        warnings.append((N_("The biophysical table has no _lo/_hi bounds: there are no Monte Carlo draws, so no "
                            "interval and no uncertainty deduction can be computed."), {}))
    elif sim.draws is not None and sim.iterations < iterations:
        warnings.append((N_("The Monte Carlo run was cut from {asked} to {ran} draws to keep memory bounded ({rows} "
                            "rows of ground x {years} years)."),
                         {"asked": iterations, "ran": sim.iterations, "rows": rows.shape[0],
                          "years": len(jm.crediting_years)}))
    first_category = gr.zone_m2.shape[0] + 1
    losses = [float(g) for c, g in zip(cats, sim.net[first_category:].sum(axis=1)) if not c.credited and g < 0]
    if losses:
        warnings.append((N_("Ground that is not credited loses {t:.2f} t CO2e against the baseline over the crediting "
                            "period; it is not deducted from the credited removals (the habitat table lists it with "
                            "the reasons). A verifier may require losses inside the project areas to be deducted."),
                         {"t": -sum(losses)}))
    cautions = []
    if jm.project.method != joint.change.GUIDE:
        cautions.append((N_("The model was run with natcap.invest 3.14.2's code reading (METHOD=1), which takes the "
                            "half-life of the class before each snapshot and lets an earlier disturbance keep "
                            "emitting after an accum transition: kept for comparison with InVEST, not for "
                            "verification. Use the User's Guide reading (METHOD=0)."), {}))
    years = jm.crediting_years
    return Accounts(route=JOINT, years=years, kinds=[jm.kind(y) for y in years], area_ids=zone_ids,
                    project=sim.project, baseline=sim.baseline, draws=sim.draws, soil=sim.soil_project[0]
                    - sim.soil_baseline[0], soil_draws=None if sim.soil_draws is None else
                    sim.soil_draws[0].astype(np.float64), level=level, areas=areas, total=total, categories=cats,
                    category_ha=gr.zone_m2 @ onehot.T * ha, category_total_ha=onehot @ gr.total_m2 * ha,
                    eligible=allowed, iterations=sim.iterations,
                    asked=iterations, observed=jm.observed, warnings=warnings, cautions=cautions,
                    scenarios={"project": [{"year": y, "path": p} for y, p in
                                           zip(jm.project.years, jm.project.paths) if y in jm.own_years[joint.PROJECT]],
                               "baseline": [{"year": y, "path": p} for y, p in
                                            zip(jm.baseline.years, jm.baseline.paths)
                                            if y in jm.own_years[joint.BASELINE]],
                               "years": list(jm.years)})


# ---------------------------------------------------------------------------------------------- tables route

@dataclass
class ChangeRow:
    area_id: str
    start: int
    end: int   # exclusive, as carbonchange writes period_end
    net: float


def rows_from_records(records, what):
    """ChangeRows from dicts with the fields of carbonchange's yearly (year) or period (period_start,
    period_end) table."""
    out = []
    for i, rec in enumerate(records, start=1):
        try:
            if rec.get("year") not in (None, "") and "period_start" not in rec:
                start = int(rec["year"])
                end = start + 1
            else:
                start, end = int(rec["period_start"]), int(rec["period_end"])
            net = float(rec["net_sequestration_tco2e"])
        except KeyError as exc:
            raise InputError("The {what} lacks the field {field}; give the change table written by 'Carbon stock "
                             "change over time'.", what=what, field=str(exc)) from None
        except (TypeError, ValueError):
            raise InputError("Row {row} of the {what} has an empty or non-numeric period or net sequestration.",
                             what=what, row=i) from None
        if end <= start:
            raise InputError("Row {row} of the {what}: the period {start}-{end} is empty.", what=what, row=i,
                             start=start, end=end)
        out.append(ChangeRow(str(rec.get("area_id", "")), start, end, net))
    if not out:
        raise InputError("The {what} has no rows.", what=what)
    return out


def yearly(rows):
    """({area: {year: net}}, whether a period longer than a year was spread evenly over its years)."""
    out, spread = {}, False
    for r in rows:
        n = r.end - r.start
        spread |= n > 1
        per = out.setdefault(r.area_id, {})
        for y in range(r.start, r.end):
            if y in per:
                raise InputError("Area {area} has two periods covering the year {year}.", area=r.area_id, year=y)
            per[y] = r.net / n
    return out, spread


def table_accounts(project, baseline, start=None, last=None, observed=None):
    """Accounts from two lists of ChangeRows (central values only). ``start``, ``last``: the crediting period's
    first and last years (default: the years both tables cover)."""
    (p, spread_p), (b, spread_b) = yearly(project), yearly(baseline)
    only_p, only_b = sorted(set(p) - set(b)), sorted(set(b) - set(p))
    if only_p or only_b:
        raise InputError("The project and baseline tables must list the same areas; only in the project: {p}; "
                         "only in the baseline: {b}.", p=", ".join(only_p) or "-", b=", ".join(only_b) or "-")
    first = max(max(min(v) for v in p.values()), max(min(v) for v in b.values()))
    end = min(min(max(v) for v in p.values()), min(max(v) for v in b.values()))
    start = first if start is None else int(start)
    last = end if last is None else int(last)
    if last < start:
        raise InputError("The crediting period {start}-{last} ends before it starts; its last year must be {start} "
                         "or later.", start=start, last=last)
    areas = sorted(p, key=str)
    years = list(range(start, last + 1))
    for area in areas:
        for y in years:
            if y not in p[area] or y not in b[area]:
                raise InputError("The {scenario} table has no period covering the year {year} for area {area}; the "
                                 "crediting period {start}-{last} must lie within both scenarios' years.",
                                 scenario=N_("project") if y not in p[area] else N_("baseline"), year=y, area=area,
                                 start=start, last=last)
    pv = np.array([[p[a][y] for y in years] for a in areas])
    bv = np.array([[b[a][y] for y in years] for a in areas])
    observed = last if observed is None else int(observed)
    cautions = [(N_("Built from two separate change tables: no joint interval of the net can be computed (the tables "
                    "keep no Monte Carlo draws), the tables cannot show whether both scenarios stand on the same "
                    "pixels and years, overlapping areas are added as they are, and habitats and eligibility cannot "
                    "be checked. Central values only: not for verification. Give both scenarios' maps instead."), {})]
    if spread_p or spread_b:
        cautions.append((N_("A period table's totals were spread evenly over the period's years, which is not how "
                            "the stock changes year by year; use the yearly tables (OUTPUT_YEARLY), or the maps."),
                         {}))
    return Accounts(route=TABLES, years=years, kinds=[EX_POST if y <= observed else EX_ANTE for y in years],
                    area_ids=areas, project=np.vstack([pv, pv.sum(axis=0)]), baseline=np.vstack([bv, bv.sum(axis=0)]),
                    soil=np.zeros(len(years)), observed=observed, cautions=cautions)


# ---------------------------------------------------------------------------------------------- periods

def period_ends(text, start, last, observed):
    """The last years of the monitoring periods: from ``text`` (years, commas), else one period up to the last
    observed year and one after it. The last period ends with the crediting period; a period may not run past
    the last observed year (ex-post and ex-ante are accounted apart)."""
    ends = []
    for part in (text or "").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            ends.append(int(part))
        except ValueError:
            raise InputError("Monitoring periods: '{value}' is not a year; give the last year of each period, "
                             "separated by commas (e.g. 2022, 2025).", value=part) from None
    if not ends:
        ends = [observed] if start <= observed < last else []
    for e in ends:
        if not start <= e <= last:
            raise InputError("The monitoring period ending in {end} lies outside the crediting period {start}-{last}.",
                             end=e, start=start, last=last)
    ends = sorted(set(ends) | {last})
    s = start
    for e in ends:
        if s <= observed < e:
            raise InputError("The monitoring period {start}-{end} runs past the last observed map ({observed}): its "
                             "years would be partly observed and partly projected. End a monitoring period in "
                             "{observed}.", start=s, end=e, observed=observed)
        s = e + 1
    return ends


# ---------------------------------------------------------------------------------------------- the statement

NO_SOIL = N_("Change tables carry no soil part of the change: the allochthonous soil carbon deduction is 0. Give "
            "both scenarios' maps to compute it.")


def check_options(options):
    """Refuses deduction percentages outside 0-100 before any work (deductions.period_deductions checks them
    again)."""
    for key, what in (("leakage_pct", N_("leakage")), ("buffer_pct", N_("non-permanence buffer")),
                      ("allochthonous_pct", N_("allochthonous soil carbon")),
                      ("allowable_uncertainty_pct", N_("allowable uncertainty"))):
        if key in options:
            deductions.percent(options[key], what)


def sha256(path):
    """(hex digest, bytes) of a file, or (None, None) when it is not a readable file."""
    try:
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest(), os.path.getsize(path)
    except (OSError, TypeError):
        return None, None


def input_files(items):
    """[{role, path, sha256, bytes}] of (role, path) pairs; a path read twice is listed once per role."""
    out = []
    for role, path in items:
        digest, size = sha256(path) if path else (None, None)
        out.append({"role": role, "path": path or "", "sha256": digest, "bytes": size})
    return out


def _kind_of(acc, cols):
    kinds = {acc.kinds[c] for c in cols}
    return kinds.pop() if len(kinds) == 1 else EX_ANTE


def _with_kind(d, kind):
    d = dict(d)
    d["kind"] = kind
    d["ex_ante"] = int(kind == EX_ANTE)
    return d


def statement(acc, *, period_text="", options=None, inputs=(), parameters=None, translate=None, lang="en"):
    """Everything a statement needs, as plain data (dicts, lists, numbers, text in the language of
    ``translate``; ``lang`` "zh" picks the tables' Chinese columns); ``options``: deduction options of
    ``deductions.period_deductions``."""
    tr = translate or (lambda s: s)

    def text(t):
        return render(t[0], t[1], translate)

    options = dict(options or {})
    options.setdefault("confidence", acc.level)
    years, n = acc.years, acc.n_areas
    ends = period_ends(period_text, years[0], years[-1], acc.observed)
    cols_all = list(range(len(years)))
    periods_cols, s = [], years[0]
    for e in ends:
        periods_cols.append((s, e, [years.index(y) for y in range(s, e + 1)]))
        s = e + 1

    areas, area_years, area_periods = [], [], []
    for i, zid in enumerate(acc.area_ids):
        row = {"area_id": zid}
        row.update(acc.areas[i] if acc.areas else {"area_ha": None, "unmapped_ha": None, "lost_ha": None})
        row.update(_amounts(acc, [i], cols_all))
        areas.append(row)
        for j, y in enumerate(years):
            area_years.append(_with_kind(dict({"area_id": zid, "year": y}, **_amounts(acc, [i], [j])), acc.kinds[j]))
        for s, e, cols in periods_cols:
            area_periods.append(_with_kind(dict({"area_id": zid, "start": s, "last": e}, **_amounts(acc, [i], cols)),
                                           _kind_of(acc, cols)))

    credited = acc.credited_rows()
    cred_central = acc.project[credited].sum(axis=0) - acc.baseline[credited].sum(axis=0)
    cred_draws = acc.draws[credited].astype(np.float64).sum(axis=0) if acc.draws is not None else None
    issues = deductions.monitoring_periods(years, cred_central, ends, draws=cred_draws, soil_changes=acc.soil,
                                           soil_draws=acc.soil_draws, **options)
    vintages = {}
    for issue in issues:
        vintages.update(issue.vintages)
    year_rows = []
    for j, y in enumerate(years):
        row = _with_kind(dict({"year": y}, **_amounts(acc, [acc.total_row], [j])), acc.kinds[j])
        c = _amounts(acc, credited, [j])
        row.update({"credited_tco2e": c["gross_removals_tco2e"], "credited_tco2e_lo": c["gross_removals_tco2e_lo"],
                    "credited_tco2e_hi": c["gross_removals_tco2e_hi"], "vintage_tco2e": vintages.get(y, 0.0)})
        year_rows.append(row)
    periods = []
    for (s, e, cols), issue in zip(periods_cols, issues):
        row = _with_kind(dict({"start": s, "last": e}, **_amounts(acc, [acc.total_row], cols)), _kind_of(acc, cols))
        c = _amounts(acc, credited, cols)
        cum = issue.cumulative
        row.update({"credited_tco2e": c["gross_removals_tco2e"], "credited_tco2e_lo": c["gross_removals_tco2e_lo"],
                    "credited_tco2e_hi": c["gross_removals_tco2e_hi"],
                    "cumulative_deductions": cum.as_dicts(translate),
                    "cumulative_net_tco2e": cum.net.value, "cumulative_net_tco2e_lo": cum.net.lo,
                    "cumulative_net_tco2e_hi": cum.net.hi, "relative_error": cum.error,
                    "issued_before_tco2e": issue.issued_before, "issued_tco2e": issue.issued,
                    "reversal_tco2e": issue.reversal, "shortfall_tco2e": issue.shortfall,
                    "note": issue.note(translate),
                    "vintages": [{"year": y, "tco2e": v} for y, v in sorted(issue.vintages.items())]})
        periods.append(row)

    total = dict(acc.total)
    total.update(_amounts(acc, [acc.total_row], cols_all))
    c = _amounts(acc, credited, cols_all)
    total.update({"credited_tco2e": c["gross_removals_tco2e"], "credited_tco2e_lo": c["gross_removals_tco2e_lo"],
                  "credited_tco2e_hi": c["gross_removals_tco2e_hi"],
                  "not_credited_tco2e": total["gross_removals_tco2e"] - c["gross_removals_tco2e"],
                  "net_tco2e": issues[-1].cumulative.net.value, "net_tco2e_lo": issues[-1].cumulative.net.lo,
                  "net_tco2e_hi": issues[-1].cumulative.net.hi,
                  "issued_ex_post_tco2e": sum(i.issued for i, (_, _, cols) in zip(issues, periods_cols)
                                              if _kind_of(acc, cols) == EX_POST),
                  "estimated_ex_ante_tco2e": sum(i.issued for i, (_, _, cols) in zip(issues, periods_cols)
                                                 if _kind_of(acc, cols) == EX_ANTE)})

    habitats = []
    for i, (cat, r) in enumerate(zip(acc.categories, acc.category_rows())):
        cover = methodologies.methodology_for(cat.habitat) if cat.habitat else None
        m = cover.methodology if cover else None
        row = {"habitat": tr(NAMES[cat.habitat]) if cat.habitat else "", "class_value": cat.habitat,
               "methodology": cat.methodology or "",
               "methodology_title": (m.title_zh if lang == "zh" else m.title_en) if m else "",
               "credited": cat.credited, "eligibility_checked": cat.checked,
               "reason": text(cat.reason) if cat.reason else "", "area_ha": float(acc.category_total_ha[i])}
        row.update(_amounts(acc, [r], cols_all))
        habitats.append(row)
    eligibility = _eligibility_rows(acc, text)
    for a, e in zip(areas, eligibility["areas"] if eligibility else [{}] * n):
        for key in ("eligible_ha", "unchecked_ha", "excluded_ha"):
            a[key] = e.get(key)
    ids = sorted({c.methodology for c in acc.categories if c.methodology})
    if options.get("standard") == "VM0033":
        ids.append("VM0033")
    gaps = [g.item_zh if lang == "zh" else g.item for g in methodologies.not_covered(ids)]

    no_soil = (NO_SOIL, {})
    if acc.route == TABLES and float(options.get("allochthonous_pct") or 0) > 0 and no_soil not in acc.warnings:
        acc.warnings.append(no_soil)  # the caller logs the accounts' warnings after this
    cautions = [text(c) for c in acc.cautions]
    return {
        "schema": SCHEMA,
        "title": tr("Net removals of the project against its baseline"),
        "created": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "route": acc.route,
        "verifiable": not cautions,
        "cautions": cautions,
        "warnings": [text(w) for w in acc.warnings],
        "inputs": list(inputs),
        "parameters": dict(parameters or {}, confidence_pct=acc.level, iterations_run=acc.iterations,
                           monitoring_period_ends=ends,
                           eligible_classes=[text(methodologies.class_label(v)) for v in _allowed(acc)]),
        "period": {"start": years[0], "last": years[-1], "years": len(years)},
        "observed_until": acc.observed,
        "years_ex_post": [y for y, k in zip(years, acc.kinds) if k == EX_POST],
        "years_ex_ante": [y for y, k in zip(years, acc.kinds) if k == EX_ANTE],
        "scenarios": acc.scenarios,
        "total": total,
        "areas": areas,
        "area_years": area_years,
        "area_periods": area_periods,
        "years": year_rows,
        "periods": periods,
        "deductions": {"standard": issues[-1].cumulative.standard, "confidence_pct": issues[-1].cumulative.confidence,
                       "period": {"start": years[0], "last": years[-1]},
                       "lines": issues[-1].cumulative.as_dicts(translate),
                       "reversal_source": tr(issues[-1].reversal_source)},
        "habitats": habitats,
        "eligibility": eligibility,
        "not_covered": gaps + [tr(t) for t in NOT_COVERED],
    }


def _allowed(acc):
    return acc.eligible if acc.eligible is not None else methodologies.methodology_for(MANGROVE).eligible_baseline


def _eligibility_rows(acc, text):
    """Per area, the hectares of each habitat's ground that are eligible (credited), counted without a check
    (the methodology's baseline conditions unknown) or excluded, each with its reason."""
    if acc.category_ha is None:
        return None

    def split(ha):
        rows = [{"habitat": c.habitat, "methodology": c.methodology, "status": _status(c), "ha": float(h),
                 "reason": text(c.reason)} for h, c in zip(ha, acc.categories) if c.habitat and h > 0]
        sums = {k + "_ha": float(sum(r["ha"] for r in rows if r["status"] == k))
                for k in ("eligible", "unchecked", "excluded")}
        return dict(sums, ground=rows)

    out = [dict({"area_id": zid}, **split(acc.category_ha[i])) for i, zid in enumerate(acc.area_ids)]
    return {"methodology": methodologies.methodology_for(MANGROVE).methodology.id,
            "classes": [text(methodologies.class_label(v)) for v in _allowed(acc)],
            "areas": out, "total": split(acc.category_total_ha)}


def _status(cat):
    return "excluded" if not cat.credited else "eligible" if cat.checked else "unchecked"
