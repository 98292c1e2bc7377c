"""The place an event shares with an event of a clause tied to its own, when it names none of its own.

Run after every event has had its own place (:class:`dotterel.stages.places.PlacesStage`), so that the order
of the events does not matter. An event of a type that happens somewhere (``places.yaml``
``shared_place_types``: an attack, a seizure, a march, not a statement) with no place takes the place of an
event told in a clause tied to its own verb:

- a clause of the same time: opened by ``linked_clause_markers`` ("when": "ten people are killed when gunmen
  attack the town of X"), by ``participant_clause_markers`` with a pronoun subject ("was attacked while he was
  in a meeting at the party's headquarters in La Paz"), or a participle without a marker ("…, killing two");
- a gerund clause after ``linked_gerund_preps``, the subject's own act ("Troops kill a commander after
  launching an offensive … in Kashmir's Pulwama district");
- a participle or relative clause on its object ("police cleared a camp occupying Trafalgar Square"), on
  the object of what it is aimed at (``aimed_object_preps``: "a gunman opened fire at people protesting … in
  Louisville") or on the agent of its passive verb, whose act it was ("soldiers are killed by gunmen who
  ambushed their convoy in the Tillabéri Region");
- a verb coordinated with it, or whose complement it is, with no subject of its own, that verb alone
  ("recapture the city of Saraqib, lift the siege on four observation points"), also when the parser hung it
  on the object as a noun with an object of its own ("kills seven soldiers and wounds three others near X").

Not a clause opened by another marker ("after" of an active verb: "Soldiers killed a man after protesters
blocked a convoy" is another happening; "before", "because", "as"), nor a "while" of contrast or of another
happening ("while rebels claimed gains in Idlib", "while peace talks were taking place in Doha"), nor an
infinitive of purpose ("an operation to rescue families in …"), nor a reported clause ("men who said that
gunmen attacked a convoy in …"), nor a noun's prepositional phrase ("in retaliation for the Pulwama attack"),
nor the other event's "from" or "to" phrase ("killed five people and fled to Pakistan").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.model import Event, PlaceMention
from dotterel.stages.place_relatives import resolve_antecedent_place
from dotterel.stages.scope import EventIndex, is_verb

__all__ = [
    "find_linked_ids",
    "has_place_phrase",
    "is_origin_mention",
    "resolve_linked_place",
    "to_linked_places",
]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
CHAIN_DEPS = frozenset({"conj", "xcomp"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
MAX_HOPS = 3


def _is_tied_clause(clause: Any, words: PlaceWords) -> bool:
    """Whether the adverbial clause ``clause`` is of the same time and place: opened by a linking marker
    ("when"), by a participant's marker whose subject is a pronoun ("while he was in a meeting", not "while
    rebels claimed gains": a contrast, nor "while peace talks were taking place": another happening), or with
    no marker (a participle, "…, killing two"; a verb the parser read as one, "recapture X, lift Y"), not an
    infinitive."""
    if clause.dep_ != "advcl":
        return False
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    if not marks:  # not an infinitive of purpose: "an operation to rescue families in Bani Walid"
        return not any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)
    if marks[0] in words.participant_clause_markers:
        return any(c.dep_ in SUBJECT_DEPS and c.tag_ == "PRP" for c in clause.children)
    return marks[0] in words.linked_clause_markers


def _is_other_happening(clause: Any, words: PlaceWords) -> bool:
    """True for an adverbial clause with a subject of its own, not tied to its verb ("after Dublin
    announced …", "because rebels claimed …")."""
    return clause.dep_ == "advcl" and _has_subject(clause) and not _is_tied_clause(clause, words)


def _tied_subtree(root: Any, words: PlaceWords) -> list[int]:
    """The tokens of ``root``'s subtree, leaving out reported clauses ("men who said that gunmen attacked a
    convoy in Ghazni": the attack is no clause of the men's) and, below it, adverbial clauses with a subject
    of their own not tied to their verb (:func:`_is_tied_clause`): "after attending a dinner, which came a
    day after Dublin announced restrictions" holds another happening, at any depth; not "while closing his
    church in Lyon", the same participant's act."""
    out, stack = [], [root]
    while stack:
        token = stack.pop()
        out.append(token.i)
        stack += [
            c for c in token.children if c.dep_ not in REPORTED_DEPS and not _is_other_happening(c, words)
        ]
    return out


def _has_subject(verb: Any) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _down_ids(verb: Any, words: PlaceWords) -> list[int]:
    """The tokens tied below ``verb``: its tied adverbial clauses, a gerund clause after a time preposition
    (the subject's own act: "after launching an offensive in …"), the participle or relative clauses on its
    object or its passive agent (:func:`_noun_clause_ids`), and its coordinated verbs
    without a subject (the verb alone, not what hangs on it: "killed two and wounded four after a rally")."""
    out: list[int] = []
    for child in verb.children:
        if _is_tied_clause(child, words):
            out += _tied_subtree(child, words)
        elif child.dep_ in CHAIN_DEPS and not _has_subject(child):
            out.append(child.i)
        elif child.dep_ == "prep" and child.lower_ in words.linked_gerund_preps:
            out += [i for c in child.children if c.dep_ == "pcomp" for i in _tied_subtree(c, words)]
        elif child.dep_ in OBJECT_DEPS:  # not where the object was taken: "returns vessels it seized in …"
            out += _noun_clause_ids(child, words, words.taking_verbs) + _misread_verb_ids(child)
        elif child.dep_ == "prep" and child.lower_ in words.aimed_object_preps:  # "fire at people protesting"
            out += [
                i for noun in child.children if noun.dep_ == "pobj" for i in _noun_clause_ids(noun, words)
            ]
        elif child.dep_ == "agent":  # "killed by gunmen who ambushed a convoy in …": the ambush killed them
            agents = [noun for noun in child.children if noun.dep_ == "pobj"]
            out += [i for noun in agents for i in _noun_clause_ids(noun, words)]
    return out


def _noun_clause_ids(noun: Any, words: PlaceWords, skipped: frozenset[str] = frozenset()) -> list[int]:
    """The tokens of the participle or relative clauses on ``noun``: not an infinitive ("an operation to
    rescue families in …" is an aim), nor a clause of another time ("a gunman who was later arrested in …",
    ``other_time_adverbs``), nor a clause of a verb of ``skipped`` (on an object, ``taking_verbs``: "returns
    three vessels it seized in the Kerch Strait" tells where they were taken, not where they are)."""
    clauses = [
        c
        for c in noun.children
        if (c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ != "VB"))
        and not any(a.dep_ == "advmod" and a.lower_ in words.other_time_adverbs for a in c.children)
        and c.lemma_.lower() not in skipped
    ]
    return [i for c in clauses for i in _tied_subtree(c, words)]


def _misread_verb_ids(noun: Any) -> list[int]:
    """The verbs the parser read as nouns coordinated with the object ``noun``: a conjunct with an object of
    its own ("kills seven soldiers and wounds three others near Samarra": "wounds" hung on "soldiers")."""
    return [c.i for c in noun.children if c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children)]


def _up_ids(verb: Any, words: PlaceWords) -> list[int]:
    """The verbs ``verb`` is tied to, upward: the head of a tied adverbial clause, or of a coordinated verb or
    complement without a subject of its own, up to ``MAX_HOPS`` steps."""
    out: list[int] = []
    token = verb
    for _ in range(MAX_HOPS):
        tied = _is_tied_clause(token, words) or (token.dep_ in CHAIN_DEPS and not _has_subject(token))
        if not tied or token.head.i == token.i:
            break
        token = token.head
        out.append(token.i)
    return out


def find_linked_ids(verb: Any, words: PlaceWords) -> list[int]:
    """Return the tokens tied to the clause of ``verb`` (see the module docstring), the nearest first."""
    ids = set(_down_ids(verb, words)) | set(_up_ids(verb, words))
    ids.discard(verb.i)
    return sorted(ids, key=lambda i: (abs(i - verb.i), i))


def resolve_linked_place(
    verb: Any, placed: dict[int, PlaceMention], words: PlaceWords
) -> PlaceMention | None:
    """Return the place of the nearest placed event (``placed``: trigger token → place) whose trigger is in a
    clause tied to ``verb``'s (:func:`find_linked_ids`), unless it is a "from" or "to" phrase; else None."""
    for i in find_linked_ids(verb, words):
        if i in placed and not is_origin_mention(verb.doc, placed[i], words):
            return placed[i]
    return None


def is_origin_mention(doc: Any, mention: PlaceMention, words: PlaceWords) -> bool:
    """Return whether the lent place is a "from" or "to" phrase: where the other event left from or went to
    ("killed after he fled from Herat", "killed five people and fled to Pakistan"), not where it happened."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    moved = words.origin_preps | words.destination_preps
    return span is not None and span.root.head.lower_ in moved


def to_linked_places(
    events: list[Event], index: EventIndex, placed: list[tuple[int, PlaceMention]], words: PlaceWords
) -> list[Event]:
    """Return ``events`` with each event of a ``shared_place_types`` type that has no place, and no place
    phrase of its own ("try to remove protesters in southern cities"), given the place of an event tied to
    its clause (:func:`resolve_linked_place`); ``placed`` holds the trigger token and place of each event
    placed by its own text, or of the event noun whose relative clause tells it
    (:func:`~dotterel.stages.place_relatives.resolve_antecedent_place`). Only an event told as happening
    lends its place (``lending_modalities``: not "men planning an attack in Saint Petersburg"), or an event of
    the same modality ("will deport five tourists and ban them from entering Nepal": both to come)."""
    modality_of = {t.i: e.modality for e in events if (t := index.token(e)) is not None}
    lending = words.lending_modalities
    triggers = frozenset(t.i for e in events if (t := index.token(e)) is not None)
    out = []
    for event in events:
        verb = _to_clause_verb(index.token(event))
        located = event.action.type.lower() in words.shared_place_types
        found = None
        if event.place is None and verb is not None and located and not has_place_phrase(verb, words):
            kept = {event.modality, *lending}
            by_token = {i: mention for i, mention in placed if modality_of.get(i, event.modality) in kept}
            found = resolve_linked_place(verb, by_token, words)
            found = found or resolve_antecedent_place(verb, by_token, triggers, words)  # "a shooting, which"
        if found is None:
            out.append(event)
            continue
        out.append(with_place(event, found))
    return out


def with_place(event: Event, mention: PlaceMention) -> Event:
    """Return ``event`` placed at ``mention``, its span added to the event's evidence."""
    spans = {**event.evidence.spans, "place": mention.span}
    return replace(event, place=mention.place, evidence=replace(event.evidence, spans=spans))


def _to_clause_verb(token: Any | None) -> Any | None:
    """The verb an event is told by: the trigger, or the verb of an event noun that is its subject ("An
    airstrike hits a convoy"); not of an object ("calling the arrest a violation" is a word about it)."""
    if token is None or is_verb(token):
        return token
    return token.head if token.dep_ in ("nsubj", "nsubjpass") and is_verb(token.head) else None


def has_place_phrase(verb: Any, words: PlaceWords) -> bool:
    """Return whether the verb has a place phrase of its own, named or not ("remove protesters in southern
    cities"); not a phrase of whom it was aimed at with a clause on its object
    (:func:`_is_aimed_clause_phrase`)."""
    return any(
        c.dep_ == "prep" and c.lower_ in words.locative_preps and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
        if not _is_aimed_clause_phrase(c, words)
    )


def _is_aimed_clause_phrase(prep: Any, words: PlaceWords) -> bool:
    """True for an "at"/"on" phrase whose object has a clause of its own ("opened fire at [people protesting
    … in Louisville]", "blew himself up at [a village hosting displaced people in Far North]"): that clause
    tells where the object was, and is read as a tied clause (:func:`_down_ids`), not as a place phrase."""
    return prep.lower_ in words.aimed_object_preps and any(
        g.dep_ == "pobj" and _noun_clause_ids(g, words) for g in prep.children
    )
