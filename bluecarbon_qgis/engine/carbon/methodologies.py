"""Which CCER methodology credits a habitat class, on which baseline ground, and what the plugin leaves out.

Reads the shipped tables (``bluecarbon_qgis/data/``, described in ``ccer_methodologies.md``):
``habitat_methodologies.csv`` (class → methodology and eligible baseline classes), ``ccer_methodologies.csv``
(the rules each methodology states) and ``methodology_gaps.csv`` (what the methodologies require and the plugin
does not do). Every class gets an answer: a class no methodology covers is *not credited*, with the reason, never
dropped. Reasons are texts marked for translation (see ``engine/texts.py``).
"""
import functools
import os
from dataclasses import dataclass

from ..classes import NAMES, NODATA
from ..errors import InputError, N_
from ..tables import DATA_DIR, read_rows
from ..texts import render

HABITAT_TABLE = os.path.join(DATA_DIR, "habitat_methodologies.csv")
METHODOLOGY_TABLE = os.path.join(DATA_DIR, "ccer_methodologies.csv")
GAPS_TABLE = os.path.join(DATA_DIR, "methodology_gaps.csv")
AQUACULTURE_PONDS = 8  # engine/classes.py: eligible for mangrove planting only once the ponds are taken out of use

WHAT_HABITATS = N_("habitat-methodology table")
WHAT_METHODOLOGIES = N_("methodology table")
WHAT_GAPS = N_("table of what the plugin does not cover")
CLASS_LABEL = "{value} {name}"

CREDITED = N_("credited under {methodology}")
NOT_CREDITED = N_("not credited: no CCER blue-carbon methodology covers the class {cls}")
NOT_IN_SCHEME = N_("not credited: class {value} is not in the plugin's class scheme and no methodology is known "
                   "for it")
NO_PROJECT_CLASS = N_("not credited: no project class on this ground (nodata)")
NO_BASELINE = N_("excluded: no baseline class on this ground (nodata)")
ELIGIBLE = N_("eligible under {methodology}: the baseline class {baseline} is an eligible baseline ({classes})")
ELIGIBLE_IF_RETIRED = N_("eligible under {methodology} only if the ponds were taken out of aquaculture: the "
                         "baseline class {baseline} cannot show it, the project's documents must")
EXCLUDED = N_("excluded from {methodology}: the baseline class {baseline} is not an eligible baseline ({classes})")
UNCHECKED = N_("counted under {methodology}, eligibility not checked: the methodology's baseline conditions were "
               "not in the sources available; check against its published text")


@dataclass(frozen=True)
class Methodology:
    id: str
    title_zh: str
    title_en: str
    scope: str
    scope_zh: str
    issued: str
    crediting_period: str
    leakage_rule: str
    buffer_rule: str
    uncertainty_rule: str
    other_rules: str
    source: str
    verified: str


@dataclass(frozen=True)
class Coverage:
    """How one habitat class is credited: ``methodology`` None when no methodology covers it."""
    class_value: int
    methodology: Methodology = None
    eligible_baseline: tuple = ()  # default eligible baseline classes; () = not stated in the sources
    note: str = ""
    note_zh: str = ""
    source: str = ""
    verified: str = ""

    @property
    def credited(self):
        return self.methodology is not None

    def reason(self, translate=None):
        if self.credited:
            return render(CREDITED, {"methodology": self.methodology.id}, translate)
        if self.class_value == NODATA:
            return render(NO_PROJECT_CLASS, {}, translate)
        if self.class_value not in NAMES:
            return render(NOT_IN_SCHEME, {"value": self.class_value}, translate)
        return render(NOT_CREDITED, {"cls": class_label(self.class_value)}, translate)


@dataclass(frozen=True)
class Gap:
    """Something a methodology requires that the plugin does not do."""
    methodology_id: str
    item: str
    item_zh: str
    source: str
    verified: str


@dataclass(frozen=True)
class Eligibility:
    """Whether project ground is credited, given its baseline class: ``eligible`` (counted), ``checked`` (False
    when the methodology's baseline conditions are unknown and the ground is counted anyway), and why."""
    eligible: bool
    checked: bool
    methodology_id: str
    template: str
    fields: dict

    def reason(self, translate=None):
        return render(self.template, self.fields, translate)


@dataclass(frozen=True)
class Catalogue:
    classes: dict        # class value -> Coverage
    methodologies: dict  # id -> Methodology
    gaps: tuple          # Gap, in the table's order


def class_label(value):
    """'3 mangrove' as a text whose class name is translated where shown."""
    return (CLASS_LABEL, {"value": value, "name": (NAMES[value], {}) if value in NAMES else "?"})


def _classes(text, row_no, what):
    out = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        try:
            out.append(int(part))
        except ValueError:
            raise InputError(N_("Row {row} of the {what}: '{value}' is not a class value (a whole number)."),
                             row=row_no, what=what, value=part) from None
    return tuple(out)


def _documented(rows, what):
    for row_no, rec in rows:
        if not rec["source"] or not rec["verified"]:
            raise InputError(N_("Row {row} of the {what} lacks its source or how it was verified; every row of a "
                                "literature table names both."), row=row_no, what=what)
    return rows


def load(habitats=HABITAT_TABLE, methodologies=METHODOLOGY_TABLE, gaps=GAPS_TABLE):
    """The three tables as a Catalogue; a clear InputError on a malformed row."""
    columns = tuple(k for k in Methodology.__dataclass_fields__ if k != "id")
    _, rows = read_rows(methodologies, ("methodology_id",) + columns, WHAT_METHODOLOGIES)
    catalogue = {rec["methodology_id"]: Methodology(rec["methodology_id"], *(rec[k] for k in columns))
                 for _, rec in _documented(rows, WHAT_METHODOLOGIES)}
    _, rows = read_rows(habitats, ("class_value", "methodology_id", "eligible_baseline_classes", "note", "note_zh",
                                   "source", "verified"), WHAT_HABITATS)
    classes = {}
    for row_no, rec in _documented(rows, WHAT_HABITATS):
        value = _classes(rec["class_value"], row_no, WHAT_HABITATS)
        mid = rec["methodology_id"]
        if len(value) != 1 or (mid and mid not in catalogue):
            raise InputError(N_("Row {row} of the {what}: give one class value and a methodology of the methodology "
                                "table (or none)."), row=row_no, what=WHAT_HABITATS)
        classes[value[0]] = Coverage(value[0], catalogue.get(mid) if mid else None,
                                     _classes(rec["eligible_baseline_classes"], row_no, WHAT_HABITATS),
                                     rec["note"], rec["note_zh"], rec["source"], rec["verified"])
    _, rows = read_rows(gaps, ("methodology_id", "item", "item_zh", "source", "verified"), WHAT_GAPS)
    gap_list = tuple(Gap(rec["methodology_id"], rec["item"], rec["item_zh"], rec["source"], rec["verified"])
                     for _, rec in _documented(rows, WHAT_GAPS))
    return Catalogue(classes, catalogue, gap_list)


@functools.lru_cache(maxsize=1)
def default_catalogue():
    return load()


def methodology_for(class_code, catalogue=None):
    """The Coverage of a class: its methodology, or None with the reason it is not credited."""
    catalogue = catalogue or default_catalogue()
    code = int(class_code)
    return catalogue.classes.get(code) or Coverage(code)


def coverage(class_codes, catalogue=None):
    """A Coverage for every class given (credited or not), in the order given."""
    return [methodology_for(c, catalogue) for c in class_codes]


def not_covered(methodology_ids=None, catalogue=None):
    """What the plugin does not do for these methodologies (all rows when None), rows marked 'all' included."""
    catalogue = catalogue or default_catalogue()
    wanted = None if methodology_ids is None else set(methodology_ids) | {"all"}
    return [g for g in catalogue.gaps if wanted is None or g.methodology_id in wanted]


def eligible(baseline_class, project_class, eligible_classes=None, catalogue=None):
    """Is ground of ``project_class`` credited when the baseline map shows ``baseline_class`` there?

    ``eligible_classes``: the eligible baseline classes for the project class's methodology, replacing the table's
    default (for CCER-14-002-V01: 2 tidal flat, 8 aquaculture ponds).
    """
    cover = methodology_for(project_class, catalogue)
    if not cover.credited:
        template = (NO_PROJECT_CLASS if cover.class_value == NODATA else
                    NOT_CREDITED if cover.class_value in NAMES else NOT_IN_SCHEME)
        return Eligibility(False, True, None, template, {"cls": class_label(cover.class_value),
                                                         "value": cover.class_value})
    mid = cover.methodology.id
    allowed = cover.eligible_baseline if eligible_classes is None else _user_classes(eligible_classes)
    baseline = int(baseline_class)
    fields = {"methodology": mid, "baseline": class_label(baseline), "classes": _labels(allowed)}
    if baseline == NODATA:
        return Eligibility(False, True, mid, NO_BASELINE, fields)
    if not allowed:
        return Eligibility(True, False, mid, UNCHECKED, fields)
    if baseline not in allowed:
        return Eligibility(False, True, mid, EXCLUDED, fields)
    return Eligibility(True, True, mid, ELIGIBLE_IF_RETIRED if baseline == AQUACULTURE_PONDS else ELIGIBLE, fields)


def _user_classes(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except (TypeError, ValueError):
            raise InputError(N_("The eligible baseline classes must be class values (whole numbers); got '{value}'."),
                             value=v) from None
    return tuple(out)


def _labels(values):
    """'2 tidal flat, 8 aquaculture ponds' as a text whose class names are translated."""
    template = ", ".join("{c%d}" % i for i in range(len(values)))
    return (template, {"c%d" % i: class_label(v) for i, v in enumerate(values)})
