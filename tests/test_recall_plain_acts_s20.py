"""Plain acts lost to their wording (session 20, recall20).

Each table pairs news-like sentences with negatives:
- a pardon is clemency whatever word names the pardoned (verbs.retreat-pardon: "pardons a jailed couple");
  a holiday turkey is no one freed, and "couple" is no word for a freed prisoner after "released";
- a hazard verb with a direct object and a doer for its subject is that doer's act, not an accident
  (dotterel/stages/deliberate_hazard_verbs.py: "Rioters burned a police station"); a fire, a ship or a
  vehicle that burns or sinks is still an accident;
- "deploys its military" moves troops (verbs.mobilize-troops); a military hospital is no force;
- weapons systems are arms sold (verbs.aid-military); a firm selling a business line is no arms sale;
- a verb that takes an act back, whose passive subject is that act's noun, is the day's act, not told by
  the noun: "charges were dropped" is the dropping (dotterel/stages/undone_events.py), while "the strikes
  killed 25" and "petrol bombs were thrown" stay one attack.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Actor
from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_trigger_act, coded_trigger_acts

DATE = "2020-03-02"


def _actor(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return f"{actor.name or actor.text}/{actor.country}"


def _events(pipeline: Pipeline, sentence: str) -> list[tuple[str, str, str | None, str | None]]:
    return coded_trigger_acts(pipeline, sentence, DATE, _actor)


CODED = [
    # sentence, trigger, (type, trigger, source, target) expected among the events, or None: no event of
    # that trigger
    ("Zambian President Edgar Lungu pardons a jailed couple.",
     "pardons", ("RETREAT", "pardons", "Edgar Lungu/ZMB", None)),
    ("The president pardoned a turkey at the White House.", "pardoned", None),
    ("The couple was released from the hospital on Sunday.", "released", None),
    ("Rioters burned a police station in the capital.",
     "burned", ("ASSAULT", "burned", "Rioters/None", None)),
    ("Gunmen burn down a church in the village.", "burn", ("ASSAULT", "burn", "Gunmen/None", None)),
    ("A wildfire burned 200 homes in California.", "burned", None),
    ("A cargo ship burned off the coast of Sri Lanka.", "burned", None),
    ("An Air Nigeria Boeing 737 crashes en route to Lagos, killing all 60 people on board.", "killing", None),
    ("Greece deploys its military along the land border.",
     "deploys", ("MOBILIZE", "deploys", "Greece/GRC", None)),
    ("The army deployed a military hospital to the city.", "deployed", None),
    ("The United States plans to sell new weapons systems to Taiwan.",
     "sell", ("AID", "sell", "United States/USA", "Taiwan/TWN")),
    ("The company plans to sell its weapons systems business.", "sell", None),
    ("Charges against the opposition leader were dropped on Monday.",
     "dropped", ("CONCEDE", "dropped", None, "opposition leader/None")),
    ("The strikes killed 25 fighters.", "killed", None),
    ("Petrol bombs were thrown at police officers in Milan.",
     "bombs", ("ASSAULT", "bombs", None, "police officers/ITA")),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), CODED, ids=[c[0][:40] for c in CODED])
def test_plain_act(
    pipeline: Pipeline, sentence: str, trigger: str, expected: tuple[str, str, str | None, str | None] | None
) -> None:
    assert_trigger_act(_events(pipeline, sentence), trigger, expected)


def test_planned_sale_is_not_asserted(pipeline: Pipeline) -> None:
    """A sale only planned is no sale made: its event is not asserted."""
    events = code("The United States plans to sell new weapons systems to Taiwan.", DATE, pipeline=pipeline)
    sales = [e for e in events if e.action.type == "AID"]
    assert sales and all(e.modality != "asserted" for e in sales), sales
