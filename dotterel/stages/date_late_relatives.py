"""A date phrase right after a relative clause of a noun, which the parser closed before it: the clause's.

"Ahmed Ali, a militant who bombed two churches in Kano, Kano State, in April 2017, is convicted of
terrorism": the parser ends the relative clause at "Kano State" and hangs "in April 2017" on "Ali", the
subject, so the date would reach the main verb ("is convicted"). A noun (a person, a body) has no time of its
own; a phrase hung on it that follows the relative or participial clause describing it (or its apposition),
with nothing but commas between, ends that clause: its date dates the clause's verb and the noun, never the
verb the noun is the subject or object of ("is convicted" keeps the article's date).
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.scope import find_scope_ids
from dotterel.stages.trigger_candidates import NOUN_POS

DESCRIBING_DEPS = frozenset({"relcl", "acl"})
CLAUSE_POS = frozenset({"VERB", "AUX"})


def resolve_late_relative(root: Any) -> frozenset[int] | None:
    """Return the token ids the date phrase rooted at ``root`` dates when it ends a relative clause of the
    noun the parser hung it on (the clause, the date phrase and the noun), or None."""
    while root.dep_ == "conj" and root.head.i != root.i:  # "between July and [September] 2019"
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in NOUN_POS:
        return None
    clause = next((c for c in _describing_clauses(prep.head) if _ends_at(c, prep)), None)
    if clause is None:
        return None
    return frozenset({*(t.i for t in clause.subtree), *(t.i for t in prep.subtree), clause.head.i})


def find_late_phrase_ids(verb: Any) -> frozenset[int]:
    """Return the ids of the phrases that end the relative clause ``verb`` heads though the parser hung them
    on the noun it describes ("who bombed two churches in Kano, [in April 2017],"); empty for another
    token."""
    if verb.dep_ not in DESCRIBING_DEPS or verb.pos_ not in CLAUSE_POS:
        return frozenset()
    noun = verb.head.head if verb.head.dep_ == "appos" else verb.head
    if noun.pos_ not in NOUN_POS:
        return frozenset()
    preps = (c for c in noun.children if c.dep_ == "prep" and c.i > verb.i and _ends_at(verb, c))
    return frozenset(t.i for prep in preps for t in prep.subtree)


def _describing_clauses(noun: Any) -> list[Any]:
    """The relative or participial clauses of ``noun`` and of its appositions."""
    described = [noun, *(c for c in noun.children if c.dep_ == "appos")]
    return [c for n in described for c in n.children if c.dep_ in DESCRIBING_DEPS and c.pos_ in CLAUSE_POS]


def _ends_at(clause: Any, prep: Any) -> bool:
    """True when ``prep`` comes right after the clause's last word, with nothing but commas between."""
    return clause.i < prep.i and _last_word(prep.doc, clause.i, clause.right_edge.i) == _last_word(
        prep.doc, clause.i, prep.i - 1
    )


def _last_word(doc: Any, start: int, end: int) -> int:
    """The position of the last word that is no punctuation mark from ``end`` back to ``start``."""
    while end > start and doc[end].is_punct:
        end -= 1
    return end


def find_clause_time_ids(token: Any, stops: frozenset[int]) -> set[int]:
    """The trigger's own clause (:func:`dotterel.stages.scope.find_scope_ids`) with the phrases that end it
    when it is a relative clause the parser closed early (:func:`find_late_phrase_ids`)."""
    return find_scope_ids(token, stops) | find_late_phrase_ids(token)
