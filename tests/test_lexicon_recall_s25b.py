"""Acts missed in the seed-77 readings (recall lists), on sentences written like news text for these tests,
with negatives:

- an act told as the infinitive of an announced, owner-less plan ("announces plans to impose tariffs") has the
  announcer as its doer (stages/announced_plans.py); an owned plan or one only criticised gives no such doer;
- a force named by a plural proper noun ("the Self-Defense Forces") meets the lexicon's "force" as a verb's
  object or passive subject (stages/token_words.py): "are deployed to" is MOBILIZE 154.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.pipeline import Pipeline

DATE = "2020-12-08"

ANNOUNCED_PLANS: list[tuple[str, str, str | None]] = [
    # sentence, CAMEO code of the planned act, its source (None: not the subject of the announcing verb)
    (
        "The United States announces plans to impose tariffs on products from France and Germany.",
        "163",
        "United States",
    ),
    ("The Indian government announces plans to ban Chinese apps.", "1721", "India"),  # apps: 1721 (9d8da54)
    ("The French government unveils plans to close all schools in Paris from Monday.", "172", "France"),
    ("The European Union rejects Washington's plans to impose tariffs on European steel.", "163", None),
    ("Chinese officials criticise plans to impose tariffs on Chinese steel.", "163", None),
    ("The United States has no plans to impose tariffs on France.", "163", None),
]


@pytest.mark.parametrize(("sentence", "cameo", "source"), ANNOUNCED_PLANS)
def test_announced_plans_have_the_announcer_as_doer(
    pipeline: Pipeline, sentence: str, cameo: str, source: str | None
) -> None:
    found = [e for e in code(sentence, DATE, pipeline=pipeline) if e.action.cameo == cameo]
    sources = {e.source.name if e.source else None for e in found}
    if source is None:
        assert not sources - {None}
    else:
        assert sources == {source}
        assert all(e.modality == "hypothetical" for e in found)


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
