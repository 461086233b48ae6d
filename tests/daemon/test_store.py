"""The case store on SQLite and PostgreSQL: schema, state loading, deadline persistence."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from alembic.operations import Operations
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from daemon import models as m
from daemon.store import (
    StoreError,
    case_state,
    make_engine,
    migrate,
    require_current_schema,
    save_deadlines,
    schema_status,
)
from rules.calendar import WorkingCalendar
from rules.engine import Status, evaluate_case
from rules.state import Fact
from tests.daemon.factories import NOW, add_child, add_message, add_review

CAL = WorkingCalendar(first_year=2020, last_year=2030)


def test_migration_creates_every_table_at_head(engine: Engine) -> None:
    current, head = schema_status(engine)
    assert current == head == "0001"
    tables = set(inspect(engine).get_table_names())
    expected = {
        "child",
        "case_person",
        "proceedings",
        "document",
        "review",
        "adjournment",
        "event",
        "referral",
        "ceasing",
        "deadline",
        "inbound_message",
        "outbox_message",
        "outbox_item",
        "address_status",
        "audit",
        "meta",
    }
    assert expected <= tables
    migrate(engine)  # running again is a no-op, not an error
    assert schema_status(engine) == ("0001", "0001")


def test_a_migration_that_fails_half_way_leaves_nothing_behind(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first start killed (here: failing) during the migration must not leave half a
    schema: the next start migrates from nothing and runs."""
    engine = make_engine(db_url)
    made: list[str] = []
    real_create_table = Operations.create_table

    def create_then_fail(self: Operations, name: str, *args: object, **kw: object) -> object:
        if len(made) == 3:
            raise RuntimeError("killed half way")
        made.append(name)
        return real_create_table(self, name, *args, **kw)

    monkeypatch.setattr(Operations, "create_table", create_then_fail)
    with pytest.raises(RuntimeError, match="half way"):
        migrate(engine)
    assert len(made) == 3  # three tables were created before the failure ...
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}  # ... and undone
    assert schema_status(engine)[0] is None
    monkeypatch.undo()
    migrate(engine)
    assert schema_status(engine) == ("0001", "0001")
    assert "child" in inspect(engine).get_table_names()
    engine.dispose()


def test_unmigrated_store_is_refused_with_the_fix(tmp_path: object) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/empty.db")
    with pytest.raises(StoreError, match="caseclock migrate"):
        require_current_schema(engine)


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path: object) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/wal.db")
    migrate(engine)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    with Session(engine) as session, pytest.raises(IntegrityError):
        session.add(m.Review(child_id=999_999, sequence=1))
        session.commit()


def test_ledger_is_unique_on_mailbox_folder_uidvalidity_uid(engine: Engine) -> None:
    with Session(engine) as session:
        add_message(session, 7, "<a@example.test>")
        session.commit()
        with pytest.raises(IntegrityError):
            add_message(session, 7, "<b@example.test>")
            session.commit()


def test_case_state_reads_every_fact_back(engine: Engine) -> None:
    with Session(engine) as session:
        child = add_child(
            session,
            looked_after_on=date(2026, 12, 14),
            looked_after_src="<lac@x>",
            notified_on=date(2026, 12, 15),
            notified_src="<lac@x>",
        )
        assert child.id is not None
        review = add_review(
            session,
            child,
            1,
            booked_for=date(2027, 1, 11),
            booked_on=date(2026, 12, 16),
            held_on=date(2027, 1, 11),
            held_src="<rec@x>",
            decisions_on=date(2027, 1, 13),
            decisions_src="<rec@x>",
            pir_updated=False,
        )
        assert review.id is not None
        session.add(
            m.Adjournment(review_id=review.id, adjourned_on=date(2027, 1, 4), src="<adj@x>")
        )
        session.add(
            m.Adjournment(
                review_id=review.id,
                adjourned_on=date(2027, 1, 8),
                refused=True,
                reason="second adjournment",
            )
        )
        proceedings = m.Proceedings(
            child_id=child.id,
            case_number="BM26C50123",
            first_court_email_on=date(2026, 12, 17),
            cmh=date(2027, 1, 20),
            ended_on=date(2027, 6, 1),
            final_order="care_order",
        )
        session.add(proceedings)
        session.flush()
        session.add(
            m.Document(
                child_id=child.id,
                proceedings_id=proceedings.id,
                kind="court_care_plan",
                subtype="final",
                filing_due=date(2027, 5, 3),
            )
        )
        session.add(
            m.CasePerson(child_id=child.id, role="iro", email="iro.one@council.example.gov.uk")
        )
        session.add(m.Event(child_id=child.id, subtype="missing", received_on=date(2027, 2, 1)))
        session.add(m.Referral(child_id=child.id, referred_on=date(2027, 3, 1)))
        session.add(
            m.Ceasing(
                child_id=child.id, received_on=date(2027, 7, 1), approvals="director,group_manager"
            )
        )
        session.commit()

        state = case_state(session, child)
    assert state.la_ref == "1048213"
    assert state.looked_after == Fact(date(2026, 12, 14), "<lac@x>")
    assert state.iro_allocated is True
    (r,) = state.reviews
    assert r.held == Fact(date(2027, 1, 11), "<rec@x>")
    assert r.pir_updated is False
    assert r.adjournments == (Fact(date(2027, 1, 4), "<adj@x>"),)  # the refused one is not a clock
    (p,) = state.proceedings
    assert p.case_number == "BM26C50123" and p.cmh == date(2027, 1, 20)
    (doc,) = p.documents
    assert doc.document == "final_court_care_plan" and doc.filing_due == date(2027, 5, 3)
    assert state.events[0].subtype == "missing"
    assert state.referrals[0].referred.on == date(2027, 3, 1)
    assert state.ceasings[0].approvals == frozenset({"director", "group_manager"})


def _child_with_initial_review(session: Session) -> m.Child:
    child = add_child(session, looked_after_on=date(2026, 12, 14), looked_after_src="<lac@x>")
    add_review(session, child, 1, held_on=date(2027, 1, 11), held_src="<rec@x>")
    session.commit()
    return child


def test_save_deadlines_creates_rows_and_audits_each(engine: Engine) -> None:
    with Session(engine) as session:
        child = _child_with_initial_review(session)
        assert child.id is not None
        message = add_message(session, 1, "<rec@x>")
        deadlines = evaluate_case(case_state(session, child), date(2027, 1, 12), CAL)
        result = save_deadlines(
            session, child.id, deadlines, now=NOW, why="review record", message_id=message.id
        )
        session.commit()
        assert result.created == len(deadlines) > 5
        rows = session.exec(select(m.Deadline).where(m.Deadline.child_id == child.id)).all()
        assert {(r.rule_id, r.subject_key) for r in rows} == {d.key for d in deadlines}
        # "What changed because of message M"
        audited = session.exec(select(m.Audit).where(m.Audit.message_id == message.id)).all()
        assert len(audited) == len(deadlines)
        # Saving the same deadlines again changes nothing and audits nothing.
        again = save_deadlines(session, child.id, deadlines, now=NOW, why="again")
        session.commit()
        assert (again.created, again.changed) == (0, 0)
        assert len(session.exec(select(m.Audit)).all()) == len(deadlines)


def test_moved_due_date_is_audited_and_rearms_the_ladder(engine: Engine) -> None:
    with Session(engine) as session:
        child = _child_with_initial_review(session)
        assert child.id is not None
        save_deadlines(
            session,
            child.id,
            evaluate_case(case_state(session, child), date(2027, 1, 12), CAL),
            now=NOW,
            why="first",
        )
        row = session.exec(select(m.Deadline).where(m.Deadline.rule_id == "LAR-DECISIONS")).one()
        row.steps_sent = "reminder"
        review = session.exec(select(m.Review)).one()
        review.held_on = date(2027, 1, 13)  # the record corrects the date held
        session.commit()
        result = save_deadlines(
            session,
            child.id,
            evaluate_case(case_state(session, child), date(2027, 1, 14), CAL),
            now=NOW + timedelta(days=2),
            why="record corrected",
        )
        session.commit()
        session.refresh(row)
        assert row.due == date(2027, 1, 20)  # Wed 13 Jan + 5 working days
        assert row.steps_sent == ""
        assert result.due_moved >= 1
        moved = session.exec(
            select(m.Audit).where(m.Audit.entity_id == row.id, m.Audit.field == "due")
        ).all()
        assert [(a.old, a.new) for a in moved] == [("2027-01-18", "2027-01-20")]


def test_open_deadlines_due_by_a_date(engine: Engine) -> None:
    with Session(engine) as session:
        child = _child_with_initial_review(session)
        assert child.id is not None
        save_deadlines(
            session,
            child.id,
            evaluate_case(case_state(session, child), date(2027, 1, 12), CAL),
            now=NOW,
            why="first",
        )
        session.commit()
        due_by = date(2027, 2, 5)
        rows = session.exec(
            select(m.Deadline)
            .where(col(m.Deadline.status).in_([Status.OPEN.value, Status.OVERDUE.value]))
            .where(col(m.Deadline.due) <= due_by)
            .order_by(col(m.Deadline.due))
        ).all()
    # No looked_after_start mail was recorded, so LAR-NOTIFY (due Wed 16 Dec) is overdue.
    assert [r.rule_id for r in rows] == ["LAR-NOTIFY", "LAR-DECISIONS", "LAR-FULL-RECORD"]
    assert all(r.due is not None and r.due <= due_by for r in rows)


def test_migrations_match_the_models(engine: Engine) -> None:
    """A model changed without a migration would make autogenerate find differences."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert diff == []
