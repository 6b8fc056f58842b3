"""bluecarbon:classifyhabitats — apply a trained classifier to an image of any date, block by block."""
import os
import tempfile

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.dependencies import require
from ..bluecarbon_qgis.feedback import progress_callback
from ..bluecarbon_qgis.i18n import tr
from ..bluecarbon_qgis.rasters import mask_on_grid, multiband_raster, save_class_style
from ..bluecarbon_qgis.scheduler import add_scheduler_parameter, open_executor
from ..bluecarbon_qgis.sensor_parameters import add_sensor_parameters, read_band_map, sensor_index


class ClassifyHabitats(BlueCarbonAlgorithm):
    NAME = "classifyhabitats"
    DISPLAY = "Classify habitats with a trained model"
    GROUP_ID = "habitatmapping"
    HELP = (
        "Applies a model from 'Train habitat classifier' to an image, block by block (memory does not grow with "
        "the image), and writes the habitat class map (uint8, nodata 0, styled) and optionally the confidence "
        "(the highest class probability, 0–1).\n\n"
        "Without SENSOR, the image must have the band layout the model was trained on (same number of bands and, "
        "when recorded, the same band descriptions); the model's own band mapping and reflectance scaling are "
        "used, and the product's fill values and valid range recorded in the model make those pixels nodata. "
        "With SENSOR (and the other sensor parameters), the image is read with its own preset: an image of "
        "another date or sensor (a Landsat 5 TM baseline for a model trained on Sentinel-2, or an image "
        "normalised to the training image, read with Custom) is classified on the same features, reflectances "
        "by band role and indices; it must give every feature the model uses.\n\n"
        "Spectra the model has not seen: the model records the range of its training spectra per class (1st–99th "
        "percentile per band and index). On a sample spread over the image (inside the mask), a pixel is unseen "
        "when a band's reflectance lies outside the range of the class the model gives it, widened by 10% of the "
        "range and at least 0.01 reflectance, and down to −0.01 for a band whose training range reaches dark "
        "values (so that water's NIR a little below zero is not flagged when the training had water): hazy "
        "water classified as land is unseen, as land's NIR range does not hold it. Indices are not judged: "
        "ratios of bands at zero leave any range without the spectra being new. The training images themselves have some unseen pixels (surfaces unlike every sample); when the "
        "image's share exceeds theirs by more than UNSEEN_LIMIT (5 percentage points) the run is refused, naming "
        "the features, unless ALLOW_UNSEEN is set (then it warns).\n\n"
        "One grid: with REFERENCE_GRID, the map (and the confidence) is written on that raster's grid — the "
        "reference image's — so that the maps of every date share one grid; classes are resampled with nearest "
        "neighbour, and the log says so.\n\n"
        "The model file is checked before use and a modified or foreign file is refused. An optional mask "
        "(raster, non-zero inside, or polygons) limits the classification."
    )
    INPUT, MODEL, MASK, OUTPUT, OUTPUT_CONFIDENCE = "INPUT", "MODEL", "MASK", "OUTPUT", "OUTPUT_CONFIDENCE"
    REFERENCE_GRID, UNSEEN_LIMIT, ALLOW_UNSEEN = "REFERENCE_GRID", "UNSEEN_LIMIT", "ALLOW_UNSEEN"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Multiband image")),
                 "Image to classify: of the training image's product and band layout, or of any date and sensor "
                 "when SENSOR is set.")
        self.add(QgsProcessingParameterFile(self.MODEL, tr("Model file"),
                                            fileFilter=tr("Blue Carbon model (*.bcmodel);;All files (*)")),
                 "A model file written by 'Train habitat classifier' (usually .bcmodel; any file name is accepted, "
                 "the content is checked).")
        add_sensor_parameters(self, sensor_optional=True)
        self.add(QgsProcessingParameterMapLayer(self.MASK, tr("Mask (raster or polygons)"), optional=True,
                                                types=[QgsProcessing.TypeRaster, QgsProcessing.TypeVectorPolygon]),
                 "Only pixels inside the mask are classified; the rest is nodata.")
        self.add(QgsProcessingParameterRasterLayer(self.REFERENCE_GRID, tr("Reference grid"), optional=True),
                 "Optional. A raster (the reference image of a multi-date project) whose grid the map is written "
                 "on: CRS, extent and pixel size. Classes are resampled with nearest neighbour.")
        self.add(QgsProcessingParameterNumber(self.UNSEEN_LIMIT, tr("Largest excess of unseen spectra (%)"),
                                              QgsProcessingParameterNumber.Double, 5.0, minValue=0.0, maxValue=100.0),
                 "Percentage points by which the share of the image's valid pixels whose spectra lie outside the "
                 "training range of their class may exceed the training images' own share; above it the run is "
                 "refused (or warned about with ALLOW_UNSEEN).", advanced=True)
        self.add(QgsProcessingParameterBoolean(self.ALLOW_UNSEEN, tr("Classify even where the spectra are unseen"),
                                               False, optional=True),
                 "Go on when more of the image's spectra than UNSEEN_LIMIT fall outside the model's training range "
                 "(the log warns).", advanced=True)
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

        model_path = self.parameterAsFile(parameters, self.MODEL, context)
        with engine_errors():
            model, meta = modelio.load_model(model_path)
        feedback.pushInfo(tr("Model: {method}, classes {classes}, features {features}").format(
            method=meta["method_name"], classes=", ".join(map(str, meta["classes"])),
            features=", ".join(meta["features"])))
        own = sensor_index(self, parameters, context) is not None
        bmap = self._band_map(parameters, context, feedback, layer, meta, own)
        grid = self.parameterAsRasterLayer(parameters, self.REFERENCE_GRID, context)
        out = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        conf = self.parameterAsOutputLayer(parameters, self.OUTPUT_CONFIDENCE, context) \
            if parameters.get(self.OUTPUT_CONFIDENCE) else None
        with tempfile.TemporaryDirectory(prefix="bluecarbon_") as tmp:
            mask_path = mask_on_grid(self, parameters, self.MASK, context, feedback, layer, tmp, tr("The mask layer"))
            self._check_unseen(parameters, context, feedback, layer, model, meta, bmap, mask_path)
            resample = grid is not None and self._needs_resampling(feedback, layer, grid)
            map_path = os.path.join(tmp, "map.tif") if resample else out
            conf_path = (os.path.join(tmp, "confidence.tif") if resample else conf) if conf else None
            with open_executor(self, parameters, context, feedback) as executor, engine_errors():
                classifier.predict_raster(layer.source(), model, meta, bmap, map_path, confidence_path=conf_path,
                                          mask_path=mask_path, progress=progress_callback(feedback),
                                          is_canceled=feedback.isCanceled, executor=executor, own_preset=own)
            if feedback.isCanceled():
                raise QgsProcessingException(tr("The run was canceled; no output was written."))
            if resample:
                from ..bluecarbon_qgis.engine.raster.rasterout import FLOAT_NODATA, warp_onto

                like = gdal.Open(grid.source())
                with engine_errors():
                    warp_onto(map_path, like, out, 0)
                    if conf:
                        warp_onto(conf_path, like, conf, FLOAT_NODATA)
        save_class_style(out, context)
        return {self.OUTPUT: out, self.OUTPUT_CONFIDENCE: conf}

    def _band_map(self, parameters, context, feedback, layer, meta, own):
        """The model's band map (the training image's layout), or the image's own preset's when SENSOR is set."""
        from osgeo import gdal

        from ..bluecarbon_qgis.engine.imagery import classifier, indices, sensors

        if own:
            needed = [f for f in meta["features"] if f in sensors.ROLES]
            needed = list(dict.fromkeys(needed + indices.roles_for(meta["indices"])))
            feedback.pushInfo(tr("The image is read with its own sensor preset; the model's features are "
                                 "reflectances by band role and indices (trained on: {how})."
                                 ).format(how=meta["band_how"]))
            bmap = read_band_map(self, parameters, context, layer.source(), needed, feedback)
            with engine_errors():
                classifier.check_features_match(meta, bmap)
            return bmap
        bmap = sensors.BandMap.from_dict(meta["band_map"], meta["band_how"])
        with engine_errors():
            classifier.check_raster_matches(meta, gdal.Open(layer.source()))
        feedback.pushInfo(tr("Bands and scaling as in training: {how}.").format(how=meta["band_how"]))
        not_data = [tr("the image's declared nodata")]
        if bmap.fill:
            not_data.append(tr("DN {values}").format(values=", ".join("{:g}".format(v) for v in bmap.fill)))
        if bmap.valid_range:
            not_data.append(tr("DN outside {lo:g}–{hi:g}").format(lo=bmap.data_range[0], hi=bmap.data_range[1]))
        feedback.pushInfo(tr("Not data (the product's fill and valid range recorded in the model): {what}; these "
                             "pixels are nodata in the map.").format(what=", ".join(not_data)))
        return bmap

    def _check_unseen(self, parameters, context, feedback, layer, model, meta, bmap, mask_path):
        """Measure the share of the image's spectra outside the training range of the class the model gives
        them; refuse when it exceeds the training images' own share by more than UNSEEN_LIMIT, unless
        ALLOW_UNSEEN."""
        from osgeo import gdal

        from ..bluecarbon_qgis.engine.imagery import multidate

        if not meta.get("class_ranges"):
            feedback.pushWarning(tr("The model records no range of its training spectra (it was trained by an "
                                    "earlier version): the image's spectra are not checked against what the model "
                                    "saw. Train it again to have them checked."))
            return
        with engine_errors():
            share, per, n = multidate.unseen_in_image(layer.source(), bmap, meta["indices"], model, meta,
                                                      mask=gdal.Open(mask_path) if mask_path else None)
        base = meta.get("unseen_baseline", 0.0)
        limit = base + self.parameterAsDouble(parameters, self.UNSEEN_LIMIT, context)
        worst = ", ".join("{} {:.1f}%".format(f, p) for f, p in sorted(per.items(), key=lambda t: -t[1])[:4]
                          if p >= 0.05)
        feedback.pushInfo(tr("Spectra outside the training range of the class the model gives them: {share:.1f}% "
                             "of {n} valid pixels sampled{detail}; the training images: {base:.1f}%.").format(
            share=share, n=n, detail=" ({})".format(worst) if worst else "", base=base))
        if share <= limit:
            return
        if self.parameterAsBool(parameters, self.ALLOW_UNSEEN, context):
            feedback.pushWarning(tr("{share:.1f}% of the image's valid pixels have spectra the model has not seen "
                                    "(more than {limit:.1f}%: the training images' {base:.1f}% and UNSEEN_LIMIT); "
                                    "ALLOW_UNSEEN is set, so they are classified anyway: check the map.").format(
                share=share, limit=limit, base=base))
            return
        raise QgsProcessingException(tr(
            "{share:.1f}% of the image's valid pixels have spectra outside the training range of the class the "
            "model gives them, more than the training images' {base:.1f}% plus UNSEEN_LIMIT ({limit:.1f}% in "
            "all); most often in {worst}. The image's radiometry differs from the training images' (another date, "
            "sensor, atmosphere or scaling), or it holds surfaces the model does not know (clouds). Normalise the "
            "image to the training image (Normalise an image to a reference), add training samples of this date, "
            "mask what the model does not know (MASK), check the sensor preset and scaling, or set ALLOW_UNSEEN "
            "to classify anyway.").format(share=share, base=base, limit=limit, worst=worst))

    @staticmethod
    def _needs_resampling(feedback, layer, grid):
        from osgeo import gdal

        from ..bluecarbon_qgis.engine.imagery.normalise import same_grid

        if not grid.crs().isValid():
            raise QgsProcessingException(tr("The reference grid {path} has no coordinate reference system. Assign "
                                            "one and run again.").format(path=grid.source()))
        if same_grid(gdal.Open(layer.source()), gdal.Open(grid.source())):
            feedback.pushInfo(tr("The image is on the reference grid already: the map is written on it as is."))
            return False
        feedback.pushInfo(tr("The map is resampled from the image's grid ({src}, {sdx:g} × {sdy:g}) onto the "
                             "reference grid ({dst}, {ddx:g} × {ddy:g}) with nearest neighbour, as class values "
                             "must be (the confidence too).").format(
            src=layer.crs().authid() or layer.crs().description(), sdx=layer.rasterUnitsPerPixelX(),
            sdy=layer.rasterUnitsPerPixelY(), dst=grid.crs().authid() or grid.crs().description(),
            ddx=grid.rasterUnitsPerPixelX(), ddy=grid.rasterUnitsPerPixelY()))
        return True
