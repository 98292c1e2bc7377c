"""Cross-article de-duplication on small hand-written article sets: what merges, what does not, and why.

The articles are real-looking news sentences with their events built by hand (the coder is not the point
here); each table has merge and non-merge cases.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from dotterel.dedupe import Clusterer, DedupeRules, compare_mentions, to_date_interval, to_mention_key
from dotterel.ingest import to_article_id
from dotterel.model import Action, Actor, Article, Event, Evidence, Place, Span
from dotterel.store import Store
from dotterel.store.records import to_mention_row

ACTIONS = {
    "ASSAULT": Action("ASSAULT", "aerial", "195", -10.0, 4),
    "THREATEN": Action("THREATEN", None, "138", -7.0, 3),
    "PROTEST": Action("PROTEST", "demonstrate", "141", -6.5, 3),
    "CONSULT": Action("CONSULT", "meet", "040", 1.0, 1),
    "AID": Action("AID", None, "070", 7.0, 2),
}
USA = Actor("US troops", "United States", "USA", "MIL")
USA_GOV = Actor("Washington", "United States", "USA", "GOV", "country:USA")
TRUMP = Actor("Donald Trump", "Donald Trump", "USA", "GOV", "person:donald-trump")
IRN = Actor("Iran", "Iran", "IRN", "GOV")
IRQ = Actor("Iraq", "Iraq", "IRQ", "GOV")
TALIBAN = Actor("the Taliban", "Taliban", "AFG", "NSA", "org:taliban")
ISKP = Actor("Islamic State Khorasan", "Islamic State Khorasan", "AFG", "NSA", "org:iskp")
AFG_ARMY = Actor("Afghan soldiers", "Afghanistan", "AFG", "MIL")
AFG_CVL = Actor("civilians", None, "AFG", "CVL")
BOL_MIL = Actor("security forces", "Bolivia", "BOL", "MIL")
BOL_PROT = Actor("protesters", "Bolivia", "BOL", "PROT")
AIN_AL_ASAD = Place("Ain al-Asad", "IRQ", "IQ.01", 33.79, 42.44)
BAGHDAD = Place("Baghdad", "IRQ", "IQ.07", 33.34, 44.40)
BASRA = Place("Basra", "IRQ", "IQ.02", 30.51, 47.78)
IRAQ = Place("Iraq", "IRQ", None, 33.34, 44.40)
KABUL = Place("Kabul", "AFG", "AF.13", 34.53, 69.17)
SACABA = Place("Sacaba", "BOL", "BO.04", -17.40, -66.04)
COCHABAMBA = Place("Cochabamba", "BOL", "BO.04", -17.39, -66.16)


@dataclass(frozen=True)
class Spec:
    """One hand-built event: who did what to whom, when (``date`` None: unknown), where, how."""

    type: str = "ASSAULT"
    source: Actor | None = None
    target: Actor | None = None
    date: str | None = None
    precision: str = "day"
    place: Place | None = None
    modality: str = "asserted"
    killed: int | None = None


def make_article(text: str, date: str, *specs: Spec, source: str | None = None) -> Article:
    """An article with one hand-built event per spec (mention ids are stable hashes, as the coder's are)."""
    day = dt.date.fromisoformat(date)
    article = Article(id=to_article_id(day, text), date=day, text=text, origin="test.txt:1", source=source)
    for index, spec in enumerate(specs):
        mention_id = hashlib.sha1(f"{article.id}|{index}".encode()).hexdigest()[:16]
        article.events.append(
            Event(
                event_id=mention_id,
                article_id=article.id,
                article_date=day,
                trigger=Span(0, 4),
                action=ACTIONS[spec.type],
                source=spec.source,
                target=spec.target,
                evidence=Evidence(text, 0, len(text), {"action": Span(0, 4)}),
                rule=f"test.{index}.v1",
                confidence=0.75,
                modality=spec.modality,
                date=dt.date.fromisoformat(spec.date) if spec.date else None,
                date_precision=spec.precision if spec.date else "unknown",  # type: ignore[arg-type]
                place=spec.place,
                killed=spec.killed,
            )
        )
    return article


STRIKE = "Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base in Iraq on Wednesday."
# (first article, second article, merged?) — the first is written, then the second.
PAIRS = [
    pytest.param(
        make_article(
            STRIKE, "2020-01-08", Spec(source=IRN, target=USA, date="2020-01-08", place=AIN_AL_ASAD)
        ),
        make_article(
            "Iranian forces launched missiles at Ain al-Asad, which hosts US troops, early on Wednesday.",
            "2020-01-08",
            Spec(source=IRN, target=USA, date="2020-01-08", place=AIN_AL_ASAD),
        ),
        True,
        id="two outlets, same dyad, day and base",
    ),
    pytest.param(
        make_article(
            STRIKE, "2020-01-08", Spec(source=IRN, target=USA, date="2020-01-08", place=AIN_AL_ASAD)
        ),
        make_article(
            "Iran's missile strike on US forces in Iraq caused no American casualties, the Pentagon said.",
            "2020-01-09",
            Spec(source=IRN, target=USA, place=IRAQ),
        ),
        True,
        id="next-day report without a date, country-level place",
    ),
    pytest.param(
        make_article(
            "US forces killed Qasem Soleimani in a drone strike at Baghdad airport on Friday.",
            "2020-01-03",
            Spec(source=USA, target=IRN, date="2020-01-03", place=BAGHDAD),
        ),
        make_article(
            "Donald Trump ordered the strike that killed the Iranian general in Baghdad on Friday.",
            "2020-01-03",
            Spec(source=TRUMP, target=IRN, date="2020-01-03", place=BAGHDAD),
        ),
        True,
        id="president and military of one state",
    ),
    pytest.param(
        make_article(
            "Security forces opened fire on protesters in Cochabamba on Friday, killing at least five.",
            "2019-11-15",
            Spec(source=BOL_MIL, target=BOL_PROT, date="2019-11-15", place=COCHABAMBA, killed=5),
        ),
        make_article(
            "At least eight people were killed in Sacaba after security forces fired on Morales supporters.",
            "2019-11-16",
            Spec(source=BOL_MIL, target=BOL_PROT, place=SACABA, killed=8),
        ),
        True,
        id="towns 13 km apart, toll rising",
    ),
    pytest.param(
        make_article(
            "A car bomb exploded near the interior ministry in Kabul, killing 16 civilians. (Reuters)",
            "2019-09-02",
            Spec(target=AFG_CVL, place=KABUL, killed=16),
        ),
        make_article(
            "A car bomb exploded near the interior ministry in Kabul, killing 16 civilians. (AP)",
            "2019-09-02",
            Spec(target=AFG_CVL, place=KABUL, killed=16),
        ),
        True,
        id="one wire story in two outlets, one side known",
    ),
    pytest.param(
        make_article(STRIKE, "2020-01-08", Spec(source=IRN, target=USA, date="2020-01-08")),
        make_article(
            "Iran threatened to strike US bases in Iraq if Washington retaliated.",
            "2020-01-08",
            Spec(type="THREATEN", source=IRN, target=USA),
        ),
        False,
        id="different type",
    ),
    pytest.param(
        make_article(STRIKE, "2020-01-08", Spec(source=IRN, target=USA, date="2020-01-08")),
        make_article(
            "Iran's leaders said they could fire missiles at US bases in Iraq at any moment.",
            "2020-01-08",
            Spec(source=IRN, target=USA, modality="threatened"),
        ),
        False,
        id="a threat is not the deed",
    ),
    pytest.param(
        make_article(
            "US forces killed Qasem Soleimani in a drone strike at Baghdad airport on Friday.",
            "2020-01-03",
            Spec(source=USA, target=IRN, date="2020-01-03"),
        ),
        make_article(STRIKE, "2020-01-08", Spec(source=USA, target=IRN, date="2020-01-08")),
        False,
        id="five days apart",
    ),
    pytest.param(
        make_article(STRIKE, "2020-01-08", Spec(source=IRN, target=USA, date="2020-01-08")),
        make_article(
            "US jets struck Iranian positions on Wednesday, officials said.",
            "2020-01-08",
            Spec(source=USA, target=IRN, date="2020-01-08"),
        ),
        False,
        id="reversed dyad",
    ),
    pytest.param(
        make_article(STRIKE, "2020-01-08", Spec(source=IRN, target=USA, date="2020-01-08")),
        make_article(
            "Iranian drones attacked Iraqi army positions near the border on Wednesday.",
            "2020-01-08",
            Spec(source=IRN, target=IRQ, date="2020-01-08"),
        ),
        False,
        id="another target country",
    ),
    pytest.param(
        make_article(
            "The Taliban attacked a checkpoint in Kabul on Monday, killing three soldiers.",
            "2020-05-11",
            Spec(source=TALIBAN, target=AFG_ARMY, date="2020-05-11", place=KABUL),
        ),
        make_article(
            "Islamic State Khorasan claimed an attack on soldiers in Kabul on Monday.",
            "2020-05-11",
            Spec(source=ISKP, target=AFG_ARMY, date="2020-05-11", place=KABUL),
        ),
        False,
        id="two different armed groups",
    ),
    pytest.param(
        make_article(
            "The Taliban attacked a checkpoint in Kabul on Monday, killing three soldiers.",
            "2020-05-11",
            Spec(source=TALIBAN, target=AFG_CVL, date="2020-05-11", place=KABUL),
        ),
        make_article(
            "Afghan soldiers fired on a crowd in Kabul on Monday, officials said.",
            "2020-05-11",
            Spec(source=AFG_ARMY, target=AFG_CVL, date="2020-05-11", place=KABUL),
        ),
        False,
        id="rebels and army of one country",
    ),
    pytest.param(
        make_article(
            "Rockets hit the US embassy compound in Baghdad on Sunday.",
            "2020-01-26",
            Spec(source=IRN, target=USA, date="2020-01-26", place=BAGHDAD),
        ),
        make_article(
            "Rockets hit a base hosting US troops near Basra on Sunday.",
            "2020-01-26",
            Spec(source=IRN, target=USA, date="2020-01-26", place=BASRA),
        ),
        False,
        id="towns 450 km apart",
    ),
    pytest.param(
        make_article(
            "Thousands protested against the United States outside its embassy.",
            "2020-01-01",
            Spec(type="PROTEST", target=USA),
        ),
        make_article(
            "Crowds marched against the United States after Friday prayers.",
            "2020-01-01",
            Spec(type="PROTEST", target=USA),
        ),
        False,
        id="one side known, nothing else in common",
    ),
    pytest.param(
        make_article("A bomb went off near a market on Sunday. (AP)", "2020-01-05", Spec(date="2020-01-05")),
        make_article("A bomb went off near a market on Sunday. (AFP)", "2020-01-05", Spec(date="2020-01-05")),
        False,
        id="no side known",
    ),
    pytest.param(
        make_article(
            "Protesters rallied against the United States.", "2020-01-01", Spec(type="PROTEST", target=USA)
        ),
        make_article(
            "Protesters rallied against the United States.", "2020-01-04", Spec(type="PROTEST", target=USA)
        ),
        False,
        id="same words three days apart",
    ),
]


def _write(tmp_path: Path, *articles: Article, rules: DedupeRules | None = None) -> Store:
    store = Store(tmp_path / "d.duckdb", dedupe=rules)
    for article in articles:
        store.write([article])
    return store


@pytest.mark.parametrize(("first", "second", "merged"), PAIRS)
def test_pairs_merge_or_not(tmp_path: Path, first: Article, second: Article, merged: bool) -> None:
    with _write(tmp_path, first, second) as store:
        records = store.event_records()
        assert len(records) == (1 if merged else 2)
        assert records[0]["num_mentions"] == (2 if merged else 1)
        if merged:
            assert records[0]["event_id"] == first.events[0].event_id  # the first report founded it
            assert records[0]["num_articles"] == 2


@pytest.mark.parametrize(("first", "second", "merged"), PAIRS)
def test_the_verdict_is_symmetric(first: Article, second: Article, merged: bool) -> None:
    a, b = (to_mention_key(to_mention_row(x.events[0], "r")) for x in (first, second))
    rules = DedupeRules()
    assert compare_mentions(a, b, rules).compatible is merged
    assert compare_mentions(b, a, rules).compatible is merged


@pytest.mark.parametrize(
    ("spec", "article_date", "expected"),
    [
        (Spec(date="2020-01-08"), "2020-01-09", ("2020-01-08", "2020-01-08")),
        (Spec(date="2020-01-06", precision="week"), "2020-01-09", ("2020-01-06", "2020-01-12")),
        (Spec(date="2020-02-01", precision="month"), "2020-03-01", ("2020-02-01", "2020-02-29")),
        (Spec(date="2018-01-01", precision="year"), "2020-01-09", ("2018-01-01", "2018-12-31")),
        (Spec(date="2020-01-01", precision="year"), "2020-01-09", ("2020-01-08", "2020-01-09")),
        (Spec(), "2020-01-09", ("2020-01-08", "2020-01-09")),
    ],
)
def test_date_intervals(spec: Spec, article_date: str, expected: tuple[str, str]) -> None:
    article = make_article("Iran fired missiles.", article_date, spec)
    key = to_mention_key(to_mention_row(article.events[0], "r"))
    first, last = to_date_interval(key, DedupeRules())
    assert (first.isoformat(), last.isoformat()) == expected


def test_reasons_say_why_and_why_not() -> None:
    first, second, _ = PAIRS[0].values
    a, b = (to_mention_key(to_mention_row(x.events[0], "r")) for x in (first, second))  # type: ignore[union-attr]
    verdict = compare_mentions(a, b, DedupeRules())
    assert verdict.to_text() == (
        "type ASSAULT; dates 2020-01-08 ~ 2020-01-08 (same day); "
        "source IRN/GOV ~ IRN/GOV (same country); target USA/MIL ~ USA/MIL (same country); "
        "place Ain al-Asad ~ Ain al-Asad (same name); both sides known"
    )
    moved = replace(b, place=PlaceKeyFrom(BASRA))
    assert compare_mentions(a, moved, DedupeRules()).reasons[-1].startswith("place Ain al-Asad ≠ Basra (")


def PlaceKeyFrom(place: Place) -> object:  # noqa: N802 - reads like the type it builds
    from dotterel.dedupe import PlaceKey

    return PlaceKey(place.name, place.country, place.admin1, place.lat, place.lon)


def test_a_later_article_joins_and_explain_says_why(tmp_path: Path) -> None:
    first, second, _ = PAIRS[1].values
    with _write(tmp_path, first, second) as store:  # type: ignore[arg-type]
        explanation = store.explain(second.events[0].event_id)  # type: ignore[union-attr]
    assert explanation["event"]["event_id"] == first.events[0].event_id  # type: ignore[union-attr]
    roles = [(m["role"], m["mention_id"]) for m in explanation["mentions"]]
    assert roles == [("founded", first.events[0].event_id), ("joined", second.events[0].event_id)]  # type: ignore[union-attr]
    assert explanation["mentions"][0]["reason"] == "no earlier event of this type on these dates"
    assert "both sides known; compatible with all 1 mention" in explanation["mentions"][1]["reason"]
    assert (
        explanation["event"]["date"] == "2020-01-08"
        and explanation["event"]["place"]["name"] == "Ain al-Asad"
    )


def test_a_non_merge_names_the_nearest_event_and_the_difference(tmp_path: Path) -> None:
    first, second, _ = PAIRS[8].values  # reversed dyad
    with _write(tmp_path, first, second) as store:  # type: ignore[arg-type]
        explanation = store.explain(second.events[0].event_id)  # type: ignore[union-attr]
    (mention,) = explanation["mentions"]
    assert mention["role"] == "founded"
    assert mention["reason"].endswith("differs: source USA/MIL ≠ IRN/GOV (countries differ)")


# Three reports of one strike: day-precise, then undated a day later, then undated two days later.
DAY_0 = make_article(STRIKE, "2020-01-08", Spec(source=IRN, target=USA, date="2020-01-08"))
DAY_1 = make_article(
    "Iran's missile attack on US troops drew condemnation.", "2020-01-09", Spec(source=IRN, target=USA)
)
DAY_2 = make_article(
    "Iran's missile attack on US troops was debated in Congress.", "2020-01-10", Spec(source=IRN, target=USA)
)


def test_complete_linkage_keeps_an_event_within_its_dates(tmp_path: Path) -> None:
    with _write(tmp_path, DAY_0, DAY_1, DAY_2) as store:
        sizes = sorted(r["num_mentions"] for r in store.event_records())
    assert sizes == [1, 2]  # DAY_2 fits DAY_1 but not DAY_0: it founds its own event


@pytest.mark.parametrize(
    "order", [(DAY_0, DAY_1, DAY_2), (DAY_2, DAY_1, DAY_0), (DAY_1, DAY_0, DAY_2)], ids=["012", "210", "102"]
)
def test_one_batch_is_merged_in_canonical_order_whatever_the_input_order(
    tmp_path: Path, order: tuple[Article, ...]
) -> None:
    with Store(tmp_path / "b.duckdb") as store:
        store.write(list(order))
        groups = store.connection.execute(
            "SELECT event_id, list(mention_id ORDER BY mention_id) FROM event_sources GROUP BY 1 ORDER BY 1"
        ).fetchall()
    assert groups == [
        (DAY_0.events[0].event_id, sorted([DAY_0.events[0].event_id, DAY_1.events[0].event_id])),
        (DAY_2.events[0].event_id, [DAY_2.events[0].event_id]),
    ]


def test_a_late_report_of_an_earlier_day_joins_and_the_founder_keeps_the_id(tmp_path: Path) -> None:
    with _write(tmp_path, DAY_1, DAY_0) as store:
        (record,) = store.event_records()
    assert record["event_id"] == DAY_1.events[0].event_id
    assert record["num_mentions"] == 2 and record["date"] == "2020-01-08"  # the precise date wins


def test_recoding_keeps_ids_of_unchanged_events_and_moves_changed_mentions(tmp_path: Path) -> None:
    first, second, _ = PAIRS[0].values
    with _write(tmp_path, first, second) as store:  # type: ignore[arg-type]
        event_id = first.events[0].event_id  # type: ignore[union-attr]
        store.write([first, second])  # type: ignore[list-item]
        assert [r["event_id"] for r in store.event_records()] == [event_id]
        changed = replace(first.events[0], target=IRQ)  # type: ignore[union-attr]
        recoded = replace(first, events=[changed])  # type: ignore[type-var]
        summary = store.write([recoded])
        assert (summary.founded, summary.joined) == (1, 0)
        records = store.event_records()
        assert sorted((r["event_id"], r["num_mentions"]) for r in records) == sorted(
            [(event_id, 1), (f"{event_id}.2", 1)]
        )  # the unchanged second report keeps the event id; the changed founder starts a new event
        assert store.explain(second.events[0].event_id)["event"]["event_id"] == event_id  # type: ignore[union-attr]


def test_an_article_recoded_without_events_leaves_the_event_to_the_others(tmp_path: Path) -> None:
    first, second, _ = PAIRS[0].values
    with _write(tmp_path, first, second) as store:  # type: ignore[arg-type]
        store.write([replace(first, events=[])])  # type: ignore[type-var]
        (record,) = store.event_records()
    assert record["event_id"] == first.events[0].event_id  # type: ignore[union-attr]
    assert (record["num_mentions"], record["article_id"]) == (1, second.id)  # type: ignore[union-attr]


def test_rebuilding_with_other_rules_changes_the_merge(tmp_path: Path) -> None:
    with _write(tmp_path, DAY_0, DAY_1, DAY_2) as store:
        assert store.counts()["events"] == 2
        store.rules = DedupeRules(window_days=2, slack_days=1)
        assert store.rebuild_events() == 1
        assert store.table_counts()["event_sources"] == 3


def test_the_clusterer_never_reuses_a_reserved_id() -> None:
    key = to_mention_key(to_mention_row(DAY_0.events[0], "r"))
    clusterer = Clusterer(DedupeRules(), reserved=[key.mention_id, f"{key.mention_id}.2"])
    assert clusterer.assign(key).event_id == f"{key.mention_id}.3"
