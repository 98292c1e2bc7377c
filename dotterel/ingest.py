"""Readers: seed-format text, JSONL, CSV, folders and stdin in; :class:`Article` or :class:`Reject` out.

The seed format: an article starts at a line beginning ``date YYYY-MM-DD`` (leading white space allowed) and
runs to the next such line; its text is everything after the header, surrounding white space stripped. JSONL
and CSV carry ``date`` and ``text`` plus optional ``id``, ``url``, ``source`` and ``title``.

Bad content never raises: it becomes a :class:`Reject` with ``origin`` "path:line", stage ``ingest`` and one
reason, and the batch goes on. Only a missing path raises :class:`~dotterel.errors.InputError`.
Line endings are normalised to ``\\n`` before parsing, so offsets are into the ``\\n`` text.

Hostile input is covered by property tests and a fuzz target (``docs/reliability.md``): deeply nested JSON,
over-long numbers, lone surrogates (``"\\ud800"``) in any field, article dates outside
``EARLIEST_DATE``..``LATEST_DATE`` and two different articles given the same ``id`` each become a reject.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from dotterel.errors import InputError
from dotterel.model import Article, Reject

STAGE = "ingest"
FORMATS: tuple[str, ...] = ("auto", "seed", "jsonl", "csv")
EXTENSION_FORMATS: dict[str, str] = {".txt": "seed", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
STDIN_NAME = "<stdin>"
DEFAULT_MAX_ARTICLE_BYTES = 2_000_000
# Article dates leave room for the date arithmetic of the stages and the store (windows of a year or so).
EARLIEST_DATE = dt.date(1000, 1, 1)
LATEST_DATE = dt.date(8999, 12, 31)
OPTIONAL_FIELDS: tuple[str, ...] = ("title", "url", "source")

_HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?=\s|$)[ \t]*", re.MULTILINE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UNDECODABLE = re.compile("[\udc80-\udcff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

Item = Article | Reject


def read_paths(
    paths: Iterable[str | Path],
    input_format: str = "auto",
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Read files, folders (recursively) and stdin (``"-"``) into articles and rejects, in order.

    Args:
        paths: files, folders or ``"-"`` for stdin.
        input_format: ``auto`` (by extension, else sniffed), ``seed``, ``jsonl`` or ``csv``.
        max_article_bytes: longer articles (UTF-8 bytes) become rejects.
        stdin: the binary stream read for ``"-"`` (``sys.stdin.buffer`` when None).

    Raises:
        InputError: a path does not exist or the format name is unknown (checked before anything is read).
    """
    targets = list(paths)
    if input_format not in FORMATS:
        raise InputError(
            "--input-format", f"unknown input format {input_format!r} (use {', '.join(FORMATS)})"
        )
    for target in targets:
        if str(target) != "-" and not Path(target).exists():
            raise InputError(str(target), "no such file or directory")
    return find_id_clashes(_iter_targets(targets, input_format, max_article_bytes, stdin))


def _iter_targets(
    targets: list[str | Path], input_format: str, max_article_bytes: int, stdin: BinaryIO | None
) -> Iterator[Item]:
    for target in targets:
        if str(target) == "-":
            data = (stdin or sys.stdin.buffer).read()
            yield from read_bytes(data, STDIN_NAME, input_format, max_article_bytes)
        elif Path(target).is_dir():
            for path in find_input_files(Path(target)):
                yield from read_file(path, input_format, max_article_bytes)
        else:
            yield from read_file(Path(target), input_format, max_article_bytes)


def find_id_clashes(items: Iterable[Item]) -> Iterator[Item]:
    """Pass ``items`` on, turning an article whose given ``id`` an earlier one with another text holds into
    a reject (the store keeps one article per id: the later one would silently replace the earlier)."""
    seen: dict[str, tuple[str, str | None]] = {}  # given id -> (digest of date and text, origin)
    for item in items:
        if isinstance(item, Article):
            digest = to_article_id(item.date, item.text)
            first = seen.setdefault(item.id, (digest, item.origin)) if item.id != digest else None
            if first is not None and first[0] != digest:  # (an id of our own is the digest of its content)
                reason = f"duplicate id {item.id!r}: {first[1]} has this id with another date or text"
                item = _reject(item.origin or item.id, reason)
        yield item


def find_input_files(folder: Path) -> list[Path]:
    """Return the article files under ``folder`` (recursive, sorted), by extension, skipping hidden ones."""
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative):
            continue
        if path.suffix.lower() in EXTENSION_FORMATS and path.is_file():
            found.append(path)
    return sorted(found)


def read_file(
    path: Path, input_format: str = "auto", max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
) -> Iterator[Item]:
    """Yield the articles and rejects of one file; an unreadable file is one reject."""
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Reject(origin=f"{path}:1", stage=STAGE, reason=f"cannot read file: {error.strerror}")
        return
    yield from read_bytes(data, str(path), input_format, max_article_bytes)


def read_bytes(
    data: bytes, name: str, input_format: str = "auto", max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
) -> Iterator[Item]:
    """Decode ``data`` (named ``name`` in origins) and yield its articles and rejects.

    UTF-8 with or without a BOM, and UTF-16 with a BOM, are read; a NUL byte marks a binary file (one reject);
    an article holding bytes that are not UTF-8 is rejected on its own while the rest of the file is read.
    """
    name = name.encode("utf-8", "backslashreplace").decode("utf-8")  # a file name that is not UTF-8
    text = _decode(data)
    if text is None:
        reason = "undecodable UTF-16 (it starts with a byte-order mark): not read"
        yield Reject(origin=f"{name}:1", stage=STAGE, reason=reason)
        return
    if "\x00" in text:
        nul = data.find(b"\x00")
        line = data.count(b"\n", 0, max(nul, 0)) + 1
        yield Reject(origin=f"{name}:{line}", stage=STAGE, reason="binary file (NUL bytes): not read")
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        yield Reject(origin=f"{name}:1", stage=STAGE, reason="empty file: no articles")
        return
    fmt = input_format if input_format != "auto" else resolve_format(name, text)
    parse = {"seed": parse_seed, "jsonl": parse_jsonl, "csv": parse_csv}[fmt]
    yield from parse(text, name, max_article_bytes)


def resolve_format(name: str, text: str) -> str:
    """Return the format of a file: by its extension, else sniffed from its first non-blank line."""
    by_extension = EXTENSION_FORMATS.get(Path(name).suffix.lower())
    if by_extension:
        return by_extension
    first = next((line.strip() for line in text.split("\n", 50) if line.strip()), "")
    if first.startswith("{"):
        return "jsonl"
    if not _HEADER.match(first) and "," in first and {"date", "text"} <= set(_csv_header(first)):
        return "csv"
    return "seed"


def parse_seed(text: str, name: str, max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> Iterator[Item]:
    """Yield one article per ``date YYYY-MM-DD`` header; text before the first header is a reject."""
    headers = list(_HEADER.finditer(text))
    preamble_end = headers[0].start() if headers else len(text)
    preamble = text[:preamble_end]
    if preamble.strip():
        line = text.count("\n", 0, len(preamble) - len(preamble.lstrip())) + 1
        reason = "no date header: text before the first 'date YYYY-MM-DD' line"
        yield Reject(origin=f"{name}:{line}", stage=STAGE, reason=reason)
    line, position = 1, 0
    for index, header in enumerate(headers):
        line += text.count("\n", position, header.start())
        position = header.start()
        end = headers[index + 1].start() if index + 1 < len(headers) else len(text)
        body = text[header.end() : end].strip()
        yield to_item(f"{name}:{line}", header.group(1), body, {}, max_article_bytes)


def parse_jsonl(text: str, name: str, max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> Iterator[Item]:
    """Yield one article per JSON object line (``date``, ``text``; optional id, url, source, title)."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        origin = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield _reject(origin, f"malformed JSON line: {error.msg} (column {error.colno})")
            continue
        except RecursionError:
            yield _reject(origin, "malformed JSON line: nested too deeply")
            continue
        except ValueError as error:  # a number of more than 4300 digits
            yield _reject(origin, f"malformed JSON line: {error}")
            continue
        if not isinstance(record, dict):
            yield _reject(origin, f"malformed JSON line: expected an object, got {type(record).__name__}")
            continue
        yield _to_record_item(origin, record, max_article_bytes)


def parse_csv(text: str, name: str, max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> Iterator[Item]:
    """Yield one article per CSV row; the header names the columns (``date`` and ``text`` are required)."""
    # A field may be as long as the file: an over-long one is then one "too long" reject, not the rest lost.
    csv.field_size_limit(max(csv.field_size_limit(), 4 * max_article_bytes + 1, len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""))
    columns: list[str] | None = None
    previous_line, rows = 0, 0
    try:
        for row in reader:
            origin, previous_line = f"{name}:{previous_line + 1}", reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if columns is None:
                columns = [cell.strip().lower() for cell in row]
                missing = [key for key in ("date", "text") if key not in columns]
                if missing:
                    yield _reject(origin, f"CSV header has no {' or '.join(missing)} column: not read")
                    return
                continue
            rows += 1
            yield _to_record_item(origin, dict(zip(columns, row, strict=False)), max_article_bytes)
    except csv.Error as error:
        yield _reject(f"{name}:{previous_line + 1}", f"malformed CSV: {error}; rest of file not read")
        return
    if not rows:
        yield _reject(f"{name}:1", "CSV has a header but no rows: no articles")


def to_article_id(date: dt.date, text: str) -> str:
    """Return the stable id of an article: sha1 of the ISO date and the white-space-collapsed text, 16 hex."""
    normalised = " ".join(text.split())
    return hashlib.sha1(f"{date.isoformat()} {normalised}".encode()).hexdigest()[:16]


def to_item(origin: str, date_text: str, text: str, fields: dict[str, Any], max_article_bytes: int) -> Item:
    """Return the Article for one input record, or the Reject saying what is wrong with it."""
    date = resolve_date(date_text)
    if date is None:
        if _ISO_DATE.fullmatch(date_text.strip()):
            return _reject(origin, f"impossible date {date_text.strip()!r}")
        return _reject(origin, f"bad date {date_text.strip()!r}: expected YYYY-MM-DD")
    if not EARLIEST_DATE <= date <= LATEST_DATE:
        return _reject(origin, f"date {date.isoformat()} out of range ({EARLIEST_DATE} to {LATEST_DATE})")
    if not text:
        return _reject(origin, "empty text after the date")
    bad = _UNDECODABLE.search(text)
    if bad:
        byte = ord(bad.group()) - 0xDC00
        return _reject(origin, f"undecodable bytes: not UTF-8 (byte 0x{byte:02x})")
    for key, value in (("text", text), *fields.items()):
        lone = _SURROGATE.search(value) if isinstance(value, str) else None
        if lone:
            return _reject(origin, f"invalid Unicode: lone surrogate U+{ord(lone.group()):04X} in {key}")
    if len(text) * 4 > max_article_bytes and len(text.encode()) > max_article_bytes:
        size = len(text.encode())
        return _reject(origin, f"article too long: {size} bytes, over max_article_bytes={max_article_bytes}")
    given_id = fields.get("id")
    return Article(
        id=given_id or to_article_id(date, text),
        date=date,
        text=text,
        title=fields.get("title"),
        url=fields.get("url"),
        source=fields.get("source"),
        origin=origin,
    )


def resolve_date(value: str) -> dt.date | None:
    """Return the date of ``YYYY-MM-DD`` (optionally followed by a time), or None if it is not a real date."""
    value = value.strip()
    if len(value) > 10 and value[10] in "T ":
        value = value[:10]
    if not _ISO_DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _to_record_item(origin: str, record: dict[str, Any], max_article_bytes: int) -> Item:
    missing = [key for key in ("date", "text") if not _to_str(record.get(key))]
    if missing:
        return _reject(origin, f"missing {' and '.join(missing)}")
    fields = {key: _to_str(record.get(key)) for key in ("id", *OPTIONAL_FIELDS)}
    return to_item(origin, str(record["date"]), str(record["text"]).strip(), fields, max_article_bytes)


def _to_str(value: object) -> str | None:
    if value is None or isinstance(value, dict | list | bool):
        return None
    text = str(value).strip()
    return text or None


def _reject(origin: str, reason: str) -> Reject:
    return Reject(origin=origin, stage=STAGE, reason=reason)


def _decode(data: bytes) -> str | None:
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("utf-8-sig", errors="surrogateescape")


def _csv_header(line: str) -> list[str]:
    try:
        return [cell.strip().lower() for cell in next(csv.reader([line]), [])]
    except csv.Error:  # a first line longer than the field limit is no CSV header
        return []
