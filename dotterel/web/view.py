"""What the dashboard templates show, computed in Python: labels, evidence excerpts, sparklines, the map.

Pure functions over records (no store, no request), so the pages stay thin and the pieces are testable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from dotterel.web.outline import load_world_outline

SPARK_WIDTH = 160
SPARK_HEIGHT = 28
EXCERPT_CHARS = 110
MIN_VIEW = (60.0, 30.0)  # the map shows at least this many degrees of longitude and latitude
QUAD_NAMES: dict[int, str] = {
    1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict",
}  # fmt: skip


@dataclass(frozen=True)
class MapPoint:
    """A place on the map: where (in map coordinates), how big, and its label."""

    x: float
    y: float
    r: float
    label: str
    killed: int
    events: int


@dataclass(frozen=True)
class MapView:
    """The map of a set of places: SVG view box, country paths (highlighted ones apart) and points."""

    view_box: str
    countries: list[tuple[str, str, bool]]
    points: list[MapPoint]
    stroke: float


def to_actor_label(actor: dict[str, Any] | None) -> str:
    """Return ``name [COUNTRY SECTOR]`` for an actor record, ``-`` for none."""
    if not actor:
        return "-"
    codes = " ".join(code for code in (actor.get("country"), actor.get("sector")) if code)
    name = actor.get("name") or actor.get("text") or "?"
    return f"{name} [{codes}]" if codes else str(name)


def to_place_label(place: dict[str, Any] | None) -> str:
    """Return ``name, COUNTRY`` for a place record, empty for none."""
    if not place:
        return ""
    return ", ".join(str(part) for part in (place.get("name"), place.get("country")) if part)


def to_date_label(record: dict[str, Any]) -> str:
    """Return the event date, or ``~article date`` when the event's own date is unknown."""
    return str(record["date"]) if record.get("date") else f"~{record['article_date']}"


def to_excerpt(evidence: dict[str, Any]) -> tuple[str, str, str]:
    """Return the evidence sentence around its action as ``(before, action, after)``, about
    :data:`EXCERPT_CHARS` long, cut at word boundaries with ellipses."""
    sentence: str = evidence.get("sentence") or ""
    action = (evidence.get("spans") or {}).get("action")
    if not action:
        short = sentence if len(sentence) <= EXCERPT_CHARS else sentence[: EXCERPT_CHARS - 1] + "…"
        return short, "", ""
    start = max(0, min(len(sentence), action[0] - evidence.get("start", 0)))
    end = max(start, min(len(sentence), action[1] - evidence.get("start", 0)))
    left = max(0, start - (EXCERPT_CHARS - (end - start)) // 2)
    right = min(len(sentence), left + max(EXCERPT_CHARS, end - start))
    if left > 0 and sentence.find(" ", left, start) != -1:
        left = sentence.find(" ", left, start) + 1
    if right < len(sentence) and sentence.rfind(" ", end, right) != -1:
        right = sentence.rfind(" ", end, right)
    before = ("…" if left else "") + sentence[left:start]
    after = sentence[end:right] + ("…" if right < len(sentence) else "")
    return before, sentence[start:end], after


def to_sparkline_points(values: list[float], width: int = SPARK_WIDTH, height: int = SPARK_HEIGHT) -> str:
    """Return the ``points`` of an SVG polyline drawing ``values`` left to right, 0 at the bottom."""
    if not values:
        return ""
    top = max(max(values), 1.0)
    step = width / max(len(values) - 1, 1)
    return " ".join(
        f"{index * step:.1f},{height - 1 - (value / top) * (height - 2):.1f}"
        for index, value in enumerate(values)
    )


def to_map_view(places: list[dict[str, Any]], highlight: tuple[str, ...] = ()) -> MapView:
    """Return the map of ``places`` (``lat``, ``lon``, ``events``, ``killed``, ``name``): zoomed on them
    (at least :data:`MIN_VIEW` degrees), points sized by fatalities, ``highlight`` countries shaded."""
    outline = load_world_outline()["countries"]
    west, south, east, north = _to_bounds(places)
    width, height = east - west, north - south
    scale = width / 360.0
    points = [
        MapPoint(
            x=round(float(p["lon"]), 2), y=round(-float(p["lat"]), 2),
            r=round(scale * (2.0 + 2.2 * math.sqrt(float(p.get("killed") or 0))), 2),
            label=_to_point_label(p), killed=int(p.get("killed") or 0), events=int(p.get("events") or 0),
        )
        for p in places
    ]  # fmt: skip
    points.sort(key=lambda point: -point.r)  # small circles on top of big ones
    countries = [(code, path, code in highlight) for code, path in outline.items()]
    view_box = f"{west:.2f} {-north:.2f} {width:.2f} {height:.2f}"
    return MapView(view_box, countries, points, stroke=round(scale * 0.6, 3))


def _to_bounds(places: list[dict[str, Any]]) -> tuple[float, float, float, float]:
    if not places:
        return -180.0, -60.0, 180.0, 85.0
    lons = [float(p["lon"]) for p in places]
    lats = [float(p["lat"]) for p in places]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    width = max(east - west + 10, MIN_VIEW[0], 2 * (north - south + 10))
    height = width / 2
    middle_x, middle_y = (west + east) / 2, (south + north) / 2
    west = min(max(middle_x - width / 2, -180.0), 180.0 - width) if width < 360 else -180.0
    south = min(max(middle_y - height / 2, -90.0), 90.0 - height) if height < 180 else -90.0
    return west, south, west + min(width, 360.0), south + min(height, 180.0)


def _to_point_label(place: dict[str, Any]) -> str:
    name = ", ".join(str(part) for part in (place.get("name"), place.get("country")) if part) or "?"
    events = int(place.get("events") or 0)
    killed = int(place.get("killed") or 0)
    return f"{name}: {events} event{'s' if events != 1 else ''}, {killed} killed"
