"""Crime and unrest acts that gave no event (docs/when-where-how-bad.md, Session 16 known weaknesses).

Each table holds news-like sentences written for these tests, with negatives:
- a headline's present-tense verb the parser ran into its object as a noun compound ("Riot police [fire]
  tear gas at fans", :mod:`dotterel.stages.compound_verbs`) is the verb when a pattern of the verb names that
  object (crowd control, ASSAULT 175), and its subject the noun before it; a compound whose noun is no such
  object stays a noun ("the Grenfell Tower fire inquiry", "police fire chief");
- a bare quantity as the subject of a passive verb ("dozens are arrested", "two are arrested") is that many
  people the act befalls (:mod:`dotterel.stages.quantity_people`), so the arrest is kept with its target; an
  amount of money or a quantity with an "of" noun is not; a vague pronoun ("Some are arrested", session 26)
  stands for people too, with no count;
- "First Lady" is a title: "Former First Lady of Peru Nadine Heredia" is a Peruvian, the one sentenced.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from dotterel.stages.nlp import load_spacy_pipeline
from dotterel.stages.quantity_people import is_quantity_people
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2019-06-12"

ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    (
        "Riot police fire tear gas at fans outside the stadium in Buenos Aires.",
        "ASSAULT 175",
        "ARG",
        None,
        True,
    ),
    ("Security forces fire rubber bullets at protesters in Baghdad.", "ASSAULT 175", "IRQ", None, True),
    (
        "Police fire water cannon and rubber bullets at demonstrators in Santiago.",
        "ASSAULT 175",
        "CHL",
        None,
        True,
    ),
    # a fire noun before a noun no pattern of "fire" names is no crowd control
    ("The Grenfell Tower fire inquiry opens in London.", "ASSAULT 175", None, None, False),
    ("Police fire chief John Smith resigns after the report.", "ASSAULT 175", None, None, False),
    ("Riot police fire service vehicles block the road.", "ASSAULT 175", None, None, False),
    # a bare quantity of people arrested
    ("Dozens are arrested after protesters clash with police in Lagos.", "COERCE 173", None, None, True),
    ("Thousands march in the capital; dozens are arrested.", "COERCE 173", None, None, True),
    ("Three of the attackers are killed and two are arrested.", "COERCE 173", None, None, True),
    ("Millions are spent on the campaign.", "COERCE 173", None, None, False),
    # a vague pronoun of people arrested (session 26): no count, but the arrest is kept
    ("Police fire tear gas at protesters in Minsk. Some are arrested.", "COERCE 173", None, None, True),
    ("Riot police charge the crowd in Algiers. Many were detained.", "COERCE 173", None, None, True),
    # a first lady's title names her country
    (
        "Former First Lady of Peru Nadine Heredia is sentenced to prison for money laundering.",
        "ACCUSE 116",
        None,
        "PER",
        True,
    ),
    (
        "The First Lady of Zimbabwe Grace Mugabe is accused of assaulting a model.",
        "ACCUSE 112",
        None,
        "ZWE",
        True,
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_acts_of_the_day(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)


# sentence, the word, whether it is a bare quantity of people
QUANTITIES = [
    ("Dozens are arrested after the march.", "Dozens", True),
    ("Two are arrested and three are charged.", "Two", True),
    ("Hundreds are detained in the capital.", "Hundreds", True),
    # an "of" noun says who; money, a share or a noun phrase with a head noun is no bare quantity
    ("Dozens of protesters are arrested after the march.", "Dozens", False),
    ("$5 million is seized from the smugglers.", "million", False),
    ("Two men are arrested after the march.", "Two", False),
    ("Police arrest dozens after the march.", "dozens", False),
    ("Some are arrested after the march.", "Some", True),
    ("Many were detained in the capital.", "Many", True),
    # a vague pronoun that is no passive subject, or with an "of" noun, is no people of its own
    ("Many are worried about the new law.", "Many", False),
    ("Some of the protesters are arrested after the march.", "Some", False),
    ("Police arrest some after the march.", "some", False),
]


@pytest.fixture(scope="module")
def nlp() -> object:
    """The spaCy pipeline the stages read."""
    return load_spacy_pipeline()


@pytest.mark.parametrize(("sentence", "word", "people"), QUANTITIES)
def test_bare_quantity_of_people(nlp: object, sentence: str, word: str, people: bool) -> None:
    """Only a bare quantity that is a passive verb's subject stands for people."""
    doc = nlp(sentence)  # type: ignore[operator]
    token = next(t for t in doc if t.text == word)
    assert is_quantity_people(token) == people
