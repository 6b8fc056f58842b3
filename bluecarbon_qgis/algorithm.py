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

from .engine.errors import BlueCarbonError, N_
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


def read_geometries(source, target_crs_wkt, context, feedback, what):
    """Features of a vector source (polygons or points) and their geometries as shapely objects in the
    target CRS.

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
    from .engine.raster.grid import open_grid

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


SENSOR, S2_BASELINE, SCALE, OFFSET, FAI_NIR = "SENSOR", "S2_BASELINE", "SCALE", "OFFSET", "FAI_NIR"
BAND_PARAMS = (("BAND_BLUE", "blue"), ("BAND_GREEN", "green"), ("BAND_RED", "red"), ("BAND_NIR", "nir"),
               ("BAND_SWIR1", "swir1"), ("BAND_SWIR2", "swir2"))
BAND_LABELS = {"BAND_BLUE": N_("Blue band (Custom)"), "BAND_GREEN": N_("Green band (Custom)"),
               "BAND_RED": N_("Red band (Custom)"), "BAND_NIR": N_("NIR band (Custom)"),
               "BAND_SWIR1": N_("SWIR1 band (Custom)"), "BAND_SWIR2": N_("SWIR2 band (Custom)")}


def add_sensor_parameters(alg):
    """The sensor preset, Sentinel-2 baseline and Custom band/scaling parameters, shared by the
    habitat mapping algorithms so that they read imagery the same way."""
    from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterNumber

    alg.add(QgsProcessingParameterEnum(SENSOR, tr("Sensor"), [tr("Sentinel-2 Level-2A"),
                                                              tr("Landsat 8/9 Collection 2 Level-2"),
                                                              tr("Custom")], defaultValue=0),
            "Presets know each product's band order, scaling, fill and saturation values, and find bands by their "
            "descriptions (B4, SR_B5, …); without descriptions they need the full product's band order. Custom "
            "uses the band numbers, scale and offset below. The log says which bands, offset and scaling were "
            "used and why.")
    alg.add(QgsProcessingParameterEnum(S2_BASELINE, tr("Sentinel-2 processing baseline"),
                                       [tr("Automatic: metadata, else decided from the data"),
                                        tr("Before 04.00: reflectance = DN / 10000"),
                                        tr("04.00 or later: reflectance = (DN − 1000) / 10000")], defaultValue=0),
            "Sentinel-2 L2A products from processing baseline 04.00 (January 2022) and the 2015–2021 "
            "Collection-1 reprocessing carry an offset of −1000. Automatic reads BOA_ADD_OFFSET (band metadata, "
            "GDAL offset, MTD_MSIL2A.xml, a STAC item beside the file, the product name); without them it decides "
            "from the darkest SWIR values (water sits near 1000 DN with the offset, near 0 without) or refuses. "
            "A setting the data contradict is warned about.")
    alg.add(QgsProcessingParameterEnum(FAI_NIR, tr("NIR band of FAI (Sentinel-2)"),
                                       [tr("NIR (B8, 833 nm)"), tr("Narrow NIR (B8A, 865 nm)")], defaultValue=0,
                                       optional=True),
            "The floating algae index with B8A matches Hu 2009's 859 nm band and B11's 20 m grid; the image must "
            "hold a band described as B8A (or the full L2A band order).", advanced=True)
    for pid, _ in BAND_PARAMS:
        alg.add(QgsProcessingParameterNumber(pid, tr(BAND_LABELS[pid]), QgsProcessingParameterNumber.Integer,
                                             optional=True, minValue=1),
                "1-based band number, used with the Custom sensor.", advanced=True)
    alg.add(QgsProcessingParameterNumber(SCALE, tr("Scale (Custom)"), QgsProcessingParameterNumber.Double,
                                         optional=True),
            "Reflectance = DN × scale + offset, used with the Custom sensor. Empty: the file's own GDAL scale "
            "and offset (1 and 0 when it has none); values whose median is not a reflectance are refused.",
            advanced=True)
    alg.add(QgsProcessingParameterNumber(OFFSET, tr("Offset (Custom)"), QgsProcessingParameterNumber.Double,
                                         optional=True),
            "Reflectance = DN × scale + offset, used with the Custom sensor. Empty: the file's GDAL offset (or 0).",
            advanced=True)


def _optional_number(alg, parameters, name, context):
    value = parameters.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return alg.parameterAsDouble(parameters, name, context)


def read_band_map(alg, parameters, context, path, needed, feedback=None):
    """The engine's band map of the image for the roles ``needed``; with ``feedback``, the log says which bands,
    offset and scaling were used and why, and warns where the data contradict a setting."""
    from .engine.imagery import sensors

    baseline = (sensors.S2_AUTO, sensors.S2_BEFORE_0400, sensors.S2_FROM_0400)[
        alg.parameterAsEnum(parameters, S2_BASELINE, context)]
    custom = {}
    for pid, role in BAND_PARAMS:
        if parameters.get(pid) not in (None, ""):
            custom[role] = alg.parameterAsInt(parameters, pid, context)
    fai_narrow = (alg.parameterDefinition(FAI_NIR) is not None and parameters.get(FAI_NIR) not in (None, "")
                  and alg.parameterAsEnum(parameters, FAI_NIR, context) == 1)
    with engine_errors():
        bmap = sensors.band_map(path, alg.parameterAsEnum(parameters, SENSOR, context), custom_bands=custom,
                                scale=_optional_number(alg, parameters, SCALE, context),
                                offset=_optional_number(alg, parameters, OFFSET, context),
                                s2_baseline=baseline, needed=needed, fai_narrow=fai_narrow)
    if feedback is not None:
        for note in bmap.notes:
            feedback.pushInfo(sensors.render(note, tr))
        for note in bmap.warnings:
            feedback.pushWarning(sensors.render(note, tr))
    return bmap


def multiband_raster(alg, parameters, name, context):
    from .dependencies import ENGINE, require

    require(*ENGINE)
    layer = alg.parameterAsRasterLayer(parameters, name, context)
    if layer is None:
        raise QgsProcessingException(alg.invalidRasterError(parameters, name))
    if not layer.crs().isValid():
        raise QgsProcessingException(tr("The raster {path} has no coordinate reference system. Assign one "
                                        "(Raster > Projections > Assign Projection) and run again.")
                                     .format(path=layer.source()))
    return layer


def save_class_style(raster_path, context):
    """Write the habitat class style beside a class raster and apply it when the output is loaded."""
    import shutil

    from qgis.core import QgsProcessingLayerPostProcessorInterface

    qml = os.path.join(os.path.dirname(os.path.dirname(__file__)), "styles", "habitat_classes.qml")
    shutil.copyfile(qml, os.path.splitext(raster_path)[0] + ".qml")

    class _Style(QgsProcessingLayerPostProcessorInterface):
        def postProcessLayer(self, layer, ctx, feedback):  # noqa: N802
            if layer is not None and layer.isValid():
                layer.loadNamedStyle(qml)
                layer.triggerRepaint()

    if context.willLoadLayerOnCompletion(raster_path):
        processor = _Style()
        _STYLERS.append(processor)  # the interface must outlive this call
        context.layerToLoadOnCompletionDetails(raster_path).setPostProcessor(processor)


_STYLERS = []


def mask_on_grid(alg, parameters, name, context, feedback, image_layer, folder, what):
    """A raster-or-polygon mask parameter as a uint8 raster on the image's grid (path), or None.

    Rasters are warped lazily (VRT, nearest); polygons are reprojected to the image's CRS and burnt. A mask
    that covers no pixel of the image is refused (its CRS is likely wrong); partial cover is logged.
    """
    from osgeo import gdal
    from qgis.core import QgsMapLayer, QgsProcessingFeatureSource

    from .engine.imagery import rules

    layer = alg.parameterAsLayer(parameters, name, context)
    if layer is None:
        return None
    like = gdal.Open(image_layer.source())
    if layer.type() == QgsMapLayer.RasterLayer:
        require_crs(layer.crs(), what)
        path = rules.warp_to(layer.source(), like, os.path.join(folder, name.lower() + ".vrt"))
    else:
        _, geoms = read_geometries(QgsProcessingFeatureSource(layer, context), image_layer.crs().toWkt(), context,
                                   feedback, what)
        path = rules.rasterize([g.wkb for g in geoms if g is not None], like,
                               os.path.join(folder, name.lower() + ".tif"))
    share = rules.grid_coverage(path, nonzero=True)
    if share == 0:
        raise QgsProcessingException(
            tr("{what} covers no pixel of the image: check its coordinate reference system ({crs}; the image is "
               "in {image_crs}) and that it lies over the image.").format(
                what=what, crs=layer.crs().authid() or layer.crs().description(),
                image_crs=image_layer.crs().authid() or image_layer.crs().description()))
    feedback.pushInfo(tr("{what} covers {pct:.1f}% of the image.").format(what=what, pct=100.0 * share))
    return path
