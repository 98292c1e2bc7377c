"""Plain acts of the day that gave no event (session 16, recall16b).

Each table pairs news-like sentences with negatives:
- a protest told only by where it spread, a common noun with a country word ("in major Iranian cities"), is
  that country's protesters' (dotterel/stages/protest_countries.py); a named place or a named actor is left
  to the rules that read them;
- "X announces his resignation" is X's resignation when X is a name no book knows, as "X resigns" is
  (dotterel/stages/named_doers.py); not when the resignation is someone else's ("the resignation of the
  cabinet");
- a subject split by the parser at a place's comma ("A Hennepin County, Minnesota judge drops the charge") is
  the noun after the comma (dotterel/stages/split_subjects.py);
- an arrest is never an accident, whatever crash the sentence tells (hazards.yaml ``legal_modes``); a crash's
  own toll is still no attack;
- charges "stayed" are dropped (verbs.concede-stay-case); staying in charge is no act;
- designating a group a terrorist organisation bans it (verbs.coerce-designate-terrorist, COERCE 1722), the
  label told as an "as" phrase or as a verbless clause ("declares Hezbollah a terrorist organization");
  calling a group terrorist in speech is none;
- a nationality word between a title and a name is a first name, not the person's country
  (dotterel/stages/first_name_demonyms.py).
"""

from __future__ import annotations

import pytest

from dotterel.api import code, code_articles
from dotterel.model import Actor, Article, Event
from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_trigger_act

DATE = "2019-08-20"


def _actor(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return f"{actor.name or actor.text}/{actor.country}"


def _events(pipeline: Pipeline, sentence: str) -> list[tuple[str, str, str | None, str | None]]:
    events: list[Event] = code(sentence, DATE, pipeline=pipeline)
    return [
        (e.action.type, sentence[e.trigger.start : e.trigger.end], _actor(e.source), _actor(e.target))
        for e in events
    ]


CODED = [
    # sentence, (type, trigger, source, target) expected among the events, or None: no event of that trigger
    ("Large protests erupt in major Iranian cities over fuel prices.",
     "protests", ("PROTEST", "protests", "Iranian/IRN", "Iranian/IRN")),
    ("Thousands protest in several Lebanese towns against the new tax.",
     "protest", ("PROTEST", "protest", "Lebanese/LBN", "Lebanese/LBN")),
    ("Large protests erupt in Tehran over fuel prices.",
     "protests", ("PROTEST", "protests", None, "Tehran/IRN")),
    ("FEMA Administrator Brock Long announces his resignation.",
     "resignation", ("RETREAT", "resignation", "Brock Long/None", None)),
    ("Party leader Jan Novak announces the resignation of the cabinet.",
     "resignation", ("RETREAT", "resignation", "Jan Novak/None", None)),
    ("A Hennepin County, Minnesota judge drops the murder charge against the officer.",
     # the judge's seat (052d8ec) gives both sides a country
     "drops", ("CONCEDE", "drops", "judge/USA", "officer/USA")),
    ("Paris, the French capital, hosts the summit of the two leaders.",
     "hosts", ("CONSULT", "hosts", "France/FRA", "two leaders/None")),
    ("The driver is arrested after crashing into a tree.",
     "arrested", ("COERCE", "arrested", None, "driver/None")),
    ("Crown prosecutors stayed the charges against the former senator.",
     "stayed", ("CONCEDE", "stayed", "prosecutors/None", "senator/None")),
    ("The minister stayed in charge of the case until March.", "stayed", None),
    ("Argentina declares Hezbollah a terrorist organization.",
     "declares", ("COERCE", "declares", "Argentina/ARG", "Hezbollah/LBN")),
    ("Kosovo designates Hezbollah as a terrorist organization.",
     "designates", ("COERCE", "designates", "Kosovo/XKX", "Hezbollah/LBN")),
    ("Britain lists Hamas as a terrorist group.",
     "lists", ("COERCE", "lists", "United Kingdom/GBR", "Hamas/PSE")),
    ("The minister called the rebels a terrorist group in a speech.", "called", None),
    ("Trump calls the Antifa movement a terrorist organization.", "calls", None),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), CODED, ids=[c[0][:40] for c in CODED])
def test_plain_act(
    pipeline: Pipeline, sentence: str, trigger: str, expected: tuple[str, str, str | None, str | None] | None
) -> None:
    assert_trigger_act(_events(pipeline, sentence), trigger, expected)


NOT_PROTESTERS = [
    # a protest with a named place keeps the place's rules; a country word that is not in the place phrase
    # ("Iranian protesters") is read by the actors stage, not here
    ("Protests continue in Hong Kong.", None, "Hong Kong/HKG"),
    ("A bus crash kills 12 people in Peru.", None, None),
]


@pytest.mark.parametrize(
    ("sentence", "source", "target"), NOT_PROTESTERS, ids=[c[0][:40] for c in NOT_PROTESTERS]
)
def test_protest_country_negatives(
    pipeline: Pipeline, sentence: str, source: str | None, target: str | None
) -> None:
    found = _events(pipeline, sentence)
    assert all(e[2] == source for e in found), found
    assert all(e[0] != "PROTEST" or e[3] == target for e in found), found
    assert all(e[0] != "ASSAULT" for e in found), found


FIRST_NAMES = [
    # sentence, the titled person's text, their country (None: no country), or the nationality kept
    ("Justice Minister Germán Garavano says all countries must extradite the suspect.", "Garavano", None),
    ("Argentine Justice Minister Germán Garavano resigns.", "Garavano", "ARG"),
    ("German Chancellor Angela Merkel meets French President Emmanuel Macron in Berlin.", "Merkel", "DEU"),
    ("Former French President Nicolas Sarkozy is convicted of corruption.", "Sarkozy", "FRA"),
]


@pytest.mark.parametrize(
    ("sentence", "person", "country"), FIRST_NAMES, ids=[c[0][:40] for c in FIRST_NAMES]
)
def test_first_name_is_no_nationality(
    pipeline: Pipeline, sentence: str, person: str, country: str | None
) -> None:
    article = next(iter(code_articles([{"id": "a", "text": sentence, "date": DATE}], pipeline, strict=True)))
    assert isinstance(article, Article)
    mentions = [m for m in article.mentions if person in m.actor.text]
    assert mentions, "no mention of the person"
    assert mentions[0].actor.country == country, mentions[0]
