"""DRAFT demo of observed change on the real Hong Kong pair (2016-09-27, 2018-03-23); not yet run by `make demo`.

It depends on the multi-date training of `trainclassifier` (its DATE_FIELD, IMAGES and IMAGE_DATES parameters, from
the branch that adds several dates to the classifier), on `transitionmap` and on the accuracy of change in
`accuracyassessment` (REF_FROM_FIELD, REF_TO_FIELD). Until the multi-date training is merged, run it against a staged
checkout of that branch:

    /usr/bin/python3 scripts/demo_change.py [--plugins FOLDER_THAT_HOLDS_bluecarbon] [--out FOLDER]

Steps, each a real `qgis_process.bin run bluecarbon:...` call printed before it runs:

1. trainclassifier on the training points of both dates pooled (`date` field), one model for both images;
2. classifyhabitats of each date with that model;
3. transitionmap of the two maps (no cleaning: the raw map difference first);
4. accuracyassessment of each date's map against the reference sample's class at that date (`ref_from`, `ref_to`),
   then of the transition map against the reference transitions: mapped and area-adjusted transition areas;
5. samplingdesign on the transition map: the change-stratified sample to label next (contact sheets of both dates by
   scripts/make_hongkong_samples.py sheets --points).

The images are Level-1C top-of-atmosphere reflectance (DN / 10000, no offset): they are read with the Sentinel-2
preset and processing baseline "before 04.00", and only NDVI and NDWI are added (no SWIR band). The reference sample
is a simple random sample: the map classes and transitions act as post-strata. It holds no changed point (real change
is about 1 ha of 3,588), so a mapped change class gets few points or none; with none, the area-adjusted transition
areas are not estimable and the run says so. That is why step 5 designs the sample a change map needs.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from demo import ROOT, SAMPLE, print_accuracy, run  # noqa: E402

DATES = ("2016-09-27", "2018-03-23")
IMAGES = [os.path.join(SAMPLE, "s2l1c_hongkong_{}_4band.tif".format(d.replace("-", ""))) for d in DATES]
TRAINING = os.path.join(SAMPLE, "training_hongkong.gpkg")
REFERENCE = os.path.join(SAMPLE, "reference_transitions_hongkong.gpkg")
CUSTOM = 2   # SENSOR enum value


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plugins", default=os.path.join(ROOT, "build", "plugins"),
                        help="folder holding the staged bluecarbon plugin (QGIS_PLUGINPATH)")
    parser.add_argument("--out", default=os.path.join(ROOT, "build", "demo_change"))
    args = parser.parse_args(argv)
    out = args.out
    os.makedirs(out, exist_ok=True)

    def step(alg, params):
        return run(alg, params, plugin_path=args.plugins)

    model = os.path.join(out, "hongkong.bcmodel")
    step("trainclassifier", {
        "INPUT": IMAGES[0], "IMAGES": [IMAGES[1]], "IMAGE_DATES": ",".join(DATES),
        "SENSOR": CUSTOM, "BAND_BLUE": 1, "BAND_GREEN": 2, "BAND_RED": 3, "BAND_NIR": 4, "SCALE": 0.0001,
        "OFFSET": 0, "INDICES": "NDVI,NDWI",
        "TRAINING": TRAINING, "CLASS_FIELD": "class", "DATE_FIELD": "date",
        "OUTPUT_MODEL": model, "OUTPUT_REPORT": os.path.join(out, "classifier_report.html"),
        "OUTPUT_DATE_ACCURACY": os.path.join(out, "accuracy_per_date.csv")})
    maps = []
    for date, image in zip(DATES, IMAGES):
        path = os.path.join(out, "habitat_{}.tif".format(date))
        step("classifyhabitats", {"INPUT": image, "MODEL": model,
                                  "OUTPUT": path})
        maps.append(path)
    transitions = os.path.join(out, "transitions.tif")
    step("transitionmap", {"SNAPSHOTS": maps, "SNAPSHOT_YEARS": "2016,2018", "MIN_CHANGE_PIXELS": 0,
                           "OUTPUT": transitions, "OUTPUT_TABLE": os.path.join(out, "transition_areas.csv"),
                           "OUTPUT_REPORT": os.path.join(out, "transitions.html")})

    for date, path, field in zip(DATES, maps, ("ref_from", "ref_to")):
        table = os.path.join(out, "accuracy_{}.csv".format(date))
        result = step("accuracyassessment", {"INPUT": path, "REFERENCE": REFERENCE, "REF_FIELD": field,
                                             "OUTPUT": table, "OUTPUT_MATRIX": os.path.join(
                                                 out, "matrix_{}.csv".format(date))})
        print_accuracy("Map of {} against the reference class at that date".format(date), result, table)
    table = os.path.join(out, "accuracy_transitions.csv")
    result = step("accuracyassessment", {"INPUT": transitions, "REFERENCE": REFERENCE, "REF_FROM_FIELD": "ref_from",
                                         "REF_TO_FIELD": "ref_to", "OUTPUT": table,
                                         "OUTPUT_MATRIX": os.path.join(out, "matrix_transitions.csv"),
                                         "OUTPUT_REPORT": os.path.join(out, "accuracy_transitions.html")})
    print_accuracy("Transition map 2016 -> 2018 against the reference transitions", result, table)
    print("Real change of class between the dates is about 1 ha (a filled quarry pond, a fill platform; "
          "sample_data/README.md): mapped change beyond that is error (vessels, haze, shadows, edges).")

    # the design to label next: the transition map's own strata, at least 30 points in every change stratum
    change_sample = os.path.join(out, "change_sample.gpkg")
    designed = step("samplingdesign", {"INPUT": transitions, "SAMPLE_SIZE": 300, "MIN_CHANGE_SAMPLE": 30, "SEED": 1,
                                       "OUTPUT": change_sample})
    print("A stratified sample of the transition map ({} points) is in {}: label it on both dates with\n"
          "  /usr/bin/python3 scripts/make_hongkong_samples.py sheets --points {}".format(
              int(designed["SAMPLE_SIZE_DRAWN"]), change_sample, change_sample))


if __name__ == "__main__":
    main()
