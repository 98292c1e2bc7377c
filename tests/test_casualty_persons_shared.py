"""Casualty counts of session 13 (casualty_persons.py), on news-like sentences written for these tests, each
table with negatives:

- a bare person noun conjoined to a person noun with a possessor or "the" shares it, and counts as one more
  victim ("stabbed his wife and daughter": two); a plural with no number adds nothing ("his wife and
  children": one), and a counted conjunct keeps its count;
- a lone name after a harm verb that repeats the last word of a longer name of the article is that person's
  surname, one victim, whatever the tagger calls it ("the murder of Grace Mensah … stabbing Mensah"); an
  acronym or a name with no longer form in the article is not read as one.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-10-22"

# text, trigger, killed, injured
SHARED_DETERMINER = [
    (
        "Police say a man shot and killed his wife and daughter at their home in Tulsa, Oklahoma, before "
        "turning the gun on himself.",
        "shot",
        2,
        None,
    ),
    (
        "A former soldier stabs his mother and sister at a house in Marseille, France; both are in critical "
        "condition.",
        "stabs",
        None,
        2,
    ),
    ("A man stabbed his wife and daughter to death at their home in Leeds, England.", "stabbed", 2, None),
    # negatives: a plural with no number adds nothing; a counted conjunct keeps its own count
    ("A gunman kills his wife and children at their home in Rio de Janeiro.", "kills", 1, None),
    ("An explosion kills the pilot and three passengers of a helicopter in Kabul.", "explosion", 4, None),
]

SURNAME = [
    (
        "Prosecutors in Texas say Mark Ellison dated Laura Diaz in 2018. A jury finds that Ellison "
        "murdered Diaz.",
        "murdered",
        1,
        None,
    ),
    (
        "Police in Anchorage charge Peter Lang with the murder of Anna Kovacs. Lang reportedly confessed to "
        "killing Kovacs and told officers where her body could be found.",
        "killing",
        1,
        None,
    ),
    (
        "A witness testifies that the gunman who shot and killed Haddad in Atlanta fled in a pickup truck, "
        "in the trial over the death of Omar Haddad.",
        "shot",
        1,
        None,
    ),
    # negatives: the full name and the surname of one victim count once; an organisation's name is no victim
    (
        "A witness testifies that the gunman who shot and killed Omar Haddad in Atlanta fled in a pickup "
        "truck. Haddad was 25.",
        "shot",
        1,
        None,
    ),
    (
        "Turkish officials say the Kurdistan Workers' Party (PKK) attacked a base in Hakkari. Turkish jets "
        "killed PKK fighters in northern Iraq.",
        "killed",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), SHARED_DETERMINER)
def test_a_bare_person_noun_shares_the_possessor_of_its_conjunct(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), SURNAME)
def test_a_lone_surname_of_a_name_in_the_article_is_one_victim(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
