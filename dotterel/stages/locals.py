"""Locals stage: an actor known only by its sector ("protesters", "gunmen", "police") is taken to be of the
country where the event happened, when the text names that place.

"Gunmen fired on buses near Anuradhapura" -> the gunmen are LKA; "protesters hurled rocks at the US embassy"
(in Baghdad) -> the protesters are IRQ. A named actor, or one whose country the text gives, is never changed.
The inference lowers the event's confidence a little, since the text does not say it outright.
"""

from __future__ import annotations

from dataclasses import replace

from dotterel.model import Actor, Article, Event

LOCAL_CONFIDENCE_FACTOR = 0.95
NOT_LOCAL_SECTORS = frozenset({"IGO", "NGO", "MNC"})


def to_local_actor(actor: Actor | None, country: str | None) -> Actor | None:
    """Return the actor with the place's country when it has a sector but no country, else unchanged."""
    if actor is None or country is None or actor.country is not None or actor.actor_id is not None:
        return actor
    if actor.sector is None or actor.sector in NOT_LOCAL_SECTORS:
        return actor
    return replace(actor, country=country)


def localise_event(event: Event) -> Event:
    """Give sector-only actors of the event the country of its place."""
    country = event.place.country if event.place is not None else None
    source, target = to_local_actor(event.source, country), to_local_actor(event.target, country)
    if source is event.source and target is event.target:
        return event
    return replace(event, source=source, target=target, confidence=event.confidence * LOCAL_CONFIDENCE_FACTOR)


class LocalsStage:
    """Sector-only actors take the country of the event's place; assigns ``events``."""

    name = "locals"
    requires: tuple[str, ...] = ("events",)
    assigns: tuple[str, ...] = ("events",)

    def __call__(self, article: Article) -> Article:
        """Localise every event of the article."""
        article.events = [localise_event(event) for event in article.events]
        return article
