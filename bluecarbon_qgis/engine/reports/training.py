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
    dates = [[d["date"], d["image"], d["sensor"], d["features"], d["pixels"], fmt(d["accuracy"], 3),
              "–" if d["accuracy_other_dates"] is None else fmt(d["accuracy_other_dates"], 3), fmt(d["unseen_pct"], 1)]
             for d in meta.get("dates") or []]
    ranges = meta.get("feature_ranges")
    ranges = [[f, fmt(lo, 4), fmt(hi, 4)] for f, lo, hi in zip(ranges["features"], ranges["lo"], ranges["hi"])] \
        if ranges else []
    return render(
        "training.html", tr, lang, inputs=inputs, meta=meta, how=validation["how"], dates=dates, ranges=ranges,
        per_class=", ".join("{}: {}".format(c, n) for c, n in zip(classes, m.sum(axis=1))), labels=label,
        matrix=rows, accuracy=fmt(validation["accuracy"], 3),
        chart=charts.bar_chart(meta["features"], validation["importances"], ["#2b6ca3"] * len(meta["features"]), "",
                               digits=1))
