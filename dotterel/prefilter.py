"""Skip the parse of articles that cannot hold an event: no token could lemmatise to a lexicon trigger.

Every event starts at a lexicon trigger: a verb whose lower-cased spaCy lemma is a verb key of a pattern (with
its particle, "pull" + "out", among the verb's children), or a noun (alone or as a light verb's object) whose
lemma is the head of a noun entry and whose modifiers include every modifier word of that entry ("sit-in"
needs "sit" as well as "in"). spaCy's English rule lemmatizer gives a token a lemma from its own text only:
the lower-cased text, a suffix rule or an exception-table entry for the token's part of speech, or a LEMMA an
attribute-ruler pattern sets. The union over every part of speech bounds the lemmas a token can get
*before* tagging; the union over an article's tokens (with their lower-cased forms) is its word bag. When no
entry has its head and all its other words in the bag, the full pipeline provably codes no event from the
article: only the tokenizer runs for it. The other articles get their tokenized ``Doc`` parsed without a
second tokenization.

The proof holds for the components it knows (``KNOWN_FACTORIES``) and a ``rule``-mode lemmatizer; with any
other component that could set lemmas, or an attribute-ruler pattern it cannot read, the prefilter lets every
article through (:attr:`TriggerPrefilter.active` is False). Skipping a whole sentence inside an article is
*not* safe (spaCy's tok2vec looks across sentence boundaries, and the parser decides the boundaries), so
the unit is the article.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dotterel.knowledge.lexicon import Lexicon, to_words

KNOWN_FACTORIES: frozenset[str] = frozenset(
    {"tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner", "morphologizer"}
)
_TOKEN_TEXT_KEYS: tuple[str, ...] = ("LOWER", "ORTH", "TEXT")


def find_trigger_entries(lexicon: Lexicon) -> list[tuple[str, tuple[str, ...]]]:
    """Return what can start an event: (head lemma, other words it needs) for every verb key and noun entry.

    A verb key "pull out" gives ("pull", ("out",)); a noun entry "military aid" gives ("aid", ("military",)).
    """
    entries: set[tuple[str, tuple[str, ...]]] = set()
    for pattern in lexicon.patterns:
        for lemma, particle in pattern.verb_keys():
            entries.add((lemma.lower(), (particle.lower(),) if particle else ()))
        for noun in pattern.nouns:
            modifiers, head = to_words(noun)
            entries.add((head.lower(), tuple(word.lower() for word in modifiers)))
    return sorted(entries)


MAX_REMEMBERED_WORDS = 200_000  # distinct lower-cased words whose possible lemmas are remembered


class TriggerPrefilter:
    """Tell, from the tokenizer alone, whether an article can hold an event.

    Args:
        nlp: the loaded spaCy pipeline (its tokenizer, lemmatizer tables and attribute ruler are read).
        entries: (head lemma, other words needed) pairs that start events (:func:`find_trigger_entries`).
    """

    def __init__(self, nlp: Any, entries: Iterable[tuple[str, tuple[str, ...]]]) -> None:
        self.nlp = nlp
        self.needs: dict[str, list[frozenset[str]]] = {}
        for head, words in entries:
            self.needs.setdefault(head, []).append(frozenset(words))
        self.trigger_lemmas = frozenset(self.needs)
        self._rules: list[tuple[str, str]] = []
        self._exceptions: list[dict[str, list[str]]] = []
        self._ruler_lemmas: dict[str, set[str]] = {}
        self._by_lower: dict[str, frozenset[str]] = {}
        self._by_key: dict[int, frozenset[str]] = {}  # the lower-cased form's string hash -> its lemmas
        self.active = self._read_pipeline(nlp)

    @classmethod
    def from_lexicon(cls, nlp: Any, lexicon: Lexicon) -> TriggerPrefilter:
        """Build the prefilter for a pipeline and the lexicon its events stage uses."""
        return cls(nlp, find_trigger_entries(lexicon))

    def to_doc(self, text: str) -> Any | None:
        """Return the tokenized ``Doc`` of a text that may hold an event, or None when it provably holds none.

        Raises:
            ValueError: the tokenizer refuses the text (longer than ``nlp.max_length``); the caller lets the
                NLP stage reject the article as it would without the prefilter.
        """
        doc = self.nlp.make_doc(text)
        return doc if not self.active or self.is_candidate(doc) else None

    def is_candidate(self, doc: Any) -> bool:
        """Return True when some trigger entry has its head and all its other words in the doc's word bag."""
        if not self.active:
            return True
        bag = self.find_word_bag(doc)
        return any(
            words <= bag for head in self.trigger_lemmas.intersection(bag) for words in self.needs[head]
        )

    def find_word_bag(self, doc: Any) -> set[str]:
        """Return every lemma any token of the tokenized ``doc`` could get, with the lower-cased forms."""
        from spacy.attrs import LOWER

        bag: set[str] = set()
        if len(self._by_lower) > MAX_REMEMBERED_WORDS:  # a long run meets new words without end: start again
            self._by_lower.clear()
            self._by_key.clear()
        by_lower, by_key = self._by_lower, self._by_key
        keys = doc.to_array(LOWER).tolist() if len(doc) else []
        firsts = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))  # word -> first token
        for key, i in firsts.items():
            lemmas = by_key.get(key)
            if lemmas is None:
                lower = doc.vocab.strings[key]  # token.lower_
                lemmas = by_lower.get(lower)
                if lemmas is None:
                    lemmas = by_lower[lower] = frozenset(self.find_possible_lemmas(doc[i].text))
                by_key[key] = lemmas
            bag.update(lemmas)
        return bag

    def find_possible_lemmas(self, text: str) -> set[str]:
        """Return every lower-cased lemma the pipeline could give a token with this text, whatever its tag."""
        lower = text.lower()
        lemmas = {lower}
        for old, new in self._rules:
            if lower.endswith(old):
                lemmas.add(lower[: len(lower) - len(old)] + new)
        for table in self._exceptions:
            lemmas.update(form.lower() for form in table.get(lower, ()))
        lemmas.update(self._ruler_lemmas.get(lower, ()))
        return lemmas

    # ---- reading the pipeline -------------------------------------------------------------------------
    def _read_pipeline(self, nlp: Any) -> bool:
        """Read the lemma tables and attribute-ruler lemmas; return False when the proof does not hold."""
        from dotterel.stages.lemma_repairs import LEMMA_REPAIR_COMPONENT, VERB_FORM_LEMMAS
        from dotterel.stages.nlp import PARAGRAPH_BREAK_COMPONENT

        known = KNOWN_FACTORIES | {PARAGRAPH_BREAK_COMPONENT, LEMMA_REPAIR_COMPONENT}
        if any(nlp.get_pipe_meta(name).factory not in known for name in nlp.pipe_names):
            return False
        if LEMMA_REPAIR_COMPONENT in nlp.pipe_names:  # "raped" may become "rape" after the lemmatizer
            for form, lemma in VERB_FORM_LEMMAS.items():
                self._ruler_lemmas.setdefault(form, set()).add(lemma)
        if "lemmatizer" not in nlp.pipe_names or getattr(nlp.get_pipe("lemmatizer"), "mode", None) != "rule":
            return False
        lookups = nlp.get_pipe("lemmatizer").lookups
        rules = lookups.get_table("lemma_rules", {})
        exceptions = lookups.get_table("lemma_exc", {})
        self._rules = sorted({(old, new) for key in rules for old, new in rules[key]})
        self._exceptions = [dict(exceptions[key]) for key in exceptions]
        if "attribute_ruler" in nlp.pipe_names:
            return self._read_ruler(nlp.get_pipe("attribute_ruler").patterns)
        return True

    def _read_ruler(self, patterns: Iterable[dict[str, Any]]) -> bool:
        for pattern in patterns:
            lemma = pattern.get("attrs", {}).get("LEMMA")
            if lemma is None or str(lemma).lower() not in self.trigger_lemmas:
                continue  # a ruler lemma that is no trigger cannot start an event
            for tokens in pattern.get("patterns", ()):
                index = pattern.get("index", 0)
                words = _to_token_words(tokens[index] if -len(tokens) <= index < len(tokens) else {})
                if words is None:
                    return False
                for word in words:
                    self._ruler_lemmas.setdefault(word, set()).add(str(lemma).lower())
        return True


def _to_token_words(spec: dict[str, Any]) -> list[str] | None:
    """Return the lower-cased texts a Matcher token spec allows, or None when it does not pin the text."""
    for key in _TOKEN_TEXT_KEYS:
        value = spec.get(key)
        if isinstance(value, str):
            return [value.lower()]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [str(word).lower() for word in value["IN"]]
    return None
