"""Places, places15: which country words of a sentence tell the country of a village the gazetteer does not
list. A country joined by a hyphen to a participle of backing names the sponsor of a force fighting elsewhere
("Turkish-backed rebels", "the Saudi Arabian-led coalition"), not where the village is; a word of holding
("Kurdish-held") is no sponsor's; a country word on a weapon or vehicle names its maker or owner ("a Russian
missile system"). A determiner starts no place name: "the villages of …" is not The Villages,
Florida. Sentences written for these tests (news-like), with negatives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.place_sponsors import is_sponsor_word
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import located_names


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, the unlisted village, its expected country or None when the text names none). Positives: a sponsor's
# or a weapon's country left out, leaving the country the sentence names or none; negatives: a country named
# for the place itself, by a demonym of holding or of the victims.
VILLAGES = [
    ("Turkish-backed rebels capture the village of Umm Ushba after heavy fighting.", "Umm Ushba", None),
    ("Iran-backed militias shell the village of Kafr Batikh, killing two children.", "Kafr Batikh", None),
    (
        "The United States-backed Syrian Democratic Forces capture the village of Baghuz Fawqani.",
        "Baghuz Fawqani",
        "SYR",
    ),
    (
        "Russian-backed separatists shell the village of Novoluhanske, wounding two Ukrainian soldiers.",
        "Novoluhanske",
        "UKR",
    ),
    (
        "Government forces capture the village of Umm Ushba and seize a Russian Pantsir missile system.",
        "Umm Ushba",
        None,
    ),
    ("Rebels shoot down an Iranian drone near the village of Kafr Batikh.", "Kafr Batikh", None),
    # negatives: the country word says where the village is
    ("Syrian troops shell the village of Kafr Batikh, killing two children.", "Kafr Batikh", "SYR"),
    ("Kurdish-held positions in the Syrian village of Umm Ushba come under fire.", "Umm Ushba", "SYR"),
    (
        "Turkish soldiers are killed in the village of Umm Ushba in Turkey's Hatay Province.",
        "Umm Ushba",
        "TUR",
    ),
]


@pytest.mark.parametrize(("text", "village", "country"), VILLAGES)
def test_a_sponsors_country_is_not_the_villages(
    parse: Callable[..., Article], stage: PlacesStage, text: str, village: str, country: str | None
) -> None:
    found = dict(located_names(stage, parse(text)))
    assert found.get(village) == country


# (text, the unlisted village, its expected country). "the villages of …" / "the towns of …" never read as a
# place of that name ("The Villages" is a Florida city); a country named in the sentence still gives its own.
LISTING_NOUNS = [
    ("Government forces shell the villages of Kafr Batikh and Umm Ushba.", "Kafr Batikh", None),
    ("Militants raid the villages of Dar al-Ta'iz and Kafr Batikh.", "Kafr Batikh", None),
    ("Government forces shell the villages of Kafr Batikh and Umm Ushba in Syria.", "Kafr Batikh", "SYR"),
    ("Gunmen raid the villages of Dogo Nahawa and Zot in Nigeria's Plateau State.", "Dogo Nahawa", "NGA"),
]


@pytest.mark.parametrize(("text", "village", "country"), LISTING_NOUNS)
def test_a_determiner_starts_no_place_name(
    parse: Callable[..., Article], stage: PlacesStage, text: str, village: str, country: str | None
) -> None:
    found = dict(located_names(stage, parse(text)))
    assert found.get(village) == country


# (text, word, is a sponsor's word). Negatives: a word of holding, a word with no hyphen, a hyphenated
# adjective of no backing.
SPONSOR_WORDS = [
    ("Turkish-backed rebels advance.", "Turkish", True),
    ("The Saudi Arabian-led coalition strikes.", "Saudi", True),
    ("The US-funded radio station closes.", "US", True),
    ("Kurdish-held towns are shelled.", "Kurdish", False),
    ("Turkish troops are backed by artillery.", "Turkish", False),
    ("A Turkish-made drone crashes.", "Turkish", False),
]


@pytest.mark.parametrize(("text", "word", "expected"), SPONSOR_WORDS)
def test_a_sponsors_word(
    parse: Callable[..., Article], gazetteer: Gazetteer, text: str, word: str, expected: bool
) -> None:
    article = parse(text)
    (token,) = [t for t in article.doc if t.text == word]
    assert is_sponsor_word(token, gazetteer.words) is expected
