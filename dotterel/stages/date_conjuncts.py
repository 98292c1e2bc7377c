"""Coordinated verbs share a time phrase said after the last of them: "after being arrested and convicted
in 2018", "Police arrested and charged two men on Monday", "for killing 39 people and injuring 79 more at an
Istanbul nightclub in 2017".

A time phrase after the last conjunct is said of the whole coordination, as a bare first conjunct's object
would be. A bare first conjunct (no object, no phrase, no adverb: only its subject, auxiliaries and the
conjunction) takes it with its own clause (:func:`find_shared_conjunct_ids`); one with words of its own
takes it only when its own words hold no date (:func:`find_trailing_conjunct_ids`; "imposed a 2007 state of
emergency and resigned in 2008": 2007 is the imposing's), and only a period, not a day
(:func:`resolve_trailing_time`: "was arrested at his home and released on Monday"). Not when a later conjunct
has a subject of its own (two clauses), an auxiliary of its own ("was arrested and will be tried in May":
another time) or an adverb that sets its time apart ("was arrested and later released on Monday":
``inheritance_blockers`` in ``dates.yaml``).
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.date_context import ArticleDates, resolve_closest
from dotterel.stages.date_tenses import PRESENT_TAGS
from dotterel.stages.doc_tables import SUBJECT_DEPS, VERB_POS

BARE_DEPS = frozenset({"aux", "auxpass", "neg", "cc", "conj", "punct", "nsubj", "nsubjpass"})
TIME_DEPS = frozenset({"prep", "npadvmod", "advmod", "tmod"})
OWN_CLAUSE_DEPS = SUBJECT_DEPS | {"aux", "auxpass"}  # a later conjunct's own subject or auxiliary


def _has_own_time(conjunct: Any, blockers: frozenset[str], deps: frozenset[str]) -> bool:
    """True when the coordinated verb ``conjunct`` has a child of ``deps`` (its own subject, auxiliary) or a
    time-setting adverb of ``blockers`` ("and later released"): a time said after it is its own."""
    return any(c.dep_ in deps or (c.dep_ == "advmod" and c.lower_ in blockers) for c in conjunct.children)


def _later_time_ids(verb: Any) -> set[int]:
    """The token ids of the time phrases after ``verb`` ("convicted in 2018": the ids of "in 2018")."""
    return {t.i for c in verb.children if c.dep_ in TIME_DEPS and c.i > verb.i for t in c.subtree}


def find_shared_conjunct_ids(token: Any, blockers: frozenset[str]) -> set[int]:
    """Return the token ids of the time phrases of the verb coordinated after the bare verb ``token``
    ("arrested and convicted in 2018": the ids of "in 2018"), or an empty set."""
    if token.pos_ not in VERB_POS or any(c.dep_ not in BARE_DEPS for c in token.children):
        return set()
    conjunct = next((c for c in token.children if c.dep_ == "conj" and c.pos_ in VERB_POS), None)
    if conjunct is None or _has_own_time(conjunct, blockers, SUBJECT_DEPS):
        return set()
    return _later_time_ids(conjunct)


def find_trailing_conjunct_ids(token: Any, blockers: frozenset[str], dated: frozenset[int]) -> set[int]:
    """Return the token ids of the time phrases after the last verb coordinated after ``token`` ("killing 39
    people and injuring 79 more … in 2017": the ids of "in 2017"), or an empty set when ``token``'s own
    words hold a date (``dated``: the roots of the text's date mentions; "imposed a 2007 state of emergency
    and resigned in 2008") or a later conjunct has a subject, an auxiliary or a time-setting adverb of its
    own, or when ``token`` is in the present tense (news tells the day's acts in it: "deny the accusation and
    blames the government for casualties during the past week"); to be used when ``token``'s own clause gives
    no date."""
    if token.pos_ not in VERB_POS or token.dep_ == "conj" or token.tag_ in PRESENT_TAGS:
        return set()
    own = (t.i for c in token.children if c.dep_ not in ("conj", "cc") for t in c.subtree)
    if any(i in dated for i in own):
        return set()
    later = [c for c in token.conjuncts if c.i > token.i and c.pos_ in VERB_POS and c.head.i == token.i]
    if not later:
        return set()
    if any(_has_own_time(conjunct, blockers, OWN_CLAUSE_DEPS) for conjunct in later):
        return set()
    return _later_time_ids(later[-1])


def resolve_trailing_time(token: Any, blockers: frozenset[str], ctx: ArticleDates) -> int | None:
    """Return the position of the time said after the verbs coordinated after ``token`` when it is coarser
    than a day ("in 2017", "in March", "last month"), or None: a period holds the whole sequence of acts, a
    day need not ("was arrested at his home and released on Monday")."""
    trailing = find_trailing_conjunct_ids(token, blockers, frozenset(r.i for r in ctx.roots))
    found = resolve_closest(trailing, token, ctx)
    return found if found is None or ctx.mentions[found].precision != "day" else None
