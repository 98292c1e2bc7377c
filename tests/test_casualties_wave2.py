"""Tolls of joined victims, of gapped clauses, and tolls that belong to another event.

"a priest and his father were killed" counts two (kin nouns with a possessive are persons); "three are
killed and at least 20 injured": the gapped clause's own number is the injured; "the killing of X and Y"
counts its victims; a charge, plea, investigation or request takes no killed or injured count (the dead are
the crime's); an event noun said to be another occasion ("the previous attack"), or dated on another day
than the casualty event above it ("where similar attacks had occurred on Monday"), takes no toll but its
own; an undated harm of "other" victims continues the dated harm of the sentence before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from dotterel.model import Action, Article
from dotterel.stages.casualties import CasualtiesStage
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import find_word_span, to_event

ACCUSE = Action("ACCUSE", None, "112", -2.0, 2)
ASSAULT = Action("ASSAULT", None, "190", -10.0, 4)


@pytest.fixture(scope="module")
def stages() -> tuple[DatesStage, CasualtiesStage]:
    """The dates and casualties stages over the packaged words."""
    return DatesStage(), CasualtiesStage()


def _coded(
    parse: Callable[..., Article],
    stages: tuple[DatesStage, CasualtiesStage],
    text: str,
    triggers: Sequence[tuple[str, Action]],
    date: str = "2020-05-28",
) -> Article:
    article = parse(text, date=date)
    article.events = [
        to_event(article, find_word_span(article, word), action, number)
        for number, (word, action) in enumerate(triggers)
    ]
    dates, casualties = stages
    return casualties(dates(article))


# text, [(trigger, type)], expected [(trigger, killed, injured)]
TOLLS = [
    # joined person phrases count each person
    (
        "A priest and his father were killed in an attack on their car in Qamishli.",
        [("killed", ASSAULT)],
        [("killed", 2, None)],
    ),
    (
        "Gunmen shot dead a journalist and his wife at their home in Kabul.",
        [("shot", ASSAULT)],
        [("shot", 2, None)],
    ),
    (
        "The group claimed the killing of a police officer and his son in Sinai.",
        [("killing", ASSAULT)],
        [("killing", 2, None)],
    ),
    # the gapped clause's own number is the injured; a number word tagged as an adjective still counts
    (
        "Four soldiers are killed and at least 15 injured when a bomb hits their convoy in Kidal.",
        [("killed", ASSAULT)],
        [("killed", 4, 15)],
    ),
    (
        "Nine people are killed and 30 others injured after gunmen attack a market in Zamfara.",
        [("killed", ASSAULT)],
        [("killed", 9, 30)],
    ),
    # negatives: a legal or requesting event takes no crime toll
    (
        "Police open an investigation into the murder of a journalist in Valletta.",
        [("investigation", ACCUSE)],
        [("investigation", None, None)],
    ),
    (
        "A former soldier pleads guilty to killing three villagers in 2012.",
        [("pleads", ACCUSE)],
        [("pleads", None, None)],
    ),
    # another occasion keeps only its own toll
    (
        "Twelve soldiers are killed in an ambush by militants blamed for the previous attack on the base.",
        [("killed", ASSAULT), ("attack", ASSAULT)],
        [("killed", 12, None), ("attack", None, None)],
    ),
    (
        "Bandits kill 40 people in villages in Katsina, where similar raids had taken place on Monday.",
        [("kill", ASSAULT), ("raids", ASSAULT)],
        [("kill", 40, None), ("raids", None, None)],
    ),
    # negative: the same occasion, a noun of the casualty verb's clause, keeps the toll
    (
        "Twelve soldiers are killed in an ambush by militants near the border.",
        [("killed", ASSAULT), ("ambush", ASSAULT)],
        [("killed", 12, None), ("ambush", 12, None)],
    ),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), TOLLS)
def test_a_toll_counts_joined_victims_and_stays_with_its_own_event(
    parse: Callable[..., Article],
    stages: tuple[DatesStage, CasualtiesStage],
    text: str,
    triggers: list[tuple[str, Action]],
    expected: list[tuple[str, int | None, int | None]],
) -> None:
    article = _coded(parse, stages, text, triggers)
    got = [(article.text[e.trigger.start : e.trigger.end], e.killed, e.injured) for e in article.events]
    assert got == expected


# text, [(trigger, type)], trigger to check, expected (date, precision)
CONTINUED = [
    (
        "An airstrike on Monday killed six militants near Jilib. Three other militants were wounded.",
        [("airstrike", ASSAULT), ("wounded", ASSAULT)],
        "wounded",
        ("2020-05-25", "day"),
    ),
    (
        "Rebels shelled the town on Sunday, killing four people. Another soldier was injured by a sniper.",
        [("shelled", ASSAULT), ("injured", ASSAULT)],
        "injured",
        ("2020-05-24", "day"),
    ),
    # negatives: no word of more victims, or another paragraph
    (
        "An airstrike on Monday killed six militants near Jilib. Three soldiers were wounded.",
        [("airstrike", ASSAULT), ("wounded", ASSAULT)],
        "wounded",
        ("2020-05-28", "unknown"),
    ),
    (
        "An airstrike on Monday killed six militants near Jilib.\n\nThree other militants were wounded.",
        [("airstrike", ASSAULT), ("wounded", ASSAULT)],
        "wounded",
        ("2020-05-28", "unknown"),
    ),
]


@pytest.mark.parametrize(("text", "triggers", "trigger", "expected"), CONTINUED)
def test_more_victims_of_a_dated_harm_take_its_day(
    parse: Callable[..., Article],
    stages: tuple[DatesStage, CasualtiesStage],
    text: str,
    triggers: list[tuple[str, Action]],
    trigger: str,
    expected: tuple[str, str],
) -> None:
    article = _coded(parse, stages, text, triggers)
    (event,) = [e for e in article.events if article.text[e.trigger.start : e.trigger.end] == trigger]
    assert (event.date.isoformat() if event.date else None, event.date_precision) == expected
