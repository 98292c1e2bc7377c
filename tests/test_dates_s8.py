"""Date rules of session 7: which clause a date phrase belongs to, and a day shared between the mentions of
one happening.

- "will back a referendum unless Wednesday sees the deal passed" (told on a Monday): a present-tense clause
  of condition or time under a future clause tells the future, so the coming Wednesday; not under a past or
  present clause, nor a clause that is no condition;
- "the toll from Thursday's explosion": a possessive date opens no period after "from"; the nearer Thursday,
  read by its clause's tense, not the next one;
- "will partially lift its suspension of flights on September 15": the object of a verb of ending takes no
  day from it; not the object of another verb ("imposed a curfew on Monday");
- "jets began bombing on Monday night, ahead of an imminent invasion", "suspended on Monday pending an
  inquiry": a happening in the phrase of "ahead of" or "pending" is still to come and takes no day from the
  clause above; the clause keeps it, and a noun of another phrase ("as part of", "amid") takes it;
- "officers who had taken part in his detention were suspended yesterday": a past-perfect clause passes no
  date from above it to what it governs; its own date still counts;
- "after being arrested and convicted in 2018": a bare verb coordinated with a later one shares its time;
  not when the first has a phrase of its own, the second a subject of its own, or an adverb ("later");
- "… an activist detained on Friday. The activist was arrested on charges of …": a split-off mention that
  refers back to a party of the first telling (same noun, definite, same role) takes its day; not another
  noun, an indefinite one, two sentences on, another paragraph, another type of event;
- "… the massacre yesterday … It is the deadliest attack against civilians this year": an event noun said of
  a pronoun that refers back retells the first happening of its type of the sentence before and takes its
  day (this year is the comparison's range); not a noun said of another subject, across a paragraph, or
  after a first telling with no day;
- "… imposes a quarantine … The changes are effective from 04:00 tomorrow", "These cities will become alert
  zones effective October 10": a measure takes the start of the next sentence made "effective" whose
  subject refers back; not an indefinite subject, nor a clause with no "effective";
- "launch an investigation into the poisoning of X on August 20", "convicted of the murder of two tourists
  in 2014": a date of a happening named as a topic dates that happening, not the act about it; not a date
  of the act itself set apart from the happening's phrase.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.api import code
from dotterel.model import Action, Article
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of, date_of_case, find_word_span, to_event

# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str], int, tuple[str, str]]

CONDITIONS: list[Case] = [
    (
        "The party says it will back a second referendum unless Wednesday sees its plan approved by "
        "lawmakers.",
        "2019-02-25",
        ["approved"],
        0,
        ("2019-02-27", "day"),
    ),
    (
        "Unions will call off the strike if Friday brings a new offer accepted by the board.",
        "2020-03-10",
        ["accepted"],
        0,
        ("2020-03-13", "day"),
    ),
    # negatives: a past clause, and a present clause with no future above it
    (
        "The party backed the plan after Wednesday saw it approved by lawmakers.",
        "2019-02-25",
        ["approved"],
        0,
        ("2019-02-20", "day"),
    ),
    (
        "The party says it backs the plan as Wednesday sees it approved by lawmakers.",
        "2019-02-25",
        ["approved"],
        0,
        ("2019-02-20", "day"),
    ),
]

POSSESSIVES: list[Case] = [
    (
        "Officials say the death toll is now 40 from Thursday's explosion at a chemical plant.",
        "2019-03-22",
        ["explosion"],
        0,
        ("2019-03-21", "day"),
    ),
    (
        "The number of injured rose to 12 from Monday's blast at the market.",
        "2020-05-13",
        ["blast"],
        0,
        ("2020-05-11", "day"),
    ),
    # negative: a weekday that is no possessive still starts a period ("from Monday")
    (
        "The government will impose a curfew from Monday in the capital.",
        "2020-05-13",
        ["curfew"],
        0,
        ("2020-05-18", "day"),
    ),
]

LIFTED: list[Case] = [
    (
        "The kingdom will partially lift its suspension of international flights on September 15.",
        "2020-09-13",
        ["suspension"],
        0,
        ("2020-09-13", "unknown"),
    ),
    (
        "The curfew in the capital was eased on Monday after weeks of calm.",
        "2020-06-10",
        ["curfew"],
        0,
        ("2020-06-10", "unknown"),
    ),
    # negatives: the verb is not one of ending; the ending verb itself keeps its day
    (
        "The army imposed a curfew on the city on Monday.",
        "2020-06-10",
        ["curfew"],
        0,
        ("2020-06-08", "day"),
    ),
    (
        "The kingdom will partially lift its suspension of international flights on September 15.",
        "2020-09-13",
        ["lift"],
        0,
        ("2020-09-15", "day"),
    ),
]

AHEAD: list[Case] = [
    (
        "Officials say jets have begun bombing the border on Monday night, ahead of an imminent invasion.",
        "2019-10-08",
        ["bombing", "invasion"],
        1,
        ("2019-10-08", "unknown"),
    ),
    (
        "Two officers were suspended on Monday pending an inquiry into the raid.",
        "2020-06-10",
        ["suspended", "inquiry"],
        1,
        ("2020-06-10", "unknown"),
    ),
    # a date of the phrase itself still dates the happening to come
    (
        "The navy closes its borders with the islands ahead of the planned delivery of food aid into the "
        "country on February 23.",
        "2019-02-20",
        ["closes", "aid"],
        1,
        ("2019-02-23", "day"),
    ),
    # negatives: the act the phrase hangs on keeps its day; a noun of another phrase takes it
    (
        "Officials say jets have begun bombing the border on Monday night, ahead of an imminent invasion.",
        "2019-10-08",
        ["bombing", "invasion"],
        0,
        ("2019-10-07", "day"),
    ),
    (
        "Officials say jets have begun bombing the border on Monday night as part of an invasion.",
        "2019-10-08",
        ["bombing", "invasion"],
        1,
        ("2019-10-07", "day"),
    ),
    (
        "Two officers were suspended on Monday amid an inquiry into the raid.",
        "2020-06-10",
        ["suspended", "inquiry"],
        1,
        ("2020-06-08", "day"),
    ),
]

ANTERIOR: list[Case] = [
    (
        "The minister said yesterday that officers who had taken part in his detention were suspended.",
        "2019-06-12",
        ["detention"],
        0,
        ("2019-06-12", "unknown"),
    ),
    (
        "Prosecutors said on Monday that soldiers who had joined in the beating of protesters were charged.",
        "2020-06-10",
        ["beating"],
        0,
        ("2020-06-10", "unknown"),
    ),
    # negatives: the past-perfect clause's own date still dates it; a clause with no "had" passes it on
    (
        "Officers who had taken part in his detention on Friday were suspended.",
        "2019-06-12",
        ["detention"],
        0,
        ("2019-06-07", "day"),
    ),
    (
        "The minister said yesterday that officers took part in his detention.",
        "2019-06-12",
        ["detention"],
        0,
        ("2019-06-11", "day"),
    ),
]

CONJUNCTS: list[Case] = [
    (
        "The singer was released from prison, after being arrested and convicted in 2018 for propaganda.",
        "2020-09-30",
        ["released", "arrested", "convicted"],
        1,
        ("2018-01-01", "year"),
    ),
    (
        "Police arrested and charged two men on Monday over the robbery.",
        "2020-03-11",
        ["arrested", "charged"],
        0,
        ("2020-03-09", "day"),
    ),
    # negatives: an adverb that sets the second apart, a phrase of the first's own, a subject of the second
    (
        "The editor was arrested and later released on Monday.",
        "2020-03-11",
        ["arrested", "released"],
        0,
        ("2020-03-11", "unknown"),
    ),
    (
        "The editor was arrested at his home and released on Monday.",
        "2020-03-11",
        ["arrested", "released"],
        0,
        ("2020-03-11", "unknown"),
    ),
    (
        "Police arrested the editor and a court released him on Monday.",
        "2020-03-11",
        ["arrested", "released"],
        0,
        ("2020-03-11", "unknown"),
    ),
]

SPLIT_OFF: list[Case] = [
    (
        "The rights commissioner urges the authorities to free an activist detained on Friday. The activist "
        "was arrested on charges of vandalism.",
        "2020-08-08",
        ["detained", "arrested"],
        1,
        ("2020-08-07", "day"),
    ),
    (
        "Police detained a journalist in the capital on Tuesday. The journalist was held on suspicion of "
        "espionage.",
        "2020-08-13",
        ["detained", "held"],
        1,
        ("2020-08-11", "day"),
    ),
    # negatives: another noun, an indefinite noun, two sentences on, another paragraph
    (
        "Police detained an activist on Friday. The lawyer was arrested on charges of fraud.",
        "2020-08-08",
        ["detained", "arrested"],
        1,
        ("2020-08-08", "unknown"),
    ),
    (
        "Police detained an activist on Friday. An activist was arrested on charges of fraud.",
        "2020-08-08",
        ["detained", "arrested"],
        1,
        ("2020-08-08", "unknown"),
    ),
    (
        "Police detained an activist on Friday. Crowds gathered outside. The activist was arrested on "
        "charges of fraud.",
        "2020-08-08",
        ["detained", "arrested"],
        1,
        ("2020-08-08", "unknown"),
    ),
    (
        "Police detained an activist on Friday.\n\nThe activist was arrested on charges of fraud.",
        "2020-08-08",
        ["detained", "arrested"],
        1,
        ("2020-08-08", "unknown"),
    ),
]

COPULAR: list[Case] = [
    (
        "The toll from the massacre yesterday in the north rises to 110. It is the deadliest attack against "
        "civilians this year.",
        "2020-11-29",
        ["massacre", "attack"],
        1,
        ("2020-11-28", "day"),
    ),
    (
        "Gunmen stormed a village on Sunday, killing 12 people. This was the third such raid in the region "
        "this month.",
        "2020-06-03",
        ["stormed", "raid"],
        1,
        ("2020-05-31", "day"),
    ),
    # negatives: a subject that is no pronoun; a new paragraph; no dated first telling
    (
        "The toll from the massacre yesterday in the north rises to 110. Officials call it the deadliest "
        "attack against civilians this year.",
        "2020-11-29",
        ["massacre", "attack"],
        1,
        ("2020-01-01", "year"),
    ),
    (
        "The toll from the massacre yesterday in the north rises to 110.\n\nIt is the deadliest attack "
        "against civilians this year.",
        "2020-11-29",
        ["massacre", "attack"],
        1,
        ("2020-01-01", "year"),
    ),
    (
        "Gunmen stormed a village, killing 12 people. This was the third such raid in the region this month.",
        "2020-06-03",
        ["stormed", "raid"],
        1,
        ("2020-06-01", "month"),
    ),
]

EFFECTIVE: list[Case] = [
    (
        "The country imposes a two-week quarantine on travellers from three countries. The changes are "
        "effective from 04:00 tomorrow.",
        "2020-08-07",
        ["quarantine"],
        0,
        ("2020-08-08", "day"),
    ),
    (
        "The government imposes tighter restrictions in four cities. These cities will become maximum alert "
        "zones effective October 10.",
        "2020-10-08",
        ["restrictions"],
        0,
        ("2020-10-10", "day"),
    ),
    # negatives: an indefinite subject; a next clause with no "effective"
    (
        "The government imposes tighter restrictions in four cities. Two other cities will become alert "
        "zones effective October 10.",
        "2020-10-08",
        ["restrictions"],
        0,
        ("2020-10-08", "unknown"),
    ),
    (
        "The government imposes tighter restrictions in four cities. These cities will hold elections on "
        "October 10.",
        "2020-10-08",
        ["restrictions"],
        0,
        ("2020-10-08", "unknown"),
    ),
]

TOPICS: list[Case] = [
    (
        "Police launch an investigation into the suspected poisoning of an opposition leader on August 20.",
        "2020-08-27",
        ["investigation"],
        0,
        ("2020-08-27", "unknown"),
    ),
    (
        "Hundreds of people demanded answers into the police shooting of a young man on December 30.",
        "2020-12-31",
        ["demanded"],
        0,
        ("2020-12-31", "unknown"),
    ),
    (
        "The king pardons two men convicted of the murder of two tourists in 2014 on the island.",
        "2020-08-15",
        ["convicted"],
        0,
        ("2020-08-15", "unknown"),
    ),
    # the happening itself, as an event, takes the day wherever the parser hangs it
    (
        "The leader issues an apology over the shooting death of a fisherman in disputed waters on Tuesday.",
        "2020-09-25",
        ["apology", "shooting"],
        1,
        ("2020-09-22", "day"),
    ),
    (
        "The leader issues an apology over the shooting death of a fisherman in disputed waters on Tuesday.",
        "2020-09-25",
        ["apology", "shooting"],
        0,
        ("2020-09-25", "unknown"),
    ),
    (
        "Hundreds of people demanded answers into the police killing of a young man on December 30.",
        "2020-12-31",
        ["demanded", "killing"],
        1,
        ("2020-12-30", "day"),
    ),
    # negatives: the act's own date set apart from the happening's phrase; a date of a noun that is no
    # happening
    (
        "Police launched an investigation on Monday into the poisoning of an opposition leader.",
        "2020-08-27",
        ["investigation"],
        0,
        ("2020-08-24", "day"),
    ),
    (
        "Hundreds of people protested against the closure of the mine on Sunday.",
        "2020-08-27",
        ["protested"],
        0,
        ("2020-08-23", "day"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize("case", CONDITIONS)
def test_a_condition_under_a_future_clause_looks_ahead(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", POSSESSIVES)
def test_a_possessive_date_opens_no_period(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", LIFTED)
def test_a_lifted_measure_takes_no_day_from_its_end(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", AHEAD)
def test_a_happening_ahead_takes_no_day_from_above(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", ANTERIOR)
def test_a_past_perfect_clause_passes_no_date_down(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", CONJUNCTS)
def test_a_bare_verb_shares_its_conjuncts_time(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", SPLIT_OFF)
def test_a_split_off_mention_takes_its_first_tellings_day(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize(
    ("kind", "expected"), [("COERCE", ("2020-08-07", "day")), ("PROTEST", ("2020-08-08", "unknown"))]
)
def test_a_split_off_mention_is_of_the_same_type(
    parse: Callable[..., Article], stage: DatesStage, kind: str, expected: tuple[str, str]
) -> None:
    article = parse(
        "Police detained an activist on Friday. The activist was arrested for fraud.", date="2020-08-08"
    )
    first = to_event(article, find_word_span(article, "detained"), Action("COERCE", None, "173", -5.0, 4))
    action = Action(kind, None, "173" if kind == "COERCE" else "141", -5.0, 4)
    article.events = [first, to_event(article, find_word_span(article, "arrested"), action, number=1)]
    assert date_of(stage, article, 1) == expected


@pytest.mark.parametrize("case", COPULAR)
def test_an_event_noun_said_of_a_pronoun_retells_the_happening_before(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", EFFECTIVE)
def test_a_next_sentence_made_effective_starts_the_measure(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", TOPICS)
def test_a_date_of_a_topic_happening_is_not_the_acts(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


CONTINUATIONS = [
    # text, the date precision of each event in order. A harm told as two events with one trigger ("kills
    # the governor and his driver, and wounds their guards") before an undated harm: the latest earlier
    # harm is chosen by position alone (comparing the events themselves raised a TypeError and lost the
    # article); an undated continuation of a harm dated to the day takes its day; a later attack does not.
    (
        "A bombing in Herat kills the provincial governor and his driver, and wounds their guards. In a "
        "later attack in Badghis Province, a district chief was killed while another official was wounded.",
        ["unknown", "unknown"],
    ),
    (
        "An airstrike on Monday killed six militants in Idlib. Three other militants were wounded.",
        ["day"],  # the wounded are that airstrike's (merge_victim_clauses.py): one event
    ),
]


@pytest.mark.parametrize(("text", "precisions"), CONTINUATIONS)
def test_an_undated_harm_continues_the_latest_dated_one(text: str, precisions: list[str]) -> None:
    assert [e.date_precision for e in code(text, "2020-10-09")] == precisions
