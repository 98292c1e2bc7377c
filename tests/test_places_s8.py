"""Places, session 8: which of the places found is the event's. Where people, goods or a missile come from is
never the place; what a reaction or an inquiry is about has its own place; a phrase right after another
happening's phrase describes that happening. Sentences written for these tests (news-like), with negatives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event, with_events

Expected = tuple[str, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# The "from" phrase of a noun (people, vehicles, goods, "ones") or of an attack noun trigger is where they
# came from: not the place. Negatives: a word of leaving or taking away and its object, a distance or a
# stretch, the trigger's own "from" when it is a verb of leaving.
ORIGINS = [
    ("Chile bans all passenger flights from Brazil until further notice.", "bans", ("Chile", "CHL")),
    ("Jamaica reopens its borders to tourists from Canada on Monday.", "reopens", ("Jamaica", "JAM")),
    ("Kenya suspends a ban on cargo ships from Tanzania.", "ban", ("Kenya", "KEN")),
    ("Soldiers foiled an incursion by gunmen from Mali near the town of Djibo.", "foiled", ("Djibo", "BFA")),
    ("A missile attack from Gaza damaged a school in Ashkelon.", "attack", ("Ashkelon", "ISR")),
    ("Air defences shot down a drone launched from Yemen near the city of Abha.", "shot", ("Abha", "SAU")),
    ("Police arrested a man from Ohio who threatened to bomb a synagogue.", "arrested", None),
    ("Mines damaged four ships, including ones from Norway, off the coast.", "damaged", None),
    # negatives: leaving and taking away, a distance, a stretch, a measure's extent
    (
        "The United States announces the withdrawal of 2,000 troops from Afghanistan.",
        "withdrawal",
        ("Afghanistan", "AFG"),
    ),
    ("Turkey evacuates 300 citizens from Wuhan on a military plane.", "evacuates", ("Wuhan", "CHN")),
    ("Gunmen abducted 40 passengers from a bus near Kaduna.", "abducted", ("Kaduna", "NGA")),
    ("A roadside bomb exploded 30 kilometres from Kandahar, killing three.", "exploded", ("Kandahar", "AFG")),
    ("A bus fell into a ravine en route from Gilgit to Islamabad.", "fell", ("Gilgit", "PAK")),
    ("The army withdrew from Sirte on Sunday.", "withdrew", ("Sirte", "LBY")),
    ("Nepal suspends all flights from Kathmandu to Delhi for a week.", "suspends", ("Kathmandu", "NPL")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ORIGINS)
def test_an_origin_is_not_the_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# What a reaction or an inquiry is about (the object of "condemn", the "into" phrase of a probe) is a
# happening with its own place, not the reaction's. Negatives: the reaction's own place phrase, the subject's
# place, the happening reacted to as the event itself.
REACTIONS = [
    ("The European Union condemns Monday's airstrikes on a market in Idlib.", "condemns", None),
    ("Investigators launch a probe into the fire at a factory in Dhaka.", "probe", None),
    ("Prosecutors open an inquiry into the shooting in Marseille.", "inquiry", None),
    ("The president denounces the bombing of a school in Kunduz.", "denounces", None),
    # negatives
    ("Protesters in Minsk condemn the arrest of an opposition leader.", "condemn", ("Minsk", "BLR")),
    ("Speaking in Ankara, the minister condemns the attack.", "condemns", ("Ankara", "TUR")),
    ("Investigators launch a probe into the fire at a factory in Dhaka.", "fire", ("Dhaka", "BGD")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), REACTIONS)
def test_what_a_reaction_is_about_has_its_own_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A phrase right after another happening's phrase (no comma) describes that happening, wherever the parser
# hangs it. Negatives: a casualty that followed the happening died where it was; a phrase after a comma.
LOW_ATTACHED = [
    (
        "The minister resigns following the deaths of six patients since Friday at a hospital in Sfax.",
        "resigns",
        None,
    ),
    ("The mayor resigns after the collapse of a bridge in Genoa.", "resigns", None),
    # negatives
    ("Two soldiers were killed following clashes with rebels in Idlib.", "killed", ("Idlib", "SYR")),
    ("The governor resigned after the protests, in a speech in Lagos.", "resigned", ("Lagos", "NGA")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), LOW_ATTACHED)
def test_a_phrase_after_another_happening_is_that_happenings(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A measure's issuer: the subject of the verb whose object holds the measure noun ("announces the extension of
# restrictions"), the subject of the first verb of a list the parser reads as a clausal complement ("X
# declares …, bans …, and citizens will be placed under quarantine"); its scope, a proper name it is "on" that
# is no country's own name. Negatives: a country it is "on" (its people or goods), a common noun after "on",
# an issuer that names no place.
MEASURES = [
    (
        "Thailand's foreign ministry announces the extension of entry restrictions to all tourists.",
        "restrictions",
        ("Thailand", "THA"),
    ),
    (
        "Hungary declares a state of emergency, closes its schools, and travellers from abroad will be placed"
        " under quarantine.",
        "quarantine",
        ("Hungary", "HUN"),
    ),
    (
        "The prime minister extends the restrictions on Melbourne for two weeks.",
        "restrictions",
        ("Melbourne", "AUS"),
    ),
    ("India imposes a curfew on Srinagar after protests.", "curfew", ("Srinagar", "IND")),
    ("Belgium agrees to reopen its border with the Netherlands.", "agrees", ("Belgium", "BEL")),
    # negatives
    ("Malaysia imposes a ban on Israel.", "ban", ("Malaysia", "MYS")),
    ("The opposition urges the government to close the schools.", "urges", None),
    ("Kenya imposes a ban on flights for two weeks.", "ban", ("Kenya", "KEN")),
    ("The ministry announces the extension of entry restrictions to all tourists.", "restrictions", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), MEASURES)
def test_a_measure_is_placed_by_its_issuer_or_its_scope(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A clause of being tells where someone was at the time: a "while" clause of the event's verb ("while he was
# in a meeting in La Paz"), a relative clause on its object ("farmers who were in their fields near …").
# Negatives: a relative clause that says what the object is, not where it was; a "while" clause that is a
# contrast with a subject of another event.
BEING_THERE = [
    ("Police arrested 40 students while they were in a park in Minsk.", "arrested", ("Minsk", "BLR")),
    ("Gunmen shot dead four farmers who were in their fields near Maiduguri.", "shot", ("Maiduguri", "NGA")),
    # negatives
    ("Gunmen killed a man who was a teacher in Paris.", "killed", None),
    ("Gunmen killed a man who had lived in Paris.", "killed", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), BEING_THERE)
def test_a_clause_of_being_tells_where_the_participant_was(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A participle in an absolute "with" phrase of an earlier event's verb happened where that event did.
# Negatives: the event it accompanies has no place; a "with" phrase that is no absolute participle.
ACCOMPANYING = [
    (
        "Four hostages are rescued by commandos in Gao, with two commandos killed during the operation.",
        ["rescued", "killed"],
        ("Gao", "MLI"),
    ),
    (
        "Militants attacked a checkpoint in Balochistan, with three soldiers wounded in the firefight.",
        ["attacked", "wounded"],
        ("Balochistan", "PAK"),
    ),
    # negatives
    ("Commandos rescued four hostages, with two commandos killed in the raid.", ["rescued", "killed"], None),
    (
        "Troops in Gao clashed with rebels; two civilians were killed later.",
        ["clashed", "killed"],
        None,
    ),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), ACCOMPANYING)
def test_an_absolute_with_phrase_shares_its_events_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, triggers: list[str], expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), triggers), 1) == expected
