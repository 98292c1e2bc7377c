"""Acts read wrong for their grammar (seed-63 causes, second part): an act told as an allegation noun's
content or named as failed (dotterel/stages/unasserted_contents.py), a thing blamed
(dotterel/stages/untargeted_blames.py), a war or campaign of words or trade
(dotterel/stages/nonviolent_kinds.py), leaving the JCPOA (verbs.yaml).
Each table has negatives: what must stay as it was.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2019-06-12"

MODES: list[tuple[str, str, str]] = [
    # sentence, trigger word, modality of its event
    (
        "The minister resigned amid allegations that he pressured prosecutors to drop the case.",
        "pressured",
        "hypothetical",
    ),
    (
        "The minister resigned amid allegations the army shelled a village near the border.",
        "shelled",
        "hypothetical",
    ),
    (
        "The general was sacked over accusations that troops attacked civilians in Idlib.",
        "attacked",
        "hypothetical",
    ),
    ("The government failed to condemn the attacks on the minority.", "condemn", "negated"),
    ("The sanctions show Washington's failure to find new ways to pressure Iran.", "pressure", "negated"),
    # negatives: an act beside the allegation, an act not under a failure, a suspect's arrest
    (
        "The minister resigned amid allegations that he pressured prosecutors to drop the case.",
        "resigned",
        "asserted",
    ),
    ("The government condemned the attacks on the minority.", "condemned", "asserted"),
    ("The army confirmed reports its soldiers shelled a school.", "shelled", "asserted"),
    # a noun further off the content or the failure: the murder happened
    (
        "The prime minister resigned amid accusations that he was involved in the murder of his wife.",
        "murder",
        "asserted",
    ),
    ("The former minister fails to appear in court for the murder of his wife.", "murder", "asserted"),
    ("Police arrested a suspect on Monday after claims surfaced on social media.", "arrested", "asserted"),
]


@pytest.mark.parametrize(("sentence", "word", "modality"), MODES)
def test_allegation_content_and_failure_modes(sentence: str, word: str, modality: str) -> None:
    found = {sentence[e.trigger.start : e.trigger.end]: e.modality for e in code(sentence, DATE)}
    assert found.get(word) == modality, found


TYPES: list[tuple[str, str, str, bool]] = [
    # sentence, trigger word, PLOVER type, whether an event of that type has that trigger
    (
        "Prime Minister John Smith blames bad weather for the slow response to the flood.",
        "blames",
        "ACCUSE",
        False,
    ),
    ("The health minister blames the pandemic for the rise in unemployment.", "blames", "ACCUSE", False),
    ("China wages a trade war against the United States.", "war", "ASSAULT", False),
    (
        "The US expels two diplomats, citing influence operations against the United States.",
        "operations",
        "ASSAULT",
        False,
    ),
    ("The party launched a smear campaign against the journalist.", "campaign", "ASSAULT", False),
    ("The United States had withdrawn from the JCPOA in 2018.", "withdrawn", "SANCTION", True),
    ("The United States had withdrawn from the JCPOA in 2018.", "withdrawn", "RETREAT", False),
    # negatives: an actor blamed, a blame put on someone, a military operation, a retreat from a town
    ("Israel blames Hamas for the rocket fire.", "blames", "ACCUSE", True),
    ("The president blames the recession on the opposition.", "blames", "ACCUSE", True),
    ("The army launched an operation against militants in the north.", "operation", "ASSAULT", True),
    ("Turkish troops withdrew from the border town.", "withdrew", "RETREAT", True),
]


@pytest.mark.parametrize(("sentence", "word", "plover_type", "kept"), TYPES)
def test_blames_kinds_and_treaties(sentence: str, word: str, plover_type: str, kept: bool) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == plover_type]
    words = [sentence[e.trigger.start : e.trigger.end] for e in events]
    assert (word in words) == kept, words
