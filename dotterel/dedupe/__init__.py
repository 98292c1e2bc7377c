"""Cross-article de-duplication: mentions that report the same happening become one event.

A *mention* is one coded event in one article (the evidence); an *event* is one real-world happening. Two
mentions report the same happening when all of these hold (:func:`compare_mentions`):

- the same PLOVER type, and modalities of the same kind (asserted/reported; threatened/conditional/
  hypothetical; negated/denied): a threat and an attack are different happenings;
- dates that fit: a day-precise date is itself, a week, month or earlier year the days it covers, an
  unknown date (or the article's own year) the ``window_days`` before the article date up to that date; the
  two date ranges may be at most ``slack_days`` apart;
- compatible sides (the directed dyad): equal actor-book ids, or, when at most one side has an id, the same
  country with compatible sectors (two state sectors such as GOV and MIL are compatible; a rebel group and a
  government are not; two different people or organisations never are); an unknown side is compatible with
  anything;
- compatible places: an unknown place, the same name, a country-level place in the same country, or two
  places at most ``max_km`` apart (same admin1 region when there are no coordinates);
- enough in common: both sides known on both mentions; or one side known on both and one of: both
  mentions in one article (a restatement the in-article merge stage left), evidence sentences worded alike
  on the same day (word overlap at least ``min_wording``: one wire story in two outlets), or the same
  explicit day and a shared sub-national place (the same town or region, or within ``max_km``); with no
  side known on both, only alike wording and a shared town will do.

Clustering is complete-linkage and incremental (:class:`Clusterer`): a new mention joins the best existing
event whose every mention is compatible with it, else it founds a new event whose id is its own mention id.
Candidates are visited in a fixed order, so the result is deterministic for a given ingest order; a
re-ingested mention that did not change keeps its event (:meth:`Clusterer.assign`), which keeps event ids
stable across re-coding. Every assignment carries a one-line reason, shown by ``dotterel explain``.
"""

from dotterel.dedupe.clusterer import Clusterer
from dotterel.dedupe.compare import (
    Assignment,
    DedupeRules,
    MentionKey,
    PlaceKey,
    Side,
    Verdict,
    compare_mentions,
    to_date_interval,
    to_mention_key,
)

__all__ = [
    "Assignment",
    "Clusterer",
    "DedupeRules",
    "MentionKey",
    "PlaceKey",
    "Side",
    "Verdict",
    "compare_mentions",
    "to_date_interval",
    "to_mention_key",
]
