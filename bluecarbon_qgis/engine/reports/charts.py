"""The reports' charts, drawn with matplotlib (``Figure`` objects and its SVG backend, no pyplot state) and
embedded as inline SVG.

Why matplotlib rather than hand-drawn SVG: the charts need axes with ticks, gridlines, legends, whiskers and
interval bands, and the map needs a legend, a scale bar and a north arrow; matplotlib lays these out (long and
Chinese labels included) where hand-written SVG overlapped or cut them. Why inline SVG rather than a PNG: text
stays text (selectable, searchable, sharp at any zoom and in print or PDF), it renders the same in QGIS's own
viewer (QtWebKit) and in browsers, and a bar chart weighs a few kilobytes. Text is written as SVG text
(``svg.fonttype: none``), measured with the fonts matplotlib finds (DejaVu Sans, then a Chinese font where one is
installed), and the SVG's font list puts the Simplified Chinese fonts before the other CJK ones, so that viewers
draw Han characters with Simplified Chinese glyphs. Images inside (the class map) are PNG data referenced with
``xlink:href``, which QtWebKit needs. ``to_svg`` is the one place where markup made in Python is marked safe for
the templates.
"""
import contextlib
import io
import math
import threading

from markupsafe import Markup

from .html import fmt

WIDTH_IN = 6.8                  # 653 px at 96 px per inch: inside an A4 page's text width
PALETTE = ("#1b7a3a", "#1f4e9c", "#e0457b", "#f0a23b", "#8b5a2b", "#2bb3a3", "#9acd32", "#666666")
# Han characters: Simplified Chinese fonts first (matplotlib knows the Noto CJK collection by its Japanese name,
# browsers by each language's)
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
             "WenQuanYi Micro Hei")
RC = {"svg.fonttype": "none", "svg.hashsalt": "bluecarbon", "font.family": ["DejaVu Sans", "sans-serif"],
      "font.sans-serif": list(CJK_FONTS) + ["DejaVu Sans"], "font.size": 9, "axes.titlesize": 9,
      "axes.spines.top": False, "axes.spines.right": False, "axes.edgecolor": "#444444",
      "axes.axisbelow": True, "grid.color": "#dddddd", "grid.linewidth": 0.6, "legend.frameon": False,
      "figure.dpi": 96, "savefig.dpi": 192}
_LOCK = threading.RLock()


def figure(height_in, width_in=WIDTH_IN):
    """A matplotlib Figure (no pyplot) with constrained layout."""
    from matplotlib.figure import Figure

    return Figure(figsize=(width_in, height_in), layout="constrained")


@contextlib.contextmanager
def rc():
    """matplotlib's settings for the reports, for the time a chart is drawn (one chart at a time: QGIS may run
    algorithms in parallel threads, and matplotlib's settings are global)."""
    import matplotlib

    with _LOCK, matplotlib.rc_context(RC):
        yield


def to_svg(fig, tight=False):
    """The figure as inline SVG markup (the XML prologue and metadata dropped; deterministic ids); ``tight``: cut
    to what is drawn, a legend outside the axes included."""
    buf = io.StringIO()
    with rc():
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None},
                    **({"bbox_inches": "tight", "pad_inches": 0.05} if tight else {}))
    text = buf.getvalue()
    return Markup(text[text.index("<svg"):])


def _bar_figure(n, base_in, per_bar_in):
    """Figure, axes and the bars' positions (first on top) of a horizontal bar chart of ``n`` bars."""
    fig = figure(base_in + per_bar_in * n)
    return fig, fig.subplots(), list(range(n))[::-1]


def _value_label(ax, text, end, y):
    ax.annotate(text, (end, y), xytext=(4, 0), textcoords="offset points", va="center", fontsize=8)


def _bar_axes(ax, labels, ends, headroom, unit):
    """Category axis (first label on top) and value axis from 0 to the longest bar or whisker plus ``headroom``
    (a share of it) for the value labels."""
    n = len(labels)
    ax.set_xlim(0, max([e for e in ends if not math.isnan(e)] + [1e-12]) * (1.0 + headroom))
    ax.set_yticks(list(range(n))[::-1], labels)
    ax.set_ylim(-0.6, n - 0.4)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x")
    ax.xaxis.set_major_formatter(_thousands())
    if unit:
        ax.set_xlabel(unit)


def bar_chart(labels, values, colours, unit, lo=None, hi=None, digits=1):
    """Horizontal bars with their value and unit, and the 95% interval as whiskers where ``lo``/``hi`` are given
    (None entries: no interval)."""
    if not values:
        return ""
    with rc():
        fig, ax, ys = _bar_figure(len(values), 0.45, 0.3)
        ax.barh(ys, [max(v, 0.0) for v in values], color=colours, height=0.7)
        ends = []
        for i, (y, v) in enumerate(zip(ys, values)):
            end = max(v, 0.0)
            if lo is not None and hi is not None and lo[i] is not None and hi[i] is not None:
                ax.errorbar(v, y, xerr=[[max(v - lo[i], 0.0)], [max(hi[i] - v, 0.0)]], fmt="none", ecolor="#000000",
                            elinewidth=1, capsize=4)
                end = max(end, hi[i])
            ends.append(end)
            _value_label(ax, "{} {}".format(fmt(v, digits), unit).strip(), end, y)
        _bar_axes(ax, labels, ends, 0.3, unit)
    return to_svg(fig)


def paired_bars(labels, first, second, half, names, unit, digits=1):
    """Two bars per label (``first``, then ``second`` with its 95% half-width as whiskers); ``names`` names the
    two series in the legend."""
    if not labels:
        return ""
    with rc():
        fig, ax, ys = _bar_figure(len(labels), 0.7, 0.45)
        h = 0.36
        ax.barh([y + h / 2 for y in ys], first, height=h, color="#bbbbbb", label=names[0])
        ax.barh([y - h / 2 for y in ys], second, height=h, color="#2b6ca3", label=names[1])
        ends = []
        for i, y in enumerate(ys):
            w = half[i] if half[i] == half[i] else 0.0
            if w:
                ax.errorbar(second[i], y - h / 2, xerr=[[min(w, second[i])], [w]], fmt="none", ecolor="#000000",
                            elinewidth=1, capsize=3)
            end = max(first[i], second[i] + w)
            ends.append(end)
            _value_label(ax, "{} / {} {}".format(fmt(first[i], digits), fmt(second[i], digits), unit), end, y)
        _bar_axes(ax, labels, ends, 0.35, unit)
        ax.legend(loc="lower right", fontsize=8)
    return to_svg(fig)


def line_chart(series, unit, band_label):
    """Lines of ``(label, [(x, value, lo, hi)])`` on shared axes; where a point has ``lo``/``hi`` the 95% interval
    is drawn as a band (and whiskers at the points), labelled ``band_label`` in the legend."""
    pts = [p for _, s in series for p in s]
    if not pts:
        return ""
    with rc():
        fig = figure(3.0)
        ax = fig.subplots()
        banded = False
        for i, (label, s) in enumerate(series):
            colour = PALETTE[i % len(PALETTE)]
            xs = [p[0] for p in s]
            ax.plot(xs, [p[1] for p in s], color=colour, marker="o", markersize=4, linewidth=1.8, label=str(label))
            with_iv = [p for p in s if p[2] is not None and p[3] is not None]
            if with_iv:
                banded = True
                ax.fill_between([p[0] for p in with_iv], [p[2] for p in with_iv], [p[3] for p in with_iv],
                                color=colour, alpha=0.18, linewidth=0)
                ax.errorbar([p[0] for p in with_iv], [p[1] for p in with_iv],
                            yerr=[[p[1] - p[2] for p in with_iv], [p[3] - p[1] for p in with_iv]], fmt="none",
                            ecolor=colour, elinewidth=1, capsize=3)
        if banded:
            from matplotlib.patches import Patch

            handles, names = ax.get_legend_handles_labels()
            handles.append(Patch(facecolor="#888888", alpha=0.3))
            names.append(band_label)
            ax.legend(handles, names, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
        else:
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
        ax.set_xticks(sorted({p[0] for p in pts}))
        ax.set_ylim(bottom=min(0.0, min(p[2] if p[2] is not None else p[1] for p in pts)))
        ax.yaxis.set_major_formatter(_thousands())
        ax.grid(axis="y")
        ax.set_ylabel(unit)
    return to_svg(fig)


def _thousands():
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda v, _: "{:,.0f}".format(v) if abs(v) >= 10 or v == 0 else "{:g}".format(round(v, 6)))
