"""The heavy algorithms give the same results in process, on local workers and on a Dask cluster.

Each algorithm runs through qgis_process three times: SCHEDULER=0 (in process, the reference), SCHEDULER empty
(two local worker processes) and on a dask-scheduler with two dask-workers started here on 127.0.0.1. Class
rasters must be identical byte for byte, per-polygon areas and stocks equal within 1e-9 relative. The test inputs
are small, so the small-job rule is switched off (BLUECARBON_LOCAL_MIN_CELLS=0) to make the workers do the work.
"""
import os

import numpy as np
import pytest
from osgeo import gdal
from pyproj import Transformer

from conftest import ROOT, make_polygons, make_raster, qgis_env, read_layer, run_alg
from test_executor import dask_cluster

pytest.importorskip("distributed")

S2 = os.path.join(ROOT, "sample_data", "s2l2a_ponce_pr_20190108_6band.tif")
DEPTH = os.path.join(ROOT, "sample_data", "s2l2a_ponce_pr_depth_10m.tif")
SAND = os.path.join(ROOT, "sample_data", "sand_sample.gpkg")
TRAINING = os.path.join(ROOT, "sample_data", "training_ponce.gpkg")
X0, Y0 = 700000.0, 2500000.0  # UTM 49N

WHERE = {"in": "in this process", "local": "on 2 local worker processes", "remote": "on the Dask cluster at"}


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    with dask_cluster(tmp_path_factory.mktemp("dask")) as address:
        yield address


def env(**extra):
    return qgis_env(BLUECARBON_LOCAL_MIN_CELLS="0", BLUECARBON_LOCAL_WORKERS="2", **extra)


def run_three(alg, params, outputs, folder, cluster):
    """Run ``alg`` in process, on local workers and on the cluster; {kind: {output id: path}, "results": ...}."""
    runs = {}
    for kind, scheduler in (("in", "0"), ("local", ""), ("remote", cluster)):
        outs = {k: str(folder / "{}_{}".format(kind, name)) for k, name in outputs.items()}
        rc, res, text = run_alg(alg, dict(params, SCHEDULER=scheduler, **outs), env=env())
        assert rc == 0, text
        assert WHERE[kind] in text, text  # the log says where the work ran
        runs[kind] = (outs, res)
    return runs


def array_bytes(path):
    ds = gdal.Open(str(path))
    return [ds.GetRasterBand(b).ReadAsArray().tobytes() for b in range(1, ds.RasterCount + 1)]


def assert_same_rasters(runs, key):
    ref = array_bytes(runs["in"][0][key])
    assert len(ref[0]) > 0
    for kind in ("local", "remote"):
        assert array_bytes(runs[kind][0][key]) == ref, kind


def test_spectral_indices_and_rules_on_every_executor(tmp_path, cluster):
    runs = run_three("spectralindices", {"INPUT": S2, "INDICES": "NDVI,MNDWI,FAI"}, {"OUTPUT": "ind.tif"},
                     tmp_path, cluster)
    assert_same_rasters(runs, "OUTPUT")
    runs = run_three("classifyrules", {"INPUT": S2, "DEM": DEPTH, "SAND": SAND}, {"OUTPUT": "rules.tif"},
                     tmp_path, cluster)
    assert_same_rasters(runs, "OUTPUT")
    classes = np.unique(gdal.Open(runs["in"][0]["OUTPUT"]).ReadAsArray())
    assert {1, 5}.issubset(set(classes.tolist()))  # water and seagrass mapped: not an empty map


def test_classify_habitats_on_every_executor(tmp_path, cluster):
    model = tmp_path / "m.bcmodel"
    rc, _, text = run_alg("trainclassifier", {"INPUT": S2, "TRAINING": TRAINING, "CLASS_FIELD": "class",
                                              "OUTPUT_MODEL": model, "TREES": 20})
    assert rc == 0, text
    runs = run_three("classifyhabitats", {"INPUT": S2, "MODEL": model},
                     {"OUTPUT": "map.tif", "OUTPUT_CONFIDENCE": "conf.tif"}, tmp_path, cluster)
    assert_same_rasters(runs, "OUTPUT")
    assert_same_rasters(runs, "OUTPUT_CONFIDENCE")


def lonlat_ring(ring):
    to_ll = Transformer.from_crs(32649, 4326, always_xy=True)
    return "POLYGON(({}))".format(", ".join("{} {}".format(*to_ll.transform(x, y)) for x, y in ring + ring[:1]))


def test_carbon_stocks_on_every_executor_and_the_environment_default(tmp_path, cluster):
    rng = np.random.default_rng(3)
    arr = rng.choice(np.array([0, 3, 4, 5], np.uint8), size=(300, 300), p=[0.1, 0.5, 0.2, 0.2])
    raster = make_raster(tmp_path / "habitat.tif", arr, 32649, X0, Y0, 10, 10)
    rings = []
    for _ in range(12):
        x, y = rng.uniform(X0 + 100, X0 + 2700), rng.uniform(Y0 - 2700, Y0 - 100)
        w, h = rng.uniform(80, 600, 2)
        rings.append(lonlat_ring([(x, y), (x + w, y + 0.3 * h), (x + 0.8 * w, y - h), (x - 0.1 * w, y - 0.7 * h)]))
    areas = make_polygons(tmp_path / "areas.gpkg", rings, 4326, fields={"name": [str(i) for i in range(12)]})
    params = {"HABITAT": raster, "AREAS": areas, "ID_FIELD": "name", "ITERATIONS": 200, "CLIMATE_ZONE": 4}
    runs = run_three("carbonstocks", params, {"OUTPUT": "stocks.gpkg"}, tmp_path, cluster)
    # the environment variable sets the default scheduler
    rc, res, text = run_alg("carbonstocks", dict(params, OUTPUT=tmp_path / "env.gpkg"),
                            env=env(BLUECARBON_SCHEDULER=cluster))
    assert rc == 0, text
    assert WHERE["remote"] in text
    runs["env"] = ({"OUTPUT": str(tmp_path / "env.gpkg")}, res)
    ref = {r["name"]: r for r in read_layer(runs["in"][0]["OUTPUT"])}
    fields = [k for k in ref["0"] if k.endswith(("_ha", "_tc", "_tco2e", "_tco2e_yr"))]
    assert "area_ha" in fields and "stock_tco2e" in fields
    assert sum(r["area_ha"] for r in ref.values()) > 10  # the polygons hold mapped habitat
    for kind in ("local", "remote", "env"):
        got = {r["name"]: r for r in read_layer(runs[kind][0]["OUTPUT"])}
        assert set(got) == set(ref)
        for name, row in ref.items():
            for f in fields:
                if row[f] is not None:
                    assert got[name][f] == pytest.approx(row[f], rel=1e-9, abs=1e-12), (kind, name, f)
        for key in ("TOTAL_AREA_HA", "TOTAL_STOCK_TC"):
            assert runs[kind][1][key] == pytest.approx(runs["in"][1][key], rel=1e-9)


def test_cancel_on_the_cluster_leaves_no_output(provider, tmp_path, cluster, monkeypatch):
    from qgis import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    monkeypatch.setenv("BLUECARBON_LOCAL_MIN_CELLS", "0")

    class CancelOnProgress(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.progressChanged.connect(lambda p: self.cancel() if p > 0 else None)

    out = tmp_path / "ind.tif"
    with pytest.raises(QgsProcessingException, match="cancel"):
        processing.run("bluecarbon:spectralindices", {"INPUT": S2, "INDICES": "NDVI", "SCHEDULER": cluster,
                                                      "OUTPUT": str(out)}, feedback=CancelOnProgress())
    assert not list(tmp_path.iterdir())


def test_carbon_change_on_every_executor(tmp_path, cluster):
    import csv

    from test_carbonchange_alg import AREAS_4326, OWN

    areas = make_polygons(tmp_path / "areas.gpkg", AREAS_4326, epsg=4326, fields={"name": ["n", "s"]})
    params = {"SNAPSHOT_TABLE": os.path.join(OWN, "snapshots.csv"), "BIOPHYSICAL": os.path.join(OWN, "biophysical.csv"),
              "TRANSITIONS": os.path.join(OWN, "transitions.csv"), "ANALYSIS_YEAR": 2040, "AREAS": areas,
              "ID_FIELD": "name"}
    runs = run_three("carbonchange", params, {"OUTPUT_FOLDER": "rasters", "OUTPUT_TABLE": "change.csv"},
                     tmp_path, cluster)

    def table(path):
        with open(path, encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    ref = table(runs["in"][0]["OUTPUT_TABLE"])
    assert len(ref) == 8 and any(float(r["area_ha"]) > 0 for r in ref)
    names = sorted(os.listdir(runs["in"][0]["OUTPUT_FOLDER"]))
    assert names
    for kind in ("local", "remote"):
        got = table(runs[kind][0]["OUTPUT_TABLE"])
        assert [r["area_id"] for r in got] == [r["area_id"] for r in ref]
        for a, b in zip(ref, got):
            for k, v in a.items():
                try:
                    x = float(v)
                except ValueError:
                    assert b[k] == v
                    continue
                assert float(b[k]) == pytest.approx(x, rel=1e-9, abs=1e-9), (kind, k)
        folder = runs[kind][0]["OUTPUT_FOLDER"]
        assert sorted(os.listdir(folder)) == names
        for n in names:
            assert array_bytes(os.path.join(folder, n)) == array_bytes(os.path.join(runs["in"][0]["OUTPUT_FOLDER"], n))


def test_transition_map_on_every_executor(tmp_path, cluster):
    """Both cleaning steps on 1,100 rows (three strips of 512 rows, whose patches join across the strips that
    different workers read) and areas by polygon: the same bytes and areas wherever the strips run."""
    import csv

    rng = np.random.default_rng(5)
    shape = (1100, 40)
    maps = [rng.integers(1, 4, size=(shape[0] // 4 + 1, shape[1] // 4 + 1)).repeat(4, 0).repeat(4, 1)
            [:shape[0], :shape[1]].astype(np.uint8)]
    for _ in range(2):
        noise = rng.random(shape) < 0.2
        maps.append(np.where(noise, rng.integers(1, 4, size=shape), maps[-1]).astype(np.uint8))
    paths = [make_raster(tmp_path / "m{}.tif".format(k), m, epsg=32649, x0=X0, y0=Y0, dx=10, dy=10, nodata=0)
             for k, m in enumerate(maps)]
    snaps = tmp_path / "snapshots.csv"
    snaps.write_text("snapshot_year,raster_path\n" + "".join("{},{}\n".format(2000 + 5 * k, p)
                                                             for k, p in enumerate(paths)))
    areas = make_polygons(tmp_path / "areas.gpkg", ["POLYGON(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(
        X0 + 33, Y0 - 4000, X0 + 377, Y0 - 6500)], epsg=32649, fields={"name": ["across"]})
    params = {"SNAPSHOT_TABLE": str(snaps), "MIN_CHANGE_PIXELS": 5, "AREAS": areas, "ID_FIELD": "name"}
    runs = run_three("transitionmap", params, {"OUTPUT": "t.tif", "OUTPUT_CLEANED": "cleaned",
                                               "OUTPUT_TABLE": "areas.csv"}, tmp_path, cluster)
    assert_same_rasters(runs, "OUTPUT")

    def table(path):
        with open(path, encoding="utf-8") as fh:
            return [(r["area_id"], r["value"], float(r["area_ha"])) for r in csv.DictReader(fh)]

    ref = table(runs["in"][0]["OUTPUT_TABLE"])
    assert {a for a, _, _ in ref} == {"whole raster", "across"}
    for kind in ("local", "remote"):
        got = table(runs[kind][0]["OUTPUT_TABLE"])
        assert [(a, v) for a, v, _ in got] == [(a, v) for a, v, _ in ref]
        assert [h for _, _, h in got] == pytest.approx([h for _, _, h in ref], rel=1e-9, abs=1e-9)
        assert runs[kind][1]["MMU_PIXELS"] == runs["in"][1]["MMU_PIXELS"] > 0
        assert runs[kind][1]["TEMPORAL_PIXELS"] == runs["in"][1]["TEMPORAL_PIXELS"] > 0
        for name in sorted(os.listdir(runs["in"][0]["OUTPUT_CLEANED"])):
            if name.endswith(".tif"):
                assert array_bytes(os.path.join(runs[kind][0]["OUTPUT_CLEANED"], name)) == \
                    array_bytes(os.path.join(runs["in"][0]["OUTPUT_CLEANED"], name))


def orphan_workers():
    """Local worker processes of this build that were not started by this test process."""
    engine = os.path.join(ROOT, "build", "plugins", "bluecarbon", "bluecarbon_qgis", "engine")
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/{}/cmdline".format(pid), "rb") as f:
                args = f.read().split(b"\0")
            with open("/proc/{}/stat".format(pid)) as f:
                stat = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if engine.encode() in args and stat[0] != "Z" and int(stat[1]) != os.getpid():
            found.append(int(pid))
    return found


def test_a_run_on_local_workers_leaves_no_temporary_folder_and_no_process(tmp_path):
    """qgis_process ends without running Python's exit handlers: its workers end with it (their pipes close) and
    never made a temporary folder."""
    import time

    temp = tmp_path / "temp"
    temp.mkdir()
    arr = np.random.default_rng(2).choice(np.array([0, 3, 4], np.uint8), size=(100, 100))
    raster = make_raster(tmp_path / "habitat.tif", arr, 32649, X0, Y0, 10, 10)
    areas = make_polygons(tmp_path / "areas.gpkg", [lonlat_ring([(X0 + 50, Y0 - 50), (X0 + 900, Y0 - 80),
                                                                 (X0 + 700, Y0 - 900)])], 4326)
    rc, _, text = run_alg("carbonstocks", {"HABITAT": raster, "AREAS": areas, "ITERATIONS": 100, "SCHEDULER": "",
                                           "OUTPUT": tmp_path / "out.gpkg"}, env=env(TMPDIR=str(temp)))
    assert rc == 0 and WHERE["local"] in text, text
    deadline = time.time() + 10
    while orphan_workers() and time.time() < deadline:
        time.sleep(0.2)
    assert not orphan_workers()
    assert not os.listdir(temp)


def test_carbonstocks_starts_local_workers_early_and_a_small_job_does_not_wait(provider, tmp_path, monkeypatch):
    """A habitat raster large enough starts the local workers before the polygons are read; a job that turns out
    small runs in this process without waiting for them, a large one uses the same workers; the same numbers."""
    from qgis import processing

    from bluecarbon.bluecarbon_qgis.engine.raster import executor as ex
    from bluecarbon.bluecarbon_qgis.engine.raster import local_pool

    monkeypatch.setenv("BLUECARBON_LOCAL_WORKERS", "2")
    monkeypatch.delenv(ex.MIN_CELLS_ENV, raising=False)
    side = int(np.ceil(np.sqrt(ex.ZONAL_CELLS_PER_SECOND * ex.LOCAL_MIN_SECONDS * 1.05)))
    arr = np.zeros((side, side), np.uint8)
    arr[: side // 2] = 3
    arr[side // 2:] = 4
    raster = make_raster(tmp_path / "habitat.tif", arr, 32649, X0, Y0, 10, 10)
    areas = make_polygons(tmp_path / "areas.gpkg", [lonlat_ring([(X0 + 50, Y0 - 50), (X0 + 900, Y0 - 80),
                                                                 (X0 + 700, Y0 - 900)])], 4326)
    started, waited = [], []
    init, wait_ready = local_pool.LocalPool.__init__, local_pool.LocalPool.wait_ready
    monkeypatch.setattr(local_pool.LocalPool, "__init__", lambda self, n: started.append(n) or init(self, n))
    monkeypatch.setattr(local_pool.LocalPool, "wait_ready", lambda self, *a: waited.append(1) or wait_ready(self, *a))

    def run(scheduler, name):
        return processing.run("bluecarbon:carbonstocks", {"HABITAT": raster, "AREAS": areas, "ITERATIONS": 100,
                                                          "SCHEDULER": scheduler, "OUTPUT": str(tmp_path / name)})

    ex.shutdown_local()
    try:
        reference = run("0", "in.gpkg")
        assert started == []
        small = run("", "small.gpkg")
        assert started == [2] and waited == []  # started early, not waited for: the job is small
        monkeypatch.setenv(ex.MIN_CELLS_ENV, "0")  # now every job is large enough for the workers
        large = run("", "large.gpkg")
        assert started == [2] and waited  # the workers started early were used
    finally:
        ex.shutdown_local()
    for got in (small, large):
        for key in ("TOTAL_AREA_HA", "TOTAL_STOCK_TC"):
            assert got[key] == pytest.approx(reference[key], rel=1e-9) and reference[key] > 0
