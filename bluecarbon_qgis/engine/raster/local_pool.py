"""Local worker processes: one single-threaded system-Python process per core with the engine imported, fed
through pipes (see ``executor.Executor``; a named ``tcp://`` scheduler uses Dask instead).

Starting the workers is one ``Popen``: on Linux one process imports the engine (about 0.3 s of CPU) and forks
the workers, which share what it loaded (elsewhere each worker is a ``Popen`` of its own and imports the engine
itself). This goes on while the algorithm goes on, so ``start_early()`` lets an algorithm start them before it
reads its polygons, and the executor waits only for what is left when it actually needs them. Workers import
the engine from the plugin folder itself (the packages above it are made empty here, so nothing of QGIS is
imported) and write no files: no temporary folder. Each reads its tasks from a pipe on a thread of its own: when
the process that started it ends, even killed, the pipe closes and the worker ends at once, even in the middle
of a piece (``parent_watch`` is a second guard). Pools are kept for later runs of the same process.
"""
import atexit
import os
import pickle
import signal
import subprocess
import sys
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
# one process imports the engine and forks the workers (Linux; elsewhere fork after importing system libraries is
# not safe, and each worker is started on its own)
FORK = sys.platform.startswith("linux")

# run in the new process: the packages above the engine as empty packages of their folders, then main()
_BOOT = ("import os,sys,types\n"
         "names, folder = sys.argv[1].split('.'), sys.argv[2]\n"
         "for i in range(len(names) - 1, 0, -1):\n"
         "    folder = os.path.dirname(folder)\n"
         "    m = types.ModuleType('.'.join(names[:i])); m.__path__ = [folder]; sys.modules[m.__name__] = m\n"
         "import importlib\n"
         "pool = importlib.import_module(sys.argv[1] + '.raster.local_pool')\n"
         "pool.main(sys.argv[3], [int(a) for a in sys.argv[4:]])\n")


def _dumps(obj):
    try:
        import cloudpickle  # as Dask: functions and classes defined outside a module travel too
    except ImportError:
        return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    return cloudpickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


def main(mode, fds):
    """The worker side, as started by ``_BOOT``: ``serve`` fds (in, out): one worker; ``fork`` fds (status, then
    in and out of each worker): import the engine once and fork the workers (``fork_server``)."""
    if mode == "fork":
        fork_server(fds[0], list(zip(fds[1::2], fds[2::2])))
    else:
        serve(*fds)


def _preload():
    """Import the engine; None, or why it could not be imported."""
    try:
        __import__(_PRELOAD)
    except BaseException as exc:  # noqa: BLE001 - the parent reports it
        return "".join(traceback.format_exception_only(type(exc), exc))
    return None


_BACKGROUND = []   # a worker's warm-up running in the background: (thread, stop event)


def background(fn):
    """In a worker: run ``fn(stop)`` on a thread of the lowest priority (it takes only what the other processes
    leave of the cores), until it returns or the next message arrives: ``stop`` is then set, and the message
    waits for ``fn`` to return (``fn`` checks ``stop`` often). What ``fn`` opens is the worker's to use after."""
    _finish_background()
    stop = threading.Event()

    def run():
        if sys.platform.startswith("linux"):   # elsewhere the id would name a process, not this thread
            try:
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)   # this thread only
            except (AttributeError, OSError):
                pass
        try:
            fn(stop)
        except Exception:  # noqa: BLE001 - a warm-up only: the work that follows reports its own errors
            pass

    thread = threading.Thread(target=run, daemon=True)
    _BACKGROUND.append((thread, stop))
    thread.start()


def _finish_background():
    while _BACKGROUND:
        thread, stop = _BACKGROUND.pop()
        stop.set()
        thread.join()


def serve(fd_in, fd_out, loaded=False, parent=None):
    """The worker's loop: ("call", task, fn, piece) -> (task, True, fn(piece, *shared)) or (task, False,
    exception); ("shared", objects) keeps the objects for the following calls; ("run", fn) runs fn() without
    answering. ``loaded``: the engine is already imported (a forked worker); ``parent``: the process whose end
    ends this one (default: the one named by parent_watch's variable)."""
    import queue

    out = Connection(fd_out, readable=False)
    error = None if loaded else _preload()
    if error is not None:
        out.send_bytes(pickle.dumps(("ready", False, error)))
        return
    from . import parent_watch

    parent_watch.start(parent)
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
        message = tasks.get()
        _finish_background()
        kind, *rest = pickle.loads(message)
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


def fork_server(fd_status, pairs):
    """Import the engine once, fork one worker per (in, out) pair, and report on ``fd_status`` each worker's
    pid as it is forked (("forked", index, pid)) and its exit code as it ends (("ended", pid, code)); this
    process ends after its workers. It has no thread of its own when it forks; it ends with the process that
    started it (``parent_watch``), and its workers with it."""
    from . import parent_watch

    status = Connection(fd_status, readable=False)

    def report(*message):
        try:
            status.send_bytes(pickle.dumps(message))
        except OSError:
            pass  # the pool is closed: nobody asks

    error = _preload()
    mine = [fd for pair in pairs for fd in pair]
    children = set()
    for index, (fd_in, fd_out) in enumerate(pairs):
        if error is None:
            try:
                pid = os.fork()
            except OSError as exc:
                error = "a worker could not be forked: {}".format(exc)
        if error is not None:  # this worker and the ones after it say why they do not start
            os.write(fd_out, _message(("ready", False, error)))
            continue
        if pid == 0:
            code = 1
            try:
                status.close()
                for fd in mine:
                    if fd not in (fd_in, fd_out):
                        os.close(fd)
                serve(fd_in, fd_out, loaded=True, parent=os.getppid())
                code = 0
            finally:
                os._exit(code)
        children.add(pid)
        report("forked", index, pid)
    for fd in mine:  # only the workers hold their ends: a worker that ends closes its pipes
        os.close(fd)
    parent_watch.start()
    while children:
        try:
            pid, wait_status = os.wait()
        except ChildProcessError:
            break
        children.discard(pid)
        report("ended", pid, -os.WTERMSIG(wait_status) if os.WIFSIGNALED(wait_status)
               else os.WEXITSTATUS(wait_status))


def _message(obj):
    """``obj`` framed as ``Connection.send_bytes`` frames it (a 4-byte big-endian length, then the pickle), for
    writing on a bare file descriptor."""
    data = pickle.dumps(obj)
    return len(data).to_bytes(4, "big") + data


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


def _popen(mode, fds, env):
    """Start ``_BOOT`` in ``mode`` with the file descriptors ``fds`` (closed here, whatever happens)."""
    try:
        return subprocess.Popen([python_executable(), "-c", _BOOT, _PACKAGE, _ENGINE_DIR, mode, *map(str, fds)],
                                env=env, pass_fds=fds, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, cwd="/")
    except OSError as exc:
        raise _not_started(exc) from None
    finally:
        for fd in fds:
            os.close(fd)


class _Server:
    """The process that imported the engine and forked the workers, and what it reported: each worker's pid
    (by its place in the pool) and the exit codes of those that ended."""

    def __init__(self, proc, status):
        self.proc, self.status = proc, status
        self.pids = {}      # worker index -> pid
        self.codes = {}     # pid -> exit code of the workers that ended
        self.done = False   # the server has ended (its status pipe closed)
        self._lock = threading.Lock()  # one reader at a time (two runs may ask at once)

    def read(self, timeout=0.0):
        """Take what the server reported so far, waiting up to ``timeout`` seconds for a message."""
        with self._lock:
            while not self.done and wait_for_data([self.status], timeout=timeout):
                try:
                    kind, key, value = pickle.loads(self.status.recv_bytes())
                except (EOFError, OSError):
                    self.done = True
                    break
                (self.pids if kind == "forked" else self.codes)[key] = value
                timeout = 0.0

    def close(self):
        with self._lock:
            self.status.close()
            self.done = True


def _running(pid):
    """Whether a process runs (not ended, nor ended and not yet reaped: its new parent may never reap it)."""
    try:
        with open("/proc/{}/stat".format(pid)) as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


ORPHAN_WAIT_S = 3.0  # a worker whose server is gone ends within parent_watch's second; waited for this long
REPORT_WAIT_S = 5.0  # the longest wait for what the fork server reports just after a worker forked or ended


class _Forked:
    """A forked worker's process, as much of a ``Popen`` as the pool uses; its pid is known once the server
    has reported the fork."""

    def __init__(self, server, index):
        self.server, self.index = server, index

    @property
    def pid(self):
        self.server.read()
        return self.server.pids.get(self.index)

    def poll(self):
        pid = self.pid
        if pid is None:
            return self.server.proc.poll()   # not forked yet: it ends with the server
        if pid in self.server.codes:
            return self.server.codes[pid]
        if not self.server.done or _running(pid):
            return None
        return self.server.proc.wait()   # the server was killed, and its workers ended with it (parent_watch)

    def wait(self, timeout=None):
        deadline = None if timeout is None else time.time() + timeout
        orphaned = None  # when the server was found gone
        while True:
            code = self.poll()
            if code is not None:
                return code
            now = time.time()
            if self.server.done:
                orphaned = orphaned or now
                if now - orphaned > ORPHAN_WAIT_S:  # its pid may now be another process's: nothing more to learn
                    return self.server.proc.wait()
            left = 0.1 if deadline is None else min(deadline - now, 0.1)
            if left <= 0:
                raise subprocess.TimeoutExpired("bluecarbon worker {}".format(self.pid), timeout)
            if self.server.done:
                time.sleep(left)
            else:
                self.server.read(left)

    def send_signal(self, sig):
        """Signal the worker while its server answers for it; once the server is gone its pid may be another
        process's, and the worker ends by itself (parent_watch)."""
        pid = self.pid
        if self.server.done:
            return
        if pid is None:
            self.server.proc.send_signal(sig)
        elif self.poll() is None:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass

    def kill(self):
        self.send_signal(signal.SIGKILL)


class _Worker:
    """The pipes to one worker, and its process (``proc``: a Popen, or a _Forked)."""

    def __init__(self):
        to_child, self._child_in = os.pipe()
        self._child_out, from_child = os.pipe()
        self.child_fds = [to_child, from_child]   # the worker's ends, until they are passed to it
        self.send = Connection(self._child_in, readable=False)
        self.recv = Connection(self._child_out, writable=False)
        self.proc = None
        self.ready = False
        self.queued = []     # task ids sent and not answered, oldest first
        self.shared_of = None  # the run whose shared objects this worker holds

    @property
    def ended(self):
        return self.send.closed

    def close(self):
        for conn in (self.send, self.recv):
            conn.close()
        for fd in self.child_fds:
            os.close(fd)
        self.child_fds = []


class LocalPool:
    """``workers`` worker processes, started at once and not waited for (``wait_ready()`` does)."""

    def __init__(self, workers):
        env = dict(os.environ)
        env.setdefault("OMP_NUM_THREADS", "1")
        # glibc: keep 64 MB at the top of the heap when it grows or shrinks, so that a worker's window arrays
        # (freed and made again for every polygon) reuse memory instead of asking the system each time: 10 %
        # less CPU for the W1 class areas (a user's own setting is kept)
        env.setdefault("MALLOC_TOP_PAD_", str(64 << 20))
        env["BLUECARBON_PARENT_PID"] = str(os.getpid())  # see parent_watch
        env.pop("PYTHONPATH", None)  # the engine comes from the plugin folder, never from elsewhere
        self.workers = []
        self.server = None
        try:
            self.workers = [_Worker() for _ in range(workers)]
            if FORK:
                status, to_parent = os.pipe()
                fds = [to_parent] + [fd for w in self.workers for fd in w.child_fds]
                for w in self.workers:
                    w.child_fds = []
                try:
                    proc = _popen("fork", fds, env)
                except InputError:
                    os.close(status)
                    raise
                self.server = _Server(proc, Connection(status, writable=False))
                for index, w in enumerate(self.workers):
                    w.proc = _Forked(self.server, index)
            else:
                for w in self.workers:
                    fds, w.child_fds = w.child_fds, []
                    w.proc = _popen("serve", fds, env)
        except InputError:
            self.close()
            raise
        self._task = 0
        self._run = 0
        self._busy = threading.Lock()  # one run at a time (QGIS may run two algorithms at once: one waits)
        self._starting = threading.Lock()  # one thread reads the workers' "ready" answers

    @property
    def ready(self):
        """Whether every worker has imported the engine (without waiting: the answers already in are read)."""
        if all(w.ready for w in self.workers):
            return True
        if not self._starting.acquire(blocking=False):
            return False  # another thread is reading the answers
        try:
            return self._collect(0)
        except InputError:
            return False  # said by wait_ready() when the workers are needed
        finally:
            self._starting.release()

    def alive(self):
        return ((self.server is None or self.server.proc.poll() is None)
                and all(w.proc.poll() is None for w in self.workers))

    def wait_ready(self, timeout=START_TIMEOUT_S):
        """Block until every worker has imported the engine; an InputError if one cannot."""
        with self._starting:
            if self._collect(timeout):
                return
        self.close()
        raise InputError("The local worker processes did not start within {seconds} s. Set the scheduler to 0 "
                         "to run in this process.", seconds=timeout)

    def _collect(self, timeout):
        """Read the workers' "ready" answers that come within ``timeout`` seconds; True when all are in (one
        thread at a time: ``_starting``)."""
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
                    ok, info = False, "a worker ended before it was ready, exit code {}".format(_exit_code(w.proc))
                if not ok:
                    self.close()
                    raise _not_started(info)
                w.ready = True
                if isinstance(w.proc, _Forked):  # its server reported the fork before this answer, or just after
                    end = time.time() + REPORT_WAIT_S
                    while w.proc.pid is None and not self.server.done and time.time() < end:
                        self.server.read(0.05)

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
        procs = [w.proc for w in self.workers if w.proc is not None]
        if self.server is not None:
            procs.append(self.server.proc)   # it ends after its workers
        for proc in procs:
            try:
                proc.wait(timeout=max(deadline - time.time(), 0.01))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if self.server is not None:
            self.server.close()


def _exit_code(proc, wait=REPORT_WAIT_S):
    """The exit code of a worker that ended, or "unknown" when it is not known within ``wait`` seconds."""
    try:
        return proc.wait(timeout=wait)
    except subprocess.TimeoutExpired:
        return "unknown"


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
