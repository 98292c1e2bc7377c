"""Background happenings: earlier events a sentence only cites as the cause or time of another event.

"Thousands protest following the killing of Qasem Soleimani", "a rally in Karachi over the U.S. killing of
…", "Iran fired missiles in response to the assassination", "After the United States kills Soleimani in the
airstrike, Iran's parliament votes …": the killing was reported when it happened; coded again on each later
article's date it would count as a new attack every day the reactions are in the news. Such a reference is
either
- a definite event noun ("the killing", "the U.S. airstrike", "Soleimani's assassination": a happening the
  reader is presumed to know) behind a preposition of earlier time or response ("following", "after", "in
  response to"), or of cause ("over", "against") under another event, or
- a harm clause introduced by "after"/"following"/"since" that names its attack with a definite noun, under
  a clause that is no harm ("After the US kills X in the airstrike, Iran's parliament votes").
An indefinite noun or a plain clause is news and stays: "protests break out after police shoot and kill
Walter Wallace" is the stream's only report of that killing.
The dates stage drops a background reference unless its own phrase dates it ("in response to the U.S.
airstrike on Sunday"): then it is dated and the cross-article de-duplication merges it with the first report.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.readings import ReadingWords
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.scope import VERB_POS
from dotterel.stages.triggers import NOUN_POS

MAX_HOPS = 3


def _is_definite(noun: Any, words: ReadingWords) -> bool:
    """ "the killing", "this attack", "Soleimani's assassination", "the U.S. airstrike"."""
    return any(
        (child.dep_ == "det" and child.lower_ in words.definite_determiners) or child.dep_ == "poss"
        for child in noun.children
    )


def _reaches_event(start: Any, event_ids: frozenset[int]) -> bool:
    """True when ``start`` or one of its nearest heads is another event's trigger or a trigger's own verb
    ("held a protest … over the killing": "over" hangs on "held", whose object is the protest)."""
    node = start
    for _ in range(MAX_HOPS):
        if node.i in event_ids or any(child.i in event_ids for child in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _cause_prep(noun: Any, words: ReadingWords) -> tuple[Any | None, bool]:
    """The preposition that makes a definite noun a cause or an earlier time, and whether that alone makes
    it background: "following the killing", "in response to the attack" (returns "in") always, "over the
    killing" only under another event; (None, False) otherwise. An indefinite noun is news, not background:
    "a curfew after a police shooting" may be the only report of the shooting."""
    if noun.dep_ != "pobj" or not _is_definite(noun, words):
        return None, False
    prep = noun.head
    if prep.lower_ in words.time_before_preps:
        return prep, True
    if prep.lower_ in words.cause_preps:
        return prep, False
    phrase_head = prep.head
    if str(phrase_head.lemma_).lower() in words.cause_phrase_heads and phrase_head.dep_ == "pobj":
        return phrase_head.head, True  # "in [response [to [the attack]]]"
    return None, False


def is_background_noun(noun: Any, event_ids: frozenset[int], words: ReadingWords) -> bool:
    """True for a definite event noun that is an earlier time or cause: after a preposition of earlier
    time or in a phrase of response ("following the killing of X", "in response to the assassination"), or
    after a cause preposition of another event ("a rally over the U.S. killing of X"); ``event_ids`` are
    the other events' trigger token indices."""
    if noun.pos_ not in NOUN_POS:
        return False
    prep, alone = _cause_prep(noun, words)
    return prep is not None and (alone or _reaches_event(prep.head, event_ids))


def is_background_clause(
    verb: Any, own_type: str, types_by_token: dict[int, str], words: ReadingWords
) -> bool:
    """True for a harm verb in an "after"/"following"/"since" clause that names its attack with a definite
    noun, under a clause that is no harm: "After the United States kills X in the airstrike, Iran's
    parliament votes …". Without the definite noun the clause is news ("Protests break out after police
    shoot and kill a man" may be the only report of the killing); under a harm it is one attack told twice
    ("five people are killed after gunmen open fire in the attack")."""
    if verb.pos_ not in VERB_POS or own_type not in HARM_TYPES:
        return False
    clause = verb
    for _ in range(MAX_HOPS):
        if clause.dep_ == "advcl" or clause.dep_ not in {"conj", "xcomp"} or clause.head.i == clause.i:
            break
        clause = clause.head
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in words.cause_marks]
    if not marks or not _names_known_attack(clause, words):
        return False
    if clause.dep_ == "ROOT":  # "After X kills Y in the airstrike, Z votes": the clause parsed on top
        return marks[0].i == clause.sent.start
    if clause.dep_ != "advcl":
        return False
    main = clause.head
    near = (main, *main.children)
    return not any(types_by_token.get(t.i) in HARM_TYPES for t in near if t.i != verb.i)


def _names_known_attack(clause: Any, words: ReadingWords) -> bool:
    """True when the clause names its attack with a definite noun: "… kills X in the airstrike"."""
    return any(
        t.pos_ == "NOUN" and str(t.lemma_).lower() in words.attack_nouns and _is_definite(t, words)
        for t in clause.subtree
    )


def is_inside(token: Any, background_ids: frozenset[int]) -> bool:
    """True when one of the token's heads is a background trigger: "in response to the assassination of X
    in a targeted killing" -> the killing is the assassination's means, background too."""
    return any(ancestor.i in background_ids for ancestor in token.ancestors)


def find_own_phrase_ids(token: Any) -> frozenset[int]:
    """Token indices of a background noun's own phrase, where a date of its own may stand ("the U.S.
    airstrike on Sunday")."""
    return frozenset(t.i for t in token.subtree)
