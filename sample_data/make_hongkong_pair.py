"""Rebuild the two-date Hong Kong Sentinel-2 L1C pair in this folder from the source band files.

Run with the system Python (GDAL):
    /usr/bin/python3 sample_data/make_hongkong_pair.py SOURCE_FOLDER

SOURCE_FOLDER holds the eight single-band GeoTIFFs of the Onera Satellite Change Detection dataset's
"hongkong" pair (imgs_1 and imgs_2, bands B02, B03, B04 and B08), as committed in the public repository
ChenHongruixuan/ChangeDetectionRepository at commit 020f7702f235001ea0b2abac054651ab28aeeb0f (see README.md).
Their sha256 sums are checked before anything is written.

Each date becomes one 4-band uint16 GeoTIFF (B2 blue, B3 green, B4 red, B8 nir; DN = TOA reflectance x 10000),
both on ONE grid: WGS 84 / UTM zone 50N (EPSG:32650), 10 m pixels aligned on multiples of 10 m (the lattice of
the native Sentinel-2 tiles of that zone), over the largest rectangle inside the common footprint of the two
source crops. Reflectance is resampled bilinearly. The commands are equivalent to:

    gdalbuildvrt -separate DATE.vrt ..._B02.tif ..._B03.tif ..._B04.tif ..._B08.tif
    gdalwarp -t_srs EPSG:32650 -te 214500 2466050 219560 2473140 -tr 10 10 -r bilinear -et 0 \
        -ot UInt16 -dstnodata 0 -co COMPRESS=DEFLATE -co PREDICTOR=2 -co ZLEVEL=9 \
        -co TILED=YES -co INTERLEAVE=BAND DATE.vrt OUT.tif

followed by the band descriptions, scale 0.0001 and the provenance tags.
"""
import hashlib
import os
import sys

from osgeo import gdal

gdal.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = "github.com/ChenHongruixuan/ChangeDetectionRepository"
COMMIT = "020f7702f235001ea0b2abac054651ab28aeeb0f"
FOLDER = "Dataset/OSCD/Onera Satellite Change Detection dataset - Images/hongkong/"
ATTRIBUTION = ("Contains modified Copernicus Sentinel data 2016, 2018, processed by ESA; subset from the Onera "
               "Satellite Change Detection dataset (Daudt, Le Saux, Boulch and Gousseau, IGARSS 2018)")

BANDS = (("B02", "B2 blue"), ("B03", "B3 green"), ("B04", "B4 red"), ("B08", "B8 nir"))

DATES = (
    # output file, acquisition date, source folder in the repository, file stem, tile, {band: sha256}
    ("s2l1c_hongkong_20160927_4band.tif", "2016-09-27", "imgs_1",
     "S2A_OPER_MSI_L1C_TL_SGS__20160927T081713_A006607_T49QHE", "T49QHE",
     {"B02": "12d4810b738b6a734ad925acf46056341fd0c1100e62f7a6504b07f9dd34a7a1",
      "B03": "201e1be048c85f4e81e447ce01ea0cd9df7041ba46bfefbe74e0fcbae9a175b9",
      "B04": "1bf138c5cc33e01d9343a105961a76fd55ce08528ca7a5440e580ff0d3db318a",
      "B08": "f1ee0c3401014adbf47f784b3e22a6f0de92d2f4ddc2bb36f83f71feabc95362"}),
    ("s2l1c_hongkong_20180323_4band.tif", "2018-03-23", "imgs_2",
     "T50QKK_20180323T024539", "T50QKK",
     {"B02": "490f84fd59d5fc0ebeb83f6300aa0a34cd95af77ba72d7ecff735d7753c5de9e",
      "B03": "682cd8104c7864f7dd0dad576d3a600f156787c3d39890bfb5d77ed7f452ecfe",
      "B04": "bed03314c30890212e399f075bd4e71a58402b6acfd71afd230188717612d7df",
      "B08": "4046459ab9a1fde8cc2b25a47f49b8cd3852186c1149de87c86dfede6ccd4f1e"}),
)

# The common grid. The two source crops cover the same longitude/latitude box (114.22812-114.27858 E,
# 22.27639-22.34134 N); in UTM 50N that box is turned by about 1 degree (meridian convergence 2.75 degrees west
# of the zone's central meridian), so the grid is the largest 10 m-aligned rectangle inside it.
CRS = "EPSG:32650"
EXTENT = (214500, 2466050, 219560, 2473140)   # xmin, ymin, xmax, ymax (m)
PIXEL = 10
WARP = ("-t_srs {crs} -te {e[0]} {e[1]} {e[2]} {e[3]} -tr {p} {p} -r bilinear -et 0 -ot UInt16 -dstnodata 0 "
        "-co COMPRESS=DEFLATE -co PREDICTOR=2 -co ZLEVEL=9 -co TILED=YES -co INTERLEAVE=BAND"
        ).format(crs=CRS, e=EXTENT, p=PIXEL)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def source_files(folder, stem, sums):
    """The four band files of one date, in output band order, after checking their sha256 sums."""
    paths = []
    for band, _ in BANDS:
        path = os.path.join(folder, "{}_{}.tif".format(stem, band))
        if not os.path.isfile(path):
            raise SystemExit("missing source file: " + path)
        if sha256(path) != sums[band]:
            raise SystemExit("{}: sha256 differs from the documented source".format(path))
        paths.append(path)
    return paths


def make_date(folder, out_name, date, repo_dir, stem, tile, sums, out_dir=HERE):
    paths = source_files(folder, stem, sums)
    out = os.path.join(out_dir, out_name)
    vrt = gdal.BuildVRT("/vsimem/{}.vrt".format(stem), paths, separate=True)
    if os.path.exists(out):
        os.remove(out)
    gdal.Warp(out, vrt, options=WARP)
    vrt = None
    gdal.Unlink("/vsimem/{}.vrt".format(stem))
    ds = gdal.Open(out, gdal.GA_Update)
    for i, (band, description) in enumerate(BANDS, start=1):
        b = ds.GetRasterBand(i)
        b.SetDescription(description)
        b.SetScale(0.0001)
        b.SetOffset(0.0)
        b.SetMetadataItem("SOURCE_FILE", "{}/{}_{}.tif".format(repo_dir, stem, band))
        b.SetMetadataItem("SOURCE_SHA256", sums[band])
    ds.SetMetadataItem("DESCRIPTION", "Sentinel-2A MSI Level-1C top-of-atmosphere reflectance x 10000, {}, tile {}, "
                       "Junk Bay / Tseung Kwan O, Hong Kong".format(date, tile))
    ds.SetMetadataItem("ACQUISITION_DATE", date)
    ds.SetMetadataItem("ATTRIBUTION", ATTRIBUTION)
    ds.SetMetadataItem("SOURCE", "{} commit {}, {}{}".format(REPOSITORY, COMMIT, FOLDER, repo_dir))
    ds.SetMetadataItem("PROCESSING", "gdalbuildvrt -separate (B02 B03 B04 B08); gdalwarp " + WARP)
    ds = None
    aux = out + ".aux.xml"
    if os.path.exists(aux):
        os.remove(aux)
    return out


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) not in (1, 2):
        raise SystemExit(__doc__)
    folder, out_dir = argv[0], (argv[1] if len(argv) == 2 else HERE)
    for out_name, date, repo_dir, stem, tile, sums in DATES:
        print(make_date(folder, out_name, date, repo_dir, stem, tile, sums, out_dir))


if __name__ == "__main__":
    main()
