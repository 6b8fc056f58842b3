"""bluecarbon:carbonstocks — carbon stocks and yearly uptake per project area."""
import os

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..bluecarbon_qgis.algorithm import (
    BlueCarbonAlgorithm,
    class_raster,
    engine_errors,
    progress_callback,
    read_geometries,
    remove_quietly,
)
from ..bluecarbon_qgis.dependencies import ENGINE, require
from ..bluecarbon_qgis.engine.errors import N_
from ..bluecarbon_qgis.i18n import locale_name, tr

ZONE_FIELDS = (
    "area_ha", "unmapped_ha", "agb_tc", "bgb_tc", "dead_tc", "soil_tc", "stock_tc", "stock_tco2e",
    "stock_tco2e_lo", "stock_tco2e_hi", "uptake_tc_yr", "uptake_tco2e_yr", "uptake_tco2e_yr_lo",
    "uptake_tco2e_yr_hi",
)

TOTALS = (
    ("TOTAL_AREA_HA", N_("Mapped habitat area of all areas, overlaps once (ha)"), "area_ha"),
    ("TOTAL_UNMAPPED_HA", N_("Unmapped area of all areas (ha)"), "unmapped_ha"),
    ("TOTAL_STOCK_TC", N_("Total carbon stock (t C)"), "stock_tc"),
    ("TOTAL_STOCK_TCO2E", "Total carbon stock (t CO2e)", "stock_tco2e"),
    ("TOTAL_STOCK_TCO2E_LO", "Total carbon stock, 95% low (t CO2e)", "stock_tco2e_lo"),
    ("TOTAL_STOCK_TCO2E_HI", "Total carbon stock, 95% high (t CO2e)", "stock_tco2e_hi"),
    ("TOTAL_UPTAKE_TCO2E_YR", "Total yearly uptake (t CO2e/yr)", "uptake_tco2e_yr"),
    ("TOTAL_UPTAKE_TCO2E_YR_LO", "Total yearly uptake, 95% low (t CO2e/yr)", "uptake_tco2e_yr_lo"),
    ("TOTAL_UPTAKE_TCO2E_YR_HI", "Total yearly uptake, 95% high (t CO2e/yr)", "uptake_tco2e_yr_hi"),
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
        "are densified and reprojected to the raster's CRS.\n\n"
        "Formulas: stock_tc = Σ area_ha × (agb + bgb + dead + soil); uptake_tc_yr = Σ area_ha × seq; "
        "CO2e = C × 44/12.\n\n"
        "Uncertainty: a density with bounds lo/hi (its 95% interval) is drawn from a normal with "
        "sd = (hi − lo)/3.92 truncated at 0, once per iteration for all areas; the 2.5–97.5 percentiles give "
        "the _lo and _hi fields. Densities without bounds are fixed.\n\n"
        "Overlapping areas count fully in each area's own row; the grand totals count overlapping ground once "
        "and the overlap is reported.\n\n"
        "The default density table holds IPCC 2013 Wetlands Supplement Tier 1 values for the plugin's "
        "standard classes (1 open water, 2 tidal flat, 3 mangrove, 4 salt marsh, 5 seagrass, "
        "6 seaweed/macroalgae, 7 floating mariculture, 8 aquaculture ponds, 9 other land), with the source "
        "on every row."
    )

    HABITAT, BAND, AREAS, ID_FIELD, DENSITIES = "HABITAT", "BAND", "AREAS", "ID_FIELD", "DENSITIES"
    UNKNOWN_CLASSES, ITERATIONS, SEED = "UNKNOWN_CLASSES", "ITERATIONS", "SEED"
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
                 "seq_tc_ha_yr, source, and optional <column>_lo/<column>_hi 95% bounds. Empty: the shipped "
                 "IPCC 2013 Tier 1 table.")
        self.add(QgsProcessingParameterEnum(
            self.UNKNOWN_CLASSES, tr("Classes missing from the table"),
            [tr("Fail and list them"), tr("Count them as carbon-free and report their area")], defaultValue=0),
            "What to do with raster classes inside the areas that the density table lacks.")
        self.add(QgsProcessingParameterNumber(self.ITERATIONS, tr("Monte Carlo iterations (0 = no interval)"),
                                              QgsProcessingParameterNumber.Integer, 1000, minValue=0,
                                              maxValue=1000000),
                 "Number of draws for the 95% intervals.", advanced=True)
        self.add(QgsProcessingParameterNumber(self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Integer,
                                              1, minValue=0),
                 "Seed of the Monte Carlo draws; the same seed gives the same intervals.", advanced=True)
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Carbon by area"),
                                                   QgsProcessing.TypeVectorPolygon),
                 "The areas with their attributes plus areas (ha), pools (t C), stock and uptake (t CO2e) "
                 "with 95% intervals.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_TABLE, tr("Carbon by area and class"),
                                                   QgsProcessing.TypeVector),
                 "One row per area and habitat class.")
        raster = QgsProcessingParameterRasterDestination(self.OUTPUT_RASTER, tr("Stock density raster (t C/ha)"),
                                                         optional=True, createByDefault=False)
        self.add(raster, "Float32 raster of total carbon stock density on the habitat raster's grid.")
        report = QgsProcessingParameterFileDestination(self.OUTPUT_REPORT, tr("Report (HTML)"),
                                                       tr("HTML files (*.html)"), optional=True,
                                                       createByDefault=False)
        self.add(report, "HTML report for a verifier: inputs, method, sources, tables, chart, map, warnings.")
        for out_id, label, _ in TOTALS:
            self.addOutput(QgsProcessingOutputNumber(out_id, tr(label)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        require(*ENGINE)
        from ..bluecarbon_qgis.engine.carbon import densities, stocks
        from ..bluecarbon_qgis.engine.reports.carbon import carbon_report
        from ..bluecarbon_qgis.engine.raster.rasterout import map_classes
        from ..bluecarbon_qgis.engine.reports.html import write_html

        layer, grid = class_raster(self, parameters, self.HABITAT, self.BAND, context)
        band = grid.band
        source = self.parameterAsSource(parameters, self.AREAS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AREAS))
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        table_path = self.parameterAsFile(parameters, self.DENSITIES, context) or None
        unknown_mode = self.parameterAsEnum(parameters, self.UNKNOWN_CLASSES, context)
        iterations = self.parameterAsInt(parameters, self.ITERATIONS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        raster_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context) \
            if parameters.get(self.OUTPUT_RASTER) else None
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) \
            if parameters.get(self.OUTPUT_REPORT) else None

        with engine_errors():
            table = densities.read_density_table(table_path)
        feedback.pushInfo(tr("Density table: {path} ({n} classes)").format(path=table.path, n=len(table.rows)))
        features, geoms = read_geometries(source, grid.crs.to_wkt(), context, feedback, tr("The project area layer"))
        ids = [f[id_field] if id_field else f.id() for f in features]
        with engine_errors():
            run = stocks.carbon_stocks(grid, geoms, table, unknown_mode=unknown_mode, iterations=iterations,
                                       seed=seed, zone_ids=ids,
                                       progress=progress_callback(feedback, 0, 80 if raster_path else 95),
                                       is_canceled=feedback.isCanceled)
        warnings = [tr(t).format(**f) for t, f in run.warnings]
        for w in warnings:
            feedback.pushWarning(w)

        written = []
        try:
            if raster_path:
                lookup = {k: r.stock_tc_ha for k, r in table.rows.items()}
                with engine_errors():
                    map_classes(grid, lookup, raster_path, progress=progress_callback(feedback, 80, 15),
                                is_canceled=feedback.isCanceled)
                written.append(raster_path)
            if feedback.isCanceled():
                raise QgsProcessingException(tr("The run was canceled; no output was written."))
            results = self._write_sinks(parameters, context, source, features, ids, run, table, stocks.CO2_PER_C)
            written.extend(v for v in results.values() if isinstance(v, str) and os.path.exists(v))
            if report_path:
                html = carbon_report(
                    inputs={"habitat": layer.source(), "band": band, "areas": source.sourceName()},
                    grid=grid, table_=table, zone_ids=ids, accounts=run.zones, total=run.total,
                    overlap_ha=run.overlap_ha, geoms=geoms, warnings=warnings, iterations=iterations, seed=seed,
                    tr=tr, lang=locale_name().split("_")[0])
                write_html(report_path, html)
        except BaseException:
            for path in written + [raster_path, report_path]:
                remove_quietly(path)
            raise
        feedback.setProgress(100)
        for out_id, _, attr in TOTALS:
            results[out_id] = run.overlap_ha if attr is None else getattr(run.total, attr)
        results[self.OUTPUT_RASTER] = raster_path
        results[self.OUTPUT_REPORT] = report_path
        tot = run.total
        feedback.pushInfo(tr("Total stock {s:,.1f} t C ({c:,.1f} t CO2e); uptake {u:,.2f} t CO2e/yr over "
                             "{a:,.2f} ha of mapped habitat.").format(s=tot.stock_tc, c=tot.stock_tco2e,
                                                                      u=tot.uptake_tco2e_yr, a=tot.area_ha))
        return results

    def _write_sinks(self, parameters, context, source, features, ids, run, table, co2_per_c):
        new_names = list(ZONE_FIELDS)
        fields = QgsFields()
        kept = []
        for i, f in enumerate(source.fields()):
            if f.name().lower() not in new_names:
                fields.append(f)
                kept.append(i)
        for name in new_names:
            fields.append(QgsField(name, QVariant.Double, "double", 20, 4))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                          source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for feat, acc in zip(features, run.zones):
            out = QgsFeature(fields)
            out.setGeometry(feat.geometry())
            attrs = [feat.attributes()[i] for i in kept]
            attrs += [zone_value(acc, name) for name in new_names]
            out.setAttributes(attrs)
            sink.addFeature(out, QgsFeatureSink.FastInsert)

        tfields = QgsFields()
        id_type = QVariant.String
        tfields.append(QgsField("area_id", id_type))
        tfields.append(QgsField("class_value", QVariant.Int))
        tfields.append(QgsField("class_name", QVariant.String))
        for name in ("area_ha", "stock_tc", "stock_tco2e", "uptake_tco2e_yr"):
            tfields.append(QgsField(name, QVariant.Double, "double", 20, 4))
        tsink, tdest = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, tfields,
                                            QgsWkbTypes.NoGeometry)
        if tsink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_TABLE))
        names = table.names()
        for zid, acc in zip(ids, run.zones):
            for k, ha in acc.class_ha.items():
                row = QgsFeature(tfields)
                stock = acc.class_stock_tc.get(k, 0.0)
                row.setAttributes([str(zid), int(k), names.get(k, tr("not in the density table")), ha, stock,
                                   stock * co2_per_c, acc.class_uptake_tc_yr.get(k, 0.0) * co2_per_c])
                tsink.addFeature(row, QgsFeatureSink.FastInsert)
        return {self.OUTPUT: dest, self.OUTPUT_TABLE: tdest}
