"""bluecarbon:normaliseimage — relative radiometric normalisation of an image to a reference (IR-MAD)."""
import tempfile

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.dependencies import require
from ..bluecarbon_qgis.engine.errors import N_
from ..bluecarbon_qgis.feedback import progress_callback
from ..bluecarbon_qgis.i18n import tr
from ..bluecarbon_qgis.rasters import multiband_raster
from ..bluecarbon_qgis.sensor_parameters import SENSOR_NAMES, add_sensor_parameters, read_band_map

RESAMPLING = (("near", N_("Nearest neighbour (keeps the target's values)")), ("bilinear", N_("Bilinear")),
              ("cubic", N_("Cubic")), ("average", N_("Average (a finer target onto a coarser grid)")))


class NormaliseImage(BlueCarbonAlgorithm):
    NAME = "normaliseimage"
    DISPLAY = "Normalise an image to a reference (IR-MAD)"
    GROUP_ID = "habitatmapping"
    HELP = (
        "Relative radiometric normalisation: expresses an image (the target, of any date and sensor) in the "
        "radiometry of a reference image, so that a classifier trained on the reference can classify it.\n\n"
        "Pseudo-invariant pixels are found automatically with IR-MAD, iteratively re-weighted multivariate "
        "alteration detection (Nielsen 2007; Canty & Nielsen 2008, Remote Sens. Environ. 112: 1025–1036, as in "
        "Canty's published iMad and radcal code): canonical correlation analysis of the two images' bands, MAD "
        "variates of variance 2(1 − ρ), each pixel weighted in the next pass by its no-change probability from "
        "the chi-square distribution, until the canonical correlations change by less than 0.001. Pixels whose "
        "no-change probability exceeds NO_CHANGE_PROB are invariant. Per band, the orthogonal regression of the "
        "reference on the target over two thirds of them gives reference ≈ offset + gain × target; the other "
        "third (every third pixel) measures it: the log gives per band the gain, offset, R², and the error "
        "before and after on those held-out pixels.\n\n"
        "Both images are read as surface reflectance with their sensor presets (the bands they share among "
        "blue, green, red, NIR, SWIR1, SWIR2). The target is put on the reference's grid (RESAMPLING; nearest "
        "neighbour by default, and the log says so). Output: float32 reflectance on the reference grid, one "
        "band per role, described blue, green, red, nir, swir1, swir2 (classify it with the Custom sensor), "
        "nodata −9999, the gain and offset in each band's metadata. The statistics are accumulated strip by "
        "strip: memory does not grow with the image.\n\n"
        "Over a scene that is mostly water the NIR and SWIR fits rest on the few land pixels: read their R²."
    )
    INPUT, REFERENCE, REFERENCE_SENSOR = "INPUT", "REFERENCE", "REFERENCE_SENSOR"
    NO_CHANGE_PROB, MAX_ITERATIONS, RESAMPLING = "NO_CHANGE_PROB", "MAX_ITERATIONS", "RESAMPLING"
    OUTPUT, OUTPUT_NO_CHANGE = "OUTPUT", "OUTPUT_NO_CHANGE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Image to normalise (target)")),
                 "Surface reflectance image of another date or sensor, read with the sensor parameters below.")
        add_sensor_parameters(self)
        self.add(QgsProcessingParameterRasterLayer(self.REFERENCE, tr("Reference image")),
                 "The image whose radiometry and grid the target takes (for example the image the classifier was "
                 "trained on).")
        self.add(QgsProcessingParameterEnum(self.REFERENCE_SENSOR, tr("Sensor of the reference image"),
                                            [tr(n) for n in SENSOR_NAMES], defaultValue=0),
                 "The reference image's preset. With Custom, its bands are found by descriptions naming their role "
                 "and scaled by its own GDAL scale and offset; the Custom band numbers and scale above apply to the "
                 "target only.")
        self.add(QgsProcessingParameterNumber(self.NO_CHANGE_PROB, tr("No-change probability of invariant pixels"),
                                              QgsProcessingParameterNumber.Double, 0.95, minValue=0.5,
                                              maxValue=0.9999),
                 "Pixels whose IR-MAD no-change probability exceeds this are invariant (Canty & Nielsen 2008: "
                 "0.95).", advanced=True)
        self.add(QgsProcessingParameterNumber(self.MAX_ITERATIONS, tr("Maximum IR-MAD iterations"),
                                              QgsProcessingParameterNumber.Integer, 50, minValue=1, maxValue=200),
                 "Passes over the images at most; the iteration stops earlier when the canonical correlations "
                 "change by less than 0.001.", advanced=True)
        self.add(QgsProcessingParameterEnum(self.RESAMPLING, tr("Resampling of the target onto the reference grid"),
                                            [tr(label) for _, label in RESAMPLING], defaultValue=0),
                 "How the target's pixels are put on the reference grid when the grids differ.", advanced=True)
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Normalised image")),
                 "Float32 reflectance on the reference grid, bands blue, green, red, nir, swir1, swir2 (those both "
                 "images have), nodata −9999.")
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT_NO_CHANGE, tr("No-change probability"),
                                                         optional=True, createByDefault=True),
                 "Optional. IR-MAD no-change probability per pixel (0–1; above NO_CHANGE_PROB: invariant).")
        self.addOutput(QgsProcessingOutputNumber("INVARIANT_PIXELS", tr("Invariant pixels")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        target = multiband_raster(self, parameters, self.INPUT, context)
        reference = multiband_raster(self, parameters, self.REFERENCE, context)
        require("scipy")
        from ..bluecarbon_qgis.engine.imagery import normalise, sensors

        feedback.pushInfo(tr("Target image:"))
        target_bmap = read_band_map(self, parameters, context, target.source(), sensors.ROLES, feedback)
        ref_sensor = self.parameterAsEnum(parameters, self.REFERENCE_SENSOR, context)
        feedback.pushInfo(tr("Reference image:"))
        ref_bmap = read_band_map(self, parameters, context, reference.source(), sensors.ROLES, feedback,
                                 sensor=ref_sensor, custom_params=False)
        resampling, label = RESAMPLING[self.parameterAsEnum(parameters, self.RESAMPLING, context)]
        out = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        no_change = self.parameterAsOutputLayer(parameters, self.OUTPUT_NO_CHANGE, context) \
            if parameters.get(self.OUTPUT_NO_CHANGE) else None
        from osgeo import gdal

        if normalise.same_grid(gdal.Open(target.source()), gdal.Open(reference.source())):
            feedback.pushInfo(tr("The target is on the reference grid already: no resampling."))
        else:
            feedback.pushInfo(tr("The target is resampled onto the reference grid ({crs}, {dx:g} × {dy:g}) with: "
                                 "{how}.").format(crs=reference.crs().authid() or reference.crs().description(),
                                                  dx=reference.rasterUnitsPerPixelX(),
                                                  dy=reference.rasterUnitsPerPixelY(), how=tr(label)))
        with tempfile.TemporaryDirectory(prefix="bluecarbon_") as tmp, engine_errors():
            res = normalise.normalise(
                reference.source(), ref_bmap, target.source(), target_bmap, out, tmp, resampling=resampling,
                threshold=self.parameterAsDouble(parameters, self.NO_CHANGE_PROB, context),
                max_iterations=self.parameterAsInt(parameters, self.MAX_ITERATIONS, context),
                no_change_path=no_change, progress=progress_callback(feedback), is_canceled=feedback.isCanceled)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))
        self._log(feedback, res)
        return {self.OUTPUT: out, self.OUTPUT_NO_CHANGE: no_change, "INVARIANT_PIXELS": res.n_invariant}

    @staticmethod
    def _log(feedback, res):
        say = feedback.pushInfo if res.converged else feedback.pushWarning
        say(tr("IR-MAD: {it} iteration(s){stop}; canonical correlations {rho}.").format(
            it=res.iterations, rho=", ".join("{:.4f}".format(r) for r in res.rho),
            stop=tr(" (converged: changes below 0.001)") if res.converged else
            tr(" (stopped at the maximum before the correlations settled)")))
        feedback.pushInfo(tr("Invariant pixels: {n} of {valid} valid in both images ({pct:.1f}%); {fit} fit the "
                             "regression, {test} held out to measure it.").format(
            n=res.n_invariant, valid=res.n_valid, pct=100.0 * res.n_invariant / max(res.n_valid, 1), fit=res.n_fit,
            test=res.n_test))
        for k, role in enumerate(res.roles):
            feedback.pushInfo(tr("{role}: reference = {offset:+.5f} + {gain:.5f} × target; R² {r2:.4f}; error on "
                                 "held-out invariant pixels {before:.5f} before, {after:.5f} after "
                                 "(reflectance, root mean square).").format(
                role=role, offset=res.offsets[k], gain=res.gains[k], r2=res.r2[k], before=res.rmse_before[k],
                after=res.rmse_after[k]))
        weak = [r for r, r2 in zip(res.roles, res.r2) if not r2 >= 0.8]
        if weak:
            feedback.pushWarning(tr("The fit is weak (R² below 0.8) for {roles}: the invariant pixels span too "
                                    "little of these bands (a scene that is mostly water, say). Check the "
                                    "normalised image against the reference before classifying it.").format(
                roles=", ".join(weak)))
