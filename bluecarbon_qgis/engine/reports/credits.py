"""The net removals statement (``bluecarbon:carboncredits`` OUTPUT_REPORT), written from the statement data of
``carbon.credits.statement``: inputs with their checksums, the deductions line by line, monitoring periods,
years, habitats with their methodology, eligibility, areas and what the plugin does not cover."""
from .html import esc, fmt, page, table


def _iv(v, lo, hi):
    if lo is None or hi is None:
        return fmt(v, 2)
    return "{} [{} – {}]".format(fmt(v, 2), fmt(lo, 2), fmt(hi, 2))


def _gross(r, key="gross_removals_tco2e"):
    return _iv(r[key], r.get(key + "_lo"), r.get(key + "_hi"))


def _list(items, cls=""):
    return "<ul{}>{}</ul>".format(' class="{}"'.format(cls) if cls else "",
                                  "".join("<li>{}</li>".format(esc(i)) for i in items))


def credits_report(data, *, tr=lambda s: s, lang="en"):
    """The statement as one HTML page; ``data``: the statement data (already in the report's language)."""
    kind = {"ex-post": tr("ex-post (observed)"), "ex-ante": tr("ex-ante (projected)")}
    sections = []
    if not data["verifiable"]:
        sections.append((tr("Not for verification"), '<div class="warn">{}</div>'.format(_list(data["cautions"]))))
    p, t = data["period"], data["total"]
    summary = [
        (tr("Crediting period"), "{}–{} ({} {})".format(p["start"], p["last"], p["years"], tr("years"))),
        (tr("Observed up to"), data["observed_until"]),
        (tr("Ex-post years"), ", ".join(map(str, data["years_ex_post"])) or "–"),
        (tr("Ex-ante years (projections)"), ", ".join(map(str, data["years_ex_ante"])) or "–"),
        (tr("Gross removals, project − baseline (t CO2e)"), _gross(t)),
        (tr("Gross removals on credited ground (t CO2e)"), _gross(t, "credited_tco2e")),
        (tr("Net removals after deductions (t CO2e)"), _iv(t["net_tco2e"], t.get("net_tco2e_lo"),
                                                          t.get("net_tco2e_hi"))),
        (tr("Issuable for the observed years (t CO2e)"), fmt(t["issued_ex_post_tco2e"], 2)),
        (tr("Estimated for the projected years (t CO2e)"), fmt(t["estimated_ex_ante_tco2e"], 2)),
        (tr("Confidence level of the intervals (%)"), fmt(data["parameters"].get("confidence_pct"), 0)),
    ]
    if t.get("area_ha") is not None:
        summary += [(tr("Area accounted, overlaps once (ha)"), fmt(t["area_ha"], 4)),
                    (tr("Overlap of the areas (ha)"), fmt(t.get("overlap_ha"), 4)),
                    (tr("Left out of both scenarios: nodata in a map (ha)"), fmt(t.get("lost_ha"), 4))]
    sections.append((tr("Summary"), table([tr("Item"), tr("Value")], summary, numeric_from=99)))
    d = data["deductions"]
    sections.append((tr("Deductions over the crediting period ({standard}), in the methodology's order (t CO2e)")
                     .format(standard=d["standard"]),
                     table([tr("Line"), tr("Formula"), "t CO2e", tr("Source")],
                           [[ln["name"], ln["formula"], _iv(ln["value"], ln["lo"], ln["hi"]), ln["source"]]
                            for ln in d["lines"]], numeric_from=2, numeric_to=3)))
    sections.append((tr("Monitoring periods, cumulative accounting (t CO2e)"), table(
        [tr("Period"), tr("Observed or projected"), tr("Gross removals"), tr("On credited ground"), tr("Cumulative net"),
         tr("Issued before"), tr("Issued"), tr("Note")],
        [["{}–{}".format(r["start"], r["last"]), kind[r["kind"]], _gross(r), _gross(r, "credited_tco2e"),
          _iv(r["cumulative_net_tco2e"], r.get("cumulative_net_tco2e_lo"), r.get("cumulative_net_tco2e_hi")),
          fmt(r["issued_before_tco2e"], 2), fmt(r["issued_tco2e"], 2), r["note"]] for r in data["periods"]],
        numeric_from=2, numeric_to=7)))
    sections.append((tr("Years and vintages, all areas (t CO2e)"), table(
        [tr("Year"), tr("Observed or projected"), "baseline_tco2e", "project_tco2e", "gross_removals_tco2e", "credited_tco2e",
         "vintage_tco2e"],
        [[r["year"], kind[r["kind"]], fmt(r["baseline_tco2e"], 2), fmt(r["project_tco2e"], 2), _gross(r),
          _gross(r, "credited_tco2e"), fmt(r["vintage_tco2e"], 2)] for r in data["years"]], numeric_from=2)))
    if data["habitats"]:
        sections.append((tr("By habitat type and methodology, over the crediting period"), table(
            [tr("Habitat"), tr("Methodology"), tr("Credited"), "area_ha", "gross_removals_tco2e", tr("Reason")],
            [[h["habitat"] or "–", "{} {}".format(h["methodology"], h["methodology_title"]).strip() or "–",
              tr("yes") if h["credited"] else tr("no"), fmt(h["area_ha"], 4), _gross(h), h["reason"]]
             for h in data["habitats"]], numeric_from=3, numeric_to=5)))
    e = data["eligibility"]
    if e:
        status = {"eligible": tr("eligible"), "unchecked": tr("counted, eligibility not checked"),
                  "excluded": tr("excluded")}
        rows = [[a["area_id"], fmt(a["eligible_ha"], 4), fmt(a["unchecked_ha"], 4), fmt(a["excluded_ha"], 4),
                 "; ".join("{} {} ha ({}): {}".format(g["methodology"], fmt(g["ha"], 4), status[g["status"]],
                                                     g["reason"]) for g in a["ground"]) or "–"]
                for a in e["areas"]]
        sections.append((tr("Eligible ground by area (eligible baseline classes for mangrove planting under "
                            "{methodology}: {classes})").format(methodology=e["methodology"],
                                                               classes=", ".join(e["classes"]) or "–"),
                         table([tr("Area"), "eligible_ha", "unchecked_ha", "excluded_ha", tr("Ground and reasons")],
                               rows, numeric_from=1, numeric_to=4)))
    sections.append((tr("By area over the crediting period (t CO2e)"), table(
        [tr("Area"), "area_ha", "lost_ha", "unmapped_ha", "baseline_tco2e", "project_tco2e", "gross_removals_tco2e"],
        [[a["area_id"], fmt(a["area_ha"], 4), fmt(a["lost_ha"], 4), fmt(a["unmapped_ha"], 4),
          fmt(a["baseline_tco2e"], 2), fmt(a["project_tco2e"], 2), _gross(a)] for a in data["areas"]])))
    sections.append((tr("Inputs"), table([tr("Input"), tr("File"), "SHA-256"],
                                         [[i["role"], i["path"], i["sha256"] or tr("not a file")]
                                          for i in data["inputs"]], numeric_from=99)))
    sections.append((tr("What this statement does not cover"), _list(data["not_covered"])))
    if data["warnings"]:
        sections.append((tr("Warnings"), '<div class="warn">{}</div>'.format(_list(data["warnings"]))))
    return page(data["title"], sections, lang=lang)
