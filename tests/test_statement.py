"""The statement of net removals from its data: HTML in English and Chinese, and the same statement printed as an
A4 PDF through QtWebKit, checked on its rendered pages (page size, ink, the headline figure, embedded CJK fonts,
Chinese glyphs that are not tofu, tables within the page's width)."""
import hashlib
import os
import re
import sys

import numpy as np
import pytest

import statement_check as sc
from conftest import ROOT

from bluecarbon.bluecarbon_qgis.engine.carbon import deductions
from bluecarbon.bluecarbon_qgis.engine.reports.html import fmt as num
from bluecarbon.bluecarbon_qgis.engine.reports.statement import band, statement_html, value, view, years_text

sys.path.insert(0, os.path.join(ROOT, "scripts"))
import i18n_strings  # noqa: E402

ZH = {k: v for k, v in i18n_strings.translations().items() if v}


def zh(s):
    return ZH.get(s, s)


def sample_data(tmp_path, translate=None):
    """Statement data shaped as carbon.credits.statement gives it: 2020–2027, observed up to 2025, periods ending
    2025 and 2027, the deduction lines of the deductions module on joint draws, two areas (one named in
    Chinese, one with markup in its name), three habitat rows, two inputs with their real checksums."""
    tr = translate or (lambda s: s)
    years = list(range(2020, 2028))
    rng = np.random.default_rng(3)
    gross = np.array([0, 0, 0, 0, 0, 300.0, 300.0, 300.0])
    draws = gross[:, None] * rng.normal(1.0, 0.15, 2000)[None, :]
    issues = deductions.monitoring_periods(years, gross, [2025, 2027], draws=draws, standard="CCER",
                                           leakage_pct=10, buffer_pct=20)
    inputs = []
    for name, content in (("flat_2020.tif", b"map 2020"), ("生境_2025.tif", b"map 2025")):
        p = tmp_path / name
        p.write_bytes(content)
        inputs.append({"role": tr("project map {year}").format(year=name[-8:-4]), "path": str(p),
                       "sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content)})
    inputs.append({"role": tr("project areas"), "path": "", "sha256": None, "bytes": None})
    last = issues[-1].cumulative
    periods = []
    for s, issue in zip((2020, 2026), issues):
        c = issue.cumulative
        periods.append({"start": s, "last": issue.end, "kind": "ex-post" if issue.end <= 2025 else "ex-ante",
                        "cumulative_net_tco2e": c.net.value, "cumulative_net_tco2e_lo": c.net.lo,
                        "cumulative_net_tco2e_hi": c.net.hi, "issued_before_tco2e": issue.issued_before,
                        "issued_tco2e": issue.issued, "note": issue.note(translate),
                        "vintages": [{"year": y, "tco2e": v} for y, v in sorted(issue.vintages.items())]})
    vint = {y: v for i in issues for y, v in i.vintages.items()}
    lo, hi = np.percentile(draws, [5, 95], axis=1)
    year_rows = [{"year": y, "kind": "ex-post" if y <= 2025 else "ex-ante", "baseline_tco2e": 0.0,
                  "project_tco2e": g, "gross_removals_tco2e": g, "credited_tco2e": g, "credited_tco2e_lo": a,
                  "credited_tco2e_hi": b, "vintage_tco2e": vint.get(y, 0.0)}
                 for y, g, a, b in zip(years, gross, lo, hi)]
    mangrove = "CCER-14-002-V01"
    title = "温室气体自愿减排项目方法学 红树林营造" if translate else "mangrove planting"
    return {
        "title": tr("Net removals of the project against its baseline"), "created": "2026-12-05 10:00",
        "route": "joint", "verifiable": True, "cautions": [], "warnings": [tr("Some areas overlap")],
        "inputs": inputs,
        "parameters": {"confidence_pct": 90.0, "leakage_pct": 10.0, "buffer_pct": 20.0, "iterations_run": 2000,
                       "monitoring_period_ends": [2025, 2027], "eligible_classes": ["tidal flat"]},
        "period": {"start": 2020, "last": 2027, "years": 8}, "observed_until": 2025,
        "years_ex_post": years[:6], "years_ex_ante": years[6:],
        "total": {"baseline_tco2e": 0.0, "project_tco2e": 900.0, "gross_removals_tco2e": 900.0,
                  "credited_tco2e": 900.0, "net_tco2e": last.net.value, "net_tco2e_lo": last.net.lo,
                  "net_tco2e_hi": last.net.hi, "issued_ex_post_tco2e": issues[0].issued,
                  "estimated_ex_ante_tco2e": issues[1].issued, "area_ha": 3.0, "lost_ha": 0.0, "overlap_ha": 2.0},
        "areas": [{"area_id": "北区", "area_ha": 3.0, "lost_ha": 0.0, "baseline_tco2e": 0.0, "project_tco2e": 900.0,
                   "gross_removals_tco2e": 900.0, "gross_removals_tco2e_lo": 800.0, "gross_removals_tco2e_hi": 1000.0},
                  {"area_id": "<b>South</b>", "area_ha": 2.0, "lost_ha": 0.1, "baseline_tco2e": 0.0,
                   "project_tco2e": 600.0, "gross_removals_tco2e": 600.0, "gross_removals_tco2e_lo": None,
                   "gross_removals_tco2e_hi": None}],
        "years": year_rows, "periods": periods,
        "deductions": {"standard": last.standard, "confidence_pct": last.confidence,
                       "lines": last.as_dicts(translate)},
        "habitats": [
            {"habitat": tr("mangrove"), "methodology": mangrove, "methodology_title": title, "credited": True,
             "reason": "", "area_ha": 3.0, "gross_removals_tco2e": 900.0, "gross_removals_tco2e_lo": 800.0,
             "gross_removals_tco2e_hi": 1000.0},
            {"habitat": tr("mangrove"), "methodology": mangrove, "methodology_title": title, "credited": False,
             "reason": tr("excluded"), "area_ha": 0.5, "gross_removals_tco2e": 20.0,
             "gross_removals_tco2e_lo": 15.0, "gross_removals_tco2e_hi": 25.0},
            {"habitat": "", "methodology": "", "methodology_title": "", "credited": False,
             "reason": tr("open water"), "area_ha": 1.0, "gross_removals_tco2e": 0.0,
             "gross_removals_tco2e_lo": 0.0, "gross_removals_tco2e_hi": 0.0}],
        "eligibility": {"methodology": mangrove, "classes": [tr("tidal flat")], "areas": [
            {"area_id": "北区", "eligible_ha": 3.0, "unchecked_ha": 0.0, "excluded_ha": 0.5, "ground": [
                {"methodology": mangrove, "ha": 3.0, "status": "eligible", "reason": "eligible"},
                {"methodology": mangrove, "ha": 0.5, "status": "excluded", "reason": tr("excluded")}]},
            {"area_id": "<b>South</b>", "eligible_ha": 2.0, "unchecked_ha": 0.0, "excluded_ha": 0.0, "ground": []}]},
        "not_covered": [tr("Field plots")],
    }


def test_helpers():
    assert num(1234.5) == "1,234.50" and num(None) == "–" and num(float("nan")) == "–" and num(3, 0) == "3"
    assert band(1, 2.5) == "1.00 – 2.50" and band(None, 2) == ""
    assert value(5.0, 4, 6) == {"value": "5.00", "below": "4.00 – 6.00"} and value(5.0) == "5.00"
    assert value(3.0, sign="− ") == "− 3.00"
    assert years_text([2021, 2020, 2022]) == "2020–2022" and years_text([2020, 2022]) == "2020, 2022"
    assert years_text([2025]) == "2025" and years_text([]) == "–"


def test_statement_html_in_english(tmp_path):
    data = sample_data(tmp_path)
    html = statement_html(data, lang="en")
    net = data["total"]["net_tco2e"]
    assert num(net) + " t CO2e" in html
    assert "90 % interval: {} t CO2e".format(band(data["total"]["net_tco2e_lo"], data["total"]["net_tco2e_hi"])) in html
    assert "&lt;b&gt;South&lt;/b&gt;" in html and "<b>South</b>" not in html  # names are escaped
    for i in data["inputs"][:2]:
        assert i["sha256"] in html
    # every deduction line in the methodology's order, each source once as a numbered note
    lines = data["deductions"]["lines"]
    pos = [html.index(">{}<".format(ln["name"])) for ln in lines]
    assert pos == sorted(pos)
    sources = list(dict.fromkeys(ln["source"] for ln in lines))
    assert len(sources) < len(lines)  # CCER's 'Arithmetic of the lines above' is one note
    for n, s in enumerate(sources, 1):
        assert html.count('<li id="source-{}">{}</li>'.format(n, s.replace("'", "&#39;"))) == 1
    refs = [row[-1]["note"] for row in view(data)["deductions"]["rows"]]
    assert refs == [sources.index(ln["source"]) + 1 for ln in lines]
    # issued = cumulative − issued before, ex-post and ex-ante marked
    p1, p2 = data["periods"]
    assert p2["issued_tco2e"] == pytest.approx(p2["cumulative_net_tco2e"] - p1["issued_tco2e"])
    assert "2020–2025" in html and "ex-post (observed)" in html and "ex-ante (projected)" in html
    assert "Prepared by" in html and "Verified by" in html and html.count('class="line"') == 8
    # eligibility: hectares by area and the reasons of its ground as numbered notes
    rows = view(data)["eligibility"]["rows"]
    assert [r[:4] for r in rows] == [["北区", "3.0000", "0.0000", "0.5000"], ["<b>South</b>", "2.0000", "0.0000",
                                                                            "0.0000"]]
    assert [r["note"] for r in rows[0][4]] == [1, 2] and rows[1][4] == "–"
    assert "CCER-14-002-V01 mangrove planting" in html and "not credited" in html


def test_statement_html_in_chinese(tmp_path):
    data = sample_data(tmp_path, translate=zh)
    html = statement_html(data, tr=zh, lang="zh-CN")
    assert '<html lang="zh-CN">' in html
    for s in ("Monitoring periods and issuance", "Deductions over the crediting period, in the order of {standard}",
              "Prepared by", "Verified by", "Eligible ground", "What this statement does not cover"):
        assert zh(s) != s and zh(s).split("{")[0] in html, s
    assert "Prepared by" not in html and "Inputs</h2>" not in html


def test_hatch_marks_the_masked_cells_only():
    """A 3 × 4 mask, each cell repeated to 3 × 3 px (min_px 12 over 4 columns): ink only inside the mask, all
    along its outline and on diagonal lines inside; the class image repeated alike, hatched in HATCH."""
    from bluecarbon.bluecarbon_qgis.engine.reports.maps import HATCH, hatch_ink, hatched

    mask = np.array([[False, False, False, False], [False, True, True, False], [False, False, True, False]])
    ink, k = hatch_ink(mask, min_px=12)
    assert k == 3 and ink.shape == (9, 12)
    big = np.repeat(np.repeat(mask, 3, axis=0), 3, axis=1)
    assert not (ink & ~big).any()                          # nothing outside the mask
    assert ink[3, 3:9].all() and ink[3:6, 3].all() and ink[3:9, 8].all()  # its outline
    lines = hatch_ink(np.ones((40, 40), bool), min_px=40)[0][1:-1, 1:-1]
    assert 0.1 < lines.mean() < 0.5                        # lines inside, not a fill
    assert (lines == np.roll(np.roll(lines, 1, axis=0), -1, axis=1))[1:-1, 1:-1].all()  # diagonal
    rgba = np.zeros((2, 3, 4), np.uint8)
    rgba[:] = [200, 180, 140, 255]
    out = hatched(rgba, np.array([[True, False, False], [False, False, False]]))
    h = out.shape[0] // 2
    assert out.shape[:2] == (2 * h, 3 * h) and tuple(out[0, 0]) == (0x14, 0x14, 0x14, 255)
    assert (out[h:, :] == [200, 180, 140, 255]).all()      # the cells outside the mask keep their class colour


def test_page_breaks_by_hand():
    from bluecarbon.bluecarbon_qgis.pdf import page_breaks

    rows = [(i * 30.0, i * 30.0 + 30) for i in range(10)]
    assert page_breaks(rows, 300, 100) == [0, 90, 180, 270]       # each page ends above the row crossing it
    assert page_breaks([(0, 250)], 300, 100) == [0, 100, 200]      # a block taller than a page is cut
    assert page_breaks([(50, 95), (80, 130)], 300, 100) == [0, 50, 150, 250]  # a block inside another
    assert page_breaks([(60, 100.5)], 300, 100) == [0, 100, 200]   # rows share their 1 px border


def test_pdf_pages_end_between_rows_and_are_numbered(qgis_app, tmp_path):
    """150 rows of three lines each: no row is cut between two pages (each page holds as many first lines as
    third lines, and no line is printed twice), and every page says which of how many it is."""
    rows = "".join("<tr><td>row{}<br>second<br>third{}</td><td>x</td></tr>".format(i, i) for i in range(150))
    html = ("<html><head><style>table{border-collapse:collapse;width:100%}td{border:1px solid #999}</style></head>"
            "<body><h2>Rows</h2><table>" + rows + "</table></body></html>")
    pdf = print_pdf(html, tmp_path / "rows.pdf")
    pages = int(sc.pdfinfo(pdf)["Pages"])
    assert pages > 3
    seen = []
    for n in range(1, pages + 1):
        words = [w[0] for w in sc.words(pdf, n)]
        first = sorted(int(w[3:]) for w in words if w.startswith("row"))
        third = sorted(int(w[5:]) for w in words if w.startswith("third"))
        assert first == third and first, n
        seen += first
        assert " ".join(words).endswith("page {} of {}".format(n, pages))
    assert seen == list(range(150))


def test_copied_chinese_text_reads_the_ideographs_not_the_radicals(qgis_app, tmp_path):
    """Noto Sans CJK shows 二 and the Kangxi radical ⼆, 页 and the radical ⻚ with one glyph each; Qt names such a
    glyph by the radical. After the rewrite the PDF's text reads the ideographs, and the pages look the same."""
    from bluecarbon.bluecarbon_qgis.pdf import equivalent_ideographs, html_to_pdf, name_glyphs_by_ideographs

    html = '<html lang="zh"><body><p>第二页：人工种植，土地，长度，见附表。</p></body></html>'
    pdf = html_to_pdf(html, str(tmp_path / "zh.pdf"))
    text = sc.text(pdf)
    assert "第二页：人工种植，土地，长度，见附表。" in text and sc.radicals(text) == []
    # what Qt wrote: the same file with its text maps undone reads radicals
    raw = (tmp_path / "zh.pdf").read_bytes()
    radical = {"%04X" % v: "%04X" % k for k, v in equivalent_ideographs().items()}
    undone = re.sub(rb"<(4E8C|9875)>", lambda m: ("<%s>" % radical[m.group(1).decode()]).encode(), raw)
    assert len(undone) == len(raw)
    (tmp_path / "undone.pdf").write_bytes(undone)
    assert sc.radicals(sc.text(tmp_path / "undone.pdf"))            # ⼆ and ⻚, as Qt writes them
    name_glyphs_by_ideographs(str(tmp_path / "undone.pdf"))
    assert (tmp_path / "undone.pdf").read_bytes() == raw
    a, _ = sc.render(pdf, tmp_path, dpi=40, stem="a")
    assert a[0].min() < 100  # printed


def print_pdf(html, path):
    from bluecarbon.bluecarbon_qgis.pdf import html_to_pdf
    return html_to_pdf(html, str(path), title="statement")


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_statement_pdf_pages(qgis_app, tmp_path, lang):
    translate = zh if lang != "en" else None
    data = sample_data(tmp_path, translate=translate)
    pdf = tmp_path / "statement.pdf"
    print_pdf(statement_html(data, tr=translate or (lambda s: s), lang=lang), pdf)
    assert not os.path.exists(str(pdf) + ".part")
    sizes = sc.page_sizes(pdf)
    assert len(sizes) >= 2 and set(sizes) == {sc.A4_PT}
    images, _ = sc.render(pdf, tmp_path, dpi=50)
    assert len(images) == len(sizes)
    for im in images:
        assert 0.005 < sc.ink(im) < 0.5  # no blank page, no page of solid black
        # tables fit the width: nothing printed in the right margin (14 mm; 10 mm checked)
        w = im.shape[1]
        assert sc.ink(im, (w - int(w * 10 / 210), 0, w, im.shape[0])) == 0
    text = sc.text(pdf)
    assert num(data["total"]["net_tco2e"]) in text
    for i in data["inputs"][:2]:
        assert i["sha256"] in text  # on one line
    embedded = [(n, t) for n, t, e in sc.fonts(pdf) if e]
    assert embedded and all(e for _, _, e in sc.fonts(pdf))  # every font embedded
    assert any("CJK" in n for n, _ in embedded)  # 北区 prints in a CJK font in both languages
    if translate:
        title = zh("Net removals of the project against its baseline")
        assert title in text.replace(" ", "")
        word = next(w for w in sc.words(pdf, 1) if w[0] == title)
        scale = images[0].shape[1] / sc.A4_PT[0]
        box = [int(round(v * scale)) for v in word[1:]]
        assert sc.glyph_cells_differ(images[0], box, len(title))
