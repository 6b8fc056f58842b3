"""The validation report of a trained classifier (``bluecarbon:trainclassifier`` OUTPUT_REPORT): the data of
``templates/training.html``."""
import numpy as np

from . import charts
from .html import fmt, render


def training_report(*, inputs, meta, validation, names, tr=lambda s: s, lang="en"):
    """HTML validation report of a trained classifier."""
    classes = validation["classes"]
    label = ["{} {}".format(c, tr(names.get(c, ""))).strip() for c in classes]
    m = np.array(validation["matrix"])
    rows = [[label[i]] + [int(v) for v in m[i]] + [fmt(m[i, i] / m[i].sum() if m[i].sum() else float("nan"), 3)]
            for i in range(len(classes))]
    col = m.sum(axis=0)
    rows.append([tr("User's accuracy")] + [fmt(m[j, j] / col[j] if col[j] else float("nan"), 3)
                                           for j in range(len(classes))] + [""])
    return render(
        "training.html", tr, lang, inputs=inputs, meta=meta, how=validation["how"],
        per_class=", ".join("{}: {}".format(c, n) for c, n in zip(classes, m.sum(axis=1))), labels=label,
        matrix=rows, accuracy=fmt(validation["accuracy"], 3),
        chart=charts.bar_chart(meta["features"], validation["importances"], ["#2b6ca3"] * len(meta["features"]), "",
                               digits=1),
        dates=_dates(meta), ranges=_ranges(meta))


def _dates(meta):
    """Rows of the accuracy-per-date table (several dates pooled), or None."""
    if not meta.get("dates"):
        return None
    return [[d["date"], d["image"], d["sensor"], d["features"], d["pixels"], fmt(d["accuracy"], 3),
             "–" if d["accuracy_other_dates"] is None else fmt(d["accuracy_other_dates"], 3),
             fmt(d["unseen_pct"], 1)] for d in meta["dates"]]


def _ranges(meta):
    """Rows of the range of the training spectra (1st and 99th percentiles per feature), or None."""
    ranges = meta.get("feature_ranges")
    if not ranges:
        return None
    return [[f, fmt(lo, 4), fmt(hi, 4)] for f, lo, hi in zip(ranges["features"], ranges["lo"], ranges["hi"])]
