"""Places stage: finding and resolving names (session 10, the misses of seeds 43-46).

Each table holds sentences written for these tests (news-like, not taken from the samples), with negatives.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import pytest

from dotterel.errors import KnowledgeError
from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.knowledge.place_resolution import PACKAGED_PLACE_RESOLUTION, load_place_resolution_words
from dotterel.knowledge.small_towns import to_variant_key
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event

Expected = tuple[str, str | None] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


def check(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """Assert the place the stage gives the event at ``trigger``."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A name the gazetteer knows, listed with an unlisted one: the unlisted name may only borrow the known one's
# country, so the known one is the surer place; not where the sentence names the country of both.
LISTED_WITH_KNOWN = [
    ("Gunmen raided the villages of Dioura and Welingara, officials said.", "raided", ("Welingara", "GMB")),
    (
        "Soldiers were killed in an ambush near the villages of Dioura and Welingara, the army in Mali and "
        "Senegal said.",
        "killed",
        ("Welingara", "GMB"),
    ),
    (
        "Militants attacked the villages of Dioura and Welingara in central Mali.",
        "attacked",
        ("Welingara", "MLI"),
    ),
    (
        "Government forces shelled the villages of Kansafra and Kafr Nabl in Syria's Idlib province.",
        "shelled",
        ("Kansafra", "SYR"),
    ),
    ("Gunmen raided the villages of Sobane and Yoro in Mali on Sunday.", "raided", ("Yoro", "MLI")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), LISTED_WITH_KNOWN)
def test_a_known_listed_name_beats_an_unlisted_one_of_its_list(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    check(parse, stage, text, trigger, expected)


# A news outlet in brackets says where the report comes from: its city gives no country to an unlisted name.
BRACKETED_OUTLETS = [
    (
        "Eight soldiers are killed in an attack in Alatona by suspected militants. (Manila Times)",
        "killed",
        None,
    ),
    (
        "Malian officials say eight soldiers are killed in an attack in Alatona. (Bangkok Post)",
        "killed",
        ("Alatona", "MLI"),
    ),
    ("Eight soldiers are killed in an attack in Alatona, Mali. (Manila Times)", "killed", ("Alatona", "MLI")),
    ("Police arrest six people in Manila over the bombing. (Bangkok Post)", "arrest", ("Manila", "PHL")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), BRACKETED_OUTLETS)
def test_a_bracketed_outlet_gives_no_country(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    check(parse, stage, text, trigger, expected)


# A known name that only begins a longer run the text marks as one place ("the village of X Y", "Syria's X Y")
# is not that known place; the whole run is. Not a known name of its own before its descriptor.
MARKED_RUNS = [
    ("Gunmen kill 12 people in the village of Pobé Mengao in Burkina Faso.", "kill", ("Pobé Mengao", "BFA")),
    ("Five soldiers were killed in Syria's Tell Abyad countryside.", "killed", ("Tell Abyad", "SYR")),
    ("Turkish troops entered Syria's Idlib province on Sunday.", "entered", ("Idlib province", "SYR")),
    ("Two people were killed in Lebanon's Bekaa Valley.", "killed", ("Beqaa Valley", "LBN")),
    ("Protesters marched in the city of Kabul on Sunday.", "marched", ("Kabul", "AFG")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), MARKED_RUNS)
def test_a_known_name_is_not_cut_out_of_a_marked_run(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    check(parse, stage, text, trigger, expected)


# A small town the text spells otherwise than GeoNames (Tell/Tall, Ras al-Ain/Ra's al 'Ayn) is still found in
# the country the text names; a name no spelling finds stays an unlisted place there.
VARIANT_SPELLINGS = [
    ("Turkish troops shelled the town of Ras al-Ain in Syria.", "shelled", ("Ras al-Ain", "SYR", "city")),
    ("Militants attacked the town of Tal Afar in Iraq.", "attacked", ("Tal Afar", "IRQ", "city")),
    ("Gunmen attacked the town of Nowhereville in Syria.", "attacked", ("Nowhereville", "SYR", "locality")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), VARIANT_SPELLINGS)
def test_a_small_town_is_found_by_a_variant_spelling(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: tuple[str, str, str]
) -> None:
    place = stage(with_event(parse(text), trigger)).events[0].place
    assert place is not None and (place.name, place.country, place.kind) == expected


# "the town of X" where GeoNames knows X only as a division: the town, in the division's country; but not
# when the text puts the town in another country ("Sangha in central Mali" is no Central African prefecture).
TOWN_NOUN_DIVISIONS = [
    ("Azerbaijan says its troops have captured the town of Qubadlı.", "captured", ("AZE", "city")),
    ("Gunmen attacked the town of Sangha in central Mali.", "attacked", ("MLI", None)),
    ("Gunmen attacked the town of Sangha, Mali, on Sunday.", "attacked", ("MLI", None)),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), TOWN_NOUN_DIVISIONS)
def test_a_town_noun_makes_a_division_name_a_town_of_the_named_country(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: tuple[str, str | None],
) -> None:
    place = stage(with_event(parse(text), trigger)).events[0].place
    assert place is not None and place.country == expected[0]
    assert expected[1] is None or place.kind == expected[1]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Tell Abyad", "Tall Abyaḑ", True),
        ("Ras al-Ain", "Ra’s al ‘Ayn", True),
        ("Deir ez-Zor", "Dayr ez-Zor", True),
        ("Tell Abyad", "Tell Rifaat", False),
        ("Kafr Nabl", "Kafr Zita", False),
    ],
)
def test_variant_keys_fold_transliterations(one: str, other: str, same: bool) -> None:
    variants = load_place_resolution_words().transliteration_variants
    assert (to_variant_key(one, variants) == to_variant_key(other, variants)) is same


# "the border town of X" with no country of its own named: X may be across the border, in the one neighbour of
# the text's country that has a town so called; not where the text names its country or no border.
BORDER_TOWNS = [
    ("Turkish troops shelled the border town of Ras al-Ain.", "shelled", ("Ras al-Ain", "SYR")),
    ("Turkey is shelling the border town of Tell Abyad, officials said.", "shelling", ("Tell Abyad", "SYR")),
    ("Gunmen attacked the border town of Nowhereville in Turkey.", "attacked", ("Nowhereville", "TUR")),
    ("Turkish troops shelled the town of Nowhereville.", "shelled", ("Nowhereville", "TUR")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), BORDER_TOWNS)
def test_a_border_town_may_be_across_the_border(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    check(parse, stage, text, trigger, expected)


# "before being arrested in X": the doer's next act at the scene, where the act was; "control over X" is the
# control of X. Not another happening after "before", nor talks over a control.
SCENE_PHRASES = [
    ("A man stabbed three people before being arrested in Lyon, France.", "stabbed", ("Lyon", "FRA")),
    (
        "The army seizes the rebel pocket, asserting control over the town of Saraqib.",
        "seizes",
        ("Saraqib", "SYR"),
    ),
    ("The rebels gained control over Manbij and the surrounding area.", "gained", ("Manbij", "SYR")),
    ("The minister met Iraqi leaders before flying to Baghdad.", "met", None),
    ("The two leaders signed a deal before talks in Geneva.", "signed", None),
    ("Officials held talks in Geneva over the siege of Aleppo.", "held", ("Geneva", "CHE")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SCENE_PHRASES)
def test_a_scene_phrase_is_not_another_happening(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    check(parse, stage, text, trigger, expected)


# A border of two countries is on neither side: the two names give no place; a town named with it still does,
# and a border of one country named is not read here.
TWO_COUNTRY_BORDERS = [
    ("Militants kill 20 people in a village near the Mozambique–Tanzania border.", "kill", None),
    ("Clashes erupt along the Syria–Turkey border.", "Clashes", None),
    ("Troops clashed on the border between India and China on Monday.", "clashed", None),
    ("Troops clashed near the town of Kilis on the Syria-Turkey border.", "clashed", ("Kilis", "TUR")),
    ("A bomb exploded in Chaman near the Afghanistan-Pakistan border.", "exploded", ("Chaman", "PAK")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), TWO_COUNTRY_BORDERS)
def test_a_two_country_border_names_neither_side(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    check(parse, stage, text, trigger, expected)


# "in A district, B, C": B after a district is its container (a division), whatever case "district" has; the
# district is the place. Not a list of towns.
DISTRICT_CHAINS = [
    ("Police shot two people in Wandai district, Intan Jaya, Papua.", "shot", ("Wandai district", "IDN")),
    ("Gunmen killed four in Tarin district, Uruzgan, Afghanistan.", "killed", ("Tarin district", "AFG")),
    ("Gunmen attacked checkpoints in Kabul, Kandahar, Herat on Sunday.", "attacked", ("Kabul", "AFG")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), DISTRICT_CHAINS)
def test_a_name_after_a_district_is_its_container(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    check(parse, stage, text, trigger, expected)


# "the town of X" is a town even where GeoNames knows X only as a division; "the province of X" stays one.
TOWN_NOUNS = [
    (
        "Armenian forces capture the town of Qubadlı, the capital of Qubadli District.",
        "capture",
        ("Qubadlı", "AZE"),
    ),
    ("Troops shelled the province of Kandahar.", "shelled", ("Kandahar", "AFG")),
    ("Rebels shelled the city of Kandahar.", "shelled", ("Kandahar", "AFG")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), TOWN_NOUNS)
def test_the_town_of_a_division_name_is_a_town(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    place = stage(with_event(parse(text), trigger)).events[0].place
    assert place is not None and (place.name, place.country) == expected
    assert (place.kind == "city") is ("province" not in text)


@pytest.mark.parametrize(
    ("line", "bad"), [("  tell: tall", False), ("  Tell: tall", True), ("  tell: tall abyad", True)]
)
def test_transliteration_variants_are_validated(tmp_path: Path, line: str, bad: bool) -> None:
    packaged = Path(str(files("dotterel.knowledge") / PACKAGED_PLACE_RESOLUTION)).read_text(encoding="utf-8")
    path = tmp_path / "place_resolution.yaml"
    path.write_text(packaged.replace("  tell: tall", line), encoding="utf-8")
    if bad:
        with pytest.raises(KnowledgeError):
            load_place_resolution_words(path)
    else:
        assert load_place_resolution_words(path).transliteration_variants["tell"] == "tall"
