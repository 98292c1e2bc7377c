"""Fixes from the fresh coding reading of the current-events stream (docs/coding-reading.md, seed 21).

Each table pairs news-like sentences written for these tests with negatives:
- a present-tense verb the tagger takes for a plural noun still codes ("a gunman shoots a protester");
- a prepositional phrase after a verb's direct object is no prepositional verb ("calls elections for June"
  is no "call for");
- imposed lockdowns and tightened restrictions are COERCE/restrict (NGEC: restrictions on movement);
- revoking another actor's permission to fly or land is SANCTION (NGEC SANCTION/discontinue);
- a ban codes only when it bans an actor or a political activity (NGEC COERCE/ban: "Ban individuals or
  organizations"), not goods or a trade;
- a vowed offensive or attack is a threat of force (THREATEN 138), as a vowed revenge is;
- "placed X under house arrest / curfew / sanctions / investigation" codes the noun's event on the verb;
- withdrawing from a contest (a race, a tournament, a song contest) is no RETREAT;
- a war or campaign on a disease or a social ill is no attack; a participle coordinated with an adjective
  ("medical or pressing reasons") is no trigger;
- the crime an arrest or a sentence is for ("arrested for murder") is no asserted event (it is alleged:
  hypothetical, as the modality stage reads a punishment's reason).
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.knowledge.lexicon import load_lexicon
from dotterel.model import Event
from dotterel.pipeline import Pipeline
from dotterel.stages.nlp import load_spacy_pipeline
from dotterel.stages.trigger_candidates import is_adjectival, is_mistagged_verb
from dotterel.stages.triggers import find_triggers

DATE = "2020-06-10"


def _types(pipeline: Pipeline, sentence: str) -> list[str]:
    events: list[Event] = code(sentence, DATE, pipeline=pipeline)
    return [f"{e.action.type} {e.action.cameo}" for e in events]


# ---------------------------------------------------------------- verbs tagged as plural nouns

MISTAGGED = [
    # sentence, trigger word, whether the tagger's NNS is really a verb with a direct object
    ("A Canadian white supremacist shoots a worshipper in Quebec.", "shoots", True),
    ("Police fire tear gas at students in Hong Kong.", "fire", False),  # a real verb: nothing to repair
    ("The shoots of the young trees were damaged by frost.", "shoots", False),  # a real plural noun
    ("The attacks on the convoy continued for a week.", "attacks", False),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), MISTAGGED)
def test_mistagged_verb(sentence: str, word: str, expected: bool) -> None:
    doc = load_spacy_pipeline()(sentence)
    token = next(t for t in doc if t.text == word)
    assert is_mistagged_verb(token) is expected


MISTAGGED_EVENTS = [
    ("A Canadian white supremacist shoots a worshipper in Quebec.", "ASSAULT 193"),
    ("The shoots of the young trees were damaged by frost.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), MISTAGGED_EVENTS)
def test_mistagged_verb_codes(pipeline: Pipeline, sentence: str, expected: str | None) -> None:
    found = _types(pipeline, sentence)
    assert (expected in found) if expected else not found


# ---------------------------------------------------------------- "call X for", "call for X"

CALLS = [
    ("The Danish prime minister calls general elections for June 5.", None),
    ("The president called a snap referendum for March.", None),
    ("The governor called a special session of the legislature on Monday.", None),
    ("The opposition called for fresh elections.", "REQUEST 020"),
    ("Iraq's parliament called on foreign troops to leave the country.", "REQUEST 020"),
    ("The UN called upon both sides to respect the truce.", "REQUEST 020"),
]


@pytest.mark.parametrize(("sentence", "expected"), CALLS)
def test_call_with_object_is_no_appeal(pipeline: Pipeline, sentence: str, expected: str | None) -> None:
    found = _types(pipeline, sentence)
    assert (expected in found) if expected else "REQUEST 020" not in found


def test_particle_after_object_still_counts() -> None:
    """An adverb particle after the object stays the verb's: "pulled its troops out" is "pull out"."""
    lexicon = load_lexicon()
    doc = load_spacy_pipeline()("The United States pulled its troops out of northern Syria.")
    assert [t.pattern.id for t in find_triggers(doc, lexicon)] == ["verbs.retreat-withdraw.v1"]


# ---------------------------------------------------------------- lockdowns and restrictions

RESTRICTIONS = [
    ("The Philippine government imposed a lockdown on Luzon.", "COERCE 172"),
    ("Israel reimposed a nationwide lockdown for three weeks.", "COERCE 172"),
    ("The Chinese authorities locked down the city of Wuhan.", "COERCE 172"),
    ("The Belgian government tightened restrictions on gatherings.", "COERCE 172"),
    ("Small shops in Lima struggled during the lockdown.", None),
    ("The lockdown hurt restaurants across Peru.", None),
    ("The mechanic tightened the bolts on the wheel.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), RESTRICTIONS)
def test_lockdowns_and_restrictions(pipeline: Pipeline, sentence: str, expected: str | None) -> None:
    found = _types(pipeline, sentence)
    assert (expected in found) if expected else "COERCE 172" not in found


# ---------------------------------------------------------------- revoked permissions

PERMITS = [
    (
        "Washington revoked the permission of two Chinese airlines to fly to the United States.",
        "SANCTION 160",
    ),
    ("Russia suspended the landing rights of the Georgian airline.", "SANCTION 160"),
    ("The airline cancelled its morning flights because of fog.", None),
    ("The city granted permission for the march.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), PERMITS)
def test_revoked_permissions(pipeline: Pipeline, sentence: str, expected: str | None) -> None:
    found = _types(pipeline, sentence)
    assert (expected in found) if expected else "SANCTION 160" not in found


# ---------------------------------------------------------------- bans: of actors and activities, not goods

# the codes of a ban and of a threat of one, by what is banned (verbs.coerce-ban*)
BAN_CODES = {"172", "1721", "1722", "132", "1321", "1322"}
BANS = [
    ("The junta banned the main opposition party.", True),
    ("Moscow banned the opposition leader's foundation as extremist.", True),
    ("The state governors banned gatherings of more than fifty people.", True),
    ("Thailand's court banned the Future Forward Party.", True),
    ("Two congresswomen were barred from entering the country.", True),
    ("The Canadian prime minister announced a ban on assault-style weapons.", False),
    ("The government said it will ban the fur trade next year.", False),
    ("The sale of new petrol cars will be banned from 2030.", False),
    ("The city council banned plastic bags from supermarkets.", False),
]


@pytest.mark.parametrize(("sentence", "is_event"), BANS)
def test_bans_need_a_banned_actor_or_activity(pipeline: Pipeline, sentence: str, is_event: bool) -> None:
    found = [t for t in _types(pipeline, sentence) if t.split()[1] in BAN_CODES]
    assert bool(found) is is_event


# ---------------------------------------------------------------- a vowed offensive is a threat of force

VOWS = [
    ("The prime minister vowed a final offensive against the rebel region.", "THREATEN 138"),
    ("The army promised a swift offensive against the militants in Marawi.", "THREATEN 138"),
    ("The president vowed an investigation into the bombing.", None),
    ("The minister promised a quick response to the housing shortage.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), VOWS)
def test_vowed_force_is_a_threat(pipeline: Pipeline, sentence: str, expected: str | None) -> None:
    found = _types(pipeline, sentence)
    assert (expected in found) if expected else "THREATEN 138" not in found


# ---------------------------------------------------------------- placed under arrest, curfew, sanctions

PLACEMENTS = [
    ("Police placed the opposition leader under house arrest.", "COERCE 173"),
    ("The former president was placed under house arrest in Bamako.", "COERCE 173"),
    ("The regime kept the dissident under arrest for a decade.", "COERCE 173"),
    ("The army put the town under curfew after the riots.", "COERCE 1723"),
    ("Washington placed the Chinese firm under sanctions.", "SANCTION 163"),
    ("The interior ministry placed two senior officers under investigation.", "ACCUSE 090"),
    ("The keys were placed under the doormat.", None),
    ("The hospital placed the patient under observation.", None),
    ("The ministry put the project under review.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), PLACEMENTS)
def test_placed_under_a_state(pipeline: Pipeline, sentence: str, expected: str | None) -> None:
    found = _types(pipeline, sentence)
    assert (expected in found) if expected else not found


def test_placement_codes_once_with_its_target(pipeline: Pipeline) -> None:
    """The placing verb carries the event: one event, the placed actor its target, not a second noun event."""
    events = code("Police placed the opposition leader under house arrest.", DATE, pipeline=pipeline)
    assert [(e.action.cameo, e.target.text if e.target else None) for e in events] == [
        ("173", "opposition leader")
    ]


# ---------------------------------------------------------------- withdrawing from a contest is no retreat

WITHDRAWALS = [
    ("Armenian forces withdrew from the district under the truce terms.", True),
    ("The US military pulled out of two bases in northern Syria.", True),
    ("Poland withdraws from this year's song contest in Rotterdam.", False),
    ("The Russian champion pulled out of the Wimbledon tournament.", False),
    ("The senator withdrew from the presidential race on Sunday.", False),
]


@pytest.mark.parametrize(("sentence", "is_event"), WITHDRAWALS)
def test_withdrawal_from_a_contest_is_no_retreat(pipeline: Pipeline, sentence: str, is_event: bool) -> None:
    assert ("RETREAT 0874" in _types(pipeline, sentence)) is is_event


# ---------------------------------------------------------------- wars on no one, adjectival participles

WARS = [
    ("The jihadists have waged a campaign against the army since 2015.", True),
    ("Eritrea declared war on its neighbour in 1998.", True),
    ("Chile began its vaccination campaign against COVID-19 on Thursday.", False),
    ("The new president declared a war on corruption.", False),
    ("The government launched a campaign against poverty in the north.", False),
]


@pytest.mark.parametrize(("sentence", "is_event"), WARS)
def test_war_on_a_disease_or_ill_is_no_attack(pipeline: Pipeline, sentence: str, is_event: bool) -> None:
    assert ("ASSAULT 190" in _types(pipeline, sentence)) is is_event


ADJECTIVAL = [
    ("People may leave home only for medical or pressing family reasons.", "pressing", True),
    ("The besieged towns ran out of food.", "besieged", True),
    ("Washington pressed Islamabad to act against the militants.", "pressed", False),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), ADJECTIVAL)
def test_adjectival_participles(sentence: str, word: str, expected: bool) -> None:
    doc = load_spacy_pipeline()(sentence)
    assert is_adjectival(next(t for t in doc if t.text == word)) is expected


# ---------------------------------------------------------------- the charge of an arrest or a sentence

CHARGES = [
    # sentence, the charge word, whether an asserted event stands on it
    ("Two brothers were arrested for murder and aggravated assault in Georgia.", "assault", False),
    ("Two brothers were arrested for murder and aggravated assault in Georgia.", "murder", False),
    ("A Thai court convicted two migrant workers of murdering two British tourists.", "murdering", False),
    ("Police arrested three men over the bombing of the church.", "bombing", False),
    ("Three men were arrested in Kabul for attacking a police station.", "attacking", False),
    # negatives: an act told as news stays asserted; a public act given as the reason still happened
    ("Police arrested the gunman after he killed three people.", "killed", True),
    ("The militants bombed the church before the police arrested them.", "bombed", True),
    ("Two activists were jailed for protesting against the government in Cairo.", "protesting", True),
]


@pytest.mark.parametrize(("sentence", "word", "asserted"), CHARGES)
def test_the_charge_is_no_asserted_event(
    pipeline: Pipeline, sentence: str, word: str, asserted: bool
) -> None:
    """The crime of an arrest or a sentence is alleged: hypothetical (or folded into the punishment)."""
    events: list[Event] = code(sentence, DATE, pipeline=pipeline)
    modalities = [e.modality for e in events if sentence[e.trigger.start : e.trigger.end] == word]
    assert ("asserted" in modalities) is asserted, [(e.action.type, e.modality) for e in events]
