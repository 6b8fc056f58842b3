"""Collect the plugin's user-facing strings and keep i18n/*.ts in step.

Strings are found in the source with the ast module: arguments of tr(...),
of InputError/BlueCarbonError(...) and of N_(...), help texts passed to
``self.add(param, "...")``, the DISPLAY/HELP class constants and GROUPS.

    /usr/bin/python3 scripts/i18n_strings.py --check   # exit 1 if a string has no translation
    /usr/bin/python3 scripts/i18n_strings.py --update  # add missing strings as unfinished
    /usr/bin/python3 scripts/i18n_strings.py --update --into i18n/bluecarbon_zh_CN.change.ts

The Simplified Chinese translation may be split over several files
i18n/bluecarbon_zh_CN*.ts (one per area of the plugin); `make translations`
compiles them together into i18n/bluecarbon_zh_CN.qm. A string counts as
translated when any of them translates it.
"""
import glob
import ast
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = ("bluecarbon_qgis", "algorithms")
CALLS = {"tr", "InputError", "BlueCarbonError", "N_"}
CONSTANTS = {"DISPLAY", "HELP"}
MAIN_TS = os.path.join(ROOT, "i18n", "bluecarbon_zh_CN.ts")
TS_FILES = sorted(glob.glob(os.path.join(ROOT, "i18n", "bluecarbon_zh_CN*.ts")))


def _const(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def strings_in(path):
    with open(path, encoding="utf-8") as fh:
        tree = ast.parse(fh.read(), path)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name in CALLS and node.args and _const(node.args[0]):
                found.append(_const(node.args[0]))
            if name == "add" and len(node.args) >= 2 and _const(node.args[1]):
                found.append(_const(node.args[1]))
        elif isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if any(t in CONSTANTS for t in targets) and _const(node.value):
                found.append(_const(node.value))
            if "GROUPS" in targets and isinstance(node.value, ast.Dict):
                found.extend(_const(v) for v in node.value.values if _const(v))
    return found


def collect():
    seen = []
    for folder in SOURCES:
        for base, _, files in os.walk(os.path.join(ROOT, folder)):
            for name in sorted(files):
                if name.endswith(".py"):
                    for s in strings_in(os.path.join(base, name)):
                        if s.strip() and s not in seen:
                            seen.append(s)
    return seen


def read_ts(path):
    tree = ET.parse(path)
    out = {}
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        done = tr is not None and tr.get("type") not in ("unfinished", "obsolete") and (tr.text or "").strip()
        out[src] = (tr.text or "") if done else None
    return tree, out


def update(path, strings):
    tree, existing = read_ts(path)
    context = tree.getroot().find("context")
    added = 0
    for s in strings:
        if s not in existing:
            msg = ET.SubElement(context, "message")
            ET.SubElement(msg, "source").text = s
            ET.SubElement(msg, "translation", type="unfinished")
            added += 1
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return added


def translations(paths=None):
    """Source string -> translation (None where unfinished), over all the translation files."""
    out = {}
    for path in paths or TS_FILES:
        for src, text in read_ts(path)[1].items():
            if text or src not in out:
                out[src] = text
    return out


def missing(strings, paths=None):
    done = translations(paths)
    return [s for s in strings if not done.get(s)]


if __name__ == "__main__":
    strings = collect()
    if "--update" in sys.argv:
        into = sys.argv[sys.argv.index("--into") + 1] if "--into" in sys.argv else MAIN_TS
        if not os.path.exists(into):
            with open(into, "w", encoding="utf-8") as fh:
                fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" '
                         'language="zh_CN"><context><name>bluecarbon</name></context></TS>\n')
        print(into, "added", update(into, missing(strings)))
    miss = missing(strings, sorted(glob.glob(os.path.join(ROOT, "i18n", "bluecarbon_zh_CN*.ts"))))
    for s in miss:
        print("untranslated: {!r}".format(s[:90]))
    sys.exit(1 if miss else 0)
