"""Local worker processes end with the process that started them.

The plugin starts them with ``BLUECARBON_PARENT_PID`` set to its own process id; each worker (``local_pool``)
calls :func:`start`: a daemon thread checks every second that its parent is still the same process and, when it
is not (QGIS closed, or a headless run ended without running its exit handlers or killed), ends this process.
A worker forked by the process that imported the engine for it watches that process, which watches the plugin's.
A worker waiting for work ends sooner, when its pipe from the parent closes (``local_pool``); this catches one
busy in a long piece.
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


def start(parent=None, interval=1.0):
    """Watch ``parent`` (default: the process named by BLUECARBON_PARENT_PID); False when this process is not
    its child (nothing to watch)."""
    if parent is None:
        try:
            parent = int(os.environ.get(PARENT_ENV, "0"))
        except ValueError:
            return False
    if parent <= 0 or os.getppid() != parent:
        return False
    threading.Thread(target=_watch, args=(parent, interval), daemon=True, name="bluecarbon-parent-watch").start()
    return True
