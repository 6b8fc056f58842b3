"""Shared test set-up: import the working tree as the ``bluecarbon`` package,
register its provider in the pytest-qgis application, and helpers to build
small rasters and layers and to run qgis_process.

qgis_process runs with a temporary QGIS profile (made here, the plugin enabled in
it, removed at exit), so that the tests neither depend on nor write the machine's
default profile. GDAL's .aux.xml side files are switched off, so that opening the
shipped sample data does not write statistics beside it."""
import atexit
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN_PATH = os.path.join(ROOT, "build", "plugins")


def _import_working_tree():
    if "bluecarbon" in sys.modules:
        return sys.modules["bluecarbon"]
    spec = importlib.util.spec_from_file_location("bluecarbon", os.path.join(ROOT, "__init__.py"),
                                                  submodule_search_locations=[ROOT])
    module = importlib.util.module_from_spec(spec)
    sys.modules["bluecarbon"] = module
    spec.loader.exec_module(module)
    return module


_import_working_tree()


def make_profile(folder, plugins=("bluecarbon",), locale=None):
    """A QGIS settings root (``QGIS_CUSTOM_CONFIG_PATH``, or ``--profiles-path`` of the desktop) whose
    default profile enables ``plugins`` and, when given, overrides the language with ``locale`` as QGIS's
    Settings › Options › General stores it."""
    ini = os.path.join(str(folder), "profiles", "default", "QGIS", "QGIS3.ini")
    os.makedirs(os.path.dirname(ini), exist_ok=True)
    with open(ini, "w", encoding="utf-8") as fh:
        fh.write("[PythonPlugins]\n" + "".join("{}=true\n".format(p) for p in plugins))
        if locale:
            fh.write("\n[locale]\noverrideFlag=true\nuserLocale={}\n".format(locale))
    return str(folder)


PROFILE = make_profile(tempfile.mkdtemp(prefix="bluecarbon-qgis-profile-"))
atexit.register(shutil.rmtree, PROFILE, True)
os.environ["GDAL_PAM_ENABLED"] = "NO"


@pytest.fixture
def provider(qgis_app, qgis_processing):
    """The registered bluecarbon provider (registered again if a test unloaded the plugin)."""
    from qgis.core import QgsApplication
    from bluecarbon.bluecarbon_qgis.provider import BlueCarbonProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("bluecarbon")
    if existing is not None:
        return existing
    prov = BlueCarbonProvider()
    _PROVIDERS.append(prov)  # Python must keep the provider (and its algorithm subclasses) alive
    registry.addProvider(prov)
    return prov


_PROVIDERS = []


def qgis_env(**extra):
    env = dict(os.environ)
    # pytest-qgis points these at its own settings folder; qgis_process uses the
    # temporary profile in which the plugin is enabled
    env.pop("QGIS_OPTIONS_PATH", None)
    env["QGIS_CUSTOM_CONFIG_PATH"] = PROFILE
    env["GDAL_PAM_ENABLED"] = "NO"
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("XDG_RUNTIME_DIR", "/tmp/runtime-{}".format(os.getuid()))
    env["QGIS_PLUGINPATH"] = extra.pop("QGIS_PLUGINPATH", PLUGIN_PATH)
    env.update(extra)
    return env


def qgis_process(*args, env=None, timeout=600):
    """Run qgis_process.bin; returns the CompletedProcess (text)."""
    return subprocess.run(["qgis_process.bin", *args], capture_output=True, text=True,
                          env=env or qgis_env(), timeout=timeout)


def run_alg(alg, params, env=None):
    """Run ``bluecarbon:<alg>`` through qgis_process with --json; a list value repeats its parameter.

    Returns (returncode, results dict or None, combined output text).
    """
    argv = ["run", "bluecarbon:" + alg, "--json", "--"]
    # a list gives the parameter once per item (several layers)
    argv += ["{}={}".format(k, item) for k, v in params.items() for item in (v if isinstance(v, list) else [v])]
    proc = qgis_process(*argv, env=env)
    text = proc.stdout + proc.stderr
    results = None
    if proc.returncode == 0:
        start = proc.stdout.find("{")
        results = json.loads(proc.stdout[start:])["results"]
    return proc.returncode, results, text


def make_raster(path, array, epsg=None, x0=0.0, y0=0.0, dx=1.0, dy=1.0, nodata=0, wkt=None, dtype=None):
    """A north-up GeoTIFF from a numpy array; ``dy`` is the (positive) pixel height."""
    import numpy as np
    from osgeo import gdal, osr

    array = np.asarray(array)
    gdal_type = dtype or {np.dtype("uint8"): gdal.GDT_Byte, np.dtype("uint16"): gdal.GDT_UInt16,
                          np.dtype("int16"): gdal.GDT_Int16, np.dtype("int32"): gdal.GDT_Int32,
                          np.dtype("float32"): gdal.GDT_Float32}[array.dtype]
    ds = gdal.GetDriverByName("GTiff").Create(str(path), array.shape[1], array.shape[0], 1, gdal_type)
    ds.SetGeoTransform((x0, dx, 0.0, y0, 0.0, -dy))
    if epsg or wkt:
        srs = osr.SpatialReference()
        if epsg:
            srs.ImportFromEPSG(epsg)
        else:
            srs.ImportFromWkt(wkt)
        ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.WriteArray(array)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    ds = None
    return str(path)


def make_polygons(path, wkts, epsg=4326, fields=None, layer="areas"):
    """A GeoPackage of polygons; ``fields`` maps a field name to a list of string values."""
    from osgeo import ogr, osr

    if os.path.exists(path):
        os.remove(path)
    driver = "ESRI Shapefile" if str(path).endswith(".shp") else "GPKG"
    ds = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    srs = None
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lyr = ds.CreateLayer(layer, srs, ogr.wkbUnknown if driver == "GPKG" else ogr.wkbPolygon)
    fields = fields or {}
    for name in fields:
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for i, wkt in enumerate(wkts):
        feat = ogr.Feature(lyr.GetLayerDefn())
        for name, values in fields.items():
            feat.SetField(name, values[i])
        feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(feat)
    ds = None
    return str(path)


def write_csv(path, text):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return str(path)


def read_layer(path):
    """Features of a vector file as a list of dicts (attributes), via OGR."""
    from osgeo import ogr

    ds = ogr.Open(str(path))
    lyr = ds.GetLayer(0)
    out = []
    for feat in lyr:
        out.append({lyr.GetLayerDefn().GetFieldDefn(i).GetName(): feat.GetField(i)
                    for i in range(feat.GetFieldCount())})
    return out


def run_in_model(alg_id, static_params, outputs, tmp_path):
    """Wrap one algorithm in a .model3 (static inputs, chosen outputs), save, reload and run it.

    ``outputs`` maps the child's output id to a file path. Returns the model's results.
    """
    from qgis.core import (QgsProcessingContext, QgsProcessingFeedback, QgsProcessingModelAlgorithm,
                           QgsProcessingModelChildAlgorithm, QgsProcessingModelChildParameterSource,
                           QgsProcessingModelOutput)
    model = QgsProcessingModelAlgorithm("wrapped " + alg_id, "tests")
    child = QgsProcessingModelChildAlgorithm(alg_id)
    child.setChildId("step")
    for key, value in static_params.items():
        child.addParameterSources(key, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    model_outputs = {}
    for out_id in outputs:
        mo = QgsProcessingModelOutput(out_id.lower(), out_id.lower())
        mo.setChildOutputName(out_id)
        model_outputs[out_id.lower()] = mo
    child.setModelOutputs(model_outputs)
    model.addChildAlgorithm(child)
    path = str(tmp_path / "wrapped.model3")
    assert model.toFile(path)
    loaded = QgsProcessingModelAlgorithm()
    assert loaded.fromFile(path)
    params = {"step:" + out_id.lower(): str(p) for out_id, p in outputs.items()}
    results, ok = loaded.run(params, QgsProcessingContext(), QgsProcessingFeedback())
    assert ok
    return results
