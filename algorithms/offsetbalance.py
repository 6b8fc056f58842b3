"""bluecarbon:offsetbalance — is an emission covered by blue carbon sinks?"""
import datetime

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors, remove_quietly
from ..bluecarbon_qgis.engine.errors import N_
from ..bluecarbon_qgis.i18n import locale_name, tr

SINK_FIELDS = (("removal_tco2e_yr", "removal_tco2e_yr_lo", "removal_tco2e_yr_hi"),
               ("uptake_tco2e_yr", "uptake_tco2e_yr_lo", "uptake_tco2e_yr_hi"))
RESULTS = (
    ("EMISSIONS_TCO2E", N_("Emissions (t CO2e)")),
    ("SINK_TCO2E_YR", N_("Sinks (t CO2e per year)")),
    ("CREDITED_TCO2E", N_("Credited removal over the period, after the buffer (t CO2e)")),
    ("COVERAGE_PERCENT", N_("Coverage (%)")),
    ("COVERAGE_PERCENT_LO", N_("Coverage, 95% low (%)")),
    ("COVERAGE_PERCENT_HI", N_("Coverage, 95% high (%)")),
    ("SURPLUS_TCO2E", N_("Surplus (t CO2e; negative for a deficit)")),
    ("SURPLUS_TCO2E_LO", N_("Surplus, 95% low (t CO2e)")),
    ("SURPLUS_TCO2E_HI", N_("Surplus, 95% high (t CO2e)")),
    ("ADDITIONAL_YIELD_T", N_("Additional harvest needed to close a deficit (t fresh weight per year)")),
    ("ADDITIONAL_AREA_HA", N_("Additional farmed area needed to close a deficit (ha)")),
)


def _number(feature, name, names, default):
    """A numeric attribute, or ``default`` when the field is absent or NULL."""
    if name not in names:
        return default
    try:
        return float(feature[name])
    except (TypeError, ValueError):
        return default


class OffsetBalance(BlueCarbonAlgorithm):
    NAME = "offsetbalance"
    DISPLAY = "Offset balance: emissions against sinks"
    GROUP_ID = "reporting"
    HELP = (
        "Says whether an emission (an event, a company, a product) is covered by blue carbon sinks, and by how "
        "much.\n\n"
        "Emissions: a number in t CO2e, or a CSV of emission sources with columns source, activity, unit, "
        "emission_factor, ef_unit (such as 'kg CO2e/kWh' or 't CO2e/night') and ef_source; each line is activity "
        "× factor, shown line by line in the report.\n\n"
        "Sinks: layers from 'Mariculture carbon removal' (removal_tco2e_yr) or 'Carbon stocks and uptake by "
        "area' (uptake_tco2e_yr), with their 95% intervals when present, and/or a number in t CO2e per year.\n\n"
        "Credited removal = sinks × period (years) × (1 − buffer %/100): carbon standards withhold a buffer "
        "against non-permanence. Coverage = credited / emissions × 100 %; surplus = credited − emissions. The "
        "interval of the sinks is the sum of the layers' interval bounds, which is wider than the interval of "
        "the sum (conservative). For a deficit, the additional harvest (and farmed area, given a yield per "
        "hectare) of a chosen species that would close it is reported."
    )
    EMISSIONS_T, EMISSIONS_TABLE, SINKS, SINK_T = "EMISSIONS_T", "EMISSIONS_TABLE", "SINKS", "SINK_T"
    PERIOD_YEARS, BUFFER_PERCENT, SPECIES, YIELD_PER_HA = "PERIOD_YEARS", "BUFFER_PERCENT", "SPECIES", "YIELD_PER_HA"
    METHOD, COEFFICIENTS, OUTPUT_REPORT = "METHOD", "COEFFICIENTS", "OUTPUT_REPORT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterNumber(self.EMISSIONS_T, tr("Emissions (t CO2e)"),
                                              QgsProcessingParameterNumber.Double, optional=True, minValue=0),
                 "The emission to offset, when it is known as one number.")
        self.add(QgsProcessingParameterFile(self.EMISSIONS_TABLE, tr("Emission sources (CSV)"), extension="csv",
                                            optional=True),
                 "CSV of emission sources: source, activity, unit, emission_factor, ef_unit, ef_source.")
        self.add(QgsProcessingParameterMultipleLayers(self.SINKS, tr("Sink layers"), QgsProcessing.TypeVector,
                                                      optional=True),
                 "Outputs of the mariculture removal or carbon stocks tools.")
        self.add(QgsProcessingParameterNumber(self.SINK_T, tr("Other sinks (t CO2e per year)"),
                                              QgsProcessingParameterNumber.Double, optional=True, minValue=0),
                 "Sinks known as one number, added to the layers.")
        self.add(QgsProcessingParameterNumber(self.PERIOD_YEARS, tr("Crediting period (years)"),
                                              QgsProcessingParameterNumber.Double, 1.0, minValue=0.0001),
                 "Years of removal credited against the emission.")
        self.add(QgsProcessingParameterNumber(self.BUFFER_PERCENT, tr("Buffer withheld (%)"),
                                              QgsProcessingParameterNumber.Double, 0.0, minValue=0, maxValue=99.99),
                 "Share of removals withheld for non-permanence risk.")
        self.add(QgsProcessingParameterString(self.SPECIES, tr("Species to close a deficit"), "oyster",
                                              optional=True),
                 "Species whose additional harvest would close a deficit (name from the coefficient table).")
        self.add(QgsProcessingParameterNumber(self.YIELD_PER_HA, tr("Its yield (t per ha per year)"),
                                              QgsProcessingParameterNumber.Double, optional=True, minValue=0),
                 "Gives the additional farmed area as well as the harvest.")
        self.add(QgsProcessingParameterEnum(self.METHOD, tr("Method"), [
            tr("Shell + tissue carbon (HY/T 0305-2021)"), tr("Tissue carbon only (conservative)"),
            tr("Shell + tissue, net of CO2 released by calcification")], defaultValue=0),
            "How that species' shell carbon is counted (as in the mariculture removal tool).", advanced=True)
        self.add(QgsProcessingParameterFile(self.COEFFICIENTS, tr("Coefficient table (CSV)"), extension="csv",
                                            optional=True), "Empty: the shipped table.", advanced=True)
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_REPORT, tr("Report (HTML)"),
                                                       tr("HTML files (*.html)"), optional=True,
                                                       createByDefault=False),
                 "HTML statement of the balance: inputs, sources, formulas and the result in one sentence.")
        for out_id, label in RESULTS:
            self.addOutput(QgsProcessingOutputNumber(out_id, tr(label)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..bluecarbon_qgis.engine.carbon import mariculture
        from ..bluecarbon_qgis.engine.reports.html import write_html

        has_number = parameters.get(self.EMISSIONS_T) not in (None, "")
        table_path = self.parameterAsFile(parameters, self.EMISSIONS_TABLE, context)
        if has_number == bool(table_path):
            raise QgsProcessingException(tr("Give the emissions either as a number or as a table of emission "
                                            "sources, not both and not neither."))
        lines = []
        with engine_errors():
            if table_path:
                lines = mariculture.read_emissions(table_path)
                emissions = sum(line[-1] for line in lines)
            else:
                emissions = self.parameterAsDouble(parameters, self.EMISSIONS_T, context)
        sink = sink_lo = sink_hi = 0.0
        sink_rows = []
        for layer in self.parameterAsLayerList(parameters, self.SINKS, context):
            names = [f.name() for f in layer.fields()]
            chosen = next((trio for trio in SINK_FIELDS if trio[0] in names), None)
            if chosen is None:
                raise QgsProcessingException(tr("The sink layer {name} has neither removal_tco2e_yr nor "
                                                "uptake_tco2e_yr; use the output of the mariculture removal or "
                                                "carbon stocks tool.").format(name=layer.name()))
            total = lo = hi = 0.0
            for f in layer.getFeatures():
                v = _number(f, chosen[0], names, 0.0)
                total += v
                lo += _number(f, chosen[1], names, v)  # no interval: the value itself
                hi += _number(f, chosen[2], names, v)
            sink_rows.append((layer.name(), chosen[0], total, lo, hi))
            sink, sink_lo, sink_hi = sink + total, sink_lo + lo, sink_hi + hi
        if parameters.get(self.SINK_T) not in (None, ""):
            extra = self.parameterAsDouble(parameters, self.SINK_T, context)
            sink_rows.append((tr("Other sinks (t CO2e per year)"), "", extra, extra, extra))
            sink, sink_lo, sink_hi = sink + extra, sink_lo + extra, sink_hi + extra
        if not sink_rows:
            raise QgsProcessingException(tr("Give at least one sink: a layer or a number."))
        period = self.parameterAsDouble(parameters, self.PERIOD_YEARS, context)
        buffer = self.parameterAsDouble(parameters, self.BUFFER_PERCENT, context)
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        with engine_errors():
            bal = mariculture.balance(emissions, sink, sink_lo, sink_hi, period, buffer)
            add_t = add_ha = None
            species_name = self.parameterAsString(parameters, self.SPECIES, context)
            if bal.surplus_t < 0 and species_name:
                coeffs = mariculture.read_coefficients(
                    self.parameterAsFile(parameters, self.COEFFICIENTS, context) or None)
                species = coeffs.lookup(species_name)
                yph = self.parameterAsDouble(parameters, self.YIELD_PER_HA, context) \
                    if parameters.get(self.YIELD_PER_HA) not in (None, "") else None
                add_t, add_ha = mariculture.to_close(-bal.surplus_t, species, method, mariculture.CALCIFICATION_PSI,
                                                     period, buffer, yph)
        results = {
            "EMISSIONS_TCO2E": emissions, "SINK_TCO2E_YR": sink, "CREDITED_TCO2E": bal.credited_t,
            "COVERAGE_PERCENT": bal.coverage_percent, "COVERAGE_PERCENT_LO": bal.coverage(bal.sink_t_yr_lo),
            "COVERAGE_PERCENT_HI": bal.coverage(bal.sink_t_yr_hi), "SURPLUS_TCO2E": bal.surplus_t,
            "SURPLUS_TCO2E_LO": bal.credited(bal.sink_t_yr_lo) - emissions,
            "SURPLUS_TCO2E_HI": bal.credited(bal.sink_t_yr_hi) - emissions,
            "ADDITIONAL_YIELD_T": add_t, "ADDITIONAL_AREA_HA": add_ha,
        }
        sentence = self._sentence(bal, results, add_t, add_ha, species_name)
        feedback.pushInfo(sentence)
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) \
            if parameters.get(self.OUTPUT_REPORT) else None
        if report_path:
            try:
                write_html(report_path, self._report(lines, emissions, sink_rows, bal, results, sentence))
            except BaseException:
                remove_quietly(report_path)
                raise
        results[self.OUTPUT_REPORT] = report_path
        return results

    def _sentence(self, bal, r, add_t, add_ha, species):
        if bal.surplus_t >= 0:
            return tr("The sinks cover the emission: {c:,.1f} t CO2e credited against {e:,.1f} t CO2e emitted, a "
                      "coverage of {p:.1f}% (95% interval {lo:.1f}–{hi:.1f}%) and a surplus of {s:,.1f} t CO2e.").format(
                c=bal.credited_t, e=bal.emissions_t, p=r["COVERAGE_PERCENT"], lo=r["COVERAGE_PERCENT_LO"],
                hi=r["COVERAGE_PERCENT_HI"], s=bal.surplus_t)
        text = tr("The sinks do not cover the emission: {c:,.1f} t CO2e credited against {e:,.1f} t CO2e emitted, a "
                  "coverage of {p:.1f}% (95% interval {lo:.1f}–{hi:.1f}%) and a deficit of {d:,.1f} t CO2e.").format(
            c=bal.credited_t, e=bal.emissions_t, p=r["COVERAGE_PERCENT"], lo=r["COVERAGE_PERCENT_LO"],
            hi=r["COVERAGE_PERCENT_HI"], d=-bal.surplus_t)
        if add_t:
            text += " " + tr("Closing it needs {t:,.1f} t more {species} harvest per year").format(t=add_t,
                                                                                               species=species)
            text += (tr(", about {ha:,.1f} ha of farms.").format(ha=add_ha) if add_ha else ".")
        return text

    def _report(self, lines, emissions, sink_rows, bal, r, sentence):
        from ..bluecarbon_qgis.engine.reports.html import esc, fmt, page, table

        sections = [("", '<p style="font-size:1.15em"><b>{}</b></p>'.format(esc(sentence)))]
        if lines:
            rows = [[src, fmt(a, 2), unit, fmt(f, 6), ef_unit, ef_src, fmt(t, 3)]
                    for src, a, unit, f, ef_unit, ef_src, t in lines]
            rows.append([tr("Total"), "", "", "", "", "", fmt(emissions, 3)])
            sections.append((tr("Emissions, line by line (t CO2e = activity × emission factor)"),
                             table([tr("Source"), tr("Activity"), tr("Unit"), tr("Emission factor"), tr("Factor unit"),
                                    tr("Factor source"), "t CO2e"], rows, numeric_from=1)))
        else:
            sections.append((tr("Emissions"), "<p>{} t CO2e</p>".format(fmt(emissions, 3))))
        rows = [[name, field, fmt(t, 3), fmt(lo, 3), fmt(hi, 3)] for name, field, t, lo, hi in sink_rows]
        sections.append((tr("Sinks (t CO2e per year)"), table([tr("Sink"), tr("Field"), tr("Value"),
                                                               tr("95% low"), tr("95% high")], rows, numeric_from=2)))
        rows = [[tr("Crediting period (years)"), fmt(bal.period_years, 2)],
                [tr("Buffer withheld (%)"), fmt(bal.buffer_percent, 2)],
                [tr("Credited removal (t CO2e)"), fmt(bal.credited_t, 3)],
                [tr("Emissions (t CO2e)"), fmt(bal.emissions_t, 3)],
                [tr("Coverage (%)"), "{} [{}–{}]".format(fmt(r["COVERAGE_PERCENT"], 1), fmt(r["COVERAGE_PERCENT_LO"], 1),
                                                         fmt(r["COVERAGE_PERCENT_HI"], 1))],
                [tr("Surplus (t CO2e; negative for a deficit)"), "{} [{}–{}]".format(
                    fmt(r["SURPLUS_TCO2E"], 1), fmt(r["SURPLUS_TCO2E_LO"], 1), fmt(r["SURPLUS_TCO2E_HI"], 1))]]
        sections.append((tr("Balance"), table([tr("Quantity"), tr("Value")], rows)
                         + '<p class="formula">credited = sinks × period × (1 − buffer/100)<br>coverage = credited / '
                           'emissions × 100 %<br>surplus = credited − emissions</p><p class="small">{}</p>'.format(
                               esc(datetime.datetime.now().strftime("%Y-%m-%d %H:%M")))))
        return page(tr("Carbon offset balance"), sections, lang=locale_name().split("_")[0])
