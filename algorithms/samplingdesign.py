"""bluecarbon:samplingdesign — stratified random sample for accuracy assessment."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, class_raster, engine_errors, progress_callback
from ..bluecarbon_qgis.i18n import tr


def parse_expected(text, classes, default):
    """'3:0.7, 5:0.6' -> {class: U}; classes not named get ``default``."""
    out = {c: default for c in classes}
    for item in [t for t in (text or "").replace(";", ",").split(",") if t.strip()]:
        try:
            key, value = item.split(":")
            cls, u = int(key), float(value)
        except ValueError:
            raise QgsProcessingException(tr(
                "Expected user's accuracies must look like '3:0.7, 5:0.6' (class:accuracy); '{item}' does not.")
                .format(item=item.strip())) from None
        if not 0 < u < 1:
            raise QgsProcessingException(tr("Expected user's accuracy {u} for class {cls} must be between 0 and 1.")
                                         .format(u=u, cls=cls))
        out[cls] = u
    return out


class SamplingDesign(BlueCarbonAlgorithm):
    NAME = "samplingdesign"
    DISPLAY = "Sampling design for accuracy assessment"
    GROUP_ID = "habitatmapping"
    HELP = (
        "Draws a stratified random sample of pixels from a class map, with the map classes as strata, for "
        "an accuracy assessment following Olofsson et al. (2014, Remote Sensing of Environment 148: 42–57).\n\n"
        "Sample size: n = (Σ W_i S_i / S(O))², where W_i is the mapped area share of class i (ellipsoidal "
        "areas), S_i = √(U_i (1 − U_i)) with U_i the expected user's accuracy of class i, and S(O) the target "
        "standard error of overall accuracy (their eq. 13). Allocation: proportional to area, with at least "
        "the minimum per class (rare classes such as mangrove need it).\n\n"
        "The output points sit at pixel centres and carry map_class and an empty ref_class: label ref_class "
        "from better reference data (field visits, very-high-resolution imagery), then run the accuracy "
        "assessment. The same seed gives the same sample."
    )
    INPUT, BAND, TARGET_SE, EXPECTED_UA, DEFAULT_UA = "INPUT", "BAND", "TARGET_SE", "EXPECTED_UA", "DEFAULT_UA"
    MIN_PER_CLASS, SAMPLE_SIZE, SEED, OUTPUT = "MIN_PER_CLASS", "SAMPLE_SIZE", "SEED", "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Class map")),
                 "Integer class raster to assess (the plugin's or any other).")
        self.add(QgsProcessingParameterBand(self.BAND, tr("Band"), 1, self.INPUT, optional=True),
                 "Band that holds the class values (default 1).")
        self.add(QgsProcessingParameterNumber(self.TARGET_SE, tr("Target standard error of overall accuracy"),
                                              QgsProcessingParameterNumber.Double, 0.01, minValue=0.001,
                                              maxValue=0.5),
                 "S(O) in the sample size formula; 0.01 is Olofsson et al.'s example.")
        self.add(QgsProcessingParameterString(self.EXPECTED_UA, tr("Expected user's accuracies (class:value, ...)"),
                                              optional=True),
                 "For example '3:0.7, 5:0.6'; classes not listed get the default below. Lower values for classes "
                 "that are hard to map give them more samples.")
        self.add(QgsProcessingParameterNumber(self.DEFAULT_UA, tr("Default expected user's accuracy"),
                                              QgsProcessingParameterNumber.Double, 0.8, minValue=0.01,
                                              maxValue=0.99),
                 "Expected user's accuracy of classes not listed above.")
        self.add(QgsProcessingParameterNumber(self.MIN_PER_CLASS, tr("Minimum sample size per class"),
                                              QgsProcessingParameterNumber.Integer, 50, minValue=2),
                 "Each class gets at least this many points (or all its pixels if it has fewer).")
        self.add(QgsProcessingParameterNumber(self.SAMPLE_SIZE, tr("Total sample size (0 = computed)"),
                                              QgsProcessingParameterNumber.Integer, 0, minValue=0),
                 "Overrides the computed total sample size when above 0.", advanced=True)
        self.add(QgsProcessingParameterNumber(self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Integer,
                                              1, minValue=0),
                 "The same seed draws the same sample.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Sample points"), QgsProcessing.TypeVectorPoint),
                 "Points with map_class (stratum), an empty ref_class to label, and the stratum's mapped area.")
        self.addOutput(QgsProcessingOutputNumber("SAMPLE_SIZE_DRAWN", tr("Number of sample points drawn")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer, grid = class_raster(self, parameters, self.INPUT, self.BAND, context)
        from ..bluecarbon_qgis.engine.accuracy.estimators import allocate, sample_size
        from ..bluecarbon_qgis.engine.accuracy.sampling import class_pixel_counts, stratified_sample
        from ..bluecarbon_qgis.engine.raster.zonal import map_class_areas
        from ..bluecarbon_qgis.engine.classes import NAMES

        target_se = self.parameterAsDouble(parameters, self.TARGET_SE, context)
        min_per = self.parameterAsInt(parameters, self.MIN_PER_CLASS, context)
        fixed_n = self.parameterAsInt(parameters, self.SAMPLE_SIZE, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        with engine_errors():
            areas = map_class_areas(grid, progress=progress_callback(feedback, 0, 40), is_canceled=feedback.isCanceled)
            if not areas.classes:
                raise QgsProcessingException(tr("The class map has no mapped pixels (only nodata)."))
            classes = sorted(areas.classes)
            expected = parse_expected(self.parameterAsString(parameters, self.EXPECTED_UA, context), classes,
                                      self.parameterAsDouble(parameters, self.DEFAULT_UA, context))
            total = sum(areas.classes.values())
            weights = [areas.classes[c] / total for c in classes]
            n = fixed_n or sample_size(weights, [expected[c] for c in classes], target_se)
            alloc = dict(zip(classes, allocate(n, weights, min_per)))
            counts = class_pixel_counts(grid, is_canceled=feedback.isCanceled)
            feedback.setProgress(60)
            points = stratified_sample(grid, alloc, counts, seed, is_canceled=feedback.isCanceled)
        feedback.pushInfo(tr("Sample size {n} (target SE {se}); allocation: {alloc}").format(
            n=n, se=target_se, alloc=", ".join("{}: {}".format(c, alloc[c]) for c in classes)))
        for c in classes:
            if counts.get(c, 0) < alloc[c]:
                feedback.pushWarning(tr("Class {cls} has only {n} pixels; all of them are in the sample.")
                                     .format(cls=c, n=counts.get(c, 0)))
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))
        fields = QgsFields()
        for name, kind in (("sample_id", QVariant.Int), ("map_class", QVariant.Int), ("map_name", QVariant.String),
                           ("ref_class", QVariant.Int), ("stratum_ha", QVariant.Double),
                           ("stratum_n", QVariant.Int)):
            fields.append(QgsField(name, kind))
        crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs.to_wkt())
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        drawn = {}
        for x, y, c in points:
            drawn[c] = drawn.get(c, 0) + 1
        for i, (x, y, c) in enumerate(points, start=1):
            f = QgsFeature(fields)
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            f.setAttributes([i, c, NAMES.get(c, ""), None, areas.classes[c] / 1e4, drawn[c]])
            sink.addFeature(f, QgsFeatureSink.FastInsert)
        feedback.setProgress(100)
        return {self.OUTPUT: dest, "SAMPLE_SIZE_DRAWN": len(points)}
