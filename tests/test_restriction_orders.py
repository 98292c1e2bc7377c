"""Government orders that restrict people (docs/coding-reading.md seed 24; when-where-how-bad.md seed 13).

NGEC COERCE/restrict is "Impose restrictions on political freedoms or movement", COERCE/curfew "Impose state
of emergency or martial law" (a curfew keeps CAMEO 1723, the same mode). Each table holds news-like sentences
written for these tests, with negatives:
- a lockdown, a quarantine, a stay-at-home order or a mask mandate that is imposed, issued, extended or
  implemented, or a place put under it, is COERCE/restrict 172; the bare noun ("during the lockdown") is none;
- closing schools, bars or non-essential shops, or ordering them closed, is COERCE/restrict; "schools close
  for the summer", a retailer closing its stores, a reactor shut down are none;
- suspending domestic or international passenger flights or public transport is COERCE/restrict; an airline
  suspending "flights to Bali" or cancelling flights for fog is a business decision, none;
- a state of emergency and martial law are COERCE/curfew 1724 (NGEC), a curfew COERCE/curfew 1723;
- a restriction said to come is THREATEN/restrict 1323 (NGEC: "threaten to restrict movement ... curfews"),
  not THREATEN/ban.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event
from dotterel.pipeline import Pipeline

DATE = "2020-11-05"


def _coded(pipeline: Pipeline, sentence: str) -> list[tuple[str, str | None, str, str, str | None]]:
    events: list[Event] = code(sentence, DATE, pipeline=pipeline)
    return [
        (
            e.action.type,
            e.action.mode,
            e.action.cameo,
            e.modality,
            None if e.source is None else (e.source.name or e.source.country),
        )
        for e in events
    ]


RESTRICTIONS = [
    # sentence, (type, mode, cameo, modality, source name or country)
    (
        "Iraq imposes a nationwide lockdown until the end of the month to contain the virus.",
        ("COERCE", "restrict", "172", "asserted", "Iraq"),
    ),
    (
        "Peru issues a two-week lockdown for the capital region.",
        ("COERCE", "restrict", "172", "asserted", "Peru"),
    ),
    (
        "Governor Greg Abbott issues a statewide mask mandate.",
        ("COERCE", "restrict", "172", "asserted", "Greg Abbott"),
    ),
    (
        "Prime Minister Boris Johnson extends the stay-at-home order until the end of May.",
        ("COERCE", "restrict", "172", "asserted", "Boris Johnson"),
    ),
    (
        "The government of Ecuador implements a new nationwide lockdown.",
        ("COERCE", "restrict", "172", "asserted", "ECU"),
    ),
    (
        "President Duterte places the island of Luzon under an enhanced community quarantine.",
        ("COERCE", "restrict", "172", "asserted", "Rodrigo Duterte"),
    ),
    (
        "Greece imposes a ten-day quarantine on travellers arriving from Britain.",
        ("COERCE", "restrict", "172", "asserted", "Greece"),
    ),
    (
        "The Kenyan government orders all schools and universities to close.",
        ("COERCE", "restrict", "172", "asserted", "Kenya"),
    ),
    (
        "The French government orders the closure of all non-essential shops.",
        ("COERCE", "restrict", "172", "asserted", "France"),
    ),
    (
        "Kenya closed all schools and universities to slow the spread of the virus.",
        ("COERCE", "restrict", "172", "asserted", "Kenya"),
    ),
    (
        "Mayor Bill de Blasio shuts down all bars and restaurants in the city for two weeks.",
        ("COERCE", "restrict", "172", "asserted", "Bill de Blasio"),
    ),
    (
        "Argentina suspends all domestic flights and long-distance bus services.",
        ("COERCE", "restrict", "172", "asserted", "Argentina"),
    ),
    (
        "India suspends all international passenger flights until the end of March.",
        ("COERCE", "restrict", "172", "asserted", "India"),
    ),
    (
        "Peru declares a state of emergency in Lima over rising crime.",
        ("COERCE", "curfew", "1724", "asserted", "Peru"),
    ),
    (
        "The Ethiopian authorities imposed a nightly curfew in the city after the riots.",
        ("COERCE", "curfew", "1723", "asserted", "Ethiopia"),
    ),
    (
        "The president said Kenya will impose a lockdown on the capital.",
        ("COERCE", "restrict", "172", "hypothetical", "Kenya"),  # a plan of its own, no threat (own_plans)
    ),
    (
        "Officials said Peru will extend the curfew for another month.",
        ("COERCE", "curfew", "1723", "hypothetical", "Peru"),
    ),
    # a restriction announced as decided is the act (modality stage, recodings.to_announced_act)
    (
        "Kenya announced it will impose a nationwide curfew from Friday.",
        ("COERCE", "curfew", "1723", "asserted", "Kenya"),
    ),
    (
        "Uganda's government has decided it will close all schools for a month.",
        ("COERCE", "restrict", "172", "asserted", "Uganda"),
    ),
    # negatives: no one restricts anyone
    ("Small shops struggled during the lockdown.", None),
    ("Infections kept rising despite the lockdown.", None),
    ("Students returned to their schools after the lockdown ended.", None),
    ("Schools close for the summer holidays next week.", None),
    ("Many restaurants closed their doors during the lockdown.", None),
    ("The retailer closed 40 stores after a fall in sales.", None),
    ("Walmart shuts down its stores in Germany.", None),
    ("The engineers shut down the reactor for maintenance.", None),
    ("The airline suspends flights to Bali over low demand.", None),
    ("The budget airline cancelled its morning flights because of fog.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), RESTRICTIONS)
def test_restriction_orders(
    pipeline: Pipeline, sentence: str, expected: tuple[str, str, str, str, str] | None
) -> None:
    coded = _coded(pipeline, sentence)
    assert coded == ([] if expected is None else [expected])
