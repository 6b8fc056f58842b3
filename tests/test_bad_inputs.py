"""Realistic mistakes through qgis_process, across the algorithms.

Every case checks: no Python traceback; the run stops (non-zero exit) or finishes
with a warning, as the case says; the message says what is wrong (its wording is
checked); a refused run leaves no output file; and no input file changes (hashes
before and after). Inputs are copies of the shipped sample data in a temporary
folder, outputs go to a separate temporary folder.

The first test refuses, for every output of every algorithm, an output path equal
to an input file, and an output in a folder that does not exist.

Cases whose fix belongs to another area of the plugin and has not landed yet are
marked xfail (not strict) with the area named.
"""
import hashlib
import json
import os
import re
import shutil

import pytest

from conftest import ROOT, make_profile, qgis_env, run_alg

SAMPLE = os.path.join(ROOT, "sample_data")
S2 = "s2l2a_ponce_pr_20190108_6band.tif"
DEPTH = "s2l2a_ponce_pr_depth_10m.tif"
HABITAT = "habitat_demo.tif"
AREAS = "project_areas.gpkg"
FARMS = "farms_demo.gpkg"
SAND = "sand_sample.gpkg"
TRAINING = "training_ponce.gpkg"
EMISSIONS = "conference_emissions.csv"
SNAPSHOTS_CSV = "snapshots.csv"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """Inputs that other algorithms make: a small model, a labelled reference sample, a sink layer; and a copy of
    the image as the reference image of a normalisation."""
    d = tmp_path_factory.mktemp("made")
    shutil.copy(os.path.join(SAMPLE, S2), d / "reference_image.tif")
    code, _, text = run_alg("trainclassifier", {
        "INPUT": os.path.join(SAMPLE, S2), "TRAINING": os.path.join(SAMPLE, TRAINING), "CLASS_FIELD": "class",
        "TREES": 10, "OUTPUT_MODEL": d / "model.bcmodel"})
    assert code == 0, text
    code, _, text = run_alg("samplingdesign", {"INPUT": os.path.join(SAMPLE, HABITAT), "SAMPLE_SIZE": 60,
                                               "MIN_PER_CLASS": 5, "OUTPUT": d / "reference.gpkg"})
    assert code == 0, text
    from osgeo import ogr
    ds = ogr.Open(str(d / "reference.gpkg"), 1)
    layer = ds.GetLayer(0)
    for feat in layer:  # a perfect labelling: enough for the run to be valid
        feat.SetField("ref_class", feat.GetField("map_class"))
        layer.SetFeature(feat)
    ds = None
    code, _, text = run_alg("mariculturesink", {"ZONES": os.path.join(SAMPLE, FARMS), "SPECIES_FIELD": "species",
                                                "YIELD_FIELD": "harvest_t", "OUTPUT": d / "sink.gpkg",
                                                "OUTPUT_TABLE": d / "sink_species.csv"})
    assert code == 0, text
    with open(d / SNAPSHOTS_CSV, "w", encoding="utf-8") as fh:  # the demo map at two dates, for transitionmap
        fh.write("snapshot_year,raster_path\n2019,{0}\n2024,{0}\n".format(HABITAT))
    return d


class Workspace:
    """Copies of the inputs in ``inp``; outputs go to ``out``."""

    def __init__(self, tmp_path, made):
        self.inp = tmp_path / "in"
        self.out = tmp_path / "out"
        self.inp.mkdir()
        self.out.mkdir()
        for name in os.listdir(SAMPLE):
            if not name.endswith((".py", ".md")):
                shutil.copy(os.path.join(SAMPLE, name), self.inp / name)
        for name in os.listdir(made):
            shutil.copy(made / name, self.inp / name)

    def __call__(self, name):
        return str(self.inp / name)

    def o(self, name):
        return str(self.out / name)

    def hashes(self):
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(self.inp.rglob("*"))
                if p.is_file()}

    def outputs(self):
        return sorted(p.name for p in self.out.rglob("*"))


@pytest.fixture
def ws(tmp_path, made):
    return Workspace(tmp_path, made)


# ---- every output of every algorithm: never an input, never a missing folder ----

# algorithm: (inputs, {output: file name}); inputs map a parameter to a workspace file (or a plain value)
ALGORITHMS = {
    "spectralindices": ({"INPUT": S2}, {"OUTPUT": "indices.tif"}),
    "classifyrules": ({"INPUT": S2, "DEM": DEPTH, "SAND": SAND}, {"OUTPUT": "habitat.tif"}),
    "normaliseimage": ({"INPUT": S2, "REFERENCE": "reference_image.tif"},
                       {"OUTPUT": "normalised.tif", "OUTPUT_NO_CHANGE": "no_change.tif"}),
    "trainclassifier": ({"INPUT": S2, "TRAINING": TRAINING, "CLASS_FIELD": "=class", "TREES": "=5"},
                        {"OUTPUT_MODEL": "m.bcmodel", "OUTPUT_REPORT": "train.html"}),
    "classifyhabitats": ({"INPUT": S2, "MODEL": "model.bcmodel", "MASK": AREAS},
                         {"OUTPUT": "forest.tif", "OUTPUT_CONFIDENCE": "confidence.tif"}),
    "samplingdesign": ({"INPUT": HABITAT}, {"OUTPUT": "sample.gpkg"}),
    "accuracyassessment": ({"INPUT": HABITAT, "REFERENCE": "reference.gpkg", "REF_FIELD": "=ref_class"},
                           {"OUTPUT": "accuracy.csv", "OUTPUT_MATRIX": "matrix.csv", "OUTPUT_REPORT": "acc.html"}),
    "carbonstocks": ({"HABITAT": HABITAT, "AREAS": AREAS, "ID_FIELD": "=site_id", "ITERATIONS": "=50"},
                     {"OUTPUT": "carbon.gpkg", "OUTPUT_TABLE": "by_class.csv", "OUTPUT_RASTER": "density.tif",
                      "OUTPUT_REPORT": "carbon.html"}),
    "mariculturesink": ({"ZONES": FARMS, "SPECIES_FIELD": "=species", "YIELD_FIELD": "=harvest_t",
                         "HABITAT": HABITAT}, {"OUTPUT": "sink_out.gpkg", "OUTPUT_TABLE": "species.csv"}),
    "offsetbalance": ({"EMISSIONS_TABLE": EMISSIONS, "SINKS": "sink.gpkg"}, {"OUTPUT_REPORT": "offset.html"}),
    "transitionmap": ({"SNAPSHOT_TABLE": SNAPSHOTS_CSV, "AREAS": AREAS, "ID_FIELD": "=site_id"},
                      {"OUTPUT": "transitions.tif", "OUTPUT_TABLE": "transition_areas.csv",
                       "OUTPUT_REPORT": "transitions.html"}),
}
EVERY_OUTPUT = [(alg, out) for alg, (_, outs) in ALGORITHMS.items() for out in outs]


def full_params(ws, alg):
    inputs, outputs = ALGORITHMS[alg]
    params = {k: v[1:] if v.startswith("=") else ws(v) for k, v in inputs.items()}
    params.update({k: ws.o(v) for k, v in outputs.items()})
    return params


def check_refused(ws, code, text, before, pattern):
    assert "Traceback" not in text, text
    assert code != 0, text
    assert re.search(pattern, text, re.S), text
    assert ws.outputs() == [], ws.outputs()
    assert ws.hashes() == before


@pytest.mark.parametrize("alg,output", EVERY_OUTPUT, ids=["{}-{}".format(a, o) for a, o in EVERY_OUTPUT])
def test_no_output_may_overwrite_an_input(ws, alg, output):
    inputs, _ = ALGORITHMS[alg]
    for victim_param, victim in inputs.items():
        if victim.startswith("="):
            continue
        params = full_params(ws, alg)
        params[output] = ws(victim)
        before = ws.hashes()
        code, _, text = run_alg(alg, params)
        check_refused(ws, code, text, before, r"Output {} would overwrite the input .*\({}\)\. The file .*{} would be overwritten".format(
            output, victim_param, re.escape(victim)))
        # the first input is enough for every output; the main output is tried against every input
        if output != list(ALGORITHMS[alg][1])[0]:
            break


@pytest.mark.parametrize("alg,output", EVERY_OUTPUT, ids=["{}-{}".format(a, o) for a, o in EVERY_OUTPUT])
def test_output_in_a_missing_folder_is_refused(ws, alg, output):
    params = full_params(ws, alg)
    params[output] = os.path.join(ws.o("missing"), "result" + os.path.splitext(params[output])[1])
    before = ws.hashes()
    code, _, text = run_alg(alg, params)
    check_refused(ws, code, text, before, r"The folder .*missing of output {} does not exist".format(output))


@pytest.mark.parametrize("alg,output", EVERY_OUTPUT, ids=["{}-{}".format(a, o) for a, o in EVERY_OUTPUT])
def test_output_in_a_read_only_folder_is_refused(ws, alg, output):
    """Run as an ordinary user (root may write anywhere: then as ``nobody``, through setpriv)."""
    import subprocess
    import tempfile

    as_root = os.geteuid() == 0
    if as_root and not shutil.which("setpriv"):
        pytest.skip("needs setpriv to run as an ordinary user")
    top = tempfile.mkdtemp(prefix="bluecarbon-ro-")
    try:
        os.chmod(top, 0o755)
        inp = os.path.join(top, "in")
        shutil.copytree(ws.inp, inp)
        read_only = os.path.join(top, "ro")
        os.mkdir(read_only)
        params = full_params(ws, alg)
        params = {k: v.replace(str(ws.inp), inp).replace(str(ws.out), os.path.join(top, "out"))
                  if isinstance(v, str) else v for k, v in params.items()}
        os.mkdir(os.path.join(top, "out"))
        params[output] = os.path.join(read_only, "result" + os.path.splitext(params[output])[1])
        home = os.path.join(top, "home")
        os.mkdir(home)
        env = qgis_env(HOME=home, XDG_RUNTIME_DIR=os.path.join(home, "runtime"),
                       QGIS_CUSTOM_CONFIG_PATH=make_profile(os.path.join(top, "profile")))
        argv = ["qgis_process.bin", "run", "bluecarbon:" + alg, "--"] + ["{}={}".format(k, v)
                                                                         for k, v in params.items()]
        if as_root:
            for base, dirs, files in os.walk(top):
                for name in dirs + files:
                    os.chmod(os.path.join(base, name), 0o777 if name in dirs else 0o644)
            for folder in (home, os.path.join(top, "profile"), os.path.join(top, "out")):
                for base, dirs, files in os.walk(folder):
                    for name in [base] + [os.path.join(base, n) for n in dirs + files]:
                        os.chown(name, 65534, -1)
            argv = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + argv
        os.chmod(read_only, 0o555)
        before = {name: open(os.path.join(inp, name), "rb").read() for name in os.listdir(inp)}
        proc = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=600)
        text = proc.stdout + proc.stderr
        assert "Traceback" not in text and proc.returncode != 0, text
        assert re.search(r"Output {} cannot be written: the folder .*ro is read-only".format(output), text), text
        assert os.listdir(read_only) == [] and os.listdir(os.path.join(top, "out")) == []
        assert {name: open(os.path.join(inp, name), "rb").read() for name in os.listdir(inp)} == before
    finally:
        os.chmod(os.path.join(top, "ro"), 0o755)
        shutil.rmtree(top, ignore_errors=True)


def test_output_guard_sees_through_symlinks_and_shapefile_parts(ws, tmp_path):
    os.symlink(ws(S2), tmp_path / "link.tif")
    before = ws.hashes()
    code, _, text = run_alg("spectralindices", {"INPUT": str(tmp_path / "link.tif"), "OUTPUT": ws(S2)})
    check_refused(ws, code, text, before, r"would overwrite")
    # a table written as areas.dbf would replace the attribute part of the shapefile areas.shp
    from osgeo import gdal
    gdal.VectorTranslate(ws("areas.shp"), ws(AREAS))
    before = ws.hashes()
    code, _, text = run_alg("carbonstocks", {"HABITAT": ws(HABITAT), "AREAS": ws("areas.shp"),
                                             "OUTPUT": ws.o("c.gpkg"), "OUTPUT_TABLE": ws("areas.dbf")})
    check_refused(ws, code, text, before, r"Output OUTPUT_TABLE would overwrite the input .*areas\.(dbf|shp)")


# ---- the battery ----

def utm_geojson(ws, source, name):
    """A layer in UTM 19N metres written as GeoJSON without a "crs" member: GDAL reads it as WGS 84."""
    from osgeo import gdal
    path = ws(name)
    gdal.VectorTranslate(path, ws(source), format="GeoJSON", dstSRS="EPSG:32619")
    data = json.load(open(path))
    data.pop("crs", None)
    json.dump(data, open(path, "w"))
    return path


def text_file(ws, name, text="not a dataset\n"):
    with open(ws(name), "w") as fh:
        fh.write(text)
    return ws(name)


def empty_copy(ws, source, name):
    from osgeo import gdal
    gdal.VectorTranslate(ws(name), ws(source), where="1 = 0")
    return ws(name)


def stray_points(ws, name):
    """Training points far from the image (100 km east)."""
    from osgeo import gdal
    gdal.VectorTranslate(ws(name), ws(TRAINING), SQLStatement="SELECT class, ST_Translate(geom, 100000, 0, 0) AS geom "
                         "FROM training", SQLDialect="SQLITE")
    return ws(name)


def one_class_points(ws, name):
    from osgeo import gdal
    gdal.VectorTranslate(ws(name), ws(TRAINING), where="class = 1")
    return ws(name)


def text_class_points(ws, name):
    from osgeo import gdal
    gdal.VectorTranslate(ws(name), ws(TRAINING), SQLStatement="SELECT 'water' AS klass, geom FROM training",
                         SQLDialect="SQLITE")
    return ws(name)


def farms_with_null_harvest(ws, name):
    from osgeo import ogr
    shutil.copy(ws(FARMS), ws(name))
    ds = ogr.Open(ws(name), 1)
    layer = ds.GetLayer(0)
    feat = layer.GetFeature(2)
    feat.SetFieldNull("harvest_t")
    layer.SetFeature(feat)
    ds = None
    return ws(name)


def shifted_raster(ws, source, name, dx):
    from osgeo import gdal
    ds = gdal.Translate(ws(name), ws(source))
    gt = list(ds.GetGeoTransform())
    gt[0] += dx
    ds.SetGeoTransform(gt)
    ds = None
    return ws(name)


def with_nodata(ws, source, name, nodata):
    from osgeo import gdal
    gdal.Translate(ws(name), ws(source), noData=nodata)
    return ws(name)


def blank_like(ws, source, name):
    """A map of the same grid with no class anywhere (all nodata)."""
    from osgeo import gdal
    gdal.Translate(ws(name), ws(source), scaleParams=[[0, 255, 0, 0]])
    return ws(name)


def one_band(ws, name):
    from osgeo import gdal
    gdal.Translate(ws(name), ws(S2), bandList=[1])
    return ws(name)


def hazy_date(ws, name):
    """The image as another date would give it: reflectance 0.03 + 1.1 × the chip's (DN → 300 + 1.1 DN)."""
    from osgeo import gdal
    gdal.Translate(ws(name), ws(S2), scaleParams=[[0, 10000, 300, 11300]])
    return ws(name)


def dated_training(ws, name, dates=("2019", "2004")):
    from osgeo import gdal
    gdal.VectorTranslate(ws(name), ws(TRAINING), SQLDialect="SQLite", SQLStatement=(
        "SELECT geom, class, CASE WHEN fid % 2 = 0 THEN '{}' ELSE '{}' END AS date FROM training".format(*dates)))
    return ws(name)


REFUSE, WARN, OK = "refuse", "warn", "ok"
# an xfail reason names the area of the plugin whose fix has not landed yet (none at present)

# (id, algorithm, parameters: f(ws) -> dict, expectation, message pattern, xfail reason or None)
CASES = [
    # outputs on inputs (the cases of the issue) and outputs that cannot be written
    ("carbonstocks-raster-on-habitat", "carbonstocks",
     lambda w: dict(full_params(w, "carbonstocks"), OUTPUT_RASTER=w(HABITAT)), REFUSE, r"would overwrite", None),
    ("spectralindices-output-on-input", "spectralindices",
     lambda w: {"INPUT": w(S2), "OUTPUT": w(S2)}, REFUSE, r"would overwrite", None),
    ("classifyrules-output-on-input", "classifyrules",
     lambda w: {"INPUT": w(S2), "OUTPUT": w(S2)}, REFUSE, r"would overwrite", None),
    ("classifyrules-output-on-dem", "classifyrules",
     lambda w: {"INPUT": w(S2), "DEM": w(DEPTH), "OUTPUT": w(DEPTH)}, REFUSE, r"would overwrite.*\(DEM\)", None),
    ("classifyhabitats-output-on-input", "classifyhabitats",
     lambda w: {"INPUT": w(S2), "MODEL": w("model.bcmodel"), "OUTPUT": w(S2)}, REFUSE, r"would overwrite", None),
    ("classifyhabitats-confidence-on-model", "classifyhabitats",
     lambda w: {"INPUT": w(S2), "MODEL": w("model.bcmodel"), "OUTPUT": w.o("h.tif"),
                "OUTPUT_CONFIDENCE": w("model.bcmodel")}, REFUSE, r"Output OUTPUT_CONFIDENCE would overwrite", None),
    ("mariculturesink-output-on-zones", "mariculturesink",
     lambda w: dict(full_params(w, "mariculturesink"), OUTPUT=w(FARMS)), REFUSE, r"would overwrite.*\(ZONES\)",
     None),
    ("offsetbalance-report-on-emissions", "offsetbalance",
     lambda w: {"EMISSIONS_TABLE": w(EMISSIONS), "SINK_T": 100, "OUTPUT_REPORT": w(EMISSIONS)}, REFUSE,
     r"would overwrite.*\(EMISSIONS_TABLE\)", None),
    ("trainclassifier-model-on-training", "trainclassifier",
     lambda w: {"INPUT": w(S2), "TRAINING": w(TRAINING), "CLASS_FIELD": "class", "OUTPUT_MODEL": w(TRAINING)},
     REFUSE, r"would overwrite.*\(TRAINING\)", None),
    ("samplingdesign-output-on-input", "samplingdesign",
     lambda w: {"INPUT": w(HABITAT), "OUTPUT": w(HABITAT)}, REFUSE, r"would overwrite", None),
    ("accuracyassessment-matrix-on-reference", "accuracyassessment",
     lambda w: dict(full_params(w, "accuracyassessment"), OUTPUT_MATRIX=w("reference.gpkg")), REFUSE,
     r"would overwrite.*\(REFERENCE\)", None),
    ("accuracyassessment-matrix-missing-folder", "accuracyassessment",
     lambda w: dict(full_params(w, "accuracyassessment"), OUTPUT_MATRIX=w.o("no/such/matrix.csv")), REFUSE,
     r"The folder .*no/such of output OUTPUT_MATRIX does not exist", None),
    ("carbonstocks-report-missing-folder", "carbonstocks",
     lambda w: dict(full_params(w, "carbonstocks"), OUTPUT_REPORT=w.o("nope/r.html")), REFUSE,
     r"The folder .*nope of output OUTPUT_REPORT does not exist", None),
    ("trainclassifier-report-is-a-folder", "trainclassifier",
     lambda w: dict(full_params(w, "trainclassifier"), OUTPUT_REPORT=str(w.inp)), REFUSE, r"is a folder", None),
    ("mariculturesink-two-outputs-one-file", "mariculturesink",
     lambda w: dict(full_params(w, "mariculturesink"), OUTPUT=w.o("same.gpkg"), OUTPUT_TABLE=w.o("same.gpkg")),
     REFUSE, r"both write", None),
    # inputs that are not what they say
    ("spectralindices-text-file-named-tif", "spectralindices",
     lambda w: {"INPUT": text_file(w, "fake.tif"), "OUTPUT": w.o("i.tif")}, REFUSE,
     r"fake\.tif exists but is not a raster", None),
    ("carbonstocks-areas-text-file", "carbonstocks",
     lambda w: dict(full_params(w, "carbonstocks"), AREAS=text_file(w, "areas.gpkg.txt")), REFUSE,
     r"exists but is not a vector layer", None),
    ("classifyrules-missing-dem", "classifyrules",
     lambda w: {"INPUT": w(S2), "DEM": w("no_dem.tif"), "OUTPUT": w.o("h.tif")}, REFUSE,
     r"no_dem\.tif does not exist", None),
    ("classifyhabitats-model-any-name", "classifyhabitats",
     lambda w: {"INPUT": w(S2), "MODEL": shutil.copy(w("model.bcmodel"), w("model.out")),
                "OUTPUT": w.o("h.tif")}, OK, r"Model: Random forest", None),
    ("classifyhabitats-model-is-text", "classifyhabitats",
     lambda w: {"INPUT": w(S2), "MODEL": text_file(w, "fake.bcmodel"), "OUTPUT": w.o("h.tif")}, REFUSE,
     r"fake\.bcmodel is not a Blue Carbon classifier model file", None),
    ("classifyhabitats-model-missing", "classifyhabitats",
     lambda w: {"INPUT": w(S2), "MODEL": w("gone.bcmodel"), "OUTPUT": w.o("h.tif")}, REFUSE,
     r"Model file \(MODEL\): the file .*gone\.bcmodel does not exist", None),
    ("offsetbalance-emissions-table-missing", "offsetbalance",
     lambda w: {"EMISSIONS_TABLE": w("gone.csv"), "SINK_T": 100, "OUTPUT_REPORT": w.o("o.html")}, REFUSE,
     r"\(EMISSIONS_TABLE\): the file .*gone\.csv does not exist", None),
    ("classifyhabitats-model-is-an-image", "classifyhabitats",
     lambda w: {"INPUT": w(S2), "MODEL": w(HABITAT), "OUTPUT": w.o("h.tif")}, REFUSE,
     r"habitat_demo\.tif is not a Blue Carbon classifier model file", None),
    ("classifyhabitats-wrong-band-layout", "classifyhabitats",
     lambda w: {"INPUT": one_band(w, "b1.tif"), "MODEL": w("model.bcmodel"), "OUTPUT": w.o("h.tif")}, REFUSE,
     r"trained on an image with 6 band\(s\) but this raster has 1", None),
    ("trainclassifier-utm-geojson-as-wgs84", "trainclassifier",
     lambda w: {"INPUT": w(S2), "TRAINING": utm_geojson(w, TRAINING, "t.geojson"), "CLASS_FIELD": "class",
                "OUTPUT_MODEL": w.o("m.bcmodel")}, REFUSE,
     r"training layer .*CRS is probably wrong|outside the valid area of its CRS.*CRS is wrong", None),
    ("trainclassifier-text-classes", "trainclassifier",
     lambda w: {"INPUT": w(S2), "TRAINING": text_class_points(w, "t.gpkg"), "CLASS_FIELD": "klass",
                "OUTPUT_MODEL": w.o("m.bcmodel")}, REFUSE, r"is not an integer class value", None),
    ("trainclassifier-one-class", "trainclassifier",
     lambda w: {"INPUT": w(S2), "TRAINING": one_class_points(w, "t.gpkg"), "CLASS_FIELD": "class",
                "OUTPUT_MODEL": w.o("m.bcmodel")}, REFUSE,
     r"hold only one class \(1\); a classifier needs at least two", None),
    ("trainclassifier-points-off-the-image", "trainclassifier",
     lambda w: {"INPUT": w(S2), "TRAINING": stray_points(w, "t.gpkg"), "CLASS_FIELD": "class",
                "OUTPUT_MODEL": w.o("m.bcmodel")}, REFUSE,
     r"No training sample falls on valid pixels of the image", None),
    ("trainclassifier-unknown-index", "trainclassifier",
     lambda w: {"INPUT": w(S2), "TRAINING": w(TRAINING), "CLASS_FIELD": "class", "INDICES": "NDVI,FOO",
                "OUTPUT_MODEL": w.o("m.bcmodel")}, REFUSE, r"Unknown index name\(s\): FOO\. Known indices: NDVI", None),
    ("spectralindices-unknown-index", "spectralindices",
     lambda w: {"INPUT": w(S2), "INDICES": "NDVI,XYZ", "OUTPUT": w.o("i.tif")}, REFUSE,
     r"Unknown index name\(s\): XYZ\. Known indices", None),
    ("carbonstocks-density-not-a-number", "carbonstocks",
     lambda w: dict(full_params(w, "carbonstocks"), DENSITIES=text_file(
         w, "d.csv", "class_value,class_name,agb_tc_ha,bgb_tc_ha,dead_tc_ha,soil_tc_ha,seq_tc_ha_yr,source\n"
                     "3,mangrove,abc,1,0,1,1,test\n")), REFUSE,
     r"Row 2 of the density table, column 'agb_tc_ha': 'abc' is not a number", None),
    ("offsetbalance-emissions-missing-columns", "offsetbalance",
     lambda w: {"EMISSIONS_TABLE": text_file(w, "e.csv", "source,amount\nvenue,12\n"), "SINK_T": 100,
                "OUTPUT_REPORT": w.o("o.html")}, REFUSE,
     r"lacks the column\(s\) activity, unit, emission_factor", None),
    # a field its layer does not have: named, with the fields the layer has (no KeyError traceback)
    ("mariculturesink-unknown-species-field", "mariculturesink",
     lambda w: dict(full_params(w, "mariculturesink"), SPECIES_FIELD="品种"), REFUSE,
     r"Species field \(SPECIES_FIELD\): the layer .* has no field 品种; its fields are: .*species.*harvest_t", None),
    ("mariculturesink-unknown-id-field", "mariculturesink",
     lambda w: dict(full_params(w, "mariculturesink"), ID_FIELD="farm_no"), REFUSE,
     r"\(ID_FIELD\): the layer .* has no field farm_no; its fields are: .*species.*or leave the parameter empty",
     None),
    ("trainclassifier-unknown-class-field", "trainclassifier",
     lambda w: dict(full_params(w, "trainclassifier"), CLASS_FIELD="klass"), REFUSE,
     r"\(CLASS_FIELD\): the layer .* has no field klass; its fields are: .*class", None),
    ("accuracyassessment-unknown-map-field", "accuracyassessment",
     lambda w: dict(full_params(w, "accuracyassessment"), MAP_FIELD="mapped"), REFUSE,
     r"\(MAP_FIELD\): the layer .* has no field mapped; its fields are: .*ref_class", None),
    ("mariculturesink-unknown-species", "mariculturesink",
     lambda w: dict(full_params(w, "mariculturesink"), SPECIES_FIELD="名称"), REFUSE,
     r"Unknown species '.+'\. Known species: .*kelp.*oyster", None),
    # other areas' cases from the issue (xfail until their fixes land)
    ("carbonstocks-no-output-table", "carbonstocks",
     lambda w: {"HABITAT": w(HABITAT), "AREAS": w(AREAS), "OUTPUT": w.o("c.gpkg")}, OK, r"TOTAL_STOCK_TC", None),
    ("carbonstocks-unknown-id-field", "carbonstocks",
     lambda w: dict(full_params(w, "carbonstocks"), ID_FIELD="no_such_field"), REFUSE, r"no_such_field", None),
    ("carbonstocks-utm-polygons-as-wgs84", "carbonstocks",
     lambda w: dict(full_params(w, "carbonstocks"), AREAS=utm_geojson(w, AREAS, "a.geojson")), REFUSE,
     r"project area layer .*not longitude and latitude.*The layer's CRS is probably wrong", None),
    ("mariculturesink-no-output-table", "mariculturesink",
     lambda w: {"ZONES": w(FARMS), "SPECIES_FIELD": "species", "YIELD_FIELD": "harvest_t",
                "OUTPUT": w.o("s.gpkg")}, OK, r"TOTAL_REMOVAL", None),
    ("mariculturesink-utm-farms-as-wgs84", "mariculturesink",
     lambda w: dict(full_params(w, "mariculturesink"), ZONES=utm_geojson(w, FARMS, "f.geojson")), REFUSE,
     r"outside the range of its geographic CRS EPSG:4326.*The layer's CRS is probably wrong", None),
    ("mariculturesink-farms-off-the-habitat", "mariculturesink",
     lambda w: {"ZONES": w(FARMS), "SPECIES_FIELD": "species", "YIELD_PER_HA_FIELD": "harvest_t",
                "HABITAT": w(HABITAT), "OUTPUT": w.o("s.gpkg")}, WARN,
     r"Farm feature 1 lies outside the habitat raster: its mariculture area and harvest are 0", None),
    ("mariculturesink-null-harvest-names-the-farm", "mariculturesink",
     lambda w: dict(full_params(w, "mariculturesink"), ZONES=farms_with_null_harvest(w, "f.gpkg"),
                    ID_FIELD="名称"), REFUSE, r"Farm .+ has no harvest: field harvest_t is empty", None),
    ("offsetbalance-empty-sinks-layer", "offsetbalance",
     lambda w: {"EMISSIONS_TABLE": w(EMISSIONS), "SINKS": empty_copy(w, "sink.gpkg", "empty.gpkg"),
                "OUTPUT_REPORT": w.o("o.html")}, REFUSE, r"The sink layer empty has no features", None),
    ("offsetbalance-zero-emissions", "offsetbalance",
     lambda w: {"EMISSIONS_T": 0, "SINK_T": 100, "OUTPUT_REPORT": w.o("o.html")}, REFUSE,
     r"The emission is 0 t CO2e: there is nothing to offset", None),
    ("accuracyassessment-no-output-matrix", "accuracyassessment",
     lambda w: {"INPUT": w(HABITAT), "REFERENCE": w("reference.gpkg"), "REF_FIELD": "ref_class",
                "OUTPUT": w.o("a.csv")}, OK,
     r"OVERALL_ACCURACY", None),
    ("accuracyassessment-polygon-reference", "accuracyassessment",
     lambda w: dict(full_params(w, "accuracyassessment"), REFERENCE=w(AREAS)), REFUSE, r"(?i)point", None),
    ("accuracyassessment-utm-reference-as-wgs84", "accuracyassessment",
     lambda w: dict(full_params(w, "accuracyassessment"), REFERENCE=utm_geojson(w, "reference.gpkg", "r.geojson")),
     REFUSE, r"(?i)CRS", None),
    ("samplingdesign-expected-ua-for-absent-class", "samplingdesign",
     lambda w: {"INPUT": w(HABITAT), "EXPECTED_UA": "33:0.7", "OUTPUT": w.o("s.gpkg")}, WARN,
     r"Expected user's accuracy given for class 33, but the map has no class 33", None),
    ("samplingdesign-target-se-out-of-range", "samplingdesign",
     lambda w: {"INPUT": w(HABITAT), "TARGET_SE": 5, "OUTPUT": w.o("s.gpkg")}, REFUSE,
     r"TARGET_SE .*must be a number from 0\.001 to 0\.5", None),
    ("spectralindices-scale-zero", "spectralindices",
     lambda w: {"INPUT": w(S2), "SENSOR": 2, "BAND_RED": 1, "BAND_NIR": 4, "INDICES": "NDVI", "SCALE": 0,
                "OUTPUT": w.o("i.tif")}, REFUSE, r"The scale is 0\.0: every pixel would get the same reflectance",
     None),
    ("spectralindices-landsat-preset-on-sentinel2", "spectralindices",
     lambda w: {"INPUT": w(S2), "SENSOR": 1, "INDICES": "NDVI", "OUTPUT": w.o("i.tif")}, REFUSE,
     r"outside the valid range .* of Landsat 8/9 Collection 2 Level-2: this image is not that product", None),
    ("classifyrules-dem-off-the-image", "classifyrules",
     lambda w: {"INPUT": w(S2), "DEM": shifted_raster(w, DEPTH, "far_dem.tif", 50000), "OUTPUT": w.o("h.tif")},
     REFUSE, r"The DEM .*far_dem\.tif does not overlap the image", None),
    ("classifyhabitats-mask-off-the-image", "classifyhabitats",
     lambda w: {"INPUT": w(S2), "MODEL": w("model.bcmodel"), "MASK": w(FARMS), "OUTPUT": w.o("h.tif")}, REFUSE,
     r"The mask layer covers no pixel of the image", None),
    ("normaliseimage-output-on-reference", "normaliseimage",
     lambda w: {"INPUT": w(S2), "REFERENCE": w("reference_image.tif"), "OUTPUT": w("reference_image.tif")}, REFUSE,
     r"would overwrite.*\(REFERENCE\)", None),
    ("normaliseimage-band-count-the-preset-does-not-fit", "normaliseimage",
     lambda w: {"INPUT": one_band(w, "b1.tif"), "SENSOR": 3, "REFERENCE": w(S2), "OUTPUT": w.o("n.tif")}, REFUSE,
     r"The Landsat 4-5 TM Collection 2 Level-2 preset expects the product's band order \(6 bands", None),
    ("normaliseimage-reference-elsewhere", "normaliseimage",
     lambda w: {"INPUT": w(S2), "REFERENCE": shifted_raster(w, S2, "far.tif", 50000), "OUTPUT": w.o("n.tif")},
     REFUSE, r"The image and the reference share 0 valid pixel\(s\): they must cover the same place", None),
    ("trainclassifier-dates-that-match-no-image", "trainclassifier",
     lambda w: {"INPUT": w(S2), "IMAGES": hazy_date(w, "later.tif"), "IMAGE_DATES": "2019,2005",
                "TRAINING": dated_training(w, "dated.gpkg"), "CLASS_FIELD": "class", "DATE_FIELD": "date",
                "OUTPUT_MODEL": w.o("m.bcmodel")}, REFUSE,
     r"The date field holds 1 date\(s\) that match no image: 2004\. The images' dates \(IMAGE_DATES\) are "
     r"2019, 2005", None),
    ("classifyhabitats-spectra-the-model-has-not-seen", "classifyhabitats",
     lambda w: {"INPUT": hazy_date(w, "later.tif"), "MODEL": w("model.bcmodel"), "OUTPUT": w.o("h.tif")}, REFUSE,
     r"of the image's valid pixels have spectra outside the training range of the class the model gives them.*"
     r"ALLOW_UNSEEN to classify anyway", None),
    ("transitionmap-single-map", "transitionmap",
     lambda w: {"SNAPSHOTS": [w(HABITAT)], "SNAPSHOT_YEARS": "2019", "OUTPUT": w.o("t.tif")}, REFUSE,
     r"Only one class map \(2019\) was given; a transition needs maps of at least two dates", None),
    ("transitionmap-years-out-of-order", "transitionmap",
     lambda w: {"SNAPSHOTS": [w(HABITAT), w(HABITAT)], "SNAPSHOT_YEARS": "2024, 2019", "OUTPUT": w.o("t.tif")},
     REFUSE, r"The snapshot years 2024, 2019 are not in increasing order", None),
    ("transitionmap-maps-on-different-grids", "transitionmap",
     lambda w: {"SNAPSHOTS": [w(HABITAT), shifted_raster(w, HABITAT, "moved.tif", 5)],
                "SNAPSHOT_YEARS": "2019, 2024", "OUTPUT": w.o("t.tif")}, REFUSE,
     r"The 2024 snapshot .*moved\.tif.* is not on the grid of the 2019 snapshot.*gdalwarp -r near -t_srs "
     r"\"EPSG:32619\" -te 742860 1985900 747300 1988700 -tr 10 10 .*moved\.tif 2024_aligned\.tif", None),
    ("transitionmap-map-without-any-class", "transitionmap",
     lambda w: {"SNAPSHOTS": [w(HABITAT), blank_like(w, HABITAT, "blank.tif")], "SNAPSHOT_YEARS": "2019, 2024",
                "OUTPUT": w.o("t.tif"), "OUTPUT_TABLE": w.o("t_areas.csv")}, REFUSE,
     r"No pixel has a class on both the first \(2019\) and the last \(2024\) date", None),
    ("transitionmap-nodata-is-a-class-on-every-date", "transitionmap",
     lambda w: {"SNAPSHOTS": [with_nodata(w, HABITAT, "m3.tif", 3)] * 2, "SNAPSHOT_YEARS": "2019, 2024",
                "OUTPUT": w.o("t.tif")}, WARN,
     r"The nodata value 3 of every map is the plugin's class 3 \(mangrove\)", None),
    ("transitionmap-id-field-missing", "transitionmap",
     lambda w: dict(full_params(w, "transitionmap"), ID_FIELD="site_name"), REFUSE,
     r"Area identifier field \(ID_FIELD\): the layer .* has no field site_name; its fields are: .*site_id", None),
    ("transitionmap-output-on-a-map-of-the-table", "transitionmap",
     lambda w: {"SNAPSHOT_TABLE": w(SNAPSHOTS_CSV), "OUTPUT": w(HABITAT)}, REFUSE,
     r"The transition map would write .*habitat_demo\.tif, which is SNAPSHOT_TABLE", None),
    ("transitionmap-its-table-on-the-snapshot-table", "transitionmap",
     lambda w: {"SNAPSHOT_TABLE": w(SNAPSHOTS_CSV), "OUTPUT": w("snapshots.tif")}, REFUSE,
     r"The transition map would write .*snapshots\.csv, which is SNAPSHOT_TABLE", None),
    ("transitionmap-its-table-on-the-areas-table", "transitionmap",
     lambda w: {"SNAPSHOT_TABLE": w(SNAPSHOTS_CSV), "OUTPUT": w.o("t.tif"), "OUTPUT_TABLE": w.o("t.csv")}, REFUSE,
     r"The transition map would write .*t\.csv, which is OUTPUT_TABLE", None),
    ("classifyrules-s2-preset-on-one-band", "classifyrules",
     lambda w: {"INPUT": one_band(w, "b1.tif"), "OUTPUT": w.o("h.tif")}, REFUSE,
     r"The Sentinel-2 Level-2A preset expects the product's band order", None),
]


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c[0], marks=[pytest.mark.xfail(strict=False, reason="fix belongs to the " + c[5])]
                 if c[5] else []) for c in CASES])
def test_bad_input(ws, case):
    _, alg, make, expect, pattern, _ = case
    params = make(ws)
    before = ws.hashes()
    code, _, text = run_alg(alg, params)
    assert "Traceback" not in text, text
    assert ws.hashes() == before, "an input file changed"
    if expect == REFUSE:
        check_refused(ws, code, text, before, pattern)
    else:
        assert code == 0, text
        if expect == WARN:
            log = json.loads(text[text.index("{"):text.rindex("}") + 1]).get("log", {})
            text = "\n".join(log.get("warning", []))
            assert text, "no warning"
        assert re.search(pattern, text, re.S), text


def test_battery_is_large_and_covers_every_algorithm():
    assert len(CASES) >= 40
    assert {c[1] for c in CASES} == set(ALGORITHMS)
    assert len({c[0] for c in CASES}) == len(CASES)
