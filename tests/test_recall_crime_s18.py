"""Crime acts that gave no event or no count (docs/when-where-how-bad.md, Session 17 weaknesses, recall).

Each table holds news-like sentences written for these tests, with negatives:
- a sentence the parser gives no verb (its root a noun) has its headline verb run into a compound of
  what follows: "Kenyan police [arrest] opposition politician Moses Kuria", "Fijian police [arrest] Ratu
  Tevita Mara" (:func:`dotterel.stages.compound_verbs.is_verbless`); the verb is read whatever its object,
  the noun before it is its subject (with the country word the parser hung on the verb), and a name the
  actor book lacks is the target as a bare name; a sentence with a verb of its own keeps its compounds;
- a court upholding a sentence or a conviction finds guilty once more (ACCUSE 116); upholding a law or a
  ruling does not;
- "The accused" (a participle the tagger keeps as one) names the one sentenced;
- a participle completing a passive verb of finding takes its passive subject as object: "is found beaten to
  death" is a beating with one dead (:mod:`dotterel.stages.passive_undergoers`); "is found dead" is no attack;
- "and wounds a third" after a count of dead is one more person hurt; a word that makes an event noun the
  lexicon lists with the noun before it ("car bomb") is no verb.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from dotterel.stages.compound_verbs import find_verbless_object, find_verbless_subject, is_verbless
from dotterel.stages.nlp import load_spacy_pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts, coded_events, coded_toll_of, coded_tolls

DATE = "2020-03-12"

ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    ("Kenyan police arrest opposition politician Moses Kuria in Nairobi.", "COERCE 173", "KEN", "KEN", True),
    (
        "Hong Kong police arrest veteran activist Lee Cheuk-yan for joining an unauthorised assembly.",
        "COERCE 173",
        "HKG",
        None,
        True,
    ),
    # a sentence with a verb of its own: the compounds stay nouns
    ("Police officer John Smith says the road is closed.", "COERCE 173", None, None, False),
    ("The police arrest record of the suspect is released.", "COERCE 173", None, None, False),
    # upholding a verdict or a penalty, not a law or a ruling
    (
        "A court in Tehran upholds the prison sentences of three environmental activists.",
        "ACCUSE 116",
        "IRN",
        None,
        True,
    ),
    (
        "The Court of Appeal upholds the conviction of a former minister for fraud.",
        "ACCUSE 116",
        None,
        None,
        True,
    ),
    ("The Supreme Court upholds a law that bans face coverings in public.", "ACCUSE 116", None, None, False),
    ("The senate votes to uphold the suspension of the sheriff.", "ACCUSE 116", None, None, False),
    # "the accused" sentenced; "accused" as a verb is an accusation, no sentence
    ("The accused is sentenced to 20 years in prison for the murder.", "ACCUSE 116", None, None, True),
    ("He accused the minister of lying to parliament.", "ACCUSE 116", None, None, False),
    # a killing told by its finding; a death found is no attack
    ("A journalist is found beaten to death in his home in Lagos.", "ASSAULT 182", None, "NGA", True),
    ("An activist is found strangled in her flat in Kampala.", "ASSAULT 182", None, None, True),
    ("A journalist is found dead in his home in Lagos.", "ASSAULT 182", None, None, False),
    ("The missing hiker is found alive near the summit.", "ASSAULT 182", None, None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_crime_acts(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)


# sentence, the text of the arrest's target (None: no target)
ARRESTED = [
    ("Fijian police arrest Ratu Tevita Mara, a former army officer, for sedition.", "Ratu Tevita Mara"),
    ("Police arrest Jorge Ramos for the shooting.", "Jorge Ramos"),
    # an arrest whose target the verb's own object gives: unchanged
    ("Police arrested two men in Lagos.", "two men"),
]


@pytest.mark.parametrize(("sentence", "target"), ARRESTED)
def test_arrested_name(pipeline: Pipeline, sentence: str, target: str | None) -> None:
    """A person's name the book lacks, the arrest's object, is its target as a bare name."""
    arrests = [e for e in coded_events(pipeline, sentence, DATE) if e.action.cameo == "173"]
    assert arrests, sentence
    assert (arrests[0].target.text if arrests[0].target else None) == target


# text, trigger, killed, injured (a trigger of None: no toll at all)
TOLLS = [
    ("A journalist is found beaten to death in his home in Lagos.", "beaten", 1, None),
    ("Forty prisoners are found strangled to death in a jail in Manaus.", "strangled", 40, None),
    ("A gunman kills two people and wounds a third at a bar in Kabul.", "kills", 2, 1),
    ("A roadside bomb kills two and wounds a third near Kandahar.", "roadside bomb", 2, 1),
    # negatives: a count, "a dozen", or a day after the wounding verb; a found death is no count of an attack
    ("A roadside bomb kills two people and wounds 30 others on Monday in Kabul.", "roadside bomb", 2, 30),
    ("A roadside bomb kills two and wounds a dozen near Kandahar.", "roadside bomb", 2, 12),
    ("A journalist is found dead in his home in Lagos.", None, None, None),
    # "car bomb" a noun the lexicon lists, no verb "bomb" in a sentence the parse gives no verb
    ("A car bomb detonates in a market in Afrin, killing 11 people.", "killing", 11, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), TOLLS)
def test_found_and_ordinal_tolls(
    text: str, trigger: str | None, killed: int | None, injured: int | None
) -> None:
    """The dead and hurt of a killing told by its finding, and of "and wounds a third"."""
    if trigger is None:
        assert all(k is None and i is None for _, k, i in coded_tolls(text, DATE))
        return
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


@pytest.fixture(scope="module")
def nlp() -> object:
    """The spaCy pipeline the stages read."""
    return load_spacy_pipeline()


# sentence, the compound-shaped word, whether the sentence is verbless, its subject and object (None: none)
VERBLESS = [
    (
        "Samoan police arrest Edwin Tamasese, a campaigner, for incitement against a health order.",
        "arrest",
        True,
        "police",
        "Tamasese",
    ),
    ("Police arrest journalist Jane Mwangi.", "arrest", True, "Police", "Mwangi"),  # the name, not its title
    ("Riot police fire tear gas at fans outside the stadium.", "fire", True, "police", "gas"),
    ("Police fire chief John Smith resigns after the report.", "fire", False, None, None),
    ("Police arrested two men in Lagos.", "arrested", False, None, None),
]


@pytest.mark.parametrize(("sentence", "word", "verbless", "subject", "obj"), VERBLESS)
def test_verbless_compound_verb(
    nlp: object, sentence: str, word: str, verbless: bool, subject: str | None, obj: str | None
) -> None:
    """Only in a sentence the parse gives no verb is the compound-shaped word a verb whatever its object."""
    doc = nlp(sentence)  # type: ignore[operator]
    token = next(t for t in doc if t.text == word)
    assert is_verbless(token.sent) == verbless
    found = find_verbless_object(token)
    assert (found.text if found is not None else None) == obj
    modifier = doc[0]
    owner = find_verbless_subject(modifier) if modifier.dep_ != "ROOT" else None
    if subject is not None and modifier.text != subject:
        assert owner is not None and owner.text == subject
