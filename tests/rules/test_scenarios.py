"""Whole-life scenarios: a child's case as a sequence of snapshots, checked at many dates.

Each snapshot is the CaseState the store would hold after the mail of that day; each
checkpoint evaluates one snapshot on one date and checks every deadline that matters then.
Due dates are worked out by hand ("=k" is the kth working day counted; Xmas, sub (Boxing
Day substitute Mon 28 Dec 2026), NYD (Fri 1 Jan 2027), GF/EM (Good Friday Fri 26 Mar and
Easter Monday Mon 29 Mar 2027), BH (Mon 3 May and Mon 31 May 2027) are skipped).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rules.calendar import WorkingCalendar
from rules.engine import Deadline, RuleSettings, Status, evaluate_case, rag
from rules.state import CaseState, CourtDocumentState, Fact, ProceedingsState, ReviewState

D = date
CAL = WorkingCalendar(first_year=2024, last_year=2031)
SETTINGS = RuleSettings()

OPEN, OVERDUE, MET, LATE, PENDING, DEEMED, NA = (
    Status.OPEN,
    Status.OVERDUE,
    Status.MET,
    Status.MET_LATE,
    Status.PENDING,
    Status.DEEMED_AGREED,
    Status.NOT_APPLICABLE,
)

Expect = dict[tuple[str, str], Status | tuple[Status, date]]


def rows(case: CaseState, today: date) -> dict[tuple[str, str], Deadline]:
    return {d.key: d for d in evaluate_case(case, today, CAL, SETTINGS)}


def check(case: CaseState, today: date, expected: Expect) -> dict[tuple[str, str], Deadline]:
    found = rows(case, today)
    problems = []
    for key, want in expected.items():
        status, due = want if isinstance(want, tuple) else (want, None)
        got = found.get(key)
        if got is None:
            problems.append(f"{key}: missing")
            continue
        if got.status is not status:
            problems.append(f"{key}: {got.status.value}, expected {status.value}")
        if due is not None and got.due != due:
            problems.append(f"{key}: due {got.due}, expected {due}")
    assert not problems, f"on {today}: " + "; ".join(problems)
    return found


def with_review(case: CaseState, sequence: int, **changes: object) -> CaseState:
    """The case with review ``sequence`` changed (or added)."""
    reviews = {r.sequence: r for r in case.reviews}
    reviews[sequence] = replace(reviews.get(sequence, ReviewState(sequence)), **changes)  # type: ignore[arg-type]
    return replace(case, reviews=tuple(reviews[s] for s in sorted(reviews)))


def f(day: date, source: str) -> Fact:
    return Fact(day, source)


# =============================================================================================
# (a) A child looked after from Monday 14 December 2026, over Christmas, to the third review
# =============================================================================================
#
# LAR-NOTIFY   Mon 14 Dec +2wd: Tue 15 =1, Wed 16 Dec =2.
# LAR-INITIAL  Mon 14 Dec +20wd: Tue 15..Fri 18 =1-4, Mon 21..Thu 24 =5-8, Xmas, sub,
#              Tue 29..Thu 31 =9-11, NYD, Mon 4..Fri 8 =12-16, Mon 11..Thu 14 Jan =17-20.
# Review 1, booked Wed 16 Dec for Tue 12 Jan 2027, counted back from Mon 11 Jan:
#   Mon 11 =1, Fri 8 =2, Thu 7 =3, Wed 6 =4, Tue 5 =5 (LAR-REPORTS), Mon 4 =6, NYD,
#   Thu 31 =7, Wed 30 =8, Tue 29 =9, sub, Xmas, Thu 24 =10 (LAR-INVITES), Wed 23 =11,
#   Tue 22 =12, Mon 21 =13, Fri 18 =14, Thu 17 =15, Wed 16 =16, Tue 15 =17, Mon 14 =18,
#   Fri 11 =19, Thu 10 Dec =20 (LAR-CONSULT: due before the date was even set).
# Review 1 held Tue 12 Jan 2027:
#   LAR-DECISIONS   +5wd: Wed 13 =1, Thu 14 =2, Fri 15 =3, Mon 18 =4, Tue 19 Jan =5.
#   LAR-FULL-RECORD +15wd: ... Tue 19 =5, Wed 20..Fri 22 =6-8, Mon 25..Fri 29 =9-13,
#                   Mon 1 Feb =14, Tue 2 Feb =15.
#   LAR-SECOND / LAR-PERMANENCE +91 days: Jan 31 +19, Feb 28 +47, Mar 31 +78, Tue 13 Apr.
#   Decisions Mon 18 Jan; LAR-MANAGER +5wd: Tue 19..Fri 22 =1-4, Mon 25 Jan =5.
#   Agreed Thu 21 Jan; LAR-CAREPLAN +10wd: Fri 22 =1, Mon 25..Fri 29 =2-6, Mon 1..Thu 4 Feb
#   =7-10: Thu 4 Feb.
#   Full record Wed 3 Feb; LAR-COPIES +20wd: Thu 4 =1, Fri 5 =2, Mon 8..Fri 12 =3-7,
#   Mon 15..Fri 19 =8-12, Mon 22..Fri 26 =13-17, Mon 1 =18, Tue 2 =19, Wed 3 Mar =20.
# Review 2, booked Mon 1 Feb for Tue 13 Apr 2027, counted back from Mon 12 Apr:
#   Mon 12..Mon 5 =1-6 (Tue 6 =5: LAR-REPORTS), Fri 2 =7, Thu 1 =8, Wed 31 =9,
#   Tue 30 Mar =10 (LAR-INVITES), EM, GF, Thu 25..Mon 22 =11-14, Fri 19..Mon 15 =15-19,
#   Fri 12 Mar =20 (LAR-CONSULT).
# Review 2 held Tue 13 Apr 2027, Placement Information Record not updated:
#   LAR-PLACEMENT-MEETING +7 days: Tue 20 Apr.
#   LAR-DECISIONS +5wd: Wed 14 =1, Thu 15 =2, Fri 16 =3, Mon 19 =4, Tue 20 Apr =5.
#   LAR-FULL-RECORD +15wd: Tue 20 =5, Wed 21..Fri 23 =6-8, Mon 26..Fri 30 =9-13, BH,
#                   Tue 4 =14, Wed 5 May =15.
#   Decisions Tue 20 Apr; LAR-MANAGER +5wd: Wed 21..Fri 23 =1-3, Mon 26 =4, Tue 27 Apr =5.
#   No reply: deemed agreed; LAR-CAREPLAN from Tue 27 Apr +10wd: Wed 28 =1, Thu 29 =2,
#   Fri 30 =3, BH, Tue 4..Fri 7 =4-7, Mon 10 =8, Tue 11 =9, Wed 12 May =10.
#   Full record Tue 4 May; LAR-COPIES +20wd: Wed 5..Fri 7 =1-3, Mon 10..Fri 14 =4-8,
#   Mon 17..Fri 21 =9-13, Mon 24..Fri 28 =14-18, BH, Tue 1 Jun =19, Wed 2 Jun =20.
#   LAR-SUBSEQUENT / LAR-CONTINGENCY +183 days: Apr 30 +17, May +48, Jun +78, Jul +109,
#   Aug +140, Sep +170, Wed 13 Oct 2027 +183.
# Review 3 held Thu 14 Oct 2027 (a day late):
#   LAR-SUBSEQUENT (review 4) +183 days: Oct 31 +17, Nov +47, Dec +78, Jan +109,
#   Feb (29 days, 2028) +138, Mar +169, Fri 14 Apr 2028 +183: Good Friday, so the latest
#   working day is Thu 13 Apr 2028.

A0 = CaseState(
    child_key="child-a",
    la_ref="LA-100",
    initials="JS",
    dob=D(2016, 3, 3),
    looked_after=f(D(2026, 12, 14), "<la-start@council>"),
    iro_allocated=True,
)
A_NOTIFIED = replace(A0, notified=f(D(2026, 12, 15), "<la-start@council>"))
A_BOOKED_1 = with_review(
    A_NOTIFIED, 1, booked_for=D(2027, 1, 12), booked=f(D(2026, 12, 16), "<booking-1@sw>")
)
A_INVITED_1 = with_review(A_BOOKED_1, 1, invitations=f(D(2026, 12, 23), "<invites-1@sw>"))
A_REPORTS_1 = with_review(A_INVITED_1, 1, reports=f(D(2027, 1, 6), "<reports-1@sw>"))
A_HELD_1 = with_review(A_REPORTS_1, 1, held=f(D(2027, 1, 12), "<record-1@iro>"), pir_updated=True)
A_DECISIONS_1 = with_review(A_HELD_1, 1, decisions=f(D(2027, 1, 18), "<decisions-1@iro>"))
A_AGREED_1 = with_review(
    A_DECISIONS_1,
    1,
    manager_response=f(D(2027, 1, 21), "<agreed-1@manager>"),
    manager_agreed=True,
)
A_BOOKED_2 = with_review(
    A_AGREED_1, 2, booked_for=D(2027, 4, 13), booked=f(D(2027, 2, 1), "<booking-2@sw>")
)
A_RECORD_1 = with_review(
    A_BOOKED_2,
    1,
    full_record=f(D(2027, 2, 3), "<full-1@iro>"),
    care_plan_updated=f(D(2027, 2, 3), "<careplan-1@sw>"),
)
A_COPIES_1 = with_review(A_RECORD_1, 1, copies_sent=f(D(2027, 2, 26), "recorded by unit"))
A_CONSULTED_2 = with_review(A_COPIES_1, 2, consultation=f(D(2027, 3, 10), "recorded by sw"))
A_INVITED_2 = with_review(A_CONSULTED_2, 2, invitations=f(D(2027, 3, 24), "<invites-2@sw>"))
A_REPORTS_2 = with_review(A_INVITED_2, 2, reports=f(D(2027, 4, 6), "<reports-2@sw>"))
A_HELD_2 = with_review(A_REPORTS_2, 2, held=f(D(2027, 4, 13), "<record-2@iro>"), pir_updated=False)
A_PLACEMENT_2 = with_review(A_HELD_2, 2, placement_meeting=f(D(2027, 4, 19), "recorded"))
A_DECISIONS_2 = with_review(A_PLACEMENT_2, 2, decisions=f(D(2027, 4, 20), "<decisions-2@iro>"))
A_RECORD_2 = with_review(A_DECISIONS_2, 2, full_record=f(D(2027, 5, 4), "<full-2@iro>"))
A_CAREPLAN_2 = with_review(A_RECORD_2, 2, care_plan_updated=f(D(2027, 5, 14), "<cp-2@sw>"))
A_HELD_3 = with_review(A_CAREPLAN_2, 3, held=f(D(2027, 10, 14), "<record-3@iro>"))

C, R1, R2, R3, R4 = "child", "review-1", "review-2", "review-3", "review-4"
R5, R6 = "review-5", "review-6"

SCENARIO_A = [
    pytest.param(
        A0,
        D(2026, 12, 14),
        {
            ("LAR-NOTIFY", C): (OPEN, D(2026, 12, 16)),
            ("LAR-INITIAL", C): (OPEN, D(2027, 1, 14)),
            ("LAR-SECOND", R2): PENDING,
            ("LAR-PERMANENCE", R2): PENDING,
        },
        id="a01 Mon 14 Dec: looked after; notice and initial review clocks start",
    ),
    pytest.param(
        A_NOTIFIED,
        D(2026, 12, 15),
        {("LAR-NOTIFY", C): MET, ("LAR-INITIAL", C): OPEN},
        id="a02 Tue 15 Dec: review unit told within 2 working days",
    ),
    pytest.param(
        A_BOOKED_1,
        D(2026, 12, 16),
        {
            ("LAR-CONSULT", R1): (OVERDUE, D(2026, 12, 10)),
            ("LAR-INVITES", R1): (OPEN, D(2026, 12, 24)),
            ("LAR-REPORTS", R1): (OPEN, D(2027, 1, 5)),
            ("LAR-DECISIONS", R1): PENDING,
        },
        id="a03 Wed 16 Dec: review 1 set for Tue 12 Jan; consultation already late",
    ),
    pytest.param(
        A_BOOKED_1,
        D(2026, 12, 24),
        {("LAR-INVITES", R1): OPEN, ("LAR-INITIAL", C): OPEN},
        id="a04 Thu 24 Dec: invitations due today, still open",
    ),
    pytest.param(
        A_INVITED_1,
        D(2026, 12, 29),
        {
            ("LAR-INVITES", R1): MET,
            ("LAR-CONSULT", R1): LATE,  # invitations are evidence of the consultation
            ("LAR-REPORTS", R1): OPEN,
        },
        id="a05 Tue 29 Dec: invitations went on Wed 23 Dec",
    ),
    pytest.param(
        A_INVITED_1,
        D(2027, 1, 6),
        {("LAR-REPORTS", R1): OVERDUE},
        id="a06 Wed 6 Jan: reports due Tue 5 Jan not yet in",
    ),
    pytest.param(
        A_REPORTS_1,
        D(2027, 1, 6),
        {("LAR-REPORTS", R1): LATE},
        id="a07 Wed 6 Jan: reports arrive a day late",
    ),
    pytest.param(
        A_HELD_1,
        D(2027, 1, 13),
        {
            ("LAR-INITIAL", C): MET,
            ("LAR-DECISIONS", R1): (OPEN, D(2027, 1, 19)),
            ("LAR-FULL-RECORD", R1): (OPEN, D(2027, 2, 2)),
            ("LAR-MANAGER", R1): PENDING,
            ("LAR-CAREPLAN", R1): PENDING,
            ("LAR-COPIES", R1): PENDING,
            ("LAR-SECOND", R2): (OPEN, D(2027, 4, 13)),
            ("LAR-PERMANENCE", R2): (OPEN, D(2027, 4, 13)),
        },
        id="a08 Wed 13 Jan: initial review held Tue 12 Jan, within 20 working days",
    ),
    pytest.param(
        A_DECISIONS_1,
        D(2027, 1, 19),
        {
            ("LAR-DECISIONS", R1): MET,
            ("LAR-MANAGER", R1): (OPEN, D(2027, 1, 25)),
            ("LAR-CAREPLAN", R1): PENDING,
        },
        id="a09 Tue 19 Jan: decisions circulated Mon 18 Jan",
    ),
    pytest.param(
        A_AGREED_1,
        D(2027, 1, 22),
        {
            ("LAR-MANAGER", R1): MET,
            ("LAR-CAREPLAN", R1): (OPEN, D(2027, 2, 4)),
        },
        id="a10 Fri 22 Jan: manager agreed Thu 21 Jan; care plan clock starts",
    ),
    pytest.param(
        A_BOOKED_2,
        D(2027, 2, 3),
        {
            ("LAR-FULL-RECORD", R1): OVERDUE,
            ("LAR-CAREPLAN", R1): OPEN,
            ("LAR-CONSULT", R2): (OPEN, D(2027, 3, 12)),
            ("LAR-INVITES", R2): (OPEN, D(2027, 3, 30)),
            ("LAR-REPORTS", R2): (OPEN, D(2027, 4, 6)),
        },
        id="a11 Wed 3 Feb morning: full record a day overdue; review 2 set for Tue 13 Apr",
    ),
    pytest.param(
        A_RECORD_1,
        D(2027, 2, 3),
        {
            ("LAR-FULL-RECORD", R1): LATE,
            ("LAR-CAREPLAN", R1): MET,
            ("LAR-COPIES", R1): (OPEN, D(2027, 3, 3)),
        },
        id="a12 Wed 3 Feb: full record (late) and care plan (on time) arrive",
    ),
    pytest.param(
        A_COPIES_1,
        D(2027, 3, 11),
        {("LAR-COPIES", R1): MET, ("LAR-CONSULT", R2): OPEN},
        id="a13 Thu 11 Mar: copies sent Fri 26 Feb; consultation due tomorrow",
    ),
    pytest.param(
        A_CONSULTED_2,
        D(2027, 3, 23),
        {("LAR-CONSULT", R2): MET, ("LAR-INVITES", R2): OPEN, ("LAR-REPORTS", R2): OPEN},
        id="a14 Tue 23 Mar: consulted Wed 10 Mar; invitations not yet due",
    ),
    pytest.param(
        A_REPORTS_2,
        D(2027, 4, 12),
        {
            ("LAR-INVITES", R2): MET,
            ("LAR-REPORTS", R2): MET,
            ("LAR-SECOND", R2): OPEN,
        },
        id="a15 Mon 12 Apr: invitations (Wed 24 Mar) and reports (Tue 6 Apr) were on time",
    ),
    pytest.param(
        A_REPORTS_2,
        D(2027, 4, 13),
        {("LAR-SECOND", R2): OPEN, ("LAR-PERMANENCE", R2): OPEN},
        id="a16 Tue 13 Apr: second review due today",
    ),
    pytest.param(
        A_HELD_2,
        D(2027, 4, 14),
        {
            ("LAR-SECOND", R2): MET,
            ("LAR-PERMANENCE", R2): MET,
            ("LAR-PLACEMENT-MEETING", R2): (OPEN, D(2027, 4, 20)),
            ("LAR-DECISIONS", R2): (OPEN, D(2027, 4, 20)),
            ("LAR-FULL-RECORD", R2): (OPEN, D(2027, 5, 5)),
            ("LAR-SUBSEQUENT", R3): (OPEN, D(2027, 10, 13)),
            ("LAR-CONTINGENCY", R3): (OPEN, D(2027, 10, 13)),
        },
        id="a17 Wed 14 Apr: second review held Tue 13 Apr without updating the PIR",
    ),
    pytest.param(
        A_DECISIONS_2,
        D(2027, 4, 27),
        {
            ("LAR-PLACEMENT-MEETING", R2): MET,
            ("LAR-DECISIONS", R2): MET,
            ("LAR-MANAGER", R2): (OPEN, D(2027, 4, 27)),
            ("LAR-CAREPLAN", R2): PENDING,
        },
        id="a18 Tue 27 Apr: decisions went on their due day; manager's last day",
    ),
    pytest.param(
        A_DECISIONS_2,
        D(2027, 4, 28),
        {
            ("LAR-MANAGER", R2): DEEMED,
            ("LAR-CAREPLAN", R2): (OPEN, D(2027, 5, 12)),
        },
        id="a19 Wed 28 Apr: no reply from the manager, decisions deemed agreed",
    ),
    pytest.param(
        A_RECORD_2,
        D(2027, 5, 13),
        {
            ("LAR-FULL-RECORD", R2): MET,
            ("LAR-COPIES", R2): (OPEN, D(2027, 6, 2)),
            ("LAR-CAREPLAN", R2): OVERDUE,
        },
        id="a20 Thu 13 May: full record on time (Tue 4 May); care plan overdue",
    ),
    pytest.param(
        A_CAREPLAN_2,
        D(2027, 5, 14),
        {("LAR-CAREPLAN", R2): LATE, ("LAR-MANAGER", R2): DEEMED},
        id="a21 Fri 14 May: care plan arrives late",
    ),
    pytest.param(
        A_CAREPLAN_2,
        D(2027, 10, 13),
        {("LAR-SUBSEQUENT", R3): OPEN, ("LAR-CONTINGENCY", R3): OPEN},
        id="a22 Wed 13 Oct: third review due today",
    ),
    pytest.param(
        A_CAREPLAN_2,
        D(2027, 10, 14),
        {("LAR-SUBSEQUENT", R3): OVERDUE, ("LAR-CONTINGENCY", R3): OVERDUE},
        id="a23 Thu 14 Oct morning: third review overdue",
    ),
    pytest.param(
        A_HELD_3,
        D(2027, 10, 15),
        {
            ("LAR-SUBSEQUENT", R3): LATE,
            ("LAR-CONTINGENCY", R3): LATE,
            ("LAR-SUBSEQUENT", R4): (OPEN, D(2028, 4, 14)),
            ("LAR-DECISIONS", R3): OPEN,
            # Earlier outcomes are kept.
            ("LAR-INITIAL", C): MET,
            ("LAR-SECOND", R2): MET,
            ("LAR-MANAGER", R1): MET,
            ("LAR-MANAGER", R2): DEEMED,
            ("LAR-FULL-RECORD", R1): LATE,
        },
        id="a24 Fri 15 Oct: third review held a day late; the fourth is due in 6 months",
    ),
]


@pytest.mark.parametrize(("case", "today", "expected"), SCENARIO_A)
def test_scenario_a_child_from_looked_after_to_third_review(
    case: CaseState, today: date, expected: Expect
) -> None:
    """GIVEN a child looked after from Monday 14 December 2026, whose case grows one mail
    at a time (bookings, invitations, reports, reviews, decisions, a manager who agrees
    and one who does not reply, care plans, full records and copies),
    WHEN the engine evaluates the case as it stood on each date,
    THEN every deadline that matters then has the hand-worked due date and status."""
    check(case, today, expected)


def test_scenario_a_fourth_review_due_on_good_friday_has_a_latest_working_day() -> None:
    """GIVEN the third review held Thu 14 Oct 2027, WHEN the fourth falls due 183 days
    later on Good Friday Fri 14 Apr 2028, THEN the due date stays and reminders name
    Thu 13 Apr 2028 as the latest working day."""
    d = rows(A_HELD_3, D(2027, 10, 15))[("LAR-SUBSEQUENT", R4)]
    assert d.due == D(2028, 4, 14)
    assert d.latest_working_day == D(2028, 4, 13)
    assert any("Good Friday" in line for line in d.explanation)


def test_scenario_a_contingency_goes_once_permanence_is_achieved() -> None:
    """GIVEN the same child, WHEN permanence is achieved before the third review,
    THEN LAR-CONTINGENCY is not applicable while LAR-SUBSEQUENT still runs."""
    achieved = replace(A_CAREPLAN_2, permanence_achieved=True)
    check(
        achieved,
        D(2027, 10, 1),
        {("LAR-CONTINGENCY", R3): NA, ("LAR-SUBSEQUENT", R3): OPEN},
    )


def test_scenario_a_child_ceases_before_the_third_review() -> None:
    """GIVEN the same child, WHEN the child ceases to be looked after on Fri 1 Oct 2027,
    before the third review is due, THEN the review clocks stop as not applicable (and say
    why) and what was already met stays met."""
    ceased = replace(A_CAREPLAN_2, ceased_on=D(2027, 10, 1))
    found = check(
        ceased,
        D(2027, 10, 20),
        {
            ("LAR-SUBSEQUENT", R3): NA,
            ("LAR-CONTINGENCY", R3): NA,
            ("LAR-SECOND", R2): MET,
            ("LAR-CAREPLAN", R2): LATE,
        },
    )
    assert "ceased" in found[("LAR-SUBSEQUENT", R3)].reason


# =============================================================================================
# (b) Care proceedings, from the first court email to the guardian's handover
# =============================================================================================
#
# First court email Mon 21 Dec 2026 (case ZC26C50001), giving a CMH on Thu 14 Jan 2027:
#   CIP-GUARDIAN-NAMED +5wd: Tue 22 =1, Wed 23 =2, Thu 24 =3, Xmas, sub, Tue 29 =4,
#                      Wed 30 Dec =5.
#   CIP-CONTACT-BEFORE-CMH: the working day before Thu 14 Jan: Wed 13 Jan.
# Guardian named Tue 29 Dec: CIP-IRO-NAMED due at once, Tue 29 Dec.
# Review 1 held Tue 12 Jan, decisions Mon 18 Jan: CIP-REVIEW-TO-GUARDIAN +5wd: Tue 19 =1,
#   Wed 20 =2, Thu 21 =3, Fri 22 =4, Mon 25 Jan =5.
# Directions order at the CMH Thu 14 Jan:
#   final care plan to be filed by Fri 12 Mar: +5wd Mon 15..Fri 19 Mar =1-5: Fri 19 Mar.
#   expert report to be filed by Wed 24 Mar: +5wd Thu 25 =1, GF, EM, Tue 30 =2, Wed 31 =3,
#   Thu 1 =4, Fri 2 Apr =5.
# Final order Tue 4 May 2027:
#   CIP-HANDOVER +10wd: Wed 5 =1, Thu 6 =2, Fri 7 =3, Mon 10..Fri 14 =4-8, Mon 17 =9,
#   Tue 18 May =10.
#   CIP-CLOSING-MEETING +20wd: Wed 19 =11, Thu 20 =12, Fri 21 =13, Mon 24..Fri 28 =14-18,
#   BH Mon 31 May, Tue 1 Jun =19, Wed 2 Jun =20.

CASE_NO = "ZC26C50001"
CARE_PLAN_KEY = f"{CASE_NO}/final_care_plan@2027-03-12"
EXPERT_KEY = f"{CASE_NO}/expert_report@2027-03-24"

B0 = CaseState(
    child_key="child-b",
    la_ref="LA-200",
    initials="KM",
    dob=D(2019, 9, 9),
    looked_after=f(D(2026, 11, 2), "<la-start@council>"),
    iro_allocated=True,
    reviews=(
        ReviewState(
            1,
            held=f(D(2026, 11, 26), "<record-0@iro>"),
            decisions=f(D(2026, 11, 27), "<decisions-0@iro>"),
        ),
    ),
)


def with_proceedings(case: CaseState, **changes: object) -> CaseState:
    current = case.proceedings[0] if case.proceedings else ProceedingsState(CASE_NO)
    return replace(case, proceedings=(replace(current, **changes),))  # type: ignore[arg-type]


B_COURT = with_proceedings(
    B0, first_court_email=f(D(2026, 12, 21), "<court-1@court>"), cmh=D(2027, 1, 14)
)
B_GUARDIAN = with_proceedings(
    B_COURT,
    guardian_named=f(D(2026, 12, 29), "<allocation@cafcass>"),
)
B_IRO_SENT = with_proceedings(
    B_GUARDIAN, iro_details_sent=f(D(2026, 12, 29), "<iro-details@caseclock>")
)
B_CONTACT = with_proceedings(B_IRO_SENT, guardian_iro_contact=f(D(2027, 1, 11), "<hello@cafcass>"))
B_REVIEW = with_review(
    B_CONTACT,
    2,
    held=f(D(2027, 1, 12), "<record-2@iro>"),
    decisions=f(D(2027, 1, 18), "<decisions-2@iro>"),
)
B_DIRECTIONS = with_proceedings(
    B_REVIEW,
    documents=(
        CourtDocumentState("final_care_plan@2027-03-12", "final_care_plan", D(2027, 3, 12)),
        CourtDocumentState("expert_report@2027-03-24", "expert_report", D(2027, 3, 24)),
    ),
)
B_SENT_TO_GUARDIAN = with_review(
    B_DIRECTIONS, 2, sent_to_guardian=f(D(2027, 1, 22), "<record-to-guardian@iro>")
)
B_CARE_PLAN = with_proceedings(
    B_SENT_TO_GUARDIAN,
    documents=(
        replace(
            B_DIRECTIONS.proceedings[0].documents[0],
            received=f(D(2027, 3, 17), "<final-care-plan@legal>"),
        ),
        B_DIRECTIONS.proceedings[0].documents[1],
    ),
)
B_EXPERT = with_proceedings(
    B_CARE_PLAN,
    documents=(
        B_CARE_PLAN.proceedings[0].documents[0],
        replace(
            B_CARE_PLAN.proceedings[0].documents[1],
            received=f(D(2027, 4, 5), "<expert@legal>"),
        ),
    ),
)
B_FINAL = with_proceedings(
    B_EXPERT,
    ended=f(D(2027, 5, 4), "<final-order@court>"),
    final_order="care_order",
    closing_meeting_needed=True,
)
B_HANDOVER = with_proceedings(B_FINAL, handover=f(D(2027, 5, 24), "<handover@cafcass>"))
B_CLOSED = with_proceedings(B_HANDOVER, closing_meeting=f(D(2027, 6, 1), "recorded by IRO"))
B_AFTER = with_review(
    B_CLOSED,
    3,
    held=f(D(2027, 7, 6), "<record-3@iro>"),
    decisions=f(D(2027, 7, 8), "<decisions-3@iro>"),
)

P = CASE_NO

SCENARIO_B = [
    pytest.param(
        B_COURT,
        D(2026, 12, 21),
        {
            ("CIP-GUARDIAN-NAMED", P): (OPEN, D(2026, 12, 30)),
            ("CIP-IRO-NAMED", P): PENDING,
            ("CIP-CONTACT-BEFORE-CMH", P): (OPEN, D(2027, 1, 13)),
            ("CIP-HANDOVER", P): PENDING,
        },
        id="b01 Mon 21 Dec: first court email, CMH listed for Thu 14 Jan",
    ),
    pytest.param(
        B_GUARDIAN,
        D(2026, 12, 29),
        {
            ("CIP-GUARDIAN-NAMED", P): MET,
            ("CIP-IRO-NAMED", P): (OPEN, D(2026, 12, 29)),
        },
        id="b02 Tue 29 Dec: guardian named; IRO's details due to Cafcass at once",
    ),
    pytest.param(
        B_GUARDIAN,
        D(2026, 12, 30),
        {("CIP-IRO-NAMED", P): OVERDUE},
        id="b03 Wed 30 Dec: had the details not gone, it would be overdue",
    ),
    pytest.param(
        B_IRO_SENT,
        D(2026, 12, 30),
        {("CIP-IRO-NAMED", P): MET, ("CIP-CONTACT-BEFORE-CMH", P): OPEN},
        id="b04 Wed 30 Dec: the service sent the IRO's details the same day",
    ),
    pytest.param(
        B_CONTACT,
        D(2027, 1, 13),
        {("CIP-CONTACT-BEFORE-CMH", P): MET},
        id="b05 Wed 13 Jan: guardian and IRO in contact on Mon 11 Jan, before the CMH",
    ),
    pytest.param(
        B_REVIEW,
        D(2027, 1, 19),
        {("CIP-REVIEW-TO-GUARDIAN", R2): (OPEN, D(2027, 1, 25))},
        id="b06 Tue 19 Jan: review record during proceedings goes to the guardian",
    ),
    pytest.param(
        B_DIRECTIONS,
        D(2027, 1, 26),
        {
            ("CIP-REVIEW-TO-GUARDIAN", R2): OVERDUE,
            ("CIP-COURT-DOCS", CARE_PLAN_KEY): (OPEN, D(2027, 3, 19)),
            ("CIP-COURT-DOCS", EXPERT_KEY): (OPEN, D(2027, 4, 2)),
        },
        id="b07 Tue 26 Jan: directions set filing dates; record not yet sent",
    ),
    pytest.param(
        B_CARE_PLAN,
        D(2027, 3, 19),
        {
            ("CIP-REVIEW-TO-GUARDIAN", R2): MET,
            ("CIP-COURT-DOCS", CARE_PLAN_KEY): MET,
            ("CIP-COURT-DOCS", EXPERT_KEY): OPEN,
        },
        id="b08 Fri 19 Mar: final care plan reached the IRO on Wed 17 Mar",
    ),
    pytest.param(
        B_CARE_PLAN,
        D(2027, 4, 2),
        {("CIP-COURT-DOCS", EXPERT_KEY): OPEN},
        id="b09 Fri 2 Apr: expert report due today (Easter skipped)",
    ),
    pytest.param(
        B_CARE_PLAN,
        D(2027, 4, 3),
        {("CIP-COURT-DOCS", EXPERT_KEY): OVERDUE},
        id="b10 Sat 3 Apr: expert report overdue",
    ),
    pytest.param(
        B_EXPERT,
        D(2027, 4, 5),
        {("CIP-COURT-DOCS", EXPERT_KEY): LATE, ("CIP-COURT-DOCS", CARE_PLAN_KEY): MET},
        id="b11 Mon 5 Apr: expert report arrives late",
    ),
    pytest.param(
        B_FINAL,
        D(2027, 5, 18),
        {
            ("CIP-HANDOVER", P): (OPEN, D(2027, 5, 18)),
            ("CIP-CLOSING-MEETING", P): (OPEN, D(2027, 6, 2)),
        },
        id="b12 Tue 18 May: final order Tue 4 May; handover due today",
    ),
    pytest.param(
        B_FINAL,
        D(2027, 5, 19),
        {("CIP-HANDOVER", P): OVERDUE, ("CIP-CLOSING-MEETING", P): OPEN},
        id="b13 Wed 19 May: handover overdue",
    ),
    pytest.param(
        B_HANDOVER,
        D(2027, 5, 25),
        {("CIP-HANDOVER", P): LATE},
        id="b14 Tue 25 May: handover arrived Mon 24 May, late",
    ),
    pytest.param(
        B_CLOSED,
        D(2027, 6, 3),
        {
            ("CIP-CLOSING-MEETING", P): MET,
            ("CIP-GUARDIAN-NAMED", P): MET,
            ("CIP-IRO-NAMED", P): MET,
            ("CIP-CONTACT-BEFORE-CMH", P): MET,
            ("CIP-HANDOVER", P): LATE,
        },
        id="b15 Thu 3 Jun: closing meeting Tue 1 Jun, before Wed 2 Jun",
    ),
]


@pytest.mark.parametrize(("case", "today", "expected"), SCENARIO_B)
def test_scenario_b_proceedings(case: CaseState, today: date, expected: Expect) -> None:
    """GIVEN a looked-after child with an allocated IRO who becomes the subject of care
    proceedings (first court email Mon 21 Dec 2026), WHEN the guardian is allocated, the
    IRO named, contact made before the CMH, a review record shared, documents filed under a
    directions order (one on time, one late), the final order made and the handover given
    late, THEN each protocol deadline has the hand-worked due date and status on each date."""
    check(case, today, expected)


def test_scenario_b_no_review_to_guardian_after_proceedings_end() -> None:
    """GIVEN proceedings that ended Tue 4 May 2027, WHEN a review record arrives in July,
    THEN there is no CIP-REVIEW-TO-GUARDIAN for it (no guardian any more), while the earlier
    one (review during proceedings) stays met, and the review before proceedings never had
    one."""
    found = rows(B_AFTER, D(2027, 7, 9))
    to_guardian = {k[1]: d.status for k, d in found.items() if k[0] == "CIP-REVIEW-TO-GUARDIAN"}
    assert to_guardian == {R2: MET}


def test_scenario_b_overdue_handover_climbs_the_ladder() -> None:
    """GIVEN the handover due Tue 18 May 2027 and still missing, WHEN evaluated on Wed 26 May,
    THEN the schedule is: reminder Fri 14 May (2wd before: Mon 17 =1, Fri 14 =2), chaser
    Tue 18 May, team manager Wed 19 May (+1wd), service manager Tue 25 May (Wed 19 =1 ..
    Tue 25 =5), head of service Wed 2 Jun (Wed 26 =6, Thu 27 =7, Fri 28 =8, BH Mon 31,
    Tue 1 =9, Wed 2 Jun =10); with three steps sent, the next is the service manager, and
    RAG is red."""
    done = {("CIP-HANDOVER", P): {"reminder", "chaser", "team_manager"}}
    d = {x.key: x for x in evaluate_case(B_FINAL, D(2027, 5, 26), CAL, SETTINGS, done)}[
        ("CIP-HANDOVER", P)
    ]
    assert [(s.name, s.on) for s in d.schedule] == [
        ("reminder", D(2027, 5, 14)),
        ("chaser", D(2027, 5, 18)),
        ("team_manager", D(2027, 5, 19)),
        ("service_manager", D(2027, 5, 25)),
        ("head_of_service", D(2027, 6, 2)),
    ]
    assert d.next_step is not None and d.next_step.name == "service_manager"
    assert rag(d, D(2027, 5, 26), CAL, SETTINGS) == "red"


# =============================================================================================
# (c) A long-term foster child whose reviews go on without a meeting
# =============================================================================================
#
# Looked after Mon 15 Dec 2025; LAR-INITIAL +20wd: Tue 16..Fri 19 =1-4, Mon 22..Wed 24
#   =5-7, Thu 25 Xmas, Fri 26 Boxing Day, Mon 29..Wed 31 =8-10, Thu 1 Jan NYD, Fri 2 =11,
#   Mon 5..Fri 9 =12-16, Mon 12..Thu 15 Jan 2026 =17-20.
# Reviews (with a meeting unless said): R1 Thu 15 Jan 2026; R2 Thu 16 Apr 2026 (15 Jan +91
#   = day 106 = 16 Apr); designated long-term foster placement from Mon 2 Mar 2026;
#   R3 Thu 15 Oct 2026 (due 16 Apr +183 = day 289 = Fri 16 Oct); R4 Thu 15 Apr 2027
#   WITHOUT a meeting (due 15 Oct 2026 +183 = Fri 16 Apr 2027); R5 Thu 14 Oct 2027 WITHOUT
#   a meeting (due 15 Apr 2027 +183 = Fri 15 Oct 2027); R6 Tue 9 Nov 2027 with a meeting.
# LAR-ANNUAL-MEETING after the meeting of Thu 15 Oct 2026: +365 days (no 29 Feb between)
#   = Fri 15 Oct 2027. After Tue 9 Nov 2027: +365 across 29 Feb 2028 = Wed 8 Nov 2028.

LTF = CaseState(
    child_key="child-c",
    la_ref="LA-300",
    initials="RT",
    dob=D(2012, 2, 2),
    looked_after=f(D(2025, 12, 15), "<la-start@council>"),
    notified=f(D(2025, 12, 16), "<la-start@council>"),
    iro_allocated=True,
    long_term_foster_from=D(2026, 3, 2),
    reviews=(
        ReviewState(1, held=f(D(2026, 1, 15), "<r1@iro>")),
        ReviewState(2, held=f(D(2026, 4, 16), "<r2@iro>")),
        ReviewState(3, held=f(D(2026, 10, 15), "<r3@iro>")),
    ),
)
C_R4 = with_review(LTF, 4, held=f(D(2027, 4, 15), "<r4@iro>"), with_meeting=False)
C_R5 = with_review(C_R4, 5, held=f(D(2027, 10, 14), "<r5@iro>"), with_meeting=False)
C_R6 = with_review(C_R5, 6, held=f(D(2027, 11, 9), "<r6@iro>"), with_meeting=True)

M_JAN26 = "meeting-after-2026-01-15"
M_APR26 = "meeting-after-2026-04-16"
M_OCT26 = "meeting-after-2026-10-15"
M_NOV27 = "meeting-after-2027-11-09"
AM = "LAR-ANNUAL-MEETING"

SCENARIO_C = [
    pytest.param(
        LTF,
        D(2026, 10, 16),
        {
            ("LAR-INITIAL", C): MET,
            ("LAR-SECOND", R2): (MET, D(2026, 4, 16)),
            ("LAR-SUBSEQUENT", R3): (MET, D(2026, 10, 16)),
            ("LAR-SUBSEQUENT", R4): (OPEN, D(2027, 4, 16)),
            (AM, M_JAN26): MET,
            (AM, M_APR26): MET,
            (AM, M_OCT26): (OPEN, D(2027, 10, 15)),
        },
        id="c01 Fri 16 Oct 2026: three reviews with meetings, all on time",
    ),
    pytest.param(
        C_R4,
        D(2027, 4, 16),
        {
            ("LAR-SUBSEQUENT", R4): MET,
            ("LAR-SUBSEQUENT", R5): (OPEN, D(2027, 10, 15)),
            (AM, M_OCT26): OPEN,
        },
        id="c02 Fri 16 Apr 2027: review 4 held without a meeting; annual clock still runs",
    ),
    pytest.param(
        C_R5,
        D(2027, 10, 14),
        {
            ("LAR-SUBSEQUENT", R5): MET,
            (AM, M_OCT26): OPEN,
        },
        id="c03 Thu 14 Oct 2027: review 5 again without a meeting; meeting due tomorrow",
    ),
    pytest.param(
        C_R5,
        D(2027, 10, 15),
        {(AM, M_OCT26): OPEN},
        id="c04 Fri 15 Oct 2027: a meeting is due today",
    ),
    pytest.param(
        C_R5,
        D(2027, 10, 18),
        {(AM, M_OCT26): OVERDUE, ("LAR-SUBSEQUENT", R5): MET},
        id="c05 Mon 18 Oct 2027: no review with a meeting for a year: overdue",
    ),
    pytest.param(
        C_R6,
        D(2027, 11, 10),
        {
            (AM, M_OCT26): LATE,
            (AM, M_NOV27): (OPEN, D(2028, 11, 8)),
            ("LAR-SUBSEQUENT", R6): MET,
        },
        id="c06 Wed 10 Nov 2027: a review with a meeting on Tue 9 Nov meets it late",
    ),
]


@pytest.mark.parametrize(("case", "today", "expected"), SCENARIO_C)
def test_scenario_c_long_term_foster_annual_meeting(
    case: CaseState, today: date, expected: Expect
) -> None:
    """GIVEN a child in a designated long-term foster placement whose six-monthly reviews
    are held on time but, from April 2027, without a meeting,
    WHEN a year passes from the last review with a meeting (Thu 15 Oct 2026),
    THEN LAR-ANNUAL-MEETING is open to its due date (Fri 15 Oct 2027), overdue after it
    although every review was on time, and met late by the next review with a meeting."""
    check(case, today, expected)


def test_scenario_c_reviews_without_a_meeting_start_no_annual_clock() -> None:
    """GIVEN reviews 4 and 5 held without a meeting, THEN no annual-meeting deadline counts
    from them: the only clocks run from the reviews with a meeting."""
    keys = {k[1] for k in rows(C_R6, D(2027, 11, 10)) if k[0] == AM}
    assert keys == {M_JAN26, M_APR26, M_OCT26, M_NOV27}


def test_scenario_c_overdue_annual_meeting_is_chased_and_red() -> None:
    """GIVEN the annual meeting due Fri 15 Oct 2027 and not held, WHEN evaluated on
    Mon 18 Oct, THEN RAG is red and the ladder runs: reminder Wed 13 Oct (Thu 14 =1,
    Wed 13 =2), chaser Fri 15 Oct, team manager Mon 18 Oct, service manager Fri 22 Oct,
    head of service Fri 29 Oct; and on Fri 8 Oct, 5 working days before, it was amber
    (Mon 11, Tue 12, Wed 13, Thu 14, Fri 15)."""
    d = rows(C_R5, D(2027, 10, 18))[(AM, M_OCT26)]
    assert rag(d, D(2027, 10, 18), CAL, SETTINGS) == "red"
    assert [(s.name, s.on) for s in d.schedule] == [
        ("reminder", D(2027, 10, 13)),
        ("chaser", D(2027, 10, 15)),
        ("team_manager", D(2027, 10, 18)),
        ("service_manager", D(2027, 10, 22)),
        ("head_of_service", D(2027, 10, 29)),
    ]
    earlier = rows(C_R5, D(2027, 10, 8))[(AM, M_OCT26)]
    assert rag(earlier, D(2027, 10, 8), CAL, SETTINGS) == "amber"
    a_day_earlier = rows(C_R5, D(2027, 10, 7))[(AM, M_OCT26)]
    assert rag(a_day_earlier, D(2027, 10, 7), CAL, SETTINGS) == "green"
