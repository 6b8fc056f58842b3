"""bluecarbon:trainclassifier — train a habitat classifier from labelled samples."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.dependencies import require
from ..bluecarbon_qgis.engine.errors import N_
from ..bluecarbon_qgis.geometries import read_geometries, transform_errors
from ..bluecarbon_qgis.i18n import report_language, tr
from ..bluecarbon_qgis.rasters import multiband_raster
from ..bluecarbon_qgis.sensor_parameters import BAND_PARAMS, add_sensor_parameters, read_band_map

METHOD_NAMES = (N_("Random forest (scikit-learn)"), N_("Extra trees (scikit-learn)"),
                N_("Gradient-boosted trees (XGBoost; fastest prediction)"))


class TrainClassifier(BlueCarbonAlgorithm):
    NAME = "trainclassifier"
    DISPLAY = "Train habitat classifier"
    GROUP_ID = "habitatmapping"
    HELP = (
        "Trains a supervised classifier of habitat classes from labelled training points or polygons on a "
        "surface reflectance image. Features are the image's blue, green, red, NIR, SWIR1 and SWIR2 reflectances "
        "(scaled as the sensor preset says) plus any spectral indices listed.\n\n"
        "Methods: random forest (default, 100 trees, validated out of bag), extra trees (same), and gradient-"
        "boosted trees with XGBoost (validated by 5-fold cross-validation; needs python3-xgboost), whose "
        "prediction is much faster than a deep forest's.\n\n"
        "The model file is a ZIP of plain JSON and numeric arrays (no pickle): loading it never executes code. "
        "It records the features, band mapping, scaling, class values and names, and a checksum: a modified or "
        "foreign file is refused. The HTML report gives the validation error matrix per class and the feature "
        "importances.\n\n"
        "Training samples in another CRS are reprojected. Every class needs at least 10 training pixels, and "
        "there must be two classes or more."
    )
    INPUT, TRAINING, CLASS_FIELD, INDICES = "INPUT", "TRAINING", "CLASS_FIELD", "INDICES"
    MAX_SAMPLES_PER_CLASS, METHOD, TREES, SEED = "MAX_SAMPLES_PER_CLASS", "METHOD", "TREES", "SEED"
    OUTPUT_MODEL, OUTPUT_REPORT = "OUTPUT_MODEL", "OUTPUT_REPORT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Multiband image")),
                 "Surface reflectance image to learn from.")
        add_sensor_parameters(self)
        self.add(QgsProcessingParameterString(self.INDICES, tr("Indices added as features (comma-separated)"),
                                              "NDVI,MNDWI,MVI", optional=True),
                 "Spectral indices computed per pixel and added to the band reflectances; empty for none.")
        self.add(QgsProcessingParameterFeatureSource(self.TRAINING, tr("Training samples"),
                                                     [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]),
                 "Points (the pixel under each) or polygons (the pixels whose centre is inside), any CRS.")
        self.add(QgsProcessingParameterField(self.CLASS_FIELD, tr("Class field"), None, self.TRAINING),
                 "Integer class value of each sample (the plugin's scheme: 1 water … 9 other land).")
        self.add(QgsProcessingParameterNumber(self.MAX_SAMPLES_PER_CLASS, tr("Maximum training pixels per class"),
                                              QgsProcessingParameterNumber.Integer, 2000, minValue=10),
                 "Larger classes are randomly thinned to this many pixels, so that no class swamps the others.")
        self.add(QgsProcessingParameterEnum(self.METHOD, tr("Method"), [tr(m) for m in METHOD_NAMES],
                                            defaultValue=0), "Classifier to train.")
        self.add(QgsProcessingParameterNumber(self.TREES, tr("Number of trees"), QgsProcessingParameterNumber.Integer,
                                              100, minValue=1, maxValue=5000), "Trees or boosting rounds.",
                 advanced=True)
        self.add(QgsProcessingParameterNumber(self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Integer, 1,
                                              minValue=0), "The same seed trains the same model.")
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_MODEL, tr("Model file"),
                                                       tr("Blue Carbon model (*.bcmodel)")),
                 "The trained model (safe format, see above).")
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_REPORT, tr("Validation report (HTML)"),
                                                       tr("HTML files (*.html)"), optional=True,
                                                       createByDefault=True),
                 "Validation error matrix per class and feature importances.")
        self.addOutput(QgsProcessingOutputNumber("VALIDATION_ACCURACY", tr("Validation overall accuracy")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = multiband_raster(self, parameters, self.INPUT, context)
        method = ("rf", "et", "xgb")[self.parameterAsEnum(parameters, self.METHOD, context)]
        require("sklearn")
        if method == "xgb":
            require("xgboost")
        from osgeo import gdal

        from ..bluecarbon_qgis.engine.imagery import classifier, indices, modelio, sensors
        from ..bluecarbon_qgis.engine.classes import NAMES
        from ..bluecarbon_qgis.engine.reports.html import write_html
        from ..bluecarbon_qgis.engine.reports.training import training_report

        with engine_errors():
            idx_text = self.parameterAsString(parameters, self.INDICES, context)
            names = indices.parse_indices(idx_text) if idx_text.strip() else []
        needed = [r for r in sensors.ROLES]
        sensor = self.parameterAsEnum(parameters, "SENSOR", context)
        if sensor == 2:  # Custom: only the bands the user gave
            needed = [r for pid, r in BAND_PARAMS if parameters.get(pid) not in (None, "")]
            needed = list(dict.fromkeys(needed + indices.roles_for(names)))
        bmap = read_band_map(self, parameters, context, layer.source(), needed, feedback)
        source = self.parameterAsSource(parameters, self.TRAINING, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TRAINING))
        field = self.parameterAsString(parameters, self.CLASS_FIELD, context)
        with transform_errors(tr("The training layer"), source.sourceCrs()):
            feats, geoms = read_geometries(source, layer.crs().toWkt(), context, feedback, tr("The training layer"))
        labels = []
        for f in feats:
            value = f[field]
            try:
                labels.append(int(float(str(value))))
            except (TypeError, ValueError):
                raise QgsProcessingException(tr("Feature {fid}: the class '{value}' in field {field} is not an "
                                                "integer class value.").format(fid=f.id(), value=value,
                                                                               field=field)) from None
        seed = self.parameterAsInt(parameters, self.SEED, context)
        with engine_errors():
            x, y, outside = classifier.extract_samples(
                layer.source(), bmap, names, geoms, labels,
                max_per_class=self.parameterAsInt(parameters, self.MAX_SAMPLES_PER_CLASS, context), seed=seed,
                is_canceled=feedback.isCanceled)
            classes, counts = classifier.check_samples(y)
        if outside:
            feedback.pushWarning(tr("{n} training feature(s) fall outside the image or on nodata and were skipped.")
                                 .format(n=outside))
        feedback.pushInfo(tr("Training on {n} pixels: {detail}").format(
            n=int(counts.sum()), detail=", ".join("{}: {}".format(c, n) for c, n in zip(classes, counts))))
        feedback.setProgress(20)
        import warnings

        with engine_errors(), warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            model, validation = classifier.train(x, y, method, seed=seed,
                                                 n_estimators=self.parameterAsInt(parameters, self.TREES, context))
        for warning in {str(w.message) for w in caught if issubclass(w.category, UserWarning)}:
            feedback.pushWarning(tr("The classifier library warns: {message}").format(message=warning))
        feedback.setProgress(90)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))
        ds = gdal.Open(layer.source())
        meta = {
            "method": method, "method_name": METHOD_NAMES[("rf", "et", "xgb").index(method)],
            "features": classifier.feature_names(bmap, names), "indices": names,
            "n_features": int(x.shape[1]), "band_map": bmap.to_dict(), "band_how": bmap.how,
            "band_count": ds.RasterCount,
            "band_descriptions": [ds.GetRasterBand(i).GetDescription() for i in range(1, ds.RasterCount + 1)],
            "sensor": sensor, "classes": [int(c) for c in classes],
            "class_names": {str(int(c)): NAMES.get(int(c), "") for c in classes},
            "validation": {"how": validation["how"], "accuracy": validation["accuracy"]},
            "seed": seed,
        }
        model_path = self.parameterAsFileOutput(parameters, self.OUTPUT_MODEL, context)
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) \
            if parameters.get(self.OUTPUT_REPORT) else None
        with engine_errors():
            modelio.save_model(model_path, model, method, meta)
            if report_path:
                write_html(report_path, training_report(
                    inputs={"image": layer.source(), "training": source.sourceName(), "class_field": field},
                    meta=meta, validation=validation, names=NAMES, tr=tr, lang=report_language()))
        feedback.pushInfo(tr("Validation ({how}) overall accuracy: {acc:.3f}").format(
            how=validation["how"], acc=validation["accuracy"]))
        return {self.OUTPUT_MODEL: model_path, self.OUTPUT_REPORT: report_path,
                "VALIDATION_ACCURACY": validation["accuracy"]}
