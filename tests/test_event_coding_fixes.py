"""Event coding on news-like sentences: armed vs labour strikes, whose death an attack reports, what a mover
sends, background happenings cited as causes, announced revenge, harm verbs and demands for release.

Each table codes whole sentences through the default pipeline; every table has negative rows.
"""

from __future__ import annotations

from typing import Any

import pytest

from dotterel.api import code

DATE = "2020-01-05"


def _records(sentence: str) -> list[dict[str, Any]]:
    return [event.to_dict() for event in code(sentence, DATE)]


def _describe(records: list[dict[str, Any]]) -> str:
    lines = []
    for r in records:
        source, target = (r["source"] or {}).get("text"), (r["target"] or {}).get("text")
        lines.append(f"{r['type']} {r['cameo']} {source} -> {target} {r['date']} [{r['rule']}]")
    return "\n".join(lines) or "(no events)"


def _types(records: list[dict[str, Any]]) -> set[str]:
    return {r["type"] for r in records}


# sentence, a type that must be coded (or None), a type that must not be coded (or None)
STRIKE_ROWS: list[tuple[str, str | None, str | None]] = [
    # a light verb of military action, also in the passive, or an "against"/"on" object: an attack
    (
        "Iraqi state TV says strikes have been carried out against two targets near Baghdad.",
        "ASSAULT",
        "PROTEST",
    ),
    ("Air strikes were launched by Turkish jets against Kurdish positions.", "ASSAULT", "PROTEST"),
    ("The strike killed a senior Iranian general near Baghdad airport.", "ASSAULT", "PROTEST"),
    ("The Pentagon said the strike on the Iraqi militia convoy was defensive.", "ASSAULT", "PROTEST"),
    # workers, unions, pay or "on strike": a labour strike
    ("Kenyan nurses went on strike over unpaid wages.", "PROTEST", "ASSAULT"),
    ("Railway workers in France extended their strike against the pension reform.", "PROTEST", "ASSAULT"),
    ("Teachers in Chicago began a strike over class sizes and pay.", "PROTEST", "ASSAULT"),
    # a duration makes a strike a labour strike, whatever else the sentence tells
    ("Women across Mexico held a 24-hour strike after the killing of a young woman.", "PROTEST", "ASSAULT"),
    # a ban on strikes is neither an attack nor a strike
    ("The government agreed to lift the ban on strikes.", None, "ASSAULT"),
]


@pytest.mark.parametrize(
    ("sentence", "wanted", "forbidden"), STRIKE_ROWS, ids=[r[0][:50] for r in STRIKE_ROWS]
)
def test_strike_reading(sentence: str, wanted: str | None, forbidden: str | None) -> None:
    records = _records(sentence)
    types = _types(records)
    assert wanted is None or wanted in types, _describe(records)
    assert forbidden is None or forbidden not in types, _describe(records)


# sentence, type, the target's text (None: no target wanted)
TARGET_ROWS: list[tuple[str, str, str | None]] = [
    # whose death an attack reports is its target
    (
        "Al Asadi confirms the death of Quds Force Commander Qasem Soleimani in an airstrike.",
        "ASSAULT",
        "Quds Force Commander Qasem Soleimani",
    ),
    (
        "Officials confirmed the killing of Abu Bakr al-Baghdadi by US special forces.",
        "ASSAULT",
        "Abu Bakr al-Baghdadi",
    ),
    # a target phrase with no actor of its own stands for the actor it is tied to
    (
        "Iraqi state TV says strikes have been carried out against two targets linked to Iran.",
        "ASSAULT",
        "Iran",
    ),
    ("Israeli jets struck warehouses used by Hezbollah near Damascus.", "ASSAULT", "Hezbollah"),
    # a mover's own forces are not the target; a foreign destination is
    ("The United States sends over 3,000 more US soldiers to the Middle East.", "MOBILIZE", None),
    ("Britain deployed 400 soldiers to Mali.", "MOBILIZE", "Mali"),
    ("The Pentagon sent 750 paratroopers to the Middle East.", "MOBILIZE", None),
    ("Russian troops were sent to Syria by the Kremlin.", "MOBILIZE", "Syria"),
]


@pytest.mark.parametrize(("sentence", "type_", "target"), TARGET_ROWS, ids=[r[0][:50] for r in TARGET_ROWS])
def test_event_target(sentence: str, type_: str, target: str | None) -> None:
    records = [r for r in _records(sentence) if r["type"] == type_]
    assert records, _describe(_records(sentence))
    texts = [(r["target"] or {}).get("text") for r in records]
    assert target in texts if target is not None else texts == [None], _describe(records)


# sentence, harm type, how many events of that type: a past happening cited as the cause or time of another
# event is not coded again; one told as the news, or dated in its own phrase, is
BACKGROUND_ROWS: list[tuple[str, str, int]] = [
    ("Thousands protest in Tehran following the killing of Qasem Soleimani.", "ASSAULT", 0),
    ("Hundreds of people held a protest in Karachi over the U.S. killing of Qasem Soleimani.", "ASSAULT", 0),
    (
        "Iran summons the Swiss envoy after the United States kills Qasem Soleimani in the drone strike.",
        "ASSAULT",
        0,
    ),
    (
        "After the United States kills Qasem Soleimani in the airstrike, Iran's parliament votes to "
        "designate the Pentagon a terrorist organization.",
        "ASSAULT",
        0,
    ),
    (
        "Iran's parliament designated the Pentagon a terrorist organization in response to the assassination "
        "of Qasem Soleimani in a targeted killing in Baghdad.",
        "ASSAULT",
        0,
    ),
    # the main event stays when its after-clause is background
    (
        "After the United States kills Qasem Soleimani in the airstrike, Iran's parliament votes to exit the "
        "nuclear deal.",
        "SANCTION",
        1,
    ),
    ("Hamas fired rockets at Israel in revenge for the killing of its commander.", "ASSAULT", 1),
    # negatives: the attack is the news
    ("Five people are killed after gunmen open fire on a bus in Kandahar.", "ASSAULT", 1),
    ("Police killed a protester in Baghdad following a march.", "ASSAULT", 1),
    ("Flights were moved to Misrata after a rocket attack on Mitiga airport.", "ASSAULT", 1),
    # a plain after-clause asserts its harm: it may be the only report of it
    (
        "Protests break out in Philadelphia after police shoot and kill a man armed with a knife.",
        "ASSAULT",
        1,
    ),
    ("Iran summons the Swiss envoy after the United States kills Qasem Soleimani.", "ASSAULT", 1),
    ("Thousands protest in Tehran after a US airstrike killed Qasem Soleimani.", "ASSAULT", 1),
    ("A US drone strike killed Qasem Soleimani in Baghdad.", "ASSAULT", 1),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "count"), BACKGROUND_ROWS, ids=[r[0][:50] for r in BACKGROUND_ROWS]
)
def test_background_happenings(sentence: str, type_: str, count: int) -> None:
    records = _records(sentence)
    assert sum(r["type"] == type_ for r in records) == count, _describe(records)


def test_background_dated_in_its_own_phrase_is_kept_with_its_date() -> None:
    sentence = (
        "Militia supporters attacked the US embassy following the Sunday air raids on Kataib Hezbollah."
    )
    records = [r for r in _records(sentence) if r["cameo"] == "195"]
    assert [(r["date"], r["date_precision"], r["source"]) for r in records] == [
        ("2020-01-05", "day", None)
    ], _describe(records)


# sentence, type, CAMEO prefix, target country (None: not checked)
LEXICON_ROWS: list[tuple[str, str, str, str | None]] = [
    # revenge announced is a threat; revenge taken is an attack
    ('Iran\'s foreign minister tweeted "harsh revenge against America".', "THREATEN", "138", "USA"),
    (
        "Iran's foreign minister says that severe revenge will be pursued against the United States.",
        "THREATEN",
        "138",
        "USA",
    ),
    ("Iran took revenge on the United States with missile strikes.", "ASSAULT", "19", "USA"),
    # harm verbs
    ("Unidentified gunmen injured two traffic policemen in Peshawar.", "ASSAULT", "19", None),
    ("A roadside bomb wounded three Afghan soldiers in Helmand.", "ASSAULT", "18", None),
    # a demand for the release of detainees
    ("The union demanded the release of the detained workers.", "REQUEST", "1053", None),
    ("Amnesty International urged Iran to release the jailed lawyer.", "REQUEST", "02", "IRN"),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "cameo", "target"), LEXICON_ROWS, ids=[r[0][:50] for r in LEXICON_ROWS]
)
def test_lexicon_gaps(sentence: str, type_: str, cameo: str, target: str | None) -> None:
    records = _records(sentence)
    assert any(
        r["type"] == type_
        and str(r["cameo"]).startswith(cameo)
        and (target is None or (r["target"] or {}).get("country") == target)
        for r in records
    ), _describe(records)


# sentence, a type that must not be coded
LEXICON_NEGATIVE_ROWS: list[tuple[str, str]] = [
    ("Hamas fired rockets at Israel in revenge for the killing of its commander.", "THREATEN"),
    ("The novel is a story of love and revenge.", "THREATEN"),
    ("The scandal badly injured the minister's reputation.", "THREATEN"),
    ("Three people were injured in a car accident on the motorway.", "ASSAULT"),
]


@pytest.mark.parametrize(
    ("sentence", "forbidden"), LEXICON_NEGATIVE_ROWS, ids=[r[0][:50] for r in LEXICON_NEGATIVE_ROWS]
)
def test_lexicon_gaps_negative(sentence: str, forbidden: str) -> None:
    records = _records(sentence)
    assert forbidden not in _types(records), _describe(records)


# sentence, type, source country (None: no source wanted): who announces revenge made it a threat
ANNOUNCER_ROWS: list[tuple[str, str, str | None]] = [
    ('Iran\'s foreign minister tweeted "harsh revenge against America".', "THREATEN", "IRN"),
    (
        "Iran's foreign minister says that severe revenge will be pursued against the United States.",
        "THREATEN",
        "IRN",
    ),
    # a material event reported is not done by its reporter
    ("Iraqi state media reported an attack on a checkpoint in Kirkuk.", "ASSAULT", None),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "source"), ANNOUNCER_ROWS, ids=[r[0][:50] for r in ANNOUNCER_ROWS]
)
def test_announced_event_source(sentence: str, type_: str, source: str | None) -> None:
    records = [r for r in _records(sentence) if r["type"] == type_]
    assert records, _describe(_records(sentence))
    assert [(r["source"] or {}).get("country") for r in records] == [source], _describe(records)
