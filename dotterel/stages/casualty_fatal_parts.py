"""Casualty counts split by a fatal manner adverb on a part of the victims: "Eight people are shot, one
fatally" (one killed, seven wounded), "A gunman shoots five people, two of them fatally" (two killed, three
wounded).

The means verb's own clause says the harm killed some of its victims, so
:class:`~dotterel.stages.casualty_counts.CasualtyFinder` counts none of them wounded ("fatally" in the clause:
``fatal_manner_words``); this module adds what it leaves out: the adverb's number as the dead, and the rest of
the verb's victims as the wounded (a person shot who lives is wounded). A fatal adverb on the verb itself
("two people are fatally shot") is a killing complement, counted by the finder.
"""

from __future__ import annotations

from typing import Any

from dotterel.model import Span
from dotterel.stages.casualty_counts import CasualtyCount, CasualtyFinder
from dotterel.stages.casualty_killing_parts import find_wounded_besides_killed
from dotterel.stages.casualty_uncounted import is_unreal

__all__ = ["find_counts_with_fatal_parts", "find_fatal_part"]

_PART_DEPS = frozenset({"npadvmod", "appos", "conj", "advmod", "nsubj"})
_VICTIM_DEPS = frozenset({"dobj", "nsubjpass"})


def find_fatal_part(verb: Any, fatal_words: frozenset[str]) -> tuple[Any, Any] | None:
    """Return (number, adverb) for the part of a verb's victims said to have died: a number word set off
    after the verb or its victims ("are shot, one[npadvmod] fatally", "shoots five people, two[appos] of them
    fatally") that carries a fatal manner adverb; None when there is no such part."""
    victims = [c for c in verb.children if c.dep_ in _VICTIM_DEPS]
    parts = [c for c in verb.children if c.dep_ in _PART_DEPS and c.i > verb.i]
    parts += [g for v in victims for g in v.children if g.dep_ in _PART_DEPS and g.i > v.i]
    for part in parts:
        if not (part.like_num or part.pos_ == "NUM"):
            continue
        adverbs = [c for c in part.children if c.dep_ == "advmod" and c.lower_ in fatal_words]
        if adverbs and part.doc[part.i - 1].text == ",":
            return part, adverbs[0]
    return None


def find_counts_with_fatal_parts(finder: CasualtyFinder, doc: Any) -> list[CasualtyCount]:
    """Return the finder's counts of the document, with the dead and the wounded of every means or injuring
    verb whose victims are split by a fatal adverb ("Eight people are shot, one fatally": killed 1, injured
    7) or by a killing participle ("shoots three, killing two": injured 1), each on the verb's word."""
    counts = finder.find(doc)
    fatal_words, counted = finder.sets["fatal_manner_words"], {c.word for c in counts}
    for verb in doc:
        besides = find_wounded_besides_killed(finder, verb, counted)  # "shoots three, killing two": 1 wounded
        counts += [besides] if besides is not None else []
        if verb.lemma_.lower() not in finder.injuring_verbs or verb.i in counted:
            continue
        found = find_fatal_part(verb, fatal_words)
        if found is None or is_unreal(verb, finder.sets["unreal_aux"], finder.sets["attempt_words"]):
            continue
        number, adverb = found
        dead = finder.number_reader.resolve_number(number)
        if dead is None:
            continue
        span = Span(number.idx, adverb.idx + len(adverb.text))
        counts.append(CasualtyCount(("killed",), dead, span, verb.i))
        total = finder.count_victims(verb, "verb")
        if total is not None and total[0] > dead:
            start = min(t.idx for t in (*total[1], verb))
            end = max(t.idx + len(t.text) for t in (*total[1], verb))
            counts.append(CasualtyCount(("injured",), total[0] - dead, Span(start, end), verb.i))
    return sorted(counts, key=lambda c: c.word)
