"""Court acts we did not output (docs/when-where-how-bad.md, recall lists of seeds 66-72): pleas.

- A not-guilty (or innocent) plea is the defendant's denial of the charge in court: CAMEO 016 "Deny
  responsibility", REJECT as the other denials, the defendant its source. A guilty plea admits the charge:
  CAMEO 015, which has no PLOVER type, so it stays uncoded; a plea with the one begged stays an appeal.
"""

from __future__ import annotations

import pytest

from dotterel.model import Event
from dotterel.pipeline import Pipeline
from tests.stage_helpers import coded_events

DATE = "2019-11-08"

ACTS: list[tuple[str, str, str | None, str | None, bool]] = [
    # sentence, "TYPE cameo", a word of the source's text, a word of the target's text (None: any or none),
    # whether such an event is there
    (
        "The gunman pleads not guilty to 51 murders and 40 attempted murders.",
        "REJECT 016",
        "gunman",
        None,
        True,
    ),
    ("R. Kelly pleads not guilty to federal sex-assault charges.", "REJECT 016", "Kelly", None, True),
    (
        "Joshua Wong pleads not guilty to charges of inciting an unauthorised assembly in Hong Kong.",
        "REJECT 016",
        "Wong",
        None,
        True,
    ),
    (
        "The former police officer pleaded innocent to the murder of the teenager.",
        "REJECT 016",
        "officer",
        None,
        True,
    ),
    # negatives: guilty pleas (an admission, CAMEO 015, no PLOVER type) and a plea with the one begged
    ("The former minister pleaded guilty to spying for Iran.", "REJECT 016", None, None, False),
    (
        "The driver of the lorry pleads guilty to conspiring to assist unlawful immigration.",
        "REJECT 016",
        None,
        None,
        False,
    ),
    ("The mayor pleaded with residents to stay indoors during the storm.", "REJECT 016", None, None, False),
]


def _has_act(events: list[Event], code_: str, source: str | None, target: str | None) -> bool:
    return any(
        f"{e.action.type} {e.action.cameo}" == code_
        and (source is None or (e.source is not None and source in e.source.text))
        and (target is None or (e.target is not None and target in e.target.text))
        for e in events
    )


@pytest.mark.parametrize(
    ("sentence", "code_", "source", "target", "present"), ACTS, ids=[f"{r[1]}:{r[0][:40]}" for r in ACTS]
)
def test_a_plea_of_not_guilty_is_a_denial_and_a_guilty_plea_stays_uncoded(
    pipeline: Pipeline, sentence: str, code_: str, source: str | None, target: str | None, present: bool
) -> None:
    events = coded_events(pipeline, sentence, DATE)
    described = [
        (e.action.type, e.action.cameo, e.source and e.source.text, e.target and e.target.text)
        for e in events
    ]
    assert _has_act(events, code_, source, target) == present, described


def test_the_charge_pleaded_to_stays_the_pleas_content(pipeline: Pipeline) -> None:
    """The plea coded does not make the murders pleaded to a happening: they stay hypothetical."""
    sentence = "The gunman pleads not guilty to 51 murders."
    events = coded_events(pipeline, sentence, DATE)
    murders = [e for e in events if sentence[e.trigger.start : e.trigger.end] == "murders"]
    assert murders and all(e.modality == "hypothetical" for e in murders), [
        (e.action.type, e.modality) for e in events
    ]
