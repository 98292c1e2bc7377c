"""Real events we did not output (docs/when-where-how-bad.md, "Real events not output" of seeds 31-36).

Each table pairs news-like sentences written for these tests with negatives:
- a government measure whose own clause names no source is issued by whoever announces, declares or orders
  it ("Merkel announced that bars will be shut down", "the government said a curfew would be imposed"), or
  by the area told as entering it ("Scotland entered a lockdown"); a news agency reporting a measure, or a
  measure in an adverbial clause ("infections fell after the curfew was imposed"), names no issuer;
- numbered levels of restrictions: an area entering or placed into an alert level or tier, a government
  raising its tier, tightening or extending its distancing or border rules (COERCE/restrict 172), a
  ban of religious dress (COERCE/ban 172), flights suspended by a state (COERCE/restrict 172); remaining in a
  tier, raising interest rates, a ban of a sale, life under the rules, flights suspended by an airline or by
  no one named are none;
- conflict acts: a drone or missile intercepted (ASSAULT 190), a stabbing whoever the victim is (ASSAULT
  182); a shipment of drugs or a pair of bombers intercepted, a stab at a joke are none.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import coded_codes_and_sources

DATE = "2020-10-14"


def _coded(pipeline: Pipeline, sentence: str) -> list[tuple[str, str | None]]:
    """The (PLOVER type and CAMEO code, source country or name) of each event of the sentence."""
    return coded_codes_and_sources(pipeline, sentence, DATE)


ISSUERS = [
    # sentence, the event's type and CAMEO code, its source (country or name); negatives: that pair must not
    # be among the events
    (
        "The Greek government announced that all schools in Athens will be closed from Monday.",
        "COERCE 172",
        "GRC",
        True,
    ),
    (
        "Chancellor Angela Merkel announced that bars and restaurants across Germany will be shut down.",
        "COERCE 172",
        "DEU",
        True,
    ),
    (
        "President Emmanuel Macron announced that a lockdown of Paris will begin at midnight.",
        "COERCE 172",
        "FRA",
        True,
    ),
    (
        "The Irish government confirmed the country will shut down all non-essential services from Tuesday.",
        "COERCE 172",  # a measure of its own told in the plain future: a plan, not a threat (own_plans)
        "IRL",
        True,
    ),
    ("Scotland entered a three-week lockdown on Friday.", "COERCE 172", "GBR", True),
    ("Reuters reported that a curfew was imposed in Lagos on Sunday.", "COERCE 1723", "Reuters", False),
    (
        "The Kenyan health minister said infections fell after the curfew was imposed in Nairobi.",
        "COERCE 1723",
        "KEN",
        False,
    ),
    (
        "The Spanish prime minister said shops in Madrid struggled during the lockdown.",
        "COERCE 172",
        "ESP",
        False,
    ),
    (
        "The Tunisian prime minister announced that the niqab will be banned in public institutions.",
        "COERCE 172",
        "TUN",
        True,
    ),
]


@pytest.mark.parametrize(("sentence", "code_", "source", "expected"), ISSUERS)
def test_a_measure_is_issued_by_who_announces_it(
    pipeline: Pipeline, sentence: str, code_: str, source: str, expected: bool
) -> None:
    assert ((code_, source) in _coded(pipeline, sentence)) is expected


LEVELS = [
    # sentence, the type and CAMEO code expected among the events (None: no event at all)
    ("Israel entered alert level 4 on Wednesday.", "COERCE 172"),
    ("The Italian government placed Lombardy into Tier 3 on Sunday.", "COERCE 172"),
    ("The Italian government placed Lombardy into a strict lockdown on Sunday.", "COERCE 172"),
    ("The Tokyo government raised its healthcare alert level to the top level.", None),
    ("South Korea increased its social distancing rules in Seoul to Level 2 on Tuesday.", "COERCE 172"),
    ("Hungary tightened its border crossing rules on Monday.", "COERCE 172"),
    (
        "South Korea extended its social distancing measures in Seoul until the end of the month.",
        "COERCE 172",
    ),
    ("The Danish parliament banned the burqa and the niqab in public spaces.", "COERCE 172"),
    ("The European Union will ban the sale of petrol cars from 2035.", None),
    ("Under the social distancing rules in Seoul, bars may open until ten.", None),
    ("Iran suspended all flights to and from the United Kingdom for two weeks.", "COERCE 172"),
    ("Vietnam halted all flights to Da Nang after new cases were found there.", "COERCE 172"),
    ("American Airlines suspended all flights to and from China until April.", None),
    ("Canada's largest airline suspended all flights to China until April.", None),
    ("Flights from Gatwick Airport were suspended after a drone sighting near the runway.", None),
    ("The Bank of England raised interest rates by half a point.", None),
    ("The Welsh government said Cardiff remains in Tier 2 for another week.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), LEVELS)
def test_levels_of_restrictions(pipeline: Pipeline, sentence: str, expected: str | None) -> None:
    codes = [c for c, _ in _coded(pipeline, sentence)]
    assert (expected in codes) if expected else codes == []


CONFLICT_ACTS = [
    # sentence, the type and CAMEO code expected among the events (None: no event at all)
    ("Saudi air defences intercepted two ballistic missiles fired at Riyadh by the Houthis.", "ASSAULT 190"),
    ("The Israeli army said its air defences intercepted a drone near the Lebanese border.", "ASSAULT 190"),
    ("French customs officers intercepted a shipment of cocaine at the port of Le Havre.", None),
    # fighters meeting another state's bombers show force (MOBILIZE 150), no fire
    ("Two American fighter jets intercepted a pair of Russian bombers near Alaska.", "MOBILIZE 150"),
    ("A man stabbed the mayor of Gdansk at a charity concert in Poland.", "ASSAULT 182"),
    (
        "A Japanese lawmaker and his aide were stabbed by an attacker posing as a supporter in Tokyo.",
        "ASSAULT 182",
    ),
    ("The Polish candidate made a stab at a joke during the debate in Warsaw.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), CONFLICT_ACTS)
def test_interceptions_and_stabbings(pipeline: Pipeline, sentence: str, expected: str | None) -> None:
    codes = [c for c, _ in _coded(pipeline, sentence)]
    assert (expected in codes) if expected else codes == []
