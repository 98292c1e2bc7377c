"""Victims counted by dotterel/stages/casualty_counts.py (session 8), on news-like sentences written for these
tests, each table with negatives:

- a nationality with "a"/"an" is one person ("kills a Syrian"); the doer nouns count one with "the" ("The
  killer was also wounded": ``person_nouns``);
- a victim taken and then killed ("is abducted and killed") is a count of the dead, not a mix of two kinds
  as "were killed and wounded".
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-06-11"

# text, trigger, killed, injured
ONE_VICTIM = [
    ("Rebels launch a drone strike on Jizan airport that kills a Syrian.", "drone strike", 1, None),
    ("A gunman kills three worshippers at a mosque in Kano. The killer was also wounded.", "kills", 3, 1),
    ("Two aid workers were abducted and killed by militants in Borno State, Nigeria.", "abducted", 2, None),
    ("A town mayor was kidnapped and shot dead by gunmen in Guerrero, Mexico.", "kidnapped", 1, None),
    # negatives: a nationality adjective of a counted noun; killed and wounded together state neither
    (
        "Rebels launch a drone strike on Jizan that kills a Syrian worker and two Yemeni guards.",
        "drone strike",
        3,
        None,
    ),
    ("Three hundred people were killed and wounded in the fighting in Tripoli, Libya.", "killed", None, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), ONE_VICTIM)
def test_one_victim_is_counted(text: str, trigger: str, killed: int | None, injured: int | None) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
