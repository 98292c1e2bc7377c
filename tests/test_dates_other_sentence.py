"""Date rules of session 12, round 2: the happening's day stated in another sentence or clause.

- "the day prior" counts back like "the day before" ("funerals for 25 people bombed and shot the day prior").
- A strike told first without a day and again in the next sentence with one ("reports its first armed drone
  strike. On Saturday, a Reaper drone strike killed seven") is one strike; a general strike called on a day
  is no retelling of an attack.
- A kidnapping told first with a month and then with a day inside it, its victim named again ("The captain
  was kidnapped … on April 19"), takes the day; a day outside that month is kept apart.
- A clause told under a verb that has no date but took place in a dated happening ("were killed in
  Saturday's protests after … opened fire") takes that happening's day.
- "On the eve of" an election the text dates ("Sunday's presidential election") is the day before it; an
  eve of an undated election dates nothing.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_date_at

# text, article date, trigger text, expected (date, precision) of the event at that trigger
Case = tuple[str, str, str, tuple[str, str]]


PRIOR = (
    "A bomb explodes near a Sikh crematorium in Kabul, wounding a child and disrupting funerals for 25 people"
)
STRIKE = "France's defense ministry reports its first armed drone strike."
CAPTAIN = (
    "The Bulgarian captain of Portuguese-flagged cargo ship the Tommi Ritscher, who was kidnapped along with "
    "seven other sailors by pirates off the coast of Benin last month, is freed."
)
MAKENI = (
    "Officials in Sierra Leone report that four protesters, looking to block the movement of a power "
    "generator to another town, were killed in the city of Makeni in"
)
EVE = (
    "Belarusian security forces arrest Maria Moroz, the campaign manager of leading opposition candidate "
    "Sviatlana Tsikhanouskaya, and three Open Russia activists who traveled to Belarus to observe"
)

CASES: list[Case] = [
    (f"{PRIOR} bombed and shot the day prior.", "2020-03-26", "bombed", ("2020-03-25", "day")),
    (  # negative: no day stated, the article date without a day
        f"{PRIOR} bombed and shot in the city.",
        "2020-03-26",
        "bombed",
        ("2020-03-26", "unknown"),
    ),
    (
        f"{STRIKE} On Saturday, a Reaper drone strike killed seven in central Mali.",
        "2019-12-23",
        "first armed drone strike",
        ("2019-12-21", "day"),
    ),
    (  # negative: a general strike called on a day is no telling of the attack
        "Gunmen attack a police station in Srinagar. Separatists call a general strike on Monday.",
        "2019-12-23",
        "attack",
        ("2019-12-23", "unknown"),
    ),
    (
        f"{CAPTAIN} The captain was kidnapped at the port of Cotonou in the Gulf of Guinea on April 19.",
        "2020-05-25",
        "kidnapped",
        ("2020-04-19", "day"),
    ),
    (  # negative: a day outside the month first told is another happening
        f"{CAPTAIN} The captain was kidnapped at the port of Cotonou in the Gulf of Guinea on March 19.",
        "2020-05-25",
        "kidnapped",
        ("2020-04-01", "month"),
    ),
    (
        f"{MAKENI} Saturday's protests after both police and soldiers opened fire on them.",
        "2020-07-19",
        "opened",
        ("2020-07-18", "day"),
    ),
    (  # negative: protests with no day
        f"{MAKENI} protests after both police and soldiers opened fire on them.",
        "2020-07-19",
        "opened",
        ("2020-07-19", "unknown"),
    ),
    (
        f'On the eve of a presidential election, {EVE} "Sunday\'s presidential election".',
        "2020-08-08",
        "arrest",
        ("2020-08-08", "day"),
    ),
    (  # negative: the eve of an election the text does not date
        f'On the eve of a presidential election, {EVE} "the presidential election".',
        "2020-08-08",
        "arrest",
        ("2020-08-08", "unknown"),
    ),
]


@pytest.mark.parametrize(("text", "date", "trigger", "expected"), CASES)
def test_a_day_stated_in_another_sentence_or_clause(
    text: str, date: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert coded_date_at(text, date, trigger) == expected
