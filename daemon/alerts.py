"""Alerts to the administrator: never fail silently.

An alert is logged at WARNING and queued as a mail in the outbox table (the outbox sends
it), at most once per alert key and Europe/London day. Alert texts carry ledger ids and
reasons, never a child's name.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from email.utils import make_msgid

from sqlalchemy import Engine
from sqlmodel import Session, col, func, select

from daemon import models as m
from daemon.clock import LONDON, Clock, london_date
from rules.calendar import WorkingCalendar

log = logging.getLogger(__name__)

WORKDAY_START_HOUR = 9
WORKDAY_END_HOUR = 17


def working_hours_between(start: datetime, end: datetime, calendar: WorkingCalendar) -> float:
    """Hours between two instants that fall 09:00-17:00 Europe/London on working days."""
    if end <= start:
        return 0.0
    total = 0.0
    day = start.astimezone(LONDON).date()
    last = end.astimezone(LONDON).date()
    while day <= last:
        if calendar.is_working_day(day):
            open_at = datetime(day.year, day.month, day.day, WORKDAY_START_HOUR, tzinfo=LONDON)
            close_at = datetime(day.year, day.month, day.day, WORKDAY_END_HOUR, tzinfo=LONDON)
            lo, hi = max(start, open_at), min(end, close_at)
            if hi > lo:
                total += (hi - lo).total_seconds() / 3600
        day += timedelta(days=1)
    return total


class Alerts:
    def __init__(
        self,
        engine: Engine,
        clock: Clock,
        administrator: str,
        sender: str,
        quiet_working_hours: int,
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.administrator = administrator
        self.sender = sender
        self.quiet_working_hours = quiet_working_hours

    def raise_alert(self, key: str, text: str) -> bool:
        """Log and queue one alert; False when the same key was already raised today."""
        now = self.clock.now()
        mail_key = f"alert:{key}:{london_date(now).isoformat()}"
        log.warning("alert %s: %s", key, text)
        with Session(self.engine) as session:
            exists = session.exec(
                select(m.OutboxMessage.id).where(m.OutboxMessage.key == mail_key)
            ).first()
            if exists is not None:
                return False
            domain = self.sender.rsplit("@", 1)[-1]
            session.add(
                m.OutboxMessage(
                    key=mail_key,
                    template="admin_alert",
                    to_addrs=self.administrator,
                    subject_line=f"[caseclock alert] {key}",
                    body_text=f"{text}\n\nRaised {now.astimezone(LONDON):%Y-%m-%d %H:%M} "
                    "(Europe/London). See 'caseclock status' on the server.",
                    message_id=make_msgid("caseclock-alert", domain=domain),
                    status="queued",
                    created_at=now,
                )
            )
            session.commit()
        return True

    def mailbox_event(self, kind: str, text: str) -> None:
        """Told by ingest of a quarantined mail or a changed UIDVALIDITY."""
        self.raise_alert(kind, text)

    def check_quiet_intake(self, engine: Engine, now: datetime, calendar: WorkingCalendar) -> bool:
        """Alert when no mail has arrived for the configured number of working hours."""
        with Session(engine) as session:
            last = session.exec(select(func.max(col(m.InboundMessage.received_at)))).one()
        if last is None:
            return False
        quiet = working_hours_between(last, now, calendar)
        if quiet < self.quiet_working_hours:
            return False
        return self.raise_alert(
            "quiet-intake",
            f"No mail has reached the IRO mailbox for {quiet:.0f} working hours "
            f"(since {last.astimezone(LONDON):%Y-%m-%d %H:%M}). Is forwarding still set up?",
        )
