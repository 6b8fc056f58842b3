"""The statement of net removals people sign (``bluecarbon:carboncredits`` OUTPUT_REPORT, and OUTPUT_PDF from the
same HTML): the headline cumulative net removals with their interval, monitoring periods and vintages, the
deductions line by line with their sources as numbered notes, habitats with their methodology, eligible ground
by area with its map, the inputs with their SHA-256 checksums, what the plugin does not cover, and a signature
block.

``statement_html(data, ...)`` fills ``templates/statement.html`` from the statement data of
``carbon.credits.statement`` (plain dicts, its texts already in the statement's language); the template's own
texts go through ``_()``, the translation function of the statement's language. Tables have fixed column widths
that fit the printable width of A4 (see ``bluecarbon_qgis/pdf.py``)."""
import math
import os

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates")
METADATA = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))),
                        "metadata.txt")
DASH = "–"


def num(value, digits=2):
    """A number as statements print it: thousands separated, ``digits`` decimals; '–' when there is none."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return DASH
    return "{:,.{d}f}".format(value, d=digits)


def band(lo, hi, digits=2):
    """'lo – hi', or '' without an interval."""
    if lo is None or hi is None:
        return ""
    return "{} – {}".format(num(lo, digits), num(hi, digits))


def notes(texts):
    """(numbers, unique texts): each text numbered once, in order of first use; an empty text gets no number."""
    order, numbers = [], []
    for t in texts:
        if not t:
            numbers.append(None)
            continue
        if t not in order:
            order.append(t)
        numbers.append(order.index(t) + 1)
    return numbers, order


def years_text(years):
    """'2020–2025' for consecutive years, '2020, 2022' otherwise, '–' for none."""
    years = sorted(years)
    if not years:
        return DASH
    if years == list(range(years[0], years[-1] + 1)):
        return str(years[0]) if len(years) == 1 else "{}–{}".format(years[0], years[-1])
    return ", ".join(str(y) for y in years)


def _environment():
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(num=num, band=band, years=years_text)
    env.globals.update(band=band)
    return env


def _reasons(area):
    """The reasons given for an area's ground that is not eligible (its ``ground`` items, or ``excluded``)."""
    items = area.get("ground") or area.get("excluded") or []
    return [g["reason"] for g in items if g.get("status", "excluded") != "eligible" and g.get("reason")]


def _view(data):
    """The numbered notes of the statement's tables: (numbers per row, texts) for the monitoring periods'
    notes, the deduction lines' sources, the habitats' reasons and the areas' eligibility reasons (a list of
    numbers per area)."""
    e = data.get("eligibility") or {}
    per_area = [_reasons(a) for a in e.get("areas", [])]
    flat, texts = notes([r for rs in per_area for r in rs])
    refs, i = [], 0
    for rs in per_area:
        refs.append(sorted(set(flat[i:i + len(rs)])))
        i += len(rs)
    return {"periods": notes([p.get("note", "") for p in data["periods"]]),
            "sources": notes([ln["source"] for ln in data["deductions"]["lines"]]),
            "habitats": notes([h.get("reason", "") for h in data["habitats"]]),
            "eligibility": (refs, texts)}


_ENV = None


def environment():
    global _ENV
    if _ENV is None:
        _ENV = _environment()
    return _ENV


def plugin_version():
    """The plugin's version from its metadata.txt ('' when it cannot be read)."""
    try:
        with open(METADATA, encoding="utf-8") as fh:
            return next((line.split("=", 1)[1].strip() for line in fh if line.startswith("version=")), "")
    except OSError:
        return ""


def statement_html(data, *, tr=lambda s: s, lang="en", eligibility_map=""):
    """The statement as one self-contained HTML page. ``data``: the statement data; ``tr``: the translation
    function of the statement's language (``lang``, for ``<html lang>``); ``eligibility_map``: the map's HTML
    (inline SVG/PNG), trusted."""
    return environment().get_template("statement.html").render(
        d=data, v=_view(data), _=tr, lang=lang, eligibility_map=Markup(eligibility_map or ""), version=plugin_version())
