"""Types and modes read wrong (session 19, from the causes of the seed-65 first readings).

- A capitalised word of an office's or a body's name is no act: "the Department for Exiting the European
  Union" (stages/name_word_triggers.py).
- A hazard that threatens makes no threat: "a storm … threatening many parts of Central America", "floods
  threaten homes" (stages/hazard_threats.py).
- Warning someone about abuses is a charge (ACCUSE), not a threat (stages/abuse_warnings.py and
  ``verbs.accuse-warn-about-abuses.v1``); a threat to leave a body or a treaty is a non-force threat (1313),
  not one of military force (138); protesters who occupy a building or an airport protest (PROTEST 144).
- An allegation told as a participle of a vowed act is made (asserted), and an act that has gone on for weeks
  as the occasion of a promise is a fact (stages/promise_bounds.py).
Each table has negatives: the same words where a party acts, threatens or promises. Sentences are written
for these tests, like the news items of the data.
"""

from __future__ import annotations

from typing import Any

import pytest

from dotterel.api import code
from dotterel.knowledge.modality import load_modality_words
from dotterel.model import Event
from dotterel.pipeline import Pipeline
from dotterel.stages.name_word_triggers import is_name_word_trigger
from dotterel.stages.promise_bounds import is_past_occasion

DATE = "2020-01-31"


def _events(pipeline: Pipeline, sentence: str) -> list[tuple[str, str, str, str]]:
    """(trigger word, type, CAMEO code, modality) of each event coded from the sentence."""
    events: list[Event] = code(sentence, DATE, pipeline=pipeline)
    return [
        (sentence[e.trigger.start : e.trigger.end], e.action.type, e.action.cameo, e.modality) for e in events
    ]


# sentence, trigger word, whether an event is coded on it
NAME_WORDS: list[tuple[str, str, bool]] = [
    ("The Department for Exiting the European Union closes its offices in London.", "Exiting", False),
    (
        "Steve Barclay, the Secretary of State for Exiting the European Union, meets Michel Barnier.",
        "Exiting",
        False,
    ),
    (
        "Steve Barclay, the Secretary of State for Exiting the European Union, meets Michel Barnier.",
        "meets",
        True,
    ),
    (
        "Afterwards, the Department for Exiting the European Union and the Secretary of State for Exiting the"
        " European Union cabinet post are scrapped.",
        "Exiting",
        False,
    ),
    ("The United Kingdom is exiting the European Union on Friday after 47 years.", "exiting", True),
    ("Exiting the treaty, Russia expels two American diplomats.", "expels", True),
]


@pytest.mark.parametrize(("sentence", "word", "coded"), NAME_WORDS)
def test_name_words_are_no_acts(pipeline: Pipeline, sentence: str, word: str, coded: bool) -> None:
    """A word of an office's name codes nothing; the same verb in lower case, or another act, codes."""
    events = _events(pipeline, sentence)
    assert any(trigger == word for trigger, *_ in events) == coded, events


@pytest.mark.parametrize(
    ("sentence", "index", "expected"),
    [
        ("The Department for Exiting the European Union closes.", 3, True),
        ("The Pontifical Council for Promoting Christian Unity meets.", 4, True),
        ("The department for exiting the union closes.", 3, False),  # lower case: no name
        ("Exiting the union, Britain signs a deal.", 0, False),  # first word of the sentence
        ("The minister warned of Leaving the talks.", 4, False),  # "warned" is no capitalised noun
    ],
)
def test_is_name_word_trigger(nlp: Any, sentence: str, index: int, expected: bool) -> None:
    """The capitalised object of "for"/"of" after a capitalised noun mid-sentence is a word of a name."""
    assert is_name_word_trigger(nlp(sentence)[index]) == expected


# sentence, whether a THREATEN event is coded
HAZARD_THREATS: list[tuple[str, bool]] = [
    ("Hurricane Eta nears the coast of Nicaragua, threatening Honduras and Guatemala with floods.", False),
    ("Floods threaten thousands of homes in northern England.", False),
    ("Typhoon Hagibis threatens Tokyo with record rainfall.", False),
    ("The wildfire is threatening the town of Paradise, officials said.", False),
    ("Rebels threaten to attack the capital, Bangui.", True),
    ("North Korea threatens Japan with missile tests.", True),
    ("The militia threatened villagers fleeing the floods in Borno.", True),
]


@pytest.mark.parametrize(("sentence", "threat"), HAZARD_THREATS)
def test_a_hazard_makes_no_threat(pipeline: Pipeline, sentence: str, threat: bool) -> None:
    """A storm, flood or fire as the subject of "threaten" is no party's threat; a party's threat stays."""
    events = _events(pipeline, sentence)
    assert any(kind == "THREATEN" for _, kind, *_ in events) == threat, events


# sentence, trigger word, expected "TYPE CAMEO" on it
TYPES: list[tuple[str, str, str]] = [
    (
        "The Dutch foreign minister warned the Security Council about human rights violations in Xinjiang.",
        "warned",
        "ACCUSE 112",
    ),
    ("The UN envoy warned Myanmar about abuses against the Rohingya.", "warned", "ACCUSE 112"),
    ("The UN envoy warned about human rights violations in the province.", "warned", "ACCUSE 112"),
    (
        "The United States warned Iran about serious consequences over its nuclear programme.",
        "warned",
        "THREATEN 130",
    ),
    ("The militia leader warned the government against any move on the port.", "warned", "THREATEN 130"),
    ("The United States will withdraw from the treaty unless Russia complies.", "withdraw", "THREATEN 1313"),
    ("Demonstrators occupied the parliament building in Beirut.", "occupied", "PROTEST 144"),
    ("Hundreds of students occupy the main building of the university in Santiago.", "occupy", "PROTEST 144"),
    ("Police clash with students who occupied the Polytechnic University campus.", "occupied", "PROTEST 144"),
    ("The army shells the rebels who occupied the hills above Kidal.", "occupied", "COERCE 192"),
    ("Russian troops occupied the Crimean peninsula.", "occupied", "COERCE 192"),
    ("Rebels occupied the town of Kidal.", "occupied", "COERCE 192"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), TYPES)
def test_warnings_withdrawals_and_occupations(
    pipeline: Pipeline, sentence: str, word: str, expected: str
) -> None:
    """A warning about abuses is a charge; a threatened withdrawal is a non-force threat; protesters who
    occupy protest; troops and rebels who occupy take ground."""
    events = _events(pipeline, sentence)
    assert [f"{kind} {cameo}" for trigger, kind, cameo, _ in events if trigger == word] == [expected], events


# sentence, trigger word, its modality
MODES: list[tuple[str, str, str]] = [
    (
        "Bolivian President Evo Morales has vowed to challenge the audit in court, alleging a coup against"
        " him.",
        "alleging",
        "asserted",
    ),
    (
        "The ruling party threatens the ambassador with expulsion, accusing him of funding the opposition.",
        "accusing",
        "asserted",
    ),
    (
        "In Peru, President Martin Vizcarra agrees to resign after weeks of anti-government protests.",
        "protests",
        "asserted",
    ),
    ("The army will attack the town after the talks.", "attack", "threatened"),
    ("Iran vows to retaliate against the United States.", "retaliate", "threatened"),
]


@pytest.mark.parametrize(("sentence", "word", "mode"), MODES)
def test_allegations_and_occasions_are_no_promises(
    pipeline: Pipeline, sentence: str, word: str, mode: str
) -> None:
    """An allegation made as one vows, and protests gone on for weeks, are facts; a promised act stays so."""
    events = _events(pipeline, sentence)
    assert [m for trigger, _, _, m in events if trigger == word] == [mode], events


@pytest.mark.parametrize(
    ("sentence", "index", "expected"),
    [
        ("The premier agrees to resign after weeks of protests.", 8, True),
        ("The premier agrees to resign amid protests.", 6, True),
        ("The premier agrees to resign following months of strikes.", 8, True),
        ("The premier agrees to resign after the protests.", 7, False),  # no measure: may be to come
        ("The premier agrees to resign after weeks of talks.", 6, False),  # "weeks" itself
    ],
)
def test_is_past_occasion(nlp: Any, sentence: str, index: int, expected: bool) -> None:
    """An act gone on for a measured time before the promise, or going on, is an occasion of it."""
    assert is_past_occasion(nlp(sentence)[index], load_modality_words()) == expected
