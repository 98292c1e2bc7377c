"""Round-2 date rules of session 6: a harm told again with another word, and a day an event is moved to.

- "A cargo ship was struck by a mine … The coast guard confirmed an incident involving the ship overnight",
  "Gunmen opened fire on a bus … The attack on Sunday killed five": an undated harm (ASSAULT) takes the day of
  an incident noun of the next sentence that refers back (definite, possessive) or names a participant of
  the harm's clause; not an indefinite noun naming none, not two sentences on, not across a paragraph, not
  for another kind of event, not when the date dates another noun;
- "an airstrike on a rebel base on Sunday night. … the operation destroyed a weapons depot": a verb whose
  subject is a definite generic event noun takes the date of the earlier specific noun it refers back to;
  not an indefinite or passive subject, nor a noun of another kind;
- "Two people were injured at a rally on Saturday": an event noun the harm happened "at" is its
  circumstance, like "in" and "during": the harm takes its day; not a day of another happening inside it
  ("a rally organised after the election on Sunday") nor of a relative clause of a party ("officers who had
  arrested a man on Sunday");
- "postponed the hearing to January 3", told in February: the next January 3, not the one just past; a
  weekday is the next one; a day with its year stays.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.model import Action, Article
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of, date_of_case, find_word_span, to_event

# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str], int, tuple[str, str]]

INCIDENTS: list[Case] = [
    (
        "A cargo ship was struck by a mine off the coast of Yemen. The coast guard confirmed an incident "
        "involving the ship overnight.",
        "2020-03-06",
        ["struck"],
        0,
        ("2020-03-05", "day"),
    ),
    (
        "Gunmen opened fire on a bus carrying pilgrims in the north. The attack on Sunday killed five "
        "people.",
        "2020-07-01",
        ["opened"],
        0,
        ("2020-06-28", "day"),
    ),
    (
        "Militants stormed an army post near the border. The army said Sunday's assault left three soldiers "
        "dead.",
        "2020-07-01",
        ["stormed"],
        0,
        ("2020-06-28", "day"),
    ),
    # negatives: an incident the retelling relates the harm to is another happening ("follows", "came
    # after"), not the harm told again
    (
        "A rocket hit a military base north of the capital. The attack follows Tuesday's ambush on a convoy.",
        "2020-07-02",
        ["hit"],
        0,
        ("2020-07-02", "unknown"),
    ),
    (
        "A car bomb exploded outside a police station. The bombing came after last Friday's raid on the "
        "camp.",
        "2020-07-02",
        ["exploded"],
        0,
        ("2020-07-02", "unknown"),
    ),
    # negatives: an indefinite noun naming no participant, two sentences on, a new paragraph, a date of
    # another noun
    (
        "Rebels shelled the town. Separately, an attack on Sunday killed five people in another province.",
        "2020-07-01",
        ["shelled"],
        0,
        ("2020-07-01", "unknown"),
    ),
    (
        "Gunmen opened fire on a bus carrying pilgrims. Residents fled the area. The attack on Sunday killed "
        "five people.",
        "2020-07-01",
        ["opened"],
        0,
        ("2020-07-01", "unknown"),
    ),
    (
        "Gunmen opened fire on a bus carrying pilgrims.\n\nThe attack on Sunday killed five people.",
        "2020-07-01",
        ["opened"],
        0,
        ("2020-07-01", "unknown"),
    ),
    (
        "Gunmen opened fire on a bus carrying pilgrims. The attack came as talks on Sunday collapsed.",
        "2020-07-01",
        ["opened"],
        0,
        ("2020-07-01", "unknown"),
    ),
]

SUBJECTS: list[Case] = [
    (
        "Government aircraft carried out an airstrike on a rebel base on Sunday night. The army says the "
        "operation destroyed a weapons depot.",
        "2020-07-01",
        ["destroyed"],
        0,
        ("2020-06-28", "day"),
    ),
    (
        "A suicide bombing hit a crowded market in the capital on Tuesday. Officials say the attack killed "
        "14 people.",
        "2020-07-02",
        ["killed"],
        0,
        ("2020-06-30", "day"),
    ),
    # negatives: an indefinite subject, a passive subject, a noun of another kind
    (
        "A suicide bombing hit a crowded market in the capital on Tuesday. Officials say an attack killed "
        "14 people in the north.",
        "2020-07-02",
        ["killed"],
        0,
        ("2020-07-02", "unknown"),
    ),
    (
        "Government aircraft carried out an airstrike on a rebel base on Sunday night. The operation was "
        "criticised by rights groups.",
        "2020-07-01",
        ["criticised"],
        0,
        ("2020-07-01", "unknown"),
    ),
    (
        "Protesters staged a sit-in outside the ministry on Sunday. The operation cleared the square of "
        "tents.",
        "2020-07-01",
        ["cleared"],
        0,
        ("2020-07-01", "unknown"),
    ),
]

AT_OCCASIONS: list[Case] = [
    (
        "Two people were injured at a rally on Saturday.",
        "2020-06-15",
        ["injured", "rally"],
        0,
        ("2020-06-13", "day"),
    ),
    (
        "A man was shot at a rally outside the town hall on Saturday.",
        "2020-06-15",
        ["shot", "rally"],
        0,
        ("2020-06-13", "day"),
    ),
    (
        "Three people were wounded at a protest in the capital on Friday.",
        "2020-06-15",
        ["wounded", "protest"],
        0,
        ("2020-06-12", "day"),
    ),
    # negatives: a day of another happening inside the event noun's phrase, a party's relative clause
    (
        "Two people were injured at a rally organised after the election on Sunday.",
        "2020-06-15",
        ["injured", "rally"],
        0,
        ("2020-06-15", "unknown"),
    ),
    (
        "Protesters threw stones at police officers who had arrested a man on Sunday.",
        "2020-06-15",
        ["threw", "arrested"],
        0,
        ("2020-06-15", "unknown"),
    ),
]

MOVED: list[Case] = [
    (
        "The judge postponed the hearing to January 3 at the request of the defence.",
        "2020-02-10",
        ["hearing"],
        0,
        ("2021-01-03", "day"),
    ),
    (
        "The electoral commission has moved the runoff vote to February 2.",
        "2020-03-15",
        ["vote"],
        0,
        ("2021-02-02", "day"),
    ),
    (
        "Lawmakers postponed the vote until Monday after a walkout by the opposition.",
        "2020-02-12",
        ["vote"],
        0,
        ("2020-02-17", "day"),
    ),
    (
        "The rally that was to be held on June 19 in Tulsa is rescheduled to June 20.",
        "2020-06-13",
        ["rally"],
        0,
        ("2020-06-20", "day"),
    ),
    # negatives: a day with its year stays; a day the event was held is not moved
    (
        "The court postponed the hearing to January 3, 2019, the records show.",
        "2020-02-10",
        ["hearing"],
        0,
        ("2019-01-03", "day"),
    ),
    (
        "The vote was held on January 3 amid a boycott by the opposition.",
        "2020-02-10",
        ["vote"],
        0,
        ("2020-01-03", "day"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize("case", INCIDENTS)
def test_an_incident_noun_next_tells_the_harms_day(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize(
    ("kind", "expected"), [("ASSAULT", ("2020-06-28", "day")), ("PROTEST", ("2020-07-01", "unknown"))]
)
def test_only_a_harm_takes_the_incidents_day(
    parse: Callable[..., Article], stage: DatesStage, kind: str, expected: tuple[str, str]
) -> None:
    article = parse(
        "Crowds marched on the embassy in the capital. The attack on Sunday left two guards wounded.",
        date="2020-07-01",
    )
    action = Action(kind, None, "190" if kind == "ASSAULT" else "141", -5.0, 4)
    article.events = [to_event(article, find_word_span(article, "marched"), action)]
    assert date_of(stage, article) == expected


@pytest.mark.parametrize("case", SUBJECTS)
def test_a_definite_subject_refers_back_to_a_dated_harm(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", AT_OCCASIONS)
def test_a_harm_at_an_event_takes_its_day(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", MOVED)
def test_a_day_an_event_is_moved_to_lies_ahead(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]
