"""The discards stage: a sentence (a whole story for ``+`` entries) naming a discard phrase gives no event."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dotterel.knowledge import load_knowledge
from dotterel.knowledge.cameo_dict import CameoDiscard, load_discards
from dotterel.model import Article, Span
from dotterel.pipeline import Pipeline
from dotterel.registry import BUILTIN_STAGES, find_stage_factories
from dotterel.stages import DEFAULT_STAGES
from dotterel.stages.discards import DiscardsStage, find_sentence_spans, to_discard_pattern
from tests.stage_helpers import with_events

DISCARD_LIST = """\
# Sports and weather pages: not political-event text. A + marks a story-level discard.
SUPER BOWL
CRICKET   ; sentence level
GRAND_SLAM_
+HURRICANE   # story level
+FORMULA ONE
"""


@pytest.fixture(scope="module")
def discard_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("discards") / "sports.txt"
    path.write_text(DISCARD_LIST, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def stage(discard_file: Path) -> DiscardsStage:
    return DiscardsStage(load_discards([discard_file]))


def test_the_discard_list_is_read_with_its_levels_and_lines(discard_file: Path) -> None:
    assert load_discards([discard_file]) == (
        CameoDiscard("SUPER BOWL", False, "sports.txt:2"),
        CameoDiscard("CRICKET", False, "sports.txt:3"),
        CameoDiscard("GRAND SLAM", False, "sports.txt:4"),
        CameoDiscard("HURRICANE", True, "sports.txt:5"),
        CameoDiscard("FORMULA ONE", True, "sports.txt:6"),
    )


KEPT = [
    # text, trigger words given events, the trigger words whose events stay
    # sentence-level entries drop their own sentence's events only
    (
        "Fans rioted after the Super Bowl in Philadelphia. Police arrested twelve people on Monday.",
        ["rioted", "arrested"],
        ["arrested"],
    ),
    (
        "India expelled a Pakistani diplomat. Pakistan's cricket board suspended two players.",
        ["expelled", "suspended"],
        ["expelled"],
    ),
    ("CRICKET: Australia beat England by six wickets in Perth.", ["beat"], []),  # any case, a heading
    (
        "SUPER BOWL -- Fans rioted in Philadelphia. Police arrested twelve people.",  # a heading joins one
        ["rioted", "arrested"],
        ["arrested"],
    ),
    ("The Super Bowl's halftime show drew protests from lawmakers.", ["protests"], []),  # a possessive
    ("Nadal won his first Grand Slam title since the strike began.", ["strike"], []),  # GRAND_SLAM_
    ("Police clashed with fans after the Super\n  Bowl in Miami.", ["clashed"], []),  # any white space
    # story-level entries drop every event of the article
    (
        "Iran seized a British tanker on Friday. Separately, a hurricane flooded coastal towns in Cuba.",
        ["seized", "flooded"],
        [],
    ),
    (
        "Bahrain police detained activists on Sunday. They had protested against the Formula One race.",
        ["detained", "protested"],
        [],
    ),
    ("HURRICANE MARIA: the governor declared a state of emergency.", ["declared"], []),
    # negatives: a phrase inside a longer word, part of a phrase, a phrase nowhere
    ("The former cricketer Imran Khan was sworn in as prime minister.", ["sworn"], ["sworn"]),
    ("The Carolina Hurricanes visited the White House, and protesters marched.", ["marched"], ["marched"]),
    ("Saudi Arabia hosted a Formula E race while police detained activists.", ["detained"], ["detained"]),
    ("The Super League clubs met ministers, who threatened to ban them.", ["threatened"], ["threatened"]),
    ("Russia expelled two Ukrainian diplomats on Tuesday.", ["expelled"], ["expelled"]),
]


@pytest.mark.parametrize(("text", "triggers", "kept"), KEPT, ids=[row[0][:40] for row in KEPT])
def test_discarded_sentences_and_stories_lose_their_events(
    stage: DiscardsStage, parse: Callable[..., Article], text: str, triggers: list[str], kept: list[str]
) -> None:
    article = stage(with_events(parse(text), triggers))
    assert [article.text[e.trigger.start : e.trigger.end] for e in article.events] == kept


MATCHES = [
    # text, the entries found (phrase, story level, origin), the text each one discards
    (
        "Fans rioted after the Super Bowl in Philadelphia. Police arrested twelve people.",
        [("SUPER BOWL", False, "sports.txt:2", "Fans rioted after the Super Bowl in Philadelphia.")],
    ),
    (
        "Cuba evacuated the coast. The hurricane hit Havana on Sunday.",
        [
            (
                "HURRICANE",
                True,
                "sports.txt:5",
                "Cuba evacuated the coast. The hurricane hit Havana on Sunday.",
            )
        ],
    ),
    ("The former cricketer Imran Khan was sworn in as prime minister.", []),
]


@pytest.mark.parametrize(("text", "expected"), MATCHES, ids=[row[0][:40] for row in MATCHES])
def test_each_match_names_its_entry_and_what_it_discards(
    stage: DiscardsStage, parse: Callable[..., Article], text: str, expected: list[tuple[Any, ...]]
) -> None:
    article = parse(text)
    found = [
        (m.discard.phrase, m.discard.story, m.discard.origin, text[m.scope.start : m.scope.end])
        for m in stage.find_matches(article)
    ]
    assert found == expected


def test_a_match_span_is_the_words_in_the_text(stage: DiscardsStage, parse: Callable[..., Article]) -> None:
    article = parse("Pakistan's CRICKET board suspended two players.")
    (match,) = stage.find_matches(article)
    assert match.span == Span(11, 18) and article.text[11:18] == "CRICKET"


@pytest.mark.parametrize(
    ("phrases", "text", "matched"),
    [
        (["WORLD CUP", "WORLD CUP FINAL"], "after the World Cup final in Doha", "World Cup final"),
        (["WORLD CUP"], "a World Cups tournament", None),
        (["ESPN2"], "shown on espn2 tonight", "espn2"),
        ([], "anything", None),
    ],
)
def test_the_pattern_matches_whole_words_longest_first(
    phrases: list[str], text: str, matched: str | None
) -> None:
    pattern = to_discard_pattern(phrases)
    found = pattern.search(text) if pattern else None
    assert (found[0] if found else None) == matched


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CRICKET: Australia beat England. Police arrested fans.", ["CRICKET: Australia beat England."]),
        (
            "BASEBALL -- The Yankees beat the Red Sox. Fans rioted.",
            ["BASEBALL -- The Yankees beat the Red Sox."],
        ),
        ("The Yankees beat the Red Sox. Fans rioted.", ["The Yankees beat the Red Sox."]),  # no heading
    ],
)
def test_a_heading_is_one_sentence_with_the_next(
    parse: Callable[..., Article], text: str, expected: list[str]
) -> None:
    spans = find_sentence_spans(parse(text).sentences)
    assert [text[span.start : span.end] for span in spans][:1] == expected and spans[-1].end == len(text)


def test_without_a_discard_list_nothing_is_dropped(parse: Callable[..., Article]) -> None:
    article = with_events(parse("Fans rioted after the Super Bowl as a hurricane neared."), ["rioted"])
    assert len(DiscardsStage(())(article).events) == 1


def test_only_discard_lists_give_discards(discard_file: Path) -> None:
    data = Path(__file__).resolve().parent / "data"
    assert load_discards([data / "cameo_actors.txt", data / "cameo_agents.txt"]) == ()
    assert len(load_discards([data / "cameo_actors.txt", discard_file])) == 5
    assert load_knowledge().discards == ()  # our packaged knowledge has no discards


def test_the_stage_runs_right_after_events_and_is_registered() -> None:
    assert DEFAULT_STAGES.index("discards") == DEFAULT_STAGES.index("events") + 1
    assert DEFAULT_STAGES.index("discards") < DEFAULT_STAGES.index("merge")
    assert "discards" in BUILTIN_STAGES


@pytest.fixture(scope="module")
def pipeline(discard_file: Path, nlp: Any) -> Pipeline:
    knowledge = load_knowledge([discard_file])
    factories = find_stage_factories()
    return Pipeline([factories[name](knowledge, nlp) for name in DEFAULT_STAGES])


CODED = [
    # text, whether the whole coder gives an event
    ("Russia expelled two Ukrainian diplomats on Tuesday.", True),
    ("Russia expelled two Ukrainian diplomats after the cricket match on Tuesday.", False),
    ("Russia expelled two Ukrainian diplomats on Tuesday. The hurricane season ended.", False),
    ("Russia expelled two Ukrainian diplomats on Tuesday. The cricket season ended.", True),
]


@pytest.mark.parametrize(("text", "coded"), CODED, ids=[row[0][-40:] for row in CODED])
def test_the_whole_coder_honours_the_discard_list(pipeline: Pipeline, text: str, coded: bool) -> None:
    import datetime as dt

    result = pipeline.code_article(Article(id="t", date=dt.date(2020, 1, 2), text=text))
    assert isinstance(result, Article)
    assert bool(result.events) is coded, [e.to_dict() for e in result.events]
