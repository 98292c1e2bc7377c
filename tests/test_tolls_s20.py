"""Executions by hanging and accidents whose toll is told apart (session 20), on news-like sentences written
for these tests, each table with negatives:

- "hang" counts its dead as "execute" does ("Iraq hangs 21 convicted terrorists" = 21, ``killed_verbs`` of
  casualties.yaml); things hung up are no one hanged ("hang 20 banners", ``not_victims``);
- a blast whose cause is told by a participle naming a blast source or a hazard ("an explosion caused by a
  gas leak") is an accident, and so is the toll of the next sentence (stages/accident_blast_causes.py); a
  weapon named as the cause keeps it an attack;
- a hazard noun a harm happened in ("killed after avalanches", "die in floods") tells of a hazard, so the toll
  of a later sentence with no attack word is the hazard's, no assault (stages/accident_harm_causes.py); a
  side's fire ("during Armenian fire") and an attack before the toll keep it an assault.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of, coded_tolls

DATE = "2020-11-16"

# text, trigger, killed
HANGINGS = [
    ("Iraq hangs 21 convicted terrorists at the Nasiriyah Central Prison in Nasiriyah.", "hangs", 21),
    ("Iran hangs two men convicted of drug trafficking in Shiraz.", "hangs", 2),
    ("Iran hanged a wrestler convicted of murder on Saturday, state media say.", "hanged", 1),
    ("Egypt executes 15 militants convicted of attacking soldiers in Sinai.", "executes", 15),
]

# negatives: things hung up, and a sentence still to be carried out (text, trigger)
NO_HANGED = [
    ("Protesters hang 20 banners and three flags on the bridge in Hong Kong.", "hang"),
    ("Demonstrators hang an effigy of the president from a lamppost in Beirut.", "hang"),
    ("A court in Khartoum sentences 29 people to be hanged for the killing of a teacher.", "sentences"),
]


@pytest.mark.parametrize(("text", "trigger", "killed"), HANGINGS)
def test_a_hanging_counts_its_dead(text: str, trigger: str, killed: int) -> None:
    assert coded_toll_of(text, trigger, DATE)[0] == killed


@pytest.mark.parametrize(("text", "trigger"), NO_HANGED)
def test_things_hung_and_sentences_count_no_dead(text: str, trigger: str) -> None:
    tolls = coded_tolls(text, DATE)
    assert all(killed is None for word, killed, _ in tolls if word == trigger), tolls


# accidents told in two sentences: no event at all
ACCIDENT_TOLLS = [
    "An explosion caused by a suspected gas leak destroys a bakery in Paris, France. Four people are killed,"
    " and 40 others are injured.",
    "A blast triggered by a faulty boiler tears through a school in Kazan, Russia. Three children are"
    " killed.",
    "At least 57 people are killed after avalanches in Kashmir. In Indian-administered Kashmir, at least 10"
    " are killed.",
    "At least 20 people die in floods in Kenya. In the west of the country, 12 more are killed.",
]

# negatives: a weapon as the cause, a side's fire, an attack first (text, trigger, killed, injured)
ATTACK_TOLLS = [
    (
        "An explosion caused by two bombs destroys a bakery in Paris, France. Four people are killed.",
        "explosion",
        4,
        None,
    ),
    (
        "Five civilians are killed during Armenian fire in the country. At least 35 others are wounded.",
        "wounded",
        None,
        35,
    ),
    ("Gunmen attack a village in Mali. Ten people are killed.", "attack", 10, None),
]


@pytest.mark.parametrize("text", ACCIDENT_TOLLS)
def test_a_toll_after_an_accident_is_no_assault(text: str) -> None:
    assert coded_tolls(text, DATE) == []


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), ATTACK_TOLLS)
def test_a_toll_after_an_attack_stays_an_assault(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
