"""A nationality word that is a person's first name: "Justice Minister Germán Garavano".

Spanish, Portuguese and other first names fold to English nationality words ("Germán" to "German", "Cristiano"
is none, "Christian" is a faith). Right after a title and right before a capitalised name that no alias
matches, such a word is the first name of the titled person, not the person's nationality: a nationality comes
before the title ("German Justice Minister X"), never between the title and the name. The alias hit is then
dropped, so that the name after the title is read with it (:mod:`dotterel.stages.actor_people`).

A country's name is a first name too ("Chad Wolf", "Israel Folau", "Jordan Peterson"): a one-word country or
nationality word that the tagger's PERSON entity starts and runs on over the capitalised unknown name after it
is that person's first name, wherever it stands; "Chad accuses Nigeria" (no PERSON) and "Jordan's King
Abdullah" (a title word next) keep the country.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from dotterel.stages.actor_names import Hit

DEMONYM_KINDS = frozenset({"adjective", "people"})
COUNTRY_NAME_KINDS = frozenset({"country", "capital", *DEMONYM_KINDS})


def is_first_name_hit(
    hit: Hit, tokens: Sequence[Any], hit_starts: set[int], is_title_word: Callable[[str], bool]
) -> bool:
    """True when a one-word nationality hit sits between a title word and an unknown capitalised name, or a
    one-word country or nationality hit starts a PERSON entity that runs on over such a name.

    ``hit_starts`` are the first tokens of every alias hit; ``is_title_word`` reads a title word.
    """
    if hit.kind not in COUNTRY_NAME_KINDS or hit.end - hit.start != 1 or hit.end >= len(tokens):
        return False
    word, after = tokens[hit.start], tokens[hit.end]
    if not (word.text[:1].isupper() and after.text[:1].isupper() and after.pos_ == "PROPN"):
        return False
    if after.i in hit_starts or is_title_word(after.text) or after.sent.start != word.sent.start:
        return False
    if word.ent_type_ == "PERSON" and word.ent_iob_ == "B" and after.ent_iob_ == "I":
        return True  # "Chad Wolf", "Israel Folau": the tagger's PERSON span starts at the country's name
    before = tokens[hit.start - 1] if hit.start > 0 else None
    if hit.kind not in DEMONYM_KINDS or before is None:
        return False
    return before.text[:1].isupper() and is_title_word(before.text)
