"""The carbon stock change report (``bluecarbon:carbonchange`` OUTPUT_REPORT)."""
import datetime

from .html import esc, fmt, page, table

PALETTE = ("#1b7a3a", "#1f4e9c", "#e0457b", "#f0a23b", "#8b5a2b", "#2bb3a3", "#9acd32", "#666666")


def line_chart_svg(series, unit, width=640, height=260):
    """Lines of (label, [(year, value)]) on shared axes."""
    pts = [p for _, s in series for p in s]
    if not pts:
        return ""
    x0, x1 = min(p[0] for p in pts), max(p[0] for p in pts)
    y0, y1 = min(0.0, min(p[1] for p in pts)), max(p[1] for p in pts)
    x1 = x1 if x1 > x0 else x0 + 1
    y1 = y1 if y1 > y0 else y0 + 1
    left, right, top, bottom = 70, 150, 10, 30
    w, h = width - left - right, height - top - bottom

    def sx(x):
        return left + (x - x0) / (x1 - x0) * w

    def sy(y):
        return top + h - (y - y0) / (y1 - y0) * h

    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" font-size="11">'.format(width, height),
           '<line x1="{0}" y1="{1}" x2="{2}" y2="{1}" stroke="#444"/>'.format(left, top + h, left + w),
           '<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="#444"/>'.format(left, top, top + h),
           '<text x="{}" y="{}" text-anchor="end">{}</text>'.format(left - 4, top + 10, esc(fmt(y1, 0))),
           '<text x="{}" y="{}" text-anchor="end">{}</text>'.format(left - 4, top + h, esc(fmt(y0, 0))),
           '<text x="{}" y="{}">{}</text>'.format(4, top + h / 2, esc(unit))]
    years = sorted({p[0] for p in pts})
    for yr in years:
        out.append('<text x="{:.1f}" y="{}" text-anchor="middle">{}</text>'.format(sx(yr), height - 8, yr))
    for i, (label, s) in enumerate(series):
        colour = PALETTE[i % len(PALETTE)]
        path = " ".join("{:.1f},{:.1f}".format(sx(x), sy(y)) for x, y in s)
        out.append('<polyline fill="none" stroke="{}" stroke-width="2" points="{}"/>'.format(colour, path))
        for x, y in s:
            out.append('<circle cx="{:.1f}" cy="{:.1f}" r="3" fill="{}"/>'.format(sx(x), sy(y), colour))
        out.append('<text x="{}" y="{}" fill="{}">{}</text>'.format(left + w + 8, top + 14 + 14 * i, colour,
                                                                     esc(str(label))[:24]))
    out.append("</svg>")
    return "".join(out)


def _iv(v, lo, hi):
    if lo is None or hi is None:
        return fmt(v, 1)
    return "{} [{} – {}]".format(fmt(v, 1), fmt(lo, 1), fmt(hi, 1))


def change_report(*, model, inputs, rows, transitions, names, warnings, iterations, seed, tr=lambda s: s,
                  lang="en"):
    """HTML text. ``rows``: change.ZoneRow list; ``transitions``: change.transition_summary()."""
    guide = model.method == "guide"
    info = [
        (tr("Created"), datetime.datetime.now().strftime("%Y-%m-%d %H:%M")),
        (tr("Snapshots"), "; ".join("{}: {}".format(y, p) for y, p in zip(model.years, model.paths))),
        (tr("Analysis year"), model.analysis_year),
        (tr("Biophysical table"), model.bio.path),
        (tr("Transition table"), inputs.get("transitions", "")),
        (tr("Raster CRS"), model.grids[0].crs.to_string() + " — " + (model.grids[0].crs.name or "")),
        (tr("Project areas"), inputs.get("areas") or tr("the whole raster")),
        (tr("Reading of the model"), tr("InVEST User's Guide equations") if guide
         else tr("natcap.invest 3.14.2 code (bit-for-bit)")),
        (tr("Valuation"), tr("none") if model.prices is None else
         tr("prices {first}–{last}, discount rate {d} %").format(first=min(model.prices), last=max(model.prices),
                                                                d=model.discount_pct)),
        (tr("Monte Carlo iterations"), "{} ({} {})".format(iterations, tr("seed"), seed)),
    ]
    sections = [(tr("Inputs"), table([tr("Item"), tr("Value")], info, numeric_from=99))]
    formulas = (
        "S<sub>p,t+1</sub> = S<sub>p,t</sub> + N<sub>p,t</sub> (p = biomass, soil; S at the start of year t)<br>"
        "N<sub>p,t</sub> = A<sub>p</sub> (accumulating) or −E<sub>p,t</sub> (emitting)<br>"
        "E<sub>p,t</sub> = D<sub>p,s</sub> · (0.5<sup>(t−s)/H<sub>p</sub></sup> − "
        "0.5<sup>(t−s+1)/H<sub>p</sub></sup>),"
        " D<sub>p,s</sub> = S<sub>p,s</sub> · M<sub>p</sub><br>")
    if guide:
        formulas += ("S<sub>litter,t</sub> = litter-initial + Σ A<sub>litter</sub>; "
                     "net sequestration = accumulation − emissions = S<sub>end</sub> − S<sub>start</sub><br>"
                     "V<sub>T</sub> = Σ<sub>t</sub> p<sub>t</sub> N<sub>t</sub> / (1+d)<sup>t−t0</sup>")
    else:
        formulas += ("S<sub>litter</sub> = litter-yearly-accumulation of the current class (as natcap.invest "
                     "3.14.2); NPV<sub>T</sub> = (Σ net sequestration) · Σ<sub>t</sub> p<sub>t</sub> / "
                     "(1+d)<sup>t−t0</sup>")
    method = [
        "<p>{}</p>".format(esc(tr(
            "InVEST Coastal Blue Carbon bookkeeping, per pixel, year by year: accumulation at the yearly rate "
            "of the class a transition leads to ('accum'), exponential emission of the disturbed share of the "
            "stock with the source class's half-life ('low/med/high-impact-disturb'), no change ('NCC'). Values "
            "are Mg CO2e per hectare; totals per area are the per-pixel values times the exact ellipsoidal area "
            "of the pixel inside the area."))),
        '<p class="formula">{}</p>'.format(formulas),
    ]
    if iterations:
        method.append("<p>{}</p>".format(esc(tr(
            "Intervals: every biophysical value with _lo/_hi bounds is drawn once per iteration (the same draw for "
            "every pixel and area); the interval is the 2.5–97.5 percentile of the totals, widened to include the "
            "central value when the draws are skewed."))))
    sections.append((tr("Method and formulas"), "".join(method)))
    head = ["area_id", "period_start", "period_end", "area_ha", "stock_start_tco2e", "stock_end_tco2e",
            "accumulation_tco2e", "emissions_tco2e", "net_sequestration_tco2e", "npv"]
    body = []
    for r in rows:
        v = r.values
        body.append([r.area_id, r.period_start, r.period_end, fmt(v["area_ha"]), fmt(v["stock_start_tco2e"], 1),
                     _iv(v["stock_end_tco2e"], v.get("stock_end_tco2e_lo"), v.get("stock_end_tco2e_hi")),
                     fmt(v["accumulation_tco2e"], 1), fmt(v["emissions_tco2e"], 1),
                     _iv(v["net_sequestration_tco2e"], v.get("net_sequestration_tco2e_lo"),
                         v.get("net_sequestration_tco2e_hi")),
                     "–" if v["npv"] is None else fmt(v["npv"], 0)])
    sections.append((tr("Change by area and period (t CO2e)"), table(head, body, numeric_from=3)))
    series = {}
    for r in rows:
        s = series.setdefault(r.area_id, {})
        s[r.period_start] = r.values["stock_start_tco2e"]
        s[r.period_end] = r.values["stock_end_tco2e"]
    sections.append((tr("Stock over time by area (t CO2e)"),
                     line_chart_svg([(k, sorted(v.items())) for k, v in series.items()], "t CO2e")))
    trows = []
    for start, end, a, b, kind, n, ha in transitions:
        trows.append(["{} {}".format(a, names.get(a, "")), "{} {}".format(b, names.get(b, "")),
                      "{}–{}".format(start, end), kind or "–", n, fmt(ha, 3)])
    sections.append((tr("Transitions that occurred (whole raster)"),
                     table([tr("From"), tr("To"), tr("Period"), tr("Kind"), tr("Pixels"), "ha"], trows,
                           numeric_from=4)))
    if warnings:
        sections.append((tr("Warnings"), "".join('<p class="warn">{}</p>'.format(esc(w)) for w in warnings)))
    return page(tr("Carbon stock change over time"), sections, lang=lang)
