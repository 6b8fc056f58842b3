"""bluecarbon:carboncredits — net removals of a project against its baseline over a crediting period."""
import json
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
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QTranslator, QVariant

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.feedback import progress_callback
from ..bluecarbon_qgis.geometries import read_geometries
from ..bluecarbon_qgis.dependencies import ENGINE, require
from ..bluecarbon_qgis.engine.errors import N_
from ..bluecarbon_qgis.i18n import CONTEXT, locale_name, tr
from ..bluecarbon_qgis.pdf import write_pdf
from ..bluecarbon_qgis.scheduler import add_scheduler_parameter, open_executor
from .carbonchange import SNAPSHOT_TABLE, SNAPSHOT_YEARS, SNAPSHOTS, snapshot_list

TOTALS = (
    ("BASELINE_TCO2E", N_("Baseline net sequestration over the crediting period (t CO2e)"), "baseline_tco2e"),
    ("PROJECT_TCO2E", N_("Project net sequestration over the crediting period (t CO2e)"), "project_tco2e"),
    ("GROSS_REMOVALS_TCO2E", N_("Gross removals, project − baseline (t CO2e)"), "gross_removals_tco2e"),
    ("GROSS_REMOVALS_TCO2E_LO", N_("Gross removals, low bound (t CO2e)"), "gross_removals_tco2e_lo"),
    ("GROSS_REMOVALS_TCO2E_HI", N_("Gross removals, high bound (t CO2e)"), "gross_removals_tco2e_hi"),
    ("CREDITED_TCO2E", N_("Gross removals on credited ground (t CO2e)"), "credited_tco2e"),
    ("NET_REMOVALS_TCO2E", N_("Net removals (t CO2e)"), "net_tco2e"),
    ("NET_REMOVALS_TCO2E_LO", N_("Net removals, low bound (t CO2e)"), "net_tco2e_lo"),
    ("NET_REMOVALS_TCO2E_HI", N_("Net removals, high bound (t CO2e)"), "net_tco2e_hi"),
    ("ISSUED_EX_POST_TCO2E", N_("Issuable for the observed years (t CO2e)"), "issued_ex_post_tco2e"),
    ("ESTIMATED_EX_ANTE_TCO2E", N_("Estimated for the projected years (t CO2e)"), "estimated_ex_ante_tco2e"),
    ("AREA_HA", N_("Area accounted, overlaps once (ha)"), "area_ha"),
    ("LOST_HA", N_("Area left out of both scenarios: nodata in a map (ha)"), "lost_ha"),
    ("OVERLAP_HA", N_("Overlap of the areas (ha)"), "overlap_ha"),
)
DEDUCTION_TOTALS = (
    ("ALLOCHTHONOUS_TCO2E", N_("Allochthonous soil carbon deduction (t CO2e)"), "allochthonous"),
    ("LEAKAGE_TCO2E", N_("Leakage (t CO2e)"), "leakage"),
    ("UNCERTAINTY_TCO2E", N_("Uncertainty deduction (t CO2e)"), "uncertainty"),
    ("BUFFER_TCO2E", N_("Non-permanence buffer (t CO2e)"), "buffer"),
)
AMOUNT_FIELDS = ("area_ha", "lost_ha", "baseline_tco2e", "project_tco2e", "gross_removals_tco2e",
                 "gross_removals_tco2e_lo", "gross_removals_tco2e_hi", "credited_tco2e", "credited_tco2e_lo",
                 "credited_tco2e_hi")
YEAR_FIELDS = AMOUNT_FIELDS + ("vintage_tco2e",)
PERIOD_FIELDS = AMOUNT_FIELDS + tuple(k + "_tco2e" for _, _, k in DEDUCTION_TOTALS) + (
    "cumulative_net_tco2e", "cumulative_net_tco2e_lo", "cumulative_net_tco2e_hi", "issued_before_tco2e",
    "issued_tco2e", "reversal_tco2e")
STANDARDS = ("CCER", "VM0033")
CONFIDENCES = (90.0, 95.0)
_TRANSLATORS = {}


def report_tr(choice):
    """The translation function of the report: QGIS's language, English or Simplified Chinese."""
    if choice == 0:
        return tr, locale_name().split("_")[0]
    if choice == 1:
        return (lambda s: s), "en"
    if "zh" not in _TRANSLATORS:
        t = QTranslator()
        t.load(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "i18n",
                            "bluecarbon_zh_CN.qm"))
        _TRANSLATORS["zh"] = t
    t = _TRANSLATORS["zh"]
    # bytes: PyQt hands the text to Qt as char *, encoding a str as ASCII (non-ASCII text would fail)
    return (lambda s: t.translate(CONTEXT.encode(), s.encode("utf-8")) or s), "zh"


def _records(source):
    names = [f.name() for f in source.fields()]
    return [dict(zip(names, f.attributes())) for f in source.getFeatures()]


def _file_of(source_text):
    """The file behind a layer source string (before any |layername=...), or None."""
    path = str(source_text or "").split("|")[0]
    return path if path and os.path.isfile(path) else None


class CarbonCredits(BlueCarbonAlgorithm):
    NAME = "carboncredits"
    DISPLAY = "Net removals of a project against its baseline"
    GROUP_ID = "reporting"
    HELP = (
        "Net removals of a project against its baseline over a crediting period, from both scenarios' land-cover "
        "maps run together by the stock-change model of 'Carbon stock change over time' (InVEST Coastal Blue "
        "Carbon): one grid, the same pixels (a pixel nodata in a map of either scenario is left out of both, its "
        "area reported), the same years (a scenario's map is carried to the years it has none) and the same Monte "
        "Carlo draws, so ground that is the same in both gives exactly 0. Overlapping areas count once in every "
        "total.\n\n"
        "Per area, year and monitoring period: baseline, project and gross removals (project − baseline) with the "
        "percentile interval of the joint draws (90 % by default). Years up to the last observed map are ex-post, "
        "later years ex-ante projections. Each habitat type is tied to its CCER methodology; mangrove planting is "
        "credited only on ground that was tidal flat or aquaculture pond in the baseline's first map; other ground "
        "is listed as not credited, with the reason. Deductions (allochthonous soil carbon, leakage, uncertainty, "
        "non-permanence buffer) are taken on cumulative totals, in the methodology's order; issued = cumulative net "
        "− issued before.\n\n"
        "Earlier interface: the PROJECT and BASELINE change tables of two 'Carbon stock change over time' runs still "
        "work, for central values only (no joint interval, overlaps, habitats or eligibility), not for "
        "verification."
    )
    PROJECT, BASELINE, START, END = "PROJECT", "BASELINE", "START_YEAR", "END_YEAR"
    LAST, OBSERVED, PERIODS = "LAST_YEAR", "LAST_OBSERVED_YEAR", "MONITORING_PERIODS"
    BIOPHYSICAL, TRANSITIONS, TABLE_UNITS, METHOD = "BIOPHYSICAL", "TRANSITIONS", "TABLE_UNITS", "METHOD"
    HALF_LIFE_ZERO = "HALF_LIFE_ZERO"
    AREAS, ID_FIELD, ITERATIONS, SEED, CONFIDENCE = "AREAS", "ID_FIELD", "ITERATIONS", "SEED", "CONFIDENCE"
    LEAKAGE, BUFFER, BUFFER_SOURCE, BUFFER_BASE = "LEAKAGE", "BUFFER", "BUFFER_SOURCE", "BUFFER_BASE"
    ALLOWABLE, ALLOCHTHONOUS, STANDARD = "ALLOWABLE_UNCERTAINTY", "ALLOCHTHONOUS", "STANDARD"
    ELIGIBLE, LANGUAGE = "ELIGIBLE_CLASSES", "REPORT_LANGUAGE"
    OUTPUT, OUTPUT_PERIODS, OUTPUT_REPORT, OUTPUT_DATA = "OUTPUT", "OUTPUT_PERIODS", "OUTPUT_REPORT", "OUTPUT_DATA"
    OUTPUT_PDF = "OUTPUT_PDF"

    def initAlgorithm(self, config=None):  # noqa: N802
        for prefix, label in (("PROJECT_", tr("Project")), ("BASELINE_", tr("Baseline"))):
            self.add(QgsProcessingParameterFile(prefix + SNAPSHOT_TABLE,
                                                tr("{scenario}: land-cover snapshot table (InVEST CSV)").format(
                                                    scenario=label), extension="csv", optional=True),
                     "InVEST's snapshot CSV of this scenario: snapshot_year, raster_path (paths relative to the "
                     "CSV's folder). Or give the layers and years below.")
            self.add(QgsProcessingParameterMultipleLayers(prefix + SNAPSHOTS,
                                                          tr("{scenario}: land-cover maps (class rasters)").format(
                                                              scenario=label), QgsProcessing.TypeRaster,
                                                          optional=True),
                     "Class rasters of this scenario, on the grid of the project's first map.")
            self.add(QgsProcessingParameterString(prefix + SNAPSHOT_YEARS,
                                                  tr("{scenario}: years of the maps (comma list, same order)").format(
                                                      scenario=label), optional=True),
                     "One year per map layer, in the same order. Both scenarios start with a map of the same "
                     "year.")
        self.add(QgsProcessingParameterFile(self.BIOPHYSICAL, tr("Biophysical table (InVEST CSV)"), extension="csv",
                                            optional=True),
                 "InVEST 3.14's biophysical table, shared by both scenarios (so they share every draw); "
                 "<column>_lo/<column>_hi bounds give the intervals. Needed with the maps.")
        self.add(QgsProcessingParameterFile(self.TRANSITIONS, tr("Transition table (InVEST CSV)"), extension="csv",
                                            optional=True),
                 "InVEST's transition matrix, applied alike in both scenarios. Needed with the maps.")
        self.add(QgsProcessingParameterFeatureSource(self.AREAS, tr("Project areas"),
                                                     [QgsProcessing.TypeVectorPolygon], optional=True),
                 "Polygons in any CRS; each gets its own rows, every total counts overlapping ground once. Empty: "
                 "the whole raster.")
        self.add(QgsProcessingParameterField(self.ID_FIELD, tr("Area identifier field"), None, self.AREAS,
                                             optional=True), "Values written as area_id; empty: the feature id.")
        self.add(QgsProcessingParameterNumber(self.START, tr("First year of the crediting period"),
                                              QgsProcessingParameterNumber.Integer, optional=True),
                 "Empty: the year of the first map.")
        self.add(QgsProcessingParameterNumber(self.LAST, tr("Last year of the crediting period"),
                                              QgsProcessingParameterNumber.Integer, optional=True),
                 "Included. Empty: the last observed year, so the change seen on the last map counts. Later years "
                 "are ex-ante projections.")
        self.add(QgsProcessingParameterNumber(self.END, tr("End of the crediting period (exclusive; earlier form)"),
                                              QgsProcessingParameterNumber.Integer, optional=True),
                 "The year after the last year of the crediting period, as saved models give it; prefer the last "
                 "year above.", advanced=True)
        self.add(QgsProcessingParameterNumber(self.OBSERVED, tr("Last observed year"),
                                              QgsProcessingParameterNumber.Integer, optional=True),
                 "The year of the last project map that is an observation (later maps are projections). Empty: the "
                 "project's last map.")
        self.add(QgsProcessingParameterString(self.PERIODS, tr("Monitoring periods (their last years, comma list)"),
                                              optional=True),
                 "e.g. 2022, 2025: periods up to and including each year, accounted cumulatively (issued = "
                 "cumulative net − issued before). Empty: one period up to the last observed year and one after "
                 "it.")
        self.add(QgsProcessingParameterEnum(self.STANDARD, tr("Methodology of the deductions"),
                                            [tr("CCER (China)"), tr("VM0033 v2.1 (Verra)")], defaultValue=0),
                 "Which standard's order and sources the deduction lines follow.")
        self.add(QgsProcessingParameterNumber(self.LEAKAGE, tr("Leakage (%)"), QgsProcessingParameterNumber.Double,
                                              0.0),
                 "Share of the removals (after the allochthonous deduction) lost to displaced activities, 0–100.")
        self.add(QgsProcessingParameterNumber(self.BUFFER, tr("Non-permanence buffer (%)"),
                                              QgsProcessingParameterNumber.Double, 0.0),
                 "Share of the stock change withheld, 0–100, from the project's risk assessment (VCS: the AFOLU "
                 "Non-Permanence Risk Tool v4.2).")
        self.add(QgsProcessingParameterString(self.BUFFER_SOURCE, tr("Source of the buffer percentage"),
                                              optional=True),
                 "Printed on the buffer line, e.g. the risk report's title and date. Empty: the AFOLU "
                 "Non-Permanence Risk Tool v4.2 is named.", advanced=True)
        self.add(QgsProcessingParameterEnum(self.BUFFER_BASE, tr("Buffer taken on"),
                                            [tr("the stock change (VM0033 as Guardian digitises it)"),
                                             tr("the net after leakage")], defaultValue=0),
                 "Guardian's digitisation of VM0033 takes the buffer on the stock change, before leakage and the "
                 "uncertainty deduction; the other choice takes it on the net after leakage.", advanced=True)
        self.add(QgsProcessingParameterNumber(self.ALLOWABLE, tr("Allowable uncertainty (%)"),
                                              QgsProcessingParameterNumber.Double, 10.0),
                 "When the half-width of the net's interval exceeds this share of it, the net is multiplied by "
                 "(1 − error + allowable), VM0033's uncertainty deduction.")
        self.add(QgsProcessingParameterNumber(self.ALLOCHTHONOUS, tr("Allochthonous soil carbon (%)"),
                                              QgsProcessingParameterNumber.Double, 0.0),
                 "Share of the soil-carbon gain deposited from elsewhere, deducted first.")
        self.add(QgsProcessingParameterString(self.ELIGIBLE, tr("Eligible baseline classes for mangrove planting"),
                                              optional=True),
                 "Codes or lulc-class names, commas. Empty: CCER-14-002-V01's tidal flat and (retired) aquaculture "
                 "pond.")
        self.add(QgsProcessingParameterNumber(self.ITERATIONS, tr("Monte Carlo iterations (0 = no interval)"),
                                              QgsProcessingParameterNumber.Integer, 1000, minValue=0,
                                              maxValue=100000),
                 "Joint draws of the bounded biophysical values, both scenarios with the same draw.", advanced=True)
        self.add(QgsProcessingParameterNumber(self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Integer, 1),
                 "The same seed gives the same intervals.", advanced=True)
        self.add(QgsProcessingParameterEnum(self.CONFIDENCE, tr("Confidence level of the intervals"),
                                            ["90 %", "95 %"], defaultValue=0),
                 "90 % as VCS and CCER practice use; it also sets the uncertainty deduction's error.")
        self.add(QgsProcessingParameterEnum(self.METHOD, tr("Reading of the model"),
                                            [tr("InVEST User's Guide equations"),
                                             tr("natcap.invest 3.14.2 code (bit-for-bit)")], defaultValue=0),
                 "The code reading is kept for comparison with InVEST; a statement made with it is marked as not "
                 "for verification.", advanced=True)
        self.add(QgsProcessingParameterEnum(self.HALF_LIFE_ZERO, tr("A half-life of 0 means"),
                                            [tr("Refuse the table (say which)"),
                                             tr("Never emitted (InVEST's convention)"),
                                             tr("Emitted at once, in the year of the transition")], defaultValue=0),
                 "As in 'Carbon stock change over time': a half-life of 0 for carbon disturbed in either scenario is "
                 "refused unless this says whether it is never emitted (InVEST) or emitted at once.")
        self.add(QgsProcessingParameterEnum(self.TABLE_UNITS, tr("Units of the biophysical table"),
                                            [tr("Mg CO2e per ha (as InVEST)"), tr("Mg C per ha (× 44/12)")],
                                            defaultValue=0),
                 "Stocks and rates in carbon are converted to CO2e with 44/12.", advanced=True)
        self.add(QgsProcessingParameterFeatureSource(self.PROJECT, tr("Project scenario change table (earlier form)"),
                                                     [QgsProcessing.TypeVector], optional=True),
                 "Earlier interface: the yearly (or period) change table of a 'Carbon stock change over time' run "
                 "of the project. Central values only, not for verification; give the maps instead.", advanced=True)
        self.add(QgsProcessingParameterFeatureSource(self.BASELINE, tr("Baseline scenario change table (earlier "
                                                                       "form)"), [QgsProcessing.TypeVector],
                                                     optional=True),
                 "The same table for the scenario without the project.", advanced=True)
        self.add(QgsProcessingParameterEnum(self.LANGUAGE, tr("Report language"),
                                            [tr("QGIS language"), "English", "简体中文"], defaultValue=0),
                 "Language of the HTML statement and the statement data.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Net removals by area and year"),
                                                   QgsProcessing.TypeVector),
                 "scope (area or project), area_id, year, kind (ex-post or ex-ante), ex_ante, area_ha, lost_ha, "
                 "baseline_tco2e, project_tco2e, gross_removals_tco2e (+ _lo, _hi); on the project's rows also "
                 "credited_tco2e (+ _lo, _hi) and vintage_tco2e.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_PERIODS, tr("Net removals by monitoring period"),
                                                   QgsProcessing.TypeVector, optional=True, createByDefault=True),
                 "The same by monitoring period (period_start, period_last); on the project's rows the cumulative "
                 "deductions, the cumulative net, what was issued before and what is issued.")
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_REPORT, tr("Statement (HTML)"),
                                                       tr("HTML files (*.html)"), optional=True,
                                                       createByDefault=True),
                 "Inputs with their checksums, the deductions line by line, habitats, eligibility, periods, areas.")
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_DATA, tr("Statement data (JSON)"),
                                                       tr("JSON files (*.json)"), optional=True,
                                                       createByDefault=True),
                 "Everything the statement shows, as data.")
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_PDF, tr("Statement (PDF)"), tr("PDF files (*.pdf)"),
                                                       optional=True, createByDefault=True),
                 "The same statement on A4 pages, fonts embedded, to print and sign.")
        for out_id, label, _ in TOTALS + DEDUCTION_TOTALS:
            self.addOutput(QgsProcessingOutputNumber(out_id, tr(label)))
        add_scheduler_parameter(self)

    # ---- reading

    def _year(self, parameters, key, context):
        return self.parameterAsInt(parameters, key, context) if parameters.get(key) not in (None, "") else None

    def _period(self, parameters, context):
        start, last = self._year(parameters, self.START, context), self._year(parameters, self.LAST, context)
        end = self._year(parameters, self.END, context)
        if end is not None:
            if last is not None and last != end - 1:
                raise QgsProcessingException(tr("END_YEAR {end} (exclusive) and LAST_YEAR {last} (included) disagree; "
                                                "give only the last year.").format(end=end, last=last))
            last = end - 1
        return start, last, self._year(parameters, self.OBSERVED, context)

    def _scenario(self, parameters, context, prefix, label):
        try:
            return snapshot_list(self, parameters, context, prefix)
        except QgsProcessingException as exc:
            raise QgsProcessingException(tr("{scenario} scenario: {message}").format(scenario=label,
                                                                                     message=str(exc))) from None

    def _areas(self, parameters, context, feedback, crs_wkt):
        source = self.parameterAsSource(parameters, self.AREAS, context)
        if source is None:
            return None, None, None
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)  # checked before the run
        features, geoms = read_geometries(source, crs_wkt, context, feedback, tr("The project area layer"))
        ids = [str(f[id_field]) if id_field else str(f.id()) for f in features]
        return source, geoms, ids

    def _joint(self, parameters, context, feedback, period, inputs):
        from ..bluecarbon_qgis.engine.carbon import change, credits, invest_tables, joint
        from ..bluecarbon_qgis.engine.carbon.stocks import CO2_PER_C

        project = self._scenario(parameters, context, "PROJECT_", tr("Project"))
        baseline = self._scenario(parameters, context, "BASELINE_", tr("Baseline"))
        bio_path = self.parameterAsFile(parameters, self.BIOPHYSICAL, context)
        tr_path = self.parameterAsFile(parameters, self.TRANSITIONS, context)
        if not bio_path or not tr_path:
            raise QgsProcessingException(tr("With the scenarios' maps, give the biophysical table (BIOPHYSICAL) and "
                                            "the transition table (TRANSITIONS)."))
        method = (change.GUIDE, change.INVEST)[self.parameterAsEnum(parameters, self.METHOD, context)]
        factor = (1.0, CO2_PER_C)[self.parameterAsEnum(parameters, self.TABLE_UNITS, context)]
        half_life_zero = change.HALF_LIFE_ZERO[self.parameterAsEnum(parameters, self.HALF_LIFE_ZERO, context)]
        with engine_errors():
            bio = invest_tables.read_biophysical(bio_path)
            transitions = invest_tables.read_transitions(tr_path, bio)
            jm = joint.prepare_joint(project, baseline, bio, transitions, start=period[0], last=period[1],
                                     observed=period[2], method=method, factor=factor,
                                     half_life_zero=half_life_zero)
        inputs += [(N_("project map {year}"), {"year": y}, p) for y, p in project]
        inputs += [(N_("baseline map {year}"), {"year": y}, p) for y, p in baseline]
        inputs += [(N_("biophysical table"), {}, bio_path), (N_("transition table"), {}, tr_path)]
        feedback.pushInfo(tr("Project maps {p}; baseline maps {b}; both run on {years}. Crediting period {start}–"
                             "{last}; observed up to {observed}.").format(
            p=", ".join(str(y) for y, _ in project), b=", ".join(str(y) for y, _ in baseline),
            years=", ".join(map(str, jm.years)), start=jm.start, last=jm.last, observed=jm.observed))
        source, geoms, ids = self._areas(parameters, context, feedback, jm.grids[0].crs.to_wkt())
        if source is not None:
            inputs.append((N_("project areas"), {}, self._layer_file(parameters, self.AREAS, context)))
        level = CONFIDENCES[self.parameterAsEnum(parameters, self.CONFIDENCE, context)]
        with open_executor(self, parameters, context, feedback) as executor, engine_errors():
            acc = credits.joint_accounts(
                jm, geoms, ids if geoms is not None else [tr("whole raster")],
                eligible=self.parameterAsString(parameters, self.ELIGIBLE, context),
                iterations=self.parameterAsInt(parameters, self.ITERATIONS, context),
                seed=self.parameterAsInt(parameters, self.SEED, context), level=level,
                progress=progress_callback(feedback, 0, 90), is_canceled=feedback.isCanceled, executor=executor)
        self._ground = (jm, geoms, ids if geoms is not None else [])  # for the statement's eligibility map
        return acc, {"method": method, "table_units": "Mg C/ha" if factor != 1.0 else "Mg CO2e/ha",
                     "half_life_zero": jm.project.half_life_zero,
                     "iterations": self.parameterAsInt(parameters, self.ITERATIONS, context),
                     "seed": self.parameterAsInt(parameters, self.SEED, context)}

    def _tables(self, parameters, context, period, inputs):
        from ..bluecarbon_qgis.engine.carbon import credits

        rows = {}
        for key, what in ((self.PROJECT, N_("project scenario table")), (self.BASELINE, N_("baseline scenario table"))):
            source = self.parameterAsSource(parameters, key, context)
            if source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, key))
            with engine_errors():
                rows[key] = credits.rows_from_records(_records(source), what)
            inputs.append((what, {}, self._layer_file(parameters, key, context)))
        with engine_errors():
            acc = credits.table_accounts(rows[self.PROJECT], rows[self.BASELINE], *period)
        return acc, {}

    def _layer_file(self, parameters, key, context):
        layer = self.parameterAsVectorLayer(parameters, key, context)
        return _file_of(layer.source()) if layer is not None else None

    # ---- the run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        require(*ENGINE)
        from ..bluecarbon_qgis.engine.carbon import credits
        from ..bluecarbon_qgis.engine.reports.html import write_html
        from ..bluecarbon_qgis.engine.reports.statement import eligibility_map, statement_html
        from ..bluecarbon_qgis.engine.texts import render

        maps = any(parameters.get(p + k) for p in ("PROJECT_", "BASELINE_") for k in (SNAPSHOT_TABLE, SNAPSHOTS))
        tables = any(parameters.get(k) for k in (self.PROJECT, self.BASELINE))
        if maps and tables:
            raise QgsProcessingException(tr("Give either both scenarios' maps or the two change tables (PROJECT, "
                                            "BASELINE), not both."))
        if not maps and not tables:
            raise QgsProcessingException(tr("Give both scenarios' maps (PROJECT_SNAPSHOT_TABLE or PROJECT_SNAPSHOTS "
                                            "with PROJECT_SNAPSHOT_YEARS, and the same for BASELINE_), with the "
                                            "biophysical and transition tables."))
        rtr, lang = report_tr(self.parameterAsEnum(parameters, self.LANGUAGE, context))
        period = self._period(parameters, context)
        options = {"standard": STANDARDS[self.parameterAsEnum(parameters, self.STANDARD, context)],
                   "leakage_pct": self.parameterAsDouble(parameters, self.LEAKAGE, context),
                   "buffer_pct": self.parameterAsDouble(parameters, self.BUFFER, context),
                   "allowable_uncertainty_pct": self.parameterAsDouble(parameters, self.ALLOWABLE, context),
                   "allochthonous_pct": self.parameterAsDouble(parameters, self.ALLOCHTHONOUS, context),
                   "buffer_base": ("stock_change", "net_after_leakage")[
                       self.parameterAsEnum(parameters, self.BUFFER_BASE, context)]}
        source_text = self.parameterAsString(parameters, self.BUFFER_SOURCE, context).strip()
        if source_text:
            options["buffer_source"] = source_text
        with engine_errors():
            credits.check_options(options)
        inputs = []
        if maps:
            acc, params = self._joint(parameters, context, feedback, period, inputs)
        else:
            acc, params = self._tables(parameters, context, period, inputs)
        params.update({k.lower(): v for k, v in options.items()})
        periods_text = self.parameterAsString(parameters, self.PERIODS, context)
        with engine_errors():
            data = credits.statement(
                acc, period_text=periods_text, options=options, parameters=params, translate=rtr, lang=lang,
                inputs=credits.input_files([(render(t, f, rtr), p) for t, f, p in inputs]))
        for template, fields in acc.cautions + acc.warnings:
            feedback.pushWarning(render(template, fields, tr))
        t = data["total"]
        feedback.pushInfo(tr("Crediting period {start}–{last} ({kind}): gross removals {gross:,.1f} t CO2e "
                             "(baseline {b:,.1f}, project {p:,.1f}); on credited ground {c:,.1f}; net after "
                             "deductions {net:,.1f} t CO2e.").format(
            start=data["period"]["start"], last=data["period"]["last"],
            kind=tr("observed up to {year}").format(year=data["observed_until"]), gross=t["gross_removals_tco2e"],
            b=t["baseline_tco2e"], p=t["project_tco2e"], c=t["credited_tco2e"], net=t["net_tco2e"]))
        results = {self.OUTPUT: self._write(parameters, context, self.OUTPUT, data, "year")}
        if parameters.get(self.OUTPUT_PERIODS):
            results[self.OUTPUT_PERIODS] = self._write(parameters, context, self.OUTPUT_PERIODS, data, "period")
        html = None
        if parameters.get(self.OUTPUT_REPORT) or parameters.get(self.OUTPUT_PDF):
            with engine_errors():
                svg = eligibility_map(self._ground[0], acc.eligible, *self._ground[1:], tr=rtr) if maps else ""
                html = statement_html(data, tr=rtr, lang=lang, eligibility_map=svg)
        if parameters.get(self.OUTPUT_REPORT):
            path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
            with engine_errors():
                write_html(path, html)
            results[self.OUTPUT_REPORT] = path
        if parameters.get(self.OUTPUT_DATA):
            path = self.parameterAsFileOutput(parameters, self.OUTPUT_DATA, context)
            with open(path + ".part", "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1)
            os.replace(path + ".part", path)
            results[self.OUTPUT_DATA] = path
        for out_id, _, key in TOTALS:
            results[out_id] = t.get(key)
        lines = {ln["key"]: ln["value"] for ln in data["deductions"]["lines"]}
        for out_id, _, key in DEDUCTION_TOTALS:
            results[out_id] = lines.get(key)
        if parameters.get(self.OUTPUT_PDF):
            results[self.OUTPUT_PDF] = write_pdf(html, self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context),
                                                 data["title"], rtr, feedback)
        feedback.setProgress(100)
        return results

    def _write(self, parameters, context, key, data, unit):
        fields = QgsFields()
        fields.append(QgsField("scope", QVariant.String))
        fields.append(QgsField("area_id", QVariant.String))
        if unit == "year":
            fields.append(QgsField("year", QVariant.Int))
            names = YEAR_FIELDS
        else:
            fields.append(QgsField("period_start", QVariant.Int))
            fields.append(QgsField("period_last", QVariant.Int))
            names = PERIOD_FIELDS
        fields.append(QgsField("kind", QVariant.String))
        fields.append(QgsField("ex_ante", QVariant.Int))
        for name in names:
            fields.append(QgsField(name, QVariant.Double, "double", 20, 6))
        sink, dest = self.parameterAsSink(parameters, key, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, key))
        area_rows = data["area_years"] if unit == "year" else data["area_periods"]
        project_rows = data["years"] if unit == "year" else data["periods"]
        ground = {a["area_id"]: a for a in data["areas"]}
        for scope, rows in (("area", area_rows), ("project", project_rows)):
            for r in rows:
                when = [r["year"]] if unit == "year" else [r["start"], r["last"]]
                where = ground[r["area_id"]] if scope == "area" else data["total"]
                values = dict(r, area_ha=where.get("area_ha"), lost_ha=where.get("lost_ha"))
                for line in r.get("cumulative_deductions", []):
                    values[line["key"] + "_tco2e"] = line["value"]
                f = QgsFeature(fields)
                f.setAttributes([scope, r.get("area_id", "")] + when + [r["kind"], r["ex_ante"]]
                                + [values.get(n) for n in names])
                sink.addFeature(f, QgsFeatureSink.FastInsert)
        return dest
