"""Victims spread over a parse: the shared object of coordinated verbs, and a counted list in apposition,
the raised subject of a reported death ("is believed to have died"), the subject of the main clause for a
passive gerund with none ("before being shot and killed by police") and the parts of a toll listed after
"including" ("Multiple people are killed, including three militants and two soldiers"), read for
:class:`~dotterel.stages.casualty_counts.CasualtyFinder`."""

from __future__ import annotations

from typing import Any

from dotterel.stages.casualty_ordinal_victims import find_lone_ordinal_after
from dotterel.stages.casualty_possessed_lists import find_possessed_list, is_possessed_member
from dotterel.stages.scope import SUBJECT_DEPS, is_verb

__all__ = [
    "find_companions",
    "find_controlling_subjects",
    "find_detached_subjects",
    "find_included_parts",
    "find_listed_in_apposition",
    "find_mistagged_verb_objects",
    "find_objects",
    "find_possessor_victims",
    "find_reflexive_conjuncts",
    "find_shared_objects",
    "find_shifted_objects",
    "find_suffered_nouns",
    "find_sufferers",
    "is_age_apposition",
    "is_companion_list",
    "is_gapped_passive",
    "is_raised_perfect",
    "resolve_listed_verb_victim",
    "to_antecedents",
]

RELATIVE_PERSON_PRONOUNS = frozenset({"who", "that", "whom"})


def find_objects(verb: Any, complements: frozenset[str] = frozenset()) -> list[Any]:
    """The direct objects of a verb, with those the parser hung on its killing complement ("A man shoots
    dead[ccomp] two policemen": the policemen) when it has none of its own."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    heads = [c for c in verb.children if c.lower_ in complements and c.dep_ not in SUBJECT_DEPS]
    return objects or [g for c in heads for g in c.children if g.dep_ == "dobj"]


def find_companions(verb: Any, companion_words: frozenset[str]) -> list[Any]:
    """The companions a casualty verb's victims are harmed with, victims too: the object of "with" after a
    companion word ("are killed, along[prep] with[prep] a civilian", "is killed along[prt] with[prep] three
    bodyguards", "stabbed to death together[advmod] with his son"), the "with" hung on the verb or on the
    companion word."""
    companions = []
    for child in verb.children:
        withs = [child] + [g for g in child.children if g.dep_ == "prep"]
        for word in withs:
            before = word.doc[word.i - 1] if word.i > 0 else None
            if word.lower_ != "with" or before is None or before.lower_ not in companion_words:
                continue
            if before.i == child.i or before.head.i in (verb.i, word.i):  # "together[advmod] with"
                companions += [g for g in word.children if g.dep_ == "pobj"]
    return companions


def find_reflexive_conjuncts(verb: Any, reflexives: frozenset[str]) -> list[Any]:
    """A reflexive pronoun the parser joined to the verb rather than to its object ("kills his mother and then
    himself": himself, one more victim)."""
    return [c for c in verb.children if c.dep_ == "conj" and c.lower_ in reflexives]


def find_shared_objects(verb: Any) -> list[Any]:
    """The object of a coordinated verb ("killing and dismembering 16 women")."""
    for partner in verb.children:
        if partner.dep_ == "conj" and is_verb(partner):
            objects = [c for c in partner.children if c.dep_ == "dobj"]
            if objects:
                return objects
    return []


def find_shifted_objects(verb: Any) -> list[Any]:
    """The object put after a "to death" complement, which the parser hangs elsewhere ("stab to death an
    indigenous man", "beaten to death a young shepherd"): the noun whose phrase starts right after "death"."""
    deaths = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    deaths = [g for g in deaths if g.dep_ == "pobj" and g.lower_ == "death"]
    if not deaths or deaths[0].i + 1 >= len(verb.doc):
        return []
    noun = verb.doc[deaths[0].i + 1]
    while noun.dep_ in ("det", "amod", "nummod", "compound") and noun.head.i > noun.i:
        noun = noun.head
    return [noun] if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("dobj", "pobj", "conj") else []


def find_mistagged_verb_objects(token: Any, bounds: frozenset[str] = frozenset()) -> list[Any]:
    """The object of a present-tense verb the tagger took for a plural noun with no determiner, whose object
    the parser hung on a verb above it ("A bomb planted on a tank wounds[NNS] a soldier": the soldier), or
    the count right after a verb form tagged as a noun (see :func:`find_count_after_noun_verb`)."""
    counted = find_count_after_noun_verb(token, bounds)
    if counted is not None:
        return [counted]
    if token.tag_ != "NNS" or not token.lower_.endswith("s") or token.i + 1 >= len(token.doc):
        return []
    modifiers = {c.dep_ for c in token.children}
    if modifiers & {"det", "poss", "nummod", "amod"} and "compound" not in modifiers:
        return []  # "the wounds", "his wounds": a noun (not "a foreign[amod] tank[compound] wounds")
    noun = token.doc[token.i + 1]
    while noun.dep_ in ("det", "amod", "nummod", "compound") and noun.head.i > noun.i:
        noun = noun.head
    above = list(token.ancestors)
    if noun.dep_ != "dobj" or noun.head not in above or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    return [noun]


def find_count_after_noun_verb(token: Any, bounds: frozenset[str]) -> Any | None:
    """The count a verb form tagged as a noun takes when a number follows it, after the words of a bound
    (``bounds``): "A car bomb and a gun attack kill[NN] at least 26", "strikes on Gaza kill[NN] at least 23
    Palestinians", "a bomb targeting a bus kills[NNS] 14 people": the counted noun, or the number standing
    alone. None without a number ("his wounds") or before a time ("died of wounds two days later")."""
    doc = token.doc
    if token.tag_ not in ("NN", "NNS") or token.i + 1 >= len(doc):
        return None
    if any(c.dep_ in ("poss", "nummod", "amod") for c in token.children) or token.lower_.endswith("ed"):
        return None  # "his wounds", "four gunshot wounds": a noun
    if any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in token.children):
        return None  # "the wounds 12 soldiers suffered"; not "a gun attack kill[NN]" (the attack's article)
    after = token.i + 1
    while after < len(doc) - 1 and doc[after].lower_ in bounds and not doc[after].like_num:
        after += 1
    number = doc[after]
    if not number.like_num or number.tag_ != "CD":
        return None
    if number.dep_ == "nummod" and number.head.i > number.i:
        noun = number.head
        return None if noun.ent_type_ in ("DATE", "TIME") else noun
    return number if number.ent_type_ not in ("DATE", "TIME") else None


def find_listed_in_apposition(
    victim: Any, indefinite: frozenset[str] = frozenset(), plural_list: bool = False
) -> list[Any]:
    """The counted members of a list in apposition ("Three soldiers, [two police officers] and [one
    civilian]"; in a list of two or more, a singular noun after a determiner of ``indefinite`` too: "Two
    policemen, [a child] and [three gunmen]"); none for a name ("The Governor, Ahmed Muse Nur"), a
    description ("The mayor, a former judge"), a part ("12 civilians, 11 of them children") or a breakdown in
    brackets ("22 Palestinians (20 militants and 2 civilians)"). With
    ``plural_list`` (a victim noun that is not generic), a singular after "a" cannot describe the plural: it
    is a member ("Two soldiers, [a Pentagon civilian], and a contractor")."""
    listed = []
    plural = plural_list and victim.tag_ in ("NNS", "NNPS")
    for appos in (c for c in victim.children if c.dep_ == "appos" and not is_age_apposition(c, victim)):
        members = [appos, *(c for c in appos.conjuncts if c.i > appos.i)]
        companions = is_companion_list(members, victim)
        numbered = all(
            m.like_num
            or any(c.dep_ == "nummod" for c in m.children)
            or (companions and any(c.dep_ == "poss" for c in m.children))
            or (
                (len(members) > 1 or plural)
                and m.tag_ in (("NN", "NNP") if plural else ("NN",))
                and any(c.lower_ in indefinite for c in m.children)
            )
            or is_possessed_member(m, members, victim)  # "A father, [his son], and [a clerk] are killed"
            for m in members
        )  # not "The Governor, a former general": one member, a description
        tokens = [t for m in members for t in m.subtree]
        partitive = any(  # "12 civilians, 11 of them children", "four soldiers, a sergeant among them"
            t.dep_ == "pobj" and t.pos_ == "PRON" and t.head.lower_ in ("of", "among") for t in tokens
        )
        if numbered and not partitive and not is_bracketed(appos):
            listed += members
    return listed or find_listed_chain(victim) or find_possessed_list(victim)


def is_age_apposition(appos: Any, victim: Any) -> bool:
    """True for a bare number set off by commas after a person's name or a person noun: the person's age
    ("Sean Fitzgerald, [31], is shot dead", "a woman, [89], died"; with the ages of a pair: "Two men, [17]
    and 25,"), never more victims. A number with words of its own ("three others") is a count."""
    numbers = [appos, *(c for c in appos.conjuncts if c.i > appos.i)]
    if victim.like_num or victim.pos_ not in ("NOUN", "PROPN"):
        return False
    if not all(m.like_num and m.tag_ == "CD" for m in numbers):
        return False
    return all(c.dep_ in ("punct", "cc", "conj") for m in numbers for c in m.children)


def is_companion_list(members: list[Any], victim: Any) -> bool:
    """True for a list of two or more in apposition to one named person and ending in a counted member:
    the people harmed with that person ("killed Ahmed Ali, [his wife], and [their two children]"), whose
    members after a possessive are people too; not a run of descriptions ("Ahmed Ali, a teacher and a
    father of three": no number on the last)."""
    alone = len(members) > 1 and victim.tag_ == "NNP" and all(c.dep_ != "nummod" for c in victim.children)
    return alone and any(c.dep_ == "nummod" for c in members[-1].children)


def find_listed_chain(victim: Any) -> list[Any]:
    """The members after the victim of a list of four or more that the parser chained as appositions, each
    the apposition of the one before and the last a counted conjunct ("killing her, [her mother], [a candidate
    for the council], and [three activists]"), after a victim that is one person: a run of descriptions
    ends in no number, and a counted victim's list is its breakdown."""
    chain = [victim]
    while len(appositions := [c for c in chain[-1].children if c.dep_ == "appos"]) == 1:
        chain.append(appositions[0])
    last = [c for c in chain[-1].conjuncts if c.i > chain[-1].i]
    counted = victim.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "nummod" for c in victim.children)
    numbered = bool(last) and all(any(c.dep_ == "nummod" for c in m.children) for m in last)
    if len(chain) < 3 or not counted or not numbered or any(is_bracketed(m) for m in chain[1:]):
        return []  # "Six people are killed: a police officer, …" is a breakdown; "and former goalkeeper"
    return [m for m, before in zip([*chain[1:], *last], chain, strict=False) if not _describes(m, before)]


def _describes(member: Any, before: Any) -> bool:
    """True for a member that describes the name before it ("Ahmed Ali, [a teacher], his wife and …"; an
    age: "Ahmed Ali, [45], …"), not another person."""
    if before.pos_ != "PROPN":
        return False
    return member.like_num or (member.tag_ == "NN" and any(c.lower_ in ("a", "an") for c in member.children))


def is_bracketed(appos: Any) -> bool:
    """True for an apposition opened by a bracket: a breakdown of the noun before it, never more victims
    ("22 Palestinians (20 militants and 2 civilians)" = 22; "14 soldiers (nine Malians and five French)")."""
    return appos.left_edge.i > 0 and appos.doc[appos.left_edge.i - 1].text in ("(", "[")


def find_sufferers(noun: Any, suffering_verbs: frozenset[str]) -> list[Any]:
    """The subject of a verb of suffering whose object is the casualty noun: the people harmed ("A student
    suffers a brain injury": the student; "Two soldiers sustained gunshot wounds": two)."""
    verb = noun.head
    if noun.dep_ != "dobj" or not is_verb(verb) or verb.lemma_.lower() not in suffering_verbs:
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def find_suffered_nouns(verb: Any, suffering_verbs: frozenset[str]) -> list[Any]:
    """The objects of a verb of suffering ("suffers [a brain injury]"); none for another verb."""
    if not is_verb(verb) or verb.lemma_.lower() not in suffering_verbs:
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def is_gapped_passive(verb: Any) -> bool:
    """True for a verb joined to a passive whose auxiliary it shares, with no auxiliary or object of its own,
    whatever its tag ("two soldiers are reported dead and three others injured[VBD]": the others are the
    injured, not the agents)."""
    if verb.dep_ != "conj" or not is_verb(verb.head):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" for c in verb.head.children)


def is_raised_perfect(token: Any) -> bool:
    """True for a perfect infinitive under a passive verb of saying or belief, whose subject is the verb's:
    "is believed to have died", "are reported to have been killed"."""
    aux = {c.lower_ for c in token.children if c.dep_ == "aux"}
    passive_head = any(c.dep_ == "auxpass" for c in token.head.children)
    return token.dep_ == "xcomp" and {"to", "have"} <= aux and passive_head


def find_controlling_subjects(verb: Any, preps: frozenset[str]) -> list[Any]:
    """The subject of the main clause for a passive gerund with no subject of its own under a preposition of
    ``preps`` ("A gunman kills three people before being shot and killed by police": the gunman), or the
    subject of a reported passive that the parser made the object of the verb of saying ("says ten, including
    a child, were killed": ten); none for any other verb."""
    if verb.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in verb.children):
        return [c for c in verb.head.children if c.dep_ == "dobj" and verb.head.i < c.i < verb.i]
    while verb.dep_ == "conj" and is_verb(verb.head):
        verb = verb.head  # "being shot and killed": the first verb of the pair
    if verb.dep_ != "pcomp" or verb.head.lower_ not in preps or not is_verb(verb.head.head):
        return []
    if not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children):
        return []
    main = verb.head.head
    subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not subjects and _is_subjectless_clause(main):  # "kills three and injures eight", "opens fire,
        main = main.head  # killing 29 … before being shot dead", "attempts to stab … before being shot"
        subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects


def _is_subjectless_clause(verb: Any) -> bool:
    """True for a verb whose subject is its head verb's: a conjunct, or a participle or infinitive clause
    with no subject of its own ("opens fire, killing 29", "attempts to stab")."""
    if not is_verb(verb.head):
        return False
    return verb.dep_ == "conj" or (verb.dep_ in ("advcl", "xcomp") and verb.tag_ in ("VBG", "VB"))


CLAUSE_DEPS = ("ccomp", "advcl", "parataxis")


def find_detached_subjects(verb: Any) -> list[Any]:
    """The subject of a passive casualty verb that the parser cut off from it: the noun the verb is joined to
    ("Six Estonians and about as many French soldiers are wounded": 'wounded' made a conjunct of
    'Estonians'), or the subject of an interrupting relative clause the parser made a clause of the verb
    ("An Australian and two Chinese citizens, one of whom was a tourist, are stabbed": the Australian); a
    verb joined to such a passive shares its subject. None for a verb with a subject or not passive."""
    while verb.dep_ == "conj" and is_verb(verb.head) and not any(c.dep_ == "auxpass" for c in verb.children):
        verb = verb.head  # "are stabbed and injured": the first verb of the pair
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ in SUBJECT_DEPS for c in children):
        return []
    head = verb.head
    if verb.dep_ == "conj" and head.i < verb.i and head.pos_ in ("NOUN", "PROPN"):
        return [head]
    for clause in (c for c in children if c.dep_ in CLAUSE_DEPS and c.i < verb.i):
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == verb.left_edge.i]
        relative = any(t.tag_ in ("WP", "WDT") for t in clause.subtree if subjects and subjects[0].i < t.i)
        if subjects and relative:
            return subjects
    return []


def find_included_parts(verb: Any, victims: list[Any]) -> list[Any]:
    """The counted parts of a toll listed after "including", on the casualty word or its victim, when the
    victim states no number ("Multiple people are killed, including three militants, two civilians and two
    soldiers": the militants, whose conjuncts are the other parts); none when a part has no number."""
    heads = [verb, *victims]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "including"]
    for prep in preps:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects:
            continue
        members = [objects[0], *(c for c in objects[0].conjuncts if c.i > objects[0].i)]
        if all(m.like_num or any(c.dep_ == "nummod" for c in m.children) for m in members):
            return objects[:1]  # the first part: its conjuncts are added by the victim count
    return []


def to_antecedents(verb: Any, subjects: list[Any], bodies: frozenset[str] = frozenset()) -> list[Any]:
    """The subjects of a relative clause's verb, a relative pronoun replaced by the noun the clause hangs on
    ("The attacker, who was shot dead by officers": the attacker); the dead of bodies found (lemmas in
    ``bodies``), a pronoun of a clause under the finding standing for them ("The bodies of 29 people are
    found after they were executed": the 29 people)."""
    if verb.dep_ == "relcl":
        subjects = [verb.head if s.lower_ in RELATIVE_PERSON_PRONOUNS else s for s in subjects]
    elif verb.dep_ == "advcl" and subjects and subjects[0].pos_ == "PRON" and bodies:
        found = [c for c in verb.head.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in bodies]
        subjects = found[:1] or subjects
    return [_to_the_dead(s, bodies) for s in subjects]


def _to_the_dead(noun: Any, bodies: frozenset[str]) -> Any:
    """The people whose bodies ``noun`` names ("the bodies of 29 people": people), or ``noun`` itself."""
    if noun.lemma_.lower() not in bodies:
        return noun
    dead = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return next((g for g in dead if g.dep_ == "pobj"), noun)


def resolve_listed_verb_victim(token: Any, verbs: frozenset[str], bounds: frozenset[str]) -> Any | None:
    """Return the victim of a casualty verb (lemma in ``verbs``) the tagger took for a plural noun in a list
    of objects ("and [wounds] 30 others", "wounds over[prep] 14 others", "wounds a third"), or None."""
    if token.tag_ != "NNS" or token.dep_ != "conj" or token.lemma_.lower() not in verbs:
        return None
    after = [c for c in (*token.head.children, *token.children) if c.i > token.i]
    later = [c for c in after if c.dep_ in ("conj", "appos")] + find_lone_ordinal_after(token)
    later += [g for c in after if c.i == token.i + 1 and c.lower_ in bounds for g in c.rights]
    return later[0] if later else None


def find_possessor_victims(noun: Any, person_nouns: frozenset[str]) -> list[Any]:
    """The victim named as the possessor of a killing noun with no "of" phrase ("Khashoggi's murder", "his
    ex-wife's murder", "the activist's killing"): a person's name or a person noun (the last part of a
    hyphenated one: "ex-wife"); not a doer ("the army's killing", "Iran's killing": no person) nor a time
    ("last month's murder")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []
    owner = owners[-1]  # "his ex-wife's": the parser makes each part a possessor
    name = owner.tag_ == "NNP" and owner.ent_type_ == "PERSON"
    person = owner.pos_ == "NOUN" and owner.lemma_.lower().rsplit("-", 1)[-1] in person_nouns
    return [owner] if name or person else []
