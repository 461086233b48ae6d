"""Sample drafts for every template: what ``Renderer.check()`` renders at start-up, and a
reference for the context each template needs. All names and numbers are fictional."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from outbox.mail import Draft, Item, reference_tag

FROM_DOMAIN = "council.example.gov.uk"


def sample_item(
    rule_id: str = "LAR-INITIAL",
    *,
    case_ref: str = "1048213",
    initials: str = "AB",
    status: str = "open",
    step: str = "reminder",
    due: date | None = date(2027, 2, 5),
    latest_working_day: date | None = None,
    title: str = "Initial Looked After Review",
    source: str = "procedure §2.1",
    who_acts: str = "iro",
    meets: str = "the initial review held (its record received)",
) -> Item:
    return Item(
        rule_id=rule_id,
        rule_title=title,
        source=source,
        case_ref=case_ref,
        initials=initials,
        subject_key="child",
        due=due,
        latest_working_day=latest_working_day,
        status=status,
        who_acts=who_acts,
        meets=meets,
        step=step,
        tag=reference_tag(case_ref, rule_id),
        checklist=("Permanence plan with milestones and a contingency (LAR-PERMANENCE, §10)",),
        explanation=(
            f"{rule_id} ({source}): {title}; subject child child.",
            "Clock started Fri 08 Jan 2027 by a looked_after_start email.",
            "Due Fri 05 Feb 2027.",
        ),
    )


def _three(status: str, step: str) -> tuple[Item, ...]:
    return (
        sample_item(status=status, step=step),
        sample_item(
            "LAR-REPORTS",
            case_ref="2210987",
            initials="CD",
            status=status,
            step=step,
            due=date(2027, 2, 8),
            title="Reports for the review received",
            source="procedure §7",
            who_acts="social_worker",
            meets="Part 1 report, PEP, health plan, Placement Information Record received",
        ),
        sample_item(
            "LAR-SECOND",
            case_ref="3300121",
            initials="E.F.",
            status=status,
            step=step,
            due=date(2027, 3, 28),
            latest_working_day=date(2027, 3, 26),
            title="Second Looked After Review",
            meets="the second review held",
        ),
    )


def _draft(name: str, items: tuple[Item, ...] = (), **context: Any) -> Draft:
    return Draft(
        template=name,
        to=("iro.one@council.example.gov.uk",),
        items=items,
        context=context,
        message_id=f"<sample-{name}-{len(items)}@{FROM_DOMAIN}>",
    )


def sample_drafts(name: str) -> tuple[Draft, ...]:
    """Drafts exercising every branch of a template's subject and body."""
    if name == "reminder":
        return (
            _draft(name, (sample_item(),)),
            _draft(name, (sample_item(latest_working_day=date(2027, 2, 4)),)),
            _draft(name, _three("open", "reminder")),
        )
    if name == "chaser":
        return (
            _draft(name, (sample_item(status="open", step="chaser"),)),
            _draft(name, (sample_item(status="overdue", step="team_manager"),)),
            _draft(name, _three("overdue", "chaser")),
        )
    if name == "escalation":
        return (
            _draft(name, (sample_item(status="overdue", step="service_manager"),)),
            _draft(name, _three("overdue", "head_of_service")),
        )
    if name == "deemed_agreement":
        item = sample_item(
            "LAR-MANAGER",
            status="deemed_agreed",
            step="notice",
            due=date(2027, 2, 12),
            title="Designated manager considers the decisions",
            source="procedure §14, §6",
            who_acts="designated_manager",
            meets="the designated manager's reply",
        )
        return (
            _draft(name, (item,), review_date=date(2027, 1, 29), careplan_due=date(2027, 2, 26)),
        )
    if name == "iro_named":
        item = sample_item(
            "CIP-IRO-NAMED",
            case_ref="ZW27C00123",
            step="notice",
            due=date(2027, 2, 5),
            title="Named IRO's details sent to Cafcass",
            source="protocol, Pre-CMH",
            who_acts="iro_service",
            meets="the named IRO's contact details sent to Cafcass",
        )
        iro = {
            "iro_name": "Sam Patel",
            "iro_email": "sam.patel@council.example.gov.uk",
            "iro_phone": "01632 960 123",
        }
        return (
            _draft(name, (item,), **iro, guardian_name="Robin Hale"),
            _draft(name, (item,), **iro),
        )
    if name == "review_to_guardian":
        item = sample_item(
            "CIP-REVIEW-TO-GUARDIAN",
            step="notice",
            due=date(2027, 2, 12),
            title="Review record sent to the guardian",
            source="protocol, Pre-CMH",
            meets="the review record and arrangements sent to the Children's Guardian",
        )
        return (
            _draft(
                name,
                (item,),
                guardian_name="Robin Hale",
                guardian_email="robin.hale@cafcass.gov.uk",
                review_date=date(2027, 2, 5),
            ),
        )
    if name == "emergency_prompt":
        item = sample_item(
            "LAR-EMERGENCY",
            step="notice",
            due=date(2027, 2, 8),
            title="Consider an emergency review",
            source="procedure §2.5",
            meets="the IRO's answer, or a review booked",
        )
        return (
            _draft(name, (item,), event_subtype="placement_breakdown", event_date=date(2027, 2, 5)),
        )
    if name == "cease_escalation":
        item = sample_item(
            "LAR-CEASE",
            status="overdue",
            step="escalation",
            due=date(2027, 2, 5),
            title="Approval to cease looking after the child",
            source="procedure §16",
            who_acts="nominated_officer",
            meets="the approval the child needs named in the email",
        )
        needed = "the Director of Children's Services (the child is 16 or over)"
        return (
            _draft(
                name,
                (item,),
                ceased_on=date(2027, 2, 4),
                approval_needed=needed,
                approval_found="a Group Manager",
            ),
            _draft(name, (item,), ceased_on=date(2027, 2, 4), approval_needed=needed),
        )
    if name == "triage_request":
        candidates = (
            {"case_ref": "1048213", "initials": "AB", "why": "same LA reference"},
            {"case_ref": "1048231", "initials": "AD", "why": "similar LA reference"},
        )
        received = datetime(2027, 2, 5, 9, 41)
        return (
            _draft(
                name,
                ledger_id=4711,
                received_at=received,
                sender="someone@partner.example.org",
                reason="the LA reference matches two children",
                candidates=candidates,
            ),
            _draft(
                name,
                ledger_id=4712,
                received_at=received,
                sender="someone@partner.example.org",
                reason="the sender's domain is not trusted for a court document",
                candidates=(),
            ),
        )
    if name == "rag_digest":
        return (
            _draft(
                name,
                week_ending=date(2027, 2, 5),
                by_team=(
                    {"name": "Children in Care North", "green": 40, "amber": 6, "red": 2},
                    {"name": "Children in Care South", "green": 31, "amber": 3, "red": 5},
                ),
                by_iro=(
                    {"name": "Sam Patel", "green": 38, "amber": 4, "red": 3},
                    {"name": "Jo Okafor", "green": 33, "amber": 5, "red": 4},
                ),
                by_rule=(
                    {"name": "LAR-INITIAL", "green": 20, "amber": 2, "red": 1},
                    {"name": "LAR-DECISIONS", "green": 51, "amber": 7, "red": 6},
                    {"name": "CIP-HANDOVER", "green": 0, "amber": 0, "red": 0},
                ),
            ),
        )
    if name == "admin_alert":
        return (
            _draft(
                name,
                key="quiet-intake",
                raised_at=datetime(2027, 2, 5, 14, 5),
                text="No mail has reached the IRO mailbox for 8 working hours.",
            ),
        )
    raise KeyError(f"no sample for template {name!r}")
