"""Who an event is done to: target choice on real news constructions, with negative cases in every table.

Each rule has its own table of sentences coded through the whole default pipeline: the target country an
event of the given type must get (``None``: no target with a country), and a country it must never get.
"""

from __future__ import annotations

from typing import Any

import pytest

from dotterel.api import code
from dotterel.errors import KnowledgeError
from dotterel.knowledge.wordlists import ROLE_LISTS, load_role_words, to_word_lists
from dotterel.stages.roles import find_direct_object, find_prep_objects

DATE = "2020-01-02"

Row = tuple[str, str, str | None, str | None]  # sentence, event type, target country, forbidden target


def target_countries(sentence: str, event_type: str) -> list[str | None]:
    """The target countries of the sentence's events of one type (fails when there is none)."""
    events = [e for e in code(sentence, DATE) if e.action.type == event_type]
    assert events, f"no {event_type} event in {sentence!r}"
    return [e.target.country if e.target is not None else None for e in events]


def check(row: Row) -> None:
    sentence, event_type, country, forbidden = row
    found = target_countries(sentence, event_type)
    assert country in found, (sentence, found)
    if forbidden is not None:
        assert forbidden not in found, (sentence, found)


# the mover's own people are never the target of a withdrawal; the place or party they leave is
OWN_PEOPLE: list[Row] = [
    ("Turkey withdrew its troops from northern Iraq.", "RETREAT", "IRQ", "TUR"),
    ("Canada recalled its ambassador from Saudi Arabia.", "SANCTION", "SAU", "CAN"),
    ("Russia evacuated its citizens from Libya.", "AID", "LBY", "RUS"),
    ("India withdrew a contingent of peacekeepers from South Sudan.", "RETREAT", "SSD", "IND"),
    # a place evacuated is no people moved: it stays the object
    ("Kurdish fighters evacuated the Syrian town of Kobane.", "RETREAT", "SYR", None),
    # a two-word preposition of leaving
    ("Russia pulled its troops out of Syria.", "RETREAT", "SYR", "RUS"),
    ("Russia pulled out of Syria.", "RETREAT", "SYR", None),
    # no place left: no target at all, never the mover's own troops
    ("Syria withdrew its troops.", "RETREAT", None, "SYR"),
    # "its" of another verb's object is a target as usual
    ("Israel accused Hamas of attacking its soldiers.", "ACCUSE", "PSE", None),
]

# a quantity phrase the parser reads as a particle and a preposition still holds the object
QUANTITIES: list[Row] = [
    ("Gunmen abducted up to 20 Chinese workers.", "ASSAULT", "CHN", None),
    ("Police arrested upwards of 100 Kenyan students.", "COERCE", "KEN", None),
    # a plain count is an object as ever
    ("Rebels kidnapped 20 Chinese workers.", "ASSAULT", "CHN", None),
]

# prepositions and attachments the parser gives a target: entering ("into"), the dative "to", a compound
# title ("UN envoy Martin Griffiths"), a passive participle's agent, a passive subject's partner
ATTACHMENTS: list[Row] = [
    ("North Korean hackers tried to hack into the servers of a South Korean bank.", "COERCE", "KOR", None),
    ("Russian jets made an incursion into Turkish airspace.", "ASSAULT", "TUR", "RUS"),
    ("The United States is supplying intelligence to Ukraine.", "COOPERATE", "UKR", "USA"),
    ("Serbia opened an inquiry into killings committed by Croatian troops.", "ACCUSE", "HRV", "SRB"),
    ("Police opened an inquiry into killings in the capital.", "ACCUSE", None, None),
    ("Rebel leaders said they would meet UN envoy Martin Griffiths.", "AGREE", "IGO", None),
    ("Rebel leaders said they would meet envoy Martin Griffiths.", "AGREE", None, "IGO"),
    ("A camp for Syrian refugees was shelled by government forces.", "ASSAULT", "SYR", None),
    # the country word of an of-complement, never of its possessor
    ("Nine crew members of a Norwegian ship were kidnapped off Nigeria.", "ASSAULT", "NOR", "NGA"),
    ("Hezbollah killed the deputy chief of Israel's militia ally.", "ASSAULT", None, "ISR"),
    # "under investigation": the passive subject undergoes the event noun
    ("A French journalist has been placed under investigation in Spain.", "ACCUSE", "FRA", "ESP"),
]

# a participle of will ("is committed to") is no passive: its subject acts; a passive's subject is its target
STATIVE: list[tuple[str, str, str | None, str | None]] = [
    # sentence, event type, source country, target country
    ("The foreign minister said Ethiopia is committed to resuming talks with Egypt.", "AGREE", "ETH", "EGY"),
    ("Two Turkish journalists were arrested by Iranian police.", "COERCE", "IRN", "TUR"),
]


@pytest.mark.parametrize(("sentence", "event_type", "source", "target"), STATIVE)
def test_stative_participles(sentence: str, event_type: str, source: str | None, target: str | None) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == event_type]
    found = [(e.source.country if e.source else None, e.target.country if e.target else None) for e in events]
    assert found == [(source, target)]


# a country's police and courts act at home: the sector-only actor they face is of their country
DOMESTIC: list[Row] = [
    ("Kenyan police fired tear gas at protesters.", "ASSAULT", "KEN", None),
    ("A Turkish court jailed two journalists.", "COERCE", "TUR", None),
    # an army is no domestic force: the protesters it kills may be anyone's
    ("Israeli troops killed two protesters.", "ASSAULT", None, "ISR"),
]


@pytest.mark.parametrize("row", OWN_PEOPLE, ids=[r[0][:40] for r in OWN_PEOPLE])
def test_own_people_are_no_target(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", QUANTITIES, ids=[r[0][:40] for r in QUANTITIES])
def test_quantity_phrases_hold_the_object(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", ATTACHMENTS, ids=[r[0][:40] for r in ATTACHMENTS])
def test_target_attachments(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", DOMESTIC, ids=[r[0][:40] for r in DOMESTIC])
def test_domestic_forces_give_their_country(row: Row) -> None:
    check(row)


# a protest with no stated target addresses the government of its protesters, never the protester itself
PROTESTS: list[Row] = [
    ("Thousands of Iraqis demonstrated against corruption.", "PROTEST", "IRQ", None),
    ("Iran protested over the killing of its diplomats.", "PROTEST", None, "IRN"),
]


@pytest.mark.parametrize("row", PROTESTS, ids=[r[0][:40] for r in PROTESTS])
def test_protest_targets(row: Row) -> None:
    check(row)


def test_protesters_facing_police_are_local() -> None:
    events = [e for e in code("Protesters clashed with Egyptian police.", DATE) if e.action.type == "ASSAULT"]
    assert [(e.source.country if e.source else None) for e in events] == ["EGY"]


PARSES: list[tuple[str, str, str | None]] = [
    # sentence, verb, the object find_direct_object must return (None: none)
    ("Rebels kidnapped up to 16 Russian advisers.", "kidnapped", "advisers"),
    ("Rebels kidnapped at least 16 Russian advisers.", "kidnapped", "advisers"),
    ("Syrian troops moved up to the Turkish border.", "moved", None),
    ("Iraq withdrew its forces from Kuwait.", "withdrew", None),
    ("Iraq withdrew the American forces from Kuwait.", "withdrew", None),
    ("Iraq withdrew a contingent of soldiers from Kuwait.", "withdrew", None),
    ("Iraq evacuated the town of Tal Afar.", "evacuated", "town"),
    ("Iran attacked its neighbours.", "attacked", "neighbours"),
]


@pytest.mark.parametrize(("sentence", "verb", "expected"), PARSES)
def test_find_direct_object(nlp: Any, sentence: str, verb: str, expected: str | None) -> None:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == verb)
    found = find_direct_object(token)
    assert (found.text if found is not None else None) == expected


PREPS: list[tuple[str, str, tuple[str, ...], list[str]]] = [
    # sentence, head word, wanted prepositions, objects found
    ("Hackers broke into the ministry.", "broke", ("against",), ["ministry"]),
    ("Hackers broke into the ministry.", "broke", ("to",), []),
    ("Washington gave weapons to Kyiv.", "gave", ("to",), ["Kyiv"]),
    ("Washington gave weapons to Kyiv.", "gave", ("against",), []),
    ("Moscow pulled out of Syria.", "pulled", ("from",), ["Syria"]),
    ("Moscow pulled out of Syria.", "pulled", ("to", "against"), []),
]


@pytest.mark.parametrize(("sentence", "head", "preps", "expected"), PREPS)
def test_find_prep_objects(
    nlp: Any, sentence: str, head: str, preps: tuple[str, ...], expected: list[str]
) -> None:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == head)
    assert [t.text for t in find_prep_objects(token, preps)] == expected


def test_partner_preps_are_data() -> None:
    words = load_role_words()
    assert {"with", "against", "for"} <= words["partner_preps"]
    raw: dict[str, Any] = {"version": 1, **{name: ["x"] for name in ROLE_LISTS}}
    del raw["partner_preps"]
    with pytest.raises(KnowledgeError, match="partner_preps"):
        to_word_lists("roles.yaml", raw, ROLE_LISTS)


SECTORS: list[tuple[str, str, str | None]] = [
    # sentence, event type, target sector: an opposition word before a person noun makes an opposition actor
    ("The president threatened to ban Ugandan opposition candidates from the elections.", "THREATEN", "OPP"),
    ("Belarusian police detained two opposition politicians.", "COERCE", "OPP"),
    ("Belarusian police detained two politicians.", "COERCE", None),
]


@pytest.mark.parametrize(("sentence", "event_type", "sector"), SECTORS)
def test_opposition_targets(sentence: str, event_type: str, sector: str | None) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == event_type]
    assert events
    assert [e.target.sector if e.target is not None else None for e in events] == [sector]
