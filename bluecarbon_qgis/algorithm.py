"""What every bluecarbon algorithm shares: translation, groups, engine errors,
progress and cancel adapters, and reading polygons into the engine's form."""
import os
from contextlib import contextmanager

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingException,
)

from .engine.errors import BlueCarbonError
from .i18n import tr

GROUPS = {
    "habitatmapping": "Habitat mapping",
    "carbonaccounting": "Carbon accounting",
    "mariculture": "Mariculture",
    "reporting": "Reporting",
}


class BlueCarbonAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, DISPLAY, GROUP_ID and HELP, and implement initAlgorithm/processAlgorithm."""

    NAME = ""
    DISPLAY = ""
    GROUP_ID = ""
    HELP = ""

    def tr(self, text):
        return tr(text)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802
        return tr(self.DISPLAY)

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def group(self):
        return tr(GROUPS[self.GROUP_ID])

    def shortHelpString(self):  # noqa: N802
        return tr(self.HELP)

    def helpUrl(self):  # noqa: N802
        return "https://github.com/bluecarbon-qgis/bluecarbon#algorithms"

    def add(self, param, help_text=None, advanced=False):
        """Declare a parameter with translated help; ids stay untranslated."""
        if help_text:
            param.setHelp(tr(help_text))
        if advanced:
            param.setFlags(param.flags() | param.FlagAdvanced)
        self.addParameter(param)
        return param


@contextmanager
def engine_errors():
    """Turn the engine's errors into translated QgsProcessingExceptions."""
    try:
        yield
    except BlueCarbonError as exc:
        raise QgsProcessingException(exc.render(tr)) from None


def progress_callback(feedback, start=0.0, span=100.0):
    """A plain ``callable(fraction)`` for the engine, mapped into a range of the progress bar."""
    return lambda fraction: feedback.setProgress(start + span * max(0.0, min(1.0, fraction)))


def require_crs(crs, what):
    if crs is None or not crs.isValid():
        raise QgsProcessingException(
            tr("{what} has no coordinate reference system. Set its CRS (Layer Properties > Source) "
               "and run again.").format(what=what))


def read_polygons(source, target_crs_wkt, context, feedback, what):
    """Features of a polygon source and their geometries as shapely objects in the target CRS.

    Geometries are densified before reprojection so that long straight edges
    follow the shape they have in the source CRS. Invalid geometries are
    repaired with a warning; empty ones are kept (they get zero areas) with a
    warning.
    """
    from shapely import wkb

    if source.featureCount() == 0:
        raise QgsProcessingException(tr("{what} has no features; nothing to account for.").format(what=what))
    require_crs(source.sourceCrs(), what)
    target = QgsCoordinateReferenceSystem.fromWkt(target_crs_wkt)
    transform = None
    if source.sourceCrs() != target:
        transform = QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
    features, geoms = [], []
    for feat in source.getFeatures(QgsFeatureRequest()):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))
        geom = QgsGeometry(feat.geometry())
        if geom.isNull() or geom.isEmpty():
            feedback.pushWarning(tr("Feature {fid} of {what} has no geometry; its areas are zero.")
                                 .format(fid=feat.id(), what=what))
            features.append(feat)
            geoms.append(None)
            continue
        if not geom.isGeosValid():
            feedback.pushWarning(tr("Feature {fid} of {what} has an invalid geometry; it was repaired "
                                    "(check its outline).").format(fid=feat.id(), what=what))
            geom = geom.makeValid()
        if transform is not None:
            box = geom.boundingBox()
            step = max(box.width(), box.height()) / 256.0
            if step > 0:
                geom = geom.densifyByDistance(step)
            geom.transform(transform)
        g = wkb.loads(bytes(geom.asWkb()))
        if not g.is_valid:
            g = g.buffer(0)
        features.append(feat)
        geoms.append(g)
    return features, geoms


def class_raster(alg, parameters, raster_param, band_param, context):
    """The class raster parameter as (layer, engine grid), checked by the engine."""
    from .dependencies import ENGINE, require

    require(*ENGINE)
    from .engine.grid import open_grid

    layer = alg.parameterAsRasterLayer(parameters, raster_param, context)
    if layer is None:
        raise QgsProcessingException(alg.invalidRasterError(parameters, raster_param))
    band = alg.parameterAsInt(parameters, band_param, context) or 1
    with engine_errors():
        return layer, open_grid(layer.source(), band)


def remove_quietly(path):
    try:
        if path and os.path.exists(path):
            os.remove(path)
    except OSError:
        pass
