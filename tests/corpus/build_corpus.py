# ruff: noqa: E501
"""Build the labelled .eml corpus that caseclock's parser is scored against.

Every mail is written by hand below, in the order it is numbered, with the facts a
careful human reader would take from it (see README.md for the label rules). The output
is deterministic: fixed dates, fixed Message-IDs, fixed MIME boundaries, reportlab in
invariant mode and DOCX zips with fixed timestamps, so running it twice gives the same
bytes.

Run from the repository root:  .venv/bin/python tests/corpus/build_corpus.py
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from email import message_from_bytes
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
LONDON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")
POLICY = email_policy.default
MAILBOX = "iro.reviews@council.example.gov.uk"
MB = f"IRO Reviews <{MAILBOX}>"
COUNCIL = "Westmere Metropolitan Borough Council"

KINDS = {
    "cafcass_allocation": {None},
    "iro_allocation": {None},
    "looked_after_start": {None},
    "court_care_plan": {"interim", "final"},
    "court_directions": {None},
    "expert_report": {None},
    "guardian_report": {"interim", "final"},
    "judgment": {None},
    "final_order": {
        "care_order",
        "placement_order",
        "special_guardianship_order",
        "supervision_order",
        "child_arrangements_order",
        "no_order",
    },
    "guardian_handover": {None},
    "review_booking": {"set", "moved", "adjourned", "invitation"},
    "review_record": {"decisions", "full"},
    "manager_response": {"agreed", "disagreed"},
    "significant_event": {
        "court_directed_change",
        "decision_not_implemented",
        "contact_change",
        "social_worker_change",
        "safeguarding",
        "complaint",
        "placement_change",
        "family_change",
        "offence",
        "exclusion",
        "missing",
        "health",
    },
    "cafcass_referral": {None},
    "cafcass_decision": {None},
    "ceased_looked_after": {None},
    "auto_reply": {None},
    "bounce": {None},
    "unrelated": {None},
}
DATE_KEYS = {
    "looked_after_from",
    "cmh",
    "irh",
    "final_hearing",
    "order_date",
    "review_date",
    "event_date",
    "document_date",
    "filing_deadlines",
}
CASE_RE = re.compile(r"^[A-Z]{2}\d{2}[A-Z]\d{5}$")


# --------------------------------------------------------------------------- dates


def dt(stamp: str, tz: ZoneInfo | str = LONDON) -> datetime:
    """'2027-01-14 09:12' in Europe/London (or a fixed offset like '+0200')."""
    naive = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    if isinstance(tz, str):
        return datetime.strptime(f"{stamp} {tz}", "%Y-%m-%d %H:%M %z")
    return naive.replace(tzinfo=tz)


def _d(iso: str) -> date:
    return date.fromisoformat(iso)


def _suffix(day: int) -> str:
    if 11 <= day <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def dmy(iso: str) -> str:
    """3 March 2027"""
    d = _d(iso)
    return f"{d.day} {d:%B %Y}"


def long(iso: str) -> str:
    """Wednesday 3 March 2027"""
    d = _d(iso)
    return f"{d:%A} {d.day} {d:%B %Y}"


def ordinal(iso: str, weekday: bool = False) -> str:
    """3rd March 2027 (optionally 'Wednesday 3rd March 2027')"""
    d = _d(iso)
    text = f"{d.day}{_suffix(d.day)} {d:%B %Y}"
    return f"{d:%A} {text}" if weekday else text


def slash(iso: str) -> str:
    """03/03/2027"""
    return _d(iso).strftime("%d/%m/%Y")


def dots(iso: str) -> str:
    """03.03.2027"""
    return _d(iso).strftime("%d.%m.%Y")


def short(iso: str) -> str:
    """Wed 3 Mar (year left to context)"""
    d = _d(iso)
    return f"{d:%a} {d.day} {d:%b}"


def dm(iso: str) -> str:
    """3 March (year left to context)"""
    d = _d(iso)
    return f"{d.day} {d:%B}"


def outlook_sent(when: datetime, style: str = "uk") -> str:
    """The 'Sent:' line Outlook pastes into a forward."""
    if style == "us":
        hour = when.strftime("%I").lstrip("0")
        return f"{when:%A}, {when:%B} {when.day}, {when:%Y} {hour}:{when:%M %p}"
    if style == "uk_day":
        return f"{when:%A}, {when.day} {when:%B %Y} {when:%H:%M}"
    return f"{when.day:02d} {when:%B %Y} {when:%H:%M}"


def gmail_date(when: datetime) -> str:
    hour = when.strftime("%I").lstrip("0")
    return f"{when:%a}, {when.day} {when:%b %Y} at {hour}:{when:%M}{when:%p}".replace(
        "AM", "\u202fAM"
    ).replace("PM", "\u202fPM")


# --------------------------------------------------------------------------- ids


def mid(seed: str, domain: str = "council.example.gov.uk", style: str = "plain") -> str:
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    if style == "outlook":
        host = f"LO{h[0:1]}P{int(h[1:4], 16) % 900 + 100}MB{int(h[4:8], 16) % 9000 + 1000}"
        return f"<{host}{h[8:20]}{h[20:28]}@{host}.GBRP{h[28:31]}.PROD.OUTLOOK.COM>"
    if style == "gmail":
        return f"<CA+{h[:20].lower()}{h[20:34]}-{h[34:40].lower()}@mail.example.com>"
    return f"<{h[:12].lower()}.{h[12:24].lower()}@{domain}>"


# --------------------------------------------------------------------------- people


def sig(
    name: str,
    title: str,
    team: str = "Review and Child Protection Unit",
    phone: str = "0121 496 0000",
    email: str = "",
    org: str = COUNCIL,
) -> str:
    lines = ["", "Kind regards", "", name, title, team, org]
    if phone:
        lines.append(f"Tel: {phone}")
    if email:
        lines.append(f"Email: {email}")
    return "\n".join(lines) + "\n"


CONFIDENTIAL = (
    "\n--\nThis email and any attachments are confidential and may be legally privileged. "
    "If you have received it in error please notify the sender and delete it. "
    f"{COUNCIL} monitors email traffic.\n"
)

CAFCASS_FOOTER = (
    "\n--\nCafcass - Children and Family Court Advisory and Support Service. "
    "This email is intended only for the named recipient(s) and may contain "
    "information that is protected. If you are not the intended recipient please "
    "tell the sender and delete it.\n"
)

HMCTS_FOOTER = (
    "\n--\nHM Courts & Tribunals Service. This e-mail and any attachment is intended "
    "only for the addressee. Please do not reply to this address unless asked to do so.\n"
)


# --------------------------------------------------------------------------- forwards


def outlook_block(
    frm: str, sent: datetime, to: str, subject: str, cc: str = "", style: str = "uk"
) -> str:
    lines = [
        "________________________________",
        f"From: {frm}",
        f"Sent: {outlook_sent(sent, style)}",
        f"To: {to}",
    ]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines) + "\n\n"


def original_block(frm: str, sent: datetime, to: str, subject: str, cc: str = "") -> str:
    lines = [
        "-----Original Message-----",
        f"From: {frm}",
        f"Sent: {outlook_sent(sent, 'uk_day')}",
        f"To: {to}",
    ]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines) + "\n\n"


def gmail_block(frm: str, sent: datetime, to: str, subject: str, cc: str = "") -> str:
    lines = [
        "---------- Forwarded message ---------",
        f"From: {frm}",
        f"Date: {gmail_date(sent)}",
        f"Subject: {subject}",
        f"To: {to}",
    ]
    if cc:
        lines.append(f"Cc: {cc}")
    return "\n".join(lines) + "\n\n"


def quote(text: str, intro: str = "") -> str:
    out = [intro] if intro else []
    for line in text.splitlines():
        out.append(">" if not line else f"> {line}")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- documents


def pdf(
    title: str, paras: list[str], table: list[list[str]] | None = None, header: str = ""
) -> bytes:
    """A small text PDF (extractable text) built with reportlab in invariant mode."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, title=title, author="", subject="", creator="", producer="", invariant=1
    )
    styles = getSampleStyleSheet()
    story: list[Any] = []
    if header:
        story.append(Paragraph(escape(header), styles["Normal"]))
        story.append(Spacer(1, 8))
    story.append(Paragraph(escape(title), styles["Title"]))
    for para in paras:
        if para.startswith("## "):
            story.append(Paragraph(escape(para[3:]), styles["Heading2"]))
        else:
            story.append(Paragraph(escape(para).replace("\n", "<br/>"), styles["Normal"]))
        story.append(Spacer(1, 6))
    if table:
        t = Table([[Paragraph(escape(c), styles["Normal"]) for c in row] for row in table])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
        story.append(t)
    doc.build(story)
    return buf.getvalue()


def docx(title: str, paras: list[str], table: list[list[str]] | None = None) -> bytes:
    """A small DOCX built with python-docx, re-zipped with fixed timestamps."""
    import docx as python_docx

    document = python_docx.Document()
    document.add_heading(title, level=1)
    for para in paras:
        if para.startswith("## "):
            document.add_heading(para[3:], level=2)
        else:
            document.add_paragraph(para)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        grid.style = "Table Grid"
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    props = document.core_properties
    fixed = datetime(2026, 1, 1, 9, 0, 0)
    props.created = fixed
    props.modified = fixed
    props.last_printed = fixed
    props.author = "Westmere MBC"
    props.last_modified_by = "Westmere MBC"
    props.revision = 1
    raw = io.BytesIO()
    document.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name))
    return out.getvalue()


def ics_fold(text: str) -> str:
    """Fold iCalendar content lines at 75 octets (RFC 5545 section 3.1)."""
    out = []
    for line in text.splitlines():
        while len(line) > 75:
            out.append(line[:75])
            line = " " + line[75:]
        out.append(line)
    return "\r\n".join(out) + "\r\n"


DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


# --------------------------------------------------------------------------- messages


def mail(
    frm: str,
    to: str,
    subject: str,
    when: datetime,
    body: str | None = None,
    *,
    html: str | None = None,
    cc: str = "",
    msgid: str = "",
    reply_to: str = "",
    in_reply_to: str = "",
    references: str = "",
    charset: str = "utf-8",
    cte: str | None = None,
    attachments: list[tuple[Any, ...]] | None = None,
    headers: list[tuple[str, str]] | None = None,
    outlook: bool = False,
    seed: str = "",
) -> EmailMessage:
    """One message. attachments: (bytes, maintype, subtype, filename) or (EmailMessage,)."""
    msg = EmailMessage()
    for name, value in headers or []:
        msg[name] = value
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    domain = frm.rsplit("@", 1)[-1].rstrip(">").strip()
    msg["Message-ID"] = msgid or mid(
        seed or f"{subject}{when}", domain, "outlook" if outlook else "plain"
    )
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = references or in_reply_to
    msg["MIME-Version"] = "1.0"
    if outlook:
        msg["Thread-Topic"] = re.sub(r"^((RE|FW|Fwd|Re|Fw):\s*)+", "", subject)
        msg["Content-Language"] = "en-GB"
        msg["X-MS-Has-Attach"] = "yes" if attachments else ""
        msg["X-MS-Exchange-Organization-SCL"] = "-1"
    if body is not None:
        if charset == "utf-8" and cte is None:
            msg.set_content(body)
        else:
            msg.set_content(body, charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    for att in attachments or []:
        if isinstance(att[0], EmailMessage):
            msg.add_attachment(att[0])
        else:
            payload, maintype, subtype, filename = att
            msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename=filename)
    return msg


def pdf_att(data: bytes, filename: str) -> tuple[bytes, str, str, str]:
    return (data, "application", "pdf", filename)


def docx_att(data: bytes, filename: str) -> tuple[bytes, str, str, str]:
    return (data, DOCX_TYPE[0], DOCX_TYPE[1], filename)


def auth(
    spf: str = "pass",
    dkim: str = "pass",
    dmarc: str = "pass",
    header_from: str = "cafcass.gov.uk",
    mailfrom: str = "",
) -> tuple[str, str]:
    mailfrom = mailfrom or f"bounce@{header_from}"
    return (
        "Authentication-Results",
        f"mx1.council.example.gov.uk; spf={spf} smtp.mailfrom={mailfrom}; "
        f"dkim={dkim} header.d={header_from}; dmarc={dmarc} "
        f"action={'quarantine' if dmarc == 'fail' else 'none'} header.from={header_from}",
    )


# --------------------------------------------------------------------------- registry


@dataclass
class Case:
    slug: str
    raw: bytes
    expected: dict[str, Any]


CASES: list[Case] = []


def _fix_boundaries(msg: EmailMessage, number: int) -> None:
    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart" and part.get_boundary() is None:
            part.set_boundary(f"=_caseclock_{number:03d}_{i:02d}_=")


def add(
    slug: str,
    msg: EmailMessage | bytes | str,
    *,
    kind: str,
    subtype: str | None = None,
    case: str | None = None,
    child: str | None = None,
    dob: str | None = None,
    la_ref: str | None = None,
    dates: dict[str, Any] | None = None,
    sent: str,
    trust: str = "trusted",
    notes: str,
    fwd: bool = False,
    crlf: bool = False,
) -> None:
    """Register one mail with its expected facts. fwd=True: sent differs from Date."""
    number = len(CASES) + 1
    assert kind in KINDS and subtype in KINDS[kind], (slug, kind, subtype)
    assert case is None or CASE_RE.match(case), (slug, case)
    assert la_ref is None or re.fullmatch(r"\d{6,8}", la_ref), (slug, la_ref)
    assert trust in {"trusted", "untrusted"}, slug
    for key, value in (dates or {}).items():
        assert key in DATE_KEYS, (slug, key)
        if key == "filing_deadlines":
            for item in value:
                assert _d(item["due"]).weekday() < 5, (slug, item)
                assert item["document"] in KINDS, (slug, item)
        else:
            day = _d(value)
            if key in {"cmh", "irh", "final_hearing", "review_date"}:
                assert day.weekday() < 5, (slug, key, value)
    if dob:
        _d(dob)
    if isinstance(msg, EmailMessage):
        _fix_boundaries(msg, number)
        raw = msg.as_bytes(policy=POLICY.clone(linesep="\r\n" if crlf else "\n"))
    else:
        raw = msg.encode("utf-8") if isinstance(msg, str) else msg
        if crlf:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    header_date = message_from_bytes(raw, policy=POLICY).get("Date")
    if header_date and not fwd:
        local = parsedate_to_datetime(str(header_date)).astimezone(LONDON).date().isoformat()
        assert local == sent, (slug, local, sent)
    expected = {
        "kind": kind,
        "subtype": subtype,
        "case_number": case,
        "child": {"name": child, "dob": dob, "la_ref": la_ref},
        "dates": dates or {},
        "sent_at_date": sent,
        "trust": trust,
        "notes": notes,
    }
    CASES.append(Case(f"{number:03d}-{slug}", raw, expected))


# =========================================================================== cast
# Invented people. Phone numbers are from Ofcom's drama ranges.

CAF_BS = "Cafcass West Midlands Business Support <wm.publiclaw.bs@cafcass.gov.uk>"
CAF_LEGAL = "Cafcass Legal <cafcass.legal@cafcass.gov.uk>"
COURT = "Westmere Family Court <family.westmere@justice.gov.uk>"
COURT_WV = "Family Court at Wolverhampton <wolverhampton.family@justice.gov.uk>"
LEGAL = "Childcare Legal Team <childcare.legal@council.example.gov.uk>"
RCPU_BS = "Review Unit Business Support <rcpu.admin@council.example.gov.uk>"


# =========================================================================== kinds


def cafcass_allocations() -> None:
    when = dt("2026-12-16 11:42")
    add(
        "cafcass-allocation-plain",
        mail(
            CAF_BS,
            MB,
            "Allocation of Children's Guardian - Amelia Hart - BM26C50123",
            when,
            f"""Dear IRO Manager,

Re: Amelia HART  DOB: 02/03/2015
Case number: BM26C50123
Court: Westmere Family Court
Local Authority: {COUNCIL}

In line with the Cafcass and IRO Good Practice Protocol, please be advised that the following Children's Guardian has been allocated to the above child:

Children's Guardian:  Ruth Okafor
Email:                ruth.okafor@cafcass.gov.uk
Mobile:               07700 900123
Office:               0121 496 0123
Team Manager:         Graham Tetley

The Case Management Hearing is listed on {long("2027-01-07")} at 10:00am.

Could you please let us have the name and contact details of the allocated IRO so that the Guardian can make contact before the CMH.

Many thanks

Jas Kaur
Business Support Officer
Cafcass West Midlands
{CAFCASS_FOOTER}""",
            headers=[auth()],
        ),
        kind="cafcass_allocation",
        case="BM26C50123",
        child="Amelia Hart",
        dob="2015-03-02",
        dates={"cmh": "2027-01-07"},
        sent="2026-12-16",
        notes="Baseline: Cafcass Business Support template in plain text. Surname in capitals in the mail; label uses normal case.",
    )

    when = dt("2026-12-21 09:05")
    html = f"""<html><head><meta charset="utf-8"><style>td {{border:1px solid #999;padding:4px}}</style></head>
<body><p>Good morning,</p>
<p>Please find below details of the Children&#8217;s Guardian allocated to this case.</p>
<table cellspacing="0">
<tr><td><b>Child&#8217;s name</b></td><td>Tyler QUINN</td></tr>
<tr><td><b>Date of birth</b></td><td>20/11/2019</td></tr>
<tr><td><b>Case No:</b></td><td>BM26 C 50231</td></tr>
<tr><td><b>Local Authority</b></td><td>Westmere MBC</td></tr>
<tr><td><b>Allocated Children&#8217;s Guardian</b></td><td>Siobh&aacute;n Kearney</td></tr>
<tr><td><b>Direct line</b></td><td>0121 496 0457</td></tr>
<tr><td><b>Mobile</b></td><td>07700 900457</td></tr>
<tr><td><b>Email</b></td><td><a href="mailto:siobhan.kearney@cafcass.gov.uk">siobhan.kearney@cafcass.gov.uk</a></td></tr>
<tr><td><b>CMH</b></td><td>{slash("2027-01-13")} 2pm, Westmere Family Court</td></tr>
</table>
<p>Kind regards,<br>Business Support<br>Cafcass West Midlands</p>
<p style="font-size:8pt;color:#777">This email is intended only for the named recipient(s).</p>
</body></html>"""
    add(
        "cafcass-allocation-html-table",
        mail(
            CAF_BS, MB, "Guardian allocation: QUINN BM26C50231", when, html=html, headers=[auth()]
        ),
        kind="cafcass_allocation",
        case="BM26C50231",
        child="Tyler Quinn",
        dob="2019-11-20",
        dates={"cmh": "2027-01-13"},
        sent="2026-12-21",
        notes="HTML-only body, facts in a table; case number written 'BM26 C 50231' in the table; name with HTML entity (Siobh&aacute;n); numeric date DD/MM/YYYY.",
    )

    orig = dt("2027-01-04 15:31")
    fwd = dt("2027-01-05 08:47")
    body = (
        "Hi all, please see below from Cafcass - can this go on the child's file and to the IRO manager for an IRO allocation please.\n\nThanks\nMegan\n\n"
        "Megan Holloway | Paralegal | Childcare Legal Team | Westmere MBC | 0121 496 0871\n\n"
        + outlook_block(
            "WM Public Law BS <wm.publiclaw.bs@cafcass.gov.uk>",
            orig,
            "Childcare Legal Team <childcare.legal@council.example.gov.uk>",
            "Notification of allocated Children's Guardian - Kacper Nowak",
        )
        + """Dear Colleagues

Child: Kacper Nowak (d.o.b. 09.01.2017)
Family Court case no. BM26C50377

The Children's Guardian allocated is Julia Fenwick, who can be contacted on 07700 900377 or julia.fenwick@cafcass.gov.uk.

Please forward to the Independent Reviewing Officer service.

Regards
Cafcass Business Support
"""
    )
    add(
        "cafcass-allocation-fwd-outlook-by-legal",
        mail(
            "Megan Holloway <megan.holloway@council.example.gov.uk>",
            MB,
            "FW: Notification of allocated Children's Guardian - Kacper Nowak",
            fwd,
            body,
            outlook=True,
        ),
        kind="cafcass_allocation",
        case="BM26C50377",
        child="Kacper Nowak",
        dob="2017-01-09",
        sent="2027-01-04",
        fwd=True,
        notes="Outlook forward with pasted From/Sent/To/Subject block; sent_at is the Cafcass mail's date (4 Jan), not the forward's (5 Jan). DOB with dots. Trusted because a council staff member forwards.",
    )

    when = dt("2026-11-30 14:20")
    body = f"""Dear Sir/Madam

RE:  Zoë Lindqvist  (born 14/07/2012)
Case number: wv26c00418 - Family Court sitting at Wolverhampton

I am writing to let you know that the Children’s Guardian for Zoë is Adebayo Mensah. Adebayo’s contact details are:
  • mobile 07700 900418
  • email adebayo.mensah@cafcass.gov.uk

The Guardian will be in touch with the allocated IRO before the CMH on {ordinal("2026-12-10")}.

Yours faithfully

Business Support – Cafcass
"""
    add(
        "cafcass-allocation-cp1252-qp",
        mail(
            "Cafcass Business Support <westmids.bs@cafcass.gov.uk>",
            MB,
            "Children’s Guardian allocation – Zoë Lindqvist",
            when,
            body,
            charset="windows-1252",
            cte="quoted-printable",
            headers=[auth()],
        ),
        kind="cafcass_allocation",
        case="WV26C00418",
        child="Zoë Lindqvist",
        dob="2012-07-14",
        dates={"cmh": "2026-12-10"},
        sent="2026-11-30",
        notes="windows-1252 quoted-printable body with curly quotes, bullets and ë; subject RFC 2047 encoded; case number in lower case; CMH as '10th December 2026'.",
    )

    when = dt("2027-01-11 07:58")
    add(
        "cafcass-allocation-spoofed-freemail",
        mail(
            "Cafcass Business Support <cafcass.allocations.team@mail.example.com>",
            MB,
            "Allocation of Children's Guardian - Grace Adeyemi BM26C50612",
            when,
            """Dear IRO Manager

Re: Grace Adeyemi DOB 07/07/2019, case number BM26C50612

The Children's Guardian allocated is Peter Langford, tel 07700 900612.
Please send the IRO details by reply to this email address as our usual mailbox is down.

Cafcass Business Support
""",
        ),
        kind="cafcass_allocation",
        case="BM26C50612",
        child="Grace Adeyemi",
        dob="2019-07-07",
        sent="2027-01-11",
        trust="untrusted",
        notes="Looks like a Cafcass allocation but comes from a free-mail style address with the display name 'Cafcass Business Support': untrusted. Kind is still read from the content.",
    )

    when = dt("2027-01-12 10:15")
    add(
        "cafcass-allocation-dmarc-fail",
        mail(
            CAF_BS,
            MB,
            "Allocation of Children's Guardian - Isla Mahmood - BM26C50689",
            when,
            f"""Dear IRO Manager,

Child: Isla Mahmood, DOB 25/01/2016
Case number: BM26C50689

The allocated Children's Guardian is Ruth Okafor (ruth.okafor@cafcass.gov.uk, 07700 900123).
CMH: {long("2027-01-28")}.

Kind regards
Business Support
""",
            headers=[
                auth(spf="fail", dkim="none", dmarc="fail", mailfrom="mailer@relay.example.net")
            ],
        ),
        kind="cafcass_allocation",
        case="BM26C50689",
        child="Isla Mahmood",
        dob="2016-01-25",
        dates={"cmh": "2027-01-28"},
        sent="2027-01-12",
        trust="untrusted",
        notes="From header says cafcass.gov.uk but Authentication-Results has spf=fail and dmarc=fail: untrusted.",
    )

    when = dt("2027-01-18 13:02")
    add(
        "cafcass-allocation-sibling-group",
        mail(
            CAF_BS,
            MB,
            "Allocation - Brennan children - BM26C50402",
            when,
            f"""Dear IRO Manager,

Re: the Brennan children
  Leah Brennan   DOB 30/05/2014
  Noah Brennan   DOB 11/02/2020
Case number BM26C50402

The Children's Guardian allocated to both children is Julia Fenwick (julia.fenwick@cafcass.gov.uk / 07700 900377).
The CMH is listed on {dmy("2027-02-02")}.

Please let us know the allocated IRO(s).

Kind regards
Jas Kaur
Business Support Officer, Cafcass
""",
            headers=[auth()],
        ),
        kind="cafcass_allocation",
        case="BM26C50402",
        dates={"cmh": "2027-02-02"},
        sent="2027-01-18",
        notes="Sibling group: two children in one mail. The record holds one child, so child is left null rather than guessing; the case number links it.",
    )

    when = dt("2027-02-01 16:40")
    form = pdf(
        "Notification of Allocated Children's Guardian",
        [
            "To: Independent Reviewing Officer Service, Westmere MBC",
            "## Child",
            "Name: Sofia MARIN\nDate of birth: 05/10/2016\nCourt: Westmere Family Court\nCase number: BM26C50555",
            "## Children's Guardian",
            "Name: Adebayo Mensah\nTelephone: 07700 900418\nEmail: adebayo.mensah@cafcass.gov.uk\nTeam: Westmere Public Law Team 1",
            f"Date of allocation: {slash('2027-02-01')}",
            f"Case Management Hearing: {long('2027-02-16')}",
        ],
        header="Cafcass - OFFICIAL-SENSITIVE",
    )
    add(
        "cafcass-allocation-pdf-only",
        mail(
            CAF_BS,
            MB,
            "Guardian allocation notification",
            when,
            "Good afternoon,\n\nPlease see the attached allocation notification.\n\nRegards\nCafcass Business Support\n",
            attachments=[pdf_att(form, "Allocation notification.pdf")],
            headers=[auth()],
        ),
        kind="cafcass_allocation",
        case="BM26C50555",
        child="Sofia Marin",
        dob="2016-10-05",
        dates={"cmh": "2027-02-16"},
        sent="2027-02-01",
        notes="All facts only inside the PDF attachment; the subject and body carry nothing.",
    )

    when = dt("2027-01-06 12:10")
    add(
        "cafcass-allocation-guardian-introduces-self",
        mail(
            "=?utf-8?q?Siobh=C3=A1n_Kearney?= <siobhan.kearney@cafcass.gov.uk>",
            MB,
            "Tyler Quinn - Children's Guardian",
            when,
            f"""Hello,

I have been appointed as Children's Guardian for Tyler Quinn (DOB 20.11.2019), case number BM26C50231, and I would like to speak to the IRO before the CMH on {dm("2027-01-13")}.

I am usually in the office on Tuesdays and Thursdays. My mobile is 07700 900457.

Many thanks,
Siobhán

Siobhán Kearney
Children's Guardian | Cafcass
""",
            headers=[auth()],
        ),
        kind="cafcass_allocation",
        case="BM26C50231",
        child="Tyler Quinn",
        dob="2019-11-20",
        dates={"cmh": "2027-01-13"},
        sent="2027-01-06",
        notes="The guardian names herself rather than Business Support; display name is an RFC 2047 encoded word (Siobhán). CMH given as '13 January' with the year from context.",
    )

    when = dt("2027-03-09 10:30")
    add(
        "cafcass-allocation-change-of-guardian",
        mail(
            CAF_BS,
            MB,
            "CHANGE OF GUARDIAN - Case number BM 26 C 50555 - MARIN",
            when,
            """Dear Colleague

Please note that Adebayo Mensah is no longer able to act as Children's Guardian for Sofia Marin (DOB 5 October 2016).

With effect from today the case has been re-allocated to:

Guardian: Hannah Whitlock
Tel: 0121 496 0555
Mob: 07700 900555
hannah.whitlock@cafcass.gov.uk

Apologies for any inconvenience.

Cafcass Business Support (West Midlands)
""",
            headers=[auth()],
        ),
        kind="cafcass_allocation",
        case="BM26C50555",
        child="Sofia Marin",
        dob="2016-10-05",
        sent="2027-03-09",
        notes="Re-allocation to a new guardian; case number written 'BM 26 C 50555'; DOB in words.",
    )

    orig = dt("2027-02-22 17:12")
    fwd = dt("2027-02-23 09:01")
    body = (
        "FYI - for the allocation log.\n\nPriya\n\n"
        + gmail_block(
            "Cafcass Business Support <wm.publiclaw.bs@cafcass.gov.uk>",
            orig,
            "priya.raman@council.example.gov.uk",
            "Guardian allocated: Poppy Evans",
        )
        + """Hi Priya

Poppy Evans, DOB 06/06/2020 - WV27C00022

Guardian: Adebayo Mensah, 07700 900418, adebayo.mensah@cafcass.gov.uk

Please pass to the IRO service.
Thanks
BS
"""
    )
    add(
        "cafcass-allocation-fwd-gmail-style",
        mail(
            "Priya Raman <priya.raman@council.example.gov.uk>",
            MB,
            "Fwd: Guardian allocated: Poppy Evans",
            fwd,
            body,
        ),
        kind="cafcass_allocation",
        case="WV27C00022",
        child="Poppy Evans",
        dob="2020-06-06",
        sent="2027-02-22",
        fwd=True,
        notes="Gmail-style '---------- Forwarded message ---------' block from a council social worker; original date in Gmail format ('Mon, 22 Feb 2027 at 5:12 PM').",
    )

    when = dt("2027-03-15 14:03")
    body = f"""Dear IRO Service,

Re: Reuben CLARKE, DOB 14/03/2014, Case No: BM27C50088

The allocated Children's Guardian is Peter Langford.
Telephone 0121 496 0088 / 07700 900088
Email peter.langford@cafcass.gov.uk

The CMH is listed on {ordinal("2027-03-30")} at Westmere Family Court.

Kind regards
Cafcass Business Support
"""
    add(
        "cafcass-allocation-base64-encoded-subject",
        mail(
            CAF_BS,
            MB,
            "Allocation of Children’s Guardian — Reuben Clarke (BM27C50088)",
            when,
            body,
            cte="base64",
            headers=[auth()],
        ),
        kind="cafcass_allocation",
        case="BM27C50088",
        child="Reuben Clarke",
        dob="2014-03-14",
        dates={"cmh": "2027-03-30"},
        sent="2027-03-15",
        notes="Body is base64-encoded UTF-8; subject needs RFC 2047 (curly apostrophe, em dash).",
    )


def iro_allocations() -> None:
    when = dt("2026-12-17 09:20")
    add(
        "iro-allocation-to-cafcass-cc-mailbox",
        mail(
            "Sandra Whitfield <sandra.whitfield@council.example.gov.uk>",
            "wm.publiclaw.bs@cafcass.gov.uk",
            "RE: Allocation of Children's Guardian - Amelia Hart - BM26C50123",
            when,
            """Good morning

Thank you for letting us know that Ruth Okafor is the Guardian for Amelia.

The allocated Independent Reviewing Officer for Amelia Hart (DOB 02/03/2015, LCS ID 1048213) is:

Helen Marsh, Independent Reviewing Officer
Tel: 0121 496 0311   Mobile: 07700 900311
helen.marsh@council.example.gov.uk

Helen will expect to hear from Ruth before the CMH.
"""
            + sig(
                "Sandra Whitfield",
                "IRO Service Manager",
                email="sandra.whitfield@council.example.gov.uk",
            ),
            cc=MB,
            outlook=True,
        ),
        kind="iro_allocation",
        case="BM26C50123",
        child="Amelia Hart",
        dob="2015-03-02",
        la_ref="1048213",
        sent="2026-12-17",
        notes="The IRO manager's reply to Cafcass, copied to the mailbox; the subject still says 'Allocation of Children's Guardian' but the content names the IRO.",
    )

    when = dt("2027-01-13 15:47")
    add(
        "iro-allocation-internal-notice",
        mail(
            RCPU_BS,
            "Mark Ellery <mark.ellery@council.example.gov.uk>",
            "New IRO allocation - Kacper NOWAK (LCS ID 1060412)",
            when,
            """Hi Mark,

You have been allocated as IRO for the following child:

Name: Kacper Nowak
DOB: 09/01/2017
LCS ID: 1060412
Legal status: ICO (proceedings BM26C50377)
Social worker: Tom Ashdown, Family Support and Protection Team 3

Cafcass have been told that you are the named IRO (Guardian: Julia Fenwick).

Thanks
Dawn
Review Unit Business Support
""",
            cc=MB,
        ),
        kind="iro_allocation",
        case="BM26C50377",
        child="Kacper Nowak",
        dob="2017-01-09",
        la_ref="1060412",
        sent="2027-01-13",
        notes="Internal allocation notice from review unit business support; the guardian's name also appears (distractor for cafcass_allocation).",
    )

    orig = dt("2026-12-21 09:05")
    when = dt("2026-12-22 11:30")
    quoted = quote(
        """Good morning,
Please find below details of the Children's Guardian allocated to this case.
Child's name: Tyler QUINN
Date of birth: 20/11/2019
Case No: BM26 C 50231
Allocated Children's Guardian: Siobhán Kearney
Mobile: 07700 900457
Kind regards,
Business Support
Cafcass West Midlands""",
        f"On {long(orig.date().isoformat())} at 09:05, WM Public Law BS <wm.publiclaw.bs@cafcass.gov.uk> wrote:",
    )
    add(
        "iro-allocation-reply-quoting-cafcass",
        mail(
            "IRO Reviews <iro.reviews@council.example.gov.uk>",
            "wm.publiclaw.bs@cafcass.gov.uk",
            "Re: Guardian allocation: QUINN BM26C50231",
            when,
            """Dear Business Support,

The IRO allocated to Tyler is Mark Ellery (mark.ellery@council.example.gov.uk, 0121 496 0312 / 07700 900312). Tyler's Mosaic ID is 1052277.

Regards
Dawn Pickering
Review Unit Business Support

"""
            + quoted,
            in_reply_to="<b7e1c0aa.quinn@cafcass.gov.uk>",
        ),
        kind="iro_allocation",
        case="BM26C50231",
        child="Tyler Quinn",
        dob="2019-11-20",
        la_ref="1052277",
        sent="2026-12-22",
        notes="A reply (not a forward) naming the IRO, with the Cafcass allocation quoted below: the kind is the new text's, sent_at is the reply's own date. Sent from the mailbox address itself (copy in Sent Items).",
    )

    when = dt("2027-02-03 10:02")
    html = """<html><body><p>Dear Cafcass colleagues,</p>
<p>Please note the IRO details for the child below.</p>
<table border="1" cellpadding="4">
<tr><th>Child</th><th>DOB</th><th>Child ID</th><th>Case number</th><th>Named IRO</th><th>Contact</th></tr>
<tr><td>Grace Adeyemi</td><td>07/07/2019</td><td>1067730</td><td>BM26C50612</td><td>Fatima Begum</td><td>07700 900313<br>fatima.begum@council.example.gov.uk</td></tr>
</table>
<p>Regards,<br>Sandra Whitfield<br>IRO Service Manager</p></body></html>"""
    add(
        "iro-allocation-html-table",
        mail(
            "Sandra Whitfield <sandra.whitfield@council.example.gov.uk>",
            "wm.publiclaw.bs@cafcass.gov.uk",
            "Named IRO - Grace Adeyemi",
            when,
            html=html,
            cc=MB,
        ),
        kind="iro_allocation",
        case="BM26C50612",
        child="Grace Adeyemi",
        dob="2019-07-07",
        la_ref="1067730",
        sent="2027-02-03",
        notes="HTML-only; the LA child identifier is in a table column headed 'Child ID'.",
    )

    when = dt("2027-03-01 09:15")
    add(
        "iro-allocation-change-of-iro",
        mail(
            "Sandra Whitfield <sandra.whitfield@council.example.gov.uk>",
            "adebayo.mensah@cafcass.gov.uk",
            "Change of IRO - Zoe Lindqvist (WV26C00418)",
            when,
            """Dear Adebayo

I am writing to let you know that Zoe's IRO is changing. Jonathan Pike is leaving the service and his cases are being re-allocated and from today Zoe Lindqvist's IRO will be Fatima Begum (07700 900313, fatima.begum@council.example.gov.uk).

Zoe's LA ref is 1039955 should you need it.
"""
            + sig("Sandra Whitfield", "IRO Service Manager"),
            cc=MB,
            outlook=True,
        ),
        kind="iro_allocation",
        case="WV26C00418",
        child="Zoe Lindqvist",
        la_ref="1039955",
        sent="2027-03-01",
        notes="Change of IRO; the name is written without the diaeresis here (Zoe), label follows the mail. No DOB in this mail.",
    )


def looked_after_starts() -> None:
    when = dt("2027-01-13 16:55")
    add(
        "lac-start-plain-s20",
        mail(
            "Tom Ashdown <tom.ashdown@council.example.gov.uk>",
            MB,
            "New LAC notification - Kacper Nowak",
            when,
            f"""Hi

Just to let the Review Unit know that Kacper Nowak (DOB 09/01/2017, LCS ID 1060412) became looked after on {long("2027-01-12")} under section 20.

He is placed with foster carers Mr and Mrs Achterberg (in-house, Westmere Fostering), placement start 12/01/2027. Mum signed the s20 consent at the office.

Could you let me know the IRO and a date for the initial review please.

Thanks
Tom

Tom Ashdown
Social Worker, Family Support and Protection Team 3
Westmere Children's Services
07700 900141
""",
            outlook=True,
        ),
        kind="looked_after_start",
        child="Kacper Nowak",
        dob="2017-01-09",
        la_ref="1060412",
        dates={"looked_after_from": "2027-01-12"},
        sent="2027-01-13",
        notes="Baseline looked-after notification from the social worker.",
    )

    when = dt("2026-12-15 10:21")
    html = f"""<html><body style="font-family:Arial">
<p>Review and Child Protection Unit</p>
<h3>NOTIFICATION OF A CHILD BECOMING LOOKED AFTER</h3>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td>Child's full name</td><td>Amelia Hart</td></tr>
<tr><td>Mosaic ID</td><td>1048213</td></tr>
<tr><td>Date of birth</td><td>02/03/2015</td></tr>
<tr><td>Legal status</td><td>Interim Care Order (s38)</td></tr>
<tr><td>Date became looked after</td><td>{slash("2026-12-14")}</td></tr>
<tr><td>Placement type</td><td>Independent fostering agency</td></tr>
<tr><td>Social worker</td><td>Daniel Pryce, 07700 900142</td></tr>
<tr><td>Team manager</td><td>Lorraine Oduya</td></tr>
<tr><td>Date form completed</td><td>{slash("2026-12-15")}</td></tr>
</table>
<p>Court case number BM26C50123 (ICO made at first hearing).</p>
</body></html>"""
    add(
        "lac-start-html-form",
        mail(
            "Daniel Pryce <daniel.pryce@council.example.gov.uk>",
            MB,
            "LAC notification form",
            when,
            html=html,
            outlook=True,
        ),
        kind="looked_after_start",
        case="BM26C50123",
        child="Amelia Hart",
        dob="2015-03-02",
        la_ref="1048213",
        dates={"looked_after_from": "2026-12-14"},
        sent="2026-12-15",
        notes="HTML-only notification form in a table; the form's completion date (15/12) is a distractor for looked_after_from (14/12).",
    )

    when = dt("2027-02-04 08:30")
    add(
        "lac-start-epo-slash-dates",
        mail(
            "Claire Dunmore <claire.dunmore@council.example.gov.uk>",
            MB,
            "Child now looked after - EPO - Layla Hussain",
            when,
            """Morning all,

Layla Hussain, d.o.b. 09/09/2017, Mosaic ID 1071184, was made subject to an Emergency Protection Order late yesterday afternoon (03/02/2027) and is now looked after. She is in an emergency foster placement with Westmere carers.

Legal are issuing care proceedings today; I will send the case number when we have it.

Claire Dunmore
Senior Social Worker
Assessment Team 1
""",
        ),
        kind="looked_after_start",
        child="Layla Hussain",
        dob="2017-09-09",
        la_ref="1071184",
        dates={"looked_after_from": "2027-02-03"},
        sent="2027-02-04",
        notes="EPO; the date is given both as 'yesterday' and 03/02/2027 (DD/MM, so 3 February, not 2 March).",
    )

    orig = dt("2027-03-02 17:48")
    fwd = dt("2027-03-03 09:12")
    body = (
        "Please log - apologies, I thought Jack had already sent this.\n\nLorraine\n\n"
        + original_block("Jack Ferris", orig, "Lorraine Oduya", "Harvey Dunn - accommodated today")
        + """Lorraine,

Harvey Dunn (born 17 June 2011), LCS ID 1033390, was accommodated under s20 today following the breakdown of the arrangement with his father. He is at Oakfield children's home (Westmere).

Can you pass to the IRO unit please as I am on leave tomorrow.

Jack
"""
    )
    add(
        "lac-start-fwd-original-message",
        mail(
            "Lorraine Oduya <lorraine.oduya@council.example.gov.uk>",
            MB,
            "FW: Harvey Dunn - accommodated today",
            fwd,
            body,
        ),
        kind="looked_after_start",
        child="Harvey Dunn",
        dob="2011-06-17",
        la_ref="1033390",
        dates={"looked_after_from": "2027-03-02"},
        sent="2027-03-02",
        fwd=True,
        notes="Outlook '-----Original Message-----' forward by the team manager; 'today' in the forwarded mail means its own Sent date (Tuesday 2 March 2027), not the forward's date.",
    )

    when = dt("2027-02-09 11:05")
    add(
        "lac-start-relative-yesterday",
        mail(
            "Priya Raman <priya.raman@council.example.gov.uk>",
            MB,
            "Ava Sandhu - now LAC",
            when,
            """Hi,

Ava Sandhu (DOB 28/03/2018) came into care yesterday, Section 20, placed with her maternal aunt under a connected persons (Reg 24) arrangement. Her Child ID is 1069921.

Please can an IRO be allocated.

Thanks, Priya
""",
        ),
        kind="looked_after_start",
        child="Ava Sandhu",
        dob="2018-03-28",
        la_ref="1069921",
        dates={"looked_after_from": "2027-02-08"},
        sent="2027-02-09",
        notes="Start date only as 'yesterday': derivable from the mail's own date (Tue 9 Feb 2027) as Mon 8 Feb 2027.",
    )

    when = dt("2027-04-06 12:40")
    form = docx(
        "Notification: Child Becoming Looked After",
        [
            "To: Review and Child Protection Unit (iro.reviews@council.example.gov.uk)",
            "## Child's details",
        ],
        table=[
            ["Name", "Oliver Price"],
            ["Date of birth", "02/02/2013"],
            ["LCS ID", "1029874"],
            ["Date looked after from", ordinal("2027-04-01")],
            ["Legal status", "Section 20"],
            ["Placement", "Foster care (IFA - Brightwater Fostering)"],
            ["Social worker", "Jack Ferris"],
            ["Date of notification", slash("2027-04-06")],
        ],
    )
    add(
        "lac-start-docx-only",
        mail(
            "Jack Ferris <jack.ferris@council.example.gov.uk>",
            MB,
            "LAC form",
            when,
            "Please see attached.\n\nJack\n",
            attachments=[docx_att(form, "LAC notification - OP.docx")],
        ),
        kind="looked_after_start",
        child="Oliver Price",
        dob="2013-02-02",
        la_ref="1029874",
        dates={"looked_after_from": "2027-04-01"},
        sent="2027-04-06",
        notes="Every fact is in the DOCX table; the notification arrives after the two-working-day window (a compliance point, not a label).",
    )

    when = dt("2027-05-10 14:14")
    body = """Bonjour / Hello,

Please note Siân Pritchard (DOB 12/12/2010, LA ref 1018842) became looked after on 07/05/2027. She is placed at Maesglas residential unit.

Siân has asked that her review is held after school hours.

Regards,
Noémie Laurent
Social Worker, Adolescent Support Team
"""
    add(
        "lac-start-latin1",
        mail(
            "=?iso-8859-1?q?No=E9mie_Laurent?= <noemie.laurent@council.example.gov.uk>",
            MB,
            "=?iso-8859-1?q?Looked_after_notification_-_Si=E2n_Pritchard?=",
            when,
            body,
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
        kind="looked_after_start",
        child="Siân Pritchard",
        dob="2010-12-12",
        la_ref="1018842",
        dates={"looked_after_from": "2027-05-07"},
        sent="2027-05-10",
        notes="ISO-8859-1 quoted-printable body; ISO-8859-1 RFC 2047 encoded subject and sender name (Siân, Noémie).",
    )

    when = dt("2027-03-05 18:22")
    add(
        "lac-start-remand",
        mail(
            "Grant Oyelaran <grant.oyelaran@council.example.gov.uk>",
            MB,
            "Remand to LA accommodation - Callum Reid",
            when,
            f"""Dear colleagues,

Callum Reid (DOB 12/12/2009, LCS ID 1011457) appeared at Westmere Youth Court today and was remanded to local authority accommodation. Callum was not previously looked after; he becomes looked after by virtue of the remand from {dmy("2027-03-05")}.

He has been placed at Hollybank (secure children's home out of area). Next hearing at the Crown Court, date to be fixed.

Grant Oyelaran
Youth Justice Service
""",
        ),
        kind="looked_after_start",
        child="Callum Reid",
        dob="2009-12-12",
        la_ref="1011457",
        dates={"looked_after_from": "2027-03-05"},
        sent="2027-03-05",
        notes="A remand makes a child who was not looked after become looked after: this is a looked_after_start, not a significant_event/offence, because the mail says he was not previously looked after.",
    )

    when = dt("2027-01-08 13:33")
    add(
        "lac-start-late-notification",
        mail(
            "Priya Raman <priya.raman@council.example.gov.uk>",
            MB,
            "Late notification - Maisie Thornton",
            when,
            f"""Hi Review Unit

Apologies - I have just realised that I didn't notify you. Maisie Thornton (DOB 19/08/2015) came into care on the {ordinal("2026-12-02")} (s20, placed with in-house foster carers). Child ID 1066025.

Her initial review will need to be arranged urgently. I am free most of next week apart from Wed 13 Jan.

Priya
""",
        ),
        kind="looked_after_start",
        child="Maisie Thornton",
        dob="2015-08-19",
        la_ref="1066025",
        dates={"looked_after_from": "2026-12-02"},
        sent="2027-01-08",
        notes="Late notification: the start date (2 December 2026) is weeks before the mail; 'Wed 13 Jan' is a distractor availability date.",
    )


def court_care_plans() -> None:
    when = dt("2026-12-18 12:05")
    plan = pdf(
        "Interim Care Plan",
        [
            f"{COUNCIL} - Children's Services",
            "Child: Amelia Hart    Date of birth: 02/03/2015",
            "Case number: BM26C50123",
            "## Current placement",
            "Amelia is placed with Fernlea IFA foster carers under an interim care order made on 14 December 2026.",
            "## Contact",
            "Supervised contact with mother three times a week, with father once a week.",
            "## Plan",
            "Parenting assessment of mother; viability assessment of maternal grandmother.",
            f"Date of plan: {slash('2026-12-14')}",
        ],
    )
    add(
        "care-plan-interim-pdf",
        mail(
            LEGAL,
            MB,
            "BM26C50123 Hart - Interim Care Plan",
            when,
            f"""Dear IRO Service

Please find attached the Interim Care Plan dated {slash("2026-12-14")} for Amelia Hart, filed with the application.

Kind regards
Childcare Legal Team
""",
            attachments=[pdf_att(plan, "ICP Amelia Hart 14.12.26.pdf")],
        ),
        kind="court_care_plan",
        subtype="interim",
        case="BM26C50123",
        child="Amelia Hart",
        dob="2015-03-02",
        dates={"document_date": "2026-12-14"},
        sent="2026-12-18",
        notes="Interim care plan sent by council legal, facts in both body and PDF.",
    )

    when = dt("2027-03-12 15:58")
    plan = pdf(
        "Final Care Plan",
        [
            "IN THE FAMILY COURT SITTING AT WESTMERE   Case No. BM26C50123",
            "Re: Amelia HART (a girl, born 2 March 2015)",
            "## Plan for permanence",
            "Long-term foster care with current carers, subject to a care order.",
            "## Contingency",
            "Special guardianship with maternal grandmother if her assessment becomes positive.",
            "## Contact",
            "Mother: monthly supervised. Father: every other month. Sibling contact to be promoted.",
            f"Dated: {ordinal('2027-03-12')}",
        ],
    )
    add(
        "care-plan-final-pdf-only",
        mail(
            "Megan Holloway <megan.holloway@council.example.gov.uk>",
            MB,
            "Final care plan",
            when,
            "Hi,\n\nFinal care plan as filed and served today attached for the IRO.\n\nMegan\n",
            attachments=[pdf_att(plan, "FCP.pdf")],
            outlook=True,
        ),
        kind="court_care_plan",
        subtype="final",
        case="BM26C50123",
        child="Amelia Hart",
        dob="2015-03-02",
        dates={"document_date": "2027-03-12"},
        sent="2027-03-12",
        notes="Body names no child or case; the child, DOB (in words) and case number are only in the PDF.",
    )

    when = dt("2027-04-20 10:44")
    plan = docx(
        "FINAL CARE PLAN (Amended)",
        [
            "Family Court at Wolverhampton - WV26C00418",
            "Child: Zoë Lindqvist, DOB 14/07/2012",
            "Plan: Zoë to remain in long-term foster care with Mr and Mrs Ojo; care order sought.",
            "This amended plan replaces the final care plan dated 6 April 2027 following the IRH.",
            f"Date: {dmy('2027-04-19')}",
        ],
    )
    add(
        "care-plan-final-amended-docx",
        mail(
            LEGAL,
            MB,
            "Zoë Lindqvist - amended final care plan",
            when,
            "Dear IRO,\n\nPlease see the attached amended final care plan.\n\nChildcare Legal Team\n",
            attachments=[docx_att(plan, "Amended FCP - Lindqvist.docx")],
        ),
        kind="court_care_plan",
        subtype="final",
        case="WV26C00418",
        child="Zoë Lindqvist",
        dob="2012-07-14",
        dates={"document_date": "2027-04-19"},
        sent="2027-04-20",
        notes="Amended final care plan in a DOCX; the earlier plan date (6 April) is a distractor for document_date (19 April).",
    )

    orig = dt("2027-01-22 16:02")
    fwd = dt("2027-01-25 09:30")
    plan = pdf(
        "Interim Care Plan",
        [
            "Child: Tyler Quinn  DOB 20/11/2019  Case: BM26C50231",
            "Placement: connected person (paternal grandparents) - Reg 24.",
            f"Date: {dmy('2027-01-22')}",
        ],
    )
    body = (
        "For Mark (IRO).\n\nDawn\n\n"
        + outlook_block(
            "Childcare Legal Team",
            orig,
            "Review Unit Business Support",
            "QUINN BM26C50231 - updated ICP",
            style="uk_day",
        )
        + "Please find attached the updated interim care plan for Tyler.\n\nThanks\nLegal\n"
    )
    add(
        "care-plan-interim-fwd-outlook",
        mail(
            RCPU_BS,
            MB,
            "FW: QUINN BM26C50231 - updated ICP",
            fwd,
            body,
            attachments=[pdf_att(plan, "ICP Tyler Quinn.pdf")],
        ),
        kind="court_care_plan",
        subtype="interim",
        case="BM26C50231",
        child="Tyler Quinn",
        dob="2019-11-20",
        dates={"document_date": "2027-01-22"},
        sent="2027-01-22",
        fwd=True,
        notes="Outlook forward ('Sent: Friday, 22 January 2027 16:02'); forwarded on Monday 25 Jan.",
    )

    when = dt("2027-02-15 11:11")
    add(
        "care-plan-interim-body-only",
        mail(
            "Claire Dunmore <claire.dunmore@council.example.gov.uk>",
            MB,
            "ICP - Hussain - BM27C50019",
            when,
            f"""IRO - for info, the interim care plan we filed for Layla on {dm("2027-02-12")}:

Placement: remain with current foster carers under ICO.
Contact: mother 2 x weekly supervised at the family centre; father to be assessed.
Assessments: parenting assessment (ISW) and cognitive assessment of mother.

Layla Hussain, DOB 09/09/2017.

Claire
""",
        ),
        kind="court_care_plan",
        subtype="interim",
        case="BM27C50019",
        child="Layla Hussain",
        dob="2017-09-09",
        dates={"document_date": "2027-02-12"},
        sent="2027-02-15",
        notes="Interim care plan summarised in the body only, no attachment; case number only in the subject; 'ICP' abbreviation.",
    )

    when = dt("2027-05-07 09:48")
    plan = pdf(
        "Final Care Plan - Placement for Adoption",
        [
            "Case number: BM27C50012",
            "Child: Ruby-Mae Collins, born 01/12/2024",
            "Plan: adoption. The local authority seeks a care order and a placement order.",
            "Contingency: long-term foster care.",
            f"Date of plan: {dmy('2027-05-06')}",
        ],
    )
    add(
        "care-plan-final-legal-subdomain",
        mail(
            "Anika Shah <anika.shah@legal.council.example.gov.uk>",
            MB,
            "Collins BM27C50012 - Final Care Plan (adoption)",
            when,
            "Dear IRO team\n\nAttached is the final care plan filed yesterday.\n\nAnika Shah\nSolicitor, Legal Services\n",
            attachments=[pdf_att(plan, "Final Care Plan - RMC.pdf")],
        ),
        kind="court_care_plan",
        subtype="final",
        case="BM27C50012",
        child="Ruby-Mae Collins",
        dob="2024-12-01",
        dates={"document_date": "2027-05-06"},
        sent="2027-05-07",
        notes="Sender on a subdomain of the council domain (legal.council.example.gov.uk): trusted. A plan that seeks a placement order is still a care plan, not a final order.",
    )

    when = dt("2027-03-19 17:20")
    plan = pdf(
        "Final Care Plan",
        [
            "Re: Isla Mahmood (DOB 25.01.2016) - case BM26C50689",
            "Plan: rehabilitation to mother under a supervision order.",
            f"Dated {dmy('2027-03-18')}",
        ],
    )
    add(
        "care-plan-final-from-parent-solicitor",
        mail(
            "Okonjo & Reyes Solicitors <family@okonjo-reyes.example.com>",
            MB,
            "Isla Mahmood - LA final care plan (BM26C50689)",
            when,
            """Dear Sirs

We act for the mother. We understand the IRO may not yet have received the local authority's final care plan, a copy of which we attach.

Yours faithfully
Okonjo & Reyes Solicitors
""",
            attachments=[pdf_att(plan, "LA FCP.pdf")],
        ),
        kind="court_care_plan",
        subtype="final",
        case="BM26C50689",
        child="Isla Mahmood",
        dob="2016-01-25",
        dates={"document_date": "2027-03-18"},
        sent="2027-03-19",
        trust="untrusted",
        notes="A genuine-looking final care plan but sent by an external firm of solicitors: untrusted.",
    )

    when = dt("2027-04-01 12:00")
    add(
        "care-plan-final-inline-case-no-lower",
        mail(
            "Tom Ashdown <tom.ashdown@council.example.gov.uk>",
            MB,
            "final care plan kacper",
            when,
            """Hi Mark,

Our final care plan for Kacper Nowak was filed today (case no: bm26c50377). Headline: Kacper to remain in long-term foster care with the Achterbergs; care order sought; contact with mum monthly.

I'll send the document itself once legal have the sealed bundle version.

Tom
""",
        ),
        kind="court_care_plan",
        subtype="final",
        case="BM26C50377",
        child="Kacper Nowak",
        dates={"document_date": "2027-04-01"},
        sent="2027-04-01",
        notes="Social worker describes the final care plan filed 'today' (no attachment); lower-case case number with 'case no:'; first name only in the subject; no DOB.",
    )


def court_directions() -> None:
    when = dt("2027-01-08 14:36")
    order = pdf(
        "CASE MANAGEMENT ORDER",
        [
            "IN THE FAMILY COURT SITTING AT WESTMERE",
            "Case number: BM26C50123",
            "The Children Act 1989 - Re: Amelia Hart (born 2 March 2015)",
            f"Before District Judge Harrow sitting in private on {dmy('2027-01-07')}. This hearing was the Case Management Hearing.",
            "## IT IS ORDERED THAT",
            f"1. The local authority shall file and serve its final evidence and final care plan by 4pm on {dmy('2027-03-12')}.",
            f"2. The parents shall each file and serve a responsive statement by 4pm on {dmy('2027-03-26')}.",
            f"3. The Children's Guardian shall file and serve a final analysis and recommendations by 4pm on {dmy('2027-04-02')}.",
            f"4. The application is listed for an Issues Resolution Hearing on {dmy('2027-04-09')} at 10:00am, time estimate 2 hours.",
            f"5. The application is listed for final hearing on {dmy('2027-05-10')} at 10:00am, time estimate 3 days.",
            "6. A copy of this order shall be sent by the local authority to the Independent Reviewing Officer.",
            f"Dated {dmy('2027-01-07')}",
        ],
        header="SEALED",
    )
    add(
        "directions-cmo-pdf-from-court",
        mail(
            COURT,
            "childcare.legal@council.example.gov.uk",
            "BM26C50123 - Hart - sealed order",
            when,
            "Good afternoon,\n\nPlease find attached the sealed order from the hearing on 7 January 2027.\n\nWestmere Family Court\n"
            + HMCTS_FOOTER,
            cc=MB,
            attachments=[pdf_att(order, "BM26C50123 CMO 07.01.27.pdf")],
            headers=[auth(header_from="justice.gov.uk")],
        ),
        kind="court_directions",
        case="BM26C50123",
        child="Amelia Hart",
        dob="2015-03-02",
        dates={
            "cmh": "2027-01-07",
            "irh": "2027-04-09",
            "final_hearing": "2027-05-10",
            "document_date": "2027-01-07",
            "filing_deadlines": [
                {"document": "court_care_plan", "due": "2027-03-12"},
                {"document": "guardian_report", "due": "2027-04-02"},
            ],
        },
        sent="2027-01-08",
        notes="Sealed case management order as PDF. Filing deadlines listed only for documents the IRO must receive (care plan, guardian's analysis); the parents' statements (26 March) are not a filing deadline for the IRO. document_date is the date the order was made.",
    )

    orig = dt("2027-01-14 12:19")
    fwd = dt("2027-01-14 16:03")
    body = (
        "Dear IRO\n\nDirections from yesterday's CMH in Tyler's case are below, for your diary.\n\n"
        "Anika Shah\nSolicitor | Legal Services | Westmere MBC\n\n"
        + outlook_block(
            "Westmere Family Court <family.westmere@justice.gov.uk>",
            orig,
            "Anika Shah <anika.shah@legal.council.example.gov.uk>",
            "QUINN - BM26C50231 - order 13.01.2027",
        )
        + f"""Dear Ms Shah,

DJ Harrow has approved the following directions made at the Case Management Hearing on 13 January 2027:

1. Permission to the parties to instruct Dr Imogen Vale, consultant clinical psychologist, to undertake a psychological assessment of the mother. Dr Vale's report to be filed and served by 4pm on {ordinal("2027-03-05")}.
2. The Local Authority shall file and serve its final evidence including its final care plan by 4pm on {ordinal("2027-03-19")}.
3. The Children's Guardian shall file and serve her final analysis by 4pm on {ordinal("2027-04-09")}.
4. Issues Resolution Hearing: {ordinal("2027-04-16", weekday=True)} at 2pm (1.5 hours).
5. Final hearing: {ordinal("2027-05-17", weekday=True)}, 4 days, at Westmere Family Court.

The sealed order will follow.

Family Court Listing Team
"""
    )
    add(
        "directions-inline-fwd-by-legal",
        mail(
            "Anika Shah <anika.shah@legal.council.example.gov.uk>",
            MB,
            "FW: QUINN - BM26C50231 - order 13.01.2027",
            fwd,
            body,
            outlook=True,
        ),
        kind="court_directions",
        case="BM26C50231",
        child="Tyler Quinn",
        dates={
            "cmh": "2027-01-13",
            "irh": "2027-04-16",
            "final_hearing": "2027-05-17",
            "filing_deadlines": [
                {"document": "expert_report", "due": "2027-03-05"},
                {"document": "court_care_plan", "due": "2027-03-19"},
                {"document": "guardian_report", "due": "2027-04-09"},
            ],
        },
        sent="2027-01-14",
        fwd=True,
        notes="Directions in the body of a forwarded court email (Outlook pasted header block); ordinal dates ('5th March 2027'); three filing deadlines including an expert report. The order date is not given as a document date (the sealed order 'will follow').",
    )

    when = dt("2027-01-20 10:10")
    html = f"""<html><body>
<p>Dear IRO,</p>
<p>Court timetable for <b>Kacper Nowak</b> (DOB 09/01/2017) &ndash; Case number BM26C50377 &ndash; as set at the CMH on {slash("2027-01-19")}:</p>
<table border="1" cellpadding="5" cellspacing="0">
<thead><tr><th>Step</th><th>Who</th><th>Date</th></tr></thead>
<tbody>
<tr><td>Parenting assessment (ISW) filed</td><td>ISW</td><td>{slash("2027-03-05")}</td></tr>
<tr><td>Final evidence and final care plan</td><td>Local authority</td><td>{slash("2027-04-01")} by 4pm</td></tr>
<tr><td>Final analysis and recommendations</td><td>Children&#39;s Guardian</td><td>{slash("2027-04-15")} by 4pm</td></tr>
<tr><td>Issues Resolution Hearing</td><td>All</td><td>{slash("2027-04-22")} 10:30</td></tr>
<tr><td>Final hearing (3 days)</td><td>All</td><td>{slash("2027-05-24")} 10:00</td></tr>
</tbody></table>
<p>Kind regards,<br>Childcare Legal Team<br>Westmere MBC</p>
</body></html>"""
    add(
        "directions-html-timetable",
        mail(LEGAL, MB, "Court timetable - Nowak", when, html=html),
        kind="court_directions",
        case="BM26C50377",
        child="Kacper Nowak",
        dob="2017-01-09",
        dates={
            "cmh": "2027-01-19",
            "irh": "2027-04-22",
            "final_hearing": "2027-05-24",
            "filing_deadlines": [
                {"document": "expert_report", "due": "2027-03-05"},
                {"document": "court_care_plan", "due": "2027-04-01"},
                {"document": "guardian_report", "due": "2027-04-15"},
            ],
        },
        sent="2027-01-20",
        notes="HTML-only court timetable in a table with DD/MM/YYYY dates; an independent social worker's parenting assessment counts as an expert report.",
    )

    when = dt("2027-02-17 13:25")
    order = docx(
        "ORDER - Case Management Hearing",
        [
            "In the Family Court sitting at Westmere. Case No: BM26C50555",
            "The child: Sofia Marin (a girl, born 5 October 2016)",
            f"Made by HHJ Wren on {dmy('2027-02-16')} at a case management hearing.",
            "## Directions",
            f"1. An independent social worker, Ms Bethany Carr, shall file a parenting assessment of the father by 4pm on {dmy('2027-03-26')}.",
            f"2. The local authority shall file its final care plan and evidence by 4pm on {dmy('2027-04-23')}.",
            f"3. The matter is listed for an IRH on {dmy('2027-05-12')} and a final hearing on {dmy('2027-06-14')} (3 days).",
        ],
    )
    add(
        "directions-docx-only",
        mail(
            "Megan Holloway <megan.holloway@council.example.gov.uk>",
            MB,
            "order",
            when,
            "See attached, thanks\n\nMegan\n",
            attachments=[docx_att(order, "Order 16.02.27.docx")],
        ),
        kind="court_directions",
        case="BM26C50555",
        child="Sofia Marin",
        dob="2016-10-05",
        dates={
            "cmh": "2027-02-16",
            "irh": "2027-05-12",
            "final_hearing": "2027-06-14",
            "document_date": "2027-02-16",
            "filing_deadlines": [
                {"document": "expert_report", "due": "2027-03-26"},
                {"document": "court_care_plan", "due": "2027-04-23"},
            ],
        },
        sent="2027-02-17",
        notes="All facts in a DOCX; subject 'order' and body carry nothing. No guardian filing date is directed.",
    )

    when = dt("2027-02-05 15:10")
    sdo = pdf(
        "STANDARD DIRECTIONS ON ISSUE AND ON ALLOCATION",
        [
            "Family Court at Westmere   Case number BM27C50019",
            "Re: Layla Hussain (born 09/09/2017)",
            "Allocation: District Judge (Gateway).",
            f"The Case Management Hearing is listed on {long('2027-02-23')} at 10:00 at Westmere Family Court, time estimate 1 hour.",
            "The local authority shall serve the application and the annex documents on the parties by 11am on the day after issue.",
            "Cafcass shall allocate a Children's Guardian by the day after issue.",
            f"Made on {dmy('2027-02-05')}",
        ],
    )
    add(
        "directions-standard-directions-on-issue",
        mail(
            COURT,
            "childcare.legal@council.example.gov.uk",
            "SDO BM27C50019 HUSSAIN",
            when,
            "Please see attached Standard Directions on Issue.\n\nFamily Court Gatekeeping Team\n"
            + HMCTS_FOOTER,
            cc=MB,
            attachments=[pdf_att(sdo, "SDO.pdf")],
            headers=[auth(header_from="justice.gov.uk")],
        ),
        kind="court_directions",
        case="BM27C50019",
        child="Layla Hussain",
        dob="2017-09-09",
        dates={"cmh": "2027-02-23", "document_date": "2027-02-05"},
        sent="2027-02-05",
        notes="Standard directions on issue: gives the CMH date; the 'by 11am on the day after issue' service direction is not a dated filing deadline.",
    )

    when = dt("2027-01-29 09:02")
    add(
        "directions-short-dates-year-from-context",
        mail(
            "Anika Shah <anika.shah@legal.council.example.gov.uk>",
            MB,
            "Isla Mahmood BM26C50689 - hearing update",
            when,
            f"""Morning,

Quick update following the CMH yesterday in Isla's case (Isla Mahmood, DOB 25/01/2016).

- LA final evidence and final care plan due {short("2027-03-19")} by 4pm
- Guardian's final analysis due {short("2027-03-25")}
- IRH {short("2027-04-07")} at 10am (2 hrs)
- Final hearing listed for 3 days w/c {dm("2027-05-10")}, start time to be confirmed

Order to follow once sealed.

Anika
""",
        ),
        kind="court_directions",
        case="BM26C50689",
        child="Isla Mahmood",
        dob="2016-01-25",
        dates={
            "cmh": "2027-01-28",
            "irh": "2027-04-07",
            "filing_deadlines": [
                {"document": "court_care_plan", "due": "2027-03-19"},
                {"document": "guardian_report", "due": "2027-03-25"},
            ],
        },
        sent="2027-01-29",
        notes="Dates like 'Fri 19 Mar' take their year (2027) from the mail's date; CMH is 'yesterday' (Thu 28 Jan). The final hearing is only 'w/c 10 May', start to be confirmed, so final_hearing is not asserted.",
    )

    when = dt("2027-03-30 11:47")
    add(
        "directions-final-hearing-relisted",
        mail(
            COURT_WV,
            MB,
            "Notice of hearing – Zoë Lindqvist – WV26C00418",
            when,
            f"""NOTICE OF HEARING

Case number: WV26C00418
Re: Zoë Lindqvist

TAKE NOTICE that the final hearing listed on {dmy("2027-04-12")} has been vacated owing to lack of judicial availability.

The final hearing is relisted on {long("2027-05-24")} at 10:30am at the Family Court sitting at Wolverhampton, time estimate 3 days.

Listing Office, Family Court at Wolverhampton
"""
            + HMCTS_FOOTER,
            headers=[auth(header_from="justice.gov.uk")],
        ),
        kind="court_directions",
        case="WV26C00418",
        child="Zoë Lindqvist",
        dates={"final_hearing": "2027-05-24"},
        sent="2027-03-30",
        notes="Notice of hearing: the vacated date (12 April) is a distractor; final_hearing is the relisted date. UTF-8 encoded subject (Zoë, en dashes).",
    )

    when = dt("2027-01-18 16:20")
    add(
        "directions-on-papers-case-number-spaced",
        mail(
            "Family Court at Coventry <coventry.family@justice.gov.uk>",
            MB,
            "=?utf-8?b?T2tvcm8g4oCTIGRpcmVjdGlvbnMgb24gdGhlIHBhcGVycw==?=",
            when,
            f"""Case number CV 26 C 00731
Re: Ellis Okoro (DOB 22/04/2013)

Upon the court considering the local authority's C2 application on the papers, HHJ Wren made the following directions on {ordinal("2027-01-18")}:

1. Permission to instruct Dr Farah Malik, consultant paediatrician. Dr Malik's report shall be filed by 4pm on {ordinal("2027-02-05")}.
2. The Issues Resolution Hearing listed on {ordinal("2027-03-01")} is confirmed.

Copy to the IRO at the local authority's request.

Court Administration
"""
            + HMCTS_FOOTER,
            headers=[auth(header_from="justice.gov.uk")],
        ),
        kind="court_directions",
        case="CV26C00731",
        child="Ellis Okoro",
        dob="2013-04-22",
        dates={
            "irh": "2027-03-01",
            "document_date": "2027-01-18",
            "filing_deadlines": [{"document": "expert_report", "due": "2027-02-05"}],
        },
        sent="2027-01-18",
        notes="Case number written 'CV 26 C 00731'; subject is a base64 RFC 2047 encoded word; directions made on the papers on the day of the mail.",
    )

    inner_when = dt("2027-02-03 12:30")
    inner = mail(
        COURT,
        "childcare.legal@council.example.gov.uk",
        "BM26C50402 BRENNAN - directions",
        inner_when,
        f"""Dear Legal,

Following the Case Management Hearing on {dmy("2027-02-02")} in respect of Leah and Noah Brennan, the court directs:

a) The local authority to file and serve final care plans for both children by 4pm on {dmy("2027-04-16")}.
b) The Children's Guardian to file final analysis by 4pm on {dmy("2027-04-30")}.
c) IRH: {dmy("2027-05-07")} at 10am.
d) Final hearing: {dmy("2027-06-07")} at 10am, 5 days.

Westmere Family Court
""",
        headers=[auth(header_from="justice.gov.uk")],
    )
    add(
        "directions-attached-rfc822",
        mail(
            LEGAL,
            MB,
            "FW: BM26C50402 BRENNAN - directions",
            dt("2027-02-04 08:55"),
            "IRO - please see the attached email from the court for the Brennan children.\n\nLegal\n",
            attachments=[(inner,)],
        ),
        kind="court_directions",
        case="BM26C50402",
        dates={
            "cmh": "2027-02-02",
            "irh": "2027-05-07",
            "final_hearing": "2027-06-07",
            "filing_deadlines": [
                {"document": "court_care_plan", "due": "2027-04-16"},
                {"document": "guardian_report", "due": "2027-04-30"},
            ],
        },
        sent="2027-02-03",
        fwd=True,
        notes="The court's mail is attached as message/rfc822; sent_at is the attached mail's date. Two children (sibling group), so child is null.",
    )

    court_mail = mail(
        COURT,
        "anika.shah@legal.council.example.gov.uk",
        "Adeyemi BM26C50612 - CMH directions",
        dt("2027-02-10 11:04"),
        f"""Dear Ms Shah

At the CMH on {dmy("2027-02-09")} the court made the following directions in respect of Grace Adeyemi (born 07/07/2019):

1. The local authority shall file and serve its final care plan by 4pm on {dmy("2027-04-23")}.
2. The Children's Guardian shall file and serve her final analysis by 4pm on {dmy("2027-05-07")}.
3. Issues Resolution Hearing {dmy("2027-05-14")}, 2pm.
4. Final hearing {dmy("2027-06-21")}, 10am, 3 days.

Westmere Family Court
""",
    )
    legal_mail = mail(
        "Anika Shah <anika.shah@legal.council.example.gov.uk>",
        "Beth Carlisle <beth.carlisle@council.example.gov.uk>",
        "FW: Adeyemi BM26C50612 - CMH directions",
        dt("2027-02-10 14:30"),
        "Beth - court directions attached for your diary.\n\nAnika\n",
        attachments=[(court_mail,)],
    )
    add(
        "directions-rfc822-nested-twice",
        mail(
            "Beth Carlisle <beth.carlisle@council.example.gov.uk>",
            MB,
            "FW: FW: Adeyemi BM26C50612 - CMH directions",
            dt("2027-02-11 09:40"),
            "Forwarding for the IRO (Fatima).\n\nBeth Carlisle\nSocial Worker\n",
            attachments=[(legal_mail,)],
        ),
        kind="court_directions",
        case="BM26C50612",
        child="Grace Adeyemi",
        dob="2019-07-07",
        dates={
            "cmh": "2027-02-09",
            "irh": "2027-05-14",
            "final_hearing": "2027-06-21",
            "filing_deadlines": [
                {"document": "court_care_plan", "due": "2027-04-23"},
                {"document": "guardian_report", "due": "2027-05-07"},
            ],
        },
        sent="2027-02-10",
        fwd=True,
        notes="message/rfc822 nested twice (social worker attaches legal's mail, which attaches the court's); the facts and sent_at come from the innermost mail.",
    )


def expert_reports() -> None:
    when = dt("2027-03-05 16:48")
    report = pdf(
        "Psychological Assessment of Ms Kelly Quinn",
        [
            "Prepared for the Family Court at Westmere, case number BM26C50231",
            "Re: Tyler Quinn (DOB 20/11/2019)",
            "Author: Dr Imogen Vale, Consultant Clinical Psychologist, Vale Psychology Ltd",
            "Instructed jointly pursuant to the order of 13 January 2027.",
            "## Summary of opinion",
            "Ms Quinn would need a sustained period of therapeutic work (not less than 12 months) before she could safely resume the care of Tyler.",
            f"Date of report: {dmy('2027-03-04')}",
        ],
    )
    add(
        "expert-report-via-legal",
        mail(
            "Anika Shah <anika.shah@legal.council.example.gov.uk>",
            MB,
            "QUINN BM26C50231 - psychological assessment (Dr Vale)",
            when,
            "Dear IRO\n\nPlease find attached Dr Vale's report dated 4 March 2027, filed today.\n\nAnika Shah\nSolicitor\n",
            attachments=[pdf_att(report, "Dr Vale report.pdf")],
        ),
        kind="expert_report",
        case="BM26C50231",
        child="Tyler Quinn",
        dob="2019-11-20",
        dates={"document_date": "2027-03-04"},
        sent="2027-03-05",
        notes="Expert psychological report sent on by council legal; report dated the day before it was filed.",
    )

    when = dt("2027-03-26 15:59")
    report = docx(
        "Independent Social Work Parenting Assessment",
        [
            "Case No. BM26C50555 - Family Court at Westmere",
            "Subject child: Sofia Marin, born 5 October 2016",
            "Assessment of: Mr Radu Marin (father)",
            "Author: Bethany Carr, Independent Social Worker",
            "Recommendation: positive, subject to a support package and a supervision order.",
            f"Date: {dmy('2027-03-26')}",
        ],
    )
    add(
        "expert-report-isw-direct-external",
        mail(
            "Bethany Carr ISW <bethany@carr-socialwork.example.org>",
            MB,
            "Parenting assessment - Marin - BM26C50555",
            when,
            "Dear Sir/Madam\n\nI attach my parenting assessment of Mr Marin, as directed. I have also sent it to all parties.\n\nBethany Carr\nIndependent Social Worker\n07700 900771\n",
            cc="childcare.legal@council.example.gov.uk",
            attachments=[docx_att(report, "ISW assessment Mr Marin FINAL.docx")],
        ),
        kind="expert_report",
        case="BM26C50555",
        child="Sofia Marin",
        dob="2016-10-05",
        dates={"document_date": "2027-03-26"},
        sent="2027-03-26",
        trust="untrusted",
        notes="Expert (ISW) sends her own report from an external domain: untrusted, even though the content is genuine-looking. Facts in subject and DOCX.",
    )

    orig = dt("2027-02-05 13:20")
    fwd = dt("2027-02-08 10:05")
    report = pdf(
        "Paediatric Overview Report",
        [
            "Re: Ellis OKORO, date of birth 22.04.2013",
            "In the Family Court at Coventry. Case number CV26C00731",
            "Dr Farah Malik MBChB FRCPCH, Consultant Paediatrician",
            "Opinion: the injuries are consistent with the account of an accidental fall.",
            f"Signed {slash('2027-02-04')}",
        ],
    )
    body = (
        "Hi - forwarding this so the IRO has it.\n\nRegards\nNia\n\n"
        + gmail_block(
            "Dr Farah Malik <farah.malik@paeds-reports.example.com>",
            orig,
            "childcare.legal@council.example.gov.uk",
            "Report - Okoro - CV26C00731",
        )
        + "Dear all, my report is attached. Dr F Malik\n"
    )
    add(
        "expert-report-fwd-gmail-block",
        mail(
            "Nia Bowen <nia.bowen@council.example.gov.uk>",
            MB,
            "Fwd: Report - Okoro - CV26C00731",
            fwd,
            body,
            attachments=[pdf_att(report, "Malik overview report Okoro.pdf")],
        ),
        kind="expert_report",
        case="CV26C00731",
        child="Ellis Okoro",
        dob="2013-04-22",
        dates={"document_date": "2027-02-04"},
        sent="2027-02-05",
        fwd=True,
        notes="Gmail-style forward by a council officer of an external expert's mail: trusted (council staff vouch). Report date only in the PDF (04/02/2027).",
    )

    when = dt("2027-04-14 09:26")
    report = docx(
        "Addendum Report",
        [
            "Dr Imogen Vale, Consultant Clinical Psychologist",
            "Re: Tyler Quinn, Case BM26C50231",
            "Addendum in response to the questions of the Children's Guardian dated 1 April 2027.",
            "I remain of the view expressed in my report of 4 March 2027.",
            f"Dated {ordinal('2027-04-13')}",
        ],
    )
    add(
        "expert-report-addendum-docx",
        mail(
            LEGAL,
            MB,
            "Addendum report - Dr Vale - QUINN",
            when,
            "Please see the attached addendum report.\n\nChildcare Legal Team\n",
            attachments=[docx_att(report, "Addendum.docx")],
        ),
        kind="expert_report",
        case="BM26C50231",
        child="Tyler Quinn",
        dates={"document_date": "2027-04-13"},
        sent="2027-04-14",
        notes="Addendum expert report; two earlier dates (1 April questions, 4 March report) are distractors.",
    )


def guardian_reports() -> None:
    when = dt("2027-01-05 17:30")
    rep = pdf(
        "Children's Guardian's Initial Analysis and Recommendations",
        [
            "Case number: BM26C50123    Court: Westmere Family Court",
            "Child: Amelia Hart (born 2 March 2015)",
            "Children's Guardian: Ruth Okafor",
            "Hearing: Case Management Hearing",
            "I support the making of an interim care order and the local authority's interim plan.",
            f"Date: {dmy('2027-01-05')}",
        ],
        header="Cafcass",
    )
    add(
        "guardian-report-initial-analysis",
        mail(
            "Ruth Okafor <ruth.okafor@cafcass.gov.uk>",
            MB,
            "Initial analysis - Amelia Hart",
            when,
            "Dear IRO,\n\nFor information, my initial analysis for the CMH is attached.\n\nRuth Okafor\nChildren's Guardian\n",
            attachments=[pdf_att(rep, "Initial analysis BM26C50123.pdf")],
            headers=[auth()],
        ),
        kind="guardian_report",
        subtype="interim",
        case="BM26C50123",
        child="Amelia Hart",
        dob="2015-03-02",
        dates={"document_date": "2027-01-05"},
        sent="2027-01-05",
        notes="Cafcass calls the interim report an 'initial analysis'; subtype interim.",
    )

    orig = dt("2027-04-01 16:15")
    fwd = dt("2027-04-02 08:20")
    rep = pdf(
        "Final Analysis and Recommendations of the Children's Guardian",
        [
            "IN THE FAMILY COURT AT WESTMERE  No. BM26C50123",
            "Amelia Hart, a girl, DOB 02/03/2015",
            "Recommendation: a care order, with the plan of long-term foster care.",
            f"Ruth Okafor, Children's Guardian. {dmy('2027-04-01')}",
        ],
    )
    body = (
        "FYI, Guardian's final analysis.\n\nMegan\n\n"
        + outlook_block(
            "Ruth Okafor <ruth.okafor@cafcass.gov.uk>",
            orig,
            "childcare.legal@council.example.gov.uk; bundle@okonjo-reyes.example.com",
            "Final analysis - HART - BM26C50123",
            style="us",
        )
        + "All,\n\nPlease find my final analysis attached.\n\nRuth\n"
    )
    add(
        "guardian-report-final-fwd-us-date",
        mail(
            "Megan Holloway <megan.holloway@council.example.gov.uk>",
            MB,
            "FW: Final analysis - HART - BM26C50123",
            fwd,
            body,
            attachments=[pdf_att(rep, "Final analysis.pdf")],
            outlook=True,
        ),
        kind="guardian_report",
        subtype="final",
        case="BM26C50123",
        child="Amelia Hart",
        dob="2015-03-02",
        dates={"document_date": "2027-04-01"},
        sent="2027-04-01",
        fwd=True,
        notes="Forward whose pasted 'Sent:' line is in US Outlook format ('Thursday, April 1, 2027 4:15 PM') - month named, so unambiguous.",
    )

    when = dt("2027-04-09 15:40")
    rep = pdf(
        "FINAL ANALYSIS",
        [
            "Family Court, Westmere. Case BM26C50231",
            "Tyler Quinn, born 20 November 2019",
            "The Guardian supports a care order with placement with paternal grandparents under a special guardianship order in the longer term.",
            f"Siobhán Kearney, Children's Guardian - {ordinal('2027-04-09')}",
        ],
    )
    add(
        "guardian-report-final-pdf-only",
        mail(
            "=?utf-8?q?Siobh=C3=A1n_Kearney?= <siobhan.kearney@cafcass.gov.uk>",
            MB,
            "Final analysis",
            when,
            "Hello,\n\nPlease see attached, as filed today.\n\nSiobhán\n",
            attachments=[pdf_att(rep, "FA.pdf")],
            headers=[auth()],
        ),
        kind="guardian_report",
        subtype="final",
        case="BM26C50231",
        child="Tyler Quinn",
        dob="2019-11-20",
        dates={"document_date": "2027-04-09"},
        sent="2027-04-09",
        notes="Case and child only in the PDF; subject just 'Final analysis'.",
    )

    when = dt("2027-02-15 12:12")
    body = f"""Dear IRO,

Please find attached my interim report for the hearing on {dm("2027-02-23")} in respect of Layla Hussain (DOB 09/09/2017, case no. BM27C50019).

Kind regards,
Hannah Whitlock
Children's Guardian
"""
    rep = pdf(
        "Interim Report of the Children's Guardian",
        [
            "Layla Hussain - BM27C50019",
            f"Dated {dmy('2027-02-15')}",
        ],
    )
    add(
        "guardian-report-interim-base64-body",
        mail(
            "Hannah Whitlock <hannah.whitlock@cafcass.gov.uk>",
            MB,
            "Interim report - Layla Hussain",
            when,
            body,
            cte="base64",
            attachments=[pdf_att(rep, "Interim report LH.pdf")],
            headers=[auth()],
        ),
        kind="guardian_report",
        subtype="interim",
        case="BM27C50019",
        child="Layla Hussain",
        dob="2017-09-09",
        dates={"document_date": "2027-02-15"},
        sent="2027-02-15",
        notes="Body is base64 encoded; the hearing date (23 Feb) is not the document date.",
    )

    when = dt("2027-05-04 18:05")
    add(
        "guardian-report-final-dmarc-pass-subdomain",
        mail(
            "Julia Fenwick <julia.fenwick@cafcass.gov.uk>",
            MB,
            "Kacper Nowak BM26C50377 - Guardian final analysis",
            when,
            """Dear Mark,

I've filed my final analysis for Kacper today; a copy is attached. In short, I support the care plan for long-term fostering with the Achterbergs, but I recommend that the frequency of contact with his mother is reviewed at the first LAC review after the final hearing.

Best wishes
Julia Fenwick
Children's Guardian
""",
            attachments=[
                pdf_att(
                    pdf(
                        "Final Analysis - Kacper Nowak",
                        ["Case BM26C50377", f"Date: {dmy('2027-05-04')}"],
                    ),
                    "Final analysis KN.pdf",
                )
            ],
            headers=[
                (
                    "Authentication-Results",
                    "mx1.council.example.gov.uk; spf=softfail smtp.mailfrom=relay.cafcass.gov.uk; "
                    "dkim=pass header.d=cafcass.gov.uk; dmarc=pass action=none header.from=cafcass.gov.uk",
                )
            ],
        ),
        kind="guardian_report",
        subtype="final",
        case="BM26C50377",
        child="Kacper Nowak",
        dates={"document_date": "2027-05-04"},
        sent="2027-05-04",
        notes="spf=softfail but dmarc=pass: the trust rule only rejects spf=fail or dmarc=fail, so trusted. Guardian's final analysis filed late (deadline was 15 April) - not a label.",
    )


def judgments() -> None:
    when = dt("2027-05-14 12:30")
    j = pdf(
        "APPROVED JUDGMENT",
        [
            "Neutral citation: [2027] EWFC B99 (fictional)",
            "IN THE FAMILY COURT SITTING AT WESTMERE   Case No: BM26C50123",
            "Re A (A Child): Amelia Hart",
            "Before: District Judge Harrow",
            f"Hearing dates: {dmy('2027-05-10')} - {dmy('2027-05-12')}",
            f"Judgment handed down: {dmy('2027-05-14')}",
            "1. This is the final hearing of the local authority's application for a care order...",
            "2. I am satisfied that the threshold criteria are met.",
        ],
    )
    add(
        "judgment-approved-pdf",
        mail(
            COURT,
            "childcare.legal@council.example.gov.uk",
            "Approved judgment - BM26C50123",
            when,
            "Please find attached the approved judgment, handed down today.\n\nClerk to DJ Harrow\n"
            + HMCTS_FOOTER,
            cc=MB,
            attachments=[pdf_att(j, "Approved judgment.pdf")],
            headers=[auth(header_from="justice.gov.uk")],
        ),
        kind="judgment",
        case="BM26C50123",
        child="Amelia Hart",
        dates={"document_date": "2027-05-14"},
        sent="2027-05-14",
        notes="Approved judgment; the hearing dates (10-12 May) are distractors for document_date (handed down 14 May). Anonymised 'Re A' heading alongside the child's name.",
    )

    when = dt("2027-03-02 16:00")
    fr = pdf(
        "FACTS AND REASONS",
        [
            "Family Court sitting at Coventry (Lay Justices)",
            "Case number CV26C00731 - Ellis Okoro (born 22/04/2013)",
            f"Hearing on {dmy('2027-03-01')}: contested interim care order renewal.",
            "The court found that the interim threshold is crossed and that Ellis's safety requires his removal pending the final hearing.",
            f"Legal Adviser: A. Pennington. Date: {dmy('2027-03-01')}",
        ],
    )
    add(
        "judgment-facts-and-reasons-magistrates",
        mail(
            "Family Court at Coventry <coventry.family@justice.gov.uk>",
            MB,
            "CV26C00731 Facts and Reasons",
            when,
            "Good afternoon\n\nAttached: facts and reasons from yesterday's hearing.\n\nLegal Adviser's Office\n",
            attachments=[pdf_att(fr, "F&R.pdf")],
        ),
        kind="judgment",
        case="CV26C00731",
        child="Ellis Okoro",
        dob="2013-04-22",
        dates={"document_date": "2027-03-01"},
        sent="2027-03-02",
        notes="Magistrates' 'facts and reasons' count as a judgment.",
    )

    inner = mail(
        COURT_WV,
        "childcare.legal@council.example.gov.uk",
        "Judgment - WV26C00418 - Lindqvist",
        dt("2027-05-28 10:02"),
        f"""Dear all,

HHJ Crane's judgment following the final hearing is attached, handed down on {dmy("2027-05-27")}.

Listing Office
""",
        attachments=[
            pdf_att(
                pdf(
                    "JUDGMENT",
                    [
                        "Case number WV26C00418",
                        "Re Z (Zoë Lindqvist)",
                        f"Handed down {dmy('2027-05-27')}",
                    ],
                ),
                "Judgment WV26C00418.pdf",
            )
        ],
    )
    add(
        "judgment-attached-rfc822-by-legal",
        mail(
            LEGAL,
            MB,
            "FW: Judgment - WV26C00418 - Lindqvist",
            dt("2027-06-01 14:15"),
            "Please see attached, for Fatima.\n",
            attachments=[(inner,)],
        ),
        kind="judgment",
        case="WV26C00418",
        child="Zoë Lindqvist",
        dates={"document_date": "2027-05-27"},
        sent="2027-05-28",
        fwd=True,
        notes="Court mail with its PDF attached as message/rfc822 inside legal's forward; the judgment PDF is one level down; sent_at is the court mail's date.",
    )

    when = dt("2027-02-26 11:21")
    j = docx(
        "Judgment on findings of fact",
        [
            "Family Court at Westmere - case number BM26C50689",
            "Isla Mahmood (born 25 January 2016)",
            "Fact-finding hearing before HHJ Wren; judgment delivered ex tempore and transcribed.",
            f"Date of judgment: {ordinal('2027-02-24')}",
        ],
    )
    add(
        "judgment-fact-finding-docx",
        mail(
            "Anika Shah <anika.shah@legal.council.example.gov.uk>",
            MB,
            "Isla - findings judgment (transcript)",
            when,
            "Hi,\n\nTranscript of the fact-finding judgment attached for the IRO's file.\n\nAnika\n",
            attachments=[docx_att(j, "Transcript - findings.docx")],
        ),
        kind="judgment",
        case="BM26C50689",
        child="Isla Mahmood",
        dob="2016-01-25",
        dates={"document_date": "2027-02-24"},
        sent="2027-02-26",
        notes="Fact-finding judgment transcript in DOCX.",
    )


def final_orders() -> None:
    when = dt("2027-05-14 15:02")
    order = pdf(
        "CARE ORDER - Section 31 Children Act 1989",
        [
            "Family Court sitting at Westmere   Case number BM26C50123",
            "The child: Amelia Hart, girl, born 2 March 2015",
            f"The court orders that the child is placed in the care of {COUNCIL}.",
            f"Ordered by District Judge Harrow on {dmy('2027-05-14')}",
        ],
        header="SEALED",
    )
    add(
        "final-order-care-order-pdf",
        mail(
            COURT,
            "childcare.legal@council.example.gov.uk",
            "BM26C50123 - sealed final order",
            when,
            "Please find attached the sealed care order.\n\nWestmere Family Court\n" + HMCTS_FOOTER,
            cc=MB,
            attachments=[pdf_att(order, "Care order.pdf")],
            headers=[auth(header_from="justice.gov.uk")],
        ),
        kind="final_order",
        subtype="care_order",
        case="BM26C50123",
        child="Amelia Hart",
        dob="2015-03-02",
        dates={"order_date": "2027-05-14"},
        sent="2027-05-14",
        notes="Sealed final care order; order type and date only in the PDF.",
    )

    when = dt("2027-06-11 17:05")
    add(
        "final-order-placement-order",
        mail(
            "Anika Shah <anika.shah@legal.council.example.gov.uk>",
            MB,
            "Ruby-Mae Collins - PLACEMENT ORDER made",
            when,
            f"""Dear IRO team,

At the final hearing today ({long("2027-06-11")}) HHJ Wren made a placement order in respect of Ruby-Mae Collins (DOB 01/12/2024), case number BM27C50012, authorising the local authority to place her for adoption. That concludes the placement proceedings.

Sealed order to follow.

Anika
""",
        ),
        kind="final_order",
        subtype="placement_order",
        case="BM27C50012",
        child="Ruby-Mae Collins",
        dob="2024-12-01",
        dates={"order_date": "2027-06-11"},
        sent="2027-06-11",
        notes="Legal reports the placement order made 'today' with the date spelled out; hyphenated first name.",
    )

    orig = dt("2027-05-27 16:40")
    fwd = dt("2027-05-28 09:03")
    body = (
        "Please log the SGO.\n\nPriya\n\n"
        + outlook_block(
            "Westmere Family Court <family.westmere@justice.gov.uk>",
            orig,
            "Priya Raman; Childcare Legal Team",
            "SGO - Tyler QUINN - BM26C50231",
        )
        + f"""Dear all,

Today the court made a Special Guardianship Order in favour of Mr and Mrs Quinn (paternal grandparents) in respect of Tyler Quinn, born 20.11.2019, together with a 12 month supervision order. The care proceedings are concluded.

Order date: {slash("2027-05-27")}
"""
    )
    add(
        "final-order-sgo-fwd",
        mail(
            "Priya Raman <priya.raman@council.example.gov.uk>",
            MB,
            "FW: SGO - Tyler QUINN - BM26C50231",
            fwd,
            body,
        ),
        kind="final_order",
        subtype="special_guardianship_order",
        case="BM26C50231",
        child="Tyler Quinn",
        dob="2019-11-20",
        dates={"order_date": "2027-05-27"},
        sent="2027-05-27",
        fwd=True,
        notes="SGO with an accompanying supervision order: the principal order is the SGO (the supervision order supports it). Forwarded Outlook block; order date given as 27/05/2027.",
    )

    when = dt("2027-06-03 13:44")
    add(
        "final-order-supervision-order",
        mail(
            LEGAL,
            MB,
            "Isla Mahmood BM26C50689 - final hearing outcome",
            when,
            f"""Dear IRO,

The final hearing concluded on {ordinal("2027-06-02")}. The court approved the plan of rehabilitation and made a 12-month supervision order in favour of the local authority. No care order was made. Isla Mahmood (25/01/2016) will cease to be looked after from today as she returns to her mother's care.

Childcare Legal Team
""",
        ),
        kind="final_order",
        subtype="supervision_order",
        case="BM26C50689",
        child="Isla Mahmood",
        dob="2016-01-25",
        dates={"order_date": "2027-06-02"},
        sent="2027-06-03",
        notes="Supervision order; 'No care order was made' is a distractor; the mail also mentions ceasing to be looked after but its purpose is to report the final order.",
    )

    when = dt("2027-06-15 10:20")
    order = pdf(
        "CHILD ARRANGEMENTS ORDER",
        [
            "Family Court at Westmere - Case BM26C50555",
            "Child: Sofia Marin (5 October 2016)",
            "The child shall live with her father, Radu Marin.",
            "The local authority's application for a care order is dismissed.",
            f"Made on {dmy('2027-06-14')} by HHJ Wren (final hearing)",
        ],
    )
    add(
        "final-order-child-arrangements",
        mail(
            COURT,
            MB,
            "Sealed order BM26C50555",
            when,
            "Sealed order attached.\n" + HMCTS_FOOTER,
            attachments=[pdf_att(order, "CAO.pdf")],
            headers=[auth(header_from="justice.gov.uk")],
        ),
        kind="final_order",
        subtype="child_arrangements_order",
        case="BM26C50555",
        child="Sofia Marin",
        dob="2016-10-05",
        dates={"order_date": "2027-06-14"},
        sent="2027-06-15",
        notes="Child arrangements ('lives with') order ends proceedings; the dismissed care order application is a distractor.",
    )

    when = dt("2027-03-18 15:27")
    add(
        "final-order-no-order",
        mail(
            "Anika Shah <anika.shah@legal.council.example.gov.uk>",
            MB,
            "Okoro CV26C00731 - proceedings concluded (no order)",
            when,
            f"""Hi,

Update: at the final hearing on {dmy("2027-03-17")} the court made no order on the local authority's application. The court accepted that the threshold was not crossed on the medical evidence. Ellis Okoro (DOB 22/04/2013) remains with his parents and the interim care order ended.

Anika
""",
        ),
        kind="final_order",
        subtype="no_order",
        case="CV26C00731",
        child="Ellis Okoro",
        dob="2013-04-22",
        dates={"order_date": "2027-03-17"},
        sent="2027-03-18",
        notes="'No order' outcome ends proceedings; reported by legal the day after.",
    )

    when = dt("2027-06-25 11:00")
    html = f"""<html><body><p>Dear colleagues,</p>
<p>Please note the outcome of the final hearing:</p>
<table border="1" cellpadding="4">
<tr><td>Children</td><td>Leah Brennan (30/05/2014) and Noah Brennan (11/02/2020)</td></tr>
<tr><td>Case number</td><td>BM26C50402</td></tr>
<tr><td>Order</td><td>Care orders (s31) for both children</td></tr>
<tr><td>Date</td><td>{slash("2027-06-11")}</td></tr>
</table>
<p>Childcare Legal Team</p></body></html>"""
    add(
        "final-order-care-orders-siblings-html",
        mail(LEGAL, MB, "Final orders - Brennan", when, html=html),
        kind="final_order",
        subtype="care_order",
        case="BM26C50402",
        dates={"order_date": "2027-06-11"},
        sent="2027-06-25",
        notes="HTML-only table; two children, so child is null; care orders for both.",
    )

    when = dt("2027-05-25 09:15")
    add(
        "final-order-care-order-lowercase-case",
        mail(
            "Tom Ashdown <tom.ashdown@council.example.gov.uk>",
            MB,
            "Kacper - care order",
            when,
            f"""Hi Mark

Just to let you know the final hearing finished yesterday and the judge made a full care order for Kacper Nowak (Case No: bm26c50377). Order dated {ordinal("2027-05-24")}. Julia (Guardian) will be in touch about the handover.

Tom
""",
        ),
        kind="final_order",
        subtype="care_order",
        case="BM26C50377",
        child="Kacper Nowak",
        dates={"order_date": "2027-05-24"},
        sent="2027-05-25",
        notes="Social worker reports the care order; lower-case case number after 'Case No:'; date '24th May 2027'.",
    )


def guardian_handovers() -> None:
    when = dt("2027-05-21 14:10")
    form = docx(
        "Children's Guardian - Written Handover to the IRO",
        [
            "Agreed template (Cafcass and IRO Good Practice Protocol)",
        ],
        table=[
            ["Child", "Amelia Hart"],
            ["Date of birth", "02/03/2015"],
            ["Case number", "BM26C50123"],
            ["Final order and date", f"Care order, {dmy('2027-05-14')}"],
            ["Children's Guardian", "Ruth Okafor, 07700 900123"],
            ["IRO", "Helen Marsh"],
            [
                "Outstanding issues",
                "Sibling contact with half-brother not yet arranged; life story work to start.",
            ],
            ["Is a closing meeting needed?", "No"],
        ],
    )
    add(
        "handover-docx-template",
        mail(
            "Ruth Okafor <ruth.okafor@cafcass.gov.uk>",
            MB,
            "Handover - Amelia Hart",
            when,
            "Dear Helen,\n\nAs the proceedings have now concluded, please find attached my written handover and the final care plan.\n\nBest wishes\nRuth\n",
            attachments=[docx_att(form, "IRO handover - Amelia Hart.docx")],
            headers=[auth()],
        ),
        kind="guardian_handover",
        case="BM26C50123",
        child="Amelia Hart",
        dob="2015-03-02",
        dates={"order_date": "2027-05-14"},
        sent="2027-05-21",
        notes="Handover on the agreed template in a DOCX; order_date is the final order's date given in the template (end of proceedings).",
    )

    when = dt("2027-06-04 16:32")
    add(
        "handover-body-text",
        mail(
            "Julia Fenwick <julia.fenwick@cafcass.gov.uk>",
            MB,
            "Guardian handover - Kacper Nowak (BM26C50377)",
            when,
            f"""Dear Mark,

Written handover - Kacper Nowak (DOB 09/01/2017)

1. Proceedings concluded on {dmy("2027-05-24")} with a care order. The final care plan (long-term foster care with Mr and Mrs Achterberg) was approved without amendment.
2. Kacper's wishes: he wants to stay where he is and to see his mum "more than once a month".
3. Issues for the IRO: contact frequency (please review at the next LAC review); Kacper's speech and language referral is still outstanding.
4. I have written to Kacper to explain the end of my involvement and that you will oversee his care plan.

I don't think a closing meeting is needed, but please let me know if you disagree.

Julia Fenwick
Children's Guardian, Cafcass
07700 900377
""",
            headers=[auth()],
        ),
        kind="guardian_handover",
        case="BM26C50377",
        child="Kacper Nowak",
        dob="2017-01-09",
        dates={"order_date": "2027-05-24"},
        sent="2027-06-04",
        notes="Handover written in the body.",
    )

    orig = dt("2027-06-08 11:55")
    fwd = dt("2027-06-08 13:02")
    body = (
        "Business support - please file on Tyler's record (Mosaic ID 1052277). Thanks, Mark\n\n"
        + original_block(
            "Siobhán Kearney [mailto:siobhan.kearney@cafcass.gov.uk]",
            orig,
            "Mark Ellery",
            "Tyler Quinn - end of proceedings handover",
        )
        + f"""Hi Mark,

As promised, my handover following the SGO made on {slash("2027-05-27")}. Tyler is settled with his grandparents. The supervision order runs for 12 months. Issues: support plan funding still to be confirmed; mother's contact is to be reviewed in 3 months.

Siobhán
"""
    )
    add(
        "handover-fwd-original-message",
        mail(
            "Mark Ellery <mark.ellery@council.example.gov.uk>",
            MB,
            "FW: Tyler Quinn - end of proceedings handover",
            fwd,
            body,
            outlook=True,
        ),
        kind="guardian_handover",
        case=None,
        child="Tyler Quinn",
        la_ref="1052277",
        dates={"order_date": "2027-05-27"},
        sent="2027-06-08",
        fwd=True,
        notes="IRO forwards the guardian's handover with an '-----Original Message-----' block; the Mosaic ID is only in the IRO's own covering line. No case number in this mail.",
    )

    when = dt("2027-06-07 10:48")
    rep = pdf(
        "Written handover from the Children's Guardian to the IRO",
        [
            "Child: Zoë Lindqvist   DOB: 14.07.2012   Court ref: WV26C00418",
            f"Proceedings concluded: care order made {dmy('2027-05-27')}",
            "Guardian: Adebayo Mensah",
            "Matters for the IRO: therapeutic support via CAMHS; school transport.",
            f"Date of handover: {dmy('2027-06-07')}",
        ],
    )
    add(
        "handover-pdf",
        mail(
            "Adebayo Mensah <adebayo.mensah@cafcass.gov.uk>",
            MB,
            "Handover",
            when,
            "Please see attached handover.\n\nAdebayo Mensah\nChildren's Guardian\n",
            attachments=[pdf_att(rep, "handover.pdf")],
            headers=[auth()],
        ),
        kind="guardian_handover",
        case="WV26C00418",
        child="Zoë Lindqvist",
        dob="2012-07-14",
        dates={"order_date": "2027-05-27", "document_date": "2027-06-07"},
        sent="2027-06-07",
        notes="Handover only in the PDF: order date and handover date both present.",
    )


def review_bookings() -> None:
    when = dt("2027-01-21 12:30")
    add(
        "review-set-initial",
        mail(
            "Mark Ellery <mark.ellery@council.example.gov.uk>",
            "Tom Ashdown <tom.ashdown@council.example.gov.uk>",
            "Kacper Nowak - initial LAC review",
            when,
            f"""Hi Tom,

I've booked Kacper's initial looked after review for {long("2027-02-04")} at 10:00am at the foster carers' home. Please send out the invitations and consultation papers and let the Guardian (Julia Fenwick) know.

Kacper Nowak, LCS ID 1060412.

Thanks
Mark Ellery
Independent Reviewing Officer
""",
            cc=MB,
            outlook=True,
        ),
        kind="review_booking",
        subtype="set",
        child="Kacper Nowak",
        la_ref="1060412",
        dates={"review_date": "2027-02-04"},
        sent="2027-01-21",
        notes="The IRO sets the initial review date.",
    )

    when = dt("2026-12-18 10:00")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Helen Marsh":mailto:helen.marsh@council.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Daniel Pryce":mailto:daniel.pryce@council.example.gov.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="IRO Reviews":mailto:{MAILBOX}
DESCRIPTION:Initial Looked After Review - Amelia Hart (LCS ID 1048213). Venue: Fernlea foster home then Teams.
UID:040000008200E00074C5B7101A82E00800000000B0E1A2C3D4E5F6000000000000000010000000
SUMMARY:Initial LAC Review - Amelia Hart
DTSTART;TZID=GMT Standard Time:20270112T140000
DTEND;TZID=GMT Standard Time:20270112T153000
DTSTAMP:20261218T100000Z
LOCATION:Fernlea foster home / Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    msg = mail(
        "Helen Marsh <helen.marsh@council.example.gov.uk>",
        "Daniel Pryce <daniel.pryce@council.example.gov.uk>",
        "Initial LAC Review - Amelia Hart",
        when,
        f"Initial Looked After Review for Amelia Hart, {long('2027-01-12')} 14:00-15:30.\n",
        cc=MB,
    )
    msg.add_alternative(ics_fold(ics), subtype="calendar", params={"method": "REQUEST"})
    add(
        "review-set-calendar-invite",
        msg,
        kind="review_booking",
        subtype="set",
        child="Amelia Hart",
        la_ref="1048213",
        dates={"review_date": "2027-01-12"},
        sent="2026-12-18",
        notes="Outlook meeting request: multipart/alternative with text/calendar; METHOD:REQUEST; the date is in DTSTART (20270112T140000) and in the plain part.",
    )

    when = dt("2027-01-20 16:45")
    add(
        "review-set-next-date-bs",
        mail(
            RCPU_BS,
            "Fatima Begum <fatima.begum@council.example.gov.uk>",
            "Next review date - Zoë Lindqvist",
            when,
            f"""Hi Fatima,

As agreed at today's review, Zoë Lindqvist's next Looked After Review is booked for {slash("2027-07-23")} at 4pm (after school), venue: Westmere Civic Centre, room 2.14.

Child ID 1039955.

Dawn
""",
            cc=MB,
        ),
        kind="review_booking",
        subtype="set",
        child="Zoë Lindqvist",
        la_ref="1039955",
        dates={"review_date": "2027-07-23"},
        sent="2027-01-20",
        notes="Next review set at the end of today's review; 'today' (20 Jan) is the previous review, a distractor; new date 23/07/2027 (DD/MM).",
    )

    when = dt("2027-02-24 09:50")
    add(
        "review-moved-plain",
        mail(
            "Priya Raman <priya.raman@council.example.gov.uk>",
            MB,
            "CHANGE OF DATE - Tyler Quinn LAC review",
            when,
            f"""Hi all,

Please note that Tyler Quinn's review has been moved from {dmy("2027-03-10")} to {long("2027-03-17")}, same time (10am) and venue (grandparents' home). Mark (IRO) has agreed the change; the original date clashed with the IRH preparation meeting.

Mosaic ID 1052277

Priya
""",
            cc="Mark Ellery <mark.ellery@council.example.gov.uk>",
        ),
        kind="review_booking",
        subtype="moved",
        child="Tyler Quinn",
        la_ref="1052277",
        dates={"review_date": "2027-03-17"},
        sent="2027-02-24",
        notes="Review moved: the old date (10 March) is a distractor; review_date is the new date.",
    )

    when = dt("2027-04-06 15:22")
    prior = quote(
        f"""Hi Fatima, would you be able to move Grace's review on {short("2027-04-20")}? Mum has a hospital appointment that day.
Beth""",
        f"On {dmy('2027-04-06')}, at 11:02, Beth Carlisle <beth.carlisle@council.example.gov.uk> wrote:",
    )
    add(
        "review-moved-reply-year-from-context",
        mail(
            "Fatima Begum <fatima.begum@council.example.gov.uk>",
            "Beth Carlisle <beth.carlisle@council.example.gov.uk>",
            "Re: Grace Adeyemi - review",
            when,
            f"""Hi Beth,

Yes, that's fine - let's move Grace's review to {short("2027-04-27")} at 2pm, same venue. Please let everyone know the new date.

Fatima

"""
            + prior,
            cc=MB,
            in_reply_to="<e1b2c3d4.grace@council.example.gov.uk>",
        ),
        kind="review_booking",
        subtype="moved",
        child="Grace Adeyemi",
        dates={"review_date": "2027-04-27"},
        sent="2027-04-06",
        notes="Reply with quoted history; dates 'Tue 27 Apr' and 'Tue 20 Apr' carry no year (2027 from the mail date); the new date is in the reply, the old one in the quote.",
    )

    when = dt("2027-03-09 17:31")
    add(
        "review-moved-brought-forward",
        mail(
            "Helen Marsh <helen.marsh@council.example.gov.uk>",
            MB,
            "Callum Reid - review brought forward",
            when,
            f"""Business support,

Following the events of last week I have agreed with the team manager to bring forward Callum Reid's review (LCS ID 1011457). It was due on {dmy("2027-04-20")}; it will now take place on {long("2027-03-15")} at 11am at Hollybank.

Please amend the diary and let the YJS worker know.

Helen
""",
        ),
        kind="review_booking",
        subtype="moved",
        child="Callum Reid",
        la_ref="1011457",
        dates={"review_date": "2027-03-15"},
        sent="2027-03-09",
        notes="Review brought forward after an event (not itself a significant_event notification); new date is the review_date.",
    )

    when = dt("2027-01-27 15:05")
    add(
        "review-adjourned-same-day",
        mail(
            "Helen Marsh <helen.marsh@council.example.gov.uk>",
            MB,
            "Maisie Thornton - initial review ADJOURNED",
            when,
            """Hi,

I adjourned Maisie Thornton's initial review this afternoon. The social worker's report and the placement plan were not available and the foster carer was unable to attend. The review will reconvene within 20 working days; I will confirm the date once I have spoken to Priya's manager.

Child ID 1066025.

Helen Marsh
IRO
""",
        ),
        kind="review_booking",
        subtype="adjourned",
        child="Maisie Thornton",
        la_ref="1066025",
        dates={"review_date": "2027-01-27"},
        sent="2027-01-27",
        notes="Adjourned 'this afternoon': the review date is the mail's own date (27 Jan 2027). No reconvened date yet.",
    )

    when = dt("2027-03-31 09:10")
    add(
        "review-adjourned-with-new-date",
        mail(
            "Mark Ellery <mark.ellery@council.example.gov.uk>",
            MB,
            "Adjourned review - Harvey Dunn",
            when,
            f"""Dear all,

Harvey Dunn's review held on {slash("2027-03-30")} was adjourned as Harvey did not want to take part without his advocate. The review will reconvene on {slash("2027-04-20")} at 4pm at Oakfield.

LCS ID: 1033390

Mark Ellery, IRO
""",
            cc="Jack Ferris <jack.ferris@council.example.gov.uk>",
        ),
        kind="review_booking",
        subtype="adjourned",
        child="Harvey Dunn",
        la_ref="1033390",
        dates={"review_date": "2027-03-30"},
        sent="2027-03-31",
        notes="review_date for an adjournment is the date of the review that was adjourned (30/03/2027, when LAR-ADJOURN starts); the reconvene date (20/04/2027) is mentioned but has no date key.",
    )

    when = dt("2027-02-19 13:14")
    body = """Dear colleagues,

Re: Ava Sandhu (DOB 28/03/2018) – Child ID 1069921

Ava’s review today had to be adjourned – the interpreter for Ava’s mother didn’t attend and mum’s views couldn’t be taken into account. I’ll reconvene the review as soon as an interpreter is booked.

Fatima Begum – Independent Reviewing Officer
"""
    add(
        "review-adjourned-cp1252",
        mail(
            "Fatima Begum <fatima.begum@council.example.gov.uk>",
            MB,
            "Review adjourned – Ava Sandhu",
            when,
            body,
            charset="windows-1252",
            cte="8bit",
        ),
        kind="review_booking",
        subtype="adjourned",
        child="Ava Sandhu",
        dob="2018-03-28",
        la_ref="1069921",
        dates={"review_date": "2027-02-19"},
        sent="2027-02-19",
        notes="windows-1252 8bit body (curly quotes, en dashes); 'today' is the mail's date.",
    )

    when = dt("2027-02-22 11:40")
    letter = pdf(
        "Invitation to a Looked After Review",
        [
            "Dear Ms Sandhu,",
            f"You are invited to the Looked After Review for Ava Sandhu (born 28/03/2018), which will be held on {long('2027-03-09')} at 10:00am at Westmere Family Centre.",
            "The review will be chaired by Fatima Begum, Independent Reviewing Officer.",
            "Please complete the enclosed consultation form and return it before the meeting. If you would like to see the IRO separately, or bring a supporter or interpreter, please let me know.",
            "Yours sincerely, Priya Raman, Social Worker",
        ],
    )
    add(
        "review-invitation-pdf-letter",
        mail(
            "Priya Raman <priya.raman@council.example.gov.uk>",
            MB,
            "Review invitations sent - Ava Sandhu",
            when,
            "Hi,\n\nFor the file - invitations and consultation papers for Ava's reconvened review went out today by post and email. Copy of the letter to mum attached.\n\nPriya\n",
            attachments=[pdf_att(letter, "Invitation - Ms Sandhu.pdf")],
        ),
        kind="review_booking",
        subtype="invitation",
        child="Ava Sandhu",
        dob="2018-03-28",
        dates={"review_date": "2027-03-09"},
        sent="2027-02-22",
        notes="Evidence of invitations (LAR-INVITES); the review date is in the PDF letter only.",
    )

    when = dt("2027-04-09 10:05")
    html = f"""<html><body style="font-family:Calibri">
<p>Dear all,</p>
<p>You are invited to attend the Looked After Review for <b>Oliver Price</b> (DOB 02/02/2013).</p>
<table border="0" cellpadding="3">
<tr><td><b>Date:</b></td><td>{long("2027-04-28")}</td></tr>
<tr><td><b>Time:</b></td><td>15:30</td></tr>
<tr><td><b>Venue:</b></td><td>Brightwater Fostering office, Westmere</td></tr>
<tr><td><b>Chair:</b></td><td>Mark Ellery (IRO)</td></tr>
</table>
<p>Please send your written contribution to me at least 5 working days before the review.</p>
<p>Jack Ferris<br>Social Worker</p>
</body></html>"""
    add(
        "review-invitation-html",
        mail(
            "Jack Ferris <jack.ferris@council.example.gov.uk>",
            "undisclosed-recipients:;",
            "Invitation: Looked After Review - Oliver Price",
            when,
            html=html,
            cc=MB,
        ),
        kind="review_booking",
        subtype="invitation",
        child="Oliver Price",
        dob="2013-02-02",
        dates={"review_date": "2027-04-28"},
        sent="2027-04-09",
        notes="HTML-only invitation to all participants (undisclosed recipients, mailbox cc'd).",
    )

    when = dt("2027-03-01 14:26")
    add(
        "review-invitation-to-guardian",
        mail(
            "Priya Raman <priya.raman@council.example.gov.uk>",
            "=?utf-8?q?Siobh=C3=A1n_Kearney?= <siobhan.kearney@cafcass.gov.uk>",
            "Invitation - LAC review - Tyler Quinn BM26C50231",
            when,
            f"""Dear Siobhán,

In line with the Cafcass/IRO protocol I am writing to invite you to Tyler's Looked After Review on {ordinal("2027-03-17", weekday=True)} at 10am at his grandparents' home. The IRO is Mark Ellery. If you can't attend, could you send your apologies and any views to Mark in advance.

Kind regards
Priya Raman
Social Worker
""",
            cc=MB,
        ),
        kind="review_booking",
        subtype="invitation",
        case="BM26C50231",
        child="Tyler Quinn",
        dates={"review_date": "2027-03-17"},
        sent="2027-03-01",
        notes="Invitation to the Children's Guardian (protocol); recipient name RFC 2047 encoded.",
    )

    when = dt("2027-06-28 09:35")
    form = docx(
        "Looked After Review - Consultation Paper (Young Person)",
        [
            f"Review of: Harvey Dunn    Date of review: {dmy('2027-07-12')}",
            "What is going well for you?",
            "What would you like to change?",
            "Who would you like to come to your review?",
        ],
    )
    add(
        "review-invitation-consultation-docx",
        mail(
            "Jack Ferris <jack.ferris@council.example.gov.uk>",
            "harvey.dunn.2011@mail.example.com",
            "Your review on 12 July",
            when,
            f"""Hi Harvey,

Your next review is on {long("2027-07-12")} at 4pm at Oakfield. I've attached the consultation form - you can fill it in on your phone or we can do it together on my visit next week. Mark (your IRO) says he's happy to meet you on your own first if you want.

Jack
""",
            cc=MB,
            attachments=[docx_att(form, "Consultation paper.docx")],
        ),
        kind="review_booking",
        subtype="invitation",
        child="Harvey Dunn",
        dates={"review_date": "2027-07-12"},
        sent="2027-06-28",
        notes="Invitation sent to the young person with the consultation paper (DOCX); the subject gives '12 July' with no year.",
    )


AMELIA_DECISIONS = f"""Review decisions - Amelia Hart (LCS ID 1048213)
Initial Looked After Review held on {long("2027-01-12")}
Chair: Helen Marsh, IRO

1. Amelia to remain in her current foster placement. Responsible: Daniel Pryce.
2. A Personal Education Plan meeting to be held by {dmy("2027-02-05")}. Responsible: Virtual School / Daniel Pryce.
3. Initial health assessment to be completed by {dmy("2027-01-29")}. Responsible: LAC nurse.
4. Contact with mother to continue three times a week, supervised. Responsible: Daniel Pryce.
5. The Children's Guardian to be sent a copy of these decisions. Responsible: IRO.

Next review: {long("2027-04-13")}
"""


def review_records() -> None:
    when = dt("2027-01-15 16:20")
    add(
        "review-decisions-plain",
        mail(
            "Helen Marsh <helen.marsh@council.example.gov.uk>",
            "Daniel Pryce <daniel.pryce@council.example.gov.uk>; Lorraine Oduya <lorraine.oduya@council.example.gov.uk>",
            "Review decisions - Amelia Hart - initial review 12.01.2027",
            when,
            "Dear all,\n\nPlease find below the decisions from Amelia's initial review.\n\n"
            + AMELIA_DECISIONS
            + "\nHelen Marsh\nIndependent Reviewing Officer\n",
            cc=MB,
            outlook=True,
        ),
        kind="review_record",
        subtype="decisions",
        child="Amelia Hart",
        la_ref="1048213",
        dates={"review_date": "2027-01-12"},
        sent="2027-01-15",
        notes="Decisions circulated in the body; action dates (29 Jan, 5 Feb) and next review date (13 April) are distractors for review_date. Recorded next review date is not asserted as a booking.",
    )

    when = dt("2027-02-09 12:00")
    rec = docx(
        "Looked After Review - Decisions and Recommendations",
        [
            "Child: Kacper Nowak    DOB: 09/01/2017    LCS ID: 1060412",
            f"Type of review: Initial    Date of review: {dmy('2027-02-04')}",
            "IRO: Mark Ellery",
            "## Decisions",
            "1. Kacper to remain with Mr and Mrs Achterberg.",
            "2. Speech and language referral to be made within 4 weeks.",
            "3. Contact with mother twice weekly, supervised.",
            f"Next review: {dmy('2027-05-04')}",
        ],
    )
    add(
        "review-decisions-docx",
        mail(
            "Mark Ellery <mark.ellery@council.example.gov.uk>",
            MB,
            "Decisions",
            when,
            "Decisions from Kacper's review attached - please circulate to the attendees and the designated manager.\n\nMark\n",
            attachments=[docx_att(rec, "KN decisions.docx")],
        ),
        kind="review_record",
        subtype="decisions",
        child="Kacper Nowak",
        dob="2017-01-09",
        la_ref="1060412",
        dates={"review_date": "2027-02-04"},
        sent="2027-02-09",
        notes="Decisions only in the DOCX.",
    )

    when = dt("2027-03-22 10:41")
    rec = pdf(
        "Review decisions",
        [
            f"Tyler Quinn - Looked After Review {dmy('2027-03-17')} - Mosaic ID 1052277",
            "1. Tyler to remain with his paternal grandparents (Reg 24).",
            "2. Therapy (play therapy) to be funded and start before the final hearing.",
            "3. Mother's contact: once a week supervised.",
        ],
    )
    add(
        "review-decisions-to-guardian",
        mail(
            "Mark Ellery <mark.ellery@council.example.gov.uk>",
            "=?utf-8?q?Siobh=C3=A1n_Kearney?= <siobhan.kearney@cafcass.gov.uk>",
            "Tyler Quinn BM26C50231 - record of LAC review",
            when,
            f"""Dear Siobhán,

As agreed under the protocol, here are the decisions from Tyler's review on {dmy("2027-03-17")}. The next review is provisionally {dmy("2027-06-15")}.

Best wishes
Mark
""",
            cc=MB,
            attachments=[pdf_att(rec, "Decisions TQ 17.03.27.pdf")],
        ),
        kind="review_record",
        subtype="decisions",
        case="BM26C50231",
        child="Tyler Quinn",
        la_ref="1052277",
        dates={"review_date": "2027-03-17"},
        sent="2027-03-22",
        notes="Decisions sent to the Children's Guardian (CIP-REVIEW-TO-GUARDIAN), mailbox copied.",
    )

    when = dt("2027-01-22 17:02")
    html = f"""<html><body>
<p>Review decisions &ndash; <b>Zo&euml; Lindqvist</b> &ndash; Child ID 1039955 &ndash; review held {slash("2027-01-20")}</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>No.</th><th>Decision</th><th>By whom</th><th>By when</th></tr>
<tr><td>1</td><td>Referral to CAMHS for trauma-focused therapy</td><td>SW</td><td>{slash("2027-02-12")}</td></tr>
<tr><td>2</td><td>PEP to be updated</td><td>Designated teacher</td><td>{slash("2027-02-26")}</td></tr>
<tr><td>3</td><td>Sibling contact with Elsa monthly</td><td>SW</td><td>{slash("2027-03-01")}</td></tr>
</table>
<p>Fatima Begum, IRO</p></body></html>"""
    add(
        "review-decisions-html-table",
        mail(
            "Fatima Begum <fatima.begum@council.example.gov.uk>",
            MB,
            "Review decisions - ZL",
            when,
            html=html,
        ),
        kind="review_record",
        subtype="decisions",
        child="Zoë Lindqvist",
        la_ref="1039955",
        dates={"review_date": "2027-01-20"},
        sent="2027-01-22",
        notes="HTML-only decisions table; child name with an HTML entity (Zo&euml;); 'by when' dates are distractors.",
    )

    when = dt("2027-01-29 15:15")
    rec = pdf(
        "Record of Looked After Review",
        [
            "Child: Amelia Hart    DOB: 02/03/2015    LCS ID: 1048213",
            f"Review: Initial    Held on: {dmy('2027-01-12')}    Venue: foster home",
            "Present: Amelia (part), foster carers, Daniel Pryce (SW), mother. Apologies: Ruth Okafor (Children's Guardian).",
            "## Views of the child",
            "Amelia said she likes her foster carers' dog and wants to see her mum more.",
            "## IRO's view",
            "The care plan is appropriate pending the outcome of proceedings.",
            "## Decisions",
            "As circulated on 15 January 2027.",
        ],
    )
    add(
        "review-full-record-pdf",
        mail(
            "Helen Marsh <helen.marsh@council.example.gov.uk>",
            MB,
            "Full record - Amelia Hart initial review",
            when,
            "Full record attached for distribution.\n\nHelen\n",
            attachments=[pdf_att(rec, "Full record AH.pdf")],
        ),
        kind="review_record",
        subtype="full",
        child="Amelia Hart",
        dob="2015-03-02",
        la_ref="1048213",
        dates={"review_date": "2027-01-12"},
        sent="2027-01-29",
        notes="Full record (views, IRO's view, decisions) in a PDF; '15 January' (when decisions went out) is a distractor.",
    )

    when = dt("2027-05-14 11:30")
    rec = docx(
        "Looked After Review - Full Record",
        [
            "Name: Oliver Price   DOB: 02/02/2013   LCS ID: 1029874",
            f"Date of review meeting: {dmy('2027-04-28')}",
            "## Attendance",
            "Oliver, foster carer, Jack Ferris (SW), designated teacher, Mark Ellery (IRO).",
            "## Discussion",
            "Education: Oliver has settled at his new school. Health: dental check overdue.",
            "## Decisions",
            "1. Dental appointment within 4 weeks. 2. Keep-safe work on online safety.",
        ],
    )
    add(
        "review-full-record-docx",
        mail(
            "Mark Ellery <mark.ellery@council.example.gov.uk>",
            MB,
            "Oliver Price - review record (full)",
            when,
            "Hi Dawn,\n\nThe full record of Oliver's review is attached. Please send copies to those on the attendance sheet.\n\nMark\n",
            attachments=[docx_att(rec, "OP full record.docx")],
        ),
        kind="review_record",
        subtype="full",
        child="Oliver Price",
        dob="2013-02-02",
        la_ref="1029874",
        dates={"review_date": "2027-04-28"},
        sent="2027-05-14",
        notes="Full record in a DOCX.",
    )

    when = dt("2027-03-19 16:59")
    body = f"""FULL RECORD OF LOOKED AFTER REVIEW

Child:            Layla Hussain
Date of birth:    09/09/2017
Mosaic ID:        1071184
Review:           Initial review
Date held:        {long("2027-03-02")}
Chair:            Fatima Begum (IRO)

Attendees: Layla's foster carer, Claire Dunmore (SW), Hannah Whitlock (Children's Guardian), Layla's mother (first part).

Layla's wishes and feelings: Layla drew a picture of her foster carer's house and said that she feels safe there. She would like to see her brother more often.

Parents' views: Mother opposes the plan and wants Layla home; she accepts that she needs to engage with the parenting assessment.

IRO's view: The interim plan is appropriate. The social worker must update the placement plan, which was not available at the review; a placement planning meeting must be held within 7 days.

Decisions:
1. Placement planning meeting by {dmy("2027-03-09")} (SW).
2. Sibling contact to be increased to fortnightly (SW).
3. Initial health assessment report to be shared with the IRO (LAC nurse).

Next review: {long("2027-06-01")}

Fatima Begum, Independent Reviewing Officer, {dmy("2027-03-19")}
"""
    add(
        "review-full-record-qp-body",
        mail(
            "Fatima Begum <fatima.begum@council.example.gov.uk>",
            MB,
            "Layla Hussain - full review record",
            when,
            body,
            cte="quoted-printable",
        ),
        kind="review_record",
        subtype="full",
        child="Layla Hussain",
        dob="2017-09-09",
        la_ref="1071184",
        dates={"review_date": "2027-03-02"},
        sent="2027-03-19",
        notes="Full record in a quoted-printable body with long lines (soft line breaks); several distractor dates (PPM deadline, next review, signature date).",
    )


def manager_responses() -> None:
    when = dt("2027-01-19 08:47")
    add(
        "manager-agreed-reply-quoting",
        mail(
            "Lorraine Oduya <lorraine.oduya@council.example.gov.uk>",
            "Helen Marsh <helen.marsh@council.example.gov.uk>",
            "RE: Review decisions - Amelia Hart - initial review 12.01.2027",
            when,
            "Helen,\n\nThank you. I have considered the decisions from Amelia's review on 12 January and I agree them. Daniel will update the care plan.\n\nLorraine Oduya\nTeam Manager, FSP Team 1\n\n"
            + outlook_block(
                "Helen Marsh",
                dt("2027-01-15 16:20"),
                "Daniel Pryce; Lorraine Oduya",
                "Review decisions - Amelia Hart - initial review 12.01.2027",
                cc="IRO Reviews",
            )
            + AMELIA_DECISIONS,
            cc=MB,
            in_reply_to=mid(
                "Review decisions - Amelia Hart - initial review 12.01.2027"
                f"{dt('2027-01-15 16:20')}",
                "council.example.gov.uk",
                "outlook",
            ),
            outlook=True,
        ),
        kind="manager_response",
        subtype="agreed",
        child="Amelia Hart",
        la_ref="1048213",
        dates={"review_date": "2027-01-12"},
        sent="2027-01-19",
        notes="Designated manager agrees; reply (not forward) with the decisions quoted in an Outlook block below: sent_at is the reply's date. In-Reply-To points at the decisions mail.",
    )

    when = dt("2027-02-15 19:12")
    add(
        "manager-agreed-one-word",
        mail(
            "Gareth Lowe <gareth.lowe@council.example.gov.uk>",
            "Mark Ellery <mark.ellery@council.example.gov.uk>",
            f"RE: Decisions - Kacper Nowak - review {slash('2027-02-04')}",
            when,
            "Agreed.\n\nGareth\n\nSent from my iPhone\n",
            cc=MB,
        ),
        kind="manager_response",
        subtype="agreed",
        child="Kacper Nowak",
        dates={"review_date": "2027-02-04"},
        sent="2027-02-15",
        notes="One-word agreement from a phone; child and review date only in the subject.",
    )

    when = dt("2027-01-26 12:05")
    body = (
        "Fatima - I've read the decisions for Zoë and I'm happy to agree all three. The CAMHS referral has already gone in.\n\nRegards\nLorraine\n\n"
        + original_block(
            "Fatima Begum", dt("2027-01-22 17:02"), "IRO Reviews", "Review decisions - ZL"
        )
        + "Review decisions - Zoë Lindqvist - Child ID 1039955 - review held 20/01/2027\n1 Referral to CAMHS ... SW ... 12/02/2027\n"
    )
    add(
        "manager-agreed-original-message",
        mail(
            "Lorraine Oduya <lorraine.oduya@council.example.gov.uk>",
            "Fatima Begum <fatima.begum@council.example.gov.uk>",
            "RE: Review decisions - ZL",
            when,
            body,
            cc=MB,
        ),
        kind="manager_response",
        subtype="agreed",
        child="Zoë Lindqvist",
        la_ref="1039955",
        dates={"review_date": "2027-01-20"},
        sent="2027-01-26",
        notes="Agreement with '-----Original Message-----' quoted history; review date only inside the quoted text.",
    )

    when = dt("2027-03-26 14:30")
    add(
        "manager-disagreed-therapy-funding",
        mail(
            "Gareth Lowe <gareth.lowe@council.example.gov.uk>",
            "Mark Ellery <mark.ellery@council.example.gov.uk>",
            "RE: Tyler Quinn BM26C50231 - record of LAC review",
            when,
            f"""Mark,

I have considered the decisions from Tyler's review on {dmy("2027-03-17")}. I agree decisions 1 and 3 but I am not able to agree decision 2 (funding of play therapy before the final hearing). Funding has to go to the resource panel, which next sits on {dmy("2027-04-14")}, and I would ask that the decision is re-worded to "referral to resource panel".

I am copying everyone who attended, as the procedure requires.

Gareth Lowe
Service Manager (designated manager for reviews)
""",
            cc=f"{MB}, Priya Raman <priya.raman@council.example.gov.uk>, siobhan.kearney@cafcass.gov.uk",
        ),
        kind="manager_response",
        subtype="disagreed",
        case="BM26C50231",
        child="Tyler Quinn",
        dates={"review_date": "2027-03-17"},
        sent="2027-03-26",
        notes="Partial disagreement: one decision not agreed makes the response 'disagreed'. Sent 7 working days after the decisions went out (a compliance point, not a label).",
    )

    when = dt("2027-03-24 09:58")
    add(
        "manager-disagreed-partial",
        mail(
            "Lorraine Oduya <lorraine.oduya@council.example.gov.uk>",
            "Fatima Begum <fatima.begum@council.example.gov.uk>",
            "Layla Hussain - review decisions",
            when,
            """Fatima

Thanks for the record of Layla's initial review. I can't agree decision 2 as worded - fortnightly sibling contact isn't achievable with the brother's foster carers 40 miles away. I can agree monthly. The other decisions are agreed.

Lorraine
""",
            cc=MB,
        ),
        kind="manager_response",
        subtype="disagreed",
        child="Layla Hussain",
        sent="2027-03-24",
        notes="'I can't agree decision 2' with the rest agreed: disagreed. No review date stated in this mail.",
    )

    when = dt("2027-05-20 16:44")
    html = """<html><body><div>Dear Mark,</div>
<div>&nbsp;</div>
<div>I have considered the decisions from Oliver Price's review and <b>do not agree</b> with decision 2. Keep-safe work is already being delivered by the school and a duplicate piece of work is not in Oliver's interests.</div>
<div>&nbsp;</div>
<div>Regards,<br>Gareth Lowe<br>Service Manager</div></body></html>"""
    add(
        "manager-disagreed-html",
        mail(
            "Gareth Lowe <gareth.lowe@council.example.gov.uk>",
            "Mark Ellery <mark.ellery@council.example.gov.uk>",
            "RE: Oliver Price - review record (full)",
            when,
            html=html,
            cc=MB,
        ),
        kind="manager_response",
        subtype="disagreed",
        child="Oliver Price",
        sent="2027-05-20",
        notes="HTML-only disagreement; the subject echoes the review record's subject (must not be read as a review_record).",
    )


def significant_events() -> None:
    when = dt("2027-05-14 17:25")
    add(
        "event-court-directed-change",
        mail(
            "Anika Shah <anika.shah@legal.council.example.gov.uk>",
            "Fatima Begum <fatima.begum@council.example.gov.uk>",
            "URGENT - Grace Adeyemi - change to care plan directed at IRH",
            when,
            f"""Fatima,

At the IRH today ({dmy("2027-05-14")}) the judge would not endorse the plan for Grace to remain in foster care pending a long-term match. She directed the local authority to assess the paternal aunt, Ms Adeyemi, as a special guardian and to file an amended care plan providing for Grace to move to the aunt under a Regulation 24 placement if the viability is positive. The final hearing stays listed.

This is a significant change to the plan at short notice - you may want to consider an earlier review.

Case number BM26C50612.

Anika Shah
Solicitor
""",
            cc=MB,
        ),
        kind="significant_event",
        subtype="court_directed_change",
        case="BM26C50612",
        child="Grace Adeyemi",
        dates={"event_date": "2027-05-14", "irh": "2027-05-14"},
        sent="2027-05-14",
        notes="Change of care plan directed by the court at the IRH; the IRH date is stated and is also the event date.",
    )

    when = dt("2027-04-23 12:40")
    add(
        "event-court-directed-change-siblings-separated",
        mail(
            "Claire Dunmore <claire.dunmore@council.example.gov.uk>",
            MB,
            "Leah Brennan - court direction re placement",
            when,
            f"""Hi,

For the IRO's attention. At the hearing on {short("2027-04-22")} (Brennan, BM26C50402) the court directed that Leah Brennan (DOB 30/05/2014) be assessed for a separate placement from her brother, contrary to our plan of placing them together. The care plan will need to change. Noah's plan is unchanged.

Claire
""",
        ),
        kind="significant_event",
        subtype="court_directed_change",
        case="BM26C50402",
        child="Leah Brennan",
        dob="2014-05-30",
        dates={"event_date": "2027-04-22"},
        sent="2027-04-23",
        notes="Only one of the two siblings is affected, so the child is Leah; 'Thu 22 Apr' takes its year from the mail date.",
    )

    when = dt("2027-02-10 10:02")
    add(
        "event-decision-not-implemented-pep",
        mail(
            "Helen Marsh <helen.marsh@council.example.gov.uk>",
            "Lorraine Oduya <lorraine.oduya@council.example.gov.uk>",
            "Amelia Hart - review decision not carried out",
            when,
            f"""Lorraine,

Decision 2 from Amelia's initial review (PEP meeting to be held by {dmy("2027-02-05")}) has not been carried out and no new date has been set. Amelia has now been out of school for six days.

Please can you let me know by Friday what is happening. If I don't hear, I will treat this as a formal dispute under stage 1 of the dispute resolution protocol.

Helen Marsh
IRO (LCS ID 1048213)
""",
            cc=MB,
        ),
        kind="significant_event",
        subtype="decision_not_implemented",
        child="Amelia Hart",
        la_ref="1048213",
        sent="2027-02-10",
        notes="A review decision not carried out within its timescale. No event date asserted: the deadline that was missed (5 Feb) is not the date of an event. LCS ID written oddly inside the signature line.",
    )

    when = dt("2027-02-19 15:33")
    add(
        "event-decision-not-implemented-camhs",
        mail(
            "Fatima Begum <fatima.begum@council.example.gov.uk>",
            "Claire Dunmore <claire.dunmore@council.example.gov.uk>",
            "Zoe Lindqvist - CAMHS referral",
            when,
            """Hi Claire,

I've checked with CAMHS and they have no referral for Zoe Lindqvist. The review decision was that the referral would be made by 12/02/2027. Can you make it today and confirm to me, please? I'm logging this as a decision not implemented.

Fatima
""",
            cc=MB,
        ),
        kind="significant_event",
        subtype="decision_not_implemented",
        child="Zoe Lindqvist",
        sent="2027-02-19",
        notes="Decision not implemented (CAMHS referral); name written without diaeresis.",
    )

    when = dt("2027-02-26 16:08")
    add(
        "event-contact-reduced",
        mail(
            "Claire Dunmore <claire.dunmore@council.example.gov.uk>",
            MB,
            "Change to contact - Layla Hussain",
            when,
            f"""Dear IRO,

Following an incident at contact on {dm("2027-02-24")} (mother arrived under the influence and shouted at staff), contact between Layla Hussain and her mother will reduce from twice weekly to once a fortnight, supervised at the family centre, with effect from {ordinal("2027-03-01", weekday=True)}. Mother's solicitors have been told.

Mosaic ID 1071184

Claire Dunmore
""",
            outlook=True,
        ),
        kind="significant_event",
        subtype="contact_change",
        child="Layla Hussain",
        la_ref="1071184",
        dates={"event_date": "2027-03-01"},
        sent="2027-02-26",
        notes="Major change to contact; event_date is the date the change takes effect (1 March). The incident date (24 Feb) is context.",
    )

    when = dt("2027-03-11 13:20")
    body = f"""Hi Mark

Just so you’re aware – Kacper’s contact with his father has been suspended from today ({slash("2027-03-11")}) pending a strategy discussion. Dad made threats to the foster carer at handover. Mum’s contact is unaffected.

Kacper Nowak, LCS ID 1060412.

Tom
"""
    add(
        "event-contact-suspended-cp1252",
        mail(
            "Tom Ashdown <tom.ashdown@council.example.gov.uk>",
            MB,
            "Kacper – contact with dad suspended",
            when,
            body,
            charset="windows-1252",
            cte="quoted-printable",
        ),
        kind="significant_event",
        subtype="contact_change",
        child="Kacper Nowak",
        la_ref="1060412",
        dates={"event_date": "2027-03-11"},
        sent="2027-03-11",
        notes="windows-1252 QP body; the threat could suggest safeguarding, but what the mail reports is the suspension of contact.",
    )

    when = dt("2027-02-08 09:15")
    add(
        "event-social-worker-change",
        mail(
            "Gareth Lowe <gareth.lowe@council.example.gov.uk>",
            MB,
            "Change of allocated social worker - Tyler Quinn",
            when,
            f"""Dear IRO service,

Please note that from {long("2027-02-15")} Tyler Quinn's allocated social worker will be Priya Raman (07700 900144), replacing Sam Doherty who is moving to the Court Team.

Tyler Quinn, DOB 20/11/2019, Mosaic ID 1052277.

Gareth Lowe
Service Manager
""",
        ),
        kind="significant_event",
        subtype="social_worker_change",
        child="Tyler Quinn",
        dob="2019-11-20",
        la_ref="1052277",
        dates={"event_date": "2027-02-15"},
        sent="2027-02-08",
        notes="Change of social worker with an effective date in the future.",
    )

    when = dt("2027-03-17 11:55")
    add(
        "event-social-worker-leaving",
        mail(
            "Jack Ferris <jack.ferris@council.example.gov.uk>",
            MB,
            "Leaving Westmere - my caseload",
            when,
            """Hi all,

As some of you know I am leaving Westmere at the end of next week. My cases are being re-allocated by Lorraine; for the IRO service the looked after child affected is Harvey Dunn (LCS ID 1033390). His new social worker has not been confirmed yet - Lorraine will let you know.

It's been a pleasure!
Jack
""",
        ),
        kind="significant_event",
        subtype="social_worker_change",
        child="Harvey Dunn",
        la_ref="1033390",
        sent="2027-03-17",
        notes="Social worker leaving, replacement not yet named; no exact date given ('end of next week'), so no event_date.",
    )

    when = dt("2027-02-25 18:40")
    add(
        "event-safeguarding-s47",
        mail(
            "Priya Raman <priya.raman@council.example.gov.uk>",
            MB,
            "Maisie Thornton - strategy meeting / s47",
            when,
            f"""IRO - please note.

On {ordinal("2027-02-24")} Maisie Thornton (Child ID 1066025) disclosed to her teacher that a visitor to the foster home had hurt her. A strategy meeting was held today and section 47 enquiries are under way. Maisie remains in placement with a safety plan; the visitor is not to attend the home.

Priya Raman
Social Worker
""",
        ),
        kind="significant_event",
        subtype="safeguarding",
        child="Maisie Thornton",
        la_ref="1066025",
        dates={"event_date": "2027-02-24"},
        sent="2027-02-25",
        notes="Safeguarding concern leading to s47 enquiries; event_date is the disclosure date; the strategy meeting was 'today'.",
    )

    when = dt("2027-04-15 14:02")
    add(
        "event-safeguarding-cp-conference",
        mail(
            "Child Protection Conference Admin <cp.conference@council.example.gov.uk>",
            MB,
            "ICPC outcome - Ava Sandhu",
            when,
            f"""The Initial Child Protection Conference for Ava Sandhu (DOB 28/03/2018, Child ID 1069921) was held on {dmy("2027-04-14")}.

Outcome: Ava is to be the subject of a Child Protection Plan under the category of neglect. The first core group will be held within 10 working days.

The IRO did not attend the conference.

Conference Admin Team
""",
        ),
        kind="significant_event",
        subtype="safeguarding",
        child="Ava Sandhu",
        dob="2018-03-28",
        la_ref="1069921",
        dates={"event_date": "2027-04-14"},
        sent="2027-04-15",
        notes="Outcome of a child protection conference not attended by the IRO (§2.5 safeguarding).",
    )

    orig = dt("2027-03-02 22:14")
    fwd = dt("2027-03-03 09:05")
    body = (
        "Hi IRO team - see below from Tyler's mum. She has made a formal complaint. Logged with Customer Relations today.\n\nPriya\n\n"
        + outlook_block(
            "kelly quinn <kellyq88@mail.example.com>",
            orig,
            "Raman, Priya <priya.raman@council.example.gov.uk>",
            "complaint",
        )
        + """I want to make a complaint about the way contact is being done, I am only seeing Tyler once a week and the worker at the centre is rude to me and Tyler is upset every time. Nobody listens. I want this to go to a manager.
Kelly Quinn (Tylers mum)
"""
    )
    add(
        "event-complaint-parent-fwd",
        mail("Priya Raman <priya.raman@council.example.gov.uk>", MB, "FW: complaint", fwd, body),
        kind="significant_event",
        subtype="complaint",
        child="Tyler Quinn",
        sent="2027-03-02",
        fwd=True,
        notes="Parent's complaint from a free-mail address, forwarded by the council social worker: trusted (staff vouch). sent_at is the parent's mail (2 March, 22:14).",
    )

    when = dt("2027-04-30 11:11")
    add(
        "event-complaint-via-advocate-external",
        mail(
            "Westmere Children's Advocacy <referrals@advocacy-west.example.org>",
            MB,
            "Complaint on behalf of young person - Harvey Dunn",
            when,
            """Dear IRO Service

I am Harvey Dunn's advocate. Harvey (DOB 17/06/2011) has asked me to make a complaint on his behalf: he says his pocket money has not been paid for five weeks and that he has not been allowed to see his friends at weekends. He would like to discuss this at his next review.

Kind regards
Tasha Bright
Independent Advocate
07700 900902
""",
        ),
        kind="significant_event",
        subtype="complaint",
        child="Harvey Dunn",
        dob="2011-06-17",
        sent="2027-04-30",
        trust="untrusted",
        notes="Complaint on behalf of the child by an external advocacy service: untrusted sender.",
    )

    when = dt("2027-05-03 20:05")
    add(
        "event-placement-breakdown-bank-holiday",
        mail(
            "Emergency Duty Team <edt@council.example.gov.uk>",
            MB,
            "EDT - placement breakdown - Oliver Price",
            when,
            f"""EDT notification

Child: Oliver Price (LCS ID 1029874)
On {long("2027-05-03")} (bank holiday) Oliver's foster placement broke down after an argument in which a window was broken. The carers asked for his immediate removal. Oliver was moved tonight to an emergency placement with Westmere carers (Mr and Mrs Dale).

Allocated SW to follow up on the next working day.

EDT Social Worker: R. Castle
""",
        ),
        kind="significant_event",
        subtype="placement_change",
        child="Oliver Price",
        la_ref="1029874",
        dates={"event_date": "2027-05-03"},
        sent="2027-05-03",
        notes="Unexpected placement change on a bank holiday (Early May bank holiday 3 May 2027); the LAR-EMERGENCY clock's next working day is 4 May.",
    )

    when = dt("2027-03-23 15:45")
    add(
        "event-placement-notice-given",
        mail(
            "Priya Raman <priya.raman@council.example.gov.uk>",
            MB,
            "Maisie - carers giving notice",
            when,
            """Hello,

Maisie Thornton's foster carers have given 28 days' notice on her placement. They say they cannot manage her behaviour since the s47. We are looking for a new placement and will update.

Priya
""",
        ),
        kind="significant_event",
        subtype="placement_change",
        child="Maisie Thornton",
        sent="2027-03-23",
        notes="Placement notice given (future change, no date of the move); no event_date asserted.",
    )

    when = dt("2027-04-02 12:25")
    add(
        "event-family-birth-of-sibling",
        mail(
            "Daniel Pryce <daniel.pryce@council.example.gov.uk>",
            MB,
            "Amelia Hart - new baby sibling",
            when,
            f"""Hi Helen,

Amelia's mother gave birth to a baby boy on {ordinal("2027-03-31")}. Pre-birth assessment concluded the baby can remain with mum under a child protection plan. We haven't told Amelia yet - I'd like to discuss how and when with you.

Daniel
LCS ID for Amelia: 1048213
""",
        ),
        kind="significant_event",
        subtype="family_change",
        child="Amelia Hart",
        la_ref="1048213",
        dates={"event_date": "2027-03-31"},
        sent="2027-04-02",
        notes="Birth of a sibling (family change), though a child protection plan for the baby is also mentioned - the subject child's event is the family change.",
    )

    when = dt("2027-04-19 08:40")
    body = """Dear Fatima,

I am sorry to tell you that Zoë's maternal grandmother, Mrs Ingrid Lindqvist, died on Saturday 17/04/2027 after a short illness. Zoë was very close to her. School has been told and Zoë is being supported by her carers.

Regards,
Claire Dunmore
"""
    add(
        "event-family-bereavement-latin1",
        mail(
            "Claire Dunmore <claire.dunmore@council.example.gov.uk>",
            MB,
            "=?iso-8859-1?q?Zo=EB_Lindqvist_-_bereavement?=",
            when,
            body,
            charset="iso-8859-1",
            cte="8bit",
        ),
        kind="significant_event",
        subtype="family_change",
        child="Zoë Lindqvist",
        dates={"event_date": "2027-04-17"},
        sent="2027-04-19",
        notes="Death in the birth family; ISO-8859-1 8bit body and Q-encoded ISO-8859-1 subject.",
    )

    when = dt("2027-05-24 10:10")
    add(
        "event-offence-charged",
        mail(
            "Grant Oyelaran <grant.oyelaran@council.example.gov.uk>",
            MB,
            "Harvey Dunn - charged",
            when,
            f"""Morning,

Harvey Dunn (DOB 17/06/2011, LCS 1033390) was arrested on {long("2027-05-22")} and has been charged with criminal damage and assault by beating. He has been referred to the Youth Justice Service and is bailed to appear at Westmere Youth Court on {dmy("2027-06-08")}.

Grant Oyelaran
Youth Justice Service
""",
        ),
        kind="significant_event",
        subtype="offence",
        child="Harvey Dunn",
        dob="2011-06-17",
        la_ref="1033390",
        dates={"event_date": "2027-05-22"},
        sent="2027-05-24",
        notes="Child charged with offences and referred to youth justice; the court date is a distractor. The LA reference is written 'LCS 1033390' (label without 'ID') inside brackets with the DOB.",
    )

    when = dt("2027-06-18 16:30")
    add(
        "event-offence-sentenced",
        mail(
            "Grant Oyelaran <grant.oyelaran@council.example.gov.uk>",
            MB,
            "Callum Reid - sentence",
            when,
            f"""Dear IRO,

Callum Reid (LCS ID 1011457) was convicted at Westmere Crown Court on {ordinal("2027-06-17")} of robbery and sentenced to a 12-month Detention and Training Order. He will serve the custodial part at Ashdown YOI.

Grant
""",
        ),
        kind="significant_event",
        subtype="offence",
        child="Callum Reid",
        la_ref="1011457",
        dates={"event_date": "2027-06-17"},
        sent="2027-06-18",
        notes="Conviction and sentence.",
    )

    when = dt("2027-03-09 13:02")
    add(
        "event-exclusion-suspension",
        mail(
            "Dylan's SW <nathan.keeble@council.example.gov.uk>",
            MB,
            "Dylan Hughes - suspended from school",
            when,
            """Hi

Dylan Hughes (DOB 09/05/2010, Mosaic ID 1020391) has been suspended (fixed-term exclusion) from Westmere Academy for 5 school days from today after a fight. A reintegration meeting will follow. The Virtual School is aware.

Nathan Keeble
Social Worker
""",
        ),
        kind="significant_event",
        subtype="exclusion",
        child="Dylan Hughes",
        dob="2010-05-09",
        la_ref="1020391",
        dates={"event_date": "2027-03-09"},
        sent="2027-03-09",
        notes="Fixed-term suspension counts as exclusion; 'from today' = mail date. Display name is not a person's name.",
    )

    when = dt("2027-01-28 17:10")
    letter = pdf(
        "Notice of Permanent Exclusion",
        [
            "Westmere Park School",
            "To the parent/carer of Mason Kelly (Year 10), date of birth 01/12/2011",
            f"I am writing to inform you of my decision to exclude Mason permanently with effect from {dmy('2027-01-28')}.",
            "The governing board will consider the exclusion within 15 school days.",
            "Headteacher",
        ],
    )
    add(
        "event-exclusion-permanent-letter-pdf",
        mail(
            "Nathan Keeble <nathan.keeble@council.example.gov.uk>",
            MB,
            "Permanent exclusion - Mason Kelly",
            when,
            "IRO,\n\nSee attached letter from school. Mason's LCS ID is 1027745.\n\nNathan\n",
            attachments=[pdf_att(letter, "Exclusion letter.pdf")],
        ),
        kind="significant_event",
        subtype="exclusion",
        child="Mason Kelly",
        dob="2011-12-01",
        la_ref="1027745",
        dates={"event_date": "2027-01-28"},
        sent="2027-01-28",
        notes="Exclusion letter as a PDF attached by the social worker (not a forwarded mail, so sent_at is the SW's mail).",
    )

    when = dt("2027-04-11 07:55")
    add(
        "event-missing-returned",
        mail(
            "Sam Okafor <sam.okafor@council.example.gov.uk>",
            MB,
            "Missing episode - Jayden Morris",
            when,
            f"""Jayden Morris (DOB 03/09/2010, LA ref 987654) was reported missing from his placement at 22:30 on {long("2027-04-09")}. Police were informed (log 1187). He returned at 09:15 the next morning, unharmed, and a return home interview has been offered.

This is his third missing episode this year.

Sam Okafor, Social Worker
""",
        ),
        kind="significant_event",
        subtype="missing",
        child="Jayden Morris",
        dob="2010-09-03",
        la_ref="987654",
        dates={"event_date": "2027-04-09"},
        sent="2027-04-11",
        notes="Missing from placement; six-digit LA ref; event_date is when he went missing, not his return. Sent on a Sunday.",
    )

    when = dt("2027-04-04 06:12")
    html = f"""<html><body>
<h3>Missing Episode Notification</h3>
<table border="1" cellpadding="3">
<tr><td>Young person</td><td>Finley Walsh</td></tr>
<tr><td>Mosaic ID</td><td>10318762</td></tr>
<tr><td>DOB</td><td>30/11/2012</td></tr>
<tr><td>Reported missing</td><td>{slash("2027-04-03")} 19:40</td></tr>
<tr><td>Returned</td><td>{slash("2027-04-04")} 01:05 (found by police)</td></tr>
<tr><td>Placement</td><td>Oakfield</td></tr>
</table>
<p>This is an automated notification from the Missing Children Co-ordinator system.</p>
</body></html>"""
    add(
        "event-missing-automated-html",
        mail(
            "Missing Children Coordinator <missing.children@council.example.gov.uk>",
            MB,
            "Missing Episode Notification - FW",
            when,
            html=html,
            headers=[("Auto-Submitted", "auto-generated")],
        ),
        kind="significant_event",
        subtype="missing",
        child="Finley Walsh",
        dob="2012-11-30",
        la_ref="10318762",
        dates={"event_date": "2027-04-03"},
        sent="2027-04-04",
        notes="System-generated (Auto-Submitted: auto-generated) but it is a notification of a missing episode, not an auto-reply; 8-digit Mosaic ID; subject 'FW' are the child's initials, not a forward.",
    )

    when = dt("2027-06-21 23:40", "+0000")
    add(
        "event-health-hospital-utc-midnight",
        mail(
            "EDT Out of Hours <edt@council.example.gov.uk>",
            MB,
            "Poppy Evans - admitted to hospital",
            when,
            """EDT: Poppy Evans (DOB 06/06/2020, Child ID 1074410) was taken to Westmere General A&E this evening by her foster carer after a fall from a climbing frame. Suspected fractured arm; she has been admitted overnight. Foster carer with her.
""",
        ),
        kind="significant_event",
        subtype="health",
        child="Poppy Evans",
        dob="2020-06-06",
        la_ref="1074410",
        sent="2027-06-22",
        notes="Date header is 23:40 +0000 on 21 June, which is 00:40 BST on 22 June in Europe/London: sent_at_date is 22 June. The event is only 'this evening' and the sender's clock and London disagree on the day, so no event_date is asserted.",
    )

    when = dt("2027-03-05 10:30")
    add(
        "event-health-diagnosis-short-date",
        mail(
            "Nia Bowen <nia.bowen@council.example.gov.uk>",
            MB,
            "Reuben Clarke - diagnosis",
            when,
            f"""Hi,

Reuben Clarke (DOB 14/03/2014) was admitted to Westmere General on {short("2027-03-03")} and has been diagnosed with type 1 diabetes. He's due home tomorrow. Foster carers are being trained by the diabetes nurses.

Nia
""",
        ),
        kind="significant_event",
        subtype="health",
        child="Reuben Clarke",
        dob="2014-03-14",
        dates={"event_date": "2027-03-03"},
        sent="2027-03-05",
        notes="'Wed 3 Mar' without a year: 2027 from the mail date.",
    )

    when = dt("2027-02-03 15:20")
    add(
        "event-safeguarding-from-school-external",
        mail(
            "Designated Safeguarding Lead <dsl@westmerepark.example.sch.uk>",
            MB,
            "Safeguarding concern - Mason Kelly",
            when,
            f"""To the IRO,

Mason Kelly (Year 10) came into school today with a bruise to his cheek which he said was from his foster carer's partner. We have made a referral to the MASH today ({slash("2027-02-03")}).

DSL, Westmere Park School
""",
        ),
        kind="significant_event",
        subtype="safeguarding",
        child="Mason Kelly",
        dates={"event_date": "2027-02-03"},
        sent="2027-02-03",
        trust="untrusted",
        notes="Safeguarding concern sent directly by a school (external domain): untrusted.",
    )

    inner = mail(
        "Fernlea Fostering <placements@fernlea-ifa.example.co.uk>",
        "Daniel Pryce <daniel.pryce@council.example.gov.uk>",
        "Placement change - AH",
        dt("2027-04-26 16:20"),
        f"""Dear Daniel

As discussed, due to serious illness in the family our carers Mr and Mrs Gale can no longer care for Amelia Hart. Amelia moved to our carers Mr and Mrs Osei on {long("2027-04-26")} (today). She took all her belongings and the transition went as well as it could.

Fernlea Fostering - Placements Team
""",
    )
    add(
        "event-placement-change-ifa-rfc822",
        mail(
            "Daniel Pryce <daniel.pryce@council.example.gov.uk>",
            MB,
            "FW: Placement change - AH",
            dt("2027-04-27 09:00"),
            "Helen - placement change for Amelia, see attached from the IFA. LCS ID 1048213.\n\nDaniel\n",
            attachments=[(inner,)],
        ),
        kind="significant_event",
        subtype="placement_change",
        child="Amelia Hart",
        la_ref="1048213",
        dates={"event_date": "2027-04-26"},
        sent="2027-04-26",
        fwd=True,
        notes="IFA's mail attached as message/rfc822 by the council social worker: trusted; sent_at is the IFA mail's date.",
    )


def cafcass_referrals() -> None:
    when = dt("2027-06-30 15:00")
    report = docx(
        "Referral to Cafcass Legal by the Independent Reviewing Officer",
        [
            "Section 25B(3) Children Act 1989; Cafcass (Reviewed Case Referral) Regulations 2004",
            "Child: Harvey Dunn, born 17/06/2011, LCS ID 1033390. Legal status: accommodated under section 20.",
            "Reason for referral: unreasonable failure by the local authority to implement an important element of the care plan - funding of the specialist therapeutic placement agreed at the reviews of 20 April and 8 June 2027, escalated to the Director and the Chief Executive without resolution.",
            "Steps taken: stage 1 to 4 of the dispute resolution protocol (see chronology).",
            "Harvey's wishes and feelings: Harvey wants to move to the specialist placement and agrees to the referral.",
            "Mark Ellery, Independent Reviewing Officer",
        ],
    )
    add(
        "referral-docx-report",
        mail(
            "Mark Ellery <mark.ellery@council.example.gov.uk>",
            CAF_LEGAL,
            "IRO referral to Cafcass Legal - Harvey Dunn",
            when,
            """Dear Cafcass Legal,

Please find attached my formal referral in respect of Harvey Dunn (DOB 17/06/2011). Local resolution, including referral to the Chief Executive, has not resolved the issue.

Enclosed:
- IRO referral report (attached)
- Chronology and statement of issues
- All review records since Harvey became looked after
- A report on Harvey's wishes and feelings

Harvey is accommodated under section 20, so there is no care order or guardian's report.

Mark Ellery
Independent Reviewing Officer
0121 496 0312
""",
            cc=MB,
            attachments=[docx_att(report, "IRO referral - H Dunn.docx")],
        ),
        kind="cafcass_referral",
        child="Harvey Dunn",
        dob="2011-06-17",
        la_ref="1033390",
        sent="2027-06-30",
        notes="Formal referral to Cafcass Legal with the report in a DOCX; the review dates mentioned in the report are context, not the referral date.",
    )

    when = dt("2027-05-12 11:20")
    add(
        "referral-body",
        mail(
            "Fatima Begum <fatima.begum@council.example.gov.uk>",
            CAF_LEGAL,
            "Referral under the Reviewed Case Referral Regulations - Jayden Morris",
            when,
            """Dear Duty Lawyer,

Further to my call to the duty advice line on Monday, I now make a formal referral of Jayden Morris (DOB 03/09/2010, LA ref 987654), who is subject to a care order (Westmere Family Court, 2021).

The local authority proposes to move Jayden from the placement where he has lived for four years to a placement 90 miles away, against his wishes and without a review. I have raised this with the team manager, the service manager, the Head of Service and the Director; the decision stands.

I enclose the care order and care plan, the guardian's final report from 2021, all review records, my report and Jayden's own letter.

Yours faithfully
Fatima Begum
Independent Reviewing Officer
""",
            cc=MB,
            attachments=[
                pdf_att(
                    pdf(
                        "IRO referral report - Jayden Morris",
                        [
                            "LA ref 987654",
                            "Reason: unreasonable decision to move a child to a placement.",
                        ],
                    ),
                    "IRO report JM.pdf",
                )
            ],
        ),
        kind="cafcass_referral",
        child="Jayden Morris",
        dob="2010-09-03",
        la_ref="987654",
        sent="2027-05-12",
        notes="Referral in the body with enclosures; mentions an earlier informal call (not a referral).",
    )

    orig = dt("2027-04-20 17:05")
    fwd = dt("2027-04-21 08:31")
    body = (
        "For the referral log - Nathan's team have been told.\n\nSandra\n\n"
        + outlook_block(
            "Helen Marsh",
            orig,
            "Cafcass Legal <cafcass.legal@cafcass.gov.uk>",
            "Formal IRO referral - Mason Kelly (LCS ID 1027745)",
            cc="Sandra Whitfield",
        )
        + """Dear Cafcass Legal

I am referring the case of Mason Kelly, DOB 01/12/2011, who is looked after under a care order. Despite review decisions since October 2026 the local authority has not provided the education provision Mason needs following his permanent exclusion, and he has had no full-time education for 12 weeks. My referral report is attached.

Helen Marsh, IRO
"""
    )
    add(
        "referral-fwd-by-manager",
        mail(
            "Sandra Whitfield <sandra.whitfield@council.example.gov.uk>",
            MB,
            "FW: Formal IRO referral - Mason Kelly (LCS ID 1027745)",
            fwd,
            body,
        ),
        kind="cafcass_referral",
        child="Mason Kelly",
        dob="2011-12-01",
        la_ref="1027745",
        sent="2027-04-20",
        fwd=True,
        notes="The IRO manager forwards the IRO's referral to the mailbox; sent_at is the referral's date (20 April); LCS ID only in the subject lines.",
    )

    when = dt("2027-05-05 14:44")
    form = pdf(
        "IRO REFERRAL TO CAFCASS LEGAL",
        [
            "Child: Finley Walsh   DOB: 30/11/2012   Mosaic ID: 10318762",
            "Legal status: care order (s31)",
            "Issue: sibling contact with his brother has not taken place for nine months despite four review decisions.",
            "Dispute resolution: exhausted up to the Chief Executive (letter of 2 April 2027).",
            "Referring IRO: Mark Ellery",
            f"Date of referral: {dmy('2027-05-05')}",
        ],
    )
    add(
        "referral-pdf-only",
        mail(
            "Mark Ellery <mark.ellery@council.example.gov.uk>",
            CAF_LEGAL,
            "Referral",
            when,
            "Please see the attached referral and enclosures.\n\nMark Ellery\nIRO, Westmere\n",
            cc=MB,
            attachments=[pdf_att(form, "Referral FW.pdf")],
        ),
        kind="cafcass_referral",
        child="Finley Walsh",
        dob="2012-11-30",
        la_ref="10318762",
        dates={"document_date": "2027-05-05"},
        sent="2027-05-05",
        notes="Referral form only in the PDF; the Chief Executive's letter date (2 April) is a distractor.",
    )


def cafcass_decisions() -> None:
    when = dt("2027-05-24 16:10")
    add(
        "decision-issue-proceedings",
        mail(
            CAF_LEGAL,
            "Fatima Begum <fatima.begum@council.example.gov.uk>",
            "Jayden Morris - IRO referral - decision",
            when,
            f"""Dear Ms Begum

Re: Jayden Morris (DOB 03/09/2010) - your referral of {dmy("2027-05-12")}

Having considered your referral and the papers, and having consulted the Children's Guardian previously involved, Cafcass Legal has decided to issue proceedings on Jayden's behalf (an application under the Human Rights Act 1998 seeking to restrain the proposed move). The case has been allocated to the Cafcass High Court Team. We have notified the local authority's legal department.

We will keep you informed.

Cafcass Legal
"""
            + CAFCASS_FOOTER,
            cc=MB,
            headers=[auth()],
        ),
        kind="cafcass_decision",
        child="Jayden Morris",
        dob="2010-09-03",
        sent="2027-05-24",
        notes="Decision to issue proceedings, 12 days after the referral.",
    )

    when = dt("2027-05-03 12:00")
    add(
        "decision-returned-to-iro",
        mail(
            CAF_LEGAL,
            "Helen Marsh <helen.marsh@council.example.gov.uk>",
            "RE: Formal IRO referral - Mason Kelly (LCS ID 1027745)",
            when,
            """Dear Ms Marsh

Thank you for your referral. Having reviewed the papers, Cafcass Legal does not consider that all means of resolving the matter within the local authority have yet been exhausted: the Director of Children's Services has not been asked to respond in writing. We are therefore returning the case to you and will not issue proceedings at this stage. You may re-refer if the matter is not resolved.

Yours sincerely
Cafcass Legal
""",
            cc=MB,
            headers=[auth()],
            in_reply_to=mid("Formal IRO referral - Mason Kelly"),
        ),
        kind="cafcass_decision",
        child="Mason Kelly",
        la_ref="1027745",
        sent="2027-05-03",
        notes="Decision not to issue and to return the case to the IRO; reply subject carries the referral's subject.",
    )

    when = dt("2027-05-18 10:25")
    quoted = quote(
        """Please see the attached referral and enclosures.
Mark Ellery
IRO, Westmere""",
        f"On {dmy('2027-05-05')} 14:44, Mark Ellery <mark.ellery@council.example.gov.uk> wrote:",
    )
    add(
        "decision-reply-quoting-referral",
        mail(
            "Cafcass Legal Duty Lawyer <cafcass.legal@cafcass.gov.uk>",
            "Mark Ellery <mark.ellery@council.example.gov.uk>",
            "Re: Referral",
            when,
            """Mr Ellery,

Finley Walsh (Mosaic ID 10318762): our decision is that we will not issue proceedings. The local authority's letter of 14 May 2027 confirms that sibling contact will restart this month with a written schedule, which we consider resolves the issue for now. Our written report is attached.

Cafcass Legal

"""
            + quoted,
            cc=MB,
            headers=[auth()],
            attachments=[
                pdf_att(
                    pdf(
                        "Cafcass Legal - decision on IRO referral",
                        [
                            "Child: Finley Walsh",
                            "Decision: no proceedings to be issued.",
                            f"Date: {dmy('2027-05-18')}",
                        ],
                    ),
                    "Decision.pdf",
                )
            ],
        ),
        kind="cafcass_decision",
        child="Finley Walsh",
        la_ref="10318762",
        sent="2027-05-18",
        notes="Decision in a reply that quotes the referral mail; the subject is just 'Re: Referral'.",
    )

    when = dt("2027-07-13 09:40")
    letter = pdf(
        "Cafcass Legal",
        [
            "Decision on referral by Independent Reviewing Officer",
            "Child: Harvey Dunn (born 17 June 2011)",
            "Referral received: 30 June 2027",
            "Decision: Cafcass Legal will apply for judicial review of the local authority's failure to fund the agreed placement. Proceedings will be issued by 20 July 2027.",
            f"Date of decision: {dmy('2027-07-12')}",
        ],
        header="OFFICIAL",
    )
    add(
        "decision-letter-pdf",
        mail(
            CAF_LEGAL,
            MB,
            "Decision letter",
            when,
            "Please find attached our decision letter.\n\nCafcass Legal\n" + CAFCASS_FOOTER,
            attachments=[pdf_att(letter, "Decision letter.pdf")],
            headers=[auth()],
        ),
        kind="cafcass_decision",
        child="Harvey Dunn",
        dob="2011-06-17",
        dates={"document_date": "2027-07-12"},
        sent="2027-07-13",
        notes="Decision only in a PDF letter (13 days after the referral); the proposed issue date (20 July) and the referral date are distractors.",
    )


def ceased_looked_after() -> None:
    when = dt("2027-05-21 15:30")
    add(
        "ceased-s20-home-group-manager",
        mail(
            "Priya Raman <priya.raman@council.example.gov.uk>",
            MB,
            "Ava Sandhu - ceasing to be looked after",
            when,
            f"""Dear Fatima / Review Unit,

Ava Sandhu (DOB 28/03/2018, Child ID 1069921) will cease to be looked after on {long("2027-05-28")} when she returns home to her mother under a child in need plan. Mum has withdrawn her s20 consent with our agreement.

The decision to cease looking after Ava was approved by Rachel Stone, Group Manager, on {dmy("2027-05-20")} after the assessment of the stability of the arrangements and the support package.

Priya Raman
""",
        ),
        kind="ceased_looked_after",
        child="Ava Sandhu",
        dob="2018-03-28",
        la_ref="1069921",
        dates={"event_date": "2027-05-28"},
        sent="2027-05-21",
        notes="Approval named (Group Manager) for a child looked after > 20 working days. event_date is the date she ceases to be looked after (convention for this kind); the approval date is a distractor.",
    )

    when = dt("2027-07-02 11:02")
    add(
        "ceased-16-plus-director",
        mail(
            "Sam Okafor <sam.okafor@council.example.gov.uk>",
            MB,
            "Jayden Morris - ceasing LAC - DCS approval",
            when,
            f"""Hello,

Jayden Morris (LA ref 987654), now 16, is moving to live with his father and will cease to be looked after from {ordinal("2027-07-05")}. Because Jayden is over 16 the decision has been approved by the Director of Children's Services, Dr Helen Achebe (approval email on file, dated {slash("2027-07-01")}).

Sam
""",
        ),
        kind="ceased_looked_after",
        child="Jayden Morris",
        la_ref="987654",
        dates={"event_date": "2027-07-05"},
        sent="2027-07-02",
        notes="Child aged 16+, approval by the Director of Children's Services named.",
    )

    when = dt("2027-05-11 09:12")
    add(
        "ceased-no-approval-named",
        mail(
            "Priya Raman <priya.raman@council.example.gov.uk>",
            MB,
            "Maisie",
            when,
            """Hi, just to update - Maisie Thornton went home to her mum yesterday and the s20 has ended. Can you close her on your system please.

Priya
""",
        ),
        kind="ceased_looked_after",
        child="Maisie Thornton",
        dates={"event_date": "2027-05-10"},
        sent="2027-05-11",
        notes="Ceased 'yesterday' (Mon 10 May) with no approval named: the rule should escalate (child looked after > 20 working days).",
    )

    when = dt("2027-07-06 14:50")
    add(
        "ceased-after-sgo",
        mail(
            "Beth Carlisle <beth.carlisle@council.example.gov.uk>",
            MB,
            "Poppy Evans - no longer looked after",
            when,
            f"""Dear IRO

Please note that a Special Guardianship Order was made in favour of Poppy's foster carers on {dmy("2027-07-02")} (WV27C00022). Poppy Evans (DOB 06/06/2020) ceased to be looked after on that date and her reviews can be closed.

Beth
""",
        ),
        kind="ceased_looked_after",
        case="WV27C00022",
        child="Poppy Evans",
        dob="2020-06-06",
        dates={"event_date": "2027-07-02"},
        sent="2027-07-06",
        notes="Ceasing mail about a child who left care by an SGO; the purpose of the mail is that she ceased to be looked after (not to report the order itself), no approval named (a court order, so none needed - the rules engine decides).",
    )

    when = dt("2027-06-21 10:00")
    add(
        "ceased-turned-18",
        mail(
            "Leaving Care Team <leaving.care@council.example.gov.uk>",
            MB,
            "Kyle Benton - 18th birthday - ceased LAC",
            when,
            """Kyle Benton (DOB 20/06/2009, LCS ID 1009921) turned 18 yesterday and has ceased to be looked after. He is now a care leaver and his Personal Adviser is Jo Marsh. Please close his LAC reviews.

Leaving Care Team
""",
        ),
        kind="ceased_looked_after",
        child="Kyle Benton",
        dob="2009-06-20",
        la_ref="1009921",
        dates={"event_date": "2027-06-20"},
        sent="2027-06-21",
        notes="Ceased at 18 ('yesterday' = Sun 20 June 2027, matching the DOB); no approval named.",
    )


def auto_replies() -> None:
    when = dt("2027-01-19 08:47")
    add(
        "auto-reply-outlook-council",
        mail(
            "Helen Marsh <helen.marsh@council.example.gov.uk>",
            MB,
            "Automatic reply: [caseclock R-0142] Review decisions due - A.H.",
            when,
            "Thank you for your email. I am on annual leave until Monday 25 January 2027 with no access to email. For urgent matters please contact the IRO duty line on 0121 496 0300.\n\nHelen Marsh\n",
            headers=[
                ("Auto-Submitted", "auto-replied"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "helen.marsh@council.example.gov.uk"),
                ("X-Auto-Response-Suppress", "All"),
            ],
            in_reply_to="<caseclock.r0142.1@council.example.gov.uk>",
        ),
        kind="auto_reply",
        sent="2027-01-19",
        notes="Exchange 'Automatic reply:' to a caseclock chaser, Auto-Submitted: auto-replied; the return date is not a fact to extract.",
    )

    when = dt("2027-02-12 12:01")
    add(
        "auto-reply-cafcass-out-of-office",
        mail(
            "Julia Fenwick <julia.fenwick@cafcass.gov.uk>",
            MB,
            "Out of Office: Kacper Nowak BM26C50377 - IRO contact details",
            when,
            "I am out of the office until 22 February. If your email relates to a court hearing, please contact Cafcass West Midlands business support on 0121 496 0999.\n",
            headers=[auth(), ("Auto-Submitted", "auto-replied")],
        ),
        kind="auto_reply",
        case="BM26C50377",
        child="Kacper Nowak",
        sent="2027-02-12",
        notes="Out-of-office from Cafcass echoing the original subject, which contains a case number and child's name; they are stated in the subject so they are labelled.",
    )

    when = dt("2027-03-03 10:15")
    add(
        "auto-reply-x-autoreply-solicitor",
        mail(
            "Okonjo & Reyes Solicitors <family@okonjo-reyes.example.com>",
            MB,
            "Auto: Your message",
            when,
            "Thank you for contacting Okonjo & Reyes. This mailbox is monitored during office hours. We aim to respond within 2 working days.\n",
            headers=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
        ),
        kind="auto_reply",
        sent="2027-03-03",
        trust="untrusted",
        notes="External auto-acknowledgement marked only by X-Autoreply and Precedence headers: untrusted (external).",
    )

    when = dt("2027-04-07 18:30")
    add(
        "auto-reply-vacation-freemail",
        mail(
            "kelly quinn <kellyq88@mail.example.com>",
            MB,
            "Re: Invitation - LAC review",
            when,
            "I'm away with no signal till the 12th. Kelly\n",
            headers=[("Auto-Submitted", "auto-replied (vacation)")],
        ),
        kind="auto_reply",
        sent="2027-04-07",
        trust="untrusted",
        notes="Vacation responder with a 'Re:' subject (no 'Automatic reply' wording); the Auto-Submitted header with a comment identifies it.",
    )

    when = dt("2027-04-19 09:00")
    add(
        "auto-reply-encoded-subject",
        mail(
            "Fatima Begum <fatima.begum@council.example.gov.uk>",
            MB,
            "Automatic reply: Zoë Lindqvist – bereavement",
            when,
            "I am currently out of the office on training and will return on Wednesday. I will reply to your email then.\n",
            headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        ),
        kind="auto_reply",
        child="Zoë Lindqvist",
        sent="2027-04-19",
        notes="RFC 2047 encoded 'Automatic reply:' subject containing the child's name (stated, so labelled).",
    )

    when = dt("2027-02-26 16:30")
    add(
        "auto-reply-no-headers-only-wording",
        mail(
            "Daniel Pryce <daniel.pryce@council.example.gov.uk>",
            MB,
            "Out of Office",
            when,
            "Hi, I'm on leave until 8 March. Please contact the duty desk on 0121 496 0800 in my absence. Daniel\n",
        ),
        kind="auto_reply",
        sent="2027-02-26",
        notes="Out of office with no Auto-Submitted or X-Autoreply header: recognisable only from subject and wording.",
    )

    when = dt("2027-03-30 11:48")
    add(
        "auto-reply-court-acknowledgement",
        mail(
            "Family Court at Wolverhampton <wolverhampton.family@justice.gov.uk>",
            MB,
            "Automatic acknowledgement",
            when,
            "Thank you for your email to the Family Court at Wolverhampton. This is an automatic acknowledgement. We aim to deal with correspondence within 10 working days. Please do not reply to this email.\n"
            + HMCTS_FOOTER,
            headers=[("Auto-Submitted", "auto-generated"), auth(header_from="justice.gov.uk")],
        ),
        kind="auto_reply",
        sent="2027-03-30",
        notes="Court's automatic acknowledgement (auto-generated) - an automatic reply, trusted.",
    )

    when = dt("2027-03-10 09:02")
    add(
        "auto-reply-left-organisation",
        mail(
            "Adebayo Mensah <adebayo.mensah@cafcass.gov.uk>",
            MB,
            "Automatic reply: Sofia Marin - IRO details",
            when,
            "I have now left Cafcass. Please re-send your email to wm.publiclaw.bs@cafcass.gov.uk who will forward it to the allocated guardian.\n",
            headers=[("Auto-Submitted", "auto-replied"), auth()],
        ),
        kind="auto_reply",
        child="Sofia Marin",
        sent="2027-03-10",
        notes="'I have left' automatic reply (a change of guardian is implied, but it is still an auto-reply).",
    )

    when = dt("2027-01-16 10:32")
    raw = f"""From: Lorraine Oduya <lorraine.oduya@council.example.gov.uk>
To: {MB}
Subject: Read: Review decisions - Amelia Hart - initial review 12.01.2027
Date: {format_datetime(when)}
Message-ID: {mid("read-receipt-lorraine")}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="=_mdn_1"

--=_mdn_1
Content-Type: text/plain; charset="us-ascii"

Your message

  To: Daniel Pryce; Lorraine Oduya
  Subject: Review decisions - Amelia Hart - initial review 12.01.2027
  Sent: 15/01/2027 16:20

was read on 16/01/2027 10:32.

--=_mdn_1
Content-Type: message/disposition-notification

Reporting-UA: council.example.gov.uk; Microsoft Outlook 16.0
Final-Recipient: rfc822;lorraine.oduya@council.example.gov.uk
Original-Message-ID: {mid("Review decisions - Amelia Hart - initial review 12.01.2027" + str(dt("2027-01-15 16:20")), "council.example.gov.uk", "outlook")}
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_1--
"""
    add(
        "auto-reply-read-receipt-mdn",
        raw,
        kind="auto_reply",
        child="Amelia Hart",
        sent="2027-01-16",
        notes="Read receipt (multipart/report; report-type=disposition-notification): an automatic reply, not a manager response and not a DSN bounce. Child name appears in the echoed subject.",
    )


SERVICE_MSGID = "<caseclock.{ref}@council.example.gov.uk>"


def _original_headers(ref: str, to: str, subject: str, when: datetime) -> str:
    return f"""Return-Path: <iro.reviews@council.example.gov.uk>
From: IRO Reviews <iro.reviews@council.example.gov.uk>
To: {to}
Subject: {subject}
Date: {format_datetime(when)}
Message-ID: {SERVICE_MSGID.format(ref=ref)}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""


def bounces() -> None:
    sent = dt("2027-03-10 09:00")
    when = dt("2027-03-10 09:00")
    orig = _original_headers(
        "r0201.1",
        "adebayo.mensah@cafcass.gov.uk",
        "[caseclock R-0201] IRO contact details - S.M.",
        sent,
    )
    raw = f"""From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@council.example.gov.uk>
To: {MAILBOX}
Date: {format_datetime(when)}
Subject: Undeliverable: [caseclock R-0201] IRO contact details - S.M.
Message-ID: {mid("ndr-r0201")}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="=_ndr_0201"

--=_ndr_0201
Content-Type: text/plain; charset="us-ascii"

Your message to adebayo.mensah@cafcass.gov.uk couldn't be delivered.

adebayo.mensah wasn't found at cafcass.gov.uk.

Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

--=_ndr_0201
Content-Type: message/delivery-status

Reporting-MTA: dns;LO2P265MB4411.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.council.example.gov.uk
Arrival-Date: {format_datetime(sent)}

Final-Recipient: rfc822;adebayo.mensah@cafcass.gov.uk
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--=_ndr_0201
Content-Type: text/rfc822-headers

{orig}
--=_ndr_0201--
"""
    add(
        "bounce-exchange-ndr-recipient-unknown",
        raw,
        kind="bounce",
        sent="2027-03-10",
        notes="Exchange NDR (carries Auto-Submitted: auto-replied, yet it is a bounce, not an auto_reply): multipart/report with message/delivery-status and text/rfc822-headers carrying the service's original Message-ID <caseclock.r0201.1@...>. Only the child's initials appear; no case or child labelled.",
    )

    sent = dt("2027-02-16 07:30")
    when = dt("2027-02-16 07:31")
    orig = _original_headers(
        "r0188.1",
        "tom.ashdown@counci1.example.gov.uk",
        "[caseclock R-0188] Care plan update due - K.N.",
        sent,
    )
    raw = f"""Return-Path: <>
From: MAILER-DAEMON@mx1.council.example.gov.uk (Mail Delivery System)
To: {MAILBOX}
Subject: Undelivered Mail Returned to Sender
Date: {format_datetime(when)}
Message-ID: <20270216073100.4F1A2C0042@mx1.council.example.gov.uk>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="4F1A2C0042.1802763060/mx1.council.example.gov.uk"

This is a MIME-encapsulated message.

--4F1A2C0042.1802763060/mx1.council.example.gov.uk
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.council.example.gov.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<tom.ashdown@counci1.example.gov.uk>: Host or domain name not found. Name
    service error for name=counci1.example.gov.uk type=MX: Host not found

--4F1A2C0042.1802763060/mx1.council.example.gov.uk
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.council.example.gov.uk
X-Postfix-Queue-ID: 4F1A2C0042
Arrival-Date: {format_datetime(sent)}

Final-Recipient: rfc822; tom.ashdown@counci1.example.gov.uk
Original-Recipient: rfc822;tom.ashdown@counci1.example.gov.uk
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found.

--4F1A2C0042.1802763060/mx1.council.example.gov.uk
Content-Description: Undelivered Message
Content-Type: message/rfc822

{orig}
Dear Tom,

This is a reminder that the care plan for K.N. is due to be updated (rule LAR-CAREPLAN, procedure section 6) by {dmy("2027-02-18")}.

IRO Reviews (caseclock)

--4F1A2C0042.1802763060/mx1.council.example.gov.uk--
"""
    add(
        "bounce-postfix-full-original",
        raw,
        kind="bounce",
        sent="2027-02-16",
        notes="Postfix DSN (From MAILER-DAEMON with a comment) with the whole original as message/rfc822; the original is a chaser mistyped to a look-alike domain. The due date inside the returned chaser is not a fact of the bounce.",
    )

    sent = dt("2027-04-01 10:00")
    when = dt("2027-04-01 14:05")
    orig = _original_headers(
        "r0230.1",
        "family@okonjo-reyes.example.com",
        "[caseclock R-0230] Copy of review record",
        sent,
    )
    raw = f"""From: Mail Delivery Subsystem <postmaster@council.example.gov.uk>
To: {MAILBOX}
Subject: Delivery Status Notification (Delay)
Date: {format_datetime(when)}
Message-ID: {mid("dsn-delay-r0230")}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="=_dly_1"

--=_dly_1
Content-Type: text/plain; charset=utf-8

Delivery to the following recipient has been delayed:

     family@okonjo-reyes.example.com

Message will be retried for 1 more day(s). You do not need to resend.

--=_dly_1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.council.example.gov.uk

Final-Recipient: rfc822; family@okonjo-reyes.example.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Fri, 2 Apr 2027 10:00:00 +0100

--=_dly_1
Content-Type: text/rfc822-headers

{orig}
--=_dly_1--
"""
    add(
        "bounce-delay-notification",
        raw,
        kind="bounce",
        sent="2027-04-01",
        notes="Delayed-delivery DSN (Action: delayed, 4.4.1): still a delivery status notification about a mail the service sent.",
    )

    sent = dt("2027-04-12 09:00")
    when = dt("2027-04-12 09:01")
    orig = _original_headers(
        "r0244.1", "family@okonjo-reyes.example.com", "[caseclock R-0244] Review invitation", sent
    )
    raw = f"""From: Mail Delivery System <mailer-daemon@mx.okonjo-reyes.example.com>
To: {MAILBOX}
Subject: Mail delivery failed: returning message to sender
Date: {format_datetime(when)}
Message-ID: <E1qAbC-000123-Xy@mx.okonjo-reyes.example.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="1712911260-eximdsn-1804289383"

--1712911260-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  family@okonjo-reyes.example.com
    mailbox is full: retry timeout exceeded

--1712911260-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; mx.okonjo-reyes.example.com

Action: failed
Final-Recipient: rfc822;family@okonjo-reyes.example.com
Status: 5.2.2

--1712911260-eximdsn-1804289383
Content-type: message/rfc822

{orig}
Dear Sirs, please find the invitation attached.

--1712911260-eximdsn-1804289383--
"""
    add(
        "bounce-remote-exim-external",
        raw,
        kind="bounce",
        sent="2027-04-12",
        trust="untrusted",
        notes="Exim DSN from the recipient's own (external) server: a bounce, but untrusted by the domain rule.",
    )

    sent = dt("2027-05-05 08:15")
    when = dt("2027-05-05 08:16")
    add(
        "bounce-plain-text-no-report",
        mail(
            "postmaster@council.example.gov.uk",
            MAILBOX,
            "Undeliverable: [caseclock R-0260] Review decisions overdue - O.P.",
            when,
            f"""Delivery has failed to these recipients or groups:

gareth.lowe@council.example.gov.uk
The recipient's mailbox is disabled (account closed).

Diagnostic information for administrators:
Generating server: mx1.council.example.gov.uk
Remote Server returned '550 5.2.1 mailbox disabled'

Original message headers:

{_original_headers("r0260.1", "gareth.lowe@council.example.gov.uk", "[caseclock R-0260] Review decisions overdue - O.P.", sent)}""",
            msgid=mid("ndr-plain-r0260"),
            headers=[("Auto-Submitted", "auto-replied")],
        ),
        kind="bounce",
        sent="2027-05-05",
        notes="Bounce as a single text/plain part (no multipart/report), original headers pasted as text with the service's Message-ID.",
    )

    sent = dt("2027-02-12 12:00")
    when = dt("2027-02-12 12:02")
    orig = _original_headers(
        "r0190.1", "julia.fenwick@cafcass.gov.uk", "[caseclock R-0190] Named IRO - K.N.", sent
    )
    raw = f"""From: postmaster@cafcass.gov.uk
To: {MAILBOX}
Subject: =?utf-8?q?Non=E2=80=90delivery_report=3A_=5Bcaseclock_R-0190=5D_Named_IRO?=
Date: {format_datetime(when)}
Message-ID: {mid("ndr-cafcass-r0190", "cafcass.gov.uk")}
{auth()[0]}: {auth()[1]}
MIME-Version: 1.0
Content-Type: multipart/report; report-type="delivery-status"; boundary="b_cafcass_0190"

--b_cafcass_0190
Content-Type: text/plain; charset=utf-8

Your message could not be delivered because the recipient's mailbox is full.

--b_cafcass_0190
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.cafcass.gov.uk

Final-Recipient: rfc822; julia.fenwick@cafcass.gov.uk
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--b_cafcass_0190
Content-Type: text/rfc822-headers

{orig}
--b_cafcass_0190--
"""
    add(
        "bounce-cafcass-mailbox-full",
        raw,
        kind="bounce",
        sent="2027-02-12",
        notes="DSN from Cafcass's postmaster: trusted domain. Subject RFC 2047 encoded with a Unicode hyphen.",
    )


def unrelated() -> None:
    when = dt("2027-02-01 07:00")
    html = """<html><body><table width="600"><tr><td>
<h1>Cafcass Practice Bulletin - February 2027</h1>
<p>In this issue: the revised Public Law Outline; IRO and Guardian joint working - what the protocol says; wellbeing week.</p>
<p>The Cafcass and IRO Good Practice Protocol asks guardians to make contact with the IRO before the CMH. Read our practitioner tips.</p>
<p><a href="https://www.cafcass.gov.uk/">Read online</a> | <a href="https://www.cafcass.gov.uk/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>"""
    add(
        "unrelated-cafcass-newsletter",
        mail(
            "Cafcass News <news@cafcass.gov.uk>",
            MB,
            "Cafcass Practice Bulletin - February 2027",
            when,
            "Cafcass Practice Bulletin - February 2027. View online at https://www.cafcass.gov.uk/\n",
            html=html,
            headers=[
                auth(),
                ("List-Unsubscribe", "<https://www.cafcass.gov.uk/unsubscribe>"),
                ("Precedence", "bulk"),
            ],
        ),
        kind="unrelated",
        sent="2027-02-01",
        notes="Trusted Cafcass domain but a newsletter: mentions CMH, IRO and guardians without being about a child.",
    )

    when = dt("2027-01-25 13:13")
    add(
        "unrelated-room-booking",
        mail(
            "Facilities Bookings <room.bookings@council.example.gov.uk>",
            MB,
            "Booking confirmed: Civic Centre Room 2.14 - Thu 4 Feb 10:00-12:00",
            when,
            "Your booking is confirmed.\n\nRoom: Civic Centre 2.14 (capacity 8)\nDate: Thursday 4 February 2027\nTime: 10:00 - 12:00\nBooked by: Dawn Pickering\nPurpose: LAC review\n\nTo cancel, reply CANCEL.\n",
        ),
        kind="unrelated",
        sent="2027-01-25",
        notes="Meeting-room booking confirmation whose purpose says 'LAC review' and gives a date: no child, not a review booking.",
    )

    when = dt("2027-03-01 06:00")
    add(
        "unrelated-it-password-expiry",
        mail(
            "IT Service Desk <it.servicedesk@council.example.gov.uk>",
            MB,
            "Your password will expire in 5 days",
            when,
            "The password for the account iro.reviews@council.example.gov.uk will expire on 06/03/2027. Please change it using the self-service portal on the intranet.\n\nIT Service Desk - ext 4000\n",
        ),
        kind="unrelated",
        sent="2027-03-01",
        notes="Internal IT notice for the shared mailbox.",
    )

    when = dt("2027-02-14 03:33")
    add(
        "unrelated-spam-prize",
        mail(
            "Claims Department <winner@prize-claims.example.net>",
            MB,
            "Congratulations!!! You have been selected",
            when,
            "Dear Winner, your email was selected in our annual draw. To claim GBP 850,000 reply with your full name, date of birth and bank details.\n",
        ),
        kind="unrelated",
        sent="2027-02-14",
        trust="untrusted",
        notes="Spam; asks for a date of birth.",
    )

    when = dt("2027-03-08 10:20")
    html = """<html><body><p><img alt="HM Courts &amp; Tribunals Service"></p>
<p>A sealed court document has been shared with you.</p>
<p>Case: Family Court - Care Order</p>
<p><a href="https://court-docs.example.com/view?id=88812">View document</a> (link expires in 24 hours)</p>
<p>HMCTS Document Share</p></body></html>"""
    add(
        "unrelated-phishing-fake-court",
        mail(
            "HMCTS Document Share <no-reply@justice-gov.example.com>",
            MB,
            "Sealed order shared with you",
            when,
            html=html,
        ),
        kind="unrelated",
        sent="2027-03-08",
        trust="untrusted",
        notes="Phishing that imitates a court ('Care Order') from a look-alike domain: no child, no case - unrelated and untrusted.",
    )

    when = dt("2027-01-07 12:00")
    add(
        "unrelated-training-forum",
        mail(
            "Workforce Development <training@council.example.gov.uk>",
            MB,
            "IRO practice forum - Care planning and permanence - 17 March",
            when,
            "Dear colleagues,\n\nThe next IRO practice forum is on Wednesday 17 March 2027, 9.30-12.30, Civic Centre. Topic: permanence planning at the second review (procedure section 10). Book via the learning portal.\n\nWorkforce Development\n",
        ),
        kind="unrelated",
        sent="2027-01-07",
        notes="Training invitation on a review topic with a date: not a review booking.",
    )

    when = dt("2027-02-22 09:00")
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Sandra Whitfield":mailto:sandra.whitfield@council.example.gov.uk
ATTENDEE;CN="IRO Reviews":mailto:iro.reviews@council.example.gov.uk
SUMMARY:IRO team meeting
DTSTART;TZID=GMT Standard Time:20270302T093000
DTEND;TZID=GMT Standard Time:20270302T110000
UID:040000008200E00074C5B7101A82E008000000007A1B2C3D4E5F60000000000000000100000003
DTSTAMP:20270222T090000Z
LOCATION:Microsoft Teams Meeting
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    msg = mail(
        "Sandra Whitfield <sandra.whitfield@council.example.gov.uk>",
        MB,
        "IRO team meeting",
        when,
        "Monthly team meeting: caseloads, RAG report, annual report timetable.\n",
    )
    msg.add_alternative(ics_fold(ics), subtype="calendar", params={"method": "REQUEST"})
    add(
        "unrelated-team-meeting-calendar",
        msg,
        kind="unrelated",
        sent="2027-02-22",
        notes="text/calendar invitation, but for a team meeting: not a review booking.",
    )

    when = dt("2027-05-10 08:00")
    add(
        "unrelated-staff-survey",
        mail(
            "Chief Executive's Office <ceo.office@council.example.gov.uk>",
            "All Staff <allstaff@council.example.gov.uk>",
            "Staff survey 2027 - have your say",
            when,
            "Dear colleague, the 2027 staff survey is now open until 31 May. It takes 10 minutes.\n",
        ),
        kind="unrelated",
        sent="2027-05-10",
        notes="All-staff mail received via a distribution list.",
    )

    when = dt("2027-03-15 21:40")
    add(
        "unrelated-student-research",
        mail(
            "Ellie Park <e.park@student.example.ac.uk>",
            MB,
            "Research request - IRO role",
            when,
            "Hello, I'm an MA social work student researching how IROs and Children's Guardians work together during care proceedings. Would an IRO be willing to be interviewed for 30 minutes? Thanks, Ellie\n",
        ),
        kind="unrelated",
        sent="2027-03-15",
        trust="untrusted",
        notes="External enquiry that talks about IROs, guardians and care proceedings.",
    )

    when = dt("2027-03-02 19:03")
    add(
        "unrelated-parent-thanks",
        mail(
            "Ms A Sandhu <a.sandhu77@mail.example.com>",
            MB,
            "Re: Invitation to review",
            when,
            "thanks got the letter. see you there\n\nSent from my phone\n",
        ),
        kind="unrelated",
        sent="2027-03-02",
        trust="untrusted",
        notes="A parent's acknowledgement: no facts, goes to triage.",
    )

    when = dt("2027-01-04 08:01")
    add(
        "unrelated-test-message",
        mail("Dawn Pickering <dawn.pickering@council.example.gov.uk>", MB, "test", when, "test\n"),
        kind="unrelated",
        sent="2027-01-04",
        notes="A test message.",
    )

    when = dt("2027-04-30 14:00")
    inv = pdf(
        "INVOICE 2027-0412",
        [
            "Westmere Children's Advocacy CIC",
            "To: Westmere MBC Children's Services",
            "Advocacy hours, April 2027: 36 hours at 42.00 = 1,512.00",
            "Payment terms: 30 days",
        ],
    )
    add(
        "unrelated-invoice",
        mail(
            "Accounts <accounts@advocacy-west.example.org>",
            MB,
            "Invoice 2027-0412",
            when,
            "Please find our invoice attached.\n",
            attachments=[pdf_att(inv, "Invoice 2027-0412.pdf")],
        ),
        kind="unrelated",
        sent="2027-04-30",
        trust="untrusted",
        notes="Supplier invoice.",
    )

    when = dt("2027-03-20 09:30")
    add(
        "unrelated-nairo-newsletter",
        mail(
            "NAIRO <newsletter@nairo.example.org>",
            MB,
            "NAIRO spring newsletter",
            when,
            "National Association of Independent Reviewing Officers - Spring 2027. Conference booking is open. Article: making the second review count for permanence.\n",
            headers=[
                ("List-Id", "NAIRO members <members.nairo.example.org>"),
                ("Precedence", "list"),
            ],
        ),
        kind="unrelated",
        sent="2027-03-20",
        trust="untrusted",
        notes="External professional newsletter.",
    )

    when = dt("2027-02-09 11:30")
    add(
        "unrelated-outlook-recall",
        mail(
            "Tom Ashdown <tom.ashdown@council.example.gov.uk>",
            MB,
            "Recall: Kacper - contact notes",
            when,
            'Tom Ashdown would like to recall the message, "Kacper - contact notes".\n',
            headers=[("X-MS-Exchange-Organization-Recall", "true")],
        ),
        kind="unrelated",
        sent="2027-02-09",
        notes="Outlook recall request: carries no facts; a first name alone in the subject ('Kacper') is not labelled as the child's name.",
    )

    when = dt("2027-04-05 10:10")
    add(
        "unrelated-lookalike-bank-details",
        mail(
            "Cafcass Finance <finance@cafcass.gov.uk.example.net>",
            MB,
            "Urgent: update of supplier bank details",
            when,
            "Dear Finance Team,\n\nPlease note Cafcass has changed bank. Update your records with the attached details before paying any invoice.\n\nCafcass Finance\n",
        ),
        kind="unrelated",
        sent="2027-04-05",
        trust="untrusted",
        notes="Look-alike domain cafcass.gov.uk.example.net (ends in example.net, not cafcass.gov.uk): untrusted; invoice fraud, unrelated.",
    )

    when = dt("2026-12-01 10:45")
    add(
        "unrelated-cafcass-christmas-cover",
        mail(
            CAF_BS,
            MB,
            "Christmas and New Year cover arrangements",
            when,
            "Dear colleagues,\n\nCafcass West Midlands offices will be closed from 25 December 2026 to 1 January 2027 inclusive. Urgent allocations will be handled by the duty manager on 0121 496 0999.\n\nBusiness Support\n",
            headers=[auth()],
        ),
        kind="unrelated",
        sent="2026-12-01",
        notes="Trusted Cafcass business support mail that is not about a child.",
    )


def spoofs_and_malformed() -> None:
    when = dt("2027-05-20 09:00")
    add(
        "decision-spoofed-lookalike",
        mail(
            "Cafcass Legal <legal@cafcass-gov.example>",
            MB,
            "Decision on IRO referral - Jayden Morris",
            when,
            "Dear IRO,\n\nCafcass Legal has decided not to take any action on your referral regarding Jayden Morris. Please do not contact us further about this matter.\n\nCafcass Legal\n",
        ),
        kind="cafcass_decision",
        child="Jayden Morris",
        sent="2027-05-20",
        trust="untrusted",
        notes="Looks like a Cafcass Legal decision but the domain is the look-alike cafcass-gov.example: untrusted (the genuine decision arrives on 24 May).",
    )

    when = dt("2027-02-10 13:00")
    add(
        "guardian-report-display-name-address-spoof",
        mail(
            '"ruth.okafor@cafcass.gov.uk" <r.okafor.cafcass@mail.example.com>',
            MB,
            "Guardian interim report - Isla Mahmood BM26C50689",
            when,
            "Please find my interim report for Isla Mahmood attached. Regards, Ruth Okafor, Children's Guardian\n",
            attachments=[
                pdf_att(
                    pdf(
                        "Interim report of the Children's Guardian",
                        ["Isla Mahmood - BM26C50689", f"Date: {dmy('2027-02-10')}"],
                    ),
                    "interim.pdf",
                )
            ],
        ),
        kind="guardian_report",
        subtype="interim",
        case="BM26C50689",
        child="Isla Mahmood",
        dates={"document_date": "2027-02-10"},
        sent="2027-02-10",
        trust="untrusted",
        notes="The display name is a cafcass.gov.uk address but the real address is a free-mail one: untrusted.",
    )

    when = dt("2027-03-16 08:20")
    add(
        "lac-start-council-domain-spf-fail",
        mail(
            "Claire Dunmore <claire.dunmore@council.example.gov.uk>",
            MB,
            "New LAC - Theo Lindsay",
            when,
            f"Theo Lindsay (DOB 04/04/2021, LCS ID 1080011) became looked after on {dmy('2027-03-15')} under s20. Placed with Westmere foster carers.\n\nClaire\n",
            headers=[
                (
                    "Authentication-Results",
                    "mx1.council.example.gov.uk; spf=fail (sender IP is 198.51.100.23) "
                    "smtp.mailfrom=council.example.gov.uk; dkim=none; dmarc=fail action=none "
                    "header.from=council.example.gov.uk",
                )
            ],
        ),
        kind="looked_after_start",
        child="Theo Lindsay",
        dob="2021-04-04",
        la_ref="1080011",
        dates={"looked_after_from": "2027-03-15"},
        sent="2027-03-16",
        trust="untrusted",
        notes="The council's own domain in From, but spf=fail and dmarc=fail from an outside IP: untrusted.",
    )

    when = dt("2027-03-03 14:22")
    raw = f"""From: Nathan Keeble <nathan.keeble@council.example.gov.uk>
To: {MB}
Subject: Dylan Hughes review - new date
Date: {format_datetime(when)}
Message-ID: {mid("malformed-missing-boundary")}
MIME-Version: 1.0
Content-Type: multipart/alternative

--_000_LO2P265MB0001_
Content-Type: text/plain; charset="us-ascii"

Hi, Dylan Hughes's review (Mosaic ID 1020391) has moved from {dmy("2027-03-18")} to {long("2027-03-25")} at 3.30pm, same venue, because of his suspension meeting. IRO agreed.

Nathan

--_000_LO2P265MB0001_
Content-Type: text/html; charset="us-ascii"

<html><body><p>Hi, Dylan Hughes's review (Mosaic ID 1020391) has moved from {dmy("2027-03-18")} to {long("2027-03-25")} at 3.30pm, same venue, because of his suspension meeting. IRO agreed.</p><p>Nathan</p></body></html>

--_000_LO2P265MB0001_--
"""
    add(
        "malformed-missing-boundary",
        raw,
        kind="review_booking",
        subtype="moved",
        child="Dylan Hughes",
        la_ref="1020391",
        dates={"review_date": "2027-03-25"},
        sent="2027-03-03",
        notes="multipart/alternative with no boundary parameter: a MIME parser sees one undecodable body, a human reading the raw text sees a review moved to 25 March.",
    )

    when = dt("2027-03-22 12:00")
    text = (
        f"Dear Review Unit,\n\nEvie Sandford (DOB 18/10/2019, LCS ID 1081234) became looked after "
        f"on {ordinal('2027-03-19')} under an interim care order (case BM27C50140). She is placed "
        "with her maternal aunt (Reg 24).\n\nI will send the placement plan and the chronology "
        "later this week together with the health assessment request and the letter to the school.\n\nRegards\nMarta\n"
    )
    b64 = base64.encodebytes(text.encode()).decode()
    cut = b64[: int(len(b64) * 0.78)]
    cut = cut[: len(cut) - 3]
    raw = f"""From: Marta Wisniewska <marta.wisniewska@council.example.gov.uk>
To: {MB}
Subject: LAC notification - Evie Sandford
Date: {format_datetime(when)}
Message-ID: {mid("malformed-truncated-b64")}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{cut}"""
    add(
        "malformed-truncated-base64",
        raw,
        kind="looked_after_start",
        case="BM27C50140",
        child="Evie Sandford",
        dob="2019-10-18",
        la_ref="1081234",
        dates={"looked_after_from": "2027-03-19"},
        sent="2027-03-22",
        notes="base64 body cut off mid-line (missing padding); the decodable part carries all the facts; the tail of the mail is lost.",
    )

    when = dt("2027-05-16 02:10", "+0100")
    body = (
        "Finley Walsh (Mosaic ID 10318762) went missing from Oakfield at 20:15 on "
        f"{long('2027-05-15')} and was returned by police at 01:30. No injuries. Return interview offered.\n\n\u2013 EDT\n"
    )
    raw = (
        f"""From: EDT <edt@council.example.gov.uk>
To: {MB}
Subject: Missing - FW - returned
Date: {format_datetime(when)}
Message-ID: {mid("malformed-bad-charset")}
MIME-Version: 1.0
Content-Type: text/plain; charset="win-1252x"
Content-Transfer-Encoding: 8bit

"""
    ).encode() + body.encode("cp1252")
    add(
        "malformed-bad-charset-name",
        raw,
        kind="significant_event",
        subtype="missing",
        child="Finley Walsh",
        la_ref="10318762",
        dates={"event_date": "2027-05-15"},
        sent="2027-05-16",
        notes="Unknown charset name 'win-1252x' (the bytes are really windows-1252); the text is ASCII apart from an en dash, so it is readable.",
    )

    when = dt("2027-04-13 03:12")
    junk = bytes((i * 73 + 41) % 256 for i in range(900))
    raw = (
        f"""From: "=?utf-8?b?w6/Cv8K9?=" <x@relay.example.net>
To: {MAILBOX}
Subject: =?utf-8?b?77+977+9?=
Date: {format_datetime(when)}
Message-ID: {mid("malformed-unreadable", "relay.example.net")}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="zzz"

--zzz
Content-Type: application/octet-stream
Content-Transfer-Encoding: binary

"""
    ).encode() + junk
    add(
        "malformed-unreadable",
        raw,
        kind="unrelated",
        sent="2027-04-13",
        trust="untrusted",
        notes="Unterminated multipart with binary junk and mojibake headers from an unknown sender: unreadable, so unrelated.",
    )


# =========================================================================== main

GROUPS = [
    cafcass_allocations,
    iro_allocations,
    looked_after_starts,
    court_care_plans,
    court_directions,
    expert_reports,
    guardian_reports,
    judgments,
    final_orders,
    guardian_handovers,
    review_bookings,
    review_records,
    manager_responses,
    significant_events,
    cafcass_referrals,
    cafcass_decisions,
    ceased_looked_after,
    auto_replies,
    bounces,
    unrelated,
    spoofs_and_malformed,
]


def build() -> list[Case]:
    CASES.clear()
    for group in GROUPS:
        group()
    return CASES


def check(raw: bytes, slug: str) -> None:
    """Parse the written bytes the way a consumer would; fail loudly on surprises."""
    msg = message_from_bytes(raw, policy=POLICY)
    assert msg["From"] is not None and msg["Date"] is not None, slug
    for part in msg.walk():
        if part.is_multipart():
            continue
        part.get_payload(decode=True)
    assert len(raw) < 200_000, (slug, len(raw))


def main() -> int:
    cases = build()
    wanted = set()
    for c in cases:
        eml = HERE / f"{c.slug}.eml"
        js = HERE / f"{c.slug}.expected.json"
        eml.write_bytes(c.raw)
        js.write_text(json.dumps(c.expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        wanted.update({eml.name, js.name})
        check(eml.read_bytes(), c.slug)
    for stale in HERE.glob("[0-9][0-9][0-9]-*"):
        if stale.name not in wanted:
            stale.unlink()
    kinds = Counter(c.expected["kind"] for c in cases)
    print(f"{len(cases)} mails written to {HERE}")
    for kind in KINDS:
        print(f"  {kind:22} {kinds.get(kind, 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
