"""Meetings, venues and topics as actors, and non-political persons (docs/when-where-how-bad.md, Known
weaknesses, Session 15), fixed by cause with sentences written like news text:

- a meeting the text tells as held stays an event with its venue as place even when no book knows its parties
  (:mod:`dotterel.stages.held_meetings`);
- where an agreement is reached or signed is no party to it, as for meetings (``venue_codes``);
- the topic of a meeting of two named parties is no target: they meet each other
  (:mod:`dotterel.stages.topic_targets`);
- an unknown person acting in a company's or club's affairs is no political doer
  (:mod:`dotterel.stages.business_doers`).

Each table has negatives: what must not change.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Actor, Event
from dotterel.pipeline import Pipeline

DATE = "2019-10-30"


def _events(pipeline: Pipeline, text: str, trigger: str) -> list[Event]:
    """The events whose trigger is ``trigger``."""
    events: list[Event] = code(text, DATE, pipeline=pipeline)
    return [e for e in events if text[e.trigger.start : e.trigger.end] == trigger]


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


HELD = [
    # text, trigger, place of the kept event (None: no event)
    ("The first meeting of the country's new constitutional committee takes place in Geneva.", "meeting",
     "Geneva"),
    ("Peace talks are held in Doha between the warring parties.", "Peace talks", "Doha"),
    ("A regional summit opens in Addis Ababa.", "summit", "Addis Ababa"),
    ("Delegates of the rival factions meet in Geneva.", "meet", "Geneva"),
    ("A peace deal is signed between the two rebel movements in Juba.", "signed", "Juba"),
    # negatives: talks only named (pulled out of, led), a meeting planned
    ("The two delegations pull out of the peace talks in Geneva.", "peace talks", None),
    ("The ten members leading the negotiations in Havana return home.", "negotiations", None),
    ("A summit may be held in Hanoi next month.", "summit", None),
    ("The peace deal is met with anger in Armenia as thousands protest in Yerevan.", "met", None),
]


@pytest.mark.parametrize(("text", "trigger", "place"), HELD)
def test_meeting_told_as_held_is_kept(pipeline: Pipeline, text: str, trigger: str, place: str | None) -> None:
    found = _events(pipeline, text, trigger)
    kept = [e for e in found if e.modality == "asserted"]
    assert [e.place.name if e.place else None for e in kept][:1] == ([place] if place else [])
    assert all(e.target is None or e.target.text != place for e in kept)


AGREEMENTS = [
    # text, trigger, source country, target country
    ("The Taliban sign an agreement in Doha.", "sign", "AFG", None),
    ("India signs a trade agreement in New Delhi.", "signs", "IND", None),
    ("The Taliban reach a deal in Doha after months of talks.", "reach", "AFG", None),
    # negatives: the other party stays the target; a visit keeps its host
    ("Sudan's transitional government signs a peace deal with the Sudan Liberation Movement in Juba.",
     "signs", "SDN", "SDN"),
    ("Iran and Iraq sign a security pact in Baghdad.", "sign", "IRN", "IRQ"),
    ("Mike Pompeo arrives in Baghdad on an unannounced visit.", "arrives", "USA", "IRQ"),  # one visit row
]


@pytest.mark.parametrize(("text", "trigger", "source", "target"), AGREEMENTS)
def test_agreement_venue_is_no_target(
    pipeline: Pipeline, text: str, trigger: str, source: str | None, target: str | None
) -> None:
    found = _events(pipeline, text, trigger)
    assert found, f"no {trigger!r} event"
    assert (_country(found[0].source), _country(found[0].target)) == (source, target)


TOPICS = [
    # text, trigger, (source, target) country pairs
    ("Putin and Erdogan meet to discuss Syria.", "meet", [("RUS", "TUR"), ("TUR", "RUS")]),
    ("Putin and Erdogan meet in Sochi to discuss the fighting in Libya.", "meet",
     [("RUS", "TUR"), ("TUR", "RUS")]),
    ("Putin and Erdogan hold talks on Syria.", "talks", [("RUS", "TUR"), ("TUR", "RUS")]),
    # negatives: one party only, a third party named with "with", the meeting verb's own object
    ("Putin meets to discuss Syria.", "meets", [("RUS", "SYR")]),
    ("Putin and Erdogan meet with Rouhani to discuss Syria.", "meet", [("RUS", "IRN"), ("TUR", "IRN")]),
    ("Putin meets Erdogan to discuss Syria.", "meets", [("RUS", "TUR")]),
]


@pytest.mark.parametrize(("text", "trigger", "pairs"), TOPICS)
def test_meeting_topic_is_no_target(
    pipeline: Pipeline, text: str, trigger: str, pairs: list[tuple[str, str]]
) -> None:
    found = _events(pipeline, text, trigger)
    assert [(_country(e.source), _country(e.target)) for e in found] == pairs


BUSINESS = [
    # text, trigger, source text (None: no event)
    ("Boeing CEO Dennis Muilenburg defends the company's safety record before Congress.", "defends", None),
    ("Bob Iger steps down as CEO of The Walt Disney Company.", "steps down", None),
    ("James Murdoch resigns from the board of News Corporation.", "resigns", None),
    ("Jose Mourinho resigns as coach of the club after a string of defeats.", "resigns", None),
    # negatives: a political act or post of a person no book knows
    ("Businessman Samir Khatib withdraws his candidacy for the Prime Minister position.", "withdraws",
     "Samir Khatib"),
    ("Andrew Sabisky, an adviser to Prime Minister Boris Johnson, resigns.", "resigns", "Andrew Sabisky"),
    ("Facebook CEO Mark Zuckerberg threatens to sue Senator Elizabeth Warren.", "threatens",
     "Mark Zuckerberg"),
    ("Chief Executive Carrie Lam rejects the demands of the protesters.", "rejects", "Carrie Lam"),
    ("Jean-Paul Delevoye resigns on the twelfth day of the strike.", "resigns", "Jean-Paul Delevoye"),
]


@pytest.mark.parametrize(("text", "trigger", "source"), BUSINESS)
def test_business_person_is_no_political_doer(
    pipeline: Pipeline, text: str, trigger: str, source: str | None
) -> None:
    found = _events(pipeline, text, trigger)
    assert [e.source.text if e.source else None for e in found][:1] == ([source] if source else [])
