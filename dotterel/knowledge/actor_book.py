"""The actor book: countries, people with time-bound roles, organisations, and sector words.

Three packaged YAML files make the book: ``countries.yaml`` (every ISO 3166 alpha-3 country with its names,
demonyms, capital and metonyms), ``actors.yaml`` (people, organisations, phrases that are not actors) and
``sectors.yaml`` (sector codes, sector nouns, title words). Each file is validated by the pydantic schema
:class:`KnowledgeFile`; any file may hold any section, so a user file passed to :func:`load_actor_book` can
add or replace entries: the same ``iso3``, ``id`` or sector word replaces ours. A bad file raises
:class:`~dotterel.errors.KnowledgeError` naming the file and the key.

Lookups are by alias. Short all-caps aliases (``US``, ``UN``, ``IRGC``) match case-sensitively; every other
alias matches after :func:`normalise_name` (case, accents, curly apostrophes folded).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from dotterel.errors import KnowledgeError
from dotterel.knowledge.actor_schema import (
    AliasKind,
    AliasTarget,
    CountryEntry,
    KnowledgeFile,
    OrganisationEntry,
    PersonEntry,
    PronounKind,
    RoleEntry,
    is_case_sensitive,
    load_knowledge_file,
    normalise_name,
)
from dotterel.model import Actor

__all__ = [
    "ActorBook",
    "AliasKind",
    "AliasTarget",
    "CountryEntry",
    "KnowledgeFile",
    "OrganisationEntry",
    "PersonEntry",
    "PronounKind",
    "RoleEntry",
    "is_case_sensitive",
    "load_actor_book",
    "load_knowledge_file",
    "normalise_name",
]

KNOWLEDGE_DIR = Path(__file__).resolve().parent
_MEMO_SIZE = 65536  # words remembered per lookup table (cleared when full: a long stream stays bounded)
DEFAULT_FILES: tuple[Path, ...] = tuple(
    KNOWLEDGE_DIR / n for n in ("countries.yaml", "actors.yaml", "sectors.yaml")
)


class ActorBook:
    """Lookups over the merged knowledge files: names to actors, words to sectors, countries by ISO3."""

    def __init__(self, files: Sequence[tuple[Path, KnowledgeFile]]) -> None:
        self._origin: dict[str, Path] = {}
        self._countries: dict[str, CountryEntry] = {}
        self._people: dict[str, PersonEntry] = {}
        self._orgs: dict[str, OrganisationEntry] = {}
        self._codes: dict[str, str] = {}  # other country codes ("IGO")
        self._sector_codes: dict[str, str] = {}
        self._sector_words: dict[str, str] = {}
        self._alias_sectors: dict[str, str | None] = {}
        self._titles: dict[str, str | None] = {}
        self._pronouns: dict[str, PronounKind] = {}
        self._sets: dict[str, set[str]] = {
            "connectors": set(),
            "places": set(),
            "groups": set(),
            "located": set(),
            "allegiance": set(),
            "former": set(),
            "ethnic": set(),
            "foreign": set(),
            "not": set(),
        }
        for path, parsed in files:
            self._merge(path, parsed)
        self._validate_references()
        self._exact: dict[str, list[AliasTarget]] = {}
        self._folded: dict[str, list[AliasTarget]] = {}
        self._title_folded: dict[str, list[AliasTarget]] = {}
        self._surface: set[str] = set()
        self._build_index()
        self._sector_memo: dict[str, str | None] = {}

    # ---- building -------------------------------------------------------------------------------------
    def _merge(self, path: Path, parsed: KnowledgeFile) -> None:
        self._countries.update({c.iso3: c for c in parsed.countries})
        self._people.update({p.id: p for p in parsed.people})
        self._orgs.update({o.id: o for o in parsed.organisations})
        keys = [c.iso3 for c in parsed.countries] + [p.id for p in parsed.people]
        self._origin.update({key: path for key in keys + [o.id for o in parsed.organisations]})
        self._codes.update(parsed.other_codes)
        self._sector_codes.update(parsed.sector_codes)
        for code, words in parsed.sector_words.items():
            self._sector_words.update({normalise_name(word): code for word in words})
        self._alias_sectors.update(parsed.alias_sectors)
        self._titles.update({normalise_name(word): sector for word, sector in parsed.titles.items()})
        self._pronouns.update({normalise_name(word): kind for word, kind in parsed.pronouns.items()})
        for name, words in (
            ("connectors", parsed.title_connectors),
            ("places", parsed.place_prepositions),
            ("groups", parsed.group_nouns),
            ("located", parsed.located_prepositions),
            ("allegiance", parsed.allegiance_words),
            ("former", parsed.former_markers),
            ("ethnic", parsed.ethnic_markers),
            ("foreign", parsed.foreign_nouns),
        ):
            self._sets[name].update(normalise_name(word) for word in words)
        self._sets["not"].update(parsed.not_actors)
        if parsed.sector_codes or parsed.sector_words or parsed.titles or parsed.alias_sectors:
            self._origin["<sectors>"] = path

    def _validate_references(self) -> None:
        codes, sectors = {*self._countries, *self._codes}, set(self._sector_codes)

        def check(key: str, code: str | None, allowed: set[str], what: str) -> None:
            if code is not None and code not in allowed:
                where = self._origin.get(key.split(".")[0], self._origin.get("<sectors>", Path("?")))
                raise KnowledgeError(str(where), key, f"unknown {what} {code!r}")

        for person in self._people.values():
            check(person.id, person.country, codes, "country code")
            for i, role in enumerate(person.roles):
                check(f"{person.id}.roles[{i}]", role.country, codes, "country code")
                check(f"{person.id}.roles[{i}]", role.sector, sectors, "sector")
        for org in self._orgs.values():
            check(org.id, org.country, codes, "country code")
            check(org.id, org.sector, sectors, "sector")
        for country in self._countries.values():
            for metonym in country.metonyms:
                check(f"{country.iso3}.metonyms", metonym.sector, sectors, "sector")
        for word, code in [*self._sector_words.items(), *self._titles.items(), *self._alias_sectors.items()]:
            check(f"sectors.{word}", code, sectors, "sector")

    def _add(self, alias: str, target: AliasTarget, title_only: bool = False) -> None:
        if title_only:
            bucket = self._title_folded.setdefault(normalise_name(alias), [])
        else:
            self._surface.add(alias)
            index, key = (
                (self._exact, alias) if is_case_sensitive(alias) else (self._folded, normalise_name(alias))
            )
            bucket = index.setdefault(key, [])
        if all(t.key != target.key for t in bucket):
            bucket.append(target)

    def _build_index(self) -> None:
        for c in self._countries.values():
            capitals = [c.capital, *c.capital_aliases] if c.capital and c.capital_as_actor else []
            for kind, aliases in (
                ("country", [c.name, *c.names]),
                ("adjective", c.adjectives),
                ("people", c.people),
                ("capital", capitals),
            ):
                for alias in aliases:
                    self._add(alias, AliasTarget(kind, c.iso3))  # type: ignore[arg-type]
            for metonym in c.metonyms:
                self._add(metonym.alias, AliasTarget("metonym", c.iso3, metonym.sector))
        for p in self._people.values():
            for alias in (p.name, *p.aliases):
                self._add(alias, AliasTarget("person", p.id))
            for alias in p.title_aliases:
                self._add(alias, AliasTarget("person", p.id), title_only=True)
        for o in self._orgs.values():
            for alias in (o.name, *o.aliases):
                self._add(alias, AliasTarget("organisation", o.id))
        for phrase in self._sets["not"]:
            self._add(phrase, AliasTarget("not_actor", normalise_name(phrase)))

    # ---- public lookups -------------------------------------------------------------------------------
    @property
    def countries(self) -> Iterable[CountryEntry]:
        """Every country entry, in ISO3 order."""
        return [self._countries[key] for key in sorted(self._countries)]

    def country(self, iso3: str) -> CountryEntry | None:
        """Return the country entry for ``iso3``, or None."""
        return self._countries.get(iso3)

    def person(self, actor_id: str) -> PersonEntry | None:
        """Return the person with this ``person:`` id, or None."""
        return self._people.get(actor_id)

    def organisation(self, actor_id: str) -> OrganisationEntry | None:
        """Return the organisation with this ``org:`` id, or None."""
        return self._orgs.get(actor_id)

    def find_aliases(self) -> list[str]:
        """Return every alias (surface form) that :meth:`find_targets` answers, title aliases excluded."""
        return sorted(self._surface)

    def find_title_aliases(self) -> list[str]:
        """Return the surnames that name a person only after a title ("May" in "Prime Minister May")."""
        return sorted({alias for p in self._people.values() for alias in p.title_aliases})

    def find_targets(self, text: str) -> list[AliasTarget]:
        """Return what ``text`` names (several targets when an alias is shared); [] when nothing."""
        stripped = text.strip()
        if stripped[:4].lower() == "the ":
            stripped = stripped[4:]
        if stripped in self._exact:
            return list(self._exact[stripped])
        return list(self._folded.get(normalise_name(stripped), []))

    def find_title_targets(self, text: str) -> list[AliasTarget]:
        """Return the people a title-only alias names ("Aoun" -> both Aouns); [] when nothing."""
        return list(self._title_folded.get(normalise_name(text), []))

    def resolve_role(self, person_id: str, on: dt.date) -> RoleEntry | None:
        """Return the first listed role of the person valid on ``on``, or None."""
        person = self._people.get(person_id)
        return next((role for role in person.roles if role.is_valid_on(on)), None) if person else None

    def resolve_target(
        self, targets: Sequence[AliasTarget], on: dt.date, title_words: Sequence[str] = ()
    ) -> AliasTarget | None:
        """Choose one target: the only one, else the only person in office on ``on`` (helped by titles)."""
        if len(targets) <= 1:
            return targets[0] if targets else None
        current = [t for t in targets if t.kind != "person" or self.resolve_role(t.key, on)]
        if len(current) > 1 and title_words:
            words = {normalise_name(w) for w in title_words}
            current = [t for t in current if t.kind == "person" and words & self._role_words(t.key, on)]
        return current[0] if len(current) == 1 else None

    def _role_words(self, person_id: str, on: dt.date) -> set[str]:
        role = self.resolve_role(person_id, on)
        return set(normalise_name(role.title).replace("-", " ").split()) if role else set()

    def to_actor(self, target: AliasTarget, text: str, on: dt.date) -> Actor | None:
        """Return the Actor that ``target`` is on ``on``, with ``text`` as written; None for non-actors."""
        if target.kind == "person":
            person = self._people[target.key]
            role = self.resolve_role(person.id, on)
            if role is None:
                return Actor(text=text, name=person.name, country=person.country, actor_id=person.id)
            country = role.country or person.country
            return Actor(text=text, name=person.name, country=country, sector=role.sector, actor_id=person.id)
        if target.kind == "organisation":
            org = self._orgs[target.key]
            return Actor(text=text, name=org.name, country=org.country, sector=org.sector, actor_id=org.id)
        if target.kind == "not_actor":
            return None
        entry = self._countries[target.key]
        sector = target.sector if target.kind == "metonym" else self._alias_sectors.get(target.kind)
        actor_id = f"country:{entry.iso3}" if target.kind in ("country", "capital", "metonym") else None
        return Actor(text=text, name=entry.name, country=entry.iso3, sector=sector, actor_id=actor_id)

    def resolve_name(self, text: str, on: dt.date) -> Actor | None:
        """Return the actor a name, alias, country name, capital or demonym denotes on ``on``, or None."""
        target = self.resolve_target(self.find_targets(text), on)
        return self.to_actor(target, text, on) if target else None

    def resolve_sector(self, word_lemma: str) -> str | None:
        """Return the sector code of a sector noun or two-word phrase ("officials", "security forces")."""
        memo = self._sector_memo
        if word_lemma not in memo:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            word = normalise_name(word_lemma)
            found = (self._sector_words[c] for c in (word, *_singular_forms(word)) if c in self._sector_words)
            memo[word_lemma] = next(found, None)
        return memo[word_lemma]

    def is_title_word(self, word: str) -> bool:
        """Return True when ``word`` can be part of a person's title ("Secretary", "Defense", "Gen.")."""
        return normalise_name(word) in self._titles

    def resolve_title_sector(self, word: str) -> str | None:
        """Return the sector a title word implies for an unknown person ("General" -> MIL), or None."""
        return self._titles.get(normalise_name(word))

    def is_title_connector(self, word: str) -> bool:
        """Return True for the small words allowed inside a title ("of", "the")."""
        return normalise_name(word) in self._sets["connectors"]

    def is_place_preposition(self, word: str) -> bool:
        """Return True when a bare country after ``word`` ("in Iraq") is a place rather than an actor."""
        return normalise_name(word) in self._sets["places"]

    def is_group_noun(self, word: str) -> bool:
        """Return True for nouns that head a named group's phrase ("the Kataib Hezbollah group")."""
        return normalise_name(word) in self._sets["groups"]

    def is_listed(self, word: str, what: str) -> bool:
        """Return True when ``word`` is in the word set ``what`` of ``sectors.yaml``: ``located`` (a
        preposition placing a group in a country: "students throughout Indonesia"), ``allegiance`` ("loyal"
        in "militants loyal to …"), ``former`` ("former president": not in office), ``ethnic`` ("ethnic
        Albanians": an ethnicity, not a nationality) or ``foreign`` ("peacekeepers": foreigners where
        they are)."""
        return normalise_name(word) in self._sets.get(what, set())

    def resolve_pronoun(self, word: str) -> PronounKind | None:
        """Return what a pronoun refers to: a person, a thing, a group or the speaker of a quote; or None."""
        return self._pronouns.get(normalise_name(word))

    def sector_description(self, code: str) -> str | None:
        """Return what a sector code means, or None for an unknown code."""
        return self._sector_codes.get(code)


def _singular_forms(word: str) -> list[str]:
    head, _, last = word.rpartition(" ")
    prefix = f"{head} " if head else ""
    forms: list[str] = []
    if last.endswith("men"):
        forms.append(last[:-3] + "man")
    if last.endswith("ies") and len(last) > 4:
        forms.append(last[:-3] + "y")
    if last.endswith("es") and len(last) > 3:
        forms.append(last[:-2])
    if last.endswith("s") and not last.endswith("ss") and len(last) > 2:
        forms.append(last[:-1])
    return [prefix + form for form in forms]


def _build(paths: Sequence[Path]) -> ActorBook:
    return ActorBook([(path, load_knowledge_file(path)) for path in paths])


@lru_cache(maxsize=1)
def _load_default() -> ActorBook:
    return _build(DEFAULT_FILES)


def load_actor_book(extra_paths: Sequence[Path | str] = ()) -> ActorBook:
    """Load the packaged actor book, with user YAML files (or CAMEO ``.txt`` dictionaries) layered on top.

    The packaged book alone is cached; a user file replaces our entries with the same key (ISO3, actor id,
    sector word, title word) and adds the others.
    """
    if not extra_paths:
        return _load_default()
    # --- hook: CAMEO/PETRARCH ``.txt`` dictionaries are read by dotterel.knowledge.cameo_dict and layered by
    # dotterel.knowledge.cameo_book ---
    from dotterel.knowledge.cameo_book import load_actor_book_with_cameo
    from dotterel.knowledge.cameo_dict import is_cameo_file

    if any(is_cameo_file(p) for p in extra_paths):
        return load_actor_book_with_cameo(extra_paths)
    return _build([*DEFAULT_FILES, *(Path(p) for p in extra_paths)])
