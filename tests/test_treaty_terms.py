"""Treaty terms, apologies and coordinated clauses of their own (session 15, types15b).

- The terms of a treaty, law or resolution, told by an active participle, a to-infinitive or a "which/that"
  relative clause on the noun, are no act of the day (dotterel/stages/treaty_terms.py); when the noun is
  what the sentence passes, adopts, signs or votes on, its content is the act and stays; a passive
  participle ("an agreement mediated by ...") tells how it was made and stays.
- Asking someone's forgiveness is an apology (CAMEO 055, SUPPORT), not an appeal.
- A coordinated clause with its own subject and tense takes no plan or wish from the clause before it
  (dotterel/stages/clause_bounds.py).
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-02-12"

TERMS: list[tuple[str, str, int]] = [
    # sentence, PLOVER type, number of events of that type
    (
        "The United States leaves the 1987 treaty banning both countries from testing medium-range missiles.",
        "MOBILIZE",
        0,
    ),
    (
        'The activist also condemns the security law and calls it a law "to silence Hong Kong people".',
        "COERCE",
        0,
    ),
    (
        'The activist also condemns the security law and calls it a law "to silence Hong Kong people".',
        "ACCUSE",
        1,
    ),
    (
        "The UK says it has the right to enforce the 1984 agreement, which guarantees a high degree of "
        "autonomy for Hong Kong.",
        "CONCEDE",
        0,
    ),
    # negatives: the noun passed, adopted or voted on; a passive participle; a noun that is no treaty or law
    ("The Senate passes a resolution condemning the attack on the embassy in Baghdad.", "ACCUSE", 1),
    ("The UN Security Council adopts a resolution calling for a ceasefire in Libya.", "REQUEST", 1),
    ("The House votes on a bill banning members of the militia from entering the capital.", "COERCE", 1),
    ("Sudan's rebels abide by an agreement brokered by South Sudan in Juba last year.", "CONSULT", 1),
    (
        "The government of Sudan repeals all laws restricting women's freedom of dress, and dissolves the "
        "former ruling party.",
        "COERCE",
        1,
    ),
    ("Police arrest dozens of protesters marching against the new law in Hong Kong.", "COERCE", 1),
    # a resolution accepted is enacted (as one adopted); one only debated is not
    ("The Iraqi parliament accepts a resolution to expel U.S. troops from the country.", "COERCE", 1),
    ("The Iraqi parliament debates a resolution to expel U.S. troops from the country.", "COERCE", 0),
]


@pytest.mark.parametrize(("sentence", "plover_type", "count"), TERMS)
def test_treaty_terms_are_no_act(sentence: str, plover_type: str, count: int) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == plover_type]
    assert len(events) == count, [(e.trigger, e.action.cameo) for e in events]


APOLOGIES: list[tuple[str, str, str]] = [
    # sentence, trigger word, (PLOVER type, CAMEO) of its event
    (
        "The Dutch prime minister asks Indonesia's forgiveness for the violence of the colonial war.",
        "asks",
        "SUPPORT 055",
    ),
    (
        "Mexico's president asks for forgiveness from the Maya people for the abuses of the conquest.",
        "asks",
        "SUPPORT 055",
    ),
    (
        "The Japanese emperor sought forgiveness from South Korea for the wartime abuses.",
        "sought",
        "SUPPORT 055",
    ),
    # negatives: asking for other things is an appeal
    ("The bishop asked the faithful to pray for the victims of the attack.", "asked", "REQUEST 020"),
    ("Lebanon asks for help from the World Bank after the explosion in Beirut.", "asks", "REQUEST 023"),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), APOLOGIES)
def test_asking_forgiveness_is_an_apology(sentence: str, trigger: str, expected: str) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == trigger]
    assert [f"{e.action.type} {e.action.cameo}" for e in events] == [expected]


OWN_CONJUNCTS: list[tuple[str, str, str]] = [
    # sentence, PLOVER type, modality of every event of that type
    (
        "The family wants to move him to a clinic abroad, but doctors have refused to discharge him.",
        "REJECT",
        "asserted",
    ),
    ("Protesters plan to march on parliament, but police have banned the rally.", "COERCE", "asserted"),
    # negatives: the planned act itself, and a conjunct sharing the subject
    ("Protesters plan to march on parliament, but police have banned the rally.", "PROTEST", "hypothetical"),
    ("Protesters plan to march on parliament and block the main roads.", "PROTEST", "hypothetical"),
]


@pytest.mark.parametrize(("sentence", "plover_type", "modality"), OWN_CONJUNCTS)
def test_own_conjunct_takes_no_plan(sentence: str, plover_type: str, modality: str) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == plover_type]
    assert events, f"no {plover_type} event in {sentence!r}"
    assert {e.modality for e in events} == {modality}, [(e.trigger, e.modality) for e in events]
