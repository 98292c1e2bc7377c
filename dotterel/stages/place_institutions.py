"""Known place names that are words of an institution's name, not places.

News names institutions with words a gazetteer also holds. A lone institution noun written as a name is the
institution, never the town that shares it ("Turkey's Central Bank", "outside the Central Bank": no Indian
town Bank). A capitalised word before an institution noun whose "of" or "for" phrase names a known place is
a word of the institution's name, which takes its place in that phrase ("the Federal University of Santa
Catarina", "the Reserve Bank of Australia", "the Federal District Court for the District of Columbia": no
Argentine town Federal, nor a Federal District); an administrative noun may stand between the word and the
institution noun ("District" of "Federal District Court"), unless the word is a country ("the U.S. District
Court for the District of Columbia" is the United States' court). With no place after "of" or "for" the
word before the noun stays a place ("the Moscow Institute of Physics", "Kabul University"). The nouns are
``institution_nouns`` of ``place_resolution.yaml``.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer

__all__ = ["is_institution_word", "is_named_for_of_place"]

PLACE_PREPOSITIONS = frozenset({"of", "for"})  # "the Bank of Kigali", "the Court for the District of …"


def is_institution_word(span: Any, institution_nouns: frozenset[str], gazetteer: Gazetteer) -> bool:
    """True when the known name at ``span`` is a word of an institution's name: a lone institution noun of
    ``institution_nouns`` ("Bank" of "Turkey's Central Bank") or a word named for a place after the noun
    (:func:`is_named_for_of_place`)."""
    if len(span) == 1 and span[0].lower_ in institution_nouns:
        return True
    return is_named_for_of_place(span, institution_nouns, gazetteer)


def is_named_for_of_place(span: Any, institution_nouns: frozenset[str], gazetteer: Gazetteer) -> bool:
    """True when the known name at ``span`` is a word of an institution's name that takes its place in an
    "of" or "for" phrase: "the Federal University of Santa Catarina", "the Reserve Bank of Australia", "the
    Federal District Court for the District of Columbia" (an administrative noun between); not "the Moscow
    Institute of Physics" (no place after "of": Moscow is its place)."""
    doc, end = span.doc, span.end
    if _is_bridged_suffix(span, gazetteer):
        end += 1  # "Federal District Court"
    if end + 2 >= len(doc) or doc[end].lower_ not in institution_nouns or not doc[end].text[:1].isupper():
        return False
    if doc[end + 1].lower_ not in PLACE_PREPOSITIONS:
        return False
    first = end + 3 if doc[end + 2].lower_ == "the" else end + 2
    if first >= len(doc) or not doc[first].text[:1].isupper():
        return False
    return any(
        gazetteer.find_entries(doc[first : first + n].text)
        for n in range(min(gazetteer.max_tokens, len(doc) - first), 0, -1)
    )


def _is_bridged_suffix(span: Any, gazetteer: Gazetteer) -> bool:
    """True when a capitalised administrative noun follows the name at ``span`` ("Federal District Court"),
    the name no country: a country's court is the country's ("the U.S. District Court for …": the United
    States stays its place)."""
    doc, end = span.doc, span.end
    if (
        end >= len(doc)
        or doc[end].lower_ not in gazetteer.words.admin_suffixes
        or not doc[end].text[:1].isupper()
    ):
        return False
    return not any(e.kind == "country" for e in gazetteer.find_entries(span.text))
