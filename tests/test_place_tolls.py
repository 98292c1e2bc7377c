"""Places, places12a: a casualty mention told apart from its incident in the same sentence ("… have been
killed since an offensive in X began", "… as killings of civilians rise", "…, before being shot and killed")
happened where the incident did; an "as"/"while" clause with a pronoun subject ("stabbed as he left a mosque
in X") tells where the participant was at the time. Sentences written for these tests (news-like), with
negatives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Action, Article, PlaceMention
from dotterel.stages.place_tolls import resolve_toll_place
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import find_word_span, to_event

Expected = tuple[str, str] | None
ASSAULT = Action("ASSAULT", None, "190", -10.0, 4)
ACCUSE = Action("ACCUSE", None, "111", -2.0, 3)


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


def _toll_place(stage: PlacesStage, article: Article, events: list[tuple[str, Action]]) -> Expected:
    """The place given to the last of the events put at the (word, action) pairs."""
    article.events = [
        to_event(article, find_word_span(article, word), action, number)
        for number, (word, action) in enumerate(events)
    ]
    event = stage(article).events[-1]
    return None if event.place is None else (event.place.name, event.place.country)


# (text, the incidents and their types, the casualty mention, expected place of the mention). Negatives: two
# incidents in different places, a mention told as another incident, an incident in another sentence, a
# lender that is no incident (a statement), an act told in its own right ("Police shoot and kill …"), a word
# inside another noun's phrase ("an inquiry into his killing").
TOLLS = [
    (
        "At least 300 people have been killed since an army offensive in South Kordofan began in March.",
        [("offensive", ASSAULT)],
        "killed",
        ("South Kordofan", "SDN"),
    ),
    (
        "Gunmen kill 14 villagers in Ituri Province as killings of civilians continue to rise.",
        [("kill", ASSAULT)],
        "killings",
        ("Ituri Province", "COD"),
    ),
    (
        "A gunman opens fire at a mall in Nairobi, wounding four shoppers, before being killed by police.",
        [("opens", ASSAULT)],
        "killed",
        ("Nairobi", "KEN"),
    ),
    (
        "Amid renewed fighting in Tripoli, a rocket hits a field hospital, injuring three medics.",
        [("fighting", ASSAULT)],
        "injuring",
        ("Tripoli", "LBY"),
    ),
    # negatives
    (
        "Gunmen attack a church in Kaduna and bandits raid a village in Zamfara State as killings go on.",
        [("attack", ASSAULT), ("raid", ASSAULT)],
        "killings",
        None,
    ),
    (
        "Soldiers repel an attack on a base in Borno State, while eight civilians are killed elsewhere.",
        [("attack", ASSAULT)],
        "killed",
        None,
    ),
    (
        "Rebels attack an army base in Goma. Five soldiers are killed, the army says.",
        [("attack", ASSAULT)],
        "killed",
        None,
    ),
    (
        "Police shoot and kill a gunman after he tried to board a ferry heading to Mombasa.",
        [("board", ASSAULT)],
        "kill",
        None,
    ),
    (
        "Relatives of a man shot dead in Belfast demand an inquiry into his killing.",
        [("shot", ASSAULT)],
        "killing",
        None,
    ),
    (
        "The governor in Kabul condemns the militants as 30 people have been killed this month.",
        [("condemns", ACCUSE)],
        "killed",
        None,
    ),
]


@pytest.mark.parametrize(("text", "incidents", "mention", "expected"), TOLLS)
def test_a_casualty_mention_shares_its_sentences_incident_place(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    incidents: list[tuple[str, Action]],
    mention: str,
    expected: Expected,
) -> None:
    assert _toll_place(stage, parse(text), [*incidents, (mention, ASSAULT)]) == expected


# (text, trigger, expected place). An "as"/"while" clause with a pronoun subject tells where a participant was
# at the time, whatever its tense. Negatives: a "to" phrase (where they were going), a clause whose subject is
# no pronoun (another happening's), no place named.
PARTICIPANT_CLAUSES = [
    (
        "A rabbi suffers head injuries after being attacked by a man as he entered a synagogue in Vienna.",
        "attacked",
        ("Vienna", "AUT"),
    ),
    ("An imam is stabbed as he leaves a mosque in Birmingham.", "stabbed", ("Birmingham", "GBR")),
    ("Two worshippers were shot as they prayed at a church in Ouagadougou.", "shot", ("Ouagadougou", "BFA")),
    ("A policeman is shot while he directs traffic at a junction in Lagos.", "shot", ("Lagos", "NGA")),
    # negatives
    ("A man was arrested as he tried to board a flight to London.", "arrested", None),
    ("A man was arrested as he tried to flee to Turkey.", "arrested", None),
    ("Protesters are beaten as police clear a square in Minsk.", "beaten", None),
    ("A reporter is stabbed as he leaves his home.", "stabbed", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), PARTICIPANT_CLAUSES)
def test_a_pronoun_clause_of_the_same_time_gives_the_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert _toll_place(stage, parse(text), [(trigger, ASSAULT)]) == expected


# (text, the incident, the casualty mention, expected: whether the incident lends its place). A mention in a
# relative clause on a noun is that noun's toll: an incident outside the noun lends nothing.
ANTECEDENTS = [
    (
        "Police tie a shooting that killed a guard in Fresno to a gunfight on a hill, which left 2 injured.",
        "killed",
        "injured",
        False,
    ),
    (
        "Gunmen storm a hotel in Mogadishu, and a siege follows which leaves 20 people injured.",
        "storm",
        "injured",
        True,
    ),
]


@pytest.mark.parametrize(("text", "incident", "mention", "lends"), ANTECEDENTS)
def test_a_relative_clause_tells_its_own_nouns_toll(
    parse: Callable[..., Article], stage: PlacesStage, text: str, incident: str, mention: str, lends: bool
) -> None:
    article = stage(parse(text))
    place = next(p for p in article.places if p.place.name in text)
    doc = article.doc
    lender = next(t for t in doc if t.text == incident)
    token = next(t for t in doc if t.text == mention)
    found = resolve_toll_place(
        token, [(lender, PlaceMention(place.span, place.place, place.rule))], stage.words
    )
    assert (found is not None) == lends
