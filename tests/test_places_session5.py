"""Places stage, session 5: the place phrases of an event's participants, the happening that is the agent of
a passive casualty verb, and the towns the gazetteer adds to the GeoNames file (issue 4, the `miss` rows of
the seed 13-18 readings).

Every sentence is written for these tests (news-like, not taken from the samples); each table has negatives:
a place of another happening, of a past state or of an origin stays out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from dotterel.errors import KnowledgeError
from dotterel.knowledge import gazetteer as gazetteer_module
from dotterel.knowledge.gazetteer import Gazetteer, load_gazetteer_file
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_events

Expected = tuple[str, str | None] | None
Case = tuple[str, list[str], Expected]


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# A place phrase of the event's own subject or object, of a progressive relative clause of theirs, or of the
# subject a coordinated verb shares: where the participants were, the event was. Not a clause that tells a
# past state ("who had lived in Paris"), not an origin ("from Lagos"), not another event's subject.
PARTICIPANTS: list[Case] = [
    (
        "Five hostages, who were being held in eastern Mali, are freed by French special forces.",
        ["freed"],
        ("eastern Mali", "MLI"),
    ),
    (
        "Riot police guards outside the parliament in Beirut abandoned their posts and joined the protest.",
        ["protest", "abandoned"],
        ("Beirut", "LBN"),
    ),
    (
        "Two aid workers, who were travelling near Kidal, were abducted by gunmen on Sunday.",
        ["abducted"],
        ("Kidal", "MLI"),
    ),
    ("A man who had lived in Paris was stabbed to death on Monday.", ["stabbed"], None),
    ("Students from Lagos joined the protest against fuel prices.", ["protest"], None),
    (
        "The embassy in Ottawa issued a rebuke a day after Canada suspended the treaty.",
        ["suspended", "rebuke"],
        None,
    ),
    ("Officials in Kabul said that two soldiers were killed overnight.", ["killed"], None),
    ("The riot outside the parliament in Beirut followed police raids.", ["raids"], None),
]


# The happening that is the agent of a passive casualty verb, of its clause or of a casualty verb coordinated
# with it, was where the casualties were. Not a happening outside the agent phrase.
AGENT_EVENTS: list[Case] = [
    (
        "A soldier is killed and four more are wounded by rebel artillery shelling near Kidal.",
        ["killed", "shelling"],
        ("Kidal", "MLI"),
    ),
    (
        "Two policemen are wounded by mortar shelling near Saraqib.",
        ["wounded", "shelling"],
        ("Saraqib", "SYR"),
    ),
    (
        "A soldier is killed by a sniper while the shelling near Kidal continues.",
        ["killed", "shelling"],
        None,
    ),
]


# The happening an attack or a crackdown is on was where it was, and so was what happened "in which"; a
# gapped casualty participle shares the "when" clause of the verb before it. Not a protest "against" a war,
# not a relative clause that tells something else, not a participle with an auxiliary of its own.
TARGETS_AND_WHEN: list[Case] = [
    (
        "Police launched a crackdown on protests in Harare on Monday.",
        ["crackdown", "protests"],
        ("Harare", "ZWE"),
    ),
    ("Gunmen carried out an attack on a rally in Kandahar.", ["attack", "rally"], ("Kandahar", "AFG")),
    ("Hundreds marched in a protest against the war in Yemen.", ["protest", "war"], None),
    (
        "Police launch an investigation into a racist attack, in which two women were stabbed in Lyon.",
        ["attack", "stabbed"],
        ("Lyon", "FRA"),
    ),
    (
        "The bombing, during which 12 people were killed in Kabul, was claimed by the Taliban.",
        ["bombing", "killed"],
        ("Kabul", "AFG"),
    ),
    ("The attack, which the Taliban planned in Quetta, killed two soldiers.", ["attack", "planned"], None),
    (
        "Four people are killed and 30 injured when police open fire on protesters in Conakry.",
        ["killed", "open"],
        ("Conakry", "GIN"),
    ),
    (
        "Three people are killed and 40 are injured at a rally against fuel prices in Conakry.",
        ["killed", "rally"],
        ("Conakry", "GIN"),
    ),
    (
        "Two soldiers are killed and five more injured when gunmen storm their base in Kidal.",
        ["killed", "storm"],
        ("Kidal", "MLI"),
    ),
    (
        "Four people are killed, and 30 were injured when police opened fire on protesters in Conakry.",
        ["killed", "opened"],
        None,
    ),
]


# The fighting a place was taken after was there; not after a verb that takes no place, not a measured time
# later.
WON_PLACES: list[Case] = [
    (
        "Government forces have retaken a strategic town in northern Mali after fierce fighting with rebels.",
        ["fighting", "retaken"],
        ("northern Mali", "MLI"),
    ),
    ("The minister resigned after heavy fighting.", ["fighting", "resigned"], None),
    ("Rebels captured 300 soldiers near Kidal following heavy fighting.", ["fighting", "captured"], None),
    (
        "Syrian troops capture the town of Saraqib in an ongoing offensive.",
        ["offensive", "capture"],
        ("Saraqib", "SYR"),
    ),
    ("Militants killed two soldiers in an ambush after talks in Doha.", ["ambush", "killed"], None),
    ("Rebels captured the town of Kidal two weeks after clashes with troops.", ["clashes", "captured"], None),
]


# Towns the 15,000+ GeoNames file lacks, from the gazetteer's own table, with their points.
TOWNS: list[Case] = [
    (
        "Azerbaijani forces shelled Stepanakert on Sunday, killing two civilians.",
        ["shelled"],
        ("Stepanakert", "AZE"),
    ),
    ("Rockets hit Khankendi overnight.", ["hit"], ("Stepanakert", "AZE")),
    ("Militants killed 30 farmers in Gubio on Tuesday.", ["killed"], ("Gubio", "NGA")),
    ("Armenian forces shelled Baku on Sunday.", ["shelled"], ("Baku", "AZE")),
]


@pytest.mark.parametrize(
    ("text", "triggers", "expected"), PARTICIPANTS + AGENT_EVENTS + TARGETS_AND_WHEN + WON_PLACES + TOWNS
)
def test_session5_places(
    parse: Callable[..., Article], stage: PlacesStage, text: str, triggers: list[str], expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), triggers)) == expected


@pytest.mark.parametrize(
    ("name", "country", "point"),
    [
        ("Stepanakert", "AZE", (39.8, 46.75)),
        ("Tskhinvali", "GEO", (42.23, 43.97)),
        ("Baku", "AZE", (40.4, 49.9)),
    ],
)
def test_added_towns_have_their_points(
    gazetteer: Gazetteer, name: str, country: str, point: tuple[float, float]
) -> None:
    entry = gazetteer.resolve(name)
    assert entry is not None and entry.country == country and entry.kind == "city"
    assert entry.lat is not None and entry.lon is not None
    assert abs(entry.lat - point[0]) < 0.1 and abs(entry.lon - point[1]) < 0.1


def test_a_town_without_a_valid_point_names_its_key(tmp_path: Path) -> None:
    source = Path(gazetteer_module.__file__).parent / "gazetteer.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["cities"][0]["lat"] = 120.0
    bad = tmp_path / "gazetteer.yaml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        load_gazetteer_file(bad)
    assert error.value.key == "cities.0.lat"
