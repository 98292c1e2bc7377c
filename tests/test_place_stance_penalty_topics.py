"""What an insult or a complaint is about, and the deed a penalty is for, are no place of the act
(session 25: ``topic_object_verbs`` insult, ``penalty_receipt_verbs`` and gerund deeds in
dotterel/stages/place_crime_phrases.py; complaints were placed so already), on news-like sentences written for
these tests, with negatives.

"insulting the Turkish offensive in Syria": Syria is what is insulted; "a complaint about conditions at a
detention facility in Georgia": the facility is what is complained of; "Nine men receive prison terms for
raping two girls in Bradford": the rapes were in Bradford, the court is not named. Must not change: a place
phrase on the act itself ("files a complaint in Atlanta", "sentenced in Oslo for"), a court's own place ("A
court in Lagos convicts …"), physical acts on an object ("strike a base in Iraq", "seize a tanker off
Gibraltar"), arrests ("arrested in Kenosha for shooting two people"), a "receive" that is no penalty ("fans
receive the team at the airport in Lima").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event

Expected = tuple[str, str | None] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# text, trigger, expected place
STANCE_PENALTY_PLACES = [
    (
        'A journalist is detained for "insulting" the Turkish offensive in Syria on social media.',
        "insulting",
        None,
    ),
    (
        "A nurse files a complaint about conditions at an immigration detention facility in Georgia.",
        "complaint",
        None,
    ),
    ("Rights groups lodge a complaint about abuses against Uyghurs in Xinjiang.", "complaint", None),
    (
        "Nine men receive prison terms for raping two teenage girls in Bradford over a period of years.",
        "receive",
        None,
    ),
    ("A former teacher receives a life sentence for the murder of a pupil in Leeds.", "receives", None),
    ("A man is sentenced to 20 years for smuggling migrants into Greece.", "sentenced", None),
    ("Two activists are convicted of plotting attacks on police in Lyon.", "convicted", None),
    # negatives: the act's own place phrase, a court's own place, physical acts on an object, arrests
    ("The lawyers file a complaint in Atlanta.", "complaint", ("Atlanta", "USA")),
    ("A court in Lagos convicts a man of killing a teenager in Kano.", "convicts", ("Lagos", "NGA")),
    ("A man is sentenced in Oslo for killing two women.", "sentenced", ("Oslo", "NOR")),
    ("A man is arrested in Kenosha for shooting two people.", "arrested", ("Kenosha", "USA")),
    ("US jets strike a base in Iraq.", "strike", ("Iraq", "IRQ")),
    ("British marines seize a tanker off Gibraltar.", "seize", ("Gibraltar", "GIB")),
    ("Thousands of fans receive the team at the airport in Lima.", "receive", ("Lima", "PER")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), STANCE_PENALTY_PLACES)
def test_stance_topic_and_penalty_deed_are_not_the_act_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A place inside what is insulted, complained of, or punished is not the act's; its own place is."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected
