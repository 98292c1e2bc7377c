"""Places stage: the content clause of a verb of agreeing or asking, and a clause on an event's object that
tells where the object was taken (session 22).

A "that" clause or a to-infinitive the parser hangs on a verb of agreeing or asking (or on a content noun it
read the verb as) is what is agreed or asked, as the verb's complement is: its places are not where the act
was done. A clause on an event's object of a verb of taking away (``taking_verbs``) tells where the object was
seized, not where the event acts on it: it lends the event no place. Sentences written for these tests, in the
style of the news items, with negatives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_events

Expected = tuple[str, str | None] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# Negatives: a place phrase on the verb itself, the subject's own place, a verb of no content.
CONTENT_CLAUSES = [
    (
        "Colombia and Peru agree on a deal to return home hundreds of migrants stranded at a makeshift "
        "camp in Lima.",
        ["agree"],
        None,
    ),
    ("The Arab League calls on Israel to lift the blockade of Gaza immediately.", ["calls"], None),
    (
        "Washington demands that its allies, notably Italy and Spain, take back their citizens.",
        ["demands"],
        None,
    ),
    ("Kenya warns that the clashes in Somalia could spread across the border.", ["warns"], None),
    ("The envoy proposes that the talks resume in Geneva next month.", ["proposes"], None),
    ("Leaders agree in Brussels on a plan to cut emissions.", ["agree"], ("Brussels", "BEL")),
    ("Negotiators in Doha agree that the talks will resume next month.", ["agree"], ("Doha", "QAT")),
    ("Police in Lagos arrest three men who planned to attack a church.", ["arrest"], ("Lagos", "NGA")),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), CONTENT_CLAUSES)
def test_a_content_clause_of_agreeing_or_asking_holds_no_place_of_the_act(
    parse: Callable[..., Article], stage: PlacesStage, text: str, triggers: list[str], expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), triggers)) == expected


# (text, the event on the object, the event of the clause on its object, expected place of the first).
# Negatives: a clause of another verb on the object (where the object is), of a verb of holding (where the
# freed man was held), a clause on the agent of a passive (the doers' own act).
TAKEN_OBJECTS = [
    (
        "Iran releases the British tanker it seized in the Strait of Hormuz in July.",
        "releases",
        "seized",
        None,
    ),
    ("Rebels free ten soldiers they captured near Goma last month.", "free", "captured", None),
    (
        "Troops kill 25 people who were blocking a bridge in Nasiriyah.",
        "kill",
        "blocking",
        ("Nasiriyah", "IRQ"),
    ),
    (
        "A student who had been detained in Pyongyang is freed after talks.",
        "freed",
        "detained",
        ("Pyongyang", "PRK"),
    ),
    (
        "Six soldiers are killed by gunmen who seized a checkpoint near Gao.",
        "killed",
        "seized",
        ("Gao", "MLI"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "other", "expected"), TAKEN_OBJECTS)
def test_a_clause_of_taking_on_the_object_lends_no_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, other: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger, other])) == expected
