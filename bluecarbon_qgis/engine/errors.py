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
        """The message, translated when ``translate`` is given; a field in TRANSLATED_FIELDS (a noun marked with
        N_), a Part and another error held in a field are translated too."""
        fields = {k: v.render(translate) if isinstance(v, (Part, BlueCarbonError)) else v
                  for k, v in self.fields.items()}
        for key in TRANSLATED_FIELDS:
            if translate and isinstance(fields.get(key), str) and isinstance(self.fields[key], str):
                fields[key] = translate(fields[key])
        text = translate(self.template) if translate else self.template
        try:
            return text.format(**fields)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**{k: str(v) for k, v in self.fields.items()})


class Part:
    """A translatable piece of a message (its template marked with N_), filled with its own fields and
    translated with the message that holds it."""

    def __init__(self, template, **fields):
        self.template, self.fields = template, fields

    def render(self, translate=None):
        text = translate(self.template) if translate else self.template
        try:
            return text.format(**self.fields)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.fields)

    def __str__(self):
        return self.render()


class InputError(BlueCarbonError, ValueError):
    """The user's input is wrong in a way the user can fix."""


class Canceled(BlueCarbonError):
    """The caller asked the engine to stop."""

    def __init__(self):
        super().__init__("The run was canceled; no output was written.")
