"""bluecarbon:carbonstocks — carbon stocks and yearly uptake per project area."""
import time

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.dependencies import ENGINE, require
from ..bluecarbon_qgis.engine.errors import N_
from ..bluecarbon_qgis.feedback import log_timings, progress_callback
from ..bluecarbon_qgis.geometries import read_geometries
from ..bluecarbon_qgis.i18n import locale_name, tr
from ..bluecarbon_qgis.rasters import class_raster, raster_cells
from ..bluecarbon_qgis.reference_points import read_reference_points
from ..bluecarbon_qgis.scheduler import add_scheduler_parameter, open_executor, start_workers_early

ZONE_FIELDS = (
    "polygon_ha", "area_ha", "unmapped_ha", "agb_tc", "bgb_tc", "dead_tc", "soil_tc", "stock_tc", "stock_tco2e",
    "stock_tco2e_lo", "stock_tco2e_hi", "uptake_tc_yr", "uptake_tco2e_yr", "uptake_tco2e_yr_lo",
    "uptake_tco2e_yr_hi", "stock_tco2e_adj", "stock_tco2e_adj_lo", "stock_tco2e_adj_hi", "uptake_tco2e_yr_adj",
    "uptake_tco2e_yr_adj_lo", "uptake_tco2e_yr_adj_hi",
)
ZONE_TEXT_FIELDS = ("climate_zone",)
CLIMATE_CHOICES = (
    (N_("Automatic from latitude: tropical wet inside the tropics, subtropical outside"), None, "tropical_wet"),
    (N_("Automatic from latitude: tropical dry inside the tropics, subtropical outside"), None, "tropical_dry"),
    (N_("Tropical wet"), "tropical_wet", None),
    (N_("Tropical dry"), "tropical_dry", None),
    (N_("Subtropical"), "subtropical", None),
)

TOTALS = (
    ("TOTAL_AREA_HA", N_("Mapped habitat area of all areas, overlaps once (ha)"), "area_ha"),
    ("TOTAL_UNMAPPED_HA", N_("Unmapped area of all areas (ha)"), "unmapped_ha"),
    ("TOTAL_STOCK_TC", N_("Total carbon stock (t C)"), "stock_tc"),
    ("TOTAL_STOCK_TCO2E", "Total carbon stock (t CO2e)", "stock_tco2e"),
    ("TOTAL_STOCK_TCO2E_LO", "Total carbon stock, 95% low (t CO2e)", "stock_tco2e_lo"),
    ("TOTAL_STOCK_TCO2E_HI", "Total carbon stock, 95% high (t CO2e)", "stock_tco2e_hi"),
    ("TOTAL_STOCK_TCO2E_ADJ", N_("Total carbon stock on area-adjusted areas (t CO2e)"), "stock_tco2e_adj"),
    ("TOTAL_STOCK_TCO2E_ADJ_LO", N_("Total carbon stock on area-adjusted areas, 95% low (t CO2e)"),
     "stock_tco2e_adj_lo"),
    ("TOTAL_STOCK_TCO2E_ADJ_HI", N_("Total carbon stock on area-adjusted areas, 95% high (t CO2e)"),
     "stock_tco2e_adj_hi"),
    ("TOTAL_UPTAKE_TCO2E_YR", "Total yearly uptake (t CO2e/yr)", "uptake_tco2e_yr"),
    ("TOTAL_UPTAKE_TCO2E_YR_LO", "Total yearly uptake, 95% low (t CO2e/yr)", "uptake_tco2e_yr_lo"),
    ("TOTAL_UPTAKE_TCO2E_YR_HI", "Total yearly uptake, 95% high (t CO2e/yr)", "uptake_tco2e_yr_hi"),
    ("MC_ITERATIONS", N_("Monte Carlo draws used"), "iterations"),
    ("OVERLAP_HA", N_("Area where project areas overlap (ha)"), None),
)


def zone_value(acc, name):
    pool = name[:-3] + "_tc_ha"
    if name.endswith("_tc") and pool in acc.pools_tc:
        return acc.pools_tc[pool]
    return getattr(acc, name)


class CarbonStocks(BlueCarbonAlgorithm):
    NAME = "carbonstocks"
    DISPLAY = "Carbon stocks and uptake by area"
    GROUP_ID = "carbonaccounting"
    HELP = (
        "Carbon stock in each pool and yearly CO2 uptake per project area, from a habitat class raster and a "
        "table of carbon densities per class.\n\n"
        "Areas are exact: a pixel partly inside a polygon counts by the fraction of its area inside, and all "
        "areas are true areas on the ellipsoid of the raster's CRS, whatever the CRS. Polygons in another CRS "
        "are densified and reprojected to the raster's CRS. polygon_ha is the polygon's ellipsoidal area: "
        "area_ha (mapped habitat) + unmapped_ha (nodata or outside the raster) = polygon_ha.\n\n"
        "Formulas: stock_tc = Σ area_ha × (agb + bgb + dead + soil); uptake_tc_yr = Σ uptake area_ha × seq; "
        "CO2e = C × 44/12.\n\n"
        "Climate zone: IPCC 2013 Tier 1 mangrove biomass and root:shoot ratios differ for tropical wet, tropical "
        "dry and subtropical mangroves. By default each area's zone follows the latitude of its centre (inside "
        "the tropics, |latitude| ≤ 23.44°: tropical wet, or tropical dry with the second automatic choice; "
        "outside: subtropical); set the zone explicitly where the local climate says otherwise (the coasts of "
        "Guangdong and Guangxi lie just inside the Tropic of Cancer although their mangroves are usually called "
        "subtropical). A table of your own may carry a climate_zone column; without one its values hold "
        "everywhere.\n\n"
        "Country: with COUNTRY (ISO 3166 alpha-3 code, or the English or Chinese name: CHN, China, 中国) the "
        "mangrove AGB, BGB and soil densities come from the per-country table of the Mangrove Carbon App (Global "
        "Wetlands Project, MIT licence; Adame et al. 2018, 2020; Global Mangrove Watch extent): a Tier 2 choice "
        "from mapped country data, better than the global Tier 1 mean where it exists. The other classes and the "
        "mangrove accumulation rate keep their rows. That table has no uncertainty bounds: each pool keeps the "
        "relative Tier 1 range around the country value.\n\n"
        "Uptake basis: (0) the accumulation rate on all habitat area, as national ocean-sink inventories do; (1) "
        "IPCC 2013 Tier 1: the Table 4.12 rates only on restored, revegetated or created wetland, given by "
        "RESTORED (polygons, or a raster whose non-zero cells are restored), zero elsewhere.\n\n"
        "Map error: with a labelled stratified sample of the class map (REFERENCE, REF_FIELD, as for the accuracy "
        "assessment) each area's class areas are also adjusted: adjusted_ha_j = Σ_i mapped_ha_i × p(j | i), "
        "p(j | i) = the sample's share of reference class j among the points of map class i (Olofsson et al. "
        "2014). This assumes that the map's errors inside the areas are those of the whole map. Stocks and "
        "uptake are then also given on the adjusted areas (_adj fields), and their intervals include map error: "
        "each iteration draws the conditional proportions of each map class from their Dirichlet posterior "
        "together with the densities.\n\n"
        "Uncertainty: each density with bounds is drawn once per iteration for all areas, from the distribution "
        "its table row names (dist column): normal for symmetric 95% bounds (truncated at 0), lognormal with the "
        "value as median for skewed 95% bounds, and for the observed minimum–maximum ranges of the default table "
        "a Beta-PERT over the range whose median is the Tier 1 value. The _lo/_hi fields are the 2.5–97.5 "
        "percentiles; the headline values are the point estimates from the central values, and the report also "
        "gives the Monte Carlo median. By default draws are added in batches until the bounds are stable "
        "(JCGM 101:2008, 7.9); the draws used are printed. A seed reproduces the draws only within one NumPy "
        "version.\n\n"
        "Overlapping areas count fully in each area's own row; the grand totals count overlapping ground once "
        "and the overlap is reported.\n\n"
        "The default density table holds IPCC 2013 Wetlands Supplement Tier 1 values for the plugin's "
        "standard classes (1 open water, 2 tidal flat, 3 mangrove, 4 salt marsh, 5 seagrass, "
        "6 seaweed/macroalgae, 7 floating mariculture, 8 aquaculture ponds, 9 other land), with the source "
        "and its verification status on every row."
    )

    HABITAT, BAND, AREAS, ID_FIELD, DENSITIES = "HABITAT", "BAND", "AREAS", "ID_FIELD", "DENSITIES"
    COUNTRY, CLIMATE_ZONE, UPTAKE_BASIS, RESTORED = "COUNTRY", "CLIMATE_ZONE", "UPTAKE_BASIS", "RESTORED"
    REFERENCE, REF_FIELD = "REFERENCE", "REF_FIELD"
    UNKNOWN_CLASSES, ITERATIONS, ADAPTIVE, SEED = "UNKNOWN_CLASSES", "ITERATIONS", "ADAPTIVE", "SEED"
    OUTPUT, OUTPUT_TABLE, OUTPUT_RASTER, OUTPUT_REPORT = "OUTPUT", "OUTPUT_TABLE", "OUTPUT_RASTER", "OUTPUT_REPORT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.HABITAT, tr("Habitat class raster")),
                 "Integer class raster (for example from the habitat mapping tools). Nodata and pixels outside "
                 "the raster count as unmapped.")
        self.add(QgsProcessingParameterBand(self.BAND, tr("Band"), 1, self.HABITAT, optional=True),
                 "Band that holds the class values (default 1).")
        self.add(QgsProcessingParameterFeatureSource(self.AREAS, tr("Project areas"),
                                                     [QgsProcessing.TypeVectorPolygon]),
                 "Polygons to account for, in any CRS; multipolygons and overlaps are allowed.")
        self.add(QgsProcessingParameterField(self.ID_FIELD, tr("Area identifier field"), None, self.AREAS,
                                             optional=True),
                 "Field that names each area in the per-class table and the report; the feature id when empty.")
        self.add(QgsProcessingParameterFile(self.DENSITIES, tr("Carbon density table (CSV)"),
                                            extension="csv", optional=True),
                 "CSV with columns class_value, class_name, agb_tc_ha, bgb_tc_ha, dead_tc_ha, soil_tc_ha, "
                 "seq_tc_ha_yr, source, and optional <column>_lo/<column>_hi bounds, climate_zone, dist (auto, "
                 "normal, lognormal, pert, pert_median, triangular, fixed) or <column>_dist, and verified. Empty: "
                 "the shipped IPCC 2013 Tier 1 table.")
        self.add(QgsProcessingParameterString(self.COUNTRY, tr("Country for mangrove densities"), optional=True),
                 "ISO 3166 alpha-3 code or English or Chinese country name (CHN, China, 中国): mangrove AGB, BGB "
                 "and soil densities from the per-country table (Tier 2 from mapped data) instead of Tier 1. "
                 "Empty: the density table's mangrove rows.")
        self.add(QgsProcessingParameterEnum(self.CLIMATE_ZONE, tr("Climate zone"),
                                            [tr(c[0]) for c in CLIMATE_CHOICES], defaultValue=0),
                 "Selects the climate-zone rows of the density table (mangrove biomass). Automatic: from the "
                 "latitude of each area's centre.")
        self.add(QgsProcessingParameterEnum(
            self.UPTAKE_BASIS, tr("Uptake basis"),
            [tr("Accumulation rate on all habitat area (national sink inventories)"),
             tr("IPCC 2013 Tier 1: rates only on restored, revegetated or created area")], defaultValue=0),
            "IPCC's Tier 1 accumulation rates are meant for rewetted, revegetated or created wetlands; with "
            "basis 1 the uptake counts only inside the restored areas.")
        self.add(QgsProcessingParameterMapLayer(self.RESTORED, tr("Restored areas (polygons or raster)"),
                                                optional=True),
                 "Where habitat was restored, revegetated or created: polygons, or a raster whose non-zero cells "
                 "are restored. Needed with uptake basis 1.")
        self.add(QgsProcessingParameterFeatureSource(self.REFERENCE, tr("Reference sample points (map error)"),
                                                     [QgsProcessing.TypeVectorPoint], optional=True),
                 "Labelled points of a stratified sample of the habitat raster (as made by the sampling design "
                 "tool): with them, class areas are adjusted for map error and _adj results are added.")
        self.add(QgsProcessingParameterField(self.REF_FIELD, tr("Reference class field"), "ref_class",
                                             self.REFERENCE, optional=True),
                 "Field with the reference (true) class of each point, as an integer class value.")
        self.add(QgsProcessingParameterEnum(
            self.UNKNOWN_CLASSES, tr("Classes missing from the table"),
            [tr("Fail and list them"), tr("Count them as carbon-free and report their area")], defaultValue=0),
            "What to do with raster classes inside the areas that the density table lacks.")
        self.add(QgsProcessingParameterNumber(self.ITERATIONS, tr("Monte Carlo draws per batch (0 = no interval)"),
                                              QgsProcessingParameterNumber.Integer, 10000, minValue=0,
                                              maxValue=1000000),
                 "Draws of one batch (JCGM 101: at least 10,000 for 95% intervals).", advanced=True)
        self.add(QgsProcessingParameterBoolean(self.ADAPTIVE, tr("Add batches until the intervals are stable"),
                                               defaultValue=True),
                 "Adaptive Monte Carlo of JCGM 101:2008 7.9: batches are added until the mean, standard deviation "
                 "and 95% bounds of the grand totals are stable to two significant digits of their standard "
                 "uncertainty (at most 2,000,000 draws, and at most 200,000,000 over all areas and outputs: "
                 "80,000 for 1,200 areas). Off: exactly one batch.", advanced=True)
        self.add(QgsProcessingParameterNumber(self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Integer,
                                              1, minValue=0),
                 "Seed of the Monte Carlo draws: the same seed gives the same draws with the same NumPy version "
                 "(NumPy does not promise the same random streams across its versions).", advanced=True)
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Carbon by area"),
                                                   QgsProcessing.TypeVectorPolygon),
                 "The areas with their attributes plus polygon, mapped and unmapped areas (ha), pools (t C), stock "
                 "and uptake (t CO2e) with 95% intervals, on mapped and (with a reference sample) adjusted areas.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_TABLE, tr("Carbon by area and class"),
                                                   QgsProcessing.TypeVector, optional=True, createByDefault=True),
                 "One row per area and habitat class: mapped and adjusted areas, stock, uptake and the density "
                 "set used (density_source).")
        raster = QgsProcessingParameterRasterDestination(self.OUTPUT_RASTER, tr("Stock density raster (t C/ha)"),
                                                         optional=True, createByDefault=True)
        self.add(raster, "Float32 raster of total carbon stock density on the habitat raster's grid.")
        report = QgsProcessingParameterFileDestination(self.OUTPUT_REPORT, tr("Report (HTML)"),
                                                       tr("HTML files (*.html)"), optional=True,
                                                       createByDefault=True)
        self.add(report, "HTML report for a verifier: inputs, method, sources, tables, chart, map, warnings.")
        for out_id, label, _ in TOTALS:
            self.addOutput(QgsProcessingOutputNumber(out_id, tr(label)))
        add_scheduler_parameter(self)

    @staticmethod
    def _given(parameters, name):
        value = parameters.get(name)
        return value not in (None, "") and not (hasattr(value, "sink") and not str(value.sink.staticValue()))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        # the local workers import the engine while this process does, then reads the inputs
        start_workers_early(self, parameters, context, raster_cells(self, parameters, self.HABITAT, context))
        require(*ENGINE)
        from ..bluecarbon_qgis.engine.carbon import densities, stocks

        layer, grid = class_raster(self, parameters, self.HABITAT, self.BAND, context)
        band = grid.band
        source = self.parameterAsSource(parameters, self.AREAS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AREAS))
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)  # checked before the run
        table_path = self.parameterAsFile(parameters, self.DENSITIES, context) or None
        unknown_mode = self.parameterAsEnum(parameters, self.UNKNOWN_CLASSES, context)
        iterations = self.parameterAsInt(parameters, self.ITERATIONS, context)
        adaptive = self.parameterAsBool(parameters, self.ADAPTIVE, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        basis = self.parameterAsEnum(parameters, self.UPTAKE_BASIS, context)
        zone_choice = CLIMATE_CHOICES[self.parameterAsEnum(parameters, self.CLIMATE_ZONE, context)]
        country_text = (self.parameterAsString(parameters, self.COUNTRY, context) or "").strip()
        want_table = self._given(parameters, self.OUTPUT_TABLE)
        raster_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context) \
            if self._given(parameters, self.OUTPUT_RASTER) else None
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) \
            if self._given(parameters, self.OUTPUT_REPORT) else None
        if report_path:
            require("jinja2")
        with engine_errors():
            table = densities.read_density_table(table_path)
            if country_text:
                row, missing = densities.find_country(country_text)
                if row is None:
                    feedback.pushWarning(tr("{country} has no mangroves in the per-country table; the mangrove "
                                            "densities stay those of the density table.").format(**missing))
                else:
                    table = densities.apply_country(table, row)
                    feedback.pushInfo(tr("Mangrove densities of {country} ({iso}): AGB {agb} + BGB {bgb} + soil "
                                         "{soil} t C/ha (Mangrove Carbon App, {year}).").format(
                        country=row["country"], iso=row["iso"], agb=row["agb_tc_ha"], bgb=row["bgb_tc_ha"],
                        soil=row["soil_tc_ha"], year=row["year"]))
        feedback.pushInfo(tr("Density table: {path} ({n} rows)").format(path=table.path, n=len(table.entries)))
        clock = time.perf_counter()
        features, geoms = read_geometries(source, grid.crs.to_wkt(), context, feedback, tr("The project area layer"))
        timings = {"reading": time.perf_counter() - clock}
        ids = [f[id_field] if id_field else f.id() for f in features]
        with engine_errors():
            lats = stocks.polygon_latitudes(geoms, grid)
        zones = [zone_choice[1] or densities.zone_of_latitude(lat, zone_choice[2]) for lat in lats]
        if table.has_zones:
            self._log_zones(feedback, ids, lats, zones, automatic=zone_choice[1] is None)
        restored_geom = None
        if basis == stocks.BASIS_RESTORED:
            restored_geom = self._restored(parameters, context, feedback, grid)
        adjustment = None
        if self._given(parameters, self.REFERENCE):
            from ..bluecarbon_qgis.engine.accuracy.estimators import conditional_proportions

            sample, _, ref_source, ref_field = read_reference_points(self, parameters, context, feedback, grid,
                                                                     self.REFERENCE, self.REF_FIELD)
            with engine_errors():
                cp = conditional_proportions(sample.map_values, sample.ref_values, weights=sample.weights)
            adjustment = stocks.Adjustment(cp, [])
            feedback.pushInfo(tr("Reference sample {layer} ({n} points, field {field}): class areas are adjusted "
                                 "with p(reference | map) of each map class.").format(
                layer=ref_source.sourceName(), n=len(sample.map_values), field=ref_field))
        with open_executor(self, parameters, context, feedback) as executor, engine_errors():
            run = stocks.carbon_stocks(grid, geoms, table, unknown_mode=unknown_mode, iterations=iterations,
                                       seed=seed, zone_ids=ids, climate_zones=zones if table.has_zones else None,
                                       restored_geom=restored_geom, basis=basis, adjustment=adjustment,
                                       adaptive=adaptive, medians=bool(report_path),   # shown only there
                                       progress=progress_callback(feedback, 0, 80 if raster_path else 95),
                                       is_canceled=feedback.isCanceled, executor=executor)
            timings.update(run.timings, startup=executor.startup_s)
        clock = time.perf_counter()
        warnings = [tr(t).format(**f) for t, f in run.warnings]
        for w in warnings:
            feedback.pushWarning(w)
        if iterations:
            message = tr("Monte Carlo: {n:,} draws{how}.").format(
                n=run.mc["iterations"], how=(tr(" (stable to two significant digits)") if run.mc["converged"]
                                             else tr(" (limit reached before the bounds were stable)"))
                if adaptive else "")
            (feedback.pushWarning if adaptive and not run.mc["converged"] else feedback.pushInfo)(message)

        if raster_path:
            zone = zone_choice[1] or densities.zone_of_latitude(stocks.grid_latitude(grid), zone_choice[2])
            lookup = {k: table.row(k, zone).stock_tc_ha for k in table.classes()}
            if table.has_zones:
                feedback.pushInfo(tr("The stock density raster uses the {zone} rows.").format(
                    zone=tr(densities.ZONE_LABELS[zone])))
            from ..bluecarbon_qgis.engine.raster.rasterout import map_classes   # imported when asked for

            with engine_errors():
                map_classes(grid, lookup, raster_path, progress=progress_callback(feedback, 80, 15),
                            is_canceled=feedback.isCanceled)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))
        results = self._write_sinks(parameters, context, source, features, ids, run, table, want_table)
        if report_path:
            from ..bluecarbon_qgis.engine.reports.carbon import carbon_report   # imported when asked for
            from ..bluecarbon_qgis.engine.reports.html import write_html

            html = carbon_report(
                inputs={"habitat": layer.source(), "band": band, "areas": source.sourceName(),
                        "country": country_text, "basis": basis, "adaptive": adaptive,
                        "reference": adjustment is not None},
                grid=grid, table_=table, zone_ids=ids, accounts=run.zones, total=run.total,
                overlap_ha=run.overlap_ha, geoms=geoms, warnings=warnings, iterations=iterations, seed=seed,
                mc=run.mc, climate_zones=run.climate_zones, tr=tr, lang=locale_name().split("_")[0])
            with engine_errors():
                write_html(report_path, html)
        timings["writing"] = time.perf_counter() - clock
        log_timings("carbonstocks", timings)
        feedback.setProgress(100)
        for out_id, _, attr in TOTALS:
            if attr is None:
                results[out_id] = run.overlap_ha
            elif attr == "iterations":
                results[out_id] = run.mc["iterations"]
            else:
                results[out_id] = getattr(run.total, attr)
        results[self.OUTPUT_RASTER] = raster_path
        results[self.OUTPUT_REPORT] = report_path
        tot = run.total
        basis_text = tr("on restored area only (IPCC Tier 1)") if basis else tr("on all habitat area")
        feedback.pushInfo(tr("Total stock {s:,.1f} t C ({c:,.1f} t CO2e); uptake {u:,.2f} t CO2e/yr {basis} over "
                             "{a:,.2f} ha of mapped habitat.").format(s=tot.stock_tc, c=tot.stock_tco2e,
                                                                      u=tot.uptake_tco2e_yr, a=tot.area_ha,
                                                                      basis=basis_text))
        if adjustment is not None:
            feedback.pushInfo(tr("On area-adjusted areas: stock {c:,.1f} t CO2e; uptake {u:,.2f} t CO2e/yr.").format(
                c=tot.stock_tco2e_adj, u=tot.uptake_tco2e_yr_adj))
        return results

    LISTED_AREAS = 10  # more areas than this: the log sums them up (each area's zone is in the outputs)

    def _log_zones(self, feedback, ids, lats, zones, automatic):
        """Each area's climate zone (listed for a few areas, summed up for many) and one warning for the areas
        within 3° of a tropic whose zone was chosen automatically."""
        from ..bluecarbon_qgis.engine.carbon import densities

        if len(ids) <= self.LISTED_AREAS:
            for zid, lat, z in zip(ids, lats, zones):
                feedback.pushInfo(tr("Area {id}: centre at latitude {lat:.2f}°, climate zone {zone}.").format(
                    id=zid, lat=lat, zone=tr(densities.ZONE_LABELS[z])))
        else:
            counts = {}
            for z in zones:
                counts[z] = counts.get(z, 0) + 1
            feedback.pushInfo(tr("Climate zones of the {n} areas (centre latitudes {lo:.2f}° to {hi:.2f}°): {zones}. "
                                 "Each area's zone is in the climate_zone field of the outputs.").format(
                n=len(ids), lo=min(lats), hi=max(lats),
                zones=", ".join("{} {}".format(tr(densities.ZONE_LABELS[z]), c) for z, c in sorted(counts.items()))))
        if not automatic:
            return
        near = [(zid, lat, z) for zid, lat, z in zip(ids, lats, zones)
                if abs(abs(lat) - densities.TROPIC_LAT) < 3.0]
        if len(near) == 1:
            zid, lat, z = near[0]
            feedback.pushWarning(tr(
                "Area {id} lies within 3° of the tropic ({lat:.2f}°): its automatic climate zone ({zone}) "
                "may not match the local climate; set the climate zone explicitly if it does not.").format(
                    id=zid, lat=lat, zone=tr(densities.ZONE_LABELS[z])))
        elif near:
            shown = ", ".join(str(zid) for zid, _, _ in near[:self.LISTED_AREAS])
            feedback.pushWarning(tr(
                "{n} areas lie within 3° of the tropic ({shown}{more}): their automatic climate zones may not "
                "match the local climate; set the climate zone explicitly if they do not.").format(
                    n=len(near), shown=shown, more=", …" if len(near) > self.LISTED_AREAS else ""))

    def _restored(self, parameters, context, feedback, grid):
        """The restored areas as one shapely geometry in the raster's CRS."""
        from qgis.core import QgsMapLayer, QgsProcessingFeatureSource, QgsVectorLayer
        from shapely.ops import unary_union

        from ..bluecarbon_qgis.engine.carbon import stocks

        layer = self.parameterAsLayer(parameters, self.RESTORED, context)
        if layer is None:
            raise QgsProcessingException(tr(
                "Uptake basis 1 (IPCC Tier 1) counts uptake only on restored, revegetated or created area: give "
                "those areas as RESTORED (polygons or a raster), or choose uptake basis 0."))
        if layer.type() == QgsMapLayer.RasterLayer:
            with engine_errors():
                geom = stocks.raster_mask_geometry(layer.source(), grid.crs)
        elif isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.PolygonGeometry:
            _, geoms = read_geometries(QgsProcessingFeatureSource(layer, context), grid.crs.to_wkt(), context,
                                       feedback, tr("The restored area layer"))
            geom = unary_union([g for g in geoms if g is not None])
        else:
            raise QgsProcessingException(tr("The restored area layer {name} is neither polygons nor a raster.")
                                         .format(name=layer.name()))
        feedback.pushInfo(tr("Uptake basis IPCC 2013 Tier 1: uptake counts only inside {name}.").format(
            name=layer.name()))
        return geom

    def _write_sinks(self, parameters, context, source, features, ids, run, table, want_table):
        from ..bluecarbon_qgis.engine.carbon.stocks import CO2_PER_C

        new_names = list(ZONE_FIELDS)
        fields = QgsFields()
        kept = []
        lower = [n.lower() for n in new_names + list(ZONE_TEXT_FIELDS)]
        for i, f in enumerate(source.fields()):
            if f.name().lower() not in lower:
                fields.append(f)
                kept.append(i)
        for name in new_names:
            fields.append(QgsField(name, QVariant.Double, "double", 20, 4))
        for name in ZONE_TEXT_FIELDS:
            fields.append(QgsField(name, QVariant.String))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                          source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for feat, acc, zone in zip(features, run.zones, run.climate_zones):
            out = QgsFeature(fields)
            out.setGeometry(feat.geometry())
            attrs = [feat.attributes()[i] for i in kept]
            attrs += [zone_value(acc, name) for name in new_names]
            attrs += [zone or None]
            out.setAttributes(attrs)
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        result = {self.OUTPUT: dest}
        if not want_table:
            return result

        tfields = QgsFields()
        tfields.append(QgsField("area_id", QVariant.String))
        tfields.append(QgsField("class_value", QVariant.Int))
        tfields.append(QgsField("class_name", QVariant.String))
        for name in ("area_ha", "adjusted_ha", "uptake_area_ha", "stock_tc", "stock_tco2e", "uptake_tco2e_yr",
                     "stock_tco2e_adj", "uptake_tco2e_yr_adj"):
            tfields.append(QgsField(name, QVariant.Double, "double", 20, 4))
        tfields.append(QgsField("climate_zone", QVariant.String))
        tfields.append(QgsField("density_source", QVariant.String))
        tsink, tdest = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, tfields,
                                            QgsWkbTypes.NoGeometry)
        if tsink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_TABLE))
        names = table.names()
        missing = tr("not in the density table")
        for zid, acc, zone in zip(ids, run.zones, run.climate_zones):
            classes = sorted(set(acc.class_ha) | set(acc.adjusted_ha or {}))
            for k in classes:
                row = QgsFeature(tfields)
                ha = acc.class_ha.get(k, 0.0)
                stock = acc.class_stock_tc.get(k, 0.0)
                up_ha = ha if acc.uptake_ha is None else acc.uptake_ha.get(k, 0.0)
                adj = None if acc.adjusted_ha is None else acc.adjusted_ha.get(k, 0.0)
                row.setAttributes([
                    str(zid), int(k), names.get(k, missing), ha, adj, up_ha, stock,
                    stock * CO2_PER_C, acc.class_uptake_tc_yr.get(k, 0.0) * CO2_PER_C,
                    None if adj is None else acc.class_stock_tc_adj.get(k, 0.0) * CO2_PER_C,
                    None if adj is None else acc.class_uptake_tc_yr_adj.get(k, 0.0) * CO2_PER_C,
                    zone or None, acc.class_source.get(k, missing)])
                tsink.addFeature(row, QgsFeatureSink.FastInsert)
        result[self.OUTPUT_TABLE] = tdest
        return result
