"""Diplomacy and protest acts that gave no event, or a false party (docs/when-where-how-bad.md, Session 18
weaknesses, recall).

Each table holds news-like sentences written for these tests, with negatives:
- a force named with its place and a capital letter heads the subject of a headline verb the parser ran into
  a compound ("Kosovo Police [arrest] businessman X and …"), as "police" does; the name after a title noun
  is the arrest's object (:mod:`dotterel.stages.compound_verbs`); a sentence with a verb keeps its compounds;
- a vehicle driven into people is an assault ("a police van rams protesters"); into a hill or a car it is not;
- a human chain formed is a protest (as a counter-protest held already was); a supermarket chain is not;
- cancelling a deal leaves it (SANCTION 160), and threatened ("will cancel the deal if …") is a threat to
  break relations (THREATEN 1313); cancelling flights is no sanction;
- an act that is the to-infinitive of a noun of request ("defying calls to cancel the deal") is asked for,
  not done (hypothetical; :mod:`dotterel.stages.unrealized_acts`); the deal cancelled stays asserted;
- "open to talks" is an offer to talk (AGREE 036), as "ready for talks" is; talks held stay CONSULT;
- a warning whose content's subject is the warner ("warns it will resume tests") has no target of its own
  (:mod:`dotterel.stages.events`); another party named there is the target.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts, coded_events

DATE = "2020-06-10"

ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    (
        "Kosovo Police arrest businessman Arben Krasniqi and former ministers Besim Hoti and Valon Berisha "
        "for their role in a fraud scheme.",
        "COERCE 173",
        "XKX",
        None,
        True,
    ),
    (
        "Hong Kong Police arrest publisher Ming Lau and former councillors Wai Chan and Kin-man Ho for their "
        "part in last year's protests.",
        "COERCE 173",
        "HKG",
        None,
        True,
    ),
    ("Kosovo Police arrest record of the suspect is released.", "COERCE 173", None, None, False),
    # a vehicle rammed into people, not into things
    (
        "A police truck rams demonstrators outside the presidential palace in Santiago.",
        "ASSAULT 182",
        None,
        "CHL",
        True,
    ),
    ("A passenger bus rams into a hill in Peru after its brakes fail.", "ASSAULT 182", None, None, False),
    ("The truck rammed a parked car on the motorway.", "ASSAULT 182", None, None, False),
    # protests formed or held
    ("Thousands of protesters form a human chain across Beirut.", "PROTEST 141", None, None, True),
    (
        "Dozens of monarchists hold a counter-protest outside the parliament in Bangkok.",
        "PROTEST 141",
        None,
        None,
        True,
    ),
    ("A supermarket chain closes its stores in Beirut.", "PROTEST 141", None, None, False),
    # a deal cancelled, or its cancelling threatened
    ("Turkey cancels the migrant deal with the European Union.", "SANCTION 160", "TUR", "IGO", True),
    ("Ryanair cancels flights to Dublin because of the strike.", "SANCTION 160", None, None, False),
    ("The party cancels its national convention in Jacksonville.", "SANCTION 160", None, None, False),
    (
        "Iran notifies the European Union that it will cancel the nuclear deal if the sanctions are not "
        "lifted.",
        "THREATEN 1313",
        "IRN",
        "IGO",
        True,
    ),
    # talks offered, not held
    (
        "The Taliban say they are open to negotiations with the Afghan government.",
        "AGREE 036",
        "AFG",
        "AFG",
        True,
    ),
    ("The president says he is open to a dialogue with the opposition.", "AGREE 036", None, None, True),
    ("The Taliban hold negotiations with the Afghan government.", "AGREE 036", None, None, False),
    ("The Taliban hold negotiations with the Afghan government.", "CONSULT 046", "AFG", "AFG", True),
    ("The border crossing is open to trade with Pakistan.", "AGREE 036", None, None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_diplomacy_acts(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)


# sentence, the texts the arrest's target may read: one of the people arrested, never a title alone
ARRESTED = [
    (
        "Kosovo Police arrest businessman Arben Krasniqi and former minister Besim Hoti for fraud.",
        {"Arben Krasniqi", "former minister Besim Hoti"},
    ),
    ("Police arrest journalist Jane Mwangi in Nairobi.", {"journalist Jane Mwangi", "Jane Mwangi"}),
    ("Samoan police arrest Edwin Tamasese, an anti-vaccination campaigner.", {"Edwin Tamasese"}),
    # the verb's own object: unchanged
    ("Police arrested two men in Lagos.", {"two men"}),
]


@pytest.mark.parametrize(("sentence", "targets"), ARRESTED)
def test_arrested_after_title(pipeline: Pipeline, sentence: str, targets: set[str]) -> None:
    """The arrest's target is a name its title noun stands before, not the title."""
    arrests = [e for e in coded_events(pipeline, sentence, DATE) if e.action.cameo == "173"]
    assert arrests, sentence
    assert (arrests[0].target.text if arrests[0].target else None) in targets


# sentence, the warning's source country, its target country (None: no target)
WARNINGS = [
    ("North Korea warns it will resume nuclear tests if the talks fail.", "PRK", None),
    ("Russia warns that it will respond in kind.", "RUS", None),
    # another party: the one warned, the content's own subject, or the one its condition names
    ("China warns that it will retaliate if the United States imposes new tariffs.", "CHN", "USA"),
    ("North Korea warns the United States that it will resume nuclear tests.", "PRK", "USA"),
    ("Iran warns that Israel will pay a heavy price for the attack.", "IRN", "ISR"),
]


@pytest.mark.parametrize(("sentence", "source", "target"), WARNINGS)
def test_warning_target_is_not_the_warner(
    pipeline: Pipeline, sentence: str, source: str, target: str | None
) -> None:
    """A warning's content whose subject is the warner gives the warning no target."""
    warnings = [e for e in coded_events(pipeline, sentence, DATE) if e.action.type == "THREATEN"]
    assert warnings, sentence
    assert warnings[0].source is not None and warnings[0].source.country == source
    assert (warnings[0].target.country if warnings[0].target else None) == target


# sentence, the trigger, its modality
MODES = [
    ("The opposition party renews its calls to boycott the referendum.", "boycott", "hypothetical"),
    ("The opposition party boycotts the referendum.", "boycotts", "asserted"),
    ("Turkey cancels the migrant deal with the European Union.", "cancels", "asserted"),
]


@pytest.mark.parametrize(("sentence", "trigger", "modality"), MODES)
def test_requested_act_not_done(pipeline: Pipeline, sentence: str, trigger: str, modality: str) -> None:
    """An act asked for by a noun of request did not happen; one done stays asserted."""
    events = [
        e
        for e in coded_events(pipeline, sentence, DATE)
        if sentence[e.trigger.start : e.trigger.end] == trigger
    ]
    assert events, sentence
    assert events[0].modality == modality
