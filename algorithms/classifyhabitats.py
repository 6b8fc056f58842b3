"""bluecarbon:classifyhabitats — apply a trained classifier to an image, block by block."""
import tempfile

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.dependencies import require
from ..bluecarbon_qgis.feedback import progress_callback
from ..bluecarbon_qgis.i18n import tr
from ..bluecarbon_qgis.rasters import mask_on_grid, multiband_raster, save_class_style
from ..bluecarbon_qgis.scheduler import add_scheduler_parameter, open_executor


class ClassifyHabitats(BlueCarbonAlgorithm):
    NAME = "classifyhabitats"
    DISPLAY = "Classify habitats with a trained model"
    GROUP_ID = "habitatmapping"
    HELP = (
        "Applies a model from 'Train habitat classifier' to an image, block by block (memory does not grow with "
        "the image), and writes the habitat class map (uint8, nodata 0, styled) and optionally the confidence "
        "(the highest class probability, 0–1).\n\n"
        "The image must have the band layout the model was trained on (same number of bands and, when recorded, "
        "the same band descriptions); the model's own band mapping and reflectance scaling are used, and the product's fill values and valid range recorded in the model make those pixels nodata. The model "
        "file is checked before use and a modified or foreign file is refused. An optional mask (raster, non-zero "
        "inside, or polygons) limits the classification."
    )
    INPUT, MODEL, MASK, OUTPUT, OUTPUT_CONFIDENCE = "INPUT", "MODEL", "MASK", "OUTPUT", "OUTPUT_CONFIDENCE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Multiband image")),
                 "Image to classify, of the same product and band layout as the training image.")
        self.add(QgsProcessingParameterFile(self.MODEL, tr("Model file"),
                                            fileFilter=tr("Blue Carbon model (*.bcmodel);;All files (*)")),
                 "A model file written by 'Train habitat classifier' (usually .bcmodel; any file name is accepted, "
                 "the content is checked).")
        self.add(QgsProcessingParameterMapLayer(self.MASK, tr("Mask (raster or polygons)"), optional=True,
                                                types=[QgsProcessing.TypeRaster, QgsProcessing.TypeVectorPolygon]),
                 "Only pixels inside the mask are classified; the rest is nodata.")
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Habitat map")),
                 "Class raster (uint8, nodata 0) in the plugin's class scheme, with its style.")
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT_CONFIDENCE, tr("Confidence"), optional=True,
                                                         createByDefault=True),
                 "Highest class probability per pixel (float32, 0–1).")
        add_scheduler_parameter(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = multiband_raster(self, parameters, self.INPUT, context)
        require("sklearn")
        from osgeo import gdal

        from ..bluecarbon_qgis.engine.imagery import classifier, modelio
        from ..bluecarbon_qgis.engine.imagery.sensors import BandMap

        model_path = self.parameterAsFile(parameters, self.MODEL, context)
        with engine_errors():
            model, meta = modelio.load_model(model_path)
            bmap = BandMap.from_dict(meta["band_map"], meta["band_how"])
            classifier.check_raster_matches(meta, gdal.Open(layer.source()))
        feedback.pushInfo(tr("Model: {method}, classes {classes}, features {features}").format(
            method=meta["method_name"], classes=", ".join(map(str, meta["classes"])),
            features=", ".join(meta["features"])))
        feedback.pushInfo(tr("Bands and scaling as in training: {how}.").format(how=meta["band_how"]))
        not_data = [tr("the image's declared nodata")]
        if bmap.fill:
            not_data.append(tr("DN {values}").format(values=", ".join("{:g}".format(v) for v in bmap.fill)))
        if bmap.valid_range:
            not_data.append(tr("DN outside {lo:g}–{hi:g}").format(lo=bmap.valid_range[0], hi=bmap.valid_range[1]))
        feedback.pushInfo(tr("Not data (the product's fill and valid range recorded in the model): {what}; these "
                             "pixels are nodata in the map.").format(what=", ".join(not_data)))
        out = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        conf = self.parameterAsOutputLayer(parameters, self.OUTPUT_CONFIDENCE, context) \
            if parameters.get(self.OUTPUT_CONFIDENCE) else None
        with tempfile.TemporaryDirectory(prefix="bluecarbon_") as tmp:
            mask_path = mask_on_grid(self, parameters, self.MASK, context, feedback, layer, tmp, tr("The mask layer"))
            with open_executor(self, parameters, context, feedback) as executor, engine_errors():
                classifier.predict_raster(layer.source(), model, meta, bmap, out, confidence_path=conf,
                                          mask_path=mask_path, progress=progress_callback(feedback),
                                          is_canceled=feedback.isCanceled, executor=executor)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))
        save_class_style(out, context)
        return {self.OUTPUT: out, self.OUTPUT_CONFIDENCE: conf}
