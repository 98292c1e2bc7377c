"""A later step of the day's news, told in the present, is dated by a day counted forward from the item's day.

News summaries tell the day's acts in the present. A later step told after them in the same way, with a day
counted from the day before it and no date named in the text ("Customs officers discover 9 tonnes of
cocaine. The port's director resigns over the scandal on the following day"; "The gunman shoots himself, is
hospitalized, and dies a day later"), counts that day from the day of the acts told before it, the article
date: the resignation is the day after the article's. The verb must be in the present (simple present or a
present passive) and follow a told act: coordinated after a verb told in the past or present, or heading a
sentence after the first. The first act of a text ("The next day, the army launches …") and a verb in the
past or perfect ("The next day, the army launched …", background whose day is not named) take no day
counted forward from the article date, and a future ("will resign the next day") is a prospect, as before
(:mod:`dotterel.stages.date_prospects`); "before being shot dead the next day" is
:func:`dotterel.stages.date_relatives.is_sequel_of_undated_event`.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.date_present_clash import is_present_act
from dotterel.stages.date_relatives import is_sequel_of_undated_event

TOLD_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})  # "discover", "is arrested", "was arrested"


def is_later_step(token: Any, sequel_preps: frozenset[str]) -> bool:
    """True when ``token`` tells a later step of an event told before it (a day counted forward from the
    article date then counts from that event's day, the article's, and is no prospect): after "before" in
    the same sentence (:func:`is_sequel_of_undated_event`), or a present verb after a told act
    (:func:`is_told_sequel`)."""
    return is_sequel_of_undated_event(token, sequel_preps) or is_told_sequel(token)


def is_told_sequel(token: Any) -> bool:
    """True for a verb in the present coordinated after a told verb ("is arrested and resigns a day later")
    or heading a sentence after the first ("… discover cocaine. The director resigns the following day")."""
    if not is_present_act(token):
        return False
    if token.dep_ == "conj":
        return token.head.i < token.i and token.head.tag_ in TOLD_TAGS and token.head.pos_ in ("VERB", "AUX")
    return token.dep_ == "ROOT" and token.sent.start > 0
