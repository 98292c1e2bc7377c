"""What a penalty is imposed for is the deed's own happening, with its own place, not the penalty's.

"The United States sanctions two Chinese officials for human rights abuses in Xinjiang", "blacklisting the
group for abuses committed in the city of Tarhuna", "suspends the press licence of a correspondent for their
coverage of the Tigray conflict", "imposes sanctions on officials over the crackdown on protesters in Minsk":
a penalty decided by a state or a body against others (``grounds_penalty_words`` of ``knowledge/places.yaml``:
sanctioning, blacklisting, suspending, expelling) is decided where the body sits; the "for"/"over" phrase
tells the grounds, a deed done elsewhere. :func:`find_penalty_grounds_ids` returns that phrase, on the
penalty word, on its object or a word of the object's phrase ("the licence of a correspondent for …"), or,
for a penalty noun, on the verb it is the object of ("imposes sanctions … over …"), or set off by a comma
after a verb coordinated with it ("suspends the licence …, and issues warnings …, for their coverage of …"),
with the place phrases hung right after it. The penalty keeps its own place phrase ("sanctions officials in
Washington for …") and a time is no ground ("suspended for two years in Kenya"). Penalties enforced at the
scene (an arrest, a fine, a detention) are no such words: "police fine 200 people for breaking the curfew in
Paris" were in Paris; a court's penalty is read by :mod:`dotterel.stages.place_crime_phrases`.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_attached_phrases import to_low_attached_ids
from dotterel.stages.place_uses import names_word
from dotterel.stages.scope import is_verb

__all__ = ["find_penalty_grounds_ids"]

_GROUNDS_PREPS = frozenset({"for", "over"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def find_penalty_grounds_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of the grounds a penalty ``token`` is imposed for (see the module): its "for" and
    "over" phrases, on the word, its object or the verb a penalty noun is the object of; else none."""
    if not names_word(token, words.grounds_penalty_words):
        return set()
    holders = [token]
    if is_verb(token):
        holders += [t for c in token.children if c.dep_ == "dobj" for t in c.subtree]  # "licence of X for"
    elif token.dep_ == "dobj":  # "imposes sanctions on officials over the crackdown in Minsk"
        holders.append(token.head)
    ids: set[int] = set()
    for holder in holders:
        ids |= {i for prep in holder.children if _is_grounds(prep, words) for i in _grounds_ids(prep, token)}
    for conjunct in token.conjuncts if is_verb(token) else ():  # "suspends X, and issues Y, for …"
        shared = [p for p in conjunct.children if _is_grounds(p, words) and _is_set_off(p)]
        ids |= {i for prep in shared for i in _grounds_ids(prep, token)}
    return ids


def _grounds_ids(prep: Any, token: Any) -> set[int]:
    """The tokens of the grounds phrase ``prep`` with the phrases hung right after it; none that holds
    ``token``."""
    phrase = to_low_attached_ids(prep, token.i)
    return set() if token.i in phrase else phrase


def _is_set_off(prep: Any) -> bool:
    """True for a phrase after a comma ("…, and issues warnings to them, for their coverage of …"): set off
    from the last conjunct, it is shared by the coordinated verbs."""
    return prep.i > 0 and prep.doc[prep.i - 1].text == ","


def _is_grounds(prep: Any, words: PlaceWords) -> bool:
    """True for a "for"/"over" phrase that tells grounds (:func:`_tells_grounds`)."""
    return prep.dep_ == "prep" and prep.lower_ in _GROUNDS_PREPS and _tells_grounds(prep, words)


def _tells_grounds(prep: Any, words: PlaceWords) -> bool:
    """True for a "for"/"over" phrase whose object is no time ("for two years", "for life", "over the
    weekend"; ``grounds_time_nouns`` of ``knowledge/places.yaml``): a deed or a state of affairs the penalty
    answers."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and not any(
        o.ent_type_ in _TIME_ENTITIES or o.lemma_.lower() in words.grounds_time_nouns for o in objects
    )
