"""The carbon stock change report (``bluecarbon:carbonchange`` OUTPUT_REPORT): the data of
``templates/change.html``."""
from . import charts
from .html import fmt, render, stacked


def _iv(lo, hi):
    return None if lo is None or hi is None else "[{} – {}]".format(fmt(lo, 1), fmt(hi, 1))


def _series(rows):
    """Per area, the stock at each year with its interval: (area, [(year, stock, lo, hi)]). A period's start
    is the previous period's end; the first start has no interval."""
    series = {}
    for r in rows:
        s = series.setdefault(r.area_id, {})
        s.setdefault(r.period_start, (r.values["stock_start_tco2e"], None, None))
        s[r.period_end] = (r.values["stock_end_tco2e"], r.values.get("stock_end_tco2e_lo"),
                           r.values.get("stock_end_tco2e_hi"))
    return [(k, [(year,) + v for year, v in sorted(s.items())]) for k, s in series.items()]


def change_report(*, model, inputs, rows, transitions, names, warnings, iterations, seed, tr=lambda s: s,
                  lang="en"):
    """HTML text. ``rows``: change.ZoneRow list; ``transitions``: change.transition_summary()."""
    stocks, flows = [], []
    for r in rows:
        v = r.values
        stocks.append([r.area_id, r.period_start, r.period_end, fmt(v["area_ha"]), fmt(v["stock_start_tco2e"], 1),
                       stacked(fmt(v["stock_end_tco2e"], 1), _iv(v.get("stock_end_tco2e_lo"),
                                                                v.get("stock_end_tco2e_hi")))])
        flows.append([r.area_id, r.period_start, r.period_end, fmt(v["accumulation_tco2e"], 1),
                      fmt(v["emissions_tco2e"], 1),
                      stacked(fmt(v["net_sequestration_tco2e"], 1), _iv(v.get("net_sequestration_tco2e_lo"),
                                                                        v.get("net_sequestration_tco2e_hi"))),
                      "–" if v["npv"] is None else fmt(v["npv"], 0)])
    trows = [["{} {}".format(a, names.get(a, "")), "{} {}".format(b, names.get(b, "")), "{}–{}".format(start, end),
              kind or "–", n, fmt(ha, 3)] for start, end, a, b, kind, n, ha in transitions]
    grid = model.grids[0]
    run = {"snapshots": "; ".join("{}: {}".format(y, p) for y, p in zip(model.years, model.paths)),
           "year": model.analysis_year, "bio": model.bio.path, "transitions": inputs.get("transitions", ""),
           "crs": grid.crs.to_string() + " — " + (grid.crs.name or ""), "areas": inputs.get("areas") or "",
           "prices": None if model.prices is None else
           {"first": min(model.prices), "last": max(model.prices), "d": model.discount_pct},
           "iterations": iterations, "seed": seed}
    intervals = any(r.values.get("stock_end_tco2e_lo") is not None for r in rows)
    return render("change.html", tr, lang, run=run, guide=model.method == "guide", stocks=stocks, flows=flows,
                  intervals=intervals,
                  chart=charts.line_chart(_series(rows), "t CO2e", tr("95% interval")), transitions=trows,
                  warnings=warnings)
