"""CAMEO codes of session 25: what a ban bans, and what a denial denies.

- A ban's code follows its object (verbs.yaml): a party, a group or a politician banned is 1722 (ban
  political parties or politicians, mode ban); a film, a book, a channel or a website 1721 (restrictions on
  freedoms of expression, mode ban); public gatherings, protests or rallies 1721 (restrictions on political
  freedoms, mode restrict); any other object 172 (administrative sanctions, not specified below).
- A denial's code follows its object: a request, a bid, an appeal or a petition denied is a rejection (120),
  a release or bail denied or refused 1243 (refuse to release persons), the lifting of a measure denied 1241
  (refuse to ease administrative sanctions); an involvement, a report or an allegation denied stays a denial
  of responsibility (016).
Sentences are written for these tests, like the news items of the data.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-09-03"


def _codes(text: str) -> list[tuple[str, str | None]]:
    """The type and CAMEO code of each event coded from the text."""
    return [(e.action.type, e.action.cameo) for e in code(text, DATE)]


# text, (type, CAMEO code) that must be among the events
CODE_ROWS: list[tuple[str, tuple[str, str]]] = [
    ("Samoa bans the film Rocketman for its depictions of gay sex.", ("COERCE", "1721")),
    (
        "The Nepalese government banned public gatherings in the Kathmandu Valley on Monday.",
        ("COERCE", "1721"),
    ),
    ("Police in Minsk banned the opposition's rally on Sunday.", ("COERCE", "1721")),
    ("Latvia bans the Russian television channel RT for five years.", ("COERCE", "1721")),
    ("The junta banned the main opposition party.", ("COERCE", "1722")),
    ("Germany bans the neo-Nazi group Combat 18.", ("COERCE", "1722")),
    ("The election commission disqualified Nawaz Sharif from contesting the vote.", ("COERCE", "1722")),
    ("Saudi Arabia bans foreign pilgrims from entering Mecca.", ("COERCE", "172")),
    ("The Philippines bans travel to Kuwait after the death of a maid.", ("COERCE", "172")),
    ("Russia bans imports of Ukrainian goods.", ("SANCTION", "163")),
    ("The Supreme Court of Samoa denies a bid by two defendants to return to Australia.", ("REJECT", "120")),
    ("The federal appeals court denied the petition of the former governor.", ("REJECT", "120")),
    ("A court in Harare denies bail to the journalist Hopewell Chin'ono.", ("REJECT", "1243")),
    (
        "The High Court of Hong Kong denies release for the first person arrested under the security law.",
        ("REJECT", "1243"),
    ),
    (
        "The Hong Kong High Court denies the lift of a travel ban imposed on activist Joshua Wong.",
        ("REJECT", "1241"),
    ),
    # negatives: a denial of an act or a claim stays 016; entry denied stays a restriction
    ("Russia denied involvement in the poisoning of Alexei Navalny.", ("REJECT", "016")),
    ("The Chinese foreign ministry denies the report about the detention camps.", ("REJECT", "016")),
    ("Israel denied entry to two American congresswomen.", ("COERCE", "172")),
]

# text, CAMEO code that must not be among the events
ABSENT_ROWS: list[tuple[str, str]] = [
    ("Samoa bans the film Rocketman for its depictions of gay sex.", "1722"),
    ("The Nepalese government banned public gatherings in the Kathmandu Valley on Monday.", "1722"),
    ("The Supreme Court of Samoa denies a bid by two defendants to return to Australia.", "016"),
    ("A court in Harare denies bail to the journalist Hopewell Chin'ono.", "016"),
    # negatives: a party banned keeps 1722, a denied allegation keeps 016
    ("The junta banned the main opposition party.", "1721"),
    ("Saudi Arabia bans foreign pilgrims from entering Mecca.", "1722"),
    ("Russia denied involvement in the poisoning of Alexei Navalny.", "120"),
]


@pytest.mark.parametrize(("text", "expected"), CODE_ROWS, ids=[r[0][:50] for r in CODE_ROWS])
def test_code_present(text: str, expected: tuple[str, str]) -> None:
    assert expected in _codes(text)


@pytest.mark.parametrize(("text", "cameo"), ABSENT_ROWS, ids=[r[0][:50] for r in ABSENT_ROWS])
def test_code_absent(text: str, cameo: str) -> None:
    assert cameo not in [c for _, c in _codes(text)]
