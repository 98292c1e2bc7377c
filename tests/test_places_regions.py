"""Places stage: regions named by a direction noun, borders, motion past a place, and a place phrase after a
comma that describes a name.

Each table holds sentences written for these tests (news-like, not taken from the samples), with negatives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event

Expected = tuple[str, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# A possessive country or division before a direction noun names a region of it, whatever modifiers stand
# between; not a direction noun that modifies another noun ("Syria's northeast Kurds"), nor a city's.
POSSESSIVE_DIRECTIONS = [
    ("Gunmen kill four worshippers at a mosque in Niger's restive west.", "kill", ("western Niger", "NER")),
    (
        "Separatist fighters ambush a patrol in Cameroon's English-speaking northwest.",
        "ambush",
        ("northwestern Cameroon", "CMR"),
    ),
    (
        "Bombs explode at two markets in Thailand's deep south, wounding eight people.",
        "wounding",
        ("southern Thailand", "THA"),
    ),
    ("A drone strike kills six militants in Yemen's south-east.", "kills", ("south-eastern Yemen", "YEM")),
    (
        "Islamist fighters kill 14 soldiers in Burkina Faso's conflict-hit north.",
        "kill",
        ("northern Burkina Faso", "BFA"),
    ),
    ("Police fire tear gas at protesters in Kabul's west.", "fire", ("Kabul", "AFG")),
    ("Syria's northeast Kurds protest against the offensive.", "protest", None),
    (
        "Troops kill 12 militants in Syria's northwestern province of Idlib.",
        "kill",
        ("Idlib", "SYR"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), POSSESSIVE_DIRECTIONS)
def test_a_possessive_place_before_a_direction_noun_is_a_region(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# "the <direction> of <place>" names a region of a country or division; without "the" ("30 km west of
# Mosul") it is a position near the place.
OF_DIRECTIONS = [
    ("Gunmen kill five herders in the north of Borno State.", "kill", ("northern Borno State", "NGA")),
    ("Gunmen kill five people in the far north of Cameroon.", "kill", ("northern Cameroon", "CMR")),
    ("Rebels shell three villages in the east of Ukraine.", "shell", ("eastern Ukraine", "UKR")),
    ("Militants attack a checkpoint 30 km west of Mosul.", "attack", ("Mosul", "IRQ")),
    ("Troops clash with militants 20 km north of Baghdad.", "clash", ("Baghdad", "IRQ")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), OF_DIRECTIONS)
def test_the_direction_of_a_place_is_a_region(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# "The country" in a direction phrase is the country named before it as a location, else the one country
# the article is about; with none named it gives nothing.
COUNTRY_REGIONS = [
    (
        "Heavy fighting continues in Ethiopia. Rebels shell two towns in the country's north.",
        "shell",
        ("northern Ethiopia", "ETH"),
    ),
    (
        "Floods hit Mali. Gunmen kill five herders in the centre of the country.",
        "kill",
        ("central Mali", "MLI"),
    ),
    (
        "Mozambique's army says insurgents attacked three villages in the country's north.",
        "attacked",
        ("northern Mozambique", "MOZ"),
    ),
    ("Gunmen kill seven villagers in the south of the country.", "kill", None),
    (
        "Nigeria's north produces most of the country's cotton, and gunmen kill 12 farmers in Zamfara.",
        "kill",
        ("Zamfara", "NGA"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COUNTRY_REGIONS)
def test_a_region_of_the_country_refers_back(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A border phrase that describes a name puts it in a country bordering the one that names the border: a
# known town of a country far from that border is an unlisted place of the neighbour the sentence names.
# A town of a neighbour stays itself; with no neighbour named the gazetteer decides as before.
BORDER_SIDES = [
    (
        "Libyan government forces seize the towns of Badr and Tiji near the Tunisian border.",
        "seize",
        ("Badr", "LBY"),
    ),
    ("Egyptian police arrest five men in Badr near the Libyan border.", "arrest", ("Badr", "EGY")),
    ("Libyan government forces seize the town of Badr.", "seize", ("Badr", "EGY")),
    ("Turkish shells hit Kilis, on the Syrian border.", "hit", ("Kilis", "TUR")),
    (
        "Militants attack an army post in Tillaberi, near the border with Mali, killing nine soldiers.",
        "attack",
        ("Tillaberi", "NER"),
    ),
    ("Two soldiers are killed in clashes on the border with Gaza.", "killed", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), BORDER_SIDES)
def test_a_place_near_a_border_is_in_a_neighbour(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A place as the object of a verb of motion past or through it is a location; "passes a law" is no motion.
MOTION_OBJECTS = [
    ("Two tankers are attacked while passing Fujairah.", "attacked", ("Fujairah", "ARE")),
    ("Protesters block a convoy crossing Idlib.", "block", ("Idlib", "SYR")),
    ("Parliament passes a law on Kabul.", "passes", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), MOTION_OBJECTS)
def test_the_object_of_a_motion_verb_is_a_location(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A place phrase after a comma that places a name in a coarser place of the same country ("Fujairah, off the
# coast of the United Arab Emirates") gives the name where the phrase is the event's place.
ELABORATIONS = [
    (
        "The navy warns ships passing Fujairah, off the coast of the United Arab Emirates, of sabotage.",
        "sabotage",
        ("Fujairah", "ARE"),
    ),
    ("Police arrest a man in Lyon, in eastern France.", "arrest", ("Lyon", "FRA")),
    (
        "Pirates kidnap nine sailors from a tanker off the coast of Benin.",
        "kidnap",
        ("coast of Benin", "BEN"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ELABORATIONS)
def test_a_place_phrase_after_a_comma_describes_the_name(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A gerund with no subject after a preposition of time on a verb was done where the verb's action was, unless
# its own clause names a place; a finite clause with its own subject is not such an adjunct.
GERUND_ADJUNCTS = [
    (
        "A man is shot dead by police in Marseille after threatening passers-by with a knife.",
        "threatening",
        ("Marseille", "FRA"),
    ),
    ("A journalist is arrested in Minsk while filming a protest.", "filming", ("Minsk", "BLR")),
    ("A man is arrested in Madrid after killing three people in Lyon.", "killing", ("Lyon", "FRA")),
    ("Police detain a man in Paris after he stabbed two people.", "stabbed", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), GERUND_ADJUNCTS)
def test_a_gerund_after_a_preposition_of_time_shares_the_verbs_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# "Kenya's capital" and "the Kenyan capital" are the capital city; not when a name follows ("the Afghan
# capital Kabul" is Kabul itself) nor a subject that is no location.
CAPITALS = [
    (
        "A grenade explodes outside a cinema in a busy part of Kenya's capital, killing one.",
        "explodes",
        ("Nairobi", "KEN"),
    ),
    ("Protesters clash with police in the Lebanese capital on Sunday.", "clash", ("Beirut", "LBN")),
    ("Protesters clash with police in the Afghan capital Herat on Sunday.", "clash", ("Herat", "AFG")),
    ("Nigeria's capital is calm, the minister says.", "says", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CAPITALS)
def test_a_countrys_capital_is_its_capital_city(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A possessor contains what it possesses: "eastern Afghanistan's Khost Province" is Khost Province, not the
# possessor region; a division of a country the text is about outranks a city of a country it is not about
# ("Ontario" after "Canadian"), a country named next to the name still decides ("Ontario, California").
POSSESSORS_AND_DIVISIONS = [
    (
        "Gunmen kidnap two aid workers in eastern Afghanistan's Khost Province.",
        "kidnap",
        ("Khost Province", "AFG"),
    ),
    ("Canadian police arrest a man in Ontario.", "arrest", ("Ontario", "CAN")),
    ("Police arrest a man in Ontario, California.", "arrest", ("Ontario", "USA")),
    ("A bomb kills three people in Kandahar.", "kills", ("Kandahar", "AFG")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), POSSESSORS_AND_DIVISIONS)
def test_possessors_and_divisions_of_the_countries_in_the_text(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# The "after" clause of two coordinated passive casualty verbs places both, wherever the parser hangs it; not
# a verb of another kind coordinated with it, nor an active casualty verb.
COORDINATED_CASUALTIES = [
    (
        "Five soldiers were killed and two police officers wounded after rebels ambushed their patrol in "
        "Kunduz Province.",
        "killed",
        ("Kunduz Province", "AFG"),
    ),
    (
        "Five soldiers were killed and two police officers wounded after rebels ambushed their patrol in "
        "Kunduz Province.",
        "wounded",
        ("Kunduz Province", "AFG"),
    ),
    (
        "Four soldiers were killed and the minister resigned after militants attacked a convoy near Gao.",
        "killed",
        None,
    ),
    ("Police killed two men and arrested five after a protest near Qamishli.", "killed", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COORDINATED_CASUALTIES)
def test_coordinated_casualty_verbs_share_their_after_clause(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# "<country>-administered <region>" is that country's part of a region of several countries; "over <place>"
# after an air strike, a flight or a shooting down is there, after talks or a row it is a topic.
CONTROLLED_AND_OVERHEAD = [
    (
        "Three civilians are killed by shelling in Indian-administered Kashmir.",
        "killed",
        ("Indian-administered Kashmir", "IND"),
    ),
    ("Three civilians are killed by shelling in Kashmir.", "killed", ("Kashmir", None)),
    ("Air defences respond to a strike over Damascus.", "strike", ("Damascus", "SYR")),
    ("A Turkish drone is shot down over Idlib.", "shot", ("Idlib", "SYR")),
    ("India and Pakistan hold talks over Kashmir.", "talks", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CONTROLLED_AND_OVERHEAD)
def test_controlled_regions_and_places_overhead(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# The "of" object of an administrative noun is the division, not the city of its name ("the Nigerian state of
# Sokoto"); the "of" object of "city" stays the city.
DIVISIONS_OF = [
    ("Gunmen kill 60 people in villages in the Nigerian state of Sokoto.", "kill", ("Sokoto", "region")),
    ("Floods hit farms in the province of Kunduz.", "hit", ("Kunduz", "region")),
    ("Gunmen kill 60 people in the city of Sokoto.", "kill", ("Sokoto", "city")),
    ("Two men are killed in clashes in the province of West Papua.", "killed", ("West Papua", "region")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), DIVISIONS_OF)
def test_the_of_object_of_an_administrative_noun_is_the_division(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    event = stage(with_event(parse(text), trigger)).events[0]
    assert event.place is not None and (event.place.name, event.place.kind) == expected


# "over <place>" counts only for the phrase of the event itself: not for an investigation of a drone that was
# "hovering over" a city.
OVERHEAD_OWN_PHRASE = [
    (
        "The ministry says it is investigating the sighting of a drone hovering over Riyadh.",
        "investigating",
        None,
    ),
    (
        "A military helicopter is shot down by a missile over the Idlib countryside, killing both pilots.",
        "shot",
        ("Idlib", "SYR"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), OVERHEAD_OWN_PHRASE)
def test_over_a_place_only_in_the_events_own_phrase(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected
