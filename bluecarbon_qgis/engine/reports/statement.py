"""The statement of net removals people sign (``bluecarbon:carboncredits`` OUTPUT_REPORT, and OUTPUT_PDF printed
from the same HTML): the headline cumulative net removals with their interval, monitoring periods with issuance and
vintages, the deductions line by line with their sources as numbered notes, habitats with their methodology,
eligible ground by area with its map, the inputs with their SHA-256 checksums, what the plugin does not cover,
and a signature block.

``statement_html`` fills ``templates/statement.html`` (on the reports' base layout and macros) from the statement
data of ``carbon.credits.statement`` (plain dicts, its texts already in the statement's language); the rows of
its tables are made here, numbers formatted with ``fmt``. Tables have fixed column widths that fit the printable
width of A4 (688 CSS px; see ``bluecarbon_qgis/pdf.py``); long texts (sources, reasons, notes) are numbered notes
under their table, not cells. ``eligibility_map`` draws the baseline's first map with the eligible ground hatched,
through ``maps.class_map`` (read decimated: memory stays flat whatever the raster's size)."""
import os

from ..classes import COLOURS, NAMES
from . import maps
from .html import Notes, fmt, render, stacked

METADATA = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))),
                        "metadata.txt")
DASH = "–"


def band(lo, hi, digits=2):
    """'lo – hi', or '' without an interval."""
    if lo is None or hi is None:
        return ""
    return "{} – {}".format(fmt(lo, digits), fmt(hi, digits))


def value(v, lo=None, hi=None, digits=2, sign=""):
    """A table cell: the value, and its interval below it when there is one."""
    b = band(lo, hi, digits)
    text = sign + fmt(v, digits)
    return stacked(text, b) if b else text


def years_text(years):
    """'2020–2025' for consecutive years, '2020, 2022' otherwise, '–' for none."""
    years = sorted(years)
    if not years:
        return DASH
    if years == list(range(years[0], years[-1] + 1)):
        return str(years[0]) if len(years) == 1 else "{}–{}".format(years[0], years[-1])
    return ", ".join(str(y) for y in years)


def plugin_version():
    """The plugin's version from its metadata.txt ('' when it cannot be read)."""
    try:
        with open(METADATA, encoding="utf-8") as fh:
            return next((line.split("=", 1)[1].strip() for line in fh if line.startswith("version=")), "")
    except OSError:
        return ""


def _periods(d, tr, kinds):
    notes = Notes("period")
    rows = []
    for p in d["periods"]:
        rows.append(["{}–{}".format(p["start"], p["last"]), kinds[p["kind"]],
                     value(p["cumulative_net_tco2e"], p.get("cumulative_net_tco2e_lo"),
                           p.get("cumulative_net_tco2e_hi")),
                     fmt(p["issued_before_tco2e"]), fmt(p["issued_tco2e"]),
                     years_text([v["year"] for v in p["vintages"] if v["tco2e"] > 0]),
                     notes.ref(("", p["note"])) if p.get("note") else ""])
    return {"rows": rows, "notes": notes.items}


def _deductions(d):
    notes = Notes("source")
    rows, classes = [], []
    for i, ln in enumerate(d["deductions"]["lines"], 1):
        sign = "− " if ln["kind"] == "deduction" else ""
        rows.append([i, ln["name"], ln["formula"], value(ln["value"], ln["lo"], ln["hi"], sign=sign),
                     notes.ref(("", ln["source"]))])
        classes.append(ln["kind"])
    return {"rows": rows, "classes": classes, "notes": notes.items}


def _habitats(d, tr):
    notes = Notes("habitat")
    rows = []
    for h in d["habitats"]:
        rows.append([h["habitat"] or DASH, "{} {}".format(h["methodology"], h["methodology_title"]).strip() or DASH,
                     fmt(h["area_ha"], 4), value(h["gross_removals_tco2e"], h.get("gross_removals_tco2e_lo"),
                                                 h.get("gross_removals_tco2e_hi")),
                     tr("yes") if h["credited"] else tr("not credited"),
                     notes.ref(("", h["reason"])) if h.get("reason") else ""])
    return {"rows": rows, "classes": ["" if h["credited"] else "off" for h in d["habitats"]], "notes": notes.items}


def _eligibility(d, tr):
    e = d.get("eligibility")
    if not e:
        return None
    status = {"eligible": tr("eligible"), "unchecked": tr("counted, eligibility not checked"),
              "excluded": tr("excluded")}
    notes = Notes("eligibility")
    rows = []
    for a in e["areas"]:
        refs = []
        for g in a.get("ground", []):
            r = notes.ref((status[g["status"]], g["reason"]))
            if r not in refs:
                refs.append(r)
        rows.append([a["area_id"], fmt(a["eligible_ha"], 4), fmt(a.get("unchecked_ha"), 4), fmt(a["excluded_ha"], 4),
                     refs or DASH])
    return {"rows": rows, "notes": notes.items, "methodology": e["methodology"],
            "classes": ", ".join(e["classes"]) or DASH}


def _parameter(v):
    if isinstance(v, (list, tuple)):
        return ", ".join(str(x) for x in v) or DASH
    return DASH if v is None else str(v)


def view(d, tr=lambda s: s):
    """The statement's tables as rows of cells (strings, ``stacked`` values with their interval, note links) with
    their numbered notes, from the statement data ``d``."""
    kinds = {"ex-post": tr("ex-post (observed)"), "ex-ante": tr("ex-ante (projected)")}
    t = d["total"]
    level = d["deductions"].get("confidence_pct") or d["parameters"].get("confidence_pct")
    return {
        "level": fmt(level, 0),
        "head": {"net": fmt(t["net_tco2e"]), "band": band(t.get("net_tco2e_lo"), t.get("net_tco2e_hi")),
                 "ex_post": fmt(t["issued_ex_post_tco2e"]), "ex_ante": fmt(t["estimated_ex_ante_tco2e"]),
                 "gross": fmt(t["gross_removals_tco2e"]), "credited": fmt(t["credited_tco2e"]),
                 "area": fmt(t["area_ha"], 4) if t.get("area_ha") is not None else None,
                 "ex_post_years": years_text(d["years_ex_post"]), "ex_ante_years": years_text(d["years_ex_ante"])},
        "periods": _periods(d, tr, kinds),
        "deductions": _deductions(d),
        "habitats": _habitats(d, tr),
        "eligibility": _eligibility(d, tr),
        "areas": [[a["area_id"], fmt(a["area_ha"], 4), fmt(a["lost_ha"], 4), fmt(a["baseline_tco2e"]),
                   fmt(a["project_tco2e"]), value(a["gross_removals_tco2e"], a.get("gross_removals_tco2e_lo"),
                                                  a.get("gross_removals_tco2e_hi"))] for a in d["areas"]],
        "years": [[y["year"], kinds[y["kind"]], fmt(y["baseline_tco2e"]), fmt(y["project_tco2e"]),
                   fmt(y["gross_removals_tco2e"]), value(y["credited_tco2e"], y.get("credited_tco2e_lo"),
                                                         y.get("credited_tco2e_hi")), fmt(y["vintage_tco2e"])]
                  for y in d["years"]],
        "inputs": [{"role": i["role"], "path": i["path"] or DASH, "sha256": i["sha256"],
                    "size": fmt(i["bytes"], 0) if i.get("bytes") is not None else None} for i in d["inputs"]],
        "parameters": [(k, _parameter(v)) for k, v in sorted(d["parameters"].items())],
    }


def statement_html(data, *, tr=lambda s: s, lang="en", eligibility_map=""):
    """The statement as one self-contained HTML page. ``data``: the statement data; ``tr``: the translation
    function of the statement's language (``lang``, for ``<html lang>``); ``eligibility_map``: the map's inline
    SVG (``eligibility_map()``), or '' for none."""
    return render("statement.html", tr, lang, d=data, v=view(data, tr), eligibility_map=eligibility_map,
                  version=plugin_version())


def eligibility_map(jm, eligible, geoms, labels, tr=lambda s: s):
    """Inline SVG of the baseline's first map (``jm``: a ``carbon.joint.JointModel``) under the project areas
    (``geoms`` in the rasters' CRS, None for the whole raster, labelled ``labels``), its ground of the
    ``eligible`` classes (the plugin's class values; None: the mangrove planting methodology's default) hatched.
    Classes are numbered, named and coloured by the plugin's scheme where the biophysical table's names match it
    (``carbon.credits.scheme_classes``), as the statement's text names them, else named by the table."""
    from ..carbon import methodologies
    from ..carbon.credits import MANGROVE, scheme_classes

    if eligible is None:
        eligible = methodologies.methodology_for(MANGROVE).eligible_baseline
    bio = jm.baseline.bio
    scheme = scheme_classes(bio)
    names = {c: tr(NAMES[v]) if v is not None else bio.classes[c].name for c, v in scheme.items()}
    colours = {c: COLOURS[v] for c, v in scheme.items() if v in COLOURS}
    codes = sorted(c for c, v in scheme.items() if v is not None and v in set(eligible))
    return maps.class_map(jm.baseline.grids[0], list(geoms or []), list(labels or []), names, tr, colours=colours,
                          overlay=(codes, tr("eligible ground")), numbers=scheme)
