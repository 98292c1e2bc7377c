"""What a statement, a denial or a deal is about, told inside its object: the places there are the topic's,
not the act's.

- The object of a verb whose object is a proposition it answers (``topic_object_verbs``: "denies the presence
  of Russian mercenaries in Libya", "rejects the deployment of troops in the Gulf", "discussed the situation
  in Syria"): the whole object is the topic, a place phrase on its head included; not an "at" phrase the
  parser hangs on it ("denies the reports at a news conference in Moscow" was there), nor the object of a
  refusal to someone ("is denied entry into Thailand": where he was refused). Insulting is such a verb
  (session 25: "for insulting the Turkish offensive in Syria"); recognising is not, for the place of what is
  recognised also gives the act its target ("do not recognize the legitimacy of the election in Belarus").
- A to-infinitive of such a verb on the act ("met to discuss the situation in Libya", "met to discuss
  training officers in Australia", the parser hanging the place on "discuss"): what the meeting is for; the
  act's own place phrase stays ("met in Ankara to discuss the war in Syria"), and so does an "at" phrase.
- A clause that tells what a content noun object is for or does (``content_nouns``: "sign an agreement aimed
  at ending the insurgency in Thailand's southern provinces", "reach a deal that ends the war in Yemen"): the
  clause is the deal's content. A place phrase on the noun itself stays ("sign an agreement in Doha").
- A summary noun set off by a comma after the clause (``summary_nouns``: "urged the United States to build a
  base, a move seen as a push back against Chinese influence in the Pacific"): it tells what the act amounts
  to, not where it was done.
- A phrase of "on" or "for" whose object is a state of affairs (``topic_on_nouns``: "hold talks on the
  conflict in Yemen", "a resolution on human rights in Myanmar"; ``topic_for_nouns``: "appeals for peace in
  Ukraine"; "blames Iran for recent tensions in the Gulf"), with the place phrases the parser hangs right
  after it: what the act is about, asks for or blames, for a verb or a noun trigger alike
  (:func:`find_topic_phrase_ids`); not a phrase that holds the trigger, but a relative clause or conjunct the
  parser hangs in it ("…, which Iran denies", "… and for attacks on ships") is not placed by the rest.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.place_attached_phrases import to_low_attached_ids
from dotterel.stages.place_protest_purposes import find_protested_ids
from dotterel.stages.place_uses import names_word
from dotterel.stages.scope import is_verb

__all__ = ["find_topic_ids"]

_CLAUSE_DEPS = ("acl", "relcl")


def find_topic_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of what the verb ``token`` is about, told inside its object or its purpose clause
    (see the module); for a noun trigger, only its sentence's "on"/"for" topic phrases."""
    if not is_verb(token):
        return find_topic_phrase_ids(token, words)
    objects = [c for c in token.children if c.dep_ == "dobj"]
    ids: set[int] = set()
    if token.lemma_.lower() in words.topic_object_verbs and not _is_withheld(token):
        ids |= {t.i for obj in objects for t in obj.subtree} - _occasion_ids(objects)
        ids |= _object_place_ids(token, objects, words) - _occasion_ids([token])
    ids |= find_protested_ids(token, words)  # "rally in Baghdad to protest a meeting in Bahrain"
    for purpose in _purpose_clauses(token, words):  # "met to discuss the situation in Libya"
        ids |= {t.i for t in purpose.subtree} - _occasion_ids([purpose])
    for obj in objects:
        if names_word(obj, words.content_nouns):
            ids |= {t.i for c in obj.children if c.dep_ in _CLAUSE_DEPS for t in c.subtree}
        if _is_summary(obj, words):
            ids |= {t.i for t in obj.subtree}
    return (ids | find_topic_phrase_ids(token, words)) - {token.i}


def find_topic_phrase_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of the "on"/"for" phrases of ``token``'s sentence whose object is a state of affairs
    (see the module), each with the phrases hung right after it; none that holds ``token``, but for a
    relative clause or a conjunct the parser hangs in it, the rest of the phrase ("…, which Iran denies")."""
    nouns = {"on": words.topic_on_nouns, "for": words.topic_for_nouns}
    ids: set[int] = set()
    table, sentence = to_doc_table(token.doc), token.sent  # the table: each token's dep_ and lower_
    for i in range(sentence.start, sentence.end):
        kinds = nouns.get(table.lowers[i]) if table.deps[i] == "prep" else None
        if not kinds:
            continue
        prep = token.doc[i]
        if not any(c.dep_ == "pobj" and names_word(c, kinds) for c in prep.children):
            continue
        phrase = to_low_attached_ids(prep, token.i)
        if token.i not in phrase:
            ids |= phrase
        else:  # "blames Iran for tensions in the Gulf, which Iran denies", "… and for attacks on ships"
            ids |= phrase - _own_part_ids(token, prep)
    return ids


def _own_part_ids(token: Any, prep: Any) -> set[int]:
    """The tokens of the widest relative clause or conjunct under ``prep`` that holds ``token`` ("…, which
    Iran denies", "… and for attacks on ships"): a part told on its own; all of ``prep``'s phrase if none."""
    own = {t.i for t in prep.subtree}
    for node in (token, *token.ancestors):
        if node.i == prep.i:
            return own
        if node.dep_ in ("relcl", "conj"):
            own = {t.i for t in node.subtree}
    return own


def _purpose_clauses(verb: Any, words: PlaceWords) -> list[Any]:
    """The to-infinitive clauses on ``verb`` whose verb is one of ``topic_object_verbs`` ("met last month to
    discuss training officers in Australia"): the act is done to talk about their object."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "advcl")
        and c.lemma_.lower() in words.topic_object_verbs | words.purpose_topic_verbs
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not _is_withheld(c)
    ]


def _object_place_ids(verb: Any, objects: list[Any], words: PlaceWords) -> set[int]:
    """The place phrases the parser hangs on a blaming or denying verb right after its object, with no comma
    ("blames Chinese influence in the Pacific": where the influence is): they describe the object. Not for a
    verb of talks ("discuss the budget in Brussels" is held there)."""
    if verb.lemma_.lower() in words.meeting_topic_verbs:
        return set()
    ids: set[int] = set()
    for obj in objects:
        nxt = obj.right_edge.i + 1
        prep = obj.doc[nxt] if nxt < len(obj.doc) else None
        if prep is not None and prep.dep_ == "prep" and prep.head.i == verb.i and prep.lower_ in ("in", "on"):
            ids |= to_low_attached_ids(prep)
    return ids


def _is_withheld(verb: Any) -> bool:
    """True for a verb that withholds a thing from someone ("is denied entry into Thailand", "denies the
    activist entry"): a passive with an object, or a second object; an act at the border, not a topic."""
    return any(c.dep_ in ("dative", "nsubjpass", "auxpass") for c in verb.children)


def _occasion_ids(objects: list[Any]) -> set[int]:
    """The "at" phrases the parser hangs on the object: the occasion the act was told at ("denies the reports
    at a news conference in Moscow")."""
    return {
        t.i
        for obj in objects
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "at"
        for t in c.subtree
    }


def _is_summary(noun: Any, words: PlaceWords) -> bool:
    """True for a summary noun right after a comma ("…, a move seen as …"): what the act amounts to."""
    if not names_word(noun, words.summary_nouns):
        return False
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text == ","
