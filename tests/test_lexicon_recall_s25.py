"""Acts missed in the seed-65 to 76 readings (recall lists), on sentences written like news text for these
tests, with negatives:

- a standstill order issued on farms or a zone (no movement of animals, vehicles or people): COERCE 172,
  mode restrict, as a lockdown or a stay-at-home order issued; the order told as a standing state, a
  standstill agreement between firms, or an order not issued is no measure of the day.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.pipeline import Pipeline

DATE = "2020-02-14"

STANDSTILLS: list[tuple[str, str | None]] = [
    # sentence, modality of the COERCE 172 standstill (None: no such event)
    (
        "The agriculture ministry issues a 48-hour standstill order on all pig farms in the province.",
        "asserted",
    ),
    (
        "Japan imposes a nationwide standstill order on poultry farms after an outbreak of bird flu.",
        "asserted",
    ),
    ("The farms were still under a standstill order when the outbreak spread.", None),
    ("The two airlines signed a standstill agreement on their merger talks.", None),
    ("The ministry may issue a standstill order if the outbreak spreads.", "hypothetical"),
]


@pytest.mark.parametrize(("sentence", "modality"), STANDSTILLS)
def test_standstill_orders(pipeline: Pipeline, sentence: str, modality: str | None) -> None:
    found = [e for e in code(sentence, DATE, pipeline=pipeline) if e.action.cameo == "172"]
    assert (found[0].modality if found else None) == modality
    assert all(e.action.mode == "restrict" for e in found)
