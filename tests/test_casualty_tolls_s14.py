"""Tolls the casualty words state in shapes the parser splits (session 14), on news-like sentences written
for these tests, with negatives:

- a casualty participle after "leave" that the parser made a complement clause of it ("leaves eleven
  soldiers wounded[ccomp]") counts the object of "leaves" (dotterel/stages/casualty_phrase_victims.py);
- a number or vague quantity right before a gapped casualty word counts, also before "more" ("and over 500
  more wounded", "and several more injured", "leaving several injured"): dotterel/stages/casualty_numbers.py;
- an event word that modifies a casualty noun takes that noun's count ("the shooting death of an official":
  1 killed): dotterel/stages/casualty_modified_nouns.py.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-05-10"

# text, trigger, killed, injured
LEFT_COMPLEMENT = [
    (
        "A brawl between Thai and Cambodian border guards near the Preah Vihear temple in Cambodia leaves "
        "eleven soldiers wounded.",
        "wounded",
        None,
        11,
    ),
    (
        "A scuffle between Chinese and Indian troops near the Galwan Valley in Ladakh, India, leaves nine "
        "soldiers injured.",
        "injured",
        None,
        9,
    ),
    # negatives: "leave" with no casualty word, and "left for dead", state no count
    ("Riots in Paris leave several cars burned.", "Riots", None, None),
    ("A family of four is attacked and left for dead by robbers in Durban.", "attacked", None, None),
]

NUMBER_BEFORE = [
    (
        "A shooting at a bar in Dallas, Texas, leaves two people dead and several more injured.",
        "shooting",
        2,
        3,
    ),
    (
        "A bombing at a market in Kabul leaves twelve people dead and 40 more wounded.",
        "bombing",
        12,
        40,
    ),
    ("Gunmen attack a bus in Kenya, killing four passengers and leaving several injured.", "attack", 4, 3),
    # negatives: "many more" is no number; a number after "more" stays the count it was
    ("A bombing at a market in Kabul leaves twelve people dead and many more wounded.", "bombing", 12, None),
    ("A bombing at a market in Kabul kills twelve people and wounds 40 more.", "bombing", 12, 40),
]

MODIFIED_NOUN = [
    (
        'Japan protests over the "unlawful" shooting death of a Japanese fisherman near the disputed '
        "islands on Monday.",
        "shooting",
        1,
        None,
    ),
    (
        "Hundreds march in Atlanta after the police shooting death of a Black man on Friday.",
        "shooting",
        1,
        None,
    ),
    # negatives: the protest over the death takes no toll; a casualty noun that modifies the event word
    # gives it none
    (
        'Japan protests over the "unlawful" shooting death of a Japanese fisherman near the disputed '
        "islands on Monday.",
        "protests",
        None,
        None,
    ),
    ("Police in Lyon open a murder investigation on Sunday.", "investigation", None, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), LEFT_COMPLEMENT)
def test_a_complement_participle_after_leave_counts_its_object(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), NUMBER_BEFORE)
def test_a_number_before_a_gapped_casualty_word_counts(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), MODIFIED_NOUN)
def test_an_event_word_takes_the_count_of_the_casualty_noun_it_modifies(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
