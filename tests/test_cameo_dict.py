"""CAMEO/PETRARCH dictionaries: parsing, dated codes, code splitting, the book layer, real sentences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from dotterel.errors import KnowledgeError
from dotterel.knowledge.actor_book import ActorBook, load_actor_book
from dotterel.knowledge.cameo_book import CameoActorBook, to_alias
from dotterel.knowledge.cameo_dict import (
    CameoDiscard,
    parse_actors,
    parse_agents,
    read_cameo_dictionary,
    split_cameo_code,
    to_actor_code,
    to_clean_lines,
)
from dotterel.model import Article
from dotterel.stages.actors import ActorsStage

DATA = Path(__file__).resolve().parent / "data"
ACTORS, AGENTS, DISCARDS = DATA / "cameo_actors.txt", DATA / "cameo_agents.txt", DATA / "cameo_discards.txt"
D = dt.date.fromisoformat
GOLLUM = "GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]"
ZIMBABWE = "ZIMBABWE\n\t[RHO <790606]\n\t[ZBW]  # default"
SAM = "SAM_GAMGEE [HOB]\n\t[ORCHOB 20100109-20100112]\n\t[HOBMIL 20080120-20121109]"
BYRNES = "JAMES_BYRNES_  ; legacy comment\n\t[USAELI 18970101-450703]\n\t[USAGOV 450703-470121]"


@pytest.fixture(scope="module")
def book() -> ActorBook:
    return load_actor_book([ACTORS, AGENTS, DISCARDS])


def test_each_file_kind_is_recognised_from_its_content() -> None:
    kinds = {path.name: read_cameo_dictionary(path).kind for path in (ACTORS, AGENTS, DISCARDS)}
    assert kinds == {
        "cameo_actors.txt": "actors",
        "cameo_agents.txt": "agents",
        "cameo_discards.txt": "discards",
    }


def test_a_discard_list_keeps_each_phrase_with_its_level_and_line() -> None:
    assert read_cameo_dictionary(DISCARDS).discards == [
        CameoDiscard("MONTHS LATER", False, "cameo_discards.txt:2"),
        CameoDiscard("WORLD CUP", True, "cameo_discards.txt:3"),  # "+WORLD CUP   # sports"
    ]
    assert read_cameo_dictionary(ACTORS).discards == []


def test_a_cameo_dictionary_makes_a_cameo_book_and_yaml_alone_does_not(book: ActorBook) -> None:
    assert isinstance(book, CameoActorBook)
    assert not isinstance(load_actor_book(), CameoActorBook)


@pytest.mark.parametrize(
    ("record", "on", "code"),
    [
        (GOLLUM, "1995-05-31", "HOB"),
        (GOLLUM, "1995-06-01", "HOB"),  # both hold: the first
        (GOLLUM, "1995-06-02", "HOBGOV"),
        (GOLLUM, "1999-08-16", "HOBREB"),
        (ZIMBABWE, "1979-06-06", "RHO"),
        (ZIMBABWE, "1980-04-18", "ZBW"),
        (SAM, "2010-01-10", "ORCHOB"),
        (SAM, "2010-01-13", "HOBMIL"),
        (SAM, "2001-01-01", "HOB"),
        (BYRNES, "1946-01-01", "USAGOV"),
        ("USSR\n\t[USR <911226]", "1992-01-01", None),  # no default: the null code
        ("BOROMIR  [---]", "2000-01-01", None),
        ("PRINCE OF DOL AMROTH\n\t[--- <950630]\n\t[DOL]", "1995-01-01", None),
    ],
)
def test_date_restricted_codes_resolve_on_the_day(record: str, on: str, code: str | None) -> None:
    (actor,) = parse_actors(to_clean_lines(record), Path("test.txt"))
    assert actor.resolve_code(D(on)) == code


def test_comments_synonyms_and_multi_line_xml_comments_are_read() -> None:
    text = (
        "<!-- one\ntwo -->\nGONDOR [GON] # the kingdom\n+MINAS_TIRITH\n# BREE [BRE]\n"
        "<! -- skipped -->\nROHAN [ROH]"
    )
    actors = parse_actors(to_clean_lines(text), Path("test.txt"))
    assert [(a.phrases, a.line) for a in actors] == [(("GONDOR", "MINAS TIRITH"), 3), (("ROHAN",), 7)]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("GOLLUM\n\t[950601-990815]", "line 2"),  # a restriction without a code
        ("GOLLUM\n\t[HOBGOV 19951301-19990815]", "not a date"),
        ("GOLLUM\n\t[HOBGOV 1995061-19990815]", "not a date"),
        ("GOLLUM [HOB <> 950601]", "line 1"),
    ],
)
def test_bad_actor_lines_raise_naming_file_and_line(text: str, reason: str) -> None:
    with pytest.raises(KnowledgeError) as caught:
        parse_actors(to_clean_lines(text), Path("bad.actors.txt"))
    assert "bad.actors.txt" in str(caught.value) and reason in str(caught.value)


@pytest.mark.parametrize(
    ("line", "phrases", "code", "prefix"),
    [
        ("AMBASSADOR [~GOV] # LRP 02 Jun 2004", ("AMBASSADOR", "AMBASSADORS"), "GOV", False),
        ("SECURITY_AGENCY [~SPY]", ("SECURITY AGENCY", "SECURITY AGENCIES"), "SPY", False),
        ("BUSINESS [~BUS]", ("BUSINESS", "BUSINESSES"), "BUS", False),
        ("POLICE {} [ ~COP]", ("POLICE",), "COP", False),
        (
            "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]",
            ("ATTORNEY GENERAL", "ATTORNEYS GENERAL"),
            "JUD",
            False,
        ),
        ("HUMAN_RIGHTS_BODY  [NGO~]", ("HUMAN RIGHTS BODY", "HUMAN RIGHTS BODIES"), "NGO", True),
        ("CONGRESS!PERSON! [~LEG]", ("CONGRESSMAN", "CONGRESSWOMAN"), "LEG", False),
    ],
)
def test_agent_lines_give_phrases_plurals_and_codes(
    line: str, phrases: tuple[str, ...], code: str, prefix: bool
) -> None:
    lines = to_clean_lines("!PERSON! = MAN, WOMAN\n" + line)
    (agent,) = parse_agents(lines, Path("agents.txt"))
    assert (agent.phrases, agent.code, agent.prefix) == (phrases, code, prefix)


@pytest.mark.parametrize("line", ["OFFICIAL [GOV]", "!NOPE!_OF_SILLY_WALKS [~GOV]", "OFFICIAL ~GOV"])
def test_bad_agent_lines_raise(line: str) -> None:
    with pytest.raises(KnowledgeError, match="line 2"):
        parse_agents(to_clean_lines("!PERSON! = MAN\n" + line), Path("agents.txt"))


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("HOBGOV", ("HOB", "GOV")),
        ("ARN", ("ARN", None)),
        ("IGOWSTNAT", ("IGO", "WSTNAT")),
        ("USAGOVELI", ("USA", "GOVELI")),
        ("---GOV", (None, "GOV")),
        ("GOVMED", (None, "GOVMED")),  # a sector code first, not a country
        ("---", (None, None)),
        (None, (None, None)),
    ],
)
def test_split_cameo_code(code: str | None, expected: tuple[str | None, str | None]) -> None:
    assert split_cameo_code(code, {"HOB", "ARN", "USA", "IGO"}, {"GOV", "MED", "MIL"}) == expected


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        ({"country": "HOB", "sector": "GOV"}, "HOBGOV"),
        ({"country": None, "sector": "GOV"}, "---GOV"),
        ({"country": "ARN", "sector": None}, "ARN"),
        (None, "---"),
    ],
)
def test_actor_code_of_a_record(actor: dict[str, str | None] | None, code: str) -> None:
    assert to_actor_code(actor) == code


@pytest.mark.parametrize(
    ("phrase", "alias"),
    [
        ("PRINCE OF DOL AMROTH", "Prince of Dol Amroth"),
        ("THE HERMIT KINGDOM", "Hermit Kingdom"),
        ("PRESIDENT GEORGE W. BUSH", "President George W. Bush"),
        ("UN", "UN"),
        ("U.N.", "U.N."),
        ("BARAD-DUR", "Barad-Dur"),
        ("GROUP OF 77", "Group of 77"),
    ],
)
def test_phrases_become_aliases_as_written(phrase: str, alias: str) -> None:
    assert to_alias(phrase) == alias


@pytest.mark.parametrize(
    ("name", "on", "expected"),
    [
        ("Kuwait", "2020-01-02", ("KUW", None, "country:KUW")),  # the dictionary wins over our KWT
        ("Kuwaiti", "2020-01-02", ("KUW", None, "country:KUW")),
        ("Israel", "2020-01-02", ("ISR", None, "country:ISR")),  # CAMEO: a bare country has no sector
        ("NATO", "2020-01-02", ("IGO", "WSTNAT", "person:cameo-north-atlantic-treaty-organization")),
        ("White House", "2020-01-02", ("USA", "GOV", "person:cameo-white-house")),
        ("Benjamin Netanyahu", "1997-05-01", ("ISR", "GOV", "person:cameo-benjamin-netanyahu")),
        ("Bibi Netanyahu", "2005-05-01", ("ISR", "ELI", "person:cameo-benjamin-netanyahu")),
        ("Boris Yeltsin", "1991-07-10", ("RUS", "GOV", "person:cameo-boris-yeltsin")),
        ("Boris Yeltsin", "2001-07-10", ("RUS", "ELI", "person:cameo-boris-yeltsin")),
        ("Boris Yeltsin", "1990-01-01", None),  # no restriction holds and no default
        ("East Germany", "1989-11-09", ("DDR", None, "person:cameo-east-germany")),
        ("Freedom Front", "2020-01-02", (None, "REB", "person:cameo-freedom-front")),
        ("Humpty Dumpty", "2020-01-02", None),  # the null code
        ("Germany", "2020-01-02", ("DEU", None, "country:DEU")),  # ours, under the CAMEO convention
        ("Months later", "2020-01-02", None),  # a discard is not an actor
    ],
)
def test_cameo_layer_resolves_names_on_the_day(
    book: ActorBook, name: str, on: str, expected: tuple[str | None, ...] | None
) -> None:
    actor = book.resolve_name(name, D(on))
    assert (None if actor is None else (actor.country, actor.sector, actor.actor_id)) == expected


@pytest.mark.parametrize(
    ("word", "sector"),
    [
        ("spokesman", "GOV"),
        ("spokeswomen", "GOV"),
        ("riot police", "COP"),
        ("attorneys general", "JUD"),
        ("foreign ministry", "GOVFRM"),
        ("aid agencies", "NGO"),
        ("militiamen", "REBMIL"),
        ("troops", "MIL"),  # ours, untouched
        ("weather", None),
    ],
)
def test_agents_become_sector_words(book: ActorBook, word: str, sector: str | None) -> None:
    assert book.resolve_sector(word) == sector


@pytest.mark.parametrize(
    ("phrase", "kind"), [("Monday", "not_actor"), ("Months later", "not_actor"), ("NATO", "person")]
)
def test_no_actor_agents_and_discards_are_not_actors(book: ActorBook, phrase: str, kind: str) -> None:
    assert kind in [t.kind for t in book.find_targets(phrase)]
    assert book.resolve_sector(phrase) is None


@pytest.fixture(scope="module")
def run(book: ActorBook, parse: Callable[..., Article]) -> Callable[[str, str], dict[str, str]]:
    stage = ActorsStage(book)

    def _run(text: str, date: str) -> dict[str, str]:
        article = stage(parse(text, date=date))
        return {article.text[m.span.start : m.span.end]: to_actor_code(m.actor) for m in article.mentions}

    return _run


@pytest.mark.parametrize(
    ("sentence", "date", "expected", "absent"),
    [
        (
            "Kuwaiti officials met Israeli diplomats in Geneva on Monday.",
            "2020-01-06",
            {"Kuwaiti officials": "KUWGOV", "Israeli diplomats": "ISRGOV"},
            [],
        ),
        (
            "Boris Yeltsin warned NATO against expanding eastward.",
            "1997-03-20",
            {"Boris Yeltsin": "RUSGOV", "NATO": "IGOWSTNAT"},
            [],
        ),
        (
            "Boris Yeltsin warned NATO against expanding eastward.",
            "2003-03-20",
            {"Boris Yeltsin": "RUSELI"},
            [],
        ),
        ("A White House spokesman said Kuwait had asked for help.", "2020-01-06", {"Kuwait": "KUW"}, []),
        ("Humpty Dumpty sat on a wall months later.", "2020-01-06", {}, ["Humpty Dumpty"]),
    ],
)
def test_actors_stage_codes_cameo_names_in_real_sentences(
    run: Callable[[str, str], dict[str, str]],
    sentence: str,
    date: str,
    expected: dict[str, str],
    absent: list[str],
) -> None:
    found = run(sentence, date)
    assert expected.items() <= found.items(), found
    assert not [text for text in found if any(a in text for a in absent)]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("GONDOR [GON]\n--- ACCUSE [112] ---\nACCUSE\n", True),  # a verb family among actors
        ("<!-- verbs -->\n--- ABANDON  [345]  ---\nABANDON\n- * TIES [901]\n", True),
        ("GONDOR [GON]\n+MINAS_TIRITH\n", False),  # a plain actors file
        (
            "HOBBIT_LEADERS\n\t[HOBGOV 19950601 - 19990815] # not a family: dashes inside a restriction\n",
            False,
        ),
    ],
)
def test_a_verb_dictionary_given_as_actors_is_refused_naming_the_line(
    tmp_path: Path, text: str, wrong: bool
) -> None:
    path = tmp_path / "mixed.txt"
    path.write_text(text, encoding="utf-8")
    if wrong:
        with pytest.raises(KnowledgeError, match="--lexicon") as caught:
            read_cameo_dictionary(path)
        assert "mixed.txt" in str(caught.value) and "line" in str(caught.value)
    else:
        assert read_cameo_dictionary(path).kind == "actors"
