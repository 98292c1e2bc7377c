"""A person's name the actor book lacks, as the doer of an act told in the active voice.

"Andrew Sabisky resigns", "Oleg Deripaska sues the U.S. Treasury", "Brock Long announces his resignation"
(an act with no object, told as a noun with the subject's own pronoun): the verb's own subject is a person's
name that no actor-book entry, title or sector noun resolves. That person is still the one who acts: the
event's source is the bare name, with no country and no sector (the event record allows an actor with only its
text), rather than none, which left an act with no other actor to be dropped as uninformative. Only the
verb's own subject (or that of the verb it is conjoined to: "X resigns and leaves"), never one reached
through control ("X urges Y to resign" is not X's resignation), never a passive subject (who undergoes the
act), and never for a pattern whose subject undergoes the act ("X goes on trial": see
:mod:`dotterel.stages.named_undergoers`). Not for harm either: a name that kills is as often a storm's
("Typhoon Faxai kills three people"), and a source is what tells an attack from an accident there.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.model import Mention
from dotterel.stages.business_doers import is_business_act
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.named_undergoers import to_name_mention
from dotterel.stages.pronoun_names import resolve_pronoun_name
from dotterel.stages.reduced_passives import is_reduced_passive
from dotterel.stages.roles import find_subject
from dotterel.stages.trigger_candidates import is_person_name
from dotterel.stages.triggers import Trigger

RULE_DOER_NAME = "events.doer-name.v1"


def resolve_subject_name(trigger: Trigger, target: Mention | None = None) -> Mention | None:
    """Return the bare name of the unknown person who is the active subject of the trigger's verb, or None;
    None too when the act, with no ``target`` found, is a company's or club's affair (business_doers)."""
    verb = trigger.clause
    if (
        (trigger.is_nominal and not _is_own_act_noun(trigger))
        or verb is None
        or trigger.pattern.undergoer_subject
        or trigger.pattern.type in HARM_TYPES
    ):
        return None
    subject, passive = find_subject(verb)
    if subject is None or passive or not _is_own_subject(verb, subject) or is_reduced_passive(verb, subject):
        return None
    if target is None and is_business_act(verb, subject):  # "Boeing CEO X defends the company's record"
        return None
    if not is_person_name(subject):
        return resolve_pronoun_name(subject)  # "John Smith is charged. He resigns"
    return replace(to_name_mention(subject), rule=RULE_DOER_NAME)


def _is_own_act_noun(trigger: Trigger) -> bool:
    """True for an act with no object told as the verb's object with the subject's own possessive pronoun:
    "Brock Long announces [his] resignation" is his resignation, as "Brock Long resigns" is."""
    noun, verb = trigger.token, trigger.clause
    if not trigger.pattern.of_doer or verb is None or noun.dep_ != "dobj" or noun.head.i != verb.i:
        return False
    return any(child.dep_ == "poss" and child.pos_ == "PRON" for child in noun.children)


def _is_own_subject(verb: Any, subject: Any) -> bool:
    """True when the subject hangs on the verb itself or on the verb it is conjoined to."""
    return subject.head.i == verb.i or (verb.dep_ == "conj" and subject.head.i == verb.head.i)
