"""Real events we did not output (docs/when-where-how-bad.md, "Real events not output" of seeds 31-38).

Each table pairs news-like sentences written for these tests with negatives:
- government measures: a state reopening the places a measure had closed, also told as the places
  reopening, in the announcer's clause (CONCEDE 081, promised: AGREE 035), limiting opening hours,
  extending a statewide or nationwide shutdown, binding visitors or residents to a rule (COERCE 172),
  placing sanctions on people (SANCTION 163, "place" as a light verb); a museum reopening after a fire, a
  chain reopening its stores, schools reopening after a holiday, a partial government shutdown, life during
  a shutdown, an airline's or a law's requirements, limiting the damage are none;
- conflict acts: people taken hostage, also in the passive (ASSAULT 181, the object predicate "hostage"),
  missiles or launchers deployed or stationed (MOBILIZE 150), troops or army vehicles moving across a border
  or into a territory (MOBILIZE 154, told by their subject), a hilltop or peak liberated or captured (COERCE
  192), a hit squad or a cell captured (COERCE 173); migrants crossing a border, a storm moving in, soldiers
  entering a house, a software update deployed, a law that liberates, a captured mood are none.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import coded_codes_and_sources

DATE = "2020-11-10"


def _coded(pipeline: Pipeline, sentence: str) -> list[tuple[str, str | None]]:
    """The (PLOVER type and CAMEO code, source country or name) of each event of the sentence."""
    return coded_codes_and_sources(pipeline, sentence, DATE)


MEASURES = [
    # sentence, the event's type and CAMEO code, its source (country or name, None: any), whether it is there
    ("Italy reopened its museums, cinemas and theatres on Monday.", "CONCEDE 081", "ITA", True),
    (
        "The Spanish government announced the reopening of bars and restaurants in Madrid.",
        "CONCEDE 081",
        "ESP",
        True,
    ),
    ("Singapore will reopen its beaches and parks next week.", "AGREE 035", "SGP", True),
    ("The Italian government said museums and cinemas will reopen on Monday.", "AGREE 035", "ITA", True),
    (
        "The Greek government announced that all schools will be reopened from Monday.",
        "AGREE 035",
        "GRC",
        True,
    ),
    ("The museum reopened on Tuesday after a fire.", "CONCEDE 081", None, False),
    ("The coffee chain reopened most of its stores in China last week.", "CONCEDE 081", None, False),
    ("Schools across the region reopen after the summer holidays on Monday.", "CONCEDE 081", None, False),
    ("The carmaker reopened its largest factory after the strike.", "CONCEDE 081", None, False),
    ("The Moscow mayor limited the operating hours of bars and nightclubs.", "COERCE 172", None, True),
    ("The central bank limited the damage with an emergency rate cut.", "COERCE 172", None, False),
    (
        "The Greek government obliged residents to carry a permit when leaving their homes.",
        "COERCE 172",
        "GRC",
        True,
    ),
    ("Japan required all travellers to quarantine for two weeks on arrival.", "COERCE 172", "JPN", True),
    ("The low-cost airline requires passengers to wear masks on board.", "COERCE 172", None, False),
    ("The new law requires listed companies to publish their tax payments.", "COERCE 172", None, False),
    (
        "The governor extended the statewide shutdown of gyms and cinemas until December 20.",
        "COERCE 172",
        None,
        True,
    ),
    ("Peru imposed a nationwide shutdown of non-essential businesses.", "COERCE 172", "PER", True),
    ("Trump announced a partial shutdown of the federal government.", "COERCE 172", None, False),
    ("Federal workers went unpaid during the statewide shutdown.", "COERCE 172", None, False),
    ("Pakistan placed financial sanctions on dozens of Taliban members.", "SANCTION 163", "PAK", True),
    ("The European Union placed new sanctions on four Belarusian officials.", "SANCTION 163", None, True),
    ("The minister placed a wreath at the war memorial.", "SANCTION 163", None, False),
]


@pytest.mark.parametrize(("sentence", "code_", "source", "present"), MEASURES)
def test_measures(pipeline: Pipeline, sentence: str, code_: str, source: str | None, present: bool) -> None:
    found = _coded(pipeline, sentence)
    hits = [s for c, s in found if c == code_ and (source is None or s == source)]
    assert bool(hits) is present, found


CONFLICT = [
    ("Two French aid workers were taken hostage by gunmen in northern Niger.", "ASSAULT 181", None, True),
    ("A Swiss missionary was taken hostage by jihadists near Timbuktu.", "ASSAULT 181", None, True),
    ("The local mayor and his aides were held hostage for three days.", "ASSAULT 181", None, True),
    ("The hostages were freed by special forces on Sunday.", "ASSAULT 181", None, False),
    (
        "Russia deployed short-range missiles to its western enclave of Kaliningrad.",
        "MOBILIZE 150",
        "RUS",
        True,
    ),
    (
        "Turkey stationed Hawk surface-to-air missiles along its border with Syria.",
        "MOBILIZE 150",
        "TUR",
        True,
    ),
    ("Engineers deployed a new software update to the satellites.", "MOBILIZE 150", None, False),
    ("Hundreds of Turkish troops crossed into northern Syria on Wednesday.", "MOBILIZE 154", "TUR", True),
    ("A convoy of Russian tanks rolled into the breakaway region overnight.", "MOBILIZE 154", "RUS", True),
    (
        "Dozens of Ethiopian army vehicles entered the regional capital on Saturday.",
        "MOBILIZE 154",
        "ETH",
        True,
    ),
    ("Thousands of migrants crossed into Greece on Sunday.", "MOBILIZE 154", None, False),
    ("The storm moved into the region on Tuesday.", "MOBILIZE 154", None, False),
    ("Israeli soldiers entered the house and arrested two men.", "MOBILIZE 154", None, False),
    ("Armenian troops liberated a strategic hilltop near the border.", "COERCE 192", "ARM", True),
    ("Government forces captured the mountain peak after two days of fighting.", "COERCE 192", None, True),
    ("The activists said the new law liberated women from unfair contracts.", "COERCE 192", None, False),
    ("The photographer captured the mood of the capital.", "COERCE 192", None, False),
    ("Ukrainian security services captured a Russian hit squad near Kyiv.", "COERCE 173", "UKR", True),
    ("Police captured the attention of the crowd with a loudspeaker.", "COERCE 173", None, False),
]


@pytest.mark.parametrize(("sentence", "code_", "source", "present"), CONFLICT)
def test_conflict_acts(
    pipeline: Pipeline, sentence: str, code_: str, source: str | None, present: bool
) -> None:
    found = _coded(pipeline, sentence)
    hits = [s for c, s in found if c == code_ and (source is None or s == source)]
    assert bool(hits) is present, found
