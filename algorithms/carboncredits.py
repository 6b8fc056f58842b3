"""bluecarbon:carboncredits — net removals of a project against its baseline over a crediting period."""
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
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QTranslator, QVariant

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.engine.errors import N_
from ..bluecarbon_qgis.i18n import CONTEXT, locale_name, tr

TOTALS = (
    ("BASELINE_TCO2E", "Baseline net sequestration over the crediting period (t CO2e)", "baseline_tco2e"),
    ("PROJECT_TCO2E", "Project net sequestration over the crediting period (t CO2e)", "project_tco2e"),
    ("LEAKAGE_TCO2E", "Leakage (t CO2e)", "leakage_tco2e"),
    ("BUFFER_TCO2E", "Non-permanence buffer (t CO2e)", "buffer_tco2e"),
    ("NET_REMOVALS_TCO2E", "Net removals (t CO2e)", "net_removals_tco2e"),
    ("NET_REMOVALS_TCO2E_LO", "Net removals, low bound (t CO2e)", "net_removals_tco2e_lo"),
    ("NET_REMOVALS_TCO2E_HI", "Net removals, high bound (t CO2e)", "net_removals_tco2e_hi"),
)
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


class CarbonCredits(BlueCarbonAlgorithm):
    NAME = "carboncredits"
    DISPLAY = "Net removals of a project against its baseline"
    GROUP_ID = "reporting"
    HELP = (
        "Net removals over a crediting period from two runs of 'Carbon stock change over time': the project "
        "scenario and the baseline scenario (their 'Net sequestration by area and year' tables, or their "
        "'Change by area and period' tables, same areas).\n\n"
        "Per area and year: gross = project − baseline; leakage = max(gross, 0) × leakage %; buffer = "
        "max(gross − leakage, 0) × buffer %; net = gross − leakage − buffer. A period table's totals are "
        "spread evenly over the period's years. Where the inputs have _lo/_hi intervals, the bounds of the net "
        "removals combine the project's low end with the baseline's high end and the reverse.\n\n"
        "The report is a statement in the order verifiers read it (baseline, project, leakage, buffer, net), "
        "in English or Chinese."
    )
    PROJECT, BASELINE, START, END = "PROJECT", "BASELINE", "START_YEAR", "END_YEAR"
    LEAKAGE, BUFFER, LANGUAGE = "LEAKAGE", "BUFFER", "REPORT_LANGUAGE"
    OUTPUT, OUTPUT_REPORT = "OUTPUT", "OUTPUT_REPORT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(self.PROJECT, tr("Project scenario change table"),
                                                     [QgsProcessing.TypeVector]),
                 "The yearly (or period) change table of the project scenario.")
        self.add(QgsProcessingParameterFeatureSource(self.BASELINE, tr("Baseline scenario change table"),
                                                     [QgsProcessing.TypeVector]),
                 "The same table for the scenario without the project.")
        self.add(QgsProcessingParameterNumber(self.START, tr("First year of the crediting period"),
                                              QgsProcessingParameterNumber.Integer, optional=True),
                 "Empty: the first year both tables cover.")
        self.add(QgsProcessingParameterNumber(self.END, tr("End of the crediting period (exclusive)"),
                                              QgsProcessingParameterNumber.Integer, optional=True),
                 "The period is [first year, end); empty: the last year both tables cover, plus one.")
        self.add(QgsProcessingParameterNumber(self.LEAKAGE, tr("Leakage (%)"), QgsProcessingParameterNumber.Double,
                                              0.0, minValue=0, maxValue=100),
                 "Share of the gross removals lost to displaced activities.")
        self.add(QgsProcessingParameterNumber(self.BUFFER, tr("Non-permanence buffer (%)"),
                                              QgsProcessingParameterNumber.Double, 0.0, minValue=0, maxValue=100),
                 "Share withheld from the removals after leakage, from the registry's risk assessment.")
        self.add(QgsProcessingParameterEnum(self.LANGUAGE, tr("Report language"),
                                            [tr("QGIS language"), "English", "简体中文"], defaultValue=0),
                 "Language of the HTML statement.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Net removals by area and year"),
                                                   QgsProcessing.TypeVector),
                 "area_id, year, baseline_tco2e, project_tco2e, gross_removals_tco2e, leakage_tco2e, "
                 "buffer_tco2e, net_removals_tco2e (with _lo/_hi).")
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_REPORT, tr("Statement (HTML)"),
                                                       tr("HTML files (*.html)"), optional=True,
                                                       createByDefault=True),
                 "Baseline, project, leakage, buffer and net, line by line.")
        for out_id, label, _ in TOTALS:
            self.addOutput(QgsProcessingOutputNumber(out_id, tr(label)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..bluecarbon_qgis.engine.carbon import credits
        from ..bluecarbon_qgis.engine.reports.credits import credits_report
        from ..bluecarbon_qgis.engine.reports.html import write_html

        sources = {}
        for key in (self.PROJECT, self.BASELINE):
            sources[key] = self.parameterAsSource(parameters, key, context)
            if sources[key] is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, key))
        start = self.parameterAsInt(parameters, self.START, context) \
            if parameters.get(self.START) not in (None, "") else None
        end = self.parameterAsInt(parameters, self.END, context) \
            if parameters.get(self.END) not in (None, "") else None
        leakage = self.parameterAsDouble(parameters, self.LEAKAGE, context)
        buffer = self.parameterAsDouble(parameters, self.BUFFER, context)
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) \
            if parameters.get(self.OUTPUT_REPORT) else None
        with engine_errors():
            project = credits.rows_from_records(_records(sources[self.PROJECT]), N_("project scenario table"))
            baseline = credits.rows_from_records(_records(sources[self.BASELINE]), N_("baseline scenario table"))
            years, period = credits.net_removals(project, baseline, start, end, leakage, buffer)
        per_area, grand = credits.totals(years)
        feedback.pushInfo(tr("Crediting period {start}–{end}: net removals {net:,.1f} t CO2e (baseline {b:,.1f}, "
                             "project {p:,.1f}, leakage {l:,.1f}, buffer {u:,.1f}).").format(
            start=period[0], end=period[1], net=grand["net_removals_tco2e"], b=grand["baseline_tco2e"],
            p=grand["project_tco2e"], l=grand["leakage_tco2e"], u=grand["buffer_tco2e"]))
        if grand["net_removals_tco2e"] <= 0:
            feedback.pushWarning(tr("The project removes no more than its baseline over the crediting period: no "
                                    "net removals."))
        fields = QgsFields()
        fields.append(QgsField("area_id", QVariant.String))
        fields.append(QgsField("year", QVariant.Int))
        for name in credits.FIELDS:
            fields.append(QgsField(name, QVariant.Double, "double", 20, 6))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for r in years:
            f = QgsFeature(fields)
            f.setAttributes([r.area_id, r.year] + [r.values[n] for n in credits.FIELDS])
            sink.addFeature(f, QgsFeatureSink.FastInsert)
        results = {self.OUTPUT: dest}
        if report_path:
            rtr, lang = report_tr(self.parameterAsEnum(parameters, self.LANGUAGE, context))
            with engine_errors():
                write_html(report_path, credits_report(
                    inputs={"project": sources[self.PROJECT].sourceName(),
                            "baseline": sources[self.BASELINE].sourceName()},
                    period=period, leakage_pct=leakage, buffer_pct=buffer, years=years, per_area=per_area,
                    grand=grand, tr=rtr, lang=lang))
            results[self.OUTPUT_REPORT] = report_path
        for out_id, _, key in TOTALS:
            results[out_id] = grand.get(key)
        return results

