"""The clauses of a sentence that tell of one harm, for :mod:`dotterel.stages.accidents`.

A sentence may join two harms, each a clause with its own subject: "Four people are shot by a gunman in
Chicago; a fifth person is injured in a related car accident nearby". The accident word of the second clause
tells of the fifth person's injury, not of the shooting: an attack clause (one that names an attack word, a
weapon or a verb of attacking, :func:`has_attack_word`) is read without the other clauses that tell of a harm
of their own (a harm or victim verb: "injured", "killed", "dies"). A sentence of one clause, or an attack
clause beside clauses with no harm of their own ("There was an accident on the road, and 12 people died"),
is read whole.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.hazards import HazardWords, load_hazard_words
from dotterel.stages.accident_clues import has_attack_word, is_gunfire
from dotterel.stages.doc_tables import DocTable, to_doc_table

UNIT_DEPS = frozenset({"conj", "parataxis", "ccomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLAUSE_POS = frozenset({"VERB", "AUX"})
MAX_STEPS = 40


def find_clause_unit(token: Any) -> Any:
    """The head of the token's clause unit: the first clause up its head chain that is joined to another
    ("conj", "parataxis", "ccomp") and has a subject of its own, or the sentence's root."""
    return token.doc[_find_unit_id(to_doc_table(token.doc), token.i)]


def _find_unit_id(table: DocTable, i: int) -> int:
    """:func:`find_clause_unit` by token index, read from the document's table."""
    for _ in range(MAX_STEPS):
        head = table.heads[i]
        if head == i:
            return i
        unit = table.deps[i] in UNIT_DEPS and table.pos[i] in CLAUSE_POS
        if unit and any(table.deps[c] in SUBJECT_DEPS for c in table.children[i]):
            return i
        i = head
    return i


def to_harm_scope(trigger: Any, tokens: Any, words: HazardWords) -> list[int]:
    """The token indexes of ``tokens`` (a sentence span) that tell of the harm of ``trigger``: the whole
    sentence, less the other clause units with a harm verb of their own when the trigger's unit names an
    attack."""
    doc, ids = tokens.doc, list(range(tokens.start, tokens.end))
    table = to_doc_table(doc)
    units: dict[int, list[int]] = {}
    for i in ids:
        units.setdefault(_find_unit_id(table, i), []).append(i)
    own = _find_unit_id(table, trigger.i)
    if len(units) < 2 or not has_attack_word([doc[i] for i in units[own]], words):
        return ids
    harms = words.harm_verbs | words.victim_verbs
    kept = [
        i
        for head, members in units.items()
        if head == own or not any(table.pos[j] == "VERB" and table.lemmas[j] in harms for j in members)
        for i in members
    ]
    return sorted(kept)


def find_accident_clause_ids(trigger: Any) -> set[int]:
    """The token indexes of the clause units beside the trigger's that tell of an accident of their own (an
    accident marker or a hazard noun with a harm verb: "a fifth person is injured in a related car accident"),
    when the trigger's unit names an attack: their counts are the accident's, not the attack's. The "fire" of
    a weapon is no hazard ("two others injured after assailants open fire": :func:`is_gunfire`)."""
    words = load_hazard_words()
    sentence, table = trigger.sent, to_doc_table(trigger.doc)
    kept = set(to_harm_scope(trigger, sentence, words))
    others: dict[int, list[int]] = {}
    for i in range(sentence.start, sentence.end):
        if i not in kept:
            others.setdefault(_find_unit_id(table, i), []).append(i)
    clues = words.accident_markers | words.hazard_nouns
    doc = trigger.doc
    return {
        i
        for members in others.values()
        if any(
            (table.lowers[j] in clues or table.lemmas[j] in clues) and not is_gunfire(doc[j], words)
            for j in members
        )
        for i in members
    }
