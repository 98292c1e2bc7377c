"""Why an event is what it is: the event, its mentions and the merge rule and reason of each."""

from __future__ import annotations

from typing import Any

from dotterel.errors import InputError
from dotterel.store.clusters import find_rows
from dotterel.store.records import to_event_record, to_record

_MEMBERS_SQL = """SELECT s.role, s.reason, s.rule AS merge_rule, a.publisher, v.*
   FROM event_sources s JOIN mention_view v ON v.event_id = s.mention_id
   LEFT JOIN articles a ON a.id = v.article_id
   WHERE s.event_id = ? ORDER BY s.role <> 'founded', v.article_date, v.article_id, v.event_id"""


def read_explanation(con: Any, identifier: str, where: str, default_rule: str) -> dict[str, Any]:
    """Return an event (by event id, or by the id of one of its mentions) with its mentions and why.

    Args:
        con: an open DuckDB connection of the store.
        identifier: an event id or a mention id.
        where: the database path, for the error message.
        default_rule: the merge rule id to report for an event without members.

    Returns:
        ``{"event": record, "rule": merge rule id, "mentions": [...]}``; each mention has its id,
        article, publisher, role (``founded``/``joined``/``kept``), the reason and its contract record.

    Raises:
        InputError: no event or mention has that id.
    """
    found = con.execute(
        "SELECT event_id FROM events WHERE event_id = ?"
        " UNION ALL SELECT event_id FROM event_sources WHERE mention_id = ? LIMIT 1",
        [identifier, identifier],
    ).fetchall()
    if not found:
        raise InputError("EVENT_ID", f"no event or mention {identifier!r} in {where}")
    event_id = found[0][0]
    (event,) = find_rows(con, "SELECT * FROM event_view WHERE event_id = ?", [event_id])
    members = find_rows(con, _MEMBERS_SQL, [event_id])
    mentions = [
        {"mention_id": m["event_id"], "article_id": m["article_id"], "publisher": m["publisher"],
         "role": m["role"], "reason": m["reason"], "record": to_record(m)}
        for m in members
    ]  # fmt: skip
    rule = members[0]["merge_rule"] if members else default_rule
    return {"event": to_event_record(event), "rule": rule, "mentions": mentions}
