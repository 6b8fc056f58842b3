"""Translation: one Qt context for the whole plugin, Simplified Chinese shipped.

QGIS stores the language picked in Settings › Options › General as its own codes
(``zh-Hans`` for 简体中文, ``zh-Hant`` for 繁體中文, or ``en_US``, ``zh_CN``…), and the
system locale comes as ``zh_CN.UTF-8`` and the like. ``locale_name()`` brings all of
them to ``language_TERRITORY`` (``zh_CN``, ``zh_TW``), which names the translation
file ``i18n/bluecarbon_<locale>.qm``.

Traditional Chinese (``zh-Hant``, ``zh_TW``, ``zh_HK``, ``zh_MO``) is not given the
Simplified translation: QGIS itself shows those users Traditional characters, and a
mix of scripts, and of mainland terms, in one window reads worse than English. It
gets English until a Traditional translation ships.
"""
import os

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "bluecarbon"
_translator = None
_language = "en"
TRADITIONAL_REGIONS = ("TW", "HK", "MO")


def tr(text):
    return QCoreApplication.translate(CONTEXT, text)


def normalise_locale(name):
    """``language_TERRITORY`` for a QGIS or system locale code: ``zh-Hans`` → ``zh_CN``, ``zh-Hant`` →
    ``zh_TW``, ``zh`` → ``zh_CN``, ``zh_CN.UTF-8`` → ``zh_CN``, ``zh_Hant_HK`` → ``zh_HK``, ``C`` → ``en``."""
    name = (name or "").strip().split(".")[0].split("@")[0].replace("-", "_")
    parts = [p for p in name.split("_") if p]
    if not parts or parts[0] in ("C", "POSIX"):
        return "en"
    language = parts[0].lower()
    script = next((p.title() for p in parts[1:] if len(p) == 4 and p.isalpha()), None)
    region = next((p.upper() for p in parts[1:] if len(p) in (2, 3) and p.upper() != (script or "").upper()),
                  None)
    if language == "zh":
        if region is None:
            region = "TW" if script == "Hant" else "CN"
        elif script == "Hant" and region not in TRADITIONAL_REGIONS:
            region = "TW"
    return language + ("_" + region if region else "")


def is_traditional_chinese(name):
    name = normalise_locale(name)
    return name.startswith("zh_") and name[3:] in TRADITIONAL_REGIONS


def locale_name():
    """The locale QGIS runs in (its override setting, else the system locale), as ``language_TERRITORY``."""
    try:
        from qgis.core import QgsSettings
        settings = QgsSettings()
        if settings.value("locale/overrideFlag", False, type=bool):
            name = settings.value("locale/userLocale", "", type=str)
            if name:
                return normalise_locale(name)
    except Exception:  # settings unavailable outside a QGIS application
        pass
    return normalise_locale(QLocale.system().name())


def translation_candidates(name):
    """Translation file stems to try, best first, for a locale code."""
    name = normalise_locale(name)
    language = name.split("_")[0]
    if is_traditional_chinese(name):
        fallback = "zh_Hant"
    elif language == "zh":
        fallback = "zh_CN"
    else:
        fallback = language
    return list(dict.fromkeys([name, fallback]))


def report_language():
    """The language the plugin's texts (and so its reports) are in: a BCP 47 tag for ``<html lang>``."""
    return _language


def install_translator():
    """Load i18n/bluecarbon_<locale>.qm once, if it exists for the current locale."""
    global _translator, _language
    if _translator is not None:
        return
    folder = os.path.join(os.path.dirname(os.path.dirname(__file__)), "i18n")
    for candidate in translation_candidates(locale_name()):
        path = os.path.join(folder, "bluecarbon_{}.qm".format(candidate))
        if os.path.exists(path):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                _translator = translator
                _language = candidate.replace("_", "-")
            return
