"""Ingest from a Maildir: exactly once, poison mail quarantined, duplicates one change."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from daemon import models as m
from daemon.clock import FixedClock
from daemon.config import FoldersConfig
from daemon.ingest import Ingest, arrival_date, reprocess
from daemon.mailbox import MaildirSource
from daemon.sweep import RuleSweep
from parsers import ParserSettings
from rules.calendar import WorkingCalendar
from rules.engine import RuleSettings
from tests.daemon.mails import forward_of, looked_after_start, missing_event

CAL = WorkingCalendar(first_year=2020, last_year=2030)
SETTINGS = ParserSettings(service_addresses=("iro.reviews@council.example.gov.uk",))
FOLDERS = FoldersConfig()
CLOCK = FixedClock(datetime(2027, 1, 18, 9, 0, tzinfo=UTC))


_ARRIVALS = iter(range(1_800_000_000, 1_900_000_000, 60))


def drop(maildir: Path, name: str, raw: bytes) -> None:
    """Deliver a mail into new/, each one arriving a minute after the one before."""
    import os

    (maildir / "new").mkdir(parents=True, exist_ok=True)
    (maildir / "cur").mkdir(exist_ok=True)
    (maildir / "tmp").mkdir(exist_ok=True)
    path = maildir / "new" / name
    path.write_bytes(raw)
    arrived = next(_ARRIVALS)
    os.utime(path, (arrived, arrived))


def ingest_for(
    engine: Engine, maildir: Path, events: list[tuple[str, str]] | None = None
) -> Ingest:
    source = MaildirSource(maildir, FOLDERS, initial_uidvalidity=7)
    source.open()
    sink = events if events is not None else []
    return Ingest(
        engine,
        source,
        FOLDERS,
        SETTINGS,
        RuleSweep(engine, CAL, RuleSettings()),
        CLOCK,
        on_event=lambda kind, text: sink.append((kind, text)),
    )


def folder_files(maildir: Path, folder: str) -> list[Path]:
    base = maildir / f".{folder}"
    return sorted([*base.glob("new/*"), *base.glob("cur/*")])


LAC = looked_after_start(
    "1048213",
    "Amelia Hart",
    "02/03/2015",
    "8 January 2027",
    datetime(2027, 1, 11, 9, tzinfo=UTC),
    "<lac-1@council.example.gov.uk>",
)
MISSING = missing_event(
    "1048213",
    "Amelia Hart",
    "Friday 15 January 2027",
    datetime(2027, 1, 15, 18, tzinfo=UTC),
    "<missing-1@council.example.gov.uk>",
)
# The same news with the LA reference mistyped: no mail will ever link it on its own.
MISSING_MISTYPED = missing_event(
    "1048231",
    "Amelia Hart",
    "Friday 15 January 2027",
    datetime(2027, 1, 15, 18, tzinfo=UTC),
    "<missing-2@council.example.gov.uk>",
)


def test_mail_is_applied_once_and_moved_to_processed(engine: Engine, tmp_path: Path) -> None:
    drop(tmp_path, "1.eml", LAC)
    drop(tmp_path, "2.eml", MISSING)
    ingest = ingest_for(engine, tmp_path)
    first = ingest.run_once()
    assert first.counts == {"applied": 2} and first.moved == 2
    assert len(folder_files(tmp_path, "Processed")) == 2
    assert list((tmp_path / "new").iterdir()) == []
    with Session(engine) as session:
        (child,) = session.exec(select(m.Child)).all()
        assert child.looked_after_on == date(2027, 1, 8)
        (event,) = session.exec(select(m.Event)).all()
        assert (event.subtype, event.received_on) == ("missing", date(2027, 1, 15))
        rows = session.exec(select(m.InboundMessage)).all()
        assert all(r.raw is not None and r.status == "applied" for r in rows)
    assert ingest.run_once().handled == 0  # nothing new: nothing happens


def test_a_crash_after_receiving_is_finished_on_restart_exactly_once(
    engine: Engine, tmp_path: Path
) -> None:
    """GIVEN a mail whose raw bytes were kept (step 1) when the process died
    WHEN the service starts again
    THEN the mail is applied once and moved; a second restart changes nothing."""
    drop(tmp_path, "1.eml", LAC)
    ingest = ingest_for(engine, tmp_path)
    uid = ingest.source.uids()[0]
    row_id, status = ingest._receive(ingest.source.uidvalidity(), uid, LAC)  # step 1 only
    assert status == "received"
    restarted = ingest_for(engine, tmp_path)
    assert restarted.run_once().counts == {"applied": 1}
    assert ingest_for(engine, tmp_path).run_once().handled == 0
    with Session(engine) as session:
        assert len(session.exec(select(m.Child)).all()) == 1
        assert len(session.exec(select(m.InboundMessage)).all()) == 1
        audits = session.exec(select(m.Audit).where(m.Audit.message_id == row_id)).all()
        assert len(audits) > 0


def test_a_crash_after_applying_only_moves_on_restart(engine: Engine, tmp_path: Path) -> None:
    drop(tmp_path, "1.eml", LAC)
    ingest = ingest_for(engine, tmp_path)
    uid = ingest.source.uids()[0]
    row_id, _ = ingest._receive(ingest.source.uidvalidity(), uid, LAC)
    assert ingest._process(row_id) == "applied"  # step 2 done; the move never happened
    with Session(engine) as session:
        audits_before = len(session.exec(select(m.Audit)).all())
    result = ingest_for(engine, tmp_path).run_once()
    assert result.moved == 1 and result.handled == 0
    with Session(engine) as session:
        assert len(session.exec(select(m.Audit)).all()) == audits_before


def test_two_people_forwarding_one_mail_make_one_change(engine: Engine, tmp_path: Path) -> None:
    drop(tmp_path, "1.eml", LAC)
    ingest_for(engine, tmp_path).run_once()
    drop(
        tmp_path,
        "2.eml",
        forward_of(
            MISSING,
            "Bea Support <bea.support@council.example.gov.uk>",
            datetime(2027, 1, 18, 8, tzinfo=UTC),
        ),
    )
    drop(
        tmp_path,
        "3.eml",
        forward_of(
            MISSING,
            "Ian Iro <ian.iro@council.example.gov.uk>",
            datetime(2027, 1, 18, 8, 30, tzinfo=UTC),
        ),
    )
    result = ingest_for(engine, tmp_path).run_once()
    assert result.counts == {"applied": 1, "duplicate": 1}
    with Session(engine) as session:
        (event,) = session.exec(select(m.Event)).all()
        assert event.received_on == date(2027, 1, 15)  # the original's date, not the forward's


def test_untrusted_mail_goes_to_triage_and_changes_nothing(engine: Engine, tmp_path: Path) -> None:
    drop(tmp_path, "1.eml", LAC)
    ingest_for(engine, tmp_path).run_once()
    spoof = missing_event(
        "1048213",
        "Amelia Hart",
        "Monday 18 January 2027",
        datetime(2027, 1, 18, 7, tzinfo=UTC),
        sender="Cafcass <cafcass.business.support@cafcass.gov.uk.example.net>",
    )
    drop(tmp_path, "2.eml", spoof)
    result = ingest_for(engine, tmp_path).run_once()
    assert result.counts == {"triage": 1}
    assert len(folder_files(tmp_path, "Triage")) == 1
    with Session(engine) as session:
        assert session.exec(select(m.Event)).all() == []
        row = session.exec(
            select(m.InboundMessage).where(m.InboundMessage.status == "triage")
        ).one()
        assert row.reason is not None and "untrusted" in row.reason


def test_poison_mail_is_quarantined_and_the_others_go_on(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a mail whose application raises (a bug), among good mails
    WHEN ingest runs
    THEN that one is quarantined with the error and the administrator is told; the rest apply."""
    import daemon.ingest as ingest_module

    real = ingest_module.apply_facts

    def explode_on_missing(session, facts, **kwargs):  # type: ignore[no-untyped-def]
        if facts.kind == "significant_event":
            raise RuntimeError("simulated bug")
        return real(session, facts, **kwargs)

    monkeypatch.setattr(ingest_module, "apply_facts", explode_on_missing)
    drop(tmp_path, "1.eml", LAC)
    drop(tmp_path, "2.eml", MISSING)
    events: list[tuple[str, str]] = []
    result = ingest_for(engine, tmp_path, events).run_once()
    assert result.counts == {"applied": 1, "quarantined": 1}
    assert len(folder_files(tmp_path, "Quarantine")) == 1
    assert events and events[0][0] == "quarantine" and "simulated bug" in events[0][1]
    with Session(engine) as session:
        row = session.exec(
            select(m.InboundMessage).where(m.InboundMessage.status == "quarantined")
        ).one()
        assert row.raw == MISSING and "RuntimeError: simulated bug" in (row.reason or "")
    # Mended parsers: reprocessing the quarantined mail applies it, and doing so again is a no-op.
    monkeypatch.setattr(ingest_module, "apply_facts", real)
    sweep = RuleSweep(engine, CAL, RuleSettings())
    assert row.id is not None
    assert reprocess(engine, [row.id], SETTINGS, sweep, CLOCK) == {row.id: "applied"}
    assert reprocess(engine, [row.id], SETTINGS, sweep, CLOCK) == {row.id: "applied"}
    with Session(engine) as session:
        assert len(session.exec(select(m.Event)).all()) == 1


def test_unreadable_mail_is_quarantined_with_its_reason(engine: Engine, tmp_path: Path) -> None:
    drop(tmp_path, "1.eml", b"\x00\xff\xfe binary junk \x00" * 50)
    result = ingest_for(engine, tmp_path).run_once()
    assert result.counts.get("quarantined", 0) + result.counts.get("triage", 0) == 1
    with Session(engine) as session:
        row = session.exec(select(m.InboundMessage)).one()
        assert row.raw is not None  # kept, never lost
        assert row.reason


def test_arrival_date_is_the_outer_date_in_london() -> None:
    raw = b"Date: Sun, 28 Mar 2027 23:30:00 +0000\r\nSubject: x\r\n\r\nbody"
    assert arrival_date(raw, date(2000, 1, 1)) == date(2027, 3, 29)  # 00:30 BST
    assert arrival_date(b"Subject: no date\r\n\r\n", date(2000, 1, 1)) == date(2000, 1, 1)


def _triage_request(session: Session, triaged: m.InboundMessage, message_id: str) -> None:
    """The triage request caseclock sent about ``triaged`` (as the planner queues it)."""
    session.add(
        m.OutboxMessage(
            key=f"triage:{triaged.id}",
            template="triage_request",
            to_addrs="iro.support@council.example.gov.uk",
            subject_line="caseclock triage",
            body_text="...",
            message_id=message_id,
            status="sent",
            created_at=CLOCK.now(),
        )
    )


def _reply(in_reply_to: str, first_line: str, sender: str, msgid: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: iro.reviews@council.example.gov.uk\r\n"
        f"Subject: RE: caseclock triage\r\nIn-Reply-To: {in_reply_to}\r\n"
        f"References: {in_reply_to}\r\nMessage-ID: {msgid}\r\n"
        "Date: Mon, 18 Jan 2027 10:00:00 +0000\r\n\r\n"
        f"{first_line}\r\n\r\nThanks, Bea\r\n"
    ).encode()


def test_business_support_settles_triage_by_replying_with_the_reference(
    engine: Engine, tmp_path: Path
) -> None:
    """GIVEN a missing-child mail with a mistyped LA reference (triage) and caseclock's
    triage request about it
    WHEN business support replies with the child's LA reference on the first line
    THEN the triaged mail is applied to that child; a reply from outside the council, or
    naming nobody known, changes nothing; NONE dismisses a mail about no child."""
    drop(tmp_path, "1.eml", MISSING_MISTYPED)
    assert ingest_for(engine, tmp_path).run_once().counts == {"triage": 1}
    drop(tmp_path, "2.eml", LAC)
    ingest_for(engine, tmp_path).run_once()
    with Session(engine) as session:
        triaged = session.exec(
            select(m.InboundMessage).where(m.InboundMessage.status == "triage")
        ).one()
        _triage_request(session, triaged, "<triage-1@council.example.gov.uk>")
        session.commit()
        triaged_id = triaged.id
    drop(
        tmp_path,
        "3.eml",
        _reply(
            "<triage-1@council.example.gov.uk>",
            "1048213",
            "Eve <eve@example.net>",
            "<r0@example.net>",
        ),
    )
    drop(
        tmp_path,
        "4.eml",
        _reply(
            "<triage-1@council.example.gov.uk>",
            "9999999",
            "Bea Support <bea.support@council.example.gov.uk>",
            "<r1@x>",
        ),
    )
    ingest_for(engine, tmp_path).run_once()
    with Session(engine) as session:
        assert session.exec(select(m.Event)).all() == []
    drop(
        tmp_path,
        "5.eml",
        _reply(
            "<triage-1@council.example.gov.uk>",
            "1048213",
            "Bea Support <bea.support@council.example.gov.uk>",
            "<r2@x>",
        ),
    )
    ingest_for(engine, tmp_path).run_once()
    with Session(engine) as session:
        settled = session.get(m.InboundMessage, triaged_id)
        assert settled is not None and settled.status == "applied"
        (event,) = session.exec(select(m.Event)).all()
        assert event.subtype == "missing" and event.received_on == date(2027, 1, 15)
        answer = session.exec(
            select(m.InboundMessage).where(m.InboundMessage.message_id == "<r2@x>")
        ).one()
        assert answer.status == "ignored" and "linked to child" in (answer.reason or "")


def test_none_dismisses_a_triaged_mail(engine: Engine, tmp_path: Path) -> None:
    drop(tmp_path, "1.eml", MISSING)
    ingest_for(engine, tmp_path).run_once()
    with Session(engine) as session:
        triaged = session.exec(select(m.InboundMessage)).one()
        _triage_request(session, triaged, "<triage-2@council.example.gov.uk>")
        session.commit()
        triaged_id = triaged.id
    drop(
        tmp_path,
        "2.eml",
        _reply(
            "<triage-2@council.example.gov.uk>",
            "NONE",
            "Bea Support <bea.support@council.example.gov.uk>",
            "<r3@x>",
        ),
    )
    ingest_for(engine, tmp_path).run_once()
    with Session(engine) as session:
        row = session.get(m.InboundMessage, triaged_id)
        assert row is not None and row.status == "dismissed"


def test_the_iro_answering_sent_meets_cip_review_to_guardian(
    engine: Engine, tmp_path: Path
) -> None:
    drop(tmp_path, "1.eml", LAC)
    ingest_for(engine, tmp_path).run_once()
    with Session(engine) as session:
        child = session.exec(select(m.Child)).one()
        assert child.id is not None
        session.add(m.Review(child_id=child.id, sequence=1, held_on=date(2027, 1, 12)))
        offer = m.OutboxMessage(
            key="ladder:offer",
            template="review_to_guardian",
            to_addrs="ian.iro@council.example.gov.uk",
            subject_line="Send the review record",
            body_text="...",
            message_id="<offer-1@council.example.gov.uk>",
            status="sent",
            created_at=CLOCK.now(),
        )
        session.add(offer)
        session.flush()
        assert offer.id is not None
        session.add(
            m.OutboxItem(
                outbox_id=offer.id,
                child_id=child.id,
                rule_id="CIP-REVIEW-TO-GUARDIAN",
                subject_key="review-1",
                step="notice",
                due=date(2027, 1, 19),
            )
        )
        session.commit()
    drop(
        tmp_path,
        "2.eml",
        _reply(
            "<offer-1@council.example.gov.uk>",
            "SENT",
            "Ian Iro <ian.iro@council.example.gov.uk>",
            "<sent-1@x>",
        ),
    )
    ingest_for(engine, tmp_path).run_once()
    with Session(engine) as session:
        review = session.exec(select(m.Review)).one()
        assert review.sent_to_guardian_on == date(2027, 1, 18)
        answer = session.exec(
            select(m.InboundMessage).where(m.InboundMessage.message_id == "<sent-1@x>")
        ).one()
        assert answer.status == "ignored"


def test_mail_triaged_for_want_of_a_case_is_linked_once_its_child_is_known(
    engine: Engine, tmp_path: Path
) -> None:
    """News of a child going missing arrives before the mail that makes the child known: it
    waits in triage, then is applied when the looked-after mail brings its LA reference."""
    drop(tmp_path, "1.eml", MISSING)
    ingest = ingest_for(engine, tmp_path)
    assert ingest.run_once().counts == {"triage": 1}
    with Session(engine) as session:
        assert session.exec(select(m.Event)).all() == []
    drop(tmp_path, "2.eml", LAC)
    assert ingest.run_once().counts == {"applied": 1}
    with Session(engine) as session:
        (child,) = session.exec(select(m.Child)).all()
        (event,) = session.exec(select(m.Event)).all()
        assert (event.child_id, event.subtype, event.received_on) == (
            child.id,
            "missing",
            date(2027, 1, 15),
        )
        rows = session.exec(select(m.InboundMessage).order_by(m.InboundMessage.id)).all()
        assert [(r.status, r.child_id) for r in rows] == [
            ("applied", child.id),
            ("applied", child.id),
        ]
        emergency = session.exec(
            select(m.Deadline).where(m.Deadline.rule_id == "LAR-EMERGENCY")
        ).one()
        assert emergency.due == date(2027, 1, 18)


def test_a_reply_with_no_reference_links_through_its_thread(engine: Engine, tmp_path: Path) -> None:
    """The designated manager answers the decisions mail in one word: the reply names no
    child, but its In-Reply-To is a mail already applied to one."""
    from email.message import EmailMessage
    from email.utils import format_datetime

    decisions = EmailMessage()
    decisions["From"] = "Kay Lowe <kay.lowe@council.example.gov.uk>"
    decisions["To"] = "iro.reviews@council.example.gov.uk"
    decisions["Subject"] = "Review decisions - Amelia Hart"
    decisions["Date"] = format_datetime(datetime(2027, 1, 13, 12, tzinfo=UTC))
    decisions["Message-ID"] = "<decisions-1@council.example.gov.uk>"
    decisions.set_content(
        "Amelia Hart (LCS ID 1048213)\nInitial Looked After Review held on 12 January 2027 - "
        "decisions\n\n1. Amelia to remain with her carers.\n\nKay Lowe, IRO"
    )
    reply = EmailMessage()
    reply["From"] = "Rob Hale <rob.hale@council.example.gov.uk>"
    reply["To"] = "Kay Lowe <kay.lowe@council.example.gov.uk>"
    reply["Cc"] = "iro.reviews@council.example.gov.uk"
    reply["Subject"] = "RE: Review decisions - Amelia Hart"
    reply["Date"] = format_datetime(datetime(2027, 1, 14, 9, tzinfo=UTC))
    reply["Message-ID"] = "<agree-1@council.example.gov.uk>"
    reply["In-Reply-To"] = "<decisions-1@council.example.gov.uk>"
    reply.set_content("Kay - agreed.\nRob Hale, Designated Manager")
    for name, raw in (("1.eml", LAC), ("2.eml", decisions.as_bytes()), ("3.eml", reply.as_bytes())):
        drop(tmp_path, name, raw)
    assert ingest_for(engine, tmp_path).run_once().counts == {"applied": 3}
    with Session(engine) as session:
        (review,) = session.exec(select(m.Review)).all()
        assert (review.manager_response_on, review.manager_agreed) == (date(2027, 1, 14), True)
