"""What a statement, a denial or a deal is about is no place or toll of the act (session 15,
dotterel/stages/place_topics.py and ``cause_object_verbs`` of casualties.yaml), on news-like sentences written
for these tests, each table with negatives:

- the object of a verb of denying, rejecting or discussing ("denies the presence of mercenaries in Libya"), a
  clause on a deal noun object ("an agreement aimed at ending the insurgency in Pattani") and a summary noun
  after a comma ("…, a move seen as a push back against Chinese influence in the Pacific") are the topic:
  their places are not the act's; the act's own place phrase stays ("sign an agreement in Doha", "at a
  meeting in Ankara"), and a physical act keeps the place of its object ("attacked a base in Kabul");
- the death a march or rally is over is its cause, no toll of it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import coded_toll_of, place_of, with_event

DATE = "2020-01-14"
Expected = tuple[str, str | None] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# text, trigger, expected place
TOPIC_PLACES = [
    ("The Kremlin denies the presence of Russian mercenaries in Libya.", "denies", None),
    ("Iran rejects the deployment of US troops in the Gulf.", "rejects", None),
    ("Moscow dismisses reports of a military buildup in Crimea.", "dismisses", None),
    (
        "Thai and Malaysian army chiefs sign an agreement aimed at ending the insurgency in Thailand's"
        " southern provinces.",
        "sign",
        None,
    ),
    (
        "Australia urged the United States to build a naval base in the country, a move seen as a push back"
        " against Chinese influence in the Pacific.",
        "urged",
        None,
    ),
    # negatives: the act's own place phrase, and a physical act's object, keep their place
    ("The two sides sign an agreement in Doha.", "sign", ("Doha", "QAT")),
    (
        "The ministers discussed the situation in Syria at a meeting in Ankara.",
        "discussed",
        ("Ankara", "TUR"),
    ),
    ("The Kremlin denies the reports at a news conference in Moscow.", "denies", ("Moscow", "RUS")),
    ("Police raided a base in Kabul, a move seen as a warning.", "raided", ("Kabul", "AFG")),
    ("Malaysian officials deny him entry into Sabah.", "deny", ("Sabah", "MYS")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), TOPIC_PLACES)
def test_topic_place_is_not_the_act_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A place inside what the act is about is not the act's; its own place phrase is."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# text, trigger, expected place: whom a warning, demand or suit is aimed at, and what it warns of or asks for
ADDRESSED_OBJECT_PLACES = [
    (
        "China's foreign ministry warns the Czech government of possible consequences for Czech companies"
        " with operations in mainland China.",
        "warns",
        None,
    ),
    (
        "The UN General Assembly passes a resolution demanding the United Kingdom return control of the"
        " Chagos Archipelago to Mauritius.",
        "demanding",
        None,
    ),
    ("Protesters demand the release of activists detained in Cairo.", "demand", None),
    ("The ministry demands an investigation into the killings in Darfur.", "demands", None),
    ("The Health Ministry warns of a cluster of infections in Seoul.", "warns", None),
    (
        "The Justice Department files lawsuits against King County and the state of New Jersey over sanctuary"
        " cities.",
        "lawsuits",
        None,
    ),
    # negatives: the act's own place phrase, an audience's place, a court's, and acts done at their object
    (
        "Speaking in Paris, Macron warns Turkey of sanctions over drilling in the Eastern Mediterranean.",
        "warns",
        ("Paris", "FRA"),
    ),
    (
        "Macron urges Iran at a press conference in Paris to release French researchers held in Tehran.",
        "urges",
        ("Paris", "FRA"),
    ),
    ("Macron warned reporters in Paris that the crisis would last.", "warned", ("Paris", "FRA")),
    ("Authorities in Lagos urge residents to stay at home.", "urge", ("Lagos", "NGA")),
    ("The families sue the airline in a court in New York.", "sue", ("New York", "USA")),
    ("Relatives file a lawsuit in New York against the airline.", "lawsuit", ("New York", "USA")),
    (
        'The president warns major cities in Azerbaijan are now "legitimate targets" of the army.',
        "warns",
        ("Azerbaijan", "AZE"),
    ),
    ("Police arrest seven officials in Caracas.", "arrest", ("Caracas", "VEN")),
    ("Rebels attack a base in Kabul.", "attack", ("Kabul", "AFG")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ADDRESSED_OBJECT_PLACES)
def test_addressed_object_place_is_not_the_act_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """Whom a warning, demand or suit is aimed at, and what it is about, is no place of it; its own is."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# text, trigger, killed, injured
CAUSE_TOLLS = [
    ("Thousands of people march in Minneapolis over the death of George Floyd.", "march", None, None),
    ("Crowds marched over the killing of two protesters in Baghdad.", "marched", None, None),
    ("Protesters rally in Paris against the killing of a man by police.", "rally", None, None),
    # negatives: a march's own toll, and an attack in the same sentence, keep their counts
    (
        "Security forces kill three protesters in Baghdad during a march over the death of an activist.",
        "kill",
        3,
        None,
    ),
    ("Two protesters are killed as crowds march in Baghdad.", "killed", 2, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), CAUSE_TOLLS)
def test_protest_cause_is_no_toll(text: str, trigger: str, killed: int, injured: int) -> None:
    """The death a march is over is its cause, not its toll."""
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
