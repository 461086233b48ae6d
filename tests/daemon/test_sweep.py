"""The rule sweep: statuses follow the date, deemed agreement starts LAR-CAREPLAN, and a
calendar change recomputes open deadlines while met ones keep their history."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import Session, select

from daemon import models as m
from daemon.sweep import RuleSweep
from rules.calendar import WorkingCalendar
from rules.engine import RuleSettings
from tests.daemon.factories import add_child, add_review

CAL = WorkingCalendar(first_year=2020, last_year=2030)


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 8, 0, tzinfo=UTC)


def _deadline(session: Session, rule_id: str) -> m.Deadline:
    return session.exec(select(m.Deadline).where(m.Deadline.rule_id == rule_id)).one()


def _seed_review_with_decisions(engine: Engine, sweep: RuleSweep) -> int:
    """A child whose initial review was held Mon 11 Jan 2027, decisions circulated Wed 13."""
    with Session(engine) as session:
        child = add_child(
            session, looked_after_on=date(2026, 12, 14), notified_on=date(2026, 12, 15)
        )
        add_review(
            session,
            child,
            1,
            held_on=date(2027, 1, 11),
            decisions_on=date(2027, 1, 13),
            full_record_on=date(2027, 1, 20),
        )
        sweep.recompute_child(session, child, date(2027, 1, 14), _at(date(2027, 1, 14)), "seed")
        session.commit()
        assert child.id is not None
        return child.id


def test_deemed_agreement_on_the_day_after_due_starts_the_care_plan_clock(
    engine: Engine,
) -> None:
    """GIVEN decisions circulated Wed 13 Jan 2027 and no reply from the designated manager
    WHEN the sweep runs on the due date (Wed 20 Jan: 13 Jan + 5 working days) and the day after
    THEN LAR-MANAGER is open on the due date, deemed agreed on Thu 21 Jan, and LAR-CAREPLAN
    starts on 20 Jan, due Wed 3 Feb (10 working days)."""
    sweep = RuleSweep(engine, CAL, RuleSettings())
    _seed_review_with_decisions(engine, sweep)
    with Session(engine) as session:
        assert _deadline(session, "LAR-MANAGER").due == date(2027, 1, 20)
        assert _deadline(session, "LAR-CAREPLAN").status == "pending"

    on_due = sweep.run_once(date(2027, 1, 20), _at(date(2027, 1, 20)))
    with Session(engine) as session:
        assert _deadline(session, "LAR-MANAGER").status == "open"

    after = sweep.run_once(date(2027, 1, 21), _at(date(2027, 1, 21)))
    assert after.children_recomputed == 1
    with Session(engine) as session:
        assert _deadline(session, "LAR-MANAGER").status == "deemed_agreed"
        careplan = _deadline(session, "LAR-CAREPLAN")
        assert careplan.status == "open"
        assert careplan.clock_start == date(2027, 1, 20)
        assert careplan.due == date(2027, 2, 3)
        audit = session.exec(
            select(m.Audit).where(m.Audit.rule_id == "LAR-MANAGER", m.Audit.field == "status")
        ).all()
        assert ("open", "deemed_agreed") in [(a.old, a.new) for a in audit]
    assert on_due.status_changes == 0


def test_sweep_is_idempotent_and_moves_open_to_overdue_once(engine: Engine) -> None:
    sweep = RuleSweep(engine, CAL, RuleSettings())
    _seed_review_with_decisions(engine, sweep)
    day = date(2027, 2, 15)
    first = sweep.run_once(day, _at(day))
    second = sweep.run_once(day, _at(day) + timedelta(minutes=15))
    assert first.status_changes > 0
    assert (second.status_changes, second.step_changes, second.children_recomputed) == (0, 0, 0)
    with Session(engine) as session:
        copies = _deadline(session, "LAR-COPIES")  # 20 Jan + 20 working days = Wed 17 Feb
        assert copies.due == date(2027, 2, 17) and copies.status == "open"
        assert _deadline(session, "LAR-CAREPLAN").status == "overdue"  # due 3 Feb


def test_calendar_change_moves_open_due_dates_and_keeps_met_history(engine: Engine) -> None:
    """GIVEN deadlines computed on England's calendar
    WHEN a local closure day (Fri 12 Feb 2027) is added to the configuration
    THEN the open LAR-COPIES due date moves one working day later, with an audit entry,
    and the met LAR-DECISIONS keeps its due date."""
    sweep = RuleSweep(engine, CAL, RuleSettings())
    _seed_review_with_decisions(engine, sweep)
    day = date(2027, 1, 25)
    sweep.run_once(day, _at(day))
    with Session(engine) as session:
        decisions_due = _deadline(session, "LAR-DECISIONS").due

    closed = WorkingCalendar({date(2027, 2, 12): "staff training"}, first_year=2020, last_year=2030)
    result = RuleSweep(engine, closed, RuleSettings()).run_once(day, _at(day))
    assert result.calendar_changed
    with Session(engine) as session:
        copies = _deadline(session, "LAR-COPIES")
        assert copies.due == date(2027, 2, 18)
        moved = session.exec(
            select(m.Audit).where(m.Audit.entity_id == copies.id, m.Audit.field == "due")
        ).all()
        assert [(a.old, a.new) for a in moved] == [("2027-02-17", "2027-02-18")]
        assert "calendar changed" in moved[0].why
        decisions = _deadline(session, "LAR-DECISIONS")
        assert decisions.status == "met" and decisions.due == decisions_due
    # A second sweep on the same calendar recomputes nothing.
    assert not RuleSweep(engine, closed, RuleSettings()).run_once(day, _at(day)).calendar_changed


def test_a_changed_ladder_reworks_every_next_step_once(engine: Engine) -> None:
    """GIVEN deadlines planned with the default ladder (reminder 2 working days before)
    WHEN the configuration changes the reminder to 3 working days before
    THEN the next sweep works out every open deadline's next step again, and the one after
    reads only what the date can change."""
    from rules.engine import RuleSettings as Settings

    sweep = RuleSweep(engine, CAL, RuleSettings())
    _seed_review_with_decisions(engine, sweep)
    day = date(2027, 1, 14)
    sweep.run_once(day, _at(day))
    with Session(engine) as session:
        before = _deadline(session, "LAR-COPIES").next_step_on  # due Wed 17 Feb
    assert before == date(2027, 2, 15)  # reminder: Mon 15 Feb
    changed = RuleSweep(engine, CAL, Settings(reminder_working_days_before=3))
    first = changed.run_once(day, _at(day))
    with Session(engine) as session:
        assert _deadline(session, "LAR-COPIES").next_step_on == date(2027, 2, 12)  # Fri 12 Feb
    assert first.step_changes >= 1
    assert changed.run_once(day, _at(day)).rows_checked == 0
