"""`make demo`: run the plugin headless on sample_data/ and print a short summary.

Each step is a real `qgis_process.bin run bluecarbon:...` call on files, the
same command a user would type (printed before it runs).
"""
import json
import os
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "sample_data")
OUT = os.path.join(ROOT, "build", "demo")


def run(alg, params):
    argv = ["qgis_process.bin", "run", "bluecarbon:" + alg, "--json", "--"]
    argv += ["{}={}".format(k, v) for k, v in params.items()]
    print("$ " + " ".join(shlex.quote(os.path.relpath(a, ROOT) if os.path.isabs(a) else a) for a in argv[:3])
          + " -- " + " ".join("{}={}".format(k, os.path.relpath(str(v), ROOT) if os.path.isabs(str(v)) else v)
                              for k, v in params.items()))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QGIS_PLUGINPATH=os.path.join(ROOT, "build", "plugins"))
    proc = subprocess.run(argv, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit("bluecarbon:{} failed".format(alg))
    return json.loads(proc.stdout[proc.stdout.find("{"):])["results"]


def label_reference(sample_path):
    """Simulated reference labels: a second, independent reading of the real image (not field data).

    A stricter interpretation than the demo map's rules (NDVI > 0.6 for mangrove, the mean of blue and
    green below 0.040 between 0.5 and 10 m depth for seagrass, MNDWI > 0.05 for water) stands in for the
    photo-interpretation a user would do on very-high-resolution imagery.
    """
    from osgeo import gdal, ogr

    img = gdal.Open(os.path.join(SAMPLE, "s2l2a_ponce_pr_20190108_6band.tif"))
    red, green, blue, nir, swir1, _ = img.ReadAsArray().astype(float) / 10000.0
    depth = gdal.Open(os.path.join(SAMPLE, "s2l2a_ponce_pr_depth_10m.tif")).ReadAsArray()
    x0, dx, _, y0, _, dy = img.GetGeoTransform()
    ds = ogr.Open(sample_path, 1)
    lyr = ds.GetLayer(0)
    for f in lyr:
        g = f.GetGeometryRef()
        c, r = int((g.GetX() - x0) // dx), int((g.GetY() - y0) // dy)
        ndvi = (nir[r, c] - red[r, c]) / (nir[r, c] + red[r, c])
        mndwi = (green[r, c] - swir1[r, c]) / (green[r, c] + swir1[r, c])
        if ndvi > 0.6:
            ref = 3
        elif mndwi > 0.05:
            ref = 5 if -10 < depth[r, c] < -0.5 and (blue[r, c] + green[r, c]) / 2 < 0.040 else 1
        else:
            ref = 9
        f.SetField("ref_class", ref)
        lyr.SetFeature(f)
    ds = None


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
    run("classifyhabitats", {"INPUT": image, "MODEL": os.path.join(OUT, "habitat.bcmodel"),
                             "OUTPUT": os.path.join(OUT, "habitat_forest.tif"),
                             "OUTPUT_CONFIDENCE": os.path.join(OUT, "habitat_forest_confidence.tif")})
    stocks = run("carbonstocks", {
        "HABITAT": habitat, "AREAS": os.path.join(SAMPLE, "project_areas.gpkg"), "ID_FIELD": "site_id",
        "OUTPUT": os.path.join(OUT, "carbon_by_area.gpkg"), "OUTPUT_TABLE": os.path.join(OUT, "carbon_by_class.csv"),
        "OUTPUT_RASTER": os.path.join(OUT, "stock_density_tc_ha.tif"),
        "OUTPUT_REPORT": os.path.join(OUT, "carbon_report.html"), "ITERATIONS": 2000, "SEED": 1})

    sample = os.path.join(OUT, "accuracy_sample.gpkg")
    design = run("samplingdesign", {"INPUT": habitat, "EXPECTED_UA": "3:0.7,5:0.7", "DEFAULT_UA": 0.9,
                                    "TARGET_SE": 0.01, "MIN_PER_CLASS": 50, "SEED": 1, "OUTPUT": sample})
    label_reference(sample)
    acc = run("accuracyassessment", {"INPUT": habitat, "REFERENCE": sample, "REF_FIELD": "ref_class",
                                     "OUTPUT": os.path.join(OUT, "accuracy_by_class.csv"),
                                     "OUTPUT_MATRIX": os.path.join(OUT, "error_matrix.csv"),
                                     "OUTPUT_REPORT": os.path.join(OUT, "accuracy_report.html")})

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
    print("depth-invariant index for seagrass) -> carbon in four fictitious project areas (IPCC 2013 Tier 1).")
    print("A random forest trained on the shipped labelled points maps the same image too "
          "(out-of-bag accuracy {:.3f}).".format(trained["VALIDATION_ACCURACY"]))
    print()
    print("{:<4} {:<42} {:>9} {:>11} {:>13} {:>12}".format("id", "name", "area_ha", "unmapped_ha",
                                                         "stock_tco2e", "uptake/yr"))
    for f in lyr:
        print("{:<4} {:<42} {:>9.2f} {:>11.2f} {:>13,.0f} {:>12,.1f}".format(
            f["site_id"], f["名称"][:42], f["area_ha"], f["unmapped_ha"], f["stock_tco2e"], f["uptake_tco2e_yr"]))
    s = stocks
    print()
    print("All areas (overlap of {:.2f} ha counted once): {:,.2f} ha of mapped habitat hold {:,.0f} t C = "
          "{:,.0f} t CO2e (95% interval {:,.0f}–{:,.0f}); they take up {:,.1f} t CO2e per year "
          "({:,.1f}–{:,.1f}).".format(s["OVERLAP_HA"], s["TOTAL_AREA_HA"], s["TOTAL_STOCK_TC"],
                                      s["TOTAL_STOCK_TCO2E"], s["TOTAL_STOCK_TCO2E_LO"], s["TOTAL_STOCK_TCO2E_HI"],
                                      s["TOTAL_UPTAKE_TCO2E_YR"], s["TOTAL_UPTAKE_TCO2E_YR_LO"],
                                      s["TOTAL_UPTAKE_TCO2E_YR_HI"]))
    print()
    print("Map accuracy: {} sample points drawn, labelled by a simulated independent interpretation "
          "(not field data).".format(design["SAMPLE_SIZE_DRAWN"]))
    ci = acc["OVERALL_ACCURACY_CI95"]
    print("Overall accuracy {:.3f} ± {} (95%).".format(acc["OVERALL_ACCURACY"],
                                                      "–" if ci is None else "{:.3f}".format(ci)))
    print("{:<22} {:>10} {:>20} {:>15}".format("class", "mapped_ha", "adjusted_ha (95%)", "user's acc."))
    ads = ogr.Open(os.path.join(OUT, "accuracy_by_class.csv"))
    missing_interval = False
    for f in ads.GetLayer(0):
        missing_interval |= f["adjusted_ha_ci95"] in (None, "")
        print("{:<22} {:>10.2f} {:>11.2f} ± {:>6.2f} {:>15.3f}".format(
            "{} {}".format(f["class_value"], f["class_name"]), float(f["mapped_ha"]), float(f["adjusted_ha"]),
            float(f["adjusted_ha_ci95"] or "nan"), float(f["users_accuracy"] or "nan")))
    if missing_interval:
        print("(nan: no interval, because a class has a single reference sample)")
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
    print()
    print("Outputs in {}:".format(os.path.relpath(OUT, ROOT)))
    for name in sorted(os.listdir(OUT)):
        print("  " + name)


if __name__ == "__main__":
    main()
