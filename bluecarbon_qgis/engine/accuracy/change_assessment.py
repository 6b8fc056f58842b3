"""Accuracy and area of change from a labelled sample of a transition map: the estimators of
``estimators`` (Olofsson et al. 2014) on transition codes when the strata are the transitions, and those of
``strata_estimators`` (Stehman 2014) when a buffer stratum makes the strata differ from the map's
transitions."""
from dataclasses import dataclass

from ..errors import InputError
from .estimators import conditional_proportions, stratified_accuracy
from .sampling import read_map_values
from .strata_estimators import strata_accuracy


@dataclass
class ChangeAssessment:
    classes: list        # transition codes: the map's, and the reference transitions the map never shows
    pairs: dict          # code -> (from class, to class)
    result: object       # estimators.AccuracyResult
    unit_strata: list    # the stratum of each sample unit


def assess_change(table, buffer_px, sample, strata_grid, stratum_m2, stratum_pixels, mapped_m2, pair_codes):
    """Estimates for a transition map.

    ``sample``: the labelled units (``sampling.ReferenceSample``, reference labels as transition codes from
    ``pair_codes``, {(from, to): code}); ``strata_grid``: the stratum raster (``change_strata``), with the
    strata's ellipsoidal areas ``stratum_m2`` and pixel counts ``stratum_pixels``; ``mapped_m2``: the map's
    area of each transition.
    """
    strange = sorted(set(sample.map_values) - set(table.values))
    if strange:
        raise InputError("Reference points fall on map value(s) {values}, which the transition table does not "
                         "list. 0 is nodata in a transition map: set the raster's nodata value to 0, or check "
                         "the map class field.", values=", ".join(str(v) for v in strange))
    pairs = {code: pair for pair, code in pair_codes.items()}
    classes = sorted(set(table.values) | set(sample.map_values) | set(sample.ref_values))
    mapped_ha = [mapped_m2.get(c, 0.0) / 1e4 for c in classes]
    if not buffer_px:
        cp = conditional_proportions(sample.map_values, sample.ref_values, classes, weights=sample.weights)
        result = stratified_accuracy(cp.counts, mapped_ha, classes, [stratum_pixels.get(c, 0) for c in classes],
                                     distinct_pixels=sample.distinct_pixels(classes), sample=cp)
        return ChangeAssessment(classes, pairs, result, list(sample.map_values))
    rows, cols = sample.rows.tolist(), sample.cols.tolist()
    centres = [(strata_grid.x0 + (c + 0.5) * strata_grid.dx, strata_grid.y0 + (r + 0.5) * strata_grid.dy)
               for r, c in zip(rows, cols)]
    unit_strata = read_map_values(strata_grid, centres) if centres else []
    if None in unit_strata or min(rows, default=0) < 0:
        raise InputError("{n} reference point(s) have no stratum: they lie outside the map or where it has no "
                         "data. With a buffer stratum each point's stratum is read from the map; check the map "
                         "class field and the points' positions.",
                         n=sum(1 for h, r in zip(unit_strata, rows) if h is None or r < 0))
    seen = {}
    for h, r, c in zip(unit_strata, rows, cols):
        seen.setdefault(h, set()).add((r, c))
    members = {v: {v} for v in table.values}
    members[table.buffer_value] = set(table.stable_values)
    result = strata_accuracy(unit_strata, sample.map_values, sample.ref_values, classes,
                             {h: m2 / 1e4 for h, m2 in stratum_m2.items()}, mapped_ha, weights=sample.weights,
                             stratum_pixels=stratum_pixels, distinct_pixels={h: len(v) for h, v in seen.items()},
                             stratum_members=members)
    return ChangeAssessment(classes, pairs, result, unit_strata)
