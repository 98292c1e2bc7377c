"""One trigger pattern of the lexicon (:mod:`dotterel.knowledge.lexicon`) and its word-phrase helpers.

A pattern's ``onset_verbs`` are verbs whose subject the event noun is and which tell that it happens, for a
noun that otherwise needs a light verb: "a lockdown of the capital will begin on Monday" is the lockdown
imposed, as "imposed a lockdown" is (:mod:`dotterel.stages.triggers`). For any noun pattern, the area told as
entering the measure ("Portugal moves to the highest level of restrictions") stands for its issuer
(:func:`dotterel.stages.noun_roles.resolve_onset_issuer`).

A pattern's ``requires_predicate`` lists adjectives one of which must say what the verb makes of its object:
"made face masks compulsory", "masks will be made mandatory" (the object is then the small clause's subject).

A pattern's ``excludes_object`` lists object phrases that cancel it: "pressed [the attack]" is no appeal,
"hosts [US troops]" no visit, "pulled the economy out of [recession]" no retreat. They are matched like
``requires_object`` (head lemma, modifier words), against the verb's direct object (or the noun behind a
quantity) and the objects of the verb's prepositions and particles (:mod:`dotterel.stages.triggers`).

A pattern's ``requires_source_sectors`` lists the sector codes (``sectors.yaml``) one of which the event's
source must have, for an act that is a measure only when a state takes it: a country suspending flights to
another restricts travel, an airline suspending its flights makes a business decision
(:func:`dotterel.stages.non_events.is_unsourced_measure`).

A pattern's ``requires_subject`` lists the phrases (matched like ``requires_object``) one of which must be the
verb's active subject or that subject's "of" noun, for an act told by what moves rather than by its verb:
"Turkish troops crossed into Syria", "a convoy of Russian tanks rolled into the town" are troop movements,
"migrants crossed into Greece" none (:func:`dotterel.stages.trigger_candidates.has_required_subject`).

A pattern with ``issued_measure`` is a government measure though its mode is none of ``measure_modes``
(hazards.yaml), as the easing of one is: told with no source of its own ("schools will be reopened"), it is
issued by whoever announces or orders it (:func:`dotterel.stages.non_events.is_issued_measure`).

A pattern with ``ergative`` has a verb whose subject, when it has no object, is what the act befalls:
"gyms will reopen tomorrow" tells what "the state will reopen gyms" tells (the subject is then the object
``requires_object`` is checked against; :func:`dotterel.stages.trigger_candidates.find_ergative_subject`).

A pattern with ``proper_object`` needs a proper name as the verb's direct object, in place of a listed
common noun: "rebels captured [Saraqib]" takes a town as "captured the town" does. A name says nothing of what
it names, so such a pattern should also require an armed source (``requires_source_sectors``): "the senator
captured [Michigan]" takes no ground (:mod:`dotterel.stages.triggers`).

A pattern's ``role_targets`` lists nouns that name a person only by their part in a crime ("the perpetrator",
"two suspects"), or by their kin ("her brother"): as the act's passive subject, object or "of"-object they are
its target, though no actor names them (:func:`dotterel.stages.noun_roles.resolve_role_target`).

A pattern with ``of_doer`` is an act with no object (to resign, to abdicate): its noun's "of"-object is who
did it, not what it befell ("the Parliament accepts the resignation of Tom Thabane": Thabane resigned), and
it is the source before any actor of the clause around the noun
(:func:`dotterel.stages.noun_roles.resolve_of_doer`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    field_validator,
    model_validator,
)

from dotterel.knowledge.codebook import PLOVER_TYPES

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


def to_clean_phrases(values: tuple[str, ...], max_words: int | None = None) -> tuple[str, ...]:
    """Return the phrases lower-cased with single spaces; raise ValueError for a bad or duplicate entry."""
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
    excludes_object: tuple[str, ...] = ()
    requires_prep: tuple[str, ...] = ()
    # a preposition that, on a verb with no object of its own, gives it another sense ("charged [at] police")
    excludes_bare_prep: tuple[str, ...] = ()
    requires_light_verb: tuple[str, ...] = ()
    onset_verbs: tuple[str, ...] = ()
    requires_predicate: tuple[str, ...] = ()
    target_preps: tuple[str, ...] = ()
    threat_cameo: str | None = Field(default=None, pattern=r"^13\d{0,2}$")
    loose_object: bool = False
    requires_source_sectors: tuple[str, ...] = ()
    requires_subject: tuple[str, ...] = ()
    issued_measure: bool = False
    ergative: bool = False
    proper_object: bool = False
    # the object is a name the parser marks a person's ("freed [Nazanin Zaghari-Ratcliffe]"), not a product's
    person_object: bool = False
    # the verb's active subject undergoes the act ("X goes on trial"): it is the target, not the source
    undergoer_subject: bool = False
    # the act is an event only with a doer of its own clause: a gerund after a preposition ("before [arriving]
    # in the country") takes its doer from another clause, so its source is unsure (stages.borrowed_doers)
    own_subject: bool = False
    # the event noun's "of"-object does the act ("the resignation of Tom Thabane"): it is the source
    of_doer: bool = False
    role_targets: tuple[str, ...] = ()
    examples: tuple[str, ...] = Field(default=(), validate_default=True)
    counter_examples: tuple[str, ...] = ()
    _nouns: tuple[tuple[tuple[str, ...], str], ...] = PrivateAttr(default=())
    _objects: tuple[tuple[tuple[str, ...], str], ...] = PrivateAttr(default=())
    _excluded: tuple[tuple[tuple[str, ...], str], ...] = PrivateAttr(default=())
    _subjects: tuple[tuple[tuple[str, ...], str], ...] = PrivateAttr(default=())

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

    @field_validator("verbs", "requires_prep", "excludes_bare_prep", "requires_light_verb", "onset_verbs",
        "requires_predicate", "target_preps")
    @classmethod
    def _short_phrases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return to_clean_phrases(value, max_words=2)

    @field_validator("requires_source_sectors")
    @classmethod
    def _sectors(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [code for code in value if not re.fullmatch(r"[A-Z]{2,4}", code)]
        if bad:
            raise ValueError(f"not sector codes: {bad}")
        return value

    @field_validator("nouns", "requires_object", "excludes_object", "role_targets", "requires_subject")
    @classmethod
    def _noun_phrases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return to_clean_phrases(value)

    @model_validator(mode="after")
    def _consistent(self) -> Pattern:
        match = PATTERN_ID.match(self.id)
        if match and match.group(1) != self.type.lower():
            raise ValueError(f"id {self.id!r} does not start with the type verbs.{self.type.lower()}-")
        if not self.verbs and not self.nouns:
            raise ValueError("a pattern needs verbs or nouns")
        if self.requires_light_verb and not self.nouns:
            raise ValueError("requires_light_verb is for noun patterns")
        if self.requires_predicate and not self.verbs:
            raise ValueError("requires_predicate is for verb patterns")
        if self.onset_verbs and not self.nouns:
            raise ValueError("onset_verbs is for noun patterns")
        if set(self.requires_object) & set(self.excludes_object):
            raise ValueError("a phrase both required and excluded as object")
        if (self.excludes_object or self.requires_subject or self.ergative) and not self.verbs:
            raise ValueError("excludes_object, requires_subject and ergative are for verb patterns")
        if any(not example.strip() for example in (*self.examples, *self.counter_examples)):
            raise ValueError("empty example sentence")
        return self

    def model_post_init(self, context: Any, /) -> None:
        """Pre-split the noun and object phrases into (modifiers, head)."""
        self._nouns = tuple(to_words(noun) for noun in self.nouns)
        self._objects = tuple(to_words(obj) for obj in self.requires_object)
        self._excluded = tuple(to_words(obj) for obj in self.excludes_object)
        self._subjects = tuple(to_words(subject) for subject in self.requires_subject)

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

    def is_excluded_object(self, head_lemma: str, modifier_words: Collection[str] = ()) -> bool:
        """True when an object with this head (and modifiers) cancels the pattern: "pressed [the attack]"."""
        return _best_specificity(self._excluded, head_lemma.lower(), modifier_words) is not None

    @property
    def requires_words(self) -> bool:
        """True when the pattern lists the object or the subject it needs: such a pattern, once met, is more
        specific than one that needs neither ("aid teams arrive in" beats an official's "arrives in")."""
        return bool(self.requires_object or self.requires_subject)

    def is_required_subject(self, head_lemma: str, modifier_words: Collection[str] = ()) -> bool:
        """True when a subject with this head (and modifiers) is one ``requires_subject`` lists."""
        return _best_specificity(self._subjects, head_lemma.lower(), modifier_words) is not None
