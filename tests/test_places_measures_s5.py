"""Places stage, session 5: a government measure issued by a country named in its sentence, and the places of
other happenings kept out (the truce of an earlier clause, a contrasted clause, the source of a demand).

Each table holds sentences written for these tests (news-like, not taken from the samples), with negatives: a
narrower scope wins over the issuing country, a non-measure event takes no place from its subject, a
pronoun-like issuer ("the government") with the country only in another sentence gives none, and an event's
own place phrase stays its own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_events

Expected = tuple[str, str | None] | None
Case = tuple[str, list[str], Expected]


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# A nationwide measure whose issuer is the country named in the sentence: as the subject of the measure verb
# ("declares a state of …", "extends the state of calamity", "will shut down"), of the verb that reports it,
# of a participle it hangs on ("Iraq reports …, prompting the prime minister to announce a curfew"), of the
# verb whose object the measure describes ("unveils new measures restricting …"), or as the owner of its
# object ("lift Malaysia's movement restrictions"); a state's governor issues for the state.
NATIONAL_MEASURES: list[Case] = [
    ("Hungary declares a state of emergency over the outbreak.", ["declares"], ("Hungary", "HUN")),
    (
        "Portugal extends its state of calamity until the end of the month.",
        ["extends"],
        ("Portugal", "PRT"),
    ),
    ("Greece will shut down all restaurants and bars from Monday.", ["shut"], ("Greece", "GRC")),
    ("Kuwait decides to reopen its land borders with Saudi Arabia.", ["reopen"], ("Kuwait", "KWT")),
    (
        "Iraq reports 4,000 new cases, prompting Prime Minister Mustafa al-Kadhimi to announce a new curfew.",
        ["curfew"],
        ("Iraq", "IRQ"),
    ),
    (
        "Denmark unveils new measures restricting gatherings to ten people.",
        ["restricting"],
        ("Denmark", "DNK"),
    ),
    ("The authorities lift Malaysia's movement restrictions.", ["lift"], ("Malaysia", "MYS")),
    ("The governor of Nevada orders all casinos to close.", ["orders"], ("Nevada", "USA")),
    # negatives: a narrower scope wins; an exception is out of the scope; no country in the sentence;
    # another sentence's country; no one jurisdiction; a non-measure event with a country subject; a
    # meeting's own place
    ("Spain imposes a lockdown in Madrid.", ["lockdown"], ("Madrid", "ESP")),
    ("Germany imposes a curfew in Bavaria.", ["curfew"], ("Bavaria", "DEU")),
    ("Chile lifts its curfew for all regions except Santiago.", ["lifts"], ("Chile", "CHL")),
    (
        "Prime Minister Sanna Marin lifts all remaining lockdown restrictions in the country except for"
        " Helsinki.",
        ["lifts"],
        None,
    ),
    ("The government extends the state of emergency until May.", ["extends"], None),
    ("Italy reports 500 new deaths. The government extends the lockdown until May.", ["extends"], None),
    ("Canada and the United States extend the closure of their border.", ["extend"], None),
    ("France condemns the attack.", ["condemns"], None),
    ("France condemns Italy's closure of its ports.", ["condemns"], None),
    ("The United States criticizes the lockdown.", ["criticizes"], None),
    ("Iran reports 9,000 cases, prompting its health minister to warn of a third wave.", ["warn"], None),
    ("Poland's president met Merkel in Berlin.", ["met"], ("Berlin", "DEU")),
]

# Another happening's place stays out: an event inside a "since" or "despite" phrase (a truce, a ceasefire, a
# kidnapping years before) takes no place from the clause it hangs on, nor an event from an event noun after
# "over" (its cause: "called off talks over the latest attack in Kabul", also in scare quotes); nor does a
# contrasted "while" clause with its own subject, where the clause it hangs on has another event as its
# subject; a "from" phrase of a demand, a request or help names its source. But an attack or a crackdown on
# another happening was where that happening was ("a crackdown on protests in Minsk"; not "sanctions on the
# crackdown in Xinjiang"). Negatives: the governing event keeps its own place, a progressive "while" clause
# shares it, a contrasted clause keeps its own, and "from" of motion or of a place stays a location.
OTHER_HAPPENINGS: list[Case] = [
    ("Fighting resumed in Idlib despite a truce brokered by Russia and Turkey.", ["truce"], None),
    (
        "In the deadliest raid since the end of a ceasefire agreed by the rebels, 20 soldiers are killed at a"
        " base in Kunduz.",
        ["ceasefire", "killed"],
        None,
    ),
    (
        "The journalist, who had been held since being abducted outside a hotel in 2018, is freed in Idlib.",
        ["abducted", "freed"],
        None,
    ),
    (
        "A police crackdown on a rally in Harare leaves two people dead, while three opposition leaders have"
        " been arrested.",
        ["arrested", "crackdown", "rally"],
        None,
    ),
    ("Security forces launch a crackdown on protests in Minsk.", ["crackdown", "protests"], ("Minsk", "BLR")),
    ("The army's raid on a rally in Khartoum leaves ten dead.", ["raid", "rally"], ("Khartoum", "SDN")),
    ("The US imposes sanctions on the crackdown in Xinjiang.", ["sanctions", "crackdown"], None),
    (
        "The president says he has called off talks with the rebels over the latest rebel attack in Kabul.",
        ["called", "attack"],
        None,
    ),
    (
        'The president says he has "called off" talks with the rebels over the latest rebel attack in Kabul.',
        ["called", "attack"],
        None,
    ),
    ("Turkey rejects the calls for a ceasefire from Russia and France.", ["rejects"], None),
    ("The rebels request military help from Egypt.", ["request"], None),
    # negatives
    (
        "Fighting resumed in Idlib despite a truce brokered by Russia and Turkey.",
        ["Fighting"],
        ("Idlib", "SYR"),
    ),
    (
        "In the deadliest raid since the end of a ceasefire agreed by the rebels, 20 soldiers are killed at a"
        " base in Kunduz.",
        ["killed", "ceasefire"],
        ("Kunduz", "AFG"),
    ),
    (
        "The journalist, who had been held since being abducted outside a hotel in 2018, is freed in Idlib.",
        ["freed", "abducted"],
        ("Idlib", "SYR"),
    ),
    (
        "Police fired tear gas at protesters in Harare while they were marching to parliament.",
        ["marching"],
        ("Harare", "ZWE"),
    ),
    (
        "Soldiers opened fire on a crowd in Mandalay, while another group was attacked in Yangon.",
        ["attacked"],
        ("Yangon", "MMR"),
    ),
    ("Troops withdraw from Kabul.", ["withdraw"], ("Kabul", "AFG")),
    ("Two Russian jets were shot down over Idlib.", ["shot"], ("Idlib", "SYR")),
    ('The president says the troops "crushed" the rebels in Kabul.', ["crushed"], ("Kabul", "AFG")),
    ("Gunmen kidnapped five students from a school in Kaduna.", ["kidnapped"], ("Kaduna", "NGA")),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), NATIONAL_MEASURES + OTHER_HAPPENINGS)
def test_place_of_national_measures_and_other_happenings(
    parse: Callable[..., Article], stage: PlacesStage, text: str, triggers: list[str], expected: Expected
) -> None:
    """The first trigger's event takes the expected place (None: no place)."""
    article = with_events(parse(text, date="2020-10-10"), triggers)
    assert place_of(stage, article) == expected
