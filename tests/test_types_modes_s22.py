"""Types and modes of session 22: accidents, evacuations, senses of "resolve", shared objects and modals,
and sanctions agreed on.

- A mine "cave-in" is an accident: no attack (``hazards.yaml``); "caves" blown up stay an attack.
- People carried "to safety" from a hazard are evacuated, not given aid (stages/hazard_notices.py).
- "resolve" and "determine" govern an act as a vow only through their to-infinitive: "The crisis is resolved
  …, with the suspect being arrested" is an arrest done (stages/commitment_links.py).
- A bare verb before "and" shares its conjunct's object: "Police disarm and arrest the suspect" is a seizure
  of the suspect's weapon, not a disarming of one's own (stages/clause_objects.py).
- A bare conjunct shares its verb's "will": "says that it will deport … and ban them"
  (stages/conjunct_modals.py).
- Agreeing on sanctions is deciding them: SANCTION, not AGREE (stages/agreed_measures.py).
Sentences are written for these tests, like the news items of the data.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-09-20"


def _events(text: str) -> list[tuple[str, str, str]]:
    """The trigger word, type and modality of each event coded from the text."""
    return [(text[e.trigger.start : e.trigger.end], e.action.type, e.modality) for e in code(text, DATE)]


def _types(text: str) -> list[str]:
    return [kind for _, kind, _ in _events(text)]


# text, type that must be absent
ABSENT_ROWS: list[tuple[str, str]] = [
    ("A cave-in at a gold mine near Kamituga kills at least 50 miners.", "ASSAULT"),
    ("Twelve workers are killed in a cave-in at a coal mine in Guizhou province.", "ASSAULT"),
    (
        "Over 200 people are airlifted to safety after wildfires break out at the Sierra National Forest.",
        "AID",
    ),
    ("Rescuers airlifted 30 hikers to safety after flash floods cut off a trail in Utah.", "AID"),
    ("Police disarm and arrest the suspect, who is one of the injured.", "RETREAT"),
    ("The European Council agrees on sanctions against Belarus.", "AGREE"),
    ("EU foreign ministers agree to impose sanctions on Russian officials over the poisoning.", "AGREE"),
]

# text, type that must be present
PRESENT_ROWS: list[tuple[str, str]] = [
    ("Gunmen kill 12 miners at a gold mine in Burkina Faso.", "ASSAULT"),
    ("Soldiers blew up a cave in Tora Bora used by militants.", "ASSAULT"),
    (
        "Mining giant Rio Tinto admits blowing up the 46,000-year-old Juukan Gorge caves in Pilbara, Western"
        " Australia, on May 24.",
        "ASSAULT",
    ),
    ("Jordan airlifted medicines to flood-hit Sudan.", "AID"),
    ("Soldiers airlifted the wounded to safety after a bomb attack in Kabul.", "AID"),
    ("Police disarm and arrest the suspect, who is one of the injured.", "COERCE"),
    ("A gunman disarmed two police officers and fled into the woods.", "COERCE"),
    ("The FARC guerrillas disarmed under United Nations supervision.", "RETREAT"),
    ("The European Council agrees on sanctions against Belarus.", "SANCTION"),
    ("EU foreign ministers agree to impose sanctions on Russian officials over the poisoning.", "SANCTION"),
    ("Ethiopia and Eritrea agreed to reopen their shared border crossings.", "AGREE"),
]

# text, trigger word, type, modality
MODE_ROWS: list[tuple[str, str, str, str]] = [
    (
        "The crisis is resolved after ten hours, with the suspect being arrested following an official"
        " apology.",
        "arrested",
        "COERCE",
        "asserted",
    ),
    (
        "The Nepali Department of Immigration says that it will deport five foreign tourists and ban them"
        " from entering Nepal for two years.",
        "ban",
        "COERCE",
        "hypothetical",
    ),
    ("The EU agrees on sanctions against Belarus.", "sanctions", "SANCTION", "asserted"),
    # negative rows: a vow, a commitment to an infinitive and a conjunct with an auxiliary of its own
    ("The opposition resolved to boycott the election.", "boycott", "THREATEN", "threatened"),
    ("Police arrested the man and will charge him with murder.", "arrested", "COERCE", "asserted"),
    ("Police arrested three protesters and deported two journalists.", "deported", "COERCE", "asserted"),
    (
        "They say they will not attack foreign troops, but continue their operations against government"
        " troops.",
        "operations",
        "ASSAULT",
        "asserted",
    ),
]


@pytest.mark.parametrize("text, kind", ABSENT_ROWS)
def test_type_absent(text: str, kind: str) -> None:
    """An accident, an evacuation, a disarming of the arrested and an agreement on sanctions are no attack,
    aid, retreat or agreement."""
    assert kind not in _types(text)


@pytest.mark.parametrize("text, kind", PRESENT_ROWS)
def test_type_present(text: str, kind: str) -> None:
    """Attacks, aid, coercion, sanctions and agreements the rules leave alone, or give."""
    assert kind in _types(text)


@pytest.mark.parametrize("text, word, kind, modality", MODE_ROWS)
def test_mode(text: str, word: str, kind: str, modality: str) -> None:
    """The act's type and modality."""
    assert (word, kind, modality) in _events(text)
