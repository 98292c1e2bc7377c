"""The token ids of a trigger's sentence without other clauses and other participants' noun phrases: the
sentence tier of the places stage.

Moved out of :mod:`dotterel.stages.place_tiers`, whose :meth:`PlaceClauses.find_tiers` reads it
(:func:`find_sentence_ids`).
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.doc_tables import to_doc_table

__all__ = ["NOUN_ARGUMENT_DEPS", "find_sentence_ids"]

NOUN_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "dative", "agent"})


def find_sentence_ids(token: Any, stops: frozenset[int]) -> set[int]:
    """Return the trigger's sentence without other clauses and other participants' noun phrases.

    A subject trigger keeps its verb's object ("A bomb hits a mosque in Ghazni"); an object trigger loses
    the subject ("The unrest outside the US embassy in Baghdad followed US air raids"). The agent of a
    participle on a preposition's object describes the setting and keeps its place phrase ("A bomb
    explodes at a ceremony attended by diplomats in Jeddah").
    """
    table = to_doc_table(token.doc)
    deps, heads, verbs, breaks = table.deps, table.heads, table.verbs, table.breaks
    sentence = token.sent
    acted_on = heads[token.i] if deps[token.i] in ("nsubj", "nsubjpass") else None
    ids = set(range(sentence.start, sentence.end))
    ancestors, node = set(), token.i
    while heads[node] != node:
        node = heads[node]
        ancestors.add(node)
    for other in range(sentence.start, sentence.end):
        if other == token.i or other in ancestors or other not in ids:
            continue  # an ancestor, or already cut away with an ancestor's subtree
        dep, head = deps[other], heads[other]
        kept = head == acted_on and dep in ("dobj", "attr")  # a subject trigger keeps its verb's object
        setting = dep == "agent" and deps[head] == "acl" and deps[heads[head]] == "pobj"
        argument = dep in NOUN_ARGUMENT_DEPS and verbs[head] and not kept and not setting
        if other in stops or breaks[other] or argument:
            ids -= table.find_subtree_ids(other)
    return ids  # linear in the sentence: each cut subtree is visited once
