"""Casualty counts of session 9 (dotterel/stages/casualty_uncounted.py, casualty_counts.py,
casualty_bounds.py), on news-like sentences written for these tests, each table with negatives:

- animals are not casualties ("40 sheep were killed"): no toll, and a list of animals and people counts
  the people only;
- a quantity said to be unknown ("an unknown number of rebels") adds nothing exact: the count it is added to
  stands, as a lower bound;
- "another" standing for a victim, or before a singular noun, is one more ("killing a soldier and wounding
  another": 1 wounded), not before a number ("another 20 people": 20).
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import code, coded_toll_bounds_of

DATE = "2020-06-11"


def _toll_of(text: str, trigger: str) -> tuple[int | None, int | None, dict[str, str]]:
    """Return (killed, injured, count bounds) of the first event coded from ``text`` with ``trigger``."""
    return coded_toll_bounds_of(text, trigger, DATE)


# text, trigger, killed, injured
ANIMALS = [
    (
        "An air strike hit a farm near Hodeidah, and 40 sheep were killed in the strike.",
        "air strike",
        None,
        None,
    ),
    ("A bomb exploded at a cattle market in Mogadishu, killing 12 camels.", "bomb", None, None),
    (
        "Bandits raided a ranch in Zamfara, killing dozens of cows and wounding two horses.",
        "raided",
        None,
        None,
    ),
    (
        "Militants raided a village in Borno State, killing dozens of cattle and three herders.",
        "raided",
        3,
        None,
    ),
    # negatives: people are counted
    (
        "An air strike hit a farm near Hodeidah, and 40 farmers were killed in the strike.",
        "air strike",
        40,
        None,
    ),
    ("A bomb exploded at a cattle market in Mogadishu, killing 12 traders.", "bomb", 12, None),
    ("Gunmen attacked a village in Plateau State, killing two herders and wounding five.", "attacked", 2, 5),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), ANIMALS)
def test_animals_are_not_casualties(text: str, trigger: str, killed: int | None, injured: int | None) -> None:
    assert _toll_of(text, trigger)[:2] == (killed, injured)


# text, trigger, killed, killed bound
UNKNOWN = [
    (
        "At least 15 soldiers and an unknown number of rebels were killed in fighting in Darfur.",
        "killed",
        15,
        "at_least",
    ),
    (
        "Twelve police officers and an undisclosed number of militants died in the clashes in Kashmir.",
        "clashes",
        12,
        "at_least",
    ),
    (
        "An unknown number of people were killed when gunmen attacked a church in Burkina Faso.",
        "killed",
        None,
        None,
    ),
    # "a number of rebels" states no count either (not one rebel): at least the fifteen (session 15)
    ("Fifteen soldiers and a number of rebels were killed in fighting in Darfur.", "killed", 15, "at_least"),
    # negatives: a known number adds up, exactly
    ("Twelve police officers and three militants died in the clashes in Kashmir.", "clashes", 15, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "bound"), UNKNOWN)
def test_unknown_number_adds_nothing_exact(
    text: str, trigger: str, killed: int | None, bound: str | None
) -> None:
    got_killed, _, bounds = _toll_of(text, trigger)
    assert (got_killed, bounds.get("killed")) == (killed, bound)


# text, trigger, killed, injured
ANOTHER = [
    ("Rebels ambushed a convoy near Goma, killing a soldier and wounding another.", "ambushed", 1, 1),
    (
        "One protester was shot dead and another was injured when police fired on a march in Baghdad.",
        "shot",
        1,
        1,
    ),
    (
        "A gunman opened fire on a checkpoint in Kirkuk, killing one policeman and injuring another officer.",
        "opened",
        1,
        1,
    ),
    # negatives: a number after "another" is the count; no victim, no count
    ("Gunmen stormed a village in Zamfara, killing another 20 people.", "stormed", 20, None),
    ("Gunmen stormed another village in Zamfara on Tuesday.", "stormed", None, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), ANOTHER)
def test_another_is_one_more_victim(text: str, trigger: str, killed: int | None, injured: int | None) -> None:
    assert _toll_of(text, trigger)[:2] == (killed, injured)


# text, trigger, killed
LISTS = [
    (
        "Two U.S. soldiers, a Pentagon civilian, and a civilian contractor are reported dead after a suicide "
        "attack in Manbij.",
        "suicide attack",
        4,
    ),
    (
        "Three police officers, a teacher and two children were killed when a bomb exploded in Quetta.",
        "killed",
        6,
    ),
    # negatives: a description, a part, or a list spelling out a generic noun counts once
    ("Six people are killed in Newark: a police officer, the gunmen, and three shoppers.", "killed", 6),
    ("The mayor, a former judge, was shot dead in an ambush in Guerrero.", "shot", 1),
    ("Four soldiers, a sergeant among them, were killed in an ambush near Gao.", "killed", 4),
    ("Four soldiers, two of them officers, were killed in an ambush near Gao.", "killed", 4),
]


@pytest.mark.parametrize(("text", "trigger", "killed"), LISTS)
def test_singular_member_of_a_plural_list(text: str, trigger: str, killed: int) -> None:
    assert _toll_of(text, trigger)[0] == killed


# text, trigger, killed, injured
GAPPED = [
    (
        "Two policemen were shot dead and four bystanders wounded when gunmen attacked a post in Quetta.",
        "shot",
        2,
        4,
    ),
    # the gapped clause's toll is the incident's, told in the sentence before
    (
        "A suicide bomber struck a market in Manbij on Wednesday. Two soldiers and a contractor are reported "
        "dead and three other soldiers injured.",
        "struck",
        3,
        3,
    ),
    # negatives: a clause with an object of its own is an act of its own
    ("Six soldiers were killed and rebels seized the town of Kidal.", "seized", None, None),
    ("Two policemen were shot dead and the gunmen fled when police arrived in Quetta.", "shot", 2, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), GAPPED)
def test_gapped_passive_counts_its_subject(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert _toll_of(text, trigger)[:2] == (killed, injured)


# text, trigger, the sum, the first statement's start, the added statement's start (None: nothing added)
SUM_EVIDENCE = [
    (
        "Militants attacked a police post in Kandahar. Nine policemen were killed. Four militants also "
        "died in the attack.",
        "attacked",
        13,
        "Nine policemen",
        "Four militants",
    ),
    (
        "Insurgents attacked a checkpoint in Ghazni on Monday, killing six soldiers. Three militants also "
        "died in the attack.",
        "attacked",
        9,
        "killing six",
        "Three militants",
    ),
    # negative: a toll taken as it is adds no second statement
    (
        "Militants attacked a police post in Kandahar. Nine policemen were killed.",
        "attacked",
        9,
        "Nine policemen",
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "first", "added"), SUM_EVIDENCE)
def test_a_sum_keeps_the_evidence_of_both_statements(
    text: str, trigger: str, killed: int, first: str, added: str | None
) -> None:
    event = next(e for e in code(text, DATE) if text[e.trigger.start : e.trigger.end] == trigger)
    spans = event.evidence.spans
    assert event.killed == killed
    assert text[spans["killed"].start :].startswith(first)
    if added is None:
        assert "killed_added" not in spans
    else:
        assert text[spans["killed_added"].start :].startswith(added)


# text, trigger, killed, injured
SUFFERED = [
    (
        "A rabbi suffers a head injury after being attacked with a hammer outside a synagogue in Lyon.",
        "attacked",
        None,
        1,
    ),
    ("A reporter sustained a head injury when police attacked protesters in Minsk.", "attacked", None, 1),
    ("Three guards received serious injuries when gunmen attacked a bank in Lagos.", "attacked", None, 3),
    # negatives: a loss or an illness is no counted injury
    ("The army suffered heavy losses when militants attacked a base in Kunar.", "attacked", None, None),
    ("A farmer suffered a heart attack after soldiers raided his village near Hebron.", "raided", None, None),
    ("The rebels suffered a defeat when troops attacked their camp near Gao.", "attacked", None, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), SUFFERED)
def test_who_suffers_an_injury_is_injured(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert _toll_of(text, trigger)[:2] == (killed, injured)


# text, trigger, killed
ATTEMPTS = [
    (
        "Prosecutors say the attempted murder of a military intelligence officer was ordered from Moscow.",
        "murder",
        None,
    ),
    (
        "Officials say the failed assassination of the governor was planned by a drug cartel.",
        "assassination",
        None,
    ),
    ("The security service says it foiled the attempted murder of a military spy in Kyiv.", "foiled", None),
    # negatives: the harm itself, done
    ("Prosecutors say the murder of a military intelligence officer was ordered from Moscow.", "murder", 1),
    ("Officials say the assassination of the governor was planned by a drug cartel.", "assassination", 1),
]


@pytest.mark.parametrize(("text", "trigger", "killed"), ATTEMPTS)
def test_an_attempt_kills_nobody(text: str, trigger: str, killed: int | None) -> None:
    assert _toll_of(text, trigger)[0] == killed
