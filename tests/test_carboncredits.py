"""Net removals of a project against its baseline (engine): each finding on how credits were computed, rebuilt on
a small map and checked against numbers worked out by hand.

The maps are in EPSG:6933 (WGS 84 / EASE-Grid 2.0, a cylindrical equal-area projection on the WGS 84
ellipsoid) with 100 m pixels: every pixel is 1 ha of the ellipsoid, so hectares are pixel counts. The tables
are the shipped demo tables (sample_data/cbc_*_demo.csv), Mg CO2e per ha:

    mangrove: biomass 450 (+22/yr, half-life 1, high-impact fraction 1.0), soil 1500 (+6.4/yr, bounds 3.0-9.8,
              half-life 7.5, high-impact 0.66), litter +0.5/yr  -> a growing mangrove hectare gains
              G = 22 + 6.4 + 0.5 = 28.9 per year;
    tidal flat: soil +0.7/yr (bounds 0.3-1.1); tidal flat -> tidal flat is NCC; ponds gain nothing.
"""
import csv
import math
import os

import numpy as np
import pytest
from shapely.geometry import box

from bluecarbon.bluecarbon_qgis.engine.carbon import change, credits, invest_tables as it, joint
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from conftest import ROOT, make_raster, write_csv

SAMPLE = os.path.join(ROOT, "sample_data")
BIO = it.read_biophysical(os.path.join(SAMPLE, "cbc_biophysical_demo.csv"))
TRANSITIONS = it.read_transitions(os.path.join(SAMPLE, "cbc_transitions_demo.csv"), BIO)
WATER, FLAT, MANGROVE, SEAWEED, POND, OTHER = 1, 2, 3, 6, 8, 9
G = 22 + 6.4 + 0.5          # a growing mangrove hectare, t CO2e per year
X0, Y0, PX = 0.0, 2_500_000.0, 100.0


def _map(tmp_path, name, array):
    return make_raster(tmp_path / name, np.asarray(array, np.uint8), epsg=6933, x0=X0, y0=Y0, dx=PX, dy=PX,
                       nodata=0)


def _cells(c0, r0, c1, r1):
    """A polygon over pixel columns c0..c1-1 and rows r0..r1-1."""
    return box(X0 + c0 * PX, Y0 - r1 * PX, X0 + c1 * PX, Y0 - r0 * PX)


def _statement(project, baseline, geoms=None, ids=None, *, start=None, last=None, observed=None, periods="",
               iterations=0, level=90.0, eligible="", options=None, seed=1):
    jm = joint.prepare_joint(project, baseline, BIO, TRANSITIONS, start=start, last=last, observed=observed)
    acc = credits.joint_accounts(jm, geoms, ids, eligible=eligible, iterations=iterations, seed=seed, level=level)
    return acc, credits.statement(acc, period_text=periods, options=options or {})


def _area(data, area_id):
    return next(a for a in data["areas"] if a["area_id"] == area_id)


def _year(data, year, area_id=None):
    rows = data["area_years"] if area_id else data["years"]
    return next(r for r in rows if r["year"] == year and (area_id is None or r["area_id"] == area_id))


def test_identical_ground_is_exactly_zero(tmp_path):
    """A one-map baseline against a project whose later map shows the same tidal flat (tidal flat -> tidal flat is
    NCC in the demo table). As two separate runs the project stops accumulating at its 2024 map and the baseline
    does not: one hectare showed 10 x -0.7 = -7.0 t over 2019-2033. On one ground both scenarios apply the NCC in
    2024: exactly 0, with an interval of zero width (both scenarios use the same draw of the bounded soil rate)."""
    m19, m24 = _map(tmp_path, "a.tif", [[FLAT]]), _map(tmp_path, "b.tif", [[FLAT]])
    # the finding, as carbonchange gives it run by run
    runs = [change.carbon_change(change.prepare(s, BIO, TRANSITIONS, 2034), geoms=[_cells(0, 0, 1, 1)])
            for s in ([(2019, m19), (2024, m24)], [(2019, m19)])]
    separate = [sum(v for _, _, v, _, _ in r["yearly"]) for r in runs]
    assert separate[0] - separate[1] == pytest.approx(-7.0, rel=1e-9)
    acc, data = _statement([(2019, m19), (2024, m24)], [(2019, m19)], [_cells(0, 0, 1, 1)], ["A"], last=2033,
                           iterations=500)
    assert acc.draws is not None and acc.draws.shape[2] == 500
    for r in data["area_years"] + data["area_periods"]:
        assert (r["gross_removals_tco2e"], r["gross_removals_tco2e_lo"], r["gross_removals_tco2e_hi"]) == (0, 0, 0)
    assert data["total"]["gross_removals_tco2e"] == 0 and data["total"]["net_tco2e"] == 0
    # each scenario on its own keeps its own value: 5 years of 0.7 t before the NCC
    assert _area(data, "A")["project_tco2e"] == pytest.approx(3.5, rel=1e-9)


def test_unchanged_mangrove_under_invest_test_table_is_zero(tmp_path):
    """natcap.invest's own test table makes mangrove -> mangrove NCC: two unchanged hectares of mangrove, project
    maps 2000 and 2010, baseline map 2000. Separately the project's biomass and soil stop at 2010 (its litter keeps
    its 1 t/ha/yr) while the baseline keeps accumulating 2 + 5.35 + 1 = 8.35 t/ha/yr (Guide reading):
    2 ha x 10 yr x (1 - 8.35) = -147 t over 2000-2019; jointly 0."""
    folder = os.path.join(ROOT, "tests", "data", "invest_cbc_1x2")
    bio = it.read_biophysical(os.path.join(folder, "biophysical.csv"))
    tr = it.read_transitions(os.path.join(folder, "transitions.csv"), bio)
    a = make_raster(tmp_path / "m.tif", np.ones((1, 2), np.uint8), epsg=6933, x0=X0, y0=Y0, dx=PX, dy=PX,
                    nodata=255)
    geoms = [_cells(0, 0, 2, 1)]
    runs = [change.carbon_change(change.prepare(s, bio, tr, 2020), geoms=geoms) for s in ([(2000, a), (2010, a)],
                                                                                          [(2000, a)])]
    separate = [sum(v for _, _, v, _, _ in r["yearly"]) for r in runs]
    assert separate[0] - separate[1] == pytest.approx(-147.0, rel=1e-9)
    jm = joint.prepare_joint([(2000, a), (2010, a)], [(2000, a)], bio, tr, last=2019)
    acc = credits.joint_accounts(jm, geoms, ["A"])
    assert np.all(acc.project == acc.baseline)


def test_planting_seen_on_the_last_map_counts(tmp_path):
    """Tidal flat in 2020, mangrove on the 2025 map, accounted to 2025. The analysis used to stop at the start of
    2025: 0.00 t. The crediting period includes the last map's year: the 2025 transition (accum) gives the mangrove
    its first year of growth, G = 28.9 t/ha, against a baseline tidal flat that the NCC holds at 0."""
    m20, m25 = _map(tmp_path, "a.tif", [[FLAT, FLAT]]), _map(tmp_path, "b.tif", [[MANGROVE, MANGROVE]])
    old = change.carbon_change(change.prepare([(2020, m20), (2025, m25)], BIO, TRANSITIONS), geoms=[_cells(0, 0, 2, 1)])
    assert sum(v for _, _, v, _, _ in old["yearly"]) == pytest.approx(2 * 5 * 0.7)  # only the tidal flat's years
    acc, data = _statement([(2020, m20), (2025, m25)], [(2020, m20)], [_cells(0, 0, 2, 1)], ["A"])
    assert data["period"] == {"start": 2020, "last": 2025, "years": 6}
    assert data["years_ex_post"] == list(range(2020, 2026)) and data["years_ex_ante"] == []
    assert [_year(data, y)["gross_removals_tco2e"] for y in range(2020, 2025)] == [0.0] * 5
    assert _year(data, 2025)["gross_removals_tco2e"] == pytest.approx(2 * G, rel=1e-9)
    # planted on tidal flat: eligible, credited, issued (no deduction set, no draws)
    assert data["total"]["credited_tco2e"] == pytest.approx(2 * G, rel=1e-9)
    assert data["total"]["issued_ex_post_tco2e"] == pytest.approx(2 * G, rel=1e-9)


def _emissions(years_since, years_grown=5):
    """A mangrove hectare cleared into a pond (high impact) after growing ``years_grown`` years: the emission of
    its ``years_since``-th year after the clearance (0: the year of the map), by pool, Guide reading."""
    bio, soil = 450 + 22 * years_grown, 1500 + 6.4 * years_grown
    t = years_since
    return (1.0 * bio * (0.5 ** (t / 1) - 0.5 ** ((t + 1) / 1))
            + 0.66 * soil * (0.5 ** (t / 7.5) - 0.5 ** ((t + 1) / 7.5)))


def test_loss_on_the_last_map_is_seen_year_by_year(tmp_path):
    """Mangrove in 2020, a pond on the 2025 monitoring map; the baseline keeps the mangrove. The loss enters in 2025
    (it was invisible with the analysis stopping at the last map), and each later year follows the decay of the
    disturbed carbon: no period total is spread evenly over its years."""
    m20, m25 = _map(tmp_path, "a.tif", [[MANGROVE]]), _map(tmp_path, "b.tif", [[POND]])
    _, data = _statement([(2020, m20), (2025, m25)], [(2020, m20)], [_cells(0, 0, 1, 1)], ["A"], last=2030)
    assert [_year(data, y)["gross_removals_tco2e"] for y in range(2020, 2025)] == [0.0] * 5
    for t, y in enumerate(range(2025, 2031)):
        assert _year(data, y)["gross_removals_tco2e"] == pytest.approx(-_emissions(t) - G, rel=1e-9)
        assert _year(data, y)["kind"] == ("ex-post" if y == 2025 else "ex-ante")
    assert _emissions(0) == pytest.approx(280 + 0.66 * 1532 * (1 - 0.5 ** (1 / 7.5)))
    gross = [_year(data, y)["gross_removals_tco2e"] for y in range(2026, 2031)]
    assert max(gross) - min(gross) > 100  # 2026: -(140 + 81.5) - G ... 2030: -(8.75 + 56.3) - G: not even shares
    ex_ante = [p for p in data["periods"] if p["kind"] == "ex-ante"][0]
    assert (ex_ante["start"], ex_ante["last"], ex_ante["ex_ante"]) == (2026, 2030, 1)
    assert ex_ante["gross_removals_tco2e"] == pytest.approx(sum(gross), rel=1e-9)


def test_half_life_zero_is_refused_or_read_as_said(tmp_path):
    """The demo table with a mangrove soil half-life of 0, mangrove cleared into a pond on the project's 2025 map:
    refused until the meaning of 0 is given; emitted at once, 2025 loses the whole disturbed soil carbon
    0.66 x 1532 besides the biomass's 280 (half-life 1); never emitted, only the biomass's 280."""
    text = open(os.path.join(SAMPLE, "cbc_biophysical_demo.csv"), encoding="utf-8").read()
    head, rows = text.split("\n", 1)
    cols = head.split(",")
    lines = []
    for line in rows.splitlines():
        cells = next(csv.reader([line]))
        if cells[0] == "3":
            cells[cols.index("soil-half-life")] = "0"
        lines.append(",".join('"{}"'.format(c) for c in cells))
    bio = it.read_biophysical(write_csv(tmp_path / "bio.csv", head + "\n" + "\n".join(lines) + "\n"))
    tr = it.read_transitions(os.path.join(SAMPLE, "cbc_transitions_demo.csv"), bio)
    m20, m25 = _map(tmp_path, "a.tif", [[MANGROVE]]), _map(tmp_path, "b.tif", [[POND]])
    jm = joint.prepare_joint([(2020, m20), (2025, m25)], [(2020, m20)], bio, tr)
    with pytest.raises(InputError, match="In the project scenario: The biophysical table .* half-life of 0"):
        credits.joint_accounts(jm)
    for meaning, soil in ((change.HL_INSTANT, 0.66 * 1532), (change.HL_NEVER, 0.0)):
        jm = joint.prepare_joint([(2020, m20), (2025, m25)], [(2020, m20)], bio, tr, half_life_zero=meaning)
        acc = credits.joint_accounts(jm, iterations=0)
        assert acc.project[0, -1] - acc.baseline[0, -1] == pytest.approx(-(280 + soil) - G, rel=1e-9)
        assert any("half-life of 0 is read as" in t for t, _ in acc.warnings)


def test_clouded_pixels_drop_out_of_both_scenarios(tmp_path):
    """Ten hectares of mangrove in 2020 (both scenarios' first map). The project keeps them; the baseline digs them
    into ponds on its 2025 map. Two pixels are clouded (nodata) on the project's 2025 map. Separately, the project
    lost those two hectares and the baseline kept their emissions, crediting their loss to the project:
    8 G + 10 E. On one ground they drop from both: 8 (G + E), and 2 ha are reported as lost."""
    first = [[MANGROVE] * 5] * 2
    m20 = _map(tmp_path, "a.tif", first)
    p25 = _map(tmp_path, "p.tif", [[MANGROVE, 0, MANGROVE, MANGROVE, MANGROVE], [MANGROVE, MANGROVE, 0, MANGROVE,
                                                                                MANGROVE]])
    b25 = _map(tmp_path, "b.tif", [[POND] * 5] * 2)
    e = _emissions(0)
    zone = [_cells(0, 0, 5, 2)]
    runs = [change.carbon_change(change.prepare(s, BIO, TRANSITIONS, 2026), geoms=zone)
            for s in ([(2020, m20), (2025, p25)], [(2020, m20), (2025, b25)])]
    separate = [sum(v for _, _, v, _, _ in r["yearly"]) for r in runs]
    assert separate[0] - separate[1] == pytest.approx(8 * 6 * G - 10 * (5 * G - e), rel=1e-9)
    acc, data = _statement([(2020, m20), (2025, p25)], [(2020, m20), (2025, b25)], zone, ["A"])
    a = _area(data, "A")
    assert a["gross_removals_tco2e"] == pytest.approx(8 * (G + e), rel=1e-9)
    assert a["lost_ha"] == pytest.approx(2.0, rel=1e-9) and a["area_ha"] == pytest.approx(8.0, rel=1e-9)
    assert data["total"]["lost_ha"] == pytest.approx(2.0, rel=1e-9)
    assert any("2 pixels" in w and "left out of both scenarios" in w for w in data["warnings"])


def test_overlapping_areas_count_once_in_every_total(tmp_path):
    """Three planted hectares (tidal flat 2020 -> mangrove 2025) inside three areas: A covers all three, B and C two
    each. Summed, the areas hold 7 ha, 233 % of the ground; every total holds the 3 ha once."""
    m20 = _map(tmp_path, "a.tif", [[FLAT, FLAT, FLAT]])
    m25 = _map(tmp_path, "b.tif", [[MANGROVE, MANGROVE, MANGROVE]])
    zones = [_cells(0, 0, 3, 1), _cells(0, 0, 2, 1), _cells(1, 0, 3, 1)]
    _, data = _statement([(2020, m20), (2025, m25)], [(2020, m20)], zones, ["A", "B", "C"])
    assert [_area(data, z)["gross_removals_tco2e"] for z in "ABC"] == [pytest.approx(k * G, rel=1e-9)
                                                                       for k in (3, 2, 2)]
    t = data["total"]
    assert t["area_ha"] == pytest.approx(3.0, rel=1e-9) and t["overlap_ha"] == pytest.approx(4.0, rel=1e-9)
    for key in ("gross_removals_tco2e", "credited_tco2e", "net_tco2e", "issued_ex_post_tco2e"):
        assert t[key] == pytest.approx(3 * G, rel=1e-9), key
    assert sum(h["area_ha"] for h in data["habitats"]) == pytest.approx(3.0, rel=1e-9)
    assert data["eligibility"]["total"]["eligible_ha"] == pytest.approx(3.0, rel=1e-9)


@pytest.mark.parametrize("scheduler", ["0", ""], ids=["in_process", "workers"])
def test_overlap_totals_equal_the_union_measured_whole(tmp_path, monkeypatch, scheduler):
    """Many overlapping discs and boxes (some partly outside the maps) over maps with nodata in one date and
    in both: the total of every joint trajectory, the unmapped and lost ground and the overlap equal those of
    the union of the areas measured as one polygon; each area's own rows are its whole ground. On two local
    workers the same to 1e-9."""
    from shapely.geometry import Point
    from shapely.ops import unary_union

    from bluecarbon.bluecarbon_qgis.engine.raster import executor as ex
    from bluecarbon.bluecarbon_qgis.engine.raster.zonal import ZonalReader

    monkeypatch.setenv(ex.MIN_CELLS_ENV, "0")   # a small test: the workers are used anyway
    rng = np.random.default_rng(6)
    classes = np.array([WATER, FLAT, MANGROVE, POND], np.uint8)
    m20 = classes[rng.integers(0, 4, size=(60, 60))]
    m25 = classes[rng.integers(0, 4, size=(60, 60))]
    m20[5:9, 10:30] = 0       # nodata in one date only: lost ground
    m25[40:44, 3:50] = 0
    m20[50:53, 20:40] = m25[50:53, 20:40] = 0    # nodata in both
    maps = [(2020, _map(tmp_path, "a.tif", m20)), (2025, _map(tmp_path, "b.tif", m25))]
    jm = joint.prepare_joint(maps, maps[:1], BIO, TRANSITIONS, last=2027)
    traj = joint.scan(jm)
    geoms = [Point(X0 + rng.uniform(-300, 6300), Y0 - rng.uniform(-300, 6300)).buffer(rng.uniform(150, 1500), 12)
             for _ in range(25)]
    geoms += [_cells(5, 5, 20, 20), _cells(10, 10, 25, 25), _cells(12, 12, 14, 14), _cells(20, 5, 30, 20)]
    with ex.Executor(scheduler, workers=2) as run:
        got = joint.ground(jm, traj, geoms, executor=run)
    reader = ZonalReader(jm.grids[0], read=lambda *a: None)
    union = unary_union([reader.prepare(g)[0] for g in geoms])
    shim = joint.SimpleNamespace(grids=jm.grids)
    m2, unmapped, lost, _ = change.zone_trajectory_areas(shim, traj, [union])
    own, own_unmapped, own_lost, _ = change.zone_trajectory_areas(shim, traj, geoms)
    assert got.overlap_m2 > 0 and got.total_lost_m2 > 0 and got.total_unmapped_m2 > 0
    np.testing.assert_allclose(got.total_m2, m2[0], rtol=1e-9, atol=1e-6)
    assert got.total_unmapped_m2 == pytest.approx(unmapped[0], rel=1e-7)   # outside: geodesic, see test_overlaps
    assert got.total_lost_m2 == pytest.approx(lost[0], rel=1e-9)
    summed = own.sum() + own_unmapped.sum()
    assert got.overlap_m2 == pytest.approx(summed - m2[0].sum() - unmapped[0], rel=1e-7)
    np.testing.assert_allclose(got.zone_m2, own, rtol=1e-12, atol=0)
    np.testing.assert_allclose(got.unmapped_m2, own_unmapped, rtol=1e-12, atol=0)
    np.testing.assert_allclose(got.lost_m2, own_lost, rtol=1e-12, atol=0)


def test_a_boundary_round_many_plots_is_carried_a_bounded_number_of_times(tmp_path, monkeypatch):
    """In process, a project boundary of many vertices round 300 plots is the overlap partner of each of them:
    the pieces carry it at most change.IN_PROCESS_PIECES times (not once per plot), with the union's totals."""
    from shapely.geometry import Point

    from bluecarbon.bluecarbon_qgis.engine.raster import executor as ex

    m20 = np.full((60, 60), FLAT, np.uint8)
    m25 = np.full((60, 60), MANGROVE, np.uint8)
    maps = [(2020, _map(tmp_path, "a.tif", m20)), (2025, _map(tmp_path, "b.tif", m25))]
    jm = joint.prepare_joint(maps, maps[:1], BIO, TRANSITIONS, last=2027)
    traj = joint.scan(jm)
    boundary = Point(X0 + 3000, Y0 - 3000).buffer(2900, 2000)        # 8,000 vertices
    rng = np.random.default_rng(2)
    plots = [Point(X0 + 3000 + r * np.cos(t), Y0 - 3000 + r * np.sin(t)).buffer(40, 8)
             for r, t in zip(rng.uniform(0, 2500, 300), rng.uniform(0, 2 * np.pi, 300))]
    carried = []
    original = ex.Executor.imap_unordered

    def recording(self, fn, strips, *args, **kw):
        carried.extend(sum(w == boundary.wkb for w in piece[3]) for piece in strips if len(piece) > 3)
        return original(self, fn, strips, *args, **kw)

    monkeypatch.setattr(ex.Executor, "imap_unordered", recording)
    got = joint.ground(jm, traj, [boundary] + plots)
    assert 0 < len(carried) <= change.IN_PROCESS_PIECES and 0 < sum(carried) < change.IN_PROCESS_PIECES
    assert got.total_m2.sum() == pytest.approx(boundary.area, rel=1e-9)   # every plot lies inside the boundary
    assert got.overlap_m2 == pytest.approx(sum(p.area for p in plots), rel=1e-9)


def test_joint_interval_of_a_two_class_case_in_closed_form(tmp_path):
    """One map (2020), projected ten years (2020-2029). Pixel a is mangrove in both scenarios; pixel b is mangrove
    in the project and tidal flat in the baseline. With one draw of each class's soil rate per iteration, shared by
    both scenarios: a gives exactly 0 in every draw; b gives 10 x (22 + 0.5 + S_m - S_t) with S_m ~ N(6.4, 6.8/3.92)
    and S_t ~ N(0.7, 0.8/3.92) (the demo bounds read as 95 % intervals; the truncation at 0 is below 1e-3 of either
    distribution). Its 90 % interval is mean +- 1.6449 x 10 x sqrt(sd_m^2 + sd_t^2); the 95 % one uses 1.96."""
    p = _map(tmp_path, "p.tif", [[MANGROVE, MANGROVE]])
    b = _map(tmp_path, "b.tif", [[MANGROVE, FLAT]])
    zones = [_cells(0, 0, 1, 1), _cells(1, 0, 2, 1)]
    sd = 10 * math.hypot(6.8 / 3.92, 0.8 / 3.92)
    mean = 10 * (22 + 0.5 + 6.4 - 0.7)
    for level, z in ((90.0, 1.6448536), (95.0, 1.9599640)):
        _, data = _statement([(2020, p)], [(2020, b)], zones, ["a", "b"], last=2029, iterations=20000, level=level,
                             seed=3)
        a, bb = _area(data, "a"), _area(data, "b")
        assert (a["gross_removals_tco2e"], a["gross_removals_tco2e_lo"], a["gross_removals_tco2e_hi"]) == (0, 0, 0)
        assert bb["gross_removals_tco2e"] == pytest.approx(mean, rel=1e-9)
        assert bb["gross_removals_tco2e_lo"] == pytest.approx(mean - z * sd, abs=0.05 * sd)
        assert bb["gross_removals_tco2e_hi"] == pytest.approx(mean + z * sd, abs=0.05 * sd)
        # the total of both pixels has the same interval as b alone: a adds nothing in any draw
        t = data["total"]
        assert (t["gross_removals_tco2e_lo"], t["gross_removals_tco2e_hi"]) == pytest.approx(
            (bb["gross_removals_tco2e_lo"], bb["gross_removals_tco2e_hi"]), rel=1e-6)


def test_monitoring_periods_cumulative_with_vintages(tmp_path):
    """Tidal flat 2020, mangrove on the 2022 and 2025 maps (observed), projected to 2030; baseline: the 2020 map.
    Gross: 0 in 2020 and 2021, then G a year. Monitoring periods 2020-2022 and 2023-2025 (ex-post), 2026-2030
    (ex-ante). Leakage 10 % and buffer 20 % on the stock change: the cumulative net is 0.7 x the cumulative gross;
    issued = cumulative net - issued before; each year's vintage is 0.7 G."""
    m20 = _map(tmp_path, "a.tif", [[FLAT]])
    m22, m25 = _map(tmp_path, "b.tif", [[MANGROVE]]), _map(tmp_path, "c.tif", [[MANGROVE]])
    options = {"leakage_pct": 10, "buffer_pct": 20}
    _, data = _statement([(2020, m20), (2022, m22), (2025, m25)], [(2020, m20)], None, None, last=2030,
                         periods="2022, 2025", options=options)
    assert [(p["start"], p["last"], p["kind"]) for p in data["periods"]] == [
        (2020, 2022, "ex-post"), (2023, 2025, "ex-post"), (2026, 2030, "ex-ante")]
    cum = [G, 4 * G, 9 * G]
    for p, c, before in zip(data["periods"], cum, [0] + cum[:-1]):
        assert p["cumulative_net_tco2e"] == pytest.approx(0.7 * c, rel=1e-9)
        assert p["issued_tco2e"] == pytest.approx(0.7 * (c - before), rel=1e-9)
        lines = {ln["key"]: ln["value"] for ln in p["cumulative_deductions"]}
        assert lines["leakage"] == pytest.approx(0.1 * c, rel=1e-9)
        assert lines["buffer"] == pytest.approx(0.2 * c, rel=1e-9)
    assert [r["vintage_tco2e"] for r in data["years"]] == pytest.approx([0, 0] + [0.7 * G] * 9, rel=1e-9)
    assert data["total"]["issued_ex_post_tco2e"] == pytest.approx(0.7 * 4 * G, rel=1e-9)
    assert data["total"]["estimated_ex_ante_tco2e"] == pytest.approx(0.7 * 5 * G, rel=1e-9)
    assert [r["ex_ante"] for r in data["years"]] == [0] * 6 + [1] * 5
    jm = joint.prepare_joint([(2020, m20), (2022, m22), (2025, m25)], [(2020, m20)], BIO, TRANSITIONS, last=2030)
    with pytest.raises(InputError, match="runs past the last observed map"):
        credits.statement(credits.joint_accounts(jm), period_text="2022,2027")


def test_eligibility_by_baseline_class_per_area(tmp_path):
    """Baseline map 2020: [tidal flat, pond, mangrove / other land, tidal flat, open water]; the project's 2025 map is
    all mangrove. Area A (left two columns): 3 ha eligible (two tidal flat, one pond, the pond only if it was taken
    out of use), 1 ha excluded (other land). Area B (right column): 2 ha excluded (mangrove already, open water).
    Only the eligible ground is credited: 3 G in 2025."""
    m20 = _map(tmp_path, "a.tif", [[FLAT, POND, MANGROVE], [OTHER, FLAT, WATER]])
    m25 = _map(tmp_path, "b.tif", [[MANGROVE] * 3] * 2)
    zones = [_cells(0, 0, 2, 2), _cells(2, 0, 3, 2)]
    _, data = _statement([(2020, m20), (2025, m25)], [(2020, m20)], zones, ["A", "B"])
    e = {a["area_id"]: a for a in data["eligibility"]["areas"]}
    assert data["eligibility"]["methodology"] == "CCER-14-002-V01"
    assert data["eligibility"]["classes"] == ["2 tidal flat", "8 aquaculture ponds"]
    assert (e["A"]["eligible_ha"], e["A"]["excluded_ha"]) == (pytest.approx(3.0), pytest.approx(1.0))
    assert (e["B"]["eligible_ha"], e["B"]["excluded_ha"]) == (pytest.approx(0.0), pytest.approx(2.0))
    reasons = sorted(g["reason"] for g in e["B"]["ground"])
    assert reasons == ["excluded from CCER-14-002-V01: the baseline class 1 open water is not an eligible baseline "
                       "(2 tidal flat, 8 aquaculture ponds)",
                       "excluded from CCER-14-002-V01: the baseline class 3 mangrove is not an eligible baseline "
                       "(2 tidal flat, 8 aquaculture ponds)"]
    pond = [g for g in e["A"]["ground"] if "taken out of aquaculture" in g["reason"]]
    assert len(pond) == 1 and pond[0]["ha"] == pytest.approx(1.0) and pond[0]["status"] == "eligible"
    assert data["total"]["credited_tco2e"] == pytest.approx(3 * G, rel=1e-9)
    mangrove = [h for h in data["habitats"] if h["habitat"] == "mangrove"]
    assert [h["credited"] for h in mangrove] == [True, True, False, False, False]
    assert {h["methodology"] for h in mangrove} == {"CCER-14-002-V01"}
    assert sum(h["area_ha"] for h in mangrove if h["credited"]) == pytest.approx(3.0)
    assert any("tenure" in t for t in data["not_covered"]) and any("CH4" in t for t in data["not_covered"])
    # the eligible classes as a parameter: tidal flat only; a class the map lacks and an unknown name are warned
    _, data = _statement([(2020, m20), (2025, m25)], [(2020, m20)], zones, ["A", "B"],
                         eligible="tidal flat, salt marsh, mudland")
    assert data["eligibility"]["areas"][0]["eligible_ha"] == pytest.approx(2.0)
    assert data["eligibility"]["classes"] == ["2 tidal flat", "4 salt marsh"]
    assert any("eligible class 4 salt marsh does not occur in the baseline" in w for w in data["warnings"])
    assert any("'mudland' is not a class" in w for w in data["warnings"])


def test_habitats_no_methodology_covers_are_listed(tmp_path):
    """Other land planted with seaweed: no methodology covers it; listed as not credited, with the reason."""
    m20 = _map(tmp_path, "a.tif", [[OTHER, FLAT]])
    m25 = _map(tmp_path, "b.tif", [[SEAWEED, MANGROVE]])
    _, data = _statement([(2020, m20), (2025, m25)], [(2020, m20)], [_cells(0, 0, 2, 1)], ["A"])
    other = [h for h in data["habitats"] if not h["credited"]]
    assert len(other) == 1 and other[0]["area_ha"] == pytest.approx(1.0)
    assert other[0]["reason"] == "not credited: no CCER blue-carbon methodology covers the class 6 seaweed/macroalgae"
    assert data["total"]["credited_tco2e"] == pytest.approx(G, rel=1e-9)


def test_classes_named_by_the_table_not_by_their_codes():
    """The own test case numbers its classes its own way (1 mangrove ... 6 open water): habitats follow the names."""
    bio = it.read_biophysical(os.path.join(ROOT, "tests", "data", "invest_cbc_own", "biophysical.csv"))
    assert credits.scheme_classes(bio) == {1: 3, 2: 4, 3: 5, 4: 2, 5: 8, 6: 1}
    assert [credits.scheme_class(n) for n in ("Mangroves", "秋茄红树林", "parking lot", "Salt-marsh")] == [3, 3, None, 4]


def test_each_scenario_keeps_carbonchange_values(tmp_path):
    """The project of the own test case (maps 2005, 2012, 2018, 2024) against a baseline that keeps the 2005 map:
    the project's yearly values per area are carbonchange's on the same maps; the baseline's are carbonchange's on
    its 2005 map carried to the project's years."""
    own = os.path.join(ROOT, "tests", "data", "invest_cbc_own")
    bio = it.read_biophysical(os.path.join(own, "biophysical.csv"))
    tr = it.read_transitions(os.path.join(own, "transitions.csv"), bio)
    snaps = it.read_snapshots(os.path.join(own, "snapshots.csv"))
    zones = [box(500030, 2499130, 501170, 2499970), box(500400, 2499400, 500700, 2499700)]
    jm = joint.prepare_joint(snaps, snaps[:1], bio, tr, last=2030)
    acc = credits.joint_accounts(jm, zones, ["all", "part"])
    for scenario, maps, values in ((joint.PROJECT, snaps, acc.project),
                                   (joint.BASELINE, [(y, snaps[0][1]) for y, _ in snaps], acc.baseline)):
        run = change.carbon_change(change.prepare(maps, bio, tr, 2031), geoms=zones, zone_ids=["all", "part"])
        ref = {(a, y): v for a, y, v, _, _ in run["yearly"]}
        for i, area in enumerate(("all", "part")):
            assert values[i] == pytest.approx([ref[(area, y)] for y in range(2005, 2031)], rel=1e-9, abs=1e-9)


def test_map_error_hook_shares_area_draws_between_scenarios(tmp_path):
    """joint.simulate's ``area_draws`` (where draws of map error will enter): per-draw factors on each joint
    trajectory's area, the same for both scenarios. A factor of 1 + k/10 in draw k scales the planted hectare's
    net by it; the unchanged hectare stays exactly 0 in every draw."""
    m20, m25 = _map(tmp_path, "a.tif", [[FLAT, MANGROVE]]), _map(tmp_path, "b.tif", [[MANGROVE, MANGROVE]])
    with open(os.path.join(SAMPLE, "cbc_biophysical_demo.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    keep = [c for c in rows[0] if not c.endswith(("_lo", "_hi"))]
    bio = it.read_biophysical(write_csv(tmp_path / "fixed.csv", "\n".join(
        [",".join(keep)] + [",".join('"{}"'.format(r[c]) for c in keep) for r in rows]) + "\n"))
    tr = it.read_transitions(os.path.join(SAMPLE, "cbc_transitions_demo.csv"), bio)
    jm = joint.prepare_joint([(2020, m20), (2025, m25)], [(2020, m20), (2025, m25)], bio, tr)
    jm2 = joint.prepare_joint([(2020, m20), (2025, m25)], [(2020, m20)], bio, tr)
    for model, planted in ((jm, 0.0), (jm2, G)):
        traj = joint.scan(model)
        rows = [traj.area_m2]
        sim = joint.simulate(model, traj, rows, iterations=5, area_draws=lambda i0, i1: np.tile(
            1 + np.arange(i0, i1) / 10.0, (traj.keys.size, 1)), seed=2)
        assert sim.draws.shape == (1, 6, 5)
        # without bounded draws the net is the central one, scaled by the draw's factor
        assert sim.draws[0, -1, :] == pytest.approx(planted * (1 + np.arange(5) / 10.0), rel=1e-5, abs=1e-6)


def test_tables_route_takes_deductions_on_the_period_total():
    """The earlier interface (two yearly change tables): gross -100, 60, 60, 60 with leakage 10 % and buffer 20 %.
    Taken year by year the net was -100 + 3 x 60 x 0.9 x 0.8 = 29.6; on the period's total 80: leakage 8, and the
    buffer 16 on the stock change (net 56) or 14.4 on the net after leakage (net 57.6). Central values only,
    marked as not for verification."""
    head = "area_id,year,net_sequestration_tco2e\n"
    project = credits.rows_from_records(list(csv.DictReader((head + "A,2020,-100\nA,2021,60\nA,2022,60\nA,2023,60\n")
                                                            .splitlines())), "t")
    baseline = credits.rows_from_records(list(csv.DictReader((head + "".join("A,{},0\n".format(y) for y in
                                                                             range(2020, 2024))).splitlines())), "t")
    acc = credits.table_accounts(project, baseline)
    for base, net in (("stock_change", 56.0), ("net_after_leakage", 57.6)):
        data = credits.statement(acc, options={"leakage_pct": 10, "buffer_pct": 20, "buffer_base": base})
        lines = {ln["key"]: ln["value"] for ln in data["deductions"]["lines"]}
        assert data["total"]["gross_removals_tco2e"] == pytest.approx(80)
        assert lines["leakage"] == pytest.approx(8) and data["total"]["net_tco2e"] == pytest.approx(net)
        assert not data["verifiable"] and data["total"]["gross_removals_tco2e_lo"] is None
        assert "no joint interval" in data["cautions"][0]
    data = credits.statement(acc, options={"allochthonous_pct": 5})
    assert data["total"]["net_tco2e"] == pytest.approx(80) and "no soil part" in data["warnings"][0]


def test_refusals(tmp_path):
    a = _map(tmp_path, "a.tif", [[FLAT, FLAT]])
    shifted = make_raster(tmp_path / "s.tif", np.full((1, 2), FLAT, np.uint8), epsg=6933, x0=X0 + 50, y0=Y0, dx=PX,
                          dy=PX, nodata=0)
    with pytest.raises(InputError, match=r"In the baseline scenario: The 2020 snapshot \(.*s\.tif\) is not on the "
                                         r"grid of the 2020 snapshot.*gdalwarp -r near .* -te 0 2499900 200 2500000 "
                                         r"-tr 100 100"):
        joint.prepare_joint([(2020, a)], [(2020, shifted)], BIO, TRANSITIONS, last=2025)
    with pytest.raises(InputError, match="starts in 2015, before the first map \\(2020\\)"):
        joint.prepare_joint([(2020, a)], [(2020, a)], BIO, TRANSITIONS, start=2015, last=2025)
    with pytest.raises(InputError, match="project's first map is of 2020 but the baseline's of 2021"):
        joint.prepare_joint([(2020, a)], [(2021, a)], BIO, TRANSITIONS, last=2025)
    with pytest.raises(InputError, match="last observed year 2023 is not the year of a project map"):
        joint.prepare_joint([(2020, a), (2025, a)], [(2020, a)], BIO, TRANSITIONS, observed=2023)
    with pytest.raises(InputError, match="leakage percentage must be between 0 and 100"):
        credits.check_options({"leakage_pct": 120})
    with pytest.raises(InputError, match="In the baseline scenario: The snapshot years 2025, 2020 are not in"):
        joint.prepare_joint([(2020, a)], [(2025, a), (2020, a)], BIO, TRANSITIONS, last=2025)
    # a carried map makes a self-transition the table leaves empty: said so
    bio = it.read_biophysical(write_csv(tmp_path / "bio.csv", "code,lulc-class," + ",".join(it.BIOPHYSICAL_COLUMNS)
                                        + "\n2,tidal flat" + ",0" * 14 + "\n3,mangrove" + ",0" * 14 + "\n"))
    tr = it.read_transitions(write_csv(tmp_path / "tr.csv", "lulc-class,tidal flat,mangrove\ntidal flat,,accum\n"),
                             bio)
    m = _map(tmp_path, "m.tif", [[MANGROVE, MANGROVE]])
    jm = joint.prepare_joint([(2020, a), (2025, m)], [(2020, a)], bio, tr)
    with pytest.raises(InputError, match="baseline scenario has no map of 2025: its map of 2020 is carried"):
        credits.joint_accounts(jm)
