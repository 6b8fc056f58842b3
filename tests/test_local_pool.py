"""Local workers (local_pool): the same results as in process, started early without anyone waiting for them,
reused by the next run, ended with their parent or on request."""
import math
import os
import signal
import time

import pytest

from bluecarbon.bluecarbon_qgis.engine.errors import Canceled, InputError
from bluecarbon.bluecarbon_qgis.engine.raster import executor as ex
from bluecarbon.bluecarbon_qgis.engine.raster import local_pool
from bluecarbon.bluecarbon_qgis.engine.raster.grid import open_grid
from bluecarbon.bluecarbon_qgis.engine.raster.zonal import zonal_class_areas
from test_executor import same, scene  # noqa: F401 (a fixture)

BIG = 10 ** 12  # cells: a job the small-job rule sends to the workers


@pytest.fixture(params=[True, False], ids=["forked", "each-started"])
def fresh(request, monkeypatch):
    """No local workers running before or after the test; two workers, the small-job rule by its estimate; the
    workers forked by one process that imported the engine (Linux) or each started on its own (elsewhere)."""
    monkeypatch.setattr(local_pool, "FORK", request.param)
    monkeypatch.setenv("BLUECARBON_LOCAL_WORKERS", "2")
    monkeypatch.delenv(ex.MIN_CELLS_ENV, raising=False)
    ex.shutdown_local()
    yield
    ex.shutdown_local()


def ended(pids, within=10):
    deadline = time.time() + within
    while time.time() < deadline:
        alive = [p for p in pids if os.path.exists("/proc/{}".format(p)) and
                 open("/proc/{}/stat".format(p)).read().rsplit(")", 1)[1].split()[0] != "Z"]
        if not alive:
            return True
        time.sleep(0.1)
    return False


def test_every_piece_once_with_its_value(fresh):
    pool = local_pool.pool(2)
    pieces = [float(k * k) for k in range(23)]
    for contiguous in (False, True):
        for in_flight in (None, 1, 100):
            seen = []
            got = dict(pool.imap_unordered(math.sqrt, pieces, progress=seen.append, in_flight=in_flight,
                                           contiguous=contiguous))
            assert got == {i: math.sqrt(p) for i, p in enumerate(pieces)}
            assert seen[-1] == pytest.approx(1.0) and len(seen) == len(pieces)
    # shared objects follow the piece, as in process
    assert dict(pool.imap_unordered(pow, [2, 3, 5], (3,))) == {0: 8, 1: 27, 2: 125}


def test_a_workers_error_is_raised_here_and_the_pool_goes_on(fresh):
    pool = local_pool.pool(2)
    with pytest.raises(ValueError, match="math domain error"):
        list(pool.imap_unordered(math.sqrt, [4.0, -1.0, 9.0]))
    assert dict(pool.imap_unordered(math.sqrt, [4.0, 9.0])) == {0: 2.0, 1: 3.0}


def test_cancel_then_the_next_run_gets_only_its_own_results(fresh):
    pool = local_pool.pool(2)
    canceled = []
    with pytest.raises(Canceled):
        for _ in pool.imap_unordered(time.sleep, [0.3] * 8, is_canceled=lambda: bool(canceled)):
            canceled.append(1)
    # the pieces still queued answer later: their answers are dropped, not taken for this run's
    assert dict(pool.imap_unordered(math.sqrt, [16.0, 25.0, 36.0, 49.0])) == {0: 4.0, 1: 5.0, 2: 6.0, 3: 7.0}


def test_a_worker_killed_mid_run_leaves_its_pieces_to_the_other_and_the_next_run_starts_afresh(fresh):
    pool = local_pool.pool(2)
    pool.wait_ready()
    victim = pool.workers[0].proc.pid
    pieces = [float(k) for k in range(40)]
    got = {}
    for i, value in pool.imap_unordered(math.sqrt, pieces, contiguous=True):
        if not got:
            os.kill(victim, signal.SIGKILL)
        got[i] = value
    assert got == {i: math.sqrt(p) for i, p in enumerate(pieces)}
    pool.workers[0].proc.wait(timeout=10)  # SIGKILL is delivered asynchronously: the victim may still be ending
    again = local_pool.pool(2)
    assert again is not pool and victim not in [w.proc.pid for w in again.workers]
    assert dict(again.imap_unordered(math.sqrt, [1.0, 4.0])) == {0: 1.0, 1: 2.0}


def test_every_worker_killed_fails_the_run_clearly(fresh):
    pool = local_pool.pool(2)
    with pytest.raises(InputError, match="ended unexpectedly"):
        for _ in pool.imap_unordered(time.sleep, [0.2] * 20):
            for w in pool.workers:
                w.proc.kill()


def test_workers_started_early_are_used_by_the_run(scene, fresh, monkeypatch):  # noqa: F811
    big, _, geoms = scene
    ex.start_local_early("", BIG)
    early = local_pool.pool(2, start=False)
    assert early is not None
    grid = open_grid(big)
    monkeypatch.setenv(ex.MIN_CELLS_ENV, "0")  # the test scene is small: use the workers anyway
    with ex.Executor("") as run:
        got = ex.zonal_areas(grid, geoms, run)
        assert run.kind == "local" and run.pool is early
    same(zonal_class_areas(grid, geoms), got)
    # and by the next run of this process, which finds them running
    monkeypatch.delenv(ex.MIN_CELLS_ENV)
    with ex.Executor("") as run:
        assert run.for_cells(ex.ZONAL_CELLS_PER_SECOND * ex.WARM_MIN_SECONDS * 1.1).kind == "local"
        run._start()
        assert run.pool is early


def test_a_small_job_never_waits_for_workers_started_early(scene, fresh, monkeypatch):  # noqa: F811
    big, _, geoms = scene
    waited = []
    original = local_pool.LocalPool.wait_ready
    monkeypatch.setattr(local_pool.LocalPool, "wait_ready", lambda self, *a: waited.append(1) or original(self, *a))
    ex.start_local_early("", BIG)
    grid = open_grid(big)
    with ex.Executor("") as run:
        got = ex.zonal_areas(grid, geoms, run)  # a small job by the estimate
        assert run.kind == "inprocess" and run.pool is None and run.startup_s == 0
    assert not waited
    same(zonal_class_areas(grid, geoms), got)
    early = local_pool.pool(2, start=False)
    pids = [w.proc.pid for w in early.workers]
    ex.shutdown_local()  # what happens at exit: the workers end
    assert ended(pids) and local_pool.pool(2, start=False) is None


def test_workers_are_started_early_only_where_they_may_run(fresh, monkeypatch):
    small = ex.ZONAL_CELLS_PER_SECOND * ex.LOCAL_MIN_SECONDS * 0.5
    for scheduler, cells in (("0", BIG), ("none", BIG), ("tcp://127.0.0.1:1", BIG), ("not a scheduler", BIG),
                             ("", small)):
        ex.start_local_early(scheduler, cells)
        assert local_pool.pool(2, start=False) is None, scheduler
    monkeypatch.setenv(ex.MIN_CELLS_ENV, "0")  # the user asked for the workers whatever the size
    ex.start_local_early("", small)
    assert local_pool.pool(2, start=False) is not None


def test_two_runs_at_once_each_get_their_own_results(fresh):
    """QGIS may run two algorithms at once in background tasks: they share the pool one after the other."""
    import threading

    pool = local_pool.pool(2)
    got = {}

    def run(name, pieces):
        got[name] = dict(pool.imap_unordered(math.sqrt, pieces))

    threads = [threading.Thread(target=run, args=(k, [float(k + j) ** 2 for j in range(40)])) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert got == {k: {j: float(k + j) for j in range(40)} for k in range(3)}


@pytest.mark.parametrize("python", ["/nonexistent/python3", "/bin/false"])
def test_workers_that_cannot_start_give_a_clear_message(scene, fresh, monkeypatch, python):  # noqa: F811
    big, _, geoms = scene
    monkeypatch.setattr(local_pool, "python_executable", lambda: python)
    monkeypatch.setenv(ex.MIN_CELLS_ENV, "0")
    ex.start_local_early("", BIG)  # does not raise: the run says what is wrong when it needs the workers
    with ex.Executor("") as run:
        with pytest.raises(InputError, match="local worker processes did not start"):
            ex.zonal_areas(open_grid(big), geoms, run)


@pytest.mark.skipif(not local_pool.FORK, reason="workers are forked on Linux only")
def test_forked_workers_share_one_import_and_report_how_they_ended(monkeypatch):
    """On Linux one process imports the engine and forks the workers: they are its children, not this
    process's; a worker that ends is reported with its exit code; the process that forked them ends after them."""
    monkeypatch.setenv("BLUECARBON_LOCAL_WORKERS", "2")
    ex.shutdown_local()
    pool = local_pool.pool(2)
    try:
        pool.wait_ready()
        server = pool.server.proc.pid
        pids = [w.proc.pid for w in pool.workers]
        assert len(set(pids)) == 2 and server not in pids
        for pid in pids:
            with open("/proc/{}/stat".format(pid)) as f:
                assert int(f.read().rsplit(")", 1)[1].split()[1]) == server   # the parent of each worker
        assert dict(pool.imap_unordered(math.sqrt, [4.0, 9.0, 16.0])) == {0: 2.0, 1: 3.0, 2: 4.0}
        victim = pool.workers[0].proc
        victim.kill()
        assert victim.wait(timeout=10) == -signal.SIGKILL
        assert not pool.alive() and pool.workers[1].proc.poll() is None
    finally:
        ex.shutdown_local()
    assert ended(pids + [server])


@pytest.mark.skipif(not local_pool.FORK, reason="workers are forked on Linux only")
def test_forked_workers_end_with_the_process_that_forked_them(monkeypatch):
    """The process that forked the workers killed: they end (each watches its parent), the pool is found
    dead, and the next run starts workers afresh."""
    monkeypatch.setenv("BLUECARBON_LOCAL_WORKERS", "2")
    ex.shutdown_local()
    try:
        pool = local_pool.pool(2)
        pool.wait_ready()
        pids = [w.proc.pid for w in pool.workers]
        pool.server.proc.kill()
        pool.server.proc.wait(timeout=10)
        assert not pool.alive()   # at once, though its workers take up to a second to see it
        assert ended(pids, within=10)
        again = local_pool.pool(2)
        assert again is not pool
        assert dict(again.imap_unordered(math.sqrt, [1.0, 4.0])) == {0: 1.0, 1: 2.0}
    finally:
        ex.shutdown_local()


def _fork_patched(monkeypatch, second_child):
    """Start the fork server with os.fork wrapped: ``second_child`` is code run in place of the second fork."""
    patch = ("_real_fork, _forks = os.fork, [0]\n"
             "def _second():\n"
             "    {}\n"
             "def _fork():\n"
             "    _forks[0] += 1\n"
             "    return _second() if _forks[0] == 2 else _real_fork()\n"
             "os.fork = _fork\n").format(second_child)
    assert "pool = importlib" in local_pool._BOOT
    monkeypatch.setattr(local_pool, "_BOOT", local_pool._BOOT.replace("pool = importlib", patch + "pool = importlib"))


@pytest.mark.skipif(not local_pool.FORK, reason="workers are forked on Linux only")
@pytest.mark.parametrize("second_child, message", [
    ("pid = _real_fork(); os._exit(7) if pid == 0 else None; return pid", "ended before it was ready, exit code 7"),
    ("raise OSError(11, 'Resource temporarily unavailable')", "could not be forked: .*Resource temporarily"),
])
def test_a_worker_lost_before_it_is_ready_fails_the_start_at_once(monkeypatch, second_child, message):
    """A forked worker that ends before it says it is ready, or a fork that fails: the start fails at once with
    the reason, not after the start timeout, and the next run starts afresh."""
    monkeypatch.setenv("BLUECARBON_LOCAL_WORKERS", "2")
    ex.shutdown_local()
    _fork_patched(monkeypatch, second_child)
    try:
        pool = local_pool.pool(2)
        clock = time.time()
        with pytest.raises(InputError, match=message):
            pool.wait_ready(timeout=30)
        assert time.time() - clock < 10
        monkeypatch.undo()
        monkeypatch.setenv("BLUECARBON_LOCAL_WORKERS", "2")
        again = local_pool.pool(2)
        assert again is not pool and dict(again.imap_unordered(math.sqrt, [9.0])) == {0: 3.0}
    finally:
        ex.shutdown_local()


def test_two_threads_waiting_for_the_start_both_get_the_pool(fresh):
    """Two runs that start at once wait for the same workers: each gets them, and the answers go to the run
    that asked (one thread reads the workers' "ready" answers)."""
    import threading

    pool = local_pool.pool(2)
    got, errors = {}, []

    def run(k):
        try:
            pool.wait_ready(timeout=30)
            got[k] = dict(pool.imap_unordered(math.sqrt, [float(k + j) ** 2 for j in range(10)]))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(k,), daemon=True) for k in range(2)]  # a hang fails, not stalls
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors and not any(t.is_alive() for t in threads)
    assert got == {k: {j: float(k + j) for j in range(10)} for k in range(2)}


def test_workers_run_one_thread_with_a_padded_heap_unless_told_otherwise(fresh, monkeypatch):
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.delenv("MALLOC_TOP_PAD_", raising=False)
    got = dict(local_pool.pool(2).imap_unordered(os.getenv, ["OMP_NUM_THREADS", "MALLOC_TOP_PAD_"]))
    assert got == {0: "1", 1: str(64 << 20)}
    ex.shutdown_local()
    monkeypatch.setenv("MALLOC_TOP_PAD_", "0")   # a user's own setting is kept
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    got = dict(local_pool.pool(2).imap_unordered(os.getenv, ["OMP_NUM_THREADS", "MALLOC_TOP_PAD_"]))
    assert got == {0: "3", 1: "0"}


def test_a_qgis_process_run_starts_its_workers_as_the_plugin_loads(fresh, tmp_path, monkeypatch):
    """The command line of a qgis_process run of carbonstocks or carbonchange starts the local workers as the
    plugin loads, under the run's own rules: its SCHEDULER, the small-job rule on its rasters' cells."""
    import numpy as np

    from bluecarbon.bluecarbon_qgis.scheduler import command_line_run, start_workers_for_command_line
    from conftest import make_raster

    raster = str(make_raster(tmp_path / "r.tif", np.ones((40, 30), np.uint8), 32650, 500000.0, 4000000.0, 10.0,
                             10.0))
    stocks = ["qgis_process.bin", "run", "bluecarbon:carbonstocks", "--", "HABITAT=" + raster, "AREAS=/a.gpkg"]
    assert command_line_run(stocks) == ("bluecarbon:carbonstocks", {"HABITAT": [raster], "AREAS": ["/a.gpkg"]})
    assert command_line_run(["qgis_process.bin", "run", "bluecarbon:carbonchange", "--SNAPSHOTS=a.tif",
                             "--SNAPSHOTS=b.tif", "--ANALYSIS_YEAR=2030"]) == (
        "bluecarbon:carbonchange", {"SNAPSHOTS": ["a.tif", "b.tif"], "ANALYSIS_YEAR": ["2030"]})
    assert command_line_run(["qgis_process.bin", "list"]) is None
    assert command_line_run(["qgis_process.bin", "run"]) is None

    def started():
        return local_pool.pool(2, start=False) is not None

    monkeypatch.setenv(ex.MIN_CELLS_ENV, str(40 * 30 + 1))   # one cell more than the raster: a small job
    start_workers_for_command_line(stocks)
    assert not started()
    monkeypatch.setenv(ex.MIN_CELLS_ENV, str(40 * 30))
    for other in (stocks + ["SCHEDULER=0"],                                   # in this process, by request
                  [a.replace("carbonstocks", "classifyrules") for a in stocks],  # not a heavy algorithm
                  [a.replace(raster, raster + ".missing") for a in stocks],    # not a file: the run decides
                  [a for a in stocks if not a.startswith("HABITAT")],          # no raster on the command line
                  stocks[:2]):
        assert not start_workers_for_command_line(other) or not started()
        assert not started()
    monkeypatch.setenv(ex.MIN_CELLS_ENV, str(2 * 40 * 30))
    change = ["qgis_process.bin", "run", "bluecarbon:carbonchange", "--SNAPSHOTS=" + raster, "--SNAPSHOTS=" + raster]
    assert start_workers_for_command_line(change)   # the cells of every snapshot count
    assert started()


def test_workers_warmed_ahead_have_the_lattice_and_give_the_same_areas(fresh, scene):
    """warm_workers: the workers choose the raster's lattice and decode it in the background; this process then
    sends grids without a lattice, the workers use the one they chose, and the areas are the in-process ones."""
    big, _, geoms = scene
    ref = zonal_class_areas(open_grid(big), geoms)
    pool = local_pool.pool(2)
    pool.wait_ready()
    assert ex.warm_workers(big)
    time.sleep(1.0)   # the warm-up of this small raster ends well within it
    grid = open_grid(big)
    state = grid.__getstate__()
    assert state["_step"] == 0 and state["_blocks"] is None   # chosen by the workers: nothing chosen or sent here
    got = dict(pool.imap_unordered(lambda g: (g._step, g._blocks is not None), [grid, grid]))
    assert got[0][0] > 0 and got[0][1] and got == {0: got[0], 1: got[0]}
    run = ex.Executor("")
    try:
        same(ref, ex.zonal_areas(grid, geoms, run))
    finally:
        run.close()


def test_a_background_warm_up_gives_way_to_work(fresh):
    pool = local_pool.pool(2)
    # a warm-up that would never end by itself ends when work arrives, and the work is done
    pool.call_each(lambda: local_pool.background(lambda stop: stop.wait()))
    started = time.time()
    assert dict(pool.imap_unordered(math.sqrt, [4.0, 9.0])) == {0: 2.0, 1: 3.0}
    assert time.time() - started < 10
