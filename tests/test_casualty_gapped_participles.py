"""Gapped casualty participles and the events they are lost with (session 26b), on news-like sentences
written for these tests, with negatives:

- "leaves 46 people dead and dozens[npadvmod] more injured": the vague number the parser hung on the gapped
  participle is its own count (not the subject of the verb before it, "a riot" = 1);
- "left one woman dead and another[det] injured": "another" parsed as the participle's determiner is one
  more victim;
- such a participle does not fold the event noun that is the subject of the verb before it ("A riot …
  leaves 46 people dead and dozens more injured": the riot stays, with its dead);
- an event with someone killed or injured is informative without actors ("A riot over food shortages at a
  prison leaves 46 people dead").
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of, coded_tolls

DATE = "2020-05-01"

# text, trigger, killed, injured
GAPPED_TOLLS = [
    (
        "A riot at a prison in Guanare, Venezuela, leaves at least 46 people dead and dozens more injured, "
        "including the prison's director.",
        "riot",
        46,
        24,
    ),
    (
        "A riot at a prison in Guanare, Venezuela, leaves at least 46 people dead and dozens more injured, "
        "including the prison's director.",
        "injured",
        None,
        24,
    ),
    ("The attack left one woman dead and another injured.", "attack", 1, 1),
    ("A bomb attack in Kabul left two soldiers dead and another wounded.", "bomb attack", 2, 1),
    ("A riot over food shortages at a prison in Guanare leaves 46 people dead.", "riot", 46, None),
    (
        "Protests over fuel prices in Lagos leave three people dead and dozens more injured.",
        "Protests",
        3,
        24,
    ),
    # negatives: a subject of its own, an object of its own, 'including' parts within the count, an age
    ("The blast left three people dead and another injured.", "blast", 3, 1),
    ("The strikes killed 25 fighters and wounded 40 others.", "strikes", 25, 40),
    (
        "The bombing killed two soldiers, including a 25-year-old sergeant, and wounded another.",
        "bombing",
        2,
        1,
    ),
    (
        "Gunmen killed six civilians, including two women, in an attack on a village in Borno.",
        "killed",
        6,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), GAPPED_TOLLS)
def test_a_gapped_participle_counts_its_own_victims(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


# text: no event holds a toll
NO_TOLLS = [
    "The storm left two people dead and another missing.",
    "The clashes ended 25 years of peace.",
    "Police arrested 25 people and another was detained.",
    "A protest over fuel prices in Lagos drew dozens more supporters.",
]


@pytest.mark.parametrize("text", NO_TOLLS)
def test_no_toll_without_a_casualty_word(text: str) -> None:
    assert all(killed is None and injured is None for _, killed, injured in coded_tolls(text, DATE)), (
        coded_tolls(text, DATE)
    )


# text, trigger: an event noun in a phrase, not the subject of the toll, stays out when it names no actor
NOT_DEADLY_SUBJECTS = [
    (
        "In one of the deadliest days of the protests so far, security forces open fire and kill 25 "
        "people in Nasiriyah.",
        "protests",
    ),
    ("Dozens of people were killed during the riots, a report on the unrest says.", "unrest"),
]


@pytest.mark.parametrize(("text", "trigger"), NOT_DEADLY_SUBJECTS)
def test_an_event_noun_in_a_phrase_is_not_kept_for_a_toll(text: str, trigger: str) -> None:
    assert trigger not in [word for word, _, _ in coded_tolls(text, DATE)]
