"""bluecarbon:classifyrules — training-free habitat map from one image."""
import os
import tempfile

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..bluecarbon_qgis.algorithm import (
    BlueCarbonAlgorithm, add_sensor_parameters, engine_errors, multiband_raster, progress_callback, read_band_map,
    mask_on_grid, read_geometries, save_class_style)
from ..bluecarbon_qgis.engine.errors import N_
from ..bluecarbon_qgis.i18n import tr

THRESHOLDS = (
    # id, label, default key, help
    ("WATER_MNDWI", N_("Water: MNDWI above"), "water_mndwi", N_("Open water where MNDWI > this (Xu 2006: 0).")),
    ("VEG_NDVI", N_("Vegetation: NDVI above"), "veg_ndvi",
     N_("Green vegetation where NDVI > this (default 0.3).")),
    ("MANGROVE_MVI", N_("Mangrove: MVI at least"), "mangrove_mvi",
     N_("Mangrove vegetation index threshold (Baloloy et al. 2020: mangroves 4.5–16.5).")),
    ("FAI_THRESHOLD", N_("Floating matter: FAI above"), "fai",
     N_("Floating algae index threshold on water (Hu 2009); default 0.02 reflectance.")),
    ("SEAGRASS_DII_SD", N_("Seagrass: DII below sand mean minus (sd)"), "seagrass_dii_sd",
     N_("With a sand sample: bottom darker than the sand by more than this many standard deviations of the "
        "sand's depth-invariant index is seagrass.")),
    ("SEAGRASS_GREEN", N_("Seagrass without sand sample: green reflectance below"), "seagrass_green",
     N_("With bathymetry but no sand sample: dark bottom where green reflectance is below this.")),
    ("MAX_DEPTH", N_("Seagrass: maximum depth (m)"), "max_depth",
     N_("Seagrass is mapped only where the DEM/bathymetry is no deeper than this.")),
    ("MAX_ELEVATION", N_("Maximum elevation of intertidal habitats (m)"), "max_elevation",
     N_("With a DEM: mangrove, salt marsh and tidal flat only at or below this elevation (keeps terrestrial "
        "forest out of mangrove).")),
)


class ClassifyRules(BlueCarbonAlgorithm):
    NAME = "classifyrules"
    DISPLAY = "Classify habitats by rules (no training)"
    GROUP_ID = "habitatmapping"
    HELP = (
        "Maps the plugin's habitat classes from one surface reflectance image with a documented rule set, "
        "no training data needed. Rules (later ones take precedence): water where MNDWI > 0 (Xu 2006); "
        "seagrass where the water has a dark, optically shallow bottom; floating matter where FAI exceeds its "
        "threshold (Hu 2009), as seaweed (NDVI > 0) or floating mariculture (rafts, cages); tidal flat where "
        "unvegetated ground lies in the intertidal mask (or below the maximum elevation on the DEM); mangrove "
        "where NDVI > 0.3 and the mangrove vegetation index MVI ≥ 4.5 (Baloloy et al. 2020), below the maximum "
        "elevation when a DEM is given and inside the intertidal mask when one is given; other intertidal "
        "vegetation is salt marsh; the rest is other land.\n\n"
        "Seagrass under water: give polygons of sand bottom at varying depth and the depth-invariant index of "
        "Lyzenga (1981), DII = ln(B − B∞) − (kB/kG) ln(G − G∞), is used, with kB/kG estimated from the sand "
        "(a = (σBB − σGG)/(2σBG), kB/kG = a + √(a² + 1)) and B∞, G∞ from the darkest (1st percentile) water. "
        "Without sand polygons, a bathymetry/DEM raster lets shallow dark bottom be mapped; with neither, no "
        "seagrass is mapped, because deep water looks the same.\n\n"
        "Aquaculture ponds need shape and context: use the supervised classifier for them. Thresholds are "
        "starting points: check the result against known sites and adjust them, or train a classifier."
    )
    INPUT, INTERTIDAL_MASK, DEM, SAND, OUTPUT = "INPUT", "INTERTIDAL_MASK", "DEM", "SAND", "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        from ..bluecarbon_qgis.engine.imagery.rules import DEFAULTS

        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Multiband image")),
                 "Surface reflectance image with blue, green, red, NIR and SWIR1 bands.")
        add_sensor_parameters(self)
        self.add(QgsProcessingParameterMapLayer(self.INTERTIDAL_MASK, tr("Intertidal mask (raster or polygons)"),
                                                optional=True,
                                                types=[QgsProcessing.TypeRaster, QgsProcessing.TypeVectorPolygon]),
                 "Where the coast is intertidal: a raster (non-zero inside) or polygons. Needed for tidal flats and "
                 "salt marsh unless a DEM is given.")
        self.add(QgsProcessingParameterRasterLayer(self.DEM, tr("DEM or bathymetry (m)"), optional=True),
                 "Elevation in metres (negative under water): keeps terrestrial forest out of mangrove and limits "
                 "seagrass to shallow water.")
        self.add(QgsProcessingParameterFeatureSource(self.SAND, tr("Sand bottom polygons (for Lyzenga's index)"),
                                                     [QgsProcessing.TypeVectorPolygon], optional=True),
                 "Polygons over bright sand bottom at varying depth, to estimate the attenuation ratio of the "
                 "depth-invariant index.")
        for pid, label, key, help_text in THRESHOLDS:
            self.add(QgsProcessingParameterNumber(pid, tr(label), QgsProcessingParameterNumber.Double,
                                                  DEFAULTS[key]), help_text, advanced=True)
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Habitat map")),
                 "Class raster (uint8, nodata 0) in the plugin's class scheme, with its style.")

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = multiband_raster(self, parameters, self.INPUT, context)
        from osgeo import gdal

        from ..bluecarbon_qgis.engine.imagery import rules

        bmap = read_band_map(self, parameters, context, layer.source(), rules.NEEDED)
        feedback.pushInfo(tr("Bands: {bands} ({how})").format(
            bands=", ".join("{}={}".format(r, b) for r, b in bmap.bands.items()), how=bmap.how))
        thresholds = {key: self.parameterAsDouble(parameters, pid, context) for pid, _, key, _ in THRESHOLDS}
        out = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        like = gdal.Open(layer.source())
        crs_wkt = layer.crs().toWkt()
        with tempfile.TemporaryDirectory(prefix="bluecarbon_") as tmp:
            dem_path = sand_path = None
            mask_path = mask_on_grid(self, parameters, self.INTERTIDAL_MASK, context, feedback, layer, tmp,
                                     tr("The intertidal mask"))
            dem = self.parameterAsRasterLayer(parameters, self.DEM, context)
            if dem is not None:
                dem_path = rules.warp_to(dem.source(), like, os.path.join(tmp, "dem.vrt"), "bilinear")
            sand = self.parameterAsSource(parameters, self.SAND, context)
            if sand is not None:
                _, geoms = read_geometries(sand, crs_wkt, context, feedback, tr("The sand polygon layer"))
                sand_path = rules.rasterize([g.wkb for g in geoms if g is not None], like,
                                            os.path.join(tmp, "sand.tif"))
            if sand_path is None and dem_path is None:
                feedback.pushWarning(tr("No sand polygons and no bathymetry: seagrass cannot be told from deep "
                                        "water and is not mapped."))
            with engine_errors():
                lyz = rules.classify_rules(layer.source(), bmap, out, thresholds, intertidal_path=mask_path,
                                           dem_path=dem_path, sand_path=sand_path,
                                           progress=progress_callback(feedback), is_canceled=feedback.isCanceled)
        if lyz is not None:
            feedback.pushInfo(tr("Depth-invariant index: kB/kG = {k:.3f} from {n} sand pixels; deep water "
                                 "B∞ = {b:.4f}, G∞ = {g:.4f}; sand DII {m:.3f} ± {s:.3f}.").format(
                k=lyz.k_ratio, n=lyz.n_sand, b=lyz.b_inf, g=lyz.g_inf, m=lyz.sand_mean, s=lyz.sand_sd))
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))
        save_class_style(out, context)
        return {self.OUTPUT: out}
