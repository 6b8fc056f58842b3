"""The executor gives the same areas whether work runs in process, on local workers or on a cluster."""
import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager

import numpy as np
import pytest
from osgeo import gdal, osr
from shapely.geometry import Point, box

from bluecarbon.bluecarbon_qgis.engine.errors import Canceled, InputError
from bluecarbon.bluecarbon_qgis.engine.raster import executor as ex
from bluecarbon.bluecarbon_qgis.engine.raster.grid import open_grid
from bluecarbon.bluecarbon_qgis.engine.raster.zonal import zonal_class_areas

pytest.importorskip("distributed")

X0, Y0, PX = 500000.0, 2500000.0, 10.0  # UTM 50N, near 22.6 N


def write_tif(path, arr, x0=X0, y0=Y0, epsg=32650):
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(str(path), arr.shape[1], arr.shape[0], 1, gdal.GDT_Byte, ["TILED=YES"])
    ds.SetGeoTransform((x0, PX, 0, y0, 0, -PX))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(0)
    ds.GetRasterBand(1).WriteArray(arr)
    ds = None
    return str(path)


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    folder = tmp_path_factory.mktemp("exec")
    rng = np.random.default_rng(5)
    arr = rng.integers(0, 10, size=(800, 800)).astype(np.uint8)
    big = write_tif(folder / "big.tif", arr)
    # the same raster as a VRT mosaic of 16 tiles of 200 x 200
    tiles = []
    for r in range(4):
        for c in range(4):
            tiles.append(write_tif(folder / "t{}{}.tif".format(r, c), arr[r * 200:(r + 1) * 200, c * 200:(c + 1) * 200],
                                   x0=X0 + c * 200 * PX, y0=Y0 - r * 200 * PX))
    vrt = str(folder / "mosaic.vrt")
    gdal.BuildVRT(vrt, tiles)
    # polygons crossing tile edges, some sub-pixel, some partly outside the raster
    geoms = []
    for k in range(120):
        cx, cy = X0 + rng.uniform(-200, 8200), Y0 - rng.uniform(-200, 8200)
        geoms.append(Point(cx, cy).buffer(rng.uniform(3, 900), 16))
    geoms.append(box(X0 + 1995, Y0 - 2005, X0 + 2005, Y0 - 1995))  # across four tiles
    return big, vrt, geoms


@pytest.fixture(autouse=True)
def small_jobs_use_workers(monkeypatch):
    """The test scene is small; make the local executor use its workers anyway."""
    monkeypatch.setenv(ex.MIN_CELLS_ENV, "0")


def same(a, b, rel=1e-9):
    assert len(a) == len(b)
    for za, zb in zip(a, b):
        assert set(za.classes) == set(zb.classes)
        for k in za.classes:
            assert zb.classes[k] == pytest.approx(za.classes[k], rel=rel, abs=1e-6)
        assert zb.nodata_m2 == pytest.approx(za.nodata_m2, rel=rel, abs=1e-6)
        assert zb.outside_m2 == pytest.approx(za.outside_m2, rel=rel, abs=1e-6)


def test_resolve_scheduler():
    assert ex.resolve("", environ={}) == ("local", None)
    assert ex.resolve(None, environ={"BLUECARBON_SCHEDULER": "none"}) == ("inprocess", None)
    assert ex.resolve("0", environ={}) == ("inprocess", None)
    assert ex.resolve("tcp://10.1.2.3:8786", environ={}) == ("remote", "tcp://10.1.2.3:8786")
    assert ex.resolve("host:8786", environ={}) == ("remote", "tcp://host:8786")
    assert ex.resolve("", environ={"BLUECARBON_SCHEDULER": "tcp://h:1"}) == ("remote", "tcp://h:1")
    with pytest.raises(InputError, match="not understood"):
        ex.resolve("fast please", environ={})


def test_spatial_pieces_cover_every_polygon_once(scene):
    _, _, geoms = scene
    groups = ex.spatial_pieces(geoms + [None], 7)
    flat = sorted(i for g in groups for i in g)
    assert flat == list(range(len(geoms)))
    assert 1 < len(groups) <= 7


def test_local_workers_give_the_same_areas(scene):
    big, _, geoms = scene
    grid = open_grid(big)
    reference = zonal_class_areas(grid, geoms)
    with ex.Executor("", workers=2) as run:
        assert run.kind == "local" and run.n_workers == 2
        seen = []
        got = ex.zonal_areas(grid, geoms, run, progress=seen.append)
    same(reference, got)
    assert seen[-1] == pytest.approx(1.0)


def test_vrt_mosaic_gives_the_same_areas_as_one_raster(scene):
    big, vrt, geoms = scene
    reference = zonal_class_areas(open_grid(big), geoms)
    with ex.Executor("", workers=2) as run:
        got = ex.zonal_areas(open_grid(vrt), geoms, run)
    same(reference, got)


def test_whole_map_areas_in_strips_on_local_workers(scene):
    """accuracyassessment/samplingdesign's map areas: strips summed on workers = the one-box reference, and the
    total is the raster's ellipsoidal area by pyproj."""
    from pyproj import Geod, Transformer
    from shapely.ops import transform

    from bluecarbon.bluecarbon_qgis.engine.raster.zonal import map_class_areas

    big, vrt, _ = scene
    grid = open_grid(big)
    reference = map_class_areas(grid)
    with ex.Executor("", workers=2) as run:
        got = ex.map_areas(grid, run)
        mosaic = ex.map_areas(open_grid(vrt), run)
    same([reference], [got])
    same([reference], [mosaic])
    to_ll = Transformer.from_crs(32650, 4326, always_xy=True).transform
    ring = box(*grid.bounds).exterior
    dense = box(*grid.bounds).__class__([ring.interpolate(d).coords[0] for d in np.arange(0, ring.length, 10.0)])
    expected = abs(Geod(ellps="WGS84").geometry_area_perimeter(transform(to_ll, dense))[0])
    assert got.total_m2 == pytest.approx(expected, rel=1e-7)


def test_workers_open_a_raster_given_by_a_relative_path(scene, monkeypatch):
    """Workers run in another folder: a raster named relative to this one must still be found."""
    big, _, geoms = scene
    monkeypatch.chdir(os.path.dirname(big))
    grid = open_grid(os.path.basename(big))
    with ex.Executor("", workers=2) as run:
        same(zonal_class_areas(grid, geoms), ex.zonal_areas(grid, geoms, run))


def test_small_jobs_stay_in_process(scene, monkeypatch):
    monkeypatch.setenv(ex.MIN_CELLS_ENV, str(10 ** 12))
    big, _, geoms = scene
    with ex.Executor("", workers=2) as run:
        ex.zonal_areas(open_grid(big), geoms, run)
        assert run.kind == "inprocess" and run.pool is None


def test_the_small_job_rule_estimates_seconds(monkeypatch):
    """Without BLUECARBON_LOCAL_MIN_CELLS, a job stays in process when cells / speed is below LOCAL_MIN_SECONDS
    (workers not started yet) or WARM_MIN_SECONDS (workers running); the log says why."""
    monkeypatch.delenv(ex.MIN_CELLS_ENV, raising=False)
    said = []
    rate = 1e6
    below = int(rate * ex.LOCAL_MIN_SECONDS * 0.9)   # stays: the workers are not running
    above = int(rate * ex.LOCAL_MIN_SECONDS * 1.1)
    ex.shutdown_local()
    with ex.Executor("", workers=2, log=lambda t, **f: said.append(t.format(**f))) as run:
        assert run.for_cells(below, rate).kind == "inprocess"
    assert "about {:.1f} s of work".format(ex.LOCAL_MIN_SECONDS * 0.9) in said[-1]
    with ex.Executor("", workers=2) as run:
        assert run.for_cells(above, rate).kind == "local"
    with ex.Executor("", workers=2) as run:
        run._start()  # the workers now run: 0.5 s of work or more is worth sending
    with ex.Executor("", workers=2) as run:
        assert run.for_cells(int(rate * ex.WARM_MIN_SECONDS * 1.1), rate).kind == "local"
    with ex.Executor("", workers=2) as run:
        assert run.for_cells(int(rate * ex.WARM_MIN_SECONDS * 0.9), rate).kind == "inprocess"


def test_writer_bound_work_stays_in_process_unless_asked(monkeypatch):
    said = []
    monkeypatch.delenv(ex.MIN_CELLS_ENV, raising=False)
    with ex.Executor("", workers=2, log=lambda t, **f: said.append(t)) as run:
        assert run.writer_bound().kind == "inprocess"
    assert "Writing the output bounds" in said[-1]
    monkeypatch.setenv(ex.MIN_CELLS_ENV, "0")  # the user asked for the workers
    with ex.Executor("", workers=2) as run:
        assert run.writer_bound().kind == "local"
    with ex.Executor("0") as run:
        assert run.writer_bound().kind == "inprocess"


def test_cancel_stops_the_work(scene):
    big, _, geoms = scene
    with ex.Executor("", workers=2) as run:
        with pytest.raises(Canceled):
            ex.zonal_areas(open_grid(big), geoms, run, is_canceled=lambda: True)


@pytest.mark.parametrize("scheduler", ["0", ""])
def test_a_cancel_from_the_last_progress_still_cancels(scene, scheduler):
    """The user cancels as the last piece reports its progress: the run ends canceled, not complete."""
    big, _, geoms = scene
    seen = []
    with ex.Executor(scheduler, workers=2) as run:
        with pytest.raises(Canceled):
            ex.zonal_areas(open_grid(big), geoms, run, progress=seen.append,
                           is_canceled=lambda: bool(seen) and seen[-1] >= 1.0)
    assert seen and seen[-1] == pytest.approx(1.0)


def test_local_workers_end_when_their_parent_is_killed(tmp_path):
    """A headless run killed outright (no atexit) leaves no worker processes behind, and the workers never make a
    temporary folder."""
    import signal

    plugins = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build", "plugins")
    code = ("import sys, time, os; sys.path.insert(0, {!r})\n"
            "from bluecarbon.bluecarbon_qgis.engine.raster import executor as ex\n"
            "run = ex.Executor('', workers=2); run._start()\n"
            "print(' '.join(str(w.proc.pid) for w in run.pool.workers), flush=True)\n"
            "time.sleep(600)\n").format(plugins)
    temp = tmp_path / "temp"
    temp.mkdir()
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=str(tmp_path),
                              env=dict(os.environ, TMPDIR=str(temp)))
    try:
        pids = [int(p) for p in parent.stdout.readline().split()]
        assert len(pids) == 2 and all(os.path.exists("/proc/{}".format(p)) for p in pids)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.time() + 20
    alive = pids
    while alive and time.time() < deadline:
        time.sleep(0.2)
        alive = [p for p in pids if os.path.exists("/proc/{}".format(p)) and
                 open("/proc/{}/stat".format(p)).read().split()[2] != "Z"]
    assert not alive, "local workers outlived their parent: {}".format(alive)
    assert not os.listdir(temp)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def dask_cluster(folder, workers=2):
    """A dask-scheduler and ``workers`` dask-workers on 127.0.0.1 (yields the address), stopped at the end."""
    port = free_port()
    py = ex.python_executable()
    env = dict(os.environ, PYTHONPATH="")  # the workers get the engine by upload, as on a real cluster
    procs = [subprocess.Popen([py, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port",
                               str(port), "--dashboard-address", ":0"], cwd=folder, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    address = "tcp://127.0.0.1:{}".format(port)
    for k in range(workers):
        # the README's way (--no-nanny) and dask-worker's default (with a nanny): both must work
        nanny = ["--no-nanny"] if k % 2 == 0 else []
        procs.append(subprocess.Popen([py, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1", *nanny,
                                       "--no-dashboard", "--host", "127.0.0.1", "--local-directory", str(folder)],
                                      cwd=folder, env=env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL))
    try:
        from distributed import Client

        with Client(address, timeout="30s") as c:
            c.wait_for_workers(workers, timeout=60)
        yield address
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


@pytest.fixture
def remote_cluster(tmp_path):
    with dask_cluster(tmp_path) as address:
        yield address


def test_remote_cluster_gives_the_same_areas(scene, remote_cluster, tmp_path, monkeypatch):
    import tempfile

    big, _, geoms = scene
    grid = open_grid(big)
    reference = zonal_class_areas(grid, geoms)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    with ex.Executor(remote_cluster) as run:
        assert run.kind == "remote" and run.n_workers == 2
        assert not os.listdir(temp)  # the engine's zip, once sent, is removed: a killed run leaves nothing
        got = ex.zonal_areas(grid, geoms, run)
    same(reference, got)


def test_unreachable_scheduler_fails_fast():
    port = free_port()  # nothing listens there
    start = time.time()
    with pytest.raises(InputError, match="Cannot reach the Dask scheduler"):
        ex.Executor("tcp://127.0.0.1:{}".format(port), timeout=3)
    assert time.time() - start < 20


def test_without_distributed_the_default_still_uses_local_workers(scene, monkeypatch):
    """Local workers need no Dask: with ``distributed`` not importable they run and give the same areas."""
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    big, _, geoms = scene
    with ex.Executor("", workers=2) as run:
        got = ex.zonal_areas(open_grid(big), geoms, run)
        assert run.kind == "local" and run.pool is not None and run.client is None
    same(zonal_class_areas(open_grid(big), geoms), got)
    with pytest.raises(InputError, match="needs the Python package 'distributed'"):
        ex.Executor("tcp://127.0.0.1:1")


def test_overlaps_measured_on_workers_equal_in_process(scene, monkeypatch):
    """The ground each polygon shares with the polygons before it is measured with the polygon, on the workers
    when they run; in process every polygon is repaired once; the totals equal those of the union measured whole
    in process."""
    from shapely.geometry import Polygon
    from shapely.ops import unary_union

    from bluecarbon.bluecarbon_qgis.engine.carbon.densities import read_density_table
    from bluecarbon.bluecarbon_qgis.engine.carbon.stocks import UNKNOWN_ZERO, carbon_stocks
    from bluecarbon.bluecarbon_qgis.engine.raster import zonal

    big, _, geoms = scene
    bowtie = Polygon([(X0 + 1000, Y0 - 1000), (X0 + 3000, Y0 - 3000), (X0 + 3000, Y0 - 1000),
                      (X0 + 1000, Y0 - 3000)])   # invalid: repaired before measuring
    geoms = geoms + [bowtie]
    grid = open_grid(big)
    table = read_density_table()
    # the polygons whose ground shared with their partners has area: each such ground is repaired once too
    reader = zonal.ZonalReader(grid)
    prepared = [reader.prepare(g)[0] for g in geoms]
    partners = zonal.overlap_partners(grid, geoms)
    n_overlaps = sum(1 for i, p in enumerate(partners)
                     if p and zonal.shared_ground([prepared[i]] + [prepared[j] for j in p]) is not None)
    repaired = []
    original = zonal.repair
    monkeypatch.setattr(zonal, "repair", lambda g: repaired.append(1) or original(g))
    ref = carbon_stocks(grid, geoms, table, unknown_mode=UNKNOWN_ZERO, iterations=200, executor=ex.Executor("0"))
    assert n_overlaps >= 2 and ref.overlap_ha > 0
    # each polygon once (also as the partner of others), each overlap once
    assert len(repaired) == len(geoms) + n_overlaps
    assert ref.repaired[-1] and ref.timings["overlaps"] >= 0 and ref.timings["monte_carlo"] > 0
    # the grand total against the union of all polygons (prepared again) measured whole in process
    union = zonal_class_areas(grid, [unary_union(prepared)])[0]
    overlap = sum(z.total_m2 for z in zonal_class_areas(grid, geoms)) - union.total_m2
    assert ref.overlap_ha == pytest.approx(overlap / 1e4, rel=1e-9)
    assert set(ref.total.class_ha) == set(union.classes)
    for k, v in union.classes.items():
        assert ref.total.class_ha[k] == pytest.approx(v / 1e4, rel=1e-9)
    calls = []
    original_map = ex.Executor.map

    def recording(self, fn, pieces, *args, **kw):
        zonal_pieces = pieces if fn is ex._zonal_piece else []
        calls.append((self.kind, any(piece[1] and any(piece[1]) for piece in zonal_pieces),
                      any(piece[2] for piece in zonal_pieces)))
        return original_map(self, fn, pieces, *args, **kw)

    monkeypatch.setattr(ex.Executor, "map", recording)
    with ex.Executor("", workers=2) as run:
        got = carbon_stocks(grid, geoms, table, unknown_mode=UNKNOWN_ZERO, iterations=200, executor=run)
    # the overlaps went to the workers with the polygons, and with partners measured in other pieces
    assert ("local", True, True) in calls
    assert got.overlap_ha == pytest.approx(ref.overlap_ha, rel=1e-9)
    assert got.repaired == ref.repaired
    for a, b in zip(ref.zones + [ref.total], got.zones + [got.total]):
        assert set(a.class_ha) == set(b.class_ha)
        for k in a.class_ha:
            assert b.class_ha[k] == pytest.approx(a.class_ha[k], rel=1e-9)
        for name in ("stock_tco2e", "stock_tco2e_lo", "stock_tco2e_hi", "uptake_tco2e_yr_hi"):
            assert getattr(b, name) == pytest.approx(getattr(a, name), rel=1e-9)
