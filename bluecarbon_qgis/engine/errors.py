"""Engine exceptions.

Messages are templates with named fields, so the QGIS layer can translate the
template first and fill the fields afterwards; the engine itself stays free of
QGIS and of any translation machinery.
"""


def N_(text):
    """Mark a string for translation where it is defined; it is translated where it is shown."""
    return text


TRANSLATED_FIELDS = ("what", "scenario")


class BlueCarbonError(Exception):
    """Root of every error the engine raises on purpose."""

    def __init__(self, template, **fields):
        self.template = template
        self.fields = fields
        super().__init__(self.render())

    def render(self, translate=None):
        """The message, translated when ``translate`` is given; the fields in TRANSLATED_FIELDS (nouns marked
        with N_) and a field holding another error are translated too."""
        fields = dict(self.fields)
        for key in TRANSLATED_FIELDS:
            if translate and isinstance(fields.get(key), str):
                fields[key] = translate(fields[key])
        for key, value in fields.items():
            if isinstance(value, BlueCarbonError):  # an error wrapped in another: rendered in the same language
                fields[key] = value.render(translate)
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
