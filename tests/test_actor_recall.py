"""Actor recall on real news constructions: sector groups placed by their own phrase, titles read from the
text, demonyms and ethnic nouns, pronouns bound by the saying verb, and a head's own country word."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.actor_book import load_actor_book
from dotterel.model import Article
from dotterel.stages.actors import ActorsStage
from dotterel.stages.roles import MentionIndex

Row = tuple[str, str | None, str | None]  # mention text, country, sector


@pytest.fixture(scope="module")
def run(parse: Callable[..., Article]) -> Callable[..., Article]:
    stage = ActorsStage(load_actor_book())

    def _run(text: str, date: str = "2020-01-02") -> Article:
        return stage(parse(text, date=date))

    return _run


def rows(article: Article) -> list[Row]:
    return [
        (article.text[m.span.start : m.span.end], m.actor.country, m.actor.sector) for m in article.mentions
    ]


GROUP_PHRASES = [
    # sentence, a mention that must be there, a mention text that must not be coded with a country
    # a located preposition gives a sector-only group its country: a country, a capital, a gazetteer place
    ("Student groups across Nigeria called for a national strike.", ("Student groups", "NGA", "EDU"), None),
    ("Teachers throughout Kenya walked off the job on Monday.", ("Teachers", "KEN", "EDU"), None),
    ("Refugees from Syria crossed into Jordan overnight.", ("Refugees", "SYR", "REF"), None),
    ("Protesters in Caracas blocked a highway.", ("Protesters", "VEN", "PROT"), None),
    ("Police in Lagos arrested the suspects.", ("Police", "NGA", "COP"), None),
    ("The government of Texas sued the federal agency.", ("government", "USA", "GOV"), None),
    (
        "Militants in the Democratic Republic of the Congo killed 19 people.",
        ("Militants", "COD", "NSA"),
        None,
    ),
    # a person's name is no place, even when a town bears it
    ("The government of Prime Minister Tomas Varkonyi fell.", ("government", None, "GOV"), "government"),
    # foreigners where they are, and a phrase with no place, stay without a country
    ("Peacekeepers in Lebanon came under fire.", ("Peacekeepers", None, "MIL"), "Peacekeepers"),
    ("The embassy in Tehran was closed.", ("embassy", None, "GOV"), "embassy"),
    ("Protesters gathered in the main square.", ("Protesters", None, "PROT"), "Protesters"),
    # the group's own country word wins over the place
    ("Iranian students in Germany staged a sit-in.", ("Iranian students", "IRN", "EDU"), None),
    # a possessor gives its country
    ("President Ramaphosa's government announced new restrictions.", ("government", "ZAF", "GOV"), None),
    # allegiance: loyal to, allied with, based in
    ("Fighters loyal to Khalifa Haftar shelled the airport.", ("Fighters", "LBY", "NSA"), None),
    ("Militiamen allied with Iran attacked the base.", ("Militiamen", "IRN", "NSA"), None),
    ("A terror group based in Karachi claimed the attack.", ("terror group", "PAK", "NSA"), None),
    ("Fighters loyal to the cause marched on the capital.", ("Fighters", None, "NSA"), "Fighters"),
    # a sector word modifying a group noun names the group's sector
    ("Opposition groups boycotted the vote.", ("Opposition groups", None, "OPP"), None),
]


@pytest.mark.parametrize(
    ("sentence", "expected", "no_country"), GROUP_PHRASES, ids=[r[0][:40] for r in GROUP_PHRASES]
)
def test_group_phrases_take_their_own_country(
    run: Callable[..., Article], sentence: str, expected: Row, no_country: str | None
) -> None:
    found = rows(run(sentence))
    assert expected in found
    assert all(country is None for text, country, _ in found if text == no_country)


PEOPLE_NOUNS = [
    # sentence, expected mention, mention text that must not appear
    ("Young Iraqis took to the streets of Baghdad.", ("Iraqis", "IRQ", "CVL"), None),
    ("Russians voted on Sunday.", ("Russians", "RUS", "CVL"), None),
    # a country adjective before another nation's people noun says where they live
    ("Bosnian Croats rejected the plan.", ("Bosnian Croats", "BIH", "CVL"), "Croats"),
    ("Some 5,000 Iraqi Kurds fled to Turkey.", ("Iraqi Kurds", "IRQ", "CVL"), None),
    # ... but a one-word alias of the book wins
    ("Turkish Cypriots voted in a referendum.", ("Turkish Cypriots", "CYP", "CVL"), "Turkish"),
    # "ethnic" names an ethnicity, not a nationality: the place decides
    ("Ethnic Russians in Estonia complained of discrimination.", ("Ethnic Russians", "EST", "CVL"), None),
    ("Ethnic Serb militiamen fired on the convoy.", ("Ethnic Serb militiamen", None, "NSA"), "Serb"),
    # a first name before a capitalised word still blocks it
    ("Michael Jordan visited the school.", ("Michael Jordan", None, None), "Jordan"),
]


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"), PEOPLE_NOUNS, ids=[r[0][:40] for r in PEOPLE_NOUNS]
)
def test_people_nouns(run: Callable[..., Article], sentence: str, expected: Row, absent: str | None) -> None:
    found = rows(run(sentence))
    if expected[1] is None and expected[2] is None:
        assert all(text != expected[0] for text, _, _ in found)
    else:
        assert expected in found
    assert all(text != absent for text, _, _ in found)


TITLES = [
    # sentence, date, expected mention
    # a known person out of office on the date takes the sector of the title the text gives him
    (
        "Russian President Boris Yeltsin hosted the talks.",
        "2001-06-01",
        ("Russian President Boris Yeltsin", "RUS", "GOV"),
    ),
    (
        "Former Russian President Boris Yeltsin hosted the talks.",
        "2001-06-01",
        ("Former Russian President Boris Yeltsin", "RUS", None),
    ),
    ("Lt. Gen. Prosper Avril resigned on Sunday.", "2000-01-01", ("Gen. Prosper Avril", "HTI", "MIL")),
    (
        "Vice-President Moody Awori declined to resign.",
        "2000-01-01",
        ("Vice-President Moody Awori", "KEN", "GOV"),
    ),
    # an organisation owning the title gives its country and sector; "Secretary-General" is not a general
    (
        "Arab League Secretary-General Amr Moussa arrived in Cairo.",
        "2016-01-01",
        ("Arab League Secretary-General Amr Moussa", "IGO", "IGO"),
    ),
    # an unknown name after a country word and a title
    (
        "Gambian President Lamin Sowe dissolved the cabinet.",
        "2016-01-01",
        ("Gambian President Lamin Sowe", "GMB", "GOV"),
    ),
    (
        "Nigerian junior foreign minister Tunde Bakare summoned the envoy.",
        "2016-01-01",
        ("Nigerian junior foreign minister Tunde Bakare", "NGA", "GOV"),
    ),
    # "junior" alone makes no person
    ("Junior doctors went on strike.", "2016-01-01", ("doctors", None, "HLH")),
]


@pytest.mark.parametrize(("sentence", "date", "expected"), TITLES, ids=[r[0][:40] for r in TITLES])
def test_titles_read_from_the_text(
    run: Callable[..., Article], sentence: str, date: str, expected: Row
) -> None:
    assert expected in rows(run(sentence, date))


PRONOUNS = [
    # sentence, pronoun, expected antecedent text
    ("Militants loyal to the clerics said they had attacked the convoy.", "they", "Militants"),
    # the pronoun takes the group's country given by its own phrase
    ("Fighters loyal to Khalifa Haftar said they had seized the airport.", "they", "Fighters"),
    ("Hezbollah said it would retaliate against Israel.", "it", "Hezbollah"),
    # not the subject of a clause of saying: the last fitting mention before it
    ("The rebels freed the hostages after they paid a ransom.", "they", "hostages"),
]


@pytest.mark.parametrize(("sentence", "pronoun", "antecedent"), PRONOUNS, ids=[r[0][:40] for r in PRONOUNS])
def test_the_saying_subject_binds_its_clause_pronoun(
    run: Callable[..., Article], sentence: str, pronoun: str, antecedent: str
) -> None:
    article = run(sentence)
    named = {(m.span.start, m.span.end): m for m in article.mentions if m.kind != "pronoun"}
    pronouns = [m for m in article.mentions if m.kind == "pronoun" and m.actor.text == pronoun]
    assert pronouns
    source = [m for m in named.values() if article.text[m.span.start : m.span.end] == antecedent]
    assert source and pronouns[0].actor.sector == source[0].actor.sector
    assert pronouns[0].actor.country == source[0].actor.country


HEAD_PHRASES = [
    # sentence, phrase head word, expected resolved mention text
    ("The Turkish and Greek sides of the island agreed to talk.", "sides", "Turkish"),
    ("Rockets hit bases of the Kataib Hezbollah group.", "bases", "Kataib Hezbollah group"),
    ("Indian positions along the border were shelled.", "positions", "Indian"),
    # a named modifier wins over a possessive pronoun
    ("Greece demanded that its European Community partners act.", "partners", "European Community"),
    ("Iran said its reactors were safe.", "reactors", "its"),
    # an object phrase with no actor of its own is about the party of its partner preposition
    ("The minister announced a suspension of flights with Qatar.", "suspension", "Qatar"),
    ("Britain cut part of its aid program for Yemen on Monday.", "part", "Yemen"),
    # never for a subject, nor when the partner is no actor
    ("Talks with Iran collapsed on Monday.", "Talks", None),
    ("The ministers discussed plans for the summer.", "plans", None),
]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"), HEAD_PHRASES, ids=[r[0][:40] for r in HEAD_PHRASES]
)
def test_a_head_takes_its_own_country_word_before_an_of_complement(
    run: Callable[..., Article], sentence: str, word: str, expected: str | None
) -> None:
    article = run(sentence)
    index = MentionIndex(article.doc, article.mentions)
    token = next(t for t in article.doc if t.text == word)
    mention = index.resolve_phrase(token)
    found = article.text[mention.span.start : mention.span.end] if mention is not None else None
    assert found == expected
