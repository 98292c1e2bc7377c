"""A small hand-coded corpus for the REST API and browser tests: real news sentences with their events and
every evidence span (source, action, target, date, place, casualties) located in the text.

Seven articles, seven mentions; the two reports of the Ain al-Asad strike merge into one event, so the
store holds six events.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from dotterel.ingest import to_article_id
from dotterel.model import Action, Actor, Article, Event, Evidence, Place, Span
from dotterel.store import EventFilter, Store

US_FORCES = Actor("US forces", "United States", "USA", "MIL")
US_GOV = Actor("Donald Trump", "Donald Trump", "USA", "GOV", "person:donald-trump")
US_TROOPS = Actor("US service members", "United States", "USA", "MIL")
US_EMBASSY = Actor("the US embassy", "United States", "USA", "GOV")
IRAN = Actor("Iran", "Iran", "IRN", "GOV", "country:IRN")
SOLEIMANI = Actor(
    "Iranian General Qasem Soleimani", "Qasem Soleimani", "IRN", "MIL", "person:qasem-soleimani"
)
IRAQI_PROTESTERS = Actor("Protesters", "Iraq", "IRQ", "PROT")
CHINA = Actor("Chinese diplomats", "China", "CHN", "GOV")
RUSSIA = Actor("Russian diplomats", "Russia", "RUS", "GOV")
TALIBAN = Actor("The Taliban", "Taliban", "AFG", "NSA", "org:taliban")
AFGHAN_ARMY = Actor("an Afghan army checkpoint", "Afghanistan", "AFG", "MIL")
BAGHDAD = Place("Baghdad", "IRQ", "IQ.07", 33.34, 44.40)
AIN_AL_ASAD = Place("Ain al-Asad", "IRQ", "IQ.01", 33.79, 42.44)
BEIJING = Place("Beijing", "CHN", "CN.22", 39.91, 116.40)
KUNDUZ = Place("Kunduz", "AFG", "AF.24", 36.73, 68.86)


@dataclass(frozen=True)
class Coded:
    """One article and its one hand-coded event; ``spans`` maps a role to the words that show it."""

    text: str
    day: str
    action: Action
    source: Actor | None
    target: Actor | None
    spans: dict[str, str]
    date: str | None = None
    place: Place | None = None
    killed: int | None = None
    injured: int | None = None
    modality: str = "asserted"
    publisher: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)


CODED: dict[str, Coded] = {
    "soleimani": Coded(
        "US forces killed Iranian General Qasem Soleimani in a drone strike at Baghdad airport on Friday, "
        "the Pentagon said.",
        "2020-01-03", Action("ASSAULT", "aerial", "195", -10.0, 4), US_FORCES, SOLEIMANI,
        {"source": "US forces", "action": "killed", "target": "Iranian General Qasem Soleimani",
         "place": "Baghdad", "date": "on Friday", "killed": "killed"},
        date="2020-01-03", place=BAGHDAD, killed=1, publisher="Reuters",
    ),
    "missiles": Coded(
        "Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base in Iraq on Wednesday, "
        "injuring 110 US service members.",
        "2020-01-08", Action("ASSAULT", "aerial", "195", -10.0, 4), IRAN, US_TROOPS,
        {"source": "Iran", "action": "fired", "target": "US service members", "place": "Ain al-Asad",
         "date": "on Wednesday", "injured": "110"},
        date="2020-01-08", place=AIN_AL_ASAD, injured=110, publisher="AP",
    ),
    "missiles-again": Coded(
        "Iranian missiles struck US service members at the Ain al-Asad base in western Iraq on Wednesday.",
        "2020-01-08", Action("ASSAULT", "aerial", "195", -10.0, 4), IRAN, US_TROOPS,
        {"source": "Iranian", "action": "struck", "target": "US service members", "place": "Ain al-Asad",
         "date": "on Wednesday"},
        date="2020-01-08", place=AIN_AL_ASAD, publisher="Reuters",
    ),
    "embassy": Coded(
        "Protesters stormed the US embassy compound in Baghdad on Tuesday.",
        "2019-12-31", Action("PROTEST", "demonstrate", "141", -6.5, 3), IRAQI_PROTESTERS, US_EMBASSY,
        {"source": "Protesters", "action": "stormed", "target": "the US embassy", "place": "Baghdad",
         "date": "on Tuesday"},
        date="2019-12-31", place=BAGHDAD, publisher="BBC",
    ),
    "threat": Coded(
        "Donald Trump threatened to strike 52 Iranian sites if Iran attacked Americans.",
        "2020-01-05", Action("THREATEN", "military", "138", -7.0, 3), US_GOV, IRAN,
        {"source": "Donald Trump", "action": "threatened", "target": "Iran"},
        modality="threatened", publisher="CNN",
    ),
    "beijing": Coded(
        "Chinese diplomats met Russian diplomats in Beijing on Tuesday to discuss trade.",
        "2019-11-05", Action("CONSULT", "meet", "040", 1.0, 1), CHINA, RUSSIA,
        {"source": "Chinese diplomats", "action": "met", "target": "Russian diplomats", "place": "Beijing",
         "date": "on Tuesday"},
        date="2019-11-05", place=BEIJING, publisher="Xinhua",
    ),
    "kunduz": Coded(
        "The Taliban attacked an Afghan army checkpoint in Kunduz on Friday, killing four soldiers.",
        "2020-01-10", Action("ASSAULT", None, "190", -10.0, 4), TALIBAN, AFGHAN_ARMY,
        {"source": "The Taliban", "action": "attacked", "target": "an Afghan army checkpoint",
         "place": "Kunduz", "date": "on Friday", "killed": "four"},
        date="2020-01-10", place=KUNDUZ, killed=4, publisher="AFP",
    ),
}  # fmt: skip


def to_coded_article(name: str, coded: Coded) -> Article:
    """Return the article of ``coded`` with its event, every span located in the text."""
    day = dt.date.fromisoformat(coded.day)
    article = Article(
        id=to_article_id(day, coded.text),
        date=day,
        text=coded.text,
        origin=f"{name}.txt:1",
        source=coded.publisher,
    )
    spans = {role: _locate(coded.text, words) for role, words in coded.spans.items()}
    mention_id = hashlib.sha1(f"{article.id}|{name}".encode()).hexdigest()[:16]
    article.events.append(
        Event(
            event_id=mention_id, article_id=article.id, article_date=day, trigger=spans["action"],
            action=coded.action, source=coded.source, target=coded.target,
            evidence=Evidence(coded.text, 0, len(coded.text), spans), rule=f"test.{name}.v1", confidence=0.9,
            modality=coded.modality, date=dt.date.fromisoformat(coded.date) if coded.date else None,
            date_precision="day" if coded.date else "unknown", place=coded.place, killed=coded.killed,
            injured=coded.injured,
        )
    )  # fmt: skip
    return article


def _locate(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words))


def find_articles() -> list[Article]:
    """Return the corpus's articles, freshly built."""
    return [to_coded_article(name, coded) for name, coded in CODED.items()]


def write_corpus(path: Path) -> Path:
    """Write the corpus to a new store at ``path`` and return the path."""
    with Store(path) as store:
        store.write(find_articles())
    return path


def to_mention_id(name: str) -> str:
    """Return the mention id of the corpus's article ``name``."""
    return to_coded_article(name, CODED[name]).events[0].event_id


@pytest.mark.parametrize("name", list(CODED))
def test_every_span_of_the_corpus_lands_on_its_words(name: str) -> None:
    coded = CODED[name]
    (event,) = to_coded_article(name, coded).events
    assert {role: coded.text[s.start : s.end] for role, s in event.evidence.spans.items()} == coded.spans


def test_the_store_merges_the_two_reports_of_the_missile_strike(tmp_path: Path) -> None:
    with Store(write_corpus(tmp_path / "c.duckdb"), read_only=True) as store:
        assert store.counts()["events"] == len(CODED) - 1
        (merged,) = store.event_records(EventFilter(min_mentions=2))
    assert merged["type"] == "ASSAULT" and merged["num_sources"] == 2
    assert merged["event_id"] in (to_mention_id("missiles"), to_mention_id("missiles-again"))
