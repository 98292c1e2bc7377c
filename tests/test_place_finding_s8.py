"""Places: finding and resolving place names (session 8, issue #4).

A name's country read from the first word of the longer name next to it ("the West Bank town of …", "the
Gulf of Guinea"); the name before a place noun whose "of" object holds it ("the Loralai area of Pakistan");
a word of an institution named for its "of" place ("the Federal University of Santa Catarina"); a division
named by its direction ("Northwest Region, Cameroon"); a countryless region before an administrative noun
("the Kurdistan Province"); a hyphen inside a long unknown name ("the Al-Watiya Air Base"); a name the parser
left without its preposition. Sentences written for these tests (news-like), with negatives in each table.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.knowledge.place_resolution import load_place_resolution_words
from dotterel.model import Article
from dotterel.stages.place_name_parts import follows_objectless_preposition
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import with_event

Located = tuple[str, str | None, str]


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


def located_places(stage: PlacesStage, article: Article) -> list[Located]:
    """Return (text, country, kind) of every place the stage finds used as a location, in text order."""
    places = stage(article).places
    return [(article.text[p.span.start : p.span.end], p.place.country, p.place.kind) for p in places]


# A name's country comes from the longer name next to it read from its first word: "the West Bank town of X"
# is Palestinian (not India's town "Bank"), "the port of X in the Gulf of Guinea" is not in Papua New Guinea
# (its Gulf Province); a sea names no country. (text, trigger, a located place expected, a place not expected)
LONGER_NAMES = [
    (
        "Israeli troops shot a Palestinian teenager in the West Bank village of Kafr Qaddum on Friday.",
        "shot",
        ("Kafr Qaddum", "PSE", "city"),  # places16b: the GeoNames town, by its unaccented spelling
        ("Kafr Qaddum", "IND", "locality"),
    ),
    (
        "Settlers attacked farmers near the West Bank town of Turmus Ayya, the army said.",
        "attacked",
        ("Turmus Ayya", "PSE", "locality"),
        ("Turmus Ayya", "IND", "locality"),
    ),
    (
        "Pirates kidnapped six sailors at the port of Cotonou in the Gulf of Guinea on Monday.",
        "kidnapped",
        ("Cotonou", "BEN", "city"),
        ("Cotonou", "PNG", "locality"),
    ),
    # negatives: a demonym before the place noun; a sea alone; a country after the comma
    (
        "Gunmen killed four farmers in the Nigerian town of Damboa.",
        "killed",
        ("Damboa", "NGA", "city"),
        None,
    ),
    (
        "Pirates boarded a tanker in the Gulf of Guinea.",
        "boarded",
        ("Gulf of Guinea", None, "region"),
        None,
    ),
    (
        "A bomb exploded in Lomé, Togo, on Sunday.",
        "exploded",
        ("Lomé", "TGO", "city"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected", "unexpected"), LONGER_NAMES)
def test_a_name_is_read_from_its_first_word(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: Located,
    unexpected: Located | None,
) -> None:
    found = located_places(stage, with_event(parse(text), trigger))
    assert expected in found
    assert unexpected not in found


# "the <Name> <place noun> of <country or division>": the name is the place (the "of" object holds it) and
# the noun's use decides whether it is a location; "the Berber city of Zuwarah" is described, not named, by
# its modifier. (text, trigger, the located names expected, in text order)
CONTAINERS = [
    (
        "Militants attacked a checkpoint in the Loralai area of Pakistan, killing four soldiers.",
        "attacked",
        ["Loralai", "Pakistan"],
    ),
    (
        "Police clashed with Yazidi protesters in the Sinjar area of Iraq on Sunday.",
        "clashed",
        ["Sinjar", "Iraq"],
    ),
    (
        "Floods swept through the Swat valley of Khyber Pakhtunkhwa, killing 20 people.",
        "swept",
        ["Swat", "Khyber Pakhtunkhwa"],
    ),
    # negatives: the "of" object is the place itself; the area is the subject, no location (its "of" country
    # stays the place noun's)
    (
        "Gunmen killed three soldiers in the Berber city of Zuwarah.",
        "killed",
        ["Zuwarah"],
    ),
    (
        "The Loralai area of Pakistan has suffered years of drought.",
        "suffered",
        ["Pakistan"],
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CONTAINERS)
def test_the_name_before_a_place_noun_of_its_container_is_the_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: list[str]
) -> None:
    found = located_places(stage, with_event(parse(text), trigger))
    assert [name for name, _, _ in found] == expected


# A capitalised word before an institution noun with a known place after its "of" is a word of the
# institution's name ("the Federal University of Santa Catarina" is no Argentine town Federal); without a
# place after "of" the word before stays the place ("the Kabul University of Medical Sciences").
# (text, trigger, a name expected among the located places or None, a name not expected)
INSTITUTIONS = [
    (
        "Police raided the Federal University of Santa Catarina on Tuesday.",
        "raided",
        None,
        "Federal",
    ),
    (
        "Students rallied outside the Federal University of Rio de Janeiro after the cuts.",
        "rallied",
        None,
        "Federal",
    ),
    # negatives: no place after "of"; the institution's place before the noun
    (
        "Police raided the Kabul University of Medical Sciences on Tuesday.",
        "raided",
        "Kabul",
        None,
    ),
    (
        "A gunman opened fire at Kabul University, killing 19 students.",
        "opened",
        "Kabul",
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected", "unexpected"), INSTITUTIONS)
def test_a_word_of_an_institution_named_for_its_of_place_is_no_place(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: str | None,
    unexpected: str | None,
) -> None:
    names = [name for name, _, _ in located_places(stage, with_event(parse(text), trigger))]
    assert expected is None or expected in names
    assert unexpected is None or unexpected not in names


# A division named by capitalised direction words before an administrative noun is an unlisted region of
# the country named next to it ("Northwest Region, Cameroon"); a lower-case direction describes the known
# name after it; with no country named, nothing.
DIRECTION_DIVISIONS = [
    (
        "Separatist fighters killed 22 people in a village in Northwest Region, Cameroon.",
        "killed",
        ("Northwest Region", "CMR", "region"),
    ),
    (
        "Gunmen attacked a school in the North-West Region of Cameroon on Saturday.",
        "attacked",
        ("North-West Region", "CMR", "region"),
    ),
    (
        "Police arrested 12 men in the Eastern Province of Saudi Arabia.",
        "arrested",
        ("Eastern Province", "SAU", "region"),
    ),
    # negatives: a lower-case direction before a known state; no country named; a court's district of a state
    (
        "Troops clashed with insurgents in northern Borno State.",
        "clashed",
        ("Borno State", "NGA", "region"),
    ),
    (
        "Police arrested four men in the North Region.",
        "arrested",
        None,
    ),
    (
        "An American spy was sentenced by a federal judge in the Eastern District of Virginia.",
        "sentenced",
        ("Virginia", "USA", "region"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), DIRECTION_DIVISIONS)
def test_a_division_named_by_its_direction(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Located | None
) -> None:
    found = [p for p in located_places(stage, with_event(parse(text), trigger)) if p[2] != "country"]
    assert found == ([] if expected is None else [expected])


# Other names now found: a countryless region before an administrative noun is a province of the country the
# sentence names; a long unknown name with a hyphenated particle keeps its last word; a world region names no
# country; "the town Rann" is a town as "the town of Rann" is; a facility or place noun's "in" places an
# unknown name whatever the tagger calls it; a name that is a place by its own words before a facility noun
# ("the Camp Taji base") is located where the facility is. (text, trigger, a located place expected, a place
# not expected)
OTHER_NAMES = [
    (
        "Gunmen killed three guards in the Kurdistan Province, Iranian media said.",
        "killed",
        ("Kurdistan Province", "IRN", "region"),
        ("Kurdistan Province", None, "region"),
    ),
    (
        "Drones bombed the Al-Watiya Air Base in western Libya on Sunday.",
        "bombed",
        ("Al-Watiya Air Base", "LBY", "locality"),
        ("Al-Watiya Air", "LBY", "locality"),
    ),
    (
        "Brazil reported more cases than any other country in the Americas on Monday.",
        "reported",
        ("Americas", None, "region"),
        ("Americas", "BRA", "locality"),
    ),
    (
        "Boko Haram fighters killed 60 people in an arson attack in the town Rann, Nigerian officials said.",
        "killed",
        ("Rann", "NGA", "city"),
        None,
    ),
    (
        "A suicide bomber killed six soldiers at an army base in Kafr Nabudah, Syrian state media said.",
        "killed",
        ("Kafr Nabudah", "SYR", "locality"),
        None,
    ),
    (
        "A car bomb exploded outside a mosque in Sheikh Othman, a Yemeni official said.",
        "exploded",
        ("Sheikh Othman", "YEM", "city"),  # places16b: GeoNames' "Ash Shaykh 'Uthman"
        None,
    ),
    (
        "Rockets hit the Camp Taji base in Baghdad Governorate, Iraq, wounding three soldiers.",
        "hit",
        ("Camp Taji", "IRQ", "locality"),
        None,
    ),
    # negatives: a division known to the gazetteer before its noun; a short name with a particle; a world
    # region before "region"; the tail of a longer name after a facility's "in" is no name of its own
    (
        "A guard was killed at a paramilitary base in Nik Shahr, Iranian media said.",
        "killed",
        None,
        ("Shahr", "IRN", "locality"),
    ),
    (
        "Police detained a consulate in Hong Kong employee Simon Cheng for 15 days.",
        "detained",
        None,
        ("Simon Cheng", "HKG", "locality"),
    ),
    (
        "The Pentagon sent 1,500 more troops to the Middle East region on Friday.",
        "sent",
        ("Middle East region", None, "region"),
        None,
    ),
    (
        "Gunmen killed three guards in the Idlib Governorate, Syrian media said.",
        "killed",
        ("Idlib Governorate", "SYR", "region"),
        None,
    ),
    (
        "Airstrikes hit the town of al-Bab in northern Syria.",
        "hit",
        ("al-Bab", "SYR", "city"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected", "unexpected"), OTHER_NAMES)
def test_other_names_found_and_resolved(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: Located | None,
    unexpected: Located | None,
) -> None:
    found = located_places(stage, with_event(parse(text), trigger))
    assert expected is None or expected in found
    assert unexpected not in found


# A name right after a locative preposition the parser left without an object is where that preposition
# places things. (text, the name's first word, expected)
OBJECTLESS = [
    (
        "A convoy carrying Yemeni Interior Minister Ahmed Al-Maisari in Ma'rib Governorate strikes a mine.",
        "Ma'rib",
        True,
    ),
    # negatives: a preposition with its object; a name after no preposition
    ("A convoy carrying the minister in Aden struck a landmine.", "Aden", False),
    ("Yemeni troops in Marib Governorate repelled an attack.", "Marib", False),
    ("Aden was quiet on Sunday.", "Aden", False),
]


@pytest.mark.parametrize(("text", "word", "expected"), OBJECTLESS)
def test_a_name_after_an_objectless_preposition(
    parse: Callable[..., Article], gazetteer: Gazetteer, text: str, word: str, expected: bool
) -> None:
    doc = parse(text).doc
    start = next(t.i for t in doc if t.text == word)
    assert follows_objectless_preposition(doc, start, gazetteer.words.locative_preps) is expected


def test_institution_nouns_are_loaded() -> None:
    words = load_place_resolution_words()
    assert {"university", "bank", "institute"} <= words.institution_nouns
    assert "city" not in words.institution_nouns
