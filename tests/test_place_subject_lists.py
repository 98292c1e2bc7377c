"""The states after an opening "In <place>," that the parser joins to the place are the verb's subject
(session 21, dotterel/stages/place_subject_lists.py), on news-like sentences written for these tests, with
negatives:

- "In Osaka, Argentina, Brazil, Chile and Canada jointly issue a statement": the list runs on into a verb that
  has no subject of its own; its names are the actors, neither places of the act nor Osaka's country;
- a subject after the opening phrase is no container of the place before its comma ("In Brussels, France
  and Germany agree": Brussels, Belgium);
- a list of places closed by a comma before the clause's own subject stays places ("In Paris, London and
  Berlin, protesters rally"), and so does a country after a town that is no subject ("In Tripoli, Lebanon,
  gunmen attack", "in Tripoli, Lebanon").
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
SUBJECT_LISTS = [
    (
        "In Osaka, Argentina, Brazil, Chile and Canada jointly issue a statement condemning the Venezuelan "
        "government.",
        "condemning",
        ("Osaka", "JPN"),
    ),
    ("In Geneva, Russia and Turkey sign an agreement on a ceasefire.", "sign", ("Geneva", "CHE")),
    ("In Syria, Russia and Turkey launch joint patrols.", "patrols", ("Syria", "SYR")),
    ("In Brussels, France and Germany agree to a joint plan.", "agree", ("Brussels", "BEL")),
    ("In Vienna, Iran and the United States resume indirect talks.", "talks", ("Vienna", "AUT")),
    # negatives: a list of places closed before the subject, a country after a town that is no subject
    ("In Paris, London and Berlin, protesters rally against the war.", "rally", ("Berlin", "DEU")),
    ("In Tripoli, Lebanon, gunmen attack a checkpoint.", "attack", ("Tripoli", "LBN")),
    ("Gunmen attack a checkpoint in Tripoli, Lebanon.", "attack", ("Tripoli", "LBN")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SUBJECT_LISTS)
def test_subject_list_after_opening_place_names_no_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """The subject states after an opening place phrase are neither the act's place nor its country."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected
