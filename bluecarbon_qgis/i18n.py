"""Translation: one Qt context for the whole plugin, Simplified Chinese shipped."""
import os

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "bluecarbon"
_translator = None


def tr(text):
    return QCoreApplication.translate(CONTEXT, text)


def locale_name():
    """The locale QGIS runs in: its override setting, else the system locale."""
    try:
        from qgis.core import QgsSettings
        settings = QgsSettings()
        if settings.value("locale/overrideFlag", False, type=bool):
            name = settings.value("locale/userLocale", "", type=str)
            if name:
                return name
    except Exception:  # settings unavailable outside a QGIS application
        pass
    return QLocale.system().name()


def install_translator():
    """Load i18n/bluecarbon_<locale>.qm once, if it exists for the current locale."""
    global _translator
    if _translator is not None:
        return
    name = locale_name()
    folder = os.path.join(os.path.dirname(os.path.dirname(__file__)), "i18n")
    for candidate in (name, name.split("_")[0]):
        path = os.path.join(folder, "bluecarbon_{}.qm".format(candidate))
        if os.path.exists(path):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                _translator = translator
            return
