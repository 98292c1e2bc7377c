"""What must hold for any input, checked by the atheris fuzz targets and the Hypothesis tests alike.

:func:`check_ingest` reads any bytes as any format and checks that every unit of input (a seed header, a
JSON line, a CSV row) ends as exactly one article or one reject with a one-line reason, in order, and that
every article is well formed. :func:`check_code` runs the items through the whole ``code`` path (pipeline
and store) and checks that every item comes out once, that evidence offsets lie inside the article text, and
that the store passes its integrity checks. Both raise ``AssertionError`` (a finding); anything else they let
escape is a crash.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from dotterel import ingest
from dotterel.model import Article, Reject

FORMATS: tuple[str, ...] = ("auto", "seed", "jsonl", "csv")
NAMES: tuple[str, ...] = ("fuzz.txt", "fuzz.jsonl", "fuzz.csv", "fuzz", ingest.STDIN_NAME)
MAX_ARTICLE_BYTES = 4096
_ORIGIN = re.compile(r"(?s)(.*):([1-9][0-9]*)")
_FILE_LEVEL = ("binary file", "undecodable UTF-16", "empty file", "CSV header has no")

Item = Article | Reject


def check_ingest(data: bytes, input_format: str, name: str) -> list[Item]:
    """Read ``data`` as ``input_format`` (file ``name``), check the invariants, and return the items."""
    items = list(ingest.find_id_clashes(ingest.read_bytes(data, name, input_format, MAX_ARTICLE_BYTES)))
    assert items, "an input gave neither an article nor a reject"
    lines = [_check_origin(item, name) for item in items]
    assert lines == sorted(lines), f"items out of input order: {lines}"
    for item in items:
        if isinstance(item, Reject):
            assert item.stage == ingest.STAGE and item.reason.strip(), item
            assert "\n" not in item.reason and "\r" not in item.reason, (
                f"reason on two lines: {item.reason!r}"
            )
        else:
            _check_article(item)
    if not any(isinstance(i, Reject) and i.reason.startswith(_FILE_LEVEL) for i in items):
        _check_units(data, input_format, name, items)
    return items


def _check_origin(item: Item, name: str) -> int:
    match = _ORIGIN.fullmatch(item.origin or "")
    assert match, f"origin {item.origin!r} is not file:line"
    return int(match.group(2))


def _check_article(article: Article) -> None:
    assert article.text and article.text == article.text.strip(), repr(article.text[:80])
    article.text.encode("utf-8")  # no lone surrogate: it would fail here, and in the store
    for value in (article.id, article.title, article.url, article.source):
        assert value is None or isinstance(value, str) and value.encode("utf-8")
    assert article.id, "an article without an id"
    assert ingest.EARLIEST_DATE <= article.date <= ingest.LATEST_DATE, article.date
    assert len(article.text.encode("utf-8")) <= MAX_ARTICLE_BYTES


def _check_units(data: bytes, input_format: str, name: str, items: list[Item]) -> None:
    """No silent drop: one item per seed header (plus a preamble reject) or per non-blank JSON line."""
    text = _to_text(data)
    fmt = input_format if input_format != "auto" else ingest.resolve_format(name, text)
    if fmt == "seed":
        headers = list(ingest._HEADER.finditer(text))
        preamble = text[: headers[0].start()] if headers else text
        expected = len(headers) + (1 if preamble.strip() else 0)
        assert len(items) == expected, f"{len(items)} items for {expected} seed units"
    elif fmt == "jsonl":
        expected = sum(1 for line in text.split("\n") if line.strip())
        assert len(items) == expected, f"{len(items)} items for {expected} JSON lines"


def _to_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        text = data.decode("utf-8-sig", errors="surrogateescape")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_code(items: Sequence[Item], pipeline: Any, store: Any, check_store: bool = True) -> list[Item]:
    """Code ``items`` with ``pipeline``, write them to ``store``, check the invariants; return the results.

    ``check_store`` runs the store's integrity checks after the write (slow next to one small input).
    """
    from dotterel.store.check import find_problems

    results = list(pipeline.code_articles(items))
    assert len(results) == len(items), f"{len(items)} items in, {len(results)} out"
    for item, result in zip(items, results, strict=True):
        if isinstance(item, Reject):
            assert result is item, "an ingest reject did not pass through unchanged"
        elif isinstance(result, Reject):
            assert result.article_id == item.id and result.stage and result.reason.strip(), result
        else:
            assert result.id == item.id
            for event in result.events:
                _check_evidence(result.text, event.evidence)
    store.write(results)
    problems = find_problems(store.connection) if check_store else []
    assert not problems, "; ".join(str(problem) for problem in problems[:5])
    return results


def _check_evidence(text: str, evidence: Any) -> None:
    assert 0 <= evidence.start <= evidence.end <= len(text), (evidence.start, evidence.end, len(text))
    assert text[evidence.start : evidence.end] == evidence.sentence, "evidence sentence is not the text"
    for key, span in evidence.spans.items():
        assert 0 <= span.start <= span.end <= len(text), (key, span, len(text))
