"""Terror designations we did not output (docs/when-where-how-bad.md, recall lists of seeds 66-73).

"designates the Muslim Brotherhood a terrorist organisation": the small parser hangs the named group on the
verb as a dative with the label its apposition, or makes both direct objects ("designated the Muslim
Brotherhood a terrorist group"); the group is the designation's object and target all the same
(stages/dative_label_objects.py). An addressee with an apposition before a clause ("told Reuters, a news
agency, that ...") stays no object, and calling a group terrorist in speech stays no designation.
"""

from __future__ import annotations

import pytest

from dotterel.model import Event
from dotterel.pipeline import Pipeline
from tests.stage_helpers import coded_events

DATE = "2019-05-01"
BAN = "COERCE 1722"

ACTS: list[tuple[str, str | None, str | None, bool]] = [
    # sentence, a word of the source's text, a word of the target's text (None: any), whether a ban is there
    (
        "The United States designates the Muslim Brotherhood a terrorist organisation.",
        "States",
        "Brotherhood",
        True,
    ),
    ("Egypt designated the Muslim Brotherhood a terrorist group in 2013.", "Egypt", "Brotherhood", True),
    ("Argentina declares Hezbollah a terrorist organization.", "Argentina", "Hezbollah", True),
    ("Kosovo designates Hezbollah as a terrorist organization.", "Kosovo", "Hezbollah", True),
    # negatives: a label in speech, an addressee with its apposition, a group named but not designated
    ("The minister called the rebels a terrorist group in a speech.", None, None, False),
    (
        "The minister told Reuters, a news agency, that the Muslim Brotherhood is dangerous.",
        None,
        None,
        False,
    ),
    ("The Muslim Brotherhood denied it was a terrorist organisation.", None, None, False),
]


def _has_ban(events: list[Event], source: str | None, target: str | None) -> bool:
    return any(
        f"{e.action.type} {e.action.cameo}" == BAN
        and (source is None or (e.source is not None and source in e.source.text))
        and (target is None or (e.target is not None and target in e.target.text))
        for e in events
    )


@pytest.mark.parametrize(("sentence", "source", "target", "present"), ACTS, ids=[r[0][:40] for r in ACTS])
def test_a_group_designated_a_terrorist_organisation_is_banned(
    pipeline: Pipeline, sentence: str, source: str | None, target: str | None, present: bool
) -> None:
    events = coded_events(pipeline, sentence, DATE)
    described = [
        (e.action.type, e.action.cameo, e.source and e.source.text, e.target and e.target.text)
        for e in events
    ]
    assert _has_ban(events, source, target) == present, described
