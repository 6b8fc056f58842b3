"""What every bluecarbon algorithm shares: translation, groups, engine errors,
progress and cancel adapters, the output guard, and reading polygons into the engine's form."""
import functools
import math
import os
import re
from contextlib import contextmanager

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayer,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsWkbTypes,
)

from qgis.PyQt.QtCore import Qt

from .engine.errors import BlueCarbonError, N_
from .i18n import tr

GROUPS = {
    "habitatmapping": "Habitat mapping",
    "carbonaccounting": "Carbon accounting",
    "mariculture": "Mariculture",
    "reporting": "Reporting",
}


class BlueCarbonAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, DISPLAY, GROUP_ID and HELP, and implement initAlgorithm/processAlgorithm."""

    NAME = ""
    DISPLAY = ""
    GROUP_ID = ""
    HELP = ""

    def tr(self, text):
        return tr(text)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802
        return tr(self.DISPLAY)

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def group(self):
        return tr(GROUPS[self.GROUP_ID])

    def shortHelpString(self):  # noqa: N802
        return tr(self.HELP)

    def helpUrl(self):  # noqa: N802
        return "https://github.com/bluecarbon-qgis/bluecarbon#algorithms"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:
            cls.processAlgorithm = _guarded_process(cls.__dict__["processAlgorithm"])

    def checkParameterValues(self, parameters, context):  # noqa: N802
        problem = unreadable_input(self, parameters, context)
        if problem:
            return False, problem
        ok, message = super().checkParameterValues(parameters, context)
        if ok:
            problem = output_problem(self, parameters, context)
            if problem:
                return False, problem
        return ok, message

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        # checked again here: models and scripts may run an algorithm without checkParameterValues
        problem = output_problem(self, parameters, context)
        if problem:
            raise QgsProcessingException(problem)
        self._outputs_before = {}
        for param, (path, layer) in output_targets(self, parameters, context):
            if layer is None and not _is_folder_output(param):
                self._track_output(path)
        return True

    # the destinations an algorithm resolves (temporary outputs get their file names here) are tracked too,
    # so that a failed run removes every file it created or changed

    def _track_output(self, path, new=False):
        """Remember the files that writing ``path`` may create or change, as they are now (``new``: the file
        was created by this run just now)."""
        before = self.__dict__.setdefault("_outputs_before", {})
        for f in _footprint(path) | {os.path.realpath(path + PART)}:
            if f not in before:
                before[f] = None if new else _stamp(f)

    def _track_destination(self, dest, new=False):
        target = _split_source(dest) if isinstance(dest, str) else None
        if target is not None and target[1] is None and os.path.isabs(target[0]) and not os.path.isdir(target[0]):
            self._track_output(target[0], new)

    def parameterAsSink(self, parameters, name, context, *args, **kwargs):  # noqa: N802
        sink, dest = super().parameterAsSink(parameters, name, context, *args, **kwargs)
        self._track_destination(dest, new=True)  # given paths are known already, with their stamps
        return sink, dest

    def parameterAsOutputLayer(self, parameters, name, context):  # noqa: N802
        dest = super().parameterAsOutputLayer(parameters, name, context)
        self._track_destination(dest)
        return dest

    def parameterAsFileOutput(self, parameters, name, context):  # noqa: N802
        dest = super().parameterAsFileOutput(parameters, name, context)
        self._track_destination(dest)
        return dest

    def add(self, param, help_text=None, advanced=False):
        """Declare a parameter with translated help; ids stay untranslated."""
        if help_text:
            param.setHelp(tr(help_text))
        if advanced:
            param.setFlags(param.flags() | param.FlagAdvanced)
        self.addParameter(param)
        return param


@contextmanager
def engine_errors():
    """Turn the engine's errors, and files that cannot be read or written, into translated
    QgsProcessingExceptions."""
    try:
        yield
    except BlueCarbonError as exc:
        raise QgsProcessingException(exc.render(tr)) from None
    except OSError as exc:
        raise QgsProcessingException(
            tr("Could not read or write {path}: {reason}. Check that the file and its folder exist and that you "
               "may write there.").format(path=exc.filename or "", reason=exc.strerror or exc)) from None


# ---- the output guard: no output may overwrite an input, and every output's folder must be writable ----

PART = ".part"  # the engine writes reports as <name>.part and renames them when complete
_SHAPEFILE = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qpj")
_INPUT_TYPES = {"raster", "vector", "source", "layer", "multilayer", "file", "mesh", "pointcloud"}


def _static(value, context):
    """The string behind a QgsProperty (static or evaluated)."""
    if isinstance(value, QgsProperty):
        if value.propertyType() == QgsProperty.StaticProperty:
            return value.staticValue()
        result = value.valueAsString(context.expressionContext())
        return result[0] if isinstance(result, tuple) else result
    return value


def _split_source(text):
    """(absolute file path, layer name or None) of a data source string, or None when it is not a file
    (temporary output, memory layer, database)."""
    text = str(text or "").strip()
    if not text or text == "TEMPORARY_OUTPUT" or text.startswith("memory:"):
        return None
    match = re.match(r"^(ogr|spatialite):.*dbname='([^']*)'(?:.*table=\"?([^\" ]+)\"?)?", text)
    if match:
        return os.path.abspath(match.group(2)), match.group(3)
    if re.match(r"^[A-Za-z][A-Za-z0-9_]+:", text):  # another provider (postgres:, ...); not a drive letter
        return None
    path, _, rest = text.partition("|")
    layer = re.search(r"layername=([^|]+)", rest)
    return os.path.abspath(path), layer.group(1) if layer else None


def output_targets(alg, parameters, context):
    """[(parameter, (path, layer name or None))] for every file output given in ``parameters``."""
    targets = []
    for param in alg.destinationParameterDefinitions():
        value = parameters.get(param.name())
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink
        target = _split_source(_static(value, context)) if value not in (None, "") else None
        if target is not None:
            targets.append((param, target))
            if not os.path.splitext(target[0])[1] and hasattr(param, "defaultFileExtension") \
                    and not _is_folder_output(param):
                # a name without extension may get the default one
                targets.append((param, (target[0] + "." + param.defaultFileExtension(), target[1])))
    return targets


def input_sources(alg, parameters, context):
    """[(parameter, (path, layer name or None))] for every existing file read by a layer or file parameter."""
    sources = []
    for param in alg.parameterDefinitions():
        if param.isDestination() or param.type() not in _INPUT_TYPES:
            continue
        value = parameters.get(param.name())
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, QgsProcessingFeatureSourceDefinition):
                item = item.source
            item = _static(item, context)
            if isinstance(item, str) and item:
                layer = QgsProcessingUtils.mapLayerFromString(item, context, False)
                item = layer if layer is not None else item
            if isinstance(item, QgsMapLayer):
                item = item.source()
            target = _split_source(item) if isinstance(item, str) else None
            if target is not None and os.path.exists(target[0]):
                sources.append((param, target))
    return sources


def unreadable_input(alg, parameters, context):
    """A message for a layer or file parameter given as a file path that is missing, or for a layer file that
    GDAL/OGR cannot open as the kind of layer asked for (a text file named .tif), or None."""
    for param in alg.parameterDefinitions():
        kind = param.type()
        if param.isDestination() or kind not in ("raster", "vector", "source", "layer", "multilayer", "file"):
            continue
        value = parameters.get(param.name())
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if not isinstance(item, str) or not item or QgsProcessingUtils.mapLayerFromString(item, context, False):
                continue
            target = _split_source(item)
            if target is None:
                continue
            path = target[0]
            if not os.path.exists(path):
                return tr("{input}: the file {path} does not exist.").format(input=_label(param), path=path)
            if kind == "file":
                continue  # its content is checked by the algorithm
            raster_ok = kind in ("raster", "layer") and _gdal_opens(path, raster=True)
            vector_ok = kind != "raster" and not raster_ok and _gdal_opens(path, raster=False)
            if not (raster_ok or vector_ok):
                what = {"raster": tr("a raster"), "layer": tr("a raster or vector layer")}.get(kind,
                                                                                            tr("a vector layer"))
                return tr("{input}: {path} exists but is not {what} that GDAL/OGR can read. Check that it is a "
                          "GeoTIFF, GeoPackage or another supported format and not a renamed or damaged file."
                          ).format(input=_label(param), path=path, what=what)
    return None


def _gdal_opens(path, raster):
    from osgeo import gdal

    try:
        return gdal.OpenEx(path, gdal.OF_RASTER if raster else gdal.OF_VECTOR) is not None
    except RuntimeError:  # GDAL's exceptions are on
        return False


def _footprint(path):
    """The files that writing a dataset at ``path`` may create or replace (GDAL side files, shapefile parts,
    SQLite journals)."""
    base, ext = os.path.splitext(path)
    files = {path, path + ".aux.xml", path + ".ovr", path + ".msk"}
    if ext.lower() in _SHAPEFILE:
        files |= {base + e for e in _SHAPEFILE}
    if ext.lower() in (".gpkg", ".sqlite"):
        files |= {path + "-wal", path + "-shm", path + "-journal"}
    return {os.path.realpath(f) for f in files}


def _is_folder_output(param):
    return param.type() == "folderDestination"


def _writable(folder):
    """Whether a file can be created in ``folder``: the permissions, then a file created and removed there
    (permissions alone mislead on read-only mounts, network shares and ACLs)."""
    import tempfile

    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".bluecarbon_probe_"):
            return True
    except OSError:
        return False


def _label(param):
    return "{} ({})".format(param.description(), param.name())


def output_problem(alg, parameters, context):
    """Why the outputs cannot be written as given (translated), or None: an output that is an input or would
    overwrite a part of one, two outputs on the same file, a missing or read-only folder."""
    targets = output_targets(alg, parameters, context)
    inputs = input_sources(alg, parameters, context)
    for param, (path, layer) in targets:
        folder = os.path.dirname(path)
        if not os.path.isdir(folder):
            return tr("The folder {folder} of output {name} does not exist. Create it or choose another folder; "
                      "nothing was written.").format(folder=folder, name=param.name())
        if not _writable(folder):
            return tr("Output {name} cannot be written: the folder {folder} is read-only. Choose another folder; "
                      "nothing was written.").format(folder=folder, name=param.name())
        if _is_folder_output(param):
            continue  # a folder of outputs: its parent must exist and be writable
        if os.path.isdir(path):
            return tr("{output}: {path} is a folder. Give a file name.").format(output=_label(param), path=path)
        if os.path.exists(path) and not os.access(path, os.W_OK):
            return tr("{output}: {path} exists and is read-only; it cannot be overwritten. Choose another file "
                      "name.").format(output=_label(param), path=path)
        written = _footprint(path)
        for in_param, (in_path, in_layer) in inputs:
            same_file = os.path.realpath(path) == os.path.realpath(in_path)
            if same_file and layer and in_layer and layer != in_layer:
                continue  # a new layer in the input's GeoPackage
            clash = same_file or written & {f for f in _footprint(in_path) if os.path.exists(f)}
            if clash:
                return tr("Output {name} would overwrite the input {input}. The file {path} would be overwritten, "
                          "so nothing was run: choose another output file name.").format(
                    name=param.name(), path=in_path if same_file else sorted(clash)[0], input=_label(in_param))
    for i, (param, (path, layer)) in enumerate(targets):
        for other, (other_path, other_layer) in targets[i + 1:]:
            shared = _footprint(path) & _footprint(other_path)
            if other.name() != param.name() and shared and not (layer and other_layer and layer != other_layer):
                return tr("{first} and {second} both write {path}. Give each output its own file name.").format(
                    first=_label(param), second=_label(other), path=path)
    return None


def _stamp(path):
    try:
        stat = os.stat(path)
        return stat.st_mtime_ns, stat.st_size
    except OSError:
        return None


class OrderedFeedback(QgsProcessingFeedback):
    """Forwards everything to the run's feedback, but holds the messages pushed while the progress bar is
    part-way and gives them once it reaches 100.

    qgis_process (QGIS 3.22) draws progress as ticks ``0...10...20`` with no line end until 100, so a message
    pushed mid-way ran into the bar (``...80WARNING: ...``), and a run that ended below 100 left the bar
    unfinished. The base class makes every successful run end at 100."""

    MESSAGES = ("pushInfo", "pushWarning", "pushCommandInfo", "pushDebugInfo", "pushConsoleInfo", "reportError")

    def __init__(self, target):
        super().__init__()
        self._target = target
        self._held = []
        self._bar_open = False
        # direct: the desktop runs the algorithm in a worker thread without an event loop, and cancels from
        # the main thread (a queued cancel would never arrive)
        self.progressChanged.connect(self._progress, Qt.DirectConnection)
        target.canceled.connect(self.cancel, Qt.DirectConnection)
        if target.isCanceled():
            self.cancel()

    def _progress(self, value):
        self._bar_open = value < 100
        self._target.setProgress(value)
        if not self._bar_open:
            self._give_held()

    def _give_held(self):
        held, self._held = self._held, []
        for method, args in held:
            getattr(self._target, method)(*args)

    def _say(self, method, *args):
        if self._bar_open:
            self._held.append((method, args))
        else:
            getattr(self._target, method)(*args)

    def pushInfo(self, info):  # noqa: N802
        self._say("pushInfo", info)

    def pushWarning(self, warning):  # noqa: N802
        self._say("pushWarning", warning)

    def pushCommandInfo(self, info):  # noqa: N802
        self._say("pushCommandInfo", info)

    def pushDebugInfo(self, info):  # noqa: N802
        self._say("pushDebugInfo", info)

    def pushConsoleInfo(self, info):  # noqa: N802
        self._say("pushConsoleInfo", info)

    def reportError(self, error, fatalError=False):  # noqa: N802,N803
        self._say("reportError", error, fatalError)

    def setProgressText(self, text):  # noqa: N802
        self._target.setProgressText(text)

    def finish(self, succeeded):
        """End of the run: a successful run reaches 100; the held messages are given in any case (after a
        line end in qgis_process when the bar is part-way)."""
        if succeeded:
            self.setProgress(100)
        elif self._held and self._bar_open:
            app = QgsApplication.instance()
            if app is not None and app.platform() == "qgis_process":
                self._target.pushInfo("")
        self._give_held()
        try:
            self._target.canceled.disconnect(self.cancel)
        except (TypeError, RuntimeError):
            pass


def _guarded_process(process):
    """Wrap processAlgorithm: messages never run into the progress bar and a successful run ends at 100;
    when the run fails, the output files it created or changed are removed (no partial output)."""
    @functools.wraps(process)
    def wrapper(self, parameters, context, feedback):
        ordered = OrderedFeedback(feedback) if feedback is not None else None
        try:
            result = process(self, parameters, context, ordered)
        except BaseException:
            for path, before in getattr(self, "_outputs_before", {}).items():
                if os.path.isfile(path) and _stamp(path) != before:
                    remove_quietly(path)
            if ordered is not None:
                ordered.finish(False)
            raise
        if ordered is not None:
            ordered.finish(True)
        return result
    return wrapper


@contextmanager
def transform_errors(what, crs):
    """Turn a failed coordinate transformation (coordinates outside the valid area of the layer's CRS) into
    a message naming the likely cause: a layer whose CRS is wrong."""
    from qgis.core import QgsCsException

    try:
        yield
    except QgsCsException:
        raise QgsProcessingException(
            tr("{what} has coordinates outside the valid area of its CRS ({crs}), so they cannot be transformed. "
               "Most likely the layer's CRS is wrong, for example coordinates in metres in a file read as "
               "WGS 84 degrees (a GeoJSON file without a \"crs\" member). Set the layer's correct CRS and run "
               "again.").format(what=what, crs=crs.authid() or crs.description())) from None


def progress_callback(feedback, start=0.0, span=100.0):
    """A plain ``callable(fraction)`` for the engine, mapped into a range of the progress bar."""
    return lambda fraction: feedback.setProgress(start + span * max(0.0, min(1.0, fraction)))


def require_crs(crs, what, extent=None):
    """Refuse a layer without a CRS; with ``extent`` (a QgsRectangle in that CRS), also refuse a layer whose
    coordinates lie outside the valid area of its CRS (the CRS is then probably wrong)."""
    if crs is None or not crs.isValid():
        raise QgsProcessingException(
            tr("{what} has no coordinate reference system. Set its CRS (Layer Properties > Source) "
               "and run again.").format(what=what))
    if extent is not None and not extent.isNull() and not extent.isEmpty():
        from .engine.raster.geometry import check_extent

        with engine_errors():
            check_extent(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED), what,
                         (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()))


def read_geometries(source, target_crs_wkt, context, feedback, what):
    """Features of a vector source (polygons or points) and their geometries as shapely objects in the
    target CRS.

    The engine (``engine.raster.geometry.prepare_geometries``) does the work:
    coordinates outside the valid area of the layer's CRS are refused, rings
    are unwrapped across the antimeridian, invalid polygons are repaired part
    by part (a warning gives the area before and after), and each part is
    densified before reprojection. Features without geometry are kept (their
    areas are zero) with a warning. The reprojection uses the coordinate
    operation (datum transformation) the context's transform context chooses
    for the two CRSs, as QGIS itself would, and the log names it.
    """
    from shapely import wkb

    from .engine.raster.geometry import prepare_geometries

    if source.featureCount() == 0:
        raise QgsProcessingException(tr("{what} has no features; nothing to account for.").format(what=what))
    require_crs(source.sourceCrs(), what)
    features, raw = [], []
    for feat in source.getFeatures(QgsFeatureRequest()):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))
        geom = feat.geometry()
        features.append(feat)
        if geom.isNull() or geom.isEmpty():
            feedback.pushWarning(tr("Feature {fid} of {what} has no geometry; its areas are zero.")
                                 .format(fid=feat.id(), what=what))
            raw.append(None)
            continue
        if QgsWkbTypes.isCurvedType(geom.wkbType()):
            geom = QgsGeometry(geom.constGet().segmentize())
        raw.append(wkb.loads(bytes(geom.asWkb())))
    src_wkt = source.sourceCrs().toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)
    operation, inverse = _project_operation(source.sourceCrs(), target_crs_wkt, context, feedback, what)
    with engine_errors():
        geoms, warnings = prepare_geometries(raw, src_wkt, target_crs_wkt, what=what,
                                             ids=[f.id() for f in features], is_canceled=feedback.isCanceled,
                                             operation=operation, inverse=inverse)
    for template, fields in warnings:
        feedback.pushWarning(tr(template).format(**fields))
    return features, geoms


def _project_operation(src_crs, target_crs_wkt, context, feedback, what):
    """(PROJ string, inverse) of the coordinate operation the context's transform context chooses from
    ``src_crs`` to the target CRS (an empty string: QGIS has no preference, PROJ's default is used), logged."""
    from .engine.raster.geometry import coordinate_operation

    dst_crs = QgsCoordinateReferenceSystem.fromWkt(target_crs_wkt)
    if src_crs == dst_crs:
        return "", False
    transform_context = context.transformContext()
    operation = transform_context.calculateCoordinateOperation(src_crs, dst_crs) or ""
    inverse = bool(operation) and transform_context.mustReverseCoordinateOperation(src_crs, dst_crs)
    with engine_errors():
        chosen = coordinate_operation(src_crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED), target_crs_wkt,
                                      operation, inverse)
    if chosen is None:
        return "", False
    names = dict(what=what, src=src_crs.authid() or src_crs.description(),
                 dst=dst_crs.authid() or dst_crs.description(), operation=chosen.description)
    if operation:
        feedback.pushInfo(tr("{what} is transformed from {src} to {dst} with the coordinate operation chosen in the "
                             "project's transformations: {operation}").format(**names))
    else:
        feedback.pushInfo(tr("{what} is transformed from {src} to {dst} with PROJ's default coordinate operation "
                             "(the project chooses none): {operation}").format(**names))
    return operation, inverse


def class_raster(alg, parameters, raster_param, band_param, context):
    """The class raster parameter as (layer, engine grid), checked by the engine."""
    from .dependencies import ENGINE, require

    require(*ENGINE)
    from .engine.raster.grid import open_grid

    layer = alg.parameterAsRasterLayer(parameters, raster_param, context)
    if layer is None:
        raise QgsProcessingException(alg.invalidRasterError(parameters, raster_param))
    band = alg.parameterAsInt(parameters, band_param, context) or 1
    with engine_errors():
        return layer, open_grid(layer.source(), band)


def _class_number(value):
    """A class label as int, or None when the field is empty; raises ValueError when not a whole number."""
    if value is None or (hasattr(value, "isNull") and value.isNull()) or str(value).strip() in ("", "NULL"):
        return None
    number = float(str(value).strip())
    if number != int(number):
        raise ValueError(value)
    return int(number)


def read_reference_points(alg, parameters, context, feedback, grid, ref_param, ref_field_param,
                          map_field_param=None):
    """Labelled reference points of a stratified sample, paired with the class map.

    Checks the layer (points, CRS, fields), reprojects the points to the map's
    CRS and reads the map class under each (or from the map-class field).
    Returns (engine ReferenceSample, number of unlabelled points, source, ref_field).
    """
    from .engine.accuracy.sampling import reference_sample

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


def remove_quietly(path):
    try:
        if path and os.path.exists(path):
            os.remove(path)
    except OSError:
        pass


SENSOR, S2_BASELINE, SCALE, OFFSET, FAI_NIR = "SENSOR", "S2_BASELINE", "SCALE", "OFFSET", "FAI_NIR"
FORCE_SCALING = "FORCE_SCALING"
# the SENSOR parameter's options, in the order of engine.imagery.sensors.SENSORS (new presets at the end)
SENSOR_NAMES = (N_("Sentinel-2 Level-2A"), N_("Landsat 8/9 Collection 2 Level-2"), N_("Custom"),
                N_("Landsat 4-5 TM Collection 2 Level-2"), N_("Landsat 7 ETM+ Collection 2 Level-2"))
BAND_PARAMS = (("BAND_BLUE", "blue"), ("BAND_GREEN", "green"), ("BAND_RED", "red"), ("BAND_NIR", "nir"),
               ("BAND_SWIR1", "swir1"), ("BAND_SWIR2", "swir2"))
BAND_LABELS = {"BAND_BLUE": N_("Blue band (Custom)"), "BAND_GREEN": N_("Green band (Custom)"),
               "BAND_RED": N_("Red band (Custom)"), "BAND_NIR": N_("NIR band (Custom)"),
               "BAND_SWIR1": N_("SWIR1 band (Custom)"), "BAND_SWIR2": N_("SWIR2 band (Custom)")}


def add_sensor_parameters(alg, sensor_optional=False):
    """The sensor preset, Sentinel-2 baseline and Custom band/scaling parameters, shared by the
    habitat mapping algorithms so that they read imagery the same way. With ``sensor_optional`` the preset has
    no default (the algorithm then reads the image as something else says, a model for instance)."""
    from qgis.core import QgsProcessingParameterBoolean, QgsProcessingParameterEnum, QgsProcessingParameterNumber

    alg.add(QgsProcessingParameterEnum(SENSOR, tr("Sensor"), [tr(n) for n in SENSOR_NAMES],
                                       defaultValue=None if sensor_optional else 0, optional=sensor_optional),
            "Presets know each product's band order, scaling, fill and saturation values, and find bands by their "
            "descriptions (B4, SR_B5, …); without descriptions they need the full product's band order "
            "(Landsat 4-5 TM and 7 ETM+ C2 L2: SR_B1, SR_B2, SR_B3, SR_B4, SR_B5, SR_B7). Custom uses the band "
            "numbers, scale and offset below (bands not numbered are found by descriptions naming their role: "
            "blue, green, red, nir, swir1, swir2). The log says which bands, offset and scaling were used and "
            "why.")
    alg.add(QgsProcessingParameterEnum(S2_BASELINE, tr("Sentinel-2 processing baseline"),
                                       [tr("Automatic: metadata, else decided from the data"),
                                        tr("Before 04.00: reflectance = DN / 10000"),
                                        tr("04.00 or later: reflectance = (DN − 1000) / 10000")], defaultValue=0),
            "Sentinel-2 L2A products from processing baseline 04.00 (January 2022) and the 2015–2021 "
            "Collection-1 reprocessing carry an offset of −1000. Automatic reads BOA_ADD_OFFSET (band metadata, "
            "GDAL offset, MTD_MSIL2A.xml, a STAC item beside the file, the product name); without them it decides "
            "from the darkest SWIR values (water sits near 1000 DN with the offset, near 0 without) or refuses. "
            "A setting the data contradict is warned about.")
    alg.add(QgsProcessingParameterEnum(FAI_NIR, tr("NIR band of FAI (Sentinel-2)"),
                                       [tr("NIR (B8, 833 nm)"), tr("Narrow NIR (B8A, 865 nm)")], defaultValue=0,
                                       optional=True),
            "The floating algae index with B8A matches Hu 2009's 859 nm band and B11's 20 m grid; the image must "
            "hold a band described as B8A (or the full L2A band order).", advanced=True)
    for pid, _ in BAND_PARAMS:
        alg.add(QgsProcessingParameterNumber(pid, tr(BAND_LABELS[pid]), QgsProcessingParameterNumber.Integer,
                                             optional=True, minValue=1),
                "1-based band number, used with the Custom sensor.", advanced=True)
    alg.add(QgsProcessingParameterNumber(SCALE, tr("Scale (Custom)"), QgsProcessingParameterNumber.Double,
                                         optional=True),
            "Reflectance = DN × scale + offset, used with the Custom sensor. Empty: the file's own GDAL scale "
            "and offset (1 and 0 when it has none). Values that cannot be reflectance are refused unless "
            "FORCE_SCALING is set.",
            advanced=True)
    alg.add(QgsProcessingParameterNumber(OFFSET, tr("Offset (Custom)"), QgsProcessingParameterNumber.Double,
                                         optional=True),
            "Reflectance = DN × scale + offset, used with the Custom sensor. Empty: the file's GDAL offset (or 0).",
            advanced=True)
    alg.add(QgsProcessingParameterBoolean(FORCE_SCALING, tr("Go on with a scaling that does not look like "
                                                            "reflectance"), False, optional=True),
            "A scaling is refused when the scaled values fall far outside 0–1 (a 99th percentile above 1.5: "
            "digital numbers; every band's 99th percentile below 0.01: reflectance scaled twice; more than 5% of "
            "a band below −0.01: a wrong offset); slightly negative values, the noise over dark water, are "
            "accepted. Set this to go on with the scaling as given; the log then warns.", advanced=True)


def _optional_number(alg, parameters, name, context):
    value = parameters.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return alg.parameterAsDouble(parameters, name, context)


def sensor_index(alg, parameters, context):
    """The SENSOR parameter's preset (an index of engine.imagery.sensors.SENSORS), or None when it is optional
    and not set."""
    if parameters.get(SENSOR) in (None, "") and alg.parameterDefinition(SENSOR).defaultValue() is None:
        return None
    return alg.parameterAsEnum(parameters, SENSOR, context)


def read_band_map(alg, parameters, context, path, needed, feedback=None, sensor=None):
    """The engine's band map of the image for the roles ``needed`` (with ``sensor``, that preset instead of the
    SENSOR parameter's); with ``feedback``, the log says which bands, offset and scaling were used and why, and
    warns where the data contradict a setting."""
    from .engine.imagery import sensors

    baseline = (sensors.S2_AUTO, sensors.S2_BEFORE_0400, sensors.S2_FROM_0400)[
        alg.parameterAsEnum(parameters, S2_BASELINE, context)]
    custom = {}
    for pid, role in BAND_PARAMS:
        if parameters.get(pid) not in (None, ""):
            custom[role] = alg.parameterAsInt(parameters, pid, context)
    fai_narrow = (alg.parameterDefinition(FAI_NIR) is not None and parameters.get(FAI_NIR) not in (None, "")
                  and alg.parameterAsEnum(parameters, FAI_NIR, context) == 1)
    with engine_errors():
        bmap = sensors.band_map(path, sensor_index(alg, parameters, context) if sensor is None else sensor,
                                custom_bands=custom,
                                scale=_optional_number(alg, parameters, SCALE, context),
                                offset=_optional_number(alg, parameters, OFFSET, context),
                                s2_baseline=baseline, needed=needed, fai_narrow=fai_narrow,
                                force=alg.parameterAsBool(parameters, FORCE_SCALING, context))
    if feedback is not None:
        for note in bmap.notes:
            feedback.pushInfo(sensors.render(note, tr))
        for note in bmap.warnings:
            feedback.pushWarning(sensors.render(note, tr))
    return bmap


def multiband_raster(alg, parameters, name, context):
    from .dependencies import ENGINE, require

    require(*ENGINE)
    layer = alg.parameterAsRasterLayer(parameters, name, context)
    if layer is None:
        raise QgsProcessingException(alg.invalidRasterError(parameters, name))
    if not layer.crs().isValid():
        raise QgsProcessingException(tr("The raster {path} has no coordinate reference system. Assign one "
                                        "(Raster > Projections > Assign Projection) and run again.")
                                     .format(path=layer.source()))
    return layer


def save_class_style(raster_path, context):
    """Write the habitat class style beside a class raster and apply it when the output is loaded."""
    import shutil

    from qgis.core import QgsProcessingLayerPostProcessorInterface

    qml = os.path.join(os.path.dirname(os.path.dirname(__file__)), "styles", "habitat_classes.qml")
    shutil.copyfile(qml, os.path.splitext(raster_path)[0] + ".qml")

    class _Style(QgsProcessingLayerPostProcessorInterface):
        def postProcessLayer(self, layer, ctx, feedback):  # noqa: N802
            if layer is not None and layer.isValid():
                layer.loadNamedStyle(qml)
                layer.triggerRepaint()

    if context.willLoadLayerOnCompletion(raster_path):
        processor = _Style()
        _STYLERS.append(processor)  # the interface must outlive this call
        context.layerToLoadOnCompletionDetails(raster_path).setPostProcessor(processor)


_STYLERS = []


def mask_on_grid(alg, parameters, name, context, feedback, image_layer, folder, what):
    """A raster-or-polygon mask parameter as a uint8 raster on the image's grid (path), or None.

    Rasters are warped lazily (VRT, nearest); polygons are reprojected to the image's CRS and burnt. A mask
    that covers no pixel of the image is refused (its CRS is likely wrong); partial cover is logged.
    """
    from osgeo import gdal
    from qgis.core import QgsMapLayer, QgsProcessingFeatureSource

    from .engine.imagery import rules

    layer = alg.parameterAsLayer(parameters, name, context)
    if layer is None:
        return None
    like = gdal.Open(image_layer.source())
    if layer.type() == QgsMapLayer.RasterLayer:
        require_crs(layer.crs(), what)
        path = rules.warp_to(layer.source(), like, os.path.join(folder, name.lower() + ".vrt"))
    else:
        _, geoms = read_geometries(QgsProcessingFeatureSource(layer, context), image_layer.crs().toWkt(), context,
                                   feedback, what)
        path = rules.rasterize([g.wkb for g in geoms if g is not None], like,
                               os.path.join(folder, name.lower() + ".tif"))
    share = rules.grid_coverage(path, nonzero=True)
    if share == 0:
        raise QgsProcessingException(
            tr("{what} covers no pixel of the image: check its coordinate reference system ({crs}; the image is "
               "in {image_crs}) and that it lies over the image.").format(
                what=what, crs=layer.crs().authid() or layer.crs().description(),
                image_crs=image_layer.crs().authid() or image_layer.crs().description()))
    feedback.pushInfo(tr("{what} covers {pct:.1f}% of the image.").format(what=what, pct=100.0 * share))
    return path
