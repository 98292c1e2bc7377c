"""The happening a passive verb of harm or arrest follows: its "after", "following", "amid" or "as" part.

"Twenty soldiers are killed after militants attack two positions in Borno" died where the attack was
(``result_verbs`` and ``result_markers`` of ``knowledge/places.yaml``). So were people shot, stabbed, arrested
or detained in the course of a happening told by such a part ("Eight people are shot following a dispute
outside a bar in Seattle", "Forty people are arrested after protesters throw rocks at police in Portland",
"Two men are shot dead as they flee a checkpoint in Kirkuk", "are detained amid protests in Minsk"):
``cause_clause_verbs`` and ``cause_clause_markers``. "as" opens only a clause ("arrested as a spy for Russia"
names no place of the arrest); what a part is about is no place of it ("detained after writing about
corruption in Nigeria"). Read by :meth:`dotterel.stages.place_tiers.PlaceClauses.find_result_ids`,
which keeps to passive or intransitive verbs ("resigned after …", "kill a man after a protest" take nothing).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords

__all__ = ["is_cause_clause", "is_cause_phrase", "is_cause_verb", "drop_topics"]

CLAUSE_ONLY_MARKERS = frozenset({"as"})  # "shot as they flee …", not "arrested as a spy for Russia"
TOPIC_PREPOSITIONS = frozenset({"about", "regarding", "concerning"})  # "after writing about … in Nigeria"
INQUIRY_PREPOSITIONS = frozenset({"on", "into"})  # "amid the investigation on the storage … at the Port"
NESTED = frozenset({"relcl", "advcl", "xcomp", "ccomp"})  # a clause inside the part tells another happening


def is_cause_verb(verb: Any, words: PlaceWords) -> bool:
    """True for a verb of harm or arrest whose "after" part tells the happening it came in (a casualty
    verb of ``result_verbs``, or one of ``cause_clause_verbs``: "shoot", "arrest")."""
    lemma = str(verb.lemma_).lower()
    return lemma in words.result_verbs or lemma in words.cause_clause_verbs


def is_cause_clause(clause: Any, words: PlaceWords) -> bool:
    """True for a clause opened by a marker of ``result_markers`` or ``cause_clause_markers`` ("after
    militants attack …", "as they escape from a prison in …"; the parser may hang the mark on a word of the
    clause, so its first word is read)."""
    first = clause.left_edge.lower_
    return first in words.result_markers or first in words.cause_clause_markers


def is_cause_phrase(prep: Any, words: PlaceWords) -> bool:
    """True for a preposition of ``result_markers`` or ``cause_clause_markers`` that opens a phrase
    ("following a dispute outside a bar in …", "amid clashes in …"); never "as" ("as a spy for Russia"),
    nor one measured by a time ("An hour after the attack in Nice, a guard is stabbed in Jeddah": another
    time, another happening)."""
    markers = words.result_markers | (words.cause_clause_markers - CLAUSE_ONLY_MARKERS)
    measured = any(c.dep_ == "npadvmod" for c in prep.children)
    return prep.lower_ in markers and not measured


def drop_topics(doc: Any, ids: set[int], words: PlaceWords) -> set[int]:
    """Return ``ids`` without the parts that tell another happening's place: a topic ("after writing
    about corruption in Nigeria"), what an inquiry is into or on ("amid the investigation on the storage …
    at the Port of Beirut"), an origin ("his return from exile in Saudi Arabia") and a clause inside the
    part ("protests in Colombia, which are sparked after a death in Bogotá"; "gatherings occurred to
    celebrate …")."""
    dropped: set[int] = set()
    for i in ids:
        token = doc[i]
        if token.head.i == i or token.head.i not in ids:  # the part's own head
            continue
        inquiry = token.lower_ in INQUIRY_PREPOSITIONS and token.head.lemma_.lower() in words.reaction_words
        if token.lower_ in TOPIC_PREPOSITIONS or token.lower_ == "from" or inquiry or token.dep_ in NESTED:
            dropped |= {t.i for t in token.subtree}
    return ids - dropped
