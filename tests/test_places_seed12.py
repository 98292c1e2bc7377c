"""Places stage: the causes left by the seed-10 round and shown by the fresh readings of seeds 11 and 12.

Each table holds sentences written for these tests (news-like, not taken from the samples), with negatives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event

Expected = tuple[str, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# A known one-word name ("Tell" is an alternate name of At Tall) that begins a longer tagged place name the
# gazetteer lacks is part of it; a known name followed by an administrative noun, or a known longer name, is
# read as before.
NAMES_STARTING_WITH_A_KNOWN_WORD = [
    ("Turkish troops shell positions near Tell Rifaat in northern Syria.", "shell", ("Tell Rifaat", "SYR")),
    (
        "A roadside bomb kills two soldiers in Tell Abyad, Raqqa Governorate, on Monday.",
        "kills",
        ("Tell Abyad", "SYR"),
    ),
    ("A bomb kills two people in Kabul Province.", "kills", ("Kabul Province", "AFG")),
    ("Gunmen kill five people in San Pedro Sula.", "kill", ("San Pedro Sula", "HND")),
    ("Rebels attack an army post outside Damascus.", "attack", ("Damascus", "SYR")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), NAMES_STARTING_WITH_A_KNOWN_WORD)
def test_a_known_word_starting_a_longer_place_name_is_part_of_it(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A US state ranks above a foreign town of its name ("Florida" is not the Cuban town), below a real city
# ("Washington"), a country ("Georgia") and a country named next to it ("Florida, Cuba").
US_STATES = [
    ("A gunman kills three people at a bar in Florida.", "kills", ("Florida", "USA")),
    ("Police shoot dead a man in Montana.", "shoot", ("Montana", "USA")),
    ("A gunman kills three people at a bar in Florida, Cuba.", "kills", ("Florida", "CUB")),
    ("Protesters clash with police in Washington.", "clash", ("Washington", "USA")),
    ("Gunmen kill three people in Georgia.", "kill", ("Georgia", "GEO")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), US_STATES)
def test_a_us_state_outranks_a_foreign_town_of_its_name(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# "the border with X" names the other side of the border: the event is on this side ("Sudanese forces arrest
# … on the border with Libya" are in Sudan), so X is not its place; a place named otherwise still is.
BORDERS = [
    ("Two soldiers are killed in clashes on the border with Gaza.", "killed", None),
    ("Pakistani troops kill three militants near the frontier with Afghanistan.", "kill", None),
    (
        "Militants attack an army post in Tillaberi, near the border with Mali, killing nine soldiers.",
        "attack",
        ("Tillaberi", "NER"),
    ),
    ("Iran holds talks with Iraq in Tehran.", "talks", ("Tehran", "IRN")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), BORDERS)
def test_the_other_side_of_a_border_is_not_the_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A circumstance with no place of its own ("amid the pandemic") sets the whole sentence's place, wherever the
# parser hangs its place phrase; a local happening's place ("amid the escalation in Idlib") stays its own.
PLACELESS_CIRCUMSTANCES = [
    (
        "Gunmen shot dead two nurses handing out masks to villagers amid the coronavirus pandemic in Kunduz "
        "Province, Afghanistan.",
        "shot",
        ("Kunduz Province", "AFG"),
    ),
    (
        "Security forces open fire on prisoners demanding release amid the COVID-19 pandemic in Zulia, "
        "Venezuela, killing two.",
        "killing",
        ("Zulia", "VEN"),
    ),
    ("Russian and Turkish envoys hold talks amid the escalation in Idlib.", "talks", None),
    ("Police clash with protesters amid the pandemic.", "clash", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), PLACELESS_CIRCUMSTANCES)
def test_a_placeless_circumstance_gives_the_sentence_its_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# The state of a place as the subject of the verb whose "after"/"as" clause holds the event: the event is
# there. Not a person's place ("the police chief in Kano resigned after …").
SITUATIONS = [
    (
        "The security situation in Tigray deteriorates after militiamen kill 12 villagers.",
        "kill",
        ("Tigray", "ETH"),
    ),
    (
        "Violence in the province of Ituri escalates as gunmen kill 20 herders.",
        "kill",
        ("Ituri", "COD"),
    ),
    ("The police chief in Kano resigned after gunmen killed 12 villagers.", "killed", None),
    ("The situation in Tigray worsens, the United Nations says.", "says", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SITUATIONS)
def test_the_situation_a_clause_worsens_gives_its_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# "from" on a subject noun is an origin ("a man from Sudan"); on a verb, an object or a place noun a place.
ORIGINS = [
    ("A man from Sudan was arrested at the scene.", "arrested", None),
    ("Two men from Mosul were killed in Baghdad.", "killed", ("Baghdad", "IRQ")),
    ("Troops attack a village 10 km from Kabul.", "attack", ("Kabul", "AFG")),
    ("Hundreds of families fled from Aleppo on Sunday.", "fled", ("Aleppo", "SYR")),
    ("Italy withdraws a contingent of engineers from Misrata.", "withdraws", ("Misratah", "LBY")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ORIGINS)
def test_a_participants_origin_is_not_the_events_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A name the gazetteer lacks before ", <known place>" is a place also when that place starts with a direction
# word that is part of its name ("Lower Shabelle"); a direction that is no part of a name still counts.
CONTAINERS_WITH_DIRECTIONS = [
    (
        "Militants attack an army camp in Sabiid, Lower Shabelle, killing four soldiers.",
        "attack",
        ("Sabiid", "SOM"),
    ),
    (
        "A bomb kills three people in Kaiga-Kindjiria, western Chad.",
        "kills",
        ("Kaiga-Kindjiria", "TCD"),
    ),
    ("A bomb kills three people in Kabul, Afghanistan.", "kills", ("Kabul", "AFG")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CONTAINERS_WITH_DIRECTIONS)
def test_an_unlisted_name_before_a_directional_container(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected
