"""Facility names the gazetteer lacks: "Camp Taji", "Fort Hood", "Ain al-Asad Air Base", "Evin Prison".

A word of ``facility_name_words`` (``places.yaml``) that opens or ends a run of capitalised words makes the
whole run one place: the run may be longer than other unknown names ("Ain al-Asad Air Base" is five words),
and a town's name after "Camp" or "Fort" is a word of it ("Camp Pendleton" is not Pendleton, Oregon). A
military base's country (a word of ``military_name_words``: camp, fort, base …), where forces are often
stationed abroad, is the one the text's place phrases name ("in Iraq", "Iraq's", a located place of the
article), never a nationality of the people or forces around it nor the acting state's ("Two rockets struck
Camp Victory, wounding four American contractors", "The Pentagon sends troops to Camp Buehring"); a prison's
or a palace's may come from the sentence ("Brazilian police … outside the Planalto Palace"). With no country
named, or several, the facility is a place of no country: better none than a false one.

Helpers of :mod:`dotterel.stages.place_names` and :mod:`dotterel.stages.place_resolution`.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.place_words import PlaceWords
from dotterel.model import Place

__all__ = [
    "is_facility_name",
    "keep_placed",
    "opens_facility_name",
    "to_countryless_facility",
    "to_facility_run_end",
]

Weights = dict[str, float]
MAX_FACILITY_TAIL = 2  # "Air Base" after a name of four words


def _is_name_word(token: Any) -> bool:
    return bool(token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper() and not token.is_sent_start)


def opens_facility_name(doc: Any, start: int, end: int, words: PlaceWords) -> bool:
    """True for a run of two or more words at ``[start, end)`` opened by a facility word: "Camp Pendleton",
    "Fort Bliss" (a known town's name after it is a word of the facility's name)."""
    first = doc[start]
    return end - start > 1 and first.lower_ in words.facility_name_words and first.text[:1].isupper()


def is_facility_name(doc: Any, start: int, end: int, words: PlaceWords) -> bool:
    """True for a name at ``[start, end)`` that a facility word opens or ends: "Camp Taji", "Ain al-Asad Air
    Base", "Evin Prison"; not a word alone ("Camp")."""
    last = doc[end - 1]
    ends = end - start > 1 and last.lower_ in words.facility_name_words and last.text[:1].isupper()
    return ends or opens_facility_name(doc, start, end, words)


def to_facility_run_end(doc: Any, end: int, words: PlaceWords) -> int:
    """Return the end of a run of name words cut at ``end`` by the length limit of unknown names when up to
    two more capitalised words end it in a facility word ("Ain al-Asad Air" + "Base"), else ``end``."""
    for extra in range(1, MAX_FACILITY_TAIL + 1):
        k = end + extra
        if k > len(doc) or not _is_name_word(doc[k - 1]):
            break
        if doc[k - 1].lower_ in words.facility_name_words:
            return k
    return end


def keep_placed(
    doc: Any, candidate: Any, words: PlaceWords, countries: tuple[Weights, Weights], placed_weight: float
) -> tuple[Weights, Weights]:
    """Return the countries an unknown name may take from its sentence and from its article (``countries``):
    for a military facility's name only those of located places (weight ``placed_weight`` or more: "an
    attack in Iraq … Camp Taji"), not an actor's or a demonym's ("American soldiers"); for any other name
    all of them."""
    if not candidate.unlisted or not is_facility_name(doc, candidate.start, candidate.end, words):
        return countries
    if not {doc[candidate.start].lower_, doc[candidate.end - 1].lower_} & words.military_name_words:
        return countries  # "Evin Prison", "the Planalto Palace": a state's own, in its country
    sentence, context = ({c: w for c, w in found.items() if w >= placed_weight} for found in countries)
    return sentence, context


def to_countryless_facility(
    doc: Any, candidate: Any, words: PlaceWords, countries: dict[str, float]
) -> Place | None:
    """Return a facility's name as a place of no country when the text names none or several for it ("Two
    rockets struck Camp Victory, wounding four American contractors"): better none than a false one; None for
    any other name."""
    if len(countries) == 1 or not candidate.unlisted:
        return None
    if not is_facility_name(doc, candidate.start, candidate.end, words):
        return None
    name = doc[candidate.start : candidate.end].text
    return Place(name, None, None, None, None, "locality")
