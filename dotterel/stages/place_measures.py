"""The place a government measure covers, when its own clause names none, and the origin of travellers.

A measure (a ban, curfew, lockdown, order, quarantine, restriction or state of emergency: ``measure_words`` of
``knowledge/places.yaml``, said by the trigger or by its clause's verb; or a stop on travel, "suspends all
flights to …", :func:`dotterel.stages.place_origins.is_route_measure`) covers, in order
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
   Czech government", names no place); of its names, the coarsest (the jurisdiction). A subject that names
   no place (a person, "the government") lets the next one up speak: the object that controls an infinitive
   ("Iraq reports 4,000 cases, prompting the prime minister to announce a curfew": up through the participle
   to Iraq), the verb whose object the measure describes ("Denmark unveils measures restricting …"). A
   country's own name counts whatever the tagger calls it ("Slovakia will shut …" tagged ORG). The measure
   is also the object of its trigger verb ("declares a state of epidemic", "extends the lockdown", "lifts the
   restrictions") or of the verb its subject agrees or decides to carry out ("The Northern Ireland Executive
   agrees to implement a lockdown": a government body's name holds its place, whatever the tagger calls it;
   not "urge the government to declare …"), and an event in a measure's relative clause is the measure's
   ("Chicago Mayor X issues an advisory that asks …", the verb tagged as a noun). A country's own name the
   tagger calls a common noun is read as a name (:func:`find_country_noun_candidates`: "Iceland
   announces"). Then the name that owns the measure or its object ("Italy's lockdown", "reopens Oman's
   borders"). A noun measure's verb's own place phrase comes first of all ("Spain imposes a lockdown in
   Madrid"), and "except for Auckland" is out of the scope;
4. the situation it answers, told in an "after" clause of its verb: "After five cases are confirmed in Ohio,
   Governor Mike DeWine orders all schools to close".

The origin of people on the move is never an event's place (:mod:`dotterel.stages.place_origins`: "a
quarantine on all people arriving from Germany", "a convoy that entered northern Chad from Libya"); nor the
other side of a border (:func:`find_other_side_ids`): "closes its borders with Aruba".

The issuers of a measure and the words of each that may name its jurisdiction moved to
:mod:`dotterel.stages.place_measure_issuers` (:class:`MeasureIssuers`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, PlaceWords
from dotterel.stages.place_measure_acts import is_measure_act, is_ordered_inquiry
from dotterel.stages.place_measure_issuers import NON_PLACE_ENTITIES, MeasureIssuers, is_not_government_place
from dotterel.stages.place_names import NameCandidate
from dotterel.stages.scope import SUBJECT_DEPS, find_scope_ids, is_verb
from dotterel.stages.subordinate_misparse_objects import find_declared_objects

# Words that name a scope noun: "its capital Tehran", "over Iraq, Iran and the Gulf of Oman".
NAME_DEPS = frozenset({"appos", "conj", "compound", "nmod", "poss", "amod", "det", "cc", "punct"})
Tier = tuple[Any, set[int]]
# Marks the scope tier: its phrases are the measure's own, read even after "over" or a gerund.
SCOPE = -2
# Marks the issuer's tier: of the names there the coarsest is the jurisdiction ("U.S. Federal …" is the U.S.).
ISSUER = -1


def _lemmas(token: Any) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


def find_country_noun_candidates(
    doc: Any, gazetteer: Gazetteer, taken: list[NameCandidate]
) -> list[NameCandidate]:
    """Return a (not locative) candidate for each capitalised subject the tagger calls a common noun whose
    text is a country's own name ("Iceland announces new restrictions", "Iceland" tagged NN): the issuer of
    a measure. Not inside a found name, not a name with its own modifiers."""
    covered = {i for c in taken for i in range(c.start, c.end)}
    out = []
    for token in doc:
        if token.i in covered or token.tag_ not in ("NN", "NNS") or token.dep_ not in SUBJECT_DEPS:
            continue
        if not token.text[:1].isupper() or any(c.dep_ in ("compound", "amod") for c in token.children):
            continue
        entries = [e for e in gazetteer.find_entries(token.text, alternates=False) if e.kind == "country"]
        if entries and entries[0].name == token.text:
            out.append(NameCandidate(token.i, token.i + 1, token.text, entries))
    return out


def find_clause_place_ids(verb: Any, stops: frozenset[int]) -> set[int]:
    """Return the tokens of the clause of a measure noun's verb without its subject: "Spain imposes a
    lockdown in Madrid" applies in Madrid, before the issuer's jurisdiction."""
    subjects = {t.i for s in verb.children if s.dep_ in SUBJECT_DEPS for t in s.subtree}
    return find_scope_ids(verb, stops) - subjects


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


def _is_named_other(token: Any) -> bool:
    """True for a word of a name of several words the tagger gives to a person, an organisation or a product
    ("U.S. President Donald Trump"); one word alone is no evidence ("a curfew on Srinagar" tagged PERSON)."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return entity is not None and len(entity) > 1 and entity.label_ in NON_PLACE_ENTITIES


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
        self.issuers = MeasureIssuers(words)  # "Sweden bans …": the issuer's jurisdiction

    def is_measure(self, token: Any, verb: Any | None) -> bool:
        """True when the trigger, a word of its phrase, or its clause's verb is a measure word."""
        of = [o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        phrase = [token, *of] if not is_verb(token) else [token]  # "a state of emergency", not "an emergency
        # meeting"
        heads = [token.head.head] if token.dep_ == "pobj" else []
        heads += [token.head] if token.dep_ == "relcl" else []  # "issues an advisory that asks people to …"
        verbs = [verb] if verb is not None and not is_ordered_inquiry(token, verb, self.words) else []
        acting = {token, *verbs}  # "agrees to implement a lockdown": the measure of the verb it governs, when
        # the subject is the one to carry it out (not "urge the government to declare …")
        acting |= {
            x
            for v in tuple(acting)
            if not any(o.dep_ == "dobj" for o in v.children)
            for x in v.children
            if x.dep_ == "xcomp"
        }
        objects = [  # "declares a state of epidemic", "extends the lockdown", "lifts the restrictions"
            t
            for v in acting
            if is_verb(v) and _lemmas(v) & self.words.measure_action_verbs
            for o in find_declared_objects(v)  # with "declares [a state] of emergency as a storm hits"
            for t in (o, *(g for p in o.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"))
        ]
        under = [  # "will be placed under curfew"
            o
            for v in verbs
            for p in v.children
            if p.lower_ == "under"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        carried = [v for v in acting if v.dep_ == "xcomp"]  # "France agrees to reopen its border"
        routes = any(is_measure_act(t, self.words) for t in (token, *verbs))  # "suspends all flights to …"
        said = (*phrase, *verbs, *heads, *under, *objects, *carried)
        return routes or any(self._names_measure(t) for t in said)

    def _names_measure(self, token: Any) -> bool:
        """True for a measure word, or a noun of ``measure_kind_nouns`` whose modifier says the kind
        ("social distancing measures", "lockdown rules"; not "security measures")."""
        words = self.words
        if _lemmas(token) & words.measure_words:
            return True
        kinds = words.measure_kind_words | words.measure_words
        modifiers = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i]
        return bool(_lemmas(token) & words.measure_kind_nouns) and any(_lemmas(m) & kinds for m in modifiers)

    def find_tiers(
        self, token: Any, verb: Any | None, stops: frozenset[int], countries: frozenset[int] = frozenset()
    ) -> list[Tier]:
        """The phrases of a measure, in order: its scope phrase, the subject put under it, the issuers, the
        place that owns it or its object ("Italy's lockdown", "reopen Oman's borders"), the situation it
        answers. A measure noun that is the object of another event's verb ("orders the closing of all
        schools") is issued by that verb's subject too. ``countries``: the tokens of names that are a
        country's own name, whatever the tagger's label, or a division's named alone that the tagger makes an
        organisation ("Nunavut will close …": :mod:`dotterel.stages.place_jurisdictions`)."""
        if token.dep_ == "relcl" and _lemmas(token.head) & self.words.measure_words:
            return self.find_tiers(token.head, None, stops, countries)  # "an advisory that asks …": its own
        tiers: list[Tier] = []
        scope = self.find_scope_phrase_ids(token, verb, stops, countries)
        if scope:
            tiers.append((token, scope | {SCOPE}))
        clause = verb if verb is not None else (token.head if token.dep_ in ("pobj", "dobj") else None)
        if clause is not None and clause.dep_ == "prep":
            clause = clause.head
        if clause is not None and clause.i != token.i and clause.dep_ == "dobj" and is_verb(clause.head):
            clause = clause.head  # "announces the extension of restrictions": issued by the verb's subject
        if clause is None and any(c.dep_ == "nsubj" for c in token.children):
            clause = token  # a verb tagged as a noun: "The governor of New Mexico orders all bars to close"
        noun_verb = (
            clause is not None and clause.dep_ == "ROOT" and token.dep_ == "dobj" and token.head == clause
        )
        if clause is not None and (is_verb(clause) or clause.i == token.i or noun_verb):
            entering = clause.i != token.i and bool(_lemmas(clause) & self.words.measure_entry_verbs)
            subjects = ("nsubjpass", "nsubj") if entering else ("nsubjpass",)  # "London and parts of Essex
            # will move into Tier 3": of an entering subject, the first of its list only
            passive = [c for c in clause.children if c.dep_ in subjects and c.i not in stops]
            listed = {t.i for s in passive if entering for c in s.conjuncts for t in c.subtree}
            tiers += [(clause, {t.i for t in s.subtree} - listed - set(stops)) for s in passive]
            issuers = self.issuers.find_issuer_tiers(clause, stops, countries)
            tiers += [(clause, ids | {ISSUER}) for ids in issuers if ids]
        owner = self._owner_ids(token, clause) - set(stops)
        tiers += [(token, owner | {ISSUER})] if owner else []
        if clause is not None and is_verb(clause):
            tiers += [(c, find_scope_ids(c, stops)) for c in self._cause_clauses(clause)]
        return tiers

    def _owner_ids(self, token: Any, clause: Any | None) -> set[int]:
        """The names that own the measure noun or its verb's object ("Italy's lockdown", "the Victoria
        curfew", "reopens Oman's land borders"; before a compound trigger: "Iran orders shops to close")."""
        nouns = [] if is_verb(token) else [token]
        if clause is not None and is_verb(clause):
            nouns += [o for o in clause.children if o.dep_ == "dobj"]
        owners = [c for noun in nouns for c in noun.children if c.dep_ in ("poss", "compound")]
        if token.dep_ == "compound":
            owners += [c for c in token.head.children if c.dep_ in ("poss", "compound") and c.i < token.i]
        return {t.i for c in owners for t in c.subtree if not is_not_government_place(t)}

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

    def find_scope_phrase_ids(
        self, token: Any, verb: Any | None, stops: frozenset[int], countries: frozenset[int] = frozenset()
    ) -> set[int]:
        """The tokens of the scope phrases (``measure_scope_preps``) inside the measure's own phrase and the
        phrase of its verb, also inside an activity it bans ("from operating in airspace over Iraq"), and the
        proper name a measure noun is "on" when it is no country's own name (``countries``: "restrictions on
        Auckland", not "a ban on Israel", which is on its people or goods)."""
        own = find_scope_ids(token, stops)
        if verb is not None and verb.i != token.i:
            subjects = {t.i for s in verb.children if s.dep_ in SUBJECT_DEPS for t in s.subtree}
            own |= find_scope_ids(verb, stops) - subjects
        doc = token.doc
        other = self.words.circumstance_preps | self.words.other_happening_preps
        exceptions = self.words.measure_exception_words  # "except for Auckland" is out of its scope
        return {
            t
            for i in sorted(own)
            if doc[i].dep_ in ("prep", "dative")  # "announces a lockdown for Accra": "for" parsed as dative
            if not any(a.dep_ == "prep" and a.lower_ in other for a in doc[i].ancestors)
            if not (doc[i].head.lower_ in exceptions or (i > 0 and doc[i - 1].lower_ in exceptions))
            for t in self._scope_name_ids(doc[i], token, countries)
            if t in own and t not in stops
        }

    def _scope_name_ids(self, prep: Any, token: Any, countries: frozenset[int]) -> set[int]:
        """The naming tokens of the object of a preposition of the measure's scope ("restrictions for its
        capital Tehran"); for one of ``measure_place_preps`` on the measure noun itself, its object and the
        objects listed with it when they are proper names of no person, organisation or country ("restrictions
        on Auckland", "on Tehran, Karaj and Mashhad"; not "sanctions on Venezuela's oil company", "a ban on
        flights", "the probe on U.S. President Donald Trump")."""
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ in self.words.measure_scope_preps:
            return {t for o in objects for t in _name_ids(o)}
        if prep.lower_ not in self.words.measure_place_preps or prep.head.i != token.i:
            return set()
        listed = [  # "a lockdown of the capital Suva": the name in apposition too
            c for o in objects for c in o.subtree if c.dep_ in ("pobj", "conj", "appos") and c.pos_ == "PROPN"
        ]
        return {c.i for c in listed if c.i not in countries and not _is_named_other(c)}
