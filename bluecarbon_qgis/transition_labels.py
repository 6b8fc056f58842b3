"""Reference transitions of labelled sample points: the class at each date, from two fields or from one
field of pairs ('3>1', '3->1', '3→1', '3,1'), turned into the transition map's codes."""
from qgis.core import QgsProcessingException

from .reference_points import _class_number
from .engine.accuracy.transitions_table import pair_label, parse_pair
from .engine.errors import InputError
from .i18n import tr

MAX_LISTED = 10


class TransitionLabels:
    """The reference transition of a feature as a transition code (``read_reference_points``'s ``labels``).

    Pairs the map never shows get codes of their own (``TransitionTable.pair_codes``); a class that is
    neither in the transition table nor in ``known_classes`` (the plugin's class scheme) is an error.
    """

    def __init__(self, table, known_classes, from_field=None, to_field=None, pair_field=None):
        self.table = table
        self.known = sorted(set(known_classes) | set(table.classes))
        self.codes = table.pair_codes(self.known)
        self.from_field, self.to_field, self.pair_field = from_field, to_field, pair_field
        self.fields = [pair_field] if pair_field else [from_field, to_field]
        self.name = pair_field or "{}, {}".format(from_field, to_field)

    def pair(self, feat):
        """(from, to), or None when the feature has no label; raises QgsProcessingException on a bad one."""
        if self.pair_field:
            value = feat[self.pair_field]
            if value is None or (hasattr(value, "isNull") and value.isNull()) or str(value).strip() in ("", "NULL"):
                return None
            try:
                return parse_pair(value)
            except InputError as exc:
                raise QgsProcessingException(tr("Feature {fid}, field {field}: {error}").format(
                    fid=feat.id(), field=self.pair_field, error=exc.render(tr))) from None
        values = []
        for field in (self.from_field, self.to_field):
            try:
                values.append(_class_number(feat[field]))
            except ValueError:
                raise QgsProcessingException(tr(
                    "Feature {fid}: the reference class '{value}' in field {field} is not a whole number. Label "
                    "every point with an integer class value.").format(fid=feat.id(), value=feat[field],
                                                                        field=field)) from None
        if values == [None, None]:
            return None
        if None in values:
            return "half"
        return tuple(values)

    def check(self, source):
        """Refuse, naming the features, points labelled at one date only and classes unknown to the scheme."""
        half, unknown = [], []
        for feat in source.getFeatures():
            pair = self.pair(feat)
            if pair == "half":
                half.append(feat.id())
            elif pair is not None and not set(pair) <= set(self.known):
                unknown.append((feat.id(), pair))
        if half:
            raise QgsProcessingException(tr(
                "{n} reference point(s) have a class at one date only ({fields}): feature(s) {ids}. A transition "
                "needs the reference class at both dates: label both, or leave both empty to skip the point.")
                .format(n=len(half), fields=self.name, ids=", ".join(str(i) for i in half[:MAX_LISTED])
                        + (" …" if len(half) > MAX_LISTED else "")))
        if unknown:
            fid, pair = unknown[0]
            raise QgsProcessingException(tr(
                "{n} reference point(s) name a class that is neither in the transition table nor in the class "
                "scheme: feature {fid} has {pair}. Known classes: {known}. Correct the labels (a class code "
                "that does not exist cannot be placed in the error matrix).").format(
                    n=len(unknown), fid=fid, pair=pair_label(*pair), known=", ".join(str(c) for c in self.known)))

    def __call__(self, feat):
        pair = self.pair(feat)
        if pair == "half":
            raise QgsProcessingException(tr("Feature {fid} has a reference class at one date only ({fields}).")
                                         .format(fid=feat.id(), fields=self.name))
        return None if pair is None else self.codes[pair]


def choose_labels(source, table, known_classes, pair_field, first, second):
    """How the points give their reference transition, checked on every point: two fields (``first`` and
    ``second``; by default ref_from and ref_to when the layer has them and not ``pair_field``), or one field
    of pairs (``pair_field``, default ref_class)."""
    if bool(first) != bool(second):
        raise QgsProcessingException(tr(
            "Give both reference class fields of a transition, REF_FROM_FIELD and REF_TO_FIELD (the class at "
            "the first and at the second date), or neither (then the reference class field holds pairs such "
            "as 3>1)."))
    fields = source.fields().names()
    pair_field = pair_field or "ref_class"
    if not first and pair_field not in fields and {"ref_from", "ref_to"} <= set(fields):
        first, second = "ref_from", "ref_to"
    labels = TransitionLabels(table, known_classes, first, second) if first else \
        TransitionLabels(table, known_classes, pair_field=pair_field)
    for field in labels.fields:
        if field not in fields:
            raise QgsProcessingException(tr(
                "The reference point layer has no field {field}; its fields are: {fields}. On a transition map "
                "give the reference class at each date in two fields (REF_FROM_FIELD and REF_TO_FIELD; the "
                "sampling design writes ref_from and ref_to), or pairs such as 3>1 in the reference class "
                "field.").format(field=field, fields=", ".join(fields)))
    labels.check(source)
    return labels


def buffer_width(source, given, feedback):
    """The buffer stratum width: ``given`` (BUFFER_PIXELS), or the width the sampling design recorded on the
    points (field buffer_px), or 0; a given width other than the recorded one is refused."""
    recorded = set()
    if "buffer_px" in source.fields().names():
        recorded = {int(f["buffer_px"]) for f in source.getFeatures()
                    if f["buffer_px"] is not None and str(f["buffer_px"]) not in ("", "NULL")}
    if len(recorded) > 1:
        raise QgsProcessingException(tr(
            "The reference points record different buffer widths (field buffer_px: {widths}): they come from "
            "different sampling designs, which cannot be assessed together.").format(
                widths=", ".join(str(w) for w in sorted(recorded))))
    on_points = recorded.pop() if recorded else None
    if given is not None and on_points is not None and given != on_points:
        raise QgsProcessingException(tr(
            "BUFFER_PIXELS is {width}, but the points were drawn with a buffer stratum of {points} pixel(s) "
            "(field buffer_px). The strata must be those of the sampling design: set BUFFER_PIXELS={points} "
            "or leave it empty.").format(width=given, points=on_points))
    if given is None and on_points:
        feedback.pushInfo(tr("Buffer stratum of {n} pixel(s), as recorded by the sampling design on the points "
                             "(field buffer_px).").format(n=on_points))
    return given if given is not None else (on_points or 0)
