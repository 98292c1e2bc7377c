"""Where a clause stops taking its modality from the clauses above it (dotterel/stages/clause_bounds.py):
a past-tense relative or adverbial clause states a fact, whatever the clause above it promises or plans; a
denial does not reach a verb coordinated with it ("deny the charge and blame the army") nor a past "after"
clause. Negatives: the same acts told in the future, as the denied thing itself, or in an if-clause, keep the
modality the clauses above them give.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2019-06-12"

MODALITIES: list[tuple[str, str, str]] = [
    # sentence, PLOVER type, modality of every event of that type
    (
        "Military and opposition leaders agree to resume talks that broke down after a violent crackdown on "
        "protesters last week.",
        "COERCE",
        "asserted",
    ),
    (
        "The general vowed to punish the militants who attacked the army base in Kidal on Sunday.",
        "ASSAULT",
        "asserted",
    ),
    (
        "The government warns of a response at the right time after a foreign air force bombed the airbase "
        "overnight.",
        "ASSAULT",
        "asserted",
    ),
    (
        "The rebels deny the accusation and blame the army for the deaths of civilians last week.",
        "ACCUSE",
        "asserted",
    ),
    (
        "Tehran denies any role in the attack after Riyadh blamed Iran for arming the rebels.",
        "ACCUSE",
        "asserted",
    ),
    (
        "The minister denies all charges, blames the opposition and says the claims are false.",
        "ACCUSE",
        "asserted",
    ),
    # a relative clause tells of the noun it describes: a denial above it does not reach it
    (
        "A court in Moscow denies bail to a student who was arrested last week at a protest.",
        "COERCE",
        "asserted",
    ),
    (
        "The judge refused bail and denied the request of the activist who was detained on Monday in Minsk.",
        "COERCE",
        "asserted",
    ),
    # negatives: the act promised, denied or conditional itself
    ("The general vowed to attack the militants in Kidal next week.", "THREATEN", "threatened"),
    ("The army denied reports that its soldiers attacked the protesters in Khartoum.", "ASSAULT", "denied"),
    ("Russia denies that its jets bombed a hospital in Idlib.", "ASSAULT", "denied"),
    ("The police deny that officers who were on duty arrested the journalist.", "COERCE", "denied"),
    ("The army denied attacking and killing civilians in the village.", "ASSAULT", "denied"),
    ("Iran warned it would retaliate if Israel attacked its nuclear sites.", "ASSAULT", "hypothetical"),
]


@pytest.mark.parametrize(("sentence", "plover_type", "modality"), MODALITIES)
def test_clause_bounds_of_modality(sentence: str, plover_type: str, modality: str) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == plover_type]
    assert events, f"no {plover_type} event in {sentence!r}"
    assert {e.modality for e in events} == {modality}, [(e.trigger, e.modality) for e in events]


SUICIDES: list[tuple[str, int]] = [
    # sentence, number of ASSAULT events: killing or shooting oneself is no attack
    ("A gunman killed three people at a bar in Dayton before killing himself.", 1),
    ("A sailor shot and killed two people at the naval base before killing himself.", 1),
    ("A man shoots himself outside the parliament building in Ottawa.", 0),
    # negatives: the others killed, and a bomber's blast that wounds others, stay attacks
    ("A suicide bomber kills himself and injures six other people near a police station in Medan.", 1),
    ("A soldier shot his commander and two colleagues at a base in Nakhon Ratchasima.", 1),
]


@pytest.mark.parametrize(("sentence", "count"), SUICIDES)
def test_killing_oneself_is_no_attack(sentence: str, count: int) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == "ASSAULT"]
    assert len(events) == count, [e.trigger for e in events]


TRADE: list[tuple[str, str | None]] = [
    # sentence, the PLOVER type of 'retaliate' (None: no event on that word)
    ("China retaliates on the latest U.S. tariff decisions by imposing tariffs on American soybeans.", None),
    ("The European Union will retaliate against the new American duties on steel and aluminium.", None),
    # negatives: retaliation against an attack or a position is force
    ("Azerbaijan retaliated against Armenian positions with artillery fire.", "ASSAULT"),
    ("Turkey says it retaliated against the attack on its troops in Idlib.", "ASSAULT"),
]


@pytest.mark.parametrize(("sentence", "plover_type"), TRADE)
def test_retaliation_in_trade_is_no_attack(sentence: str, plover_type: str | None) -> None:
    events = [e for e in code(sentence, DATE) if "retaliat" in sentence[e.trigger.start : e.trigger.end]]
    assert [e.action.type for e in events] == ([plover_type] if plover_type else [])
