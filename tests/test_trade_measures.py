"""Plain acts of states on trade and seized property, told with a verb of their own, on news-like sentences.

- raising a tariff or a sanction imposes more of it (SANCTION, CAMEO 163): "raises tariffs on Chinese steel",
  where the parser hangs the "on" phrase on the verb (verbs.sanction-raise-tariffs); raising the issue of
  tariffs, or interest rates, is none;
- stopping another party's trade is an embargo (SANCTION 163, verbs.sanction-block-trade): "blocks all
  Palestinian exports", "bans imports of beef from Brazil", "halts shipments to Qatar"; a stop of trade with
  no owner or partner named is a state's own market rule, no event (dotterel/stages/trade_blocks.py);
- cutting or lowering a tariff eases it (RETREAT, CAMEO 085, verbs.retreat-ease-sanctions);
- releasing a seized ship or frozen asset returns property (RETREAT, CAMEO 0842,
  verbs.retreat-release-property); releasing footage or a product is none, and the captain or crew of a ship
  freed are people released (CAMEO 0841), not property.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event

DATE = "2019-07-10"


def _describe(events: list[Event]) -> str:
    return "\n".join(
        f"{e.action.type} {e.action.cameo} {e.source.name if e.source else None} -> "
        f"{e.target.name if e.target else None} [{e.rule}]"
        for e in events
    )


ACTS: list[tuple[str, str | None, str | None, str | None]] = [
    # sentence, CAMEO code expected (None: no event of the families below), source, target
    ("The United States increases tariffs on Chinese steel to 25 percent.", "163", "United States", "China"),
    ("Washington hikes duties on Turkish aluminium after the lira falls.", "163", "United States", "Turkey"),
    ("Saudi Arabia halts shipments of grain to Qatar.", "163", "Saudi Arabia", "Qatar"),
    ("Israel blocks all Palestinian exports of farm produce through Jordan.", "163", "Israel", None),
    ("China bans imports of beef from Brazil after the inspection reports.", "163", "China", "Brazil"),
    ("China lowers tariffs on American soybeans.", "085", "China", "United States"),
    ("Iran releases the British-flagged tanker Stena Impero.", "0842", "Iran", None),
    (
        "Houthi rebels release the South Korean ship they seized two days earlier.",
        "0842",
        None,
        "South Korea",
    ),
    # negatives: what must stay no such event
    ("India suspends exports of onions to keep prices down at home.", None, None, None),
    ("The government halts rice exports until the harvest is in.", None, None, None),
    ("The central bank raised interest rates for the third time this year.", None, None, None),
    ("Trump raises the issue of tariffs with Xi at the summit.", None, None, None),
    ("The army released drone footage of the strike on the convoy.", None, None, None),
    ("Boeing released a new version of the plane's software.", None, None, None),
    (
        "The Greek captain of the cargo ship, who was kidnapped by pirates last month, is freed.",
        "0841",
        None,
        None,
    ),
    ("Pirates free the crew of the fishing boat after a ransom is paid.", "0841", None, None),
]

FAMILIES = ("163", "085", "0841", "0842")


@pytest.mark.parametrize(("sentence", "cameo", "source", "target"), ACTS, ids=[a[0][:50] for a in ACTS])
def test_trade_and_property_acts(
    sentence: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    events = [e for e in code(sentence, DATE) if e.action.cameo in FAMILIES]
    if cameo is None:
        assert not events, _describe(events)
        return
    assert [e.action.cameo for e in events] == [cameo], _describe(events)
    if source is not None:
        assert events[0].source is not None and events[0].source.name == source, _describe(events)
    if target is not None:
        assert events[0].target is not None and events[0].target.name == target, _describe(events)
