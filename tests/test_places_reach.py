"""Places stage: place phrases the clause tiers did not reach (issue 4, misses of the fresh seed-14 reading).

Each table holds sentences written for these tests (news-like, not taken from the samples), with negatives: a
place of another happening stays out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from dotterel.errors import KnowledgeError
from dotterel.knowledge import place_words as places_module
from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.knowledge.place_words import load_place_words
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_events

Expected = tuple[str, str | None] | None
Case = tuple[str, list[str], Expected]


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# The object of an attack verb, and a participle hanging on it, are where the target was hit: the place phrase
# of the participle's object too ("a bus carrying pilgrims near …"). Not a destination, not a relative clause.
ATTACK_TARGETS: list[Case] = [
    (
        "A blast hits a minibus carrying wedding guests near the central market in Jalalabad, injuring nine.",
        ["blast"],
        ("Jalalabad", "AFG"),
    ),
    (
        "An explosion hits a bus carrying Egyptian pilgrims near the Red Mosque in Cairo.",
        ["explosion"],
        ("Cairo", "EGY"),
    ),
    ("An explosion hit a bus carrying pilgrims to Karbala.", ["explosion"], None),
    ("An explosion hit a bus carrying pilgrims who had prayed in Karbala.", ["explosion"], None),
]


# A passive casualty verb coordinated with a gapped passive shares its "after" clause, whichever of the two
# the parser hangs it on, with the event nouns that are that clause's arguments ("launched an assault on …").
# Not an active verb, not another happening under "for".
AFTER_CLAUSES: list[Case] = [
    (
        "Four policemen were killed and two civilians wounded after gunmen stormed a checkpoint in Zabul"
        " province.",
        ["killed", "stormed"],
        ("Zabul province", "AFG"),
    ),
    (
        "Three soldiers were wounded and one killed after a mine exploded in Kidal.",
        ["killed"],
        ("Kidal", "MLI"),
    ),
    (
        "Seven people were killed after insurgents launched an assault on a police compound in Kunduz.",
        ["killed", "assault"],
        ("Kunduz", "AFG"),
    ),
    (
        "Militants killed two soldiers and wounded four others after a rally in Kandahar.",
        ["killed", "rally"],
        None,
    ),
    (
        "Seven people were killed after police arrested two suspects for the bombing in Kunduz.",
        ["killed", "arrested", "bombing"],
        None,
    ),
]


# A split-off participle ("…, killing three and injuring 20") takes the place of the clause it hangs on, with
# that clause's circumstance event ("during a rally … in Harare"); not a happening it only followed.
PARTICIPLES: list[Case] = [
    (
        "Police fired tear gas during a rally against fuel prices in Harare, killing three people and"
        " injuring 20 others.",
        ["injuring", "fired", "rally"],
        ("Harare", "ZWE"),
    ),
    (
        "Police fired tear gas at students, killing two, a week after a rally in Harare.",
        ["killing", "fired", "rally"],
        None,
    ),
]


# An outcome reached at a meeting it followed at once ("sign a pact following talks in Manama") was reached
# there; not after another happening, not a measured time later, not an act that is no outcome of talks.
MEETINGS: list[Case] = [
    (
        "Israel and Bahrain sign a security pact, which takes effect in May, following talks in Manama.",
        ["sign"],
        ("Manama", "BHR"),
    ),
    (
        "The two ministers issued a joint statement after they met in Tashkent.",
        ["issued"],
        ("Tashkent", "UZB"),
    ),
    # the own clause's place first
    ("The two sides sign the accord in Kabul following talks in Doha.", ["sign"], ("Kabul", "AFG")),
    ("The two sides sign a ceasefire deal following the fighting in Idlib.", ["sign"], None),
    ("The ministers issued a statement two days after they met in Tashkent.", ["issued"], None),
    ("The two sides sign a ceasefire deal two weeks after talks in Doha.", ["sign"], None),
    ("Rebels withdrew their fighters following talks in Doha.", ["withdrew"], None),
    ("The envoys held talks amid the fighting in Idlib.", ["talks"], None),
    # relations restored, normalized or established at a meeting
    (
        "Chad and Israel restore diplomatic relations after Israeli Prime Minister Benjamin Netanyahu meets"
        " with Chadian President Idriss Deby in N'Djamena.",
        ["restore"],
        ("N'Djamena", "TCD"),
    ),
    ("Sudan cuts diplomatic ties with Qatar following talks in Khartoum.", ["cuts"], None),
    (
        "Bahrain and Israel establish diplomatic ties following a meeting in Manama.",
        ["establish"],
        ("Manama", "BHR"),
    ),
    ("Kenya and Somalia restore diplomatic relations months after talks in Nairobi.", ["restore"], None),
    ("The army restored order after protests in Khartoum.", ["restored"], None),
    ("Sudan and Israel normalize relations after the fighting in Gaza.", ["normalize"], None),
]


# "over" after an attack noun with a name or place noun is where the attack was; after another noun, or with
# an event or a cause as its object, it is what the event is about.
ATTACK_POSITIONS: list[Case] = [
    ("State media reported an Israeli missile strike over Damascus.", ["strike"], ("Damascus", "SYR")),
    ("Jets carried out a raid over Tripoli on Sunday.", ["raid"], ("Tripoli", "LBY")),
    ("Protests erupted over the airstrike in Kunduz.", ["Protests"], None),
    ("Militants claimed an attack over the killing of a cleric in Peshawar.", ["attack"], None),
    ("Police arrested two men for the shooting in Sonora.", ["arrested"], None),
]


@pytest.mark.parametrize(
    ("text", "triggers", "expected"),
    ATTACK_TARGETS + AFTER_CLAUSES + PARTICIPLES + MEETINGS + ATTACK_POSITIONS,
)
def test_place_reach(
    parse: Callable[..., Article], stage: PlacesStage, text: str, triggers: list[str], expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), triggers)) == expected


def test_a_places_file_missing_a_reach_list_names_it(tmp_path: Path) -> None:
    data = yaml.safe_load((Path(places_module.__file__).parent / "places.yaml").read_text(encoding="utf-8"))
    del data["meeting_outcomes"]
    bad = tmp_path / "places.yaml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        load_place_words(bad)
    assert error.value.key == "meeting_outcomes"
