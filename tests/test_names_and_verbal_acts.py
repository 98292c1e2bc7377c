"""Events: words of names, verbal attacks and states that are no act of their type (session 14, seed-54 and
seed-55 "Not in the figures" causes), on sentences written like news text for these tests, with negatives:

- the kind of an institution is no act: "the Court of Appeal in Kyiv rules …" lodges no appeal, while an
  appeal lodged with the court stays one;
- an attack made of words ("personal attacks on …", "a scathing attack on …") is criticism (ACCUSE 111), a
  deadly or a fierce attack stays an ASSAULT;
- a person harming himself ("injured after throwing herself in front of a train") is attacked by no one;
  many killed after a bomber blows himself up stay an attack;
- being held ("migrants in U.S. detention", "dies in police detention") is a state, not an arrest; placing or
  holding someone in detention, and an act of detention named with an article, stay arrests;
- razing one's own building is no attack; razing another's house stays one (ASSAULT 1712);
- ordering someone to leave the country, or giving them hours to leave it, expels them (SANCTION 166); an
  order to leave a square or to pay a fine stays a demand (REQUEST 100).
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.pipeline import Pipeline

DATE = "2020-03-05"


# (sentence, trigger word, "TYPE CAMEO" coded on it, or None for no event on it)
CASES = [
    ("The Court of Appeal in London upholds the conviction of the former minister.", "Appeal", None),
    (
        "The Court of Appeal in London upholds the conviction of the former minister.",
        "upholds",  # the court's act (verbs.accuse-uphold, session 18), coded as a conviction
        "ACCUSE 116",
    ),
    ("In France, the court of appeal in Lyon overturns the ruling on the pension reform.", "appeal", None),
    ("The plaintiffs plan to appeal to the Court of Appeal in Nairobi.", "appeal", "REQUEST 020"),
    (
        "The party launched personal attacks on the European Commission president.",
        "personal attacks",
        "ACCUSE 111",
    ),
    (
        "The opposition leader launched a scathing attack on the prime minister.",
        "scathing attack",
        "ACCUSE 111",
    ),
    ("The militants launched a deadly attack on the prime minister's convoy.", "attack", "ASSAULT 190"),
    ("Rebels launched a fierce attack on the town of Saraqib.", "attack", "ASSAULT 190"),
    ("A woman is injured after throwing herself in front of a train in Berlin.", "injured", None),
    ("A man is injured after he threw himself in front of a bus in Warsaw.", "injured", None),
    ("Five people are killed after a suicide bomber blows himself up in a market.", "killed", "ASSAULT 183"),
    ("A journalist is injured after being beaten by police in Minsk.", "injured", "ASSAULT 190"),
    ("The number of migrants in U.S. detention reaches a record.", "detention", None),
    ("An opposition activist dies in police detention in Cairo.", "detention", None),
    ("Police place the opposition leader in detention in Moscow.", "detention", "COERCE 173"),
    # a plural is arrests made; and a phrase whose clause has no verb at all must end the walk (it hung)
    ("The protests in Hong Kong result in arrests by police.", "arrests", "COERCE 173"),
    (
        "Protests continue in several cities. Several clashes with police result in arrests. (NPR)",
        "arrests",
        None,
    ),
    (
        "The revocation of their accreditation resulted in the detention of three journalists in Minsk.",
        "detention",
        "COERCE 173",
    ),
    ("Cambodia razes a building on its own naval base.", "razes", None),
    ("Israeli forces raze a Palestinian house in the West Bank.", "raze", "ASSAULT 1712"),
    ("Soldiers destroy the village and its own mosque.", "destroy", "ASSAULT 1712"),
    ("Russia orders two Dutch diplomats to leave the country within two weeks.", "orders", "SANCTION 166"),
    ("The government gives the commission 24 hours to leave the country.", "gives", "SANCTION 166"),
    ("Benin orders the EU ambassador to leave Benin.", "orders", "SANCTION 166"),
    ("The court orders the company to pay a fine.", "orders", "REQUEST 100"),
    ("Police order protesters to leave the square.", "orders", None),
]


@pytest.mark.parametrize(("sentence", "trigger", "kind"), CASES)
def test_names_and_verbal_acts(pipeline: Pipeline, sentence: str, trigger: str, kind: str | None) -> None:
    """The trigger word gives the expected type and code, or no event."""
    events = code(sentence, DATE, pipeline=pipeline)
    found = {
        sentence[
            e.evidence.spans["action"].start : e.evidence.spans["action"].end
        ]: f"{e.action.type} {e.action.cameo}"
        for e in events
    }
    assert found.get(trigger) == kind, found
