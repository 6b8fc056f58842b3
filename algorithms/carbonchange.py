"""bluecarbon:carbonchange — carbon stock change over time (InVEST Coastal Blue Carbon), per project area."""
import os

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.dependencies import ENGINE, require
from ..bluecarbon_qgis.feedback import progress_callback
from ..bluecarbon_qgis.geometries import read_geometries
from ..bluecarbon_qgis.i18n import locale_name, tr
from ..bluecarbon_qgis.output_guard import remove_quietly
from ..bluecarbon_qgis.scheduler import add_scheduler_parameter, open_executor, start_workers_early

TABLE_FIELDS = (
    "area_ha", "unmapped_ha", "stock_start_tco2e", "stock_end_tco2e", "stock_end_tco2e_lo", "stock_end_tco2e_hi",
    "accumulation_tco2e", "emissions_tco2e", "net_sequestration_tco2e", "net_sequestration_tco2e_lo",
    "net_sequestration_tco2e_hi", "net_sequestration_tco2e_yr", "npv",
)
ADJUSTED_FIELDS = tuple("{}{}".format(f, s) for f in ("accumulation_tco2e_adj", "emissions_tco2e_adj",
                                                      "net_sequestration_tco2e_adj") for s in ("", "_lo", "_hi"))
TOTALS = (
    ("STOCK_START_TCO2E", "Stock at the first snapshot (t CO2e)"),
    ("STOCK_END_TCO2E", "Stock at the analysis year (t CO2e)"),
    ("ACCUMULATION_TCO2E", "Accumulation over all periods (t CO2e)"),
    ("EMISSIONS_TCO2E", "Emissions over all periods (t CO2e)"),
    ("NET_SEQUESTRATION_TCO2E", "Net sequestration over all periods (t CO2e)"),
    ("NPV", "Net present value at the analysis year"),
)


SNAPSHOT_TABLE, SNAPSHOTS, SNAPSHOT_YEARS = "SNAPSHOT_TABLE", "SNAPSHOTS", "SNAPSHOT_YEARS"


def parse_years(text):
    years = []
    for part in (text or "").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            years.append(int(part))
        except ValueError:
            raise QgsProcessingException(tr("Snapshot years: '{value}' is not a year; give whole years separated "
                                            "by commas, one per snapshot layer.").format(value=part)) from None
    return years


def snapshot_list(alg, parameters, context, prefix=""):
    """[(year, raster path)] from the snapshot table, or from the snapshot layers and their years (parameters
    named with ``prefix``, e.g. PROJECT_SNAPSHOT_TABLE)."""
    from ..bluecarbon_qgis.engine.carbon import invest_tables

    table = alg.parameterAsFile(parameters, prefix + SNAPSHOT_TABLE, context)
    if table:
        with engine_errors():
            return invest_tables.read_snapshots(table)
    layers = alg.parameterAsLayerList(parameters, prefix + SNAPSHOTS, context)
    years = parse_years(alg.parameterAsString(parameters, prefix + SNAPSHOT_YEARS, context))
    if not layers:
        raise QgsProcessingException(tr("Give either the snapshot table or the snapshot layers with their "
                                        "years."))
    if len(years) != len(layers):
        raise QgsProcessingException(tr("{n} snapshot layers but {k} years; give one year per layer, in the "
                                        "same order.").format(n=len(layers), k=len(years)))
    return list(zip(years, [lyr.source() for lyr in layers]))


class CarbonChange(BlueCarbonAlgorithm):
    NAME = "carbonchange"
    DISPLAY = "Carbon stock change over time"
    GROUP_ID = "carbonaccounting"
    HELP = (
        "Carbon stocks, accumulation, emissions, net sequestration and net present value over time from "
        "land-cover snapshots, as InVEST Coastal Blue Carbon computes them, with totals per project area.\n\n"
        "Reads InVEST's own tables unchanged: the snapshot table (snapshot_year, raster_path), the biophysical "
        "table (code, lulc-class, initial stocks, half-lives, disturbance fractions and yearly accumulation per "
        "pool) and the transition table (accum, low-/med-/high-impact-disturb, NCC per from/to class). The "
        "plugin's own class values (1 open water … 9 other land) work as codes. Values are Mg CO2e per hectare "
        "(or Mg C per hectare, converted with 44/12, if so chosen).\n\n"
        "Two readings: the InVEST User's Guide equations (default: net sequestration = accumulation − emissions "
        "= change of stock, litter included) or natcap.invest 3.14.2's code, bit for bit (the README lists "
        "where they differ).\n\n"
        "Any CRS: areas are true ellipsoidal areas; a pixel partly inside an area counts by the share of its "
        "area inside. Uncertainty: _lo/_hi columns of the biophysical table give Monte Carlo intervals. Snapshots "
        "must share one grid; a pair of classes that occurs but has no transition is refused, naming it.\n\n"
        "A half-life of 0 for a pool that is disturbed in the run is refused until 'A half-life of 0 means' says "
        "whether the carbon is never emitted (InVEST's convention) or emitted at once.\n\n"
        "Map error: with a labelled stratified sample of transitions (REFERENCE; the reference class at each "
        "date in REF_FROM_FIELD and REF_TO_FIELD, or pairs such as 3>1 in REF_FIELD, as for the accuracy "
        "assessment of a transition map) and two snapshots, each area's accumulation, emissions and net "
        "sequestration are also given on the area-adjusted transitions (_adj fields): adjusted = Σ_i A_i Σ_j "
        "p(j | i) r_j, A_i the mapped area of transition i in the area, p(j | i) the sample's share of reference "
        "transition j among the points whose map transition (read from the snapshots) is i (Olofsson et al. "
        "2014), r_j the model's per-hectare result of transition j. This assumes that the map's error rates "
        "inside each area are those of the whole map. The intervals draw p(. | i) from its Dirichlet posterior "
        "together with the biophysical values in every iteration. A reference transition whose cell in the "
        "transition table is empty is refused."
    )
    SNAPSHOT_TABLE, SNAPSHOTS, SNAPSHOT_YEARS = SNAPSHOT_TABLE, SNAPSHOTS, SNAPSHOT_YEARS
    BIOPHYSICAL, TRANSITIONS, ANALYSIS_YEAR = "BIOPHYSICAL", "TRANSITIONS", "ANALYSIS_YEAR"
    PRICE, INFLATION_RATE, PRICE_TABLE, DISCOUNT_RATE = "PRICE", "INFLATION_RATE", "PRICE_TABLE", "DISCOUNT_RATE"
    AREAS, ID_FIELD, METHOD, TABLE_UNITS = "AREAS", "ID_FIELD", "METHOD", "TABLE_UNITS"
    HALF_LIFE_ZERO = "HALF_LIFE_ZERO"
    ITERATIONS, SEED = "ITERATIONS", "SEED"
    REFERENCE, REF_FIELD, REF_FROM_FIELD, REF_TO_FIELD = "REFERENCE", "REF_FIELD", "REF_FROM_FIELD", "REF_TO_FIELD"
    OUTPUT_ADJUSTED = "OUTPUT_ADJUSTED"
    OUTPUT_FOLDER, OUTPUT_TABLE, OUTPUT_YEARLY, OUTPUT_REPORT = "OUTPUT_FOLDER", "OUTPUT_TABLE", "OUTPUT_YEARLY", \
        "OUTPUT_REPORT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFile(self.SNAPSHOT_TABLE, tr("Land-cover snapshot table (InVEST CSV)"),
                                            extension="csv", optional=True),
                 "InVEST's snapshot CSV: snapshot_year, raster_path (paths relative to the CSV's folder). Or give "
                 "the snapshot layers and their years below.")
        self.add(QgsProcessingParameterMultipleLayers(self.SNAPSHOTS, tr("Land-cover snapshots (class rasters)"),
                                                      QgsProcessing.TypeRaster, optional=True),
                 "Class rasters of the snapshot dates, on one grid, used when no snapshot table is given.")
        self.add(QgsProcessingParameterString(self.SNAPSHOT_YEARS, tr("Snapshot years (comma list, same order)"),
                                              optional=True),
                 "One year per snapshot layer, in the same order, e.g. 2019, 2024.")
        self.add(QgsProcessingParameterFile(self.BIOPHYSICAL, tr("Biophysical table (InVEST CSV)"),
                                            extension="csv"),
                 "InVEST 3.14's biophysical table; optional <column>_lo/<column>_hi bounds give intervals.")
        self.add(QgsProcessingParameterFile(self.TRANSITIONS, tr("Transition table (InVEST CSV)"), extension="csv"),
                 "InVEST's transition matrix: lulc-class rows (from) and columns (to); cells accum, "
                 "low-impact-disturb, med-impact-disturb, high-impact-disturb, NCC or empty. The transition "
                 "template algorithm writes one listing the pairs that occur.")
        self.add(QgsProcessingParameterEnum(self.HALF_LIFE_ZERO, tr("A half-life of 0 means"),
                                            [tr("Refuse the table (say which)"),
                                             tr("Never emitted (InVEST's convention)"),
                                             tr("Emitted at once, in the year of the transition")], defaultValue=0),
                 "A biophysical table that gives a half-life of 0 to a pool disturbed in the run is refused unless "
                 "this says what 0 means. InVEST reads 0 as never emitted: the disturbed carbon stays in the "
                 "stock. A user who means 'released at once' wants the other choice: the whole disturbed volume "
                 "is emitted in the year of the transition (the limit of the half-life formula as the half-life "
                 "goes to 0). Classes with a half-life of 0 that are not disturbed, or whose disturbed fraction "
                 "is 0, need no choice.")
        self.add(QgsProcessingParameterNumber(self.ANALYSIS_YEAR, tr("Analysis year"),
                                              QgsProcessingParameterNumber.Integer, optional=True),
                 "Last year of the analysis (at or after the last snapshot). Empty: the last snapshot year.")
        self.add(QgsProcessingParameterNumber(self.PRICE, tr("Carbon price (per Mg CO2e) in the first year"),
                                              QgsProcessingParameterNumber.Double, optional=True, minValue=0),
                 "With the inflation rate, gives each year's price (as InVEST). Empty and no price table: no "
                 "valuation.")
        self.add(QgsProcessingParameterNumber(self.INFLATION_RATE, tr("Yearly price increase (%)"),
                                              QgsProcessingParameterNumber.Double, 0.0),
                 "price_t = price × (1 + rate/100)^(t − first year).")
        self.add(QgsProcessingParameterFile(self.PRICE_TABLE, tr("Price table (year, price)"), extension="csv",
                                            optional=True),
                 "A price for every year from the first snapshot to the year before the analysis year; replaces "
                 "the price and increase above.")
        self.add(QgsProcessingParameterNumber(self.DISCOUNT_RATE, tr("Discount rate (%)"),
                                              QgsProcessingParameterNumber.Double, 0.0),
                 "Yearly discount rate of the net present value.")
        self.add(QgsProcessingParameterFeatureSource(self.AREAS, tr("Project areas"),
                                                     [QgsProcessing.TypeVectorPolygon], optional=True),
                 "Polygons in any CRS; each gets one row per period. Empty: the whole raster.")
        self.add(QgsProcessingParameterField(self.ID_FIELD, tr("Area identifier field"), None, self.AREAS,
                                             optional=True),
                 "Values written as area_id; empty: the feature id.")
        self.add(QgsProcessingParameterFeatureSource(self.REFERENCE, tr("Reference sample of transitions (map "
                                                                        "error)"),
                                                     [QgsProcessing.TypeVectorPoint], optional=True),
                 "Labelled points of a stratified sample of the change (as the sampling design tool draws it on "
                 "a transition map of these snapshots): with them, and two snapshots, the change is also given "
                 "on the area-adjusted transitions (_adj fields). The map transition of each point is read from "
                 "the snapshots.")
        self.add(QgsProcessingParameterField(self.REF_FIELD, tr("Reference transition field (pairs such as 3>1)"),
                                             "ref_class", self.REFERENCE, optional=True),
                 "Field with each point's reference transition as a pair (3>1, 3->1, 3→1 or 3,1), used when the "
                 "two fields below are not given and the points have no ref_from and ref_to fields.")
        self.add(QgsProcessingParameterField(self.REF_FROM_FIELD, tr("Reference class at the first date"), None,
                                             self.REFERENCE, optional=True),
                 "The field with each point's reference class at the first snapshot (with the next field; "
                 "default ref_from when the points have it).")
        self.add(QgsProcessingParameterField(self.REF_TO_FIELD, tr("Reference class at the last date"), None,
                                             self.REFERENCE, optional=True),
                 "The field with each point's reference class at the last snapshot (default ref_to when the "
                 "points have it).")
        self.add(QgsProcessingParameterEnum(self.METHOD, tr("Reading of the model"),
                                            [tr("InVEST User's Guide equations"),
                                             tr("natcap.invest 3.14.2 code (bit-for-bit)")], defaultValue=0),
                 "Where natcap.invest's code and its User's Guide differ (litter, accumulation after a "
                 "disturbance, net present value), which to follow.", advanced=True)
        self.add(QgsProcessingParameterEnum(self.TABLE_UNITS, tr("Units of the biophysical table"),
                                            [tr("Mg CO2e per ha (as InVEST)"), tr("Mg C per ha (× 44/12)")],
                                            defaultValue=0),
                 "Stocks and rates in carbon are converted to CO2e with 44/12.", advanced=True)
        self.add(QgsProcessingParameterNumber(self.ITERATIONS, tr("Monte Carlo iterations (0 = no interval)"),
                                              QgsProcessingParameterNumber.Integer, 500, minValue=0,
                                              maxValue=100000),
                 "Draws of the bounded biophysical values for the _lo/_hi fields.", advanced=True)
        self.add(QgsProcessingParameterNumber(self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Integer,
                                              1), "The same seed gives the same intervals.", advanced=True)
        self.add(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Output folder (rasters)")),
                 "Per-pixel rasters named as InVEST names them (carbon-stock-at-<year>.tif, "
                 "carbon-accumulation-between-<a>-and-<b>.tif, carbon-emissions-…, "
                 "total-net-carbon-sequestration-…, net-present-value-at-<year>.tif), Mg CO2e per ha.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_TABLE, tr("Change by area and period"),
                                                   QgsProcessing.TypeVector, optional=True, createByDefault=True),
                 "One row per area and period: area_id, period_start, period_end, stock_start_tco2e, "
                 "stock_end_tco2e, accumulation_tco2e, emissions_tco2e, net_sequestration_tco2e (with _lo/_hi), "
                 "npv.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_YEARLY, tr("Net sequestration by area and year"),
                                                   QgsProcessing.TypeVector, optional=True, createByDefault=True),
                 "One row per area and year: area_id, year, net_sequestration_tco2e (with _lo/_hi); what "
                 "'Net removals of a project against its baseline' reads year by year.")
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_REPORT, tr("Report (HTML)"),
                                                       tr("HTML files (*.html)"), optional=True,
                                                       createByDefault=True),
                 "Method and formulas, the stock time series per area, the transitions that occurred.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_ADJUSTED, tr("Mapped and adjusted transition "
                                                                            "areas"),
                                                   QgsProcessing.TypeVector, optional=True, createByDefault=True),
                 "Written with a reference sample only: one row per area (and the whole raster) and transition: "
                 "area_id, from_class, to_class, mapped_ha, adjusted_ha (with _lo/_hi), n_map_points (sample points "
                 "whose map transition it is), adjusted (0: no sample point, the mapped area is kept).")
        for out_id, label in TOTALS:
            self.addOutput(QgsProcessingOutputNumber(out_id, tr(label)))
        add_scheduler_parameter(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        require(*ENGINE)
        from ..bluecarbon_qgis.engine.carbon import change, invest_tables
        from ..bluecarbon_qgis.engine.carbon.stocks import CO2_PER_C
        from ..bluecarbon_qgis.engine.reports.change import change_report
        from ..bluecarbon_qgis.engine.reports.html import write_html

        snapshots = snapshot_list(self, parameters, context)
        bio_path = self.parameterAsFile(parameters, self.BIOPHYSICAL, context)
        tr_path = self.parameterAsFile(parameters, self.TRANSITIONS, context)
        year = self.parameterAsInt(parameters, self.ANALYSIS_YEAR, context) \
            if parameters.get(self.ANALYSIS_YEAR) not in (None, "") else None
        method = (change.GUIDE, change.INVEST)[self.parameterAsEnum(parameters, self.METHOD, context)]
        factor = (1.0, CO2_PER_C)[self.parameterAsEnum(parameters, self.TABLE_UNITS, context)]
        half_life_zero = change.HALF_LIFE_ZERO[self.parameterAsEnum(parameters, self.HALF_LIFE_ZERO, context)]
        iterations = self.parameterAsInt(parameters, self.ITERATIONS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) \
            if parameters.get(self.OUTPUT_REPORT) else None
        with engine_errors():
            bio = invest_tables.read_biophysical(bio_path)
            transitions = invest_tables.read_transitions(tr_path, bio)
            last = max(year or 0, max(y for y, _ in snapshots))
            prices = None
            price_table = self.parameterAsFile(parameters, self.PRICE_TABLE, context)
            if price_table:
                prices = invest_tables.read_prices(price_table)
            elif parameters.get(self.PRICE) not in (None, ""):
                prices = invest_tables.inflated_prices(self.parameterAsDouble(parameters, self.PRICE, context),
                                                       self.parameterAsDouble(parameters, self.INFLATION_RATE,
                                                                              context),
                                                       min(y for y, _ in snapshots), last)
            model = change.prepare(snapshots, bio, transitions, year,
                                   prices, self.parameterAsDouble(parameters, self.DISCOUNT_RATE, context),
                                   method, factor, half_life_zero)
            start_workers_early(self, parameters, context,
                                sum(g.width * g.height for g in model.grids))  # while the polygons are read
        feedback.pushInfo(tr("Snapshots {years}, analysis year {year}; reading: {method}.").format(
            years=", ".join(map(str, model.years)), year=model.analysis_year,
            method=tr("InVEST User's Guide equations") if method == change.GUIDE
            else tr("natcap.invest 3.14.2 code (bit-for-bit)")))
        if factor != 1.0:
            feedback.pushInfo(tr("The biophysical table is read as Mg C per ha and converted to CO2e (× 44/12)."))
        source = self.parameterAsSource(parameters, self.AREAS, context)
        geoms, ids = None, None
        if source is not None:
            id_field = self.parameterAsString(parameters, self.ID_FIELD, context)  # checked before the run
            features, geoms = read_geometries(source, model.grids[0].crs.to_wkt(), context, feedback,
                                              tr("The project area layer"))
            ids = [str(f[id_field]) if id_field else str(f.id()) for f in features]
        reference = self._reference(parameters, context, feedback, model, bio, tr_path) \
            if parameters.get(self.REFERENCE) not in (None, "") else None
        existed = os.path.isdir(folder) and os.listdir(folder)
        written = []
        try:
            with open_executor(self, parameters, context, feedback) as executor, engine_errors():
                run = change.carbon_change(model, folder=folder, geoms=geoms, zone_ids=ids, iterations=iterations,
                                           seed=seed, progress=progress_callback(feedback, 0, 95),
                                           is_canceled=feedback.isCanceled, executor=executor)
                written.extend(run["paths"])
                rows, yearly = run["rows"], run["yearly"]
                if geoms is None:
                    zone = run["traj"].area_m2[None, :]
                    rows = change.zone_table(model, run["det"], run["mc"], zone, [tr("whole raster")], [0.0])
                    yearly = change.zone_yearly(model, run["det"], run["mc"], zone, [tr("whole raster")])
                adjusted = None
                if reference is not None:
                    adjusted = self._adjust(model, run, rows, reference, iterations, seed, feedback)
            warnings = [tr(t).format(**f) for t, f in run["warnings"]]
            for w in warnings:
                feedback.pushWarning(w)
            results = {self.OUTPUT_FOLDER: folder}
            if parameters.get(self.OUTPUT_TABLE):
                results[self.OUTPUT_TABLE] = self._write_table(parameters, context, rows, adjusted is not None)
            if adjusted is not None and parameters.get(self.OUTPUT_ADJUSTED):
                results[self.OUTPUT_ADJUSTED] = self._write_adjusted(parameters, context, adjusted, ids)
            elif parameters.get(self.OUTPUT_ADJUSTED):
                feedback.pushInfo(tr("No reference sample: the table of mapped and adjusted transition areas is not "
                                     "written."))
            if parameters.get(self.OUTPUT_YEARLY):
                results[self.OUTPUT_YEARLY] = self._write_yearly(parameters, context, yearly)
            if report_path:
                names = {c: b.name for c, b in bio.classes.items()}
                html = change_report(model=model, inputs={"transitions": tr_path,
                                                          "areas": source.sourceName() if source else None},
                                     rows=rows, transitions=run["transitions"], names=names, warnings=warnings,
                                     adjusted=adjusted,
                                     iterations=iterations, seed=seed, tr=tr, lang=locale_name().split("_")[0])
                write_html(report_path, html)
                results[self.OUTPUT_REPORT] = report_path
        except BaseException:
            for path in written:  # the rasters in the folder (the other outputs: the base class)
                remove_quietly(path)
            if not existed and os.path.isdir(folder) and not os.listdir(folder):
                os.rmdir(folder)
            raise
        self._totals(model, rows, results)
        feedback.pushInfo(tr("Net sequestration {start}–{end}: {net:,.1f} t CO2e (accumulation {acc:,.1f}, "
                             "emissions {emi:,.1f}).").format(start=model.years[0], end=model.report_years[-1],
                                                              net=results["NET_SEQUESTRATION_TCO2E"],
                                                              acc=results["ACCUMULATION_TCO2E"],
                                                              emi=results["EMISSIONS_TCO2E"]))
        feedback.setProgress(100)
        return results

    @staticmethod
    def _totals(model, rows, results):
        first, last = model.report_years[0], model.report_years[-1]
        results["STOCK_START_TCO2E"] = sum(r.values["stock_start_tco2e"] for r in rows if r.period_start == first)
        results["STOCK_END_TCO2E"] = sum(r.values["stock_end_tco2e"] for r in rows if r.period_end == last)
        for key, field in (("ACCUMULATION_TCO2E", "accumulation_tco2e"), ("EMISSIONS_TCO2E", "emissions_tco2e"),
                           ("NET_SEQUESTRATION_TCO2E", "net_sequestration_tco2e")):
            results[key] = sum(r.values[field] for r in rows)
        npv = [r.values["npv"] for r in rows if r.period_end == last]
        results["NPV"] = sum(npv) if npv and None not in npv else None

    def _write_yearly(self, parameters, context, yearly):
        fields = QgsFields()
        fields.append(QgsField("area_id", QVariant.String))
        fields.append(QgsField("year", QVariant.Int))
        for name in ("net_sequestration_tco2e", "net_sequestration_tco2e_lo", "net_sequestration_tco2e_hi"):
            fields.append(QgsField(name, QVariant.Double, "double", 20, 6))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_YEARLY, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_YEARLY))
        for area, year, value, lo, hi in yearly:
            f = QgsFeature(fields)
            f.setAttributes([str(area), int(year), value, lo, hi])
            sink.addFeature(f, QgsFeatureSink.FastInsert)
        return dest

    def _write_table(self, parameters, context, rows, adjusted=False):
        names = TABLE_FIELDS + (ADJUSTED_FIELDS if adjusted else ())
        fields = QgsFields()
        fields.append(QgsField("area_id", QVariant.String))
        fields.append(QgsField("period_start", QVariant.Int))
        fields.append(QgsField("period_end", QVariant.Int))
        for name in names:
            fields.append(QgsField(name, QVariant.Double, "double", 20, 6))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_TABLE))
        for r in rows:
            f = QgsFeature(fields)
            f.setAttributes([str(r.area_id), int(r.period_start), int(r.period_end)]
                            + [r.values.get(n) for n in names])
            sink.addFeature(f, QgsFeatureSink.FastInsert)
        return dest

    def _reference(self, parameters, context, feedback, model, bio, tr_path):
        """The reference sample: (map transitions, reference transitions, weights) of its points, the map
        transition read from the first and the last snapshot."""
        from ..bluecarbon_qgis.engine.accuracy.transitions_table import Transition, TransitionTable
        from ..bluecarbon_qgis.engine.carbon.change_error import require_two_snapshots, sample_transitions
        from ..bluecarbon_qgis.reference_points import read_reference_points
        from ..bluecarbon_qgis.transition_labels import choose_labels

        with engine_errors():
            require_two_snapshots(model)
        source = self.parameterAsSource(parameters, self.REFERENCE, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.REFERENCE))
        table = TransitionTable([Transition(i + 1, a, b, model.years[0], model.years[-1], a != b, "{}>{}".format(a, b))
                                 for i, (a, b) in enumerate(sorted(model.transitions))], tr_path)
        labels = choose_labels(source, table, sorted(bio.classes),
                               self.parameterAsString(parameters, self.REF_FIELD, context),
                               self.parameterAsString(parameters, self.REF_FROM_FIELD, context),
                               self.parameterAsString(parameters, self.REF_TO_FIELD, context))
        sample, _, source, ref_field = read_reference_points(self, parameters, context, feedback, model.grids[0],
                                                             self.REFERENCE, self.REF_FIELD, labels=labels)
        with engine_errors():
            smap, sref, weights, dropped = sample_transitions(model, sample, {c: p for p, c in labels.codes.items()})
        if dropped:
            feedback.pushWarning(tr("{n} reference point(s) fall where the last snapshot has no data and were "
                                    "skipped.").format(n=dropped))
        if not smap:
            raise QgsProcessingException(tr("None of the reference points falls on a pixel mapped in both "
                                            "snapshots; check that the points and the maps cover the same place."))
        feedback.pushInfo(tr("Reference sample {layer} ({n} points, fields {fields}): the change is also given on "
                             "the area-adjusted transitions.").format(layer=source.sourceName(), n=len(smap),
                                                                      fields=ref_field))
        return smap, sref, weights

    def _adjust(self, model, run, rows, reference, iterations, seed, feedback):
        """The adjusted change of every row's area and of the whole raster (the last row of the result)."""
        import numpy as np

        from ..bluecarbon_qgis.engine.carbon import change_error

        traj = run["traj"]
        zone_m2 = run["zone_m2"] if run["zone_m2"] is not None else np.zeros((0, traj.keys.size))
        smap, sref, weights = reference
        with engine_errors():
            result = change_error.adjust_change(model, traj, np.vstack([zone_m2, traj.area_m2[None, :]]), smap,
                                                sref, weights=weights, iterations=iterations, seed=seed)
        change_error.adjust_rows(rows, result, len(model.periods))
        for t, f in change_error.warnings(result):
            feedback.pushWarning(tr(t).format(**f))
        feedback.pushInfo(tr(change_error.ASSUMPTION))
        return result

    def _write_adjusted(self, parameters, context, result, ids):
        fields = QgsFields()
        fields.append(QgsField("area_id", QVariant.String))
        for name in ("from_class", "to_class"):
            fields.append(QgsField(name, QVariant.Int))
        for name in ("mapped_ha", "adjusted_ha", "adjusted_ha_lo", "adjusted_ha_hi"):
            fields.append(QgsField(name, QVariant.Double, "double", 24, 12))
        fields.append(QgsField("n_map_points", QVariant.Int))
        fields.append(QgsField("adjusted", QVariant.Int))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_ADJUSTED, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_ADJUSTED))
        for z, area in enumerate(list(ids or []) + [tr("whole raster")]):
            for j, (a, b) in enumerate(result.pairs):
                f = QgsFeature(fields)
                lo = None if result.adjusted_ha_lo is None else float(result.adjusted_ha_lo[z, j])
                hi = None if result.adjusted_ha_hi is None else float(result.adjusted_ha_hi[z, j])
                f.setAttributes([str(area), int(a), int(b), float(result.mapped_ha[z, j]),
                                 float(result.adjusted_ha[z, j]), lo, hi, int(result.counts[j].sum()),
                                 int((a, b) not in result.unadjusted)])
                sink.addFeature(f, QgsFeatureSink.FastInsert)
        return dest
