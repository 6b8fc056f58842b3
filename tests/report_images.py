"""Render HTML reports to images as their readers see them: in QtWebKit (QGIS's own HTML viewer), in headless
Chromium, and printed to PDF by both (pages rasterised by pdftoppm); and look at the pixels."""
import os
import re
import subprocess
import tempfile

import numpy as np

A4_PX = 794                # A4 width at 96 px per inch
A4_TEXT_PX = 688           # its text width inside 14 mm side margins
WINDOW_PX = 1280
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
            "--force-device-scale-factor=1"]


def _array(image):
    """RGB uint8 array of a QImage."""
    from qgis.PyQt.QtGui import QImage

    image = image.convertToFormat(QImage.Format_RGB32)
    ptr = image.constBits()
    ptr.setsize(image.sizeInBytes())
    bgra = np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return bgra[:, :image.width(), 2::-1].copy()


def _load(html_path, width):
    from qgis.PyQt.QtCore import QEventLoop, QSize, QTimer, QUrl
    from qgis.PyQt.QtWebKitWidgets import QWebPage

    page = QWebPage()
    page.setViewportSize(QSize(width, 800))
    loop, done = QEventLoop(), []
    page.mainFrame().loadFinished.connect(lambda ok: (done.append(ok), loop.quit()))
    with open(html_path, encoding="utf-8") as fh:
        page.mainFrame().setHtml(fh.read(), QUrl.fromLocalFile(os.path.dirname(os.path.abspath(html_path)) + "/"))
    if not done:
        QTimer.singleShot(30000, loop.quit)
        loop.exec_()
    return page


def webkit(html_path, width):
    """(RGB array of the whole page, document scroll width) in QtWebKit with a window ``width`` px wide (the
    vertical scroll bar takes part of it, as in QGIS's viewer)."""
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QImage, QPainter

    page = _load(html_path, width)
    frame = page.mainFrame()
    scroll_width = int(frame.evaluateJavaScript("document.documentElement.scrollWidth"))
    client_width = int(frame.evaluateJavaScript("document.documentElement.clientWidth"))
    height = frame.contentsSize().height()
    page.setViewportSize(QSize(width, height))
    image = QImage(QSize(width, height), QImage.Format_RGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    frame.render(painter)
    painter.end()
    return _array(image), scroll_width, client_width


def webkit_pdf(html_path, pdf_path):
    """Print the report to an A4 PDF through QtWebKit, as the plugin does (bluecarbon_qgis/pdf.py)."""
    from bluecarbon.bluecarbon_qgis.pdf import html_to_pdf

    with open(html_path, encoding="utf-8") as fh:
        return html_to_pdf(fh.read(), str(pdf_path), base_dir=os.path.dirname(os.path.abspath(html_path)))


def _chromium(*args, timeout=120):
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    proc = subprocess.run(CHROMIUM + ["--user-data-dir=" + profile] + list(args), capture_output=True, text=True,
                          timeout=timeout)
    subprocess.run(["rm", "-rf", profile])
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def chromium(html_path, width, height, png_path):
    """RGB array of a screenshot of the top ``height`` px of the page in a window ``width`` px wide."""
    from qgis.PyQt.QtGui import QImage

    _chromium("--screenshot=" + str(png_path), "--window-size={},{}".format(width, height),
              "file://" + os.path.abspath(html_path))
    return _array(QImage(str(png_path)))


def chromium_scroll_width(html_path, width):
    """document.scrollWidth of the report in Chromium with a window ``width`` px wide (read from a copy that
    writes it into the DOM)."""
    with open(html_path, encoding="utf-8") as fh:
        text = fh.read()
    probe = str(html_path) + ".probe.html"
    with open(probe, "w", encoding="utf-8") as fh:
        fh.write(text.replace("</body>", "<script>document.body.setAttribute('data-scroll-width', "
                                         "document.documentElement.scrollWidth)</script></body>"))
    dom = _chromium("--window-size={},900".format(width), "--dump-dom", "file://" + os.path.abspath(probe))
    return int(re.search(r'data-scroll-width="(\d+)"', dom).group(1))


def chromium_pdf(html_path, pdf_path):
    _chromium("--no-pdf-header-footer", "--print-to-pdf=" + str(pdf_path), "file://" + os.path.abspath(html_path))
    return str(pdf_path)


def pdf_pages(pdf_path):
    """The PDF's pages as RGB arrays at 96 px per inch (an A4 page is 794 px wide)."""
    from qgis.PyQt.QtGui import QImage

    prefix = str(pdf_path)[:-4] + "-page"
    subprocess.run(["pdftoppm", "-r", "96", "-png", str(pdf_path), prefix], check=True, timeout=120)
    folder, base = os.path.split(prefix)
    names = sorted((n for n in os.listdir(folder) if n.startswith(base + "-") and n.endswith(".png")),
                   key=lambda n: int(n[len(base) + 1:-4]))
    return [_array(QImage(os.path.join(folder, n))) for n in names]


def pdf_text(pdf_path):
    return subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def ink(rgb, threshold=200):
    """Pixels darker than ``threshold`` in some channel (text, lines, fills)."""
    return (rgb < threshold).any(axis=2)


def blank_right_margin(rgb, px):
    """True when the rightmost ``px`` columns carry nothing but the page's white background."""
    return not ink(rgb[:, -px:], 250).any()


def first_line_glyphs(rgb):
    """Bitmaps of the glyphs on the first line of text from the top (the page title), split at blank columns."""
    rows = ink(rgb, 128).any(axis=1)
    top = int(np.argmax(rows))
    bottom = top + int(np.argmax(~rows[top:]))
    line = ink(rgb[top:bottom], 128)
    cols = line.any(axis=0)
    glyphs, x = [], 0
    while x < len(cols):
        if cols[x]:
            end = x + int(np.argmax(~cols[x:])) if not cols[x:].all() else len(cols)
            glyphs.append(line[:, x:end])
            x = end
        else:
            x += 1
    return glyphs


def _shape(glyph, n=6):
    """A glyph's ink as an n × n grid of ink shares over its bounding box (blind to sub-pixel placement)."""
    ys, xs = np.nonzero(glyph)
    g = glyph[ys.min():ys.max() + 1, xs.min():xs.max() + 1].astype(float)
    rows = np.array_split(np.arange(g.shape[0]), n) if g.shape[0] >= n else [np.arange(g.shape[0])] * n
    cols = np.array_split(np.arange(g.shape[1]), n) if g.shape[1] >= n else [np.arange(g.shape[1])] * n
    return np.array([[g[np.ix_(r, c)].mean() for c in cols] for r in rows])


def distinct_glyphs(glyphs, tolerance=0.12):
    """How many different shapes the glyphs have: boxes drawn for missing characters (tofu) are one shape, at
    whatever sub-pixel offset they fall (mean difference below 0.08; different Han characters differ by 0.2)."""
    shapes = []
    for g in glyphs:
        s = _shape(g)
        if all(np.abs(s - t).mean() > tolerance for t in shapes):
            shapes.append(s)
    return len(shapes)


def count_colour(rgb, hexcolour, tolerance=2):
    target = np.array([int(hexcolour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)])
    return int((np.abs(rgb.astype(int) - target).max(axis=2) <= tolerance).sum())


def body_numbers(html_text):
    """The numbers a reader sees in the report's text (tables and sentences; not the charts' SVG)."""
    text = re.sub(r"<style>.*?</style>|<svg.*?</svg>", " ", html_text, flags=re.S)
    text = re.sub(r"<[^>]+>", "", re.sub(r"<br>|</(p|td|th|li|h\d)>", " ", text))
    text = re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d", " ", text)
    import html

    return set(re.findall(r"\d[\d,]*\.\d+", html.unescape(text)))
