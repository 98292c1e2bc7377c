"""A mine as a pit: the blast source of an accident, for :mod:`dotterel.stages.accident_clues`.

"mine" is both a weapon (a landmine) and a pit. A blast noun that names a mine is a pit's accident when the
blast happened in or at the mine ("an explosion in a salt mine", "a blast at a mine in Shanxi") or when the
sentence tells of a pit's workings or a mineral ("a mine explosion traps 30 miners", ``mine_pit_words``); a
landmine cue in the sentence ("a soldier stepped on a mine", "a roadside mine explosion", ``landmine_cues``)
keeps it a weapon, as does a mine named with no pit word ("a mine explosion killed three soldiers").
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.hazards import HazardWords
from dotterel.stages.token_words import lemma_of

PLACE_PREPS = frozenset({"in", "at", "inside"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})  # the tagger may take "mine" for an adjective


def _named_mines(noun: Any, words: HazardWords) -> list[Any]:
    """The mines the blast noun names: its modifier ("a mine explosion") or its place ("an explosion at a
    mine")."""
    near = [child for child in noun.children if child.dep_ in MODIFIER_DEPS]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS:
            near += [child for child in prep.children if child.dep_ == "pobj"]
    return [token for token in near if lemma_of(token) in words.mine_nouns]


def is_mine_pit_blast(noun: Any, words: HazardWords) -> bool:
    """True for a blast noun that names a mine as a pit (see the module's docstring): "an explosion in a salt
    mine injures two workers", "a mine explosion traps 30 miners"; not "a soldier stepped on a mine and the
    explosion killed him", "a mine explosion killed three soldiers"."""
    if lemma_of(noun) not in words.blast_words:
        return False
    mines = _named_mines(noun, words)
    if not mines:
        return False
    lemmas = {lemma_of(token) for token in noun.sent}
    if lemmas & words.landmine_cues:
        return False
    placed = any(mine.dep_ == "pobj" for mine in mines)
    return placed or bool(lemmas & words.mine_pit_words)
