"""Where people went because of a happening: the goal of the motion is never the place of its cause.

"Migrants are forced to return to the Horn of Africa due to border closures", "Hundreds of Venezuelans are
forced to return to Venezuela because of lockdown restrictions", "workers return to their villages after the
government imposes a lockdown": the "to" phrase (``destination_preps``) of the motion verb tells where the
movers ended up, and the closures, restrictions or lockdown that the cause or circumstance part ("due to",
"because of", "after", ``circumstance_preps`` and :data:`REASON_WORDS`) tells were not there. Only the
movers' own motion counts (:func:`_is_own_motion`): a thing sent often goes where its cause is ("sends troops
to Mali after attacks"). The motion keeps its goal, and an event inside the goal phrase keeps it too.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_uses import names_word

__all__ = ["find_explained_goal_ids"]

# Words that open a cause part besides the circumstance prepositions: "due to", "because of", "owing to".
REASON_WORDS = frozenset({"due", "because", "owing"})
CLAUSE_DEPS = frozenset({"xcomp", "conj"})  # "forced to return to": the motion the cause part explains


def _cause_part(token: Any, words: PlaceWords) -> tuple[Any, Any] | None:
    """The (cause word, verb it explains) above ``token``: a cause or circumstance preposition, or an
    adverbial clause it marks ("after the government imposes a lockdown"); None if there is none."""
    opening = words.circumstance_preps | REASON_WORDS
    node = token
    while node.head.i != node.i:
        if node.dep_ in ("prep", "mark") and node.lower_ in opening and node.head.pos_ in ("VERB", "AUX"):
            return node, node.head
        marked = any(c.dep_ == "mark" and c.lower_ in opening for c in node.children)
        if node.dep_ == "advcl" and marked:
            return node, node.head
        node = node.head
    return None


def _is_own_motion(word: Any, words: PlaceWords) -> bool:
    """True for a verb of motion whose subject moves itself ("return", "flee", "travel"): no object, no
    passive; a thing sent ("sends troops to Mali after attacks", "aid is sent to Mozambique after the
    cyclone") often goes where the cause happened."""
    moved = any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in word.children)
    return names_word(word, words.destination_verbs) and not moved


def _motions(verb: Any, words: PlaceWords) -> list[Any]:
    """``verb`` and the verbs of its clause chain ("forced to return") that are verbs of one's own motion."""
    chain, out = [verb], []
    while chain:
        word = chain.pop()
        out += [word] if _is_own_motion(word, words) else []
        chain += [c for c in word.children if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")]
    return out


def find_explained_goal_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of the "to" phrases of the motion verbs that a cause part holding ``token``
    explains (:func:`_cause_part`): where the movers went, not where the cause happened."""
    found = _cause_part(token, words)
    if found is None:
        return set()
    part, verb = found
    inside = {t.i for t in part.subtree}
    goals = {
        t.i
        for motion in _motions(verb, words)
        if motion.i not in inside
        for p in motion.children
        if p.dep_ == "prep" and p.lower_ in words.destination_preps
        for t in p.subtree
    }
    return set() if token.i in goals else goals - inside
