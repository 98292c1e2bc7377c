"""Places, session 7: names English writes without GeoNames' Arabic article, and a town the text marks as
one ranked with listed places. Sentences written for these tests (news-like), with negatives in each table."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.knowledge.geonames import find_articleless_names
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# The Arabic article GeoNames writes ("Al", or assimilated to a sun letter the next word repeats) is dropped
# for an extra alternate name; not the Spanish "El", a mismatched letter, a plain word, or a too-short rest.
ARTICLELESS = [
    (["Al Qamishli"], ["Qamishli"]),
    (["Ar Raqqah", "Raqqa"], ["Raqqah"]),
    (["Ash Shihr"], ["Shihr"]),
    (["Ad Dammam", "Dammam"], []),
    (["Al-Hasakah"], ["Hasakah"]),
    (["El Paso"], []),
    (["As Rutbah"], []),
    (["Alton"], []),
    (["Al Ain"], []),
]


@pytest.mark.parametrize(("names", "expected"), ARTICLELESS)
def test_the_arabic_article_is_dropped_for_an_alternate_name(names: list[str], expected: list[str]) -> None:
    assert find_articleless_names(names) == expected


# A city English names without the article is found (with no country in the text); others are unchanged.
WITHOUT_ARTICLE = [
    (
        "A car bomb exploded in the city of Qamishli near a church on Tuesday.",
        "exploded",
        ("Al Qamishli", "SYR"),
    ),
    (
        "Turkish drones struck a convoy near Qamishli, injuring eleven people.",
        "struck",
        ("Al Qamishli", "SYR"),
    ),
    ("Kurdish forces clashed with rebels near Hasakah on Monday.", "clashed", ("Al Hasakah", "SYR")),
    ("Clashes erupted in Raqqah and Hasakah on Monday.", "erupted", ("Ar Raqqah", "SYR")),
    # negatives: a name with "El" keeps it; a name already GeoNames' own
    ("A gunman opened fire at a shopping mall in El Paso on Saturday.", "opened", ("El Paso", "USA")),
    ("Protesters gathered in Najaf on Friday.", "gathered", ("Najaf", "IRQ")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), WITHOUT_ARTICLE)
def test_a_city_named_without_its_article_is_found(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# An unlisted town the text marks as one ("the town of X") ranks with listed places, so the more specific
# name wins over the province's city; an unmarked unlisted name still comes after a listed city.
MARKED_TOWNS = [
    (
        "Airstrikes killed five in the town of Kansafra and three villages in Idlib.",
        "killed",
        ("Kansafra", "SYR"),
    ),
    (
        "Government shelling killed four civilians in the village of Kafr Nabl in southern Idlib.",
        "killed",
        ("Kafranbel", "SYR"),
    ),
    # negatives: an unmarked unlisted name after a listed city; a listed city alone; a name after a place
    # noun that is no town noun ("the island of Mallorca") does not outrank the listed town
    (
        "Two planes collided near the town of Inca, on the island of Mallorca, killing seven people.",
        "killing",
        ("Inca", "ESP"),
    ),
    ("Airstrikes killed five in Idlib and Kansafra on Sunday.", "killed", ("Idlib", "SYR")),
    ("Airstrikes killed five people in Idlib on Sunday.", "killed", ("Idlib", "SYR")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), MARKED_TOWNS)
def test_a_marked_unlisted_town_ranks_with_listed_places(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A located name GeoNames lists only as one city's alternate name is that city when the text names no country
# and the city has 50,000 people; a country in the text decides instead (Troppau is Opava's, not Poland's).
SOLE_ALTERNATES = [
    ("Two men were shot and wounded in separate attacks in Londonderry on Friday.", "shot", ("Derry", "GBR")),
    ("Protesters marched through Londonderry on Sunday.", "marched", ("Derry", "GBR")),
    # negatives: a country named in the text; a name GeoNames lists as a primary name
    ("Police in Poland detained two men in Troppau on Friday.", "detained", ("Poland", "POL")),
    ("Two men were shot and wounded in Derry on Friday.", "shot", ("Derry", "GBR")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SOLE_ALTERNATES)
def test_a_city_known_by_its_other_name_is_found(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# "The capital" (after a locative preposition, or the "of" object of a noun after one) is the capital of the
# one country whose places are named before it in its sentence, else in the sentence before.
CAPITALS = [
    (
        "Air defenses responded to a strike over Damascus, and jets hit a depot on the edge of the capital.",
        "hit",
        ("Damascus", "SYR"),
    ),
    (
        "Fighting erupted in Libya on Sunday. Rebel forces shelled several districts in the capital.",
        "shelled",
        ("Tripoli", "LBY"),
    ),
    (
        "Government forces in Tripoli launched a counteroffensive in parts of the capital.",
        "counteroffensive",
        ("Tripoli", "LBY"),
    ),
    # negatives: no country named; two countries named; a provincial capital; another country's demonym
    (
        "Morales accepted asylum in Mexico as Bolivian Army troops were deployed in the capital.",
        "deployed",
        None,
    ),
    ("Israeli jets struck a depot on the edge of the capital after a strike over Damascus.", "struck", None),
    ("Protesters stormed government buildings in the capital on Tuesday.", "stormed", None),
    ("Clashes in Kenya and Uganda spread as rioters burned shops in the capital.", "burned", None),
    ("Rebels captured the provincial capital on Monday after clashes near Kandahar.", "captured", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CAPITALS)
def test_the_capital_refers_back_to_the_one_country(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: tuple[str, str] | None,
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# An accusation coordinated with another verb shares its subject, not its place; other coordinated verbs do.
ACCUSATIONS = [
    (
        "The tanker is being held at Bandar Abbas port, and is accused by Iran of smuggling fuel.",
        "accused",
        None,
    ),
    ("The ship was detained in Gibraltar and was accused of breaching sanctions.", "accused", None),
    # negatives: the accusation's own phrase; an active accusation made where its subject speaks; a
    # coordinated attack verb; the first verb itself
    (
        "Lukashenko addressed supporters in Minsk, where he spoke, and accused NATO of massing troops.",
        "accused",
        ("Minsk", "BLR"),
    ),
    ("Iran accused the crew of smuggling fuel at a news conference in Tehran.", "accused", ("Tehran", "IRN")),
    (
        "The militants attacked a checkpoint in Kandahar and killed four policemen.",
        "killed",
        ("Kandahar", "AFG"),
    ),
    (
        "The tanker is being held at Bandar Abbas port, and is accused by Iran of smuggling fuel.",
        "held",
        ("Bandar Abbas", "IRN"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ACCUSATIONS)
def test_a_coordinated_accusation_has_no_place_of_the_other_verb(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: tuple[str, str] | None,
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected
