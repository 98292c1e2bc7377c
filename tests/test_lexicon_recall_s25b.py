"""Acts missed in the seed-77 readings (recall lists), on sentences written like news text for these tests,
with negatives:

- a force named by a plural proper noun ("the Self-Defense Forces") meets the lexicon's "force" as a verb's
  object or passive subject (stages/token_words.py): "are deployed to" is MOBILIZE 154.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.pipeline import Pipeline

DATE = "2020-12-08"

NAMED_FORCES: list[tuple[str, str | None]] = [
    # sentence, modality of the MOBILIZE 154 deployment (None: no such event)
    ("The Japan Self-Defense Forces are deployed to Asahikawa, Hokkaido, to help hospitals.", "asserted"),
    ("Japan deploys the Self-Defense Forces to the flooded region of Kyushu.", "asserted"),
    ("Thousands of Sudanese Armed Forces are moved to the border with Ethiopia.", "asserted"),
    ("The Japanese defence minister says the Self-Defense Forces will not be deployed to the region.", None),
    ("Officials of the Israel Defense Forces send a letter to the families of the victims.", None),
]


@pytest.mark.parametrize(("sentence", "modality"), NAMED_FORCES)
def test_named_forces_are_deployed(pipeline: Pipeline, sentence: str, modality: str | None) -> None:
    found = [e for e in code(sentence, DATE, pipeline=pipeline) if e.action.cameo == "154"]
    assert (found[0].modality if found else None) == modality
