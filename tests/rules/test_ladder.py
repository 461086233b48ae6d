"""The chaser and escalation ladder, next steps and RAG (rules.md "Chasers and escalations",
"RAG monitoring"), against dates worked out by hand.

Defaults: a reminder 2 working days before the due date; a chaser to whoever acts on the
due date; after 1 working day overdue a chaser copied to their team manager; after 5 an
escalation to the service manager; after 10 to the head of service. Reminder-only rules
get reminders before and on the due day and nothing after; NONE and CHECKLIST rules get
no mails of their own. "=k" marks the kth working day counted; Xmas, sub (Boxing Day
substitute, Mon 28 Dec 2026), NYD (Fri 1 Jan 2027), GF (Fri 26 Mar 2027) and EM (Mon 29 Mar
2027) are bank holidays skipped.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rules.calendar import WorkingCalendar
from rules.catalogue import RULES, Chase, rule
from rules.engine import (
    Deadline,
    LadderStep,
    RuleSettings,
    ScheduledStep,
    Status,
    evaluate_case,
    ladder_schedule,
    next_step,
    rag,
)
from rules.state import CaseState, EventState, Fact, ProceedingsState, ReviewState

D = date
CAL = WorkingCalendar(first_year=2024, last_year=2031)
SETTINGS = RuleSettings()
LA = D(2026, 12, 14)  # Monday


def child(**changes: object) -> CaseState:
    base = CaseState(
        child_key="child-1",
        initials="AB",
        dob=D(2015, 5, 1),
        looked_after=Fact(LA, "<la@x>"),
        iro_allocated=True,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def one(
    case: CaseState,
    today: date,
    rule_id: str,
    key: str | None = None,
    settings: RuleSettings = SETTINGS,
    done: dict[tuple[str, str], set[str]] | None = None,
) -> Deadline:
    rows = [
        d
        for d in evaluate_case(case, today, CAL, settings, done)
        if d.rule_id == rule_id and (key is None or d.subject_key == key)
    ]
    assert len(rows) == 1
    return rows[0]


def dates(schedule: tuple[ScheduledStep, ...]) -> list[tuple[str, date]]:
    return [(s.name, s.on) for s in schedule]


# Review held Thu 17 Dec 2026: LAR-DECISIONS due +5wd = Fri 18 =1, Mon 21 =2, Tue 22 =3,
# Wed 23 =4, Thu 24 Dec =5.
XMAS_REVIEW = ReviewState(1, held=Fact(D(2026, 12, 17), "<record@iro>"))
XMAS_CASE = child(reviews=(XMAS_REVIEW,))

XMAS_LADDER = [
    # 2wd before Thu 24 Dec: Wed 23 =1, Tue 22 =2
    ("reminder", D(2026, 12, 22)),
    ("chaser", D(2026, 12, 24)),
    # +1wd after Thu 24: Fri 25 Xmas, Sat, Sun, Mon 28 sub, Tue 29 =1
    ("team_manager", D(2026, 12, 29)),
    # +5wd: Tue 29 =1, Wed 30 =2, Thu 31 =3, Fri 1 NYD, Sat, Sun, Mon 4 =4, Tue 5 Jan =5
    ("service_manager", D(2027, 1, 5)),
    # +10wd: Wed 6 =6, Thu 7 =7, Fri 8 =8, Mon 11 =9, Tue 12 Jan =10
    ("head_of_service", D(2027, 1, 12)),
]


def test_default_ladder_across_christmas() -> None:
    schedule = ladder_schedule(
        rule("LAR-DECISIONS"), D(2026, 12, 17), D(2026, 12, 24), CAL, SETTINGS
    )
    assert dates(schedule) == XMAS_LADDER


def test_evaluated_deadline_carries_the_same_ladder() -> None:
    d = one(XMAS_CASE, D(2026, 12, 30), "LAR-DECISIONS")
    assert d.status is Status.OVERDUE
    assert d.due == D(2026, 12, 24)
    assert dates(d.schedule) == XMAS_LADDER


def test_ladder_recipients() -> None:
    steps = {
        s.name: s
        for s in ladder_schedule(
            rule("LAR-DECISIONS"), D(2026, 12, 17), D(2026, 12, 24), CAL, SETTINGS
        )
    }
    assert (steps["reminder"].kind, steps["reminder"].to) == ("reminder", "acts")
    assert (steps["chaser"].kind, steps["chaser"].to) == ("chaser", "acts")
    tm = steps["team_manager"]
    assert (tm.kind, tm.to, tm.cc) == ("chaser", "acts", ("team_manager",))
    assert (steps["service_manager"].kind, steps["service_manager"].to) == (
        "escalation",
        "service_manager",
    )
    assert (steps["head_of_service"].kind, steps["head_of_service"].to) == (
        "escalation",
        "head_of_service",
    )


def test_default_ladder_across_easter() -> None:
    """Review held Thu 18 Mar 2027: LAR-DECISIONS due Fri 19 =1, Mon 22 =2, Tue 23 =3,
    Wed 24 =4, Thu 25 Mar =5."""
    schedule = ladder_schedule(rule("LAR-DECISIONS"), D(2027, 3, 18), D(2027, 3, 25), CAL, SETTINGS)
    assert dates(schedule) == [
        ("reminder", D(2027, 3, 23)),  # Wed 24 =1, Tue 23 =2
        ("chaser", D(2027, 3, 25)),
        ("team_manager", D(2027, 3, 30)),  # Fri 26 GF, Sat, Sun, Mon 29 EM, Tue 30 =1
        ("service_manager", D(2027, 4, 5)),  # Wed 31 =2, Thu 1 =3, Fri 2 =4, Mon 5 =5
        ("head_of_service", D(2027, 4, 12)),  # Tue 6 =6 .. Fri 9 =9, Mon 12 =10
    ]


def test_reminder_before_a_due_date_just_after_easter() -> None:
    """LAR-INVITES for a review on Tue 13 Apr 2027 is due Tue 30 Mar (10wd before). The
    reminder 2wd earlier skips Easter Monday and Good Friday: Thu 25 =1, Wed 24 Mar =2."""
    booked = ReviewState(2, booked_for=D(2027, 4, 13), booked=Fact(D(2027, 2, 1), "<booking@sw>"))
    d = one(child(reviews=(booked,)), D(2027, 3, 1), "LAR-INVITES")
    assert d.due == D(2027, 3, 30)
    assert dates(d.schedule)[:2] == [("reminder", D(2027, 3, 24)), ("chaser", D(2027, 3, 30))]


def test_calendar_day_due_on_a_weekend_is_chased_on_the_latest_working_day() -> None:
    """LAR-SUBSEQUENT due Sat 16 Oct 2027 (second review Fri 16 Apr 2027 +183 days): the
    reminder and chaser work from Fri 15 Oct, the escalations count from the due date."""
    case = child(
        reviews=(
            ReviewState(1, held=Fact(D(2027, 1, 14), "<r1@iro>")),
            ReviewState(2, held=Fact(D(2027, 4, 16), "<r2@iro>")),
        )
    )
    d = one(case, D(2027, 10, 1), "LAR-SUBSEQUENT")
    assert d.due == D(2027, 10, 16)
    assert dates(d.schedule) == [
        ("reminder", D(2027, 10, 13)),  # 2wd before Fri 15: Thu 14 =1, Wed 13 =2
        ("chaser", D(2027, 10, 15)),  # the latest working day
        ("team_manager", D(2027, 10, 18)),  # Sat 16 +1wd: Mon 18 =1
        ("service_manager", D(2027, 10, 22)),  # Mon 18 .. Fri 22 =5
        ("head_of_service", D(2027, 10, 29)),  # Mon 25 .. Fri 29 =10
    ]


def test_notice_rule_sends_its_notice_at_once_then_climbs_the_ladder() -> None:
    """LAR-EMERGENCY: significant event received Thu 24 Dec 2026, due the next working day
    Tue 29 Dec (Fri 25 Xmas, Mon 28 sub). A reminder 2wd before Tue 29 would be Wed 23,
    before the clock started: none."""
    event = EventState("ev1", "arrest", Fact(D(2026, 12, 24), "<event@police>"))
    d = one(child(events=(event,)), D(2026, 12, 24), "LAR-EMERGENCY")
    assert d.due == D(2026, 12, 29)
    assert dates(d.schedule) == [
        ("notice", D(2026, 12, 24)),
        ("chaser", D(2026, 12, 29)),
        ("team_manager", D(2026, 12, 30)),  # Wed 30 =1
        ("service_manager", D(2027, 1, 6)),  # Thu 31 =2, Mon 4 =3, Tue 5 =4, Wed 6 =5
        ("head_of_service", D(2027, 1, 13)),  # Thu 7 =6, Fri 8 =7, Mon 11..Wed 13 =8-10
    ]
    assert d.next_step is not None and d.next_step.name == "notice"


def test_at_once_rule_has_no_chaser_on_its_own_day() -> None:
    """CIP-IRO-NAMED is due the day the guardian is named (Tue 29 Dec 2026); the notice goes
    that day, then the ladder from the next working day."""
    p = ProceedingsState(
        "ZC1",
        first_court_email=Fact(D(2026, 12, 21), "<court@x>"),
        guardian_named=Fact(D(2026, 12, 29), "<allocation@cafcass>"),
    )
    d = one(child(proceedings=(p,)), D(2026, 12, 29), "CIP-IRO-NAMED")
    assert dates(d.schedule) == [
        ("notice", D(2026, 12, 29)),
        ("team_manager", D(2026, 12, 30)),
        ("service_manager", D(2027, 1, 6)),
        ("head_of_service", D(2027, 1, 13)),
    ]


# ---- next_step ---------------------------------------------------------------------------

DONE_SEQUENCE = [
    ((), "reminder"),
    (("reminder",), "chaser"),
    (("reminder", "chaser"), "team_manager"),
    (("reminder", "chaser", "team_manager"), "service_manager"),
    (("reminder", "chaser", "team_manager", "service_manager"), "head_of_service"),
    (("reminder", "chaser", "team_manager", "service_manager", "head_of_service"), None),
]


@pytest.mark.parametrize(("done", "expected"), DONE_SEQUENCE)
def test_next_step_with_steps_already_done(done: tuple[str, ...], expected: str | None) -> None:
    d = one(
        XMAS_CASE, D(2027, 1, 20), "LAR-DECISIONS", done={("LAR-DECISIONS", "review-1"): set(done)}
    )
    assert d.status is Status.OVERDUE
    # Without a date, next_step() is the first step not yet sent.
    direct = next_step(d.schedule, done)
    assert (direct.name if direct else None) == expected
    # On 20 Jan every step is due (head of service on Thu 14 Jan): the deadline's own
    # next step skips the overtaken ones and goes to the top of the ladder.
    assert (d.next_step.name if d.next_step else None) == (
        None if expected is None else "head_of_service"
    )


def test_done_steps_of_another_subject_do_not_count() -> None:
    d = one(
        XMAS_CASE,
        D(2026, 12, 24),
        "LAR-DECISIONS",
        done={("LAR-DECISIONS", "review-2"): {"reminder", "chaser"}},
    )
    # On the due date (Thu 24 Dec) both reminder and chaser are due for review-1; the
    # chaser is the latest. Had review-2's steps counted, the next step would be team_manager.
    assert d.next_step is not None and d.next_step.name == "chaser"


def test_next_step_date_is_the_scheduled_one() -> None:
    d = one(
        XMAS_CASE,
        D(2026, 12, 30),
        "LAR-DECISIONS",
        done={("LAR-DECISIONS", "review-1"): {"reminder", "chaser"}},
    )
    assert d.next_step == ScheduledStep(
        "team_manager", D(2026, 12, 29), "acts", ("team_manager",), kind="chaser"
    )


@pytest.mark.parametrize(
    ("met_on", "status"),
    [(D(2026, 12, 23), Status.MET), (D(2026, 12, 31), Status.MET_LATE)],
)
def test_a_met_deadline_has_no_next_step(met_on: date, status: Status) -> None:
    review = replace(XMAS_REVIEW, decisions=Fact(met_on, "<decisions@iro>"))
    d = one(child(reviews=(review,)), D(2027, 1, 20), "LAR-DECISIONS", done={})
    assert d.status is status
    assert d.next_step is None
    assert d.schedule == ()


def test_deemed_agreement_and_not_applicable_have_no_next_step() -> None:
    review = replace(XMAS_REVIEW, decisions=Fact(D(2026, 12, 23), "<d@iro>"))
    rows = {d.rule_id: d for d in evaluate_case(child(reviews=(review,)), D(2027, 2, 1), CAL)}
    assert rows["LAR-MANAGER"].status is Status.DEEMED_AGREED
    assert rows["LAR-MANAGER"].next_step is None
    ceased = {
        d.rule_id: d for d in evaluate_case(child(ceased_on=D(2027, 1, 4)), D(2027, 1, 20), CAL)
    }
    assert ceased["LAR-INITIAL"].status is Status.NOT_APPLICABLE
    assert ceased["LAR-INITIAL"].next_step is None


# ---- reminder-only, NONE and CHECKLIST rules -----------------------------------------------

BOOKED = ReviewState(2, booked_for=D(2027, 4, 13), booked=Fact(D(2027, 2, 1), "<booking@sw>"))


@pytest.mark.parametrize(
    ("rule_id", "due", "reminder"),
    [
        # 20wd before Tue 13 Apr 2027 = Fri 12 Mar (Easter skipped); 2wd before: Thu 11 =1,
        # Wed 10 Mar =2.
        ("LAR-CONSULT", D(2027, 3, 12), D(2027, 3, 10)),
        # 5wd before Tue 13 Apr = Tue 6 Apr; 2wd before: Mon 5 =1, Fri 2 Apr =2.
        ("LAR-REPORTS", D(2027, 4, 6), D(2027, 4, 2)),
    ],
)
def test_reminder_only_rules_remind_before_and_on_the_due_day_and_never_escalate(
    rule_id: str, due: date, reminder: date
) -> None:
    assert rule(rule_id).chase is Chase.REMINDER
    for today in (D(2027, 3, 1), due, D(2027, 5, 1)):  # before, on, and long after
        d = one(child(reviews=(BOOKED,)), today, rule_id)
        assert d.due == due
        assert dates(d.schedule) == [("reminder", reminder), ("due_day_reminder", due)]
        assert {s.kind for s in d.schedule} == {"reminder"}
        assert {s.to for s in d.schedule} == {"acts"}
    assert one(child(reviews=(BOOKED,)), D(2027, 5, 1), rule_id).status is Status.OVERDUE


@pytest.mark.parametrize("rule_id", ["LAR-NOTIFY", "LAR-PERMANENCE"])
def test_none_and_checklist_rules_get_no_schedule(rule_id: str) -> None:
    r = rule(rule_id)
    assert r.chase in (Chase.NONE, Chase.CHECKLIST)
    assert ladder_schedule(r, D(2027, 1, 14), D(2027, 4, 15), CAL, SETTINGS) == ()
    case = child(reviews=(ReviewState(1, held=Fact(D(2027, 1, 14), "<r1@iro>")),))
    for today in (D(2026, 12, 15), D(2027, 4, 1), D(2027, 5, 1)):  # open and overdue
        d = one(case, today, rule_id)
        assert d.status in (Status.OPEN, Status.OVERDUE)
        assert d.schedule == () and d.next_step is None


def test_checklist_items_ride_on_the_reminders_of_their_review() -> None:
    """LAR-PERMANENCE rides with LAR-SECOND's mails and LAR-CONTINGENCY with the third
    review's (LAR-SUBSEQUENT): the carrier rule has a reminder for the same due date."""
    assert rule("LAR-PERMANENCE").checklist_of == "LAR-SECOND"
    assert rule("LAR-CONTINGENCY").checklist_of == "LAR-SUBSEQUENT"
    case = child(reviews=(ReviewState(1, held=Fact(D(2027, 1, 14), "<r1@iro>")),))
    second = one(case, D(2027, 4, 1), "LAR-SECOND")
    permanence = one(case, D(2027, 4, 1), "LAR-PERMANENCE")
    assert second.due == permanence.due == D(2027, 4, 15)
    # 2wd before Thu 15 Apr 2027: Wed 14 =1, Tue 13 =2.
    assert dates(second.schedule)[0] == ("reminder", D(2027, 4, 13))


def test_every_checklist_rule_names_a_carrier_and_only_they_do() -> None:
    for r in RULES:
        assert (r.chase is Chase.CHECKLIST) == (r.checklist_of is not None), r.id


# ---- configuration -------------------------------------------------------------------------


def test_ladder_is_configuration() -> None:
    """A ladder with a Director step after 15 working days, and no reminder: Thu 24 Dec
    2026 +15wd = (head of service at +10 is Tue 12 Jan) Wed 13 =11, Thu 14 =12, Fri 15 =13,
    Mon 18 =14, Tue 19 Jan 2027 =15."""
    settings = RuleSettings(
        reminder_working_days_before=0,
        ladder=(
            LadderStep("chaser", 0, "acts"),
            LadderStep("director", 15, "director"),
        ),
    )
    schedule = ladder_schedule(
        rule("LAR-DECISIONS"), D(2026, 12, 17), D(2026, 12, 24), CAL, settings
    )
    assert dates(schedule) == [("chaser", D(2026, 12, 24)), ("director", D(2027, 1, 19))]


def test_reminder_days_are_configuration() -> None:
    # 3wd before Thu 24 Dec 2026: Wed 23 =1, Tue 22 =2, Mon 21 =3.
    settings = RuleSettings(reminder_working_days_before=3)
    schedule = ladder_schedule(
        rule("LAR-DECISIONS"), D(2026, 12, 17), D(2026, 12, 24), CAL, settings
    )
    assert dates(schedule)[0] == ("reminder", D(2026, 12, 21))


# ---- RAG -----------------------------------------------------------------------------------

# LAR-INITIAL for a child looked after Mon 14 Dec 2026 is due Thu 14 Jan 2027.
INITIAL_DUE = D(2027, 1, 14)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        # (Wed 23 Dec, Thu 14 Jan]: Thu 24, Tue 29, Wed 30, Thu 31, Mon 4..Fri 8, Mon 11..Thu
        # 14 = 4 + 5 + 4 = 13 working days: green.
        (D(2026, 12, 23), "green"),
        # (Wed 6 Jan, Thu 14 Jan]: Thu 7, Fri 8, Mon 11, Tue 12, Wed 13, Thu 14 = 6: green.
        (D(2027, 1, 6), "green"),
        # (Thu 7 Jan, Thu 14 Jan]: Fri 8, Mon 11, Tue 12, Wed 13, Thu 14 = 5: amber.
        (D(2027, 1, 7), "amber"),
        (D(2027, 1, 14), "amber"),  # due today
        (D(2027, 1, 15), "red"),  # overdue
    ],
)
def test_rag_of_an_open_deadline(today: date, expected: str) -> None:
    d = one(child(), today, "LAR-INITIAL")
    assert d.due == INITIAL_DUE
    assert rag(d, today, CAL, SETTINGS) == expected


def test_rag_amber_window_counts_working_days_over_easter() -> None:
    """LAR-DECISIONS due Thu 1 Apr 2027 (review Tue 23 Mar). On Tue 23 Mar it is 9 calendar
    days away but (Tue 23, Thu 1] holds Wed 24, Thu 25, Tue 30, Wed 31, Thu 1 = 5 working
    days: amber. With a 4-day window: green."""
    case = child(reviews=(ReviewState(1, held=Fact(D(2027, 3, 23), "<r@iro>")),))
    d = one(case, D(2027, 3, 23), "LAR-DECISIONS")
    assert d.due == D(2027, 4, 1)
    assert rag(d, D(2027, 3, 23), CAL, SETTINGS) == "amber"
    assert rag(d, D(2027, 3, 23), CAL, RuleSettings(amber_working_days=4)) == "green"


def test_rag_of_met_and_met_late() -> None:
    on_time = child(reviews=(ReviewState(1, held=Fact(D(2027, 1, 12), "<r@iro>")),))
    late = child(reviews=(ReviewState(1, held=Fact(D(2027, 1, 15), "<r@iro>")),))
    met = one(on_time, D(2027, 1, 13), "LAR-INITIAL")
    met_late = one(late, D(2027, 1, 20), "LAR-INITIAL")
    assert (met.status, rag(met, D(2027, 1, 13), CAL, SETTINGS)) == (Status.MET, "green")
    assert (met_late.status, rag(met_late, D(2027, 1, 20), CAL, SETTINGS)) == (
        Status.MET_LATE,
        "red",
    )


def test_next_step_after_an_outage_skips_overtaken_steps() -> None:
    """GIVEN a ladder of reminder, chaser, team manager, service manager, head of service
    WHEN nothing was sent and today is past the head of service step
    THEN the next step is the head of service escalation, not the stale reminder."""
    from rules.engine import ScheduledStep, next_step

    schedule = (
        ScheduledStep("reminder", date(2027, 3, 1), "acts", kind="reminder"),
        ScheduledStep("chaser", date(2027, 3, 3), "acts"),
        ScheduledStep("team_manager", date(2027, 3, 4), "acts", ("team_manager",)),
        ScheduledStep("service_manager", date(2027, 3, 10), "service_manager", kind="escalation"),
        ScheduledStep("head_of_service", date(2027, 3, 17), "head_of_service", kind="escalation"),
    )
    assert next_step(schedule, (), date(2027, 3, 20)).name == "head_of_service"  # type: ignore[union-attr]
    assert next_step(schedule, (), date(2027, 3, 5)).name == "team_manager"  # type: ignore[union-attr]
    assert next_step(schedule, ("reminder",), date(2027, 3, 2)).name == "chaser"  # type: ignore[union-attr]
    assert next_step(schedule, [s.name for s in schedule], date(2027, 3, 20)) is None
