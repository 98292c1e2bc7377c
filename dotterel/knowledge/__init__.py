"""The package's knowledge: validated data files, loaded once, layered with the user's files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dotterel.knowledge.actor_book import ActorBook
    from dotterel.knowledge.cameo_dict import CameoDiscard
    from dotterel.knowledge.codebook import Codebook
    from dotterel.knowledge.gazetteer import Gazetteer
    from dotterel.knowledge.hazards import HazardWords
    from dotterel.knowledge.lexicon import Lexicon
    from dotterel.knowledge.modality import ModalityWords


@dataclass(frozen=True)
class Knowledge:
    """Everything the stages know: actor book, lexicon, codebook, gazetteer, the word lists, and the discard
    phrases of the user's CAMEO discard lists (none by default)."""

    actor_book: ActorBook
    lexicon: Lexicon
    codebook: Codebook
    gazetteer: Gazetteer
    modality: ModalityWords
    hazards: HazardWords
    role_words: dict[str, frozenset[str]]
    discards: tuple[CameoDiscard, ...] = ()


def load_knowledge(
    actor_files: Sequence[Path] = (), lexicon_files: Sequence[Path] = (), replace_lexicon: bool = False
) -> Knowledge:
    """Load the packaged knowledge with the user's actor and lexicon files layered on top.

    With ``replace_lexicon`` the lexicon holds the user's lexicon files' patterns only. The CAMEO discard
    lists among ``actor_files`` also give ``discards``.
    """
    from dotterel.knowledge.actor_book import load_actor_book
    from dotterel.knowledge.cameo_dict import load_discards
    from dotterel.knowledge.codebook import load_codebook
    from dotterel.knowledge.gazetteer import load_gazetteer
    from dotterel.knowledge.hazards import load_hazard_words
    from dotterel.knowledge.lexicon import load_lexicon
    from dotterel.knowledge.modality import load_modality_words
    from dotterel.knowledge.wordlists import load_role_words

    return Knowledge(
        actor_book=load_actor_book(tuple(actor_files)),
        lexicon=load_lexicon(tuple(lexicon_files), replace_packaged=replace_lexicon),
        codebook=load_codebook(),
        gazetteer=load_gazetteer(),
        modality=load_modality_words(),
        hazards=load_hazard_words(),
        role_words=load_role_words(),
        discards=load_discards(tuple(actor_files)),
    )
