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
        is translated too."""
        fields = dict(self.fields)
        if translate and isinstance(fields.get("what"), str):
            fields["what"] = translate(fields["what"])
        text = translate(self.template) if translate else self.template
        try:
            return text.format(**fields)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.fields)


class InputError(BlueCarbonError, ValueError):
    """The user's input is wrong in a way the user can fix."""


class Canceled(BlueCarbonError):
    """The caller asked the engine to stop."""

    def __init__(self):
        super().__init__("The run was canceled; no output was written.")
