"""The actor book: packaged tables, lookups on a date, user files layered on top, bad files refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pycountry
import pytest

from dotterel.errors import KnowledgeError
from dotterel.knowledge.actor_book import (
    DEFAULT_FILES,
    ActorBook,
    _build,
    load_actor_book,
    load_knowledge_file,
    normalise_name,
)

D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def book() -> ActorBook:
    return load_actor_book()


def test_countries_cover_every_iso_code(book: ActorBook) -> None:
    ours = {c.iso3 for c in book.countries}
    iso = {c.alpha_3 for c in pycountry.countries}
    assert iso <= ours
    assert ours - iso == {"XKX"}  # Kosovo, a user-assigned code


def test_no_country_alias_names_two_countries(book: ActorBook) -> None:
    owner: dict[str, str] = {}
    for c in book.countries:
        capitals = [c.capital, *c.capital_aliases] if c.capital and c.capital_as_actor else []
        for alias in [c.name, *c.names, *c.adjectives, *c.people, *capitals]:
            assert owner.setdefault(normalise_name(alias), c.iso3) == c.iso3, alias


def test_countries_have_demonyms_and_capitals_for_the_middle_east(book: ActorBook) -> None:
    for iso3, adjective, capital in [
        ("IRN", "Iranian", "Tehran"),
        ("IRQ", "Iraqi", "Baghdad"),
        ("USA", "American", "Washington"),
        ("GBR", "British", "London"),
    ]:
        entry = book.country(iso3)
        assert entry is not None and adjective in entry.adjectives and entry.capital == capital
    assert book.country("XXX") is None


def test_packaged_book_builds_and_is_cached() -> None:
    # How fast it loads is for a benchmark to say, not a timed test (about 0.2 s CPU on the dev machine).
    assert _build(DEFAULT_FILES).country("IRN") is not None
    assert load_actor_book() is load_actor_book()


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("Esper", "2020-01-02", ("USA", "GOV", "person:mark-esper")),
        ("Mark T. Esper", "2020-01-02", ("USA", "GOV", "person:mark-esper")),
        ("Esper", "2015-06-01", ("USA", None, "person:mark-esper")),  # no role yet: nationality only
        ("Esper", "2020-11-09", ("USA", "GOV", "person:mark-esper")),  # the last day counts
        ("Esper", "2020-11-10", ("USA", None, "person:mark-esper")),
        ("Mark Milley", "2020-01-02", ("USA", "MIL", "person:mark-milley")),
        ("Qasem Soleimani", "2020-01-03", ("IRN", "MIL", "person:qasem-soleimani")),
        ("Soleimani", "2020-01-04", ("IRN", None, "person:qasem-soleimani")),
        ("Antonio Guterres", "2020-01-02", ("IGO", "IGO", "person:antonio-guterres")),
        ("von der Leyen", "2018-05-01", ("DEU", "GOV", "person:ursula-von-der-leyen")),
        ("von der Leyen", "2020-05-01", ("IGO", "IGO", "person:ursula-von-der-leyen")),
        ("Erdoğan", "2020-01-02", ("TUR", "GOV", "person:recep-tayyip-erdogan")),
        ("US", "2020-01-02", ("USA", "GOV", "country:USA")),
        ("U.S.", "2020-01-02", ("USA", "GOV", "country:USA")),
        ("the United States", "2020-01-02", ("USA", "GOV", "country:USA")),
        ("Washington", "2020-01-02", ("USA", "GOV", "country:USA")),
        ("Tehran", "2020-01-02", ("IRN", "GOV", "country:IRN")),
        ("Pentagon", "2020-01-02", ("USA", "MIL", "country:USA")),
        ("White House", "2020-01-02", ("USA", "GOV", "country:USA")),
        ("Kremlin", "2020-01-02", ("RUS", "GOV", "country:RUS")),
        ("Iranians", "2020-01-02", ("IRN", "CVL", None)),
        ("Iranian", "2020-01-02", ("IRN", None, None)),
        ("Kataib Hezbollah", "2020-01-02", ("IRQ", "NSA", "org:kataib-hezbollah")),
        ("Kata'ib Hezbollah", "2020-01-02", ("IRQ", "NSA", "org:kataib-hezbollah")),
        ("Daesh", "2020-01-02", (None, "NSA", "org:islamic-state")),
        ("Hashd al-Shaabi", "2020-01-02", ("IRQ", "MIL", "org:popular-mobilization-forces")),
        ("UN", "2020-01-02", ("IGO", "IGO", "org:un")),
        ("Washington Post", "2020-01-02", ("USA", "MED", "org:washington-post")),
        ("Congo", "2020-01-02", ("COD", "GOV", "country:COD")),
        # people of 1990-2015: roles by date, shared surnames resolved by who is in office
        ("Clinton", "1998-08-20", ("USA", "GOV", "person:bill-clinton")),
        ("Bill Clinton", "2005-06-01", ("USA", None, "person:bill-clinton")),  # out of office: no GOV
        ("Clinton", "2010-06-01", ("USA", "GOV", "person:hillary-clinton")),
        ("Bush", "1991-01-16", ("USA", "GOV", "person:george-h-w-bush")),
        ("Bush", "2003-03-20", ("USA", "GOV", "person:george-w-bush")),
        ("George W. Bush", "1990-01-01", ("USA", None, "person:george-w-bush")),
        ("Putin", "1999-10-01", ("RUS", "GOV", "person:vladimir-putin")),  # prime minister
        ("Putin", "1997-01-01", ("RUS", None, "person:vladimir-putin")),
        ("Assad", "1995-01-01", ("SYR", "GOV", "person:hafez-al-assad")),
        ("Assad", "2005-01-01", ("SYR", "GOV", "person:bashar-al-assad")),
        ("Kabila", "1998-01-01", ("COD", "GOV", "person:laurent-desire-kabila")),
        ("Kabila", "2005-01-01", ("COD", "GOV", "person:joseph-kabila")),
        ("Kagame", "1992-01-01", ("RWA", "REB", "person:paul-kagame")),
        ("Museveni", "2000-01-01", ("UGA", "GOV", "person:yoweri-museveni")),
        ("Milosevic", "1999-04-01", ("SRB", "GOV", "person:slobodan-milosevic")),
        ("Mullah Omar", "2000-01-01", ("AFG", "GOV", "person:mullah-omar")),
        ("Mullah Omar", "2005-01-01", ("AFG", "NSA", "person:mullah-omar")),
        ("Osama bin Laden", "2000-01-01", (None, "NSA", "person:osama-bin-laden")),
        ("Zarqawi", "2005-01-01", ("IRQ", "NSA", "person:abu-musab-al-zarqawi")),
        ("Kofi Annan", "2000-01-01", ("IGO", "IGO", "person:kofi-annan")),
        # organisations
        ("Amnesty International", "1995-01-01", (None, "NGO", "org:amnesty-international")),
        ("Oxfam", "2010-01-01", (None, "NGO", "org:oxfam")),
        ("Kurdistan Workers' Party", "1995-01-01", ("TUR", "REB", "org:pkk")),
        ("Kurdish Workers Party", "1995-01-01", ("TUR", "REB", "org:pkk")),
        ("Tamil Tigers", "2000-01-01", ("LKA", "REB", "org:ltte")),
        ("Lord's Resistance Army", "2000-01-01", ("UGA", "REB", "org:lra")),
        ("Abu Sayyaf", "2000-01-01", ("PHL", "NSA", "org:abu-sayyaf")),
        ("European Community", "1990-01-01", ("IGO", "IGO", "org:eu")),
        ("International Labor Office", "1990-01-01", ("IGO", "IGO", "org:ilo")),
        ("MONUSCO", "2015-01-01", ("IGO", "IGO", "org:monusco")),
        ("ICTY", "2000-01-01", ("IGO", "JUD", "org:icty")),
        # negative cases
        ("Clinton", "2016-06-01", None),  # neither Clinton in office: ambiguous, not resolved
        ("Kabila", "1990-01-01", None),
        ("Hague", "2012-01-01", None),  # William Hague: only after a title or his full name
        ("ICU", "2020-01-02", None),  # the ward, not the Somali Islamic Courts Union
        ("us", "2020-01-02", None),  # the pronoun, not the country
        ("May", "2020-01-02", None),  # the month: Theresa May needs her first name or a title
        ("Brussels", "2020-01-02", None),  # capital_as_actor is false: it usually means the EU
        ("US dollar", "2020-01-02", None),
        ("Atlantis", "2020-01-02", None),
    ],
)
def test_resolve_name(book: ActorBook, text: str, on: str, expected: tuple[str | None, ...] | None) -> None:
    actor = book.resolve_name(text, D(on))
    if expected is None:
        assert actor is None
    else:
        assert actor is not None and actor.text == text
        assert (actor.country, actor.sector, actor.actor_id) == expected


@pytest.mark.parametrize(
    ("alias", "title", "on", "expected"),
    [
        ("Aoun", ["President"], "2019-06-01", "person:michel-aoun"),
        ("Aoun", ["Commander"], "2019-06-01", "person:joseph-aoun"),
        ("Aoun", ["President"], "2025-06-01", "person:joseph-aoun"),
        ("Aoun", [], "2019-06-01", None),  # both in office and no title: not resolved
        ("Abdullah", ["King"], "2012-01-01", None),  # two kings Abdullah in 2012
        ("Abdullah", ["King"], "2020-01-01", "person:abdullah-ii"),
        ("May", ["Prime", "Minister"], "2018-01-01", "person:theresa-may"),
        ("Hussein", ["King"], "1995-01-01", "person:king-hussein"),
        ("Abdullah", ["King"], "2000-01-01", "person:abdullah-ii"),  # the Saudi Abdullah is crown prince
        ("Sharif", ["Prime", "Minister"], "2015-01-01", "person:nawaz-sharif"),
        ("Sharif", ["Army", "Chief"], "2015-01-01", "person:raheel-sharif"),
        ("Kim", ["President"], "2000-01-01", "person:kim-dae-jung"),
        ("Rice", ["Secretary"], "2006-01-01", "person:condoleezza-rice"),
        ("Rice", [], "2014-01-01", "person:susan-rice"),
        ("Major", ["Prime", "Minister"], "1995-01-01", "person:john-major"),
        ("Kim", ["Chairman"], "2000-01-01", None),  # Kim Jong Il and Kim Dae-jung: neither a chairman
    ],
)
def test_title_aliases_are_resolved_by_date_and_title(
    book: ActorBook, alias: str, title: list[str], on: str, expected: str | None
) -> None:
    target = book.resolve_target(book.find_title_targets(alias), D(on), title)
    assert (target.key if target else None) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("officials", "GOV"),
        ("official", "GOV"),
        ("embassy", "GOV"),
        ("troops", "MIL"),
        ("troop", "MIL"),
        ("forces", "MIL"),
        ("security forces", "MIL"),
        ("jets", "MIL"),
        ("militaries", "MIL"),
        ("gunmen", "NSA"),
        ("militia", "NSA"),
        ("paramilitary group", "NSA"),
        ("rebels", "REB"),
        ("protesters", "PROT"),
        ("supporters", "PROT"),
        ("people", "CVL"),
        ("contractor", "CVL"),
        ("police", "COP"),
        ("judges", "JUD"),
        ("opposition", "OPP"),
        ("lawmakers", "LEG"),
        ("company", "BUS"),
        ("journalists", "MED"),
        ("Officials", "GOV"),
        ("guerrillas", "REB"),
        ("guerillas", "REB"),
        ("militants", "NSA"),
        ("insurgents", "NSA"),
        ("fundamentalists", "CVL"),
        ("students", "EDU"),
        ("workers", "LAB"),
        ("aid workers", "NGO"),
        ("health workers", "HLH"),
        ("farmers", "AGR"),
        ("refugees", "REF"),
        ("prisoners", "CVL"),
        ("political prisoners", "OPP"),
        ("inmates", "CRM"),
        ("youths", "CVL"),
        ("monks", "REL"),
        ("clergy", "REL"),
        ("missionaries", "REL"),
        ("tanks", "MIL"),
        # negative cases
        ("union", None),
        ("strike", None),
        ("force", None),
        ("dinner", None),
        ("group", None),
        ("party", None),
        ("country", None),
        ("", None),
    ],
)
def test_resolve_sector(book: ActorBook, word: str, expected: str | None) -> None:
    assert book.resolve_sector(word) == expected


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_replaces_and_adds_entries(tmp_path: Path) -> None:
    user = _write(
        tmp_path,
        "mine.yaml",
        """
people:
  - id: person:mark-esper
    name: Mark Esper
    country: USA
    aliases: [Esper]
    roles: [{title: Secretary of Defense, sector: MIL, start: 2019-07-23}]
  - id: person:jane-roe
    name: Jane Roe
    country: IRQ
    roles: [{title: Governor of Basra, sector: GOV, start: 2019-01-01}]
countries:
  - {iso3: ISL, name: Iceland, capital: Reykjavik, adjectives: [Icelandic]}
sector_words:
  GOV: [troops]
""",
    )
    book = load_actor_book([user])
    on = D("2021-06-01")
    assert book.resolve_name("Esper", on).sector == "MIL"  # type: ignore[union-attr]
    assert book.resolve_name("Jane Roe", on).actor_id == "person:jane-roe"  # type: ignore[union-attr]
    assert book.resolve_name("Icelanders", on) is None  # our entry was replaced whole
    assert book.resolve_sector("troops") == "GOV"
    assert load_actor_book().resolve_sector("troops") == "MIL"  # the packaged book is untouched


@pytest.mark.parametrize(
    ("text", "key", "reason"),
    [
        ("peoples: []\n", "peoples", "Extra inputs"),
        ("people:\n  - {id: person:x, name: X, country: usa}\n", "people[person:x].country", "pattern"),
        ("people:\n  - {id: person:x, name: X, country: ZZZ}\n", "person:x", "unknown country code"),
        (
            "people:\n  - {id: person:x, name: X, roles: [{title: T, sector: GOV, start: 2020-01-02, "
            "end: 2019-01-01}]}\n",
            "people[person:x].roles[0]",
            "before start",
        ),
        ("people:\n  - {id: person:x, name: X}\n  - {id: person:x, name: Y}\n", "person:x", "duplicate"),
        ("organisations:\n  - {id: org:x, name: X, sector: XYZ}\n", "org:x", "unknown sector"),
        ("countries:\n  - {iso3: IRN, name: Iran, colour: green}\n", "countries[IRN].colour", "Extra inputs"),
        ("sector_words:\n  GOV: [mayor]\n  CVL: [mayor]\n", "sector_words.CVL.mayor", "also under GOV"),
        ("people: [\n", "<file>", "expected"),
        ("- just a list\n", "<root>", "mapping"),
    ],
)
def test_bad_file_names_file_and_key(tmp_path: Path, text: str, key: str, reason: str) -> None:
    path = _write(tmp_path, "bad.yaml", text)
    with pytest.raises(KnowledgeError) as caught:
        load_actor_book([path])
    assert caught.value.path == str(path)
    assert caught.value.key == key
    assert reason in caught.value.reason


def test_packaged_files_validate_one_by_one() -> None:
    for path in DEFAULT_FILES:
        assert load_knowledge_file(path) is not None
