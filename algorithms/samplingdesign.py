"""bluecarbon:samplingdesign — stratified random sample for accuracy assessment."""
import tempfile

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
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.engine.errors import N_
from ..bluecarbon_qgis.feedback import progress_callback
from ..bluecarbon_qgis.i18n import tr
from ..bluecarbon_qgis.rasters import class_raster
from ..bluecarbon_qgis.scheduler import add_scheduler_parameter, open_executor


def check_number_ranges(alg, parameters, context):
    """The plugin's own range check of number parameters, run before QGIS's bare "Incorrect parameter
    value": (ok, message naming the parameter and its allowed range)."""
    from qgis.core import QgsProcessingParameterNumber

    for param in alg.parameterDefinitions():
        if not isinstance(param, QgsProcessingParameterNumber) or parameters.get(param.name()) in (None, ""):
            continue
        raw = parameters[param.name()]
        try:
            value = float(raw)
        except (TypeError, ValueError):
            continue   # an expression or a model input: QGIS evaluates and checks it
        lo, hi = param.minimum(), param.maximum()
        integer = param.dataType() == QgsProcessingParameterNumber.Integer
        if value != value or value < lo or value > hi or (integer and value != int(value)):
            return False, tr("{name} ({label}) must be {kind} from {lo} to {hi}; {value} is not.").format(
                name=param.name(), label=param.description(),
                kind=tr("a whole number") if integer else tr("a number"),
                lo="{:g}".format(lo), hi="{:g}".format(hi) if hi < 1e300 else "∞", value=raw)
    return True, ""


def parse_expected(text, classes, default, feedback=None):
    """'3:0.7, 5:0.6' -> {class: U}; classes not named get ``default``; a class the map lacks is a warning."""
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
        if cls not in out:
            if feedback is not None:
                feedback.pushWarning(tr(
                    "Expected user's accuracy given for class {cls}, but the map has no class {cls} (its classes "
                    "are {classes}); the value is not used. Check the class number.").format(
                        cls=cls, classes=", ".join(str(c) for c in classes)))
            continue
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
        "the minimum per class (rare classes such as mangrove need it). Eq. 13 assumes another allocation, "
        "so the log and the ANTICIPATED_SE result give the standard error anticipated for the allocation "
        "actually drawn (their section 5.1.1: Σ W_i² U_i (1 − U_i) / (n_i − 1)); with 'Raise the sample size "
        "until the target is met' the total grows until it is at or below the target.\n\n"
        "Pixels are drawn with equal probability within each class. Where the map's cells differ in area (a "
        "geographic CRS), the accuracy assessment weights each point by its cell's area, so that its estimates "
        "are shares of area.\n\n"
        "The output points sit at pixel centres and carry map_class and an empty ref_class: label ref_class "
        "from better reference data (field visits, very-high-resolution imagery), then run the accuracy "
        "assessment. The same seed gives the same sample."
    )
    HELP_CHANGE = N_(
        "A transition map (a raster whose values are from→to class pairs, with its transition table in the "
        "GeoTIFF metadata item BLUECARBON_TRANSITIONS or in a CSV of the same name beside it) is sampled for "
        "the accuracy of change: the strata are its stable and change transitions, and every change stratum "
        "gets at least the minimum sample per change stratum (30 by default: the openMRV sampling module's "
        "minimum per stratum; Olofsson et al. 2014, section 5.1.2, advise 50–100 for each change stratum). "
        "With a buffer width above 0, the stable pixels within that many pixels of mapped change form one "
        "more stratum, where omitted change hides (Olofsson et al. 2020, Remote Sensing of Environment 236: "
        "111492; openMRV sampling module, section 4.2); the accuracy assessment then uses the estimators for "
        "strata that are not the map classes (Stehman 2014). The points carry their stratum (value, label, "
        "kind) and their map transition, and empty ref_from and ref_to fields: label the class at each date."
    )
    INPUT, BAND, TARGET_SE, EXPECTED_UA, DEFAULT_UA = "INPUT", "BAND", "TARGET_SE", "EXPECTED_UA", "DEFAULT_UA"
    MIN_PER_CLASS, SAMPLE_SIZE, SEED, OUTPUT = "MIN_PER_CLASS", "SAMPLE_SIZE", "SEED", "OUTPUT"
    MEET_TARGET = "MEET_TARGET"
    TRANSITION_TABLE, MIN_CHANGE_SAMPLE, BUFFER_PIXELS = "TRANSITION_TABLE", "MIN_CHANGE_SAMPLE", "BUFFER_PIXELS"

    def shortHelpString(self):  # noqa: N802
        return super().shortHelpString() + "\n\n" + tr(self.HELP_CHANGE)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Class map")),
                 "Integer class raster to assess (the plugin's or any other), or a transition map.")
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
                 "Each class gets at least this many points (or all its pixels if it has fewer). On a transition "
                 "map: each stable stratum.")
        self.add(QgsProcessingParameterNumber(self.MIN_CHANGE_SAMPLE,
                                              tr("Minimum sample size per change stratum (transition maps)"),
                                              QgsProcessingParameterNumber.Integer, 30, minValue=2),
                 "On a transition map, each change transition and the buffer stratum get at least this many "
                 "points (or all their pixels if they have fewer): 30 in the openMRV sampling module; Olofsson "
                 "et al. (2014) advise 50–100.")
        self.add(QgsProcessingParameterNumber(self.BUFFER_PIXELS,
                                              tr("Buffer stratum width in pixels (transition maps, 0 = none)"),
                                              QgsProcessingParameterNumber.Integer, 0, minValue=0, maxValue=100),
                 "On a transition map, stable pixels within this many pixels of mapped change (8 neighbours, a "
                 "square window) form a stratum of their own, where omitted change is likely. 0: no buffer "
                 "stratum.")
        self.add(QgsProcessingParameterFile(self.TRANSITION_TABLE, tr("Transition table (CSV), if not with the map"),
                                            extension="csv", optional=True),
                 "The table of a transition map whose GeoTIFF metadata and neighbouring CSV are missing "
                 "(columns value, from_class, to_class, from_year, to_year, change, label). When given, the "
                 "map is read as a transition map.", advanced=True)
        self.add(QgsProcessingParameterNumber(self.SAMPLE_SIZE, tr("Total sample size (0 = computed)"),
                                              QgsProcessingParameterNumber.Integer, 0, minValue=0),
                 "Overrides the computed total sample size when above 0.", advanced=True)
        self.add(QgsProcessingParameterBoolean(self.MEET_TARGET, tr("Raise the sample size until the target is met"),
                                               False, optional=True),
                 "The proportional allocation with a minimum per class usually misses the target standard error "
                 "at eq. 13's sample size; when checked, the total is raised until the anticipated standard error "
                 "of the allocation drawn meets the target. Ignored when a total sample size is given.")
        self.add(QgsProcessingParameterNumber(self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Integer,
                                              1, minValue=0),
                 "The same seed draws the same sample.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Sample points"), QgsProcessing.TypeVectorPoint),
                 "Points with map_class (stratum), an empty ref_class to label, and the stratum's mapped area; "
                 "on a transition map, the stratum, the map transition and empty ref_from and ref_to.")
        self.addOutput(QgsProcessingOutputNumber("SAMPLE_SIZE_DRAWN", tr("Number of sample points drawn")))
        self.addOutput(QgsProcessingOutputNumber("ANTICIPATED_SE", tr(
            "Anticipated standard error of overall accuracy for the allocation drawn")))
        add_scheduler_parameter(self)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = check_number_ranges(self, parameters, context)
        if not ok:
            return ok, message
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer, grid = class_raster(self, parameters, self.INPUT, self.BAND, context)
        from ..bluecarbon_qgis.engine.accuracy.transitions_table import read_transition_table

        with engine_errors():
            table = read_transition_table(
                grid.path, self.parameterAsFile(parameters, self.TRANSITION_TABLE, context) or None)
        buffer_px = self.parameterAsInt(parameters, self.BUFFER_PIXELS, context)
        if table is None and buffer_px:
            feedback.pushWarning(tr("The map is a class map, not a transition map (no transition table in its "
                                    "metadata or beside it): the buffer width applies to transition maps only "
                                    "and is not used."))
        with tempfile.TemporaryDirectory(prefix="bluecarbon_") as tmp:
            if table is None:
                design = self._class_design(parameters, context, feedback, grid)
            else:
                design = self._change_design(parameters, context, feedback, grid, table, buffer_px, tmp)
            se, points = self._draw(parameters, context, feedback, design)
            return self._write(parameters, context, feedback, grid, design, se, points)

    def _class_design(self, parameters, context, feedback, grid):
        """The map classes as strata: (strata grid, {stratum: m²}, {stratum: pixels}, minimums, None)."""
        from ..bluecarbon_qgis.engine.accuracy.sampling import class_pixel_counts
        from ..bluecarbon_qgis.engine.raster.executor import map_areas

        with open_executor(self, parameters, context, feedback) as executor, engine_errors():
            areas = map_areas(grid, executor, progress=progress_callback(feedback, 0, 40),
                              is_canceled=feedback.isCanceled)
        if not areas.classes:
            raise QgsProcessingException(tr("The class map has no mapped pixels (only nodata)."))
        with engine_errors():
            counts = class_pixel_counts(grid, is_canceled=feedback.isCanceled)
        min_per = self.parameterAsInt(parameters, self.MIN_PER_CLASS, context)
        return dict(grid=grid, areas=areas.classes, counts=counts, minimums=[min_per] * len(areas.classes),
                    strata=None)

    def _change_design(self, parameters, context, feedback, grid, table, buffer_px, folder):
        """The transitions (and the buffer) as strata, measured on the stratum raster written in ``folder``."""
        from ..bluecarbon_qgis.engine.accuracy.change_strata import ChangeStrata, measure_change_strata

        feedback.pushInfo(tr("Transition map: {n} transitions ({c} of them change), table read from {source}.")
                          .format(n=len(table.rows), c=len(table.change_values), source=table.source))
        strata = ChangeStrata(table, buffer_px)
        with open_executor(self, parameters, context, feedback) as executor, engine_errors():
            sgrid, areas, counts, here = measure_change_strata(
                grid, table, buffer_px, folder, executor, progress=progress_callback(feedback, 0, 50),
                is_canceled=feedback.isCanceled)
        if here:
            feedback.pushInfo(tr("The strata are measured in this process: the cluster's workers cannot read "
                                 "the temporary stratum raster."))
        if not areas.classes:
            raise QgsProcessingException(tr("The class map has no mapped pixels (only nodata)."))
        values = sorted(areas.classes)
        minimums = strata.minimums(values, self.parameterAsInt(parameters, self.MIN_PER_CLASS, context),
                                   self.parameterAsInt(parameters, self.MIN_CHANGE_SAMPLE, context))
        return dict(grid=sgrid, areas=areas.classes, counts=counts, minimums=minimums, strata=strata)

    def _draw(self, parameters, context, feedback, design):
        """Sample size, allocation and the points: (anticipated SE, [(x, y, stratum)])."""
        from ..bluecarbon_qgis.engine.accuracy.estimators import (
            allocate, anticipated_se, sample_size, size_for_target)
        from ..bluecarbon_qgis.engine.accuracy.sampling import stratified_sample

        target_se = self.parameterAsDouble(parameters, self.TARGET_SE, context)
        fixed_n = self.parameterAsInt(parameters, self.SAMPLE_SIZE, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        meet = self.parameterAsBoolean(parameters, self.MEET_TARGET, context)
        areas, counts, min_per = design["areas"], design["counts"], design["minimums"]
        with engine_errors():
            classes = sorted(areas)
            expected = parse_expected(self.parameterAsString(parameters, self.EXPECTED_UA, context), classes,
                                      self.parameterAsDouble(parameters, self.DEFAULT_UA, context), feedback)
            total = sum(areas.values())
            weights = [areas[c] / total for c in classes]
            ua = [expected[c] for c in classes]
            npix = [counts.get(c, 0) for c in classes]
            n13 = sample_size(weights, ua, target_se)
            if meet and not fixed_n:
                alloc_list = size_for_target(weights, ua, target_se, min_per, npix)[1]
            else:
                alloc_list = allocate(fixed_n or n13, weights, min_per)
            alloc = dict(zip(classes, alloc_list))
            drawn_alloc = [min(alloc[c], counts.get(c, 0)) for c in classes]
            se = anticipated_se(weights, ua, drawn_alloc, npix)
            feedback.setProgress(60)
            points = stratified_sample(design["grid"], alloc, counts, seed, is_canceled=feedback.isCanceled)
        feedback.pushInfo(tr("Sample size {n} (eq. 13 gives {n13} for a target SE of {se}); allocation: {alloc}")
                          .format(n=sum(drawn_alloc), n13=n13, se=target_se,
                                  alloc=", ".join("{}: {}".format(c, a) for c, a in zip(classes, drawn_alloc))))
        feedback.pushInfo(tr("Anticipated standard error of overall accuracy for this allocation: {ase:.4f} "
                             "(Olofsson et al. 2014, section 5.1.1; target {se}).").format(ase=se, se=target_se))
        if se > target_se * (1 + 1e-9) and fixed_n:
            feedback.pushWarning(tr("The total sample size given ({n}) anticipates a standard error of {ase:.4f}, "
                                    "above the target {se}.").format(n=fixed_n, ase=se, se=target_se))
        elif se > target_se * (1 + 1e-9):
            feedback.pushWarning(tr(
                "The allocation drawn misses the target standard error: {ase:.4f} anticipated against {se}. Check "
                "'Raise the sample size until the target is met' (MEET_TARGET=true) to raise the total, or accept "
                "the larger standard error.").format(ase=se, se=target_se))
        for c in classes:
            if counts.get(c, 0) < alloc[c]:
                feedback.pushWarning(tr("Class {cls} has only {n} pixels; all of them are in the sample.")
                                     .format(cls=c, n=counts.get(c, 0)))
        strata = design["strata"]
        if strata is not None:
            for c, n in zip(classes, drawn_alloc):
                feedback.pushInfo(tr("Stratum {value} ({label}, {kind}): {ha:.2f} ha, {pixels} pixels, {n} points.")
                                  .format(value=c, label=strata.label(c, tr), kind=strata.kind(c),
                                          ha=areas[c] / 1e4, pixels=counts.get(c, 0), n=n))
        if design["grid"].is_geographic:
            feedback.pushInfo(tr("The map is in a geographic CRS, where cells differ in area: pixels are drawn "
                                 "with equal probability, and the accuracy assessment weights each point by its "
                                 "cell's area."))
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))
        return se, points

    def _write(self, parameters, context, feedback, grid, design, se, points):
        from ..bluecarbon_qgis.engine.accuracy.sampling import read_map_values
        from ..bluecarbon_qgis.engine.classes import NAMES

        strata, areas = design["strata"], design["areas"]
        fields = QgsFields()
        if strata is None:
            names = (("sample_id", QVariant.Int), ("map_class", QVariant.Int), ("map_name", QVariant.String),
                     ("ref_class", QVariant.Int), ("stratum_ha", QVariant.Double), ("stratum_n", QVariant.Int))
        else:
            names = (("sample_id", QVariant.Int), ("stratum", QVariant.Int), ("stratum_label", QVariant.String),
                     ("stratum_kind", QVariant.String), ("map_class", QVariant.Int), ("map_name", QVariant.String),
                     ("from_class", QVariant.Int), ("to_class", QVariant.Int), ("change", QVariant.Int),
                     ("ref_from", QVariant.Int), ("ref_to", QVariant.Int), ("stratum_ha", QVariant.Double),
                     ("stratum_n", QVariant.Int), ("buffer_px", QVariant.Int))
        for name, kind in names:
            fields.append(QgsField(name, kind))
        crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs.to_wkt())
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        drawn = {}
        for x, y, c in points:
            drawn[c] = drawn.get(c, 0) + 1
        if strata is not None:   # the map transition under each point (the buffer holds several)
            with engine_errors():
                on_map = read_map_values(grid, [(x, y) for x, y, _ in points])
            rows = strata.table.by_value
        for i, (x, y, c) in enumerate(points, start=1):
            f = QgsFeature(fields)
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            if strata is None:
                f.setAttributes([i, c, NAMES.get(c, ""), None, areas[c] / 1e4, drawn[c]])
            else:
                t = rows[on_map[i - 1]]
                f.setAttributes([i, c, strata.label(c, tr), strata.kind(c), t.value, t.label, t.from_class,
                                 t.to_class, int(t.change), None, None, areas[c] / 1e4, drawn[c],
                                 strata.buffer_px])
            sink.addFeature(f, QgsFeatureSink.FastInsert)
        feedback.setProgress(100)
        return {self.OUTPUT: dest, "SAMPLE_SIZE_DRAWN": len(points),
                "ANTICIPATED_SE": se if se != float("inf") else None}
