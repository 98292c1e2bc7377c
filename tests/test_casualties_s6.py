"""Tolls of one incident told in joined clauses, lists and words the casualty finder missed (session 6:
dotterel/stages/casualty_joins.py, casualty_phrases.py, casualty_victims.py, casualty_counts.py), on news-like
sentences written for these tests, each table with negatives:

- more victims added with "also" in a clause joined after a semicolon are added to the attack's toll, not
  when the clause is another incident's or another time, nor without "also";
- the other side's toll of one fight, reported by that side in a "while" clause, is added; another source's
  figure is not;
- a toll listed in parts after "including" is summed when no total is given; a total stays the total;
- the toll of "the ensuing clashes" is the storming's; "says ten, including a child, were killed" counts ten;
- the police shooting of a gunman "before being shot dead by police" counts the gunman, not his victims;
- an arrest "for the murder of" someone takes no toll (the murder is another event);
- a protest "after the killing of a student" takes no toll (the death is its cause, another event);
- count words: "stab to death a man", "wounds a soldier" (a verb the tagger took for a noun), "with dozens
  more wounded" (a lower bound), "wound four others" (lemmatized as "wind"), "a bomb … killed[VBN] eight
  civilians" (the object, not the bomb), "The attacker, who was shot dead" (the antecedent);
- a running toll a new death brings the incident to is the incident's toll ("dies, bringing the death toll
  to seven"), a killing's own count stays its own; a next sentence's "reports scores of people injured" is
  the attack's.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from tests.stage_helpers import coded_toll_of

DATE = "2020-06-11"


# sentence, trigger, killed, injured
JOINED = [
    (
        "Gunmen attacked a police post in Tillaberi, killing five officers; two of the assailants "
        "were also killed.",
        "attacked",
        7,
        None,
    ),
    (
        "Militants ambushed a convoy near Kidal, killing ten soldiers; one of the attackers was also killed.",
        "ambushed",
        11,
        None,
    ),
    (
        "At least 10 soldiers are killed and six others wounded near the border when gunmen ambushed "
        "them; one of "
        "the attackers was also killed.",
        "killed",
        11,
        6,
    ),
    (
        "Twelve soldiers were killed and four wounded when militants raided a base near Kidal; three of the "
        "militants were also killed.",
        "killed",
        15,
        4,
    ),
    # negatives: the added clause's own mention keeps its count; no "also"; another incident; another time
    (
        "Militants ambushed a convoy near Kidal, killing ten soldiers; one of the attackers was also killed.",
        "killed",
        1,
        None,
    ),
    (
        "Militants ambushed a convoy near Kidal, killing ten soldiers; one of the attackers was killed.",
        "ambushed",
        10,
        None,
    ),
    (
        "Militants ambushed a convoy near Kidal, killing ten soldiers; two police officers were also "
        "killed in a "
        "separate attack in Gao.",
        "ambushed",
        10,
        None,
    ),
    (
        "Militants ambushed a convoy near Kidal, killing ten soldiers; last year, two soldiers were "
        "also killed "
        "on the same road.",
        "ambushed",
        10,
        None,
    ),
]

SIDES = [
    (
        "Clashes in Marib left 30 Houthi fighters dead and 40 wounded, while government forces "
        "reported 12 dead "
        "and 25 wounded.",
        "Clashes",
        42,
        65,
    ),
    (
        "The Russian Defence Ministry says rebels stormed army positions in Idlib, the ensuing "
        "fighting left 50 "
        "rebels dead and 90 wounded while government forces reported 40 dead and 80 wounded.",
        "fighting",
        90,
        170,
    ),
    # negatives: another source's figure restates the toll; one side alone
    (
        "Police said the bombing left 50 people dead and 90 wounded, while hospital officials "
        "reported 40 dead "
        "and 80 wounded.",
        "bombing",
        50,
        90,
    ),
    ("Clashes in Marib left 30 Houthi fighters dead and 40 wounded.", "Clashes", 30, 40),
]

PARTS = [
    (
        "Multiple people are killed, including three militants, two police officers, two civilians and two "
        "soldiers, in Kashmir after a gunfight.",
        "killed",
        9,
        None,
    ),
    (
        "Several people are killed, including two children and a police officer, in a bombing in Kabul.",
        "killed",
        3,
        None,
    ),
    # negatives: a total is the total, the parts are not added
    (
        "Gunmen stormed a hotel in Mogadishu, killing eight people, including three soldiers.",
        "stormed",
        8,
        None,
    ),
    ("A roadside bomb kills six civilians, including two women, in Helmand.", "roadside bomb", 6, None),
]

CONSEQUENCES = [
    (
        "Rebels stormed an army post near Idlib, and the ensuing clashes killed 12 soldiers.",
        "stormed",
        12,
        None,
    ),
    (
        "A military spokesman says ten, including a child, were killed and a further 27 wounded.",
        "killed",
        10,
        27,
    ),
    # negative: clashes not said to follow from the storming keep their toll
    ("Rebels stormed an army post near Idlib, and later clashes killed 12 soldiers.", "stormed", None, None),
]

POLICE = [
    (
        "A shooter kills three people and injures eight more at a naval base in Florida before being "
        "shot and "
        "killed by police.",
        "shot",
        1,
        None,
    ),
    (
        "A gunman kills two people at a supermarket in Texas before being shot dead by police.",
        "shot",
        1,
        None,
    ),
    # negatives: the gunman's own attack keeps his victims; no shooting of him
    (
        "A gunman kills two people at a supermarket in Texas before being shot dead by police.",
        "kills",
        2,
        None,
    ),
    ("A gunman kills two people at a supermarket in Texas before police arrive.", "kills", 2, None),
]

CRIMES = [
    ("Police in Leeds arrest a man for the murder of a teenager.", "arrest", None, None),
    ("Police arrest two men over the killing of a journalist in Lagos.", "arrest", None, None),
    # negative: the killing itself keeps its toll
    ("Gunmen kill a journalist in Lagos.", "kill", 1, None),
]

PRIOR_DEATHS = [
    ("Thousands protest in Nairobi after the killing of a student by police.", "protest", None, None),
    (
        "Following the death of a young mother, who was killed by her husband in February, women march "
        "against violence in Mexico City.",
        "march",
        None,
        None,
    ),
    ("Students protest in Dhaka after the death of two classmates in a bus crash.", "protest", None, None),
    # negatives: a toll of the protest itself; an attack's own toll
    ("Three protesters are killed as thousands protest in Khartoum.", "killed", 3, None),
    ("Police fire tear gas at protesters in Nairobi, killing two.", "killing", 2, None),
]

WORDS = [
    (
        "During clashes over land, armed miners invade a native reserve and stab to death an indigenous man.",
        "invade",
        1,
        None,
    ),
    ("A bomb planted on a foreign tank wounds a soldier at Kandahar International Airport.", "bomb", None, 1),
    (
        "Azerbaijan says the death toll from a missile attack on Barda has risen to 21 with dozens "
        "more wounded.",
        "missile attack",
        21,
        24,
    ),
    (
        "Israeli troops kill a 15-year-old boy and wound four others at a refugee camp near Hebron.",
        "kill",
        1,
        4,
    ),
    (
        "Officials say a car bomb near the town of Tell Abyad killed at least eight civilians and injured "
        "twenty others.",
        "car bomb",
        8,
        20,
    ),
    (
        "A man stabs five people at a police station in Lyon, killing three officers. The attacker, who was "
        "shot dead by other officers, was a clerk at the station.",
        "shot",
        1,
        None,
    ),
    ("A car bomb in Afrin kills nine people and wounds over 14 others.", "car bomb", 9, 14),
    ("A car bomb in Afrin kills nine people and wounds 14 others.", "car bomb", 9, 14),
    # negatives: a verb with its object in place; no casualty after the bomb; a relative clause's plural
    # antecedent with no number
    ("The soldiers that were killed in the ambush were buried on Monday.", "killed", None, None),
    ("A bomb planted under a police car kills two officers in Quetta.", "bomb", 2, None),
    ("Settlers stab a Palestinian farmer near Nablus.", "stab", None, 1),
]

LATER = [
    (  # a shooting, not item 3926's crash: an accident whose victim is the source gives no event (session 14)
        "A German tourist critically injured in the shooting yesterday in Luttach, Italy, dies from her "
        "injuries, "
        "bringing the death toll to seven.",
        "injured",
        7,
        1,
    ),
    (
        "A police officer wounded in the bombing in Quetta dies in hospital, raising the death toll to 12.",
        "wounded",
        12,
        1,
    ),
    (
        "A Saudi-led coalition begins a military offensive against the Houthis, carrying out "
        "airstrikes against "
        "the capital Sanaa. The local news describe the airstrikes as violent and reports scores of people "
        "injured.",
        "offensive",
        None,
        40,
    ),
    # negatives: the killing's own count stays its own; the wounded "with" a later sentence's killing are
    # that killing's, not those of the retaliation told between
    (
        "Syrian shelling kills Turkish troops in Idlib, prompting retaliation by Turkish forces. A war "
        "monitor says the Turkish retaliation killed 13 Syrian soldiers. Ankara says the Syrian shelling "
        "killed five Turkish soldiers, with nine others injured.",
        "killed",
        13,
        None,
    ),
    (
        "Militants attack an army base in Kidal. Seventy-one more servicemen are killed, bringing "
        "the death toll "
        "to 87.",
        "attack",  # the victims' clause is that attack (merge_victim_clauses.py)
        71,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "killed", "injured"),
    JOINED + SIDES + PARTS + CONSEQUENCES + POLICE + CRIMES + PRIOR_DEATHS + WORDS + LATER,
)
def test_the_toll_of_the_incident(text: str, trigger: str, killed: int | None, injured: int | None) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "bound"),
    [
        (
            "Multiple people are killed, including three militants and two soldiers, in Kashmir.",
            "killed",
            "killed",
            "at_least",
        ),
        (
            "Azerbaijan says the death toll from a missile attack on Barda has risen to 21 with dozens more "
            "wounded.",
            "missile attack",
            "injured",
            "at_least",
        ),
        # negative: a stated total is exact
        (
            "Gunmen stormed a hotel in Mogadishu, killing eight people, including three soldiers.",
            "stormed",
            "killed",
            None,
        ),
    ],
)
def test_the_bound_of_a_toll(text: str, trigger: str, kind: str, bound: str | None) -> None:
    events = [e for e in code(text, DATE) if text[e.trigger.start : e.trigger.end] == trigger]
    assert events
    assert dict(events[0].count_bounds).get(kind) == bound
