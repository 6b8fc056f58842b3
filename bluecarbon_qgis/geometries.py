"""Reading vector layers into the engine's form: the CRS checks, polygons and points as shapely geometries in
a target CRS, the coordinate operation QGIS would choose, and failed transformations as clear messages."""
from contextlib import contextmanager

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)

from .algorithm import engine_errors
from .i18n import tr


@contextmanager
def transform_errors(what, crs):
    """Turn a failed coordinate transformation (coordinates outside the valid area of the layer's CRS) into
    a message naming the likely cause: a layer whose CRS is wrong."""
    from qgis.core import QgsCsException

    try:
        yield
    except QgsCsException:
        raise QgsProcessingException(
            tr("{what} has coordinates outside the valid area of its CRS ({crs}), so they cannot be transformed. "
               "Most likely the layer's CRS is wrong, for example coordinates in metres in a file read as "
               "WGS 84 degrees (a GeoJSON file without a \"crs\" member). Set the layer's correct CRS and run "
               "again.").format(what=what, crs=crs.authid() or crs.description())) from None


def require_crs(crs, what, extent=None):
    """Refuse a layer without a CRS; with ``extent`` (a QgsRectangle in that CRS), also refuse a layer whose
    coordinates lie outside the valid area of its CRS (the CRS is then probably wrong)."""
    if crs is None or not crs.isValid():
        raise QgsProcessingException(
            tr("{what} has no coordinate reference system. Set its CRS (Layer Properties > Source) "
               "and run again.").format(what=what))
    if extent is not None and not extent.isNull() and not extent.isEmpty():
        from .engine.raster.geometry import check_extent

        with engine_errors():
            check_extent(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED), what,
                         (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()))


def read_geometries(source, target_crs_wkt, context, feedback, what):
    """Features of a vector source (polygons or points) and their geometries as shapely objects in the
    target CRS.

    The engine (``engine.raster.geometry.prepare_geometries``) does the work:
    coordinates outside the valid area of the layer's CRS are refused, rings
    are unwrapped across the antimeridian, invalid polygons are repaired part
    by part (a warning gives the area before and after), and each part is
    densified before reprojection. Features without geometry are kept (their
    areas are zero) with a warning. The reprojection uses the coordinate
    operation (datum transformation) the context's transform context chooses
    for the two CRSs, as QGIS itself would, and the log names it.
    """
    from shapely import wkb

    from .engine.raster.geometry import prepare_geometries

    if source.featureCount() == 0:
        raise QgsProcessingException(tr("{what} has no features; nothing to account for.").format(what=what))
    require_crs(source.sourceCrs(), what)
    features, raw = [], []
    for feat in source.getFeatures(QgsFeatureRequest()):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))
        geom = feat.geometry()
        features.append(feat)
        if geom.isNull() or geom.isEmpty():
            feedback.pushWarning(tr("Feature {fid} of {what} has no geometry; its areas are zero.")
                                 .format(fid=feat.id(), what=what))
            raw.append(None)
            continue
        if QgsWkbTypes.isCurvedType(geom.wkbType()):
            geom = QgsGeometry(geom.constGet().segmentize())
        raw.append(wkb.loads(bytes(geom.asWkb())))
    src_wkt = source.sourceCrs().toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)
    operation, inverse = _project_operation(source.sourceCrs(), target_crs_wkt, context, feedback, what)
    with engine_errors():
        geoms, warnings = prepare_geometries(raw, src_wkt, target_crs_wkt, what=what,
                                             ids=[f.id() for f in features], is_canceled=feedback.isCanceled,
                                             operation=operation, inverse=inverse)
    for template, fields in warnings:
        feedback.pushWarning(tr(template).format(**fields))
    return features, geoms


def _project_operation(src_crs, target_crs_wkt, context, feedback, what):
    """(PROJ string, inverse) of the coordinate operation the context's transform context chooses from
    ``src_crs`` to the target CRS (an empty string: QGIS has no preference, PROJ's default is used), logged."""
    from .engine.raster.geometry import coordinate_operation

    dst_crs = QgsCoordinateReferenceSystem.fromWkt(target_crs_wkt)
    if src_crs == dst_crs:
        return "", False
    transform_context = context.transformContext()
    operation = transform_context.calculateCoordinateOperation(src_crs, dst_crs) or ""
    inverse = bool(operation) and transform_context.mustReverseCoordinateOperation(src_crs, dst_crs)
    with engine_errors():
        chosen = coordinate_operation(src_crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED), target_crs_wkt,
                                      operation, inverse)
    if chosen is None:
        return "", False
    names = dict(what=what, src=src_crs.authid() or src_crs.description(),
                 dst=dst_crs.authid() or dst_crs.description(), operation=chosen.description)
    if operation:
        feedback.pushInfo(tr("{what} is transformed from {src} to {dst} with the coordinate operation chosen in the "
                             "project's transformations: {operation}").format(**names))
    else:
        feedback.pushInfo(tr("{what} is transformed from {src} to {dst} with PROJ's default coordinate operation "
                             "(the project chooses none): {operation}").format(**names))
    return operation, inverse
