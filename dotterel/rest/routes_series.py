"""Series and alerts routes: dyadic time series (as ``dotterel series``) and the early-warning alerts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from dotterel.aggregate import MEASURES, SeriesQuery, find_top_dyads, load_series, to_dyads
from dotterel.rest.alerts import find_alert_records
from dotterel.rest.config import StoreHandle
from dotterel.rest.errors import ApiError, to_error_responses
from dotterel.rest.queries import to_series_rows
from dotterel.rest.routes_read import DATE_PATTERN, get_handle
from dotterel.rest.schemas import AlertsOut, SeriesOut
from dotterel.store.query import to_date
from dotterel.store.schema import FACTUAL_MODALITIES

router = APIRouter(prefix="/api", tags=["series"])
ALL_MODALITIES: tuple[str, ...] = (
    "asserted", "reported", "threatened", "conditional", "negated", "denied", "hypothetical",
)  # fmt: skip
MAX_DYADS = 50
DATE: dict[str, Any] = {"pattern": DATE_PATTERN}  # 422 off the form; 400 for a day that does not exist
MEASURE_PATTERN = f"^({'|'.join(MEASURES)})$"


@router.get(
    "/series", response_model=SeriesOut, summary="Dyadic series", responses=to_error_responses(400, 422)
)
def get_series(
    handle: Annotated[StoreHandle, Depends(get_handle)],
    dyad: Annotated[
        list[str] | None, Query(max_length=MAX_DYADS, description="SOURCE-TARGET, repeatable.")
    ] = None,
    by: Annotated[str, Query(pattern="^(day|week|month)$", description="day, week or month.")] = "day",
    measure: Annotated[
        str, Query(pattern=MEASURE_PATTERN, description=f"One of: {', '.join(MEASURES)}.")
    ] = "events",
    level: Annotated[str, Query(pattern="^(country|actor)$", description="country or actor.")] = "country",
    type: Annotated[str | None, Query(max_length=40, description="Only this PLOVER type.")] = None,
    since: Annotated[str | None, Query(max_length=10, description="First day, YYYY-MM-DD.", **DATE)] = None,
    until: Annotated[str | None, Query(max_length=10, description="Last day, YYYY-MM-DD.", **DATE)] = None,
    normalise: Annotated[bool, Query(description="Per 1,000 articles coded in the period.")] = False,
    top: Annotated[int | None, Query(ge=1, le=MAX_DYADS, description="The N busiest dyads.")] = None,
    all_modalities: Annotated[bool, Query(description="Count threats, denials, hypotheticals too.")] = False,
) -> Any:
    """Zero-filled series per directed dyad and period: events, mentions, Goldstein sum and mean, the four
    QuadClass counts, conflict, cooperation, articles and `value` (the chosen measure). With `top` and no
    `dyad`, the busiest dyads by that measure (their totals are listed in `top`)."""
    for text in dyad or []:
        if len(text) > 200:
            raise ApiError(422, "dyad: at most 200 characters")
    query = SeriesQuery(
        dyads=to_dyads(dyad or []), by=by, measure=measure, level=level, type=type or None,
        since=since or None, until=until or None, normalise=normalise, top=top,
        modalities=ALL_MODALITIES if all_modalities else FACTUAL_MODALITIES,
    ).check()  # fmt: skip
    ranked: list[tuple[str, str, float]] = []
    with handle.using() as store:
        if not query.dyads:
            ranked = find_top_dyads(store.connection, query)
            query = replace(query, dyads=tuple((s, t) for s, t, _ in ranked), top=None)
        frame = load_series(store.connection, query) if query.dyads else None
    rows = to_series_rows(frame.to_dict("records")) if frame is not None else []
    top_rows = [{"source": s, "target": t, "total": total} for s, t, total in ranked]
    return {"by": by, "measure": measure, "level": level, "rows": rows, "top": top_rows}


@router.get(
    "/alerts",
    response_model=AlertsOut,
    summary="Escalation alerts",
    responses=to_error_responses(400, 422, 501),
)
def get_alerts(
    handle: Annotated[StoreHandle, Depends(get_handle)],
    as_of: Annotated[str | None, Query(max_length=10, description="Alerts on this day.", **DATE)] = None,
    dyad: Annotated[str | None, Query(max_length=200, description="Only this SOURCE-TARGET dyad.")] = None,
) -> Any:
    """Alerts raised by the early-warning module (`dotterel.alerts`), newest first; 501 until it is
    installed."""
    day: dt.date | None = to_date(as_of) if as_of else None
    with handle.using() as store:
        alerts = find_alert_records(store.connection, as_of=day, dyad=dyad)
    return {"alerts": alerts, "count": len(alerts)}
