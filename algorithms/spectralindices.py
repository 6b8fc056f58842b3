"""bluecarbon:spectralindices — spectral indices of coastal habitats, one band each."""
from qgis.core import (
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.feedback import progress_callback
from ..bluecarbon_qgis.i18n import tr
from ..bluecarbon_qgis.rasters import multiband_raster
from ..bluecarbon_qgis.scheduler import add_scheduler_parameter, open_executor
from ..bluecarbon_qgis.sensor_parameters import add_sensor_parameters, read_band_map


class SpectralIndices(BlueCarbonAlgorithm):
    NAME = "spectralindices"
    DISPLAY = "Spectral indices"
    GROUP_ID = "habitatmapping"
    HELP = (
        "Computes spectral indices from surface reflectance, one float32 band per index (the band description "
        "is the index name), block by block. Nodata where any input band is nodata, fill or saturated, and where "
        "a denominator is within 0.005 reflectance of 0 (EVI: 0.1, as its 7.5 × blue term multiplies noise), "
        "so that no index is a huge number made of noise.\n\n"
        "NDVI = (NIR − Red)/(NIR + Red) (Rouse et al. 1974)\n"
        "NDWI = (Green − NIR)/(Green + NIR) (McFeeters 1996)\n"
        "MNDWI = (Green − SWIR1)/(Green + SWIR1) (Xu 2006)\n"
        "EVI = 2.5 (NIR − Red)/(NIR + 6 Red − 7.5 Blue + 1) (Huete et al. 2002)\n"
        "SAVI = 1.5 (NIR − Red)/(NIR + Red + 0.5) (Huete 1988)\n"
        "LSWI = (NIR − SWIR1)/(NIR + SWIR1) (Xiao et al. 2002)\n"
        "MVI = |NIR − Green|/|SWIR1 − Green|, mangrove vegetation index (Baloloy et al. 2020, ISPRS J. "
        "Photogramm. Remote Sens. 166: 95–117)\n"
        "CMRI = NDVI − NDWI, combined mangrove recognition index (Gupta et al. 2018, MethodsX 5: 1129–1139)\n"
        "FAI = NIR − [Red + (SWIR1 − Red)(λNIR − λRed)/(λSWIR1 − λRed)], floating algae index (Hu 2009), "
        "with the band-centre wavelengths of the bands used (Sentinel-2, mean of S2A and S2B: B4 664.8, B8 832.9, "
        "B8A 864.4, B11 1612.1 nm; Landsat 8/9: 654.6, 864.7, 1608.9 nm; Landsat 4-5 TM: 660, 830, 1650 nm; "
        "Landsat 7 ETM+: 660, 840, 1650 nm). With Sentinel-2, the advanced "
        "parameter FAI_NIR = 1 uses B8A, closer to Hu's 859 nm and on B11's 20 m grid.\n\n"
        "Scaling: Sentinel-2 L2A reflectance = DN/10000 before processing baseline 04.00 and (DN − 1000)/10000 "
        "from 04.00 (decided from the metadata, else from the data, and logged); Landsat 4-5 TM, 7 ETM+ and 8/9 "
        "Collection 2 Level-2 = DN × 0.0000275 − 0.2, valid DN 7273–43636 (USGS); Custom = DN × scale + offset "
        "(the file's GDAL scale and offset when SCALE is empty). A scaling is judged by how far the values fall "
        "outside 0–1 (slightly negative values over water are noise and accepted); one that cannot be "
        "reflectance is refused unless FORCE_SCALING is set."
    )
    INPUT, INDICES, OUTPUT = "INPUT", "INDICES", "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Multiband image")),
                 "Surface reflectance image (Sentinel-2 L2A, Landsat 4-5 TM, 7 ETM+ or 8/9 C2 L2, or another with "
                 "Custom bands).")
        add_sensor_parameters(self)
        self.add(QgsProcessingParameterString(self.INDICES, tr("Indices (comma-separated)"),
                                              "NDVI,NDWI,MNDWI,MVI"),
                 "Any of NDVI, NDWI, MNDWI, EVI, SAVI, LSWI, MVI, CMRI, FAI; case does not matter.")
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Indices")),
                 "Float32 GeoTIFF, one band per index, nodata −9999.")
        add_scheduler_parameter(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = multiband_raster(self, parameters, self.INPUT, context)
        from ..bluecarbon_qgis.engine.imagery import indices

        with engine_errors():
            names = indices.parse_indices(self.parameterAsString(parameters, self.INDICES, context))
        bmap = read_band_map(self, parameters, context, layer.source(), indices.roles_for(names), feedback)
        out = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        with open_executor(self, parameters, context, feedback) as executor, engine_errors():
            indices.write_indices(layer.source(), bmap, names, out, progress=progress_callback(feedback),
                                  is_canceled=feedback.isCanceled, executor=executor)
        return {self.OUTPUT: out}
