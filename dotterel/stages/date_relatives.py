"""The day of an event told in a clause that describes a dated event noun.

"a racist attack on Sunday, in which two women were stabbed", "the clashes on Friday, during which three
protesters were killed", "the protest on Saturday demanding his release": the relative or participial
clause tells what happened in the happening the noun names, so its event takes the noun's own time phrase
(a prepositional "on Sunday" or a bare "Sunday" hung on the noun, before the clause), not only a date right
before the relative pronoun (:func:`dotterel.stages.date_anchors.resolve_date_before_relative`).

A relative clause the parser hangs on a clock time of a noun's phrase describes the noun ("a curfew between
10 p.m. and 6 a.m. local time that will take effect tomorrow": the curfew's start), as do the participles
that spell a measure out (:mod:`dotterel.stages.date_packages`): :func:`find_told_nouns`.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.date_measures import MeasureWords
from dotterel.stages.date_packages import find_package_nouns
from dotterel.stages.date_prospects import find_participle_nouns
from dotterel.stages.date_scope import ScopeWords, is_clock_word

DESCRIBING_DEPS = frozenset({"relcl", "acl"})
TIME_DEPS = frozenset({"npadvmod", "nmod", "appos"})
SEQUEL_TAGS = frozenset({"VBD", "VBN", "VBG"})  # "shot", "was shot", "being shot"; not "resume"
NARRATED_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # "opened", "opens": the told event, on the article's day


def find_antecedent_time_ids(token: Any) -> frozenset[int]:
    """Return the ids of the words that may be the root of the antecedent noun's own date phrase when
    ``token`` heads a relative or participial clause of a noun (not one whose pronoun is its object: what
    is done to the happening is a reaction of its own): the noun, the objects of its prepositions and its
    bare noun modifiers, all before the clause; empty otherwise."""
    noun = token.head
    if token.dep_ not in DESCRIBING_DEPS or noun.pos_ not in ("NOUN", "PROPN") or noun.i > token.i:
        return frozenset()
    if any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in token.children):
        return frozenset()  # "the attack on Sunday, which the government condemns": a reaction of its own
    first = min(t.i for t in token.subtree)
    ids = {noun.i}
    for child in noun.children:
        if child.i >= first or child.i < noun.i:
            continue
        if child.dep_ == "prep":
            ids.update(c.i for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in TIME_DEPS:
            ids.add(child.i)
    return frozenset(ids)


def is_sequel_of_undated_event(token: Any, sequel_preps: frozenset[str]) -> bool:
    """True when ``token`` tells a later step of an event narrated in the same sentence (past or the
    headline present): a gerund or past clause after "before" ("A soldier opens fire in a mall, killing 29,
    before being shot dead the next day") or a past verb or participle coordinated with it ("seized a hotel
    and were killed the next day"); not a present or bare verb ("before talks resume the next day"). A day
    counted forward from the article date then counts from that event's day, the article's, and is no
    prospect."""
    if token.tag_ not in SEQUEL_TAGS:
        return False
    if token.dep_ == "conj":
        return token.i > token.head.i and _is_narrated(token.head)
    if token.dep_ == "pcomp" and token.head.lower_ in sequel_preps:
        return _is_narrated(token.head.head)
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in sequel_preps for c in token.children):
        return _is_narrated(token.head)
    return False


def _is_narrated(verb: Any) -> bool:
    """True for a finite past or present verb, or a gerund or participle that hangs on one through clauses
    ("…, killing 29")."""
    while verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "xcomp", "conj", "pcomp"):
        verb = verb.head if verb.dep_ != "pcomp" else verb.head.head
    return verb.tag_ in NARRATED_TAGS


def find_told_nouns(
    doc: Any, prospect_heads: frozenset[str], words: ScopeWords, measures: MeasureWords
) -> dict[int, frozenset[int]]:
    """Return, by noun token id, the ids of a clause that tells the noun's time though the parser hangs it
    elsewhere: a participle of prospect after the noun's phrase (:func:`find_participle_nouns`), the
    participles that spell a measure out (:func:`dotterel.stages.date_packages.find_package_nouns`), or a
    relative clause hung on a clock time of the noun's phrase (:func:`resolve_clock_antecedent`)."""
    out = dict(find_participle_nouns(doc, prospect_heads))
    for noun_id, ids in find_package_nouns(doc, measures).items():
        out[noun_id] = out.get(noun_id, frozenset()) | ids
    for token in doc:
        if token.dep_ != "relcl":
            continue
        noun = resolve_clock_antecedent(token.head, words)
        if noun is not None:
            out[noun.i] = out.get(noun.i, frozenset()) | frozenset(t.i for t in token.subtree)
    return out


def resolve_clock_antecedent(head: Any, words: ScopeWords) -> Any | None:
    """Return the noun a relative clause describes when the parser hangs it on a clock time of that noun's
    phrase, or None: in "a curfew between 10 p.m. and 6 a.m. local time that will take effect tomorrow" the
    clause tells the curfew's start, not the hour's (a clock time takes no effect, is not announced). The
    clock time is ``head`` when it is a clock word (``clock_words``) of a time of the clock (a number in its
    phrase, or a word such as "midnight"; not "at a time when …"); the noun is the first noun above it
    through prepositions, none when a verb comes first ("close at 10 p.m. local time, which …")."""
    phrase = head.head if is_clock_word(head.head, words) else head  # "9 p.m. local time": the zone's time
    numbered = any(t.like_num for t in phrase.subtree)
    if not is_clock_word(head, words) or not (numbered or head.lemma_.lower() != "time"):
        return None
    for above in head.ancestors:
        if above.pos_ in ("NOUN", "PROPN") and not is_clock_word(above, words):
            return above
        if above.pos_ not in ("ADP", "NUM", "NOUN", "PROPN", "CCONJ"):
            return None
    return None
