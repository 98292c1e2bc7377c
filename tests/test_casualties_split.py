"""One attack, one toll: the injured of "leaves 11 dead and one injured" are the attack's, not a second
attack's; a toll of a later sentence that restates an earlier toll of the same victims is not carried to an
attack told between them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.model import Article
from dotterel.stages.casualties import CasualtiesStage
from dotterel.stages.retellings import to_retold_events
from tests.stage_helpers import tolls_of, with_events


@pytest.fixture(scope="module")
def stage() -> CasualtiesStage:
    """The casualties stage over the packaged words."""
    return CasualtiesStage()


# text, event triggers, (trigger, killed, injured) of the events left once results are folded
RESULTS = [
    (
        "A mass shooting at a nightclub in Irapuato leaves at least nine people dead and one injured.",
        ["shooting", "injured"],
        [("shooting", 9, 1)],
    ),
    (
        "A car bomb near a checkpoint in Mogadishu leaves six people dead and 20 wounded.",
        ["bomb", "wounded"],
        [("bomb", 6, 20)],
    ),
    (
        "Clashes in Santiago leave dozens of people injured.",
        ["Clashes", "injured"],
        [("Clashes", None, 24)],
    ),
    (
        "An explosion at a fuel depot leaves two workers dead and three others injured.",
        ["explosion", "injured"],
        [("explosion", 2, 3)],
    ),
    (
        "Clashes between protesters and police at a camp in Beirut leave dozens of people injured.",
        ["Clashes", "injured"],
        [("Clashes", None, 24)],
    ),
    # negatives: a participle after a noun with no number; an active verb with a doer and an object; a
    # result verb whose subject is no harm event; another sentence; a participle with an agent of its own
    (
        "The people killed in the attack were buried on Friday.",
        ["killed"],
        [("killed", None, None)],
    ),
    (
        "A bomb exploded in the market, and police injured two protesters.",
        ["bomb", "injured"],
        [("bomb", None, None), ("injured", None, 2)],
    ),
    (
        "The storm left 12 people injured.",
        ["injured"],
        [("injured", None, 12)],
    ),
    (
        "A suicide bombing in Kabul leaves 11 people dead. Hours later, gunmen injured two guards in Herat.",
        ["bombing", "injured"],
        [("bombing", 11, None), ("injured", None, 2)],
    ),
    (
        "A riot leaves four inmates dead and two guards injured by the rioters.",
        ["riot", "injured"],
        [("riot", 4, None), ("injured", None, 2)],
    ),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), RESULTS)
def test_a_casualty_state_a_harm_leaves_is_that_harms(
    parse: Callable[..., Article],
    stage: CasualtiesStage,
    text: str,
    triggers: list[str],
    expected: list[tuple[str, int | None, int | None]],
) -> None:
    article = stage(with_events(parse(text, date="2020-09-27"), triggers))
    article.events = to_retold_events(article)
    assert tolls_of(article) == expected


# A killing and an injuring told as participles of one attack are that attack's ("killing 11 and injuring
# one"); a toll of its own agent is another event's.
ADJUNCTS = [
    ("Gunmen storm a bar in Cuernavaca, killing 11 people and injuring one.", ["storm"], [("storm", 11, 1)]),
    (
        "A suicide bomber attacks a wedding in Kabul, killing 11 and wounding 40.",
        ["attacks"],
        [("attacks", 11, 40)],
    ),
    (
        "Gunmen storm a bar in Cuernavaca. Police later shot dead two of the attackers.",
        ["storm", "shot"],
        [("storm", None, None), ("shot", 2, None)],
    ),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), ADJUNCTS)
def test_the_killed_and_the_injured_of_one_attack_stay_together(
    parse: Callable[..., Article],
    stage: CasualtiesStage,
    text: str,
    triggers: list[str],
    expected: list[tuple[str, int | None, int | None]],
) -> None:
    article = stage(with_events(parse(text, date="2020-09-27"), triggers))
    article.events = to_retold_events(article)
    assert tolls_of(article) == expected


# A toll in a later sentence goes to an attack with none of its own ("Gunmen attacked a police post. Six
# officers were killed."), unless it names the victims of a toll stated before the attack's sentence: then it
# restates that toll. Generic victims ("people") tell nothing apart.
CARRY_OVER = [
    (
        "At least four patients were killed during a protest outside a hospital in Lahore. The crowd also "
        "attacked a minister. A doctors' union reports the deaths of 12 patients.",
        [("attacked", 0)],
        [("attacked", None, None)],
    ),
    (
        "Gunmen attacked a police post in Kandahar. Six police officers were killed.",
        [("attacked", 0)],
        [("attacked", 6, None)],
    ),
    (
        "Three soldiers were killed in an ambush in Kunar. Militants also attacked a checkpoint. Five "
        "civilians died.",
        [("attacked", 0)],
        [("attacked", 5, None)],
    ),
    (
        "Three people were killed in an ambush in Kunar. Militants also attacked a checkpoint. Five people "
        "died.",
        [("attacked", 0)],
        [("attacked", 5, None)],
    ),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), CARRY_OVER)
def test_a_later_toll_of_earlier_victims_is_not_carried_to_an_attack(
    parse: Callable[..., Article],
    stage: CasualtiesStage,
    text: str,
    triggers: list[str | tuple[str, int]],
    expected: list[tuple[str, int | None, int | None]],
) -> None:
    article = stage(with_events(parse(text, date="2019-12-11"), triggers))
    assert tolls_of(article) == expected
