"""The records of place-name finding: a place name found in the text (:class:`NameCandidate`, with what the
parse says it is) and a named entity of the document read once (:class:`Entity`).

Moved out of :mod:`dotterel.stages.place_names`, which finds the candidates and still exports both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from dotterel.knowledge.gazetteer import GazetteerEntry
from dotterel.stages.place_regions import Region

__all__ = ["Entity", "NameCandidate"]


class Entity(NamedTuple):
    """A named entity of the document, read once per document: token range, label, lower-cased last word."""

    start: int
    end: int
    label: str
    last_lower: str


@dataclass
class NameCandidate:
    """A place name in the text: tokens ``[start, end)``, its entries, and what the parse says it is.

    An *unlisted* candidate has no entries (or only a small town's alternate name: "Pansi" of Pasni): the
    text says it is a place, the gazetteer does not know it; *tagged_only* when only the tagger's GPE/LOC
    label after "in" says so (weaker: no country from the sentence's actors); *marked* when a place noun
    ("the town of X") or a known place after a comma ("X, Katsina, Nigeria") says so (only such a name is
    looked up among small towns). A *region* is the direction phrase that makes a region of it ("Thailand's
    south"); a *referent* is the country "the country" of such a phrase stands for ("in the country's
    north").
    """

    start: int
    end: int
    text: str
    entries: list[GazetteerEntry] = field(default_factory=list)
    direction: str | None = None
    suffix: str | None = None
    locative: bool = False
    unlisted: bool = False
    tagged_only: bool = False
    marked: bool = False
    region: Region | None = None
    referent: GazetteerEntry | None = None
    capital_end: int | None = None
