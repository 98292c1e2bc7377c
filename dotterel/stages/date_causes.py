"""A day right after a happening named as the cause of an act dates that happening, not the act.

"Two men are killed during protests over the disputed election on 20 October", "police arrest a student
leader over an anti-government protest last month", "protesters storm the embassy in response to the
airstrike on Sunday", "a group banned in retaliation for the bombing on Friday": the election, the protest,
the airstrike and the bombing are of that day; the killing, the arrest, the storming and the ban are not.

The cause is the object of a preposition of cause (``cause_preps``: "over") or of the preposition after a
noun of cause ("in response to", "in retaliation for": ``cause_nouns``); it names a happening (a noun of
``cause_happenings`` or of the topic nouns, or an event trigger of the article: not "protests over fuel
prices in Tehran on Friday", nor a place: "flew over the race track on June 21"). The date phrase hangs on
the noun, or follows the noun's phrase right away (the parser often hangs it on the verb).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dotterel.stages.trigger_candidates import NOUN_POS


@dataclass(frozen=True)
class CauseWords:
    """The words of ``dates.yaml`` the cause rule uses, lower-cased."""

    preps: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    happenings: frozenset[str] = frozenset()


def _is_cause_preposition(prep: Any, words: CauseWords) -> bool:
    """True for "over" ("protests over the vote") and for the preposition after "in response", "in
    retaliation" ("in response to the airstrike")."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in words.preps:
        return True
    noun = prep.head
    return noun.lemma_.lower() in words.nouns and noun.dep_ == "pobj" and noun.head.lower_ == "in"


def _is_cause_happening(noun: Any, words: CauseWords, triggers: frozenset[int]) -> bool:
    """True for a happening noun (a word of ``words.happenings`` or an event trigger) that is the object of
    a preposition of cause, or joined to one that is ("over the killing and the arrests")."""
    if noun.pos_ not in NOUN_POS or noun.dep_ not in ("pobj", "conj"):
        return False
    named = noun.lemma_.lower() in words.happenings or noun.lower_ in words.happenings
    if not named and noun.i not in triggers:
        return False
    prep = noun.head if noun.dep_ == "pobj" else noun.head.head
    return _is_cause_preposition(prep, words)


def resolve_cause_noun(root: Any, words: CauseWords, triggers: frozenset[int] = frozenset()) -> Any | None:
    """Return the happening noun of a cause a date phrase (its ``root`` token) dates, or None: the noun the
    phrase hangs on, or the one whose phrase the date phrase follows right away."""
    phrase = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root
    first = min(t.i for t in phrase.subtree)
    if first == 0:
        return None
    before = root.doc[first - 1]
    for token in (before, *before.ancestors):
        if not _is_cause_happening(token, words, triggers):
            continue
        subtree = [t.i for t in token.subtree]
        hung = phrase.i in subtree  # "over the election on 20 October", the date on the noun
        return token if hung or max(subtree) == before.i else None
    return None


def resolve_cause_region(
    root: Any, words: CauseWords, triggers: frozenset[int] = frozenset()
) -> frozenset[int]:
    """Return the ids of the phrase of the cause a date phrase dates (:func:`resolve_cause_noun`), or an
    empty set."""
    noun = resolve_cause_noun(root, words, triggers)
    return frozenset() if noun is None else frozenset(t.i for t in noun.subtree)
