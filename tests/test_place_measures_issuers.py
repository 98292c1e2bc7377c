"""Places, places14: the issuer of a measure names its place whatever the tagger calls the name: the place
in the "of" phrase of a government noun ("The Government of Ontario imposes …", "the regional government of
Castile and León orders …"); and a narrower scope named for a measure wins over its issuer ("a lockdown of
the capital Suva", "a lockdown … for Lagos" parsed as a dative). Sentences written for these tests
(news-like), with negatives."""

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


# (text, trigger, expected place). Negatives: an organisation named after a place that is no government (a
# university, an agency, an airline), a measure with no named issuer, a one-word name of no place.
ISSUERS = [
    (
        "The Government of Ontario imposes new province-wide restrictions on indoor dining.",
        "restrictions",
        ("Ontario", "CAN"),
    ),
    ("The Government of Quebec announces a curfew from 8 p.m. to 5 a.m.", "curfew", ("Quebec", "CAN")),
    (
        "The regional government of Castile and León orders a lockdown of two cities.",
        "lockdown",
        ("Castile and León", "ESP"),
    ),
    (
        "The provincial government of Manitoba imposes a curfew for two weeks.",
        "curfew",
        ("Manitoba", "CAN"),
    ),
    ("The Government of Bavaria declares a state of emergency.", "state of emergency", ("Bavaria", "DEU")),
    # negatives
    ("The Federal Aviation Administration orders a ban on the jets.", "ban", None),
    ("The airline announces a ban on pets in the cabin.", "ban", None),
    ("The government announces a curfew from 9 p.m.", "curfew", None),
    ("Honda announces a suspension of production for a week.", "suspension", None),
    ("Toyota confirms that it will be closing its plant in June.", "closing", None),
    ("The University of Toronto orders a closure of its campus.", "closure", None),
    ("The Council of Europe calls for a ban on the death penalty.", "ban", None),
    ("The Executive Council of Hong Kong approves a ban on face masks.", "ban", ("Hong Kong", "HKG")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ISSUERS)
def test_a_measures_issuer_names_its_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger])) == expected


# (text, trigger, expected place): a narrower scope named for the measure wins over its issuer: the name a
# measure noun is "of" ("a lockdown of the capital Suva"), a "for" phrase the parser calls a dative
# ("announces a lockdown for Lagos"). Negatives: a common noun there ("the closure of schools", "a curfew of
# three days", "for the whole country"), no measure ("aid for Lebanon").
SCOPES = [
    ("Kenya announces a lockdown of the capital Nairobi from tomorrow.", "lockdown", ("Nairobi", "KEN")),
    ("Israel tightens its blockade of Gaza after rocket fire.", "blockade", ("Gaza", "PSE")),
    ("Nigeria announces a two-week lockdown for Lagos and Abuja.", "lockdown", ("Lagos", "NGA")),
    (
        "Uganda announces a partial lockdown on 30th March 2020 for Kampala and Entebbe.",
        "lockdown",
        ("Kampala", "UGA"),
    ),
    ("Iraq orders a curfew of Baghdad and Basra.", "curfew", ("Baghdad", "IRQ")),
    ("Peru orders a quarantine of the city of Iquitos.", "quarantine", ("Iquitos", "PER")),
    # negatives
    ("Jordan imposes a curfew of three days.", "curfew", ("Jordan", "JOR")),
    ("Ghana orders the closure of schools and universities.", "closure", ("Ghana", "GHA")),
    ("The government announces a state of emergency for the whole country.", "state of emergency", None),
    ("Morocco announces aid for Lebanon.", "aid", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SCOPES)
def test_a_measures_named_scope_wins_over_its_issuer(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger])) == expected
