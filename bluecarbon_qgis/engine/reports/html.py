"""Self-contained HTML reports a verifier can read: no scripts, no external files.

Each report is a Jinja2 template in ``templates/`` (``base.html`` is the one page layout, ``_macros.html`` holds
the tables, notes, figures and warnings every report uses); the report modules hand the templates plain data
(strings, numbers, lists of table rows), numbers formatted with ``fmt`` so that they keep one rounding; the
templates hold the words (headings, table headers, sentences) and write the HTML with autoescaping on. A table
cell is a string or number, ``stacked(value, below)`` or a ``Notes.ref`` link to a numbered note. The only
markup made in Python is the SVG of the charts and maps (``charts.py``, ``maps.py``), drawn by matplotlib and
marked safe in one place (``charts.to_svg``).

The templates get the report's translation function as ``_`` (``{{ _("Inputs") }}``), its language as ``lang``
and the time of writing as ``created``.
"""
import datetime
import math
import os

import jinja2
from markupsafe import Markup, escape

TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates")
BREAK_AFTER = ("/", "\\", "_")


def fmt(value, digits=2):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return "{:,.{d}f}".format(value, d=digits)


def breakable(text, after=BREAK_AFTER):
    """Text that may wrap after path separators and underscores (long paths and field names in narrow cells)."""
    out = str(escape(text))
    for ch in after:
        out = out.replace(ch, ch + "<wbr>")
    return Markup(out)


def stacked(value, below):
    """A table cell showing a value and, under it in a smaller line, its interval or unit (keeps columns narrow)."""
    return {"value": value, "below": below}


class Notes:
    """Numbered notes under one table (sources, verification, distributions), each linked from its rows.

    Identical notes share one number. ``key`` makes the anchors unique in the page."""

    def __init__(self, key):
        self.key = key
        self.items = []
        self._numbers = {}

    def ref(self, *lines):
        """The cell linking a row to its note; ``lines`` are (label, text) pairs (label may be empty)."""
        lines = tuple((label, text) for label, text in lines if text not in (None, ""))
        if lines not in self._numbers:
            n = len(self.items) + 1
            self._numbers[lines] = n
            self.items.append({"n": n, "id": "{}-{}".format(self.key, n), "lines": list(lines)})
        n = self._numbers[lines]
        return {"note": n, "id": "{}-{}".format(self.key, n)}


def _environment():
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True,
                             extensions=["jinja2.ext.do"],
                             lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.filters["breakable"] = breakable
    return env


_ENV = []


def render(template, tr=lambda s: s, lang="en", **data):
    """HTML text of ``templates/<template>`` with ``data``; ``tr`` translates the template's text."""
    if not _ENV:
        _ENV.append(_environment())
    return _ENV[0].get_template(template).render(
        _=tr, lang=lang, created=datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), **data)


def write_html(path, text):
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)
    return path
