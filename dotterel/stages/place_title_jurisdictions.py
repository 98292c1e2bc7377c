"""Known place names inside the district of an officer's title: "the U.S. Attorney for the Southern District
of New York", "a U.S. District Judge for the Eastern District of Virginia".

An officer named by the district they serve carries the district in the title, whatever they do and wherever
("The charges were stated in an indictment announced by the Acting U.S. Attorney for the Southern District of
New York" names no place of the indictment): a known name in the "for" phrase right after a capitalised title
noun (``jurisdiction_titles`` of ``place_resolution.yaml``), over capitalised words and "of" or "the" only,
is a word of the title. The "Attorney's Office for …" of such an officer is read the same. A place named
outside the title stays one ("Federal prosecutors in Manhattan", lower case: no title).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.place_resolution import PlaceResolutionWords
from dotterel.stages.place_office_bodies import is_in_office_body

__all__ = ["is_in_title_jurisdiction"]

JOINING_WORDS = frozenset({"of", "the"})  # "for the Southern District of New York"
OFFICE_NOUNS = frozenset({"office"})  # "the U.S. Attorney's Office for the Eastern District of Virginia"


def is_in_title_jurisdiction(doc: Any, start: int, words: PlaceResolutionWords) -> bool:
    """True when the name starting at token ``start`` of ``doc`` is in the "for" phrase of a capitalised
    title of ``jurisdiction_titles`` ("the U.S. Attorney for the Southern District of New York"), or of the
    office of one ("the U.S. Attorney's Office for …"); not a name after "for" with no title before it. Also
    a name in the body of an office (:func:`~dotterel.stages.place_office_bodies.is_in_office_body`)."""
    if is_in_office_body(doc, start, words.office_titles):
        return True
    titles = words.jurisdiction_titles
    i = start - 1
    while i > 0 and (doc[i].lower_ in JOINING_WORDS or doc[i].text[:1].isupper()):
        i -= 1
    if i < 1 or doc[i].lower_ != "for":
        return False
    noun = doc[i - 1]
    if noun.lower_ in OFFICE_NOUNS and i >= 3 and doc[i - 2].lower_ == "'s":
        noun = doc[i - 3]
    return noun.text[:1].isupper() and noun.lower_ in titles
