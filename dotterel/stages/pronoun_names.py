"""A person pronoun whose antecedent is a name the actor book lacks ("John Smith is arrested. He is …").

The actors stage resolves "he" and "she" only to actors it knows (a person in the book, or a titled one). A
person the book lacks is named in the events stage alone (:mod:`dotterel.stages.named_undergoers`), so a
pronoun that refers back to such a person was left with no actor, and a court act told of it ("He is
convicted and sentenced to life") with none. Such a pronoun, as the subject of an act, stands for the one
person named before it in its own sentence or the one before, as a subject, an object or an apposition
(not inside a prepositional phrase: "the arrest of a man for the killing of Vanessa Guillén. He is charged" is
the man's charge); when two different people are named there the
pronoun is ambiguous and stays unresolved. The actor keeps the pronoun as its text and the antecedent's words
as its name, with no country and no sector.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.model import Mention, Span
from dotterel.stages.named_undergoers import to_name_mention
from dotterel.stages.trigger_candidates import is_person_name

RULE_PRONOUN_NAME = "events.pronoun-name.v1"
PRONOUN_NAME_CONFIDENCE = 0.5
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
ANTECEDENT_DEPS = frozenset({"nsubj", "nsubjpass", "appos", "dobj", "ROOT"})  # no "the killing of [X]"


def resolve_pronoun_name(subject: Any | None) -> Mention | None:
    """Return the pronoun as a mention of the one unknown person named just before it, or None."""
    if subject is None or subject.lower_ not in PERSON_PRONOUNS:
        return None
    doc, start = subject.doc, subject.sent.start
    window = doc[doc[start - 1].sent.start if start > 0 else start : subject.i]
    names = [to_name_mention(t) for t in window if is_person_name(t) and t.dep_ in ANTECEDENT_DEPS]
    if len({m.actor.text for m in names}) != 1:
        return None
    span = Span(subject.idx, subject.idx + len(subject.text))
    actor = replace(names[-1].actor, text=subject.text, name=names[-1].actor.text)
    return Mention(span, span, actor, "pronoun", RULE_PRONOUN_NAME, PRONOUN_NAME_CONFIDENCE)
