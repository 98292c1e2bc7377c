"""Events and modality on real sentences: type, CAMEO, source, target, modality — with negative cases.

Each row codes one sentence through the whole default pipeline and looks for one event with the given fields
(``None`` in a field means "not checked"); the negative table lists types a sentence must not yield.
"""

from __future__ import annotations

from typing import Any

import pytest

from dotterel.api import code

DATE = "2020-01-02"

ROWS: list[tuple[str, str | None, str | None, str | None, str | None, str | None]] = [
    # sentence, type, cameo prefix, source country, target country, modality
    # a hyphenated object the parser split into objects of the light verb is its last word (session 26)
    ("Russia imposed counter-sanctions on the European Union.", "SANCTION", "16", "RUS", None, "asserted"),
    (
        "Turkish forces launched counter-attacks on Kurdish militants in Syria.",
        "ASSAULT",
        "19",
        "TUR",
        None,
        None,
    ),
    (
        "US President Donald Trump accused Iran of orchestrating the violence.",
        "ACCUSE",
        "112",
        "USA",
        "IRN",
        "asserted",
    ),
    ("He threatened on Tuesday to retaliate against Iran.", "THREATEN", "13", None, "IRN", None),
    ("Washington dispatched extra troops to the region.", "MOBILIZE", "15", "USA", None, "asserted"),
    ("Iraqi protesters hurled rocks at the US embassy.", "PROTEST", "145", "IRQ", "USA", "asserted"),
    (
        "US air raids on Sunday against bases of the Kataib Hezbollah group killed 25 fighters.",
        "ASSAULT",
        "195",
        "USA",
        "IRQ",
        "asserted",
    ),
    ("Iran has denied allegations that it armed the militia.", "REJECT", None, "IRN", None, "asserted"),
    ("Israeli jets bombed a weapons depot near Damascus.", "ASSAULT", "19", "ISR", None, "asserted"),
    ("Turkish troops withdrew from the town.", "RETREAT", None, "TUR", None, "asserted"),
    ("The United States imposed new sanctions on Iran.", "SANCTION", "163", "USA", "IRN", "asserted"),
    ("Russian and Turkish officials held talks in Moscow.", "CONSULT", "04", None, None, "asserted"),
    # the if-clause is hypothetical; its consequence is the conditional threat
    ("If Iran attacks US forces, Washington will retaliate.", "ASSAULT", "19", "IRN", "USA", "hypothetical"),
    ("If Iran attacks US forces, Washington will retaliate.", "THREATEN", "13", "USA", "IRN", "conditional"),
    # a closed border is sanctioned against the neighbour named, never against the closer itself
    ("Morocco closes its border with Spain.", "SANCTION", "16", "MAR", "ESP", "asserted"),
    # a generic object makes only a promise conditional; a present-tense act stays asserted
    (
        "Pakistan closes all land borders and discourages any large public gatherings.",
        "SANCTION",
        "16",
        "PAK",
        None,
        "asserted",
    ),
    # a planned deployment at home is no threat
    (
        "The U.S. Navy will deploy a hospital ship to New York City.",
        "MOBILIZE",
        "15",
        "USA",
        None,
        "hypothetical",
    ),
    # coordinated actors: one event per actor; reciprocal types act on each other
    ("Iran and Iraq signed a security pact.", "SUPPORT", "05", "IRN", "IRQ", "asserted"),
    ("Iran and Iraq signed a security pact.", "SUPPORT", "05", "IRQ", "IRN", "asserted"),
    ("The United States sanctioned Iran and Venezuela.", "SANCTION", "16", "USA", "VEN", "asserted"),
    ("Senior Hungarian and Romanian officials agreed to cooperate.", "AGREE", "03", "ROU", "HUN", "asserted"),
    # light verbs with the preposition on the verb; quantities in front of the event noun
    (
        "Government troops carried out strikes against rebel positions.",
        "ASSAULT",
        "19",
        None,
        None,
        "asserted",
    ),
    (
        "The United Nations will provide 25,000 tons of food aid to refugees in Liberia.",
        "AGREE",
        "033",
        "IGO",
        "LBR",
        "asserted",
    ),
    # a noun event in a phrase of its participants' verb
    ("Kenyan nurses went on strike over pay.", "PROTEST", "14", "KEN", None, "asserted"),
    # a vow of force is a threat; a vow to withdraw stays a promise
    (
        "Donald Trump vowed to strike 52 Iranian sites if Iran attacks Americans.",
        "THREATEN",
        "13",
        "USA",
        "IRN",
        "conditional",
    ),
    ("The rebels pledged to withdraw from the town.", "AGREE", "03", None, None, "asserted"),
    # victims of a nominal attack; a participle after a comma acts for the clause subject
    (
        "Two Iraqi soldiers were killed in an attack by Islamic State militants.",
        "ASSAULT",
        "19",
        None,
        "IRQ",
        "asserted",
    ),
    (
        "The spokesman of the Iraqi army confirmed the death of two soldiers, blaming Iran.",
        "ACCUSE",
        "11",
        "IRQ",
        "IRN",
        "asserted",
    ),
    # the issuer of a statement is the one calling; a participle's victims are the attack's target
    (
        "The United States and France issued a joint statement calling on Haftar to end the offensive.",
        "REQUEST",
        "02",
        "FRA",
        "LBY",
        "asserted",
    ),
    (
        "Taliban militants attacked government outposts, killing at least twelve Afghan soldiers.",
        "ASSAULT",
        "19",
        "AFG",
        "AFG",
        "asserted",
    ),
    # strikes that kill, or that a president orders, are attacks, not labour strikes
    ("Militia officials said the strikes killed 25 fighters.", "ASSAULT", "19", None, None, "asserted"),
    (
        "The Pentagon said President Donald Trump had ordered the strike.",
        "ASSAULT",
        "19",
        "USA",
        None,
        "asserted",
    ),
    # a refused cooperative act is a rejection; a reported "would" is a promise
    ("Syria says it will not accept any more refugees from Iraq.", "REJECT", "12", "SYR", None, "asserted"),
    (
        "Vice-President Moody Awori has declined to resign despite growing pressure.",
        "REJECT",
        "12",
        "KEN",
        None,
        "asserted",
    ),
    (
        "Palestinian leaders said they would boycott all official contact with the United States.",
        "THREATEN",
        "13",
        "PSE",
        "USA",
        "threatened",
    ),
    # "strikes" by a state are attacks; by nurses, a labour strike
    ("Israeli strikes in the Beqaa valley hit a weapons depot.", "ASSAULT", "19", "ISR", None, "asserted"),
    ("Kenyan nurses went on strike over unpaid wages.", "PROTEST", "143", "KEN", None, "asserted"),
    # promised cooperation is an agreement (an intent), not the act
    (
        "Finland will give Tanzania a grant of 580 million shillings.",
        "AGREE",
        "033",
        "FIN",
        "TZA",
        "asserted",
    ),
    (
        "Syria says it is willing to withdraw its troops from Lebanon.",
        "AGREE",
        "035",
        "SYR",
        None,
        "asserted",
    ),
    # headline present tense that the small parser misreads as one noun phrase
    (
        "Somalia expels Nicholas Haysom, the most senior United Nations diplomat in the country.",
        "COERCE",
        "17",
        "SOM",
        "IGO",
        "asserted",
    ),
    (
        "A car bomb explodes in Mogadishu, killing five Somali soldiers.",
        "ASSAULT",
        "18",
        None,
        "SOM",
        "asserted",
    ),
    (
        "Gunmen attack two villages in Mali, killing at least 20 people.",
        "ASSAULT",
        "19",
        "MLI",
        "MLI",
        "asserted",
    ),
    # modality
    ("Iranian forces did not attack the tanker.", "ASSAULT", "19", "IRN", None, "negated"),
    (
        "Saudi Arabia will take military action if the attacks continue, the Saudi foreign minister said.",
        "THREATEN",
        "13",
        "SAU",
        None,
        "conditional",
    ),
    (
        "The US is prepared to take military action against Iran, Secretary of Defense Mark Esper said.",
        "THREATEN",
        "138",
        "USA",
        "IRN",
        "threatened",
    ),
    ("Pakistan denied that its troops shelled Indian positions.", "ASSAULT", "19", "PAK", "IND", "denied"),
    # a name the actor book does not know takes the office of its apposition or of its "as" phrase
    (
        "Kurt Volker, United States special envoy to Ukraine, resigns one day after the release of a report.",
        "RETREAT",
        "0831",
        "USA",
        None,
        "asserted",
    ),
    (
        "Nelson Teich resigns as Brazil's Minister of Health amid disagreements.",
        "RETREAT",
        "0831",
        "BRA",
        None,
        None,
    ),
    (
        "Sajid Javid resigns as the United Kingdom's Chancellor of the Exchequer.",
        "RETREAT",
        "0831",
        "GBR",
        None,
        None,
    ),
    # a verb tagged as a plural noun is still the root of its own clause
    ("Jordan's Prime Minister Omar Al-Razzaz resigns.", "RETREAT", "0831", "JOR", None, "asserted"),
    (
        "Algerians protest in the capital of Algiers against President Abdelaziz Bouteflika.",
        "PROTEST",
        "14",
        "DZA",
        None,
        "asserted",
    ),
    # an unknown name after "title of Country", which the tagger runs into one entity with the country
    (
        "Prime Minister of Peru Cesar Villanueva resigns after falling approval ratings.",
        "RETREAT",
        "0831",
        "PER",
        None,
        "asserted",
    ),
    (
        "Newly appointed Prime Minister of Guinea-Bissau Faustino Imbali resigns under pressure from ECOWAS.",
        "RETREAT",
        "0831",
        "GNB",
        None,
        "asserted",
    ),
    # a headline verb tagged as the compound of its object noun: the noun's subject is its source
    (
        "Poland's Deputy Prime Minister Jarosław Gowin tenders resignation over a dispute with the party.",
        "RETREAT",
        "0831",
        "POL",
        None,
        "asserted",
    ),
    # the "as" phrase of the subject's own post names the office of an unknown subject
    (
        "Andrea Nahles announces her resignation as leader of Germany's Social Democratic Party.",
        "RETREAT",
        "0831",
        "DEU",
        None,
        "asserted",
    ),
]

# a sentence, a PLOVER type and a source name that event must not be given: an office's partner is not its
# holder, and an "as" phrase of a verb with an object describes the object
OFFICE_NEGATIVE_ROWS: list[tuple[str, str, str]] = [
    (
        "Andrew Sabisky, an adviser to UK Prime Minister Boris Johnson, resigns after the comments.",
        "RETREAT",
        "Boris Johnson",
    ),
    (
        "John Smith, an aide to President Hassan Rouhani, condemns the attack on the embassy.",
        "ACCUSE",
        "Hassan Rouhani",
    ),
    ("Mike Jones describes the Iranian president as a liar and condemns the attack.", "ACCUSE", "Iran"),
    # the "as" phrase of a post that is not the subject's own ("the resignation of X as ...") is X's office
    ("Sanjay Rao announces the resignation of Ravi Kumar as Nepal's defence minister.", "RETREAT", "Nepal"),
]

NEGATIVE_ROWS: list[tuple[str, str]] = [
    # a sentence and a PLOVER type that must not be coded from it
    ("The army launched a counter-terrorism website in Kabul.", "ASSAULT"),
    ("The ministry held a question-and-answer session with reporters in Tehran.", "CONSULT"),
    ("US President Donald Trump, who faces a re-election campaign in 2020, spoke to reporters.", "ASSAULT"),
    ("He said later he did not want war.", "ASSAULT"),
    ("Iran may be planning further attacks on US interests, Esper said.", "ASSAULT"),
    ("The company launched a new phone in Tehran.", "ASSAULT"),
    ("Voters went to the polls on Sunday.", "PROTEST"),
    # "meet" a condition is satisfying it, no meeting
    ("Pompeo tells Congress that Hong Kong no longer meets its special designation for trade.", "CONSULT"),
    (
        "Only three of the candidates meet the requirements set by the electoral commission in Kabul.",
        "CONSULT",
    ),
    # accidents and disasters are not attacks
    ("A tornado in eastern Havana kills three people and injures 174 others.", "ASSAULT"),
    ("A gas tank explodes and kills four people in Boa Vista, Brazil.", "ASSAULT"),
    ("A passenger plane crashes near Addis Ababa, killing all 157 people on board.", "ASSAULT"),
    ("Five people died in an accidental rocket explosion at a naval test range.", "ASSAULT"),
]


def _describe(records: list[dict[str, Any]]) -> str:
    lines = []
    for r in records:
        source, target = (r["source"] or {}).get("country"), (r["target"] or {}).get("country")
        lines.append(f"{r['type']} {r['cameo']} {source} -> {target} {r['modality']} [{r['rule']}]")
    return "\n".join(lines) or "(no events)"


def _matches(record: dict[str, Any], row: tuple[Any, ...]) -> bool:
    _, type_, cameo, source, target, modality = row
    checks = [
        record["type"] == type_,
        cameo is None or str(record["cameo"]).startswith(cameo),
        source is None or (record["source"] or {}).get("country") == source,
        target is None or (record["target"] or {}).get("country") == target,
        modality is None or record["modality"] == modality,
    ]
    return all(checks)


@pytest.mark.parametrize("row", ROWS, ids=[r[0][:50] for r in ROWS])
def test_sentence_is_coded(row: tuple[Any, ...]) -> None:
    records = [e.to_dict() for e in code(row[0], DATE)]
    assert any(_matches(r, row) for r in records), _describe(records)


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVE_ROWS, ids=[r[0][:50] for r in NEGATIVE_ROWS])
def test_sentence_is_not_coded_as(sentence: str, forbidden: str) -> None:
    records = [e.to_dict() for e in code(sentence, DATE)]
    assert not any(r["type"] == forbidden for r in records), _describe(records)


@pytest.mark.parametrize(
    ("sentence", "type_", "forbidden"), OFFICE_NEGATIVE_ROWS, ids=[r[0][:50] for r in OFFICE_NEGATIVE_ROWS]
)
def test_office_of_another_is_not_the_source(sentence: str, type_: str, forbidden: str) -> None:
    records = [e.to_dict() for e in code(sentence, DATE)]
    sources = [r["source"] or {} for r in records if r["type"] == type_]
    words = [f"{s.get('name') or ''} | {s.get('text') or ''}" for s in sources]
    assert not any(forbidden in w for w in words), _describe(records)


def test_sector_head_takes_country_of_its_complement() -> None:
    records = [e.to_dict() for e in code("Putin offered to negotiate with the president of Armenia.", DATE)]
    assert any(r["type"] == "AGREE" and (r["target"] or {}).get("country") == "ARM" for r in records), records


MERGES = [
    # article, PLOVER type, how many events of that type after merging
    (
        "US air raids on Sunday hit bases of the group. Washington said the air raids killed 25 fighters.",
        "ASSAULT",
        1,
    ),
    (  # negative: a bomb of last month is not today's bomb
        "A bomb exploded in a Kabul market on Monday, killing four people. "
        "That bomb followed a bombing last month that killed one soldier.",
        "ASSAULT",
        2,
    ),
]


@pytest.mark.parametrize(("text", "type_", "count"), MERGES, ids=["same-raids", "bomb-of-last-month"])
def test_repeated_mentions_merge_within_an_article(text: str, type_: str, count: int) -> None:
    records = [e.to_dict() for e in code(text, DATE)]
    assert sum(r["type"] == type_ for r in records) == count, _describe(records)


DESCRIPTIONS = [
    # article, type, source country, target country; "the group" / "the two countries" resolved
    ("Kataib Hezbollah fired rockets at the base. The group later denied any role.", "REJECT", "IRQ", None),
    (
        "Russia and Ukraine signed a prisoner deal. The two countries also agreed to a ceasefire.",
        "AGREE",
        "UKR",
        "RUS",
    ),
    # negative: an indefinite description refers to nobody named before
    ("Kataib Hezbollah fired rockets at the base. A group of farmers denied any role.", "REJECT", None, None),
]


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"), DESCRIPTIONS, ids=["group", "two-countries", "a-group"]
)
def test_definite_descriptions_refer_back(
    text: str, type_: str, source: str | None, target: str | None
) -> None:
    records = [e.to_dict() for e in code(text, DATE) if e.action.type == type_]
    sources = {(r["source"] or {}).get("country") for r in records}
    assert source in sources, _describe(records)
    if target is not None:
        assert any((r["target"] or {}).get("country") == target for r in records), _describe(records)
