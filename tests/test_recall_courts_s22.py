"""Court and police acts lost from the crime core (docs/when-where-how-bad.md, seed 70 "Law and crime").

Each table holds news-like sentences written for these tests, with negatives:
- a sentence received ("X receives a life sentence", "nine men receive prison terms", "gets a suspended
  sentence") is a sentencing whose target is the receiver (verbs.accuse-sentence-received); a letter, a
  report or a pardon received is none; receiving tells no content, so a clause misparsed under it stays an
  event of its own (:func:`dotterel.stages.nesting.find_content_host`);
- a charge told after a participle describing its subject ("X, accused of killing …, is also charged with …")
  is an act of its own, not the description told twice (:mod:`dotterel.stages.merge_described_subjects`);
- people named by their tie to another person ("two associates of X are arrested") are the ones held.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import actor_text, assert_act_befalls, coded_trigger_acts

DATE = "2020-06-03"


ACTS = [
    # sentence, trigger, type, the target's text (None: no such event expected at that word)
    (
        "Convicted killer Joseph Ward Brooks receives a second life sentence in prison.",
        "receives",
        "ACCUSE",
        "Joseph Ward Brooks",
    ),
    (
        "Nine men receive prison terms for running a trafficking ring in Leeds.",
        "receive",
        "ACCUSE",
        "Nine men",
    ),
    (
        "Former mayor Anton Kessler gets a suspended sentence of two years for bribery.",
        "gets",
        "ACCUSE",
        "Former mayor Anton Kessler",
    ),
    (
        "The serial rapist Daniel Morrow receives 12 life sentences at the Old Bailey.",
        "receives",
        "ACCUSE",
        "The serial rapist",
    ),
    (
        "John Miller, accused of killing nine people at a nightclub, is also charged with committing "
        "terrorist acts.",
        "charged",
        "ACCUSE",
        "John Miller",
    ),
    (
        "Two associates of businessman Lev Marten have been arrested for wire fraud.",
        "arrested",
        "COERCE",
        "Two associates",
    ),
    ("Police arrest two relatives of the suspect in Lyon.", "arrest", "COERCE", "two relatives"),
    # a clause before a semicolon the parser hangs on "receives" as its content is a sentencing of its own
    (
        "Two priests are sentenced to 40 years in prison for abusing pupils at a school in Mendoza, "
        "Argentina; "
        "a former gardener of the school also receives a prison sentence.",
        "sentenced",
        "ACCUSE",
        "Two priests",
    ),
    # negatives: no penalty received, a penalty only served, a participle of the same code
    ("The ministry received a letter from the embassy.", "received", "ACCUSE", None),
    ("The governor receives a report on the state of the prisons.", "receives", "ACCUSE", None),
    ("The convicted officer received a pardon from the governor.", "received", "ACCUSE", None),
    ("The prisoner received a visit from his lawyer while serving his sentence.", "received", "ACCUSE", None),
]


@pytest.mark.parametrize(("sentence", "trigger", "kind", "target"), ACTS)
def test_court_act_targets(
    pipeline: Pipeline, sentence: str, trigger: str, kind: str, target: str | None
) -> None:
    """The act is coded with the one it befalls (or, for a negative case, is not coded at that word)."""
    assert_act_befalls(coded_trigger_acts(pipeline, sentence, DATE, actor_text), trigger, kind, target)


DESCRIBED = [
    # sentence, the type looked at, the triggers of the acts of that type expected (in order)
    (
        "John Miller, accused of killing nine people at a nightclub, is also charged with committing "
        "terrorist acts.",
        "ACCUSE",
        ["accused", "charged"],
    ),
    # a later act of the same kind told with "also" is another act (the priests' sentencing keeps no place of
    # the gardener's)
    (
        "Two priests are sentenced to 40 years in prison for abusing pupils at a school in Mendoza, "
        "Argentina; the school's former gardener John Miller also receives an 18-year sentence.",
        "ACCUSE",
        ["sentenced", "receives"],
    ),
    # negatives: a participle of the same code as the clause's act stays one sentencing; a harm's victims'
    # participle the parser hangs on the attack's subject retells the attack
    ("Peter Lowe, convicted of murder in March, is sentenced to life in prison.", "ACCUSE", ["convicted"]),
    (
        "Five people are dead and 12 others injured after an Al-Shabaab suicide bomber blew himself up at a "
        "camp hosting displaced families near Mogadishu.",
        "ASSAULT",
        ["injured"],
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "triggers"), DESCRIBED)
def test_described_subject_acts(pipeline: Pipeline, sentence: str, kind: str, triggers: list[str]) -> None:
    """A participle describing the subject and the clause's legal act of another code are two acts."""
    acts = coded_trigger_acts(pipeline, sentence, DATE, actor_text)
    assert [act[1] for act in acts if act[0] == kind] == triggers, acts
