"""A mine as a pit, disarming another side's men and withdrawing a signature (session 17, seed-61 causes).

- A blast in or at a mine, or a mine blast told with a pit's workings or a mineral ("miners", "trapped", "a
  salt mine"), is a pit's accident, no attack; a mine a soldier stepped on, a mine blast told with soldiers,
  a roadside mine, or a bare "mine explosion" with no pit word stays an attack.
- Disarming police, guards, soldiers or a suspect takes their weapons by force (COERCE 171, a seizure); a
  group that disarms, or disarms its own, still backs down (RETREAT 0873).
- Withdrawing one's signature from a treaty leaves it (SANCTION 160), told or announced: no yielding (RETREAT,
  or AGREE 035 when announced); withdrawing troops stays a RETREAT.
Sentences are written for these tests, like the news items of the data.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-02-07"


def _codes(text: str) -> list[str]:
    """The type and CAMEO code of each event coded from the text."""
    return [f"{event.action.type} {event.action.cameo}" for event in code(text, DATE)]


# text: a pit's accident, no attack
PIT_ROWS = [
    "An explosion in a potash mine in Saxony injures three workers and traps about 20 others underground.",
    "A blast at a mine in Shanxi Province kills 12 people.",
    "A mine explosion in Guizhou kills 14 miners and leaves six trapped.",
    "An explosion at a gold mine in Kolwezi kills nine workers.",
]

# text: an attack with a mine, kept
LANDMINE_ROWS = [
    "A soldier is killed after stepping on a mine in the Kidal Region of Mali.",
    "A mine explosion kills three soldiers on patrol near the border.",
    "A roadside mine explosion kills four people in Helmand Province.",
    "A mine explosion killed at least three people in Nangarhar Province.",
    "A landmine explosion kills three children in Kandahar.",
]


@pytest.mark.parametrize("text", PIT_ROWS)
def test_mine_pit_blast_is_no_attack(text: str) -> None:
    """A blast in, at or of a mine as a pit is an accident: no ASSAULT."""
    assert not any(kind.startswith("ASSAULT") for kind in _codes(text))


@pytest.mark.parametrize("text", LANDMINE_ROWS)
def test_landmine_blast_stays_an_attack(text: str) -> None:
    """A landmine's blast keeps its ASSAULT."""
    assert any(kind.startswith("ASSAULT") for kind in _codes(text))


# text, the code that must be there, the code that must not
DISARM_ROWS = [
    ("A gunman who disarmed two police officers escaped into the woods.", "COERCE 171", "RETREAT 0873"),
    ("The rebels disarmed the soldiers at the checkpoint.", "COERCE 171", "RETREAT 0873"),
    ("Police disarm the suspect outside the school.", "COERCE 171", "RETREAT 0873"),
    ("An inmate disarmed a warden and freed other prisoners.", "COERCE 171", "RETREAT 0873"),
    ("The FARC guerrillas disarmed under United Nations supervision.", "RETREAT 0873", "COERCE 171"),
    ("The militia disbanded its fighters after the peace deal.", "RETREAT 0873", "COERCE 171"),
]


@pytest.mark.parametrize(("text", "present", "absent"), DISARM_ROWS)
def test_disarming_others_is_a_seizure(text: str, present: str, absent: str) -> None:
    """Disarming another side's men is COERCE 171; disarming one's own side stays RETREAT 0873."""
    codes = _codes(text)
    assert present in codes
    assert absent not in codes


# text, the code that must be there, the code that must not
SIGNATURE_ROWS = [
    ("Russia withdrew its signature from the Rome Statute.", "SANCTION 160", "RETREAT 0874"),
    (
        "The president announces that the country will withdraw its signature from the arms treaty.",
        "SANCTION 160",
        "AGREE 035",
    ),
    ("The opposition withdraws its signature from the power-sharing deal.", "SANCTION 160", "RETREAT 0874"),
    ("Russia withdrew its troops from the town.", "RETREAT 0874", "SANCTION 160"),
]


@pytest.mark.parametrize(("text", "present", "absent"), SIGNATURE_ROWS)
def test_withdrawn_signature_leaves_the_treaty(text: str, present: str, absent: str) -> None:
    """A signature withdrawn from a treaty is SANCTION 160; troops withdrawn stay RETREAT 0874."""
    codes = _codes(text)
    assert present in codes
    assert absent not in codes
