"""Where a threat, a promise or a plan would send something is no place of the threat
(dotterel/stages/place_planned_goals.py ``find_planned_goal_ids``): the "to"/"into" phrase of a motion verb
that complements another verb ("threatens to send migrants into Poland"). Negatives: the motion's own event
keeps its goal ("sends troops to Libya", "plans to deploy troops to Syria": the deployment), and the
threatening verb keeps a place phrase of its own clause ("Protesters in Paris threaten to march to …").
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-01-10"

PLACES: list[tuple[str, str, str | None]] = [
    # sentence, trigger word, place name of its event (None: no place)
    ("Belarus threatens to send migrants into Poland.", "threatens", None),
    ("Iran threatens to send troops to Syria.", "threatens", None),
    # negatives: the motion itself, a place of the threat's own clause
    ("Turkey sends troops to Libya.", "sends", "Libya"),
    ("Russia plans to deploy troops to Syria in the coming weeks.", "deploy", "Syria"),
    ("Protesters in Paris threaten to march to the Elysee Palace.", "threaten", "Paris"),
]


@pytest.mark.parametrize(("sentence", "trigger", "place"), PLACES)
def test_goal_of_a_planned_motion_is_no_place(sentence: str, trigger: str, place: str | None) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == trigger]
    assert events, f"no event of {trigger!r} in {sentence!r}"
    assert [e.place.name if e.place else None for e in events] == [place]
