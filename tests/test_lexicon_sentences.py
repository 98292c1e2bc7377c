"""Every lexicon pattern's own sentences through the real pipeline (``dotterel.api.code_articles``).

``tests/test_lexicon.py`` proves that each example holds its trigger as spaCy parses it; this module proves
that the whole coder (actors, events, modality, merge, informative) turns the example into an event of the
pattern's PLOVER type, and that no counter-example gives an event of that type. All sentences are coded in
one batch by the default pipeline, so the module costs one pipeline load.
"""

from __future__ import annotations

import pytest

from dotterel.api import code_articles
from dotterel.knowledge.lexicon import Pattern, load_lexicon
from dotterel.model import Article

LEXICON = load_lexicon()
DATE = "2020-01-02"
EXAMPLES = [(p, s) for p in LEXICON.patterns for s in p.examples]
COUNTER_EXAMPLES = [(p, s) for p in LEXICON.patterns for s in p.counter_examples]


def _case_id(case: tuple[Pattern, str]) -> str:
    pattern, sentence = case
    return f"{pattern.id}:{sentence[:40]}"


@pytest.fixture(scope="module")
def coded_types() -> dict[str, list[tuple[str, str]]]:
    """Every example and counter-example sentence -> the (type, rule) of each event coded from it."""
    sentences = list(dict.fromkeys(s for _, s in (*EXAMPLES, *COUNTER_EXAMPLES)))
    items = [{"id": f"s{i}", "text": s, "date": DATE} for i, s in enumerate(sentences)]
    found: dict[str, list[tuple[str, str]]] = {}
    for sentence, result in zip(sentences, code_articles(items, strict=True), strict=True):
        assert isinstance(result, Article), f"rejected: {sentence}"
        found[sentence] = [(event.action.type, event.rule) for event in result.events]
    return found


@pytest.mark.parametrize("case", EXAMPLES, ids=[_case_id(c) for c in EXAMPLES])
def test_example_is_coded_as_the_pattern_type(
    coded_types: dict[str, list[tuple[str, str]]], case: tuple[Pattern, str]
) -> None:
    pattern, sentence = case
    events = coded_types[sentence]
    assert any(kind == pattern.type and pattern.id in rule for kind, rule in events), events


@pytest.mark.parametrize("case", COUNTER_EXAMPLES, ids=[_case_id(c) for c in COUNTER_EXAMPLES])
def test_counter_example_gives_no_event_of_the_type(
    coded_types: dict[str, list[tuple[str, str]]], case: tuple[Pattern, str]
) -> None:
    pattern, sentence = case
    events = coded_types[sentence]
    assert not any(kind == pattern.type for kind, _ in events), events


def test_table_covers_every_pattern_and_type() -> None:
    """Each pattern contributes at least one example; the counter-examples reach most PLOVER types."""
    assert {p.id for p, _ in EXAMPLES} == {p.id for p in LEXICON.patterns}
    assert len({p.type for p, _ in COUNTER_EXAMPLES}) >= 12
