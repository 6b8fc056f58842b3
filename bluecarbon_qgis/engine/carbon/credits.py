"""Net removals of a project against its baseline over a crediting period.

Inputs are two carbon change tables of ``bluecarbon:carbonchange``, the project scenario and the baseline
scenario: its yearly table (OUTPUT_YEARLY: area_id, year, net_sequestration_tco2e and optional _lo/_hi), used
as it is, or its period table (OUTPUT_TABLE: period_start, period_end instead of year), whose period totals are
spread evenly over the period's years.

Per area and year (t CO2e), as in the structure of tidal wetland and mangrove restoration methodologies
(baseline, project, leakage, non-permanence buffer, net):

    gross     = project - baseline
    leakage   = max(gross, 0) x leakage %
    buffer    = max(gross - leakage, 0) x buffer %
    net       = gross - leakage - buffer

The net is a non-decreasing function of gross, so bounds carry over: with the inputs' intervals,
gross_lo = project_lo - baseline_hi and gross_hi = project_hi - baseline_lo (both ends at once: wider than
a 95 % interval, on the safe side), and net_lo/net_hi are the net of those.
"""
from dataclasses import dataclass, field

from ..errors import InputError

FIELDS = ("baseline_tco2e", "project_tco2e", "gross_removals_tco2e", "leakage_tco2e", "buffer_tco2e",
          "net_removals_tco2e", "net_removals_tco2e_lo", "net_removals_tco2e_hi")


@dataclass
class ChangeRow:
    area_id: str
    start: int
    end: int
    net: float
    lo: float = None
    hi: float = None


@dataclass
class CreditYear:
    area_id: str
    year: int
    values: dict = field(default_factory=dict)


def rows_from_records(records, what):
    """ChangeRows from dicts with the carbonchange table's fields."""
    out = []
    for i, rec in enumerate(records, start=1):
        try:
            if rec.get("year") not in (None, "") and "period_start" not in rec:
                start = int(rec["year"])  # the yearly table: one-year periods
                end = start + 1
            else:
                start, end = int(rec["period_start"]), int(rec["period_end"])
            net = float(rec["net_sequestration_tco2e"])
        except KeyError as exc:
            raise InputError("The {what} lacks the field {field}; give the change table written by 'Carbon stock "
                             "change over time'.", what=what, field=str(exc)) from None
        except (TypeError, ValueError):
            raise InputError("Row {row} of the {what} has an empty or non-numeric period or net sequestration.",
                             what=what, row=i) from None
        if end <= start:
            raise InputError("Row {row} of the {what}: the period {start}-{end} is empty.", what=what, row=i,
                             start=start, end=end)
        lo, hi = rec.get("net_sequestration_tco2e_lo"), rec.get("net_sequestration_tco2e_hi")
        lo = float(lo) if lo not in (None, "") else None
        hi = float(hi) if hi not in (None, "") else None
        out.append(ChangeRow(str(rec.get("area_id", "")), start, end, net, lo, hi))
    if not out:
        raise InputError("The {what} has no rows.", what=what)
    return out


def yearly(rows):
    """{area: {year: (net, lo, hi)}} with each period's values spread evenly over its years."""
    out = {}
    for r in rows:
        n = r.end - r.start
        per = out.setdefault(r.area_id, {})
        for y in range(r.start, r.end):
            if y in per:
                raise InputError("Area {area} has two periods covering the year {year}.", area=r.area_id, year=y)
            per[y] = (r.net / n, None if r.lo is None else r.lo / n, None if r.hi is None else r.hi / n)
    return out


def _net(gross, leakage_pct, buffer_pct):
    leak = max(gross, 0.0) * leakage_pct / 100.0
    buf = max(gross - leak, 0.0) * buffer_pct / 100.0
    return leak, buf, gross - leak - buf


def net_removals(project, baseline, start=None, end=None, leakage_pct=0.0, buffer_pct=0.0):
    """CreditYear rows per area and year of [start, end) and the crediting period used."""
    if not 0 <= leakage_pct <= 100 or not 0 <= buffer_pct <= 100:
        raise InputError("Leakage and buffer are percentages between 0 and 100 (got {leak} and {buf}).",
                         leak=leakage_pct, buf=buffer_pct)
    p, b = yearly(project), yearly(baseline)
    only_p, only_b = sorted(set(p) - set(b)), sorted(set(b) - set(p))
    if only_p or only_b:
        raise InputError("The project and baseline tables must list the same areas; only in the project: {p}; "
                         "only in the baseline: {b}.", p=", ".join(only_p) or "-", b=", ".join(only_b) or "-")
    first = max(max(min(v) for v in p.values()), max(min(v) for v in b.values()))
    last = min(min(max(v) for v in p.values()), min(max(v) for v in b.values())) + 1
    start = first if start is None else int(start)
    end = last if end is None else int(end)
    if end <= start:
        raise InputError("The crediting period {start}-{end} is empty; its end must be after its start.",
                         start=start, end=end)
    out = []
    for area in sorted(p, key=str):
        for y in range(start, end):
            if y not in p[area] or y not in b[area]:
                which = "project" if y not in p[area] else "baseline"
                raise InputError("The {which} table has no period covering the year {year} for area {area}; the "
                                 "crediting period {start}-{end} must lie within both scenarios' periods.",
                                 which=which, year=y, area=area, start=start, end=end)
            pv, plo, phi = p[area][y]
            bv, blo, bhi = b[area][y]
            gross = pv - bv
            leak, buf, net = _net(gross, leakage_pct, buffer_pct)
            v = dict(baseline_tco2e=bv, project_tco2e=pv, gross_removals_tco2e=gross, leakage_tco2e=leak,
                     buffer_tco2e=buf, net_removals_tco2e=net, net_removals_tco2e_lo=None,
                     net_removals_tco2e_hi=None)
            lo_g = (plo if plo is not None else pv) - (bhi if bhi is not None else bv)
            hi_g = (phi if phi is not None else pv) - (blo if blo is not None else bv)
            if any(x is not None for x in (plo, phi, blo, bhi)):
                v["net_removals_tco2e_lo"] = min(_net(lo_g, leakage_pct, buffer_pct)[2], net)
                v["net_removals_tco2e_hi"] = max(_net(hi_g, leakage_pct, buffer_pct)[2], net)
            out.append(CreditYear(area, y, v))
    return out, (start, end)


def totals(years):
    """{area: {field: sum}} and the grand total over all areas (None bounds stay None)."""
    per = {}
    for r in years:
        acc = per.setdefault(r.area_id, {})
        for k, v in r.values.items():
            if k not in acc:
                acc[k] = 0.0 if v is not None else None
            if acc[k] is not None and v is not None:
                acc[k] += v
            elif v is None:
                acc[k] = None
    grand = {}
    for acc in per.values():
        for k, v in acc.items():
            grand[k] = None if (v is None or grand.get(k, 0.0) is None) else grand.get(k, 0.0) + v
    return per, grand
