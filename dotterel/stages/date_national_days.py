"""National days told by a name many countries share: "dozens are arrested in Kazakhstan during Independence
Day" is 16 December, Kazakhstan's; "China celebrates its National Day" is 1 October.

A name of ``national_days`` in ``dates.yaml`` ("Independence Day", "National Day", "Republic Day") is the day
of the one country listed under it that its sentence names, by the country's name, adjective or capital
("in Kazakhstan", "Kazakh", "in Warsaw"); with none there, of the one the whole item names; with no such
country, or two of them in the same span of text ("Independence Day" in a sentence naming the United States
and Mexico), it gives no day ("Veterans rally in the capital on Independence Day"). Text inside parentheses
is no naming (a source: "(The Washington Post)"). The day is read like a day without a year (the nearer of
its last and next occurrence, the stage picking the reading for the tense of the clause). A name the fixed
``holidays`` list with its country ("Greek Independence Day", "Ukraine's Independence Day") is read there
first; a name followed by "weekend" names a period, no day ("a violent Independence Day weekend").

The country names come from the actor book the dates stage is handed (:class:`CountryNamings`); this module
reads no knowledge file itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from dotterel.knowledge.actor_book import ActorBook
from dotterel.knowledge.date_words import DateWordsFile
from dotterel.model import Article, Span
from dotterel.stages.date_expressions import DateMention, to_yearless_day

_PARENTHESES = re.compile(r"\([^()]*\)")


class CountryNamings:
    """The patterns that find the countries of an actor book by their names, adjectives and capitals."""

    def __init__(self, book: ActorBook) -> None:
        self.book = book
        self.load_country_namings = lru_cache(maxsize=16)(self._load_country_namings)

    def _load_country_namings(
        self, codes: frozenset[str], blind: tuple[str, ...] = ()
    ) -> tuple[re.Pattern[str], dict[str, str]]:
        """Return a pattern of the name, other names, adjectives, capital and capital aliases of each country
        of ``codes`` in the actor book (whole words, case-sensitive, the longest first: "People's Republic of
        China" is not "Republic of China"), and the ISO3 code of each (a word of two countries is left out);
        the ``blind`` names are matched and name no country ("Latin American" is not "American")."""
        book = self.book
        owners: dict[str, set[str]] = {}
        for iso3 in sorted(codes):
            entry = book.country(iso3)
            if entry is None:
                continue
            words = [entry.name, *entry.names, *entry.adjectives, *entry.capital_aliases]
            for word in [*words, *([entry.capital] if entry.capital else [])]:
                owners.setdefault(word, set()).add(iso3)
        for iso3 in {c.iso3 for c in book.countries} - codes:  # "Republic of China": Taiwan's, listed or not
            entry = book.country(iso3)
            for word in [entry.name, *entry.names] if entry else []:
                owners.setdefault(word, set()).add(iso3)
        for word in blind:
            owners[word] = set()
        alternation = "|".join(re.escape(w) for w in sorted(owners, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])")
        return pattern, {w: next(iter(o)) for w, o in owners.items() if len(o) == 1}


def find_named_countries(
    text: str, codes: frozenset[str], namings: CountryNamings, blind: tuple[str, ...] = ()
) -> frozenset[str]:
    """Return the ISO3 codes of ``codes`` whose country ``text`` names outside parentheses (``blind`` names
    naming none)."""
    bare = _PARENTHESES.sub(lambda m: " " * len(m.group(0)), text)
    pattern, owners = namings.load_country_namings(codes, blind)
    return frozenset(owners[m.group(0)] for m in pattern.finditer(bare) if owners.get(m.group(0)) in codes)


def resolve_national_day(
    article: Article,
    span: Span,
    by_country: Mapping[str, object],
    namings: CountryNamings,
    blind: tuple[str, ...] = (),
) -> str | None:
    """Return the ISO3 code of the one country of ``by_country`` (its keys) named in the sentence of ``span``,
    else in the whole item; None with none or two."""
    codes = frozenset(by_country)
    sentence = next((s.text for s in article.sentences if s.span.start <= span.start < s.span.end), "")
    for text in (sentence, article.text):
        named = find_named_countries(text, codes, namings, blind)
        if named:
            return next(iter(named)) if len(named) == 1 else None
    return None


def find_national_days(
    article: Article, words: DateWordsFile, found: list[DateMention], namings: CountryNamings
) -> list[DateMention]:
    """Return the day mentions of the national-day names (``words.national_days``) of ``article`` that overlap
    no mention already ``found``, each resolved by the country its sentence or item names."""
    days, blind = words.national_days, tuple(words.national_day_blind_names)
    if not days:
        return []
    names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(days, key=len, reverse=True))
    out = []
    for match in re.finditer(rf"\b(?:{names})(?![\w'\u2019])(?!\s+weekend)", article.text):
        span = Span(match.start(), match.end())
        if any(m.span.start < span.end and span.start < m.span.end for m in found):
            continue
        by_country = days[" ".join(match.group(0).split())]
        iso3 = resolve_national_day(article, span, by_country, namings, blind)
        if iso3 is not None:
            out.append(to_yearless_day(span, article.date, *by_country[iso3]))
    return out
