"""Reading the labelled reference points of an accuracy sample and pairing them with the class map."""
import math

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProcessingException, QgsWkbTypes

from .algorithm import engine_errors
from .geometries import require_crs
from .i18n import tr


def _class_number(value):
    """A class label as int, or None when the field is empty; raises ValueError when not a whole number."""
    if value is None or (hasattr(value, "isNull") and value.isNull()) or str(value).strip() in ("", "NULL"):
        return None
    number = float(str(value).strip())
    if number != int(number):
        raise ValueError(value)
    return int(number)


def read_reference_points(alg, parameters, context, feedback, grid, ref_param, ref_field_param,
                          map_field_param=None, labels=None):
    """Labelled reference points of a stratified sample, paired with the class map.

    Checks the layer (points, CRS, fields), reprojects the points to the map's
    CRS and reads the map class under each (or from the map-class field).
    ``labels``, when given, reads each feature's reference label instead of the
    reference class field: a callable (feature -> int or None when unlabelled)
    with ``fields`` (the fields it reads) and ``name`` (how to name them).
    Returns (engine ReferenceSample, number of unlabelled points, source, ref_field).
    """
    from .engine.accuracy.sampling import reference_sample

    source = alg.parameterAsSource(parameters, ref_param, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, ref_param))
    what = tr("The reference point layer")

    def not_points(kind):
        return QgsProcessingException(tr(
            "{what} ({name}) holds {kind}, not points. The reference sample must be points, one per sample "
            "unit, as written by the sampling design tool; points can be drawn in polygons with Vector › "
            "Research Tools › Random Points Inside Polygons.").format(
                what=what, name=source.sourceName(), kind=QgsWkbTypes.geometryDisplayString(kind)))

    layer_kind = QgsWkbTypes.geometryType(source.wkbType())
    if layer_kind in (QgsWkbTypes.LineGeometry, QgsWkbTypes.PolygonGeometry):
        raise not_points(layer_kind)
    if source.featureCount() == 0:
        raise QgsProcessingException(tr("{what} has no features; nothing to account for.").format(what=what))
    require_crs(source.sourceCrs(), what)
    ref_field = labels.name if labels else alg.parameterAsString(parameters, ref_field_param, context) or "ref_class"
    map_field = alg.parameterAsString(parameters, map_field_param, context) if map_field_param else ""
    names = source.fields().names()
    for field in [f for f in (labels.fields if labels else [ref_field]) + [map_field] if f]:
        if field not in names:
            raise QgsProcessingException(tr(
                "{what} has no field {field}; its fields are: {fields}. Set the reference class field to the "
                "field that holds the labels.").format(what=what, field=field, fields=", ".join(names)))

    target = QgsCoordinateReferenceSystem.fromWkt(grid.crs.to_wkt())
    transform = None if source.sourceCrs() == target else \
        QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
    if transform is not None:
        feedback.pushInfo(tr("Reference points are reprojected from {src} to the map's CRS.")
                          .format(src=source.sourceCrs().authid()))
    refs, maps_from_field, xy, unlabelled, total = [], [], [], 0, 0
    for feat in source.getFeatures():
        total += 1
        try:
            ref = labels(feat) if labels else _class_number(feat[ref_field])
        except ValueError:
            raise QgsProcessingException(tr(
                "Feature {fid}: the reference class '{value}' in field {field} is not a whole number. Label "
                "every point with an integer class value.").format(fid=feat.id(), value=feat[ref_field],
                                                                    field=ref_field)) from None
        geom = feat.geometry()
        if ref is None or geom.isNull() or geom.isEmpty():
            unlabelled += 1
            continue
        if geom.type() != QgsWkbTypes.PointGeometry:
            raise not_points(geom.type())
        if transform is not None:
            try:
                geom.transform(transform)
            except Exception:  # QgsCsException: coordinates outside the valid area of the layer's CRS
                raise QgsProcessingException(tr(
                    "Feature {fid} of {what} cannot be transformed from {src} to the map's CRS: its coordinates "
                    "lie outside the valid area of {src}. The layer's CRS is probably wrong (for example UTM "
                    "metres in a file read as EPSG:4326); set the right CRS and run again.").format(
                        fid=feat.id(), what=what, src=source.sourceCrs().authid())) from None
        pt = geom.asPoint() if not geom.isMultipart() else geom.asMultiPoint()[0]
        if not (math.isfinite(pt.x()) and math.isfinite(pt.y())):
            raise QgsProcessingException(tr(
                "Feature {fid} of {what} has no valid position in the map's CRS; check the layer's CRS.")
                .format(fid=feat.id(), what=what))
        refs.append(ref)
        xy.append((pt.x(), pt.y()))
        if map_field:
            try:
                maps_from_field.append(_class_number(feat[map_field]))
            except ValueError:
                raise QgsProcessingException(tr("Feature {fid}: the map class '{value}' in field {field} is "
                                                "not a whole number.").format(
                                                    fid=feat.id(), value=feat[map_field], field=map_field)) from None
    if unlabelled:
        feedback.pushWarning(tr("{n} point(s) have no reference class and were skipped.").format(n=unlabelled))
    if not refs:
        raise QgsProcessingException(tr(
            "No reference point is labelled: the field {field} is empty in all {n} points of {layer}. A sample "
            "from the sampling design tool has to be labelled before it can be assessed: enter the true class "
            "of each point in {field} (from field visits or very-high-resolution imagery, in the layer's "
            "attribute table), or choose a labelled reference layer and its class field.").format(
                field=ref_field, n=total, layer=source.sourceName()))
    with engine_errors():
        sample = reference_sample(grid, xy, refs, maps_from_field if map_field else None)
    if sample.skipped:
        feedback.pushWarning(tr("{n} reference point(s) fall outside the map or on nodata and were skipped.")
                             .format(n=sample.skipped))
    if not sample.map_values:
        raise QgsProcessingException(tr("None of the reference points falls on a mapped pixel; check that the "
                                        "points and the map cover the same place."))
    if sample.weights is not None:
        feedback.pushInfo(tr(
            "The map's cells differ in area ({lo:.6g} to {hi:.6g} m² at the reference points), and pixels are "
            "drawn with equal probability: each point is weighted by its cell's ellipsoidal area (ratio "
            "estimator), so that the estimates are shares of area, not of pixel counts.").format(
                lo=float(sample.cell_m2.min()), hi=float(sample.cell_m2.max())))
    return sample, unlabelled, source, ref_field
