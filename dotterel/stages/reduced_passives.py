"""A past participle that modifies a noun is a passive of that noun: "a girl abducted by North Korea", "a man
convicted of fraud", "a taxi driver shot by drug dealers".

The noun is the participle's undergoer, not its doer, so the event takes the noun as its target and its
"by"-agent, if any, as its source. Not when the noun is the root of its sentence: the parser then took the
sentence's own verb for a participle ("An official Syrian newspaper called Thursday on Arabs to unite"), and
the noun is its subject. Nor for a toll participle ("soldiers killed in the region this month", "seven
people wounded"), nor for an attack participle with no "by"-agent ("funerals for 25 people bombed and shot the
day prior"): the casualty stage reads those as an incident's victims (``toll_participles`` and
``attack_participles`` of ``roles.yaml``).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.wordlists import load_role_words

__all__ = ["is_reduced_passive"]

PAST_PARTICIPLE = "VBN"


def is_reduced_passive(verb: Any, subject: Any | None) -> bool:
    """True when ``verb`` is a past participle modifying ``subject``, its noun ("a girl [abducted] by …"),
    and that noun is not the root of the sentence (a misparsed main verb); not a toll participle, nor an
    attack participle with no "by"-agent."""
    if subject is None or verb.dep_ != "acl" or verb.tag_ != PAST_PARTICIPLE or verb.head.i != subject.i:
        return False
    lemma, words = str(verb.lemma_).lower(), load_role_words()  # cached: roles.yaml's participle lists
    if lemma in words["attack_participles"] and not any(child.dep_ == "agent" for child in verb.children):
        return False
    return subject.dep_ != "ROOT" and lemma not in words["toll_participles"]
