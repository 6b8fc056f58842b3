"""Faults on a real Dask cluster: a worker killed in the middle of a run (also one holding finished results, and
one of the plugin's local workers), every worker killed, a piece that ends its workers, the scheduler killed or
hung.

A dask-scheduler and three single-threaded dask-workers (no nanny, as the README's
cluster) are started here on 127.0.0.1 with the system Python; the workers receive the engine by upload, as on a
real cluster. A worker lost while others remain must leave the numbers equal to the in-process run (1e-9
relative); the other faults must end the run within seconds with an InputError that names the scheduler and says
what to do, and through qgis_process with one clear message, no traceback and no output file.
"""
import os
import signal
import subprocess
import time
from contextlib import contextmanager

import numpy as np
import pytest
from osgeo import gdal, osr
from shapely.geometry import Point

from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from bluecarbon.bluecarbon_qgis.engine.raster import executor as ex
from bluecarbon.bluecarbon_qgis.engine.raster.grid import open_grid
from bluecarbon.bluecarbon_qgis.engine.raster.zonal import zonal_class_areas
from test_executor import free_port, same

pytest.importorskip("distributed")

PYTHON = "/usr/bin/python3"
X0, Y0, PX = 500000.0, 2500000.0, 10.0  # UTM 50N
SIZE = 3000                             # cells a side: the zonal run on the cluster lasts a few seconds
GONE_WITHIN_S = 15.0                    # a lost scheduler fails the run within this (measured: well under 1 s)


class Cluster:
    """A dask-scheduler and dask-workers started on 127.0.0.1, each a process this test may kill."""

    def __init__(self, folder, workers=3, scheduler_env=None):
        self.address = "tcp://127.0.0.1:{}".format(free_port())
        env = dict(os.environ, PYTHONPATH="", DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED="False")
        quiet = dict(cwd=str(folder), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.scheduler = subprocess.Popen(
            [PYTHON, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port",
             self.address.rsplit(":", 1)[1], "--dashboard-address", ":0"], env=dict(env, **(scheduler_env or {})),
            **quiet)
        self.workers = {}  # address -> process
        for _ in range(workers):
            address = "tcp://127.0.0.1:{}".format(free_port())
            self.workers[address] = subprocess.Popen(
                [PYTHON, "-m", "distributed.cli.dask_worker", self.address, "--nthreads", "1", "--no-nanny",
                 "--no-dashboard", "--memory-limit", "0", "--host", "127.0.0.1", "--worker-port",
                 address.rsplit(":", 1)[1], "--local-directory", str(folder)], env=env, **quiet)
        from distributed import Client

        with Client(self.address, timeout="30s") as c:
            c.wait_for_workers(workers, timeout=60)

    def kill(self, proc):
        proc.send_signal(signal.SIGKILL)
        proc.wait()

    def close(self):
        for p in [self.scheduler, *self.workers.values()]:
            if p.poll() is None:
                p.kill()
            p.wait()


@contextmanager
def cluster_at(folder, **kw):
    cluster = Cluster(folder, **kw)
    try:
        yield cluster
    finally:
        cluster.close()


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    """A 3,000² class raster and 300 polygons over it (some across its edge), with the in-process areas."""
    folder = tmp_path_factory.mktemp("faults")
    rng = np.random.default_rng(11)
    path = str(folder / "classes.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, SIZE, SIZE, 1, gdal.GDT_Byte, ["TILED=YES"])
    ds.SetGeoTransform((X0, PX, 0, Y0, 0, -PX))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32650)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(0)
    # nodata, mangrove, salt marsh, seagrass (the plugin's class codes)
    ds.GetRasterBand(1).WriteArray(rng.choice(np.array([0, 3, 4, 5], np.uint8), size=(SIZE, SIZE)))
    ds = None
    extent = SIZE * PX
    geoms = [Point(X0 + rng.uniform(-500, extent + 500), Y0 - rng.uniform(-500, extent + 500))
             .buffer(rng.uniform(200, 2500), 24) for _ in range(300)]
    grid = open_grid(path)
    return grid, geoms, zonal_class_areas(grid, geoms)


def busy_worker(client):
    """The address of a worker that is running a piece now, or None."""
    busy = [w for w, keys in client.processing().items() if keys]
    return busy[0] if busy else None


def test_a_worker_killed_mid_run_leaves_the_same_areas(scene, tmp_path):
    grid, geoms, reference = scene
    killed, said = [], []
    log = lambda template, **fields: said.append(template.format(**fields))  # noqa: E731
    with cluster_at(tmp_path) as cluster, ex.Executor(cluster.address, log=log) as run:

        def progress(fraction):
            # after the first piece, kill (SIGKILL) a worker that is running one
            victim = busy_worker(run.client) if not killed and fraction < 1 else None
            if victim is not None:
                cluster.kill(cluster.workers[victim])
                killed.append((victim, fraction))

        got = ex.zonal_areas(grid, geoms, run, progress=progress)
        left = run.client.nthreads()
    assert killed and killed[0][1] < 0.5, killed  # killed early, with most pieces still to run
    assert killed[0][0] not in left and len(left) == 2
    same(reference, got)
    assert "lost 1 worker(s) during the run ({}); Dask runs their pieces again on the 2 other".format(
        killed[0][0]) in said[-1], said


def test_a_local_worker_killed_mid_run_leaves_the_same_areas(scene, monkeypatch):
    """The same on this machine's local workers (SCHEDULER empty); the next run starts them again."""
    monkeypatch.setenv(ex.MIN_CELLS_ENV, "0")
    grid, geoms, reference = scene
    killed = []
    with ex.Executor("", workers=2) as run:
        def progress(fraction):
            if not killed and fraction < 1:
                worker = run.pool.workers[1].proc
                worker.send_signal(signal.SIGKILL)
                worker.wait()
                killed.append(fraction)

        got = ex.zonal_areas(grid, geoms, run, progress=progress)
    assert killed
    same(reference, got)
    with ex.Executor("", workers=2) as run:
        run._start()
        assert run.pool.alive() and len(run.pool.workers) == 2


def test_results_lost_with_their_worker_are_computed_again(tmp_path):
    """A worker killed while it holds finished results not yet fetched: those pieces run again on the others and
    every result arrives once, as computed. (Fetches that gave up after a timeout once made the later ones of the
    run return None in place of results: distributed 2022.12 shares one gather request between fetches.)"""

    def piece(k):
        time.sleep(0.3)
        return k * k

    killed = []
    with cluster_at(tmp_path) as cluster, ex.Executor(cluster.address) as run:
        def progress(fraction):
            if killed or fraction >= 0.5:
                return
            holding = [w for w, keys in run.client.has_what().items() if any(k.startswith("piece-") for k in keys)]
            victim = (holding or [busy_worker(run.client)])[0]
            if victim in cluster.workers:
                cluster.kill(cluster.workers.pop(victim))
                killed.append((victim, bool(holding)))

        got = run.map(piece, range(30), progress=progress)
    assert killed, "no worker was killed"
    assert got == [k * k for k in range(30)]


def kill_every_worker(cluster, times):
    """A progress callback that kills every worker after the first piece (and notes when)."""
    def progress(fraction):
        if cluster.workers and fraction < 1:
            for proc in cluster.workers.values():
                cluster.kill(proc)
            cluster.workers.clear()
            times.append(time.monotonic())
    return progress


def test_every_worker_killed_fails_the_run_with_a_clear_message(scene, tmp_path):
    """The pieces need data sent to every worker (the grid): with the last worker it is gone, the scheduler
    cancels the pieces, and the run says so at once."""
    grid, geoms, _ = scene
    times = []
    with cluster_at(tmp_path) as cluster, ex.Executor(cluster.address) as run:
        with pytest.raises(InputError) as err:
            ex.zonal_areas(grid, geoms, run, progress=kill_every_worker(cluster, times))
        waited = time.monotonic() - times[0]
    message = str(err.value)
    assert "The workers of the Dask cluster at {} were lost during the run".format(cluster.address) in message
    assert "Start dask-worker processes" in message and "set the scheduler to 0" in message
    assert waited <= GONE_WITHIN_S, waited


def test_a_cluster_left_without_workers_fails_the_run_after_a_grace_period(tmp_path, monkeypatch):
    """Pieces that need no shared data wait on a cluster without workers (a nanny may start a new one): the run
    fails once the cluster has had no worker for NO_WORKERS_S."""
    monkeypatch.setattr(ex, "NO_WORKERS_S", 4.0)  # the rule is the same with the default; the test is shorter

    def piece(k):
        time.sleep(0.2)
        return k

    times = []
    with cluster_at(tmp_path) as cluster, ex.Executor(cluster.address) as run:
        progress = kill_every_worker(cluster, times)
        with pytest.raises(InputError) as err:
            for _ in run.imap_unordered(piece, range(40), progress=progress):
                pass
        waited = time.monotonic() - times[0]
    message = str(err.value)
    assert "The Dask cluster at {} has had no worker for".format(cluster.address) in message
    assert "Start dask-worker processes" in message and "set the scheduler to 0" in message
    assert ex.NO_WORKERS_S <= waited <= ex.NO_WORKERS_S + GONE_WITHIN_S, waited


def test_a_piece_that_ends_its_workers_fails_the_run_with_a_clear_message(tmp_path):
    """KilledWorker: with distributed.scheduler.allowed-failures 0, the first worker that ends while running a
    piece makes that piece fail; the default (3) needs four such workers."""
    def piece(k):
        if k == 5:
            os._exit(1)  # the worker process ends, as when the system kills it for memory
        time.sleep(0.05)
        return k

    env = {"DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}
    with cluster_at(tmp_path, scheduler_env=env) as cluster, ex.Executor(cluster.address) as run:
        with pytest.raises(InputError) as err:
            run.map(piece, range(40))
    message = str(err.value)
    assert cluster.address in message and "ended while running the same piece of the work" in message
    assert "attempts: 1; the last on tcp://127.0.0.1:" in message and "memory" in message


def scheduler_fault(scene, tmp_path, sig, timeout):
    """Send ``sig`` to the scheduler after the first piece of a zonal run on a cluster; returns (the InputError's
    message, seconds from the signal to the error). Closing the executor afterwards takes seconds at most."""
    grid, geoms, _ = scene
    sent = []
    with cluster_at(tmp_path) as cluster:
        with ex.Executor(cluster.address, timeout=timeout) as run:
            def progress(fraction):
                if not sent and fraction < 1:
                    cluster.scheduler.send_signal(sig)
                    sent.append(time.monotonic())

            with pytest.raises(InputError) as err:
                ex.zonal_areas(grid, geoms, run, progress=progress)
            failed = time.monotonic()
        closed = time.monotonic()
    message = str(err.value)
    assert "The Dask scheduler at {} was lost during the run".format(cluster.address) in message
    assert "Check that the scheduler still runs there" in message and "set the scheduler to 0" in message
    assert closed - failed <= 6.0  # closing the client does not wait for it to reconnect
    return message, failed - sent[0]


def test_the_scheduler_killed_mid_run_fails_the_run_within_seconds(scene, tmp_path):
    _, seconds = scheduler_fault(scene, tmp_path, signal.SIGKILL, ex.CONNECT_TIMEOUT_S)
    assert seconds <= GONE_WITHIN_S, seconds


def test_a_scheduler_that_stops_answering_fails_the_run(scene, tmp_path):
    """A scheduler that hangs (SIGSTOP: its connections stay open) is found by asking it: the run fails within
    HEARTBEAT_S + the time it is given to answer (3 s here)."""
    message, seconds = scheduler_fault(scene, tmp_path, signal.SIGSTOP, 3)
    assert "did not answer within 3 s" in message
    assert seconds <= ex.HEARTBEAT_S + 3 + GONE_WITHIN_S, seconds


def kill_the_scheduler_under(alg, params, out, tmp_path):
    """Run ``bluecarbon:<alg>`` through qgis_process on a cluster started here, kill its scheduler once a worker
    runs a piece; returns (exit code, output text, seconds from the kill to the end, the files in ``out`` at
    the kill, the scheduler's address)."""
    from distributed import Client

    from conftest import qgis_env

    argv = ["qgis_process.bin", "run", "bluecarbon:" + alg, "--"] + ["{}={}".format(*kv) for kv in params.items()]
    with cluster_at(tmp_path) as cluster:
        proc = subprocess.Popen(argv + ["SCHEDULER=" + cluster.address], env=qgis_env(), stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)
        try:
            with Client(cluster.address, timeout="30s") as watch:
                deadline = time.time() + 120
                while busy_worker(watch) is None and proc.poll() is None and time.time() < deadline:
                    time.sleep(0.05)
            assert proc.poll() is None, proc.communicate()[0]
            cluster.kill(cluster.scheduler)
            killed = time.monotonic()
            at_kill = sorted(os.listdir(out))
            text = proc.communicate(timeout=120)[0]
            ended = time.monotonic()
        finally:
            if proc.poll() is None:
                proc.kill()
    return proc.returncode, text, ended - killed, at_kill, cluster.address


def assert_failed_cleanly(rc, text, seconds, out, address):
    """A non-zero exit code, the message once, no traceback, nothing in ``out``, within the bound (+ QGIS's
    own exit)."""
    assert rc != 0, text
    assert text.count("The Dask scheduler at {} was lost during the run".format(address)) == 1, text
    assert text.count("ERROR") == 1 and "Traceback" not in text and "distributed." not in text, text
    assert not os.listdir(out)
    assert seconds <= GONE_WITHIN_S + 5, seconds


def test_qgis_process_run_whose_scheduler_is_killed_fails_cleanly(scene, tmp_path):
    """carbonstocks (its output is written after the zonal areas): a clean failure, no output file."""
    from conftest import make_polygons

    grid, geoms, _ = scene
    areas = make_polygons(tmp_path / "areas.gpkg", [g.wkt for g in geoms], epsg=32650,
                          fields={"name": [str(i) for i in range(len(geoms))]})
    out = tmp_path / "out"
    out.mkdir()
    params = {"HABITAT": grid.path, "AREAS": areas, "ID_FIELD": "name", "CLIMATE_ZONE": 4, "ITERATIONS": 0,
              "OUTPUT": out / "stocks.gpkg"}
    rc, text, seconds, _, address = kill_the_scheduler_under("carbonstocks", params, out, tmp_path)
    assert_failed_cleanly(rc, text, seconds, out, address)


def test_qgis_process_strips_half_written_when_the_scheduler_is_killed_are_removed(tmp_path):
    """spectralindices writes its raster as the strips come back: killed in the middle, the half-written file
    (there at the kill) is removed."""
    from conftest import ROOT

    image = str(tmp_path / "image.tif")
    # the sample Sentinel-2 chip (with its band metadata) resampled 8 times finer: 3,552 x 2,240 cells
    gdal.Translate(image, os.path.join(ROOT, "sample_data", "s2l2a_ponce_pr_20190108_6band.tif"),
                   width=444 * 8, height=280 * 8, resampleAlg="near", creationOptions=["TILED=YES"])
    out = tmp_path / "out"
    out.mkdir()
    params = {"INPUT": image, "INDICES": "NDVI,NDWI,MNDWI,MVI,EVI,SAVI", "OUTPUT": out / "indices.tif"}
    rc, text, seconds, at_kill, address = kill_the_scheduler_under("spectralindices", params, out, tmp_path)
    assert at_kill == ["indices.tif.part.tif"], (at_kill, text)
    assert_failed_cleanly(rc, text, seconds, out, address)
