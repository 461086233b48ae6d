"""A child's case as the rule engine sees it: frozen facts, each with its date and source.

The store builds these from its tables; tests build them by hand. Nothing here knows
about databases, email or the clock. A ``Fact`` is something that happened on a date,
with the message (or person) that told us, so every deadline can say what started it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Fact:
    """Something that happened ``on`` a date; ``source`` is a Message-ID or 'recorded by X'."""

    on: date
    source: str | None = None


@dataclass(frozen=True, slots=True)
class ReviewState:
    """One Looked After Review, from booking to the care plan that follows its decisions."""

    sequence: int
    booked_for: date | None = None  # the review date as currently set
    booked: Fact | None = None  # when that date was set (§4, §5)
    invitations: Fact | None = None  # invitations and consultation papers sent (§5)
    consultation: Fact | None = None  # consultation with child and parents recorded (§5, §6)
    reports: Fact | None = None  # social worker's reports received (§7)
    held: Fact | None = None  # the date the review was held, from its record
    with_meeting: bool = True  # §2.2: long-term foster reviews may be held without one
    adjournments: tuple[Fact, ...] = ()  # §9: only the first is allowed
    decisions: Fact | None = None  # written decisions circulated (§13)
    full_record: Fact | None = None  # full record completed (§13)
    copies_sent: Fact | None = None  # copies sent to participants by the unit (§13)
    manager_response: Fact | None = None  # designated manager's reply (§14)
    manager_agreed: bool | None = None  # True agreed, False disagreed, None no reply
    care_plan_updated: Fact | None = None  # care plan received after the decisions (§6)
    pir_updated: bool | None = None  # Placement Information Record updated at the review
    placement_meeting: Fact | None = None  # placement planning meeting held (§6)
    sent_to_guardian: Fact | None = None  # record sent to the Children's Guardian


@dataclass(frozen=True, slots=True)
class CourtDocumentState:
    """A court document the IRO must receive within 5 working days of its filing."""

    key: str  # stable: the document's id, or "<document>@<filing due>" for a direction
    document: str  # a kind or subtype: final_care_plan, expert_report, ...
    filing_due: date | None = None  # from a directions order
    filed: Fact | None = None  # the document's own date, when no filing deadline exists
    received: Fact | None = None  # the day it reached the IRO mailbox


@dataclass(frozen=True, slots=True)
class ProceedingsState:
    """Care proceedings for the child under one Family Court case number."""

    case_number: str
    first_court_email: Fact | None = None
    guardian_named: Fact | None = None
    iro_details_sent: Fact | None = None
    cmh: date | None = None
    cmh_known: Fact | None = None
    irh: date | None = None
    final_hearing: date | None = None
    guardian_iro_contact: Fact | None = None
    ended: Fact | None = None  # the final order's date: the end of proceedings
    final_order: str | None = None
    handover: Fact | None = None
    closing_meeting_needed: bool | None = None
    closing_meeting: Fact | None = None
    documents: tuple[CourtDocumentState, ...] = ()


@dataclass(frozen=True, slots=True)
class EventState:
    """A significant event (§2.5) that may need an emergency review."""

    key: str
    subtype: str
    received: Fact
    considered: Fact | None = None  # the IRO's answer, or a review booked after it


@dataclass(frozen=True, slots=True)
class ReferralState:
    """A referral of the case by the IRO to Cafcass Legal (§17; protocol)."""

    key: str
    referred: Fact
    decision: Fact | None = None


@dataclass(frozen=True, slots=True)
class CeasingState:
    """News that the child has ceased, or is to cease, to be looked after (§16)."""

    key: str
    received: Fact
    approvals: frozenset[str] = frozenset()  # nominated_officer, group_manager, ...
    # When each role's approval was first named, where a later mail named it (a follow-up
    # to the ceasing mail); a role missing here was named in the ceasing mail itself.
    named_on: tuple[tuple[str, date], ...] = ()


@dataclass(frozen=True, slots=True)
class CaseState:
    """Everything the rules need about one child."""

    child_key: str
    la_ref: str | None = None
    initials: str | None = None
    dob: date | None = None
    looked_after: Fact | None = None  # the day the child became looked after
    notified: Fact | None = None  # the looked_after_start mail reaching the unit (§4)
    iro_allocated: bool = False
    iro_allocated_on: date | None = None  # when the first IRO was named for the child
    long_term_foster_from: date | None = None  # designated long-term foster placement
    permanence_achieved: bool = False
    ceased_on: date | None = None
    reviews: tuple[ReviewState, ...] = ()
    proceedings: tuple[ProceedingsState, ...] = ()
    events: tuple[EventState, ...] = ()
    referrals: tuple[ReferralState, ...] = ()
    ceasings: tuple[CeasingState, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def held_reviews(self) -> list[ReviewState]:
        """Reviews that have been held, in the order they were held."""
        held = [r for r in self.reviews if r.held is not None]
        return sorted(held, key=lambda r: (r.held.on if r.held else date.min, r.sequence))

    def review(self, sequence: int) -> ReviewState | None:
        for r in self.reviews:
            if r.sequence == sequence:
                return r
        return None
