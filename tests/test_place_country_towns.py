"""Places: a town named like a country before a state, a reaction on a noun, a measure aimed abroad.

"Lebanon, Pennsylvania" is the Pennsylvania town, not the country (the town of the gazetteer or the small-town
table in the state named, else an unlisted place of it); a country before a list of states keeps the
country's reading. A reaction told as a participle on a noun that sums up its sentence ("…, a move welcomed by
Israel") is about that noun and takes no place from the rest of the sentence. A measure aimed at other
actors ("bans the Chinese telecom") takes no place from its issuer alone (session 15 convention). Sentences
written for these tests (news-like), with negatives in each table.
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


# (text, trigger, (name, country) or None)
COUNTRY_TOWNS: list[tuple[str, str, Expected]] = [
    ("A gunman killed three people at a restaurant in Lebanon, Pennsylvania.", "killed", ("Lebanon", "USA")),
    ("Police arrested two men in Jordan, Minnesota, after a robbery.", "arrested", ("Jordan", "USA")),
    ("Hundreds of workers marched in Peru, Indiana, against the plant closure.", "marched", ("Peru", "USA")),
    ("A shooting in Mexico, Missouri, left two people dead.", "shooting", ("Mexico", "USA")),
    # negatives: the country alone, a town of the country, a country before its own province
    ("A gunman killed three people in Lebanon on Sunday.", "killed", ("Lebanon", "LBN")),
    ("A gunman killed three people in Beirut, Lebanon.", "killed", ("Beirut", "LBN")),
    ("Police arrested two men in Toronto, Canada, after a robbery.", "arrested", ("Toronto", "CAN")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COUNTRY_TOWNS)
def test_a_town_named_like_a_country_before_a_state(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


def test_a_country_before_a_list_of_states_is_not_a_town(
    parse: Callable[..., Article], stage: PlacesStage
) -> None:
    article = parse("Protesters marched in Mexico, Texas and Louisiana.")
    found = place_of(stage, with_event(article, "marched"))
    assert found is None or found[0] != "Mexico" or found[1] == "MEX"


# (text, trigger, (name, country) or None)
REACTIONS_ON_NOUNS: list[tuple[str, str, Expected]] = [
    (
        "Trump announces his intention to recognize Israeli sovereignty over the Golan Heights, a move "
        "welcomed by Israel.",
        "welcomed",
        None,
    ),
    (
        "Turkey begins an offensive against Kurdish militias in northern Syria, a move condemned by France.",
        "condemned",
        None,
    ),
    # negatives: the reaction's own place, a reaction verb of the main clause, the event reacted to
    (
        "The United States kills a general in Baghdad, a strike condemned by Iran in a statement in Tehran.",
        "condemned",
        ("Tehran", "IRN"),
    ),
    ("Protesters in Minsk welcome the release of the opposition leader.", "welcome", ("Minsk", "BLR")),
    (
        "Turkey begins an offensive against Kurdish militias in northern Syria, a move condemned by France.",
        "offensive",
        ("northern Syria", "SYR"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), REACTIONS_ON_NOUNS)
def test_a_reaction_on_a_noun_takes_no_place_of_its_sentence(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A measure aimed at other actors (a foreign firm or its products, embassies, exports) takes no place from its
# issuer alone; negatives: measures on life or entry in the issuer's own territory, and the place the
# measure's own clause names.
# (text, trigger, (name, country) or None)
MEASURES_ABROAD: list[tuple[str, str, Expected]] = [
    ("Japan bans the Chinese telecom from its 5G network over security concerns.", "bans", None),
    ("Indonesia bans 59 apps linked to Chinese companies, citing national security.", "bans", None),
    ("Vietnam bans exports of rice to protect its food supplies.", "bans", None),
    ("Fiji announces the closure of several Fijian embassies around the world.", "closure", None),
    # negatives
    ("Sweden bans gatherings of more than 50 people.", "bans", ("Sweden", "SWE")),
    ("Indonesia bans companies from firing workers during the pandemic.", "bans", ("Indonesia", "IDN")),
    ("Sudan bans all travellers from the United Kingdom.", "bans", ("Sudan", "SDN")),
    ("Canada closes its embassy in Caracas.", "closes", ("Caracas", "VEN")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), MEASURES_ABROAD)
def test_a_measure_aimed_abroad_takes_no_place_from_its_issuer(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A government named by "the government of the province of X" acts as a body: X, the body's owner, is no place
# of an act that is not a measure (as "The government of Gabon"); negatives: a measure reads its issuer's
# province, and a place noun inside another place noun's "of" phrase stays a location.
# (text, trigger, (name, country) or None)
NESTED_DIVISIONS: list[tuple[str, str, Expected]] = [
    (
        "The government of the Indian state of Kerala condemns the attack on the temple.",
        "condemns",
        None,
    ),
    ("The government of the Indian state of Kerala apologizes for a false alert.", "apologizes", None),
    # negatives
    (
        "The government of the Indian state of Kerala declares a state of emergency.",
        "declares",
        ("Kerala", "IND"),
    ),
    (
        "The capital of the province of Helmand is hit by a bomb, killing four people.",
        "bomb",
        ("Helmand", "AFG"),
    ),
    (
        "The Syrian Army enters the northern sector of the town of Khan Shaykhun.",
        "enters",
        ("Khan Shaykhun", "SYR"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), NESTED_DIVISIONS)
def test_a_governments_province_is_no_place_of_its_act(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected
