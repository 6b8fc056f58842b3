"""Classifier model files that never execute code when loaded.

A model file is a ZIP archive with ``meta.json`` (format, features, band map,
classes, training summary, checksum) and either ``trees.npz`` (decision trees
of a scikit-learn random forest or extra-trees model, as plain numeric arrays,
read with ``allow_pickle=False``) or ``xgboost.json`` (XGBoost's own JSON
model format). The estimator is rebuilt from those arrays; nothing in the file
is unpickled or evaluated. A SHA-256 checksum over the payload and the metadata
rejects modified or truncated files.
"""
import hashlib
import io
import json
import zipfile

import numpy as np

from ..errors import InputError

FORMAT = "bluecarbon-classifier"
VERSION = 1
NODE_FIELDS = ("left_child", "right_child", "feature", "threshold", "impurity", "n_node_samples",
               "weighted_n_node_samples")


def _digest(meta, payload_name, payload):
    m = dict(meta)
    m.pop("checksum", None)
    h = hashlib.sha256()
    h.update(json.dumps(m, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    h.update(payload_name.encode("ascii"))
    h.update(payload)
    return h.hexdigest()


def _forest_arrays(model):
    arrays = {}
    for i, est in enumerate(model.estimators_):
        state = est.tree_.__getstate__()
        nodes = state["nodes"]
        for f in NODE_FIELDS:
            arrays["t{}_{}".format(i, f)] = np.ascontiguousarray(nodes[f])
        arrays["t{}_values".format(i)] = np.ascontiguousarray(state["values"])
        arrays["t{}_depth".format(i)] = np.array([state["max_depth"]], dtype=np.int64)
    return arrays


def save_model(path, model, kind, meta):
    """Write ``model`` (kind 'rf', 'et' or 'xgb') with ``meta`` (plain JSON data)."""
    meta = dict(meta, format=FORMAT, version=VERSION, kind=kind)
    if kind in ("rf", "et"):
        meta["n_estimators"] = len(model.estimators_)
        meta["classes_index"] = [int(c) for c in model.classes_]
        buf = io.BytesIO()
        np.savez_compressed(buf, **_forest_arrays(model))
        name, payload = "trees.npz", buf.getvalue()
    elif kind == "xgb":
        name, payload = "xgboost.json", bytes(model.get_booster().save_raw("json"))
    else:
        raise ValueError(kind)
    meta["checksum"] = _digest(meta, name, payload)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("meta.json", json.dumps(meta, ensure_ascii=False, indent=1))
        z.writestr(name, payload)
    return path


def read_meta_and_payload(path):
    foreign = InputError("{path} is not a Blue Carbon classifier model file (made by 'Train habitat classifier').",
                         path=path)
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "meta.json" not in names:
                raise foreign
            meta = json.loads(z.read("meta.json").decode("utf-8"))
            if not isinstance(meta, dict) or meta.get("format") != FORMAT:
                raise foreign
            payload_name = "trees.npz" if meta.get("kind") in ("rf", "et") else "xgboost.json"
            if payload_name not in names:
                raise InputError("The model file {path} is incomplete ({name} is missing); train the model again.",
                                 path=path, name=payload_name)
            payload = z.read(payload_name)
    except (zipfile.BadZipFile, OSError, UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, InputError):
            raise
        raise foreign from None
    if meta.get("version") != VERSION:
        raise InputError("The model file {path} has format version {v}; this plugin reads version {ours}.",
                         path=path, v=meta.get("version"), ours=VERSION)
    if meta.get("checksum") != _digest(meta, payload_name, payload):
        raise InputError("The model file {path} was modified after it was written (checksum mismatch); it is "
                         "refused. Train the model again or use the original file.", path=path)
    return meta, payload


def load_model(path):
    """(estimator with predict_proba, meta)."""
    meta, payload = read_meta_and_payload(path)
    if meta["kind"] in ("rf", "et"):
        try:
            return _rebuild_forest(meta, payload), meta
        except (ValueError, KeyError, TypeError) as exc:
            # e.g. an object array, which np.load refuses to unpickle (allow_pickle=False)
            raise InputError("The model file {path} holds data this plugin does not accept ({error}); it is "
                             "refused.", path=path, error=str(exc)) from None
    try:
        import xgboost
    except ImportError:
        raise InputError("This model was trained with XGBoost, which QGIS cannot import. Install it "
                         "(Debian/Ubuntu: sudo apt install python3-xgboost; OSGeo4W Shell: python -m pip install "
                         "xgboost) and restart QGIS.") from None
    booster = xgboost.Booster()
    booster.load_model(bytearray(payload))
    return _XgbPredictor(booster, len(meta["classes"])), meta


def use_threads(model, n):
    """Set how many threads a loaded model predicts with (-1: every core) and return it.

    Raster prediction uses one thread per process: each worker process (one per core) or the in-process
    reference run then uses one core, and the class probabilities are summed in the same order everywhere,
    so the maps are identical byte for byte whatever the executor."""
    if isinstance(model, _XgbPredictor):
        model.nthread = n
        model.booster.set_param({"nthread": n if n > 0 else 0})
    else:
        model.n_jobs = n
    return model


class _XgbPredictor:
    def __init__(self, booster, n_classes, nthread=-1):
        self.booster = booster
        self.n_classes = n_classes
        self.nthread = nthread

    def predict_proba(self, x):
        import xgboost
        p = self.booster.predict(xgboost.DMatrix(x, nthread=self.nthread))
        if p.ndim == 1:  # binary
            p = np.column_stack([1 - p, p])
        return p


def _rebuild_forest(meta, payload):
    from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
    from sklearn.tree import DecisionTreeClassifier, ExtraTreeClassifier
    from sklearn.tree._tree import NODE_DTYPE, Tree

    with np.load(io.BytesIO(payload), allow_pickle=False) as z:
        data = {k: z[k] for k in z.files}
    n_features = int(meta["n_features"])
    classes = np.array(meta["classes_index"])
    n_classes = np.array([classes.size], dtype=np.intp)
    forest = (RandomForestClassifier if meta["kind"] == "rf" else ExtraTreesClassifier)()
    tree_cls = DecisionTreeClassifier if meta["kind"] == "rf" else ExtraTreeClassifier
    estimators = []
    for i in range(int(meta["n_estimators"])):
        count = data["t{}_left_child".format(i)].size
        nodes = np.zeros(count, dtype=NODE_DTYPE)
        for f in NODE_DTYPE.names:
            key = "t{}_{}".format(i, f)
            if key in data:
                nodes[f] = data[key]
        tree = Tree(n_features, n_classes, 1)
        tree.__setstate__({"max_depth": int(data["t{}_depth".format(i)][0]), "node_count": count, "nodes": nodes,
                           "values": data["t{}_values".format(i)].astype(np.float64)})
        est = tree_cls()
        est.tree_ = tree
        est.n_outputs_ = 1
        est.n_classes_ = int(classes.size)
        est.classes_ = classes
        est.n_features_in_ = n_features
        est.max_features_ = n_features
        estimators.append(est)
    forest.estimators_ = estimators
    forest.classes_ = classes
    forest.n_classes_ = int(classes.size)
    forest.n_outputs_ = 1
    forest.n_features_in_ = n_features
    forest.n_jobs = -1
    return forest
