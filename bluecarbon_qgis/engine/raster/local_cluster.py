"""Local worker processes: a Dask scheduler and one single-threaded worker per core, started with the
system Python on 127.0.0.1 and reused by later runs of the same process (see ``executor.Executor``)."""
import atexit
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

from ..errors import InputError

SYSTEM_PYTHON = "/usr/bin/python3"

# the package that holds this engine, as imported here (``bluecarbon`` in QGIS)
_ENGINE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_TOP = __name__.split(".")[0]


def python_executable():
    """The Python interpreter of this installation, for worker processes.

    Inside QGIS sys.executable is the QGIS binary, or whatever ``python3`` comes first on the PATH (which may
    be another Python without this one's packages); so an interpreter is used only if it belongs to this
    Python's installation (sys.base_prefix).
    """
    base = os.path.realpath(sys.base_prefix)
    version = "python{}.{}".format(*sys.version_info[:2])
    candidates = [sys.executable or "", os.path.join(base, "bin", version), os.path.join(base, "bin", "python3"),
                  os.path.join(base, "python.exe"), SYSTEM_PYTHON]
    for exe in candidates:
        real = os.path.realpath(exe) if exe else ""
        if (real and os.path.basename(real).lower().startswith("python") and os.access(real, os.X_OK)
                and real.startswith(base + os.sep)):
            return exe
    return SYSTEM_PYTHON


def engine_zip(folder):
    """A zip of this engine (and the empty packages above it) for workers' sys.path."""
    pkg_root = os.path.dirname(os.path.dirname(_ENGINE_DIR))  # the plugin folder
    top_init = os.path.join(pkg_root, "__init__.py")
    mid = os.path.basename(os.path.dirname(_ENGINE_DIR))      # bluecarbon_qgis
    path = os.path.join(folder, _TOP + "_engine.zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(top_init, "{}/__init__.py".format(_TOP))
        zf.writestr("{}/{}/__init__.py".format(_TOP, mid), '"""Engine only."""\n')
        for src in glob.glob(os.path.join(_ENGINE_DIR, "**", "*.py"), recursive=True):
            rel = os.path.relpath(src, _ENGINE_DIR)
            zf.write(src, "{}/{}/engine/{}".format(_TOP, mid, rel))
    return path


WORKERS_ENV = "BLUECARBON_LOCAL_WORKERS"


def local_workers():
    """Local worker processes: one per core, or the environment variable BLUECARBON_LOCAL_WORKERS."""
    try:
        return max(int(os.environ.get(WORKERS_ENV, "0")), 0) or os.cpu_count() or 1
    except ValueError:
        return os.cpu_count() or 1


PRELOAD = ".bluecarbon_qgis.engine.raster.worker_preload"
WATCH = ".bluecarbon_qgis.engine.raster.parent_watch"


class _LocalCluster:
    """A scheduler and one single-threaded worker per core, started with the system Python on 127.0.0.1.

    The workers run without a nanny process: a nanny sets MALLOC_TRIM_THRESHOLD_=65536 in its worker, which
    makes every large numpy allocation a fresh mmap and slowed the zonal pieces by a third here; a worker
    that dies is replaced by starting the cluster again on the next run (``alive()``).
    """

    def __init__(self, workers):
        self.workers = workers
        self.folder = tempfile.mkdtemp(prefix="bluecarbon-dask-")
        self.scheduler_file = os.path.join(self.folder, "scheduler.json")
        zip_path = engine_zip(self.folder)
        env = dict(os.environ)
        env["PYTHONPATH"] = zip_path + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        env.setdefault("OMP_NUM_THREADS", "1")
        # the workers' statistical profiler samples the running task every 10 ms: measurable on short pieces
        env.setdefault("DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED", "False")
        env["BLUECARBON_PARENT_PID"] = str(os.getpid())  # see parent_watch: no orphans if this process dies
        env["BLUECARBON_DASK_FOLDER"] = self.folder      # and no temporary folder left behind
        py = python_executable()
        log = open(os.path.join(self.folder, "cluster.log"), "wb")
        self.procs = [subprocess.Popen(
            [py, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
             "--dashboard-address", ":0", "--scheduler-file", self.scheduler_file, "--preload", _TOP + WATCH],
            env=env, stdout=log, stderr=log, cwd=self.folder)]
        deadline = time.time() + 60
        while not os.path.exists(self.scheduler_file):
            if time.time() > deadline or self.procs[0].poll() is not None:
                log.close()
                self.close(keep_log=True)
                raise InputError("The local Dask scheduler did not start (see {log}).",
                                 log=os.path.join(self.folder, "cluster.log"))
            time.sleep(0.1)
        for _ in range(workers):
            self.procs.append(subprocess.Popen(
                [py, "-m", "distributed.cli.dask_worker", "--scheduler-file", self.scheduler_file,
                 "--nthreads", "1", "--no-nanny", "--no-dashboard", "--memory-limit", "0",
                 "--local-directory", self.folder, "--host", "127.0.0.1", "--preload", _TOP + PRELOAD],
                env=env, stdout=log, stderr=log, cwd=self.folder))
        log.close()  # the processes hold their own copies

    def alive(self):
        return all(p.poll() is None for p in self.procs)

    def close(self, keep_log=False):
        for p in reversed(self.procs):
            if p.poll() is None:
                p.terminate()
        for p in self.procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        if not keep_log:
            shutil.rmtree(self.folder, ignore_errors=True)


_LOCAL = {}


def _local_cluster(workers):
    cluster = _LOCAL.get(workers)
    if cluster is None or not cluster.alive():
        if cluster is not None:
            cluster.close()
        cluster = _LOCAL[workers] = _LocalCluster(workers)
    return cluster


@atexit.register
def shutdown_local():
    """Stop the local workers this process started."""
    for cluster in list(_LOCAL.values()):
        cluster.close()
    _LOCAL.clear()
