"""The informative and locals stages on real sentences: which events stay, and who locals are."""

from __future__ import annotations

from typing import Any

import pytest

from dotterel.api import code

DATE = "2019-11-16"

INFORMATIVE = [
    # sentence, whether an event of this type stays
    ("The former vice-mayor of the city is detained for corruption.", "COERCE", False),
    # a person named is the one detained, though the actor book lacks them (noun_roles.resolve_role_target)
    ("Chen Gang, the former vice-mayor of Beijing, is detained for corruption.", "COERCE", True),
    ("An investigation is ongoing.", "ACCUSE", False),
    ("A blast near a shrine in Lahore kills at least eleven people.", "ASSAULT", True),
    ("Gunmen fire on buses carrying voters near Anuradhapura.", "ASSAULT", True),
    ("Iran denied the claim.", "REJECT", True),
]


@pytest.mark.parametrize(("sentence", "type_", "kept"), INFORMATIVE, ids=[r[0][:40] for r in INFORMATIVE])
def test_uninformative_events_are_dropped(sentence: str, type_: str, kept: bool) -> None:
    records: list[dict[str, Any]] = [e.to_dict() for e in code(sentence, DATE)]
    assert any(r["type"] == type_ for r in records) is kept, records


LOCALS = [
    # sentence, role, expected country of that role (None: stays unknown)
    ("Gunmen fire on buses carrying voters near Anuradhapura.", "source", "LKA"),
    ("Protesters hurled rocks at the US embassy in Baghdad.", "source", "IRQ"),
    ("Protesters hurled rocks at the US embassy in Baghdad.", "target", "USA"),  # a named country stays
    ("Protesters hurled rocks at the embassy.", "source", None),  # no place: no guess
    # a protest with no stated target addresses the government where it happens
    ("Thousands of protesters rallied in Baghdad on Sunday.", "target", "IRQ"),
    ("Iraqi protesters rallied outside parliament in Baghdad.", "target", "IRQ"),
    # any other event with no stated target targets the country where its own sentence places it
    ("President Omar al-Bashir shortened the nightly curfew imposed in Sudan.", "target", "SDN"),
    ("Turkish jets bombed villages in northern Iraq on Sunday.", "target", "IRQ"),
]


@pytest.mark.parametrize(("sentence", "role", "country"), LOCALS, ids=[f"{r[0][:30]}-{r[1]}" for r in LOCALS])
def test_sector_only_actors_take_the_place_country(sentence: str, role: str, country: str | None) -> None:
    records = [e.to_dict() for e in code(sentence, DATE)]
    assert records, "no event coded"
    assert (records[0][role] or {}).get("country") == country, records[0]


PLACE_TARGET_SECTORS = [
    # sentence, expected target "COUNTRY SECTOR": a conflictual event befalls the people of its place
    ("Israeli tanks shelled targets in Jericho on Monday.", "PSE CVL"),
    ("Troops imposed a curfew in Kirkuk on Friday.", "IRQ CVL"),
    # a cooperative one targets the country, with no sector
    ("Aid workers delivered food in Darfur on Monday.", "SDN None"),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), PLACE_TARGET_SECTORS, ids=[r[0][:30] for r in PLACE_TARGET_SECTORS]
)
def test_place_targets_of_conflict_are_its_people(sentence: str, expected: str) -> None:
    records = [e.to_dict() for e in code(sentence, DATE)]
    assert records, "no event coded"
    target = records[0]["target"] or {}
    assert f"{target.get('country')} {target.get('sector')}" == expected, records[0]


HOME_MOBILIZATIONS = [
    # sentence, the target country of the MOBILIZE event (None: no target)
    ("The U.S. Navy deployed a hospital ship to New York City on Monday.", None),
    ("France deployed 3,000 extra police officers in Paris ahead of the protests.", None),
    ("Russia deployed troops to Syria on Monday.", "SYR"),  # abroad: the destination is the target
]


@pytest.mark.parametrize(
    ("sentence", "target"), HOME_MOBILIZATIONS, ids=[r[0][:30] for r in HOME_MOBILIZATIONS]
)
def test_a_mobilisation_at_home_has_no_place_target(sentence: str, target: str | None) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == "MOBILIZE"]
    assert events, "no MOBILIZE event coded"
    assert (events[0].target.country if events[0].target else None) == target


COORDINATED = [
    # sentence, how many events of the type
    ("Striking workers and fellow strikers demanded the release of their leaders.", "REQUEST", 1),
    ("Hungarian and Romanian officials agreed on Wednesday to reopen the border.", "AGREE", 2),  # two parties
    ("Police and soldiers fired on protesters in Khartoum.", "ASSAULT", 2),  # COP and MIL differ
]


@pytest.mark.parametrize(("sentence", "type_", "count"), COORDINATED, ids=[r[0][:30] for r in COORDINATED])
def test_coordinated_sources_that_resolve_alike_are_one_event(sentence: str, type_: str, count: int) -> None:
    assert sum(e.action.type == type_ for e in code(sentence, DATE)) == count
