"""The grounds a penalty is imposed for, and the crime a trial or a confession in court is for, are no
place of the act that answers them (session 26: dotterel/stages/place_penalty_grounds.py,
``grounds_penalty_words``; dotterel/stages/place_trial_charges.py, ``trial_nouns`` and ``confession_verbs`` of
places.yaml), on news-like sentences written for these tests, with negatives.

"sanctions two officials for human rights abuses in Xinjiang": the abuses were in Xinjiang, the sanction was
decided elsewhere; "are on trial in France for their involvement in the 2015 attack": France is where the
trial is, the attack's own clause names no place. Must not change: the penalty's or the crime's own place
phrase, a time ("suspended for two years"), penalties enforced at the scene (a fine, an arrest), a sentence
opening with the place ("In Germany, …"), "admitted to hospital in Lagos".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event

Expected = tuple[str, str | None] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# text, trigger, expected place: the grounds of a penalty decided against others
PENALTY_GROUNDS_PLACES = [
    (
        "The United States sanctions two Chinese officials for human rights abuses in Xinjiang.",
        "sanctions",
        None,
    ),
    (
        "The broadcasting authority suspends the press licence of a correspondent for their biased"
        " coverage of the Tigray conflict.",
        "suspends",
        None,
    ),
    (
        "Russia blocks the Security Council from blacklisting the militia for abuses committed in the city of"
        " Tarhuna.",
        "blacklisting",
        None,
    ),
    (
        "Washington sanctions a Hong Kong official over the crackdown on protesters in the city.",
        "sanctions",
        None,
    ),
    (
        "The authority suspends the licence of a correspondent, and issues warnings to two broadcasters, for"
        " their coverage of the Tigray conflict.",
        "suspends",
        None,
    ),
    # negatives: the deed keeps its place; the penalty's own place phrase, a time, a fine at the scene stay
    (
        "The United States sanctions two Chinese officials for human rights abuses in Xinjiang.",
        "abuses",
        ("Xinjiang", "CHN"),
    ),
    (
        "The United States imposes sanctions in Washington on two officials over the crackdown in Minsk.",
        "sanctions",
        ("Washington", "USA"),
    ),
    ("The athlete is suspended for two years in Kenya.", "suspended", ("Kenya", "KEN")),
    ("Police fine 200 people in Paris for breaking the curfew.", "fine", ("Paris", "FRA")),
    ("The government suspends classes in Manila for a week.", "suspends", ("Manila", "PHL")),
    (
        "The government suspends classes and closes schools in Manila for a week.",
        "suspends",
        ("Manila", "PHL"),
    ),
]


# text, trigger, expected place: the crime a trial or a confession in court is for
TRIAL_CRIME_PLACES = [
    (
        "Fourteen people are on trial in France for their involvement in the 2015 attack on a magazine.",
        "attack",
        None,
    ),
    ("A former soldier stands trial in Berlin for the murder of a politician.", "murder", None),
    ("Twenty men go on trial in Paris for the 2015 attacks on a concert hall.", "attacks", None),
    ("A man confesses in court in Germany to killing a teenager.", "killing", None),
    ("A man pleads guilty in a court in Texas to the murder of his wife.", "murder", None),
    # negatives: the crime's own place phrase, a place the sentence opens with, the trial's own place,
    # "admitted to hospital"
    ("A man pleads guilty to the murder of his wife in Texas.", "murder", ("Texas", "USA")),
    ("In Germany, a man confesses to killing a teenager.", "killing", ("Germany", "DEU")),
    (
        "Fourteen people are on trial in France for their involvement in an attack.",
        "trial",
        ("France", "FRA"),
    ),
    ("Two people are admitted to hospital in Lagos.", "admitted", ("Lagos", "NGA")),
    ("A man is arrested in Kenosha for shooting two people.", "arrested", ("Kenosha", "USA")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), PENALTY_GROUNDS_PLACES)
def test_penalty_grounds_are_not_the_penalty_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A place inside what a penalty is imposed for is the deed's, not the penalty's; its own place stays."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), TRIAL_CRIME_PLACES)
def test_trial_place_is_not_the_crime_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """The place of a trial or a confession in court is not the crime's; the crime's own place stays."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected
