"""Reading mail: forwards of every style, nested originals, attachments, HTML, charsets."""

from __future__ import annotations

from datetime import UTC, datetime

from parsers import ParserSettings, parse_email
from tests.parsers.builders import SERVICE, attach_message, docx_bytes, mail, pdf_bytes

S = ParserSettings(service_addresses=(SERVICE,))
STAFF = "Jo Bloggs <jo.bloggs@council.example.gov.uk>"

ALLOCATION = (
    "The allocated Children's Guardian for Amelia Hart (DOB 02/03/2015) is "
    "Ruth Okafor, ruth.okafor@cafcass.gov.uk, 07700 900123. Case BM26C50123."
)


def test_gmail_inline_forward() -> None:
    body = (
        "FYI\n\n---------- Forwarded message ---------\n"
        "From: Cafcass Business Support <business.support@cafcass.gov.uk>\n"
        "Date: Tue, 12 Jan 2027 at 09:12\nSubject: Guardian allocation\n"
        "To: Jo <jo.bloggs@council.example.gov.uk>\n\n" + ALLOCATION
    )
    facts = parse_email(bytes(mail(body, subject="Fwd: Guardian allocation", sender=STAFF)), S)
    assert facts.kind == "cafcass_allocation"
    assert facts.sender == "business.support@cafcass.gov.uk"
    assert facts.sender_role == "cafcass"
    assert facts.forwarded_by == "jo.bloggs@council.example.gov.uk"
    assert facts.sent_at == "2027-01-12T09:12:00+00:00"
    assert facts.trust == "trusted"
    assert facts.case_number == "BM26C50123"
    assert facts.child.name == "Amelia Hart"
    assert any(
        p.role == "guardian" and p.email == "ruth.okafor@cafcass.gov.uk" for p in facts.people
    )


def test_outlook_pasted_headers_forward_summer_time() -> None:
    body = (
        "Please log.\n\n________________________________\n"
        "From: Okafor, Ruth <ruth.okafor@cafcass.gov.uk>\n"
        "Sent: Tuesday, June 15, 2027 9:12 AM\n"
        "To: Legal <legal@council.example.gov.uk>\n"
        "Subject: Guardian allocation\n\n" + ALLOCATION
    )
    facts = parse_email(bytes(mail(body, subject="FW: Guardian allocation", sender=STAFF)), S)
    assert facts.kind == "cafcass_allocation"
    assert facts.sender == "ruth.okafor@cafcass.gov.uk"
    assert facts.sent_at == "2027-06-15T09:12:00+01:00"


def test_apple_forward_without_prefix() -> None:
    body = (
        "Begin forwarded message:\n\nFrom: Ruth Okafor <ruth.okafor@cafcass.gov.uk>\n"
        "Subject: Guardian allocation\nDate: 12 January 2027 at 09:12:00 GMT\n"
        "To: Jo <jo.bloggs@council.example.gov.uk>\n\n" + ALLOCATION
    )
    facts = parse_email(bytes(mail(body, subject="[guardian allocation] Amelia", sender=STAFF)), S)
    assert facts.kind == "cafcass_allocation"
    assert "subject [guardian allocation]" in facts.tags
    assert facts.sender == "ruth.okafor@cafcass.gov.uk"


def test_reply_with_quoted_history_keeps_reply_author() -> None:
    body = (
        "Thanks, noted.\n\nOn Tue, 12 Jan 2027 at 09:12, Ruth Okafor "
        "<ruth.okafor@cafcass.gov.uk> wrote:\n> " + ALLOCATION
    )
    facts = parse_email(
        bytes(
            mail(
                body,
                subject="Re: Guardian allocation",
                sender="Dee <dee@council.example.gov.uk>",
                headers={
                    "In-Reply-To": "<orig@cafcass.gov.uk>",
                    "References": "<a@x> <orig@cafcass.gov.uk>",
                },
            )
        ),
        S,
    )
    assert facts.sender == "dee@council.example.gov.uk"
    assert facts.forwarded_by is None
    assert facts.in_reply_to == "<orig@cafcass.gov.uk>"
    assert facts.references == ("<a@x>", "<orig@cafcass.gov.uk>")
    assert facts.case_number == "BM26C50123"  # quoted history still names the case


def test_rfc822_nested_twice() -> None:
    original = mail(
        ALLOCATION,
        subject="Guardian allocation",
        sender="Cafcass <business.support@cafcass.gov.uk>",
        date=datetime(2027, 1, 12, 9, 12, tzinfo=UTC),
        message_id="<orig@cafcass.gov.uk>",
    )
    middle = attach_message(
        mail(
            "see attached",
            subject="Fwd: Guardian allocation",
            sender="Ann <ann@council.example.gov.uk>",
            date=datetime(2027, 1, 13, 9, 0, tzinfo=UTC),
        ),
        original,
    )
    outer = attach_message(
        mail("for the IRO service", subject="Fwd: allocation", sender=STAFF), middle
    )
    facts = parse_email(bytes(outer), S)
    assert facts.kind == "cafcass_allocation"
    assert facts.sender == "business.support@cafcass.gov.uk"
    assert facts.sent_at == "2027-01-12T09:12:00+00:00"
    assert facts.forwarded_by == "jo.bloggs@council.example.gov.uk"
    assert facts.trust == "trusted"


def test_pdf_only_facts() -> None:
    pdf = pdf_bytes(
        [
            "FINAL CARE PLAN",
            "Child: Amelia Hart   DOB: 2 March 2015",
            "Child ID: 1048213",
            "Case number: BM26 C 50123",
            "Dated 12 January 2027",
            "Issues Resolution Hearing: 10 February 2027",
        ]
    )
    facts = parse_email(
        bytes(
            mail(
                "Please see attached.",
                subject="Court document",
                sender="Legal <legal@council.example.gov.uk>",
                attachments=[("doc.pdf", "application/pdf", pdf)],
            )
        ),
        S,
    )
    assert (facts.kind, facts.subtype) == ("court_care_plan", "final")
    assert facts.case_number == "BM26C50123"
    assert facts.child.la_ref == "1048213"
    assert facts.child.dob is not None and facts.child.dob.isoformat() == "2015-03-02"
    assert facts.dates.irh is not None and facts.dates.irh.isoformat() == "2027-02-10"
    assert facts.dates.document_date is not None
    assert facts.dates.document_date.isoformat() == "2027-01-12"
    (info,) = facts.attachments
    assert info.error is None and info.text_chars > 50 and info.sha256


def test_docx_only_facts() -> None:
    data = docx_bytes(
        [
            "Children's Guardian's Final Analysis",
            "Case No: BM26C50123",
            "Subject child: Amelia Hart",
            "Date of birth: 02/03/2015",
        ]
    )
    ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    facts = parse_email(
        bytes(
            mail(
                "",
                subject="Document",
                sender="Ruth <ruth@cafcass.gov.uk>",
                attachments=[("report.docx", ctype, data)],
            )
        ),
        S,
    )
    assert (facts.kind, facts.subtype) == ("guardian_report", "final")
    assert facts.case_number == "BM26C50123"
    assert facts.child.dob is not None and facts.child.dob.isoformat() == "2015-03-02"


def test_html_only_body() -> None:
    html = (
        "<html><head><style>p{}</style></head><body><p>Dear IRO,</p><p>The <b>allocated"
        "</b> Children&rsquo;s Guardian is <i>Ruth Okafor</i>.</p></body></html>"
    )
    facts = parse_email(
        bytes(mail(html=html, subject="Allocation", sender="BS <bs@cafcass.gov.uk>")), S
    )
    assert facts.kind == "cafcass_allocation"


def test_windows_1252_and_latin1_and_rfc2047() -> None:
    body = "The allocated Children\u2019s Guardian is Ren\u00e9e Okafor. Case BM26C50123."
    raw = (
        "From: =?iso-8859-1?q?Ren=E9e_Okafor?= <renee@cafcass.gov.uk>\r\n"
        "To: iro@council.example.gov.uk\r\n"
        "Subject: =?utf-8?b?R3VhcmRpYW4gYWxsb2NhdGlvbiDigJMgQW1lbGlh?=\r\n"
        "Date: Tue, 12 Jan 2027 09:12:00 +0000\r\n"
        "Content-Type: text/plain; charset=windows-1252\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        "The allocated Children=92s Guardian is Ren=E9e Okafor. Case BM26C50123.\r\n"
    )
    facts = parse_email(raw.encode("ascii"), S)
    assert facts.kind == "cafcass_allocation"
    assert any(p.name == "Renée Okafor" for p in facts.people)
    latin = (
        b"From: bs@cafcass.gov.uk\nSubject: allocation\nDate: Tue, 12 Jan 2027 09:12:00 +0000"
        b"\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
    ) + body.encode("cp1252")
    facts2 = parse_email(latin, S)
    assert facts2.kind == "cafcass_allocation"


def test_base64_body() -> None:
    msg = mail(ALLOCATION, subject="Allocation", sender="BS <bs@cafcass.gov.uk>")
    msg.set_content(ALLOCATION, cte="base64")
    assert parse_email(bytes(msg), S).kind == "cafcass_allocation"


def test_zip_not_opened_and_bad_pdf_noted() -> None:
    junk = [
        ("a.zip", "application/zip", b"PK\x03\x04junk"),
        ("b.pdf", "application/pdf", b"%PDF-1.4 junk"),
    ]
    facts = parse_email(
        bytes(
            mail(
                ALLOCATION, subject="Allocation", sender="BS <bs@cafcass.gov.uk>", attachments=junk
            )
        ),
        S,
    )
    assert facts.kind == "cafcass_allocation"
    errors = {a.filename: a.error for a in facts.attachments}
    assert errors["a.zip"] == "archive not opened"
    assert errors["b.pdf"] is not None


def test_calendar_invite_review_booking() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "DTSTART;TZID=Europe/London:20270303T100000\r\n"
        "SUMMARY:Looked After Review - A.H.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    msg = mail(
        "You have been sent a meeting request.",
        subject="Meeting",
        sender="Sam <sam@council.example.gov.uk>",
    )
    msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
    facts = parse_email(bytes(msg), S)
    assert (facts.kind, facts.subtype) == ("review_booking", "invitation")
    assert facts.dates.review_date is not None
    assert facts.dates.review_date.isoformat() == "2027-03-03"


def test_plus_address_tag_wins() -> None:
    facts = parse_email(
        bytes(
            mail("See attached.", subject="Amelia", to="iro+finalcareplan@council.example.gov.uk")
        ),
        S,
    )
    assert (facts.kind, facts.subtype) == ("court_care_plan", "final")
    assert facts.confidence > 0.9
