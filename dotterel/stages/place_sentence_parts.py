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

from dotterel.stages.scope import is_verb

__all__ = ["find_sentence_part_ids"]

# Prepositions of a cause or an earlier time ("after being accused", "due to candidates being disqualified",
# "because of", "owing to", "following"); and the markers of such a finite clause ("a week after authorities
# froze his assets", "because police refused …"). Not "as", "when", "while" (the same time, often the same
# scene).
CAUSE_PREPOSITIONS = frozenset({"after", "following", "due", "because", "owing"})
CAUSE_MARKERS = frozenset({"after", "because"})
REASON_MARKERS = frozenset({"because"})  # always another happening; "after" only measured by a time
# Nouns of an aim after "in" ("in an effort to make him resign", "in a bid to", "in an attempt to").
PURPOSE_NOUNS = frozenset({"effort", "bid", "attempt"})


def find_sentence_part_ids(token: Any) -> set[int]:
    """Return the token ids of the cause, time or purpose part whose clause tells ``token`` ("after being
    accused of rape"); the whole sentence when it is told by no clause inside such a part ("die in Kerala
    due to flooding")."""
    told_by_clause, node = False, token
    while node.head.i != node.i:
        if _opens_part(node) and (told_by_clause or node.dep_ == "advcl"):  # not "following" as a participle
            left = any(c.dep_ == "prep" and c.lower_ == "from" for c in node.head.children)
            return set(range(token.sent.start, token.sent.end)) if left else {t.i for t in node.subtree}
        told_by_clause = told_by_clause or is_verb(node)
        node = node.head
    return set(range(token.sent.start, token.sent.end))


def _opens_part(node: Any) -> bool:
    """True for the head of a cause, time or purpose part: a preposition of ``CAUSE_PREPOSITIONS``, "in"
    with a noun of ``PURPOSE_NOUNS``, or a clause opened by "because" or by an "after" measured by a time."""
    if node.dep_ == "prep":
        lower = node.lower_
        aim = lower == "in" and any(c.dep_ == "pobj" and c.lower_ in PURPOSE_NOUNS for c in node.children)
        return lower in CAUSE_PREPOSITIONS or aim
    if node.dep_ != "advcl" or not is_verb(node):
        return False
    marks = [c for c in node.children if c.dep_ == "mark" and c.lower_ in CAUSE_MARKERS]
    return any(m.lower_ in REASON_MARKERS or _is_measured(m, node) for m in marks)


def _is_measured(mark: Any, clause: Any) -> bool:
    """True for an "after" clause measured by a time ("one week after 35 are killed in another attack", "two
    months after he was released"): another time, so another happening; an unmeasured one may tell the same
    scene ("storm the camp in Lebanon after youths attack it")."""
    before = [c for c in clause.children if c.i < mark.i]
    return any(c.dep_ == "npadvmod" for c in (*mark.children, *before))
