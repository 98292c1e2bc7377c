"""Happenings dated by a count back from the article date: "on the 30th anniversary of the crackdown"
(:mod:`dotterel.stages.date_anniversaries`), "21 years after the murder of …"
(:mod:`dotterel.stages.date_long_gaps`); and a day counted back from a happening the text dates: "on the eve
of the election" (:mod:`dotterel.stages.date_eves`)."""

from __future__ import annotations

import datetime as dt

from dotterel.knowledge.date_words import DateWordsFile
from dotterel.stages.date_anniversaries import add_anniversaries
from dotterel.stages.date_context import ArticleDates
from dotterel.stages.date_eves import add_eves
from dotterel.stages.date_long_gaps import add_long_gaps
from dotterel.stages.date_plots import add_plotted_acts


def add_counted_back(ctx: ArticleDates, words: DateWordsFile, today: dt.date) -> None:
    """Add to ``ctx`` the mentions of anniversaries and of long gaps (their words in ``words``), each bound to
    the happening it dates, and of eves (after the text's own mentions are read and anchored: they are no
    anchors of "the next day")."""
    add_anniversaries(ctx, words, today)
    add_long_gaps(ctx, today, words)
    add_eves(ctx, words, today)
    add_plotted_acts(ctx, words)  # "a plot to attack mosques": no date from the arrests above
