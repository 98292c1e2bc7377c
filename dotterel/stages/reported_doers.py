"""A news agency that reports an act is not its doer: "KCNA confirms the visit of Kim Jong-un to
Vladivostok" is Kim's visit, "Xinhua announces the visit of President Xi to Myanmar" is Xi's.

The announcer of a verbal event noun (the subject of the speech verb whose object it is) is taken as the
noun's source ("Rezaee tweets 'vigorous revenge'"); when that announcer is the press (the MED sector), it
only tells the news: the noun's own "of"- or "by"-object names the doer when there is one, else the event
has no source from the announcer.
"""

from __future__ import annotations

from dotterel.model import Mention
from dotterel.stages.roles import MentionIndex, find_prep_object
from dotterel.stages.triggers import Trigger

__all__ = ["PRESS_SECTOR", "resolve_reported_source"]

PRESS_SECTOR = "MED"
DOER_PREPS = ("of", "by")


def resolve_reported_source(
    trigger: Trigger, index: MentionIndex, source: Mention | None, speech_verbs: frozenset[str]
) -> Mention | None:
    """The source, unless it is the press as the subject of a speech verb whose object is the noun: then
    the doer its "of"- or "by"-object names ("confirms the visit [of] Kim Jong-un"), or None. Not the
    press's own acts ("KCNA condemns the drills", "journalists hold a protest": no speech verb over it)."""
    if source is None or (source.actor.sector or "").upper() != PRESS_SECTOR or not trigger.is_nominal:
        return source
    verb = trigger.clause if trigger.clause is not None else trigger.token.head
    if str(verb.lemma_).lower() not in speech_verbs or trigger.token.dep_ not in {"dobj", "obj"}:
        return source
    doers = (find_prep_object(trigger.token, prep) for prep in DOER_PREPS)  # "a visit to Moscow [by] Kim"
    mentions = (index.resolve_phrase(doer) for doer in doers if doer is not None)
    return next((m for m in mentions if m is not None and m.actor.sector != PRESS_SECTOR), None)
