"""Acts a plain clause tells as not done (dotterel/stages/unrealized_acts.py, modality.yaml
``avoidance_verbs``, ``escape_verbs``, ``escaped_acts``, ``anticipation_heads``): an avoided act, an act
destined by "be to", an act awaited "ahead of" are hypothetical; an act one is "ready for" is a commitment
(a cooperative one recoded AGREE, intent). The same acts told as done stay asserted.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-05-14"

MODALITIES: list[tuple[str, str, str]] = [
    # sentence, PLOVER type, modality of every event of that type
    ("The former minister fled to Spain to avoid arrest on corruption charges.", "COERCE", "hypothetical"),
    ("The businessman flew to Lebanon to escape prosecution in Japan.", "ACCUSE", "hypothetical"),
    # session 16: with "arrives in" a visit trigger (verbs.consult-arrive, official sources only), the
    # avoided act under a dropped non-official arrival is lost too; it reads the same after "returns to"
    ("The opposition leader returns to Madrid after a year in the embassy to avoid house arrest.", "COERCE",
     "hypothetical"),
    # a state escaped was real
    ("Carlos Ghosn escapes house arrest in Tokyo and flees to Lebanon.", "COERCE", "asserted"),
    ("The president was to visit Caracas on Friday on a diplomatic tour.", "CONSULT", "hypothetical"),
    # (session 16: "Kim Jong-un arrives in Vietnam ahead of his summit" also gives the arrival, a visit made)
    ("Vietnam steps up security in Hanoi ahead of the summit between Kim Jong-un and Donald Trump.",
     "CONSULT", "hypothetical"),
    ("The Taliban say they are ready for talks with the Afghan government.", "AGREE", "asserted"),
    # a measure named as the content of a threat noun is threatened, as under "threatens to"
    ("Markets fall after Donald Trump's threats to impose tariffs on European cars.", "THREATEN",
     "threatened"),
    # negatives: the same acts done, a real act one flees, a visit made, an act on the day of another
    ("Police arrested the former minister in Madrid on corruption charges.", "COERCE", "asserted"),
    ("Thousands of villagers fled to escape the fighting between rebels and troops.", "ASSAULT", "asserted"),
    ("The president visited Caracas on Friday on a diplomatic tour.", "CONSULT", "asserted"),
    ("Police arrested dozens of protesters ahead of the march in Moscow.", "COERCE", "asserted"),
    ("Kim Jong-un held a summit with Donald Trump in Hanoi.", "CONSULT", "asserted"),
    ("Soldiers are to be pulled out of Syria because of the Turkish offensive.", "ASSAULT", "asserted"),
    ("Markets fall after Donald Trump imposes tariffs on European cars.", "SANCTION", "asserted"),
    ("The government imposed tariffs on European cars despite threats from exporters.", "SANCTION",
     "asserted"),
]


@pytest.mark.parametrize(("sentence", "plover_type", "modality"), MODALITIES)
def test_unrealized_acts(sentence: str, plover_type: str, modality: str) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == plover_type]
    assert events, f"no {plover_type} event in {sentence!r}"
    assert {e.modality for e in events} == {modality}, [(e.action.trigger, e.modality) for e in events]


def test_ready_for_talks_is_an_intent_not_talks() -> None:
    """ "ready for talks" is the promise (AGREE 036), not talks held (CONSULT)."""
    events = code("The Taliban say they are ready for talks with the Afghan government.", DATE)
    assert {e.action.cameo for e in events} == {"036"}, [(e.action.cameo, e.modality) for e in events]


RETOLD: list[tuple[str, str, int]] = [
    # sentence, trigger word, events with that trigger: the rank tells the act again, no new act
    ("Czaputowicz resigns. He is the second high-profile minister to resign from the government this week.",
     "resign", 0),
    ("Fan Wei is sentenced to death. He is the second Canadian citizen sentenced to death this year.",
     "sentenced", 1),
    # negatives: "becomes" tells the act of the day; "first" is often the news itself
    ("Peru becomes the third country to recognize Guaido as interim president.", "recognize", 1),
    ("The new president was the first leader to visit the refugee camp.", "visit", 1),
]


@pytest.mark.parametrize(("sentence", "trigger", "count"), RETOLD)
def test_retold_act_is_no_new_event(sentence: str, trigger: str, count: int) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == trigger]
    assert len(events) == count, [(e.action.trigger, e.modality) for e in events]
