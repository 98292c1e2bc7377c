"""Prospects, preparations, vows and refusals (dotterel/stages/prospects.py, modality.py), on real sentences.

- an event noun under a prospective modifier, in the aim of a noun of prospect, or brought by a foretold cause
  is hypothetical; so are the reason of a punishment ("arrested for collaborating") and a clause of time that
  tells of the future ("will not disarm until the prisoners are released"); the same acts told as happenings
  stay asserted;
- getting ready to attack is a military move (MOBILIZE 150), a stated readiness stays a threat;
- a vow not to do a cooperative act is a refusal, a vow to fight is a threat;
- "the rebels said the government must ..." is the rebels' demand; a cooperative act ruled out ("is out of
  the question") is refused; a sanction announced as a decision is the sanction, not a threat.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event

DATE = "2020-01-02"


def _coded(sentence: str) -> list[Event]:
    return code(sentence, DATE)


def _describe(events: list[Event]) -> str:
    return "\n".join(f"{e.action.type} {e.action.cameo} {e.modality} [{e.rule}]" for e in events)


MODALITIES: list[tuple[str, str, str]] = [
    # sentence, PLOVER type, modality of every event of that type
    ("Britain called up reservists for a possible war against Iraq.", "ASSAULT", "hypothetical"),
    ("Britain called up reservists for a possible war against Iraq.", "MOBILIZE", "asserted"),
    ("The army postponed a planned offensive against the rebels in Darfur.", "ASSAULT", "hypothetical"),
    (
        "Prosecutors questioned the singer about her possible role in the riots in Lagos.",
        "PROTEST",
        "hypothetical",
    ),
    (
        "Diplomats said the agreement would pave the way for peace talks with the rebels.",
        "CONSULT",
        "hypothetical",
    ),
    ("The minister said the move could spark a war against Iran.", "ASSAULT", "hypothetical"),
    ("Three men were arrested in Kabul for attacking a police station.", "ASSAULT", "hypothetical"),
    (
        "Two activists were arrested in Cairo for taking part in protests against the government.",
        "COERCE",
        "asserted",
    ),
    ("A teacher was arrested for collaborating with the rebels.", "COOPERATE", "hypothetical"),
    # "be set / due / poised / scheduled to": an act arranged; a cooperative one is an intent (AGREE 03x), a
    # conflict one a plan, no one's threat; "set out to" and "set up ... to" are no schedule
    ("Israel is set to annex the Jordan Valley after the election.", "COERCE", "hypothetical"),
    ("Turkey is poised to launch an offensive against Kurdish fighters in Syria.", "ASSAULT", "hypothetical"),
    ("The two leaders are due to meet in Hanoi next week.", "AGREE", "asserted"),
    # "be about to": the imminent act, not yet done (a resignation to come is an intent to yield, AGREE 035)
    ("Police in Minsk are about to arrest the opposition leader, his aides say.", "COERCE", "hypothetical"),
    ("Israel is about to annex parts of the West Bank, the minister says.", "COERCE", "hypothetical"),
    ("Police arrested a blogger who wrote about the protests in Minsk.", "COERCE", "asserted"),
    ("Police in Minsk arrest about 200 protesters.", "COERCE", "asserted"),
    # "slated" is lemmatized "slat" by the small model: the same schedule
    ("The former producer is slated to be sentenced by a judge on March 11.", "ACCUSE", "hypothetical"),
    ("Turkey is slated to launch an offensive against Kurdish fighters in Syria.", "ASSAULT", "hypothetical"),
    ("The army set out to capture the town from the rebels.", "COERCE", "asserted"),
    ("Police set up roadblocks to stop protesters in Lagos.", "PROTEST", "asserted"),
    # an act kept from happening by a verb of prevention did not happen; "for X to do" is a wish, not a
    # happening; the same acts told plainly, or only blocked, stay asserted
    ("A court in Lahore prevented the release of three opposition leaders.", "RETREAT", "negated"),
    ("Police in Minsk prevented opposition supporters from marching to the palace.", "PROTEST", "negated"),
    ("Police in Minsk blocked opposition supporters marching to the palace.", "PROTEST", "asserted"),
    ("Opposition supporters marched from the square to the palace in Minsk.", "PROTEST", "asserted"),
    (
        "The United States calls for the Syrian government to release journalist Austin Tice.",
        "RETREAT",
        "hypothetical",
    ),
    ("The Syrian government released journalist Austin Tice on Monday.", "RETREAT", "asserted"),
    # a clause of time in the present under a future, negated or past verb tells of the future
    ("The rebels will not disarm until the government releases all prisoners.", "RETREAT", "hypothetical"),
    (
        "The rebels said they opposed the peace force until their political demands are met.",
        "REQUEST",
        "hypothetical",
    ),
    # the to-infinitive of a noun of prospect is an aim ("in a push to capture the city"), the act it
    # serves a happening
    (
        "Syrian troops shelled Idlib province in a push to capture the town of Maarat al-Numan.",
        "COERCE",
        "hypothetical",
    ),
    (
        "Syrian troops shelled Idlib province in a push to capture the town of Maarat al-Numan.",
        "ASSAULT",
        "asserted",
    ),
    ("Rebels launched an offensive in a bid to retake the town of Saraqib.", "COERCE", "hypothetical"),
    # negatives: the same acts told as happenings, also in the present of narration; a public act as a
    # punishment's reason
    (
        "Two activists were arrested in Cairo for taking part in protests against the government.",
        "PROTEST",
        "asserted",
    ),
    ("Authorities arrested a blogger for criticizing the president.", "ACCUSE", "asserted"),
    ("Passengers on a bus are held hostage before police fatally shoot the hijacker.", "ASSAULT", "asserted"),
    ("Protesters blocked the road until police dispersed them with tear gas.", "COERCE", "asserted"),
    ("The killing sparked protests across Baghdad.", "PROTEST", "asserted"),
    ("The army launched an offensive against the rebels in Darfur.", "ASSAULT", "asserted"),
    ("Police arrested two men after they attacked a bus in Jerusalem.", "ASSAULT", "asserted"),
    ("Rebels captured the town of Saraqib after a push by government forces.", "COERCE", "asserted"),
    ("Police arrested the man who pushed to close the border crossing.", "COERCE", "asserted"),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "modality"), MODALITIES, ids=[f"{r[0][:40]}-{r[1]}" for r in MODALITIES]
)
def test_prospects_and_reasons_are_not_asserted(sentence: str, type_: str, modality: str) -> None:
    events = [e for e in _coded(sentence) if e.action.type == type_]
    assert events and all(e.modality == modality for e in events), _describe(_coded(sentence))


RECODED: list[tuple[str, str, set[str]]] = [
    # sentence, a CAMEO code coded, PLOVER types that must not be coded
    ("The Syrian army prepared to resume shelling rebel positions in Idlib.", "150", {"ASSAULT", "THREATEN"}),
    ("Ethiopian troops are preparing a major offensive against the rebels in Tigray.", "150", {"ASSAULT"}),
    ("Houthi fighters are gearing up for an assault on Marib.", "150", {"ASSAULT"}),
    ("Sharon has vowed never to return the Golan Heights to Syria.", "120", {"AGREE"}),
    ("The rebels have vowed to fight on until the government falls.", "138", {"AGREE"}),
    ("Kurdish rebels said the government must release all political prisoners.", "100", {"RETREAT"}),
    ("US officials said lifting the sanctions on Iran is out of the question.", "120", {"RETREAT"}),
    ("The minister said talks with the rebels are off the table.", "120", {"CONSULT"}),
    ("India announced that it will impose tariffs on 28 US products from Sunday.", "163", {"THREATEN"}),
    ("The Prime Minister of Lithuania is about to resign after the election.", "035", {"RETREAT"}),
    # a negated stance (recognition, acceptance) in any tense is a refusal
    ("Canada does not recognize the results of the presidential election in Belarus.", "120", {"SUPPORT"}),
    ("The opposition does not recognise the legitimacy of the new government.", "120", {"SUPPORT"}),
    ("The Houthis did not accept the Saudi peace proposal.", "120", {"AGREE"}),
    # negatives: a sanction only said to come and a stated readiness are threats; the act itself; a promise
    # kept as a promise; a fight with an object; an order to one's own side; an aim that is no refusal
    ("The United States said it would impose sanctions on Iran.", "1312", set()),
    ("The Pentagon said the United States is prepared to strike Iran.", "138", {"MOBILIZE"}),
    ("The Syrian army resumed shelling rebel positions in Idlib.", "194", {"MOBILIZE"}),
    ("The government vowed to return the land to the farmers.", "030", {"REJECT"}),
    ("The president pledged not to attack the rebels during the talks.", "190", {"REJECT"}),
    ("The new president vowed to fight corruption.", "030", {"THREATEN"}),
    ("Turkish officials said Turkey must release all political prisoners.", "0841", {"REQUEST"}),
    ("US officials said lifting the sanctions on Iran is a priority.", "085", {"REJECT"}),
    # a recognition asserted; other negated cooperative acts in the past did not happen (no refusal)
    ("Canada recognizes Juan Guaidó as interim president of Venezuela.", "054", {"REJECT"}),
    ("The United States recognized the results of the election in Bolivia.", "054", {"REJECT"}),
    ("The Turkish delegation did not meet the Greek foreign minister in Berlin.", "040", {"REJECT"}),
]


@pytest.mark.parametrize(("sentence", "cameo", "forbidden"), RECODED, ids=[r[0][:50] for r in RECODED])
def test_preparations_vows_and_refusals_are_recoded(sentence: str, cameo: str, forbidden: set[str]) -> None:
    events = _coded(sentence)
    assert cameo in {e.action.cameo for e in events}, _describe(events)
    assert not {e.action.type for e in events} & forbidden, _describe(events)
