"""The doer of an act told as an announced plan: "The United States announces plans to impose tariffs".

The parser hangs the infinitive on the plan noun (``acl``), and the subject search took the noun "plans" for
the act's subject, which names no actor: the act lost its source, and with no target either the informative
stage dropped it. A plan noun with no owner of its own, the object of an announcing verb (``roles.yaml``:
``plan_nouns``, ``plan_announcing_verbs``), is the announcer's plan: the announcer is the subject of the act.
"The EU rejects Washington's plans to impose tariffs" (an owned plan) and "criticises plans to close the
border" (no announcing verb) keep no such subject.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.wordlists import load_role_words

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def find_plan_announcer(verb: Any) -> Any | None:
    """The subject of the verb that announces the owner-less plan noun whose infinitive ``verb`` is; None when
    ``verb`` is no such infinitive, the plan has an owner, or its verb is no announcing verb or is passive."""
    words = load_role_words()
    plan = verb.head
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if str(plan.lemma_).lower() not in words["plan_nouns"] or plan.dep_ not in {"dobj", "obj"}:
        return None
    if any(c.dep_ in OWNER_DEPS and c.pos_ in {"PROPN", "PRON", "NOUN"} for c in plan.children):
        return None  # "Washington's plans", "government plans", "US plans"
    announcing = plan.head
    if str(announcing.lemma_).lower() not in words["plan_announcing_verbs"]:
        return None
    subjects = [c for c in announcing.children if c.dep_ in SUBJECT_DEPS]
    return subjects[0] if subjects and subjects[0].dep_ == "nsubj" else None
