"""Places stage, places-r2: a place "near X" in another country than the one the event's phrase names, a
threat's place taken from the threatened action, landmarks the gazetteer lacks ("Trafalgar Square"), and the
English names of first-level divisions that ISO 3166-2 gives only in the local language ("Bavaria").

Each table holds sentences written for these tests (news-like, not taken from the samples), with negatives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_events

Expected = tuple[str, str | None] | None
Case = tuple[str, list[str], Expected]


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# "near X" is not X: a country named with "over"/"in" on the event beats a place near it across a border;
# negatives: the near place in the same country stays the most specific, no country named with "in".
NEAR_ELSEWHERE: list[Case] = [
    (
        "A cargo plane was shot down over Georgia, near the Russian region of Dagestan.",
        ["shot"],
        ("Georgia", "GEO"),
    ),
    ("Two soldiers were killed in Syria near the Turkish town of Kilis.", ["killed"], ("Syria", "SYR")),
    ("A drone crashed in Lebanon, near the Israeli town of Metula.", ["crashed"], ("Lebanon", "LBN")),
    # negatives
    ("Fighting broke out in Azerbaijan near Stepanakert.", ["Fighting"], ("Stepanakert", "AZE")),
    ("Rebels shelled an army post near Kilis on Sunday.", ["shelled"], ("Kilis", "TUR")),
    ("A car bomb exploded in Iraq near Kirkuk, killing four.", ["exploded"], ("Kirkuk", "IRQ")),
]

# A threat with no place of its own is where the threatened action would be; one that names its own place
# keeps it; an agreement still takes no place from its content.
THREATS: list[Case] = [
    (
        "Protesters threatened to storm the parliament building in Tbilisi.",
        ["threatened"],
        ("Tbilisi", "GEO"),
    ),
    (
        "Ankara threatens to launch a new offensive in northern Syria.",
        ["threatens"],
        ("northern Syria", "SYR"),
    ),
    ("The militia threatened to attack foreign convoys in Kandahar.", ["threatened"], ("Kandahar", "AFG")),
    # negatives
    (
        "Speaking in Tehran, the general threatened to strike American bases in Iraq.",
        ["threatened"],
        ("Tehran", "IRN"),
    ),
    ("The rebels agreed to a ceasefire in Idlib.", ["agreed"], None),
    ("The government threatened to cut fuel subsidies.", ["threatened"], None),
]

# A capitalised name ending in a landmark noun is one unlisted place, not the town whose name it begins with;
# negatives: a town before a facility noun is the town; a known town alone stays itself. Since session 24 the
# gazetteer lists landmarks of big cities (gazetteer.yaml ``landmarks``): a listed square is its own place in
# its city's country (these rows expected London, or no place for a square named alone, before the list); an
# unlisted one ("Victoria Square") is still no town.
LANDMARKS: list[Case] = [
    (
        "Police clashed with protesters in Trafalgar Square in London.",
        ["clashed"],
        ("Trafalgar Square", "GBR"),
    ),
    ("Protesters rallied in London's Parliament Square.", ["rallied"], ("Parliament Square", "GBR")),
    ("Police dispersed a sit-in in Tahrir Square in Egypt.", ["dispersed"], ("Tahrir Square", "EGY")),
    ("Police dispersed the crowd in Trafalgar Square.", ["dispersed"], ("Trafalgar Square", "GBR")),
    ("Police dispersed the crowd in Victoria Square.", ["dispersed"], None),
    # negatives
    ("A man was stabbed to death on London Bridge on Friday.", ["stabbed"], ("London", "GBR")),
    ("A bomb exploded near the Kabul International Airport.", ["exploded"], ("Kabul", "AFG")),
    ("Gunmen attacked a checkpoint in Kabul on Monday.", ["attacked"], ("Kabul", "AFG")),
    ("Police arrested two men at a protest in Trafalgar on Friday.", ["arrested"], ("Trafalgar", "ESP")),
]

# First-level divisions by their English names; negatives: a city of the same country stays a city.
DIVISIONS: list[Case] = [
    ("Police arrested five members of the cell in Navarre.", ["arrested"], ("Navarre", "ESP")),
    ("Separatists clashed with riot police in the Basque Country.", ["clashed"], ("Basque Country", "ESP")),
    ("Police raided three mosques in Bavaria on Tuesday.", ["raided"], ("Bavaria", "DEU")),
    ("Farmers protested in Lower Saxony against new rules.", ["protested"], ("Lower Saxony", "DEU")),
    ("Authorities quarantined thousands in Hubei.", ["quarantined"], ("Hubei", "CHN")),
    ("Militants attacked a police post in Dagestan.", ["attacked"], ("Dagestan", "RUS")),
    ("Police arrested a man in Apulia.", ["arrested"], ("Apulia", "ITA")),
    # negatives
    ("Police arrested a man in Munich, Bavaria.", ["arrested"], ("Munich", "DEU")),
    ("Police arrested a man in Wuhan.", ["arrested"], ("Wuhan", "CHN")),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), NEAR_ELSEWHERE + THREATS + LANDMARKS + DIVISIONS)
def test_place_of_r2_constructions(
    parse: Callable[..., Article], stage: PlacesStage, text: str, triggers: list[str], expected: Expected
) -> None:
    """The first trigger's event takes the expected place (None: no place)."""
    article = with_events(parse(text, date="2020-10-10"), triggers)
    assert place_of(stage, article) == expected
