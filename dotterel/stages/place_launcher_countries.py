"""The country of a launch site the gazetteer does not know: the launcher's own.

"North Korea fires three projectiles from the coast of Sondok into the sea, according to South Korea's
military": a name in the "from" phrase of a launch verb (``launch_verbs``: "fire", "launch"), or in the
"of" phrase of a noun there ("from the coast of", "from the town of"), is the launch site, which lies in the
country of the one who fires, named by the verb's subject ("North Korea", "Russian warships"). That subject
is read as a name near the site (:meth:`dotterel.stages.place_resolution.PlaceNameResolver`'s local
countries), so a country the sentence names only as a reporter ("according to South Korea's …") does not
make the site's country undecided. Not a shot's target ("fired at", "into"), nor a place of other verbs
("Russian jets bombed the village of X, Turkish monitors said" stays undecided).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords

__all__ = ["find_launcher_names"]


def find_launcher_names(root: Any, words: PlaceWords) -> list[Any]:
    """The subject of the launch verb whose "from" phrase holds the name ``root`` (directly or by the "of"
    phrase of its noun), with the subject's own modifiers ("Russian warships"); else nothing."""
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "pobj":
        root, prep = prep.head, prep.head.head  # "from the coast of Sondok"
    if root.dep_ != "pobj" or prep.lower_ != "from" or prep.dep_ != "prep":
        return []
    verb = prep.head if prep.head.pos_ == "VERB" else prep.head.head  # "fires missiles from X" either way
    if verb.lower_ not in words.launch_verbs and verb.lemma_.lower() not in words.launch_verbs:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return [t for s in subjects for t in (s, *s.children) if t.dep_ in ("nsubj", "amod", "compound")]
