"""Place names the name finder did not offer (session 20, finder20), on news-like sentences written for these
tests, each with negatives:

- a capitalised name right after a hyphenated participle of control ("in Kurdish-held Qamishli") that the
  tagger reads as a common noun, and a name's first word the tagger reads as a verb before a division name
  ("in Tell Abyad District"): dotterel/stages/place_name_tags.py;
- a known region read whole, not as a small town's alternate name cut before its division word ("in
  Primorsky Krai" with no country in the sentence);
- an unknown name whose first word is only another town's alternate name, placed by a facility noun ("a
  police station in Nik Shahr": not "Shahr");
- a body named for a country as the scene of an act ("outside the Israel Supreme Court", "in front of the
  Haitian Parliament"): the country is the place; the body acting or addressed names none
  (dotterel/stages/place_body_scenes.py).
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


# text, trigger, expected place
OFFERED_NAMES = [
    (
        "A roadside bomb in Kurdish-held Suluk, Tell Abyad District, Raqqa Governorate, kills two soldiers.",
        "bomb",
        ("Suluk", "SYR"),
    ),
    ("Turkish warplanes bomb a village in Kurdish-held Qamishli, Syria.", "bomb", ("Al Qamishli", "SYR")),
    ("Rebels shell a market in government-held Hama, killing four.", "shell", ("Hamah", "SYR")),
    (
        "Gunmen kill four people in Tell Abyad District, Raqqa Governorate.",
        "kill",
        ("Tell Abyad District", "SYR"),
    ),
    ("A gunman kills three people in Primorsky Krai.", "kills", ("Primorsky Krai", "RUS")),
    ("A gunman kills three people in Russia's Primorsky Krai.", "kills", ("Primorsky Krai", "RUS")),
    (
        "Gunmen attack a police station in Nik Shahr, Iran, killing two officers.",
        "attack",
        ("Nik Shahr", "IRN"),
    ),
    # negatives: a participle without its hyphenated modifier, a lower-case noun after the participle, a
    # person named like a place, a known division whole
    ("Rebels shell positions in rebel-held territory near Idlib.", "shell", ("Idlib", "SYR")),
    ("Police arrest Nik Shahr, a local businessman, at his home.", "arrest", None),
    (
        "Three soldiers are killed in Khakrez District, Kandahar Province.",
        "killed",
        ("Khakrez District", "AFG"),
    ),
    ("Clashes erupt in Sangin District of Helmand.", "Clashes", ("Sangin District", "AFG")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), OFFERED_NAMES)
def test_offered_names(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A name after a control participle, a division's first word the tagger calls a verb, a known region
    and a name opening with an alternate name are offered whole."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# text, trigger, expected place
BODY_SCENES = [
    ("Protesters rally outside the Israel Supreme Court.", "rally", ("Israel", "ISR")),
    ("Hundreds of lawyers protest outside the Kenya High Court.", "protest", ("Kenya", "KEN")),
    ("Police fire tear gas at protesters in front of the Haitian Parliament.", "fire", ("Haiti", "HTI")),
    ("Protesters gather outside the Haitian Parliament.", "gather", ("Haiti", "HTI")),
    # negatives: the body acting or addressed, a body named by no country, a place phrase of its own
    ("The Israel Supreme Court rules that the law is legal.", "rules", None),
    ("The opposition appeals to the Kenya High Court.", "appeals", None),
    ("A rights group sues the interior minister in the Kenya High Court.", "sues", None),
    ("Protesters rally outside the Supreme Court.", "rally", None),
    ("Protesters rally outside the Israel Supreme Court in Jerusalem.", "rally", ("Jerusalem", "ISR")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), BODY_SCENES)
def test_body_scenes(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A court or parliament named for a country, as the scene of an act, places it in that country."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected
