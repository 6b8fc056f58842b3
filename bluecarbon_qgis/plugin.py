"""Plugin entry: registers the Processing provider, with or without a GUI."""
import sys

from qgis.core import QgsApplication

from .i18n import install_translator


class BlueCarbonPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        install_translator()

    def initProcessing(self):  # noqa: N802 (QGIS entry point, called by qgis_process)
        if self.provider is None:
            from .provider import BlueCarbonProvider
            self.provider = BlueCarbonProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)
            if QgsApplication.platform() == "qgis_process":
                start_workers_of_this_run()

    def initGui(self):  # noqa: N802 (QGIS entry point, called by the desktop)
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        pool = sys.modules.get(__name__.rsplit(".", 1)[0] + ".engine.raster.local_pool")
        if pool is not None:  # local workers started by this session end with the plugin
            pool.shutdown_local()


def start_workers_of_this_run():
    """qgis_process running a heavy algorithm: its local workers start while QGIS starts (scheduler.py)."""
    from qgis.PyQt.QtCore import QCoreApplication

    try:
        from .scheduler import start_workers_for_command_line

        start_workers_for_command_line(QCoreApplication.arguments())
    except Exception:  # noqa: BLE001 - only an early start: the run starts its workers itself and reports
        pass
