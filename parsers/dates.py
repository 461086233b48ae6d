"""British dates in free text: finding them, reading them day-first, filling a missing year.

Regexes only locate a date; python-dateutil (dayfirst=True) reads it. Numeric dates are
never read month-first. A date without a year takes the year that puts it nearest the
reference date (the mail's own date in Europe/London), preferring a year whose weekday
matches when one is written ("Wed 3 Mar").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from dateutil import parser as dateparser

LONDON = ZoneInfo("Europe/London")

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?"
_DATE_RE = re.compile(
    r"(?P<iso>\b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)\b)"
    r"|(?P<num>\b(?P<nd>[0-3]?\d)[/.\-](?P<nm>[01]?\d)[/.\-](?P<ny>(?:19|20)?\d\d)\b)"
    r"|(?P<long>\b(?:(?P<lw>" + _WEEKDAY + r")\.?,?\s+(?:the\s+)?)?"
    r"(?P<ld>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?[\s\-]+(?P<lm>" + _MONTH + r")\b\.?"
    r"(?:,?[\s\-]+(?P<ly>(?:19|20)\d\d)\b)?)"
    # "Tues 15/6": a weekday makes a day/month without a year a date, read near the mail's day.
    r"|(?P<wnum>\b(?P<ww>" + _WEEKDAY + r")\.?,?\s+(?P<wd>[0-3]?\d)/(?P<wm>[01]?\d)\b(?![/.\-]\d))"
    r"|(?P<us>\b(?:(?P<uw>" + _WEEKDAY + r"),?\s+)?(?P<um>" + _MONTH + r")\.?\s+"
    r"(?P<ud>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<uy>(?:19|20)\d\d)\b)?)",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"^\W{0,6}(?:at\s+)?([01]?\d|2[0-3])[:.]([0-5]\d)(?::([0-5]\d))?\s*([ap]"
    r"\.?m\.?)?",
                    re.IGNORECASE)
_OFFSET = re.compile(r"^\s*(?:GMT|UTC)?\s*([+-])(\d\d):?(\d\d)(?!\d)")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class FoundDate:
    """A date found in text, with where it was."""

    start: int
    end: int
    value: date


def london_date(moment: datetime) -> date:
    """The Europe/London calendar date of an aware datetime."""
    return moment.astimezone(LONDON).date()


def _weekday_index(word: str | None) -> int | None:
    if not word:
        return None
    key = word[:3].lower()
    return _WEEKDAYS.index(key) if key in _WEEKDAYS else None


def _parse(text: str, year: int) -> date | None:
    try:
        value = dateparser.parse(text, dayfirst=True, default=datetime(year, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    if value is None or not 1990 <= value.year <= 2100:
        return None
    return value.date()


def _yearless(day_month: str, weekday: int | None, ref: date | None) -> date | None:
    if ref is None:
        return None
    best: date | None = None
    best_key: tuple[int, int] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        candidate = _parse(day_month, year)
        if candidate is None:
            continue
        mismatch = 0 if weekday is None or candidate.weekday() == weekday else 1
        key = (mismatch, abs((candidate - ref).days))
        if best_key is None or key < best_key:
            best, best_key = candidate, key
    return best


def _make(year: str, month: str, day: str) -> date | None:
    try:
        value = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return value if 1990 <= value.year <= 2100 else None


def _from_match(m: re.Match[str], ref: date | None) -> date | None:
    if m.group("iso"):
        return _make(m.group("iy"), m.group("im"), m.group("id"))
    if m.group("num"):
        year = m.group("ny")
        # Numeric dates are built day-first by hand: no parser gets a chance to swap them.
        return _make("20" + year if len(year) == 2 else year, m.group("nm"), m.group("nd"))
    if m.group("wnum"):
        month = int(m.group("wm"))
        if not 1 <= month <= 12:
            return None
        names = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
        return _yearless(f"{m.group('wd')} {names[month - 1]}", _weekday_index(m.group("ww")), ref)
    if m.group("long"):
        day_month = f"{m.group('ld')} {m.group('lm')}"
        if m.group("ly"):
            return _parse(f"{day_month} {m.group('ly')}", 2000)
        return _yearless(day_month, _weekday_index(m.group("lw")), ref)
    day_month = f"{m.group('ud')} {m.group('um')}"
    if m.group("uy"):
        return _parse(f"{day_month} {m.group('uy')}", 2000)
    return _yearless(day_month, _weekday_index(m.group("uw")), ref)


def find_dates(text: str, ref: date | None) -> list[FoundDate]:
    """Every date written in the text, in order."""
    found: list[FoundDate] = []
    for m in _DATE_RE.finditer(text):
        value = _from_match(m, ref)
        if value is not None:
            found.append(FoundDate(m.start(), m.end(), value))
    return found


def parse_one(text: str, ref: date | None) -> date | None:
    """The first date in a short piece of text (a labelled field's value)."""
    dates = find_dates(text, ref)
    return dates[0].value if dates else None


def parse_datetime(text: str, ref: date | None) -> datetime | None:
    """A date and time from a pasted header ("Sent: 12 January 2027 09:12"), London time."""
    found = find_dates(text, ref)
    if not found:
        return None
    day, rest = found[0].value, text[found[0].end:]
    clock = _CLOCK.search(rest)
    hour = minute = second = 0
    if clock:
        hour, minute = int(clock.group(1)), int(clock.group(2))
        second = int(clock.group(3) or 0)
        meridian = (clock.group(4) or "").lower().replace(".", "")
        if meridian == "pm" and hour < 12:
            hour += 12
        elif meridian == "am" and hour == 12:
            hour = 0
        rest = rest[clock.end():]
    offset = _OFFSET.search(rest)
    zone: tzinfo = LONDON
    if offset:
        sign = 1 if offset.group(1) == "+" else -1
        zone = timezone(sign * timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3))))
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone)
