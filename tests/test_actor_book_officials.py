"""Heads of state and government, foreign and defence ministers of 2015-2021 in the actor book.

Each official resolves to the right country and sector on a date inside the role, and keeps only the
nationality (no sector) on a date outside it; bare surnames that are common words only name a person
after a title; surnames shared by two officials are told apart by the article date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from dotterel.knowledge.actor_book import ActorBook, load_actor_book
from dotterel.model import Article
from dotterel.stages.actors import ActorsStage


@pytest.fixture(scope="module")
def book() -> ActorBook:
    return load_actor_book()


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# name as written, a date inside the role, country, sector, actor id, a date outside every role
OFFICIALS = [
    ("Bujar Nishani", "2016-05-01", "ALB", "GOV", "person:bujar-nishani", "2018-01-01"),
    ("Ilir Meta", "2019-03-01", "ALB", "GOV", "person:ilir-meta", "2016-01-01"),
    ("Sophie Wilmes", "2020-04-01", "BEL", "GOV", "person:sophie-wilmes", "2018-01-01"),
    ("De Croo", "2021-06-01", "BEL", "GOV", "person:alexander-de-croo", "2019-06-01"),
    ("Rumen Radev", "2018-01-01", "BGR", "GOV", "person:rumen-radev", "2016-06-01"),
    ("Milorad Dodik", "2020-01-01", "BIH", "GOV", "person:milorad-dodik", "2008-01-01"),
    ("Vladimir Makei", "2020-09-01", "BLR", "GOV", "person:vladimir-makei", "2011-01-01"),
    ("Guy Parmelin", "2021-03-01", "CHE", "GOV", "person:guy-parmelin", "2022-03-01"),
    ("Ignazio Cassis", "2019-02-01", "CHE", "GOV", "person:ignazio-cassis", "2016-02-01"),
    ("Queen Margrethe II", "2016-01-01", "DNK", "GOV", "person:queen-margrethe-ii", "2024-06-01"),
    ("Kersti Kaljulaid", "2018-01-01", "EST", "GOV", "person:kersti-kaljulaid", "2015-01-01"),
    ("Juha Sipila", "2017-01-01", "FIN", "GOV", "person:juha-sipila", "2020-01-01"),
    ("Prokopis Pavlopoulos", "2017-01-01", "GRC", "GOV", "person:prokopis-pavlopoulos", "2021-01-01"),
    ("Nikos Dendias", "2020-08-01", "GRC", "GOV", "person:nikos-dendias", "2018-08-01"),
    ("Janos Ader", "2016-01-01", "HUN", "GOV", "person:janos-ader", "2011-01-01"),
    ("Michael D. Higgins", "2018-01-01", "IRL", "GOV", "person:michael-d-higgins", "2010-01-01"),
    ("Dalia Grybauskaite", "2016-01-01", "LTU", "GOV", "person:dalia-grybauskaite", "2020-01-01"),
    ("Maia Sandu", "2019-08-01", "MDA", "GOV", "person:maia-sandu", "2018-01-01"),
    ("Milo Djukanovic", "2019-01-01", "MNE", "GOV", "person:milo-djukanovic", "2017-06-01"),
    ("King Willem-Alexander", "2020-01-01", "NLD", "GOV", "person:king-willem-alexander", "2010-01-01"),
    ("Viorica Dancila", "2018-06-01", "ROU", "GOV", "person:viorica-dancila", "2020-06-01"),
    ("Zuzana Caputova", "2020-01-01", "SVK", "GOV", "person:zuzana-caputova", "2018-01-01"),
    ("Marjan Sarec", "2019-01-01", "SVN", "GOV", "person:marjan-sarec", "2021-01-01"),
    ("Denys Shmyhal", "2021-01-01", "UKR", "GOV", "person:denys-shmyhal", "2019-01-01"),
    ("Andriy Taran", "2020-06-01", "UKR", "GOV", "person:andriy-taran", "2022-06-01"),
    ("Peter Cosgrove", "2016-01-01", "AUS", "GOV", "person:peter-cosgrove", "2020-01-01"),
    ("Linda Reynolds", "2020-01-01", "AUS", "GOV", "person:linda-reynolds", "2018-01-01"),
    ("Susana Malcorra", "2016-06-01", "ARG", "GOV", "person:susana-malcorra", "2018-06-01"),
    ("Raul Jungmann", "2017-01-01", "BRA", "GOV", "person:raul-jungmann", "2019-06-01"),
    ("Julie Payette", "2019-01-01", "CAN", "GOV", "person:julie-payette", "2021-06-01"),
    ("Salvador Cienfuegos", "2016-01-01", "MEX", "GOV", "person:salvador-cienfuegos", "2019-06-01"),
    ("Luis Carlos Villegas", "2017-01-01", "COL", "GOV", "person:luis-carlos-villegas", "2019-06-01"),
    ("Jorge Arreaza", "2019-01-01", "VEN", "GOV", "person:jorge-arreaza", "2016-01-01"),
    ("Nayib Bukele", "2020-02-09", "SLV", "GOV", "person:nayib-bukele", "2018-01-01"),
    ("Mia Mottley", "2020-01-01", "BRB", "GOV", "person:mia-mottley", "2017-01-01"),
    ("Ahmed Ouyahia", "2018-01-01", "DZA", "GOV", "person:ahmed-ouyahia", "2020-01-01"),
    ("Nasser Bourita", "2019-01-01", "MAR", "GOV", "person:nasser-bourita", "2016-01-01"),
    ("Youssef Chahed", "2018-01-01", "TUN", "GOV", "person:youssef-chahed", "2015-01-01"),
    ("Sahle-Work Zewde", "2019-01-01", "ETH", "GOV", "person:sahle-work-zewde", "2017-01-01"),
    ("Hassan Ali Khaire", "2018-01-01", "SOM", "GOV", "person:hassan-ali-khaire", "2021-01-01"),
    ("Bashir Salihi Magashi", "2020-01-01", "NGA", "GOV", "person:bashir-salihi-magashi", "2018-01-01"),
    ("Boubou Cisse", "2019-12-01", "MLI", "GOV", "person:boubou-cisse", "2021-01-01"),
    ("Assimi Goita", "2020-08-20", "MLI", "GOV", "person:assimi-goita", "2019-01-01"),
    ("Mahamat Deby", "2021-05-01", "TCD", "GOV", "person:mahamat-deby", "2020-05-01"),
    ("Naledi Pandor", "2020-01-01", "ZAF", "GOV", "person:naledi-pandor", "2018-01-01"),
    ("Mohamed Ould Ghazouani", "2020-01-01", "MRT", "GOV", "person:mohamed-ould-ghazouani", "2018-01-01"),
    ("Ahmed Obeid bin Daghr", "2017-01-01", "YEM", "GOV", "person:ahmed-obeid-bin-daghr", "2019-01-01"),
    ("Elias Bou Saab", "2019-06-01", "LBN", "GOV", "person:elias-bou-saab", "2021-06-01"),
    ("Amir Khan Muttaqi", "2021-10-01", "AFG", "GOV", "person:amir-khan-muttaqi", "2020-10-01"),
    ("Pervez Khattak", "2019-01-01", "PAK", "GOV", "person:pervez-khattak", "2017-01-01"),
    ("Bidya Devi Bhandari", "2017-01-01", "NPL", "GOV", "person:bidya-devi-bhandari", "2014-01-01"),
    ("Sadyr Japarov", "2021-03-01", "KGZ", "GOV", "person:sadyr-japarov", "2019-03-01"),
    ("Emperor Naruhito", "2020-01-01", "JPN", "GOV", "person:emperor-naruhito", "2018-01-01"),
    ("Gen Nakatani", "2015-09-19", "JPN", "GOV", "person:gen-nakatani", "2017-01-01"),
    ("Lee Nak-yon", "2018-01-01", "KOR", "GOV", "person:lee-nak-yon", "2021-01-01"),
    ("Ri Yong-ho", "2018-06-12", "PRK", "GOV", "person:ri-yong-ho", "2021-01-01"),
    ("Ngo Xuan Lich", "2018-01-01", "VNM", "GOV", "person:ngo-xuan-lich", "2022-01-01"),
    ("Delfin Lorenzana", "2017-06-01", "PHL", "GOV", "person:delfin-lorenzana", "2015-06-01"),
    ("Retno Marsudi", "2018-01-01", "IDN", "GOV", "person:retno-marsudi", "2013-01-01"),
    ("Prabowo", "2020-01-01", "IDN", "GOV", "person:prabowo-subianto", "2018-01-01"),
    ("Frank Bainimarama", "2018-01-01", "FJI", "GOV", "person:frank-bainimarama", "2023-06-01"),
    ("James Marape", "2020-01-01", "PNG", "GOV", "person:james-marape", "2018-01-01"),
    ("Zakir Hasanov", "2020-10-01", "AZE", "GOV", "person:zakir-hasanov", "2012-01-01"),
    ("David Tonoyan", "2020-10-01", "ARM", "GOV", "person:david-tonoyan", "2017-01-01"),
    ("Vecdi Gonul", "2016-01-01", "TUR", "GOV", "person:vecdi-gonul", "2017-01-01"),
    ("Don Pramudwinai", "2017-01-01", "THA", "GOV", "person:don-pramudwinai", "2014-01-01"),
    ("Louise Mushikiwabo", "2016-01-01", "RWA", "GOV", "person:louise-mushikiwabo", "2018-12-01"),
]


@pytest.mark.parametrize(("name", "inside", "country", "sector", "actor_id", "outside"), OFFICIALS)
def test_official_holds_the_role_only_inside_its_dates(
    book: ActorBook, name: str, inside: str, country: str, sector: str, actor_id: str, outside: str
) -> None:
    actor = book.resolve_name(name, _day(inside))
    assert actor is not None
    assert (actor.actor_id, actor.country, actor.sector) == (actor_id, country, sector)
    later = book.resolve_name(name, _day(outside))
    assert later is not None and later.actor_id == actor_id
    assert later.sector is None


# Turkey's defence ministers of 2015-2018, each on a day of their own term (the book had two of them wrong).
@pytest.mark.parametrize(
    ("name", "day", "actor_id", "title"),
    [
        ("Ismet Yilmaz", "2014-06-01", "person:ismet-yilmaz", "Minister of National Defence"),
        ("Ismet Yilmaz", "2017-01-01", "person:ismet-yilmaz", "Minister of National Education"),
        ("Vecdi Gonul", "2016-02-01", "person:vecdi-gonul", "Minister of National Defence"),
        ("Fikri Isik", "2016-09-01", "person:fikri-isik", "Minister of National Defence"),
        ("Nurettin Canikli", "2018-01-01", "person:nurettin-canikli", "Minister of National Defence"),
        ("Hulusi Akar", "2019-01-01", "person:hulusi-akar", "Minister of National Defence"),
    ],
)
def test_turkish_defence_ministers_in_order(
    book: ActorBook, name: str, day: str, actor_id: str, title: str
) -> None:
    actor = book.resolve_name(name, _day(day))
    assert actor is not None and actor.actor_id == actor_id
    role = book.resolve_role(actor_id, _day(day))
    assert role is not None and role.title == title


# A surname shared by two officials: the one in office on the article date wins.
@pytest.mark.parametrize(
    ("alias", "day", "actor_id"),
    [
        ("Jugnauth", "2016-01-01", "person:anerood-jugnauth"),
        ("Jugnauth", "2019-01-01", "person:pravind-jugnauth"),
        ("Izetbegovic", "2016-01-01", "person:bakir-izetbegovic"),
        ("Izetbegovic", "1995-01-01", "person:alija-izetbegovic"),
        ("Orban", "2020-06-01", "person:viktor-orban"),  # Romania's Ludovic Orban has no bare surname
        ("Japarov", "2022-06-01", "person:sadyr-japarov"),  # nor has Akylbek Japarov
        ("Deby", "2010-01-01", "person:idriss-deby"),
        ("Deby", "2021-06-01", "person:mahamat-deby"),
    ],
)
def test_shared_surname_is_resolved_by_date(book: ActorBook, alias: str, day: str, actor_id: str) -> None:
    actor = book.resolve_name(alias, _day(day))
    assert actor is not None and actor.actor_id == actor_id


# Surnames that are common words or names: only after a title; alone they name nobody.
@pytest.mark.parametrize(
    ("surname", "actor_id"),
    [
        ("Store", "person:jonas-gahr-store"),
        ("Key", "person:john-key"),
        ("English", "person:bill-english"),
        ("Martin", "person:micheal-martin"),
        ("Marin", "person:sanna-marin"),
        ("Talon", "person:patrice-talon"),
        ("Mason", "person:sandra-mason"),
        ("Barrow", "person:dean-barrow"),
        ("Simon", "person:mary-simon"),
        ("Sandoval", "person:luis-cresencio-sandoval"),
        ("Christie", "person:perry-christie"),
        ("Browne", "person:gaston-browne"),
    ],
)
def test_common_surname_is_a_title_alias_only(book: ActorBook, surname: str, actor_id: str) -> None:
    assert actor_id in {t.key for t in book.find_title_targets(surname)}
    assert all(t.kind != "person" for t in book.find_targets(surname))


@pytest.mark.parametrize(
    "word", ["Grenade", "Croo", "Lwin", "Mulk", "Abdel Aziz", "Mahamadou", "Juma", "Moussa"]
)
def test_word_inside_a_name_is_not_an_alias(book: ActorBook, word: str) -> None:
    assert all(t.kind != "person" for t in book.find_targets(word))


@pytest.fixture(scope="module")
def run(parse: Callable[..., Article]) -> Callable[..., Article]:
    stage = ActorsStage(load_actor_book())

    def _run(text: str, date: str) -> Article:
        return stage(parse(text, date=date))

    return _run


# Through the actors stage: sentence, date, name mentions expected (actor id, country, sector), ids absent
STAGE_CASES = [
    (
        "Finnish Prime Minister Sanna Marin met Latvian President Egils Levits in Riga on Tuesday.",
        "2020-02-11",
        [("person:sanna-marin", "FIN", "GOV"), ("person:egils-levits", "LVA", "GOV")],
        [],
    ),
    (
        "Prime Minister Store said Norway would not send troops, and the store on the corner stayed open.",
        "2022-03-01",
        [("person:jonas-gahr-store", "NOR", "GOV")],
        [],
    ),
    (
        "Ethiopia's Foreign Minister Demeke Mekonnen rejected the statement issued by Sudan.",
        "2021-04-12",
        [("person:demeke-mekonnen", "ETH", "GOV")],
        [],
    ),
    (
        "Armenian Defence Minister David Tonoyan said Azerbaijani forces had shelled Stepanakert.",
        "2020-10-04",
        [("person:david-tonoyan", "ARM", "GOV")],
        [],
    ),
    (
        "Colombian Defence Minister Diego Molano blamed dissidents of the FARC for the bombing.",
        "2021-06-16",
        [("person:diego-molano", "COL", "GOV")],
        [],
    ),
    (
        "A grenade was thrown at the convoy, and the key suspect fled, police said.",
        "2019-05-01",
        [],
        ["person:cecile-la-grenade", "person:john-key"],
    ),
]


@pytest.mark.parametrize(("sentence", "date", "expected", "absent"), STAGE_CASES)
def test_officials_through_the_actors_stage(
    run: Callable[..., Article],
    sentence: str,
    date: str,
    expected: list[tuple[str, str, str]],
    absent: list[str],
) -> None:
    found = [
        (m.actor.actor_id, m.actor.country, m.actor.sector)
        for m in run(sentence, date).mentions
        if m.kind == "name"
    ]
    for row in expected:
        assert row in found
    assert not {actor_id for actor_id, _, _ in found} & set(absent)
