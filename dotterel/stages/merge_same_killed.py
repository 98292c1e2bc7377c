"""One person killed, told twice: two harms of an article whose victim is the same one person are one killing.

A person dies once, so when an article tells a harm with one dead and another harm of the same type whose
victim is that same person, the second retells the first ("Officer Mark Dunn, who fatally shot Jamal
Carter, is fired. Carter's killing was …"; "The two men who attacked him say … he was fatally shot"). The
victim is the harm's object or passive subject, or a harm noun's possessor or "of" object. The same person
is named by the same proper noun (the surname repeats the last word of the name; "Maria Carter" is not
"Jamal Carter"), or in one sentence by a singular personal pronoun of the same gender ("him" … "he":
``masculine_victim_pronouns``, ``feminine_victim_pronouns`` of ``merge.yaml``) when neither harm has such a
pronoun as its doer. The later telling fills the gaps of the first and is dropped.

Not folded: harms of another type or modality, harms dated apart or placed apart, tolls that disagree (one
dead and two dead are two harms), harms with no dead, and pronouns of two sentences ("A man fatally stabbed
him … Police then shot him dead" are two people).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.merge_words import MergeWordsFile
from dotterel.model import Event
from dotterel.stages.doc_tables import resolve_trigger_root
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.merge_anaphora import are_compatible, are_dated_apart, fill_gaps, places_disagree

__all__ = ["fold_same_killed"]

_VICTIM_DEPS = ("dobj", "nsubjpass")
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP"})  # a possessive name is often tagged ORG: not these


def _victim(head: Any) -> Any | None:
    """The one victim word of the harm ``head``: its object or passive subject, or a harm noun's possessor or
    "of" object."""
    deps = _VICTIM_DEPS + (("poss",) if head.pos_ == "NOUN" else ())
    for child in head.children:
        if child.dep_ in deps and child.tag_ in ("PRP", "NNP"):
            return child
    if head.pos_ == "NOUN":
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            return next((c for c in prep.children if c.dep_ == "pobj" and c.tag_ in ("PRP", "NNP")), None)
    return None


def _name_words(noun: Any) -> list[str]:
    """The words of a name that ``noun`` ends ("Andre Hill": ["Andre", "Hill"])."""
    return [c.text for c in noun.children if c.dep_ == "compound" and c.tag_ == "NNP"] + [noun.text]


def _same_name(first: Any, later: Any) -> bool:
    """True for one person's name, no place: one surname, with the same given names when both state them
    ("Maria Carter" is not "Jamal Carter")."""
    names = (_name_words(first), _name_words(later))
    if first.text != later.text or any(t.ent_type_ in _PLACE_ENTS for t in (first, later)):
        return False
    return min(len(n) for n in names) == 1 or names[0] == names[1]


def _has_pronoun_doer(head: Any, gender: frozenset[str]) -> bool:
    """True when the harm's subject is a pronoun of the victim's gender ("he stabbed him"): the victim
    pronoun of another harm may then stand for the doer."""
    return any(c.dep_ == "nsubj" and c.lower_ in gender for c in head.children)


def _same_person(first: Any, later: Any, genders: tuple[frozenset[str], ...]) -> bool:
    """True when two victim words name one person: one name, or one gender's pronouns in one sentence,
    neither harm having such a pronoun as its doer."""
    if first.tag_ == "NNP" and later.tag_ == "NNP":
        return _same_name(first, later)
    if first.tag_ != "PRP" or later.tag_ != "PRP":
        return False
    if first.sent.start != later.sent.start:
        return False
    gender = next((g for g in genders if {first.lower_, later.lower_} <= g), None)
    return gender is not None and not any(_has_pronoun_doer(w.head, gender) for w in (first, later))


def _may_fold(first: Event, later: Event) -> bool:
    """True for two harms of one type, modality, place and date with one dead in all that they state."""
    if first.action.type != later.action.type or first.action.type not in HARM_TYPES:
        return False
    if first.modality != later.modality or 1 not in (first.killed, later.killed):
        return False
    if first.killed not in (None, 1) or later.killed not in (None, 1):
        return False
    if not (are_compatible(first.source, later.source) and are_compatible(first.target, later.target)):
        return False
    return not (are_dated_apart(first, later) or places_disagree(first.place, later.place))


def fold_same_killed(doc: Any, events: list[Event], words: MergeWordsFile) -> list[Event]:
    """Return ``events`` with each later harm that kills the same one person as an earlier one folded into it
    (see the module)."""
    genders = words.victim_pronoun_genders
    kept: list[Event] = []
    for event in events:
        head = resolve_trigger_root(doc, event.trigger)
        victim = None if head is None else _victim(head)
        for position, earlier in enumerate(kept):
            before = resolve_trigger_root(doc, earlier.trigger)
            other = None if before is None else _victim(before)
            if victim is None or other is None or not _may_fold(earlier, event):
                continue
            if _same_person(other, victim, genders):
                kept[position] = fill_gaps(earlier, event)
                break
        else:
            kept.append(event)
    return kept
