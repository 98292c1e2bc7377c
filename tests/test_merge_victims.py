"""More victims of one incident told in its split-off mention (session 8: dotterel/stages/merge_victims.py and
the several tellings of one incident in dotterel/stages/merge_splitoff.py), on news-like sentences written for
these tests, each table with negatives:

- the attackers' own dead told in the next sentence are added to the incident's toll ("Gunmen kill eight
  … All three attackers were later killed": 11), whether named as doers ("the attackers", "the
  gunmen") or as the party the first sentence names as doer ("The Taliban ambush … Five Taliban fighters
  are killed"); so are victims added with "also" after a passive toll ("Four soldiers were killed …
  Twenty militants were also killed": 24); the split-off mention keeps its own count;
- not other victims told again without "also", not another party's act ("killed by police"), not a
  separate attack, and never twice when the casualties stage added the "also" count already;
- a harm noun's relative clause told as an event of its own ("a shooting … that left three dead and five
  injured") gives the noun its counts (merge_relatives.py); not another noun's clause;
- a next sentence whose definite subject names the doers of the clause a toll is told with ("are wounded
  when rocket shells strike … . The rockets hit …", merge_incident.py) is the same incident and takes its
  toll; not other doers;
- a sentence telling one incident by several harm words with no count of their own ("came under attack …,
  resulting in a shootout") gives all of them the next sentence's toll; not when one of them has its own.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from tests.stage_helpers import coded_toll_of, coded_tolls

DATE = "2020-06-11"

# text, trigger, killed, injured
ADDED_VICTIMS = [
    (
        "Gunmen kill six people and wound 12 at a market in Kano, Nigeria. All four attackers were later "
        "killed.",
        "kill",
        10,
        12,
    ),
    (
        "Al-Shabaab militants ambush an army convoy near Afgoye, killing seven soldiers. Nine al-Shabaab "
        "fighters are killed in the firefight.",
        "ambush",
        16,
        None,
    ),
    (
        "Two police officers were killed in an assault on a checkpoint in Balochistan. Three militants "
        "were also killed in the assault.",
        "killed",
        5,
        None,
    ),
    (
        "Two police officers were killed in an assault on a checkpoint in Balochistan. Three militants "
        "were also killed in the assault.",
        "killed#2",
        3,
        None,
    ),
    (
        "Thirty gunmen storm a border post between Kenya and Somalia, killing two guards. Twelve "
        "assailants are killed and four others captured.",
        "storm",
        14,
        None,
    ),
    # negatives: the same victims told again, another party's act, a separate attack, victims added with
    # "also" without naming the incident (another incident of a war), the doers' own claim of their victims
    (
        "Forty soldiers are killed during the fighting for the town. Three more civilians are also killed.",
        "killed",
        40,
        None,
    ),
    (
        "Officials say Taliban fighters have killed 12 militiamen in an attack on their post in Kunduz. A "
        "Taliban spokesman says they killed 30 gunmen.",
        "killed",
        12,
        None,
    ),
    (
        "Gunmen kill six people at a market in Kano, Nigeria. Six people were killed, police said.",
        "kill",
        6,
        None,
    ),
    (
        "Gunmen kill six people at a market in Kano, Nigeria. The gunmen were later killed by soldiers.",
        "kill",
        6,
        None,
    ),
    (
        "Two police officers were killed in an assault on a checkpoint in Balochistan. Three militants "
        "were also killed in a separate attack.",
        "killed",
        2,
        None,
    ),
    (  # the casualties stage adds the "also" count to the attack noun: not a second time
        "Militants attacked an army post in Tillaberi, killing four soldiers. Two militants were also "
        "killed.",
        "attacked",
        6,
        None,
    ),
]


def _toll(text: str, trigger: str) -> tuple[int | None, int | None]:
    word, _, number = trigger.partition("#")
    if not number:
        return coded_toll_of(text, word, DATE)
    found = [(k, i) for w, k, i in coded_tolls(text, DATE) if w == word]
    return found[int(number) - 1]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), ADDED_VICTIMS)
def test_more_victims_of_the_split_off_mention_add_to_the_incident_toll(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert _toll(text, trigger) == (killed, injured)


# text, trigger, killed, injured
SEVERAL_TELLINGS = [
    (
        "Troops retook a jail in Kandahar that came under attack yesterday by insurgents, resulting in a "
        "shootout between guards and inmates. At least 14 people are killed and 30 injured.",
        "attack",
        14,
        30,
    ),
    (
        "Troops retook a jail in Kandahar that came under attack yesterday by insurgents, resulting in a "
        "shootout between guards and inmates. At least 14 people are killed and 30 injured.",
        "shootout",
        14,
        30,
    ),
    # negative: one of the tellings has a toll of its own, the next sentence's is not shared out
    (
        "Insurgents attacked a jail in Kandahar, killing two guards, and soldiers raided a village in "
        "Helmand. At least 14 people are killed.",
        "raided",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), SEVERAL_TELLINGS)
def test_several_tellings_of_one_incident_share_the_next_toll(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


# text, trigger, killed, injured
RELATIVE_CLAUSE = [
    (
        # session 16: "Prosecutors charge two men over a shooting ..." is now a charge
        # (verbs.accuse-charge-official) and the shooting it names is alleged, as after "arrest two men over"
        "The FBI joins the inquiry into a shooting last week in Memphis, Tennessee, that left three people "
        "dead and another five injured.",
        "shooting",
        3,
        5,
    ),
    (
        "A militant leader said that Syria's government ordered the drone attack on Afrin in northern Syria "
        "on May 2, 2020, which injured nine Kurds.",
        "drone attack",
        None,
        9,
    ),
    (
        "Police arrest six people in connection with an attack last month in Sacramento, California, that "
        "left two people dead and another nine injured.",
        "attack",
        2,
        9,
    ),
    # negatives: the clause's own event keeps its count; another harm noun's clause is not this one's
    (
        "Police arrest six people in connection with an attack last month in Sacramento, California, that "
        "left two people dead and another nine injured.",
        "injured",
        2,
        9,
    ),
    (
        "Police arrest a man over a shooting in Dallas that left two dead, days after a stabbing that "
        "wounded four.",
        "shooting",
        2,
        None,
    ),
    (
        "Police arrest a man over a shooting in Dallas that left two dead, days after a stabbing that "
        "wounded four.",
        "stabbing",
        None,
        4,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), RELATIVE_CLAUSE)
def test_a_harm_nouns_relative_clause_tells_its_toll(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


# text, trigger, killed, injured
DOERS_OF_THE_CLAUSE = [
    (
        "Three Iraqi soldiers are wounded when rocket shells strike Camp Taji, north of Baghdad. The rockets "
        "hit a storage depot inside the base.",
        "hit",
        None,
        3,
    ),
    (
        "Five civilians are killed when artillery shells hit a market in Donetsk. The shells struck the roof "
        "of the main hall.",
        "struck",
        5,
        None,
    ),
    # negatives: other doers, named without a definite determiner or as another party
    (
        "Three Iraqi soldiers are wounded when rocket shells strike Camp Taji, north of Baghdad. Drones "
        "struck a storage depot inside the base.",
        "struck",
        None,
        None,
    ),
    (
        "Five civilians are killed when soldiers fire on a market in Donetsk. The rebels struck a "
        "checkpoint.",
        "struck",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), DOERS_OF_THE_CLAUSE)
def test_the_doers_of_the_clause_a_toll_is_told_with_name_its_incident_again(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


def test_an_added_count_keeps_the_evidence_of_both_statements() -> None:
    text = (
        "Gunmen kill six people and wound 12 at a market in Kano, Nigeria. All four attackers were later "
        "killed."
    )
    event = next(e for e in code(text, DATE) if e.killed == 10)
    spans = event.evidence.spans
    assert text[spans["killed"].start : spans["killed"].end] == "kill six"
    assert "killed" in text[spans["killed_added"].start : spans["killed_added"].end]
    assert spans["killed_added"].start > text.index("All four")
    assert "injured_added" not in spans


def test_victims_added_with_also_keep_the_evidence_of_both_statements() -> None:
    text = (
        "Four soldiers were killed when militants attacked a checkpoint in Idlib. Two more soldiers were "
        "also killed in the attack."
    )
    event = next(e for e in code(text, DATE) if e.killed == 6)
    spans = event.evidence.spans
    assert text[spans["killed"].start : spans["killed"].end].startswith("Four soldiers")
    assert text[spans["killed_added"].start : spans["killed_added"].end].startswith("Two more soldiers")
