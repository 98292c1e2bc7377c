"""Tolls told in a relative clause on the incident noun of an event verb (session 14), on news-like sentences
written for these tests, with negatives (dotterel/stages/casualty_relative_tolls.py):

- "quelled a mutiny, which left three officers dead": the mutiny is the verb's object, its toll the event's;
- "clashed … in a confrontation that left two people dead": the object of "in" on the verb, likewise;
- not a person's relative clause ("arrested the man who killed three"), a backdrop ("amid unrest that has
  left 18 people dead"), an arrest's occasion or crime, nor a clause with no toll.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-05-10"

# text, trigger, killed, injured
INCIDENT_CLAUSES = [
    (
        "Soldiers suppressed a mutiny at an army camp near Abidjan, which left three officers dead.",
        "suppressed",
        3,
        None,
    ),
    (
        "Riot police clashed with students in Dhaka in a confrontation that left two people dead and 30 "
        "injured.",
        "clashed",
        2,
        30,
    ),
    (
        "Government forces crushed an uprising in the north of the country, which left 11 civilians dead.",
        "crushed",
        11,
        None,
    ),
    # negatives: an arrest takes no toll of its occasion nor of its crime; a person's clause ("who") and a
    # backdrop ("amid") give none; a relative clause with no casualty word gives none
    ("Police arrested 20 people during a riot that left two people dead.", "arrested", None, None),
    ("Police detained a man over a stabbing that left one person dead.", "detained", None, None),
    ("Police arrested the man who killed three people in Houston.", "arrested", None, None),
    ("Thousands protested in Santiago amid unrest that has left 18 people dead.", "protested", None, None),
    ("Soldiers fought with rebels in a battle near Goma, which lasted three days.", "fought", None, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), INCIDENT_CLAUSES)
def test_an_event_verb_takes_the_toll_of_its_incident_nouns_relative_clause(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
