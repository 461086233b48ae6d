"""The outbox queue against a real SMTP server (aiosmtpd, STARTTLS and AUTH required):
the ladder of one deadline day by day, a met deadline stopping it, the server down for a
day, a refused recipient, a crash after the server accepted, replies, header injection."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes
from email.message import Message
from email.policy import default

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from daemon import models as m
from daemon.alerts import Alerts
from daemon.clock import FixedClock
from daemon.config import Config, parse_config
from daemon.outbox_queue import OutboxPlanner, OutboxSender
from daemon.sweep import RuleSweep
from outbox import Renderer, SmtpTransport
from rules.calendar import WorkingCalendar
from tests.daemon.factories import add_child, add_review
from tests.servers.conftest_plugin import PASSWORD_ENV
from tests.servers.smtp import Certificate, SmtpServer

CAL = WorkingCalendar(first_year=2020, last_year=2030)
IRO = "ian.iro@council.example.gov.uk"
TEAM_MANAGER = "tm.north@council.example.gov.uk"
CONFIG: Config = parse_config(
    {
        "outbox": {"transport": "file", "from_address": "caseclock@council.example.gov.uk"},
        "people": {
            "teams": [{"name": "North", "team_manager": TEAM_MANAGER, "members": [IRO]}],
        },
    }
)


class World:
    """A store, a clock, the sweep, planner and sender, and the SMTP server's mailbag."""

    def __init__(self, engine: Engine, server: SmtpServer, certificate: Certificate) -> None:
        self.engine = engine
        self.server = server
        self.clock = FixedClock(datetime(2026, 12, 21, 7, 0, tzinfo=UTC))
        self.sweep = RuleSweep(engine, CAL, CONFIG.rule_settings())
        self.alerts = Alerts(
            engine,
            self.clock,
            "admin@council.example.gov.uk",
            "caseclock@council.example.gov.uk",
            8,
        )
        self.planner = OutboxPlanner(
            engine, CONFIG, CAL, CONFIG.rule_settings(), Renderer(), self.alerts
        )
        self.transport = SmtpTransport(
            server.config(PASSWORD_ENV),
            tls_context=certificate.client_context(),
            local_hostname="localhost",
        )
        self.sender = OutboxSender(engine, CONFIG, self.transport, self.clock, self.alerts)

    def day(self, day: date, hour: int = 7) -> None:
        """Run one day's scheduled jobs as the service would: sweep, plan, send."""
        self.clock.set(datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC))
        self.sweep.run_once(day, self.clock.now())
        self.planner.run_once(day, self.clock.now())
        asyncio.run(self.sender.run_once())

    def mails(self) -> list[Message]:
        return [message_from_bytes(r.content, policy=default) for r in self.server.received]

    def about(self, rule_id: str) -> list[Message]:
        return [mail for mail in self.mails() if rule_id in mail.get_body(("plain",)).get_content()]


@pytest.fixture
def world(
    engine: Engine, smtp_server: SmtpServer, smtp_password: str, certificate: Certificate
) -> Iterator[World]:
    yield World(engine, smtp_server, certificate)


def seed_review(world: World, decisions: date | None = None) -> int:
    """Review 1 held Mon 21 Dec 2026: LAR-DECISIONS due Wed 30 Dec (Christmas skipped)."""
    with Session(world.engine) as session:
        child = add_child(
            session, looked_after_on=date(2026, 11, 23), notified_on=date(2026, 11, 23)
        )
        assert child.id is not None
        session.add(m.CasePerson(child_id=child.id, role="iro", name="Ian Iro", email=IRO))
        add_review(
            session,
            child,
            1,
            held_on=date(2026, 12, 21),
            held_src="<rec@x>",
            decisions_on=decisions,
        )
        world.sweep.recompute_child(session, child, date(2026, 12, 21), world.clock.now(), "seed")
        session.commit()
        return child.id


def run_days(world: World, start: date, end: date) -> None:
    day = start
    while day <= end:
        world.day(day)
        day += timedelta(days=1)


def ladder_log(world: World, rule_id: str) -> list[tuple[str, str, str]]:
    return [
        (mail["Date"].datetime.date().isoformat(), mail["To"], mail.get("Cc", ""))
        for mail in world.about(rule_id)
    ]


def test_the_ladder_of_one_deadline_day_by_day(world: World) -> None:
    """GIVEN LAR-DECISIONS due Wed 30 Dec 2026 and nothing meeting it
    WHEN the service runs every day from 21 Dec to 29 Jan
    THEN the IRO gets a reminder on Thu 24 Dec (2 working days before), a chaser on the due
    day, a chaser copied to the team manager on Thu 31 Dec (1 working day overdue), the
    service manager an escalation on Thu 7 Jan (5) and the head of service on Thu 14 Jan
    (10); each exactly once."""
    seed_review(world)
    run_days(world, date(2026, 12, 21), date(2027, 1, 29))
    assert ladder_log(world, "LAR-DECISIONS") == [
        ("2026-12-24", IRO, ""),
        ("2026-12-30", IRO, ""),
        ("2026-12-31", IRO, TEAM_MANAGER),
        ("2027-01-07", "service.manager@council.example.gov.uk", ""),
        ("2027-01-14", "head.of.service@council.example.gov.uk", ""),
    ]
    for mail in world.about("LAR-DECISIONS"):
        assert mail["Auto-Submitted"] == "auto-generated"
        assert mail["X-Auto-Response-Suppress"] == "All"
        body = mail.get_body(("plain",)).get_content()
        assert "procedure §13" in body and "Amelia" not in body and "Amelia" not in mail["Subject"]
    escalation = world.about("LAR-DECISIONS")[3]
    assert "[CC-1048213-LAR-DECISIONS]" in escalation["Subject"]
    assert not any(part.get_filename() for part in escalation.walk())
    ids = [mail["Message-ID"] for mail in world.mails()]
    assert len(ids) == len(set(ids))


def test_a_met_deadline_stops_its_ladder_and_cancels_what_was_queued(world: World) -> None:
    child_id = seed_review(world)
    run_days(world, date(2026, 12, 21), date(2026, 12, 30))  # reminder and chaser went
    assert len(world.about("LAR-DECISIONS")) == 2
    # The team-manager step is queued on Thu 31 Dec, then the decisions arrive before it goes.
    world.clock.set(datetime(2026, 12, 31, 7, 0, tzinfo=UTC))
    world.sweep.run_once(date(2026, 12, 31), world.clock.now())
    world.planner.run_once(date(2026, 12, 31), world.clock.now())
    with Session(world.engine) as session:
        review = session.exec(select(m.Review)).one()
        review.decisions_on, review.decisions_src = date(2026, 12, 31), "<decisions@x>"
        child = session.get(m.Child, child_id)
        assert child is not None
        world.sweep.recompute_child(session, child, date(2026, 12, 31), world.clock.now(), "met")
        session.commit()
    asyncio.run(world.sender.run_once())
    run_days(world, date(2027, 1, 1), date(2027, 1, 20))
    assert len(world.about("LAR-DECISIONS")) == 2
    with Session(world.engine) as session:
        cancelled = session.exec(
            select(m.OutboxMessage).where(m.OutboxMessage.status == "cancelled")
        ).all()
        assert len(cancelled) == 1


def test_smtp_down_for_a_day_then_back_loses_nothing_and_doubles_nothing(world: World) -> None:
    seed_review(world)
    run_days(world, date(2026, 12, 21), date(2026, 12, 29))
    world.server.stop()
    world.day(date(2026, 12, 30))  # the chaser cannot go
    with Session(world.engine) as session:
        waiting = session.exec(
            select(m.OutboxMessage).where(m.OutboxMessage.status == "queued")
        ).all()
        assert len(waiting) == 1 and waiting[0].attempts == 1 and waiting[0].last_error
    world.server.start()
    run_days(world, date(2026, 12, 31), date(2027, 1, 1))
    dates = [d for d, _, _ in ladder_log(world, "LAR-DECISIONS")]
    assert dates.count("2026-12-31") == 2  # the retried chaser and the team-manager step
    ids = [mail["Message-ID"] for mail in world.mails()]
    assert len(ids) == len(set(ids))


def test_a_refused_recipient_is_dead_for_that_address_and_the_administrator_is_told(
    world: World,
) -> None:
    seed_review(world)
    world.server.handler.refuse_rcpt[TEAM_MANAGER] = "550 5.1.1 no such user"
    run_days(world, date(2026, 12, 21), date(2026, 12, 31))
    team_step = [m_ for m_ in world.server.received if TEAM_MANAGER in m_.content.decode()]
    assert team_step and all(TEAM_MANAGER not in r.rcpt_tos for r in team_step)
    assert IRO in team_step[0].rcpt_tos
    with Session(world.engine) as session:
        alert = session.exec(
            select(m.OutboxMessage).where(m.OutboxMessage.template == "admin_alert")
        ).one()
        assert TEAM_MANAGER in alert.body_text


def test_a_crash_between_accept_and_sent_resends_with_the_same_message_id(world: World) -> None:
    """At least once: the server accepted, the process died before recording `sent`; the
    restart sends it again with the same Message-ID so clients can fold the two."""
    seed_review(world)
    run_days(world, date(2026, 12, 21), date(2026, 12, 24))
    with Session(world.engine) as session:
        mail = session.exec(select(m.OutboxMessage).where(m.OutboxMessage.status == "sent")).one()
        mail.status = "sending"  # as if killed right after the SMTP transaction
        session.commit()
    asyncio.run(world.sender.run_once())
    ids = [r["Message-ID"] for r in world.mails()]
    assert len(ids) == 2 and ids[0] == ids[1]


def test_a_managers_reply_agreeing_is_recorded(world: World) -> None:
    from daemon.apply import apply_facts
    from parsers import ParserSettings, parse_email
    from tests.daemon.factories import add_message

    seed_review(world, decisions=date(2026, 12, 22))
    run_days(world, date(2026, 12, 21), date(2026, 12, 30))
    chaser = world.about("LAR-MANAGER")[-1]
    reply = (
        "From: Dee Manager <designated.manager@council.example.gov.uk>\r\n"
        "To: iro.reviews@council.example.gov.uk\r\n"
        f"Subject: RE: {chaser['Subject']}\r\n"
        f"In-Reply-To: {chaser['Message-ID']}\r\nReferences: {chaser['Message-ID']}\r\n"
        "Date: Wed, 30 Dec 2026 11:00:00 +0000\r\nMessage-ID: <reply-1@council.example.gov.uk>\r\n"
        "\r\nI have considered the review decisions and I agree them.\r\n\r\nDee\r\n"
        "Designated Manager\r\n"
    ).encode()
    facts = parse_email(reply, ParserSettings())
    assert facts.kind == "manager_response" and facts.subtype == "agreed"
    with Session(world.engine) as session:
        row = add_message(session, 1, "<reply-1@council.example.gov.uk>")
        outcome = apply_facts(
            session,
            facts,
            now=world.clock.now(),
            arrived_on=date(2026, 12, 30),
            sweep=world.sweep,
            today=date(2026, 12, 30),
            message_row_id=row.id,
        )
        session.commit()
        assert outcome.status == "applied"
        review = session.exec(select(m.Review)).one()
        assert (review.manager_response_on, review.manager_agreed) == (date(2026, 12, 30), True)


def test_an_out_of_office_reply_gets_no_answer_and_stops_nothing(world: World) -> None:
    from daemon.apply import apply_facts
    from parsers import ParserSettings, parse_email

    seed_review(world)
    run_days(world, date(2026, 12, 21), date(2026, 12, 24))
    reminder = world.about("LAR-DECISIONS")[0]
    ooo = (
        f"From: Ian Iro <{IRO}>\r\nTo: caseclock@council.example.gov.uk\r\n"
        f"Subject: Automatic reply: {reminder['Subject']}\r\nAuto-Submitted: auto-replied\r\n"
        f"In-Reply-To: {reminder['Message-ID']}\r\nDate: Thu, 24 Dec 2026 09:00:00 +0000\r\n"
        "\r\nI am out of the office until 4 January.\r\n"
    ).encode()
    facts = parse_email(ooo, ParserSettings())
    assert facts.kind == "auto_reply"
    with Session(world.engine) as session:
        outcome = apply_facts(
            session,
            facts,
            now=world.clock.now(),
            arrived_on=date(2026, 12, 24),
            sweep=world.sweep,
            today=date(2026, 12, 24),
        )
    assert outcome.status == "ignored"
    sent_before = len(world.server.received)
    run_days(world, date(2026, 12, 25), date(2026, 12, 30))
    assert len(world.server.received) == sent_before + 1  # the chaser still went; no reply to IRO
    assert all("Automatic reply" not in mail["Subject"] for mail in world.mails())


def test_header_injection_from_case_records_is_refused(world: World) -> None:
    """A case record holding an address with a line break (it came from a mail's text)
    must never produce a mail with an injected header: the planner refuses that mail."""
    child_id = seed_review(world)
    with Session(world.engine) as session:
        person = session.exec(select(m.CasePerson)).one()
        person.email = "ian.iro@council.example.gov.uk\r\nBcc: attacker@example.net"
        session.commit()
    run_days(world, date(2026, 12, 21), date(2026, 12, 31))
    for received in world.server.received:
        assert "attacker@example.net" not in received.rcpt_tos
        assert b"Bcc: attacker" not in received.content
    with Session(world.engine) as session:
        refused = session.exec(
            select(m.Audit).where(m.Audit.child_id == child_id, m.Audit.why.contains("not queued"))  # type: ignore[attr-defined]
        ).all()
        assert refused and "line break" in refused[0].why
        alert = session.exec(
            select(m.OutboxMessage).where(m.OutboxMessage.template == "admin_alert")
        ).first()
        assert alert is not None and "line break" in alert.body_text


@pytest.mark.parametrize(
    ("first_run", "status"),
    [(date(2027, 1, 11), "met"), (date(2027, 1, 25), "met_late")],
    ids=["on the day", "after ten working days down"],
)
def test_a_sent_iro_named_notice_meets_cip_iro_named(
    tmp_path: object, engine: Engine, first_run: date, status: str
) -> None:
    """GIVEN Cafcass named the guardian for a child whose IRO is recorded
    WHEN the service sends the named IRO's details to Cafcass (the iro_named notice)
    THEN CIP-IRO-NAMED is met that day: no chaser or escalation follows. A service that was
    down when it fell due still sends it (late) rather than escalating past its own job."""
    from daemon.app import App
    from daemon.service import Service
    from rules.engine import RuleSettings

    config = parse_config({"outbox": {"transport": "file", "path": f"{tmp_path}/out"}})
    clock = FixedClock(datetime.combine(first_run, datetime.min.time(), tzinfo=UTC).replace(hour=8))
    sweep = RuleSweep(engine, CAL, RuleSettings())
    app = App(config, engine, CAL, RuleSettings(), sweep)
    alerts = Alerts(
        engine, clock, "admin@council.example.gov.uk", "caseclock@council.example.gov.uk", 8
    )
    service = Service(app, clock, lambda: None, alerts)  # type: ignore[arg-type, return-value]
    with Session(engine) as session:
        child = add_child(session, looked_after_on=date(2026, 11, 2), notified_on=date(2026, 11, 2))
        assert child.id is not None
        session.add(
            m.CasePerson(
                child_id=child.id, role="iro", name="Ian Iro", email=IRO, phone="07700 900123"
            )
        )
        session.add(
            m.CasePerson(
                child_id=child.id,
                role="guardian",
                name="Gail Guardian",
                email="gail.guardian@cafcass.gov.uk",
            )
        )
        session.add(
            m.Proceedings(
                child_id=child.id,
                case_number="BM26C50123",
                first_court_email_on=date(2027, 1, 8),
                guardian_named_on=date(2027, 1, 11),
            )
        )
        session.flush()
        sweep.recompute_child(session, child, first_run, clock.now(), "seed")
        session.commit()
    service.sweep_job()
    service.outbox_job()
    with Session(engine) as session:
        notice = session.exec(
            select(m.OutboxMessage).where(m.OutboxMessage.template == "iro_named")
        ).one()
        assert notice.status == "sent" and notice.to_addrs == "business.support@cafcass.gov.uk"
        assert IRO in notice.body_text
        named = session.exec(select(m.Deadline).where(m.Deadline.rule_id == "CIP-IRO-NAMED")).one()
        assert (named.status, named.met_on) == (status, first_run)
        others = session.exec(
            select(m.OutboxItem).where(m.OutboxItem.rule_id == "CIP-IRO-NAMED")
        ).all()
        assert [i.step for i in others] == ["notice"]


@pytest.mark.parametrize(("group", "mails"), [(True, 1), (False, 2)])
def test_one_persons_reminders_of_a_day_share_a_mail_unless_configured_not_to(
    engine: Engine, group: bool, mails: int
) -> None:
    """Two children with the same IRO, reviews held the same day: their LAR-DECISIONS
    reminders fall on Thu 24 Dec together. deadlines.group_reminders decides one mail or two."""
    config = parse_config({"deadlines": {"group_reminders": group}})
    clock = FixedClock(datetime(2026, 12, 24, 7, 0, tzinfo=UTC))
    sweep = RuleSweep(engine, CAL, config.rule_settings())
    planner = OutboxPlanner(engine, config, CAL, config.rule_settings(), Renderer())
    with Session(engine) as session:
        for ref in ("1048213", "2048213"):
            child = add_child(
                session,
                la_ref=ref,
                looked_after_on=date(2026, 11, 23),
                notified_on=date(2026, 11, 23),
            )
            assert child.id is not None
            session.add(m.CasePerson(child_id=child.id, role="iro", name="Ian Iro", email=IRO))
            add_review(session, child, 1, held_on=date(2026, 12, 21))
            sweep.recompute_child(session, child, date(2026, 12, 24), clock.now(), "seed")
        session.commit()
    sweep.run_once(date(2026, 12, 24), clock.now())
    planner.run_once(date(2026, 12, 24), clock.now())
    with Session(engine) as session:
        reminders = session.exec(
            select(m.OutboxMessage).where(m.OutboxMessage.template == "reminder")
        ).all()
        decisions = [r for r in reminders if "LAR-DECISIONS" in r.body_text]
        assert len(decisions) == mails
        bodies = "".join(r.body_text for r in decisions)
        assert "1048213" in bodies and "2048213" in bodies
