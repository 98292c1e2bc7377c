"""Gatherings and acts set up but not carried out (dotterel/stages/unheld_acts.py, modality.yaml
``calling_off_verbs`` (banning too), ``called_off_nouns`` (protests too), ``application_heads``,
``arranging_verbs``, ``ability_heads``):
talks or a trip called off, the purpose of a trip called off, an act applied for, a meeting scheduled and an
act in the gerund of a noun of prospect are hypothetical; the act under a negated "need" is negated. The same
acts told as done stay asserted.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2019-06-10"

MODALITIES: list[tuple[str, str, str]] = [
    # sentence, PLOVER type, modality of every event of that type
    ("Talks between Serbia and Kosovo that were to be held in Brussels on Monday are called off.", "CONSULT",
     "hypothetical"),
    ("Peace talks between the government and the rebels scheduled for Friday are postponed.", "CONSULT",
     "hypothetical"),
    ("The president cancels a trip to Belgrade to mediate with Serbia.", "CONSULT", "hypothetical"),
    ("Israel's prime minister has scheduled a meeting with French President Emmanuel Macron for next week.",
     "CONSULT", "hypothetical"),
    ("Brazil is studying the possibility of opening an embassy in Jerusalem.", "SUPPORT", "hypothetical"),
    ("The United States has applied to seize the Iranian oil tanker.", "COERCE", "hypothetical"),
    ("The United States did not need to impose new sanctions on Iran.", "SANCTION", "negated"),
    # protests called off or banned (modes24): the passive subject, the gathering's to-infinitive purpose
    ("Protests organized by the opposition are cancelled in Minsk before the arrival of riot police.",
     "PROTEST", "hypothetical"),
    ("Police in Bangkok ban a rally planned for Sunday to protest the arrest of student leaders.", "PROTEST",
     "hypothetical"),
    # negatives: the same acts done; a strike called off had begun; sanctions applied are imposed
    ("Talks between Serbia and Kosovo were held in Brussels on Monday.", "CONSULT", "asserted"),
    ("Peace talks between the government and the rebels were held on Friday.", "CONSULT", "asserted"),
    ("The president mediates with Serbia in Belgrade on Monday.", "CONSULT", "asserted"),
    ("Israel's prime minister met French President Emmanuel Macron in Paris.", "CONSULT", "asserted"),
    ("Brazil opens an embassy in Jerusalem.", "SUPPORT", "asserted"),
    ("The United States seized the Iranian oil tanker off Gibraltar.", "COERCE", "asserted"),
    ("The United States needed to impose new sanctions on Iran.", "SANCTION", "asserted"),
    ("Protests organized by the opposition are held in Minsk before the arrival of riot police.", "PROTEST",
     "asserted"),
    ("Thousands of people protested in Bangkok on Sunday despite a ban on rallies.", "PROTEST", "asserted"),
    ("Students rally in Bangkok on Sunday to protest the arrest of student leaders.", "PROTEST", "asserted"),
]


@pytest.mark.parametrize(("sentence", "plover_type", "modality"), MODALITIES)
def test_unheld_acts(sentence: str, plover_type: str, modality: str) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == plover_type]
    assert events, f"no {plover_type} event in {sentence!r}"
    assert {e.modality for e in events} == {modality}, [(e.action.cameo, e.modality) for e in events]
