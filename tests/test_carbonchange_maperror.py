"""bluecarbon:carbonchange with a reference sample of transitions (REFERENCE) through qgis_process: the whole
raster's adjusted transition areas against bluecarbon:accuracyassessment's on the transition map of the same
snapshots and the same sample, the adjusted carbon per area against Σ_i A_i Σ_j p(j | i) r_j written out with
the per-transition results by hand, the report, and bad input."""
import csv

import numpy as np
import pytest
from osgeo import ogr

from conftest import make_polygons, read_layer, run_alg, write_csv
from test_change_accuracy_algs import SIZE, X0, Y0, by_value, grow, label, transition_map_run
from test_engine_change_accuracy import MAP_2015, MAP_2024
from test_engine_change_error import BIO, TRANSITIONS, by_hand

# two areas in the maps' CRS (UTM 50N): the west and the east half, the west one cutting pixels
AREAS = ["POLYGON((500000 2500000, 500395 2500000, 500395 2499400, 500000 2499400, 500000 2500000))",
         "POLYGON((500395 2500000, 500800 2500000, 500800 2499400, 500395 2499400, 500395 2500000))"]


def _rows(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def chain(tmp_path):
    """Snapshots 2015 and 2024, their transition map, a change-stratified sample labelled from the truth and
    accuracyassessment's results."""
    before, after, truth, raster = transition_map_run(tmp_path)
    a, b = str(tmp_path / "2015.tif"), str(tmp_path / "2024.tif")  # the two maps, written there
    sample = tmp_path / "样本.gpkg"
    rc, _, text = run_alg("samplingdesign", {"INPUT": raster, "OUTPUT": sample})
    assert rc == 0, text
    label(sample, before, truth)
    rc, _, text = run_alg("accuracyassessment", {"INPUT": raster, "REFERENCE": sample,
                                                 "OUTPUT": tmp_path / "accuracy.gpkg"})  # full doubles
    assert rc == 0, text
    bio = write_csv(tmp_path / "bio.csv", BIO)
    tr = write_csv(tmp_path / "tr.csv", TRANSITIONS)
    areas = make_polygons(tmp_path / "areas.gpkg", AREAS, epsg=32650, fields={"name": ["west", "east"]})
    return dict(a=a, b=b, sample=sample, bio=bio, tr=tr, areas=areas, accuracy=by_value(tmp_path / "accuracy.gpkg"))


def _params(chain, tmp_path, **extra):
    return dict({"SNAPSHOTS": [chain["a"], chain["b"]], "SNAPSHOT_YEARS": "2015,2024", "BIOPHYSICAL": chain["bio"],
                 "TRANSITIONS": chain["tr"], "ANALYSIS_YEAR": 2034, "REFERENCE": chain["sample"],
                 "OUTPUT_FOLDER": str(tmp_path / "rasters")}, **extra)


def test_adjusted_change_end_to_end(tmp_path, chain):
    params = _params(chain, tmp_path, AREAS=chain["areas"], ID_FIELD="name", ITERATIONS=300,
                     OUTPUT_TABLE=str(tmp_path / "change.gpkg"), OUTPUT_ADJUSTED=str(tmp_path / "adjusted.gpkg"),
                     OUTPUT_REPORT=str(tmp_path / "报告.html"))
    rc, res, text = run_alg("carbonchange", params)
    assert rc == 0, text
    assert "the map's error rates inside each area are those of the whole map" in text.lower()
    adjusted = read_layer(tmp_path / "adjusted.gpkg")
    # the whole raster's adjusted transition areas are accuracyassessment's, to 1e-9
    acc = {(int(r["from_class"]), int(r["to_class"])): r for r in chain["accuracy"].values()}
    whole = {(int(r["from_class"]), int(r["to_class"])): r for r in adjusted if r["area_id"] == "whole raster"}
    assert set(whole) == set(acc)
    for pair, r in whole.items():
        assert float(r["adjusted_ha"]) == pytest.approx(float(acc[pair]["adjusted_ha"]), rel=1e-9, abs=1e-9)
        assert float(r["mapped_ha"]) == pytest.approx(float(acc[pair]["mapped_ha"]), rel=1e-9, abs=1e-9)
    # p(j | i) = n_ij / n_i. counted here from the points: map transition from the snapshots, reference from labels
    before, after = grow(MAP_2015), grow(MAP_2024)
    n = {}
    ds = ogr.Open(str(chain["sample"]))
    for f in ds.GetLayer(0):
        g = f.GetGeometryRef()
        r, c = int((Y0 - g.GetY()) // SIZE), int((g.GetX() - X0) // SIZE)
        i, j = (int(before[r, c]), int(after[r, c])), (f.GetField("ref_from"), f.GetField("ref_to"))
        n.setdefault(i, {}).setdefault(j, 0)
        n[i][j] += 1
    p = {i: {j: k / sum(row.values()) for j, k in row.items()} for i, row in n.items()}
    table = read_layer(tmp_path / "change.gpkg")
    assert len(table) == 4
    for row in table:
        area = {(int(r["from_class"]), int(r["to_class"])): float(r["mapped_ha"]) for r in adjusted
                if r["area_id"] == row["area_id"]}
        t = 0 if row["period_start"] == 2015 else 1
        for name, field in (("accumulation", "accumulation_tco2e"), ("emissions", "emissions_tco2e"),
                            ("net", "net_sequestration_tco2e")):
            expected = sum(a * sum(q * by_hand(*j)[name][t] for j, q in p[i].items()) for i, a in area.items()
                           if a > 0)
            assert float(row[field + "_adj"]) == pytest.approx(expected, rel=1e-6, abs=1e-9)
            mapped = sum(a * by_hand(*i)[name][t] for i, a in area.items())
            assert float(row[field]) == pytest.approx(mapped, rel=1e-6, abs=1e-9)
            assert float(row[field + "_adj_lo"]) <= float(row[field + "_adj"]) <= float(row[field + "_adj_hi"])
    # the mapped loss of mangrove misses the omitted loss: more adjusted emissions than mapped ones
    assert sum(float(r["emissions_tco2e_adj"]) for r in table) > sum(float(r["emissions_tco2e"]) for r in table)
    html = (tmp_path / "报告.html").read_text(encoding="utf-8")
    assert "Map error: mapped and area-adjusted change" in html and "Net, adjusted" in html
    assert "those of the whole map" in html


def test_adjusted_change_headless_whole_raster_and_in_chinese(tmp_path, chain):
    """Only the required inputs with REFERENCE; the report in Simplified Chinese says the assumption."""
    from conftest import make_profile, qgis_env

    env = qgis_env(QGIS_CUSTOM_CONFIG_PATH=make_profile(tmp_path / "profile", locale="zh-Hans"))
    rc, res, text = run_alg("carbonchange", _params(chain, tmp_path, OUTPUT_TABLE=str(tmp_path / "c.csv"),
                                                    OUTPUT_REPORT=str(tmp_path / "r.html")), env=env)
    assert rc == 0, text
    rows = _rows(tmp_path / "c.csv")
    assert [r["period_start"] for r in rows] == ["2015", "2024"] and rows[1]["net_sequestration_tco2e_adj"]
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "制图误差：制图变化与面积校正后的变化" in html and "假设各区域内的地图错误率与整幅地图相同" in html


def test_adjusted_change_bad_input(tmp_path, chain):
    out = tmp_path / "c.csv"

    def refused(message, **extra):
        rc, _, text = run_alg("carbonchange", _params(chain, tmp_path, OUTPUT_TABLE=str(out), **extra))
        assert rc != 0 and message in text and "Traceback" not in text, text
        assert not out.exists()

    # a reference transition whose cell in the transition table is empty
    tr = write_csv(tmp_path / "tr_gap.csv", TRANSITIONS.replace("salt marsh,med-impact-disturb", "salt marsh,"))
    refused("labels the transition salt marsh -> open water (codes 4 -> 1)", TRANSITIONS=tr)
    # a point labelled at one date only
    ds = ogr.Open(str(chain["sample"]), 1)
    lyr = ds.GetLayer(0)
    f = lyr.GetFeature(4)
    f.SetFieldNull("ref_to")
    lyr.SetFeature(f)
    ds = None
    refused("1 reference point(s) have a class at one date only (ref_from, ref_to): feature(s) 4")
    # three snapshots
    refused("Map error is carried into stock change for two snapshots",
            SNAPSHOTS=[chain["a"], chain["b"], chain["b"]], SNAPSHOT_YEARS="2015,2024,2030")
