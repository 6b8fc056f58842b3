"""Collect the plugin's user-facing strings and keep i18n/bluecarbon_zh_CN.ts in step with them.

Strings are collected from the files under bluecarbon_qgis/ and algorithms/, one function per kind of
file (``COLLECTORS``):

- Python (``strings_in_python``, with the ast module): arguments of tr(...), of InputError/BlueCarbonError(...)
  and of N_(...), help texts passed to ``self.add(param, "...")``, the DISPLAY/HELP class constants and the
  values of GROUPS;
- report templates, ``*.html`` and ``*.j2`` (``strings_in_template``, with a regular expression): string
  literals in ``_("...")`` and ``_('...')`` calls.

The Simplified Chinese translation is the one file i18n/bluecarbon_zh_CN.ts: one context (``bluecarbon``),
one message per source string, sorted by source text (so that strings added by different changes land in
different places of the file). `make translations` compiles it into i18n/bluecarbon_zh_CN.qm.

    /usr/bin/python3 scripts/i18n_strings.py --check           # exit 1 if a string in use has no finished
                                                               # translation or a string is in the file twice
    /usr/bin/python3 scripts/i18n_strings.py --update          # add new strings as unfinished, mark strings
                                                               # no longer in the source type="obsolete"
    /usr/bin/python3 scripts/i18n_strings.py --update --prune  # the same, and drop the obsolete strings

Every run ends with the check. ``--update`` also merges repeated messages of one string (keeping the
finished translation) unless they are translated differently, which is left for a person to settle; an
obsolete string that comes back into use gets its translation back.
"""
import ast
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = ("bluecarbon_qgis", "algorithms")
CALLS = {"tr", "InputError", "BlueCarbonError", "N_"}
CONSTANTS = {"DISPLAY", "HELP"}
TS_FILE = os.path.join(ROOT, "i18n", "bluecarbon_zh_CN.ts")
CONTEXT = "bluecarbon"
OBSOLETE = ("obsolete", "vanished")  # Qt Linguist's two marks of a string gone from the source
# _("...") or _('...') in a template: the literal with its backslash escapes, as Jinja2 reads it.
TEMPLATE_CALL = re.compile(r"""(?<![\w.])_\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*[,)]""", re.S)


def _const(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def strings_in_python(path):
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


def strings_in_template(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return [ast.literal_eval(m.group(1)) for m in TEMPLATE_CALL.finditer(text)]


COLLECTORS = {".py": strings_in_python, ".html": strings_in_template, ".j2": strings_in_template}


def collect():
    """The user-facing strings of the plugin, each once, in the order found."""
    seen = {}
    for folder in SOURCES:
        for base, dirs, files in os.walk(os.path.join(ROOT, folder)):
            dirs.sort()
            for name in sorted(files):
                collector = COLLECTORS.get(os.path.splitext(name)[1])
                for s in collector(os.path.join(base, name)) if collector else ():
                    if s.strip():
                        seen.setdefault(s, None)
    return list(seen)


def read_ts(path=TS_FILE):
    """The parsed file and its messages (in the one context)."""
    tree = ET.parse(path)
    context = tree.getroot().find("context")
    return tree, context, context.findall("message")


def _source(msg):
    return msg.findtext("source")


def _finished(msg):
    """The message's translation, or None while it is unfinished or obsolete."""
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished",) + OBSOLETE or not (tr.text or "").strip():
        return None
    return tr.text


def translations(path=TS_FILE):
    """Source string -> translation (None where unfinished or obsolete)."""
    out = {}
    for msg in read_ts(path)[2]:
        if out.get(_source(msg)) is None:
            out[_source(msg)] = _finished(msg)
    return out


def missing(strings, path=TS_FILE):
    done = translations(path)
    return [s for s in strings if not done.get(s)]


def duplicates(path=TS_FILE):
    """Source strings that have more than one message."""
    seen, twice = set(), []
    for msg in read_ts(path)[2]:
        if _source(msg) in seen and _source(msg) not in twice:
            twice.append(_source(msg))
        seen.add(_source(msg))
    return twice


def obsolete(path=TS_FILE):
    return [_source(m) for m in read_ts(path)[2] if m.find("translation").get("type") in OBSOLETE]


def write_ts(tree, path=TS_FILE):
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        fh.write(ET.tostring(tree.getroot(), encoding="unicode"))
        fh.write("\n")


def _merge(group):
    """One message for a string from its repeated messages, or None if they translate it differently."""
    texts = {_finished(m) for m in group} - {None}
    if len(texts) > 1:
        return None
    return next((m for m in group if _finished(m)), group[0])


def update(strings, path=TS_FILE, prune=False):
    """Bring the file in step with the strings in use; counts of what changed."""
    strings = set(strings)
    tree, context, msgs = read_ts(path)
    groups = {}
    for msg in msgs:
        groups.setdefault(_source(msg), []).append(msg)
        context.remove(msg)
    counts = {"added": 0, "obsolete": 0, "revived": 0, "merged": 0, "pruned": 0}
    kept = []
    for source, group in groups.items():
        one = _merge(group)
        if one is None:
            print("translated differently, keeping both: {!r}".format(source[:90]))
            kept.extend(group)
            continue
        counts["merged"] += len(group) - 1
        tr = one.find("translation")
        if source in strings and tr.get("type") in OBSOLETE:
            if (tr.text or "").strip():
                del tr.attrib["type"]
            else:
                tr.set("type", "unfinished")
            counts["revived"] += 1
        elif source not in strings and tr.get("type") not in OBSOLETE:
            tr.set("type", "obsolete")
            counts["obsolete"] += 1
        if prune and tr.get("type") in OBSOLETE:
            counts["pruned"] += 1
            continue
        kept.append(one)
    for source in strings - set(groups):
        msg = ET.Element("message")
        ET.SubElement(msg, "source").text = source
        ET.SubElement(msg, "translation", type="unfinished")
        kept.append(msg)
        counts["added"] += 1
    for msg in sorted(kept, key=lambda m: (_source(m).casefold(), _source(m))):
        context.append(msg)
    write_ts(tree, path)
    return counts


def new_ts(path=TS_FILE):
    root = ET.Element("TS", version="2.1", language="zh_CN")
    ET.SubElement(ET.SubElement(root, "context"), "name").text = CONTEXT
    write_ts(ET.ElementTree(root), path)


def check(strings, path=TS_FILE):
    """Problems that fail --check: strings in use without a finished translation, strings in the file twice."""
    return (["untranslated: {!r}".format(s[:90]) for s in missing(strings, path)]
            + ["in the file more than once: {!r}".format(s[:90]) for s in duplicates(path)])


if __name__ == "__main__":
    strings = collect()
    if "--update" in sys.argv or "--prune" in sys.argv:
        if not os.path.exists(TS_FILE):
            new_ts()
        counts = update(strings if "--update" in sys.argv else set(translations()) - set(obsolete()),
                        prune="--prune" in sys.argv)
        print(os.path.relpath(TS_FILE, ROOT), ", ".join("{} {}".format(k, v) for k, v in counts.items()))
    problems = check(strings)
    for line in problems:
        print(line)
    stale = set(translations()) - set(strings) - set(obsolete())
    print("{} strings in use, {} obsolete in {}{}".format(
        len(strings), len(obsolete()), os.path.relpath(TS_FILE, ROOT),
        "; {} no longer in use (--update marks them obsolete)".format(len(stale)) if stale else ""))
    sys.exit(1 if problems else 0)
