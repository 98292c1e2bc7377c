"""Session 17 (tolls62), on news-like sentences written for these tests, each table with negatives:

- "a fifth" (an ordinal after "a", no noun of its own) standing for the next person of a group already
  counted is one victim, in a clause of its own or a gapped one ("three soldiers are killed and a fourth
  wounded": 3 dead, 1 hurt; the dead no longer read as a shared "killed and wounded" count);
- a toll of a next sentence whose killing stays a row of its own is not also given to the act before it;
- a day word before a measure whose hours it tells ("impose overnight curfews") dates nothing.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_date_at, coded_toll_of, coded_tolls

DATE = "2020-05-31"

# text, trigger, killed, injured
ORDINAL_VICTIMS = [
    (
        "Four young men are stabbed to death and a fifth is severely injured in a brawl in Leeds.",
        "stabbed",
        4,
        1,
    ),
    (
        "Four young men are stabbed to death and a fifth severely injured in a brawl in Leeds.",
        "stabbed",
        4,
        1,
    ),
    ("Two miners are killed and a third is seriously hurt in a rockfall in Queensland.", "killed", 2, 1),
    ("Three soldiers are killed and a fourth wounded in a roadside bombing in Kandahar.", "killed", 3, 1),
    (
        "Three police officers are killed and a fourth wounded after they responded to a domestic violence"
        " call in Lyon.",
        "killed",
        3,
        1,
    ),
    # negatives: an ordinal before a noun already counted; a share ("a fifth of"); "killed and wounded"
    (
        "Three teenagers are shot dead and a fourth teenager is wounded outside a school in Chicago.",
        "shot",
        3,
        1,
    ),
    ("A fifth of the residents are injured in the earthquake in Nepal.", None, None, None),
    ("Three soldiers are killed and wounded in a roadside bombing in Kandahar.", "killed", None, None),
    ("Three soldiers are killed and 20 wounded in a roadside bombing in Kandahar.", "killed", 3, 20),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), ORDINAL_VICTIMS)
def test_a_lone_ordinal_after_a_counted_group_is_one_victim(
    text: str, trigger: str | None, killed: int | None, injured: int | None
) -> None:
    if trigger is None:
        assert all(k is None and i is None for _, k, i in coded_tolls(text, DATE))
        return
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


# text, the (trigger, killed) of each row wanted, in text order
NEXT_SENTENCE_TOLLS = [
    (
        "Police use tear gas against protesters in Lagos. A man was killed during an altercation during the"
        " protests.",
        [("use", None), ("killed", 1)],
    ),
    (
        "Police fire tear gas at protesters in Lagos. A man was killed during an altercation during the"
        " protests.",
        [("fire", None), ("killed", 1)],
    ),
    # negatives: the next sentence's toll folded into the attack stays the attack's
    (
        "A suicide bomber attacks a police station in Kabul. At least six police officers are killed.",
        [("attacks", 6)],
    ),
    ("Soldiers open fire on protesters in Baghdad. Two people are killed.", [("open", 2)]),
]


@pytest.mark.parametrize(("text", "wanted"), NEXT_SENTENCE_TOLLS)
def test_a_next_sentences_toll_is_counted_once(text: str, wanted: list[tuple[str, int | None]]) -> None:
    assert [(word, killed) for word, killed, _ in coded_tolls(text, DATE)] == wanted


# text, trigger, (date, precision)
TIMED_MEASURES = [
    ("Ten cities across Canada impose overnight curfews to stop the riots.", "curfews", (DATE, "unknown")),
    ("The mayor imposes an overnight curfew in Minneapolis.", "curfew", (DATE, "unknown")),
    # negatives: a harm told overnight keeps its day; a curfew imposed last night keeps that night
    ("Seven people are killed in an overnight shooting in Chicago.", "killed", ("2020-05-30", "day")),
    (
        "Police imposed an overnight curfew in Kenosha last night after unrest.",
        "curfew",
        ("2020-05-30", "day"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "wanted"), TIMED_MEASURES)
def test_a_day_word_telling_a_measures_hours_dates_nothing(
    text: str, trigger: str, wanted: tuple[str, str]
) -> None:
    assert coded_date_at(text, DATE, trigger) == wanted
