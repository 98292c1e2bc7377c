"""Places, places26: an act told as the result of a happening by a participle ("leading to a night of
fighting", "resulting in a wave of arrests") takes the place of the happening of the clause the participle
hangs on (:mod:`dotterel.stages.place_result_acts`). Sentences written for these tests (news-like), with
negatives: a result with a place or a spread of its own, the cause read from a passive result ("sparked by"),
a participle with a subject of its own, a lender that is no happening at a scene."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Action, Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_events

Expected = tuple[str, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, the result event's trigger, the other events' triggers, expected place of the result)
RESULTS = [
    (
        "Protests in Sofia turn violent as crowds attempt to storm the parliament, leading to a night of "
        "fighting between demonstrators and police.",
        "fighting",
        "Protests|storm",
        ("Sofia", "BGR"),
    ),
    (
        "Riot police stormed the university campus in Santiago, leading to clashes between students and "
        "officers.",
        "clashes",
        "stormed",
        ("Santiago", "CHL"),
    ),
    (
        "Troops opened fire on demonstrators in Mandalay, resulting in a wave of arrests.",
        "arrests",
        "opened",
        ("Mandalay", "MMR"),
    ),
    (
        "Security forces raided the opposition headquarters in Kampala, leading to two days of clashes with "
        "supporters of the candidate.",
        "clashes",
        "raided",
        ("Kampala", "UGA"),
    ),
    (
        "Police in Minsk detained the opposition leader, resulting in a week of protests.",
        "protests",
        "detained",
        ("Minsk", "BLR"),
    ),
    # negatives: a place or a spread of the result's own, a passive cause, a participle with a subject
    (
        "Protests in Sofia turn violent as crowds attempt to storm the parliament, leading to a night of "
        "fighting in several other cities.",
        "fighting",
        "Protests|storm",
        None,
    ),
    (
        "Security forces raided the opposition headquarters in Kampala, leading to two days of clashes in "
        "Gulu.",
        "clashes",
        "raided",
        ("Gulu", "UGA"),
    ),
    (
        "Police in Minsk detained the opposition leader, resulting in a week of nationwide protests.",
        "protests",
        "detained",
        None,
    ),
    (
        "A night of fighting sparked by the shooting of a teenager in Nanterre spread to other cities.",
        "fighting",
        "shooting",
        None,
    ),
    (
        "Police in Minsk detained the opposition leader, with his arrest resulting in a week of protests.",
        "protests",
        "detained",
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "cause", "expected"), RESULTS)
def test_a_result_participle_lends_the_place_of_its_happening(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, cause: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger, *cause.split("|")])) == expected


STATEMENT = Action("SANCTION", None, "163", -8.0, 4)


@pytest.mark.parametrize(
    ("kind", "expected"), [(None, ("Minsk", "BLR")), (STATEMENT, None)], ids=["happening", "sanction"]
)
def test_only_a_happening_at_a_scene_lends_its_place(
    parse: Callable[..., Article], stage: PlacesStage, kind: Action | None, expected: Expected
) -> None:
    """A sanction is placed where it was made: its result is not told there."""
    text = "Police in Minsk detained the opposition leader, leading to a week of clashes with protesters."
    article = with_events(parse(text), ["clashes", "detained"])
    if kind is not None:
        article.events[1] = replace(article.events[1], action=kind)
    assert place_of(stage, article) == expected
