"""Where the heavy work runs: in this process, on local worker processes, or on a Dask cluster.

Work is cut into independent pieces (spatially grouped polygons, raster
blocks) and each piece runs the same engine function wherever it runs, so the
numbers do not depend on the executor.

``SCHEDULER`` (the algorithms' advanced parameter; the environment variable
``BLUECARBON_SCHEDULER`` sets its default):

- empty: this machine, one worker process per core (``local_pool``: processes of the
  system Python, never of the QGIS binary, with the engine imported, fed through
  pipes, and reused by later runs of the same QGIS session; ``start_local_early``
  starts them while an algorithm reads its inputs);
- ``tcp://host:8786``: the cluster whose scheduler listens there; its workers
  receive this engine as a zip (``Client.upload_file``) and must be able to read
  the input files at the same paths;
- ``0`` or ``none``: in this process, one piece after the other (the reference).

Workers run the QGIS-free engine only.
"""
import os
import shutil
import tempfile
import time

from ..errors import Canceled, InputError, N_
from .worker_env import engine_zip, local_workers, python_executable
from .local_pool import pool as local_pool, shutdown_local, start_early  # noqa: F401 (shutdown_local: API)

ENV_VAR = "BLUECARBON_SCHEDULER"
IN_PROCESS = ("0", "none", "off", "in-process", "inprocess")
CONNECT_TIMEOUT_S = 10.0
# on a cluster, the scheduler is asked this often whether it and its workers are still there (while waiting)
HEARTBEAT_S = 2.0
# a cluster without any worker this long fails the run (a worker's nanny starts a new one in a few seconds)
NO_WORKERS_S = 15.0
# the longest wait for pieces or their results before looking at a cancel and the cluster again
POLL_S = 0.2


def _cancelled_error():
    from distributed.client import CancelledError

    return CancelledError


def _timeouts():
    """Dask's TimeoutError (asyncio's: not the built-in one before Python 3.11) and the built-in one."""
    from distributed import TimeoutError as DaskTimeout

    return DaskTimeout, TimeoutError


def resolve(scheduler=None, environ=None):
    """('inprocess' | 'local' | 'remote', address or None) from a SCHEDULER value or the environment."""
    environ = os.environ if environ is None else environ
    value = (scheduler if scheduler not in (None, "") else environ.get(ENV_VAR, "")).strip()
    if value == "":
        return "local", None
    if value.lower() in IN_PROCESS:
        return "inprocess", None
    if "://" in value or ":" in value:
        return "remote", value if "://" in value else "tcp://" + value
    raise InputError("The scheduler '{value}' is not understood. Leave it empty to use every core of this "
                     "machine, give 0 to run in this process, or give a Dask scheduler address such as "
                     "tcp://host:8786.", value=value)


def _distributed():
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise InputError("Running on several processes or a cluster needs the Python package 'distributed' "
                         "(Dask), which cannot be imported. Install it (Debian/Ubuntu: sudo apt install "
                         "python3-distributed; elsewhere: python -m pip install distributed), or set the "
                         "scheduler to 0 to run in this process.") from None
    import distributed
    return distributed


class Executor:
    """Runs ``fn(piece, *shared)`` for each piece, in order of the pieces' results.

    Use as a context manager. ``kind`` is 'inprocess', 'local' or 'remote';
    ``description`` says where the work runs (for the log).
    """

    def __init__(self, scheduler=None, *, workers=None, timeout=CONNECT_TIMEOUT_S, log=None):
        self.kind, self.address = resolve(scheduler)
        self.log = log  # log(template, **fields): where a later decision on where to run is reported
        self.workers = workers or local_workers()
        self.timeout = timeout
        self.client = None
        self.pool = None  # the local workers (local_pool.LocalPool) once this executor uses them
        self.startup_s = 0.0  # seconds spent starting or reaching the workers (phase timings)
        # threads this process may use for array work of its own (Monte Carlo summaries): this machine's cores,
        # unless the run was asked to stay in this process one piece after the other (SCHEDULER=0)
        self.threads = 1 if self.kind == "inprocess" else local_workers()
        if self.kind == "local" and self.workers < 2:
            self.kind = "inprocess"
        if self.kind == "local" and os.name != "posix":
            self.kind = "inprocess"  # local workers are fed through POSIX pipes
        if self.kind == "remote":
            self._start()

    def _start(self):
        """Connect (starting local workers if needed); a no-op when connected or in process."""
        if self.client is not None or self.pool is not None or self.kind == "inprocess":
            return
        distributed = _distributed() if self.kind == "remote" else None
        clock = time.perf_counter()
        try:
            self._connect_workers(distributed)
        finally:
            self.startup_s += time.perf_counter() - clock

    def _connect_workers(self, distributed):
        if self.kind == "local":
            # started early by the algorithm (start_local_early), or now: only what is left is waited for
            self.pool = local_pool(self.workers)
            self.pool.wait_ready()
            if self.log is not None:  # said here, once the job was found large enough for the workers
                self.log(N_("Work runs on {n} local worker processes (started with {python})."),
                         n=self.workers, python=python_executable())
        else:
            self.client = self._connect(distributed, address=self.address, timeout=self.timeout)
            folder = tempfile.mkdtemp(prefix="bluecarbon-upload-")
            try:
                self.client.upload_file(engine_zip(folder))
            finally:  # upload_file has read it: nothing is left behind, even by a run killed later
                shutil.rmtree(folder, ignore_errors=True)

    def _connect(self, distributed, timeout, **where):
        try:
            return distributed.Client(timeout="{}s".format(timeout), set_as_default=False, **where)
        except (OSError, TimeoutError) as exc:
            raise InputError("Cannot reach the Dask scheduler at {address} within {seconds} s ({error}). Check "
                             "the address and that dask-scheduler runs there, or leave the scheduler empty to "
                             "run on this machine.", address=self.address or where.get("scheduler_file"),
                             seconds=timeout, error=exc) from None

    @property
    def description(self):
        """Where the work runs, as (English template, named fields) for translation and the log."""
        if self.kind == "inprocess":
            return N_("in this process, one piece after the other"), {}
        if self.kind == "local":
            return N_("on {n} local worker processes (started with {python})"), dict(
                n=self.workers, python=python_executable())
        return N_("on the Dask cluster at {address} ({n} workers)"), dict(address=self.address, n=self.n_workers)

    def for_cells(self, cells, cells_per_second=None):
        """Keep a small job in this process when running locally, and return self.

        A job is small when its estimated time on one core (``cells`` to read at ``cells_per_second``, the
        caller's measured speed) is below LOCAL_MIN_SECONDS, or below WARM_MIN_SECONDS when this process's
        local workers are ready (started early by the algorithm, or by an earlier run in the same QGIS session):
        starting workers would cost more than they save. A small job never waits for workers started early.
        The environment variable BLUECARBON_LOCAL_MIN_CELLS replaces the estimate by a plain threshold in cells
        (0: always use the workers)."""
        if self.kind != "local":
            return self
        fixed = local_min_cells()
        seconds = cells / float(cells_per_second or ZONAL_CELLS_PER_SECOND)
        if fixed is not None:
            small = cells < fixed
        else:
            running = local_pool(self.workers, start=False)
            small = seconds < (WARM_MIN_SECONDS if running is not None and running.ready else LOCAL_MIN_SECONDS)
        if small:
            self.kind = "inprocess"
            if self.log is not None:
                self.log(N_("The job is small (about {seconds:.1f} s of work on one core, {cells} cells): starting "
                            "local workers would cost more than they save, so it runs in this process."),
                         seconds=seconds, cells=int(cells))
        return self

    def writer_bound(self):
        """Keep the work in this process when running locally, for an algorithm whose speed is bound by writing
        its output here (the workers would only add the transfer of their results); a named cluster is still
        used, and so are local workers when BLUECARBON_LOCAL_MIN_CELLS is set. Returns self."""
        if self.kind == "local" and local_min_cells() is None:
            self.kind = "inprocess"
            if self.log is not None:
                self.log(N_("Writing the output bounds this algorithm's speed, so local workers would not make it "
                            "faster: it runs in this process (name a Dask cluster in the scheduler to use one)."))
        return self

    @property
    def n_workers(self):
        if self.kind == "inprocess":
            return 1
        if self.kind == "local":
            return self.workers
        return max(len(self.client.scheduler_info().get("workers", {})), 1)

    def map(self, fn, pieces, shared=(), *, progress=None, is_canceled=None):
        """[fn(piece, *shared) for piece in pieces], computed where this executor runs."""
        pieces = list(pieces)
        out = [None] * len(pieces)
        # every piece is queued at once: the results are kept anyway, and a worker never waits for the next
        for i, result in self.imap_unordered(fn, pieces, shared, progress=progress, is_canceled=is_canceled,
                                             in_flight=max(len(pieces), 1)):
            out[i] = result
        return out

    def imap_unordered(self, fn, pieces, shared=(), *, progress=None, is_canceled=None, in_flight=None,
                       contiguous=False):
        """Yields (index, fn(piece, *shared)) as pieces finish, with at most ``in_flight`` pieces submitted
        and not yet consumed (default: 2 per worker), so that memory stays bounded when results are large
        (raster blocks). Canceling cancels the pieces still queued on the cluster.

        ``contiguous``: the pieces are in spatial order; worker k is asked to take the k-th run of them (each
        worker then reads one part of the raster and its block cache serves neighbouring pieces), and any
        worker may still take them over when it runs out of work.

        On a cluster, a worker lost while others remain costs only time (Dask runs its pieces again on the
        others, and the log says so); a scheduler lost, every worker lost, or a piece whose workers all ended
        while running it raise InputError within seconds (the algorithm then removes what it had written).

        A cancel asked while the last pieces come in (from their progress) still raises Canceled, after
        them: nothing is committed from a canceled run."""
        yield from self._imap(fn, pieces, shared, progress, is_canceled, in_flight, contiguous)
        if is_canceled is not None and is_canceled():
            raise Canceled()

    def _imap(self, fn, pieces, shared, progress, is_canceled, in_flight, contiguous):
        pieces = list(pieces)
        n = len(pieces)
        if self.kind == "inprocess":
            for i, piece in enumerate(pieces):
                if is_canceled is not None and is_canceled():
                    raise Canceled()
                yield i, fn(piece, *shared)
                if progress is not None:
                    progress((i + 1) / n)
            return
        self._start()
        if self.pool is not None:
            yield from self.pool.imap_unordered(fn, pieces, shared, progress=progress, is_canceled=is_canceled,
                                                in_flight=in_flight, contiguous=contiguous)
            return
        self._fault_watch_start()
        try:
            yield from self._imap_cluster(fn, pieces, shared, progress, is_canceled, in_flight, contiguous)
        except (OSError, *_timeouts(), _cancelled_error()) as exc:
            # the scheduler gone while the client talked to it (scattering, submitting, gathering): say so;
            # anything else (a piece's own error) is the piece's to tell
            if self._scheduler_lost():
                raise self._lost_error() from None
            if isinstance(exc, _cancelled_error()):
                raise self._workers_lost_error() from None
            raise

    def _imap_cluster(self, fn, pieces, shared, progress, is_canceled, in_flight, contiguous):
        from concurrent.futures import wait as futures_wait

        from distributed import wait as dask_wait

        n = len(pieces)

        def wait(futures, **kw):
            try:
                with self.client.as_current():
                    dask_wait(futures, **kw)
            except (*_timeouts(), _cancelled_error()):  # a cancelled piece is looked at below
                pass

        in_flight = in_flight or 2 * self.n_workers
        # sent once to every worker: one object there for the whole run, so its caches (a grid's area
        # factors) serve every piece
        shared_f = [self.client.scatter(s, broadcast=True, hash=False) for s in shared]
        running = {}
        fetching = {}  # index -> the result on its way (a concurrent.futures.Future)
        next_piece = done = 0
        homes = sorted(self.client.scheduler_info().get("workers", {})) if contiguous else []
        order = list(range(n))
        if len(homes) > 1:
            # the workers' runs interleaved, so that every worker has work from the start
            runs = [list(range(k * n // len(homes), (k + 1) * n // len(homes))) for k in range(len(homes))]
            order = [r[j] for j in range(max(map(len, runs))) for r in runs if j < len(r)]

        def where(i):
            if len(homes) < 2:
                return {}
            return dict(workers=[homes[i * len(homes) // n]], allow_other_workers=True)

        try:
            while done < n:
                if is_canceled is not None and is_canceled():
                    raise Canceled()
                self._check_cluster()  # asks the scheduler every HEARTBEAT_S
                while next_piece < n and len(running) < in_flight:
                    i = order[next_piece]
                    running[i] = self.client.submit(fn, pieces[i], *shared_f, pure=False, **where(i))
                    next_piece += 1
                for i, f in running.items():
                    if i not in fetching and f.done():
                        fetching[i] = self._fetch(f)
                fetched = [i for i, cf in fetching.items() if cf.done()]
                if not fetched:
                    # block until a result arrives or a piece finishes (at most POLL_S, so that a cancel or a
                    # lost cluster is seen promptly)
                    if fetching:
                        futures_wait(list(fetching.values()), timeout=POLL_S, return_when="FIRST_COMPLETED")
                    else:
                        wait(list(running.values()), timeout=POLL_S, return_when="FIRST_COMPLETED")
                    continue
                for i in fetched:
                    result = self._fetched(fetching.pop(i))
                    del running[i]
                    done += 1
                    yield i, result
                    if progress is not None:
                        progress(done / n)
            self._say_lost_workers(self._ask_workers() or ())  # the whole run is in: a last look, for the log
        finally:
            if not self._lost and self.client.status == "running":  # a lost scheduler: nothing to cancel
                if running:
                    self.client.cancel(list(running.values()))
                self._release_workers()

    # ---- faults on a cluster: a worker lost, every worker lost, the scheduler lost ---------------------------
    # (distributed 2022.12) A worker that dies is Dask's to handle: the scheduler gives its pieces to the other
    # workers and computes again the results it held (Scheduler.remove_worker); a piece that was running on
    # more than distributed.scheduler.allowed-failures (3) workers as each died fails with KilledWorker; data
    # sent to the workers (the pieces' shared inputs) is forgotten with the last worker holding it, and the
    # pieces that need it are cancelled; pieces without a worker wait for one. The scheduler's connection
    # closed, the client cancels every future at once and tries to reconnect (Client._reconnect), which cannot
    # bring the run back; a scheduler that hangs is found by asking it (HEARTBEAT_S). Every fault but the
    # first stops the run here with a message in words, within seconds.

    def _fault_watch_start(self):
        import logging

        # the moment the scheduler's connection closes, distributed logs it at INFO with a traceback
        # (distributed.batched); the run's own message says what happened
        batched = logging.getLogger("distributed.batched")
        if batched.getEffectiveLevel() < logging.WARNING:
            batched.setLevel(logging.WARNING)
        self._lost = False
        self._last_beat = time.monotonic()
        self._no_workers_since = None
        scheduler = getattr(self.client, "scheduler", None)
        self._scheduler_address = self.address or getattr(scheduler, "address", None) or "?"
        self._workers_seen = set(self._ask_workers() or ())

    def _check_cluster(self, force=False):
        """Raise InputError when the scheduler is lost or the cluster has had no worker for NO_WORKERS_S; the
        scheduler is asked every HEARTBEAT_S (or now, when ``force``), with at most the connect timeout to
        answer."""
        if self.client.status != "running":
            raise self._lost_error()
        now = time.monotonic()
        if not force and now - self._last_beat < HEARTBEAT_S:
            return
        self._last_beat = now
        workers = self._ask_workers()
        if workers is None:
            raise self._lost_error()
        self._say_lost_workers(workers)
        if workers:
            self._no_workers_since = None
        elif self._no_workers_since is None:
            self._no_workers_since = now
        elif now - self._no_workers_since >= NO_WORKERS_S:
            raise InputError("The Dask cluster at {address} has had no worker for {seconds:.0f} s: its workers "
                             "were lost during the run, or none is connected. The run stopped and wrote no "
                             "output. Start dask-worker processes connected to this scheduler, then run again "
                             "(with the scheduler left empty, new local workers are started); or set the "
                             "scheduler to 0 to run in this process.", address=self._scheduler_address,
                             seconds=now - self._no_workers_since)

    def _say_lost_workers(self, workers):
        """Log the workers that left since the last look (their pieces run again on the others)."""
        lost = sorted(self._workers_seen - set(workers))
        if lost and workers and self.log is not None:
            self.log(N_("The Dask cluster at {address} lost {n} worker(s) during the run ({workers}); Dask runs "
                        "their pieces again on the {left} other worker(s), with the same results."),
                     address=self._scheduler_address, n=len(lost), workers=", ".join(lost), left=len(workers))
        self._workers_seen = set(workers)

    def _ask_workers(self):
        """The scheduler's workers ({address: threads}), or None when it does not answer."""
        try:
            return self.client.sync(self.client.scheduler.ncores, callback_timeout=self.timeout)
        except (OSError, *_timeouts(), AttributeError, _cancelled_error()):  # AttributeError: client closed
            return None

    def _scheduler_lost(self):
        if self.client is None or self.client.status != "running" or self._ask_workers() is None:
            self._lost = True
        return self._lost

    def _lost_error(self):
        self._lost = True
        return InputError("The Dask scheduler at {address} was lost during the run (its connection closed, or "
                          "it did not answer within {seconds:g} s), so the run stopped and wrote no output. Check "
                          "that the scheduler still runs there and that this machine can reach it, then run again "
                          "(with the scheduler left empty, new local workers are started); or set the scheduler "
                          "to 0 to run in this process.", address=self._scheduler_address, seconds=self.timeout)

    def _workers_lost_error(self):
        """A piece cancelled by the scheduler while it runs: the data every piece needs (``shared``, sent to every
        worker) was lost with the last worker that held it (Scheduler.remove_worker forgets data that cannot be
        computed again, and the pieces that need it)."""
        return InputError("The workers of the Dask cluster at {address} were lost during the run, and with them "
                          "the data every piece needs, so the run stopped and wrote no output. Start dask-worker "
                          "processes connected to this scheduler, then run again (with the scheduler left empty, "
                          "new local workers are started); or set the scheduler to 0 to run in this process.",
                          address=self._scheduler_address)

    def _fetch(self, future):
        """Start fetching a finished piece's result on the client's event loop; returns a
        concurrent.futures.Future, waited for from here with timeouts that never cancel the fetch itself.

        (distributed 2022.12) A worker lost with results it held: the fetch fails over to the scheduler, which
        computes those pieces again, and the fetch goes on until their results arrive. A fetch cancelled by a
        timeout (Future.result(timeout)) is not safe there: the client shares one pending gather request
        between fetches, a cancelled one stays shared, and the fetches that join it return None in place of
        the piece's result (utils.sync catches Exception, and asyncio's CancelledError is not one)."""
        import asyncio

        return asyncio.run_coroutine_threadsafe(self.client.gather([future], asynchronous=True),
                                                self.client.loop.asyncio_loop)

    def _fetched(self, fetch):
        """The result of a piece from its finished fetch (``_fetch``), or the run's error in words. (A piece
        cancelled by the scheduler comes as asyncio's CancelledError: the fetch's future converts Dask's.)"""
        import asyncio

        from distributed import KilledWorker

        try:
            return fetch.result()[0]
        except KilledWorker as exc:
            raise InputError("Dask workers of the cluster at {address} ended while running the same piece of "
                             "the work (attempts: {times}; the last on {worker}), so the run stopped and wrote "
                             "no output. A worker ends like this when it runs out of memory or crashes: check "
                             "the workers' logs and memory limit, then run again; or set the scheduler to 0 "
                             "to run in this process.", address=self._scheduler_address,
                             times=exc.allowed_failures + 1,
                             worker=getattr(exc.last_worker, "address", exc.last_worker)) from None
        except (_cancelled_error(), asyncio.CancelledError):
            if self._scheduler_lost():
                raise self._lost_error() from None
            raise self._workers_lost_error() from None

    def _release_workers(self):
        """Close the rasters the workers kept open for this run (their files may change before the next)."""
        try:
            self.client.run(release_cached)
        except Exception:  # noqa: BLE001 - a worker that is gone has nothing open
            pass

    def close(self):
        if self.client is not None:
            if getattr(self, "_lost", False) or self.client.status != "running":
                _close_quietly(self.client)
            else:
                self.client.close()
            self.client = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _close_quietly(client):
    """Close a client whose scheduler was lost. Closing stops its attempt to reconnect, and distributed 2022.12
    logs that stop as an error with a traceback (from its log_errors wrapper: the logger of the module of the
    calling frame, asyncio's event loop, or distributed.client); the run's own message says what happened, so
    those two loggers are silenced while it closes."""
    import logging

    loggers = [logging.getLogger(name) for name in ("distributed.client", "asyncio.events")]
    was = [lg.disabled for lg in loggers]
    for lg in loggers:
        lg.disabled = True
    try:
        client.close(timeout=5)
    except Exception:  # noqa: BLE001 - nothing left to close on a scheduler that is gone
        pass
    finally:
        for lg, w in zip(loggers, was):
            lg.disabled = w


# ---- zonal areas in pieces -------------------------------------------------------------------------------

POLYGON_COST_CELLS = 6000  # the per-polygon cost of the zonal code (clip, rings, bookkeeping) in cells' worth


def _members(item):
    """The non-empty geometries of a zonal item (a geometry, or a list of geometries measured as their union)."""
    return [g for g in (item if isinstance(item, (list, tuple)) else [item]) if g is not None and not g.is_empty]


def _boxes(geoms):
    """(indices of the non-empty items, their bounds as an (n, 4) array)."""
    import numpy as np

    from .geometry import bounds as bounds_of

    idx, bounds = [], []
    for i, item in enumerate(geoms):
        members = _members(item)
        if len(members) == 1:
            idx.append(i)
            bounds.append(bounds_of(members[0]))
        elif members:
            b = np.array([bounds_of(g) for g in members], dtype=float)
            idx.append(i)
            bounds.append([b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max()])
    return idx, np.array(bounds, dtype=float).reshape(-1, 4)


def _wkb(item):
    return [g.wkb for g in item] if isinstance(item, (list, tuple)) else item.wkb


def _from_wkb(data):
    from shapely import wkb

    return [wkb.loads(w) for w in data] if isinstance(data, list) else wkb.loads(data)


def spatial_pieces(geoms, n_pieces, cell_area=None, boxes=None):
    """Indices of the geometries grouped into about ``n_pieces`` spatially compact pieces of similar work,
    the piece with the most work first.

    Geometries are ordered along a Morton (Z-order) curve of their box centres, so that a piece's
    polygons share raster windows, then cut where the running work passes each share. A polygon's work is
    its box in cells plus POLYGON_COST_CELLS (``cell_area``: the raster's cell area in map units; without
    it, the box area alone). Handing out the largest pieces first keeps the workers' finishing times close.
    """
    import numpy as np

    idx, b = boxes if boxes is not None else _boxes(geoms)
    if not idx:
        return []
    cx, cy = (b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2
    work = np.maximum((b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1]), 0)
    work = work / cell_area + POLYGON_COST_CELLS if cell_area else work + 1e-12

    def scaled(v):
        span = v.max() - v.min()
        return np.zeros(len(v), np.uint64) if span == 0 else ((v - v.min()) / span * 65535).astype(np.uint64)

    x, y = scaled(cx), scaled(cy)
    code = np.zeros(len(idx), np.uint64)
    for bit in range(16):
        code |= ((x >> np.uint64(bit)) & np.uint64(1)) << np.uint64(2 * bit)
        code |= ((y >> np.uint64(bit)) & np.uint64(1)) << np.uint64(2 * bit + 1)
    order = np.argsort(code, kind="stable")
    cum = np.cumsum(work[order])
    n_pieces = max(1, min(int(n_pieces), len(idx)))
    cuts = np.searchsorted(cum, cum[-1] * np.arange(1, n_pieces) / n_pieces)
    parts = [part for part in np.split(order, cuts) if len(part)]
    parts.sort(key=lambda part: -float(work[part].sum()))
    return [[idx[k] for k in part] for part in parts]


# The small-job rule (Executor.for_cells): estimated seconds of work on one core below which local workers do
# not pay. Measured on the benchmark machine (2 cores, shared): starting two local workers takes 0.33 s (median;
# a Dask scheduler and workers took 1.8-2.3 s), and two workers measure W1's zonal areas 1.5-2x faster than one
# core, so work of about 1 s breaks even with a cold start (less when start_local_early hid the start);
# with the workers running, a run costs about 5 ms more and the two were even at about 0.5 s of work.
LOCAL_MIN_SECONDS = 1.0
WARM_MIN_SECONDS = 0.5
# Measured speeds on one core of the benchmark machine (cells read per second), for the estimate:
ZONAL_CELLS_PER_SECOND = 15e6     # cells under the polygons' boxes (W1: 29 M cells in 1.5 s)
MAP_CELLS_PER_SECOND = 50e6       # a whole map's class areas (10,980^2 cells in 2.2 s)
MIN_CELLS_ENV = "BLUECARBON_LOCAL_MIN_CELLS"


def start_local_early(scheduler, cells, cells_per_second=ZONAL_CELLS_PER_SECOND):
    """Start the local workers now without waiting for them, when ``scheduler`` (a SCHEDULER value) runs on this
    machine and a job of up to ``cells`` could be large enough for them: an algorithm calls this before reading
    its inputs, so that the workers import the engine meanwhile. The small-job rule still decides on the real
    job (``Executor.for_cells``); workers started for a job that turns out small are kept for the next run of
    this process, or end with it."""
    try:
        kind = resolve(scheduler)[0]
    except InputError:
        return  # the executor says what is wrong
    fixed = local_min_cells()
    large = cells >= fixed if fixed is not None else cells / float(cells_per_second) >= LOCAL_MIN_SECONDS
    if kind == "local" and os.name == "posix" and large:
        try:
            start_early(local_workers())
        except InputError:
            pass  # the executor tries again when it needs the workers, and reports what fails


LATTICE_ON_WORKERS = set()   # (path, band) of rasters whose lattice the local workers chose (warm_workers)
WARM_BYTES = 128 << 20       # raster decoded ahead by each worker, at most (W1's 10,980² bytes: 115 MB)


def warm_workers(path, band=1):
    """Have the local workers this process started (``start_local_early``) open the raster ``path``, choose its
    areal-factor lattice and decode its blocks into their GDAL block caches, while this process is busy
    elsewhere (QGIS starting, the inputs being read), on threads of the lowest priority. A run that then sends
    them its pieces finds the raster decoded and the lattice chosen: this process no longer chooses it
    (``RasterGrid.__getstate__``). Each worker stops as soon as work arrives, or once it has decoded
    WARM_BYTES or half its block cache. False when no local workers run."""
    import functools

    workers = local_pool(local_workers(), start=False)
    if workers is None:
        return False
    path = os.path.abspath(path)
    # the workers together decode at most twice WARM_BYTES: each its share, from the top rows
    share = max(WARM_BYTES * 2 // max(len(workers.workers), 1), 1)
    workers.call_each(functools.partial(_warm, path, int(band), min(share, WARM_BYTES)))
    LATTICE_ON_WORKERS.add((path, int(band)))
    return True


def _warm(path, band, budget):
    """A worker's part of ``warm_workers`` (errors are the run's to report: it opens the raster again): the
    lattice chosen now (work that arrives meanwhile waits for it, as it would for its own), then the raster
    decoded in the background into the dataset the worker's own thread gets from ``open_cached``."""
    import functools
    import threading

    from .grid import open_grid
    from .local_pool import background

    open_grid(path, band).prepare_lattice()
    background(functools.partial(_decode_ahead, path, band, budget, threading.get_ident()))


def _decode_ahead(path, band, budget, thread, stop):
    from osgeo import gdal

    raster = open_cached(path, thread).GetRasterBand(band)
    width, height = raster.XSize, raster.YSize
    block_rows = raster.GetBlockSize()[1]
    row_bytes = max(width * gdal.GetDataTypeSize(raster.DataType) // 8, 1)
    budget = min(gdal.GetCacheMax() // 2, budget)
    # whole block rows, about 4 MB at a time: work that arrives waits for one such read at most
    rows = max(block_rows * max((4 << 20) // (row_bytes * block_rows), 1), 1)
    for r0 in range(0, height, rows):
        if stop.is_set() or (r0 + rows) * row_bytes > budget:
            return
        raster.ReadRaster(0, r0, width, min(rows, height - r0))


def local_min_cells():
    """The environment variable BLUECARBON_LOCAL_MIN_CELLS as a number of cells, or None when it is not set."""
    value = os.environ.get(MIN_CELLS_ENV, "").strip()
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def _cells(grid, geoms, boxes=None):
    """Cells under the geometries' boxes (the zonal work, for the small-job rule)."""
    _, b = boxes if boxes is not None else _boxes(geoms)
    return float(((b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])).sum() / abs(grid.dx * grid.dy)) if len(b) else 0.0


def _zonal_piece(piece, grid, max_cells):
    """The ZoneAreas of a piece: (polygons' WKB, their overlap partners or None, the partners' WKB that are not
    in the piece), see ``zonal_areas``."""
    from .zonal import zonal_class_areas

    wkbs, partners, others = piece
    return zonal_class_areas(grid, [_from_wkb(w) for w in wkbs], max_cells=max_cells, opener=open_cached,
                             partners=partners, others=[_from_wkb(w) for w in others])


def _piece_of(geoms, group, partners):
    """The piece of ``zonal_areas`` for the polygons of ``group`` (indices into ``geoms``): partners named by
    their place in the piece's polygons, then in the partners sent with it."""
    wkbs = [_wkb(geoms[i]) for i in group]
    if partners is None:
        return wkbs, None, []
    local = {i: k for k, i in enumerate(group)}
    outside = sorted({j for i in group for j in partners[i]} - set(local))
    local.update((j, len(group) + k) for k, j in enumerate(outside))
    return wkbs, [[local[j] for j in partners[i]] for i in group], [_wkb(geoms[j]) for j in outside]


def zonal_areas(grid, geoms, executor, *, progress=None, is_canceled=None, pieces_per_worker=8, max_cells=None,
                partners=None):
    """The same ZoneAreas as ``zonal.zonal_class_areas(grid, geoms, partners=partners)``, computed on
    ``executor`` (an item may be a list of geometries: the areas of their union; ``partners``: each polygon's
    ``shared`` holds the areas of the ground it shares with its partners, measured by the worker that measures
    the polygon, with the partners it is sent).

    Each polygon is measured whole by one worker with the same code, so the numbers do not depend on how
    the work is cut or where it runs.
    """
    from .zonal import MAX_CELLS, ZoneAreas, zonal_class_areas

    max_cells = max_cells or MAX_CELLS
    boxes = _boxes(geoms)
    if executor is not None:
        executor.for_cells(_cells(grid, geoms, boxes))
    if executor is None or executor.kind == "inprocess":
        return zonal_class_areas(grid, geoms, progress=progress, is_canceled=is_canceled, max_cells=max_cells,
                                 partners=partners)
    # largest pieces first (measured faster here than giving each worker its own run of the curve)
    groups = spatial_pieces(geoms, executor.n_workers * pieces_per_worker, abs(grid.dx * grid.dy), boxes)
    pieces = [_piece_of(geoms, g, partners) for g in groups]
    results = executor.map(_zonal_piece, pieces, (grid, max_cells), progress=progress, is_canceled=is_canceled)
    out = [ZoneAreas() for _ in geoms]
    for g, res in zip(groups, results):
        for i, z in zip(g, res):
            out[i] = z
    return out


def map_areas(grid, executor, *, progress=None, is_canceled=None, pieces_per_worker=4, max_cells=None):
    """Ellipsoidal area (m²) of every class of the whole raster: the same ZoneAreas as
    ``zonal.map_class_areas(grid)``, measured in row strips (boxes on pixel edges) where ``executor`` runs
    and summed here."""
    from shapely.geometry import box

    from .zonal import MAX_CELLS, ZoneAreas, map_class_areas

    max_cells = max_cells or MAX_CELLS
    if executor is not None:
        executor.for_cells(grid.width * grid.height, MAP_CELLS_PER_SECOND)
    if executor is None or executor.kind == "inprocess":
        return map_class_areas(grid, progress=progress, is_canceled=is_canceled, max_cells=max_cells)
    n = max(executor.n_workers * pieces_per_worker, 1)
    rows = max(1, -(-grid.height // n))
    pieces = [([box(*grid.window_bounds(0, r0, grid.width, nrows)).wkb], None, [])
              for r0, nrows in row_strips(grid.height, rows)]
    total = ZoneAreas()
    for part in executor.map(_zonal_piece, pieces, (grid, max_cells), progress=progress, is_canceled=is_canceled):
        total.add(part[0])
    return total


# ---- rasters in row strips -------------------------------------------------------------------------------

_OPEN = {}
_OPEN_MAX = 16


def open_cached(path, thread=None):
    """A GDAL dataset of ``path`` kept open in this process and thread (a worker reads many windows of the
    same files); reopened when the file changes. ``release_cached()`` closes them. ``thread``: the thread that
    will use it (default this one), while that thread waits."""
    import threading

    from osgeo import gdal

    try:
        st = os.stat(path)
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = None  # not a local file (/vsi..., a URL)
    key = (str(path), stamp, thread or threading.get_ident())
    ds = _OPEN.get(key)
    if ds is None:
        if len(_OPEN) >= _OPEN_MAX:
            _OPEN.clear()
        ds = _OPEN[key] = gdal.Open(str(path))
    return ds


def release_cached():
    _OPEN.clear()


def row_strips(height, rows):
    """(first row, number of rows) of each strip of ``rows`` rows."""
    return [(r0, min(rows, height - r0)) for r0 in range(0, height, rows)]


def run_strips(executor, fn, strips, shared, write, *, cells, cells_per_second, progress=None, is_canceled=None,
               contiguous=True):
    """For each strip, ``fn(strip, *shared)`` where the executor runs (None: in this process), then
    ``write(strip, result)`` here, as strips finish. The strips and the function are the same whatever the
    executor, so the output is identical byte for byte. ``cells_per_second``: the speed of ``fn`` on one core,
    for the small-job rule; ``contiguous``: the strips are in raster order, each worker takes its own run
    (see ``Executor.imap_unordered``)."""
    executor = (executor if executor is not None else Executor("0")).for_cells(cells, cells_per_second)
    try:
        for i, result in executor.imap_unordered(fn, strips, shared, progress=progress, is_canceled=is_canceled,
                                                 contiguous=contiguous):
            write(strips[i], result)
    finally:
        if executor.kind == "inprocess":
            release_cached()
