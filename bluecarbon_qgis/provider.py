"""The ``bluecarbon`` Processing provider."""
import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .i18n import tr

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))


class BlueCarbonProvider(QgsProcessingProvider):
    def id(self):
        return "bluecarbon"

    def name(self):
        return tr("Blue Carbon")

    def longName(self):  # noqa: N802
        return tr("Blue Carbon: coastal habitat maps to carbon accounts")

    def icon(self):
        return QIcon(os.path.join(PLUGIN_DIR, "icon.svg"))

    def svgIconPath(self):  # noqa: N802
        return os.path.join(PLUGIN_DIR, "icon.svg")

    def loadAlgorithms(self):  # noqa: N802
        from ..algorithms import ALGORITHMS
        for cls in ALGORITHMS:
            self.addAlgorithm(cls())
