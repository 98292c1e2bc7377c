"""Merge stage: one happening told twice in one article becomes one event.

- In one sentence, two triggers of the same type with the same source and compatible targets ("intervene
  and deal a blow to …") are one event; so are coordinated sources that resolve alike ("workers and their
  union demanded …": one LAB party).
- In one sentence, a harm told by its victims with no agent ("five people were killed when gunmen attacked a
  market", "gunmen attacked a market, and five people were killed") is the harm its agent did: one event,
  with the more specific CAMEO code of the two. So is a participle of its victims with no doer of its own
  hanging on the attack's clause ("shelled the town, with four civilians killed and nine others injured",
  "stormed a hotel, leaving five guards dead and 12 others wounded"): its counts are the attack's.
- A later definite mention of an earlier nominal event ("US air raids on Sunday …" … "the air raids,
  which killed 25 people") is the same event: what the later mention adds (casualties, place, a missing
  actor or date) fills the gaps of the first; nothing the first states is overwritten.
- Then, across sentences, a harm told again by a definite noun ("the shelling", "the attacks", also negated:
  "has not commented on the attack") or by the definite victims of its toll ("the officer died when …") is
  folded into the earlier event it retells (:mod:`dotterel.stages.merge_anaphora`): a rising toll there
  ("the death toll … rises to 89") replaces the earlier count; two killed counts otherwise keep the first.
- Last, a harm told in one sentence and split off in the next ("The Taliban attacked …, killing two and
  wounding twelve. The assault was repulsed, resulting in 27 … being killed") shares its toll: each telling
  takes the kinds of count it lacks from the other (:mod:`dotterel.stages.merge_splitoff`), and the
  next sentence's dead of the attackers or "also" killed in the attack are added to the first telling's
  (:mod:`dotterel.stages.merge_victims`); so do two names of one happening linked by a change of state
  ("the protests … degenerated into ethnic clashes"). Before that, a harm noun with no count takes those
  of the harm its relative clause tells ("a shooting … that left four dead": :mod:`~dotterel.stages.
  merge_relatives`), and a harm of another type that a casualty word's when-clause tells takes its counts
  ("killed when forces … to break up a camp": :mod:`~dotterel.stages.merge_when_clauses`).
Merging across articles is the store's job, not this stage's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from dotterel.knowledge.date_words import load_date_words
from dotterel.knowledge.merge_words import MergeWordsFile, load_merge_words
from dotterel.knowledge.wordlists import load_role_words
from dotterel.model import Actor, Article, Event
from dotterel.stages.casualty_occasions import is_other_occasion_noun, to_occasion_words
from dotterel.stages.casualty_phrases import is_in_motive
from dotterel.stages.casualty_words import load_casualty_words
from dotterel.stages.date_gaps import GapWords, are_apart_by_gap, find_gap_happening_ids
from dotterel.stages.doc_tables import resolve_trigger_root
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.merge_also_told import fold_also_told
from dotterel.stages.merge_anaphora import (
    are_compatible,
    are_dated_apart,
    fill_gaps,
    fold_mention,
    resolve_antecedent,
)
from dotterel.stages.merge_attacker_ends import with_attacker_end
from dotterel.stages.merge_definite_acts import fold_definite_acts
from dotterel.stages.merge_described_subjects import is_also_told, is_subject_description
from dotterel.stages.merge_descriptions import drop_described_repeats
from dotterel.stages.merge_doers import to_counted_doers
from dotterel.stages.merge_double_tolls import drop_double_tolls
from dotterel.stages.merge_incident import find_copy_tolls, find_participle_tolls, find_same_count_tolls
from dotterel.stages.merge_means import fold_means
from dotterel.stages.merge_relatives import find_relative_clause_tolls
from dotterel.stages.merge_riot_victims import fold_riot_victims
from dotterel.stages.merge_same_killed import fold_same_killed
from dotterel.stages.merge_shared_doer import fold_shared_doers, with_narrower_place
from dotterel.stages.merge_splitoff import find_changed_state_tolls, find_shared_tolls
from dotterel.stages.merge_victim_clauses import VictimWords, fold_victim_clauses
from dotterel.stages.merge_when_clauses import find_when_clause_tolls
from dotterel.stages.nesting import code_specificity
from dotterel.stages.place_splitoff import find_arrest_places
from dotterel.stages.victim_possessors import (
    is_in_subject_phrase,
    is_objectless_past,
    without_subject_source,
)

PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
LINK_DEPS = frozenset({"advcl", "conj", "nsubj", "nsubjpass"})  # "when gunmen attacked", "and … were killed"
PARTICIPLE_LINK_DEPS = frozenset({"advcl", "acl", "oprd", "conj", "pcomp", "prep"})  # "with nine injured"
MAX_LINK_STEPS = 2
MAX_PARTICIPLE_STEPS = 3


def _same_party(a: Actor | None, b: Actor | None) -> bool:
    """True when two actors resolve alike, whatever their words ("workers and their union": one LAB party)."""
    if a is None or b is None:
        return a is b
    return (a.actor_id, a.name, a.country, a.sector) == (b.actor_id, b.name, b.country, b.sector)


def _head(doc: Any, event: Event) -> Any | None:
    return resolve_trigger_root(doc, event.trigger)


def _is_anaphoric(token: Any, determiners: frozenset[str]) -> bool:
    if any(child.dep_ in {"det", "poss"} and child.lower_ in determiners for child in token.children):
        return True
    return any(child.dep_ == "relcl" for child in token.children) and token.dep_ == "nsubj"


def _is_agentless_harm(doc: Any, event: Event) -> bool:
    """True for a harm told by its victims, with no agent: "five people were killed", "were wounded", and a
    participle of the victims hanging on another clause ("with nine others injured", "leaving two dead and
    12 wounded"), whose subject the actors stage may have taken for a source."""
    head = _head(doc, event)
    if head is None or head.pos_ not in {"VERB", "ADJ"}:
        return False
    deps = {child.dep_ for child in head.children}
    if "agent" in deps:
        return False
    if event.source is None and head.pos_ == "VERB" and deps & PASSIVE_DEPS:
        return True
    return _is_victims_participle(head) and (event.source is None or _is_own_subject(head, event))


def _is_victims_participle(head: Any) -> bool:
    """True for a past participle (or "dead") of a clause's result or circumstance: "with nine others
    injured", "leaving two dead and 12 wounded", "two killed and three wounded" after a comma."""
    if head.tag_ != "VBN" and head.pos_ != "ADJ" and not is_objectless_past(head):
        return False
    if any(child.dep_ in {"aux", "auxpass"} for child in head.children):
        return False  # a clause of its own: "and Ayn Issa is also being shelled"
    if head.dep_ == "advcl":
        return any(child.dep_ == "mark" and child.lower_ == "with" for child in head.children)
    if head.dep_ == "pcomp":
        return head.head.lower_ == "with"
    return head.dep_ in {"acl", "oprd", "conj"}


def _is_own_subject(head: Any, event: Event) -> bool:
    """True when the event's source is the participle's own subject ("with four civilians killed")."""
    span = event.evidence.spans.get("source")
    return span is not None and is_in_subject_phrase(head, span.start, span.end)  # "her husband injured"


def _without_victim_source(event: Event) -> Event:
    """Return the event without a source that is its own victims ("with four civilians killed", "five people
    are killed and another nine injured": the actors stage took the victims for the doer)."""
    spans = event.evidence.spans
    source = spans.get("source")
    victims = [spans[role] for role in ("target", "killed", "injured") if role in spans]
    if event.source is None or source is None or not any(span.contains(source) for span in victims):
        return event
    kept = {role: span for role, span in spans.items() if role != "source"}
    return replace(event, source=None, evidence=replace(event.evidence, spans=kept))


def _governors(token: Any, deps: frozenset[str], steps: int) -> list[Any]:
    """Return ``token`` and the heads above it reached through ``deps``, at most ``steps`` of them."""
    chain = [token]
    for _ in range(steps):
        node = chain[-1]
        if node.dep_ not in deps or node.head.i == node.i:
            break
        chain.append(node.head)
    return chain


def _is_linked(doc: Any, a: Event, b: Event) -> bool:
    """True when one trigger hangs on the other's clause by a when-clause or coordination ("were killed when
    gunmen attacked", "attacked a market, and five were killed", "killed since an assault began"), or a
    victims' participle hangs on the clause the other trigger heads or is the subject of ("the shelling
    killed five, with nine others injured")."""
    first, second = _head(doc, a), _head(doc, b)
    if first is None or second is None:
        return False
    for low, high in ((first, second), (second, first)):
        if any(node.i == high.i for node in _governors(low, LINK_DEPS, MAX_LINK_STEPS)[1:]):
            return True
    deps = LINK_DEPS | PARTICIPLE_LINK_DEPS
    above_first = {node.i for node in _governors(first, deps, MAX_PARTICIPLE_STEPS)}
    above_second = {node.i for node in _governors(second, deps, MAX_PARTICIPLE_STEPS)}
    return any(_is_victims_participle(token) for token in (first, second)) and bool(
        above_first & above_second
    )


def _is_told_twice(doc: Any, a: Event, b: Event) -> bool:
    """True when two harms of one sentence are one happening: one told by its victims, one by its agent."""
    if a.evidence.start != b.evidence.start or a.action.type not in HARM_TYPES:
        return False
    if a.place is not None and b.place is not None and a.place.name != b.place.name:
        return False  # "five were killed in Idlib, while rebels shelled Aleppo"
    return (_is_one_sided(doc, a, b) or _is_one_sided(doc, b, a)) and _is_linked(doc, a, b)


def _is_one_sided(doc: Any, victims: Event, other: Event) -> bool:
    """True when ``victims`` is a harm told by its victims and ``other`` by its agent, or, for a victims'
    participle, by any act not itself told by its victims ("a shooting at her home leaves her son dead and
    her husband injured", "gunmen shot dead an officer, leaving his son injured")."""
    if not _is_agentless_harm(doc, victims):
        return False
    if other.source is not None:
        return True
    head = _head(doc, victims)
    return head is not None and _is_victims_participle(head) and not _is_agentless_harm(doc, other)


def _are_distinct_measures(a: Event, b: Event) -> bool:
    """True when two acts of one named source in one sentence carry different CAMEO codes and are no assault
    nor a coercion with casualties, so they are two acts ("Greece will limit public gatherings and impose a
    curfew", "Venezuela breaks relations with Colombia and expels its diplomats"), not one told twice."""
    if a.source is None or a.action.cameo == b.action.cameo or a.action.type == "ASSAULT":
        return False
    return a.action.type not in HARM_TYPES or not any(e.killed or e.injured for e in (a, b))


def merge_retold(first: Event, later: Event) -> Event:
    """Return ``first`` with its gaps filled from ``later``, and ``later``'s action when its code is more
    specific ("killed" 190 and "bombed" 183: 183)."""
    merged = fill_gaps(first, later)
    if code_specificity(later.action.cameo) > code_specificity(first.action.cameo):
        merged = replace(merged, action=later.action, rule=later.rule)
    return merged


class MergeStage:
    """Fold repeated mentions of one happening into one event; assigns ``events``."""

    name = "merge"
    requires: tuple[str, ...] = ("doc", "events")
    assigns: tuple[str, ...] = ("events",)

    def __init__(
        self,
        role_words: Mapping[str, frozenset[str]] | None = None,
        merge_words: MergeWordsFile | None = None,
    ) -> None:
        words = role_words if role_words is not None else load_role_words()
        self.determiners = words["anaphoric_determiners"]
        self.words = merge_words if merge_words is not None else load_merge_words()
        casualty_words = (
            load_casualty_words()
        )  # "also"/"too": more victims, one list with the casualties stage
        self.additive = frozenset(w.lower() for w in casualty_words.additive_adverbs)
        self.other_words = frozenset(w.lower() for w in self.words.other_incident_words)  # "also … separate"
        self.motive_preps = frozenset(w.lower() for w in casualty_words.motive_preps)
        self.motive_nouns = frozenset(w.lower() for w in casualty_words.motive_nouns)
        self.occasion_words = to_occasion_words(casualty_words)
        self.killed_verbs = frozenset(w.lower() for w in casualty_words.killed_verbs)
        self.killing_complements = frozenset(w.lower() for w in casualty_words.killing_complements)
        self.incidents = frozenset(w.lower() for w in casualty_words.incident_nouns)
        self.incident_preps = frozenset(w.lower() for w in casualty_words.incident_preps)
        self.gaps = GapWords.from_words(load_date_words())  # "three days after a bombing …"
        self.victims = VictimWords(casualty_words)  # "… sets fire to a studio. 34 are dead and 35 injured"

    def __call__(self, article: Article) -> Article:
        """Merge the article's events in text order: first the mentions of one sentence, then the harms
        told again in a later sentence."""
        kept: list[Event] = []
        ends: set[int] = set()  # "kills two … before being killed": the attacker's death added once
        for event in article.events:
            index = self._find_same(article.doc, kept, event)
            if index is None:
                kept.append(event)
                continue
            if _is_told_twice(article.doc, kept[index], event):
                pair = [kept[index], event]  # "leaves her son dead and her husband injured": "her" no doer
                pair = [without_subject_source(article.doc, e, _is_victims_participle) for e in pair]
                first, later = (_without_victim_source(e) for e in pair)
                merged = merge_retold(first, later)
            else:  # "kills seven in Iraq and wounds three near Samarra": Samarra
                merged = with_narrower_place(fill_gaps(kept[index], event), event)
            doers = self.words.incident_doer_nouns
            kept[index] = with_attacker_end(article.doc, kept[index], event, merged, doers, ends)
        kept = drop_described_repeats(article.doc, kept)  # "He is the first UK man found guilty of …"
        kept = fold_means(article.doc, kept, merge_retold)  # "killed him by crushing him", "with a car bomb"
        folded: list[Event] = []
        for event in kept:
            index = resolve_antecedent(article.doc, folded, event, self.words)
            if index is None:
                folded.append(event)
            else:
                folded[index] = fold_mention(article.doc, folded[index], event, self.words, self.additive)
        folded = find_participle_tolls(article.doc, find_same_count_tolls(find_copy_tolls(folded)))
        folded = fold_shared_doers(article.doc, folded, self.victims.transitive)  # "kills 7, wounds 3"
        folded = find_when_clause_tolls(article.doc, folded)  # "killed when forces … break up a camp"
        folded = find_relative_clause_tolls(article.doc, folded, self.occasion_words)
        folded = find_arrest_places(article.doc, article, folded, self.words)  # "The attackers were arrested"
        causes = frozenset(
            root.i
            for event in folded
            if (root := _head(article.doc, event)) is not None
            and is_in_motive(article.doc, root, self.motive_preps, self.motive_nouns)
        )  # "amid anger at … this week's explosions": told as a cause
        gapped = frozenset(e.event_id for e in folded if self._is_across_gap(article.doc, e))
        killing = (self.killed_verbs, self.killing_complements)
        folded = to_counted_doers(article.doc, article, folded, self.words, killing)
        folded = find_shared_tolls(article.doc, article, folded, self.words, causes, self.additive, gapped)
        folded = fold_definite_acts(
            article.doc, find_changed_state_tolls(article.doc, folded, self.words), self.words
        )
        folded = fold_victim_clauses(article.doc, article, folded, self.words, self.victims)
        folded = fold_riot_victims(article.doc, folded, self.victims)  # "injured after protesters threw"
        folded = fold_same_killed(article.doc, folded, self.words)  # "shot X … X's killing"
        folded = fold_also_told(article.doc, article, folded, self.additive, self.other_words)
        article.events = drop_double_tolls(article.doc, folded, self.incidents, self.incident_preps)
        return article

    def _is_across_gap(self, doc: Any, event: Event) -> bool:
        """True when the event lies in the happening a time gap phrase introduces ("one week after 35 are
        killed in another attack"): another occasion than its sentence's news."""
        head = _head(doc, event)
        return head is not None and any(head.i in ids for ids in find_gap_happening_ids(head.sent, self.gaps))

    def _is_other_occasion(self, doc: Any, *events: Event) -> bool:
        """True when one of the harm ``events`` is a noun named as another occasion ("since the 2017 attack
        on a mosque", "last month's murder"), or a time gap lies between two events ("three days after a
        bombing killed two"): not the same happening as another harm of its sentence."""
        words = self.occasion_words
        pair = [h for h in (_head(doc, event) for event in events) if h is not None]
        if len(pair) == 2 and are_apart_by_gap(pair[0], pair[1], self.gaps):
            return True  # "kills 15, three days after a bombing in the city killed two"
        heads = [_head(doc, event) for event in events if event.action.type in HARM_TYPES]
        return any(
            head is not None
            and head.pos_ == "NOUN"
            and is_other_occasion_noun(head, words.occasion_words, words.period_nouns)
            for head in heads
        )

    def _find_same(self, doc: Any, kept: list[Event], event: Event) -> int | None:
        head = _head(doc, event)
        for position, earlier in enumerate(kept):
            if earlier.action.type != event.action.type or earlier.modality != event.modality:
                continue
            if not (
                are_compatible(earlier.source, event.source) and are_compatible(earlier.target, event.target)
            ):
                continue
            if are_dated_apart(earlier, event) or self._is_other_occasion(doc, earlier, event):
                continue  # "that bomb" of last month, "the 2017 attack on a mosque" are not today's bomb
            same_sentence = earlier.evidence.start == event.evidence.start
            described = is_subject_description(doc, earlier, event)  # "X, accused of killing 51 people, is
            if same_sentence and (described or is_also_told(doc, earlier, event, self.additive)):
                continue  # also charged with …", "…; a gardener also receives a sentence": two acts
            same_source = _same_party(earlier.source, event.source)
            if same_sentence and same_source and _are_distinct_measures(earlier, event):
                continue  # "limit public gatherings and impose a curfew": two acts of one government
            if same_sentence and (same_source or _is_told_twice(doc, earlier, event)):
                return position
            earlier_head = _head(doc, earlier)
            if head is None or earlier_head is None or earlier_head.pos_ not in {"NOUN", "PROPN"}:
                continue
            if head.lemma_.lower() == earlier_head.lemma_.lower() and _is_anaphoric(head, self.determiners):
                return position
        return None
