"""A relative clause whose verb is a pro-verb ("which the latter did two days prior") dates the act it stands
for.

"Kenya follows Djibouti in expelling Somali envoys, which the latter did three days prior": "did" stands for
the act told before the relative pronoun (the expelling), and the clause's time ("three days prior") is that
act's. The parser hangs the clause on the nearest noun ("envoys"); the act is the nearest verb that noun
hangs under. A pro-verb is a verb of ``pro_verbs`` in ``dates.yaml`` ("do") with a relative pronoun
(``relative_pronouns``) among its dependents and no other object: "which he did two days earlier", not "who
did a deal on Friday" (an act of its own).
"""

from __future__ import annotations

from typing import Any

OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "ccomp", "xcomp"})


def find_pro_verb_clause_ids(token: Any, pro_verbs: frozenset[str], relatives: frozenset[str]) -> set[int]:
    """The token ids of each pro-verb relative clause that stands for ``token``'s act: the clause hangs,
    through nouns only, under ``token``, a verb."""
    if token.pos_ != "VERB":
        return set()
    ids: set[int] = set()
    for clause in token.subtree:
        if clause.dep_ != "relcl" or not _is_pro_verb(clause, pro_verbs, relatives):
            continue
        if _governing_verb(clause.head).i == token.i:
            ids |= {t.i for t in clause.subtree}
    return ids


def _is_pro_verb(verb: Any, pro_verbs: frozenset[str], relatives: frozenset[str]) -> bool:
    """True for "did" standing for an act: a verb of ``pro_verbs`` with a relative pronoun as a dependent and
    no object of its own."""
    if verb.lemma_.lower() not in pro_verbs or verb.pos_ != "VERB":
        return False
    pronouns = [c for c in verb.children if c.lower_ in relatives and c.i < verb.i]
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.lower_ not in relatives]
    return bool(pronouns) and not objects


def _governing_verb(noun: Any) -> Any:
    """The nearest verb above ``noun`` through nouns, prepositions and adjectives ("expelling Somali envoys",
    "opening its airspace to such flights"); ``noun`` itself if there is none."""
    node = noun
    while node.pos_ != "VERB" and node.head.i != node.i:
        node = node.head
    return node


def find_pro_verb_act(root: Any, pro_verbs: frozenset[str], relatives: frozenset[str]) -> frozenset[int]:
    """The id of the act a pro-verb relative clause holding the date phrase ``root`` stands for ("which the
    latter did three days prior": the expelling), or nothing: the phrase may date that act even where it is
    read as the time of the noun the clause hangs on."""
    node = root
    while node.dep_ != "relcl" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "relcl" or not _is_pro_verb(node, pro_verbs, relatives):
        return frozenset()
    act = _governing_verb(node.head)
    return frozenset({act.i}) if act.pos_ == "VERB" else frozenset()
