"""Gazetteer and places stage: which names are locations, how they resolve, and the place of each event."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from dotterel.errors import KnowledgeError
from dotterel.knowledge.gazetteer import Gazetteer, load_gazetteer, load_gazetteer_file, load_place_words
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import with_event, with_events

EMBASSY = (
    "Supporters of a largely Iranian-trained paramilitary group and others who hurled rocks at the US "
    "embassy in "
    "two days of protests withdrew on Wednesday after Washington dispatched extra troops.\n\n"
    "The unrest outside the US embassy in Baghdad followed US air raids on Sunday against bases of the "
    "Tehran-backed Kataib Hezbollah group. Washington said the air raids, which killed 25 people, were in "
    "retaliation for missile attacks that killed a US contractor in northern Iraq last week."
)
KHAMENEI = (
    "Speaking at a public event in Tehran on Wednesday, Iran's Supreme Leader Ayatollah Ali Khamenei said: "
    '"If Iran decides to confront a country, it will do so openly. But everyone must know that we are '
    "strongly "
    "committed to the country's interests and we shall not hesitate to intervene and deal a blow to any "
    "party who "
    'attempts to pose a threat to the country."'
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    """The packaged gazetteer (built once per process)."""
    return load_gazetteer()


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# name, context countries, expected (name, country, kind) or None
RESOLUTIONS = [
    ("Tripoli", {}, ("Tripoli", "LBY", "city")),
    ("Tripoli", {"LBN": 1.0}, ("Tripoli", "LBN", "city")),
    ("Damascus", {"USA": 1.0}, ("Damascus", "SYR", "city")),
    ("Baghdad", {}, ("Baghdad", "IRQ", "city")),
    ("Khan Shaykhun", {}, ("Khan Shaykhun", "SYR", "city")),
    ("Kiev", {}, ("Kyiv", "UKR", "city")),
    ("Nasiriya", {}, ("Nasiriyah", "IRQ", "city")),
    ("U.S.", {}, ("United States", "USA", "country")),
    ("Britain", {}, ("United Kingdom", "GBR", "country")),
    ("Lebanon", {"USA": 1.0}, ("Lebanon", "LBN", "country")),
    ("Georgia", {}, ("Georgia", "GEO", "country")),
    ("Washington", {}, ("Washington", "USA", "city")),
    ("Texas", {}, ("Texas", "USA", "admin1")),
    ("Middle East", {}, ("Middle East", None, "region")),
    ("West Bank", {}, ("West Bank", "PSE", "region")),
    ("Qah", {}, None),
    ("Qah", {"SYR": 1.0}, None),
    ("Mark", {}, None),
    ("Esper", {}, None),
    ("Hezbollah", {}, None),
]


@pytest.mark.parametrize(("name", "context", "expected"), RESOLUTIONS)
def test_gazetteer_resolves_names(
    gazetteer: Gazetteer, name: str, context: dict[str, float], expected: tuple[str, str | None, str] | None
) -> None:
    entry = gazetteer.resolve(name, context)
    assert (None if entry is None else (entry.name, entry.country, entry.kind)) == expected


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Iraq", 33.34, 44.40),
        ("Brazil", -15.78, -47.93),
        ("Kazakhstan", 51.18, 71.45),
        ("Middle East", None, None),
    ],
)
def test_countries_take_their_capital_point_and_regions_have_none(
    gazetteer: Gazetteer, name: str, lat: float | None, lon: float | None
) -> None:
    entry = gazetteer.resolve(name)
    assert entry is not None
    point = None if entry.lat is None or entry.lon is None else (round(entry.lat, 2), round(entry.lon, 2))
    assert point == (None if lat is None or lon is None else (lat, lon))


def test_demonyms_name_countries(gazetteer: Gazetteer) -> None:
    assert [gazetteer.resolve_demonym(w) for w in ("Iraqi", "Lebanese", "American", "Embassy")] == [
        "IRQ",
        "LBN",
        "USA",
        None,
    ]


# text, expected places: (text of the mention, place name, country, rule)
ARTICLE_PLACES = [
    (
        "A blast near the Data Darbar shrine in Lahore, Pakistan, kills at least eleven people.",
        [
            ("Lahore", "Lahore", "PAK", "places.gazetteer.v1"),
            ("Pakistan", "Pakistan", "PAK", "places.gazetteer.v1"),
        ],
    ),
    (
        "Taliban militants attack government outposts in northwestern Afghanistan.",
        [("northwestern Afghanistan", "northwestern Afghanistan", "AFG", "places.region.v1")],
    ),
    (
        "The protests marked a new turn in the shadow war between Washington and Tehran playing out across "
        "the "
        "Middle East.",
        [("Middle East", "Middle East", None, "places.region.v1")],
    ),
    (
        "Dozens of people were killed in the Iraqi city of Kirkuk.",
        [("Kirkuk", "Kirkuk", "IRQ", "places.gazetteer.v1")],
    ),
    (
        "Syrian officers ended mediation between rival militias in Tripoli as shells hit the north Lebanese "
        "port.",
        [("Tripoli", "Tripoli", "LBN", "places.gazetteer.v1")],
    ),
    (
        "India also withdraws a contingent of peacekeepers from Tripoli as fighting spreads across Libya.",
        [
            ("Tripoli", "Tripoli", "LBY", "places.gazetteer.v1"),
            ("Libya", "Libya", "LBY", "places.gazetteer.v1"),
        ],
    ),
    ("Multiple mortars hit Mogadishu Airport.", [("Mogadishu", "Mogadishu", "SOM", "places.gazetteer.v1")]),
    (
        "A Syrian jet is shot down by rebel forces near the town of Khan Shaykhun in the Idlib Governorate.",
        [
            ("Khan Shaykhun", "Khan Shaykhun", "SYR", "places.gazetteer.v1"),
            ("Idlib Governorate", "Idlib Governorate", "SYR", "places.region.v1"),
        ],
    ),
    # negatives: actor modifiers, metonyms, subjects, actors after "against"/"between", names of people
    ("US President Donald Trump accused Iran of orchestrating the violence.", []),
    ("Washington said the air raids were in retaliation.", []),
    ("Iran's Supreme Leader Ayatollah Ali Khamenei spoke.", []),
    ("He threatened on Tuesday to retaliate against Iran.", []),
    ("Supporters hurled rocks at the US embassy.", []),
    ("US air raids hit bases of the Tehran-backed Kataib Hezbollah group.", []),
    ("Secretary of Defense Mark Esper said on Thursday that the US is prepared to act.", []),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_PLACES)
def test_article_places_are_locations_only(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    expected: list[tuple[str, str, str | None, str]],
) -> None:
    article = stage(parse(text))
    found = [
        (article.text[m.span.start : m.span.end], m.place.name, m.place.country, m.rule)
        for m in article.places
    ]
    assert found == expected


# text, trigger (word, occurrence), expected (place name, country) or None, text of the place evidence span
EVENT_PLACES = [
    (EMBASSY, ("hurled", 0), ("Baghdad", "IRQ"), "the US embassy"),
    (EMBASSY, ("unrest", 0), ("Baghdad", "IRQ"), "Baghdad"),
    (EMBASSY, ("attacks", 0), ("northern Iraq", "IRQ"), "northern Iraq"),
    (KHAMENEI, ("intervene", 0), ("Tehran", "IRN"), "Tehran"),
    (
        "A suicide bomber attacks a police station in Kunduz, Afghanistan.",
        ("attacks", 0),
        ("Kunduz", "AFG"),
        "Kunduz",
    ),
    (
        "Gunmen open fire on two buses carrying Muslim voters to the polls near Anuradhapura.",
        ("fire", 0),
        ("Anuradhapura", "LKA"),
        "Anuradhapura",
    ),
    (
        "Israel strikes multiple Iranian and Syrian military targets outside Damascus and Homs, killing 16 "
        "people.",
        ("strikes", 0),
        ("Damascus", "SYR"),
        "Damascus",
    ),
    (
        "Gunmen kill 16 people during prayers in a northern Burkina Faso mosque.",
        ("kill", 0),
        ("northern Burkina Faso", "BFA"),
        "northern Burkina Faso",
    ),
    (
        "Prime Minister Adil Abdul-Mahdi orders the elite Counter-Terrorism Service to quell the protests "
        "in the "
        "capital Baghdad and the southern city of Nasiriya.",
        ("orders", 0),
        ("Baghdad", "IRQ"),
        "Baghdad",
    ),
    (
        "A bomb hits a mosque in Ghazni, Afghanistan, killing two and wounding over 40.",
        ("bomb", 0),
        ("Ghazni", "AFG"),
        "Ghazni",
    ),
    # negatives: a place in another argument, a metonym, an actor country, a place in a different paragraph
    (EMBASSY, ("raids", 0), None, None),
    (EMBASSY, ("dispatched", 0), None, None),
    ("Washington said the attack was a provocation.", ("attack", 0), None, None),
    ("US President Donald Trump accused Iran of orchestrating the violence.", ("accused", 0), None, None),
    (
        "Rebels attacked a checkpoint.\n\nThe army later shelled positions near Idlib.",
        ("attacked", 0),
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected", "evidence"), EVENT_PLACES)
def test_event_takes_the_place_of_its_clause(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: tuple[str, int],
    expected: tuple[str, str] | None,
    evidence: str | None,
) -> None:
    article = stage(with_event(parse(text), *trigger))
    (event,) = article.events
    assert (None if event.place is None else (event.place.name, event.place.country)) == expected
    span = event.evidence.spans.get("place")
    assert (article.text[span.start : span.end] if span else None) == evidence


def test_place_never_comes_from_another_events_clause(
    parse: Callable[..., Article], stage: PlacesStage
) -> None:
    text = "Militants attacked a checkpoint in Kabul while police arrested two men in Herat."
    article = stage(with_events(parse(text), ["attacked", "arrested"]))
    assert [e.place.name if e.place else None for e in article.events] == ["Kabul", "Herat"]


def test_facility_coreference_is_recorded_as_a_place_mention(
    parse: Callable[..., Article], stage: PlacesStage
) -> None:
    article = stage(with_event(parse(EMBASSY), "hurled"))
    rules = {article.text[m.span.start : m.span.end]: m.rule for m in article.places}
    assert rules["the US embassy"] == "places.facility-coref.v1"
    assert rules["Baghdad"] == "places.gazetteer.v1"


def test_a_bad_gazetteer_file_names_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "version": 1,
                "country_aliases": {},
                "demonyms": {},
                "not_places": [],
                "regions": [{"name": "Anbar", "country": "Iraq"}],
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as error:
        load_gazetteer_file(path)
    assert (error.value.path, error.value.key) == (str(path), "regions.0.country")


def test_a_places_file_missing_a_list_names_it(tmp_path: Path) -> None:
    path = tmp_path / "places.yaml"
    path.write_text("version: 1\ndirections: [northern]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        load_place_words(path)
    assert error.value.key == "locative_preps"
