"""Date rules of session 10, round 2: which happening a date belongs to.

- A time gap ("two days after a roadside bombing killed four", "an hour after the attack") puts the happening
  it introduces on another occasion: it is not merged with the harm of the clause it dates, and its day is
  not given to that harm. A bare "after"/"when" states no gap: the victims' clause and the attack stay one.
- A running total's clause ("…, bringing the death toll since January to 340") dates the total only: the
  event it adds to keeps its own date (the article date when none), and a date of the event's own clause
  still dates it.
- A split-off telling whose pronoun subject stands for the first telling's doer ("Boko Haram attacked a base
  on Friday. It says it killed 20 soldiers") takes its day; so does one whose first telling is a
  circumstance noun of a sentence the tagger read without a verb ("The Houthis launch missiles … during an
  overnight attack"). A pronoun of another actor ("Israel says it struck …"), a first telling with no day,
  and a named doer told again with "later" do not.
"""

from __future__ import annotations

from typing import Any

import pytest

from dotterel.api import code
from dotterel.knowledge.date_words import load_date_words
from dotterel.stages.date_gaps import GapWords, are_apart_by_gap
from tests.stage_helpers import coded_date_at

# text, article date, trigger text, expected (date, precision) of the event at that trigger
Case = tuple[str, str, str, tuple[str, str]]


GAPS: list[Case] = [
    (
        "A car bomb at a market in Mogadishu kills at least 12 people, two days after a roadside bombing in "
        "the city killed four soldiers.",
        "2020-03-05",
        "car bomb",
        ("2020-03-05", "unknown"),
    ),
    (
        "A car bomb at a market in Mogadishu kills at least 12 people, two days after a roadside bombing in "
        "the city killed four soldiers.",
        "2020-03-05",
        "roadside bombing",
        ("2020-03-03", "day"),
    ),
    (  # negative: a stated day of the clause itself
        "At least 20 people are killed in a bombing at a mosque in Kabul on Friday.",
        "2020-03-05",
        "killed",
        ("2020-02-28", "day"),
    ),
]


@pytest.mark.parametrize(("text", "date", "trigger", "expected"), GAPS)
def test_a_happening_after_a_time_gap_is_another_occasion(
    text: str, date: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert coded_date_at(text, date, trigger) == expected


# text, the number of ASSAULT events coded
COUNTS: list[tuple[str, int]] = [
    (
        "A car bomb at a market in Mogadishu kills at least 12 people, two days after a roadside bombing in "
        "the city killed four soldiers.",
        2,
    ),
    ("Five people are killed after gunmen attack a market in Maiduguri.", 1),  # no gap: one happening
    ("Five people are killed when gunmen attack a market in Maiduguri.", 1),
    ("At least 20 people are killed in a bombing at a mosque in Kabul on Friday.", 1),
]


@pytest.mark.parametrize(("text", "count"), COUNTS)
def test_only_a_time_gap_keeps_two_harms_of_one_sentence_apart(text: str, count: int) -> None:
    assert len([e for e in code(text, "2020-03-05") if e.action.type == "ASSAULT"]) == count


# sentence, first word, second word, apart by a gap?
GAP_PAIRS: list[tuple[str, str, str, bool]] = [
    (
        "An hour after the shooting at the mall, a man is stabbed near the station.",
        "shooting",
        "stabbed",
        True,
    ),
    ("Two soldiers died three weeks before the raid on the base.", "died", "raid", True),
    ("Rebels shelled the town days after an ambush killed five.", "shelled", "ambush", True),
    ("Five people are killed after gunmen attack a market.", "killed", "attack", False),
    ("Police arrested two men shortly after the attack on the mall.", "arrested", "attack", False),
    ("Three days after the vote, protesters clashed with police.", "protesters", "clashed", False),
]


@pytest.mark.parametrize(("sentence", "first", "second", "apart"), GAP_PAIRS)
def test_a_gap_phrase_separates_what_it_introduces(
    nlp: Any, sentence: str, first: str, second: str, apart: bool
) -> None:
    doc = nlp(sentence)
    words = GapWords.from_words(load_date_words())
    a, b = (next(t for t in doc if t.text == word) for word in (first, second))
    assert are_apart_by_gap(a, b, words) is apart


TOTALS: list[Case] = [
    (
        "Twelve soldiers are killed in an ambush in Borno, bringing the death toll since January to 340.",
        "2020-03-05",
        "killed",
        ("2020-03-05", "unknown"),
    ),
    (
        "Rebels recapture three villages from government forces in Idlib, raising the number of villages "
        "recaptured since February 24 to 30.",
        "2020-03-05",
        "recapture",
        ("2020-03-05", "unknown"),
    ),
    (  # negatives: the event's own day still dates it
        "Twelve soldiers are killed in Borno on Monday, bringing the death toll since January to 340.",
        "2020-03-05",
        "killed",
        ("2020-03-02", "day"),
    ),
    (
        "Twelve soldiers are killed in Borno on Monday, bringing the death toll to 340.",
        "2020-03-05",
        "killed",
        ("2020-03-02", "day"),
    ),
    (  # no running total: "since" dates the killing's span
        "Since January, at least 300 people have been killed in Borno.",
        "2020-03-05",
        "killed",
        ("2020-01-01", "month"),
    ),
]


@pytest.mark.parametrize(("text", "date", "trigger", "expected"), TOTALS)
def test_a_running_total_clause_dates_the_total_only(
    text: str, date: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert coded_date_at(text, date, trigger) == expected


PRONOUNS: list[Case] = [
    (
        "Boko Haram attacked a military base in Borno on Friday. It says it killed 20 soldiers.",
        "2020-07-13",
        "killed",
        ("2020-07-10", "day"),
    ),
    (
        "The Taliban stormed a checkpoint in Kunduz on Tuesday. The group says it killed 11 policemen.",
        "2020-07-13",
        "killed",
        ("2020-07-07", "day"),
    ),
    (
        "Islamic State militants ambushed a patrol in Diyala on Friday. They killed four soldiers.",
        "2020-07-13",
        "killed",
        ("2020-07-10", "day"),
    ),
    (  # a verbless first sentence: its first name is the circumstance noun's doer
        "The Houthis launch missiles and drones into Saudi Arabia during an overnight attack. The movement "
        "says it struck an airbase in Jizan.",
        "2020-07-13",
        "struck",
        ("2020-07-12", "day"),
    ),
    (  # negatives: another actor's pronoun
        "Hamas fired rockets at Sderot on Saturday. Israel says it struck Hamas positions in Gaza.",
        "2020-07-13",
        "struck",
        ("2020-07-13", "unknown"),
    ),
    (
        "Al-Shabaab bombed a hotel in Mogadishu on Friday. Somalia says it killed the attackers.",
        "2020-07-13",
        "killed",
        ("2020-07-13", "unknown"),
    ),
    (  # the pronoun's actor did the undated act, not the dated one
        "The army carries out airstrikes on Gaza in response to overnight rocket attacks. It says it hit a "
        "weapons depot.",
        "2020-07-13",
        "hit",
        ("2020-07-13", "unknown"),
    ),
    (  # a named doer told again "later": no pronoun
        "The Taliban stormed a checkpoint in Kunduz on Tuesday. Afghan officials say the Taliban later "
        "killed 11 policemen in Baghlan.",
        "2020-07-13",
        "killed",
        ("2020-07-13", "unknown"),
    ),
]


@pytest.mark.parametrize(("text", "date", "trigger", "expected"), PRONOUNS)
def test_a_pronoun_doer_links_a_split_off_telling_to_its_day(
    text: str, date: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert coded_date_at(text, date, trigger) == expected


# text, trigger, its killed count: the next sentence's split-off telling shares the news's toll, not the
# toll of the happening across the gap
GAP_TOLLS: list[tuple[str, str, int]] = [
    (
        "Twenty villagers are killed in an attack in Mopti, one week after 35 are killed in another attack. "
        "The attackers, riding motorcycles, targeted mostly Fulani villages.",
        "targeted",
        20,
    ),
    (
        "Twenty villagers are killed in an attack in Mopti, two days after 35 are killed in another attack. "
        "The assailants also torched homes.",
        "torched",
        20,
    ),
    (  # negative: no gap, one attack
        "Twenty villagers are killed in an attack in Mopti. The assailants also torched homes.",
        "torched",
        20,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed"), GAP_TOLLS)
def test_a_split_off_telling_shares_the_toll_of_the_news_not_of_the_gap(
    text: str, trigger: str, killed: int
) -> None:
    events = code(text, "2019-06-18")
    found = [e.killed for e in events if text[e.trigger.start : e.trigger.end] == trigger]
    assert found == [killed]
    assert len([e for e in events if text[e.trigger.start : e.trigger.end] == "killed"]) == (
        2 if "after" in text else 1
    )
