"""Places, places12a: a measure told by a gerund after "by" (its means: "Wuhan starts lifting its lockdown by
reopening its borders") is issued by the subject of the verb it tells the means of. Sentences written for
these tests (news-like), with negatives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_events

Expected = tuple[str, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, trigger, expected place). Negatives: an issuer that is no government (an airline, a company), a
# "by" phrase of a passive verb (its agent), no named issuer.
MEANS = [
    (
        "Wuhan starts lifting its lockdown by reopening its borders to returning residents.",
        "reopening",
        ("Wuhan", "CHN"),
    ),
    ("Peru tightens its quarantine by closing all land borders.", "closing", ("Peru", "PER")),
    ("Hungary responds to the surge by closing its borders to foreigners.", "closing", ("Hungary", "HUN")),
    ("Bavaria eases its restrictions by reopening beer gardens.", "reopening", ("Bavaria", "DEU")),
    # negatives
    ("The airline cuts costs by suspending flights to Rome and Milan.", "suspending", None),
    ("The borders were reopened by closing the checkpoints at night.", "closing", None),
    ("The government responds to the surge by closing all schools.", "closing", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), MEANS)
def test_a_measure_told_as_a_means_is_its_verbs_subjects(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger])) == expected
