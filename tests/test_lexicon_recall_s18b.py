"""Acts of the day that gave no event or the wrong one (seed-63 causes, second part; sentences written for
these tests, each with negatives):

- fighters that intercept another state's bombers or jets show military force (verbs.mobilize-intercept,
  MOBILIZE 150); a missile intercepted is shot down (ASSAULT), a package intercepted no event;
- aid teams or aid workers that arrive in a place bring aid (verbs.aid-team-arrival, AID 073), as aid teams
  sent there do (verbs.aid-medical-staff); an official who arrives visits (CONSULT);
- a state that reciprocates another's sanctions imposes its own (verbs.sanction-reciprocate, SANCTION 163, or
  threatened: THREATEN 1312); a visit reciprocated is none;
- backing the protests supports them (verbs.support-back, SUPPORT 051);
- a vehicle that slams into a thing crashes: no criticism (verbs.accuse-criticize excludes_bare_prep); a
  senator who slams the government criticises it.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2020-08-18"

ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    ("Two Norwegian F-35 jets intercept three Russian bombers over the Barents Sea.", "MOBILIZE 150", None,
     "RUS", True),
    ("Indian warplanes were intercepted by Pakistani fighter jets near the border.", "MOBILIZE 150", None,
     None, True),
    ("Israeli air defences intercept two rockets fired from the Gaza Strip.", "MOBILIZE 150", None, None,
     False),
    ("Italian customs officers intercept a shipment of cocaine at the port of Genoa.", "MOBILIZE 150", None,
     None, False),
    ("Police intercepted messages between the two suspects.", "MOBILIZE 150", None, None, False),
    ("Turkish rescue teams arrive in Beirut after the explosion.", "AID 073", "TUR", None, True),
    ("French and United Nations aid teams arrive in Mauritius to help clean up the oil spill.", "AID 073",
     "FRA", None, True),
    ("Japan sends rescue teams to Nepal after the earthquake.", "AID 073", "JPN", "NPL", True),
    ("The Turkish foreign minister arrives in Tripoli for talks.", "AID 073", None, None, False),
    ("Thousands of migrants arrive in Greece from Turkey.", "AID 073", None, None, False),
    ("China reciprocates the American sanctions on its officials.", "SANCTION 163", "CHN", None, True),
    ("Russia vows to reciprocate the new European Union sanctions.", "THREATEN 1312", "RUS", None, True),
    ("The Chinese premier reciprocated the visit in June.", "SANCTION 163", None, None, False),
    ("The Chinese premier reciprocated the visit in June.", "THREATEN 1312", None, None, False),
    ("New Zealand has not reciprocated any lifting of travel restrictions for Australians.", "SANCTION 163",
     None, None, False),
    ("New Zealand has not reciprocated any lifting of travel restrictions for Australians.", "CONCEDE 081",
     None, None, True),
    ("Former Bolivian minister Carlos Romero backs the protests against the interim government.",
     "SUPPORT 051", "BOL", None, True),
    ("The Iran-backed militia attacked a coalition base.", "SUPPORT 051", None, None, False),
    ("A minibus slams into a tree on a highway in Kenya.", "ACCUSE 111", None, None, False),
    ("A truck carrying fuel slammed into a wall in Lagos.", "ACCUSE 111", None, None, False),
    ("Senator Elizabeth Warren slams the Federal Reserve over its interest rate policy.", "ACCUSE 111", None,
     None, True),
    ("The German foreign minister condemns the attack on the synagogue.", "ACCUSE 111", "DEU", None, True),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_acts_of_the_day(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)
