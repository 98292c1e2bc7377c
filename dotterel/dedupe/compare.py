"""Whether two mentions report the same happening: the merge rules, mention keys and their comparison."""

from __future__ import annotations

import calendar
import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

_WORD = re.compile(r"\w+")
# What kind of claim a modality makes: mentions only merge within one kind (closed set from the model).
MODALITY_KINDS: dict[str, str] = {
    "asserted": "factual", "reported": "factual",
    "threatened": "possible", "conditional": "possible", "hypothetical": "possible",
    "negated": "negative", "denied": "negative",
}  # fmt: skip


@dataclass(frozen=True)
class DedupeRules:
    """The knobs of the merge (recorded with each run).

    Attributes:
        window_days: how many days before its article an undated mention may place the happening.
        slack_days: how far apart two mentions' date ranges may be.
        max_km: how far apart two located places may be.
        min_wording: the word overlap (Jaccard) at which two evidence sentences count as one story's wording.
        state_sectors: sector codes of one state's organs; two of them in one country are compatible.
        version: the rule id written next to every assignment.
    """

    window_days: int = 1
    slack_days: int = 0
    max_km: float = 25.0
    min_wording: float = 0.6
    state_sectors: frozenset[str] = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
    version: str = "dedupe.same-happening.v1"


@dataclass(frozen=True)
class Side:
    """One side of a directed dyad as the merge sees it."""

    actor_id: str | None = None
    country: str | None = None
    sector: str | None = None
    name: str | None = None

    @property
    def specific_id(self) -> str | None:
        """The actor-book id, unless it only names a country (``country:USA``)."""
        if self.actor_id and not self.actor_id.startswith("country:"):
            return self.actor_id
        return None

    @property
    def known(self) -> bool:
        """True when the side names an actor or a country."""
        return bool(self.specific_id or self.country)

    def to_label(self) -> str:
        """Return a short label such as ``org:taliban`` or ``USA/MIL`` (``?`` when unknown)."""
        if self.specific_id:
            return self.specific_id
        if self.country:
            return f"{self.country}/{self.sector}" if self.sector else self.country
        return f"?{self.sector}" if self.sector else "?"


@dataclass(frozen=True)
class PlaceKey:
    """A place as the merge sees it; ``admin1`` None means a country-level (coarse) place."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class MentionKey:
    """The fields of a mention that decide whether it reports the same happening as another."""

    mention_id: str
    article_id: str
    article_date: dt.date
    type: str
    mode: str | None = None
    modality: str = "asserted"
    date: dt.date | None = None
    date_precision: str = "unknown"
    source: Side = field(default_factory=Side)
    target: Side = field(default_factory=Side)
    place: PlaceKey | None = None
    sentence: str = ""

    @property
    def effective_date(self) -> dt.date:
        """The event date when known, else the article date."""
        return self.date or self.article_date


@dataclass(frozen=True)
class Verdict:
    """Whether two mentions may be one happening, how strongly, and why (or why not)."""

    compatible: bool
    score: int
    reasons: tuple[str, ...]

    def to_text(self) -> str:
        """Return the reasons as one line."""
        return "; ".join(self.reasons)


@dataclass(frozen=True)
class Assignment:
    """Where one mention went: its event, its role there (``founded`` or ``joined``), and why."""

    mention_id: str
    article_id: str
    event_id: str
    role: str
    reason: str


def to_mention_key(row: Mapping[str, Any]) -> MentionKey:
    """Return the merge key of a flat mention row (``mention_id`` or ``event_id``, ``source_*`` …)."""
    sides = {
        side: Side(
            row.get(f"{side}_actor_id"),
            row.get(f"{side}_country"),
            row.get(f"{side}_sector"),
            row.get(f"{side}_name"),
        )  # fmt: skip
        for side in ("source", "target")
    }
    place = None
    if row.get("place_name"):
        place = PlaceKey(
            row["place_name"], row.get("place_country"), row.get("place_admin1"),
            _to_float(row.get("place_lat")), _to_float(row.get("place_lon")),
        )  # fmt: skip
    return MentionKey(
        mention_id=str(row.get("mention_id") or row["event_id"]),
        article_id=str(row["article_id"]),
        article_date=_to_date(row["article_date"]),
        type=str(row["type"]),
        mode=row.get("mode"),
        modality=row.get("modality") or "asserted",
        date=_to_date(row["date"]) if row.get("date") is not None else None,
        date_precision=row.get("date_precision") or "unknown",
        source=sides["source"],
        target=sides["target"],
        place=place,
        sentence=row["sentence"] if "sentence" in row else _to_sentence(row.get("evidence")),
    )


def _to_sentence(evidence: Any) -> str:
    if isinstance(evidence, str):
        evidence = json.loads(evidence)
    return str(evidence.get("sentence") or "") if isinstance(evidence, Mapping) else ""


def _to_float(value: Any) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def _to_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def to_date_interval(mention: MentionKey, rules: DedupeRules) -> tuple[dt.date, dt.date]:
    """Return the first and last day the mention's happening may have taken place."""
    day = mention.date
    if day is not None and mention.date_precision == "day":
        return day, day
    if day is not None and mention.date_precision == "week":
        return day, day + dt.timedelta(days=6)
    if day is not None and mention.date_precision == "month":
        return day, day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if day is not None and mention.date_precision == "year" and day.year != mention.article_date.year:
        return day.replace(month=1, day=1), day.replace(month=12, day=31)  # "in 2018", told in 2020
    return mention.article_date - dt.timedelta(days=rules.window_days), mention.article_date


def compare_mentions(a: MentionKey, b: MentionKey, rules: DedupeRules) -> Verdict:
    """Return whether ``a`` and ``b`` may report one happening; the reasons stop at the first failure."""
    reasons: list[str] = []
    if a.type != b.type:
        return Verdict(False, 0, (f"type {a.type} ≠ {b.type}",))
    reasons.append(f"type {a.type}")
    kind_a, kind_b = MODALITY_KINDS.get(a.modality, a.modality), MODALITY_KINDS.get(b.modality, b.modality)
    if kind_a != kind_b:
        return Verdict(False, 0, (*reasons, f"modality {a.modality} ≠ {b.modality}"))
    checks = (
        _compare_dates(a, b, rules),
        _compare_sides("source", a.source, b.source, rules),
        _compare_sides("target", a.target, b.target, rules),
        _compare_places(a.place, b.place, rules),
    )
    score = 0
    for ok, points, reason in checks:
        reasons.append(reason)
        if not ok:
            return Verdict(False, 0, tuple(reasons))
        score += points
    enough, why = _check_in_common(a, b, checks, rules)
    reasons.append(why)
    if not enough:
        return Verdict(False, 0, tuple(reasons))
    if a.mode and a.mode == b.mode:
        score += 1
    return Verdict(True, score, tuple(reasons))


def _check_in_common(
    a: MentionKey, b: MentionKey, checks: tuple[tuple[bool, int, str], ...], rules: DedupeRules
) -> tuple[bool, str]:
    """Whether the mentions share enough besides compatible fields (see the module docstring)."""
    known = (checks[1][1] > 0) + (checks[2][1] > 0)
    wording = to_wording_overlap(to_words(a.sentence), to_words(b.sentence))
    same_day = a.article_date == b.article_date or checks[0][1] >= 2
    alike = wording >= rules.min_wording and (same_day or a.article_id == b.article_id)
    town = checks[3][1] >= 2
    if known == 2:
        return True, "both sides known"
    if known == 1 and a.article_id == b.article_id:
        return True, "one side known, one article"
    if alike and (known == 1 or town):
        return True, f"wording {wording:.2f} alike"
    if known == 1 and checks[0][1] >= 2 and town:  # the same explicit day
        return True, "one side known, same day and town"
    if known == 0:
        return False, "no side known on both"
    return False, f"one side known only; wording {wording:.2f} alike; not the same explicit day and town"


def to_wording_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Return the Jaccard overlap of two evidence sentences' word sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@lru_cache(maxsize=4096)
def to_words(sentence: str) -> frozenset[str]:
    """Return the lower-cased words of a sentence."""
    return frozenset(_WORD.findall(sentence.casefold()))


def _compare_dates(a: MentionKey, b: MentionKey, rules: DedupeRules) -> tuple[bool, int, str]:
    (a_first, a_last), (b_first, b_last) = to_date_interval(a, rules), to_date_interval(b, rules)
    gap = max(0, (max(a_first, b_first) - min(a_last, b_last)).days)
    label = f"dates {_to_range_label(a_first, a_last)} ~ {_to_range_label(b_first, b_last)}"
    if gap > rules.slack_days:
        return False, 0, f"{label}: {gap} days apart"
    exact = a_first == a_last == b_first == b_last
    return True, 2 if exact else 0, f"{label}" + (" (same day)" if exact else f" ({gap} d apart)")


def _to_range_label(first: dt.date, last: dt.date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"


def _compare_sides(name: str, a: Side, b: Side, rules: DedupeRules) -> tuple[bool, int, str]:
    label = f"{name} {a.to_label()} ~ {b.to_label()}"
    if not a.known or not b.known:
        return True, 0, f"{label} (unknown on one)"
    if a.country and b.country and a.country != b.country:
        return False, 0, f"{name} {a.to_label()} ≠ {b.to_label()} (countries differ)"
    if a.specific_id and a.specific_id == b.specific_id:
        return True, 3, f"{label} (same actor)"
    sector_a, sector_b = _to_effective_sector(a, rules), _to_effective_sector(b, rules)
    both_state = sector_a in rules.state_sectors and sector_b in rules.state_sectors
    if a.specific_id and b.specific_id:
        return False, 0, f"{name} {a.to_label()} ≠ {b.to_label()} (different actors)"
    if sector_a and sector_b and sector_a != sector_b and not both_state:
        return False, 0, f"{name} {a.to_label()} ≠ {b.to_label()} (sectors differ)"
    return True, 1 if both_state and sector_a != sector_b else 2, f"{label} (same country)"


def _to_effective_sector(side: Side, rules: DedupeRules) -> str | None:
    """A bare country ("Iran attacked …") acts as its state."""
    if side.sector:
        return side.sector
    return "GOV" if side.country and not side.specific_id and "GOV" in rules.state_sectors else None


def _compare_places(a: PlaceKey | None, b: PlaceKey | None, rules: DedupeRules) -> tuple[bool, int, str]:
    if a is None or b is None:
        return True, 0, "place " + (a or b or PlaceKey("?")).name + " ~ ? (unknown on one)"
    label = f"place {a.name} ~ {b.name}"
    if a.country and b.country and a.country != b.country:
        return False, 0, f"place {a.name} ≠ {b.name} (countries differ)"
    coarse = a.admin1 is None or b.admin1 is None
    if a.name.casefold() == b.name.casefold():
        return True, 1 if coarse else 2, f"{label} (same name)"
    if coarse:
        return True, 1, f"{label} (country-level)"
    if None not in (a.lat, a.lon, b.lat, b.lon):
        km = to_km(a, b)
        if km > rules.max_km:
            return False, 0, f"place {a.name} ≠ {b.name} ({km:.0f} km apart)"
        return True, 2, f"{label} ({km:.0f} km apart)"
    if a.admin1 != b.admin1:
        return False, 0, f"place {a.name} ≠ {b.name} (regions differ)"
    return True, 1, f"{label} (same region)"


def to_km(a: PlaceKey, b: PlaceKey) -> float:
    """Return the great-circle distance between two located places, in kilometres."""
    lat1, lon1, lat2, lon2 = (math.radians(float(v or 0.0)) for v in (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
