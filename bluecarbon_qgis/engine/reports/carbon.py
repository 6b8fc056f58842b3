"""The carbon stocks report (``bluecarbon:carbonstocks`` OUTPUT_REPORT)."""
import datetime

from ..classes import NAMES, colour_of
from ..carbon.densities import COUNTRY_POOLS, NUMERIC, ZONE_LABELS
from ..carbon.montecarlo import resolve
from .html import bar_chart_svg, esc, fmt, map_thumbnail_svg, page, table
from ..carbon.stocks import CO2_PER_C
from ..errors import N_

DIST_TEXT = {
    "normal": N_("normal (95 % bounds, truncated at 0)"),
    "lognormal": N_("lognormal, median = value"),
    "pert": N_("Beta-PERT over the range, mode = value"),
    "pert_median": N_("Beta-PERT over the observed range, median = value"),
    "triangular": N_("triangular over the range, mode = value"),
    "fixed": N_("fixed"),
}


def _interval(lo, hi, digits=1):
    if lo is None or hi is None:
        return "–"
    return "{} – {}".format(fmt(lo, digits), fmt(hi, digits))


def _zone(z, tr):
    return tr(ZONE_LABELS[z]) if z in ZONE_LABELS else (z or "–")


def carbon_report(*, inputs, grid, table_, zone_ids, accounts, total, overlap_ha, geoms,
                  warnings, iterations, seed, mc=None, climate_zones=None, tr=lambda s: s, lang="en"):
    """HTML text of the report. ``accounts``/``total`` are stocks.Account objects."""
    mc = mc or {"iterations": iterations, "converged": None}
    climate_zones = climate_zones or [""] * len(accounts)
    names = {k: tr(v) for k, v in table_.names().items()}  # the standard class names are translated
    basis = inputs.get("basis", 0)
    with_adj = total.adjusted_ha is not None
    basis_text = tr("IPCC 2013 Tier 1 basis: accumulation rates only on restored, revegetated or created area") \
        if basis else tr("accumulation rate on all habitat area (the basis of national ocean-sink inventories)")
    sections = []

    # ---- headline
    head = tr("Total carbon stock {s} t CO2e (point estimate from the central densities; Monte Carlo median {m}, "
              "95% interval {i}); yearly uptake {u} t CO2e/yr on the {basis} (median {um}, 95% interval {ui}). "
              "The headline values are the point estimates.").format(
        s=fmt(total.stock_tco2e, 1), m=fmt(total.median.get("stock_tco2e"), 1),
        i=_interval(total.stock_tco2e_lo, total.stock_tco2e_hi), u=fmt(total.uptake_tco2e_yr, 2),
        basis=basis_text, um=fmt(total.median.get("uptake_tco2e_yr"), 2),
        ui=_interval(total.uptake_tco2e_yr_lo, total.uptake_tco2e_yr_hi, 2))
    if with_adj:
        head += " " + tr("On areas adjusted for map error: stock {s} t CO2e (95% interval {i}), uptake {u} t "
                         "CO2e/yr (95% interval {ui}).").format(
            s=fmt(total.stock_tco2e_adj, 1), i=_interval(total.stock_tco2e_adj_lo, total.stock_tco2e_adj_hi),
            u=fmt(total.uptake_tco2e_yr_adj, 2),
            ui=_interval(total.uptake_tco2e_yr_adj_lo, total.uptake_tco2e_yr_adj_hi, 2))
    sections.append(("", '<p><b>{}</b></p>'.format(esc(head))))

    info = [
        (tr("Created"), datetime.datetime.now().strftime("%Y-%m-%d %H:%M")),
        (tr("Habitat raster"), "{} ({} {})".format(inputs["habitat"], tr("band"), inputs["band"])),
        (tr("Raster CRS"), grid.crs.to_string() + " — " + (grid.crs.name or "")),
        (tr("Pixel size"), "{:g} × {:g} ({})".format(abs(grid.dx), abs(grid.dy),
                                                   tr("degrees") if grid.is_geographic else tr("CRS units"))),
        (tr("Project areas"), inputs["areas"]),
        (tr("Density table"), table_.path),
        (tr("Country for mangrove densities"), inputs.get("country") or tr("none (density table values)")),
        (tr("Uptake basis"), basis_text),
        (tr("Reference sample (map error)"), tr("yes: areas adjusted") if with_adj else tr("none")),
        (tr("Monte Carlo draws"), "{:,} ({} {}; {})".format(
            mc.get("iterations") or 0, tr("seed"), seed,
            tr("adaptive, JCGM 101:2008 7.9") if inputs.get("adaptive") else tr("one batch"))),
    ]
    sections.append((tr("Inputs"), table([tr("Item"), tr("Value")], info, numeric_from=99)))
    method = [
        "<p>{}</p>".format(esc(tr("Areas are the true areas on the ellipsoid of the raster's CRS; a pixel "
                                  "partly inside an area counts by the fraction of its area inside. polygon_ha = "
                                  "area_ha (mapped habitat) + unmapped_ha (nodata or outside the raster)."))),
        '<p class="formula">stock_tc = Σ area_ha × (agb + bgb + dead + soil) [t C/ha]<br>'
        'uptake_tc_yr = Σ uptake_area_ha × seq [t C/ha/yr]<br>CO2e = C × 44/12 = C × {:.4f}</p>'.format(CO2_PER_C),
        "<p>{}</p>".format(esc(tr(
            "Uncertainty: each density with bounds is drawn once per iteration for all areas, from the distribution "
            "named in the density table below: normal for symmetric 95% bounds (truncated at 0), lognormal with "
            "the value as median for skewed 95% bounds, and a Beta-PERT over the range whose median is the value "
            "for observed minimum–maximum ranges (they are not 95% intervals; no draw leaves the observed range). "
            "The interval reported is the 2.5–97.5 percentile of the draws of each total; the Monte Carlo median "
            "is shown beside the point estimate, and the headline uses the point estimate. Where a point estimate "
            "fell outside its percentiles the interval was widened to include it (see the warnings)."))),
        "<p>{}</p>".format(esc(tr(
            "Climate zone: mangrove biomass rows differ for tropical wet, tropical dry and subtropical mangroves "
            "(IPCC 2013 Tables 4.3 and 4.5); the zone used for each area is listed below."))),
    ]
    if with_adj:
        method.append("<p>{}</p>".format(esc(tr(
            "Map error: each area's class areas are adjusted with the reference sample, adjusted_ha_j = Σ_i "
            "mapped_ha_i × p(j | i), p(j | i) the sample's share of reference class j among the points of map "
            "class i (Olofsson et al. 2014). Assumption: the map's error rates inside the areas are those of the "
            "whole map. The Monte Carlo draws the conditional proportions of each map class from their Dirichlet "
            "posterior together with the densities, so the _adj intervals include map error."))))
    sections.append((tr("Method and formulas"), "".join(method)))

    # ---- densities with source, verification and distribution
    rows = []
    for key in sorted(table_.entries):
        r = table_.entries[key]
        cells = [r.class_value, tr(r.class_name), _zone(r.climate_zone, tr) if r.climate_zone else tr("all")]
        dists = []
        for c in NUMERIC:
            v = fmt(r.values[c], 3)
            if c in r.lo:
                v += " ({}–{})".format(fmt(r.lo[c], 2), fmt(r.hi[c], 2))
                kind = resolve(r.values[c], r.lo[c], r.hi[c], r.dist.get(c))
                dists.append("{}: {}".format(c, tr(DIST_TEXT.get(kind, kind))))
            cells.append(v)
        cells.append("; ".join(dists) or tr("no bounds: fixed"))
        cells.append(r.density_source + ": " + r.source)
        cells.append(r.verified or tr("not stated in the table"))
        rows.append(cells)
    sections.append((tr("Carbon densities, their sources and verification status"),
                     table([tr("Class"), tr("Name"), tr("Climate zone")] + [c + " [t C/ha" + ("/yr]" if c.endswith(
                         "_yr") else "]") for c in NUMERIC] + [tr("Monte Carlo distribution"), tr("Source"),
                                                              tr("Verified")], rows, numeric_from=3,
                           numeric_to=3 + len(NUMERIC))))
    if table_.country is not None:
        c = table_.country
        cmp_rows = []
        used = set(climate_zones)
        for key, base in sorted(table_.tier1.items()):
            if base.climate_zone and base.climate_zone not in used:
                continue   # only the zones of this run's areas
            for pool in COUNTRY_POOLS:
                cmp_rows.append([pool + " [t C/ha]", _zone(base.climate_zone, tr) if base.climate_zone else tr("all"),
                                 fmt(c[pool], 2), fmt(base.values[pool], 2),
                                 fmt(c[pool] - base.values[pool], 2)])
            cmp_rows.append([tr("total of the three pools [t C/ha]"),
                             _zone(base.climate_zone, tr) if base.climate_zone else tr("all"),
                             fmt(sum(c[p] for p in COUNTRY_POOLS), 2),
                             fmt(sum(base.values[p] for p in COUNTRY_POOLS), 2),
                             fmt(sum(c[p] - base.values[p] for p in COUNTRY_POOLS), 2)])
        note = "<p>{}</p>".format(esc(tr(
            "Mangrove densities of {country} ({iso}, {year}) from the per-country table of the Mangrove Carbon App "
            "(Global Wetlands Project, MIT licence), beside the rows they replace. The country table has no "
            "uncertainty bounds: each pool keeps the relative range of the replaced row around the country value "
            "(no better source was found). The accumulation rate keeps the replaced row's value.").format(
                country=c["country"], iso=c["iso"], year=c.get("year", ""))))
        sections.append((tr("Regional mangrove densities beside Tier 1"), note + table(
            [tr("Pool"), tr("Climate zone"), tr("Country (regional)"), tr("Replaced row (Tier 1)"),
             tr("Difference")], cmp_rows, numeric_from=2)))

    # ---- per area
    area_rows = []
    for zid, a, z in zip(zone_ids, accounts, climate_zones):
        area_rows.append([zid, _zone(z, tr), fmt(a.polygon_ha), fmt(a.area_ha), fmt(a.unmapped_ha),
                          fmt(a.stock_tc, 1), fmt(a.stock_tco2e, 1), fmt(a.median.get("stock_tco2e"), 1),
                          _interval(a.stock_tco2e_lo, a.stock_tco2e_hi), fmt(a.uptake_tco2e_yr, 2),
                          fmt(a.median.get("uptake_tco2e_yr"), 2),
                          _interval(a.uptake_tco2e_yr_lo, a.uptake_tco2e_yr_hi, 2)])
    sections.append((tr("Carbon by project area"), table(
        [tr("Area"), tr("Climate zone"), "polygon_ha [ha]", "area_ha [ha]", "unmapped_ha [ha]", "stock_tc [t C]",
         "stock_tco2e [t CO2e]", tr("MC median [t CO2e]"), tr("95% interval [t CO2e]"),
         "uptake_tco2e_yr [t CO2e/yr]", tr("MC median [t CO2e/yr]"), tr("95% interval [t CO2e/yr]")],
        area_rows, numeric_from=2)))
    if with_adj:
        adj_rows = []
        for zid, a in zip(zone_ids, accounts):
            for k in sorted(set(a.class_ha) | set(a.adjusted_ha)):
                adj_rows.append([zid, k, names.get(k, tr("not in the density table")), fmt(a.class_ha.get(k, 0.0)),
                                 fmt(a.adjusted_ha.get(k, 0.0))])
            adj_rows.append([zid, "", tr("stock [t CO2e]: mapped | adjusted (95% interval)"), fmt(a.stock_tco2e, 1),
                             "{} ({})".format(fmt(a.stock_tco2e_adj, 1),
                                              _interval(a.stock_tco2e_adj_lo, a.stock_tco2e_adj_hi))])
            adj_rows.append([zid, "", tr("uptake [t CO2e/yr]: mapped | adjusted (95% interval)"),
                             fmt(a.uptake_tco2e_yr, 2),
                             "{} ({})".format(fmt(a.uptake_tco2e_yr_adj, 2),
                                              _interval(a.uptake_tco2e_yr_adj_lo, a.uptake_tco2e_yr_adj_hi, 2))])
        sections.append((tr("Mapped and area-adjusted areas per area and class"), table(
            [tr("Area"), tr("Class"), tr("Name"), tr("mapped [ha]"), tr("adjusted [ha]")], adj_rows,
            numeric_from=3)))
    tot_rows = [
        [tr("Area of the polygons (ha)"), fmt(total.polygon_ha)],
        [tr("Mapped habitat area (ha)"), fmt(total.area_ha)],
        [tr("Unmapped area (ha)"), fmt(total.unmapped_ha)],
        [tr("Overlap between areas, counted once (ha)"), fmt(overlap_ha)],
        [tr("Carbon stock (t C)"), fmt(total.stock_tc, 1)],
        [tr("Carbon stock (t CO2e): point estimate [MC median; 95% interval]"),
         "{} [{}; {}]".format(fmt(total.stock_tco2e, 1), fmt(total.median.get("stock_tco2e"), 1),
                              _interval(total.stock_tco2e_lo, total.stock_tco2e_hi))],
        [tr("Yearly uptake (t C/yr)"), fmt(total.uptake_tc_yr, 2)],
        [tr("Yearly uptake (t CO2e/yr): point estimate [MC median; 95% interval]"),
         "{} [{}; {}]".format(fmt(total.uptake_tco2e_yr, 2), fmt(total.median.get("uptake_tco2e_yr"), 2),
                              _interval(total.uptake_tco2e_yr_lo, total.uptake_tco2e_yr_hi, 2))],
    ]
    if with_adj:
        tot_rows += [
            [tr("Area-adjusted carbon stock (t CO2e) [MC median; 95% interval]"),
             "{} [{}; {}]".format(fmt(total.stock_tco2e_adj, 1), fmt(total.median.get("stock_tco2e_adj"), 1),
                                  _interval(total.stock_tco2e_adj_lo, total.stock_tco2e_adj_hi))],
            [tr("Area-adjusted yearly uptake (t CO2e/yr) [MC median; 95% interval]"),
             "{} [{}; {}]".format(fmt(total.uptake_tco2e_yr_adj, 2), fmt(total.median.get("uptake_tco2e_yr_adj"), 2),
                                  _interval(total.uptake_tco2e_yr_adj_lo, total.uptake_tco2e_yr_adj_hi, 2))],
        ]
    sections.append((tr("Grand totals (overlapping ground counted once)"),
                     table([tr("Quantity"), tr("Value")], tot_rows)))
    cls_rows, labels, values, colours = [], [], [], []
    for k, ha in sorted(total.class_ha.items()):
        name = names.get(k, tr("not in the density table"))
        up_ha = ha if total.uptake_ha is None else total.uptake_ha.get(k, 0.0)
        cls_rows.append([k, name, fmt(ha), fmt(up_ha), fmt(total.class_stock_tc.get(k, 0.0), 1),
                         fmt(total.class_uptake_tc_yr.get(k, 0.0) * CO2_PER_C, 2),
                         total.class_source.get(k, "–")])
        labels.append("{} {}".format(k, name))
        values.append(total.class_stock_tc.get(k, 0.0))
        colours.append(colour_of(k))
    if basis and total.uptake_ha is not None:
        cls_rows.append(["", tr("Uptake is zero outside the restored areas: IPCC's Tier 1 accumulation rates are "
                                "for restored, revegetated or created wetlands."), "", "", "", "", ""])
    sections.append((tr("Stock by habitat class"),
                     table([tr("Class"), tr("Name"), "area_ha [ha]", tr("uptake area [ha]"), "stock_tc [t C]",
                            "uptake_tco2e_yr [t CO2e/yr]", "density_source"], cls_rows, numeric_from=2,
                           numeric_to=6) + bar_chart_svg(labels, values, colours, "t C")))
    sections.append((tr("Map of the areas over the habitat map"),
                     map_thumbnail_svg(grid, geoms, [str(z) for z in zone_ids],
                                       legend={**{k: tr(v) for k, v in NAMES.items()}, **names})))
    if warnings:
        sections.append((tr("Warnings"), "".join('<p class="warn">{}</p>'.format(esc(w)) for w in warnings)))
    return page(tr("Blue carbon stocks and uptake"), sections, lang=lang)

