"""The output guard: no output may overwrite an input, every output's folder must be writable, an input given
as a path must exist and be readable, a field parameter must name a field of its layer; and what a failed run
needs to remove the files it wrote."""
import os
import re

from qgis.core import (
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsWkbTypes,
)

from .i18n import tr

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


def split_source(text):
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
        target = split_source(_static(value, context)) if value not in (None, "") else None
        if target is not None:
            targets.append((param, target))
            if not os.path.splitext(target[0])[1] and hasattr(param, "defaultFileExtension") \
                    and not is_folder_output(param):
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
            target = split_source(item) if isinstance(item, str) else None
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
            target = split_source(item)
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


# the geometry a feature source parameter's data type asks for
_GEOMETRY_OF_TYPE = {QgsProcessing.TypeVectorPoint: QgsWkbTypes.PointGeometry,
                     QgsProcessing.TypeVectorLine: QgsWkbTypes.LineGeometry,
                     QgsProcessing.TypeVectorPolygon: QgsWkbTypes.PolygonGeometry}


def _wrong_geometry(alg, parent, source):
    """Whether the layer has a geometry its parameter does not take (polygons given for points): then that, not
    its fields, is the problem, and the algorithm's own check says so."""
    wanted = {_GEOMETRY_OF_TYPE.get(t) for t in getattr(alg.parameterDefinition(parent), "dataTypes", list)()}
    return bool(wanted) and None not in wanted and QgsWkbTypes.geometryType(source.wkbType()) not in wanted


def missing_field(alg, parameters, context):
    """A message for a field parameter naming a field its layer does not have (with the fields it has), or
    None. Only fields given explicitly are checked; a layer that cannot be read, or that has the wrong kind of
    geometry, is left to the other checks."""
    for param in alg.parameterDefinitions():
        if param.type() != "field" or parameters.get(param.name()) in (None, "", []):
            continue
        parent = param.parentLayerParameterName()
        source = alg.parameterAsSource(parameters, parent, context) if parent and parameters.get(parent) else None
        if source is None or _wrong_geometry(alg, parent, source):
            continue
        names = source.fields().names()
        for field in alg.parameterAsFields(parameters, param.name(), context):
            if field and field not in names:
                text = tr("{input}: the layer {layer} has no field {field}; its fields are: {fields}. Choose one "
                          "of them, or leave the parameter empty.") if param.flags() & param.FlagOptional else \
                    tr("{input}: the layer {layer} has no field {field}; its fields are: {fields}. Choose one "
                       "of them.")
                return text.format(input=_label(param), layer=source.sourceName(), field=field,
                                   fields=", ".join(names) or "-")
    return None


def _gdal_opens(path, raster):
    from osgeo import gdal

    try:
        return gdal.OpenEx(path, gdal.OF_RASTER if raster else gdal.OF_VECTOR) is not None
    except RuntimeError:  # GDAL's exceptions are on
        return False


def footprint(path):
    """The files that writing a dataset at ``path`` may create or replace (GDAL side files, shapefile parts,
    SQLite journals)."""
    base, ext = os.path.splitext(path)
    files = {path, path + ".aux.xml", path + ".ovr", path + ".msk"}
    if ext.lower() in _SHAPEFILE:
        files |= {base + e for e in _SHAPEFILE}
    if ext.lower() in (".gpkg", ".sqlite"):
        files |= {path + "-wal", path + "-shm", path + "-journal"}
    return {os.path.realpath(f) for f in files}


def is_folder_output(param):
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
        if is_folder_output(param):
            continue  # a folder of outputs: its parent must exist and be writable
        if os.path.isdir(path):
            return tr("{output}: {path} is a folder. Give a file name.").format(output=_label(param), path=path)
        if os.path.exists(path) and not os.access(path, os.W_OK):
            return tr("{output}: {path} exists and is read-only; it cannot be overwritten. Choose another file "
                      "name.").format(output=_label(param), path=path)
        written = footprint(path)
        for in_param, (in_path, in_layer) in inputs:
            same_file = os.path.realpath(path) == os.path.realpath(in_path)
            if same_file and layer and in_layer and layer != in_layer:
                continue  # a new layer in the input's GeoPackage
            clash = same_file or written & {f for f in footprint(in_path) if os.path.exists(f)}
            if clash:
                return tr("Output {name} would overwrite the input {input}. The file {path} would be overwritten, "
                          "so nothing was run: choose another output file name.").format(
                    name=param.name(), path=in_path if same_file else sorted(clash)[0], input=_label(in_param))
    for i, (param, (path, layer)) in enumerate(targets):
        for other, (other_path, other_layer) in targets[i + 1:]:
            shared = footprint(path) & footprint(other_path)
            if other.name() != param.name() and shared and not (layer and other_layer and layer != other_layer):
                return tr("{first} and {second} both write {path}. Give each output its own file name.").format(
                    first=_label(param), second=_label(other), path=path)
    return None


def stamp(path):
    try:
        stat = os.stat(path)
        return stat.st_mtime_ns, stat.st_size
    except OSError:
        return None


def remove_quietly(path):
    try:
        if path and os.path.exists(path):
            os.remove(path)
    except OSError:
        pass
