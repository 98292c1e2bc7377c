"""Violence and protest lost to their wording (session 20, recall67b).

Each table pairs news-like sentences with negatives:
- a vehicle "run over" the people of a gathering is an assault, as "ram" is (verbs.assault-run-over-people);
  a pedestrian run over is a road accident, a meeting that runs over is no act;
- "take over the streets" is a demonstration, as "take to the streets" (verbs.protest-take-streets); rebels
  who take over a town seize it;
- "surround" a legislature or a prison besieges it (verbs.coerce-blockade-surround); hills surround valleys;
- a riot told as happening stays with no actor and no place ("rioting continues in several cities",
  stages/riot_happenings.py); a riot only named ("bans rioting", "inciting riots") does not;
- a group with no actor of its own, told by the named members it includes, acts as those members
  (stages/included_members.py); a group that is an actor keeps its own name, and a pronoun ("everyone
  arriving, including diplomats") names no group;
- a bare numeral is people when it is what a people verb acts on ("All eight were later released",
  stages/token_words.object_lemma); "two of the tankers" and "30 percent of its staff" are not.
"""

from __future__ import annotations

import pytest

from dotterel.model import Actor
from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_trigger_act, coded_trigger_acts

DATE = "2020-03-02"


def _actor(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.name or actor.text


def _events(pipeline: Pipeline, sentence: str) -> list[tuple[str, str, str | None, str | None]]:
    return coded_trigger_acts(pipeline, sentence, DATE, _actor)


CODED = [
    # sentence, trigger, (type, trigger, source, target) expected among the events, or None: no event of
    # that trigger
    ("A police truck ran over protesters outside the presidential palace.",
     "ran", ("ASSAULT", "ran", None, "protesters")),
    ("An armored vehicle runs over opposition supporters in the capital.",
     "runs", ("ASSAULT", "runs", None, "supporters")),
    ("A bus ran over a pedestrian at a crossing in Lagos.", "ran", None),
    ("The meeting of the council ran over time.", "ran", None),
    ("Thousands of protesters take over the streets of Beirut.",
     "take over", ("PROTEST", "take over", "protesters", "Lebanon")),
    ("The rebels took over the town after a week of fighting.",
     "took over", ("COERCE", "took over", "rebels", None)),
    ("Security forces surround the Legislature in Caracas, keeping opposition lawmakers out.",
     "surround", ("COERCE", "surround", "Security forces", "Legislature")),
    ("Police surround the prison after inmates take guards hostage.",
     "surround", ("COERCE", "surround", "Police", None)),
    ("Mountains surround the valley on three sides.", "surround", None),
    ("Observers including Amnesty International criticise the verdicts.",
     "criticise", ("ACCUSE", "criticise", "Amnesty International", None)),
    ("Rights groups, including Human Rights Watch, condemn the arrests of the activists.",
     "condemn", ("ACCUSE", "condemn", "Human Rights Watch", "activists")),
    ("The EU, including France, condemns the attack on the embassy.",
     "condemns", ("ACCUSE", "condemns", "European Union", "embassy")),
    ("A grenade attack kills two including a government official and wounds four others.",
     "grenade attack", ("ASSAULT", "grenade attack", None, "government official")),
    ("Officials impose a quarantine on everyone arriving in the country, including diplomats and tourists.",
     "arriving", None),
    ("All eight were later released on bail.", "released", ("RETREAT", "released", None, "eight")),
    ("Two of the seized tankers were released on Monday.", "released", None),
    ("The company released 30 percent of its staff.", "released", None),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), CODED, ids=[c[0][:40] for c in CODED])
def test_violence_protest_wording(
    pipeline: Pipeline, sentence: str, trigger: str, expected: tuple[str, str, str | None, str | None] | None
) -> None:
    assert_trigger_act(_events(pipeline, sentence), trigger, expected)


RIOTS = [
    # sentence, whether a riot event is coded
    ("Rioting and looting continue in several cities.", True),
    ("Riots break out at several prisons over the new restrictions.", True),
    ("Inmates riot at several prisons.", True),
    ("Rioting and looting take place in the city.", True),
    ("Several buildings are looted and burned down.", False),
    ("The new law bans rioting.", False),
    ("A man accused of inciting riots is arrested.", False),
]


@pytest.mark.parametrize(("sentence", "coded"), RIOTS, ids=[r[0][:40] for r in RIOTS])
def test_riot_told_as_happening(pipeline: Pipeline, sentence: str, coded: bool) -> None:
    found = [e for e in _events(pipeline, sentence) if e[0] == "PROTEST"]
    assert bool(found) == coded, found
