"""Blue Carbon QGIS plugin: habitat maps to blue-carbon accounts."""


def classFactory(iface):  # noqa: N802 (QGIS entry point)
    from .bluecarbon_qgis.plugin import BlueCarbonPlugin
    return BlueCarbonPlugin(iface)
