"""The statutory working-day calendar: which days count, and counting them as rules.md says.

A working day is any day other than a Saturday, a Sunday, Christmas Day, Good Friday or a
bank holiday in England and Wales (Care Planning, Placement and Case Review (England)
Regulations 2010), plus any local closure days the configuration adds. Bank holidays come
from the ``holidays`` package (United Kingdom, subdivision England), which carries the
substitute days and one-off days (coronations, jubilees).

Counting convention (rules.md, "Counting days"):

* "within N working days of D": start the day after D; the Nth working day is the due
  date. D itself never counts, whatever day it is.
* "at least N working days before D": start the day before D and count backwards; the
  Nth working day is the latest date.

The calendar is a sorted array of working-day ordinals, so adding or subtracting working
days is two index look-ups: the rule sweep over 100,000 children needs that.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

import holidays

SATURDAY = 5
# Fixed English names: strftime("%A") would follow the process locale.
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class CalendarRangeError(ValueError):
    """A date falls outside the years the calendar was built for."""


@dataclass(frozen=True, slots=True)
class NonWorkingDay:
    day: date
    reason: str  # "Saturday", "Sunday", a holiday's name, or "local closure: <why>"


def england_holidays(first_year: int, last_year: int) -> dict[date, str]:
    """Bank holidays in England (with Christmas Day and Good Friday) for the years given."""
    source = holidays.country_holidays("GB", subdiv="ENG", years=range(first_year, last_year + 1))
    return {day: str(name) for day, name in source.items()}


class WorkingCalendar:
    """Working days between ``first_year`` and ``last_year`` inclusive.

    ``closures`` maps extra non-working dates (local closure days) to a reason.
    ``holiday_table`` replaces the ``holidays`` package's table (tests, or a pinned copy).
    """

    def __init__(
        self,
        closures: Mapping[date, str] | Iterable[date] = (),
        *,
        first_year: int = 2010,
        last_year: int = 2045,
        holiday_table: Mapping[date, str] | None = None,
    ) -> None:
        if last_year < first_year:
            raise ValueError(f"calendar years reversed: {first_year} > {last_year}")
        self.first_year = first_year
        self.last_year = last_year
        table = dict(
            holiday_table if holiday_table is not None else england_holidays(first_year, last_year)
        )
        closure_map: dict[date, str] = (
            dict(closures) if isinstance(closures, Mapping) else {d: "" for d in closures}
        )
        self.holidays: dict[date, str] = {
            d: name for d, name in table.items() if first_year <= d.year <= last_year
        }
        self.closures: dict[date, str] = {
            d: (f"local closure: {why}" if why else "local closure")
            for d, why in closure_map.items()
        }
        start = date(first_year, 1, 1).toordinal()
        end = date(last_year, 12, 31).toordinal()
        self._lo = start
        self._hi = end
        self._working: list[int] = [o for o in range(start, end + 1) if self._is_working_ordinal(o)]
        self._working_set = frozenset(self._working)

    def _is_working_ordinal(self, ordinal: int) -> bool:
        day = date.fromordinal(ordinal)
        return day.weekday() < SATURDAY and day not in self.holidays and day not in self.closures

    def _check(self, day: date) -> None:
        if not self._lo <= day.toordinal() <= self._hi:
            raise CalendarRangeError(
                f"{day.isoformat()} is outside the working-day calendar "
                f"({self.first_year}-{self.last_year}); widen calendar years in the config"
            )

    @cached_property
    def fingerprint(self) -> str:
        """A short hash of every non-working weekday: changes when holidays or closures do.
        Computed once: the working days are fixed when the calendar is built."""
        digest = hashlib.sha256()
        for ordinal in range(self._lo, self._hi + 1):
            if ordinal not in self._working_set and date.fromordinal(ordinal).weekday() < SATURDAY:
                digest.update(ordinal.to_bytes(4, "big"))
        return digest.hexdigest()[:16]

    def is_working_day(self, day: date) -> bool:
        self._check(day)
        return day.toordinal() in self._working_set

    def why_not_working(self, day: date) -> str | None:
        """None for a working day, else the reason (weekend, holiday name, closure)."""
        self._check(day)
        if day.toordinal() in self._working_set:
            return None
        if day in self.closures:
            return self.closures[day]
        if day in self.holidays:
            return self.holidays[day]
        return DAY_NAMES[day.weekday()]

    def add_working_days(self, start: date, n: int) -> date:
        """The Nth working day after ``start`` ("within N working days of start").

        ``start`` itself never counts. n=0 returns ``start`` unchanged.
        """
        if n < 0:
            return self.subtract_working_days(start, -n)
        if n == 0:
            return start
        self._check(start)
        first_after = bisect_right(self._working, start.toordinal())
        index = first_after + n - 1
        if index >= len(self._working):
            raise CalendarRangeError(
                f"{n} working days after {start.isoformat()} is past {self.last_year}"
            )
        return date.fromordinal(self._working[index])

    def subtract_working_days(self, before: date, n: int) -> date:
        """The Nth working day before ``before`` ("at least N working days before").

        ``before`` itself never counts. n=0 returns ``before`` unchanged.
        """
        if n < 0:
            return self.add_working_days(before, -n)
        if n == 0:
            return before
        self._check(before)
        last_before = bisect_left(self._working, before.toordinal()) - 1
        index = last_before - n + 1
        if index < 0:
            raise CalendarRangeError(
                f"{n} working days before {before.isoformat()} is before {self.first_year}"
            )
        return date.fromordinal(self._working[index])

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]: how many a clock from ``start`` has used by ``end``.

        Negative when ``end`` is before ``start``.
        """
        if end < start:
            return -self.working_days_between(end, start)
        self._check(start)
        self._check(end)
        return bisect_right(self._working, end.toordinal()) - bisect_right(
            self._working, start.toordinal()
        )

    def latest_working_day(self, day: date) -> date:
        """``day`` if it is a working day, else the last working day before it."""
        self._check(day)
        if day.toordinal() in self._working_set:
            return day
        return self.subtract_working_days(day, 1)

    def next_working_day(self, day: date) -> date:
        """The first working day after ``day``."""
        return self.add_working_days(day, 1)

    def non_working_days(self, start: date, end: date) -> list[NonWorkingDay]:
        """Every non-working day in (start, end], with its reason, for explanations."""
        lo, hi = (start, end) if start <= end else (end, start)
        out: list[NonWorkingDay] = []
        day = lo + timedelta(days=1)
        while day <= hi:
            reason = self.why_not_working(day)
            if reason is not None:
                out.append(NonWorkingDay(day, reason))
            day += timedelta(days=1)
        return out
