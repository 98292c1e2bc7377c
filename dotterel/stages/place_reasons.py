"""What an act answers, told in a reason phrase ("in response to", "in retaliation for", "in reaction to"):
the happening or the people answered have their own place, not the act's.

"The army is on high alert in response to activist groups in South Korea sending leaflets": the groups are in
South Korea, the alert is not; "recalls its ambassador in reaction to the killing of soldiers in Kashmir": the
killing was in Kashmir, the recall was not. The act's own place phrase stays ("fire tear gas in Srinagar in
response to stone throwing"), and so does a reason phrase that holds the trigger ("strikes in retaliation
for rocket fire from Gaza": the rocket fire's own place).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.place_attached_phrases import to_low_attached_ids
from dotterel.stages.place_uses import names_word

__all__ = ["find_reason_ids"]

_REASON_HEAD_PREPS = ("in",)
_ANSWERED_PREPS = ("to", "for", "against", "at")


def find_reason_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of the answered part of every reason phrase of ``token``'s sentence ("in response
    to <X>", ``reason_phrase_nouns``), with the place phrases hung right after it; none that holds
    ``token``."""
    ids: set[int] = set()
    table, sentence = to_doc_table(token.doc), token.sent  # the table: each token's dep_ and lower_
    for i in range(sentence.start, sentence.end):
        if table.deps[i] != "prep" or table.lowers[i] not in _REASON_HEAD_PREPS:
            continue
        prep = token.doc[i]
        for noun in prep.children:
            if noun.dep_ != "pobj" or not names_word(noun, words.reason_phrase_nouns):
                continue
            for answered in noun.children:
                if answered.dep_ != "prep" or answered.lower_ not in _ANSWERED_PREPS:
                    continue
                phrase = to_low_attached_ids(answered, token.i)
                if token.i not in phrase:
                    ids |= phrase
    return ids
