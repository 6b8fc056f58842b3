"""The net removals statement (``bluecarbon:carboncredits`` OUTPUT_REPORT): baseline, project, leakage, buffer,
net, line by line; the data of ``templates/credits.html``."""
from .html import fmt, render


def _iv(v, lo, hi):
    if lo is None or hi is None:
        return fmt(v, 2)
    return "{} [{} – {}]".format(fmt(v, 2), fmt(lo, 2), fmt(hi, 2))


def credits_report(*, inputs, period, leakage_pct, buffer_pct, years, per_area, grand, tr=lambda s: s, lang="en"):
    steps = [
        ("1", tr("Baseline net sequestration"), "B", fmt(grand["baseline_tco2e"], 2)),
        ("2", tr("Project net sequestration"), "P", fmt(grand["project_tco2e"], 2)),
        ("3", tr("Gross removals attributable to the project"), "G = P − B", fmt(grand["gross_removals_tco2e"], 2)),
        ("4", tr("Leakage"), "L = max(G, 0) × {}%".format(fmt(leakage_pct, 2)), fmt(grand["leakage_tco2e"], 2)),
        ("5", tr("Non-permanence buffer"), "U = max(G − L, 0) × {}%".format(fmt(buffer_pct, 2)),
         fmt(grand["buffer_tco2e"], 2)),
        ("6", tr("Net removals"), "N = G − L − U",
         _iv(grand["net_removals_tco2e"], grand.get("net_removals_tco2e_lo"), grand.get("net_removals_tco2e_hi"))),
    ]
    area_rows = []
    for area, v in per_area.items():
        area_rows.append([area, fmt(v["baseline_tco2e"], 2), fmt(v["project_tco2e"], 2),
                          fmt(v["gross_removals_tco2e"], 2), fmt(v["leakage_tco2e"], 2), fmt(v["buffer_tco2e"], 2),
                          _iv(v["net_removals_tco2e"], v.get("net_removals_tco2e_lo"), v.get("net_removals_tco2e_hi"))])
    year_rows = [[r.area_id, r.year, fmt(r.values["baseline_tco2e"], 2), fmt(r.values["project_tco2e"], 2),
                  fmt(r.values["gross_removals_tco2e"], 2), fmt(r.values["leakage_tco2e"], 2),
                  fmt(r.values["buffer_tco2e"], 2),
                  _iv(r.values["net_removals_tco2e"], r.values["net_removals_tco2e_lo"],
                      r.values["net_removals_tco2e_hi"])] for r in years]
    return render("credits.html", tr, lang, inputs=inputs, period=period, leakage=fmt(leakage_pct, 2),
                  buffer=fmt(buffer_pct, 2), steps=steps, area_rows=area_rows, year_rows=year_rows)
