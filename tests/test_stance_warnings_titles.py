"""Stance read the right way round, cautions, title lines and persons' descriptions, on news-like sentences.

- a promise to oppose ("vowed to resist the plan", "vows to fight India's decision") is a refusal (REJECT),
  not an agreement; a promise to act stays an AGREE (dotterel/stages/recodings.py);
- an act disclaimed by "no interest in", "no intention of", "no plans to" did not happen: a cooperative one
  is a refusal, any other negated (dotterel/stages/disclaimed_intents.py);
- a caution to one's own citizens or against travel is no threat (excludes_object of
  verbs.threaten-generic.v1);
- a topic line ending in a bracketed year, with no verb, reports nothing (dotterel/stages/title_lines.py);
- "Iraqi cleric and Grand Ayatollah X": the nationality and role describe X, no second source
  (dotterel/stages/described_persons.py).
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event

DATE = "2020-01-02"


def _coded(sentence: str) -> list[Event]:
    return code(sentence, DATE)


def _describe(events: list[Event]) -> str:
    return "\n".join(
        f"{e.action.type} {e.action.cameo} {e.modality} {e.source and e.source.name} [{e.rule}]"
        for e in events
    )


STANCES: list[tuple[str, str, set[str]]] = [
    # sentence, a CAMEO code coded, PLOVER types that must not be coded
    (
        "Pakistan's prime minister vowed to fight India's decision to revoke the region's autonomy.",
        "120",
        {"AGREE"},
    ),
    ("The opposition leader vowed to resist the government's plan to dissolve parliament.", "120", {"AGREE"}),
    (
        "The Turkish president pledged to oppose the new sanctions imposed by the European Union.",
        "120",
        {"AGREE"},
    ),
    ("The governor has vowed to challenge the ruling in the Supreme Court.", "120", {"AGREE"}),
    (
        "Iran says it has no interest in talks with the United States while sanctions remain.",
        "120",
        {"CONSULT"},
    ),
    ("China said it has no intention of meeting the Dalai Lama during his visit.", "120", {"CONSULT"}),
    ("Russia says it has no plans to discuss oil output with Saudi Arabia.", "120", {"CONSULT"}),
    ("North Korea does not have any interest in a summit with South Korea.", "120", {"CONSULT"}),
    # negatives: a promise to act or to cooperate; an interest stated, not disclaimed
    ("The new president vowed to fight corruption.", "030", {"REJECT"}),
    ("Egypt pledged to support Sudan's transitional government.", "030", {"REJECT"}),
    ("Iran vowed to cooperate with the International Atomic Energy Agency.", "030", {"REJECT"}),
    ("Iran says it has an interest in talks with the United States.", "046", {"REJECT"}),
]


@pytest.mark.parametrize(("sentence", "cameo", "forbidden"), STANCES, ids=[r[0][:50] for r in STANCES])
def test_opposition_and_disclaimed_intent_are_refusals(
    sentence: str, cameo: str, forbidden: set[str]
) -> None:
    events = _coded(sentence)
    assert cameo in {e.action.cameo for e in events}, _describe(events)
    assert not {e.action.type for e in events} & forbidden, _describe(events)


def test_disclaimed_attack_is_negated() -> None:
    events = [e for e in _coded("Israel has no intention of attacking Iran.") if e.action.type == "ASSAULT"]
    assert events and all(e.modality == "negated" for e in events), _describe(events)


WARNINGS: list[tuple[str, bool]] = [
    # sentence, whether a THREATEN is coded
    ("The United States warns its citizens against travel to Iraq.", False),
    ("The British Foreign Office warns against all travel to Wuhan.", False),
    ("The embassy in Manila warned American citizens of the need for caution during the holidays.", False),
    ("France's foreign ministry warns its nationals to take extra precautions in the region.", False),
    ("The city's mayor warned residents to remain indoors as the storm approached.", False),
    # negatives: warnings to another party with repercussions are threats
    ("Iran warns the United States against any attack on its territory.", True),
    ("Turkey warned Greece of consequences over the drilling dispute.", True),
    ("The militia leader warned the government against any move on the port.", True),
    ("The militants warned civilians in the valley against helping the army.", True),
]


@pytest.mark.parametrize(("sentence", "threat"), WARNINGS, ids=[r[0][:50] for r in WARNINGS])
def test_cautions_and_travel_warnings_are_no_threats(sentence: str, threat: bool) -> None:
    events = _coded(sentence)
    assert ("THREATEN" in {e.action.type for e in events}) == threat, _describe(events)


TITLES: list[tuple[str, bool]] = [
    # text, whether any event is coded
    ("Iraq–Turkey relations, Turkish offensive in northern Iraq (2020)", False),
    ("Withdrawal of Turkish troops from northern Syria (2019)", False),
    ("Second Libyan Civil War, Western Libya offensive (2020)", False),
    # negatives: a report with a verb, a headline-style report with no bracketed year
    ("The withdrawal of Turkish troops from Syria began in October (2019).", True),
    ("Thirty soldiers killed in an attack on a base in Mali", True),
    ("Turkish troops withdraw from northern Syria (Reuters)", True),
]


@pytest.mark.parametrize(("text", "coded"), TITLES, ids=[r[0][:50] for r in TITLES])
def test_title_lines_report_nothing(text: str, coded: bool) -> None:
    events = _coded(text)
    assert bool(events) == coded, _describe(events)


SOURCES: list[tuple[str, set[str]]] = [
    # sentence, the source names of its events
    (
        "Iraqi cleric and Grand Ayatollah Ali al-Sistani condemns both the United States and Iran.",
        {"Ali al-Sistani"},
    ),
    ("Lebanese cleric and Hezbollah leader Hassan Nasrallah condemns Israel.", {"Hassan Nasrallah"}),
    # negatives: a state with a determiner beside a person, two states' forces, two named persons
    (
        "The Iraqi government and Ayatollah Ali al-Sistani condemn the attack on the embassy.",
        {"Iraq", "Ali al-Sistani"},
    ),
    ("Syrian government and Russian warplanes conduct airstrikes on Idlib.", {"Syria", "Russia"}),
    (
        "Iranian President Hassan Rouhani and Iraqi Prime Minister Adil Abdul-Mahdi condemn the attack.",
        {"Hassan Rouhani", "Adil Abdul-Mahdi"},
    ),
]


@pytest.mark.parametrize(("sentence", "sources"), SOURCES, ids=[r[0][:50] for r in SOURCES])
def test_nationality_and_role_describe_the_person(sentence: str, sources: set[str]) -> None:
    events = _coded(sentence)
    assert {e.source.name for e in events if e.source is not None} == sources, _describe(events)
