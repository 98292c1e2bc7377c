"""Place phrases of an event that its own clause does not hold (tiers of :mod:`dotterel.stages.place_tiers`).

- :func:`find_participant_place_ids` (the last tier): a place phrase of the event's own subject or
  object, also one of a progressive relative clause of theirs ("Five hostages, who were being held in eastern
  Mali, are freed by French forces": freed where they were held) and of the subject a coordinated verb shares
  with the verb before it ("Police guards outside the parliament in Beirut abandoned their posts and joined
  the protest") and of a passive's agent ("A rally is held by the opposition in the capital"). Only the
  prepositions of ``target_place_preps``; never another trigger's phrase, nor a clause of its own that tells
  something else ("who had lived in Paris").
- :func:`find_agent_event_ids`: the happening that is the agent of a passive casualty verb ("killed by
  artillery shelling near Taftanaz").
- :func:`find_target_event_ids`: the happening an attack or a crackdown is on ("a crackdown on protests in
  Oromia Region").
- :func:`find_inner_event_ids`: a relative clause "in which" of an event noun tells what happened in it, and
  where ("an attack on Sunday, in which two women were stabbed near the Eiffel Tower").
- :func:`find_won_place_ids`: the fighting a place was taken after was there ("retook a village in western
  Cambodia after fierce fighting").
- :func:`find_circumstance_verb_ids`: an event noun that is the circumstance of a verb was where the verb's
  clause was ("capture the town of Kafr Nabudah in an ongoing offensive").
- :func:`find_gapped_partners`: a gapped casualty participle shares the "when" clause of the verb before it
  ("40 people are killed and over 1,700 wounded when security forces open fire on protesters in …").
- :func:`find_conjoined_place_ids`: the place phrases of a coordinated verb that shares the subject.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.doc_tables import ARGUMENT_DEPS, DocTable, to_doc_table
from dotterel.stages.place_names import names_word
from dotterel.stages.place_reach import TIME_DISTANCE_DEPS
from dotterel.stages.scope import SUBJECT_DEPS, find_scope_ids, is_verb


def find_participant_place_ids(token: Any, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the token ids of the place phrases of the event's participants (see the module docstring):
    the subject and object of its clause verb (the trigger, or the verb whose subject or object it is) and
    the subjects that verb shares through coordination."""
    table = to_doc_table(token.doc)
    verb = token if is_verb(token) else token.head if token.dep_ in ARGUMENT_DEPS else None
    if verb is not None and verb.i != token.i and verb.i in stops:
        verb = None  # "… issues a rebuke": the rebuke's verb is no other event's
    holders = set() if verb is None else _agent_phrase_ids(table, verb, stops | {token.i}, words)
    deps, happenings = ARGUMENT_DEPS, words.attack_nouns | words.located_events
    while verb is not None and is_verb(verb):
        for child in verb.children:
            # a happening is no participant ("The unrest outside the embassy in Baghdad followed air raids")
            if (
                child.dep_ in deps
                and child.i not in stops
                and child.i != token.i
                and child.lower_ not in happenings
            ):
                holders |= _own_subtree(table, child.i, stops, token.doc)
        shares = verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        verb = verb.head if shares and verb.head.i != verb.i else None
        deps = SUBJECT_DEPS  # a coordinated verb shares the subject only, not the object
    return {
        t
        for i in holders
        if table.deps[i] == "prep" and table.lowers[i] in words.target_place_preps
        for t in table.find_subtree_ids(i)
        if t in holders
    }


def _agent_phrase_ids(table: DocTable, verb: Any, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """The phrase of a passive verb's agent, its subject in the active ("A rally is held by the opposition in
    the capital": the opposition in the capital hold it), without its clauses ("wounded by a man who was
    living in Paris") and other triggers; a common noun only, not a name, whose place phrase may be part of
    it ("carried out by Islamic Jihad Movement in Palestine"), nor a happening ("killed by shelling")."""
    happenings = words.attack_nouns | words.located_events
    nouns = [n for c in verb.children if c.dep_ == "agent" for n in c.children if n.dep_ == "pobj"]
    ids: set[int] = set()
    for noun in nouns:
        if noun.tag_ in ("NNP", "NNPS") or noun.i in stops or noun.lower_ in happenings:
            continue
        ids |= table.find_subtree_ids(noun.i)
        for cut in (c for c in noun.subtree if c.i in stops or c.dep_ in ("relcl", "acl")):
            ids -= table.find_subtree_ids(cut.i)
    return ids


def _is_progressive_relative(clause: Any, stops: frozenset[int]) -> bool:
    """True for a relative clause that is no event of its own and says where a participant was at the time:
    "who were being held in eastern Mali", "who were protesting outside the embassy" (not "who had lived in
    Paris", not "who was born in Lyon")."""
    if clause.dep_ != "relcl" or clause.i in stops:
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    being = any(a.tag_ == "VBG" and a.lemma_ == "be" for a in auxiliaries)
    going = clause.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxiliaries)
    return being or going


def _own_subtree(table: DocTable, i: int, stops: frozenset[int], doc: Any) -> set[int]:
    """The subtree of token ``i`` without the subtrees of other triggers and of clauses of their own (but a
    progressive relative clause: "hostages who were being held in eastern Mali")."""
    ids, stack = {i}, [i]
    while stack:
        for child in table.children[stack.pop()]:
            if child in stops or (table.breaks[child] and not _is_progressive_relative(doc[child], stops)):
                continue
            ids.add(child)
            stack.append(child)
    return ids


def find_agent_event_ids(verb: Any | None, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the phrase of the happening that is the agent of a passive casualty verb, of the trigger's
    clause or coordinated with it: "A soldier is killed and six more are wounded by artillery shelling near
    Taftanaz" died where the shelling was (the agent's event noun is another event's trigger; not "arrested
    by police in Paris", where the agent is no happening)."""
    if verb is None or not is_verb(verb) or verb.lemma_.lower() not in words.result_verbs:
        return set()
    partners = [c for c in verb.children if c.dep_ == "conj" and is_verb(c)]
    partners += [verb.head] if verb.dep_ == "conj" and is_verb(verb.head) else []
    out: set[int] = set()
    for owner in (verb, *partners):
        if owner.lemma_.lower() not in words.result_verbs:
            continue
        for agent in (c for c in owner.children if c.dep_ == "agent"):
            phrase = {t.i for t in agent.subtree}
            # "by rebel artillery shelling near Kidal": the parser may hang the gerund on the verb
            after = agent.right_edge.i + 1
            split = (
                after < len(verb.doc) and verb.doc[after].head.i == owner.i and verb.doc[after].tag_ == "VBG"
            )
            phrase |= {t.i for t in verb.doc[after].subtree} if split else set()
            if any(n.dep_ in ("pobj", "pcomp") and n.i in stops for n in agent.children) or (
                split and after in stops
            ):
                out |= phrase
    return out


def find_target_event_ids(token: Any, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the phrase of the happening an attack or a crackdown is on: "a military crackdown on protests in
    Oromia Region", "an attack on a rally in Kabul" were where the protests and the rally were (an attack noun
    or a located happening, ``attack_nouns`` and ``located_events``, with a ``place_noun_preps`` object that
    is one too; not "a protest against the war in Yemen")."""
    events = words.attack_nouns | words.located_events
    if is_verb(token) or token.lower_ not in events:
        return set()
    table = to_doc_table(token.doc)
    return {
        t
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in words.place_noun_preps
        for target in prep.children
        if target.dep_ == "pobj" and (target.i in stops or target.lower_ in events)
        for t in _own_subtree(table, target.i, stops - {target.i}, token.doc)
    }


def find_gapped_partners(verb: Any, words: PlaceWords) -> list[Any]:
    """Return the casualty participles (``result_verbs``) gapped after ``verb`` that share its clause's time:
    "At least 40 people are killed and over 1,700 wounded when security forces open fire …" (the parser hangs
    "wounded", with the "when" clause, on "1,700"; or "injured", and the clause, on "five" of "and five more
    injured": then the noun); a participle with an auxiliary of its own is a clause of its own."""
    if not is_verb(verb):
        return []

    def casualty(participle: Any) -> bool:
        return _is_gapped(participle) and participle.lemma_.lower() in words.result_verbs

    nouns = [
        c
        for c in verb.children
        if c.dep_ == "conj" and not is_verb(c) and any(a.dep_ == "amod" and casualty(a) for a in c.children)
    ]
    return [v for v in _coordinated_verbs(verb) if casualty(v)] + nouns


def _coordinated_verbs(verb: Any) -> list[Any]:
    """The verbs coordinated with ``verb``, also those the parser hangs on a coordinated noun ("Twelve people
    are killed and over 80 injured": "injured" on "80")."""
    if not is_verb(verb):
        return []
    conjuncts = [c for c in verb.children if c.dep_ == "conj"]
    verbs = [c for c in conjuncts if is_verb(c)]
    return verbs + [
        a for c in conjuncts if not is_verb(c) for a in c.children if a.dep_ == "acl" and is_verb(a)
    ]


def _is_gapped(verb: Any) -> bool:
    """True for a participle without an auxiliary of its own ("… and two others wounded")."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def is_coordinated_accusation(token: Any, words: PlaceWords) -> bool:
    """True for a passive accusation verb coordinated with another verb: it shares that verb's subject, the
    accused, not its place ("the tanker is held at Qeshm Island and is accused by Iran of smuggling": not
    accused at Qeshm; "addresses supporters in Minsk and accuses NATO of …" is made there)."""
    passive = any(c.dep_ in ("auxpass", "agent") for c in token.children) or token.tag_ == "VBN"
    return token.dep_ == "conj" and passive and token.lemma_.lower() in words.accusation_verbs


def find_conjoined_place_ids(token: Any, words: PlaceWords) -> set[int]:
    """The place phrases of a verb coordinated with the trigger (or with the verb of a subject trigger)
    that shares its subject: "kills nine people and injures 40 at a wedding in Nangarhar", "a truck
    bombing kills three and injures 41 in Balkh Province", "300 people were killed and wounded in air
    raids in southern Yemen", "two people are killed and 200 are injured at protests in Iraq" (casualty
    verbs, ``result_verbs``, with a subject each) happened there too; "killed five people and fled to
    Pakistan" did not kill in Pakistan (only the prepositions of ``coordinated_place_preps``)."""
    ids: set[int] = set()
    # a tally only when the first verb has no circumstance of its own ("killed on Monday, and two others were
    # wounded on Tuesday in Garissa" are two incidents)
    own = any(c.dep_ in ("prep", "npadvmod", "advcl") for c in token.children)
    tally = token.lemma_.lower() in words.result_verbs and not own
    for verb in _coordinated_verbs(token):
        # a gapped passive shares the event ("a peacekeeper was killed and two others wounded in …"), and so
        # does a tally of casualties ("two people are killed and 200 are injured at protests in …")
        shared = _is_gapped(verb) or (tally and verb.lemma_.lower() in words.result_verbs)
        if not shared and any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        # "… killed and 40 others wounded by an attack on Ganja"; "kills three and injures 41 in Balkh
        # Province": the parser may hang the phrase on the object
        objects = [g for c in verb.children if c.dep_ == "dobj" for g in c.children]
        for prep in [*verb.children, *objects]:
            located = prep.dep_ == "prep" and prep.lower_ in words.coordinated_place_preps
            if (located or prep.dep_ == "agent") and prep.i > verb.i:
                ids |= {t.i for t in prep.subtree}
    return ids


def find_inner_event_ids(token: Any, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the clause of a relative clause "in which"/"during which" of an event noun: "an attack on
    Sunday, in which two women were stabbed in Lyon" tells what happened in the attack, and where (the
    prepositions of ``shared_place_preps``; the relative pronoun by its tag)."""
    if is_verb(token):
        return set()
    return {
        i
        for clause in token.children
        if clause.dep_ == "relcl"
        and any(
            prep.dep_ == "prep"
            and prep.lower_ in words.shared_place_preps
            and any(p.dep_ == "pobj" and p.tag_ == "WDT" for p in prep.children)
            for prep in clause.children
        )
        for i in find_scope_ids(clause, stops)
    }


def find_won_place_ids(token: Any, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the clause of a verb of taking a place (``locative_object_verbs`` with a place noun of
    ``geo_nouns`` or a name as its object) whose "after"/"following" phrase (``result_markers``) holds the
    trigger: "forces retook a village in western Cambodia after fierce fighting" fought for the village,
    there (not "resigned after fighting in …", "captured 300 troops after …": no place taken; not "two
    weeks after")."""
    node = token  # "after days of heavy fighting": the measure of the fighting
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ == "pobj":
        node = node.head.head
    prep = node.head
    if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in words.result_markers:
        return set()
    if any(c.dep_ in TIME_DISTANCE_DEPS for c in prep.children):
        return set()  # "two weeks after clashes": another time, another happening
    verb = prep.head
    if not is_verb(verb) or verb.lemma_.lower() not in words.locative_object_verbs:
        return set()
    places = [
        o for o in verb.children if o.dep_ == "dobj" and (o.tag_ == "NNP" or names_word(o, words.geo_nouns))
    ]
    return find_scope_ids(verb, stops | {token.i}) if places else set()  # not "captured 300 troops"


def find_circumstance_verb_ids(token: Any, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the clause of the verb an event noun is the circumstance of (``shared_place_preps``): "capture
    the town of Kafr Nabudah in an ongoing offensive", "air strikes hit several areas in Idlib, in the first
    such raids since the truce": the offensive and the raids were there (the converse of the circumstance
    tier of :mod:`dotterel.stages.place_tiers`)."""
    prep = token.head
    if is_verb(token) or token.dep_ != "pobj" or prep.lower_ not in words.shared_place_preps:
        return set()
    verb = prep.head
    return find_scope_ids(verb, stops | {token.i}) if prep.dep_ == "prep" and is_verb(verb) else set()


def find_attack_adjunct_tiers(
    verb: Any, stops: frozenset[int], words: PlaceWords
) -> list[tuple[Any, set[int]]]:
    """Return, for each present participle after ``verb`` set off by a comma, with no subject of its own,
    that tells the attack or the casualties of the verb's action ("begins an offensive, carrying out
    airstrikes against the capital Sanaa", "a bomb hits a convoy, killing four in Kirkuk"), the participle
    and the tokens of its clause with the verb's (the verb's own place first: "goes off in Benghazi, killing
    three members of the mission in Libya"). Not another act ("reach a deal, suspending tariffs on imports
    into Canada", "resigns, citing the crackdown in Minsk")."""
    clause = find_scope_ids(verb, stops)
    out = []
    for adjunct in verb.children:
        attack = adjunct.lemma_.lower() in words.result_verbs or any(
            o.dep_ == "dobj" and names_word(o, words.attack_nouns) for o in adjunct.children
        )
        if (
            attack
            and adjunct.dep_ == "advcl"
            and adjunct.tag_ == "VBG"
            and adjunct.i > verb.i
            and adjunct.doc[adjunct.left_edge.i - 1].text == ","
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in adjunct.children)
        ):
            out.append((adjunct, clause | find_scope_ids(adjunct, stops)))
    return out


def is_ongoing(verb: Any) -> bool:
    """True for a clause that tells a state at the time: progressive ("while they were sleeping in …") or of
    being somewhere ("while he was in a meeting at the party's headquarters in La Paz")."""
    return verb.tag_ == "VBG" or verb.lemma_ == "be"


def find_struck_object_ids(token: Any, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the object phrase of the verb a passive gerund hangs on after a preposition of time
    (``gerund_adjunct_preps``), when the gerund is of a verb whose object is a place
    (``locative_object_verbs``) and names nothing struck: the thing struck is what the head clause acts on
    ("prisoners escape a prison near Kobanî after being shelled", "troops abandon an outpost outside Kidal
    after being attacked"). None for an active gerund ("after attacking a convoy"), another verb ("after
    being freed") or a gerund that names its own target."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ not in words.gerund_adjunct_preps or not is_verb(prep.head):
        return set()
    passive = any(c.dep_ == "auxpass" for c in token.children)
    if not passive or token.lemma_.lower() not in words.locative_object_verbs:
        return set()
    if any(c.dep_ in ("dobj", "nsubjpass") for c in token.children):
        return set()
    objects = [o for o in prep.head.children if o.dep_ == "dobj" and o.i not in stops]
    return {t.i for o in objects for t in o.subtree if t.i not in stops}
