"""The default thresholds of the rule-based habitat map (``rules``), with their sources: in a module of their own,
without numpy or GDAL, so that the algorithm's parameters can show them when QGIS loads the plugin."""

DEFAULTS = {
    "water_mndwi": 0.0,       # Xu 2006: open water where MNDWI > 0
    "veg_ndvi": 0.3,          # green vegetation
    "mangrove_mvi": 4.5,      # Baloloy et al. 2020, ISPRS J. 166: 95 (mangroves 4.5-16.5)
    "fai": 0.02,              # Hu 2009 FAI, floating matter on water (reflectance units)
    "seagrass_dii_sd": 2.0,   # sand DII mean minus 2 sd
    "seagrass_green": 0.04,   # dark bottom on a shallow bank (green reflectance)
    "max_depth": 10.0,        # m: beyond this the bottom is not seen in green light in most coastal water
    "max_elevation": 5.0,     # m above datum: above this vegetation is terrestrial, not intertidal
    "shore_buffer": 2,        # px: floating matter not within this many pixels of land
    "float_min_depth": 1.0,   # m: with bathymetry, floating matter only over water at least this deep
}
