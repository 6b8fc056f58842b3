"""The carbon stocks report (``bluecarbon:carbonstocks`` OUTPUT_REPORT): the data of ``templates/carbon.html``."""
from ..classes import NAMES, colour_of
from ..carbon.densities import COUNTRY_POOLS, NUMERIC, ZONE_LABELS
from ..carbon.montecarlo import resolve
from ..carbon.stocks import CO2_PER_C
from ..errors import N_
from . import charts, maps
from .html import Notes, fmt, render, stacked

DIST_TEXT = {
    "normal": N_("normal (95 % bounds, truncated at 0)"),
    "lognormal": N_("lognormal, median = value"),
    "pert": N_("Beta-PERT over the range, mode = value"),
    "pert_median": N_("Beta-PERT over the observed range, median = value"),
    "triangular": N_("triangular over the range, mode = value"),
    "fixed": N_("fixed"),
}
AREA_COLOUR = "#2b6ca3"


def _interval(lo, hi, digits=1):
    if lo is None or hi is None:
        return "–"
    return "{} – {}".format(fmt(lo, digits), fmt(hi, digits))


def _zone(z, tr):
    return tr(ZONE_LABELS[z]) if z in ZONE_LABELS else (z or "–")


def _with_interval(value, median, lo, hi, digits):
    """'value [median; lo – hi]' of the grand totals."""
    return "{} [{}; {}]".format(fmt(value, digits), fmt(median, digits), _interval(lo, hi, digits))


def _densities(table_, tr):
    """Rows of the density table (values with their bounds under them) and the notes they link to: Monte Carlo
    distribution, source and verification of each row."""
    notes = Notes("density")
    rows = []
    for key in sorted(table_.entries):
        r = table_.entries[key]
        cells = [r.class_value, tr(r.class_name), _zone(r.climate_zone, tr) if r.climate_zone else tr("all")]
        dists = []
        for c in NUMERIC:
            if c in r.lo:
                cells.append(stacked(fmt(r.values[c], 3), "({}–{})".format(fmt(r.lo[c], 2), fmt(r.hi[c], 2))))
                kind = resolve(r.values[c], r.lo[c], r.hi[c], r.dist.get(c))
                dists.append("{}: {}".format(c, tr(DIST_TEXT.get(kind, kind))))
            else:
                cells.append(fmt(r.values[c], 3))
        cells.append(notes.ref((tr("Monte Carlo distribution"), "; ".join(dists) or tr("no bounds: fixed")),
                               (tr("Source"), r.density_source + ": " + r.source),
                               (tr("Verified"), r.verified or tr("not stated in the table"))))
        rows.append(cells)
    return {"rows": rows, "notes": notes.items,
            "units": [c + " [t C/ha" + ("/yr]" if c.endswith("_yr") else "]") for c in NUMERIC]}


def _country(table_, climate_zones, tr):
    """Per-country mangrove densities beside the Tier 1 rows they replace (None without a country)."""
    c = table_.country
    if c is None:
        return None
    rows = []
    used = set(climate_zones)
    for key, base in sorted(table_.tier1.items()):
        if base.climate_zone and base.climate_zone not in used:
            continue   # only the zones of this run's areas
        zone = _zone(base.climate_zone, tr) if base.climate_zone else tr("all")
        for pool in COUNTRY_POOLS:
            rows.append([pool + " [t C/ha]", zone, fmt(c[pool], 2), fmt(base.values[pool], 2),
                         fmt(c[pool] - base.values[pool], 2)])
        rows.append([tr("total of the three pools [t C/ha]"), zone, fmt(sum(c[p] for p in COUNTRY_POOLS), 2),
                     fmt(sum(base.values[p] for p in COUNTRY_POOLS), 2),
                     fmt(sum(c[p] - base.values[p] for p in COUNTRY_POOLS), 2)])
    return {"country": c["country"], "iso": c["iso"], "year": c.get("year", ""), "rows": rows}


def _areas(zone_ids, accounts, climate_zones, tr):
    """Per-area rows: areas and stock in t C; stock and uptake in CO2e with median and interval; the chart."""
    areas, co2 = [], []
    for zid, a, z in zip(zone_ids, accounts, climate_zones):
        areas.append([zid, _zone(z, tr), fmt(a.polygon_ha), fmt(a.area_ha), fmt(a.unmapped_ha), fmt(a.stock_tc, 1)])
        co2.append([zid, fmt(a.stock_tco2e, 1), fmt(a.median.get("stock_tco2e"), 1),
                    _interval(a.stock_tco2e_lo, a.stock_tco2e_hi), fmt(a.uptake_tco2e_yr, 2),
                    fmt(a.median.get("uptake_tco2e_yr"), 2),
                    _interval(a.uptake_tco2e_yr_lo, a.uptake_tco2e_yr_hi, 2)])
    chart = charts.bar_chart([str(z) for z in zone_ids], [a.stock_tco2e for a in accounts],
                             [AREA_COLOUR] * len(accounts), "t CO2e", lo=[a.stock_tco2e_lo for a in accounts],
                             hi=[a.stock_tco2e_hi for a in accounts])
    return areas, co2, chart


def _adjusted(zone_ids, accounts, names, tr):
    rows = []
    for zid, a in zip(zone_ids, accounts):
        for k in sorted(set(a.class_ha) | set(a.adjusted_ha)):
            rows.append([zid, k, names.get(k, tr("not in the density table")), fmt(a.class_ha.get(k, 0.0)),
                         fmt(a.adjusted_ha.get(k, 0.0))])
        rows.append([zid, "", tr("stock [t CO2e]: mapped | adjusted (95% interval)"), fmt(a.stock_tco2e, 1),
                     "{} ({})".format(fmt(a.stock_tco2e_adj, 1), _interval(a.stock_tco2e_adj_lo, a.stock_tco2e_adj_hi))])
        rows.append([zid, "", tr("uptake [t CO2e/yr]: mapped | adjusted (95% interval)"), fmt(a.uptake_tco2e_yr, 2),
                     "{} ({})".format(fmt(a.uptake_tco2e_yr_adj, 2),
                                      _interval(a.uptake_tco2e_yr_adj_lo, a.uptake_tco2e_yr_adj_hi, 2))])
    return rows


def _totals(total, overlap_ha, with_adj):
    """Formatted grand totals, by name (the template labels them)."""
    t = total
    out = {"polygon_ha": fmt(t.polygon_ha), "area_ha": fmt(t.area_ha), "unmapped_ha": fmt(t.unmapped_ha),
           "overlap_ha": fmt(overlap_ha), "stock_tc": fmt(t.stock_tc, 1),
           "stock_tco2e": _with_interval(t.stock_tco2e, t.median.get("stock_tco2e"), t.stock_tco2e_lo,
                                         t.stock_tco2e_hi, 1),
           "uptake_tc_yr": fmt(t.uptake_tc_yr, 2),
           "uptake_tco2e_yr": _with_interval(t.uptake_tco2e_yr, t.median.get("uptake_tco2e_yr"), t.uptake_tco2e_yr_lo,
                                             t.uptake_tco2e_yr_hi, 2)}
    if with_adj:
        out["stock_tco2e_adj"] = _with_interval(t.stock_tco2e_adj, t.median.get("stock_tco2e_adj"),
                                                t.stock_tco2e_adj_lo, t.stock_tco2e_adj_hi, 1)
        out["uptake_tco2e_yr_adj"] = _with_interval(t.uptake_tco2e_yr_adj, t.median.get("uptake_tco2e_yr_adj"),
                                                    t.uptake_tco2e_yr_adj_lo, t.uptake_tco2e_yr_adj_hi, 2)
    return out


def _classes(total, names, tr):
    rows, labels, values, colours = [], [], [], []
    for k, ha in sorted(total.class_ha.items()):
        name = names.get(k, tr("not in the density table"))
        up_ha = ha if total.uptake_ha is None else total.uptake_ha.get(k, 0.0)
        rows.append([k, name, fmt(ha), fmt(up_ha), fmt(total.class_stock_tc.get(k, 0.0), 1),
                     fmt(total.class_uptake_tc_yr.get(k, 0.0) * CO2_PER_C, 2), total.class_source.get(k, "–")])
        labels.append("{} {}".format(k, name))
        values.append(total.class_stock_tc.get(k, 0.0))
        colours.append(colour_of(k))
    return rows, charts.bar_chart(labels, values, colours, "t C")


def carbon_report(*, inputs, grid, table_, zone_ids, accounts, total, overlap_ha, geoms,
                  warnings, iterations, seed, mc=None, climate_zones=None, tr=lambda s: s, lang="en"):
    """HTML text of the report. ``accounts``/``total`` are stocks.Account objects."""
    mc = mc or {"iterations": iterations, "converged": None}
    climate_zones = climate_zones or [""] * len(accounts)
    names = {k: tr(v) for k, v in table_.names().items()}  # the standard class names are translated
    with_adj = total.adjusted_ha is not None
    head = {"s": fmt(total.stock_tco2e, 1), "m": fmt(total.median.get("stock_tco2e"), 1),
            "i": _interval(total.stock_tco2e_lo, total.stock_tco2e_hi), "u": fmt(total.uptake_tco2e_yr, 2),
            "um": fmt(total.median.get("uptake_tco2e_yr"), 2),
            "ui": _interval(total.uptake_tco2e_yr_lo, total.uptake_tco2e_yr_hi, 2)}
    if with_adj:
        head.update(sa=fmt(total.stock_tco2e_adj, 1), ia=_interval(total.stock_tco2e_adj_lo, total.stock_tco2e_adj_hi),
                    ua=fmt(total.uptake_tco2e_yr_adj, 2),
                    uia=_interval(total.uptake_tco2e_yr_adj_lo, total.uptake_tco2e_yr_adj_hi, 2))
    run = {"habitat": inputs["habitat"], "band": inputs["band"],
           "crs": grid.crs.to_string() + " — " + (grid.crs.name or ""),
           "pixel": "{:g} × {:g}".format(abs(grid.dx), abs(grid.dy)), "geographic": grid.is_geographic,
           "areas": inputs["areas"], "densities": table_.path, "country": inputs.get("country") or "",
           "draws": "{:,}".format(mc.get("iterations") or 0), "seed": seed, "adaptive": bool(inputs.get("adaptive"))}
    areas, co2, area_chart = _areas(zone_ids, accounts, climate_zones, tr)
    classes, class_chart = _classes(total, names, tr)
    return render(
        "carbon.html", tr, lang, head=head, run=run, basis=bool(inputs.get("basis", 0)), with_adj=with_adj,
        co2_per_c="{:.4f}".format(CO2_PER_C), densities=_densities(table_, tr),
        country=_country(table_, climate_zones, tr), areas=areas, co2=co2, area_chart=area_chart,
        adjusted=_adjusted(zone_ids, accounts, names, tr) if with_adj else [],
        totals=_totals(total, overlap_ha, with_adj), classes=classes, class_chart=class_chart,
        restricted_uptake=bool(inputs.get("basis", 0)) and total.uptake_ha is not None,
        map=maps.class_map(grid, geoms, [str(z) for z in zone_ids], {**{k: tr(v) for k, v in NAMES.items()}, **names},
                           tr=tr, classes=sorted(total.class_ha)),
        warnings=warnings)
