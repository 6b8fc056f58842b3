"""Every table of the plugin in the forms Excel saves: semicolons with a UTF-8 byte-order mark (Chinese Excel's
"CSV UTF-8" where the list separator is a semicolon), GB18030/GBK without a mark (Chinese Excel's "CSV (comma
delimited)"), tabs in UTF-16 (Excel's "Unicode text"), decimal commas; each read to the same values as the
plain comma-separated UTF-8 table, with Chinese values in a Chinese folder. Bad forms get a message naming the
separator or the encoding."""
import csv
import io
import os
import re

import numpy as np
import pytest

from bluecarbon.bluecarbon_qgis.engine import tables
from bluecarbon.bluecarbon_qgis.engine.carbon import densities, invest_tables as it, mariculture, offset
from bluecarbon.bluecarbon_qgis.engine.errors import InputError
from conftest import ROOT, run_alg, write_csv

OWN = os.path.join(ROOT, "tests", "data", "invest_cbc_own")
# the own case's classes under Chinese names
CHINESE = {"mangrove": "红树林", "salt marsh": "盐沼", "seagrass": "海草床", "tidal flat": "光滩",
           "aquaculture pond": "养殖塘", "open water": "开阔水域"}
FORMS = [  # (separator, encoding, decimal comma)
    (";", "utf-8-sig", True),   # Chinese/European Excel, CSV UTF-8
    (";", "gb18030", True),     # Chinese Excel, CSV (comma delimited) where the list separator is ';'
    (",", "gb18030", False),    # Chinese Excel, CSV (comma delimited): GBK
    ("\t", "utf-16", True),     # Excel, Unicode text
]
FORM_IDS = ["semicolon-bom", "semicolon-gbk", "comma-gbk", "tab-utf16"]
_DECIMAL = re.compile(r"^-?\d+\.\d+$")


def excel_form(text, sep, encoding, decimal_comma):
    """The bytes Excel would write for a comma-separated UTF-8 table: cells re-separated (and quoted where
    needed), CRLF line ends, decimals with a comma, '#' comment lines kept as they are."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            out.write(line + "\r\n")
            continue
        cells = next(csv.reader([line]))
        writer.writerow([c.replace(".", ",") if decimal_comma and _DECIMAL.match(c) else c for c in cells])
    return out.getvalue().encode(encoding)


def chinese(text):
    for en, zh in CHINESE.items():
        text = text.replace(en, zh)
    return text


def write_form(folder, name, text, form):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name)
    with open(path, "wb") as fh:
        fh.write(excel_form(text, *form))
    return path


def read_notes(reader, *args):
    notes = []
    with tables.notes_to(lambda template, fields: notes.append(template.format(**fields))):
        value = reader(*args)
    return value, notes


@pytest.mark.parametrize("form", FORMS, ids=FORM_IDS)
def test_invest_tables_in_excel_forms(tmp_path, form):
    """Biophysical, transition, snapshot, price and lookup tables: the same values as the comma-separated
    UTF-8 originals (class names in Chinese in both), read from a folder with a Chinese name."""
    folder = str(tmp_path / "项目表格")
    plain = str(tmp_path / "plain")
    os.makedirs(plain)
    texts = {
        "biophysical.csv": chinese(open(os.path.join(OWN, "biophysical.csv"), encoding="utf-8").read()),
        "transitions.csv": chinese(open(os.path.join(OWN, "transitions.csv"), encoding="utf-8").read()),
        "price_table.csv": open(os.path.join(OWN, "price_table.csv"), encoding="utf-8").read(),
        "snapshots.csv": "snapshot_year,raster_path\n2005,快照/土地覆盖_2005.tif\n2012,快照/土地覆盖_2012.tif\n",
        "lookup.csv": "code,lulc-class,is_coastal_blue_carbon_habitat\n1,红树林,TRUE\n4,光滩,FALSE\n",
    }
    for name, text in texts.items():
        write_csv(os.path.join(plain, name), text)
        write_form(folder, name, text, form)
    bio, notes = read_notes(it.read_biophysical, os.path.join(folder, "biophysical.csv"))
    ref = it.read_biophysical(os.path.join(plain, "biophysical.csv"))
    assert bio.classes == ref.classes
    assert bio.classes[1].name == "红树林" and bio.classes[1].values["biomass-yearly-accumulation"] == 9.2
    assert it.read_transitions(os.path.join(folder, "transitions.csv"), bio) == \
        it.read_transitions(os.path.join(plain, "transitions.csv"), ref)
    assert it.read_transitions(os.path.join(folder, "transitions.csv"), bio)[(1, 5)] == "high-impact-disturb"
    assert it.read_prices(os.path.join(folder, "price_table.csv")) == \
        it.read_prices(os.path.join(plain, "price_table.csv"))
    snaps = it.read_snapshots(os.path.join(folder, "snapshots.csv"))
    assert snaps == [(2005, os.path.join(folder, "快照", "土地覆盖_2005.tif")),
                     (2012, os.path.join(folder, "快照", "土地覆盖_2012.tif"))]
    assert it.read_lulc_lookup(os.path.join(folder, "lookup.csv")) == {1: ("红树林", True), 4: ("光滩", False)}
    sep, encoding, decimal = form
    said = " ".join(notes)
    assert ("semicolons" in said) == (sep == ";") and ("tabs" in said) == (sep == "\t")
    assert ("read as GB18030" in said) == (encoding == "gb18030")
    assert ("read as UTF-16" in said) == (encoding == "utf-16")
    assert ("decimals with a comma (such as" in said) == decimal


@pytest.mark.parametrize("form", FORMS, ids=FORM_IDS)
def test_plugin_tables_in_excel_forms(tmp_path, form):
    """The mariculture coefficients, the density tables and the conference inventory as shipped, in each form:
    the same rows (Chinese aliases, country names, categories and sources included)."""
    folder = str(tmp_path / "参数表")
    # mariculture coefficients (Chinese aliases separated by ';' inside a cell: quoted in a ';' file)
    text = open(mariculture.DEFAULT_TABLE, encoding="utf-8").read()
    got = mariculture.read_coefficients(write_form(folder, "养殖系数.csv", text, form))
    ref = mariculture.read_coefficients()
    assert got.species == ref.species and got.aliases == ref.aliases
    assert got.lookup("牡蛎").name == "oyster"
    # IPCC densities, with Chinese class names
    text = open(densities.DEFAULT_TABLE, encoding="utf-8").read().replace(",mangrove,", ",红树林,")
    got = densities.read_density_table(write_form(folder, "密度.csv", text, form))
    ref = densities.read_density_table(write_csv(tmp_path / "density.csv", text))
    fields = ("class_name", "values", "lo", "hi", "source", "climate_zone", "dist", "verified")
    assert {k: [getattr(r, f) for f in fields] for k, r in got.entries.items()} == \
        {k: [getattr(r, f) for f in fields] for k, r in ref.entries.items()}
    assert got.rows[3].class_name == "红树林"
    # country densities (country_zh)
    text = open(densities.COUNTRY_TABLE, encoding="utf-8").read()
    got = densities.read_country_table(write_form(folder, "国家.csv", text, form))
    assert got == densities.read_country_table()
    assert any(r["country_zh"] == "安哥拉" and r["soil_tc_ha"] == 383.43 for r in got)
    # the conference inventory, its sources and categories in Chinese
    text = open(os.path.join(ROOT, "sample_data", "conference_emissions.csv"), encoding="utf-8").read()
    text = text.replace("Venue electricity,energy,", "会场用电,能源,")
    got = offset.read_emissions(write_form(folder, "会议排放.csv", text, form))
    ref = offset.read_emissions(write_csv(tmp_path / "emissions.csv", text))
    assert got == ref and got[0].source == "会场用电" and got[0].category == "energy"
    assert got[0].tco2e == pytest.approx(120 * 0.5366)


def test_separator_found_from_the_header_line():
    assert tables.sniff_separator("code;lulc-class;biomass-initial") == ";"
    assert tables.sniff_separator("code\tlulc-class\tsource (Smith, 2010)") == "\t"
    assert tables.sniff_separator("code,lulc-class,source") == ","
    assert tables.sniff_separator('species;aliases;"a, b"') == ";"
    assert tables.sniff_separator("code") == ","


def test_what_cannot_be_read_is_named(tmp_path):
    """Another separator: the message says the separator or encoding is the problem, listing what the header
    gave; a decimal comma in a comma-separated table or thousands separators: refused, saying how to write
    numbers; bytes that are neither UTF-8 nor GB18030: named."""
    bio_text = open(os.path.join(OWN, "biophysical.csv"), encoding="utf-8").read()
    pipe = write_csv(tmp_path / "竖线.csv", bio_text.replace(",", "|"))
    with pytest.raises(InputError, match=r"none of the required columns .* separated by commas, gives the "
                                         r"column\(s\): code\|lulc-class.*separator or the encoding is probably"):
        it.read_biophysical(pipe)
    dens = "class_value,class_name,agb_tc_ha,bgb_tc_ha,dead_tc_ha,soil_tc_ha,seq_tc_ha_yr,source\n"
    with pytest.raises(InputError, match=r"'1,5' is not a number. Write decimals with a point"):
        densities.read_density_table(write_csv(tmp_path / "c.csv", dens + '3,红树林,"1,5",5,0,200,1.5,s\n'))
    semi = dens.replace(",", ";")
    with pytest.raises(InputError, match=r"'1.234,5' is not a number. Write decimals with a point"):
        densities.read_density_table(write_csv(tmp_path / "s.csv", semi + "3;红树林;1.234,5;5;0;200;1,5;s\n"))
    raw = tmp_path / "latin.csv"
    raw.write_bytes(bio_text.replace("mangrove", "mangle é").encode("latin-1"))
    with pytest.raises(InputError, match="neither UTF-8 nor GB18030"):
        it.read_biophysical(str(raw))
    # a row with more cells than the header: refused only when the extra cells hold something
    ok = densities.read_density_table(write_csv(tmp_path / "t.csv", semi + "3;红树林;1,5;5;0;200;1,5;s;;\n"))
    assert ok.rows[3].values["agb_tc_ha"] == 1.5
    with pytest.raises(InputError, match="more cells than the header"):
        densities.read_density_table(write_csv(tmp_path / "u.csv", semi + "3;红树林;1,5;5;0;200;1,5;s;x\n"))


def test_carbonchange_reads_excel_forms_headless(tmp_path):
    """qgis_process: the own case with its biophysical table semicolon-separated with a byte-order mark and
    decimal commas, its transition table in GBK, Chinese class names, all in a Chinese folder: the same numbers
    as the comma-separated UTF-8 tables, and the log says how each was read."""
    folder = str(tmp_path / "中文 表格")
    bio = write_form(folder, "生物物理.csv", chinese(open(os.path.join(OWN, "biophysical.csv"),
                                                         encoding="utf-8").read()), (";", "utf-8-sig", True))
    trans = write_form(folder, "转换.csv", chinese(open(os.path.join(OWN, "transitions.csv"), encoding="utf-8").read()),
                       (",", "gb18030", False))
    common = {"SNAPSHOT_TABLE": os.path.join(OWN, "snapshots.csv"), "ANALYSIS_YEAR": 2030}
    code, res, text = run_alg("carbonchange", dict(common, BIOPHYSICAL=bio, TRANSITIONS=trans,
                                                   OUTPUT_FOLDER=os.path.join(folder, "输出")))
    assert code == 0, text
    code, ref, ref_text = run_alg("carbonchange", dict(common, BIOPHYSICAL=os.path.join(OWN, "biophysical.csv"),
                                                       TRANSITIONS=os.path.join(OWN, "transitions.csv"),
                                                       OUTPUT_FOLDER=str(tmp_path / "ref")))
    assert code == 0, ref_text
    for key in ("STOCK_START_TCO2E", "STOCK_END_TCO2E", "NET_SEQUESTRATION_TCO2E", "EMISSIONS_TCO2E"):
        assert res[key] == pytest.approx(ref[key], rel=1e-12)
    assert res["EMISSIONS_TCO2E"] > 0
    assert "生物物理.csv is separated by semicolons; it was read so" in text
    assert "decimals with a comma (such as 0,3)" in text
    assert "转换.csv is not UTF-8; it was read as GB18030" in text
    assert "semicolons" not in ref_text and "GB18030" not in ref_text
    from osgeo import gdal
    a = gdal.Open(os.path.join(folder, "输出", "carbon-stock-at-2030.tif")).ReadAsArray()
    b = gdal.Open(str(tmp_path / "ref" / "carbon-stock-at-2030.tif")).ReadAsArray()
    assert np.array_equal(a, b)
