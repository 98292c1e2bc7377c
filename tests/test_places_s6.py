"""Places stage, session 6: the issuer of a government measure named in its sentence as a government body, a
mayor's city or a country the tagger calls a common noun; an event in the relative clause of a measure or
agreeing to carry one out; a place referred back to ("the town", "his town", "the area"); the target of an
attack noun's "against" and the attack told by a participle; what an accusation is about, the origin of goods
and of a facility's travels kept out.

Each table holds sentences written for these tests (news-like, not taken from the samples), with negatives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.place_anaphora import find_clause_ids
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_events

Expected = tuple[str, str | None] | None
Case = tuple[str, list[str], Expected]


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# The issuer of a measure named in its sentence: a country's own name the tagger calls a common noun, a
# government body named for its place (the tagger calls the whole an organisation), a mayor's city before a
# verb the tagger calls a noun; an event in a measure's relative clause ("an advisory that asks") and an
# agreement or decision to carry out a measure are the measure's. Negatives: an agency's name, a person
# subject, a common noun subject, a non-measure relative clause, an agreement to talk.
ISSUERS: list[Case] = [
    ("Iceland announces new restrictions on public gatherings.", ["restrictions"], ("Iceland", "ISL")),
    ("Norway extends its restrictions on gatherings.", ["extends"], ("Norway", "NOR")),
    (
        "The Northern Ireland Executive agrees to implement a two-week lockdown.",
        ["agrees"],
        ("Northern Ireland", "GBR"),
    ),
    ("The Scotland Government decides to impose a curfew on pubs.", ["decides"], ("Scotland", "GBR")),
    (
        "Boston Mayor Marty Walsh issues a new advisory that asks residents to stay home.",
        ["asks"],
        ("Boston", "USA"),
    ),
    (
        "Chicago Mayor Lori Lightfoot issues a curfew order that requires businesses to close.",
        ["requires"],
        ("Chicago", "USA"),
    ),
    # negatives
    ("The Hungarian cabinet agrees to extend the state of emergency.", ["agrees"], None),
    (
        "The Governments of Catalonia and Asturias urge Madrid to declare a state of emergency.",
        ["urge"],
        None,
    ),
    (
        "The U.S. Federal Aviation Administration agrees to lift the ban on the jet.",
        ["agrees"],
        None,
    ),
    ("Prime Minister Boris Johnson agrees to implement a lockdown.", ["agrees"], None),
    ("Iceland agrees to hold talks with the rebels.", ["agrees"], None),
    ("Boston Mayor Marty Walsh issues a new report that asks residents to vote.", ["asks"], None),
    ("The government announces new restrictions on gatherings.", ["restrictions"], None),
    ("The Northern Ireland Executive agrees to meet the unions.", ["agrees"], None),
    ("Iceland announces new restrictions in Reykjavik.", ["restrictions"], ("Reykjavik", "ISL")),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), ISSUERS)
def test_place_of_measure_issuers(
    parse: Callable[..., Article], stage: PlacesStage, text: str, triggers: list[str], expected: Expected
) -> None:
    """The first trigger's event takes the expected place (None: no place)."""
    article = with_events(parse(text, date="2020-10-10"), triggers)
    assert place_of(stage, article) == expected


# A bare definite place noun after a locative or destination preposition refers back to the one place of its
# kind named before it, in its sentence, else in the sentence before. Negatives: two towns before it, a town
# noun for a country, a named or indefinite noun, a noun with an "of" name of its own.
REFERRED: list[Case] = [
    (
        "Government troops recaptured Saraqib on Monday. The rebels withdrew from the town after shelling.",
        ["withdrew"],
        ("Saraqib", "SYR"),
    ),
    ("The mayor of Kunduz says the militants retreated to his town.", ["retreated"], ("Kunduz", "AFG")),
    (
        "Floods hit Evia, Greece. Hundreds of people have been evacuated from the area.",
        ["evacuated"],
        ("Evia", "GRC"),
    ),
    (
        "Police officers in Phoenix shoot a man, sparking protests in the city.",
        ["protests"],
        ("Phoenix", "USA"),
    ),
    (
        "Militants storm a checkpoint in Helmand Province. Reinforcements were sent to the province.",
        ["sent"],
        ("Helmand", "AFG"),
    ),
    # negatives
    ("Fighting raged in Aleppo and in Idlib. The rebels withdrew from the city.", ["withdrew"], None),
    ("Turkey reopens its border. Ten people were arrested in the town.", ["arrested"], None),
    ("Troops entered Mosul. Two soldiers were killed in a town.", ["killed"], None),
    ("Fighting spread across Darfur. The agency suspends its aid to the region.", ["suspends"], None),
    ("Troops entered Mosul. Two soldiers were killed in the town of Sinjar.", ["killed"], ("Sinjar", "IRQ")),
    ("Troops entered Mosul. Two soldiers were killed in the border town.", ["killed"], None),
]

# The place an attack noun's "against" names ("airstrikes against the capital Sanaa"), and the attack or the
# casualties told by a participle after the event's verb ("begins an offensive, carrying out airstrikes
# against …"); an accusation takes no place from what it is about, a measure none from its goods' origin, a
# statement about a facility none from its travels. Negatives: a group or a verb's "against", another act as
# the participle, a place of the accusation's own, a "from" of a place.
OTHER_PHRASES: list[Case] = [
    (
        "The coalition begins a new offensive, carrying out airstrikes against the capital Sanaa.",
        ["offensive"],
        ("Sanaa", "YEM"),
    ),
    ("The rebels step up drone attacks against Saudi Arabia.", ["attacks"], ("Saudi Arabia", "SAU")),
    ("A car bomb goes off in Kabul, killing five people in Afghanistan.", ["bomb"], ("Kabul", "AFG")),
    ("A roadside bomb hits a convoy, killing four soldiers in Kirkuk.", ["bomb"], ("Kirkuk", "IRQ")),
    ("The army accuses the rebels of attacking a village in Ituri.", ["accuses"], None),
    ("Britain accuses Iran of seizing a tanker near Qeshm Island.", ["accuses"], None),
    ("Turkey blames the militia for the bombing in Afrin.", ["blames"], None),
    ("The United States imposes a tariff on all products from Mexico.", ["tariff"], None),
    ("China bans imports of beef from Brazil.", ["bans"], ("China", "CHN")),
    (
        "Iran seizes a tanker traveling from Dubai. The owner denies operating the tanker.",
        ["denies"],
        None,
    ),
    # negatives
    (
        "The US carried out an airstrike against ISIL in southwest Libya.",
        ["airstrike"],
        ("southwest Libya", "LBY"),
    ),
    ("A British man wants to fight against the Islamic State.", ["fight"], None),
    (
        "The minister announces his resignation, citing the government's actions against protests in Minsk.",
        ["resignation"],
        None,
    ),
    ("Speaking in Ankara, the president accuses Greece of provocations.", ["accuses"], ("Ankara", "TUR")),
    ("Troops seized a shipment of weapons in Aden.", ["seized"], ("Aden", "YEM")),
    ("Rebels fired rockets from Gaza.", ["fired"], ("Gaza", "PSE")),
    (
        "Iran seizes a tanker in Bandar Abbas. Protesters attack the tanker.",
        ["attack"],
        ("Bandar Abbas", "IRN"),
    ),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), REFERRED + OTHER_PHRASES)
def test_place_of_referred_places_and_other_phrases(
    parse: Callable[..., Article], stage: PlacesStage, text: str, triggers: list[str], expected: Expected
) -> None:
    """The first trigger's event takes the expected place (None: no place)."""
    article = with_events(parse(text, date="2020-10-10"), triggers)
    assert place_of(stage, article) == expected


# An event noun that follows from the event before it ("the ensuing fighting") was where that event was, when
# its own phrases name no place. Negatives: no sequel modifier, a place of its own, no event before it.
SEQUELS: list[tuple[str, list[str], Expected]] = [
    (
        "Rebels stormed army positions in Idlib, and the ensuing fighting left 50 dead.",
        ["stormed", "fighting"],
        ("Idlib", "SYR"),
    ),
    (
        "Gunmen attacked a police station in Kano. The subsequent shootout left five dead.",
        ["attacked", "shootout"],
        ("Kano", "NGA"),
    ),
    # negatives
    ("Gunmen attacked a police station in Kano. A shootout left five dead.", ["attacked", "shootout"], None),
    (
        "Gunmen attacked a police station in Kano. The ensuing shootout in Zaria left five dead.",
        ["attacked", "shootout"],
        ("Zaria", "NGA"),
    ),
    ("Talks began on Monday. The ensuing fighting left five dead.", ["began", "fighting"], None),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), SEQUELS)
def test_place_of_sequel_events(
    parse: Callable[..., Article], stage: PlacesStage, text: str, triggers: list[str], expected: Expected
) -> None:
    """The second trigger's event takes the expected place (None: no place)."""
    article = with_events(parse(text, date="2020-10-10"), triggers)
    assert place_of(stage, article, 1) == expected


# The words a place referred back to may be read from: those that hang on the trigger with no other verb
# between ("withdrew from the area"); not the phrase of another clause of the sentence ("the presence in the
# region", under "says").
CLAUSE_WORDS: list[tuple[str, str, str, bool]] = [
    ("The rebels withdrew from the area after the talks.", "withdrew", "area", True),
    ("Police arrested ten protesters in the city on Monday.", "arrested", "city", True),
    (
        "Citing the troop presence in the region, the president says the war will not start.",
        "start",
        "region",
        False,
    ),
    ("The army, which sent tanks to the area, says it will not attack.", "attack", "area", False),
]


@pytest.mark.parametrize(("text", "anchor", "word", "expected"), CLAUSE_WORDS)
def test_find_clause_ids(
    parse: Callable[..., Article], text: str, anchor: str, word: str, expected: bool
) -> None:
    """A word is in the anchor's own clause exactly when no other verb stands between them."""
    doc = parse(text).doc
    anchor_i = next(t.i for t in doc if t.text == anchor)
    word_i = next(t.i for t in doc if t.text == word)
    assert (word_i in find_clause_ids(doc[anchor_i], {anchor_i})) is expected
