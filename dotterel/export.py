"""Export the store: Parquet partitioned by month, CSV, JSONL, and a GDELT-style TSV.

>>> with Store("events.duckdb", read_only=True) as store:          # doctest: +SKIP
...     export(store.connection, "out/", "parquet")            # out/events/month=2020-01/data_0.parquet …

``level="events"`` writes the merged events (one row per real-world happening, with NumMentions, NumArticles
and NumSources), ``level="mentions"`` the per-article codings. Parquet, CSV and the GDELT TSV are written by
DuckDB's ``COPY``; JSONL streams the contract records (nested objects, keys in contract order). The GDELT
columns follow the GDELT 2.0 event table (61 tab-separated columns, no header); :data:`GDELT_COLUMNS` is the
mapping, documented in ``docs/store.md``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from dotterel.errors import InputError
from dotterel.store.records import EVENT_COLUMNS, to_event_record, to_record

__all__ = ["FORMATS", "GDELT_COLUMNS", "LEVELS", "export", "to_gdelt_event_id"]

FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl", "gdelt")
LEVELS: tuple[str, ...] = ("events", "mentions")
_CONTRACT = [name for name, _ in EVENT_COLUMNS]
_EXTRA = {
    "events": ["mention_id", "num_mentions", "num_articles", "num_sources", "first_date", "last_date",
               "first_article_date", "last_article_date"],
    "mentions": ["merged_event_id", "run_id"],
}  # fmt: skip
_VIEWS = {"events": "event_view", "mentions": "mention_view"}
_ORDER = "coalesce(date, article_date), article_id, event_id"


def _clean(expression: str) -> str:
    """Text without tabs or line breaks, so each event stays one TSV line."""
    return f"regexp_replace({expression}, '[\\t\\r\\n]+', ' ', 'g')"


def _actor(side: str, number: int) -> list[tuple[str, str]]:
    return [
        (f"Actor{number}Code", f"nullif(concat(e.{side}_country, e.{side}_sector), '')"),
        (f"Actor{number}Name", _clean(f"upper(coalesce(e.{side}_name, e.{side}_text))")),
        (f"Actor{number}CountryCode", f"e.{side}_country"),
        *((f"Actor{number}{name}", "NULL") for name in (
            "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code")),
        (f"Actor{number}Type1Code", f"e.{side}_sector"),
        (f"Actor{number}Type2Code", "NULL"),
        (f"Actor{number}Type3Code", "NULL"),
    ]  # fmt: skip


def _geo(prefix: str, located: bool) -> list[tuple[str, str]]:
    names = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
    if not located:
        return [(f"{prefix}_{name}", "NULL") for name in names]
    kind = (
        "CASE WHEN e.place_name IS NULL THEN NULL WHEN e.place_admin1 IS NULL THEN 1"
        " WHEN e.place_country = 'USA' THEN 3 ELSE 4 END"
    )
    values = (kind, _clean("e.place_name"), "e.place_country", "e.place_admin1", "NULL", "e.place_lat",
              "e.place_lon", "NULL")  # fmt: skip
    return [(f"{prefix}_{name}", value) for name, value in zip(names, values, strict=True)]


_DAY = "coalesce(e.date, e.article_date)"
# GDELT 2.0 event column -> SQL over e (event_view), a (the representative's article), r (its run).
GDELT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("GLOBALEVENTID", "CAST('0x' || left(md5(e.event_id), 15) AS BIGINT)"),
    ("SQLDATE", f"CAST(strftime({_DAY}, '%Y%m%d') AS INTEGER)"),
    ("MonthYear", f"CAST(strftime({_DAY}, '%Y%m') AS INTEGER)"),
    ("Year", f"year({_DAY})"),
    ("FractionDate", f"round(year({_DAY}) + dayofyear({_DAY}) / 365.0, 4)"),
    *_actor("source", 1),
    *_actor("target", 2),
    ("IsRootEvent", "CASE WHEN CAST(json_extract(e.evidence, '$.start') AS INTEGER) = 0 THEN 1 ELSE 0 END"),
    ("EventCode", "e.cameo"),
    ("EventBaseCode", "left(e.cameo, 3)"),
    ("EventRootCode", "left(e.cameo, 2)"),
    ("QuadClass", "e.quad_class"),
    ("GoldsteinScale", "e.goldstein"),
    ("NumMentions", "e.num_mentions"),
    ("NumSources", "e.num_sources"),
    ("NumArticles", "e.num_articles"),
    ("AvgTone", "NULL"),
    *_geo("Actor1Geo", False),
    *_geo("Actor2Geo", False),
    *_geo("ActionGeo", True),
    ("DATEADDED", "CAST(strftime(coalesce(r.started_at, CAST(e.article_date AS TIMESTAMP)), '%Y%m%d%H%M%S')"
                  " AS BIGINT)"),
    ("SOURCEURL", _clean("coalesce(a.url, 'article:' || e.article_id)")),
)  # fmt: skip


def to_gdelt_event_id(event_id: str) -> int:
    """Return the GLOBALEVENTID of an event id: the first 15 hex digits of its md5, as an integer."""
    return int(hashlib.md5(event_id.encode("utf-8")).hexdigest()[:15], 16)


def export(
    con: Any, out_dir: str | Path, fmt: str, level: str = "events", overwrite: bool = False
) -> list[Path]:
    """Write the store's events (or mentions) under ``out_dir`` in ``fmt``; return the files written.

    Raises:
        InputError: an unknown format or level, the GDELT format for mentions, or an existing output that
            ``overwrite`` does not allow replacing.
    """
    if fmt not in FORMATS:
        raise InputError("--format", f"expected one of {', '.join(FORMATS)}, got {fmt!r}")
    if level not in LEVELS:
        raise InputError("--level", f"expected one of {', '.join(LEVELS)}, got {level!r}")
    if fmt == "gdelt" and level != "events":
        raise InputError("--level", "the GDELT format holds merged events only")
    out = Path(out_dir)
    target = out / {"parquet": level, "csv": f"{level}.csv", "jsonl": f"{level}.jsonl",
                    "gdelt": f"{level}.gdelt.tsv"}[fmt]  # fmt: skip
    if target.exists() and not overwrite and (target.is_file() or any(target.iterdir())):
        raise InputError(str(target), "already exists (use --overwrite to replace it)")
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        _write_jsonl(con, target, level)
    elif fmt == "parquet":
        month = "strftime(coalesce(date, article_date), '%Y-%m')"
        monthly = f"SELECT *, {month} AS month FROM ({_select(level)})"
        _copy(con, monthly, target, "FORMAT PARQUET, PARTITION_BY (month), OVERWRITE TRUE")
        return sorted(target.rglob("*.parquet"))
    elif fmt == "csv":
        _copy(con, _select(level), target, "HEADER")
    else:
        _copy(con, _to_gdelt_sql(), target, "DELIMITER '\t', HEADER FALSE")
    return [target]


def _select(level: str) -> str:
    columns = ", ".join(_CONTRACT + _EXTRA[level])
    return f"SELECT {columns} FROM {_VIEWS[level]} ORDER BY {_ORDER}"


def _to_gdelt_sql() -> str:
    columns = ",\n".join(f"{sql} AS {name}" for name, sql in GDELT_COLUMNS)
    return f"""SELECT {columns}
        FROM event_view e
        LEFT JOIN articles a ON a.id = e.article_id
        LEFT JOIN mentions m ON m.mention_id = e.mention_id
        LEFT JOIN runs r ON r.run_id = m.run_id
        ORDER BY {_DAY}, e.event_id"""


def _copy(con: Any, sql: str, target: Path, options: str) -> None:
    path = str(target).replace("'", "''")
    con.execute(f"COPY ({sql}) TO '{path}' ({options})")


def _write_jsonl(con: Any, target: Path, level: str) -> None:
    convert = to_event_record if level == "events" else to_record
    cursor = con.cursor()
    cursor.execute(f"SELECT * FROM {_VIEWS[level]} ORDER BY {_ORDER}")
    names = [column[0] for column in cursor.description]
    with target.open("w", encoding="utf-8") as handle:
        while rows := cursor.fetchmany(10_000):
            for row in rows:
                record = convert(dict(zip(names, row, strict=True)))
                if level == "mentions":
                    record["merged_event_id"] = row[names.index("merged_event_id")]
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    cursor.close()
