"""Build the stages, check that they chain, and run batches of articles through them.

A stage failure on one article never stops the batch: the article comes back as a
:class:`~dotterel.model.Reject` naming the stage and the reason (``strict=True`` re-raises instead).

With a :class:`~dotterel.prefilter.TriggerPrefilter` (the default of :meth:`Pipeline.from_settings`), an
article none of whose tokens could lemmatise to a lexicon trigger skips every stage after the tokenizer: it
comes back with no events (as it would have) and no ``doc``, ``sentences`` or ``mentions``.
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any

from dotterel.errors import DotterelError, PipelineError
from dotterel.model import Article, Reject
from dotterel.stages.base import ARTICLE_FIELDS_FROM_INGEST, BatchStage, Stage

if TYPE_CHECKING:
    from dotterel.prefilter import TriggerPrefilter
    from dotterel.settings import Settings


def check_chain(stages: Sequence[Stage]) -> None:
    """Raise PipelineError when a stage requires a field that no earlier stage (or ingest) assigns."""
    available = set(ARTICLE_FIELDS_FROM_INGEST)
    for stage in stages:
        missing = [name for name in stage.requires if name not in available]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage assigns"
            )
        available.update(stage.assigns)


class Pipeline:
    """An ordered, checked list of stages that codes articles into events.

    Args:
        stages: the stages, in order (checked with :func:`check_chain`).
        batch_size: articles per batch of the first stage (spaCy's ``nlp.pipe``).
        keep_docs: keep each article's spaCy ``Doc`` (dropped by default: it is large).
        prefilter: skip every stage for articles that provably hold no event (see :mod:`dotterel.prefilter`);
            it must be built from the first stage's spaCy pipeline.
        time_limit: seconds one article may spend in the stages after the first; over it the article becomes
            a Reject (0: no limit). Enforced with SIGALRM, so only in a process's main thread on POSIX.
    """

    def __init__(
        self,
        stages: Sequence[Stage],
        batch_size: int = 64,
        keep_docs: bool = False,
        prefilter: TriggerPrefilter | None = None,
        time_limit: int = 0,
    ) -> None:
        check_chain(stages)
        self.stages: tuple[Stage, ...] = tuple(stages)
        self.batch_size = batch_size
        self.keep_docs = keep_docs
        self.prefilter = prefilter
        self.time_limit = time_limit

    @classmethod
    def from_settings(cls, settings: Settings | None = None, prefilter: bool = True) -> Pipeline:
        """Build the default pipeline (``DEFAULT_STAGES``) from settings, loading knowledge once.

        Args:
            settings: the settings in force (loaded when None).
            prefilter: skip the parse of articles with no possible trigger word (the events do not change).
        """
        from dotterel.registry import build_stages
        from dotterel.settings import load_settings

        settings = settings or load_settings()
        stages = build_stages(settings)
        skipper = to_prefilter(stages, settings) if prefilter else None
        return cls(
            stages, batch_size=settings.batch_size, prefilter=skipper, time_limit=settings.article_time_limit
        )

    @property
    def names(self) -> tuple[str, ...]:
        """The stage names, in order."""
        return tuple(stage.name for stage in self.stages)

    def code_articles(
        self, items: Iterable[Article | Reject], strict: bool = False
    ) -> Iterator[Article | Reject]:
        """Yield each article with its events, or a Reject; Rejects from ingest pass through in order."""
        iterator = iter(items)
        while True:
            chunk = list(islice(iterator, self.batch_size))
            if not chunk:
                return
            yield from self._code_chunk(chunk, strict)

    def code_article(self, article: Article, strict: bool = True) -> Article | Reject:
        """Code one article (strict by default: errors raise)."""
        return next(self._code_chunk([article], strict))

    def _code_chunk(self, chunk: list[Article | Reject], strict: bool) -> Iterator[Article | Reject]:
        articles = [item for item in chunk if isinstance(item, Article)]
        for article in articles:
            self._tokenize_long_runs(article)
        skipped = {id(article) for article in articles if self._is_skipped(article)}
        first, rest = self.stages[0], self.stages[1:]
        started = iter(self._run_first(first, [a for a in articles if id(a) not in skipped], strict))
        for item in chunk:
            if isinstance(item, Reject) or id(item) in skipped:
                yield item
                continue
            result = next(started)
            if isinstance(result, Article):
                result = self._run_rest(rest, result, strict)
            yield result

    def _tokenize_long_runs(self, article: Article) -> None:
        """Tokenize an article with a run of over ``MAX_TOKEN_CHARS`` non-space characters in bounded pieces
        (:func:`to_bounded_doc`), before spaCy's tokenizer spends minutes on it; the text is unchanged."""
        nlp = getattr(self.stages[0], "nlp", None) if self.stages else None
        if nlp is None or article.doc is not None or len(article.text) > nlp.max_length:
            return  # not a spaCy first stage, already tokenized, or too long: the NLP stage rejects it
        if find_long_runs(article.text):
            article.doc = to_bounded_doc(nlp.tokenizer, article.text)

    def _is_skipped(self, article: Article) -> bool:
        """True when the prefilter proves the article holds no event; else leave its tokens for the parser."""
        if self.prefilter is None:
            return False
        if article.doc is not None:  # tokenized in bounded pieces
            if self.prefilter.is_candidate(article.doc):
                return False
            article.doc = None
            return True
        try:
            doc = self.prefilter.to_doc(article.text)
        except Exception:  # the tokenizer refused it: the NLP stage rejects it as it would without us
            return False
        article.doc = doc
        return doc is None

    def _run_first(self, stage: Stage, articles: list[Article], strict: bool) -> list[Article | Reject]:
        if isinstance(stage, BatchStage) and len(articles) > 1:
            try:
                return list(stage.pipe(articles))
            except Exception:
                if strict:
                    raise
        return [self._run_one(stage, article, strict) for article in articles]

    def _run_rest(self, stages: Sequence[Stage], article: Article, strict: bool) -> Article | Reject:
        result: Article | Reject = article
        with time_limit(self.time_limit):
            for stage in stages:
                result = self._run_one(stage, article, strict)
                if isinstance(result, Reject):
                    return result
                article = result
        if not self.keep_docs:
            article.doc = None
        return article

    @staticmethod
    def _run_one(stage: Stage, article: Article, strict: bool) -> Article | Reject:
        try:
            return stage(article)
        except Exception as error:  # one bad article must never stop the batch
            if strict:
                raise
            reason = str(error) if isinstance(error, DotterelError) else f"{type(error).__name__}: {error}"
            return Reject(
                origin=article.origin or article.id,
                stage=stage.name,
                reason=reason,
                article_id=article.id,
            )


MAX_TOKEN_CHARS = 100
MAX_SYMBOL_CHARS = 10
_LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")
_PIECE = re.compile(r"[^\W_]+|[\W_]+")  # letters and digits, or the rest (a run holds no space)


def find_long_runs(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of runs of more than ``MAX_TOKEN_CHARS`` non-space characters.

    spaCy's tokenizer strips prefixes and suffixes from a whitespace-delimited chunk one at a time, copying
    the rest each time: a chunk of ``n`` repeated prefix or suffix characters (``"!" * 16000``, ``"$"``,
    ``"_"``, ``"'s"``, emoji) costs time quadratic in ``n`` (2000 characters: about a second; 16 000: half a
    minute), inside C code where the per-article time limit cannot interrupt it.
    """
    return [(match.start(), match.end()) for match in _LONG_RUN.finditer(text)]


def to_bounded_doc(tokenizer: Any, text: str) -> Any:
    """Return the tokenized ``Doc`` of ``text`` with each long run (:func:`find_long_runs`) tokenized in
    bounded pieces (:func:`find_run_docs`); the text between runs goes through ``tokenizer`` whole.

    The doc's text is ``text`` exactly, so character offsets do not change; only runs of over
    ``MAX_TOKEN_CHARS`` characters (which ordinary text does not have) are tokenized differently.
    """
    from spacy.tokens import Doc

    docs: list[Any] = []
    position = 0
    for start, end in find_long_runs(text):
        if start > position:
            docs.append(tokenizer(text[position:start]))
        docs.extend(find_run_docs(tokenizer, text[start:end]))
        position = end
    if position < len(text):
        docs.append(tokenizer(text[position:]))
    return Doc.from_docs(docs, ensure_whitespace=False)


def find_run_docs(tokenizer: Any, run: str) -> list[Any]:
    """Return the docs of one long run of non-space characters, in order.

    The run is cut where letters or digits meet other characters. A stretch of more than
    ``MAX_SYMBOL_CHARS`` punctuation or symbols, or of more than ``MAX_TOKEN_CHARS`` letters, becomes tokens
    of ``MAX_TOKEN_CHARS`` characters (one token per mark would give the parser thousands); the other
    pieces go through ``tokenizer`` gathered up to ``MAX_TOKEN_CHARS`` characters at a time.
    """
    from spacy.tokens import Doc

    docs: list[Any] = []
    gathered = ""
    for piece in _PIECE.findall(run):
        is_long = len(piece) > (MAX_TOKEN_CHARS if piece[0].isalnum() else MAX_SYMBOL_CHARS)
        if gathered and (is_long or len(gathered) + len(piece) > MAX_TOKEN_CHARS):
            docs.append(tokenizer(gathered))
            gathered = ""
        if is_long:
            words = [piece[i : i + MAX_TOKEN_CHARS] for i in range(0, len(piece), MAX_TOKEN_CHARS)]
            docs.append(Doc(tokenizer.vocab, words=words, spaces=[False] * len(words)))
        else:
            gathered += piece
    if gathered:
        docs.append(tokenizer(gathered))
    return docs


class ArticleTimeout(DotterelError):
    """An article took longer than the pipeline's time limit."""


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` in the running stage when ``seconds`` pass (0, or not the main thread of
    a POSIX process: no limit). The stage's failure becomes the article's Reject, so a batch never hangs on
    one pathological text."""
    usable = (
        seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def _expire(signum: int, frame: object) -> None:
        raise ArticleTimeout(f"took longer than {seconds} s (setting article_time_limit)")

    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def to_prefilter(stages: Sequence[Stage], settings: Settings) -> TriggerPrefilter | None:
    """Return the trigger prefilter for stages that start with the NLP stage and code events, else None."""
    from dotterel.knowledge.lexicon import load_lexicon
    from dotterel.prefilter import TriggerPrefilter
    from dotterel.stages.nlp import NlpStage

    if not stages or not isinstance(stages[0], NlpStage) or "events" not in {s.name for s in stages}:
        return None
    from dotterel.knowledge.constructions import find_construction_entries, load_construction_words
    from dotterel.prefilter import find_trigger_entries

    lexicon = load_lexicon(settings.lexicon_files, settings.lexicon_replace)
    entries = [*find_trigger_entries(lexicon), *find_construction_entries(load_construction_words())]
    return TriggerPrefilter(stages[0].nlp, entries)
