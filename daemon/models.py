"""The case store's tables (SQLModel), shaped for three questions.

* "All open deadlines due by date D": ``deadline`` is indexed on (status, due).
* "Everything about child X": every case table carries ``child_id``.
* "What changed because of message M": ``audit`` is indexed on ``message_id``.

A fact that starts or meets a clock is stored as a pair of columns: ``<name>_on`` (its
date, Europe/London) and ``<name>_src`` (the Message-ID of the mail that told us, or
"recorded by <who>"), so every deadline can say what started it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Column, Index, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


class Child(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    la_ref: str | None = Field(default=None, unique=True, max_length=32)
    name: str | None = Field(default=None, max_length=200)
    initials: str | None = Field(default=None, max_length=8)
    dob: date | None = None
    legal_status: str | None = Field(default=None, max_length=64)
    team: str | None = Field(default=None, max_length=100)
    looked_after_on: date | None = None
    looked_after_src: str | None = Field(default=None, max_length=255)
    notified_on: date | None = None
    notified_src: str | None = Field(default=None, max_length=255)
    long_term_foster_from: date | None = None
    permanence_achieved: bool = False
    ceased_on: date | None = None
    created_at: datetime


class CasePerson(SQLModel, table=True):
    """A person's role on a child's case: IRO, guardian, social worker, team manager, ..."""

    __tablename__ = "case_person"
    __table_args__ = (UniqueConstraint("child_id", "role", "email"),)
    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", index=True)
    role: str = Field(max_length=32)
    name: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=254)
    phone: str | None = Field(default=None, max_length=40)
    since: date | None = None
    src: str | None = Field(default=None, max_length=255)
    active: bool = True


class Proceedings(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("child_id", "case_number"),)
    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", index=True)
    case_number: str = Field(max_length=16, index=True)
    court: str | None = Field(default=None, max_length=200)
    first_court_email_on: date | None = None
    first_court_email_src: str | None = Field(default=None, max_length=255)
    guardian_named_on: date | None = None
    guardian_named_src: str | None = Field(default=None, max_length=255)
    iro_details_sent_on: date | None = None
    iro_details_sent_src: str | None = Field(default=None, max_length=255)
    cmh: date | None = None
    cmh_known_on: date | None = None
    cmh_known_src: str | None = Field(default=None, max_length=255)
    irh: date | None = None
    final_hearing: date | None = None
    guardian_iro_contact_on: date | None = None
    guardian_iro_contact_src: str | None = Field(default=None, max_length=255)
    ended_on: date | None = None
    ended_src: str | None = Field(default=None, max_length=255)
    final_order: str | None = Field(default=None, max_length=64)
    handover_on: date | None = None
    handover_src: str | None = Field(default=None, max_length=255)
    closing_meeting_needed: bool | None = None
    closing_meeting_on: date | None = None
    closing_meeting_src: str | None = Field(default=None, max_length=255)


class Document(SQLModel, table=True):
    """A document received (or, with ``filing_due`` and no ``received_on``, expected)."""

    __table_args__ = (Index("ix_document_child_kind", "child_id", "kind", "subtype"),)
    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", index=True)
    proceedings_id: int | None = Field(default=None, foreign_key="proceedings.id", index=True)
    kind: str = Field(max_length=40)
    subtype: str | None = Field(default=None, max_length=40)
    document_date: date | None = None
    filing_due: date | None = None
    received_on: date | None = None
    received_src: str | None = Field(default=None, max_length=255)
    sender: str | None = Field(default=None, max_length=254)
    sha256: str | None = Field(default=None, max_length=64, index=True)


class Review(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("child_id", "sequence"),)
    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", index=True)
    sequence: int
    booked_for: date | None = None
    booked_on: date | None = None
    booked_src: str | None = Field(default=None, max_length=255)
    invitations_on: date | None = None
    invitations_src: str | None = Field(default=None, max_length=255)
    consultation_on: date | None = None
    consultation_src: str | None = Field(default=None, max_length=255)
    reports_on: date | None = None
    reports_src: str | None = Field(default=None, max_length=255)
    held_on: date | None = None
    held_src: str | None = Field(default=None, max_length=255)
    with_meeting: bool = True
    decisions_on: date | None = None
    decisions_src: str | None = Field(default=None, max_length=255)
    full_record_on: date | None = None
    full_record_src: str | None = Field(default=None, max_length=255)
    copies_sent_on: date | None = None
    copies_sent_src: str | None = Field(default=None, max_length=255)
    manager_response_on: date | None = None
    manager_response_src: str | None = Field(default=None, max_length=255)
    manager_agreed: bool | None = None
    care_plan_updated_on: date | None = None
    care_plan_updated_src: str | None = Field(default=None, max_length=255)
    pir_updated: bool | None = None
    placement_meeting_on: date | None = None
    placement_meeting_src: str | None = Field(default=None, max_length=255)
    sent_to_guardian_on: date | None = None
    sent_to_guardian_src: str | None = Field(default=None, max_length=255)


class Adjournment(SQLModel, table=True):
    """§9: a review may be adjourned once; a refused second adjournment is kept too."""

    id: int | None = Field(default=None, primary_key=True)
    review_id: int = Field(foreign_key="review.id", index=True)
    adjourned_on: date
    src: str | None = Field(default=None, max_length=255)
    refused: bool = False
    reason: str | None = Field(default=None, max_length=500)


class Event(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", index=True)
    subtype: str = Field(max_length=40)
    event_date: date | None = None
    received_on: date
    received_src: str | None = Field(default=None, max_length=255)
    considered_on: date | None = None
    considered_src: str | None = Field(default=None, max_length=255)


class Referral(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", index=True)
    referred_on: date
    referred_src: str | None = Field(default=None, max_length=255)
    decision_on: date | None = None
    decision_src: str | None = Field(default=None, max_length=255)
    decision: str | None = Field(default=None, max_length=500)


class Ceasing(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", index=True)
    received_on: date
    received_src: str | None = Field(default=None, max_length=255)
    approvals: str = Field(default="", max_length=200)  # comma-separated approver roles
    ceases_on: date | None = None


class Deadline(SQLModel, table=True):
    """One row per rule and subject: the rule sweep's output, kept with its history."""

    __table_args__ = (
        UniqueConstraint("child_id", "rule_id", "subject_key"),
        Index("ix_deadline_status_due", "status", "due"),
        Index("ix_deadline_next_step_on", "next_step_on"),
    )
    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", index=True)
    rule_id: str = Field(max_length=32)
    subject_type: str = Field(max_length=20)
    subject_key: str = Field(max_length=80)
    clock_start: date | None = None
    started_by: str | None = Field(default=None, max_length=255)
    due: date | None = None
    latest_working_day: date | None = None
    status: str = Field(max_length=16)
    met_on: date | None = None
    met_by: str | None = Field(default=None, max_length=255)
    reason: str | None = Field(default=None, max_length=500)
    next_step: str | None = Field(default=None, max_length=40)
    next_step_on: date | None = None
    steps_sent: str = Field(default="", max_length=400)  # comma-separated ladder steps sent
    updated_at: datetime


class InboundMessage(SQLModel, table=True):
    """The ingest ledger: one row per mail seen, keyed on its real identity."""

    __tablename__ = "inbound_message"
    __table_args__ = (UniqueConstraint("mailbox", "folder", "uidvalidity", "uid"),)
    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(max_length=200)
    folder: str = Field(max_length=200)
    # IMAP's are unsigned 32-bit and a Maildir's are 63-bit: both need BIGINT.
    uidvalidity: int = Field(sa_type=BigInteger)
    uid: int = Field(sa_type=BigInteger)
    message_id: str | None = Field(default=None, max_length=998, index=True)
    sha256: str = Field(max_length=64, index=True)
    # Same original content however it arrived (two people forwarding one mail): one change.
    content_key: str | None = Field(default=None, max_length=64, index=True)
    received_at: datetime
    # received (raw kept, not yet applied), applied, triage, quarantined, ignored, duplicate
    status: str = Field(max_length=16, index=True)
    kind: str | None = Field(default=None, max_length=40)
    child_id: int | None = Field(default=None, foreign_key="child.id", index=True)
    attempts: int = 0
    reason: str | None = Field(default=None, sa_column=Column(Text))  # why triage/quarantine
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    facts_json: str | None = Field(default=None, sa_column=Column(Text))
    raw: bytes | None = Field(default=None, sa_column=Column(LargeBinary))


class OutboxMessage(SQLModel, table=True):
    """One outgoing mail. ``key`` makes each mail unique (a digest week, an alert a day);
    the deadlines a mail is about are its ``outbox_item`` rows."""

    __tablename__ = "outbox_message"
    __table_args__ = (Index("ix_outbox_status_next", "status", "next_attempt_at"),)
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=200, unique=True)
    child_id: int | None = Field(default=None, foreign_key="child.id", index=True)
    template: str = Field(max_length=80)
    to_addrs: str = Field(sa_column=Column(Text, nullable=False))
    cc_addrs: str = Field(default="", sa_column=Column(Text, nullable=False))
    subject_line: str = Field(max_length=998)
    body_text: str = Field(sa_column=Column(Text, nullable=False))
    body_html: str | None = Field(default=None, sa_column=Column(Text))
    message_id: str = Field(max_length=255, unique=True)
    in_reply_to: str | None = Field(default=None, max_length=998)
    # queued, sending, sent, dead, cancelled
    status: str = Field(max_length=16)
    attempts: int = 0
    next_attempt_at: datetime | None = None
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime
    sent_at: datetime | None = None


class OutboxItem(SQLModel, table=True):
    """A deadline's ladder step carried by a mail. Unique on (child, rule, subject, step,
    due): a step is never queued twice, and re-arms only when its due date moves."""

    __tablename__ = "outbox_item"
    __table_args__ = (UniqueConstraint("child_id", "rule_id", "subject_key", "step", "due"),)
    id: int | None = Field(default=None, primary_key=True)
    outbox_id: int = Field(foreign_key="outbox_message.id", index=True)
    child_id: int = Field(foreign_key="child.id", index=True)
    rule_id: str = Field(max_length=32)
    subject_key: str = Field(max_length=80)
    step: str = Field(max_length=40)
    due: date


class AddressStatus(SQLModel, table=True):
    """An address that bounced: the administrator is told, the ladder is not stopped."""

    __tablename__ = "address_status"
    address: str = Field(primary_key=True, max_length=254)
    failing_since: datetime
    last_bounce_message_id: int | None = Field(default=None, foreign_key="inbound_message.id")
    reason: str | None = Field(default=None, sa_column=Column(Text))


class Audit(SQLModel, table=True):
    """Every change: what, when, why, and from which message or rule."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    child_id: int | None = Field(default=None, foreign_key="child.id", index=True)
    message_id: int | None = Field(default=None, foreign_key="inbound_message.id", index=True)
    rule_id: str | None = Field(default=None, max_length=32)
    entity: str = Field(max_length=32)
    entity_id: int | None = None
    field: str | None = Field(default=None, max_length=64)
    old: str | None = Field(default=None, sa_column=Column(Text))
    new: str | None = Field(default=None, sa_column=Column(Text))
    why: str = Field(sa_column=Column(Text, nullable=False))
    actor: str = Field(default="caseclock", max_length=100)


class Meta(SQLModel, table=True):
    """Small service state: the calendar fingerprint, the last sweep."""

    key: str = Field(primary_key=True, max_length=400)
    value: str = Field(sa_column=Column(Text, nullable=False))
