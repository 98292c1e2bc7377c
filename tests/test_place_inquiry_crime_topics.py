"""What an inquiry looks into, and the crime a court act is for told by "in", are no place of the act
(dotterel/stages/place_inquiry_topics.py; ``crime_phrase_preps`` and the charge nouns "role", "involvement" in
dotterel/stages/place_crime_phrases.py and dotterel/stages/place_charged_crimes.py), on news-like sentences
written for these tests, with negatives.

"a money laundering probe into payments to accounts in Estonia": Estonia is the case's, neither the probe's
nor the raid's; "convicts three men in the 2018 murder of a shopkeeper near Jammu": the court is not named;
"sentences two men for their roles in the bombing of a bus in Burgas": the court in Bulgaria is. Must not
change: the inquiry's or the court's own place ("Police in Chicago open an investigation", "an investigation
in Paris into", "A court in Lagos convicts"), a place on the act itself ("convicted in absentia in Paris"), an
"in" phrase that is no crime ("arrest five men in a raid in Lahore"), the verb "investigate" (left as it was),
a crime's own place inside its phrase ("the bombing of a bus in Burgas").
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import Where, assert_trigger_places

DATE = "2019-10-20"

PLACES: list[tuple[str, str, set[Where], bool]] = [
    # sentence, trigger word, the places (name, country) its events may have (None: no place), event required
    (
        "Police raid the offices of a German bank as part of a money laundering probe into payments to"
        " accounts in Estonia.",
        "raid",
        {None},
        True,
    ),
    (
        "The FBI concludes its investigation of the noose found in a garage at Talladega Superspeedway.",
        "investigation",
        {None},
        False,
    ),
    (
        "An Indian court convicts three men in the 2018 murder of a shopkeeper near Jammu.",
        "convicts",
        {None},
        True,
    ),
    (
        "A judge sentences a former soldier in the killing of two women in Cleveland.",
        "sentences",
        {None},
        True,
    ),
    (
        "A court in Bulgaria sentences two men to life for their roles in the bombing of a bus in Burgas.",
        "sentences",
        {("Bulgaria", "BGR")},
        True,
    ),
    (
        "A court in Oslo sentences a man for his role in the attacks in Utoya.",
        "sentences",
        {("Oslo", "NOR")},
        True,
    ),
    # the arrest's place is not the crime's, now also for "in the murder"
    ("Police in Dhaka arrest two men in the murder of a blogger.", "murder", {None}, False),
    # negatives: the act's own place, an "in" phrase that is no crime, the crime's own place
    ("Police in Dhaka arrest two men in the murder of a blogger.", "arrest", {("Dhaka", "BGD")}, True),
    (
        "A court in Lagos convicts a man in the killing of a teenager in Kano.",
        "convicts",
        {("Lagos", "NGA")},
        True,
    ),
    ("A man is convicted in absentia in Paris for fraud.", "convicted", {("Paris", "FRA")}, True),
    ("Police arrest five men in a raid in Lahore.", "arrest", {("Lahore", "PAK")}, True),
    (
        "Police in Chicago open an investigation into the shooting of a teenager.",
        "investigation",
        {("Chicago", "USA")},
        True,
    ),
    (
        "French prosecutors open an investigation in Paris into the fire at the cathedral.",
        "investigation",
        {("Paris", "FRA")},
        True,
    ),
    ("Police investigate a shooting at a bar in Dayton.", "investigate", {("Dayton", "USA")}, True),
    (
        "Investigations into a militia whose members were arrested in Germany reveal a plot to carry out"
        " attacks on mosques across the country.",
        "attacks",
        {("Germany", "DEU")},
        True,
    ),
    (
        "A court sentences two men for their roles in the bombing of a bus in Burgas.",
        "bombing",
        {("Burgas", "BGR")},
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "trigger", "places", "required"), PLACES)
def test_inquiry_crime_places(sentence: str, trigger: str, places: set[Where], required: bool) -> None:
    """The case an inquiry looks into and a crime told by "in" or "for their role in" give the act no place;
    the act's own place phrase stays."""
    assert_trigger_places(sentence, DATE, trigger, places, required)
