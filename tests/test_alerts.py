"""Alerts: step changes detected within days, raised once and updated, explained by their events; keys,
panels as known on a day, the first report of a merged event; the ``dotterel alerts`` command.

The synthetic series (helpers below, shared with the forecast and backtest tests) have known answers: a
rate that jumps on a given day, or stays flat.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from dotterel.alerts.data import (
    EVENT_COLUMNS,
    SeriesKey,
    load_event_table,
    resolve_key,
    to_event_index,
    to_online_panel,
    to_panel,
)
from dotterel.alerts.detect import AlertRules, find_alerts
from dotterel.alerts.severity import to_survival
from dotterel.cli import app
from dotterel.errors import InputError
from dotterel.model import Place
from dotterel.store import Store
from tests.test_dedupe import AIN_AL_ASAD, BAGHDAD, IRN, IRQ, USA, Spec, make_article

START = dt.date(2019, 1, 1)
USA_IRN = SeriesKey("USA", "IRN")


def to_day(offset: int) -> dt.date:
    """The day ``offset`` days after :data:`START`."""
    return START + dt.timedelta(days=offset)


def to_events(
    counts: Sequence[float] | np.ndarray, source: str = "USA", target: str = "IRN", quad_class: int = 4,
    goldstein: float = -10.0, lag: int = 0, prefix: str = "e", killed: Sequence[float] | None = None,
) -> pd.DataFrame:  # fmt: skip
    """One event row per unit of ``counts[d]`` on day ``d``, first reported ``lag`` days later; the ``i``-th
    event killed ``killed[i]`` (nobody reported killed when None)."""
    rows = [
        {"event_id": f"{prefix}{source}{target}{offset}-{number}", "known": to_day(offset + lag),
         "day": to_day(offset), "source": source, "target": target, "type": "ASSAULT",
         "quad_class": quad_class, "goldstein": goldstein}
        for offset, count in enumerate(counts) for number in range(int(count))
    ]  # fmt: skip
    for row, dead in zip(rows, killed if killed is not None else [], strict=False):
        row["killed"] = dead
    return pd.DataFrame(rows, columns=list(EVENT_COLUMNS))


def to_table(*frames: pd.DataFrame) -> pd.DataFrame:
    """The frames as one event table, oldest report first (as ``load_event_table`` returns it)."""
    table = pd.concat([frame for frame in frames if len(frame)], ignore_index=True)
    return table.sort_values(["known", "event_id"], ignore_index=True)


def to_step_counts(days: int, step_day: int, low: float, high: float, seed: int) -> np.ndarray:
    """Poisson counts at rate ``low`` before ``step_day`` and ``high`` from it on (seeded)."""
    rates = np.where(np.arange(days) < step_day, low, high)
    return np.random.default_rng(seed).poisson(rates)


# (low rate, high rate, seed, days allowed between the step and the first firing)
STEPS = [(0.2, 3.0, 1, 2), (1.0, 6.0, 2, 2), (0.05, 2.0, 3, 3), (2.0, 5.0, 4, 5)]


@pytest.mark.parametrize(("low", "high", "seed", "within"), STEPS)
def test_a_step_change_is_detected_within_k_days(low: float, high: float, seed: int, within: int) -> None:
    step_day = 220
    index = to_event_index(to_table(to_events(to_step_counts(260, step_day, low, high, seed))), START)
    alerts = find_alerts(index, (USA_IRN,), to_day(259), AlertRules(lookback_days=100))
    after = [a for a in alerts if a.last_fired >= to_day(step_day)]
    assert len(after) == 1
    assert to_day(step_day) <= after[0].first_fired <= to_day(step_day + within)
    assert after[0].firings >= 2  # raised once, then updated


@pytest.mark.parametrize("rate", [0.0, 0.05, 0.5, 2.0, 5.0])
def test_flat_series_raise_few_false_alerts(rate: float) -> None:
    """Ten flat Poisson series of 300 days, alerts counted over the last 150: at most 3 in 1,500 days."""
    alerts = []
    for seed in range(10):
        counts = np.random.default_rng(seed).poisson(np.full(300, rate))
        index = to_event_index(to_table(to_events(counts), to_events([1], "FRA", "DEU", 1)), START)
        alerts += find_alerts(index, (USA_IRN,), to_day(299), AlertRules(lookback_days=150))
    assert len(alerts) <= 3


def test_one_escalation_is_one_alert_updated_and_two_apart_are_two() -> None:
    counts = np.zeros(300)
    counts[200:215] = 3  # fifteen days of fighting: one alert
    counts[280:282] = 4  # two months later, two more days: a second alert
    index = to_event_index(to_table(to_events(counts)), START)
    alerts = sorted(find_alerts(index, (USA_IRN,), to_day(290), AlertRules(lookback_days=120)),
                    key=lambda a: a.first_fired)  # fmt: skip
    assert alerts[0].first_fired == to_day(200)
    assert to_day(280) <= alerts[1].first_fired <= to_day(281)  # the first burst left a wider baseline
    assert alerts[0].last_fired >= to_day(207) and alerts[0].firings > 5  # updated for a week and more
    assert alerts[0].status == "closed" and alerts[1].status == "open"
    assert alerts[0].alert_id == f"USA-IRN@{to_day(200).isoformat()}"


@pytest.mark.parametrize(
    ("extra", "fires"),
    [
        ({210: 1}, False),  # one event on a quiet dyad: below min_count
        ({210: 2}, True),  # two on one day: a tail of far below 1 %
        ({210: 1, 212: 1}, True),  # two in a week
        ({180: 1, 210: 1}, False),  # a month apart
    ],
)
def test_min_count_and_windows(extra: dict[int, int], fires: bool) -> None:
    counts = np.zeros(240)
    counts[[20, 90]] = 1  # a rare background
    for day, count in extra.items():
        counts[day] = count
    index = to_event_index(to_table(to_events(counts)), START)
    alerts = find_alerts(index, (USA_IRN,), to_day(239), AlertRules(lookback_days=80))
    assert bool(alerts) is fires


def to_lethal_events(seed: int, days: int, rate: float, source: str = "AFG", target: str = "AFG",
                     prefix: str = "b") -> pd.DataFrame:  # fmt: skip
    """Poisson(``rate``) attacks a day; half kill nobody, the rest a geometric number (mean 4) each."""
    rng = np.random.default_rng(seed)
    counts = rng.poisson(rate, days)
    total = int(counts.sum())
    killed = np.where(rng.random(total) < 0.5, 0, rng.geometric(0.25, total))
    return to_events(counts, source, target, prefix=prefix, killed=killed.tolist())


def to_quiet_dyad_with_strike(killed: float, goldstein: float) -> pd.DataFrame:
    """Lethal attacks every day elsewhere; USA-IRN: sanctions on days 20 and 90, then one event on day 210."""
    quiet, strike = np.zeros(240), np.zeros(240)
    quiet[[20, 90]] = 1
    strike[210] = 1
    return to_table(
        to_lethal_events(0, 240, 1.0), to_events(quiet, goldstein=-8.0, prefix="q"),
        to_events(strike, goldstein=goldstein, prefix="s", killed=[killed]),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("killed", "goldstein", "fires"),
    [
        (40, -10.0, True),  # a massacre on a dyad of sanctions
        (9, -10.0, True),  # a strike killing a general and his escort
        (20, -5.0, True),  # deaths outrank the Goldstein score
        (5, -10.0, True),  # five killed: a top-fifth toll elsewhere, and more than this dyad ever saw
        (2, -10.0, False),  # two killed: as many die in half the attacks elsewhere
        (0, -10.0, False),  # a bloodless attack alone is the count rules' business (min_count)
    ],
)
def test_a_single_severe_event_on_a_quiet_dyad_fires_the_same_day(
    killed: float, goldstein: float, fires: bool
) -> None:
    index = to_event_index(to_quiet_dyad_with_strike(killed, goldstein), START)
    alerts = find_alerts(index, (USA_IRN,), to_day(239), AlertRules(lookback_days=80))
    assert bool(alerts) is fires
    if fires:
        (alert,) = alerts
        assert alert.first_fired == to_day(210) and alert.rule == "severe"
        assert alert.event_ids == ("sUSAIRN210-0",) and alert.p_value < 1e-3


def test_the_severity_rule_is_online_and_can_be_turned_off() -> None:
    index = to_event_index(to_quiet_dyad_with_strike(40, -10.0), START)
    (same_day,) = find_alerts(index, (USA_IRN,), to_day(210), AlertRules(lookback_days=60))
    (later,) = find_alerts(index, (USA_IRN,), to_day(239), AlertRules(lookback_days=80))
    assert same_day.status == "new" and later.status == "closed"
    assert same_day.first_fired == later.first_fired == to_day(210)
    assert same_day.p_value == pytest.approx(later.p_value, rel=0.05)  # baselines start on other days
    assert find_alerts(index, (USA_IRN,), to_day(239), AlertRules(lookback_days=80, severe_share=0.0)) == []


@pytest.mark.parametrize("rate", [0.1, 0.5, 2.0])
def test_a_steady_noisy_lethal_dyad_does_not_fire_on_severity(rate: float) -> None:
    """Ten series of 300 days of attacks with random death tolls: records are 1-in-n, not alerts."""
    alerts = []
    for seed in range(10):
        table = to_table(to_lethal_events(seed, 300, rate, "USA", "IRN", "n"), to_events([1], "FRA", "DEU"))
        index = to_event_index(table, START)
        alerts += find_alerts(index, (USA_IRN,), to_day(299), AlertRules(lookback_days=150))
    assert not [alert for alert in alerts if alert.rule == "severe"]
    assert len(alerts) <= 3


@pytest.mark.parametrize(
    ("everyone", "own", "expected"),
    [
        ((0.0, 999.0), (0.0, 0.0), 1 / 1000),  # a key with no past: all events' estimate
        ((0.0, 999.0), (0.0, 150.0), 150 / 155 / 151 + 5 / 155 / 1000),  # a record on a steady key: 1 in n
        ((199.0, 999.0), (0.0, 5.0), 0.5 / 6 + 0.5 * 0.2),  # half its own (none that severe), half all's
        ((999.0, 999.0), (5.0, 5.0), 1.0),  # the mildest mark: every event reaches it
    ],
)
def test_the_survival_of_a_mark_borrows_from_all_events(
    everyone: tuple[float, float], own: tuple[float, float], expected: float
) -> None:
    assert to_survival(everyone, own, 5.0)[1] == pytest.approx(expected)


def test_the_explanation_lists_the_events_of_the_firing_window() -> None:
    counts = np.zeros(240)
    counts[30] = 1
    counts[220] = 3
    index = to_event_index(to_table(to_events(counts), to_events([1] * 240, "FRA", "DEU")), START)
    (alert,) = find_alerts(index, (USA_IRN, SeriesKey("FRA", "DEU")), to_day(225), AlertRules())
    assert alert.key == USA_IRN
    assert alert.event_ids == ("eUSAIRN220-0", "eUSAIRN220-1", "eUSAIRN220-2")
    assert alert.observed == 3 and alert.p_value < 1e-4 and alert.severity in ("high", "critical")


def test_a_country_total_borrows_from_unknown_sides_and_pairs_add_both_directions() -> None:
    table = to_table(
        to_events([0] * 200 + [2, 2, 2], "USA", "IRN"), to_events([0] * 201 + [1, 1], "IRN", "USA"),
        to_events([1] * 203, "IRN", None, prefix="u"),  # type: ignore[arg-type]
    )  # fmt: skip
    index = to_event_index(table, START)
    keys = (resolve_key("USA+IRN"), resolve_key("*-IRN"), resolve_key("IRN-*"), USA_IRN)
    panel = to_panel(index, keys, to_day(202))
    assert panel.counts[:, -1].tolist() == [3.0, 2.0, 2.0, 2.0]
    assert panel.source_totals[3, -1] == 2.0 and panel.target_totals[3, -1] == 2.0


@pytest.mark.parametrize(
    ("text", "key"),
    [("USA-IRN", SeriesKey("USA", "IRN")), ("usa+irn", SeriesKey("IRN", "USA", True)),
     ("IRN-*", SeriesKey("IRN", "*")), ("*-IRN", SeriesKey("*", "IRN"))],
)  # fmt: skip
def test_keys_read_back_from_their_labels(text: str, key: SeriesKey) -> None:
    assert resolve_key(text) == key
    assert resolve_key(key.label) == key


@pytest.mark.parametrize("text", ["USA", "USA-IRN-IRQ", "*-*", "USA+*", "-IRN"])
def test_bad_keys_are_refused(text: str) -> None:
    with pytest.raises(InputError):
        resolve_key(text)


def test_panels_hold_what_was_known_and_the_online_panel_counts_on_the_report_day() -> None:
    prompt = to_events([0] * 10 + [1], prefix="p")  # day 10, reported on day 10
    late = to_events([0] * 8 + [1], lag=4, prefix="l")  # day 8, reported on day 12
    stale = to_events([0] * 1 + [1], lag=30, prefix="s")  # day 1, reported on day 31 (history, not news)
    index = to_event_index(to_table(prompt, late, stale), START)
    assert to_panel(index, (USA_IRN,), to_day(11)).counts[0].tolist() == [0] * 10 + [1, 0]
    assert to_panel(index, (USA_IRN,), to_day(12)).counts[0, 8] == 1
    online = to_online_panel(index, (USA_IRN,), START, to_day(40))
    assert np.flatnonzero(online.counts[0]).tolist() == [10, 12]


ERBIL = Place("Erbil", "IRQ", "IQ.11", 36.19, 44.01)
AL_QAIM = Place("Al-Qaim", "IRQ", "IQ.01", 34.37, 41.09)
SENTENCES = [
    ("2019-07-18", "A US Navy ship shoots down an Iranian drone over the Strait of Hormuz.", USA, IRN, None),
    ("2019-12-31", "Militiamen attack the US embassy compound in Baghdad.", IRQ, USA, BAGHDAD),
    (
        "2020-01-03",
        "A US drone strike kills Iranian general Qasem Soleimani at Baghdad airport.",
        USA,
        IRN,
        BAGHDAD,
    ),
    (
        "2020-01-03",
        "US jets strike Iranian-backed militia targets near Al-Qaim, officials say.",
        USA,
        IRN,
        AL_QAIM,
    ),
    (
        "2020-01-08",
        "Iran fires ballistic missiles at US troops at the Ain al-Asad air base.",
        IRN,
        USA,
        AIN_AL_ASAD,
    ),
    (
        "2020-01-08",
        "Iran launches a second wave of missiles at the Erbil base housing US troops.",
        IRN,
        USA,
        ERBIL,
    ),
]


@pytest.fixture()
def crisis_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    for name in [n for n in os.environ if n.startswith("DOTTEREL_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    articles = [make_article(text, date, Spec(source=source, target=target, date=date, place=place))
                for date, text, source, target, place in SENTENCES]  # fmt: skip
    articles.append(make_article(  # the Soleimani strike again, reported four days later: known on 01-03
        "Four days after the drone strike that killed Soleimani in Baghdad, Iraq's parliament votes to expel "
        "US troops.", "2020-01-07", Spec(source=USA, target=IRN, date="2020-01-03", place=BAGHDAD),
    ))  # fmt: skip
    with Store(tmp_path / "crisis.duckdb") as store:
        store.write(articles)
    return str(tmp_path / "crisis.duckdb")


def test_an_event_is_known_from_its_first_report(crisis_db: str) -> None:
    with Store(crisis_db, read_only=True) as store:
        table = load_event_table(store.connection)
    strike = table[table["day"] == dt.date(2020, 1, 3)]
    assert sorted(strike["known"]) == [dt.date(2020, 1, 3)] * 2
    assert len(table) == 6  # the late report merged into the Soleimani strike, not a new event


def test_alerts_command_names_the_escalation_and_its_sentences(crisis_db: str) -> None:
    result = CliRunner().invoke(
        app, ["alerts", "--db", crisis_db, "--as-of", "2020-01-08", "--scope", "pairs", "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["key"] for r in records] == ["IRN+USA"]
    (record,) = records
    assert record["first_fired"] == "2020-01-03" and record["status"] == "updated"
    sentences = [event["sentence"] for event in record["events"]]
    assert any("Soleimani" in s for s in sentences) and any("Ain al-Asad" in s for s in sentences)
    assert not any("Hormuz" in s for s in sentences)  # July: not part of this escalation
    quiet = CliRunner().invoke(app, ["alerts", "--db", crisis_db, "--as-of", "2019-12-15"])
    assert quiet.exit_code == 0 and "alerts as of 2019-12-15 (0)" in quiet.stdout


def test_alerts_command_refuses_a_bad_scope(crisis_db: str) -> None:
    result = CliRunner().invoke(app, ["alerts", "--db", crisis_db, "--scope", "planets"])
    assert result.exit_code == 1 and "--scope" in result.stderr
