"""The means of a harm told in the harm's own clause is that harm (dotterel/stages/merge_means.py), on
news-like sentences written for these tests: the gerund after "by" ("killed him by crushing him to death") and
the weapon after "with" ("kill five soldiers with a car bomb") are no second act. Left apart: an act of
another doer in a coordinated clause ("and the army retaliated with airstrikes"), a "with" phrase of a harm
noun or of an act that is no assault ("threaten protesters with arrest"), and harms of two sentences.
"""

from __future__ import annotations

import pytest

from dotterel.stages.merge_means import find_means_host
from dotterel.stages.nlp import load_spacy_pipeline
from tests.stage_helpers import code

DATE = "2020-03-04"


def _rows(text: str) -> list[tuple[str, str, str, int | None]]:
    """Return (trigger, type, CAMEO code, killed) of the harm events coded from ``text``."""
    return [
        (text[e.trigger.start : e.trigger.end], e.action.type, e.action.cameo, e.killed)
        for e in code(text, DATE)
        if e.action.type in {"ASSAULT", "COERCE"}
    ]


# text, the harm rows expected (trigger, type, CAMEO code, killed)
MEANS_CASES = [
    (
        "A former soldier admits to having killed a three-year-old boy in 2018 by crushing him to death "
        "in the footwell of a car.",
        [("killed", "ASSAULT", "190", 1)],
    ),
    (
        "Gunmen kill five soldiers with a car bomb in Kabul.",
        [("kill", "ASSAULT", "1832", 5)],
    ),
    (
        "Protesters clashed with police in Rome, injuring four officers with rocks and petrol bombs.",
        [("clashed", "ASSAULT", "183", None)],
    ),
    # an attack and its retaliation by another doer: two acts
    (
        "Rebels attacked the town and the army retaliated with airstrikes on their camps.",
        [("attacked", "ASSAULT", "190", None), ("airstrikes", "ASSAULT", "195", None)],
    ),
    # two attacks in two towns, one with a car bomb: the bombing is the second attack's means only
    (
        "Militants attack a checkpoint in Kirkuk. Hours later, gunmen kill three police officers with a car "
        "bomb in Mosul.",
        [("attack", "ASSAULT", "190", None), ("kill", "ASSAULT", "1832", 3)],
    ),
    (
        "Militants clashed with the army in Sinai.",
        [("clashed", "ASSAULT", "190", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEANS_CASES)
def test_means_of_a_harm_is_that_harm(text: str, expected: list[tuple[str, str, str, int | None]]) -> None:
    assert _rows(text) == expected


# sentence, the means word, the verb it is the means of ("" for none)
HOST_CASES = [
    ("He killed the boy by crushing him.", "crushing", "killed"),
    ("Gunmen killed five soldiers with a car bomb.", "bomb", "killed"),
    ("The minister was killed by shelling.", "shelling", ""),  # a passive's agent, not a "by" means
    ("They marched by the river.", "river", ""),  # "by" with no gerund
    ("Police threaten protesters with arrest.", "arrest", "threaten"),  # the caller wants an assault host
]


@pytest.mark.parametrize(("sentence", "word", "host"), HOST_CASES)
def test_find_means_host(sentence: str, word: str, host: str) -> None:
    doc = load_spacy_pipeline()(sentence)
    token = next(t for t in doc if t.text == word)
    found = find_means_host(token)
    assert (found.text if found is not None else "") == host
