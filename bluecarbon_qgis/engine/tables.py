"""Reading the plugin's parameter tables (CSV): UTF-8 with or without BOM, comma, semicolon or tab,
'#' comment lines; every problem names the file, the row and the column."""
import csv
import io
import os

from .errors import InputError

# The shipped literature tables (bluecarbon_qgis/data), each with its source on every row.
DATA_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")


def read_text(path, what):
    """The text of a UTF-8 table file (with or without BOM); a clear message when it cannot be read."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise InputError("Cannot read the {what} {path}: {error}", what=what, path=path, error=exc.strerror) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("The {what} {path} is not UTF-8 text; save it as CSV UTF-8.", what=what, path=path) from None


def read_rows(path, required, what):
    """(header, [(row number, {column: text})]) of a CSV that has the ``required`` columns."""
    text = read_text(path, what)
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        raise InputError("The {what} {path} is empty.", what=what, path=path)
    try:
        dialect = csv.Sniffer().sniff(lines[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO("\n".join(lines)), dialect=dialect)
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError("The {what} {path} lacks the column(s) {missing}. Required columns: {required}.",
                         what=what, path=path, missing=", ".join(missing), required=", ".join(required))
    rows = []
    for row_no, rec in enumerate(reader, start=2):
        if None in rec:
            raise InputError("Row {row} of the {what} has more cells than the header.", what=what, row=row_no)
        rows.append((row_no, {k: (v or "").strip() for k, v in rec.items()}))
    if not rows:
        raise InputError("The {what} {path} has a header but no rows.", what=what, path=path)
    return header, rows


def number(text, row_no, col, what):
    try:
        value = float(text)
    except (TypeError, ValueError):
        raise InputError("Row {row} of the {what}, column '{column}': '{value}' is not a number.",
                         what=what, row=row_no, column=col, value=text) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise InputError("Row {row} of the {what}, column '{column}': '{value}' is not a finite number.",
                         what=what, row=row_no, column=col, value=text)
    return value


def bounds(rec, col, value, row_no, what):
    """Optional <col>_lo/<col>_hi 95% bounds around ``value``: (lo, hi) or (None, None)."""
    lo_text, hi_text = rec.get(col + "_lo", ""), rec.get(col + "_hi", "")
    if bool(lo_text) != bool(hi_text):
        raise InputError("Row {row} of the {what}: give both {column}_lo and {column}_hi, or neither.",
                         what=what, row=row_no, column=col)
    if not lo_text:
        return None, None
    lv = number(lo_text, row_no, col + "_lo", what)
    hv = number(hi_text, row_no, col + "_hi", what)
    if lv > value:
        raise InputError("Row {row} of the {what}: {column}_lo ({lo}) is above the value ({value}).",
                         what=what, row=row_no, column=col, lo=lv, value=value)
    if hv < value:
        raise InputError("Row {row} of the {what}: {column}_hi ({hi}) is below the value ({value}).",
                         what=what, row=row_no, column=col, hi=hv, value=value)
    if lv < 0:
        raise InputError("Row {row} of the {what}, column '{column}_lo': values cannot be negative.",
                         what=what, row=row_no, column=col)
    return (lv, hv) if hv > lv else (None, None)
