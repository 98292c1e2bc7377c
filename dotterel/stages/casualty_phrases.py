"""Phrases whose toll is another event's, read for :class:`~dotterel.stages.casualties.CasualtiesStage`:

- the complement of a motive ("in retaliation for the death of a contractor", "in response to the killing of
  two soldiers", "as tensions mount over the murder of a teacher"): its toll is the event retaliated for;
- the crime a taking is for ("arrested a man for the murder of a nurse", "detained over the killing of two
  guards"): the murder is another event, not the arrest's toll;
- the death an event other than an attack follows ("Thousands protest in Nairobi after the killing of a
  student", "Following the death of a student, women march …"): the death is the protest's cause;
- the harm a protest or a mourning answers ("people protesting the police killing of a man", "gather to mourn
  the death of a student", "protests over the killing of a man"): the object of a verb or noun of
  ``cause_object_verbs``, or its "against"/"over" phrase, is the harm protested, no event's toll but its own;
  so is the phrase hung on the noun that counts the protests ("The fourth night of protests in Rochester, New
  York, over the death of a man") or on the verb they are the subject of ("Protests erupt in Lagos over the
  death of a man");
- the verb of a harm noun that is its subject is the harm's, not an occasion's in the harm's phrase ("A drone
  strike on the base during a military parade kills six": the parade is no toll's);
- a later sentence's toll naming the victims of a toll stated before the event's sentence: it updates that
  toll ("At least three patients were killed … The mob also attacked the minister. The association reports
  the death of 12 patients").
"""

from __future__ import annotations

from typing import Any

from dotterel.model import Article, Event
from dotterel.stages.casualty_counts import CasualtyCount
from dotterel.stages.casualty_occasions import OccasionWords
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.scope import SUBJECT_DEPS, is_verb

__all__ = [
    "find_answered_harm_ids",
    "find_crime_ids",
    "find_motive_ids",
    "find_prior_death_ids",
    "is_in_motive",
    "is_in_subject_event",
    "is_restated_toll",
    "names_another_place",
]

_last_motives: tuple[Any, frozenset[str], frozenset[str], list[frozenset[int]]] | None = None


def find_motive_ids(doc: Any, token: Any, preps: frozenset[str], nouns: frozenset[str]) -> set[int]:
    """Tokens of motive complements that do not hold the trigger ``token``: a preposition of ``preps`` whose
    head, or the subject of its verb, is a motive noun of ``nouns``. The complements are found once per
    document (the last document's are kept: every event of an article asks)."""
    out: set[int] = set()
    for phrase in _find_motive_phrases(doc, preps, nouns):
        if token.i not in phrase:
            out |= phrase
    return out


def _find_motive_phrases(doc: Any, preps: frozenset[str], nouns: frozenset[str]) -> list[frozenset[int]]:
    global _last_motives
    last = _last_motives
    if last is not None and last[0] is doc and last[1] is preps and last[2] is nouns:
        return last[3]
    phrases: list[frozenset[int]] = []
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        head = prep.head
        heads = [head] if not is_verb(head) else [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        heads += [c for n in heads for c in n.children if c.dep_ == "compound"]  # "anger mounts[NNS]"
        if any(n.lemma_.lower() in nouns for n in heads):
            phrases.append(frozenset(t.i for t in prep.subtree))
    _last_motives = (doc, preps, nouns, phrases)
    return phrases


def is_in_motive(doc: Any, token: Any, preps: frozenset[str], nouns: frozenset[str]) -> bool:
    """True when the trigger ``token`` lies in a motive complement ("amid anger at the handling of this
    week's explosions"): a happening told as a cause, whose toll the following sentences do not tell."""
    return any(token.i in phrase for phrase in _find_motive_phrases(doc, preps, nouns))


def find_crime_ids(token: Any, preps: frozenset[str], crime_nouns: frozenset[str]) -> set[int]:
    """Tokens of the crime phrase of a taking ("arrested a man for the murder of a nurse", "detained over
    the killing of two guards"): a killing noun under ``preps`` in the clause of ``token``."""
    out: set[int] = set()
    for prep in token.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in preps or token in prep.subtree:
            continue
        if any(c.dep_ == "pobj" and c.lemma_.lower() in crime_nouns for c in prep.children):
            out |= {t.i for t in prep.subtree}
    return out


def find_prior_death_ids(token: Any, preps: frozenset[str], death_nouns: frozenset[str]) -> set[int]:
    """Tokens of a phrase of ``token``'s clause under a preposition of ``preps`` ("after", "following") whose
    object is a death noun ("after the killing of a student", also under a participle of the clause: "march,
    demanding justice after the killing of a man"): a death before the event, not its toll."""
    out: set[int] = set()
    clause = token.head if token.dep_ in SUBJECT_DEPS else token  # "The protests began following the death"
    for prep in clause.subtree:
        if token in prep.subtree:
            continue
        deaths = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in death_nouns]
        if prep.dep_ == "prep" and prep.lower_ in preps and deaths:
            out |= {t.i for t in prep.subtree}
    return out


def find_answered_harm_ids(token: Any, verbs: frozenset[str], words: OccasionWords) -> set[int]:
    """Tokens of the harms answered in ``token``'s sentence ("protesting the police killing of Breonna
    Taylor", "protests against the killing of a man"): the direct object of a word of ``verbs``, or the object
    of its "against" or "over" (``words.answer_preps``; also of the noun or verb that heads it, see
    ``_answering_heads``), when it is a harm noun of ``words.harm_nouns`` and does not hold ``token``; a
    relative clause in its phrase is left to the sentence ("protests against the killings that killed
    four")."""
    out: set[int] = set()
    table, sentence = to_doc_table(token.doc), token.sent  # the table: each token's lemma
    for i in range(sentence.start, sentence.end):
        if table.lemmas[i] not in verbs:
            continue
        word = token.doc[i]
        objects = [c for c in word.children if c.dep_ == "dobj"]
        heads = _answering_heads(word)
        preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in words.answer_preps]
        objects += [o for prep in preps for o in prep.children if o.dep_ == "pobj"]
        for harm in objects:
            if harm.lemma_.lower() in words.harm_nouns and token not in harm.subtree:
                clauses = {t.i for c in harm.subtree if c.dep_ == "relcl" for t in c.subtree}
                out |= {t.i for t in harm.subtree} - clauses  # "protests against killings that killed four"
    return out


def _answering_heads(word: Any) -> list[Any]:
    """The words whose "over"/"against" phrase tells the harm a protest word ``word`` answers: the word
    itself; the noun it counts under "of" ("The fourth night of protests in Rochester, New York, over the
    death of a man"); and the verb it is the subject of ("Protests erupt in Lagos over the death of a man",
    "Riots break out over the killing of a teenager")."""
    heads = [word]
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.pos_ in ("NOUN", "PROPN"):
        heads.append(word.head.head)  # "night of protests … over"
    subject = heads[-1]
    if subject.dep_ in SUBJECT_DEPS and is_verb(subject.head):
        heads.append(subject.head)  # "Protests erupt … over"
    return heads


def is_in_subject_event(token: Any, verb: Any, triggers: frozenset[int], occasion: frozenset[str]) -> bool:
    """True when the event noun ``token`` is the object of an occasion preposition of ``occasion`` inside the
    phrase of ``verb``'s subject, itself another event's trigger of ``triggers`` ("A drone strike on the
    base during a military parade kills six": the parade; not "a crackdown on protests leaves 81 dead")."""
    if token.dep_ != "pobj" or token.head.lower_ not in occasion:
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i in triggers and c.i != token.i]
    return any(token in subject.subtree for subject in subjects)


def is_restated_toll(
    doc: Any, count: CasualtyCount, counts: list[CasualtyCount], token: Any, generic: frozenset[str]
) -> bool:
    """True when a later sentence's toll names the same victims as a toll of its kind stated before the
    sentence of the event ``token``: it updates that toll, it is no toll of this event. Generic victims
    (``generic``: "people") name no one in particular."""
    victims = _victim_lemmas(doc, count, generic)
    if not victims:
        return False
    earlier = [c for c in counts if c.word < token.sent.start and set(c.kinds) & set(count.kinds)]
    return any(victims & _victim_lemmas(doc, other, generic) for other in earlier)


def _victim_lemmas(doc: Any, count: CasualtyCount, generic: frozenset[str]) -> set[str]:
    """The lemmas of the specific victim nouns of a count: in its span, or counted by its number."""
    span = doc.char_span(count.span.start, count.span.end, alignment_mode="expand") or ()
    nouns = [t for t in span if t.pos_ == "NOUN" and t.i != count.word]
    nouns += [t.head for t in span if t.like_num and t.dep_ == "nummod" and t.head.pos_ == "NOUN"]
    return {t.lemma_.lower() for t in nouns} - generic


def names_another_place(article: Article, event: Event, start: int, end: int) -> bool:
    """True when the text between ``start`` and ``end`` names a place other than the event's own."""
    own = event.place.name if event.place else None
    return any(start <= m.span.start < end and m.place.name != own for m in article.places)
