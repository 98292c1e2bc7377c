"""Known place names inside the title of a work: a painting's, a film's, a book's.

A work's title is a name, not a location, whatever places it holds ("the painting View of the Sea at
Scheveningen was stolen in a raid": the raid is not in Scheveningen). A title opens right after a work noun
(``work_nouns`` of ``place_resolution.yaml``: "painting", "film", "novel"), with a capital, and runs over
capitalised words and the lower-case small words of titles (``title_small_words``: "of", "at", "the"). A
place name in it is read as a word of the title when the title is quoted and still open ('the novel
"Midnight in Cairo"'), or when at least two capitalised title words come before it ("View of the Sea at
Scheveningen"); one word alone may be the whole title, followed by the act's place ("screened the film
Parasite in Seoul": Seoul stays a place).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.place_resolution import PlaceResolutionWords
from dotterel.stages.place_case_names import is_in_case_name

__all__ = ["CLOSING_QUOTES", "OPENING_QUOTES", "is_in_work_title", "is_work_title_word"]

OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "«"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "»"})
MIN_UNQUOTED_WORDS = 2  # capitalised title words before the name when the title is not quoted


def is_in_work_title(span: Any, words: PlaceResolutionWords) -> bool:
    """True when the known name at ``span`` is a word of a work's title opened by a noun of
    ``words.work_nouns`` ("the painting View of the Sea at Scheveningen", 'the novel "Midnight in Cairo"');
    not "a painting stolen in Scheveningen" (no title), nor "the film Parasite in Seoul" (one unquoted word
    before it). A party of a court case's name ("Ukraine v. Russia") is a title's word too."""
    if is_in_case_name(span):  # :mod:`dotterel.stages.place_case_names`
        return True
    doc, i, capitals = span.doc, span.start - 1, 0
    while i > 0 and is_work_title_word(doc[i], words.title_small_words):
        capitals += doc[i].text[:1].isupper()
        i -= 1
    if i + 1 >= span.start or not doc[i + 1].text[:1].isupper():
        return False  # the title opens with a capital: "the painting in Scheveningen" has none
    closed = any(t.text in CLOSING_QUOTES for t in doc[i + 1 : span.end])
    quoted = doc[i].text in OPENING_QUOTES and not closed
    noun = doc[i - 1] if quoted else doc[i]
    if not (noun.text.islower() and noun.lower_ in words.work_nouns):
        return False
    return capitals >= (1 if quoted else MIN_UNQUOTED_WORDS)


def is_work_title_word(token: Any, small_words: frozenset[str]) -> bool:
    """True for a word a work's title may hold: a capitalised word or a lower-case small word of
    ``small_words`` ("of", "at")."""
    return bool(token.text[:1].isupper() or (token.text.islower() and token.lower_ in small_words))
