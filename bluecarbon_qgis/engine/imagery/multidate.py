"""Several dates classified the same way: which image each training sample belongs to, how well the model does
on the samples of each date, the range of spectra a model was trained on, and the share of an image's pixels
whose spectra fall outside it."""
import numpy as np

from ..errors import InputError
from .classifier import features, fit_predict, predict_classes
from .indices import BlockReader
from .sensors import NEGATIVE_FLOOR, ROLES, SAMPLE_PIXELS, lattice_windows

RANGE_PERCENTILES = (1.0, 99.0)   # the training spectra's range, per feature
RANGE_MARGIN = 0.1                # tolerance on each side: this share of the range ...
REFLECTANCE_TOLERANCE = 0.01      # ... and at least this for a reflectance (the noise of dark water)
INDEX_TOLERANCE = 0.05            # ... or this for an index
DARK = 0.02                       # a band's training range reaching this low covers the noise of dark water
UNSEEN_LIMIT = 5.0                # percentage points of unseen spectra above the training images' own share
TRANSFER_WARN = 0.1               # accuracy lost without a date's own samples that is warned about


def parse_dates(text, n_images):
    """The date labels of the images, in order, from a comma-separated list; one per image, all different."""
    dates = [t.strip() for t in (text or "").split(",")]
    if not text or not text.strip():
        raise InputError("Give the date of each image in IMAGE_DATES (comma-separated, in the order INPUT, then "
                         "the images of IMAGES), written as in the date field of the training samples.")
    if len(dates) != n_images or not all(dates):
        raise InputError("IMAGE_DATES lists {n} date(s) ({dates}) for {images} image(s) (INPUT and the {more} of "
                         "IMAGES): give one date per image, in that order.", n=len([d for d in dates if d]),
                         dates=", ".join(d for d in dates if d) or "none", images=n_images, more=n_images - 1)
    repeated = sorted({d for d in dates if dates.count(d) > 1})
    if repeated:
        raise InputError("IMAGE_DATES names {dates} more than once: give each image its own date (one image per "
                         "date).", dates=", ".join(repeated))
    return dates


def date_key(value):
    """A date field's value as the text it is matched on: whole numbers without decimals (2005.0 → 2005), text
    trimmed; None when empty."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text if text and text.upper() != "NULL" else None


def match_dates(values, image_dates):
    """Per sample, the index of its image (None where its date is empty); refuses dates that match no image."""
    index = {d: i for i, d in enumerate(image_dates)}
    unknown = sorted({v for v in values if v is not None and v not in index})
    if unknown:
        raise InputError("The date field holds {n} date(s) that match no image: {dates}. The images' dates "
                         "(IMAGE_DATES) are {known}; add the images of those dates to IMAGES and their dates to "
                         "IMAGE_DATES, or correct the samples' dates.", n=len(unknown),
                         dates=", ".join(unknown[:10]) + (" …" if len(unknown) > 10 else ""),
                         known=", ".join(image_dates))
    return [None if v is None else index[v] for v in values]


def accuracy_by_date(y, predicted, sample_date, n_dates):
    """Per date: (samples, share predicted right) of the validation predictions (out of bag or cross-validated)."""
    out = []
    for d in range(n_dates):
        on = sample_date == d
        n = int(on.sum())
        out.append((n, float((predicted[on] == y[on]).mean()) if n else float("nan")))
    return out


def accuracy_without_date(x, y, sample_date, n_dates, method, *, seed=1, n_estimators=100, n_jobs=-1):
    """Per date: the accuracy on its samples of a model trained on the other dates only (how the model fares on a
    date whose samples it has not seen), or None with one date or when the other dates hold fewer than two
    classes."""
    out = []
    for d in range(n_dates):
        on = sample_date == d
        if n_dates < 2 or not on.any() or np.unique(y[~on]).size < 2:
            out.append(None)
            continue
        pred = fit_predict(x[~on], y[~on], x[on], method, seed=seed, n_estimators=n_estimators, n_jobs=n_jobs)
        out.append(float((pred == y[on]).mean()))
    return out


def feature_ranges(x, names):
    """The training spectra's range per feature: the 1st and 99th percentiles."""
    lo, hi = np.percentile(x.astype(np.float64), RANGE_PERCENTILES, axis=0)
    return {"percentiles": list(RANGE_PERCENTILES), "features": list(names), "lo": lo.tolist(), "hi": hi.tolist()}


def class_ranges(x, y, names):
    """The range per feature of each class's training spectra: {class (text): ranges}."""
    return {str(int(c)): feature_ranges(x[y == c], names) for c in np.unique(y)}


def tolerated(ranges):
    """(lo, hi) per feature with the tolerance on each side: 10 % of the range, and at least 0.01 reflectance for
    a band or 0.05 for an index. A band whose training range reaches dark values (0.02 reflectance or less, as
    water's NIR and SWIR do) takes everything down to −0.01, the noise of dark water: a coastal scene whose water
    NIR sits just below zero is not 'unseen' when the training had water."""
    lo, hi = np.array(ranges["lo"]), np.array(ranges["hi"])
    band = np.array([f in ROLES for f in ranges["features"]])
    margin = np.maximum(RANGE_MARGIN * (hi - lo), np.where(band, REFLECTANCE_TOLERANCE, INDEX_TOLERANCE))
    low = lo - margin
    dark = band & (lo <= DARK)
    low[dark] = np.minimum(low[dark], NEGATIVE_FLOOR)
    return low, hi + margin


def sample_features(path, bmap, indices, *, mask=None, max_pixels=SAMPLE_PIXELS):
    """Feature rows of about ``max_pixels`` valid pixels spread over the image (all of a small image; else a
    lattice of small windows), inside ``mask`` (a uint8 raster on the image's grid, non-zero inside) if given."""
    reader = BlockReader(path, bmap)
    w, h = reader.width, reader.height
    if w * h <= 4 * max_pixels:
        windows = [(0, r0, w, n) for r0, n in reader.strips()]
    else:
        windows = lattice_windows(w, h, max_pixels)
    rows = []
    for x0, y0, ww, wh in windows:
        refl, valid = reader.read(x0, y0, ww, wh)
        if mask is not None:
            valid &= mask.GetRasterBand(1).ReadAsArray(x0, y0, ww, wh) > 0
        rows.append(features(refl, valid, bmap, indices)[0])
    return np.vstack(rows)


def unseen_spectra(x, predicted, ranges_by_class):
    """Pixels whose spectra the model has not seen: a band's reflectance outside the tolerated training range of
    the class the model gives them (hazy water classified as land has land's NIR range to meet, not water's).
    Indices are recorded but not judged: they are functions of the bands, and ratios of bands at zero (water's
    NIR and SWIR a hair below it) leave any training range (MNDWI above 1) without the spectra being new.
    Returns (percent of the rows, {band: percent})."""
    names = next(iter(ranges_by_class.values()))["features"]
    cols = [i for i, f in enumerate(names) if f in ROLES]
    if not x.shape[0]:
        return 0.0, {names[i]: 0.0 for i in cols}
    out = np.zeros((x.shape[0], len(cols)), bool)
    for c, ranges in ranges_by_class.items():
        on = predicted == int(c)
        lo, hi = tolerated(ranges)
        v = x[on][:, cols]
        out[on] = (v < lo[cols]) | (v > hi[cols])
    return 100.0 * float(out.any(axis=1).mean()), {names[i]: 100.0 * float(out[:, k].mean())
                                                    for k, i in enumerate(cols)}


def unseen_in_image(path, bmap, indices, model, meta, *, mask=None):
    """(percent of unseen spectra, {band: percent}, pixels sampled) of an image for a model whose metadata hold
    ``class_ranges``."""
    x = sample_features(path, bmap, indices, mask=mask)
    share, per = unseen_spectra(x, predict_classes(model, meta["classes"], x), meta["class_ranges"])
    return share, per, x.shape[0]
