"""bluecarbon:trainclassifier — train a habitat classifier from labelled samples of one date or several."""
import os
from contextlib import contextmanager

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
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
from ..bluecarbon_qgis.sensor_parameters import BAND_PARAMS, SENSOR_NAMES, add_sensor_parameters, read_band_map

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
        "there must be two classes or more.\n\n"
        "Several dates: training samples of several dates are pooled when DATE_FIELD names each sample's date "
        "and IMAGES adds the images of the other dates, IMAGE_DATES giving the date of INPUT and of each image "
        "of IMAGES in that order (as written in the date field; date fields read as YYYY-MM-DD) and "
        "IMAGE_SENSORS, optionally, each image's SENSOR value. Each sample's features come from the image of its "
        "own date; a date in the field that matches no image is refused. Classes are thinned per date. The log, "
        "the report and the optional table OUTPUT_DATE_ACCURACY give per date the model's accuracy on that date's "
        "samples (out of bag or cross-validated) and that of a model trained on the other dates only, which "
        "shows whether the dates' radiometry agrees. The model records the range of its training spectra "
        "(1st–99th percentile per band and index, overall and per class) and the share of each training image's "
        "pixels whose spectra lie outside the range of the class the model gives them, against which 'Classify "
        "habitats with a trained model' checks an image of any date."
    )
    INPUT, TRAINING, CLASS_FIELD, INDICES = "INPUT", "TRAINING", "CLASS_FIELD", "INDICES"
    DATE_FIELD, IMAGES, IMAGE_DATES, IMAGE_SENSORS = "DATE_FIELD", "IMAGES", "IMAGE_DATES", "IMAGE_SENSORS"
    MAX_SAMPLES_PER_CLASS, METHOD, TREES, SEED = "MAX_SAMPLES_PER_CLASS", "METHOD", "TREES", "SEED"
    OUTPUT_MODEL, OUTPUT_REPORT, OUTPUT_DATE_ACCURACY = "OUTPUT_MODEL", "OUTPUT_REPORT", "OUTPUT_DATE_ACCURACY"

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
        self.add(QgsProcessingParameterField(self.DATE_FIELD, tr("Date field (several dates)"), None, self.TRAINING,
                                             optional=True),
                 "Optional. The date (or any label) of the image each sample was labelled on, matched against "
                 "IMAGE_DATES; samples without a date are skipped.")
        self.add(QgsProcessingParameterMultipleLayers(self.IMAGES, tr("Images of the other dates"),
                                                      QgsProcessing.TypeRaster, optional=True),
                 "Optional. One surface reflectance image per further date, in the order of IMAGE_DATES after "
                 "INPUT's date.")
        self.add(QgsProcessingParameterString(self.IMAGE_DATES, tr("Dates of the images (comma-separated)"), "",
                                              optional=True),
                 "The date of INPUT, then of each image of IMAGES, as written in the date field (for example "
                 "2005,2023 or 2005-01-10,2023-02-02). Without DATE_FIELD: an optional label of INPUT's date.")
        self.add(QgsProcessingParameterString(self.IMAGE_SENSORS, tr("Sensor of each image (comma-separated)"), "",
                                              optional=True),
                 "Optional. The SENSOR value of INPUT, then of each image of IMAGES (0 Sentinel-2 L2A, 1 Landsat "
                 "8/9, 2 Custom, 3 Landsat 4-5 TM, 4 Landsat 7 ETM+), for example 3,0; empty: every image has "
                 "SENSOR's preset.")
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
                 "Validation error matrix per class, accuracy per date, feature importances and the range of "
                 "the training spectra.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_DATE_ACCURACY, tr("Accuracy per date"),
                                                   QgsProcessing.TypeVector, optional=True, createByDefault=True),
                 "Optional. One row per date: date, image, sensor, training features and pixels, accuracy on that "
                 "date's samples (out of bag or cross-validated), accuracy of a model trained on the other dates "
                 "only, and the percent of the image's pixels whose spectra lie outside the training range of "
                 "their class (unseen_pct).")
        self.addOutput(QgsProcessingOutputNumber("VALIDATION_ACCURACY", tr("Validation overall accuracy")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = multiband_raster(self, parameters, self.INPUT, context)
        method = ("rf", "et", "xgb")[self.parameterAsEnum(parameters, self.METHOD, context)]
        require("sklearn")
        if method == "xgb":
            require("xgboost")
        from ..bluecarbon_qgis.engine.imagery import classifier, indices, modelio, multidate
        from ..bluecarbon_qgis.engine.classes import NAMES
        from ..bluecarbon_qgis.engine.reports.html import write_html
        from ..bluecarbon_qgis.engine.reports.training import training_report

        with engine_errors():
            idx_text = self.parameterAsString(parameters, self.INDICES, context)
            names = indices.parse_indices(idx_text) if idx_text.strip() else []
        source = self.parameterAsSource(parameters, self.TRAINING, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TRAINING))
        images = self._images(parameters, context, layer)
        needed = self._needed(parameters, context, names)
        bmaps = []
        for img in images:
            if len(images) > 1:
                feedback.pushInfo(tr("Image of date {date} ({path}):").format(date=img["date"], path=img["path"]))
            bmaps.append(read_band_map(self, parameters, context, img["path"], needed, feedback,
                                       sensor=img["sensor"]))
        field = self.parameterAsString(parameters, self.CLASS_FIELD, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        x, y, sample_date, counts_by_date = self._samples(parameters, context, feedback, source, field, images,
                                                          bmaps, names, seed)
        with engine_errors():
            classes, counts = classifier.check_samples(y)
        feedback.pushInfo(tr("Training on {n} pixels: {detail}").format(
            n=int(counts.sum()), detail=", ".join("{}: {}".format(c, n) for c, n in zip(classes, counts))))
        feedback.setProgress(20)
        trees = self.parameterAsInt(parameters, self.TREES, context)
        with engine_errors(), library_warnings(feedback):
            model, validation = classifier.train(x, y, method, seed=seed, n_estimators=trees)
            by_date = multidate.accuracy_by_date(y, validation["predicted"], sample_date, len(images))
            without = multidate.accuracy_without_date(x, y, sample_date, len(images), method, seed=seed,
                                                      n_estimators=trees)
        feature_names = classifier.feature_names(bmaps[0], names)
        seen = {"classes": [int(c) for c in classes], "class_ranges": multidate.class_ranges(x, y, feature_names)}
        with engine_errors():
            unseen = [multidate.unseen_in_image(img["path"], bmap, names, model, seen)[0]
                      for img, bmap in zip(images, bmaps)]
        feedback.setProgress(90)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))
        dates = [dict(date=img["date"], image=img["path"], sensor=SENSOR_NAMES[img["sensor"]],
                      features=counts_by_date[i], pixels=by_date[i][0], accuracy=by_date[i][1],
                      accuracy_other_dates=without[i], unseen_pct=unseen[i]) for i, img in enumerate(images)]
        self._log_dates(feedback, dates, validation["how"])
        from osgeo import gdal

        ds = gdal.Open(layer.source())
        meta = {
            "method": method, "method_name": METHOD_NAMES[("rf", "et", "xgb").index(method)],
            "features": feature_names, "indices": names,
            "n_features": int(x.shape[1]), "band_map": bmaps[0].to_dict(), "band_how": bmaps[0].how,
            "band_count": ds.RasterCount,
            "band_descriptions": [ds.GetRasterBand(i).GetDescription() for i in range(1, ds.RasterCount + 1)],
            "sensor": images[0]["sensor"], "classes": [int(c) for c in classes],
            "class_names": {str(int(c)): NAMES.get(int(c), "") for c in classes},
            "validation": {"how": validation["how"], "accuracy": validation["accuracy"]},
            "seed": seed, "dates": [dict(d, band_how=b.how) for d, b in zip(dates, bmaps)],
            "feature_ranges": multidate.feature_ranges(x, feature_names), "class_ranges": seen["class_ranges"],
            "unseen_baseline": max(unseen),
        }
        model_path = self.parameterAsFileOutput(parameters, self.OUTPUT_MODEL, context)
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) \
            if parameters.get(self.OUTPUT_REPORT) else None
        with engine_errors():
            modelio.save_model(model_path, model, method, meta)
            if report_path:
                write_html(report_path, training_report(
                    inputs={"image": ", ".join(img["path"] for img in images), "training": source.sourceName(),
                            "class_field": field}, meta=meta, validation=validation, names=NAMES, tr=tr,
                    lang=report_language()))
        table = self._write_dates(parameters, context, dates, validation["how"])
        feedback.pushInfo(tr("Validation ({how}) overall accuracy: {acc:.3f}").format(
            how=validation["how"], acc=validation["accuracy"]))
        return {self.OUTPUT_MODEL: model_path, self.OUTPUT_REPORT: report_path, self.OUTPUT_DATE_ACCURACY: table,
                "VALIDATION_ACCURACY": validation["accuracy"]}

    def _images(self, parameters, context, layer):
        """INPUT and the images of IMAGES, each with its date label and sensor preset."""
        from ..bluecarbon_qgis.engine.imagery import multidate, sensors

        more = self.parameterAsLayerList(parameters, self.IMAGES, context) if parameters.get(self.IMAGES) else []
        for m in more:
            if not m.crs().isValid():
                raise QgsProcessingException(tr("The raster {path} has no coordinate reference system. Assign one "
                                                "(Raster > Projections > Assign Projection) and run again.")
                                             .format(path=m.source()))
        layers = [layer] + list(more)
        dated = bool(self.parameterAsString(parameters, self.DATE_FIELD, context))
        text = self.parameterAsString(parameters, self.IMAGE_DATES, context)
        if more and not dated:
            raise QgsProcessingException(tr(
                "IMAGES holds {n} more image(s), but no DATE_FIELD says which image each training sample belongs "
                "to. Set DATE_FIELD to the samples' date field and IMAGE_DATES to the date of each image.")
                .format(n=len(more)))
        with engine_errors():
            if dated:
                dates = multidate.parse_dates(text, len(layers))
            else:
                dates = [text.strip() or os.path.basename(layer.source())]
        sensor = self.parameterAsEnum(parameters, "SENSOR", context)
        presets = [t.strip() for t in self.parameterAsString(parameters, self.IMAGE_SENSORS, context).split(",")
                   if t.strip()]
        if presets:
            if len(presets) != len(layers) or any(p not in [str(i) for i in range(len(sensors.SENSORS))]
                                                  for p in presets):
                raise QgsProcessingException(tr(
                    "IMAGE_SENSORS lists {given} for {n} image(s): give one SENSOR value per image (0 Sentinel-2 "
                    "L2A, 1 Landsat 8/9, 2 Custom, 3 Landsat 4-5 TM, 4 Landsat 7 ETM+), in the order INPUT, then "
                    "IMAGES.").format(given=", ".join(presets), n=len(layers)))
            if int(presets[0]) != sensor and parameters.get("SENSOR") not in (None, ""):
                raise QgsProcessingException(tr(
                    "IMAGE_SENSORS gives INPUT the preset {first}, but SENSOR is {sensor}: they must agree.")
                    .format(first=presets[0], sensor=sensor))
        return [dict(path=lyr.source(), crs=lyr.crs().toWkt(), date=d,
                     sensor=int(presets[i]) if presets else sensor) for i, (lyr, d) in enumerate(zip(layers, dates))]

    def _needed(self, parameters, context, names):
        """The roles every image must provide: all six, or with the Custom sensor the bands given."""
        from ..bluecarbon_qgis.engine.imagery import indices, sensors

        if self.parameterAsEnum(parameters, "SENSOR", context) != sensors.CUSTOM_INDEX:
            return list(sensors.ROLES)
        given = [r for pid, r in BAND_PARAMS if parameters.get(pid) not in (None, "")]
        return list(dict.fromkeys(given + indices.roles_for(names))) if given else list(sensors.ROLES)

    def _samples(self, parameters, context, feedback, source, field, images, bmaps, names, seed):
        """Feature rows of the training samples, each from the image of its date; (x, y, date index per row,
        training features per date)."""
        import numpy as np

        from ..bluecarbon_qgis.engine.imagery import classifier, multidate

        what = tr("The training layer")
        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context)
        by_crs = {}
        for img in images:
            if img["crs"] not in by_crs:
                with transform_errors(what, source.sourceCrs()):
                    by_crs[img["crs"]] = read_geometries(source, img["crs"], context, feedback, what)
        feats = next(iter(by_crs.values()))[0]
        labels = [_class_value(f, field) for f in feats]
        if date_field:
            with engine_errors():
                which = multidate.match_dates([_date_text(f[date_field]) for f in feats], [i["date"] for i in images])
            undated = sum(1 for w in which if w is None)
            if undated:
                feedback.pushWarning(tr("{n} training feature(s) have no date in {field} and were skipped.")
                                     .format(n=undated, field=date_field))
        else:
            which = [0] * len(feats)
        xs, ys, ds, counts = [], [], [], []
        for d, (img, bmap) in enumerate(zip(images, bmaps)):
            pick = [k for k, w in enumerate(which) if w == d]
            counts.append(len(pick))
            if not pick:
                feedback.pushWarning(tr("No training feature has the date {date}: its image adds nothing to the "
                                        "training.").format(date=img["date"]))
                continue
            geoms = by_crs[img["crs"]][1]
            with engine_errors():
                x, y, outside = classifier.extract_samples(
                    img["path"], bmap, names, [geoms[k] for k in pick], [labels[k] for k in pick],
                    max_per_class=self.parameterAsInt(parameters, self.MAX_SAMPLES_PER_CLASS, context), seed=seed,
                    is_canceled=feedback.isCanceled, date=img["date"] if len(images) > 1 else None)
            if outside:
                feedback.pushWarning(tr("{n} training feature(s) fall outside the image or on nodata and were "
                                        "skipped.").format(n=outside))
            xs.append(x)
            ys.append(y)
            ds.append(np.full(len(y), d))
        return np.vstack(xs), np.concatenate(ys), np.concatenate(ds), counts

    @staticmethod
    def _log_dates(feedback, dates, how):
        for d in dates:
            feedback.pushInfo(tr("Date {date}: {pixels} training pixels from {features} feature(s); accuracy on them "
                                 "({how}) {acc}.").format(date=d["date"], pixels=d["pixels"], features=d["features"],
                                                          how=how, acc=_fmt(d["accuracy"])))
            feedback.pushInfo(tr("Date {date}: {pct:.1f}% of its image's valid pixels have spectra outside the "
                                 "training range of the class the model gives them (pixels unlike the training "
                                 "samples; images classified later are compared with this).").format(
                date=d["date"], pct=d["unseen_pct"]))
            other = d["accuracy_other_dates"]
            if other is None:
                continue
            feedback.pushInfo(tr("Date {date}: a model trained on the other dates only classifies its training "
                                 "pixels with accuracy {acc}.").format(date=d["date"], acc=_fmt(other)))
            from ..bluecarbon_qgis.engine.imagery.multidate import TRANSFER_WARN

            if d["accuracy"] - other > TRANSFER_WARN:
                feedback.pushWarning(tr(
                    "Without its own samples the model does much worse on date {date} ({other} against {acc}): "
                    "that date's radiometry differs from the others'. Keep samples of every date in the training, "
                    "or normalise the images to one reference (Normalise an image to a reference).").format(
                        date=d["date"], other=_fmt(other), acc=_fmt(d["accuracy"])))

    def _write_dates(self, parameters, context, dates, how):
        if not parameters.get(self.OUTPUT_DATE_ACCURACY):
            return None
        from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsWkbTypes
        from qgis.PyQt.QtCore import QVariant

        fields = QgsFields()
        for name, kind in (("date", QVariant.String), ("image", QVariant.String), ("sensor", QVariant.String),
                           ("features", QVariant.Int), ("pixels", QVariant.Int), ("accuracy", QVariant.Double),
                           ("accuracy_other_dates", QVariant.Double), ("validation", QVariant.String),
                           ("unseen_pct", QVariant.Double)):
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_DATE_ACCURACY, context, fields,
                                          QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_DATE_ACCURACY))
        for d in dates:
            f = QgsFeature(fields)
            f.setAttributes([d["date"], d["image"], d["sensor"], d["features"], d["pixels"], _num(d["accuracy"]),
                             _num(d["accuracy_other_dates"]), how, _num(d["unseen_pct"])])
            sink.addFeature(f, QgsFeatureSink.FastInsert)
        del sink
        return dest


def _class_value(feature, field):
    value = feature[field]
    try:
        return int(float(str(value)))
    except (TypeError, ValueError):
        raise QgsProcessingException(tr("Feature {fid}: the class '{value}' in field {field} is not an integer class "
                                        "value.").format(fid=feature.id(), value=value, field=field)) from None


def _date_text(value):
    """A date field's value as text: a date as YYYY-MM-DD, a number without decimals when whole, NULL as None."""
    from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

    from ..bluecarbon_qgis.engine.imagery.multidate import date_key

    if isinstance(value, QVariant):
        return None if value.isNull() else date_key(value.value())
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    return date_key(value)


def _fmt(value):
    return "–" if value is None or value != value else "{:.3f}".format(value)


def _num(value):
    return None if value is None or value != value else float(value)


@contextmanager
def library_warnings(feedback):
    """The classifier library's UserWarnings, each once, as warnings in the log."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in {str(w.message) for w in caught if issubclass(w.category, UserWarning)}:
        feedback.pushWarning(tr("The classifier library warns: {message}").format(message=warning))
