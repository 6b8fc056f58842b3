"""Provider, plugin entry and the QGIS-free engine (``engine``)."""
