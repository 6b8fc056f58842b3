"""Map error carried into stock change: the change of ``change.py`` on area-adjusted transitions.

Two snapshots (s_0, s_1) make every pixel's trajectory one transition i = (a -> b). A stratified sample of
transitions labelled on the ground (the reference transition j of each point; the map transition i read
from the snapshots at the point) gives the conditional proportions p(j | i) = n_ij / n_i. (Olofsson et al.
2014, the map transitions as strata; area-weighted when the cells differ in area), as
``estimators.conditional_proportions`` estimates them and ``accuracyassessment`` uses them on a transition
map. Per area, with A_i its mapped hectares of transition i and r_j the per-hectare result of transition j
(accumulation, emissions, net sequestration of each period, from the same model):

    adjusted area of j      Ã_j = Σ_i A_i p(j | i)
    adjusted result         R̃ = Σ_j Ã_j r_j = Σ_i A_i Σ_j p(j | i) r_j

Over the whole map Ã_j is Olofsson et al.'s area-adjusted area of transition j (their eq. 9-10). The
assumption: the map's error rates inside each area are those of the whole map (p(j | i) does not depend
on the area). A map transition without a sample point keeps its mapped area (and is listed).

Intervals: each Monte Carlo iteration draws the rows p(. | i) from their Dirichlet posterior
(``stocks.Adjustment.draws``) and the biophysical values (``change.draw_params``, the same draws as the
mapped run with the same seed), jointly for every area; the 2.5-97.5 percentiles of the totals.
"""
import dataclasses
from dataclasses import dataclass

import numpy as np

from ..accuracy.estimators import conditional_proportions
from ..errors import InputError, N_
from .change import M2_PER_HA, class_params, draw_params, simulate
from .montecarlo import interval
from .stocks import Adjustment

OUTPUTS = ("accumulation", "emissions", "net")
ASSUMPTION = N_("The map's error rates inside each area are those of the whole map: the conditional proportions "
                "p(reference transition | map transition) estimated from the whole sample are applied to the "
                "mapped transitions of every area.")


@dataclass
class AdjustedChange:
    pairs: list           # (from, to) of each transition, in the order of the arrays' transition axis
    unadjusted: list      # map transitions without a sample point: they keep their mapped area
    counts: np.ndarray    # sample counts n_ij (map transition i, reference transition j) over ``pairs``
    mapped_ha: np.ndarray     # (rows, transitions)
    adjusted_ha: np.ndarray   # (rows, transitions)
    adjusted_ha_lo: np.ndarray = None
    adjusted_ha_hi: np.ndarray = None
    values: dict = None   # (output, period index) -> (mapped (rows,), adjusted (rows,), lo (rows,), hi (rows,))
    iterations: int = 0


def require_two_snapshots(model):
    """Refuses a model of other than two snapshots: a pixel's map transition is its class at the two."""
    if len(model.years) != 2:
        raise InputError("Map error is carried into stock change for two snapshots (a map transition per pixel); "
                         "{n} were given ({years}). Run with the first and the last snapshot only, or without "
                         "the reference sample.", n=len(model.years), years=", ".join(map(str, model.years)))


def transition_sample(sample_map, sample_ref, transitions, names=None):
    """Checks the sample's transitions ((from, to) per point, map and reference) against the transition table:
    a reference transition whose cell is empty is refused, naming it, as the model cannot evaluate it."""
    names = names or {}
    missing = {}
    for pair in sample_ref:
        if tuple(pair) not in transitions:
            missing[tuple(pair)] = missing.get(tuple(pair), 0) + 1
    if missing:
        (a, b), n = sorted(missing.items())[0]
        raise InputError("The reference sample labels the transition {src} -> {dst} (codes {a} -> {b}) on {n} "
                         "point(s), but its cell in the transition table is empty, so its carbon cannot be "
                         "computed. Fill it with accum, low-impact-disturb, med-impact-disturb, high-impact-disturb "
                         "or NCC, or check the labels. Transitions without a cell: {all}.",
                         src=names.get(a, a), dst=names.get(b, b), a=a, b=b, n=n,
                         all=", ".join("{}->{} ({})".format(p[0], p[1], k) for p, k in sorted(missing.items())))


def sample_transitions(model, sample, code_pairs):
    """The map and reference transition of each point of a ReferenceSample read on the first snapshot
    (``map_values``: its class there; ``ref_values``: reference transition codes, ``code_pairs`` {code: (from,
    to)}): the class at the last snapshot is read at the same pixel. Returns (map pairs, reference pairs,
    weights, number of points dropped because the last snapshot has no data there)."""
    from ..accuracy.sampling import read_map_values

    g = model.grids[0]
    centres = [(g.x0 + (c + 0.5) * g.dx, g.y0 + (r + 0.5) * g.dy)
               for r, c in zip(sample.rows.tolist(), sample.cols.tolist())]
    last = read_map_values(model.grids[-1], centres)
    keep = [i for i, v in enumerate(last) if v is not None]
    smap = [(int(sample.map_values[i]), int(last[i])) for i in keep]
    sref = [tuple(code_pairs[int(sample.ref_values[i])]) for i in keep]
    weights = None if sample.weights is None else [sample.weights[i] for i in keep]
    return smap, sref, weights, len(last) - len(keep)


def adjust_rows(rows, result, n_periods):
    """Adds the adjusted fields (``<output>_tco2e_adj`` with _lo/_hi) to change.zone_table's rows (zone by
    zone, period by period; ``result`` rows in the same zone order)."""
    fields = {"accumulation": "accumulation_tco2e_adj", "emissions": "emissions_tco2e_adj",
              "net": "net_sequestration_tco2e_adj"}
    for k, row in enumerate(rows):
        z, t = divmod(k, n_periods)
        for name, field in fields.items():
            _, adjusted, lo, hi = result.values[(name, t)]
            row.values[field] = float(adjusted[z])
            row.values[field + "_lo"] = None if lo is None else float(lo[z])
            row.values[field + "_hi"] = None if hi is None else float(hi[z])


def adjust_change(model, traj, rows_m2, sample_map, sample_ref, *, weights=None, iterations=0, seed=1):
    """AdjustedChange over ``rows_m2`` ((rows, trajectories) m², e.g. the areas then the whole map).

    ``model``/``traj``: a two-snapshot ChangeModel and its trajectories (change.scan); ``sample_map`` and
    ``sample_ref``: the map and reference transition (from, to) of each sample point; ``weights``: each
    point's weight within its stratum (estimators.conditional_proportions)."""
    require_two_snapshots(model)
    transition_sample(sample_map, sample_ref, model.transitions,
                      {c: b.name for c, b in model.bio.classes.items()})
    mapped_pairs = [tuple(int(c) for c in row) for row in traj.classes]
    pairs = sorted(set(mapped_pairs) | {tuple(p) for p in sample_map} | {tuple(p) for p in sample_ref})
    code = {p: i for i, p in enumerate(pairs)}
    cp = conditional_proportions([code[tuple(p)] for p in sample_map], [code[tuple(p)] for p in sample_ref],
                                 list(range(len(pairs))), weights=weights)
    adj = Adjustment(cp, range(len(pairs)))
    # mapped hectares of each transition per row
    to_pair = np.zeros((len(mapped_pairs), len(pairs)))
    to_pair[np.arange(len(mapped_pairs)), [code[p] for p in mapped_pairs]] = 1.0
    mapped = np.asarray(rows_m2, np.float64) @ to_pair / M2_PER_HA
    adjusted = mapped @ adj.matrix
    # per-hectare results of every transition (the model run on the pairs as trajectories)
    pm = dataclasses.replace(model)
    cls = np.array(pairs, np.int64).reshape(-1, 2)
    codes = np.unique(cls)
    pm.class_codes = codes
    pos = np.searchsorted(codes, cls)
    det = simulate(pm, pos, {k: v[:, None] for k, v in class_params(pm, codes).items()})
    out = AdjustedChange(pairs=pairs, unadjusted=[pairs[i] for i in adj.unadjusted if pairs[i] in mapped_pairs],
                         counts=cp.counts, mapped_ha=mapped, adjusted_ha=adjusted, values={})
    mc = None
    if iterations and iterations > 0:
        bounded = any(c.lo for c in model.bio.classes.values())
        params = draw_params(pm, codes, iterations, seed) if bounded else None
        mc = simulate(pm, pos, params) if bounded else None
        p = adj.draws(iterations, np.random.default_rng((int(seed), 21)))     # (m, k, k)
        adj_draws = np.einsum("rk,mkj->rmj", mapped, p)                       # (rows, m, k)
        out.adjusted_ha_lo, out.adjusted_ha_hi = interval(adj_draws, axis=1)
        out.iterations = int(iterations)
    for name in OUTPUTS:
        for t in range(len(model.periods)):
            r = getattr(det, name)[t][:, 0]
            lo = hi = None
            if mc is not None or out.iterations:
                r_mc = getattr(mc, name)[t] if mc is not None else np.broadcast_to(r[:, None], (r.size, iterations))
                draws = np.einsum("rmj,jm->rm", adj_draws, r_mc)
                lo, hi = interval(draws, axis=1)
                central = adjusted @ r
                lo, hi = np.minimum(lo, central), np.maximum(hi, central)
            out.values[(name, t)] = (mapped @ r, adjusted @ r, lo, hi)
    return out


def warnings(result):
    """[(template, fields)] on map transitions that the sample does not adjust."""
    if not result.unadjusted:
        return []
    return [(N_("The reference sample has no point on the map transition(s) {pairs}: their mapped area is kept "
                "unadjusted (no error can be estimated for them). Add sample points there."),
             dict(pairs=", ".join("{}->{}".format(a, b) for a, b in result.unadjusted)))]
