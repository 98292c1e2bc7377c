"""Who resigned, when a resignation is told by its noun with an "of" phrase (politics items 6204, 6098).

"The Parliament of Lesotho accepts the resignation of Tom Thabane": Thabane resigned (RETREAT 0831, NGEC "a
resignation by a government official"); the body that accepts it did not. To resign has no object, so the
noun's "of"-object is its doer (the pattern's ``of_doer``, knowledge/verbs.yaml;
:func:`dotterel.stages.noun_roles.resolve_of_doer`). Negatives: the owner in "the resignations of his aides"
is not who resigned (no source, so no event, as before); a resignation with its own doer ("tendered his
resignation") and a demanded one keep their old reading.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event
from dotterel.pipeline import Pipeline

DATE = "2020-05-19"


def _resigners(pipeline: Pipeline, text: str) -> list[str | None]:
    """The source text of each resignation (RETREAT 0831) event of the text."""
    events: list[Event] = code(text, DATE, pipeline=pipeline)
    return [e.source.text if e.source else None for e in events if e.action.cameo == "0831"]


RESIGNERS = [
    # text, the source phrases of its resignation events ([]: none)
    ("The Parliament of Lesotho accepts the resignation of Tom Thabane.", ["Tom Thabane"]),
    (
        "The king accepted the resignation of Prime Minister Boris Johnson on Thursday.",
        ["Prime Minister Boris Johnson"],
    ),
    # negatives: the owner of the "of"-object did not resign; the acceptor is never the source
    (
        "Venezuelan opposition leader Juan Guaidó accepts the resignations of his aides JJ Rendón and "
        "Sergio Vergara.",
        [],
    ),
    # negatives: a resignation with its own doer, a demanded one, unchanged
    (
        "Peru's interior minister tendered his resignation on Tuesday after the deaths of two protesters.",
        ["Peru's interior minister"],
    ),
    ("Thousands of students demanded the resignation of the prime minister.", []),
]


@pytest.mark.parametrize(("text", "expected"), RESIGNERS)
def test_resignation_of_names_who_resigned(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert _resigners(pipeline, text) == expected
