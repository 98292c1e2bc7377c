"""Events nested in other events of one sentence (dotterel/stages/nesting.py, merge.py), on real sentences.

- one happening told twice is one event (a harm and its consequence participle, its purpose, the event noun
  of its circumstance); two acts stay two events;
- the demand that is the purpose of a protest is the protest's aim, not an event of its own;
- an event noun that is only the content of a reply (reject, welcome, accept, demand) is not coded on its
  own, while the lexicon's phrasal patterns of the reply still fire;
- an alleged act, or the purpose of a trip, is not asserted; conditions of threats stay hypothetical;
- an act told again by a comma participle, the participle of its setting or an ordinal description of its
  actor ("the first delegation to visit Beijing") is one event, and so is a harm with no doer and the riot it
  happened in; another kind of act, or a harm with a doer, stays an event.
"""

from __future__ import annotations

from typing import Any

import pytest

from dotterel.api import code
from dotterel.model import Event
from dotterel.stages.nesting import code_specificity

DATE = "2020-01-02"


def _coded(sentence: str) -> list[Event]:
    return code(sentence, DATE)


def _describe(events: list[Event]) -> str:
    return "\n".join(
        f"{e.action.type} {e.action.cameo} {e.modality} k={e.killed} i={e.injured} [{e.rule}]" for e in events
    )


RETOLD: list[tuple[str, str, int, str | None, dict[str, Any]]] = [
    # sentence, PLOVER type, how many events of that type, CAMEO prefix of one of them, fields it has
    (
        "Rebel fighters attacked a police station in Borno, killing seven officers.",
        "ASSAULT",
        1,
        "19",
        {"killed": 7},
    ),
    ("Gunmen ambushed a bus near Kandahar, wounding twelve passengers.", "ASSAULT", 1, "19", {"injured": 12}),
    # a passive harm with no subject for its participle: the participle still tells the same attack
    (
        "A village in Ituri was attacked by militiamen, killing at least 30 civilians.",
        "ASSAULT",
        1,
        "19",
        {"killed": 30},
    ),
    # the means phrase: the more specific code (bombing) wins over the generic harm verb
    (
        "Separatist militants wounded three soldiers in a bomb attack in Quetta.",
        "ASSAULT",
        1,
        "183",
        {"injured": 3},
    ),
    ("Insurgents killed two policemen in a suicide bombing in Kabul.", "ASSAULT", 1, "183", {"killed": 2}),
    ("Soldiers opened fire on the crowd, killing four protesters.", "ASSAULT", 1, "193", {"killed": 4}),
    # the purpose of a harm is the same harm: firing tear gas to disperse is one act of crowd control
    ("Police fired tear gas to disperse protesters in Nairobi.", "ASSAULT", 1, "17", {}),
    ("Police fired tear gas to disperse protesters in Nairobi.", "COERCE", 0, None, {}),
    # the attack noun lends its author to the passive harm verb
    (
        "Three Nigerian soldiers were killed in an attack by Boko Haram fighters.",
        "ASSAULT",
        1,
        "19",
        {"killed": 3},
    ),
    # told by its victims and by its agent in one sentence (the merge stage)
    (
        "Five people were killed on Monday when gunmen attacked a market in Maiduguri.",
        "ASSAULT",
        1,
        "19",
        {"killed": 5},
    ),
    ("Gunmen attacked a market in Maiduguri on Monday, and five people were killed.", "ASSAULT", 1, "19", {}),
    (
        "Three soldiers were wounded when militants bombed their convoy near Arish.",
        "ASSAULT",
        1,
        "195",
        {"injured": 3},
    ),
    # negatives: two places, two agents, or a harm inside a report are two events
    ("Five civilians were killed in Idlib on Monday, while rebels shelled Aleppo.", "ASSAULT", 2, None, {}),
    (
        "Two Syrian jets were shot down by Turkish fighter planes, while a Turkish drone was shot down by "
        "Syrian forces.",
        "ASSAULT",
        2,
        None,
        {},
    ),
    (
        "The army is fighting rebels in the region, which reported that two villagers were shot without "
        "provocation.",
        "ASSAULT",
        2,
        None,
        {},
    ),
    # negatives: two acts, or two actors, are two events
    ("Troops shelled the town and later arrested ten people.", "COERCE", 1, "173", {}),
    ("Rebels attacked the base after the army killed their leader.", "ASSAULT", 2, None, {}),
    ("The rebels rejected the offer and attacked an army base.", "ASSAULT", 1, "19", {}),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "count", "cameo", "fields"), RETOLD, ids=[f"{r[0][:40]}-{r[1]}" for r in RETOLD]
)
def test_one_happening_told_twice_is_one_event(
    sentence: str, type_: str, count: int, cameo: str | None, fields: dict[str, Any]
) -> None:
    events = [e for e in _coded(sentence) if e.action.type == type_]
    assert len(events) == count, _describe(events)
    if cameo is not None:
        assert any(
            e.action.cameo.startswith(cameo) and all(getattr(e, k) == v for k, v in fields.items())
            for e in events
        ), _describe(events)


PURPOSES: list[tuple[str, set[str], set[str]]] = [
    # sentence, the types coded, the types that must not be coded
    ("Hundreds of nurses marched to parliament to demand higher pay.", {"PROTEST"}, {"REQUEST"}),
    ("Farmers blocked highways across France demanding lower fuel taxes.", {"PROTEST"}, {"REQUEST"}),
    (
        "Students rallied in Dhaka calling for the resignation of the education minister.",
        {"PROTEST"},
        {"REQUEST", "CONCEDE"},
    ),
    ("Kidnappers seized three Chinese engineers in Niger, demanding a ransom.", {"COERCE"}, {"REQUEST"}),
    # content of a reply: the offer, the talks and the agreement are what was rejected
    (
        "The rebels rejected a government offer to hold talks to negotiate a peace agreement.",
        {"REJECT"},
        {"AGREE", "CONSULT"},
    ),
    ("Hamas welcomed an Egyptian proposal for a truce with Israel.", {"SUPPORT"}, {"RETREAT"}),
    ("Kenya accepted a Somali proposal to hold talks on the border dispute.", {"AGREE"}, {"CONSULT"}),
    # the cooperative content of a demand noun is the demand
    (
        "The International Labour Organization renewed its demand that Israel ease restrictions on "
        "Palestinian workers.",
        {"REQUEST"},
        {"CONCEDE"},
    ),
    # an act told again in the same type is one act
    ("Iran condemned the attack, accusing Israel of war crimes.", {"ACCUSE"}, set()),
    # negatives: a demand of its own stays a demand, also when another actor's harm comes first; what an
    # inquiry is about happened
    ("The opposition demanded the resignation of the president.", {"REQUEST"}, {"CONCEDE", "RETREAT"}),
    ("Nurses marched in Nairobi after the union demanded higher pay.", {"REQUEST", "PROTEST"}, set()),
    (
        "Amnesty International said soldiers killed twelve civilians in Rakhine, urging the Security Council "
        "to act.",
        {"ASSAULT", "REQUEST"},
        set(),
    ),
    (
        "Iranian police opened an investigation into the bombing of a mosque in Zahedan.",
        {"ACCUSE", "ASSAULT"},
        set(),
    ),
]


@pytest.mark.parametrize(("sentence", "types", "forbidden"), PURPOSES, ids=[r[0][:50] for r in PURPOSES])
def test_purpose_and_content_are_not_events_of_their_own(
    sentence: str, types: set[str], forbidden: set[str]
) -> None:
    events = _coded(sentence)
    coded = {e.action.type for e in events}
    assert types <= coded and not coded & forbidden, _describe(events)
    if not forbidden and len(types) == 1:
        assert len(events) == 1, _describe(events)


PHRASAL = [
    # the lexicon's own pattern for a demand's content still fires: sentence, CAMEO code
    ("The opposition demanded a ceasefire in the north.", "107"),
    ("Bosnian Serb leaders demanded a truce with Muslim forces.", "107"),
    ("The opposition demanded the resignation of the president.", "1041"),
]


@pytest.mark.parametrize(("sentence", "cameo"), PHRASAL, ids=[r[0][:40] for r in PHRASAL])
def test_phrasal_patterns_of_the_host_still_fire(sentence: str, cameo: str) -> None:
    events = _coded(sentence)
    assert {e.action.cameo for e in events} == {cameo}, _describe(events)  # one per actor pair


MODALITIES: list[tuple[str, str, str]] = [
    # sentence, PLOVER type, modality
    ("Two men suspected of bombing a bus in Jerusalem were arrested on Monday.", "ASSAULT", "hypothetical"),
    ("Two men suspected of bombing a bus in Jerusalem were arrested on Monday.", "COERCE", "asserted"),
    ("An alleged chemical attack killed dozens of civilians in Douma.", "ASSAULT", "hypothetical"),
    ("Police allegedly shot a protester in Nairobi on Friday.", "ASSAULT", "hypothetical"),
    (
        "The United Nations sent a team of experts to Syria to investigate the attack.",
        "ACCUSE",
        "hypothetical",
    ),
    (
        "The Qatari foreign minister will travel to Cairo to mediate between the factions.",
        "CONSULT",
        "hypothetical",
    ),
    ("The government sent troops to the north to crush the rebellion.", "COERCE", "hypothetical"),
    # an attempted attack is an attack (CAMEO 185); an attempt that did not happen is not
    ("Gunmen tried to assassinate the governor of Kandahar on Monday.", "ASSAULT", "asserted"),
    ("Gunmen did not try to assassinate the governor of Kandahar.", "ASSAULT", "hypothetical"),
    # conditions of threats and ultimatums stay what they are
    (
        "Iran threatened to resume attacks on shipping unless Washington lifted the sanctions.",
        "RETREAT",
        "hypothetical",
    ),
    (
        "Iran threatened to resume attacks on shipping unless Washington lifted the sanctions.",
        "THREATEN",
        "asserted",
    ),
    (
        "The opposition party will boycott the vote unless the president agrees to step down.",
        "AGREE",
        "hypothetical",
    ),
    (
        "The opposition party will boycott the vote unless the president agrees to step down.",
        "THREATEN",
        "conditional",
    ),
    # negatives: the same acts told as happenings are asserted
    ("Police shot a protester in Nairobi on Friday.", "ASSAULT", "asserted"),
    ("The army sent troops to the border with Sudan.", "MOBILIZE", "asserted"),
    ("Experts from the United Nations investigated the attack in Syria.", "ACCUSE", "asserted"),
    ("The rebels blew up a bridge in 1998, the army said.", "ASSAULT", "asserted"),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "modality"), MODALITIES, ids=[f"{r[0][:40]}-{r[1]}" for r in MODALITIES]
)
def test_alleged_intended_and_conditional_acts_are_not_asserted(
    sentence: str, type_: str, modality: str
) -> None:
    events = [e for e in _coded(sentence) if e.action.type == type_]
    assert events and all(e.modality == modality for e in events), _describe(_coded(sentence))


RESTATED: list[tuple[str, dict[str, int]]] = [
    # sentence, how many events of each PLOVER type: an act told again by a comma participle the parser took
    # for a clausal subject, by the participle of its setting, or by an ordinal description of its actor
    (
        "Hungary lodged an official protest with Romania today, charging its neighbour with backing "
        "separatists there in what is said was tantamount to aggression.",
        {"ACCUSE": 1},
    ),
    (
        "Greece lodged an official protest with Turkey on Monday, accusing its neighbour of sending migrants "
        "here in what is said was tantamount to blackmail.",
        {"ACCUSE": 1},
    ),
    (
        "Kenyan diplomats held their first meeting with the Somali president at a dinner hosted by the "
        "Ambassador of Japan.",
        {"CONSULT": 1},
    ),
    (
        "Japanese officials held talks with Chinese leaders on Monday, the first senior delegation to visit "
        "Beijing since the crisis.",
        {"CONSULT": 1},
    ),
    # a harm with no doer of its own is the toll of the riot it happened in
    ("At least twelve people were killed in riots in Jos on Sunday.", {"ASSAULT": 1}),
    # negatives: another kind of act, or a harm with a doer of its own, stays an event of its own
    ("Police killed three protesters during riots in Nairobi.", {"ASSAULT": 1, "PROTEST": 1}),
    (
        "Hungary recalled its ambassador from Romania today, accusing its neighbour of backing separatists "
        "there in what is said was tantamount to aggression.",
        {"SANCTION": 1, "ACCUSE": 1},
    ),
    (
        "Japanese officials held talks with Chinese leaders on Monday, the first senior delegation to "
        "condemn the crackdown.",
        {"CONSULT": 1, "ACCUSE": 1},
    ),
    (
        "Police arrested dozens of protesters at a rally held by the opposition in Minsk.",
        {"COERCE": 1, "PROTEST": 1},
    ),
]


@pytest.mark.parametrize(("sentence", "counts"), RESTATED, ids=[r[0][:50] for r in RESTATED])
def test_an_act_told_again_is_one_event(sentence: str, counts: dict[str, int]) -> None:
    events = _coded(sentence)
    coded = {t: sum(e.action.type == t for e in events) for t in {e.action.type for e in events}}
    assert coded == counts, _describe(events)


@pytest.mark.parametrize(
    ("cameo", "specificity"), [("190", 0), ("19", 0), ("183", 3), ("1831", 4), ("0871", 4), ("020", 0)]
)
def test_code_specificity(cameo: str, specificity: int) -> None:
    assert code_specificity(cameo) == specificity
