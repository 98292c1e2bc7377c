"""An event split off by one member of a list of places takes its own member's place, not the first's.

"reviews highlights from his visit to Mozambique, Madagascar and Mauritius" and "cancels his trips to Saudi
Arabia, the United Arab Emirates and Oman" are one trigger coded once per target. The clause tiers give each
copy the same place, the first member of the list; but the visit to Madagascar was in Madagascar. A copy
whose place is the target of another copy of the same trigger, and whose own target is a located place
named in the text, takes that place (:func:`to_listed_target_places`). A copy whose own target is no
located place ("Iran and its allies") keeps the place it has.
"""

from __future__ import annotations

from dotterel.model import Event, PlaceMention
from dotterel.stages.place_linked import with_place

__all__ = ["to_listed_target_places"]


def _own_target_place(event: Event, events: list[Event], mentions: list[PlaceMention]) -> PlaceMention | None:
    """The located place that is ``event``'s own target, when its place is another copy's target."""
    place, target = event.evidence.spans.get("place"), event.evidence.spans.get("target")
    if place is None or target is None or target.contains(place):
        return None
    copies = [e for e in events if e is not event and e.trigger == event.trigger]
    targets = [e.evidence.spans.get("target") for e in copies]
    if not any(t is not None and t.contains(place) for t in targets):
        return None
    own = [m for m in mentions if target.contains(m.span)]
    return own[0] if len(own) == 1 else None


def to_listed_target_places(events: list[Event], mentions: list[PlaceMention]) -> list[Event]:
    """Return ``events`` with each copy of a trigger split off by a listed place placed at its own target
    (see the module); every other event unchanged."""
    out = []
    for event in events:
        own = _own_target_place(event, events, mentions)
        out.append(event if own is None else with_place(event, own))
    return out
