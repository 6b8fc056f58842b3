"""The carbon stocks report (``bluecarbon:carbonstocks`` OUTPUT_REPORT)."""
import datetime

from ..classes import colour_of
from ..carbon.densities import NUMERIC
from .html import bar_chart_svg, esc, fmt, map_thumbnail_svg, page, table
from ..carbon.stocks import CO2_PER_C


def _interval(lo, hi):
    if lo is None or hi is None:
        return "–"
    return "{} – {}".format(fmt(lo, 1), fmt(hi, 1))


def carbon_report(*, inputs, grid, table_, zone_ids, accounts, total, overlap_ha, geoms,
                  warnings, iterations, seed, tr=lambda s: s, lang="en"):
    """HTML text of the report. ``accounts``/``total`` are stocks.Account objects."""
    names = {k: tr(v) for k, v in table_.names().items()}  # the standard class names are translated
    sections = []
    info = [
        (tr("Created"), datetime.datetime.now().strftime("%Y-%m-%d %H:%M")),
        (tr("Habitat raster"), "{} ({} {})".format(inputs["habitat"], tr("band"), inputs["band"])),
        (tr("Raster CRS"), grid.crs.to_string() + " — " + (grid.crs.name or "")),
        (tr("Pixel size"), "{:g} × {:g} ({})".format(abs(grid.dx), abs(grid.dy),
                                                   tr("degrees") if grid.is_geographic else tr("CRS units"))),
        (tr("Project areas"), inputs["areas"]),
        (tr("Density table"), table_.path),
        (tr("Monte Carlo iterations"), "{} ({} {})".format(iterations, tr("seed"), seed)),
    ]
    sections.append((tr("Inputs"), table([tr("Item"), tr("Value")], info, numeric_from=99)))
    method = [
        "<p>{}</p>".format(esc(tr("Areas are the true areas on the ellipsoid of the raster's CRS; a pixel "
                                  "partly inside an area counts by the fraction of its area inside."))),
        '<p class="formula">stock_tc = Σ area_ha × (agb + bgb + dead + soil) [t C/ha]<br>'
        'uptake_tc_yr = Σ area_ha × seq [t C/ha/yr]<br>CO2e = C × 44/12 = C × {:.4f}</p>'.format(CO2_PER_C),
        "<p>{}</p>".format(esc(tr("Uncertainty: each class density with a 95% interval [lo, hi] is drawn from a "
                                  "normal distribution with sd = (hi − lo)/3.92, truncated at 0, once per "
                                  "iteration for all areas; the interval reported is the 2.5–97.5 percentile "
                                  "of the totals."))),
    ]
    sections.append((tr("Method and formulas"), "".join(method)))
    rows = []
    for k in sorted(table_.rows):
        r = table_.rows[k]
        cells = [k, tr(r.class_name)]
        for c in NUMERIC:
            v = fmt(r.values[c], 3)
            if c in r.lo:
                v += " ({}–{})".format(fmt(r.lo[c], 2), fmt(r.hi[c], 2))
            cells.append(v)
        cells.append(r.source)
        rows.append(cells)
    sections.append((tr("Carbon densities and their sources"),
                     table([tr("Class"), tr("Name")] + list(NUMERIC) + [tr("Source")], rows, numeric_from=2,
                           numeric_to=2 + len(NUMERIC))))
    area_rows = []
    for zid, a in zip(zone_ids, accounts):
        area_rows.append([zid, fmt(a.area_ha), fmt(a.unmapped_ha), fmt(a.stock_tc, 1), fmt(a.stock_tco2e, 1),
                          _interval(a.stock_tco2e_lo, a.stock_tco2e_hi), fmt(a.uptake_tco2e_yr, 2),
                          _interval(a.uptake_tco2e_yr_lo, a.uptake_tco2e_yr_hi)])
    sections.append((tr("Carbon by project area"), table(
        [tr("Area"), "area_ha", "unmapped_ha", "stock_tc", "stock_tco2e", tr("95% interval"),
         "uptake_tco2e_yr", tr("95% interval")], area_rows)))
    tot_rows = [
        [tr("Mapped habitat area (ha)"), fmt(total.area_ha)],
        [tr("Unmapped area (ha)"), fmt(total.unmapped_ha)],
        [tr("Overlap between areas, counted once (ha)"), fmt(overlap_ha)],
        [tr("Carbon stock (t C)"), fmt(total.stock_tc, 1)],
        [tr("Carbon stock (t CO2e)"), "{} [{}]".format(fmt(total.stock_tco2e, 1),
                                                       _interval(total.stock_tco2e_lo, total.stock_tco2e_hi))],
        [tr("Yearly uptake (t C/yr)"), fmt(total.uptake_tc_yr, 2)],
        [tr("Yearly uptake (t CO2e/yr)"), "{} [{}]".format(fmt(total.uptake_tco2e_yr, 2),
                                                           _interval(total.uptake_tco2e_yr_lo,
                                                                     total.uptake_tco2e_yr_hi))],
    ]
    sections.append((tr("Grand totals (overlapping ground counted once)"),
                     table([tr("Quantity"), tr("Value")], tot_rows)))
    cls_rows, labels, values, colours = [], [], [], []
    for k, ha in sorted(total.class_ha.items()):
        name = names.get(k, tr("not in the density table"))
        cls_rows.append([k, name, fmt(ha), fmt(total.class_stock_tc.get(k, 0.0), 1),
                         fmt(total.class_uptake_tc_yr.get(k, 0.0) * CO2_PER_C, 2)])
        labels.append("{} {}".format(k, name))
        values.append(total.class_stock_tc.get(k, 0.0))
        colours.append(colour_of(k))
    sections.append((tr("Stock by habitat class"),
                     table([tr("Class"), tr("Name"), "area_ha", "stock_tc", "uptake_tco2e_yr"], cls_rows,
                           numeric_from=2) + bar_chart_svg(labels, values, colours, "t C")))
    sections.append((tr("Map of the areas over the habitat map"),
                     map_thumbnail_svg(grid, geoms, [str(z) for z in zone_ids])))
    if warnings:
        sections.append((tr("Warnings"), "".join('<p class="warn">{}</p>'.format(esc(w)) for w in warnings)))
    return page(tr("Blue carbon stocks and uptake"), sections, lang=lang)
