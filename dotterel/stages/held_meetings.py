"""A meeting the text says took place is an event even when its parties are in no actor book.

"The first meeting of the Syrian Constitutional Committee takes place in Geneva", "Talks are held in Geneva",
"A summit opens in Doha": the venue of a meeting is no party to it (``venue_codes``, stages/locals.py), so a
meeting whose parties no book resolves has no actor, and the informative stage would drop it. It is still
the day's event, with its venue as place. It is kept when the text tells it as held: the meeting verb
itself ("Delegates from the two sides meet in Geneva"), or a meeting noun that is the subject of a verb of
taking place, opening or ending, or the object of one of holding ("the talks [begin]", "[hold] a summit");
never a meeting only named ("pull out of the talks in Geneva", "the members leading the negotiations in
Havana"), nor a meeting verb in the passive ("the deal is met with anger in Armenia"), nor one not asserted.
An agreement signed at a venue is kept the same way when its signing verb tells it, active or passive ("A
peace deal is signed between the government and the rebels in Juba", ``held_signing_codes``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dotterel.model import Event
from dotterel.stages.locals import is_venue

__all__ = ["is_held_meeting"]

ASSERTED = "asserted"
MEETING_TYPE = "CONSULT"  # meetings and talks, not agreements (also venue codes)
VERB_POS = frozenset({"VERB"})
HOLDER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
PLACE_TAKING = "take"
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})


def is_held_meeting(event: Event, doc: Any, words: Mapping[str, frozenset[str]]) -> bool:
    """True for an asserted meeting or talks (CONSULT, ``venue_codes``) with a place, told as held: its
    trigger is the meeting verb, or a meeting noun that is the subject or object of a ``held_meeting_verbs``
    verb; or a signing (``held_signing_codes``) with a place, told by its verb."""
    if event.modality != ASSERTED or event.place is None or doc is None:
        return False
    signing = any(event.action.cameo.startswith(code) for code in words["held_signing_codes"])
    if not signing and (event.action.type != MEETING_TYPE or not is_venue(event, words["venue_codes"])):
        return False
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    if token.pos_ in VERB_POS:  # "delegates meet in Geneva"; not a passive ("the deal is met with anger")
        return signing or not any(child.dep_ in PASSIVE_DEPS for child in token.children)
    if signing:
        return False
    verb = token.head
    if token.dep_ not in HOLDER_DEPS or str(verb.lemma_).lower() not in words["held_meeting_verbs"]:
        return False
    return verb.lemma_ != PLACE_TAKING or any(c.lower_ == "place" for c in verb.children)  # "takes place"
