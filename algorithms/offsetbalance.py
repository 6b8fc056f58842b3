"""bluecarbon:offsetbalance — is an emission covered by blue carbon sinks? With the event's statement."""
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

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.engine.errors import N_
from ..bluecarbon_qgis.i18n import locale_name, tr
from .mariculturesink import METHODS

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
STATUS = (N_("Not verified"), N_("Verified by an independent third party"), N_("Issued as carbon credits"))


def _number(feature, name, names):
    """A numeric attribute, or None when the field is absent or NULL."""
    if name not in names:
        return None
    value = feature[name]
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else number


def _text(feature, name, names):
    if name not in names:
        return ""
    value = feature[name]
    return "" if value is None or str(value) == "NULL" else str(value)


class OffsetBalance(BlueCarbonAlgorithm):
    NAME = "offsetbalance"
    DISPLAY = "Offset balance: emissions against sinks"
    GROUP_ID = "reporting"
    HELP = (
        "Says whether an emission (an event, a company, a product) is covered by blue carbon sinks, and by how "
        "much, and writes the event's carbon-neutrality statement.\n\n"
        "Emissions: a number in t CO2e, or a CSV inventory with columns source, category, activity, unit, "
        "emission_factor, ef_unit (such as 'kg CO2e/kWh' or 't CO2e/night'), ef_source and optionally "
        "placeholder (yes for a factor that is not from a published source); each line is activity × factor. "
        "Categories follow China's guideline for carbon-neutral large events (大型活动碳中和实施指南（试行）, "
        "Ministry of Ecology and Environment, 2019): energy (能源), transport (交通), accommodation (住宿), "
        "catering (餐饮), materials (会议用品) and waste (废弃物).\n\n"
        "Sinks: layers from 'Mariculture carbon removal' (removal_tco2e_yr) or 'Carbon stocks and uptake by "
        "area' (uptake_tco2e_yr), with their 95% intervals when present, and/or a number in t CO2e per year. An "
        "empty layer is refused; sinks that add up to a net source are refused.\n\n"
        "Credited removal = sinks × period (years) × (1 − buffer %/100): carbon standards withhold a buffer "
        "against non-permanence. Coverage = credited / emissions × 100 %; surplus = credited − emissions. The "
        "interval of the sinks is the sum of the layers' interval bounds, which is wider than the interval of "
        "the sum (conservative); sinks without bounds give no interval. For a deficit, the additional harvest "
        "(and farmed area, given a yield per hectare) of a chosen species that would close it is reported.\n\n"
        "The report follows the guideline's structure: scope and emission categories (missing ones flagged), "
        "activity data and factors with sources (placeholders flagged), emissions per category, the sink used "
        "(farms, species, period, coefficients and their verification status), buffer, balance, a chart of "
        "emissions by category against the credited sink, and whether the sink has been verified. Under the "
        "guideline an event is offset by allowances, credits or the sink of new forestry projects: a mariculture "
        "removal is not a credit until verified and issued, and the report says so."
    )
    EMISSIONS_T, EMISSIONS_TABLE, SINKS, SINK_T = "EMISSIONS_T", "EMISSIONS_TABLE", "SINKS", "SINK_T"
    PERIOD_YEARS, BUFFER_PERCENT, SPECIES, YIELD_PER_HA = "PERIOD_YEARS", "BUFFER_PERCENT", "SPECIES", "YIELD_PER_HA"
    METHOD, COEFFICIENTS, OUTPUT_REPORT = "METHOD", "COEFFICIENTS", "OUTPUT_REPORT"
    EVENT, SINK_PERIOD, SINK_STATUS, SINK_STATUS_NOTE = "EVENT", "SINK_PERIOD", "SINK_STATUS", "SINK_STATUS_NOTE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterNumber(self.EMISSIONS_T, tr("Emissions (t CO2e)"),
                                              QgsProcessingParameterNumber.Double, optional=True, minValue=0),
                 "The emission to offset, when it is known as one number.")
        self.add(QgsProcessingParameterFile(self.EMISSIONS_TABLE, tr("Emission sources (CSV)"), extension="csv",
                                            optional=True),
                 "CSV inventory: source, category, activity, unit, emission_factor, ef_unit, ef_source, placeholder.")
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
        self.add(QgsProcessingParameterString(self.EVENT, tr("Event"), optional=True),
                 "Name, place and dates of the event, shown in the statement.")
        self.add(QgsProcessingParameterString(self.SINK_PERIOD, tr("Period of the sink"), optional=True),
                 "Which harvest or years the sink stands for (such as '2024 harvest'), shown in the statement.")
        self.add(QgsProcessingParameterEnum(self.SINK_STATUS, tr("Verification status of the sink"),
                                            [tr(s) for s in STATUS], defaultValue=0),
                 "Whether an independent third party has verified the sink, or credits have been issued for it.")
        self.add(QgsProcessingParameterString(self.SINK_STATUS_NOTE, tr("Verifier and reference"), optional=True),
                 "Who verified the sink and the reference of the verification or credits.")
        self.add(QgsProcessingParameterString(self.SPECIES, tr("Species to close a deficit"), "oyster",
                                              optional=True),
                 "Species whose additional harvest would close a deficit (name from the coefficient table).")
        self.add(QgsProcessingParameterNumber(self.YIELD_PER_HA, tr("Its yield (t per ha per year)"),
                                              QgsProcessingParameterNumber.Double, optional=True, minValue=0),
                 "Gives the additional farmed area as well as the harvest.")
        self.add(QgsProcessingParameterEnum(self.METHOD, tr("Method"), [tr(m) for m in METHODS], defaultValue=0),
                 "How that species' shell carbon is counted (as in the mariculture removal tool).", advanced=True)
        self.add(QgsProcessingParameterFile(self.COEFFICIENTS, tr("Coefficient table (CSV)"), extension="csv",
                                            optional=True), "Empty: the shipped table.", advanced=True)
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_REPORT, tr("Report (HTML)"),
                                                       tr("HTML files (*.html)"), optional=True,
                                                       createByDefault=True),
                 "The event's carbon-neutrality statement (HTML, optional).")
        for out_id, label in RESULTS:
            self.addOutput(QgsProcessingOutputNumber(out_id, tr(label)))

    def _sinks(self, parameters, context, feedback):
        """Sink rows, farm rows and the totals (value, lo, hi; lo/hi None without any bounds)."""
        from ..bluecarbon_qgis.engine.reports.offset import FarmRow, SinkRow

        rows, farms = [], []
        total, lo, hi, any_bounds = 0.0, 0.0, 0.0, False
        layers = self.parameterAsLayerList(parameters, self.SINKS, context)
        for layer in layers:
            names = [f.name() for f in layer.fields()]
            chosen = next((trio for trio in SINK_FIELDS if trio[0] in names), None)
            if chosen is None:
                raise QgsProcessingException(tr("The sink layer {name} has neither removal_tco2e_yr nor "
                                                "uptake_tco2e_yr; use the output of the mariculture removal or "
                                                "carbon stocks tool.").format(name=layer.name()))
            count = layer.featureCount()
            if count == 0:
                raise QgsProcessingException(tr("The sink layer {name} has no features: it adds nothing to the "
                                                "sinks. Give a layer with farms or areas, or leave it out.")
                                             .format(name=layer.name()))
            v_sum = lo_sum = hi_sum = 0.0
            n, bounded = 0, False
            for f in layer.getFeatures():
                v = _number(f, chosen[0], names)
                if v is None:
                    feedback.pushWarning(tr("Sink layer {name}, feature {fid}: {field} is empty; it counts as 0.")
                                         .format(name=layer.name(), fid=f.id(), field=chosen[0]))
                    v = 0.0
                flo, fhi = _number(f, chosen[1], names), _number(f, chosen[2], names)
                if flo is not None and fhi is not None:
                    bounded = True
                    flo, fhi = min(flo, v), max(fhi, v)
                else:
                    flo = fhi = None
                v_sum += v
                lo_sum += v if flo is None else flo
                hi_sum += v if fhi is None else fhi
                n += 1
                if "species_key" in names:
                    farms.append(FarmRow(_text(f, "farm_id", names) or str(f.id()), _text(f, "species_key", names),
                                         _number(f, "yield_t", names) or 0.0, _number(f, "tc_per_t", names), v, flo,
                                         fhi, _text(f, "method", names), _text(f, "coef_verified", names),
                                         _text(f, "coef_source", names)))
            rows.append(SinkRow(layer.name(), chosen[0], n, v_sum, lo_sum if bounded else None,
                                hi_sum if bounded else None))
            total, lo, hi = total + v_sum, lo + lo_sum, hi + hi_sum
            any_bounds |= bounded
        if parameters.get(self.SINK_T) not in (None, ""):
            extra = self.parameterAsDouble(parameters, self.SINK_T, context)
            rows.append(SinkRow(tr("Other sinks (t CO2e per year)"), "", 1, extra))
            total, lo, hi = total + extra, lo + extra, hi + extra
        if not rows:
            raise QgsProcessingException(tr("Give at least one sink: a layer or a number."))
        if total == 0:
            feedback.pushWarning(tr("The sinks add up to 0 t CO2e per year: nothing can be credited."))
        return rows, farms, total, (lo if any_bounds else None), (hi if any_bounds else None)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..bluecarbon_qgis.engine.carbon import mariculture, offset
        from ..bluecarbon_qgis.engine.reports import offset as statement
        from ..bluecarbon_qgis.engine.reports.html import write_html

        has_number = parameters.get(self.EMISSIONS_T) not in (None, "")
        table_path = self.parameterAsFile(parameters, self.EMISSIONS_TABLE, context)
        if has_number == bool(table_path):
            raise QgsProcessingException(tr("Give the emissions either as a number or as a table of emission "
                                            "sources, not both and not neither."))
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) \
            if parameters.get(self.OUTPUT_REPORT) not in (None, "") else None
        lines = []
        with engine_errors():
            if table_path:
                lines = offset.read_emissions(table_path)
                emissions = sum(line.tco2e for line in lines)
            else:
                emissions = self.parameterAsDouble(parameters, self.EMISSIONS_T, context)
        placeholders = sum(1 for line in lines if line.placeholder)
        if placeholders:
            feedback.pushWarning(tr("{n} emission factor(s) of the inventory are placeholders, not from a published "
                                    "source: the emissions are illustrative.").format(n=placeholders))
        missing = offset.missing_categories(lines) if lines else []
        if missing:
            feedback.pushWarning(tr("The inventory has no line for: {missing}.").format(
                missing=", ".join(tr(offset.CATEGORY_LABELS[k]) for k in missing)))
        sink_rows, farms, sink, sink_lo, sink_hi = self._sinks(parameters, context, feedback)
        period = self.parameterAsDouble(parameters, self.PERIOD_YEARS, context)
        buffer = self.parameterAsDouble(parameters, self.BUFFER_PERCENT, context)
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        with engine_errors():
            bal = offset.balance(emissions, sink, sink_lo, sink_hi, period, buffer)
            add_t = add_ha = None
            species_name = self.parameterAsString(parameters, self.SPECIES, context)
            if bal.surplus_t < 0 and species_name:
                coeffs = mariculture.read_coefficients(
                    self.parameterAsFile(parameters, self.COEFFICIENTS, context) or None)
                species = coeffs.lookup(species_name)
                yph = self.parameterAsDouble(parameters, self.YIELD_PER_HA, context) \
                    if parameters.get(self.YIELD_PER_HA) not in (None, "") else None
                add_t, add_ha = offset.to_close(-bal.surplus_t, species, method, mariculture.CALCIFICATION_PSI,
                                                period, buffer, yph)
                if add_t is None:
                    feedback.pushWarning(tr("{species} removes no carbon under this method: more of it cannot close "
                                            "the deficit.").format(species=species_name))
        lo_s, hi_s = (bal.sink_t_yr_lo, bal.sink_t_yr_hi) if bal.has_interval else (None, None)
        results = {
            "EMISSIONS_TCO2E": emissions, "SINK_TCO2E_YR": sink, "CREDITED_TCO2E": bal.credited_t,
            "COVERAGE_PERCENT": bal.coverage_percent,
            "COVERAGE_PERCENT_LO": bal.coverage(lo_s) if lo_s is not None else None,
            "COVERAGE_PERCENT_HI": bal.coverage(hi_s) if hi_s is not None else None,
            "SURPLUS_TCO2E": bal.surplus_t,
            "SURPLUS_TCO2E_LO": bal.credited(lo_s) - emissions if lo_s is not None else None,
            "SURPLUS_TCO2E_HI": bal.credited(hi_s) - emissions if hi_s is not None else None,
            "ADDITIONAL_YIELD_T": add_t, "ADDITIONAL_AREA_HA": add_ha,
        }
        sentence = self._sentence(bal, results)
        closing = self._closing(add_t, add_ha, species_name) if bal.surplus_t < 0 else ""
        feedback.pushInfo(sentence + (" " + closing if closing else ""))
        status = self.parameterAsEnum(parameters, self.SINK_STATUS, context)
        if status == statement.NOT_VERIFIED:
            feedback.pushInfo(tr("The sink has not been verified: the statement says so."))
        if report_path:
            st = statement.Statement(
                lines=lines, emissions_t=emissions, sink_rows=sink_rows, farms=farms, balance=bal, sentence=sentence,
                event=self.parameterAsString(parameters, self.EVENT, context),
                sink_period=self.parameterAsString(parameters, self.SINK_PERIOD, context), status=status,
                status_note=self.parameterAsString(parameters, self.SINK_STATUS_NOTE, context), closing=closing)
            with engine_errors():
                write_html(report_path, statement.statement_html(st, tr, lang=locale_name().split("_")[0]))
        results[self.OUTPUT_REPORT] = report_path
        return results

    def _sentence(self, bal, r):
        from ..bluecarbon_qgis.engine.reports.offset import interval_phrase

        coverage = interval_phrase(r["COVERAGE_PERCENT"], r["COVERAGE_PERCENT_LO"], r["COVERAGE_PERCENT_HI"], tr,
                                   unit="%")
        if bal.surplus_t >= 0:
            return tr("The sinks cover the emission: {c:,.1f} t CO2e credited against {e:,.1f} t CO2e emitted, a "
                      "coverage of {p} and a surplus of {s:,.1f} t CO2e.").format(
                c=bal.credited_t, e=bal.emissions_t, p=coverage, s=bal.surplus_t)
        return tr("The sinks do not cover the emission: {c:,.1f} t CO2e credited against {e:,.1f} t CO2e emitted, a "
                  "coverage of {p} and a deficit of {d:,.1f} t CO2e.").format(
            c=bal.credited_t, e=bal.emissions_t, p=coverage, d=-bal.surplus_t)

    def _closing(self, add_t, add_ha, species):
        if not add_t:
            return ""
        text = tr("Closing it needs {t:,.1f} t more {species} harvest per year").format(t=add_t, species=species)
        return text + (tr(", about {ha:,.1f} ha of farms.").format(ha=add_ha) if add_ha else ".")
