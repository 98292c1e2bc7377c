"""Modes read wrong in session 22's first readings (own_plans.py, clause_bounds.py, open_options.py,
occasion_settings.py, modality.py of dotterel/stages), on sentences written like news.

- an accusation, lawsuit, summons or inquiry told in the plain future by its doer is a step announced
  (hypothetical), no threat; under a word of warning or with a condition it stays a threat;
- a clause of contrast or a relative clause in the present perfect ("while Maduro has rejected foreign aid")
  states a fact, whatever plan the clause above tells; a clause of time in the perfect under a future does
  not;
- a verb of ruling out that is negated ("will not rule out seeking help") keeps an option open: hypothetical,
  not a negated rejection; ruling out stays a rejection;
- protests named as the occasion of an alleged deed ("charged for firing … during protests") are real; the
  deed stays alleged, and so does another crime named as its occasion.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event

DATE = "2019-02-08"


def _describe(events: list[Event]) -> str:
    return "\n".join(f"{e.action.type} {e.action.cameo} {e.modality} [{e.rule}]" for e in events)


CASES: list[tuple[str, str, str]] = [
    # sentence, PLOVER type, modality of every event of that type ("-": no event of that type)
    # a legal or diplomatic step told in the plain future: announced, no threat
    (
        "The Argentine Government will file a formal accusation against Venezuela before the International "
        "Court of Justice.",
        "ACCUSE",
        "hypothetical",
    ),
    (
        "The German foreign ministry announces it will summon the Belarusian ambassador.",
        "ACCUSE",
        "hypothetical",
    ),
    ("Police in Nairobi will investigate the attack on the mosque.", "ACCUSE", "hypothetical"),
    # negative cases: a warning or a threat word above, and the step done, keep their modes
    ("Iran warned it would sue the United States over the sanctions.", "THREATEN", "asserted"),
    ("The German foreign ministry summoned the Belarusian ambassador on Monday.", "ACCUSE", "asserted"),
    ("Iran says it will strike American bases in the region.", "THREATEN", "threatened"),
    (
        "Malta's government says that citizens who disobey self-isolation rules will be fined 10,000 euros.",
        "ACCUSE",
        "threatened",
    ),
    # a fact told in a perfect clause of contrast or a relative clause
    (
        "The opposition had been planning to bring humanitarian aid into the country, while President "
        "Nicolás Maduro has rejected foreign aid.",
        "REJECT",
        "asserted",
    ),
    (
        "The union plans to strike next week, although the government has banned all strikes.",
        "COERCE",
        "asserted",
    ),
    # negative cases: a perfect clause of time under a future is to come; the plan itself is a plan
    ("Hamas says it will resume talks once Israel has released the prisoners.", "RETREAT", "hypothetical"),
    (
        "Egypt plans to send humanitarian aid to Gaza, while Israel has closed the crossings.",
        "AID",
        "hypothetical",
    ),
    # an option not ruled out is kept open
    (
        "Venezuela's interim President Juan Guaidó says he will not rule out seeking the help of the United "
        "States military to remove Nicolás Maduro from power.",
        "REJECT",
        "hypothetical",
    ),
    ("The Prime Minister does not rule out a snap election.", "REJECT", "hypothetical"),
    ("The government does not exclude further talks with the rebels.", "CONSULT", "hypothetical"),
    # negative cases: ruling out is a rejection; another negated rejection stays negated
    ("Iran rules out talks with the United States.", "REJECT", "asserted"),
    ("Iran did not reject the proposal.", "REJECT", "negated"),
    # protests named as the occasion of an alleged deed are real
    (
        "Federal prosecutors announce that John Hunter has been charged for firing an AK-47 at a police "
        "station in Minneapolis during protests sparked by the killing of George Floyd.",
        "PROTEST",
        "asserted",
    ),
    ("A man is arrested for assaulting an officer during protests in Portland.", "PROTEST", "asserted"),
    # negative cases: the alleged deed stays alleged; protests planned stay planned
    ("A man is arrested for assaulting an officer during protests in Portland.", "ASSAULT", "hypothetical"),
    (
        "Police say the group planned to attack officers during protests in Portland next week.",
        "PROTEST",
        "hypothetical",
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "modality"), CASES, ids=[f"{r[0][:40]}-{r[1]}" for r in CASES])
def test_modes_of_session_22(sentence: str, type_: str, modality: str) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == type_]
    if modality == "-":
        assert not events, _describe(code(sentence, DATE))
        return
    assert events and all(e.modality == modality for e in events), _describe(code(sentence, DATE))


TRIGGERS: list[tuple[str, str, str]] = [
    # sentence, trigger word, its modality: the riots are real, the looting alleged
    ("Two men are suspected of looting shops amid the riots in Kenosha.", "riots", "asserted"),
    ("Two men are suspected of looting shops amid the riots in Kenosha.", "looting", "hypothetical"),
]


@pytest.mark.parametrize(("sentence", "word", "modality"), TRIGGERS)
def test_occasion_of_alleged_deed_by_trigger(sentence: str, word: str, modality: str) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == word]
    assert events and all(e.modality == modality for e in events), _describe(code(sentence, DATE))
