"""The part of its sentence whose places an event may take at the sentence tier, when a clause inside a cause,
time or purpose part tells it.

"Chris Brown is detained in Paris after being accused of rape": the accusation, told by a clause of its own
inside an "after" part, came before the detention and the text names no place for it; "in Paris" is the
detention's. So also "a rally in Moscow due to several candidates being disqualified from regional
elections" (not the rally's Moscow), "protest in Algiers in an effort to make him resign" (an aim, not done in
Algiers), "dies in France two months after he was released in a prisoner swap" (another time). The sentence
tier (:meth:`dotterel.stages.place_tiers.PlaceClauses.find_tiers`) then reads that part only.

Only an event told by a clause (a verb, or a noun inside a verb's clause: "because an inquiry found …"): an
event noun that is the part's own object shares the scene the sentence sets ("Ten people die in Kerala due to
flooding", "Police fire tear gas in Hong Kong after a protest"), and the tier reads the whole sentence. A
finite "after" clause only when measured by a time: unmeasured, it may tell the same scene ("refugees flee a
camp in Lebanon after local youths storm it"; "police opened fire" on protesters killed in Makeni). Not a part
hung on a verb with a "from" phrase, the place left, where the earlier state was ("is released from Venezuela
after being detained").
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.place_words import PlaceWords
from dotterel.stages.scope import is_verb

__all__ = ["find_sentence_part_ids"]


def find_sentence_part_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the token ids of the cause, time or purpose part whose clause tells ``token`` ("after being
    accused of rape"); the whole sentence when it is told by no clause inside such a part ("die in Kerala
    due to flooding")."""
    told_by_clause, node = False, token
    while node.head.i != node.i:
        # an "advcl" head: not "following" as a participle
        if _opens_part(node, words) and (told_by_clause or node.dep_ == "advcl"):
            left = any(c.dep_ == "prep" and c.lower_ == "from" for c in node.head.children)
            return set(range(token.sent.start, token.sent.end)) if left else {t.i for t in node.subtree}
        told_by_clause = told_by_clause or is_verb(node)
        node = node.head
    return set(range(token.sent.start, token.sent.end))


def _opens_part(node: Any, words: PlaceWords) -> bool:
    """True for the head of a cause, time or purpose part: a preposition of ``cause_part_preps``, "in" with
    a noun of ``purpose_part_nouns``, or a clause opened by a ``reason_part_markers`` word ("because") or by
    another ``cause_part_markers`` word ("after") measured by a time."""
    if node.dep_ == "prep":
        lower = node.lower_
        nouns = words.purpose_part_nouns
        aim = lower == "in" and any(c.dep_ == "pobj" and c.lower_ in nouns for c in node.children)
        return lower in words.cause_part_preps or aim
    if node.dep_ != "advcl" or not is_verb(node):
        return False
    marks = [c for c in node.children if c.dep_ == "mark" and c.lower_ in words.cause_part_markers]
    return any(m.lower_ in words.reason_part_markers or _is_measured(m, node) for m in marks)


def _is_measured(mark: Any, clause: Any) -> bool:
    """True for an "after" clause measured by a time ("one week after 35 are killed in another attack", "two
    months after he was released"): another time, so another happening; an unmeasured one may tell the same
    scene ("storm the camp in Lebanon after youths attack it")."""
    before = [c for c in clause.children if c.i < mark.i]
    return any(c.dep_ == "npadvmod" for c in (*mark.children, *before))
