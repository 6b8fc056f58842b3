"""The sensor preset, Sentinel-2 baseline and Custom band/scaling parameters of the habitat mapping algorithms,
and the engine's band map read from them."""
from .algorithm import engine_errors
from .engine.errors import N_
from .i18n import tr

SENSOR, S2_BASELINE, SCALE, OFFSET, FAI_NIR = "SENSOR", "S2_BASELINE", "SCALE", "OFFSET", "FAI_NIR"
FORCE_SCALING = "FORCE_SCALING"
# the SENSOR parameter's options, in the order of engine.imagery.sensors.SENSORS (new presets at the end)
SENSOR_NAMES = (N_("Sentinel-2 Level-2A"), N_("Landsat 8/9 Collection 2 Level-2"), N_("Custom"),
                N_("Landsat 4-5 TM Collection 2 Level-2"), N_("Landsat 7 ETM+ Collection 2 Level-2"))
BAND_PARAMS = (("BAND_BLUE", "blue"), ("BAND_GREEN", "green"), ("BAND_RED", "red"), ("BAND_NIR", "nir"),
               ("BAND_SWIR1", "swir1"), ("BAND_SWIR2", "swir2"))
BAND_LABELS = {"BAND_BLUE": N_("Blue band (Custom)"), "BAND_GREEN": N_("Green band (Custom)"),
               "BAND_RED": N_("Red band (Custom)"), "BAND_NIR": N_("NIR band (Custom)"),
               "BAND_SWIR1": N_("SWIR1 band (Custom)"), "BAND_SWIR2": N_("SWIR2 band (Custom)")}


def add_sensor_parameters(alg, sensor_optional=False):
    """The sensor preset, Sentinel-2 baseline and Custom band/scaling parameters, shared by the
    habitat mapping algorithms so that they read imagery the same way. With ``sensor_optional`` the preset has
    no default (the algorithm then reads the image as something else says, a model for instance)."""
    from qgis.core import QgsProcessingParameterBoolean, QgsProcessingParameterEnum, QgsProcessingParameterNumber

    alg.add(QgsProcessingParameterEnum(SENSOR, tr("Sensor"), [tr(n) for n in SENSOR_NAMES],
                                       defaultValue=None if sensor_optional else 0, optional=sensor_optional),
            "Presets know each product's band order, scaling, fill and saturation values, and find bands by their "
            "descriptions (B4, SR_B5, …); without descriptions they need the full product's band order "
            "(Landsat 4-5 TM and 7 ETM+ C2 L2: SR_B1, SR_B2, SR_B3, SR_B4, SR_B5, SR_B7). Custom uses the band "
            "numbers, scale and offset below (bands not numbered are found by descriptions naming their role: "
            "blue, green, red, nir, swir1, swir2). The log says which bands, offset and scaling were used and "
            "why.")
    alg.add(QgsProcessingParameterEnum(S2_BASELINE, tr("Sentinel-2 processing baseline"),
                                       [tr("Automatic: metadata, else decided from the data"),
                                        tr("Before 04.00: reflectance = DN / 10000"),
                                        tr("04.00 or later: reflectance = (DN − 1000) / 10000")], defaultValue=0),
            "Sentinel-2 L2A products from processing baseline 04.00 (January 2022) and the 2015–2021 "
            "Collection-1 reprocessing carry an offset of −1000. Automatic reads BOA_ADD_OFFSET (band metadata, "
            "GDAL offset, MTD_MSIL2A.xml, a STAC item beside the file, the product name); without them it decides "
            "from the darkest SWIR values (water sits near 1000 DN with the offset, near 0 without) or refuses. "
            "A setting the data contradict is warned about.")
    alg.add(QgsProcessingParameterEnum(FAI_NIR, tr("NIR band of FAI (Sentinel-2)"),
                                       [tr("NIR (B8, 833 nm)"), tr("Narrow NIR (B8A, 865 nm)")], defaultValue=0,
                                       optional=True),
            "The floating algae index with B8A matches Hu 2009's 859 nm band and B11's 20 m grid; the image must "
            "hold a band described as B8A (or the full L2A band order).", advanced=True)
    for pid, _ in BAND_PARAMS:
        alg.add(QgsProcessingParameterNumber(pid, tr(BAND_LABELS[pid]), QgsProcessingParameterNumber.Integer,
                                             optional=True, minValue=1),
                "1-based band number, used with the Custom sensor.", advanced=True)
    alg.add(QgsProcessingParameterNumber(SCALE, tr("Scale (Custom)"), QgsProcessingParameterNumber.Double,
                                         optional=True),
            "Reflectance = DN × scale + offset, used with the Custom sensor. Empty: the file's own GDAL scale "
            "and offset (1 and 0 when it has none). Values that cannot be reflectance are refused unless "
            "FORCE_SCALING is set.",
            advanced=True)
    alg.add(QgsProcessingParameterNumber(OFFSET, tr("Offset (Custom)"), QgsProcessingParameterNumber.Double,
                                         optional=True),
            "Reflectance = DN × scale + offset, used with the Custom sensor. Empty: the file's GDAL offset (or 0).",
            advanced=True)
    alg.add(QgsProcessingParameterBoolean(FORCE_SCALING, tr("Go on with a scaling that does not look like "
                                                            "reflectance"), False, optional=True),
            "A scaling is refused when the scaled values fall far outside 0–1 (a 99th percentile above 1.5: "
            "digital numbers; every band's 99th percentile below 0.01: reflectance scaled twice; more than 5% of "
            "a band below −0.01: a wrong offset); slightly negative values, the noise over dark water, are "
            "accepted. Set this to go on with the scaling as given; the log then warns.", advanced=True)


def _optional_number(alg, parameters, name, context):
    value = parameters.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return alg.parameterAsDouble(parameters, name, context)


def sensor_index(alg, parameters, context):
    """The SENSOR parameter's preset (an index of engine.imagery.sensors.SENSORS), or None when it is optional
    and not set."""
    if parameters.get(SENSOR) in (None, "") and alg.parameterDefinition(SENSOR).defaultValue() is None:
        return None
    return alg.parameterAsEnum(parameters, SENSOR, context)


def read_band_map(alg, parameters, context, path, needed, feedback=None, sensor=None, custom_params=True):
    """The engine's band map of the image for the roles ``needed`` (with ``sensor``, that preset instead of the
    SENSOR parameter's; without ``custom_params``, a Custom image is read by its band descriptions and its own
    GDAL scale, not by the BAND_*, SCALE and OFFSET parameters); with ``feedback``, the log says which bands,
    offset and scaling were used and why, and warns where the data contradict a setting."""
    from .engine.imagery import sensors

    baseline = (sensors.S2_AUTO, sensors.S2_BEFORE_0400, sensors.S2_FROM_0400)[
        alg.parameterAsEnum(parameters, S2_BASELINE, context)]
    custom = {}
    for pid, role in BAND_PARAMS:
        if custom_params and parameters.get(pid) not in (None, ""):
            custom[role] = alg.parameterAsInt(parameters, pid, context)
    fai_narrow = (alg.parameterDefinition(FAI_NIR) is not None and parameters.get(FAI_NIR) not in (None, "")
                  and alg.parameterAsEnum(parameters, FAI_NIR, context) == 1)
    with engine_errors():
        bmap = sensors.band_map(path, sensor_index(alg, parameters, context) if sensor is None else sensor,
                                custom_bands=custom,
                                scale=_optional_number(alg, parameters, SCALE, context) if custom_params else None,
                                offset=_optional_number(alg, parameters, OFFSET, context) if custom_params else None,
                                s2_baseline=baseline, needed=needed, fai_narrow=fai_narrow,
                                force=alg.parameterAsBool(parameters, FORCE_SCALING, context))
    if feedback is not None:
        for note in bmap.notes:
            feedback.pushInfo(sensors.render(note, tr))
        for note in bmap.warnings:
            feedback.pushWarning(sensors.render(note, tr))
    return bmap

