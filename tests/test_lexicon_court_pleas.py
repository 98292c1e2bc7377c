"""Pleas and acquittals: court acts told of the one tried.

From the "Law and crime" items of the current-events data (not seed 52): "pleads guilty to 29 charges" was
coded as an appeal (REQUEST 020) because "plead" and "plea" were appeal words; a defendant's plea answers a
charge and asks nothing of anyone, so "plead"/"plea" appeal only with the one begged ("pleaded with police")
or the thing begged for ("a plea for calm"). "X is acquitted of manslaughter" was not coded (22 items tell an
acquittal): an acquittal ends the legal action against the one tried, as dropping the charges does
(CONCEDE 080, like verbs.concede-drop-case), with the court as source where the text names it.
Negatives: guilty and not-guilty pleas, a guilty plea entered (no appeal, and no acquittal), a road cleared.
The act pleaded to ("pleads guilty to murdering eight men") is the charge's content, hypothetical as after
"charged with" (dotterel.stages.plea_contents); the same act told as a happening stays asserted. A
prosecutor general or solicitor general charging is a judicial source (sectors.yaml JUD), no military one.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_coded, coded_events

DATE = "2019-11-08"


ACTS: list[tuple[str, str, str | None, bool]] = [
    # sentence, "TYPE cameo", a word of the event's target (None: any target or none), whether it is there
    ("Residents of the flooded town pleaded with the army for help.", "REQUEST 020", "army", True),
    ("The prime minister made a plea for calm after the riots in the capital.", "REQUEST 020", None, True),
    ("A court in Sarajevo acquitted a Bosnian army commander of war crimes.", "CONCEDE 080", "army", True),
    ("Pilot Andy Hill is acquitted of eleven counts of manslaughter.", "CONCEDE 080", "Hill", True),
    ("The suspect was acquitted of murder on Tuesday.", "CONCEDE 080", "suspect", True),
    # negatives
    ("The former minister pleads guilty to spying for Iran.", "REQUEST 020", None, False),
    ("The gunman pleaded not guilty to 51 murders and 40 attempted murders.", "REQUEST 020", None, False),
    ("The driver entered a guilty plea to 29 charges of dangerous driving.", "REQUEST 020", None, False),
    ("The former minister pleads guilty to spying for Iran.", "CONCEDE 080", None, False),
    ("Firefighters cleared the road after the landslide.", "CONCEDE 080", None, False),
]


@pytest.mark.parametrize(
    ("sentence", "code_", "target", "present"), ACTS, ids=[f"{r[1]}:{r[0][:40]}" for r in ACTS]
)
def test_a_plea_or_an_acquittal_is_coded_as_what_it_is(
    pipeline: Pipeline, sentence: str, code_: str, target: str | None, present: bool
) -> None:
    assert_act_coded(coded_events(pipeline, sentence, DATE), code_, target, present)


PLEADED: list[tuple[str, str, str]] = [
    # sentence, the act's trigger word, its modality: what a plea answers is the charge's content
    ("A Toronto landscaper pleads guilty in court to murdering eight men.", "murdering", "hypothetical"),
    ("The former officer pleaded not guilty to the murder of the teenager.", "murder", "hypothetical"),
    # negatives: the same acts told as happenings, and an appeal to stop a killing
    ("A Toronto landscaper murdered eight men, police say.", "murdered", "asserted"),
    ("Gunmen killed 51 people at two mosques in Christchurch.", "killed", "asserted"),
    ("The minister pleaded with the rebels for the release of the hostages.", "pleaded", "asserted"),
]


@pytest.mark.parametrize(("sentence", "trigger", "modality"), PLEADED, ids=[r[0][:40] for r in PLEADED])
def test_the_act_pleaded_to_is_the_charge_not_a_happening(
    pipeline: Pipeline, sentence: str, trigger: str, modality: str
) -> None:
    coded = coded_events(pipeline, sentence, DATE)
    events = [e for e in coded if sentence[e.trigger.start : e.trigger.end] == trigger]
    described = [(sentence[e.trigger.start : e.trigger.end], e.action.type, e.modality) for e in events]
    assert events and all(e.modality == modality for e in events), described


SOURCES: list[tuple[str, str, str]] = [
    # sentence, a word of the source's text, its sector: "general" after a legal office is no military rank
    ("Ukraine's Prosecutor General charged two former officials with corruption.", "Prosecutor", "JUD"),
    ("The Attorney General charged two former officials with corruption.", "Attorney", "JUD"),
    # negative: a general of an army stays military
    ("A Syrian army general arrested two officers over the attack.", "general", "MIL"),
]


@pytest.mark.parametrize(("sentence", "source", "sector"), SOURCES, ids=[r[0][:40] for r in SOURCES])
def test_a_legal_office_is_judicial(pipeline: Pipeline, sentence: str, source: str, sector: str) -> None:
    coded = coded_events(pipeline, sentence, DATE)
    events = [e for e in coded if e.source is not None and source in e.source.text]
    described = [(e.action.type, e.source and e.source.text, e.source and e.source.sector) for e in events]
    assert events and all(e.source is not None and e.source.sector == sector for e in events), described
