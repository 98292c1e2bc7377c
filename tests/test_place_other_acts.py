"""Places that belong to another act of the sentence are not given to the event.

- A cancelled or postponed trip (dotterel/stages/place_cancelled_trips.py): where it was to go is no place of
  the calling off ("cancel a planned trip to the United Kingdom"); the trip's own event, a visit made, and a
  place phrase of the calling off itself keep their places.
- A crime someone is arrested, charged or sentenced for (dotterel/stages/place_charged_crimes.py): the place
  of the arrest or the court is not the crime's ("detained in Paris after being accused of rape"); a place in
  the crime's own phrase, the scene a sentence opens with, and the arrest itself keep theirs. A crime noun
  left with no actor, place or toll is dropped as uninformative by a later stage, so a crime's row asks only
  that no event of it has a place. Also the verb of an attempt ("for trying to murder"), a verdict of guilt
  ("found guilty of").
- A place in the body an office holder's title names (dotterel/stages/place_office_bodies.py): "The president
  of the Chamber of Commerce in Lyon", "speaker of the Sejm in Poland" name no place of his act; not an
  office of command.
- A tied clause's place (dotterel/stages/place_linked.py) leaves out an untied clause with its own subject
  below it ("a wedding, which took place a day after Amsterdam announced …"), not a subjectless one.
- An act whose own clause says where by a participant's setting (dotterel/stages/place_own_settings.py:
  "killed … outside his school") takes no place named in another clause, unless in that clause's subject.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-03-10"
# items of cep_items.jsonl (lines 10835, 206, 1369 and 5672; no reading table holds them)
BRUNEL = (
    "Jean-Luc Brunel, an associate of Jeffrey Epstein, is arrested in France on charges of rape and sex "
    "trafficking. (The New York Daily News)"
)
SINGER = (
    "American singer Chris Brown and two associates are briefly detained in Paris after being accused of "
    "aggravated rape and drug offenses. (NBC News)"
)
SENTENCED = (
    "In the U.S. state of Wisconsin, Jake Thomas Patterson is sentenced to life in prison for the kidnapping "
    "of Jayme Closs and the murders of her parents. (NPR)"
)
CURFEW = "19,517 people are arrested in the Dominican Republic for breaking curfew. (Dominican Today)"

PLACES: list[tuple[str, str, str | None]] = [
    # sentence, trigger word, place name of its event (None: no place)
    ("Several Australian MPs cancel a planned trip to the United Kingdom next month.", "cancel", None),
    ("The prime minister postpones his visit to India because of the outbreak.", "postpones", None),
    ("The President of France cancels a trip to Algeria.", "cancels", None),
    ("Iran cancels a planned visit to Japan by its foreign minister.", "cancels", None),
    ("The Japanese prime minister cancels his scheduled trips to Saudi Arabia and Oman.", "cancels", None),
    # negatives: a visit made, a cancelled meeting's own place phrase, a route measure, a cancelled talk's
    ("Indian Prime Minister Narendra Modi visits Bangladesh.", "visits", "Bangladesh"),
    ("The Prime Minister of Japan pays a visit to Tehran.", "visit", "Tehran"),
    ("Jordan suspends all flights to and from the United Kingdom until January 3.", "suspends", "Jordan"),
    ("Police in Kabul cancel a planned trip of the governor to the province.", "cancel", "Kabul"),
    # a crime charged: the arrest's or court's place is not the crime's
    (BRUNEL, "rape", None),
    (SINGER, "rape", None),
    # negatives: the arrest keeps its place, the crime keeps the scene its sentence opens with, a measure
    # broken covers where the arrest is
    (BRUNEL, "arrested", "France"),
    (SINGER, "detained", "Paris"),
    (SENTENCED, "murders", "Wisconsin"),
    (CURFEW, "curfew", "Dominican Republic"),
    # the verb of an attempt, a verdict of guilt: the court's place is not the crime's
    ("A man is jailed in Perth for trying to murder a police officer.", "murder", None),
    ("A man is found guilty in Phoenix of the murder of his neighbour.", "murder", None),
    # negatives: the jailing keeps its place, the crime keeps the scene its sentence opens with
    ("A man is jailed in Perth for trying to murder a police officer.", "jailed", "Perth"),
    ("In Arizona, a man is found guilty of the murder of his neighbour.", "murder", "Arizona"),
    # a place in the body of an office holder's title
    ("The president of the Chamber of Commerce in Lyon meets the French finance minister.", "meets", None),
    # negatives: the act's own place phrase, an office of command
    ("The president of the Chamber of Commerce meets the French finance minister in Lyon.", "meets", "Lyon"),
    ("The leader of the Islamic State in Somalia is killed in an airstrike.", "killed", "Somalia"),
    # a speaker is an office of the chamber his title names (seed-67 2126's cause); a lower-case chamber is
    # no body's name, and the act's own place phrase stays
    (
        "Marek Kuchciński, speaker of the Sejm in Poland, announces his resignation after a scandal.",
        "resignation",
        None,
    ),
    ("The speaker of the parliament resigns in Warsaw after a scandal.", "resigns", "Warsaw"),
    ("The speaker of the National Assembly resigns in Warsaw after a scandal.", "resigns", "Warsaw"),
    # another happening's clause below a tied clause
    (
        "The Dutch health minister resigns after attending a wedding, which took place a day after Amsterdam "
        "announced a ban on large gatherings.",
        "resigns",
        None,
    ),
    # negative: a subjectless clause is the same participant's act
    # (one row since the "while" gerund lends its place to its verb: the wounding merges into the shooting)
    ("A priest is wounded after being shot while closing his church in Lyon.", "shot", "Lyon"),
    # an act set by a participant's setting: another clause's place is not its own
    (
        "Thousands march in Paris to honour a teacher who was killed by an extremist outside his school.",
        "killed",
        None,
    ),
    # negatives: the setting's own place phrase, the place in another clause's subject
    ("In Kabul, a man was shot dead at his home.", "shot", "Kabul"),
    (
        "Police in Manchester arrest a man who attacked his neighbour outside her home.",
        "attacked",
        "Manchester",
    ),
]


@pytest.mark.parametrize(("sentence", "trigger", "place"), PLACES)
def test_place_of_another_act_is_not_given(sentence: str, trigger: str, place: str | None) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == trigger]
    assert events or place is None, f"no event of {trigger!r} in {sentence!r}"
    assert {e.place.name if e.place else None for e in events} <= {place}
