"""Ingest: seed, JSONL, CSV, folders and stdin; every kind of bad input becomes one clear Reject."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from dotterel.errors import InputError
from dotterel.ingest import read_bytes, read_paths, to_article_id
from dotterel.model import Article, Reject
from tests.conftest import SHARED

SEED = SHARED / "examples" / "seed-2020-01-02.txt"
CEP_SEED = SHARED / "data" / "current-events-2019-2020" / "cep_items.seed.txt"
CEP_JSONL = SHARED / "data" / "current-events-2019-2020" / "cep_items.jsonl"


def split(items: list[Article | Reject]) -> tuple[list[Article], list[Reject]]:
    """Return (articles, rejects)."""
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Reject)]


def read(tmp_path: Path, name: str, content: bytes | str, **options: int) -> list[Article | Reject]:
    """Write ``content`` to ``tmp_path/name`` and read it back."""
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return list(read_paths([path], **options))  # type: ignore[arg-type]


# name, content, options, expected reject line, words in the reason, articles that still come through
BAD_INPUTS = [
    (
        "stray.txt",
        "Iran denied any role in the protests.\ndate 2020-01-02 Iran fired missiles at a base in Iraq.\n",
        {},
        1,
        ["no date header"],
        1,
    ),
    (
        "leading-blank.txt",
        "\n\n  Trump said on Tuesday that Iran would pay.\ndate 2020-01-02 Iran denied it.",
        {},
        3,
        ["no date header"],
        1,
    ),
    (
        "no-header-at-all.txt",
        "Protesters stormed the embassy compound in Baghdad on Tuesday.\n",
        {},
        1,
        ["no date header"],
        0,
    ),
    (
        "feb30.txt",
        "date 2020-01-02 Esper said the US was ready.\ndate 2020-02-30 Troops advanced on Sunday.\n",
        {},
        2,
        ["impossible date", "2020-02-30"],
        1,
    ),
    ("month13.txt", "date 2019-13-01 Rebels shelled the airport.", {}, 1, ["impossible date"], 0),
    (
        "empty.txt",
        "date 2020-01-02   \n\ndate 2020-01-03 Rebels attacked a checkpoint near Kabul.\n",
        {},
        1,
        ["empty text"],
        1,
    ),
    (
        "latin1.txt",
        b"date 2020-01-02 Iran vowed revenge.\ndate 2020-01-03 Le pr\xe9sident a parl\xe9.\n",
        {},
        2,
        ["undecodable", "not UTF-8", "0xe9"],
        1,
    ),
    ("binary.txt", b"date 2020-01-02 Iran vowed revenge.\n\x00\x01\x02", {}, 2, ["binary file", "NUL"], 0),
    (
        "long.txt",
        "date 2020-01-02 "
        + "US troops arrived in Baghdad. " * 5
        + "\ndate 2020-01-03 Iran fired missiles.\n",
        {"max_article_bytes": 100},
        1,
        ["too long", "max_article_bytes=100"],
        1,
    ),
    (
        "feed.jsonl",
        '{"date": "2020-01-02", "text": "Iran denied it."}\n{"date": "2020-01-02", text: }\n',
        {},
        2,
        ["malformed JSON", "column"],
        1,
    ),
    (
        "list.jsonl",
        '[1, 2]\n{"date": "2020-01-02", "text": "Iran denied it."}\n',
        {},
        1,
        ["expected an object"],
        1,
    ),
    (
        "notext.jsonl",
        '\n{"date": "2020-01-02", "title": "Strike"}\n{"date": "2020-01-02", "text": "Iran denied it."}\n',
        {},
        2,
        ["missing text"],
        1,
    ),
    (
        "nodate.csv",
        'date,text\n2020-01-02,"Iran denied it."\n,"Troops attacked the base."\n',
        {},
        3,
        ["missing date"],
        1,
    ),
    ("notext.csv", "date,text\n2020-01-02,\n2020-01-03,Iran denied it.\n", {}, 2, ["missing text"], 1),
    ("usdate.csv", 'date,text\n01/02/2020,"Iran denied it."\n', {}, 2, ["bad date", "YYYY-MM-DD"], 0),
    ("noheader.csv", "when,body\n2020-01-02,Iran denied it.\n", {}, 1, ["CSV header", "text"], 0),
    ("blank.txt", "  \n\n", {}, 1, ["empty file"], 0),
]


@pytest.mark.parametrize(
    ("name", "content", "options", "line", "words", "survivors"), BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS]
)
def test_bad_input_becomes_one_clear_reject(
    tmp_path: Path,
    name: str,
    content: str | bytes,
    options: dict[str, int],
    line: int,
    words: list[str],
    survivors: int,
) -> None:
    articles, rejects = split(read(tmp_path, name, content, **options))
    assert len(rejects) == 1
    reject = rejects[0]
    assert reject.origin == f"{tmp_path / name}:{line}"
    assert reject.stage == "ingest"
    for word in words:
        assert word in reject.reason
    assert len(articles) == survivors


def test_acceptance_seed_file_with_leading_space_and_no_final_newline() -> None:
    assert SEED.read_bytes().startswith(b" date") and not SEED.read_bytes().endswith(b"\n")
    articles, rejects = split(list(read_paths([SEED])))
    assert rejects == [] and len(articles) == 1
    article = articles[0]
    assert article.date == dt.date(2020, 1, 2)
    assert article.text.startswith("Iran or groups it supports")
    assert article.text.endswith('threat to the country."')
    assert article.origin == f"{SEED}:1"
    assert "\n\nMore:\n\n" in article.text


def test_first_fifty_current_events_lines(tmp_path: Path) -> None:
    lines = CEP_SEED.read_text(encoding="utf-8").split("\n")[:50]
    path = tmp_path / "cep50.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    articles, rejects = split(list(read_paths([path])))
    assert rejects == [] and len(articles) == 50
    assert [a.origin for a in articles] == [f"{path}:{n}" for n in range(1, 51)]
    assert articles[0].text.startswith("The Taliban kills 27 members")
    assert articles[0].date == dt.date(2019, 1, 1)
    assert not any(a.text.startswith("date ") for a in articles)


def test_whole_current_events_file_matches_its_jsonl_twin() -> None:
    # speed is measured by bench/throughput.py, not here: a timed test fails on a loaded machine
    seed_articles, seed_rejects = split(list(read_paths([CEP_SEED])))
    jsonl_articles, jsonl_rejects = split(list(read_paths([CEP_JSONL])))
    assert seed_rejects == jsonl_rejects == []
    assert len(seed_articles) == len(jsonl_articles) == 11275
    assert [s.id for s in seed_articles] == [j.id for j in jsonl_articles]


def test_jsonl_fields_and_given_id(tmp_path: Path) -> None:
    content = (
        '{"id": "rtr-1", "date": "2020-01-08T02:30:00Z", "text": "Iran fired missiles at Ain al-Asad.", '
        '"url": "https://example.org/a", "source": "Reuters", "title": "Missiles", "category": "x"}\n'
        '{"id": 42, "date": "2020-01-08", "text": "Trump said no Americans were harmed."}\n'
    )
    articles, rejects = split(read(tmp_path, "feed.jsonl", content))
    assert rejects == []
    assert [a.id for a in articles] == ["rtr-1", "42"]
    first = articles[0]
    assert (first.date, first.url, first.source, first.title) == (
        dt.date(2020, 1, 8),
        "https://example.org/a",
        "Reuters",
        "Missiles",
    )
    assert articles[1].origin == f"{tmp_path / 'feed.jsonl'}:2"


def test_csv_with_quoted_newlines_keeps_line_numbers(tmp_path: Path) -> None:
    content = (
        "Date,Text,Title\n"
        '2019-04-05,"Haftar\'s forces advanced on Tripoli.\n\nThe UN called for calm.",Offensive\n'
        '2019-04-06,"Clashes continued south of the capital.",\n'
    )
    articles, rejects = split(read(tmp_path, "libya.csv", content))
    assert rejects == []
    assert [a.origin for a in articles] == [f"{tmp_path / 'libya.csv'}:2", f"{tmp_path / 'libya.csv'}:5"]
    assert articles[0].text == "Haftar's forces advanced on Tripoli.\n\nThe UN called for calm."
    assert (articles[0].title, articles[1].title) == ("Offensive", None)


def test_multi_line_seed_articles_and_header_lookalikes(tmp_path: Path) -> None:
    content = (
        "\ufeffdate 2020-01-03\nA US strike killed Qasem Soleimani.\r\n"
        "date of the next talks was not set.\r\n\r\n"
        "  date 2020-01-08 Iran fired missiles at two bases.\n"
    )
    articles, rejects = split(read(tmp_path, "two.txt", content))
    assert rejects == []
    assert [a.text for a in articles] == [
        "A US strike killed Qasem Soleimani.\ndate of the next talks was not set.",
        "Iran fired missiles at two bases.",
    ]
    assert [a.origin for a in articles] == [f"{tmp_path / 'two.txt'}:1", f"{tmp_path / 'two.txt'}:5"]


def test_folder_recursion_skips_hidden_and_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".cache").mkdir()
    (tmp_path / "a.txt").write_text("date 2020-01-01 Protesters stormed the embassy.")
    (tmp_path / "b" / "deep" / "c.jsonl").write_text(
        '{"date": "2020-01-03", "text": "A strike killed a general."}'
    )
    (tmp_path / "b" / "d.csv").write_text("date,text\n2020-01-08,Iran fired missiles.\n")
    (tmp_path / "b" / ".hidden.txt").write_text("date 2020-01-01 Hidden.")
    (tmp_path / ".cache" / "e.txt").write_text("date 2020-01-01 Cached.")
    (tmp_path / "notes.md").write_text("date 2020-01-01 Not an input.")
    articles, rejects = split(list(read_paths([tmp_path])))
    assert rejects == []
    assert [a.text for a in articles] == [
        "Protesters stormed the embassy.",
        "Iran fired missiles.",
        "A strike killed a general.",
    ]


@pytest.mark.parametrize(
    ("content", "input_format", "expected_text"),
    [
        (b'{"date": "2020-01-02", "text": "Iran denied it."}\n', "auto", "Iran denied it."),
        (b"date 2020-01-02 Esper spoke on Thursday.", "auto", "Esper spoke on Thursday."),
        (b"date,text\n2020-01-02,Milley spoke too.\n", "auto", "Milley spoke too."),
        (b"date,text\n2020-01-02,Milley spoke too.\n", "csv", "Milley spoke too."),
    ],
)
def test_stdin_is_sniffed(content: bytes, input_format: str, expected_text: str) -> None:
    items = list(read_paths(["-"], input_format=input_format, stdin=io.BytesIO(content)))
    assert len(items) == 1 and isinstance(items[0], Article)
    assert items[0].text == expected_text
    assert items[0].origin is not None and items[0].origin.startswith("<stdin>:")


def test_forced_format_reads_what_the_extension_would_not(tmp_path: Path) -> None:
    articles, rejects = split(read(tmp_path, "feed.txt", '{"date": "2020-01-02", "text": "Iran denied it."}'))
    assert articles == [] and "no date header" in rejects[0].reason
    path = tmp_path / "feed.txt"
    items = list(read_paths([path], input_format="jsonl"))
    assert [i.text for i in items if isinstance(i, Article)] == ["Iran denied it."]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (("2020-01-02", "Iran denied it."), ("2020-01-02", "Iran denied it."), True),
        (("2020-01-02", "Iran  denied\nit."), ("2020-01-02", " Iran denied it. "), True),
        (("2020-01-02", "Iran denied it."), ("2020-01-03", "Iran denied it."), False),
        (("2020-01-02", "Iran denied it."), ("2020-01-02", "Iran denied it!"), False),
    ],
)
def test_stable_ids(first: tuple[str, str], second: tuple[str, str], same: bool) -> None:
    one = to_article_id(dt.date.fromisoformat(first[0]), first[1])
    two = to_article_id(dt.date.fromisoformat(second[0]), second[1])
    assert len(one) == 16 and all(c in "0123456789abcdef" for c in one)
    assert (one == two) is same


def test_same_text_twice_in_a_file_gives_the_same_id() -> None:
    data = b"date 2020-01-02 Iran denied it.\ndate 2020-01-02 Iran   denied it.\n"
    first, second = list(read_bytes(data, "twice.txt"))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == second.id == to_article_id(dt.date(2020, 1, 2), "Iran denied it.")


def test_utf16_with_bom_is_read() -> None:
    data = "date 2020-01-02 Khamenei spoke in Tehran.".encode("utf-16")
    (article,) = list(read_bytes(data, "wide.txt"))
    assert isinstance(article, Article) and article.text == "Khamenei spoke in Tehran."


@pytest.mark.parametrize("bad", ["missing.txt", "nowhere/"])
def test_missing_path_raises_before_reading(tmp_path: Path, bad: str) -> None:
    (tmp_path / "ok.txt").write_text("date 2020-01-02 Fine.")
    with pytest.raises(InputError, match="no such file"):
        read_paths([tmp_path / "ok.txt", tmp_path / bad])


def test_unknown_format_name_raises() -> None:
    with pytest.raises(InputError, match="unknown input format"):
        read_paths(["-"], input_format="xml")
