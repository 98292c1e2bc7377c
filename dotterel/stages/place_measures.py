"""The place a government measure covers, when its own clause names none, and the origin of travellers.

A measure (a ban, curfew, lockdown, order, quarantine, restriction or state of emergency: ``measure_words`` of
``knowledge/places.yaml``, said by the trigger or by its clause's verb) covers, in order
(:meth:`MeasureReach.find_tiers`):

1. the place its own phrase says it is for: "imposes restrictions for its capital Tehran", "bans flights from
   operating in airspace over Iraq", "an easing of restrictions across Victoria" (``measure_scope_preps``; a
   name there need not follow a locative preposition);
2. the place put under it, the subject of a passive measure verb: "38 departments, as well as French
   Polynesia, will be placed under curfew";
3. the jurisdiction of the government that issues it, the place its verb's subject names or is: "Sweden bans
   …", "Iran imposes …", "The Brussels regional government … imposes a curfew", "Alberta Premier Jason Kenney
   announces new restrictions", "Los Angeles County announces that it will issue an order" (up through
   coordinated and reported verbs, a pronoun subject standing for the one above; a nationality adjective, "the
   Czech government", names no place); of its names, the coarsest (the jurisdiction);
4. the situation it answers, told in an "after" clause of its verb: "After five cases are confirmed in Ohio,
   Governor Mike DeWine orders all schools to close".

The origin of people on the move is never an event's place (:func:`find_origin_ids`): "a quarantine on all
people arriving from Germany", "a convoy that entered northern Chad from Libya"; nor the other side of a
border (:func:`find_other_side_ids`): "closes its borders with Aruba".
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.scope import SUBJECT_DEPS, find_scope_ids, is_verb

# Dependencies that carry a verb's subject up to the verb that governs it ("announces that it will issue").
CLIMB_DEPS = frozenset({"conj", "ccomp", "xcomp"})
# Modifiers of a subject that name the government's place ("the Brussels regional government").
NAMING_DEPS = frozenset({"compound", "nmod", "poss", "amod"})
# Words that name a scope noun: "its capital Tehran", "over Iraq, Iran and the Gulf of Oman".
NAME_DEPS = frozenset({"appos", "conj", "compound", "nmod", "poss", "amod", "det", "cc", "punct"})
# Entity labels of names that are not a government's place.
NON_PLACE_ENTITIES = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "FAC", "NORP"})
Tier = tuple[Any, set[int]]
# Marks the scope tier: its phrases are the measure's own, read even after "over" or a gerund.
SCOPE = -2
# Marks the issuer's tier: of the names there the coarsest is the jurisdiction ("U.S. Federal …" is the U.S.).
ISSUER = -1


def _lemmas(token: Any) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


def find_origin_ids(token: Any, origin_verbs: frozenset[str]) -> set[int]:
    """Return the tokens of the "from" phrases of motion verbs other than the trigger ``token`` in its
    sentence ("all people arriving from Germany", "a convoy that entered Chad from Libya"): the travellers'
    origin, not where anything happened to them."""
    out: set[int] = set()
    for prep in token.sent:
        verb = prep.head
        if prep.dep_ != "prep" or prep.lower_ != "from" or verb.i == token.i or not is_verb(verb):
            continue
        if _lemmas(verb) & origin_verbs and token.i not in {t.i for t in prep.subtree}:
            out |= {t.i for t in prep.subtree}
    return out


def _name_ids(noun: Any) -> set[int]:
    """The noun with the words that name it ("its capital Tehran", "Iraq, Iran and the Persian Gulf"), not
    its prepositional phrases ("for battle following the President of …" names no scope)."""
    out, todo = {noun.i}, [noun]
    while todo:
        for child in todo.pop().children:
            if child.dep_ in NAME_DEPS:
                out.add(child.i)
                todo.append(child)
    return out


def _is_not_government_place(token: Any) -> bool:
    """True for a word the tagger puts in an organisation's, a person's or a product's name ("the U.S.
    Federal Aviation Administration", "Honda confirms …"): a place name there is no government's place."""
    return token.ent_type_ in NON_PLACE_ENTITIES


def find_other_side_ids(token: Any, border_nouns: frozenset[str]) -> set[int]:
    """Return the tokens of the "with" phrases of border nouns in the trigger's sentence: "closes its maritime
    borders with the islands of Aruba, Curaçao and Bonaire" is a closing on this side, not in Aruba."""
    return {
        t.i
        for prep in token.sent
        if prep.dep_ == "prep" and prep.lower_ == "with"
        if _lemmas(prep.head) & border_nouns  # "its borders with Aruba", "closes its borders with Aruba":
        or any(o.dep_ == "dobj" and _lemmas(o) & border_nouns for o in prep.head.children)
        for t in prep.subtree
    }


class MeasureReach:
    """The phrases that tell where a government measure applies, and which place names may be read there."""

    def __init__(self, words: PlaceWords) -> None:
        self.words = words

    def is_measure(self, token: Any, verb: Any | None) -> bool:
        """True when the trigger, a word of its phrase, or its clause's verb is a measure word."""
        words = self.words.measure_words
        of = [o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        phrase = [token, *of] if not is_verb(token) else [token]  # "a state of emergency", not "an emergency
        # meeting"
        heads = [token.head.head] if token.dep_ == "pobj" else []
        verbs = [verb] if verb is not None else []
        under = [  # "will be placed under curfew"
            o
            for v in verbs
            for p in v.children
            if p.lower_ == "under"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        return any(_lemmas(t) & words for t in (*phrase, *verbs, *heads, *under))

    def find_tiers(self, token: Any, verb: Any | None, stops: frozenset[int]) -> list[Tier]:
        """The phrases of a measure, in order: its scope phrase, the subject put under it, the issuer, the
        situation it answers. A measure noun that is the object of another event's verb ("orders the closing
        of all schools") is issued by that verb's subject too."""
        tiers: list[Tier] = []
        scope = self.find_scope_phrase_ids(token, verb, stops)
        if scope:
            tiers.append((token, scope | {SCOPE}))
        clause = verb if verb is not None else (token.head if token.dep_ in ("pobj", "dobj") else None)
        if clause is not None and clause.dep_ == "prep":
            clause = clause.head
        if clause is not None and is_verb(clause):
            passive = [c for c in clause.children if c.dep_ == "nsubjpass" and c.i not in stops]
            tiers += [(clause, {t.i for t in s.subtree} - set(stops)) for s in passive]
            issuer = self._issuer_ids(clause, stops)
            if issuer:
                tiers.append((clause, issuer | {ISSUER}))
            tiers += [(c, find_scope_ids(c, stops)) for c in self._cause_clauses(clause)]
        return tiers

    def _cause_clauses(self, verb: Any) -> list[Any]:
        """The "after" clauses of the measure's verb: "After five cases are confirmed in Ohio, the governor
        orders all schools to close" applies where the situation it answers is."""
        return [
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and any(
                m.dep_ in ("mark", "prep") and m.lower_ in self.words.measure_cause_markers
                for m in c.children
            )
        ]

    def find_scope_phrase_ids(self, token: Any, verb: Any | None, stops: frozenset[int]) -> set[int]:
        """The tokens of the scope phrases (``measure_scope_preps``) inside the measure's own phrase and the
        phrase of its verb, also inside an activity it bans ("from operating in airspace over Iraq")."""
        own = find_scope_ids(token, stops)
        if verb is not None and verb.i != token.i:
            subjects = {t.i for s in verb.children if s.dep_ in SUBJECT_DEPS for t in s.subtree}
            own |= find_scope_ids(verb, stops) - subjects
        doc = token.doc
        other = self.words.circumstance_preps | self.words.other_happening_preps
        return {
            t
            for i in sorted(own)
            if doc[i].dep_ == "prep" and doc[i].lower_ in self.words.measure_scope_preps
            if not any(a.dep_ == "prep" and a.lower_ in other for a in doc[i].ancestors)
            for o in doc[i].children
            if o.dep_ == "pobj"
            for t in _name_ids(o)
            if t in own and t not in stops
        }

    def _issuer_ids(self, verb: Any, stops: frozenset[int]) -> set[int]:
        """The naming tokens of the subject of ``verb`` or, when it has none or a pronoun, of the verb it is
        coordinated with or reported by; a participle's noun ("the government, headed by …, imposes")."""
        current = verb
        for _ in range(6):
            subjects = [c for c in current.children if c.dep_ in ("nsubj",) and c.i not in stops]
            if not subjects and current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
                subjects = [current.head]
            named = [s for s in subjects if s.pos_ != "PRON"]
            if any(c.dep_ == "conj" for s in named for c in s.children):
                return set()  # "Canada and the United States ban the jet": no one jurisdiction
            if named:
                return {
                    i for s in named for i in self._naming_ids(s) if not _is_not_government_place(s.doc[i])
                } - set(stops)
            if current.dep_ not in CLIMB_DEPS or not is_verb(current.head):
                if current.dep_ in CLIMB_DEPS and current.head.dep_ == "acl":
                    current = current.head
                    continue
                return set()
            current = current.head
        return set()

    @staticmethod
    def _naming_ids(subject: Any) -> set[int]:
        """The subject's head and the names before it ("Alberta Premier Jason Kenney", "the Brussels
        regional government"), with an "of" phrase ("the government of Ontario")."""
        out = {subject.i}
        todo = [subject]
        while todo:
            noun = todo.pop()
            for child in noun.children:
                if child.dep_ in NAMING_DEPS and child.i < noun.i or child.dep_ == "flat":
                    out.add(child.i)
                    todo.append(child)
                elif child.dep_ == "prep" and child.lower_ == "of":
                    out |= {t.i for t in child.subtree}
        return out
