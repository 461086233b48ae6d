"""Every rule of /work/shared/domain/rules.md checked against the engine, one rule at a time.

Expected due dates are worked out by hand from a printed calendar and the England bank
holidays (gov.uk), never copied from the engine. The working sits next to each date:
"=k" marks the kth working day counted, anything else is a day skipped and why.

Bank holidays met here: Fri 25 Dec 2026 (Xmas), Sat 26 Dec 2026 (Boxing Day, a weekend),
Mon 28 Dec 2026 (Boxing Day substitute), Fri 1 Jan 2027 (NYD), Fri 26 Mar 2027 (Good
Friday, GF), Mon 29 Mar 2027 (Easter Monday, EM), Mon 3 May 2027 (May Day).

Calendar months (for the calendar-day rules):
    December 2026          January 2027           March 2027             April 2027
    Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
        1  2  3  4  5  6                1  2  3    1  2  3  4  5  6  7             1  2  3  4
     7  8  9 10 11 12 13    4  5  6  7  8  9 10    8  9 10 11 12 13 14    5  6  7  8  9 10 11
    14 15 16 17 18 19 20   11 12 13 14 15 16 17   15 16 17 18 19 20 21   12 13 14 15 16 17 18
    21 22 23 24 25 26 27   18 19 20 21 22 23 24   22 23 24 25 26 27 28   19 20 21 22 23 24 25
    28 29 30 31            25 26 27 28 29 30 31   29 30 31               26 27 28 29 30
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from rules.calendar import WorkingCalendar
from rules.catalogue import RULES
from rules.engine import Deadline, RuleSettings, Status, evaluate_case
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

D = date
CAL = WorkingCalendar(first_year=2024, last_year=2031)
RULES_MD = Path("/work/shared/domain/rules.md")

# The rule ids of rules.md's tables, copied by hand (used if rules.md is not present).
SPEC_IDS = frozenset(
    {
        "LAR-NOTIFY",
        "LAR-INITIAL",
        "LAR-SECOND",
        "LAR-SUBSEQUENT",
        "LAR-ANNUAL-MEETING",
        "LAR-CONSULT",
        "LAR-INVITES",
        "LAR-REPORTS",
        "LAR-DECISIONS",
        "LAR-FULL-RECORD",
        "LAR-COPIES",
        "LAR-MANAGER",
        "LAR-CAREPLAN",
        "LAR-PLACEMENT-MEETING",
        "LAR-ADJOURN",
        "LAR-EMERGENCY",
        "LAR-PERMANENCE",
        "LAR-CONTINGENCY",
        "LAR-CEASE",
        "LAR-CAFCASS-DECISION",
        "CIP-GUARDIAN-NAMED",
        "CIP-IRO-NAMED",
        "CIP-CONTACT-BEFORE-CMH",
        "CIP-REVIEW-TO-GUARDIAN",
        "CIP-COURT-DOCS",
        "CIP-HANDOVER",
        "CIP-CLOSING-MEETING",
        "CIP-REFERRAL-DECISION",
    }
)

LA = D(2026, 12, 14)  # Monday 14 December 2026: the child becomes looked after
CASE_NO = "ZC26C50001"


def fact(day: date | None, source: str = "<msg@test>") -> Fact | None:
    return None if day is None else Fact(day, source)


def child(**changes: object) -> CaseState:
    base = CaseState(
        child_key="child-1",
        la_ref="LA-1",
        initials="AB",
        dob=D(2015, 5, 1),
        looked_after=Fact(LA, "<la-start@council>"),
        iro_allocated=True,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def evaluate(case: CaseState, today: date, settings: RuleSettings | None = None) -> list[Deadline]:
    return evaluate_case(case, today, CAL, settings or RuleSettings())


def one(
    case: CaseState,
    today: date,
    rule_id: str,
    key: str | None = None,
    settings: RuleSettings | None = None,
) -> Deadline:
    found = [
        d
        for d in evaluate(case, today, settings)
        if d.rule_id == rule_id and (key is None or d.subject_key == key)
    ]
    assert len(found) == 1, f"{rule_id}/{key}: {[(d.rule_id, d.subject_key) for d in found]}"
    return found[0]


def text(deadline: Deadline) -> str:
    return "\n".join(deadline.explanation)


# ---- case builders: each takes the date the rule is met (None: not met) ------------------


def notify(m: date | None) -> CaseState:
    return child(notified=fact(m))


def initial(m: date | None) -> CaseState:
    return child(reviews=() if m is None else (ReviewState(1, held=fact(m)),))


def second(m: date | None) -> CaseState:
    reviews = [ReviewState(1, held=fact(D(2027, 1, 14)))]
    if m is not None:
        reviews.append(ReviewState(2, held=fact(m)))
    return child(reviews=tuple(reviews))


def third(m: date | None, *, permanence: bool = False) -> CaseState:
    reviews = [
        ReviewState(1, held=fact(D(2027, 1, 14))),
        ReviewState(2, held=fact(D(2027, 4, 15))),
    ]
    if m is not None:
        reviews.append(ReviewState(3, held=fact(m)))
    return child(reviews=tuple(reviews), permanence_achieved=permanence)


def annual(m: date | None) -> CaseState:
    reviews = [
        ReviewState(1, held=fact(D(2027, 1, 15)), with_meeting=True),
        # A review held without a meeting does not meet LAR-ANNUAL-MEETING.
        ReviewState(2, held=fact(D(2027, 7, 16)), with_meeting=False),
    ]
    if m is not None:
        reviews.append(ReviewState(3, held=fact(m), with_meeting=True))
    return child(long_term_foster_from=D(2026, 1, 5), reviews=tuple(reviews))


# Review 2 booked on Mon 1 Feb 2027 for Tue 13 Apr 2027.
BOOKED = ReviewState(2, booked_for=D(2027, 4, 13), booked=Fact(D(2027, 2, 1), "<booking@x>"))


def consult(m: date | None) -> CaseState:
    return child(reviews=(replace(BOOKED, consultation=fact(m)),))


def invites(m: date | None) -> CaseState:
    return child(reviews=(replace(BOOKED, invitations=fact(m)),))


def reports(m: date | None) -> CaseState:
    return child(reviews=(replace(BOOKED, reports=fact(m)),))


# A review held on Tue 23 Mar 2027, the week before Easter.
HELD = ReviewState(1, held=Fact(D(2027, 3, 23), "<record@iro>"))


def decisions(m: date | None) -> CaseState:
    return child(reviews=(replace(HELD, decisions=fact(m)),))


def full_record(m: date | None) -> CaseState:
    return child(reviews=(replace(HELD, decisions=fact(D(2027, 3, 30)), full_record=fact(m)),))


def copies(m: date | None) -> CaseState:
    review = replace(HELD, full_record=fact(D(2027, 4, 14)), copies_sent=fact(m))
    return child(reviews=(review,))


def manager(m: date | None) -> CaseState:
    review = replace(
        HELD,
        decisions=fact(D(2027, 3, 30)),
        manager_response=fact(m),
        manager_agreed=True if m else None,
    )
    return child(reviews=(review,))


def careplan(m: date | None) -> CaseState:
    review = replace(
        HELD,
        decisions=fact(D(2027, 3, 30)),
        manager_response=fact(D(2027, 4, 5)),
        manager_agreed=True,
        care_plan_updated=fact(m),
    )
    return child(reviews=(review,))


def placement(m: date | None) -> CaseState:
    return child(reviews=(replace(HELD, pir_updated=False, placement_meeting=fact(m)),))


def adjourn(m: date | None) -> CaseState:
    review = ReviewState(1, adjournments=(Fact(D(2027, 3, 23), "<adjourned@iro>"),), held=fact(m))
    return child(reviews=(review,))


def emergency(m: date | None) -> CaseState:
    event = EventState("ev1", "placement_breakdown", Fact(D(2026, 12, 24), "<event@x>"), fact(m))
    return child(events=(event,))


def referral(m: date | None) -> CaseState:
    return child(referrals=(ReferralState("ref1", Fact(D(2027, 3, 12), "<ref@x>"), fact(m)),))


def ceasing(m: date | None) -> CaseState:
    # Ceasing mail on Thu 14 Jan 2027: looked after since Mon 14 Dec 2026, 20 working days
    # (see LAR-INITIAL's working), so a nominated officer must approve. The approval is
    # judged from the mail itself: "met" means the mail names it.
    approvals = frozenset({"group_manager"}) if m is not None else frozenset()
    return child(ceasings=(CeasingState("cease1", Fact(D(2027, 1, 14), "<cease@x>"), approvals),))


def proceedings(**changes: object) -> ProceedingsState:
    base = ProceedingsState(CASE_NO, first_court_email=Fact(D(2026, 12, 21), "<court@x>"))
    return replace(base, **changes)  # type: ignore[arg-type]


def guardian_named(m: date | None) -> CaseState:
    return child(proceedings=(proceedings(guardian_named=fact(m)),))


def iro_named(m: date | None) -> CaseState:
    p = proceedings(guardian_named=fact(D(2026, 12, 29)), iro_details_sent=fact(m))
    return child(proceedings=(p,))


def cmh_contact(m: date | None) -> CaseState:
    p = proceedings(
        cmh=D(2027, 1, 14), cmh_known=Fact(D(2027, 1, 4), "<cmh@x>"), guardian_iro_contact=fact(m)
    )
    return child(proceedings=(p,))


def review_to_guardian(m: date | None) -> CaseState:
    p = proceedings(guardian_named=fact(D(2026, 12, 29)))
    review = replace(HELD, decisions=fact(D(2027, 3, 30)), sent_to_guardian=fact(m))
    return child(proceedings=(p,), reviews=(review,))


def court_docs(m: date | None) -> CaseState:
    doc = CourtDocumentState(
        "expert@2027-03-24", "expert_report", filing_due=D(2027, 3, 24), received=fact(m)
    )
    return child(proceedings=(proceedings(documents=(doc,)),))


def handover(m: date | None) -> CaseState:
    p = proceedings(ended=Fact(D(2027, 3, 23), "<final-order@court>"), handover=fact(m))
    return child(proceedings=(p,))


def closing(m: date | None) -> CaseState:
    p = proceedings(
        ended=Fact(D(2027, 3, 23), "<final-order@court>"),
        closing_meeting_needed=True,
        closing_meeting=fact(m),
    )
    return child(proceedings=(p,))


@dataclass(frozen=True)
class RuleCase:
    rule_id: str
    key: str
    build: Callable[[date | None], CaseState]
    due: date
    on_time: date  # a met date on or before the due date
    late: date | None  # a met date after it (None: cannot happen for this rule)
    overdue_on: date  # a day after the due date with nothing met
    working: str  # how the due date was worked out
    late_status: Status = Status.MET_LATE
    overdue_status: Status = Status.OVERDUE


CASES = [
    RuleCase(
        "LAR-NOTIFY",
        "child",
        notify,
        D(2026, 12, 16),
        D(2026, 12, 16),
        D(2026, 12, 17),
        D(2026, 12, 17),
        "Mon 14 Dec +2wd: Tue 15 =1, Wed 16 =2",
    ),
    RuleCase(
        "LAR-INITIAL",
        "child",
        initial,
        D(2027, 1, 14),
        D(2027, 1, 12),
        D(2027, 1, 15),
        D(2027, 1, 15),
        "Mon 14 Dec 2026 +20wd: Tue 15..Fri 18 =1-4, Mon 21..Thu 24 =5-8, Fri 25 Xmas, "
        "Sat 26, Sun 27, Mon 28 sub, Tue 29..Thu 31 =9-11, Fri 1 Jan NYD, Mon 4..Fri 8 =12-16, "
        "Mon 11 =17, Tue 12 =18, Wed 13 =19, Thu 14 =20",
    ),
    RuleCase(
        "LAR-SECOND",
        "review-2",
        second,
        D(2027, 4, 15),
        D(2027, 4, 15),
        D(2027, 4, 16),
        D(2027, 4, 16),
        "initial held Thu 14 Jan 2027 (day 14 of the year) +91 = day 105 = 15 Apr "
        "(Jan 31, Feb 59, Mar 90); 13 weeks, so a Thursday",
    ),
    RuleCase(
        "LAR-PERMANENCE",
        "review-2",
        second,
        D(2027, 4, 15),
        D(2027, 4, 15),
        D(2027, 4, 16),
        D(2027, 4, 16),
        "rides with LAR-SECOND: due the day the second review is due",
    ),
    RuleCase(
        "LAR-SUBSEQUENT",
        "review-3",
        third,
        D(2027, 10, 15),
        D(2027, 10, 15),
        D(2027, 10, 18),
        D(2027, 10, 16),
        "second held Thu 15 Apr 2027 (day 105) +183 = day 288 = 15 Oct (Sep ends on 273); "
        "26 weeks + 1 day, so a Friday",
    ),
    RuleCase(
        "LAR-CONTINGENCY",
        "review-3",
        third,
        D(2027, 10, 15),
        D(2027, 10, 15),
        D(2027, 10, 18),
        D(2027, 10, 16),
        "rides with the third review (LAR-SUBSEQUENT): Fri 15 Oct 2027",
    ),
    RuleCase(
        "LAR-ANNUAL-MEETING",
        "meeting-after-2027-01-15",
        annual,
        D(2028, 1, 15),
        D(2028, 1, 14),
        D(2028, 1, 17),
        D(2028, 1, 17),
        "last meeting Fri 15 Jan 2027 +365 (no 29 Feb between) = Sat 15 Jan 2028",
    ),
    RuleCase(
        "LAR-CONSULT",
        "review-2",
        consult,
        D(2027, 3, 12),
        D(2027, 3, 11),
        D(2027, 3, 15),
        D(2027, 3, 15),
        "20wd before Tue 13 Apr 2027, back from Mon 12: Mon 12 =1, Fri 9 =2, Thu 8 =3, "
        "Wed 7 =4, Tue 6 =5, Mon 5 =6, Fri 2 =7, Thu 1 =8, Wed 31 Mar =9, Tue 30 =10, "
        "Mon 29 EM, Fri 26 GF, Thu 25 =11, Wed 24 =12, Tue 23 =13, Mon 22 =14, Fri 19 =15, "
        "Thu 18 =16, Wed 17 =17, Tue 16 =18, Mon 15 =19, Fri 12 Mar =20",
    ),
    RuleCase(
        "LAR-INVITES",
        "review-2",
        invites,
        D(2027, 3, 30),
        D(2027, 3, 24),
        D(2027, 3, 31),
        D(2027, 3, 31),
        "10wd before Tue 13 Apr 2027: as LAR-CONSULT, Tue 30 Mar =10",
    ),
    RuleCase(
        "LAR-REPORTS",
        "review-2",
        reports,
        D(2027, 4, 6),
        D(2027, 4, 6),
        D(2027, 4, 7),
        D(2027, 4, 7),
        "5wd before Tue 13 Apr 2027: as LAR-CONSULT, Tue 6 Apr =5",
    ),
    RuleCase(
        "LAR-DECISIONS",
        "review-1",
        decisions,
        D(2027, 4, 1),
        D(2027, 4, 1),
        D(2027, 4, 2),
        D(2027, 4, 2),
        "held Tue 23 Mar 2027 +5wd: Wed 24 =1, Thu 25 =2, Fri 26 GF, Mon 29 EM, Tue 30 =3, "
        "Wed 31 =4, Thu 1 Apr =5",
    ),
    RuleCase(
        "LAR-FULL-RECORD",
        "review-1",
        full_record,
        D(2027, 4, 15),
        D(2027, 4, 14),
        D(2027, 4, 16),
        D(2027, 4, 16),
        "held Tue 23 Mar 2027 +15wd: Wed 24 =1, Thu 25 =2, GF, EM, Tue 30 =3, Wed 31 =4, "
        "Thu 1 =5, Fri 2 =6, Mon 5..Fri 9 =7-11, Mon 12..Thu 15 Apr =12-15",
    ),
    RuleCase(
        "LAR-COPIES",
        "review-1",
        copies,
        D(2027, 5, 13),
        D(2027, 5, 13),
        D(2027, 5, 14),
        D(2027, 5, 14),
        "full record Wed 14 Apr 2027 +20wd: Thu 15 =1, Fri 16 =2, Mon 19..Fri 23 =3-7, "
        "Mon 26..Fri 30 =8-12, Mon 3 May BH, Tue 4..Fri 7 =13-16, Mon 10..Thu 13 May =17-20",
    ),
    RuleCase(
        # §14: LAR-MANAGER cannot be met late or overdue. With no reply by the due date
        # (or a reply after it) the decisions are deemed agreed.
        "LAR-MANAGER",
        "review-1",
        manager,
        D(2027, 4, 6),
        D(2027, 4, 5),
        D(2027, 4, 7),
        D(2027, 4, 7),
        "decisions circulated Tue 30 Mar 2027 +5wd: Wed 31 =1, Thu 1 =2, Fri 2 =3, Mon 5 =4, "
        "Tue 6 Apr =5",
        late_status=Status.DEEMED_AGREED,
        overdue_status=Status.DEEMED_AGREED,
    ),
    RuleCase(
        "LAR-CAREPLAN",
        "review-1",
        careplan,
        D(2027, 4, 19),
        D(2027, 4, 16),
        D(2027, 4, 20),
        D(2027, 4, 20),
        "agreed Mon 5 Apr 2027 +10wd: Tue 6..Fri 9 =1-4, Mon 12..Fri 16 =5-9, Mon 19 =10",
    ),
    RuleCase(
        "LAR-PLACEMENT-MEETING",
        "review-1",
        placement,
        D(2027, 3, 30),
        D(2027, 3, 30),
        D(2027, 3, 31),
        D(2027, 3, 31),
        "held Tue 23 Mar 2027 +7 days = Tue 30 Mar",
    ),
    RuleCase(
        "LAR-ADJOURN",
        "review-1",
        adjourn,
        D(2027, 4, 22),
        D(2027, 4, 22),
        D(2027, 4, 23),
        D(2027, 4, 23),
        "adjourned Tue 23 Mar 2027 +20wd: Wed 24 =1, Thu 25 =2, GF, EM, Tue 30 =3, Wed 31 =4, "
        "Thu 1 =5, Fri 2 =6, Mon 5..Fri 9 =7-11, Mon 12..Fri 16 =12-16, Mon 19..Thu 22 =17-20",
    ),
    RuleCase(
        "LAR-EMERGENCY",
        "ev1",
        emergency,
        D(2026, 12, 29),
        D(2026, 12, 29),
        D(2026, 12, 30),
        D(2026, 12, 30),
        "received Thu 24 Dec 2026, next working day: Fri 25 Xmas, Sat 26, Sun 27, Mon 28 sub, "
        "Tue 29 =1",
    ),
    RuleCase(
        "LAR-CAFCASS-DECISION",
        "ref1",
        referral,
        D(2027, 3, 26),
        D(2027, 3, 25),
        D(2027, 3, 29),
        D(2027, 3, 27),
        "referred Fri 12 Mar 2027 +14 days = Fri 26 Mar (Good Friday)",
    ),
    RuleCase(
        "CIP-REFERRAL-DECISION",
        "ref1",
        referral,
        D(2027, 3, 26),
        D(2027, 3, 25),
        D(2027, 3, 29),
        D(2027, 3, 27),
        "referred Fri 12 Mar 2027 +14 days = Fri 26 Mar (Good Friday)",
    ),
    RuleCase(
        # LAR-CEASE is due the day the ceasing mail arrives and is met by that mail naming
        # the approval, so it is met on its own day or not at all: no met_late case.
        "LAR-CEASE",
        "cease1",
        ceasing,
        D(2027, 1, 14),
        D(2027, 1, 14),
        None,
        D(2027, 1, 15),
        "at once: the day the ceasing mail arrived, Thu 14 Jan 2027",
    ),
    RuleCase(
        # rules.md says "at allocation"; the catalogue allows 5 working days from the first
        # court email (stated in the rule's `meets` text). Tested as the catalogue counts it.
        "CIP-GUARDIAN-NAMED",
        CASE_NO,
        guardian_named,
        D(2026, 12, 30),
        D(2026, 12, 29),
        D(2026, 12, 31),
        D(2026, 12, 31),
        "first court email Mon 21 Dec 2026 +5wd: Tue 22 =1, Wed 23 =2, Thu 24 =3, Fri 25 Xmas, "
        "Sat, Sun, Mon 28 sub, Tue 29 =4, Wed 30 =5",
    ),
    RuleCase(
        "CIP-IRO-NAMED",
        CASE_NO,
        iro_named,
        D(2026, 12, 29),
        D(2026, 12, 29),
        D(2026, 12, 30),
        D(2026, 12, 30),
        "at once: the day the guardian was named, Tue 29 Dec 2026",
    ),
    RuleCase(
        "CIP-CONTACT-BEFORE-CMH",
        CASE_NO,
        cmh_contact,
        D(2027, 1, 13),
        D(2027, 1, 11),
        D(2027, 1, 14),
        D(2027, 1, 14),
        "before the CMH on Thu 14 Jan 2027: the working day before, Wed 13 Jan",
    ),
    RuleCase(
        "CIP-REVIEW-TO-GUARDIAN",
        "review-1",
        review_to_guardian,
        D(2027, 4, 6),
        D(2027, 4, 6),
        D(2027, 4, 7),
        D(2027, 4, 7),
        "review record (decisions) Tue 30 Mar 2027 +5wd: Wed 31 =1, Thu 1 =2, Fri 2 =3, "
        "Mon 5 =4, Tue 6 Apr =5",
    ),
    RuleCase(
        "CIP-COURT-DOCS",
        f"{CASE_NO}/expert@2027-03-24",
        court_docs,
        D(2027, 4, 2),
        D(2027, 4, 1),
        D(2027, 4, 5),
        D(2027, 4, 5),
        "filing deadline Wed 24 Mar 2027 +5wd: Thu 25 =1, Fri 26 GF, Sat, Sun, Mon 29 EM, "
        "Tue 30 =2, Wed 31 =3, Thu 1 =4, Fri 2 Apr =5",
    ),
    RuleCase(
        "CIP-HANDOVER",
        CASE_NO,
        handover,
        D(2027, 4, 8),
        D(2027, 4, 8),
        D(2027, 4, 9),
        D(2027, 4, 9),
        "final order Tue 23 Mar 2027 +10wd: Wed 24 =1, Thu 25 =2, GF, EM, Tue 30 =3, "
        "Wed 31 =4, Thu 1 =5, Fri 2 =6, Mon 5 =7, Tue 6 =8, Wed 7 =9, Thu 8 Apr =10",
    ),
    RuleCase(
        "CIP-CLOSING-MEETING",
        CASE_NO,
        closing,
        D(2027, 4, 22),
        D(2027, 4, 21),
        D(2027, 4, 23),
        D(2027, 4, 23),
        "final order Tue 23 Mar 2027 +20wd: as LAR-ADJOURN, Thu 22 Apr =20",
    ),
]


def _id(case: RuleCase) -> str:
    return case.rule_id


# ---- the catalogue against the spec ------------------------------------------------------


def spec_ids() -> frozenset[str]:
    if not RULES_MD.exists():
        return SPEC_IDS
    found = re.findall(r"^\|\s*`([A-Z]{3}-[A-Z-]+)`\s*\|", RULES_MD.read_text(), re.MULTILINE)
    assert len(found) == len(set(found)), "a rule id appears twice in rules.md's tables"
    return frozenset(found)


def test_every_rule_in_rules_md_is_in_the_catalogue_and_vice_versa() -> None:
    ids = spec_ids()
    catalogue = {r.id for r in RULES}
    assert len(catalogue) == len(RULES), "duplicate rule ids in the catalogue"
    assert ids - catalogue == set(), "in rules.md but not in rules.catalogue.RULES"
    assert catalogue - ids == set(), "in rules.catalogue.RULES but not in rules.md"


def test_the_copied_list_matches_rules_md() -> None:
    # The fallback list must be the same as the spec's tables, so both tests mean one thing.
    assert spec_ids() == SPEC_IDS


def test_this_file_covers_every_rule() -> None:
    assert {c.rule_id for c in CASES} == {r.id for r in RULES}


# ---- per rule: due date, open on the due day, met, met late, overdue ----------------------


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_due_day_is_still_open(case: RuleCase) -> None:
    """GIVEN the clock has started and nothing meets it, WHEN today is the due date,
    THEN the due date is the hand-worked one and the status is open."""
    d = one(case.build(None), case.due, case.rule_id, case.key)
    assert d.due == case.due, case.working
    assert d.status is Status.OPEN


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_open_the_day_before(case: RuleCase) -> None:
    d = one(case.build(None), case.due - timedelta(days=1), case.rule_id, case.key)
    assert d.status is Status.OPEN


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_met_on_time(case: RuleCase) -> None:
    d = one(case.build(case.on_time), case.due + timedelta(days=60), case.rule_id, case.key)
    assert d.status is Status.MET
    assert d.met_on == case.on_time
    assert d.due == case.due


@pytest.mark.parametrize("case", [c for c in CASES if c.late is not None], ids=_id)
def test_met_late(case: RuleCase) -> None:
    assert case.late is not None
    d = one(case.build(case.late), case.due + timedelta(days=60), case.rule_id, case.key)
    assert d.status is case.late_status
    if case.late_status is Status.DEEMED_AGREED:
        # Nothing met it: the late reply is told in the working, not as a met date.
        assert d.met_on is None
        assert any("came after the deemed agreement" in line for line in d.explanation)
    else:
        assert d.met_on == case.late  # the met date is kept


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_overdue(case: RuleCase) -> None:
    d = one(case.build(None), case.overdue_on, case.rule_id, case.key)
    assert d.status is case.overdue_status
    assert d.met_on is None


def test_manager_cannot_be_met_late_a_late_reply_leaves_the_decisions_deemed_agreed() -> None:
    """§14: no trusted response by the due date means the decisions are deemed agreed;
    a reply arriving after that does not turn the deadline into met_late."""
    d = one(manager(D(2027, 4, 7)), D(2027, 4, 8), "LAR-MANAGER", "review-1")
    assert d.status is Status.DEEMED_AGREED
    assert "deemed agreed" in d.reason


def test_cease_is_met_on_its_own_day_or_escalates() -> None:
    """LAR-CEASE is due the day the mail arrives: a mail naming the approval meets it that
    same day; one without is overdue (and escalates) from the next day."""
    met = one(ceasing(D(2027, 1, 14)), D(2027, 2, 1), "LAR-CEASE")
    assert (met.status, met.met_on, met.due) == (Status.MET, D(2027, 1, 14), D(2027, 1, 14))
    unmet = one(ceasing(None), D(2027, 1, 15), "LAR-CEASE")
    assert unmet.status is Status.OVERDUE
    assert unmet.schedule, "an unapproved ceasing must have an escalation schedule"


def test_cease_of_a_child_of_16_needs_the_director() -> None:
    """§16: a child of 16 or over needs the Director of Children's Services; a Group Manager
    alone is not enough, even for a child looked after under 20 working days."""
    # Ceasing on Wed 13 Jan 2027: 19 working days after Mon 14 Dec 2026 (see LAR-INITIAL).
    older = dict(dob=D(2010, 6, 1))  # 16 on 1 Jun 2026
    gm_only = CeasingState("c", Fact(D(2027, 1, 13), "<c@x>"), frozenset({"group_manager"}))
    d = one(child(ceasings=(gm_only,), **older), D(2027, 1, 14), "LAR-CEASE")
    assert d.status is Status.OVERDUE
    assert "Director" in text(d)
    with_director = replace(gm_only, approvals=frozenset({"director"}))
    d = one(child(ceasings=(with_director,), **older), D(2027, 1, 14), "LAR-CEASE")
    assert d.status is Status.MET


# ---- pending before the clock starts -------------------------------------------------------

PENDING = [
    pytest.param("LAR-NOTIFY", "child", child(looked_after=None), id="LAR-NOTIFY"),
    pytest.param("LAR-INITIAL", "child", child(looked_after=None), id="LAR-INITIAL"),
    pytest.param("LAR-SECOND", "review-2", child(), id="LAR-SECOND"),
    pytest.param("LAR-PERMANENCE", "review-2", child(), id="LAR-PERMANENCE"),
    pytest.param("LAR-DECISIONS", "review-2", consult(None), id="LAR-DECISIONS"),
    pytest.param("LAR-FULL-RECORD", "review-2", consult(None), id="LAR-FULL-RECORD"),
    pytest.param("LAR-COPIES", "review-1", decisions(D(2027, 3, 30)), id="LAR-COPIES"),
    pytest.param("LAR-MANAGER", "review-1", decisions(None), id="LAR-MANAGER"),
    pytest.param("LAR-CAREPLAN", "review-1", decisions(D(2027, 3, 30)), id="LAR-CAREPLAN"),
    pytest.param(
        "LAR-CONSULT",
        "review-2",
        child(reviews=(replace(BOOKED, booked=None),)),
        id="LAR-CONSULT-date-set-unknown",
    ),
    pytest.param(
        "CIP-GUARDIAN-NAMED",
        CASE_NO,
        child(proceedings=(proceedings(first_court_email=None),)),
        id="CIP-GUARDIAN-NAMED",
    ),
    pytest.param("CIP-IRO-NAMED", CASE_NO, guardian_named(None), id="CIP-IRO-NAMED"),
    pytest.param(
        "CIP-CONTACT-BEFORE-CMH", CASE_NO, guardian_named(None), id="CIP-CONTACT-BEFORE-CMH"
    ),
    pytest.param("CIP-HANDOVER", CASE_NO, guardian_named(None), id="CIP-HANDOVER"),
    pytest.param(
        "CIP-COURT-DOCS",
        f"{CASE_NO}/doc",
        child(proceedings=(proceedings(documents=(CourtDocumentState("doc", "position"),)),)),
        id="CIP-COURT-DOCS",
    ),
]


@pytest.mark.parametrize(("rule_id", "key", "case"), PENDING)
def test_pending_before_the_clock_starts(rule_id: str, key: str, case: CaseState) -> None:
    """GIVEN the fact that starts the rule's clock is not known, THEN it is pending, with no
    due date and no chasers."""
    d = one(case, D(2027, 3, 31), rule_id, key)
    assert d.status is Status.PENDING
    assert d.due is None and d.clock_start is None
    assert d.schedule == () and d.next_step is None
    assert "not started" in d.reason


def test_second_review_is_pending_until_the_initial_review_is_held_then_open() -> None:
    before = one(child(), D(2027, 1, 13), "LAR-SECOND")
    after = one(second(None), D(2027, 1, 15), "LAR-SECOND")
    assert before.status is Status.PENDING
    assert after.status is Status.OPEN
    assert after.clock_start == D(2027, 1, 14)


# ---- not applicable, with why ---------------------------------------------------------------


def test_manager_disagreed_makes_careplan_not_applicable() -> None:
    review = replace(
        HELD,
        decisions=fact(D(2027, 3, 30)),
        manager_response=fact(D(2027, 4, 1)),
        manager_agreed=False,
    )
    case = child(reviews=(review,))
    mgr = one(case, D(2027, 4, 20), "LAR-MANAGER")
    plan = one(case, D(2027, 4, 20), "LAR-CAREPLAN")
    assert mgr.status is Status.MET
    assert plan.status is Status.NOT_APPLICABLE
    assert "disagreed" in plan.reason
    assert plan.schedule == ()


def test_child_ceased_before_the_initial_review_was_due() -> None:
    """GIVEN a child who ceased to be looked after on Mon 11 Jan 2027, before the initial
    review fell due (Thu 14 Jan), THEN LAR-INITIAL and the reviews that would follow are
    not applicable, and say that the child ceased."""
    case = child(ceased_on=D(2027, 1, 11))
    for rule_id in ("LAR-INITIAL", "LAR-SECOND", "LAR-PERMANENCE"):
        d = one(case, D(2027, 1, 20), rule_id)
        assert d.status is Status.NOT_APPLICABLE, rule_id
        assert "ceased" in d.reason and "2027-01-11" in d.reason, rule_id
        assert d.schedule == ()


def test_child_ceased_after_the_next_review_clock_started() -> None:
    case = replace(second(None), ceased_on=D(2027, 3, 1))
    d = one(case, D(2027, 3, 2), "LAR-SECOND")
    assert d.status is Status.NOT_APPLICABLE
    assert "ceased" in d.reason


def test_a_breach_before_the_child_ceased_stays_overdue() -> None:
    # The initial review was due Thu 14 Jan 2027 and was never held; the child ceased on
    # Mon 1 Feb. The breach happened while the child was looked after: still overdue.
    d = one(child(ceased_on=D(2027, 2, 1)), D(2027, 2, 2), "LAR-INITIAL")
    assert d.status is Status.OVERDUE


def test_cease_not_applicable_for_a_short_stay_under_16() -> None:
    """§16: looked after under 20 working days (Mon 14 Dec 2026 to Wed 13 Jan 2027 is 19:
    see LAR-INITIAL's working) and aged 11, so no approval is needed."""
    c = CeasingState("cease1", Fact(D(2027, 1, 13), "<cease@x>"))
    d = one(child(ceasings=(c,)), D(2027, 1, 20), "LAR-CEASE")
    assert d.status is Status.NOT_APPLICABLE
    assert "approval" in d.reason
    assert "19 working days" in text(d)


def test_permanence_achieved_makes_contingency_not_applicable() -> None:
    case = third(None, permanence=True)
    d = one(case, D(2027, 10, 20), "LAR-CONTINGENCY")
    assert d.status is Status.NOT_APPLICABLE
    assert "permanence" in d.reason
    # LAR-SUBSEQUENT itself still runs.
    assert one(case, D(2027, 10, 20), "LAR-SUBSEQUENT").status is Status.OVERDUE


def test_iro_named_not_applicable_without_an_allocated_iro() -> None:
    case = replace(iro_named(None), iro_allocated=False)
    d = one(case, D(2027, 1, 5), "CIP-IRO-NAMED")
    assert d.status is Status.NOT_APPLICABLE
    assert "iro allocated" in d.reason


def test_iro_named_waits_for_an_iro_allocated_after_the_guardian() -> None:
    """The guardian is named on Tue 29 Dec 2026 but the IRO only on Mon 4 Jan 2027: the IRO's
    details can go to Cafcass from then, so that is when CIP-IRO-NAMED falls due."""
    late_iro = replace(iro_named(None), iro_allocated_on=D(2027, 1, 4))
    d = one(late_iro, D(2027, 1, 4), "CIP-IRO-NAMED")
    assert (d.status, d.due) == (Status.OPEN, D(2027, 1, 4))
    early_iro = replace(iro_named(None), iro_allocated_on=D(2026, 12, 1))
    assert one(early_iro, D(2027, 1, 4), "CIP-IRO-NAMED").due == D(2026, 12, 29)


def test_review_to_guardian_only_while_a_guardian_is_named() -> None:
    # No proceedings: no CIP-REVIEW-TO-GUARDIAN row at all for the review.
    rows = evaluate(decisions(D(2027, 3, 30)), D(2027, 4, 1))
    assert not [d for d in rows if d.rule_id == "CIP-REVIEW-TO-GUARDIAN"]


def test_closing_meeting_only_when_needed() -> None:
    rows = evaluate(handover(None), D(2027, 4, 1))
    assert not [d for d in rows if d.rule_id == "CIP-CLOSING-MEETING"]


def test_placement_meeting_only_when_the_pir_was_not_updated() -> None:
    rows = evaluate(child(reviews=(replace(HELD, pir_updated=True),)), D(2027, 4, 1))
    assert not [d for d in rows if d.rule_id == "LAR-PLACEMENT-MEETING"]


# ---- particular rules of rules.md -----------------------------------------------------------


def test_deemed_agreement_starts_careplan_on_the_manager_due_date() -> None:
    """GIVEN decisions circulated Tue 30 Mar 2027 and no reply from the manager,
    WHEN LAR-MANAGER passes its due date (Tue 6 Apr: Wed 31 =1, Thu 1 =2, Fri 2 =3, Mon 5 =4,
    Tue 6 =5), THEN it is deemed agreed and LAR-CAREPLAN starts on Tue 6 Apr, due
    Tue 20 Apr (Wed 7..Fri 9 =1-3, Mon 12..Fri 16 =4-8, Mon 19 =9, Tue 20 =10)."""
    case = manager(None)
    on_due = {d.rule_id: d for d in evaluate(case, D(2027, 4, 6))}
    assert on_due["LAR-MANAGER"].status is Status.OPEN
    assert on_due["LAR-CAREPLAN"].status is Status.PENDING

    after = {d.rule_id: d for d in evaluate(case, D(2027, 4, 7))}
    assert after["LAR-MANAGER"].status is Status.DEEMED_AGREED
    plan = after["LAR-CAREPLAN"]
    assert plan.status is Status.OPEN
    assert plan.clock_start == D(2027, 4, 6)
    assert plan.due == D(2027, 4, 20)
    assert "deemed" in (plan.started_by or "")
    assert one(case, D(2027, 4, 21), "LAR-CAREPLAN").status is Status.OVERDUE


def test_careplan_starts_on_the_day_the_manager_agreed() -> None:
    d = one(careplan(None), D(2027, 4, 6), "LAR-CAREPLAN")
    assert d.clock_start == D(2027, 4, 5)


def test_second_adjournment_is_refused_and_the_clock_counts_from_the_first() -> None:
    """GIVEN a review adjourned on Tue 23 Mar 2027 and again on Thu 8 Apr, THEN there is one
    LAR-ADJOURN deadline, counted from 23 Mar (due Thu 22 Apr, see the LAR-ADJOURN working),
    and its explanation says the second adjournment was refused."""
    review = ReviewState(
        1,
        adjournments=(
            Fact(D(2027, 3, 23), "<adjourned-1@iro>"),
            Fact(D(2027, 4, 8), "<adjourned-2@iro>"),
        ),
    )
    rows = [
        d for d in evaluate(child(reviews=(review,)), D(2027, 4, 9)) if d.rule_id == "LAR-ADJOURN"
    ]
    assert len(rows) == 1
    d = rows[0]
    assert d.clock_start == D(2027, 3, 23)
    assert d.due == D(2027, 4, 22)
    explained = text(d).lower()
    assert "second adjournment" in explained and "refused" in explained
    assert "2027-04-08" in explained


def test_review_held_before_the_adjournment_does_not_complete_it() -> None:
    review = ReviewState(
        1, held=fact(D(2027, 3, 22)), adjournments=(Fact(D(2027, 3, 23), "<adj@iro>"),)
    )
    d = one(child(reviews=(review,)), D(2027, 4, 23), "LAR-ADJOURN")
    assert d.status is Status.OVERDUE


def test_calendar_day_due_date_on_a_weekend_carries_latest_working_day() -> None:
    """LAR-SUBSEQUENT: second review held Fri 16 Apr 2027 (day 106) +183 = day 289 =
    Sat 16 Oct 2027. The due date stays; latest working day Fri 15 Oct."""
    case = child(
        reviews=(
            ReviewState(1, held=fact(D(2027, 1, 14))),
            ReviewState(2, held=fact(D(2027, 4, 16))),
        )
    )
    d = one(case, D(2027, 10, 1), "LAR-SUBSEQUENT")
    assert d.due == D(2027, 10, 16)
    assert d.latest_working_day == D(2027, 10, 15)
    assert "latest working day" in text(d)
    # Sat 16 Oct, the due date itself, is still open; Sun 17 is overdue.
    assert one(case, D(2027, 10, 16), "LAR-SUBSEQUENT").status is Status.OPEN
    assert one(case, D(2027, 10, 17), "LAR-SUBSEQUENT").status is Status.OVERDUE


def test_calendar_day_due_date_on_a_bank_holiday_carries_latest_working_day() -> None:
    # Referral Fri 12 Mar 2027 +14 days = Fri 26 Mar, Good Friday: latest Thu 25 Mar.
    d = one(referral(None), D(2027, 3, 20), "LAR-CAFCASS-DECISION")
    assert d.due == D(2027, 3, 26)
    assert d.latest_working_day == D(2027, 3, 25)
    assert "Good Friday" in text(d)


def test_working_day_due_dates_carry_no_latest_working_day() -> None:
    d = one(initial(None), D(2027, 1, 4), "LAR-INITIAL")
    assert d.latest_working_day is None


def test_month_rule_calendar_gives_calendar_months() -> None:
    """RuleSettings(month_rule="calendar"): 3 months after Thu 14 Jan 2027 is Wed 14 Apr
    (91 days would be Thu 15 Apr); 6 months after Tue 31 Aug 2027 is Tue 29 Feb 2028 (no
    31 Feb; 183 days would be Wed 1 Mar 2028: Sep 30 +30, Oct +61, Nov +91, Dec +122,
    Jan +153, 29 Feb +182, 1 Mar +183); 12 months after Mon 1 Mar 2027 is Wed 1 Mar 2028
    (365 days crosses 29 Feb 2028 and gives Tue 29 Feb 2028)."""
    cal_months = RuleSettings(month_rule="calendar")
    assert one(second(None), D(2027, 2, 1), "LAR-SECOND", settings=cal_months).due == D(2027, 4, 14)
    assert one(second(None), D(2027, 2, 1), "LAR-SECOND").due == D(2027, 4, 15)

    six = child(
        reviews=(
            ReviewState(1, held=fact(D(2027, 4, 1))),
            ReviewState(2, held=fact(D(2027, 8, 31))),
        )
    )
    assert one(six, D(2027, 9, 1), "LAR-SUBSEQUENT", settings=cal_months).due == D(2028, 2, 29)
    assert one(six, D(2027, 9, 1), "LAR-SUBSEQUENT").due == D(2028, 3, 1)

    yearly = child(
        long_term_foster_from=D(2026, 1, 5),
        reviews=(ReviewState(1, held=fact(D(2027, 3, 1))),),
    )
    assert one(yearly, D(2027, 4, 1), "LAR-ANNUAL-MEETING", settings=cal_months).due == D(
        2028, 3, 1
    )
    assert one(yearly, D(2027, 4, 1), "LAR-ANNUAL-MEETING").due == D(2028, 2, 29)


def test_court_document_without_a_filing_deadline_counts_from_its_own_date() -> None:
    """A document dated Thu 24 Dec 2026 with no directions: +5wd = Fri 25 Xmas, Mon 28 sub,
    Tue 29 =1, Wed 30 =2, Thu 31 =3, Fri 1 Jan NYD, Mon 4 =4, Tue 5 Jan =5."""
    doc = CourtDocumentState(
        "pos1", "position_statement", filed=Fact(D(2026, 12, 24), "<doc@legal>")
    )
    d = one(child(proceedings=(proceedings(documents=(doc,)),)), D(2027, 1, 4), "CIP-COURT-DOCS")
    assert d.due == D(2027, 1, 5)
    assert d.clock_start == D(2026, 12, 24)


def test_court_documents_are_one_deadline_each() -> None:
    docs = (
        CourtDocumentState("a", "expert_report", filing_due=D(2027, 3, 24)),
        CourtDocumentState("b", "final_care_plan", filing_due=D(2027, 3, 12)),
    )
    rows = [
        d
        for d in evaluate(child(proceedings=(proceedings(documents=docs),)), D(2027, 3, 13))
        if d.rule_id == "CIP-COURT-DOCS"
    ]
    # b: filing Fri 12 Mar +5wd = Mon 15 =1 .. Fri 19 Mar =5.
    assert {d.subject_key: d.due for d in rows} == {
        f"{CASE_NO}/a": D(2027, 4, 2),
        f"{CASE_NO}/b": D(2027, 3, 19),
    }


def test_decisions_are_met_by_a_full_record_too() -> None:
    # rules.md: LAR-DECISIONS is met by a review_record, decisions or full.
    review = replace(HELD, full_record=fact(D(2027, 3, 31)))
    d = one(child(reviews=(review,)), D(2027, 4, 5), "LAR-DECISIONS")
    assert (d.status, d.met_on) == (Status.MET, D(2027, 3, 31))


def test_consultation_is_evidenced_by_invitations_or_the_review_held() -> None:
    # LAR-CONSULT is reminder-only; invitations sent count as evidence of the discussion.
    d = one(invites(D(2027, 3, 10)), D(2027, 4, 1), "LAR-CONSULT")
    assert (d.status, d.met_on) == (Status.MET, D(2027, 3, 10))


def test_late_notification_is_recorded_with_no_chasers() -> None:
    # LAR-NOTIFY: a late looked_after_start mail is a compliance breach, never chased.
    d = one(notify(None), D(2026, 12, 17), "LAR-NOTIFY")
    assert d.status is Status.OVERDUE
    assert d.schedule == () and d.next_step is None


def test_no_deadline_is_duplicated() -> None:
    case = child(
        notified=fact(D(2026, 12, 15)),
        reviews=(
            replace(HELD, decisions=fact(D(2027, 3, 30)), pir_updated=False),
            replace(BOOKED, sequence=3),
        ),
        proceedings=(
            proceedings(
                guardian_named=fact(D(2026, 12, 29)),
                cmh=D(2027, 1, 14),
                documents=(CourtDocumentState("x", "expert_report", filing_due=D(2027, 3, 24)),),
            ),
        ),
        events=(EventState("e", "arrest", Fact(D(2027, 1, 5))),),
        referrals=(ReferralState("r", Fact(D(2027, 3, 12))),),
    )
    rows = evaluate(case, D(2027, 4, 1))
    keys = [d.key for d in rows]
    assert len(keys) == len(set(keys))
    # Evaluating the same facts twice gives the same rows.
    assert rows == evaluate(case, D(2027, 4, 1))


# ---- explanations ------------------------------------------------------------------------


def rich_case() -> CaseState:
    """A case on which almost every rule has a started clock."""
    return child(
        notified=fact(D(2026, 12, 15), "<notify@sw>"),
        long_term_foster_from=D(2026, 1, 5),
        reviews=(
            ReviewState(1, held=Fact(D(2027, 1, 14), "<record-1@iro>")),
            ReviewState(
                2,
                booked_for=D(2027, 4, 13),
                booked=Fact(D(2027, 2, 1), "<booking-2@sw>"),
                held=Fact(D(2027, 4, 13), "<record-2@iro>"),
                adjournments=(Fact(D(2027, 4, 13), "<adj@iro>"),),
                decisions=Fact(D(2027, 4, 16), "<decisions-2@iro>"),
                full_record=Fact(D(2027, 4, 30), "<full-2@iro>"),
                pir_updated=False,
            ),
        ),
        proceedings=(
            proceedings(
                guardian_named=Fact(D(2026, 12, 29), "<allocation@cafcass>"),
                cmh=D(2027, 1, 14),
                cmh_known=Fact(D(2027, 1, 4), "<cmh@court>"),
                ended=Fact(D(2027, 5, 4), "<final-order@court>"),
                closing_meeting_needed=True,
                documents=(CourtDocumentState("x", "expert_report", filing_due=D(2027, 3, 24)),),
            ),
        ),
        events=(EventState("ev1", "arrest", Fact(D(2026, 12, 24), "<event@police>")),),
        referrals=(ReferralState("ref1", Fact(D(2027, 3, 12), "<referral@iro>")),),
        ceasings=(CeasingState("cease1", Fact(D(2027, 5, 10), "<cease@sw>")),),
    )


def _day_pattern(day: date) -> str:
    # The explanation may write the day as "14 Jan 2027" or "2027-01-14".
    return rf"(0?{day.day} {day.strftime('%b')} {day.year}|{day.isoformat()})"


def test_every_started_deadline_explains_itself() -> None:
    rows = evaluate(rich_case(), D(2027, 5, 10))
    started = [d for d in rows if d.clock_start is not None]
    assert {d.rule_id for d in started} >= {r.id for r in RULES} - {"LAR-CAREPLAN"}
    for d in started:
        explained = text(d)
        assert d.rule_id in explained, d.key
        assert d.source in explained, d.key
        assert re.search(_day_pattern(d.clock_start), explained), d.key  # type: ignore[arg-type]
        assert d.started_by and d.started_by in explained, d.key
        assert d.due is not None and re.search(_day_pattern(d.due), explained), d.key


def test_explanation_lists_the_bank_holidays_skipped() -> None:
    # LAR-INITIAL from Mon 14 Dec 2026 to Thu 14 Jan 2027 skips 25 Dec, 28 Dec and 1 Jan.
    explained = text(one(initial(None), D(2027, 1, 4), "LAR-INITIAL"))
    for day in (D(2026, 12, 25), D(2026, 12, 28), D(2027, 1, 1)):
        assert re.search(_day_pattern(day), explained), day
    assert "Christmas Day" in explained and "New Year" in explained
    # LAR-CONSULT, counted back from Tue 13 Apr 2027 to Fri 12 Mar, skips Easter.
    explained = text(one(consult(None), D(2027, 3, 1), "LAR-CONSULT"))
    assert "Good Friday" in explained and "Easter Monday" in explained


def test_explanation_counts_from_the_clock_start_not_another_date() -> None:
    """CIP-HANDOVER counts from the final order (Tue 23 Mar 2027 to Thu 8 Apr): it skips
    Good Friday and Easter Monday, and nothing at Christmas, even though the CMH of the same
    proceedings was on Mon 21 Dec 2026. Likewise LAR-DECISIONS for a review booked for
    Tue 22 Dec 2026 but held on Mon 4 Jan 2027 counts from 4 Jan (to Mon 11 Jan) and
    skips no holiday."""
    p = proceedings(cmh=D(2026, 12, 21), ended=Fact(D(2027, 3, 23), "<final@court>"))
    d = one(child(proceedings=(p,)), D(2027, 4, 1), "CIP-HANDOVER")
    explained = text(d)
    assert "Good Friday" in explained and "Easter Monday" in explained
    assert "Christmas" not in explained and "New Year" not in explained

    moved = ReviewState(
        1,
        booked_for=D(2026, 12, 22),
        booked=Fact(D(2026, 12, 1), "<b@x>"),
        held=Fact(D(2027, 1, 4), "<record@iro>"),
    )
    d = one(child(reviews=(moved,)), D(2027, 1, 5), "LAR-DECISIONS")
    # Mon 4 Jan 2027 +5wd: Tue 5 =1, Wed 6 =2, Thu 7 =3, Fri 8 =4, Mon 11 =5.
    assert d.due == D(2027, 1, 11)
    explained = text(d)
    assert "Christmas" not in explained and "New Year" not in explained


def test_not_applicable_and_pending_explain_the_rule_too() -> None:
    for rule_id, case in (
        ("LAR-CONTINGENCY", third(None, permanence=True)),
        ("LAR-SECOND", child()),
    ):
        d = one(case, D(2027, 10, 20), rule_id)
        assert rule_id in text(d) and d.source in text(d)
        assert d.reason


def test_cease_approval_named_by_a_later_mail_is_met_late_on_that_day() -> None:
    """A follow-up to the ceasing mail names the Director's approval on Mon 18 Jan 2027: the
    ceasing of a child of 16 is met late that day, not on the ceasing mail's day, and not
    before every approval it needs has been named."""
    older = dict(dob=D(2010, 6, 1))
    first = CeasingState("c", Fact(D(2027, 1, 13), "<c@x>"), frozenset({"group_manager"}))
    later = replace(
        first,
        approvals=frozenset({"group_manager", "director"}),
        named_on=(("director", D(2027, 1, 18)),),
    )
    d = one(child(ceasings=(later,), **older), D(2027, 1, 20), "LAR-CEASE")
    assert (d.status, d.due, d.met_on) == (Status.MET_LATE, D(2027, 1, 13), D(2027, 1, 18))
    before = one(child(ceasings=(first,), **older), D(2027, 1, 15), "LAR-CEASE")
    assert before.status is Status.OVERDUE
