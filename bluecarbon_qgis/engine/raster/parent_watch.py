"""Local scheduler and worker processes end with the process that started them, and take its temporary
folder with them.

The plugin starts them with ``BLUECARBON_PARENT_PID`` set to its own process id, ``BLUECARBON_DASK_FOLDER`` to
the run's temporary folder (a ``bluecarbon-dask-*`` folder) and ``--preload`` of this module: a daemon thread
checks every second that the parent is still the same process and, when it is not (QGIS closed, or a headless
run ended without running its exit handlers or killed), removes that folder and ends this process, so that
neither orphaned Dask processes nor temporary folders are left behind.
"""
import os
import shutil
import threading
import time

PARENT_ENV = "BLUECARBON_PARENT_PID"
FOLDER_ENV = "BLUECARBON_DASK_FOLDER"
FOLDER_PREFIX = "bluecarbon-dask-"


def remove_folder(folder):
    """Remove the run's temporary folder (only one named as this plugin names them)."""
    if folder and os.path.basename(os.path.normpath(folder)).startswith(FOLDER_PREFIX):
        shutil.rmtree(folder, ignore_errors=True)


def _watch(parent, interval, folder):
    while True:
        time.sleep(interval)
        if os.getppid() != parent:
            remove_folder(folder)
            os._exit(0)


def start(interval=1.0):
    try:
        parent = int(os.environ.get(PARENT_ENV, "0"))
    except ValueError:
        return False
    if parent <= 0 or os.getppid() != parent:
        return False
    threading.Thread(target=_watch, args=(parent, interval, os.environ.get(FOLDER_ENV, "")), daemon=True,
                     name="bluecarbon-parent-watch").start()
    return True


start()
