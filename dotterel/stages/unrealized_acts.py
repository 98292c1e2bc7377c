"""Acts a plain clause tells as not done, with no modal auxiliary to mark them.

- an avoided act: the verb under "avoid", "evade", "dodge", "elude", "escape" ("withdrawing to avoid clashing
  with its ally", "faked illness to avoid being extradited"), or an act of justice that is their object
  ("fled abroad to avoid arrest", "in order to escape prosecution"): it did not happen (hypothetical); an
  event one avoids or flees is real ("pulls out to avoid a protest", "villagers flee the fighting"), and so is
  a state one escapes ("escapes house arrest");
- an act destined by a past "be to" ("the president was to visit Caracas"): arranged, not told as done
  (hypothetical); the present ("Afghanistan is to release prisoners", "shops are to be shut down") is left
  as it was: often a decision announced, which "will" would recode to a threat; "China is to blame" is no act;
- an act that is the purpose of a thing, the to-infinitive of a passive "intended", "meant" or "designed"
  ("a hunger strike that was intended to protest", "measures are meant to protect"): what the thing is for, no
  one's promise (hypothetical, not threatened as "intends to protest" is);
- an act asked for, the to-infinitive of a noun of request ("defying calls to cancel the deal"): requested,
  not done (hypothetical);
- an act awaited, the "of" of "ahead of" or "on the eve of" ("arrives in Hanoi ahead of the summit"): it is
  to come (hypothetical);
- an act one is ready or committed to, as a noun ("the Taliban are ready for talks", "committed to
  dialogue"), or threatened or offered as the "of" of someone's noun of commitment ("renews the threat of new
  tariffs", "an offer of talks"): a commitment, like "ready to talk" or "threatens to impose tariffs" (see
  :func:`is_promised`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.modality import ModalityWords
from dotterel.stages.onset_futures import is_phase_future, is_worked_for
from dotterel.stages.token_words import lemma_of
from dotterel.stages.unheld_acts import is_unheld

VERB_DEPS = frozenset({"xcomp", "pcomp"})
READINESS_PREPS = frozenset({"for", "to"})
CLAUSE_ACT_DEPS = frozenset({"dobj", "nsubjpass"})
IDIOMS = frozenset({"blame"})  # "China is to blame": responsible, no act to come
REQUESTED_DEPS = frozenset({"acl", "xcomp", "advcl"})  # "calls [to cancel]" as the parser hangs it
PURPOSE_PARTICIPLES = frozenset({"intend", "mean", "design"})  # "was intended to protest": a thing's purpose


def is_clause_act(token: Any, clause: Any, deps: frozenset[str] = CLAUSE_ACT_DEPS) -> bool:
    """True when the act is the clause's verb or its object, hung on it by one of ``deps`` ("to hold talks",
    "talks are to be held")."""
    return token.i == clause.i or (token.dep_ in deps and token.head.i == clause.i)


def is_avoided(token: Any, clause: Any, words: ModalityWords) -> bool:
    """True when the act is what its subject avoids or escapes (see the module doc)."""
    verbs = words.avoidance_verbs | words.escape_verbs
    if is_clause_act(token, clause) and clause.dep_ in VERB_DEPS and lemma_of(clause.head) in verbs:
        return True
    if token.dep_ != "dobj" or lemma_of(token.head) not in verbs or lemma_of(token) not in words.escaped_acts:
        return False
    avoided = lemma_of(token.head) in words.avoidance_verbs  # "to avoid house arrest": it did not happen
    return avoided or not any(c.dep_ == "compound" for c in token.children)  # "escapes house arrest": a state


def _destined_tense(clause: Any) -> str | None:
    """The tag of the bare "be" whose to-infinitive the clause is ("was to visit": VBD), else None; not "is
    set to", "is the second helicopter to be shot down" (a predicate) nor "is to blame"."""
    head = clause.head
    if clause.dep_ != "xcomp" or lemma_of(head) != "be" or head.i == clause.i or lemma_of(clause) in IDIOMS:
        return None
    if any(c.dep_ in {"attr", "acomp"} for c in head.children):
        return None
    return str(head.tag_) if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) else None


def is_awaited(token: Any, words: ModalityWords) -> bool:
    """True for the event noun of "ahead of" or "on the eve of": "ahead of the summit"."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "of":
        return False
    return lemma_of(prep.head) in words.anticipation_heads


def is_readied(token: Any, words: ModalityWords) -> bool:
    """True for the event noun of an adjective of readiness: "ready for talks", "committed to dialogue", or
    of openness with "to": "open to talks"."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in READINESS_PREPS:
        return False
    adjective, lemma = prep.head, lemma_of(prep.head)
    open_to = prep.lower_ == "to" and lemma in words.openness_adjectives
    return adjective.pos_ == "ADJ" and (lemma in words.commitment_heads or open_to)


def is_threatened_noun(token: Any, words: ModalityWords) -> bool:
    """True for the event noun of a noun of commitment's "of": "the threat of new tariffs", "an offer of
    talks" (as "threatens to impose tariffs", "offers to talk"). Not a participle: "mounted its
    long-threatened invasion" tells of the invasion done."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return False
    return lemma_of(prep.head) in words.commitment_heads and _is_made(prep.head)


def _is_made(noun: Any) -> bool:
    """True when the noun of commitment is someone's: the object of a verb ("renews the threat of"), with a
    possessive ("Trump's threat of") or an agent ("threats of prosecution by the prosecutor's office"); not a
    risk no one voices ("the threat of a terrorist attack remains high")."""
    if noun.dep_ == "dobj" or any(c.dep_ == "poss" for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "by" for t in noun.subtree for c in t.children)


def is_promised(token: Any, clause: Any, words: ModalityWords) -> bool:
    """True for an act one is ready, committed or threatened to do, as a noun: "ready for talks" (as "ready to
    talk"), "renews the threat of new tariffs" (as "threatens to impose tariffs"), or one whose start is
    future: "will start to receive complaints" (:mod:`.onset_futures`)."""
    begun = is_phase_future(clause, words)
    return begun or is_readied(token, words) or is_threatened_noun(token, words)


def is_purpose(token: Any, clause: Any) -> bool:
    """True when the act is the to-infinitive of a passive participle of purpose: "was meant to protest"."""
    head = clause.head
    purpose = lemma_of(head) in PURPOSE_PARTICIPLES
    if not is_clause_act(token, clause) or clause.dep_ != "xcomp" or not purpose:
        return False
    return head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children)


def is_requested(token: Any, clause: Any, words: ModalityWords) -> bool:
    """True when the act is the to-infinitive right after a noun of request, "calls to cancel the deal":
    hung on the noun, on that word read as a verb ("U.S. and NATO [calls] to cancel"), or on the verb whose
    object the noun is ("renews its calls [to boycott]" parsed as the verb's purpose)."""
    if not is_clause_act(token, clause) or clause.dep_ not in REQUESTED_DEPS:
        return False
    to = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    noun = clause.doc[to.i - 1] if to is not None and to.i > clause.sent.start else None
    if noun is None or lemma_of(noun) not in words.request_nouns:
        return False
    return clause.head.i == noun.i or (noun.dep_ == "dobj" and noun.head.i == clause.head.i)


def is_unrealized(token: Any, clause: Any, words: ModalityWords) -> bool:
    """True when the act is avoided, destined by a past "be to", a thing's purpose, awaited, asked for
    (hypothetical; module doc), called off, applied for, arranged or a prospect's gerund
    (:mod:`.unheld_acts`)."""
    destined = is_clause_act(token, clause) and _destined_tense(clause) == "VBD"
    purpose = is_purpose(token, clause) or is_requested(token, clause, words)
    unheld = is_unheld(token, clause, words)
    aimed = is_worked_for(token, words) or is_avoided(token, clause, words)  # "is working to restore ties"
    return destined or purpose or unheld or aimed or is_awaited(token, words)
