"""The incident's doers killed with no number of their own, counted from their earlier telling.

"At least 12 people are killed when five gunmen storm a beachfront hotel. The attackers were later killed by
security forces." and "Three militants open fire at a campus, killing 22 people. … The gunmen are killed
during a battle with security forces." name the doers again with a definite plural doer noun ("the
attackers", "the gunmen": ``incident_doer_nouns`` with ``anaphoric_determiners`` of ``merge.yaml``) and
give no number: they are the group counted before, the numbered subject of an active verb in one of the two
sentences before, in the same paragraph ("five gunmen storm", "Three militants open fire"). That subject is
a doer noun or the subject of a harm's own word. The killing's count is that number; the
merge stage then adds the doers' dead to the incident's toll like any counted doers' dead
(:mod:`dotterel.stages.merge_victims`). Nothing is counted when the nearest such sentence names two
numbered groups, nor from a vague number ("dozens of gunmen"), nor for a doer noun with a number or a
part of its own ("two of the attackers": counted by the casualties stage).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.merge_words import MergeWordsFile
from dotterel.model import HAPPENED_MODALITIES, Article, Event, Span
from dotterel.stages.casualty_additions import has_additive_adverb
from dotterel.stages.casualty_numbers import NumberReader
from dotterel.stages.doc_tables import find_sentence_index, resolve_trigger_root
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.scope import load_number_words

__all__ = ["is_also_doers", "is_passive_trigger", "to_counted_doers"]

LOOK_BACK = 2  # sentences before the killing's, in its paragraph
PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass"})


def _definite_doers(root: Any, words: MergeWordsFile) -> Any | None:
    """The passive subject of the killing ``root`` when it is a definite plural doer noun with no number."""
    victim = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if victim is None or victim.tag_ != "NNS" or victim.lemma_.lower() not in words.incident_doer_nouns:
        return None
    children = list(victim.children)
    if any(c.dep_ in ("nummod", "prep") or c.like_num for c in children):
        return None
    definite = any(c.dep_ == "det" and c.lower_ in words.anaphoric_determiners for c in children)
    return victim if definite else None


def _is_killing(root: Any, killing: tuple[frozenset[str], frozenset[str]]) -> bool:
    """True for a verb that tells a death: a killing verb or one with a killing complement ("were shot
    dead"); ``killing`` is (``killed_verbs``, ``killing_complements``) of casualties.yaml."""
    verbs, complements = killing
    return root.lemma_.lower() in verbs or any(
        c.dep_ in ("oprd", "acomp") and c.lower_ in complements for c in root.children
    )


def _numbered_subjects(sentence: Any, harm_roots: set[int], words: MergeWordsFile) -> list[Any]:
    """The plural subjects with a number of active verbs in ``sentence`` that may be the doers."""
    found = []
    for token in sentence:
        if token.dep_ != "nsubj" or token.tag_ != "NNS" or token.head.pos_ != "VERB":
            continue
        numbers = [c for c in token.children if c.dep_ == "nummod"]
        lemma = token.lemma_.lower()
        if numbers and (lemma in words.incident_doer_nouns or token.head.i in harm_roots):
            found.append(numbers[0])
    return found


def _earlier_count(
    doc: Any, article: Article, at: int, harm_roots: set[int], words: MergeWordsFile
) -> int | None:
    """The number of the doers told in one of the ``LOOK_BACK`` sentences before sentence ``at``."""
    reader = NumberReader(load_number_words(), frozenset())
    paragraph = article.sentences[at].paragraph
    for back in range(at - 1, max(at - LOOK_BACK, 0) - 1, -1):
        sentence = article.sentences[back]
        if sentence.paragraph != paragraph:
            return None
        span = doc.char_span(sentence.span.start, sentence.span.end, alignment_mode="expand")
        numbers = _numbered_subjects(span, harm_roots, words) if span is not None else []
        if len(numbers) > 1:
            return None
        if numbers:
            vague = numbers[0].lower_ in reader.numbers.vague
            return None if vague else reader.resolve_number(numbers[0])
    return None


def to_counted_doers(
    doc: Any,
    article: Article,
    events: list[Event],
    words: MergeWordsFile,
    killing: tuple[frozenset[str], frozenset[str]],
) -> list[Event]:
    """Return ``events`` where a killing of the doers named again with no number ("The attackers were later
    killed") has the number of their earlier telling as its dead (see the module)."""
    roots = [resolve_trigger_root(doc, e.trigger) for e in events]
    pairs = list(zip(events, roots, strict=True))
    harm_roots = {r.i for e, r in pairs if r is not None and e.action.type in HARM_TYPES}
    out = list(events)
    for i, (event, root) in enumerate(pairs):
        if root is None or event.action.type not in HARM_TYPES or event.modality not in HAPPENED_MODALITIES:
            continue
        if event.killed is not None or not _is_killing(root, killing):
            continue
        victim, at = _definite_doers(root, words), find_sentence_index(article, event)
        if victim is None or not at:
            continue
        count = _earlier_count(doc, article, at, harm_roots, words)
        if count is None or count <= 0:
            continue
        span = Span(victim.left_edge.idx, root.idx + len(root.text))
        evidence = replace(event.evidence, spans={**event.evidence.spans, "killed": span})
        out[i] = replace(event, killed=count, evidence=evidence)
    return out


def _active_subject_lemmas(root: Any) -> set[str]:
    """The nouns that are subjects of active verbs in ``root``'s sentence and the sentence before it."""
    sentence = root.sent
    start = sentence.start - 1
    first = root.doc[start].sent.start if start >= 0 else sentence.start
    return {
        t.lemma_.lower()
        for t in root.doc[first : sentence.end]
        if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ == "VERB"
    }


def is_passive_trigger(doc: Any, event: Event) -> bool:
    """True when the root of ``event``'s trigger is a passive verb ("Seven police officers are killed")."""
    head = resolve_trigger_root(doc, event.trigger)
    return head is not None and any(c.dep_ in PASSIVE_DEPS for c in head.children)


def is_also_doers(
    doc: Any, first: Event, later: Event, kind: str, words: MergeWordsFile, adverbs: frozenset[str]
) -> bool:
    """True when ``later``'s count of ``kind`` is a death with an additive adverb of the incident's doers
    ("Suspected ISIL militants attack checkpoints … Seven police officers are killed …. Four militants also
    died", "The shooter is also killed"), told after ``first``, a passive casualty word: a doer noun, or the
    noun of an active subject in ``first``'s sentence or the one before. The casualties stage adds no such
    count to a casualty word's own; another party's dead ("Five civilians were also killed") are not added."""
    span = later.evidence.spans.get(kind)
    if span is None or getattr(later, kind) is None or not is_passive_trigger(doc, first):
        return False
    head = resolve_trigger_root(doc, first.trigger)
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    word = tokens.root if tokens is not None else None
    if word is None or not has_additive_adverb(word, adverbs):
        return False
    deps = ("nsubjpass",) if any(c.dep_ == "auxpass" for c in word.children) else ("nsubj",)
    victim = next((c for c in word.children if c.dep_ in deps), None)
    if victim is None or victim.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "dobj" for c in word.children):
        return False
    lemma = victim.lemma_.lower()
    return lemma in words.incident_doer_nouns or lemma in _active_subject_lemmas(head)
