"""Tolls of split-off casualty states, of causes, of coordinated subjects, of reported clauses and of motives.

"killing one civilian and leaving two injured": the attack keeps both counts even when the events stage
split the injured off as an event of its own; "40 are killed and 1,700 wounded when troops clamp down": the
crackdown takes the toll; "Two suspected militants, one civilian and four soldiers" = 7 ("including six
children" is not added; "12 people plus the gunman" = 13); "two women were stabbed" counts two injured;
"says that three officers were killed and several wounded" = 3 and 3; a toll "in retaliation for …" or "as
anger mounts over …" is the toll of the event retaliated for, not of the retaliation; "… an airstrike … The
strike is the first attack …": the attack noun classifies the airstrike and is folded into it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from dotterel.model import Action, Article
from dotterel.stages.casualties import CasualtiesStage
from dotterel.stages.retellings import to_retold_events
from tests.stage_helpers import find_word_span, to_event, tolls_of, with_events

AGREE = Action("AGREE", None, "057", 4.0, 2)
ASSAULT = Action("ASSAULT", None, "190", -10.0, 4)
COERCE = Action("COERCE", None, "173", -7.0, 3)
PROTEST = Action("PROTEST", None, "140", -6.5, 3)


@pytest.fixture(scope="module")
def stage() -> CasualtiesStage:
    """The casualties stage over the packaged words."""
    return CasualtiesStage()


def _tolls(
    parse: Callable[..., Article], stage: CasualtiesStage, text: str, triggers: Sequence[tuple[str, Action]]
) -> list[tuple[str, int | None, int | None]]:
    article = parse(text, date="2020-05-28")
    article.events = [
        to_event(article, find_word_span(article, word), action, number)
        for number, (word, action) in enumerate(triggers)
    ]
    return tolls_of(stage(article))


# text, [(trigger, type)], expected [(trigger, killed, injured)]
SPLIT_OFF = [
    (
        "Gunmen fire on a market in Maiduguri, killing three traders and leaving two civilians injured.",
        [("fire", ASSAULT), ("injured", ASSAULT)],
        [("fire", 3, 2), ("injured", 3, 2)],
    ),
    (
        "A roadside bomb kills four soldiers near Kidal, with six more soldiers injured.",
        [("bomb", ASSAULT), ("injured", ASSAULT)],
        [("bomb", 4, 6), ("injured", 4, 6)],
    ),
    (
        "The army says 12 of its soldiers were killed and 30 injured in the rebel offensive.",
        [("killed", ASSAULT), ("injured", ASSAULT)],
        [("killed", 12, 30), ("injured", 12, 30)],
    ),
    # the cause in a "when" clause takes its result's toll
    (
        "At least 25 people are killed and over 900 wounded when troops clamp down on protesters in Basra.",
        [("killed", ASSAULT), ("wounded", ASSAULT), ("clamp", COERCE)],
        [("killed", 25, 900), ("wounded", 25, 900), ("clamp", 25, 900)],
    ),
    # negatives: an injury with a doer of its own, a non-attack, an earlier toll that is no result
    (
        "A drone strike kills two militants in Marib. A sniper wounded three soldiers nearby.",
        [("strike", ASSAULT), ("wounded", ASSAULT)],
        [("strike", 2, None), ("wounded", None, 3)],
    ),
    (
        "Police detain dozens of protesters in Lagos, and two officers are injured.",
        [("detain", COERCE), ("injured", ASSAULT)],
        [("detain", None, None), ("injured", None, 2)],
    ),
    (
        "Troops clamp down on protesters in Basra after 25 people were killed in clashes.",
        [("clamp", COERCE), ("killed", ASSAULT)],
        [("clamp", None, None), ("killed", 25, None)],
    ),
]

COUNTED = [
    (
        "Three soldiers, two police officers and one civilian are killed in an ambush in Tillaberi.",
        [("killed", ASSAULT)],
        [("killed", 6, None)],
    ),
    (
        "Thirty Nigerian soldiers and four Boko Haram fighters are killed in clashes near Monguno.",
        [("killed", ASSAULT)],
        [("killed", 34, None)],
    ),
    (
        "Two suspected militants, one policeman and three villagers are killed in a raid in Shopian.",
        [("killed", ASSAULT)],
        [("killed", 6, None)],
    ),
    (
        "The gunman killed nine worshippers plus the imam at a mosque in Hanau.",
        [("killed", ASSAULT)],
        [("killed", 10, None)],
    ),
    (
        "A man opened fire at a nightclub in Dayton, killing nine people plus the shooter.",
        [("opened", ASSAULT)],
        [("opened", 10, None)],
    ),
    (
        "Two students were stabbed outside a school in Lyon.",
        [("stabbed", ASSAULT)],
        [("stabbed", None, 2)],
    ),
    (
        "The ministry says that four soldiers were killed and several wounded in an ambush near Gao.",
        [("killed", ASSAULT)],
        [("killed", 4, 3)],
    ),
    (
        "The governor offers aid, should the mayor ask for it, after six people are killed in a shooting.",
        [("killed", ASSAULT)],
        [("killed", 6, None)],
    ),
    # negatives: "including" is not added, a stabbing that kills counts only the dead, a modal toll is none
    (
        "Eight pilgrims, including three children, are killed in an ambush near Jos.",
        [("killed", ASSAULT)],
        [("killed", 8, None)],
    ),
    (
        "A prison guard was stabbed and killed by an inmate in Lagos.",
        [("killed", ASSAULT)],
        [("killed", 1, None)],
    ),
    (
        "A man stabs four people in Nantes, killing one person and wounding three others.",
        [("stabs", ASSAULT)],
        [("stabs", 1, 3)],
    ),
    (
        "The mayor of Kismayo, Ali Hassan, and two of his guards are killed in a suicide bombing.",
        [("killed", ASSAULT)],
        [("killed", 3, None)],
    ),
    (
        "Local officials say 15 villagers, 9 of them children, were killed by an airstrike.",
        [("killed", ASSAULT)],
        [("killed", 15, None)],
    ),
    (
        "Two men were stabbed to death outside a bar in Malmo.",
        [("stabbed", ASSAULT)],
        [("stabbed", 2, None)],
    ),
    (
        "Officials warn that dozens could be killed if the dam fails.",
        [("killed", ASSAULT)],
        [("killed", None, None)],
    ),
]

MOTIVES = [
    (
        "Israel strikes targets in Gaza in response to a rocket attack that killed two civilians in Sderot.",
        [("strikes", ASSAULT), ("rocket attack", ASSAULT)],
        [("strikes", None, None), ("rocket attack", 2, None)],
    ),
    (
        "Turkish jets bomb Kurdish positions in retaliation for the death of three soldiers.",
        [("bomb", ASSAULT)],
        [("bomb", None, None)],
    ),
    (
        "Students march in Lagos as anger mounts over the killing of a teenager by police.",
        [("march", PROTEST)],
        [("march", None, None)],
    ),
    (
        "The air force strikes militia bases in Syria in retaliation for the death of a contractor. The "
        "militia says 25 of its fighters were killed, while vowing revenge.",
        [("strikes", ASSAULT), ("vowing", AGREE)],
        [("strikes", 25, None), ("vowing", None, None)],
    ),
    # negatives: the retaliation's own toll stays with it
    (
        "Militants attack a checkpoint in Sinai, killing five soldiers, in response to the army's offensive.",
        [("attack", ASSAULT)],
        [("attack", 5, None)],
    ),
    (
        "Israeli jets strike targets in Gaza, killing four militants, in retaliation for rocket fire.",
        [("strike", ASSAULT)],
        [("strike", 4, None)],
    ),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), SPLIT_OFF)
def test_an_attack_keeps_the_toll_of_its_split_off_casualty_state(
    parse: Callable[..., Article],
    stage: CasualtiesStage,
    text: str,
    triggers: list[tuple[str, Action]],
    expected: list[tuple[str, int | None, int | None]],
) -> None:
    assert _tolls(parse, stage, text, triggers) == expected


@pytest.mark.parametrize(("text", "triggers", "expected"), COUNTED)
def test_coordinated_and_reported_victims_are_counted(
    parse: Callable[..., Article],
    stage: CasualtiesStage,
    text: str,
    triggers: list[tuple[str, Action]],
    expected: list[tuple[str, int | None, int | None]],
) -> None:
    assert _tolls(parse, stage, text, triggers) == expected


@pytest.mark.parametrize(("text", "triggers", "expected"), MOTIVES)
def test_a_motive_toll_belongs_to_the_event_retaliated_for(
    parse: Callable[..., Article],
    stage: CasualtiesStage,
    text: str,
    triggers: list[tuple[str, Action]],
    expected: list[tuple[str, int | None, int | None]],
) -> None:
    assert _tolls(parse, stage, text, triggers) == expected


# text, event triggers, (trigger, killed, injured) of the events left once classifying predicates are folded
CLASSIFIED = [
    (
        "An airstrike on a depot near Mosul killed three commanders. The strike is the first known attack "
        "inside Iraq since 2003.",
        ["airstrike", "attack"],
        [("airstrike", 3, None)],
    ),
    (
        "A car bombing killed 14 people at a market in Afrin. This bombing was the deadliest attack in the "
        "town this year.",
        ["bombing", "attack"],
        [("bombing", 14, None)],
    ),
    # negatives: an indefinite subject, a subject naming another thing, a harm noun two sentences back
    (
        "An airstrike killed three commanders near Mosul. A second strike was an attack on a convoy.",
        ["airstrike", "attack"],
        [("airstrike", 3, None), ("attack", None, None)],
    ),
    (
        "An airstrike killed three commanders near Mosul. The army is the first target of the attack.",
        ["airstrike", "attack"],
        [("airstrike", 3, None), ("attack", None, None)],
    ),
    (
        "An airstrike killed three commanders near Mosul. Officials met on Monday. The strike is the "
        "first attack in the province.",
        ["airstrike", "attack"],
        [("airstrike", 3, None), ("attack", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), CLASSIFIED)
def test_a_definite_mention_classified_as_an_attack_is_the_earlier_harm(
    parse: Callable[..., Article],
    stage: CasualtiesStage,
    text: str,
    triggers: list[str],
    expected: list[tuple[str, int | None, int | None]],
) -> None:
    article = stage(with_events(parse(text, date="2019-07-20"), triggers))
    article.events = to_retold_events(article)
    assert tolls_of(article) == expected
