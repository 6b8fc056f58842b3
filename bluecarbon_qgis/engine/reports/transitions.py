"""The transition map report (``bluecarbon:transitionmap`` OUTPUT_REPORT): inputs, the cleaning rules as
applied with their counts, the transitions with their areas, per area when areas were given; the data of
``templates/transitions.html``."""
from .html import fmt, render


def transition_report(run, rows, *, inputs, labels, warnings, tr=lambda s: s, lang="en"):
    """HTML text. ``run``: transitions.transition_map(); ``rows``: transitions.zone_rows(); ``labels``: {value:
    label shown}."""
    years = run["years"]
    grid = run["grid"]
    counts = [[y, run["temporal_pixels"][k], run["mmu_pixels"][k]] for k, y in enumerate(years)]
    counts.append([tr("Total"), sum(run["temporal_pixels"]), sum(run["mmu_pixels"])])
    body = [[r["value"], r["from_class"], r["to_class"], r["change"], labels.get(r["value"], r["label"]), px,
             fmt(m2 / 1e4, 4)] for r, px, m2 in zip(run["table"], run["pixels"], run["area_m2"])]
    zone = [[r[0], r[1], "" if r[2] is None else r[2], "" if r[3] is None else r[3], "" if r[4] is None else r[4],
             labels.get(r[1], r[5]) if r[1] else tr("no data or outside the map"), fmt(r[6], 4)] for r in rows]
    run_info = {"maps": "; ".join("{}: {}".format(y, p) for y, p in zip(years, run["paths"])),
                "crs": grid.crs.to_string() + " — " + (grid.crs.name or ""), "areas": inputs.get("areas") or "",
                "output": inputs.get("output", ""), "cleaned": run["snapshot_table"] or ""}
    return render("transitions.html", tr, lang, run=run_info, dates=len(years), temporal=run["temporal"],
                  min_pixels=run["min_pixels"], counts=counts, first=years[0], last=years[-1], body=body,
                  unmapped_pixels=run["unmapped_pixels"], unmapped_ha=fmt(run["unmapped_m2"] / 1e4, 4), zone=zone,
                  warnings=warnings)
