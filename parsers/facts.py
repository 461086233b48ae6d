"""The facts record: frozen dataclasses and their JSON-ready dictionary form.

`to_dict()` holds exactly the keys of the kinds.md contract plus these extras:
trust, trust_reason, signals, malformed, forwarded_by, sender, sender_role,
in_reply_to, references, attachments, bounce_of, subject_tag, review, approvals,
manager_decision, tags, recipients, closing_meeting_needed.

Subtype values (documented choice, see also parsers/TAGS.md):
- court_care_plan, guardian_report: "interim" | "final" (null when not said)
- review_record: "decisions" | "full"
- manager_response: "agreed" | "disagreed"
- significant_event: one of SIGNIFICANT_EVENT_SUBTYPES (procedure §2.5)
- review_booking: "set" | "moved" | "adjourned" | "invitation"
- final_order: "care_order" | "placement_order" | "special_guardianship_order" |
  "supervision_order" | "child_arrangements_order" | "no_order"
- every other kind: null

filing_deadlines[].document is a kind, or "kind:subtype" when the order names the
subtype (e.g. "court_care_plan:final", "guardian_report:interim", "expert_report").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

KINDS: tuple[str, ...] = (
    "cafcass_allocation",
    "iro_allocation",
    "looked_after_start",
    "court_care_plan",
    "court_directions",
    "expert_report",
    "guardian_report",
    "judgment",
    "final_order",
    "guardian_handover",
    "review_booking",
    "review_record",
    "manager_response",
    "significant_event",
    "cafcass_referral",
    "cafcass_decision",
    "ceased_looked_after",
    "auto_reply",
    "bounce",
    "unrelated",
)

SIGNIFICANT_EVENT_SUBTYPES: tuple[str, ...] = (
    "court_directed_change",
    "decision_not_implemented",
    "contact_change",
    "social_worker_change",
    "safeguarding",
    "complaint",
    "placement_change",
    "family_change",
    "offence",
    "exclusion",
    "missing",
    "health",
)

FINAL_ORDER_SUBTYPES: tuple[str, ...] = (
    "care_order",
    "placement_order",
    "special_guardianship_order",
    "supervision_order",
    "child_arrangements_order",
    "no_order",
)

PERSON_ROLES: tuple[str, ...] = (
    "guardian",
    "iro",
    "social_worker",
    "team_manager",
    "la_legal",
    "designated_manager",
    "cafcass_legal",
    "approver",
    "other",
)

APPROVER_ROLES: tuple[str, ...] = (
    "nominated_officer",
    "group_manager",
    "head_of_service",
    "director",
)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class Child:
    """The child the email is about."""

    name: str | None = None
    dob: date | None = None
    la_ref: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "dob": _iso(self.dob), "la_ref": self.la_ref}


@dataclass(frozen=True)
class Person:
    """A person named in the email, with the role they play for the child."""

    role: str
    name: str | None = None
    email: str | None = None
    phone: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"role": self.role, "name": self.name, "email": self.email, "phone": self.phone}


@dataclass(frozen=True)
class FilingDeadline:
    """A document a directions order says must be filed, and by when."""

    document: str
    due: date

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document, "due": self.due.isoformat()}


@dataclass(frozen=True)
class Dates:
    """The dates of kinds.md; each is None when the email does not state it."""

    looked_after_from: date | None = None
    cmh: date | None = None
    irh: date | None = None
    final_hearing: date | None = None
    order_date: date | None = None
    review_date: date | None = None
    event_date: date | None = None
    document_date: date | None = None
    filing_deadlines: tuple[FilingDeadline, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "looked_after_from": _iso(self.looked_after_from),
            "cmh": _iso(self.cmh),
            "irh": _iso(self.irh),
            "final_hearing": _iso(self.final_hearing),
            "order_date": _iso(self.order_date),
            "review_date": _iso(self.review_date),
            "event_date": _iso(self.event_date),
            "document_date": _iso(self.document_date),
            "filing_deadlines": [f.to_dict() for f in self.filing_deadlines],
        }


@dataclass(frozen=True)
class AttachmentInfo:
    """What was found in one attachment; the bytes themselves are not kept."""

    filename: str | None
    content_type: str
    size: int
    sha256: str | None
    text_chars: int
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "filename": self.filename,
            "content_type": self.content_type,
            "size": self.size,
            "sha256": self.sha256,
            "text_chars": self.text_chars,
            "error": self.error,
        }


@dataclass(frozen=True)
class ReviewInfo:
    """Details of a review booking or record that the deadline rules need."""

    booking: str | None = None  # set | moved | adjourned | invitation
    with_meeting: bool | None = None
    pir_updated: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "booking": self.booking,
            "with_meeting": self.with_meeting,
            "pir_updated": self.pir_updated,
        }


@dataclass(frozen=True)
class Facts:
    """One email's extraction record."""

    kind: str = "unrelated"
    subtype: str | None = None
    confidence: float = 0.0
    case_number: str | None = None
    child: Child = field(default_factory=Child)
    people: tuple[Person, ...] = ()
    dates: Dates = field(default_factory=Dates)
    message_id: str | None = None
    sent_at: str | None = None
    trust: str = "untrusted"
    trust_reason: str = ""
    signals: tuple[str, ...] = ()
    malformed: str | None = None
    forwarded_by: str | None = None
    sender: str | None = None
    sender_role: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    attachments: tuple[AttachmentInfo, ...] = ()
    bounce_of: str | None = None
    subject_tag: str | None = None
    review: ReviewInfo | None = None
    approvals: tuple[str, ...] = ()
    manager_decision: str | None = None
    tags: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()  # the original author's To and Cc addresses
    # Protocol, Completion: a closing meeting is needed (contentious issues, or the care plan
    # significantly changed at the final hearing); True when the mail says so, else None.
    closing_meeting_needed: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dictionary; dates are ISO strings."""
        return {
            "kind": self.kind,
            "subtype": self.subtype,
            "confidence": round(self.confidence, 3),
            "case_number": self.case_number,
            "child": self.child.to_dict(),
            "people": [p.to_dict() for p in self.people],
            "dates": self.dates.to_dict(),
            "message_id": self.message_id,
            "sent_at": self.sent_at,
            "trust": self.trust,
            "trust_reason": self.trust_reason,
            "signals": list(self.signals),
            "malformed": self.malformed,
            "forwarded_by": self.forwarded_by,
            "sender": self.sender,
            "sender_role": self.sender_role,
            "in_reply_to": self.in_reply_to,
            "references": list(self.references),
            "attachments": [a.to_dict() for a in self.attachments],
            "bounce_of": self.bounce_of,
            "subject_tag": self.subject_tag,
            "review": self.review.to_dict() if self.review is not None else None,
            "approvals": list(self.approvals),
            "manager_decision": self.manager_decision,
            "tags": list(self.tags),
            "recipients": list(self.recipients),
            "closing_meeting_needed": self.closing_meeting_needed,
        }
