"""Local worker processes: the same results as one process, in the same order, rejects included."""

from __future__ import annotations

import dataclasses
import datetime as dt
from itertools import islice

import pytest

from dotterel.errors import ConfigError, PipelineError
from dotterel.ingest import read_paths
from dotterel.model import Article, Reject
from dotterel.parallel import ProcessPipeline, code_in_processes, to_start_method
from dotterel.pipeline import Pipeline
from dotterel.settings import Settings
from tests.conftest import SHARED
from tests.test_prefilter import to_results

CURRENT_EVENTS = SHARED / "data" / "current-events-2019-2020" / "cep_items.seed.txt"
SEED = SHARED / "examples" / "seed-2020-01-02.txt"


def to_items() -> list[Article | Reject]:
    """Current-events items and the seed article, an ingest reject and an article the NLP stage rejects."""
    items: list[Article | Reject] = [*islice(read_paths([CURRENT_EVENTS]), 200), *read_paths([SEED])]
    items.insert(7, Reject(origin="feed.jsonl:8", stage="ingest", reason="no date"))
    too_long = "calm " * 200_001  # longer than spaCy's max_length: the NLP stage refuses it
    items.insert(40, Article(id="too-long", date=dt.date(2020, 1, 2), text=too_long, origin="feed.jsonl:41"))
    return items


def fresh(items: list[Article | Reject]) -> list[Article | Reject]:
    """Return new carriers for the same articles (the pipeline fills what it is given)."""
    return [dataclasses.replace(i) if isinstance(i, Article) else i for i in items]


def test_two_workers_give_the_same_results_in_the_same_order() -> None:
    settings = Settings(batch_size=16)
    items = to_items()
    expected = to_results(Pipeline.from_settings(settings).code_articles(fresh(items)))
    assert [r[0] for r in expected].count("reject") == 2
    assert sum(len(r[2]) for r in expected if r[0] == "article") > 100
    assert to_results(code_in_processes(fresh(items), settings, workers=2)) == expected
    with ProcessPipeline(settings, workers=2) as pipeline:
        pipeline.warm_up()  # returns once both workers have built their pipeline
        assert to_results(pipeline.code_articles(fresh(items[:50]))) == expected[:50]


def test_a_worker_that_cannot_build_its_pipeline_stops_the_run_with_its_reason() -> None:
    items = [*islice(read_paths([CURRENT_EVENTS]), 3)]
    with pytest.raises(ConfigError, match="no_such_model"):
        list(code_in_processes(items, Settings(model="no_such_model"), workers=2))


@pytest.mark.parametrize(("preferred", "error"), [(None, None), ("spawn", None), ("threads", "threads")])
def test_start_method(preferred: str | None, error: str | None) -> None:
    if error is None:
        assert to_start_method(preferred) in {"forkserver", "spawn"}
    else:
        with pytest.raises(PipelineError, match=error):
            to_start_method(preferred)
