"""parse_email never raises and stays bounded: junk, broken MIME, huge mail, fuzzed bytes."""

from __future__ import annotations

import base64
import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import ParserSettings, parse_email
from tests.parsers.builders import attach_message, mail, pdf_bytes

S = ParserSettings()


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"   \n",
        b"\x00\x01\x02\xff" * 100,
        b"not an email at all",
        b"From: \nSubject:\n\n",
        b'Content-Type: multipart/mixed; boundary="x"\n\n--x\n--x',
        b"Content-Type: multipart/mixed\n\nno boundary",
        b"Subject: =?bogus?q?x?=\n\nbody",
        b"From: a@b\nContent-Type: text/plain; charset=no-such-charset\n\n\xff\xfe",
        b"From: a@b\nContent-Transfer-Encoding: base64\n\n!!!notbase64",
        b"From: a@b\nDate: 99 Foo 99999 99:99\n\nx",
    ],
)
def test_junk_never_raises(raw: bytes) -> None:
    facts = parse_email(raw, S)
    assert facts.kind in ("unrelated", "auto_reply", "bounce")
    facts.to_dict()


def test_unreadable_reports_malformed() -> None:
    facts = parse_email(b"\x00\x01\x02", S)
    assert facts.kind == "unrelated"
    assert facts.malformed


def test_deeply_nested_multipart() -> None:
    raw = b"From: a@b.c\nSubject: deep\n"
    for i in range(300):
        raw += f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n'.encode()
    raw += b"Content-Type: text/plain\n\nhello\n"
    facts = parse_email(raw, S)
    assert facts.kind == "unrelated"


def test_fifty_megabyte_mail_is_bounded() -> None:
    big = base64.encodebytes(b"\x00" * (38 * 1024 * 1024))
    raw = (
        b"From: a@council.example.gov.uk\r\nSubject: big\r\n"
        b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\n'
        b"Content-Type: text/plain\r\n\r\nsee attached\r\n--B\r\n"
        b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
        b'Content-Disposition: attachment; filename="big.pdf"\r\n\r\n' + big + b"\r\n--B--\r\n"
    )
    assert len(raw) > 50 * 1024 * 1024
    started = time.perf_counter()
    facts = parse_email(raw, S)
    assert time.perf_counter() - started < 20
    assert facts.attachments and facts.attachments[0].error is not None


def test_over_total_cap_reads_headers_only() -> None:
    small = ParserSettings(max_total_bytes=1000)
    facts = parse_email(bytes(mail("x" * 5000, subject="Final care plan")), small)
    assert facts.malformed is not None and "too large" in facts.malformed


def test_pdf_page_cap() -> None:
    pdf = pdf_bytes([f"line {i}" for i in range(60 * 50)])
    capped = ParserSettings(max_pdf_pages=2)
    facts = parse_email(bytes(mail("x", attachments=[("a.pdf", "application/pdf", pdf)])), capped)
    assert facts.attachments[0].error is not None
    assert "first 2" in (facts.attachments[0].error or "")


def _seed_mails() -> list[bytes]:
    inner = mail("Amelia Hart became looked after on 11/01/2027.", subject="New LAC")
    return [
        bytes(
            mail(
                "The allocated Children's Guardian is Ruth Okafor.",
                subject="Allocation",
                sender="bs@cafcass.gov.uk",
            )
        ),
        bytes(attach_message(mail("fyi", subject="Fwd: x"), inner)),
        bytes(mail("", html="<p>Review <b>decisions</b></p>", subject="Review")),
        bytes(
            mail(
                "see",
                attachments=[
                    ("p.pdf", "application/pdf", pdf_bytes(["Final care plan", "BM26C50123"]))
                ],
            )
        ),
    ]


SEEDS = _seed_mails()


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_fuzz_random_bytes(raw: bytes) -> None:
    parse_email(raw, S).to_dict()


@settings(max_examples=150, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(SEEDS) - 1), st.integers(0, 2**32 - 1), st.integers(1, 40))
def test_fuzz_mutated_mails(which: int, seed: int, flips: int) -> None:
    rng = random.Random(seed)
    data = bytearray(SEEDS[which])
    for _ in range(flips):
        if not data:  # deletions can empty the mail; an empty mail is a case too
            break
        op = rng.random()
        pos = rng.randrange(len(data))
        if op < 0.5:
            data[pos] = rng.randrange(256)
        elif op < 0.75:
            del data[pos : pos + rng.randrange(1, 50)]
        else:
            data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 20)))
    started = time.perf_counter()
    parse_email(bytes(data), S).to_dict()
    assert time.perf_counter() - started < 5


# --- shapes met in other mail projects' fixtures (written here, not copied) ---------------


def test_a_bounce_with_a_null_return_path_and_no_report_part() -> None:
    raw = (
        b"Return-Path: <>\r\nFrom: Mail Delivery Subsystem <>\r\n"
        b"To: iro.reviews@council.example.gov.uk\r\nSubject: Returned mail: see transcript\r\n"
        b"Auto-Submitted: auto-generated (failure)\r\nDate: Mon, 1 Feb 2027 09:00:00 +0000\r\n"
        b"Message-ID: <dsn-1@mx.example.net>\r\n\r\n"
        b"----- The following addresses had permanent fatal errors -----\r\n"
        b"<nobody@example.net>\r\n    (reason: 550 5.1.1 User unknown)\r\n"
    )
    assert parse_email(raw, S).kind == "bounce"


def test_a_delivery_report_cut_to_its_headers_is_still_a_bounce() -> None:
    raw = (
        b"From: Postmaster <postmaster@mx.example.net>\r\nTo: iro.reviews@council.example.gov.uk"
        b"\r\nSubject: Undeliverable: Review decisions\r\nDate: Mon, 1 Feb 2027 09:00:00 +0000\r\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
    )
    assert parse_email(raw, S).kind == "bounce"


def test_a_comment_before_the_zone_keeps_the_zone() -> None:
    raw = (
        b"From: Pat Green <pat.green@council.example.gov.uk>\r\nSubject: hello\r\n"
        b"Date: Wed, 20 Jan 2027 00:19:00 (EST) -0500\r\n\r\nhello\r\n"
    )
    assert parse_email(raw, S).sent_at == "2027-01-20T00:19:00-05:00"


def test_a_junk_first_line_does_not_lose_the_headers() -> None:
    raw = (
        b"Fro :m broken line\r\nFrom: Pat Green <pat.green@council.example.gov.uk>\r\n"
        b"Subject: Review booked\r\nMessage-ID: <junk-1@council.example.gov.uk>\r\n"
        b"Date: Wed, 20 Jan 2027 10:00:00 +0000\r\n\r\nThe review is booked.\r\n"
    )
    facts = parse_email(raw, S)
    assert facts.message_id == "<junk-1@council.example.gov.uk>"
    assert facts.sent_at == "2027-01-20T10:00:00+00:00"
    assert facts.malformed is not None and "junk before the headers" in facts.malformed


def test_an_exim_failure_report_is_a_bounce_whatever_it_calls_itself() -> None:
    """X-Failed-Recipients marks a failure report even when it also says auto-replied and
    its subject is in another language."""
    raw = (
        b"From: Mail Delivery System <mailer-daemon@mx.example.net>\r\n"
        b"To: iro.reviews@council.example.gov.uk\r\nSubject: =?utf-8?b?0J7RiNC40LHQutCw?=\r\n"
        b"Auto-Submitted: auto-replied\r\nX-Failed-Recipients: nobody@example.net\r\n"
        b"Date: Mon, 1 Feb 2027 09:00:00 +0000\r\n\r\nnobody@example.net: 550 no such user\r\n"
    )
    assert parse_email(raw, S).kind == "bounce"


@pytest.mark.parametrize(
    "subject", ["failure delivery", "Mail failed, returning to sender", "FAILED MAIL to x@y"]
)
def test_bounce_subjects_in_other_words(subject: str) -> None:
    raw = (
        f"From: MAILER-DAEMON@mx.example.net\r\nTo: iro.reviews@council.example.gov.uk\r\n"
        f"Subject: {subject}\r\nDate: Mon, 1 Feb 2027 09:00:00 +0000\r\n\r\n"
        "The message could not be delivered.\r\n"
    ).encode()
    assert parse_email(raw, S).kind == "bounce"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("[Automatyczna odpowiedz] Review decisions", "Jestem na urlopie."),
        ("Thank you for your e-mail", "Thank you for you e-mail.\nI will endeavour to reply as "
         "soon as possible."),
    ],
)
def test_automatic_replies_in_other_words(subject: str, body: str) -> None:
    raw = (
        f"Return-Path: <>\r\nFrom: Jan Nowak <jan.nowak@example.net>\r\n"
        f"To: iro.reviews@council.example.gov.uk\r\nSubject: {subject}\r\nPrecedence: bulk\r\n"
        f"Date: Mon, 1 Feb 2027 09:00:00 +0000\r\n\r\n{body}\r\n"
    ).encode()
    assert parse_email(raw, S).kind == "auto_reply"


def test_a_three_digit_year_is_read_as_rfc_5322_says() -> None:
    raw = (
        b"From: Pat Green <pat.green@example.net>\r\nSubject: hello\r\n"
        b"Date: Mon, 2 Apr 101 10:00:00 +0000\r\n\r\nhello\r\n"
    )
    assert parse_email(raw, S).sent_at == "2001-04-02T10:00:00+00:00"
