"""Counts of people: arrested and abducted next to killed and injured, and the bound of every count.

End to end through the default pipeline: each row is a sentence, the event (type, CAMEO prefix) it must
hold, and the counts and bounds that event must carry. Negative rows check counts that must stay empty.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from dotterel.model import Article, Event
from dotterel.pipeline import Pipeline
from dotterel.store import Store


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The default pipeline."""
    return Pipeline.from_settings()


def code(pipeline: Pipeline, text: str) -> list[Event]:
    """Return the events of one article dated 2020-01-05."""
    article = pipeline.code_article(Article("people-counts", dt.date(2020, 1, 5), text))
    assert isinstance(article, Article)
    return article.events


def counts_of(event: Event) -> dict[str, Any]:
    """Return the counts an event states and their bounds."""
    values = {k: getattr(event, k) for k in ("killed", "injured", "arrested", "abducted")}
    return {**{k: v for k, v in values.items() if v is not None}, "bounds": dict(event.count_bounds)}


# sentence, (type, CAMEO prefix) of the event, its counts and bounds
ROWS: list[tuple[str, tuple[str, str], dict[str, Any]]] = [
    (
        "Police arrested 12 protesters in Hong Kong on Sunday.",
        ("COERCE", "173"),
        {"arrested": 12, "bounds": {}},
    ),
    (
        "Security forces detained more than 200 people after the rally in Tehran.",
        ("COERCE", "173"),
        {"arrested": 200, "bounds": {"arrested": "at_least"}},
    ),
    (
        "Police made 40 arrests during the clashes in Paris.",
        ("COERCE", "173"),
        {"arrested": 40, "bounds": {}},
    ),
    (
        "Gunmen kidnapped dozens of students from a school in Kaduna.",
        ("ASSAULT", "181"),
        {"abducted": 24, "bounds": {"abducted": "at_least"}},
    ),
    (
        "At least 12 people were killed and up to 40 injured in a bomb blast in Kabul.",
        ("ASSAULT", "183"),
        {"killed": 12, "injured": 40, "bounds": {"killed": "at_least", "injured": "at_most"}},
    ),
    (
        "Between 10 and 15 soldiers were killed in an ambush in Borno.",
        ("ASSAULT", "19"),
        {"killed": 10, "bounds": {"killed": "at_least"}},
    ),
    (
        "The attack killed 10 to 15 civilians in Idlib.",
        ("ASSAULT", "19"),
        {"killed": 10, "bounds": {"killed": "at_least"}},
    ),
    (
        "A car bomb killed 10-15 people in a market in Mogadishu.",
        ("ASSAULT", "18"),
        {"killed": 10, "bounds": {"killed": "at_least"}},
    ),
    (
        "Some 30 people died in the attack on the village.",
        ("ASSAULT", "19"),
        {"killed": 30, "bounds": {"killed": "about"}},
    ),
    (
        "Nearly 50 people were wounded in the explosion in Beirut.",
        ("ASSAULT", "18"),
        {"injured": 50, "bounds": {"injured": "at_most"}},
    ),
    # tolls of the fresh readings: a shared passive subject, "both", a count of another kind in the list
    (
        "A 16-year-old boy is shot and killed during protests in Caracas.",
        ("ASSAULT", "19"),
        {"killed": 1, "bounds": {}},
    ),
    (
        "A helicopter is shot down by rebels near Nayrab, killing both pilots.",
        ("ASSAULT", "19"),
        {"killed": 2, "bounds": {}},
    ),
    (
        "A mass shooting in Guanajuato leaves at least 11 people dead and one injured.",
        ("ASSAULT", "19"),  # the injured of "leaves … dead and one injured" are the shooting's too
        {"killed": 11, "injured": 1, "bounds": {"killed": "at_least"}},
    ),
    (
        "A bomb explodes in the market. It kills 13 people and wounds more than 30 others.",
        ("ASSAULT", "183"),  # "It kills" retells the bombing: one event with both counts
        {"killed": 13, "injured": 30, "bounds": {"injured": "at_least"}},
    ),
    # negatives: exact counts carry no bound; a killing's count is not an arrest and the other way round;
    # conjoined victims of one kind still add up
    (
        "Gunmen killed 12 soldiers and three civilians in Borno.",
        ("ASSAULT", "19"),
        {"killed": 15, "bounds": {}},
    ),
    (
        "Four family members, three women and one man, were killed in the strike.",
        ("ASSAULT", "19"),
        {"killed": 4, "bounds": {}},
    ),
    (
        "Militants killed seventy-one soldiers near the border.",
        ("ASSAULT", "19"),
        {"killed": 71, "bounds": {}},
    ),
    (
        "Troops killed five protesters and arrested 200 in Baghdad.",
        ("ASSAULT", "19"),
        {"killed": 5, "bounds": {}},
    ),
    (
        "Troops killed five protesters and arrested 200 in Baghdad.",
        ("COERCE", "173"),
        {"arrested": 200, "bounds": {}},
    ),
    (
        "Police arrested a man who killed three people in Lyon.",
        ("COERCE", "173"),
        {"arrested": 1, "bounds": {}},
    ),
]


@pytest.mark.parametrize(("text", "action", "expected"), ROWS)
def test_an_event_carries_its_people_counts_and_their_bounds(
    pipeline: Pipeline, text: str, action: tuple[str, str], expected: dict[str, Any]
) -> None:
    events = [
        e for e in code(pipeline, text) if e.action.type == action[0] and e.action.cameo.startswith(action[1])
    ]
    assert events, [(e.action.type, e.action.cameo) for e in code(pipeline, text)]
    assert counts_of(events[0]) == expected


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        ("Police threatened to arrest 100 protesters in Minsk.", set()),  # unreal: no count
        ("The opposition leader was jailed for 10 years in 2019.", {1}),  # a term is no count of people
        ("The court ordered the detention of the suspect for 15 days.", {1}),
        ("Protesters marched through Minsk on Sunday.", set()),
    ],
)
def test_a_term_or_an_unreal_arrest_is_no_count_of_people(
    pipeline: Pipeline, text: str, arrested: set[int]
) -> None:
    assert {e.arrested for e in code(pipeline, text) if e.arrested is not None} == arrested


def test_counts_and_bounds_survive_the_store(pipeline: Pipeline, tmp_path: Any) -> None:
    article = pipeline.code_article(
        Article("kaduna", dt.date(2020, 1, 5), "Gunmen kidnapped dozens of students from a school in Kaduna.")
    )
    assert isinstance(article, Article)
    with Store(tmp_path / "events.duckdb") as store:
        store.write([article])
        (mention,) = [r for r in store.mention_records() if r["type"] == "ASSAULT"]
        (event,) = [r for r in store.event_records() if r["type"] == "ASSAULT"]
    for record in (mention, event):
        assert (record["abducted"], record["count_bounds"]) == (24, {"abducted": "at_least"})
        assert record["evidence"]["spans"]["abducted"]


@pytest.mark.parametrize(
    ("text", "harms"),
    [
        # a relative clause that retells an attack is that attack, with its toll
        (
            "Gunmen staged a Wednesday attack in Nangade District, Mozambique, which killed seven people.",
            [7],
        ),
        ("Militants carried out an attack on an army base in Borno, which killed seven soldiers.", [7]),
        ("The bombing, which wounded 20 people, was claimed by the Taliban.", [None]),
        # negatives: a person's relative clause is an act of its own; so is one with another subject
        ("Police arrested the man who killed three people in Lyon.", [3]),
        ("Troops shelled the village that rebels had attacked.", [None, None]),
    ],
)
def test_a_relative_clause_retelling_an_attack_is_that_attack(
    pipeline: Pipeline, text: str, harms: list[int | None]
) -> None:
    assert [e.killed for e in code(pipeline, text) if e.action.type == "ASSAULT"] == harms
