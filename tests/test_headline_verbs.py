"""A headline's present-tense verb that the tagger reads as a plural noun ("A court in Turkey sentences ...",
"Scotland's Court of Session fines ...") is the verb by word order: right after the head noun of a subject no
verb of its clause precedes, right before an object (a name, a determiner or number phrase, "to" with a
penalty). Sentences written like the news text for these tests, with negatives: a plural noun with its own
determiner or modifier, followed by a preposition or a verb, or inside a verb's object, is no act.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.pipeline import Pipeline
from dotterel.stages.headline_verbs import is_headline_verb
from dotterel.stages.nlp import load_spacy_pipeline

DATE = "2019-09-25"

# sentence, the word, whether it is read as the verb (an act of its own: ACCUSE 116)
HEADLINES: list[tuple[str, str, bool]] = [
    (
        "The International Criminal Court sentences Bosco Ntaganda to 30 years in prison for war crimes.",
        "sentences",
        True,
    ),
    (
        "A court in Turkey sentences opposition parliamentarian Remziye Tosun to ten years in prison.",
        "sentences",
        True,
    ),
    (
        "A court in Denmark sentences a former public employee to six years in prison for embezzling funds.",
        "sentences",
        True,
    ),
    ("Scotland's Court of Session fines Greenpeace £80,000 for breaching an injunction.", "fines", True),
    (
        "Sweden protests after the Chinese government sentences bookseller Gui Minhai to ten years in jail.",
        "sentences",
        True,
    ),
    # negatives: the plural noun of a penalty
    ("The sentences handed down on Monday were the harshest in years.", "sentences", False),
    ("Prison sentences for protesters have increased since the law was passed.", "sentences", False),
    ("Three of the men are given life sentences while the others receive shorter terms.", "sentences", False),
    ("The rapist receives 33 life sentences at the Old Bailey.", "sentences", False),
    ("The opposition denies the weapons charges against its leader.", "charges", False),
    ("Businesses that break the rules will face fines of up to $100,000.", "fines", False),
    ("Drug charges against the journalist are dropped.", "charges", False),
]


@pytest.fixture(scope="module")
def nlp() -> object:
    """The spaCy pipeline the stages read."""
    return load_spacy_pipeline()


@pytest.mark.parametrize(("sentence", "word", "verb"), HEADLINES)
def test_headline_verb_by_word_order(nlp: object, sentence: str, word: str, verb: bool) -> None:
    """The plural-noun-tagged word is read as the verb only between a subject's head noun and an object."""
    doc = nlp(sentence)  # type: ignore[operator]
    token = next(t for t in doc if t.text == word)
    assert token.tag_ == "NNS"  # the tagger's reading these sentences were written to show
    assert is_headline_verb(token) == verb


@pytest.mark.parametrize(("sentence", "word", "verb"), HEADLINES)
def test_headline_verb_is_coded(pipeline: Pipeline, sentence: str, word: str, verb: bool) -> None:
    """A sentencing or a fine the headline tells is coded (ACCUSE 116) at the word; the penalty nouns are
    no such act."""
    events = list(code(sentence, DATE, pipeline=pipeline))
    told = [(e.action.cameo, sentence[e.trigger.start : e.trigger.end]) for e in events]
    assert (("116", word) in told) == verb, told
