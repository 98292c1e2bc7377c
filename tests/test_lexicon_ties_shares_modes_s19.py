"""Types, modes and a double row left in session 18 (Known weaknesses, "Session 18"; seed-64 tables), on
sentences written like news text for these tests, with negatives:

- a tie broken (a tied vote decided) is no relation cut; ties (plural) broken, or a tie with a partner,
  stay SANCTION 161 (stages/tied_votes.py);
- private, personal or false information shared is no intelligence shared (COOPERATE 064 excludes it);
  intelligence or information shared with a partner stays COOPERATE;
- an act one is working or striving to do is an aim, not a happening (plan_heads: hypothetical); an act
  whose start is future ("will start to receive") has the future of "will" (stages/onset_futures.py); a
  past start stays asserted;
- "leaves her son dead and her husband injured": the victims' clause is the same shooting, not a second row
  with the victim's possessor for a doer (stages/victim_possessors.py).
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event
from dotterel.pipeline import Pipeline

DATE = "2020-05-12"


def _of_kind(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if f"{e.action.type} {e.action.cameo}" == kind]


TYPES: list[tuple[str, str, bool]] = [
    # sentence, "TYPE cameo", present
    ("The Speaker of the House breaks the tie by voting against the motion.", "SANCTION 161", False),
    ("Vice President Mike Pence breaks a tie in the Senate to confirm the nominee.", "SANCTION 161", False),
    ("Bolivia breaks diplomatic ties with Venezuela over the election dispute.", "SANCTION 161", True),
    ("Morocco severed diplomatic ties with Iran.", "SANCTION 161", True),
    ("Taiwan cuts its last tie with the island nation after the switch to Beijing.", "SANCTION 161", True),
    (
        "Facebook suspends the page of the party for sharing private information about a journalist.",
        "COOPERATE 064",
        False,
    ),
    ("The senator is fined for sharing false information about the vaccine.", "COOPERATE 064", False),
    ("Jordan shares intelligence with Iraq about the militants near the border.", "COOPERATE 064", True),
    ("Turkey shared information with Iraq on the militants.", "COOPERATE 064", True),
]


@pytest.mark.parametrize(("sentence", "kind", "present"), TYPES)
def test_tied_votes_and_shared_details(pipeline: Pipeline, sentence: str, kind: str, present: bool) -> None:
    """A tie broken and private details shared give no relations cut or intelligence shared."""
    events = list(code(sentence, DATE, pipeline=pipeline))
    described = [(e.action.type, e.action.cameo, e.modality) for e in events]
    assert bool(_of_kind(events, kind)) == present, described


MODES: list[tuple[str, str, bool]] = [
    # sentence, a trigger word, asserted
    ("The opposition leader says he is working to restore ties with Israel.", "restore", False),
    ("The envoy strives to free the hostages held in the south.", "free", False),
    ("Egypt restores diplomatic relations with Qatar.", "restore", True),
    (
        "After Egypt restored diplomatic relations with Qatar on Monday, officials are working to reopen the"
        " embassies.",
        "restored",
        True,
    ),
    ("Argentina will start to receive complaints against the Venezuelan government.", "complaints", False),
    ("The army will begin to withdraw its troops from the border next month.", "withdraw", False),
    ("The army began to withdraw its troops from the border on Monday.", "withdraw", True),
    ("Protesters started to march toward the parliament on Sunday.", "march", True),
]


@pytest.mark.parametrize(("sentence", "word", "asserted"), MODES)
def test_aims_and_future_starts(pipeline: Pipeline, sentence: str, word: str, asserted: bool) -> None:
    """An aim worked for or an act to start later is not told as done; a past start is."""
    doc = list(code(sentence, DATE, pipeline=pipeline))
    text = sentence
    found = [e for e in doc if word in text[e.trigger.start : e.trigger.end]]
    described = [(e.action.type, e.modality, text[e.trigger.start : e.trigger.end]) for e in doc]
    assert found, described
    as_done = all(e.modality == "asserted" and e.action.type != "AGREE" for e in found)
    assert as_done == asserted, described


ROWS: list[tuple[str, int, int | None]] = [
    # sentence, ASSAULT rows, injured of the first
    (
        "A shooting at the home of Judge Maria Lopez leaves her son dead and her husband injured. Lopez"
        " herself is not hurt.",
        1,
        1,
    ),
    (
        "An attack at the home of Mayor John Smith leaves his son dead and his wife injured. Police say the"
        " gunman was dressed as a courier.",
        1,
        1,
    ),
    ("A bombing at the mosque leaves three dead and the imam injured.", 1, 1),
    # two attacks, two rows
    (
        "Gunmen shot a police officer in Kandahar on Monday. Militants bombed a checkpoint in Herat on"
        " Tuesday.",
        2,
        None,
    ),
    ("Two soldiers were killed in Idlib, while rebels shelled a village in Aleppo.", 2, None),
]


@pytest.mark.parametrize(("sentence", "rows", "injured"), ROWS)
def test_victims_clause_is_same_attack(
    pipeline: Pipeline, sentence: str, rows: int, injured: int | None
) -> None:
    """The victims' clause of an attack is no second attack; its possessor is no doer."""
    events = [e for e in code(sentence, DATE, pipeline=pipeline) if e.action.type == "ASSAULT"]
    described = [(e.action.cameo, e.source and e.source.name, e.killed, e.injured) for e in events]
    assert len(events) == rows, described
    if injured is not None:
        assert events[0].injured == injured, described
        assert events[0].source is None, described  # "her", "his": the victims' kin, no doer
