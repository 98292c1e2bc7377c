"""A sentence's opening place phrase reaches each of its clauses (dotterel/stages/place_sentence_scenes.py);
a passive's agent lends its place phrase as the subject's would (dotterel/stages/place_sentence.py); the crime
a court act is for keeps its place phrase (dotterel/stages/place_crime_phrases.py).

"In the city of Sydney, activists block an intersection; several people were arrested": the fronted phrase is
the scene of the arrests after the semicolon too. "A rally is held by the opposition in the capital Dhaka":
the opposition in the capital hold it there, as "Opposition supporters in Dhaka hold a rally". "sentenced
for the murder of two women in Cleveland": Cleveland is the murder's, the court is not named. Must not
change: a place of the act's own clause ("police arrest dozens in Mong Kok"), a place inside another clause
with no fronted scene ("Protesters march in Mong Kok; dozens are arrested": Mong Kok is the march's only), a
fronted phrase that is no place's ("After the march in Sydney, …"), an agent's origin ("by students from
…"), a name's own place phrase ("Islamic Jihad Movement in Palestine"), the verb's own act, a court's own
place ("A court in Lagos charges …"), a place on the court act or its penalty ("sentenced to life in prison
in Texas for murder"), a cause that is no crime ("over a sit-in").
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import Where, assert_trigger_places

DATE = "2019-10-20"

PLACES: list[tuple[str, str, set[Where]]] = [
    # sentence, trigger word, the places (name, country) its events may have (None: no place)
    (
        "In the city of Sydney, climate activists block a major intersection for two hours; several people "
        "were arrested.",
        "arrested",
        {("Sydney", "AUS")},
    ),
    (
        "In Hong Kong, thousands of protesters march through the streets; police arrest dozens.",
        "arrest",
        {("Hong Kong", "HKG")},
    ),
    ("A protest is held by the opposition in the capital Dhaka.", "protest", {("Dhaka", "BGD")}),
    ("A rally was staged by farmers outside the parliament in Nairobi.", "rally", {("Nairobi", "KEN")}),
    (
        "A former soldier is sentenced to life in prison for the murder of two women in Cleveland.",
        "sentenced",
        {None},
    ),
    ("A court convicts a former officer of the killing of a teenager in Chicago.", "convicts", {None}),
    ("A court sentences a man to death for the 2015 bombing of a church in Lahore.", "sentences", {None}),
    # negatives: what must not change
    ("A court in Lagos charges a man with the murder of a teenager in Kano.", "charges", {("Lagos", "NGA")}),
    ("A man is sentenced to life in prison in Texas for murder.", "sentenced", {("Texas", "USA")}),
    ("A court in Cairo sentences 75 people to death over a 2013 sit-in.", "sentences", {("Cairo", "EGY")}),
    ("Police in Delhi charge three men with rape.", "charge", {("Delhi", "IND")}),
    (
        "In Hong Kong, thousands of protesters march through the streets; police arrest dozens in Mong Kok.",
        "arrest",
        {("Mong Kok", "HKG")},
    ),
    (
        "In the city of Sydney, climate activists block a major intersection for two hours; several people "
        "were arrested.",
        "block",
        {("Sydney", "AUS")},
    ),
    ("Protesters march in Mong Kok; dozens are arrested.", "arrested", {None}),
    ("After the protest in Sydney, police say two people were arrested.", "arrested", {None}),
    ("A protest is held by students from Dhaka University.", "protest", {None}),
    ("The journalist was arrested by police in Paris.", "arrested", {("Paris", "FRA")}),
    (
        "A rocket attack on a town in southern Israel was carried out by Islamic Jihad Movement in "
        "Palestine.",
        "rocket attack",
        {("southern Israel", "ISR")},
    ),
]


@pytest.mark.parametrize(("sentence", "trigger", "places"), PLACES)
def test_scene_and_agent_place(sentence: str, trigger: str, places: set[Where]) -> None:
    assert_trigger_places(sentence, DATE, trigger, places, require_event=None not in places)
