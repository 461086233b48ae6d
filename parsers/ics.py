"""The few fields of a text/calendar invitation a review booking needs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from parsers.dates import london_date


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT's start date (London), method, summary and description."""

    method: str | None
    start: date | None
    summary: str
    description: str
    sequence: int


def _unfold(text: str) -> list[str]:
    return re.sub(r"\r?\n[ \t]", "", text).splitlines()


def _start(value: str) -> date | None:
    m = re.match(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?", value.strip())
    if not m:
        return None
    try:
        if m.group(4) and m.group(7):
            moment = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)),
                              int(m.group(4)), int(m.group(5)), tzinfo=UTC)
            return london_date(moment)
        # A floating or TZID time: its own calendar date is the date meant.
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def parse_calendar(text: str) -> CalendarEvent | None:
    """The first VEVENT of a calendar part, or None when there is none."""
    method: str | None = None
    start: date | None = None
    summary = description = ""
    sequence = 0
    in_event = False
    for line in _unfold(text):
        name, _, value = line.partition(":")
        key = name.partition(";")[0]
        key = key.strip().upper()
        if key == "METHOD":
            method = value.strip().upper()
        elif key == "BEGIN" and value.strip().upper() == "VEVENT":
            in_event = True
        elif key == "END" and value.strip().upper() == "VEVENT" and in_event:
            break
        elif in_event and key == "DTSTART":
            start = _start(value)
        elif in_event and key == "SUMMARY":
            summary = value.replace("\\,", ",").replace("\\n", " ").strip()
        elif in_event and key == "DESCRIPTION":
            description = value.replace("\\,", ",").replace("\\n", "\n").strip()
        elif in_event and key == "SEQUENCE" and value.strip().isdigit():
            sequence = int(value.strip())
    if not in_event:
        return None
    return CalendarEvent(method, start, summary, description, sequence)
