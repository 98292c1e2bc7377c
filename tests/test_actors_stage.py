"""The actors stage on real news sentences: one mention per phrase, the right head, resolved on the date."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from dotterel.knowledge.actor_book import load_actor_book
from dotterel.model import Article, Mention
from dotterel.stages.actors import RULE_MODIFIER, ActorsStage
from dotterel.stages.quotes import find_quotes

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed-2020-01-02.txt"
Row = tuple[str, str, str | None, str | None, str | None]  # span text, head text, country, sector, actor id


@pytest.fixture(scope="module")
def stage() -> ActorsStage:
    return ActorsStage(load_actor_book())


@pytest.fixture(scope="module")
def run(stage: ActorsStage, parse: Callable[..., Article]) -> Callable[..., Article]:
    def _run(text: str, date: str = "2020-01-02") -> Article:
        return stage(parse(text, date=date))

    return _run


def rows(article: Article, kinds: tuple[str, ...] = ("name", "sector")) -> list[Row]:
    text = article.text
    return [
        (
            text[m.span.start : m.span.end],
            text[m.head.start : m.head.end],
            m.actor.country,
            m.actor.sector,
            m.actor.actor_id,
        )
        for m in article.mentions
        if m.kind in kinds
    ]


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        (
            "US President Donald Trump accused Iran of orchestrating the violence.",
            [
                ("US President Donald Trump", "Trump", "USA", "GOV", "person:donald-trump"),
                ("Iran", "Iran", "IRN", "GOV", "country:IRN"),
            ],
            ["US"],
        ),
        (
            "The US is prepared to act, Secretary of Defense Mark Esper said on Thursday.",
            [
                ("Secretary of Defense Mark Esper", "Esper", "USA", "GOV", "person:mark-esper"),
                ("US", "US", "USA", "GOV", "country:USA"),
            ],
            ["Thursday"],
        ),
        (
            "Iran's Supreme Leader Ayatollah Ali Khamenei said the country would not hesitate.",
            [
                (
                    "Iran's Supreme Leader Ayatollah Ali Khamenei",
                    "Khamenei",
                    "IRN",
                    "GOV",
                    "person:ali-khamenei",
                )
            ],
            ["Iran", "Iran's"],
        ),
        (
            "During the briefing, Chairman of the Joint Chiefs of Staff Mark Milley said it was planned.",
            [
                (
                    "Chairman of the Joint Chiefs of Staff Mark Milley",
                    "Milley",
                    "USA",
                    "MIL",
                    "person:mark-milley",
                )
            ],
            ["Chairman"],
        ),
        (
            "Iranian officials denied the report.",
            [("Iranian officials", "officials", "IRN", "GOV", None)],
            ["Iranian"],
        ),
        (
            "US troops arrived in Baghdad on Tuesday.",
            [("US troops", "troops", "USA", "MIL", None)],
            ["Baghdad"],
        ),
        (
            "Protesters hurled rocks at the US embassy.",
            [("Protesters", "Protesters", None, "PROT", None), ("US embassy", "embassy", "USA", "GOV", None)],
            [],
        ),
        (
            "Missile attacks killed a US contractor in northern Iraq last week.",
            [("US contractor", "contractor", "USA", "CVL", None)],
            ["Iraq"],
        ),
        ("Iraqi protesters stormed the gate.", [("Iraqi protesters", "protesters", "IRQ", "PROT", None)], []),
        ("Three Afghan soldiers were killed.", [("Afghan soldiers", "soldiers", "AFG", "MIL", None)], []),
        (
            "US air raids struck bases of the Tehran-backed Kataib Hezbollah group.",
            [
                ("Tehran-backed Kataib Hezbollah group", "group", "IRQ", "NSA", "org:kataib-hezbollah"),
                ("US", "US", "USA", "GOV", "country:USA"),
            ],
            [],
        ),
        (
            "Supporters of a largely Iranian-trained paramilitary group withdrew on Wednesday.",
            [
                ("Supporters", "Supporters", None, "PROT", None),
                ("paramilitary group", "group", None, "NSA", None),
            ],
            [],
        ),
        (
            "Washington dispatched extra troops.",
            [("Washington", "Washington", "USA", "GOV", "country:USA")],
            [],
        ),
        (
            "Tehran and Washington traded threats.",
            [
                ("Tehran", "Tehran", "IRN", "GOV", "country:IRN"),
                ("Washington", "Washington", "USA", "GOV", "country:USA"),
            ],
            [],
        ),
        ("Iranians took to the streets.", [("Iranians", "Iranians", "IRN", "CVL", None)], []),
        (
            "Gunmen killed 25 people and wounded several civilians.",
            [
                ("Gunmen", "Gunmen", None, "NSA", None),
                ("25 people", "people", None, "CVL", None),
                ("civilians", "civilians", None, "CVL", None),
            ],
            [],
        ),
        (
            "The Pentagon said the White House and the Kremlin had talked.",
            [
                ("Pentagon", "Pentagon", "USA", "MIL", "country:USA"),
                ("White House", "House", "USA", "GOV", "country:USA"),
                ("Kremlin", "Kremlin", "RUS", "GOV", "country:RUS"),
            ],
            [],
        ),
        (
            "Hezbollah fighters clashed with Houthi rebels.",
            [
                ("Hezbollah fighters", "fighters", "LBN", "NSA", "org:hezbollah"),
                ("Houthi rebels", "rebels", "YEM", "REB", "org:houthis"),
            ],
            [],
        ),
        (
            "The Trump administration imposed new sanctions.",
            [("Trump administration", "administration", "USA", "GOV", None)],
            ["Trump"],
        ),
        (
            "Clashes broke out between Azeri and Armenian forces.",
            [("Armenian forces", "forces", "ARM", "MIL", None)],
            [],
        ),
        (
            "Defence Minister Zork Blah visited the base.",
            [("Defence Minister Zork Blah", "Blah", None, "GOV", None)],
            [],
        ),
        (
            "Iranian Foreign Ministry spokesman Abbas Mousavi rejected the claim.",
            [("Iranian Foreign Ministry spokesman Abbas Mousavi", "Mousavi", "IRN", "GOV", None)],
            ["Iranian Foreign Ministry spokesman"],
        ),
        (
            "The United States Department of Defense confirmed the strike.",
            [("Department of Defense", "Department", "USA", "MIL", "country:USA")],
            [],
        ),
        (
            "Pakistan denied that its troops shelled Indian positions.",
            [
                ("its troops", "troops", "PAK", "MIL", None),
                ("Pakistan", "Pakistan", "PAK", "GOV", "country:PAK"),
            ],
            [],
        ),
        # negative cases: no actor, or not the actor the surface suggests
        (
            "The Washington Post reported the story.",
            [("Washington Post", "Post", "USA", "MED", "org:washington-post")],
            ["Washington"],
        ),
        ("The US dollar rose against the euro.", [], ["US", "US dollar"]),
        (
            "We ate a turkey dinner before Turkey shelled Kurdish positions.",
            [("Turkey", "Turkey", "TUR", "GOV", "country:TUR")],
            ["turkey"],
        ),
        (
            "Michael Jordan met fans while Jordan closed its border.",
            [("Jordan", "Jordan", "JOR", "GOV", "country:JOR")],
            ["Michael Jordan"],
        ),
        ("Massoud Soleimani was released in a prisoner exchange.", [], ["Soleimani", "Massoud Soleimani"]),
        (
            "Speaking at a public event in Tehran on Wednesday, Khamenei said.",
            [("Khamenei", "Khamenei", "IRN", "GOV", "person:ali-khamenei")],
            ["Tehran"],
        ),
        (
            "A court in Cairo, Egypt, sentenced 37 people.",
            [("37 people", "people", None, "CVL", None)],
            ["Cairo", "Egypt"],
        ),
        ("The plane took off from Baghdad International Airport.", [], ["Baghdad"]),
        ("The drone was Iranian.", [], ["Iranian"]),
        ("Georgia's president protested.", [("Georgia's president", "president", "GEO", "GOV", None)], []),
        (
            "Human rights watchdog Amnesty International accused the United States of violating rights.",
            [
                (
                    "Human rights watchdog Amnesty International",
                    "International",
                    None,
                    "NGO",
                    "org:amnesty-international",
                ),
                ("United States", "States", "USA", "GOV", "country:USA"),
            ],
            [],
        ),
        (
            "The rebel Kurdistan Workers' Party issued a declaration demanding information on its leader.",
            [("rebel Kurdistan Workers' Party", "Party", "TUR", "REB", "org:pkk")],
            ["Kurdistan"],
        ),
        (
            "Afghan guerrillas blew up three power lines leading into Kabul last month.",
            [("Afghan guerrillas", "guerrillas", "AFG", "REB", None)],
            ["Kabul"],
        ),
        (
            "Tamil Tigers attacked an army camp in the north.",
            [("Tamil Tigers", "Tigers", "LKA", "REB", "org:ltte")],
            [],
        ),
        (
            "Thousands of workers went on strike while farmers blocked the roads.",
            [("workers", "workers", None, "LAB", None), ("farmers", "farmers", None, "AGR", None)],
            ["strike"],
        ),
        (
            "A minefield explosion near Samarra killed two Iraqi youths on Sunday.",
            [("Iraqi youths", "youths", "IRQ", "CVL", None)],
            ["Samarra"],
        ),
        (
            "Israeli tanks fired four shells at targets in Jericho.",
            [("Israeli tanks", "tanks", "ISR", "MIL", None)],
            [],
        ),
        ("Hague said the talks would go on.", [], ["Hague"]),  # a title-only surname with no title
        (  # the office "Speaker of <a legislature>" is a legislator (item 2462)
            "John Bercow announces his resignation as Speaker of the House of Commons, effective October 31.",
            [("Speaker", "Speaker", None, "LEG", None)],
            [],
        ),
        (
            "The speaker of parliament resigned on Monday after weeks of protests.",
            [("speaker", "speaker", None, "LEG", None)],
            [],
        ),
        ("A speaker at the rally called for calm.", [], ["speaker"]),  # no legislature: no office
        ("A speaker of Spanish and Catalan was arrested in Madrid.", [], ["speaker"]),
        (  # a title before a known name: the name is the actor, not the office
            "Speaker of the House Nancy Pelosi endorses former Vice President Joe Biden.",
            [("Nancy Pelosi", "Pelosi", "USA", "LEG", "person:nancy-pelosi")],
            ["Speaker"],
        ),
    ],
)
def test_name_and_sector_mentions(
    run: Callable[..., Article], sentence: str, expected: list[Row], absent: list[str]
) -> None:
    found = rows(run(sentence))
    for row in expected:
        assert row in found, (row, found)
    spans = [row[0] for row in found]
    for text in absent:
        assert text not in spans, (text, found)


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        (
            "Esper said the plan would work.",
            "2015-03-01",
            ("Esper", "Esper", "USA", None, "person:mark-esper"),
        ),
        (
            "Esper said the plan would work.",
            "2020-01-02",
            ("Esper", "Esper", "USA", "GOV", "person:mark-esper"),
        ),
        (
            "Theresa May met Prime Minister May in May.",
            "2018-01-01",
            ("Prime Minister May", "May", "GBR", "GOV", "person:theresa-may"),
        ),
        (
            "Lebanese President Michel Aoun met President Aoun.",
            "2019-06-01",
            ("President Aoun", "Aoun", "LBN", "GOV", "person:michel-aoun"),
        ),
        (
            "Lebanese officials met President Aoun.",
            "2025-06-01",
            ("President Aoun", "Aoun", "LBN", "GOV", "person:joseph-aoun"),
        ),
        (
            "President Bill Clinton imposed sanctions on the Taliban.",
            "1998-08-20",
            ("President Bill Clinton", "Clinton", "USA", "GOV", "person:bill-clinton"),
        ),
        (
            "President Bill Clinton imposed sanctions on the Taliban.",
            "2005-06-01",
            # out of office on the date, but the text's title says he held it when he acted
            ("President Bill Clinton", "Clinton", "USA", "GOV", "person:bill-clinton"),
        ),
        (
            "Former President Bill Clinton met the Taliban envoy.",
            "2005-06-01",
            ("Former President Bill Clinton", "Clinton", "USA", None, "person:bill-clinton"),
        ),
        (
            "Bill Clinton imposed sanctions on the Taliban.",
            "2005-06-01",
            ("Bill Clinton", "Clinton", "USA", None, "person:bill-clinton"),  # no title, out of office
        ),
        (
            "President Yoweri Museveni has threatened to ban opposition candidates.",
            "2000-01-01",
            ("President Yoweri Museveni", "Museveni", "UGA", "GOV", "person:yoweri-museveni"),
        ),
        (
            "Clinton said the strikes were aimed at bin Laden.",
            "1998-08-20",
            ("bin Laden", "Laden", None, "NSA", "person:osama-bin-laden"),
        ),
    ],
)
def test_roles_follow_the_article_date(
    run: Callable[..., Article], sentence: str, date: str, expected: Row
) -> None:
    assert expected in rows(run(sentence, date))


def test_the_month_may_is_not_theresa_may(run: Callable[..., Article]) -> None:
    article = run("Theresa May met Prime Minister May in May.", "2018-01-01")
    ends = [m.span.end for m in article.mentions]
    assert len(article.mentions) == 2 and len(article.text) - 1 not in ends


def test_modifiers_are_marked_and_not_subjects(run: Callable[..., Article]) -> None:
    article = run("US air raids struck bases of the Tehran-backed Kataib Hezbollah group.")
    tehran = [m for m in article.mentions if article.text[m.span.start : m.span.end] == "Tehran"]
    assert len(tehran) == 1 and tehran[0].rule == RULE_MODIFIER and tehran[0].confidence < 1.0
    article = run("Supporters of a largely Iranian-trained paramilitary group withdrew on Wednesday.")
    iranian = [m for m in article.mentions if m.actor.country == "IRN"]
    assert [m.rule for m in iranian] == [RULE_MODIFIER]


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        (
            "US President Donald Trump accused Iran. He threatened to retaliate against Iran.",
            "He",
            0,
            "person:donald-trump",
        ),
        (
            "Esper spoke to reporters on Thursday.\n\nHe said more troops would come.",
            "He",
            0,
            "person:mark-esper",
        ),
        ("Iran or groups it supports may be planning attacks.", "it", 0, "country:IRN"),
        (
            "Iran and the US exchanged threats, and the US is ready to act if it gets warning.",
            "it",
            0,
            "country:USA",
        ),
        ("For its part, Iran has denied allegations it is behind the protests.", "it", 0, "country:IRN"),
        ('"We are ready," Esper told reporters.', "We", 0, "person:mark-esper"),
        ('Esper said: "We are ready. Our troops will act."', "Our", 0, "person:mark-esper"),
        ('"We will act," Esper said. "We are ready."', "We", 1, "person:mark-esper"),
        ('"We are ready.\n\n"Our forces will act," Esper said.', "We", 0, "person:mark-esper"),
        (
            'Khamenei said: "If Iran decides to confront a country, it will do so openly."',
            "it",
            0,
            "country:IRN",
        ),
    ],
)
def test_pronouns(run: Callable[..., Article], text: str, pronoun: str, nth: int, expected: str) -> None:
    article = run(text)
    starts = [m.start() for m in re.finditer(rf"\b{pronoun}\b", text)]
    found = {m.span.start: m for m in article.mentions if m.kind == "pronoun"}
    mention = found.get(starts[nth])
    assert mention is not None and mention.actor.actor_id == expected
    assert mention.rule.startswith("actors.pronoun") and mention.confidence < 1.0


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("We will win, the crowd chanted.", "We"),  # "we" outside quotations stays unresolved
        ("It is necessary to act now.", "It"),  # expletive "it"
        ("For its part, Iran has denied the allegations.", "its"),  # nothing before it in the paragraph
        ("Esper spoke.\n\nThe talks ended.\n\nHe left.", "He"),  # two paragraphs back is too far
        ('The crowd shouted "we want peace" as they marched.', "we"),  # a quotation with no speaker
    ],
)
def test_unresolved_pronouns_make_no_mention(run: Callable[..., Article], text: str, pronoun: str) -> None:
    article = run(text)
    start = re.search(rf"\b{pronoun}\b", text).start()  # type: ignore[union-attr]
    assert all(m.span.start != start for m in article.mentions)


def _seed(parse: Callable[..., Article], stage: ActorsStage) -> Article:
    raw = SEED.read_text(encoding="utf-8")
    header = re.match(r"\s*date (\d{4}-\d{2}-\d{2}) ", raw)
    assert header is not None
    return stage(parse(raw[header.end() :], date=header.group(1)))


def test_seed_article(parse: Callable[..., Article], stage: ActorsStage) -> None:
    article = _seed(parse, stage)
    found = rows(article)
    for row in [
        ("Secretary of Defense Mark Esper", "Esper", "USA", "GOV", "person:mark-esper"),
        ("US President Donald Trump", "Trump", "USA", "GOV", "person:donald-trump"),
        ("Chairman of the Joint Chiefs of Staff Mark Milley", "Milley", "USA", "MIL", "person:mark-milley"),
        ("Iran's Supreme Leader Ayatollah Ali Khamenei", "Khamenei", "IRN", "GOV", "person:ali-khamenei"),
        ("Tehran-backed Kataib Hezbollah group", "group", "IRQ", "NSA", "org:kataib-hezbollah"),
        ("Kataib Hezbollah", "Hezbollah", "IRQ", "NSA", "org:kataib-hezbollah"),
        ("Supporters", "Supporters", None, "PROT", None),
        ("US embassy", "embassy", "USA", "GOV", None),
        ("US contractor", "contractor", "USA", "CVL", None),
        ("25 people", "people", None, "CVL", None),
        ("Washington", "Washington", "USA", "GOV", "country:USA"),
        ("Tehran", "Tehran", "IRN", "GOV", "country:IRN"),
        ("Iran", "Iran", "IRN", "GOV", "country:IRN"),
    ]:
        assert row in found, row
    assert [m.span.start for m in article.mentions] == sorted(m.span.start for m in article.mentions)
    assert all(re.fullmatch(r"actors\.[a-z-]+\.v\d+", m.rule) for m in article.mentions)
    for m in article.mentions:  # no subject-like mention of Iran inside another actor's phrase
        if m.actor.country == "IRN" and m.kind == "name" and m.rule != RULE_MODIFIER:
            assert not any(
                o is not m and o.span.contains(m.span) and o.span != m.span for o in article.mentions
            )
    speakers = {
        article.text[m.span.start : m.span.end]: m.actor.actor_id
        for m in article.mentions
        if m.kind == "pronoun" and m.rule.endswith("quote.v1")
    }
    assert set(speakers.values()) == {"person:mark-esper", "person:ali-khamenei"}
    he = [m for m in article.mentions if article.text[m.span.start : m.span.end] in ("He", "he")]
    assert [m.actor.actor_id for m in he] == ["person:donald-trump"] * 2


def test_find_quotes_on_the_seed(parse: Callable[..., Article], stage: ActorsStage) -> None:
    article = _seed(parse, stage)
    quotes = find_quotes(article)
    openings = [article.text[q.span.start : q.span.start + 20] for q in quotes]
    assert openings == [
        "There are some indic",
        "If that happens then",
        "The game has changed",
        "If Iran decides to c",
    ]
    speakers: list[Mention | None] = [q.speaker for q in quotes]
    assert [s.actor.actor_id if s else None for s in speakers] == [
        "person:mark-esper",
        "person:mark-esper",
        "person:mark-esper",
        "person:ali-khamenei",
    ]
    assert article.text[quotes[-1].span.end - 8 : quotes[-1].span.end] == "country."


@pytest.mark.parametrize(
    ("texts", "count"),
    [
        (["Kataib", "Hezbollah", "fired"], 2),  # a two-token alias; no alias goes on with "fired"
        (["kataib", "hezbollah"], 2),  # folded aliases match lower case too
        (["Islamic", "State", "fighters"], 2),
        (["United", "States", "Army"], 2),  # "United States" is an alias, "United States Army" is not
        (["Baghdad"], 1),
        (["fired", "rockets"], 0),  # no alias starts with "fired"
        ([], 0),
    ],
)
def test_alias_lengths_tried_stop_where_no_alias_starts(texts: list[str], count: int) -> None:
    from dotterel.knowledge.actor_book import normalise_name
    from dotterel.stages.actor_names import load_alias_indexes

    names, _ = load_alias_indexes(load_actor_book())
    assert names.count_prefix(texts, [normalise_name(t) for t in texts]) == count
