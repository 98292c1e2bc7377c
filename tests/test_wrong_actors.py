"""Wrong source and target actors (docs/when-where-how-bad.md, the "wrong actors" notes of the "Not in the
figures" lists of seeds 48-56), fixed by cause with sentences written like news text:

- the noun a past participle modifies is its passive subject, so the "by"-agent is the source: "a girl
  abducted by North Korea" (:func:`dotterel.stages.roles.find_subject`);
- the venue of a meeting or talks is no target: "a summit in Hanoi" (:func:`dotterel.stages.locals.is_venue`);
  a visit on the visitor's own soil has none ("consult" in ``home_untargeted_types``);
- a state's own embassy is no target of its act: "Canada closes its embassy in Tehran"
  (:mod:`dotterel.stages.own_missions`);
- a news agency that reports an act is not its doer: "KCNA confirms the visit of Kim Jong-un"
  (:mod:`dotterel.stages.reported_doers`).

Each table has negatives: what must not change.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Actor, Event
from dotterel.pipeline import Pipeline

DATE = "2020-02-14"


def _roles(pipeline: Pipeline, text: str, trigger: str) -> tuple[Actor | None, Actor | None]:
    """The source and target of the first event whose trigger is ``trigger``."""
    events: list[Event] = code(text, DATE, pipeline=pipeline)
    found = [e for e in events if text[e.trigger.start : e.trigger.end] == trigger]
    assert found, f"no {trigger!r} event"
    return found[0].source, found[0].target


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


PARTICIPLES = [
    # text, trigger, source country, target country
    ("The mother of a Japanese student abducted by North Korea in 1978 appeals to Kim Jong-un for his "
     "return.", "abducted", "PRK", "JPN"),
    ("The father of a British woman detained by Iran since 2016 calls for her release.", "detained", "IRN",
     "GBR"),
    ("A man convicted of fraud in 2015 is pardoned by the president of Peru.", "convicted", None, None),
    # negatives: a full passive, an active -ing participle
    ("Governor Sergey Furgal is arrested by Russian police over a series of murders.", "arrested", "RUS",
     "RUS"),
    ("Soldiers firing on protesters in Khartoum killed three people.", "firing", "SDN", "SDN"),
]


@pytest.mark.parametrize(("text", "trigger", "source", "target"), PARTICIPLES)
def test_past_participle_agent_is_the_source(
    pipeline: Pipeline, text: str, trigger: str, source: str | None, target: str | None
) -> None:
    found = _roles(pipeline, text, trigger)
    assert (_country(found[0]), _country(found[1])) == (source, target)


def test_convicted_man_is_the_target_not_the_source(pipeline: Pipeline) -> None:
    text = "A man convicted of fraud in 2015 is pardoned by the president of Peru."
    source, target = _roles(pipeline, text, "convicted")
    assert source is None and target is not None and target.text == "man"


VENUES = [
    # text, trigger, target country (None: no target)
    ("Trump and Kim hold a summit in Hanoi.", "summit", None),
    ("The foreign ministers of India and China hold talks in Moscow.", "talks", None),
    ("Chinese Premier Li Keqiang visits a hospital in Beijing.", "visits", None),
    ("Indian Prime Minister Narendra Modi visits flood-hit areas in Kerala.", "visits", None),
    # negatives: a visit abroad targets the host; a promised act targets its place
    ("Pompeo arrives in Baghdad for an unannounced visit.", "arrives", "IRQ"),  # one visit, told by "arrives"
    ("US Secretary of State Mike Pompeo visits Baghdad.", "visits", "IRQ"),
    ("Under the disengagement plan, Israel will evacuate all settlements in the Gaza Strip.", "evacuate",
     "PSE"),
]


@pytest.mark.parametrize(("text", "trigger", "target"), VENUES)
def test_venue_is_no_target(pipeline: Pipeline, text: str, trigger: str, target: str | None) -> None:
    assert _country(_roles(pipeline, text, trigger)[1]) == target


MISSIONS = [
    # text, trigger, target country
    ("Canada closes its embassy in Tehran.", "closes", "IRN"),
    ("Algeria reopens its embassy in Dhaka after five years.", "reopens", "BGD"),
    ("The United States shuts its consulate in Chengdu.", "shuts", "CHN"),
    # negatives: another state's mission, a possessed noun that is no mission
    ("China closes the US consulate in Chengdu.", "closes", "USA"),
    ("Iran closes its borders with Iraq.", "closes", "IRQ"),
]


@pytest.mark.parametrize(("text", "trigger", "target"), MISSIONS)
def test_own_mission_is_no_target(pipeline: Pipeline, text: str, trigger: str, target: str) -> None:
    assert _country(_roles(pipeline, text, trigger)[1]) == target


REPORTED = [
    # text, trigger, source text (None: no source)
    ("KCNA confirms the visit of Kim Jong-un to Vladivostok.", "visit", "Kim Jong-un"),
    ("Xinhua announces the visit of Chinese President Xi Jinping to Myanmar.", "visit",
     "Chinese President Xi Jinping"),
    ("State media announce a visit to Moscow by Kim Jong-un.", "visit", "Kim Jong-un"),
    # negatives: the press's own act; a government's announcement
    ("KCNA condemns the military drills of South Korea and the United States.", "condemns", "KCNA"),
    ("Journalists hold a protest in Manila.", "protest", "Journalists"),
    ("Iran announces the arrest of a British-Iranian woman.", "arrest", "Iran"),
]


@pytest.mark.parametrize(("text", "trigger", "source"), REPORTED)
def test_reporting_press_is_not_the_doer(
    pipeline: Pipeline, text: str, trigger: str, source: str | None
) -> None:
    found = _roles(pipeline, text, trigger)[0]
    assert (found.text if found is not None else None) == source
