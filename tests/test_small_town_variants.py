"""Small towns by a transliteration variant: the folded-names search answers as reading every name would.

The oracle folds each name of the country's records one by one (:func:`to_variant_key`), as the table did
before it folded a country's names at once and searched them by one word of the asked name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dotterel.knowledge.place_resolution import load_place_resolution_words
from dotterel.knowledge.small_towns import (
    _NON_LATIN,
    _QUOTED,
    _RECORD_NAMES,
    FoldedNames,
    SmallTownTable,
    _to_text,
    load_small_town_table,
    to_variant_key,
)


def read_one_by_one(table: SmallTownTable, name: str, iso2: str, alternates: bool) -> list[int]:
    """The first bytes of the records of ``iso2`` with a (primary or alternate) name of ``name``'s key."""
    variants = load_place_resolution_words().transliteration_variants
    key, first, last = to_variant_key(name, variants), *table._country_range(iso2)
    starts = []
    for match in _RECORD_NAMES.finditer(table._mapped(), first, last):
        names = _QUOTED.findall(match.group(2)) if alternates else [match.group(1)]
        if any(to_variant_key(_to_text(n), variants) == key for n in names if not _NON_LATIN.search(n)):
            starts.append(match.start())
    return starts


# (name as a text spells it, country, how many records have it as primary name, how many as alternate name)
NAMES = [
    ("Tell Abyad", "SY", 1, 1),  # GeoNames' "Tall Abyaḑ"
    ("Ras al-Ain", "SY", 1, 1),  # "Ra’s al ‘Ayn"
    ("Deir ez-Zor", "SY", 1, 1),
    ("Kafr Qaddum", "PS", 1, 1),  # "Kafr Qaddūm"
    ("Sheikh Othman", "YE", 0, 1),  # "Ash Shaykh ‘Uthmān" by an alternate name only
    ("Jebel Ali", "AE", 1, 0),
    ("El Paso", "US", 3, 5),
    ("Springfield", "US", 21, 20),  # every town of the name, in file order
    ("Ain Issa", "SY", 0, 0),  # no spelling finds these
    ("Nowhereville", "SY", 0, 0),
    ("Tell Nowhere", "SY", 0, 0),
]


@pytest.mark.parametrize(("name", "iso2", "primary", "alternate"), NAMES)
def test_the_folded_search_finds_what_reading_every_name_finds(
    name: str, iso2: str, primary: int, alternate: int
) -> None:
    table, variants = load_small_town_table(), load_place_resolution_words().transliteration_variants
    key = to_variant_key(name, variants)
    for alternates, count in ((False, primary), (True, alternate)):
        expected = read_one_by_one(table, name, iso2, alternates)
        assert len(expected) == count
        assert table._folded_names(iso2, alternates).find_starts(key, variants) == expected


# Records' names as the file lists them (quoted, escapes unread), one with a line break of its own, one with
# an escape in capitals (read name by name), one of another script (left out by the search).
FOLDED = [
    (
        [b'"Tall Abya\\u1e11"', b'"Ra\\u2019s al \\u2018Ayn", "Dayr az-Zawr"'],
        ["tall abyad", "ras al ayn", "dayr az zawr"],
    ),
    ([b'"Kafr Qadd\\u016Bm"', b""], ["kafr qaddum"]),
    ([b'"Two\\nLines", "Tall"'], ["two lines", "tall"]),
    ([], []),
]


@pytest.mark.parametrize(("listed", "lines"), FOLDED)
def test_names_are_folded_one_a_line(listed: list[bytes], lines: list[str]) -> None:
    folded = FoldedNames.build(list(enumerate(listed)))
    assert (folded.text.split("\n") if lines else []) == lines
    assert [folded.text[at:].split("\n")[0] for at in folded.line_starts] == lines


@pytest.mark.parametrize("listed", [[b'"Tall \\u0639\\u064a\\u0646"'], [b'"Tall Abyad\\u0301"']])
def test_a_name_of_another_script_is_not_found(listed: list[bytes]) -> None:
    variants = load_place_resolution_words().transliteration_variants
    assert FoldedNames.build(list(enumerate(listed))).find_starts("tall abyad", variants) == []
    assert FoldedNames.build([(0, b'"Tall Abyad"')]).find_starts("tall abyad", variants) == [0]


def test_a_small_file_is_searched_by_a_variant_word(tmp_path: Path) -> None:
    records = {
        str(n): {"geonameid": n, "name": name, "alternatenames": alternates, "countrycode": "SY"}
        for n, (name, alternates) in enumerate(
            [("Tall Abyaḑ", ["Tell Abyad"]), ("Tall Rif‘at", []), ("Abyad", ["Shaykh Abyad"])], start=1
        )
    }
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(records), encoding="ascii")
    variants = load_place_resolution_words().transliteration_variants
    table = SmallTownTable(path)
    assert [t["geonameid"] for t in table.find_variant_towns("Tel Abyad", "SY", variants)] == [1]
    assert [t["geonameid"] for t in table.find_variant_towns("Sheikh Abyad", "SY", variants)] == [3]
    assert table.find_variant_towns("Tell Abyad Nowhere", "SY", variants) == []
    assert table.find_variant_towns("Tell Abyad", "TR", variants) == []
