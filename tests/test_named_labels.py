"""A word used as a name for something else is no act of its own (dotterel/stages/named_labels.py): an act
noun that is the object predicate or the "as" object of a verb of naming (call, describe ... as) while the
verb has its own object. Negatives: the thing named keeps its own event, and so does an act told in a
passive naming (no object of its own) or as the thing itself.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2019-06-12"

LABELS: list[tuple[str, str, str, bool]] = [
    # sentence, trigger word, PLOVER type, whether an event of that type has that trigger
    ("Putin calls the new sanctions an attack on Russia's sovereignty.", "attack", "ASSAULT", False),
    ("The Kremlin calls the expulsion of its diplomats an attack on Russia.", "attack", "ASSAULT", False),
    # negatives: the thing named, an act in a passive naming, the act itself
    ("The Kremlin calls the expulsion of its diplomats an attack on Russia.", "expulsion", "SANCTION", True),
    ("The strike on the convoy was described as an attack on civilians.", "strike", "ASSAULT", True),
    ("Gunmen attack a police station in Kano, the governor calls it an outrage.", "attack", "ASSAULT", True),
]


@pytest.mark.parametrize(("sentence", "word", "plover_type", "kept"), LABELS)
def test_named_label_is_no_act(sentence: str, word: str, plover_type: str, kept: bool) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == plover_type]
    words = [sentence[e.trigger.start : e.trigger.end] for e in events]
    assert (word in words) == kept, words
