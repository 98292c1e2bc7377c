"""PETRARCH unit-test records (``PETR.UnitTest.records.xml``) as gold, and their exact-match score.

Each ``<Sentence date id category>`` holds ``<EventCoding sourcecode targetcode eventcode>`` elements (or
``noevents="True"``, or ``error="…"``: a record that must give no event) and a ``<Text>``. Our event becomes
the triple (source code, target code, CAMEO code), an actor's code being its country (``---`` when none) then
its sector (:func:`~dotterel.knowledge.cameo_dict.to_actor_code`); no actor is ``---``. A record is
**exactly right** when the set of our triples equals the set of expected triples (no triple for the records
that expect no event).
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dotterel.errors import InputError
from dotterel.evaluate.gold import GoldItem, PetrarchCoding
from dotterel.knowledge.cameo_dict import to_actor_code

Record = Mapping[str, Any]


def read_petrarch_records(path: Path) -> list[GoldItem]:
    """Read the ``<Sentence>`` records of a PETRARCH validation file."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        raise InputError(str(path), f"cannot read PETRARCH records: {error}") from error
    items = []
    for number, sentence in enumerate(root.iter("Sentence"), start=1):
        item_id = sentence.get("id") or f"record-{number}"
        origin = f"{path}:{item_id}"
        text = " ".join((sentence.findtext("Text") or "").split())
        try:
            date = dt.datetime.strptime(sentence.get("date") or "", "%Y%m%d").date()
        except ValueError as error:
            raise InputError(origin, f"not a YYYYMMDD date: {sentence.get('date')!r}") from error
        codings = [
            PetrarchCoding(c.get("sourcecode", ""), c.get("targetcode", ""), c.get("eventcode", ""))
            for c in sentence.iter("EventCoding")
            if c.get("eventcode")
        ]
        category = sentence.get("category")
        items.append(GoldItem(item_id, text, date, origin, codings=codings, category=category))
    return items


def to_triple(record: Record) -> PetrarchCoding:
    """Return our event record as a PETRARCH triple (source code, target code, CAMEO code)."""
    return PetrarchCoding(
        to_actor_code(record.get("source")), to_actor_code(record.get("target")), record["cameo"]
    )


@dataclass
class PetrarchScores:
    """Exact-match counts over PETRARCH records, per category, and per expected triple."""

    records: int = 0
    exact: int = 0
    covered: int = 0
    no_event_records: int = 0
    no_event_exact: int = 0
    expected_triples: int = 0
    coded_triples: int = 0
    correct_triples: int = 0
    dyad_found: int = 0
    cameo_found: int = 0
    by_category: dict[str, list[int]] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the scores as plain JSON data (errors excluded)."""
        return {
            "records": self.records,
            "exact": self.exact,
            "exact_rate": _rate(self.exact, self.records),
            "covered": self.covered,
            "no_event_records": self.no_event_records,
            "no_event_exact": self.no_event_exact,
            "expected_triples": self.expected_triples,
            "coded_triples": self.coded_triples,
            "correct_triples": self.correct_triples,
            "triple_recall": _rate(self.correct_triples, self.expected_triples),
            "triple_precision": _rate(self.correct_triples, self.coded_triples),
            "dyad_found": self.dyad_found,
            "cameo_found": self.cameo_found,
            "by_category": {k: {"records": v[0], "exact": v[1]} for k, v in sorted(self.by_category.items())},
        }


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def score_petrarch(items: Sequence[GoldItem], coded: Mapping[str, Sequence[Record]]) -> PetrarchScores:
    """Score our events against the PETRARCH records (``coded`` maps item ids to their event records)."""
    scores = PetrarchScores()
    for item in items:
        expected = set(item.codings)
        ours = {to_triple(r) for r in coded.get(item.item_id, [])}
        exact = ours == expected
        scores.records += 1
        scores.exact += exact
        scores.covered += expected <= ours and bool(expected)
        scores.no_event_records += not expected
        scores.no_event_exact += not expected and exact
        scores.expected_triples += len(expected)
        scores.coded_triples += len(ours)
        scores.correct_triples += len(expected & ours)
        scores.dyad_found += sum(
            any((o.source, o.target) == (e.source, e.target) for o in ours) for e in expected
        )
        scores.cameo_found += sum(any(o.cameo == e.cameo for o in ours) for e in expected)
        tally = scores.by_category.setdefault(item.category or "?", [0, 0])
        tally[0], tally[1] = tally[0] + 1, tally[1] + exact
        if not exact:
            scores.errors.append(
                {
                    "item": item.item_id,
                    "field": "petrarch",
                    "category": item.category,
                    "sentence": item.text,
                    "gold": sorted(_label(t) for t in expected),
                    "coded": sorted(_label(t) for t in ours),
                }
            )
    return scores


def _label(triple: PetrarchCoding) -> str:
    return f"{triple.source} {triple.target} {triple.cameo}"
