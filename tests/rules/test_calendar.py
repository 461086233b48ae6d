"""Tests for rules.calendar.WorkingCalendar against hand-worked dates and properties.

Every expected date below was worked out by hand from a printed calendar and the
published bank holidays for England and Wales (gov.uk), not copied from the code.
The working is in each case's id: days listed in order, "=k" marks the kth working day
counted, anything else is a day skipped and why. "Xmas" is Christmas Day, "GF" Good
Friday, "EM" Easter Monday, "BH" a bank holiday, "sub" a substitute day.

Bank holidays used (England and Wales):
  2026: Thu 1 Jan, Fri 3 Apr, Mon 6 Apr, Mon 4 May, Mon 25 May, Mon 31 Aug, Fri 25 Dec,
        Mon 28 Dec (Boxing Day falls on Sat 26, substitute Mon 28).
  2027: Fri 1 Jan, Fri 26 Mar, Mon 29 Mar, Mon 3 May, Mon 31 May, Mon 30 Aug,
        Mon 27 Dec and Tue 28 Dec (Christmas Sat 25 and Boxing Day Sun 26, substituted).
  2028: Mon 3 Jan (New Year's Day Sat 1, substituted), Fri 14 Apr, Mon 17 Apr, Mon 1 May,
        Mon 29 May, Mon 28 Aug, Mon 25 Dec, Tue 26 Dec.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rules.calendar import CalendarRangeError, NonWorkingDay, WorkingCalendar

D = date

# Built once: the default years (2010-2045) with the real `holidays` table.
CAL = WorkingCalendar()

# Local closure days between Christmas and New Year 2026 (Tue 29 - Thu 31 Dec).
CLOSED_2026 = {
    D(2026, 12, 29): "Christmas closure",
    D(2026, 12, 30): "Christmas closure",
    D(2026, 12, 31): "Christmas closure",
}
CAL_CLOSED = WorkingCalendar(CLOSED_2026)


# --------------------------------------------------------------------------------------
# Hand-worked: "within N working days of D" (add_working_days)
# --------------------------------------------------------------------------------------

ADD_CASES = [
    # Christmas / New Year 2026-27
    pytest.param(
        D(2026, 12, 24),
        3,
        D(2026, 12, 31),
        id="Thu 24 Dec 2026 +3: Fri 25 Xmas, Sat 26 Boxing, Sun 27, Mon 28 Boxing sub, "
        "Tue 29 =1, Wed 30 =2, Thu 31 =3",
    ),
    pytest.param(
        D(2026, 12, 24),
        5,
        D(2027, 1, 5),
        id="Thu 24 Dec 2026 +5: Fri 25 Xmas, Sat 26, Sun 27, Mon 28 sub, Tue 29 =1, Wed 30 =2, "
        "Thu 31 =3, Fri 1 Jan NYD, Sat 2, Sun 3, Mon 4 =4, Tue 5 =5",
    ),
    pytest.param(
        D(2026, 12, 18),
        20,
        D(2027, 1, 20),
        id="Fri 18 Dec 2026 +20: Mon 21..Thu 24 =1-4, Fri 25 Xmas, Sat, Sun, Mon 28 sub, "
        "Tue 29..Thu 31 =5-7, Fri 1 Jan NYD, Sat, Sun, Mon 4..Fri 8 =8-12, "
        "Mon 11..Fri 15 =13-17, Mon 18 =18, Tue 19 =19, Wed 20 =20",
    ),
    # Christmas / New Year 2027-28
    pytest.param(
        D(2027, 12, 24),
        1,
        D(2027, 12, 29),
        id="Fri 24 Dec 2027 +1: Sat 25 Xmas, Sun 26 Boxing, Mon 27 Xmas sub, "
        "Tue 28 Boxing sub, Wed 29 =1",
    ),
    pytest.param(
        D(2027, 12, 23),
        2,
        D(2027, 12, 29),
        id="Thu 23 Dec 2027 +2: Fri 24 =1, Sat 25 Xmas, Sun 26 Boxing, Mon 27 sub, "
        "Tue 28 sub, Wed 29 =2",
    ),
    pytest.param(
        D(2027, 12, 24),
        4,
        D(2028, 1, 4),
        id="Fri 24 Dec 2027 +4: Sat 25, Sun 26, Mon 27 sub, Tue 28 sub, Wed 29 =1, "
        "Thu 30 =2, Fri 31 =3, Sat 1 Jan NYD, Sun 2, Mon 3 NYD sub, Tue 4 =4",
    ),
    pytest.param(
        D(2027, 12, 31),
        1,
        D(2028, 1, 4),
        id="Fri 31 Dec 2027 +1: Sat 1 Jan NYD, Sun 2, Mon 3 NYD sub, Tue 4 =1",
    ),
    # Easter 2027 (Good Friday 26 March, Easter Monday 29 March)
    pytest.param(
        D(2027, 3, 25),
        1,
        D(2027, 3, 30),
        id="Thu 25 Mar 2027 +1: Fri 26 GF, Sat 27, Sun 28, Mon 29 EM, Tue 30 =1",
    ),
    pytest.param(
        D(2027, 3, 24),
        3,
        D(2027, 3, 31),
        id="Wed 24 Mar 2027 +3: Thu 25 =1, Fri 26 GF, Sat 27, Sun 28, Mon 29 EM, "
        "Tue 30 =2, Wed 31 =3",
    ),
    pytest.param(
        D(2027, 3, 26),
        1,
        D(2027, 3, 30),
        id="start on Good Fri 26 Mar 2027 +1 (start never counts): Sat 27, Sun 28, "
        "Mon 29 EM, Tue 30 =1",
    ),
    pytest.param(
        D(2027, 3, 27),
        2,
        D(2027, 3, 31),
        id="start on Sat 27 Mar 2027 +2 (start never counts): Sun 28, Mon 29 EM, "
        "Tue 30 =1, Wed 31 =2",
    ),
    # Easter 2028 (Good Friday 14 April, Easter Monday 17 April)
    pytest.param(
        D(2028, 4, 13),
        5,
        D(2028, 4, 24),
        id="Thu 13 Apr 2028 +5: Fri 14 GF, Sat 15, Sun 16, Mon 17 EM, Tue 18 =1, "
        "Wed 19 =2, Thu 20 =3, Fri 21 =4, Sat 22, Sun 23, Mon 24 =5",
    ),
    pytest.param(
        D(2028, 4, 17),
        1,
        D(2028, 4, 18),
        id="start on Easter Mon 17 Apr 2028 +1 (start never counts): Tue 18 =1",
    ),
    # Early May bank holiday
    pytest.param(
        D(2027, 5, 2),
        1,
        D(2027, 5, 4),
        id="start on Sun 2 May 2027 +1: Mon 3 early May BH, Tue 4 =1",
    ),
    pytest.param(
        D(2027, 4, 30),
        5,
        D(2027, 5, 10),
        id="Fri 30 Apr 2027 +5: Sat 1, Sun 2, Mon 3 BH, Tue 4 =1, Wed 5 =2, Thu 6 =3, "
        "Fri 7 =4, Sat 8, Sun 9, Mon 10 =5",
    ),
    pytest.param(
        D(2028, 4, 28),
        1,
        D(2028, 5, 2),
        id="Fri 28 Apr 2028 +1: Sat 29, Sun 30, Mon 1 May BH, Tue 2 =1",
    ),
    # Spring bank holiday
    pytest.param(
        D(2027, 5, 28),
        1,
        D(2027, 6, 1),
        id="Fri 28 May 2027 +1: Sat 29, Sun 30, Mon 31 spring BH, Tue 1 Jun =1",
    ),
    pytest.param(
        D(2028, 5, 25),
        3,
        D(2028, 5, 31),
        id="Thu 25 May 2028 +3: Fri 26 =1, Sat 27, Sun 28, Mon 29 spring BH, Tue 30 =2, Wed 31 =3",
    ),
    # August bank holiday
    pytest.param(
        D(2027, 8, 27),
        1,
        D(2027, 8, 31),
        id="Fri 27 Aug 2027 +1: Sat 28, Sun 29, Mon 30 Aug BH, Tue 31 =1",
    ),
    pytest.param(
        D(2028, 8, 28),
        1,
        D(2028, 8, 29),
        id="start on Aug BH Mon 28 Aug 2028 +1 (start never counts): Tue 29 =1",
    ),
    pytest.param(
        D(2026, 8, 28),
        10,
        D(2026, 9, 14),
        id="Fri 28 Aug 2026 +10: Sat 29, Sun 30, Mon 31 Aug BH, Tue 1 Sep..Fri 4 =1-4, "
        "Sat 5, Sun 6, Mon 7..Fri 11 =5-9, Sat 12, Sun 13, Mon 14 =10",
    ),
    # One-off days the `holidays` package must carry
    pytest.param(
        D(2022, 6, 1),
        1,
        D(2022, 6, 6),
        id="Wed 1 Jun 2022 +1: Thu 2 spring BH (moved), Fri 3 Platinum Jubilee, Sat 4, "
        "Sun 5, Mon 6 =1",
    ),
    pytest.param(
        D(2022, 9, 16),
        1,
        D(2022, 9, 20),
        id="Fri 16 Sep 2022 +1: Sat 17, Sun 18, Mon 19 State Funeral, Tue 20 =1",
    ),
    pytest.param(
        D(2023, 5, 5),
        1,
        D(2023, 5, 9),
        id="Fri 5 May 2023 +1: Sat 6, Sun 7, Mon 8 Coronation, Tue 9 =1",
    ),
    pytest.param(
        D(2020, 5, 7),
        1,
        D(2020, 5, 11),
        id="Thu 7 May 2020 +1: Fri 8 early May BH (moved for VE Day), Sat 9, Sun 10, Mon 11 =1",
    ),
    # Ordinary weeks
    pytest.param(
        D(2026, 3, 6),
        10,
        D(2026, 3, 20),
        id="Fri 6 Mar 2026 +10: Sat 7, Sun 8, Mon 9..Fri 13 =1-5, Sat 14, Sun 15, "
        "Mon 16..Fri 20 =6-10",
    ),
    pytest.param(
        D(2026, 3, 18),
        0,
        D(2026, 3, 18),
        id="Wed 18 Mar 2026 +0: no days counted, start returned",
    ),
]


@pytest.mark.parametrize(("start", "n", "expected"), ADD_CASES)
def test_add_working_days_hand_worked(start: date, n: int, expected: date) -> None:
    assert CAL.add_working_days(start, n) == expected


# --------------------------------------------------------------------------------------
# Hand-worked: "at least N working days before D" (subtract_working_days)
# --------------------------------------------------------------------------------------

SUBTRACT_CASES = [
    pytest.param(
        D(2026, 3, 20),
        10,
        D(2026, 3, 6),
        id="rules.md example: Fri 20 Mar 2026 -10: Thu 19 =1, Wed 18 =2, Tue 17 =3, "
        "Mon 16 =4, Sun 15, Sat 14, Fri 13 =5, Thu 12 =6, Wed 11 =7, Tue 10 =8, Mon 9 =9, "
        "Sun 8, Sat 7, Fri 6 =10",
    ),
    pytest.param(
        D(2027, 3, 30),
        1,
        D(2027, 3, 25),
        id="Tue 30 Mar 2027 -1: Mon 29 EM, Sun 28, Sat 27, Fri 26 GF, Thu 25 =1",
    ),
    pytest.param(
        D(2028, 4, 18),
        2,
        D(2028, 4, 12),
        id="Tue 18 Apr 2028 -2: Mon 17 EM, Sun 16, Sat 15, Fri 14 GF, Thu 13 =1, Wed 12 =2",
    ),
    pytest.param(
        D(2028, 1, 5),
        3,
        D(2027, 12, 30),
        id="Wed 5 Jan 2028 -3: Tue 4 =1, Mon 3 NYD sub, Sun 2, Sat 1 NYD, Fri 31 Dec =2, Thu 30 =3",
    ),
    pytest.param(
        D(2027, 12, 29),
        1,
        D(2027, 12, 24),
        id="Wed 29 Dec 2027 -1: Tue 28 Boxing sub, Mon 27 Xmas sub, Sun 26, Sat 25, Fri 24 =1",
    ),
    pytest.param(
        D(2027, 1, 5),
        5,
        D(2026, 12, 24),
        id="Tue 5 Jan 2027 -5: Mon 4 =1, Sun 3, Sat 2, Fri 1 NYD, Thu 31 =2, Wed 30 =3, "
        "Tue 29 =4, Mon 28 Boxing sub, Sun 27, Sat 26, Fri 25 Xmas, Thu 24 =5",
    ),
    pytest.param(
        D(2027, 6, 1),
        1,
        D(2027, 5, 28),
        id="Tue 1 Jun 2027 -1: Mon 31 May spring BH, Sun 30, Sat 29, Fri 28 =1",
    ),
    pytest.param(
        D(2027, 5, 2),
        1,
        D(2027, 4, 30),
        id="before a Sunday, Sun 2 May 2027 -1 (it never counts): Sat 1, Fri 30 Apr =1",
    ),
    pytest.param(
        D(2027, 8, 30),
        2,
        D(2027, 8, 26),
        id="before Aug BH Mon 30 Aug 2027 -2: Sun 29, Sat 28, Fri 27 =1, Thu 26 =2",
    ),
    pytest.param(
        D(2028, 5, 2),
        1,
        D(2028, 4, 28),
        id="Tue 2 May 2028 -1: Mon 1 May BH, Sun 30, Sat 29, Fri 28 Apr =1",
    ),
]


@pytest.mark.parametrize(("before", "n", "expected"), SUBTRACT_CASES)
def test_subtract_working_days_hand_worked(before: date, n: int, expected: date) -> None:
    assert CAL.subtract_working_days(before, n) == expected


def test_negative_n_counts_the_other_way() -> None:
    # Thu 25 Mar 2027 +1 = Tue 30 Mar (Easter); so Tue 30 Mar -1 = Thu 25 Mar.
    assert CAL.add_working_days(D(2027, 3, 30), -1) == D(2027, 3, 25)
    assert CAL.subtract_working_days(D(2027, 3, 25), -1) == D(2027, 3, 30)


# --------------------------------------------------------------------------------------
# Hand-worked: working_days_between, working days in (start, end]
# --------------------------------------------------------------------------------------

BETWEEN_CASES = [
    pytest.param(
        D(2026, 12, 24),
        D(2027, 1, 4),
        4,
        id="Thu 24 Dec 2026 to Mon 4 Jan 2027: Fri 25 Xmas, Sat, Sun, Mon 28 sub, Tue 29 =1, "
        "Wed 30 =2, Thu 31 =3, Fri 1 NYD, Sat, Sun, Mon 4 =4",
    ),
    pytest.param(
        D(2027, 3, 25),
        D(2027, 3, 30),
        1,
        id="Thu 25 Mar 2027 to Tue 30 Mar: Fri 26 GF, Sat, Sun, Mon 29 EM, Tue 30 =1",
    ),
    pytest.param(
        D(2026, 3, 6),
        D(2026, 3, 20),
        10,
        id="Fri 6 Mar 2026 to Fri 20 Mar: Mon 9..Fri 13 =5, Mon 16..Fri 20 =10",
    ),
    pytest.param(
        D(2027, 12, 31),
        D(2028, 1, 3),
        0,
        id="Fri 31 Dec 2027 to Mon 3 Jan 2028: Sat 1 NYD, Sun 2, Mon 3 NYD sub, none count",
    ),
    pytest.param(
        D(2028, 5, 1),
        D(2028, 5, 29),
        19,
        id="Mon 1 May 2028 (BH, start never counts) to Mon 29 May (BH): Tue 2..Fri 5 =4, "
        "8-12 =9, 15-19 =14, 22-26 =19, Mon 29 BH",
    ),
    pytest.param(
        D(2027, 3, 30),
        D(2027, 3, 25),
        -1,
        id="reversed, Tue 30 Mar 2027 to Thu 25 Mar: minus the one working day (Tue 30)",
    ),
    pytest.param(
        D(2026, 3, 18),
        D(2026, 3, 18),
        0,
        id="same day Wed 18 Mar 2026: 0",
    ),
]


@pytest.mark.parametrize(("start", "end", "expected"), BETWEEN_CASES)
def test_working_days_between_hand_worked(start: date, end: date, expected: int) -> None:
    assert CAL.working_days_between(start, end) == expected


# --------------------------------------------------------------------------------------
# latest_working_day / next_working_day / is_working_day / why_not_working
# --------------------------------------------------------------------------------------

LATEST_CASES = [
    pytest.param(D(2026, 3, 8), D(2026, 3, 6), id="Sun 8 Mar 2026: Sat 7, Fri 6"),
    pytest.param(
        D(2027, 3, 28),
        D(2027, 3, 25),
        id="Easter Sun 28 Mar 2027: Sat 27, Fri 26 GF, Thu 25",
    ),
    pytest.param(D(2028, 4, 14), D(2028, 4, 13), id="Good Fri 14 Apr 2028: Thu 13"),
    pytest.param(D(2027, 3, 26), D(2027, 3, 25), id="Good Fri 26 Mar 2027: Thu 25"),
    pytest.param(
        D(2028, 1, 3),
        D(2027, 12, 31),
        id="Mon 3 Jan 2028 NYD sub: Sun 2, Sat 1 NYD, Fri 31 Dec 2027",
    ),
    pytest.param(
        D(2027, 12, 28),
        D(2027, 12, 24),
        id="Tue 28 Dec 2027 Boxing sub: Mon 27 sub, Sun 26, Sat 25, Fri 24",
    ),
    pytest.param(D(2026, 3, 18), D(2026, 3, 18), id="Wed 18 Mar 2026 is itself working"),
]


@pytest.mark.parametrize(("day", "expected"), LATEST_CASES)
def test_latest_working_day(day: date, expected: date) -> None:
    assert CAL.latest_working_day(day) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        pytest.param(
            D(2027, 12, 24),
            D(2027, 12, 29),
            id="Fri 24 Dec 2027: Sat 25, Sun 26, Mon 27 sub, Tue 28 sub, Wed 29",
        ),
        pytest.param(D(2026, 3, 6), D(2026, 3, 9), id="Fri 6 Mar 2026: Sat, Sun, Mon 9"),
        pytest.param(D(2026, 3, 18), D(2026, 3, 19), id="Wed 18 Mar 2026: Thu 19"),
    ],
)
def test_next_working_day(day: date, expected: date) -> None:
    assert CAL.next_working_day(day) == expected


# Independent, hand-typed list of the bank holidays on weekdays 2026-2028 (gov.uk).
WEEKDAY_BANK_HOLIDAYS_2026_2028 = {
    D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25),
    D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28),
    D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31),
    D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28),
    D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29),
    D(2028, 8, 28), D(2028, 12, 25), D(2028, 12, 26),
}  # fmt: skip


def test_weekday_holidays_2026_to_2028_match_hand_list() -> None:
    day = D(2026, 1, 1)
    found = set()
    while day <= D(2028, 12, 31):
        if day.weekday() < 5 and not CAL.is_working_day(day):
            found.add(day)
        day += timedelta(days=1)
    assert found == WEEKDAY_BANK_HOLIDAYS_2026_2028


@pytest.mark.parametrize(
    ("day", "working"),
    [
        pytest.param(D(2027, 12, 25), False, id="Sat 25 Dec 2027 Christmas"),
        pytest.param(D(2027, 12, 27), False, id="Mon 27 Dec 2027 Christmas substitute"),
        pytest.param(D(2027, 12, 29), True, id="Wed 29 Dec 2027"),
        pytest.param(D(2028, 1, 3), False, id="Mon 3 Jan 2028 New Year substitute"),
        pytest.param(D(2028, 1, 4), True, id="Tue 4 Jan 2028"),
        pytest.param(D(2026, 3, 7), False, id="Sat 7 Mar 2026"),
        pytest.param(D(2026, 3, 8), False, id="Sun 8 Mar 2026"),
        pytest.param(D(2026, 3, 9), True, id="Mon 9 Mar 2026"),
    ],
)
def test_is_working_day(day: date, working: bool) -> None:
    assert CAL.is_working_day(day) is working
    assert (CAL.why_not_working(day) is None) is working


def test_why_not_working_reasons() -> None:
    assert CAL.why_not_working(D(2026, 3, 9)) is None
    assert CAL.why_not_working(D(2026, 3, 7)) == "Saturday"
    assert CAL.why_not_working(D(2026, 3, 8)) == "Sunday"
    # A holiday on a weekend is named as the holiday, not the weekday.
    reason = CAL.why_not_working(D(2027, 12, 25))
    assert reason is not None and "Christmas" in reason
    reason = CAL.why_not_working(D(2027, 3, 26))
    assert reason is not None and "Good Friday" in reason
    assert CAL_CLOSED.why_not_working(D(2026, 12, 30)) == "local closure: Christmas closure"
    unnamed = WorkingCalendar([D(2026, 12, 30)])
    assert unnamed.why_not_working(D(2026, 12, 30)) == "local closure"


# --------------------------------------------------------------------------------------
# Local closure days: 29-31 Dec 2026 closed
# --------------------------------------------------------------------------------------

CLOSURE_CASES = [
    pytest.param(
        "add",
        D(2026, 12, 24),
        3,
        D(2027, 1, 6),
        id="closed 29-31 Dec 2026, Thu 24 Dec +3: Fri 25 Xmas, Sat, Sun, Mon 28 sub, "
        "Tue 29 closed, Wed 30 closed, Thu 31 closed, Fri 1 NYD, Sat, Sun, Mon 4 =1, "
        "Tue 5 =2, Wed 6 =3",
    ),
    pytest.param(
        "add",
        D(2026, 12, 23),
        2,
        D(2027, 1, 4),
        id="closed 29-31 Dec 2026, Wed 23 Dec +2: Thu 24 =1, Fri 25 Xmas, Sat, Sun, "
        "Mon 28 sub, Tue 29-Thu 31 closed, Fri 1 NYD, Sat, Sun, Mon 4 =2",
    ),
    pytest.param(
        "subtract",
        D(2027, 1, 5),
        2,
        D(2026, 12, 24),
        id="closed 29-31 Dec 2026, Tue 5 Jan 2027 -2: Mon 4 =1, Sun 3, Sat 2, Fri 1 NYD, "
        "Thu 31-Tue 29 closed, Mon 28 sub, Sun 27, Sat 26, Fri 25 Xmas, Thu 24 =2",
    ),
    pytest.param(
        "latest",
        D(2026, 12, 31),
        0,
        D(2026, 12, 24),
        id="closed 29-31 Dec 2026, latest working day for Thu 31 Dec: Wed 30 cl, Tue 29 cl, "
        "Mon 28 sub, Sun 27, Sat 26, Fri 25 Xmas, Thu 24",
    ),
]


@pytest.mark.parametrize(("op", "day", "n", "expected"), CLOSURE_CASES)
def test_local_closure_days(op: str, day: date, n: int, expected: date) -> None:
    if op == "add":
        assert CAL_CLOSED.add_working_days(day, n) == expected
    elif op == "subtract":
        assert CAL_CLOSED.subtract_working_days(day, n) == expected
    else:
        assert CAL_CLOSED.latest_working_day(day) == expected


def test_closure_days_counted_in_between_and_listed() -> None:
    # (Thu 24 Dec 2026, Mon 4 Jan 2027]: without closures Tue 29, Wed 30, Thu 31, Mon 4 = 4;
    # with 29-31 closed only Mon 4 counts.
    assert CAL.working_days_between(D(2026, 12, 24), D(2027, 1, 4)) == 4
    assert CAL_CLOSED.working_days_between(D(2026, 12, 24), D(2027, 1, 4)) == 1
    listed = CAL_CLOSED.non_working_days(D(2026, 12, 24), D(2027, 1, 4))
    assert [nw.day for nw in listed] == [
        D(2026, 12, 25), D(2026, 12, 26), D(2026, 12, 27), D(2026, 12, 28),
        D(2026, 12, 29), D(2026, 12, 30), D(2026, 12, 31),
        D(2027, 1, 1), D(2027, 1, 2), D(2027, 1, 3),
    ]  # fmt: skip
    assert listed[4] == NonWorkingDay(D(2026, 12, 29), "local closure: Christmas closure")
    assert CAL.closures == {} and len(CAL_CLOSED.closures) == 3


# --------------------------------------------------------------------------------------
# fingerprint and range errors
# --------------------------------------------------------------------------------------


def test_fingerprint_changes_when_a_closure_day_is_added() -> None:
    base = WorkingCalendar(first_year=2026, last_year=2027)
    same = WorkingCalendar(first_year=2026, last_year=2027)
    closed = WorkingCalendar({D(2026, 12, 29): "closure"}, first_year=2026, last_year=2027)
    assert base.fingerprint == same.fingerprint
    assert len(base.fingerprint) == 16
    assert closed.fingerprint != base.fingerprint
    assert CAL_CLOSED.fingerprint != CAL.fingerprint


def test_fingerprint_changes_with_holiday_table() -> None:
    a = WorkingCalendar(first_year=2027, last_year=2027, holiday_table={})
    b = WorkingCalendar(
        first_year=2027, last_year=2027, holiday_table={D(2027, 3, 26): "Good Friday"}
    )
    assert a.fingerprint != b.fingerprint
    assert b.add_working_days(D(2027, 3, 25), 1) == D(2027, 3, 29)


@pytest.mark.parametrize(
    ("call", "named"),
    [
        pytest.param(lambda: CAL.is_working_day(D(2046, 1, 1)), "2046-01-01", id="after"),
        pytest.param(lambda: CAL.is_working_day(D(2009, 12, 31)), "2009-12-31", id="before"),
        pytest.param(lambda: CAL.add_working_days(D(2050, 6, 1), 1), "2050-06-01", id="add-start"),
        pytest.param(
            lambda: CAL.subtract_working_days(D(2001, 2, 3), 1), "2001-02-03", id="subtract"
        ),
        pytest.param(
            lambda: CAL.working_days_between(D(2026, 1, 1), D(2047, 7, 7)),
            "2047-07-07",
            id="between-end",
        ),
        pytest.param(lambda: CAL.latest_working_day(D(2060, 1, 1)), "2060-01-01", id="latest"),
        pytest.param(lambda: CAL.why_not_working(D(1999, 12, 25)), "1999-12-25", id="why"),
    ],
)
def test_out_of_range_raises_naming_date(call: object, named: str) -> None:
    assert callable(call)
    with pytest.raises(CalendarRangeError, match=named):
        call()


def test_counting_past_the_built_years_raises() -> None:
    small = WorkingCalendar(first_year=2027, last_year=2027)
    # Fri 31 Dec 2027 is a working day; the next one is in 2028, outside the calendar.
    with pytest.raises(CalendarRangeError, match="2027-12-31"):
        small.add_working_days(D(2027, 12, 31), 1)
    # Mon 4 Jan 2027 -1: Sun 3, Sat 2, Fri 1 NYD, and 2026 is outside the calendar.
    with pytest.raises(CalendarRangeError, match="2027-01-04"):
        small.subtract_working_days(D(2027, 1, 4), 1)
    assert issubclass(CalendarRangeError, ValueError)


def test_reversed_years_rejected() -> None:
    with pytest.raises(ValueError, match="reversed"):
        WorkingCalendar(first_year=2030, last_year=2029)


# --------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------

any_day = st.dates(min_value=D(2015, 1, 1), max_value=D(2040, 12, 31))
counts = st.integers(min_value=0, max_value=300)
positive_counts = st.integers(min_value=1, max_value=300)


def _working_day_on_or_after(day: date) -> date:
    while not CAL.is_working_day(day):
        day += timedelta(days=1)
    return day


@given(any_day, counts)
def test_add_then_subtract_returns_working_day(day: date, n: int) -> None:
    start = _working_day_on_or_after(day)
    assert CAL.subtract_working_days(CAL.add_working_days(start, n), n) == start
    assert CAL.add_working_days(CAL.subtract_working_days(start, n), n) == start


@given(any_day, positive_counts)
def test_results_are_working_days(day: date, n: int) -> None:
    after = CAL.add_working_days(day, n)
    before = CAL.subtract_working_days(day, n)
    assert after > day and CAL.is_working_day(after)
    assert before < day and CAL.is_working_day(before)
    assert CAL.is_working_day(CAL.latest_working_day(day))
    assert CAL.latest_working_day(day) <= day


@given(any_day, counts, positive_counts)
def test_add_strictly_increasing_in_n(day: date, n: int, step: int) -> None:
    assert CAL.add_working_days(day, n) < CAL.add_working_days(day, n + step)
    assert CAL.subtract_working_days(day, n) > CAL.subtract_working_days(day, n + step)


@given(any_day, counts)
def test_between_inverts_add(day: date, n: int) -> None:
    later = CAL.add_working_days(day, n)
    assert CAL.working_days_between(day, later) == n
    assert CAL.working_days_between(later, day) == -n


@given(any_day, st.integers(min_value=1, max_value=40))
def test_add_matches_day_by_day_count(day: date, n: int) -> None:
    # Naive reference: walk forward from the day after `day`, counting working days.
    current, counted = day, 0
    while counted < n:
        current += timedelta(days=1)
        if CAL.is_working_day(current):
            counted += 1
    assert CAL.add_working_days(day, n) == current


@given(any_day, st.integers(min_value=0, max_value=120))
def test_non_working_days_all_fail_is_working_day(day: date, span: int) -> None:
    end = day + timedelta(days=span)
    listed = CAL.non_working_days(day, end)
    days = [nw.day for nw in listed]
    assert all(day < d <= end for d in days)
    assert days == sorted(set(days))
    for nw in listed:
        assert not CAL.is_working_day(nw.day)
        assert nw.reason == CAL.why_not_working(nw.day)
    # Every day of (day, end] is either listed or counted as a working day.
    assert len(listed) + CAL.working_days_between(day, end) == span
    assert CAL.non_working_days(end, day) == listed
