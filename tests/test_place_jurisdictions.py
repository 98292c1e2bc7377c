"""Places, places15: a first-level division's own name is the government that issues a measure, even
where the tagger makes exactly that name an organisation ("Nunavut will close all schools"); a
division's name inside an organisation's longer name, a company's name and a town's name are not. Sentences
written for these tests (news-like), with negatives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Action, Article
from dotterel.stages.place_jurisdictions import to_government_name_ids
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import find_word_span, to_event

COERCE = Action("COERCE", None, "172", -5.0, 4)


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, measure trigger, the word the tagger must call ORG or None, expected place of the measure). The
# positives hold a division's name the tagger makes a whole organisation; negatives: a division's name
# inside a longer organisation's name, a company, no place named.
ISSUERS = [
    (
        "The premier says Nunavut will close all schools for two weeks.",
        "close",
        "Nunavut",
        ("Nunavut", "CAN"),
    ),
    (
        "The chief medical officer announces that Nunavut will shut all gyms and bars from Monday.",
        "shut",
        "Nunavut",
        ("Nunavut", "CAN"),
    ),
    (
        "First Minister Mark Drakeford announces that Wales will introduce a firebreak lockdown.",
        "lockdown",
        "Wales",
        ("Wales", "GBR"),
    ),
    (
        "Rising cases prompt Île-de-France to close all bars and gyms.",
        "close",
        "Île-de-France",
        ("Ile-de-France", "FRA"),
    ),
    # negatives
    ("Ontario Power Generation will close two coal plants next year.", "close", None, None),
    ("Honda will close its factories for two weeks.", "close", None, None),
    ("The health minister says the company will close all its offices for a month.", "close", None, None),
]


@pytest.mark.parametrize(("text", "trigger", "org_word", "expected"), ISSUERS)
def test_a_division_named_alone_issues_the_measure(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    org_word: str | None,
    expected: tuple[str, str] | None,
) -> None:
    article = parse(text)
    if org_word is not None:  # the case the rule is for: the tagger's one-word organisation
        (entity,) = [e for e in article.doc.ents if e.text == org_word]
        assert entity.label_ == "ORG"
    article.events = [to_event(article, find_word_span(article, trigger), COERCE)]
    place = stage(article).events[0].place
    assert (None if place is None else (place.name, place.country)) == expected


def test_a_longer_organisation_name_gives_no_government_name(
    parse: Callable[..., Article], stage: PlacesStage
) -> None:
    article = parse("Ontario Power Generation will close two coal plants next year.")
    candidates = stage.names.find_candidates(article.doc)
    context = stage.resolver.find_context_countries(article, candidates)
    named = [
        (c, m) for c in candidates if (m := stage.resolver.to_mention(article.doc, c, context)) is not None
    ]
    assert to_government_name_ids(article.doc, named) == frozenset()
