"""The event a result phrase is the result of: "Clashes … continue, leaving 13 dead" (read by the places
stage's tiers, :mod:`dotterel.stages.place_tiers`, both ways: a result takes its cause's place, a cause its
result's)."""

from __future__ import annotations

from dotterel.stages.doc_tables import DocTable

__all__ = ["RESULT_DEPS", "to_result_subject"]

# "acl": the parser hangs "injured" on the object of "leave" ("leave dozens of people injured")
RESULT_DEPS = frozenset({"conj", "oprd", "xcomp", "advcl", "acomp", "dobj", "acl"})


def to_result_subject(table: DocTable, i: int) -> int | None:
    """Return the first subject of the verb the result phrase of token ``i`` hangs on (at most four steps up:
    "leave dozens of people injured" to "leave"), whatever it is, read from the document's table."""
    deps, heads, node = table.deps, table.heads, i
    for _ in range(4):
        if deps[node] == "pobj" and table.lowers[heads[node]] == "of":  # "leave dozens of people injured"
            node = heads[heads[node]]
        elif deps[node] not in RESULT_DEPS or heads[node] == node:
            return None
        else:
            node = heads[node]
        subject = next((c for c in table.children[node] if deps[c] in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
    return None
