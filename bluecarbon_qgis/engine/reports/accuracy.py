"""The accuracy assessment report (``bluecarbon:accuracyassessment`` OUTPUT_REPORT): the data of
``templates/accuracy.html``."""
import math

from . import charts
from .html import fmt, render


def _nan(value):
    return value is None or (isinstance(value, float) and math.isnan(value))


def _pm(value, half, digits=3, missing="–"):
    if _nan(value):
        return missing
    if _nan(half):
        return "{} (±–)".format(fmt(value, digits))
    return "{} ± {}".format(fmt(value, digits), fmt(half, digits))


def _fmt_or(value, digits, missing):
    return missing if _nan(value) else fmt(value, digits)


def _chart(labels, mapped, adjusted, half, tr):
    """Mapped and adjusted area of each class that has an adjusted area, the latter with its 95% interval."""
    keep = [i for i in range(len(labels)) if not _nan(float(adjusted[i]))]
    return charts.paired_bars([labels[i] for i in keep], [mapped[i] for i in keep], [adjusted[i] for i in keep],
                              [half[i] for i in keep], (tr("mapped"), tr("adjusted ± 95%")), "ha")


def accuracy_report(*, inputs, result, names, skipped, notes, tr=lambda s: s, lang="en", weighted=False,
                    strata_design=False):
    """``strata_design``: the sample's strata are not the map classes (a buffer stratum), estimated by
    Stehman's (2014) formulas."""
    classes = result.classes
    na = tr("not estimable")
    label = ["{} {}".format(c, tr(names.get(c, ""))).strip() for c in classes]
    counts = [[label[i]] + [int(v) for v in result.counts[i]] + [int(result.counts[i].sum())]
              for i in range(len(classes))]
    counts.append([tr("Total")] + [int(v) for v in result.counts.sum(axis=0)] + [int(result.counts.sum())])
    p = result.proportions
    # a row's total is its map share W_i, known even where its cells cannot be estimated; the other totals are
    # the sums of the cells shown, so a row that cannot be estimated makes its columns' totals so too
    w = result.mapped_ha / result.mapped_ha.sum()
    if strata_design:   # the map classes' shares are estimated from the strata, like every cell
        w = p.sum(axis=1)
    proportions = [[label[i]] + [_fmt_or(v, 4, na) for v in p[i]] + [_fmt_or(w[i], 4, na)]
                   for i in range(len(classes))]
    proportions.append([tr("Total")] + [_fmt_or(v, 4, na) for v in p.sum(axis=0)] + [_fmt_or(w.sum(), 4, na)])
    accuracy = []
    for i, c in enumerate(classes):
        wil = result.users_wilson[i] if result.users_wilson is not None else (float("nan"), float("nan"))
        wilson = "–" if _nan(float(wil[0])) else "{} – {}".format(fmt(wil[0], 3), fmt(wil[1], 3))
        ua = _pm(result.users[i], result.users_ci95[i], missing=na if result.mapped_ha[i] > 0 else "–")
        if c in result.zero_width:
            ua += " ⚑"
        accuracy.append([label[i], fmt(result.mapped_ha[i]),
                         _pm(result.adjusted_ha[i], result.adjusted_ha_ci95[i], 2, missing=na), ua, wilson,
                         _pm(result.producers[i], result.producers_ci95[i], missing=na)])
    return render(
        "accuracy.html", tr, lang, inputs=inputs, used=int(result.counts.sum()), skipped=skipped,
        weighted=weighted, strata_design=strata_design, notes=notes, labels=label, counts=counts, proportions=proportions, accuracy=accuracy,
        overall=_pm(result.overall, result.overall_ci95, missing=na), zero_width=bool(result.zero_width),
        chart=_chart(label, list(result.mapped_ha), list(result.adjusted_ha), list(result.adjusted_ha_ci95), tr))
