"""Tolls of one incident told in clauses joined in its sentence, read for
:class:`~dotterel.stages.casualties.CasualtiesStage`:

- more victims added with "also" or "too" in a clause joined to the event's, after a semicolon or a
  coordination ("Militants ambushed a convoy, killing ten soldiers; one of the attackers was also killed" =
  11): the count is added to the event's count of its kind, not taken instead of it; not when the clause is
  another incident's or has a time of its own ("…; two police officers were also killed in a separate
  attack");
- the other side's toll of the same fight, reported by that side in a clause joined to the toll clause
  ("the fighting left 50 rebels dead and 90 wounded while government forces reported 40 dead and 80
  wounded" = 90 and 170): the subject of the reporting verb (``toll_reporting_verbs``) is a side of the
  fight (``fighting_sides``), not a source such as officials or a hospital, whose figure restates the toll;
- the toll of a clause whose subject is the attack's consequence, in its sentence ("Rebels stormed army
  positions, the ensuing fighting left 50 dead": ``consequence_modifiers``), is the attack's too;
- the casualty adjuncts of the verb an event noun is the subject of are the noun's toll ("A grenade attack
  hit a car, killing one");
- the running toll a new death brings the incident to ("A tourist injured in the crash yesterday dies,
  bringing the death toll to seven"): the incident's toll, given to the event of the incident (here the
  injuring in the crash) rather than the one new death; the death's own event keeps its count ("Seventy-one
  more servicemen are killed, bringing the death toll to 87": the killing's 71); a happening whose start
  dates the running toll ("raising the death toll to 222 since protests began", ``toll_start_marks``) takes
  it when it has no count of that kind (the day's deaths keep their own count).
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.casualty_additions import has_additive_adverb, to_sum
from dotterel.stages.casualty_counts import HARM_KINDS, CasualtyCount
from dotterel.stages.scope import SUBJECT_DEPS, find_scope_ids, is_verb

__all__ = [
    "find_consequence_ids",
    "find_joined_additions",
    "find_other_side_counts",
    "find_subject_verb_ids",
    "to_brought_tolls",
    "to_conjunction_head",
]

CLAUSE_LINKS = frozenset({"conj", "parataxis", "ccomp"})


def _is_joined_clause(word: Any, token: Any) -> bool:
    """True when ``word`` heads a clause joined to the one of ``token`` after it: the clause above it across
    a semicolon (the parser makes it the root) or a clause coordinated with one above it."""
    if word.i <= token.i or word.sent.start != token.sent.start or not is_verb(word):
        return False
    above = [token, *token.ancestors]
    if word in above[1:]:
        return True
    return word.dep_ in CLAUSE_LINKS and word.head in above


def _own_clause(word: Any, token: Any) -> list[Any]:
    """The tokens of ``word``'s clause without the clause that holds ``token``."""
    held = next((c for c in word.children if token in c.subtree or c.i == token.i), None)
    skipped = {t.i for t in held.subtree} if held is not None else set()
    return [t for t in word.subtree if t.i not in skipped]


def find_joined_additions(
    doc: Any,
    token: Any,
    chosen: dict[str, CasualtyCount],
    counts: list[CasualtyCount],
    adverbs: frozenset[str],
    other_incident: frozenset[str],
) -> dict[str, CasualtyCount]:
    """Return ``chosen`` with the additive counts of clauses joined to the event's clause (its trigger
    ``token``) added to the chosen count of their kind."""
    added = dict(chosen)
    for count in counts:
        kind = count.kinds[0]
        first = added.get(kind)
        if len(count.kinds) != 1 or kind not in HARM_KINDS or first is None or count.count <= 0:
            continue
        word = doc[count.word]
        if count.word in (token.i, first.word) or count.cumulative or not _is_joined_clause(word, token):
            continue
        if not has_additive_adverb(word, adverbs):
            continue
        clause = _own_clause(word, token)
        if not any(t.lower_ in other_incident or t.ent_type_ == "DATE" for t in clause):
            added[kind] = to_sum(first, count)
    return added


def _clause_verb(token: Any) -> Any:
    """The verb whose clause holds a count's word ("50 rebels dead": "left")."""
    while not is_verb(token) and token.dep_ != "ROOT":
        token = token.head
    return token


def find_other_side_counts(
    doc: Any,
    chosen: dict[str, CasualtyCount],
    counts: list[CasualtyCount],
    verbs: frozenset[str],
    sides: frozenset[str],
) -> dict[str, CasualtyCount]:
    """Return ``chosen`` with the toll a side of the fight reports for itself in a clause joined to the
    chosen toll's clause added, kind by kind ("while government forces reported 40 dead and 80 wounded")."""
    heads = {_clause_verb(doc[c.word]).i for c in chosen.values()}
    joined = sorted((t for h in heads for t in doc[h].children), key=lambda t: t.i)  # not every token of doc
    reports = [
        t
        for t in joined
        if t.dep_ in ("advcl", "conj")
        and t.lemma_.lower() in verbs
        and any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in sides for c in t.children)
    ]
    added = dict(chosen)
    for report in reports:
        inside = {t.i for t in report.subtree}
        best: dict[str, CasualtyCount] = {}
        for count in counts:
            kind: str = count.kinds[0]
            ok = count.word in inside and len(count.kinds) == 1 and kind in added and count.count > 0
            if ok and (kind not in best or count.count > best[kind].count):
                best[kind] = count
        for side_kind, count in best.items():
            added[side_kind] = to_sum(added[side_kind], count)
    return added


def to_brought_tolls(
    doc: Any,
    token: Any,
    chosen: dict[str, CasualtyCount],
    counts: list[CasualtyCount],
    start_marks: frozenset[str] = frozenset(),
) -> dict[str, CasualtyCount]:
    """Return ``chosen`` with a direct count of another word than the event's trigger ``token`` replaced by
    the running toll its clause brings ("dies, bringing the death toll to seven": seven); an event that is
    the subject of a clause of ``start_marks`` under the toll's verb takes the toll it lacks ("raising the
    death toll to 222 since protests began": the protests' toll)."""
    out = _with_started_toll(doc, token, chosen, counts, start_marks)
    for kind, first in chosen.items():
        if first.cumulative or first.word == token.i or len(first.kinds) != 1:
            continue
        for count in counts:
            bringer = doc[count.word].head
            brought = count.cumulative and kind in count.kinds and bringer.dep_ in ("advcl", "xcomp", "conj")
            if brought and bringer.head.i == first.word and count.count > first.count:
                out[kind] = count
    return out


def _with_started_toll(
    doc: Any, token: Any, chosen: dict[str, CasualtyCount], counts: list[CasualtyCount], marks: frozenset[str]
) -> dict[str, CasualtyCount]:
    clause = token.head
    if token.dep_ not in SUBJECT_DEPS or not is_verb(clause) or clause.head.i == clause.i:
        return chosen
    if not any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
        return chosen
    out = dict(chosen)
    for count in counts:  # "raising[the toll's verb] … since protests began"
        kind, bringer = count.kinds[0], doc[count.word].head
        if count.cumulative and len(count.kinds) == 1 and kind not in out and bringer == clause.head:
            out[kind] = count
    return out


def find_consequence_ids(token: Any, stops: frozenset[int], modifiers: frozenset[str]) -> list[set[int]]:
    """The clauses after the attack ``token`` in its sentence whose subject is a noun of its consequence
    ("the ensuing fighting left 50 rebels dead": the clause of "left")."""
    out = []
    for noun in token.sent:
        if noun.i <= token.i or noun.dep_ not in SUBJECT_DEPS or not is_verb(noun.head):
            continue
        if any(c.dep_ == "amod" and c.lower_ in modifiers for c in noun.children):
            out.append(find_scope_ids(noun.head, stops))
    return out


def find_subject_verb_ids(token: Any) -> set[int]:
    """The verbs whose casualty adjuncts are an event noun's toll: for the subject of a verb, that verb
    and its objects ("A grenade attack hit a car, killing one": the parser may hang "killing" on "car");
    for another event noun, its nearest verb ("open fire during protests, killing 20")."""
    if is_verb(token):
        return set()
    if token.dep_ not in SUBJECT_DEPS or not is_verb(token.head):
        governors = [g for g in token.ancestors if is_verb(g)]
        return {governors[0].i} if governors else set()
    return {token.head.i} | {c.i for c in token.head.children if c.dep_ == "dobj"}


def to_conjunction_head(verb: Any) -> Any:
    """Return the first verb of a coordination sharing one subject ("kills 11 and injures 10" → "kills")."""
    while (
        verb.dep_ == "conj" and is_verb(verb.head) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        verb = verb.head
    return verb
