"""Places stage: a passive gerund of striking with no target of its own (session 10, round 3).

"Prisoners escape a prison near X after being shelled": the thing shelled is what the head clause acts on,
so the gerund's place is its head clause's object phrase. Each table holds sentences written for these tests
(news-like, not taken from the samples), with negatives.
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


STRUCK_OBJECT = [
    (
        "Dozens of inmates flee a jail near Qamishli, Syria, after being shelled by Turkish artillery.",
        "shelled",
        ("Al Qamishli", "SYR"),
    ),
    (
        "Soldiers abandon an outpost outside Kidal after being attacked by militants.",
        "attacked",
        ("Kidal", "MLI"),
    ),
    ("Residents evacuate a hospital in Idlib after being bombed overnight.", "bombed", ("Idlib", "SYR")),
    (
        "Insurgents evacuate a base in Helmand after being bombed by US aircraft.",
        "bombed",
        ("Helmand", "AFG"),
    ),
    (
        "Crew members abandon a tanker in the Gulf of Oman after being struck by a mine.",
        "struck",
        ("Gulf of Oman", None),
    ),
    ("Firefighters reach a village near Kharkiv after being shelled.", "shelled", ("Kharkiv", "UKR")),
    # negatives: the gerund names its own place; an origin is not where; no object; not a striking verb
    (
        "Sailors abandon a tanker near Fujairah after being attacked off the coast of Oman.",
        "attacked",
        ("coast of Oman", "OMN"),
    ),
    ("Police detain a man from Homs after being attacked.", "attacked", None),
    ("Two soldiers leave the army after being attacked.", "attacked", None),
    ("Students leave a school in Lagos after being questioned by police.", "questioned", None),
    ("Workers leave a factory near Dhaka after being paid.", "paid", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), STRUCK_OBJECT)
def test_struck_object_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A passive gerund of striking with no target takes its head clause's object phrase's place."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# "The towns": a plural bare definite place noun stands for the places of its kind named before it, so the
# event was at the first of them (of several places named for one event, the first is taken); the object of a
# verb whose object is a place is placed as a locative phrase is. Negatives: nothing named before; only
# countries named; an indefinite plural; a singular noun with two fitting places; a named place noun.
PLURAL_ANAPHOR = [
    (
        "Rebels captured Saraqib and Maarat al-Numan last week. Government jets bombed the towns on Sunday.",
        "bombed",
        ("Saraqib", "SYR"),
    ),
    (
        "Police detained protesters in Minsk and Grodno. Riot officers then entered the cities.",
        "entered",
        ("Minsk", "BLR"),
    ),
    (
        "Militias seized Tarhuna and Bani Walid. The government vowed to recapture the towns.",
        "recapture",
        ("Tarhuna", "LBY"),
    ),
    ("Troops took control of Sirte. Rebels shelled the city on Monday.", "shelled", ("Sirte", "LBY")),
    ("Government jets bombed the towns on Sunday.", "bombed", None),
    ("Turkey and Syria traded accusations. Jets later attacked the towns.", "attacked", None),
    (
        "Rebels captured Saraqib and Maarat al-Numan last week. Government jets bombed towns across the "
        "province on Sunday.",
        "bombed",
        None,
    ),
    ("Fighting raged in Aleppo and Idlib on Sunday. Jets struck the city overnight.", "struck", None),
    ("Protesters marched in Khartoum. Police later stormed the city centre.", "stormed", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), PLURAL_ANAPHOR)
def test_plural_anaphor_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """'The towns' takes the first fitting place named before it; a struck object is placed as a phrase."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected
