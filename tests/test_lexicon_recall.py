"""Real events we did not output (docs/when-where-how-bad.md, "Real events not output" of seeds 5-30).

Each table pairs news-like sentences written for these tests with negatives:
- government measures told with wordings the lexicon lacked: a lockdown as the subject of an onset verb
  ("a lockdown of the capital will begin on Monday"), classes or dining suspended, masks mandated or made
  compulsory, gatherings or entry limited, a metro suspended (COERCE/restrict 172); the time a lockdown
  began ("since the lockdown began"), masks made in a factory, damage limited are none;
- armed-conflict acts: a base, airbase or refinery captured or recaptured (COERCE 192, also as the noun
  "the capture of"), soldiers or a pilot captured (COERCE/arrest 173), fire exchanged, fighters
  "neutralized" (ASSAULT 190), tanks or drones destroyed, a building set on fire (ASSAULT 1712), a grenade
  thrown (ASSAULT 183), an observation post encircled (COERCE 191); captured moods, exchanged views,
  eliminated threats, thrown support and set deadlines are none.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.knowledge.lexicon import load_lexicon
from dotterel.model import Event
from dotterel.pipeline import Pipeline
from dotterel.stages.nlp import load_spacy_pipeline
from dotterel.stages.trigger_candidates import is_onset_subject

DATE = "2020-10-14"


def _codes(pipeline: Pipeline, sentence: str) -> list[str]:
    events: list[Event] = code(sentence, DATE, pipeline=pipeline)
    return [f"{e.action.type} {e.action.cameo}" for e in events]


MEASURES = [
    # sentence, the type and CAMEO code expected among the events (None: no such event at all)
    ("The ministry announced that a two-week lockdown of Tashkent will begin on Monday.", "COERCE 172"),
    ("The Israeli government announced that a third nationwide lockdown will start on Friday.", "COERCE 172"),
    ("The Philippine government announced it will suspend all classes in Manila from Monday.", "COERCE 172"),
    ("The county suspended outdoor dining at restaurants in Los Angeles for three weeks.", "COERCE 172"),
    ("The Danish prime minister mandated the wearing of face masks on public transport.", "COERCE 172"),
    ("The mayor of Toulouse made face masks compulsory in all outdoor areas of the city.", "COERCE 172"),
    ("The Hungarian government limited private gatherings to ten people.", "COERCE 172"),
    ("Russia limited the entry of foreigners into the country.", "COERCE 172"),
    ("The Azerbaijani government suspended the metro service in Baku for two weeks.", "COERCE 172"),
    ("The Welsh government announced that Wales will go into a two-week lockdown on Friday.", "COERCE 172"),
    ("Shops in Madrid have struggled since the lockdown began in March.", None),
    ("Infections in Lombardy fell sharply after the lockdown started.", None),
    ("A textile factory in Lombardy makes face masks for hospitals across Italy.", None),
    ("The Turkish central bank limited the damage with a rate cut.", None),
    ("The striking teachers in Chicago suspended their walkout after the pay offer.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), MEASURES)
def test_measures(pipeline: Pipeline, sentence: str, expected: str | None) -> None:
    codes = _codes(pipeline, sentence)
    if expected is None:
        assert not any(c.startswith("COERCE") for c in codes), codes
    else:
        assert expected in codes, codes


CONFLICT = [
    ("Government forces recaptured the strategic airbase from the militia on Sunday.", "COERCE 192"),
    ("Libyan government forces captured the Al-Watiya air base from Haftar's forces.", "COERCE 192"),
    ("The rebels announced the capture of the port city after a week-long siege.", "COERCE 192"),
    ("Separatist fighters captured eight Ukrainian soldiers near the village.", "COERCE 173"),
    ("The Indian army said its pilot had been captured by the Pakistani army.", "COERCE 173"),
    ("Indian and Pakistani troops exchanged fire across the Line of Control on Tuesday.", "ASSAULT 190"),
    ("The Turkish defence ministry said 40 militants were neutralised in northern Iraq.", "ASSAULT 190"),
    ("Azerbaijani drones destroyed five Armenian tanks near the town.", "ASSAULT 1712"),
    ("A man threw a hand grenade at a police station in Madrid.", "ASSAULT 183"),
    ("Gunmen set fire to a church in the village of Dablo.", "ASSAULT 1712"),
    ("Syrian troops encircled a Turkish observation post near the town of Murak.", "COERCE 191"),
    ("The photographer captured the mood of the Syrian capital.", None),
    ("The Indian opposition regained its majority in parliament.", None),
    ("The Armenian and Azerbaijani foreign ministers exchanged views on the crisis.", None),
    ("The new Turkish law eliminates the threat of double taxation.", None),
    ("The Nigerian delegates threw their support behind the reform.", None),
    ("The Libyan committee set a deadline for the reform.", None),
    ("The documentary captured the Ukrainian soldiers' daily life on the front.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), CONFLICT)
def test_conflict_acts(pipeline: Pipeline, sentence: str, expected: str | None) -> None:
    codes = _codes(pipeline, sentence)
    if expected is None:
        assert not any(c.startswith(("COERCE", "ASSAULT")) for c in codes), codes
    else:
        assert expected in codes, codes


ONSETS = [
    # sentence, the noun, whether it is the subject of an onset verb telling that it happens
    ("A lockdown of the capital will begin on Monday.", "lockdown", True),
    ("The president announced that a nationwide lockdown will start at midnight.", "lockdown", True),
    ("Cases fell after the lockdown began.", "lockdown", False),
    ("Shops struggled when the lockdown started.", "lockdown", False),
    ("The Northern Beaches of Sydney go into a partial lockdown until Wednesday.", "lockdown", True),
    ("Wales entered a two-week lockdown on Friday.", "lockdown", True),
    ("Sales fell sharply as the city went into lockdown.", "lockdown", False),
    ("Families spent more on food during the lockdown.", "lockdown", False),
    ("The lockdown hurt small shops.", "lockdown", False),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), ONSETS)
def test_onset_subject(sentence: str, word: str, expected: bool) -> None:
    doc = load_spacy_pipeline()(sentence)
    noun = next(t for t in doc if t.text == word)
    onsets = load_lexicon().resolve_pattern("verbs.coerce-lockdown.v1")
    assert onsets is not None
    assert is_onset_subject(noun, onsets.onset_verbs) is expected


ACCIDENT_OR_MEASURE = [
    # sentence, the type and CAMEO code expected among the events (None: no event at all): a government
    # measure in a sentence on a pandemic is its act (hazards.yaml measure_modes); harm by a hazard is none
    (
        "The coronavirus outbreak prompted the Philippine government to impose a curfew in Manila.",
        "COERCE 1723",
    ),
    ("Amid the pandemic, the Indian government banned all international flights.", "COERCE 172"),
    ("A tornado killed three people in Oklahoma.", None),
    # a hazard verb said of fighting is fighting that broke out (hazards.yaml fighting_nouns), not an accident
    ("Clashes erupted between rival militias in Tripoli, killing six people.", "ASSAULT 190"),
    ("A volcano erupted on White Island, killing 19 tourists.", None),
    ("A gas tank exploded in a market in Lagos, killing 12 people.", None),
    ("The virus killed 30 people in Lombardy.", None),
    ("A plane crashed near Tehran, killing all 176 people on board.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), ACCIDENT_OR_MEASURE)
def test_measure_is_no_accident(pipeline: Pipeline, sentence: str, expected: str | None) -> None:
    codes = _codes(pipeline, sentence)
    assert (expected in codes) if expected else not codes, codes
