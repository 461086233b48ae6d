"""Apply one email's facts to the case records: link it to a child, change what it says,
recompute that child's deadlines, and audit every change against the message.

Linking follows kinds.md's order of strength (our own subject tag, a reply to a mail we
sent, the case number, the LA child reference, the child's name with date of birth) and
links only when exactly one case matches. Untrusted mail, mail that matches no case or
several, and mail too uncertain to act on go to triage and change nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, func, select

from daemon import models as m
from daemon.clock import london_date
from daemon.store import approval_roles, audit
from daemon.sweep import RuleSweep
from parsers.facts import Facts, Person

# A person must settle anything less certain than this.
MIN_CONFIDENCE = 0.5

# Our own reference tag in a subject: [CC-<child reference>-<rule id>].
TAG = re.compile(r"\[CC-(?P<child>[A-Za-z0-9]+)-(?P<rule>[A-Z]+(?:-[A-Z0-9]+)+)\]")

COURT_DOCUMENTS = frozenset(
    {"court_care_plan", "court_directions", "expert_report", "guardian_report", "judgment"}
)
IGNORED_KINDS = frozenset({"auto_reply", "bounce"})
# Kinds that may open a case for a child caseclock does not know yet.
CREATES_CHILD = frozenset({"looked_after_start"})
# A child already in care when the service starts has no looked-after mail: a council mail
# of these kinds, about the child's care itself, with its LA reference opens the case (when
# the child became looked after stays unknown until someone says). News of an event is not
# among them: it waits in triage until the child is known (a mistyped reference there would
# open a child who does not exist, and escalate about it).
OPENS_A_KNOWN_CHILD = frozenset(
    {
        "iro_allocation",
        "review_booking",
        "review_record",
        "ceased_looked_after",
        "cafcass_referral",
        "court_care_plan",
        "manager_response",
    }
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one mail: applied to a child, sent to triage, or ignored."""

    status: str  # applied | triage | ignored
    child_id: int | None = None
    reason: str = ""
    candidates: tuple[int, ...] = ()
    changes: int = 0
    alert: str | None = None  # what the administrator must be told


@dataclass
class Context:
    session: Session
    facts: Facts
    message_row_id: int | None
    now: datetime
    sent_on: date  # the original author's date, Europe/London
    arrived_on: date  # the day the mail reached the mailbox, Europe/London
    changes: int = 0
    notes: list[str] = field(default_factory=list)

    def set(self, row: Any, name: str, value: Any, child_id: int | None, why: str) -> bool:
        """Set one field and audit it; False when it already held that value."""
        old = getattr(row, name)
        if old == value:
            return False
        setattr(row, name, value)
        self.session.add(row)
        if row.id is None:  # only a row not yet written needs a flush to get its id
            self.session.flush()
        audit(
            self.session,
            at=self.now,
            why=why,
            entity=type(row).__tablename__,
            entity_id=row.id,
            child_id=child_id,
            message_id=self.message_row_id,
            field=name,
            old=old,
            new=value,
        )
        self.changes += 1
        return True

    def set_fact(
        self,
        row: Any,
        name: str,
        on: date | None,
        child_id: int | None,
        why: str,
        only_if_empty: bool = False,
    ) -> bool:
        """Set a fact's date ``<name>_on`` and its source ``<name>_src`` together; the
        source changes only with the date, so the same fact told twice changes nothing."""
        if on is None or (only_if_empty and getattr(row, f"{name}_on") is not None):
            return False
        if not self.set(row, f"{name}_on", on, child_id, why):
            return False
        self.set(row, f"{name}_src", self.facts.message_id, child_id, why)
        return True

    def set_if_empty(self, row: Any, name: str, value: Any, child_id: int | None, why: str) -> bool:
        if value is None or getattr(row, name) is not None:
            return False
        return self.set(row, name, value, child_id, why)

    def create(self, row: Any, child_id: int | None, why: str) -> Any:
        self.session.add(row)
        self.session.flush()
        audit(
            self.session,
            at=self.now,
            why=why,
            entity=type(row).__tablename__,
            entity_id=row.id,
            child_id=child_id,
            message_id=self.message_row_id,
            field=None,
            new="created",
        )
        self.changes += 1
        return row


def child_by_reference(session: Session, ref: str) -> m.Child | None:
    """The one child a person's reference names: an LA reference, a case number or #id."""
    ref = ref.strip().rstrip(".,;")
    if ref.startswith("#") and ref[1:].isdigit():
        return session.get(m.Child, int(ref[1:]))
    child = session.exec(select(m.Child).where(m.Child.la_ref == ref)).first()
    if child is not None:
        return child
    ids = set(
        session.exec(
            select(m.Proceedings.child_id).where(
                m.Proceedings.case_number == ref.replace(" ", "").upper()
            )
        ).all()
    )
    return session.get(m.Child, ids.pop()) if len(ids) == 1 else None


def initials_of(name: str | None) -> str | None:
    if not name:
        return None
    letters = [part[0].upper() for part in re.split(r"[\s\-]+", name.strip()) if part]
    return "".join(letters)[:8] or None


def sent_date(facts: Facts, fallback: date) -> date:
    """The original author's date in Europe/London (a forward's inner date). ``fallback`` is
    the day the mail arrived: a mail cannot be sent after it arrived, so a Date header in the
    future (a wrong clock, a typed year) gives way to it."""
    if facts.sent_at:
        try:
            sent = london_date(datetime.fromisoformat(facts.sent_at))
        except ValueError:
            return fallback
        return fallback if sent > fallback + timedelta(days=1) else sent
    return fallback


# ---- linking --------------------------------------------------------------------------


def _children_by_tag(session: Session, facts: Facts) -> set[int]:
    tag = facts.subject_tag or ""
    match = TAG.search(tag if tag.startswith("[") else f"[{tag}]") if tag else None
    if match is None:
        return set()
    ref = match.group("child")
    found = session.exec(select(m.Child.id).where(m.Child.la_ref == ref)).all()
    if not found and ref.isdigit():
        child = session.get(m.Child, int(ref))
        return {child.id} if child and child.id else set()
    return {i for i in found if i is not None}


def _children_by_reply(session: Session, facts: Facts) -> set[int]:
    ids = [i for i in (facts.in_reply_to, *facts.references) if i]
    if not ids:
        return set()
    mails = session.exec(
        select(m.OutboxMessage.id, m.OutboxMessage.child_id).where(
            col(m.OutboxMessage.message_id).in_(ids)
        )
    ).all()
    children = {child for _, child in mails if child is not None}
    mail_ids = [mail_id for mail_id, _ in mails if mail_id is not None]
    if mail_ids:
        children |= set(
            session.exec(
                select(m.OutboxItem.child_id).where(col(m.OutboxItem.outbox_id).in_(mail_ids))
            ).all()
        )
    return children


def _children_by_thread(session: Session, facts: Facts) -> set[int]:
    """A reply in a thread whose earlier mail was applied to a child ("RE: Review decisions
    - Freddie Lomax": the manager's one word, no reference of its own)."""
    ids = [i for i in (facts.in_reply_to, *facts.references) if i]
    if not ids:
        return set()
    return {
        child
        for child in session.exec(
            select(m.InboundMessage.child_id).where(
                col(m.InboundMessage.message_id).in_(ids),
                m.InboundMessage.status == "applied",
            )
        ).all()
        if child is not None
    }


def _children_by_case_number(session: Session, facts: Facts) -> set[int]:
    if not facts.case_number:
        return set()
    rows = session.exec(
        select(m.Proceedings.child_id, m.Child.la_ref)
        .join(m.Child, col(m.Child.id) == m.Proceedings.child_id)
        .where(m.Proceedings.case_number == facts.case_number)
    ).all()
    # One case number covers a sibling group: a mail whose LA reference is another child's
    # is about that sibling, not the child the case number first came with.
    own = facts.child.la_ref
    return {child for child, la_ref in rows if not (own and la_ref and la_ref != own)}


def _children_by_la_ref(session: Session, facts: Facts) -> set[int]:
    if not facts.child.la_ref:
        return set()
    rows = session.exec(select(m.Child.id).where(m.Child.la_ref == facts.child.la_ref)).all()
    return {r for r in rows if r is not None}


def _children_by_name_and_dob(session: Session, facts: Facts) -> set[int]:
    if not facts.child.name or facts.child.dob is None:
        return set()
    rows = session.exec(
        select(m.Child.id).where(
            func.lower(m.Child.name) == facts.child.name.strip().lower(),
            m.Child.dob == facts.child.dob,
        )
    ).all()
    return {r for r in rows if r is not None}


LINKERS: tuple[tuple[str, Callable[[Session, Facts], set[int]]], ...] = (
    ("subject tag", _children_by_tag),
    ("reply to our mail", _children_by_reply),
    ("case number", _children_by_case_number),
    ("LA child reference", _children_by_la_ref),
    ("name and date of birth", _children_by_name_and_dob),
    # Weakest: used only when nothing above names a child, never against it.
    ("reply in a thread taken in", _children_by_thread),
)


@dataclass(frozen=True, slots=True)
class Link:
    child_id: int | None
    how: str
    candidates: tuple[int, ...] = ()
    conflict: bool = False


def link(session: Session, facts: Facts) -> Link:
    """The one child this mail is about, by the strongest evidence; a conflict between
    two pieces of evidence, or two children for one, is left for a person."""
    for how, finder in LINKERS:
        found = finder(session, facts)
        if len(found) > 1:
            return Link(None, how, tuple(sorted(found)), conflict=True)
        if len(found) == 1:
            (child_id,) = found
            # Weaker evidence that names a different child contradicts the link.
            for weaker_how, weaker in LINKERS[[h for h, _ in LINKERS].index(how) + 1 :]:
                if weaker is _children_by_thread:
                    continue  # a thread can drift to another child; it only fills a gap
                other = weaker(session, facts)
                if other and child_id not in other:
                    return Link(
                        None,
                        f"{how} and {weaker_how} disagree",
                        tuple(sorted({child_id, *other})),
                        conflict=True,
                    )
            return Link(child_id, how)
    return Link(None, "nothing matched")


# ---- per kind -------------------------------------------------------------------------


def _child_row(ctx: Context, child_id: int) -> m.Child:
    child = ctx.session.get(m.Child, child_id)
    assert child is not None
    return child


def _fill_child(ctx: Context, child: m.Child) -> None:
    f = ctx.facts
    why = f"{f.kind} mail"
    ctx.set_if_empty(child, "la_ref", f.child.la_ref, child.id, why)
    ctx.set_if_empty(child, "name", f.child.name, child.id, why)
    ctx.set_if_empty(child, "initials", initials_of(f.child.name), child.id, why)
    ctx.set_if_empty(child, "dob", f.child.dob, child.id, why)


def _record_people(
    ctx: Context,
    child_id: int,
    roles: Sequence[str] | None = None,
    people: Sequence[Person] | None = None,
) -> None:
    for person in ctx.facts.people if people is None else people:
        if roles is not None and person.role not in roles:
            continue
        if not person.email and not person.name:
            continue
        # The same person again: by address, or by name where the mail gave none.
        same = (
            m.CasePerson.email == person.email
            if person.email
            else (col(m.CasePerson.email).is_(None) & (m.CasePerson.name == person.name))
        )
        existing = ctx.session.exec(
            select(m.CasePerson).where(
                m.CasePerson.child_id == child_id, m.CasePerson.role == person.role, same
            )
        ).first()
        if existing is None:
            ctx.create(
                m.CasePerson(
                    child_id=child_id,
                    role=person.role,
                    name=person.name,
                    email=person.email,
                    phone=person.phone,
                    since=ctx.sent_on,
                    src=ctx.facts.message_id,
                ),
                child_id,
                f"{person.role} named in a {ctx.facts.kind} mail",
            )
        else:
            ctx.set_if_empty(existing, "phone", person.phone, child_id, "contact details")


def _proceedings(ctx: Context, child_id: int) -> m.Proceedings | None:
    """The proceedings this mail is about: by case number, else the child's only open one."""
    f = ctx.facts
    rows = ctx.session.exec(select(m.Proceedings).where(m.Proceedings.child_id == child_id)).all()
    if f.case_number:
        for row in rows:
            if row.case_number == f.case_number:
                return row
        return ctx.create(  # type: ignore[no-any-return]
            m.Proceedings(
                child_id=child_id,
                case_number=f.case_number,
                first_court_email_on=ctx.sent_on,
                first_court_email_src=f.message_id,
            ),
            child_id,
            f"proceedings {f.case_number} first seen in a {f.kind} mail",
        )
    open_rows = [r for r in rows if r.ended_on is None]
    if len(open_rows) == 1:
        return open_rows[0]
    return None


def _note_case_number(ctx: Context, child_id: int) -> None:
    """A case number in a council mail ("looked after under an interim care order in
    proceedings BM26C50784") makes the proceedings known, so the court's and Cafcass's mail
    about them links to the child; it is not a court mail, so no protocol clock starts."""
    f = ctx.facts
    if not f.case_number:
        return
    known = ctx.session.exec(
        select(m.Proceedings).where(
            m.Proceedings.case_number == f.case_number, m.Proceedings.child_id == child_id
        )
    ).first()
    if known is None:
        ctx.create(
            m.Proceedings(child_id=child_id, case_number=f.case_number),
            child_id,
            f"proceedings {f.case_number} named in a {f.kind} mail",
        )


def _note_first_court_email(ctx: Context, p: m.Proceedings) -> None:
    if p.first_court_email_on is None or ctx.sent_on < p.first_court_email_on:
        ctx.set_fact(p, "first_court_email", ctx.sent_on, p.child_id, "earliest court mail")


def _next_review(ctx: Context, child_id: int, on: date | None) -> m.Review:
    """The review a booking or record is about: one booked for that date, else the first
    not yet held, else a new one after the last."""
    reviews = sorted(
        ctx.session.exec(select(m.Review).where(m.Review.child_id == child_id)).all(),
        key=lambda r: r.sequence,
    )
    if on is not None:
        for review in reviews:
            if on in (review.booked_for, review.held_on):
                return review
    for review in reviews:
        if review.held_on is None:
            return review
    sequence = (reviews[-1].sequence + 1) if reviews else 1
    return ctx.create(  # type: ignore[no-any-return]
        m.Review(child_id=child_id, sequence=sequence), child_id, f"review {sequence} first seen"
    )


def _latest_review(ctx: Context, child_id: int, need: str) -> m.Review | None:
    reviews = ctx.session.exec(select(m.Review).where(m.Review.child_id == child_id)).all()
    candidates = [r for r in reviews if getattr(r, need) is not None]
    return max(candidates, key=lambda r: r.sequence) if candidates else None


def apply_looked_after_start(ctx: Context, child: m.Child) -> None:
    f = ctx.facts
    assert child.id is not None
    if f.dates.looked_after_from is not None:
        ctx.set_fact(
            child, "looked_after", f.dates.looked_after_from, child.id, "looked after from"
        )
    else:
        ctx.notes.append("no date looked after in the mail: LAR-INITIAL waits for it")
    if child.notified_on is None or ctx.sent_on < child.notified_on:
        ctx.set_fact(child, "notified", ctx.sent_on, child.id, "review unit told (§4)")
    _record_people(ctx, child.id)


def apply_iro_allocation(ctx: Context, child: m.Child) -> None:
    assert child.id is not None
    sender = (ctx.facts.sender or "").lower()
    iros = [p for p in ctx.facts.people if p.role == "iro"]
    if any((p.email or "").lower() != sender for p in iros):
        # The mail names the IRO it allocates: its sender (an IRO or the IRO manager signing
        # the allocation) is not the child's IRO for that.
        iros = [p for p in iros if (p.email or "").lower() != sender]
    _record_people(ctx, child.id, ("iro",), iros)


def apply_cafcass_allocation(ctx: Context, child: m.Child) -> None:
    assert child.id is not None
    p = _proceedings(ctx, child.id)
    if p is None:
        ctx.notes.append("guardian named, but no case number and no single open proceedings")
    else:
        _note_first_court_email(ctx, p)
        if p.guardian_named_on is None:
            ctx.set_fact(p, "guardian_named", ctx.sent_on, child.id, "Children's Guardian named")
    _record_people(ctx, child.id, ("guardian",))


def _same_document(ctx: Context, child_id: int, hashes: list[str]) -> m.Document | None:
    """A document already received that this mail carries again: the same attachment, or
    the same kind, subtype and stated date received within the last month (a second person
    forwarding the order, with or without its PDF)."""
    f = ctx.facts
    received = ctx.session.exec(
        select(m.Document).where(
            m.Document.child_id == child_id,
            m.Document.kind == f.kind,
            col(m.Document.received_on).is_not(None),
        )
    ).all()
    for doc in received:
        if doc.sha256 is not None and doc.sha256 in hashes:
            return doc
        if (
            f.dates.document_date is not None
            and doc.document_date == f.dates.document_date
            and doc.subtype == f.subtype
            and doc.received_on is not None
            and abs((ctx.arrived_on - doc.received_on).days) <= 31
        ):
            return doc
    return None


def apply_court_document(ctx: Context, child: m.Child) -> None:
    f = ctx.facts
    assert child.id is not None
    p = _proceedings(ctx, child.id)
    if p is not None:
        _note_first_court_email(ctx, p)
        for name in ("cmh", "irh", "final_hearing"):
            value = getattr(f.dates, name)
            changed = value is not None and ctx.set(
                p, name, value, child.id, f"hearing date in {f.kind}"
            )
            if changed and name == "cmh":
                ctx.set_fact(p, "cmh_known", ctx.sent_on, child.id, "CMH date known")
        _note_closing_meeting(ctx, p)
    hashes = [a.sha256 for a in f.attachments if a.sha256]
    twin = _same_document(ctx, child.id, hashes)
    if twin is not None:
        # rules.md: a mail forwarded by two people is one document, one deadline.
        ctx.notes.append(f"same {f.kind} as document {twin.id}, received {twin.received_on}")
    # A filing deadline read from this order earlier expects this document: meet it.
    expected = (
        []
        if twin is not None
        else ctx.session.exec(
            select(m.Document).where(
                m.Document.child_id == child.id,
                m.Document.kind == f.kind,
                col(m.Document.received_on).is_(None),
                col(m.Document.filing_due).is_not(None),
            )
        ).all()
    )
    matching = [d for d in expected if d.subtype in (None, f.subtype)]
    if matching:
        doc = min(matching, key=lambda d: d.filing_due or date.max)
        ctx.set_fact(doc, "received", ctx.arrived_on, child.id, "document reached the mailbox")
        ctx.set_if_empty(doc, "document_date", f.dates.document_date, child.id, "document date")
        ctx.set_if_empty(doc, "sha256", hashes[0] if hashes else None, child.id, "attachment")
    elif twin is None:
        ctx.create(
            m.Document(
                child_id=child.id,
                proceedings_id=p.id if p else None,
                kind=f.kind,
                subtype=f.subtype,
                document_date=f.dates.document_date or ctx.sent_on,
                received_on=ctx.arrived_on,
                received_src=f.message_id,
                sender=f.sender,
                sha256=hashes[0] if hashes else None,
            ),
            child.id,
            f"{f.kind} received",
        )
    for deadline in f.dates.filing_deadlines:
        kind, _, subtype = deadline.document.partition(":")
        exists = ctx.session.exec(
            select(m.Document).where(
                m.Document.child_id == child.id,
                m.Document.kind == kind,
                m.Document.subtype == (subtype or None),
                m.Document.filing_due == deadline.due,
            )
        ).first()
        if exists is None:
            ctx.create(
                m.Document(
                    child_id=child.id,
                    proceedings_id=p.id if p else None,
                    kind=kind,
                    subtype=subtype or None,
                    filing_due=deadline.due,
                ),
                child.id,
                f"filing deadline for {deadline.document} in a directions order",
            )
    if f.kind == "court_care_plan":
        review = _latest_review(ctx, child.id, "decisions_on")
        if (
            review is not None
            and review.care_plan_updated_on is None
            and (review.decisions_on is not None and ctx.sent_on >= review.decisions_on)
        ):
            ctx.set_fact(review, "care_plan_updated", ctx.sent_on, child.id, "care plan received")


def apply_final_order(ctx: Context, child: m.Child) -> None:
    f = ctx.facts
    assert child.id is not None
    p = _proceedings(ctx, child.id)
    if p is None:
        ctx.notes.append("final order without a case number or a single open proceedings")
        return
    ended = f.dates.order_date or f.dates.document_date or ctx.sent_on
    ctx.set_fact(p, "ended", ended, child.id, "final order: end of proceedings")
    ctx.set(p, "final_order", f.subtype, child.id, "final order")
    _note_closing_meeting(ctx, p)


def _note_closing_meeting(ctx: Context, p: m.Proceedings) -> None:
    if ctx.facts.closing_meeting_needed:
        ctx.set(p, "closing_meeting_needed", True, p.child_id, "closing meeting needed (protocol)")


def apply_guardian_handover(ctx: Context, child: m.Child) -> None:
    assert child.id is not None
    p = _proceedings(ctx, child.id)
    if p is None:
        rows = ctx.session.exec(
            select(m.Proceedings).where(
                m.Proceedings.child_id == child.id, col(m.Proceedings.ended_on).is_not(None)
            )
        ).all()
        p = max(rows, key=lambda r: r.ended_on or date.min) if rows else None
    if p is None:
        ctx.notes.append("handover without proceedings")
        return
    ctx.set_fact(
        p, "handover", ctx.sent_on, child.id, "guardian's written handover", only_if_empty=True
    )
    _note_closing_meeting(ctx, p)


def apply_review_booking(ctx: Context, child: m.Child) -> None:
    f = ctx.facts
    assert child.id is not None
    booking = (f.review.booking if f.review else None) or f.subtype or "set"
    review = _next_review(ctx, child.id, f.dates.review_date)
    assert review.id is not None
    why = f"review {review.sequence} {booking}"
    if booking == "adjourned":
        adjourned_on = f.dates.event_date or f.dates.review_date or ctx.sent_on
        earlier = ctx.session.exec(
            select(m.Adjournment).where(
                m.Adjournment.review_id == review.id,
                m.Adjournment.refused == False,  # noqa: E712
            )
        ).all()
        if any(a.adjourned_on == adjourned_on for a in earlier):
            return
        refused = bool(earlier)
        ctx.create(
            m.Adjournment(
                review_id=review.id,
                adjourned_on=adjourned_on,
                src=f.message_id,
                refused=refused,
                reason="§9: a review may be adjourned once only" if refused else None,
            ),
            child.id,
            "second adjournment refused (§9 allows one)" if refused else "review adjourned (§9)",
        )
        if refused:
            ctx.notes.append(
                f"second adjournment of review {review.sequence} refused: §9 allows one, "
                "for not more than 20 working days"
            )
        return
    if f.dates.review_date is not None and review.booked_for != f.dates.review_date:
        ctx.set(review, "booked_for", f.dates.review_date, child.id, why)
        ctx.set_fact(review, "booked", ctx.sent_on, child.id, why)
    if booking == "invitation":
        ctx.set_fact(
            review, "invitations", ctx.sent_on, child.id, "invitations sent", only_if_empty=True
        )
    # A review booked after a significant event answers LAR-EMERGENCY.
    for event in ctx.session.exec(
        select(m.Event).where(m.Event.child_id == child.id, col(m.Event.considered_on).is_(None))
    ).all():
        if event.received_on <= ctx.sent_on:
            ctx.set_fact(event, "considered", ctx.sent_on, child.id, "review booked after event")


def _reviewed(ctx: Context, child_id: int) -> m.Review:
    """The review a record is about. Its stated date decides; without one, a full record
    belongs to the latest held review if it has none yet, and so do decisions; otherwise
    the first review not yet held, unless that one is booked for a day after this mail (a
    record cannot come before its review)."""
    f = ctx.facts
    if f.dates.review_date is None:
        reviews = sorted(
            ctx.session.exec(select(m.Review).where(m.Review.child_id == child_id)).all(),
            key=lambda r: r.sequence,
            reverse=True,
        )
        missing = "full_record_on" if f.subtype == "full" else "decisions_on"
        held = [r for r in reviews if r.held_on is not None and r.held_on <= ctx.sent_on]
        unheld = [r for r in reversed(reviews) if r.held_on is None]
        booked = unheld[0].booked_for if unheld else None
        # A review booked for a day that has passed since the last one held is the newer.
        newer = (
            booked is not None
            and booked <= ctx.sent_on
            and (not held or booked > (held[0].held_on or date.min))
        )
        if held and not newer and getattr(held[0], missing) is None:
            return held[0]
        if held and unheld and (booked or date.min) > ctx.sent_on:
            return held[0]  # the next review is still to come: a copy about the last one
    return _next_review(ctx, child_id, f.dates.review_date)


def apply_review_record(ctx: Context, child: m.Child) -> None:
    f = ctx.facts
    assert child.id is not None
    review = _reviewed(ctx, child.id)
    held = f.dates.review_date or review.booked_for
    if held is None:
        ctx.notes.append("review record without a review date: held date not recorded")
    else:
        ctx.set_fact(review, "held", held, child.id, "review held (its record)", only_if_empty=True)
    if f.review is not None and f.review.with_meeting is not None:
        ctx.set(review, "with_meeting", f.review.with_meeting, child.id, "review record")
    if f.review is not None and f.review.pir_updated is not None:
        ctx.set(review, "pir_updated", f.review.pir_updated, child.id, "review record")
    ctx.set_fact(
        review, "decisions", ctx.sent_on, child.id, "decisions circulated (§13)", only_if_empty=True
    )
    if f.subtype == "full":
        ctx.set_fact(
            review, "full_record", ctx.sent_on, child.id, "full record (§13)", only_if_empty=True
        )
    if f.recipients and f.sender_role == "council":
        # The IRO copying the record to the child's guardian has sent it to the guardian.
        guardians = set(
            ctx.session.exec(
                select(m.CasePerson.email).where(
                    m.CasePerson.child_id == child.id,
                    m.CasePerson.role == "guardian",
                    col(m.CasePerson.email).is_not(None),
                )
            ).all()
        )
        if guardians & {r.lower() for r in f.recipients}:
            ctx.set_fact(
                review,
                "sent_to_guardian",
                ctx.sent_on,
                child.id,
                "review record sent to the guardian (To/Cc)",
                only_if_empty=True,
            )


def apply_manager_response(ctx: Context, child: m.Child) -> None:
    f = ctx.facts
    assert child.id is not None
    reviews = ctx.session.exec(select(m.Review).where(m.Review.child_id == child.id)).all()
    waiting = [r for r in reviews if r.decisions_on is not None and r.manager_response_on is None]
    if not waiting:
        ctx.notes.append("manager's response, but no review decisions await one")
        return
    review = max(waiting, key=lambda r: r.sequence)
    decision = f.subtype or f.manager_decision
    ctx.set_fact(
        review, "manager_response", ctx.sent_on, child.id, f"designated manager {decision}"
    )
    ctx.set(review, "manager_agreed", decision != "disagreed", child.id, "designated manager")


def apply_significant_event(ctx: Context, child: m.Child) -> None:
    f = ctx.facts
    assert child.id is not None
    if _iro_answer(ctx, child.id):
        return  # the IRO's answer quoting the event, not news of another one
    subtype = f.subtype or "unspecified"
    # The same event told again (by the carers and the social worker, or the next day):
    # same kind on the same stated day, or the same day's news without a date.
    duplicate = ctx.session.exec(
        select(m.Event).where(
            m.Event.child_id == child.id,
            m.Event.subtype == subtype,
            m.Event.event_date == f.dates.event_date
            if f.dates.event_date is not None
            else m.Event.received_on == ctx.sent_on,
        )
    ).first()
    if duplicate is None:
        ctx.create(
            m.Event(
                child_id=child.id,
                subtype=subtype,
                event_date=f.dates.event_date,
                received_on=ctx.sent_on,
                received_src=f.message_id,
            ),
            child.id,
            f"significant event: {subtype} (§2.5)",
        )


def apply_cafcass_referral(ctx: Context, child: m.Child) -> None:
    assert child.id is not None
    ctx.create(
        m.Referral(child_id=child.id, referred_on=ctx.sent_on, referred_src=ctx.facts.message_id),
        child.id,
        "referral to Cafcass Legal (§17)",
    )


def apply_cafcass_decision(ctx: Context, child: m.Child) -> None:
    assert child.id is not None
    waiting = ctx.session.exec(
        select(m.Referral).where(
            m.Referral.child_id == child.id, col(m.Referral.decision_on).is_(None)
        )
    ).all()
    if not waiting:
        ctx.notes.append("Cafcass Legal decision, but no referral awaits one")
        return
    referral = max(waiting, key=lambda r: r.referred_on)
    ctx.set_fact(referral, "decision", ctx.sent_on, child.id, "Cafcass Legal decided")


def _same_ceasing(ctx: Context, child_id: int) -> m.Ceasing | None:
    """The ceasing this mail follows up: the child's latest, received within the last three
    months, and the child not looked after again since."""
    latest = ctx.session.exec(
        select(m.Ceasing)
        .where(m.Ceasing.child_id == child_id, m.Ceasing.received_on <= ctx.sent_on)
        .order_by(col(m.Ceasing.received_on).desc())
    ).first()
    if latest is None or (ctx.sent_on - latest.received_on).days > 92:
        return None
    child = ctx.session.get(m.Child, child_id)
    if child is not None and (child.looked_after_on or date.min) > latest.received_on:
        return None
    return latest


def apply_ceased(ctx: Context, child: m.Child) -> None:
    f = ctx.facts
    assert child.id is not None
    same = _same_ceasing(ctx, child.id)
    if same is not None:
        # A follow-up about the same ceasing (the approval given, a date confirmed) adds to
        # it: one ceasing, one LAR-CEASE, met on the day the approval is named.
        roles = approval_roles(same.approvals)
        known = {role for role, _ in roles}
        added = [f"{role}:{ctx.sent_on.isoformat()}" for role in sorted(set(f.approvals) - known)]
        if added:
            ctx.set(
                same,
                "approvals",
                ",".join([same.approvals, *added]).strip(","),
                child.id,
                "approval named in a later mail (§16)",
            )
        if same.ceases_on is None and f.dates.event_date is not None:
            ctx.set(same, "ceases_on", f.dates.event_date, child.id, "ceasing date")
            ctx.set(child, "ceased_on", f.dates.event_date, child.id, "ceased to be looked after")
        return
    ctx.create(
        m.Ceasing(
            child_id=child.id,
            received_on=ctx.sent_on,
            received_src=f.message_id,
            approvals=",".join(sorted(set(f.approvals))),
            ceases_on=f.dates.event_date,
        ),
        child.id,
        "ceasing to be looked after (§16)",
    )
    ceased = f.dates.event_date or ctx.sent_on
    ctx.set(child, "ceased_on", ceased, child.id, "ceased to be looked after")


APPLIERS: dict[str, Callable[[Context, m.Child], None]] = {
    "looked_after_start": apply_looked_after_start,
    "iro_allocation": apply_iro_allocation,
    "cafcass_allocation": apply_cafcass_allocation,
    "court_care_plan": apply_court_document,
    "court_directions": apply_court_document,
    "expert_report": apply_court_document,
    "guardian_report": apply_court_document,
    "judgment": apply_court_document,
    "final_order": apply_final_order,
    "guardian_handover": apply_guardian_handover,
    "review_booking": apply_review_booking,
    "review_record": apply_review_record,
    "manager_response": apply_manager_response,
    "significant_event": apply_significant_event,
    "cafcass_referral": apply_cafcass_referral,
    "cafcass_decision": apply_cafcass_decision,
    "ceased_looked_after": apply_ceased,
}


def _new_child(ctx: Context) -> m.Child | None:
    f = ctx.facts
    if not (f.child.la_ref or (f.child.name and f.child.dob)):
        return None
    return ctx.create(  # type: ignore[no-any-return]
        m.Child(
            la_ref=f.child.la_ref,
            name=f.child.name,
            initials=initials_of(f.child.name),
            dob=f.child.dob,
            created_at=ctx.now,
        ),
        None,
        f"new child from a {f.kind} mail",
    )


def _record_bounce(session: Session, facts: Facts, now: datetime) -> Outcome:
    """A bounce of a mail we sent marks its recipients failing; it stops no ladder."""
    bounced = (
        session.exec(
            select(m.OutboxMessage).where(m.OutboxMessage.message_id == facts.bounce_of)
        ).first()
        if facts.bounce_of
        else None
    )
    if bounced is None:
        return Outcome("ignored", reason="bounce of a mail caseclock did not send")
    addresses = [a for a in (*bounced.to_addrs.split(","), *bounced.cc_addrs.split(",")) if a]
    for address in addresses:
        status = session.get(m.AddressStatus, address.lower())
        if status is None:
            session.add(
                m.AddressStatus(
                    address=address.lower(),
                    failing_since=now,
                    reason=f"bounce of outbox mail {bounced.id}",
                )
            )
    return Outcome(
        "ignored",
        reason=f"bounce of outbox mail {bounced.id}",
        alert=f"Mail {bounced.id} ({bounced.template}) bounced; check the address(es): "
        + ", ".join(addresses),
    )


def _from_childs_iro(ctx: Context, child_id: int) -> bool:
    """Whether the original author is the child's IRO: by address, or, where the allocation
    gave only a name, by an address made of it (kay.lowe@ for Kay Lowe)."""
    sender = (ctx.facts.sender or "").lower()
    if not sender:
        return False
    if any(p.role == "iro" and (p.email or "").lower() == sender for p in ctx.facts.people):
        return True  # the mail's own signature: "Alastair Pryce, Independent Reviewing Officer"
    local = sender.partition("@")[0]
    for person in ctx.session.exec(
        select(m.CasePerson).where(m.CasePerson.child_id == child_id, m.CasePerson.role == "iro")
    ).all():
        if person.email and person.email.lower() == sender:
            return True
        words = re.findall(r"[a-z]+", (person.name or "").lower())
        if (
            not person.email
            and len(words) >= 2
            and local
            in (
                f"{words[0]}.{words[-1]}",
                f"{words[0]}{words[-1]}",
                f"{words[0][0]}.{words[-1]}",
                f"{words[0][0]}{words[-1]}",
            )
        ):
            return True
    return False


def _iro_answer(ctx: Context, child_id: int) -> bool:
    """The child's IRO answering a significant event in its own thread (a reply to the mail
    that told of it) has considered it: LAR-EMERGENCY is met that day (§2.5)."""
    f = ctx.facts
    thread = {i for i in (f.in_reply_to, *f.references) if i}
    if not thread or not _from_childs_iro(ctx, child_id):
        return False
    events = ctx.session.exec(
        select(m.Event).where(
            m.Event.child_id == child_id,
            col(m.Event.considered_on).is_(None),
            col(m.Event.received_src).in_(thread),
        )
    ).all()
    for event in events:
        ctx.set_fact(event, "considered", ctx.sent_on, child_id, "the IRO's answer (§2.5)")
    return bool(events)


def _guardian_iro_contact(ctx: Context, child_id: int) -> bool:
    """A mail from the child's guardian to the IRO service, or from the child's IRO to the
    guardian, is contact between them (CIP-CONTACT-BEFORE-CMH): kept on the child's open
    proceedings, earliest first."""
    f = ctx.facts
    sender = (f.sender or "").lower()
    people = ctx.session.exec(
        select(m.CasePerson).where(
            m.CasePerson.child_id == child_id,
            col(m.CasePerson.role).in_(("guardian", "iro")),
            col(m.CasePerson.email).is_not(None),
        )
    ).all()
    guardians = {(p.email or "").lower() for p in people if p.role == "guardian"}
    iros = {(p.email or "").lower() for p in people if p.role == "iro"}
    recipients = {r.lower() for r in f.recipients}
    # The guardian wrote to the IRO (or straight to the IRO service's mailbox, or the IRO
    # forwarded it); a guardian's report forwarded by LA legal is not contact.
    forwarder = (f.forwarded_by or "").lower()
    from_guardian = sender in guardians and (
        not forwarder or forwarder in iros or bool(recipients & iros)
    )
    if not (from_guardian or (sender in iros and recipients & guardians)):
        return False
    changed = False
    for p in ctx.session.exec(
        select(m.Proceedings).where(
            m.Proceedings.child_id == child_id, col(m.Proceedings.ended_on).is_(None)
        )
    ).all():
        if f.case_number and p.case_number != f.case_number:
            continue
        if p.guardian_iro_contact_on is None or ctx.sent_on < p.guardian_iro_contact_on:
            changed |= ctx.set_fact(
                p, "guardian_iro_contact", ctx.sent_on, child_id, "mail between guardian and IRO"
            )
    return changed


def _contact_only(
    ctx: Context, sweep: RuleSweep, today: date, child_id: int | None
) -> Outcome | None:
    """Apply a mail of no kind (or an uncertain one) about a known child that is the IRO's
    answer to a significant event or guardian-IRO contact; None when it is neither."""
    if child_id is None:
        found = link(ctx.session, ctx.facts)
        if found.conflict or found.child_id is None:
            return None
        child_id = found.child_id
    child = ctx.session.get(m.Child, child_id)
    if child is None or child.id is None:
        return None
    with ctx.session.no_autoflush:
        answered = _iro_answer(ctx, child.id)
        contact = _guardian_iro_contact(ctx, child.id)
    if not (answered or contact):
        return None
    ctx.session.flush()
    why = "the IRO's answer to a significant event" if answered else "mail between guardian and IRO"
    sweep.recompute_child(ctx.session, child, today, ctx.now, why, message_id=ctx.message_row_id)
    return Outcome("applied", child.id, reason=why, changes=ctx.changes)


NO_CASE = "no case matches this mail"
# Kinds about the proceedings themselves: for a case that covers several children (a sibling
# group), such a mail naming no one child is about each of them.
GROUP_KINDS = frozenset(
    {
        "cafcass_allocation",
        "court_directions",
        "court_care_plan",
        "expert_report",
        "guardian_report",
        "judgment",
        "final_order",
        "guardian_handover",
    }
)


def _for_the_sibling_group(found: Link, facts: Facts) -> bool:
    """The case number alone names several children, and nothing names one of them."""
    return (
        found.how == "case number"
        and facts.kind in GROUP_KINDS
        and not facts.child.la_ref
        and not (facts.child.name and facts.child.dob)
    )


def apply_facts(
    session: Session,
    facts: Facts,
    *,
    now: datetime,
    arrived_on: date,
    sweep: RuleSweep,
    today: date,
    message_row_id: int | None = None,
    child_id: int | None = None,
) -> Outcome:
    """Apply one mail. ``child_id`` is a person's decision from triage (it wins over links).

    The caller owns the transaction: commit after recording the outcome in the ledger.
    """
    if facts.kind == "bounce":
        return _record_bounce(session, facts, now)
    if facts.kind in IGNORED_KINDS:
        return Outcome("ignored", reason=f"{facts.kind}: never answered, changes no case")
    if facts.trust != "trusted" and child_id is None:
        return Outcome("triage", reason=f"untrusted sender: {facts.trust_reason or 'unknown'}")
    ctx = Context(session, facts, message_row_id, now, sent_date(facts, arrived_on), arrived_on)
    uncertain = facts.confidence < MIN_CONFIDENCE and child_id is None
    if facts.kind == "unrelated" or uncertain:
        # No kind to act on, but a mail between a child's guardian and IRO is still the
        # contact CIP-CONTACT-BEFORE-CMH asks for.
        contact = _contact_only(ctx, sweep, today, child_id)
        if contact is not None:
            return contact
        if facts.kind == "unrelated":
            return Outcome("triage", reason="not a kind caseclock acts on")
        return Outcome("triage", reason=f"uncertain kind ({facts.kind}, {facts.confidence:.2f})")
    applier = APPLIERS.get(facts.kind)
    if applier is None:
        return Outcome("triage", reason=f"no handling for kind {facts.kind}")

    group: tuple[int, ...] = ()
    if child_id is None:
        found = link(session, facts)
        if found.conflict and _for_the_sibling_group(found, facts):
            group = found.candidates
        elif found.conflict:
            return Outcome(
                "triage", reason=f"linking conflict: {found.how}", candidates=found.candidates
            )
        child_id = group[0] if group else found.child_id
    child = session.get(m.Child, child_id) if child_id is not None else None
    if child is None:
        # The LA reference alone identifies the child (kinds.md links on it before a name).
        opens = facts.kind in OPENS_A_KNOWN_CHILD and facts.sender_role == "council"
        if facts.kind not in CREATES_CHILD and not (opens and facts.child.la_ref):
            return Outcome("triage", reason=NO_CASE)
        child = _new_child(ctx)
        if child is None:
            return Outcome("triage", reason="a new child needs an LA reference or name and DOB")
    assert child.id is not None
    # One flush at the end instead of one before every query: the appliers read only rows
    # that existed before or that ctx.create flushed itself.
    children = [child] + [c for c in (session.get(m.Child, i) for i in group[1:]) if c]
    for each in children:
        assert each.id is not None
        with session.no_autoflush:
            if not group:
                _fill_child(ctx, each)  # a name or date of birth first told by this mail
            applier(ctx, each)
            _guardian_iro_contact(ctx, each.id)
            if facts.sender_role == "council":
                _note_case_number(ctx, each.id)
        session.flush()  # the recompute reads the facts back from the store
        sweep.recompute_child(
            session, each, today, now, f"{facts.kind} mail", message_id=message_row_id
        )
    if group:
        ctx.notes.append(f"applied to the {len(children)} children of case {facts.case_number}")
    reason = "; ".join(ctx.notes)
    return Outcome("applied", child.id, reason=reason, changes=ctx.changes)
