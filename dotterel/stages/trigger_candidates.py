"""Which tokens of a sentence may start an event: the few the trigger search of
:mod:`dotterel.stages.triggers` has to look at, read from the document's table without building the others.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dotterel.knowledge.lexicon import Lexicon
from dotterel.stages.doc_tables import to_doc_table, to_token_range

VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


def find_trigger_candidates(
    tokens: Any, lexicon: Lexicon, nominals: Mapping[str, str]
) -> tuple[list[Any], list[Any]]:
    """Return the tokens that may be light verbs and those that may be triggers, in text order.

    The others cannot be: a light verb is a verb (or a main-verb auxiliary) whose lemma starts a light verb
    of the lexicon; a trigger is a verb (or a verb tagged as a plural noun) with a lexicon verb lemma, a noun
    with a lexicon noun head, or a common noun ``nominals`` lists. Read from the document's table
    (:func:`dotterel.stages.doc_tables.to_doc_table`) without building the other tokens.
    """
    found = to_token_range(tokens)
    if found is None:
        listed = list(tokens)  # any other sequence of tokens: every one is a candidate trigger
        lemmas = [str(t.lemma_).lower() for t in listed]
        light_verbs = [
            t
            for t, lemma in zip(listed, lemmas, strict=True)
            if _may_be_light_verb(t.pos_, t.dep_, lemma, lexicon)
        ]
        return light_verbs, listed
    doc, indices = found
    table = to_doc_table(doc)
    pos, deps, tags, lemmas = table.pos, table.deps, table.tags, table.lemmas
    verbs, heads = lexicon.verb_lemmas, lexicon.noun_head_lemmas
    light_verbs = [doc[i] for i in indices if _may_be_light_verb(pos[i], deps[i], lemmas[i], lexicon)]
    words = [
        doc[i]
        for i in indices
        if (lemmas[i] in verbs and (pos[i] in VERB_POS or tags[i] == "NNS"))
        or (pos[i] in NOUN_POS and lemmas[i] in heads)
        or (pos[i] == "NOUN" and lemmas[i] in nominals)
    ]
    return light_verbs, words


def _may_be_light_verb(pos: str, dep: str, lemma: str, lexicon: Lexicon) -> bool:
    """True for a verb (or an auxiliary used as a main verb) whose lemma may start a light verb."""
    is_verb = pos in VERB_POS or (pos == "AUX" and dep not in {"aux", "auxpass"})
    return is_verb and (lemma in lexicon.light_verb_lemmas or " " in lemma)
