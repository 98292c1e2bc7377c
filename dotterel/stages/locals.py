"""Locals stage: an actor known only by its sector ("protesters", "gunmen", "police") is taken to be of the
country where the event happened, when the text names that place.

"Gunmen fired on buses near Anuradhapura" -> the gunmen are LKA; "protesters hurled rocks at the US embassy"
(in Baghdad) -> the protesters are IRQ. A named actor, or one whose country the text gives, is never changed.
A protest with no stated target is taken to address the government of the country where it happens
(CAMEO's convention): "thousands demonstrated in Kirkuk" -> target IRQ GOV. Any other event with no stated
target, whose own sentence names where it happened, targets that country: "a curfew imposed in Sudan".
The inferences lower the event's confidence a little, since the text does not say them outright. The
maker of a visit (roles.yaml ``visit_patterns``) is never local: "Senate President X, on a visit to Taiwan".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from dotterel.knowledge.wordlists import load_role_words
from dotterel.model import Actor, Article, Event
from dotterel.stages.protest_countries import to_spread_protest

LOCAL_CONFIDENCE_FACTOR = 0.95
PROTEST = "PROTEST"
GOVERNMENT = "GOV"
POPULATION = "CVL"
CONFLICT_QUAD_CLASSES = (3, 4)


def to_local_actor(actor: Actor | None, country: str | None, not_local: frozenset[str]) -> Actor | None:
    """Return the actor with the place's country when it has a sector (not one of ``not_local``, lower-case)
    but no country, else unchanged."""
    if actor is None or country is None or actor.country is not None or actor.actor_id is not None:
        return actor
    if actor.sector is None or actor.sector.lower() in not_local:
        return actor
    return replace(actor, country=country)


def to_protest_target(event: Event, country: str | None) -> Actor | None:
    """The government a protest with no stated target addresses: of its place, else of its protesters;
    never the protesting government itself."""
    if event.action.type != PROTEST or event.target is not None:
        return event.target
    source = event.source
    country = country or (source.country if source is not None else None)
    if country is None or (source is not None and source.sector == GOVERNMENT and source.country == country):
        return None  # "Iran protested over the killing": a government does not protest to itself
    text = event.place.name if event.place is not None else (event.source.text if event.source else country)
    return Actor(text=text, name=None, country=country, sector=GOVERNMENT)


def is_venue(event: Event, venue_codes: frozenset[str], venue_patterns: frozenset[str] = frozenset()) -> bool:
    """True when the event's place is only where parties met or talked ("a summit in Hanoi", "talks in
    Moscow"): its CAMEO code is one of ``venue_codes`` (meetings, talks, signings; not visits), or its rule
    one of ``venue_patterns`` ("reach a deal in Doha")."""
    rules = set(event.rule.lower().split("+"))
    return any(event.action.cameo.startswith(code) for code in venue_codes) or bool(rules & venue_patterns)


def to_place_target(
    event: Event,
    country: str | None,
    home_untargeted: frozenset[str] = frozenset(),
    venue_codes: frozenset[str] = frozenset(),
    venue_patterns: frozenset[str] = frozenset(),
) -> Actor | None:
    """The country where an event with no stated target happened, when its own sentence names the place:
    "the curfew imposed in Sudan", "peacekeepers arrived in Bosnia" (the CAMEO coders' convention); for a
    conflictual event, the country's people ("tanks shelled targets in Jericho": PSE CVL). Not for the
    ``home_untargeted`` types on the source's own soil ("deployed a hospital ship to New York"), nor for the
    venue of a meeting or talks (:func:`is_venue`)."""
    place_span = event.evidence.spans.get("place")
    inside = place_span is not None and event.evidence.start <= place_span.start < event.evidence.end
    if event.target is not None or country is None or event.place is None or not inside:
        return event.target
    if is_venue(event, venue_codes, venue_patterns):
        return None
    at_home = event.source is not None and event.source.country == country
    if at_home and event.action.type.lower() in home_untargeted:
        return None
    sector = POPULATION if event.action.quad_class in CONFLICT_QUAD_CLASSES else None
    return Actor(text=event.place.name, name=None, country=country, sector=sector)


def to_domestic_actor(
    actor: Actor | None, other: Actor | None, words: Mapping[str, frozenset[str]]
) -> Actor | None:
    """A sector-only actor facing a country's police or courts is of that country: "Egyptian police
    dispersed demonstrators" -> the demonstrators are EGY (police and courts act at home)."""
    if other is None or other.sector is None or other.sector.lower() not in words["domestic_sectors"]:
        return actor
    return to_local_actor(actor, other.country, words["not_local_sectors"])


def localise_event(event: Event, words: Mapping[str, frozenset[str]]) -> Event:
    """Give sector-only actors the country of the event's place, else of the police or court they face; a
    protest its government; an event with no target the country where it happened."""
    not_local = words["not_local_sectors"]
    country = event.place.country if event.place is not None else None
    visitor = bool(set(event.rule.lower().split("+")) & words["visit_patterns"])  # comes from elsewhere
    source = event.source if visitor else to_local_actor(event.source, country, not_local)
    target = to_local_actor(event.target, country, not_local)
    source, target = to_domestic_actor(source, target, words), to_domestic_actor(target, source, words)
    if target is None and source is not None:
        target = to_protest_target(replace(event, source=source), country)
    if target is None:
        untargeted = (words["home_untargeted_types"], words["venue_codes"], words["venue_patterns"])
        target = to_place_target(replace(event, source=source), country, *untargeted)
    if source is event.source and target is event.target:
        return event
    return replace(event, source=source, target=target, confidence=event.confidence * LOCAL_CONFIDENCE_FACTOR)


class LocalsStage:
    """Sector-only actors take the country of the event's place; assigns ``events``."""

    name = "locals"
    requires: tuple[str, ...] = ("events",)
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, role_words: Mapping[str, frozenset[str]] | None = None) -> None:
        self.words = role_words if role_words is not None else load_role_words()

    def __call__(self, article: Article) -> Article:
        """Localise every event of the article."""
        events = [to_spread_protest(e, article.doc, article.mentions) for e in article.events]
        article.events = [localise_event(event, self.words) for event in events]
        return article
