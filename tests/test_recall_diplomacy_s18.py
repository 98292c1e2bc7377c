"""Diplomatic acts lost for want of a verb, a pattern or a target (session 18, recall causes of the seed 55-62
diplomacy and election readings).

News-like sentences written for these tests, with negatives:
- a third-person verb the tagger ran into the surname before it as a plural noun, in a sentence with no
  other verb ("President Recep Tayyip Erdogan [lands] in Moscow") is the verb, the name its subject
  (:mod:`dotterel.stages.name_headline_verbs`); a plural noun after a common noun, or in a sentence with
  a verb of its own, stays a noun;
- the same run-in in an object relative clause ("a move which the EU [rejects]"), and the target of such a
  verbal act is the owner of what the pronoun stands for: the doer of the act or measure it retells
  (:mod:`dotterel.stages.relative_object_targets`);
- revoking a partner's trade status is a cut of exchanges (verbs.sanction-revoke-trade-status), a region's
  own "special status" is not;
- striking a state off a blacklist or the list of state sponsors of terrorism eases sanctions on it
  (verbs.retreat-delist), off a list of favoured trading partners cuts trade (verbs.sanction-trade-list); the
  list is read from the verb's "from" phrase (:mod:`dotterel.stages.removal_sources`);
- joining a naval or military mission is military cooperation (verbs.cooperate-join-mission), joining a
  coalition of parties is not.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from dotterel.stages.name_headline_verbs import find_name_headline_subject
from dotterel.stages.nlp import load_spacy_pipeline
from dotterel.stages.relative_object_targets import find_relative_object_owner
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2019-08-02"

ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    ("Turkish President Recep Tayyip Erdogan lands in Moscow for talks.", "CONSULT 042", "TUR", "RUS", True),
    ("Donald Trump lands in Osaka for the G20 summit.", "CONSULT 042", "USA", "JPN", True),
    ("The Trump lands in Scotland are sold to a developer.", "CONSULT 042", None, None, False),
    ("Russia annexes the territory, a move which the EU rejects.", "REJECT 120", "IGO", "RUS", True),
    ("Iran seizes a British tanker, which the UK condemns.", "ACCUSE 111", "GBR", "IRN", True),
    (
        "China announces sanctions on US lawmakers, which the United States condemns.",
        "ACCUSE 111",
        "USA",
        "CHN",
        True,
    ),
    (
        "Washington revokes Hong Kong's preferential trade status after the new security law.",
        "SANCTION 160",
        "USA",
        "HKG",
        True,
    ),
    (
        "Washington ends India's preferential trade status under the GSP program.",
        "SANCTION 160",
        "USA",
        "IND",
        True,
    ),
    (
        "India revokes Jammu and Kashmir's special status under the constitution.",
        "SANCTION 160",
        None,
        None,
        False,
    ),
    (
        "The United States removes Sudan from the list of state sponsors of terrorism.",
        "RETREAT 085",
        "USA",
        "SDN",
        True,
    ),
    ("The European Union drops Hamas from its terrorist blacklist.", "RETREAT 085", "IGO", "PSE", True),
    (
        "Japan removes South Korea from its list of preferred trading partners.",
        "SANCTION 160",
        "JPN",
        "KOR",
        True,
    ),
    (
        "Japan removes South Korea from its list of preferred trading partners.",
        "RETREAT 085",
        None,
        None,
        False,
    ),
    (
        "China removes pangolin scales from its list of approved ingredients.",
        "RETREAT 085",
        None,
        None,
        False,
    ),
    (
        "Japan says it is joining a U.S.-led naval mission in the Strait of Hormuz.",
        "COOPERATE 062",
        "JPN",
        None,
        True,
    ),
    ("Australia joins the US-led maritime security mission in the Gulf.", "COOPERATE 062", "AUS", None, True),
    (
        "Five Star Movement members agree to join a coalition with the Democratic Party.",
        "COOPERATE 062",
        None,
        None,
        False,
    ),
]

# sentence, the word, the subject the word is read as a verb of (None: no such verb)
RUN_IN = [
    ("Donald Trump lands in Osaka for the G20 summit.", "lands", "Trump"),
    ("The Lebanese Army clashes with supporters of Hezbollah in Beirut.", "clashes", "Army"),
    ("Iran seizes a British tanker, a move which the UK condemns.", "condemns", None),  # tagged a verb
    ("The parliament passes a new security law, which the opposition rejects.", "rejects", "opposition"),
    ("Facebook posts about the Hong Kong protests.", "posts", None),  # no name before it
    ("The Trump lands in Scotland are sold to a developer.", "lands", None),
    ("New tariffs on imports from Mexico take effect.", "tariffs", None),
]

# sentence, the relative clause's verb, the owner of what its object pronoun stands for (None: not told)
OWNERS = [
    ("Russia annexes the territory, a move which the EU rejects.", "rejects", "Russia"),
    ("China announces sanctions on US lawmakers, which the United States condemns.", "condemns", "China"),
    ("Beijing's new security law, which London condemns, takes effect on Tuesday.", "condemns", "Beijing"),
    ("Japan and Canada sign a trade deal, which the minister hails as historic.", "hails", None),  # joint act
    (
        "Thousands rally against the arrest of the mayor on charges of fraud, which the mayor denies.",
        "denies",
        None,
    ),  # whose charges is not told
    ("The government passes a law which bans protests.", "bans", None),  # the pronoun is the subject
]


@pytest.fixture(scope="module")
def nlp() -> object:
    """The spaCy pipeline the stages read."""
    return load_spacy_pipeline()


@pytest.mark.parametrize(("sentence", "word", "subject"), RUN_IN)
def test_run_in_verb_subject(nlp: object, sentence: str, word: str, subject: str | None) -> None:
    """A plural-noun-tagged verb run into the name or noun before it is read with that subject; a noun
    after a common noun or in a sentence with a verb of its own is not."""
    doc = nlp(sentence)  # type: ignore[operator]
    token = next(t for t in doc if t.text == word)
    found = find_name_headline_subject(token)
    assert (found.text if found is not None else None) == subject


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_acts_and_parties(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded so)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)


@pytest.mark.parametrize(("sentence", "word", "owner"), OWNERS)
def test_relative_object_owner(nlp: object, sentence: str, word: str, owner: str | None) -> None:
    """The owner of what an object relative pronoun stands for is its possessor or its verb's subject, told
    close by; a joint act's parties, a subject pronoun and an owner further up are not read."""
    doc = nlp(sentence)  # type: ignore[operator]
    token = next(t for t in doc if t.text == word)
    found = find_relative_object_owner(token)
    assert (found.text if found is not None else None) == owner
