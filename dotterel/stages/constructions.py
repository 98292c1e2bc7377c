"""Events told by a construction rather than by one trigger word (see docs/codebook.md, "Constructions").

Nominalisations ("a suspension of air links") are read by :func:`dotterel.stages.triggers.find_triggers`;
this module adds reported demands and orders, the joint reading of exercises, and tells which acts are only
permitted or demanded (not asserted).

Reported demand: "X said/concluded/insisted (that) Y must/should/has to/needs to Z" is a demand by X on Y
(PLOVER REQUEST, CAMEO 100), as "X demanded that Y Z" is. The report verb becomes a REQUEST trigger; the
complement's own trigger (Z) is then the content of that demand (the events stage folds it through
:func:`dotterel.stages.nesting.find_content_host`, as it folds "urged Y to Z"), not an event asserted of Y.
Not a demand: Y is the speaker's own side ("Turkish officials said Turkey must defend its border"), Y is a
pronoun (often the speaker: "the rebels said they must defend themselves"), Y is no actor ("said the economy
must grow"), the clause is passive ("said aid should be delivered"), or it is a question or condition.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from dotterel.knowledge.constructions import ConstructionWords
from dotterel.knowledge.lexicon import Lexicon, Pattern
from dotterel.model import Mention, Span
from dotterel.stages.doc_tables import to_doc_table, to_token_range
from dotterel.stages.expulsion_orders import to_expulsion_orders
from dotterel.stages.motive_phrases import is_medical_attack, is_motive_phrase
from dotterel.stages.named_undergoers import to_declaring_clause
from dotterel.stages.non_events import is_no_political_event
from dotterel.stages.own_withdrawals import to_own_reading
from dotterel.stages.placements import find_placed_states, find_placements
from dotterel.stages.roles import MentionIndex, find_direct_object, find_prep_objects, find_subject
from dotterel.stages.scope import VERB_POS
from dotterel.stages.title_lines import is_title_line
from dotterel.stages.token_words import lemma_of
from dotterel.stages.triggers import Trigger, find_triggers

DEMAND_PATTERN_ID = "verbs.request-demand.v1"
REPORTED_DEMAND_RULE = "verbs.request-reported-demand.v1"
ORDER_RULE = "verbs.request-order.v1"
COMPLEMENT_DEPS = frozenset({"ccomp"})
COURT_SECTOR = "JUD"


def to_reported_demand_pattern(demand: Pattern | None) -> Pattern | None:
    """The lexicon's plain demand pattern (REQUEST 100, ``DEMAND_PATTERN_ID``) under the reported-demand
    rule id; None when a user lexicon took that pattern away."""
    return demand.model_copy(update={"id": REPORTED_DEMAND_RULE}) if demand is not None else None


def find_sentence_triggers(
    tokens: Any,
    lexicon: Lexicon,
    index: MentionIndex,
    words: ConstructionWords,
    demand: Pattern | None,
) -> list[Trigger]:
    """The sentence's lexicon triggers (nominalisations read as their verbs, states placed under read on the
    placing verb: :mod:`dotterel.stages.placements`), then its reported demands (``demand`` is the pattern
    they take, :func:`to_reported_demand_pattern`; None codes none)."""
    if is_title_line(tokens):  # "Withdrawal of U.S. troops from Iraq (2020)": a topic, no report
        return []
    found = find_triggers(tokens, lexicon, words.nominalizations)
    triggers = [to_own_reading(to_declaring_clause(t), lexicon, words) for t in found]
    verbs = find_verbs(tokens)  # what the construction finders below look at
    placed = find_placements(verbs, lexicon, words)  # "placed X under house arrest": the verb codes it
    states = {s.i for t in placed for s in find_placed_states(t.token, words)}
    triggers = [
        t for t in triggers if t.token.i not in states and t.token.i not in {p.token.i for p in placed}
    ]
    triggers += placed
    if demand is not None:  # "X said Y must Z": X's demand, with Z its content
        triggers += find_reported_demands(verbs, {t.token.i: t for t in triggers}, index, words, demand)
        order = demand.model_copy(update={"id": ORDER_RULE})
        triggers += find_orders(verbs, {t.token.i: t for t in triggers}, index, words, order)
    return to_expulsion_orders(triggers, verbs, lexicon, words.order_verbs)  # "orders X to leave the country"


def find_verbs(tokens: Any) -> list[Any]:
    """Return the tokens tagged ``VERB`` of a ``Span`` or ``Doc`` (read from its table), in text order."""
    found = to_token_range(tokens)
    if found is None:
        return [token for token in tokens if token.pos_ == "VERB"]
    doc, indices = found
    pos = to_doc_table(doc).pos
    return [doc[i] for i in indices if pos[i] == "VERB"]


def find_orders(
    tokens: Any,
    by_token: Mapping[int, Trigger],
    index: MentionIndex,
    words: ConstructionWords,
    pattern: Pattern,
) -> list[Trigger]:
    """Return a REQUEST trigger on each order verb whose ordered act is no trigger: "a judge ordered the
    former president to appear for questioning" (the order is the event), not "ordered troops to withdraw"
    (the withdrawal is)."""
    found: list[Trigger] = []
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.i in by_token or lemma_of(verb) not in words.order_verbs:
            continue
        issuer, passive = find_subject(verb)
        acts = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and _is_to_infinitive(c)]
        ordered = find_direct_object(verb) or next((find_subject(a)[0] for a in acts), None)
        if issuer is None or passive or len(acts) != 1 or ordered is None or ordered.pos_ == "PRON":
            continue
        coded = any(acts[0].i in {t.token.i, getattr(t.clause, "i", -1)} for t in by_token.values())
        if coded or index.resolve_phrase(ordered) is None:  # the act is an event: "ordered troops to attack"
            continue
        found.append(Trigger(verb, verb, pattern, Span(verb.idx, verb.idx + len(verb.text))))
    return found


def to_joint_reading(
    trigger: Trigger, source: Mention | None, index: MentionIndex, lexicon: Lexicon, words: ConstructionWords
) -> Trigger:
    """The joint reading of an act whose coordinated source names two or more countries: "French and
    Egyptian warships launched war games" is a joint exercise (COOPERATE), not a show of force."""
    joint = words.joint_readings.get(trigger.pattern.id)
    if joint is None or source is None:
        return trigger
    countries = {m.actor.country for m in index.find_coordinated(trigger.token.doc, source)} - {None}
    pattern = lexicon.resolve_pattern(joint) if len(countries) > 1 else None
    return replace(trigger, pattern=pattern) if pattern is not None else trigger


def find_reported_demands(
    tokens: Any,
    by_token: Mapping[int, Trigger],
    index: MentionIndex,
    words: ConstructionWords,
    pattern: Pattern,
) -> list[Trigger]:
    """Return a REQUEST trigger on each report verb whose complement states an obligation of another actor.

    ``by_token`` holds the sentence's lexicon triggers: a report verb that is already a trigger ("declared a
    ceasefire") is left alone.
    """
    found: list[Trigger] = []
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.i in by_token or lemma_of(verb) not in words.report_verbs:
            continue
        speaker, passive = find_subject(verb)
        if speaker is None or passive:
            continue
        for obliged in _find_obligation_subjects(verb, words):
            if _is_other_actor(obliged, speaker, index):
                found.append(Trigger(verb, verb, pattern, Span(verb.idx, verb.idx + len(verb.text))))
                break
    return found


def is_unasserted_content(
    trigger: Trigger,
    by_token: Mapping[int, Trigger],
    words: ConstructionWords,
    index: MentionIndex | None = None,
) -> bool:
    """True for an act told only as what is permitted (:func:`is_permitted_content`) or as part of a
    reported demand: "Y must agree to changes [before they demobilize]"; also for an act that is no political
    event (:func:`dotterel.stages.non_events.is_no_political_event`: "a ban on assault-style weapons", with
    ``index``; "withdrew from the presidential race")."""
    return (
        is_permitted_content(trigger, by_token, words)
        or _is_demand_condition(trigger, by_token, words)
        or is_no_political_event(trigger, index, words)
        or is_motive_phrase(trigger, by_token, words)  # "resigns in protest of X" (motive_phrases)
        or is_medical_attack(trigger, words)  # "dies of a heart attack"
    )


def _is_demand_condition(trigger: Trigger, by_token: Mapping[int, Trigger], words: ConstructionWords) -> bool:
    clause = trigger.clause if trigger.clause is not None else trigger.token
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if clause.dep_ != "advcl" or not marks & words.demand_content_marks:
        return False
    demanded = clause.head
    while demanded.dep_ == "xcomp":  # "has to leave before ..."
        demanded = demanded.head
    host = by_token.get(demanded.head.i) if demanded.dep_ == "ccomp" else None
    return host is not None and host.pattern.id == REPORTED_DEMAND_RULE


def is_permitted_content(trigger: Trigger, by_token: Mapping[int, Trigger], words: ConstructionWords) -> bool:
    """True for the act a permission trigger allows: "allowed the opposition to [hold a rally]", "allowed
    candidate Ouattara to [run]" (the permission is the event; the act has not happened by it)."""
    clause = trigger.clause if trigger.clause is not None else trigger.token
    for _ in range(2):  # the to-infinitive itself, or the light verb of its object noun
        if clause.dep_ in {"ccomp", "xcomp"} and _is_to_infinitive(clause):
            host = by_token.get(clause.head.i)
            permitted = lemma_of(clause.head) in words.permission_verbs
            return host is not None and host is not trigger and permitted
        clause = clause.head
    return False


def find_nominal_objects(
    noun: Any, words: ConstructionWords, role_words: Mapping[str, frozenset[str]], movers: bool = True
) -> list[Any]:
    """The ``of`` objects of a nominalisation that are the forces it moves (``movers``: "the deployment of
    Russian troops", whose source they are) or, with ``movers=False``, the others ("the release of two
    French academics", "a suspension of air links with Serbia", where the event's target is)."""
    if str(noun.lemma_).lower() not in words.nominalizations:
        return []
    own_people = role_words["own_people_nouns"]
    return [o for o in find_prep_objects(noun, ("of",)) if (str(o.lemma_).lower() in own_people) == movers]


def _find_obligation_subjects(verb: Any, words: ConstructionWords) -> Iterator[Any]:
    """The active subjects of the verb's complement clauses that carry an obligation."""
    for clause in verb.children:
        if clause.dep_ not in COMPLEMENT_DEPS or clause.pos_ not in VERB_POS:
            continue
        if not _is_obligation(clause, words) or _is_question(clause):
            continue
        subject, passive = find_subject(clause)
        if subject is not None and not passive and subject.dep_ == "nsubj":
            yield subject


def _is_obligation(clause: Any, words: ConstructionWords) -> bool:
    """ "must withdraw", "should resign", "ought to", "has to leave", "needs to release"."""
    if any(c.dep_ == "aux" and lemma_of(c) in words.obligation_aux for c in clause.children):
        return True
    if lemma_of(clause) in words.obligation_verbs and not any(c.dep_ == "neg" for c in clause.children):
        return any(c.dep_ == "xcomp" and _is_to_infinitive(c) for c in clause.children)  # not "need not"
    return False


def _is_to_infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _is_question(clause: Any) -> bool:
    """ "asked whether Iran should ...", "if Iran must ..."."""
    return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children)


def _is_other_actor(subject: Any, speaker: Any, index: MentionIndex) -> bool:
    """True when the obliged subject is an actor other than the speaker and of another side."""
    if subject.pos_ == "PRON":
        return False
    obliged = index.resolve_phrase(subject)
    said_by = index.resolve_phrase(speaker)
    if (
        obliged is None
    ):  # a court's ruling binds a named party the book lacks: "rules that Mazars must comply"
        return said_by is not None and said_by.actor.sector == COURT_SECTOR and subject.text[:1].isupper()
    return said_by is None or not _same_side(obliged, said_by)


def _same_side(one: Mention, other: Mention) -> bool:
    """Same mention, same actor, or the same country with no sector telling them apart."""
    if one.span == other.span:
        return True
    a, b = one.actor, other.actor
    if a.actor_id is not None and a.actor_id == b.actor_id:
        return True
    if a.country is None or a.country != b.country:
        return False
    return a.sector is None or b.sector is None or a.sector == b.sector
