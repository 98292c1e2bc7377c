"""A fatal manner adverb tells the dead (session 16, fourth wave: casualty_fatal_parts.py and
``killing_complements`` of casualties.yaml), on news-like sentences written for these tests:

- on the casualty verb itself it makes a killing: "Two people are fatally shot", "was shot and mortally
  wounded" count the victims killed, none wounded;
- on a part of the victims set off by a comma ("Eight people are shot, one fatally", "shoots five people,
  two of them fatally") the part is the dead and the rest of the victims the wounded (a person shot who
  lives is wounded);
- a killing participle on a part of those shot ("shoots three officers, killing two") is the same split: the
  participle's number is the dead, the rest of those shot the wounded (session 19);
- negatives: without the adverb the shot are wounded; an unreal shooting counts nothing; a "fatal" adjective
  on a noun ("wounded in a fatal shooting") adds no dead.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2019-06-10"

# text, trigger, killed, injured
FATAL = [
    ("Two people are fatally shot outside a bar in Dayton, Ohio.", "shot", 2, None),
    ("A teenager is fatally stabbed on a bus in east London.", "stabbed", 1, None),
    ("A police officer was shot and fatally wounded during a traffic stop in Houston.", "shot", 1, None),
    ("A soldier is mortally wounded by a sniper near Donetsk.", "wounded", 1, None),
    ("Police fatally shoot a gunman who opened fire at a mall in Omaha.", "shoot", 1, None),
    ("Eight people are shot, one fatally, at a party in Chicago, Illinois.", "shot", 1, 7),
    ("A gunman shoots five people, two of them fatally, at a school in Texas.", "shoots", 2, 3),
    ("Six people are stabbed, one fatally, at a festival in Lyon.", "stabbed", 1, 5),
    # a killing participle on a part of those shot (session 19, casualty_killing_parts.py)
    ("A man shoots three police officers, killing two, in Honolulu, Hawaii.", "shoots", 2, 1),
    ("A man stabs five people, killing one, at a mosque in Paris.", "stabs", 1, 4),
    ("A gunman shoots six people, killing four and himself, at a bar in Dayton, Ohio.", "shoots", 5, 2),
    # negatives: no fatal adverb, an unreal shooting, a fatal word on nothing harmed
    ("Eight people are shot at a party in Chicago, Illinois.", "shot", None, 8),
    ("A gunman shoots five people at a school in Texas.", "shoots", None, 5),
    ("Police say the gunman planned to shoot five people, two fatally, at the school.", "shoot", None, None),
    ("Three people are wounded in a fatal shooting at a mall in Omaha.", "wounded", None, 3),
    # negatives: all of those shot killed, a named victim killed, a killing with no means verb
    ("A man shoots three people, killing all three, in Dallas.", "shoots", 3, None),
    ("A gunman shoots a teacher, killing her, in Dallas.", "shoots", 1, None),
    ("A man shoots and kills three people in Dallas.", "kills", 3, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), FATAL)
def test_a_fatal_manner_adverb_tells_the_dead(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
