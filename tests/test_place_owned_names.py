"""Place names that name no place of the act, and a meeting a statement is made at.

- A product's label or origin (dotterel/stages/place_owned_names.py): the name after a participle of making
  that is a label or describes goods ('labeled "Made in Japan"', "steel made in China") is where goods were
  made; a clause's own verb of making keeps its place.
- A body's possessor (same module): "Pakistan's Supreme Court acquits …" names no place for the ruling; the
  body after a preposition is a building that locates ("outside Iran's parliament").
- A handover's source (same module): "seeks the extradition of the businessman from Canada" is not a seeking
  in Canada; the handover's "to India" names the receiving state, no place either.
- The topic of a reaction ("welcomes the peace agreement signed in Doha", ``reaction_words``) is no place of
  the reaction; a place phrase of the verb itself stays ("welcomes migrants at the Vatican").
- A meeting a statement is made at (dotterel/stages/place_left.py): "accuses Pakistan of sponsoring terrorism
  at the SCO summit in Bishkek" is an accusation in Bishkek; not a harm done at a meeting ("accuse the man of
  shooting a guard at a meeting in Chicago").
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-03-10"

PLACES: list[tuple[str, str, str | None]] = [
    # sentence, trigger word, place name of its event (None: no place)
    ('Police raid a warehouse holding counterfeit handbags labeled "Made in France".', "raid", None),
    ("The United States imposes tariffs on steel made in China.", "tariffs", None),
    # negatives: a place phrase of the act itself stays beside a label
    ('Police in Manila arrest two men selling fake masks labeled "Made in Japan".', "arrest", "Manila"),
    # a body's possessor
    ("Pakistan's Supreme Court acquits Asia Bibi of blasphemy.", "acquits", None),
    ("Israel's Supreme Court rejects a petition against the prime minister.", "rejects", None),
    # negatives: the body as a building, a measure's issuer
    (
        "Protesters gather outside Iran's parliament to demand the resignation of the government.",
        "gather",  # the protest, its demand folded in (verbs.protest-gather)
        "Iran",
    ),
    ("Italy's government bans all public gatherings.", "bans", "Italy"),
    # a handover's source
    ("The U.S. Justice Department seeks the extradition of the businessman from Canada.", "seeks", None),
    # negative: the handover's own clause (its destination, the receiving state, is no place of it:
    # tests/test_place_handover_ends.py)
    ("A court in London approves the extradition of the banker to India.", "extradition", "London"),
    # the topic of a reaction
    (
        "Germany welcomes the peace agreement signed in Doha between the United States and the Taliban.",
        "welcomes",
        None,
    ),
    ("The European Union praises the election held in Ukraine.", "praises", None),
    ("China hails the agreement reached in Geneva.", "hails", None),
    # negative: a place phrase of the verb itself
    ("Pope Francis welcomes migrants at the Vatican.", "welcomes", "Vatican"),
    # a meeting a statement is made at
    (
        "Indian Prime Minister Narendra Modi accuses Pakistan of sponsoring terrorism at the SCO summit in "
        "Bishkek.",
        "accuses",
        "Bishkek",
    ),
    (
        "U.S. Secretary of State Mike Pompeo urges NATO allies to increase defense spending at a meeting in "
        "Brussels.",
        "urges",
        "Brussels",
    ),
    # negatives: a harm done at a meeting is the harm's; what is accused keeps no place of its own
    ("Police accuse the man of shooting a guard at a meeting in Chicago.", "accuse", None),
    ("Egypt accuses Ethiopia of filling the dam in the Blue Nile without an agreement.", "accuses", None),
]


@pytest.mark.parametrize(("sentence", "trigger", "place"), PLACES)
def test_place_owned_name_is_not_given(sentence: str, trigger: str, place: str | None) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == trigger]
    assert events or place is None, f"no event of {trigger!r} in {sentence!r}"
    assert {e.place.name if e.place else None for e in events} <= {place}
