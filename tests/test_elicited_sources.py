"""A statement noun's source named behind "from" (dotterel/stages/elicited_sources.py).

"The execution drew condemnation from the European Union" had no source: the noun's own modifiers name none,
and the "from" phrase (hung on the eliciting verb "drew" or on the noun) was read by no role finder, so the
condemnation, with no target either, was dropped as naming no actor. Negatives: a "from" phrase of a place
left ("withdrawal from Syria", "released from prison"), a noun of no verbal act, and a "from" phrase on a
verb that elicits nothing keep their old reading.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-02-12"

SOURCES: list[tuple[str, str, str, bool]] = [
    # sentence, CAMEO code, an actor's name, whether an event of that code has it as source
    (
        "The execution of the journalist drew condemnation from the European Union.",
        "111",
        "European Union",
        True,
    ),
    ("The decision sparked sharp criticism from China on Tuesday.", "111", "China", True),
    ("There was swift condemnation from Turkey after the raid.", "111", "Turkey", True),
    ("The annexation plan has faced criticism from Jordan and Egypt.", "111", "Jordan", True),
    # negatives: a place left (no verbal act), and a "from" phrase on a verb that elicits nothing
    ("Israel began the withdrawal of its troops from Lebanon on Monday.", "0874", "Lebanon", False),
    ("The activist was released from prison in Cairo on Monday.", "0841", "Egypt", False),
    ("Criticism from Thailand of its own courts is rare.", "111", "Thailand", False),
    ("France voiced criticism of the decision, which came from Washington.", "111", "United States", False),
]


@pytest.mark.parametrize(("sentence", "cameo", "name", "is_source"), SOURCES)
def test_from_phrase_names_a_statement_source(sentence: str, cameo: str, name: str, is_source: bool) -> None:
    events = [e for e in code(sentence, DATE) if e.action.cameo == cameo]
    names = [e.source.name for e in events if e.source is not None]
    assert (name in names) is is_source, [(e.trigger, e.source) for e in events]
