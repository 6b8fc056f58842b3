"""The carbon-neutrality statement of an event, in the structure of China's guideline for carbon-neutral large
events (大型活动碳中和实施指南（试行）, Ministry of Ecology and Environment, 2019): scope and emission sources,
activity data and factors with their sources, emissions per category, the sink used, the buffer, the balance
and whether the sink has been verified.

The data of ``templates/offset.html``. QGIS-free: ``tr`` is the caller's translation function (identity for
English).
"""
import math
from dataclasses import dataclass, field

from ..carbon.offset import CATEGORIES, CATEGORY_LABELS, SHORT_LABELS, by_category, missing_categories
from . import charts
from .html import Notes, render, stacked

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


def _activity(st, tr):
    """Inventory lines (activity and factor with their units under them, the factor's source in a numbered
    note) and the total."""
    notes = Notes("factor")
    d = decimals_for(*[ln.tco2e for ln in st.lines])
    rows = [[tr(CATEGORY_LABELS[ln.category]), ln.source, stacked("{:,.6g}".format(ln.activity), ln.unit),
             stacked("{:,.6g}".format(ln.factor), ln.ef_unit), tr("placeholder") if ln.placeholder else "",
             num(ln.tco2e, d), notes.ref(("", ln.ef_source))] for ln in st.lines]
    rows.append([tr("Total"), "", "", "", "", num(st.emissions_t, d), ""])
    return {"rows": rows, "notes": notes.items, "placeholders": sum(1 for ln in st.lines if ln.placeholder)}


def _by_category(st, tr):
    cats = by_category(st.lines)
    d = decimals_for(*cats.values())
    rows = [[tr(CATEGORY_LABELS[k]), num(v, d), num(100.0 * v / st.emissions_t, 1)] for k, v in cats.items()]
    rows.append([tr("Total"), num(st.emissions_t, d), num(100.0, 1)])
    return rows


def chart(st, tr):
    """Emissions by category, their total, and the credited sink (with its interval) as a bar chart (SVG)."""
    cats = by_category(st.lines) if st.lines else {}
    labels = [tr(SHORT_LABELS[k]) for k in cats] + [tr("Total emissions"), tr("Credited sink")]
    b = st.balance
    values = list(cats.values()) + [st.emissions_t, max(b.credited_t, 0.0)]
    colours = [CATEGORY_COLOURS[k] for k in cats] + ["#444444", SINK_COLOUR]
    lo = [None] * (len(values) - 1) + [b.credited(b.sink_t_yr_lo) if b.has_interval else None]
    hi = [None] * (len(values) - 1) + [b.credited(b.sink_t_yr_hi) if b.has_interval else None]
    return charts.bar_chart(labels, values, colours, "t CO2e", lo=lo, hi=hi)


def _sink(st, tr):
    """The sinks, the farms and the coefficients of their species (source and verification in numbered notes)."""
    out = {"sinks": [[r.name, r.field, str(r.features), with_interval(r.value, r.lo, r.hi, tr)] for r in st.sink_rows],
           "farms": [], "species": [], "notes": [], "methods": "; ".join(sorted({f.method for f in st.farms
                                                                                 if f.method}))}
    if st.farms:
        d = decimals_for(*[f.removal_tco2e for f in st.farms])
        out["farms"] = [[f.farm, f.species, num(f.yield_t, 1),
                         "{:.4f}".format(f.tc_per_t) if f.tc_per_t is not None else "–",
                         with_interval(f.removal_tco2e, f.lo, f.hi, tr) if f.lo is not None else
                         "{} ({})".format(num(f.removal_tco2e, d), tr("no interval"))] for f in st.farms]
        species = {}
        for f in st.farms:
            species.setdefault(f.species, f)
        notes = Notes("coefficient")
        out["species"] = [[name, "{:.4f}".format(f.tc_per_t) if f.tc_per_t is not None else "–",
                           notes.ref((tr("Source"), f.source or tr("not stated")),
                                     (tr("Coefficients: how they were verified"), f.verified or tr("not stated")))]
                          for name, f in sorted(species.items())]
        out["notes"] = notes.items
    return out


def _buffer(st):
    b = st.balance
    d = decimals_for(b.sink_t_yr, b.credited_t)
    return {"sink": num(b.sink_t_yr, d), "period": num(b.period_years, 2), "removal": num(b.sink_t_yr * b.period_years, d),
            "percent": num(b.buffer_percent, 2), "buffer": num(b.buffer_t, d), "credited": num(b.credited_t, d)}


def _balance(st, tr):
    b = st.balance
    lo_c = b.coverage(b.sink_t_yr_lo) if b.has_interval else None
    hi_c = b.coverage(b.sink_t_yr_hi) if b.has_interval else None
    lo_s = b.credited(b.sink_t_yr_lo) - b.emissions_t if b.has_interval else None
    hi_s = b.credited(b.sink_t_yr_hi) - b.emissions_t if b.has_interval else None
    d = decimals_for(b.credited_t, b.emissions_t)
    return {"emissions": num(b.emissions_t, d),
            "credited": with_interval(b.credited_t, b.credited(b.sink_t_yr_lo) if b.has_interval else None,
                                      b.credited(b.sink_t_yr_hi) if b.has_interval else None, tr),
            "coverage": with_interval(b.coverage_percent, lo_c, hi_c, tr),
            "surplus": with_interval(b.surplus_t, lo_s, hi_s, tr), "interval": b.has_interval}


def statement_html(st, tr, lang="en"):
    """The whole statement as a self-contained HTML page."""
    counts = {}
    for ln in st.lines:
        counts[ln.category] = counts.get(ln.category, 0) + 1
    return render(
        "offset.html", tr, lang, st=st, guideline=GUIDELINE, statuses=(NOT_VERIFIED, VERIFIED, ISSUED),
        emissions=num(st.emissions_t, decimals_for(st.emissions_t)),
        scope=[(key, tr(label), counts.get(key, 0)) for key, label, _ in CATEGORIES],
        missing=", ".join(tr(CATEGORY_LABELS[k]) for k in missing_categories(st.lines)) if st.lines else "",
        uncategorised=counts.get("uncategorised", 0),
        activity=_activity(st, tr) if st.lines else None, by_category=_by_category(st, tr) if st.lines else [],
        chart=chart(st, tr), sink=_sink(st, tr), buffer=_buffer(st), balance=_balance(st, tr))
