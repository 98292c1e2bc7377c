"""The would-be issuers of a government measure, nearest first, and the words of each that may name its
jurisdiction ("Sweden bans …", "The Brussels regional government … imposes a curfew", "Alberta Premier Jason
Kenney announces …", "Iran reports 9,000 cases, prompting President Rouhani to announce …").

Moved out of :mod:`dotterel.stages.place_measures`, whose :meth:`MeasureReach.find_tiers` reads
:meth:`MeasureIssuers.find_issuer_tiers`.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.scope import is_verb

__all__ = ["NON_PLACE_ENTITIES", "MeasureIssuers", "is_not_government_place"]

# Dependencies that carry a verb's subject up to the verb that governs it ("announces that it will issue").
CLIMB_DEPS = frozenset({"conj", "ccomp", "xcomp"})
# Modifiers of a subject that name the government's place ("the Brussels regional government").
NAMING_DEPS = frozenset({"compound", "nmod", "poss", "amod"})
# Entity labels of names that are not a government's place.
NON_PLACE_ENTITIES = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "FAC", "NORP"})
# Tags of a finite verb, which needs a subject of its own.
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})


def _to_governing_verb(verb: Any) -> Any | None:
    """The verb whose subject stands for ``verb``'s when it has none: the verb it is coordinated with or
    reported by ("announces that it will issue"), the verb a participle adjunct hangs on ("Iran reports …,
    prompting …"), through a participle's noun ("announces new measures restricting …"), the verb whose
    means a gerund after "by" tells ("lifts its lockdown by reopening …")."""
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ in CLIMB_DEPS and (is_verb(head) or head.dep_ == "acl"):
        return head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ == "advcl" and (verb.tag_ == "VBG" or infinitive) and is_verb(head):
        return head  # "…, prompting the president to announce": up to "prompting", then to "reports"
    if verb.dep_ == "acl" and head.dep_ in ("dobj", "nsubjpass") and is_verb(head.head):
        return head.head
    if verb.dep_ == "pcomp" and head.lower_ == "by" and is_verb(head.head):
        return head.head  # the means: "Wuhan starts lifting its lockdown by reopening its borders"
    return None


def is_not_government_place(token: Any) -> bool:
    """True for a word the tagger puts in an organisation's, a person's or a product's name ("the U.S.
    Federal Aviation Administration", "Honda confirms …"): a place name there is no government's place."""
    return token.ent_type_ in NON_PLACE_ENTITIES


class MeasureIssuers:
    """The issuers of a measure and the words of each that may name its jurisdiction."""

    def __init__(self, words: PlaceWords) -> None:
        self.words = words

    def find_issuer_tiers(
        self, verb: Any, stops: frozenset[int], countries: frozenset[int]
    ) -> list[set[int]]:
        """Return the naming tokens of each would-be issuer of the measure, nearest first: the subject of
        ``verb``; when it has none or a pronoun, the object that controls it ("prompting President Rouhani to
        announce"), the noun a participle describes ("measures restricting …"), the subject of the verb it is
        coordinated with, reported by, or hangs on as a participle ("Iran reports 9,000 cases, prompting …");
        a named subject whose names hold no place (a person, "the government") lets the next one speak."""
        current: Any | None = verb
        out: list[set[int]] = []
        for _ in range(6):
            for named in self._subjects(current, stops):
                ids = {i for i in self._naming_ids(named) if self._names_government(named.doc[i], countries)}
                proper = any(named.doc[i].pos_ == "PROPN" for i in ids)
                if proper and any(c.dep_ == "conj" for c in named.children):
                    return out  # "Canada and the United States ban the jet" (not "all schools and …")
                out.append(ids - set(stops))
            current = _to_governing_verb(current)
            if current is None:
                return out
        return out

    @staticmethod
    def _subjects(verb: Any, stops: frozenset[int]) -> list[Any]:
        """The named subjects of ``verb``: its own, or its controller's ("prompting the president to …"), or
        the noun its participle describes ("measures restricting …")."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i not in stops]
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        infinitive = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and to)
        if not subjects and infinitive:
            subjects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i not in stops]
        if not subjects and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            subjects = [verb.head]
        if not subjects and not is_verb(verb):  # a verb tagged as a noun: "Chicago Mayor X issues an order"
            subjects = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i][-1:]
        if not subjects and verb.tag_ in FINITE_TAGS:  # "Poland declares …, bans …": the first verb, the
            # parser's clausal complement of the next, has the subject of the list
            subjects = [
                s
                for c in verb.children
                if c.dep_ == "ccomp" and c.i < verb.i
                for s in c.children
                if s.dep_ == "nsubj"
            ][:1]
        return [s for s in subjects if s.pos_ != "PRON"]

    def _names_government(self, token: Any, countries: frozenset[int]) -> bool:
        """True for a token that may name the issuer's jurisdiction: not a word of an organisation's or a
        person's name, unless the tagger put a country's own name there ("Slovakia will shut …" as ORG) or
        the organisation is a government body named for its place ("The Northern Ireland Executive", "The
        Government of Ontario")."""
        if token.i in countries or not is_not_government_place(token):
            return True
        if self._is_government_of(token):
            return True
        return token.ent_type_ == "ORG" and self._is_government_body(token)

    def _is_government_of(self, token: Any) -> bool:
        """True for a word of the name in the "of" phrase of a government noun (``government_of_nouns``:
        "The Government of Ontario", "the regional government of Castile and León"), whatever the tagger
        calls the name: the government's jurisdiction (not "the Council of Europe", an international body)."""
        head = token
        while head.dep_ in ("compound", "conj", "flat", "pobj") and head.head.i != head.i:
            head = head.head
            if head.dep_ == "prep" and head.lower_ == "of":
                return head.head.lower_ in self.words.government_of_nouns
        return False

    def _is_government_body(self, token: Any) -> bool:
        """True for a word before the last of an organisation's name that ends in a government body noun
        (``government_bodies``: "the Northern Ireland Executive", "the Chicago City Council"), not for the
        body noun itself nor a name ending otherwise ("the U.S. Federal Aviation Administration")."""
        entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if entity is None or token.i == entity.end - 1:
            return False
        return entity[-1].lower_ in self.words.government_bodies

    def _naming_ids(self, subject: Any) -> set[int]:
        """The subject's head and the names before it ("Alberta Premier Jason Kenney", "the Brussels
        regional government"), with an "of" phrase ("the government of Ontario"), and the "in" phrase of a
        government noun (``government_of_nouns``: "the regional government in Brussels")."""
        out = {subject.i}
        todo = [subject]
        ins = self.words.government_of_nouns  # "in" too
        while todo:
            noun = todo.pop()
            for child in noun.children:
                if child.dep_ in NAMING_DEPS and child.i < noun.i or child.dep_ == "flat":
                    out.add(child.i)
                    todo.append(child)
                elif child.dep_ == "prep" and child.lower_ in ("of", "in" if noun.lower_ in ins else "of"):
                    out |= {t.i for t in child.subtree}  # "the government in Brussels"
        return out
