"""Places stage: where a refused entry is made, and where the other side of a clash was (session 14).

The entry a border refuses or grants is made where the country is entered ("is refused entry to Russia",
"refuse entry to Lithuania for …"): ``entry`` is a noun of motion whose "to" phrase names a destination. A
relative clause on a participant named by a preposition ("clash with protesters who were marching in Minsk",
"open fire on villagers who were protesting outside …") or a clause of attempting on one ("who attempted to
storm the embassy in Baghdad") tells where the act met them. Sentences written for these tests, in the style
of the news items, with negatives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event

Expected = tuple[str, str | None] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# Negatives: the people refused entry are no place; a traveller's origin is not where the entry is refused;
# "to" after a verb of no motion names a recipient.
REFUSED_ENTRY = [
    ("A Danish lawmaker is refused entry to Russia at the border.", "refused", ("Russia", "RUS")),
    (
        "Border guards refuse entry to Lithuania for a group of Belarusian opposition activists.",
        "refuse",
        ("Lithuania", "LTU"),
    ),
    ("A prominent journalist is barred entry to Egypt.", "barred", ("Egypt", "EGY")),
    ("Hong Kong activist Joshua Wong is denied entry into Thailand.", "denied", ("Thailand", "THA")),
    ("Thailand refuses entry to a cruise ship carrying 2,000 passengers.", "refuses", None),
    ("Border guards refuse entry to travellers from Italy.", "refuse", None),
    ("The ministry sends a letter to Lithuania about the activists.", "sends", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), REFUSED_ENTRY)
def test_refused_entry_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """The country an entry is refused to is the refusal's place; the refused and their origin are not."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# Negatives: where the participants came from; what they want; a clause of what they did before
# ("who had lived in"); a statue named after a person is no place; what a text tried to do is no person's
# attempt.
PARTICIPANT_CLAUSES = [
    ("Police clash with protesters who were marching in Minsk.", "clash", ("Minsk", "BLR")),
    (
        "Riot police clash with hundreds of protesters who tried to march on the parliament building in "
        "Tbilisi.",
        "clash",
        ("Tbilisi", "GEO"),
    ),
    (
        "Police clashed with demonstrators who attempted to storm the U.S. embassy in Baghdad.",
        "clashed",
        ("Baghdad", "IRQ"),
    ),
    (
        "Soldiers open fire on villagers who were protesting outside a police station in Kasur.",
        "open",
        ("Kasur", "PAK"),
    ),
    ("Police kill two protesters who tried to storm a police station in Kasur.", "kill", ("Kasur", "PAK")),
    ("Police clash with protesters who had travelled from Lyon.", "clash", None),
    ("Police clash with farmers who want new elections in Punjab.", "clash", None),
    ("Police clash with protesters who had lived in Paris for years.", "clash", None),
    (
        "Police clashed with protesters who attempted to topple a statue of Christopher Columbus.",
        "clashed",
        None,
    ),
    ("The president vetoes a bill that tried to end arms sales for the war in Yemen.", "vetoes", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), PARTICIPANT_CLAUSES)
def test_participant_clause_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """Where the other side was, or what it tried to do where, places the act that met it."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected
