"""NLP stage: sentences and paragraph numbers on real text, with offsets into the article."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.model import Article

CASES = [
    # text, expected sentence texts, expected paragraph numbers
    (
        "Iran denied the claim. Washington sent troops.",
        ["Iran denied the claim.", "Washington sent troops."],
        [0, 0],
    ),
    (
        "More:\n\nSupporters of the group withdrew on Wednesday.",
        ["More:", "Supporters of the group withdrew on Wednesday."],
        [0, 1],
    ),
    (
        '"We will act," Esper told reporters.\n\nThe protests marked a new turn.',
        ['"We will act," Esper told reporters.', "The protests marked a new turn."],
        [0, 1],
    ),
    (  # negative: a line break inside a paragraph does not start a new paragraph
        "Troops withdrew\nfrom the town on Sunday.",
        ["Troops withdrew\nfrom the town on Sunday."],
        [0],
    ),
    (  # negative: whitespace-only text has no sentences
        "   \n\n  ",
        [],
        [],
    ),
]


@pytest.mark.parametrize(("text", "sentences", "paragraphs"), CASES)
def test_sentences_and_paragraphs(
    parse: Callable[..., Article], text: str, sentences: list[str], paragraphs: list[int]
) -> None:
    article = parse(text)
    assert [s.text for s in article.sentences] == sentences
    assert [s.paragraph for s in article.sentences] == paragraphs
    for sentence in article.sentences:
        assert text[sentence.span.start : sentence.span.end] == sentence.text


def test_batch_and_single_parses_agree(nlp: object, parse: Callable[..., Article]) -> None:
    import datetime as dt

    from dotterel.stages.nlp import NlpStage

    texts = ["Iran denied the claim.", "US troops withdrew on Sunday. They left Syria."]
    stage = NlpStage(nlp)
    batch = list(stage.pipe(Article(str(i), dt.date(2020, 1, 2), t) for i, t in enumerate(texts)))
    assert [[s.text for s in a.sentences] for a in batch] == [
        [s.text for s in parse(t).sentences] for t in texts
    ]
