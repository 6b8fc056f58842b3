"""Supervised habitat classification: samples, training, validation, block-wise prediction."""
import math

import numpy as np
from osgeo import gdal

from ..errors import Canceled, InputError
from .indices import INDICES, BlockReader, NODATA as INDEX_NODATA
from .modelio import use_threads
from ..raster.executor import open_cached, run_strips
from ..raster.rasterout import OutputRaster, bounded_block_cache
from .rules import burn
from .sensors import ROLES

CLASSIFY_CELLS_PER_SECOND = 0.5e6  # one core: a 100-tree forest predicts about 0.3 M pixels/s, XGBoost faster

METHODS = ("rf", "et", "xgb")
MIN_SAMPLES = 10
CHUNK_PIXELS = 250_000  # pixels per strip: small strips keep the workers' finishing times close


def feature_names(bmap, indices):
    return [r for r in ROLES if r in bmap.bands] + list(indices)


def features(refl, valid, bmap, indices):
    """(n_valid, n_features) float32 matrix of reflectances and indices, and the flat index of valid pixels."""
    cols = [refl[r] for r in ROLES if r in bmap.bands]
    for name in indices:
        v = INDICES[name][1](refl, bmap.wavelengths).astype(np.float32)
        v[~np.isfinite(v)] = 0.0  # a zero denominator: the tree sees a neutral value, not NaN
        cols.append(v)
    idx = np.flatnonzero(valid)
    return np.column_stack([c.ravel()[idx] for c in cols]).astype(np.float32), idx


def _burn(geom, gt, wkt, c0, r0, ncols, nrows):
    """Pixels of a window whose centre lies in the geometry (points: the pixel under the point)."""
    mem = gdal.GetDriverByName("MEM").Create("", ncols, nrows, 1, gdal.GDT_Byte)
    mem.SetGeoTransform((gt[0] + c0 * gt[1], gt[1], 0, gt[3] + r0 * gt[5], 0, gt[5]))
    mem.SetProjection(wkt)
    burn(mem, [geom.wkb])
    return mem.GetRasterBand(1).ReadAsArray() > 0


def extract_samples(path, bmap, indices, geoms, labels, *, max_per_class=1000, seed=1, is_canceled=None,
                    date=None):
    """Feature rows under training points/polygons, at most ``max_per_class`` per class (random, seeded);
    ``date`` names the samples' date in messages."""
    reader = BlockReader(path, bmap)
    gt = reader.ds.GetGeoTransform()
    wkt = reader.ds.GetProjection()
    xs, ys = [], []
    outside = 0
    for geom, label in zip(geoms, labels):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        if geom is None or geom.is_empty:
            continue
        minx, miny, maxx, maxy = geom.bounds
        c0 = max(int(math.floor((minx - gt[0]) / gt[1])), 0)
        c1 = min(int(math.floor((maxx - gt[0]) / gt[1])) + 1, reader.width)
        r0 = max(int(math.floor((maxy - gt[3]) / gt[5])), 0)
        r1 = min(int(math.floor((miny - gt[3]) / gt[5])) + 1, reader.height)
        if c1 <= c0 or r1 <= r0:
            outside += 1
            continue
        refl, valid = reader.read(c0, r0, c1 - c0, r1 - r0)
        if geom.geom_type in ("Point", "MultiPoint"):
            inside = np.zeros(valid.shape, dtype=bool)
            for p in getattr(geom, "geoms", [geom]):
                c, r = int((p.x - gt[0]) // gt[1]) - c0, int((p.y - gt[3]) // gt[5]) - r0
                if 0 <= r < inside.shape[0] and 0 <= c < inside.shape[1]:
                    inside[r, c] = True
        else:
            inside = _burn(geom, gt, wkt, c0, r0, c1 - c0, r1 - r0)
        x, _ = features(refl, valid & inside, bmap, indices)
        if x.shape[0] == 0:
            outside += 1
            continue
        xs.append(x)
        ys.append(np.full(x.shape[0], int(label), dtype=np.int64))
    if not xs and date is not None:
        raise InputError("No training sample of date {date} falls on valid pixels of its image ({path}); check "
                         "that the samples of that date and the image cover the same place.", date=date, path=path)
    if not xs:
        raise InputError("No training sample falls on valid pixels of the image; check that the samples and the "
                         "image cover the same place.")
    x, y = np.vstack(xs), np.concatenate(ys)
    rng = np.random.default_rng(seed)
    keep = []
    for c in np.unique(y):
        idx = np.flatnonzero(y == c)
        if idx.size > max_per_class:
            idx = np.sort(rng.choice(idx, size=max_per_class, replace=False))
        keep.append(idx)
    keep = np.concatenate(keep)
    return x[keep], y[keep], outside


def check_samples(y):
    classes, counts = np.unique(y, return_counts=True)
    if classes.size < 2:
        raise InputError("The training samples hold only one class ({cls}); a classifier needs at least two.",
                         cls=int(classes[0]) if classes.size else "–")
    few = [(int(c), int(n)) for c, n in zip(classes, counts) if n < MIN_SAMPLES]
    if few:
        raise InputError("These classes have fewer than {min} training pixels: {few}. Add samples or remove the "
                         "classes.", min=MIN_SAMPLES, few=", ".join("{} ({} px)".format(c, n) for c, n in few))
    return classes, counts


def _confusion(y_true, y_pred, classes):
    index = {c: i for i, c in enumerate(classes)}
    m = np.zeros((len(classes), len(classes)), dtype=np.int64)
    for t, p in zip(y_true, y_pred):
        m[index[int(t)], index[int(p)]] += 1
    return m


def new_model(method, *, seed=1, n_estimators=100, n_jobs=-1):
    """An unfitted estimator: random forest or extra trees (scikit-learn, with out-of-bag scores), or XGBoost."""
    if method in ("rf", "et"):
        from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
        cls = RandomForestClassifier if method == "rf" else ExtraTreesClassifier
        return cls(n_estimators=n_estimators, oob_score=True, bootstrap=True, random_state=seed, n_jobs=n_jobs)
    import xgboost
    return xgboost.XGBClassifier(n_estimators=n_estimators, max_depth=6, learning_rate=0.3, tree_method="hist",
                                 random_state=seed, n_jobs=n_jobs)


def fit_predict(x, y, x_new, method, *, seed=1, n_estimators=100, n_jobs=-1):
    """Class of each row of ``x_new`` by a model fitted on (x, y)."""
    classes = np.unique(y)
    model = new_model(method, seed=seed, n_estimators=n_estimators, n_jobs=n_jobs)
    if method in ("rf", "et"):
        return model.fit(x, y).predict(x_new)
    return classes[model.fit(x, np.searchsorted(classes, y)).predict(x_new).astype(int)]


def predict_classes(model, classes, x):
    """The most probable class of each row (in chunks, so that memory stays bounded)."""
    classes = np.asarray(classes)
    out = np.zeros(x.shape[0], dtype=np.int64)
    for i in range(0, x.shape[0], CHUNK_PIXELS):
        if x[i:i + CHUNK_PIXELS].shape[0]:
            out[i:i + CHUNK_PIXELS] = classes[model.predict_proba(x[i:i + CHUNK_PIXELS]).argmax(axis=1)]
    return out


def train(x, y, method, *, seed=1, n_estimators=100, n_jobs=-1):
    """Fit a model; returns (model, validation dict). RF/ET are validated out of bag, XGBoost by 5-fold CV; the
    validation's ``predicted`` holds each sample's out-of-bag or cross-validated class."""
    classes = np.unique(y)
    model = new_model(method, seed=seed, n_estimators=n_estimators, n_jobs=n_jobs)
    if method in ("rf", "et"):
        model.fit(x, y)
        proba = np.nan_to_num(model.oob_decision_function_)
        pred = model.classes_[proba.argmax(axis=1)]
        how = "out-of-bag"
    else:
        from sklearn.model_selection import StratifiedKFold
        pred = np.empty_like(y)
        for train_i, test_i in StratifiedKFold(5, shuffle=True, random_state=seed).split(x, y):
            pred[test_i] = fit_predict(x[train_i], y[train_i], x[test_i], method, seed=seed,
                                       n_estimators=n_estimators, n_jobs=n_jobs)
        model.fit(x, np.searchsorted(classes, y))
        how = "5-fold cross-validation"
    matrix = _confusion(y, pred, classes)
    return model, {"how": how, "classes": classes.tolist(), "matrix": matrix.tolist(),
                   "accuracy": float(np.trace(matrix) / matrix.sum()),
                   "importances": model.feature_importances_.tolist(), "predicted": pred}


def check_raster_matches(meta, ds):
    """Refuse an image whose band layout is not the training image's (when it is read with the model's band
    map, without a sensor preset of its own)."""
    if ds.RasterCount != meta["band_count"]:
        raise InputError("The model was trained on an image with {model} band(s) but this raster has {raster}; "
                         "classify an image of the same product and band layout, or set SENSOR to this image's "
                         "product (the model's features are reflectances by band role, so an image of another "
                         "sensor is read with its own preset).", model=meta["band_count"], raster=ds.RasterCount)
    descs = [ds.GetRasterBand(i).GetDescription() for i in range(1, ds.RasterCount + 1)]
    trained = meta.get("band_descriptions") or []
    if any(trained) and any(descs) and descs != trained:
        raise InputError("The raster's bands ({raster}) differ from the bands the model was trained on ({model}). "
                         "If the image is of another product, set SENSOR to its preset.",
                         raster=", ".join(descs), model=", ".join(trained))


def check_features_match(meta, bmap):
    """Refuse an image read with its own preset when it cannot give every feature the model was trained on."""
    got = feature_names(bmap, meta["indices"])
    if got != meta["features"]:
        missing = [f for f in meta["features"] if f not in got]
        raise InputError("The model was trained on the features {model}, but this image, read with its preset, "
                         "gives {image}{missing}: the model cannot classify it. Choose the image's preset (or the "
                         "Custom band numbers of every band the model uses).", model=", ".join(meta["features"]),
                         image=", ".join(got), missing=" (missing: {})".format(", ".join(missing)) if missing else "")


def _predict_strip(strip, path, bmap, meta, mask_path, model, want_confidence=True):
    """Class codes and the best class probability (None unless ``want_confidence``) of one row strip (runs
    where the executor runs)."""
    r0, nrows = strip
    reader = BlockReader(path, bmap, open_cached(path))
    refl, valid = reader.read(0, r0, reader.width, nrows)
    if mask_path:
        valid &= open_cached(mask_path).GetRasterBand(1).ReadAsArray(0, r0, reader.width, nrows) > 0
    x, idx = features(refl, valid, bmap, meta["indices"])
    labels = np.zeros(valid.size, dtype=np.uint8)
    best = np.full(valid.size, INDEX_NODATA, dtype=np.float32)
    if x.shape[0]:
        proba = model.predict_proba(x)
        arg = proba.argmax(axis=1)
        labels[idx] = np.array(meta["classes"], dtype=np.int64)[arg].astype(np.uint8)
        best[idx] = proba[np.arange(arg.size), arg]
    return labels.reshape(valid.shape), best.reshape(valid.shape) if want_confidence else None


def predict_raster(path, model, meta, bmap, out_path, *, confidence_path=None, mask_path=None, progress=None,
                   is_canceled=None, executor=None, own_preset=False):
    """Class raster (uint8, nodata 0) and optional confidence (max class probability), block by block.
    The model is sent once to each worker of ``executor``. ``own_preset``: ``bmap`` is the image's own (another
    sensor's) band map, so the image need not have the training image's band layout."""
    reader = BlockReader(path, bmap)
    if own_preset:
        check_features_match(meta, bmap)
    else:
        check_raster_matches(meta, reader.ds)
    model = use_threads(model, 1)  # one thread per process: each worker uses its core; identical maps
    rows = max(1, min(reader.height, CHUNK_PIXELS // max(reader.width, 1)))
    with bounded_block_cache(), OutputRaster(reader.ds, out_path, 1, gdal.GDT_Byte, 0) as out:
        conf = OutputRaster(reader.ds, confidence_path, 1, gdal.GDT_Float32, INDEX_NODATA) \
            if confidence_path else None

        def write(strip, result):
            out.write(1, result[0], strip[0])
            if conf is not None:
                conf.write(1, result[1], strip[0])

        try:
            run_strips(executor, _predict_strip, list(reader.strips(rows)),
                       (str(path), bmap, meta, mask_path, model, conf is not None), write,
                       cells=reader.width * reader.height, cells_per_second=CLASSIFY_CELLS_PER_SECOND,
                       progress=progress, is_canceled=is_canceled)
        except BaseException as exc:
            if conf is not None:
                conf.__exit__(type(exc), exc, None)
            raise
        if conf is not None:
            conf.__exit__(None, None, None)
    return out_path
