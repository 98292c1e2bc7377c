"""Events nested in other events of one sentence: one happening told twice, an act's purpose, its content.

Used by the events stage before it codes a trigger on its own (``fold_nested``, ``find_content_host``):

- a harm told twice is one event: a harm verb and its consequence participle ("militiamen attacked a camp,
  killing 156 people"), a harm act and its purpose ("police opened fire to disperse the crowd"), a harm verb
  and the event noun of its circumstance ("wounded two soldiers in a bomb attack", "were killed in an attack
  by rebels"), a harm with no doer and the riot it happened in ("24 people were killed in riots"), a harm
  noun and the relative clause that retells it ("an attack in Nangade District, which killed seven"). The
  folded event keeps the host's trigger; the more severe, then the more specific, CAMEO code of the two
  wins; each lends the other the actors it lacks;
- an act told again by a participle or purpose of the same type is the same act: "condemned the attack,
  accusing Israel of war crimes", "the ministers met in Geneva to hold talks";
- a demand that is the purpose of a protest or a coercive act ("staged demonstrations to demand reforms",
  "rallied outside parliament calling for his resignation", "seized three engineers, demanding a ransom")
  is the aim of that act, not an event of its own: the act takes the demand's target when it has none;
- the content of a verbal event is part of it: "threatened to retaliate", "accused India of violating the
  truce", "rejected a US offer to host a summit to hammer out an agreement", and so is the cooperative
  content of a verbal event noun: "its demand that Israel ease restrictions". A denial is the exception:
  what is denied stays an event, with modality denied.

The modality an act takes from the word it hangs under (``is_alleged``, ``is_errand_purpose``, used by the
modality stage) moved to :mod:`dotterel.stages.nested_modalities`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any, Protocol

from dotterel.knowledge.lexicon import Pattern
from dotterel.model import Action, Mention
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.purpose_instruments import is_instrument_purpose
from dotterel.stages.scope import SUBJECT_DEPS
from dotterel.stages.triggers import Trigger
from dotterel.stages.undone_events import find_host_subject

VERBAL_QUAD_CLASSES = frozenset({1, 3})
COOPERATIVE_QUAD_CLASSES = frozenset({1, 2})
DENIAL_CODES = frozenset({"016"})
# How an event's words hang under a verbal event that contains it: to-infinitive, that-clause, the object
# phrase and its prepositions ("urged an end to the fighting", "rejected an offer to host a summit").
FOLD_PATH_DEPS = frozenset({"xcomp", "ccomp", "acl", "dobj", "pobj", "prep", "pcomp"})
MAX_FOLD_DEPTH = 5
DEMAND_TYPES = frozenset({"REQUEST"})
# Acts done to press a demand: a march, a hunger strike, a blockade, a kidnapping.
DEMANDING_TYPES = frozenset({"PROTEST", "COERCE"})
ADJUNCT_HOPS = 3
# Between a participle and the act it serves: "joining thousands of demonstrators in demanding a vote".
PHRASE_DEPS = frozenset({"prep", "pcomp"})
# Violent protest (CAMEO 145 and its sub-codes): a riot.
RIOT_CODE = "145"
# The setting of an event: "met [at] a lunch hosted by the ambassador", "spoke [during] talks held in Doha".
SETTING_PREPS = frozenset({"at", "during"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
# An ordinal description of an actor restates its act: "the first delegation to visit Bucharest".
ORDINAL_WORDS = frozenset({"first", "second", "third", "last", "latest", "only", "sole"})
# Relative pronouns that stand for an event noun ("an attack …, which killed seven"), not for a person.
RELATIVE_EVENT_PRONOUNS = frozenset({"which", "that"})
# What the parser sometimes makes of a participle after a comma: the subject of the next clause.
MISPARSED_PARTICIPLE_DEPS = frozenset({"csubj"})


class HasRoles(Protocol):
    """The actors of one trigger (the events stage's role holder)."""

    source: Mention | None
    target: Mention | None


def has_own_subject(verb: Any) -> bool:
    """True when the verb has a subject of its own (then its clause is not an adjunct of another)."""
    return any(child.dep_ in SUBJECT_DEPS for child in verb.children)


def is_purpose_clause(verb: Any) -> bool:
    """True for a to-infinitive of purpose: "sent troops to Bosnia [to investigate]", "met [to discuss]"."""
    if (verb.dep_ != "advcl" and not is_instrument_purpose(verb)) or has_own_subject(verb):
        return False
    marked = any(child.dep_ == "mark" for child in verb.children)
    return not marked and any(child.dep_ == "aux" and child.tag_ == "TO" for child in verb.children)


def is_participle_adjunct(verb: Any) -> bool:
    """True for an -ing participle after the clause it comments on: "attacked a camp, [killing] 156"."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl"} or has_own_subject(verb):
        return False
    return not any(child.dep_ == "mark" for child in verb.children)


def find_adjunct_host(trigger: Trigger, hosts: Callable[[int], Trigger | None]) -> Trigger | None:
    """Return the trigger whose act this one is a participle or purpose adjunct of, or None.

    The walk climbs from the trigger's clause verb through the prepositions between a participle and its
    complement ("joining demonstrators [in demanding] a vote") up to ``ADJUNCT_HOPS`` steps; only a
    participle or a purpose infinitive attaches to the host.
    """
    node = trigger.clause if trigger.clause is not None else trigger.token
    verb = resolve_comma_participle_host(node)
    if verb is not None:
        host = hosts(verb.i)
        return host if host is not None and host is not trigger else None
    for _ in range(ADJUNCT_HOPS):
        adjunct = is_participle_adjunct(node) or is_purpose_clause(node)
        if (not adjunct and node.dep_ not in PHRASE_DEPS) or node.head.i == node.i:
            return None
        node = node.head
        host = hosts(node.i) if adjunct else None
        if host is not None and host is not trigger:
            return host
    return None


def resolve_comma_participle_host(verb: Any) -> Any | None:
    """Return the verb a comma participle comments on when the parser made it the subject of a later clause,
    or None: "Serbia lodged a protest with Albania, [charging] its neighbour with supporting dissidents in
    what was tantamount to ..." (a participle after a comma is no clausal subject)."""
    if verb.tag_ != "VBG" or verb.dep_ not in MISPARSED_PARTICIPLE_DEPS or has_own_subject(verb):
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].lower_ != ",":
        return None
    node = verb.head
    for _ in range(ADJUNCT_HOPS):
        if node.i < verb.i and node.pos_ in {"VERB", "AUX"}:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def find_circumstance_host(
    trigger: Trigger, hosts: Callable[[int], Trigger | None], preps: frozenset[str]
) -> Trigger | None:
    """Return the harm verb whose circumstance this event noun is: "wounded two soldiers [in] a bomb attack",
    "were killed [in] an attack by rebels", "died [during] clashes"."""
    token = trigger.token
    if not trigger.is_nominal or token.dep_ != "pobj" or token.head.lower_ not in preps:
        return None
    host = hosts(token.head.head.i)
    return host if host is not None and not host.is_nominal else None


def find_setting_host(trigger: Trigger, hosts: Callable[[int], Trigger | None]) -> Trigger | None:
    """Return the trigger whose setting this participle describes, or None: "held their first meeting with
    Obama [at] a lunch [hosted] by the ambassador" (the lunch is where the meeting took place)."""
    verb = trigger.token
    if trigger.is_nominal or verb.dep_ != "acl" or verb.tag_ not in PARTICIPLE_TAGS:
        return None
    noun = verb.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in SETTING_PREPS:
        return None
    host = hosts(noun.head.head.i)
    return host if host is not None and host is not trigger else None


def find_ordinal_host(trigger: Trigger, hosts: Callable[[int], Trigger | None]) -> Trigger | None:
    """Return the trigger this act restates through an ordinal description of its actor, or None: "Fabius held
    talks in Bucharest, the first Western delegation [to visit] Romania since the revolution", "the last
    country to sign the treaty"."""
    verb = trigger.clause if trigger.clause is not None else trigger.token
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    if verb.dep_ not in {"relcl", "acl"} or not infinitive:
        return None
    if not any(c.dep_ == "amod" and c.lower_ in ORDINAL_WORDS for c in verb.head.children):
        return None
    node = verb.head
    for _ in range(ADJUNCT_HOPS):
        if node.head.i == node.i:
            return None
        node = node.head
        host = hosts(node.i)
        if host is not None and host is not trigger:
            return host
    return None


def find_relative_host(trigger: Trigger, hosts: Callable[[int], Trigger | None]) -> Trigger | None:
    """Return the harm noun a relative clause retells, or None: "a Wednesday attack in Nangade District,
    [which killed] seven people" (the parser may hang the clause on the last noun of the attack's place
    phrase); not "the man who killed them" (a person, not an event) nor a clause with its own agent."""
    verb = trigger.clause if trigger.clause is not None else trigger.token
    if trigger.is_nominal or verb.dep_ != "relcl" or trigger.pattern.type not in HARM_TYPES:
        return None
    relative = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(relative) != 1 or relative[0].lower_ not in RELATIVE_EVENT_PRONOUNS:
        return None
    node = verb.head
    for _ in range(2 * ADJUNCT_HOPS):  # "an attack [on] a base [in] Borno, which killed seven"
        host = hosts(node.i)
        if host is not None and host is not trigger and host.token.i == node.i:  # the noun's own phrase
            return host if host.is_nominal and host.pattern.type in HARM_TYPES else None
        if node.dep_ not in {"pobj", "prep", "appos"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def is_riot_toll(riot: Trigger, harm: Trigger) -> bool:
    """True when a harm with no doer of its own is the toll of the riot it happened in: "24 people were killed
    [in] nationalist riots" is one happening; "police killed three protesters during riots" is two."""
    if not riot.pattern.cameo.startswith(RIOT_CODE) or harm.pattern.type not in HARM_TYPES:
        return False
    verb = harm.clause if harm.clause is not None else harm.token
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    return passive and not any(c.dep_ == "agent" for c in verb.children)


def find_nested(triggers: Iterable[Trigger], preps: frozenset[str]) -> dict[int, Trigger]:
    """Return, by token index, the triggers that are part of another trigger's event, with that host.

    Args:
        triggers: the sentence's triggers.
        preps: prepositions of a harm's circumstance ("in", "during").
    """
    listed = list(triggers)
    by_token = {t.token.i: t for t in listed}
    by_clause = {t.clause.i: t for t in listed if t.clause is not None}
    by_holder = {t.token.head.head.i: t for t in listed if t.is_nominal and t.token.dep_ == "pobj"}

    def hosts(i: int) -> Trigger | None:  # the trigger, its light verb, the verb of "went [on strike]"
        return by_token.get(i) or by_clause.get(i) or by_holder.get(i)

    nested: dict[int, Trigger] = {}
    for trigger in listed:
        host = _nesting_host(trigger, hosts, preps)
        if host is not None:
            nested[trigger.token.i] = host
    return {i: _outermost(host, nested) for i, host in nested.items()}


def _nesting_host(trigger: Trigger, hosts: Callable[[int], Trigger | None], preps: Any) -> Trigger | None:
    inner = trigger.pattern.type
    circumstance = find_circumstance_host(trigger, hosts, preps)
    if circumstance is not None and inner in HARM_TYPES and circumstance.pattern.type == inner:
        return circumstance
    if circumstance is not None and is_riot_toll(trigger, circumstance):
        return circumstance
    setting = find_setting_host(trigger, hosts) or find_ordinal_host(trigger, hosts)
    if setting is not None and setting.pattern.type == inner:
        return setting
    retold = find_relative_host(trigger, hosts)
    if retold is not None:
        return retold
    host = find_adjunct_host(trigger, hosts)
    if host is None:
        return None
    if inner == host.pattern.type or (inner in HARM_TYPES and host.pattern.type in HARM_TYPES):
        return host
    return host if inner in DEMAND_TYPES and host.pattern.type in DEMANDING_TYPES else None


def _outermost(host: Trigger, nested: dict[int, Trigger]) -> Trigger:
    seen = {host.token.i}
    while host.token.i in nested and nested[host.token.i].token.i not in seen:
        host = nested[host.token.i]
        seen.add(host.token.i)
    return host


def to_retold_pattern(host: Trigger, inner: Trigger, to_action: Callable[[str], Action]) -> Pattern:
    """The pattern of a harm told twice: the more severe (lower Goldstein), then the more specific code."""
    if inner.pattern.type not in HARM_TYPES or host.pattern.type not in HARM_TYPES:
        return host.pattern

    def rank(pattern: Pattern) -> tuple[float, int]:
        return (to_action(pattern.cameo).goldstein, -code_specificity(pattern.cameo))

    return inner.pattern if rank(inner.pattern) < rank(host.pattern) else host.pattern


def code_specificity(cameo: str) -> int:
    """How specific a CAMEO code is: 0 for a root or its generic code ("19", "190"), else its length."""
    return 0 if len(cameo) <= 2 or (len(cameo) == 3 and cameo.endswith("0")) else len(cameo)


def fold_nested(
    triggers: list[Trigger],
    roles: Mapping[int, HasRoles],
    to_action: Callable[[str], Action],
    preps: frozenset[str],
) -> tuple[list[Trigger], frozenset[int]]:
    """Fold nested triggers into their hosts (see the module docstring).

    A host takes the actors its nested triggers have and it lacks (``roles`` is updated in place), and a harm
    told twice takes the winning pattern of the two. Returns every trigger (hosts with their new pattern)
    and the token indices of the nested ones, which are not events of their own but may still hold the
    content of an event ("rallied, calling for his resignation").
    """
    nested = find_nested(triggers, preps)
    patterns: dict[int, Pattern] = {}
    for i, host in nested.items():
        inner = next(t for t in triggers if t.token.i == i)
        current = replace(host, pattern=patterns.get(host.token.i, host.pattern))
        patterns[host.token.i] = to_retold_pattern(current, inner, to_action)
        fill_roles(roles[host.token.i], roles[i])
    folded = [replace(t, pattern=patterns[t.token.i]) if t.token.i in patterns else t for t in triggers]
    return folded, frozenset(nested)


def fill_roles(host: HasRoles, inner: HasRoles) -> None:
    """Give the host the source and target it lacks from the nested trigger (never its source as target)."""
    if host.source is None and inner.source is not None and inner.source != host.target:
        host.source = inner.source
    if host.target is None and inner.target is not None and inner.target != host.source:
        host.target = inner.target


def resolve_object_noun_host(clause: Any, by_token: Mapping[int, Trigger]) -> Trigger | None:
    """Return the event noun a that-clause belongs to when the parser hangs the clause on the noun's verb:
    "reiterated its demand today [that Israel ease restrictions]", or None."""
    if clause.dep_ != "ccomp" or clause.head.i in by_token:
        return None
    obj = next((c for c in clause.head.children if c.dep_ in {"dobj", "obj"}), None)
    host = by_token.get(obj.i) if obj is not None else None
    return host if host is not None and host.is_nominal else None


def to_content_target(inner: Trigger, inner_roles: HasRoles) -> Mention | None:
    """The target a verbal event takes from its content: the subject of a that-clause with its own subject
    ("its demand that Israel ease restrictions" -> Israel), else the content's own target ("threatened to
    retaliate against Iran" -> Iran)."""
    clause = inner.clause if inner.clause is not None else inner.token
    if has_own_subject(clause) and inner_roles.source is not None:
        return inner_roles.source
    return inner_roles.target


def find_content_host(
    trigger: Trigger, by_token: Mapping[int, Trigger], to_action: Callable[[str], Action]
) -> Trigger | None:
    """Return the trigger this one folds into as its content (or as the verb of its subject noun), or None.

    A verb whose subject is an event noun belongs to the noun ("the strikes killed 25 fighters"); otherwise
    the walk climbs the content path (to-infinitives, that-clauses, purpose infinitives, object phrases) to
    the first verbal event verb, or to a verbal event noun when the content is cooperative.
    """
    if trigger.clause is not None and trigger.clause.i == trigger.token.i:
        subject = find_host_subject(trigger)  # not a passive subject the verb undoes: "charges were dropped"
        if subject is not None and subject.i in by_token and by_token[subject.i].is_nominal:
            return by_token[subject.i]
    node = trigger.clause if trigger.clause is not None else trigger.token
    for _ in range(MAX_FOLD_DEPTH):
        if not (node.dep_ in FOLD_PATH_DEPS or is_purpose_clause(node)) or node.head.i == node.i:
            return None
        previous, node = node, node.head
        host = by_token.get(node.i) or resolve_object_noun_host(previous, by_token)
        if host is None or host is trigger:
            continue
        action = to_action(host.pattern.cameo)
        verbal = action.quad_class in VERBAL_QUAD_CLASSES and action.cameo not in DENIAL_CODES
        if not host.is_nominal:  # "receives a sentence" (undergoer_subject) takes no content clause
            unsaid = host.pattern.undergoer_subject and previous.dep_ == "ccomp"
            return host if verbal and not unsaid else None
        if verbal and to_action(trigger.pattern.cameo).quad_class in COOPERATIVE_QUAD_CLASSES:
            return host  # "its demand that Israel ease restrictions", not "an inquiry into the bombing"
    return None
