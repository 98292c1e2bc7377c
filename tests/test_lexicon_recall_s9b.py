"""Real events we did not output (docs/when-where-how-bad.md, "Real events not output" of seeds 39-42).

Two general constructions, each a table of news-like sentences written for these tests, with negatives:
- the places a measure closes told as closing (an ergative "close"): in an issuing verb's clause the
  closure is the announcer's ("announces that all schools will close", COERCE 172), also when the closing
  is the complement of another verb ("bars will be forced to close", "schools will have to close");
  schools closing for the summer, restaurants closing for good or forced to close by the pandemic, a museum's
  opening hours, bars deciding to close early are none;
- the conjuncts of a verb's object are its objects too: "closed all land, air and sea borders" (the
  coordinated modifiers parsed as conjunct heads) closes the borders (SANCTION 160); a road and a bridge
  closed, a retailer closing stores and warehouses are none; a border closure announced for a later day is
  a threat to cut ties (THREATEN 1313), not of force; a noun's "of" object keeps its own conjuncts (a
  release of X and two other men blocked is no release); a ban whose object's conjunct names people
  ("bans all permit holders and visitors") bans people (COERCE 172); plastic bags and straws, fireworks
  and bonfires banned are none.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import coded_codes_and_sources

DATE = "2020-11-10"


def _coded(pipeline: Pipeline, sentence: str) -> list[tuple[str, str | None]]:
    """The (PLOVER type and CAMEO code, source country or name) of each event of the sentence."""
    return coded_codes_and_sources(pipeline, sentence, DATE)


CLOSURE = ("COERCE 172", "THREATEN 1323")  # done, or announced for a later day (the modality stage's call)

CLOSINGS = [
    # sentence, the event's type and CAMEO code, its source (country or name, None: any), whether it is there
    ("Iran announces that all schools will close beginning tomorrow.", "closure", "IRN", True),
    ("The Greek government announced that all schools will close from Monday.", "closure", "GRC", True),
    (
        "Chile said that all shopping centers and gyms will close on Thursday to curb the outbreak.",
        "closure",
        "CHL",
        True,
    ),
    ("Kenya declared that bars will be forced to close for a month from Friday.", "closure", "KEN", True),
    ("The Dutch government says all restaurants will have to close from Wednesday.", "closure", "NLD", True),
    ("Peru announced on Monday that government offices will shut from next week.", "closure", "PER", True),
    # negatives: no one closes them, or the places close on their own
    ("Schools close for the summer holidays next week.", "closure", None, False),
    ("Many restaurants have closed for good because of the pandemic.", "closure", None, False),
    ("Several bars were forced to close by the economic crisis.", "closure", None, False),
    ("The museum closes at 5 p.m. on weekdays.", "closure", None, False),
    ("Bars decided to close early because of the storm.", "closure", None, False),
    ("The company said its factory will close next year.", "closure", None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "present"), CLOSINGS)
def test_places_closing_by_order(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, present: bool
) -> None:
    """A measure's places told as closing are closed by the announcer; places closing on their own are not."""
    coded = _coded(pipeline, sentence)
    kinds = CLOSURE if kind == "closure" else (kind,)
    found = [c for c in coded if c[0] in kinds and (source is None or c[1] == source)]
    assert bool(found) == present, coded


CONJUNCT_OBJECTS = [
    # sentence, the event's type and CAMEO code, its source, whether it is there
    ("Oman closed all land, air, and sea borders on Tuesday.", "SANCTION 160", "OMN", True),
    ("Peru shut all land, air, and river borders on Monday.", "SANCTION 160", "PER", True),
    ("Libya closed all air, land, and sea borders on Friday.", "SANCTION 160", "LBY", True),
    # announced for a later day: the closure to come (own type, hypothetical: own_plans), no threat of force
    ("Kuwait will close all land, air, and sea borders from Sunday.", "SANCTION 160", "KWT", True),
    ("Kuwait will close all land, air, and sea borders from Sunday.", "THREATEN 138", None, False),
    # negatives: the conjuncts are nothing the pattern lists
    ("The police closed the road and the bridge on Monday.", "SANCTION 160", None, False),
    ("The retailer closed 40 stores and two warehouses.", "COERCE 172", None, False),
    ("Farmers closed the gates, barns and sheds before the storm.", "SANCTION 160", None, False),
    # a noun's "of" object keeps its own conjuncts: a release prevented is no release
    (
        "The provincial government blocks the release of Tariq Mahmood Butt and two other men.",
        "RETREAT 0841",
        None,
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "present"), CONJUNCT_OBJECTS)
def test_conjuncts_of_the_object(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, present: bool
) -> None:
    """Each conjunct of a verb's object is an object the verb's patterns are matched against."""
    coded = _coded(pipeline, sentence)
    found = [c for c in coded if c[0] == kind and (source is None or c[1] == source)]
    assert bool(found) == present, coded


BANNED_PEOPLE = [
    # sentence, the event's type and CAMEO code, its source, whether it is there
    (
        "Oman bans all residence permit holders and foreign visitors who were in Britain in the past week.",
        "COERCE 172",
        "OMN",
        True,
    ),
    (
        "Singapore bans long-term pass holders and short-term visitors who were in Britain to enter.",
        "COERCE 172",
        "SGP",
        True,
    ),
    # negatives: things banned, conjuncts and all
    ("The city bans plastic bags and straws from next year.", "COERCE 172", None, False),
    ("The council bans fireworks and bonfires on the beach.", "COERCE 172", None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "present"), BANNED_PEOPLE)
def test_ban_of_coordinated_people(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, present: bool
) -> None:
    """A ban whose object's conjunct names people ("holders and [visitors]") is a ban on people."""
    coded = _coded(pipeline, sentence)
    found = [c for c in coded if c[0] == kind and (source is None or c[1] == source)]
    assert bool(found) == present, coded
