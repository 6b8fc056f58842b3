"""Statements as PDF: the HTML statement laid out by QtWebKit (QGIS 3.22's own HTML engine) and painted page by
page on A4 through Qt's PDF engine, which embeds the fonts it uses as subsets (Chinese text in Noto Sans CJK SC or
whatever CJK font fontconfig gives; Debian: fonts-noto-cjk). Text stays text, the charts and maps stay vector SVG.

Pages are cut here, not by QtWebKit's printing: its printing lays the page out 1.25 times wider than the paper and
shrinks it, and cuts through table rows at the page's end. Here the page is laid out at the paper's printable
width (688 CSS px on A4 with the reports' margins) with the reports' print rules (``@media print``) applied, and
each page ends above the first element that would cross its end (a table row, a paragraph, a list item, a figure,
the headline and signature blocks; a heading stays with what follows it); every page gets a footer with the
document's title and its page number ("page 2 of 5").

QtWebKit's objects belong to the application's main (GUI) thread, and a Processing algorithm may run elsewhere:
the QGIS desktop runs it in a background task, and a model runs its steps on the model's thread (QGIS 3.22 also
post-processes a model's steps there, so ``postProcessAlgorithm`` is no way to the main thread). :func:`write_pdf`
prints at once when it is called on the main thread (qgis_process, ``processing.run`` in the Python console), and
otherwise hands the printing to the main thread's event loop and waits for it (``MAIN_THREAD_WAIT_S`` at most):
the heavy work stays in the background, the desktop is held only for the printing, and an error fails the run as
any other. No second process and no browser is needed, and the offscreen platform (``QT_QPA_PLATFORM=offscreen``)
prints the same pages headless.
"""
import functools
import os
import re
import threading

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import (QCoreApplication, QEventLoop, QMarginsF, QObject, QRect, QSize, Qt, QThread, QTimer, QUrl,
                              pyqtSignal, pyqtSlot)
from qgis.PyQt.QtGui import QColor, QFont, QFontMetrics, QPageLayout, QPageSize, QRegion

from .engine.errors import N_
from .i18n import tr

MARGINS_MM = (14.0, 15.0, 14.0, 16.0)  # left, top, right, bottom: the reports' @page rule (report.css)
CSS_PX_PER_MM = 96 / 25.4
FOOTER_PX = 22                          # of the printable height, for the footer line
BORDER_PX = 1.5                         # table rows share their collapsed border
LOAD_TIMEOUT_MS = 60000
MAIN_THREAD_WAIT_S = 600                # for the main thread to print, when the algorithm runs elsewhere
PART = ".part"
# elements that are not cut across pages, and headings and table heads, kept with the first of those that
# follows them
KEEP = ("tr", "li", "p", "pre", "img", "svg", ".figure", ".headline", ".signatures", ".warn", "h1", "h2", "h3",
        "thead")
WITH_NEXT = ("h1", "h2", "h3", "thead")
FAILED = N_("The PDF statement {path} could not be written: {reason}")
MAIN_THREAD_BUSY = N_("the application's main thread did not print it within {seconds} s (QtWebKit prints only "
                      "there); run the algorithm from qgis_process or the Processing toolbox")
PAGE_OF = N_("page {page} of {pages}")
IDEOGRAPHS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "cjk_equivalent_ideographs.txt")


class PdfError(Exception):
    pass


def on_main_thread():
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def page_breaks(blocks, total, page_height):
    """The document's y where each page starts (a document ``total`` px high, pages ``page_height`` px): a page
    ends above the first block ``(top, bottom)`` that would cross its end; a block taller than a page is cut."""
    starts, y = [0.0], 0.0
    while y + page_height < total:
        cut = y + page_height
        moved = True
        while moved:  # nested blocks (a row in a kept block) may move the cut up again
            moved = False
            for top, bottom in blocks:
                # a block ending within BORDER_PX past the cut shares only its border with the next one
                if y < top < cut < bottom - BORDER_PX and bottom - top <= page_height:
                    cut, moved = top, True
        y = cut
        starts.append(y)
    return starts


def _blocks(frame):
    """(top, bottom) in document px of the elements not to be cut, a heading or a table's head reaching down to
    the end of the first of them below it."""
    doc = frame.documentElement()
    blocks, heads = [], []
    for selector in KEEP:
        for el in doc.findAll(selector):
            g = el.geometry()
            if g.height() > 0:
                (heads if selector in WITH_NEXT else blocks).append((float(g.top()), float(g.top() + g.height())))
    for top, bottom in heads:
        below = [b for b in blocks if b[0] >= bottom - BORDER_PX]
        blocks.append((top, min(below)[1] if below else bottom))
    return blocks


def _load(html, base_url):
    from qgis.PyQt.QtWebKit import QWebSettings
    from qgis.PyQt.QtWebKitWidgets import QWebPage

    page = QWebPage()
    settings = page.settings()
    settings.setAttribute(QWebSettings.JavascriptEnabled, False)
    settings.setAttribute(QWebSettings.PluginsEnabled, False)
    frame = page.mainFrame()
    for orientation in (Qt.Horizontal, Qt.Vertical):
        frame.setScrollBarPolicy(orientation, Qt.ScrollBarAlwaysOff)
    loaded, loop = [], QEventLoop()
    frame.loadFinished.connect(lambda ok: (loaded.append(ok), loop.quit()))
    # the reports' print rules apply to the layout that is cut into pages
    frame.setHtml(html.replace("@media print", "@media all"), base_url)
    if not loaded:  # a page without external resources finishes loading within setHtml
        QTimer.singleShot(LOAD_TIMEOUT_MS, loop.quit)
        loop.exec_()
    if not loaded or not loaded[0]:
        raise PdfError("QtWebKit did not finish loading the statement")
    return page


def html_to_pdf(html, path, *, title="", base_dir=None, margins_mm=MARGINS_MM, page_label=None):
    """Print ``html`` (a whole page, self-contained) to the A4 PDF file ``path``; main thread only.

    ``page_label(page, pages)`` is the footer's page number (default "page 2 of 5"), ``title`` its left part and
    the PDF's title. Written to ``path + '.part'`` and renamed when complete, so a failure leaves no partial file.
    Scripts and plugins are off."""
    if not on_main_thread():
        raise PdfError("QtWebKit prints on the application's main thread only")
    from qgis.PyQt.QtGui import QPainter
    from qgis.PyQt.QtPrintSupport import QPrinter
    from qgis.PyQt.QtWebKitWidgets import QWebFrame

    left, top, right, bottom = margins_mm
    width = int(round((210.0 - left - right) * CSS_PX_PER_MM))
    height = (297.0 - top - bottom) * CSS_PX_PER_MM - FOOTER_PX
    page = _load(html, QUrl.fromLocalFile(os.path.join(os.path.abspath(base_dir or os.path.dirname(path)), "")))
    frame = page.mainFrame()
    page.setViewportSize(QSize(width, int(height)))
    contents = frame.contentsSize()
    scale = min(1.0, width / max(contents.width(), 1))  # something wider than the page: shrink it all to fit
    page.setViewportSize(QSize(max(width, contents.width()), contents.height()))
    total = float(frame.contentsSize().height())
    starts = page_breaks(_blocks(frame), total, height / scale)
    label = page_label or (lambda n, count: tr(PAGE_OF).format(page=n, pages=count))

    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setFontEmbeddingEnabled(True)
    printer.setCreator("bluecarbon QGIS plugin")
    printer.setDocName(title)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(*margins_mm),
                                      QPageLayout.Millimeter))
    tmp = path + PART
    printer.setOutputFileName(tmp)
    painter = QPainter()
    if not painter.begin(printer):
        raise PdfError("Qt's PDF engine could not open the file")
    zoom = printer.resolution() / 96.0
    font = QFont("DejaVu Sans")
    font.setPixelSize(9)
    try:
        for n, y0 in enumerate(starts):
            y1 = starts[n + 1] if n + 1 < len(starts) else total
            if n:
                printer.newPage()
            painter.save()
            painter.scale(zoom * scale, zoom * scale)
            painter.translate(0, -y0)
            clip = QRect(0, int(y0), int(width / scale) + 1, int(round(y1 - y0)))
            frame.render(painter, QWebFrame.ContentsLayer, QRegion(clip))
            painter.restore()
            painter.save()
            painter.scale(zoom, zoom)
            painter.setFont(font)
            painter.setPen(QColor("#555555"))
            box = QRect(0, int(height) + 6, width, FOOTER_PX - 6)
            painter.drawText(box, int(Qt.AlignLeft | Qt.AlignBottom),
                             QFontMetrics(font).elidedText(title, Qt.ElideRight, int(width * 0.75)))
            painter.drawText(box, int(Qt.AlignRight | Qt.AlignBottom), label(n + 1, len(starts)))
            painter.restore()
    finally:
        painter.end()
    if not os.path.isfile(tmp) or os.path.getsize(tmp) == 0:
        raise PdfError("Qt's PDF engine wrote nothing")
    name_glyphs_by_ideographs(tmp)
    os.replace(tmp, path)
    return path


@functools.lru_cache(maxsize=1)
def equivalent_ideographs():
    """{radical or stroke code point: its equivalent CJK unified ideograph}, BMP only (data/, from Unicode)."""
    out = {}
    with open(IDEOGRAPHS, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                cp, ideograph = (int(x, 16) for x in line.split(";"))
                if ideograph <= 0xFFFF:
                    out[cp] = ideograph
    return out


_RANGE = re.compile(rb"^<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)> (\[[^\]]*\]|<[0-9A-Fa-f]+>)\s*$", re.M)
_CHAR = re.compile(rb"^<([0-9A-Fa-f]+)> (<[0-9A-Fa-f]+>)\s*$", re.M)
_CODE = re.compile(rb"<([0-9A-Fa-f]{4})>")


def _unified(match):
    code = int(match.group(1), 16)
    return b"<%04X>" % equivalent_ideographs().get(code, code)


def _cmap(body):
    """A ToUnicode CMap with its one-character destinations that are radicals replaced by their ideographs."""
    def ranges(m):
        if m.group(3).startswith(b"[") or m.group(1) == m.group(2):
            return m.group(0)[:m.start(3) - m.start(0)] + _CODE.sub(_unified, m.group(3)) + m.group(0)[m.end(3) -
                                                                                                     m.start(0):]
        return m.group(0)
    body = _RANGE.sub(ranges, body)
    return _CHAR.sub(lambda m: m.group(0)[:m.start(2) - m.start(0)] + _CODE.sub(_unified, m.group(2))
                     + m.group(0)[m.end(2) - m.start(0):], body)


def name_glyphs_by_ideographs(path):
    """Rewrite, in place, the text of a PDF written by Qt so that Chinese characters read as themselves.

    Qt's PDF engine names each glyph by the lowest code point the font shows with it, and CJK fonts show a
    radical and its ideograph with one glyph: copied or searched text then reads the radical (⼆ U+2F06 for 二
    U+4E8C, ⻚ U+2EDA for 页 U+9875). Each ToUnicode map (uncompressed, as Qt writes them) gets the equivalent
    unified ideographs (Unicode's Equivalent_Unified_Ideograph); every code keeps its length, so the file's
    offsets stay valid."""
    with open(path, "rb") as fh:
        data = bytearray(fh.read())
    for ref in sorted(set(re.findall(rb"/ToUnicode (\d+) 0 R", data))):
        m = re.search(rb"\n" + ref + rb" 0 obj\s*<< /Length (\d+) >>\s*stream\r?\n", data)
        if m is None:  # not the form Qt writes: left as it is
            continue
        start, end = m.end(), m.end() + int(m.group(1))
        fixed = _cmap(bytes(data[start:end]))
        if len(fixed) == end - start:
            data[start:end] = fixed
    with open(path, "wb") as fh:
        fh.write(data)


class _MainThread(QObject):
    """Runs the jobs handed to it on the thread it belongs to (moved to the application's main thread): its slot
    is a slot of the object itself, so that queued calls follow the object's thread."""
    job = pyqtSignal(object)

    def __init__(self):
        super().__init__()
        self.job.connect(self.run, Qt.QueuedConnection)

    @pyqtSlot(object)
    def run(self, job):
        job()


_DISPATCH = []
_DISPATCH_LOCK = threading.Lock()


def on_main_thread_call(fn, timeout_s=MAIN_THREAD_WAIT_S):
    """``fn()`` run on the application's main thread (at once when called there), its result or its exception;
    PdfError when the main thread has not run it within ``timeout_s`` (its event loop not running, or busy)."""
    if on_main_thread():
        return fn()
    with _DISPATCH_LOCK:
        if not _DISPATCH:
            dispatcher = _MainThread()
            dispatcher.moveToThread(QCoreApplication.instance().thread())
            _DISPATCH.append(dispatcher)
    done, box = threading.Event(), {}

    def job():
        if box.get("abandoned"):
            return
        try:
            box["result"] = fn()
        except Exception as exc:  # handed back to the caller's thread
            box["error"] = exc
        finally:
            done.set()

    _DISPATCH[0].job.emit(job)
    if not done.wait(timeout_s):
        box["abandoned"] = True
        raise PdfError(tr(MAIN_THREAD_BUSY).format(seconds=timeout_s))
    if "error" in box:
        raise box["error"]
    return box.get("result")


def write_pdf(html, path, title="", translate=None, feedback=None):
    """The Processing side of :func:`html_to_pdf`: printed on the main thread (see the module's text), its page
    numbers in the document's language (``translate``), a failure a QgsProcessingException that names the file."""
    translate = translate or tr
    if not on_main_thread() and feedback is not None:
        feedback.pushInfo(tr("The PDF statement is printed on the application's main thread."))
    try:
        on_main_thread_call(lambda: html_to_pdf(
            html, path, title=title, page_label=lambda n, count: translate(PAGE_OF).format(page=n, pages=count)))
    except (PdfError, OSError, RuntimeError) as exc:
        try:
            os.remove(path + PART)
        except OSError:
            pass
        raise QgsProcessingException(tr(FAILED).format(path=path, reason=exc)) from None
    return path
