"""Throughput optimisations never change the output: a real corpus sample coded with and without each.

Issue #8: "Output must not change". Each test codes the same sample (the first current-events items and the
seed article) with an optimisation on and off and compares every event record and every reject, or checks
on the sample the fact an optimisation relies on. The trigger prefilter has its own equivalence test in
``tests/test_prefilter.py``; local workers and the Dask path in ``tests/test_parallel.py`` and
``tests/test_distributed.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

import pytest

from dotterel.ingest import read_paths
from dotterel.model import Article, Reject
from dotterel.pipeline import Pipeline
from dotterel.stages.casualties import CasualtiesStage
from dotterel.stages.scope import EventIndex
from tests.conftest import SHARED

CURRENT_EVENTS = SHARED / "data" / "current-events-2019-2020" / "cep_items.seed.txt"
SEED = SHARED / "examples" / "seed-2020-01-02.txt"
SAMPLE_ITEMS = 120


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The default pipeline (prefilter on, fast attribute-ruler match installed)."""
    return Pipeline.from_settings()


def load_sample(corpus: str) -> list[Article]:
    """Return a fresh copy of the sample's articles (the pipeline fills articles in place)."""
    path, count = (CURRENT_EVENTS, SAMPLE_ITEMS) if corpus == "current-events" else (SEED, 1)
    return [a for a in islice(read_paths([path]), count) if isinstance(a, Article)]


def to_results(results: Iterable[Article | Reject]) -> list[Any]:
    """Return what the output is made of: each article's event records, or the reject's fields."""
    return [
        ("article", r.id, [json.dumps(e.to_dict(), sort_keys=True) for e in r.events])
        if isinstance(r, Article)
        else ("reject", r.origin, r.stage, r.reason, r.article_id)
        for r in results
    ]


@contextmanager
def spacy_attribute_match(pipeline: Pipeline) -> Iterator[None]:
    """Give the attribute ruler spaCy's own match for the duration (the class method, not ours)."""
    ruler = pipeline.stages[0].nlp.get_pipe("attribute_ruler")  # type: ignore[attr-defined]
    fast = ruler.__dict__.pop("match")
    try:
        yield
    finally:
        ruler.match = fast


@pytest.mark.parametrize("corpus", ["current-events", "seed"])
def test_fast_attribute_match_keeps_every_event(pipeline: Pipeline, corpus: str) -> None:
    fast = to_results(pipeline.code_articles(load_sample(corpus)))
    with spacy_attribute_match(pipeline):
        slow = to_results(pipeline.code_articles(load_sample(corpus)))
    assert fast == slow
    assert sum(len(events) for kind, _, events, *rest in fast if kind == "article") > 0


@pytest.mark.parametrize("corpus", ["current-events", "seed"])
def test_fast_attribute_match_keeps_every_token_annotation(pipeline: Pipeline, corpus: str) -> None:
    nlp = pipeline.stages[0].nlp  # type: ignore[attr-defined]
    texts = [a.text for a in load_sample(corpus)]

    def annotate() -> list[tuple[str, str, str, str, str]]:
        return [(t.text, t.pos_, t.tag_, t.lemma_, str(t.morph)) for doc in nlp.pipe(texts) for t in doc]

    fast = annotate()
    with spacy_attribute_match(pipeline):
        assert annotate() == fast


@pytest.mark.parametrize("batch_size", [1, 256])
def test_batch_size_keeps_every_event(pipeline: Pipeline, batch_size: int) -> None:
    def sample() -> list[Article]:
        return load_sample("current-events")[:30] + load_sample("seed")

    reference = to_results(pipeline.code_articles(sample()))
    other = Pipeline(pipeline.stages, batch_size=batch_size, prefilter=pipeline.prefilter)
    assert to_results(other.code_articles(sample())) == reference


def test_articles_without_counts_need_no_casualty_work(pipeline: Pipeline) -> None:
    """The casualties stage returns early when the article has no count: on the sample, the full work on such
    an article changes none of its events; and articles with counts do get some (the check can fail)."""
    names = pipeline.names
    upto = names.index("casualties")
    partial = Pipeline(pipeline.stages[:upto], keep_docs=True, prefilter=pipeline.prefilter)
    stage = pipeline.stages[upto]
    assert isinstance(stage, CasualtiesStage)
    without, counted = 0, 0
    for article in partial.code_articles(load_sample("current-events") + load_sample("seed")):
        if not isinstance(article, Article) or not article.events:
            continue
        counts = stage.finder.find(article.doc)
        index = EventIndex(article.doc, article.events)
        redone = [stage.to_counted_event(article, event, counts, index) for event in article.events]
        if counts:
            counted += redone != article.events
        else:
            without += 1
            assert redone == article.events
    assert without > 0 and counted > 0


# ---- per-document tables and lookups instead of per-token work (issue #8, session 3) -------------------
SEQUENCE_TEXTS = [
    # text, whether a pattern of several tokens or alternatives of the ruler applies
    ("We're gonna keep marching until the governor resigns, a protester said.", True),  # "gon na"
    ("Y'all ain't seen the worst of it, the militia commander warned.", True),  # "y' all", "ai n't"
    ("Let's get back to the negotiating table, the envoy told reporters.", True),  # "let 's"
    ("There's no sign of a ceasefire, and there are fears of more shelling.", True),  # expl + be
    ("The minister got a warm welcome in Kabul and gets another in Delhi.", True),  # got / gets
    ("You gotta understand the pressure on the army, c'mon, the spokesman said.", True),  # "got ta", "c'm on"
    ("Troops shelled the village on Sunday, killing four civilians.", False),  # negative
    ("The ministry denied the report and summoned the ambassador.", False),  # negative
]


@pytest.mark.parametrize(("text", "applies"), SEQUENCE_TEXTS)
def test_attribute_match_of_sequences_equals_spacys(pipeline: Pipeline, text: str, applies: bool) -> None:
    """The fast match tries the ruler's patterns of several tokens (or alternatives) itself: the same matches
    as spaCy's Matcher, twice over (the second time every row comes from the memo)."""
    from spacy.pipeline import AttributeRuler

    nlp = pipeline.stages[0].nlp  # type: ignore[attr-defined]
    ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(text)
    expected = AttributeRuler.match(ruler, doc)
    assert ruler.match(doc) == expected
    assert ruler.match(doc) == expected
    sequences = {number for number, _, _ in ruler.match.sequences}
    assert any(number in sequences for number, *_ in expected) is applies


BREAK_TEXTS = [
    "Protesters stormed the compound.\n\nPolice fired tear gas.",
    "Protesters stormed the compound.\n \t\n   Police fired tear gas.\n\n\nThree people were hurt.",
    "Protesters stormed the compound.\r\n\r\nPolice fired tear gas.",
    "BAGHDAD (Reuters) -\nProtesters stormed the compound.\nPolice fired tear gas.",  # negative: one newline
    "Protesters stormed the compound. Police fired tear gas.",  # negative: no newline at all
]


@pytest.mark.parametrize("text", BREAK_TEXTS)
def test_paragraph_breaks_equal_a_scan_of_every_token(pipeline: Pipeline, text: str) -> None:
    """The rule looks only at tokens holding a newline: the same sentence starts as testing every token."""
    from dotterel.stages.nlp import _PARAGRAPH_BREAK, paragraph_breaks

    tokenizer = pipeline.stages[0].nlp.tokenizer  # type: ignore[attr-defined]
    fast, scanned = paragraph_breaks(tokenizer(text)), tokenizer(text)
    for token in scanned[:-1]:
        if _PARAGRAPH_BREAK.search(token.text_with_ws):
            scanned[token.i + 1].is_sent_start = True
    starts = [t.is_sent_start for t in fast]
    assert starts == [t.is_sent_start for t in scanned]
    assert any(starts[1:]) is ("\n\n" in text.replace(" ", "").replace("\t", "").replace("\r", ""))


@pytest.mark.parametrize("corpus", ["current-events", "seed"])
def test_sentence_tables_equal_token_sent(pipeline: Pipeline, corpus: str) -> None:
    """The actors stage reads each token's sentence from tables built once per doc, not ``token.sent``."""
    from dotterel.knowledge.actor_book import load_actor_book
    from dotterel.stages.actor_people import PeopleComposer

    nlp = pipeline.stages[0].nlp  # type: ignore[attr-defined]
    book, checked = load_actor_book(), 0
    for article in load_sample(corpus)[:40]:
        doc = nlp(article.text)
        composer = PeopleComposer(book, doc, article.date)
        assert composer.sent_starts == [t.sent.start for t in doc]
        assert composer.sent_ends == [t.sent.end for t in doc]
        assert composer.texts == [t.text for t in doc]
        checked += len(doc)
    assert checked > 400
