"""A city named before a meeting noun is where the meeting was held: "the June Geneva talks", "the Minsk
talks", "the Geneva conference" (``meeting_words``). Only a city: a country or a region before a meeting noun
names its parties or its topic ("the US–Iran talks", "the Idlib summit", "the Kashmir talks"), not its venue;
and only a name before the meeting noun itself or a compound chain ending in it ("the Doha peace talks").
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords

MODIFIER_DEPS = frozenset({"compound", "nmod"})


def is_meeting_venue(token: Any, head: Any, kind: str, words: PlaceWords) -> bool:
    """True when the city name ``token`` (gazetteer kind ``kind``) modifies the meeting noun ``head`` (the
    end of its compound chain), the noun not a verb ("Kabul meets" is no meeting)."""
    if kind != "city" or token.dep_ not in MODIFIER_DEPS or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return str(head.lemma_).lower() in words.meeting_words or head.lower_ in words.meeting_words
