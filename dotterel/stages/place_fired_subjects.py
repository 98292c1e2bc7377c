"""Where a subject's shots were fired: the place phrase of a launch participle on the subject of an act.

"Shots fired by soldiers near a protest camp in Harare kill one person": the shots that kill were fired near
the camp, so the killing is there, though the place phrase hangs on the participle "fired" that describes
the subject (or on its agent), not on the subject itself; "Shots fired near …" with no agent is parsed with
"fired" as the verb, and placed so. A participle of launching (``launch_verbs``: "fired", "launched") with a
locative phrase tells where the thing acting was shot off or struck ("A rocket fired at a base in Kirkuk
kills two"), except its "from" phrase, the launch site, which is no place of a hit elsewhere ("rockets fired
from Gaza hit Sderot": :mod:`dotterel.stages.place_launch_sites`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_uses import names_word


def find_fired_place_preps(subject: Any, words: PlaceWords) -> list[Any]:
    """The locative phrases (not "from") of a launch participle describing ``subject`` ("Shots fired near
    the site of a sit-in in Khartoum kill one"); [] for any other subject."""
    participles = [c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    fired = [v for v in participles if names_word(v, words.launch_verbs)]
    # the parser often hangs the phrase on the agent: "fired by soldiers near the camp"
    agents = [n for v in fired for a in v.children if a.dep_ == "agent" for n in a.children]
    return [
        prep
        for head in (*fired, *(n for n in agents if n.dep_ == "pobj"))
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in words.locative_preps - words.origin_preps
    ]
