"""Bodies named by their office (dotterel.stages.office_bodies): a capitalised name headed by a government
noun is a state body of its sector, of the country its name or the text gives; never of a wrong country."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.actor_book import load_actor_book
from dotterel.model import Article
from dotterel.stages.actors import RULE_BODY, ActorsStage
from dotterel.stages.office_bodies import to_context_country


@pytest.fixture(scope="module")
def stage() -> ActorsStage:
    return ActorsStage(load_actor_book())


def bodies(stage: ActorsStage, parse: Callable[..., Article], text: str) -> list[tuple[str, str | None, str]]:
    article = stage(parse(text))
    found = [m for m in article.mentions if m.rule == RULE_BODY]
    return [(text[m.span.start : m.span.end], m.actor.country, str(m.actor.sector)) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States Department of Education opens an investigation into Harvard University.",
            [("United States Department of Education", "USA", "GOV")],
        ),
        (
            "In Moldova, the Constitutional Court rules that the government's decree is unconstitutional.",
            [("Constitutional Court", "MDA", "JUD")],
        ),
        (
            "The House Judiciary Committee subpoenas former White House counsel Don McGahn.",
            [("House Judiciary Committee", "USA", "LEG")],
        ),
        (  # a text about two countries equally: the body has no country of the text
            "The Ministry of Defence says Russian and Turkish patrols will resume.",
            [("Ministry of Defence", None, "GOV")],
        ),
        (  # "Senate" is American only in a text about the United States
            "In Pakistan, the Senate Standing Committee on Interior summons the police chief of Karachi.",
            [("Senate Standing Committee", None, "LEG")],
        ),
        (  # a credit in parentheses is no country the text is about
            "The Parliamentary Joint Committee on Intelligence will probe interference at Australian "
            "universities. "
            "(AFP via The Jakarta Post)",
            [("Parliamentary Joint Committee", "AUS", "LEG")],
        ),
        (  # a country word inside a longer place name is no country: "New South Wales" is no Wales
            "The Supreme Court of New South Wales bans a protest in Sydney.",
            [("Supreme Court of New South Wales", None, "JUD")],
        ),
        (
            "The Buffalo Police Department suspends two officers.",
            [("Buffalo Police Department", None, "COP")],
        ),
        # not bodies: a committee of no legislature, a sentence-initial common noun, a known group, a person
        ("The Nobel Committee awards the peace prize to Ethiopia's prime minister.", []),
        ("Court officials in Kenya say the hearing is postponed.", []),
        ("Kataib Hezbollah fighters attack the US embassy in Baghdad.", []),
        ("State Department spokesperson Heather Nauert withdraws from consideration for the post.", []),
        ("The European Court of Justice rules against Poland's judicial reforms.", []),
        ("Attorney General William Barr says the department will review the case.", []),
    ],
)
def test_bodies_named_by_their_office(
    stage: ActorsStage,
    parse: Callable[..., Article],
    text: str,
    expected: list[tuple[str, str | None, str]],
) -> None:
    assert bodies(stage, parse, text) == expected


@pytest.mark.parametrize(
    ("countries", "expected"),
    [(["IRQ", "USA", "IRQ"], "IRQ"), (["IRQ", "USA"], None), ([], None), (["USA"], "USA")],
)
def test_the_country_the_text_is_about(countries: list[str], expected: str | None) -> None:
    assert to_context_country(countries) == expected
