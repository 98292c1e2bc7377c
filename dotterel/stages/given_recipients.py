"""Who is given the act an event noun names: the recipient of a giving verb whose object is the noun.

"Three other defendants are given prison sentences", "the judge handed the former minister a ten-year prison
sentence", "the court gave a life sentence to the gunman": the sentence befalls the one it is given to, the
verb's passive subject, its indirect object or its "to"-object. The giving verbs are ``roles.yaml``
``giving_verbs``. :func:`dotterel.stages.noun_roles.resolve_role_target` takes the recipient as the target
where it is a crime role or a person's name.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from dotterel.stages.roles import find_subject

GIVEN_OBJECT_DEPS = frozenset({"dobj", "obj"})
RECIPIENT_DEPS = frozenset({"dative", "iobj"})


def find_given_recipients(noun: Any, giving_verbs: Collection[str]) -> list[Any]:
    """The one given the act ``noun`` names, as the recipient of a giving verb whose direct object the noun
    is: its passive subject ("[three defendants] are given prison sentences"), its indirect object ("handed
    [the former minister] a sentence") or its "to"-object ("gave a life sentence to [the gunman]"). Empty for
    a noun that is no giving verb's object ("serves a prison sentence")."""
    verb = noun.head
    giving = verb.pos_ == "VERB" and str(verb.lemma_).lower() in giving_verbs
    if noun.dep_ not in GIVEN_OBJECT_DEPS or not giving:
        return []
    subject, passive = find_subject(verb)
    if passive:
        return [subject] if subject is not None else []
    recipients = [c for c in verb.children if c.dep_ in RECIPIENT_DEPS]
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    recipients += [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
    return recipients
