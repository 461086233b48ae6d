"""The only place the service reads the wall clock; replay and tests pass a fixed one."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware (UTC)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that says what it is told: for replay and tests."""

    def __init__(self, at: datetime) -> None:
        if at.utcoffset() is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self.at = at

    def now(self) -> datetime:
        return self.at

    def set(self, at: datetime) -> None:
        self.at = at


def london_date(at: datetime) -> date:
    """The Europe/London calendar date of an instant (00:30 BST belongs to that day)."""
    if at.utcoffset() is None:
        raise ValueError("london_date needs a timezone-aware datetime")
    return at.astimezone(LONDON).date()


def today(clock: Clock) -> date:
    return london_date(clock.now())
