"""Grids, exact cell coverage, zonal class areas and raster writing."""
