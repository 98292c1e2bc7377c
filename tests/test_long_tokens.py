"""Long runs of non-space characters: spaCy's tokenizer takes time quadratic in a run of prefix or suffix
characters ("!" * 16000: half a minute, where the per-article time limit cannot reach), so the pipeline
tokenizes runs of over MAX_TOKEN_CHARS characters in bounded pieces. The text and every offset stay as
they were; ordinary news text is tokenized as before.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest

from dotterel.api import default_pipeline
from dotterel.model import Article
from dotterel.pipeline import MAX_TOKEN_CHARS, Pipeline, find_long_runs, to_bounded_doc

SOLEIMANI = "US forces killed Iranian General Qasem Soleimani in a drone strike at Baghdad airport on Friday."
ARREST = "Police arrested two men in Lagos on Monday."

HOSTILE = [  # (text, most tokens the run may give)
    ("!" * 16000, 200),
    ("$" * 12000, 200),
    ("(" * 5000 + ")" * 5000, 200),
    ("_" * 9000, 200),
    ("'s" * 8000, 16000),
    ('"' * 6000, 100),
    ("\U0001f600" * 4000, 100),
    ("+%€" * 3000, 100),
    ("a" * 20000, 300),
    ("中国" * 3000, 100),
    (f"{SOLEIMANI} {'!' * 5000} {ARREST}", 200),
    (f"{ARREST}{'=' * 300}{SOLEIMANI}", 200),
    (f"  \n\n{'#' * 150}  \n\n{ARREST}", 100),
]

ORDINARY = [
    SOLEIMANI,
    "Iraqi protesters burned tyres outside the US embassy in Baghdad on Monday...",
    "Officials said -- without giving details -- that 'at least 12' soldiers died!!!",
    "Read the statement at https://www.state.gov/secretary-pompeo-on-iran-sanctions/ (in English).",
    "Tehran's foreign ministry called the strike an 'act of war' on X/Twitter #Iran #Iraq ====",
    "",
]


@pytest.mark.parametrize(("text", "most"), HOSTILE)
def test_a_long_run_is_tokenized_fast_in_bounded_pieces_with_the_same_text(
    nlp: Any, text: str, most: int
) -> None:
    assert find_long_runs(text)
    started = time.perf_counter()
    doc = to_bounded_doc(nlp.tokenizer, text)
    assert time.perf_counter() - started < 2.0
    assert doc.text == text
    assert max(len(token) for token in doc) <= MAX_TOKEN_CHARS
    assert len(doc) <= most + 40


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_has_no_long_run_and_keeps_its_tokens(nlp: Any, text: str) -> None:
    assert find_long_runs(text) == []
    bounded = Pipeline([_NlpLike(nlp)])
    article = Article("a1", dt.date(2020, 1, 3), text)
    bounded._tokenize_long_runs(article)
    assert article.doc is None  # left to spaCy's own tokenizer


class _NlpLike:
    """The first stage as the pipeline sees it: a name and the spaCy pipeline."""

    name, requires, assigns = "nlp", ("text",), ("doc",)

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def __call__(self, article: Article) -> Article:
        return article


CODED = [  # (text, action words coded, seconds at most)
    ("!" * 16000, [], 10.0),
    ("'s" * 8000, [], 10.0),
    (f"{SOLEIMANI} {'$' * 8000} {ARREST}", ["killed", "arrested"], 10.0),
    (f"{ARREST}{'=' * 300}The Taliban attacked a checkpoint in Kunduz.", ["arrested", "attacked"], 10.0),
    (f"{'a' * 150} {SOLEIMANI}", ["killed"], 10.0),
    (SOLEIMANI, ["killed"], 10.0),
]


@pytest.mark.parametrize(("text", "actions", "seconds"), CODED)
def test_the_pipeline_codes_articles_with_long_runs_in_seconds_with_exact_offsets(
    text: str, actions: list[str], seconds: float
) -> None:
    pipeline = default_pipeline()
    started = time.perf_counter()
    result = pipeline.code_article(Article("a1", dt.date(2020, 1, 3), text), strict=True)
    assert time.perf_counter() - started < seconds
    assert isinstance(result, Article)
    assert sorted(
        text[e.evidence.spans["action"].start : e.evidence.spans["action"].end] for e in result.events
    ) == (sorted(actions))
    for event in result.events:
        assert text[event.evidence.start : event.evidence.end] == event.evidence.sentence
