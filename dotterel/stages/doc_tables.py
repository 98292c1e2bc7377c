"""Per-token columns of one parsed ``Doc``, read once, for the clause walks of :mod:`dotterel.stages.scope`,
the trigger search of :mod:`dotterel.stages.triggers` and the word tables of the actors stage.

Reading ``token.dep_`` or walking ``token.children`` builds a Python ``Token`` and decodes a string on every
call; the dates, places and casualties stages walk the same clauses of the same document over a hundred times
an article, and the events stage reads the part of speech and lemma of every token to find the few that may
be triggers. :func:`to_doc_table` reads the head, dependency label, part of speech, tag, text, lower-cased
form and lemma of every token once (one ``Doc.to_array`` call; each distinct string is decoded once, in a
bounded mapping) and keeps the table of the document it was last asked for: one entry, so nothing grows
across articles. The table also remembers the root token of each character span asked for (event triggers
are looked up by several stages). :func:`to_mention_index` keeps the last article's
:class:`~dotterel.stages.roles.MentionIndex` the same way. Everything read is what the ``Token`` attributes
give (``tests/test_doc_tables.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy

from dotterel.knowledge.wordlists import load_role_words
from dotterel.model import Article, Event, Mention, Span
from dotterel.stages.roles import MentionIndex

CLAUSE_DEPS = frozenset({"ccomp", "csubj", "csubjpass", "parataxis", "relcl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})  # a verb's subject or object
VERB_POS = frozenset({"VERB", "AUX"})
_COLUMNS = ("HEAD", "DEP", "POS", "TAG", "LOWER", "LEMMA", "ORTH", "IS_SPACE")
_IDX = "IDX"
_SENT_START = "SENT_START"
_NAME_COLUMNS = ("ENT_TYPE", "SPACY")
_MAY_BREAK = CLAUSE_DEPS | {"advcl", "conj", "acl"}


class DocTable:
    """The columns of one parsed document, token index by token index.

    Attributes:
        doc: the document read.
        heads: each token's head index (a root is its own head).
        deps: each token's dependency label (``token.dep_``).
        lowers: each token's lower-cased form (``token.lower_``).
        texts: each token's text (``token.text``).
        spaces: True for a whitespace token (``token.is_space``).
        pos: each token's coarse part of speech (``token.pos_``).
        tags: each token's fine tag (``token.tag_``).
        lemmas: each token's lemma, lower-cased (``token.lemma_.lower()``).
        children: each token's children indices, in text order (``token.children``).
        verbs: True for a verb or auxiliary, by part of speech or tag (:func:`dotterel.stages.scope.is_verb`).
        breaks: True for a token that starts a clause of its own
            (:func:`dotterel.stages.scope.is_clause_break`).
        clause_children: each token's children that start no clause of their own, in text order.
        roots: the root token index of each character span looked up (:meth:`resolve_root`).
        offsets: each token's character offset (``token.idx``), read on the first :meth:`to_span_text`.
        text: the document's text (``doc.text``), read with the offsets.
        sent_starts: True for a token that starts a sentence, read on the first :meth:`is_sent_start`.
        ent_types: each token's entity label (``token.ent_type_``), read on the first :meth:`read_ent_types`.
        trailing: True for a token followed by a space (``token.whitespace_``), read with ``ent_types``.
    """

    def __init__(self, doc: Any) -> None:
        from spacy.attrs import IDS

        self.doc = doc
        size = len(doc)
        array = doc.to_array([IDS[name] for name in _COLUMNS]).reshape(size, len(_COLUMNS))
        self.heads: list[int] = (array[:, 0].view(numpy.int64) + numpy.arange(size)).tolist()
        dep_keys, pos_keys, tag_keys, lower_keys, lemma_keys, orth_keys, spaces = array[:, 1:].T.tolist()
        strings = doc.vocab.strings
        self.deps = _to_strings(strings, dep_keys, _NAMES)
        self.lowers = _to_strings(strings, lower_keys, _NAMES)
        self.texts = _to_strings(strings, orth_keys, _NAMES)
        self.spaces = list(map(bool, spaces))
        self.pos = _to_strings(strings, pos_keys, _NAMES)
        self.tags = _to_strings(strings, tag_keys, _NAMES)
        self.lemmas = _to_strings(strings, lemma_keys, _FOLDED)
        verb_pos = {key for key in set(pos_keys) if _NAMES[key] in VERB_POS}
        verb_tags = {key for key in set(tag_keys) if _NAMES[key].startswith("VB")}
        pairs = zip(pos_keys, tag_keys, strict=True)
        self.verbs = [pos in verb_pos or tag in verb_tags for pos, tag in pairs]
        self.children: list[list[int]] = [[] for _ in dep_keys]
        for i, head in enumerate(self.heads):
            if head != i:
                self.children[head].append(i)
        self.breaks = [dep in _MAY_BREAK and self._is_clause_break(i) for i, dep in enumerate(self.deps)]
        self.roots: dict[tuple[int, int], int | None] = {}  # character span -> its root token index
        self.offsets: list[int] = []  # each token's character offset (``token.idx``), read when first asked
        self.text = ""  # the document's text (``doc.text``), read with the offsets
        self.sent_starts: list[bool] = []  # ``token.is_sent_start`` is True, read when first asked
        self.ent_types: list[str] = []  # ``token.ent_type_``, read when first asked (:meth:`read_ent_types`)
        self.trailing: list[bool] = []  # ``token.whitespace_`` is a space, read with the entity labels
        self.clause_children: list[list[int]] = [[] for _ in dep_keys]
        for i, head in enumerate(self.heads):
            if head != i and not self.breaks[i]:
                self.clause_children[head].append(i)

    def resolve_root(self, start: int, end: int) -> Any | None:
        """Return the root token of the tokens over characters ``[start, end)`` (``Doc.char_span`` with
        ``alignment_mode="expand"``), or None when they are no token or none; remembered per span."""
        root = self.roots.get((start, end), -1)
        if root == -1:
            tokens = self.doc.char_span(start, end, alignment_mode="expand")
            root = tokens.root.i if tokens is not None and len(tokens) else None
            self.roots[(start, end)] = root
        return None if root is None else self.doc[root]

    def to_span_text(self, start: int, end: int) -> str:
        """Return the text of tokens ``[start, end)`` (``doc[start:end].text``), read from the document's
        text by the tokens' character offsets, without a ``Span`` object."""
        if start >= end:
            return ""
        if not self.offsets:  # ``Doc.text`` joins every token's text on each call: read once
            self.offsets, self.text = self.doc.to_array(_IDX).reshape(-1).tolist(), self.doc.text
        return self.text[self.offsets[start] : self.offsets[end - 1] + len(self.texts[end - 1])]

    def is_sent_start(self, i: int) -> bool:
        """True when token ``i`` starts a sentence (``token.is_sent_start`` is True)."""
        starts = self.sent_starts
        if not starts:
            starts = self.sent_starts = [
                key == 1 for key in self.doc.to_array(_SENT_START).reshape(-1).tolist()
            ]
        return starts[i]

    def read_ent_types(self) -> list[str]:
        """Return each token's entity label (``token.ent_type_``, "" outside an entity), reading the entity
        labels and trailing spaces (:attr:`trailing`) of the document on the first call."""
        if not self.ent_types and self.texts:
            from spacy.attrs import IDS

            array = self.doc.to_array([IDS[name] for name in _NAME_COLUMNS]).reshape(len(self.texts), 2)
            keys, spaces = array.T.tolist()
            self.ent_types = _to_strings(self.doc.vocab.strings, keys, _NAMES)
            self.trailing = list(map(bool, spaces))
        return self.ent_types

    def has_space_after(self, i: int) -> bool:
        """True when token ``i`` is followed by a space (``token.whitespace_`` is not empty)."""
        if not self.trailing:
            self.read_ent_types()
        return self.trailing[i]

    def find_subtree_ids(self, i: int) -> set[int]:
        """Return the token indices of token ``i``'s subtree (``token.subtree``): itself and descendants."""
        ids, stack = {i}, [i]
        while stack:
            children = self.children[stack.pop()]
            ids.update(children)
            stack += children
        return ids

    def _is_clause_break(self, i: int) -> bool:
        dep = self.deps[i]
        if dep in CLAUSE_DEPS:  # not "dead" of "shoots dead two policemen in …": the verb's own result word
            return not (dep == "ccomp" and self.pos[i] == "ADJ" and self._is_bare_result(i))
        if dep not in ("advcl", "conj", "acl"):
            return False
        has_subject = any(self.deps[c] in SUBJECT_DEPS for c in self.children[i])
        if dep == "advcl":
            return has_subject or any(self.deps[c] == "mark" for c in self.children[i])
        return has_subject

    def _is_bare_result(self, i: int) -> bool:
        """True for an adjective right after its verb with no subject of its own ("shoots dead two men"):
        a resultative word of the verb's clause, which the parser may label as a clause of its own."""
        head = self.heads[i]
        return (
            head == i - 1
            and self.verbs[head]
            and not any(self.deps[c] in SUBJECT_DEPS for c in self.children[i])
        )


_last: tuple[Any, DocTable] | None = None
_NAMES: dict[int, str] = {}  # string hash -> string (a hash names the same string in any string store)
_FOLDED: dict[int, str] = {}  # string hash -> the string lower-cased
_MAX_STRINGS = 1 << 17


def _to_strings(strings: Any, keys: list[int], known: dict[int, str]) -> list[str]:
    """Return the string of each key (``known``: ``_NAMES`` or ``_FOLDED``), reading the new ones from the
    string store; a full mapping is emptied first, so it stays bounded."""
    try:
        return list(map(known.__getitem__, keys))
    except KeyError:
        if len(known) > _MAX_STRINGS:
            known.clear()
        for key in set(keys).difference(known):
            text = strings[key] if key else ""
            known[key] = text.lower() if known is _FOLDED else text
        return list(map(known.__getitem__, keys))


def to_token_texts(doc: Any) -> list[str]:
    """Return the text of every token (``token.text``), read from ``Doc.to_array``."""
    from spacy.attrs import ORTH

    return _to_strings(doc.vocab.strings, doc.to_array(ORTH).reshape(-1).tolist(), _NAMES) if len(doc) else []


def resolve_doc_table(doc: Any) -> DocTable | None:
    """Return the table of ``doc`` when it is the one kept (:func:`to_doc_table`), else None."""
    last = _last
    if last is not None and last[0] is doc and len(last[1].heads) == len(doc):
        return last[1]
    return None


def forget_doc_tables(doc: Any) -> None:
    """Drop what is kept of ``doc`` (its table, the mention index over it): it is being annotated anew."""
    global _last, _last_index
    if _last is not None and _last[0] is doc:
        _last = None
    if _last_index is not None and _last_index[0] is doc:
        _last_index = None


def to_doc_table(doc: Any) -> DocTable:
    """Return the table of ``doc``, read once: the table of the last document asked for is kept.

    The document must not change while its table is kept: the NLP stage, which annotates in place the
    tokenized ``Doc`` the prefilter made, first forgets it (:func:`forget_doc_tables`).
    """
    global _last
    table = resolve_doc_table(doc)
    if table is not None:
        return table
    table = DocTable(doc)
    _last = (doc, table)
    return table


def to_token_range(tokens: Any) -> tuple[Any, range] | None:
    """Return the document and token indices of a ``Span`` or ``Doc`` (None for other token sequences)."""
    from spacy.tokens import Doc, Span

    if isinstance(tokens, Span):
        return tokens.doc, range(tokens.start, tokens.end)
    if isinstance(tokens, Doc):
        return tokens, range(len(tokens))
    return None


_last_index: tuple[Any, list[Mention], tuple[Mention, ...], frozenset[str], MentionIndex] | None = None


def to_mention_index(
    doc: Any, mentions: list[Mention], role_words: Mapping[str, frozenset[str]] | None = None
) -> MentionIndex:
    """Return ``MentionIndex(doc, mentions, role_words)``, built once for the events, modality and
    attribution stages of one article: the index of the last call is kept, and given again while the doc,
    the mention list and its mentions are the same objects and the partner prepositions are equal."""
    global _last_index
    partners = (role_words if role_words is not None else load_role_words())["partner_preps"]
    last = _last_index
    if (
        last is not None
        and last[0] is doc
        and last[1] is mentions
        and len(last[2]) == len(mentions)
        and all(a is b for a, b in zip(last[2], mentions, strict=True))
        and last[3] == partners
    ):
        return last[4]
    index = MentionIndex(doc, mentions, role_words)
    _last_index = (doc, mentions, tuple(mentions), partners, index)
    return index


def resolve_trigger_root(doc: Any, span: Span) -> Any | None:
    """Return the root token of ``doc.char_span(span.start, span.end, alignment_mode="expand")``, or None
    when there is no such span (read once per span: :meth:`DocTable.resolve_root`)."""
    root = to_doc_table(doc).resolve_root(span.start, span.end)
    if root is not None:
        return root
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")  # None, or covering no token
    return tokens.root if tokens is not None else None


def find_sentence_index(article: Article, event: Event) -> int | None:
    """The position in ``article.sentences`` of the sentence holding the event's trigger."""
    for position, sentence in enumerate(article.sentences):
        if sentence.span.start <= event.trigger.start < sentence.span.end:
            return position
    return None
