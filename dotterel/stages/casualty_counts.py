"""Counts of people stated in a parsed document: killed, injured, arrested or abducted, how many, how exact,
and where it is said.

A *casualty word* (``casualties.yaml``: kill, die, dead, death, toll, wound, injured, hurt …) gives a count
from its victims: the object of an active verb ("killed 25 people"), the subject of a passive or of an
adjective ("six police officers are killed", "five people are confirmed dead"), the object before a result
adjective ("leaving 27 people dead"), the noun a participle follows ("dozens of people injured": the
dozens), the "of" object of a death noun ("the deaths of four guards and four terrorists" = 8), a number
right before an adjective ("30 dead"), a number after the word ("killing two", "the death toll rose to 30");
misparsed ones by :mod:`~dotterel.stages.casualty_phrase_victims` ("leaves six men seriously wounded").
A verb with a killing complement kills ("shot dead"); a casualty verb mistagged counts ("injures[NNS] over 100
others", "wound[wind] four"); "before being shot dead by police": the main subject; "including" parts add up.

Counts: digits and number words ("twenty-five", "1,000"); a singular with "a"/"an" is one ("a US contractor");
a definite singular person noun is one ("the pilot"); a person's name is one ("killed AQAP leader Qasim
al-Raymi"); vague quantities are lower bounds from ``numbers.yaml`` ("dozens" = 24, "dozens others"); "at
least 12" / "more than 100" store the number; "no one was hurt" / "no casualties" store 0 for both killed and
injured. Conjoined victims add up ("a priest and his father" = 2: a kin noun with a possessive is a
person); "including two women" does not. A gapped clause with its own number counts that number ("three are
killed and at least 20 injured": 20 injured), and a number word the tagger took for an adjective still counts
("Eleven people"). "300 people were killed and wounded" mixes both kinds: no count. "bringing the death toll
to 87" is *cumulative*: a direct count of the same event wins over it ("Seventy-one more servicemen are
killed, bringing the death toll to 87" → 71).

Taking words (``arrested_*`` and ``abducted_*`` in ``casualties.yaml``: arrest, detain, jail, kidnap …)
count the people taken the same way ("police arrested 12 protesters", "made 40 arrests", "the arrest of 12
activists"). Every count gets a bound from the words around its number (``count_bounds`` in
``casualties.yaml``): "at least 12" and "more than 100" are ``at_least``, "up to 40" and "nearly 50"
``at_most``, "some 30" ``about``; vague plurals ("dozens") and the low end of a range or alternative ("10 to
15", "10-15", "between 10 and 15", "three or four": the low number) are ``at_least``.
Not casualties: numbers without a casualty word ("25 years", "Resolution 2231", "1,000 troops were sent"), a
number behind a preposition ("injured during two attacks"), non-person victims ("the deal was killed"),
negated or unreal words ("designed to kill", "threatened to kill 100").

How many victims a word's victims make moved to :mod:`dotterel.stages.casualty_victim_counts`
(:class:`VictimCounter`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dotterel.model import Span
from dotterel.stages.casualty_act_nouns import is_verb_complement_noun
from dotterel.stages.casualty_bounds import BoundReader
from dotterel.stages.casualty_dead_words import adjective_kind, has_killing_complement
from dotterel.stages.casualty_gapped_numbers import find_conjoined_victims, find_own_victims
from dotterel.stages.casualty_numbers import NumberReader
from dotterel.stages.casualty_phrase_victims import find_left_victims, find_of_objects
from dotterel.stages.casualty_uncounted import (
    find_means_heads,
    is_animal_victim,
    is_told_death,
    is_unhurt_means,
    is_unreal,
)
from dotterel.stages.casualty_victim_counts import VictimCounter
from dotterel.stages.casualty_victims import (
    find_companions,
    find_controlling_subjects,
    find_detached_subjects,
    find_included_parts,
    find_mistagged_verb_objects,
    find_objects,
    find_possessor_victims,
    find_shared_objects,
    find_shifted_objects,
    find_suffered_nouns,
    find_sufferers,
    is_gapped_passive,
    is_raised_perfect,
    resolve_listed_verb_victim,
    to_antecedents,
)
from dotterel.stages.casualty_words import Bound, CasualtyWordsFile, Kind
from dotterel.stages.scope import SUBJECT_DEPS, NumberWordsFile, is_verb

HARM_KINDS: frozenset[str] = frozenset({"killed", "injured"})


@dataclass(frozen=True)
class CasualtyCount:
    """One count stated in the text: its kind (killed and injured both for "no casualties"), how many, where,
    and its word; ``cumulative`` marks a running toll ("bringing the death toll to 87"), which a direct count
    beats; ``bound`` says the count is not exact ("at least 12": ``at_least``; None when exact)."""

    kinds: tuple[Kind, ...]
    count: int
    span: Span
    word: int
    cumulative: bool = False
    bound: Bound | None = None


class CasualtyFinder:
    """Find the casualty counts of a parsed document."""

    def __init__(self, words: CasualtyWordsFile, numbers: NumberWordsFile) -> None:
        self.words = words
        self.numbers = numbers
        self.sets: dict[str, frozenset[str]] = {
            name: frozenset(w.lower() for w in getattr(words, name))
            for name in CasualtyWordsFile.model_fields
            if name != "version"
        }
        harm_nouns = self.sets["killed_nouns"] | self.sets["injured_nouns"] | self.sets["toll_nouns"]
        self.number_reader = NumberReader(numbers, self.sets["not_victims"], harm_nouns)
        self.bounds = self.number_reader.bounds
        self.bound_reader = BoundReader(words, numbers)
        self.taken_words: dict[str, tuple[Kind, str]] = {
            **{w.lower(): ("arrested", "verb") for w in words.arrested_verbs},
            **{w.lower(): ("abducted", "verb") for w in words.abducted_verbs},
        }
        self.taken_nouns: dict[str, Kind] = {
            **{w.lower(): "arrested" for w in words.arrested_nouns},
            **{w.lower(): "abducted" for w in words.abducted_nouns},
        }
        sets = self.sets
        self.killing_verbs = sets["killed_verbs"] | sets["died_verbs"]
        self.means_verbs = sets["means_injured_verbs"]
        self.injuring_verbs = sets["injured_verbs"] | self.means_verbs
        self.role_adjectives = sets["killed_adjectives"] | sets["injured_adjectives"]
        self.role_nouns = sets["killed_nouns"] | sets["injured_nouns"] | sets["zero_both_words"]
        self.role_lemmas = self.killing_verbs | self.injuring_verbs | sets["toll_nouns"] | self.role_nouns
        self.complement_heads = frozenset(  # what a "preposition object" complement starts with: "to"
            phrase[:i] for phrase in sets["killing_complements"] for i, ch in enumerate(phrase) if ch == " "
        )
        self.role_lemmas |= frozenset(self.taken_words) | frozenset(self.taken_nouns)  # taking words too
        self.verb_lemmas = self.killing_verbs | self.injuring_verbs | frozenset(self.taken_words)
        self._one_more = sets["one_more_ordinals"], sets["one_more_words"]  # "a fourth", "another"
        self.counter = VictimCounter(self.sets, numbers, self.number_reader, self.resolve_role)  # "25 people"

    def find(self, doc: Any) -> list[CasualtyCount]:
        """Return every casualty count of the document, in text order."""
        counts = []
        for token in doc:
            role = self.resolve_role(token)
            if role is None or is_unreal(token, self.sets["unreal_aux"], self.sets["attempt_words"]):
                continue
            if self._is_mixed(token, role[0]):
                continue
            if self._is_means_of_killing(token, role[0]):
                continue  # "stabbed and killed a guard": the killing counts
            if (found := self.count_victims(token, role[1])) is None:
                continue
            count, tokens = found
            kinds: tuple[Kind, ...] = (role[0],)
            if count == 0 and token.lemma_.lower() in self.sets["zero_both_words"]:
                kinds = ("killed", "injured")
            elif token.pos_ == "NOUN" and token.lemma_.lower() in self.sets["zero_both_words"]:
                continue  # "25 casualties" mixes the dead and the wounded: no count of either
            start = min(t.idx for t in (*tokens, token))
            end = max(t.idx + len(t.text) for t in (*tokens, token))
            total = self.number_reader.resolve_total_noun(token, self.sets["total_nouns"])
            toll = total if total is not None else token if role[1] == "toll" else None
            cumulative = toll is not None and toll.head.lemma_.lower() in self.sets["cumulative_verbs"]
            count, bound = self.bound_reader.to_bounded(count, tokens)
            if bound is None and any(a.lower_ == "including" for a in tokens[0].ancestors if a.i != token.i):
                bound = "at_least"  # the parts of a toll listed after "including": more may have died
            counts.append(CasualtyCount(kinds, count, Span(start, end), token.i, cumulative, bound))
        return counts

    def resolve_role(self, token: Any) -> tuple[Kind, str] | None:
        """Return (kind, form) when ``token`` is a casualty or taking word (verb|died|adjective|noun|toll)."""
        lemma, lower, s = token.lemma_.lower(), token.lower_, self.sets
        verb = is_verb(token)
        if verb and lemma not in self.role_lemmas and lower in self.verb_lemmas:
            lemma = lower  # "wound four others" lemmatized as "wind": the form itself is the verb
        if not verb and lemma not in self.role_lemmas and lower not in self.role_adjectives:
            return None  # no casualty word, and no verb that a killing complement could make one
        verbish = verb or (token.pos_ == "NOUN" and any(c.dep_ == "dobj" for c in token.children))
        verbish = verbish or resolve_listed_verb_victim(token, self.verb_lemmas, self.bounds) is not None
        mistagged = lemma in self.verb_lemmas and bool(find_mistagged_verb_objects(token, self.bounds))
        verbish = verbish or mistagged
        if not verb and lemma in self.verb_lemmas and self._has_complement(token, tagged_verb=False):
            return "killed", "verb"  # "invade a reserve and stab[NN] to death an indigenous man"
        if verbish and (lemma in self.killing_verbs or self._has_complement(token)):
            return "killed", "died" if lemma in s["died_verbs"] | s["complement_died_verbs"] else "verb"
        if verbish and lemma in self.injuring_verbs:
            return "injured", "verb"
        if token.pos_ in ("ADJ", "NOUN") and lower in self.role_adjectives:
            return adjective_kind(token, s), "adjective"  # "dead"; "brain dead": injured
        if verbish and lemma in self.taken_words:
            return self.taken_words[lemma]
        if token.pos_ == "NOUN" and lemma in self.taken_nouns:
            return self.taken_nouns[lemma], "noun"
        if token.pos_ == "NOUN" and lemma in s["toll_nouns"]:
            return "killed", "toll"
        if token.pos_ == "NOUN" and lemma in self.role_nouns and not is_verb_complement_noun(token):
            return ("killed" if lemma in s["killed_nouns"] else "injured"), "noun"  # not "shot to death"
        return None

    def _has_complement(self, verb: Any, tagged_verb: bool = True) -> bool:
        complements, living = self.sets["killing_complements"], self.sets["living_death_modifiers"]
        return has_killing_complement(verb, complements, self.complement_heads, living, tagged_verb)

    def is_suffering(self, verb: Any) -> bool:
        """True for a verb of suffering whose object is a casualty noun ("suffers a brain injury")."""
        objects = find_suffered_nouns(verb, self.sets["suffering_verbs"])
        return any((self.resolve_role(noun) or ("", ""))[0] in HARM_KINDS for noun in objects)

    def _is_means_of_killing(self, token: Any, kind: Kind) -> bool:
        """True for a means verb joined to a killing verb ("stabbed and killed a guard"), whose result a
        casualty adjunct states ("stabs three, killing one") or whose clause says it killed or hit nothing."""
        if kind != "injured" or token.lemma_.lower() not in self.means_verbs:
            return False
        partners = [c for c in token.children if c.dep_ in ("conj", "advcl", "xcomp")]
        partners += find_means_heads(token, self.sets["other_victim_words"])  # "stabbed and killed"
        roles = [self.resolve_role(p) for p in partners]
        unhurt = is_unhurt_means(token, self.sets["fatal_manner_words"], self.sets["no_hit_particles"])
        unhurt = unhurt or is_told_death(
            token,
            lambda t: (self.resolve_role(t) or ("",))[0] == "killed",
            self.sets["definite_determiners"],
            self.sets["singular_pronoun_victims"],
        )
        return unhurt or any(role is not None and role[0] in HARM_KINDS for role in roles)

    def _is_mixed(self, token: Any, kind: Kind) -> bool:
        """True for "300 people were killed and wounded" and "killing and injuring 15": a shared count of
        the dead and the wounded, a count of neither."""
        partners = [c for c in token.children if c.dep_ == "conj"]
        if token.dep_ == "conj":
            partners.append(token.head)
        for partner in partners:
            role = self.resolve_role(partner)
            if role is None or role[0] == kind or partner.lemma_.lower() in self.means_verbs:
                continue
            if not {role[0], kind} <= HARM_KINDS and token.tag_ == partner.tag_ == "VBN":
                continue  # "is abducted and killed": one victim taken, then killed
            later, earlier = (partner, token) if partner.i > token.i else (token, partner)
            shared = any(c.dep_ == "dobj" for c in later.children) and (
                is_verb(earlier) or not any(c.dep_ == "prep" for c in earlier.children)
            )
            if shared and not self._has_own_count(earlier, ("dobj", "nsubjpass", "npadvmod")):
                return True  # "killing and injuring 15": the first verb shares the second's object
            if not self._has_own_count(later, (*SUBJECT_DEPS, "dobj", "npadvmod")):
                return earlier.i < later.i
        return False

    def _has_own_count(self, verb: Any, deps: tuple[str, ...]) -> bool:
        return bool(
            [c for c in verb.children if c.dep_ in deps]
            or find_own_victims(self.number_reader, verb, *self._one_more)
            or self.number_reader.resolve_number_after(verb, window=3) is not None
            or self.number_reader.resolve_number_before(verb) is not None
        )

    def count_victims(self, token: Any, form: str) -> tuple[int, list[Any]] | None:
        """Return the count a word tells in its role ``form`` ("verb", "died" ...) and its numbers."""
        if form == "toll":
            return self.number_reader.resolve_toll_number(token)
        total = self.number_reader.resolve_total_noun(token, self.sets["total_nouns"])
        if total is not None:  # "the number of people killed … rose to eight"
            return self.number_reader.resolve_toll_number(total, token)
        victims = self._victims(token, form)
        if victims and form in ("verb", "died"):  # "are killed, along with a civilian", "and then himself"
            victims += find_companions(token, self.sets["companion_words"])
            victims += find_conjoined_victims(token, self.sets["reflexive_victims"])
        counted = self.counter.to_victim_count(victims)
        if victims and all(is_animal_victim(v, self.sets["animal_nouns"]) for v in victims):
            return counted  # "40 sheep were killed": none; "dozens of cattle and three herders": 3
        if form == "adjective" or token.dep_ in ("oprd", "acomp"):  # "left twelve dead and 25 wounded"
            return self.number_reader.resolve_number_before(token) or counted
        return (
            counted
            or self.counter.to_victim_count(find_included_parts(token, victims))
            or self.number_reader.resolve_number_after(token, window=4)
            or self.number_reader.resolve_number_before(token)
        )

    def _victims(self, token: Any, form: str) -> list[Any]:
        if form == "verb" and not is_verb(token):  # "and [wounds] 30 others", "a tank wounds[NNS] a soldier"
            mistagged = resolve_listed_verb_victim(token, self.verb_lemmas, self.bounds)
            objects = find_mistagged_verb_objects(token, self.bounds)
            if mistagged is not None or objects:
                return [mistagged] if mistagged is not None else objects
        children = list(token.children)
        reduced = token.dep_ in ("acl", "amod") and not find_objects(token)  # not "a raid killed[acl] four"
        if reduced and form in ("verb", "adjective") and token.tag_ != "VBG":
            return [token.head]
        if form == "noun":
            of = find_of_objects(token, self.sets)  # "the murder of X", "extortion and murder of X"
            owner = find_possessor_victims(token, self.sets["person_nouns"])  # "Khashoggi's murder"
            owner = owner or find_sufferers(token, self.sets["suffering_verbs"])  # "two men suffer injuries"
            return [g for g in of if g.dep_ == "pobj"] or owner or [token]
        if left := find_left_victims(token, self.sets["result_verbs"]):  # "leaves six men seriously wounded"
            return left
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)  # "has killed 35"
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or (  # not "bomb killed[VBN] 8"
            token.tag_ == "VBN" and not perfect and not any(c.dep_ == "dobj" for c in children)
        )
        passive = passive or is_gapped_passive(token)  # "are reported dead and three others injured[VBD]"
        subjects = [c for c in children if c.dep_ in ("nsubjpass", "nsubj")]
        subjects = to_antecedents(token, subjects, self.sets["body_nouns"])
        if not subjects and is_raised_perfect(token):  # "al-Baghdadi is believed to have died"
            subjects = [c for c in token.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        if form == "adjective" and subjects and token.dep_ == "pcomp":  # "with dozens more wounded"
            return subjects
        own_number = find_own_victims(self.number_reader, token, *self._one_more)
        if not subjects and passive and token.dep_ == "conj" and own_number:
            return own_number  # "three are killed and at least 20 injured": the gapped clause's own number
        if not subjects and passive and token.dep_ == "conj" and is_verb(token.head):  # "is shot and killed"
            subjects = [c for c in token.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        if not subjects and passive:  # "kills three people before being shot and killed by police"
            subjects = find_controlling_subjects(token, self.sets["controlling_gerund_preps"])
            subjects = subjects or find_detached_subjects(token)  # "Six Estonians and … are wounded"
        if form == "died" or (passive and subjects):
            return subjects
        objects = find_objects(token, self.sets["killing_complements"])  # "shoots dead[ccomp] two policemen"
        if not objects and form == "verb":
            objects = find_shared_objects(token) or find_shifted_objects(token)
        if objects:
            return objects
        if token.dep_ == "acl" and token.tag_ == "VBN":  # "leave dozens of people injured": the people
            return [token.head]
        if token.dep_ in ("oprd", "acomp", "xcomp"):  # "left 27 people dead", "were found shot to death"
            head_objects = [c for c in token.head.children if c.dep_ == "dobj"]
            return head_objects or [c for c in token.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        return []
