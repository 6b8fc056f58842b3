"""InVEST Coastal Blue Carbon tables (natcap.invest 3.14), read as InVEST reads them.

- Snapshot table: ``snapshot_year``, ``raster_path`` (paths relative to the table's folder).
- Biophysical table: ``code``, ``lulc-class`` and the pool columns in ``BIOPHYSICAL_COLUMNS``;
  any numeric column may carry ``<column>_lo`` / ``<column>_hi`` bounds (for Monte Carlo intervals).
- Transition table: a matrix with ``lulc-class`` rows and columns, cells ``accum``,
  ``low-impact-disturb``, ``med-impact-disturb``, ``high-impact-disturb``, ``NCC`` or empty; reading stops
  at the first blank row (the legend InVEST's preprocessor writes below it). The template's cells left for the
  user (``disturb``, ``accum or disturb?``) are refused, saying how to fill them.
- Price table: ``year``, ``price``.

As in InVEST, headers are matched without case or surrounding spaces and class names are compared in
lower case. Files may be in any form ``tables.read_table`` reads (UTF-8, UTF-16 or GB18030; commas,
semicolons or tabs; decimal commas in semicolon and tab tables).
"""
import csv
import os
from dataclasses import dataclass, field

from ..errors import InputError, N_
from ..tables import number, read_table, require_columns

POOLS = ("biomass", "soil")
KINDS = ("low-impact-disturb", "med-impact-disturb", "high-impact-disturb")
ACCUM, NCC = "accum", "ncc"
TRANSITION_KINDS = (ACCUM, NCC) + KINDS
BIOPHYSICAL_COLUMNS = (
    "biomass-initial", "soil-initial", "litter-initial",
    "biomass-half-life", "biomass-low-impact-disturb", "biomass-med-impact-disturb",
    "biomass-high-impact-disturb", "biomass-yearly-accumulation",
    "soil-half-life", "soil-low-impact-disturb", "soil-med-impact-disturb", "soil-high-impact-disturb",
    "soil-yearly-accumulation", "litter-yearly-accumulation",
)


def _read_csv(path, what):
    """(rows of cells from the header row on, how the file was read: tables.Table); the encoding and the
    separator are found as for every table of the plugin (tables.read_table)."""
    table = read_table(path, what)
    rows = table.rows
    while rows and not any(c.strip() for c in rows[0]):
        rows.pop(0)
    if not rows:
        raise InputError("The {what} {path} is empty.", what=what, path=path)
    return rows, table


def _records(path, required, what):
    rows, table = _read_csv(path, what)
    header = [h.strip().lower() for h in rows[0]]
    require_columns(table, header, required)
    out = []
    for row_no, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue  # InVEST drops empty rows
        out.append((row_no, {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header) if h}))
    if not out:
        raise InputError("The {what} {path} has a header but no rows.", what=what, path=path)
    return out


def _year(text, row_no, col, what):
    value = number(text, row_no, col, what)
    if value != int(value):
        raise InputError("Row {row} of the {what}, column '{column}': '{value}' is not a whole year.",
                         what=what, row=row_no, column=col, value=text)
    return int(value)


def read_snapshots(path):
    """[(year, raster path)] sorted by year; duplicated years are refused."""
    what = N_("snapshot table")
    folder = os.path.dirname(os.path.abspath(path))
    seen = {}
    for row_no, rec in _records(path, ("snapshot_year", "raster_path"), what):
        year = _year(rec["snapshot_year"], row_no, "snapshot_year", what)
        raster = rec["raster_path"]
        if not raster:
            raise InputError("Row {row} of the {what} has no raster_path.", what=what, row=row_no)
        raster = os.path.expanduser(raster)
        if not os.path.isabs(raster):
            raster = os.path.join(folder, raster)
        if year in seen:
            raise InputError("The {what} {path} lists the year {year} twice (rows {a} and {b}); each snapshot "
                             "year must appear once.", what=what, path=path, year=year, a=seen[year][0], b=row_no)
        seen[year] = (row_no, os.path.normpath(raster))
    return [(y, seen[y][1]) for y in sorted(seen)]


@dataclass
class BioClass:
    code: int
    name: str
    values: dict
    lo: dict = field(default_factory=dict)
    hi: dict = field(default_factory=dict)


@dataclass
class Biophysical:
    path: str
    classes: dict  # code -> BioClass

    def by_name(self):
        return {c.name: c.code for c in self.classes.values()}


def read_biophysical(path):
    what = N_("biophysical table")
    records = _records(path, ("code", "lulc-class") + BIOPHYSICAL_COLUMNS, what)
    classes, names = {}, {}
    for row_no, rec in records:
        code = _year(rec["code"], row_no, "code", what)
        name = rec["lulc-class"].lower()
        if not name:
            raise InputError("Row {row} of the {what} has no lulc-class name.", what=what, row=row_no)
        if code in classes:
            raise InputError("The {what} {path} has the code {code} twice; each code must appear once.",
                             what=what, path=path, code=code)
        if name in names:
            raise InputError("The {what} {path} has the lulc-class '{name}' twice (codes {a} and {b}); class "
                             "names must be unique because the transition table refers to them.",
                             what=what, path=path, name=name, a=names[name], b=code)
        values, lo, hi = {}, {}, {}
        for col in BIOPHYSICAL_COLUMNS:
            v = number(rec[col], row_no, col, what)
            if v < 0:
                raise InputError("Row {row} of the {what}, column '{column}': {value} is negative; stocks, rates, "
                                 "half-lives and disturbance fractions must be zero or positive.",
                                 what=what, row=row_no, column=col, value=rec[col])
            if "disturb" in col and v > 1:
                raise InputError("Row {row} of the {what}, column '{column}': {value} is a fraction of the stock "
                                 "disturbed and must lie between 0 and 1.", what=what, row=row_no, column=col,
                                 value=rec[col])
            values[col] = v
            for suffix, store in (("_lo", lo), ("_hi", hi)):
                text = rec.get(col + suffix, "")
                if text:
                    store[col] = number(text, row_no, col + suffix, what)
            if (col in lo) != (col in hi):
                raise InputError("Row {row} of the {what}: column '{column}' has only one of its _lo/_hi bounds; "
                                 "give both or neither.", what=what, row=row_no, column=col)
            if col in lo and not lo[col] <= v <= hi[col]:
                raise InputError("Row {row} of the {what}: the bounds of '{column}' ({lo} to {hi}) do not contain "
                                 "its value {value}.", what=what, row=row_no, column=col, lo=lo[col], hi=hi[col],
                                 value=v)
        classes[code] = BioClass(code, name, values, lo, hi)
        names[name] = code
    return Biophysical(path=str(path), classes=classes)


def read_transitions(path, bio):
    """{(from code, to code): kind} of the non-empty cells, kinds lower-cased as InVEST does."""
    what = N_("transition table")
    rows, _ = _read_csv(path, what)
    header = [h.strip().lower() for h in rows[0]]
    if not header or header[0] != "lulc-class":
        raise InputError("The {what} {path} must have 'lulc-class' as its first column header (found '{first}').",
                         what=what, path=path, first=rows[0][0] if rows[0] else "")
    codes = bio.by_name()
    cols = []
    for h in header[1:]:
        if not h:
            cols.append(None)
            continue
        if h not in codes:
            raise InputError("The {what}'s header row has a column '{name}' that is not a lulc-class of the "
                             "biophysical table {bio}.", what=what, name=h, bio=bio.path)
        cols.append(codes[h])
    out = {}
    for row_no, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            break  # blank row: the legend follows
        name = row[0].strip().lower()
        if not name:
            continue  # legend rows start with a blank cell
        if name not in codes:
            raise InputError("Row {row} of the {what}: the lulc-class '{name}' is not in the biophysical table "
                             "{bio}.", what=what, row=row_no, name=name, bio=bio.path)
        for i, cell in enumerate(row[1:]):
            kind = cell.strip().lower()
            if not kind:
                continue
            if i >= len(cols) or cols[i] is None:
                raise InputError("Row {row} of the {what} has a value '{value}' in a column without a class name.",
                                 what=what, row=row_no, value=cell)
            if kind in (DISTURB, QUESTION):
                _template_cell(kind, row_no, name, header[i + 1])
            if kind not in TRANSITION_KINDS:
                raise InputError("Row {row} of the {what}: '{value}' ({src} to {dst}) is not a transition kind; use "
                                 "one of accum, low-impact-disturb, med-impact-disturb, high-impact-disturb, NCC.",
                                 what=what, row=row_no, value=cell, src=name, dst=header[i + 1])
            out[(codes[name], cols[i])] = kind
    return out


def _template_cell(kind, row_no, src, dst):
    """Refuses a cell the transition template left for the user to fill, saying how to fill it."""
    what = N_("transition table")
    if kind == DISTURB:
        raise InputError("Row {row} of the {what}: the cell {src} -> {dst} still holds the template's 'disturb'; "
                         "replace it with low-impact-disturb, med-impact-disturb or high-impact-disturb (how much "
                         "of the {src} carbon the change disturbs).", what=what, row=row_no, src=src, dst=dst)
    raise InputError("Row {row} of the {what}: the cell {src} -> {dst} still holds the template's question 'accum "
                     "or disturb?': one habitat became another. Answer it: accum if the {dst} grew without "
                     "clearing the {src} (nothing is emitted), or low-impact-disturb, med-impact-disturb or "
                     "high-impact-disturb if the {src} was cleared (its carbon is emitted).", what=what,
                     row=row_no, src=src, dst=dst)


def read_prices(path):
    """{year: price}."""
    what = N_("price table")
    prices = {}
    for row_no, rec in _records(path, ("year", "price"), what):
        prices[_year(rec["year"], row_no, "year", what)] = number(rec["price"], row_no, "price", what)
    return prices


def inflated_prices(price, inflation_pct, first_year, last_year):
    """InVEST's prices without a table: price x (1 + inflation)^(year - first year)."""
    rate = float(inflation_pct) * 0.01
    return {y: ((1 + rate) ** i) * float(price) for i, y in enumerate(range(first_year, last_year + 1))}


# The plugin's standard classes as coastal blue carbon habitats (InVEST's is_coastal_blue_carbon_habitat).
STANDARD_HABITATS = (3, 4, 5)  # mangrove, salt marsh, seagrass


def read_lulc_lookup(path):
    """InVEST's preprocessor table: {code: (lulc-class, is habitat)}."""
    what = N_("land-cover lookup table")
    out = {}
    for row_no, rec in _records(path, ("code", "lulc-class", "is_coastal_blue_carbon_habitat"), what):
        flag = rec["is_coastal_blue_carbon_habitat"].strip().lower()
        if flag not in ("true", "false", "1", "0", "yes", "no"):
            raise InputError("Row {row} of the {what}: is_coastal_blue_carbon_habitat is '{value}'; use TRUE or "
                             "FALSE.", what=what, row=row_no, value=rec["is_coastal_blue_carbon_habitat"])
        out[_year(rec["code"], row_no, "code", what)] = (rec["lulc-class"].lower(), flag in ("true", "1", "yes"))
    return out


# cells of the transition template the user must change (carbonchange refuses them, saying what to do)
DISTURB = "disturb"             # a habitat becomes a non-habitat: grade the impact
QUESTION = "accum or disturb?"  # a habitat becomes another habitat: grown into (accum) or cleared (disturb)?


def suggested_kind(from_habitat, to_habitat, same_class=False):
    """The template's cell for a pair that occurs: InVEST's preprocessor rule (into a habitat accum, out of one
    'disturb' to be graded, between other classes NCC), except from one habitat to another, where it is a
    question: clearing salt marsh to plant mangrove emits the marsh's carbon, mangrove spreading into marsh
    does not, and only the user knows which happened. A habitat that stays itself accumulates."""
    if from_habitat and to_habitat and not same_class:
        return QUESTION
    if to_habitat:
        return "accum"
    return DISTURB if from_habitat else "NCC"


TEMPLATE_NOTES = (
    N_("Cells marked 'disturb' (a habitat became a non-habitat class): replace each with low-impact-disturb, "
       "med-impact-disturb or high-impact-disturb."),
    N_("Cells marked 'accum or disturb?' (one habitat became another, such as salt marsh to mangrove): answer "
       "each. accum if the new habitat grew without clearing the old one (nothing is emitted); "
       "low-/med-/high-impact-disturb if the old habitat was cleared (its disturbed carbon is emitted with its "
       "half-life, and the pixel accumulates nothing until its next accum transition, as in InVEST)."),
    N_("A habitat that stays itself is pre-filled accum, other classes that stay themselves or change between "
       "non-habitats NCC. Check every suggestion. Empty cells: the transition does not occur. carbonchange "
       "refuses a table that still holds 'disturb' or 'accum or disturb?'."),
)


def write_transition_template(path, lookup, pairs, translate=None):
    """InVEST's transition matrix with every class in ``lookup`` ({code: (name, habitat)}), the cells of the pairs
    that occur pre-filled by suggested_kind, then a blank row (where InVEST and this plugin stop reading), the
    notes that say how to fill the cells (in the language of ``translate``), and the pixel counts and areas of each
    pair ({(from, to): {period: (pixels, ha)}})."""
    codes = sorted(lookup)
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["lulc-class"] + [lookup[c][0] for c in codes])
        for a in codes:
            w.writerow([lookup[a][0]] + [suggested_kind(lookup[a][1], lookup[b][1], a == b) if (a, b) in pairs
                                         else "" for b in codes])
        w.writerow([])
        for note in TEMPLATE_NOTES:
            w.writerow(["", translate(note) if translate else note])
        w.writerow(["", "from", "to", "period", "pixels", "area_ha"])
        for (a, b) in sorted(pairs):
            for period, (n, ha) in sorted(pairs[(a, b)].items()):
                w.writerow(["", lookup[a][0], lookup[b][0], period, n, "{:.4f}".format(ha)])
    os.replace(tmp, path)
    return path
