"""End to end on real imagery of two dates: the Hong Kong pair (sample_data/README.md) through qgis_process, as
`make demo` runs it (scripts/demo_change.py): pooled-date training, a map per date, the transition map and its
accuracy against the change-stratified reference sample drawn on that map.

Checked independently of the engine: the whole-map transition areas against pixel counts weighted by each pixel's
true ellipsoidal area (pyproj's areal scale factor of the UTM projection at the pixel centre, and Geod polygon
areas of a few pixels); the area-adjusted transition areas, their 95 % intervals and the user's and producer's
accuracies against Olofsson et al. (2014, Remote Sensing of Environment 148: 42-57, eqs. 2-10) written here in
numpy from the labelled points and the mapped stratum areas."""
import csv
import importlib.util
import os

import numpy as np
import pytest

from conftest import ROOT, run_alg


def _chain_module():
    spec = importlib.util.spec_from_file_location("demo_change", os.path.join(ROOT, "scripts", "demo_change.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _step(alg, params):
    code, results, text = run_alg(alg, params)
    assert code == 0, text
    return results


@pytest.fixture(scope="module")
def real_chain(tmp_path_factory):
    demo = _chain_module()
    paths, results = demo.chain(str(tmp_path_factory.mktemp("real_dates")), step=_step)
    return demo, paths, results


def _rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _ellipsoidal_pixel_ha(ds):
    """Per pixel its true area on the WGS 84 ellipsoid (ha): nominal area / areal scale factor at the centre."""
    from pyproj import CRS, Proj, Transformer

    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    crs = CRS.from_wkt(ds.GetProjection())
    cols, rows = np.meshgrid(np.arange(ds.RasterXSize) + 0.5, np.arange(ds.RasterYSize) + 0.5)
    lon, lat = Transformer.from_crs(crs, crs.geodetic_crs, always_xy=True).transform(x0 + cols * dx, y0 + rows * dy)
    scale = Proj(crs).get_factors(lon, lat).areal_scale
    return abs(dx * dy) / scale / 1e4, crs


def test_transition_areas_are_ellipsoidal_pixel_sums(real_chain):
    from osgeo import gdal
    from pyproj import Geod, Transformer

    _demo, paths, results = real_chain
    ds = gdal.Open(paths["transitions"])
    values = ds.GetRasterBand(1).ReadAsArray()
    pixel_ha, crs = _ellipsoidal_pixel_ha(ds)
    # the areal scale at a pixel centre against the geodesic area of the pixel's polygon, at two corners of the grid
    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    to_geo = Transformer.from_crs(crs, crs.geodetic_crs, always_xy=True)
    for r, c in ((0, 0), (values.shape[0] - 1, values.shape[1] - 1)):
        xs = [x0 + c * dx, x0 + (c + 1) * dx, x0 + (c + 1) * dx, x0 + c * dx]
        ys = [y0 + r * dy, y0 + r * dy, y0 + (r + 1) * dy, y0 + (r + 1) * dy]
        area, _ = Geod(ellps="WGS84").polygon_area_perimeter(*to_geo.transform(xs, ys))
        assert abs(area) / 1e4 == pytest.approx(pixel_ha[r, c], rel=1e-7)   # centre vs mean scale: ~2e-8
    # 10 m UTM pixels are not 0.01 ha on the ellipsoid: 114.25 E lies 2.75 degrees west of zone 50's central meridian
    assert 0.0099 < pixel_ha.min() < pixel_ha.max() < 0.01
    table = _rows(paths["areas"])
    assert [(r["from_class"], r["to_class"]) for r in table] == [("1", "1"), ("1", "9"), ("9", "1"), ("9", "9")]
    for row in table:
        mask = values == int(row["value"])
        assert float(row["area_ha"]) == pytest.approx(pixel_ha[mask].sum(), rel=1e-7)
        assert float(row["area_ha"]) != pytest.approx(0.01 * mask.sum(), rel=1e-4)   # not the nominal area
    # every pixel of the grid is mapped on both dates: the transitions add up to the grid
    assert values.min() >= 1 and sum(float(r["area_ha"]) for r in table) == pytest.approx(pixel_ha.sum(), rel=1e-8)


def test_adjusted_transition_areas_follow_olofsson(real_chain):
    from osgeo import gdal, ogr

    demo, paths, results = real_chain
    ds = gdal.Open(paths["transitions"])
    values = ds.GetRasterBand(1).ReadAsArray()
    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    table = _rows(paths["areas"])
    code = {(int(r["from_class"]), int(r["to_class"])): int(r["value"]) for r in table}
    strata = sorted(code.values())
    area = {int(r["value"]): float(r["area_ha"]) for r in table}

    ref = ogr.Open(demo.REFERENCE)
    mapped, truth = [], []
    for f in ref.GetLayer(0):
        g = f.GetGeometryRef()
        value = int(values[int((g.GetY() - y0) // dy), int((g.GetX() - x0) // dx)])
        assert value == f["stratum"]   # the sample was drawn on this very map (same seed, same forest)
        mapped.append(value)
        truth.append(code[(f["ref_from"], f["ref_to"])])
    ref = None
    mapped, truth = np.array(mapped), np.array(truth)

    total = sum(area.values())
    w = np.array([area[h] / total for h in strata])
    n = np.array([(mapped == h).sum() for h in strata], float)
    counts = np.array([[((mapped == h) & (truth == k)).sum() for k in strata] for h in strata], float)
    assert n.min() >= 30 and n.sum() == 140
    p = w[:, None] * counts / n[:, None]                                   # eq. 4
    share = p.sum(axis=0)                                                  # eq. 9
    se = np.sqrt((w[:, None] ** 2 * (counts / n[:, None]) * (1 - counts / n[:, None]) / (n[:, None] - 1)).sum(0))
    users = np.diag(counts) / n                                            # eq. 2
    with np.errstate(invalid="ignore", divide="ignore"):
        producers = np.diag(p) / share                                     # eq. 3

    rows = {int(r["class_value"]): r for r in _rows(paths["accuracy"])}
    for i, h in enumerate(strata):
        r = rows[h]
        assert int(r["n_samples"]) == n[i]
        assert float(r["mapped_ha"]) == pytest.approx(area[h], abs=1e-6)
        assert float(r["adjusted_ha"]) == pytest.approx(total * share[i], rel=1e-7, abs=1e-5)
        assert float(r["adjusted_ha_ci95"]) == pytest.approx(1.959964 * total * se[i], abs=1e-3)
        assert float(r["users_accuracy"]) == pytest.approx(users[i], abs=1e-6)
        if share[i] > 0:
            assert float(r["producers_accuracy"]) == pytest.approx(producers[i], abs=1e-6)
        else:
            assert r["producers_accuracy"] == ""   # no reference point of this transition: not estimable, not 0
    overall = np.trace(p)                                                  # eq. 1
    assert results["accuracyassessment"]["OVERALL_ACCURACY"] == pytest.approx(overall, abs=1e-7)   # areas read to 1e-6 ha
    # what the labelled sample says: most mapped change is false, the real water -> land change is a few ha
    assert users[strata.index(code[(1, 9)])] < 0.2 and total * share[strata.index(code[(1, 9)])] < 5
