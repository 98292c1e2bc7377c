"""Warnings that threaten no one (dotterel/stages/warning_comments.py), on news-like sentences.

- a warning noun about travel or to one's own people is an advisory, no threat ("a travel warning",
  "warnings against traveling to Italy"), as the verb is not ("warns its citizens against travel");
- a warning to no one named whose content tells of a predicament ("warns that the system could collapse",
  "warns that a million people are at risk of poverty") is a pessimistic comment (CAMEO 012, no PLOVER type):
  no event;
- a warning to another party, or one whose content is an act the speaker would take, stays a threat;
- an act named as the subject of a warning's content, or in a relative clause there, is no threatened act
  but hypothetical (dotterel/stages/clause_bounds.py): "warns that attacks on freed prisoners will drive them
  back", "warns that any country that attacks Iran will ...";
- a reported obligation to leave the country is the speaker's expulsion (dotterel/stages/expulsion_orders.py):
  "says the diplomats must leave Russia within a week", not a demand.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event

DATE = "2020-03-02"


def _threats(sentence: str) -> list[Event]:
    return [e for e in code(sentence, DATE) if e.action.type == "THREATEN"]


def _describe(events: list[Event]) -> str:
    return "\n".join(f"{e.action.type} {e.action.cameo} {e.modality} [{e.rule}]" for e in events)


WARNINGS: list[tuple[str, bool]] = [
    # sentence, whether a THREATEN is coded
    ("The State Department issued increased warnings against traveling to South Korea and Italy.", False),
    ("Germany's foreign ministry issued a warning against travel to the Basque Country.", False),
    ("The embassy issued a warning to its citizens in the capital ahead of the protests.", False),
    ("The Chamber of Commerce warns that a million Peruvians are at risk of returning to poverty.", False),
    ("The World Food Programme warns that Yemen faces famine within months.", False),
    ("Doctors warn that the health system in the country is becoming overloaded.", False),
    ("Aid agencies warn that thousands of children could die of hunger this winter.", False),
    ("Nasrallah urges his supporters to go home, warning the resignation will lead to chaos.", False),
    ("The central bank governor warned that a no-deal exit would lead to turmoil in the markets.", False),
    ("Analysts warn that the standoff could plunge the country into anarchy.", False),
    # negatives: a warning to another party, or of the speaker's own act, is a threat
    ("Russia issued a warning to Ukraine over the naval exercises in the Black Sea.", True),
    ("The ministry issued a warning against Ankara over the drilling in Cypriot waters.", True),
    ("Iran warns that the United States will face consequences for the strike.", True),
    ("The United States warns that it will sanction anyone who does business with the government.", True),
    ("North Korea warned Seoul that its capital could be destroyed within minutes.", True),
    ("Turkey warned Greece of consequences over the drilling dispute.", True),
    ("Iran warned that any attack on its soil would lead to war.", True),
    ("The Houthis warned Saudi Arabia that they would respond to any attack.", True),
]


@pytest.mark.parametrize(("sentence", "threat"), WARNINGS, ids=[r[0][:50] for r in WARNINGS])
def test_advisories_and_pessimistic_comments_are_no_threats(sentence: str, threat: bool) -> None:
    events = _threats(sentence)
    assert bool(events) == threat, _describe(events)


BACKGROUNDS: list[tuple[str, str, str]] = [
    # sentence, the CAMEO root of the act named in the warning, the modality it must have
    (
        "The Taliban spokesman warns that attacks on newly freed prisoners will drive them back.",
        "19",
        "hypothetical",
    ),
    (
        "The Revolutionary Guards commander warns that any country that attacks Iran will have its territory "
        "turned into a battlefield.",
        "19",
        "hypothetical",
    ),
    (
        "The Secretary of State warns China that the expulsion of American journalists could affect "
        "the status of Hong Kong.",
        "16",
        "hypothetical",
    ),
    # negatives: a past-tense relative clause still tells a fact
    ("The president warns that workers who joined the strike will be replaced.", "14", "asserted"),
]


@pytest.mark.parametrize(("sentence", "root", "modality"), BACKGROUNDS, ids=[r[0][:50] for r in BACKGROUNDS])
def test_acts_named_in_a_warnings_subject_are_not_threatened(sentence: str, root: str, modality: str) -> None:
    events = [e for e in code(sentence, DATE) if e.action.cameo.startswith(root)]
    assert events and all(e.modality == modality for e in events), _describe(code(sentence, DATE))


THREATENED: list[str] = [
    # negatives: the warner's own act in the content is still threatened (no second event, one THREATEN)
    "Iran warns that it will attack any ship that enters its waters.",
    "North Korea warns that it will resume nuclear tests if talks fail.",
]


@pytest.mark.parametrize("sentence", THREATENED, ids=[r[:50] for r in THREATENED])
def test_the_warners_own_act_stays_a_threat(sentence: str) -> None:
    events = code(sentence, DATE)
    assert [e.action.type for e in events] == ["THREATEN"], _describe(events)


LEAVINGS: list[tuple[str, str, str | None]] = [
    # sentence, the PLOVER type coded on the report verb, the target
    (
        "The foreign ministry says the two British diplomats must leave Russia within a week.",
        "SANCTION",
        "GBR",
    ),
    ("Burundi says the WHO experts must leave the country within 72 hours.", "SANCTION", None),
    ("The government says the American ambassador will have to leave the country.", "SANCTION", "USA"),
    # negatives: leaving a home or an office, withdrawing troops, are demands
    ("The mayor says residents must leave their homes before the storm.", "REQUEST", None),
    ("The United States says Russia must withdraw its troops from Ukraine.", "REQUEST", "RUS"),
    ("The opposition says the president must leave office.", "REQUEST", None),
]


@pytest.mark.parametrize(("sentence", "kind", "country"), LEAVINGS, ids=[r[0][:50] for r in LEAVINGS])
def test_a_reported_obligation_to_leave_the_country_is_an_expulsion(
    sentence: str, kind: str, country: str | None
) -> None:
    events = code(sentence, DATE)
    assert [e.action.type for e in events] == [kind], _describe(events)
    if country is not None:
        assert events[0].target is not None and events[0].target.country == country, _describe(events)
