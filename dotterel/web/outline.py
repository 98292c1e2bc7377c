"""The world outline the dashboard's map draws: country shapes as SVG paths in plain lon/lat degrees.

The packaged ``static/world-outline.json`` was generated once, offline, from Natural Earth's 1:110m admin-0
countries (public domain) as shipped inside the ``geopandas`` 0.14 wheel on PyPI
(``geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp`` and ``.dbf``)::

    python -m dotterel.web.outline naturalearth_lowres.shp dotterel/web/static/world-outline.json

Each ring is simplified (Douglas-Peucker, :data:`TOLERANCE` degrees) and rounded to 0.1 degree. Paths use
``x = longitude`` and ``y = -latitude`` (an equirectangular projection; SVG's y axis points down), so a point
at ``(lon, lat)`` is drawn at ``(lon, -lat)`` in the same coordinates.
"""

from __future__ import annotations

import json
import struct
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

TOLERANCE = 0.25
OUTLINE_FILE = "world-outline.json"
SOURCE_NOTE = (
    "Natural Earth 1:110m admin-0 countries (public domain), from the naturalearth_lowres dataset of the "
    "geopandas 0.14 wheel; simplified (Douglas-Peucker, 0.25 degree) and rounded to 0.1 degree."
)

Point = tuple[float, float]


@lru_cache(maxsize=1)
def load_world_outline() -> dict[str, Any]:
    """Return the packaged outline: ``{"source": note, "countries": {ISO3 or name: SVG path}}``."""
    text = resources.files("dotterel.web").joinpath("static", OUTLINE_FILE).read_text("utf-8")
    outline: dict[str, Any] = json.loads(text)
    return outline


def find_shapefile_rings(shp: bytes) -> list[list[list[Point]]]:
    """Return the rings of every polygon record of a shapefile (``.shp`` bytes), one list per record."""
    records: list[list[list[Point]]] = []
    offset = 100
    while offset + 8 <= len(shp):
        (length,) = struct.unpack(">i", shp[offset + 4 : offset + 8])
        body = shp[offset + 8 : offset + 8 + 2 * length]
        offset += 8 + 2 * length
        (shape,) = struct.unpack("<i", body[:4])
        if shape not in (5, 15, 25):  # polygon, polygon Z, polygon M
            records.append([])
            continue
        parts_count, points_count = struct.unpack("<2i", body[36:44])
        parts = list(struct.unpack(f"<{parts_count}i", body[44 : 44 + 4 * parts_count]))
        start = 44 + 4 * parts_count
        flat = struct.unpack(f"<{2 * points_count}d", body[start : start + 16 * points_count])
        points = list(zip(flat[0::2], flat[1::2], strict=True))
        bounds = [*parts, points_count]
        records.append([points[bounds[i] : bounds[i + 1]] for i in range(parts_count)])
    return records


def find_dbf_rows(dbf: bytes) -> list[dict[str, str]]:
    """Return the rows of a dBase table (``.dbf`` bytes) as stripped strings."""
    count, header_size, record_size = struct.unpack("<IHH", dbf[4:12])
    fields: list[tuple[str, int]] = []
    position = 32
    while dbf[position] != 0x0D:
        name = dbf[position : position + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, dbf[position + 16]))
        position += 32
    rows: list[dict[str, str]] = []
    for index in range(count):
        record = dbf[header_size + index * record_size : header_size + (index + 1) * record_size]
        cursor, row = 1, {}
        for name, size in fields:
            row[name] = record[cursor : cursor + size].decode("utf-8", "replace").strip()
            cursor += size
        rows.append(row)
    return rows


def to_simplified_ring(points: list[Point], tolerance: float = TOLERANCE) -> list[Point]:
    """Return ``points`` simplified by Douglas-Peucker and rounded to 0.1 degree (duplicates dropped)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        index, distance = _find_farthest(points, first, last)
        if distance > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    rounded: list[Point] = []
    for point, kept in zip(points, keep, strict=True):
        value = (round(point[0], 1), round(point[1], 1))
        if kept and (not rounded or rounded[-1] != value):
            rounded.append(value)
    return rounded


def _find_farthest(points: list[Point], first: int, last: int) -> tuple[int, float]:
    (x1, y1), (x2, y2) = points[first], points[last]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5
    best, farthest = first, -1.0
    for index in range(first + 1, last):
        x, y = points[index]
        distance = (
            abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
        )
        if distance > farthest:
            best, farthest = index, distance
    return best, farthest


def to_svg_path(rings: list[list[Point]]) -> str:
    """Return one SVG path of closed rings in ``(lon, -lat)`` coordinates."""
    parts = []
    for ring in rings:
        if len(ring) < 4:
            continue
        coordinates = " ".join(f"{_to_text(x)} {_to_text(-y)}" for x, y in ring[:-1])
        parts.append(f"M{coordinates}Z")
    return "".join(parts)


def _to_text(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def to_outline(shp: bytes, dbf: bytes, tolerance: float = TOLERANCE) -> dict[str, Any]:
    """Return the outline document of a countries shapefile: ISO3 code (else name) to SVG path."""
    countries: dict[str, str] = {}
    for rings, row in zip(find_shapefile_rings(shp), find_dbf_rows(dbf), strict=True):
        key = row.get("iso_a3") if row.get("iso_a3", "-99") != "-99" else row.get("name", "")
        path = to_svg_path([to_simplified_ring(ring, tolerance) for ring in rings])
        if key and path:
            countries[key] = countries.get(key, "") + path
    return {"source": SOURCE_NOTE, "countries": dict(sorted(countries.items()))}


def main(argv: list[str]) -> None:
    """Write the outline JSON of ``SHP`` (its ``.dbf`` beside it) to ``OUT``: ``outline SHP OUT``."""
    shp_path, out_path = Path(argv[0]), Path(argv[1])
    outline = to_outline(shp_path.read_bytes(), shp_path.with_suffix(".dbf").read_bytes())
    out_path.write_text(json.dumps(outline, separators=(",", ":")) + "\n", "utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
