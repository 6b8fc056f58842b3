"""The reports' maps: the class raster under the project areas, as cartography (class legend in the colours of
``styles/habitat_classes.qml``, project areas outlined and labelled, scale bar, north arrow, the CRS named),
drawn with matplotlib into inline SVG (see ``charts.py`` for why).

The raster is read decimated through GDAL (one read of at most ``MAX_READ`` cells a side over the mapped window),
so memory stays flat whatever the raster's size.
"""
import math

import numpy as np
from osgeo import gdal
from pyproj import Geod, Transformer

from ..classes import colour_of
from ..raster.zonal import polygon_parts
from .charts import figure, rc, to_svg

gdal.UseExceptions()

MAX_READ = 1000            # cells along the longer side of the decimated read
OUTLINE = "#d00000"
NODATA_COLOUR = "#f2f2f2"
HATCH = "#141414"
HATCH_MIN_PX = 600         # an overlay finer than this is drawn on cells repeated up to it, so its hatch shows


def _rgb(hexcolour):
    h = hexcolour.lstrip("#")
    return [int(h[i:i + 2], 16) for i in (0, 2, 4)]


def _extent(grid, shapes):
    if not shapes:
        return grid.bounds
    minx = min(g.bounds[0] for g in shapes)
    miny = min(g.bounds[1] for g in shapes)
    maxx = max(g.bounds[2] for g in shapes)
    maxy = max(g.bounds[3] for g in shapes)
    padx = (maxx - minx) * 0.05 or abs(grid.dx)
    pady = (maxy - miny) * 0.05 or abs(grid.dy)
    return minx - padx, miny - pady, maxx + padx, maxy + pady


def read_classes(grid, extent, max_read=MAX_READ):
    """The class values over ``extent`` read decimated (nearest cell), with the bounds of the cells read, or
    (None, None) when the extent misses the raster."""
    c0, r0, nc, nr = grid.window_of(*extent)
    if nc <= 0 or nr <= 0:
        return None, None
    scale = min(1.0, max_read / max(nc, nr))
    bw, bh = max(int(round(nc * scale)), 1), max(int(round(nr * scale)), 1)
    ds = gdal.Open(grid.path)
    arr = ds.GetRasterBand(grid.band).ReadAsArray(c0, r0, nc, nr, buf_xsize=bw, buf_ysize=bh)
    ds = None
    return arr, grid.window_bounds(c0, r0, nc, nr)


def _rgba(arr, nodata, colour=colour_of):
    """RGBA image of the classes (nodata transparent) and the classes present."""
    values, inverse = np.unique(arr, return_inverse=True)
    lut = np.zeros((len(values), 4), np.uint8)
    shown = []
    for i, v in enumerate(values):
        if nodata is not None and v == nodata:
            continue
        lut[i] = _rgb(colour(int(v))) + [255]
        shown.append(int(v))
    return lut[inverse.reshape(arr.shape)], shown


def hatch_ink(mask, min_px=HATCH_MIN_PX):
    """(ink, k): where to draw diagonal lines over the True cells of ``mask`` and their outline, on cells repeated
    ``k`` times along each axis (up to ``min_px`` along the longer side, so that a small map shows the hatch).
    Memory: a few booleans of at most max(min_px, the mask's size) squared."""
    k = max(1, int(math.ceil(min_px / max(mask.shape))))
    big = np.repeat(np.repeat(mask, k, axis=0), k, axis=1)
    h, w = big.shape
    period = max(5, int(round(8 * max(h, w) / 620.0)))
    yy, xx = np.ogrid[:h, :w]
    lines = (yy + xx) % period < max(1, period // 4)
    inner = big.copy()
    inner[1:, :] &= big[:-1, :]
    inner[:-1, :] &= big[1:, :]
    inner[:, 1:] &= big[:, :-1]
    inner[:, :-1] &= big[:, 1:]
    return big & (lines | ~inner), k


def hatched(rgba, mask):
    """The class image ``rgba`` with the cells of ``mask`` hatched and outlined in HATCH (one image: drawn once)."""
    ink, k = hatch_ink(mask)
    if k > 1:
        rgba = np.repeat(np.repeat(rgba, k, axis=0), k, axis=1)
    rgba[ink] = _rgb(HATCH) + [255]
    return rgba


def _metres_per_unit(crs, x, y, span):
    """Ground metres per CRS unit along the map's horizontal through (x, y), on the CRS's ellipsoid."""
    to_geo = Transformer.from_crs(crs, crs.geodetic_crs, always_xy=True)
    d = span / 10.0
    lon1, lat1 = to_geo.transform(x - d, y)
    lon2, lat2 = to_geo.transform(x + d, y)
    ell = crs.ellipsoid
    geod = Geod(a=ell.semi_major_metre, rf=ell.inverse_flattening) if ell.inverse_flattening \
        else Geod(a=ell.semi_major_metre, b=ell.semi_major_metre)
    return geod.inv(lon1, lat1, lon2, lat2)[2] / (2 * d)


def _north(crs, x, y):
    """Unit vector of true north at (x, y) in map units (x right, y up)."""
    to_geo = Transformer.from_crs(crs, crs.geodetic_crs, always_xy=True)
    to_map = Transformer.from_crs(crs.geodetic_crs, crs, always_xy=True)
    lon, lat = to_geo.transform(x, y)
    nx, ny = to_map.transform(lon, min(lat + 1e-4, 89.9999))
    length = math.hypot(nx - x, ny - y) or 1.0
    return (nx - x) / length, (ny - y) / length


def _nice_length(metres):
    """A round length (1, 2 or 5 × 10^k m) not above ``metres``."""
    k = 10 ** math.floor(math.log10(metres))
    return max(m * k for m in (1, 2, 5) if m * k <= metres)


def _scale_bar(ax, extent, metres_per_unit, aspect):
    minx, miny, maxx, maxy = extent
    span_m = (maxx - minx) * metres_per_unit
    length_m = _nice_length(span_m / 4.0)
    length = length_m / metres_per_unit
    x0 = minx + (maxx - minx) * 0.04
    y0 = miny + (maxy - miny) * 0.05
    h = (maxx - minx) * 0.012 / aspect
    from matplotlib.patches import Rectangle

    ax.add_patch(Rectangle((x0 - length * 0.06, y0 - h * 1.6), length * 1.28, h * 5.2, facecolor="white",
                           alpha=0.85, edgecolor="none", zorder=5))
    for i in range(2):
        ax.add_patch(Rectangle((x0 + i * length / 2, y0), length / 2, h, facecolor=("#000000", "#ffffff")[i],
                               edgecolor="#000000", linewidth=0.8, zorder=6))
    label = "{:g} km".format(length_m / 1000.0) if length_m >= 1000 else "{:g} m".format(length_m)
    for x, text in ((x0, "0"), (x0 + length, label)):
        ax.text(x, y0 + h * 1.5, text, ha="center", va="bottom", fontsize=7.5, zorder=7)


def _north_arrow(ax, north, aspect):
    ux, uy = north[0], north[1] * aspect
    n = math.hypot(ux, uy) or 1.0
    ux, uy = ux / n, uy / n
    tip = (0.95, 0.86)
    ax.annotate("", xy=tip, xycoords="axes fraction", xytext=(-ux * 26, -uy * 26), textcoords="offset points",
                arrowprops={"arrowstyle": "-|>", "color": "#000000", "linewidth": 1.6, "mutation_scale": 14},
                zorder=7)
    ax.annotate("N", xy=tip, xycoords="axes fraction", xytext=(ux * 9, uy * 9), textcoords="offset points",
                ha="center", va="center", fontsize=10, fontweight="bold", zorder=7,
                bbox={"boxstyle": "circle,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85})


def _outline(ax, geom):
    """Outline the polygon's parts; returns them."""
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path

    parts = polygon_parts(geom)
    for p in parts:
        verts, codes = [], []
        for ring in [p.exterior, *p.interiors]:
            xy = np.asarray(ring.coords)[:, :2]
            verts.extend(xy.tolist())
            codes.extend([Path.MOVETO] + [Path.LINETO] * (len(xy) - 2) + [Path.CLOSEPOLY])
        ax.add_patch(PathPatch(Path(verts, codes), facecolor="none", edgecolor=OUTLINE, linewidth=1.4, zorder=4))
    return parts


def class_map(grid, geoms, labels, names, tr=lambda s: s, classes=(), colours=None, overlay=None, numbers=None):
    """Inline SVG of the class raster under the areas ``geoms`` (in the raster's CRS), each outlined and
    labelled with ``labels``; ``names`` ({class value: name}) names the legend's classes: those on the map and
    ``classes``. ``colours`` ({class value: colour}) replaces the plugin's class colours for the values it has
    (a table whose codes are not the plugin's). ``numbers`` ({class value: number or None}) gives the number the
    legend shows before a class's name (the value itself when not given; None: no number), so that a map of a
    table's codes is labelled with the plugin's class numbers the text around it uses. ``overlay`` = (class
    values, legend label) hatches and outlines the cells of those classes (eligible ground), in the same image
    from the same decimated read."""
    colour = (lambda v: colours.get(v) or colour_of(v)) if colours else colour_of
    shapes = [g for g in geoms if g is not None and not g.is_empty]
    extent = _extent(grid, shapes)
    minx, miny, maxx, maxy = extent
    cx, cy = (minx + maxx) / 2.0, (miny + maxy) / 2.0
    # geographic maps are stretched by 1/cos(latitude) so that they are not squashed east-west
    aspect = 1.0 / max(math.cos(math.radians(cy)), 0.05) if grid.is_geographic else 1.0
    ratio = (maxy - miny) * aspect / (maxx - minx)
    arr, bounds = read_classes(grid, extent)
    shown = []
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    with rc():
        map_w = 6.4
        map_h = min(max(map_w * ratio, 2.0), 6.5)
        fig = figure(map_h + 1.0)
        ax = fig.subplots()
        ax.set_facecolor(NODATA_COLOUR)
        if arr is not None:
            rgba, shown = _rgba(arr, grid.nodata, colour)
            if overlay is not None:
                rgba = hatched(rgba, np.isin(arr, list(overlay[0])))
            ax.imshow(rgba, extent=(bounds[0], bounds[2], bounds[1], bounds[3]), interpolation="nearest",
                      origin="upper", zorder=1)
        for geom, label in zip(geoms, labels):
            parts = _outline(ax, geom) if geom is not None and not geom.is_empty else []
            if parts:
                pt = max(parts, key=lambda q: q.area).representative_point()
                ax.text(pt.x, pt.y, str(label), ha="center", va="center", fontsize=9, fontweight="bold", zorder=8,
                        bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none",
                              "alpha": 0.8})
        ax.set_xlim(minx, maxx)
        ax.set_ylim(miny, maxy)
        ax.set_aspect(aspect)
        ax.set_xticks([])
        ax.set_yticks([])
        for side in ("top", "right"):
            ax.spines[side].set_visible(True)
        _scale_bar(ax, extent, _metres_per_unit(grid.crs, cx, cy, maxx - minx), aspect)
        _north_arrow(ax, _north(grid.crs, cx, cy), aspect)
        numbers = numbers or {}
        handles, texts = [], []
        number_of = {v: numbers.get(v, v) for v in set(shown) | set(classes)}
        for v in sorted(number_of, key=lambda v: (number_of[v] is None, number_of[v] or 0, v)):
            number = number_of[v]
            text = "{} {}".format("" if number is None else number, names.get(v, "")).strip()
            if text not in texts:   # two codes of one class (a table naming it twice): one entry
                handles.append(Patch(facecolor=colour(v), edgecolor="#555555", linewidth=0.5))
                texts.append(text)
        if overlay is not None:
            handles.append(Patch(facecolor="white", edgecolor=HATCH, hatch="////", linewidth=0.8))
            texts.append(overlay[1])
        handles.append(Line2D([], [], color=OUTLINE, linewidth=1.4))
        texts.append(tr("project area"))
        if arr is None or (grid.nodata is not None and (arr == grid.nodata).any()) or \
                bounds[0] > minx or bounds[1] > miny or bounds[2] < maxx or bounds[3] < maxy:
            handles.append(Patch(facecolor=NODATA_COLOUR, edgecolor="#555555", linewidth=0.5))
            texts.append(tr("no data or outside the raster"))
        ax.legend(handles, texts, loc="upper center", bbox_to_anchor=(0.5, -0.02), ncol=min(len(texts), 4),
                  fontsize=8, handlelength=1.4, columnspacing=1.2)
        crs = grid.crs.to_string()
        # a figure title: constrained layout keeps room for it whatever the map's aspect (an axes title was cut
        # off at the top of a map that fills the figure's height)
        fig.suptitle("{}: {}{}".format(tr("CRS"), crs, " — " + grid.crs.name if grid.crs.name else ""),
                     x=0.02, ha="left", fontsize=8, color="#444444")
    # tight: constrained layout does not keep room for a legend of two rows below an axes of fixed aspect
    return to_svg(fig, tight=True)
