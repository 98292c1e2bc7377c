"""A day's act told in the simple present takes no date of the past counted back from today; the object of
a verb of sequence ("follow") takes no date from its clause.

News summaries tell the day's acts in the simple present. A date of the past counted back from the article
date ("last year", "two days ago", "yesterday", "during the past week") said after such a verb, in its
clause, is the time of a noun or phrase of that clause, wherever the parser hangs it: "He blames the United
States's withdrawal from the agreement last year" (the withdrawal's year), "The Taliban … blames the
government for civilian casualties during the past week" (the casualties' week). The present verb is the
day's act and takes the article date, and so does its subject ("The arrests follow the deportation of two
Chilean journalists yesterday": the deportation's day). A verb in the past, the perfect or with an
auxiliary ("are arrested", "is blaming") keeps the date, and so does a date said before the verb
("Yesterday, police arrest …"), which sets the time of the whole clause; a weekday or a stated day ("on
Monday", "May 3") is no count back and is left alone (``past_count_words`` in ``dates.yaml``). A stated year
before the article's, said after a verb in the present, active or passive, and after a noun of its phrase, is
the time of that noun too: "A former minister is accused of crimes against humanity between 1976 and 1979",
"A former officer is arrested for torture during the civil war in 1982" (the crimes' and the torture's
years; "was arrested in 1982" and "is convicted in April 2019 of terrorism", said right after the verb, keep
it).

"X follows Y" tells that Y happened before X: a date of the clause ("The mass pardons this week follow an
offer of dialogue …") is X's, and an event in Y takes none from it (``sequence_verbs``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dotterel.stages.date_expressions import DateMention

PRESENT_TAGS = frozenset({"VBZ", "VBP"})
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "compound", "attr"})


def is_present_clash(
    token: Any, mention: DateMention, reading: dt.date, today: dt.date, words: frozenset[str], text: str
) -> bool:
    """True when ``token`` is a simple-present verb, or the subject of one, and ``mention``, said after that
    verb, counts back into the past, or states a year before the article's (:func:`is_earlier_year`; after
    a present passive too).

    ``reading`` is the date the mention gives the event; ``words`` the lower-cased words of a count back
    ("last", "ago", "yesterday"); ``text`` the article text."""
    verb = token.head if token.dep_ == "nsubj" else token  # "The arrests follow the deportation yesterday"
    if mention.span.start < verb.idx or reading >= today:
        return False
    present = is_present_act(verb)
    if is_earlier_year(mention, today) and present and _follows_noun(verb, mention):
        return True  # "is accused of crimes against humanity between 1976 and 1979": the crimes' years
    if not _is_simple_present(verb):
        return False
    said = text[mention.span.start : mention.span.end].lower().split()
    return any(word in words for word in said)


def is_earlier_year(mention: DateMention, today: dt.date) -> bool:
    """True for a mention that states its year ("between 1976 and 1979", "in March 2019": one reading,
    counted from nothing) before the article's year."""
    fixed = mention.offset is None and mention.date == mention.past_date == mention.forward_date
    return fixed and mention.date.year < today.year


def _follows_noun(verb: Any, mention: DateMention) -> bool:
    """True when a noun of the verb's phrase stands between the verb and the mention ("accused of [crimes]
    … between 1976 and 1979"), not for a date right after the verb ("is convicted in April 2019 of …")."""
    return any(
        t.pos_ in ("NOUN", "PROPN") and verb.i < t.i and t.idx < mention.span.start for t in verb.subtree
    )


def _is_present_passive(verb: Any) -> bool:
    """True for a passive in the present ("is accused", "are sentenced"): a day's act told in the present."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in auxiliaries)
    return passive and all(c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in auxiliaries)


def _is_simple_present(verb: Any) -> bool:
    """True for a verb in the simple present with no auxiliary, or the base form the parser tags a verb
    coordinated with one ("The rebels deny the charge and blame the army …"), or in the present progressive
    ("is investigating")."""
    if verb.pos_ != "VERB" or verb.dep_ in NOMINAL_DEPS:  # "covering the protests": a noun tagged VBZ
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:  # "The FBI is investigating a possible link … to a shootout yesterday": going on now
        progressive = verb.tag_ == "VBG" and all(c.dep_ == "aux" for c in auxiliaries)
        return progressive and all(c.tag_ in PRESENT_TAGS for c in auxiliaries)
    if verb.tag_ == "VB" and verb.dep_ == "conj":
        return _is_simple_present(verb.head) and verb.head.tag_ != "VB"
    return verb.tag_ in PRESENT_TAGS


def is_sequence_object(token: Any, governor: Any, verbs: frozenset[str]) -> bool:
    """True when ``token`` lies in the object of a verb of sequence ``governor`` ("The mass pardons this week
    follow an offer of dialogue …, the release of detainees arrested at demonstrations"): the object happened
    at another time than the subject, and the clause's date, the subject's, is not its own
    (``sequence_verbs``)."""
    if governor.lemma_.lower() not in verbs or governor.pos_ != "VERB" or governor.tag_ in ("VBG", "VBN"):
        return False  # "following a DUI investigation": a preposition (``happening_preps``), not a clause
    node = token
    while node.head.i != governor.i and node.head.i != node.i:
        node = node.head
    return node.head.i == governor.i and node.dep_ == "dobj"


def is_present_act(verb: Any) -> bool:
    """True for a verb in the simple present or a present passive ("resigns", "is released"): the way news
    summaries tell an act of the day (:func:`is_present_clash`)."""
    return _is_simple_present(verb) or _is_present_passive(verb)
