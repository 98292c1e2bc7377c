"""Date expressions: find them in text and resolve them against the article date (never the clock).

Expressions (:class:`DateFinder`, words in ``dates.yaml``): weekdays ("on Sunday" is the last Sunday on or
before the article date, the article's own day included; forward in a future-tense clause; "last Friday's"),
"yesterday", "last night", "overnight", "last week" / "earlier this week" (precision ``week``, stored as the
week's Monday), "last weekend" / "over the weekend" (the weekend's week, :mod:`date_weekends`), "last month",
"in October" / "since at least October" (precision ``month``, stored as the 1st: the most recent October on or
before the article month), fixed holidays ("on New Year's Eve", read like a day without a year), "in 2019"
(``year``, 1 January), "in the 1980s" (a decade: its first year, at ``year`` precision), "two days ago",
and explicit dates ("Jan. 3", "3 January 2020", "January 3rd", "2020-01-03"; a range "23 to 26 November"
is its first day), and a clock time starting a measure ("effective at 11:59 p.m.", "effective immediately":
the article's day). A day without a year is the nearer of its last
and next occurrence (the last on a tie); the stage picks the reading for the tense of its clause.
Days counted from another date ("that night", "the next day", "two days later", "a day after …", "over the
two previous days") are found here with their ``offset`` and read from the article date; the stage counts
them from the date the text established (:func:`resolve_text_anchor`, :func:`to_linked_complement`).
Own rules, not ``dateparser``: on our table it resolved "on Thursday" in a Thursday article to the week before
and found nothing in "since at least October" (see tests/test_dates.py).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from dotterel.knowledge.date_words import PACKAGED_DATE_WORDS as PACKAGED_DATE_WORDS
from dotterel.knowledge.date_words import DateWordsFile as DateWordsFile
from dotterel.knowledge.date_words import Unit
from dotterel.knowledge.date_words import load_date_words as load_date_words
from dotterel.model import DatePrecision, Span
from dotterel.stages.date_feasts import to_feast_occurrences
from dotterel.stages.date_weekends import to_weekend_weeks
from dotterel.stages.scope import load_number_words, parse_number

WEEKDAYS: tuple[str, ...] = tuple(calendar.day_name)


@dataclass(frozen=True)
class DateMention:
    """A date expression: its span, its precision, and its readings.

    ``date`` is the reading with no tense to go by, ``past_date`` the one in a past-tense clause,
    ``forward_date`` the one in a future clause; they differ only for words without a year ("on Sunday",
    "March 3", "in October"). An *anchored* mention ("the next day", "two days later") has an ``offset`` in
    days from the date the text just established (its readings are the offset from the article date until
    the stage anchors it); ``link`` is "after" or "before" when the phrase ends in one, so that it may
    count from the happening it introduces instead ("a day after Canada suspended the treaty"); ``same_time``
    when it is the anchor's time at the anchor's precision ("since then", ``anchored_times``).
    """

    span: Span
    date: dt.date
    precision: DatePrecision
    past_date: dt.date
    forward_date: dt.date
    offset: int | None = None
    link: str | None = None
    same_time: bool = False

    @classmethod
    def fixed(cls, span: Span, day: dt.date, precision: DatePrecision) -> DateMention:
        """Return a mention whose readings are all ``day``."""
        return cls(span, day, precision, day, day)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def to_week_start(day: dt.date) -> dt.date:
    """Return the Monday of ``day``'s ISO week."""
    return day - dt.timedelta(days=day.weekday())


def to_month_start(day: dt.date, offset: int = 0) -> dt.date:
    """Return the first day of the month ``offset`` months from ``day``'s month."""
    index = day.year * 12 + day.month - 1 + offset
    return dt.date(index // 12, index % 12 + 1, 1)


def to_patterns(words: DateWordsFile) -> list[tuple[str, re.Pattern[str]]]:
    """Compile the date patterns from the words, most specific first (an earlier kind wins an overlap)."""
    longest = {n: max(len(m) for m, k in words.months.items() if k == n) for n in words.months.values()}
    mon = "|".join(
        re.escape(m) + (r"\.?" if len(m) < longest[n] else "")
        for m, n in sorted(words.months.items(), key=lambda item: -len(item[0]))
    )
    wd, rel = _alternation(WEEKDAYS), _alternation([*words.weekday_back, *words.weekday_forward])
    wd_opt, ordinal, year = rf"(?:(?P<wd>{wd}),?\s+)?", r"(?:st|nd|rd|th)?", r"(?:,?\s+(?P<y>\d{4})\b)?"
    pre, edge = _alternation(words.month_prefixes), rf"(?:(?i:{_alternation(words.month_edges)})[\s-]+)?"
    parts, units = _alternation(words.day_parts), _alternation(words.ago_units)
    counted, directions = _alternation(words.offset_units), _alternation(words.offset_directions)
    to_day = rf"(?:\s*(?:to|-|\u2013)\s*\d\d?{ordinal})?"  # "23 to 26 November": the first day
    later = rf"(?i:on|tonight|today|tomorrow|this|next|each|every|nightly|daily)|{wd}|{mon}"
    hours = r"\d\d?(?::\d\d)?\s*[ap]\.?\s?m\b\.?|[01]\d:[0-5]\d\b|2[0-3]:[0-5]\d\b"  # "6 p.m.", "18:00"
    clock = rf"(?>(?:at\s+)?(?:midnight|noon|{hours})(?:\s+[A-Z]{{2,5}}\b|\s+(?i:local\s+time)\b)?)"
    sources = {
        "ymd": r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d?)-(?P<d>\d\d?)\b",
        "mdy": rf"\b{wd_opt}(?P<mon>{mon})\s+(?P<d>\d\d?){ordinal}\b{year}",
        "dmy": rf"\b{wd_opt}(?:the\s+)?(?P<d>\d\d?){ordinal}{to_day}\s+(?:of\s+)?(?P<mon>{mon})(?!\w){year}",
        "my": rf"\b(?P<mon>{mon}),?\s+(?P<y>(?:19|20)\d\d)\b",
        "month": rf"\b(?P<pre>(?i:{pre}))[\s-]+{edge}(?P<mon>{mon})(?!\w)",
        "year": rf"\b(?i:{_alternation(words.year_prefixes)})\s+(?P<y>(?:19|20)\d\d)\b(?![-\d])",
        # "in the 1980s": a decade, read at year precision from its first year (no coarser precision)
        "decade": rf"\b(?i:{_alternation(words.year_prefixes)})\s+the\s+(?P<y>(?:19|20)\d0)['\u2019]?s\b",
        "weekday": rf"\b(?:(?P<rel>(?i:{rel}))\s+)?(?P<wd>{wd})(?:'s)?(?:\s+(?i:{parts}))?\b",
        "ago": rf"(?<![\d,.])\b(?P<n>\d+|(?i:[a-z]+))\s+(?P<unit>(?i:{units}))\s+ago\b",
        "days": rf"\b(?i:{_alternation(words.relative_days)})\b",
        "periods": rf"\b(?i:{_alternation(words.relative_periods)})\b",
        "weekend": rf"\b(?i:{_alternation(words.relative_weekends or ['-'])})\b(?!\s+of\b)",
        "offset": rf"(?<![\d,.])\b(?P<n>\d+|(?i:[a-z]+))\s+(?P<unit>(?i:{counted}))\s+"
        rf"(?P<dir>(?i:{directions}))\b",
        "range": rf"\b(?i:{_alternation(words.range_preps)})\s+the\s+(?:(?P<n>\d+|(?i:[a-z]+))\s+)?"
        rf"(?i:{_alternation(words.range_back_words)})\s+(?:(?P<m>\d+|(?i:[a-z]+))\s+)?days\b",
        "anchored": rf"\b(?i:{_alternation([*words.anchored_days, *words.anchored_times])})\b",
        "clock": rf"\b(?i:{_alternation(words.clock_starts or ['-'])})\s+{clock}(?!,?\s+(?:{later})\b)",
        "midnight": rf"\b(?i:{_alternation(words.midnight_starts or ['-'])})\b(?!,?\s+(?:{later})\b)",
        "immediate": _to_immediate_source(words, later),
    }
    feasts = {**words.easter_days, **words.orthodox_easter_days}
    if feasts:  # "on Easter Sunday", "Orthodox Easter": before the weekday "Sunday" (date_feasts.py)
        sources = {"feast": rf"\b(?:{_alternation(feasts)})(?!\w)", **sources}
    if words.holidays:  # "on New Year's Eve" (either apostrophe)
        holidays = _alternation(words.holidays).replace("'", "['\u2019]")
        sources = {"holiday": rf"\b(?:{holidays})(?!\w)", **sources}
    return [(kind, re.compile(source)) for kind, source in sources.items()]


def _to_immediate_source(words: DateWordsFile, later: str) -> str:
    """The pattern of a start now ("effective immediately"), not one a day follows ("…, on Friday") nor one
    tied to another happening ("immediately after the vote"; a comma before "following" unties it)."""
    tied = rf"(?:,?\s+(?:{later})|\s+(?i:{_alternation(words.immediate_sequels or ['-'])}))"
    return rf"\b(?i:{_alternation(words.immediate_starts or ['-'])})\b(?!{tied}\b)"


_WEEKDAY_JOINT = re.compile(r"\s*(?:/|\bor\b|\bto\b)\s*")


def to_joined_weekdays(text: str, mentions: list[DateMention], weekdays: set[Span]) -> list[DateMention]:
    """Return the mentions with a weekday joined to the one before it by "/", "or" or "to" read as that one:
    "at midnight on Tuesday evening/Wednesday morning" (one night), "overnight Sunday to Monday" name the
    first day, not the second weekday counted back a week from the article date."""
    out = list(mentions)
    for n in range(1, len(out)):
        first, second = out[n - 1], out[n]
        joined = _WEEKDAY_JOINT.fullmatch(text[first.span.end : second.span.start])
        if joined and first.span in weekdays and second.span in weekdays:
            out[n] = DateMention(second.span, first.date, "day", first.past_date, first.forward_date)
    return out


def _to_occurrence(today: dt.date, month: int, day: int, step: int) -> dt.date:
    """The last (``step`` -1) or next (+1) occurrence of a day of the year, today included: February 29
    falls in a leap year only (an impossible day raises ValueError)."""
    for year in range(today.year, today.year + 9 * step, step):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if (found - today).days * step >= 0:
            return found
    raise ValueError(f"no day {month}-{day}")


def to_yearless_day(span: Span, today: dt.date, month: int, day: int) -> DateMention:
    """The mention of a day of the year told without a year ("on New Year's Eve"): the nearer of its last
    and next occurrence (the last on a tie), with both as its past and forward readings."""
    return to_nearer_day(
        span, today, _to_occurrence(today, month, day, -1), _to_occurrence(today, month, day, 1)
    )


def to_nearer_day(span: Span, today: dt.date, past: dt.date, future: dt.date) -> DateMention:
    """The day mention read as the nearer of ``past`` and ``future`` (``past`` on a tie), both kept as its
    past and forward readings."""
    nearest = past if today - past <= future - today else future
    return DateMention(span, nearest, "day", past, future)


class DateFinder:
    """Find and resolve date expressions in text; the regular expressions are built once from the words."""

    def __init__(self, words: DateWordsFile) -> None:
        self.words = words
        self.months = {name.lower(): number for name, number in words.months.items()}
        self.anchored_times = frozenset(" ".join(w.lower().split()) for w in words.anchored_times)
        self.patterns = to_patterns(words)

    def find(self, text: str, article_date: dt.date) -> list[DateMention]:
        """Return the date expressions of ``text`` resolved against ``article_date``, in text order."""
        taken: list[Span] = []
        mentions: list[DateMention] = []
        weekdays: set[Span] = set()
        for kind, pattern in self.patterns:
            for match in pattern.finditer(text):
                span = Span(match.start(), match.end())
                if any(span.start < other.end and other.start < span.end for other in taken):
                    continue
                named = kind in ("weekday", "days", "periods", "weekend")
                if named and self._is_part_of_a_name(kind, text, span):
                    continue
                mention = self._resolve(kind, match, span, article_date)
                if mention is not None:
                    taken.append(span)
                    mentions.append(mention)
                    weekdays.update({span} if kind == "weekday" else set())
        return to_joined_weekdays(text, sorted(mentions, key=lambda m: m.span), weekdays)

    def _is_part_of_a_name(self, kind: str, text: str, span: Span) -> bool:
        """True for "(USA Today)" or "the Sunday Times": a date word inside a title-case name."""
        before = text[: span.start].rstrip()
        if kind == "weekday":
            after = re.match(r"\s+([A-Z][a-z]+)", text[span.end :])
            opener = re.search(r"(?:\(|\b[Tt]he|\b[A-Z][A-Za-z]*)$", before)
            return after is not None and after.group(1).lower() not in self.months and opener is not None
        if not text[span.start].isupper():
            return False
        return bool(before) and before[-1] not in ".!?:;\"'\u201c\u201d(\n"

    def _resolve(self, kind: str, match: re.Match[str], span: Span, today: dt.date) -> DateMention | None:
        groups = match.groupdict()
        try:
            if kind in ("ymd", "mdy", "dmy"):
                month = int(groups["m"]) if kind == "ymd" else self.months[groups["mon"].lower().rstrip(".")]
                mention = self._day(span, today, month, int(groups["d"]), groups.get("y"))
                return self._match_weekday(mention, groups.get("wd"))
            if kind in ("my", "year", "decade"):
                month = self.months[groups["mon"].lower().rstrip(".")] if kind == "my" else 1
                return DateMention.fixed(
                    span, dt.date(int(groups["y"]), month, 1), "month" if kind == "my" else "year"
                )
        except ValueError:
            return None
        if kind == "feast":
            name = " ".join(match.group(0).split())
            orthodox = name in self.words.orthodox_easter_days
            offset = (self.words.orthodox_easter_days if orthodox else self.words.easter_days)[name]
            return to_nearer_day(span, today, *to_feast_occurrences(today, offset, orthodox))
        if kind == "holiday":
            month, day = self.words.holidays[" ".join(match.group(0).replace("\u2019", "'").split())]
            return self._day(span, today, month, day, None)
        if kind == "month":
            return self._month(
                span, today, self.months[groups["mon"].lower().rstrip(".")], groups["pre"].lower()
            )
        if kind == "weekday":
            return self._weekday(span, today, WEEKDAYS.index(groups["wd"]), (groups["rel"] or "").lower())
        if kind == "ago":
            return self._ago(span, today, groups["n"], self.words.ago_units[groups["unit"].lower()])
        phrase = " ".join(match.group(0).lower().split())
        if kind in ("offset", "range", "anchored"):
            return self._anchored(kind, span, today, groups, phrase)
        if kind in ("clock", "midnight", "immediate"):  # "effective at 11:59 p.m.", "from midnight": today
            return DateMention.fixed(span, today, "day")
        if kind == "days":
            return DateMention.fixed(span, today + dt.timedelta(days=self.words.relative_days[phrase]), "day")
        if kind == "weekend":  # "last weekend", "over the weekend": the weekend's week
            past, forward = to_weekend_weeks(today, self.words.relative_weekends[phrase])
            return DateMention(span, past, "week", past, forward)
        unit, offset = self.words.relative_periods[phrase]
        return self._period(span, today, unit, offset)

    def _anchored(
        self, kind: str, span: Span, today: dt.date, groups: dict[str, str | None], phrase: str
    ) -> DateMention | None:
        """A day counted from the date the text just established; read from ``today`` until anchored.

        "the next day" (+1), "two days later" (+2), "a day after …" (+1, linked), "the day before" (-1);
        a range back from the anchor ("over the two previous days") is dated by its last day, the anchor's
        eve (its first day is not stated apart from it)."""
        if kind == "anchored":
            offset = self.words.anchored_days.get(phrase, 0)
            day = today + dt.timedelta(days=offset)
            same = phrase in self.anchored_times  # "since then": the anchor's own precision
            return DateMention(span, day, "day", day, day, offset, same_time=same)
        if kind == "range":
            amounts = [a for a in (groups.get("n"), groups.get("m")) if a is not None]
            if len(amounts) != 1 or self._count(amounts[0]) is None:
                return None
            offset, link = -1, None
        else:
            amount, unit = groups["n"] or "", (groups["unit"] or "").lower()
            plural_article = amount.lower() in self.words.offset_articles and unit.endswith("s")
            count = None if plural_article else self._count(amount)  # not "the days after the war"
            direction = (groups["dir"] or "").lower()
            if count is None:
                return None
            offset = count * self.words.offset_directions[direction]
            link = direction if direction in ("after", "before") else None
        day = today + dt.timedelta(days=offset)
        return DateMention(span, day, "day", day, day, offset, link)

    def _count(self, amount: str) -> int | None:
        """The number of days of an anchored phrase: "two", "3", "a"; "the" is one."""
        if amount.lower() in self.words.offset_articles:
            return 1
        numbers = load_number_words()
        if amount.lower() in numbers.vague:
            return None  # "several days later" states no day
        count = parse_number([amount], numbers)
        return count if count is not None and 0 < count <= 31 else None

    @staticmethod
    def _day(span: Span, today: dt.date, month: int, day: int, year: str | None) -> DateMention:
        """A day without a year reads as the nearer of its last and next occurrence (the last on a tie)."""
        if year:
            return DateMention.fixed(span, dt.date(int(year), month, day), "day")
        return to_yearless_day(span, today, month, day)

    @staticmethod
    def _match_weekday(mention: DateMention, weekday: str | None) -> DateMention:
        """A weekday given with a day ("Monday, September 14") picks the reading that falls on it."""
        if weekday is None:
            return mention
        wanted = WEEKDAYS.index(weekday)
        for day in (mention.date, mention.past_date, mention.forward_date):
            if day.weekday() == wanted:
                return DateMention.fixed(mention.span, day, "day")
        return mention

    def _month(self, span: Span, today: dt.date, month: int, prefix: str) -> DateMention:
        """The latest such month up to the article month; "this" is this year's; "until"/"by" look ahead;
        "last" never does."""
        strict = prefix.startswith("last")
        back = today.year if month < today.month or (month == today.month and not strict) else today.year - 1
        forward = today.year if month >= today.month else today.year + 1
        if prefix.startswith("next"):
            back = forward = today.year if month > today.month else today.year + 1
        if prefix == "this":
            back = forward = today.year
        if strict:
            forward = back  # "last April" is past, whatever the tense of its clause ("will be held")
        past, future = dt.date(back, month, 1), dt.date(forward, month, 1)
        default = future if prefix.split()[0] in self.words.month_forward_prefixes else past
        return DateMention(span, default, "month", past, future)

    def _weekday(self, span: Span, today: dt.date, weekday: int, rel: str) -> DateMention:
        back = (today.weekday() - weekday) % 7 or (7 if rel in self.words.weekday_back else 0)
        ahead = (weekday - today.weekday()) % 7 or (7 if rel in self.words.weekday_forward else 0)
        past, future = today - dt.timedelta(days=back), today + dt.timedelta(days=ahead)
        if rel in self.words.weekday_forward:
            past = future
        elif rel in self.words.weekday_back:
            future = past
        return DateMention(span, past, "day", past, future)

    def _ago(self, span: Span, today: dt.date, amount: str, unit: Unit) -> DateMention | None:
        count = parse_number([amount], load_number_words())
        if count is None or not 0 < count <= 100:
            return None
        if unit == "day":
            return DateMention.fixed(span, today - dt.timedelta(days=count), "day")
        if unit == "week":
            return self._period(span, today - dt.timedelta(weeks=count), "week", 0)
        return self._period(span, today, unit, -count)

    @staticmethod
    def _period(span: Span, today: dt.date, unit: str, offset: int) -> DateMention:
        if unit == "week":
            return DateMention.fixed(span, to_week_start(today) + dt.timedelta(weeks=offset), "week")
        if unit == "month":
            return DateMention.fixed(span, to_month_start(today, offset), "month")
        return DateMention.fixed(span, dt.date(today.year + offset, 1, 1), "year")
