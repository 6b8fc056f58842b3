"""Optional Python packages: imported when an algorithm runs, never at plugin load,
so a missing one gives a message that says how to install it instead of a traceback."""
import importlib

from qgis.core import QgsProcessingException

from .i18n import tr

# import name -> (Debian package, pip name)
PACKAGES = {
    "numpy": ("python3-numpy", "numpy"),
    "osgeo.gdal": ("python3-gdal", "gdal"),
    "pyproj": ("python3-pyproj", "pyproj"),
    "shapely": ("python3-shapely", "shapely"),
    "scipy": ("python3-scipy", "scipy"),
    "sklearn": ("python3-sklearn", "scikit-learn"),
    "xgboost": ("python3-xgboost", "xgboost"),
}

ENGINE = ("numpy", "osgeo.gdal", "pyproj", "shapely")


def require(*modules):
    """Import the modules or raise a QgsProcessingException naming each missing package and its install."""
    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            deb, pip = PACKAGES.get(name, ("python3-" + name, name))
            raise QgsProcessingException(tr(
                "This algorithm needs the Python package '{pip}', which QGIS cannot import ({error}). "
                "Install it and restart QGIS: on Debian or Ubuntu run 'sudo apt install {deb}'; on Windows open "
                "the OSGeo4W Shell and run 'python -m pip install {pip}'; on macOS run "
                "'/Applications/QGIS.app/Contents/MacOS/bin/pip3 install {pip}'.").format(
                    pip=pip, deb=deb, error=exc)) from None
