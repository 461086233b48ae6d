"""Trust (domains, look-alikes, Authentication-Results) and machine mail (auto-replies, DSNs)."""

from __future__ import annotations

import pytest

from parsers import ParserSettings, parse_email
from parsers.trust import role_of
from tests.parsers.builders import SERVICE, mail

S = ParserSettings(service_addresses=(SERVICE,))
BODY = "The allocated Children's Guardian for Amelia Hart is Ruth Okafor."


@pytest.mark.parametrize(
    ("address", "role"),
    [
        ("a@cafcass.gov.uk", "cafcass"),
        ("a@x.cafcass.gov.uk", "cafcass"),
        ("a@CAFCASS.GOV.UK", "cafcass"),
        ("a@cafcass.gov.uk.example.net", None),
        ("a@cafcass-gov.uk", None),
        ("a@notcafcass.gov.uk", None),
        ("a@hmcts.net", "court"),
        ("a@gmail.com", None),
    ],
)
def test_role_from_real_domain(address: str, role: str | None) -> None:
    assert role_of(address, S.trusted_domains) == role


def test_display_name_claiming_cafcass_is_untrusted() -> None:
    facts = parse_email(
        bytes(mail(BODY, subject="Allocation", sender="Cafcass <cafcass.allocations@gmail.com>")), S
    )
    assert facts.trust == "untrusted"
    assert facts.sender_role is None
    assert "gmail.com" in facts.trust_reason


def test_lookalike_subdomain_untrusted() -> None:
    facts = parse_email(
        bytes(mail(BODY, subject="Allocation", sender="BS <bs@cafcass.gov.uk.example.net>")), S
    )
    assert facts.trust == "untrusted"


@pytest.mark.parametrize(
    ("result", "trusted"),
    [
        ("dmarc=fail (p=reject) header.from=cafcass.gov.uk", False),
        ("spf=fail smtp.mailfrom=cafcass.gov.uk", False),
        ("spf=none; dmarc=none", True),
        ("spf=neutral; dmarc=pass", True),
    ],
)
def test_authentication_results(result: str, trusted: bool) -> None:
    headers = {"Authentication-Results": f"mx.council.example.gov.uk; {result}"}
    facts = parse_email(
        bytes(mail(BODY, subject="Allocation", sender="BS <bs@cafcass.gov.uk>", headers=headers)), S
    )
    assert (facts.trust == "trusted") is trusted, facts.trust_reason


def test_only_configured_authserv_believed() -> None:
    raw = bytes(mail(BODY, subject="Allocation", sender="BS <bs@cafcass.gov.uk>"))
    raw = (
        b"Authentication-Results: evil.example; dmarc=pass\r\n"
        b"Authentication-Results: mx.council.example.gov.uk; dmarc=fail\r\n"
    ) + raw
    configured = ParserSettings(authserv_ids=("mx.council.example.gov.uk",))
    assert parse_email(raw, configured).trust == "untrusted"
    assert parse_email(raw, S).trust == "trusted"  # topmost only when unconfigured


def test_forward_by_staff_vouches() -> None:
    body = (
        "---------- Forwarded message ---------\nFrom: Ruth <ruth.okafor@gmail.com>\n"
        "Date: Tue, 12 Jan 2027 at 09:12\nSubject: allocation\n\n" + BODY
    )
    facts = parse_email(bytes(mail(body, subject="Fwd: allocation")), S)
    assert facts.trust == "trusted"
    assert facts.sender_role is None
    assert "forwarded by council staff" in facts.trust_reason


def test_forward_by_outsider_untrusted() -> None:
    body = (
        "---------- Forwarded message ---------\nFrom: BS <bs@cafcass.gov.uk>\n"
        "Date: Tue, 12 Jan 2027 at 09:12\nSubject: allocation\n\n" + BODY
    )
    facts = parse_email(bytes(mail(body, subject="Fwd: allocation", sender="x@gmail.com")), S)
    assert facts.trust == "untrusted"


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto-Submitted": "auto-replied"},
        {"X-Autoreply": "yes"},
        {"Precedence": "auto_reply"},
    ],
)
def test_auto_reply_headers(headers: dict[str, str]) -> None:
    facts = parse_email(bytes(mail(BODY, subject="Re: allocation", headers=headers)), S)
    assert facts.kind == "auto_reply"


@pytest.mark.parametrize(
    "subject",
    ["Automatic reply: Review decisions", "Out of Office: allocation", "Out of the office"],
)
def test_auto_reply_subjects(subject: str) -> None:
    assert parse_email(bytes(mail(BODY, subject=subject)), S).kind == "auto_reply"


def test_dsn_recovers_original_message_id() -> None:
    raw = (
        "From: Mail Delivery System <MAILER-DAEMON@mx.council.example.gov.uk>\r\n"
        "To: iro@council.example.gov.uk\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        "Date: Tue, 12 Jan 2027 09:12:00 +0000\r\nAuto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
        "Final-Recipient: rfc822; gone@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: iro@council.example.gov.uk\r\n"
        "Subject: [CC-1048213-LAR-INITIAL] Reminder\r\n"
        "Message-ID: <out-42@council.example.gov.uk>\r\n--B--\r\n"
    )
    facts = parse_email(raw.encode(), S)
    assert facts.kind == "bounce"
    assert facts.bounce_of == "<out-42@council.example.gov.uk>"


def test_dsn_with_attached_original() -> None:
    raw = (
        "From: postmaster@mx.example\r\nSubject: Delivery Status Notification (Failure)\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nfailed\r\n"
        "--B\r\nContent-Type: message/rfc822\r\n\r\nFrom: iro@council.example.gov.uk\r\n"
        "Message-ID: <out-7@council.example.gov.uk>\r\nSubject: x\r\n\r\nbody\r\n--B--\r\n"
    )
    facts = parse_email(raw.encode(), S)
    assert (facts.kind, facts.bounce_of) == ("bounce", "<out-7@council.example.gov.uk>")


def test_newsletter_is_unrelated() -> None:
    facts = parse_email(
        bytes(
            mail(
                "This month: looked after review practice tips for children.",
                subject="IRO newsletter",
                sender="news@council.example.gov.uk",
                headers={"List-Unsubscribe": "<mailto:u@x>"},
            )
        ),
        S,
    )
    assert facts.kind == "unrelated"
