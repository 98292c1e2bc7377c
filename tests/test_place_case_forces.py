"""A violent act told in a clause under the verb of local police or authorities acting on the case takes the
force's "in" phrase as a last resort (dotterel/stages/place_case_forces.py).

Sentences written for these tests in the style of news items. Must not change: a place the act's own clause
names, an act told in the perfect or with a date of its own, on a person of a named nationality, of fighting
or serving, a force's verb that is no act on a case ("mourn", "extradite"), a subject that is no force.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import Where, assert_trigger_places

DATE = "2020-03-10"

PLACES: list[tuple[str, str, set[Where]]] = [
    # sentence, trigger word, the places (name, country) its events may have (None: no place)
    (
        "Police in Tulsa, Oklahoma, are seeking three suspects after two men opened fire at a nightclub,"
        " killing two people.",
        "opened",
        {("Tulsa", "USA")},
    ),
    (
        "Police officers in Bergen wound an armed man, who injured four people when he drove a van into"
        " them.",
        "injured",
        {("Bergen", "NOR")},
    ),
    (
        "Authorities in Lagos are clearing burned-out buses and police stations that were set ablaze by"
        " rioters.",
        "set",
        {("Lagos", "NGA")},
    ),
    ("Police in Denver arrest a man after he stabbed two women.", "stabbed", {("Denver", "USA")}),
    # negatives: what must not change
    ("Police in Paris arrest a man who stabbed three people in Lyon.", "stabbed", {("Lyon", "FRA")}),
    ("Police in Germany arrest a Syrian man who killed two people.", "killed", {None}),
    ("Police in London detain a man who had attacked a guard.", "attacked", {None}),
    ("Police in Austria detain a man who killed three people last year.", "killed", {None}),
    ("Officials in Kabul mourn the soldiers who were killed in an ambush.", "killed", {None}),
    ("Police in Texas extradite a man who shot two people.", "shot", {None}),
    ("Residents in Kano bury the villagers who were killed by gunmen.", "killed", {None}),
]


@pytest.mark.parametrize(("sentence", "trigger", "places"), PLACES)
def test_case_force_place(sentence: str, trigger: str, places: set[Where]) -> None:
    assert_trigger_places(sentence, DATE, trigger, places, require_event=True)
