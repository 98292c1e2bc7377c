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
- ``requires_prep`` is satisfied by a preposition attached to the trigger or, when the trigger noun is the
  object of a light verb, to that verb ("waged war against").
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

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from dotterel.errors import KnowledgeError
from dotterel.knowledge.codebook import PLOVER_TYPES, Codebook, load_codebook

PACKAGED_LEXICON = "verbs.yaml"
VERB_DICTIONARY_SUFFIXES = (".txt",)
PATTERN_ID = re.compile(r"^verbs\.([a-z]+)-[a-z0-9]+(?:-[a-z0-9]+)*\.v[1-9][0-9]*$")
_WORD = r"[a-z][a-z0-9'.]*(?:-[a-z0-9'.]+)*"
_PHRASE = re.compile(rf"^{_WORD}(?: {_WORD})*$")
CAMEO_CODE = r"^(0[1-9]|1[0-9]|20)\d{0,2}$"
WordKind = Literal["verb", "noun"]


def to_words(phrase: str) -> tuple[tuple[str, ...], str]:
    """Split a noun phrase into (modifier words, head lemma): "pre-emptive military action" ->
    (("pre", "emptive", "military"), "action")."""
    words = [word for word in re.split(r"[\s\-]+", phrase.lower()) if word]
    return tuple(words[:-1]), words[-1]


def _normalize_phrases(values: tuple[str, ...], max_words: int | None = None) -> tuple[str, ...]:
    cleaned = tuple(" ".join(value.lower().split()) for value in values)
    for value in cleaned:
        if not _PHRASE.match(value):
            raise ValueError(f"{value!r} is not a lower-case word or phrase")
        if max_words is not None and len(value.split()) > max_words:
            raise ValueError(f"{value!r} has more than {max_words} words")
    duplicates = sorted({value for value in cleaned if cleaned.count(value) > 1})
    if duplicates:
        raise ValueError(f"duplicate entries {duplicates}")
    return cleaned


def _best_specificity(
    forms: Collection[tuple[tuple[str, ...], str]], head: str, words: Collection[str]
) -> int | None:
    found = [len(mods) for mods, form_head in forms if form_head == head and all(w in words for w in mods)]
    return max(found) if found else None


class Pattern(BaseModel):
    """One trigger pattern: words that, in the right syntax, code an event as ``type``/``cameo``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    type: str
    cameo: str = Field(pattern=CAMEO_CODE)
    mode: str | None = None
    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    requires_object: tuple[str, ...] = ()
    requires_prep: tuple[str, ...] = ()
    requires_light_verb: tuple[str, ...] = ()
    target_preps: tuple[str, ...] = ()
    threat_cameo: str | None = Field(default=None, pattern=r"^13\d{0,2}$")
    loose_object: bool = False
    examples: tuple[str, ...] = Field(default=(), validate_default=True)
    counter_examples: tuple[str, ...] = ()
    _nouns: tuple[tuple[tuple[str, ...], str], ...] = PrivateAttr(default=())
    _objects: tuple[tuple[tuple[str, ...], str], ...] = PrivateAttr(default=())

    @field_validator("id")
    @classmethod
    def _id_format(cls, value: str) -> str:
        if not PATTERN_ID.match(value):
            raise ValueError("id must look like verbs.<type>-<slug>.v<N> (lower case)")
        return value

    @field_validator("examples")
    @classmethod
    def _has_examples(cls, value: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        if not value and not (info.context or {}).get("imported"):
            raise ValueError("needs at least 1 example sentence")
        return value

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if value not in PLOVER_TYPES:
            raise ValueError(f"unknown PLOVER type {value!r}; expected one of {', '.join(PLOVER_TYPES)}")
        return value

    @field_validator("verbs", "requires_prep", "requires_light_verb", "target_preps")
    @classmethod
    def _short_phrases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _normalize_phrases(value, max_words=2)

    @field_validator("nouns", "requires_object")
    @classmethod
    def _noun_phrases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _normalize_phrases(value)

    @model_validator(mode="after")
    def _consistent(self) -> Pattern:
        match = PATTERN_ID.match(self.id)
        if match and match.group(1) != self.type.lower():
            raise ValueError(f"id {self.id!r} does not start with the type verbs.{self.type.lower()}-")
        if not self.verbs and not self.nouns:
            raise ValueError("a pattern needs verbs or nouns")
        if self.requires_light_verb and not self.nouns:
            raise ValueError("requires_light_verb is for noun patterns")
        if any(not example.strip() for example in (*self.examples, *self.counter_examples)):
            raise ValueError("empty example sentence")
        return self

    def model_post_init(self, context: Any, /) -> None:
        """Pre-split the noun and object phrases into (modifiers, head)."""
        self._nouns = tuple(to_words(noun) for noun in self.nouns)
        self._objects = tuple(to_words(obj) for obj in self.requires_object)

    def verb_keys(self) -> list[tuple[str, str | None]]:
        """Return the verb entries as (lemma, particle or None) keys."""
        keys: list[tuple[str, str | None]] = []
        for verb in self.verbs:
            lemma, _, particle = verb.partition(" ")
            keys.append((lemma, particle or None))
        return keys

    def noun_heads(self) -> frozenset[str]:
        """Return the head lemmas of the noun entries."""
        return frozenset(head for _, head in self._nouns)

    def noun_modifiers(self, head_lemma: str) -> list[tuple[str, ...]]:
        """Return the modifier words each noun entry with this head needs (``()`` for a bare noun)."""
        return [mods for mods, head in self._nouns if head == head_lemma.lower()]

    def noun_specificity(self, head_lemma: str, modifier_words: Collection[str]) -> int | None:
        """Return the modifier count of the most specific noun entry matching, or None when none matches.

        Args:
            head_lemma: lemma of the candidate noun.
            modifier_words: lemmas and lower-cased forms of its compound/amod/nmod subtrees.
        """
        return _best_specificity(self._nouns, head_lemma.lower(), modifier_words)

    def object_specificity(self, head_lemma: str | None, modifier_words: Collection[str] = ()) -> int | None:
        """Return how specifically a direct object satisfies ``requires_object`` (0 when nothing is required).

        None means the object (or its absence, ``head_lemma=None``) does not satisfy the requirement.
        """
        if not self.requires_object:
            return 0
        if head_lemma is None:
            return None
        if self.loose_object:  # TABARI's gapped match: "* ARTILLERY" in "fired two artillery shells"
            words = {head_lemma.lower(), *modifier_words}
            found = [len(m) for m, head in self._objects if head in words and all(w in words for w in m)]
            return max(found) if found else None
        return _best_specificity(self._objects, head_lemma.lower(), modifier_words)


class TargetPreps(BaseModel):
    """Default prepositions that introduce an event's target, for verb and for noun triggers."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    verb: tuple[str, ...]
    noun: tuple[str, ...]

    @field_validator("verb", "noun")
    @classmethod
    def _words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _normalize_phrases(value, max_words=1)


class LexiconFile(BaseModel):
    """Schema of a lexicon YAML file (ours or a user's)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    version: Literal[1]
    light_verbs: tuple[str, ...] = ()
    volition_verbs: tuple[str, ...] = ()
    speech_verbs: tuple[str, ...] = ()
    default_target_preps: TargetPreps | None = None
    replaces_verbs: tuple[str, ...] = ()
    patterns: tuple[Pattern, ...] = ()

    @field_validator("light_verbs", "volition_verbs", "speech_verbs")
    @classmethod
    def _word_lists(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _normalize_phrases(value, max_words=2)

    @field_validator("replaces_verbs")
    @classmethod
    def _lemmas(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _normalize_phrases(value, max_words=1)


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
        return next((p for p in self.patterns if p.id == pattern_id), None)

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
    lists: dict[str, set[str]] = {"light_verbs": set(), "volition_verbs": set(), "speech_verbs": set()}
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
