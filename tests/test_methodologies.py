"""CCER methodologies by habitat class: the shipped tables, eligibility of baseline ground, classes not credited."""
import csv
import io
import os

import pytest

from bluecarbon.bluecarbon_qgis.engine import classes
from bluecarbon.bluecarbon_qgis.engine.carbon import methodologies as m
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from bluecarbon.bluecarbon_qgis.engine.tables import DATA_DIR

TABLES = ("habitat_methodologies.csv", "ccer_methodologies.csv", "methodology_gaps.csv")


def rows(name):
    with open(os.path.join(DATA_DIR, name), encoding="utf-8") as fh:
        return list(csv.DictReader(io.StringIO("".join(ln for ln in fh if not ln.startswith("#")))))


@pytest.mark.parametrize("name", TABLES)
def test_every_row_names_its_source_and_how_it_was_verified(name):
    table = rows(name)
    assert table and all(r["source"].strip() and r["verified"].strip() for r in table)
    assert all(None not in r and None not in r.values() for r in table)  # no row longer or shorter than the header


def test_every_class_of_the_scheme_has_a_row_with_its_name():
    table = {int(r["class_value"]): r for r in rows("habitat_methodologies.csv")}
    assert set(table) == set(classes.NAMES)
    assert all(table[v]["class_name"] == classes.NAMES[v] for v in table)
    assert classes.NAMES[m.AQUACULTURE_PONDS] == "aquaculture ponds"


def test_methodologies_as_the_ccer_list_gives_them():
    cat = m.load()
    assert {k: v.title_zh for k, v in cat.methodologies.items()} == {
        "CCER-14-002-V01": "温室气体自愿减排项目方法学 红树林营造",
        "CCER-14-003-V01": "温室气体自愿减排项目方法学 滨海盐沼植被修复",
        "CCER-14-004-V01": "温室气体自愿减排项目方法学 海草床植被修复"}
    assert m.methodology_for(3).methodology.id == "CCER-14-002-V01"
    assert m.methodology_for(4).methodology.id == "CCER-14-003-V01"
    assert m.methodology_for(5).methodology.id == "CCER-14-004-V01"
    assert m.methodology_for(3).eligible_baseline == (2, 8)
    assert "not found" in m.methodology_for(3).methodology.crediting_period.lower()


def test_classes_no_methodology_covers_are_listed_as_not_credited():
    listed = m.coverage([0, 1, 2, 3, 6, 7, 8, 9, 12])
    assert [c.class_value for c in listed] == [0, 1, 2, 3, 6, 7, 8, 9, 12]
    assert [c.credited for c in listed] == [False, False, False, True, False, False, False, False, False]
    assert listed[5].reason() == "not credited: no CCER blue-carbon methodology covers the class 7 floating mariculture"
    assert "HY/T 0305-2021" in listed[5].note and "HY/T 0305-2021" in listed[5].note_zh
    assert listed[0].reason() == "not credited: no project class on this ground (nodata)"
    assert listed[-1].reason().startswith("not credited: class 12 is not in the plugin's class scheme")
    assert listed[3].reason() == "credited under CCER-14-002-V01"


@pytest.mark.parametrize("baseline,project,eligible,checked,start", [
    (2, 3, True, True, "eligible under CCER-14-002-V01: the baseline class 2 tidal flat is an eligible baseline"),
    (8, 3, True, True, "eligible under CCER-14-002-V01 only if the ponds were taken out of aquaculture"),
    (3, 3, False, True, "excluded from CCER-14-002-V01: the baseline class 3 mangrove is not an eligible baseline"),
    (4, 3, False, True, "excluded from CCER-14-002-V01: the baseline class 4 salt marsh"),
    (0, 3, False, True, "excluded: no baseline class on this ground (nodata)"),
    (2, 4, True, False, "counted under CCER-14-003-V01, eligibility not checked"),
    (9, 5, True, False, "counted under CCER-14-004-V01, eligibility not checked"),
    (2, 6, False, True, "not credited: no CCER blue-carbon methodology covers the class 6 seaweed/macroalgae"),
    (2, 1, False, True, "not credited: no CCER blue-carbon methodology covers the class 1 open water"),
])
def test_eligibility_with_its_reason(baseline, project, eligible, checked, start):
    e = m.eligible(baseline, project)
    assert (e.eligible, e.checked) == (eligible, checked)
    assert e.reason().startswith(start)


def test_eligible_classes_as_a_parameter():
    """The default for mangrove planting is tidal flat and aquaculture ponds; a project that knows its ponds are
    still worked leaves 8 out; eligible classes can be given where the methodology's are unknown."""
    assert not m.eligible(8, 3, eligible_classes=[2]).eligible
    assert m.eligible(8, 3, eligible_classes=[2]).reason().endswith("(2 tidal flat)")
    e = m.eligible(2, 4, eligible_classes=(2,))
    assert (e.eligible, e.checked) == (True, True)
    assert not m.eligible(1, 4, eligible_classes=(2,)).eligible
    with pytest.raises(InputError, match="whole numbers"):
        m.eligible(2, 3, eligible_classes=["tidal flat"])


def test_reasons_translate_class_names_too():
    zh = {classes.NAMES[3]: "红树林", classes.NAMES[2]: "潮滩", classes.NAMES[8]: "养殖池塘",
          m.EXCLUDED: "不计入 {methodology}：基线类型 {baseline} 不是合格基线（{classes}）"}
    text = m.eligible(3, 3).reason(lambda s: zh.get(s, s))
    assert text == "不计入 CCER-14-002-V01：基线类型 3 红树林 不是合格基线（2 潮滩, 8 养殖池塘）"


def test_what_the_plugin_does_not_cover():
    items = " ".join(g.item for g in m.not_covered())
    for words in ("Field plots", "CH4 and N2O", "tenure", "Retirement of aquaculture ponds"):
        assert words in items
    mangrove = m.not_covered(["CCER-14-002-V01"])
    assert {g.methodology_id for g in mangrove} == {"all", "CCER-14-002-V01"}
    assert all(g.item_zh for g in m.not_covered())


def test_a_table_without_sources_or_with_an_unknown_methodology_is_refused(tmp_path):
    head = "class_value,class_name,methodology_id,eligible_baseline_classes,note,note_zh,source,verified\n"
    bad = tmp_path / "no_source.csv"
    bad.write_text(head + "3,mangrove,CCER-14-002-V01,2;8,n,n,,checked\n", encoding="utf-8")
    with pytest.raises(InputError, match="lacks its source"):
        m.load(habitats=str(bad))
    bad.write_text(head + "3,mangrove,CCER-99,2;8,n,n,s,v\n", encoding="utf-8")
    with pytest.raises(InputError, match="methodology of the methodology table"):
        m.load(habitats=str(bad))
    bad.write_text(head + "3,mangrove,CCER-14-002-V01,2;flat,n,n,s,v\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a class value"):
        m.load(habitats=str(bad))
