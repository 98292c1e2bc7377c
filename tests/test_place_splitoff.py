"""Places, places16a: which event a place belongs to across sentences and inside a grievance. Sentences
written for these tests (news-like), each table with negatives:

- a split-off mention of one incident in the next sentence shares the incident's place as it shares its toll
  (dotterel/stages/place_splitoff.py, called from merge_splitoff.find_shared_tolls); not across another
  incident ("In a separate attack"), nor a paragraph break;
- the arrest of the incident's doers told in the next sentence ("The suspect was later detained") is at the
  incident's scene; not the arrest of other people, nor of "a man", nor across a paragraph break;
- an event told as the cause of a grievance ("amid anger over the arrest of …") takes no place from the
  rest of its sentence (dotterel/stages/place_grievances.py); "protests over …" is no grievance noun;
- an aircraft hit is placed where it came down ("shoots down a drone, which crashed in X": object_clause_verbs
  of places.yaml); a meeting left is where the leaving is ("pulls out of talks in Geneva":
  dotterel/stages/place_left.py); not an accord named after a city;
- a name given by a verb of naming to a happening told before ("the incident, which Iran describes as an
  illegal seizure") takes no place from the naming sentence (dotterel/stages/place_namings.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.api import code
from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_events

DATE = "2020-06-11"


def coded_place(text: str, trigger: str) -> str | None:
    """Return the place name of the first event the whole pipeline codes at the word ``trigger``."""
    found = [e for e in code(text, DATE) if text[e.trigger.start : e.trigger.end] == trigger]
    assert found, (trigger, [text[e.trigger.start : e.trigger.end] for e in code(text, DATE)])
    return None if found[0].place is None else found[0].place.name


# text, trigger of the split-off mention, expected place
SPLIT_OFF = [
    (
        "Gunmen attacked a market in Kandahar, killing four people. Nine others were also wounded in the "
        "attack.",
        "attacked",  # the wounded clause is now folded into its incident (merge_victim_clauses): one event
        "Kandahar",
    ),
    (
        "A suicide bomber struck a police checkpoint in Mogadishu on Monday, killing six officers. Two "
        "civilians were also injured in the blast.",
        "injured",
        "Mogadishu",
    ),
    (
        "Three gunmen stormed a hotel in Sousse on Friday, killing 38 tourists. The three attackers were "
        "later killed in a gunfight with police.",
        "killed",
        "Sousse",
    ),
    # negatives: another incident; a new paragraph
    (
        "Gunmen attacked a market in Kandahar, killing four people. In a separate attack, nine others were "
        "wounded.",
        "wounded",
        None,
    ),
    (
        "Gunmen attacked a market in Kandahar, killing four people.\n\nNine others were also wounded in the "
        "attack.",
        "wounded",
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "place"), SPLIT_OFF)
def test_a_split_off_mention_shares_the_incidents_place(text: str, trigger: str, place: str | None) -> None:
    assert coded_place(text, trigger) == place


# text, trigger of the arrest, expected place
ARRESTS = [
    (
        "A gunman opened fire at a mosque in Christchurch, wounding 12 worshippers. The suspect was later "
        "detained by police.",
        "detained",
        "Christchurch",
    ),
    (
        "Three gunmen stormed a hotel in Sousse on Friday, killing 38 tourists. The attackers were arrested.",
        "arrested",
        "Sousse",
    ),
    (
        "Two men stabbed five people at a train station in Marseille. Police arrested the assailants.",
        "arrested",
        "Marseille",
    ),
    # negatives: other people arrested; no anaphoric doer; a new paragraph
    (
        "Three gunmen stormed a hotel in Sousse on Friday, killing 38 tourists. Police arrested five "
        "protesters.",
        "arrested",
        None,
    ),
    (
        "Three gunmen stormed a hotel in Sousse on Friday, killing 38 tourists. A man was arrested.",
        "arrested",
        None,
    ),
    (
        "Three gunmen stormed a hotel in Sousse on Friday, killing 38 tourists.\n\nThe attackers were "
        "arrested.",
        "arrested",
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "place"), ARRESTS)
def test_the_arrest_of_the_doers_is_at_the_scene(text: str, trigger: str, place: str | None) -> None:
    assert coded_place(text, trigger) == place


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# text, triggers marked, index of the event asked, expected (name, country) or None
GRIEVANCES = [
    (
        "Clashes erupt across the New Territories amid anger over a student's death and the arrest of "
        "opposition lawmakers.",
        ["Clashes", "arrest"],
        1,
        None,
    ),
    (
        "Riots break out in Minneapolis amid outrage at the killing of a man by police.",
        ["Riots", "killing"],
        1,
        None,
    ),
    (
        "Students rally in Nairobi amid fury over the shooting of a classmate in Mombasa.",
        ["rally", "shooting"],
        1,
        ("Mombasa", "KEN"),
    ),
    # negatives: the event the grievance surrounds keeps its place; "protests over" is no grievance
    (
        "Clashes erupt across the New Territories amid anger over a student's death and the arrest of "
        "opposition lawmakers.",
        ["Clashes", "arrest"],
        0,
        ("New Territories", "HKG"),
    ),
    (
        "Protesters rally in Kenosha over the shooting of a man by police.",
        ["rally", "shooting"],
        1,
        ("Kenosha", "USA"),
    ),
]


@pytest.mark.parametrize(("text", "triggers", "index", "place"), GRIEVANCES)
def test_a_grievances_cause_is_not_placed_by_the_sentence(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    triggers: list[str],
    index: int,
    place: tuple[str, str] | None,
) -> None:
    assert place_of(stage, with_events(parse(text, date=DATE), triggers), index) == place


# text, trigger, expected place: an aircraft hit is placed where it came down; a meeting left is where the
# leaving is. Negatives: where the aircraft came from; an accord named after a city; talks not left.
OBJECT_FATES = [
    ("Iran shoots down a drone, which crashed in Ardabil Province.", "shoots down", "Ardabil Province"),
    ("Houthis shoot down a Saudi fighter jet that fell near the town of Marib.", "shoot down", "Ma'rib"),
    ("The army shot down a drone which had taken off from Idlib.", "shot down", None),
    ("Syria's opposition pulls out of UN-sponsored peace talks in Geneva.", "pulls", "Geneva"),
    ("Pakistan withdraws from a summit of Muslim leaders in Kuala Lumpur.", "withdraws", "Kuala Lumpur"),
    ("The United States pulls out of the Paris climate agreement.", "pulls", None),
    ("Rebels withdraw from the town after talks in Geneva.", "withdraw", None),
]


@pytest.mark.parametrize(("text", "trigger", "place"), OBJECT_FATES)
def test_what_the_event_acts_on_places_it(text: str, trigger: str, place: str | None) -> None:
    assert coded_place(text, trigger) == place


# text, triggers marked, index of the event asked, expected (name, country) or None: a name given by a verb
# of naming to a happening told before is not placed by the naming sentence. Negatives: the naming verb's own
# event; an "as" phrase or clause of no naming verb.
NAMINGS = [
    (
        "Britain's ambassador was summoned in Tehran over the incident, which Iran describes as an illegal "
        "seizure.",
        ["summoned", "seizure"],
        1,
        None,
    ),
    ("In Paris, the minister condemned the raid as a criminal assault.", ["condemned", "assault"], 1, None),
    ("Officials in Kabul called it an act of terrorism.", ["called", "act"], 1, None),
    ("Gunmen in Lagos attacked a bus as passengers slept.", ["attacked"], 0, ("Lagos", "NGA")),
    (
        "In Paris, the minister condemned the raid as a criminal assault.",
        ["condemned", "assault"],
        0,
        ("Paris", "FRA"),
    ),
    ("Soldiers in Kabul served as guards during the attack.", ["attack"], 0, ("Kabul", "AFG")),
]


@pytest.mark.parametrize(("text", "triggers", "index", "place"), NAMINGS)
def test_a_name_given_to_a_happening_is_not_placed_by_its_sentence(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    triggers: list[str],
    index: int,
    place: tuple[str, str] | None,
) -> None:
    assert place_of(stage, with_events(parse(text, date=DATE), triggers), index) == place
