"""Exact area of a polygon inside every cell of a regular grid.

The area of ``P ∩ cell`` is obtained from Green's theorem: with
``G(u, v) = 1[c <= u < c+1] * (W(clamp(v, r, r+1)) - W(r))`` and
``dG/dv = w(v)`` inside the cell, ``∮_∂P G du = ∬_{P ∩ cell} w dA`` (up to the
ring orientation). Edges are split where they cross grid lines, so each piece
lies in one cell: it adds ``du * (mean W - W(r))`` to its own cell and
``du * (W(r'+1) - W(r'))`` to every cell above it in the same column. The
second part is a running sum down each column, so the cost is the number of
boundary crossings plus one pass over the window, as in exactextract.

``W`` is the cumulative area of a row band per unit column width. In a
projected grid it is linear (``v * pixel area``); in a geographic grid it is
the closed-form integral of the ellipsoid's area element over latitude, which
makes the areas ellipsoidal without any further factor.
"""
import numpy as np


def _crossings(a0, a1):
    """Edge ids and parameters t where a coordinate crosses an integer."""
    k0 = np.floor(np.minimum(a0, a1)) + 1.0
    n = (np.ceil(np.maximum(a0, a1)) - k0).astype(np.int64)
    np.maximum(n, 0, out=n)
    total = int(n.sum())
    if total == 0:
        return np.empty(0, np.int64), np.empty(0)
    idx = np.repeat(np.arange(a0.size), n)
    k = np.repeat(k0 - (np.cumsum(n) - n), n) + np.arange(total)   # k0, k0 + 1, ... for each edge
    start = a0[idx]
    return idx, (k - start) / (a1[idx] - start)


def _along_edges(ids, ts):
    """The points sorted edge by edge and along each edge by t, as np.lexsort((ts, ids)) sorts them.

    With 0 <= t < 1 one float key ids + t/2 orders both at once, in a stable sort that is fast on the
    sorted runs the points come in; where rounding made two points of one edge change places (crossings
    closer than the key's precision), the exact two-key sort is used instead."""
    order = np.argsort(ids + 0.5 * ts, kind="stable")
    ids = ids[order]
    ts = ts[order]
    if np.any((ids[1:] == ids[:-1]) & (ts[1:] < ts[:-1])):
        order = np.lexsort((ts, ids))
        ids = ids[order]
        ts = ts[order]
    return ids, ts


def _pieces(rings, nrows, ncols):
    """Boundary pieces, each inside one cell: (us, vs, ue, ve, du, row, col), or None.

    Each edge is cut where it crosses a column or a row line; its points (start, crossings, end), in order
    along it, are taken in pairs."""
    edges = [np.column_stack([r[:-1], r[1:]]) for r in rings if len(r) > 1]
    if not edges:
        return None
    seg = np.concatenate(edges).astype(np.float64)
    u0, v0, u1, v1 = seg.T
    nedge = len(seg)
    # the column lines crossed (u), then the row lines (v), in one call
    at, t = _crossings(np.concatenate([u0, v0]), np.concatenate([u1, v1]))
    every = np.arange(nedge)
    ids = np.concatenate([every, at % nedge, every])
    ts = np.concatenate([np.zeros(nedge), t, np.ones(nedge)])
    ids, ts = _along_edges(ids, ts)
    u = u0[ids] + ts * (u1 - u0)[ids]
    v = v0[ids] + ts * (v1 - v0)[ids]
    us, vs, ue, ve = u[:-1], v[:-1], u[1:], v[1:]
    du = ue - us
    keep = (ids[1:] == ids[:-1]) & (du != 0.0)
    if not keep.any():
        return None
    us, vs, ue, ve, du = us[keep], vs[keep], ue[keep], ve[keep], du[keep]
    # np.minimum/np.maximum rather than np.clip: the same, at a fraction of its overhead on small arrays
    col = np.minimum(np.maximum(np.floor(0.5 * (us + ue)).astype(np.int64), 0), ncols - 1)
    row = np.minimum(np.maximum(np.floor(0.5 * (vs + ve)).astype(np.int64), 0), nrows - 1)
    return us, vs, ue, ve, du, row, col


def _column_sums(values, row, col, shape, row_weight=None):
    """Running sum down each column of per-piece values, times -row_weight when it is given: what every cell
    gets from the pieces above it (row_weight: per-row array, or a number)."""
    nrows, ncols = shape
    above = np.bincount(row * ncols + col, weights=values, minlength=nrows * ncols).reshape(shape)
    np.cumsum(above, axis=0, out=above)
    if row_weight is not None:
        above *= -row_weight
    return above


def polygon_cell_areas(rings, shape, band_weight, factor=None):
    """Area of a polygon in every cell of a window of ``shape`` (rows, cols).

    ``rings``: sequence of (n, 2) arrays of (col, row) pixel coordinates
    relative to the window, every ring closed and the polygon inside the
    window. ``band_weight(v)`` returns the cumulative weight W at fractional
    rows v (vectorised). ``factor(rows)``, when given, returns a per-cell
    factor of ``shape`` multiplied row by row by ``rows`` (or None: no factor);
    the areas are multiplied by it. Returns a float64 array of ``shape``:
    areas in the units of W (m² for the plugin's weights) times the factor.

    Each cell's area is kept as a multiple of its row's weight until the one
    multiplication by the row weights (and the factor) at the end; the sign
    that makes the areas positive is that of ∮ W du over the pieces.
    """
    nrows, ncols = shape
    pieces = _pieces(rings, nrows, ncols)
    if pieces is None:
        return np.zeros(shape, dtype=np.float64)
    us, vs, ue, ve, du, row, col = pieces
    vm = 0.5 * (vs + ve)
    w_rows = band_weight(np.arange(nrows + 1, dtype=np.float64))
    w_mean = (band_weight(vs) + 4.0 * band_weight(vm) + band_weight(ve)) / 6.0
    weight = np.diff(w_rows)
    # A closed boundary crosses each column as often downwards as upwards, so the pieces' du sum to zero per
    # column and "sum below" equals minus the running sum: the area of a cell is -weight * (running sum - own),
    # own being the piece's area in its own cell in units of its row's weight
    out = _column_sums(du, row, col, shape)
    np.add.at(out, (row, col), -du * (w_mean - w_rows[row]) / np.where(weight != 0, weight, 1.0)[row])
    rows = -weight if float(np.dot(du, w_mean)) >= 0 else weight   # the sign that makes the areas positive
    scale = factor(rows) if factor is not None else None
    out *= scale if scale is not None else rows[:, None]
    # round-off can leave -1e-12 in cells the boundary only grazes
    np.maximum(out, 0.0, out=out)
    return out


def polygon_cell_moments(rings, shape):
    """Area and first moments of a polygon in every cell, in pixel units, about each cell's centre.

    Returns (a, mu, mv): ``a`` the area (cell = 1), ``mu`` and ``mv`` the
    integrals of (u - u_c) and (v - v_c) over the polygon's part of the cell.
    A factor f that varies linearly inside a cell then integrates exactly:
    ∬ f = f_c a + f_u mu + f_v mv. Same Green's theorem pieces as the areas:
    with G = g(u) ∫ (clamped) dv, the cells below a piece get du-weighted
    column sums, its own cell the integral along the piece (Simpson, exact here).
    """
    nrows, ncols = shape
    zeros = np.zeros(shape, dtype=np.float64)
    pieces = _pieces(rings, nrows, ncols)
    if pieces is None:
        return zeros, zeros.copy(), zeros.copy()
    us, vs, ue, ve, du, row, col = pieces
    a = vs - row  # v inside the piece's row, 0..1
    b = ve - row
    uc = col + 0.5
    ps, pm, pe = us - uc, 0.5 * (us + ue) - uc, ue - uc  # u about the cell centre
    area = _column_sums(du, row, col, shape, 1.0)
    np.add.at(area, (row, col), du * 0.5 * (a + b))
    mu = _column_sums(du * pm, row, col, shape, 1.0)
    np.add.at(mu, (row, col), du * (ps * a + 2.0 * pm * (a + b) + pe * b) / 6.0)
    mv = zeros
    np.add.at(mv, (row, col), du * ((a * a + a * b + b * b) / 6.0 - 0.25 * (a + b)))
    if area.sum() < 0:
        np.negative(area, out=area)
        np.negative(mu, out=mu)
        np.negative(mv, out=mv)
    np.maximum(area, 0.0, out=area)
    return area, mu, mv
