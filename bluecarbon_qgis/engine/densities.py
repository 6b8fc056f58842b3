"""Carbon density tables: one row per habitat class, every number with a source."""
import csv
import io
import os
from dataclasses import dataclass, field

from .errors import InputError

POOLS = ("agb_tc_ha", "bgb_tc_ha", "dead_tc_ha", "soil_tc_ha")
RATE = "seq_tc_ha_yr"
NUMERIC = POOLS + (RATE,)
REQUIRED = ("class_value", "class_name") + NUMERIC + ("source",)

DEFAULT_TABLE = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data",
                             "densities_ipcc2013_tier1.csv")


@dataclass
class DensityRow:
    class_value: int
    class_name: str
    values: dict
    lo: dict = field(default_factory=dict)
    hi: dict = field(default_factory=dict)
    source: str = ""

    @property
    def stock_tc_ha(self):
        return sum(self.values[p] for p in POOLS)


@dataclass
class DensityTable:
    path: str
    rows: dict  # class_value -> DensityRow

    def names(self):
        return {k: r.class_name for k, r in self.rows.items()}


def _number(text, row_no, col):
    try:
        value = float(text)
    except (TypeError, ValueError):
        raise InputError("Density table row {row}, column '{column}': '{value}' is not a number.",
                         row=row_no, column=col, value=text) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise InputError("Density table row {row}, column '{column}': '{value}' is not a finite number.",
                         row=row_no, column=col, value=text)
    return value


def read_density_table(path=None):
    """Read and check a density CSV (UTF-8, with or without BOM); None reads the shipped default."""
    path = path or DEFAULT_TABLE
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise InputError("Cannot read the density table {path}: {error}", path=path, error=exc.strerror) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("The density table {path} is not UTF-8 text; save it as CSV UTF-8.", path=path) from None
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        raise InputError("The density table {path} is empty.", path=path)
    try:
        dialect = csv.Sniffer().sniff(lines[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO("\n".join(lines)), dialect=dialect)
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InputError("The density table {path} lacks the column(s) {missing}. Required columns: {required}.",
                         path=path, missing=", ".join(missing), required=", ".join(REQUIRED))
    rows = {}
    for row_no, rec in enumerate(reader, start=2):
        if None in rec:
            raise InputError("Density table row {row} has more cells than the header.", row=row_no)
        cv_text = (rec.get("class_value") or "").strip()
        cv = _number(cv_text, row_no, "class_value")
        if cv != int(cv):
            raise InputError("Density table row {row}: class_value '{value}' is not an integer.",
                             row=row_no, value=cv_text)
        cv = int(cv)
        if cv in rows:
            raise InputError("Density table row {row}: class {value} appears twice.", row=row_no, value=cv)
        values, lo, hi = {}, {}, {}
        for col in NUMERIC:
            v = _number((rec.get(col) or "").strip(), row_no, col)
            if v < 0:
                raise InputError("Density table row {row}, column '{column}': densities cannot be negative ({value}).",
                                 row=row_no, column=col, value=v)
            values[col] = v
            lo_text = (rec.get(col + "_lo") or "").strip()
            hi_text = (rec.get(col + "_hi") or "").strip()
            if bool(lo_text) != bool(hi_text):
                raise InputError("Density table row {row}: give both {column}_lo and {column}_hi, or neither.",
                                 row=row_no, column=col)
            if lo_text:
                lv = _number(lo_text, row_no, col + "_lo")
                hv = _number(hi_text, row_no, col + "_hi")
                if lv > v:
                    raise InputError("Density table row {row}: {column}_lo ({lo}) is above the value ({value}).",
                                     row=row_no, column=col, lo=lv, value=v)
                if hv < v:
                    raise InputError("Density table row {row}: {column}_hi ({hi}) is below the value ({value}).",
                                     row=row_no, column=col, hi=hv, value=v)
                if lv < 0:
                    raise InputError("Density table row {row}, column '{column}_lo': densities cannot be negative.",
                                     row=row_no, column=col)
                if hv > lv:
                    lo[col], hi[col] = lv, hv
        rows[cv] = DensityRow(cv, (rec.get("class_name") or "").strip(), values, lo, hi,
                              (rec.get("source") or "").strip())
    if not rows:
        raise InputError("The density table {path} has a header but no rows.", path=path)
    return DensityTable(path=path, rows=rows)
