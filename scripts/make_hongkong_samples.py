"""Training points and the reference sample of transitions of the two-date Hong Kong pair (development script,
not part of the plugin).

The pair is sample_data/s2l1c_hongkong_20160927_4band.tif and ..._20180323_4band.tif, one grid (see
sample_data/README.md). Every label was given by looking at the images (see "How the Hong Kong training points were
labelled" and "How the Hong Kong reference sample was labelled" in sample_data/README.md); the consistency rules
below only keep the drawn training points off pixels that contradict the interpreted box (a vessel on the water, a
shadowed edge), and no rule, index or map ever labelled a reference point.

Run with the system Python (numpy, GDAL, rasterio, geopandas, matplotlib):

    /usr/bin/python3 scripts/make_hongkong_samples.py training
        write sample_data/training_hongkong.gpkg (boxes and rules in TRAINING, seed 20160927)
    /usr/bin/python3 scripts/make_hongkong_samples.py sheets [--out DIR] [--points FILE]
        draw the reference sample (or read the points of FILE, any point layer with an id or sample_id field, for
        example the output of samplingdesign) and write contact sheets, 10 points a sheet: for each point true colour
        (B4/B3/B2) and false colour (B8/B4/B3) chips of both dates side by side, 41 x 41 pixels with the centre
        pixel marked, and a 121 x 121-pixel true-colour context of each date
    /usr/bin/python3 scripts/make_hongkong_samples.py zoom ID [ID ...] [--out DIR] [--points FILE]
        21 x 21-pixel close-ups of both dates of doubtful points
    /usr/bin/python3 scripts/make_hongkong_samples.py build
        write sample_data/reference_transitions_hongkong.gpkg from the draw and
        sample_data/reference_transitions_hongkong.csv

The change-stratified sample of the demo's transition map (samplingdesign's points, see "The change-stratified
reference sample" in sample_data/README.md):

    /usr/bin/python3 scripts/make_hongkong_samples.py change-sheets --points DESIGN.gpkg [--out DIR]
        contact sheets of the design's points under blind numbers (a fixed random permutation, CHANGE_BLIND_SEED),
        so that neither the stratum nor the mapped transition can be read from a point's number; DIR also gets
        blind_points.gpkg (for `zoom ID ... --points DIR/blind_points.gpkg`) and blind_key.csv (blind number ->
        sample_id, stratum, mapped transition; not opened while labelling)
    /usr/bin/python3 scripts/make_hongkong_samples.py change-merge --points DESIGN.gpkg --labels BLIND_LABELS.csv
        write sample_data/reference_change_hongkong.csv: the design's points with the labels given by blind number
        (columns blind, ref_from, ref_to, confidence, note)
    /usr/bin/python3 scripts/make_hongkong_samples.py change-build
        write sample_data/reference_change_hongkong.gpkg from sample_data/reference_change_hongkong.csv

The point ids follow the order of the draw, so the first k points are themselves a simple random sample.
"""
import argparse
import os
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_reference_sample as base  # noqa: E402  (one draw, stretch and window for both demo samples)

ROOT = base.ROOT
SAMPLE_DATA = base.SAMPLE_DATA
DATES = ("2016-09-27", "2018-03-23")
IMAGES = tuple(os.path.join(SAMPLE_DATA, "s2l1c_hongkong_{}_4band.tif".format(d.replace("-", ""))) for d in DATES)
TRAINING_GPKG = os.path.join(SAMPLE_DATA, "training_hongkong.gpkg")
LABELS = os.path.join(SAMPLE_DATA, "reference_transitions_hongkong.csv")
GPKG = os.path.join(SAMPLE_DATA, "reference_transitions_hongkong.gpkg")
CHANGE_CSV = os.path.join(SAMPLE_DATA, "reference_change_hongkong.csv")
CHANGE_GPKG = os.path.join(SAMPLE_DATA, "reference_change_hongkong.gpkg")
CHANGE_BLIND_SEED = 2018   # order in which the change-stratified sample was shown for labelling
CHANGE_FIELDS = ("id", "blind", "stratum", "map_from", "map_to", "x", "y", "ref_from", "ref_to", "confidence",
                 "note")

TRAINING_SEED = 20160927   # the first date
SEED = 20180323            # the second date
SIZE = 300                 # reference points drawn
PER_SHEET = 10
CLASSES, CONFIDENCE = base.CLASSES, base.CONFIDENCE
BLUE, GREEN, RED, NIR = range(4)   # band order of the pair


def read_pair():
    """TOA reflectance (2 dates, 4 bands, rows, cols) as DN/10000, the valid mask, the transform and the CRS."""
    import rasterio

    refl, valid = [], None
    for path in IMAGES:
        with rasterio.open(path) as src:
            dn = src.read()
            transform, crs, nodata = src.transform, src.crs, src.nodata
        ok = np.all(dn != nodata, axis=0)
        valid = ok if valid is None else valid & ok
        refl.append(dn.astype(np.float64) / 10000.0)
    return np.stack(refl), valid, transform, crs


def indices(r):
    """NDWI (green, NIR; McFeeters 1996) and NDVI of one date's reflectance (4, rows, cols)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        ndwi = (r[GREEN] - r[NIR]) / (r[GREEN] + r[NIR])
        ndvi = (r[NIR] - r[RED]) / (r[NIR] + r[RED])
    return ndwi, ndvi


# Rules on (ndwi, ndvi, nir) of one date. They only keep points off pixels that contradict the box's interpreted
# class; the class itself is what was seen in the box on that date's image.
WATER = ("NDWI > 0.15 and NIR < 0.08 (no vessel, no shore pixel, no cloud)",
         lambda ndwi, ndvi, nir: (ndwi > 0.15) & (nir < 0.08))
VEGETATION = ("NDVI > 0.5", lambda ndwi, ndvi, nir: ndvi > 0.5)
BUILT = ("NDVI < 0.3 and NDWI < 0", lambda ndwi, ndvi, nir: (ndvi < 0.3) & (ndwi < 0))
BARE = ("NDVI < 0.2 and NDWI < -0.05", lambda ndwi, ndvi, nir: (ndvi < 0.2) & (ndwi < -0.05))
LAND = ("NDWI < -0.1", lambda ndwi, ndvi, nir: ndwi < -0.1)

TRAINING = (
    # name, pixel box (row0, row1, col0, col1), {date index: (class, cover)}, rule, points per date.
    # A box with one date is labelled on that date only; a box with both dates and the same class is stable
    # ground, drawn anew on each date; a box whose class differs between the dates is changed ground, and its
    # points are the same pixels on both dates (the rule must hold on both).
    ("Junk Bay, centre", (530, 610, 250, 370), {0: (1, "sea"), 1: (1, "sea")}, WATER, 20),
    ("Junk Bay, mouth", (620, 705, 170, 350), {0: (1, "sea"), 1: (1, "sea")}, WATER, 20),
    ("Port Shelter coast", (30, 180, 482, 506), {0: (1, "sea"), 1: (1, "sea")}, WATER, 15),
    ("Lei Yue Mun, harbour", (490, 590, 2, 30), {0: (1, "sea with moored boats"), 1: (1, "sea with moored boats")},
     WATER, 10),
    ("head of Junk Bay", (447, 505, 295, 355), {0: (1, "sea"), 1: (1, "sea")}, WATER, 15),
    ("Tseung Kwan O channel", (400, 440, 355, 372), {0: (1, "narrow channel"), 1: (1, "narrow channel")}, WATER, 5),
    ("reclamation cell", (447, 490, 276, 284), {1: (1, "turbid water enclosed by a silt curtain")}, WATER, 10),
    ("quarry pond", (193, 201, 65, 76), {0: (1, "pond in a quarry"), 1: (9, "quarry floor, pond filled")},
     None, 12),
    ("fill platform", (484, 492, 244, 257), {0: (1, "sea"), 1: (9, "new fill platform")}, None, 10),
    ("wooded hills, north", (40, 130, 200, 320), {0: (9, "woodland and shrub"), 1: (9, "woodland and shrub")},
     VEGETATION, 15),
    ("wooded hills, centre", (300, 420, 120, 200), {0: (9, "woodland and shrub"), 1: (9, "woodland and shrub")},
     VEGETATION, 15),
    ("wooded hills, east", (280, 340, 440, 500), {0: (9, "woodland and shrub"), 1: (9, "woodland and shrub")},
     VEGETATION, 10),
    ("Tseung Kwan O new town", (240, 300, 340, 410), {0: (9, "high-rise town"), 1: (9, "high-rise town")},
     BUILT, 15),
    ("Lam Tin and Kwun Tong", (300, 400, 10, 70), {0: (9, "high-rise town"), 1: (9, "high-rise town")}, BUILT, 10),
    ("industrial estate", (590, 690, 400, 470), {0: (9, "industrial roofs"), 1: (9, "industrial roofs")},
     BUILT, 10),
    ("quarry", (140, 230, 20, 110), {0: (9, "bare rock and soil"), 1: (9, "bare rock and soil")}, BARE, 10),
    ("bare platform, west shore", (470, 540, 175, 235), {0: (9, "bare ground"), 1: (9, "bare ground")}, BARE, 8),
    ("fill bank, east", (430, 470, 390, 440), {0: (9, "grass and scrub on fill"), 1: (9, "grass, scrub, tracks")},
     LAND, 8),
    ("construction to towers", (495, 545, 390, 440), {0: (9, "construction site"), 1: (9, "new towers")},
     LAND, 8),
)
# Changed ground (rule None above): water on the first date and land on the second, both checked.
WATER_TO_LAND = ("NDWI > 0.15 on 2016-09-27 and NDWI < -0.05 on 2018-03-23",
                 lambda idx: (idx[0][0] > 0.15) & (idx[1][0] < -0.05))


def _pick(rng, mask, n):
    rows, cols = np.nonzero(mask)
    pick = np.sort(rng.choice(rows.size, size=min(n, rows.size), replace=False))
    return rows[pick], cols[pick]


def training_points(refl, transform, crs, path=TRAINING_GPKG):
    """The training points as rows of (name, date, class, cover, row, col, x, y); writes them to ``path``."""
    from osgeo import ogr, osr

    idx = [indices(r) for r in refl]
    rng = np.random.default_rng(TRAINING_SEED)
    rows_out = []
    for name, (r0, r1, c0, c1), labels, rule, n in TRAINING:
        win = (slice(r0, r1), slice(c0, c1))
        if rule is None:
            ok = WATER_TO_LAND[1]([(i[0][win], i[1][win]) for i in idx])
        else:
            ok = [rule[1](idx[d][0][win], idx[d][1][win], refl[d][NIR][win]) for d in range(2)]
        changed = len(labels) == 2 and labels[0][0] != labels[1][0]
        if changed:
            rows, cols = _pick(rng, ok if rule is None else ok[0] & ok[1], n)
            draws = {d: (rows, cols) for d in labels}
        else:
            draws = {d: _pick(rng, ok[d], n) for d in sorted(labels)}
        for d, (rows, cols) in draws.items():
            cls, cover = labels[d]
            for r, c in zip(rows + r0, cols + c0):
                x, y = transform * (c + 0.5, r + 0.5)
                rows_out.append((name, DATES[d], cls, cover, int(r), int(c), float(x), float(y)))

    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs.to_wkt())
    lyr = ds.CreateLayer("training", srs, ogr.wkbPoint)
    for field, kind in (("class", ogr.OFTInteger), ("label", ogr.OFTString), ("date", ogr.OFTString),
                        ("cover", ogr.OFTString), ("box", ogr.OFTString)):
        lyr.CreateField(ogr.FieldDefn(field, kind))
    for name, date, cls, cover, _r, _c, x, y in rows_out:
        feat = ogr.Feature(lyr.GetLayerDefn())
        for field, value in (("class", cls), ("label", CLASSES[cls]), ("date", date), ("cover", cover),
                             ("box", name)):
            feat.SetField(field, value)
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(x, y)
        feat.SetGeometry(pt)
        lyr.CreateFeature(feat)
    ds = None
    return rows_out


# --- the reference sample -------------------------------------------------------------------------------------

def read_points(path, transform):
    """Points of any point layer with an `id` field (or `sample_id`, as samplingdesign writes it), in the pair's
    CRS, as the draw's dicts."""
    import geopandas as gpd

    frame = gpd.read_file(path)
    inv = ~transform
    points = []
    for pid, geom in zip(frame["id" if "id" in frame else "sample_id"], frame.geometry):
        col, row = inv * (geom.x, geom.y)
        points.append({"id": int(pid), "row": int(np.floor(row)), "col": int(np.floor(col)),
                       "x": float(geom.x), "y": float(geom.y)})
    return sorted(points, key=lambda p: p["id"])


def _views(refl):
    """Per date the true-colour (B4/B3/B2) and false-colour (B8/B4/B3) display images, each band stretched once
    over its whole date (so a colour means the same on every sheet of that date)."""
    return [(base._stretch(r, (RED, GREEN, BLUE)), base._stretch(r, (NIR, RED, GREEN))) for r in refl]


def render(out_dir, refl, points):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    views = _views(refl)
    os.makedirs(out_dir, exist_ok=True)
    for date, (_true, false) in zip(DATES, views):
        fig, ax = plt.subplots(figsize=(false.shape[1] / 40, false.shape[0] / 40), dpi=100)
        ax.imshow(false, interpolation="nearest")
        for p in points:
            ax.plot(p["col"], p["row"], "+", color="yellow", ms=5, mew=0.8)
            ax.text(p["col"] + 1.5, p["row"] - 1.5, str(p["id"]), color="yellow", fontsize=5)
        ax.tick_params(labelsize=6)
        fig.tight_layout()
        fig.savefig(os.path.join(out_dir, "overview_{}.png".format(date)))
        plt.close(fig)
    chip, context = base.CHIP, base.CONTEXT
    for start in range(0, len(points), PER_SHEET):
        batch = points[start:start + PER_SHEET]
        fig, axes = plt.subplots(len(batch), 6, figsize=(6 * 1.75, len(batch) * 1.85), dpi=72, squeeze=False)
        for ax in axes.ravel():
            ax.set_axis_off()
        for k, p in enumerate(batch):
            panels = ((views[0][0], chip, "2016 true"), (views[1][0], chip, "2018 true"),
                      (views[0][1], chip, "2016 false"), (views[1][1], chip, "2018 false"),
                      (views[0][0], context, "2016 context"), (views[1][0], context, "2018 context"))
            for j, (img, side, title) in enumerate(panels):
                ax = axes[k, j]
                ax.imshow(base._window(img, p["row"], p["col"], side), interpolation="nearest")
                half = side // 2
                if side == context:
                    ax.add_patch(Rectangle((half - chip // 2 - 0.5, half - chip // 2 - 0.5), chip, chip,
                                           fill=False, ec="yellow", lw=0.6))
                    ax.add_patch(Rectangle((half - 1.5, half - 1.5), 3, 3, fill=False, ec="yellow", lw=0.6))
                else:
                    ax.add_patch(Rectangle((half - 1.5, half - 1.5), 3, 3, fill=False, ec="yellow", lw=0.8))
                ax.set_title("#{} {}".format(p["id"], title) if j == 0 else
                             ("r{} c{}".format(p["row"], p["col"]) if j == 1 else title), fontsize=7, loc="left")
        fig.subplots_adjust(left=0.005, right=0.995, bottom=0.005, top=0.98, wspace=0.03, hspace=0.18)
        fig.savefig(os.path.join(out_dir, "sheet_{:03d}-{:03d}.png".format(batch[0]["id"], batch[-1]["id"])))
        plt.close(fig)


def render_zoom(out_dir, refl, points, ids, side=21):
    """Close-ups (side x side pixels, true and false colour of both dates) of the given point ids."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    views = _views(refl)
    chosen = [p for p in points if p["id"] in ids]
    os.makedirs(out_dir, exist_ok=True)
    fig, axes = plt.subplots(len(chosen), 4, figsize=(12, 3.1 * len(chosen)), dpi=80, squeeze=False)
    for k, p in enumerate(chosen):
        for j, (img, title) in enumerate(((views[0][0], "2016 true"), (views[1][0], "2018 true"),
                                          (views[0][1], "2016 false"), (views[1][1], "2018 false"))):
            ax = axes[k, j]
            ax.set_axis_off()
            ax.imshow(base._window(img, p["row"], p["col"], side), interpolation="nearest")
            ax.add_patch(Rectangle((side // 2 - 0.5, side // 2 - 0.5), 1, 1, fill=False, ec="yellow", lw=1))
            ax.set_title("#{} {}".format(p["id"], title), fontsize=9, loc="left")
    return base.save_zoom(fig, out_dir, chosen)


def read_labels(path=LABELS):
    """The labels CSV as {id: (ref_from, ref_to, confidence, note)}; checks every row."""
    return base.read_label_rows(path, ("ref_from", "ref_to"))


def build(points, crs, labels):
    """Write the labelled points (the first len(labels) of the draw) to GPKG."""
    import geopandas as gpd
    from shapely.geometry import Point

    if set(labels) != set(range(1, len(labels) + 1)):
        raise ValueError("labels must cover the points 1..{} of the draw without gaps".format(len(labels)))
    rows = [p for p in points if p["id"] in labels]
    frame = gpd.GeoDataFrame(
        {"id": [p["id"] for p in rows],
         "ref_from": [labels[p["id"]][0] for p in rows],
         "ref_to": [labels[p["id"]][1] for p in rows],
         "confidence": [labels[p["id"]][2] for p in rows],
         "note": [labels[p["id"]][3] for p in rows]},
        geometry=[Point(p["x"], p["y"]) for p in rows], crs=crs.to_wkt())
    if os.path.exists(GPKG):
        os.remove(GPKG)
    schema = {"geometry": "Point", "properties": {"id": "int32", "ref_from": "int32", "ref_to": "int32",
                                                  "confidence": "str", "note": "str"}}
    frame.to_file(GPKG, layer="reference_transitions_hongkong", driver="GPKG", schema=schema)
    return frame


# --- the change-stratified sample of the demo's transition map -----------------------------------------------

def read_design(path, transform):
    """samplingdesign's points of a transition map as dicts (sample id, stratum, mapped from/to, row, col, x, y),
    each with its blind number: a permutation of 1..n drawn with CHANGE_BLIND_SEED."""
    import geopandas as gpd

    frame = gpd.read_file(path).sort_values("sample_id")
    blind = np.random.default_rng(CHANGE_BLIND_SEED).permutation(len(frame)) + 1
    inv = ~transform
    points = []
    for k, (_, row) in enumerate(frame.iterrows()):
        col, r = inv * (row.geometry.x, row.geometry.y)
        points.append({"id": int(row["sample_id"]), "blind": int(blind[k]), "stratum": int(row["stratum"]),
                       "map_from": int(row["from_class"]), "map_to": int(row["to_class"]),
                       "row": int(np.floor(r)), "col": int(np.floor(col)),
                       "x": float(row.geometry.x), "y": float(row.geometry.y)})
    return points


def change_sheets(out_dir, refl, design, crs):
    """Contact sheets of the design's points numbered by their blind numbers, the blind points layer for close-ups
    and the key (written, not shown)."""
    import csv

    import geopandas as gpd
    from shapely.geometry import Point

    shown = sorted(({**p, "id": p["blind"]} for p in design), key=lambda p: p["id"])
    render(out_dir, refl, shown)
    gpd.GeoDataFrame({"id": [p["id"] for p in shown]}, geometry=[Point(p["x"], p["y"]) for p in shown],
                     crs=crs.to_wkt()).to_file(os.path.join(out_dir, "blind_points.gpkg"), driver="GPKG")
    with open(os.path.join(out_dir, "blind_key.csv"), "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(("blind", "id", "stratum", "map_from", "map_to"))
        for p in sorted(design, key=lambda p: p["blind"]):
            writer.writerow((p["blind"], p["id"], p["stratum"], p["map_from"], p["map_to"]))


def change_merge(design, labels_path, path=CHANGE_CSV):
    """The design's points with the labels given by blind number, written to the shipped CSV (ordered by id)."""
    import csv

    with open(labels_path, newline="", encoding="utf-8") as fh:
        rows = [dict(r, id=r["blind"]) for r in csv.DictReader(fh)]
    tmp = tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="", encoding="utf-8")
    with tmp:
        writer = csv.DictWriter(tmp, ("id", "ref_from", "ref_to", "confidence", "note"), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    labels = base.read_label_rows(tmp.name, ("ref_from", "ref_to"))
    os.remove(tmp.name)
    if set(labels) != {p["blind"] for p in design}:
        raise ValueError("the labels must cover every blind number 1..{} once".format(len(design)))
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(CHANGE_FIELDS)
        for p in sorted(design, key=lambda p: p["id"]):
            ref_from, ref_to, confidence, note = labels[p["blind"]]
            writer.writerow((p["id"], p["blind"], p["stratum"], p["map_from"], p["map_to"], "{:.1f}".format(p["x"]),
                             "{:.1f}".format(p["y"]), ref_from, ref_to, confidence, note))
    return len(design)


def change_build(crs, path=CHANGE_CSV, out=CHANGE_GPKG):
    """The shipped CSV of the change-stratified sample as a point layer (fields as the CSV, without x and y)."""
    import csv

    import geopandas as gpd
    from shapely.geometry import Point

    labels = base.read_label_rows(path, ("ref_from", "ref_to"))
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    ints = ("id", "blind", "stratum", "map_from", "map_to", "ref_from", "ref_to")
    frame = gpd.GeoDataFrame({k: [int(r[k]) for r in rows] for k in ints}, crs=crs.to_wkt(),
                             geometry=[Point(float(r["x"]), float(r["y"])) for r in rows])
    frame["confidence"] = [labels[int(r["id"])][2] for r in rows]
    frame["note"] = [labels[int(r["id"])][3] for r in rows]
    if os.path.exists(out):
        os.remove(out)
    schema = {"geometry": "Point", "properties": dict([(k, "int32") for k in ints] +
                                                      [("confidence", "str"), ("note", "str")])}
    frame.to_file(out, layer="reference_change_hongkong", driver="GPKG", schema=schema)
    return frame


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("training", "sheets", "zoom", "build", "change-sheets", "change-merge",
                                         "change-build"))
    parser.add_argument("ids", nargs="*", type=int, help="point ids to show close up (zoom step)")
    parser.add_argument("--out", help="folder for the contact sheets or close-ups")
    parser.add_argument("--points",
                        help="label these points (a layer with an id or sample_id field) instead of the draw; "
                             "the change steps: samplingdesign's points of the transition map")
    parser.add_argument("--labels", help="change-merge: the labels by blind number")
    args = parser.parse_args(argv)
    refl, valid, transform, crs = read_pair()
    if args.step == "training":
        rows = training_points(refl, transform, crs)
        print("{} training points written to {}".format(len(rows), os.path.relpath(TRAINING_GPKG, ROOT)))
        for date in DATES:
            for cls in sorted(CLASSES):
                n = sum(1 for r in rows if r[1] == date and r[2] == cls)
                if n:
                    print("  {} {} {:<12} {}".format(date, cls, CLASSES[cls], n))
        return
    if args.step.startswith("change-"):
        if args.step == "change-build":
            frame = change_build(crs)
            print("{} points written to {}".format(len(frame), os.path.relpath(CHANGE_GPKG, ROOT)))
            for (s, a, b), n in frame.groupby(["stratum", "ref_from", "ref_to"]).size().items():
                print("  stratum {}: {} {} -> {} {}: {}".format(s, a, CLASSES[a], b, CLASSES[b], n))
            return
        design = read_design(args.points, transform)
        if args.step == "change-sheets":
            out = args.out or tempfile.mkdtemp(prefix="hongkong_change_sheets_")
            change_sheets(out, refl, design, crs)
            print(out)
        else:
            print("{} points written to {}".format(change_merge(design, args.labels), os.path.relpath(CHANGE_CSV, ROOT)))
        return
    points = read_points(args.points, transform) if args.points else base.draw_sample(valid, transform, SIZE, SEED)
    if args.step == "sheets":
        out = args.out or tempfile.mkdtemp(prefix="hongkong_sheets_")
        render(out, refl, points)
        print(out)
    elif args.step == "zoom":
        print(render_zoom(args.out or tempfile.mkdtemp(prefix="hongkong_zoom_"), refl, points, set(args.ids)))
    else:
        frame = build(points, crs, read_labels())
        print("{} points written to {}".format(len(frame), os.path.relpath(GPKG, ROOT)))
        for (a, b), n in frame.groupby(["ref_from", "ref_to"]).size().items():
            print("  {} {} -> {} {}: {}".format(a, CLASSES[a], b, CLASSES[b], n))


if __name__ == "__main__":
    sys.exit(main())
