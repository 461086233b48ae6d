"""Emails per second through parse_email, beside mail-parser's parse alone, same run.

Generates its own mails (email.message; PDFs with reportlab). The last line printed is
one JSON object: {"no_attachments_per_s", "with_pdf_per_s", "mailparser_only_per_s"}.
"""

from __future__ import annotations

import io
import json
import sys
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import mailparser
from reportlab.pdfgen import canvas

from parsers import ParserSettings, parse_email

BODIES = [
    (
        "Allocation of Children's Guardian",
        "business.support@cafcass.gov.uk",
        "The allocated Children's Guardian for Amelia Hart (DOB 02/03/2015) is Ruth Okafor, "
        "ruth.okafor@cafcass.gov.uk, 07700 900123. Case number BM26C50123.",
    ),
    (
        "Review rearranged",
        "sam.jones@council.example.gov.uk",
        "The looked after review for Amelia Hart has been rearranged to 3rd March 2027 at 10am.",
    ),
    (
        "Case management order BM26C50123",
        "court@justice.gov.uk",
        "Upon hearing the parties. The IRH is listed on 10 March 2027. The local authority shall "
        "file its final care plan by 4pm on 5 February 2027.",
    ),
    (
        "Missing episode",
        "sam.jones@council.example.gov.uk",
        "Amelia went missing from her placement last night and returned this morning.",
    ),
    ("Great offer", "deals@shop.example.com", "Buy two get one free this weekend only."),
]


def _pdf(lines: list[str]) -> bytes:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    for i, line in enumerate(lines):
        pdf.drawString(50, 800 - 16 * i, line)
    pdf.save()
    return buf.getvalue()


def generate(n: int, with_pdf: bool) -> list[bytes]:
    out: list[bytes] = []
    pdf = _pdf(
        [
            "FINAL CARE PLAN",
            "Child: Amelia Hart DOB: 02/03/2015",
            "Child ID: 1048213",
            "Dated 12 January 2027",
        ]
        + [f"Paragraph {i} of the plan." for i in range(30)]
    )
    start = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)
    for i in range(n):
        subject, sender, body = BODIES[i % len(BODIES)]
        msg = EmailMessage()
        msg["From"] = sender
        msg["To"] = "iro@council.example.gov.uk"
        msg["Subject"] = f"{subject} ({i})"
        msg["Date"] = format_datetime(start + timedelta(minutes=i))
        msg["Message-ID"] = f"<bench-{i}@example.test>"
        msg.set_content(body + "\n\nKind regards\nA Person\n")
        if with_pdf:
            msg.add_attachment(
                pdf, maintype="application", subtype="pdf", filename="Final care plan.pdf"
            )
        out.append(bytes(msg))
    return out


def rate(mails: list[bytes], fn: object) -> float:
    assert callable(fn)
    started = time.perf_counter()
    for raw in mails:
        fn(raw)
    return len(mails) / (time.perf_counter() - started)


def main() -> None:
    settings = ParserSettings()
    plain = generate(600, with_pdf=False)
    pdfs = generate(120, with_pdf=True)
    parse_email(plain[0], settings)  # warm imports and regex caches
    no_att = rate(plain, lambda raw: parse_email(raw, settings))
    with_pdf = rate(pdfs, lambda raw: parse_email(raw, settings))
    mp_only = rate(plain, mailparser.parse_from_bytes)
    print(f"parse_email, no attachments: {no_att:8.1f} mails/s ({len(plain)} mails)")
    print(f"parse_email, with a PDF:     {with_pdf:8.1f} mails/s ({len(pdfs)} mails)")
    print(f"mail-parser parse alone:     {mp_only:8.1f} mails/s ({len(plain)} mails)")
    print(
        json.dumps(
            {
                "no_attachments_per_s": round(no_att, 1),
                "with_pdf_per_s": round(with_pdf, 1),
                "mailparser_only_per_s": round(mp_only, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
