"""The areal factor's lattice, computed block by block: equal to the whole lattice it replaces, equal to
pyproj's ellipsoidal areas, and sent to a worker only when it is small."""
import dataclasses
import math
import pickle

import numpy as np
import pytest
from pyproj import CRS, Geod, Transformer
from shapely.geometry import box

from bluecarbon.bluecarbon_qgis.engine.raster import grid as grid_module
from bluecarbon.bluecarbon_qgis.engine.raster.grid import RasterGrid, areal_factor, open_grid
from bluecarbon.bluecarbon_qgis.engine.raster.zonal import zonal_class_areas
from conftest import make_raster


def make_grid(code, corner, d, width, height, projected_corner=False):
    crs = CRS.from_user_input(code)
    x0, y0 = corner if projected_corner else \
        Transformer.from_crs(crs.geodetic_crs, crs, always_xy=True).transform(*corner)
    return RasterGrid(path="unused", band=1, width=width, height=height, x0=x0, dx=d, y0=y0, dy=-d,
                      nodata=None, crs=crs, block=(256, 256))


def whole_lattice(g):
    """The whole lattice at once, as the factor was computed before blocks: step halved from 64 until the
    sampled interpolation error is within tolerance, every node, missing nodes filled, the gradient by
    np.gradient; returns (step, uses gradient, factor lattice, gradient lattices)."""
    fewest = math.ceil(math.sqrt(g.width * g.height / grid_module.MAX_LATTICE_NODES))
    step = grid_module.LATTICE_STEP
    for _ in range(8):
        step = max(step, fewest, 1)
        nr, nc = (g.height - 1) // step + 3, (g.width - 1) // step + 3
        rr, cc = np.meshgrid((np.arange(nr) - 1) * step + 0.5, (np.arange(nc) - 1) * step + 0.5, indexing="ij")
        lattice = grid_module._fill_missing(areal_factor(g.crs, g.x0 + cc * g.dx, g.y0 + rr * g.dy), g.crs)[0]
        if step <= max(fewest, 1):
            break
        ri = np.unique(np.linspace(0, nr - 2, min(nr - 1, 48)).round().astype(np.int64))
        ci = np.unique(np.linspace(0, nc - 2, min(nc - 1, 48)).round().astype(np.int64))
        r, c = np.meshgrid(ri, ci, indexing="ij")
        exact = areal_factor(g.crs, g.x0 + ((c - 0.5) * step + 0.5) * g.dx, g.y0 + ((r - 0.5) * step + 0.5) * g.dy)
        interp = 0.25 * (lattice[r, c] + lattice[r + 1, c] + lattice[r, c + 1] + lattice[r + 1, c + 1])
        with np.errstate(divide="ignore", invalid="ignore"):
            rel = np.abs(interp / exact - 1.0)
        rel = rel[np.isfinite(rel)]
        err = float(rel.max()) if rel.size else 0.0
        if err <= grid_module.LATTICE_TOL:
            break
        step = min(step - 1, int(step * math.sqrt(grid_module.LATTICE_TOL / err) * 0.9))
    change = max(np.nanmax(np.abs(np.diff(lattice, axis=a)) / lattice.take(np.arange(lattice.shape[a] - 1), axis=a))
                 for a in (0, 1)) / step
    return step, bool(change > grid_module.GRADIENT_TOL), lattice, np.gradient(lattice)


def gathered(lattice, step, c0, r0, ncols, nrows):
    """Bilinear interpolation by gathers (not the engine's matrix form) at the window's cell centres."""
    rows = np.arange(r0, r0 + nrows) / step + 1.0
    cols = np.arange(c0, c0 + ncols) / step + 1.0
    i = np.clip(np.floor(rows).astype(int), 0, lattice.shape[0] - 2)[:, None]
    j = np.clip(np.floor(cols).astype(int), 0, lattice.shape[1] - 2)[None, :]
    t, s = rows[:, None] - i, cols[None, :] - j
    return ((1 - t) * (1 - s) * lattice[i, j] + (1 - t) * s * lattice[i, j + 1]
            + t * (1 - s) * lattice[i + 1, j] + t * s * lattice[i + 1, j + 1])


CASES = [  # CRS, corner (lon, lat or projected x, y), pixel size, width, height
    ("EPSG:32650", (114.0, 23.0), 10.0, 3000, 2500, False),           # UTM: step 64, no gradient
    ("EPSG:3857", (110.0, 60.0), 30.0, 9000, 7000, False),           # strong variation: a finer step, gradient
    ("EPSG:3857", (110.0, 72.0), 5000.0, 300, 200, False),           # coarse pixels near the pole: step 1
    ("ESRI:102025", (80.0, 50.0), 100.0, 5000, 4000, False),         # Albers
    ("EPSG:3832", (175.0, -15.0), 200.0, 4000, 2000, False),         # across the antimeridian
    ("EPSG:3031", (-3000000.0, 3000000.0), 20000.0, 300, 300, True),  # polar stereographic over the pole
    ("ESRI:54009", (-18040095.0, 9020047.0), 120000.0, 301, 151, True),  # Mollweide world: corners off the map
]


@pytest.mark.parametrize("code, corner, d, width, height, projected", CASES)
def test_blocks_equal_the_whole_lattice(code, corner, d, width, height, projected):
    g = make_grid(code, corner, d, width, height, projected)
    step, gradient, lattice, (gr, gc) = whole_lattice(g)
    assert (g.uses_gradient, g._step) == (gradient, step)
    rng = np.random.default_rng(7)
    windows = [(0, 0, width, height), (0, height - 3, width, 3)] + [
        (int(c), int(r), int(min(n, width - c)), int(min(m, height - r)))
        for c, r, n, m in zip(rng.integers(0, width, 12), rng.integers(0, height, 12),
                              rng.integers(1, 2000, 12), rng.integers(1, 2000, 12))]
    for c0, r0, ncols, nrows in windows:
        want = gathered(lattice, step, c0, r0, ncols, nrows)
        np.testing.assert_allclose(g.cell_factor(c0, r0, ncols, nrows), want, rtol=1e-12, atol=0)
        if gradient:
            f, fu, fv = g.cell_factor_gradient(c0, r0, ncols, nrows)
            scale = np.abs(want)
            assert np.max(np.abs(fu - gathered(gc, step, c0, r0, ncols, nrows) / step) / scale) < 1e-12
            assert np.max(np.abs(fv - gathered(gr, step, c0, r0, ncols, nrows) / step) / scale) < 1e-12
    if code == "ESRI:54009":
        assert not np.isfinite(areal_factor(g.crs, g.x0, g.y0))  # the corner is off the map: filled nodes
    assert len(g._blocks) <= grid_module.LATTICE_CACHE_BLOCKS


def test_each_block_computed_once_for_polygons_in_any_order(monkeypatch):
    """Windows all over a 43,920² mosaic (121 blocks at step 64), in random order and each asked three times:
    each block of the lattice is computed once, and the factors equal those of a grid that computes them anew."""
    g = make_grid("EPSG:32650", (114.0, 23.0), 10.0, 43_920, 43_920)
    computed = []
    original = RasterGrid._filled
    monkeypatch.setattr(RasterGrid, "_filled", lambda self, *a: computed.append(a) or original(self, *a))
    rng = np.random.default_rng(3)
    windows = [(int(c), int(r), 300, 300) for c, r in zip(rng.integers(0, 43_600, 400), rng.integers(0, 43_600, 400))]
    for c0, r0, n, m in windows * 3:
        g.cell_factor(c0, r0, n, m)
    assert 48 < len(computed) == len(set(computed)) <= 121    # more blocks than the cache held before, once each
    fresh = make_grid("EPSG:32650", (114.0, 23.0), 10.0, 43_920, 43_920)
    for c0, r0, n, m in windows[:20]:
        np.testing.assert_array_equal(g.cell_factor(c0, r0, n, m), fresh.cell_factor(c0, r0, n, m))


def geod_cell_m2(g, c, r, n=200):
    """pyproj's geodesic area of one cell, its edges (straight in the CRS) densified."""
    t = np.arange(n) / n
    x = g.x0 + (c + np.concatenate([t, np.ones(n), 1 - t, np.zeros(n)])) * g.dx
    y = g.y0 + (r + np.concatenate([np.zeros(n), t, np.ones(n), 1 - t])) * g.dy
    lon, lat = Transformer.from_crs(g.crs, g.crs.geodetic_crs, always_xy=True).transform(x, y)
    return abs(Geod(ellps="WGS84").polygon_area_perimeter(lon, lat)[0])


@pytest.mark.parametrize("code, corner, d", [
    ("EPSG:32650", (114.0, 23.0), 30.0), ("EPSG:3857", (110.0, 60.0), 30.0),
    ("ESRI:102025", (80.0, 50.0), 100.0), ("EPSG:3832", (179.9, -15.0), 100.0)])
def test_cell_areas_equal_pyproj(code, corner, d):
    g = make_grid(code, corner, d, 20000, 20000)
    for c, r in [(0, 0), (12345, 6789), (19999, 19999), (64 * 100 + 32, 7)]:
        got = g.cell_factor(c, r, 1, 1)[0, 0] * g.pixel_area
        assert got == pytest.approx(geod_cell_m2(g, c, r), rel=2e-8)


@pytest.mark.parametrize("epsg, lon, lat, d", [(3857, 110.0, 60.0, 100.0), (32650, 114.0, 23.0, 30.0),
                                                (3832, 179.0, -15.0, 100.0)])
def test_zonal_areas_equal_pyproj_and_the_whole_lattice(tmp_path, epsg, lon, lat, d):
    crs = CRS.from_epsg(epsg)
    x0, y0 = Transformer.from_crs(crs.geodetic_crs, crs, always_xy=True).transform(lon, lat)
    path = tmp_path / "c.tif"
    make_raster(path, np.ones((1500, 1500), np.uint8), epsg=epsg, x0=x0, y0=y0, dx=d, dy=d)
    g = open_grid(path)
    poly = box(x0 + 10.3 * d, y0 - 1400.7 * d, x0 + 1311.2 * d, y0 - 33.4 * d)
    got = zonal_class_areas(g, [poly])[0].classes[1]
    n = 4000
    t = np.arange(n) / n
    minx, miny, maxx, maxy = poly.bounds
    x = np.concatenate([minx + t * (maxx - minx), np.full(n, maxx), maxx - t * (maxx - minx), np.full(n, minx)])
    y = np.concatenate([np.full(n, miny), miny + t * (maxy - miny), np.full(n, maxy), maxy - t * (maxy - miny)])
    lo, la = Transformer.from_crs(crs, crs.geodetic_crs, always_xy=True).transform(x, y)
    assert got == pytest.approx(abs(Geod(ellps="WGS84").polygon_area_perimeter(lo, la)[0]), rel=1e-7)
    # the same polygon with the whole lattice's factor (the areas path is the engine's)
    step, gradient, lattice, (gr, gc) = whole_lattice(open_grid(path))
    c0, r0, ncols, nrows = g.window_of(*poly.bounds)
    assert not gradient or g.uses_gradient
    if not gradient:
        from bluecarbon.bluecarbon_qgis.engine.raster.coverage import polygon_cell_areas
        from bluecarbon.bluecarbon_qgis.engine.raster.zonal import _rings_in_pixels
        areas = polygon_cell_areas(_rings_in_pixels(g, [poly], c0, r0), (nrows, ncols), g.band_weight(r0))
        assert got == pytest.approx(float((areas * gathered(lattice, step, c0, r0, ncols, nrows)).sum()),
                                    rel=1e-9)


def test_pickled_grid_carries_a_small_lattice(monkeypatch):
    """A worker gets the blocks computed while the step was chosen, when they are few: it then computes no
    factor of its own, and its factors are the sender's."""
    g = make_grid("EPSG:32650", (300000.0, 2600000.0), 10.0, 10980, 10980, True)
    data = pickle.dumps(g)
    assert 174 * 174 * 8 <= len(data) < grid_module.SHIPPED_LATTICE_BYTES + 4000  # every node, step 64
    evaluated = []
    monkeypatch.setattr(grid_module, "areal_factor", lambda *a: evaluated.append(a) or 1 / 0)
    w = pickle.loads(data)
    for c0, r0 in [(0, 0), (5000, 7000), (10900, 10900)]:
        np.testing.assert_array_equal(w.cell_factor(c0, r0, 80, 80), g.cell_factor(c0, r0, 80, 80))
    assert not evaluated


def test_pickled_grid_carries_the_step_and_no_large_lattice():
    g = make_grid("EPSG:3857", (110.0, 60.0), 30.0, 50000, 50000)
    g.cell_factor(100, 100, 50, 50)
    assert len(g._blocks) > grid_module.SHIPPED_LATTICE_BYTES // (64 * 64 * 8)  # the sender has many blocks...
    data = pickle.dumps(g)
    assert len(data) < 4000  # ...none of which travels (one 64² block alone is 32 kB)
    w = pickle.loads(data)
    assert w._blocks is None and (w._step, w._gradient) == (g._step, g._gradient)
    assert not any(isinstance(v, np.ndarray) for v in w.__dict__.values())
    # a fresh grid chooses its step when pickled, so workers never choose it themselves
    fresh = pickle.loads(pickle.dumps(make_grid("EPSG:3857", (110.0, 60.0), 30.0, 50000, 50000)))
    assert fresh._step == g._step
    for c0 in range(0, 50000, 2500):  # a worker's cache stays bounded however far it goes
        np.testing.assert_array_equal(w.cell_factor(c0, 20000, 2000, 2000), g.cell_factor(c0, 20000, 2000, 2000))
    assert len(w._blocks) <= grid_module.LATTICE_CACHE_BLOCKS


def test_a_world_map_fills_its_corners_once(monkeypatch):
    """A Mollweide world raster's corners are far from any node with a factor: the lattice's nodes are
    computed about once each (the whole filled lattice kept once one block needs it), not once per block with a growing margin, and the
    factors are those of the whole lattice."""
    g = make_grid("ESRI:54009", (-18040095.0, 9020047.0), 20000.0, 1804, 902, True)
    step, _, lattice, _ = whole_lattice(g)
    g = make_grid("ESRI:54009", (-18040095.0, 9020047.0), 20000.0, 1804, 902, True)
    evaluated = []
    real = grid_module.areal_factor

    def counting(crs, x, y):
        evaluated.append(np.size(x))
        return real(crs, x, y)

    monkeypatch.setattr(grid_module, "areal_factor", counting)
    for r0 in range(0, 902, 128):
        np.testing.assert_allclose(g.cell_factor(0, r0, 1804, min(128, 902 - r0)),
                                   gathered(lattice, step, 0, r0, 1804, min(128, 902 - r0)), rtol=1e-12, atol=0)
    assert sum(evaluated) < 1.5 * lattice.size
    assert pickle.loads(pickle.dumps(g))._whole is None  # the kept lattice does not travel to workers


def test_a_lattice_prepared_ahead_is_taken_by_the_grids_unpickled_later(monkeypatch):
    from bluecarbon.bluecarbon_qgis.engine.raster import executor

    g = make_grid("EPSG:32650", (300000.0, 2600000.0), 10.0, 3000, 2000, True)
    monkeypatch.setattr(executor, "LATTICE_ON_WORKERS", {(g.path, g.band)})   # as after warm_workers
    data = pickle.dumps(g)
    assert len(data) < 4000 and g._step == 0     # this process chose nothing and sends no lattice
    assert pickle.loads(data)._step == 0          # nothing prepared: a worker would choose it itself
    other = dataclasses.replace(make_grid("EPSG:32650", (300000.0, 2600000.0), 10.0, 3000, 2000, True),
                                path="another")   # a raster the workers did not warm: chosen and sent as before
    assert pickle.loads(pickle.dumps(other))._step == other._step > 0
    ahead = make_grid("EPSG:32650", (300000.0, 2600000.0), 10.0, 3000, 2000, True)
    ahead.prepare_lattice()                       # what a warmed worker did
    evaluated = []
    monkeypatch.setattr(grid_module, "areal_factor", lambda *a: evaluated.append(a) or 1 / 0)
    w = pickle.loads(data)
    assert (w._step, w._gradient) == (ahead._step, ahead._gradient) and w._step > 0
    np.testing.assert_array_equal(w.cell_factor(100, 200, 300, 400), ahead.cell_factor(100, 200, 300, 400))
    assert not evaluated
