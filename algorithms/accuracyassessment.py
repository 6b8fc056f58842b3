"""bluecarbon:accuracyassessment — error matrix, accuracies and area-adjusted class areas."""
import math
import os
import re

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


def _file_of(destination):
    """The file behind an output destination string, or None (memory layers, database URIs)."""
    dest = str(destination or "").strip()
    if not dest or dest.startswith("memory:") or dest == "TEMPORARY_OUTPUT":
        return None
    if dest.startswith("ogr:"):
        m = re.search(r"dbname='([^']*)'", dest) or re.search(r'dbname="([^"]*)"', dest)
        return m.group(1) if m else None
    if re.match(r"^[a-z]+:", dest) and not re.match(r"^[A-Za-z]:[\\/]", dest):
        return None   # another provider's URI (postgres:, spatialite:, ...)
    return dest.split("|")[0]


def _same_file(a, b):
    try:
        return os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b)
    except OSError:
        return False


def check_destinations(alg, parameters, context, outputs, inputs):
    """Before any work: each file output's folder exists and is writable, and no output is one of the
    inputs. ``outputs``: {parameter id: destination string}; ``inputs``: {label: file path}.
    Returns the set of output files that exist already (they must not be removed on failure)."""
    existing = set()
    for name, dest in outputs.items():
        path = _file_of(dest)
        if path is None:
            continue
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise QgsProcessingException(tr(
                "The folder {folder} of output {name} does not exist: create it or choose another folder. "
                "Nothing was written.").format(folder=folder, name=name))
        if not os.access(folder, os.W_OK):
            raise QgsProcessingException(tr(
                "Output {name} cannot be written: the folder {folder} is read-only. Choose another folder. "
                "Nothing was written.").format(folder=folder, name=name))
        for label, src in inputs.items():
            if src and _same_file(path, src):
                raise QgsProcessingException(tr(
                    "Output {name} ({path}) is the input {input}; it would be overwritten. Choose another "
                    "output file.").format(name=name, path=path, input=label))
        if os.path.exists(path):
            existing.add(os.path.abspath(path))
    return existing


def read_reference_points(alg, parameters, context, feedback, grid, ref_param, ref_field_param,
                          map_field_param=None):
    """Labelled reference points of a stratified sample, paired with the class map.

    Checks the layer (points, CRS, fields), reprojects the points to the map's
    CRS and reads the map class under each (or from the map-class field).
    Returns (engine ReferenceSample, number of unlabelled points, source, ref_field).
    """
    from ..bluecarbon_qgis.engine.accuracy.sampling import reference_sample

    source = alg.parameterAsSource(parameters, ref_param, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, ref_param))
    what = tr("The reference point layer")
    def not_points(kind):
        return QgsProcessingException(tr(
            "{what} ({name}) holds {kind}, not points. The reference sample must be points, one per sample "
            "unit, as written by the sampling design tool; points can be drawn in polygons with Vector › "
            "Research Tools › Random Points Inside Polygons.").format(
                what=what, name=source.sourceName(), kind=QgsWkbTypes.geometryDisplayString(kind)))

    layer_kind = QgsWkbTypes.geometryType(source.wkbType())
    if layer_kind in (QgsWkbTypes.LineGeometry, QgsWkbTypes.PolygonGeometry):
        raise not_points(layer_kind)
    if source.featureCount() == 0:
        raise QgsProcessingException(tr("{what} has no features; nothing to account for.").format(what=what))
    require_crs(source.sourceCrs(), what)
    ref_field = alg.parameterAsString(parameters, ref_field_param, context) or "ref_class"
    map_field = alg.parameterAsString(parameters, map_field_param, context) if map_field_param else ""
    names = source.fields().names()
    for field in [f for f in (ref_field, map_field) if f]:
        if field not in names:
            raise QgsProcessingException(tr(
                "{what} has no field {field}; its fields are: {fields}. Set the reference class field to the "
                "field that holds the labels.").format(what=what, field=field, fields=", ".join(names)))

    target = QgsCoordinateReferenceSystem.fromWkt(grid.crs.to_wkt())
    transform = None if source.sourceCrs() == target else \
        QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
    if transform is not None:
        feedback.pushInfo(tr("Reference points are reprojected from {src} to the map's CRS.")
                          .format(src=source.sourceCrs().authid()))
    refs, maps_from_field, xy, unlabelled, total = [], [], [], 0, 0
    for feat in source.getFeatures():
        total += 1
        try:
            ref = _class_number(feat[ref_field])
        except ValueError:
            raise QgsProcessingException(tr(
                "Feature {fid}: the reference class '{value}' in field {field} is not a whole number. Label "
                "every point with an integer class value.").format(fid=feat.id(), value=feat[ref_field],
                                                                    field=ref_field)) from None
        geom = feat.geometry()
        if ref is None or geom.isNull() or geom.isEmpty():
            unlabelled += 1
            continue
        if geom.type() != QgsWkbTypes.PointGeometry:
            raise not_points(geom.type())
        if transform is not None:
            try:
                geom.transform(transform)
            except Exception:  # QgsCsException: coordinates outside the valid area of the layer's CRS
                raise QgsProcessingException(tr(
                    "Feature {fid} of {what} cannot be transformed from {src} to the map's CRS: its coordinates "
                    "lie outside the valid area of {src}. The layer's CRS is probably wrong (for example UTM "
                    "metres in a file read as EPSG:4326); set the right CRS and run again.").format(
                        fid=feat.id(), what=what, src=source.sourceCrs().authid())) from None
        pt = geom.asPoint() if not geom.isMultipart() else geom.asMultiPoint()[0]
        if not (math.isfinite(pt.x()) and math.isfinite(pt.y())):
            raise QgsProcessingException(tr(
                "Feature {fid} of {what} has no valid position in the map's CRS; check the layer's CRS.")
                .format(fid=feat.id(), what=what))
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
        raise QgsProcessingException(tr(
            "No reference point is labelled: the field {field} is empty in all {n} points of {layer}. A sample "
            "from the sampling design tool has to be labelled before it can be assessed: enter the true class "
            "of each point in {field} (from field visits or very-high-resolution imagery, in the layer's "
            "attribute table), or choose a labelled reference layer and its class field.").format(
                field=ref_field, n=total, layer=source.sourceName()))
    with engine_errors():
        sample = reference_sample(grid, xy, refs, maps_from_field if map_field else None)
    if sample.skipped:
        feedback.pushWarning(tr("{n} reference point(s) fall outside the map or on nodata and were skipped.")
                             .format(n=sample.skipped))
    if not sample.map_values:
        raise QgsProcessingException(tr("None of the reference points falls on a mapped pixel; check that the "
                                        "points and the map cover the same place."))
    if sample.weights is not None:
        feedback.pushInfo(tr(
            "The map's cells differ in area ({lo:.6g} to {hi:.6g} m² at the reference points), and pixels are "
            "drawn with equal probability: each point is weighted by its cell's ellipsoidal area (ratio "
            "estimator), so that the estimates are shares of area, not of pixel counts.").format(
                lo=float(sample.cell_m2.min()), hi=float(sample.cell_m2.max())))
    return sample, unlabelled, source, ref_field


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

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer, grid = class_raster(self, parameters, self.INPUT, self.BAND, context)
        from ..bluecarbon_qgis.engine.accuracy.estimators import conditional_proportions, stratified_accuracy
        from ..bluecarbon_qgis.engine.accuracy.sampling import class_pixel_counts
        from ..bluecarbon_qgis.engine.classes import NAMES
        from ..bluecarbon_qgis.engine.raster.zonal import map_class_areas
        from ..bluecarbon_qgis.engine.reports.accuracy import accuracy_report
        from ..bluecarbon_qgis.engine.reports.html import write_html

        destinations = {self.OUTPUT: self.parameterAsOutputLayer(parameters, self.OUTPUT, context)}
        if parameters.get(self.OUTPUT_MATRIX):
            destinations[self.OUTPUT_MATRIX] = self.parameterAsOutputLayer(parameters, self.OUTPUT_MATRIX, context)
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) \
            if parameters.get(self.OUTPUT_REPORT) else None
        if report_path:
            destinations[self.OUTPUT_REPORT] = report_path
        ref_layer = self.parameterAsVectorLayer(parameters, self.REFERENCE, context)
        existing = check_destinations(self, parameters, context, destinations, {
            self.INPUT: layer.source().split("|")[0],
            self.REFERENCE: ref_layer.source().split("|")[0] if ref_layer is not None else None})

        sample, unlabelled, source, ref_field = read_reference_points(
            self, parameters, context, feedback, grid, self.REFERENCE, self.REF_FIELD, self.MAP_FIELD)
        with engine_errors():
            areas = map_class_areas(grid, progress=progress_callback(feedback, 0, 80),
                                    is_canceled=feedback.isCanceled)
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

        html = None
        if report_path:
            html = accuracy_report(
                inputs={"map": layer.source(), "reference": source.sourceName(), "ref_field": ref_field},
                result=result, names=NAMES, skipped=sample.skipped + unlabelled, notes=notes, tr=tr,
                lang=locale_name().split("_")[0], weighted=sample.weights is not None)
        out, written = {}, []
        try:
            out.update(self._write_tables(parameters, context, result, NAMES, written))
            if report_path:
                written.append(report_path)
                write_html(report_path, html)
        except BaseException:
            for path in written:   # no partial output: remove what this run created
                if path and os.path.abspath(path) not in existing:
                    remove_quietly(path)
            remove_quietly(report_path + ".part" if report_path else None)
            raise
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

    def _write_tables(self, parameters, context, result, names, written):
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
        written.append(_file_of(dest))
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
        written.append(_file_of(mdest))
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
