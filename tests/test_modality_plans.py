"""One's own measures told in the plain future, threats named by a noun, and acts inside a condition
(own_plans.py, unrealized_acts.py, modality.py of dotterel/stages), on sentences written like news.

A measure a state puts in force by deciding it, or a cooperative act, told in the plain future by its doer
("Norway will impose a quarantine", "says it will maintain its support") is a plan: it keeps its type and is
to come (hypothetical), no THREATEN. A measure against another country, a future under a word of warning or
commitment, with a condition, of force or of an arrest stays a threat, and a decision announced ("announced it
will impose tariffs") stays asserted. The event noun of "the threat of" (someone's threat) is threatened, as
under "threatens to"; an act inside an "if"/"unless" clause is the condition (hypothetical), negated or not.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event

DATE = "2020-08-20"


def _describe(events: list[Event]) -> str:
    return "\n".join(f"{e.action.type} {e.action.cameo} {e.modality} [{e.rule}]" for e in events)


CASES: list[tuple[str, str, str]] = [
    # sentence, PLOVER type, modality of every event of that type ("-": no event of that type)
    # one's own measure or cooperative act in the plain future: a plan, no threat
    (
        "Norway will impose a ten-day quarantine on travellers arriving from Germany.",
        "COERCE",
        "hypothetical",
    ),
    ("Norway will impose a ten-day quarantine on travellers arriving from Germany.", "THREATEN", "-"),
    ("Sudan will ban all public gatherings in Khartoum beginning December 23.", "COERCE", "hypothetical"),
    ("Madrid will close its borders with other regions between December 4 and 14.", "THREATEN", "-"),
    (
        "China says it will suspend all direct flights to and from the United Kingdom.",
        "COERCE",
        "hypothetical",
    ),
    ("The government says it will close all schools from Monday.", "THREATEN", "-"),
    ("The ministry says it will expel the journalists who broke the rules.", "SANCTION", "hypothetical"),
    (
        "Turkey says it will maintain its support for the Government of National Accord.",
        "SUPPORT",
        "hypothetical",
    ),
    # negative cases: a decision announced stays asserted; a promised cooperative act with an intent code is
    # an AGREE; a measure against another country, a warning, a vow, a condition, a generic patient, force and
    # arrests told to come stay threats; a past act is done
    ("Japan says it will expel two Russian diplomats.", "THREATEN", "threatened"),
    ("The European Union will impose sanctions on Belarus next week.", "THREATEN", "threatened"),
    ("The Thai government says anyone who overstays their visa will be deported.", "THREATEN", "threatened"),
    ("India announced it will impose tariffs on 29 American goods on Sunday.", "SANCTION", "asserted"),
    ("Germany says it will send a medical team to Italy next week.", "AGREE", "asserted"),
    ("China warns it will impose sanctions on American defence companies.", "SANCTION", "-"),
    ("Russia vows it will expel the Dutch diplomats.", "THREATEN", "threatened"),
    (
        "Trump says he will impose tariffs on Mexican goods unless Mexico stops the migrants.",
        "THREATEN",
        "conditional",
    ),
    ("Iran says it will strike American bases in the region.", "THREATEN", "threatened"),
    ("Police in Lagos say the suspects will be arrested and charged.", "THREATEN", "threatened"),
    ("Sudan banned all travellers from the United Kingdom on Wednesday.", "COERCE", "asserted"),
    # a threat named by the noun "threat" with "of", someone's
    ("Trump renews the threat of new tariffs on Chinese goods.", "THREATEN", "threatened"),
    ("Trump renews the threat of new tariffs on Chinese goods.", "SANCTION", "-"),
    ("Beijing repeats its threat of sanctions on American arms makers.", "THREATEN", "threatened"),
    # negative cases: a risk no one voices is no threat made; an act once threatened, now done; a measure
    # imposed is done
    ("The threat of a terrorist attack remains high, police say.", "THREATEN", "-"),
    ("Israel mounted its long-threatened invasion of south Lebanon.", "ASSAULT", "asserted"),
    ("The United States imposes new tariffs on Chinese goods.", "SANCTION", "asserted"),
    # an act inside an "if"/"unless" clause is the condition, negated or not; the main act is conditional
    (
        "Iran says that if the United States does not release the tanker, it will seize a British ship.",
        "RETREAT",
        "hypothetical",
    ),
    (
        "Iran says that if the United States does not release the tanker, it will seize a British ship.",
        "THREATEN",
        "conditional",
    ),
    ("If Iran does not accept the deal, the United States will impose new sanctions.", "REJECT", "-"),
    # negative cases: a negated act outside a condition stays negated; a refusal stays a refusal
    ("The United States did not release the tanker.", "RETREAT", "negated"),
    ("Iran says it will not release the British tanker.", "REJECT", "asserted"),
]


@pytest.mark.parametrize(("sentence", "type_", "modality"), CASES, ids=[f"{r[0][:40]}-{r[1]}" for r in CASES])
def test_plans_threat_nouns_and_conditions(sentence: str, type_: str, modality: str) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == type_]
    if modality == "-":
        assert not events, _describe(code(sentence, DATE))
        return
    assert events and all(e.modality == modality for e in events), _describe(code(sentence, DATE))
