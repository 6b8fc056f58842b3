"""The table of a transition raster: which from -> to class pair each raster value stands for.

A transition raster (GeoTIFF) holds values 1..n, one per (from_class, to_class) pair that occurs, stable
pairs included, in sorted pair order; 0 is nodata. Its table has the columns

    value, from_class, to_class, from_year, to_year, change, label

(``change`` = 1 when from_class != to_class) and travels with the raster twice: as JSON (a list of row
objects with those keys) in the GeoTIFF metadata item ``BLUECARBON_TRANSITIONS``, and as a CSV beside the
raster (same name, ``.csv`` in place of ``.tif``). :func:`read_transition_table` reads the metadata item,
else the CSV; the writer of transition rasters and every reader share this one module.
"""
import json
import os
import re
from dataclasses import dataclass

from osgeo import gdal

from ..errors import InputError, N_
from ..tables import number, read_rows

gdal.UseExceptions()

METADATA_ITEM = "BLUECARBON_TRANSITIONS"
COLUMNS = ("value", "from_class", "to_class", "from_year", "to_year", "change", "label")
REQUIRED = ("value", "from_class", "to_class")
WHAT = N_("transition table")
# "3>1", "3->1", "3→1", "3,1" (spaces allowed around the numbers and the separator)
PAIR = re.compile(r"^\s*([+-]?\d+)\s*(?:->|>|→|,)\s*([+-]?\d+)\s*$")


@dataclass(frozen=True)
class Transition:
    value: int
    from_class: int
    to_class: int
    from_year: object
    to_year: object
    change: bool
    label: str


@dataclass
class TransitionTable:
    rows: list     # Transition, sorted by value
    source: str    # where the table was read: "metadata item BLUECARBON_TRANSITIONS of <path>" or a CSV path

    @property
    def values(self):
        return [t.value for t in self.rows]

    @property
    def change_values(self):
        return [t.value for t in self.rows if t.change]

    @property
    def stable_values(self):
        return [t.value for t in self.rows if not t.change]

    @property
    def classes(self):
        """Every class that appears at either date."""
        return sorted({t.from_class for t in self.rows} | {t.to_class for t in self.rows})

    @property
    def by_value(self):
        return {t.value: t for t in self.rows}

    @property
    def buffer_value(self):
        """The stratum value given to a buffer stratum: the one after the last transition value."""
        return max(self.values) + 1

    def pair_codes(self, classes):
        """{(from, to): code} for every pair of ``classes`` (and of the table): the table's values for the
        pairs it has; pairs the map never shows (a reference transition can be one) get codes after the
        buffer stratum's value, in sorted pair order, so that a code never depends on the sample."""
        codes = {(t.from_class, t.to_class): t.value for t in self.rows}
        every = sorted(set(classes) | set(self.classes))
        nxt = self.buffer_value + 1
        for a in every:
            for b in every:
                if (a, b) not in codes:
                    codes[(a, b)] = nxt
                    nxt += 1
        return codes


def pair_label(from_class, to_class, names=None):
    """'mangrove → open water' with class names when known, else '3 → 1'."""
    names = names or {}
    return "{} → {}".format(names.get(from_class, from_class), names.get(to_class, to_class))


def parse_pair(text):
    """(from, to) from a reference label 'A>B', 'A->B', 'A→B' or 'A,B' (whole class numbers)."""
    match = PAIR.match(str(text))
    if not match:
        raise InputError("'{value}' is not a transition: write it as from>to with whole class numbers, for "
                         "example 3>1 (also 3->1, 3→1 or 3,1).", value=text)
    return int(match.group(1)), int(match.group(2))


def sidecar_path(raster_path):
    """The CSV beside a raster: same name, .csv in place of .tif."""
    return os.path.splitext(str(raster_path))[0] + ".csv"


def _whole(text, row_no, col, where):
    value = number(text, row_no, col, where)
    if value != int(value):
        raise InputError("Row {row} of the {what}, column '{column}': '{value}' is not a whole number.",
                         what=where, row=row_no, column=col, value=text)
    return int(value)


def table_from_rows(rows, source):
    """A checked TransitionTable from [(row number, {column: text or number})]."""
    where = WHAT
    out, seen_values, seen_pairs = [], {}, {}
    for row_no, rec in rows:
        missing = [c for c in REQUIRED if str(rec.get(c, "")).strip() == ""]
        if missing:
            raise InputError("Row {row} of the {what} {source} has no {columns}; every row needs value, from_class and "
                             "to_class.", what=where, source=source, row=row_no, columns=", ".join(missing))
        value = _whole(rec["value"], row_no, "value", where)
        a = _whole(rec["from_class"], row_no, "from_class", where)
        b = _whole(rec["to_class"], row_no, "to_class", where)
        if value < 1:
            raise InputError("Row {row} of the {what} {source}: value {value} is not a transition value (1 and "
                             "up; 0 is nodata).", what=where, source=source, row=row_no, value=value)
        if value in seen_values:
            raise InputError("The {what} {source} gives value {value} twice (rows {first} and {row}).", what=where,
                             source=source, value=value, first=seen_values[value], row=row_no)
        if (a, b) in seen_pairs:
            raise InputError("The {what} {source} gives the transition {a} → {b} twice (rows {first} and {row}).",
                             what=where, source=source, a=a, b=b, first=seen_pairs[(a, b)], row=row_no)
        seen_values[value], seen_pairs[(a, b)] = row_no, row_no
        change_text = str(rec.get("change", "")).strip()
        if change_text != "":
            flag = _whole(change_text, row_no, "change", where)
            if flag not in (0, 1) or bool(flag) != (a != b):
                raise InputError("Row {row} of the {what} {source}: change is {flag} but the transition is "
                                 "{a} → {b}; change must be 1 when the classes differ and 0 when they are the same.",
                                 what=where, source=source, row=row_no, flag=change_text, a=a, b=b)
        years = []
        for col in ("from_year", "to_year"):
            text = str(rec.get(col, "")).strip()
            years.append(_whole(text, row_no, col, where) if text else None)
        if None not in years and years[0] >= years[1]:
            raise InputError("Row {row} of the {what} {source}: from_year {y0} is not before to_year {y1}.", what=where,
                             source=source, row=row_no, y0=years[0], y1=years[1])
        label = str(rec.get("label", "") or "").strip() or pair_label(a, b)
        out.append(Transition(value, a, b, years[0], years[1], a != b, label))
    if not out:
        raise InputError("The {what} {source} has no rows.", what=where, source=source)
    return TransitionTable(sorted(out, key=lambda t: t.value), source)


def _from_json(text, source):
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InputError("The {what} {source} is not valid JSON ({error}); write the transition raster again, "
                         "or remove the metadata item so that the CSV beside the raster is read.",
                         what=WHAT, source=source, error=str(exc)) from None
    if isinstance(data, dict):
        data = data.get("transitions", data.get("rows"))
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise InputError("The {what} {source} must be a JSON list of rows, each an object with the keys {keys}.",
                         what=WHAT, source=source, keys=", ".join(COLUMNS))
    return table_from_rows([(i, r) for i, r in enumerate(data, start=1)], source)


def read_table_csv(path):
    """A TransitionTable from a CSV with the table's columns."""
    _, rows = read_rows(path, REQUIRED, WHAT)
    return table_from_rows(rows, path)


def read_transition_table(raster_path, table_path=None):
    """The transition table of a raster, or None when it is a plain class map.

    ``table_path`` (a CSV) when given; else the GeoTIFF metadata item BLUECARBON_TRANSITIONS; else the CSV
    beside the raster when its header has value, from_class and to_class (any other CSV there is not a
    transition table and is left alone).
    """
    if table_path:
        return read_table_csv(table_path)
    try:
        ds = gdal.Open(str(raster_path))
        item = ds.GetMetadataItem(METADATA_ITEM) if ds is not None else None
    except RuntimeError:
        item = None
    if item:
        return _from_json(item, "metadata item {} of {}".format(METADATA_ITEM, raster_path))
    csv_path = sidecar_path(raster_path)
    if not os.path.isfile(csv_path) or os.path.abspath(csv_path) == os.path.abspath(str(raster_path)):
        return None
    try:
        with open(csv_path, encoding="utf-8-sig") as fh:
            header = fh.readline()
    except (OSError, UnicodeDecodeError):
        return None
    names = {h.strip().strip('"') for h in re.split(r"[,;\t]", header)}
    if not set(REQUIRED) <= names:
        return None
    return read_table_csv(csv_path)
