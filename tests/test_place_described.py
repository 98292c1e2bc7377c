"""Places, places13: a place described by a kind noun ("the Middle Eastern country of Iraq", "the island
nation of Palau", "the Arctic archipelago of Svalbard") is used where the noun stands ("in the country of X"
is a location, "the president of the country of X" none); a name before a premier's title is the state or
province ("Quebec Premier …"), not its city; a place in a to-infinitive that tells what an event's object of
content is ("accepts an invitation to visit Moscow") is that content's, not the event's. Sentences written
for these tests (news-like), with negatives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Action, Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import located_names, place_of, with_event

Located = tuple[str, str | None]
AGREE = Action("AGREE", None, "057", 8.0, 1)


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, trigger, located names expected). Negatives: the described name after a title or an abstract noun
# (its noun is no location), a kind noun that is no place ("a nation of immigrants").
DESCRIBED = [
    (
        "Gunmen ambush a convoy in the West African nation of Mali, killing six soldiers.",
        "ambush",
        [("Mali", "MLI")],
    ),
    ("The pope will visit the Middle Eastern country of Iraq in March.", "visit", [("Iraq", "IRQ")]),
    (
        "Riot police clash with protesters in the Central Asian country of Kyrgyzstan after the vote.",
        "clash",
        [("Kyrgyzstan", "KGZ")],
    ),
    (
        "A polar bear attacks a tourist on the Arctic archipelago of Svalbard.",
        "attacks",
        [("Svalbard", "SJM")],
    ),
    (
        "Sailors returned to Taiwan from the island nation of Palau last week.",
        "returned",
        [("Taiwan", "TWN"), ("Palau", "PLW")],
    ),
    # negatives
    ("The president of the country of Iraq met the French foreign minister.", "met", []),
    ("The army vowed to defend the sovereignty of the nation of Mali.", "defend", []),
    ("The senator said America is a nation of immigrants.", "said", []),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), DESCRIBED)
def test_a_described_place_is_used_where_its_noun_stands(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: list[Located]
) -> None:
    assert located_names(stage, with_event(parse(text), trigger)) == expected


# (text, trigger, expected (name, country, kind) of the event's place). Negatives: a country's premier keeps
# the country; a city named in a place phrase stays the city; an adjective is no name.
PREMIERS = [
    (
        "Quebec Premier Francois Legault orders the closure of all non-essential businesses.",
        "orders",
        ("Quebec", "CAN", "admin1"),
    ),
    (
        "The premier of Quebec orders the closure of all schools until May.",
        "orders",
        ("Quebec", "CAN", "admin1"),
    ),
    # negatives
    ("Taiwan Premier Su Tseng-chang orders the closure of schools.", "orders", ("Taiwan", "TWN", "country")),
    (
        "Protesters clash with police in Quebec City over the closure of schools.",
        "clash",
        ("Quebec", "CAN", "city"),
    ),
    ("Chinese Premier Li Keqiang visits Wuhan on Monday.", "visits", ("Wuhan", "CHN", "city")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), PREMIERS)
def test_a_name_before_a_premier_is_the_division(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: tuple[str, str, str]
) -> None:
    event = stage(with_event(parse(text), trigger)).events[0]
    assert event.place is not None
    assert (event.place.name, event.place.country, event.place.kind) == expected


# (text, trigger, expected place of the event). Negatives: a place outside the to-infinitive, an object that
# is no content noun, an infinitive before the object.
CONTENT_CLAUSES = [
    ("The prime minister accepts an invitation to visit Moscow next month.", "accepts", None),
    ("The pope accepted the invitation of the bishops to visit Iraq in March.", "accepted", None),
    ("The company suspends its plans to build a refinery in Gujarat.", "suspends", None),
    ("The cabinet rejects a proposal to hold early elections in Catalonia.", "rejects", None),
    # negatives
    ("The two leaders sign a deal in Cairo to end the fighting.", "sign", ("Cairo", "EGY")),
    ("The prime minister visits Moscow to sign a trade deal.", "visits", ("Moscow", "RUS")),
    ("Negotiators meet in Doha to discuss a proposal for a ceasefire.", "meet", ("Doha", "QAT")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CONTENT_CLAUSES)
def test_a_place_in_what_the_content_noun_is_belongs_to_it(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Located | None
) -> None:
    assert place_of(stage, with_event(parse(text), trigger, action=AGREE)) == expected
