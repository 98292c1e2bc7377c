"""Session-16 place rules, on news-like sentences written for these tests, each table with negatives:

- an "on" or "for" phrase whose object is a state of affairs ("talks on the conflict in Yemen", "appeals for
  peace in Ukraine") is what the act is about or asks for, not where it is done
  (dotterel/stages/place_topics.py, ``topic_on_nouns`` and ``topic_for_nouns`` of places.yaml); the act's own
  place phrase stays, and "on" before any other noun ("open fire on protesters in Kabul") places the act;
- local officials' "in" phrase that names a town with its division ("Authorities in Wauwatosa, Wisconsin,
  announce") gives the town, not the state; a town alone ("Police in Boston say") still gives none
  (dotterel/stages/place_objects.py);
- a name the text calls a division ("the province of Ontario") is read in a country that has a first-level
  division of that name, before a larger town of another country (dotterel/stages/place_division_entries.py);
  with no division word the town still wins, and a country named beside it still decides;
- a to-infinitive of discussing on a meeting ("met to discuss the situation in Libya") and the clause of a
  decision ("defends the decision to send agents to Portland") are what the act is about;
- a direction before a region of no one country ("the eastern Mediterranean") is kept, as before a country.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import coded_place_of_type, place_of, with_event

DATE = "2020-10-10"
Expected = tuple[str, str | None] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# text, trigger, expected place
TOPIC_PHRASES: list[tuple[str, str, Expected]] = [
    ("Russia and Turkey hold talks on the conflict in Yemen.", "talks", None),
    ("Pope Francis appeals for peace in Ukraine.", "appeals", None),
    ("The UN Security Council holds an emergency meeting on the situation in Gaza.", "meeting", None),
    ("The European Union calls for a ceasefire in Nagorno-Karabakh.", "calls", None),
    ("The foreign ministers of France and Germany met to discuss the situation in Libya.", "met", None),
    ("The attorney general defends the decision to send federal agents to Portland.", "defends", None),
    # negatives: the act's own place phrase stays; "on" before another noun places the act
    ("The ministers met in Ankara to discuss the war in Syria.", "met", ("Ankara", "TUR")),
    ("The leaders meet in Paris for talks on the war in Ukraine.", "meet", ("Paris", "FRA")),
    ("Protesters in Berlin call for peace in Syria.", "call", ("Berlin", "DEU")),
    ("Soldiers open fire on protesters in Kabul.", "open", ("Kabul", "AFG")),
    ("Police crack down on violence in Portland.", "crack", ("Portland", "USA")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), TOPIC_PHRASES)
def test_topic_phrase_place_is_not_the_act_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A place inside what the act is about or asks for is not the act's; its own place phrase is."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# sentence, PLOVER type, place name, place country of the first event of that type
CODED: list[tuple[str, str, str | None, str | None]] = [
    (
        "Authorities in Wauwatosa, Wisconsin, announce that 28 people have been arrested.",
        "COERCE",
        "Wauwatosa",
        "USA",
    ),
    ("Officials in Dayton, Ohio, say that a gunman killed nine people.", "ASSAULT", "Dayton", "USA"),
    ("The Government of the province of Ontario declares a state of emergency.", "COERCE", "Ontario", "CAN"),
    ("Police clash with protesters in Ontario province.", "ASSAULT", "Ontario province", "CAN"),
    (
        "France deploys two fighter jets to the eastern Mediterranean.",
        "MOBILIZE",
        "eastern Mediterranean",
        None,
    ),
    ("Russia deploys warships in the eastern Black Sea.", "MOBILIZE", "eastern Black Sea", None),
    # negatives: a town alone, a division alone, a name with no division word, a division of one country
    ("Police in Boston say that 12 people were arrested overnight.", "COERCE", None, None),
    (
        "Officials in Takhar Province report that 12 civilians were killed.",
        "ASSAULT",
        "Takhar Province",
        "AFG",
    ),
    ("Police clash with protesters in Ontario.", "ASSAULT", "Ontario", "USA"),
    ("Gunmen kill four miners in Córdoba Province.", "ASSAULT", "Córdoba Province", "ARG"),
    ("Gunmen kill five villagers in northern Burkina Faso.", "ASSAULT", "northern Burkina Faso", "BFA"),
    ("Turkey sends a survey ship to the Mediterranean.", "MOBILIZE", "Mediterranean", None),
]


@pytest.mark.parametrize(("sentence", "plover_type", "name", "country"), CODED)
def test_reporter_towns_and_division_names(
    sentence: str, plover_type: str, name: str | None, country: str | None
) -> None:
    """A town told with its division is the officials' place; a division word picks the division."""
    assert coded_place_of_type(sentence, DATE, plover_type) == (name, country)
