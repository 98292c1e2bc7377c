"""Courts' and investigators' acts (knowledge/verbs.yaml), on news-like text.

From the "Law and crime" items of the current-events data (seed 47's reading and the category's other items,
not seeds 49 and 50): the courts' acts were mostly not output. A sentence or a charge befalling a person named
only by a name the actor book lacks ("Lori Loughlin is sentenced to two months in prison", line 7760) had no
actor and was dropped, or took the place named as its target ("Bruce McArthur is sentenced ... in Toronto",
line 366): the name is the target, as a role noun is (``role_targets``, now also on indicting and suing). A
court ruling a measure unconstitutional (line 526, 9203) rejects it (REJECT 120, as striking it down); a court
throwing out a case rejects it (REJECT 120); a lawsuit or charges dropped is a concession (CONCEDE 080), not
the lawsuit brought; a committee subpoenaing someone investigates (ACCUSE 090, lines 1184, 1313).
Negatives: a ruling that upholds, a player thrown out, troops withdrawn, a holiday declared, a subpoena defied
(served before), a named doer of an arrest, a lawsuit brought.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_coded, coded_events

DATE = "2020-05-05"


ACTS: list[tuple[str, str, str | None, bool]] = [
    # sentence, "TYPE cameo", a word of the event's target (None: any target or none), whether it is there
    ("Mark Ellison is sentenced to five years in prison for fraud.", "ACCUSE 116", "Ellison", True),
    ("A grand jury indicts Maria Lopez on charges of bribery.", "ACCUSE 115", "Lopez", True),
    ("The FBI arrested Daniel Harris at his home in Texas.", "COERCE 173", "Harris", True),
    (
        "The House Judiciary Committee subpoenaed Attorney General William Barr over the unredacted report.",
        "ACCUSE 090",
        "Barr",
        True,
    ),
    (
        "A court in Lagos throws out the case against 47 men accused of homosexuality.",
        "REJECT 120",
        "men",
        True,
    ),
    ("A federal judge dismissed the lawsuit challenging the election results.", "REJECT 120", None, True),
    (
        "Prosecutors in Kenya withdrew all charges against the opposition leader.",
        "CONCEDE 080",
        "leader",
        True,
    ),
    ("The actor drops his lawsuit against the newspaper.", "CONCEDE 080", "newspaper", True),
    (
        "A federal judge rules that the state's ban on the sale of the drug is unconstitutional.",
        "REJECT 120",
        None,
        True,
    ),
    ("A Canadian federal court declared the decree void.", "REJECT 120", None, True),
    # negatives
    ("The actor drops his lawsuit against the newspaper.", "ACCUSE 115", None, False),
    ("The Supreme Court ruled that the law can stand.", "REJECT 120", None, False),
    ("The referee threw out the player after the foul.", "REJECT 120", None, False),
    ("The army withdrew from the border town.", "CONCEDE 080", None, False),
    ("The president declared a national holiday.", "REJECT 120", None, False),
    (
        "Trump's former adviser defies a congressional subpoena to testify before the House Intelligence "
        "Committee.",
        "ACCUSE 090",
        None,
        False,
    ),
    ("Sheriff John Brown arrested two men in Texas.", "COERCE 173", "Brown", False),
    ("The newspaper sued the actor over his remarks.", "ACCUSE 115", None, True),
]


@pytest.mark.parametrize(("sentence", "code_", "target", "present"), ACTS, ids=[a[0][:50] for a in ACTS])
def test_court_and_investigator_acts(
    pipeline: Pipeline, sentence: str, code_: str, target: str | None, present: bool
) -> None:
    assert_act_coded(coded_events(pipeline, sentence, DATE), code_, target, present)
