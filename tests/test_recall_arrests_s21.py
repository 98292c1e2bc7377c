"""Arrests lost for the one arrested (docs/when-where-how-bad.md, seed-69 "Law and crime", recall).

Each table holds news-like sentences written for these tests, with negatives:
- a proper name the tagger takes for a firm's or a place's, told with a person's description before it or in
  an apposition, is the person arrested, tried or charged (:mod:`dotterel.stages.described_names`): the event
  is no longer dropped as naming no actor; a name with no such description, and a description with no name,
  give none;
- "detainment" and "incarceration" are arrests told by a noun, as "detention" and "imprisonment" are.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import actor_text, assert_act_befalls, coded_trigger_acts

DATE = "2020-06-03"


ACTS = [
    # sentence, trigger, type, the target's text (None: no such event expected)
    (
        "Florida rapper YNW Melly is arrested for allegedly murdering two friends.",
        "arrested",
        "COERCE",
        "YNW Melly",
    ),
    ("Rapper YNW Melly is arrested in Miami.", "arrested", "COERCE", "YNW Melly"),
    (
        "Pio Tikoduadua, a member of Fiji's National Federation Party, is arrested after he posted a video.",
        "arrested",
        "COERCE",
        "Pio Tikoduadua",
    ),
    ("Police arrest Florida rapper YNW Melly on murder charges.", "arrest", "COERCE", "YNW Melly"),
    ("Nollywood actor Olu Jacobs is charged with fraud in Lagos.", "charged", "ACCUSE", "Olu Jacobs"),
    (
        "The ministry announces the detainment of Jamshid Sharmahd, the leader of an exiled group.",
        "detainment",
        "COERCE",
        "Jamshid Sharmahd",
    ),
    (
        "Rights groups say the incarceration of activist Loujain al-Hathloul must end.",
        "incarceration",
        "COERCE",
        "Loujain al-Hathloul",
    ),
    # negatives: a firm with no person's description, a description with no name, a facility
    ("Apple Inc., a technology company, is fined.", "fined", "ACCUSE", None),
    ("YNW Melly is arrested.", "arrested", "COERCE", None),
    ("The detainment facility in Texas holds 500 migrants.", "detainment", "COERCE", None),
    ("He spent two years in detainment before the war.", "detainment", "COERCE", None),
]


@pytest.mark.parametrize(("sentence", "trigger", "kind", "target"), ACTS)
def test_arrest_targets(
    pipeline: Pipeline, sentence: str, trigger: str, kind: str, target: str | None
) -> None:
    """The act is coded with the one it befalls (or, for a negative case, is not coded at that word)."""
    assert_act_befalls(coded_trigger_acts(pipeline, sentence, DATE, actor_text), trigger, kind, target)
