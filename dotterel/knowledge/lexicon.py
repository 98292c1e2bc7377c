"""The verb/noun pattern lexicon: which words trigger which PLOVER/CAMEO event, read from ``verbs.yaml``.

Matching conventions (the events stage applies them to the spaCy parse):

- A verb entry is a lemma ("bomb") or a lemma and a particle ("pull out", "call on"); the particle is a
  ``prt``, ``prep`` or ``advmod`` child of the verb (spaCy parses "stepped down", "pulled back" with an
  ``advmod``). :meth:`Lexicon.find_verb_patterns` looks up the exact key: a bare lemma only finds bare
  entries, ``(lemma, particle)`` only finds two-word entries (a bare entry still fires beside a particle).
- A noun entry is modifier words then the head lemma ("air raid", "pre-emptive military action"); it
  matches a noun whose lemma is the head when every modifier word is among the lemmas or lower-cased forms of
  the head's ``compound``/``amod``/``nmod`` subtrees. Hyphenated modifiers are split, as spaCy splits them
  ("pre-emptive" -> "pre", "emptive"; "sit-in" -> modifier "sit", head "in"). A noun that is itself a
  ``compound`` modifier ("riot police", "arrest warrant") is not a trigger.
- ``requires_object`` entries follow the noun rule, applied to the verb's direct object, a conjunct of it, or
  the subject of a passive verb; with ``loose_object`` (imported CAMEO patterns) an entry's words may be the
  object's head or its modifiers in any role ("artillery" matches "two artillery shells"). A quantity head
  ("thousands of troops") hides the real object: the events stage should look through it to the ``of`` object.
- ``excludes_object`` entries (same form) cancel a verb pattern when they match the verb's direct object, its
  ``of`` noun or the object of one of its prepositions: "pressed [the attack]" is no appeal, "pulled the
  economy out of [recession]" no retreat (:mod:`dotterel.knowledge.lexicon_pattern`).
- ``requires_prep`` is satisfied by a preposition attached to the trigger or, when the trigger noun is the
  object of a light verb, to that verb ("waged war against"); a verb with no direct object then takes the
  preposition's object as the object ``requires_object`` checks ("withdrew from [the treaty]").
- When several patterns match one token, the most specific wins: more modifier words, then a satisfied
  ``requires_object``, then a particle, then a satisfied ``requires_prep``; :meth:`Pattern.noun_specificity`
  and :meth:`Pattern.object_specificity` give the modifier counts.

User files (same schema, every key but ``version`` optional) layer on top of ours: a pattern with the same id
replaces ours, word lists are added to ours, ``default_target_preps`` (when given) replaces ours, and the verb
lemmas in ``replaces_verbs`` lose their entries in earlier files (patterns, light verbs). A ``.txt`` file is a
CAMEO/PETRARCH verb dictionary converted on load (:mod:`dotterel.knowledge.cameo_verb_patterns`): its patterns
need no example sentences, and it replaces the verbs it lists. ``replace_packaged=True`` keeps only the
user's patterns.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from dotterel.errors import KnowledgeError
from dotterel.knowledge.codebook import Codebook, load_codebook
from dotterel.knowledge.lexicon_pattern import (
    CAMEO_CODE,
    PATTERN_ID,
    Pattern,
    WordKind,
    to_clean_phrases,
    to_words,
)

__all__ = [
    "CAMEO_CODE", "PATTERN_ID", "Lexicon", "LexiconFile", "Pattern", "TargetPreps", "WordKind",
    "to_clean_phrases", "to_words",
]

PACKAGED_LEXICON = "verbs.yaml"
VERB_DICTIONARY_SUFFIXES = (".txt",)
class TargetPreps(BaseModel):
    """Default prepositions that introduce an event's target, for verb and for noun triggers."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    verb: tuple[str, ...]
    noun: tuple[str, ...]

    @field_validator("verb", "noun")
    @classmethod
    def _words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return to_clean_phrases(value, max_words=1)


class LexiconFile(BaseModel):
    """Schema of a lexicon YAML file (ours or a user's)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    version: Literal[1]
    light_verbs: tuple[str, ...] = ()
    volition_verbs: tuple[str, ...] = ()
    speech_verbs: tuple[str, ...] = ()
    issuing_verbs: tuple[str, ...] = ()
    degree_nouns: tuple[str, ...] = ()
    happening_verbs: tuple[str, ...] = ()
    default_target_preps: TargetPreps | None = None
    replaces_verbs: tuple[str, ...] = ()
    patterns: tuple[Pattern, ...] = ()

    @field_validator(
        "light_verbs", "volition_verbs", "speech_verbs", "issuing_verbs", "degree_nouns", "happening_verbs"
    )
    @classmethod
    def _word_lists(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return to_clean_phrases(value, max_words=2)

    @field_validator("replaces_verbs")
    @classmethod
    def _lemmas(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return to_clean_phrases(value, max_words=1)


LIST_NAMES = (
    "light_verbs",
    "volition_verbs",
    "speech_verbs",
    "issuing_verbs",
    "degree_nouns",
    "happening_verbs",
)


@dataclass(frozen=True)
class Lexicon:
    """The merged lexicon: patterns indexed by verb key and noun head, and the word lists as frozensets."""

    patterns: tuple[Pattern, ...]
    light_verbs: frozenset[str]
    volition_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    default_target_preps: Mapping[str, frozenset[str]]
    _by_verb: Mapping[tuple[str, str | None], tuple[Pattern, ...]] = field(repr=False, compare=False)
    _by_noun: Mapping[str, tuple[Pattern, ...]] = field(repr=False, compare=False)
    issuing_verbs: frozenset[str] = frozenset()
    degree_nouns: frozenset[str] = frozenset()
    happening_verbs: frozenset[str] = frozenset()
    verb_lemmas: frozenset[str] = field(init=False, repr=False, compare=False)
    noun_head_lemmas: frozenset[str] = field(init=False, repr=False, compare=False)
    light_verb_lemmas: frozenset[str] = field(init=False, repr=False, compare=False)
    _by_id: Mapping[str, Pattern] = field(init=False, repr=False, compare=False)
    noun_entries: Mapping[str, tuple[tuple[Pattern, tuple[tuple[str, ...], ...]], ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        """Index the words a trigger can start from: verb lemmas with any particle, noun heads, and the
        verbs of the light verbs ("carry" of "carry out"), so a word that is none is passed over at once; the
        patterns by id; and ``noun_entries``: for each noun head, its patterns in file order, each with the
        modifier words of each of its entries with that head (:meth:`Pattern.noun_modifiers`)."""
        object.__setattr__(self, "verb_lemmas", frozenset(lemma for lemma, _ in self._by_verb))
        object.__setattr__(self, "noun_head_lemmas", frozenset(self._by_noun))
        object.__setattr__(self, "light_verb_lemmas", frozenset(v.split()[0] for v in self.light_verbs))
        by_id: dict[str, Pattern] = {}
        for pattern in self.patterns:
            by_id.setdefault(pattern.id, pattern)  # the first of an id, as a scan in order finds it
        object.__setattr__(self, "_by_id", MappingProxyType(by_id))
        entries = {
            head: tuple((pattern, tuple(pattern.noun_modifiers(head))) for pattern in patterns)
            for head, patterns in self._by_noun.items()
        }
        object.__setattr__(self, "noun_entries", MappingProxyType(entries))

    def find_verb_patterns(self, lemma: str, particle: str | None = None) -> list[Pattern]:
        """Return the patterns listing exactly this verb key ("withdraw", or "pull" + "out"), file order."""
        key = (lemma.lower(), particle.lower() if particle else None)
        return list(self._by_verb.get(key, ()))

    def find_noun_patterns(self, head_lemma: str, modifiers: Collection[str] | None = None) -> list[Pattern]:
        """Return the patterns with a noun entry headed by this lemma.

        Without ``modifiers`` every such pattern is returned (the caller checks modifiers with
        :meth:`Pattern.noun_specificity`); with them, only the matching patterns, most specific first.
        """
        found = list(self._by_noun.get(head_lemma.lower(), ()))
        if modifiers is None:
            return found
        scored: list[tuple[int, int, Pattern]] = []
        for index, pattern in enumerate(found):
            specificity = pattern.noun_specificity(head_lemma, modifiers)
            if specificity is not None:
                scored.append((-specificity, index, pattern))
        return [pattern for _, _, pattern in sorted(scored, key=lambda item: item[:2])]

    def resolve_pattern(self, pattern_id: str) -> Pattern | None:
        """Return the pattern with this id, or None."""
        return self._by_id.get(pattern_id)

    def is_light_verb(self, lemma: str, particle: str | None = None) -> bool:
        """Return True for a light verb ("take", or "carry" + "out")."""
        key = f"{lemma.lower()} {particle.lower()}" if particle else lemma.lower()
        return key in self.light_verbs

    def target_preps(self, pattern: Pattern, kind: WordKind) -> frozenset[str]:
        """Return the prepositions introducing the target of ``pattern`` used as a verb or a noun."""
        return frozenset(pattern.target_preps) or self.default_target_preps[kind]


def to_lexicon(files_data: Sequence[tuple[str, LexiconFile]]) -> Lexicon:
    """Merge validated files (ours first) into a :class:`Lexicon`; later files override by pattern id.

    A file's ``replaces_verbs`` (a CAMEO verb dictionary's verbs) first removes those verb lemmas, with any
    particle, from the patterns and light verbs of the files before it: its own patterns decide them.
    """
    patterns: dict[str, Pattern] = {}
    names = LIST_NAMES
    lists: dict[str, set[str]] = {name: set() for name in names}
    preps: TargetPreps | None = None
    for _, data in files_data:
        if data.replaces_verbs:
            patterns = without_verbs(patterns, frozenset(data.replaces_verbs))
            claimed = set(data.replaces_verbs)
            lists["light_verbs"] = {v for v in lists["light_verbs"] if v.split()[0] not in claimed}
        for pattern in data.patterns:
            patterns[pattern.id] = pattern
        for name, words in lists.items():
            words.update(getattr(data, name))
        preps = data.default_target_preps or preps
    if preps is None:
        raise KnowledgeError(files_data[0][0] if files_data else "(none)", "default_target_preps", "missing")
    by_verb: dict[tuple[str, str | None], list[Pattern]] = {}
    by_noun: dict[str, list[Pattern]] = {}
    for pattern in patterns.values():
        for key in dict.fromkeys(pattern.verb_keys()):
            by_verb.setdefault(key, []).append(pattern)
        for head in sorted(pattern.noun_heads()):
            by_noun.setdefault(head, []).append(pattern)
    return Lexicon(
        patterns=tuple(patterns.values()),
        light_verbs=frozenset(lists["light_verbs"]),
        volition_verbs=frozenset(lists["volition_verbs"]),
        speech_verbs=frozenset(lists["speech_verbs"]),
        issuing_verbs=frozenset(lists["issuing_verbs"]),
        degree_nouns=frozenset(lists["degree_nouns"]),
        happening_verbs=frozenset(lists["happening_verbs"]),
        default_target_preps=MappingProxyType({"verb": frozenset(preps.verb), "noun": frozenset(preps.noun)}),
        _by_verb=MappingProxyType({k: tuple(v) for k, v in by_verb.items()}),
        _by_noun=MappingProxyType({k: tuple(v) for k, v in by_noun.items()}),
    )


def without_verbs(patterns: Mapping[str, Pattern], lemmas: frozenset[str]) -> dict[str, Pattern]:
    """Return the patterns with the verb entries of these lemmas removed; a pattern left with no verb and no
    noun is dropped."""
    kept: dict[str, Pattern] = {}
    for pattern_id, pattern in patterns.items():
        verbs = tuple(v for v in pattern.verbs if v.split()[0] not in lemmas)
        if verbs == pattern.verbs:
            kept[pattern_id] = pattern
        elif verbs or pattern.nouns:
            kept[pattern_id] = pattern.model_copy(update={"verbs": verbs})
    return kept


def _error_key(raw: Any, loc: Sequence[str | int]) -> str:
    """Return a readable key for a pydantic error location: ``patterns[<id>].field`` for a pattern."""
    parts: list[str] = []
    node = raw
    for part in loc:
        node = _child(node, part)
        if isinstance(part, int) and parts and parts[-1] == "patterns":
            pattern_id = node.get("id") if isinstance(node, dict) else None
            parts[-1] = f"patterns[{pattern_id or part}]"
        else:
            parts.append(str(part))
    return ".".join(parts) or "(file)"


def _child(node: Any, part: str | int) -> Any:
    if isinstance(node, dict):
        return node.get(part)
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return node[part]
    return None


def _check_against_codebook(path: str, data: LexiconFile, codebook: Codebook) -> None:
    seen: set[str] = set()
    for pattern in data.patterns:
        key = f"patterns[{pattern.id}]"
        if pattern.id in seen:
            raise KnowledgeError(path, key, "duplicate id")
        seen.add(pattern.id)
        entry = codebook.resolve(pattern.cameo)
        if entry is None:
            raise KnowledgeError(path, f"{key}.cameo", f"unknown CAMEO code {pattern.cameo!r}")
        if entry.plover_type != pattern.type:
            actual = entry.plover_type or "untyped"
            reason = f"CAMEO {pattern.cameo} is {actual} in the codebook, not {pattern.type}"
            raise KnowledgeError(path, f"{key}.type", reason)
        if pattern.threat_cameo is not None and pattern.threat_cameo not in codebook:
            raise KnowledgeError(path, f"{key}.threat_cameo", f"unknown CAMEO code {pattern.threat_cameo!r}")


def load_lexicon_file(path: Path, codebook: Codebook | None = None) -> LexiconFile:
    """Read and validate one lexicon file; raise KnowledgeError naming the file and the bad key.

    A ``.txt`` file is a CAMEO/PETRARCH verb dictionary (recognised by its ``--- NAME [CODE] ---`` lines),
    converted by :mod:`dotterel.knowledge.cameo_verb_patterns`; other files are lexicon YAML.
    """
    if path.suffix.lower() in VERB_DICTIONARY_SUFFIXES:
        return _load_verb_dictionary(path, codebook)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise KnowledgeError(str(path), "(file)", str(error)) from error
    try:
        data = LexiconFile.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        raise KnowledgeError(str(path), _error_key(raw, first["loc"]), first["msg"]) from error
    _check_against_codebook(str(path), data, codebook or load_codebook())
    return data


def _load_verb_dictionary(path: Path, codebook: Codebook | None) -> LexiconFile:
    from dotterel.knowledge.cameo_verb_patterns import load_verb_dictionary

    data = load_verb_dictionary(path, codebook).lexicon_file
    _check_against_codebook(str(path), data, codebook or load_codebook())
    return data


def load_lexicon(extra_paths: Sequence[Path] = (), replace_packaged: bool = False) -> Lexicon:
    """Load our lexicon with the user's files layered on top (cached per list of paths).

    Args:
        extra_paths: the user's lexicon YAML files and CAMEO verb dictionaries (``.txt``), in order.
        replace_packaged: keep none of our patterns, only the user's (our word lists and default target
            prepositions stay): a PETRARCH user's dictionary alone decides the codes.
    """
    return _load_lexicon_cached(tuple(Path(p) for p in extra_paths), replace_packaged)


@lru_cache(maxsize=8)
def _load_lexicon_cached(extra_paths: tuple[Path, ...], replace_packaged: bool = False) -> Lexicon:
    ours_path = Path(str(files("dotterel.knowledge") / PACKAGED_LEXICON))
    ours = load_lexicon_file(ours_path)
    if replace_packaged:
        ours = ours.model_copy(update={"patterns": ()})
    layers = [(str(path), load_lexicon_file(path)) for path in extra_paths]
    return to_lexicon([(str(ours_path), ours), *layers])
