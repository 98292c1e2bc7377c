"""Reciprocal conflict acts: two sides fighting each other give one event each way.

"Indian and Pakistani troops clashed", "clashes between rebels and the army" are coded as X->Y and Y->X
(reciprocal.yaml ``reciprocal_patterns``); "X clashed with Y" is X->Y only; a target that is no
side (the victims of "killing two soldiers") is left out when both sides are the subject. A bare "clashed"
or "fought each other" needs two fighting sides ("the two candidates clashed over taxes" is a quarrel).
Every table has negative rows; sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.errors import KnowledgeError
from dotterel.knowledge.lexicon import load_lexicon
from dotterel.knowledge.wordlists import load_reciprocal_words, to_word_lists

DATE = "2020-10-14"
Dyad = tuple[str | None, str | None]


def _dyads(sentence: str, type_: str = "ASSAULT") -> set[Dyad]:
    """The (source, target) of the events of one type, each "COUNTRY/SECTOR" ("IND/MIL", "None/PROT")."""
    found: set[Dyad] = set()
    for event in code(sentence, DATE):
        if event.action.type != type_:
            continue
        ends = [f"{a.country}/{a.sector}" if a is not None else None for a in (event.source, event.target)]
        found.add((ends[0], ends[1]))
    return found


# sentence, the dyads that must be coded ASSAULT (each way between the sides)
EACH_WAY_ROWS: list[tuple[str, set[Dyad]]] = [
    # both sides in the subject, no "with": a bare clash, skirmish or "fought each other"
    (
        "Indian and Pakistani troops clashed in Kashmir on Tuesday.",
        {("IND/MIL", "PAK/MIL"), ("PAK/MIL", "IND/MIL")},
    ),
    (
        "Afghan and Pakistani forces clash in Kunar Province.",
        {("AFG/MIL", "PAK/MIL"), ("PAK/MIL", "AFG/MIL")},
    ),
    (
        "Hezbollah fighters and Israeli troops clashed near the border.",
        {("LBN/NSA", "ISR/MIL"), ("ISR/MIL", "LBN/NSA")},
    ),
    ("Rebels and government forces clashed near Aleppo.", {("SYR/REB", "SYR/MIL"), ("SYR/MIL", "SYR/REB")}),
    (
        "Police and protesters clashed outside the parliament in Minsk.",
        {("BLR/COP", "BLR/PROT"), ("BLR/PROT", "BLR/COP")},
    ),
    (
        "Rebels and soldiers fought each other near Aleppo for two days.",
        {("SYR/REB", "SYR/MIL"), ("SYR/MIL", "SYR/REB")},
    ),
    # the nouns: "clashes/fighting between A and B"
    (
        "Clashes between Indian and Pakistani troops killed five soldiers in Kashmir.",
        {("IND/MIL", "PAK/MIL"), ("PAK/MIL", "IND/MIL")},
    ),
    (
        "Heavy fighting between the Turkish army and Kurdish militias left dozens dead in northern Syria.",
        {("TUR/MIL", "SYR/NSA"), ("SYR/NSA", "TUR/MIL")},
    ),
    (
        "Clashes between protesters and security forces killed 15 people in Baghdad.",
        {("IRQ/PROT", "IRQ/MIL"), ("IRQ/MIL", "IRQ/PROT")},
    ),
    # an exchange of fire whose victims are named: the victims are no side
    (
        "Armenian and Azerbaijani forces exchanged fire along the border, killing two soldiers.",
        {("ARM/MIL", "AZE/MIL"), ("AZE/MIL", "ARM/MIL")},
    ),
]


@pytest.mark.parametrize(("sentence", "wanted"), EACH_WAY_ROWS, ids=[r[0][:50] for r in EACH_WAY_ROWS])
def test_each_way(sentence: str, wanted: set[Dyad]) -> None:
    found = _dyads(sentence)
    assert wanted <= found, found
    assert all(source is not None and target is not None for source, target in found), found


def test_each_way_keeps_toll_place_and_type() -> None:
    events = code("Clashes between Indian and Pakistani troops killed five soldiers in Kashmir.", DATE)
    clashes = [e for e in events if e.rule == "verbs.assault-fighting.v1"]
    assert len(clashes) == 2
    assert {(e.action.type, e.action.cameo, e.killed) for e in clashes} == {("ASSAULT", "190", 5)}
    assert {e.place.name if e.place else None for e in clashes} == {"Kashmir"}


# sentence, type, dyads that must NOT be coded (no reverse event; no quarrel coded as a fight)
NEGATIVE_ROWS: list[tuple[str, str, set[Dyad]]] = [
    # two attackers, one target: an attack is no reciprocal act
    (
        "Iranian and Iraqi militias attacked the US base.",
        "ASSAULT",
        {("USA/GOV", "IRN/NSA"), ("USA/GOV", "IRQ/NSA")},
    ),
    ("Police fired tear gas at protesters in Santiago.", "ASSAULT", {("CHL/PROT", "CHL/COP")}),
    (
        "Turkish jets bombed Kurdish positions near Qamishli.",
        "ASSAULT",
        {("SYR/MIL", "TUR/MIL"), ("SYR/NSA", "TUR/MIL")},
    ),
    # quarrels, not fights: no ASSAULT at all
    ("The two candidates clashed over tax policy during the debate.", "ASSAULT", {("None/GOV", "None/GOV")}),
    ("Trump and Biden clashed over taxes during the debate.", "ASSAULT", {("USA/GOV", "USA/GOV")}),
    ("The United States and China clashed over trade at the summit.", "ASSAULT", {("USA/GOV", "CHN/GOV")}),
    ("The two foreign ministers exchanged views on the crisis.", "ASSAULT", {("None/GOV", "None/GOV")}),
    ("The new president promised to fight corruption.", "ASSAULT", {("None/GOV", None)}),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "forbidden"), NEGATIVE_ROWS, ids=[r[0][:50] for r in NEGATIVE_ROWS]
)
def test_not_each_way(sentence: str, type_: str, forbidden: set[Dyad]) -> None:
    found = _dyads(sentence, type_)
    assert not (forbidden & found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The two candidates clashed over tax policy during the debate.",
        "Trump and Biden clashed over taxes during the debate.",
        "The United States and China clashed over trade at the summit.",
    ],
)
def test_quarrel_is_no_assault(sentence: str) -> None:
    assert _dyads(sentence) == set()


def test_consult_stays_reciprocal() -> None:
    assert {("IRN/GOV", "IRQ/GOV"), ("IRQ/GOV", "IRN/GOV")} <= _dyads(
        "Iran and Iraq held talks in Baghdad.", "CONSULT"
    )


def test_reciprocal_patterns_are_lexicon_patterns() -> None:
    words, lexicon = load_reciprocal_words(), load_lexicon()
    for pattern_id in words["reciprocal_patterns"]:
        pattern = lexicon.resolve_pattern(pattern_id)
        assert pattern is not None, pattern_id


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"version": 1, "reciprocal_types": ["AGREE"]}, "reciprocal_patterns"),
        ({"version": 1, "reciprocal_types": ["AGREE"], "reciprocal_pattern": []}, "reciprocal_pattern"),
    ],
)
def test_bad_reciprocal_file(raw: dict[str, object], key: str) -> None:
    names = (
        "reciprocal_types",
        "reciprocal_patterns",
        "side_preps",
        "sides_only_patterns",
        "fighting_sectors",
    )
    with pytest.raises(KnowledgeError) as error:
        to_word_lists("reciprocal.yaml", raw, names)
    assert key in str(error.value)


WITH_ROWS: list[tuple[str, set[Dyad]]] = [
    # "with": the text gives a direction, the subject on the object, one way (as "held talks with")
    ("Indian troops clashed with Pakistani troops in Kashmir.", {("IND/MIL", "PAK/MIL")}),
    ("Boko Haram militants exchanged gunfire with Nigerian troops in Borno State.", {("NGA/NSA", "NGA/MIL")}),
    ("Azerbaijani forces clashed with Armenian troops along the border.", {("AZE/MIL", "ARM/MIL")}),
    # a quantity before the other side: "with thousands of protesters"
    ("Riot police clashed with thousands of protesters in Islamabad.", {("PAK/COP", "PAK/PROT")}),
]


@pytest.mark.parametrize(("sentence", "wanted"), WITH_ROWS, ids=[r[0][:50] for r in WITH_ROWS])
def test_with_is_one_way(sentence: str, wanted: set[Dyad]) -> None:
    assert _dyads(sentence) == wanted


def test_each_way_shares_the_next_sentences_toll() -> None:
    """A harm told each way is one harm: the next sentence's toll goes to both events (merge_splitoff)."""
    text = (
        "A shootout between Afghan forces and Taliban fighters broke out in Kunduz. "
        "Twelve people were killed and 20 wounded."
    )
    events = [e for e in code(text, DATE) if e.source is not None and e.target is not None]
    assert len(events) == 2
    assert {(e.killed, e.injured) for e in events} == {(12, 20)}
