"""Casualties stage: killed and injured counts attached to the events they belong to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from dotterel.errors import KnowledgeError
from dotterel.knowledge.gazetteer import load_gazetteer
from dotterel.model import Action, Article
from dotterel.stages.casualties import CasualtiesStage, load_casualty_words
from dotterel.stages.places import PlacesStage
from dotterel.stages.scope import load_number_words, parse_number
from tests.stage_helpers import DUMMY_ACTION, with_event, with_events

ACCUSE = Action("ACCUSE", None, "112", -2.0, 3)
CONSULT = Action("CONSULT", None, "040", 1.0, 1)
SEED_RAIDS = (
    "Washington said the air raids, which killed 25 people, were in retaliation for missile attacks that "
    "killed a US contractor in northern Iraq last week."
)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["25"], 25),
        (["1,000"], 1000),
        (["twenty", "-", "five"], 25),
        (["twenty-five"], 25),
        (["eleven"], 11),
        (["one", "hundred"], 100),
        (["2.5", "million"], 2500000),
        (["a", "dozen"], 12),
        (["two", "dozen"], 24),
        (["several", "dozen"], 36),
        (["a", "couple"], 2),
        (["a", "handful"], 3),
        (["a", "score"], 20),
        (["dozens"], 24),
        (["hundreds"], 200),
        (["years"], None),
        (["twenty-fifth"], None),
        ([], None),
    ],
)
def test_parse_number(words: list[str], expected: int | None) -> None:
    assert parse_number(words, load_number_words()) == expected


@pytest.fixture(scope="module")
def stage() -> CasualtiesStage:
    """The casualties stage over the packaged words."""
    return CasualtiesStage()


# text, trigger (word, occurrence), killed, injured
EVENT_CASUALTIES = [
    (SEED_RAIDS, ("raids", 0), 25, None),
    (SEED_RAIDS, ("attacks", 0), 1, None),
    ("A blast near the Data Darbar shrine in Lahore kills at least eleven people.", ("blast", 0), 11, None),
    (
        "A suicide bomber attacks a police station in Kunduz, Afghanistan. At least six police officers are "
        "killed and another seventeen wounded.",
        ("attacks", 0),
        6,
        17,
    ),
    (
        "Gunmen open fire on two buses carrying Muslim voters near Anuradhapura. No casualties are reported "
        "and no arrests take place.",
        ("fire", 0),
        0,
        0,
    ),
    (
        "Taliban militants attack government outposts in northwestern Afghanistan, killing at least twelve "
        "Afghan soldiers.",
        ("attack", 0),
        12,
        None,
    ),
    ("Multiple mortars hit Mogadishu Airport, wounding at least six people.", ("hit", 0), None, 6),
    (
        "Missiles and airstrikes strike a crowded facility in Idlib, killing approximately over 20 "
        "including women and children.",
        ("strike", 0),
        20,
        None,
    ),
    (
        "Israel strikes multiple Iranian and Syrian military targets outside Damascus and Homs, killing 16 "
        "people and wounding 21.",
        ("strikes", 0),
        16,
        21,
    ),
    (
        "Seven Iranian pilgrims are wounded after their bus comes under attack by unidentified gunmen in "
        "central Iraq.",
        ("attack", 0),
        None,
        7,
    ),
    (
        "A car bomb kills 11 people and injures 10 others in an attack on a mall in Mogadishu.",
        ("attack", 0),
        11,
        10,
    ),
    ("A bomb hits a mosque in Ghazni, Afghanistan, killing two and wounding over 40.", ("hits", 0), 2, 40),
    ("Twin explosions in Idlib, Syria, kill 24 people and injure more than 20.", ("explosions", 0), 24, 20),
    (
        "Tehrik-i-Taliban Pakistan gunmen attack a security base in the Loralai area of Pakistan, resulting "
        "in the deaths of four security guards and four terrorists, including a suicide bomber.",
        ("attack", 0),
        8,
        None,
    ),
    ("Militants stormed the village, killing six civilians, including two women.", ("stormed", 0), 6, None),
    ("The attack left twelve dead and twenty-five wounded.", ("attack", 0), 12, 25),
    ("Dozens of people were killed in the Iraqi city of Kirkuk.", ("killed", 0), 24, None),
    ("More than 100 people were killed in the fighting in Sanaa.", ("fighting", 0), 100, None),
    (
        "A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier and wounded two "
        "others, the military said.",
        ("bombing", 0),
        1,
        2,
    ),
    (
        "Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern Lebanon on "
        "Sunday.",
        ("killed", 0),
        1,
        None,
    ),
    (
        "Militants attacked a hotel in Mogadishu on Friday. The death toll rose to 30 on Saturday.",
        ("attacked", 0),
        30,
        None,
    ),
    ("Gunmen fired on a convoy near Kabul, but no one was hurt.", ("fired", 0), 0, 0),
    (
        "A car bomb killed 11 people at a mall in Mogadishu, and police said the 11 dead included two "
        "children.",
        ("bomb", 0),
        11,
        None,
    ),
    (
        "Five people are confirmed dead and three injured following an accidental rocket explosion.",
        ("explosion", 0),
        5,
        3,
    ),
    (
        "A suicide bomber attacks a police station in Kunduz. At least six police officers are killed.",
        ("attacks", 0),
        6,
        None,
    ),
    (
        "Violent clashes continue in North East Delhi, India, leaving 27 people dead and at "
        "least 180 injured.",
        ("clashes", 0),
        27,
        180,
    ),
    (
        "A suicide bomber kills four people and injures over 100 others in a car bomb attack in Kabul.",
        ("kills", 0),
        4,
        100,
    ),
    (
        "Two suicide bombers on a motorcycle detonate their explosives near the United States "
        "embassy in Tunis, killing a policeman and wounding five others.",
        ("killing", 0),
        1,
        5,
    ),
    (
        "Four family members, three women and one man, were found shot to death in an apartment in Ohio.",
        ("shot", 0),
        4,
        None,
    ),
    (
        "At least 50 people are killed and dozens others are injured during two attacks on mosques in "
        "Christchurch.",
        ("killed", 0),
        50,
        24,
    ),
    (
        "Japanese doctor Tetsu Nakamura and five Afghans are killed in Jalalabad when militants open fire on "
        "their car.",
        ("open", 0),
        6,
        None,
    ),
    (
        "Assailants raid a village in Hela province, killing and dismembering 16 women and children.",
        ("raid", 0),
        16,
        None,
    ),
    ("Illegal loggers in the Amazon rainforest shoot dead an indigenous activist.", ("shoot", 0), 1, None),
    (
        "United States Africa Command says a U.S. airstrike has killed 35 al-Shabaab militants in Somalia.",
        ("airstrike", 0),
        35,
        None,
    ),
    (
        "Seventy-one more Artsakh servicemen are killed during the fight, bringing the death toll among the "
        "fighters to 87.",
        ("killed", 0),
        71,
        None,
    ),
    ("One officer was killed, while 80 people were injured.", ("killed", 0), 1, 80),
    (
        "At least eight people were killed and dozens injured in Sacaba after security forces fired on "
        "supporters of ousted president Evo Morales.",
        ("fired", 0),
        8,
        24,
    ),
    (
        "An American is identified as the victim killed in a Kabul grenade attack on a United "
        "Nations convoy.",
        ("attack", 0),
        1,
        None,
    ),
    (
        "A Boko Haram suicide bomber kills at least nine civilians in Kaiga-Kindjiria, western "
        "Chad. Two other civilians are injured.",
        ("kills", 0),
        9,
        2,
    ),
    (
        "Prosecutors charge a former British Army soldier with murdering two people in Derry.",
        ("murdering", 0),
        2,
        None,
    ),
    # negatives: numbers that are not tolls, metaphors, unreal deaths, other events' tolls, a count of the
    # dead and the wounded together, a number behind a preposition, a later zero about something else,
    # the toll of an accusation's complement
    (
        "Prosecutors charge a former British Army soldier with murdering two people in Derry.",
        ("charge", 0),
        None,
        None,
    ),
    (
        "The Yemeni Ministry of Defense says 300 people were killed and wounded in air raids in "
        "southern Yemen.",
        ("raids", 0),
        None,
        None,
    ),
    ("Dozens of people were injured during two attacks on mosques.", ("attacks", 0), None, 24),
    (
        "Seventy-one servicemen are killed during the fight. A bus was hit by a missile, but no "
        "casualties are reported.",
        ("killed", 0),
        71,
        None,
    ),
    (
        "The militants, who have fought the government for 25 years, attacked the base.",
        ("attacked", 0),
        None,
        None,
    ),
    ("Washington sent 1,000 troops to the region after the attack.", ("attack", 0), None, None),
    (
        "Iran said it would no longer comply with UN Security Council Resolution 2231.",
        ("comply", 0),
        None,
        None,
    ),
    (
        "There are some indications that they may be planning additional attacks; we have seen this for two "
        "or three months now.",
        ("attacks", 0),
        None,
        None,
    ),
    ("The deal was killed by the Senate in 2020.", ("killed", 0), None, None),
    ("The clashes in Tripoli left 25 casualties, medics said.", ("clashes", 0), None, None),
    ("Milley said the missile attack in northern Iraq was designed to kill.", ("attack", 0), None, None),
    ("Rebels threatened to kill 100 hostages.", ("threatened", 0), None, None),
    (
        "Supporters of a paramilitary group hurled rocks at the US embassy in two days of protests.",
        ("hurled", 0),
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), EVENT_CASUALTIES)
def test_event_takes_the_casualties_of_its_clause(
    parse: Callable[..., Article],
    stage: CasualtiesStage,
    text: str,
    trigger: tuple[str, int],
    killed: int | None,
    injured: int | None,
) -> None:
    article = stage(with_event(parse(text), *trigger))
    (event,) = article.events
    assert (event.killed, event.injured) == (killed, injured)
    for key in ("killed", "injured"):
        assert (key in event.evidence.spans) == (getattr(event, key) is not None)


def test_two_events_keep_their_own_tolls(parse: Callable[..., Article], stage: CasualtiesStage) -> None:
    article = stage(with_events(parse(SEED_RAIDS), ["raids", "attacks"]))
    assert [(e.killed, e.injured) for e in article.events] == [(25, None), (1, None)]
    spans = [
        article.text[e.evidence.spans["killed"].start : e.evidence.spans["killed"].end]
        for e in article.events
    ]
    assert spans == ["killed 25", "killed a US contractor"]


def test_a_toll_restated_by_its_own_event_still_reaches_the_attack(
    parse: Callable[..., Article], stage: CasualtiesStage
) -> None:
    text = (
        "Gunmen open fire on two buses carrying Muslim voters near Anuradhapura. No casualties are reported "
        "and no arrests take place.\n\nA suicide bomber attacks a police station in Kunduz. At least six "
        "police officers are killed and another seventeen wounded."
    )
    article = stage(with_events(parse(text), ["fire", "arrests", "attacks", "killed"]))
    tolls = {article.text[e.trigger.start : e.trigger.end]: (e.killed, e.injured) for e in article.events}
    assert tolls == {"fire": (0, 0), "arrests": (None, None), "attacks": (6, 17), "killed": (6, 17)}


def test_a_casualty_event_with_its_own_agent_is_not_a_restated_toll(
    parse: Callable[..., Article], stage: CasualtiesStage
) -> None:
    text = (
        "In Kabul, gunmen open fire, killing at least 24 people. Security forces kill the attackers. In Kuz "
        "Kunar, a suicide bomber kills at least 32 people at a funeral."
    )
    article = stage(with_events(parse(text), ["open", "kill", "kills"]))
    assert [(e.killed, e.injured) for e in article.events] == [(24, None), (None, None), (32, None)]


def test_a_casualty_adjunct_shares_its_toll_with_the_event_it_hangs_on(
    parse: Callable[..., Article], stage: CasualtiesStage
) -> None:
    text = "Gunmen storm a mosque in Parwan Province, killing seven people and wounding 12 others."
    article = stage(with_events(parse(text), ["storm", "killing"]))
    assert [(e.killed, e.injured) for e in article.events] == [(7, 12), (7, 12)]


def test_an_attack_takes_no_toll_from_a_next_sentence_about_another_place(
    parse: Callable[..., Article], stage: CasualtiesStage
) -> None:
    text = (
        "Afghan forces launch ground offensives against the Taliban in Kandahar. In the northern province of "
        "Balkh, local officials say that three women and four children were killed."
    )
    article = PlacesStage(load_gazetteer())(with_event(parse(text), "offensives"))
    assert stage(article).events[0].killed is None


@pytest.mark.parametrize(
    ("trigger", "action", "modality", "killed"),
    [
        ("attacks", DUMMY_ACTION, "asserted", 40),
        ("talks", CONSULT, "asserted", None),
        ("attacks", DUMMY_ACTION, "hypothetical", None),
    ],
)
def test_only_asserted_attacks_take_the_toll_of_a_casualty_verb_above_them(
    parse: Callable[..., Article],
    stage: CasualtiesStage,
    trigger: str,
    action: Action,
    modality: str,
    killed: int | None,
) -> None:
    text = "The Taliban kill over 40 people while peace talks are taking place in Moscow during attacks."
    article = with_event(parse(text), trigger, action=action)
    article.events = [replace(article.events[0], modality=modality)]
    assert stage(article).events[0].killed == killed


@pytest.mark.parametrize(("action", "killed"), [(DUMMY_ACTION, 5), (ACCUSE, None)])
def test_only_attacks_take_a_toll_from_the_next_sentence(
    parse: Callable[..., Article], stage: CasualtiesStage, action: Action, killed: int | None
) -> None:
    article = parse("Iran blamed rebels for the ambush. Five soldiers were killed near the border.")
    article = stage(with_event(article, "blamed", action=action))
    assert article.events[0].killed == killed


def test_a_bad_casualties_file_names_file_and_key(tmp_path: Path) -> None:
    data = {**load_casualty_words().model_dump(), "killed_verbs": "kill"}
    path = tmp_path / "casualties.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        load_casualty_words(path)
    assert (error.value.path, error.value.key) == (str(path), "killed_verbs")


def test_a_bad_numbers_file_names_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "numbers.yaml"
    path.write_text(
        "version: 1\nunits: {one: uno}\ntens: {}\nscales: {}\nvague: {}\nbound_words: []\n", encoding="utf-8"
    )
    with pytest.raises(KnowledgeError) as error:
        load_number_words(path)
    assert error.value.key == "units.one"
