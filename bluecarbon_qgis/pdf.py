"""Statements as PDF: the HTML statement laid out by QtWebKit (QGIS 3.22's own HTML engine) and printed on A4 by
Qt's PDF engine, which embeds the fonts it uses as subsets (Chinese text in Noto Sans CJK SC or whatever CJK font
fontconfig gives; Debian: fonts-noto-cjk).

QtWebKit's objects belong to the application's main (GUI) thread, and a Processing algorithm may run elsewhere:
the QGIS desktop runs it in a background task, and a model runs its steps on the model's thread. QGIS calls
``postProcessAlgorithm`` on the main thread in every case (desktop task, model step, qgis_process,
``processing.run``), so :class:`PdfOutput` prints the PDF right away when the algorithm runs on the main thread
(qgis_process, the Python console; an error then fails the run) and otherwise keeps the HTML and prints it in
``postProcessAlgorithm``: the heavy work stays in the background and the desktop is held only for the printing.
No second process and no browser is needed, and the offscreen platform (``QT_QPA_PLATFORM=offscreen``) prints the
same pages headless.
"""
import os

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QMarginsF, QThread, QTimer, QUrl
from qgis.PyQt.QtGui import QPageLayout, QPageSize

from .engine.errors import N_
from .i18n import tr

MARGINS_MM = (14.0, 15.0, 14.0, 16.0)  # left, top, right, bottom: the reports' @page rule (report.css)
LOAD_TIMEOUT_MS = 60000
PART = ".part"
FAILED = N_("The PDF statement {path} could not be written: {reason}")


class PdfError(Exception):
    pass


def on_main_thread():
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def html_to_pdf(html, path, *, title="", base_dir=None, margins_mm=MARGINS_MM):
    """Print ``html`` (a whole page, self-contained) to the A4 PDF file ``path``; main thread only.

    Written to ``path + '.part'`` and renamed when complete, so a failure leaves no partial file. CSS px are
    1/96 inch on paper: the printable width of A4 with the default margins is 182 mm, 688 px. Scripts and plugins
    are off."""
    if not on_main_thread():
        raise PdfError("QtWebKit prints on the application's main thread only")
    from qgis.PyQt.QtPrintSupport import QPrinter
    from qgis.PyQt.QtWebKit import QWebSettings
    from qgis.PyQt.QtWebKitWidgets import QWebPage

    page = QWebPage()
    settings = page.settings()
    settings.setAttribute(QWebSettings.JavascriptEnabled, False)
    settings.setAttribute(QWebSettings.PluginsEnabled, False)
    settings.setAttribute(QWebSettings.PrintElementBackgrounds, True)
    frame = page.mainFrame()
    loaded, loop = [], QEventLoop()
    frame.loadFinished.connect(lambda ok: (loaded.append(ok), loop.quit()))
    base = QUrl.fromLocalFile(os.path.join(os.path.abspath(base_dir or os.path.dirname(path)), ""))
    frame.setHtml(html, base)
    if not loaded:  # a page without external resources finishes loading within setHtml
        QTimer.singleShot(LOAD_TIMEOUT_MS, loop.quit)
        loop.exec_()
    if not loaded or not loaded[0]:
        raise PdfError("QtWebKit did not finish loading the statement")
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setFontEmbeddingEnabled(True)
    printer.setCreator("bluecarbon QGIS plugin")
    printer.setDocName(title)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                      QMarginsF(*margins_mm), QPageLayout.Millimeter))
    tmp = path + PART
    printer.setOutputFileName(tmp)
    frame.print_(printer)
    del printer  # closes the file
    if not os.path.isfile(tmp) or os.path.getsize(tmp) == 0:
        raise PdfError("Qt's PDF engine wrote nothing")
    os.replace(tmp, path)
    return path


class PdfOutput:
    """Mixin of an algorithm with a PDF output printed from an HTML page (place it before the algorithm's base
    class). In processAlgorithm call ``self.pdf_output(key, html, path, results, feedback)`` once the results are
    complete; the PDF is then printed on the main thread (see the module's text)."""

    def pdf_output(self, key, html, path, results, feedback, title=""):
        results[key] = path
        if on_main_thread():
            self._print_pdf(html, path, title)
            return
        feedback.pushInfo(tr("The PDF statement is printed once the computation has finished."))
        self._pending_pdf = (key, html, path, title, results)

    def _print_pdf(self, html, path, title):
        try:
            html_to_pdf(html, path, title=title)
        except (PdfError, OSError, RuntimeError) as exc:
            try:
                os.remove(path + PART)
            except OSError:
                pass
            raise QgsProcessingException(tr(FAILED).format(path=path, reason=exc)) from None

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        pending = self.__dict__.pop("_pending_pdf", None)
        if pending is None:
            return {}
        key, html, path, title, results = pending
        try:
            self._print_pdf(html, path, title)
        except QgsProcessingException as exc:
            if feedback is not None:
                feedback.reportError(str(exc), True)
            results = dict(results)
            results.pop(key, None)
        return results
