"""The rule sweep: keep every stored deadline true for today.

Facts change a child's deadlines when a mail is applied (``recompute_child``). Between
mails only the date moves, so the scheduled sweep reads the deadlines the date can change
(an open clock past its due date, a ladder step come due; every open or overdue one
after a change of the ladder settings), recomputes its status and next ladder step with
the same functions the engine uses, and writes only what changed. Two things make it go
back to the facts: a deadline whose new status starts another clock (deemed agreement
starts LAR-CAREPLAN), and a change to the working-day calendar, which recomputes every
open deadline and audits each due date that moved while met deadlines keep their history.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, and_, bindparam, insert, or_, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, select

from daemon import models as m
from daemon.store import SaveResult, case_state, done_steps, save_deadlines
from rules.calendar import WorkingCalendar
from rules.catalogue import RULES_BY_ID
from rules.engine import (
    RuleSettings,
    ScheduledStep,
    Status,
    evaluate_case,
    ladder_schedule,
    next_step,
    status_on,
)

log = logging.getLogger(__name__)

CALENDAR_KEY = "calendar_fingerprint"
LAST_SWEEP_KEY = "last_sweep"
LADDER_KEY = "ladder_fingerprint"

# A status that, once reached, starts another rule's clock: go back to the facts.
STATUSES_THAT_START_CLOCKS = frozenset({Status.DEEMED_AGREED})


@dataclass(frozen=True, slots=True)
class StatusChange:
    row: int
    child_id: int
    rule_id: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class SweepResult:
    rows_checked: int
    status_changes: int
    step_changes: int
    children_recomputed: int
    calendar_changed: bool

    def summary(self) -> str:
        return (
            f"sweep: {self.rows_checked} live deadlines checked, {self.status_changes} "
            f"status changes, {self.step_changes} next-step changes, "
            f"{self.children_recomputed} children recomputed"
            + (", calendar changed" if self.calendar_changed else "")
        )


class RuleSweep:
    def __init__(self, engine: Engine, calendar: WorkingCalendar, settings: RuleSettings) -> None:
        self.engine = engine
        self.calendar = calendar
        self.settings = settings

    # ---- from the facts ----------------------------------------------------------------

    def recompute_child(
        self,
        session: Session,
        child: m.Child,
        today: date,
        now: datetime,
        why: str,
        message_id: int | None = None,
        keep_final: bool = False,
    ) -> SaveResult:
        """Evaluate every rule for one child from its facts and store the result."""
        assert child.id is not None
        existing = session.exec(select(m.Deadline).where(m.Deadline.child_id == child.id)).all()
        deadlines = evaluate_case(
            case_state(session, child),
            today,
            self.calendar,
            self.settings,
            done_steps=done_steps(existing),
            explain=False,
        )
        return save_deadlines(
            session,
            child.id,
            deadlines,
            now=now,
            why=why,
            message_id=message_id,
            keep_final=keep_final,
            existing=existing,
        )

    def recompute_all(self, today: date, now: datetime, why: str, keep_final: bool) -> int:
        """Every child from its facts; returns how many due dates moved."""
        moved = 0
        with Session(self.engine) as session:
            for child in session.exec(select(m.Child)).all():
                moved += self.recompute_child(
                    session, child, today, now, why, keep_final=keep_final
                ).due_moved
            session.commit()
        return moved

    # ---- by the date -----------------------------------------------------------------

    def _calendar_check(self, today: date, now: datetime) -> bool:
        fingerprint = self.calendar.fingerprint
        with Session(self.engine) as session:
            stored = session.get(m.Meta, CALENDAR_KEY)
            if stored is not None and stored.value == fingerprint:
                return False
            changed = stored is not None
            if stored is None:
                session.add(m.Meta(key=CALENDAR_KEY, value=fingerprint))
            else:
                stored.value = fingerprint
            session.commit()
        if changed:
            moved = self.recompute_all(
                today, now, f"working-day calendar changed (now {fingerprint})", keep_final=True
            )
            log.warning("working-day calendar changed: %d open due dates moved", moved)
        return changed

    def _ladder_changed(self) -> bool:
        """True once after the ladder or reminder settings change: then every live
        deadline's next step is worked out again."""
        fingerprint = repr((self.settings.ladder, self.settings.reminder_working_days_before))
        with Session(self.engine) as session:
            stored = session.get(m.Meta, LADDER_KEY)
            if stored is not None and stored.value == fingerprint:
                return False
            if stored is None:
                session.add(m.Meta(key=LADDER_KEY, value=fingerprint))
            else:
                stored.value = fingerprint
            session.commit()
            return True

    def run_once(self, today: date, now: datetime) -> SweepResult:
        calendar_changed = self._calendar_check(today, now)
        table = m.Deadline.__table__  # type: ignore[attr-defined]
        c = table.c
        # No met_on: an open or overdue deadline has none (a met date makes it met).
        query = sa_select(
            c.id,
            c.child_id,
            c.rule_id,
            c.status,
            c.clock_start,
            c.due,
            c.next_step,
            c.next_step_on,
            c.steps_sent,
        ).where(c.status.in_([Status.OPEN.value, Status.OVERDUE.value]), c.due.is_not(None))
        if not (calendar_changed or self._ladder_changed()):
            # Only what today's date can change: an open clock past its due date, or a
            # ladder step that has come due (a later one may have overtaken it).
            query = query.where(
                or_(
                    and_(c.status == Status.OPEN.value, c.due < today),
                    c.next_step_on <= today,
                )
            )
        status_changes: list[StatusChange] = []
        step_updates: list[dict[str, object]] = []
        recompute: set[int] = set()
        checked = 0
        # Many rows share a rule, clock start, due date and steps sent: work out each one's
        # next step once a sweep (pure functions of these and today).
        upcomings: dict[tuple[str, date, date, str], ScheduledStep | None] = {}
        with Session(self.engine) as session:
            for (
                row_id,
                child_id,
                rule_id,
                status,
                start,
                due,
                step,
                step_on,
                sent,
            ) in session.connection().execute(query):
                checked += 1
                rule = RULES_BY_ID.get(rule_id)
                if rule is None or start is None:
                    continue
                new_status = status_on(rule, due, None, today)
                if new_status.value != status:
                    status_changes.append(
                        StatusChange(row_id, child_id, rule_id, status, new_status.value)
                    )
                    if new_status in STATUSES_THAT_START_CLOCKS:
                        recompute.add(child_id)
                upcoming = None
                if new_status in (Status.OPEN, Status.OVERDUE):
                    key = (rule_id, start, due, sent)
                    if key in upcomings:
                        upcoming = upcomings[key]
                    else:
                        schedule = ladder_schedule(rule, start, due, self.calendar, self.settings)
                        upcoming = upcomings[key] = next_step(
                            schedule, (s for s in sent.split(",") if s), today
                        )
                name = upcoming.name if upcoming else None
                on = upcoming.on if upcoming else None
                if name != step or on != step_on:
                    step_updates.append({"row": row_id, "next_step": name, "next_step_on": on})
            if status_changes:
                session.connection().execute(
                    update(table)
                    .where(c.id == bindparam("row"))
                    .values(status=bindparam("new_status"), updated_at=now),
                    [{"row": u.row, "new_status": u.new} for u in status_changes],
                )
                # The same audit rows as m.Audit objects would give, in one executemany.
                why = f"date reached {today.isoformat()}"
                session.connection().execute(
                    insert(m.Audit.__table__),  # type: ignore[attr-defined]
                    [
                        {
                            "at": now,
                            "child_id": u.child_id,
                            "message_id": None,
                            "rule_id": u.rule_id,
                            "entity": "deadline",
                            "entity_id": u.row,
                            "field": "status",
                            "old": u.old,
                            "new": u.new,
                            "why": why,
                            "actor": "caseclock",
                        }
                        for u in status_changes
                    ],
                )
            if step_updates:
                session.connection().execute(
                    update(table)
                    .where(c.id == bindparam("row"))
                    .values(
                        next_step=bindparam("next_step"), next_step_on=bindparam("next_step_on")
                    ),
                    step_updates,
                )
            for child_id in sorted(recompute):
                child = session.get(m.Child, child_id)
                if child is not None:
                    self.recompute_child(
                        session, child, today, now, "a deadline's status started another clock"
                    )
            stamp = session.get(m.Meta, LAST_SWEEP_KEY)
            if stamp is None:
                session.add(m.Meta(key=LAST_SWEEP_KEY, value=now.isoformat()))
            else:
                stamp.value = now.isoformat()
            session.commit()
        result = SweepResult(
            checked, len(status_changes), len(step_updates), len(recompute), calendar_changed
        )
        log.info(result.summary())
        return result
