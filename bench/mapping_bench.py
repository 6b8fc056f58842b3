"""Habitat mapping benchmark (part of `make bench`).

On a Sentinel-2-tile-sized 6-band uint16 image (10,980 x 10,980, tiled,
compressed; synthetic spectra of the plugin's classes), measured in one run:
- spectralindices and classifyrules through qgis_process vs gdal_translate
  copying the same image to a same-size GeoTIFF (targets: at most 2x);
- classifyhabitats (100-tree random forest) on a quarter tile vs the same
  forest's predict_proba on those pixels already in memory (target: 1.2x);
- each METHOD's cross-validated accuracy on the same training data and its
  time to classify the quarter tile (a whole tile is 4 quarter tiles).

    BENCH_QUICK=1 make bench   # a 2,745 x 2,745 image
"""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
from osgeo import gdal, ogr, osr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_bench import PLUGINS, QUICK, TILE, WORK, env, measured  # noqa: E402

gdal.UseExceptions()
DESC = ["B4 red", "B3 green", "B2 blue", "B8 nir", "B11 swir1", "B12 swir2"]
# mean surface reflectance x 10000 of classes 1 water, 3 mangrove, 5 seagrass, 9 land (red, green, blue, nir, sw1, sw2)
SPECTRA = {1: (150, 400, 450, 100, 60, 40), 3: (300, 600, 350, 3000, 1400, 600),
           5: (250, 450, 500, 200, 100, 60), 9: (1500, 1300, 1100, 2200, 2800, 2300)}


def image(path, size):
    if os.path.exists(path):
        return path
    tmp = path + ".part.tif"
    ds = gdal.GetDriverByName("GTiff").Create(tmp, size, size, 6, gdal.GDT_UInt16,
                                              ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=2", "BIGTIFF=YES"])
    ds.SetGeoTransform((300000.0, 10.0, 0.0, 2600000.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32650)
    ds.SetProjection(srs.ExportToWkt())
    rng = np.random.default_rng(0)
    coarse = rng.choice(list(SPECTRA), size=(size // 50 + 2, size // 50 + 2))
    table = np.zeros((10, 6))
    for c, s in SPECTRA.items():
        table[c] = s
    cols = np.arange(size) // 50
    for r0 in range(0, size, 512):
        rows = np.arange(r0, min(r0 + 512, size))
        cls = coarse[(rows // 50)[:, None], cols[None, :]]
        for b in range(6):
            noise = rng.normal(1.0, 0.08, cls.shape)
            ds.GetRasterBand(b + 1).WriteArray(np.clip(table[cls, b] * noise, 1, 10000).astype(np.uint16), 0, r0)
    for b in range(6):
        ds.GetRasterBand(b + 1).SetDescription(DESC[b])
        ds.GetRasterBand(b + 1).SetNoDataValue(0)
    ds = None
    os.replace(tmp, path)
    return path


def training(path, img, n=300):
    if os.path.exists(path):
        return path
    ds = gdal.Open(img)
    size = ds.RasterXSize
    rng = np.random.default_rng(1)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32650)
    lyr = out.CreateLayer("t", srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("class", ogr.OFTInteger))
    # label by the nearest class spectrum (the generator's truth), sampled in the first 2,000 rows
    rows = min(2000, size)
    band_arrays = ds.ReadAsArray(0, 0, size, rows).astype(float)
    spectra = np.array([SPECTRA[c] for c in sorted(SPECTRA)], float)
    for _ in range(n * len(SPECTRA)):
        r, c = rng.integers(0, rows), rng.integers(0, size)
        v = band_arrays[:, r, c]
        cls = sorted(SPECTRA)[int(np.argmin(((spectra - v) ** 2).sum(axis=1)))]
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("class", int(cls))
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(300000 + (c + 0.5) * 10, 2600000 - (r + 0.5) * 10)
        f.SetGeometry(pt)
        lyr.CreateFeature(f)
    out = None
    return path


def qp(alg, params):
    argv = ["qgis_process.bin", "run", "bluecarbon:" + alg, "--"] + ["{}={}".format(k, v) for k, v in params.items()]
    return measured(argv, env())


IN_MEMORY = """
import sys, time, json
sys.path.insert(0, {plugins!r})
import numpy as np
from osgeo import gdal
from bluecarbon.bluecarbon_qgis.engine.imagery import classifier, indices, modelio
from bluecarbon.bluecarbon_qgis.engine.imagery.sensors import BandMap
model, meta = modelio.load_model({model!r})
bm = meta["band_map"]
bmap = BandMap(bm["bands"], bm["scale"], bm["offset"], bm["wavelengths"], "")
reader = indices.BlockReader({img!r}, bmap)
refl, valid = reader.read(0, 0, reader.width, reader.height)
x, idx = classifier.features(refl, valid, bmap, meta["indices"])
del refl
t = time.perf_counter()
p = model.predict_proba(x)
print(json.dumps([time.perf_counter() - t, int(x.shape[0])]))
"""


def inputs():
    """(tile size, the S2-like image, its top-left quarter as a VRT, the training points)."""
    size = TILE // 4 if QUICK else TILE
    img = image(os.path.join(WORK, "s2like_{}.tif".format(size)), size)
    quarter = os.path.join(WORK, "s2like_{}_quarter.vrt".format(size))
    gdal.Translate(quarter, img, format="VRT", srcWin=[0, 0, size // 2, size // 2])
    return size, img, quarter, training(os.path.join(WORK, "training_{}.gpkg".format(size)), img)


def main():
    size, img, quarter, train_pts = inputs()
    with tempfile.TemporaryDirectory(dir=WORK) as out:
        gt_s, gt_mb = measured(["gdal_translate", "-q", "-co", "TILED=YES", "-co", "COMPRESS=DEFLATE", "-co",
                                "PREDICTOR=2", "-co", "BIGTIFF=YES", img, os.path.join(out, "copy.tif")])
        si_s, si_mb = qp("spectralindices", {"INPUT": img, "OUTPUT": os.path.join(out, "idx.tif")})
        cr_s, cr_mb = qp("classifyrules", {"INPUT": img, "OUTPUT": os.path.join(out, "rules.tif")})
        print("gdal_translate copy of the {0}x{0} 6-band image: {1:.1f} s".format(size, gt_s))
        print("spectralindices (4 indices): {:.1f} s, peak {:.0f} MB".format(si_s, si_mb))
        print("classifyrules: {:.1f} s, peak {:.0f} MB".format(cr_s, cr_mb))
        print("BENCH spectralindices_vs_gdal_translate ratio={:.3f}".format(si_s / gt_s))
        print("BENCH classifyrules_vs_gdal_translate ratio={:.3f}".format(cr_s / gt_s))
        peak = max(si_mb, cr_mb)
        results = {}
        for method, label in ((0, "random forest"), (1, "extra trees"), (2, "xgboost")):
            model = os.path.join(out, "m{}.bcmodel".format(method))
            proc = subprocess.run(["qgis_process.bin", "run", "bluecarbon:trainclassifier", "--json", "--",
                                   "INPUT=" + img, "TRAINING=" + train_pts, "CLASS_FIELD=class",
                                   "METHOD={}".format(method), "TREES=100", "OUTPUT_MODEL=" + model],
                                  capture_output=True, text=True, env=env())
            if proc.returncode != 0:
                print("train {} failed: {}".format(label, proc.stdout[-500:] + proc.stderr[-500:]))
                continue
            acc = json.loads(proc.stdout[proc.stdout.find("{"):])["results"]["VALIDATION_ACCURACY"]
            ch_s, ch_mb = qp("classifyhabitats", {"INPUT": quarter, "MODEL": model,
                                                  "OUTPUT": os.path.join(out, "c{}.tif".format(method))})
            peak = max(peak, ch_mb)
            results[method] = (label, acc, ch_s, ch_mb, model)
            print("{}: validation accuracy {:.3f}; classifyhabitats on a quarter tile {:.1f} s (whole tile about "
                  "{:.0f} s), peak {:.0f} MB".format(label, acc, ch_s, 4 * ch_s, ch_mb))
        if 0 in results:
            code = IN_MEMORY.format(plugins=PLUGINS, model=results[0][4], img=quarter)
            proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env())
            if proc.returncode == 0:
                mem_s, n = json.loads(proc.stdout.strip().splitlines()[-1])
                print("random forest predict_proba on the {} quarter-tile pixels in memory: {:.1f} s".format(n, mem_s))
                print("BENCH classifyhabitats_vs_inmemory_predict ratio={:.3f}".format(results[0][2] / mem_s))
            else:
                print("in-memory predict failed: " + proc.stderr[-500:])
        print("BENCH mapping_peak_memory_mb value={:.0f} (target < 2048)".format(peak))


if __name__ == "__main__":
    main()
