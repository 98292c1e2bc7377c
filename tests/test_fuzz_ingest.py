"""Hostile and broken input for the ingest readers: a table of named cases, Hypothesis properties, and a
short coverage-guided atheris run (the long run is documented in docs/reliability.md).

Every case must end in articles or rejects with a clear reason: never an exception, a hang or a silent drop.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dotterel.ingest import _HEADER, EARLIEST_DATE, LATEST_DATE, read_bytes, read_paths
from dotterel.model import Article, Reject
from fuzz.targets import FORMATS, NAMES, check_ingest

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = "Iran fired missiles at a US base in Iraq on Tuesday."
OTHER = "Protesters stormed the US embassy compound in Baghdad."
TEN_MB = 10 * 1024 * 1024
LINEAR_BOUND = 30  # ten times the input in under 30 times the time: linear is ~10, quadratic ~100
FLOOR_SECONDS = 0.2  # a tenth of the input read faster than this is timed as this (timer noise)
PROPERTY = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


def split(items: list[Article | Reject]) -> tuple[list[Article], list[Reject]]:
    """Return (articles, rejects)."""
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Reject)]


def timed_split(data: bytes, name: str) -> tuple[float, tuple[list[Article], list[Reject]]]:
    """Read ``data`` as the file ``name``; return the seconds it took and its (articles, rejects).

    Size tests compare a run with one on a tenth of the input in the same process (a ratio, as bench/
    measures speed), not with a wall-clock limit. Both are timed in this process's CPU seconds: other
    processes on a loaded machine stretch wall-clock time (7.9 s for a run under 0.2 s seen once), not it."""
    started = time.process_time()
    result = split(list(read_bytes(data, name)))
    return time.process_time() - started, result


def jsonl(*records: dict[str, object]) -> bytes:
    """Return JSON lines."""
    return "".join(json.dumps(record) + "\n" for record in records).encode()


# name, bytes, texts of the articles that come through, number of rejects, words their reasons hold
HOSTILE = [
    ("utf16-le.txt", f"date 2020-01-02 {SENTENCE}\n".encode("utf-16"), [SENTENCE], 0, []),
    ("utf16-be.txt", b"\xfe\xff" + f"date 2020-01-02 {SENTENCE}".encode("utf-16-be"), [SENTENCE], 0, []),
    ("utf16-odd.txt", b"\xff\xfe" + "date 2020".encode("utf-16-le") + b"d", [], 1, ["undecodable UTF-16"]),
    ("utf8-bom.jsonl", b"\xef\xbb\xbf" + jsonl({"date": "2020-01-02", "text": SENTENCE}), [SENTENCE], 0, []),
    (
        "latin1.txt",
        f"date 2020-01-02 Le président a visité Montréal.\ndate 2020-01-03 {OTHER}".encode("latin-1"),
        [OTHER], 1, ["latin1.txt:1: undecodable bytes: not UTF-8 (byte 0xe9)"],
    ),
    (
        "invalid-utf8.txt",
        b"date 2020-01-02 Iran \xc3\x28 fired.\ndate 2020-01-03 " + OTHER.encode(),
        [OTHER], 1, ["not UTF-8 (byte 0xc3)"],
    ),
    ("nul.txt", f"date 2020-01-02 {SENTENCE}\n\x00\x01".encode(), [], 1, ["nul.txt:2: binary file (NUL"]),
    ("random.txt", bytes(range(256)) * 4, [], 1, ["binary file"]),
    ("html.txt", f"<html><body><p>{SENTENCE}</p></body></html>".encode(), [], 1, ["no date header"]),
    (
        "html-in-json.jsonl",
        jsonl({"date": "2020-01-02", "text": f"<div class='story'><p>{SENTENCE}</p></div>"}),
        [f"<div class='story'><p>{SENTENCE}</p></div>"], 0, [],
    ),
    (
        "deep.jsonl",
        b"[" * 100_000 + b"]" * 100_000 + b"\n" + jsonl({"date": "2020-01-02", "text": SENTENCE}),
        [SENTENCE], 1, ["deep.jsonl:1: malformed JSON line: nested too deeply"],
    ),
    ("deep-object.jsonl", b'{"a":' * 50_000 + b"1" + b"}" * 50_000 + b"\n", [], 1, ["nested too deeply"]),
    (
        "huge-number.jsonl",
        b'{"date": "2020-01-02", "text": "x", "id": ' + b"9" * 5000 + b"}\n",
        [], 1, ["malformed JSON line", "4300 digits"],
    ),
    (
        "huge-json.jsonl",
        jsonl({"date": "2020-01-02", "text": SENTENCE, "extra": list(range(200_000))}),
        [SENTENCE], 0, [],
    ),
    (
        "surrogate.jsonl",
        b'{"date": "2020-01-02", "text": "Iran \\ud800 fired."}\n'
        b'{"date": "2020-01-02", "text": "Iran fired.", "title": "\\udfff"}\n'
        + jsonl({"date": "2020-01-03", "text": OTHER}),
        [OTHER], 2, ["lone surrogate U+D800 in text", "lone surrogate U+DFFF in title"],
    ),
    (
        "far-dates.jsonl",
        jsonl(
            {"date": "0001-01-01", "text": SENTENCE},
            {"date": "9999-12-31", "text": SENTENCE},
            {"date": "0000-01-01", "text": SENTENCE},
            {"date": "+10000-01-01", "text": SENTENCE},
            {"date": "1000-01-01", "text": OTHER},
            {"date": "8999-12-31T23:59:59Z", "text": OTHER},
        ),
        [OTHER, OTHER], 4,
        ["date 0001-01-01 out of range", "date 9999-12-31 out of range", "impossible date '0000-01-01'",
         "bad date '+10000-01-01'"],
    ),
    (
        "embedded.csv",
        b'date,text,source\r\n2020-01-02,"Iran said ""no"",\r\nthen fired.",Reuters\r\n2020-01-03,'
        + OTHER.encode() + b",\n",
        ['Iran said "no",\nthen fired.', OTHER], 0, [],
    ),
    ("header-only.csv", b"date,text\n", [], 1, ["CSV has a header but no rows"]),
    ("no-text-column.csv", b"date,body\n2020-01-02,x\n", [], 1, ["CSV header has no text column"]),
    ("unterminated.csv", b'date,text\n2020-01-02,"Iran said\n', ["Iran said"], 0, []),
    (
        "duplicate-id.jsonl",
        jsonl(
            {"date": "2020-01-02", "text": SENTENCE, "id": "a1"},
            {"date": "2020-01-02", "text": OTHER, "id": "a1"},
            {"date": "2020-01-02", "text": f"  {SENTENCE} ", "id": "a1"},
        ),
        [SENTENCE, SENTENCE], 1, ["duplicate-id.jsonl:2: duplicate id 'a1': duplicate-id.jsonl:1 has"],
    ),
    (
        "rtl-zero-width.txt",
        "date 2020-01-02 \u202bأطلقت إيران صواريخ على قاعدة أمريكية في العراق\u202c\n"
        "date 2020-01-03 Ir\u200ban f\u200dired missiles\u2060 at a US\ufeff base.\n".encode(),
        ["\u202bأطلقت إيران صواريخ على قاعدة أمريكية في العراق\u202c",
         "Ir\u200ban f\u200dired missiles\u2060 at a US\ufeff base."],
        0, [],
    ),
    ("cjk.txt", "date 2020-01-02 伊朗向伊拉克发射导弹。".encode(), ["伊朗向伊拉克发射导弹。"], 0, []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "data", "texts", "count", "words"), HOSTILE, ids=[case[0] for case in HOSTILE]
)
def test_hostile_input_ends_in_articles_or_clear_rejects(
    name: str, data: bytes, texts: list[str], count: int, words: list[str]
) -> None:
    articles, rejects = split(check_ingest(data, "auto", name))
    assert [a.text for a in articles] == texts
    assert len(rejects) == count, [r.reason for r in rejects]
    said = " | ".join(f"{r.origin}: {r.reason}" for r in rejects)
    for word in words:
        assert word in said, (word, said)


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("line.txt", lambda body: b"date 2020-01-02 " + body + b"\ndate 2020-01-03 " + OTHER.encode()),
        (
            "line.jsonl",
            lambda body: (
                b'{"date":"2020-01-02","text":"'
                + body
                + b'"}\n'
                + jsonl({"date": "2020-01-03", "text": OTHER})
            ),
        ),
        (
            "line.csv",
            lambda body: b"date,text\n2020-01-02," + body + b"\n2020-01-03," + OTHER.encode() + b"\n",
        ),
        ("no-header.txt", lambda body: body + b"\ndate 2020-01-03 " + OTHER.encode()),
    ],
)
def test_ten_megabyte_line_is_one_reject_and_the_rest_is_read(
    name: str, make: Callable[[bytes], bytes]
) -> None:
    body = (SENTENCE.encode() + b" ") * (TEN_MB // (len(SENTENCE) + 1))
    small = timed_split(make(body[: len(body) // 10]), name)[0]
    seconds, (articles, rejects) = timed_split(make(body), name)
    assert seconds < LINEAR_BOUND * max(small, FLOOR_SECONDS)  # ten times the bytes: linear, not quadratic
    assert [a.text for a in articles] == [OTHER]
    assert len(rejects) == 1 and ("too long" in rejects[0].reason or "no date header" in rejects[0].reason)


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_a_hundred_thousand_tiny_articles_all_come_through(suffix: str) -> None:
    count = 100_000
    if suffix == ".txt":
        data = "".join(f"date 2020-01-02 Rebels shelled post {i}.\n" for i in range(count)).encode()
    else:
        data = b"".join(b'{"date":"2020-01-02","text":"Rebels shelled post %d."}\n' % i for i in range(count))
    small = timed_split(data[: data.index(b"\n", len(data) // 10) + 1], f"tiny{suffix}")[0]
    seconds, (articles, rejects) = timed_split(data, f"tiny{suffix}")
    assert seconds < LINEAR_BOUND * max(small, FLOOR_SECONDS)  # ten times the articles: linear, not quadratic
    assert len(articles) == count and not rejects
    assert len({a.id for a in articles}) == count
    assert articles[-1].origin == f"tiny{suffix}:{count}"


def test_a_file_name_that_is_not_utf8_still_names_its_rejects(tmp_path: Path) -> None:
    path = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt"))
    path.write_bytes(f"{SENTENCE}\ndate 2020-01-02 {OTHER}".encode())
    articles, rejects = split(list(read_paths([path])))
    assert [a.text for a in articles] == [OTHER]
    assert rejects[0].origin.endswith("caf\\udce9.txt:1") and "no date header" in rejects[0].reason
    rejects[0].origin.encode("utf-8")


# --- properties -------------------------------------------------------------------------------------------

HOSTILE_CHARACTERS = (
    "\u200b\u200c\u200d\u2060\ufeff\u202e\u202b\u200f"  # zero-width and bidirectional controls
    "أطلقت إيران صواريخ伊朗发射导弹Иран выпустил ракеты"  # Arabic, Chinese, Russian
    "<p></p><script>&amp;\"',;\t\r\n\\é\u0301🚀\x01\x1b\x7f"
)
texts = st.text(
    alphabet=st.one_of(st.sampled_from(HOSTILE_CHARACTERS), st.characters(codec="utf-8")), max_size=120
).map(lambda words: f"{SENTENCE} {words}")
dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
records = st.lists(st.tuples(dates, texts), min_size=1, max_size=8)


def to_expected_text(text: str) -> str:
    """Return the text the reader keeps: line endings normalised, surrounding white space stripped."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def serialise(fmt: str, rows: list[tuple[dt.date, str]]) -> str:
    """Return ``rows`` written in ``fmt`` (seed, jsonl or csv)."""
    if fmt == "seed":
        return "".join(f"date {day.isoformat()} {text}\n" for day, text in rows)
    if fmt == "jsonl":
        return "".join(json.dumps({"date": day.isoformat(), "text": text}) + "\n" for day, text in rows)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["date", "text"])
    writer.writerows((day.isoformat(), text) for day, text in rows)
    return buffer.getvalue()


@PROPERTY
@given(st.binary(max_size=3000), st.sampled_from(FORMATS), st.sampled_from(NAMES))
def test_any_bytes_end_in_articles_or_rejects(data: bytes, input_format: str, name: str) -> None:
    check_ingest(data, input_format, name)


@PROPERTY
@given(
    st.sampled_from(["seed", "jsonl", "csv"]),
    records,
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "latin-1"]),
)
def test_every_written_article_is_read_back_or_rejected_in_order(
    fmt: str, rows: list[tuple[dt.date, str]], encoding: str
) -> None:
    if fmt == "seed":  # a line of the text that is itself a header starts another article: not our case
        rows = [(day, text) for day, text in rows if not _HEADER.search("\n" + to_expected_text(text))]
    text = serialise(fmt, rows)
    if encoding == "latin-1":
        data = text.encode("latin-1", errors="replace")
    elif encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be", errors="surrogatepass")
    else:
        data = text.encode(encoding, errors="surrogatepass")
    items = check_ingest(data, "auto", f"articles.{'txt' if fmt == 'seed' else fmt}")
    if any(isinstance(i, Reject) and "binary file" in i.reason for i in items):
        assert fmt != "jsonl" and any("\x00" in t for _, t in rows)  # a raw NUL: the whole file
        return
    assert len(items) == len(rows), [getattr(i, "reason", "") for i in items]
    for (day, written), item in zip(rows, items, strict=True):
        in_range = EARLIEST_DATE <= day <= LATEST_DATE
        if isinstance(item, Article):
            assert in_range and item.date == day
            expected = written.strip() if fmt == "jsonl" else to_expected_text(written)  # JSON escapes \r
            if encoding != "latin-1" or fmt == "jsonl":  # ASCII-only JSON survives Latin-1 whole
                assert item.text == expected, (item.text, written)
        else:
            assert not in_range or encoding == "latin-1", item.reason


# --- coverage-guided: a short atheris run (seconds); the long one is `python fuzz/fuzz_ingest.py …` -------


def test_short_atheris_run_of_the_ingest_target_finds_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    command = [
        sys.executable, str(ROOT / "fuzz" / "fuzz_ingest.py"), "-runs=30000", "-max_total_time=10", "-seed=7",
        "-max_len=4096", f"-dict={ROOT / 'fuzz' / 'ingest.dict'}", str(corpus), str(ROOT / "fuzz" / "corpus"),
    ]  # fmt: skip
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Done" in result.stderr and not list(tmp_path.glob("crash-*"))
