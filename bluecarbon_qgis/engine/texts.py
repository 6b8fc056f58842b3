"""Texts the engine hands to statements: an English template marked with N_() and its named fields.

The caller translates the template first and fills the fields afterwards (as for engine errors). A field that is
itself a ``(template, fields)`` pair is translated and filled the same way, so a phrase chosen by the engine (a
class name, the reason for a rule) reads in the statement's language too.
"""


def render(template, fields=None, translate=None):
    """``template`` filled with ``fields``, both translated when ``translate`` is given."""
    tr = translate or (lambda s: s)
    done = {k: (render(v[0], v[1], translate) if _is_text(v) else v) for k, v in (fields or {}).items()}
    try:
        return tr(template).format(**done)
    except (KeyError, IndexError, ValueError):
        return template.format(**done)


def _is_text(value):
    return isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str) and isinstance(value[1], dict)
