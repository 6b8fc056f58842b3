"""`make demo`: run the plugin headless on sample_data/ and print a short summary.

Each step is a real `qgis_process.bin run bluecarbon:...` call on files, the
same command a user would type (printed before it runs).
"""
import json
import os
import shlex
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "sample_data")
OUT = os.path.join(ROOT, "build", "demo")


def display_width(text):
    """Columns a string takes in a terminal: East Asian wide and fullwidth characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(text))


def pad(text, width, right=False):
    """``text`` cut and padded to ``width`` terminal columns (Chinese names align with Latin ones)."""
    text = str(text)
    while display_width(text) > width:
        text = text[:-1]
    fill = " " * (width - display_width(text))
    return fill + text if right else text + fill


def run(alg, params, plugin_path=os.path.join(ROOT, "build", "plugins")):
    """Run bluecarbon:<alg> with qgis_process and return its results; a list value repeats its parameter
    (several layers)."""
    pairs = [(k, item) for k, v in params.items() for item in (v if isinstance(v, list) else [v])]
    argv = ["qgis_process.bin", "run", "bluecarbon:" + alg, "--json", "--"]
    argv += ["{}={}".format(k, v) for k, v in pairs]
    print("$ " + " ".join(shlex.quote(os.path.relpath(a, ROOT) if os.path.isabs(a) else a) for a in argv[:3])
          + " -- " + " ".join("{}={}".format(k, os.path.relpath(str(v), ROOT) if os.path.isabs(str(v)) else v)
                              for k, v in pairs))
    # GDAL_PAM_ENABLED=NO: reading the shipped rasters leaves no .aux.xml statistics beside them
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GDAL_PAM_ENABLED="NO", QGIS_PLUGINPATH=plugin_path)
    proc = subprocess.run(argv, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit("bluecarbon:{} failed".format(alg))
    return json.loads(proc.stdout[proc.stdout.find("{"):])["results"]


def _num(value, width=6, digits=3):
    return "–".rjust(width) if value in (None, "") else "{:{w}.{d}f}".format(float(value), w=width, d=digits)


def print_accuracy(title, result, table):
    """Overall accuracy with its interval, then per class the areas and user's and producer's accuracy."""
    from osgeo import ogr

    ds = ogr.Open(table)
    rows = [{k: f[k] for k in ("class_value", "class_name", "n_samples", "mapped_ha", "adjusted_ha",
                               "adjusted_ha_ci95", "users_accuracy", "users_accuracy_ci95",
                               "producers_accuracy", "producers_accuracy_ci95")} for f in ds.GetLayer(0)]
    ds = None
    empty = [r["class_name"] for r in rows if int(r["n_samples"]) == 0]
    single = [r["class_name"] for r in rows if int(r["n_samples"]) == 1]
    print()
    if result["OVERALL_ACCURACY"] is None:
        print("{}: overall accuracy and area-adjusted areas not estimable: no reference point fell on the mapped "
              "{}.".format(title, ", ".join(empty)))
    else:
        print("{}: overall accuracy {:.3f} ± {} (95%).".format(
            title, result["OVERALL_ACCURACY"], _num(result["OVERALL_ACCURACY_CI95"], 0)))
    print("{:<22} {:>4} {:>9} {:>19} {:>16} {:>16}".format(
        "class", "n", "mapped_ha", "adjusted_ha (95%)", "user's (95%)", "producer's (95%)"))
    for r in rows:
        print("{:<22} {:>4} {:>9.2f} {:>8} ± {:>8} {:>7} ± {} {:>7} ± {}".format(
            "{} {}".format(r["class_value"], r["class_name"]), r["n_samples"], float(r["mapped_ha"]),
            _num(r["adjusted_ha"], 8, 2), _num(r["adjusted_ha_ci95"], 8, 2).strip(),
            _num(r["users_accuracy"]), _num(r["users_accuracy_ci95"]),
            _num(r["producers_accuracy"]), _num(r["producers_accuracy_ci95"])))
    if empty or single:
        print("–: not estimable. Map classes with no random point ({}) or a single one ({})".format(
            ", ".join(empty) or "none", ", ".join(single) or "none"))
        print("   have no error rate or no variance; a stratified sample of the map (samplingdesign) gives every "
              "class enough points.")
    print()


def constructed_2024(habitat, path, kind):
    """A 2024 class map built from the 2019 map: NOT an observation. ``project``: other land (9) within 3 pixels
    of mangrove (3) is replanted to mangrove; ``baseline``: the mangrove of the image's eastern half is dug
    into aquaculture ponds (8)."""
    import numpy as np
    from osgeo import gdal
    from scipy.ndimage import binary_dilation

    src = gdal.Open(habitat)
    arr = src.GetRasterBand(1).ReadAsArray()
    out = arr.copy()
    if kind == "project":
        near = binary_dilation(arr == 3, iterations=3)
        out[near & (arr == 9)] = 3
    else:
        east = np.zeros(arr.shape, bool)
        east[:, arr.shape[1] // 2:] = True
        out[east & (arr == 3)] = 8
    ds = gdal.GetDriverByName("GTiff").CreateCopy(path, src)
    ds.GetRasterBand(1).WriteArray(out)
    ds = None
    return path, int((out != arr).sum())


def change_and_credits(habitat):
    """Carbon change of a restoration project on the 2019 map and a constructed 2024 map, then its net removals
    against a baseline (the 2019 map and another constructed 2024 map), both scenarios run together."""
    tables = {"BIOPHYSICAL": os.path.join(SAMPLE, "cbc_biophysical_demo.csv"),
              "TRANSITIONS": os.path.join(SAMPLE, "cbc_transitions_demo.csv")}
    areas = {"AREAS": os.path.join(SAMPLE, "project_areas.gpkg"), "ID_FIELD": "site_id"}
    changed, snaps = {}, {}
    for kind in ("project", "baseline"):
        path, changed[kind] = constructed_2024(habitat, os.path.join(OUT, "habitat_2024_{}_constructed.tif".format(kind)),
                                               kind)
        snaps[kind] = os.path.join(OUT, "snapshots_{}.csv".format(kind))
        with open(snaps[kind], "w", encoding="utf-8") as fh:
            fh.write("snapshot_year,raster_path\n2019,{}\n2024,{}\n".format(habitat, path))
    run("carbonchange", dict(tables, **areas, SNAPSHOT_TABLE=snaps["project"], ANALYSIS_YEAR=2034, ITERATIONS=500,
                             OUTPUT_FOLDER=os.path.join(OUT, "change_project"),
                             OUTPUT_TABLE=os.path.join(OUT, "change_project.csv"),
                             OUTPUT_REPORT=os.path.join(OUT, "change_project_report.html")))
    data_path = os.path.join(OUT, "net_removals_statement.json")
    net = run("carboncredits", dict(tables, **areas, PROJECT_SNAPSHOT_TABLE=snaps["project"],
                                    BASELINE_SNAPSHOT_TABLE=snaps["baseline"], LAST_YEAR=2033, LEAKAGE=5, BUFFER=15,
                                    OUTPUT=os.path.join(OUT, "net_removals.csv"),
                                    OUTPUT_PERIODS=os.path.join(OUT, "net_removals_by_period.csv"),
                                    OUTPUT_REPORT=os.path.join(OUT, "net_removals_statement.html"),
                                    OUTPUT_DATA=data_path))
    with open(data_path, encoding="utf-8") as fh:
        data = json.load(fh)
    print()
    print("Net removals of a restoration project against its baseline, 2019-2033, both scenarios run together (same")
    print("pixels, years and Monte Carlo draws). The 2019 map is the habitat map of the real Sentinel-2 image (8")
    print("January 2019); the sample data has no second date, so both 2024 maps are CONSTRUCTED scenarios, not")
    print("observations: project = other land next to mangrove replanted ({} pixels), baseline = the eastern"
          .format(changed["project"]))
    print("mangrove dug into ponds ({} pixels). The statement treats the project's 2024 map as the last observed one"
          .format(changed["baseline"]))
    print("only to show the split: 2019-2024 ex-post, 2025-2033 ex-ante. Biophysical values are illustrative.")
    t, level = data["total"], data["parameters"]["confidence_pct"]
    print("  {:<46} {:>12,.1f} t CO2e ({:.0f}% interval {:,.1f} to {:,.1f})".format(
        "gross removals, project - baseline", t["gross_removals_tco2e"], level, t["gross_removals_tco2e_lo"],
        t["gross_removals_tco2e_hi"]))
    for h in data["habitats"]:
        print("    {:<44} {:>12,.1f} t CO2e on {:,.2f} ha: {}".format(
            "{} ({})".format(h["habitat"] or "other ground", "credited" if h["credited"] else "not credited"),
            h["gross_removals_tco2e"], h["area_ha"], h["reason"])[:160])
    e = data["eligibility"]["total"]
    print("  mangrove planting ground: {:,.2f} ha eligible, {:,.2f} ha excluded: CCER-14-002-V01 credits planting on "
          "tidal flat or retired ponds only,".format(e["eligible_ha"], e["excluded_ha"]))
    print("  and the replanted ground was other land in 2019, the kept mangrove mangrove already: {:,.1f} t CO2e "
          "credited.".format(t["credited_tco2e"]))
    # a what-if, to show the deduction lines at work: other land (9) counted as eligible ground
    whatif = os.path.join(OUT, "net_removals_whatif_other_land_eligible.json")
    run("carboncredits", dict(tables, **areas, PROJECT_SNAPSHOT_TABLE=snaps["project"],
                              BASELINE_SNAPSHOT_TABLE=snaps["baseline"], LAST_YEAR=2033, LEAKAGE=5, BUFFER=15,
                              ELIGIBLE_CLASSES="2,8,9", OUTPUT=os.path.join(OUT, "net_removals_whatif.csv"),
                              OUTPUT_DATA=whatif))
    with open(whatif, encoding="utf-8") as fh:
        data = json.load(fh)
    print("  What if other land were eligible (ELIGIBLE_CLASSES=2,8,9; NOT the methodology's rule), the deductions:")
    for line in data["deductions"]["lines"]:
        print("    {:<52} {:>10,.1f} t CO2e   {}".format(line["name"], line["value"], line["formula"])[:150])
    t = data["total"]
    print("    issuable for 2019-2024 {:,.1f} t CO2e; estimated for 2025-2033 {:,.1f} t CO2e ({} order)".format(
        t["issued_ex_post_tco2e"], t["estimated_ex_ante_tco2e"], data["deductions"]["standard"]))
    print("  (net_removals_statement.html/.json list every input with its SHA-256, the areas, years and periods)")


def main():
    os.makedirs(OUT, exist_ok=True)
    image = os.path.join(SAMPLE, "s2l2a_ponce_pr_20190108_6band.tif")
    depth = os.path.join(SAMPLE, "s2l2a_ponce_pr_depth_10m.tif")
    run("spectralindices", {"INPUT": image, "INDICES": "NDVI,MNDWI,MVI,FAI",
                            "OUTPUT": os.path.join(OUT, "indices.tif")})
    habitat = os.path.join(OUT, "habitat_rules.tif")
    run("classifyrules", {"INPUT": image, "DEM": depth, "SAND": os.path.join(SAMPLE, "sand_sample.gpkg"),
                          "OUTPUT": habitat})
    trained = run("trainclassifier", {"INPUT": image, "TRAINING": os.path.join(SAMPLE, "training_ponce.gpkg"),
                                      "CLASS_FIELD": "class", "OUTPUT_MODEL": os.path.join(OUT, "habitat.bcmodel"),
                                      "OUTPUT_REPORT": os.path.join(OUT, "classifier_report.html")})
    forest = os.path.join(OUT, "habitat_forest.tif")
    run("classifyhabitats", {"INPUT": image, "MODEL": os.path.join(OUT, "habitat.bcmodel"),
                             "OUTPUT": forest,
                             "OUTPUT_CONFIDENCE": os.path.join(OUT, "habitat_forest_confidence.tif")})
    reference = os.path.join(SAMPLE, "reference_demo.gpkg")   # the interpreted demo sample, when shipped
    stock_params = {
        "HABITAT": habitat, "AREAS": os.path.join(SAMPLE, "project_areas.gpkg"), "ID_FIELD": "site_id",
        "OUTPUT": os.path.join(OUT, "carbon_by_area.gpkg"), "OUTPUT_TABLE": os.path.join(OUT, "carbon_by_class.csv"),
        "OUTPUT_RASTER": os.path.join(OUT, "stock_density_tc_ha.tif"),
        "OUTPUT_REPORT": os.path.join(OUT, "carbon_report.html"), "SEED": 1}
    if os.path.exists(reference):
        stock_params.update(REFERENCE=reference, REF_FIELD="ref_class")
    stocks = run("carbonstocks", stock_params)

    design = run("samplingdesign", {"INPUT": habitat, "EXPECTED_UA": "3:0.7,5:0.7", "DEFAULT_UA": 0.9,
                                    "TARGET_SE": 0.01, "MIN_PER_CLASS": 50, "SEED": 1,
                                    "OUTPUT": os.path.join(OUT, "sampling_design.gpkg")})
    # The accuracy of both maps is assessed on the shipped reference sample: a simple random sample of the
    # chip labelled by image interpretation (sample_data/README.md), so it serves any map of the scene.
    reference = os.path.join(SAMPLE, "reference_demo.gpkg")
    accuracy = {}
    for key, path in (("rules", habitat), ("forest", forest)):
        accuracy[key] = run("accuracyassessment", {
            "INPUT": path, "REFERENCE": reference, "REF_FIELD": "ref_class",
            "OUTPUT": os.path.join(OUT, "accuracy_{}_by_class.csv".format(key)),
            "OUTPUT_MATRIX": os.path.join(OUT, "error_matrix_{}.csv".format(key)),
            "OUTPUT_REPORT": os.path.join(OUT, "accuracy_{}_report.html".format(key))})

    sink = run("mariculturesink", {"ZONES": os.path.join(SAMPLE, "farms_demo.gpkg"), "SPECIES_FIELD": "species",
                                   "YIELD_FIELD": "harvest_t", "ID_FIELD": "farm_code",
                                   "OUTPUT": os.path.join(OUT, "mariculture_sink.gpkg"),
                                   "OUTPUT_TABLE": os.path.join(OUT, "mariculture_by_species.csv")})
    offset = run("offsetbalance", {"EMISSIONS_TABLE": os.path.join(SAMPLE, "conference_emissions.csv"),
                                   "SINKS": os.path.join(OUT, "mariculture_sink.gpkg"), "PERIOD_YEARS": 1,
                                   "BUFFER_PERCENT": 10, "SPECIES": "牡蛎", "YIELD_PER_HA": 10,
                                   "EVENT": "Fictitious three-day conference (demo)", "SINK_PERIOD": "one year of harvest",
                                   "OUTPUT_REPORT": os.path.join(OUT, "offset_report.html")})

    from osgeo import ogr
    ds = ogr.Open(os.path.join(OUT, "carbon_by_area.gpkg"))
    lyr = ds.GetLayer(0)
    print()
    print("Blue carbon demo: real Sentinel-2 chip of Ponce (Puerto Rico) -> habitat map by rules (with Lyzenga's")
    print("depth-invariant index for seagrass) -> carbon in four fictitious project areas (IPCC 2013 Tier 1,")
    print("climate zone by latitude).")
    print("A random forest trained on the shipped labelled points maps the same image too "
          "(out-of-bag accuracy {:.3f}).".format(trained["VALIDATION_ACCURACY"]))
    print()
    adjusted = "REFERENCE" in stock_params
    head = [("id", 4, False), ("name", 28, False), ("zone", 12, False), ("polygon_ha", 10, True),
            ("area_ha", 9, True), ("unmapped_ha", 11, True), ("stock_tco2e", 12, True),
            ("uptake_tco2e_yr", 15, True)]
    if adjusted:
        head += [("stock_tco2e_adj", 15, True), ("95% interval", 19, True)]
    print(" ".join(pad(h, w, r) for h, w, r in head))
    for f in lyr:
        cells = [f["site_id"], f["名称"], f["climate_zone"] or "", "{:.2f}".format(f["polygon_ha"]),
                 "{:.2f}".format(f["area_ha"]), "{:.2f}".format(f["unmapped_ha"]),
                 "{:,.0f}".format(f["stock_tco2e"]), "{:,.1f}".format(f["uptake_tco2e_yr"])]
        if adjusted:
            cells += ["{:,.0f}".format(f["stock_tco2e_adj"]),
                      "{:,.0f}–{:,.0f}".format(f["stock_tco2e_adj_lo"], f["stock_tco2e_adj_hi"])]
        print(" ".join(pad(c, w, r) for c, (_, w, r) in zip(cells, head)))
    print("(areas in ha, stocks in t CO2e, uptake in t CO2e/yr on all habitat area; climate zone from each "
          "area's latitude; {:,} Monte Carlo draws)".format(int(stocks["MC_ITERATIONS"])))
    if adjusted:
        print("Mapped vs adjusted stock: {:,.0f} t CO2e on mapped areas, {:,.0f} t CO2e ({:,.0f}–{:,.0f}) on "
              "areas adjusted with the reference sample.".format(
                  stocks["TOTAL_STOCK_TCO2E"], stocks["TOTAL_STOCK_TCO2E_ADJ"], stocks["TOTAL_STOCK_TCO2E_ADJ_LO"],
                  stocks["TOTAL_STOCK_TCO2E_ADJ_HI"]))
    s = stocks
    print()
    print("All areas (overlap of {:.2f} ha counted once): {:,.2f} ha of mapped habitat hold {:,.0f} t C = "
          "{:,.0f} t CO2e (95% interval {:,.0f}–{:,.0f}); they take up {:,.1f} t CO2e per year "
          "({:,.1f}–{:,.1f}).".format(s["OVERLAP_HA"], s["TOTAL_AREA_HA"], s["TOTAL_STOCK_TC"],
                                      s["TOTAL_STOCK_TCO2E"], s["TOTAL_STOCK_TCO2E_LO"], s["TOTAL_STOCK_TCO2E_HI"],
                                      s["TOTAL_UPTAKE_TCO2E_YR"], s["TOTAL_UPTAKE_TCO2E_YR_LO"],
                                      s["TOTAL_UPTAKE_TCO2E_YR_HI"]))
    print()
    ref_ds = ogr.Open(reference)
    n_reference = ref_ds.GetLayer(0).GetFeatureCount()
    ref_ds = None
    print("Map accuracy against the shipped reference sample (sample_data/reference_demo.gpkg): {} points drawn"
          .format(n_reference))
    print("at random over the chip and labelled by interpreting the image (true and false colour, bathymetry),")
    print("independently of both maps; one interpreter, not field data. Map classes act as post-strata.")
    for key, title in (("rules", "Rule-based map"), ("forest", "Random-forest map")):
        print_accuracy(title, accuracy[key], os.path.join(OUT, "accuracy_{}_by_class.csv".format(key)))
    print("samplingdesign proposes {} points for a stratified sample of the rule-based map (sampling_design.gpkg),"
          .format(design["SAMPLE_SIZE_DRAWN"]))
    print("the design to label in the field or on finer imagery for a map you report.")
    print()
    lo, hi = sink["TOTAL_REMOVAL_TCO2E_YR_LO"], sink["TOTAL_REMOVAL_TCO2E_YR_HI"]
    print("Mariculture (fictitious farms and harvests): {:,.0f} t of kelp, oysters, scallops and clams a year remove "
          "{:,.1f} t CO2e ({}; default coefficients from Sun et al. 2020, as quoted, not measured on site).".format(
              sink["TOTAL_YIELD_T"], sink["TOTAL_REMOVAL_TCO2E_YR"],
              "no interval" if lo is None else "95% interval {:,.1f}–{:,.1f}".format(lo, hi)))
    verdict = "covers" if offset["SURPLUS_TCO2E"] >= 0 else "does not cover"
    print("Against a fictitious conference inventory of {:,.1f} t CO2e (most factors are placeholders), with a 10 % "
          "buffer, the sink {} it: coverage {:.1f} %, {} {:,.1f} t CO2e. The statement (offset_report.html) follows "
          "China's guideline for carbon-neutral large events and says the sink is not verified.".format(
              offset["EMISSIONS_TCO2E"], verdict, offset["COVERAGE_PERCENT"],
              "surplus" if offset["SURPLUS_TCO2E"] >= 0 else "deficit", abs(offset["SURPLUS_TCO2E"])))
    change_and_credits(habitat)
    from demo_change import real_dates   # observed change on real imagery of two dates
    real_dates()
    print()
    print("Outputs in {}:".format(os.path.relpath(OUT, ROOT)))
    for name in sorted(os.listdir(OUT)):
        print("  " + name)


if __name__ == "__main__":
    main()
