"""What an inquiry looks into is no place of it, nor of the other acts of its sentence.

"amid the investigation on the storage of ammonium nitrate at the Port of Beirut", "an inquiry over the deaths
of migrants in Calais", "a probe of the fire at a warehouse in Houston": the phrase of ``inquiry_topic_preps``
(``knowledge/places.yaml``) on an inquiry noun (``inquiry_nouns``) tells the case looked into, a happening or
a state of its own with its own place; the inquiry is placed by its own words ("an inquiry in Paris into …",
"Police in Chicago open an investigation") or not at all (a crime's place is no place of the act on it). The
parser may hang the noun's "into" on the verb before it ("Authorities raid the bank as part of a money
laundering probe into payments to accounts in Estonia"): a phrase of ``inquiry_preps`` right after the noun is
the noun's, and its places are neither the probe's nor the raid's. A phrase that holds the trigger stays (an
event inside the case keeps its own place), and so does a relative clause in it, a happening told of the case
("Investigations into a group whose members were arrested in Germany"). Only nouns: the verb "investigate"
keeps its object's place ("Police investigate a shooting in Dayton"), as the reaction words do
(``reaction_words``).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.place_attached_phrases import to_low_attached_ids

__all__ = ["find_inquiry_topic_ids"]


def find_inquiry_topic_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the token ids of what the inquiry nouns of ``token``'s sentence look into (see the module),
    leaving out a phrase that holds ``token``."""
    ids: set[int] = set()
    table, sentence = to_doc_table(token.doc), token.sent  # the table: is_verb, pos_, lemma and lower_
    nouns = words.inquiry_nouns
    for i in range(sentence.start, sentence.end):
        if table.verbs[i] or table.pos[i] not in ("NOUN", "PROPN"):
            continue
        if table.lemmas[i] not in nouns and table.lowers[i] not in nouns:  # names_word
            continue
        noun = token.doc[i]
        for prep in _topic_preps(noun, words):
            phrase = to_low_attached_ids(prep, token.i) if prep.lower_ in words.inquiry_preps else set()
            phrase |= {t.i for t in prep.subtree}
            if token.i not in phrase:
                ids |= phrase - _relative_clause_ids(prep)
    return ids


def _relative_clause_ids(prep: Any) -> set[int]:
    """The tokens of the relative clauses inside ``prep``'s phrase: a happening told of the case with its own
    place ("Investigations into a far-right group whose members were arrested in Germany reveal a plot to
    carry out attacks across the country": Germany, the arrests', is the country of the plot too)."""
    return {t.i for c in prep.subtree if c.dep_ == "relcl" for t in c.subtree}


def _topic_preps(noun: Any, words: PlaceWords) -> list[Any]:
    """The prepositions of what ``noun`` looks into: its own of ``inquiry_topic_preps``, and an
    ``inquiry_preps`` one right after it that the parser hangs elsewhere."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in words.inquiry_topic_preps]
    after = noun.doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
    if after is not None and after.dep_ == "prep" and after.lower_ in words.inquiry_preps:
        preps.append(after)
    return list({p.i: p for p in preps}.values())
