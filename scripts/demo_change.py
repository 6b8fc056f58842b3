"""Observed change on real imagery of two dates: the Hong Kong pair (Sentinel-2 L1C, 2016-09-27 and 2018-03-23).

Run by `make demo` (scripts/demo.py calls ``real_dates``), or alone:

    /usr/bin/python3 scripts/demo_change.py [--plugins FOLDER_THAT_HOLDS_bluecarbon] [--out FOLDER]

Steps, each a real `qgis_process.bin run bluecarbon:...` call printed before it runs:

1. trainclassifier on the training points of both dates pooled (`date` field), one model for both images (Custom
   sensor: the images are Level-1C top-of-atmosphere reflectance, DN / 10000, four bands; NDVI and NDWI added);
2. classifyhabitats of each date with that model (one grid);
3. transitionmap of the two maps (no cleaning: the raw map difference);
4. accuracyassessment of the transition map against sample_data/reference_change_hongkong.gpkg, the
   change-stratified sample drawn on this very transition map (samplingdesign, seed 1) and labelled on both dates:
   area-adjusted transition areas with 95 % intervals, user's and producer's accuracy per transition.

The sample belongs to this map: a different map (other training, other parameters, other software versions that
change the forest) needs its own design, or the simple random sample reference_transitions_hongkong.gpkg with the
map's transitions as post-strata.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from demo import OUT, ROOT, SAMPLE, print_accuracy, run  # noqa: E402

DATES = ("2016-09-27", "2018-03-23")
IMAGES = [os.path.join(SAMPLE, "s2l1c_hongkong_{}_4band.tif".format(d.replace("-", ""))) for d in DATES]
TRAINING = os.path.join(SAMPLE, "training_hongkong.gpkg")
REFERENCE = os.path.join(SAMPLE, "reference_change_hongkong.gpkg")
CUSTOM = 2   # SENSOR enum value
TRAIN = {"SENSOR": CUSTOM, "BAND_BLUE": 1, "BAND_GREEN": 2, "BAND_RED": 3, "BAND_NIR": 4, "SCALE": 0.0001,
         "OFFSET": 0, "INDICES": "NDVI,NDWI", "CLASS_FIELD": "class", "DATE_FIELD": "date", "SEED": 1}


def chain(out, plugins=None, step=None):
    """Train, classify both dates, map the transitions and assess them: the paths and the results of each step.
    ``step(alg, params)`` runs one algorithm and returns its results (default: the demo's qgis_process call)."""
    if step is None:
        def step(alg, params):
            return run(alg, params, **({"plugin_path": plugins} if plugins else {}))

    os.makedirs(out, exist_ok=True)
    model = os.path.join(out, "hongkong.bcmodel")
    trained = step("trainclassifier", dict(
        TRAIN, INPUT=IMAGES[0], IMAGES=[IMAGES[1]], IMAGE_DATES=",".join(DATES), TRAINING=TRAINING,
        OUTPUT_MODEL=model, OUTPUT_REPORT=os.path.join(out, "classifier_report.html"),
        OUTPUT_DATE_ACCURACY=os.path.join(out, "accuracy_per_date.csv")))
    maps = []
    for date, image in zip(DATES, IMAGES):
        maps.append(os.path.join(out, "habitat_{}.tif".format(date)))
        step("classifyhabitats", {"INPUT": image, "MODEL": model, "OUTPUT": maps[-1]})
    paths = {"maps": maps, "transitions": os.path.join(out, "transitions.tif"),
             "areas": os.path.join(out, "transition_areas.csv"), "accuracy": os.path.join(out, "accuracy_transitions.csv"),
             "matrix": os.path.join(out, "matrix_transitions.csv")}
    mapped = step("transitionmap", {"SNAPSHOTS": maps, "SNAPSHOT_YEARS": "2016,2018", "MIN_CHANGE_PIXELS": 0,
                                    "OUTPUT": paths["transitions"], "OUTPUT_TABLE": paths["areas"],
                                    "OUTPUT_REPORT": os.path.join(out, "transitions.html")})
    assessed = step("accuracyassessment", {
        "INPUT": paths["transitions"], "REFERENCE": REFERENCE, "REF_FROM_FIELD": "ref_from", "REF_TO_FIELD": "ref_to",
        "OUTPUT": paths["accuracy"], "OUTPUT_MATRIX": paths["matrix"],
        "OUTPUT_REPORT": os.path.join(out, "accuracy_transitions.html")})
    return paths, {"trainclassifier": trained, "transitionmap": mapped, "accuracyassessment": assessed}


def real_dates(out=os.path.join(OUT, "real_dates"), plugins=None):
    """The chain and its short summary."""
    paths, results = chain(out, plugins)
    print()
    print("Observed change on REAL imagery of two dates: Sentinel-2 L1C of Junk Bay, Hong Kong, 2016-09-27 and")
    print("2018-03-23 (sample_data/README.md). One random forest trained on labelled points of both dates pooled")
    print("(out-of-bag accuracy {:.3f}) maps each date; the transition map is their difference.".format(
        results["trainclassifier"]["VALIDATION_ACCURACY"]))
    print_accuracy("Transition map 2016 -> 2018 against its change-stratified reference sample "
                   "(sample_data/reference_change_hongkong.gpkg, 140 points labelled on both dates)",
                   results["accuracyassessment"], paths["accuracy"])
    print("Mapped change is mostly error (vessels, haze, shore and quay edges, tower shadows): real change of class")
    print("is about 1 ha (a filled quarry pond, a fill platform). The sample was drawn on this map and serves only it;")
    print("labels are one interpreter's reading of the two images, not field data.")
    return paths, results


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plugins", default=os.path.join(ROOT, "build", "plugins"),
                        help="folder holding the staged bluecarbon plugin (QGIS_PLUGINPATH)")
    parser.add_argument("--out", default=os.path.join(ROOT, "build", "demo_change"))
    args = parser.parse_args(argv)
    real_dates(args.out, args.plugins)


if __name__ == "__main__":
    main()
