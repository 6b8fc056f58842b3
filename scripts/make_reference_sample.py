"""Draw, show and package the demo's reference sample (development script, not part of the plugin).

The sample is a simple random sample of pixel centres drawn uniformly, without replacement, over the valid
pixels of the real Sentinel-2 chip in sample_data/. Each point is labelled by looking at the image (see
"How the reference sample was labelled" in sample_data/README.md); this script never assigns a class.

Run with the system Python (numpy, rasterio, geopandas, matplotlib):

    /usr/bin/python3 scripts/make_reference_sample.py sheets [--out DIR]
        draw the sample, write an overview of the chip with the points and contact sheets (20 points a sheet:
        true colour B4/B3/B2, false colour B8/B4/B3 and a wider true-colour context, the centre pixel marked,
        the depth at the point) into DIR (default: a new temporary folder)
    /usr/bin/python3 scripts/make_reference_sample.py zoom ID [ID ...] [--out DIR]
        close-up (21 x 21 pixels, the centre pixel outlined) of doubtful points
    /usr/bin/python3 scripts/make_reference_sample.py build
        write sample_data/reference_demo.gpkg from the draw and sample_data/reference_labels.csv

The point ids follow the order of the draw, so the first k points of the sample are themselves a simple random
sample of size k.
"""
import argparse
import csv
import os
import sys
import tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE_DATA = os.path.join(ROOT, "sample_data")
IMAGE = os.path.join(SAMPLE_DATA, "s2l2a_ponce_pr_20190108_6band.tif")
DEPTH = os.path.join(SAMPLE_DATA, "s2l2a_ponce_pr_depth_10m.tif")
LABELS = os.path.join(SAMPLE_DATA, "reference_labels.csv")
GPKG = os.path.join(SAMPLE_DATA, "reference_demo.gpkg")

SEED = 20190108       # the image's date
SIZE = 400            # points drawn
CLASSES = {1: "open water", 2: "tidal flat", 3: "mangrove", 4: "salt marsh", 5: "seagrass",
           6: "seaweed/macroalgae", 7: "floating mariculture", 8: "aquaculture ponds", 9: "other land"}
CONFIDENCE = ("high", "medium", "low")
CHIP = 41             # chip side (pixels) around each point
CONTEXT = 121         # side of the wider context view (pixels)
PER_SHEET = 20


def read_image():
    """Reflectance (6, rows, cols) as DN/10000, the valid-pixel mask, the depth (m, 0 = nodata) and the grid."""
    import rasterio

    with rasterio.open(IMAGE) as src:
        dn = src.read()
        transform, crs = src.transform, src.crs
        nodata = src.nodata
    with rasterio.open(DEPTH) as src:
        depth = src.read(1)
    valid = np.all(dn != nodata, axis=0)
    return dn.astype(np.float64) / 10000.0, valid, depth, transform, crs


def draw_sample(valid, transform, size=SIZE, seed=SEED):
    """Simple random sample of `size` valid pixels (without replacement); ids in order of the draw.

    Returns a list of dicts with id, row, col and the pixel centre x, y in the image's CRS.
    """
    rng = np.random.default_rng(seed)
    flat = np.flatnonzero(valid.ravel())
    picked = rng.choice(flat, size=size, replace=False)
    rows, cols = np.divmod(picked, valid.shape[1])
    points = []
    for i, (r, c) in enumerate(zip(rows, cols), start=1):
        x, y = transform * (c + 0.5, r + 0.5)
        points.append({"id": i, "row": int(r), "col": int(c), "x": float(x), "y": float(y)})
    return points


def _stretch(refl, bands, lo_pct=1.0, hi_pct=99.5, gamma=0.6):
    """Display image (rows, cols, 3) in 0..1: one linear stretch per band over the whole chip, then a gamma.

    The limits come from the whole chip, so a colour means the same on every sheet.
    """
    out = []
    for b in bands:
        lo, hi = np.percentile(refl[b], [lo_pct, hi_pct])
        out.append(np.clip((refl[b] - lo) / (hi - lo), 0, 1) ** gamma)
    return np.dstack(out)


def _window(img, row, col, side):
    """side x side window of img centred on (row, col), grey outside the chip."""
    half = side // 2
    win = np.full((side, side, 3), 0.5)
    r0, c0 = row - half, col - half
    rs, cs = max(r0, 0), max(c0, 0)
    re, ce = min(r0 + side, img.shape[0]), min(c0 + side, img.shape[1])
    win[rs - r0:re - r0, cs - c0:ce - c0] = img[rs:re, cs:ce]
    return win


def render(out_dir, refl, depth, points):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    true_colour = _stretch(refl, (0, 1, 2))
    false_colour = _stretch(refl, (3, 0, 1))
    os.makedirs(out_dir, exist_ok=True)

    for name, img in (("overview_true.png", true_colour), ("overview_false.png", false_colour)):
        fig, ax = plt.subplots(figsize=(img.shape[1] / 30, img.shape[0] / 30), dpi=100)
        ax.imshow(img, interpolation="nearest")
        for p in points:
            ax.plot(p["col"], p["row"], "+", color="yellow", ms=5, mew=0.8)
            ax.text(p["col"] + 1.5, p["row"] - 1.5, str(p["id"]), color="yellow", fontsize=5)
        ax.set_xticks(range(0, img.shape[1], 50))
        ax.set_yticks(range(0, img.shape[0], 50))
        ax.tick_params(labelsize=6)
        fig.tight_layout()
        fig.savefig(os.path.join(out_dir, name))
        plt.close(fig)

    half = CHIP // 2
    cols_per_row = 4
    for start in range(0, len(points), PER_SHEET):
        batch = points[start:start + PER_SHEET]
        rows = (len(batch) + cols_per_row - 1) // cols_per_row
        fig, axes = plt.subplots(rows, cols_per_row * 3, figsize=(cols_per_row * 3 * 1.45, rows * 1.65), dpi=100,
                                 squeeze=False)
        for ax in axes.ravel():
            ax.set_axis_off()
        for k, p in enumerate(batch):
            r, c = divmod(k, cols_per_row)
            d = depth[p["row"], p["col"]]
            views = ((_window(true_colour, p["row"], p["col"], CHIP), "true", half),
                     (_window(false_colour, p["row"], p["col"], CHIP), "false", half),
                     (_window(true_colour, p["row"], p["col"], CONTEXT), "context", CONTEXT // 2))
            for j, (img, kind, centre) in enumerate(views):
                ax = axes[r, c * 3 + j]
                ax.imshow(img, interpolation="nearest")
                if kind == "context":
                    ax.add_patch(Rectangle((centre - half - 0.5, centre - half - 0.5), CHIP, CHIP,
                                           fill=False, ec="yellow", lw=0.6))
                else:
                    ax.add_patch(Rectangle((centre - 1.5, centre - 1.5), 3, 3, fill=False, ec="yellow", lw=0.8))
                if j == 0:
                    ax.set_title("#{} depth {}".format(p["id"], "none" if d == 0 else "{:.1f} m".format(d)),
                                 fontsize=7, loc="left")
                elif j == 1:
                    ax.set_title("r{} c{}".format(p["row"], p["col"]), fontsize=6, loc="left")
        fig.subplots_adjust(left=0.005, right=0.995, bottom=0.005, top=0.96, wspace=0.04, hspace=0.2)
        fig.savefig(os.path.join(out_dir, "sheet_{:03d}-{:03d}.png".format(batch[0]["id"], batch[-1]["id"])))
        plt.close(fig)


def render_zoom(out_dir, refl, depth, points, ids, side=21):
    """Close-up views (side x side pixels, true and false colour) of the given point ids, for doubtful points."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    true_colour = _stretch(refl, (0, 1, 2))
    false_colour = _stretch(refl, (3, 0, 1))
    chosen = [p for p in points if p["id"] in ids]
    os.makedirs(out_dir, exist_ok=True)
    rows = (len(chosen) + 1) // 2
    fig, axes = plt.subplots(rows, 4, figsize=(12, 3 * rows), dpi=100, squeeze=False)
    for ax in axes.ravel():
        ax.set_axis_off()
    for k, p in enumerate(chosen):
        d = depth[p["row"], p["col"]]
        r, c = divmod(k, 2)
        for j, img in enumerate((true_colour, false_colour)):
            ax = axes[r, 2 * c + j]
            ax.imshow(_window(img, p["row"], p["col"], side), interpolation="nearest")
            ax.add_patch(Rectangle((side // 2 - 0.5, side // 2 - 0.5), 1, 1, fill=False, ec="yellow", lw=1))
        axes[r, 2 * c].set_title("#{} depth {}".format(p["id"], "none" if d == 0 else "{:.1f} m".format(d)),
                             fontsize=9, loc="left")
    return save_zoom(fig, out_dir, chosen)


def save_zoom(fig, out_dir, chosen):
    """Save a close-up figure of the chosen points as zoom_<ids>.png in out_dir; returns its path."""
    import matplotlib.pyplot as plt

    fig.tight_layout()
    path = os.path.join(out_dir, "zoom_{}.png".format("_".join(str(p["id"]) for p in chosen)))
    fig.savefig(path)
    plt.close(fig)
    return path


def read_label_rows(path, class_fields):
    """A labels CSV as {id: (class per field of class_fields..., confidence, note)}; checks every row: classes of
    the plugin's scheme, a known confidence, a note saying what was seen, each id once."""
    labels = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            pid = int(row["id"])
            classes = tuple(int(row[k]) for k in class_fields)
            bad = [c for c in classes if c not in CLASSES]
            if bad:
                raise ValueError("point {}: class {} is not in the plugin's scheme".format(pid, bad[0]))
            if row["confidence"] not in CONFIDENCE:
                raise ValueError("point {}: confidence must be one of {}".format(pid, CONFIDENCE))
            if not row["note"].strip():
                raise ValueError("point {}: the note says what was seen and must not be empty".format(pid))
            if pid in labels:
                raise ValueError("point {} is labelled twice".format(pid))
            labels[pid] = classes + (row["confidence"], row["note"])
    return labels


def read_labels(path=LABELS):
    """The labels CSV as {id: (class, confidence, note)}; checks every row."""
    return read_label_rows(path, ("class",))


def build(points, crs, labels):
    """Write the labelled points (the first len(labels) of the draw) to reference_demo.gpkg."""
    import geopandas as gpd
    from shapely.geometry import Point

    expected = set(range(1, len(labels) + 1))
    if set(labels) != expected:
        raise ValueError("labels must cover the points 1..{} of the draw without gaps".format(len(labels)))
    rows = [p for p in points if p["id"] in labels]
    frame = gpd.GeoDataFrame(
        {"id": [p["id"] for p in rows],
         "ref_class": [labels[p["id"]][0] for p in rows],
         "confidence": [labels[p["id"]][1] for p in rows],
         "note": [labels[p["id"]][2] for p in rows]},
        geometry=[Point(p["x"], p["y"]) for p in rows], crs=crs.to_wkt())
    if os.path.exists(GPKG):
        os.remove(GPKG)
    schema = {"geometry": "Point",
              "properties": {"id": "int32", "ref_class": "int32", "confidence": "str", "note": "str"}}
    frame.to_file(GPKG, layer="reference_demo", driver="GPKG", schema=schema)
    return frame


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("sheets", "zoom", "build"))
    parser.add_argument("ids", nargs="*", type=int, help="point ids to show close up (zoom step)")
    parser.add_argument("--out", help="folder for the overview and the contact sheets (sheets step)")
    args = parser.parse_args(argv)
    refl, valid, depth, transform, crs = read_image()
    points = draw_sample(valid, transform)
    if args.step == "sheets":
        out = args.out or tempfile.mkdtemp(prefix="reference_sheets_")
        render(out, refl, depth, points)
        print(out)
    elif args.step == "zoom":
        print(render_zoom(args.out or tempfile.mkdtemp(prefix="reference_zoom_"), refl, depth, points, set(args.ids)))
    else:
        frame = build(points, crs, read_labels())
        counts = frame["ref_class"].value_counts().sort_index()
        print("{} points written to {}".format(len(frame), os.path.relpath(GPKG, ROOT)))
        for cls, n in counts.items():
            print("  {} {:<22} {}".format(cls, CLASSES[cls], n))


if __name__ == "__main__":
    sys.exit(main())
