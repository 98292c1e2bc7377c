"""Places: first-level divisions known by the short name news uses (session 26).

ISO 3166-2 (pycountry) names some divisions by a long official name ("Veracruz de Ignacio de la Llave",
"Coahuila de Zaragoza"), with a type word ("Gansu Sheng", "Komi, Respublika") or only in a local
transliteration ("Buryatiya"); ``division_names`` of ``gazetteer.yaml`` gives each its news name, so that
"<town>, <state>, <country>" reads the state and the event takes the town. Sentences written for these tests
in the style of news items; negatives: a bare "Veracruz" stays the port city (cities rank above divisions),
"Paris, Texas", the US state and the country Georgia, and people's names.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import pycountry
import pytest

from dotterel.knowledge.gazetteer import PACKAGED_GAZETTEER, Gazetteer, load_gazetteer_file
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


def test_each_news_name_is_a_name_of_an_existing_iso_division(gazetteer: Gazetteer) -> None:
    data = load_gazetteer_file(Path(str(files("dotterel.knowledge") / PACKAGED_GAZETTEER)))
    assert data.division_names
    for code, names in data.division_names.items():
        division = pycountry.subdivisions.get(code=code)
        assert division is not None and division.parent_code is None, code
        iso3 = pycountry.countries.get(alpha_2=division.country_code).alpha_3
        for name in names:
            found = [e for e in gazetteer.find_entries(name) if e.kind == "admin1" and e.country == iso3]
            assert found, (code, name)


# (text, trigger, (name, country) of the place or None)
NEWS_NAMES: list[tuple[str, str, tuple[str, str | None] | None]] = [
    (
        "A fire at a bar in Coatzacoalcos, Veracruz, Mexico, killed 26 people on Tuesday night.",
        "killed",
        ("Coatzacoalcos", "MEX"),
    ),
    (
        "Inmates rioted at a prison in Saltillo, Coahuila, Mexico, on Sunday.",
        "rioted",
        ("Saltillo", "MEX"),
    ),
    ("Gunmen killed 14 people at a family party in Coahuila on Saturday.", "killed", ("Coahuila", "MEX")),
    ("A methane blast killed four miners in Buryatia, Russia.", "killed", ("Buryatia", "RUS")),
    (
        "Police detained dozens of protesters in Vladikavkaz, North Ossetia, Russia.",
        "detained",
        ("Vladikavkaz", "RUS"),
    ),
    # negatives: a bare "Veracruz" is the port city; a US town before its state; the country Georgia
    ("Gunmen killed five people at a bar in Veracruz on Tuesday.", "killed", ("Veracruz", "MEX")),
    ("A man was shot dead in Paris, Texas, on Sunday.", "shot", ("Paris", "USA")),
    ("Police arrested two men in Brunswick, Georgia, on Monday.", "arrested", ("Brunswick", "USA")),
    ("Police arrested two men in Tbilisi, Georgia, on Monday.", "arrested", ("Tbilisi", "GEO")),
    ("Police arrested Jean de la Fontaine in Lyon on Monday.", "arrested", ("Lyon", "FRA")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), NEWS_NAMES)
def test_a_division_is_read_by_its_news_name(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: tuple[str, str | None] | None,
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected
