"""Local scheduler and worker processes end with the process that started them.

The plugin starts them with ``BLUECARBON_PARENT_PID`` set to its own process id and ``--preload`` of this
module: a daemon thread checks every second that the parent is still the same process and ends this one
when it is not (QGIS closed, or a headless run killed), so no orphaned Dask processes are left behind.
"""
import os
import threading
import time

PARENT_ENV = "BLUECARBON_PARENT_PID"


def _watch(parent, interval):
    while True:
        time.sleep(interval)
        if os.getppid() != parent:
            os._exit(0)


def start(interval=1.0):
    try:
        parent = int(os.environ.get(PARENT_ENV, "0"))
    except ValueError:
        return False
    if parent <= 0 or os.getppid() != parent:
        return False
    threading.Thread(target=_watch, args=(parent, interval), daemon=True, name="bluecarbon-parent-watch").start()
    return True


start()
