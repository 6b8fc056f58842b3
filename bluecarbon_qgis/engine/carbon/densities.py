"""Carbon density tables: one row per habitat class, every number with a source."""
import os
from dataclasses import dataclass, field

from ..errors import InputError, N_
from ..tables import DATA_DIR, bounds, number, read_rows

POOLS = ("agb_tc_ha", "bgb_tc_ha", "dead_tc_ha", "soil_tc_ha")
RATE = "seq_tc_ha_yr"
NUMERIC = POOLS + (RATE,)
REQUIRED = ("class_value", "class_name") + NUMERIC + ("source",)

DEFAULT_TABLE = os.path.join(DATA_DIR, "densities_ipcc2013_tier1.csv")


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


WHAT = N_("density table")


def read_density_table(path=None):
    """Read and check a density CSV; None reads the shipped default."""
    path = path or DEFAULT_TABLE
    _, records = read_rows(path, REQUIRED, WHAT)
    rows = {}
    for row_no, rec in records:
        cv_text = rec.get("class_value", "")
        cv = number(cv_text, row_no, "class_value", WHAT)
        if cv != int(cv):
            raise InputError("Density table row {row}: class_value '{value}' is not an integer.",
                             row=row_no, value=cv_text)
        cv = int(cv)
        if cv in rows:
            raise InputError("Density table row {row}: class {value} appears twice.", row=row_no, value=cv)
        values, lo, hi = {}, {}, {}
        for col in NUMERIC:
            v = number(rec.get(col, ""), row_no, col, WHAT)
            if v < 0:
                raise InputError("Density table row {row}, column '{column}': densities cannot be negative ({value}).",
                                 row=row_no, column=col, value=v)
            values[col] = v
            lv, hv = bounds(rec, col, v, row_no, WHAT)
            if lv is not None:
                lo[col], hi[col] = lv, hv
        rows[cv] = DensityRow(cv, rec.get("class_name", ""), values, lo, hi, rec.get("source", ""))
    return DensityTable(path=path, rows=rows)
