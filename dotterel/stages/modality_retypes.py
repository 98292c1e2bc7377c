"""The type, mode and doers a word's construction calls for, read after the modality of each event.

Talks halted or left are their halt (:mod:`.halted_acts`); the act called for has no caller as doer
(:mod:`.called_doers`); a handover is done to the person, not to the state receiving them
(:mod:`.handover_targets`); a protest to a government is a complaint and a reward offered no event
(:mod:`.complaint_protests`); an act whose grounds are ruled insufficient is negated
(:mod:`.insufficient_grounds`); an act advised, suggested or set as a plan's terms is hypothetical
(:mod:`.advised_acts`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.codebook import Codebook
from dotterel.knowledge.modality import ModalityWords
from dotterel.model import Article, Event
from dotterel.stages.advised_acts import is_advised, is_plan_term, is_suggested
from dotterel.stages.called_doers import to_callers_demand
from dotterel.stages.complaint_protests import is_reward_offer, to_complaint
from dotterel.stages.doc_tables import resolve_trigger_root
from dotterel.stages.halted_acts import find_leaving_verb, is_consultation, to_halt
from dotterel.stages.handover_targets import to_person_target
from dotterel.stages.insufficient_grounds import is_insufficient
from dotterel.stages.roles import MentionIndex

MAX_CLIMB = 6
VERB_POS = frozenset({"VERB", "AUX"})
SPEAKER_ACT_RULES = ("modality.demand.", "modality.allegation.")  # modality_recodings: "X said Y must go"


def clause_verb(token: Any) -> Any:
    """The verb of the clause the token belongs to (the token itself when it is a verb), climbing at most
    ``MAX_CLIMB`` heads; the modality stage reads each trigger's clause by it too."""
    node = token
    for _ in range(MAX_CLIMB):
        if node.pos_ in VERB_POS or node.head.i == node.i:
            return node
        node = node.head
    return node


def _is_unrealized(event: Event, token: Any, clause: Any, words: ModalityWords) -> bool:
    """An act advised, suggested or set as a plan's terms, not a speaker's demand (:mod:`.advised_acts`)."""
    if event.rule.startswith(SPEAKER_ACT_RULES):
        return False
    return is_advised(clause, words) or is_suggested(token, clause, words) or is_plan_term(clause, words)


def retype_events(
    article: Article, events: list[Event], index: MentionIndex, words: ModalityWords, codebook: Codebook
) -> list[Event]:
    """Return the events with their construction's type, mode and doers (module doc), rewards dropped."""
    out, roots = [], [resolve_trigger_root(article.doc, event.trigger) for event in events]
    triggers = {token.i for token in roots if token is not None}
    for event, token in zip(events, roots, strict=True):
        if token is None:
            out.append(event)
            continue
        leaving = find_leaving_verb(token, words) if is_consultation(event) else None
        if is_reward_offer(event, token, words) or (leaving is not None and leaving.i in triggers):
            continue  # a reward offered; talks left told by the verb of leaving's own event
        clause = clause_verb(token)
        event = to_halt(event, token, words, codebook)
        event = to_callers_demand(event, token, clause, words, codebook)
        event = to_person_target(event, token, index, words)
        event = to_complaint(event, token, index, codebook, words)
        if event.modality == "asserted" and is_insufficient(clause, words):
            event = replace(event, modality="negated")
        if event.modality == "asserted" and _is_unrealized(event, token, clause, words):
            event = replace(event, modality="hypothetical")
        out.append(event)
    return out
