"""One attack told in several places of an article is one event (dotterel/stages/merge.py, merge_anaphora.py).

- a later definite mention of a harm ("the shelling", "the attacks", "this attack", "the bombing"), also when
  the first telling is a verb and when the later mention is negated, folds into the earlier event: its toll
  and place fill the earlier event's gaps, the earlier event's modality stays, and the actors of the verb
  the mention hangs on ("The Taliban has not commented on the bombing") are not taken;
- a later toll whose definite victims retell the earlier victims ("the officer died when …") folds too;
- a victims' participle hanging on the attack verb ("with nine others injured", "leaving five guards dead
  and 12 others wounded") is the attack's toll, not an event of its own;
- a running toll told rising in a later sentence replaces the earlier count; more victims told with "also"
  ("three militants also died in the attack") are added to it; otherwise the first count stays;
- negatives: a separate, another, earlier or last month's attack; another place; another day; another agent.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dotterel.api import code
from dotterel.errors import KnowledgeError
from dotterel.knowledge.merge_words import load_merge_words
from dotterel.model import Article, Event, Place
from dotterel.stages.merge_anaphora import is_anaphoric_mention, places_disagree

DATE = "2020-01-02"


def _harms(text: str) -> list[Event]:
    return [e for e in code(text, DATE) if e.action.type == "ASSAULT"]


def _describe(text: str, events: list[Event]) -> str:
    return "\n".join(
        f"{text[e.trigger.start : e.trigger.end]!r} {e.action.cameo} {e.modality} k={e.killed} i={e.injured} "
        f"src={e.source and e.source.text} place={e.place and e.place.name} date={e.date} {e.date_precision}"
        for e in events
    )


FOLDED: list[tuple[str, int | None, int | None, str | None]] = [
    # article, killed, injured, place of the one ASSAULT event left
    (  # a verbal first telling, "the shelling" later with its toll and a "with" participle of the injured
        "Government artillery shelling killed soldiers near Kafr Nabl on Monday. The army said the shelling "
        "killed four soldiers, with six others wounded.",
        4,
        6,
        None,
    ),
    (  # "also died in the attack": more victims of the same attack, added to the first count
        "Insurgents attacked a checkpoint in Ghazni on Monday, killing six soldiers. Three militants also "
        "died in the attack.",
        9,
        None,
        "Ghazni",
    ),
    (  # another count of the same attack without "also" or a rising toll: the first count stays
        "Insurgents attacked a checkpoint in Ghazni on Monday, killing six soldiers. Seven people died in "
        "the attack, a local official said.",
        6,
        None,
        "Ghazni",
    ),
    (  # the later mention adds the injured the first did not state
        "A roadside bomb killed three soldiers in Kunduz on Monday. Insurgents said the bombing also wounded "
        "four others.",
        3,
        4,
        "Kunduz",
    ),
    (  # a noun told again by another noun of the same harm ("the blast")
        "A landmine killed two children in Helmand on Sunday. The blast also wounded their mother.",
        2,
        1,
        "Helmand",
    ),
    (  # a running toll told rising is the newer figure
        "A suicide bomber killed 12 people at a wedding in Kabul on Saturday. The death toll from the "
        "bombing later rose to 20.",
        20,
        None,
        "Kabul",
    ),
    (  # the definite victim of a later toll retells the first victim
        "A police officer was killed in Kidal on Sunday. The officer died when his patrol was hit by a "
        "roadside bomb.",
        1,
        None,
        "Kidal",
    ),
    (  # a place inside the first one is the more specific place
        "Taliban fighters attacked a checkpoint in Afghanistan on Monday. The attack in Kunduz killed six "
        "soldiers.",
        6,
        None,
        "Kunduz",
    ),
]


@pytest.mark.parametrize(("text", "killed", "injured", "place"), FOLDED, ids=[r[0][:40] for r in FOLDED])
def test_a_harm_told_again_later_is_one_event(
    text: str, killed: int | None, injured: int | None, place: str | None
) -> None:
    events = _harms(text)
    assert len(events) == 1, _describe(text, events)
    (event,) = events
    assert (event.killed, event.injured) == (killed, injured), _describe(text, events)
    assert (event.place.name if event.place else None) == place, _describe(text, events)


NEGATED_MENTIONS = [
    # the first event's modality stays, the commenter is not the attacker
    ("A bomb killed four people in Kabul on Monday. The Taliban has not commented on the bombing.", 4),
    (
        "A suicide bomber attacked a mosque in Quetta, killing 15 worshippers. "
        "No group has claimed the bombing.",
        15,
    ),
]


@pytest.mark.parametrize(("text", "killed"), NEGATED_MENTIONS, ids=["not-commented", "not-claimed"])
def test_a_negated_mention_folds_and_keeps_the_first_modality(text: str, killed: int) -> None:
    events = _harms(text)
    assert len(events) == 1, _describe(text, events)
    (event,) = events
    assert (event.modality, event.killed) == ("asserted", killed), _describe(text, events)
    assert event.source is None or event.source.text != "Taliban", _describe(text, events)


SAME_SENTENCE: list[tuple[str, int, int | None, int | None]] = [
    # sentence, ASSAULT events, killed and injured of the first
    ("Militants shelled the town on Monday, with four civilians killed and nine others injured.", 1, 4, 9),
    ("Rebels attacked an army post in Kidal, with two soldiers wounded.", 1, None, 2),
    ("Gunmen stormed a hotel in Mogadishu, leaving five guards dead and 12 others wounded.", 1, 5, 12),
    # negatives: a harm with an agent of its own in a while-clause, or in another clause with another agent
    ("Troops shelled the town, while rebels wounded two soldiers in Kidal.", 2, None, None),
    ("Rebels attacked the base after the army killed their leader.", 2, None, None),
]


@pytest.mark.parametrize(
    ("text", "count", "killed", "injured"), SAME_SENTENCE, ids=[r[0][:40] for r in SAME_SENTENCE]
)
def test_a_victims_participle_is_the_attacks_toll(
    text: str, count: int, killed: int | None, injured: int | None
) -> None:
    events = _harms(text)
    assert len(events) == count, _describe(text, events)
    assert (events[0].killed, events[0].injured) == (killed, injured), _describe(text, events)


KEPT_APART = [
    # two attacks of one article: each keeps its own toll
    (
        "A bomb exploded in a Kabul market on Monday, killing four people. A separate attack in Kandahar "
        "killed three soldiers.",
        [4, 3],
    ),
    ("Gunmen killed five villagers in Borno on Monday. Another attack on the village killed 12.", [5, 12]),
    (
        "Militants attacked a base in Kidal on Monday, killing three soldiers. Last month's bombing of the "
        "base killed five.",
        [3, 5],
    ),
    (
        "Rebels shelled Aleppo on Monday, killing four civilians. The shelling of Idlib on Tuesday "
        "killed two children.",
        [4, 2],
    ),
    (
        "Gunmen killed four police officers in Kabul on Monday. In Kandahar, the attack on a "
        "checkpoint killed two soldiers.",
        [4, 2],
    ),
    (
        "Gunmen abducted 20 students in Kaduna on Monday. The attack on a police station in "
        "Zaria killed four officers.",
        [None, 4],
    ),
    (  # another agent: Turkish shelling is not the Syrian shelling
        "Turkish artillery shelling killed 13 Syrian soldiers on Monday. Syria said the Syrian shelling had "
        "killed five Turkish soldiers.",
        [13, 5],
    ),
]


VICTIMS_NOT_DOERS = [
    # sentence: one event, whose victims are not taken for its doer
    "Four villagers are killed and another seven injured in a rocket attack in Kunduz.",
    "Militants shelled the town on Monday, with four civilians killed and nine others injured.",
]


@pytest.mark.parametrize("text", VICTIMS_NOT_DOERS, ids=["gapped-injured", "with-participles"])
def test_the_victims_of_a_participle_are_not_its_source(text: str) -> None:
    events = _harms(text)
    assert len(events) == 1, _describe(text, events)
    assert events[0].source is None or events[0].source.text == "Militants", _describe(text, events)


@pytest.mark.parametrize(("text", "killed"), KEPT_APART, ids=[r[0][:40] for r in KEPT_APART])
def test_two_attacks_of_one_article_stay_apart(text: str, killed: list[int | None]) -> None:
    events = _harms(text)
    assert [e.killed for e in events] == killed, _describe(text, events)


MENTIONS = [
    # sentence, the harm noun, is it a definite mention of an earlier one
    ("The army said the shelling killed four soldiers.", "shelling", True),
    ("This attack was the deadliest of the year.", "attack", True),
    ("Three militants also died in the attacks.", "attacks", True),
    ("A separate attack in Kandahar killed three soldiers.", "attack", False),
    ("The previous attack on the village killed 12.", "attack", False),
    ("Last month's bombing of the base killed five.", "bombing", False),
    ("Its attack on the base killed five.", "attack", False),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), MENTIONS, ids=[r[0][:40] for r in MENTIONS])
def test_definite_mentions(parse: Callable[..., Article], sentence: str, word: str, expected: bool) -> None:
    doc = parse(sentence).doc
    head = next(token for token in doc if token.text == word)
    assert is_anaphoric_mention(head, load_merge_words()) is expected


KABUL = Place("Kabul", "AFG", "AF.13", 34.5, 69.2, "city")
PLACES: list[tuple[Place | None, Place | None, bool]] = [
    (KABUL, Place("Kandahar", "AFG", "AF.23", 31.6, 65.7, "city"), True),
    (
        Place("Kaduna", "NGA", "NG.23", 10.5, 7.4, "city"),
        Place("Zaria", "NGA", "NG.23", 11.1, 7.7, "city"),
        True,
    ),
    (Place("Afghanistan", "AFG", None, None, None, "country"), KABUL, False),
    (
        Place("Idlib Governorate", "SYR", "SY.12", None, None, "region"),
        Place("Saraqib", "SYR", "SY.12"),
        False,
    ),
    (KABUL, None, False),
    (KABUL, KABUL, False),
]


@pytest.mark.parametrize(
    ("a", "b", "expected"), PLACES, ids=["two-cities", "one-province", "country", "region", "none", "same"]
)
def test_places_disagree(a: Place | None, b: Place | None, expected: bool) -> None:
    assert places_disagree(a, b) is expected
    assert places_disagree(b, a) is expected


@pytest.mark.parametrize(
    ("body", "key"),
    [
        (
            "version: 1\nanaphoric_determiners: []\nother_occasion_words: [a]\ntoll_nouns: [toll]\n"
            "toll_update_verbs: [rise]\n",
            "anaphoric_determiners",
        ),
        (
            "version: 1\nanaphoric_determiners: [the]\nother_occasion_words: [a]\ntoll_nouns: [toll]\n",
            "toll_update_verbs",
        ),
    ],
    ids=["empty-list", "missing-list"],
)
def test_a_bad_merge_words_file_names_its_key(tmp_path: Path, body: str, key: str) -> None:
    path = tmp_path / "merge.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(KnowledgeError) as raised:
        load_merge_words(path)
    assert key in str(raised.value)


ADDED_BOUNDS = [
    # first count, later "also" count: the sum and its bound
    ("killing six soldiers. At least three militants also died in the attack.", 9, "at_least"),
    ("killing at least six soldiers. Three militants also died in the attack.", 9, "at_least"),
    ("killing six soldiers. Three militants also died in the attack.", 9, None),
]


@pytest.mark.parametrize(
    ("tail", "killed", "bound"), ADDED_BOUNDS, ids=["later-bound", "first-bound", "exact"]
)
def test_more_victims_added_keep_a_lower_bound(tail: str, killed: int, bound: str | None) -> None:
    text = f"Insurgents attacked a checkpoint in Ghazni on Monday, {tail}"
    events = _harms(text)
    assert len(events) == 1, _describe(text, events)
    assert events[0].killed == killed, _describe(text, events)
    assert dict(events[0].count_bounds).get("killed") == bound
