"""A half-life of 0: refused where it matters until the user says what it means; 'never emitted' (InVEST's
convention) and 'emitted at once' (the limit of the half-life formula) by hand, in both readings of the model,
on the shipped demo tables with the mangrove's soil half-life set to 0."""
import os

import numpy as np
import pytest

from bluecarbon.bluecarbon_qgis.engine.carbon import change, invest_tables as it
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from conftest import ROOT, make_raster, run_alg, write_csv

DEMO_BIO = os.path.join(ROOT, "sample_data", "cbc_biophysical_demo.csv")
DEMO_TR = os.path.join(ROOT, "sample_data", "cbc_transitions_demo.csv")
MANGROVE_ROW = "3,mangrove,450,1500,10,1,0.5,0.8,1.0,22,7.5,"


def demo_bio(tmp_path, soil_half_life):
    """The demo biophysical table with the mangrove's soil-half-life replaced."""
    text = open(DEMO_BIO, encoding="utf-8").read()
    assert MANGROVE_ROW in text
    return write_csv(tmp_path / "bio.csv", text.replace(MANGROVE_ROW, MANGROVE_ROW.replace(
        ",22,7.5,", ",22,{},".format(soil_half_life))))


def scene(tmp_path, before, after):
    origin = dict(epsg=32650, x0=500000, y0=2500000, dx=100, dy=100, nodata=255)
    a = make_raster(tmp_path / "a.tif", np.array([before], np.uint8), **origin)
    b = make_raster(tmp_path / "b.tif", np.array([after], np.uint8), **origin)
    return [(2019, a), (2024, b)]


# Pixel 0: mangrove (3) in 2019, dug into aquaculture ponds (8) in 2024 (high-impact-disturb in the demo
# transition table); pixel 1: mangrove kept (accum); pixel 2: tidal flat (2) kept (NCC; its biomass half-life is
# 0 but it is never disturbed). Analysis year 2034.
BEFORE, AFTER = [3, 3, 2], [8, 3, 2]
B24 = 450 + 22 * 5               # mangrove biomass at the start of 2024 (5 years of accumulation)
S24 = 1500 + 6.4 * 5             # mangrove soil at the start of 2024: 1532
SOIL_D = 0.66 * S24              # soil-high-impact-disturb x soil: 1011.12 t CO2e/ha disturbed
BIOMASS_E = 1.0 * B24 * (1 - 0.5 ** (10 / 1))   # biomass (half-life 1 year) emitted 2024-2033


def run(tmp_path, meaning, method=change.GUIDE, soil_half_life=0):
    bio = it.read_biophysical(demo_bio(tmp_path, soil_half_life))
    model = change.prepare(scene(tmp_path, BEFORE, AFTER), bio, it.read_transitions(DEMO_TR, bio), 2034,
                           method=method, half_life_zero=meaning)
    return change.carbon_change(model)


def trajectory(r, classes):
    """The row of the results that holds the pixels with these classes."""
    return [row.tolist() for row in r["traj"].classes].index(classes)


def test_refused_by_default_naming_the_cell_and_both_meanings(tmp_path):
    assert SOIL_D == pytest.approx(1011.12)
    with pytest.raises(InputError) as err:
        run(tmp_path, change.HL_REFUSE)
    text = str(err.value)
    assert "mangrove soil-half-life = 0 (mangrove -> aquaculture ponds 2019-2024: high-impact-disturb, " \
           "soil-high-impact-disturb = 0.66, 1 pixels)" in text
    assert "never emitted" in text and "emitted at once" in text and "(HALF_LIFE_ZERO)" in text
    # the tidal flat's biomass half-life of 0 alone (never disturbed, or disturbed with a fraction of 0) is fine
    bio = it.read_biophysical(demo_bio(tmp_path, 7.5))
    model = change.prepare(scene(tmp_path, [2, 2], [2, 1]), bio, it.read_transitions(DEMO_TR, bio), 2034)
    assert change.carbon_change(model)["warnings"] == []


@pytest.mark.parametrize("method", [change.GUIDE, change.INVEST])
def test_never_and_at_once_by_hand(tmp_path, method):
    """Never emitted: the soil's 1011.12 t CO2e/ha stay in the stock; emitted at once: all of it in 2024, none
    after; the biomass (half-life 1) the same in both; the kept pixels untouched."""
    never = run(tmp_path, change.HL_NEVER, method)
    once = run(tmp_path, change.HL_INSTANT, method)
    for r, soil in ((never, 0.0), (once, SOIL_D)):
        det, i = r["det"], trajectory(r, [3, 8])
        assert det.emissions[1][i, 0] == pytest.approx(BIOMASS_E + soil, rel=1e-12)
        assert det.yearly[2024 - 2019][i, 0] == pytest.approx(-(B24 * 0.5 + soil), rel=1e-12)
        assert det.yearly[2025 - 2019][i, 0] == pytest.approx(-B24 * 0.25, rel=1e-12)
        assert det.stocks[2034][i, 0] - det.stocks[2024][i, 0] == pytest.approx(-(BIOMASS_E + soil), rel=1e-12)
        assert [det.emissions[1][trajectory(r, c), 0] for c in ([3, 3], [2, 2])] == [0.0, 0.0]
    i = trajectory(never, [3, 8])
    diff = never["det"].net[1][i, 0] - once["det"].net[1][i, 0]
    assert diff == pytest.approx(1011.12, rel=1e-12)   # t CO2e/ha the InVEST convention never emits
    for r, word in ((never, "never emitted (InVEST's convention)"), (once, "emitted at once")):
        said = [t.format(**f) for t, f in r["warnings"]]
        assert any(word in w and "mangrove soil-half-life = 0" in w for w in said), said


@pytest.mark.parametrize("method", [change.GUIDE, change.INVEST])
def test_at_once_is_the_limit_of_a_short_half_life(tmp_path, method):
    """E = D (0.5^((t-s)/H) - 0.5^((t-s+1)/H)) with H = 0.001 years: all of D in year s (to 1e-12), as 'at once'."""
    once = run(tmp_path, change.HL_INSTANT, method)["det"]
    short = run(tmp_path, change.HL_REFUSE, method, soil_half_life=0.001)["det"]
    for k in range(len(once.yearly)):
        assert short.yearly[k][:, 0] == pytest.approx(once.yearly[k][:, 0], rel=1e-12, abs=1e-9)


def test_carbonchange_half_life_zero_headless(tmp_path):
    """qgis_process: refused without HALF_LIFE_ZERO, the message naming the cell and the parameter; with
    HALF_LIFE_ZERO=1 (never) and 2 (at once) the emissions differ by 1011.12 t CO2e per ha of the pixel."""
    bio = demo_bio(tmp_path, 0)
    scene(tmp_path, [3], [8])
    snaps = write_csv(tmp_path / "snapshots.csv", "snapshot_year,raster_path\n2019,a.tif\n2024,b.tif\n")
    common = {"SNAPSHOT_TABLE": snaps, "BIOPHYSICAL": bio, "TRANSITIONS": DEMO_TR, "ANALYSIS_YEAR": 2034}
    code, _, text = run_alg("carbonchange", dict(common, OUTPUT_FOLDER=str(tmp_path / "o0")))
    assert code != 0 and "Traceback" not in text
    assert "mangrove soil-half-life = 0" in text and "A half-life of 0 means' (HALF_LIFE_ZERO)" in text
    assert not (tmp_path / "o0").exists() or not os.listdir(tmp_path / "o0")
    results = {}
    for choice in (1, 2):
        code, res, text = run_alg("carbonchange", dict(common, HALF_LIFE_ZERO=choice,
                                                       OUTPUT_FOLDER=str(tmp_path / "o{}".format(choice)),
                                                       OUTPUT_TABLE=str(tmp_path / "t{}.csv".format(choice))))
        assert code == 0, text
        results[choice] = res
        assert ("never emitted (InVEST's convention) for: mangrove soil-half-life = 0" in text) == (choice == 1)
        assert ("emitted at once, in the year of the transition, for: mangrove" in text) == (choice == 2)
    import csv
    area = sum(float(r["area_ha"]) for r in csv.DictReader(open(tmp_path / "t1.csv", encoding="utf-8"))
               if r["period_start"] == "2024")
    assert 0.99 < area < 1.01   # one 100 m pixel, true area
    assert results[2]["EMISSIONS_TCO2E"] - results[1]["EMISSIONS_TCO2E"] == pytest.approx(1011.12 * area, rel=1e-6)
