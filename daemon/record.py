"""Facts a person records, or caseclock records of its own mail: things no inbound email
carries (copies sent by the review unit, a guardian's call to the IRO, a meeting held).

Each is written like a fact from a mail (date and source together), audited with who
recorded it, and the child's deadlines are recomputed at once, so a met deadline stops
its ladder before the next chaser.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from sqlmodel import Session, col, select

from daemon import models as m
from daemon.store import audit
from daemon.sweep import RuleSweep

Holder = Literal["review", "proceedings", "event", "child"]


@dataclass(frozen=True, slots=True)
class Recordable:
    holder: Holder
    field: str  # the fact's name: <field>_on and <field>_src on the holder
    rule: str  # the rule it meets, for the reader
    what: str
    date_attr: str | None = None  # when the holder names its date otherwise
    first_unheld: bool = False  # which review by default: the first not yet held
    has_source: bool = True  # a holder without a <field>_src keeps the source in the audit

    @property
    def attributes(self) -> tuple[str, str | None]:
        """The holder's date attribute and its source attribute (None: audit only)."""
        return (
            self.date_attr or f"{self.field}_on",
            f"{self.field}_src" if self.has_source else None,
        )


RECORDABLE: dict[str, Recordable] = {
    # A review's record both says it was held and meets LAR-DECISIONS; when the record is
    # late, the IRO records the holding so that the decisions' own clock can be chased.
    "review-held": Recordable("review", "held", "LAR-DECISIONS", "review held", first_unheld=True),
    "copies-sent": Recordable("review", "copies_sent", "LAR-COPIES", "copies of the record sent"),
    "sent-to-guardian": Recordable(
        "review", "sent_to_guardian", "CIP-REVIEW-TO-GUARDIAN", "review record sent to guardian"
    ),
    "placement-meeting": Recordable(
        "review", "placement_meeting", "LAR-PLACEMENT-MEETING", "placement planning meeting held"
    ),
    "consultation": Recordable(
        "review", "consultation", "LAR-CONSULT", "child and parents consulted"
    ),
    "invitations": Recordable("review", "invitations", "LAR-INVITES", "invitations sent"),
    "reports": Recordable("review", "reports", "LAR-REPORTS", "reports for the review received"),
    "care-plan-updated": Recordable(
        "review", "care_plan_updated", "LAR-CAREPLAN", "care plan updated"
    ),
    "guardian-iro-contact": Recordable(
        "proceedings",
        "guardian_iro_contact",
        "CIP-CONTACT-BEFORE-CMH",
        "guardian in contact with the IRO",
    ),
    "iro-details-sent": Recordable(
        "proceedings", "iro_details_sent", "CIP-IRO-NAMED", "named IRO's details sent to Cafcass"
    ),
    "closing-meeting": Recordable(
        "proceedings", "closing_meeting", "CIP-CLOSING-MEETING", "closing meeting held"
    ),
    "handover": Recordable("proceedings", "handover", "CIP-HANDOVER", "guardian's handover"),
    "emergency-considered": Recordable(
        "event", "considered", "LAR-EMERGENCY", "emergency review considered"
    ),
    # §2.2: a designated long-term foster placement may have reviews without a meeting,
    # with one at least yearly (LAR-ANNUAL-MEETING). No mail kind carries the designation.
    "long-term-foster": Recordable(
        "child",
        "long_term_foster",
        "LAR-ANNUAL-MEETING",
        "placement designated long-term foster",
        date_attr="long_term_foster_from",
        has_source=False,
    ),
}


class RecordError(ValueError):
    """What a person asked to record does not fit the case; the message says why."""


def _review(
    session: Session, child: m.Child, sequence: int | None, first_unheld: bool = False
) -> m.Review:
    reviews = session.exec(select(m.Review).where(m.Review.child_id == child.id)).all()
    if sequence is not None:
        for review in reviews:
            if review.sequence == sequence:
                return review
        raise RecordError(f"child #{child.id} has no review {sequence}")
    if first_unheld:
        waiting = [r for r in reviews if r.held_on is None]
        if waiting:
            return min(waiting, key=lambda r: r.sequence)
        raise RecordError(f"child #{child.id} has no booked review waiting to be held")
    held = [r for r in reviews if r.held_on is not None]
    if held:
        return max(held, key=lambda r: r.sequence)
    if reviews:
        return max(reviews, key=lambda r: r.sequence)
    raise RecordError(f"child #{child.id} has no review yet")


def _proceedings(session: Session, child: m.Child, case_number: str | None) -> m.Proceedings:
    rows = session.exec(select(m.Proceedings).where(m.Proceedings.child_id == child.id)).all()
    if case_number is not None:
        wanted = case_number.replace(" ", "").upper()
        for row in rows:
            if row.case_number == wanted:
                return row
        raise RecordError(f"child #{child.id} has no proceedings {wanted}")
    if len(rows) == 1:
        return rows[0]
    open_rows = [r for r in rows if r.ended_on is None]
    if len(open_rows) == 1:
        return open_rows[0]
    raise RecordError(f"child #{child.id} has {len(rows)} proceedings: name one with --case")


def _event(session: Session, child: m.Child) -> m.Event:
    rows = session.exec(
        select(m.Event)
        .where(m.Event.child_id == child.id, col(m.Event.considered_on).is_(None))
        .order_by(col(m.Event.received_on))
    ).all()
    if not rows:
        raise RecordError(f"child #{child.id} has no significant event awaiting an answer")
    return rows[-1]


def record_fact(
    session: Session,
    child: m.Child,
    fact: str,
    on: date,
    *,
    by: str,
    sweep: RuleSweep,
    today: date,
    now: datetime,
    review: int | None = None,
    case_number: str | None = None,
    source: str | None = None,
) -> str:
    """Record one fact for a child and recompute its deadlines; returns what was done.

    The caller commits. ``by`` is who recorded it (a person, or caseclock itself).
    """
    try:
        kind = RECORDABLE[fact]
    except KeyError:
        known = ", ".join(sorted(RECORDABLE))
        raise RecordError(f"cannot record {fact!r}: one of {known}") from None
    holder: m.Review | m.Proceedings | m.Event | m.Child
    if kind.holder == "review":
        holder = _review(session, child, review, kind.first_unheld)
    elif kind.holder == "proceedings":
        holder = _proceedings(session, child, case_number)
    elif kind.holder == "event":
        holder = _event(session, child)
    else:
        holder = child
    source = source or f"recorded by {by}"
    why = f"{kind.what} ({kind.rule}), recorded by {by}"
    date_attr, source_attr = kind.attributes
    changes: list[tuple[str, object]] = [(date_attr, on)]
    if source_attr is not None:
        changes.append((source_attr, source))
    else:
        why += f" ({source})" if source != f"recorded by {by}" else ""
    for name, value in changes:
        old = getattr(holder, name)
        if old == value:
            continue
        setattr(holder, name, value)
        session.add(holder)
        audit(
            session,
            at=now,
            why=why,
            entity=str(type(holder).__tablename__),
            entity_id=holder.id,
            child_id=child.id,
            field=name,
            old=old,
            new=value,
            actor=by,
        )
    session.flush()
    sweep.recompute_child(session, child, today, now, why)
    return f"{kind.what} on {on.isoformat()} ({kind.rule})"
