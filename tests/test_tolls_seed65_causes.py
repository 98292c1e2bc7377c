"""Tolls of three seed-65 causes (session 19), on news-like sentences written for these tests, with negatives:

- a bare singular person noun opening its sentence as the subject is one person, as in a headline
  ("Peruvian journalist of a local radio station is shot … and is in serious condition": one injured;
  casualty_headline_nouns.py); not a plural, nor a group noun with a plural verb;
- a fronted main clause the parse hung under its own "after" clause ("Six fishermen are dead, while 12
  more are missing, after three unidentified pirates hijacked their boat") gives its toll to the attack of
  the time clause, as the right parse does (casualty_fronted_clauses.py); not to an act of a type that
  takes no toll above it (a seizure);
- victims hurt by rioting told in a time clause ("43 officers were injured after protesters threw Molotov
  cocktails at them") make one row, the riot's, with the count (merge_riot_victims.py); a march there, an
  attack there and a time clause with a measure of its own ("a day after") stay as they were;
- a bare motive noun ("in rejection of", "in defiance of", "in condemnation of") on an act, or on a verb
  whose subject is an event noun ("Protests break out … in rejection of"), is no row of its own
  (constructions.yaml motive_nouns, motive_phrases.py); a rejection with a possessor, or on a verb whose
  subject is no event, stays a row.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_tolls

DATE = "2020-10-04"

TOLLS = [
    # a headline subject with no determiner: one person
    (
        "Peruvian journalist of a local radio station is shot by gunmen and is in serious condition.",
        [("shot", None, 1)],
    ),
    (
        "Mexican mayor is shot by two assailants in Oaxaca and is in critical condition.",
        [("shot", None, 1)],
    ),
    # negatives: a plural subject, a group noun with a plural verb, and the noun with its article
    (
        "Palestinian youth were shot by soldiers near Nablus and are in serious condition.",
        [("shot", None, None)],
    ),
    (
        "Peruvian journalists of a local radio station are shot by gunmen and are in serious condition.",
        [("shot", None, None)],
    ),
    (
        "A Peruvian journalist of a local radio station is shot by gunmen and is in serious condition.",
        [("shot", None, 1)],
    ),
    # a fronted main clause hung under "after": the attack takes its toll
    (
        "Nine soldiers are dead, while 14 more are missing, after two unidentified gunmen ambushed their "
        "convoy near Mopti.",
        [("ambushed", 9, None)],
    ),
    (
        "Six fishermen are dead, while 12 more are missing, after three unidentified pirates hijacked their "
        "boat off Somalia.",
        [("hijacked", 6, None)],
    ),
    # negatives: a seizure (no toll from above), and the right parse read as before
    (
        "Six fishermen are dead, while 12 more are missing, after three unidentified pirates seized their "
        "boat off Somalia.",
        [("seized", None, None)],
    ),
    (
        "Nine villagers are dead after unidentified gunmen stormed their homes in Burkina Faso.",
        [("stormed", 9, None)],
    ),
    # rioting in the victims' time clause: one row, the riot's, with the count
    (
        "Around 40 officers were injured after protesters threw Molotov cocktails at them in central "
        "Baghdad.",
        [("threw", None, 40)],
    ),
    (
        "Twelve police officers were injured as rioters hurled stones and bottles at them in Belfast.",
        [("hurled", None, 12)],
    ),
    (
        "Ten officers were injured when protesters threw stones at them in Santiago.",
        [("threw", None, 10)],
    ),
    # negatives: a march (the occasion), an attack of the victims' own type, a clause a day later
    (
        "Ten people were injured when protesters marched on the presidential palace in Port-au-Prince.",
        [("injured", None, 10), ("marched", None, 10)],
    ),
    (
        "Ten officers were injured after protesters attacked them in Baghdad.",
        [("injured", None, 10)],
    ),
    (
        "Twelve police officers were injured a day after rioters hurled stones and bottles at them in "
        "Belfast.",
        [("injured", None, 12), ("hurled", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLLS)
def test_tolls_of_seed65_causes(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert coded_tolls(text, DATE) == expected


TRIGGERS = [
    ("Protests break out across Bolivia in rejection of the election results.", ["Protests"]),
    ("Thousands protest in Santiago in rejection of the fare increase.", ["protest"]),
    ("Protests erupt in Lebanon in protest against a new tax on messaging calls.", ["Protests"]),
    ("Lithuania recalls its ambassador in condemnation of the crackdown in Minsk.", ["recalls"]),
    # negatives: a rejection with a possessor, and one on a verb whose subject is no event
    ("The opposition announces its rejection of the election results.", ["rejection"]),
    ("Parliament votes in rejection of the budget.", ["rejection"]),
]


@pytest.mark.parametrize(("text", "expected"), TRIGGERS)
def test_motive_nouns_are_no_rows(text: str, expected: list[str]) -> None:
    assert [word for word, _, _ in coded_tolls(text, DATE)] == expected
