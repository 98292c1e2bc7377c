"""A stop put to trade is an embargo on someone only when the trade has an owner or a partner.

"Israel blocks all [Palestinian] exports", "China bans imports of beef [from Brazil]", "halts shipments [to
Qatar]": the trade's owner or partner is the embargo's target (SANCTION, CAMEO 163). "India suspends exports
of onions", "the government halts rice exports" name no one the stop is aimed at: a state's rule for its own
market, no event.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.triggers import Trigger

TRADE_BLOCK_PATTERN = "verbs.sanction-block-trade.v1"


def is_untargeted_trade_block(trigger: Trigger, target: Any | None) -> bool:
    """True for a stop put to trade (``verbs.sanction-block-trade``) with no target: no owner or partner of
    the trade is named ("suspends exports of onions")."""
    return trigger.pattern.id == TRADE_BLOCK_PATTERN and target is None
