"""Carbon stock change: natcap.invest 3.14.2's numbers (fixtures made by natcap.invest itself with
bench/make_invest_fixtures.py), the User's Guide reading, per-polygon totals, intervals and bad input."""
import json
import os

import numpy as np
import pytest
from osgeo import gdal
from pyproj import Geod, Transformer
from shapely import wkt as shapely_wkt
from shapely.geometry import box

from bluecarbon.bluecarbon_qgis.engine.carbon import change, invest_tables as it
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from conftest import ROOT, make_raster, write_csv

DATA = os.path.join(ROOT, "tests", "data")
CASES = [(case, name) for case in ("invest_cbc_1x2", "invest_cbc_own")
         for name in json.load(open(os.path.join(DATA, case, "runs.json")))["runs"]]


def _model(case, name, method):
    folder = os.path.join(DATA, case)
    args = json.load(open(os.path.join(folder, "runs.json")))["runs"][name]
    bio = it.read_biophysical(os.path.join(folder, args["biophysical_table_path"]))
    tr = it.read_transitions(os.path.join(folder, args["landcover_transitions_table"]), bio)
    snaps = it.read_snapshots(os.path.join(folder, args["landcover_snapshot_csv"]))
    year = args.get("analysis_year") or snaps[-1][0]
    if args.get("use_price_table"):
        prices = it.read_prices(os.path.join(folder, args["price_table_path"]))
    else:
        prices = it.inflated_prices(args["price"], args["inflation_rate"], snaps[0][0], year)
    # natcap.invest's runs: a half-life of 0 means never emitted (InVEST's convention), said explicitly
    return change.prepare(snaps, bio, tr, year, prices, args["discount_rate"], method,
                          half_life_zero=change.HL_NEVER)


def _read(path):
    arr = gdal.Open(path).ReadAsArray().astype(np.float64)
    arr[arr == -9999] = np.nan
    return arr


@pytest.mark.parametrize("case,name", CASES)
def test_invest_reading_matches_natcap_invest(case, name, tmp_path):
    """Every raster natcap.invest 3.14.2 wrote, per pixel, within 1e-6 (InVEST itself computes in float32)."""
    run = change.carbon_change(_model(case, name, change.INVEST), folder=str(tmp_path))
    expected = np.load(os.path.join(DATA, case, "expected_{}.npz".format(name)))
    assert expected.files
    for fn in expected.files:
        exp = expected[fn]
        ours = _read(str(tmp_path / fn))
        if fn.startswith("carbon-emissions"):
            # InVEST writes nodata for pixels never disturbed whose class has a half-life; they emit nothing
            quirk = np.isnan(exp) & ~np.isnan(ours)
            assert np.all(ours[quirk] == 0)
            exp = np.where(quirk, 0.0, exp)
        assert np.array_equal(np.isnan(ours), np.isnan(exp)), fn
        ok = ~np.isnan(exp)
        scale = np.abs(exp[ok]).max() if ok.any() else 0
        np.testing.assert_allclose(ours[ok], exp[ok], rtol=1e-6, atol=1e-6 * scale, err_msg=fn)
    if case == "invest_cbc_own":
        assert np.isnan(expected["carbon-stock-at-2005.tif"][0]).all()  # the nodata border
        kinds = {t[4] for t in run["transitions"]}
        assert kinds == {"accum", "ncc", "low-impact-disturb", "med-impact-disturb", "high-impact-disturb"}


def test_invest_test_suite_numbers(tmp_path):
    """The numbers natcap.invest's own test_model asserts (hand-computed there)."""
    change.carbon_change(_model("invest_cbc_1x2", "test_model", change.INVEST), folder=str(tmp_path))
    np.testing.assert_allclose(_read(str(tmp_path / "total-net-carbon-sequestration-between-2010-and-2020.tif")),
                               [[-176.9792, 73.5]], rtol=1e-6)
    np.testing.assert_allclose(_read(str(tmp_path / "total-net-carbon-sequestration-between-2020-and-2030.tif")),
                               [[73.5, -28.698004]], rtol=1e-6)
    np.testing.assert_allclose(_read(str(tmp_path / "net-present-value-at-2030.tif")), [[-373.67245, 837.93445]],
                               rtol=3e-6)


def test_guide_and_invest_differ_as_documented(tmp_path):
    """The 1 x 2 case: 2000 = [mangrove, parking], 2010 = [parking, mangrove], 2020 = [mangrove, parking].

    natcap.invest 3.14.2 shows 83.5 Mg/ha of accumulation where its net sequestration is 73.5 (the 10 Mg/ha of
    litter, 1/yr x 10 yr, are in the accumulation raster only) and keeps the litter stock at the yearly rate.
    The Guide's equations: litter accumulates from litter-initial and counts in net sequestration."""
    inv = change.carbon_change(_model("invest_cbc_1x2", "test_model", change.INVEST), folder=str(tmp_path / "i"))
    gui = change.carbon_change(_model("invest_cbc_1x2", "test_model", change.GUIDE), folder=str(tmp_path / "g"))
    r_i = {os.path.basename(p): _read(p) for p in inv["paths"]}
    r_g = {os.path.basename(p): _read(p) for p in gui["paths"]}
    # InVEST: accumulation 83.5 but net 73.5 where a pixel accumulates after a transition
    assert r_i["carbon-accumulation-between-2020-and-2030.tif"][0, 0] == pytest.approx(83.5)
    assert r_i["total-net-carbon-sequestration-between-2020-and-2030.tif"][0, 0] == pytest.approx(73.5, rel=1e-6)
    assert r_i["carbon-accumulation-between-2010-and-2020.tif"][0, 1] == pytest.approx(83.5)
    assert r_i["total-net-carbon-sequestration-between-2010-and-2020.tif"][0, 1] == pytest.approx(73.5, rel=1e-6)
    # Guide: (2 + 5.35 + 1) x 10 in both, and net = accumulation - emissions everywhere
    assert r_g["total-net-carbon-sequestration-between-2020-and-2030.tif"][0, 0] == pytest.approx(83.5, rel=1e-6)
    assert r_g["total-net-carbon-sequestration-between-2010-and-2020.tif"][0, 1] == pytest.approx(83.5, rel=1e-6)
    # stocks: Guide baseline = 64 + 313 + 3 (litter-initial); InVEST = 64 + 313 + 1 (the litter rate)
    assert r_g["carbon-stock-at-2000.tif"][0, 0] == pytest.approx(380)
    assert r_i["carbon-stock-at-2000.tif"][0, 0] == pytest.approx(378)
    for s, e in ((2000, 2010), (2010, 2020), (2020, 2030)):
        net = r_g["total-net-carbon-sequestration-between-{}-and-{}.tif".format(s, e)]
        acc = r_g["carbon-accumulation-between-{}-and-{}.tif".format(s, e)]
        emi = r_g["carbon-emissions-between-{}-and-{}.tif".format(s, e)]
        np.testing.assert_allclose(net, acc - emi, atol=1e-4)
        np.testing.assert_allclose(net, r_g["carbon-stock-at-{}.tif".format(e)] - r_g["carbon-stock-at-{}.tif".format(s)],
                                   atol=1e-3)
    # NPV, no transitions: InVEST multiplies the period's net by the sum of discounted prices (835);
    # the Guide sums p_t N_t / (1 + d)^t over the years: 10 x 1 x (2 + 5.35) = 73.5 (biomass and soil)
    nt_i = change.carbon_change(_model("invest_cbc_1x2", "no_transitions", change.INVEST))
    nt_g = change.carbon_change(_model("invest_cbc_1x2", "no_transitions", change.GUIDE))
    assert nt_i["det"].npv[0][0, 0] == pytest.approx(835.0)
    assert nt_g["det"].npv[0][0, 0] == pytest.approx(73.5)


def test_guide_own_case_is_consistent(tmp_path):
    """Own case, Guide reading: stock(end) - stock(start) = net = accumulation - emissions, every pixel and period;
    emissions by hand for one disturbed pixel."""
    run = change.carbon_change(_model("invest_cbc_own", "own", change.GUIDE), folder=str(tmp_path))
    r = {os.path.basename(p): _read(p) for p in run["paths"]}
    for s, e in ((2005, 2012), (2012, 2018), (2018, 2024), (2024, 2040)):
        net = r["total-net-carbon-sequestration-between-{}-and-{}.tif".format(s, e)]
        d = r["carbon-stock-at-{}.tif".format(e)] - r["carbon-stock-at-{}.tif".format(s)]
        np.testing.assert_allclose(net, d, atol=2e-3)
        np.testing.assert_allclose(net, r["carbon-accumulation-between-{}-and-{}.tif".format(s, e)]
                                   - r["carbon-emissions-between-{}-and-{}.tif".format(s, e)], atol=2e-3)


def test_hand_computed_single_pixel(tmp_path):
    """One pixel: salt marsh 2000, dug into a pond in 2010 (high impact), observed 2010, analysis 2030."""
    bio = write_csv(tmp_path / "bio.csv", "code,lulc-class," + ",".join(it.BIOPHYSICAL_COLUMNS) + "\n"
                    "4,salt marsh,10,200,1,2,0.2,0.5,0.9,1.5,8,0.1,0.3,0.5,2.0,0.3\n"
                    "8,pond,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n")
    tr = write_csv(tmp_path / "tr.csv", "lulc-class,salt marsh,pond\nsalt marsh,accum,high-impact-disturb\n"
                   "pond,,NCC\n")
    a = make_raster(tmp_path / "a.tif", np.array([[4]], np.uint8), epsg=32650, x0=500000, y0=2500000, dx=30, dy=30)
    b = make_raster(tmp_path / "b.tif", np.array([[8]], np.uint8), epsg=32650, x0=500000, y0=2500000, dx=30, dy=30)
    btab = it.read_biophysical(bio)
    model = change.prepare([(2000, a), (2010, b)], btab, it.read_transitions(tr, btab), 2030, method=change.GUIDE)
    det = change.carbon_change(model)["det"]
    bio10, soil10 = 10 + 1.5 * 10, 200 + 2.0 * 10
    e_bio = 0.9 * bio10 * (1 - 0.5 ** (20 / 2))
    e_soil = 0.5 * soil10 * (1 - 0.5 ** (20 / 8))
    assert det.emissions[1][0, 0] == pytest.approx(e_bio + e_soil, rel=1e-12)
    assert det.stocks[2030][0, 0] == pytest.approx(bio10 + soil10 - e_bio - e_soil + 1 + 0.3 * 10, rel=1e-12)


def _geodesic_area(poly, crs_epsg):
    to_ll = Transformer.from_crs(crs_epsg, 4326, always_xy=True)
    geod = Geod(ellps="WGS84")
    total = 0.0
    for part in getattr(poly, "geoms", [poly]):
        if part.is_empty:
            continue
        ring = part.exterior
        coords = np.asarray(ring.coords)
        dense = []
        for (x0, y0), (x1, y1) in zip(coords[:-1], coords[1:]):
            for t in np.linspace(0, 1, 20, endpoint=False):
                dense.append((x0 + t * (x1 - x0), y0 + t * (y1 - y0)))
        lon, lat = to_ll.transform(*np.asarray(dense).T)
        total += abs(geod.polygon_area_perimeter(lon, lat)[0])
    return total


def test_per_polygon_totals_are_pixel_values_times_exact_areas(tmp_path):
    """Totals over two polygons cutting pixels = sum over pixels of the per-pixel raster x the geodesic area of
    polygon ∩ pixel (shapely + pyproj.Geod, independent of the plugin's area code)."""
    model = _model("invest_cbc_own", "own", change.GUIDE)
    g = model.grids[0]
    polys = [shapely_wkt.loads("POLYGON((500061 2499950, 500433 2499921, 500812 2499407, 500190 2499300, "
                               "500061 2499950))"),
             shapely_wkt.loads("POLYGON((500700 2499700, 501150 2499720, 501100 2499150, 500650 2499200, "
                               "500700 2499700))")]
    run = change.carbon_change(model, folder=str(tmp_path), geoms=polys, zone_ids=["a", "b"])
    net = _read(str(tmp_path / "total-net-carbon-sequestration-between-2012-and-2018.tif"))
    rows = [r for r in run["rows"] if r.period_start == 2012]
    for poly, row in zip(polys, rows):
        expected = 0.0
        for i in range(g.height):
            for j in range(g.width):
                if np.isnan(net[i, j]):
                    continue
                cell = box(g.x0 + j * g.dx, g.y0 + (i + 1) * g.dy, g.x0 + (j + 1) * g.dx, g.y0 + i * g.dy)
                inter = cell.intersection(poly)
                if not inter.is_empty:
                    expected += net[i, j] * _geodesic_area(inter, 32650) / 1e4
        assert row.values["net_sequestration_tco2e"] == pytest.approx(expected, rel=1e-5)


def test_monte_carlo_interval_brackets_value(tmp_path):
    folder = os.path.join(DATA, "invest_cbc_1x2")
    text = open(os.path.join(folder, "biophysical.csv")).read().splitlines()
    text[0] += ",soil-yearly-accumulation_lo,soil-yearly-accumulation_hi"
    text[1] += ",4.0,6.7"
    text[2] += ",,"
    bio = it.read_biophysical(write_csv(tmp_path / "bio.csv", "\n".join(text) + "\n"))
    tr = it.read_transitions(os.path.join(folder, "transitions.csv"), bio)
    model = change.prepare(it.read_snapshots(os.path.join(folder, "snapshots.csv")), bio, tr, 2030)
    run = change.carbon_change(model, geoms=[box(2, -4, 6, -2)], zone_ids=[1], iterations=2000, seed=4)
    first = run["rows"][0].values  # 2000-2010: pixel 0 accumulates (2 + soil + 1) x 10 on 4 m²
    assert first["net_sequestration_tco2e_lo"] <= first["net_sequestration_tco2e"] <= first["net_sequestration_tco2e_hi"]
    sd = (6.7 - 4.0) / 3.92
    ha = 4 / 1e4
    assert first["net_sequestration_tco2e_lo"] == pytest.approx((2 + 5.35 - 1.96 * sd + 1) * 10 * ha, rel=0.03)
    assert first["net_sequestration_tco2e_hi"] == pytest.approx((2 + 5.35 + 1.96 * sd + 1) * 10 * ha, rel=0.03)


# ------------------------------------------------------------------------------------------------ bad input

def _one_class_files(tmp_path):
    bio = write_csv(tmp_path / "bio.csv", "code,lulc-class," + ",".join(it.BIOPHYSICAL_COLUMNS) + "\n"
                    "1,mangrove,64,313,3,15,0.5,0.5,1,2,7.5,0.3,0.5,0.66,5.35,1\n"
                    "2,parking lot,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n")
    a = make_raster(tmp_path / "a.tif", np.array([[1, 2], [1, 1]], np.uint8), epsg=32650, dx=30, dy=30, nodata=255)
    b = make_raster(tmp_path / "b.tif", np.array([[2, 2], [1, 1]], np.uint8), epsg=32650, dx=30, dy=30, nodata=255)
    return bio, a, b


def test_missing_pair_named_with_pixel_count(tmp_path):
    bio, a, b = _one_class_files(tmp_path)
    btab = it.read_biophysical(bio)
    tr = it.read_transitions(write_csv(tmp_path / "t.csv", "lulc-class,mangrove,parking lot\nmangrove,NCC,\n"
                                       "parking lot,,NCC\n"), btab)
    with pytest.raises(InputError, match=r"mangrove -> parking lot .*1 pixels between 2000 and 2010"):
        change.carbon_change(change.prepare([(2000, a), (2010, b)], btab, tr))


@pytest.mark.parametrize("text,match", [
    ("lulc-class,mangrove,parking lot\nmangrove,NCC,disturb\nparking lot,,NCC\n",
     "mangrove -> parking lot still holds the template's 'disturb'; replace it with low-impact-disturb"),
    ("lulc-class,mangrove,parking lot\nmangrove,NCC,Accum\nparking lot,clear,NCC\n",
     "'clear' \\(parking lot to mangrove\\) is not a transition kind"),
    ("lulc-class,mangrove,forest\nmangrove,NCC,accum\n", "column 'forest'"),
])
def test_bad_transition_tables(tmp_path, text, match):
    bio, _, _ = _one_class_files(tmp_path)
    with pytest.raises(InputError, match=match):
        it.read_transitions(write_csv(tmp_path / "t.csv", text), it.read_biophysical(bio))


def test_bad_inputs(tmp_path):
    bio, a, b = _one_class_files(tmp_path)
    btab = it.read_biophysical(bio)
    tr = {(1, 1): "ncc", (1, 2): "high-impact-disturb", (2, 2): "ncc"}
    with pytest.raises(InputError, match="not in increasing order"):
        change.prepare([(2010, a), (2000, b)], btab, tr)
    with pytest.raises(InputError, match="more than once"):
        change.prepare([(2000, a), (2000, b)], btab, tr)
    with pytest.raises(InputError, match="twice"):
        it.read_snapshots(write_csv(tmp_path / "s.csv", "snapshot_year,raster_path\n2000,a.tif\n2000,b.tif\n"))
    with pytest.raises(InputError, match="before the last snapshot"):
        change.prepare([(2000, a), (2010, b)], btab, tr, analysis_year=2005)
    big = make_raster(tmp_path / "c.tif", np.ones((3, 2), np.uint8), epsg=32650, dx=30, dy=30, nodata=255)
    with pytest.raises(InputError, match="3 pixels but|2 x 3 pixels"):
        change.prepare([(2000, a), (2010, big)], btab, tr)
    flt = make_raster(tmp_path / "f.tif", np.ones((2, 2), np.float32), epsg=32650, dx=30, dy=30)
    with pytest.raises(InputError, match="integer class values"):
        change.prepare([(2000, a), (2010, flt)], btab, tr)
    neg = write_csv(tmp_path / "neg.csv", open(bio).read().replace("1,mangrove,64,313,3,15,", "1,mangrove,64,313,3,-15,"))
    with pytest.raises(InputError, match="biomass-half-life.*negative"):
        it.read_biophysical(neg)
    only_one = write_csv(tmp_path / "b1.csv", open(bio).read().splitlines()[0] + "\n"
                         + open(bio).read().splitlines()[1] + "\n")
    b1 = it.read_biophysical(only_one)
    with pytest.raises(InputError, match=r"class\(es\) 2 \(2 pixels\)"):
        change.carbon_change(change.prepare([(2000, a), (2010, b)], b1, {(1, 1): "ncc"}))
    with pytest.raises(InputError, match="no price for the year"):
        change.prepare([(2000, a), (2010, b)], btab, tr, 2010, prices={2000: 1.0})


def test_geographic_raster_areas_are_ellipsoidal(tmp_path):
    """A 2 x 2 raster in EPSG:4326 (0.001°, near 22° N): each cell's area is its geodesic area (pyproj.Geod),
    and the whole-map stock is the stock per ha times those areas."""
    folder = os.path.join(DATA, "invest_cbc_1x2")
    bio = it.read_biophysical(os.path.join(folder, "biophysical.csv"))
    tr = it.read_transitions(os.path.join(folder, "transitions.csv"), bio)
    a = make_raster(tmp_path / "a.tif", np.array([[1, 1], [2, 1]], np.uint8), epsg=4326, x0=113.5, y0=22.3,
                    dx=0.001, dy=0.001, nodata=255)
    run = change.carbon_change(change.prepare([(2000, a)], bio, tr, 2010))
    geod = Geod(ellps="WGS84")
    cell = [abs(geod.polygon_area_perimeter([113.5, 113.501, 113.501, 113.5],
                                            [22.3 - 0.001 * (r + 1), 22.3 - 0.001 * (r + 1), 22.3 - 0.001 * r,
                                             22.3 - 0.001 * r])[0]) for r in (0, 1)]
    mangrove_m2 = 2 * cell[0] + cell[1]
    assert run["totals"]["area_ha"] == pytest.approx((2 * cell[0] + 2 * cell[1]) / 1e4, rel=1e-9)
    assert run["totals"]["stocks"][2000] == pytest.approx(380 * mangrove_m2 / 1e4, rel=1e-9)


def test_yearly_net_sequestration(tmp_path):
    """Own case, Guide reading, two areas: the years of a period add up to the period's net, and in the year of a
    high-impact disturbance a pixel's emission is D (1 - 0.5^(1/H)) for each pool."""
    model = _model("invest_cbc_own", "own", change.GUIDE)
    polys = [box(500030, 2499130, 501170, 2499970), box(500400, 2499400, 500700, 2499700)]
    run = change.carbon_change(model, geoms=polys, zone_ids=["all", "part"])
    yearly = {(a, y): v for a, y, v, _, _ in run["yearly"]}
    assert sorted({y for _, y in yearly}) == list(range(2005, 2040))
    for r in run["rows"]:
        total = sum(yearly[(r.area_id, y)] for y in range(r.period_start, r.period_end))
        assert total == pytest.approx(r.values["net_sequestration_tco2e"], rel=1e-9, abs=1e-9)
    # one pixel: mangrove (1) in 2012 dug into a pond (5) in 2018, high impact
    classes = np.array([[1, 1, 5, 5]])
    codes = np.array([1, 2, 3, 4, 5, 6])
    model.class_codes = codes
    params = {k: v[:, None] for k, v in change.class_params(model, codes).items()}
    res = change.simulate(model, np.searchsorted(codes, classes), params)
    b18 = 120 + 9.2 * 13  # biomass at the start of 2018 (accumulating since 2005)
    s18 = 900 + 6.1 * 13
    e = 0.9 * b18 * (1 - 0.5 ** (1 / 5)) + 0.7 * s18 * (1 - 0.5 ** (1 / 20))
    assert res.yearly[2018 - 2005][0, 0] == pytest.approx(-e, rel=1e-12)  # litter of a pond: 0


def test_partial_nodata_and_monte_carlo_cap(tmp_path, monkeypatch):
    """A pixel nodata in one snapshot is left out (with a warning), even if its other class is not in the table;
    the Monte Carlo run is cut, and said, when trajectories x iterations would be too many."""
    bio, a, _ = _one_class_files(tmp_path)
    b = make_raster(tmp_path / "b2.tif", np.array([[2, 255], [1, 1]], np.uint8), epsg=32650, dx=30, dy=30, nodata=255)
    a2 = make_raster(tmp_path / "a2.tif", np.array([[1, 7], [1, 1]], np.uint8), epsg=32650, dx=30, dy=30, nodata=255)
    text = open(bio).read().splitlines()
    text[0] += ",soil-yearly-accumulation_lo,soil-yearly-accumulation_hi"
    text[1] += ",4,6"
    text[2] += ",,"
    btab = it.read_biophysical(write_csv(tmp_path / "bio2.csv", "\n".join(text) + "\n"))
    tr = {(1, 1): "accum", (1, 2): "high-impact-disturb", (2, 2): "ncc"}
    monkeypatch.setattr(change, "MC_CELLS", 10)
    run = change.carbon_change(change.prepare([(2000, a2), (2010, b)], btab, tr, 2020), iterations=500)
    messages = [t.format(**f) for t, f in run["warnings"]]
    assert any("1 pixels are nodata in some snapshots" in m for m in messages)
    assert any("cut from 500 to 50 iterations" in m for m in messages)
    assert run["mc"].net[0].shape == (2, 50)
    # three 30 m pixels far from UTM 50N's central meridian: 900 m² each over the areal scale factor
    from pyproj import Proj
    proj = Proj("EPSG:32650")
    lonlat = Transformer.from_crs(32650, 4326, always_xy=True)
    area = sum(900 / proj.get_factors(*lonlat.transform(x, y)).areal_scale for x, y in ((15, -15), (15, -45), (45, -45)))
    assert run["totals"]["area_ha"] == pytest.approx(area / 1e4, rel=1e-4)


def test_cells_hidden_by_a_mask_band_are_nodata(tmp_path):
    """A snapshot whose cells are hidden by an internal mask band (no nodata value): those cells are left out
    of the trajectories, the rasters and the areas, like nodata; the zone's area is the other cells' exact area
    (pyproj.Geod) and its unmapped area is the hidden cell's."""
    bio = write_csv(tmp_path / "bio.csv", "code,lulc-class," + ",".join(it.BIOPHYSICAL_COLUMNS) + "\n"
                    "4,salt marsh,10,200,1,2,0.2,0.5,0.9,1.5,8,0.1,0.3,0.5,2.0,0.3\n"
                    "8,pond,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n")
    tr = write_csv(tmp_path / "tr.csv", "lulc-class,salt marsh,pond\nsalt marsh,accum,high-impact-disturb\n"
                   "pond,,NCC\n")
    grid = dict(epsg=32650, x0=500000, y0=2500000, dx=30, dy=30, nodata=None)
    a = make_raster(tmp_path / "a.tif", np.full((2, 2), 4, np.uint8), **grid)
    b = make_raster(tmp_path / "b.tif", np.array([[4, 8], [4, 4]], np.uint8), **grid)
    ds = gdal.Open(b, gdal.GA_Update)
    ds.CreateMaskBand(gdal.GMF_PER_DATASET)
    ds.GetRasterBand(1).GetMaskBand().WriteArray(np.array([[255, 255], [0, 255]], np.uint8))  # (1, 0) hidden
    ds = None
    btab = it.read_biophysical(bio)
    model = change.prepare([(2000, a), (2010, b)], btab, it.read_transitions(tr, btab), 2030, method=change.GUIDE)
    zone = box(500000, 2500000 - 60, 500060, 2500000)
    run = change.carbon_change(model, folder=str(tmp_path / "out"), geoms=[zone], zone_ids=["z"])
    assert run["traj"].nodata_pixels == 1
    net = _read(str(tmp_path / "out" / "total-net-carbon-sequestration.tif"))
    assert np.isnan(net[1, 0]) and not np.isnan(net[[0, 0, 1], [0, 1, 1]]).any()
    cells = {(i, j): _geodesic_area(box(500000 + 30 * j, 2500000 - 30 * (i + 1), 500000 + 30 * (j + 1),
                                        2500000 - 30 * i), 32650) for i in range(2) for j in range(2)}
    rows = run["rows"]
    assert sum(r.values["area_ha"] for r in rows[:1]) == pytest.approx(
        (cells[0, 0] + cells[0, 1] + cells[1, 1]) / 1e4, rel=1e-7)
    assert rows[0].values["unmapped_ha"] == pytest.approx(cells[1, 0] / 1e4, rel=1e-7)
    total = sum(r.values["net_sequestration_tco2e"] for r in rows)
    expected = sum(net[i, j] * cells[i, j] / 1e4 for (i, j) in cells if (i, j) != (1, 0))
    assert total == pytest.approx(expected, rel=1e-5)
