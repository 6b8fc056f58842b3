"""bluecarbon:accuracyassessment — error matrix, accuracies and area-adjusted class areas."""
import math

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.feedback import progress_callback
from ..bluecarbon_qgis.i18n import locale_name, tr
from ..bluecarbon_qgis.rasters import class_raster
from ..bluecarbon_qgis.reference_points import read_reference_points
from ..bluecarbon_qgis.scheduler import add_scheduler_parameter, open_executor


def _num(value):
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


class AccuracyAssessment(BlueCarbonAlgorithm):
    NAME = "accuracyassessment"
    DISPLAY = "Accuracy assessment and area-adjusted areas"
    GROUP_ID = "habitatmapping"
    HELP = (
        "Error matrix, overall, user's and producer's accuracy with 95% confidence intervals, and area-adjusted "
        "class areas with 95% intervals, from a class map and labelled reference points of a stratified random "
        "sample (map classes as strata), following Olofsson et al. (2014, Remote Sensing of Environment 148: "
        "42–57).\n\n"
        "Mapped class areas are true ellipsoidal areas, computed by the same code as the carbon stocks tool. "
        "Mapped areas are biased by map errors; the adjusted areas (area_j = A × Σ_i W_i n_ij / n_i·) correct "
        "that bias, and are the areas to multiply by carbon densities in a verified account.\n\n"
        "Points outside the map or on nodata, and points without a reference label, are skipped and counted. "
        "A reference class the map lacks is a real omission and is kept. Where the map's cells differ in area "
        "(a geographic CRS), each point is weighted by its cell's area, so that estimates are shares of area.\n\n"
        "At the edges: a map class without any reference point makes overall accuracy, producer's accuracies "
        "and adjusted areas not estimable (left empty, with a warning naming the class); a class with a single "
        "point has no variance, so no interval is given rather than a wrong one; a class counts as a census "
        "only when every one of its pixels was observed exactly once; a user's accuracy of 0 or 1 has a "
        "0-width interval by Olofsson et al.'s formula, so the Wilson interval (Brown, Cai & DasGupta 2001) "
        "is given beside it.\n\n"
        "The error matrix and the report are optional outputs."
    )
    INPUT, BAND, REFERENCE, REF_FIELD, MAP_FIELD = "INPUT", "BAND", "REFERENCE", "REF_FIELD", "MAP_FIELD"
    OUTPUT, OUTPUT_MATRIX, OUTPUT_REPORT = "OUTPUT", "OUTPUT_MATRIX", "OUTPUT_REPORT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Class map")),
                 "Integer class raster that was sampled.")
        self.add(QgsProcessingParameterBand(self.BAND, tr("Band"), 1, self.INPUT, optional=True),
                 "Band that holds the class values (default 1).")
        self.add(QgsProcessingParameterFeatureSource(self.REFERENCE, tr("Reference points"),
                                                     [QgsProcessing.TypeVectorPoint]),
                 "Labelled sample points, for example from the sampling design tool, in any CRS.")
        self.add(QgsProcessingParameterField(self.REF_FIELD, tr("Reference class field"), "ref_class",
                                             self.REFERENCE, optional=True),
                 "Field with the reference (true) class of each point, as an integer class value (default "
                 "ref_class, as written by the sampling design tool).")
        self.add(QgsProcessingParameterField(self.MAP_FIELD, tr("Map class field"), None, self.REFERENCE,
                                             optional=True),
                 "Field with the map class of each point; when empty the map class is read from the raster.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Accuracy by class"), QgsProcessing.TypeVector),
                 "One row per class: mapped and adjusted areas (ha) with 95% half-widths, user's and producer's "
                 "accuracy with 95% half-widths, the Wilson interval of user's accuracy and a note on the "
                 "interval (census, zero_width, single_unit, no_sample).")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_MATRIX, tr("Error matrix"), QgsProcessing.TypeVector,
                                                   optional=True, createByDefault=True),
                 "Optional. One row per map class: sample counts n_<class> and area proportions p_<class> per "
                 "reference class.")
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_REPORT, tr("Report (HTML)"),
                                                       tr("HTML files (*.html)"), optional=True,
                                                       createByDefault=True),
                 "Optional. HTML report: design, matrices, accuracies, mapped vs adjusted areas chart, formulas.")
        self.addOutput(QgsProcessingOutputNumber("OVERALL_ACCURACY", tr("Overall accuracy")))
        self.addOutput(QgsProcessingOutputNumber("OVERALL_ACCURACY_CI95", tr("Overall accuracy, 95% half-width")))
        add_scheduler_parameter(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer, grid = class_raster(self, parameters, self.INPUT, self.BAND, context)
        from ..bluecarbon_qgis.engine.accuracy.estimators import conditional_proportions, stratified_accuracy
        from ..bluecarbon_qgis.engine.accuracy.sampling import class_pixel_counts
        from ..bluecarbon_qgis.engine.classes import NAMES
        from ..bluecarbon_qgis.engine.raster.executor import map_areas
        from ..bluecarbon_qgis.engine.reports.accuracy import accuracy_report
        from ..bluecarbon_qgis.engine.reports.html import write_html

        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) \
            if parameters.get(self.OUTPUT_REPORT) else None
        sample, unlabelled, source, ref_field = read_reference_points(
            self, parameters, context, feedback, grid, self.REFERENCE, self.REF_FIELD, self.MAP_FIELD)
        with open_executor(self, parameters, context, feedback) as executor, engine_errors():
            areas = map_areas(grid, executor, progress=progress_callback(feedback, 0, 80),
                              is_canceled=feedback.isCanceled)
        with engine_errors():
            classes = sorted(set(areas.classes) | set(sample.map_values) | set(sample.ref_values))
            cp = conditional_proportions(sample.map_values, sample.ref_values, classes, weights=sample.weights)
            mapped_ha = [areas.classes.get(c, 0.0) / 1e4 for c in classes]
            pixels = class_pixel_counts(grid, is_canceled=feedback.isCanceled)
            result = stratified_accuracy(cp.counts, mapped_ha, classes, [pixels.get(c, 0) for c in classes],
                                         distinct_pixels=sample.distinct_pixels(classes), sample=cp)
        notes = [tr(t).format(**f) for t, f in result.notes]
        for n in notes:
            feedback.pushWarning(n)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))

        out = self._write_tables(parameters, context, result, NAMES)
        if report_path:
            html = accuracy_report(
                inputs={"map": layer.source(), "reference": source.sourceName(), "ref_field": ref_field},
                result=result, names=NAMES, skipped=sample.skipped + unlabelled, notes=notes, tr=tr,
                lang=locale_name().split("_")[0], weighted=sample.weights is not None)
            with engine_errors():
                write_html(report_path, html)
        if result.estimable:
            feedback.pushInfo(tr("Overall accuracy {oa:.3f} ± {ci:.3f} from {n} reference points.").format(
                oa=result.overall, ci=result.overall_ci95, n=int(result.counts.sum())))
        else:
            feedback.pushWarning(tr("Overall accuracy and area-adjusted areas are not estimable: map class(es) "
                                    "{classes} have no reference point.").format(
                                        classes=", ".join(str(c) for c in result.unsampled)))
        out.update({self.OUTPUT_REPORT: report_path, "OVERALL_ACCURACY": _num(result.overall),
                    "OVERALL_ACCURACY_CI95": _num(result.overall_ci95)})
        return out

    @staticmethod
    def _ci_note(result, i):
        c = result.classes[i]
        if c in result.unsampled:
            return "no_sample"
        if result.census[i]:
            return "census"
        if c in result.zero_width:
            return "zero_width"
        if result.counts[i].sum() == 1:
            return "single_unit"
        return None

    def _write_tables(self, parameters, context, result, names):
        fields = QgsFields()
        fields.append(QgsField("class_value", QVariant.Int))
        fields.append(QgsField("class_name", QVariant.String))
        for name in ("mapped_ha", "adjusted_ha", "adjusted_ha_ci95", "users_accuracy", "users_accuracy_ci95",
                     "producers_accuracy", "producers_accuracy_ci95", "users_wilson_lo", "users_wilson_hi"):
            fields.append(QgsField(name, QVariant.Double, "double", 20, 6))
        fields.append(QgsField("n_samples", QVariant.Int))
        fields.append(QgsField("ci_note", QVariant.String))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for i, c in enumerate(result.classes):
            f = QgsFeature(fields)
            f.setAttributes([int(c), names.get(c, ""), _num(result.mapped_ha[i]), _num(result.adjusted_ha[i]),
                             _num(result.adjusted_ha_ci95[i]), _num(result.users[i]), _num(result.users_ci95[i]),
                             _num(result.producers[i]), _num(result.producers_ci95[i]),
                             _num(result.users_wilson[i, 0]), _num(result.users_wilson[i, 1]),
                             int(result.counts[i].sum()), self._ci_note(result, i)])
            sink.addFeature(f, QgsFeatureSink.FastInsert)
        del sink
        out = {self.OUTPUT: dest}
        if not parameters.get(self.OUTPUT_MATRIX):
            return out
        mfields = QgsFields()
        mfields.append(QgsField("map_class", QVariant.Int))
        mfields.append(QgsField("map_name", QVariant.String))
        for c in result.classes:
            mfields.append(QgsField("n_{}".format(c), QVariant.Int))
        mfields.append(QgsField("n_total", QVariant.Int))
        for c in result.classes:
            mfields.append(QgsField("p_{}".format(c), QVariant.Double, "double", 20, 8))
        mfields.append(QgsField("p_total", QVariant.Double, "double", 20, 8))
        msink, mdest = self.parameterAsSink(parameters, self.OUTPUT_MATRIX, context, mfields, QgsWkbTypes.NoGeometry)
        if msink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_MATRIX))
        for i, c in enumerate(result.classes):
            f = QgsFeature(mfields)
            row = result.proportions[i]
            f.setAttributes([int(c), names.get(c, "")] + [int(v) for v in result.counts[i]]
                            + [int(result.counts[i].sum())] + [_num(v) for v in row]
                            + [_num(row.sum())])
            msink.addFeature(f, QgsFeatureSink.FastInsert)
        del msink
        out[self.OUTPUT_MATRIX] = mdest
        return out
