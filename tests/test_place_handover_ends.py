"""Another act's place given to an event: a handover's receiving state, the goal of a motion its cause is
told beside, the clause around an act an infinitive of purpose serves.

- A handover's "to" phrase (dotterel/stages/place_handover_ends.py): "Mexico extradites X to the United
  States" is done by Mexico, on its territory; the receiving state is no place of it. Negatives: the
  handover's own "from" phrase, a sending of people or troops ("sends 100 medics to Italy"), and the clause's
  own place ("A court in London approves the extradition of the banker to India").
- The goal of a motion its cause is told beside (dotterel/stages/place_explained_motions.py): "forced to
  travel to Libya due to a crackdown" is no crackdown in Libya. Negatives: the cause's own place phrase, and
  a thing sent where its cause is ("sends troops to Saudi Arabia after an attack on oil facilities").
- The object of an infinitive of purpose (dotterel/stages/purpose_objects.py): "restores the internet to
  parts of Baghdad, after cutting it off nationwide four days ago to contain protests" names no place of the
  protests. Negative: the clause of the act served itself ("Police fire tear gas in Baghdad to contain
  protests").
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-03-10"

PLACES: list[tuple[str, str, str | None]] = [
    # sentence, trigger word, place name of its event (None: no place)
    (
        "Mexico extradites a former governor of Tamaulipas to the United States to face drug charges.",
        "extradites",
        None,
    ),
    ("A former Nissan executive is extradited to the United States.", "extradited", None),
    ("Malaysia deports 17 Sri Lankan nationals to Colombo.", "deports", None),
    # negatives: the handover's own "from" phrase, a sending of people, the clause's own place
    ("Greece deports dozens of migrants to Turkey from the island of Lesbos.", "deports", "Lesbos"),
    ("Poland sends 100 medics to Italy.", "sends", "Italy"),
    ("A court in London approves the extradition of the banker to India.", "extradition", "London"),
    # the goal of a motion its cause is told beside
    (
        "Migrants were forced to travel to Libya due to a crackdown by Sudanese security forces.",
        "crackdown",
        None,
    ),
    (
        "Thousands of civilians flee to Turkey after airstrikes by Syrian government forces.",
        "airstrikes",
        None,
    ),
    # negatives: the cause's own place, a thing sent where its cause is
    (
        "Thousands of Afghan migrants return to Afghanistan because of lockdown restrictions in Iran.",
        "restrictions",
        "Iran",
    ),
    (
        "The United States sends 3,000 troops to Saudi Arabia after an attack on oil facilities.",
        "attack",
        "Saudi Arabia",
    ),
    # negative: the object of a purpose infinitive in the clause of the act served
    ("Police fire tear gas in Baghdad to contain protests by students.", "protests", "Baghdad"),
]


@pytest.mark.parametrize(("sentence", "trigger", "place"), PLACES)
def test_another_acts_place_is_not_given(sentence: str, trigger: str, place: str | None) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == trigger]
    assert events, f"no event of {trigger!r} in {sentence!r}"
    assert [e.place.name if e.place else None for e in events] == [place]


def test_purpose_object_takes_no_place_of_the_outer_clause() -> None:
    sentence = (
        "The government restores mobile internet to parts of Baghdad, after cutting it off nationwide four "
        "days ago to contain protests."
    )
    events = [
        e for e in code(sentence, "2019-11-20") if sentence[e.trigger.start : e.trigger.end] == "protests"
    ]
    assert [e.place.name for e in events if e.place is not None] == []
