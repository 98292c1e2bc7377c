"""Pipeline: the stage chain is checked when built; a failing article becomes a Reject, the batch goes on."""

from __future__ import annotations

import datetime as dt

import pytest

from dotterel.errors import PipelineError
from dotterel.model import Article, Reject
from dotterel.pipeline import Pipeline, check_chain


class _Stage:
    """A minimal stage for wiring tests: records what it saw, fails on a marked article."""

    def __init__(self, name: str, requires: tuple[str, ...], assigns: tuple[str, ...]) -> None:
        self.name, self.requires, self.assigns = name, requires, assigns

    def __call__(self, article: Article) -> Article:
        if "FAIL" in article.text:
            raise ValueError("cannot handle this text")
        article.sentences = []
        return article


def _article(text: str, id_: str) -> Article:
    return Article(id=id_, date=dt.date(2020, 1, 2), text=text, origin=f"input.txt:{id_}")


CHAINS = [
    ([("a", ("text",), ("doc",)), ("b", ("doc",), ("events",))], None),
    ([("a", ("text",), ("doc",)), ("b", ("mentions",), ("events",))], "requires mentions"),
    ([("b", ("events",), ("events",))], "requires events"),
]


@pytest.mark.parametrize(("specs", "error"), CHAINS)
def test_chain_is_checked(
    specs: list[tuple[str, tuple[str, ...], tuple[str, ...]]], error: str | None
) -> None:
    stages = [_Stage(*spec) for spec in specs]
    if error is None:
        check_chain(stages)
    else:
        with pytest.raises(PipelineError, match=error):
            check_chain(stages)


def test_bad_article_becomes_reject_and_batch_goes_on() -> None:
    pipeline = Pipeline([_Stage("a", ("text",), ("sentences",))], batch_size=2)
    reject = Reject(origin="input.txt:9", stage="ingest", reason="empty text")
    items = [_article("fine", "1"), _article("FAIL here", "2"), reject, _article("fine again", "3")]
    results = list(pipeline.code_articles(items))
    assert [type(r).__name__ for r in results] == ["Article", "Reject", "Reject", "Article"]
    failed = results[1]
    assert isinstance(failed, Reject)
    assert (failed.origin, failed.stage, failed.article_id) == ("input.txt:2", "a", "2")
    assert "cannot handle this text" in failed.reason
    assert results[2] is reject


def test_strict_reraises() -> None:
    pipeline = Pipeline([_Stage("a", ("text",), ("sentences",))])
    with pytest.raises(ValueError, match="cannot handle"):
        list(pipeline.code_articles([_article("FAIL", "1")], strict=True))


def test_default_pipeline_order() -> None:
    from dotterel.stages import DEFAULT_STAGES

    assert DEFAULT_STAGES[0] == "nlp" and DEFAULT_STAGES[-1] == "informative"
    assert DEFAULT_STAGES.index("merge") < DEFAULT_STAGES.index("informative")
    assert DEFAULT_STAGES.index("events") < DEFAULT_STAGES.index("modality") < DEFAULT_STAGES.index("dates")


def test_readme_names_the_stages_in_order() -> None:
    from pathlib import Path

    from dotterel.stages import DEFAULT_STAGES

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert " → ".join(DEFAULT_STAGES) in readme


class _SlowStage(_Stage):
    """Sleeps on articles marked SLOW (a stand-in for a pathological text)."""

    def __call__(self, article: Article) -> Article:
        if "SLOW" in article.text:
            import time

            time.sleep(5)
        return super().__call__(article)


@pytest.mark.parametrize(("text", "rejected"), [("SLOW text", True), ("quick text", False)])
def test_article_over_the_time_limit_is_rejected_and_the_batch_goes_on(text: str, rejected: bool) -> None:
    first = _Stage("nlp", ("text",), ("doc",))
    pipeline = Pipeline([first, _SlowStage("slow", ("doc",), ("sentences",))], time_limit=1)
    results = list(pipeline.code_articles([_article(text, "1"), _article("after it", "2")]))
    assert isinstance(results[0], Reject) is rejected
    if rejected:
        assert results[0].stage == "slow" and "took longer than 1 s" in results[0].reason
    assert isinstance(results[1], Article)
