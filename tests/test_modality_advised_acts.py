"""Acts advised, suggested or set as a plan's terms are hypothetical (dotterel/stages/advised_acts.py, called
from modality_retypes; modality.yaml ``advice_heads``, ``suggestion_verbs``, ``term_nouns``). Each rule has
negative cases: the act done, or a speaker's demand, stays asserted.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-05-14"

# sentence, trigger word, CAMEO root (two digits), modality
CASES: list[tuple[str, str, str, str]] = [
    # a modal of obligation or advice: what should be done, not what was done
    ("The opposition leader said the prisoners should be pardoned.", "pardoned", "08", "hypothetical"),
    ("Activists say the journalist must be released.", "released", "08", "hypothetical"),
    ("The minister says the government ought to release the prisoners.", "release", "08", "hypothetical"),
    ("The rebels should be attacked, a senator said.", "attacked", "19", "hypothetical"),
    # negatives: the act done stays asserted; a demand of another side is the speaker's, asserted
    ("The president pardoned the prisoners on Sunday.", "pardoned", "08", "asserted"),
    ("Police arrested the man, who should have been released last year.", "arrested", "17", "asserted"),
    ("Russia said Sudan must return the helicopter.", "said", "10", "asserted"),
    # negative: "should" put first is a condition's, not advice: the killing happened
    ("Trump offers Mexico military support, should his counterpart request help, after nine Americans are "
     "killed in an ambush.", "killed", "19", "asserted"),
    # an act suggested
    ("Trump suggested a visit to Pyongyang.", "visit", "04", "hypothetical"),
    # negative: a visit made
    ("Trump made a visit to Pyongyang.", "visit", "04", "asserted"),
    # a plan's terms told with "would"
    ("Under the plan, Israel would withdraw from the West Bank.", "withdraw", "08", "hypothetical"),
    # negative: a withdrawal done under the plan
    ("Israel withdrew from the West Bank under the plan.", "withdrew", "08", "asserted"),
]


@pytest.mark.parametrize(("sentence", "trigger", "root", "modality"), CASES)
def test_advised_acts(sentence: str, trigger: str, root: str, modality: str) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == trigger]
    assert events, f"no event at {trigger!r} in {sentence!r}"
    assert (events[0].action.cameo[:2], events[0].modality) == (root, modality)
