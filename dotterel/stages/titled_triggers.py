"""A trigger word inside the title of a work is no event: "the movie Memories of Murder", "the film Attack
on the Iron Coast", 'the novel "Death on the Nile"'.

A title opens after a work noun (``work_nouns`` of ``place_resolution.yaml``: "film", "novel", "painting"),
with a capital, and runs over capitalised words and the lower-case small words of titles ("of", "on",
"the"), as in :mod:`.place_titles`. A trigger is a word of such a title when it is itself capitalised
(mid-sentence) and only title words stand between it and the work noun, or an opening quote after the noun.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.place_resolution import PlaceResolutionWords
from dotterel.stages.institution_name_triggers import is_institution_kind_word
from dotterel.stages.name_word_triggers import is_name_word_trigger
from dotterel.stages.place_titles import OPENING_QUOTES, is_work_title_word

__all__ = ["is_titled_trigger"]


def is_titled_trigger(token: Any, words: PlaceResolutionWords) -> bool:
    """True when ``token`` is a capitalised word of a work's title ("the movie Memories of [Murder]"); not a
    lower-case trigger ("the film crew was [attacked]"), nor a capitalised one at the start of its sentence
    or of a title-case heading with no work noun before it. So is the kind of an institution ("the Court of
    [Appeal]", :mod:`.institution_name_triggers`), and a word of an office's name ("the Department for
    [Exiting] the EU", :mod:`.name_word_triggers`)."""
    if is_institution_kind_word(token, words.institution_nouns) or is_name_word_trigger(token):
        return True
    doc, start = token.doc, token.sent.start
    if token.i == start or not token.text[:1].isupper():
        return False
    i, small = token.i - 1, words.title_small_words
    while i > start and is_work_title_word(doc[i], small) and doc[i].text not in OPENING_QUOTES:
        i -= 1
    if not doc[i + 1].text[:1].isupper() and doc[i + 1].text not in OPENING_QUOTES:
        return False  # the title opens with a capital or a quote: "the film about the Attack" has neither
    noun = doc[i - 1] if doc[i].text in OPENING_QUOTES and i > start else doc[i]
    return noun.text.islower() and noun.lower_ in words.work_nouns
