"""The case store: engine set-up, migrations, and the bridge between rows and rule state.

SQLite (the default; WAL and foreign keys on) or PostgreSQL, by URL. The schema is made
and upgraded only by the Alembic migrations in ``daemon/migrations``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlmodel import Session, col, select

from daemon import models as m
from rules.engine import Deadline as RuleDeadline
from rules.engine import Status
from rules.state import (
    CaseState,
    CeasingState,
    CourtDocumentState,
    EventState,
    Fact,
    ProceedingsState,
    ReferralState,
    ReviewState,
)

MIGRATIONS = Path(__file__).parent / "migrations"


class StoreError(RuntimeError):
    """The store cannot be opened or is not at the schema this code needs."""


def make_engine(url: str) -> Engine:
    """An engine for ``url``; for SQLite the file's folder is made and WAL switched on."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def _alembic_config(engine: Engine) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def migrate(engine: Engine) -> None:
    """Upgrade the schema to the newest migration."""
    config = _alembic_config(engine)
    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            # The sqlite3 driver opens a transaction only before INSERT/UPDATE/DELETE, so a
            # CREATE TABLE would commit at once, and a service killed during its first
            # start would leave half a schema it cannot start on. One explicit
            # transaction makes the migration and its version stamp all or nothing.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def schema_status(engine: Engine) -> tuple[str | None, str | None]:
    """(the database's revision, the newest revision this code knows)."""
    head = ScriptDirectory.from_config(_alembic_config(engine)).get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    return current, head


def require_current_schema(engine: Engine) -> None:
    current, head = schema_status(engine)
    if current != head:
        raise StoreError(
            f"database schema is at {current or 'nothing'}, this caseclock needs {head}: "
            "run 'caseclock migrate'"
        )


# ---- rows -> rule state ----------------------------------------------------------------


def _fact(on: date | None, src: str | None) -> Fact | None:
    return Fact(on, src) if on is not None else None


def _review_state(review: m.Review, adjournments: Sequence[m.Adjournment]) -> ReviewState:
    return ReviewState(
        sequence=review.sequence,
        booked_for=review.booked_for,
        booked=_fact(review.booked_on, review.booked_src),
        invitations=_fact(review.invitations_on, review.invitations_src),
        consultation=_fact(review.consultation_on, review.consultation_src),
        reports=_fact(review.reports_on, review.reports_src),
        held=_fact(review.held_on, review.held_src),
        with_meeting=review.with_meeting,
        adjournments=tuple(
            Fact(a.adjourned_on, a.src)
            for a in sorted(adjournments, key=lambda a: (a.adjourned_on, a.id or 0))
        ),
        decisions=_fact(review.decisions_on, review.decisions_src),
        full_record=_fact(review.full_record_on, review.full_record_src),
        copies_sent=_fact(review.copies_sent_on, review.copies_sent_src),
        manager_response=_fact(review.manager_response_on, review.manager_response_src),
        manager_agreed=review.manager_agreed,
        care_plan_updated=_fact(review.care_plan_updated_on, review.care_plan_updated_src),
        pir_updated=review.pir_updated,
        placement_meeting=_fact(review.placement_meeting_on, review.placement_meeting_src),
        sent_to_guardian=_fact(review.sent_to_guardian_on, review.sent_to_guardian_src),
    )


def _document_state(doc: m.Document) -> CourtDocumentState:
    name = doc.subtype and f"{doc.subtype}_{doc.kind}" if doc.kind == "court_care_plan" else None
    return CourtDocumentState(
        key=f"doc-{doc.id}",
        document=name or doc.subtype or doc.kind,
        filing_due=doc.filing_due,
        filed=_fact(doc.document_date, doc.received_src),
        received=_fact(doc.received_on, doc.received_src),
    )


COURT_DOCUMENT_KINDS = frozenset(
    {"court_care_plan", "court_directions", "expert_report", "guardian_report", "judgment"}
)


def case_state(session: Session, child: m.Child) -> CaseState:
    """Everything the rules need about one child, read from the store."""
    child_id = child.id
    reviews = session.exec(select(m.Review).where(m.Review.child_id == child_id)).all()
    review_ids = [r.id for r in reviews]
    adjournments: dict[int, list[m.Adjournment]] = {}
    if review_ids:
        for adj in session.exec(
            select(m.Adjournment).where(
                col(m.Adjournment.review_id).in_(review_ids),
                m.Adjournment.refused == False,  # noqa: E712  (SQL comparison)
            )
        ):
            adjournments.setdefault(adj.review_id, []).append(adj)
    proceedings = session.exec(
        select(m.Proceedings).where(m.Proceedings.child_id == child_id)
    ).all()
    documents = session.exec(select(m.Document).where(m.Document.child_id == child_id)).all()
    people = session.exec(
        select(m.CasePerson).where(m.CasePerson.child_id == child_id, m.CasePerson.active)
    ).all()
    events = session.exec(select(m.Event).where(m.Event.child_id == child_id)).all()
    referrals = session.exec(select(m.Referral).where(m.Referral.child_id == child_id)).all()
    ceasings = session.exec(select(m.Ceasing).where(m.Ceasing.child_id == child_id)).all()

    def proceedings_state(p: m.Proceedings) -> ProceedingsState:
        docs = tuple(
            _document_state(d)
            for d in documents
            if d.proceedings_id == p.id and d.kind in COURT_DOCUMENT_KINDS
        )
        return ProceedingsState(
            case_number=p.case_number,
            first_court_email=_fact(p.first_court_email_on, p.first_court_email_src),
            guardian_named=_fact(p.guardian_named_on, p.guardian_named_src),
            iro_details_sent=_fact(p.iro_details_sent_on, p.iro_details_sent_src),
            cmh=p.cmh,
            cmh_known=_fact(p.cmh_known_on, p.cmh_known_src),
            irh=p.irh,
            final_hearing=p.final_hearing,
            guardian_iro_contact=_fact(p.guardian_iro_contact_on, p.guardian_iro_contact_src),
            ended=_fact(p.ended_on, p.ended_src),
            final_order=p.final_order,
            handover=_fact(p.handover_on, p.handover_src),
            closing_meeting_needed=p.closing_meeting_needed,
            closing_meeting=_fact(p.closing_meeting_on, p.closing_meeting_src),
            documents=docs,
        )

    return CaseState(
        child_key=child.la_ref or f"child-{child_id}",
        la_ref=child.la_ref,
        initials=child.initials,
        dob=child.dob,
        looked_after=_fact(child.looked_after_on, child.looked_after_src),
        notified=_fact(child.notified_on, child.notified_src),
        iro_allocated=any(p.role == "iro" for p in people),
        iro_allocated_on=min(
            (p.since for p in people if p.role == "iro" and p.since), default=None
        ),
        long_term_foster_from=child.long_term_foster_from,
        permanence_achieved=child.permanence_achieved,
        ceased_on=child.ceased_on,
        reviews=tuple(
            _review_state(r, adjournments.get(r.id or -1, []))
            for r in sorted(reviews, key=lambda r: r.sequence)
        ),
        proceedings=tuple(proceedings_state(p) for p in proceedings),
        events=tuple(
            EventState(
                key=f"event-{e.id}",
                subtype=e.subtype,
                received=Fact(e.received_on, e.received_src),
                considered=_fact(e.considered_on, e.considered_src),
            )
            for e in events
        ),
        referrals=tuple(
            ReferralState(
                key=f"referral-{r.id}",
                referred=Fact(r.referred_on, r.referred_src),
                decision=_fact(r.decision_on, r.decision_src),
            )
            for r in referrals
        ),
        ceasings=tuple(
            CeasingState(
                key=f"ceasing-{c.id}",
                received=Fact(c.received_on, c.received_src),
                approvals=frozenset(role for role, _ in approval_roles(c.approvals)),
                named_on=tuple((role, on) for role, on in approval_roles(c.approvals) if on),
            )
            for c in ceasings
        ),
    )


def approval_roles(stored: str) -> list[tuple[str, date | None]]:
    """The ceasing row's approvals: "role" named in the ceasing mail, "role:YYYY-MM-DD" named
    by a later mail about the same ceasing."""
    out: list[tuple[str, date | None]] = []
    for item in filter(None, stored.split(",")):
        role, _, on = item.partition(":")
        out.append((role, date.fromisoformat(on) if on else None))
    return out


# ---- rule output -> rows ------------------------------------------------------------------


def audit(
    session: Session,
    *,
    at: datetime,
    why: str,
    entity: str,
    entity_id: int | None = None,
    child_id: int | None = None,
    message_id: int | None = None,
    rule_id: str | None = None,
    field: str | None = None,
    old: object = None,
    new: object = None,
    actor: str = "caseclock",
) -> None:
    """Write one audit entry; values are stored as their ISO or str form."""

    def text(value: object) -> str | None:
        if value is None:
            return None
        return value.isoformat() if isinstance(value, date) else str(value)

    session.add(
        m.Audit(
            at=at,
            why=why,
            entity=entity,
            entity_id=entity_id,
            child_id=child_id,
            message_id=message_id,
            rule_id=rule_id,
            field=field,
            old=text(old),
            new=text(new),
            actor=actor,
        )
    )


TRACKED_FIELDS = ("status", "clock_start", "due", "met_on", "reason")


@dataclass(frozen=True, slots=True)
class SaveResult:
    created: int = 0
    changed: int = 0
    due_moved: int = 0
    retired: int = 0


def done_steps(rows: Iterable[m.Deadline]) -> dict[tuple[str, str], tuple[str, ...]]:
    return {
        (row.rule_id, row.subject_key): tuple(s for s in row.steps_sent.split(",") if s)
        for row in rows
    }


def save_deadlines(
    session: Session,
    child_id: int,
    deadlines: Sequence[RuleDeadline],
    *,
    now: datetime,
    why: str,
    message_id: int | None = None,
    keep_final: bool = False,
    existing: Sequence[m.Deadline] | None = None,
) -> SaveResult:
    """Upsert a child's deadlines, auditing every change to a tracked field.

    ``keep_final``: leave met and closed deadlines untouched (a calendar change must not
    rewrite history). A due date that moves re-arms the ladder.
    """
    rows = (
        list(existing)
        if existing is not None
        else list(session.exec(select(m.Deadline).where(m.Deadline.child_id == child_id)).all())
    )
    by_key = {(row.rule_id, row.subject_key): row for row in rows}
    created = changed = moved = retired = 0
    seen: set[tuple[str, str]] = set()
    for d in deadlines:
        seen.add(d.key)
        values: dict[str, Any] = {
            "status": d.status.value,
            "clock_start": d.clock_start,
            "due": d.due,
            "met_on": d.met_on,
            "reason": d.reason or None,
        }
        row = by_key.get(d.key)
        if row is None:
            row = m.Deadline(
                child_id=child_id,
                rule_id=d.rule_id,
                subject_type=d.subject_type,
                subject_key=d.subject_key,
                started_by=d.started_by,
                latest_working_day=d.latest_working_day,
                met_by=d.met_by,
                next_step=d.next_step.name if d.next_step else None,
                next_step_on=d.next_step.on if d.next_step else None,
                updated_at=now,
                **values,
            )
            session.add(row)
            session.flush()
            audit(
                session,
                at=now,
                why=why,
                entity="deadline",
                entity_id=row.id,
                child_id=child_id,
                message_id=message_id,
                rule_id=d.rule_id,
                field="status",
                new=d.status.value,
            )
            created += 1
            continue
        if keep_final and row.status not in {
            s.value for s in (Status.PENDING, Status.OPEN, Status.OVERDUE)
        }:
            continue
        touched = False
        for name, value in values.items():
            old = getattr(row, name)
            if old != value:
                setattr(row, name, value)
                audit(
                    session,
                    at=now,
                    why=why,
                    entity="deadline",
                    entity_id=row.id,
                    child_id=child_id,
                    message_id=message_id,
                    rule_id=d.rule_id,
                    field=name,
                    old=old,
                    new=value,
                )
                touched = True
                if name == "due" and old is not None and row.steps_sent:
                    # The ladder re-arms when, and only when, its due date moves.
                    audit(
                        session,
                        at=now,
                        why="due date moved: ladder re-armed",
                        entity="deadline",
                        entity_id=row.id,
                        child_id=child_id,
                        message_id=message_id,
                        rule_id=d.rule_id,
                        field="steps_sent",
                        old=row.steps_sent,
                        new="",
                    )
                    row.steps_sent = ""
                if name == "due" and old is not None:
                    moved += 1
        # Set only what differs: an ORM attribute set costs even when the value is equal.
        for name, value in (
            ("started_by", d.started_by),
            ("met_by", d.met_by),
            ("latest_working_day", d.latest_working_day),
            ("next_step", d.next_step.name if d.next_step else None),
            ("next_step_on", d.next_step.on if d.next_step else None),
        ):
            if getattr(row, name) != value:
                setattr(row, name, value)
        if touched:
            row.updated_at = now
            changed += 1
    for key, row in by_key.items():
        if key not in seen and row.status != Status.NOT_APPLICABLE.value:
            if row.status in (Status.MET.value, Status.MET_LATE.value):
                continue  # a met deadline keeps its history
            audit(
                session,
                at=now,
                why=f"{why}: no longer follows from the case facts",
                entity="deadline",
                entity_id=row.id,
                child_id=child_id,
                message_id=message_id,
                rule_id=row.rule_id,
                field="status",
                old=row.status,
                new=Status.NOT_APPLICABLE.value,
            )
            row.status = Status.NOT_APPLICABLE.value
            row.reason = "no longer follows from the case facts"
            row.updated_at = now
            retired += 1
    return SaveResult(created, changed, moved, retired)
