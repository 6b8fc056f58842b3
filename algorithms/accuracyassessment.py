"""bluecarbon:accuracyassessment — error matrix, accuracies and area-adjusted class areas."""
import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
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

from ..bluecarbon_qgis.algorithm import (
    BlueCarbonAlgorithm, class_raster, engine_errors, progress_callback, remove_quietly, require_crs)
from ..bluecarbon_qgis.i18n import locale_name, tr


def _num(value):
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def _class_number(value):
    """A class label as int, or None when the field is empty; raises ValueError when not a whole number."""
    if value is None or (hasattr(value, "isNull") and value.isNull()) or str(value).strip() in ("", "NULL"):
        return None
    number = float(str(value).strip())
    if number != int(number):
        raise ValueError(value)
    return int(number)


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
        "A reference class the map lacks is a real omission and is kept. A map class with fewer than two "
        "reference points has no variance: no interval is given rather than a wrong one."
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
                                             self.REFERENCE),
                 "Field with the reference (true) class of each point, as an integer class value.")
        self.add(QgsProcessingParameterField(self.MAP_FIELD, tr("Map class field"), None, self.REFERENCE,
                                             optional=True),
                 "Field with the map class of each point; when empty the map class is read from the raster.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Accuracy by class"), QgsProcessing.TypeVector),
                 "One row per class: mapped and adjusted areas (ha) with 95% half-widths, user's and producer's "
                 "accuracy with 95% half-widths.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_MATRIX, tr("Error matrix"), QgsProcessing.TypeVector),
                 "One row per map class: sample counts n_<class> and area proportions p_<class> per reference "
                 "class.")
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_REPORT, tr("Report (HTML)"),
                                                       tr("HTML files (*.html)"), optional=True,
                                                       createByDefault=False),
                 "HTML report: design, matrices, accuracies, mapped vs adjusted areas chart, formulas.")
        self.addOutput(QgsProcessingOutputNumber("OVERALL_ACCURACY", tr("Overall accuracy")))
        self.addOutput(QgsProcessingOutputNumber("OVERALL_ACCURACY_CI95", tr("Overall accuracy, 95% half-width")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer, grid = class_raster(self, parameters, self.INPUT, self.BAND, context)
        from ..bluecarbon_qgis.engine.accuracy.estimators import error_matrix, stratified_accuracy
        from ..bluecarbon_qgis.engine.reports.accuracy import accuracy_report
        from ..bluecarbon_qgis.engine.classes import NAMES
        from ..bluecarbon_qgis.engine.reports.html import write_html
        from ..bluecarbon_qgis.engine.accuracy.sampling import class_pixel_counts, read_map_values
        from ..bluecarbon_qgis.engine.raster.zonal import map_class_areas

        source = self.parameterAsSource(parameters, self.REFERENCE, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.REFERENCE))
        what = tr("The reference point layer")
        if source.featureCount() == 0:
            raise QgsProcessingException(tr("{what} has no features; nothing to account for.").format(what=what))
        require_crs(source.sourceCrs(), what)
        ref_field = self.parameterAsString(parameters, self.REF_FIELD, context)
        map_field = self.parameterAsString(parameters, self.MAP_FIELD, context)
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) \
            if parameters.get(self.OUTPUT_REPORT) else None

        target = QgsCoordinateReferenceSystem.fromWkt(grid.crs.to_wkt())
        transform = None if source.sourceCrs() == target else \
            QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
        if transform is not None:
            feedback.pushInfo(tr("Reference points are reprojected from {src} to the map's CRS.")
                              .format(src=source.sourceCrs().authid()))
        refs, maps_from_field, xy, unlabelled = [], [], [], 0
        for feat in source.getFeatures():
            try:
                ref = _class_number(feat[ref_field])
            except ValueError:
                raise QgsProcessingException(tr(
                    "Feature {fid}: the reference class '{value}' in field {field} is not a whole number. Label "
                    "every point with an integer class value.").format(fid=feat.id(), value=feat[ref_field],
                                                                        field=ref_field)) from None
            if ref is None:
                unlabelled += 1
                continue
            geom = feat.geometry()
            if geom.isNull():
                unlabelled += 1
                continue
            if transform is not None:
                geom.transform(transform)
            pt = geom.asPoint() if not geom.isMultipart() else geom.asMultiPoint()[0]
            refs.append(ref)
            xy.append((pt.x(), pt.y()))
            if map_field:
                try:
                    maps_from_field.append(_class_number(feat[map_field]))
                except ValueError:
                    raise QgsProcessingException(tr("Feature {fid}: the map class '{value}' in field {field} is "
                                                    "not a whole number.").format(
                                                        fid=feat.id(), value=feat[map_field], field=map_field)) from None
        if unlabelled:
            feedback.pushWarning(tr("{n} point(s) have no reference class and were skipped.").format(n=unlabelled))
        if not refs:
            raise QgsProcessingException(tr("No reference point is labelled: fill the field {field} with the true "
                                            "class of each point.").format(field=ref_field))
        with engine_errors():
            map_values = maps_from_field if map_field else read_map_values(grid, xy)
        pairs = [(m, r) for m, r in zip(map_values, refs) if m is not None]
        skipped = len(refs) - len(pairs)
        if skipped:
            feedback.pushWarning(tr("{n} reference point(s) fall outside the map or on nodata and were skipped.")
                                 .format(n=skipped))
        if not pairs:
            raise QgsProcessingException(tr("None of the reference points falls on a mapped pixel; check that the "
                                            "points and the map cover the same place."))
        with engine_errors():
            areas = map_class_areas(grid, progress=progress_callback(feedback, 0, 80),
                                    is_canceled=feedback.isCanceled)
            classes = sorted(set(areas.classes) | {m for m, _ in pairs} | {r for _, r in pairs})
            classes, counts = error_matrix([m for m, _ in pairs], [r for _, r in pairs], classes)
            mapped_ha = [areas.classes.get(c, 0.0) / 1e4 for c in classes]
            pixels = class_pixel_counts(grid, is_canceled=feedback.isCanceled)
            result = stratified_accuracy(counts, mapped_ha, classes, [pixels.get(c, 0) for c in classes])
        notes = [tr(t).format(**f) for t, f in result.notes]
        for n in notes:
            feedback.pushWarning(n)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))

        out = {}
        try:
            out.update(self._write_tables(parameters, context, result, NAMES))
            if report_path:
                html = accuracy_report(
                    inputs={"map": layer.source(), "reference": source.sourceName(), "ref_field": ref_field},
                    result=result, names=NAMES, skipped=skipped + unlabelled, notes=notes, tr=tr,
                    lang=locale_name().split("_")[0])
                write_html(report_path, html)
        except BaseException:
            remove_quietly(report_path)
            raise
        feedback.pushInfo(tr("Overall accuracy {oa:.3f} ± {ci:.3f} from {n} reference points.").format(
            oa=result.overall, ci=result.overall_ci95, n=int(counts.sum())))
        out.update({self.OUTPUT_REPORT: report_path, "OVERALL_ACCURACY": result.overall,
                    "OVERALL_ACCURACY_CI95": _num(result.overall_ci95)})
        return out

    def _write_tables(self, parameters, context, result, names):
        fields = QgsFields()
        fields.append(QgsField("class_value", QVariant.Int))
        fields.append(QgsField("class_name", QVariant.String))
        for name in ("mapped_ha", "adjusted_ha", "adjusted_ha_ci95", "users_accuracy", "users_accuracy_ci95",
                     "producers_accuracy", "producers_accuracy_ci95"):
            fields.append(QgsField(name, QVariant.Double, "double", 20, 6))
        fields.append(QgsField("n_samples", QVariant.Int))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for i, c in enumerate(result.classes):
            f = QgsFeature(fields)
            f.setAttributes([int(c), names.get(c, ""), _num(result.mapped_ha[i]), _num(result.adjusted_ha[i]),
                             _num(result.adjusted_ha_ci95[i]), _num(result.users[i]), _num(result.users_ci95[i]),
                             _num(result.producers[i]), _num(result.producers_ci95[i]),
                             int(result.counts[i].sum())])
            sink.addFeature(f, QgsFeatureSink.FastInsert)
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
            f.setAttributes([int(c), names.get(c, "")] + [int(v) for v in result.counts[i]]
                            + [int(result.counts[i].sum())] + [float(v) for v in result.proportions[i]]
                            + [float(result.proportions[i].sum())])
            msink.addFeature(f, QgsFeatureSink.FastInsert)
        return {self.OUTPUT: dest, self.OUTPUT_MATRIX: mdest}
