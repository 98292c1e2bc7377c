"""The acceptance test of the coder: the seed article against its hand-coded reference in ../shared.

CI lays ../shared beside the checkout; without it this module fails loudly rather than skipping.
"""

from __future__ import annotations

from typing import Any

import pytest

from dotterel.api import code
from dotterel.expected import check_expectations, load_expectations
from dotterel.ingest import read_paths
from dotterel.model import Article
from tests.conftest import SHARED

SEED = SHARED / "examples" / "seed-2020-01-02.txt"
EXPECTED = SHARED / "examples" / "seed-2020-01-02.expected.yaml"


@pytest.fixture(scope="module")
def seed() -> tuple[Article, list[dict[str, Any]]]:
    """The seed article and its coded event records."""
    assert SEED.exists(), f"{SEED} is missing: ../shared must lie beside the repository"
    (article,) = [a for a in read_paths([SEED]) if isinstance(a, Article)]
    records = [event.to_dict() for event in code(article.text, article.date, article.id)]
    return article, records


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    """The hand-coded reference."""
    return load_expectations(EXPECTED)


@pytest.mark.parametrize("spec_id", [s["id"] for s in load_expectations(EXPECTED)["must"]])
def test_must_event_is_coded(
    seed: tuple[Article, list[dict[str, Any]]], expected: dict[str, Any], spec_id: str
) -> None:
    article, records = seed
    spec = next(s for s in expected["must"] if s["id"] == spec_id)
    report = check_expectations(records, {"must": [spec]}, article.text)
    assert report.must_found == [spec_id], f"{spec_id} not found among:\n" + "\n".join(
        f"{r['type']} {r['cameo']} {r['source']} -> {r['target']} {r['date']} {r['modality']} {r['killed']}"
        for r in records
    )


@pytest.mark.parametrize("index", range(len(load_expectations(EXPECTED)["must_not"])))
def test_must_not_event_is_absent(
    seed: tuple[Article, list[dict[str, Any]]], expected: dict[str, Any], index: int
) -> None:
    article, records = seed
    spec = expected["must_not"][index]
    report = check_expectations(records, {"must_not": [spec]}, article.text)
    assert report.must_not_hit == [], spec["why"]


def test_every_event_has_evidence_inside_the_article(seed: tuple[Article, list[dict[str, Any]]]) -> None:
    article, records = seed
    assert records
    for record in records:
        evidence = record["evidence"]
        assert article.text[evidence["start"] : evidence["end"]] == evidence["sentence"]
        for start, end in evidence["spans"].values():
            assert 0 <= start < end <= len(article.text)
        assert record["rule"] and 0 < record["confidence"] <= 1
