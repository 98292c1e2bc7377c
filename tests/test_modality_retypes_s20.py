"""Type, mode and doers a construction calls for (dotterel/stages/modality_retypes.py and its modules:
halted_acts, called_doers, handover_targets, complaint_protests, insufficient_grounds;
clause_bounds.is_contrast; verbs.sanction-withdraw-from-talks; modality.yaml ``halting_verbs``,
``leaving_verbs``, ``reward_nouns``, ``handover_verbs``, ``sufficiency_words``, ``insufficiency_words``,
``contrast_marks``). Each rule has negative cases: the plain act stays as it was.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-05-14"

# sentence, trigger word, CAMEO code, modality, source text ("-" none), target text ("-" none)
CASES: list[tuple[str, str, str, str, str, str]] = [
    # talks halted or left are their halt (SANCTION 164), not talks held
    ("Australia has ceased negotiating a free-trade agreement with Indonesia.", "negotiating", "164",
     "asserted", "Australia", "Indonesia"),
    ("The rebels stopped negotiating with the government after the bombing.", "negotiating", "164",
     "asserted", "rebels", "government"),
    ("Australia has walked away from free-trade talks with Indonesia.", "talks", "164", "asserted", "-",
     "Indonesia"),
    # leaving talks is their halt, told once by the verb (no second event for the talks)
    ("The opposition pulled out of the peace talks with the government.", "pulled", "164", "asserted",
     "opposition", "-"),
    # negative: troops leaving a town retreat (RETREAT 0874)
    ("The rebels withdrew from the town after the talks.", "withdrew", "0874", "asserted", "rebels", "-"),
    # negatives: talks held, talks resumed
    ("Australia is negotiating a free-trade agreement with Indonesia.", "negotiating", "046", "asserted",
     "Australia", "Indonesia"),
    ("The rebels resumed negotiating with the government after the ceasefire.", "negotiating", "046",
     "asserted", "rebels", "government"),
    # the act called for is the callers' demand, not theirs to do
    ("Turkey buys missiles from Russia, defying EU and U.S. calls to cancel the deal.", "cancel", "100",
     "asserted", "EU", "-"),
    # negatives: the one called on named, or the subject who rejects the call, keeps the act
    ("Fifty lawmakers call for the minister to resign.", "resign", "0831", "hypothetical", "minister", "-"),
    ("Britain rejects calls to expel the Russian ambassador.", "rejects", "124", "asserted", "Britain",
     "Russian ambassador"),
    # a protest lodged to a government is a complaint (ACCUSE 114), the addressee its target
    ("The embassy protested to the Foreign Ministry over the arrest of its consul.", "protested", "114",
     "asserted", "embassy", "Foreign Ministry"),
    # negative: protesters protesting are a demonstration
    ("Thousands of students protested in Santiago over the fare increase.", "protested", "141", "asserted",
     "students", "Santiago"),
    # a handover is done to the person, not the state receiving them
    ("Mexico extradites the cartel leader to the United States.", "extradites", "063", "asserted", "Mexico",
     "leader"),
    ("Spain extradites the former intelligence chief to the United States.", "extradites", "063", "asserted",
     "Spain", "former intelligence chief"),
    # negative: an extradition with no destination keeps its target
    ("Mexico extradites the cartel leader.", "extradites", "063", "asserted", "Mexico", "leader"),
    # ruled-out grounds negate the act
    ("The court rules that the evidence is not sufficient to convict the mayor.", "convict", "116",
     "negated", "-", "mayor"),
    ("Prosecutors say there is insufficient evidence to charge the senator.", "charge", "1121", "negated",
     "-", "senator"),
    # negatives: sufficient grounds, a plain charge
    ("The court rules that the evidence is sufficient to convict the mayor.", "convict", "116",
     "asserted", "-", "mayor"),
    ("Prosecutors charge the senator with fraud.", "charge", "1121", "asserted", "Prosecutors", "senator"),
    # a denial does not reach into a clause of contrast
    ("Iranian President Hassan Rouhani dismisses the proposal as a sham, while Iraqi Prime Minister Adil "
     "Abdul-Mahdi casts his support for the proposal.", "support", "019", "asserted", "his", "-"),
    # negative: the content of a denial stays denied
    ("The army denies that its soldiers fired on the protesters.", "fired", "193", "denied", "soldiers",
     "protesters"),
]

@pytest.mark.parametrize(("sentence", "trigger", "cameo", "modality", "source", "target"), CASES)
def test_retyped_acts(
    sentence: str, trigger: str, cameo: str, modality: str, source: str, target: str
) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == trigger]
    assert events, f"no event at {trigger!r} in {sentence!r}"
    event = events[0]
    got = (
        event.action.cameo,
        event.modality,
        "-" if event.source is None else event.source.text,
        "-" if event.target is None else event.target.text,
    )
    assert got == (cameo, modality, source, target)

@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The United States offers a $10 million reward for the arrest of the cartel leader.", False),
        ("Japan offers to mediate between Iran and the United States.", True),
    ],
)
def test_reward_offers(sentence: str, kept: bool) -> None:
    """A reward put on a capture is no offer to cooperate (AGREE 03x); an offer to mediate is."""
    offers = [e for e in code(sentence, DATE) if e.action.type == "AGREE"]
    assert bool(offers) == kept, [(e.action.cameo, e.modality) for e in offers]
