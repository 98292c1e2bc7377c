"""Shared fixtures: one spaCy pipeline, one coding pipeline and one gazetteer per test session, and a parser
of real sentences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dotterel.knowledge.gazetteer import Gazetteer, load_gazetteer
from dotterel.model import Article
from dotterel.pipeline import Pipeline
from dotterel.stages.nlp import NlpStage, load_spacy_pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The spaCy pipeline, loaded once."""
    return load_spacy_pipeline()


@pytest.fixture(scope="session")
def parse(nlp: Any) -> Callable[..., Article]:
    """Return a function ``parse(text, date="2020-01-02")`` giving an Article after the NLP stage."""
    stage = NlpStage(nlp)

    def _parse(text: str, date: str = "2020-01-02", article_id: str = "test") -> Article:
        article = Article(id=article_id, date=dt.date.fromisoformat(date), text=text)
        return stage(article)

    return _parse


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, built once per test session."""
    return load_gazetteer()


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The whole coding pipeline without the prefilter (every sentence reaches the stages), built once."""
    return Pipeline.from_settings(prefilter=False)
