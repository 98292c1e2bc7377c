"""The clauses that spell out a measure: a measure's time told in the participles that list what it does.

"South Korea announces a ban on large gatherings, shutting down nightclubs and banning church services
nationwide tomorrow", "The city orders a lockdown, closing schools and suspending buses from Monday": the
participle clauses set off by a comma after the measure noun (hung by the parser on the verb that announces
or imposes it) are the measure's parts, and a day stated in them (on the last of the list as often as not)
is the measure's too. Only a list with a participle that is a measure itself (``measure_words``: "closing",
"banning", "suspending") spells a measure out; "imposes a curfew, arresting 20 people on Sunday" tells
another act.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.date_measures import MeasureWords, is_measure

PART_DEPS = frozenset({"advcl", "conj"})


def find_package_nouns(doc: Any, words: MeasureWords) -> dict[int, frozenset[int]]:
    """Return, by measure noun token id, the ids of the participle clauses that spell the measure out: the
    comma-set gerunds (``VBG``) after the noun hung on the noun's verb, and the gerunds coordinated with
    them, when each is a measure."""
    out: dict[int, frozenset[int]] = {}
    for noun in doc:
        if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in words.measures:
            continue
        ids: set[int] = set()
        for clause in noun.head.children:
            if clause.dep_ == "advcl" and clause.i > noun.i and _is_listed_part(clause, words):
                ids.update(t.i for t in clause.subtree)
        if ids:
            out[noun.i] = frozenset(ids)
    return out


def _is_listed_part(clause: Any, words: MeasureWords) -> bool:
    """True for a gerund set off by a comma right before it, that is a measure or has one among the gerunds
    coordinated with it ("…, shutting down bars, banning gatherings and removing fans from stadiums")."""
    if clause.tag_ != "VBG" or clause.i < 1 or clause.doc[clause.i - 1].text != ",":
        return False
    parts = [clause, *(c for c in clause.conjuncts if c.tag_ == "VBG")]
    return any(is_measure(part, words) for part in parts)
