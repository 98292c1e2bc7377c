"""The doer of an act noun put on its undergoer by a passive verb: "the rapper is taken into custody by
police", "the opposition leader was placed under arrest by the security services".

The active "police take the rapper into custody" has the act's doer as its subject; told in the passive, the
doer is the verb's "by" agent and the undergoer its passive subject. Only a noun that is the object of a
preposition of state entered ("into", "under") of a verb with an agent: "was hurt during protests by police"
(the protests are not the police's) and "the arrest was condemned by the UN" (the agent condemns) stay out.
"""

from __future__ import annotations

from typing import Any

from dotterel.model import Mention
from dotterel.stages.roles import MentionIndex, find_agent

STATE_PREPS = frozenset({"into", "under"})


def find_passive_host(noun: Any) -> Any | None:
    """Return the passive verb whose "into"/"under" phrase holds the noun and that has a "by" agent, or
    None: "taken into custody by police" -> "taken"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in STATE_PREPS:
        return None
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or find_agent(verb) is None:
        return None
    return verb


def resolve_passive_agent(noun: Any, index: MentionIndex) -> Mention | None:
    """Who did the act the noun tells, named by the "by" agent of the passive verb that puts its undergoer
    in that state ("taken into custody by ICE": ICE), or None."""
    verb = find_passive_host(noun)
    if verb is None:
        return None
    agent = find_agent(verb)
    return index.resolve_phrase(agent) if agent is not None else None


def resolve_passive_undergoer(noun: Any, index: MentionIndex) -> Mention | None:
    """Whom the act the noun tells befell, named by the passive subject of the verb that puts it in that
    state ("the rapper is taken into custody by ICE": the rapper), or None."""
    verb = find_passive_host(noun)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if verb is not None else None
    return index.resolve_phrase(subject) if subject is not None else None
