"""Informative stage: drop events that name no actor and carry nothing else an analyst can use.

"A former vice-mayor is detained for corruption" with no actor resolved, or "an investigation is ongoing", is
an event trigger with no source, no target, no toll and no place: it cannot enter a dyad, a series or a map.
Harm events (ASSAULT, COERCE) with a toll or a place stay even without actors ("a blast in Lahore kills
eleven"): they still count in casualty and place views; so does an event noun that is the subject of its
toll ("A riot over food shortages at a prison leaves 46 people dead": :mod:`dotterel.stages.deadly_subjects`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from dotterel.knowledge.lexicon import load_lexicon
from dotterel.knowledge.wordlists import load_role_words
from dotterel.model import Article, Event
from dotterel.stages.deadly_subjects import is_deadly_subject
from dotterel.stages.decision_makers import to_decision_targets
from dotterel.stages.held_meetings import is_held_meeting
from dotterel.stages.riot_happenings import is_happening_riot

HARM_TYPES = frozenset({"ASSAULT", "COERCE"})


def is_informative(event: Event) -> bool:
    """True when the event names an actor, or is harm with a stated toll or place."""
    if event.source is not None or event.target is not None:
        return True
    has_details = event.killed is not None or event.injured is not None or event.place is not None
    return event.action.type in HARM_TYPES and has_details


class InformativeStage:
    """Keep only informative events; assigns ``events``."""

    name = "informative"
    requires: tuple[str, ...] = ("events",)
    assigns: tuple[str, ...] = ("events",)

    def __init__(
        self,
        role_words: Mapping[str, frozenset[str]] | None = None,
        happening_verbs: Collection[str] | None = None,
    ) -> None:
        self.words = role_words if role_words is not None else load_role_words()
        verbs = happening_verbs if happening_verbs is not None else load_lexicon().happening_verbs
        self.happening_verbs = verbs  # "rioting continues": a riot told as happening (riot_happenings)

    def __call__(self, article: Article) -> Article:
        """Drop the article's uninformative events; keep a meeting told as held (stages/held_meetings.py)."""
        words = self.words
        article.events = [
            event
            for event in to_decision_targets(article, words)  # "criticize the decision" (decision_makers)
            if is_informative(event)
            or is_held_meeting(event, article.doc, words)
            or is_happening_riot(event, article.doc, self.happening_verbs)  # "rioting continues in cities"
            or is_deadly_subject(event, article.doc)  # "a riot … leaves 46 people dead"
        ]
        return article
