"""An arrest of people named only by their part in a crime is an event (docs/when-where-how-bad.md, "Real
events not output" of seeds 31-36: "The perpetrator is arrested", "Two suspects were arrested in connection
with the attack", "A suspect was arrested by … Police").

No actor names "the perpetrator" or "two suspects", so the arrest had no source, no target and no place and
the informative stage dropped it. The arrest pattern's ``role_targets`` (knowledge/verbs.yaml) make such a
phrase the arrest's target when it is the verb's passive subject or object, or the noun's owner or
"of"-object (:func:`dotterel.stages.noun_roles.resolve_role_target`). Negatives: the same nouns as the doer
of a harm or the object of a search, a "suspected" adjective, an arrest of nobody named, and people named
otherwise keep their old reading.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event
from dotterel.pipeline import Pipeline

DATE = "2020-09-03"


def _arrest_targets(pipeline: Pipeline, text: str) -> list[str | None]:
    """The target text of each arrest (COERCE 173) event of the text."""
    events: list[Event] = code(text, DATE, pipeline=pipeline)
    return [e.target.text if e.target else None for e in events if e.action.cameo == "173"]


ARRESTED = [
    # text, the arrest's target phrase (None: no arrest event at all)
    ("A gunman killed four worshippers at a mosque in Kano. The perpetrator was arrested on Friday.",
     "The perpetrator"),
    ("Two suspects have been detained over the bombing of a bus station in Quetta.", "Two suspects"),
    ("Kenyan police arrested three suspects after the grenade attack on a bar in Garissa.", "three suspects"),
    ("The arrest of a suspect came two days after the shooting at the synagogue.", "a suspect"),
    ("A car bomb exploded outside a hotel in Mogadishu, and the alleged culprit was later apprehended.",
     "the alleged culprit"),
    ("After the stabbing at the train station, the suspect's arrest was confirmed by the prosecutor.",
     "the suspect"),
    # negatives: no arrest of anyone ("the suspect" is a harm's doer or a search's object)
    ("The suspect opened fire on the crowd before fleeing into the forest.", None),
    ("Police are still searching for the perpetrator of the arson attack.", None),
    ("Two suspected militants were killed in a raid near Peshawar.", None),
    ("The shooter killed six people in the shopping centre.", None),
]


@pytest.mark.parametrize(("text", "target"), ARRESTED)
def test_arrest_of_role_noun_is_an_event(pipeline: Pipeline, text: str, target: str | None) -> None:
    found = _arrest_targets(pipeline, text)
    assert (target in found) if target is not None else not found


OTHERS = [
    # text, the arrest's target phrase as read before (a named actor or a sector word, not a role noun)
    ("Turkish police arrested dozens of opposition politicians in Istanbul.", "opposition politicians"),
    ("Security forces detained two militants in Srinagar.", "two militants"),
]


@pytest.mark.parametrize(("text", "target"), OTHERS)
def test_actor_targets_unchanged(pipeline: Pipeline, text: str, target: str) -> None:
    assert _arrest_targets(pipeline, text) == [target]
