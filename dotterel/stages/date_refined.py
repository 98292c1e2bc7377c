"""A coarse time told first and the day told again later: the same happening takes the day.

"The captain, who was kidnapped … off the coast of Benin last month, is freed. The captain was kidnapped at
the port of Cotonou on April 19." tells one kidnapping twice: first with a month, then with the day. An event
dated only to a week or a month takes the day of a later telling of the same happening: an event of the same
PLOVER type and the same trigger lemma in the next :data:`REACH` sentences of its paragraph, told as
happening, that refers back to a party of the first telling in the same role with a definite noun ("The
captain", as :mod:`dotterel.stages.date_splitoff`), dated to a day the text states that lies inside the
first telling's week or month. A day outside it is another happening ("… attacked last month. … The village
was attacked again on Sunday"), and an event with no date or a day of its own keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dotterel.model import HAPPENED_MODALITIES, Article, Event
from dotterel.stages.date_narrowing import is_within
from dotterel.stages.date_splitoff import find_parties, find_referring_parties, to_day_of, to_split_off_days
from dotterel.stages.doc_tables import find_sentence_index

REACH = 2  # sentences on
NOUN_PHRASE_DEPS = frozenset({"appos", "pobj", "prep", "compound"})  # links inside one noun's phrase
COARSE = frozenset({"week", "month"})  # the precisions a later day refines


def find_own_parties(token: Any, relatives: frozenset[str]) -> dict[str, set[str]]:
    """Return the parties of ``token``'s act (:func:`find_parties`), a relative pronoun (of ``relatives``:
    ``relative_pronouns`` of ``dates.yaml``) read as the noun its clause describes or a noun whose phrase
    holds that one ("The captain of the ship the Tommi Ritscher, who was kidnapped …": the captain, the ship,
    the Tommi Ritscher; whichever the parser hung it on)."""
    parties = find_parties(token)
    if token.dep_ != "relcl":
        return parties
    nouns, head = [token.head], token.head
    while head.dep_ in NOUN_PHRASE_DEPS:
        head = head.head
        nouns.append(head)
    described = {t.lemma_.lower() for t in nouns if t.pos_ in ("NOUN", "PROPN")}
    for lemmas in parties.values():
        if lemmas & relatives:
            lemmas.update(described)
    return parties


def _is_retelling(article: Article, first: Event, later: Event, here: int) -> bool:
    there = find_sentence_index(article, later)
    return (
        there is not None
        and here < there <= here + REACH
        and article.sentences[there].paragraph == article.sentences[here].paragraph
        and later.action.type == first.action.type
        and later.modality in HAPPENED_MODALITIES
        and later.date_precision == "day"
        and "date" in later.evidence.spans
        and later.date is not None
        and first.date is not None
        and is_within(later.date, first.date, first.date_precision)
    )


def to_refined_days(
    article: Article,
    events: list[Event],
    token_of: Callable[[Event], Any],
    definite: frozenset[str],
    relatives: frozenset[str],
) -> list[Event]:
    """Return the events with each one dated to a week or month given the day of a later telling of the same
    happening inside that span (same type and trigger lemma, a party referred back in the same role)."""
    out = list(events)
    for n, event in enumerate(events):
        token, here = token_of(event), find_sentence_index(article, event)
        if token is None or here is None or event.date_precision not in COARSE:
            continue
        if event.modality not in HAPPENED_MODALITIES:
            continue
        parties = find_own_parties(token, relatives)
        for later in events:
            later_token = token_of(later)
            if later_token is None or later_token.lemma_.lower() != token.lemma_.lower():
                continue
            if not _is_retelling(article, event, later, here):
                continue
            referring = find_referring_parties(later_token, definite)
            if any(referring[role] & parties[role] for role in referring):
                out[n] = to_day_of(event, later)
                break
    return out


def to_split_off_and_refined_days(
    article: Article,
    events: list[Event],
    token_of: Callable[[Event], Any],
    definite: frozenset[str],
    pronouns: frozenset[str] = frozenset(),
    doers: frozenset[str] = frozenset(),
    relatives: frozenset[str] = frozenset(),
) -> list[Event]:
    """Return the events given the day of their first telling (:func:`to_split_off_days`), then the day of a
    later telling inside their week or month (:func:`to_refined_days`)."""
    told = to_split_off_days(article, events, token_of, definite, pronouns, doers)
    return to_refined_days(article, told, token_of, definite, relatives)
