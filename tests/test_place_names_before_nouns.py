"""Places told around a name (session 17, seed-61 causes), on news-like sentences written for these tests,
each with negatives:

- a city before a noun phrase of a shop or a store ("at a San Antonio clothing store"), or a state before
  its parishes, locates the act (``located_facilities`` of places.yaml);
- a capitalised adjective before a known town makes it part of a longer, unknown name ("HM Prison Full
  Sutton" is not Sutton: dotterel/stages/place_name_words.py); a known multiword name ("Pearl Harbor") wins
  over the town sharing its first word;
- "the Chinese border" of a clause whose subject is another country is that country's side
  (dotterel/stages/place_other_sides.py);
- a "who" clause the parser hangs on the town of a "from" phrase is the person's: his origin is no place of
  what it tells (dotterel/stages/place_person_clauses.py);
- a purpose clause "to protest X in Y" does not place the protest when the main clause has a place of its own
  (dotterel/stages/place_protest_purposes.py).
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


# text, trigger, expected place
NAME_BEFORE_NOUN_PLACES = [
    (
        "A gunman opens fire at a San Antonio clothing store, killing two people.",
        "opens",
        ("San Antonio", "USA"),
    ),
    ("A man is stabbed at a London coffee shop.", "stabbed", ("London", "GBR")),
    ("Police arrest 20 people in raids across three Louisiana parishes.", "arrest", ("Louisiana", "USA")),
    # negatives: a name of a building's own ("Full Sutton"), a name the gazetteer knows whole, a name prefix,
    # a name before "buildings" with a place phrase of their own
    (
        "Protesters seize the presidential White House and Supreme Council buildings in the capital Bishkek.",
        "seize",
        ("Bishkek", "KGZ"),
    ),
    ("A prisoner stabs two guards at HM Prison Full Sutton.", "stabs", None),
    (
        "A sailor shoots three people at Pearl Harbor before killing himself.",
        "shoots",
        ("Pearl Harbor", "USA"),
    ),
    ("Soldiers kill two militants in Northern Rakhine.", "kill", ("Northern Rakhine", "MMR")),
    ("Protests erupt in Inner Mongolia over language policy.", "Protests", ("Inner Mongolia", "CHN")),
    ("Police arrest 20 protesters in Greater Manchester.", "arrest", ("Manchester", "GBR")),
    ("Police arrest a man at Long Beach Airport.", "arrest", ("Long Beach", "USA")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), NAME_BEFORE_NOUN_PLACES)
def test_name_before_noun_places(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A city before a shop or store noun locates the act; a capitalised adjective before a town is a word
    of a longer name."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# text, trigger, expected place
CLAUSE_PLACES = [
    ("Pakistan deploys additional troops on the Afghan border.", "deploys", ("Pakistan", "PAK")),
    ("Russia deploys troops to the Ukrainian border.", "deploys", ("Russia", "RUS")),
    ("Venezuela begins military exercises along the Colombian border.", "begins", ("Venezuela", "VEN")),
    (
        "Police arrest a 22-year-old man from Dayton, Ohio, who had been plotting to attack a synagogue.",
        "attack",
        None,
    ),
    ("Authorities charge a woman from Leeds who allegedly planned to bomb a concert.", "bomb", None),
    (
        "Demonstrators gather outside the US embassy in Manila to protest a military exercise in Japan.",
        "protest",
        ("Manila", "PHL"),
    ),
    # negatives: a verb that acts across the border, a subject that names no country, an act placed by its
    # own phrase, a protest with no place of the main clause, a protest verb of its own clause
    ("Israel strikes Hezbollah positions on the Lebanese border.", "strikes", None),
    ("Chinese troops clash with Indian soldiers on the Indian border.", "clash", None),
    ("Kenya closes the Somali border after an attack in Mandera.", "attack", ("Mandera", "KEN")),
    ("A man from Lyon stabs three people in Paris.", "stabs", ("Paris", "FRA")),
    ("Hundreds of people gather to protest in Tokyo.", "protest", ("Tokyo", "JPN")),
    ("Thousands protest the election result in Minsk.", "protest", ("Minsk", "BLR")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CLAUSE_PLACES)
def test_clause_places(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A demonym border is the subject's side; a "who" clause is the person's, his origin no place of it; a
    protest purpose's object does not place the main clause's act."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected
