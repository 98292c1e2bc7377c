"""The wounded of a shooting whose killing participle names a part of its victims: "A man shoots three police
officers, killing two" (two killed, one wounded), "stabs five people, killing one" (one killed, four wounded).

The means verb ("shoot", "stab": ``means_injured_verbs``) counts its victims as wounded unless its result is
stated; a participle of killing after it ("…, killing two") states that result for a part of them, and
:class:`~dotterel.stages.casualty_counts.CasualtyFinder` then counts none of them wounded. As with a fatal
adverb on a part ("Eight people are shot, one fatally", :mod:`.casualty_fatal_parts`), the rest of those shot
lived, so they are the wounded. Only a bare number as the participle's object is the part ("killing two",
"killing four and himself": four of the six); "killing a teacher" names someone, not a part of a count.
"""

from __future__ import annotations

from typing import Any

from dotterel.model import Span
from dotterel.stages.casualty_counts import CasualtyCount, CasualtyFinder

__all__ = ["find_wounded_besides_killed"]

_PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj"})
_PARTICIPLE_TAG = "VBG"


def find_wounded_besides_killed(finder: CasualtyFinder, verb: Any, counted: set[int]) -> CasualtyCount | None:
    """The wounded of a means verb whose killing participle's number is a part of its victims: those shot or
    stabbed less those killed ("shoots three officers, killing two": 1); None when the verb has its own count
    or no such participle, or the dead are not fewer than its victims."""
    if verb.lemma_.lower() not in finder.means_verbs or verb.i in counted:
        return None
    dead = next((n for n in map(_killed_number, _killing_participles(finder, verb)) if n is not None), None)
    if dead is None:
        return None
    killed = finder.number_reader.resolve_number(dead)
    total = finder.count_victims(verb, "verb")
    if killed is None or total is None or total[0] <= killed:
        return None
    start = min(t.idx for t in (*total[1], verb))
    end = max(t.idx + len(t.text) for t in (*total[1], verb))
    return CasualtyCount(("injured",), total[0] - killed, Span(start, end), verb.i)


def _killing_participles(finder: CasualtyFinder, verb: Any) -> list[Any]:
    participles = [c for c in verb.children if c.dep_ in _PARTICIPLE_DEPS and c.tag_ == _PARTICIPLE_TAG]
    return [c for c in participles if c.lemma_.lower() in finder.killing_verbs]


def _killed_number(participle: Any) -> Any | None:
    """The bare number object of a killing participle ("killing [two]"), or None."""
    objects = [c for c in participle.children if c.dep_ == "dobj"]
    return next((o for o in objects if o.like_num or o.pos_ == "NUM"), None)
