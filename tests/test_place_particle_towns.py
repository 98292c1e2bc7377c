"""Places: town names with a spaced or hyphen-joined particle (session 26).

"Rot am See, Baden-Württemberg": the gazetteer knows only "Rot" (an alternate name of Roth, Bavaria); the
small-town table has the whole name in Germany, so the whole name is read (:mod:`place_particle_towns`).
"in Stratford-upon-Avon, England": the parser hangs the hyphen-joined name on "England" as a modifier, with
its comma after the joined words (:meth:`LocativeReader._is_comma_container`). Sentences written for these
tests in the style of news items; negatives: names the gazetteer has whole, people's names with "de", "van",
a particle run that names no town, a US town before its state, and a hyphenated modifier.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, trigger, (name, country) of the place or None)
PARTICLE_TOWNS: list[tuple[str, str, tuple[str, str | None] | None]] = [
    (
        "A gunman killed six members of his family in Rot am See, Baden-Württemberg, on Friday.",
        "killed",
        ("Rot am See", "DEU"),
    ),
    ("A fire killed two people in Rot am See, Germany, on Sunday.", "killed", ("Rot am See", "DEU")),
    (
        "A man was stabbed to death in Stratford-upon-Avon, England, on Saturday.",
        "stabbed",
        ("Stratford-upon-Avon", "GBR"),
    ),
    (
        "Floods forced hundreds from their homes in Clacton-on-Sea, England.",
        "forced",
        ("Clacton-on-Sea", "GBR"),
    ),
    # negatives: names the gazetteer has whole; people's names; a run that names no town; modifiers
    ("Police arrested a man in Frankfurt am Main on Monday.", "arrested", ("Frankfurt am Main", "DEU")),
    ("A man was stabbed in Newcastle upon Tyne on Friday.", "stabbed", ("Newcastle upon Tyne", "GBR")),
    ("Police arrested Jean de la Croix in Lyon, France, on Monday.", "arrested", ("Lyon", "FRA")),
    ("Police arrested Karel van der Berg in Rotterdam, Netherlands.", "arrested", ("Rotterdam", "NLD")),
    ("Troops opened fire in Paris on Monday, France said.", "fire", ("Paris", "FRA")),
    ("A man was shot dead in Paris, Texas, on Sunday.", "shot", ("Paris", "USA")),
    ("Two people were killed in Melbourne, Australia, on Sunday.", "killed", ("Melbourne", "AUS")),
    ("A US-backed militia attacked Tehran-backed forces in Syria.", "attacked", ("Syria", "SYR")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), PARTICLE_TOWNS)
def test_a_town_name_with_a_particle_is_read_whole(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: tuple[str, str | None] | None,
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected
