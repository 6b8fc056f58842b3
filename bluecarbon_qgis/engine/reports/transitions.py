"""The transition map report (``bluecarbon:transitionmap`` OUTPUT_REPORT): inputs, the cleaning rules as
applied with their counts, the transitions with their areas, per area when areas were given."""
import datetime

from .html import esc, fmt, page, table


def transition_report(run, rows, *, inputs, labels, warnings, tr=lambda s: s, lang="en"):
    """HTML text. ``run``: transitions.transition_map(); ``rows``: transitions.zone_rows(); ``labels``: {value:
    label shown}."""
    years = run["years"]
    grid = run["grid"]
    info = [
        (tr("Created"), datetime.datetime.now().strftime("%Y-%m-%d %H:%M")),
        (tr("Class maps"), "; ".join("{}: {}".format(y, p) for y, p in zip(years, run["paths"]))),
        (tr("Raster CRS"), grid.crs.to_string() + " — " + (grid.crs.name or "")),
        (tr("Project areas"), inputs.get("areas") or tr("none (whole map only)")),
        (tr("Transition map"), inputs.get("output", "")),
        (tr("Cleaned class maps"), run["snapshot_table"] or tr("not written")),
    ]
    sections = [(tr("Inputs"), table([tr("Item"), tr("Value")], info, numeric_from=99))]

    rules = []
    if len(years) < 3:
        state = tr("not applicable: it needs three or more dates")
    else:
        state = tr("applied") if run["temporal"] else tr("switched off")
    rules.append("<p><b>{}</b> ({})<br>{}</p>".format(esc(tr("1. Temporal rule")), esc(state), esc(tr(
        "Dates are taken from the oldest. A middle date whose class B differs from the classes of the dates "
        "before and after it, which agree (A → B → A), is treated as an error of that date and gets A. The date "
        "before is compared as already cleaned, the date after as mapped; the first and last dates are never "
        "changed, and a pixel without a class on any of the three dates is left as it is. A → B → B and "
        "A → B → C are kept."))))
    mmu = run["min_pixels"] > 1
    rules.append("<p><b>{}</b> ({})<br>{}</p>".format(esc(tr("2. Minimum mapping unit for change")), esc(
        tr("applied: {n} pixels").format(n=run["min_pixels"]) if mmu else tr("switched off")), esc(tr(
            "For each interval, from the oldest: the pixels whose class changes form patches, 8-connected (pixels "
            "that touch at a corner belong to one patch); a patch of fewer pixels than the minimum goes back to no "
            "change (the later date takes the earlier date's class there). Patches are measured whole across the "
            "strips the raster is read in."))))
    counts = [[y, run["temporal_pixels"][k], run["mmu_pixels"][k]] for k, y in enumerate(years)]
    counts.append([tr("Total"), sum(run["temporal_pixels"]), sum(run["mmu_pixels"])])
    rules.append(table([tr("Date"), tr("Pixels changed by the temporal rule"),
                        tr("Pixels changed by the minimum mapping unit")], counts))
    sections.append((tr("Cleaning rules (applied in this order)"), "".join(rules)))

    body = []
    for r, px, m2 in zip(run["table"], run["pixels"], run["area_m2"]):
        body.append([r["value"], r["from_class"], r["to_class"], r["change"], labels.get(r["value"], r["label"]), px,
                     fmt(m2 / 1e4, 4)])
    sections.append((tr("Transitions {first} → {last} (whole map)").format(first=years[0], last=years[-1]),
                     table(["value", "from_class", "to_class", "change", tr("Transition"), tr("Pixels"), "area_ha"],
                           body, numeric_from=5) +
                     "<p class=\"small\">{}</p>".format(esc(tr(
                         "Value 0 (no data): {n} pixels without a class on the first or the last date, {ha} ha. "
                         "Areas are ellipsoidal (true areas on the ellipsoid of the map's CRS).").format(
                             n=run["unmapped_pixels"], ha=fmt(run["unmapped_m2"] / 1e4, 4))))))
    zone = [[r[0], r[1], "" if r[2] is None else r[2], "" if r[3] is None else r[3], "" if r[4] is None else r[4],
             labels.get(r[1], r[5]) if r[1] else tr("no data or outside the map"), fmt(r[6], 4)]
            for r in rows]
    sections.append((tr("Transition areas by area (ha)"),
                     table(["area_id", "value", "from_class", "to_class", "change", tr("Transition"), "area_ha"],
                           zone, numeric_from=6)))
    if warnings:
        sections.append((tr("Warnings"), "".join('<p class="warn">{}</p>'.format(esc(w)) for w in warnings)))
    return page(tr("Transition map"), sections, lang=lang)
