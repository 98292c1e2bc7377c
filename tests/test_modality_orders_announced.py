"""Acts ordered, not done, and sanctions announced in the passive by their doer (ordered_acts.py,
announced_passives.py, modality.py of dotterel/stages), on sentences written like news.

The to-infinitive of a verb of ordering ("ordered the army to withdraw", "instructs the chairman to ask
Russia", "were told to leave") is what was ordered: hypothetical, as a plan is. The same acts told as done,
an order that is itself the measure ("ordered all schools to close"), a that-clause after "told" and an act
done after an order stay asserted. A coming sanction or expulsion the doer tells in the passive ("said the
diplomats will be expelled") is the act announced, asserted; a warning, a condition, a generic patient, a use
of force and an arrest told to come stay threats.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event

DATE = "2020-07-29"


def _describe(events: list[Event]) -> str:
    return "\n".join(f"{e.action.type} {e.action.cameo} {e.modality} [{e.rule}]" for e in events)


ORDERED: list[tuple[str, str, str]] = [
    # sentence, PLOVER type, modality of every event of that type
    (
        "President Lukashenko instructs the chairman of the security committee to ask Russia for an official "
        "explanation.",
        "REQUEST",
        "hypothetical",
    ),
    ("President Trump ordered the Pentagon to withdraw all troops from Syria.", "RETREAT", "hypothetical"),
    ("The court in Lagos ordered police to arrest the former governor.", "COERCE", "hypothetical"),
    ("Putin instructed the defence ministry to send military aid to Italy.", "AID", "hypothetical"),
    ("Erdogan told the army to launch an offensive against the Kurdish militia.", "ASSAULT", "hypothetical"),
    ("Troops were ordered to withdraw from the border with Lebanon.", "RETREAT", "hypothetical"),
    ("The president directed the army to evacuate residents of the coast.", "RETREAT", "hypothetical"),
    # negative cases: done, not ordered; the order is the measure; a that-clause after "told"; a deed done
    # after an order given to others
    ("The Pentagon withdrew all troops from Syria on Monday.", "RETREAT", "asserted"),
    ("The governor ordered all public schools to close for two weeks.", "COERCE", "asserted"),
    ("The army told reporters that it had arrested six militants near the border.", "COERCE", "asserted"),
    ("Police arrested six protesters after they were ordered to leave the square.", "COERCE", "asserted"),
    ("Russia sent military aid to Italy, Putin told the defence ministry.", "AID", "asserted"),
    # an ordered sanction or restriction is the measure, done by the order; so is the orderer's own act
    # coordinated with the order
    ("The Constitutional Court orders the opposition party to be dissolved.", "COERCE", "asserted"),
    (
        "The government announces a lockdown, with all non-essential shops ordered to close.",
        "COERCE",
        "asserted",
    ),
    (
        "Hungarian Prime Minister Viktor Orbán orders bars and entertainment venues to close and imposes a "
        "nighttime curfew in Budapest.",
        "COERCE",
        "asserted",
    ),
    (
        "Turkish President Erdogan orders the army to withdraw from the border and meets the French "
        "ambassador in Ankara.",
        "CONSULT",
        "asserted",
    ),
    # a bare infinitive coordinated with the ordered one is ordered too ("to improve … or face")
    ("The council told the regime to free the prisoners or face new sanctions.", "RETREAT", "hypothetical"),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "modality"), ORDERED, ids=[f"{r[0][:40]}-{r[1]}" for r in ORDERED]
)
def test_ordered_acts_are_not_asserted(sentence: str, type_: str, modality: str) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == type_]
    assert events and all(e.modality == modality for e in events), _describe(code(sentence, DATE))


ANNOUNCED: list[tuple[str, str, str]] = [
    # sentence, PLOVER type, modality of every event of that type: a coming sanction or expulsion told in the
    # passive by its doer is the act announced, asserted, not a threat
    (
        "The Russian foreign ministry said the two Dutch diplomats will be expelled from the country.",
        "SANCTION",
        "asserted",
    ),
    (
        "Argentina says the visas of the diplomats have been revoked and they will be expelled.",
        "COERCE",
        "asserted",
    ),
    (
        "Argentina says the visas of the diplomats have been revoked and they will be expelled.",
        "THREATEN",
        "-",
    ),
    # negative cases: a warning, a condition, a generic patient, force or an arrest told to come stay threats
    ("Spain warned Bolivia that its diplomats will be expelled from Madrid.", "SANCTION", "-"),
    (
        "Russia says the Dutch diplomats will be expelled if the sanctions are not lifted.",
        "THREATEN",
        "conditional",
    ),
    ("The Thai government says anyone who overstays their visa will be deported.", "THREATEN", "threatened"),
    ("The Turkish government says the Kurdish fighters will be crushed.", "THREATEN", "threatened"),
    ("Police in Lagos say the suspects will be arrested and charged.", "THREATEN", "threatened"),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "modality"), ANNOUNCED, ids=[f"{r[0][:40]}-{r[1]}" for r in ANNOUNCED]
)
def test_own_passive_futures_are_announced_acts(sentence: str, type_: str, modality: str) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == type_]
    if modality == "-":
        assert not events, _describe(code(sentence, DATE))
        return
    assert events and all(e.modality == modality for e in events), _describe(code(sentence, DATE))
