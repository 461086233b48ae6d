"""The deadline rule catalogue of rules.md as one table of data.

Each rule names its subject (what it is counted for), the fact that starts its clock, how
the due date is counted, the fact that meets it, who acts and how it is chased. The
engine reads this table; the few rules that need logic name a hook. Rule ids are part of
the product: they appear in every chaser, escalation, report and log line.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal


class Chase(StrEnum):
    """How the outbox follows a rule up."""

    LADDER = "ladder"  # reminder, chaser on the due date, then the escalation ladder
    REMINDER = "reminder"  # reminders only (before, and on, the due date)
    NOTICE = "notice"  # the service itself acts at once (sends details, prompts, escalates)
    CHECKLIST = "checklist"  # rides as a checklist item on another rule's reminders
    NONE = "none"  # recorded for compliance figures only


SubjectType = Literal[
    "child",
    "next_review",
    "meeting_interval",
    "review",
    "proceedings",
    "document",
    "event",
    "referral",
    "ceasing",
]

DueKind = Literal["working", "days", "months", "before", "at_once"]

# The procedure's own definition of months (§2.1): three months is 91 days, six 183.
MONTHS_AS_DAYS = {3: 91, 6: 183, 12: 365}


@dataclass(frozen=True, slots=True)
class Due:
    """How a due date is counted from the clock start (or, for ``before``, an anchor)."""

    kind: DueKind
    n: int = 0
    anchor: str | None = None  # for "before": the subject fact counted back from

    def describe(self, month_rule: str = "days") -> str:
        if self.kind == "working":
            return f"{self.n} working days after the clock start (the start day never counts)"
        if self.kind == "days":
            return f"{self.n} calendar days after the clock start"
        if self.kind == "months":
            if month_rule == "calendar":
                return f"{self.n} calendar months after the clock start"
            return (
                f"{self.n} months, which the procedure counts as "
                f"{MONTHS_AS_DAYS[self.n]} days, after the clock start"
            )
        if self.kind == "before":
            return (
                f"at least {self.n} working days before the {self.anchor} "
                "(counted back from the day before it)"
            )
        return "at once: due the day the clock starts"


@dataclass(frozen=True, slots=True)
class RuleDef:
    id: str
    source: str  # the paragraph that makes it due
    title: str
    subject: SubjectType
    start: str  # subject fact that starts the clock
    due: Due
    met_by: str | None  # subject fact that meets it; None: nothing can (reminder only)
    who_acts: str  # a role: social_worker, iro, designated_manager, guardian, ...
    meets: str  # what would meet it, in words for a busy reader
    chase: Chase = Chase.LADDER
    only_for: str | None = None  # subject fact (bool) selecting the subjects it is about at all
    applies: str | None = None  # subject fact (bool): false gives not_applicable, with why
    ends_when_ceased: bool = False  # not applicable once the child ceased to be looked after
    start_hook: str | None = None  # named logic for the clock start
    status_hook: str | None = None  # named logic for the status past the due date
    checklist_of: str | None = None  # for CHECKLIST rules: the rule whose mails carry it


RULES: tuple[RuleDef, ...] = (
    # ---- Looked After Reviews (the procedure) -------------------------------------------
    RuleDef(
        "LAR-NOTIFY",
        "procedure §4",
        "Review unit told the child is looked after",
        subject="child",
        start="looked_after",
        due=Due("working", 2),
        met_by="notified",
        who_acts="social_worker",
        meets="the looked_after_start email reaching the unit",
        chase=Chase.NONE,
    ),
    RuleDef(
        "LAR-INITIAL",
        "procedure §2.1",
        "Initial Looked After Review",
        subject="child",
        start="looked_after",
        due=Due("working", 20),
        met_by="first_review_held",
        who_acts="iro",
        meets="the initial review held (its record received)",
        ends_when_ceased=True,
    ),
    RuleDef(
        "LAR-SECOND",
        "procedure §2.1",
        "Second Looked After Review",
        subject="next_review",
        only_for="is_second",
        start="previous_held",
        due=Due("months", 3),
        met_by="held",
        who_acts="iro",
        meets="the second review held (its record received)",
        ends_when_ceased=True,
    ),
    RuleDef(
        "LAR-SUBSEQUENT",
        "procedure §2.1",
        "Subsequent Looked After Review",
        subject="next_review",
        only_for="is_subsequent",
        start="previous_held",
        due=Due("months", 6),
        met_by="held",
        who_acts="iro",
        meets="the next review held (its record received)",
        ends_when_ceased=True,
    ),
    RuleDef(
        "LAR-ANNUAL-MEETING",
        "procedure §2.2, §2.3, §11",
        "A review with a meeting every year",
        subject="meeting_interval",
        start="last_meeting",
        due=Due("months", 12),
        met_by="next_meeting",
        who_acts="iro",
        meets="a review held with a meeting",
        ends_when_ceased=True,
    ),
    RuleDef(
        "LAR-CONSULT",
        "procedure §5, §6",
        "Review arrangements discussed with child and parents",
        subject="review",
        only_for="is_booked",
        start="booked",
        due=Due("before", 20, anchor="review date"),
        met_by="consultation_evidence",
        who_acts="social_worker",
        meets="consultation recorded, invitations sent or the review held",
        chase=Chase.REMINDER,
        ends_when_ceased=True,
    ),
    RuleDef(
        "LAR-INVITES",
        "procedure §5",
        "Invitations and consultation papers sent",
        subject="review",
        only_for="is_booked",
        start="booked",
        due=Due("before", 10, anchor="review date"),
        met_by="invitations",
        who_acts="social_worker",
        meets="the invitations sent (a review invitation email)",
        ends_when_ceased=True,
    ),
    RuleDef(
        "LAR-REPORTS",
        "procedure §7",
        "Reports for the review received",
        subject="review",
        only_for="is_booked",
        start="booked",
        due=Due("before", 5, anchor="review date"),
        met_by="reports",
        who_acts="social_worker",
        meets="Part 1 report, PEP, health plan, Placement Information Record "
        "(and pathway plan if relevant) received",
        chase=Chase.REMINDER,
        ends_when_ceased=True,
    ),
    RuleDef(
        "LAR-DECISIONS",
        "procedure §13",
        "Review decisions circulated",
        subject="review",
        start="held",
        due=Due("working", 5),
        met_by="decisions",
        who_acts="iro",
        meets="the written decisions circulated (a review record)",
    ),
    RuleDef(
        "LAR-FULL-RECORD",
        "procedure §13",
        "Full record of the review completed",
        subject="review",
        start="held",
        due=Due("working", 15),
        met_by="full_record",
        who_acts="iro",
        meets="the full review record",
    ),
    RuleDef(
        "LAR-COPIES",
        "procedure §13",
        "Copies of the record sent to participants",
        subject="review",
        start="full_record",
        due=Due("working", 20),
        met_by="copies_sent",
        who_acts="review_unit",
        meets="copies sent, recorded by the review unit",
    ),
    RuleDef(
        "LAR-MANAGER",
        "procedure §14, §6",
        "Designated manager considers the decisions",
        subject="review",
        start="decisions",
        due=Due("working", 5),
        met_by="manager_response",
        who_acts="designated_manager",
        meets="the designated manager's reply; with none by the due date the decisions "
        "are deemed agreed",
        status_hook="deemed_agreement",
    ),
    RuleDef(
        "LAR-CAREPLAN",
        "procedure §6",
        "Care plan updated after the review",
        subject="review",
        start="agreed",
        due=Due("working", 10),
        met_by="care_plan_updated",
        who_acts="social_worker",
        meets="an updated care plan received",
        start_hook="agreed_or_deemed",
    ),
    RuleDef(
        "LAR-PLACEMENT-MEETING",
        "procedure §6",
        "Placement planning meeting",
        subject="review",
        only_for="needs_placement_meeting",
        start="held",
        due=Due("days", 7),
        met_by="placement_meeting",
        who_acts="social_worker",
        meets="a placement planning meeting recorded",
    ),
    RuleDef(
        "LAR-ADJOURN",
        "procedure §9",
        "Adjourned review completed",
        subject="review",
        only_for="is_adjourned",
        start="first_adjournment",
        due=Due("working", 20),
        met_by="completed_after_adjournment",
        who_acts="iro",
        meets="the adjourned review completed (its record received)",
    ),
    RuleDef(
        "LAR-EMERGENCY",
        "procedure §2.5",
        "Consider an emergency review",
        subject="event",
        start="received",
        due=Due("working", 1),
        met_by="considered",
        who_acts="iro",
        meets="the IRO's answer, or a review booked",
        chase=Chase.NOTICE,
    ),
    RuleDef(
        "LAR-PERMANENCE",
        "procedure §10",
        "Permanence plan checked before the second review",
        subject="next_review",
        only_for="is_second",
        start="previous_held",
        due=Due("months", 3),
        met_by="held",
        who_acts="iro",
        meets="checked at the second review: a permanence plan with milestones and a contingency",
        chase=Chase.CHECKLIST,
        checklist_of="LAR-SECOND",
        ends_when_ceased=True,
    ),
    RuleDef(
        "LAR-CONTINGENCY",
        "procedure §10",
        "Contingency plan checked before the third review",
        subject="next_review",
        only_for="is_third",
        applies="permanence_not_achieved",
        start="previous_held",
        due=Due("months", 6),
        met_by="held",
        who_acts="iro",
        meets="checked at the third review: a contingency plan, permanence not yet achieved",
        chase=Chase.CHECKLIST,
        checklist_of="LAR-SUBSEQUENT",
        ends_when_ceased=True,
    ),
    RuleDef(
        "LAR-CEASE",
        "procedure §16",
        "Approval to cease looking after the child",
        subject="ceasing",
        applies="needs_approval",
        start="received",
        due=Due("at_once"),
        met_by="approved",
        who_acts="nominated_officer",
        meets="the approval the child needs named in the email (a Group Manager or Head of "
        "Service after 20 working days looked after; the Director of Children's Services "
        "for a child of 16 or over)",
        chase=Chase.NOTICE,
    ),
    RuleDef(
        "LAR-CAFCASS-DECISION",
        "procedure §17",
        "Cafcass Legal decides on the referral",
        subject="referral",
        start="referred",
        due=Due("days", 14),
        met_by="decision",
        who_acts="cafcass_legal",
        meets="Cafcass Legal's decision",
    ),
    # ---- Cafcass and IRO protocol (public law proceedings) ------------------------------
    RuleDef(
        "CIP-GUARDIAN-NAMED",
        "protocol, Pre-CMH",
        "Children's Guardian named to the IRO service",
        subject="proceedings",
        start="first_court_email",
        due=Due("working", 5),
        met_by="guardian_named",
        who_acts="cafcass_business_support",
        meets="Cafcass's allocation email naming the guardian (the protocol says 'at the "
        "point of allocation'; caseclock allows 5 working days from the first court email)",
    ),
    RuleDef(
        "CIP-IRO-NAMED",
        "protocol, Pre-CMH",
        "Named IRO's details sent to Cafcass",
        subject="proceedings",
        applies="iro_allocated",
        start="guardian_and_iro_named",
        due=Due("at_once"),
        met_by="iro_details_sent",
        who_acts="iro_service",
        meets="the named IRO's contact details sent to Cafcass (caseclock sends it itself)",
        chase=Chase.NOTICE,
    ),
    RuleDef(
        "CIP-CONTACT-BEFORE-CMH",
        "protocol, Pre-CMH",
        "Guardian contacts the IRO before the CMH",
        subject="proceedings",
        start="cmh_known",
        due=Due("before", 1, anchor="CMH"),
        met_by="guardian_iro_contact",
        who_acts="guardian",
        meets="a mail between guardian and IRO, or contact recorded",
    ),
    RuleDef(
        "CIP-REVIEW-TO-GUARDIAN",
        "protocol, Pre-CMH",
        "Review record sent to the guardian",
        subject="review",
        only_for="in_proceedings_with_guardian",
        start="review_record",
        due=Due("working", 5),
        met_by="sent_to_guardian",
        who_acts="iro",
        meets="the review record and arrangements sent to the Children's Guardian "
        "(caseclock offers to send it)",
        chase=Chase.NOTICE,
    ),
    RuleDef(
        "CIP-COURT-DOCS",
        "protocol, Pre-CMH",
        "Court document sent to the IRO",
        subject="document",
        start="clock",
        due=Due("working", 5),
        met_by="received",
        who_acts="la_legal",
        meets="the document arriving in the IRO mailbox",
    ),
    RuleDef(
        "CIP-HANDOVER",
        "protocol, Completion",
        "Guardian's final care plan and written handover",
        subject="proceedings",
        start="ended",
        due=Due("working", 10),
        met_by="handover",
        who_acts="guardian",
        meets="the guardian's written handover",
    ),
    RuleDef(
        "CIP-CLOSING-MEETING",
        "protocol, Completion",
        "Closing meeting of guardian and IRO",
        subject="proceedings",
        only_for="closing_meeting_needed",
        start="ended",
        due=Due("working", 20),
        met_by="closing_meeting",
        who_acts="guardian",
        meets="the meeting recorded (with team manager and social worker)",
    ),
    RuleDef(
        "CIP-REFERRAL-DECISION",
        "protocol, During proceedings",
        "Cafcass Legal's decision and written report on the referral",
        subject="referral",
        start="referred",
        due=Due("days", 14),
        met_by="decision",
        who_acts="cafcass_legal",
        meets="Cafcass Legal's decision and written report",
    ),
)

RULES_BY_ID: dict[str, RuleDef] = {rule.id: rule for rule in RULES}


def rule(rule_id: str) -> RuleDef:
    """The rule with this id; KeyError names the id."""
    try:
        return RULES_BY_ID[rule_id]
    except KeyError:
        raise KeyError(f"no rule with id {rule_id!r}") from None
