"""The one colour palette of PressWatch: a fixed, colour-blind-safe colour per value.

Actor types and source kinds use Okabe & Ito's palette ("Color Universal Design", 2008),
hedge categories Paul Tol's "muted" scheme (personal.sron.nl/~pault); both stay
distinguishable under the common colour-vision deficiencies. A person, an organisation
or a government keeps the same colour as an actor type and as a source kind, so a
reader who learnt one chart can read the next; unnamed sources are the one warm alarm.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from presswatch.records import ACTOR_TYPES, BOOSTER, HEDGE_CATEGORIES, SOURCE_KINDS
from presswatch.vocab import OTHER, UNATTRIBUTED

# Okabe-Ito
BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
SKY = "#56B4E9"
PURPLE = "#CC79A7"
VERMILLION = "#D55E00"
YELLOW = "#F0E442"
BLACK = "#000000"
GREY = "#999999"
LIGHT_GREY = "#D9D9D9"

ACTOR_COLOURS: dict[str, str] = {
    "PERSON": BLUE,
    "ORG": ORANGE,
    "GPE": GREEN,
    "LOC": SKY,
    "NORP": PURPLE,
}

SOURCE_KIND_COLOURS: dict[str, str] = {
    "person": BLUE,
    "organisation": ORANGE,
    "government": GREEN,
    "media": PURPLE,
    "unnamed": VERMILLION,
    "none": GREY,
}

# Paul Tol "muted"; the booster is the dark indigo so it never reads as a hedge.
HEDGE_COLOURS: dict[str, str] = {
    "reporting": "#88CCEE",
    "modal": "#44AA99",
    "epistemic_verb": "#DDCC77",
    "adverb": "#CC6677",
    "adjective": "#AA4499",
    BOOSTER: "#332288",
}

# The briefing: the chosen week in blue, what it is compared with in a neutral grey.
WEEK_COLOUR = BLUE
COMPARISON_COLOUR = "#A6A6A6"
CAPTION_GREY = "#555555"  # captions inside exported figures, attribution cues

HEDGED_COLOUR = "#44AA99"
UNHEDGED_COLOUR = LIGHT_GREY
BARE_ASSERTION_COLOUR = VERMILLION

# Outlets: Paul Tol's "light" scheme, a qualitative set of its own (paler than the
# Okabe-Ito actor types and source kinds they meet in the Sankey, and apart from the
# hedge colours). Each outlet's slot in it is kept in the store (`Store.outlet_colours`,
# first come first served), so an outlet keeps its colour in every chart, under every
# filter and in the briefing, and a new outlet never recolours the others.
OUTLET_SEQUENCE = (
    "#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#BBCC33", "#AAAA00",
    "#44BB99",
)  # fmt: skip

# Lines of chosen actors over time: Paul Tol's "bright" scheme (not the outlets' set).
ACTOR_LINE_SEQUENCE = ("#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377")

# Sequential scale for heatmaps: white to Okabe-Ito blue (reads in greyscale too).
SEQUENTIAL = [[0.0, "#F7FBFF"], [0.35, "#9ECAE1"], [0.7, "#3182BD"], [1.0, "#08306B"]]

_LABELS = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "GPE": "Country / city",
    "LOC": "Place",
    "NORP": "Nationality / group",
    "person": "Named person",
    "organisation": "Organisation",
    "government": "Government",
    "media": "Media",
    "unnamed": "Unnamed source",
    "none": "No source",
    UNATTRIBUTED: "Unattributed",
    "reporting": "Reporting",
    "modal": "Modal",
    "epistemic_verb": "Epistemic verb",
    "adverb": "Adverb",
    "adjective": "Adjective",
    BOOSTER: "Booster",
}

assert set(ACTOR_COLOURS) == set(ACTOR_TYPES)
assert set(SOURCE_KIND_COLOURS) == set(SOURCE_KINDS)
assert set(HEDGE_COLOURS) == {*HEDGE_CATEGORIES, BOOSTER}


def label(value: str) -> str:
    """A human label for a record value ("ORG" -> "Organisation"); other text unchanged."""
    return _LABELS.get(value, value)


def colour(value: str) -> str:
    """The colour of an actor type, source kind or hedge category (grey if unknown)."""
    for table in (ACTOR_COLOURS, SOURCE_KIND_COLOURS, HEDGE_COLOURS):
        if value in table:
            return table[value]
    return LIGHT_GREY if value == UNATTRIBUTED else GREY


def outlet_colours(
    outlets: Iterable[str], slots: Mapping[str, int] | None = None
) -> dict[str, str]:
    """A colour for each outlet: its stored palette `slots` (`Store.outlet_colours`);
    an outlet without one (a frame built without a store) takes the next free slots in
    name order. "Other outlets" is grey."""
    slots = dict(slots or {})
    for name in sorted({o for o in outlets if o != OTHER} - set(slots)):
        slots[name] = max(slots.values(), default=-1) + 1
    colours = {o: outlet_colour(slot) for o, slot in slots.items()}
    colours[OTHER] = GREY
    return colours


def outlet_colour(slot: int) -> str:
    """The colour of palette slot `slot` (the palette repeats after its last colour)."""
    return OUTLET_SEQUENCE[slot % len(OUTLET_SEQUENCE)]


def swatch(name: str, colour: str) -> str:
    """An axis label with a square of the outlet's colour before the (escaped) name."""
    return f'<span style="color:{colour}">■</span> {name}'
