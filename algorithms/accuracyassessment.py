"""bluecarbon:accuracyassessment — error matrix, accuracies and area-adjusted class areas."""
import math
import tempfile

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
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.engine.errors import N_
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
    HELP_CHANGE = N_(
        "On a transition map (values are from→to class pairs; its transition table is in the GeoTIFF metadata "
        "item BLUECARBON_TRANSITIONS or in a CSV of the same name beside it) the accuracy is that of change: "
        "the reference transition of each point comes from its class at each date, in two fields (REF_FROM_FIELD "
        "and REF_TO_FIELD; by default ref_from and ref_to, as the sampling design writes them) or as pairs such "
        "as 3>1 (also 3->1, 3→1, 3,1) in the reference class field. The results are per transition: "
        "area-adjusted transition areas with 95% intervals, user's and producer's accuracy, and the error "
        "matrix of transitions, by the same estimators. A reference transition the map never shows is an "
        "omission and is kept (with a warning); a class code outside the transition table and the class scheme "
        "is refused, as is a point labelled at one date only. With a buffer stratum (BUFFER_PIXELS, by default "
        "the width the sampling design recorded on the points), the strata are not the map classes and the "
        "estimators are Stehman's (2014, International Journal of Remote Sensing 35: 4923–4939)."
    )
    INPUT, BAND, REFERENCE, REF_FIELD, MAP_FIELD = "INPUT", "BAND", "REFERENCE", "REF_FIELD", "MAP_FIELD"
    OUTPUT, OUTPUT_MATRIX, OUTPUT_REPORT = "OUTPUT", "OUTPUT_MATRIX", "OUTPUT_REPORT"
    REF_FROM_FIELD, REF_TO_FIELD = "REF_FROM_FIELD", "REF_TO_FIELD"
    TRANSITION_TABLE, BUFFER_PIXELS = "TRANSITION_TABLE", "BUFFER_PIXELS"

    def shortHelpString(self):  # noqa: N802
        return super().shortHelpString() + "\n\n" + tr(self.HELP_CHANGE)

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
                 "ref_class, as written by the sampling design tool). On a transition map it may hold pairs "
                 "such as 3>1 (the class at the first and at the second date).")
        self.add(QgsProcessingParameterField(self.REF_FROM_FIELD, tr("Reference class at the first date (transition "
                                                                     "maps)"), None, self.REFERENCE, optional=True),
                 "On a transition map: the field with each point's reference class at the first date (with the "
                 "next field; default ref_from when the points have it).")
        self.add(QgsProcessingParameterField(self.REF_TO_FIELD, tr("Reference class at the second date (transition "
                                                                   "maps)"), None, self.REFERENCE, optional=True),
                 "On a transition map: the field with each point's reference class at the second date (default "
                 "ref_to when the points have it).")
        self.add(QgsProcessingParameterNumber(self.BUFFER_PIXELS, tr("Buffer stratum width in pixels (transition "
                                                                     "maps)"),
                                              QgsProcessingParameterNumber.Integer, None, optional=True, minValue=0,
                                              maxValue=100),
                 "The buffer width the sample was drawn with (0: none). Empty: the width recorded on the points "
                 "(field buffer_px), else 0.")
        self.add(QgsProcessingParameterFile(self.TRANSITION_TABLE, tr("Transition table (CSV), if not with the map"),
                                            extension="csv", optional=True),
                 "The table of a transition map whose GeoTIFF metadata and neighbouring CSV are missing. When "
                 "given, the map is read as a transition map.", advanced=True)
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
        from ..bluecarbon_qgis.engine.accuracy.transitions_table import read_transition_table
        from ..bluecarbon_qgis.engine.reports.accuracy import accuracy_report
        from ..bluecarbon_qgis.engine.reports.html import write_html

        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) \
            if parameters.get(self.OUTPUT_REPORT) else None
        with engine_errors():
            table = read_transition_table(
                grid.path, self.parameterAsFile(parameters, self.TRANSITION_TABLE, context) or None)
        if table is None:
            unused = [p for p in (self.REF_FROM_FIELD, self.REF_TO_FIELD, self.BUFFER_PIXELS)
                      if parameters.get(p) not in (None, "")]
            if unused:
                feedback.pushWarning(tr("The map is a class map, not a transition map (no transition table in its "
                                        "metadata or beside it): {params} apply to transition maps only and are not "
                                        "used.").format(params=", ".join(unused)))
            run = self._assess_classes(parameters, context, feedback, grid)
        else:
            with tempfile.TemporaryDirectory(prefix="bluecarbon_") as tmp:
                run = self._assess_transitions(parameters, context, feedback, grid, table, tmp)
        result, sample, unlabelled, source, ref_field = (run[k] for k in ("result", "sample", "unlabelled",
                                                                          "source", "ref_field"))
        notes = [tr(t).format(**run["shown"](f)) for t, f in result.notes]
        for n in notes:
            feedback.pushWarning(n)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))

        out = self._write_tables(parameters, context, result, run["names"], run.get("transitions"))
        if report_path:
            html = accuracy_report(
                inputs={"map": layer.source(), "reference": source.sourceName(), "ref_field": ref_field},
                result=result, names=run["names"], skipped=sample.skipped + unlabelled, notes=notes, tr=tr,
                lang=locale_name().split("_")[0], weighted=sample.weights is not None,
                strata_design=run.get("strata_design", False))
            with engine_errors():
                write_html(report_path, html)
        if result.estimable:
            feedback.pushInfo(tr("Overall accuracy {oa:.3f} ± {ci:.3f} from {n} reference points.").format(
                oa=result.overall, ci=result.overall_ci95, n=int(result.counts.sum())))
        elif run.get("strata_design"):
            feedback.pushWarning(tr("Overall accuracy and area-adjusted areas are not estimable: stratum/strata "
                                    "{strata} have no reference point.").format(
                                        strata=", ".join(str(run["shown"](dict(stratum=h))["stratum"])
                                                         for h in result.unsampled)))
        else:
            feedback.pushWarning(tr("Overall accuracy and area-adjusted areas are not estimable: map class(es) "
                                    "{classes} have no reference point.").format(
                                        classes=", ".join(str(run["shown"](dict(cls=c))["cls"])
                                                          for c in result.unsampled)))
        out.update({self.OUTPUT_REPORT: report_path, "OVERALL_ACCURACY": _num(result.overall),
                    "OVERALL_ACCURACY_CI95": _num(result.overall_ci95)})
        return out

    def _assess_classes(self, parameters, context, feedback, grid):
        """A class map: the map classes are the strata (Olofsson et al. 2014)."""
        from ..bluecarbon_qgis.engine.accuracy.estimators import conditional_proportions, stratified_accuracy
        from ..bluecarbon_qgis.engine.accuracy.sampling import class_pixel_counts
        from ..bluecarbon_qgis.engine.classes import NAMES
        from ..bluecarbon_qgis.engine.raster.executor import map_areas

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
        return dict(result=result, sample=sample, unlabelled=unlabelled, source=source, ref_field=ref_field,
                    names=NAMES, shown=lambda fields: fields)

    def _assess_transitions(self, parameters, context, feedback, grid, table, folder):
        """A transition map: transition codes as classes; the transitions as strata (Olofsson et al. 2014), or
        with a buffer stratum the estimators for strata that are not the map classes (Stehman 2014)."""
        from ..bluecarbon_qgis.engine.accuracy.change_assessment import assess_change
        from ..bluecarbon_qgis.engine.accuracy.change_strata import ChangeStrata, measure_change_strata
        from ..bluecarbon_qgis.engine.accuracy.transitions_table import pair_label
        from ..bluecarbon_qgis.engine.classes import NAMES
        from ..bluecarbon_qgis.engine.raster.executor import map_areas
        from ..bluecarbon_qgis.transition_labels import buffer_width, choose_labels

        feedback.pushInfo(tr("Transition map: {n} transitions ({c} of them change), table read from {source}.")
                          .format(n=len(table.rows), c=len(table.change_values), source=table.source))
        source = self.parameterAsSource(parameters, self.REFERENCE, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.REFERENCE))
        labels = choose_labels(source, table, NAMES, self.parameterAsString(parameters, self.REF_FIELD, context),
                               self.parameterAsString(parameters, self.REF_FROM_FIELD, context),
                               self.parameterAsString(parameters, self.REF_TO_FIELD, context))
        given = parameters.get(self.BUFFER_PIXELS) not in (None, "")
        buffer_px = buffer_width(source, self.parameterAsInt(parameters, self.BUFFER_PIXELS, context)
                                 if given else None, feedback)
        sample, unlabelled, source, ref_field = read_reference_points(
            self, parameters, context, feedback, grid, self.REFERENCE, self.REF_FIELD, self.MAP_FIELD,
            labels=labels)
        strata = ChangeStrata(table, buffer_px)
        with open_executor(self, parameters, context, feedback) as executor, engine_errors():
            sgrid, sareas, spixels, here = measure_change_strata(
                grid, table, buffer_px, folder, executor, progress=progress_callback(feedback, 0, 50),
                is_canceled=feedback.isCanceled)
            mapped = sareas if not buffer_px else \
                map_areas(grid, None if here else executor, progress=progress_callback(feedback, 50, 40),
                          is_canceled=feedback.isCanceled)
        if here:
            feedback.pushInfo(tr("The strata are measured in this process: the cluster's workers cannot read "
                                 "the temporary stratum raster."))
        with engine_errors():
            run = assess_change(table, buffer_px, sample, sgrid, sareas.classes, spixels, mapped.classes,
                                labels.codes)
        class_names = {c: tr(n) for c, n in NAMES.items()}
        names = {c: (table.by_value[c].label if c in table.by_value else pair_label(*run.pairs[c], class_names))
                 for c in run.classes}
        for h in sorted(sareas.classes):
            feedback.pushInfo(tr("Stratum {value} ({label}, {kind}): {ha:.2f} ha, {pixels} pixels, {n} points.")
                              .format(value=h, label=strata.label(h, tr), kind=strata.kind(h),
                                      ha=sareas.classes[h] / 1e4, pixels=spixels.get(h, 0),
                                      n=run.unit_strata.count(h)))

        def shown(fields):
            out = dict(fields)
            if "cls" in out:
                out["cls"] = "{} ({})".format(out["cls"], names.get(out["cls"], ""))
            if "stratum" in out:
                out["stratum"] = "{} ({})".format(out["stratum"], strata.label(out["stratum"], tr))
            return out
        return dict(result=run.result, sample=sample, unlabelled=unlabelled, source=source, ref_field=ref_field,
                    names=names, shown=shown, strata_design=bool(buffer_px),
                    transitions={c: (a, b, a != b) for c, (a, b) in run.pairs.items() if c in run.classes})

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

    def _write_tables(self, parameters, context, result, names, transitions=None):
        fields = QgsFields()
        fields.append(QgsField("class_value", QVariant.Int))
        fields.append(QgsField("class_name", QVariant.String))
        if transitions is not None:
            for name in ("from_class", "to_class", "change"):
                fields.append(QgsField(name, QVariant.Int))
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
            pair = [] if transitions is None else [int(v) for v in transitions[c]]
            f.setAttributes([int(c), names.get(c, "")] + pair + [
                _num(result.mapped_ha[i]), _num(result.adjusted_ha[i]), _num(result.adjusted_ha_ci95[i]),
                _num(result.users[i]), _num(result.users_ci95[i]), _num(result.producers[i]),
                _num(result.producers_ci95[i]), _num(result.users_wilson[i, 0]), _num(result.users_wilson[i, 1]),
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
