"""A coming sanction or coercive act told in the passive by its doer is the act announced, not a threat.

"Argentina says the visas of Maduro's diplomats have been revoked and they will be expelled", "the foreign
ministry said the two diplomats will be expelled from the country": the state that expels says what it has
decided; no one is warned and no condition is set, so nothing is threatened (a threat needs a threatener and
a condition: the codebook's THREATEN is a coercive warning). The act keeps its own type and is asserted, as
a sanction announced as a decision is ("India announced it will impose tariffs", see
:mod:`dotterel.stages.modality`). Only the acts a state puts in force by deciding them: sanctions (CAMEO
16), administrative sanctions and expulsions (172, 174). Repression or force told to come ("the rebels will be
crushed") stays a threat, and so do arrests ("anyone who breaks the curfew will be arrested" warns the
public); a warning ("warned that they will be expelled") has no speech verb for a speaker and stays a
threat; a passive with an agent ("will be expelled by Spain") names another doer.
"""

from __future__ import annotations

from typing import Any

from dotterel.model import Actor, Mention
from dotterel.stages.recodings import ANNOUNCED_CODES

# Sanctions (reductions of relations) and administrative sanctions, as an announced decision puts them in
# force (recodings.ANNOUNCED_CODES), and expulsions (174): put in force by deciding.
DECIDED_ROOTS = (*ANNOUNCED_CODES, "174")


def is_own_passive_future(
    clause: Any, cameo: str, source: Actor | None, speaker: Mention | None, generic_words: frozenset[str]
) -> bool:
    """True when a future sanction or coercive act is told in the passive, with no agent, by a speaker of the
    act's own side, of a patient it names ("Argentina says … they will be expelled"); not of a generic one
    ("anyone who overstays will be deported" warns)."""
    if speaker is None or not cameo.startswith(DECIDED_ROOTS):
        return False
    children = list(clause.children)
    deps = {c.dep_ for c in children}
    if "auxpass" not in deps or "agent" in deps:
        return False
    patients = [c for c in children if c.dep_ == "nsubjpass"]
    if not patients or any(t.lower_ in generic_words for p in patients for t in p.subtree):
        return False
    return source is None or source.country == speaker.actor.country
