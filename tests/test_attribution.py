"""Doers and targets outside the trigger's clause: responsibility claims, means as passive agents, origins
of a passive agent, moved forces, collective actions as objects, repression at home.

Each table holds news-like sentences coded through the whole default pipeline, with negative rows: the
(name or country, sector) the first event of the type must get, or None for no such actor.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.errors import KnowledgeError
from dotterel.knowledge.attribution import ATTRIBUTION_LISTS, load_attribution_words
from dotterel.knowledge.wordlists import to_word_lists
from dotterel.model import Actor, Event
from dotterel.stages import DEFAULT_STAGES

DATE = "2020-01-02"


def events_of(text: str, event_type: str) -> list[Event]:
    events = [e for e in code(text, DATE) if e.action.type == event_type]
    assert events, f"no {event_type} event in {text!r}"
    return events


def key(actor: Actor | None) -> tuple[str | None, str | None] | None:
    return None if actor is None else (actor.name or actor.country, actor.sector)


# a claimant is the source of the harm told before the claim; "the attack" of the claim is not a second one
CLAIMS: list[tuple[str, str | None, int]] = [
    (
        "A car bomb exploded outside a police station in Kabul, killing four officers. "
        "The Taliban claimed responsibility for the bombing.",
        "Taliban",
        1,
    ),
    (
        "Gunmen stormed a hotel in Mogadishu on Friday, killing ten guests. Al-Shabaab later claimed "
        "responsibility.",
        "al-Shabaab",
        1,
    ),
    (
        "Rockets hit an air base north of Baghdad on Tuesday. Kataib Hezbollah claims responsibility, "
        "saying that it fired six rockets in the attack.",
        "Kataib Hezbollah",
        1,
    ),
    (
        "A suicide bomber killed 12 people at a market in Maiduguri on Sunday. The attack was claimed by "
        "Boko Haram.",
        "Boko Haram",
        1,
    ),
    (
        "Gunmen killed four soldiers at a checkpoint near Arish. The Islamic State group claimed the attack "
        "on Monday.",
        "Islamic State",
        1,
    ),
    ("A suicide bombing hit a wedding in Kabul, and the Taliban claimed responsibility.", "Taliban", 1),
    (
        "A bomb exploded at a market in Kabul, killing six. The Taliban released a statement claiming "
        "responsibility for the attack.",
        "Taliban",
        1,
    ),
    (
        "A weapons depot near Abu Kamal is hit by an airstrike. Arab media say Israel is behind the attack.",
        "Israel",
        1,
    ),
    # negatives: a claim inside a denial claims nothing
    (
        "A weapons depot near Abu Kamal is hit by an airstrike. Israel denied it was behind the attack.",
        None,
        0,
    ),
    (
        "A bomb exploded at a market in Kabul, killing six. The Taliban denied claiming responsibility for "
        "the attack.",
        None,
        1,
    ),
    # negatives: a claim not made claims nothing (the named attack stays, negated, as its own event)
    (
        "A bomb exploded at a market in Kabul, killing six. The Taliban has not claimed responsibility.",
        None,
        1,
    ),
    # negatives: a denial claims nothing; responsibility for security claims no harm; a minister accepting
    # responsibility blames no attacker
    (
        "A car bomb exploded outside a police station in Kabul, killing four officers. "
        "The Taliban denied responsibility for the bombing.",
        None,
        1,
    ),
    (
        "Rebels shelled the town of Idlib on Monday. The Syrian army took responsibility for security in "
        "the city.",
        None,
        1,
    ),
    (
        "Gunmen attacked a bus in Peshawar, killing six passengers. The interior minister accepted "
        "responsibility and resigned.",
        None,
        1,
    ),
]


@pytest.mark.parametrize(("text", "claimant", "attacks"), CLAIMS)
def test_responsibility_claims(text: str, claimant: str | None, attacks: int) -> None:
    events = [e for e in code(text, DATE) if e.action.type == "ASSAULT"]
    assert len(events) == attacks, [(e.source, e.trigger) for e in events]
    assert [e.source.name if e.source is not None else None for e in events] == [claimant] * attacks


def test_claim_of_a_new_attack_keeps_both() -> None:
    text = (
        "Israeli jets struck a camp near Damascus on Sunday. Islamic Jihad claimed responsibility for a "
        "rocket attack on Sderot."
    )
    sources = sorted(e.source.country for e in events_of(text, "ASSAULT") if e.source is not None)
    assert sources == ["ISR", "PSE"]


def test_claim_spares_a_doer_of_known_country() -> None:
    text = (
        "Afghan police fired on a crowd in Kabul, killing two. A suicide bomber struck a mosque in Kandahar, "
        "killing nine worshippers. The Taliban claimed responsibility for the bombing."
    )
    sources = [(e.source.name, e.source.sector) for e in events_of(text, "ASSAULT") if e.source is not None]
    assert sources == [("Afghanistan", "COP"), ("Taliban", "NSA")]


# a passive's agent: a bare means names no doer; an origin or owner does
AGENTS: list[tuple[str, tuple[str | None, str | None] | None]] = [
    ("Two oil tankers were attacked by drones in the Gulf of Oman on Thursday.", None),
    ("A refinery in Abqaiq was attacked by drones on Saturday.", None),
    ("Army positions near Sirte were hit by airstrikes from Turkish warplanes.", ("Turkey", "MIL")),
    ("Two oil tankers were attacked by Iranian drones in the Gulf of Oman on Thursday.", ("Iran", "MIL")),
    ("The convoy was ambushed by Taliban fighters near Kandahar.", ("Taliban", "NSA")),
]


@pytest.mark.parametrize(("text", "source"), AGENTS)
def test_passive_agents(text: str, source: tuple[str | None, str | None] | None) -> None:
    assert key(events_of(text, "ASSAULT")[0].source) == source


# the forces a withdrawal moves are the side that withdraws when the subject names no actor
MOVERS: list[tuple[str, str | None]] = [
    ("The task force evacuated a contingent of British troops from Kabul.", "GBR"),
    ("The joint command withdraws a battalion of French soldiers from Mali.", "FRA"),
    ("The army evacuated the town of Kherson.", "UKR"),  # a subject of its own: the army (of the place)
    ("Officials evacuated the residents of the flooded district.", None),  # residents are no own people
]


@pytest.mark.parametrize(("text", "country"), MOVERS)
def test_moved_forces_are_the_source(text: str, country: str | None) -> None:
    events = [e for e in code(text, DATE) if e.action.type == "RETREAT"]
    sources = [e.source.country if e.source is not None else None for e in events]
    assert (sources[0] if sources else None) == country, sources


# a collective action as object stands for its people; repression at home takes the repressor's country
TARGETS: list[tuple[str, str, tuple[str | None, str | None] | None]] = [
    (
        "The interior minister ordered security forces to crush the demonstrations in Tehran.",
        "COERCE",
        ("IRN", "PROT"),
    ),
    ("Loyalist troops foiled a coup attempt in Bamako.", "COERCE", ("MLI", "MIL")),
    ("Sudan's government crushed a mutiny by soldiers.", "COERCE", ("SDN", "MIL")),
    ("The Ugandan government put down the protests.", "COERCE", ("UGA", "PROT")),
    ("The rally in Minsk was dispersed by riot police on Sunday.", "COERCE", ("BLR", "PROT")),
    # negatives: an actor object keeps its own sector; a deportation is not done at home
    ("Police arrested the organisers of the protest in Nairobi.", "COERCE", ("KEN", "CVL")),
    ("Israel deported two activists on Monday.", "COERCE", (None, "OPP")),
]


@pytest.mark.parametrize(("text", "event_type", "target"), TARGETS)
def test_collective_action_targets(
    text: str, event_type: str, target: tuple[str | None, str | None] | None
) -> None:
    found = events_of(text, event_type)[0].target
    assert (None if found is None else (found.country, found.sector)) == target


# a threat is aimed at the party its condition names; an act for a harm at the harm's target
AIMED: list[tuple[str, str, str | None]] = [
    ("Tehran threatened to close the strait unless Washington lifted its sanctions.", "THREATEN", "USA"),
    (
        "Turkey threatened to launch a new offensive if Kurdish fighters do not leave the border area.",
        "THREATEN",
        None,
    ),  # sector-only fighters with no country: no target country
    (
        "Russia threatened to halt gas deliveries if Kyiv does not pay its debts by Friday.",
        "THREATEN",
        "UKR",
    ),
    ("Ethiopia mobilized its reserve troops for a war against Eritrea.", "MOBILIZE", "ERI"),
    # negatives: a passive condition names a victim; a threat with no condition keeps no target
    ("Iran threatened to retaliate if its embassy in Baghdad is attacked.", "THREATEN", None),
    ("North Korea threatened to resume nuclear tests.", "THREATEN", None),
]


@pytest.mark.parametrize(("text", "event_type", "country"), AIMED)
def test_condition_and_purpose_targets(text: str, event_type: str, country: str | None) -> None:
    found = events_of(text, event_type)[0].target
    assert (found.country if found is not None else None) == country


# an agentless passive act only a state does is the state's where it happens
STATE_ACTS: list[tuple[str, str, str | None]] = [
    ("Two French journalists were detained in Tehran on Monday.", "COERCE", "IRN"),
    ("A Swedish aid worker has been put under investigation in Turkey.", "ACCUSE", "TUR"),
    ("Three activists were arrested in Cairo after the rally.", "COERCE", "EGY"),
    # negatives: an agent names the doer; an origin is not where the act happened; not a state's act
    ("Two French journalists were detained by rebels in Idlib on Monday.", "COERCE", "SYR"),
    ("A Canadian teacher from Toronto was arrested for spying.", "COERCE", None),
    ("A bus carrying farmers was attacked in central Mali.", "ASSAULT", None),
]


@pytest.mark.parametrize(("text", "event_type", "country"), STATE_ACTS)
def test_state_acts_have_the_state_as_source(text: str, event_type: str, country: str | None) -> None:
    found = events_of(text, event_type)[0].source
    assert (found.country if found is not None else None) == country


def test_stage_runs_before_locals_and_merge() -> None:
    assert (
        DEFAULT_STAGES.index("places") < DEFAULT_STAGES.index("attribution") < DEFAULT_STAGES.index("locals")
    )


def test_attribution_words_load_and_validate() -> None:
    words = load_attribution_words()
    assert words.resolve_action_sector(["coup d'état"]) == "MIL"
    assert words.resolve_action_sector(["protests", "protest"]) == "PROT"
    assert words.resolve_action_sector(["election"]) is None
    raw = {"version": 1, **{name: ["x"] for name in ATTRIBUTION_LISTS}, "claim_verb": ["claim"]}
    with pytest.raises(KnowledgeError):
        to_word_lists("attribution.yaml", raw, ATTRIBUTION_LISTS)


# --- a harm told again with "it" in the next sentence (stages/retellings.py) -------------------------------

RETELLINGS = [
    # sentence pair, the ASSAULT events left as (trigger text, killed, injured)
    (
        "A car bomb explodes in a market in Raqqa. It kills 13 people and wounds more than 30 others.",
        [("car bomb", 13, 30)],
    ),
    (
        "A suicide bombing hit a mosque in Kabul on Monday. It killed 12 people.",
        [("suicide bombing", 12, None)],
    ),
    # negatives: reported speech ("it" is the speaker), a verb before, another paragraph, a person's act
    (
        "A suicide attack hit a checkpoint in Sinai. The army said it killed 12 militants.",
        [("suicide attack", None, None), ("killed", 12, None)],
    ),
    (
        "Militants attacked a checkpoint in Sinai. It killed 12 soldiers.",
        [("attacked", None, None), ("killed", 12, None)],
    ),
    (
        "A car bomb exploded in Mogadishu.\n\nIt killed 13 people, police said.",
        [("car bomb", None, None), ("killed", 13, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RETELLINGS)
def test_a_harm_retold_with_it_is_the_same_harm(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    events = [e for e in code(text, "2020-01-05") if e.action.type == "ASSAULT"]
    assert [(text[e.trigger.start : e.trigger.end], e.killed, e.injured) for e in events] == expected
