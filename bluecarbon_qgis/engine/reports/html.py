"""Self-contained HTML reports a verifier can read: no scripts, no external
files; charts are inline SVG and the map thumbnail an inline PNG."""
import base64
import html
import math
import uuid

import numpy as np
from osgeo import gdal

from ..classes import colour_of
from ..raster.zonal import polygon_parts

gdal.UseExceptions()

CSS = """
body{font-family:"Noto Sans","Noto Sans CJK SC","Microsoft YaHei",Arial,sans-serif;margin:2em;max-width:70em;color:#222}
h1{font-size:1.6em}h2{font-size:1.25em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}
table{border-collapse:collapse;margin:.5em 0;font-size:.92em}th,td{border:1px solid #bbb;padding:.25em .55em}
th{background:#eef3f7;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
.warn{background:#fff4e0;border-left:4px solid #e69500;padding:.4em .8em}.formula{font-family:monospace;background:#f4f4f4;padding:.3em .6em}
.small{font-size:.85em;color:#555}
"""


def esc(value):
    return html.escape(str(value), quote=True)


def fmt(value, digits=2):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return "{:,.{d}f}".format(value, d=digits)


def table(headers, rows, numeric_from=1, numeric_to=None):
    """An HTML table; cells in columns [numeric_from, numeric_to) are right-aligned."""
    out = ["<table><tr>", "".join("<th>{}</th>".format(esc(h)) for h in headers), "</tr>"]
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            cls = ' class="n"' if numeric_from <= i < (numeric_to or len(row)) else ""
            cells.append("<td{}>{}</td>".format(cls, esc(cell)))
        out.append("<tr>{}</tr>".format("".join(cells)))
    out.append("</table>")
    return "".join(out)


def bar_chart_svg(labels, values, colours, unit, lo=None, hi=None, width=640):
    """Horizontal bar chart, optionally with interval whiskers."""
    n = len(values)
    if n == 0:
        return ""
    bar_h, gap, left, right = 22, 8, 170, 150
    top_val = max([v for v in values] + [h for h in (hi or []) if h is not None] + [1e-12])
    height = n * (bar_h + gap) + 30
    scale = (width - left - right) / top_val
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" role="img">'.format(w=width, h=height)]
    for i, (lab, val, col) in enumerate(zip(labels, values, colours)):
        y = 10 + i * (bar_h + gap)
        parts.append('<text x="{x}" y="{y}" font-size="12" text-anchor="end">{t}</text>'
                     .format(x=left - 6, y=y + 15, t=esc(lab)))
        parts.append('<rect x="{x}" y="{y}" width="{w:.1f}" height="{h}" fill="{c}"/>'
                     .format(x=left, y=y, w=max(val * scale, 0.5), h=bar_h, c=col))
        if lo is not None and hi is not None and lo[i] is not None and hi[i] is not None:
            x1, x2 = left + lo[i] * scale, left + hi[i] * scale
            yc = y + bar_h / 2
            parts.append('<line x1="{a:.1f}" y1="{y}" x2="{b:.1f}" y2="{y}" stroke="#000"/>'.format(a=x1, b=x2, y=yc))
            for x in (x1, x2):
                parts.append('<line x1="{x:.1f}" y1="{a}" x2="{x:.1f}" y2="{b}" stroke="#000"/>'
                             .format(x=x, a=yc - 5, b=yc + 5))
        end = max(val, hi[i] if hi is not None and hi[i] is not None else val) * scale + left
        parts.append('<text x="{x:.1f}" y="{y}" font-size="12">{t} {u}</text>'
                     .format(x=end + 5, y=y + 15, t=fmt(val, 1), u=esc(unit)))
    parts.append("</svg>")
    return "".join(parts)


def _png_base64(rgb):
    """Encode an (h, w, 3) uint8 array as base64 PNG through GDAL (no imaging library needed)."""
    h, w, _ = rgb.shape
    mem = gdal.GetDriverByName("MEM").Create("", w, h, 3, gdal.GDT_Byte)
    for i in range(3):
        mem.GetRasterBand(i + 1).WriteArray(rgb[:, :, i])
    name = "/vsimem/bluecarbon_{}.png".format(uuid.uuid4().hex)
    gdal.GetDriverByName("PNG").CreateCopy(name, mem)
    fh = gdal.VSIFOpenL(name, "rb")
    gdal.VSIFSeekL(fh, 0, 2)
    size = gdal.VSIFTellL(fh)
    gdal.VSIFSeekL(fh, 0, 0)
    data = gdal.VSIFReadL(1, size, fh)
    gdal.VSIFCloseL(fh)
    gdal.Unlink(name)
    return base64.b64encode(data).decode("ascii")


def map_thumbnail_svg(grid, geoms, labels=None, max_px=520, legend=None):
    """The class raster under the zones' extent as an inline PNG, zones outlined in SVG.

    The PNG is referenced with ``xlink:href`` (which QtWebKit, QGIS's own HTML
    viewer, needs; browsers read it too). Areas are labelled with ``labels`` at
    a point inside each; ``legend`` ({class value: name}) adds a legend of the
    classes shown on the map.
    """
    shapes = [g for g in geoms if g is not None and not g.is_empty]
    if shapes:
        xs = [b for g in shapes for b in (g.bounds[0], g.bounds[2])]
        ys = [b for g in shapes for b in (g.bounds[1], g.bounds[3])]
        minx, maxx, miny, maxy = min(xs), max(xs), min(ys), max(ys)
        padx, pady = (maxx - minx) * 0.05 or abs(grid.dx), (maxy - miny) * 0.05 or abs(grid.dy)
        minx, maxx, miny, maxy = minx - padx, maxx + padx, miny - pady, maxy + pady
    else:
        minx, miny, maxx, maxy = grid.bounds
    span_x, span_y = maxx - minx, maxy - miny
    # keep the map's aspect in metres-per-unit terms of the CRS
    if span_x >= span_y:
        w, h = max_px, max(int(max_px * span_y / span_x), 1)
    else:
        w, h = max(int(max_px * span_x / span_y), 1), max_px
    rgb = np.full((h, w, 3), 245, dtype=np.uint8)
    shown = set()
    c0, r0, nc, nr = grid.window_of(minx, miny, maxx, maxy)
    if nc > 0 and nr > 0:
        wx0, wy0, wx1, wy1 = grid.window_bounds(c0, r0, nc, nr)
        px0 = int(round((wx0 - minx) / span_x * w))
        px1 = int(round((wx1 - minx) / span_x * w))
        py0 = int(round((maxy - wy1) / span_y * h))
        py1 = int(round((maxy - wy0) / span_y * h))
        bw, bh = max(px1 - px0, 1), max(py1 - py0, 1)
        ds = gdal.Open(grid.path)
        arr = ds.GetRasterBand(grid.band).ReadAsArray(c0, r0, nc, nr, buf_xsize=bw, buf_ysize=bh)
        tile = np.full((bh, bw, 3), 245, dtype=np.uint8)
        for value in np.unique(arr):
            if grid.nodata is not None and value == grid.nodata:
                continue
            shown.add(int(value))
            hexc = colour_of(int(value)).lstrip("#")
            tile[arr == value] = [int(hexc[i:i + 2], 16) for i in (0, 2, 4)]
        ys0, xs0 = max(py0, 0), max(px0, 0)
        ys1, xs1 = min(py0 + bh, h), min(px0 + bw, w)
        if ys1 > ys0 and xs1 > xs0:
            rgb[ys0:ys1, xs0:xs1] = tile[ys0 - py0:ys1 - py0, xs0 - px0:xs1 - px0]
    paths, texts = [], []
    for i, g in enumerate(geoms):
        parts = polygon_parts(g)
        for p in parts:
            d = []
            for ring in [p.exterior, *p.interiors]:
                xy = np.asarray(ring.coords)
                px = (xy[:, 0] - minx) / span_x * w
                py = (maxy - xy[:, 1]) / span_y * h
                d.append("M" + " L".join("{:.1f},{:.1f}".format(a, b) for a, b in zip(px, py)) + " Z")
            title = "<title>{}</title>".format(esc(labels[i])) if labels else ""
            paths.append('<path d="{}" fill="none" stroke="#d00" stroke-width="1.5" fill-rule="evenodd">{}</path>'
                         .format(" ".join(d), title))
        if labels and parts:
            pt = max(parts, key=lambda q: q.area).representative_point()
            x, y = (pt.x - minx) / span_x * w, (maxy - pt.y) / span_y * h
            texts.append('<text x="{:.1f}" y="{:.1f}" font-size="13" font-weight="bold" fill="#000" stroke="#fff" '
                         'stroke-width="3" paint-order="stroke" text-anchor="middle">{}</text>'
                         .format(x, y, esc(labels[i])))
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           'width="{w}" height="{h}"><image x="0" y="0" width="{w}" height="{h}" '
           'xlink:href="data:image/png;base64,{png}"/>{paths}{texts}</svg>').format(
               w=w, h=h, png=_png_base64(rgb), paths="".join(paths), texts="".join(texts))
    if legend is None:
        return svg
    items = "".join('<span style="white-space:nowrap;margin-right:1.2em"><span style="display:inline-block;'
                    'width:.9em;height:.9em;background:{c};border:1px solid #555;vertical-align:middle"></span> '
                    '{v} {n}</span> '.format(c=colour_of(v), v=v, n=esc(legend.get(v, "")))
                    for v in sorted(shown))
    return '<div>{}</div><p class="small">{}</p>'.format(svg, items)


def page(title, sections, lang="en"):
    body = "".join("<h2>{}</h2>{}".format(esc(h), content) if h else content for h, content in sections)
    return ('<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{t}</title>'
            '<style>{css}</style></head><body><h1>{t}</h1>{body}</body></html>'
            ).format(lang=esc(lang), t=esc(title), css=CSS, body=body)


def write_html(path, text):
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
    import os
    os.replace(tmp, path)
    return path
