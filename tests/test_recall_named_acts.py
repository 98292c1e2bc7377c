"""Real acts we gave no event or the wrong one: named places taken, verbs the tagger took for nouns, protest
verbs done by armed men, and meetings "between" two actors.

- A place taken told by its name alone ("rebels captured Saraqib") is a capture (verbs.coerce-occupy-named)
  when an armed actor takes it; "the senator captured Michigan" takes no ground.
- A singular noun with a direct object of its own is a verb the tagger took for a noun ("a group of gunmen
  [storm] villages"): it is read as the verb, and it is no storm for the accident rule.
- A protest verb done by an armed actor takes the verb's harm pattern: "gunmen storm a school" is an assault,
  "soldiers looted shops" a seizure of property; protesters and rioters still protest.
- "Detonate" and "set off" are light verbs: "militants detonate two bombs …, killing 14" is one bombing,
  done by the verb's subject, whose participles are its own.
- An event noun of a reciprocal type "between" two actors ("talks between Armenia and Azerbaijan") is coded
  each way between them, as "Armenia and Azerbaijan held talks" is.
- "Reaffirm" and "reiterate" are light verbs: "reaffirmed support for Guaidó" is the subject's support, told
  again that day, as "expressed support" is.
Every table has negative rows; sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.stages.nlp import load_spacy_pipeline
from dotterel.stages.trigger_candidates import is_mistagged_verb

DATE = "2020-10-14"


def _coded(sentence: str) -> list[tuple[str, str, str]]:
    """The (trigger text, PLOVER type, CAMEO code) of each event coded from the sentence."""
    events = code(sentence, DATE)
    return [(sentence[e.trigger.start : e.trigger.end], e.action.type, e.action.cameo) for e in events]


# sentence, trigger word, whether a capture of ground (COERCE 192) is coded on it
NAMED_CAPTURES: list[tuple[str, str, bool]] = [
    ("Rebel fighters captured Kafr Nabl on Tuesday after a week of shelling.", "captured", True),
    ("Government troops recaptured Marawi from the militants.", "recaptured", True),
    ("Jihadist militants overran Mansila in northern Burkina Faso.", "overran", True),
    ("The army liberated Mosul from the Islamic State.", "liberated", True),
    ("Troops retook Tal Tamr after heavy fighting.", "retook", True),  # spaCy's lemma "retook"
    ("The militants captured the town of Kidal.", "captured", True),  # a listed noun, as before
    ("Azerbaijan says it has recaptured Jabrayil from Armenian forces.", "recaptured", True),  # a state
    # negatives: no armed taker; no proper name
    ("The senator captured Michigan in the primary.", "captured", False),
    ("The photographer captured Paris at dawn.", "captured", False),
    ("The candidate recaptured Florida from the Democrats.", "recaptured", False),
    ("Rebels captured the attention of the world.", "captured", False),
    ("The champion retook the lead in the final lap.", "retook", False),
]


@pytest.mark.parametrize(("sentence", "word", "coded"), NAMED_CAPTURES)
def test_named_place_captured(sentence: str, word: str, coded: bool) -> None:
    """An armed actor capturing a named place takes ground; anyone else "capturing" a name does not."""
    found = _coded(sentence)
    assert ((word, "COERCE", "192") in found) is coded, found


# sentence, word, whether the tagger's NN/NNS is really a verb with a direct object
MISTAGGED_NOUNS: list[tuple[str, str, bool]] = [
    ("At least 20 people are killed when a group of gunmen storm villages in Niger.", "storm", True),
    ("Gunmen storm villages in central Mali.", "storm", True),
    # negatives: real nouns
    ("A storm killed five people on the coast.", "storm", False),
    ("The storm flooded villages in the delta.", "storm", False),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), MISTAGGED_NOUNS)
def test_singular_mistagged_verb(sentence: str, word: str, expected: bool) -> None:
    """A noun never has a direct object: one that has is a verb."""
    doc = load_spacy_pipeline()(sentence)
    token = next(t for t in doc if t.text == word)
    assert is_mistagged_verb(token) is expected


# sentence, ASSAULT killed count expected (None: no ASSAULT coded)
MISTAGGED_STORMS: list[tuple[str, int | None]] = [
    ("At least 20 people are killed when a group of gunmen storm villages in Niger.", 20),
    ("Armed men storm villages in central Mali, killing 30.", 30),
    # negatives: a storm is a hazard
    ("A storm kills 12 people in the Philippines.", None),
    ("The storm flooded villages and killed 12 people.", None),
]


@pytest.mark.parametrize(("sentence", "killed"), MISTAGGED_STORMS)
def test_storming_is_no_storm(sentence: str, killed: int | None) -> None:
    """Gunmen who "storm" villages attack them, with the toll; a storm that kills is an accident."""
    found = [e.killed for e in code(sentence, DATE) if e.action.type == "ASSAULT"]
    assert (killed in found) if killed is not None else not found, found


# sentence, trigger word, expected (type, CAMEO)
ARMED_PROTEST_VERBS: list[tuple[str, str, tuple[str, str]]] = [
    ("A group of gunmen storm a school in northern Nigeria.", "storm", ("ASSAULT", "190")),
    ("Islamist fighters stormed a police station in Cabo Delgado.", "stormed", ("ASSAULT", "190")),
    ("Soldiers looted shops in the capital after the coup.", "looted", ("COERCE", "171")),
    ("The militants pillaged the village.", "pillaged", ("COERCE", "171")),
    # negatives: protesters, rioters and supporters protest
    ("Hundreds of protesters stormed the parliament building in Belgrade.", "stormed", ("PROTEST", "145")),
    ("Supporters of the president storm the Capitol.", "storm", ("PROTEST", "145")),
    ("Rioters looted shops in the city centre.", "looted", ("PROTEST", "145")),
    ("Iranian students stormed the British embassy in Tehran.", "stormed", ("PROTEST", "145")),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), ARMED_PROTEST_VERBS)
def test_armed_reading_of_protest_verbs(sentence: str, word: str, expected: tuple[str, str]) -> None:
    """Storming and looting by armed men are harm; by protesters, protest."""
    found = [(t, c) for w, t, c in _coded(sentence) if w == word]
    assert found == [expected], _coded(sentence)


# sentence, expected (source, target) country or actor names of the reciprocal noun, empty: no such event
BETWEEN_PARTIES: list[tuple[str, set[tuple[str | None, str | None]]]] = [
    (
        "Peace talks between Armenia and Azerbaijan resumed in Moscow.",
        {("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")},
    ),
    (
        "A meeting between Putin and Erdogan took place in Sochi.",
        {("Vladimir Putin", "Recep Tayyip Erdoğan"), ("Recep Tayyip Erdoğan", "Vladimir Putin")},
    ),
    (
        "After a phone call between Trump and Erdogan, the White House announces a withdrawal.",
        {("Donald Trump", "Recep Tayyip Erdoğan"), ("Recep Tayyip Erdoğan", "Donald Trump")},
    ),
    # negatives: no two actors named
    ("Talks between the two sides resumed on Monday.", set()),
    ("Talks between the delegations ended without an agreement.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), BETWEEN_PARTIES)
def test_reciprocal_noun_between_two_actors(
    sentence: str, expected: set[tuple[str | None, str | None]]
) -> None:
    """A meeting "between A and B" is one event each way between them."""
    found = {
        (e.source.name if e.source else None, e.target.name if e.target else None)
        for e in code(sentence, DATE)
        if e.action.type == "CONSULT"
    }
    assert found == expected


# sentence, the ASSAULT events expected as (trigger text, killed, injured): one, the bomb, with the toll
LIGHT_DETONATIONS: list[tuple[str, list[tuple[str, int | None, int | None]]]] = [
    ("Militants detonate two bombs in a market in Jolo, killing 14 people.", [("bombs", 14, None)]),
    (
        "Insurgents set off a roadside bomb near a convoy, wounding three soldiers.",
        [("roadside bomb", None, 3)],
    ),
    # negatives: nothing violent detonated; a detonation with no event noun stays the participle's
    ("Army engineers detonated the old bridge on Sunday.", []),
    (
        "Two bombers detonated explosives at a church in Makassar, wounding 20 worshippers.",
        [("wounding", None, 20)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), LIGHT_DETONATIONS)
def test_detonated_bomb_is_one_attack(
    sentence: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    """The bomb a verb detonates carries the participles' toll: one event, not three."""
    found = [
        (sentence[e.trigger.start : e.trigger.end], e.killed, e.injured)
        for e in code(sentence, DATE)
        if e.action.type == "ASSAULT"
    ]
    assert found == expected


# sentence, (PLOVER type, source country) of the event its noun carries, or None for no event
REPEATED_STANCES: list[tuple[str, tuple[str, str] | None]] = [
    ("The US Secretary of State reaffirmed support for Juan Guaidó on Tuesday.", ("SUPPORT", "USA")),
    ("The Chinese foreign ministry reiterates support for a peaceful resolution.", ("SUPPORT", "CHN")),
    ("The German government reaffirmed condemnation of the crackdown in Minsk.", ("ACCUSE", "DEU")),
    # negatives: a repeated position, forecast or figure is no event
    ("The Kremlin reiterated its position on Crimea.", None),
    ("The central bank reaffirmed its forecast for economic growth.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), REPEATED_STANCES)
def test_repeated_stance_is_the_subjects(sentence: str, expected: tuple[str, str] | None) -> None:
    """The noun a stance verb repeats is the subject's act of the day; a repeated position is none."""
    events = code(sentence, DATE)
    found = [(e.action.type, e.source.country if e.source else None) for e in events]
    if expected is None:
        assert not found, found
    else:
        assert expected in found, found
