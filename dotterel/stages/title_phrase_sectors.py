"""The sector of a title read as a phrase: "opposition leader" is OPP, not the GOV of "leader" alone.

An unknown person after a title takes the sector of the title's words (:mod:`dotterel.stages.actor_people`),
word by word: "leader" and "chairman" say GOV. The word before a title word may make it another office: the
two-word sector phrases of ``sectors.yaml`` ("opposition leader", "union leader", "religious leader", "police
chief") name the holder's sector, as they name a group's ("opposition leaders"). Such a phrase inside the
title, or made of the word right before the title and its first word ("Police arrest [opposition] leader X"),
wins over the single title words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


def find_title_phrase_sector(
    texts: Sequence[str],
    title_start: int,
    name_start: int,
    sent_start: int,
    sector_of: Callable[[str], str | None],
) -> str | None:
    """Return the sector of the last two-word sector phrase over ``texts[title_start - 1 : name_start]``
    (``sector_of`` reads a phrase), or None."""
    found = None
    for j in range(max(title_start - 1, sent_start), name_start - 1):
        if texts[j][:1].isalpha() and texts[j + 1][:1].isalpha():
            found = sector_of(f"{texts[j]} {texts[j + 1]}".lower()) or found
    return found
