"""Raster layers in and out of the algorithms: the class raster and the multiband image parameters, masks on
the image's grid, and the styles of raster outputs."""
import os

from qgis.core import QgsProcessingException

from .algorithm import engine_errors
from .geometries import read_geometries, require_crs
from .i18n import tr


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


def raster_cells(alg, parameters, name, context):
    """The number of cells of a raster parameter's layer, read by QGIS without the engine (0 when there is no
    layer: the algorithm says so when it opens it)."""
    layer = alg.parameterAsRasterLayer(parameters, name, context)
    return layer.width() * layer.height() if layer is not None else 0


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

    qml = os.path.join(os.path.dirname(os.path.dirname(__file__)), "styles", "habitat_classes.qml")
    shutil.copyfile(qml, os.path.splitext(raster_path)[0] + ".qml")
    apply_style_on_load(raster_path, qml, context)


def apply_style_on_load(raster_path, qml, context):
    """Apply the style file ``qml`` to the raster output when the run loads it."""
    from qgis.core import QgsProcessingLayerPostProcessorInterface

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
