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
        redone = [stage._counted(article, event, counts, index) for event in article.events]
        if counts:
            counted += redone != article.events
        else:
            without += 1
            assert redone == article.events
    assert without > 0 and counted > 0
