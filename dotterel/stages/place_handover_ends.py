"""Where a person handed over between states is sent: the receiving state, never the place of the handover.

A state extradites, deports, expels or repatriates someone it holds, on its own territory; the "to" phrase of
the handover (``destination_preps``) names the state that receives the person ("Mexico extradites a cartel
leader to the United States", "is deported to the United States", "the extradition of the banker to France"),
a recipient and no place of the act, as "to Washington" after a verb of giving is. The handover keeps the
place of its own "from" or "in" phrase ("deports migrants to Turkey from the island of Lesbos"). A motion of
one's own forces or people ("sends troops to Estonia", "refugees return to Syria") is not a handover: its
"to" phrase stays where the motion ends (:mod:`dotterel.stages.place_uses`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords

__all__ = ["is_handover_end"]


def _names_handover(token: Any, words: PlaceWords) -> bool:
    lemma = token.lemma_.lower()
    return lemma in words.handover_verbs or words.handover_nouns & {lemma, token.lower_} != set()


def is_handover_end(head: Any, words: PlaceWords) -> bool:
    """True for the head of a destination "to" that is a handover verb or noun, or whose object is one
    ("extradites X to", "the extradition to", "signs the extradition order to"): the "to" names the
    receiving state, not where the handover happens."""
    nouns = [head, *(c for c in head.children if c.dep_ == "dobj")]
    nouns += [c for n in list(nouns) for c in n.children if c.dep_ == "compound"]
    return any(_names_handover(n, words) for n in nouns)
