"""The means of a harm told in the harm's own clause is that harm, not a second one.

"Waterson admits to having killed Alfie Lamb by crushing him to death", "The army retaliated by shelling
rebel positions", "Gunmen kill five soldiers with a car bomb" and "The protesters clashed with police,
wounding seven officers with smoke bombs" each tell one act: the gerund after "by" says how the harm was
done, and the weapon after "with" what it was done with. The events stage gives the means a trigger of its
own ("crushing", typed COERCE as in "crush dissent"; "car bomb", a bombing), so the one act would be output
twice, the second row often with another type, no doer and the toll again.

A means event is a harm (ASSAULT or COERCE) whose trigger is the gerund of a "by" phrase, or the object of a
"with" phrase, hanging on the trigger of an ASSAULT of its sentence, directly or through a participle or a
coordinated verb of that trigger's clause ("clashed …, [wounding] seven officers with smoke bombs"). It is
folded into that harm as :func:`~dotterel.stages.merge.merge_retold` folds one act told twice: the harm keeps
its fields and takes the ones it lacks (a place, a toll), and the more specific CAMEO code of the two ("kill"
190 with "car bomb" 1832: 1832). Not folded: a "with" phrase on a harm noun ("clashes with the army"), the
agent of a passive ("killed by shelling", folded as victims and agent elsewhere), a means of an act that is no
assault ("is charged with killing", "threatens them with arrest"), and a harm in another sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dotterel.model import Event
from dotterel.stages.doc_tables import resolve_trigger_root

__all__ = ["find_means_host", "fold_means"]

ASSAULT = "ASSAULT"
HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
MEANS_PREPS = {"by": frozenset({"pcomp", "pobj"}), "with": frozenset({"pobj"})}
HOST_LINK_DEPS = frozenset({"advcl", "conj", "xcomp"})  # "clashed …, wounding seven officers with …"
MAX_HOST_STEPS = 2
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def find_means_host(means: Any) -> Any | None:
    """Return the verb whose "by" gerund or "with" object ``means`` is, or None: "killed him by [crushing]
    him", "kill five soldiers with a car [bomb]", "injuring four officers with rocks and petrol [bombs]"."""
    while means.dep_ == "conj" and means.head.i != means.i:
        means = means.head
    prep = means.head
    if prep.i == means.i or prep.dep_ != "prep" or prep.lower_ not in MEANS_PREPS:
        return None
    if means.dep_ not in MEANS_PREPS[prep.lower_]:
        return None
    if prep.lower_ == "by" and means.tag_ != "VBG":
        return None  # "by the river", "by Friday": no means
    host = prep.head
    return host if host.pos_ in {"VERB", "AUX"} and host.i != prep.i else None


def _host_chain(verb: Any) -> list[Any]:
    """Return ``verb`` and the verbs it hangs on by a participle or coordination with no subject of its own,
    at most two steps up ("clashed …, wounding seven officers with …"; not "… and Z retaliated with …")."""
    chain = [verb]
    for _ in range(MAX_HOST_STEPS):
        node = chain[-1]
        if node.dep_ not in HOST_LINK_DEPS or node.head.i == node.i:
            break
        if any(child.dep_ in SUBJECT_DEPS for child in node.children):
            break
        chain.append(node.head)
    return chain


def _find_host_index(doc: Any, events: list[Event], means: Event) -> int | None:
    """Return the position of the assault whose means ``means`` is, or None."""
    root = resolve_trigger_root(doc, means.trigger)
    if means.action.type not in HARM_TYPES or root is None:
        return None
    verb = find_means_host(root)
    if verb is None:
        return None
    heads = {
        head.i: position
        for position, event in enumerate(events)
        if event is not means
        and event.evidence.start == means.evidence.start
        and (head := resolve_trigger_root(doc, event.trigger)) is not None
    }
    for node in _host_chain(verb):  # the nearest act the means hangs on, which must be an assault
        if node.i in heads:
            return heads[node.i] if events[heads[node.i]].action.type == ASSAULT else None
    return None


def fold_means(doc: Any, events: list[Event], merge: Callable[[Event, Event], Event]) -> list[Event]:
    """Return ``events`` with each means event folded by ``merge`` into the assault it tells the means of."""
    kept = list(events)
    for means in events:
        host = _find_host_index(doc, kept, means)
        if host is None or means not in kept:
            continue
        kept[host] = merge(kept[host], means)
        kept.remove(means)
    return kept
