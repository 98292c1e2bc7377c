"""Places stage: where a government measure applies, the travellers' origin, the object's clause, the
reporting officials and a possessed name (issue 4, place misses of the fresh seed-15 and seed-16 readings).

Each table holds sentences written for these tests (news-like, not taken from the samples), with negatives: a
place of another happening, an origin or the other side of a border stays out.
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


# A measure whose clause names no place applies where its scope phrase says, to the place put under it, or in
# the jurisdiction of the government that issues it (the coarsest place its name holds); a nationality
# adjective names no place, nor does a place inside an organisation's name, nor another happening's place.
MEASURES: list[Case] = [
    (
        "Denmark bans a German activist from entering the country for five years.",
        ["bans"],
        ("Denmark", "DNK"),
    ),
    ("Iraq imposes a night curfew for its capital Baghdad.", ["curfew"], ("Baghdad", "IRQ")),
    (
        "Canada reports 3,000 new cases. Ontario Premier Doug Ford announces new restrictions on gyms and"
        " restaurants.",
        ["restrictions"],
        ("Ontario", "CAN"),
    ),
    (
        "The Madrid regional government, led by Isabel Ayuso, closes parks and imposes a lockdown on"
        " several districts.",
        ["lockdown"],
        ("Madrid", "ESP"),
    ),
    (
        "The city of Chicago announces that it will issue a stay-at-home order for all residents.",
        ["order"],
        ("Chicago", "USA"),
    ),
    (
        "The government announces that twenty more provinces, as well as New Caledonia, will be placed under"
        " curfew from Saturday.",
        ["placed"],
        ("New Caledonia", "NCL"),
    ),
    (
        "The aviation authority bans all airlines from flying in airspace over Syria and Lebanon.",
        ["bans"],
        ("Syria", "SYR"),
    ),
    (
        "After three new cases are confirmed in Michigan, the governor orders all schools to close.",
        ["orders"],
        ("Michigan", "USA"),
    ),
    (
        "Finland will impose a 14-day quarantine on all travellers arriving from Sweden and Estonia.",
        ["quarantine"],
        ("Finland", "FIN"),
    ),
    ("The Polish government orders gyms and bars closed for two weeks.", ["orders"], None),
    ("The U.S. Federal Aviation Administration bans all commercial flights.", ["bans"], None),
    (
        "The interior ministry bans a preacher from entering the country in response to the riots in"
        " Marseille.",
        ["bans"],
        None,
    ),
    # two governments: no one jurisdiction; a company is no government; "on" gives a target, not a scope
    ("Canada and Mexico ban the aircraft from their airspace.", ["ban"], None),
    ("Toyota confirms that it will be closing its plant next year.", ["closing"], None),
    ("The Treasury imposes sanctions on Iran's national oil company.", ["sanctions"], None),
    (
        "Beijing orders its troops to be ready for battle following a speech by the President of Taiwan.",
        ["orders"],
        ("Beijing", "CHN"),
    ),
    # an "emergency meeting" is no measure
    ("An emergency meeting called by France discussed the crisis.", ["meeting"], None),
    # not a measure: a subject's country is no place of an attack
    ("Turkey launches airstrikes against Kurdish militants.", ["airstrikes"], None),
]


# The origin of travellers is never the place; nor is the other side of a border that is closed.
ORIGINS_AND_BORDERS: list[Case] = [
    (
        "A health worker was attacked in a hotel in Athens after arriving from Italy.",
        ["attacked"],
        ("Athens", "GRC"),
    ),
    ("Police detained forty migrants arriving from Libya.", ["detained"], None),
    ("The coast guard closes its sea borders with the islands of Trinidad and Tobago.", ["closes"], None),
    ("Police in Chile clashed with protesters at the border with Peru.", ["clashed"], ("Chile", "CHL")),
]


# A relative clause of the object (or of the doers a passive verb names by "by"), in the progressive or of
# entering, says where the object was hit; the "in" phrase of local officials places what they report. Not a
# past clause about something else the object or the doers did, not where they dwell, not where they came
# from, not a foreign capital's officials.
OBJECT_CLAUSES_AND_REPORTERS: list[Case] = [
    (
        "Ten civilians are killed by militiamen who crossed the border from Uganda into the Beni Territory.",
        ["killed"],
        ("Beni", "COD"),
    ),
    (
        "Ten villagers are killed by gunmen who were hiding in a forest near Maiduguri.",
        ["killed"],
        ("Maiduguri", "NGA"),
    ),
    (
        "Three police officers are injured by protesters who were blocking a road in Santiago.",
        ["injured"],
        ("Santiago", "CHL"),
    ),
    ("Two soldiers were killed by militants who had trained in Pakistan.", ["killed"], None),
    ("Two soldiers were wounded by a man who was living in Paris.", ["wounded"], None),
    ("A policeman was stabbed by a man who was travelling from Syria.", ["stabbed"], None),
    (
        "Soldiers open fire and kill twelve people who were blocking a highway in Karbala.",
        ["open"],
        ("Karbala", "IRQ"),
    ),
    (
        "Jets strike a column of trucks of a rebel group that entered northern Niger from Libya.",
        ["strike"],
        ("northern Niger", "NER"),
    ),
    (
        "Officials in Kunduz Province report that nine civilians were killed by an airstrike on a school.",
        ["killed"],
        ("Kunduz Province", "AFG"),
    ),
    ("Gunmen killed a doctor who had studied in Cairo.", ["killed"], None),
    ("Officials in Washington say that two soldiers were killed in an ambush.", ["killed"], None),
    ("The minister says that four soldiers were killed by a roadside bomb.", ["killed"], None),
]


# A name possessed by a place is inside it, and given first; an unlisted village or airbase named with its
# division is in that division's country (not a lower-case "military base": the town is given).
POSSESSED_NAMES: list[Case] = [
    (
        "Three teachers were shot dead in a school in Narathiwat's Rueso District.",
        ["shot"],
        ("Rueso District", "THA"),
    ),
    (
        "Two Ukrainian soldiers are killed by pro-Russian separatists near the village of Staromarivka in the"
        " eastern Donetsk Oblast.",
        ["killed"],
        ("Staromarivka", "UKR"),
    ),
    ("Three teachers were shot dead in Narathiwat.", ["shot"], ("Narathiwat", "THA")),
    (
        "Government shelling killed three soldiers at an observation post at Sarmin Military Airbase in Idlib"
        " Governorate.",
        ["shelling"],
        ("Sarmin Military Airbase", "SYR"),
    ),
    ("Gunmen attacked a military base in Kidal, killing four soldiers.", ["attacked"], ("Kidal", "MLI")),
]


@pytest.mark.parametrize(
    ("text", "triggers", "expected"),
    MEASURES + ORIGINS_AND_BORDERS + OBJECT_CLAUSES_AND_REPORTERS + POSSESSED_NAMES,
)
def test_place_of_measures_and_clauses(
    parse: Callable[..., Article], stage: PlacesStage, text: str, triggers: list[str], expected: Expected
) -> None:
    """The first trigger's event takes the expected place (None: no place)."""
    article = with_events(parse(text, date="2020-10-10"), triggers)
    assert place_of(stage, article) == expected
