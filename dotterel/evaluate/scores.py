"""Event scores against gold events (PLOVER gold JSON, events JSONL): pairing, then per-field counts.

Pairing, per gold item (one text): every (gold event, coded event) pair gets a score, 4 for the same type +
2 when a source country is shared + 1 when a target country is shared; pairs are taken greedily, best score
first (ties: gold order, then text order), each event in at most one pair. A gold event is left unpaired only
when the item has fewer coded events than gold events. See ``docs/eval.md`` for every definition.

Gold of this kind codes what was reported to have happened (and threats, which happen when they are made), so
by default coded events whose modality says the act did not take place (negated, denied, hypothetical) are
left out before pairing, and counted as such.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dotterel.evaluate.gold import GoldActor, GoldEvent, GoldItem

Record = Mapping[str, Any]
NONE_LABEL = "(none)"
# The modalities of acts that took place: a conditional or promised threat is itself a threat that was made.
SCORED_MODALITIES: frozenset[str] = frozenset({"asserted", "reported", "threatened", "conditional"})


@dataclass
class Tally:
    """True positives, false positives and false negatives, with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        """Add counts."""
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp), None when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn), None when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """2 tp / (2 tp + fp + fn), None when all counts are zero."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def to_dict(self) -> dict[str, Any]:
        """Return counts and rates as JSON data."""
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, **_rates(self)}


@dataclass
class Ratio:
    """An accuracy: correct out of total."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        """Count one case."""
        self.correct, self.total = self.correct + ok, self.total + 1

    @property
    def value(self) -> float | None:
        """correct / total, None when there was no case."""
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        """Return the counts and the accuracy as JSON data."""
        return {"correct": self.correct, "total": self.total, "accuracy": _round(self.value)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _rates(tally: Tally) -> dict[str, float | None]:
    return {"precision": _round(tally.precision), "recall": _round(tally.recall), "f1": _round(tally.f1)}


ACTOR_FIELDS = ("source_country", "target_country", "source_country_sector", "target_country_sector")


@dataclass
class EventScores:
    """Per-field scores of coded events against gold events."""

    items: int = 0
    gold_events: int = 0
    coded_events: int = 0
    type_accuracy: Ratio = field(default_factory=Ratio)
    per_type: dict[str, Tally] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    mode: Tally = field(default_factory=Tally)
    actors: dict[str, Tally] = field(default_factory=lambda: {name: Tally() for name in ACTOR_FIELDS})
    place: Ratio = field(default_factory=Ratio)
    killed: Ratio = field(default_factory=Ratio)
    injured: Ratio = field(default_factory=Ratio)
    errors: list[dict[str, Any]] = field(default_factory=list)
    scored_modalities: frozenset[str] | None = SCORED_MODALITIES
    left_out: Counter[str] = field(default_factory=Counter)

    @property
    def scored_events(self) -> int:
        """The coded events that were scored: all coded events but those left out for their modality."""
        return self.coded_events - sum(self.left_out.values())

    @property
    def type_micro(self) -> Tally:
        """The type counts summed over types."""
        total = Tally()
        for tally in self.per_type.values():
            total.add(tally.tp, tally.fp, tally.fn)
        return total

    @property
    def type_macro_f1(self) -> float | None:
        """The mean of the per-type F1 over every type in the gold or the coded events."""
        values = [t.f1 or 0.0 for t in self.per_type.values()]
        return sum(values) / len(values) if values else None

    def to_dict(self, top: int = 10) -> dict[str, Any]:
        """Return the scores as JSON data (errors excluded); ``top`` limits the confusion rows."""
        micro = self.type_micro
        return {
            "items": self.items,
            "gold_events": self.gold_events,
            "coded_events": self.coded_events,
            "left_out": {
                "total": sum(self.left_out.values()),
                "by_modality": dict(sorted(self.left_out.items())),
                "scored_modalities": sorted(self.scored_modalities) if self.scored_modalities else None,
            },
            "type": {
                "accuracy": self.type_accuracy.to_dict(),
                "micro": micro.to_dict(),
                "macro_f1": _round(self.type_macro_f1),
                "per_type": {name: t.to_dict() for name, t in sorted(self.per_type.items())},
                "confusion": [
                    {"gold": g, "coded": c, "count": n} for (g, c), n in self.confusion.most_common(top)
                ],
            },
            "mode": self.mode.to_dict(),
            **{name: tally.to_dict() for name, tally in self.actors.items()},
            "place": self.place.to_dict(),
            "killed": self.killed.to_dict(),
            "injured": self.injured.to_dict(),
        }


def _countries(actors: Sequence[GoldActor]) -> set[str]:
    return {a.country for a in actors if a.country}


def _coded_country(record: Record, side: str) -> str | None:
    actor = record.get(side)
    return actor.get("country") if actor else None


def pair_score(gold: GoldEvent, record: Record) -> int:
    """Return how well a coded event matches a gold event: type 4, shared source 2, shared target 1."""
    return (
        4 * (gold.type == record.get("type"))
        + 2 * (_coded_country(record, "source") in _countries(gold.sources))
        + (_coded_country(record, "target") in _countries(gold.targets))
    )


def pair_events(gold: Sequence[GoldEvent], coded: Sequence[Record]) -> list[int | None]:
    """Return, for each gold event, the index of its paired coded event (None when none is left)."""
    candidates = sorted(
        ((pair_score(g, r), i, j) for i, g in enumerate(gold) for j, r in enumerate(coded)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    paired: list[int | None] = [None] * len(gold)
    used: set[int] = set()
    for _, i, j in candidates:
        if paired[i] is None and j not in used:
            paired[i] = j
            used.add(j)
    return paired


def score_events(
    items: Sequence[GoldItem],
    coded: Mapping[str, Sequence[Record]],
    modalities: Collection[str] | None = SCORED_MODALITIES,
) -> EventScores:
    """Score coded event records (by item id) against the gold events of each item.

    Args:
        items: the gold items.
        coded: the coded event records by item id.
        modalities: the modalities scored; the other records are left out and counted in ``left_out``.
            None scores every record whatever its modality.
    """
    scores = EventScores(scored_modalities=frozenset(modalities) if modalities is not None else None)
    for item in items:
        records = list(coded.get(item.item_id, []))
        scores.items += 1
        scores.gold_events += len(item.events)
        scores.coded_events += len(records)
        if modalities is not None:
            scores.left_out.update(
                str(r.get("modality")) for r in records if r.get("modality", "asserted") not in modalities
            )
            records = [r for r in records if r.get("modality", "asserted") in modalities]
        _score_item(scores, item, records)
    return scores


def _score_item(scores: EventScores, item: GoldItem, records: list[Record]) -> None:
    pairs = pair_events(item.events, records)
    for gold, j in zip(item.events, pairs, strict=True):
        _score_pair(scores, item, gold, records[j] if j is not None else None, records)
    paired_triggers = {_trigger_of(records[j]) for j in pairs if j is not None}
    for j in sorted(set(range(len(records))) - {p for p in pairs if p is not None}):
        trigger = _trigger_of(records[j])
        if trigger is not None and trigger in paired_triggers:
            continue  # the same event mention, expanded over coordinated actors ("Iran and Iraq signed")
        scores.per_type.setdefault(records[j]["type"], Tally()).add(fp=1)
        _add_error(scores, item, "extra", None, to_event_label(records[j]), records)


def _trigger_of(record: Record) -> tuple[int, ...] | None:
    """The action span of a coded record: records sharing it come from one trigger."""
    span = ((record.get("evidence") or {}).get("spans") or {}).get("action")
    return tuple(span) if span else None


def _score_pair(
    scores: EventScores, item: GoldItem, gold: GoldEvent, record: Record | None, records: Sequence[Record]
) -> None:
    coded_type = record["type"] if record else None
    same = coded_type == gold.type
    scores.type_accuracy.add(same)
    scores.per_type.setdefault(gold.type, Tally()).add(tp=int(same), fn=int(not same))
    if not same:
        if coded_type:
            scores.per_type.setdefault(coded_type, Tally()).add(fp=1)
        scores.confusion[(gold.type, coded_type or NONE_LABEL)] += 1
        _add_error(scores, item, "type", gold.type, to_event_label(record) if record else None, records)
    if same and record is not None:
        _score_mode(scores, item, gold, record, records)
    for side, actors in (("source", gold.sources), ("target", gold.targets)):
        _score_actor(scores, item, side, actors, record.get(side) if record else None, records)
    _score_values(scores, item, gold, record, records)


def _score_mode(scores: EventScores, item: GoldItem, gold: GoldEvent, record: Record, records: Any) -> None:
    coded = record.get("mode") or None
    if gold.mode is None:
        return  # the gold states no mode: nothing to score
    ok = gold.mode is not None and coded == gold.mode
    scores.mode.add(
        tp=int(ok), fp=int(coded is not None and not ok), fn=int(gold.mode is not None and not ok)
    )
    if not ok:
        _add_error(scores, item, "mode", gold.mode, coded, records)


def sector_matches(gold: str | None, coded: str | None) -> bool:
    """True when a gold sector (None: not stated, any sector) matches a coded one on their first 3 letters."""
    return gold is None or (coded is not None and coded[:3].upper() == gold)


def _score_actor(
    scores: EventScores,
    item: GoldItem,
    side: str,
    gold: Sequence[GoldActor],
    coded: Record | None,
    records: Any,
) -> None:
    country = coded.get("country") if coded else None
    countries = _countries(gold)
    hit = country is not None and country in countries
    scores.actors[f"{side}_country"].add(
        tp=int(hit), fp=int(country is not None and not hit), fn=len(countries) - int(hit)
    )
    full = country is not None and any(
        a.country == country and sector_matches(a.sector, coded.get("sector") if coded else None)
        for a in gold
    )
    scores.actors[f"{side}_country_sector"].add(
        tp=int(full),
        fp=int(country is not None and not full),
        fn=len([a for a in gold if a.country]) - int(full),
    )
    if not full and (gold or country):
        wanted = [f"{a.country} {a.sector or '*'}" for a in gold]
        got = f"{country} {coded.get('sector') if coded else None}" if country else None
        _add_error(scores, item, side, wanted, got, records)


def _score_values(
    scores: EventScores, item: GoldItem, gold: GoldEvent, record: Record | None, records: Sequence[Record]
) -> None:
    if gold.place:
        place = (record or {}).get("place") or {}
        ok = places_match(gold.place, place.get("name"))
        scores.place.add(ok)
        if not ok:
            _add_error(scores, item, "place", gold.place, place.get("name"), records)
    for name, wanted, ratio in (
        ("killed", gold.killed, scores.killed),
        ("injured", gold.injured, scores.injured),
    ):
        if wanted is not None:
            got = (record or {}).get(name)
            ratio.add(got == wanted)
            if got != wanted:
                _add_error(scores, item, name, wanted, got, records)


def places_match(gold: str, coded: str | None) -> bool:
    """True when one place name contains the other, case and hyphens ignored ("Samarra" ~ "Samarra, Iraq")."""
    if not coded:
        return False
    a, b = (" ".join(s.casefold().replace("-", " ").split()) for s in (gold, coded))
    return a in b or b in a


def to_actor_label(actor: Record | None) -> str:
    """Return ``COUNTRY SECTOR`` of a coded actor record, ``-`` for none."""
    if not actor:
        return "-"
    return " ".join(str(v) for v in (actor.get("country") or "?", actor.get("sector")) if v) or "-"


def to_event_label(record: Record) -> str:
    """Return a one-line summary of a coded event: type, CAMEO, source -> target, rule."""
    return (
        f"{record['type']} {record.get('cameo')} {to_actor_label(record.get('source'))} -> "
        f"{to_actor_label(record.get('target'))} [{record.get('rule')}]"
    )


def to_error_record(item: GoldItem, name: str, gold: Any, coded: Any, labels: list[str]) -> dict[str, Any]:
    """One miss as written to ``--errors``: the item, the field, gold and coded values, the coded events."""
    return {
        "item": item.item_id,
        "field": name,
        "sentence": item.text,
        "gold": gold,
        "coded": coded,
        "coded_events": labels,
    }


def _add_error(
    scores: EventScores, item: GoldItem, name: str, gold: Any, coded: Any, records: Sequence[Record]
) -> None:
    scores.errors.append(to_error_record(item, name, gold, coded, [to_event_label(r) for r in records]))
