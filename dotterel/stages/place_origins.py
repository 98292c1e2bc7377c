"""Where people, goods or a missile came from: never the place of an event done to them or about them.

A "from" phrase (``origin_preps`` of ``knowledge/places.yaml``) names an origin, not where anything happened
(:func:`find_origin_ids`), when it hangs on:

- a verb of motion other than the trigger ("a quarantine on all people arriving from Germany", "a convoy that
  entered Chad from Libya"; ``origin_verbs``), or of launching ("shot down a drone launched from Al Hudaydah",
  "rockets fired from Gaza hit Sderot"; ``launch_verbs``): the trigger's own "from" stays its place;
- a noun other than the trigger: the people or things it names came from there ("a ban on passenger flights
  from the United Kingdom", "a foiled incursion by mercenaries from Colombia", "attacks on four tankers,
  including ones from Norway"). Not a word of leaving or taking away, nor a noun its object ("the withdrawal
  from Syria", "evacuates 300 people from Wuhan", "kidnapped students from a school in Kankara":
  ``departure_words``), nor the object of a verb of launching or sending ("fired rockets from Gaza", "sends
  troops from Leh"), nor a distance or a stretch ("50 km from Kabul", "en route from Skardu":
  ``extent_nouns``), a place, landmark, border or measure noun ("extends the lockdown from Northern Italy to
  the whole country"), nor a journey with its destination ("flights from Armenia to Iran", a route). A
  "from" the parser hangs on a verb right after such a noun is the noun's ("reopens its borders to Americans
  from 11 states");
- the trigger, an attack noun: its launch site ("a missile attack from Tigray" on Asmara; the attack's place
  is its target's).
- the trigger, a word of launching that names its target's place: its launch site ("rockets are fired into
  Israel from Gaza": :mod:`dotterel.stages.place_launch_sites`).

Only the names of a noun's "from" phrase are left out, not the phrases inside it.

Where a route a measure stops or allows leads is not the measure's place either (:func:`find_route_end_ids`,
``route_nouns`` and ``route_measure_words``): "Jordan suspends all flights to and from the United Kingdom" is
not placed in the UK; the route's start stays ("suspends all flights from Kathmandu to Delhi").
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.place_launch_sites import find_launch_site_ids
from dotterel.stages.place_person_clauses import is_in_person_clause
from dotterel.stages.place_uses import names_word
from dotterel.stages.scope import is_verb

__all__ = ["find_origin_ids", "find_route_end_ids", "is_origin_noun"]

# Dependencies that do not name the object of "from" ("Colombia, whose …", "Kabul in the east"): kept.
NOT_NAMING_DEPS = frozenset({"prep", "relcl", "acl", "advcl", "punct"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _lemmas(token: Any) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


def _name_ids(noun: Any) -> set[int]:
    """The object of "from" with the words that name it, not its own phrases."""
    out, todo = {noun.i}, [noun]
    while todo:
        for child in todo.pop().children:
            if child.dep_ not in NOT_NAMING_DEPS:
                out.add(child.i)
                todo.append(child)
    return out


def _governors(noun: Any) -> list[Any]:
    """The words ``noun`` is the object of, through "of" ("the withdrawal of 2,000 troops from …"), up to the
    verb whose object or passive subject the last one is ("evacuates 300 people from …")."""
    out = [noun]
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
        noun = noun.head.head
        out.append(noun)
    return out + ([noun.head] if noun.dep_ in ("dobj", "nsubjpass") else [])


def is_origin_noun(noun: Any, token: Any, words: PlaceWords) -> bool:
    """True when the "from" phrase of ``noun`` tells where it came from, for the event at ``token``: an
    attack noun trigger (its launch site), or another noun that is no word of leaving, of an extent or of a
    place, and is no object of a word of leaving."""
    if noun.i == token.i:
        return not is_verb(noun) and names_word(noun, words.attack_nouns)
    if noun.pos_ not in NOMINAL_POS:
        return False
    kept = words.extent_nouns | words.geo_nouns | words.landmark_nouns
    if names_word(noun, kept | words.border_nouns | words.measure_words):
        return False
    route = any(c.dep_ == "prep" and c.lower_ in words.destination_preps for c in noun.children)
    if route and names_word(noun, words.destination_nouns):
        return False  # "suspended all flights from Armenia to Iran": a route, both ends named as its places
    movers = words.launch_verbs | words.destination_verbs  # "fired rockets from Gaza", "sends troops from …"
    kept_by = [g for g in _governors(noun) if names_word(g, words.departure_words)]
    return not (kept_by or any(is_verb(g) and names_word(g, movers) for g in _governors(noun)))


def _is_misattached(prep: Any, words: PlaceWords) -> bool:
    """True for a "from" the parser hangs on a verb though it follows an origin noun right away ("reopens its
    borders to Americans from 11 states", "bans flights from China"): the noun's, unless the verb is one of
    leaving or taking away ("withdraws its troops from Syria", "kidnapped students from a school")."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    if before is None or before.pos_ not in ("NOUN", "PROPN") or before.ent_type_ in PLACE_ENTITIES:
        return False  # "fired into Israel from Gaza": a place is not where anything comes from
    if names_word(prep.head, words.departure_words | words.launch_verbs):
        return False
    return is_origin_noun(before, prep.head, words) and before.i != prep.head.i


def find_origin_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of the origins in the trigger ``token``'s sentence: the "from" phrases of motion and
    launch verbs other than the trigger, and the names of the "from" phrases of origin nouns
    (:func:`is_origin_noun`); none that holds the trigger, unless it launched something at a place it names
    (its launch site: :mod:`dotterel.stages.place_launch_sites`)."""
    out = find_launch_site_ids(token, words)
    movers = words.origin_verbs | words.launch_verbs
    table, sentence = to_doc_table(token.doc), token.sent  # the table: each token's dep_ and lower_
    for i in range(sentence.start, sentence.end):
        if table.deps[i] != "prep" or table.lowers[i] not in words.origin_preps:
            continue
        prep = token.doc[i]
        subtree = {t.i for t in prep.subtree}
        head = prep.head
        if token.i in subtree and not is_in_person_clause(token, prep):  # "a man from Dayton, who plotted"
            continue
        if is_verb(head) and _is_misattached(prep, words):  # "reopens its borders to Americans from …"
            out |= {i for o in prep.children if o.dep_ == "pobj" for i in _name_ids(o)}
        elif is_verb(head):
            out |= subtree if head.i != token.i and _lemmas(head) & movers else set()
        elif is_origin_noun(head, token, words):
            out |= {i for o in prep.children if o.dep_ == "pobj" for i in _name_ids(o)}
    return out


def _route_nouns(token: Any, words: PlaceWords) -> list[Any]:
    """The travel nouns the measure at ``token`` is about: its object ("suspends all flights") or the object
    of its preposition ("a ban on flights")."""
    nouns = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [o for p in token.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return [n for n in nouns if names_word(n, words.route_nouns)]


def is_route_measure(token: Any, words: PlaceWords) -> bool:
    """True when ``token`` stops, restricts or allows travel on a route, a government's measure when a
    government is its subject: a word of ``route_measure_words`` whose object or preposition's object is a
    travel noun ("Jordan suspends all flights to …", "halts trains from Milan", "a ban on flights")."""
    return names_word(token, words.route_measure_words) and bool(_route_nouns(token, words))


def find_route_end_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens naming where a route the measure at ``token`` stops or allows leads: the "to" phrase
    of its travel noun and a preposition coordinated with it ("flights to and from the United Kingdom"), also
    one the parser hangs on the verb right after the noun ("suspend all flights from India to the UK"). The
    route's start is kept: it lies where the measure is ("suspends all flights from Kathmandu to Delhi")."""
    if not names_word(token, words.route_measure_words):
        return set()
    ends, leads = words.origin_preps | words.destination_preps, words.destination_preps
    out: set[int] = set()
    for noun in _route_nouns(token, words):
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in leads]
        preps += [c for c in token.children if c.dep_ == "prep" and c.lower_ in leads and c.i > noun.i]
        preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ in ends]
        out |= {i for p in preps for o in p.children if o.dep_ == "pobj" for i in _name_ids(o)}
    return out
