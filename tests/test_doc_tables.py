"""The per-document tables read once (``dotterel.stages.doc_tables``) give what the token attributes give.

Each table of real news-like sentences is checked against spaCy's own ``Token`` answers, and the clause walk,
the trigger search and the span roots built on them against the token-by-token readings they replace.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from dotterel.knowledge import Knowledge, load_knowledge
from dotterel.stages.actors import ActorsStage
from dotterel.stages.doc_tables import DocTable, to_doc_table, to_mention_index
from dotterel.stages.scope import (
    CLAUSE_DEPS,
    SUBJECT_DEPS,
    find_scope_ids,
    is_clause_break,
    is_verb,
    resolve_span_root,
)
from dotterel.stages.triggers import find_triggers

SENTENCES = [
    "Iranian-backed militias fired rockets at a base in Kirkuk, killing a US contractor.",
    "The minister said that the army had withdrawn its troops, but rebels denied it.",
    "Police who arrived late fired tear gas after protesters threw stones at them.",
    "Turkey threatened to launch a military operation unless the Kurdish fighters pulled out of the area.",
    "Protesters stormed the compound.\n\nPolice fired tear gas.",
    "The talks, which began on Monday, ended without an agreement.",
    "It rained.",  # negative: no clause break, no trigger
    "Hello",  # negative: one token, nothing to walk
]


def _old_is_clause_break(child: Any) -> bool:
    """The token-by-token reading the table replaces (the oracle)."""
    dep = child.dep_
    if dep in CLAUSE_DEPS:
        return True
    if dep not in ("advcl", "conj", "acl"):
        return False
    has_subject = any(c.dep_ in SUBJECT_DEPS for c in child.children)
    if dep == "advcl":
        return has_subject or any(c.dep_ == "mark" for c in child.children)
    return has_subject


def _old_scope_ids(head: Any, stops: Iterable[int]) -> set[int]:
    """The token-by-token clause walk the table replaces (the oracle)."""
    stop_ids = set(stops) - {head.i}
    keep_relative = not (head.pos_ in {"VERB", "AUX"} or head.tag_.startswith("VB"))
    ids = {head.i}
    stack = [
        c
        for c in head.children
        if c.i not in stop_ids
        and (not _old_is_clause_break(c) or (keep_relative and c.dep_ in ("relcl", "acl")))
    ]
    while stack:
        token = stack.pop()
        ids.add(token.i)
        stack.extend(c for c in token.children if c.i not in stop_ids and not _old_is_clause_break(c))
    return ids


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    """The packaged knowledge."""
    return load_knowledge()


@pytest.mark.parametrize("text", SENTENCES)
def test_columns_equal_token_attributes(nlp: Any, text: str) -> None:
    doc = nlp(text)
    table = DocTable(doc)
    assert table.heads == [t.head.i for t in doc]
    assert table.deps == [t.dep_ for t in doc]
    assert table.pos == [t.pos_ for t in doc]
    assert table.tags == [t.tag_ for t in doc]
    assert table.lemmas == [t.lemma_.lower() for t in doc]
    assert table.lowers == [t.lower_ for t in doc]
    assert table.texts == [t.text for t in doc]
    assert table.spaces == [t.is_space for t in doc]
    assert table.children == [[c.i for c in t.children] for t in doc]
    assert table.verbs == [t.pos_ in {"VERB", "AUX"} or t.tag_.startswith("VB") for t in doc]
    assert table.breaks == [_old_is_clause_break(t) for t in doc]
    assert any(table.breaks) is (text[:4] in {"The ", "Poli", "Turk"})  # "…, killing a US contractor" is none


@pytest.mark.parametrize("text", SENTENCES)
def test_span_texts_and_sentence_starts_equal_spans(nlp: Any, text: str) -> None:
    doc = nlp(text)
    table = DocTable(doc)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert table.to_span_text(start, end) == doc[start:end].text
    assert [table.is_sent_start(i) for i in range(len(doc))] == [t.is_sent_start is True for t in doc]
    assert table.is_sent_start(0)
    if text.startswith("Protesters"):  # "Police fired tear gas." is a sentence of its own
        assert table.is_sent_start(doc[6].i) or table.is_sent_start(doc[5].i)


@pytest.mark.parametrize("text", [*SENTENCES, "Gunmen killed five people in al-Hasakah, Syria, on Monday."])
def test_entity_labels_and_spaces_equal_token_attributes(nlp: Any, text: str) -> None:
    doc = nlp(text)
    table = DocTable(doc)
    assert table.read_ent_types() == [t.ent_type_ for t in doc]
    assert [table.has_space_after(i) for i in range(len(doc))] == [bool(t.whitespace_) for t in doc]
    if text.startswith("Gunmen"):  # "al-Hasakah": no space inside the name, a place label on it
        assert not table.has_space_after(doc[6].i) and "GPE" in table.read_ent_types()


@pytest.mark.parametrize("text", SENTENCES)
def test_scope_walk_equals_token_walk(nlp: Any, text: str) -> None:
    doc = nlp(text)
    verbs = [t.i for t in doc if t.pos_ == "VERB"]
    for head in doc:
        for stops in ((), verbs):
            assert find_scope_ids(head, stops) == _old_scope_ids(head, stops)
        assert is_verb(head) is (head.pos_ in {"VERB", "AUX"} or head.tag_.startswith("VB"))
        assert is_clause_break(head) is _old_is_clause_break(head)


@pytest.mark.parametrize("text", SENTENCES)
def test_trigger_candidates_lose_no_trigger(nlp: Any, knowledge: Knowledge, text: str) -> None:
    """A sentence span reads only its candidate tokens; a plain list of tokens tries every one."""
    doc = nlp(text)
    nominals = {"suspension": "suspend", "deployment": "deploy"}
    for sent in doc.sents:
        fast = find_triggers(sent, knowledge.lexicon, nominals)
        slow = find_triggers(list(sent), knowledge.lexicon, nominals)
        assert [(t.token.i, t.pattern.id, t.span) for t in fast] == [
            (t.token.i, t.pattern.id, t.span) for t in slow
        ]
    found = find_triggers(doc[:], knowledge.lexicon, nominals)
    assert bool(found) is (text not in {"It rained.", "Hello"})


@pytest.mark.parametrize(
    ("text", "start", "end", "root"),
    [
        ("Militias fired rockets at a base in Kirkuk.", 9, 14, "fired"),
        ("Militias fired rockets at a base in Kirkuk.", 0, 22, "fired"),
        ("Militias fired rockets at a base in Kirkuk.", 10, 12, "fired"),  # inside a token: expanded
        ("Militias fired rockets at a base in Kirkuk.", 26, 32, "base"),
        ("Militias fired rockets at a base in Kirkuk.", 60, 70, None),  # negative: past the end
    ],
)
def test_span_roots_equal_char_span_roots(
    nlp: Any, text: str, start: int, end: int, root: str | None
) -> None:
    from dotterel.model import Span

    doc = nlp(text)
    for _ in range(2):  # read, then remembered
        token = resolve_span_root(doc, Span(start, end))
        assert (token.text if token is not None else None) == root
    tokens = doc.char_span(start, end, alignment_mode="expand")
    assert (tokens.root.text if tokens is not None and len(tokens) else None) == root


@pytest.mark.parametrize(
    "text",
    [
        "US President Donald Trump said Iran would be held responsible.",
        "Iraqi protesters stormed the US embassy in Baghdad.",
        "Nothing happened.",  # negative: no mention at all
    ],
)
def test_mention_index_is_shared_only_for_the_same_mentions(
    parse: Any, knowledge: Knowledge, text: str
) -> None:
    article = ActorsStage(knowledge.actor_book, knowledge.role_words, knowledge.gazetteer)(parse(text))
    first = to_mention_index(article.doc, article.mentions)
    assert to_mention_index(article.doc, article.mentions) is first
    assert to_doc_table(article.doc) is to_doc_table(article.doc)
    copied = list(article.mentions)  # another list: a new index, with the same lookups
    other = to_mention_index(article.doc, copied)
    assert other is not first
    assert other.by_head == first.by_head and other.by_token == first.by_token
    assert bool(first.by_head) is (text != "Nothing happened.")


@pytest.mark.parametrize(
    ("head", "verb"), [("attack", "attack"), ("strike", "strike"), ("talk", "meet"), ("banana", "peel")]
)
def test_lexicon_indexes_equal_scans(knowledge: Knowledge, head: str, verb: str) -> None:
    """The word indexes built with the lexicon answer as scans of its patterns do ("banana": no entry)."""
    lexicon = knowledge.lexicon
    patterns = lexicon.find_noun_patterns(head)
    assert (head in lexicon.noun_head_lemmas) is bool(patterns) is (head != "banana")
    entries = lexicon.noun_entries.get(head, ())
    assert [p for p, _ in entries] == patterns
    assert [list(words) for _, words in entries] == [p.noun_modifiers(head) for p in patterns]
    verb_keys = {key for p in lexicon.patterns for key in p.verb_keys()}
    assert (verb in lexicon.verb_lemmas) is any(lemma == verb for lemma, _ in verb_keys)
    for pattern in patterns:
        assert lexicon.resolve_pattern(pattern.id) is next(p for p in lexicon.patterns if p.id == pattern.id)
    assert lexicon.resolve_pattern(f"verbs.{head}-none.v1") is None


@pytest.mark.parametrize(
    "text",
    ["Rebels shelled the town on Sunday.", "Talks resumed in Geneva.", "Quiet."],  # "Quiet.": no verb
)
def test_a_doc_annotated_in_place_is_read_anew(nlp: Any, text: str) -> None:
    """The prefilter's tokenized ``Doc`` is parsed in place: a table read before is not given again."""
    import datetime as dt

    from dotterel.model import Article
    from dotterel.stages.nlp import NlpStage

    article = Article(id="t", date=dt.date(2020, 1, 2), text=text)
    article.doc = made = nlp.make_doc(text)
    before = to_doc_table(made)
    assert set(before.pos) == {""}  # no tags yet
    parsed = NlpStage(nlp)(article)
    assert parsed.doc is made  # annotated in place
    table = to_doc_table(parsed.doc)
    assert table.pos == [t.pos_ for t in parsed.doc]
    assert ("VERB" in table.pos) is (text != "Quiet.")
