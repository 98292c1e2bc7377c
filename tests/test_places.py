"""Gazetteer and places stage: which names are locations, how they resolve, and the place of each event."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from dotterel.errors import KnowledgeError
from dotterel.knowledge.gazetteer import Gazetteer, load_gazetteer_file, load_place_words
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import with_event, with_events

EMBASSY = (
    "Supporters of a largely Iranian-trained paramilitary group and others who hurled rocks at the US "
    "embassy in "
    "two days of protests withdrew on Wednesday after Washington dispatched extra troops.\n\n"
    "The unrest outside the US embassy in Baghdad followed US air raids on Sunday against bases of the "
    "Tehran-backed Kataib Hezbollah group. Washington said the air raids, which killed 25 people, were in "
    "retaliation for missile attacks that killed a US contractor in northern Iraq last week."
)
KHAMENEI = (
    "Speaking at a public event in Tehran on Wednesday, Iran's Supreme Leader Ayatollah Ali Khamenei said: "
    '"If Iran decides to confront a country, it will do so openly. But everyone must know that we are '
    "strongly "
    "committed to the country's interests and we shall not hesitate to intervene and deal a blow to any "
    "party who "
    'attempts to pose a threat to the country."'
)


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# name, context countries, expected (name, country, kind) or None
RESOLUTIONS = [
    ("Tripoli", {}, ("Tripoli", "LBY", "city")),
    ("Tripoli", {"LBN": 1.0}, ("Tripoli", "LBN", "city")),
    ("Damascus", {"USA": 1.0}, ("Damascus", "SYR", "city")),
    ("Baghdad", {}, ("Baghdad", "IRQ", "city")),
    ("Khan Shaykhun", {}, ("Khan Shaykhun", "SYR", "city")),
    ("Kiev", {}, ("Kyiv", "UKR", "city")),
    ("Nasiriya", {}, ("Nasiriyah", "IRQ", "city")),
    ("U.S.", {}, ("United States", "USA", "country")),
    ("Britain", {}, ("United Kingdom", "GBR", "country")),
    ("Lebanon", {"USA": 1.0}, ("Lebanon", "LBN", "country")),
    ("Georgia", {}, ("Georgia", "GEO", "country")),
    ("Washington", {}, ("Washington", "USA", "city")),
    ("Texas", {}, ("Texas", "USA", "admin1")),
    ("Middle East", {}, ("Middle East", None, "region")),
    ("West Bank", {}, ("West Bank", "PSE", "region")),
    ("Camp David", {}, ("Camp David", "USA", "region")),  # not the town David, Panama
    ("Halle", {"DEU": 10.0}, ("Halle (Saale)", "DEU", "city")),
    ("Frankfurt", {}, ("Frankfurt am Main", "DEU", "city")),
    ("Northern Ireland", {}, ("Northern Ireland", "GBR", "region")),
    ("Nagorno-Karabakh", {}, ("Nagorno-Karabakh", "AZE", "region")),
    # first-level divisions of other countries (ISO 3166-2, pycountry): below cities, generic names left out
    ("Borno", {}, ("Borno", "NGA", "admin1")),
    ("Kunar", {}, ("Kunar", "AFG", "admin1")),
    ("Far North", {}, ("Far North", "CMR", "admin1")),
    ("Kandahar", {}, ("Kandahar", "AFG", "city")),
    ("Gaza", {}, ("Gaza", "PSE", "city")),  # not Mozambique's Gaza province
    ("North", {"CMR": 1.0}, None),
    ("Plateau", {"NGA": 1.0}, None),
    ("Somali", {}, None),  # a demonym, not Ethiopia's Somali region
    ("Qah", {}, None),
    ("Qah", {"SYR": 1.0}, None),
    ("Mark", {}, None),
    ("Esper", {}, None),
    ("Hezbollah", {}, None),
]


@pytest.mark.parametrize(("name", "context", "expected"), RESOLUTIONS)
def test_gazetteer_resolves_names(
    gazetteer: Gazetteer, name: str, context: dict[str, float], expected: tuple[str, str | None, str] | None
) -> None:
    entry = gazetteer.resolve(name, context)
    assert (None if entry is None else (entry.name, entry.country, entry.kind)) == expected


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Iraq", 33.34, 44.40),
        ("Brazil", -15.78, -47.93),
        ("Kazakhstan", 51.18, 71.45),
        ("Middle East", None, None),
    ],
)
def test_countries_take_their_capital_point_and_regions_have_none(
    gazetteer: Gazetteer, name: str, lat: float | None, lon: float | None
) -> None:
    entry = gazetteer.resolve(name)
    assert entry is not None
    point = None if entry.lat is None or entry.lon is None else (round(entry.lat, 2), round(entry.lon, 2))
    assert point == (None if lat is None or lon is None else (lat, lon))


def test_demonyms_name_countries(gazetteer: Gazetteer) -> None:
    assert [gazetteer.resolve_demonym(w) for w in ("Iraqi", "Lebanese", "American", "Embassy")] == [
        "IRQ",
        "LBN",
        "USA",
        None,
    ]


# text, expected places: (text of the mention, place name, country, rule)
ARTICLE_PLACES = [
    (
        "A blast near the Data Darbar shrine in Lahore, Pakistan, kills at least eleven people.",
        [
            ("Lahore", "Lahore", "PAK", "places.gazetteer.v1"),
            ("Pakistan", "Pakistan", "PAK", "places.gazetteer.v1"),
        ],
    ),
    (
        "Taliban militants attack government outposts in northwestern Afghanistan.",
        [("northwestern Afghanistan", "northwestern Afghanistan", "AFG", "places.region.v1")],
    ),
    (
        "The protests marked a new turn in the shadow war between Washington and Tehran playing out across "
        "the Middle East.",
        [("Middle East", "Middle East", None, "places.region.v1")],
    ),
    (
        "Dozens of people were killed in the Iraqi city of Kirkuk.",
        [("Kirkuk", "Kirkuk", "IRQ", "places.gazetteer.v1")],
    ),
    (
        "Syrian officers ended mediation between rival militias in Tripoli as shells hit the north Lebanese "
        "port.",
        [("Tripoli", "Tripoli", "LBN", "places.gazetteer.v1")],
    ),
    (
        "India also withdraws a contingent of peacekeepers from Tripoli as fighting spreads across Libya.",
        [
            ("Tripoli", "Tripoli", "LBY", "places.gazetteer.v1"),
            ("Libya", "Libya", "LBY", "places.gazetteer.v1"),
        ],
    ),
    ("Multiple mortars hit Mogadishu Airport.", [("Mogadishu", "Mogadishu", "SOM", "places.gazetteer.v1")]),
    (
        "A Syrian jet is shot down by rebel forces near the town of Khan Shaykhun in the Idlib Governorate.",
        [
            ("Khan Shaykhun", "Khan Shaykhun", "SYR", "places.gazetteer.v1"),
            ("Idlib Governorate", "Idlib Governorate", "SYR", "places.region.v1"),
        ],
    ),
    (
        "Two people are killed in attacks near a synagogue and at a kebab shop in Halle, "
        "Saxony-Anhalt, Germany.",
        [
            ("Halle", "Halle (Saale)", "DEU", "places.gazetteer.v1"),
            ("Saxony-Anhalt", "Saxony-Anhalt", "DEU", "places.region.v1"),
            ("Germany", "Germany", "DEU", "places.gazetteer.v1"),
        ],
    ),
    (
        "Forces loyal to the GNA assault the Okba Ibn Nafa Air Base, west of Tripoli.",
        [("Tripoli", "Tripoli", "LBY", "places.gazetteer.v1")],
    ),
    (
        "The Libyan National Army captures several towns near the Berber city of Zuwarah.",
        [("Zuwarah", "Zuwarah", "LBY", "places.gazetteer.v1")],
    ),
    (
        "About 100,000 people have been evacuated from low-lying areas in the western Indian states of "
        "Maharashtra and Gujarat.",
        [
            ("Maharashtra", "Maharashtra", "IND", "places.gazetteer.v1"),
            ("Gujarat", "Gujarat", "IND", "places.gazetteer.v1"),
        ],
    ),
    (
        "In the town of Dangdala, Chad, 23 National Army soldiers are killed in an overnight attack.",
        [
            ("Dangdala", "Dangdala", "TCD", "places.unlisted.v1"),
            ("Chad", "Chad", "TCD", "places.gazetteer.v1"),
        ],
    ),
    (
        "Assailants raid a village in Papua New Guinea's Hela province.",
        [
            ("Papua New Guinea", "Papua New Guinea", "PNG", "places.gazetteer.v1"),
            ("Hela province", "Hela province", "PNG", "places.region.v1"),
        ],
    ),
    (
        "Boko Haram terrorists exchange gunfire with Nigerian troops in Borno State.",
        [("Borno State", "Borno State", "NGA", "places.region.v1")],
    ),
    (
        "A bomb killed 3 police on the Diwaniyah-Babylon highway, Iraq.",
        [("Iraq", "Iraq", "IRQ", "places.gazetteer.v1")],
    ),
    (
        "Security forces storm the compound of former President Almazbek Atambayev on the outskirts of "
        "Bishkek.",
        [("Bishkek", "Bishkek", "KGZ", "places.gazetteer.v1")],
    ),
    (
        "China suspends plans because of Britain's stance on the Hong Kong protests.",
        [("Hong Kong", "Hong Kong", "HKG", "places.gazetteer.v1")],
    ),
    (
        "An American is identified as the victim killed in a Kabul grenade attack on a United "
        "Nations convoy.",
        [("Kabul", "Kabul", "AFG", "places.gazetteer.v1")],
    ),
    (
        "Twenty gunmen open fire around a border checkpoint between Tajikistan and Uzbekistan.",
        [
            ("Tajikistan", "Tajikistan", "TJK", "places.gazetteer.v1"),
            ("Uzbekistan", "Uzbekistan", "UZB", "places.gazetteer.v1"),
        ],
    ),
    (
        "Prosecutors in Northern Ireland charge a former British Army soldier with murder.",
        [("Northern Ireland", "Northern Ireland", "GBR", "places.region.v1")],
    ),
    (
        "A Boko Haram female suicide bomber kills at least nine civilians in Kaiga-Kindjiria, western Chad.",
        [
            ("Kaiga-Kindjiria", "Kaiga-Kindjiria", "TCD", "places.unlisted.v1"),
            ("western Chad", "western Chad", "TCD", "places.region.v1"),
        ],
    ),
    (
        "A motorcycle bomb explodes in front of a hotel in Spin Boldak, Kandahar Province, Afghanistan.",
        [
            ("Spin Boldak", "Spin Boldak", "AFG", "places.small-town.v1"),  # places16b: GeoNames town
            ("Kandahar Province", "Kandahar Province", "AFG", "places.region.v1"),
            ("Afghanistan", "Afghanistan", "AFG", "places.gazetteer.v1"),
        ],
    ),
    (
        "At least 20 people are killed in a mass shooting in a village in South Darfur, Sudan.",
        [
            ("South Darfur", "South Darfur", "SDN", "places.gazetteer.v1"),
            ("Sudan", "Sudan", "SDN", "places.gazetteer.v1"),
        ],
    ),
    (
        "The Pentagon announces the deployment of 1,000 to 3,000 U.S. troops to Saudi Arabia.",
        [("Saudi Arabia", "Saudi Arabia", "SAU", "places.gazetteer.v1")],
    ),
    (
        "At least three patients were killed during a protest outside the Punjab Institute of Cardiology, "
        "Lahore, Pakistan.",
        [("Lahore", "Lahore", "PAK", "places.gazetteer.v1")],
    ),
    (
        "Boko Haram terrorists exchange gunfire with Nigerian troops in the Nganzai local government area of "
        "Borno State. (Al Jazeera)",
        [("Borno State", "Borno State", "NGA", "places.region.v1")],
    ),
    # negatives: actor modifiers, metonyms, subjects, actors after "against"/"between", names of people,
    # "on" before a non-place, an attacker country before an attack noun, an unknown name with no country
    ("The United States imposed new sanctions on Iran.", []),
    ("Talks between Iran and the United States resumed.", []),
    ("US strikes hit the base.", []),
    ("Protesters marched in Zeleved.", []),
    ("The minister spoke to Iraq about the deployment.", []),
    ("Officials of the Government of Iraq, Baghdad's envoys and the UN met.", []),
    ("US President Donald Trump accused Iran of orchestrating the violence.", []),
    ("Washington said the air raids were in retaliation.", []),
    ("Iran's Supreme Leader Ayatollah Ali Khamenei spoke.", []),
    ("He threatened on Tuesday to retaliate against Iran.", []),
    ("Supporters hurled rocks at the US embassy.", []),
    ("US air raids hit bases of the Tehran-backed Kataib Hezbollah group.", []),
    ("Secretary of Defense Mark Esper said on Thursday that the US is prepared to act.", []),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_PLACES)
def test_article_places_are_locations_only(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    expected: list[tuple[str, str, str | None, str]],
) -> None:
    article = stage(parse(text))
    found = [
        (article.text[m.span.start : m.span.end], m.place.name, m.place.country, m.rule)
        for m in article.places
    ]
    assert found == expected


# text, trigger (word, occurrence), expected (place name, country) or None, text of the place evidence span
EVENT_PLACES = [
    (EMBASSY, ("hurled", 0), ("Baghdad", "IRQ"), "the US embassy"),
    (EMBASSY, ("unrest", 0), ("Baghdad", "IRQ"), "Baghdad"),
    (EMBASSY, ("attacks", 0), ("northern Iraq", "IRQ"), "northern Iraq"),
    (KHAMENEI, ("intervene", 0), ("Tehran", "IRN"), "Tehran"),
    (
        "A suicide bomber attacks a police station in Kunduz, Afghanistan.",
        ("attacks", 0),
        ("Kunduz", "AFG"),
        "Kunduz",
    ),
    (
        "Gunmen open fire on two buses carrying Muslim voters to the polls near Anuradhapura.",
        ("fire", 0),
        ("Anuradhapura", "LKA"),
        "Anuradhapura",
    ),
    (
        "Israel strikes multiple Iranian and Syrian military targets outside Damascus and Homs, killing 16 "
        "people.",
        ("strikes", 0),
        ("Damascus", "SYR"),
        "Damascus",
    ),
    (
        "Gunmen kill 16 people during prayers in a northern Burkina Faso mosque.",
        ("kill", 0),
        ("northern Burkina Faso", "BFA"),
        "northern Burkina Faso",
    ),
    (
        "Prime Minister Adil Abdul-Mahdi orders the elite Counter-Terrorism Service to quell the protests "
        "in the capital Baghdad and the southern city of Nasiriya.",
        ("orders", 0),
        ("Baghdad", "IRQ"),
        "Baghdad",
    ),
    (
        "A bomb hits a mosque in Ghazni, Afghanistan, killing two and wounding over 40.",
        ("bomb", 0),
        ("Ghazni", "AFG"),
        "Ghazni",
    ),
    (
        "Gunmen storm a mosque in Afghanistan's central Parwan Province, killing seven people "
        "and wounding 12 others.",
        ("killing", 0),
        ("Parwan Province", "AFG"),
        "Parwan Province",
    ),
    (
        "Gunmen storm a mosque in Afghanistan's central Parwan Province, killing seven people "
        "and wounding 12 others.",
        ("wounding", 0),
        ("Parwan Province", "AFG"),
        "Parwan Province",
    ),
    (
        "A terrorist mass stabbing at London Bridge kills two civilians. The attacker is shot dead by police "
        "on the bridge.",
        ("shot", 0),
        ("London", "GBR"),
        "the bridge",
    ),
    (
        "A bomb explodes in a classroom at Ghazni University in Afghanistan. The same "
        "university was targeted last month.",
        ("targeted", 0),
        ("Ghazni", "AFG"),
        "The same university",
    ),
    (
        "Two Saudi Aramco oil refineries, one in Abqaiq and one in Khurais, Saudi Arabia, are attacked by "
        "drones.",
        ("attacked", 0),
        ("Abqaiq", "SAU"),
        "Abqaiq",
    ),
    (
        "At least ten people are killed when gunmen ambush a bus in Kotulo, Kenya.",
        ("ambush", 0),
        ("Kotulo", "KEN"),
        "Kotulo",
    ),
    # negatives: a place in another argument, a metonym, an actor country, a place in a different paragraph,
    # a place of the circumstance ("amid the escalation in Idlib")
    (
        "Turkish Foreign Minister Mevlut Cavusoglu and NATO Secretary General Jens Stoltenberg "
        "hold talks amid the escalation in Idlib.",
        ("talks", 0),
        None,
        None,
    ),
    (EMBASSY, ("raids", 0), None, None),
    (EMBASSY, ("dispatched", 0), None, None),
    ("Washington said the attack was a provocation.", ("attack", 0), None, None),
    ("US President Donald Trump accused Iran of orchestrating the violence.", ("accused", 0), None, None),
    (
        "Rebels attacked a checkpoint.\n\nThe army later shelled positions near Idlib.",
        ("attacked", 0),
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected", "evidence"), EVENT_PLACES)
def test_event_takes_the_place_of_its_clause(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: tuple[str, int],
    expected: tuple[str, str] | None,
    evidence: str | None,
) -> None:
    article = stage(with_event(parse(text), *trigger))
    (event,) = article.events
    assert (None if event.place is None else (event.place.name, event.place.country)) == expected
    span = event.evidence.spans.get("place")
    assert (article.text[span.start : span.end] if span else None) == evidence


def test_place_never_comes_from_another_events_clause(
    parse: Callable[..., Article], stage: PlacesStage
) -> None:
    text = "Militants attacked a checkpoint in Kabul while police arrested two men in Herat."
    article = stage(with_events(parse(text), ["attacked", "arrested"]))
    assert [e.place.name if e.place else None for e in article.events] == ["Kabul", "Herat"]


@pytest.mark.parametrize(
    ("text", "triggers", "expected"),
    [
        (
            "The United States military has killed the AQAP leader in a drone strike in Yemen. Britain "
            "condemned the attack in Kabul.",
            ["killed", "strike", "condemned", "attack"],
            ["Yemen", "Yemen", None, "Kabul"],
        ),
        (
            "Two people are killed and two others are injured in attacks near a synagogue in Halle, Germany.",
            ["killed", "attacks"],
            ["Halle (Saale)", "Halle (Saale)"],
        ),
    ],
)
def test_an_event_takes_the_place_of_the_event_noun_it_happened_in(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    triggers: list[str],
    expected: list[str | None],
) -> None:
    """ "killed … in a drone strike in Yemen": the killing happened where the strike did; a condemnation of
    an attack does not take the attack's place."""
    article = stage(with_events(parse(text), triggers))
    assert [e.place.name if e.place else None for e in article.events] == expected


def test_facility_coreference_is_recorded_as_a_place_mention(
    parse: Callable[..., Article], stage: PlacesStage
) -> None:
    article = stage(with_event(parse(EMBASSY), "hurled"))
    rules = {article.text[m.span.start : m.span.end]: m.rule for m in article.places}
    assert rules["the US embassy"] == "places.facility-coref.v1"
    assert rules["Baghdad"] == "places.gazetteer.v1"


def test_a_bad_gazetteer_file_names_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "version": 1,
                "country_aliases": {},
                "demonyms": {},
                "not_places": [],
                "regions": [{"name": "Anbar", "country": "Iraq"}],
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as error:
        load_gazetteer_file(path)
    assert (error.value.path, error.value.key) == (str(path), "regions.0.country")


def test_a_places_file_missing_a_list_names_it(tmp_path: Path) -> None:
    path = tmp_path / "places.yaml"
    path.write_text("version: 1\ndirections: [northern]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        load_place_words(path)
    assert error.value.key == "locative_preps"


# Issue 4: clauses and names the places stage reads since the hand-read sample. Each row: text, trigger,
# expected (place name, country) or None. Sentences written for these tests.
CLAUSE_PLACES = [
    # a "when" clause tells the same time and place; "after" does not
    (
        "Three soldiers died when a roadside bomb struck their convoy in Kandahar.",
        "died",
        ("Kandahar", "AFG"),
    ),
    (
        "Police arrested two men in Herat when militants attacked a checkpoint in Kabul.",
        "arrested",
        ("Herat", "AFG"),
    ),
    ("The minister resigned after protesters stormed the parliament in Beirut.", "resigned", None),
    # the subject's place, when the event's own clause names none
    ("Protesters in Khartoum blocked the main roads on Monday.", "blocked", ("Khartoum", "SDN")),
    (
        "The Iranian embassy in Baghdad issued a strong condemnation of the raid.",
        "condemnation",
        ("Baghdad", "IRQ"),
    ),
    # a place phrase shared by coordinated verbs with no object
    ("Forty people were killed and wounded in shelling in Donetsk.", "killed", ("Donetsk", "UKR")),
    # a gerund complement is an action of its own
    (
        "Prosecutors in Belfast charge a police officer with assaulting a protester in Derry.",
        "charge",
        ("Belfast", "GBR"),
    ),
    (
        "Prosecutors in Belfast charge a police officer with assaulting a protester in Derry.",
        "assaulting",
        ("Derry", "GBR"),
    ),
    # names the gazetteer lacks: after a place noun (the tagger's PERSON overruled), a place to the tagger
    # after "in", a comma list whose middle name the tagger calls an organisation; not a person after "by"
    (
        "Syrian government planes bomb the towns of Kafr Nabudah and Hish in Hama Governorate, killing nine "
        "civilians.",
        "bomb",
        ("Kafr Nabudah", "SYR"),
    ),
    ("Nigerian troops clashed with insurgents in Konduga on Sunday.", "clashed", ("Konduga", "NGA")),
    ("Nigerian troops clashed with insurgents led by Abu Bakar on Sunday.", "clashed", None),
    (
        "A Boko Haram suicide bomber blew herself up at a market in Kolofata, Far North, Cameroon, killing "
        "six.",
        "blew",
        ("Kolofata", "CMR"),
    ),
    # a definite place noun with a hyphenated description refers back to the place named before
    (
        "Iraqi militants attacked the town of Qaraqosh on Monday. Residents fled the majority-Christian "
        "town.",
        "fled",
        ("Al-Hamdaniya", "IRQ"),
    ),
    (
        "Turkish troops entered the Syrian city of Afrin. Rebels later shelled the Kurdish-held city.",
        "shelled",
        ("Afrin", "SYR"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CLAUSE_PLACES)
def test_event_place_from_when_clause_subject_and_unlisted_names(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: tuple[str, str] | None,
) -> None:
    (event,) = stage(with_event(parse(text), trigger)).events
    assert (None if event.place is None else (event.place.name, event.place.country)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrian rebels shelled the town of Maarat al-Hamam.", "Maarat al-Hamam"),
        ("Syrian rebels shelled the town of Maarat, al-Watan newspaper said.", "Maarat"),  # after a comma
    ],
)
def test_an_unlisted_name_keeps_a_hyphenated_particle(
    parse: Callable[..., Article], stage: PlacesStage, text: str, expected: str
) -> None:
    article = stage(parse(text))
    assert [m.place.name for m in article.places if m.rule == "places.unlisted.v1"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Kabul, gunmen storm a clinic run by a British charity. In Shirzad, a bomb kills nine people.",
            [("Kabul", "AFG"), ("Shirzad", "AFG")],
        ),
        (  # two countries of places, neither above the other: the unlisted name has no country
            "Gunmen storm clinics in Kabul and Peshawar. In Shirzad, a bomb kills nine people.",
            [("Kabul", "AFG"), ("Peshawar", "PAK")],
        ),
    ],
)
def test_an_unlisted_place_takes_the_country_of_the_articles_places_before_actors_and_demonyms(
    parse: Callable[..., Article], stage: PlacesStage, text: str, expected: list[tuple[str, str]]
) -> None:
    article = stage(parse(text))
    assert [(m.place.name, m.place.country) for m in article.places] == expected


# text, trigger, expected (place name, country) or None: the country named next to a place outweighs
# population and the article's other countries; a news outlet in brackets says nothing about where things
# happen.
COUNTRY_EVIDENCE = [
    ("A gunman opened fire at a bar in Paris, Texas.", "fire", ("Paris", "USA")),
    ("A gunman opened fire at a bar in Paris, France.", "fire", ("Paris", "FRA")),
    (
        "A bomb exploded at a Turkish base in Mogadishu, Turkey's biggest military facility abroad.",
        "exploded",
        ("Mogadishu", "SOM"),
    ),
    (
        "Saudi airstrikes hit houses in the Al Jawf Governorate of Yemen.",
        "hit",
        ("Al Jawf Governorate", "YEM"),
    ),
    ("Rebel fighters entered Al Jawf in southeastern Libya.", "entered", ("Al Jawf", "LBY")),
    (
        "An Afghan official says a landmine blast in the Zhari District kills 11 pilgrims.",
        "kills",
        ("Zhari District", "AFG"),
    ),
    ("A landmine blast in the Zhari District kills 11 pilgrims. (The Irish Times)", "kills", None),
    ("Two Palestinians were shot in the occupied West Bank.", "shot", ("West Bank", "PSE")),
    ("Militants stormed a base in Lower Shabelle.", "stormed", ("Lower Shabelle", "SOM")),
    ("Gunmen abducted six aid workers in Jowhar, Middle Shabelle.", "abducted", ("Jawhar", "SOM")),
    # the tail of a hyphenated name is not a name of its own; the whole name is one ("Bab" is not)
    (
        "Turkish airstrikes kill five civilians in the Syrian village of Bab al-Kheir.",
        "kill",
        ("Bab al-Kheir", "SYR"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COUNTRY_EVIDENCE)
def test_the_country_named_next_to_a_place_decides(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: tuple[str, str] | None,
) -> None:
    (event,) = stage(with_event(parse(text), trigger)).events
    assert (None if event.place is None else (event.place.name, event.place.country)) == expected


# text, trigger, expected (place name, country) or None: the attacked place ("an attack on Mosul", "Mosul was
# shelled"), a district before its province, an event noun inside a quantity ("a wave of attacks in …").
ATTACKED_PLACES = [
    ("A rocket attack on Mosul killed four civilians.", "attack", ("Mosul", "IRQ")),
    ("The United States imposed sanctions on Iran.", "sanctions", None),
    ("Iraq's second city Mosul was shelled overnight by militants.", "shelled", ("Mosul", "IRQ")),
    ("Two soldiers were shelled by rebels near their base.", "shelled", None),
    (
        "Gunmen killed seven police officers in Chahar Dara District, Kunduz Province.",
        "killed",
        ("Chahar Dara District", "AFG"),
    ),
    (
        "Insurgents kill 12 soldiers in a wave of attacks in eastern Afghanistan.",
        "kill",
        ("eastern Afghanistan", "AFG"),
    ),
    ("Insurgents kill 12 soldiers in a wave of attacks.", "kill", None),
    ("Protesters blocked a road near Al-Hasakah on Monday.", "blocked", ("Al Hasakah", "SYR")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ATTACKED_PLACES)
def test_the_attacked_place_and_the_most_specific_division(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: tuple[str, str] | None,
) -> None:
    (event,) = stage(with_event(parse(text), trigger)).events
    assert (None if event.place is None else (event.place.name, event.place.country)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country named next to the name picks its entry among the gazetteer's: the US state, not the
        # Cuban town Florida; a name with no entry in that country is kept as an unlisted place there
        ("Storms flooded roads in Florida, United States.", ("Florida", "USA", "places.gazetteer.v1")),
        ("Floods cut roads in Paris, Texas.", ("Paris", "USA", "places.gazetteer.v1")),
        ("Floods cut roads in Lisbon, Maine.", ("Lisbon", "USA", "places.small-town.v1")),  # its point
        ("Floods cut roads in Paris, France.", ("Paris", "FRA", "places.gazetteer.v1")),
    ],
)
def test_the_adjacent_country_picks_the_entry(
    parse: Callable[..., Article], stage: PlacesStage, text: str, expected: tuple[str, str, str]
) -> None:
    first = stage(parse(text)).places[0]
    assert (first.place.name, first.place.country, first.rule) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Riots in Lagos continued on Sunday, leaving five people dead and 40 injured.",
            ["Lagos", "Lagos"],
        ),
        (  # its own clause first
            "Riots in Lagos left five people dead, while 40 people were injured in Abuja.",
            ["Lagos", "Abuja"],
        ),
    ],
)
def test_a_result_takes_the_place_of_the_event_that_caused_it(
    parse: Callable[..., Article], stage: PlacesStage, text: str, expected: list[str]
) -> None:
    """ "Riots … continued, leaving … 40 injured": the injuries are the riots', where the riots were."""
    article = stage(with_events(parse(text), ["Riots", "injured"]))
    assert [e.place.name if e.place else None for e in article.events] == expected


@pytest.mark.parametrize(
    ("text", "triggers", "expected"),
    [
        (
            "A suicide bomber kills nine people and injures 40 others at a market in Kunduz.",
            ["kills", "injures"],
            ["Kunduz", "Kunduz"],
        ),
        (
            "Twelve people are killed and over 80 injured by car bombs outside a police station in Herat.",
            ["killed", "injured"],
            ["Herat", "Herat"],
        ),
        ("Gunmen killed five people and fled to Pakistan.", ["killed", "fled"], [None, "Pakistan"]),
    ],
)
def test_coordinated_events_share_the_place_phrase_after_them(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    triggers: list[str],
    expected: list[str | None],
) -> None:
    article = stage(with_events(parse(text), triggers))
    assert [e.place.name if e.place else None for e in article.events] == expected


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("New", True),  # New York, New Delhi ...
        ("New York", True),
        ("Al-", True),  # "Al-Hasakah": a hyphen may stand for a space
        ("Baghdad", True),
        ("Zzqxv", False),
        ("Baghdad Zzqxv", False),  # nothing longer starts so: the finder stops growing the span
    ],
)
def test_a_span_grows_only_while_a_gazetteer_name_starts_with_it(
    gazetteer: Gazetteer, text: str, starts: bool
) -> None:
    assert gazetteer.starts_a_name(text) is starts
