"""NLP stage: sentences and paragraph numbers on real text, with offsets into the article; the attribute
ruler's faster match."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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


# ---- the attribute ruler's faster match finds exactly what spaCy's Matcher finds --------------------------
RULER_TEXTS = [
    # text, a (token, POS, lemma) a word pattern of the ruler decides (None: only the tag map and "the")
    ("Y'all ain't gonna believe what the militia did next.", ("ai", "AUX", "be")),
    ("I didn't do nothin' wrong, the detained activist told the court.", ("nothin'", "NOUN", "nothing")),
    ("There were clashes outside the embassy, and there are fears of more.", ("were", "VERB", "be")),
    ("Let's go back to the talks, the envoy said.", ("'s", "PRON", "us")),
    ("It has not said whether it will withdraw its troops.", ("has", "AUX", "have")),
    ("Protesters  stormed the compound.\n\n   Police fired tear gas.", ("\n\n   ", "SPACE", "\n\n   ")),
    ("Troops shelled the village on Sunday.", None),  # negative: no word-specific pattern applies
    ("The ministry denied the report.", None),  # negative
]


@pytest.mark.parametrize(("text", "decided"), RULER_TEXTS)
def test_fast_attribute_match_equals_spacy_matcher(nlp: Any, text: str, decided: Any) -> None:
    from spacy.pipeline import AttributeRuler

    from dotterel.stages.nlp import AttributeRulerMatch

    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, AttributeRulerMatch)  # installed by load_spacy_pipeline
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(text)
    spacy_matches = AttributeRuler.match(ruler, doc)
    assert ruler.match(doc) == spacy_matches
    words = {(t.text, t.pos_, t.lemma_) for t in nlp(text)}
    if decided is None:  # beyond the 56 tag-map patterns, only the determiner's pattern applies
        assert {doc[start].lower_ for number, _, start, _ in spacy_matches if number >= 56} == {"the"}
    else:
        assert decided in words


@pytest.mark.parametrize(
    ("spec", "readable"),
    [
        ({"LOWER": "ai", "TAG": {"IN": ["VBP", "VBZ"]}}, True),
        ({"DEP": {"NOT_IN": ["det", ""]}, "TAG": "DT"}, True),
        ({"LOWER": {"REGEX": "^n'?t$"}}, True),
        ({"IS_SPACE": True}, True),
        ({"LENGTH": 3}, False),  # negative: a key the fast match does not read
        ({"LOWER": "a", "OP": "+"}, False),  # negative: a quantifier
        ({"TAG": {">=": 3}}, False),  # negative: a comparison
    ],
)
def test_token_checks_read_only_what_they_can(nlp: Any, spec: dict[str, Any], readable: bool) -> None:
    from dotterel.stages.nlp import to_token_checks

    assert (to_token_checks(spec, nlp.vocab.strings) is not None) is readable


def test_a_ruler_with_an_unreadable_pattern_keeps_spacys_match() -> None:
    import spacy

    from dotterel.stages.nlp import AttributeRulerMatch, install_fast_attribute_match

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "un"}]], {"LEMMA": "UN"})
    assert AttributeRulerMatch.from_ruler(ruler) is not None
    ruler.add([[{"LENGTH": 2}]], {"LEMMA": "xx"})
    assert AttributeRulerMatch.from_ruler(ruler) is None
    assert not install_fast_attribute_match(blank)
    assert [t.lemma_ for t in blank("UN talks")] == ["xx", ""]  # spaCy's match: the later pattern wins
