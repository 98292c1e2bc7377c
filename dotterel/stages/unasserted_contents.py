"""Acts told only as the content of an allegation noun, or as what someone failed to do.

An allegation noun's content clause tells what is alleged, not what happened: "resigned amid allegations
[that] he pressured prosecutors", "protests over claims police beat a teenager" (``allegation_nouns`` of
``modality.yaml``). The clause hangs on the noun as ``acl`` ("allegations that he pressured"), or, with no
"that", as a ``relcl`` with no gap: a passive subject or a direct object of its own ("allegations he had
been pressured"), unlike a true relative clause ("the allegations [which] he made", no object). Only the
clause's own verb is so read (:func:`~.claimed_contents.is_told_content`), as for a claim verb: a noun in the
content ("allegations that Iran ordered [the attack]") disputes the doer, not the act.

An act under a failure did not happen: "the failure to find new ways to pressure Iran", "failed to condemn
the attacks" (``failure_heads``): the climb goes from the act's clause through to-infinitives, relative and
noun clauses and objects to the verb or noun of failure.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.modality import ModalityWords
from dotterel.stages.prospects import is_prevented
from dotterel.stages.token_words import lemma_of
from dotterel.stages.unrealized_acts import is_clause_act

CONTENT_DEPS = frozenset({"acl", "relcl"})
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})
FAILURE_PATH_DEPS = frozenset({"xcomp", "acl", "relcl", "dobj"})
MAX_FAILURE_CLIMB = 4
# A failed act is its clause's own verb or that verb's direct object ("failed to [condemn]", "failed to carry
# out [an attack]"), not a noun further off: "fails to appear in court for [the murder]" tells of a murder.
FAILED_ACT_DEPS = frozenset({"dobj"})


def is_allegation_content(clause: Any, nouns: frozenset[str]) -> bool:
    """True when ``clause`` (or the first verb of its coordination) is the content clause of an allegation
    noun: "amid allegations that he pressured prosecutors", "claims police beat a teenager"."""
    node = clause.head if clause.dep_ == "conj" else clause
    if node.dep_ not in CONTENT_DEPS or lemma_of(node.head) not in nouns:
        return False
    if node.dep_ == "acl":
        return any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)  # a finite clause of its own
    deps = {c.dep_ for c in node.children}
    if any(c.lower_ in RELATIVE_WORDS and c.dep_ != "mark" for c in node.children):
        return False  # "the allegations that were made against him"
    return "nsubjpass" in deps or {"nsubj", "dobj"} <= deps


def is_failed_act(clause: Any, heads: frozenset[str]) -> bool:
    """True when the act's clause is what a failure names as not done: "failed to condemn the attacks",
    "the failure to find new ways to pressure Iran"."""
    node = clause
    for _ in range(MAX_FAILURE_CLIMB):
        if node.dep_ not in FAILURE_PATH_DEPS or node.head.i == node.i:
            return False
        node = node.head
        if lemma_of(node) in heads:
            return True
    return False


def is_unachieved(token: Any, clause: Any, words: ModalityWords) -> bool:
    """An act kept from happening ("police foiled an attack", :func:`is_prevented`) or failed."""
    failed = is_clause_act(token, clause, FAILED_ACT_DEPS) and is_failed_act(clause, words.failure_heads)
    return failed or is_prevented(token, words.prevention_heads)


