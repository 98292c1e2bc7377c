"""Places, places10a: which event a place phrase belongs to. A passive casualty verb takes the place of its
agent's act ("killed by gunmen who ambushed a convoy in …"); an event at or near another event takes its place
("shot at a protest in Brest"); "over <place>" on the object of a verb of the air is there ("shot down a jet
over Tripoli"); what a charge is about is not where the charge is ("charged with the murder of an officer in
Oakland"). Sentences written for these tests (news-like), with negatives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Action, Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import find_word_span, place_of, to_event, with_events

Expected = tuple[str, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, the casualty event, the agent's act, expected place of the first). Negatives: a clause of another
# time ("later", "earlier"), the agent's act's "to" phrase, a reported clause, an own place phrase.
AGENT_CLAUSES = [
    (
        "Fourteen soldiers are killed by gunmen who ambushed their convoy in the Tillabéri Region of Niger.",
        "killed",
        "ambushed",
        ("Tillabéri Region", "NER"),
    ),
    (
        "Five policemen were killed by militants who attacked a checkpoint in Kunduz Province.",
        "killed",
        "attacked",
        ("Kunduz Province", "AFG"),
    ),
    (
        "A journalist was shot dead by gunmen who stormed his home in Veracruz.",
        "shot",
        "stormed",
        ("Veracruz", "MEX"),
    ),
    (
        "Two villagers were wounded by soldiers firing on a market in Beni.",
        "wounded",
        "firing",
        ("Beni", "COD"),
    ),
    # negatives
    ("A policeman was killed by a gunman who was later arrested in Texas.", "killed", "arrested", None),
    ("A farmer was killed by a soldier who had earlier fired on a crowd in Gaza.", "killed", "fired", None),
    ("Three guards were killed by militants who fled to Pakistan.", "killed", "fled", None),
    (
        "Two soldiers were killed by rebels who said that troops attacked a village in Ituri.",
        "killed",
        "attacked",
        None,
    ),
    (
        "Two soldiers were killed in Kabul by insurgents who attacked a checkpoint in Ghazni.",
        "killed",
        "attacked",
        ("Kabul", "AFG"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "other", "expected"), AGENT_CLAUSES)
def test_a_passive_casualty_takes_the_place_of_its_agents_act(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, other: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger, other])) == expected


# (text, the event, the event it happened at, expected place of the first). Negatives: a phrase of another
# happening ("for", "after"), an event noun with no place, a place of the event's own.
AT_EVENTS = [
    ("A man dies after being shot at a protest in the city of Brest.", "shot", "protest", ("Brest", "BLR")),
    ("Two people are killed at a rally in Caracas.", "killed", "rally", ("Caracas", "VEN")),
    (
        "Police arrest dozens of students at a demonstration in Lahore.",
        "arrest",
        "demonstration",
        ("Lahore", "PAK"),
    ),
    ("A policeman was stabbed near a protest in Hong Kong.", "stabbed", "protest", ("Hong Kong", "HKG")),
    # negatives
    ("Police detained the mayor at a rally after the shooting in Caracas.", "detained", "rally", None),
    ("Two people are killed at a rally.", "killed", "rally", None),
    ("Two people are killed in Maracaibo at a rally in Caracas.", "killed", "rally", ("Maracaibo", "VEN")),
]


@pytest.mark.parametrize(("text", "trigger", "other", "expected"), AT_EVENTS)
def test_an_event_at_another_event_takes_its_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, other: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger, other])) == expected


# "over <place>" on the object of a verb of the air is where it happened; a topic elsewhere.
OVERHEAD = [
    ("The army says it has shot down a military plane over Tripoli.", "shot", ("Tripoli", "LBY")),
    ("Air defences intercepted a ballistic projectile over Riyadh.", "intercepted", ("Riyadh", "SAU")),
    ("Rebels downed a military helicopter over Idlib.", "downed", ("Idlib", "SYR")),
    # negatives
    ("The two leaders held talks over the future of Kashmir.", "talks", None),
    ("Protesters criticised the government over its handling of Crimea.", "criticised", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), OVERHEAD)
def test_over_a_place_on_the_object_of_an_air_verb(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger])) == expected


# What a charge is about is another happening, with its own place; a place phrase on the charge is its own.
CHARGES = [
    ("The suspect is also charged with last month's murder of a police officer in Oakland.", "charged", None),
    ("A soldier was indicted with the killing of two civilians in Kandahar.", "indicted", None),
    ("Prosecutors indict a former officer for the abduction of a lawyer in Lahore.", "indict", None),
    # negatives: the charge's own place phrase
    ("A court in Lahore charged an officer with the abduction of a lawyer.", "charged", ("Lahore", "PAK")),
    ("Prosecutors in Oakland charged the suspect with the murder.", "charged", ("Oakland", "USA")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CHARGES)
def test_what_a_charge_is_about_is_not_its_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger])) == expected


# An event told in a relative clause on an event noun ("which", "that") takes that noun's place, wherever the
# parser hangs the clause. (text, the clause's event, the noun's event, expected place of the first).
# Negatives: a person's clause ("who"), an unplaced noun, an own place.
RELATIVES = [
    (
        "Police detain three suspects in connection with a drive-by shooting last week in Stockton, "
        "California, that left two people dead and another five injured.",
        "injured",
        "shooting",
        ("Stockton", "USA"),
    ),
    (
        "Prosecutors charge a man over the arson attack on a mosque in Bradford on May 2, which injured "
        "three worshippers.",
        "injured",
        "attack",
        ("Bradford", "GBR"),
    ),
    (
        "The army blamed rebels for the ambush near Goma on Friday, which wounded eleven soldiers.",
        "wounded",
        "ambush",
        ("Goma", "COD"),
    ),
    # negatives
    (
        "Police identify the gunman in the shooting in Dallas, who wounded five people.",
        "wounded",
        "shooting",
        None,
    ),
    ("A shooting last month, which wounded five people, is still unsolved.", "wounded", "shooting", None),
    (
        "The attack in Kabul, which wounded five people in Jalalabad, is condemned.",
        "wounded",
        "attack",
        ("Jalalabad", "AFG"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "other", "expected"), RELATIVES)
def test_a_relative_clause_on_an_event_noun_takes_its_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, other: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger, other])) == expected


# "on <place>" after a quantity of attacks is where they hit; after a quantity of something else it is not.
QUANTITIES = [
    ("Israeli jets carry out dozens of airstrikes on the Gaza Strip.", "airstrikes", ("Gaza Strip", "PSE")),
    ("Russian jets launch a series of airstrikes on Idlib.", "airstrikes", ("Idlib", "SYR")),
    ("Militants carry out a wave of attacks on Kirkuk.", "attacks", ("Kirkuk", "IRQ")),
    # negatives
    ("The government imposes dozens of sanctions on Iran.", "sanctions", None),
    ("The ministry publishes a series of reports on Syria.", "reports", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), QUANTITIES)
def test_on_a_place_after_a_quantity_of_attacks(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger])) == expected


# A place inside what a talk, a deal or a refusal is about is not the event's; an event that happens where
# its object is, and a place phrase of the event's own or of a facility object, still place it. (text, the
# event, its type, expected).
CONTENTS = [
    (
        "The two sides negotiate a proposal for a reduction of violence in Afghanistan.",
        "negotiate",
        "CONSULT",
        None,
    ),
    ("Russia and Turkey sign an agreement on a ceasefire in Idlib.", "sign", "AGREE", None),
    ("The opposition rejects a plan for elections in Libya.", "rejects", "REJECT", None),
    # negatives
    ("Troops seize a cache of weapons in Kandahar.", "seize", "COERCE", ("Kandahar", "AFG")),
    (
        "The minister visits the headquarters of the alliance in Brussels.",
        "visits",
        "CONSULT",
        ("Brussels", "BEL"),
    ),
    ("In Doha, the two sides sign an agreement on a ceasefire in Idlib.", "sign", "AGREE", ("Doha", "QAT")),
    ("Iran summons the British ambassador in Tehran.", "summons", "ACCUSE", ("Tehran", "IRN")),
]


@pytest.mark.parametrize(("text", "trigger", "kind", "expected"), CONTENTS)
def test_a_place_inside_what_the_object_is_about_is_not_the_events(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, kind: str, expected: Expected
) -> None:
    article = with_events(parse(text), [trigger])
    action = Action(kind, None, "000", 0.0, 0)
    article.events[0] = to_event(article, find_word_span(article, trigger), action)
    assert place_of(stage, article) == expected
