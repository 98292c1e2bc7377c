"""A headline's present-tense verb the tagger took for a plural noun, read by word order when the parse
hides it.

"A court in Turkey [sentences] opposition parliamentarian Remziye Tosun to ten years", "Scotland's Court of
Session [fines] Greenpeace £80,000": the tagger reads "sentences" and "fines" as plural nouns and the parser
builds a noun phrase around them (a compound of the object, the subject of a number), so neither a ``dobj``
nor an ``nsubj`` of their own shows the verb. English word order does: a word that is both a plural noun and
the third person of a verb is the verb when it comes right after the head noun of a subject (no verb of its
own clause before it) and right before an object (a name, a determiner or number phrase, "to" with a
penalty, or the conjunction "that" opening what a court rules, "a state court [rules] that the order is
unlawful"). A plural noun keeps its own determiner or modifier before it and is followed by a preposition, a
verb or a relative pronoun: "the sentences handed down", "prison sentences for protesters were", "drug charges
against him", "new election rules that the commission set".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dotterel.knowledge.lexicon import Lexicon
from dotterel.stages.compound_verbs import find_compound_object, is_compound_verb
from dotterel.stages.counted_subject_verbs import is_counted_subject_verb
from dotterel.stages.lowercase_name_verbs import is_lowercase_name_verb
from dotterel.stages.name_headline_verbs import is_name_headline_verb
from dotterel.stages.plural_noun_verbs import is_headline_verb
from dotterel.stages.trigger_candidates import is_mistagged_verb


def is_mistagged_trigger_verb(token: Any, lexicon: Lexicon | None = None) -> bool:
    """True for a verb the tagger took for a noun, by its parse (:func:`is_mistagged_verb`: an object or a
    subject of its own) or by the word order of a headline (:func:`is_headline_verb`; with ``lexicon``, also
    a verb run into its object's compound, :func:`~dotterel.stages.compound_verbs.is_compound_verb`)."""
    if is_mistagged_verb(token) or is_headline_verb(token) or is_lowercase_name_verb(token):
        return True
    if is_name_headline_verb(token):  # "Donald Trump [lands] in Osaka": the root run into the name
        return True
    if lexicon is not None and is_counted_subject_verb(token, lexicon):  # "Seven MPs [resign]"
        return True
    return lexicon is not None and is_compound_verb(token, lexicon)


def is_compound_verb_object(noun: Any, by_index: Mapping[int, Any]) -> bool:
    """True for the noun a verb trigger is run into as its compound ("Authorities in Texas drop [charges]
    against the protesters"): the noun is that verb's object, no event of its own (``by_index``: the
    sentence's triggers by token index)."""
    verbs = [c for c in noun.children if c.i in by_index and find_compound_object(c) is not None]
    return any(not by_index[c.i].is_nominal for c in verbs)  # not "Rafini [pledges] aid": a plural-noun tag
