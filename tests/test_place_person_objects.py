"""A country in the title of people a measure is put on is no place of the measure (session 16,
dotterel/stages/place_person_objects.py and ``person_object_nouns`` of places.yaml), on news-like sentences
written for these tests, with negatives: a place that owns a measure's object that is no people ("reopens
Oman's land borders"), the issuer's country, and the measure's own place phrase stay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Action, Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import find_word_span, place_of, to_event, with_event

Expected = tuple[str, str | None] | None
SANCTION = Action("SANCTION", None, "160", -4.0, 4)  # the type of a sanction or a cut of ties


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# text, trigger, expected place
PERSON_OBJECT_PLACES = [
    (
        "President Rodrigo Duterte bans U.S. Senators Dick Durbin and Patrick Leahy from visiting.",
        "bans",
        None,
    ),
    ("The government bans U.S. lawmakers from entering.", "bans", None),
    ("The president bans U.S. journalists from covering the vote.", "bans", None),
    ("The minister bans UK diplomat John Smith from travelling.", "bans", None),
    # negatives: an object that is no people keeps its owner; the issuer and the own place phrase stay
    ("The sultan reopens Oman's land borders.", "reopens", ("Oman", "OMN")),
    ("The president suspends U.S. flights.", "suspends", ("United States", "USA")),
    ("The governor orders Florida bars to close.", "orders", ("Florida", "USA")),
    ("Russia bans U.S. Senator John McCain from entering the country.", "bans", ("Russia", "RUS")),
    ("The governor bans U.S. lawmakers from gathering in Lagos.", "bans", ("Lagos", "NGA")),
    (
        "The Commerce Department says it will ban U.S. citizens from downloading the Chinese apps.",
        "ban",
        ("United States", "USA"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), PERSON_OBJECT_PLACES)
def test_person_object_title_is_no_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A country in the title of the people a measure is put on is not the measure's place."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# text, triggers (each an event typed SANCTION), index of the event read, expected place: a sanction or a
# break of ties reads its own clause only (dotterel/stages/place_remote_acts.py, ``remote_act_verbs`` and
# ``relation_nouns`` of places.yaml)
CUT_CLOSE = "Peru cuts ties with the government of Venezuela and closes its embassy in Caracas."
SEIZED = "The ship was seized in Malta and sanctioned by the European Union."
REMOTE_ACT_PLACES = [
    (CUT_CLOSE, ("cuts", "closes"), 0, None),
    (
        "Canada suspends diplomatic relations with Iran and closes its embassy in Tehran.",
        ("suspends", "closes"),
        0,
        None,
    ),
    (SEIZED, ("seized", "sanctioned"), 1, None),
    (
        "The tanker, which was detained in Gibraltar and sanctioned by the United States, sailed.",
        ("detained", "sanctioned"),
        1,
        None,
    ),
    # negatives: the coordinated act keeps its own place, the act's own place phrase stays, others still lend
    (CUT_CLOSE, ("cuts", "closes"), 1, ("Caracas", "VEN")),
    (SEIZED, ("seized", "sanctioned"), 0, ("Malta", "MLT")),
    ("Peru cuts ties with Venezuela during a summit in Lima.", ("cuts",), 0, ("Lima", "PER")),
    (
        "Gunmen kill nine people and injure 40 at a wedding in Nangarhar.",
        ("kill", "injure"),
        0,
        ("Nangarhar", "AFG"),
    ),
]


@pytest.mark.parametrize(("text", "triggers", "index", "expected"), REMOTE_ACT_PLACES)
def test_remote_act_reads_its_own_clause(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    triggers: tuple[str, ...],
    index: int,
    expected: Expected,
) -> None:
    """A sanction or a cut of ties takes no place from a verb coordinated with it or its sentence."""
    article = parse(text)
    spans = [find_word_span(article, word) for word in triggers]
    article.events = [to_event(article, span, SANCTION, number) for number, span in enumerate(spans)]
    assert place_of(stage, article, index) == expected


# text, trigger, expected place: what a sanction is put on is its target, not its place
# (dotterel/stages/place_sanctioned_targets.py)
SANCTIONED_TARGET_PLACES = [
    (
        "The United States Department of the Treasury imposes sanctions on governors of four states of"
        " Venezuela.",
        "sanctions",
        None,
    ),
    ("The European Union imposes sanctions on seven officials in Venezuela.", "sanctions", None),
    ("The Treasury sanctions four governors of states of Venezuela.", "sanctions", None),
    ("Washington blacklists two companies based in Hong Kong.", "blacklists", None),
    # negatives: the sanction's own place phrase stays, and other measures keep their object's place
    (
        "The United States imposes sanctions in Washington on seven officials of Venezuela.",
        "sanctions",
        ("Washington", "USA"),
    ),
    ("Police arrest seven officials in Caracas.", "arrest", ("Caracas", "VEN")),
    ("The government imposes a curfew on residents of Lagos.", "curfew", ("Lagos", "NGA")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SANCTIONED_TARGET_PLACES)
def test_sanctioned_target_is_no_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """The people or bodies a sanction is put on, and their places, are not the sanction's place."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected
