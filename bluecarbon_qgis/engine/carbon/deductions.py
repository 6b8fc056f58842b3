"""Deductions from a project's net removals, each its own line, in the order the methodology applies them.

Amounts are t CO2e over a period, removals positive. For VM0033 v2.1 (Verra) the order and formulas follow
Hedera Guardian's open digitisation of VM0033 (github.com/hashgraph/guardian,
docs/methodology-digitization-handbook/_shared/artifacts/er-calculations.js, commit cc828e3: functions
computeDeductionAllochBaseline/Project and processNETERR):

    ΔC   stock change, project − baseline, over the period (the plugin's change model)
    A    = share × max(ΔC_soil, 0)           allochthonous soil carbon        (VM0033 8.1.4.2.7, 8.2.4.2.2)
    ΔC′  = ΔC − A
    L    = leakage % × max(ΔC′, 0)                                            (8.4; subtracted in 8.5.1)
    NER  = ΔC′ − L
    U    = NER × (e − a) when e > a and NER > 0, else 0                       (8.5.2)
           e = half-width of the interval of NER at the confidence level ÷ NER; a = allowable share
    NER′ = NER − U   (= NER × (1 − e + a))
    B    = buffer % × max(ΔC′, 0)   on the stock change, before leakage and U  (8.5.3; AFOLU NPRT v4.2)
    N    = NER′ − B

Everything is taken on the period's (or the cumulative) total, never year by year: −100, 60, 60, 60 with 10 %
leakage and 20 % buffer gives ΔC 80, L 8, B 16, N 56 (on the stock change) or B 14.4, N 57.6 with
``buffer_base="net_after_leakage"``. The CCER blue-carbon methodologies as known from public excerpts name
leakage only; their lines say so.

Monte Carlo: every line is computed on the point estimate and on each joint draw alike (the deductions are
applied draw by draw with the same percentages and the same uncertainty factor), so a line's interval is a
percentile interval of the same draws. Monitoring periods use cumulative accounting: issued = cumulative net up to
the period's end − issued before; a fall below what was issued is a reversal, reported with its size.
"""
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError, N_
from ..texts import render

STANDARDS = ("VM0033", "CCER")
BUFFER_BASES = ("stock_change", "net_after_leakage")
DEFAULT_CONFIDENCE = 90.0
DEFAULT_ALLOWABLE_UNCERTAINTY = 10.0
TIE = 1e-12  # an error equal to the allowable share up to rounding is not above it
DEFAULT_BUFFER_TOOL = N_("the project's non-permanence risk rating from Verra's AFOLU Non-Permanence Risk Tool v4.2 "
                         "(12 October 2023, required from 1 January 2024, includes sea-level rise; "
                         "verra.org/verra-releases-updated-afolu-non-permanence-risk-tool)")

NAMES = {
    "stock_change": N_("Stock change, project − baseline"),
    "allochthonous": N_("Allochthonous soil carbon"),
    "stock_change_net": N_("Stock change after the allochthonous deduction"),
    "leakage": N_("Leakage"),
    "ner": N_("Net removals before the uncertainty deduction (NER)"),
    "uncertainty": N_("Uncertainty deduction"),
    "ner_adjusted": N_("Net removals after the uncertainty deduction"),
    "buffer": N_("Non-permanence buffer"),
    "net": N_("Net removals credited"),
}
KINDS = {"stock_change": "amount", "stock_change_net": "subtotal", "ner": "subtotal", "ner_adjusted": "subtotal",
         "net": "result"}  # the other lines are deductions (subtracted)

GUARDIAN = ("(github.com/hashgraph/guardian, docs/methodology-digitization-handbook/_shared/artifacts/"
            "er-calculations.js, commit cc828e3)")
SOURCES = {
    "VM0033": {
        "stock_change": N_("VM0033 v2.1 (Verra, 4 September 2023) section 8.5.1, baseline and project emissions; here "
                           "the carbon-stock change of the project against the baseline on the same ground, from the "
                           "plugin's change model."),
        "allochthonous": N_("VM0033 v2.1 sections 8.1.4.2.7 (baseline) and 8.2.4.2.2 (project), 'Deduction for "
                            "allochthonous carbon'. Hedera Guardian's digitisation {guardian} deducts soil CO2 × "
                            "percentage_C_alloch / 100 in both scenarios (computeDeductionAllochBaseline, "
                            "computeDeductionAllochProject). Section titles checked; their text not checked against "
                            "the source."),
        "stock_change_net": N_("VM0033 v2.1 sections 8.1.4.2.7 and 8.2.4.2.2: the soil terms net of the allochthonous "
                               "deduction."),
        "leakage": N_("VM0033 v2.1 section 8.4 'Leakage' (8.4.1 activity-shifting and market leakage, 8.4.2 "
                      "ecological leakage), subtracted in section 8.5.1 before the uncertainty deduction, as in "
                      "Guardian's processNETERR {guardian}: NERRWE = GHG_BSL + GHG_WPS + FRP − GHG_LK − soil "
                      "deduction (that file sets GHG_LK to 0). The percentage is the project's own estimate. "
                      "Section text not checked against the source."),
        "ner": N_("VM0033 v2.1 section 8.5.1 'Calculation of net GHG emissions reductions'."),
        "uncertainty": N_("VM0033 v2.1 section 8.5.2 'Estimation of uncertainty' (Part 3, total error in project "
                          "activity): adjusted NER = NER × (1 − NER_ERROR + allowable_uncert), as in Guardian's "
                          "processNETERR {guardian}. NER_ERROR is the half-width of the interval at the confidence "
                          "level as a share of the estimate; 90 % confidence and 10 % allowable are the VCS "
                          "convention as quoted by secondary sources. Deducted only when the error exceeds the "
                          "allowable share (Guardian applies the factor as given). Not checked against the source "
                          "text."),
        "ner_adjusted": N_("VM0033 v2.1 section 8.5.2; Guardian's processNETERR (adjusted_NER_t)."),
        "buffer": N_("VM0033 v2.1 section 8.5.3 'Calculation of Verified Carbon Units'. In Guardian's processNETERR "
                     "{guardian} the buffer is the buffer percentage × the change in carbon stocks (biomass and "
                     "soil, net of the allochthonous deduction), not reduced by leakage or the uncertainty "
                     "deduction, and VCUs = adjusted NER − buffer. Percentage: {tool}. Section text not checked "
                     "against the source."),
        "net": N_("VM0033 v2.1 section 8.5.3; Guardian's processNETERR: VCUs = adjusted NER − buffer, as changes of "
                  "cumulative values from one monitoring year to the next."),
    },
    "CCER": {
        "stock_change": N_("CCER methodologies of sector 14 (CCER-14-002-V01 mangrove planting, CCER-14-003-V01 "
                           "salt-marsh vegetation restoration, CCER-14-004-V01 seagrass-bed vegetation restoration) "
                           "account removals as the project scenario's carbon-stock change minus the baseline "
                           "scenario's minus leakage over the crediting period, as quoted by secondary sources; the "
                           "full texts were not reachable."),
        "allochthonous": N_("No such deduction found in the public excerpts of the CCER blue-carbon methodologies "
                            "(full texts not reachable); applied only as set here, with VM0033's treatment. Check "
                            "against the published text."),
        "stock_change_net": N_("Arithmetic of the lines above."),
        "leakage": N_("Leakage as the CCER sector-14 methodologies account it (project change − baseline change − "
                      "leakage), as quoted by secondary sources; the percentage is the project's own estimate. Not "
                      "checked against the published text."),
        "ner": N_("Arithmetic of the lines above."),
        "uncertainty": N_("No uncertainty deduction found in the public excerpts of the CCER blue-carbon "
                          "methodologies (full texts not reachable); applied only as set here, with VM0033's formula. "
                          "Check against the published text."),
        "ner_adjusted": N_("Arithmetic of the lines above."),
        "buffer": N_("No non-permanence buffer found in the public excerpts of the CCER blue-carbon methodologies "
                     "(full texts not reachable); applied only as set here. Percentage: {tool}. Check against the "
                     "published text."),
        "net": N_("Arithmetic of the lines above."),
    },
}
REVERSAL_SOURCES = {
    "VM0033": N_("VCS Standard v4.5 section 3.2.26: a reversal is a monitoring period in which the net GHG benefit, "
                 "taking into account emissions, removals and leakage, is negative, and the project compensates the "
                 "AFOLU pooled buffer account (as quoted in Verra's program notice 'New AFOLU buffer pool "
                 "compensation agreement'). Not checked against the source text."),
    "CCER": N_("No reversal rule found in the public excerpts of the CCER blue-carbon methodologies; reported here so "
               "that nothing negative is issued silently."),
}

F_STOCK = N_("ΔC = Σ over {period} of (project − baseline) stock change, removals positive")
F_ALLOCH = N_("A = {share} % × max(ΔC soil, 0)")
F_STOCK_NET = N_("ΔC′ = ΔC − A")
F_LEAK = N_("L = {leakage} % × max(ΔC′, 0)")
F_NER = N_("NER = ΔC′ − L")
F_U_APPLIED = N_("U = NER × (e − a) = NER × ({error} % − {allowable} %); e = {how}")
F_U_WITHIN = N_("U = 0: e = {error} % does not exceed a = {allowable} % (e = {how})")
F_U_NOT_POSITIVE = N_("U = 0: NER is not positive")
F_U_NONE = N_("U = 0: not assessed (no Monte Carlo draws and no error given)")
HOW_DRAWS = N_("half-width of the {confidence} % interval of the NER draws ÷ NER")
HOW_GIVEN = N_("the error given for the project")
F_NER_ADJ = N_("NER′ = NER − U")
F_BUF_STOCK = N_("B = {buffer} % × max(ΔC′, 0): on the stock change, before leakage and the uncertainty deduction")
F_BUF_NET = N_("B = {buffer} % × max(NER, 0): on the net after leakage, before the uncertainty deduction (chosen "
               "instead of the stock change)")
F_NET = N_("N = NER′ − B")
THE_PERIOD = N_("the period")
REVERSAL = N_("Reversal of {size} t CO2e in {years}: the cumulative net removals after deductions fell from "
              "{before} to {cumulative} t CO2e, with {issued} t CO2e issued before; nothing is issued for {years}.")
SHORTFALL = N_("The cumulative net removals after deductions up to {end} ({cumulative} t CO2e) are still {size} t "
               "CO2e below the {issued} t CO2e issued before; nothing is issued for {years} until that is made up.")


def num(x):
    """A percentage or share as statements print it: up to four significant digits."""
    return "{:.4g}".format(float(x))


@dataclass
class Line:
    """One line of a deductions statement. ``name``, ``formula`` and ``source`` are English templates (marked for
    translation) filled with ``fields``; ``value`` is the point estimate in t CO2e (a deduction as a positive
    amount to subtract), ``lo``/``hi`` the percentile interval of the same line over the draws."""
    key: str
    name: str
    formula: str
    source: str
    value: float
    lo: float = None
    hi: float = None
    kind: str = "deduction"
    fields: dict = field(default_factory=dict)
    draws: object = field(default=None, repr=False)

    def text(self, which, translate=None):
        """``name``, ``formula`` or ``source`` as text, translated when ``translate`` is given."""
        return render(getattr(self, which), self.fields, translate)

    def as_dict(self, translate=None):
        return {"key": self.key, "kind": self.kind, "name": self.text("name", translate),
                "formula": self.text("formula", translate), "source": self.text("source", translate),
                "value": self.value, "lo": self.lo, "hi": self.hi}


@dataclass
class Deductions:
    """The lines in the methodology's order; the last is the net credited."""
    lines: list
    standard: str
    confidence: float
    error: float = None  # relative error of the NER (a share, 0.18 = 18 %); None when not assessed

    @property
    def net(self):
        return self.lines[-1]

    def line(self, key):
        return next(ln for ln in self.lines if ln.key == key)

    def as_dicts(self, translate=None):
        return [ln.as_dict(translate) for ln in self.lines]


# -- the pieces: each takes a number or a numpy array of draws and returns the same -------------------------------

def _same(x):
    return float(x) if np.ndim(x) == 0 else x


def allochthonous(soil_change, share_pct):
    """Allochthonous share of the soil-carbon accumulation (none on a soil loss)."""
    return _same(np.maximum(soil_change, 0.0) * share_pct / 100.0)


def leakage(stock_change, pct):
    """Leakage as a share of the removals (none on a net loss)."""
    return _same(np.maximum(stock_change, 0.0) * pct / 100.0)


def buffer(base, pct):
    """Non-permanence buffer withheld from a positive base."""
    return _same(np.maximum(base, 0.0) * pct / 100.0)


def interval(draws, confidence=DEFAULT_CONFIDENCE):
    """Central ``confidence`` % percentile interval of draws."""
    lo, hi = np.percentile(np.asarray(draws, dtype=float), [50.0 - confidence / 2.0, 50.0 + confidence / 2.0])
    return float(lo), float(hi)


def relative_error(ner, draws, confidence=DEFAULT_CONFIDENCE):
    """Half-width of the draws' interval as a share of the estimate ``ner``; None when ``ner`` is not positive."""
    if ner <= 0:
        return None
    lo, hi = interval(draws, confidence)
    return (hi - lo) / 2.0 / ner


def uncertainty_adjusted(ner, error, allowable):
    """NER × (1 − error + allowable) where NER > 0, when the error (a share) exceeds the allowable share; NER
    otherwise (an error equal to the allowable share up to rounding included). The factor does not go below 0."""
    if error is None or error <= allowable + TIE:
        return _same(np.asarray(ner, dtype=float) * 1.0)
    factor = max(1.0 - error + allowable, 0.0)
    return _same(np.where(np.asarray(ner) > 0, np.asarray(ner, dtype=float) * factor, ner))


# -- checks ---------------------------------------------------------------------------------------------------------

def _float(value):
    """The number, or NaN for anything that is not one (so that every range check refuses it)."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def percent(value, what):
    """A percentage in [0, 100], or a clear InputError naming ``what`` (a noun marked with N_)."""
    v = _float(value)
    if not 0.0 <= v <= 100.0:
        raise InputError(N_("The {what} percentage must be between 0 and 100; got {value}."), what=what, value=value)
    return v


def confidence_level(value):
    v = _float(value)
    if not 0.0 < v < 100.0:
        raise InputError(N_("The confidence level must be above 0 and below 100 % (90 in VCS practice, 95 also "
                            "used); got {value}."), value=value)
    return v


def _choice(value, choices, template):
    if value not in choices:
        raise InputError(template, value=value, choices=", ".join(choices))
    return value


def _draws(draws, what):
    if draws is None:
        return None
    arr = np.asarray(draws, dtype=float)
    if arr.ndim != 1:
        raise ValueError("draws must be one-dimensional")
    if not np.all(np.isfinite(arr)):
        raise InputError(N_("The Monte Carlo draws of the {what} contain values that are not finite numbers."),
                         what=what)
    return arr


# -- the statement ----------------------------------------------------------------------------------------------------

def _up_to_ner(dc, soil, alloch_pct, leak_pct):
    """ΔC, A, ΔC′, L and NER of a stock change (a number or draws) and its soil part."""
    a = allochthonous(soil, alloch_pct)
    dc1 = dc - a
    lk = leakage(dc1, leak_pct)
    return {"stock_change": dc, "allochthonous": a, "stock_change_net": dc1, "leakage": lk, "ner": dc1 - lk}


def _after_ner(values, error, allowable, buf_pct, base):
    """U, NER′, B and N added to ``values``, the buffer taken on ``values[base]``."""
    adjusted = uncertainty_adjusted(values["ner"], error, allowable)
    values["uncertainty"] = values["ner"] - adjusted
    values["ner_adjusted"] = adjusted
    values["buffer"] = buffer(values[base], buf_pct)
    values["net"] = adjusted - values["buffer"]


def period_deductions(stock_change, *, draws=None, soil_change=0.0, soil_draws=None, period=None,
                      standard="VM0033", leakage_pct=0.0, allochthonous_pct=0.0, buffer_pct=0.0,
                      buffer_source=DEFAULT_BUFFER_TOOL, buffer_base="stock_change",
                      allowable_uncertainty_pct=DEFAULT_ALLOWABLE_UNCERTAINTY, confidence=DEFAULT_CONFIDENCE,
                      error_pct=None):
    """The deduction lines on one period's (or a cumulative) total.

    ``stock_change``: project − baseline stock change, t CO2e, removals positive (the point estimate);
    ``draws``: its joint Monte Carlo draws (1-D), or None. ``soil_change``/``soil_draws``: the soil-carbon part of
    it, for the allochthonous deduction (draws in the same order). ``period``: text for the formula (e.g.
    "2020–2034"). ``error_pct``: the NER's relative error in % when known otherwise (then used instead of the
    draws). ``buffer_source``: where the buffer percentage comes from (printed in the line's source).
    """
    standard = _choice(standard, STANDARDS, N_("Unknown standard '{value}'; use one of: {choices}."))
    buffer_base = _choice(buffer_base, BUFFER_BASES, N_("Unknown buffer base '{value}'; use one of: {choices}."))
    leak_pct = percent(leakage_pct, N_("leakage"))
    buf_pct = percent(buffer_pct, N_("non-permanence buffer"))
    alloch_pct = percent(allochthonous_pct, N_("allochthonous soil carbon"))
    allowable = percent(allowable_uncertainty_pct, N_("allowable uncertainty")) / 100.0
    confidence = confidence_level(confidence)
    if buf_pct > 0 and not str(buffer_source or "").strip():
        raise InputError(N_("Name the source of the non-permanence buffer percentage (for a VCS project: its AFOLU "
                            "Non-Permanence Risk Tool v4.2 risk report)."))
    if error_pct is not None:
        if not _float(error_pct) >= 0:
            raise InputError(N_("The uncertainty error must be a percentage of 0 or more; got {value}."),
                             value=error_pct)
        error_pct = _float(error_pct)
    draws = _draws(draws, N_("stock change"))
    soil_draws = _draws(soil_draws, N_("soil-carbon stock change"))
    if draws is not None and soil_draws is None:
        if alloch_pct > 0 and soil_change:
            raise ValueError("the allochthonous deduction on draws needs the soil part's draws (soil_draws)")
        soil_draws = np.zeros_like(draws)
    if draws is not None and soil_draws.shape != draws.shape:
        raise ValueError("soil_draws and draws must have the same length")

    point = _up_to_ner(float(stock_change), float(soil_change), alloch_pct, leak_pct)
    sample = _up_to_ner(draws, soil_draws, alloch_pct, leak_pct) if draws is not None else None
    if error_pct is not None:
        error, how = (error_pct / 100.0 if point["ner"] > 0 else None), (HOW_GIVEN, {})
    elif sample is not None:
        error = relative_error(point["ner"], sample["ner"], confidence)
        how = (HOW_DRAWS, {"confidence": num(confidence)})
    else:
        error, how = None, ""
    base = "stock_change_net" if buffer_base == "stock_change" else "ner"
    for values in (point, sample):
        if values is not None:
            _after_ner(values, error, allowable, buf_pct, base)

    if error is not None:
        u_formula = F_U_APPLIED if error > allowable + TIE else F_U_WITHIN
    else:
        u_formula = F_U_NOT_POSITIVE if point["ner"] <= 0 and how else F_U_NONE
    formulas = {"stock_change": F_STOCK, "allochthonous": F_ALLOCH, "stock_change_net": F_STOCK_NET,
                "leakage": F_LEAK, "ner": F_NER, "uncertainty": u_formula, "ner_adjusted": F_NER_ADJ,
                "buffer": F_BUF_STOCK if buffer_base == "stock_change" else F_BUF_NET, "net": F_NET}
    tool = (DEFAULT_BUFFER_TOOL, {}) if buffer_source == DEFAULT_BUFFER_TOOL else str(buffer_source)
    fields = {"period": period or (THE_PERIOD, {}), "share": num(alloch_pct), "leakage": num(leak_pct),
              "buffer": num(buf_pct), "error": num(100.0 * error) if error is not None else "",
              "allowable": num(100.0 * allowable), "how": how, "tool": tool, "guardian": GUARDIAN}
    lines = []
    for key in NAMES:
        value, d = point[key], (sample[key] if sample is not None else None)
        lo = hi = None
        if d is not None:
            lo, hi = interval(d, confidence)
            lo, hi = min(lo, value), max(hi, value)
        lines.append(Line(key, NAMES[key], formulas[key], SOURCES[standard][key], float(value), lo, hi,
                          KINDS.get(key, "deduction"), fields, d))
    return Deductions(lines, standard, confidence, error)


# -- monitoring periods -------------------------------------------------------------------------------------------

@dataclass
class PeriodIssue:
    """One monitoring period [start, end] (years, both included) under cumulative accounting. ``reversal``: how far
    the cumulative net fell during the period below what had been reached and issued (t CO2e, VCS: a negative net
    benefit in the period); ``shortfall``: how far it stands below all that was issued, to be made up before more
    is issued."""
    start: int
    end: int
    cumulative: Deductions  # the deductions on the cumulative stock change up to the end of ``end``
    before: float            # the cumulative net after deductions at the end of the previous period (0 at first)
    issued_before: float
    issued: float
    reversal: float
    shortfall: float
    vintages: dict           # year -> t CO2e issued for removals achieved that year
    reversal_source: str

    def note(self, translate=None):
        """The reversal or the standing shortfall in words; '' when there is neither."""
        years = str(self.start) if self.start == self.end else "{}–{}".format(self.start, self.end)
        fields = {"years": years, "end": self.end, "before": "{:.2f}".format(self.before),
                  "cumulative": "{:.2f}".format(self.cumulative.net.value),
                  "issued": "{:.2f}".format(self.issued_before)}
        if self.reversal > 0:
            return render(REVERSAL, dict(fields, size="{:.2f}".format(self.reversal)), translate)
        if self.shortfall > 0:
            return render(SHORTFALL, dict(fields, size="{:.2f}".format(self.shortfall)), translate)
        return ""


def monitoring_periods(years, stock_changes, period_ends, *, draws=None, soil_changes=None, soil_draws=None,
                       **options):
    """Cumulative accounting over monitoring periods.

    ``years``: consecutive calendar years; ``stock_changes``: each year's project − baseline stock change
    (t CO2e, removals positive); ``draws``: their joint draws, shape (years, draws), or None; ``soil_changes``/
    ``soil_draws``: the soil-carbon part, likewise. ``period_ends``: the last year of each monitoring period, in
    increasing order. ``options``: as for :func:`period_deductions`.

    Per period: the deductions on the cumulative stock change from the first year to the period's end; issued =
    that net − what was issued before, or nothing and a reversal of the difference when it is negative. Vintages:
    a period's issuance is given to the years in which the cumulative net (after deductions, at each year's end)
    first rose past the level already issued.
    """
    years = [int(y) for y in years]
    n = len(years)
    if n == 0 or years != list(range(years[0], years[0] + n)):
        raise InputError(N_("The years must be consecutive and increasing; got {years}."),
                         years=", ".join(str(y) for y in years))
    ends = [int(e) for e in period_ends]
    if not ends or any(e not in years for e in ends) or ends != sorted(set(ends)):
        raise InputError(N_("Monitoring periods must end on years of the accounting, in increasing order; got {ends} "
                            "for the years {first}–{last}."), ends=", ".join(str(e) for e in ends),
                         first=years[0], last=years[-1])
    cum = np.cumsum(np.asarray(stock_changes, dtype=float))
    soil = np.cumsum(np.asarray(soil_changes, dtype=float)) if soil_changes is not None else np.zeros(n)
    cum_draws = np.cumsum(np.asarray(draws, dtype=float), axis=0) if draws is not None else None
    soil_cum_draws = np.cumsum(np.asarray(soil_draws, dtype=float), axis=0) if soil_draws is not None else None
    if cum.shape != (n,) or soil.shape != (n,) or (cum_draws is not None and cum_draws.shape[0] != n):
        raise ValueError("stock_changes, soil_changes and draws need one entry per year")

    def upto(i):
        return period_deductions(cum[i], draws=None if cum_draws is None else cum_draws[i], soil_change=soil[i],
                                 soil_draws=None if soil_cum_draws is None else soil_cum_draws[i],
                                 period="{}–{}".format(years[0], years[i]), **options)

    yearly = [upto(i) for i in range(n)]
    standard = yearly[0].standard
    out, issued_total, before, start = [], 0.0, 0.0, years[0]
    for end in ends:
        i_end = years.index(end)
        total = yearly[i_end].net.value
        issued = max(total - issued_total, 0.0)
        vintages, level = {}, issued_total
        for i in range(years.index(start), i_end + 1):
            reached = min(yearly[i].net.value, total)
            vintages[years[i]] = max(reached - level, 0.0)
            level = max(level, reached)
        out.append(PeriodIssue(start, end, yearly[i_end], before, issued_total, issued,
                               max(min(before, issued_total) - total, 0.0), max(issued_total - total, 0.0),
                               vintages, REVERSAL_SOURCES[standard]))
        issued_total += issued
        before, start = total, end + 1
    return out
