"""Feedback adapters: messages held while qgis_process draws its progress bar, a failed run's message shown once
by qgis_process, and the engine's progress callback."""
import functools

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProcessingFeedback
from qgis.PyQt.QtCore import Qt


class OrderedFeedback(QgsProcessingFeedback):
    """Forwards everything to the run's feedback, but holds the messages pushed while the progress bar is
    part-way and gives them once it reaches 100.

    qgis_process (QGIS 3.22) draws progress as ticks ``0...10...20`` with no line end until 100, so a message
    pushed mid-way ran into the bar (``...80WARNING: ...``), and a run that ended below 100 left the bar
    unfinished. The base class makes every successful run end at 100."""

    MESSAGES = ("pushInfo", "pushWarning", "pushCommandInfo", "pushDebugInfo", "pushConsoleInfo", "reportError")

    def __init__(self, target):
        super().__init__()
        self._target = target
        self._held = []
        self._bar_open = False
        self.warnings = []  # every warning of the run, for qgis_process --json (see failure_shown_once)
        # direct: the desktop runs the algorithm in a worker thread without an event loop, and cancels from
        # the main thread (a queued cancel would never arrive)
        self.progressChanged.connect(self._progress, Qt.DirectConnection)
        target.canceled.connect(self.cancel, Qt.DirectConnection)
        if target.isCanceled():
            self.cancel()

    def _progress(self, value):
        self._bar_open = value < 100
        self._target.setProgress(value)
        if not self._bar_open:
            self._give_held()

    def _give_held(self):
        held, self._held = self._held, []
        for method, args in held:
            getattr(self._target, method)(*args)

    def _say(self, method, *args):
        if self._bar_open:
            self._held.append((method, args))
        else:
            getattr(self._target, method)(*args)

    def pushInfo(self, info):  # noqa: N802
        self._say("pushInfo", info)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        self._say("pushWarning", warning)

    def pushCommandInfo(self, info):  # noqa: N802
        self._say("pushCommandInfo", info)

    def pushDebugInfo(self, info):  # noqa: N802
        self._say("pushDebugInfo", info)

    def pushConsoleInfo(self, info):  # noqa: N802
        self._say("pushConsoleInfo", info)

    def reportError(self, error, fatalError=False):  # noqa: N802,N803
        self._say("reportError", error, fatalError)

    def setProgressText(self, text):  # noqa: N802
        self._target.setProgressText(text)

    def finish(self, succeeded):
        """End of the run: a successful run reaches 100; the held messages are given in any case (after a
        line end in qgis_process when the bar is part-way)."""
        if succeeded:
            self.setProgress(100)
        elif self._held and self._bar_open:
            app = QgsApplication.instance()
            if app is not None and app.platform() == "qgis_process":
                self._target.pushInfo("")
        self._give_held()
        try:
            self._target.canceled.disconnect(self.cancel)
        except (TypeError, RuntimeError):
            pass


def failure_shown_once(feedback, message, warnings=()):
    """Before a run fails with ``message``: make qgis_process show it once, and with --json its ``warnings`` too.

    When an algorithm raises, QGIS 3.22 logs the message to the message log, then hands it to the feedback's
    reportError, whose base class logs it again; qgis_process prints it as ``ERROR:`` and echoes every critical
    message of the log on stderr, so the message came three times (twice with --json). In qgis_process, the echo
    is silenced from here until the run's feedback is destroyed (the run is over then). With --json, qgis_process
    drops the log of a failed run, warnings and ERROR: line included: they are logged (so echoed) once first.
    The desktop's dialog keeps its feedback out of the message log, so there a message is shown and logged once
    as it is."""
    app = QgsApplication.instance()
    log = QgsApplication.messageLog()
    if feedback is None or app is None or app.platform() != "qgis_process" or log.signalsBlocked():
        return
    if "--json" in app.arguments():
        for line in ["WARNING:\t" + w for w in warnings] + ["ERROR:\t" + message]:
            QgsMessageLog.logMessage(line, "Processing", Qgis.Critical)
    log.blockSignals(True)
    feedback.destroyed.connect(functools.partial(log.blockSignals, False))


def progress_callback(feedback, start=0.0, span=100.0):
    """A plain ``callable(fraction)`` for the engine, mapped into a range of the progress bar."""
    return lambda fraction: feedback.setProgress(start + span * max(0.0, min(1.0, fraction)))


TIMINGS_ENV = "BLUECARBON_TIMINGS"


def log_timings(alg, timings):
    """With the environment variable BLUECARBON_TIMINGS set, one machine-readable line on standard error with
    the seconds of each phase of a run (``make bench`` prints them), for finding where the time goes."""
    import json
    import os
    import sys

    if os.environ.get(TIMINGS_ENV):
        sys.stderr.write("BLUECARBON_TIMINGS {} {}\n".format(alg, json.dumps(
            {k: round(float(v), 4) for k, v in timings.items()})))
        sys.stderr.flush()
