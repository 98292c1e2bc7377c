"""Places, placemiss9: an event that names no place takes the place of an event told in a clause tied to its
own (a "when"/"while"/"after" clause, a participle, a coordinated verb without its own subject, a clause on
its object). Sentences written for these tests (news-like), with negatives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Action, Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import find_word_span, place_of, to_event, with_event, with_events

Expected = tuple[str, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, the event without a place of its own, the event of the tied clause, expected place of the first).
# Negatives: a clause of another time or a cause ("before", "because"), a noun's phrase ("in retaliation for
# the attack in …"), a reported clause, the other event's "from" phrase, an event that names its own place.
LINKED = [
    (
        "The mayor was shot while he was attending a rally in Kandahar.",
        "shot",
        "rally",
        ("Kandahar", "AFG"),
    ),
    (
        "The governor was attacked while he was in a meeting at the party's offices in Herat.",
        "attacked",
        "meeting",
        ("Herat", "AFG"),
    ),
    (
        "Police fired tear gas when demonstrators attempted to storm a courthouse in Lahore.",
        "fired",
        "storm",
        ("Lahore", "PAK"),
    ),
    (
        "Troops kill a rebel commander after launching an offensive in Kashmir's Pulwama district.",
        "kill",
        "offensive",
        ("Pulwama district", "IND"),
    ),
    (
        "Riot police dispersed a crowd blocking a bridge in Nasiriyah.",
        "dispersed",
        "blocking",
        ("Nasiriyah", "IRQ"),
    ),
    ("Police cleared a protest camp occupying a square in Minsk.", "cleared", "occupying", ("Minsk", "BLR")),
    (  # places26: the clause on the object of what the verb was aimed at
        "A gunman opened fire at people protesting outside the city hall in Louisville.",
        "opened",
        "protesting",
        ("Louisville", "USA"),
    ),
    (
        "Soldiers opened fire on demonstrators who were blocking a highway near Cochabamba.",
        "opened",
        "blocking",
        ("Cochabamba", "BOL"),
    ),
    (  # negatives: a clause of another time on the aimed-at object, an own place of the aimed-at verb
        "Soldiers opened fire on demonstrators who had earlier blocked a highway near Cochabamba.",
        "opened",
        "blocked",
        None,
    ),
    (
        "Gunmen opened fire on a bus carrying pilgrims returning from Karbala.",
        "opened",
        "returning",
        None,
    ),
    (
        "Police fired at protesters in Lagos who were marching to Abuja.",
        "fired",
        "marching",
        ("Lagos", "NGA"),
    ),
    # negatives: another time or a cause, an active verb's "after" clause (another happening), a contrast or
    # another happening's "while", an infinitive of purpose and what it is about, a noun's phrase, a reported
    # clause, a "from" or "to" phrase of the other event, an own place
    (
        "Police arrest six people after demonstrators attempted to storm a courthouse in Lahore.",
        "arrest",
        "storm",
        None,
    ),
    ("The army said it killed 20 militants, while rebels claimed gains in Idlib.", "killed", "claimed", None),
    (
        "Government troops began an operation to rescue families trapped in Bani Walid.",
        "operation",
        "trapped",
        None,
    ),
    ("Gunmen killed five people and fled to Pakistan.", "killed", "fled", None),
    (
        "Two soldiers were killed before insurgents attacked the town of Saraqib.",
        "killed",
        "attacked",
        None,
    ),
    (
        "Police arrest six people because demonstrators attempted to storm a courthouse in Lahore.",
        "arrest",
        "storm",
        None,
    ),
    ("The army killed two gunmen in retaliation for the attack in Kandahar.", "killed", "attack", None),
    (
        "Police arrested two men who said that gunmen attacked a convoy in Ghazni.",
        "arrested",
        "attacked",
        None,
    ),
    ("Soldiers kill a smuggler after he fled from Herat.", "kill", "fled", None),
    (
        "Two soldiers are killed in Kabul when insurgents attack a checkpoint in Ghazni.",
        "killed",
        "attack",
        ("Kabul", "AFG"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "other", "expected"), LINKED)
def test_an_event_takes_the_place_of_a_tied_clause(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, other: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger, other])) == expected


# Only an event that happens somewhere takes the tied clause's place: a statement is where it is said.
STATEMENTS = [
    (
        "The mayor was arrested while he was attending a rally in Kandahar.",
        "arrested",
        "COERCE",
        ("Kandahar", "AFG"),
    ),
    ("The mayor was criticised while he was attending a rally in Kandahar.", "criticised", "ACCUSE", None),
]


@pytest.mark.parametrize(("text", "trigger", "kind", "expected"), STATEMENTS)
def test_only_a_located_kind_of_event_takes_a_tied_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, kind: str, expected: Expected
) -> None:
    article = with_events(parse(text), [trigger, "rally"])
    action = Action(kind, None, "112", -2.0, 0)  # the first event a coercion, or a statement
    article.events[0] = to_event(article, find_word_span(article, trigger), action)
    assert place_of(stage, article) == expected


# A name opened by a feature word that is also a common noun ("Camp Taji", "Camp Bastion") is an unlisted
# place of the country the sentence names, as "Mount Hermon" is. Negatives: the common noun alone ("a protest
# camp near Mosul"), a lower-case "camp" before a name ("the Taji camp" names Taji), a name inside a longer
# one that is no place ("a Camp David retreat guard").
FEATURE_NAMES = [
    ("Two rockets struck Camp Taji in Iraq on Tuesday.", "struck", ("Camp Taji", "IRQ")),
    ("Militants shelled Camp Bastion in Afghanistan on Monday.", "shelled", ("Camp Bastion", "AFG")),
    ("Insurgents attacked Camp Chapman in Afghanistan, killing seven.", "attacked", ("Camp Chapman", "AFG")),
    # negatives
    ("Police cleared a protest camp near Mosul in Iraq.", "cleared", ("Mosul", "IRQ")),
    ("Two rockets struck the Taji camp in Iraq.", "struck", ("Taji", "IRQ")),
    ("Gunmen attacked a Camp David retreat guard in Maryland.", "attacked", ("Maryland", "USA")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FEATURE_NAMES)
def test_a_feature_word_opens_an_unlisted_name(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# Only an event told as happening lends its place, and an event with a place phrase of its own, named or not,
# takes none. (text, the event, the tied event, its modality, expected). Negatives first.
LENDERS = [
    ("Police arrest two men planning an attack in Minsk.", "arrest", "attack", "hypothetical", None),
    (
        "Troops stormed a base in Ghazni and tried to free hostages in nearby villages.",
        "free",
        "stormed",
        "asserted",
        None,
    ),
    (
        "Police arrest two men planning an attack in Minsk.",
        "arrest",
        "planning",
        "asserted",
        ("Minsk", "BLR"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "other", "modality", "expected"), LENDERS)
def test_a_lender_is_told_as_happening_and_the_event_names_no_place_phrase(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    other: str,
    modality: str,
    expected: Expected,
) -> None:
    article = with_events(parse(text), [trigger, other])
    article.events[1] = replace(article.events[1], modality=modality)
    assert place_of(stage, article) == expected
