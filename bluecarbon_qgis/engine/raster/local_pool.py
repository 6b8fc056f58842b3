"""Local worker processes: one single-threaded system-Python process per core with the engine imported, fed
through pipes (see ``executor.Executor``; a named ``tcp://`` scheduler uses Dask instead).

Starting a worker is one ``Popen``: the process imports the engine (about 0.2 s of CPU) while this one goes on,
so ``start_early()`` lets an algorithm start them before it reads its polygons, and the executor waits only for
what is left when it actually needs them. Workers import the engine from the plugin folder itself (the packages
above it are made empty here, so nothing of QGIS is imported) and write no files: no temporary folder. Each
reads its tasks from a pipe on a thread of its own: when the process that started it ends, even killed, the pipe
closes and the worker ends at once, even in the middle of a piece (``parent_watch`` is a second guard). Pools are
kept for later runs of the same process.
"""
import atexit
import os
import pickle
import subprocess
import threading
import time
import traceback
from multiprocessing.connection import Connection, wait as wait_for_data

from ..errors import Canceled, InputError
from .worker_env import python_executable

_ENGINE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_PACKAGE = __name__.rsplit(".", 2)[0]             # <top>.bluecarbon_qgis.engine
_PRELOAD = _PACKAGE + ".raster.worker_preload"
START_TIMEOUT_S = 60.0
DEPTH = 2  # pieces queued on each worker: one running, one waiting, so that a worker never waits for this one

# run in the worker: the packages above the engine as empty packages of their folders, then serve()
_BOOT = ("import os,sys,types\n"
         "names, folder = sys.argv[1].split('.'), sys.argv[2]\n"
         "for i in range(len(names) - 1, 0, -1):\n"
         "    folder = os.path.dirname(folder)\n"
         "    m = types.ModuleType('.'.join(names[:i])); m.__path__ = [folder]; sys.modules[m.__name__] = m\n"
         "import importlib\n"
         "importlib.import_module(sys.argv[1] + '.raster.local_pool').serve(int(sys.argv[3]), int(sys.argv[4]))\n")


def _dumps(obj):
    try:
        import cloudpickle  # as Dask: functions and classes defined outside a module travel too
    except ImportError:
        return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    return cloudpickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


def serve(fd_in, fd_out):
    """The worker's loop: ("call", task, fn, piece) -> (task, True, fn(piece, *shared)) or (task, False,
    exception); ("shared", objects) keeps the objects for the following calls; ("run", fn) runs fn() without
    answering."""
    import queue
    import threading

    out = Connection(fd_out, readable=False)
    try:
        __import__(_PRELOAD)
    except BaseException as exc:  # noqa: BLE001 - the parent reports it
        out.send_bytes(pickle.dumps(("ready", False, "".join(traceback.format_exception_only(type(exc), exc)))))
        return
    tasks = queue.Queue()
    inp = Connection(fd_in, writable=False)

    def read():
        # reading on another thread: a large task sent while a large result is being sent cannot deadlock
        try:
            while True:
                tasks.put(inp.recv_bytes())
        except (EOFError, OSError):
            os._exit(0)  # the parent closed the pool or is gone

    threading.Thread(target=read, daemon=True).start()
    out.send_bytes(pickle.dumps(("ready", True, os.getpid())))
    shared = ()
    while True:
        kind, *rest = pickle.loads(tasks.get())
        if kind == "shared":
            shared = rest[0]
        elif kind == "run":
            try:
                rest[0]()
            except Exception:  # noqa: BLE001 - housekeeping (closing files): nobody waits for it
                pass
        else:
            task, fn, piece = rest
            try:
                answer = (task, True, fn(piece, *shared))
                data = _dumps(answer)
            except BaseException as exc:  # noqa: BLE001 - sent to the parent, which raises it
                data = _dumps((task, False, _portable(exc)))
            out.send_bytes(data)


def _portable(exc):
    """The exception itself when it can be sent back, else a RuntimeError with its traceback."""
    try:
        pickle.loads(_dumps(exc))
        return exc
    except Exception:  # noqa: BLE001
        return RuntimeError("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))


def _not_started(error):
    return InputError("The local worker processes did not start ({error}). Check that {python} imports numpy, "
                      "GDAL, pyproj and shapely, or set the scheduler to 0 to run in this process.",
                      error=str(error).strip(), python=python_executable())


class _Worker:
    def __init__(self, env):
        to_child, self._child_in = os.pipe()
        self._child_out, from_child = os.pipe()
        try:
            self.proc = subprocess.Popen(
                [python_executable(), "-c", _BOOT, _PACKAGE, _ENGINE_DIR, str(to_child), str(from_child)],
                env=env, pass_fds=(to_child, from_child), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, cwd="/")
        except OSError as exc:
            for fd in (self._child_in, self._child_out):
                os.close(fd)
            raise _not_started(exc) from None
        finally:
            os.close(to_child)
            os.close(from_child)
        self.send = Connection(self._child_in, readable=False)
        self.recv = Connection(self._child_out, writable=False)
        self.ready = False
        self.queued = []     # task ids sent and not answered, oldest first
        self.shared_of = None  # the run whose shared objects this worker holds

    @property
    def ended(self):
        return self.send.closed

    def close(self):
        for conn in (self.send, self.recv):
            conn.close()


class LocalPool:
    """``workers`` worker processes, started at once and not waited for (``wait_ready()`` does)."""

    def __init__(self, workers):
        env = dict(os.environ)
        env.setdefault("OMP_NUM_THREADS", "1")
        env["BLUECARBON_PARENT_PID"] = str(os.getpid())  # see parent_watch
        env.pop("PYTHONPATH", None)  # the engine comes from the plugin folder, never from elsewhere
        self.workers = []
        try:
            for _ in range(workers):
                self.workers.append(_Worker(env))
        except InputError:
            self.close()
            raise
        self._task = 0
        self._run = 0
        self._busy = threading.Lock()  # one run at a time (QGIS may run two algorithms at once: one waits)

    @property
    def ready(self):
        """Whether every worker has imported the engine (without waiting: the answers already in are read)."""
        try:
            return all(w.ready for w in self.workers) or self._collect(0)
        except InputError:
            return False  # said by wait_ready() when the workers are needed

    def alive(self):
        return all(w.proc.poll() is None for w in self.workers)

    def wait_ready(self, timeout=START_TIMEOUT_S):
        """Block until every worker has imported the engine; an InputError if one cannot."""
        if not self._collect(timeout):
            self.close()
            raise InputError("The local worker processes did not start within {seconds} s. Set the scheduler to 0 "
                             "to run in this process.", seconds=timeout)

    def _collect(self, timeout):
        """Read the workers' "ready" answers that come within ``timeout`` seconds; True when all are in."""
        deadline = time.time() + timeout
        while True:
            waiting = {w.recv: w for w in self.workers if not w.ready}
            if not waiting:
                return True
            arrived = wait_for_data(list(waiting), timeout=max(deadline - time.time(), 0))
            if not arrived:
                return False
            for conn in arrived:
                w = waiting[conn]
                try:
                    _, ok, info = pickle.loads(conn.recv_bytes())
                except (EOFError, OSError):
                    ok, info = False, "exit code {}".format(w.proc.wait())
                if not ok:
                    self.close()
                    raise _not_started(info)
                w.ready = True

    def imap_unordered(self, fn, pieces, shared=(), *, progress=None, is_canceled=None, in_flight=None,
                       contiguous=False):
        """As ``Executor.imap_unordered``: (index, fn(piece, *shared)) as pieces finish."""
        with self._busy:
            yield from self._imap(fn, list(pieces), shared, progress, is_canceled, in_flight, contiguous)

    def _imap(self, fn, pieces, shared, progress, is_canceled, in_flight, contiguous):
        self.wait_ready()
        n, k = len(pieces), len(self.workers)
        self._run += 1
        run = self._run
        limit = max(1, min(in_flight or DEPTH * k, DEPTH * k))
        # contiguous: worker j takes the j-th run of the pieces, then helps the others from the end of theirs
        queues = [list(range(j * n // k, (j + 1) * n // k)) for j in range(k)] if contiguous and k > 1 \
            else [list(range(n))]
        again = []   # pieces of a worker that ended, for the others
        index = {}   # task id -> piece index, this run
        done = 0
        try:
            while done < n:
                if is_canceled is not None and is_canceled():
                    raise Canceled()
                for j, w in enumerate(self.workers):
                    while not w.ended and len(w.queued) < DEPTH and len(index) < limit and (again or any(queues)):
                        own = queues[j % len(queues)]
                        i = again.pop() if again else own.pop(0) if own else max(queues, key=len).pop()
                        task = self._send(w, run, shared, fn, pieces[i])
                        if task is None:
                            again.append(i)
                        else:
                            index[task] = i
                answers = self._answers(timeout=0.2)
                for w in self.workers:
                    if w.ended and w.queued:  # a worker that ended: its pieces of this run go to the others
                        again += [index.pop(t) for t in w.queued if t in index]
                        w.queued = []
                if all(w.ended for w in self.workers):
                    raise InputError("A local worker process ended unexpectedly (exit code {code}), perhaps out "
                                     "of memory. Run again, or set the scheduler to 0 to run in this process.",
                                     code=self.workers[-1].proc.wait())
                for task, ok, value in answers:
                    if task not in index:
                        continue  # an answer of an earlier, canceled run
                    i = index.pop(task)
                    if not ok:
                        raise value
                    done += 1
                    yield i, value
                    if progress is not None:
                        progress(done / n)
        finally:
            # pieces still queued (a cancel, an error) stay in the workers' queues: their answers are read and
            # dropped by the next run; each worker then closes the rasters it kept open for this run
            self.call_each(_release_cached)

    def _send(self, w, run, shared, fn, piece):
        """Send a piece to worker ``w``: its task id, or None when ``w`` has ended."""
        try:
            if w.shared_of != run:
                w.send.send_bytes(_dumps(("shared", tuple(shared))))
                w.shared_of = run
            self._task += 1
            w.send.send_bytes(_dumps(("call", self._task, fn, piece)))
        except OSError:
            w.close()
            return None
        w.queued.append(self._task)
        return self._task

    def _answers(self, timeout):
        """(task, ok, value) of the answers that arrive within ``timeout`` seconds; a worker found ended is
        closed (``ended``)."""
        busy = {w.recv: w for w in self.workers if w.queued and not w.ended}
        out = []
        for conn in wait_for_data(list(busy), timeout=timeout):
            w = busy[conn]
            try:
                task, ok, value = pickle.loads(conn.recv_bytes())
            except (EOFError, OSError):
                w.close()
                continue
            w.queued.remove(task)
            out.append((task, ok, value))
        return out

    def call_each(self, fn):
        """Run ``fn()`` on every worker after the pieces it has (no answer)."""
        data = _dumps(("run", fn))
        for w in self.workers:
            try:
                w.send.send_bytes(data)
            except OSError:
                w.close()

    def close(self, wait=2.0):
        """End the workers: their pipes close, so they end at once (killed after ``wait`` seconds)."""
        for w in self.workers:
            w.close()
        deadline = time.time() + wait
        for w in self.workers:
            try:
                w.proc.wait(timeout=max(deadline - time.time(), 0.01))
            except subprocess.TimeoutExpired:
                w.proc.kill()
                w.proc.wait()


def _release_cached():
    from .executor import release_cached

    release_cached()


_POOLS = {}
_POOLS_LOCK = threading.Lock()


def pool(workers, start=True):
    """This process's pool of ``workers`` local workers (started now if needed and ``start``; else None)."""
    with _POOLS_LOCK:
        p = _POOLS.get(workers)
        if p is not None and not p.alive():  # a worker died (or the pool was closed): start afresh
            _POOLS.pop(workers).close(wait=0)
            p = None
        if p is None and start:
            p = _POOLS[workers] = LocalPool(workers)
        return p


def start_early(workers):
    """Start the local workers now, without waiting for them (the executor waits when it needs them)."""
    if workers >= 2:
        pool(workers)


@atexit.register
def shutdown_local():
    """End the local workers this process started."""
    for p in list(_POOLS.values()):
        p.close()
    _POOLS.clear()
