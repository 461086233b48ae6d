"""The rule engine: a child's case state and a date in, every deadline out, each explained.

``evaluate_case`` turns the facts of ``rules.state`` into subjects (the child, each
review, each proceedings, document, event, referral and ceasing), then runs each rule of
the catalogue over the subjects of its type. ``status_on`` is the same status logic for
a stored deadline whose only change is the date: the daily sweep uses it, so the sweep
and a full evaluation can never disagree. Pure: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Literal

from dateutil.relativedelta import relativedelta

from rules.calendar import DAY_NAMES, WorkingCalendar
from rules.catalogue import MONTHS_AS_DAYS, RULES, Chase, Due, RuleDef
from rules.state import CaseState, Fact, ReviewState


class Status(StrEnum):
    PENDING = "pending"
    OPEN = "open"
    OVERDUE = "overdue"
    MET = "met"
    MET_LATE = "met_late"
    DEEMED_AGREED = "deemed_agreed"
    NOT_APPLICABLE = "not_applicable"


# Statuses a date alone can still change; the sweep looks only at these.
LIVE_STATUSES = frozenset({Status.PENDING, Status.OPEN, Status.OVERDUE})
FINAL_STATUSES = frozenset(
    {Status.MET, Status.MET_LATE, Status.DEEMED_AGREED, Status.NOT_APPLICABLE}
)

Recipient = Literal["acts", "team_manager", "service_manager", "head_of_service", "director"]


@dataclass(frozen=True, slots=True)
class LadderStep:
    """One configured step after the due date: 0 is the chaser on the due date itself."""

    name: str
    after_working_days: int
    to: str
    cc: tuple[str, ...] = ()


DEFAULT_LADDER: tuple[LadderStep, ...] = (
    LadderStep("chaser", 0, "acts"),
    LadderStep("team_manager", 1, "acts", ("team_manager",)),
    LadderStep("service_manager", 5, "service_manager"),
    LadderStep("head_of_service", 10, "head_of_service"),
)


@dataclass(frozen=True, slots=True)
class RuleSettings:
    month_rule: str = "days"  # "days" (91/183/365) or "calendar" (calendar months)
    amber_working_days: int = 5
    reminder_working_days_before: int = 2
    ladder: tuple[LadderStep, ...] = DEFAULT_LADDER


@dataclass(frozen=True, slots=True)
class ScheduledStep:
    """A mail the ladder would send for a deadline, and the day it becomes due."""

    name: str
    on: date
    to: str
    cc: tuple[str, ...] = ()
    kind: Literal["reminder", "notice", "chaser", "escalation"] = "chaser"


@dataclass(frozen=True, slots=True)
class Deadline:
    rule_id: str
    source: str
    title: str
    subject_type: str
    subject_key: str
    who_acts: str
    meets: str
    chase: Chase
    status: Status
    clock_start: date | None = None
    started_by: str | None = None
    due: date | None = None
    latest_working_day: date | None = None  # set when a calendar-day due date is not a working day
    met_on: date | None = None
    met_by: str | None = None
    reason: str = ""
    explanation: tuple[str, ...] = ()
    schedule: tuple[ScheduledStep, ...] = ()
    next_step: ScheduledStep | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.rule_id, self.subject_key)


@dataclass(slots=True)
class Subject:
    """What a rule is counted for, with the facts its rules read by name."""

    type: str
    key: str
    facts: dict[str, Fact | date | bool | int | None]
    notes: list[str] = field(default_factory=list)

    def fact(self, name: str) -> Fact | None:
        value = self.facts.get(name)
        if value is None or isinstance(value, Fact):
            return value
        raise TypeError(f"subject {self.key}: {name} is not a fact")

    def flag(self, name: str) -> bool:
        return bool(self.facts.get(name))


# ---- subjects -----------------------------------------------------------------------------


def _earliest(*facts: Fact | None) -> Fact | None:
    present = [f for f in facts if f is not None]
    return min(present, key=lambda f: f.on) if present else None


def _child_subjects(case: CaseState, cal: WorkingCalendar) -> list[Subject]:
    held = case.held_reviews()
    return [
        Subject(
            "child",
            "child",
            {
                "looked_after": case.looked_after,
                "notified": case.notified,
                "first_review_held": held[0].held if held else None,
            },
        )
    ]


def _next_review_subjects(case: CaseState, cal: WorkingCalendar) -> list[Subject]:
    """Review N+1 is due from the day review N was held (§2.1): 91 days after the
    initial review, 183 after any later one. Review 2 exists (pending) from the start."""
    if case.looked_after is None and not case.reviews:
        return []
    held = case.held_reviews()
    # A child already in care when first heard of (no looked-after mail, no date): the first
    # review seen is not the initial one, so every next review is a subsequent one (§2.1).
    midway = case.looked_after is None and case.notified is None
    subjects = []
    for index in range(max(1, len(held))):
        previous = held[index].held if index < len(held) else None
        following = held[index + 1].held if index + 1 < len(held) else None
        sequence = index + 2
        subjects.append(
            Subject(
                "next_review",
                f"review-{sequence}",
                {
                    "sequence": sequence,
                    "is_second": sequence == 2 and not midway,
                    "is_subsequent": sequence >= 3 or midway,
                    "is_third": sequence == 3 and not midway,
                    "permanence_not_achieved": not case.permanence_achieved,
                    "previous_held": previous,
                    "held": following,
                },
            )
        )
    return subjects


def _meeting_interval_subjects(case: CaseState, cal: WorkingCalendar) -> list[Subject]:
    """§2.2-2.3: in a designated long-term foster placement reviews may be held without a
    meeting, but there must be a meeting at least once a year."""
    if case.long_term_foster_from is None:
        return []
    meetings = [r.held for r in case.held_reviews() if r.with_meeting and r.held is not None]
    subjects = []
    for index, meeting in enumerate(meetings):
        following = meetings[index + 1] if index + 1 < len(meetings) else None
        # Only intervals that run while the placement is designated long-term matter.
        if following is not None and following.on < case.long_term_foster_from:
            continue
        subjects.append(
            Subject(
                "meeting_interval",
                f"meeting-after-{meeting.on.isoformat()}",
                {"last_meeting": meeting, "next_meeting": following},
            )
        )
    return subjects


def _guardian_named_during(case: CaseState, on: date) -> bool:
    for proceedings in case.proceedings:
        named = proceedings.guardian_named
        ended = proceedings.ended
        if named is not None and named.on <= on and (ended is None or ended.on >= on):
            return True
    return False


def _review_subject(case: CaseState, review: ReviewState) -> Subject:
    first_adjournment = review.adjournments[0] if review.adjournments else None
    completed = (
        review.held
        if review.held is not None
        and first_adjournment is not None
        and review.held.on >= first_adjournment.on
        else None
    )
    record = _earliest(review.decisions, review.full_record)
    subject = Subject(
        "review",
        f"review-{review.sequence}",
        {
            "is_booked": review.booked_for is not None,
            "booked": review.booked,
            "anchor": review.booked_for,
            "consultation_evidence": _earliest(
                review.consultation, review.invitations, review.held
            ),
            "invitations": review.invitations,
            "reports": review.reports,
            "held": review.held,
            "decisions": record,
            "full_record": review.full_record,
            "copies_sent": review.copies_sent,
            "manager_response": review.manager_response,
            "manager_agreed": review.manager_agreed,
            "care_plan_updated": review.care_plan_updated,
            "needs_placement_meeting": review.pir_updated is False,
            "placement_meeting": review.placement_meeting,
            "is_adjourned": first_adjournment is not None,
            "first_adjournment": first_adjournment,
            "completed_after_adjournment": completed,
            "review_record": record,
            "in_proceedings_with_guardian": record is not None
            and _guardian_named_during(case, record.on),
            "sent_to_guardian": review.sent_to_guardian,
        },
    )
    for refused in review.adjournments[1:]:
        subject.notes.append(
            f"a second adjournment on {refused.on.isoformat()} was refused: §9 allows a "
            "review to be adjourned once only"
        )
    return subject


def _review_subjects(case: CaseState, cal: WorkingCalendar) -> list[Subject]:
    return [_review_subject(case, review) for review in case.reviews]


def _later(fact: Fact | None, on: date | None, why: str) -> Fact | None:
    """``fact``, or a later date ``on`` when the clock also waits for that."""
    if fact is None or on is None or on <= fact.on:
        return fact
    return Fact(on, why)


def _proceedings_subjects(case: CaseState, cal: WorkingCalendar) -> list[Subject]:
    return [
        Subject(
            "proceedings",
            p.case_number,
            {
                "first_court_email": p.first_court_email,
                "guardian_named": p.guardian_named,
                "iro_allocated": case.iro_allocated,
                # The IRO's details can go to Cafcass once both are named (protocol, Pre-CMH).
                "guardian_and_iro_named": _later(
                    p.guardian_named, case.iro_allocated_on, "the IRO allocated"
                ),
                "iro_details_sent": p.iro_details_sent,
                "cmh_known": (p.cmh_known or p.first_court_email) if p.cmh else None,
                "anchor": p.cmh,
                "guardian_iro_contact": p.guardian_iro_contact,
                "ended": p.ended,
                "handover": p.handover,
                "closing_meeting_needed": p.closing_meeting_needed is True,
                "closing_meeting": p.closing_meeting,
            },
        )
        for p in case.proceedings
    ]


def _document_subjects(case: CaseState, cal: WorkingCalendar) -> list[Subject]:
    subjects = []
    for p in case.proceedings:
        for doc in p.documents:
            clock = (
                Fact(doc.filing_due, "the filing deadline in a directions order")
                if doc.filing_due is not None
                else doc.filed
            )
            subjects.append(
                Subject(
                    "document",
                    f"{p.case_number}/{doc.key}",
                    {"clock": clock, "received": doc.received, "document": None},
                    [f"document: {doc.document}"],
                )
            )
    return subjects


def _event_subjects(case: CaseState, cal: WorkingCalendar) -> list[Subject]:
    return [
        Subject(
            "event",
            e.key,
            {"received": e.received, "considered": e.considered},
            [f"event: {e.subtype}"],
        )
        for e in case.events
    ]


def _referral_subjects(case: CaseState, cal: WorkingCalendar) -> list[Subject]:
    return [
        Subject("referral", r.key, {"referred": r.referred, "decision": r.decision})
        for r in case.referrals
    ]


# Who may approve for a nominated officer; the Director of Children's Services, above them
# all, may too.
NOMINATED_OFFICERS = frozenset(
    {"nominated_officer", "group_manager", "head_of_service", "director"}
)


def _age_on(dob: date, on: date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def _ceasing_subjects(case: CaseState, cal: WorkingCalendar) -> list[Subject]:
    """§16: a child looked after for at least 20 working days needs a designated nominated
    officer's approval (a Group Manager or Head of Service); a child of 16 or over needs
    the Director of Children's Services' approval."""
    subjects = []
    for ceasing in case.ceasings:
        on = ceasing.received.on
        notes: list[str] = []
        needs: list[str] = []
        if case.looked_after is None:
            notes.append("date looked after unknown: a nominated officer's approval is required")
            needs.append("nominated_officer")
        else:
            days = cal.working_days_between(case.looked_after.on, on)
            notes.append(f"looked after for {days} working days at {on.isoformat()}")
            if days >= 20:
                needs.append("nominated_officer")
        if case.dob is None:
            notes.append("date of birth unknown: whether the Director must approve is not known")
        elif _age_on(case.dob, on) >= 16:
            notes.append(f"aged {_age_on(case.dob, on)}: the Director must approve")
            needs.append("director")
        satisfied = all(
            (ceasing.approvals & NOMINATED_OFFICERS)
            if need == "nominated_officer"
            else need in ceasing.approvals
            for need in needs
        )
        approved = ceasing.received
        if satisfied and needs:
            # Met on the day the last approval the child needs was first named.
            named_on = dict(ceasing.named_on)
            day = max(
                min(
                    named_on.get(role, on)
                    for role in ceasing.approvals
                    if (role in NOMINATED_OFFICERS if need == "nominated_officer" else role == need)
                )
                for need in needs
            )
            if day != on:
                approved = Fact(day, "a later mail about the same ceasing")
        named = ", ".join(sorted(ceasing.approvals)) or "none"
        notes.append(f"approvals named: {named}")
        subjects.append(
            Subject(
                "ceasing",
                ceasing.key,
                {
                    "received": ceasing.received,
                    "needs_approval": bool(needs),
                    "approved": approved if satisfied else None,
                },
                notes,
            )
        )
    return subjects


SUBJECT_BUILDERS = {
    "child": _child_subjects,
    "next_review": _next_review_subjects,
    "meeting_interval": _meeting_interval_subjects,
    "review": _review_subjects,
    "proceedings": _proceedings_subjects,
    "document": _document_subjects,
    "event": _event_subjects,
    "referral": _referral_subjects,
    "ceasing": _ceasing_subjects,
}


# ---- counting -----------------------------------------------------------------------------


def compute_due(
    due: Due, start: date, anchor: date | None, cal: WorkingCalendar, settings: RuleSettings
) -> date:
    """The due date of a clock started on ``start`` (``anchor`` for 'before' rules)."""
    if due.kind == "working":
        return cal.add_working_days(start, due.n)
    if due.kind == "days":
        return start + timedelta(days=due.n)
    if due.kind == "months":
        if settings.month_rule == "calendar":
            return start + relativedelta(months=due.n)
        return start + timedelta(days=MONTHS_AS_DAYS[due.n])
    if due.kind == "before":
        if anchor is None:
            raise ValueError("a 'before' rule needs an anchor date")
        return cal.subtract_working_days(anchor, due.n)
    return start


def status_on(rule: RuleDef, due: date, met_on: date | None, today: date) -> Status:
    """The status of a started clock on ``today``: shared by evaluation and the sweep."""
    if rule.status_hook == "deemed_agreement" and (met_on is None or met_on > due):
        # §14: no response within five working days means the decisions are agreed.
        return Status.DEEMED_AGREED if today > due else Status.OPEN
    if met_on is not None:
        return Status.MET if met_on <= due else Status.MET_LATE
    return Status.OPEN if today <= due else Status.OVERDUE


def ladder_schedule(
    rule: RuleDef,
    clock_start: date,
    due: date,
    cal: WorkingCalendar,
    settings: RuleSettings,
) -> tuple[ScheduledStep, ...]:
    """Every mail the ladder would send for this deadline, in order, with its date."""
    if rule.chase in (Chase.NONE, Chase.CHECKLIST):
        return ()
    # A calendar-day due date on a weekend or holiday is chased on the working day before.
    last_day = cal.latest_working_day(due)
    steps: list[ScheduledStep] = []
    if rule.chase is Chase.NOTICE:
        steps.append(ScheduledStep("notice", clock_start, "acts", kind="notice"))
    reminder_on = cal.subtract_working_days(last_day, settings.reminder_working_days_before)
    if settings.reminder_working_days_before and clock_start < reminder_on < last_day:
        steps.append(ScheduledStep("reminder", reminder_on, "acts", kind="reminder"))
    if rule.chase is Chase.REMINDER:
        if clock_start <= last_day:
            steps.append(ScheduledStep("due_day_reminder", last_day, "acts", kind="reminder"))
        return tuple(steps)
    for step in settings.ladder:
        on = (
            last_day
            if step.after_working_days == 0
            else cal.add_working_days(due, step.after_working_days)
        )
        if rule.chase is Chase.NOTICE and on <= clock_start and step.after_working_days == 0:
            continue  # the notice itself already went on the clock's first day
        kind: Literal["chaser", "escalation"] = "chaser" if step.to == "acts" else "escalation"
        # A clock set after its due date (a review booked late) is chased from its start.
        steps.append(ScheduledStep(step.name, max(on, clock_start), step.to, step.cc, kind=kind))
    return tuple(steps)


def next_step(
    schedule: Iterable[ScheduledStep], done: Iterable[str], today: date | None = None
) -> ScheduledStep | None:
    """The step to send next: without ``today``, the first one not yet sent.

    With ``today``, a step overtaken by a later step that is also due is skipped: after a
    week's outage the head of service hears of it, and nobody gets a stale reminder.
    """
    sent = set(done)
    unsent = [step for step in schedule if step.name not in sent]
    if today is None:
        return unsent[0] if unsent else None
    due = [step for step in unsent if step.on <= today]
    if due:
        return due[-1]
    return unsent[0] if unsent else None


MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


@lru_cache(maxsize=4096)  # called several times a deadline; fixed names, whatever the locale
def _fmt(day: date) -> str:
    month = MONTH_ABBREVIATIONS[day.month - 1]
    return f"{DAY_NAMES[day.weekday()][:3]} {day.day:02d} {month} {day.year}"


def _counting_lines(
    rule: RuleDef, start: date, due: date, cal: WorkingCalendar, settings: RuleSettings
) -> list[str]:
    lines = [f"Counting: {rule.due.describe(settings.month_rule)}."]
    if rule.due.kind in ("working", "before"):
        low, high = (start, due) if due >= start else (due, start)
        skipped = [d for d in cal.non_working_days(low, high) if d.day.weekday() < 5]
        weekends = sum(1 for d in cal.non_working_days(low, high) if d.day.weekday() >= 5)
        text = f"Weekend days skipped: {weekends}."
        if skipped:
            text += " Also skipped: " + "; ".join(f"{_fmt(d.day)} ({d.reason})" for d in skipped)
            text += "."
        lines.append(text)
    return lines


def _evaluate_rule(
    rule: RuleDef,
    subject: Subject,
    case: CaseState,
    today: date,
    cal: WorkingCalendar,
    settings: RuleSettings,
    done_steps: Mapping[tuple[str, str], Iterable[str]],
    earlier: Mapping[tuple[str, str], Deadline],
    explain: bool = True,
) -> Deadline:
    base = {
        "rule_id": rule.id,
        "source": rule.source,
        "title": rule.title,
        "subject_type": subject.type,
        "subject_key": subject.key,
        "who_acts": rule.who_acts,
        "meets": rule.meets,
        "chase": rule.chase,
    }
    head = f"{rule.id} ({rule.source}): {rule.title}; subject {subject.type} {subject.key}."
    notes = [head, *subject.notes]

    if rule.applies is not None and not subject.flag(rule.applies):
        return Deadline(
            **base,  # type: ignore[arg-type]
            status=Status.NOT_APPLICABLE,
            reason=f"does not apply: {rule.applies.replace('_', ' ')} is not so",
            explanation=tuple(notes),
        )

    start_fact = subject.fact(rule.start) if rule.start_hook is None else None
    if rule.start_hook == "agreed_or_deemed":
        manager = earlier.get(("LAR-MANAGER", subject.key))
        agreed = subject.facts.get("manager_agreed")
        if manager is None or manager.due is None:
            start_fact = None
        elif manager.status is Status.DEEMED_AGREED:
            start_fact = Fact(
                manager.due, "deemed agreed: no reply from the designated manager (LAR-MANAGER)"
            )
        elif manager.status is Status.MET and agreed is False:
            return Deadline(
                **base,  # type: ignore[arg-type]
                status=Status.NOT_APPLICABLE,
                reason="the designated manager disagreed (§14): dispute resolution applies",
                explanation=tuple(notes),
            )
        elif manager.status is Status.MET:
            start_fact = subject.fact("manager_response")

    if start_fact is None:
        if rule.ends_when_ceased and case.ceased_on is not None:
            # A clock that never started cannot apply once the child has ceased.
            reason = f"the child ceased to be looked after on {case.ceased_on.isoformat()}"
            return Deadline(
                **base,  # type: ignore[arg-type]
                status=Status.NOT_APPLICABLE,
                reason=reason,
                explanation=(*notes, reason.capitalize() + "."),
            )
        return Deadline(
            **base,  # type: ignore[arg-type]
            status=Status.PENDING,
            reason=f"clock not started: waiting for {rule.start.replace('_', ' ')}",
            explanation=tuple(notes),
        )

    anchor_value = subject.facts.get("anchor")
    anchor = anchor_value if isinstance(anchor_value, date) else None
    due = compute_due(rule.due, start_fact.on, anchor, cal, settings)
    latest = cal.latest_working_day(due)
    met_fact = subject.fact(rule.met_by) if rule.met_by else None
    status = status_on(rule, due, met_fact.on if met_fact else None, today)

    notes.append(
        f"Clock started {_fmt(start_fact.on)} by {start_fact.source or 'a recorded fact'}."
    )
    if explain:  # listing skipped days walks the calendar: only when someone will read it
        # Only a 'before' rule counts from its anchor; every other rule from its clock start.
        count_from = anchor if rule.due.kind == "before" and anchor is not None else start_fact.on
        notes.extend(_counting_lines(rule, count_from, due, cal, settings))
    if rule.due.kind == "before" and anchor is not None:
        notes.append(f"Anchor: {rule.due.anchor} {_fmt(anchor)}.")
    notes.append(f"Due {_fmt(due)}.")
    if latest != due:
        notes.append(
            f"{_fmt(due)} is not a working day ({cal.why_not_working(due)}); "
            f"latest working day: {_fmt(latest)}."
        )
    if due < start_fact.on:
        notes.append("The clock started after the due date: it was already late when set.")

    reason = ""
    if met_fact is not None:
        notes.append(f"Met {_fmt(met_fact.on)} by {met_fact.source or 'a recorded fact'}.")
    if status is Status.DEEMED_AGREED:
        reason = "no response from the designated manager by the due date: deemed agreed"
        notes.append(reason.capitalize() + " (§14).")
        if met_fact is not None:
            notes.append(f"The response of {_fmt(met_fact.on)} came after the deemed agreement.")

    if (
        rule.ends_when_ceased
        and case.ceased_on is not None
        and status in LIVE_STATUSES
        and due >= case.ceased_on
    ):
        reason = f"the child ceased to be looked after on {case.ceased_on.isoformat()}"
        notes.append(reason.capitalize() + ".")
        status = Status.NOT_APPLICABLE

    schedule: tuple[ScheduledStep, ...] = ()
    upcoming = None
    if status in (Status.OPEN, Status.OVERDUE):
        schedule = ladder_schedule(rule, start_fact.on, due, cal, settings)
        upcoming = next_step(schedule, done_steps.get((rule.id, subject.key), ()), today)
    notes.append(f"Status on {_fmt(today)}: {status.value}.")
    return Deadline(
        **base,  # type: ignore[arg-type]
        status=status,
        clock_start=start_fact.on,
        started_by=start_fact.source,
        due=due,
        latest_working_day=latest if latest != due else None,
        # A reply after deemed agreement is told in the notes; nothing met the deadline.
        met_on=met_fact.on if met_fact and status is not Status.DEEMED_AGREED else None,
        met_by=met_fact.source if met_fact and status is not Status.DEEMED_AGREED else None,
        reason=reason,
        explanation=tuple(notes),
        schedule=schedule,
        next_step=upcoming,
    )


def evaluate_case(
    case: CaseState,
    today: date,
    cal: WorkingCalendar,
    settings: RuleSettings | None = None,
    done_steps: Mapping[tuple[str, str], Iterable[str]] | None = None,
    rules: Iterable[RuleDef] = RULES,
    explain: bool = True,
) -> list[Deadline]:
    """Every deadline of every rule for this child on ``today``, in catalogue order.

    ``done_steps`` maps (rule id, subject key) to the ladder steps already sent, so each
    deadline's ``next_step`` is the first one still to send.
    """
    settings = settings or RuleSettings()
    done = done_steps or {}
    subjects: dict[str, list[Subject]] = {}
    results: dict[tuple[str, str], Deadline] = {}
    for rule in rules:
        if rule.subject not in subjects:
            subjects[rule.subject] = SUBJECT_BUILDERS[rule.subject](case, cal)
        for subject in subjects[rule.subject]:
            if rule.only_for is not None and not subject.flag(rule.only_for):
                continue
            deadline = _evaluate_rule(
                rule, subject, case, today, cal, settings, done, results, explain
            )
            results[deadline.key] = deadline
    return list(results.values())


def rag(deadline: Deadline, today: date, cal: WorkingCalendar, settings: RuleSettings) -> str:
    """Appendix A: red (overdue or met late), amber (due within the window), else green."""
    if deadline.status in (Status.OVERDUE, Status.MET_LATE):
        return "red"
    if (
        deadline.status is Status.OPEN
        and deadline.due is not None
        and cal.working_days_between(today, deadline.due) <= settings.amber_working_days
    ):
        return "amber"
    return "green"
