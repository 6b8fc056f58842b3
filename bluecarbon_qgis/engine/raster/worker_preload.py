"""Imported by each local worker process when it starts (``local_pool``), so that the first piece of the first
run does not pay for importing the engine and its libraries."""
import numpy  # noqa: F401
from osgeo import gdal  # noqa: F401
from pyproj import CRS  # noqa: F401
from shapely import wkb  # noqa: F401

from . import coverage, geometry, grid, zonal  # noqa: F401
from . import executor  # noqa: F401
from . import parent_watch  # noqa: F401 - started by each worker (local_pool.serve)

gdal.UseExceptions()
