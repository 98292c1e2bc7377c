"""Acts that are no political event: bans that ban no one, withdrawals from a contest, empty promises.

Bans that ban no one: "announces a ban on assault-style weapons", "will ban the animal fur trade".

NGEC COERCE/ban is "Ban individuals or organizations"; banning a political activity (protests, gatherings,
a party's rallies) restricts political freedoms (COERCE). A ban on goods, a trade or a sale is regulation,
not an act of one actor on another: no event. The banned thing is the ban verb's direct object (or the
subject of a passive ban: "the sale of petrol cars will be banned") or the object of the ban noun's "on".
A banned actor (a mention, a name, a pronoun) or one of ``ban_objects`` in ``constructions.yaml`` keeps the
event; a ban whose object cannot be found is kept too (we do not know what it bans).

Withdrawals from a contest: "Ukraine withdraws from the Eurovision Song Contest", "the champion pulled out
of the tournament", "the senator withdrew from the presidential race". NGEC RETREAT is a material concession
(troops leaving a position, an actor leaving a treaty is SANCTION); leaving a contest concedes nothing to
anyone. The nouns are ``contest_nouns`` in ``constructions.yaml``.

Promises of nothing: "the prime minister was sworn in", "protesters swore at the police". A promise verb of
``content_promise_verbs`` promises only with a to-infinitive, a clause or an object ("swore to fight on",
"swore allegiance"): without one it is no event.

Trials of a product: "Moderna will start a clinical trial", "AstraZeneca resumes its vaccine trials". A trial
told as beginning is a legal accusation only when someone is tried; a "trial" whose modifier or "of" object
is one of ``product_test_words`` (``constructions.yaml``) tests a medicine and is no event.

Wars on no one: "a vaccination campaign against COVID-19", "the war on poverty", "a campaign against
corruption". A war or campaign is an attack only on an enemy; a disease or a social ill (``non_enemies``) is
none.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.constructions import ConstructionWords
from dotterel.knowledge.lexicon import Pattern
from dotterel.model import Mention
from dotterel.stages.borrowed_doers import is_borrowed_doer_act
from dotterel.stages.roles import MentionIndex, find_direct_object, find_prep_objects, find_subject
from dotterel.stages.treaty_terms import is_treaty_term
from dotterel.stages.triggers import Trigger
from dotterel.stages.warning_comments import is_no_threat_warning

BAN_MODE = "ban"
NOUN_BAN_PREPS = ("on", "against")
WITHDRAWAL = ("RETREAT", "withdraw")
LEFT_PREPS = ("from",)
ACCUSE = "ACCUSE"
TEST_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# What a promise verb promises: "swore [to fight]", "vowed [that ...]", "swore [allegiance]".
PROMISE_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "obj"})


def is_no_political_event(trigger: Trigger, index: MentionIndex | None, words: ConstructionWords) -> bool:
    """True for a ban of things (:func:`is_ban_of_things`), a withdrawal from a contest
    (:func:`is_contest_withdrawal`), a war on no one (:func:`is_war_on_no_one`) or a promise of nothing
    (:func:`is_empty_promise`), or a warning that threatens no one (:mod:`.warning_comments`)."""
    return (
        is_ban_of_things(trigger, index, words)
        or is_contest_withdrawal(trigger, words)
        or is_war_on_no_one(trigger, words)
        or is_product_test(trigger, words)
        or is_empty_promise(trigger, words)
        or is_no_threat_warning(trigger, words)  # "a travel warning", "warns that X could collapse"
        or is_treaty_term(trigger, words)  # "the treaty banning tests" (treaty_terms)
    )


def is_product_test(trigger: Trigger, words: ConstructionWords) -> bool:
    """True for a legal accusation told by a trial noun that tests a product: "a clinical [trial]", "vaccine
    [trials]", "a [trial] of an experimental drug" (a modifier or the "of" object's head, or its modifier)."""
    is_trial = trigger.is_nominal and _lower_lemma(trigger.token) in words.trial_nouns
    if not is_trial or trigger.pattern.type != ACCUSE:
        return False
    tested = find_prep_objects(trigger.token, ("of",))
    near = [c for t in [trigger.token, *tested] for c in t.children if c.dep_ in TEST_MODIFIER_DEPS]
    return any(_lower_lemma(t) in words.product_test_words for t in [*tested, *near])


def is_empty_promise(trigger: Trigger, words: ConstructionWords) -> bool:
    """True for a promise verb of ``content_promise_verbs`` that promises nothing: no to-infinitive or clause,
    no object ("was sworn in", "swore at the police")."""
    token = trigger.token
    if trigger.is_nominal or _lower_lemma(token) not in words.content_promise_verbs:
        return False
    return not any(_is_promise_content(child) for child in token.children)


def _is_promise_content(child: Any) -> bool:
    if child.dep_ == "advcl":  # "has sworn [to fight] until ...", which the parser makes an adverbial
        return any(g.dep_ == "aux" and g.tag_ == "TO" for g in child.children)
    return child.dep_ in PROMISE_CONTENT_DEPS


def is_war_on_no_one(trigger: Trigger, words: ConstructionWords) -> bool:
    """True for an attack pattern that needs its enemy in a preposition ("war on", "campaign against") when
    that enemy is a disease or a social ill: "a vaccination campaign against COVID-19"."""
    if trigger.pattern.type != "ASSAULT" or not trigger.pattern.requires_prep:
        return False
    enemies = find_prep_objects(trigger.token, trigger.pattern.requires_prep)
    return bool(enemies) and all(_lower_lemma(enemy) in words.non_enemies for enemy in enemies)


def _lower_lemma(token: Any) -> str:
    return str(token.lemma_).lower()


def is_contest_withdrawal(trigger: Trigger, words: ConstructionWords) -> bool:
    """True for a withdrawal whose "from" / "out of" object is a contest: "withdrew from the race"."""
    if (trigger.pattern.type, trigger.pattern.mode) != WITHDRAWAL:
        return False
    left = find_prep_objects(trigger.token, LEFT_PREPS)
    return any(str(place.lemma_).lower() in words.contest_nouns for place in left)


def is_ban_of_things(trigger: Trigger, index: MentionIndex | None, words: ConstructionWords) -> bool:
    """True for a ban (mode ``ban``) whose banned object is neither an actor nor a political activity."""
    if trigger.pattern.mode != BAN_MODE or index is None:
        return False
    banned = find_banned(trigger)
    if banned is None or _is_actor(banned, index):
        return False
    return not _is_political_activity(banned, words)


def _is_actor(banned: Any, index: MentionIndex) -> bool:
    """True for a banned name, pronoun or actor mention, or a thing an actor owns ("Navalny's foundation")."""
    owners = [c for c in banned.children if c.dep_ == "poss"]
    return any(
        token.pos_ in {"PRON", "PROPN"} or index.resolve_phrase(token) is not None
        for token in [banned, *owners]
    )


def find_banned(trigger: Trigger) -> Any | None:
    """Return the head of what the ban bans: "banned [gatherings]", "[the sale] was banned", "a ban on
    [weapons]"; None when the sentence does not say."""
    token = trigger.token
    if trigger.is_nominal:
        objects = find_prep_objects(token, NOUN_BAN_PREPS)
        return objects[0] if objects else None
    subject, passive = find_subject(token)
    return subject if passive else find_direct_object(token)


def _is_political_activity(banned: Any, words: ConstructionWords) -> bool:
    """True when the banned head, one of its conjuncts ("bans all permit holders and [visitors]"), or the
    noun its "of" phrase names ("gatherings of fifty people", "rallies of the opposition"), is a political
    activity or a group of people."""
    heads = [
        banned,
        *banned.conjuncts,
        *(g for c in banned.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children),
    ]
    return any(str(head.lemma_).lower() in words.ban_objects for head in heads)


def is_issued_measure(pattern: Pattern, measure_modes: frozenset[str]) -> bool:
    """True for a government measure, whose announcer issues it when its clause names no source: a pattern of
    one of ``measure_modes`` ("a curfew will be imposed, the governor said") or one marked ``issued_measure``
    ("the premier announced that gyms will be reopened")."""
    return pattern.mode in measure_modes or pattern.issued_measure


def is_unsourced_measure(trigger: Trigger, source: Mention | None) -> bool:
    """True for a pattern with ``requires_source_sectors`` whose event has no source of those sectors: "Iran
    suspends flights to the UK" is a state's travel restriction, "the airline suspends flights to Bali" (or
    flights suspended by no one named) is none. Nor is the owner of the subject its source: in "Canada's
    largest airline suspends flights" the airline acts, not Canada. Nor is a doer borrowed from another
    clause by a gerund after a preposition its source (:mod:`.borrowed_doers`)."""
    sectors = trigger.pattern.requires_source_sectors
    if not sectors:
        return False
    if is_borrowed_doer_act(trigger):
        return True
    if source is None or source.actor.sector not in sectors:
        return True
    subject, _ = find_subject(trigger.clause) if trigger.clause is not None else (None, False)
    owners = [c for c in subject.children if c.dep_ == "poss"] if subject is not None else []
    return any(o.idx <= source.span.start and source.span.end <= o.idx + len(o.text) for o in owners)
