"""The carbon-neutrality statement of an event, in the structure of China's guideline for carbon-neutral large
events (大型活动碳中和实施指南（试行）, Ministry of Ecology and Environment, 2019): scope and emission sources,
activity data and factors with their sources, emissions per category, the sink used, the buffer, the balance
and whether the sink has been verified.

QGIS-free: ``tr`` is the caller's translation function (identity for English).
"""
import datetime
import math
from dataclasses import dataclass, field

from ..carbon.offset import CATEGORIES, CATEGORY_LABELS, SHORT_LABELS, by_category, missing_categories
from .html import bar_chart_svg, esc, page, table

GUIDELINE = "大型活动碳中和实施指南（试行）"
NOT_VERIFIED, VERIFIED, ISSUED = 0, 1, 2
CATEGORY_COLOURS = {"energy": "#8c6d31", "transport": "#d6616b", "accommodation": "#7b4173", "catering": "#e7ba52",
                    "materials": "#6b6ecf", "waste": "#636363", "uncategorised": "#bdbdbd"}
SINK_COLOUR = "#31a354"


def decimals_for(*values, significant=3):
    """Decimals that show every non-zero value with at least ``significant`` significant digits (0 to 6)."""
    finite = [abs(v) for v in values if v is not None and not math.isnan(v) and v != 0]
    if not finite:
        return 1
    smallest = min(finite)
    return int(min(6, max(0, significant - 1 - math.floor(math.log10(smallest)))))


def num(value, digits):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return "{:,.{d}f}".format(value, d=digits)


def with_interval(value, lo, hi, tr):
    """'value [lo–hi]' with decimals enough to tell the three apart, or the value and 'no interval'."""
    if lo is None or hi is None:
        return "{} ({})".format(num(value, decimals_for(value)), tr("no interval"))
    d = decimals_for(value, lo, hi, value - lo if value != lo else None, hi - value if hi != value else None,
                     significant=2)
    d = max(d, decimals_for(value, lo, hi))
    return "{} [{}–{}]".format(num(value, d), num(lo, d), num(hi, d))


def interval_phrase(value, lo, hi, tr, unit=""):
    """'117.2% (95% interval 100.0–130.0%)', or the value and 'no interval'."""
    if lo is None or hi is None:
        return "{}{} ({})".format(num(value, decimals_for(value)), unit, tr("no interval"))
    d = max(decimals_for(value, lo, hi), 1)
    return tr("{value}{unit} (95% interval {lo}–{hi}{unit})").format(value=num(value, d), lo=num(lo, d),
                                                                       hi=num(hi, d), unit=unit)


@dataclass
class SinkRow:
    name: str
    field: str
    features: int
    value: float
    lo: float = None
    hi: float = None


@dataclass
class FarmRow:
    farm: str
    species: str
    yield_t: float
    tc_per_t: float
    removal_tco2e: float
    lo: float = None
    hi: float = None
    method: str = ""
    verified: str = ""
    source: str = ""


@dataclass
class Statement:
    lines: list                 # EmissionLine (empty when the emission is one number)
    emissions_t: float
    sink_rows: list
    farms: list
    balance: object             # carbon.offset.Balance
    sentence: str
    event: str = ""
    sink_period: str = ""
    status: int = NOT_VERIFIED
    status_note: str = ""
    closing: str = ""
    notes: list = field(default_factory=list)


def _scope(st, tr):
    lines = st.lines
    counts = {}
    for ln in lines:
        counts[ln.category] = counts.get(ln.category, 0) + 1
    rows = []
    covers = {
        "energy": tr("Fuel burnt in the venues and offices (boilers, stoves, official cars); electricity and heat "
                     "bought"),
        "transport": tr("Travel of organisers and participants to and at the event (air, rail, metro, taxi, car)"),
        "accommodation": tr("Hotel nights of participants"),
        "catering": tr("Meals of participants"),
        "materials": tr("Emissions embodied in goods and materials bought for the event"),
        "waste": tr("Landfill and incineration of the event's waste"),
    }
    for key, label, _ in CATEGORIES:
        n = counts.get(key, 0)
        rows.append([tr(label), covers[key], tr("{n} line(s)").format(n=n) if n else tr("not in the inventory")])
    text = ("<p>{}</p>".format(esc(tr("Event: {event}").format(event=st.event))) if st.event else "")
    text += "<p>{}</p>".format(esc(tr(
        "This statement follows the structure of China's guideline for carbon-neutral large events ({guideline}, "
        "Ministry of Ecology and Environment, 2019): "
        "the emission sources of the event, their activity data and emission factors, the emissions by category, "
        "the sink used to offset them, the buffer, the balance and the verification status of the sink.")
        .format(guideline=GUIDELINE)))
    if not lines:
        text += '<p class="warn">{}</p>'.format(esc(tr(
            "The emission was given as one number ({value} t CO2e), not as an inventory: its scope, categories, "
            "activity data and factors are not shown and cannot be checked here.").format(
            value=num(st.emissions_t, decimals_for(st.emissions_t)))))
        return text
    text += table([tr("Emission category"), tr("What it covers"), tr("In this inventory")], rows, numeric_from=9)
    missing = missing_categories(lines)
    if missing:
        text += '<p class="warn">{}</p>'.format(esc(tr(
            "Categories of the guideline with no line in the inventory: {missing}. The guideline asks for a "
            "complete inventory: state why each is left out (not applicable, or accounted elsewhere).").format(
            missing=", ".join(tr(CATEGORY_LABELS[k]) for k in missing))))
    if counts.get("uncategorised"):
        text += '<p class="warn">{}</p>'.format(esc(tr(
            "{n} line(s) have no category (column 'category' empty or absent).").format(n=counts["uncategorised"])))
    return text


def _activity(st, tr):
    lines = st.lines
    d = decimals_for(*[ln.tco2e for ln in lines])
    rows = [[tr(CATEGORY_LABELS[ln.category]), ln.source, "{:,.6g}".format(ln.activity), ln.unit,
             "{:,.6g}".format(ln.factor), ln.ef_unit, ln.ef_source, tr("placeholder") if ln.placeholder else "",
             num(ln.tco2e, d)] for ln in lines]
    rows.append([tr("Total"), "", "", "", "", "", "", "", num(st.emissions_t, d)])
    text = table([tr("Category"), tr("Source"), tr("Activity"), tr("Unit"), tr("Emission factor"), tr("Factor unit"),
                  tr("Factor source"), tr("Factor status"), "t CO2e"], rows, numeric_from=8)
    text += '<p class="formula">t CO2e = activity × emission factor</p>'
    n = sum(1 for ln in lines if ln.placeholder)
    if n:
        text += '<p class="warn">{}</p>'.format(esc(tr(
            "{n} of {total} emission factors are placeholders, not values from a published source: the emissions "
            "they give are illustrative. Replace them with the factors of your inventory before any claim.").format(
            n=n, total=len(lines))))
    return text


def _by_category(st, tr):
    cats = by_category(st.lines)
    d = decimals_for(*cats.values())
    rows = [[tr(CATEGORY_LABELS[k]), num(v, d), num(100.0 * v / st.emissions_t, 1)] for k, v in cats.items()]
    rows.append([tr("Total"), num(st.emissions_t, d), num(100.0, 1)])
    return table([tr("Emission category"), "t CO2e", tr("Share (%)")], rows)


def chart(st, tr):
    """Emissions by category, their total, and the credited sink (with its interval) as a bar chart (SVG)."""
    cats = by_category(st.lines) if st.lines else {}
    labels = [tr(SHORT_LABELS[k]) for k in cats]
    values = list(cats.values())
    colours = [CATEGORY_COLOURS[k] for k in cats]
    lo, hi = [None] * len(values), [None] * len(values)
    labels.append(tr("Total emissions"))
    values.append(st.emissions_t)
    colours.append("#444444")
    lo.append(None)
    hi.append(None)
    b = st.balance
    labels.append(tr("Credited sink"))
    values.append(max(b.credited_t, 0.0))
    colours.append(SINK_COLOUR)
    lo.append(b.credited(b.sink_t_yr_lo) if b.has_interval else None)
    hi.append(b.credited(b.sink_t_yr_hi) if b.has_interval else None)
    return bar_chart_svg(labels, values, colours, "t CO2e", lo=lo, hi=hi)


def _sink(st, tr):
    rows = [[r.name, r.field, str(r.features), with_interval(r.value, r.lo, r.hi, tr)] for r in st.sink_rows]
    text = table([tr("Sink"), tr("Field"), tr("Farms or areas"), tr("t CO2e per year [95% interval]")], rows,
                 numeric_from=2)
    if st.sink_period:
        text += "<p>{}</p>".format(esc(tr("Period of the sink: {period}").format(period=st.sink_period)))
    if st.farms:
        d = decimals_for(*[f.removal_tco2e for f in st.farms])
        rows = [[f.farm, f.species, num(f.yield_t, 1), "{:.4f}".format(f.tc_per_t) if f.tc_per_t is not None else "–",
                 with_interval(f.removal_tco2e, f.lo, f.hi, tr) if f.lo is not None else
                 "{} ({})".format(num(f.removal_tco2e, d), tr("no interval"))] for f in st.farms]
        text += "<h3>{}</h3>".format(esc(tr("Farms and species")))
        text += table([tr("Farm"), tr("Species"), tr("Harvest (t fresh weight per year)"), tr("t C per t fresh weight"),
                       tr("t CO2e per year [95% interval]")], rows, numeric_from=2)
        species = {}
        for f in st.farms:
            species.setdefault(f.species, f)
        rows = [[name, "{:.4f}".format(f.tc_per_t) if f.tc_per_t is not None else "–", f.source or tr("not stated"),
                 f.verified or tr("not stated")] for name, f in sorted(species.items())]
        text += "<h3>{}</h3>".format(esc(tr("Coefficients and their verification status")))
        text += table([tr("Species"), tr("t C per t fresh weight"), tr("Source"),
                       tr("Coefficients: how they were verified")], rows, numeric_from=1, numeric_to=2)
        methods = sorted({f.method for f in st.farms if f.method})
        if methods:
            text += "<p>{}</p>".format(esc(tr("Method: {method}").format(method="; ".join(methods))))
    return text


def _buffer(st, tr):
    b = st.balance
    d = decimals_for(b.sink_t_yr, b.credited_t)
    rows = [[tr("Sinks (t CO2e per year)"), num(b.sink_t_yr, d)],
            [tr("Crediting period (years)"), num(b.period_years, 2)],
            [tr("Removal over the period (t CO2e)"), num(b.sink_t_yr * b.period_years, d)],
            [tr("Buffer withheld (%)"), num(b.buffer_percent, 2)],
            [tr("Buffer withheld (t CO2e)"), num(b.buffer_t, d)],
            [tr("Credited removal (t CO2e)"), num(b.credited_t, d)]]
    return table([tr("Quantity"), tr("Value")], rows) + \
        '<p class="formula">credited = sinks × period × (1 − buffer/100)</p>'


def _balance(st, tr):
    b = st.balance
    lo_c = b.coverage(b.sink_t_yr_lo) if b.has_interval else None
    hi_c = b.coverage(b.sink_t_yr_hi) if b.has_interval else None
    lo_s = b.credited(b.sink_t_yr_lo) - b.emissions_t if b.has_interval else None
    hi_s = b.credited(b.sink_t_yr_hi) - b.emissions_t if b.has_interval else None
    d = decimals_for(b.credited_t, b.emissions_t)
    rows = [[tr("Emissions (t CO2e)"), num(b.emissions_t, d)],
            [tr("Credited removal (t CO2e)"), with_interval(b.credited_t,
                                                            b.credited(b.sink_t_yr_lo) if b.has_interval else None,
                                                            b.credited(b.sink_t_yr_hi) if b.has_interval else None, tr)],
            [tr("Coverage (%)"), with_interval(b.coverage_percent, lo_c, hi_c, tr)],
            [tr("Surplus (t CO2e; negative for a deficit)"), with_interval(b.surplus_t, lo_s, hi_s, tr)]]
    text = table([tr("Quantity"), tr("Value")], rows)
    text += ('<p class="formula">coverage = credited / emissions × 100 %<br>surplus = credited − emissions</p>')
    if b.has_interval:
        text += "<p class=\"small\">{}</p>".format(esc(tr(
            "The interval of the sinks is the sum of their 95% bounds, wider than the interval of the sum "
            "(conservative).")))
    else:
        text += "<p class=\"small\">{}</p>".format(esc(tr(
            "No interval: the sinks carry no uncertainty bounds.")))
    if st.closing:
        text += "<p>{}</p>".format(esc(st.closing))
    return text


def _verification(st, tr):
    status = {NOT_VERIFIED: tr("Not verified: the sink is the plugin's estimate from harvest statistics and "
                               "literature coefficients; no independent third party has checked it and no credit "
                               "has been issued for it."),
              VERIFIED: tr("Verified by an independent third party (as stated by the user)."),
              ISSUED: tr("Issued as carbon credits (as stated by the user).")}[st.status]
    text = "<p><b>{}</b></p>".format(esc(status))
    if st.status_note:
        text += "<p>{}</p>".format(esc(tr("Verification: {note}").format(note=st.status_note)))
    text += "<p>{}</p>".format(esc(tr(
        "Under the guideline, an event is carbon-neutral when its emissions are offset by carbon allowances, carbon "
        "credits or the sink of new forestry projects. A mariculture removal computed here is none of these until "
        "it is verified and issued as a credit; China's national blue-carbon credit methodologies (CCER) cover "
        "mangrove planting and salt-marsh and seagrass restoration, not shellfish or seaweed farming.")))
    text += "<p>{}</p>".format(esc(tr(
        "Not covered by this statement: a baseline (what the sea area would remove without the farms), leakage, "
        "the fate of the harvested carbon (eaten, burnt or buried shells) and its permanence, field measurement "
        "of the coefficients on the farms (HY/T 0305-2021 measures them on site), and the documents of a "
        "verifier.")))
    for note in st.notes:
        text += '<p class="warn">{}</p>'.format(esc(note))
    return text


def statement_html(st, tr, lang="en"):
    """The whole statement as a self-contained HTML page."""
    head = '<p style="font-size:1.15em"><b>{}</b></p>'.format(esc(st.sentence))
    head += "<p>{}</p>".format(esc(tr("Sink verification status: {status}").format(
        status={NOT_VERIFIED: tr("not verified"), VERIFIED: tr("verified by a third party"),
                ISSUED: tr("issued as credits")}[st.status])))
    sections = [("", head), (tr("1 Scope and emission sources"), _scope(st, tr))]
    if st.lines:
        sections.append((tr("2 Activity data and emission factors"), _activity(st, tr)))
        sections.append((tr("3 Emissions by category"), _by_category(st, tr)))
    sections.append((tr("Emissions by category against the credited sink"), chart(st, tr)))
    sections += [(tr("4 Sink used"), _sink(st, tr)),
                 (tr("5 Buffer and credited removal"), _buffer(st, tr)),
                 (tr("6 Balance"), _balance(st, tr)),
                 (tr("7 Verification of the sink"), _verification(st, tr) + '<p class="small">{}</p>'.format(
                     esc(datetime.datetime.now().strftime("%Y-%m-%d %H:%M"))))]
    return page(tr("Carbon-neutrality statement of the event"), sections, lang=lang)
