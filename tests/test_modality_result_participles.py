"""Acts a result participle tells as brought about by an attempt or a plan
(dotterel/stages/result_participles.py, modality.yaml ``result_participles``): "attempt to storm the
parliament, leading to fighting" tells fighting that happened (asserted); what was tried or plotted itself
stays hypothetical, and so does an act in the participle of a verb that tells no result ("plotted to blow up
the plane, killing all aboard").
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-07-12"

CASES: list[tuple[str, str, str]] = [
    # sentence, PLOVER type, modality of every event of that type
    (
        "Protesters attempt to storm the parliament in Sofia, leading to a night of fighting between "
        "demonstrators and police.",
        "ASSAULT",
        "asserted",
    ),
    ("Protesters tried to storm the parliament, leading to clashes with police.", "ASSAULT", "asserted"),
    # negatives: the act tried or plotted, and a participle of no result
    (
        "The opposition seeks to hold talks with the government, leading to hopes of a deal.",
        "CONSULT",
        "hypothetical",
    ),
    ("The militants plotted to blow up the plane, killing all aboard.", "ASSAULT", "hypothetical"),
    ("Protesters plan to storm the parliament, hoping to clash with police.", "ASSAULT", "hypothetical"),
]


@pytest.mark.parametrize(("sentence", "plover_type", "modality"), CASES)
def test_result_participles(sentence: str, plover_type: str, modality: str) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == plover_type]
    assert events, f"no {plover_type} event in {sentence!r}"
    assert {e.modality for e in events} == {modality}, [(e.action.cameo, e.modality) for e in events]
