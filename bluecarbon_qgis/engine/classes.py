"""The plugin's one habitat class scheme (values, names, colours).

``styles/habitat_classes.qml`` carries the same values and colours; a test
keeps them in step.
"""
from .errors import N_

NODATA = 0

HABITAT_CLASSES = (
    # value, name, colour
    (1, N_("open water"), "#1f4e9c"),
    (2, N_("tidal flat"), "#c8b68a"),
    (3, N_("mangrove"), "#1b7a3a"),
    (4, N_("salt marsh"), "#9acd32"),
    (5, N_("seagrass"), "#2bb3a3"),
    (6, N_("seaweed/macroalgae"), "#8b5a2b"),
    (7, N_("floating mariculture"), "#e0457b"),
    (8, N_("aquaculture ponds"), "#f0a23b"),
    (9, N_("other land"), "#bdbdbd"),
)

NAMES = {v: n for v, n, _ in HABITAT_CLASSES}
COLOURS = {v: c for v, _, c in HABITAT_CLASSES}
MARICULTURE = (6, 7, 8)


def colour_of(value):
    """Colour of a class; classes outside the scheme get a stable grey-blue shade."""
    if value in COLOURS:
        return COLOURS[value]
    shade = 80 + (int(value) * 37) % 120
    return "#{0:02x}{0:02x}{1:02x}".format(shade, min(shade + 40, 255))
