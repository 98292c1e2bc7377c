""" "The country" in what a state's news agency reports is the agency's state: "The North Korean state news
agency KCNA reports that the country will suspend military action plans" (North Korea will).

A news agency (the MED sector) that reports a clause only tells the news, and is never its doer
(:mod:`dotterel.stages.reported_doers`); "the country", the subject of the reported clause, had no actor, so
the act had no source. When the reporter is a press mention with a country of its own, "the country" subject
of the clause it reports is that country (its government). Not "the country" elsewhere ("across the country"),
nor in a clause reported by anyone else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from dotterel.knowledge.actor_book import ActorBook
from dotterel.knowledge.actor_schema import AliasTarget
from dotterel.model import Mention, Span
from dotterel.stages.reported_doers import PRESS_SECTOR

RULE_AGENCY_COUNTRY = "actors.agency-country.v1"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CONFIDENCE = 0.6


def find_agency_country_mentions(
    book: ActorBook, doc: Any, mentions: Sequence[Mention], on: dt.date, country_nouns: frozenset[str]
) -> list[Mention]:
    """Return a country mention for each "the country" (a noun of ``country_nouns``, places.yaml) that is the
    subject of a clause reported by a press mention with a country; [] when there is none."""
    states = {entry.iso3 for entry in book.countries}
    press = {m.head.start: m.actor.country for m in mentions if m.actor.sector == PRESS_SECTOR}
    found = []
    for tok in doc:
        country = _reporter_country(tok, press, country_nouns)
        actor = book.to_actor(AliasTarget("country", country), "", on) if country in states else None
        if actor is not None:
            det = doc[tok.i - 1]
            span, head = Span(det.idx, tok.idx + len(tok)), Span(tok.idx, tok.idx + len(tok))
            actor = replace(actor, text=doc.text[span.start : span.end])
            found.append(Mention(span, head, actor, "pronoun", RULE_AGENCY_COUNTRY, _CONFIDENCE))
    return found


def _reporter_country(tok: Any, press: dict[int, str | None], country_nouns: frozenset[str]) -> str | None:
    """The country of the press mention that reports the clause whose subject ``tok`` ("the country") is."""
    if tok.lower_ not in country_nouns or tok.dep_ not in _SUBJECTS or tok.head.dep_ != "ccomp" or tok.i == 0:
        return None
    if tok.doc[tok.i - 1].lower_ != "the":
        return None
    reporter = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
    return press.get(reporter.idx) if reporter is not None else None
