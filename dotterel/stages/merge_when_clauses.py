"""A toll told by its victims with a when-clause is the toll of the act that clause tells.

"Over 13 people have been killed when security forces use live ammunition to break up a protest camp" tells
one happening twice: by its victims ("have been killed") and by its doers' act, the clause introduced by
"when" and the purpose it states ("to break up a protest camp"). The merge stage folds two such mentions of
one type into one event (:func:`~dotterel.stages.merge._is_told_twice`); a mention of another harm type (a
dispersal typed COERCE beside the killing typed ASSAULT) stays apart and takes the kinds of count it lacks
from the victims' telling. Only a harm told as happened takes them: a protest in the when-clause ("were
killed when protesters marched on the palace") is the occasion of the killing, not its toll's holder; nor
does any noun of the clause ("when police fired on a protest": the protest).
"""

from __future__ import annotations

from typing import Any

from dotterel.model import HAPPENED_MODALITIES, TOLL_KINDS, Event
from dotterel.stages.doc_tables import resolve_trigger_root
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.merge_incident import to_agreed_tolls

__all__ = ["find_when_clause_tolls", "when_clause_acts"]

WHEN_WORDS = frozenset({"when"})
PURPOSE_DEPS = frozenset({"xcomp", "acl", "advcl"})


def _is_harm(event: Event) -> bool:
    return event.action.type in HARM_TYPES and event.modality in HAPPENED_MODALITIES


def _purposes(verb: Any) -> list[int]:
    """The infinitives of purpose told with ``verb`` ("use live ammunition to break up a camp": break), on the
    verb itself or on its object."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [
        c.i
        for h in holders
        for c in h.children
        if c.dep_ in PURPOSE_DEPS
        and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def when_clause_acts(root: Any) -> set[int]:
    """The token indices of the acts a when-clause of the casualty word ``root`` tells: the clause's verb and
    its infinitives of purpose ("killed when forces use live ammunition to break up a camp": use, break)."""
    acts: set[int] = set()
    for clause in root.children:
        if clause.dep_ != "advcl" or clause.pos_ != "VERB":
            continue
        if any(c.dep_ in ("advmod", "mark") and c.lower_ in WHEN_WORDS for c in clause.children):
            acts |= {clause.i, *_purposes(clause)}
    return acts


def find_when_clause_tolls(doc: Any, events: list[Event]) -> list[Event]:
    """Return ``events`` where a harm in the when-clause of another harm's casualty word, of another type,
    takes the kinds of count it lacks from it ("were killed when forces … break up a camp")."""
    roots = [resolve_trigger_root(doc, event.trigger) for event in events]
    shared = list(events)
    for index, event in enumerate(events):
        root = roots[index]
        if root is None or not _is_harm(event) or all(getattr(event, k) is None for k in TOLL_KINDS):
            continue
        acts = when_clause_acts(root)
        for other, head in enumerate(roots):
            kept = events[other]
            if head is None or head.i not in acts or kept.action.type == event.action.type:
                continue
            if _is_harm(kept):
                shared[other] = to_agreed_tolls(shared[other], event)
    return shared
