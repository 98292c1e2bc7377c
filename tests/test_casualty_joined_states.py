"""Injured told beside a toll keep their count when the parse makes them the subject of the attack's own
clause, and the "fire" of a weapon is no hazard that would make that clause an accident's (session 21:
casualties._find_subject_states, accident_clause_units.find_accident_clause_ids), on news-like sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-06-11"

# text, trigger, killed, injured
JOINED_STATES = [
    (
        "During protests in Louisville, two people are shot dead and two others injured after unidentified "
        "gunmen open fire on the crowd.",
        "shot",
        2,
        2,
    ),
    (
        "During a vigil in Memphis, three people are shot dead and four others injured after a gunman opens "
        "fire on mourners.",
        "opens",
        3,
        4,
    ),
    (
        "Two people were killed and three others injured after a gunman opened fire at a party in Chicago.",
        "opened",
        2,
        3,
    ),
    # negatives: an accident clause keeps its own count; an injured subject with no number counts nothing
    (
        "Four people are shot by a gunman in Chicago; a fifth person is injured in a related car accident "
        "nearby.",
        "shot",
        None,
        4,
    ),
    (
        "Two soldiers were killed, and wounded troops fired back at the militants near Kandahar.",
        "killed",
        2,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), JOINED_STATES)
def test_injured_told_beside_a_toll_keep_their_count(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
