"""The pieces behind the pages: evidence highlights cut into segments, excerpts, sparklines, the map and its
world outline (built from a shapefile and shipped with the package)."""

from __future__ import annotations

import struct

import pytest

from dotterel.rest.highlight import find_highlights, to_segments
from dotterel.web.outline import (
    find_dbf_rows,
    find_shapefile_rings,
    load_world_outline,
    to_outline,
    to_simplified_ring,
    to_svg_path,
)
from dotterel.web.view import to_excerpt, to_map_view, to_sparkline_points

TEXT = "US forces killed Iranian General Qasem Soleimani at Baghdad airport on Friday."
SEGMENTS = [
    ({"action": [10, 16]}, [("US forces ", ()), ("killed", ("action",)), (TEXT[16:], ())]),
    (
        {"source": [0, 9], "action": [10, 16], "killed": [10, 16], "place": [52, 59]},
        [("US forces", ("source",)), (" ", ()), ("killed", ("action", "killed")), (TEXT[16:52], ()),
         ("Baghdad", ("place",)), (TEXT[59:], ())],
    ),
    ({"target": [17, 48], "source": [25, 48]}, [(TEXT[:17], ()), ("Iranian ", ("target",)),
     ("General Qasem Soleimani", ("source", "target")), (TEXT[48:], ())]),
    ({"action": [70, 999]}, [(TEXT, ())]),  # outside the text: dropped
    ({"action": [16, 10]}, [(TEXT, ())]),  # reversed: dropped
    ({}, [(TEXT, ())]),
]  # fmt: skip


@pytest.mark.parametrize(("spans", "expected"), SEGMENTS)
def test_segments_cut_the_text_at_every_span_boundary(spans: dict[str, list[int]], expected: list) -> None:
    record = {"event_id": "e1", "evidence": {"sentence": TEXT, "start": 0, "end": len(TEXT), "spans": spans}}
    segments = to_segments(TEXT, find_highlights(TEXT, [record]))
    assert [(s.text, tuple(sorted(s.roles))) for s in segments] == [
        (t, tuple(sorted(r))) for t, r in expected
    ]
    assert "".join(s.text for s in segments) == TEXT


def test_highlights_of_two_mentions_keep_their_mention_ids() -> None:
    records = [
        {"event_id": "a", "evidence": {"spans": {"action": [10, 16]}}},
        {"event_id": "b", "evidence": {"spans": {"place": [52, 59]}}},
    ]
    highlights = find_highlights(TEXT, records)
    assert [(h["mention_id"], h["role"], h["text"]) for h in highlights] == [
        ("a", "action", "killed"), ("b", "place", "Baghdad"),
    ]  # fmt: skip


EXCERPTS = [
    ({"sentence": TEXT, "start": 0, "spans": {"action": [10, 16]}}, ("US forces ", "killed", TEXT[16:])),
    ({"sentence": TEXT, "start": 100, "spans": {"action": [110, 116]}}, ("US forces ", "killed", TEXT[16:])),
    ({"sentence": TEXT, "start": 0, "spans": {}}, (TEXT, "", "")),
]


@pytest.mark.parametrize(("evidence", "expected"), EXCERPTS)
def test_excerpt_marks_the_action_inside_the_sentence(evidence: dict, expected: tuple[str, str, str]) -> None:
    assert to_excerpt(evidence) == expected


def test_long_excerpt_is_cut_at_words_around_the_action() -> None:
    sentence = (
        "Officials said on Monday that " + "many words follow here " * 10 + "and troops withdrew at dawn."
    )
    start = sentence.index("withdrew")
    before, action, after = to_excerpt(
        {"sentence": sentence, "start": 0, "spans": {"action": [start, start + 8]}}
    )
    assert action == "withdrew" and before.startswith("…") and not before[1:].startswith(" ")
    assert len(before + action + after) <= 112


@pytest.mark.parametrize(
    ("values", "expected"),
    [([0, 2, 1], "0.0,27.0 80.0,1.0 160.0,14.0"), ([0, 0], "0.0,27.0 160.0,27.0"), ([], "")],
)
def test_sparkline_points_span_the_width_with_zero_at_the_bottom(values: list[float], expected: str) -> None:
    assert to_sparkline_points(values) == expected


def test_map_zooms_on_its_places_and_sizes_points_by_fatalities() -> None:
    places = [
        {"name": "Baghdad", "country": "IRQ", "lat": 33.34, "lon": 44.40, "events": 2, "killed": 9},
        {"name": "Ain al-Asad", "country": "IRQ", "lat": 33.79, "lon": 42.44, "events": 1, "killed": 0},
    ]
    view = to_map_view(places, ("IRQ", "USA"))
    west, north_y, width, height = (float(part) for part in view.view_box.split())
    assert width == 60.0 and height == 30.0 and west < 42.44 < 44.40 < west + width
    assert north_y < -33.79 and north_y + height > -33.34
    big, small = view.points
    assert big.label == "Baghdad, IRQ: 2 events, 9 killed" and big.r > small.r > 0
    assert {code for code, _, shaded in view.countries if shaded} == {"IRQ", "USA"}


def test_map_of_no_place_shows_the_world() -> None:
    assert to_map_view([]).view_box == "-180.00 -85.00 360.00 145.00"


def test_packaged_outline_has_the_countries_as_closed_paths() -> None:
    outline = load_world_outline()
    countries = outline["countries"]
    assert len(countries) > 170 and "Natural Earth" in outline["source"]
    for code in ("USA", "IRN", "IRQ", "AFG", "CHN", "BRA", "AUS"):
        assert countries[code].startswith("M") and countries[code].endswith("Z")
    assert "ATL" not in countries


def test_simplifying_a_ring_keeps_corners_and_drops_points_on_a_line() -> None:
    ring = [(0.0, 0.0), (5.0, 0.01), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0), (0.0, 0.0)]
    assert to_simplified_ring(ring) == [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0), (0.0, 0.0)]
    assert to_svg_path([to_simplified_ring(ring)]) == "M0 0 10 0 10 -10 0 -10Z"


def _to_shapefile(rings: list[list[tuple[float, float]]]) -> bytes:
    points = [p for ring in rings for p in ring]
    parts, offset = [], 0
    for ring in rings:
        parts.append(offset)
        offset += len(ring)
    body = struct.pack("<i4d2i", 5, 0, 0, 0, 0, len(parts), len(points))
    body += struct.pack(f"<{len(parts)}i", *parts) + b"".join(struct.pack("<2d", *p) for p in points)
    return b"\0" * 100 + struct.pack(">2i", 1, len(body) // 2) + body


def _to_dbf(rows: list[dict[str, str]]) -> bytes:
    fields = [("iso_a3", 3), ("name", 20)]
    header_size, record_size = 32 + 32 * len(fields) + 1, 1 + sum(size for _, size in fields)
    out = struct.pack("<4xIHH20x", len(rows), header_size, record_size)
    for name, size in fields:
        out += name.encode().ljust(11, b"\0") + b"C" + b"\0" * 4 + bytes([size]) + b"\0" * 15
    out += b"\r"
    for row in rows:
        out += b" " + b"".join(row[name].encode().ljust(size) for name, size in fields)
    return out


def test_outline_is_built_from_a_shapefile_and_its_table() -> None:
    square = [(40.0, 30.0), (40.0, 38.0), (48.0, 38.0), (48.0, 30.0), (40.0, 30.0)]
    shp, dbf = _to_shapefile([square]), _to_dbf([{"iso_a3": "IRQ", "name": "Iraq"}])
    assert find_shapefile_rings(shp) == [[square]]
    assert find_dbf_rows(dbf) == [{"iso_a3": "IRQ", "name": "Iraq"}]
    assert to_outline(shp, dbf)["countries"] == {"IRQ": "M40 -30 40 -38 48 -38 48 -30Z"}
    unnamed = _to_dbf([{"iso_a3": "-99", "name": "Kosovo"}])
    assert list(to_outline(shp, unnamed)["countries"]) == ["Kosovo"]
