"""The running service: one asyncio process, the mailbox watched from one worker thread,
the rule sweep and the daily job on APScheduler 3 (Europe/London).

The watcher thread owns its IMAP connection (imapclient is not thread-safe): it takes in
what is there, waits for more (IDLE, or polling), and reconnects after any connection
error with exponential backoff and jitter. A stop request is seen within a few seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlmodel import Session, select

from daemon import models as m
from daemon.alerts import Alerts
from daemon.app import App
from daemon.clock import LONDON, Clock, today
from daemon.ingest import Ingest
from daemon.mailbox import MailboxConnectionError, MailSource
from daemon.outbox_queue import OutboxPlanner, OutboxSender, make_transport
from daemon.record import RecordError, record_fact
from outbox import Renderer

log = logging.getLogger(__name__)

# A stop request is noticed at least this often, whatever the mailbox is doing.
WAIT_SLICE_S = 2.0
LOGIN_FAILURES_BEFORE_ALERT = 3


@dataclass
class Backoff:
    """Exponential backoff with full jitter, capped; reset after a success."""

    base_s: float = 1.0
    cap_s: float = 300.0
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self) -> float:
        self.failures += 1
        return float(self.rng.uniform(0, min(self.cap_s, self.base_s * 2**self.failures)))

    def reset(self) -> None:
        self.failures = 0


class MailboxWatcher:
    """Runs in its own thread: ingest, wait, repeat; reconnect on connection errors."""

    def __init__(
        self,
        make_source: Callable[[], MailSource],
        make_ingest: Callable[[MailSource], Ingest],
        poll_seconds: float,
        alerts: Alerts,
        stop: threading.Event,
    ) -> None:
        self.make_source = make_source
        self.make_ingest = make_ingest
        self.poll_seconds = poll_seconds
        self.alerts = alerts
        self.stop = stop
        self.backoff = Backoff()
        self.last_intake: datetime | None = None
        self.passes = 0

    def run(self) -> None:
        while not self.stop.is_set():
            source = self.make_source()
            try:
                source.open()
                self.backoff.reset()
                ingest = self.make_ingest(source)
                try:
                    while not self.stop.is_set():
                        result = ingest.run_once()
                        self.passes += 1
                        if result.handled:
                            self.last_intake = ingest.clock.now()
                        self._wait(source)
                finally:
                    ingest.close()
            except MailboxConnectionError as err:
                delay = self.backoff.next_delay()
                log.warning("mailbox: %s; reconnecting in %.1f s", err, delay)
                if self.backoff.failures == LOGIN_FAILURES_BEFORE_ALERT:
                    self.alerts.raise_alert(
                        "mailbox-connection",
                        f"caseclock cannot reach the mailbox "
                        f"({self.backoff.failures} tries): {err}",
                    )
                self.stop.wait(delay)
            finally:
                with contextlib.suppress(MailboxConnectionError):
                    source.close()

    def _wait(self, source: MailSource) -> None:
        """Wait for new mail in slices, so a stop request is seen promptly."""
        waited = 0.0
        budget = self.poll_seconds if not source.supports_idle else 25 * 60.0
        while not self.stop.is_set() and waited < budget:
            if source.wait_for_mail(min(WAIT_SLICE_S, budget - waited)):
                return
            waited += WAIT_SLICE_S


class Service:
    def __init__(
        self,
        app: App,
        clock: Clock,
        make_source: Callable[[], MailSource],
        alerts: Alerts,
    ) -> None:
        self.app = app
        self.clock = clock
        self.make_source = make_source
        self.alerts = alerts
        self.stop_watcher = threading.Event()
        config = app.config
        self.renderer = Renderer(config.outbox.templates_dir)
        self.renderer.check()  # a missing or broken template stops start-up, naming it
        self.planner = OutboxPlanner(
            app.engine, config, app.calendar, app.settings, self.renderer, alerts
        )
        self.sender = OutboxSender(
            app.engine, config, make_transport(config), clock, alerts, on_sent=self.mail_sent
        )

    def _make_ingest(self, source: MailSource) -> Ingest:
        return Ingest(
            self.app.engine,
            source,
            self.app.config.mailbox.folders,
            self.app.config.parser_settings(),
            self.app.sweep,
            self.clock,
            on_event=self.alerts.mailbox_event,
        )

    def run_once(self) -> None:
        """Take in what is in the mailbox and sweep, once (``caseclock run --once``)."""
        source = self.make_source()
        source.open()
        ingest = self._make_ingest(source)
        try:
            ingest.run_once()
        finally:
            ingest.close()
            source.close()
        self.sweep_job()
        self.outbox_job()

    def mail_sent(self, mail_id: int) -> None:
        """A sent `iro_named` notice is the action CIP-IRO-NAMED asks for: record it."""
        with Session(self.app.engine) as session:
            mail = session.get(m.OutboxMessage, mail_id)
            if mail is None or mail.template != "iro_named":
                return
            for item in session.exec(
                select(m.OutboxItem).where(
                    m.OutboxItem.outbox_id == mail_id, m.OutboxItem.rule_id == "CIP-IRO-NAMED"
                )
            ).all():
                child = session.get(m.Child, item.child_id)
                if child is None:
                    continue
                try:
                    record_fact(
                        session,
                        child,
                        "iro-details-sent",
                        today(self.clock),
                        by="caseclock",
                        sweep=self.app.sweep,
                        today=today(self.clock),
                        now=self.clock.now(),
                        case_number=item.subject_key,
                        source=mail.message_id,
                    )
                except RecordError as err:
                    log.warning("sent mail %d: %s", mail_id, err)
            session.commit()

    def sweep_job(self) -> None:
        """Keep the deadlines true for today, then queue the mails the ladder owes."""
        now = self.clock.now()
        self.app.sweep.run_once(today(self.clock), now)
        self.planner.run_once(today(self.clock), now)

    def outbox_job(self) -> None:
        """Send what is queued; its own event loop, off the scheduler's."""
        asyncio.run(self.sender.run_once())

    def daily_job(self) -> None:
        """On working days: the intake watchdog (digests come with the outbox)."""
        day = today(self.clock)
        if not self.app.calendar.is_working_day(day):
            return
        self.alerts.check_quiet_intake(self.app.engine, self.clock.now(), self.app.calendar)
        if day.weekday() == 0 or not any(
            self.app.calendar.is_working_day(day - timedelta(days=n))
            for n in range(1, day.weekday() + 1)
        ):
            # The week's first working day: the RAG digest for managers.
            self.planner.queue_digest(day, self.clock.now())

    async def run(self, stop: asyncio.Event) -> None:
        config = self.app.config
        watcher = MailboxWatcher(
            self.make_source,
            self._make_ingest,
            config.mailbox.poll_seconds,
            self.alerts,
            self.stop_watcher,
        )
        thread = threading.Thread(target=watcher.run, name="mailbox-watcher", daemon=True)
        thread.start()
        scheduler = AsyncIOScheduler(timezone=LONDON)
        common = {"coalesce": True, "max_instances": 1, "misfire_grace_time": 300}
        scheduler.add_job(
            self._in_thread(self.sweep_job),
            "interval",
            minutes=config.schedule.sweep_minutes,
            next_run_time=datetime.now(LONDON) + timedelta(seconds=1),
            id="sweep",
            **common,
        )
        scheduler.add_job(
            self._in_thread(self.outbox_job),
            "interval",
            seconds=config.schedule.outbox_seconds,
            next_run_time=datetime.now(LONDON) + timedelta(seconds=5),
            id="outbox",
            **common,
        )
        scheduler.add_job(
            self._in_thread(self.daily_job),
            CronTrigger(
                day_of_week="mon-fri",
                hour=config.schedule.daily_at.hour,
                minute=config.schedule.daily_at.minute,
                timezone=LONDON,
            ),
            id="daily",
            **common,
        )
        scheduler.start()
        log.info("caseclock running: mailbox watcher and scheduler started")
        try:
            await stop.wait()
        finally:
            scheduler.shutdown(wait=False)
            self.stop_watcher.set()
            await asyncio.to_thread(thread.join, 8.0)
            if thread.is_alive():
                log.warning("mailbox watcher did not stop in time")
            log.info("caseclock stopped")

    @staticmethod
    def _in_thread(job: Callable[[], None]) -> Callable[[], object]:
        """Run a blocking job off the event loop, logging (not raising) its failure."""

        async def runner() -> None:
            try:
                await asyncio.to_thread(job)
            except Exception:  # one job's failure must not stop the scheduler
                log.exception("scheduled job %s failed", getattr(job, "__name__", job))

        return runner
