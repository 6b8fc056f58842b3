"""Checks of a statement printed as PDF: its pages rendered to images with poppler's pdftoppm, its fonts listed
with pdffonts and its text read with pdftotext; used by the statement tests."""
import os
import re
import subprocess

import numpy as np

A4_PT = (595, 842)  # 210 × 297 mm in PostScript points, as pdfinfo rounds them


def pdfinfo(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def page_sizes(path):
    """[(width, height)] in points, of every page."""
    n = int(pdfinfo(path)["Pages"])
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", str(n), str(path)], capture_output=True, text=True,
                         check=True).stdout
    return [(round(float(w)), round(float(h))) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out)]


def fonts(path):
    """[(name, type, embedded)] as pdffonts lists them."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name, type (one or two words), encoding, emb, sub, uni, object, id
        emb = parts[-5]
        rows.append((parts[0], " ".join(parts[1:-6]), emb == "yes"))
    return rows


def text(path, first=None, last=None):
    """The PDF's text as pdftotext reads it (-layout), of every page or of pages ``first`` to ``last``."""
    argv = ["pdftotext", "-layout"]
    if first:
        argv += ["-f", str(first), "-l", str(last or first)]
    out = subprocess.run(argv + [str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out


def radicals(text_):
    """The CJK radicals and strokes in a text (what a reader copying Chinese text must not get)."""
    return sorted({c for c in text_ if 0x2E80 <= ord(c) <= 0x2FDF or 0x31C0 <= ord(c) <= 0x31EF})


def words(path, page):
    """[(word, x0, y0, x1, y1)] in points on one page (pdftotext -bbox)."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out)
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in found]


def render(path, folder, dpi=72, page=None, stem="page"):
    """The pages (or one ``page``) as RGB arrays (pdftoppm PNGs named ``stem``-N.png in ``folder``), in page
    order, and the PNGs' paths."""
    from osgeo import gdal

    pages = ["-f", str(page), "-l", str(page)] if page else []
    subprocess.run(["pdftoppm", "-r", str(dpi), *pages, "-png", str(path), os.path.join(str(folder), stem)],
                   check=True)
    pngs = sorted((f for f in os.listdir(str(folder)) if re.fullmatch(re.escape(stem) + r"-\d+\.png", f)),
                  key=lambda f: int(re.findall(r"(\d+)\.png$", f)[0]))
    images = []
    for f in pngs:
        ds = gdal.Open(os.path.join(str(folder), f))
        images.append(np.dstack([ds.GetRasterBand(i + 1).ReadAsArray() for i in range(3)]))
    return images, [os.path.join(str(folder), f) for f in pngs]


def page_of(path, words_):
    """The first page (1-based) whose text holds every one of ``words_``, or None."""
    for n in range(1, int(pdfinfo(path)["Pages"]) + 1):
        t = text(path, n)
        if all(w in t for w in words_):
            return n
    return None


def qml_colours(path):
    """{class value: '#rrggbb'} of a QGIS raster style's palette."""
    with open(path, encoding="utf-8") as fh:
        return {int(v): c for v, c in re.findall(r'<paletteEntry value="(\d+)" color="(#[0-9a-fA-F]{6})"', fh.read())}


def ink(image, box=None, threshold=200):
    """Share of pixels darker than ``threshold`` (any channel) in ``image[y0:y1, x0:x1]``."""
    part = image if box is None else image[box[1]:box[3], box[0]:box[2]]
    return float((part.min(axis=2) < threshold).mean()) if part.size else 0.0


def has_colour(image, hex_colour, tolerance=6, min_pixels=20):
    """Whether at least ``min_pixels`` pixels are within ``tolerance`` of the colour on every channel."""
    rgb = np.array([int(hex_colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)])
    return int((np.abs(image.astype(int) - rgb).max(axis=2) <= tolerance).sum()) >= min_pixels


def glyph_cells_differ(image, box, n):
    """Whether the ``n`` character cells of a run of CJK text in ``box`` (pixels) all carry ink and are not all
    alike: missing glyphs print as identical empty boxes (tofu) or nothing at all."""
    x0, y0, x1, y1 = box
    width = (x1 - x0) / n
    cells = [image[y0:y1, int(x0 + i * width):int(x0 + (i + 1) * width)].min(axis=2) < 160 for i in range(n)]
    if any(c.mean() < 0.03 for c in cells):
        return False
    size = min(c.shape[1] for c in cells)
    cells = [c[:, :size] for c in cells]
    return any((a != b).mean() > 0.05 for a, b in zip(cells, cells[1:]))
