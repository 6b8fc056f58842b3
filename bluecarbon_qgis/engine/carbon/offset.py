"""Emission inventories of events and their balance against carbon sinks.

Categories follow the emission sources of China's guideline for carbon-neutral large events (大型活动碳中和实施
指南（试行）, Ministry of Ecology and Environment, 2019): fossil fuel burnt and electricity and heat bought
(energy), travel of organisers and participants (transport), accommodation and catering of participants, goods
and materials bought for the event, and waste treatment.
"""
from dataclasses import dataclass

from ..errors import InputError, N_
from ..tables import number, read_rows
from .mariculture import CO2_PER_C, normalise

EMISSION_WHAT = N_("emission table")
EMISSION_REQUIRED = ("source", "activity", "unit", "emission_factor", "ef_unit", "ef_source")
MASS_PREFIX = {"t": 1.0, "kg": 1e-3, "g": 1e-6, "mt": 1e6}

# key, label, names accepted in the table's category column
CATEGORIES = (
    ("energy", N_("Energy: fuel burnt, electricity and heat bought"),
     ("energy", "能源", "化石燃料燃烧", "净购入电力、热力", "电力", "热力", "electricity", "heat", "fuel")),
    ("transport", N_("Transport of organisers and participants"), ("transport", "交通", "travel", "交通排放")),
    ("accommodation", N_("Accommodation"), ("accommodation", "住宿", "hotel", "hotels")),
    ("catering", N_("Catering"), ("catering", "餐饮", "food", "meals")),
    ("materials", N_("Materials and goods bought for the event"),
     ("materials", "会议用品", "物料", "用品", "goods", "material")),
    ("waste", N_("Waste treatment"), ("waste", "废弃物", "废弃物处理", "垃圾")),
)
CATEGORY_LABELS = {key: label for key, label, _ in CATEGORIES}
SHORT_LABELS = {"energy": N_("Energy"), "transport": N_("Transport"), "accommodation": N_("Accommodation"),
                "catering": N_("Catering"), "materials": N_("Materials"), "waste": N_("Waste"),
                "uncategorised": N_("Not categorised")}
UNCATEGORISED = "uncategorised"
CATEGORY_LABELS[UNCATEGORISED] = N_("Not categorised")
_CATEGORY_NAMES = {normalise(n): key for key, _, names in CATEGORIES for n in names}
PLACEHOLDER_WORDS = ("yes", "true", "1", "y", "是", "placeholder")


def ef_to_tonnes(ef_unit, row_no):
    """Factor turning an emission factor's mass unit into t CO2e ('kg CO2e/kWh' -> 0.001)."""
    head = normalise(ef_unit).replace(" ", "")
    for prefix in sorted(MASS_PREFIX, key=len, reverse=True):
        if head.startswith(prefix + "co2"):
            return MASS_PREFIX[prefix]
    raise InputError("Row {row} of the {what}: ef_unit '{unit}' must start with the mass of CO2e, such as "
                     "'kg CO2e/kWh' or 't CO2e/night'.", row=row_no, what=EMISSION_WHAT, unit=ef_unit)


@dataclass
class EmissionLine:
    source: str
    category: str
    activity: float
    unit: str
    factor: float
    ef_unit: str
    ef_source: str
    placeholder: bool
    tco2e: float


def category_of(text, row_no):
    if not text:
        return UNCATEGORISED
    key = _CATEGORY_NAMES.get(normalise(text))
    if key is None:
        raise InputError("Row {row} of the {what}: category '{value}' is not one of {allowed}.", row=row_no,
                         what=EMISSION_WHAT, value=text, allowed=", ".join(k for k, _, _ in CATEGORIES))
    return key


def read_emissions(path):
    """The lines of an emission inventory (CSV), each activity x emission factor."""
    header, records = read_rows(path, EMISSION_REQUIRED, EMISSION_WHAT)
    lines = []
    for row_no, rec in records:
        for col in ("activity", "emission_factor"):
            if rec[col] == "":
                raise InputError("Row {row} of the {what} ({source}) has no {column}.", row=row_no,
                                 what=EMISSION_WHAT, source=rec["source"], column=col)
        activity = number(rec["activity"], row_no, "activity", EMISSION_WHAT)
        factor = number(rec["emission_factor"], row_no, "emission_factor", EMISSION_WHAT)
        if activity < 0 or factor < 0:
            raise InputError("Row {row} of the {what} ({source}): activity and emission factor cannot be negative.",
                             row=row_no, what=EMISSION_WHAT, source=rec["source"])
        if not rec["ef_source"]:
            raise InputError("Row {row} of the {what} ({source}) gives no ef_source; every emission factor needs "
                             "its source.", row=row_no, what=EMISSION_WHAT, source=rec["source"])
        t = activity * factor * ef_to_tonnes(rec["ef_unit"], row_no)
        lines.append(EmissionLine(rec["source"], category_of(rec.get("category", ""), row_no), activity, rec["unit"],
                                  factor, rec["ef_unit"], rec["ef_source"],
                                  normalise(rec.get("placeholder", "")) in PLACEHOLDER_WORDS, t))
    return lines


def by_category(lines):
    """{category: t CO2e} in the guideline's order, categories without lines left out."""
    out = {}
    for key in [k for k, _, _ in CATEGORIES] + [UNCATEGORISED]:
        rows = [ln.tco2e for ln in lines if ln.category == key]
        if rows:
            out[key] = sum(rows)
    return out


def missing_categories(lines):
    present = {ln.category for ln in lines}
    return [k for k, _, _ in CATEGORIES if k not in present]


@dataclass
class Balance:
    emissions_t: float
    sink_t_yr: float
    sink_t_yr_lo: float
    sink_t_yr_hi: float
    period_years: float
    buffer_percent: float

    def credited(self, sink):
        return sink * self.period_years * (1 - self.buffer_percent / 100.0)

    @property
    def credited_t(self):
        return self.credited(self.sink_t_yr)

    @property
    def buffer_t(self):
        return self.sink_t_yr * self.period_years - self.credited_t

    def coverage(self, sink):
        return 100.0 * self.credited(sink) / self.emissions_t

    @property
    def coverage_percent(self):
        return self.coverage(self.sink_t_yr)

    @property
    def surplus_t(self):
        return self.credited_t - self.emissions_t

    @property
    def has_interval(self):
        return self.sink_t_yr_lo is not None and self.sink_t_yr_hi is not None


def balance(emissions_t, sink_t_yr, sink_lo, sink_hi, period_years=1.0, buffer_percent=0.0):
    """The balance; ``sink_lo``/``sink_hi`` None when the sinks have no interval."""
    if emissions_t < 0:
        raise InputError("The emission must not be negative (got {value} t CO2e).", value=emissions_t)
    if emissions_t == 0:
        raise InputError("The emission is 0 t CO2e: there is nothing to offset and no coverage can be computed. "
                         "Give the event's emissions (a number or an inventory whose lines add up to more than 0).")
    if period_years <= 0:
        raise InputError("The crediting period must be positive (got {value} years).", value=period_years)
    if not 0 <= buffer_percent < 100:
        raise InputError("The buffer must be between 0 and 100 percent (got {value}).", value=buffer_percent)
    if sink_t_yr < 0:
        raise InputError("The sinks add up to {value:.3f} t CO2e per year, a net source: nothing can be credited "
                         "against the emission (the 'net of calcification' method counts shell formation as a CO2 "
                         "source).", value=sink_t_yr)
    if (sink_lo is None) != (sink_hi is None):
        raise InputError("Give both bounds of the sinks' interval, or neither.")
    if sink_lo is not None:
        sink_lo, sink_hi = min(sink_lo, sink_t_yr), max(sink_hi, sink_t_yr)
    return Balance(emissions_t, sink_t_yr, sink_lo, sink_hi, period_years, buffer_percent)


def to_close(deficit_t, species, method, psi, period_years, buffer_percent, yield_per_ha=None):
    """Extra harvest (t fresh weight per year) and farmed area (ha) of a species that closes a deficit;
    (None, None) when the species removes nothing under the method."""
    if deficit_t <= 0:
        return 0.0, (0.0 if yield_per_ha else None)
    per_t = species.carbon_per_t(method, psi) * CO2_PER_C * period_years * (1 - buffer_percent / 100.0)
    if per_t <= 0:
        return None, None
    extra = deficit_t / per_t
    return extra, (extra / yield_per_ha if yield_per_ha else None)
