"""Build test emails in code: plain, forwarded, with attachments, with odd encodings."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

COUNCIL = "council.example.gov.uk"
SERVICE = f"iro@{COUNCIL}"


def mail(
    body: str = "",
    *,
    subject: str = "Test",
    sender: str = "Sam Jones <sam.jones@council.example.gov.uk>",
    to: str = SERVICE,
    date: datetime | None = None,
    message_id: str = "<m1@example.test>",
    html: str | None = None,
    headers: dict[str, str] | None = None,
    attachments: list[tuple[str, str, bytes]] | None = None,
    charset: str = "utf-8",
) -> EmailMessage:
    """An EmailMessage with the given parts; attachments are (filename, mime type, bytes)."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or datetime(2027, 1, 14, 9, 12, tzinfo=UTC))
    msg["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        msg[name] = value
    if html is not None and not body:
        msg.set_content(html, subtype="html", charset=charset)
    else:
        msg.set_content(body, charset=charset)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    for filename, ctype, data in attachments or []:
        maintype, _, subtype = ctype.partition("/")
        if maintype == "text":
            msg.add_attachment(data.decode("utf-8"), subtype=subtype, filename=filename)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg


def attach_message(outer: EmailMessage, inner: EmailMessage) -> EmailMessage:
    """Attach `inner` to `outer` as message/rfc822."""
    if not outer.is_multipart():
        outer.make_mixed()
    outer.add_attachment(inner)
    return outer


def pdf_bytes(lines: list[str]) -> bytes:
    """A small PDF with one line of text per entry (reportlab)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    y = 800
    for line in lines:
        pdf.drawString(50, y, line)
        y -= 16
        if y < 50:
            pdf.showPage()
            y = 800
    pdf.save()
    return buf.getvalue()


def docx_bytes(lines: list[str]) -> bytes:
    """A small DOCX with one paragraph per entry (python-docx)."""
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
