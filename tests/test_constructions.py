"""Constructions coded beyond single trigger words: reported demands, permissions, nominalisations, title
nouns before a name, and the codebook decisions on resignations and sanctions (docs/codebook.md).

Each table pairs positive sentences with negatives. Sentences run through the default pipeline without the
trigger prefilter (the prefilter's entries for these constructions are tested on their own at the end).
"""

from __future__ import annotations

from typing import Any

import pytest

from dotterel.api import code
from dotterel.knowledge.constructions import (
    find_construction_entries,
    load_construction_words,
    to_construction_words,
)
from dotterel.knowledge.lexicon import load_lexicon
from dotterel.model import Event
from dotterel.pipeline import Pipeline
from dotterel.prefilter import TriggerPrefilter, find_trigger_entries
from dotterel.stages.nlp import load_spacy_pipeline

DATE = "2021-03-04"


def _events(pipeline: Pipeline, sentence: str) -> list[Event]:
    return code(sentence, DATE, pipeline=pipeline)


def _asserted(events: list[Event]) -> list[Event]:
    return [e for e in events if e.modality == "asserted"]


# ---------------------------------------------------------------- reported demands

DEMANDS: list[tuple[str, str | None, str | None]] = [
    # sentence, source country of the demand, target country
    ("Russia said Ukraine must withdraw its artillery from the front line.", "RUS", "UKR"),
    ("The Arab League insisted that Israel should halt settlement building.", "IGO", "ISR"),
    ("Iran must release the tanker immediately, Britain's foreign secretary said.", "GBR", "IRN"),
    ("The African Union concluded on Friday that Sudan's army has to hand power to civilians.", "IGO", "SDN"),
    ("Germany said Belarus needs to free the detained journalist.", "DEU", "BLR"),
    ("Somali rebels announced that the Somali government must accept their terms.", "SOM", "SOM"),
    # a court's ruling that another must act is its order (a court's sector tells it from its government)
    (
        "A US federal judge rules that the Justice Department must hand over the jury material to Congress.",
        "USA",
        "USA",
    ),
    ("Kenya's High Court ruled that the police must release the detained activists.", "KEN", "KEN"),
]

NOT_DEMANDS = [
    "Turkish officials said Turkey must defend its southern border.",  # the speaker's own side
    "The rebels said they must defend themselves against the army.",  # a pronoun: mostly the speaker
    "The Kenyan president said the economy must grow faster next year.",  # no actor is obliged
    "The European Union said that aid should be delivered to Gaza.",  # passive: no one obliged
    "The minister would not say whether Iran should release the tanker.",  # a question
    "Russia said Ukraine withdrew its artillery from the front line.",  # no obligation
    "Germany said Belarus does not need to free the detained journalist.",  # a need denied: no obligation
    "A US federal judge rules that the Trump administration does not have to reinstate the program.",
    "A US federal judge ruled that the lawsuit against Baker Tilly can go ahead.",  # a permission, no order
    # a firm the actor book lacks is obliged only by a court's ruling, not by anyone's statement
    "The US president says that accounting firm Baker Tilly must hand over the records to Congress.",
]


@pytest.mark.parametrize(("sentence", "source", "target"), DEMANDS)
def test_reported_obligation_is_a_demand(pipeline: Pipeline, sentence: str, source: str, target: str) -> None:
    demands = [e for e in _events(pipeline, sentence) if e.rule == "verbs.request-reported-demand.v1"]
    assert len(demands) == 1
    demand = demands[0]
    assert (demand.action.type, demand.action.cameo, demand.modality) == ("REQUEST", "100", "asserted")
    assert demand.source is not None and demand.source.country == source
    assert demand.target is not None and demand.target.country == target


def test_court_ruling_obliges_a_named_firm_the_book_lacks(pipeline: Pipeline) -> None:
    sentence = (
        "A US federal judge rules that accounting firm Baker Tilly must hand over the records to Congress."
    )
    demands = [e for e in _events(pipeline, sentence) if e.rule == "verbs.request-reported-demand.v1"]
    assert [(e.action.cameo, e.modality) for e in demands] == [("100", "asserted")]
    source = demands[0].source
    assert source is not None and (source.country, source.sector) == ("USA", "JUD")


@pytest.mark.parametrize(
    ("sentence", "content_type"),
    [
        ("Russia said Ukraine must withdraw its artillery from the front line.", "RETREAT"),
        ("Germany said Belarus needs to free the detained journalist.", "RETREAT"),
        ("Somali rebels announced that the Somali government must accept their terms.", "AGREE"),
    ],
)
def test_demanded_act_is_not_asserted(pipeline: Pipeline, sentence: str, content_type: str) -> None:
    assert content_type not in {e.action.type for e in _events(pipeline, sentence)}


@pytest.mark.parametrize("sentence", NOT_DEMANDS)
def test_no_demand_without_another_obliged_actor(pipeline: Pipeline, sentence: str) -> None:
    assert "REQUEST" not in {e.action.type for e in _events(pipeline, sentence)}


@pytest.mark.parametrize(
    ("sentence", "kept", "dropped"),
    [
        # a condition or time limit of the demanded act is part of the demand
        ("Hamas said Israel must lift the blockade before any prisoners are released.", None, "RETREAT"),
        ("The opposition said the army has to return to barracks before talks can resume.", None, "CONSULT"),
        # a reason told beside the demand happened
        (
            "Russia said Ukraine must withdraw its artillery after Ukrainian shelling killed two soldiers.",
            "ASSAULT",
            None,
        ),
    ],
)
def test_conditions_of_a_demand_belong_to_it(
    pipeline: Pipeline, sentence: str, kept: str | None, dropped: str | None
) -> None:
    types = {e.action.type for e in _asserted(_events(pipeline, sentence))}
    assert "REQUEST" in types
    assert kept is None or kept in types
    assert dropped is None or dropped not in types


ORDERS: list[tuple[str, str, bool]] = [
    # sentence, type that must be coded, whether the order itself is the REQUEST
    ("A Pakistani court ordered the former interior minister to appear before it.", "REQUEST", True),
    ("The judge ordered the journalists to leave the courtroom.", "REQUEST", True),
    ("Putin ordered Russian troops to withdraw from Syria.", "RETREAT", False),  # the act is the event
    ("Putin ordered Russian troops to launch air strikes on the town.", "ASSAULT", False),
    ("The president ordered an inquiry into the killings.", "ACCUSE", False),  # no one is ordered
]


@pytest.mark.parametrize(("sentence", "kind", "order"), ORDERS)
def test_orders(pipeline: Pipeline, sentence: str, kind: str, order: bool) -> None:
    events = _events(pipeline, sentence)
    assert kind in {e.action.type for e in events}
    assert any(e.rule == "verbs.request-order.v1" for e in events) == order


# ---------------------------------------------------------------- permissions


@pytest.mark.parametrize(
    ("sentence", "kind", "absent"),
    [
        ("The Kenyan police allowed the opposition to hold a rally in Nairobi.", "CONCEDE", "PROTEST"),
        ("Zimbabwe's electoral court allowed opposition candidate Nelson Chamisa to run.", "CONCEDE", None),
        ("The junta permitted opposition leader Aung San Suu Kyi to address a rally.", "CONCEDE", "PROTEST"),
    ],
)
def test_permission_is_the_event(pipeline: Pipeline, sentence: str, kind: str, absent: str | None) -> None:
    types = {e.action.type for e in _asserted(_events(pipeline, sentence))}
    assert kind in types
    assert absent not in types


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of opposition supporters held a rally in Nairobi on Sunday.",
        "The Kenyan police allowed traffic to pass while opposition supporters held a rally in Nairobi.",
    ],
)
def test_unpermitted_or_unrelated_acts_stay(pipeline: Pipeline, sentence: str) -> None:
    types = {e.action.type for e in _events(pipeline, sentence)}
    assert "PROTEST" in types
    assert "CONCEDE" not in types


# ---------------------------------------------------------------- nominalisations and title nouns

NOMINAL: list[tuple[str, str, str, str | None]] = [
    ("Italy announced a suspension of air links with Serbia.", "SANCTION", "ITA", "SRB"),
    ("Kuwait ordered the severance of diplomatic ties with Iran.", "SANCTION", "KWT", "IRN"),
    ("Tehran announced the release of two French academics.", "RETREAT", "IRN", "FRA"),
    ("The withdrawal of US troops from northern Syria began on Monday.", "RETREAT", "USA", None),
    ("Moscow freed opposition activist Ilya Yashin on Monday.", "RETREAT", "RUS", None),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target"), NOMINAL)
def test_nominalisations_and_titles_read_as_their_verbs(
    pipeline: Pipeline, sentence: str, kind: str, source: str, target: str | None
) -> None:
    found = [e for e in _events(pipeline, sentence) if e.action.type == kind]
    assert found
    assert found[0].source is not None and found[0].source.country == source
    if target is not None:
        assert found[0].target is not None and found[0].target.country == target


@pytest.mark.parametrize(
    "sentence",
    [
        "The suspension of the striker angered the club's fans.",
        "The court ordered the release of the documents.",
        "The band announced the release of its new album.",
        "The company released singer Taylor Swift from her contract.",
    ],
)
def test_nominalisations_need_the_verbs_object(pipeline: Pipeline, sentence: str) -> None:
    assert {e.action.type for e in _events(pipeline, sentence)} & {"SANCTION", "RETREAT"} == set()


# ---------------------------------------------------------------- joint readings


@pytest.mark.parametrize(
    ("sentence", "kind", "absent"),
    [
        ("Indian and Japanese warships began war games in the Bay of Bengal.", "COOPERATE", "MOBILIZE"),
        ("Chinese and Russian bombers held air drills over the Sea of Japan.", "COOPERATE", "MOBILIZE"),
        ("China held large-scale military drills near Taiwan on Saturday.", "MOBILIZE", "COOPERATE"),
        ("Iranian troops and militiamen staged war games near the Iraqi border.", "MOBILIZE", "COOPERATE"),
    ],
)
def test_exercises_of_several_countries_are_joint(
    pipeline: Pipeline, sentence: str, kind: str, absent: str
) -> None:
    types = {e.action.type for e in _events(pipeline, sentence)}
    assert kind in types
    assert absent not in types


# ---------------------------------------------------------------- codebook decisions

DECIDED: list[tuple[str, str, str, str]] = [
    ("Peru's prime minister resigned on Saturday after the protests.", "RETREAT", "0831", "resign"),
    ("Lebanon's information minister tendered his resignation on Friday.", "RETREAT", "0831", "resign"),
    ("Washington imposed sanctions on three Venezuelan officials.", "SANCTION", "163", "discontinue"),
    ("The European Union froze the assets of two Belarusian ministers.", "SANCTION", "163", "discontinue"),
]


@pytest.mark.parametrize(("sentence", "kind", "cameo", "mode"), DECIDED)
def test_codebook_decisions(pipeline: Pipeline, sentence: str, kind: str, cameo: str, mode: str) -> None:
    found = [e for e in _asserted(_events(pipeline, sentence)) if e.action.cameo == cameo]
    assert found
    assert (found[0].action.type, found[0].action.mode) == (kind, mode)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Peru's prime minister offered his resignation on Saturday.", "CONCEDE"),  # an offer, no resignation
        ("Peru's prime minister declined to resign despite the protests.", "REJECT"),
    ],
)
def test_resignations_not_made_are_not_retreats(pipeline: Pipeline, sentence: str, kind: str) -> None:
    types = {e.action.type for e in _asserted(_events(pipeline, sentence))}
    assert kind in types
    assert "RETREAT" not in types


def test_promised_resignation_is_not_asserted(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Peru's prime minister will resign next week, his office said.")
    assert not [e for e in events if e.action.type == "RETREAT" and e.modality == "asserted"]


# ---------------------------------------------------------------- word lists and prefilter entries


def test_construction_words_are_loaded() -> None:
    words = load_construction_words()
    assert "say" in words.report_verbs and "must" in words.obligation_aux
    assert words.nominalizations["suspension"] == "suspend"


def test_bad_nominalisation_raises() -> None:
    lists: dict[str, Any] = {name: frozenset() for name in ("report_verbs", "obligation_aux")}
    lists |= {name: frozenset() for name in ("obligation_verbs", "permission_verbs", "joint_readings")}
    lists |= {"order_verbs": frozenset(), "demand_content_marks": frozenset()}
    with pytest.raises(Exception, match="noun:verb"):
        to_construction_words("x.yaml", {**lists, "nominalizations": frozenset({"suspension"})})


@pytest.mark.parametrize(
    ("sentence", "passes"),
    [
        ("The Red Cross said the occupying forces must ensure security.", True),
        ("Italy announced a suspension of air links.", True),
        ("The Red Cross said the city was quiet.", False),
        # a verb form the lemma repair component (stages/lemma_repairs.py) gives its own lemma
        ("Two girls were raped in Oulu.", True),
        ("The singer rapped about the city.", False),
    ],
)
def test_construction_entries_let_the_prefilter_pass(sentence: str, passes: bool) -> None:
    nlp = load_spacy_pipeline()
    entries = [*find_trigger_entries(load_lexicon()), *find_construction_entries(load_construction_words())]
    assert (TriggerPrefilter(nlp, entries).to_doc(sentence) is not None) == passes
