"""Sending through a real aiosmtpd (STARTTLS and AUTH required) on loopback, failures split
by kind; the Maildir transport; the rate limiter."""

from __future__ import annotations

import asyncio
import logging
import mailbox
import socket
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest

from daemon.config import Secret, SmtpConfig
from outbox.errors import SmtpAuthError, TransportError
from outbox.mail import Draft, Item, build_message, envelope_recipients
from outbox.render import Renderer
from outbox.samples import sample_item
from outbox.transport import (
    FileTransport,
    RateLimiter,
    SendResult,
    SmtpTransport,
    _without_header,
)
from tests.servers.smtp import Certificate, SmtpServer

PASSWORD_ENV = "CASECLOCK_TEST_SMTP_PASSWORD"  # as in conftest.py

FROM = "caseclock@council.example.gov.uk"
NOW = datetime(2027, 2, 5, 7, 30, tzinfo=UTC)
IRO = "iro.one@council.example.gov.uk"
SW = "social.worker@council.example.gov.uk"
TM = "team.manager@council.example.gov.uk"
SM = "service.manager@council.example.gov.uk"


def send(
    transport: SmtpTransport | FileTransport,
    message: EmailMessage,
    recipients: Sequence[str] | None = None,
) -> SendResult:
    rcpts = envelope_recipients(message) if recipients is None else recipients
    return asyncio.run(transport.send(message, rcpts))


def mail(
    renderer: Renderer,
    template: str,
    items: tuple[Item, ...],
    to: tuple[str, ...],
    cc: tuple[str, ...] = (),
    msgid: str = "<cc-42-1@council.example.gov.uk>",
    redirect: str | None = None,
) -> EmailMessage:
    draft = Draft(template=template, to=to, cc=cc, items=items, message_id=msgid)
    return build_message(draft, renderer.render(draft), FROM, redirect, now=NOW)


def received(server: SmtpServer, index: int = 0) -> EmailMessage:
    parsed = message_from_bytes(server.received[index].content, policy=default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def text_of(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    content = body.get_content()
    assert isinstance(content, str)
    return content


def second_review(**changes: object) -> Item:
    values: dict[str, object] = {
        "case_ref": "3300121",
        "initials": "EF",
        "due": date(2027, 3, 28),
        "latest_working_day": date(2027, 3, 26),
        "title": "Second Looked After Review",
        "source": "procedure §2.1",
        "who_acts": "social_worker",
        "meets": "the second review held (its record received)",
    }
    values.update(changes)
    return sample_item("LAR-SECOND", **values)  # type: ignore[arg-type]


# ---- what arrives -------------------------------------------------------------------------


def test_a_reminder_arrives_with_its_headers_and_body(
    smtp_server: SmtpServer, transport: SmtpTransport, renderer: Renderer
) -> None:
    message = mail(renderer, "reminder", (second_review(step="reminder"),), (SW,))
    result = send(transport, message)

    assert result == SendResult(accepted=(SW,))
    assert smtp_server.received[0].rcpt_tos == (SW,)
    assert smtp_server.received[0].mail_from == FROM
    assert smtp_server.received[0].login == "caseclock"
    got = received(smtp_server)
    assert got["Auto-Submitted"] == "auto-generated"
    assert got["X-Auto-Response-Suppress"] == "All"
    assert got["Message-ID"] == "<cc-42-1@council.example.gov.uk>"
    assert got["Subject"] == (
        "Reminder: Second Looked After Review due Sun 28 Mar 2027 - EF 3300121 "
        "[CC-3300121-LAR-SECOND]"
    )
    text = text_of(got)
    for expected in (
        "LAR-SECOND",
        "procedure §2.1",
        "Sun 28 Mar 2027",
        "latest working day: Fri 26 Mar 2027",
        "the second review held (its record received)",
        "The social worker",
    ):
        assert expected in text
    assert got.get_body(("html",)) is not None


def test_a_chaser_to_whoever_acts_copies_the_team_manager(
    smtp_server: SmtpServer, transport: SmtpTransport, renderer: Renderer
) -> None:
    item = second_review(status="overdue", step="team_manager")
    message = mail(renderer, "chaser", (item,), (SW,), cc=(TM,))
    result = send(transport, message)

    assert result.accepted == (SW, TM) and result.ok
    assert smtp_server.received[0].rcpt_tos == (SW, TM)
    got = received(smtp_server)
    assert got["Cc"] == TM
    assert got["Subject"] == (
        "Overdue: Second Looked After Review, was due Sun 28 Mar 2027 - EF 3300121 "
        "[CC-3300121-LAR-SECOND]"
    )
    assert "Your team manager is copied in." in text_of(got)


def test_an_escalation_has_no_full_name_and_no_attachment(
    smtp_server: SmtpServer, transport: SmtpTransport, renderer: Renderer
) -> None:
    full_name = "Amelia Hart"  # known to the case store, never given to the outbox mail
    item = Item(
        rule_id="LAR-INITIAL",
        rule_title="Initial Looked After Review",
        source="procedure §2.1",
        case_ref="1048213",
        initials="AH",
        subject_key="child",
        due=date(2027, 2, 5),
        latest_working_day=None,
        status="overdue",
        who_acts="iro",
        meets="the initial review held (its record received)",
        step="service_manager",
        tag="[CC-1048213-LAR-INITIAL]",
        explanation=(f"Clock started by a looked_after_start email about {full_name}.",),
    )
    message = mail(renderer, "escalation", (item,), (SM,))
    assert send(transport, message).ok

    raw = smtp_server.received[0].content
    got = received(smtp_server)
    for fragment in (full_name, "Amelia", "Hart"):
        assert fragment.encode() not in raw
        assert fragment not in text_of(got)
    assert got["Subject"] == (
        "Escalation: Initial Looked After Review was due Fri 5 Feb 2027 - AH 1048213 "
        "[CC-1048213-LAR-INITIAL]"
    )
    assert not list(got.iter_attachments())
    assert {p.get_content_type() for p in got.walk()} == {
        "multipart/alternative",
        "text/plain",
        "text/html",
    }
    assert "LAR-INITIAL" in text_of(got) and "Fri 5 Feb 2027" in text_of(got)


def test_redirect_sends_only_to_the_pilot_address(
    smtp_server: SmtpServer, transport: SmtpTransport, renderer: Renderer
) -> None:
    pilot = "pilot@council.example.gov.uk"
    message = mail(
        renderer, "chaser", (sample_item(step="chaser"),), (IRO,), cc=(TM,), redirect=pilot
    )
    assert send(transport, message) == SendResult(accepted=(pilot,))
    assert smtp_server.received[0].rcpt_tos == (pilot,)
    got = received(smtp_server)
    assert got["X-Caseclock-Original-To"] == IRO
    assert got["X-Caseclock-Original-Cc"] == TM


# ---- failures, split by kind --------------------------------------------------------------


def test_550_for_one_recipient_is_permanent_for_that_one_only(
    smtp_server: SmtpServer, transport: SmtpTransport, renderer: Renderer
) -> None:
    smtp_server.handler.refuse_rcpt[SW] = "550 5.1.1 No such user"
    message = mail(renderer, "chaser", (sample_item(step="chaser"),), (IRO, SW), cc=(TM,))
    result = send(transport, message)

    assert result.accepted == (IRO, TM)
    assert result.temporary == {}
    assert list(result.permanent) == [SW]
    assert "550 5.1.1 No such user" in result.permanent[SW]
    assert smtp_server.received[0].rcpt_tos == (IRO, TM)


def test_451_for_one_recipient_is_temporary(
    smtp_server: SmtpServer, transport: SmtpTransport, renderer: Renderer
) -> None:
    smtp_server.handler.refuse_rcpt[SW] = "451 4.3.0 Mailbox busy, try later"
    message = mail(renderer, "chaser", (sample_item(step="chaser"),), (IRO, SW))
    result = send(transport, message)

    assert result.accepted == (IRO,)
    assert list(result.temporary) == [SW] and "451 4.3.0" in result.temporary[SW]
    assert result.permanent == {}


def test_every_recipient_refused_is_split_per_recipient(
    smtp_server: SmtpServer, transport: SmtpTransport, renderer: Renderer
) -> None:
    smtp_server.handler.refuse_rcpt.update({IRO: "452 4.2.2 Over quota", SW: "550 No such user"})
    message = mail(renderer, "chaser", (sample_item(step="chaser"),), (IRO, SW))
    result = send(transport, message)

    assert result.accepted == ()
    assert list(result.temporary) == [IRO]
    assert list(result.permanent) == [SW]
    assert smtp_server.received == []


@pytest.mark.parametrize(
    ("reply", "kind"),
    [("451 4.3.0 Try again later", "temporary"), ("554 5.6.0 Message refused", "permanent")],
)
def test_a_refusal_at_data_applies_to_everyone(
    smtp_server: SmtpServer, transport: SmtpTransport, renderer: Renderer, reply: str, kind: str
) -> None:
    smtp_server.handler.refuse_data = reply
    message = mail(renderer, "chaser", (sample_item(step="chaser"),), (IRO, SW))
    result = send(transport, message)

    failed = result.temporary if kind == "temporary" else result.permanent
    assert result.accepted == ()
    assert set(failed) == {IRO, SW}
    assert reply in failed[IRO]


def test_server_down_is_temporary_for_everyone(
    smtp_server: SmtpServer, transport: SmtpTransport, renderer: Renderer
) -> None:
    smtp_server.stop()
    message = mail(renderer, "chaser", (sample_item(step="chaser"),), (IRO, SW))
    started = time.monotonic()
    result = send(transport, message)

    assert time.monotonic() - started < 2.0
    assert result.accepted == () and result.permanent == {}
    assert set(result.temporary) == {IRO, SW}
    assert f"127.0.0.1:{smtp_server.port}" in result.temporary[IRO]


def test_a_server_that_never_answers_times_out_as_temporary(
    certificate: Certificate, monkeypatch: pytest.MonkeyPatch, renderer: Renderer
) -> None:
    """GIVEN a port that accepts connections and says nothing (a hung server)
    WHEN a mail is sent with a 0.5 s timeout
    THEN the send gives up within a second or so, temporary for all."""
    monkeypatch.setenv(PASSWORD_ENV, "irrelevant")
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        config = SmtpConfig(
            host="127.0.0.1", port=listener.getsockname()[1], security="starttls", timeout_s=0.5
        )
        hung = SmtpTransport(
            config, tls_context=certificate.client_context(), local_hostname="localhost"
        )
        started = time.monotonic()
        result = send(hung, mail(renderer, "reminder", (sample_item(),), (IRO,)))
    assert time.monotonic() - started < 2.0
    assert list(result.temporary) == [IRO] and result.accepted == ()


def test_a_wrong_password_fails_fast_with_an_auth_error(
    smtp_server: SmtpServer,
    certificate: Certificate,
    monkeypatch: pytest.MonkeyPatch,
    renderer: Renderer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A refused login is the administrator's problem, not the recipients': it raises
    SmtpAuthError (a TransportError), naming the user and the server's reply, never the
    password, and the mail stays queued."""
    monkeypatch.setenv(PASSWORD_ENV, "wrong-pw-Kx3")
    wrong = SmtpTransport(
        smtp_server.config(PASSWORD_ENV, timeout_s=5.0),
        tls_context=certificate.client_context(),
        local_hostname="localhost",
    )
    started = time.monotonic()
    with caplog.at_level(logging.DEBUG), pytest.raises(SmtpAuthError) as err:
        send(wrong, mail(renderer, "reminder", (sample_item(),), (IRO,)))

    assert time.monotonic() - started < 1.0  # the 535 answer, not the 5 s timeout
    assert "535" in str(err.value) and "'caseclock'" in str(err.value)
    assert err.value.__cause__ is None and err.value.__suppress_context__
    assert "wrong-pw-Kx3" not in str(err.value)
    assert smtp_server.received == []
    ours = [r for r in caplog.records if not r.name.startswith("mail.log")]
    assert all("wrong-pw-Kx3" not in r.getMessage() for r in ours)


def test_a_server_silent_after_a_bad_login_times_out_as_temporary(
    smtp_server: SmtpServer,
    certificate: Certificate,
    monkeypatch: pytest.MonkeyPatch,
    renderer: Renderer,
) -> None:
    """aiosmtpd with AuthResult(handled=True) sends no reply at all: the client's short
    timeout ends it, and that is indistinguishable from a slow network, so temporary."""
    smtp_server.silent_auth_failure = True
    monkeypatch.setenv(PASSWORD_ENV, "wrong")
    wrong = SmtpTransport(
        smtp_server.config(PASSWORD_ENV, timeout_s=0.5),
        tls_context=certificate.client_context(),
        local_hostname="localhost",
    )
    started = time.monotonic()
    result = send(wrong, mail(renderer, "reminder", (sample_item(),), (IRO,)))
    assert time.monotonic() - started < 2.0
    assert list(result.temporary) == [IRO]


def test_the_password_is_never_logged(
    smtp_server: SmtpServer,
    transport: SmtpTransport,
    renderer: Renderer,
    smtp_password: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG):
        assert send(transport, mail(renderer, "reminder", (sample_item(),), (IRO,))).ok
    ours = [r for r in caplog.records if not r.name.startswith("mail.log")]
    assert any(r.name == "outbox.transport" for r in ours)
    assert all(smtp_password not in r.getMessage() for r in ours)
    assert smtp_password not in repr(transport)


def test_an_untrusted_certificate_is_a_transport_error(
    smtp_server: SmtpServer, smtp_password: str, renderer: Renderer
) -> None:
    untrusting = SmtpTransport(smtp_server.config(PASSWORD_ENV), local_hostname="localhost")
    with pytest.raises(TransportError, match="certificate"):
        send(untrusting, mail(renderer, "reminder", (sample_item(),), (IRO,)))


def test_implicit_tls_sends_and_checks_the_certificate(
    certificate: Certificate, monkeypatch: pytest.MonkeyPatch, renderer: Renderer
) -> None:
    """security = "tls": TLS from the first byte (SMTPS), then AUTH."""
    with SmtpServer(certificate, password="smtps-pw", implicit_tls=True) as server:
        monkeypatch.setenv(PASSWORD_ENV, server.password)
        config = server.config(PASSWORD_ENV)
        assert config.security == "tls"
        smtps = SmtpTransport(
            config, tls_context=certificate.client_context(), local_hostname="localhost"
        )
        message = mail(renderer, "reminder", (sample_item(),), (IRO,))
        assert send(smtps, message) == SendResult(accepted=(IRO,))
        assert server.received[0].login == "caseclock"
        untrusting = SmtpTransport(config, local_hostname="localhost")
        with pytest.raises(TransportError, match="certificate"):
            send(untrusting, message)


def test_settings_that_cannot_work_are_refused_at_construction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(TransportError, match="loopback"):
        SmtpTransport(SmtpConfig(host="smtp.example.net", security="plain"))
    with pytest.raises(TransportError, match="no password"):
        SmtpTransport(SmtpConfig(host="smtp.example.net", username="u"))
    monkeypatch.delenv("CASECLOCK_UNSET_PW", raising=False)
    with pytest.raises(Exception, match="CASECLOCK_UNSET_PW is not set"):
        SmtpTransport(
            SmtpConfig(
                host="smtp.example.net", username="u", password=Secret(env="CASECLOCK_UNSET_PW")
            )
        )


def test_no_recipients_sends_nothing(
    transport: SmtpTransport, renderer: Renderer, smtp_server: SmtpServer
) -> None:
    message = mail(renderer, "reminder", (sample_item(),), (IRO,))
    assert send(transport, message, ()) == SendResult()
    assert smtp_server.received == []


# ---- the Maildir transport and the rate limiter -------------------------------------------


def test_the_file_transport_writes_a_maildir_message(tmp_path: Path, renderer: Renderer) -> None:
    outbox = tmp_path / "outbox"
    message = mail(renderer, "chaser", (sample_item(step="chaser"),), (IRO,), cc=(TM,))
    result = send(FileTransport(outbox), message)

    assert result == SendResult(accepted=(IRO, TM))
    files = list((outbox / "new").iterdir())
    assert len(files) == 1
    stored = message_from_bytes(files[0].read_bytes(), policy=default)
    assert stored["Message-ID"] == message["Message-ID"]
    assert stored["X-Caseclock-Envelope-To"] == f"{IRO}, {TM}"
    assert stored["Subject"] == message["Subject"]
    assert "X-Caseclock-Envelope-To" not in message  # the caller's message is untouched
    assert len(mailbox.Maildir(outbox, create=False)) == 1


def test_the_file_transport_replaces_a_stale_envelope_line(
    tmp_path: Path, renderer: Renderer
) -> None:
    outbox = tmp_path / "outbox"
    message = mail(renderer, "chaser", (sample_item(step="chaser"),), (IRO,))
    message["X-Caseclock-Envelope-To"] = ", ".join(
        f"someone.with.a.long.address.{n}@example.invalid" for n in range(4)
    )
    send(FileTransport(outbox), message)

    (stored_file,) = (outbox / "new").iterdir()
    stored = message_from_bytes(stored_file.read_bytes(), policy=default)
    assert stored.get_all("X-Caseclock-Envelope-To") == [IRO]
    assert b"someone.with" not in stored_file.read_bytes()
    assert stored.get_body(("plain",)) is not None


def test_a_folded_envelope_line_goes_with_its_continuations() -> None:
    raw = (
        b"From: a@example.invalid\nX-Caseclock-Envelope-To: b@example.invalid,\n"
        b"\tc@example.invalid\nSubject: hello\n\nX-Caseclock-Envelope-To: in the body\n"
    )
    assert _without_header(raw, b"x-caseclock-envelope-to") == (
        b"From: a@example.invalid\nSubject: hello\n\nX-Caseclock-Envelope-To: in the body\n"
    )


def test_the_rate_limiter_keeps_to_its_window() -> None:
    now = [1000.0]
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limiter = RateLimiter(3, clock=lambda: now[0], sleep=fake_sleep)

    async def run() -> list[float]:
        waits = []
        for step in (0.0, 10.0, 10.0, 0.0, 5.0):
            now[0] += step
            waits.append(await limiter.acquire())
        return waits

    waits = asyncio.run(run())
    # Three at t=1000, 1010, 1020; the fourth waits until 1060, the fifth until 1070.
    assert waits == [0.0, 0.0, 0.0, 40.0, 5.0]
    assert slept == [40.0, 5.0]
    with pytest.raises(ValueError):
        RateLimiter(0)
