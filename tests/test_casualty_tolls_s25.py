"""Tolls of session 25 (casualty_bounds.py), on news-like sentences written for these tests, with negatives:

- a noun phrase after a verb's object that the parser hangs on the verb as its conjunct (an age or a number
  inside it: "killed a Palestinian couple and their 18-month-old son") is one more victim of the object's
  list; a conjoined clause with a verb of its own adds nothing.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-09-14"

# text, trigger, killed, injured
VERB_HUNG_CONJUNCTS = [
    ("A gunman killed a Palestinian couple and their 18-month-old son.", "killed", 3, None),
    ("A gunman killed a couple and their two children in Duma.", "killed", 4, None),
    (
        "Israeli settlers killed a Palestinian man and his 4-year-old daughter in the attack.",
        "killed",
        2,
        None,
    ),
    # negatives: the same lists parsed as the object's own conjuncts, and conjoined clauses
    ("A gunman killed a Palestinian couple and their infant son.", "killed", 3, None),
    ("The blast killed two soldiers and three civilians.", "blast", 5, None),
    ("Gunmen killed a police officer and set fire to the station.", "killed", 1, None),
    ("The attack killed a soldier and wounded two others.", "attack", 1, 2),
    # a breakdown after "including" and a comma: the parser hangs its last part on the verb too
    (
        "Cross-border clashes between Indian and Pakistani troops kill 15 people, including ten civilians, "
        "and five security personnel.",
        "Cross-border clashes",
        15,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), VERB_HUNG_CONJUNCTS)
def test_a_noun_hung_on_the_verb_after_its_object_is_counted_with_it(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
