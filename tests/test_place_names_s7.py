"""Places: finding and resolving place names (session 7, issue #4).

A same-name town in the state the text names after a comma; a small foreign town that begins a longer proper
name ("the Green Zone"); a capitalised direction inside a name the gazetteer lacks ("North Waziristan"); the
place a located country possesses ("Russia's Kamchatka Peninsula"); names opened by a feature word ("Mount
Hermon"). Sentences written for these tests (news-like), with negatives in each table.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import pytest

from dotterel.errors import KnowledgeError
from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.knowledge.place_resolution import load_place_resolution_words
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import with_event

Expected = tuple[str, str | None, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


def place_of_event(stage: PlacesStage, article: Article) -> tuple[str, str | None, str, float | None] | None:
    """Return (name, country, kind, longitude) of the place the stage gives the article's one event."""
    place = stage(article).events[0].place
    return None if place is None else (place.name, place.country, place.kind, place.lon)


# "<town>, <state>": the town of that state, from the gazetteer, else the small-town file, else an unlisted
# place of the state; a state named elsewhere in the text picks among namesakes too; a country after the comma
# ("Tbilisi, Georgia") and a town alone keep their readings.
# (text, trigger, (name, country, kind), (west, east) bounds of the longitude or None)
HOMONYMS = [
    (
        "A mass shooting in Lancaster, South Carolina, left two men dead and nine injured.",
        "shooting",
        ("Lancaster", "USA", "city"),
        (-81.5, -80.0),
    ),
    (
        "Two officers were shot in Lancaster, Pennsylvania, on Sunday night.",
        "shot",
        ("Lancaster", "USA", "city"),
        (-77.0, -76.0),
    ),
    (
        "Police arrested a gunman in Paris, Texas, after a standoff.",
        "arrested",
        ("Paris", "USA", "city"),
        (-96.0, -95.0),
    ),
    (
        "Protesters marched in Mount Vernon, New York, on Saturday.",
        "marched",
        ("Mount Vernon", "USA", "city"),
        (-74.5, -73.5),
    ),
    (
        "Two people were shot in Springfield overnight, the Illinois State Police said.",
        "shot",
        ("Springfield", "USA", "city"),
        (-90.0, -89.0),
    ),
    (
        "A gunman killed two people in Lancaster on Saturday. South Carolina police said the suspect fled.",
        "killed",
        ("Lancaster", "USA", "city"),
        (-81.5, -80.0),
    ),
    # negatives: a country after the comma, a town alone, the state of the best reading already, the state
    # after the comma over one named elsewhere
    (
        "Two people were shot in Springfield overnight.",
        "shot",
        ("Springfield", "USA", "city"),
        (-94.0, -93.0),
    ),
    (
        "A tornado destroyed homes in Springfield, Missouri, and in parts of Kansas.",
        "destroyed",
        ("Springfield", "USA", "city"),
        (-94.0, -93.0),
    ),
    (
        "Police dispersed protesters in Tbilisi, Georgia, on Friday.",
        "dispersed",
        ("Tbilisi", "GEO", "city"),
        (44.0, 45.5),
    ),
    (
        "Police dispersed protesters in Paris on Friday.",
        "dispersed",
        ("Paris", "FRA", "city"),
        (2.0, 3.0),
    ),
    (
        "A gunman opened fire at a bar in Dayton, Ohio, killing nine people.",
        "opened",
        ("Dayton", "USA", "city"),
        (-84.5, -84.0),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected", "lon_range"), HOMONYMS)
def test_the_state_named_after_a_town_picks_its_homonym(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: Expected,
    lon_range: tuple[float, float],
) -> None:
    found = place_of_event(stage, with_event(parse(text), trigger))
    assert found is not None and found[:3] == expected
    assert found[3] is not None and lon_range[0] <= found[3] <= lon_range[1]


# A small town of a country the text is not about, as the first word of a longer proper name, is no place:
# "the Green Zone" of Kabul is not Green, Ohio; a facility after the name, a comma, or a town of the text's
# country keep it.
LONGER_NAMES = [
    (
        "Fourteen rockets struck Kabul. The rockets mostly struck the diplomatic Green Zone, near embassies.",
        ("struck", 1),
        None,
    ),
    (
        'Rockets landed inside the heavily fortified "Green Zone" on Tuesday night.',
        ("landed", 0),
        None,
    ),
    # negatives
    ("A gunman opened fire at a school in Green, Ohio.", ("opened", 0), ("Green", "USA", "city")),
    (
        "Militants attacked a checkpoint near the Mosul Dam on Sunday.",
        ("attacked", 0),
        ("Mosul", "IRQ", "city"),
    ),
    (
        "Rockets struck the Green Zone in Baghdad on Tuesday.",
        ("struck", 0),
        ("Baghdad", "IRQ", "city"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), LONGER_NAMES)
def test_a_small_foreign_town_beginning_a_longer_name_is_no_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: tuple[str, int], expected: Expected
) -> None:
    found = place_of_event(stage, with_event(parse(text), trigger[0], trigger[1]))
    assert (found and found[:3]) == expected


# A capitalised direction is a word of a name the gazetteer lacks ("North Waziristan"); negatives: a direction
# before a country, a division, a known name with its direction.
DIRECTIONS = [
    (
        "A bomb killed six soldiers in North Waziristan, Khyber Pakhtunkhwa, Pakistan.",
        "killed",
        ("North Waziristan", "PAK", "locality"),
    ),
    (
        "Troops raided a compound in South Waziristan, Pakistan, on Friday.",
        "raided",
        ("South Waziristan", "PAK", "locality"),
    ),
    # negatives
    ("Clashes broke out in northern Iraq on Monday.", "Clashes", ("northern Iraq", "IRQ", "region")),
    (
        "The army pressed its offensive in Idlib Governorate.",
        "offensive",
        ("Idlib Governorate", "SYR", "region"),
    ),
    ("Gunmen attacked a checkpoint in North Kivu.", "attacked", ("North Kivu", "COD", "region")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), DIRECTIONS)
def test_directions_stay_with_the_name_they_belong_to(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    found = place_of_event(stage, with_event(parse(text), trigger))
    assert found is not None and found[:3] == expected


# The place a located country possesses, named by its own words, is the place: the peninsula, the region;
# negatives: "Kenya's capital" (the capital), "Thailand's south" (a region of the country), a possessed place
# the parse already places.
POSSESSED = [
    (
        "A huge meteor explosion was detected above Russia's Kamchatka Peninsula.",
        "explosion",
        ("Kamchatka", "RUS", "region"),
    ),
    (
        "A bright fireball exploded above Norway's Varanger Peninsula on Tuesday.",
        "exploded",
        ("Varanger Peninsula", "NOR", "locality"),
    ),
    (
        "The governor of Somalia's Mudug region and three of his guards are killed in a car bombing.",
        "killed",
        ("Mudug region", "SOM", "region"),
    ),
    # negatives
    ("Police fired tear gas at protesters in Kenya's capital.", "fired", ("Nairobi", "KEN", "city")),
    (
        "Police fired tear gas at protesters in Thailand's south.",
        "fired",
        ("southern Thailand", "THA", "region"),
    ),
    ("Gunmen killed five farmers in Nigeria's Borno State.", "killed", ("Borno State", "NGA", "region")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), POSSESSED)
def test_the_place_a_country_possesses_is_the_location(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    found = place_of_event(stage, with_event(parse(text), trigger))
    assert found is not None and found[:3] == expected


# A name opened by a feature word ("Mount", "Mt.", "Lake") is a place the gazetteer may lack, whatever the
# tagger says, of the text's one country; negatives: a known town of such a name, a known name inside it.
FEATURES = [
    ("Israeli troops fired at Mount Hermon on Saturday.", "fired", ("Mount Hermon", "ISR", "locality")),
    ("Rebels attacked an army post at Mt. Elgon in Uganda.", "attacked", ("Mt. Elgon", "UGA", "locality")),
    (
        "Soldiers clashed with smugglers near Lake Tanganyika in Burundi.",
        "clashed",
        ("Lake Tanganyika", "BDI", "locality"),
    ),
    # negatives
    ("Protesters marched in Mount Vernon on Saturday.", "marched", ("Mount Vernon", "USA", "city")),
    ("Sri Lanka sued the owner of the MT New Diamond tanker on Friday.", "sued", None),
    ("Gunmen attacked a checkpoint near Mount Sinjar.", "attacked", ("Sinjar", "IRQ", "city")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FEATURES)
def test_a_feature_word_opens_a_place_name(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    found = place_of_event(stage, with_event(parse(text), trigger))
    assert (found and found[:3]) == expected


def test_the_feature_words_are_validated(tmp_path: Path) -> None:
    assert "mount" in load_place_resolution_words().feature_prefixes
    source = Path(str(files("dotterel.knowledge") / "place_resolution.yaml"))
    bad = tmp_path / "place_resolution.yaml"
    bad.write_text(source.read_text(encoding="utf-8").replace("  - mount\n", "  - Mount\n"), encoding="utf-8")
    with pytest.raises(KnowledgeError):
        load_place_resolution_words(bad)


# Regions news names that GeoNames' cities and ISO 3166-2's English names lack (gazetteer.yaml); negatives:
# the cities and countries of those names stay what they were.
REGIONS = [
    ("Gunmen killed 12 people in Michoacan on Sunday.", "killed", ("Michoacán", "MEX", "region")),
    ("Police arrested 20 protesters in Aceh on Friday.", "arrested", ("Aceh", "IDN", "region")),
    ("Forest fires spread across Siberia this week.", "spread", ("Siberia", "RUS", "region")),
    ("Troops shelled villages in Libya's Jufra district.", "shelled", ("Jufra", "LBY", "region")),
    # negatives
    ("Gunmen killed 12 people in Morelia, Mexico.", "killed", ("Morelia", "MEX", "city")),
    ("Police arrested 20 protesters in Indonesia on Friday.", "arrested", ("Indonesia", "IDN", "country")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), REGIONS)
def test_regions_the_gazetteer_adds(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    found = place_of_event(stage, with_event(parse(text), trigger))
    assert found is not None and found[:3] == expected


# A lower-case particle joined by a hyphen may open a place name ("al-Hasakah", "the town of al-Qaim"); not a
# particle inside a name, nor a group's name ("al-Shabaab", "al-Qaeda") where no place is named.
PARTICLES = [
    ("A car bomb exploded in al-Hasakah, Syria, on Monday.", "exploded", ("Al Hasakah", "SYR", "city")),
    ("Militants attacked the town of al-Qaim in Iraq.", "attacked", ("Al Qa'im", "IRQ", "city")),
    ("Airstrikes hit the village of al-Dhalea in Yemen.", "hit", ("al-Dhalea", "YEM", "locality")),
    # negatives
    (
        "Airstrikes killed 12 people in Maarrat al-Nu'man, Syria, on Friday.",
        "killed",
        ("Maarrat al-Nu'man", "SYR", "city"),  # places16b: GeoNames' "Ma'arrat an Nu'man"
    ),
    ("Shells hit the town of Ras al-Ain in Syria.", "hit", ("Ras al-Ain", "SYR", "city")),
    ("Fighters of al-Shabaab ambushed a convoy on Monday.", "ambushed", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), PARTICLES)
def test_a_particle_may_open_a_place_name(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    found = place_of_event(stage, with_event(parse(text), trigger))
    assert (found and found[:3]) == expected
