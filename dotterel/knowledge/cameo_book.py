"""CAMEO actors and agents dictionaries as a layer of the actor book: names as written in text, the
knowledge layer of one dictionary, and :class:`CameoActorBook`, which resolves date-restricted codes on the
article date (files read by :mod:`dotterel.knowledge.cameo_dict`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from dotterel.knowledge.actor_book import (
    DEFAULT_FILES,
    ActorBook,
    AliasTarget,
    CountryEntry,
    KnowledgeFile,
    load_knowledge_file,
    normalise_name,
)
from dotterel.knowledge.cameo_dict import (
    NOT_ACTOR_AGENTS,
    CameoActor,
    CameoDictionary,
    is_cameo_file,
    read_cameo_dictionary,
    split_cameo_code,
)
from dotterel.model import Actor


def to_alias(phrase: str, connectors: Iterable[str] = ("of", "the", "and", "for")) -> str:
    """Return a dictionary phrase as written in text: ``PRINCE OF DOL AMROTH`` -> ``Prince of Dol Amroth``.

    A leading THE is dropped; words with a dot or a digit, and a lone word of at most three letters, stay in
    capitals (``U.S.``, ``IMF``); the other words are capitalised, connectors lower-cased.
    """
    words = phrase.split()
    if len(words) > 1 and words[0].upper() == "THE":
        words = words[1:]
    small = {c.casefold() for c in connectors}
    out = []
    for i, word in enumerate(words):
        letters = [ch for ch in word if ch.isalpha()]
        if i > 0 and word.casefold() in small:
            out.append(word.lower())
        elif (len(words) == 1 and len(letters) <= 3) or "." in word or any(ch.isdigit() for ch in word):
            out.append(word.upper())
        else:
            out.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(out)


def to_aliases(phrase: str) -> list[str]:
    """Return the aliases of a phrase: its written form, and for one word of at most five letters both its
    capitals (an acronym: ``NATO``, matched as written) and its capitalised form (a name: ``Ent``)."""
    alias = to_alias(phrase)
    if not (alias.isalpha() and len(alias) <= 5):
        return [alias]
    return list(dict.fromkeys([alias, alias.upper(), alias.capitalize()]))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "actor"


def is_country_record(actor: CameoActor) -> bool:
    """True for a record with one undated code of three letters (``GONDOR [GON]``): a country's names."""
    return (
        len(actor.codes) == 1
        and actor.codes[0].is_default
        and bool(re.fullmatch(r"[A-Z]{3}", actor.codes[0].code or ""))
    )


@dataclass
class CameoLayer:
    """One dictionary as an actor-book layer: the knowledge file, the person-kind records by id, the country
    codes it names, and the display name of each alias (folded)."""

    knowledge: KnowledgeFile
    records: dict[str, CameoActor] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)


def to_knowledge_layer(
    dictionary: CameoDictionary, taken_ids: set[str], countries: Mapping[str, CountryEntry]
) -> CameoLayer:
    """Return the actor-book layer of one dictionary; ``countries`` are the countries of earlier layers."""
    if dictionary.kind == "discards":
        return CameoLayer(KnowledgeFile(not_actors=[to_discard(d.phrase) for d in dictionary.discards]))
    if dictionary.kind == "agents":
        words: dict[str, list[str]] = {}
        seen: set[str] = set()
        for agent in dictionary.agents:
            fresh = [p.lower() for p in agent.phrases if p.lower() not in seen]
            seen.update(fresh)
            words.setdefault(agent.code, []).extend(fresh)
        not_actors = [word for code in NOT_ACTOR_AGENTS for word in words.pop(code, [])]
        codes = {code: f"CAMEO agent code from {dictionary.path.name}" for code in words}
        return CameoLayer(KnowledgeFile(sector_codes=codes, sector_words=words, not_actors=not_actors))
    layer = CameoLayer(KnowledgeFile())
    made: dict[str, CountryEntry] = {}
    people = []
    for actor in dictionary.actors:
        aliases = [a for phrase in actor.phrases for a in to_aliases(phrase)]
        layer.names.update({normalise_name(a): aliases[0] for a in aliases})
        if is_country_record(actor):
            made[str(actor.codes[0].code)] = _with_names(
                made.get(str(actor.codes[0].code)), countries, str(actor.codes[0].code), aliases
            )
            continue
        base = f"person:cameo-{_slug(actor.phrases[0])}"
        actor_id = base if base not in taken_ids else f"{base}-{actor.line}"
        taken_ids.add(actor_id)
        people.append({"id": actor_id, "name": aliases[0], "aliases": aliases[1:]})
        layer.records[actor_id] = actor
    layer.countries = list(made)
    layer.knowledge = KnowledgeFile.model_validate(
        {
            "people": people,
            "countries": list(made.values()),
            "alias_sectors": {"country": None, "capital": None},
        }
    )
    return layer


def _with_names(
    entry: CountryEntry | None, countries: Mapping[str, CountryEntry], code: str, aliases: list[str]
) -> CountryEntry:
    entry = entry or countries.get(code)
    if entry is None:
        return CountryEntry(iso3=code, name=aliases[0], names=aliases[1:])
    known = {normalise_name(n) for n in (entry.name, *entry.names, *entry.adjectives, *entry.people)}
    fresh = [a for a in aliases if normalise_name(a) not in known]
    return entry.model_copy(update={"names": [*entry.names, *fresh]})


def to_discard(phrase: str) -> str:
    """Return a discard phrase as a not-actor phrase: lower case (so any casing matches) unless an acronym."""
    letters = [ch for ch in phrase if ch.isalpha()]
    return phrase if " " not in phrase and len(letters) <= 5 else phrase.lower()


class CameoActorBook(ActorBook):
    """The actor book with CAMEO layers on top: their entries win, person-kind codes resolve on the date."""

    def __init__(
        self,
        files: Sequence[tuple[Path, KnowledgeFile]],
        layers: Sequence[CameoLayer],
        country_codes: Iterable[str] = (),
        sector_codes: Iterable[str] = (),
    ) -> None:
        """Merge the knowledge files (the layers' included, in order).

        Args:
            files: every knowledge file in order, the layers' knowledge included.
            layers: the CAMEO layers, in the order read (a later entry wins a shared alias).
            country_codes: codes read as countries when a code is split (:func:`split_cameo_code`).
            sector_codes: codes read as sectors when a code is split.
        """
        super().__init__(files)
        self._cameo = {key: record for layer in layers for key, record in layer.records.items()}
        self._names = {alias: name for layer in layers for alias, name in layer.names.items()}
        keys = [key for layer in layers for key in (*layer.countries, *layer.records)]
        self._rank = {key: rank for rank, key in enumerate(keys)}
        self._country_codes, self._sector_codes_for_split = set(country_codes), set(sector_codes)

    def resolve_target(
        self, targets: Sequence[AliasTarget], on: dt.date, title_words: Sequence[str] = ()
    ) -> AliasTarget | None:
        """Prefer CAMEO entries (the last one read) over the packaged book; a title before a CAMEO person
        whose code has no sector gives its sector ("Bree Prime Minister Romendacil": BRE GOV)."""
        ours = [t for t in targets if t.key in self._rank]
        if not ours:
            return super().resolve_target(targets, on, title_words)
        best = max(ours, key=lambda t: self._rank[t.key])
        sectors = [self.resolve_title_sector(word) for word in title_words]
        sector = next((s for s in sectors if s), None)
        return replace(best, sector=sector) if sector and best.key in self._cameo else best

    def to_actor(self, target: AliasTarget, text: str, on: dt.date) -> Actor | None:
        """Return the actor a CAMEO entry is on ``on`` (None for the null code); others as the book does."""
        record = self._cameo.get(target.key)
        if record is None:
            actor = super().to_actor(target, text, on)
            name = self._names.get(normalise_name(text)) if target.key in self._rank else None
            return replace(actor, name=name) if actor and name else actor
        code = record.resolve_code(on)
        if code is None:
            return None
        country, sector = split_cameo_code(code, self._country_codes, self._sector_codes_for_split)
        name = to_alias(record.phrases[0])
        return Actor(text, name, country, sector or target.sector, target.key)


def load_actor_book_with_cameo(extra_paths: Sequence[Path | str]) -> CameoActorBook:
    """Load the packaged book with the user's files on top, in order: YAML files, and CAMEO ``.txt``
    dictionaries (actors, agents, discards) converted by this module."""
    paths = [Path(p) for p in extra_paths]
    dictionaries = {p: read_cameo_dictionary(p) for p in paths if is_cameo_file(p)}
    files: list[tuple[Path, KnowledgeFile]] = [(p, load_knowledge_file(p)) for p in DEFAULT_FILES]
    layers: list[CameoLayer] = []
    taken: set[str] = set()
    for path in paths:
        if path in dictionaries:
            known = {c.iso3: c for _, f in files for c in f.countries}
            layers.append(to_knowledge_layer(dictionaries[path], taken, known))
            files.append((path, layers[-1].knowledge))
        else:
            files.append((path, load_knowledge_file(path)))
    countries = {c.iso3 for _, f in files for c in f.countries} | {k for _, f in files for k in f.other_codes}
    bare = {
        c.code
        for d in dictionaries.values()
        for a in d.actors
        for c in a.codes
        if c.code and len(c.code) == 3
    }
    sectors = {k for _, f in files for k in f.sector_codes}
    return CameoActorBook(files, layers, countries | bare, sectors)
