"""Anchors of counted days: the date a counted phrase ("the next day", "a day after …") counts from.

:func:`resolve_text_anchor` finds the date the text just established; :func:`to_linked_complement` the
happening an "… after"/"… before" phrase introduces (:mod:`dotterel.stages.dates` counts from them);
:func:`find_date_governors` the clauses an event may inherit a date from; :func:`resolve_quote_mention` the
date of a quotation's attribution.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dotterel.model import Article
from dotterel.stages.date_expressions import DateMention
from dotterel.stages.date_participles import is_noun_participle
from dotterel.stages.scope import QuoteSegment, resolve_quote_segment

CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "conj", "parataxis"})


def resolve_text_anchor(
    mentions: list[DateMention],
    k: int,
    article: Article,
    skipped: set[int],
    bound: Mapping[int, frozenset[int]] | None = None,
) -> int | None:
    """Return the mention an anchored one counts from, or None for the article date: the last date before it
    in its sentence, else in the sentence before it in the same paragraph ("Police shot a man on Sunday.
    Hundreds marched that night"). A week, month or year bound to a noun's phrase (``bound``: "stories it
    published in 2017", "a 2017 report") dates that noun only: it is no time the text established, and is
    passed over ("… over stories it published in 2017. The day before, police raided …": the article date),
    unless the phrase is "then" of the same time ("for smuggling drugs in October 2013. … since then")."""
    if not mentions[k].same_time:
        skipped = skipped | {j for j in bound or {} if mentions[j].precision != "day"}
    start = mentions[k].span.start
    here = next((n for n, s in enumerate(article.sentences) if s.span.start <= start < s.span.end), None)
    if here is None:
        return None
    first = article.sentences[here]
    if here > 0 and article.sentences[here - 1].paragraph == first.paragraph:
        first = article.sentences[here - 1]
    earlier = [
        j
        for j in range(k)
        if j not in skipped and first.span.start <= mentions[j].span.start and mentions[j].span.end <= start
    ]
    return earlier[-1] if earlier else None


def to_linked_complement(doc: Any, mention: DateMention) -> tuple[frozenset[int], Any, Any] | None:
    """Return the token ids of the happening an "… after"/"… before" phrase introduces, its head, and the
    token of the clause it dates ("retook the town a day after the ambush": the ambush, "ambush", "retook"),
    or None when nothing follows it ("the day before, police raided …")."""
    if mention.link is None:
        return None
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    link = next((t for t in reversed(span or ()) if t.lower_ == mention.link), None)
    if link is None:
        return None
    own = {t.i for t in span or ()}
    if link.dep_ == "mark" and link.head.i not in own:
        complement, governor = link.head, link.head.head
    else:
        objects = [c for c in link.children if c.dep_ in ("pobj", "pcomp")]
        if not objects:
            return None
        complement, governor = objects[0], link.head
    if governor.i == complement.i or governor.i in own:
        governor = next((t for t in governor.ancestors if t.i not in own), None)
    if governor is None:
        return None
    ids = frozenset(t.i for t in complement.subtree) - own
    return (ids, complement, governor) if ids else None


def resolve_date_before_relative(token: Any, mentions: list[DateMention]) -> int | None:
    """The date phrase right before the relative pronoun of a relative-clause event: "the attack in Mali
    on 1 November that killed 54" dates the noun the clause describes, wherever the parser hangs them."""
    if token.dep_ != "relcl":
        return None
    pronoun = next(
        (
            c
            for c in token.children
            if c.i < token.i and c.tag_ in ("WDT", "WP") and c.dep_.startswith(("nsubj", "dobj"))
        ),
        None,
    )
    if pronoun is None or pronoun.i == 0:
        return None
    before = pronoun.doc[pronoun.i - 1]
    if before.is_punct and before.text == "," and before.i > 0:
        before = pronoun.doc[before.i - 1]
    for position, mention in enumerate(mentions):
        if mention.span.start <= before.idx < mention.span.end:
            return position
    return None


def is_main_clause_time(verb: Any) -> bool:
    """True when ``verb`` is the main clause or hangs on it through clauses only (its time is the article's
    when nothing dates it), not through a noun ("a restaurant being burnt down …")."""
    while verb.dep_ != "ROOT":
        if verb.dep_ not in CLAUSE_DEPS:
            return False
        verb = verb.head
    return True


def find_date_governors(token: Any, marks: frozenset[str], speech: frozenset[str] = frozenset()) -> list[Any]:
    """Return the clauses ``token`` may inherit a date from, nearest first: a trailing attribution the parser
    hangs under it (:func:`resolve_trailing_attribution`), then its ancestors, up to the clause an
    "after"/"because" clause on its way up hangs on (``marks``), or a past participle set on a noun
    (:mod:`dotterel.stages.date_participles`). "The migrants can be brought ashore after
    several countries agreed to take them in, Conte said on Thursday": the agreement is earlier than the
    bringing, and the day of the saying, further up, is not its day."""
    attribution = resolve_trailing_attribution(token, speech)
    out = [] if attribution is None else [attribution]
    node = token
    while node.head.i != node.i and not is_noun_participle(node):  # "the group accused of …": its own time
        out.append(node.head)
        if any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            break
        node = node.head
    return out


def resolve_trailing_attribution(verb: Any, speech: frozenset[str]) -> Any | None:
    """Return the speech verb of an attribution after a comma that the parser hangs under the event's verb
    ("Poland declares a state of epidemic, the prime minister announces late on Friday": the announcing is
    the declaring, on its day), or None."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i or clause.lemma_.lower() not in speech:
            continue
        first = min(t.i for t in clause.subtree if not t.is_punct)
        subject = any(c.dep_ == "nsubj" for c in clause.children)
        if subject and first > 0 and clause.doc[first - 1].text == ",":
            return clause
    return None


def resolve_quote_mention(quotes: list[QuoteSegment], mentions: list[DateMention], start: int) -> int | None:
    """Return the position of the first date in the attribution outside the quotation that holds the
    character ``start`` (an event told inside quotes), or None."""
    segment = resolve_quote_segment(quotes, start)
    if segment is None:
        return None
    for position, mention in enumerate(mentions):
        if any(part.contains(mention.span) for part in segment.attribution):
            return position
    return None
