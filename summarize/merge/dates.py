"""The day a briefing files an article under."""

from __future__ import annotations

import re
from datetime import date as Date
from datetime import datetime

from summarize.schema import Extraction

_MONTH_DAY_YEAR = re.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]{2,8})\.?,? (\d{4})\b")
_ISO_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")


def _iso(text: str | None) -> str | None:
    try:
        return Date.fromisoformat(text).isoformat() if text else None
    except ValueError:
        return None


def dateline_date(dateline: str | None) -> str | None:
    """ISO date printed in a date line ('Thursday, November 30, 2023'), if any."""
    if not dateline:
        return None
    iso = _ISO_DATE.search(dateline)
    if iso:
        return _iso(iso.group())
    found = _MONTH_DAY_YEAR.search(dateline)
    day_month_year = (found.group(2), found.group(1), found.group(3)) if found else None
    if day_month_year is None and (found := _DAY_MONTH_YEAR.search(dateline)):
        day_month_year = (found.group(1), found.group(2), found.group(3))
    if day_month_year is None:
        return None
    day, month, year = day_month_year
    try:
        return datetime.strptime(f"{day} {month[:3]} {year}", "%d %b %Y").date().isoformat()
    except ValueError:
        return None


def event_day(extraction: Extraction) -> str | None:
    """The day a briefing files an article under: its event date, never the date line's date
    (an extraction without an event date was left undated on purpose, e.g. because its date
    line contradicts the text; summarize/dates.py already used the date line when it fits)."""
    return _iso(extraction.article.event_date)
