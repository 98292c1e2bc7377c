"""Places, places12b: a measure's issuer behind a listed subject that names no place ("Italy says all
schools and universities will close"); the "in" phrase of a government noun ("the regional government in
Brussels"); the subject of a verb of entering a measure, the first of its list ("London and parts of Essex
will move into Tier 3 restrictions"); "require" as a measure word; and the side of a border its owner
names ("Turkey opens its border with Syria"). Sentences written for these tests (news-like), with
negatives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_events

Expected = tuple[str, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, trigger, expected place). Negatives: two named issuers listed (no one jurisdiction), an issuer that
# names no place, a government noun's "in" phrase of time, "require" with no named issuer.
ISSUERS = [
    ("Greece says all shops and restaurants will close from Monday.", "close", ("Greece", "GRC")),
    (
        "Peru announces that bars and nightclubs will close for two weeks.",
        "close",
        ("Peru", "PER"),
    ),
    (
        "The regional government in Catalonia orders bars and restaurants to close for 15 days.",
        "close",
        ("Catalonia", "ESP"),
    ),
    ("Japan will require all arriving travelers to show a negative test.", "require", ("Japan", "JPN")),
    (
        "Jamaica announces that visitors from Canada will be required to quarantine for 14 days.",
        "required",
        ("Jamaica", "JAM"),
    ),
    # negatives
    ("Canada and the United States say their shared border will close.", "close", None),
    ("The government says all schools and universities will close from Monday.", "close", None),
    ("The government in recent weeks ordered all bars to close.", "close", None),
    ("The airline will require all passengers to wear masks.", "require", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ISSUERS)
def test_a_measures_issuer_is_found_past_a_listed_subject(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger])) == expected


# (text, trigger, expected place): the subject of a verb of entering or staying under a measure is the place
# it covers, the first of a list. Negatives: the verb's subject names no place (the issuer's then), a verb
# that is not one of entering.
ENTERING = [
    (
        "The health minister announces that Manchester and parts of Lancashire will move into Tier 3 "
        "restrictions on Friday.",
        "restrictions",
        ("Manchester", "GBR"),
    ),
    (
        "Spain announces that the town of Aranda de Duero will go into a partial lockdown on Friday.",
        "lockdown",
        ("Aranda de Duero", "ESP"),
    ),
    (
        "Melbourne will remain under lockdown for two more weeks, officials say.",
        "lockdown",
        ("Melbourne", "AUS"),
    ),
    # negatives
    ("Chile says the capital region will go into a full lockdown on Friday.", "lockdown", ("Chile", "CHL")),
    ("The minister says the country will move into a lockdown on Friday.", "lockdown", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ENTERING)
def test_the_subject_entering_a_measure_is_its_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger])) == expected


# (text, trigger, expected place): a border its clause gives to an owner is that owner's side. Negatives: the
# country of the "with" phrase (the other side) is never given, a border of two named countries has no
# owner, a listed subject names no one side, a border with no owner.
BORDERS = [
    ("Turkey opens its border with Iraq for trucks carrying aid.", "opens", ("Turkey", "TUR")),
    ("India deploys more troops to its border with China.", "deploys", ("India", "IND")),
    ("Peru sends soldiers to its northern border with Ecuador.", "sends", ("Peru", "PER")),
    # negatives
    ("Troops are deployed to the border between Peru and Ecuador.", "deployed", None),
    (
        "Chile and Argentina open their border for trucks carrying medical supplies.",
        "open",
        None,
    ),
    ("The army sends more soldiers to the border with Ecuador.", "sends", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), BORDERS)
def test_a_border_of_a_named_owner_is_its_side(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger])) == expected
