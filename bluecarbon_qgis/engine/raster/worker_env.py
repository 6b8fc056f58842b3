"""What worker processes need from this installation: the Python to start local workers with, how many, and
this engine as a zip for the workers of a Dask cluster (see ``executor.Executor`` and ``local_pool``)."""
import glob
import os
import sys
import zipfile

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
