"""The net removals statement (``bluecarbon:carboncredits`` OUTPUT_REPORT): baseline, project, leakage, buffer,
net, line by line."""
import datetime

from .html import esc, fmt, page, table


def _iv(v, lo, hi):
    if lo is None or hi is None:
        return fmt(v, 2)
    return "{} [{} – {}]".format(fmt(v, 2), fmt(lo, 2), fmt(hi, 2))


def credits_report(*, inputs, period, leakage_pct, buffer_pct, years, per_area, grand, tr=lambda s: s, lang="en"):
    info = [
        (tr("Created"), datetime.datetime.now().strftime("%Y-%m-%d %H:%M")),
        (tr("Project scenario (change table)"), inputs.get("project", "")),
        (tr("Baseline scenario (change table)"), inputs.get("baseline", "")),
        (tr("Crediting period"), "{}–{} ({} {})".format(period[0], period[1], period[1] - period[0], tr("years"))),
        (tr("Leakage (% of the gross removals)"), fmt(leakage_pct, 2)),
        (tr("Non-permanence buffer (% withheld)"), fmt(buffer_pct, 2)),
    ]
    sections = [(tr("Inputs"), table([tr("Item"), tr("Value")], info, numeric_from=99))]
    steps = [
        ("1", tr("Baseline net sequestration"), "B", grand["baseline_tco2e"]),
        ("2", tr("Project net sequestration"), "P", grand["project_tco2e"]),
        ("3", tr("Gross removals attributable to the project"), "G = P − B", grand["gross_removals_tco2e"]),
        ("4", tr("Leakage"), "L = max(G, 0) × {}%".format(fmt(leakage_pct, 2)), grand["leakage_tco2e"]),
        ("5", tr("Non-permanence buffer"), "U = max(G − L, 0) × {}%".format(fmt(buffer_pct, 2)),
         grand["buffer_tco2e"]),
        ("6", tr("Net removals"), "N = G − L − U",
         _iv(grand["net_removals_tco2e"], grand.get("net_removals_tco2e_lo"), grand.get("net_removals_tco2e_hi"))),
    ]
    sections.append((tr("Statement of net removals, all areas (t CO2e)"),
                     table([tr("Step"), tr("Quantity"), tr("Formula"), "t CO2e"],
                           [[a, b, c, d if isinstance(d, str) else fmt(d, 2)] for a, b, c, d in steps],
                           numeric_from=3)))
    sections.append((tr("Method"), "<p>{}</p>".format(esc(tr(
        "Both scenarios are runs of 'Carbon stock change over time' on the same areas, read year by year from "
        "their yearly tables (a period table's totals are spread evenly over the period's years). Where the "
        "inputs carry intervals, the net removals' bounds combine the project's low with the baseline's high "
        "end and the reverse: wider than a 95% "
        "interval, on the safe side.")))))
    area_rows = []
    for area, v in per_area.items():
        area_rows.append([area, fmt(v["baseline_tco2e"], 2), fmt(v["project_tco2e"], 2),
                          fmt(v["gross_removals_tco2e"], 2), fmt(v["leakage_tco2e"], 2), fmt(v["buffer_tco2e"], 2),
                          _iv(v["net_removals_tco2e"], v.get("net_removals_tco2e_lo"), v.get("net_removals_tco2e_hi"))])
    sections.append((tr("By area over the crediting period (t CO2e)"), table(
        [tr("Area"), "baseline_tco2e", "project_tco2e", "gross_removals_tco2e", "leakage_tco2e", "buffer_tco2e",
         "net_removals_tco2e"], area_rows)))
    year_rows = [[r.area_id, r.year, fmt(r.values["baseline_tco2e"], 2), fmt(r.values["project_tco2e"], 2),
                  fmt(r.values["gross_removals_tco2e"], 2), fmt(r.values["leakage_tco2e"], 2),
                  fmt(r.values["buffer_tco2e"], 2),
                  _iv(r.values["net_removals_tco2e"], r.values["net_removals_tco2e_lo"],
                      r.values["net_removals_tco2e_hi"])] for r in years]
    sections.append((tr("By area and year (t CO2e)"), table(
        [tr("Area"), tr("Year"), "baseline_tco2e", "project_tco2e", "gross_removals_tco2e", "leakage_tco2e",
         "buffer_tco2e", "net_removals_tco2e"], year_rows, numeric_from=2)))
    return page(tr("Net removals of the project against its baseline"), sections, lang=lang)
