"""Courts' and police acts left uncoded in session 13 (Known weaknesses; seed 49-53 "Law and crime" recall
lists, by kind), on sentences written like news text for these tests, with negatives:

- a court or a regulator fining someone finds them liable (ACCUSE 116, as a sentence); "faces a fine" and a
  fine day are no act;
- a trial told as beginning or opened is the accused brought to trial (ACCUSE 115, the "of" object or the
  owner the target, never the trial's city); a trial only mentioned ("during the trial", "the trial went
  on") is none, nor is a clinical or vaccine trial;
- issuing an arrest warrant charges the one sought with legal action (COERCE 173, the court as source);
  searching without a warrant is none;
- taken into custody is arrested (COERCE 173, the one taken the target); remaining or remanded in custody is
  no act of the day;
- a court blocking a law or a rule rules against it (REJECT 120, source sector JUD), as striking it down
  does, also when the parser splits the measure's head from its modifier ("the Trump administration rule");
  senators blocking a bill veto it (REJECT 129), and a court's block is never an attack.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event
from dotterel.pipeline import Pipeline

DATE = "2019-07-10"


def _found(events: list[Event], kind: str, sector: str | None, target: str | None) -> list[Event]:
    return [
        e
        for e in events
        if f"{e.action.type} {e.action.cameo}" == kind
        and (sector is None or (e.source is not None and e.source.sector == sector))
        and (target is None or (e.target is not None and target in e.target.text))
    ]


# The parser splits "the Trump administration rule" here (the head "rule" hung on the verb on its own).
SPLIT_RULE = (
    "A federal judge in Maryland, in a case filed by six states, strikes down the Trump administration rule "
    "broadly re-defining the public charge test."
)

ACTS: list[tuple[str, str, str | None, str | None, bool]] = [
    # sentence, "TYPE cameo", the source's sector and a word of the target's text (None: any), present
    # fines
    (
        "The European Court of Human Rights fines Russia for failing to protect the victims.",
        "ACCUSE 116",
        "JUD",
        "Russia",
        True,
    ),
    (
        "A French court fined the carmaker 20 million euros for misleading buyers.",
        "ACCUSE 116",
        "JUD",
        None,
        True,
    ),
    (
        "British Airways was fined 20 million pounds over a data breach.",
        "ACCUSE 116",
        None,
        "British Airways",
        True,
    ),
    ("The carmaker faces a fine of up to 20 million euros.", "ACCUSE 116", None, None, False),
    ("It was a fine day for the opening of the court building.", "ACCUSE 116", None, None, False),
    # trials begun
    (
        "The trial of former Bosnian Serb leader Radovan Karadzic begins in The Hague.",
        "ACCUSE 115",
        None,
        "Karadzic",
        True,
    ),
    (
        "A court in Istanbul opened the trial of sixteen civil society figures.",
        "ACCUSE 115",
        "JUD",
        None,
        True,
    ),
    ("Harvey Weinstein's rape trial begins in New York City.", "ACCUSE 115", None, "Weinstein", True),
    ("Harvey Weinstein's rape trial begins in New York City.", "ACCUSE 115", None, "New York", False),
    ("The defendant collapsed during the trial.", "ACCUSE 115", None, None, False),
    # a trial of a medicine tries no one (non_events.is_product_test)
    (
        "Moderna will start a late-stage clinical trial of its vaccine in the United States.",
        "ACCUSE 115",
        None,
        None,
        False,
    ),
    (
        "AstraZeneca announces that it will resume its vaccine trials in Japan.",
        "ACCUSE 115",
        None,
        None,
        False,
    ),
    ("The trial of an experimental Ebola drug begins in Kinshasa.", "ACCUSE 115", None, None, False),
    ("The trial went on for six weeks.", "ACCUSE 115", None, None, False),
    # arrest warrants
    (
        "The International Criminal Court issued an arrest warrant for the former president.",
        "COERCE 173",
        "JUD",
        None,
        True,
    ),
    (
        "A judge in Buenos Aires issued international arrest warrants for the two ministers.",
        "COERCE 173",
        "JUD",
        None,
        True,
    ),
    ("Police searched the house of the mayor in Lima without a warrant.", "COERCE 173", None, None, False),
    # taken into custody
    ("Jussie Smollett was taken into custody by Chicago police.", "COERCE 173", "COP", "Smollett", True),
    (
        "Police took the suspect into custody after a standoff in Dallas.",
        "COERCE 173",
        "COP",
        "suspect",
        True,
    ),
    ("The suspect remains in custody in Dallas.", "COERCE 173", None, None, False),
    ("Two men are remanded in custody in London until their trial.", "COERCE 173", None, None, False),
    # a court blocking a measure
    (
        "The Constitutional Court of Colombia blocks a law that would allow aerial spraying.",
        "REJECT 120",
        "JUD",
        None,
        True,
    ),
    (
        "A federal judge in San Francisco blocks the administration's new asylum rule.",
        "REJECT 120",
        "JUD",
        None,
        True,
    ),
    (
        SPLIT_RULE,
        "REJECT 120",
        "JUD",
        None,
        True,
    ),
    (
        SPLIT_RULE,
        "ASSAULT 190",
        None,
        None,
        False,
    ),
    ("The senators blocked the bill in committee.", "REJECT 120", None, None, False),
    ("Farmers blocked the motorway near Lyon with their tractors.", "REJECT 120", None, None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "sector", "target", "present"), ACTS)
def test_court_and_police_acts(
    pipeline: Pipeline, sentence: str, kind: str, sector: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its type, its source's sector and its target; the negatives give no such act."""
    events = list(code(sentence, DATE, pipeline=pipeline))
    described = [
        (e.action.type, e.action.cameo, e.source and e.source.sector, e.target and e.target.text)
        for e in events
    ]
    assert bool(_found(events, kind, sector, target)) == present, described
