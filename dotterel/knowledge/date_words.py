"""The words of the dates stage: the schema of ``dates.yaml`` and its loader (validated at load time)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from dotterel.knowledge.gazetteer import load_yaml_model

PACKAGED_DATE_WORDS = "dates.yaml"
Unit = Literal["day", "week", "month", "year"]
WeekdayName = Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class DateWordsFile(BaseModel):
    """Schema of ``dates.yaml``."""

    model_config = ConfigDict(extra="forbid")
    version: int
    months: dict[str, int]
    month_prefixes: list[str]
    month_forward_prefixes: list[str]
    year_prefixes: list[str]
    relative_days: dict[str, int]
    relative_periods: dict[str, tuple[Literal["week", "month", "year"], int]]
    relative_weekends: dict[str, Literal["last", "this", "next"]] = {}
    ago_units: dict[str, Unit]
    weekday_back: list[str]
    weekday_forward: list[str]
    month_edges: list[str]
    definite_determiners: list[str]
    day_parts: list[str]
    future_aux: list[str]
    inheritance_blockers: list[str]
    complement_preps: list[str]
    shared_time_preps: list[str]
    anaphor_nouns: dict[str, list[str]] = {}
    timed_measure_nouns: list[str] = []
    anchored_days: dict[str, int] = {}
    anchored_times: list[str] = []
    anniversary_ordinals: dict[str, int] = {}
    offset_directions: dict[str, int] = {}
    offset_units: list[str] = []
    offset_articles: list[str] = []
    gap_nouns: list[str] = []
    gap_links: list[str] = []
    range_back_words: list[str] = []
    range_preps: list[str] = []
    time_nouns: list[str] = []
    time_preps: list[str] = []
    end_verbs: list[str] = []
    period_preps: list[str] = []
    period_start_preps: list[str] = []
    reschedule_verbs: list[str] = []
    reschedule_preps: list[str] = []
    holidays: dict[str, tuple[int, int]] = {}
    national_days: dict[str, dict[str, tuple[int, int]]] = {}
    national_day_blind_names: list[str] = []
    weekday_holidays: dict[str, dict[str, tuple[int, WeekdayName, int]]] = {}
    weekday_holiday_periods: list[str] = []
    easter_days: dict[str, int] = {}
    orthodox_easter_days: dict[str, int] = {}
    continuation_words: list[str] = []
    anterior_aux: list[str] = []
    clock_starts: list[str] = []
    happening_preps: list[str] = []
    cause_preps: list[str] = []
    cause_nouns: list[str] = []
    cause_happenings: list[str] = []
    doer_nouns: list[str] = []
    comparison_preps: list[str] = []
    comparison_words: list[str] = []
    standing_preps: list[str] = []
    standing_nouns: list[str] = []
    measure_words: list[str] = []
    measure_noun_senses: list[str] = []
    measure_start_verbs: list[str] = []
    measure_effect_nouns: list[str] = []
    clock_words: list[str] = []
    meridiem_words: list[str] = []
    period_step_words: list[str] = []
    range_joints: list[str] = []
    referring_determiners: list[str] = []
    measure_effect_verbs: list[str] = []
    deadline_preps: list[str] = []
    past_count_words: list[str] = []
    sequence_verbs: list[str] = []
    prospective_aux: list[str] = []
    midnight_starts: list[str] = []
    immediate_starts: list[str] = []
    immediate_sequels: list[str] = []
    attribution_verbs: list[str] = []
    sequel_preps: list[str] = []
    extension_verbs: list[str] = []
    extension_preps: list[str] = []
    referring_pronouns: list[str] = []
    prospect_heads: list[str] = []
    incident_nouns: list[str] = []
    incident_types: list[str] = []
    condition_marks: list[str] = []
    lifting_verbs: list[str] = []
    measure_effect_adjectives: list[str] = []
    topic_nouns: list[str] = []
    topic_preps: list[str] = []
    retelling_pronouns: list[str] = []
    prospect_preps: list[str] = []
    anniversary_nouns: list[str] = []
    eve_nouns: list[str] = []
    anniversary_year_words: list[str] = []
    long_gap_units: list[Literal["week", "month", "year"]] = []
    long_gap_links: list[str] = []
    long_gap_ones: list[str] = []
    plot_nouns: list[str] = []
    plot_verbs: list[str] = []
    relative_pronouns: list[str] = []
    pro_verbs: list[str] = []

    def to_start_phrases(self) -> tuple[str, ...]:
        """Return the lowercased phrases that make a time or "immediately" the start of a measure on the
        article's own day (``clock_starts``, ``midnight_starts``, ``immediate_starts``)."""
        return tuple(w.lower() for w in (*self.clock_starts, *self.midnight_starts, *self.immediate_starts))

    @field_validator("holidays")
    @classmethod
    def _real_days(cls, holidays: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
        """Every holiday is a day of the year (February 29 of a leap year allowed)."""
        for name, (month, day) in holidays.items():
            try:
                dt.date(2020, month, day)
            except ValueError as error:
                raise ValueError(f"{name}: no day {month}-{day}") from error
        return holidays

    @field_validator("national_days")
    @classmethod
    def _real_national_days(
        cls, days: dict[str, dict[str, tuple[int, int]]]
    ) -> dict[str, dict[str, tuple[int, int]]]:
        """Every national day is keyed by an ISO3 code and is a day of the year."""
        for name, by_country in days.items():
            for iso3, (month, day) in by_country.items():
                if not re.fullmatch(r"[A-Z]{3}", iso3):
                    raise ValueError(f"{name}: {iso3!r} is no ISO3 code")
                try:
                    dt.date(2020, month, day)
                except ValueError as error:
                    raise ValueError(f"{name} of {iso3}: no day {month}-{day}") from error
        return days

    @field_validator("weekday_holidays")
    @classmethod
    def _real_weekday_holidays(
        cls, days: dict[str, dict[str, tuple[int, WeekdayName, int]]]
    ) -> dict[str, dict[str, tuple[int, WeekdayName, int]]]:
        """Every weekday-counted holiday is keyed by an ISO3 code, in a month, the 1st to 4th or last (-1)."""
        for name, by_country in days.items():
            for iso3, (month, _, n) in by_country.items():
                if not re.fullmatch(r"[A-Z]{3}", iso3) or not 1 <= month <= 12 or n not in (1, 2, 3, 4, -1):
                    raise ValueError(f"{name} of {iso3}: no counted weekday of month {month}, n {n}")
        return days


@lru_cache(maxsize=4)
def load_date_words(path: Path | None = None) -> DateWordsFile:
    """Read and validate ``dates.yaml`` (the packaged one by default); cached."""
    path = path or Path(str(files("dotterel.knowledge") / PACKAGED_DATE_WORDS))
    words: DateWordsFile = load_yaml_model(path, DateWordsFile)
    return words
