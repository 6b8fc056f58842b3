"""Reading the plugin's parameter tables (CSV): every table the plugin reads goes through ``read_table``.

- Encoding: UTF-8 with or without byte-order mark; else UTF-16 with its byte-order mark (Excel's "Unicode
  text"); else GB18030, which contains GBK (what Chinese Excel writes for "CSV (comma delimited)"). The log
  says so when a table is not UTF-8 (``notes_to``).
- Separator: found from the header line: comma, semicolon or tab, whichever splits it into the most columns
  (a comma on a tie). Chinese and European Excel write semicolons where the list separator is one.
- Decimal commas (``1,5``) in a table separated by semicolons or tabs are read as decimal points (and the log
  says so); in a comma-separated table a number with a comma is refused by ``number``.

'#' comment lines are skipped where the caller allows them; every problem names the file, the row and the
column, and a header whose columns are all unknown names the separator and the encoding it was read with."""
import codecs
import contextvars
import csv
import io
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass

from .errors import InputError, N_

# The shipped literature tables (bluecarbon_qgis/data), each with its source on every row.
DATA_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")

SEPARATORS = (",", ";", "\t")
SEPARATOR_NAMES = {",": N_("commas"), ";": N_("semicolons"), "\t": N_("tabs")}
UTF8, UTF16, GB18030 = "UTF-8", "UTF-16", "GB18030"
_DECIMAL_COMMA = re.compile(r"^[+-]?\d*,\d+$")
_NOTES = contextvars.ContextVar("bluecarbon_table_notes", default=None)


@contextmanager
def notes_to(callback):
    """Within the block, ``callback(template, fields)`` receives what the readers say about how a table was read
    (its encoding, separator, decimal commas): templates marked with N_, fields to fill after translating."""
    token = _NOTES.set(callback)
    try:
        yield
    finally:
        _NOTES.reset(token)


def _note(template, **fields):
    callback = _NOTES.get()
    if callback is not None:
        callback(template, fields)


def _decode(path, what):
    """(text, encoding) of a table file."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise InputError("Cannot read the {what} {path}: {error}", what=what, path=path, error=exc.strerror) from None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), UTF16
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8-sig"), UTF8
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030"), GB18030
    except UnicodeDecodeError:
        raise InputError("The {what} {path} is neither UTF-8 nor GB18030 (GBK) text; save it as CSV UTF-8.",
                         what=what, path=path) from None


def read_text(path, what):
    """The text of a table file (UTF-8 with or without BOM, UTF-16 with BOM, or GB18030); a clear message when
    it cannot be read."""
    return _decode(path, what)[0]


def sniff_separator(line):
    """The separator of a header line: the one of SEPARATORS that splits it into the most cells."""
    counts = [(len(next(csv.reader([line], delimiter=sep))), -i, sep) for i, sep in enumerate(SEPARATORS)]
    return max(counts)[2]


def _has_content(line, comments):
    stripped = line.strip()
    if comments and stripped.startswith("#"):
        return False
    return bool(stripped.strip("".join(SEPARATORS) + " \"'"))


@dataclass
class Table:
    """The cells of a table file and how it was read."""
    path: str
    what: str
    rows: list        # lists of cell texts, as in the file (blank lines kept unless ``comments``)
    separator: str
    encoding: str


def read_table(path, what, comments=False):
    """A table file as rows of cells: encoding and separator found as the module says, decimal commas of a
    semicolon- or tab-separated table turned into points. ``comments``: '#' lines and blank lines are dropped."""
    text, encoding = _decode(path, what)
    lines = text.splitlines()
    header = next((ln for ln in lines if _has_content(ln, comments)), None)
    if header is None:
        raise InputError("The {what} {path} is empty.", what=what, path=path)
    separator = sniff_separator(header)
    if comments:
        lines = [ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=separator))
    if encoding != UTF8:
        _note(N_("The {what} {path} is not UTF-8; it was read as {encoding} text (GB18030 includes GBK, the "
                 "encoding of Chinese Windows). Check its Chinese text in the outputs, or save it as CSV UTF-8."),
              what=what, path=path, encoding=encoding)
    if separator != ",":
        _note(N_("The {what} {path} is separated by {separator}; it was read so."), what=what, path=path,
              separator=SEPARATOR_NAMES[separator])
        example = None
        for row in rows[1:]:
            for i, cell in enumerate(row):
                if _DECIMAL_COMMA.match(cell.strip()):
                    example = example or cell.strip()
                    row[i] = cell.replace(",", ".")
        if example:
            _note(N_("The {what} {path} writes decimals with a comma (such as {value}); they were read as decimal "
                     "points."), what=what, path=path, value=example)
    return Table(str(path), what, rows, separator, encoding)


def require_columns(table, header, required):
    """Refuses a header that lacks some of the ``required`` columns; when it has none of them, the message
    names the separator and encoding the header was read with, the likely cause."""
    missing = [c for c in required if c not in header]
    if not missing:
        return
    if len(missing) == len(required) and len(required) > 1:
        raise InputError("The {what} {path} has none of the required columns ({required}). Its header row, read as "
                         "{encoding} text separated by {separator}, gives the column(s): {found}. The separator or "
                         "the encoding is probably the problem: save the table as CSV UTF-8 (comma, semicolon or "
                         "tab separated), with the column names in its first row.", what=table.what, path=table.path,
                         required=", ".join(required), encoding=table.encoding,
                         separator=SEPARATOR_NAMES[table.separator], found=" | ".join(header) or "-")
    raise InputError("The {what} {path} lacks the column(s) {missing}. Required columns: {required}.",
                     what=table.what, path=table.path, missing=", ".join(missing), required=", ".join(required))


def read_rows(path, required, what):
    """(header, [(row number, {column: text})]) of a CSV that has the ``required`` columns."""
    table = read_table(path, what, comments=True)
    header = [h.strip() for h in table.rows[0]]
    require_columns(table, header, required)
    rows = []
    for row_no, cells in enumerate(table.rows[1:], start=2):
        if any(c.strip() for c in cells[len(header):]):
            raise InputError("Row {row} of the {what} has more cells than the header.", what=what, row=row_no)
        rows.append((row_no, {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}))
    if not rows:
        raise InputError("The {what} {path} has a header but no rows.", what=what, path=path)
    return header, rows


def number(text, row_no, col, what):
    try:
        value = float(text)
    except (TypeError, ValueError):
        if "," in str(text):
            raise InputError("Row {row} of the {what}, column '{column}': '{value}' is not a number. Write decimals "
                             "with a point (1.5) and no thousands separators; a decimal comma (1,5) is read only in "
                             "a table separated by semicolons or tabs.", what=what, row=row_no, column=col,
                             value=text) from None
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
