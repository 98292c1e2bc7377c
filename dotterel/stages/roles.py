"""Who did it and to whom: source and target of an event trigger from the dependency parse.

Works on spaCy tokens and the actor mentions of the article; the prepositions and nouns that decide are the
``roles.yaml`` lists (read once, cached). The small parser often attaches prepositional
phrases to the wrong verb, so a noun trigger also looks at an ``against`` phrase of the verb governing it.
The objects of a verb and of its prepositions moved to :mod:`dotterel.stages.verb_objects` (still exported
here).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from dotterel.knowledge.wordlists import load_role_words
from dotterel.model import Mention, Span
from dotterel.stages.announced_plans import find_plan_announcer
from dotterel.stages.compound_verbs import find_compound_subject
from dotterel.stages.counted_subject_verbs import find_counted_subject
from dotterel.stages.described_persons import drop_person_descriptions
from dotterel.stages.included_members import resolve_included
from dotterel.stages.located_headline_verbs import find_located_headline_subject
from dotterel.stages.name_headline_verbs import find_name_headline_subject
from dotterel.stages.passive_infinitives import is_borrowing_passive
from dotterel.stages.plural_noun_verbs import find_headline_subject, to_object_before_headline_verb
from dotterel.stages.split_subjects import to_head_subject
from dotterel.stages.verb_objects import OBJECT_DEPS as OBJECT_DEPS  # re-exported: read by other stages
from dotterel.stages.verb_objects import PREP_DEPS as PREP_DEPS  # re-exported
from dotterel.stages.verb_objects import find_direct_object as find_direct_object  # re-exported
from dotterel.stages.verb_objects import find_prep_objects
from dotterel.stages.verb_objects import is_own_people as is_own_people

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
CONTROL_DEPS = frozenset({"xcomp", "advcl", "conj", "acomp", "pcomp"})
# "nsubj": a headline's verb mistagged as its object's modifier leaves the noun as the root with the subject
# ("Gowin tenders resignation": nsubj of "resignation").
NOUN_SOURCE_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "nsubj"})
RELATIVE_WORDS = frozenset({"who", "which", "that", "whom"})
MODIFIER_RULE_PREFIX = "actors.modifier"
MAX_OF_HOPS = 3
ATTRIBUTE_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
OBJECT_PHRASE_DEPS = frozenset({"dobj", "pobj", "prep", "attr", "compound", "appos", "conj"})


class MentionIndex:
    """Look up the actor mention behind a token: by its head token, else any token inside its span."""

    def __init__(
        self, doc: Any, mentions: Sequence[Mention], role_words: Mapping[str, frozenset[str]] | None = None
    ) -> None:
        words = role_words if role_words is not None else load_role_words()
        self.partner_preps = words["partner_preps"]
        self.by_head: dict[int, Mention] = {}
        self.by_token: dict[int, Mention] = {}
        self.heads: dict[int, int] = {}  # mention id -> head token index
        self.sharing_head: dict[int, list[Mention]] = {}
        for mention in mentions:
            head = doc.char_span(mention.head.start, mention.head.end, alignment_mode="expand")
            span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if head is None or span is None:
                continue
            self.by_head.setdefault(head.root.i, mention)
            self.heads[id(mention)] = head.root.i
            self.sharing_head.setdefault(head.root.i, []).append(mention)
            for token in span:
                if not mention.rule.startswith(MODIFIER_RULE_PREFIX) or token.i not in self.by_token:
                    self.by_token.setdefault(token.i, mention)

    def resolve_token(self, token: Any, allow_modifier: bool = False) -> Mention | None:
        """Return the mention whose head is this token, else one covering it (modifiers only if allowed)."""
        mention = self.by_head.get(token.i) or self.by_token.get(token.i)
        if mention is None:
            return None
        if mention.rule.startswith(MODIFIER_RULE_PREFIX) and not allow_modifier:
            return None
        return mention

    def resolve_phrase(self, token: Any) -> Mention | None:
        """Return the actor a noun phrase stands for: its head, its own country word, an ``of``-complement,
        the partner of a relation ("links with Serbia"), or a conjunct.

        "bases of the Tehran-backed Kataib Hezbollah group" -> Kataib Hezbollah; "Iran or groups it supports"
        -> Iran; "Supporters of a … group" -> the supporters (the head wins); "others", a conjunct with no
        actor of its own, -> its first conjunct.
        """
        current = token
        for hop in range(MAX_OF_HOPS):
            mention = self.resolve_token(current)
            if mention is not None:
                return self._with_country_of_complement(current, mention)
            own = self._resolve_attribute(current) if hop == 0 else None
            if own is not None and own.kind == "name" and not _is_modifier(own):
                return own  # "the Turkish and Greek sides of the island": the head's own country word
            nxt = _of_object(current)
            if nxt is None:
                found = self._resolve_partner(token, current)
                if found is not None:
                    return found
                break
            current = nxt
        other = self._resolve_doer(token) or self._resolve_origin(token)
        other = other or self._resolve_complement_owner(token, current)
        other = other or resolve_included(token, self.resolve_token)  # "observers including [Amnesty]"
        if other is not None:
            return other
        for child in token.children:
            if child.dep_ == "conj":
                mention = self.resolve_token(child)
                if mention is not None:
                    return mention
        if token.dep_ == "conj" and token.head.i != token.i:
            return self.resolve_phrase(token.head)
        return self._resolve_attribute(token)

    def _resolve_complement_owner(self, token: Any, complement: Any) -> Mention | None:
        """The country word of an actor-less ``of``-complement: "crew members of a Norwegian ship" -> Norway,
        "the demolition of Palestinian homes" -> Palestine; never its possessor ("the chief of Israel's
        ally" is not Israel)."""
        if complement.i == token.i:
            return None
        words = [c for c in _attribute_tokens(complement) if c.dep_ != "poss" and c.i in self.by_head]
        found = [self.by_head[c.i] for c in words]
        return next((m for m in found if m.kind == "name" and not _is_modifier(m)), None)

    def _resolve_doer(self, token: Any) -> Mention | None:
        """The agent of a passive participle on an actor-less phrase: "crimes committed by Croat forces",
        "the attacks carried out by militants" -> the doer the phrase is about."""
        for child in token.children:
            if child.dep_ == "acl" and child.tag_ == "VBN":
                agent = find_agent(child)
                found = self.resolve_token(agent) if agent is not None else None
                if found is not None:
                    return found
        return None

    def _resolve_origin(self, token: Any) -> Mention | None:
        """The side a passive's actor-less agent comes from: "targeted by airstrikes from GNA warplanes",
        "hit by fire from Israeli tanks" (never outside a by-agent: "aid from the EU" is its own phrase)."""
        if token.dep_ != "pobj" or token.head.dep_ != "agent":
            return None
        for origin in find_prep_objects(token, ("from",)):
            found = self.resolve_token(origin) or self._resolve_attribute(origin)
            if found is not None:
                return found
        return None

    def _resolve_partner(self, token: Any, current: Any) -> Mention | None:
        """The actor an actor-less object phrase is about: "a suspension of air links with Serbia", "part of
        an aid program for Bosnia", "a war against Iraq", the passive subject "a camp for Congolese refugees
        was attacked". Never for an active subject ("talks with Iran failed")."""
        if token.dep_ in SUBJECT_DEPS:
            return None
        for partner in find_prep_objects(current, self.partner_preps):
            found = self.resolve_token(partner)
            if found is not None:
                return found
        return None

    def find_coordinated(self, doc: Any, mention: Mention) -> list[Mention]:
        """Return the mention and the actors coordinated with it, in text order, without repeats.

        "Hungarian and Romanian officials" (two mentions, one head) and "Iran and Iraq" (conjuncts) both give
        two actors; a lone actor gives itself.
        """
        head_index = self.heads.get(id(mention))
        if head_index is None:
            return [mention]
        found = [m for m in self.sharing_head.get(head_index, [mention]) if not _is_modifier(m)]
        for token in [*doc[head_index].conjuncts, *_find_misparsed_conjuncts(doc[head_index])]:
            other = self.resolve_phrase(token)
            if other is not None and other.kind != "pronoun":
                found.append(other)
        unique: dict[tuple[int, int, str | None], Mention] = {}
        for item in sorted([mention, *found], key=lambda m: m.span.start):
            unique.setdefault((item.span.start, item.span.end, item.actor.country), item)
        return drop_person_descriptions(doc, list(unique.values()))  # "Iraqi cleric and Ayatollah X"

    def _with_country_of_complement(self, token: Any, mention: Mention) -> Mention:
        """A sector-only head takes the country of its ``of``-complement: "the president of Armenia"."""
        if mention.kind != "sector" or mention.actor.country is not None:
            return mention
        complement = _of_object(token)
        other = None
        if complement is not None:  # "the president of Armenia", "crew members of a Norwegian ship"
            other = self.resolve_token(complement) or self._resolve_attribute(complement)
        if other is None or other.actor.country is None:
            return mention
        actor = replace(mention.actor, country=other.actor.country)
        span = Span(mention.span.start, max(mention.span.end, other.span.end))
        return replace(mention, span=span, actor=actor)

    def _resolve_attribute(self, token: Any) -> Mention | None:
        """A country adjective or noun modifying the phrase head: "Indian positions", "US interests"; a name
        wins over a possessive pronoun ("its European Community partners": the EC). A title noun passes on
        its own attribute: "U.N. mediator Diego Cordovez" -> the UN."""
        found = [self.by_head[child.i] for child in _attribute_tokens(token) if child.i in self.by_head]
        found = [m for m in found if m.kind != "sector"]
        return next((m for m in found if m.kind == "name"), found[0] if found else None)


def _attribute_tokens(token: Any) -> list[Any]:
    """The modifiers left of a phrase head, and those of a compound before it ("U.N. mediator Diego")."""
    found: list[Any] = []
    for child in token.lefts:
        if child.dep_ in ATTRIBUTE_DEPS:
            found.append(child)
            if child.dep_ == "compound":
                found.extend(g for g in child.lefts if g.dep_ in ATTRIBUTE_DEPS)
    return found


def _find_misparsed_conjuncts(head: Any) -> list[Any]:
    """The first conjunct the small parser hangs on the second as a modifier: "[Rebels] and government forces"
    (``nmod`` of "forces" with the ``cc`` as its child); a noun, not a country adjective."""
    return [
        child
        for child in head.lefts
        if child.dep_ in {"nmod", "compound"}
        and child.pos_ in {"NOUN", "PROPN"}
        and any(grandchild.dep_ == "cc" for grandchild in child.children)
    ]


def _is_modifier(mention: Mention) -> bool:
    return mention.rule.startswith(MODIFIER_RULE_PREFIX)


def _of_object(token: Any) -> Any | None:
    """The object of ``token``'s "of" phrase; when the parser ran a headline verb into it, the word before
    the verb ("The government of [Benin] orders EU ambassador X to leave")."""
    found = find_prep_object(token, "of")
    return None if found is None else to_object_before_headline_verb(found)


def find_prep_object(token: Any, preposition: str) -> Any | None:
    """The first object of ``token``'s ``preposition`` phrases: "the release [of] X" gives X for "of"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == preposition:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def antecedent_of_relative(token: Any) -> Any:
    """For a relative pronoun subject ("who", "which", "that"), return the noun the clause modifies."""
    if token.lower_ in RELATIVE_WORDS and token.head.dep_ in {"relcl", "acl"}:
        return token.head.head
    return token


def find_subject(verb: Any) -> tuple[Any | None, bool]:
    """Return (subject token, is_passive) for a verb, following control and coordination upwards; "Vietnam
    is committed to opening up" is a state of its subject, not a passive. A headline verb tagged as a plural
    noun with no subject in the parse has the one its word order gives ("Benin [orders] X to leave")."""
    subject, passive = _find_parsed_subject(verb)
    if subject is None and (headline := find_headline_subject(verb)) is not None:
        return headline, False
    return subject, passive


def _find_parsed_subject(verb: Any) -> tuple[Any | None, bool]:
    compound = find_located_headline_subject(verb) or find_compound_subject(verb)  # "court in X sentences"
    if (compound := compound or find_name_headline_subject(verb) or find_counted_subject(verb)) is not None:
        return compound, False  # "Riot [police] fire tear gas at fans" parsed as one noun phrase
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:  # "a Dallas, Texas [man]": the noun after the comma
                subject = antecedent_of_relative(to_head_subject(child))  # "are to be [expelled]": passive
                return subject, is_borrowing_passive(verb, current, child)
            if child.dep_ in PASSIVE_SUBJECT_DEPS:
                return antecedent_of_relative(to_head_subject(child)), not _is_stative_participle(current)
        if _is_means_gerund(current):  # "responds [by] placing sanctions": the subject is its verb's
            current = current.head.head
            continue
        if _is_adverbial_participle(current):
            current = find_governing_verb(current.head)  # "Iran begins the operation, launching missiles"
            continue
        if current.dep_ in {"relcl", "acl"} and current.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return find_plan_announcer(current) or current.head, False  # "announces plans [to] impose"
        if current.dep_ not in CONTROL_DEPS or current.head.i == current.i:
            return None, False
        current = current.head
    return None, False


def _is_means_gerund(verb: Any) -> bool:
    """An active gerund telling how an active verb's subject acts ("responded [by] placing sanctions"): it has
    that verb's subject. Not under a passive ("was dispersed by firing tear gas")."""
    prep, passive_deps = verb.head, {"auxpass", *PASSIVE_SUBJECT_DEPS}
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.lower_ in load_role_words()["means_preps"]
        and prep.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in passive_deps for c in (*verb.children, *prep.head.children))
    )


def _is_stative_participle(verb: Any) -> bool:
    """True for "is committed to …", "are determined to …": a participle of will with a to-complement
    and no ``by``-agent ("was committed to the talks by its allies" is a passive)."""
    if str(verb.lemma_).lower() not in load_role_words()["stative_participles"] or find_agent(verb):
        return False
    return any((c.dep_ == "prep" and c.lower_ == "to") or c.dep_ == "xcomp" for c in verb.children)


def find_governing_verb(noun: Any) -> Any | None:
    """The verb whose object phrase holds the noun: "confirms the death of Soleimani" -> confirms."""
    node = noun
    for _ in range(MAX_OF_HOPS + 2):
        if node.dep_ not in OBJECT_PHRASE_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _is_adverbial_participle(verb: Any) -> bool:
    """An -ing participle after a comma that the parser hung on the object: "…, launching missiles"."""
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and after_comma
        and find_governing_verb(verb.head) is not None
    )


def find_agent(verb: Any) -> Any | None:
    """Return the object of a passive ``by``-phrase ("was killed by militants")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def find_noun_source_tokens(noun: Any) -> list[Any]:
    """Return the modifiers of a nominal trigger that may name its source ("US air raids", "Iran's raid")."""
    found = [child for child in noun.children if child.dep_ in NOUN_SOURCE_DEPS and child.i < noun.i]
    found.extend(find_prep_objects(noun, ("by",)))
    return found
