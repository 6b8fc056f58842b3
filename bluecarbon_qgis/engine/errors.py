"""Engine exceptions.

Messages are templates with named fields, so the QGIS layer can translate the
template first and fill the fields afterwards; the engine itself stays free of
QGIS and of any translation machinery.
"""


def N_(text):
    """Mark a string for translation where it is defined; it is translated where it is shown."""
    return text


# fields that hold a noun marked with N_ (translated with the template)
TRANSLATED_FIELDS = ("what", "separator", "scenario")


def render(template, fields, translate=None):
    """A message template filled with its fields, translated when ``translate`` is given: Part fields and
    errors held in a field (an error wrapped in another) are rendered (and translated) first, the nouns in
    TRANSLATED_FIELDS are translated too."""
    filled = {k: v.render(translate) if isinstance(v, (Part, BlueCarbonError)) else v for k, v in fields.items()}
    if translate:
        for name in TRANSLATED_FIELDS:
            if isinstance(fields.get(name), str):
                filled[name] = translate(fields[name])
    text = translate(template) if translate else template
    try:
        return text.format(**filled)
    except (KeyError, IndexError, ValueError):
        return template.format(**{k: str(v) for k, v in fields.items()})


class BlueCarbonError(Exception):
    """Root of every error the engine raises on purpose."""

    def __init__(self, template, **fields):
        self.template = template
        self.fields = fields
        super().__init__(self.render())

    def render(self, translate=None):
        """The message, translated when ``translate`` is given (see ``render``)."""
        return render(self.template, self.fields, translate)


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
