"""Replay: two more whole-life scenarios, hand-worked, run through the real daemon with a
simulated clock (see tests/daemon/test_replay.py for the style).

(a) Easter 2027. England's bank holidays: Good Friday Fri 26 Mar 2027 and Easter Monday
    Mon 29 Mar 2027. A review held Thu 25 Mar 2027: LAR-DECISIONS is due 5 working days
    later, counted from the day after:

        Fri 26 Mar  Good Friday       -
        Sat 27, Sun 28                -
        Mon 29 Mar  Easter Monday     -
        Tue 30 Mar                    1
        Wed 31 Mar                    2
        Thu  1 Apr                    3
        Fri  2 Apr                    4
        Sat 3, Sun 4                  -
        Mon  5 Apr                    5   -> due Mon 5 Apr 2027 (not Wed 31 Mar)

    Ladder of a missed deadline (defaults): reminder 2 working days before (Fri 2 Apr = 1,
    Thu 1 Apr = 2 -> Thu 1 Apr); chaser on the due date (Mon 5 Apr); team manager copied 1
    working day after (Tue 6 Apr); service manager 5 after (6, 7, 8, 9, 12 -> Mon 12 Apr);
    head of service 10 after (6-9 = 4, 12-16 = 9, 19 = 10 -> Mon 19 Apr).

    By mail alone the daemon learns a review was held only from its record (apply: the
    review's ``held`` fact comes from a ``review_record``), and that record also meets
    LAR-DECISIONS: a LAR-DECISIONS ladder cannot be driven by mail alone. In the missed case
    below the IRO records the holding during the replay (``on_day``) through the path of
    ``caseclock case record REF review-held``.

(b) A designated long-term foster placement's annual meeting (§2.2-2.3). No mail kind
    carries the designation, so it is recorded during the replay, on the day it is made,
    through ``daemon.record`` as ``caseclock case record REF long-term-foster`` does; every
    review is a mail. Reviews: initial Thu 19 Nov 2026 and second Thu 11 Feb 2027 with a meeting;
    designated long-term from Mon 1 Mar 2027; third Thu 5 Aug 2027 and fourth Thu 27 Jan
    2028 held without a meeting (by consultation). LAR-ANNUAL-MEETING runs from the last
    review with a meeting, Thu 11 Feb 2027: +365 days = Fri 11 Feb 2028 (29 Feb 2028 comes
    after it). Not met: reminder Wed 9 Feb 2028 (Thu 10 = 1, Wed 9 = 2), chaser Fri 11 Feb,
    team manager Mon 14 Feb, service manager Fri 18 Feb (14-18), head of service Fri 25 Feb
    (14-18, 21-25). No bank holidays in February 2028.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

from daemon import models as m
from daemon.app import build_calendar
from daemon.clock import LONDON
from daemon.config import Config
from daemon.demo import IRO, MAILBOX, MANAGER, SOCIAL_WORKER, DemoMail
from daemon.record import record_fact
from daemon.replay import ReplayResult, replay
from daemon.store import make_engine
from daemon.sweep import RuleSweep
from parsers import parse_email

CONFIG = Config()
SERVICE_MANAGER = "service.manager@council.example.gov.uk"
HEAD = "head.of.service@council.example.gov.uk"
IRO_SUPPORT = "iro.support@council.example.gov.uk"


def _at(y: int, mo: int, d: int, h: int, mi: int) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=LONDON)


def run(tmp_path: Path, mails: list[DemoMail], until: date, **kw: Any) -> ReplayResult:
    folder = tmp_path / "mails"
    folder.mkdir()
    for mail in mails:
        (folder / f"{mail.name}.eml").write_bytes(mail.as_bytes())
    return replay(CONFIG, folder, until, **kw)


def deadline(result: ReplayResult, rule: str, subject: str) -> dict[str, Any]:
    found = [d for d in result.deadlines if d["rule"] == rule and d["subject"] == subject]
    assert len(found) == 1, (rule, subject, result.deadlines)
    return found[0]


def sent(result: ReplayResult, rule: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(date, template, to) of every mail sent about ``rule``."""
    return [(s["date"], s["template"], tuple(s["to"])) for s in result.sent if rule in s["rules"]]


def record_on(db: Path, on: date, fact: str, when: date) -> Callable[[date], None]:
    """An ``on_day`` hook: at the end of simulated day ``on``, record ``fact`` (happened
    ``when``) for the one child, through the path ``caseclock case record`` takes."""

    def hook(day: date) -> None:
        if day != on:
            return
        engine = make_engine(f"sqlite:///{db}")
        try:
            sweep = RuleSweep(engine, build_calendar(CONFIG), CONFIG.rule_settings())
            now = datetime.combine(day, time(18, 0), tzinfo=LONDON)
            with Session(engine) as session:
                child = session.exec(select(m.Child)).one()
                record_fact(
                    session, child, fact, when, by="iro.test", sweep=sweep, today=day, now=now
                )
                session.commit()
        finally:
            engine.dispose()

    return hook


# ---- (a) Easter 2027 -------------------------------------------------------------------

EASTER_CHILD = "Ellis Marsh"
EASTER_REF = "1077310"


def _easter_mails(*, decisions_on: datetime | None) -> list[DemoMail]:
    mails = [
        DemoMail(
            "01-looked-after",
            "looked_after_start",
            SOCIAL_WORKER,
            f"New LAC notification - {EASTER_CHILD}",
            _at(2027, 3, 1, 15, 10),
            f"Hi\n\nJust to let the Review Unit know that {EASTER_CHILD} (DOB 03/09/2016, "
            f"LCS ID {EASTER_REF}) became looked after on Monday 1 March 2027 under section "
            "20 with his parents' agreement.\n\nHe is placed with in-house foster carers. "
            "Could you let me know the IRO and a date for the initial review please.\n\n"
            "Thanks\nOwen\n\nOwen Price\nSocial Worker\n",
        ),
        DemoMail(
            "02-initial-review-booked",
            "review_booking",
            IRO,
            f"{EASTER_CHILD} - initial LAC review",
            _at(2027, 3, 3, 11, 0),
            f"Hi Owen,\n\nI've booked Ellis's initial looked after review for Thursday 25 "
            "March 2027 at 10:00am at the foster carers' home. Please send out the "
            f"invitations and consultation papers.\n\n{EASTER_CHILD}, LCS ID {EASTER_REF}.\n\n"
            "Thanks\nNadia Okoye\nIndependent Reviewing Officer\n",
            to=SOCIAL_WORKER,
            cc=MAILBOX,
        ),
    ]
    if decisions_on is not None:
        mails.append(
            DemoMail(
                "03-review-decisions",
                "review_record",
                IRO,
                f"Review decisions - {EASTER_CHILD} - initial review 25.03.2027",
                decisions_on,
                f"Dear all,\n\nReview decisions - {EASTER_CHILD} (LCS ID {EASTER_REF})\n"
                "Initial Looked After Review held on Thursday 25 March 2027\n"
                "Chair: Nadia Okoye, IRO\n\n"
                "1. Ellis to remain in his current foster placement. Responsible: Owen Price.\n"
                "2. Contact with parents weekly. Responsible: Owen Price.\n\n"
                "Next review: Thursday 24 June 2027\n\n"
                "Nadia Okoye\nIndependent Reviewing Officer\n",
                to=f"{SOCIAL_WORKER}, {MANAGER}",
                cc=MAILBOX,
            )
        )
    return mails


def test_easter_mails_are_classified_as_meant() -> None:
    settings = CONFIG.parser_settings()
    for mail in _easter_mails(decisions_on=_at(2027, 4, 1, 16, 0)):
        assert parse_email(mail.as_bytes(), settings).kind == mail.kind, mail.name


def test_easter_decisions_due_after_the_bank_holidays(tmp_path: Path) -> None:
    """Held Thu 25 Mar 2027, decisions circulated Thu 1 Apr: due Mon 5 Apr (Good Friday and
    Easter Monday not counted), met. LAR-INITIAL (looked after Mon 1 Mar): +20 working days
    = 2-5 Mar (4), 8-12 (9), 15-19 (14), 22-25 (18), 30 Mar (19), 31 Mar (20) -> Wed 31
    Mar, met by the review on the 25th."""
    result = run(tmp_path, _easter_mails(decisions_on=_at(2027, 4, 1, 16, 0)), date(2027, 4, 9))
    decisions = deadline(result, "LAR-DECISIONS", "review-1")
    assert (decisions["due"], decisions["status"], decisions["met_on"]) == (
        "2027-04-05",
        "met",
        "2027-04-01",
    )
    initial = deadline(result, "LAR-INITIAL", "child")
    assert (initial["due"], initial["status"], initial["met_on"]) == (
        "2027-03-31",
        "met",
        "2027-03-25",
    )
    # LAR-FULL-RECORD: +15 working days = 30 Mar-2 Apr (4), 5-9 (9), 12-16 (14), 19 Apr.
    assert deadline(result, "LAR-FULL-RECORD", "review-1")["due"] == "2027-04-19"
    assert result.triage == [] and result.quarantine == []


def test_easter_missed_decisions_ladder(tmp_path: Path) -> None:
    """The review is held Thu 25 Mar 2027 (the IRO records it that evening with
    ``caseclock case record REF review-held``) and its
    decisions never come: reminder Thu 1 Apr, chaser Mon 5 Apr, team manager Tue 6 Apr,
    service manager Mon 12 Apr, head of service Mon 19 Apr; nothing on Good Friday or
    Easter Monday."""
    db = tmp_path / "store.db"
    result = run(
        tmp_path,
        _easter_mails(decisions_on=None),
        date(2027, 4, 20),
        db=str(db),
        on_day=record_on(db, date(2027, 3, 25), "review-held", date(2027, 3, 25)),
    )
    decisions = deadline(result, "LAR-DECISIONS", "review-1")
    assert (decisions["due"], decisions["status"], decisions["met_on"]) == (
        "2027-04-05",
        "overdue",
        None,
    )
    ladder = sent(result, "LAR-DECISIONS")
    assert [(d, t) for d, t, _ in ladder] == [
        ("2027-04-01", "reminder"),
        ("2027-04-05", "chaser"),
        ("2027-04-06", "chaser"),
        ("2027-04-12", "escalation"),
        ("2027-04-19", "escalation"),
    ]
    # No IRO allocation mail in this story: the IRO's steps go to business support
    # (people.business_support).
    assert ladder[0][2] == (IRO_SUPPORT,)
    assert [to for _, t, to in ladder if t == "escalation"] == [(SERVICE_MANAGER,), (HEAD,)]
    assert not [
        s
        for s in result.sent
        if s["date"] in ("2027-03-26", "2027-03-29") and s["template"] != "deemed_agreement"
    ]


# ---- (b) long-term foster placement: the annual meeting ---------------------------------

LTF_CHILD = "Rowan Tate"
LTF_REF = "1077320"


def _record(
    name: str, held: str, short: str, sent_at: datetime, meeting: bool, nxt: str
) -> DemoMail:
    how = (
        "The review meeting was held at the carers' home. In attendance: Rowan, his foster "
        "carers, Owen Price (SW) and Rowan's father."
        if meeting
        else "This review was held without a meeting, by consultation, as agreed for "
        "Rowan's long-term foster placement."
    )
    return DemoMail(
        name,
        "review_record",
        IRO,
        f"Review decisions - {LTF_CHILD} - review {short}",
        sent_at,
        f"Dear all,\n\nReview decisions - {LTF_CHILD} (LCS ID {LTF_REF})\n"
        f"Looked After Review held on {held}\nChair: Nadia Okoye, IRO\n\n{how}\n\n"
        "1. Rowan to remain with his foster carers. Responsible: Owen Price.\n"
        "2. Contact with father monthly. Responsible: Owen Price.\n\n"
        f"Next review: {nxt}\n\nNadia Okoye\nIndependent Reviewing Officer\n",
        to=f"{SOCIAL_WORKER}, {MANAGER}",
        cc=MAILBOX,
    )


LTF_MAILS = [
    DemoMail(
        "01-looked-after",
        "looked_after_start",
        SOCIAL_WORKER,
        f"New LAC notification - {LTF_CHILD}",
        _at(2026, 11, 2, 14, 20),
        f"Hi\n\nJust to let the Review Unit know that {LTF_CHILD} (DOB 12/04/2013, LCS ID "
        f"{LTF_REF}) became looked after on Monday 2 November 2026 under section 20 with "
        "his father's agreement.\n\nHe is placed with in-house foster carers. Could you "
        "let me know the IRO and a date for the initial review please.\n\nThanks\nOwen\n\n"
        "Owen Price\nSocial Worker\n",
    ),
    _record(
        "02-initial",
        "Thursday 19 November 2026",
        "19.11.2026",
        _at(2026, 11, 20, 15, 0),
        True,
        "Thursday 11 February 2027",
    ),
    _record(
        "03-second",
        "Thursday 11 February 2027",
        "11.02.2027",
        _at(2027, 2, 12, 15, 0),
        True,
        "Thursday 5 August 2027",
    ),
    _record(
        "04-third",
        "Thursday 5 August 2027",
        "05.08.2027",
        _at(2027, 8, 6, 15, 0),
        False,
        "Thursday 27 January 2028",
    ),
    _record(
        "05-fourth",
        "Thursday 27 January 2028",
        "27.01.2028",
        _at(2028, 1, 28, 15, 0),
        False,
        "Thursday 20 July 2028",
    ),
]
DESIGNATED = date(2027, 3, 1)


def test_ltf_mails_are_classified_as_meant() -> None:
    settings = CONFIG.parser_settings()
    for mail in LTF_MAILS:
        facts = parse_email(mail.as_bytes(), settings)
        assert facts.kind == mail.kind, mail.name


@pytest.fixture(scope="module")
def ltf(tmp_path_factory: pytest.TempPathFactory) -> tuple[ReplayResult, Path]:
    tmp = tmp_path_factory.mktemp("ltf")
    db = tmp / "store.db"
    result = run(
        tmp,
        LTF_MAILS,
        date(2028, 2, 28),
        db=str(db),
        on_day=record_on(db, DESIGNATED, "long-term-foster", DESIGNATED),
    )
    return result, db


def test_ltf_reviews_on_time_and_recorded_with_or_without_a_meeting(
    ltf: tuple[ReplayResult, Path],
) -> None:
    """Every review is on time: second due 19 Nov + 91 days = Thu 18 Feb 2027 (held 11
    Feb), third 11 Feb + 183 = Fri 13 Aug 2027 (held 5 Aug), fourth 5 Aug + 183 = Fri 4 Feb
    2028 (held 27 Jan). The store has the designation and the meeting flags."""
    result, db = ltf
    second = deadline(result, "LAR-SECOND", "review-2")
    assert (second["due"], second["status"], second["met_on"]) == (
        "2027-02-18",
        "met",
        "2027-02-11",
    )
    third = deadline(result, "LAR-SUBSEQUENT", "review-3")
    assert (third["due"], third["status"], third["met_on"]) == ("2027-08-13", "met", "2027-08-05")
    fourth = deadline(result, "LAR-SUBSEQUENT", "review-4")
    assert (fourth["due"], fourth["status"], fourth["met_on"]) == (
        "2028-02-04",
        "met",
        "2028-01-27",
    )
    engine = make_engine(f"sqlite:///{db}")
    with Session(engine) as session:
        child = session.exec(select(m.Child)).one()
        assert child.long_term_foster_from == DESIGNATED
        designation = session.exec(
            select(m.Audit).where(m.Audit.field == "long_term_foster_from")
        ).one()
        assert designation.actor == "iro.test"
        assert "LAR-ANNUAL-MEETING" in designation.why
        reviews = session.exec(select(m.Review).where(m.Review.child_id == child.id)).all()
        assert sorted((r.sequence, r.held_on, r.with_meeting) for r in reviews)[:4] == [
            (1, date(2026, 11, 19), True),
            (2, date(2027, 2, 11), True),
            (3, date(2027, 8, 5), False),
            (4, date(2028, 1, 27), False),
        ]
    engine.dispose()
    assert result.triage == [] and result.quarantine == []


def test_ltf_annual_meeting_overdue_and_chased(ltf: tuple[ReplayResult, Path]) -> None:
    """No review with a meeting since Thu 11 Feb 2027: LAR-ANNUAL-MEETING due Fri 11 Feb
    2028, overdue; reminder Wed 9 Feb, chaser Fri 11 Feb, team manager Mon 14 Feb, service
    manager Fri 18 Feb, head of service Fri 25 Feb. The interval after the initial review
    (closed by the second, before the designation) is not tracked."""
    result, _ = ltf
    annual = [d for d in result.deadlines if d["rule"] == "LAR-ANNUAL-MEETING"]
    assert [d["subject"] for d in annual] == ["meeting-after-2027-02-11"]
    assert (annual[0]["due"], annual[0]["status"], annual[0]["met_on"]) == (
        "2028-02-11",
        "overdue",
        None,
    )
    ladder = sent(result, "LAR-ANNUAL-MEETING")
    assert [(d, t) for d, t, _ in ladder] == [
        ("2028-02-09", "reminder"),
        ("2028-02-11", "chaser"),
        ("2028-02-14", "chaser"),
        ("2028-02-18", "escalation"),
        ("2028-02-25", "escalation"),
    ]
    assert [to for _, t, to in ladder if t == "escalation"] == [(SERVICE_MANAGER,), (HEAD,)]


def test_without_the_designation_there_is_no_annual_clock(tmp_path: Path) -> None:
    """The same mails with no designation written: no LAR-ANNUAL-MEETING at all (the rule
    applies only to a designated long-term foster placement), so the deadline above comes
    from the store write alone."""
    result = run(tmp_path, LTF_MAILS, date(2028, 2, 28))
    assert not [d for d in result.deadlines if d["rule"] == "LAR-ANNUAL-MEETING"]
    assert sent(result, "LAR-ANNUAL-MEETING") == []
