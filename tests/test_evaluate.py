"""`dotterel.evaluate`: gold readers for the four formats, pairing and per-field scores, the errors file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from dotterel.errors import InputError
from dotterel.evaluate import evaluate_file, load_gold, write_errors
from dotterel.evaluate.expected_scores import score_expected
from dotterel.evaluate.gold import (
    GoldActor,
    GoldEvent,
    GoldItem,
    to_current_mode,
    to_gold_country,
    to_gold_sector,
)
from dotterel.evaluate.petrarch import score_petrarch
from dotterel.evaluate.report import to_left_out_text
from dotterel.evaluate.scores import pair_events, places_match, score_events
from dotterel.pipeline import Pipeline
from tests.conftest import SHARED

DATA = Path(__file__).resolve().parent / "data"
DAY = dt.date(2020, 1, 8)
MISSILES = "Iran fired missiles at a US base in Iraq on Wednesday."
TALKS = "Donald Trump called off secret peace talks with Taliban leaders on Saturday."


def actor(country: str | None, sector: str | None = None) -> dict[str, Any]:
    return {"text": country or "", "name": None, "country": country, "sector": sector, "actor_id": None}


def record(type_: str, source: str | None = None, target: str | None = None, **fields: Any) -> dict[str, Any]:
    """A coded event record with the fields the scorers read."""
    src, tgt = (s.split() if s else None for s in (source, target))
    return {
        "type": type_,
        "cameo": fields.pop("cameo", "190"),
        "mode": fields.pop("mode", None),
        "source": actor(*src) if src else None,
        "target": actor(*tgt) if tgt else None,
        "place": {"name": fields.pop("place")} if "place" in fields else None,
        "killed": fields.pop("killed", None),
        "injured": fields.pop("injured", None),
        "date": fields.pop("date", None),
        "rule": "test.v1",
        "evidence": {"start": 0, "end": 0, "spans": {}},
    }


def gold(type_: str, sources: str = "", targets: str = "", **fields: Any) -> GoldEvent:
    def actors(text: str) -> tuple[GoldActor, ...]:
        return tuple(GoldActor(*(part.split(":") + [None])[:2]) for part in text.split())

    return GoldEvent(type_, sources=actors(sources), targets=actors(targets), **fields)


def item(text: str, *events: GoldEvent, item_id: str = "a") -> GoldItem:
    return GoldItem(item_id, text, DAY, "test", list(events))


# --- pairing --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("events", "records", "pairs"),
    [
        ([gold("ASSAULT", "IRN", "USA")], [record("ACCUSE", "USA"), record("ASSAULT", "IRN", "USA")], [1]),
        (
            [gold("ASSAULT", "IRN", "USA")],
            [record("ASSAULT", "USA", "IRN"), record("ASSAULT", "IRN", "USA")],
            [1],
        ),
        (
            [gold("ASSAULT", "IRN"), gold("ASSAULT", "USA")],
            [record("ASSAULT", "USA"), record("ASSAULT", "IRN")],
            [1, 0],
        ),
        ([gold("AGREE", "HUN")], [record("REJECT", "ROU")], [0]),  # a type error still pairs
        ([gold("AGREE", "HUN"), gold("REJECT", "HUN")], [record("REJECT", "HUN")], [None, 0]),
        ([gold("AGREE", "HUN")], [], [None]),
    ],
)
def test_each_gold_event_pairs_with_its_best_coded_event(
    events: list[GoldEvent], records: list[dict[str, Any]], pairs: list[int | None]
) -> None:
    assert pair_events(events, records) == pairs


def test_type_scores_count_extras_as_false_positives() -> None:
    items = [
        item(MISSILES, gold("ASSAULT", "IRN:MIL", "USA:MIL"), item_id="missiles"),
        item(TALKS, gold("SANCTION", "USA:GOV", "AFG:REB"), item_id="talks"),
        item("The weather was mild in Paris on Sunday.", item_id="weather"),
    ]
    coded = {
        "missiles": [record("ASSAULT", "IRN MIL", "USA MIL"), record("THREATEN", "IRN MIL", "USA")],
        "talks": [record("REJECT", "USA GOV")],
        "weather": [],
    }
    scores = score_events(items, coded)
    assert (scores.items, scores.gold_events, scores.coded_events) == (3, 2, 3)
    assert (scores.type_accuracy.correct, scores.type_accuracy.total) == (1, 2)
    micro = scores.type_micro
    assert (micro.tp, micro.fp, micro.fn) == (1, 2, 1)
    assert micro.f1 == pytest.approx(2 / 5)
    # per type F1: ASSAULT 1, SANCTION 0, THREATEN 0, REJECT 0
    assert scores.type_macro_f1 == pytest.approx(1 / 4)
    assert scores.confusion == {("SANCTION", "REJECT"): 1}
    assert [e["field"] for e in scores.errors if e["item"] == "missiles"] == ["extra"]


def test_coordinated_siblings_of_a_paired_event_are_not_extra() -> None:
    pact = "Iran and Iraq signed a security pact."
    items = [item(pact, gold("SUPPORT", "IRN IRQ", "IRQ IRN"), item_id="pact")]
    forward, backward = record("SUPPORT", "IRN GOV", "IRQ GOV"), record("SUPPORT", "IRQ GOV", "IRN GOV")
    other = record("ASSAULT", "IRN GOV")
    for sibling in (forward, backward):
        sibling["evidence"] = {"start": 0, "end": len(pact), "spans": {"action": [14, 20]}}
    other["evidence"] = {"start": 0, "end": len(pact), "spans": {"action": [30, 34]}}
    micro = score_events(items, {"pact": [forward, backward, other]}).type_micro
    assert (micro.tp, micro.fp, micro.fn) == (1, 1, 0)  # the reverse sibling is no false positive; ASSAULT is


@pytest.mark.parametrize(
    ("gold_event", "coded", "counts"),
    [
        # field: (tp, fp, fn) of source country, source country+sector, target country
        (gold("AGREE", "HUN:GOV ROU:GOV"), record("AGREE", "HUN GOV"), {"sc": (1, 0, 1), "scs": (1, 0, 1)}),
        (gold("AGREE", "HUN:GOV"), record("AGREE", "HUN MIL"), {"sc": (1, 0, 0), "scs": (0, 1, 1)}),
        (gold("AGREE", "USA"), record("AGREE", "USA GOV"), {"sc": (1, 0, 0), "scs": (1, 0, 0)}),  # any sector
        (gold("AGREE", "HUN", "ROU"), record("AGREE", "ROU", "HUN"), {"sc": (0, 1, 1), "tc": (0, 1, 1)}),
        (gold("AGREE", "", ""), record("AGREE", None, "HUN"), {"sc": (0, 0, 0), "tc": (0, 1, 0)}),
        (gold("AGREE", "HUN", "ROU"), None, {"sc": (0, 0, 1), "tc": (0, 0, 1)}),
    ],
)
def test_actor_scores_per_side(
    gold_event: GoldEvent, coded: dict[str, Any] | None, counts: dict[str, tuple[int, int, int]]
) -> None:
    scores = score_events([item(TALKS, gold_event)], {"a": [coded] if coded else []})
    names = {"sc": "source_country", "scs": "source_country_sector", "tc": "target_country"}
    for key, expected in counts.items():
        tally = scores.actors[names[key]]
        assert (tally.tp, tally.fp, tally.fn) == expected, key


@pytest.mark.parametrize(
    ("gold_event", "coded", "field", "ok"),
    [
        (gold("ASSAULT", place="Iraq"), record("ASSAULT", place="Iraq"), "place", True),
        (gold("ASSAULT", place="Samarra"), record("ASSAULT", place="Samarra, Iraq"), "place", True),
        (gold("ASSAULT", place="Kirkuk"), record("ASSAULT", place="Baghdad"), "place", False),
        (gold("ASSAULT", place="Kirkuk"), record("ASSAULT"), "place", False),
        (gold("ASSAULT", killed=3), record("ASSAULT", killed=3), "killed", True),
        (gold("ASSAULT", killed=3), record("ASSAULT", killed=4), "killed", False),
        (gold("ASSAULT", injured=2), record("ASSAULT", injured=2), "injured", True),
    ],
)
def test_place_and_casualty_accuracy(
    gold_event: GoldEvent, coded: dict[str, Any], field: str, ok: bool
) -> None:
    scores = score_events([item(MISSILES, gold_event)], {"a": [coded]})
    ratio = getattr(scores, field)
    assert (ratio.correct, ratio.total) == (int(ok), 1)


@pytest.mark.parametrize(
    ("gold_mode", "coded", "counts"),
    [
        ("hunger", record("PROTEST", mode="hunger"), (1, 0, 0)),
        ("hunger", record("PROTEST", mode="demo"), (0, 1, 1)),
        ("hunger", record("PROTEST"), (0, 0, 1)),
        (None, record("PROTEST", mode="demo"), (0, 0, 0)),  # no gold mode: not scored
        ("hunger", record("ASSAULT", mode="hunger"), (0, 0, 0)),  # wrong type: not scored
    ],
)
def test_mode_is_scored_on_right_types_with_a_gold_mode(
    gold_mode: str | None, coded: dict[str, Any], counts: tuple[int, int, int]
) -> None:
    text = "Kurdish prisoners in Turkey began a hunger strike on Monday."
    scores = score_events([item(text, gold("PROTEST", mode=gold_mode))], {"a": [coded]})
    assert (scores.mode.tp, scores.mode.fp, scores.mode.fn) == counts


MODALITY_CASES = [
    # coded modalities of one item whose gold is one ASSAULT; scored modalities; (tp, fp, fn); left out
    (["asserted"], None, (1, 0, 0), {}),
    (["asserted", "hypothetical"], "default", (1, 0, 0), {"hypothetical": 1}),
    (["asserted", "hypothetical"], None, (1, 1, 0), {}),
    (["negated"], "default", (0, 0, 1), {"negated": 1}),  # "did not attack" is no attack
    (["denied", "threatened", "conditional"], "default", (1, 1, 0), {"denied": 1}),
    (["reported"], "default", (1, 0, 0), {}),
]


@pytest.mark.parametrize(("modalities", "scored", "counts", "left_out"), MODALITY_CASES)
def test_events_that_did_not_happen_are_left_out_and_counted(
    modalities: list[str], scored: str | None, counts: tuple[int, int, int], left_out: dict[str, int]
) -> None:
    records = [{**record("ASSAULT", "IRN", "USA"), "modality": m} for m in modalities]
    for number, one in enumerate(records):  # distinct triggers: no coordinated siblings
        one["evidence"] = {"start": 0, "end": 0, "spans": {"action": [number, number + 1]}}
    args = () if scored == "default" else (None,)
    scores = score_events([item(MISSILES, gold("ASSAULT", "IRN", "USA"))], {"a": records}, *args)
    micro = scores.type_micro
    assert (micro.tp, micro.fp, micro.fn) == counts
    assert dict(scores.left_out) == left_out
    assert scores.coded_events == len(records) and scores.scored_events == len(records) - sum(
        left_out.values()
    )
    data = scores.to_dict()["left_out"]
    assert data["total"] == sum(left_out.values()) and data["by_modality"] == left_out
    assert (data["scored_modalities"] is None) == (scored is None)


def test_the_report_prints_the_left_out_count() -> None:
    records = [{**record("ASSAULT", "IRN", "USA"), "modality": m} for m in ("asserted", "negated")]
    scores = score_events([item(MISSILES, gold("ASSAULT", "IRN", "USA"))], {"a": records})
    assert to_left_out_text(scores) == "1 (negated 1)"
    everything = score_events([item(MISSILES, gold("ASSAULT", "IRN", "USA"))], {"a": records}, None)
    assert to_left_out_text(everything) == "0 (every modality scored)"


def test_places_match_either_way_and_not_on_nothing() -> None:
    assert places_match("Khan Shaykhun", "Khan-Shaykhun")
    assert not places_match("Idlib", None)


# --- gold readers ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("markup", "targets"),
    [
        ("The (SRC/TAR: United States) and (SRC/TAR: Jordan) have (EVT: agreed)", ["USA", "JOR"]),
        ("The (SRC: United States) and (SRC: Jordan) (EVT: met)", []),  # both sources, nobody's target
        ("(SRC/TAR: United States) and (SRC: Jordan) (EVT: agreed)", ["USA"]),
        ("", []),
    ],
)
def test_plover_reciprocal_actors_are_each_others_target(
    tmp_path: Path, markup: str, targets: list[str]
) -> None:
    raw = {
        "id": "r1",
        "date": "2000-01-01",
        "event": "AGREE",
        "text": "The United States and Jordan have agreed upon a new free-trade pact.",
        "source": [{"actorText": "United States", "code": "USA"}, {"actorText": "Jordan", "code": "JOR"}],
        "target": "",
        "textInfo": {"markup": markup},
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([raw]), encoding="utf-8")
    (event,) = load_gold(path).items[0].events
    assert [a.country for a in event.targets] == targets


def test_plover_gold_maps_old_names_modes_and_sectors() -> None:
    gold_set = load_gold(DATA / "eval_plover.json")
    assert gold_set.format == "plover"
    assert [i.item_id for i in gold_set.items] == ["TEST-DEMAND-0001", "TEST-FIGHT-0001", "TEST-PROTEST-0001"]
    demand, fight, protest = (i.events[0] for i in gold_set.items)
    assert (demand.type, demand.mode, demand.targets) == (
        "REQUEST",
        None,
        (GoldActor("ALB", None, "Albania"),),
    )
    assert (fight.type, fight.mode, fight.place, fight.killed, fight.targets) == (
        "ASSAULT",
        "heavy-weapons",
        "Gorazde",
        3,
        (),
    )
    assert (protest.type, protest.mode, protest.sources[0].sector) == ("PROTEST", "hunger", "CVL")


@pytest.mark.parametrize(
    ("raw", "mode", "sector"),
    [
        ("strike-hun", "hunger", "CVL"),
        ("riot-spon", "riot", "CVL"),
        ("", None, "CVL"),
        ("visit", "visit", "CVL"),
    ],
)
def test_gold_modes_and_sectors(raw: str, mode: str | None, sector: str) -> None:
    assert to_current_mode(raw) == mode
    assert to_gold_sector("CVLkur") == sector
    assert to_gold_sector("***") is None


@pytest.mark.parametrize(
    ("code", "iso3"),
    [
        ("ITL", "ITA"),  # PLOVER 0.5 gold files code Italy, Japan and Vietnam the old way
        ("JAP", "JPN"),
        ("vtn", "VNM"),
        ("KSV", "XKX"),
        ("ITA", "ITA"),  # negatives: ISO3 codes and the non-country codes stay as they are
        ("IGO", "IGO"),
        ("IMG", "IMG"),
        ("", None),
        (None, None),
    ],
)
def test_gold_country_codes_become_iso3(code: str | None, iso3: str | None) -> None:
    assert to_gold_country(code) == iso3


def test_events_jsonl_and_expected_items_read_the_same_lines() -> None:
    events = load_gold(DATA / "eval_events.jsonl")
    assert [(i.item_id, len(i.events)) for i in events.items] == [
        ("missiles", 1),
        ("talks", 1),
        ("weather", 0),
    ]
    assert events.items[0].events[0].place == "Iraq"
    items = load_gold(DATA / "eval_items.expected.yaml")  # the JSONL is named in the leading comment
    assert [(i.item_id, i.text) for i in items.items] == [
        ("line-1", MISSILES),
        ("line-3", events.items[2].text),
    ]
    assert items.items[1].expected == {"must": [], "may": [], "must_not": [{"type": ["ASSAULT", "COERCE"]}]}


def test_petrarch_records_keep_codings_and_no_event_records() -> None:
    records = load_gold(DATA / "petrarch_records.xml").items
    assert [(r.item_id, r.date, len(r.codings), r.category) for r in records] == [
        ("TEST-01", dt.date(2020, 1, 8), 1, "DEMO"),
        ("TEST-02", dt.date(1995, 1, 1), 2, "DATE"),
        ("TEST-03", dt.date(2000, 1, 1), 0, "DISCARD"),
    ]
    coded = {
        "TEST-01": [record("ASSAULT", "IRN", "USA", cameo="190")],
        "TEST-02": [record("CONSULT", "RUS GOV", "KUW", cameo="042")],
        "TEST-03": [],
    }
    scores = score_petrarch(records, coded)
    assert (scores.records, scores.exact, scores.no_event_exact) == (3, 2, 1)
    assert (scores.expected_triples, scores.correct_triples, scores.coded_triples) == (3, 2, 2)
    assert [e["item"] for e in scores.errors] == ["TEST-02"]


@pytest.mark.parametrize(
    ("path", "article", "message"),
    [
        (DATA / "eval_article.expected.yaml", None, "needs --article"),
        (DATA / "cameo_actors.txt", None, "unknown gold format"),
        (DATA / "missing.jsonl", None, "no such gold file"),
    ],
)
def test_bad_gold_inputs_raise_input_errors(path: Path, article: Path | None, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load_gold(path, article)


def test_repeated_item_ids_get_a_suffix(tmp_path: Path) -> None:
    line = json.dumps({"id": "x", "text": MISSILES, "date": "2020-01-08", "events": []})
    (tmp_path / "thrice.jsonl").write_text(f"{line}\n{line}\n{line}\n")
    assert [i.item_id for i in load_gold(tmp_path / "thrice.jsonl").items] == ["x", "x~2", "x~3"]


def test_unknown_event_type_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": MISSILES, "date": "2020-01-08", "events": [{"type": "BOMB"}]}) + "\n")
    with pytest.raises(InputError, match=r"bad.jsonl:1: unknown event type 'BOMB'"):
        load_gold(bad)


# --- expectations ---------------------------------------------------------------------------------------
def test_expected_scores_count_must_may_must_not_and_fields() -> None:
    spec = {
        "must": [
            {
                "id": "strike",
                "type": "ASSAULT",
                "source": {"country": "IRN"},
                "date": "2020-01-08",
                "place": "Iraq",
            },
            {"id": "toll", "type": "ASSAULT", "killed": 80},
        ],
        "may": [{"type": "ASSAULT", "target": {"country": "USA"}}],
        "must_not": [{"why": "no protest", "type": "PROTEST"}],
    }
    gold_item = GoldItem("a", MISSILES, DAY, "test", expected=spec)
    # the source is wrong but the date and place are right: the field accuracy does not depend on actors
    coded = {"a": [record("ASSAULT", "IRQ", "USA", date="2020-01-08", place="Iraq")]}
    scores = score_expected([gold_item], coded)
    assert (scores.must.correct, scores.must.total, scores.may.correct, scores.must_not.correct) == (
        0,
        2,
        1,
        0,
    )
    assert {k: (v.correct, v.total) for k, v in scores.fields.items()} == {
        "date": (1, 1),
        "place": (1, 1),
        "killed": (0, 1),
        "injured": (0, 0),
        "arrested": (0, 0),
        "abducted": (0, 0),
    }
    assert not scores.passed
    assert [e["field"] for e in scores.errors] == ["must", "must", "killed"]


# --- end to end with the default pipeline ---------------------------------------------------------------
@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_settings()


def test_evaluate_file_codes_and_scores_the_events_jsonl(pipeline: Pipeline, tmp_path: Path) -> None:
    evaluation = evaluate_file(DATA / "eval_events.jsonl", pipeline=pipeline)
    scores = evaluation.events
    assert scores is not None and (scores.items, scores.gold_events) == (3, 2)
    assert scores.per_type["ASSAULT"].tp == 1  # "Iran fired missiles at a US base"
    assert not [e for e in evaluation.errors if e["item"] == "weather"]  # no event in the weather item
    data = evaluation.to_dict()
    assert data["format"] == "jsonl" and data["scores"]["type"]["micro"]["tp"] == scores.type_micro.tp
    text_file, jsonl_file = tmp_path / "misses.txt", tmp_path / "misses.jsonl"
    count = write_errors(evaluation.errors, text_file)
    assert write_errors(evaluation.errors, jsonl_file) == count == len(jsonl_file.read_text().splitlines())
    if count:
        first = json.loads(jsonl_file.read_text().splitlines()[0])
        assert set(first) == {"item", "field", "sentence", "gold", "coded", "coded_events"}
        assert first["sentence"] in text_file.read_text()


def test_evaluate_file_on_a_single_article_expectation(pipeline: Pipeline) -> None:
    evaluation = evaluate_file(DATA / "eval_article.expected.yaml", DATA / "eval_article.txt", pipeline)
    scores = evaluation.expected
    assert scores is not None
    assert (scores.must.correct, scores.must.total) == (1, 2)  # the 80 dead are never found
    assert scores.must_not.correct == 0 and scores.fields["killed"].correct == 0


def test_the_current_events_expectations_resolve_their_jsonl() -> None:
    gold_set = load_gold(SHARED / "examples" / "current-events-dev.expected.yaml")
    assert len(gold_set.items) == 26 and gold_set.items[0].item_id == "line-1173"
    assert "Lahore" in gold_set.items[0].text and gold_set.items[0].date == dt.date(2019, 5, 8)
