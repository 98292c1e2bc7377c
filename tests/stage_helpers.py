"""Helpers for stage tests: put events at trigger words of a parsed article, then run a stage on it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dotterel.api import code
from dotterel.model import Action, Actor, Article, Event, Evidence, Span
from dotterel.pipeline import Pipeline
from dotterel.stages.places import PlacesStage

DUMMY_ACTION = Action("ASSAULT", None, "190", -10.0, 4)


def find_word_span(article: Article, word: str, occurrence: int = 0) -> Span:
    """Return the span of the ``occurrence``-th whole-word match of ``word`` in the article text."""
    matches = list(re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", article.text))
    if len(matches) <= occurrence:
        raise AssertionError(f"{word!r} occurs {len(matches)} times in {article.text!r}")
    match = matches[occurrence]
    return Span(match.start(), match.end())


def to_event(article: Article, trigger: Span, action: Action = DUMMY_ACTION, number: int = 0) -> Event:
    """Return an event at ``trigger`` whose evidence is the trigger's sentence."""
    sentence = next(s for s in article.sentences if s.span.start <= trigger.start < s.span.end)
    evidence = Evidence(sentence.text, sentence.span.start, sentence.span.end, {"action": trigger})
    return Event(
        event_id=f"test-{number}",
        article_id=article.id,
        article_date=article.date,
        trigger=trigger,
        action=action,
        source=None,
        target=None,
        evidence=evidence,
        rule="test.v1",
        confidence=1.0,
    )


def with_event(article: Article, trigger: str, occurrence: int = 0, action: Action = DUMMY_ACTION) -> Article:
    """Return the article with one event at the ``occurrence``-th ``trigger`` word (its only event)."""
    article.events = [to_event(article, find_word_span(article, trigger, occurrence), action)]
    return article


def with_events(article: Article, triggers: Sequence[str | tuple[str, int]]) -> Article:
    """Return the article with one event per trigger word (a word, or a (word, occurrence) pair), in order."""
    events = []
    for number, trigger in enumerate(triggers):
        word, occurrence = (trigger, 0) if isinstance(trigger, str) else trigger
        events.append(to_event(article, find_word_span(article, word, occurrence), number=number))
    article.events = events
    return article


def place_of(stage: PlacesStage, article: Article, index: int = 0) -> tuple[str, str] | None:
    """Return (name, country) of the place the places stage gives the ``index``-th event, or None."""
    event = stage(article).events[index]
    return None if event.place is None else (event.place.name, event.place.country)


def date_of(
    stage: Callable[[Article], Article], article: Article, index: int | None = None
) -> tuple[str | None, str]:
    """Return ``(date, precision)`` of an event after ``stage``: the article's only event (it must have
    exactly one), or the event at ``index``."""
    events = stage(article).events
    if index is None:
        (event,) = events
    else:
        event = events[index]
    return (event.date.isoformat() if event.date else None, event.date_precision)


def date_of_case(
    parse: Callable[..., Article],
    stage: Callable[[Article], Article],
    case: tuple[str, str, list[str], int, object],
) -> tuple[str | None, str]:
    """Return ``(date, precision)`` of the event at ``case[3]`` of ``case[0]`` dated ``case[1]``, with the
    events ``case[2]`` marked, after ``stage`` (the date tables' case: text, article date, triggers, index,
    expected)."""
    text, article_date, triggers, index, _ = case
    return date_of(stage, with_events(parse(text, date=article_date), triggers), index)


def tolls_of(article: Article) -> list[tuple[str, int | None, int | None]]:
    """Return ``(trigger text, killed, injured)`` of each event of the article, in order."""
    return [(article.text[e.trigger.start : e.trigger.end], e.killed, e.injured) for e in article.events]


def coded_tolls(text: str, date: str) -> list[tuple[str, int | None, int | None]]:
    """Return ``(trigger text, killed, injured)`` of each event the whole pipeline codes from ``text``."""
    events: list[Event] = code(text, date)
    return [(text[e.trigger.start : e.trigger.end], e.killed, e.injured) for e in events]


def coded_events_on(text: str, trigger: str, date: str) -> list[Event]:
    """Return the events the whole pipeline codes from ``text`` whose trigger reads ``trigger``."""
    events: list[Event] = code(text, date)
    return [e for e in events if text[e.trigger.start : e.trigger.end] == trigger]


def coded_event_on(text: str, trigger: str, date: str) -> Event:
    """Return the first event coded from ``text`` whose trigger reads ``trigger`` (asserting there is one)."""
    found = coded_events_on(text, trigger, date)
    assert found, f"no {trigger!r} event"
    return found[0]


def actor_field(actor: object | None, field: str) -> str | None:
    """Return ``field`` of an event's source or target, None when the role has no actor."""
    return getattr(actor, field) if actor is not None else None


def coded_toll_of(text: str, trigger: str, date: str) -> tuple[int | None, int | None]:
    """Return ``(killed, injured)`` of the first event coded from ``text`` whose trigger reads ``trigger``."""
    found = [(killed, injured) for word, killed, injured in coded_tolls(text, date) if word == trigger]
    assert found, (trigger, coded_tolls(text, date))
    return found[0]


def coded_toll_bounds_of(text: str, trigger: str, date: str) -> tuple[int | None, int | None, dict[str, str]]:
    """Return ``(killed, injured, count bounds)`` of the first event coded from ``text`` whose trigger reads
    ``trigger``."""
    found = [
        (e.killed, e.injured, dict(e.count_bounds))
        for e in code(text, date)
        if text[e.trigger.start : e.trigger.end] == trigger
    ]
    assert found, (trigger, [text[e.trigger.start : e.trigger.end] for e in code(text, date)])
    return found[0]


def coded_place_of_type(sentence: str, date: str, plover_type: str) -> tuple[str | None, str | None]:
    """Return ``(name, country)`` of the place of the first ``plover_type`` event coded from ``sentence``
    (``(None, None)`` when it has none); fail when no event of that type is coded."""
    events = [e for e in code(sentence, date) if e.action.type == plover_type]
    assert events, f"no {plover_type} event in {sentence!r}"
    place = events[0].place
    return (place.name, place.country) if place else (None, None)


def coded_events(pipeline: Pipeline, sentence: str, date: str) -> list[Event]:
    """Return the events ``pipeline`` codes from ``sentence`` dated ``date``."""
    return list(code(sentence, date, pipeline=pipeline))


def coded_acts(pipeline: Pipeline, sentence: str, date: str) -> list[tuple[str, str | None, str | None]]:
    """Return ``("TYPE cameo", source country or name, target country or name)`` of each event coded from
    ``sentence``."""
    events: list[Event] = code(sentence, date, pipeline=pipeline)
    return [(f"{e.action.type} {e.action.cameo}", _party(e.source), _party(e.target)) for e in events]


def coded_trigger_acts(
    pipeline: Pipeline, sentence: str, date: str, party: Callable[[Actor | None], str | None]
) -> list[tuple[str, str, str | None, str | None]]:
    """Return ``(type, trigger words, party(source), party(target))`` of each event ``pipeline`` codes from
    ``sentence`` dated ``date``."""
    events: list[Event] = code(sentence, date, pipeline=pipeline)
    return [
        (e.action.type, sentence[e.trigger.start : e.trigger.end], party(e.source), party(e.target))
        for e in events
    ]


def assert_trigger_act(
    found: list[tuple[str, str, str | None, str | None]],
    trigger: str,
    expected: tuple[str, str, str | None, str | None] | None,
) -> None:
    """Assert that ``expected`` is among the ``found`` events (:func:`coded_trigger_acts`), or, when it is
    None, that no event has the trigger words ``trigger``."""
    if expected is None:
        assert not [e for e in found if e[1] == trigger], found
    else:
        assert expected in found, found


def actor_text(actor: object | None) -> str | None:
    """Return the text an actor was named by, or None for no actor."""
    return getattr(actor, "text", None) if actor is not None else None


def assert_act_befalls(
    found: list[tuple[str, str, str | None, str | None]], trigger: str, kind: str, target: str | None
) -> None:
    """Assert that an act of ``kind`` at the words ``trigger`` is among the ``found`` events
    (:func:`coded_trigger_acts` with :func:`actor_text`) with ``target`` as the one it befalls, or, when
    ``target`` is None, that no such act is coded at those words."""
    acts = [act for act in found if act[1] == trigger and act[0] == kind]
    if target is None:
        assert not acts, found
    else:
        assert any(act[3] == target for act in acts), found


def _party(actor: object) -> str | None:
    return (getattr(actor, "country", None) or getattr(actor, "name", None)) if actor is not None else None


def assert_act_with_parties(
    acts: list[tuple[str, str | None, str | None]],
    kind: str,
    source: str | None,
    target: str | None,
    present: bool,
) -> None:
    """Assert that an act of ``kind`` with that source and target (None: any) is among ``acts`` (the
    :func:`coded_acts` of a sentence), or, for a negative case, is not."""
    found = [
        act
        for act in acts
        if act[0] == kind and (source is None or act[1] == source) and (target is None or act[2] == target)
    ]
    assert bool(found) == present, acts


def coded_codes_and_sources(pipeline: Pipeline, sentence: str, date: str) -> list[tuple[str, str | None]]:
    """Return ``("TYPE cameo", source country or name)`` of each event coded from ``sentence``."""
    events: list[Event] = code(sentence, date, pipeline=pipeline)
    return [
        (f"{e.action.type} {e.action.cameo}", (e.source.country or e.source.name) if e.source else None)
        for e in events
    ]


def located_names(stage: PlacesStage, article: Article) -> list[tuple[str, str | None]]:
    """Return (text, country) of every place the stage finds used as a location, in text order."""
    places = stage(article).places
    return [(article.text[p.span.start : p.span.end], p.place.country) for p in places]


def assert_act_coded(events: Sequence[Event], code_: str, target: str | None, present: bool) -> None:
    """Assert whether an event of ``code_`` ("TYPE cameo") is among ``events``, with ``target`` in its
    target's text when ``target`` is given; the message describes every event."""
    found = [
        e
        for e in events
        if f"{e.action.type} {e.action.cameo}" == code_
        and (target is None or (e.target is not None and target in e.target.text))
    ]
    described = [(e.action.type, e.action.cameo, e.target and e.target.text, e.rule) for e in events]
    assert bool(found) == present, described


def coded_date_at(text: str, date: str, trigger: str) -> tuple[str, str]:
    """Return ``(date, precision)`` of the first event whose trigger is ``trigger`` when ``text`` is coded as
    an article dated ``date``."""
    events = code(text, date)
    found = [e for e in events if text[e.trigger.start : e.trigger.end] == trigger]
    assert found, [(text[e.trigger.start : e.trigger.end], str(e.date)) for e in events]
    return (found[0].date.isoformat(), found[0].date_precision)


Where = tuple[str, str | None] | None  # (place name, country) of an event, or None for no place


def assert_trigger_places(
    sentence: str, date: str, trigger: str, places: set[Where], require_event: bool
) -> None:
    """Assert that every event coded at the word ``trigger`` of ``sentence`` has one of ``places`` ((name,
    country), or None for no place), and, when ``require_event``, that there is such an event."""
    events = [e for e in code(sentence, date) if sentence[e.trigger.start : e.trigger.end] == trigger]
    if require_event:
        assert events, f"no event of {trigger!r} in {sentence!r}"
    assert {(e.place.name, e.place.country) if e.place else None for e in events} <= places
