"""Engine exceptions.

Messages are templates with named fields, so the QGIS layer can translate the
template first and fill the fields afterwards; the engine itself stays free of
QGIS and of any translation machinery.
"""


def N_(text):
    """Mark a string for translation where it is defined; it is translated where it is shown."""
    return text


class BlueCarbonError(Exception):
    """Root of every error the engine raises on purpose."""

    def __init__(self, template, **fields):
        self.template = template
        self.fields = fields
        super().__init__(self.render())

    def render(self, translate=None):
        """The message, translated when ``translate`` is given; a ``what`` field (a noun marked with N_)
        is translated too, and a field that is itself a (template, fields) pair is rendered in its place."""
        fields = {k: render_note(v, translate) for k, v in self.fields.items()}
        if translate and isinstance(fields.get("what"), str):
            fields["what"] = translate(fields["what"])
        return _format(self.template, fields, translate)


def _format(template, fields, translate):
    text = translate(template) if translate else template
    try:
        return text.format(**fields)
    except (KeyError, IndexError, ValueError):
        return template.format(**fields)


def render_note(value, translate=None):
    """A (template, fields) pair as text (translated with ``translate``), fields that are pairs too; any other
    value as it is."""
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str) and isinstance(value[1], dict):
        return _format(value[0], {k: render_note(v, translate) for k, v in value[1].items()}, translate)
    return value


class InputError(BlueCarbonError, ValueError):
    """The user's input is wrong in a way the user can fix."""


class Canceled(BlueCarbonError):
    """The caller asked the engine to stop."""

    def __init__(self):
        super().__init__("The run was canceled; no output was written.")
