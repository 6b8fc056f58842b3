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

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.engine.errors import N_
from ..bluecarbon_qgis.feedback import progress_callback
from ..bluecarbon_qgis.geometries import read_geometries
from ..bluecarbon_qgis.i18n import tr
from ..bluecarbon_qgis.rasters import mask_on_grid, multiband_raster, save_class_style
from ..bluecarbon_qgis.scheduler import add_scheduler_parameter, open_executor
from ..bluecarbon_qgis.sensor_parameters import add_sensor_parameters, read_band_map

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
    ("SHORE_BUFFER", N_("Floating matter: distance from land (pixels)"), "shore_buffer",
     N_("Floating seaweed or mariculture only this many pixels or more from land: shore pixels mix land and "
        "water (and the 20 m SWIR band mixes more), which raises FAI.")),
    ("FLOAT_MIN_DEPTH", N_("Floating matter: minimum water depth (m)"), "float_min_depth",
     N_("With bathymetry: floating matter only over water at least this deep, since a bottom seen through a "
        "few decimetres of water raises the NIR and FAI.")),
)


class ClassifyRules(BlueCarbonAlgorithm):
    NAME = "classifyrules"
    DISPLAY = "Classify habitats by rules (no training)"
    GROUP_ID = "habitatmapping"
    HELP = (
        "Maps the plugin's habitat classes from one surface reflectance image with a documented rule set, "
        "no training data needed. No class is assigned without its evidence: a class whose evidence is missing "
        "is skipped with a warning saying why, and the output's metadata (CLASS_<code>_EVIDENCE, "
        "SKIPPED_CLASSES) lists per class the evidence used.\n\n"
        "Rules (later ones take precedence) and their evidence:\n"
        "1 open water: MNDWI > 0 (Xu 2006).\n"
        "5 seagrass: a dark, optically shallow bottom, only with sand polygons (Lyzenga's depth-invariant index) "
        "or bathymetry (dark green reflectance in shallow water); with neither it is skipped, because deep water "
        "looks the same.\n"
        "6 seaweed / 7 floating mariculture: FAI above its threshold (Hu 2009; NDVI > 0 for seaweed), at least "
        "SHORE_BUFFER pixels from land, and with bathymetry only over water at least FLOAT_MIN_DEPTH deep.\n"
        "2 tidal flat and 4 salt marsh: only where the intertidal zone is known: inside the intertidal mask, or "
        "at or below the maximum elevation on a DEM that covers the land (values on at least 90% of the image's "
        "land pixels, reaching below 0 and above the maximum elevation). A bathymetry whose land is nodata is no "
        "evidence of intertidal land: without evidence both classes are skipped.\n"
        "3 mangrove: NDVI > 0.3 and the mangrove vegetation index MVI ≥ 4.5 (Baloloy et al. 2020), not above the "
        "maximum elevation when a DEM is given, inside the intertidal mask when one is given.\n"
        "9 other land: the rest.\n\n"
        "Lyzenga's index (Lyzenga 1981, Int. J. Remote Sens. 2: 71–82; Green, Mumby, Edwards & Clark 2000, "
        "Remote Sensing Handbook for Tropical Coastal Management): DII = ln(B − B∞) − k ln(G − G∞), with B∞, G∞ "
        "the darkest (1st percentile) water. The attenuation ratio k = kB/kG is the ratio of the slopes of "
        "ln(L − L∞) against depth over the sand when a DEM/bathymetry is given, else from the sand's "
        "variance/covariance (a = (σBB − σGG)/(2σBG), k = a + √(a² + 1)), which reads the sand's own brightness "
        "variation as depth. A darker bottom shifts DII by (1 − k) ln(darkening): seagrass lies below the sand's "
        "DII when k < 1 and above it when k > 1 (turbid or CDOM-rich water); near k = 1 the index cannot see a "
        "darker bottom and a warning names the attenuation ratio. Pixels whose blue and green are both within "
        "two deep-water standard deviations of L∞ are optically deep and not seagrass. The log gives k, how it "
        "was estimated, the sand sample's size and depth range.\n\n"
        "The DEM and the intertidal mask must overlap the image (a layer in the wrong CRS is refused). Aquaculture "
        "ponds need shape and context: use the supervised classifier for them. Thresholds are starting points: "
        "check the result against known sites and adjust them, or train a classifier."
    )
    INPUT, INTERTIDAL_MASK, DEM, SAND, OUTPUT = "INPUT", "INTERTIDAL_MASK", "DEM", "SAND", "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        from ..bluecarbon_qgis.engine.imagery.rule_defaults import DEFAULTS

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
        add_scheduler_parameter(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = multiband_raster(self, parameters, self.INPUT, context)
        from osgeo import gdal

        from ..bluecarbon_qgis.engine.imagery import rules, sensors

        bmap = read_band_map(self, parameters, context, layer.source(), rules.NEEDED, feedback)
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
                dem_path = self._dem_on_grid(dem, layer, like, tmp, feedback)
            sand = self.parameterAsSource(parameters, self.SAND, context)
            if sand is not None:
                _, geoms = read_geometries(sand, crs_wkt, context, feedback, tr("The sand polygon layer"))
                sand_path = rules.rasterize([g.wkb for g in geoms if g is not None], like,
                                            os.path.join(tmp, "sand.tif"))
                if rules.grid_coverage(sand_path, nonzero=True) == 0:
                    raise QgsProcessingException(tr(
                        "The sand polygons cover no pixel of the image: check their coordinate reference system "
                        "({crs}; the image is in {image_crs}).").format(
                            crs=sand.sourceCrs().authid(), image_crs=layer.crs().authid()))
            with open_executor(self, parameters, context, feedback) as executor, engine_errors():
                result = rules.classify_rules(layer.source(), bmap, out, thresholds, intertidal_path=mask_path,
                                              dem_path=dem_path, sand_path=sand_path,
                                              progress=progress_callback(feedback), is_canceled=feedback.isCanceled,
                                              executor=executor)
        lyz = result.lyzenga
        if lyz is not None:
            if lyz.depth_range is not None:
                feedback.pushInfo(tr("Depth-invariant index: attenuation ratio kB/kG = {k:.3f}, from the regression "
                                     "of ln(L − L∞) on depth over {n} sand pixels {lo:.1f}–{hi:.1f} m deep; deep "
                                     "water B∞ = {b:.4f}, G∞ = {g:.4f}; sand DII {m:.3f} ± {s:.3f}.").format(
                    k=lyz.k_ratio, n=lyz.n_sand, lo=lyz.depth_range[0], hi=lyz.depth_range[1], b=lyz.b_inf,
                    g=lyz.g_inf, m=lyz.sand_mean, s=lyz.sand_sd))
            else:
                feedback.pushInfo(tr("Depth-invariant index: attenuation ratio kB/kG = {k:.3f}, from the variance "
                                     "of {n} sand pixels (no depth given); deep water B∞ = {b:.4f}, G∞ = {g:.4f}; "
                                     "sand DII {m:.3f} ± {s:.3f}.").format(
                    k=lyz.k_ratio, n=lyz.n_sand, b=lyz.b_inf, g=lyz.g_inf, m=lyz.sand_mean, s=lyz.sand_sd))
        for note in result.notes:
            feedback.pushInfo(sensors.render(note, tr))
        for note in result.warnings:
            feedback.pushWarning(sensors.render(note, tr))
        for code, note in sorted(result.skipped.items()):
            feedback.pushWarning(tr("Class {code} ({name}) was not mapped: {why}.").format(
                code=code, name=tr(rules.CLASS_NAMES[code]), why=sensors.render(note, tr)))
        for code, note in sorted(result.evidence.items()):
            feedback.pushInfo(tr("Class {code} ({name}): {evidence}.").format(
                code=code, name=tr(rules.CLASS_NAMES[code]), evidence=sensors.render(note, tr)))
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))
        save_class_style(out, context)
        return {self.OUTPUT: out}

    @staticmethod
    def _dem_on_grid(dem, layer, like, tmp, feedback):
        """The DEM on the image's grid (NaN where unknown); refused without a CRS or when it misses the image."""
        from ..bluecarbon_qgis.engine.imagery import rules

        if not dem.crs().isValid():
            raise QgsProcessingException(tr("The DEM {path} has no coordinate reference system, so it cannot be "
                                            "placed on the image. Assign its CRS (Raster > Projections > Assign "
                                            "Projection) and run again.").format(path=dem.source()))
        path = rules.warp_to(dem.source(), like, os.path.join(tmp, "dem.vrt"), "bilinear", elevation=True)
        share = rules.grid_coverage(path)
        if share == 0:
            raise QgsProcessingException(tr("The DEM {path} does not overlap the image: check its coordinate "
                                            "reference system ({crs}; the image is in {image_crs}).").format(
                path=dem.source(), crs=dem.crs().authid() or dem.crs().description(),
                image_crs=layer.crs().authid() or layer.crs().description()))
        feedback.pushInfo(tr("The DEM has a value on {pct:.1f}% of the image.").format(pct=100.0 * share))
        return path
