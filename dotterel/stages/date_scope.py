"""Which events a date phrase may date: the phrase's *bound region* when it sits inside a noun's phrase.

A date phrase inside a noun's modifier dates that noun (and the clause that modifies it), never the event of
the clause the noun stands in; an event with a time phrase of its own never inherits another's:

- a pre-modifier of a noun: "the 30 December 2018 election", "yesterday's incident", "last night's shooting",
  "the 1921 massacre" (a bare year right after a determiner, :func:`find_modifier_years`);
- a bare day right after a possessed object noun: "protesting Golunov's arrest Thursday", "condemns
  Pompeo's decision yesterday to remove …" (:func:`resolve_possessed_noun`);
- the "of" complement of a noun: "the current deadline of March 29" (not of a time noun: "on the night of 3
  January" is a time phrase);
- inside a relative or participial clause of a noun: "a landscaper charged on January 18, 2018, pleads
  guilty", "a story reported yesterday", "the ceasefire that expired Thursday"; the noun itself is dated too
  ("the attacks that killed 20 people on Monday"), except by a clause of its end ("a deal set to expire on
  April 13", ``end_verbs``): the end of a thing is not its time;
- inside an infinitive clause of purpose or content: "signed a deal to end the war by Tuesday morning".

A phrase after a *period preposition* ("from December 16", "starting on Thursday", "until", "by") is the start
or end of a state: it dates its own clause, never an event that would inherit it from a governing clause
(:func:`is_period_phrase`); those prepositions, like a future clause, read a weekday forward.

An undated harm of more victims of a dated one takes its day: moved to
:mod:`dotterel.stages.date_continued_events` (:func:`to_continued_events`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from dotterel.knowledge.date_words import DateWordsFile
from dotterel.model import Span
from dotterel.stages.date_asides import resolve_aside_region
from dotterel.stages.date_causes import CauseWords, resolve_cause_region
from dotterel.stages.date_late_relatives import resolve_late_relative
from dotterel.stages.date_moves import is_moved_day
from dotterel.stages.date_reduced import resolve_reduced_noun, resolve_reduced_relative
from dotterel.stages.date_topics import resolve_topic_region
from dotterel.stages.doc_tables import ARGUMENT_DEPS
from dotterel.stages.trigger_candidates import NOUN_POS

PRE_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss", "npadvmod", "nummod", "det"})
MODIFIER_CLAUSE_DEPS = frozenset({"acl", "relcl"})
INFINITIVE_DEPS = frozenset({"xcomp", "advcl", "ccomp"})
CLOCK = re.compile(r"\d\d?(?::\d\d)?(?:[ap]\.?m\.?)?")


def _lowered(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


@dataclass(frozen=True)
class ScopeWords:
    """The words of ``dates.yaml`` the scope rules use, lower-cased."""

    time_nouns: frozenset[str]
    time_preps: frozenset[str]
    end_verbs: frozenset[str]
    period_preps: frozenset[str]
    start_preps: frozenset[str]
    moves: frozenset[str]
    move_preps: frozenset[str]
    continuations: frozenset[str]
    circumstance_preps: frozenset[str] = frozenset()
    happening_preps: frozenset[str] = frozenset()
    clock_words: frozenset[str] = frozenset()
    meridiem_words: frozenset[str] = frozenset()
    step_over: frozenset[str] = frozenset()
    range_joints: frozenset[str] = frozenset()
    topic_nouns: frozenset[str] = frozenset()
    topic_preps: frozenset[str] = frozenset()
    causes: CauseWords = CauseWords()

    @classmethod
    def from_words(cls, words: DateWordsFile) -> ScopeWords:
        """Return the scope words of a validated ``dates.yaml``."""
        return cls(
            _lowered(words.time_nouns),
            _lowered(words.time_preps),
            _lowered(words.end_verbs),
            _lowered(words.period_preps),
            _lowered(words.period_start_preps),
            _lowered(words.reschedule_verbs),
            _lowered(words.reschedule_preps),
            _lowered(words.continuation_words),
            _lowered(words.shared_time_preps),
            _lowered(words.happening_preps),
            _lowered(words.clock_words),
            _lowered(words.meridiem_words),
            _lowered(words.period_step_words),
            _lowered(words.range_joints),
            _lowered(words.topic_nouns),
            _lowered(words.topic_preps),
            CauseWords(
                _lowered(words.cause_preps),
                _lowered(words.cause_nouns),
                _lowered([*words.cause_happenings, *words.topic_nouns]),
            ),
        )


def resolve_bound_region(
    root: Any,
    words: ScopeWords,
    triggers: frozenset[int] = frozenset(),
    happening: bool = True,
    material: frozenset[int] = frozenset(),
) -> frozenset[int]:
    """Return the token ids a date phrase rooted at ``root`` may date, or an empty set when it is free.

    A phrase modifying a time noun ("on the night of 3 January"), a noun after a time preposition ("during
    Friday prayers"), an event noun (one of ``triggers``) that is a verb's circumstance ("killed in overnight
    protests", ``shared_time_preps``) or a verb's agent ("injured by the January 8 attack") is free; a clause
    of an end verb ("set to expire on April 13") does not date its noun; with ``happening``, a phrase in
    another happening's phrase or clause dates that one only (:func:`resolve_happening_region`). The
    circumstance noun need not be an event itself when the verb is one of the ``material`` events (harm,
    arrests, protests: "killed in an overnight attack"; not "pleads guilty to … in the 2018 wildfire"); a
    topic's date ("into the poisoning of X on August 20") dates it only (:mod:`dotterel.stages.date_topics`),
    and a cause's ("protests over the election on 20 October") too (:mod:`dotterel.stages.date_causes`).
    """
    time_nouns, end_verbs, time_preps = words.time_nouns, words.end_verbs, words.time_preps
    if is_moved_day(root, words.moves, words.move_preps):  # "delays the verdict … from August 7 to August 18"
        return frozenset({-1})
    possessed = resolve_possessed_noun(root, time_nouns)
    if possessed is not None:
        return frozenset({possessed.i})
    head = root.head
    prep = head.head
    # "killed in Monday's attack", "killed in an overnight attack": the noun or the verb is an event
    events = ({head.i} & triggers) | ({prep.head.i} & material)
    linked = bool(prep.lower_ in words.circumstance_preps and events) or prep.dep_ == "agent"
    circumstance = linked and prep.head.pos_ in ("VERB", "AUX")  # "injured by Monday's attack"
    timed = head.dep_ == "pobj" and (prep.lower_ in time_preps or circumstance)  # "killed in Monday's attack"
    free = timed or head.lemma_.lower() in time_nouns or head.pos_ not in NOUN_POS
    if head.i != root.i and not free and root.dep_ in PRE_MODIFIER_DEPS and root.i < head.i:
        return frozenset({head.i, *_find_modified_nouns(head)})  # "the 2011 Oslo attacks": the attacks too
    of_head = head.head
    of_noun = of_head.pos_ in NOUN_POS or of_head.pos_ in ("NUM", "PRON")
    if root.dep_ == "pobj" and head.lower_ == "of" and of_noun and of_head.lemma_.lower() not in time_nouns:
        return frozenset({of_head.i})
    if topic := resolve_topic_region(root, words.topic_nouns, words.topic_preps):  # "the shooting of X on …"
        return topic
    if cause := resolve_cause_region(root, words.causes, triggers):  # "over the election on 20 October"
        return cause
    chain = [root, *root.ancestors]
    clause = _resolve_outermost_modifier(chain)
    if clause is not None:
        ids = frozenset(t.i for t in clause.subtree)
        ends = any(t.lemma_.lower() in end_verbs for t in chain if t.i in ids and t.pos_ in ("VERB", "AUX"))
        return ids if ends else ids | {clause.head.i}
    if (late := resolve_late_relative(root)) is not None:  # "a militant who bombed a church …, in 2017,"
        return late
    if (reduced := resolve_reduced_relative(chain)) is not None:  # "its policy, announced on July 6"
        return frozenset({*(t.i for t in reduced.subtree), resolve_reduced_noun(reduced).i})
    if (aside := resolve_aside_region(chain)) is not None:  # "Lukashenko, in power since 1994, declares"
        return aside
    infinitive = next((t for t in chain[1:] if _is_infinitive_clause(t)), None)
    if infinitive is not None:
        return frozenset(t.i for t in infinitive.subtree)
    return resolve_happening_region(chain, words) if happening else frozenset()


def _find_modified_nouns(noun: Any) -> list[int]:
    """The ids of the nouns a pre-modifying noun modifies in turn ("the 2011 Utoya/Oslo attacks": from
    "Oslo", the attacks), up to the head of the phrase."""
    found = []
    while noun.dep_ in PRE_MODIFIER_DEPS and noun.head.i > noun.i and noun.head.pos_ in NOUN_POS:
        noun = noun.head
        found.append(noun.i)
    return found


def resolve_possessed_noun(root: Any, time_nouns: frozenset[str]) -> Any | None:
    """Return the possessed object noun a bare date phrase follows, or None: "protesting Golunov's arrest
    Thursday on drug charges", "condemns Pompeo's decision yesterday to remove …": the day is the act of
    the possessor (the arrest's, the decision's), not the protest's or the condemnation's, wherever the
    parser hangs the day."""
    if root.dep_ != "npadvmod" or root.lemma_.lower() in time_nouns:  # not "… a day after X did Y"
        return None
    first = min(t.i for t in root.subtree)
    noun = root.doc[first - 1] if first > 0 else None
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() in time_nouns:
        return None
    owned = any(c.dep_ == "poss" for c in noun.children)
    return noun if owned and noun.dep_ in ("dobj", "pobj") else None


def resolve_happening_region(chain: list[Any], words: ScopeWords) -> frozenset[int]:
    """Return the ids of another happening's phrase or clause a date phrase sits in, or an empty set.

    "After a poor performance on Super Tuesday, he endorses …", "stormed the embassy because of the
    government's decision on Friday", "arrested them after they marched on Sunday": the day is the
    performance's, the decision's, the march's, not the endorsement's or the arrest's. Not a time after a
    time ("after midnight on Sunday", "after 10 p.m. on Friday"), nor a date that is the preposition's own
    object ("after March 3": a time, not a happening)."""
    for n, token in enumerate(chain[1:], start=1):
        marker = token.dep_ == "prep" and token.lower_ in words.happening_preps
        clause = next(
            (c for c in token.children if c.dep_ == "mark" and c.lower_ in words.happening_preps), None
        )
        if clause is not None and token.pos_ in ("VERB", "AUX"):
            return frozenset(t.i for t in token.subtree)
        if not marker:
            continue
        below = chain[n - 1]  # the preposition's object on the way up
        if n == 1 or below.lemma_.lower() in words.time_nouns or is_clock_word(below, words):
            return frozenset()
        if below.lower_ == "of" and n == 2:
            return frozenset()  # "because of Friday": the date is the object
        return frozenset(t.i for t in token.subtree)  # the preposition too: it may govern the happening
    return frozenset()


def resolve_planned_region(root: Any) -> frozenset[int]:
    """Return the ids of the thing a "for <date>" phrase plans ("cancels a planned meeting … for Friday":
    the meeting, not the cancelling; the noun "for" hangs on, else the verb's object), or an empty set when
    the date is no object of "for"."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "for":
        return frozenset()
    if prep.head.pos_ in NOUN_POS:
        return frozenset({prep.head.i})
    objects = [c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")]
    return frozenset(c.i for c in objects) or frozenset({-1})


def _resolve_outermost_modifier(chain: list[Any]) -> Any | None:
    """The outermost relative or participial clause of a noun on the way up from a date phrase."""
    found = None
    for token in chain[1:]:
        if token.dep_ in MODIFIER_CLAUSE_DEPS and token.head.pos_ in (*NOUN_POS, "PRON", "NUM"):
            found = token
    return found


def _is_infinitive_clause(token: Any) -> bool:
    """True for "to end the war" hanging on a verb: a clause of purpose or content with a time of its own."""
    if token.dep_ not in INFINITIVE_DEPS or token.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def to_period_kind(doc: Any, tokens: Any, words: ScopeWords, opened: Span | None) -> str:
    """Return "start" or "end" for the date phrase of ``tokens`` (a span) when it follows a period
    preposition ("from December 16", "starting on Thursday", "until April 30"; "on"/"at" or a clock time
    between them allowed: "effective at midnight tonight"), "end" when it closes a range the phrase ``opened``
    began ("from December 16 to January 10"), else "" (also for a possessive date:
    :func:`is_possessive_date`)."""
    first = tokens[0]
    if is_possessive_date(tokens):
        return ""  # "the toll from Thursday's explosion": "from" governs the explosion
    i = first.i - 1
    while i >= 0 and first.i - i <= 6 and (doc[i].lower_ in words.step_over or is_clock_word(doc[i], words)):
        i -= 1  # "effective at midnight tonight", "starting at 6 a.m. on Monday"
    fronted = i <= 0 or doc[i - 1].is_sent_start  # "As of Thursday, 300 cases …": a count's time, no start
    pair = "" if fronted else f"{doc[i - 1].lower_} {doc[i].lower_}"  # "bars close … as of November 7"
    prep = pair if pair in words.period_preps else doc[i].lower_ if i >= 0 else ""
    if prep in words.period_preps:
        return "start" if prep in words.start_preps else "end"
    if opened is not None and doc.text[opened.end : first.idx].strip().lower() in words.range_joints:
        return "end"
    return ""


def is_possessive_date(tokens: Any) -> bool:
    """True for a date phrase that ends in a possessive ("Thursday's explosion", "last Friday's vote"): a
    preposition before it governs the possessed noun ("the toll from Thursday's explosion"), it opens no
    period."""
    return len(tokens) > 1 and tokens[-1].tag_ == "POS"


def is_clock_word(token: Any, words: ScopeWords) -> bool:
    """True for a word of a clock time: "midnight", "noon", "11:59", "p.m.", "6am", "local time", "EST"."""
    text = token.lower_
    timed = ":" in text or text.endswith("m") or _before_meridiem(token, words)
    zone = token.is_upper and 2 <= len(text) <= 5 and token.pos_ == "PROPN"
    return text in words.clock_words or (bool(CLOCK.fullmatch(text)) and timed) or zone


def _before_meridiem(token: Any, words: ScopeWords) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in words.meridiem_words


def find_period_roots(token: Any, governor: Any, roots: list[Any], periods: dict[int, str]) -> set[int]:
    """Return the roots of the period phrases a governing clause does not pass on to ``token``: all but a
    start to an event noun that is its subject or object ("announces a lockdown … starting on Thursday": the
    lockdown starts then; "extends the order until April 30": the order is not of April 30)."""
    argument = token.head.i == governor.i and token.pos_ == "NOUN" and token.dep_ in ARGUMENT_DEPS
    return {roots[k].i for k, kind in periods.items() if not (argument and kind == "start")}


def find_modifier_years(doc: Any, happenings: frozenset[str] = frozenset()) -> list[tuple[int, int, dt.date]]:
    """Return (start char, end char, 1 January) of the bare years that pre-modify a singular noun right
    after a determiner or possessive: "the 1921 massacre", "Kenya's 2017 election" (not "the 2000 troops"),
    or a plural noun of ``happenings`` ("the 2011 Oslo attacks", "the 2019 Hong Kong protests")."""
    found = []
    for token in doc:
        if not (
            token.like_num
            and token.text.isdigit()
            and len(token.text) == 4
            and 1800 <= int(token.text) <= 2100
        ):
            continue
        head = token.head
        plural = head.tag_ in ("NNS", "NNPS") and not {head.lower_, head.lemma_.lower()} & happenings
        if head.i <= token.i or head.pos_ not in NOUN_POS or plural or token.i == 0:
            continue
        before = doc[token.i - 1]
        if before.dep_ in ("det", "case") or before.tag_ in ("DT", "PRP$", "POS"):
            found.append((token.idx, token.idx + len(token.text), dt.date(int(token.text), 1, 1)))
    return found


def resolve_rescheduled_day(token: Any, roots: list[Any], words: ScopeWords) -> int | None:
    """Return the position (in ``roots``) of the new day of an event moved to another day, or None.

    "the rally … is rescheduled to June 20", "the government postponed the vote until March 3": the event
    noun is the subject or object of a rescheduling verb (or the object of a verb whose subjectless
    complement clause it is: "announces the rally … is rescheduled", as the parser reads it), and the day is
    in that verb's "to"/"until" phrase.
    """
    candidates = []
    if token.dep_ in ("nsubj", "nsubjpass", "dobj"):
        candidates.append(token.head)
    if token.dep_ == "dobj":
        candidates.extend(
            c
            for c in token.head.children
            if c.dep_ == "ccomp" and not any(g.dep_.startswith("nsubj") for g in c.children)
        )
    for verb in candidates:
        if verb.lemma_.lower() not in words.moves:
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in words.move_preps):
            inside = {t.i for t in prep.subtree}
            found = next((k for k, root in enumerate(roots) if root.i in inside), None)
            if found is not None:
                return found
    return None


def is_adjective_to_come(root: Any, future_aux: frozenset[str]) -> bool:
    """True for a day word used as an adjective in a future clause ("an overnight curfew will be in effect":
    the kind of curfew, not last night); "seven killed in an overnight shooting" is a date, and so is a start
    the parser hung after a noun ("will be banned in public buildings effective immediately")."""
    if root.dep_ != "amod" or root.tag_ != "JJ" or root.i > root.head.i:
        return False
    return any(c.dep_ == "aux" and c.lower_ in future_aux for v in root.ancestors for c in v.children)
