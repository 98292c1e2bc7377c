"""Place phrases of an event told outside its own clause, about its object or by its reporters.

- A relative clause that says where the object of the event's verb was at the time, in the progressive or with
  a verb of entering (``object_clause_verbs`` of ``knowledge/places.yaml``): "open fire and kill 25 people who
  were blocking a bridge in Nasiriyah", "strike a convoy of an armed group that entered northern Chad"
  (:func:`find_object_clause_ids`); not a clause that tells something else the object did ("kill a man who
  had lived in Paris"), nor where it dwells ("a man who was living in Paris": ``dwelling_verbs``). The same
  holds for the doers a passive verb names by "by": "Ten civilians are killed by militiamen who crossed the
  border from Uganda into the Beni Territory" (where they entered, not where they came from), "killed by
  gunmen who were hiding in a forest near Kidal".
- The place of local officials who report the event ("Officials in Takhar Province report that 12 civilians
  were killed"; ``reporting_verbs`` and ``local_reporters``), a last resort after the event's sentence, and
  only a division (a province, a state) or a town told with its division ("Authorities in Wauwatosa,
  Wisconsin, announce"), not a town alone, which may be a capital's officials (:func:`find_reporter_tiers`).
- The scope of a measure that the event eases or lifts (``easing_words``): a curb and its lifting share a
  place, named in the measure noun's phrase ("the easing of restrictions on gyms and other facilities in
  Regional Victoria", "an easing of restrictions in Melbourne") though it hangs on the measure or on what it
  stops, not on the easing; not a place of a clause of its own ("restrictions imposed after an outbreak in
  …"), nor the origin or goal of travel ("restrictions on travellers from Victoria")
  (:func:`find_eased_ids`).
- The area a measure's step is put on: "Toronto will be placed in a lockdown tier", "New Zealand enters
  alert level 3" (:mod:`dotterel.stages.place_tier_entries`); with the eased scope, :func:`find_measured_ids`.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_attempts import find_attempted_ids, find_participants
from dotterel.stages.place_tier_entries import find_tier_entry_ids
from dotterel.stages.place_uses import names_word
from dotterel.stages.scope import SUBJECT_DEPS, is_verb

# Dependencies a measure noun's phrase is walked through to its place phrases: prepositions, their objects,
# conjuncts and appositions (not a clause of its own: "acl", "relcl").
PHRASE_DEPS = frozenset({"prep", "pobj", "conj", "appos"})


def _objects(verb: Any) -> list[Any]:
    """The objects of ``verb``, the doers of a passive one ("killed by militiamen who …"), and the nouns
    they hold through "of" ("a convoy of pickups of a group")."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    out += [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    todo = list(out)
    while todo:
        noun = todo.pop()
        for of in noun.children:
            if of.dep_ == "prep" and of.lower_ == "of":
                nouns = [g for g in of.children if g.dep_ == "pobj"]
                out += nouns
                todo += nouns
    return out


def _is_progressive(verb: Any) -> bool:
    """True for a clause that tells where the object was at the time: progressive ("people who were blocking
    a bridge in …") or of being ("farmers who were in their fields near …"; not "travellers who have been in
    the United Kingdom", a time before)."""
    progressive = verb.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_ == "be" for a in verb.children)
    perfect = any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children)  # "who have been in …"
    return progressive or (verb.lemma_ == "be" and not perfect)


def find_object_clause_ids(verb: Any | None, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the place phrases (locative prepositions' phrases, an entered place) of the relative clauses
    of the objects (or passive doers) of ``verb`` and of the verbs coordinated with it that have no subject
    of their own, when the clause is progressive or one of entering."""
    if verb is None or not is_verb(verb):
        return set()
    verbs = [verb] + [
        c
        for c in verb.children
        if c.dep_ == "conj" and is_verb(c) and not any(s.dep_ in SUBJECT_DEPS for s in c.children)
    ]
    out: set[int] = set()
    nouns = [n for v in verbs for n in (*_objects(v), *find_participants(v, words))]  # "clash with …"
    for clause in (r for n in nouns for r in n.children if r.dep_ in ("relcl", "acl")):
        out |= find_attempted_ids(clause, words)  # "protesters who attempted to storm the embassy in …"
        entering = clause.lemma_.lower() in words.object_clause_verbs
        dwelling = clause.lemma_.lower() in words.dwelling_verbs  # "a man who was living in Paris"
        if dwelling or not (entering or _is_progressive(clause)):
            continue
        for child in clause.children:
            if child.dep_ == "dobj" and entering:
                out |= {t.i for t in child.subtree}
            held = [g for g in child.children if g.dep_ == "prep"] if child.dep_ == "dobj" else [child]
            for prep in held:
                if prep.dep_ == "prep" and prep.lower_ in words.locative_preps and prep.lower_ != "from":
                    out |= {t.i for t in prep.subtree}
    return out - set(stops)


def find_reporter_place_ids(verb: Any | None, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the "in" phrase of the local officials whose report holds the event's clause: "Officials in
    Takhar Province report that 12 civilians were killed" (not "Officials say", not "Turkey says")."""
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in words.reporting_verbs:
        return set()
    return {
        t.i
        for subject in verb.head.children
        if subject.dep_ == "nsubj" and subject.lemma_.lower() in words.local_reporters
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for t in prep.subtree
    } - set(stops)


def _is_division(mention: Any) -> bool:
    return mention.place.kind in ("region", "admin1") and bool(mention.place.country)


def _is_town_of_division(doc: Any, candidate: Any, mention: Any, divisions: dict[int, Any]) -> bool:
    """True for a town told with its division right after a comma: "Wauwatosa, Wisconsin"."""
    division = divisions.get(candidate.end + 1)
    return (
        mention.place.kind in ("city", "locality")
        and division is not None
        and doc[candidate.end].text == ","
        and division.place.country == mention.place.country
    )


def find_reporter_tiers(
    token: Any, verb: Any | None, stops: frozenset[int], words: PlaceWords, pairs: list[tuple[Any, Any]]
) -> list[tuple[Any, set[int], list[tuple[Any, Any]]]]:
    """Return the tier of the local officials' "in" phrase (:func:`find_reporter_place_ids`), if any, with the
    names it may read: a division ("Officials in Takhar Province"), or a town told with its division right
    after it ("Authorities in Wauwatosa, Wisconsin, announce": the town, not the state); not a town alone,
    whose officials may be a capital's ("Officials in Ottawa say")."""
    reporters = find_reporter_place_ids(verb, stops, words)
    if not reporters:
        return []
    divisions = {c.start: m for c, m in pairs if _is_division(m)}
    names = [(c, m) for c, m in pairs if _is_division(m) or _is_town_of_division(token.doc, c, m, divisions)]
    return [(token, reporters, names)]


def _eased_measures(token: Any, words: PlaceWords) -> list[Any]:
    """The measure nouns ``token``, an easing word, eases: its object, passive subject, or "of"/"on" object
    ("ease restrictions", "the easing of lockdown restrictions"), when a measure word names it."""
    if not names_word(token, words.easing_words):
        return []
    nouns = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [o for p in token.children if p.lower_ in ("of", "on") for o in p.children if o.dep_ == "pobj"]
    kinds = words.measure_words | words.measure_kind_nouns
    return [n for n in nouns if names_word(n, kinds)]


def find_eased_ids(token: Any, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the scope phrases ("in", ``measure_scope_preps``) inside the phrase of the measure that
    ``token`` eases (:func:`_eased_measures`), the measure noun itself a trigger of its own or not; the walk
    keeps to prepositions, their objects, conjuncts and appositions, and leaves out other triggers and
    phrases of travel ("from", "to") and of an exception ("except for Auckland")."""
    preps, skipped = words.measure_scope_preps | {"in"}, words.moved_preps | words.measure_exception_words
    out: set[int] = set()
    todo = _eased_measures(token, words)
    while todo:
        word = todo.pop()
        for child in word.children:
            if child.dep_ not in PHRASE_DEPS or child.i in stops or child.lower_ in skipped:
                continue  # "restrictions in the country except for Auckland": not Auckland
            if child.dep_ == "prep" and child.lower_ in preps:  # "for all regions except Santiago": not it
                out |= {t.i for t in child.subtree} - {
                    t.i for x in child.subtree if x.lower_ in skipped for t in x.subtree
                }
            else:
                todo.append(child)
    return out - set(stops)


def find_measured_ids(token: Any, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the place phrases of the measure ``token`` eases (:func:`find_eased_ids`), or else of the area
    it puts into a tier of measures (:func:`~dotterel.stages.place_tier_entries.find_tier_entry_ids`)."""
    return find_eased_ids(token, stops, words) or find_tier_entry_ids(token, stops, words)
