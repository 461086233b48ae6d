"""Build a blind evaluation set of fictional IRO-mailbox emails for caseclock.

Run with .venv/bin/python tests/corpus_blind/build.py (from the repository root)
Writes NNN-description.eml and NNN-description.expected.json into this directory,
then re-parses every .eml and checks the labels against it (see check()).

All people, children, case numbers and addresses are fictional.
"""
import base64
import io
import json
import os
import quopri
import random
import re
import sys
import zipfile
from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
MAILBOX = "iro.reviews@council.example.gov.uk"
MBOX = formataddr(("IRO Reviews", MAILBOX))
GEN = policy.compat32.clone(linesep="\n", max_line_length=78)

ITEMS = []  # (name, bytes, label, meta)
RNG = random.Random(2027)


def msgid(domain):
    """Deterministic, realistic-looking Message-ID."""
    left = "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(20))
    return f"<{left}.{RNG.randrange(10**6):06d}@{domain}>"


# ---------------------------------------------------------------- helpers
def t(s, utc=False):
    """'YYYY-MM-DD HH:MM' Europe/London local -> aware datetime (optionally shown in UTC)."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)
    return d.astimezone(UTC) if utc else d


def _encode_payload(raw: bytes, cte: str) -> str:
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte in ("7bit", "8bit"):
        return raw.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def text(body, sub="plain", cs="utf-8", cte="quoted-printable"):
    part = MIMENonMultipart("text", sub, charset=cs)
    raw = body.encode(cs)
    if cte == "7bit":
        raw.decode("ascii")  # must be pure ASCII
    part.set_payload(_encode_payload(raw, cte))
    part["Content-Transfer-Encoding"] = cte
    return part


def html(body, cs="utf-8", cte="quoted-printable"):
    return text(body, "html", cs, cte)


def alt(plain_part, html_part):
    m = MIMEMultipart("alternative")
    m.attach(plain_part)
    m.attach(html_part)
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(p)
    return m


def att_text(filename, content, cs="utf-8", cte="base64"):
    p = text(content, "plain", cs, cte)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def att_bytes(filename, data, maintype, subtype):
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def pdf_bytes(lines):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800
    for ln in lines:
        if y < 60:
            c.showPage()
            y = 800
        c.setFont("Helvetica-Bold" if ln.isupper() and ln.strip() else "Helvetica", 10)
        c.drawString(50, y, ln)
        y -= 15
    c.save()
    return buf.getvalue()


def att_pdf(filename, lines):
    return att_bytes(filename, pdf_bytes(lines), "application", "pdf")


def docx_bytes(paragraphs):
    from xml.sax.saxutils import escape

    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs
    )
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2027, 1, 1, 0, 0, 0))
            z.writestr(zi, data)
    return buf.getvalue()


def att_docx(filename, paragraphs):
    return att_bytes(
        filename, docx_bytes(paragraphs), "application",
        "vnd.openxmlformats-officedocument.wordprocessingml.document",
    )


def ar(domain, ok=True, spf=None, dmarc=None):
    spf = spf or ("pass" if ok else "fail")
    dmarc = dmarc or ("pass" if ok else "fail")
    dkim = "pass" if ok else "none"
    return (
        f"mx.council.example.gov.uk; spf={spf} smtp.mailfrom={domain}; "
        f"dkim={dkim} header.d={domain}; dmarc={dmarc} header.from={domain}"
    )


def finish(root, frm, to, subject, when, cc=None, subj_cs=None, reply_to=None,
           in_reply_to=None, extra=None, auth=None):
    """Put the top-level headers on root. frm/to/cc are (name, addr) or 'addr' or lists."""
    def addr(a):
        if isinstance(a, list):
            return ", ".join(addr(x) for x in a)
        return formataddr(a) if isinstance(a, tuple) else a

    from_addr = frm[1] if isinstance(frm, tuple) else frm
    domain = from_addr.split("@")[1]
    hdrs = []
    hdrs.append(("Received", f"from mail.{domain} (mail.{domain}) by mx.council.example.gov.uk "
                 f"with ESMTPS; {format_datetime(when)}"))
    hdrs.append(("Authentication-Results", auth if auth is not None else ar(domain)))
    hdrs.append(("From", addr(frm)))
    hdrs.append(("To", addr(to)))
    if cc:
        hdrs.append(("Cc", addr(cc)))
    if reply_to:
        hdrs.append(("Reply-To", addr(reply_to)))
    if subj_cs and subj_cs.endswith("-b"):
        from email.charset import BASE64, Charset
        cs = Charset(subj_cs[:-2])
        cs.header_encoding = BASE64
        hdrs.append(("Subject", Header(subject, cs)))
    else:
        hdrs.append(("Subject", Header(subject, subj_cs) if subj_cs else subject))
    hdrs.append(("Date", format_datetime(when)))
    hdrs.append(("Message-ID", msgid(domain)))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
        hdrs.append(("References", in_reply_to))
    for k, v in (extra or {}).items():
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    # headers first, in a natural order
    existing = [(k, v) for k, v in root.items() if k.lower() != "mime-version"]
    for k in list(root.keys()):
        del root[k]
    for k, v in hdrs + existing:
        root[k] = v
    return root


def label(kind, subtype=None, case=None, name=None, dob=None, la_ref=None, dates=None,
          sent=None, trust="trusted", notes=""):
    return {
        "kind": kind,
        "subtype": subtype,
        "case_number": case,
        "child": {"name": name, "dob": dob, "la_ref": la_ref},
        "dates": dates or {},
        "sent_at_date": sent,
        "trust": trust,
        "notes": notes,
    }


def add(name, msg, lab, basis="header", orig=None, must=()):
    """basis 'header': sent_at_date is the Date header's London date.
    basis 'forward': sent_at_date is the forwarded original's date (orig: London datetime),
    which must be written somewhere in the mail. must: strings that must appear in the
    decoded text (or attachment source) so the label is grounded."""
    if basis == "forward":
        assert orig is not None
        assert lab["sent_at_date"] == orig.astimezone(LON).date().isoformat(), name
    ITEMS.append((name, msg.as_bytes(policy=GEN), lab, {"basis": basis, "must": must}))


# ----------------------------------------------------------- signatures etc.
COUNCIL_DISCLAIMER = (
    "\n--\nThis email and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error please notify the sender and delete it. Midshire Council "
    "monitors email in accordance with the Data Protection Act 2018 and UK GDPR. Our Privacy "
    "Notice was last updated on 14 September 2025.\n"
)
CAFCASS_DISCLAIMER = (
    "\n______________________________________________________________________\n"
    "This e-mail and any attachments are confidential and may be legally privileged. Cafcass "
    "(Children and Family Court Advisory and Support Service) was established on 1 April 2001 "
    "under the Criminal Justice and Court Services Act 2000. Please do not print unless necessary.\n"
)
HMCTS_DISCLAIMER = (
    "\nHM Courts & Tribunals Service - Please do not reply to this automated address for urgent "
    "matters. Our counter is closed on bank holidays. HMCTS privacy notice updated 01/06/2024.\n"
)


# ======================================================================= EMAILS
CAF_BS = ("Cafcass Business Support", "business.support@cafcass.gov.uk")
LEGAL = ("Legal Childcare Team", "legal.childcare@council.example.gov.uk")


def e001():
    sent = t("2026-12-01 10:14")
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td{font-family:Arial;font-size:10pt;border:1px solid #999;padding:4px}</style></head>
<body>
<p>Dear IRO Manager,</p>
<p>Please see below notification of the Children&#8217;s Guardian allocated to this case, in accordance
with the Cafcass/IRO Good Practice Protocol.</p>
<table cellspacing="0">
<tr><td colspan="2"><b>NOTIFICATION OF ALLOCATION &#8211; CHILDREN&#8217;S GUARDIAN</b></td></tr>
<tr><td>Court</td><td>Family Court sitting at Wolverhampton</td></tr>
<tr><td>Case number</td><td>WV26C50871</td></tr>
<tr><td>Child(ren)</td><td>Tyler BRENNAN &nbsp;(D.O.B. 14/08/2019)</td></tr>
<tr><td>Local authority</td><td>Midshire Council</td></tr>
<tr><td>Children&#8217;s Guardian</td><td>Miriam Osei</td></tr>
<tr><td>Direct line</td><td>07700&nbsp;900412</td></tr>
<tr><td>Email</td><td><a href="mailto:miriam.osei@cafcass.gov.uk">miriam.osei@cafcass.gov.uk</a></td></tr>
<tr><td>Service manager</td><td>Rebecca Thorne</td></tr>
<tr><td>Next hearing</td><td>Case Management Hearing &#8211; Thursday 14th January 2027, 10:30</td></tr>
</table>
<p>The Guardian will be in touch with the allocated IRO before the CMH. Could you please let us have
the name and contact details of the IRO for Tyler by return.</p>
<p>Kind regards<br>Business Support Team<br>Cafcass Midlands Service Area<br>Tel 0300 456 4000 (Mon&#8211;Fri 9am&#8211;5pm)</p>
<p style="font-size:8pt;color:#777">This e-mail and any attachments are confidential. Cafcass was established on
1&nbsp;April&nbsp;2001. Please consider the environment before printing.</p>
</body></html>
"""
    m = html(body, "utf-8", "quoted-printable")
    finish(m, CAF_BS, MBOX, "Allocation of Children's Guardian - WV26C50871 - BRENNAN", sent)
    add("001-cafcass-allocation-html-table", m, label(
        "cafcass_allocation", None, "WV26C50871", "Tyler Brennan", "2019-08-14", None,
        {"cmh": "2027-01-14"}, "2026-12-01",
        notes="HTML-only body (quoted-printable), facts in a table; surname in capitals. "
              "Disclaimer carries an irrelevant date (1 April 2001). sent_at_date = Date header."),
        must=("WV26C50871", "14/08/2019", "14th January 2027"))


def e002():
    orig = t("2027-01-11 15:02")
    fwd = t("2027-01-12 08:47")
    body = f"""FYI - new one for Chloë, can this be logged and an IRO allocated please? Her SW is Priya.

Thanks
Helen

Helen Okonjo | IRO Service Manager | Midshire Council
Working days Tues-Fri. Please note the office is closed 29-31 December.

---------- Forwarded message ---------
From: Cafcass Business Support <business.support@cafcass.gov.uk>
Date: Mon, 11 Jan 2027 at 15:02
Subject: Guardian allocation - ws27 c 50034
To: Helen Okonjo <helen.okonjo@council.example.gov.uk>


Dear Ms Okonjo

Re: Chloë ADEYEMI-WARD (d.o.b. 2.5.21)
Court ref: ws27 c 50034

Please be advised that the above case has been allocated to Children’s Guardian Daniel Achterberg.
Daniel can be contacted on 07700 900 733 or daniel.achterberg@cafcass.gov.uk.

The CMH has been listed for 25/01/2027 at 2pm at the Family Court, Walsingham.

Many thanks
Cafcass Business Support
{CAFCASS_DISCLAIMER}"""
    m = text(body, "plain", "windows-1252", "base64")
    finish(m, ("Helen Okonjo", "helen.okonjo@council.example.gov.uk"), MBOX,
           "Fwd: Guardian allocation - ws27 c 50034", fwd)
    add("002-cafcass-allocation-gmail-forward-cp1252", m, label(
        "cafcass_allocation", None, "WS27C50034", "Chloë Adeyemi-Ward", "2021-05-02", None,
        {"cmh": "2027-01-25"}, "2027-01-11",
        notes="Gmail-style forward by the IRO service manager (trusted forwarder); windows-1252 "
              "base64 body. Case number written lower case with spaces. DOB '2.5.21' read as "
              "2 May 2021 (British). sent_at_date = forwarded original's Date (kinds.md: "
              "sent_at is the original author's date); the forward itself is 2027-01-12."),
        basis="forward", orig=orig, must=("ws27 c 50034", "2.5.21", "25/01/2027"))


def e003():
    sent = t("2026-11-19 11:30")
    prev_id = msgid("council.example.gov.uk")
    body = """Hi Gareth,

Apologies for the delay - this one was allocated yesterday. The Children's Guardian for Lexi is
Ruth Mbeki (ruth.mbeki@cafcass.gov.uk, mobile 07700 900 218). Ruth is part time, usually
Mon/Wed/Thu.

Case no. BM26C50977. The CMH has not been listed yet; we will let you know once we hear from
the court.

Kind regards
Sam
Business Support Officer, Cafcass

From: Gareth Pryce <gareth.pryce@council.example.gov.uk>
Sent: 17 November 2026 14:20
To: Cafcass Business Support <business.support@cafcass.gov.uk>
Cc: IRO Reviews <iro.reviews@council.example.gov.uk>
Subject: Query re guardian - Lexi PRICE

Hello,

I am the IRO for Lexi PRICE, DOB 30/09/2016, LCS ID 4471920. I understand proceedings were
issued last week at Birmingham. Could you tell me whether a guardian has been allocated?

Many thanks
Gareth Pryce
Independent Reviewing Officer
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, CAF_BS, ("Gareth Pryce", "gareth.pryce@council.example.gov.uk"),
           "RE: Query re guardian - Lexi PRICE", sent, cc=MBOX, subj_cs="utf-8-b",
           in_reply_to=prev_id)
    add("003-cafcass-allocation-reply-quoting-query", m, label(
        "cafcass_allocation", None, "BM26C50977", "Lexi Price", "2016-09-30", "4471920",
        {}, "2026-11-19",
        notes="Cafcass reply (RE:) naming the guardian, quoting the IRO's question; subject is a "
              "utf-8 encoded-word. DOB and LCS ID are only in the quoted IRO mail (facts about the "
              "same child, so labelled). No CMH date. sent_at_date = the reply's Date (its author "
              "is Cafcass; a reply is not a forward)."),
        must=("BM26C50977", "30/09/2016", "4471920", "Ruth Mbeki"))


def e004():
    sent = t("2026-12-04 14:05")
    body = """Dear Cafcass Business Support,

Thank you for your notification of 2 December. In line with the protocol, please find below the
details of the Independent Reviewing Officer allocated to:

Child:        Harvey DOYLE
DOB:          03/07/2018
Child ID:     3309815
Court ref:    MK26C50610

Allocated IRO:  Sunita Rao
Telephone:      01632 960 417 / 07700 900 591
Email:          sunita.rao@council.example.gov.uk

Please pass these details to the Children's Guardian, Joanne Pettifer.

Regards

IRO Business Support
Review and Child Protection Unit
Midshire Council
""" + COUNCIL_DISCLAIMER
    m = text(body, "plain", "us-ascii", "7bit")
    finish(m, ("IRO Business Support", "iro.support@council.example.gov.uk"),
           ("Cafcass Business Support", "business.support@cafcass.gov.uk"),
           "Named IRO - Harvey DOYLE - MK26C50610", sent, cc=MBOX)
    add("004-iro-allocation-to-cafcass-cc", m, label(
        "iro_allocation", None, "MK26C50610", "Harvey Doyle", "2018-07-03", "3309815",
        {}, "2026-12-04",
        notes="IRO service tells Cafcass the named IRO, mailbox in Cc; 7bit plain. Mentions the "
              "guardian's name too, but the mail's purpose is naming the IRO."),
        must=("MK26C50610", "03/07/2018", "3309815", "Sunita Rao"))


def e005():
    orig = t("2027-03-17 09:20")
    fwd = t("2027-03-17 09:41")
    body = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p class="MsoNormal">Forwarding for the IRO mailbox so the allocation is recorded. Thanks, Jess</p>
<p class="MsoNormal">Jess Farrow<br>Social Worker, Children in Care North<br>
<i>I work compressed hours and do not work alternate Fridays (next non-working day 26/03/2027).</i></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Okonjo, Helen &lt;helen.okonjo@council.example.gov.uk&gt;<br>
<b>Sent:</b> 17 March 2027 09:20<br>
<b>To:</b> Farrow, Jess &lt;jess.farrow@council.example.gov.uk&gt;<br>
<b>Subject:</b> IRO allocation - KAYDEN O'NEILL</p></div>
<p class="MsoNormal">Hi Jess,</p>
<p class="MsoNormal">I have allocated <b>Gareth Pryce</b> as the Independent Reviewing Officer for
KAYDEN O&#39;NEILL (born 5th June 2022), Mosaic ID 2290417. Gareth&#39;s contact details are
gareth.pryce@council.example.gov.uk, 01632 960 388.</p>
<p class="MsoNormal">Please liaise with Gareth about the date for the next review.</p>
<p class="MsoNormal">Helen Okonjo<br>IRO Service Manager</p>
</body></html>"""
    m = html(body, "utf-8", "quoted-printable")
    finish(m, ("Farrow, Jess", "jess.farrow@council.example.gov.uk"), MBOX,
           "FW: IRO allocation - KAYDEN O'NEILL", fwd)
    add("005-iro-allocation-outlook-html-forward", m, label(
        "iro_allocation", None, None, "Kayden O'Neill", "2022-06-05", "2290417",
        {}, "2027-03-17",
        notes="Outlook HTML forward (FW:) of the IRO manager's internal allocation; name in "
              "capitals; not in proceedings (no case number). Signature has an irrelevant "
              "date. Original and forward both 17 March 2027."),
        basis="forward", orig=orig, must=("2290417", "5th June 2022", "17 March 2027 09:20"))


def e006():
    sent = t("2026-11-17 09:02")
    body = """Good morning,

Notification of a child becoming looked after

Name: Maisie Kowalczyk
DOB: 21/01/2014
Child ID: 5120384
Legal status: Section 20 (accommodated with mother's agreement)
Date became looked after: Sunday 15th November 2026 (out of hours)
Placement: in-house foster carers, Mr & Mrs Delaney (Lark Rise, Midshire) - placement
 with Midshire fostering service
Allocated social worker: Tomasz Nowak, Children in Care South
Team manager: Lorraine Baptiste

Maisie was accommodated over the weekend by the Emergency Duty Team after her mother was
admitted to hospital. Please could an IRO be allocated and the initial review booked.

Thanks,
Tomasz

Tomasz Nowak
Social Worker | Children in Care South | Midshire Council
Mob: 07700 900 845
My working pattern: Mon-Thu. Our office moved to Kingsway House on 1st April 2024.
""" + COUNCIL_DISCLAIMER
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Nowak, Tomasz", "tomasz.nowak@council.example.gov.uk"), MBOX,
           "New CLA - Maisie Kowalczyk", sent)
    add("006-looked-after-start-s20-plain", m, label(
        "looked_after_start", None, None, "Maisie Kowalczyk", "2014-01-21", "5120384",
        {"looked_after_from": "2026-11-15"}, "2026-11-17",
        notes="Plain notification from the social worker; start date is a Sunday (allowed: it "
              "is not a hearing/review date). Signature contains an irrelevant date."),
        must=("5120384", "21/01/2014", "15th November 2026"))


def e007():
    sent = t("2027-02-03 17:48")
    body = """Dear colleagues

Ruairí Ó Briain, DOB: 11/11/2025, became looked after yesterday (2.2.27) following an
Emergency Protection Order made at the Family Court at Liverpool. Case number LV27C50088.

He has been placed with emergency foster carers (Mrs Aoife Kearney, independent fostering
agency). Contact with mother is to be supervised at the family centre, three times per week.

Allocated SW: Liam Docherty (Children's Assessment Team), tel. 01632 960 552.

The Local Authority will be issuing an application for an interim care order on Thursday.

Regards
Liam Docherty
Social Worker
"""
    m = text(body, "plain", "iso-8859-1", "8bit")
    finish(m, ("Liam Docherty", "liam.docherty@council.example.gov.uk"), MBOX,
           "NEW LAC - Ruairí Ó Briain - EPO 02.02.27", sent, subj_cs="iso-8859-1")
    add("008-looked-after-start-epo-latin1-8bit", m, label(
        "looked_after_start", None, "LV27C50088", "Ruairí Ó Briain", "2025-11-11", None,
        {"looked_after_from": "2027-02-02"}, "2027-02-03",
        notes="ISO-8859-1, 8bit body and ISO-8859-1 encoded-word subject; accented name. Start "
              "date written '2.2.27' and 'yesterday'. No LA child reference."),
        must=("LV27C50088", "11/11/2025", "2.2.27"))


def e008():
    orig = t("2027-04-02 16:10")
    fwd = t("2027-04-06 08:55")
    inner_body = """Hi all,

Just to let you know Ellis Fairbrother (LCS ID 6603127, DOB 08/03/2012) became looked after
on Thursday 1 April 2027 when the court made an interim care order (BM27C50231).

Ellis has been placed at Willow Court children's home (residential), Midshire.

Please can the initial review be set up.

Thanks
Priya Chandran
Social Worker, Adolescent Service
"""
    inner = text(inner_body, "plain", "utf-8", "quoted-printable")
    finish(inner, ("Chandran, Priya", "priya.chandran@council.example.gov.uk"),
           ("Ellie Stokes", "ellie.stokes@council.example.gov.uk"),
           "Ellis F - now looked after (ICO 1/4)", orig)
    outer_body = """Morning - found this in my inbox after the Easter break, it should have gone to the
reviews mailbox. Original attached.

Ellie Stokes
Business Support Officer
"""
    m = mixed(text(outer_body, "plain", "utf-8", "7bit"), MIMEMessage(inner))
    finish(m, ("Ellie Stokes", "ellie.stokes@council.example.gov.uk"), MBOX,
           "FW: Ellis F - now looked after (ICO 1/4)", fwd)
    add("007-looked-after-start-rfc822-attached", m, label(
        "looked_after_start", None, "BM27C50231", "Ellis Fairbrother", "2012-03-08", "6603127",
        {"looked_after_from": "2027-04-01"}, "2027-04-02",
        notes="Original attached as message/rfc822; all facts only inside the attachment. "
              "sent_at_date = the attached original's Date (2 Apr 2027 BST), not the forward "
              "(6 Apr). LAR-NOTIFY would be late by the forward's date but not by the original's."),
        basis="forward", orig=orig, must=("6603127", "08/03/2012", "1 April 2027", "BM27C50231"))


def e009():
    sent = t("2026-11-30 12:20")
    body = """Dear IRO,

Re: Bella-Rose Hughes - SN26C50742

Please find attached for your information the Local Authority's Interim Care Plan which was
filed and served this morning in accordance with the court's directions.

Kind regards

Amara Boateng
Solicitor, Childcare Team, Legal Services
Midshire Council
DX 700123 Midshire
""" + COUNCIL_DISCLAIMER
    pdf = att_pdf("SN26C50742 Interim Care Plan.pdf", [
        "IN THE FAMILY COURT SITTING AT SWINDON           Case No: SN26C50742",
        "",
        "INTERIM CARE PLAN",
        "",
        "Child: Bella-Rose HUGHES        Date of birth: 15 February 2020",
        "Local authority: Midshire Council",
        "",
        "1. The local authority seeks an interim care order. Bella-Rose is placed with",
        "   local authority foster carers. The plan is for her to remain in foster care",
        "   pending assessment of her maternal aunt as a connected person.",
        "2. Contact: with mother twice weekly, supervised, at Oakfield family centre.",
        "3. Health: initial health assessment completed 20 November 2026.",
        "4. Education: Bella-Rose attends Nursery at St Anne's Primary.",
        "",
        "Social worker: Jess Farrow          Team manager: Lorraine Baptiste",
        "Date of plan: 26 November 2026",
    ])
    m = mixed(text(body, "plain", "utf-8", "quoted-printable"), pdf)
    finish(m, ("Boateng, Amara", "amara.boateng@council.example.gov.uk"), MBOX,
           "Bella-Rose Hughes - SN26C50742 - filed documents", sent)
    add("009-court-care-plan-interim-pdf", m, label(
        "court_care_plan", "interim", "SN26C50742", "Bella-Rose Hughes", "2020-02-15", None,
        {"document_date": "2026-11-26"}, "2026-11-30",
        notes="Subject does not say what the document is; 'Interim Care Plan' in body and PDF "
              "(reportlab). DOB only in the PDF. document_date = 'Date of plan' in the PDF."),
        must=("SN26C50742", "Interim Care Plan"))


def e010():
    orig = t("2027-02-18 17:05")
    fwd = t("2027-02-19 08:12")
    body = """<html><body>
<div>Log please &#8211; Noah&#39;s final care plan ahead of the IRH. G.</div>
<div><br></div>
<div>-----Original Message-----<br>
From: Legal Childcare Team &lt;legal.childcare@council.example.gov.uk&gt;<br>
Sent: Thursday, February 18, 2027 5:05 PM<br>
To: Pryce, Gareth &lt;gareth.pryce@council.example.gov.uk&gt;<br>
Subject: CV26 C 50519 Sinclair-Pearce &#8211; LA final care plan</div>
<div><br></div>
<div>Dear Mr Pryce,</div>
<div>Please see below the text of the Local Authority&#39;s <b>FINAL CARE PLAN</b> dated 17.02.2027,
filed today in respect of NOAH SINCLAIR-PEARCE (DOB 4 Sept 2017). The Issues Resolution Hearing is
listed on <b>9th March 2027</b>.</div>
<div><br></div>
<table border="1" cellpadding="3">
<tr><td>Permanence plan</td><td>Long-term foster care with current carers, Mr and Mrs Adebayo, under a care order.</td></tr>
<tr><td>Contingency</td><td>Connected person assessment of paternal uncle (negative viability 12/01/2027).</td></tr>
<tr><td>Contact</td><td>Mother: monthly, supervised. Father: indirect, letterbox twice yearly.</td></tr>
<tr><td>Education</td><td>Year 4, Holly Lane Primary; PEP reviewed 2 February 2027.</td></tr>
</table>
<div><br></div>
<div>Regards,<br>Childcare Legal Team</div>
</body></html>"""
    m = html(body, "utf-8", "base64")
    finish(m, ("Pryce, Gareth", "gareth.pryce@council.example.gov.uk"), MBOX,
           "FW: CV26 C 50519 Sinclair-Pearce – LA final care plan", fwd, subj_cs="utf-8")
    add("010-court-care-plan-final-outlook-original-message", m, label(
        "court_care_plan", "final", "CV26C50519", "Noah Sinclair-Pearce", "2017-09-04", None,
        {"irh": "2027-03-09", "document_date": "2027-02-17"}, "2027-02-18",
        notes="HTML-only, base64; Outlook '-----Original Message-----' forward with US-style "
              "'Sent:' line. Case number with spaces, name in capitals, DOB '4 Sept 2017'. Other "
              "dates in the plan (12/01/2027, 2 February 2027) are irrelevant. sent_at_date = "
              "original (18 Feb), not forward (19 Feb)."),
        basis="forward", orig=orig, must=("CV26 C 50519", "4 Sept 2017", "17.02.2027", "9th March 2027"))


def e011():
    sent = t("2027-05-12 13:33")
    body = """Hi,

Attached is the care plan for Ava that the LA has filed for the final hearing (7 June).
This is the final version - the interim one you had in February is now superseded.

Case: ST26C50902

Thanks
Nadia
--
Nadia Farooqui | Paralegal | Legal Services | Midshire Council
Sent from my mobile device
"""
    doc = att_docx("Ava Lindqvist - Final Care Plan v3.docx", [
        "IN THE FAMILY COURT AT STOKE-ON-TRENT",
        "Case number: ST26C50902",
        "FINAL CARE PLAN (s.31A Children Act 1989)",
        "Child's name: Ava LINDQVIST",
        "Date of birth: 19/06/2015",
        "Child ID: 7731046",
        "Placement: long term foster placement with Ms Carol Whitby.",
        "Plan: care order; long-term fostering; sibling contact with Max six times per year.",
        "Final hearing: Monday 7 June 2027 (2 days).",
        "Date of this plan: 11 May 2027",
        "Signed: Jess Farrow (social worker)    Approved: Lorraine Baptiste (team manager)",
    ])
    m = mixed(text(body, "plain", "utf-8", "7bit"), doc)
    finish(m, ("Farooqui, Nadia", "nadia.farooqui@council.example.gov.uk"), MBOX,
           "Care plan - Ava L", sent)
    add("011-court-care-plan-final-docx", m, label(
        "court_care_plan", "final", "ST26C50902", "Ava Lindqvist", "2015-06-19", "7731046",
        {"final_hearing": "2027-06-07", "document_date": "2027-05-11"}, "2027-05-12",
        notes="Vague subject; body says 'final version' and mentions an earlier interim plan "
              "(subtype is final). DOB, Child ID and plan date only inside the DOCX. Body gives "
              "the final hearing as '7 June' without a year."),
        must=("ST26C50902", "7 June"))


def e012():
    orig = t("2027-01-08 14:12")
    fwd = t("2027-01-08 15:30")
    body = f"""Please see below - CMO from yesterday's hearing for Lexi. Filing dates diarised
our end.

Amara Boateng
Solicitor, Childcare Team

________________________________
From: Birmingham Family Court <birmingham.family@justice.gov.uk>
Sent: 08 January 2027 14:12
To: Legal Childcare Team <legal.childcare@council.example.gov.uk>
Subject: BM26C50977 - Sealed order - PRICE

Please find below the sealed order.

IN THE FAMILY COURT SITTING AT BIRMINGHAM                    No. BM26C50977
THE CHILDREN ACT 1989
The child: Lexi PRICE (a girl born 30.09.2016)

CASE MANAGEMENT ORDER
made by Her Honour Judge Ferrars on 7 January 2027 at the Case Management Hearing

IT IS ORDERED THAT:
1. The application is timetabled to conclude within 26 weeks of issue.
2. Dr Hannah Greaves, clinical psychologist, is instructed to undertake a psychological
   assessment of the mother; her report to be filed by 4pm on 11 March 2027.
3. The Local Authority shall file and serve its final evidence and final care plan by
   4pm on 25 March 2027.
4. The Children's Guardian shall file and serve a final analysis and recommendations by
   4pm on 8 April 2027.
5. The matter is listed for an Issues Resolution Hearing on 22 April 2027 at 10:00
   (time estimate 2 hours).
6. The matter is listed for a final hearing commencing 4 May 2027 (time estimate 3 days).
7. Costs reserved.

Dated 7 January 2027
{HMCTS_DISCLAIMER}"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Boateng, Amara", "amara.boateng@council.example.gov.uk"), MBOX,
           "FW: BM26C50977 - Sealed order - PRICE", fwd)
    add("012-court-directions-cmo-inline-forward", m, label(
        "court_directions", None, "BM26C50977", "Lexi Price", "2016-09-30", None,
        {"cmh": "2027-01-07", "irh": "2027-04-22", "final_hearing": "2027-05-04",
         "document_date": "2027-01-07",
         "filing_deadlines": [
             {"document": "expert_report", "due": "2027-03-11"},
             {"document": "court_care_plan", "due": "2027-03-25"},
             {"document": "guardian_report", "due": "2027-04-08"}]},
        "2027-01-08",
        notes="Outlook underscore-line forward of a court email (court original from "
              "justice.gov.uk, forwarded by LA legal). The order was made *at* the CMH on 7 Jan "
              "2027, so cmh and document_date are both 2027-01-07 (a reader could leave cmh null "
              "as it is already past). filing_deadlines 'document' uses the kind name "
              "(kinds.md says KIND-or-SUBTYPE; 'final' alone would be ambiguous between care plan "
              "and guardian report). Disclaimer date 01/06/2024 is irrelevant."),
        basis="forward", orig=orig,
        must=("BM26C50977", "30.09.2016", "22 April 2027", "4 May 2027", "25 March 2027"))


def e013():
    sent = t("2027-02-05 10:01")
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body><font face="Arial" size="2">
<p>Dear Parties,</p>
<p>Please find below the gatekeeping directions made on the papers in the matter of
<b>Ruairí Ó Briain</b>, case no. <b>lv27c50088</b>. A sealed copy will follow by post to unrepresented parties.</p>
<hr>
<p><u>DIRECTIONS ON ISSUE</u> (allocation: District Judge)<br>
Made by District Judge Penhallow on 4 February 2027</p>
<ol>
<li>The application is allocated to District Judge level.</li>
<li>The local authority shall by <b>12 noon on 22.2.27</b> file and serve an interim care plan and
social work evidence.</li>
<li>Cafcass shall allocate a Children&#146;s Guardian forthwith.</li>
<li>The application is listed for a <b>Case Management Hearing on Thursday 25th February 2027 at
2.00pm</b> at Liverpool Civil and Family Court, time estimate 1 hour. Advocates&#146; meeting no
later than 2 working days before.</li>
</ol>
<hr>
<p>Family Court Listing Office<br>Liverpool<br>
Opening hours: 10am &#150; 4pm. Closed on 26 March and 29 March 2027 (Easter).</p>
</font></body></html>"""
    m = html(body, "iso-8859-1", "quoted-printable")
    finish(m, ("Liverpool Family Court", "liverpool.family@justice.gov.uk"),
           [("Legal Childcare Team", "legal.childcare@council.example.gov.uk"), MBOX],
           "Directions on issue - Ó Briain - LV27C50088", sent, subj_cs="iso-8859-1")
    add("013-court-directions-gatekeeping-latin1-html", m, label(
        "court_directions", None, "LV27C50088", "Ruairí Ó Briain", None, None,
        {"cmh": "2027-02-25", "document_date": "2027-02-04",
         "filing_deadlines": [{"document": "court_care_plan", "due": "2027-02-22"}]},
        "2027-02-05",
        notes="Direct from a court address (justice.gov.uk) to legal and the mailbox; HTML-only "
              "ISO-8859-1 quoted-printable, with &#146; cp1252-style entities; encoded-word "
              "subject. Case number lower case in the body. Filing date '22.2.27'. Irrelevant "
              "Easter closure dates in the footer. The order also requires 'social work "
              "evidence' by the same date (not a kind, not labelled)."),
        must=("lv27c50088", "22.2.27", "25th February 2027"))


def e014():
    sent = t("2027-03-10 16:40")
    body = """Hi Gareth

Order from yesterday's IRH attached. The final hearing has been moved - Mum's new
representatives need time - so please note the new dates.

Amara
"""
    pdf = att_pdf("Order 09.03.27 CV26C50519.pdf", [
        "IN THE FAMILY COURT SITTING AT COVENTRY",
        "Case number: CV26C50519",
        "In the matter of: Noah SINCLAIR-PEARCE (born 04/09/2017)",
        "",
        "ORDER",
        "",
        "Made on 9 March 2027 by Recorder Blackwood at an Issues Resolution Hearing.",
        "",
        "1. The final hearing listed on 23 March 2027 is vacated.",
        "2. The matter is re-listed for a final hearing on Tuesday 27 April 2027 at 10am,",
        "   time estimate 2 days.",
        "3. The local authority shall file an updated final care plan by 4pm on 16/04/2027.",
        "4. The Children's Guardian shall file a final analysis by 4pm on 20/04/2027.",
        "5. Permission to the mother to file a further statement by 6 April 2027.",
    ])
    m = mixed(text(body, "plain", "utf-8", "7bit"), pdf)
    finish(m, ("Boateng, Amara", "amara.boateng@council.example.gov.uk"),
           ("Pryce, Gareth", "gareth.pryce@council.example.gov.uk"),
           "Noah S-P: order following IRH", sent, cc=MBOX)
    add("014-court-directions-irh-order-pdf", m, label(
        "court_directions", None, "CV26C50519", "Noah Sinclair-Pearce", "2017-09-04", None,
        {"irh": "2027-03-09", "final_hearing": "2027-04-27", "document_date": "2027-03-09",
         "filing_deadlines": [{"document": "court_care_plan", "due": "2027-04-16"},
                              {"document": "guardian_report", "due": "2027-04-20"}]},
        "2027-03-10",
        notes="All facts in a PDF (case number, child, dates). The vacated final hearing date "
              "(23 March 2027) must NOT be taken; the re-listed one is 27 April. irh = the "
              "hearing at which the order was made (ambiguous: it is past). The mother's "
              "statement deadline is not a kind; left out of filing_deadlines."),
        must=("IRH",))


def e015():
    sent = t("2027-03-12 09:15")
    body = """Dear Gareth,

Re: Lexi Price – BM26C50977

I attach the expert’s report of Dr Hannah Greaves (clinical psychologist) dated 10 March 2027,
filed yesterday in accordance with paragraph 2 of the Case Management Order. The report
concerns the mother’s capacity to change – I would draw your attention to the section
headed “Prognosis”.

Please treat this as confidential; it must not be disclosed outside the proceedings without the
court’s permission.

Kind regards

Amara Boateng
Solicitor
""" + COUNCIL_DISCLAIMER
    rep = att_text("Greaves report summary.txt", """PSYCHOLOGICAL ASSESSMENT OF MS KERRY PRICE
Prepared for the Family Court at Birmingham, case BM26C50977
Child: Lexi Price (born 30 September 2016)
Author: Dr Hannah Greaves, Consultant Clinical Psychologist
Date of report: 10 March 2027

Summary of opinion
1. Ms Price presents with a long-standing pattern of ...
2. Prognosis: any change would be unlikely within Lexi's timescales.
""", "windows-1252", "quoted-printable")
    m = mixed(text(body, "plain", "windows-1252", "quoted-printable"), rep)
    finish(m, ("Boateng, Amara", "amara.boateng@council.example.gov.uk"), MBOX,
           "Expert report - Dr Greaves - Lexi P", sent)
    add("015-expert-report-cp1252-qp-attachment", m, label(
        "expert_report", None, "BM26C50977", "Lexi Price", "2016-09-30", None,
        {"document_date": "2027-03-10"}, "2027-03-12",
        notes="Windows-1252 quoted-printable with curly quotes and en dash; .txt attachment "
              "(also cp1252 QP) carries the DOB. 'filed yesterday' = 11 March; document_date is "
              "the report's own date 10 March."),
        must=("BM26C50977", "10 March 2027", "30 September 2016"))


def e016():
    orig = t("2027-04-19 18:22")
    fwd = t("2027-04-20 09:05")
    body = """Forwarding the ISW report received last night. Paternal grandmother's assessment is
positive so the LA's plan will be SGO.

Amara

---------- Forwarded message ---------
From: Rachel Inglewood <rachel@fieldhouse-assessments.example.co.uk>
Date: Mon, 19 Apr 2027 at 18:22
Subject: WV26C50871 Brennan - SGO assessment (ISW)
To: Legal Childcare Team <legal.childcare@council.example.gov.uk>


Dear Ms Boateng,

Please find my independent social work assessment of Mrs Janet Brennan (paternal grandmother)
as a prospective special guardian for Tyler Brennan, prepared as a Part 25 expert in
WV26C50871, dated 16 April 2027.

My conclusion is that Mrs Brennan can meet Tyler's needs throughout his minority.

I am on leave from 26 April until 3 May, returning Tuesday 4 May.

Rachel Inglewood
Independent Social Worker
Fieldhouse Assessments Ltd
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Boateng, Amara", "amara.boateng@council.example.gov.uk"), MBOX,
           "Fwd: WV26C50871 Brennan - SGO assessment (ISW)", fwd)
    add("016-expert-report-isw-gmail-forward", m, label(
        "expert_report", None, "WV26C50871", "Tyler Brennan", None, None,
        {"document_date": "2027-04-16"}, "2027-04-19",
        notes="Gmail-style forward by LA legal of an independent social worker's Part 25 expert "
              "assessment from an external domain; trusted because forwarded by council staff "
              "(README: a trusted forwarder vouches). Mentions SGO but is not an order. The "
              "ISW's leave dates are irrelevant. sent_at_date = original (19 Apr), forward is "
              "20 Apr."),
        basis="forward", orig=orig, must=("WV26C50871", "16 April 2027"))


def e017():
    sent = t("2027-01-11 16:55")
    body = """Dear Sunita,

As promised when we spoke last week, I attach my initial analysis for Tyler, filed today for
Thursday's CMH (14/1). I am supporting the interim care order and the placement with foster
carers pending the viability assessment of paternal grandmother.

I will send you my final analysis in due course. Please let me know when Tyler's next LAC
review is booked.

Best wishes
Miriam

Miriam Osei
Children's Guardian | Cafcass Midlands
07700 900412
""" + CAFCASS_DISCLAIMER
    rep = att_text("WV26C50871 Initial Analysis.txt", """CHILDREN'S GUARDIAN - INITIAL ANALYSIS AND RECOMMENDATIONS
Case number: WV26C50871
Child: Tyler Brennan   Date of birth: 14.08.2019
Hearing: Case Management Hearing, 14 January 2027
Date: 11 January 2027

1. I support the making of an interim care order.
2. The viability assessment of Mrs J Brennan should be completed by 1 February 2027.
""")
    m = mixed(text(body, "plain", "utf-8", "quoted-printable"), rep)
    finish(m, ("Miriam Osei", "miriam.osei@cafcass.gov.uk"),
           ("Sunita Rao", "sunita.rao@council.example.gov.uk"),
           "Tyler Brennan - initial analysis", sent, cc=MBOX)
    add("017-guardian-report-initial-analysis", m, label(
        "guardian_report", "interim", "WV26C50871", "Tyler Brennan", "2019-08-14", None,
        {"cmh": "2027-01-14", "document_date": "2027-01-11"}, "2027-01-11",
        notes="Guardian's 'initial analysis' (the usual name of the interim report) sent direct "
              "from cafcass.gov.uk. Body gives the CMH as 'Thursday's CMH (14/1)'; attachment "
              "has the full date. 1 February 2027 is an assessment target, not a filing date."),
        must=("WV26C50871", "14/1", "11 January 2027"))


def e018():
    sent = t("2027-04-13 11:07")
    body = """Dear Gareth, dear colleagues

Please find attached the Children’s Guardian’s final analysis and recommendations in respect
of Noah, filed and served yesterday (12/04/2027) in accordance with the order of 9 March.

The Guardian supports the LA’s final care plan (long-term foster care) and the making of a care
order. Final hearing remains listed for Tuesday 27th April.

Regards
Legal Services (Childcare)
"""
    pdf = att_pdf("CG final analysis - CV26C50519.pdf", [
        "FINAL ANALYSIS AND RECOMMENDATIONS OF THE CHILDREN'S GUARDIAN",
        "Case no: CV26C50519",
        "Child: Noah Sinclair-Pearce, born 4 September 2017",
        "Children's Guardian: Ruth Mbeki",
        "Date: 12 April 2027",
        "",
        "Recommendation: a care order; the care plan for long-term foster care is endorsed.",
    ])
    m = mixed(text(body, "plain", "utf-8", "base64"), pdf)
    finish(m, LEGAL, [("Pryce, Gareth", "gareth.pryce@council.example.gov.uk"), MBOX],
           "CV26C50519 – Guardian’s final analysis", sent, subj_cs="utf-8-b")
    add("018-guardian-report-final-pdf-from-legal", m, label(
        "guardian_report", "final", "CV26C50519", "Noah Sinclair-Pearce", "2017-09-04", None,
        {"final_hearing": "2027-04-27", "document_date": "2027-04-12"}, "2027-04-13",
        notes="Final analysis sent by LA legal (not Cafcass); base64 utf-8 body; encoded-word "
              "subject with en dash and curly apostrophe. Body gives 'Tuesday 27th April' "
              "without a year. Mentions the care plan and a care order but neither is the "
              "document."),
        must=("CV26C50519", "12/04/2027", "27th April"))


def e019():
    sent = t("2027-05-10 14:02")
    body = """Gareth,

Further to my email this morning, HHJ Ferrars has now released the approved judgment in Lexi's
case (BM26C50977), handed down on Friday 7th May 2027. It is anonymised as Re L (A Child:
Care Order) and must not be published. Copy attached.

In short, the judge found the threshold criteria met and approved the plan for long-term
foster care.

Amara
"""
    att = att_text("Re L approved judgment.txt", """Neutral Citation Number: [2027] EWFC 4471 (B)
Case No: BM26C50977
IN THE FAMILY COURT AT BIRMINGHAM
Date: 7 May 2027

Before: HER HONOUR JUDGE FERRARS

Re L (A Child: Care Order)

APPROVED JUDGMENT

1. This judgment concerns L, a girl now aged 10. ...
48. For these reasons I make a care order.
""")
    m = mixed(text(body, "plain", "utf-8", "quoted-printable"), att)
    finish(m, ("Boateng, Amara", "amara.boateng@council.example.gov.uk"),
           ("Pryce, Gareth", "gareth.pryce@council.example.gov.uk"),
           "Approved judgment - Lexi Price", sent, cc=MBOX)
    add("019-judgment-approved-anonymised", m, label(
        "judgment", None, "BM26C50977", "Lexi Price", None, None,
        {"document_date": "2027-05-07"}, "2027-05-10",
        notes="Approved judgment; the attachment is anonymised ('Re L'), the body names the "
              "child. Mentions a care order being made but the document is the judgment "
              "(final_order is mail 021). document_date = hand-down date."),
        must=("BM26C50977", "7th May 2027"))


def e020():
    sent = t("2027-02-17 12:48")
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Good afternoon,</p>
<p class="MsoNormal">Please find below the Justices’ <b>Facts and Reasons</b> from yesterday’s contested
interim hearing, Tuesday 16 February 2027, in the matter of Bella-Rose HUGHES (SN26C50742).</p>
<p class="MsoNormal"><b>FACTS AND REASONS</b></p>
<p class="MsoNormal">1. The court has heard the local authority’s application to renew the interim care
order and the mother’s application for Bella-Rose to return to her care.</p>
<p class="MsoNormal">2. We find that the interim threshold remains crossed. Bella-Rose’s safety requires
her continued removal. We renew the interim care order until the conclusion of the proceedings.</p>
<p class="MsoNormal">3. The final hearing remains listed for 8 June 2027.</p>
<p class="MsoNormal">Legal Adviser: Mr T. Okwuosa<br>Swindon Family Court &#8211; Legal Team</p>
<p class="MsoNormal" style="font-size:8pt">Please note: from 1 March 2027 our new telephone number is 0300 123 9876.</p>
</div></body></html>"""
    m = html(body, "windows-1252", "quoted-printable")
    finish(m, ("Swindon Family Court", "swindon.family@justice.gov.uk"),
           [("Legal Childcare Team", "legal.childcare@council.example.gov.uk"), MBOX],
           "Facts and Reasons - SN26C50742", sent)
    add("020-judgment-facts-and-reasons-html-cp1252", m, label(
        "judgment", None, "SN26C50742", "Bella-Rose Hughes", None, None,
        {"final_hearing": "2027-06-08", "document_date": "2027-02-16"}, "2027-02-17",
        notes="Magistrates' Facts and Reasons, HTML-only windows-1252 QP (curly quotes as cp1252 "
              "bytes), direct from a court address. 'interim care order' renewed - not a final "
              "order. Footer date (1 March 2027) is irrelevant."),
        must=("SN26C50742", "16 February 2027", "8 June 2027"))


def e021():
    sent = t("2027-05-10 09:40")
    body = """Dear IRO Service,

Proceedings concluded - Lexi PRICE - BM26C50977

I write to confirm that at the final hearing on 7th May 2027 HHJ Ferrars made a FINAL CARE
ORDER in respect of Lexi (DOB 30/09/2016, LCS ID 4471920) to Midshire Council. The sealed
order is attached. The proceedings are now at an end.

The Children's Guardian, Ruth Mbeki, will be in touch regarding handover.

Kind regards
Amara Boateng
Solicitor, Childcare Team
""" + COUNCIL_DISCLAIMER
    att = att_text("BM26C50977 care order sealed.txt", """FAMILY COURT AT BIRMINGHAM    Case number BM26C50977
CARE ORDER  Section 31 Children Act 1989
The child: Lexi Price   Girl   born 30 September 2016
The court orders that the child is placed in the care of Midshire Council.
Ordered by Her Honour Judge Ferrars on 7 May 2027
""", "us-ascii", "7bit")
    m = mixed(text(body, "plain", "us-ascii", "7bit"), att)
    finish(m, ("Boateng, Amara", "amara.boateng@council.example.gov.uk"), MBOX,
           "Proceedings concluded - Lexi PRICE - BM26C50977", sent)
    add("021-final-order-care-order", m, label(
        "final_order", "care_order", "BM26C50977", "Lexi Price", "2016-09-30", "4471920",
        {"order_date": "2027-05-07"}, "2027-05-10",
        notes="Final care order with a .txt attachment (7bit). Straightforward positive; "
              "order_date is the end of proceedings."),
        must=("BM26C50977", "7th May 2027", "4471920"))


def e022():
    orig = t("2027-06-22 16:30")
    fwd = t("2027-06-23 08:15")
    body = """Morning - great news for Tyler, SGO made yesterday. Forwarding for the IRO.

Priya

Sent from my iPad

Begin forwarded message:

From: Wolverhampton Family Court <wolverhampton.family@justice.gov.uk>
Subject: WV26C50871 - Order - Tyler Brennan
Date: 22 June 2027 at 16:30:04 BST
To: legal.childcare@council.example.gov.uk, priya.chandran@council.example.gov.uk

Dear all

Please find the sealed final order below.

Case No WV26C50871. Child: TYLER BRENNAN (14-Aug-2019).

SPECIAL GUARDIANSHIP ORDER (s.14A Children Act 1989)
The court appoints Mrs Janet Brennan (paternal grandmother) as special guardian for the child.
The local authority's application for a care order is dismissed; no order is made on it.
This order was made on Tuesday 22nd June 2027 by District Judge Penhallow.

Listing Office
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Chandran, Priya", "priya.chandran@council.example.gov.uk"), MBOX,
           "Fwd: WV26C50871 - Order - Tyler Brennan", fwd)
    add("022-final-order-sgo-apple-forward", m, label(
        "final_order", "special_guardianship_order", "WV26C50871", "Tyler Brennan", "2019-08-14",
        None, {"order_date": "2027-06-22"}, "2027-06-22",
        notes="Apple Mail 'Begin forwarded message:' style; DOB '14-Aug-2019'. The text also "
              "says the care order application is dismissed with 'no order' - subtype is the SGO "
              "that was made, not no_order. sent_at_date = original (22 Jun BST)."),
        basis="forward", orig=orig, must=("WV26C50871", "14-Aug-2019", "22nd June 2027"))


def e023():
    sent = t("2027-06-10 17:20")
    prev = msgid("council.example.gov.uk")
    body = """Hi Sunita,

Yes - the Justices made a care order and a placement order for Bella-Rose this afternoon.
Mother's application for leave to oppose was refused. Sealed orders to follow from the court
once received.

So the proceedings have concluded today. The Guardian (Joanne Pettifer) said she will complete
her handover to you within the 10 working days.

Amara

-----Original Message-----
From: Rao, Sunita <sunita.rao@council.example.gov.uk>
Sent: Thursday, June 10, 2027 11:02 AM
To: Boateng, Amara <amara.boateng@council.example.gov.uk>
Cc: IRO Reviews <iro.reviews@council.example.gov.uk>
Subject: SN26C50742 - final hearing today?

Hi Amara, is the final hearing for Bella-Rose HUGHES (d.o.b. 15/02/2020) going ahead today? It was
originally listed for Tuesday 8 June. Could you let me know the outcome?
Thanks, Sunita
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Boateng, Amara", "amara.boateng@council.example.gov.uk"),
           ("Rao, Sunita", "sunita.rao@council.example.gov.uk"),
           "RE: SN26C50742 - final hearing today?", sent, cc=MBOX, in_reply_to=prev)
    add("023-final-order-placement-order-reply", m, label(
        "final_order", "placement_order", "SN26C50742", "Bella-Rose Hughes", "2020-02-15", None,
        {"order_date": "2027-06-10"}, "2027-06-10",
        notes="Reply (RE:, In-Reply-To) that reports a care order AND a placement order made "
              "'this afternoon'; ambiguous subtype - labelled placement_order as the order that "
              "defines the outcome (a care order alongside is usual). order_date is 'today' = the "
              "reply's date. The quoted 8 June listing is superseded and not a label. "
              "sent_at_date = reply's Date."),
        must=("SN26C50742", "placement order", "15/02/2020"))


def e024():
    sent = t("2027-05-20 10:03")
    body = """Dear Gareth,

Following the conclusion of proceedings on 7th May 2027 (final care order), please find
attached my written handover for Lexi on the agreed template, together with the final care
plan approved by the court.

I have written to Lexi to explain that my involvement has ended and that you will be the
person overseeing her care plan from now on. There are no contentious issues so I do not think
we need a closing meeting, but I am happy to talk if you disagree.

Kind regards
Ruth Mbeki
Children's Guardian
""" + CAFCASS_DISCLAIMER
    ho = att_text("Handover to IRO - Lexi Price.txt", """CAFCASS - CHILDREN'S GUARDIAN HANDOVER TO INDEPENDENT REVIEWING OFFICER

Child: Lexi PRICE            DOB: 30/09/2016
Case number: BM26C50977      Court: Family Court at Birmingham
Final order: Care order      Date of final order: 07/05/2027
IRO: Gareth Pryce            Guardian: Ruth Mbeki

Outstanding issues for the IRO to monitor:
- Life story work to start by September 2027.
- Sibling contact with half-brother to be reviewed at the next LAC review.

Date of handover: 19/05/2027
""")
    m = mixed(text(body, "plain", "utf-8", "quoted-printable"), ho)
    finish(m, ("Ruth Mbeki", "ruth.mbeki@cafcass.gov.uk"),
           ("Pryce, Gareth", "gareth.pryce@council.example.gov.uk"),
           "Handover - Lexi Price - end of proceedings", sent, cc=MBOX)
    add("024-guardian-handover-template-txt", m, label(
        "guardian_handover", None, "BM26C50977", "Lexi Price", "2016-09-30", None,
        {"order_date": "2027-05-07", "document_date": "2027-05-19"}, "2027-05-20",
        notes="Guardian's handover with template as .txt; case number and DOB only in the "
              "attachment. Mentions the final care plan and the care order but the mail is the "
              "handover. 'September 2027' is a vague target date, not a label."),
        must=("BM26C50977", "7th May 2027", "19/05/2027"))


def e025():
    orig = t("2027-05-07 14:10")
    fwd = t("2027-05-10 08:31")
    body = """<html><body>
<p>For the file please &#8211; Noah&#8217;s handover from the Guardian. Closing meeting needed as the
plan changed at the final hearing (contact increased). Gareth</p>
<hr>
<p><b>From:</b> Ruth Mbeki &lt;ruth.mbeki@cafcass.gov.uk&gt;<br>
<b>Sent:</b> 07 May 2027 14:10<br>
<b>To:</b> Pryce, Gareth &lt;gareth.pryce@council.example.gov.uk&gt;<br>
<b>Subject:</b> Written handover &#8211; Noah Sinclair-Pearce &#8211; CV26C50519</p>
<p>Dear Gareth,</p>
<p>As you know the final hearing concluded on Wednesday 28 April with a care order. In line with
the protocol I set out my written handover below.</p>
<table border="1">
<tr><th align="left">Child</th><td>Noah Sinclair-Pearce (DOB 04/09/2017)</td></tr>
<tr><th align="left">Final order</th><td>Care order, 28/04/2027</td></tr>
<tr><th align="left">Changes made at final hearing</th><td>Maternal contact increased from monthly to fortnightly</td></tr>
<tr><th align="left">Issues for IRO</th><td>Monitor the increased contact; therapeutic support referral (CAMHS) made 21/04/2027</td></tr>
</table>
<p>I suggest we meet with the team manager and social worker within 20 working days.</p>
<p>Ruth</p>
</body></html>"""
    plain = """For the file please - Noah's handover from the Guardian. Closing meeting needed as the
plan changed at the final hearing (contact increased). Gareth

From: Ruth Mbeki <ruth.mbeki@cafcass.gov.uk>
Sent: 07 May 2027 14:10
To: Pryce, Gareth <gareth.pryce@council.example.gov.uk>
Subject: Written handover - Noah Sinclair-Pearce - CV26C50519

Dear Gareth,

As you know the final hearing concluded on Wednesday 28 April with a care order. In line with
the protocol I set out my written handover below.

Child: Noah Sinclair-Pearce (DOB 04/09/2017)
Final order: Care order, 28/04/2027
Changes made at final hearing: Maternal contact increased from monthly to fortnightly
Issues for IRO: Monitor the increased contact; therapeutic support referral (CAMHS) made 21/04/2027

I suggest we meet with the team manager and social worker within 20 working days.

Ruth
"""
    m = alt(text(plain, "plain", "utf-8", "quoted-printable"), html(body, "utf-8", "quoted-printable"))
    finish(m, ("Pryce, Gareth", "gareth.pryce@council.example.gov.uk"), MBOX,
           "FW: Written handover – Noah Sinclair-Pearce – CV26C50519", fwd, subj_cs="utf-8")
    add("025-guardian-handover-outlook-forward-alt", m, label(
        "guardian_handover", None, "CV26C50519", "Noah Sinclair-Pearce", "2017-09-04", None,
        {"order_date": "2027-04-28"}, "2027-05-07",
        notes="multipart/alternative Outlook forward by the IRO; handover inline. Final hearing "
              "'Wednesday 28 April' (no year in prose, full date in table); earlier mails listed "
              "it from Tue 27 April (2-day hearing). sent_at_date = original (7 May), forward is "
              "10 May. 21/04/2027 is an irrelevant referral date."),
        basis="forward", orig=orig, must=("CV26C50519", "28/04/2027", "04/09/2017"))


def e026():
    sent = t("2026-11-18 11:26")
    body = """Hi Tomasz,

Maisie's initial Looked After Review has been booked as follows:

Date:   Monday 7th December 2026
Time:   10.00am
Venue:  Lark Rise (foster home) - Maisie would like the meeting at home, not at school
Chair:  Sunita Rao, IRO

Please send out the invitations and consultation booklets and let me have your Part 1 report
and the placement information record no later than 5 working days before.

Maisie Kowalczyk - Child ID 5120384

Thanks
IRO Business Support
Review & Child Protection Unit
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("IRO Business Support", "iro.support@council.example.gov.uk"),
           ("Nowak, Tomasz", "tomasz.nowak@council.example.gov.uk"),
           "Initial CLA review booked - Maisie K", sent, cc=MBOX)
    add("026-review-booking-initial-set", m, label(
        "review_booking", "set", None, "Maisie Kowalczyk", None, "5120384",
        {"review_date": "2026-12-07"}, "2026-11-18",
        notes="Business support sets the initial review date (subtype set)."),
        must=("5120384", "Monday 7th December 2026"))


def e027():
    sent = t("2027-01-22 15:12")
    prev = msgid("council.example.gov.uk")
    body = """Hi both,

Thanks Sunita – that’s fine. I have rearranged Harvey’s review: it will now be on Thurs 11 Feb at
1.30pm (was Tues 2 Feb) at Brook Street Family Centre, because the foster carer is on a training
course on the 2nd. Invitations will be re-sent today.

Harvey DOYLE - Child ID 3309815

Kind regards
Lucy Akerman
Social Worker – Children in Care North

From: Rao, Sunita
Sent: 22 January 2027 10:41
To: Akerman, Lucy
Subject: RE: Harvey D – CLA review

Lucy – I can do the afternoon of 11 February if that helps. S.
"""
    m = text(body, "plain", "windows-1252", "quoted-printable")
    finish(m, ("Akerman, Lucy", "lucy.akerman@council.example.gov.uk"),
           [("Rao, Sunita", "sunita.rao@council.example.gov.uk"), MBOX],
           "RE: Harvey D – CLA review", sent, subj_cs="windows-1252", in_reply_to=prev)
    add("027-review-booking-moved-cp1252-reply", m, label(
        "review_booking", "moved", None, "Harvey Doyle", None, "3309815",
        {"review_date": "2027-02-11"}, "2027-01-22",
        notes="Reply thread; windows-1252 QP body and windows-1252 encoded-word subject. Dates "
              "without year ('Thurs 11 Feb', 'Tues 2 Feb') resolve to 2027 from the sent date. "
              "review_date = the new date; the old date (2 Feb) is not labelled. Subject has only "
              "'Harvey D'; full name (capitals) is in the body next to the Child ID."),
        must=("3309815", "11 Feb", "2 Feb"))


def e028():
    sent = t("2027-04-22 15:47")
    body = """Dear all,

ELLIS FAIRBROTHER - LCS ID 6603127

I am writing to let you know that I adjourned Ellis's initial Looked After Review this morning
(22/04/2027). The social worker's report and the placement plan were not available and Ellis's
mother had not been invited. I was not able to review the care plan properly without them.

The review will be reconvened within 20 working days - business support will confirm the date
once Priya has checked availability. This is the first adjournment of this review.

Regards
Sunita Rao
Independent Reviewing Officer
Review & Child Protection Unit
Tel 01632 960 417 | Working days Mon, Tue, Thu
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Rao, Sunita", "sunita.rao@council.example.gov.uk"),
           [MBOX, ("Chandran, Priya", "priya.chandran@council.example.gov.uk")],
           "Review adjourned - Ellis F", sent)
    add("028-review-booking-adjourned", m, label(
        "review_booking", "adjourned", None, "Ellis Fairbrother", None, "6603127",
        {"review_date": "2027-04-22"}, "2027-04-22",
        notes="IRO adjourns the review; no new date given. Ambiguity: review_date for an "
              "adjournment - labelled as the date of the review that was adjourned (= the day "
              "LAR-ADJOURN starts). 'this morning (22/04/2027)'."),
        must=("6603127", "22/04/2027"))


def e029():
    sent = t("2027-03-30 10:20")
    body = """<html><body style="font-family:Verdana;font-size:10pt">
<p>Dear Ms O&#39;Neill, Mr Gayle, Ms Farrow, Mr Pryce,</p>
<p><b>INVITATION TO A LOOKED AFTER REVIEW</b></p>
<p>You are invited to attend the review of the care plan for <b>Kayden O&#39;Neill</b>
(date of birth 05.06.2022), which will be held on:</p>
<p style="margin-left:30px"><b>Wednesday 21st April 2027 at 2.00pm</b><br>
Sunflower Room, Brook Street Family Centre, Midshire</p>
<p>The review will be chaired by Gareth Pryce, Independent Reviewing Officer. If you are unable to
attend, please complete the attached consultation form and return it to the social worker
by Wednesday 14 April.</p>
<p>Mosaic ID: 2290417</p>
<p>Yours sincerely,</p>
<p>IRO Business Support<br>on behalf of Jess Farrow, Social Worker</p>
<p style="color:gray;font-size:8pt">Midshire Council, Kingsway House. Registered office hours
Monday&#8211;Friday. Annual closure: 29&#8211;31 December.</p>
</body></html>"""
    form = att_text("Consultation form - parent.txt", """LOOKED AFTER REVIEW - CONSULTATION FORM (PARENT)
Child: Kayden O'Neill
Review date: 21/04/2027

1. What is going well for Kayden?

2. What are you worried about?

3. Is there anything you would like the review to discuss?

Please return by 14/04/2027.
""")
    m = mixed(html(body, "utf-8", "base64"), form)
    finish(m, ("IRO Business Support", "iro.support@council.example.gov.uk"),
           [("Jess Farrow", "jess.farrow@council.example.gov.uk"),
            ("Gareth Pryce", "gareth.pryce@council.example.gov.uk")],
           "Invitation - Looked After Review - Kayden O'Neill - 21/04/2027", sent, cc=MBOX)
    add("029-review-booking-invitation-html-base64", m, label(
        "review_booking", "invitation", None, "Kayden O'Neill", "2022-06-05", "2290417",
        {"review_date": "2027-04-21"}, "2027-03-30",
        notes="HTML-only invitation (base64) with a consultation form attachment. The return-by "
              "date (14 April) is not the review date. Parents' postal invitations usually go "
              "by letter; this copy is emailed with the mailbox in Cc."),
        must=("2290417", "05.06.2022", "Wednesday 21st April 2027"))


def e030():
    sent = t("2026-12-11 16:30")
    body = """Dear all

Please find below the decisions of Maisie's initial Looked After Review, held on 07/12/2026
at her foster home. The full record will follow.

Name: Maisie KOWALCZYK     DOB: 21.01.2014     Child ID: 5120384
Legal status: s.20
IRO: Sunita Rao

DECISIONS / RECOMMENDATIONS
1. Maisie to remain in her current placement with Mr and Mrs Delaney.       (SW, ongoing)
2. Contact with mother: twice weekly, unsupervised at the family home.     (SW, by 18/12/2026)
3. PEP to be completed with the virtual school.                            (SW/DT, by 15/01/2027)
4. Initial health assessment to be completed.                              (LAC nurse, by 8/1/2027)
5. Next review to be held no later than 8 March 2027.

Please let me know by return if anything above is inaccurate.

Sunita Rao
Independent Reviewing Officer
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Rao, Sunita", "sunita.rao@council.example.gov.uk"),
           [("Nowak, Tomasz", "tomasz.nowak@council.example.gov.uk"),
            ("Designated Manager", "designated.manager@council.example.gov.uk")],
           "Review decisions - Maisie K - review 7/12/26", sent, cc=MBOX)
    add("030-review-record-decisions-plain", m, label(
        "review_record", "decisions", None, "Maisie Kowalczyk", "2014-01-21", "5120384",
        {"review_date": "2026-12-07"}, "2026-12-11",
        notes="Decisions circulated by the IRO, copied to the designated manager. review_date = "
              "the review held (07/12/2026); the next-review deadline (8 March 2027) and action "
              "dates are not labelled."),
        must=("5120384", "07/12/2026", "21.01.2014"))


def e031():
    sent = t("2027-03-01 12:02")
    body = """Hi,

Please find attached the full record of Harvey's Looked After Review which took place on
11.02.27, for the file and circulation to participants.

Sunita
"""
    doc = att_docx("DOYLE Harvey - CLA review record 11.02.27.docx", [
        "MIDSHIRE COUNCIL - RECORD OF LOOKED AFTER REVIEW",
        "Child: Harvey DOYLE",
        "Date of birth: 3 July 2018",
        "Child ID: 3309815",
        "Type of review: Second review",
        "Date of review: 11 February 2027",
        "Chair: Sunita Rao (IRO)",
        "Present: Lucy Akerman (SW), Mrs P. Hanley (foster carer), Ms D. Doyle (mother, by phone)",
        "Views of the child: Harvey told me he likes his foster home and wants to see his brother more.",
        "Discussion: ... (full narrative) ...",
        "Decisions: 1. Harvey to remain in placement. 2. Sibling contact monthly. 3. Referral to "
        "play therapy by 31 March 2027.",
        "Date record completed: 1 March 2027",
    ])
    m = mixed(text(body, "plain", "utf-8", "7bit"), doc)
    finish(m, ("Rao, Sunita", "sunita.rao@council.example.gov.uk"), MBOX,
           "Full review record - DOYLE Harvey - CLA review 11.02.27", sent)
    add("031-review-record-full-docx", m, label(
        "review_record", "full", None, "Harvey Doyle", "2018-07-03", "3309815",
        {"review_date": "2027-02-11", "document_date": "2027-03-01"}, "2027-03-01",
        notes="Full record in a hand-built DOCX (child details only inside it); body says "
              "'full record'. The decisions inside the record do not make it subtype decisions. "
              "No case number in this mail. document_date = 'Date record completed'."),
        must=("11.02.27",))


def e032():
    sent = t("2027-05-19 00:40", utc=True)  # header shows Tue 18 May 23:40 +0000
    body = """<html><body>
<p>Hello everyone,</p>
<p>Apologies for the late hour &#8211; catching up after a long day. Below are the
<b>decisions and recommendations</b> from Ellis&#8217;s reconvened initial review, which took
place on Thursday 13th May 2027 at Willow Court.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>#</th><th>Decision</th><th>Who</th><th>By when</th></tr>
<tr><td>1</td><td>Ellis to remain at Willow Court while the interim care order is in place.</td><td>SW</td><td>Ongoing</td></tr>
<tr><td>2</td><td>Placement plan to be signed by the home&#8217;s manager.</td><td>SW / RM</td><td>20.05.27</td></tr>
<tr><td>3</td><td>Referral to the youth participation team for an advocate.</td><td>SW</td><td>27.05.27</td></tr>
<tr><td>4</td><td>Second review within 3 months of the initial review.</td><td>IRO</td><td>12.08.27</td></tr>
</table>
<p>Ellis Fairbrother &nbsp;|&nbsp; LCS ID 6603127 &nbsp;|&nbsp; Court ref BM27C50231</p>
<p>Sunita Rao, IRO</p>
</body></html>"""
    m = html(body, "utf-8", "quoted-printable")
    finish(m, ("Rao, Sunita", "sunita.rao@council.example.gov.uk"),
           [("Chandran, Priya", "priya.chandran@council.example.gov.uk"),
            ("Designated Manager", "designated.manager@council.example.gov.uk")],
           "Ellis F - review decisions", sent, cc=MBOX)
    add("032-review-record-decisions-html-midnight-bst", m, label(
        "review_record", "decisions", "BM27C50231", "Ellis Fairbrother", None, "6603127",
        {"review_date": "2027-05-13"}, "2027-05-19",
        notes="Date header is 'Tue, 18 May 2027 23:40:00 +0000' = 00:40 BST on Wed 19 May: "
              "sent_at_date is the Europe/London date 2027-05-19 (rules.md). HTML-only table; "
              "action dates (20.05.27 etc.) are not labels."),
        must=("6603127", "13th May 2027", "BM27C50231"))


def e033():
    sent = t("2026-12-16 09:12")
    prev = msgid("council.example.gov.uk")
    body = """Sunita,

I have considered the decisions from Maisie's review on 7 December and I agree them. Please
proceed.

Paul Whitcombe
Head of Service, Children in Care (Designated Manager for LAC review decisions)

-----Original Message-----
From: Rao, Sunita <sunita.rao@council.example.gov.uk>
Sent: 11 December 2026 16:30
To: Nowak, Tomasz; Designated Manager
Cc: IRO Reviews
Subject: Review decisions - Maisie K - review 7/12/26

Dear all

Please find below the decisions of Maisie's initial Looked After Review, held on 07/12/2026
at her foster home. [...]
Name: Maisie KOWALCZYK     DOB: 21.01.2014     Child ID: 5120384
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Designated Manager", "designated.manager@council.example.gov.uk"),
           ("Rao, Sunita", "sunita.rao@council.example.gov.uk"),
           "RE: Review decisions - Maisie K - review 7/12/26", sent, cc=MBOX, in_reply_to=prev)
    add("033-manager-response-agreed-reply", m, label(
        "manager_response", "agreed", None, "Maisie Kowalczyk", "2014-01-21", "5120384",
        {"review_date": "2026-12-07"}, "2026-12-16",
        notes="Designated manager's reply agreeing; quotes the decisions mail (which itself "
              "contains decisions - the kind is the reply's, manager_response). Child facts "
              "only in the quoted part. review_date labelled from the subject/quote. "
              "sent_at_date = the reply's Date."),
        must=("5120384", "7 December"))


def e034():
    sent = t("2027-02-18 17:55")
    body = """Dear Sunita, and all who attended Harvey’s review on 11/02/2027,

Following receipt of the review decisions on 15 February I have now considered them. I agree
decisions 1, 2 and 4. However I am unable to agree decision 3 (that Harvey’s placement be
extended with an additional £150 weekly allowance to the carers for therapeutic support) – this
falls outside the fostering allowance scheme and must go to the Resources Panel first.

I do not agree decision 3 and would ask that it is taken to the March panel. I am happy to
discuss.

Regards
Paul Whitcombe
Designated Manager – Children’s Services
Harvey DOYLE, Child ID 3309815
"""
    m = text(body, "plain", "windows-1252", "base64")
    finish(m, ("Designated Manager", "designated.manager@council.example.gov.uk"),
           [("Rao, Sunita", "sunita.rao@council.example.gov.uk"), MBOX,
            ("Akerman, Lucy", "lucy.akerman@council.example.gov.uk")],
           "Harvey Doyle - review decisions - response", sent)
    add("034-manager-response-disagreed-cp1252-base64", m, label(
        "manager_response", "disagreed", None, "Harvey Doyle", None, "3309815",
        {"review_date": "2027-02-11"}, "2027-02-18",
        notes="Partial disagreement (agrees 1, 2, 4; disagrees 3) -> subtype disagreed (§14: any "
              "disagreement must be notified). windows-1252 base64 with £ sign. 15 February is "
              "when decisions were received."),
        must=("3309815", "11/02/2027"))


def e035():
    orig = t("2027-01-17 08:03")
    fwd = t("2027-01-18 09:00")
    body = """Please see below from Maisie's carers re a missing episode over the weekend. Return home
interview has been requested. Tomasz

Re: Maisie Kowalczyk, Child ID 5120384

Tomasz Nowak | Social Worker | Children in Care South

From: Sandra Delaney <sandra.delaney@fostermail.example.co.uk>
Sent: 17 January 2027 08:03
To: Nowak, Tomasz <tomasz.nowak@council.example.gov.uk>
Subject: Maisie last night

Hi Tomasz

Just to let you know Maisie didn't come home on Saturday night (16/01/2027). She was due back
at 9pm and we reported her missing to the police at 10.30pm (ref MP/27/00417). She turned up at
about 7am this morning, tired but OK, said she had been at a friend's in town. We will talk to
her later once she has slept.

Sandra (foster carer)

Sent from my Galaxy
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Nowak, Tomasz", "tomasz.nowak@council.example.gov.uk"), MBOX,
           "FW: Maisie last night", fwd)
    add("035-significant-event-missing-carer-forward", m, label(
        "significant_event", "missing", None, "Maisie Kowalczyk", None, "5120384",
        {"event_date": "2027-01-16"}, "2027-01-17",
        notes="Outlook-style (no '-----Original-----' line) forward of a foster carer's mail from "
              "an external domain; trusted via the council forwarder. Full name and Child ID only "
              "in the forwarder's note. event_date = the Saturday she went missing (a weekend "
              "date is fine for an event). Police ref MP/27/00417 is not a case number. "
              "sent_at_date = carer's original (17 Jan), forward is 18 Jan."),
        basis="forward", orig=orig, must=("16/01/2027",))


def e036():
    sent = t("2027-05-04 13:25")
    body = """Dear Sunita and Tomasz,

I am sorry to let you know that Maisie KOWALCZYK (Year 8, Child ID 5120384) has been given a
suspension of three school days by Hillcrest Academy, starting today, Tuesday 4 May 2027, for
an incident with another pupil on Friday. She is due back in school on Friday 7 May.

A reintegration meeting is being arranged; I will attend. This is her second suspension this
academic year (the first was in October 2026, before she came into care).

Kind regards
Faye Lindgren
Designated Teacher Adviser, Midshire Virtual School
Please note the Virtual School office is closed for the bank holiday on 31 May 2027.
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Virtual School", "virtual.school@council.example.gov.uk"),
           [("Rao, Sunita", "sunita.rao@council.example.gov.uk"),
            ("Nowak, Tomasz", "tomasz.nowak@council.example.gov.uk")],
           "Suspension - Maisie K (Y8)", sent, cc=MBOX)
    add("036-significant-event-exclusion-suspension", m, label(
        "significant_event", "exclusion", None, "Maisie Kowalczyk", None, "5120384",
        {"event_date": "2027-05-04"}, "2027-05-04",
        notes="Uses the current term 'suspension' (a fixed-term exclusion) - never says "
              "'exclusion'. event_date = start of the suspension; the incident was 'Friday' "
              "(30 April) - ambiguous, labelled the suspension start. Other dates irrelevant."),
        must=("5120384", "Tuesday 4 May 2027"))


def e037():
    sent = t("2027-03-04 11:48")
    body = """<html><body style="font-family:Arial;font-size:10pt">
<p>Hi Gareth,</p>
<p>FYI &#8211; Noah was taken to A&amp;E at Coventry General by his foster carer on <b>3.3.27</b>
after a fall at trampoline club. X-ray showed a fractured left wrist; he was kept in overnight
for observation and discharged this morning. Mum has been informed. No concerns about the
care he received &#8211; the club has completed an accident report.</p>
<p>NOAH SINCLAIR-PEARCE &#8211; CV26C50519</p>
<p>Thanks,<br>Jess</p>
<p>Jess Farrow | Social Worker | Children in Care North<br>
<span style="font-size:8pt">Mental Health Awareness training is mandatory for all staff by 30/04/2027.</span></p>
</body></html>"""
    m = html(body, "utf-8", "quoted-printable")
    finish(m, ("Farrow, Jess", "jess.farrow@council.example.gov.uk"),
           ("Pryce, Gareth", "gareth.pryce@council.example.gov.uk"),
           "Noah - hospital admission", sent, cc=MBOX)
    add("037-significant-event-health-html", m, label(
        "significant_event", "health", "CV26C50519", "Noah Sinclair-Pearce", None, None,
        {"event_date": "2027-03-03"}, "2027-03-04",
        notes="HTML-only; date written '3.3.27'. Name in capitals. Signature date (30/04/2027) "
              "is irrelevant. An accident at a club - health, not safeguarding."),
        must=("CV26C50519", "3.3.27"))


def e038():
    sent = t("2027-06-07 18:30")
    body = """URGENT - for the IRO's attention please.

Ellis's placement at Willow Court broke down this afternoon after an assault on a member of
staff (police were not called). The home gave immediate notice. Ellis was moved as an
emergency on Monday 7th June 2027 to an out-of-area placement (Hawthorn Lodge, solo
provision) - approx. 60 miles away.

Ellis is unhappy about the move and about being further from his mum and school. I think an
emergency review is needed.

Ellis Fairbrother - LCS ID 6603127 - d.o.b. 08/03/2012

Priya Chandran
Social Worker, Adolescent Service
Tel: 01632 960 771 - I do not work Wednesdays
"""
    m = text(body, "plain", "iso-8859-1", "quoted-printable")
    finish(m, ("Chandran, Priya", "priya.chandran@council.example.gov.uk"), MBOX,
           "URGENT: placement move - Ellis F", sent)
    add("038-significant-event-placement-change-latin1", m, label(
        "significant_event", "placement_change", None, "Ellis Fairbrother", "2012-03-08",
        "6603127", {"event_date": "2027-06-07"}, "2027-06-07",
        notes="ISO-8859-1 QP. Mentions an assault on staff (could suggest offence) but no charge: "
              "subtype placement_change (unplanned move). Proceedings case number not given."),
        must=("6603127", "7th June 2027", "08/03/2012"))


def e039():
    sent = t("2027-03-25 16:05")
    body = """<html><body>
<p>Dear Sunita,</p>
<p>I am writing to inform you that a strategy discussion was held today regarding <b>Harvey Doyle</b>
(Child ID 3309815) following an allegation made by Harvey at school on <b>24/03/2027</b> about
his foster carer. The strategy discussion agreed that the threshold for Section 47 enquiries is
met and a joint investigation with the police will begin. The LADO has been notified.</p>
<p>Harvey has been moved to a respite placement over the Easter weekend while enquiries are
undertaken.</p>
<p>You will be invited to the outcome meeting. Please consider whether Harvey&#8217;s review needs to be
brought forward.</p>
<p>Regards,<br>Lucy Akerman<br>Social Worker</p>
<p style="font-size:7pt">Please note our offices are closed on Good Friday 26 March and Easter Monday 29 March 2027.</p>
</body></html>"""
    m = html(body, "utf-8", "base64")
    finish(m, ("Akerman, Lucy", "lucy.akerman@council.example.gov.uk"),
           ("Rao, Sunita", "sunita.rao@council.example.gov.uk"),
           "CONFIDENTIAL - strategy discussion - H Doyle", sent, cc=MBOX)
    add("039-significant-event-safeguarding-s47-base64", m, label(
        "significant_event", "safeguarding", None, "Harvey Doyle", None, "3309815",
        {"event_date": "2027-03-24"}, "2027-03-25",
        notes="HTML-only base64. Safeguarding (s47) - also causes a placement move (respite), "
              "but the primary event is safeguarding. event_date = the allegation (24/03/2027); "
              "the strategy discussion was 'today' (25th) - ambiguous, a reader might use the "
              "strategy date. Easter closure dates irrelevant."),
        must=("3309815", "24/03/2027"))


def e040():
    sent = t("2027-02-15 14:40")
    body = """Dear IRO Service

Stage 1 complaint - ref CS/2027/0188

Please be aware that a Stage 1 complaint was received today, 15th February 2027, from
Ms Funmi Adeyemi (mother) on behalf of her daughter Chloë Adeyemi-Ward (D.O.B 02/05/2021),
about the frequency of contact and the foster carers' refusal to take Chloë to her church.

The complaint has been allocated to the team manager for response within 10 working days.

Court case ref: WS27C50034

Customer Relations Team (Children's Services)
Midshire Council
"""
    m = text(body, "plain", "utf-8", "base64")
    finish(m, ("Customer Relations", "complaints.childrens@council.example.gov.uk"), MBOX,
           "Stage 1 complaint received - C A-W", sent)
    add("040-significant-event-complaint-parent", m, label(
        "significant_event", "complaint", "WS27C50034", "Chloë Adeyemi-Ward", "2021-05-02", None,
        {"event_date": "2027-02-15"}, "2027-02-15",
        notes="Complaint on behalf of the child by the parent, notified by the council complaints "
              "team (§2.5 'complaints from or on behalf of the child, parent or carer'). Touches "
              "contact but the event is the complaint. Contrast with mail 'parent complaint' "
              "negative (leisure centre), which is unrelated."),
        must=("WS27C50034", "15th February 2027", "02/05/2021"))


def e041():
    sent = t("2027-04-19 10:12")
    body = """Dear Cafcass Legal,

FORMAL REFERRAL BY AN INDEPENDENT REVIEWING OFFICER
(section 25B(3) Children Act 1989 / Reviewed Case Referral Regulations 2004)

Child: Kayden O'NEILL, born 05/06/2022, Mosaic ID 2290417
Legal status: accommodated under section 20 since 9 September 2025
Local authority: Midshire Council
Referring IRO: Gareth Pryce, 01632 960 388

I am formally referring Kayden's case to Cafcass. The local authority has failed, over three
consecutive reviews, to implement the decision that a parenting assessment of Kayden's mother be
completed so that a permanence plan can be made. I have followed the dispute resolution
process to Director level (meeting with the Director of Children's Services on 6 April 2027)
without resolution.

The referral form, review records and correspondence are attached / will follow by secure
email. I would be grateful for your decision within the two weeks set out in the protocol.

Yours faithfully
Gareth Pryce
Independent Reviewing Officer
"""
    form = att_text("IRO referral form - K ONeill.txt", """IRO REFERRAL TO CAFCASS LEGAL
Child: Kayden O'Neill   DOB 05/06/2022
Date of referral: 19/04/2027
Summary of concerns: drift in permanence planning; assessment not completed since review of
14/10/2026.
""")
    m = mixed(text(body, "plain", "utf-8", "quoted-printable"), form)
    finish(m, ("Pryce, Gareth", "gareth.pryce@council.example.gov.uk"),
           ("Cafcass Legal", "cafcass.legal@cafcass.gov.uk"),
           "IRO referral to Cafcass Legal - Kayden O'Neill", sent,
           cc=[MBOX, ("IRO Service Manager", "iro.manager@council.example.gov.uk")])
    add("041-cafcass-referral-direct", m, label(
        "cafcass_referral", None, None, "Kayden O'Neill", "2022-06-05", "2290417",
        {"document_date": "2027-04-19"}, "2027-04-19",
        notes="IRO's formal referral to Cafcass Legal, mailbox in Cc. No court case (s20). "
              "Several irrelevant past dates (9 Sept 2025, 6 April 2027, 14/10/2026). "
              "document_date = referral date in the form (same as sent); a reader may leave "
              "dates empty."),
        must=("2290417", "05/06/2022"))


def e042():
    orig = t("2027-05-06 12:00")
    fwd = t("2027-05-07 09:14")
    body = """For logging - referral I made to Cafcass Legal yesterday. Sunita

-----Original Message-----
From: Rao, Sunita
Sent: Thursday, May 6, 2027 12:00 PM
To: 'cafcass.legal@cafcass.gov.uk'
Subject: Referral under s.26(2A) CA 1989 - MAISIE KOWALCZYK

Dear Cafcass Legal

I am referring the case of Maisie KOWALCZYK (DOB 21 Jan 2014, Child ID 5120384), who is looked
after under s20, for your consideration of proceedings. Despite repeated review decisions and
escalation within the LA up to the Chief Executive, sibling contact with her brother (placed in
another authority) has not taken place since 1 December 2026.

Sunita Rao
IRO
"""
    m = text(body, "plain", "utf-8", "7bit")
    finish(m, ("Rao, Sunita", "sunita.rao@council.example.gov.uk"), MBOX,
           "FW: Referral under s.26(2A) CA 1989 - MAISIE KOWALCZYK", fwd)
    add("042-cafcass-referral-outlook-original-message", m, label(
        "cafcass_referral", None, None, "Maisie Kowalczyk", "2014-01-21", "5120384",
        {}, "2027-05-06",
        notes="IRO forwards her own referral to the mailbox ('-----Original Message-----', no "
              "addresses in From:/To: lines, US-style Sent:). DOB '21 Jan 2014'. Irrelevant date "
              "1 December 2026. sent_at_date = original (6 May); forward 7 May."),
        basis="forward", orig=orig, must=("5120384", "21 Jan 2014"))


def e043():
    sent = t("2027-04-30 15:22")
    prev = msgid("council.example.gov.uk")
    body = """Dear Mr Pryce,

Re: Kayden O'Neill (DOB 05/06/2022) - IRO referral received 19 April 2027

Thank you for your referral. Cafcass Legal has considered the papers and discussed the matter
with the Cafcass service manager.

Decision: Cafcass Legal has decided not to issue proceedings at this stage. We note the local
authority's written undertaking of 28 April 2027 to complete the parenting assessment by 11
June 2027. Should the undertaking not be honoured, we invite you to refer again and the matter
will be expedited.

A copy of this decision has been sent to the local authority's legal department.

Yours sincerely

Oliver Nwachukwu
Solicitor, Cafcass Legal
""" + CAFCASS_DISCLAIMER + """
> From: Pryce, Gareth <gareth.pryce@council.example.gov.uk>
> Sent: 19 April 2027 10:12
> Subject: IRO referral to Cafcass Legal - Kayden O'Neill
> I am formally referring Kayden's case to Cafcass.
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Cafcass Legal", "cafcass.legal@cafcass.gov.uk"),
           ("Pryce, Gareth", "gareth.pryce@council.example.gov.uk"),
           "RE: IRO referral to Cafcass Legal - Kayden O'Neill", sent, cc=MBOX, in_reply_to=prev)
    add("043-cafcass-decision-not-to-issue-reply", m, label(
        "cafcass_decision", None, None, "Kayden O'Neill", "2022-06-05", None,
        {"document_date": "2027-04-30"}, "2027-04-30",
        notes="Cafcass Legal's decision (not to issue) as a reply quoting the referral (> "
              "quoting). Undertaking dates are irrelevant. document_date = the decision's date = "
              "sent date; a reader may leave dates empty."),
        must=("05/06/2022", "not to issue"))


def e044():
    sent = t("2027-05-20 11:41")
    body = """<html><head><meta charset="windows-1252"></head><body>
<p>Dear Ms Rao</p>
<p><b>Referral: Maisie Kowalczyk (Child ID 5120384)</b></p>
<p>I write further to your referral of 6 May 2027. Having reviewed the papers and your
chronology, Cafcass Legal has decided that the case meets the threshold for action. The case has been
allocated to the Cafcass High Court Team and we intend to issue an application for a Child Arrangements
Order (contact) with Maisie’s brother, with a Children’s Guardian to be appointed.</p>
<p>We have notified Midshire Council’s legal department today. Our written report will follow.</p>
<p>Kind regards</p>
<p>Anjali Varma<br>Senior Solicitor, Cafcass Legal<br>Direct dial 0300 456 4321 (Mon–Thu)</p>
</body></html>"""
    m = html(body, "windows-1252", "base64")
    finish(m, ("Cafcass Legal", "cafcass.legal@cafcass.gov.uk"),
           ("Rao, Sunita", "sunita.rao@council.example.gov.uk"),
           "Cafcass Legal decision – Maisie Kowalczyk", sent, cc=MBOX, subj_cs="windows-1252")
    add("044-cafcass-decision-issue-html-cp1252", m, label(
        "cafcass_decision", None, None, "Maisie Kowalczyk", None, "5120384",
        {"document_date": "2027-05-20"}, "2027-05-20",
        notes="HTML-only windows-1252 base64 (meta charset only in HTML as well as header); "
              "windows-1252 encoded-word subject with en dash. Decision to issue; mentions "
              "'Child Arrangements Order' which must not make it a final_order."),
        must=("5120384", "6 May 2027"))


def e045():
    sent = t("2027-06-22 10:30")
    body = """Dear IRO Service,

CEASING TO BE LOOKED AFTER - Kayden O'Neill (Mosaic ID 2290417, DOB 05/06/2022)

Following the positive parenting assessment and the decisions of the review on 10/06/2027,
Kayden will return to the full-time care of his mother and will cease to be looked after under
section 20 on Friday 25th June 2027. He has been looked after since September 2025.

The decision to cease to look after Kayden was approved by Marcus Ilori, Group Manager
(designated nominated officer), on 21/06/2027. The care plan sets out the support package:
family support worker for 6 months and a Child in Need plan.

Jess Farrow
Social Worker
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Farrow, Jess", "jess.farrow@council.example.gov.uk"), MBOX,
           "Kayden O'Neill - ceasing LAC 25/06", sent,
           cc=("Pryce, Gareth", "gareth.pryce@council.example.gov.uk"))
    add("045-ceased-looked-after-group-manager", m, label(
        "ceased_looked_after", None, None, "Kayden O'Neill", "2022-06-05", "2290417",
        {"event_date": "2027-06-25"}, "2027-06-22",
        notes="To cease in the future (25 June). Approval by a Group Manager (nominated officer) "
              "named. Ambiguity: kinds.md names no date field for the ceasing date - labelled "
              "event_date. The review date (10/06/2027) and approval date are not labelled."),
        must=("2290417", "25th June 2027", "Group Manager"))


def e046():
    sent = t("2027-02-12 16:02")
    body = """Hi all,

Jordan ASHWORTH, DOB 02/10/2010 (16), Child ID 4408813

Jordan ceased to be looked after today, 12/02/2027, and has moved to live with his father
under a private arrangement, as he has wanted since the autumn. As Jordan is 16 the decision
was approved by the Director of Children's Services (Helen Marsh) on 10 February 2027.

Jordan remains entitled to advice and assistance as a qualifying care leaver - his personal
adviser will be Kwame Asante (Leaving Care Team).

Regards
Niamh Corrigan
Team Manager, Adolescent Service
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Corrigan, Niamh", "niamh.corrigan@council.example.gov.uk"), MBOX,
           "Jordan A - ceased CLA (DCS approval)", sent)
    add("046-ceased-looked-after-16-plus-director", m, label(
        "ceased_looked_after", None, None, "Jordan Ashworth", "2010-10-02", "4408813",
        {"event_date": "2027-02-12"}, "2027-02-12",
        notes="Young person aged 16: Director of Children's Services approval named. Ceased "
              "'today, 12/02/2027' - labelled event_date (kinds.md has no dedicated field). "
              "Approval date 10 February not labelled."),
        must=("4408813", "12/02/2027", "02/10/2010"))


def e047():
    sent = t("2026-12-23 07:31")
    body = """Thank you for your email. I am on leave from 23 December 2026, returning on Tuesday
5th January 2027. I will not be checking my emails.

If your email is urgent, please contact Cafcass Midlands Business Support on 0300 456 4000
and ask for the duty manager. For Children's Guardian updates in a case listed for hearing
before my return, please copy my manager Rebecca Thorne.

Miriam Osei
Children's Guardian
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Miriam Osei", "miriam.osei@cafcass.gov.uk"), MBOX,
           "Automatic reply: [CC-9QX3] Reminder: contact with IRO before CMH (due 13/01/2027)",
           sent, extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                        "Precedence": "bulk"})
    add("047-auto-reply-guardian-leave-headers", m, label(
        "auto_reply", None, None, None, None, None, {}, "2026-12-23",
        notes="Out-of-office with Auto-Submitted: auto-replied, replying to a caseclock reminder "
              "(our [CC-...] reference in the subject). Dates (return date, due date in the "
              "quoted subject) must not be taken as case facts. subtype left null (TAGS.md: "
              "'from the text', kinds.md lists none)."),
        must=("5th January 2027",))


def e048():
    sent = t("2027-03-31 14:02")
    body = """<html><body><div style="font-family:Calibri">
<p>Hi, I&#8217;m currently out of the office on annual leave and will be back on <b>06/04/2027</b>
(after the Easter bank holiday).</p>
<p>For anything urgent regarding a child on my caseload please contact the duty desk on 01632 960 500
or my team manager Lorraine Baptiste.</p>
<p>Thanks, Jess Farrow<br>Social Worker, Children in Care North</p>
</div></body></html>"""
    m = html(body, "utf-8", "quoted-printable")
    finish(m, ("Farrow, Jess", "jess.farrow@council.example.gov.uk"), MBOX,
           "Out of Office: RE: Invitation - Looked After Review - Kayden O'Neill - 21/04/2027",
           sent)
    add("048-auto-reply-no-headers-html", m, label(
        "auto_reply", None, None, None, None, None, {}, "2027-03-31",
        notes="Out of Office with NO Auto-Submitted/X-Autoreply header: only the subject prefix "
              "and wording say so. Subject quotes a review invitation incl. child name and "
              "review date - label keeps child/dates null as the auto-reply states no facts (a "
              "reader could take the name from the subject; kept null as the mail is never "
              "applied to a case)."),
        must=("06/04/2027",))


def _dsn(sent, from_addr, subject, human, orig_headers, recipient, status, diag, html_human=False):
    m = MIMEMultipart("report", report_type="delivery-status")
    m.attach(html(human) if html_human else text(human, "plain", "us-ascii", "7bit"))
    ds = Message()
    ds.set_type("message/delivery-status")
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mx.council.example.gov.uk"
    b1["Arrival-Date"] = format_datetime(sent)
    b2 = Message()
    b2["Final-Recipient"] = f"rfc822; {recipient}"
    b2["Action"] = "failed"
    b2["Status"] = status
    b2["Diagnostic-Code"] = diag
    ds.set_payload([b1, b2])
    m.attach(ds)
    hdrs = MIMENonMultipart("text", "rfc822-headers")
    hdrs.set_payload(orig_headers)
    m.attach(hdrs)
    finish(m, from_addr, ("caseclock", "caseclock@council.example.gov.uk"), subject, sent,
           extra={"Auto-Submitted": "auto-replied"})
    return m


def e049():
    sent = t("2027-02-08 07:45")
    human = """This is the mail system at host mx.council.example.gov.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<liam.docherty@council.example.gov.uk>: host exch.council.example.gov.uk said:
    550 5.1.1 User unknown (in reply to RCPT TO command)
"""
    orig = """From: caseclock <caseclock@council.example.gov.uk>
To: liam.docherty@council.example.gov.uk
Subject: [CC-4F2A] Reminder: LAR-INITIAL review due 02/03/2027
Date: Mon, 08 Feb 2027 07:30:00 +0000
Message-ID: <cc-4f2a-lar-initial-20270208@council.example.gov.uk>
"""
    m = _dsn(sent, ("Mail Delivery System", "MAILER-DAEMON@council.example.gov.uk"),
             "Undelivered Mail Returned to Sender", human, orig,
             "liam.docherty@council.example.gov.uk", "5.1.1", "smtp; 550 5.1.1 User unknown")
    add("049-bounce-postfix-dsn-user-unknown", m, label(
        "bounce", None, None, None, None, None, {}, "2027-02-08",
        notes="Postfix-style multipart/report DSN for a caseclock reminder to a departed social "
              "worker. The due date inside the returned headers is not a fact to extract. "
              "Trusted: council mailer daemon."),
        must=("[CC-4F2A]",))


def e050():
    sent = t("2027-05-26 13:10")
    human = """<html><body>
<p style="font-size:16pt;color:#C00000"><b>Your message to ruth.mbeki@cafcass.gov.uk couldn&#39;t be delivered.</b></p>
<p>ruth.mbeki wasn&#39;t found at cafcass.gov.uk.</p>
<p><b>caseclock</b> &nbsp;&nbsp; Office 365 &nbsp;&nbsp; <b>ruth.mbeki</b> &nbsp; Action Required: Recipient</p>
<p>Unknown To address</p>
<hr>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following:
retype the recipient&#39;s address, then resend the message.</p>
<p style="font-size:8pt">Diagnostic information for administrators:<br>
Generating server: EXCH01.council.example.gov.uk<br>
ruth.mbeki@cafcass.gov.uk<br>Remote Server returned &#39;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup&#39;<br>
Original message headers: Date: Wed, 26 May 2027 13:09:12 +0100; Subject: [CC-2M7P] Reminder: contact with IRO before CMH on 08/06/2027</p>
</body></html>"""
    orig = """From: caseclock <caseclock@council.example.gov.uk>
To: ruth.mbeki@cafcass.gov.uk
Subject: [CC-2M7P] Reminder: contact with IRO before CMH on 08/06/2027
Date: Wed, 26 May 2027 13:09:12 +0100
"""
    m = _dsn(sent, ("Microsoft Outlook", "postmaster@council.example.gov.uk"),
             "Undeliverable: [CC-2M7P] Reminder: contact with IRO before CMH on 08/06/2027", human, orig,
             "ruth.mbeki@cafcass.gov.uk", "5.1.10",
             "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound", html_human=True)
    add("050-bounce-exchange-ndr-html", m, label(
        "bounce", None, None, None, None, None, {}, "2027-05-26",
        notes="Exchange/Office 365 style NDR ('Undeliverable:'), HTML human part. Subject "
              "contains a CMH date and a guardian address: must not become a case mail "
              "nor yield a cmh."),
        must=("[CC-2M7P]",))


def e051():
    sent = t("2027-02-01 09:30")
    body = """Workforce Development - Children's Services

PRACTICE DEVELOPMENT SESSION FOR IROs AND SOCIAL WORKERS
"Writing to the child: review records children can read"

Date:   Thursday 18 March 2027, 9.30am - 12.30pm
Venue:  Training Room 2, Kingsway House (also on Teams)
Trainer: Dr Elaine Morcombe

The session will look at how decisions from Looked After Reviews and care proceedings (including
the final care plan and the Children's Guardian's handover) can be explained to children. Examples
will use anonymised review records.

To book a place, reply to this email by Friday 5 March 2027. Places are limited to 20.

Workforce Development Team
Midshire Council
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Workforce Development", "workforce.development@council.example.gov.uk"),
           [MBOX, ("Children in Care North", "cic.north@council.example.gov.uk")],
           "Training: Writing to the child - review records - 18/03/2027", sent)
    add("051-unrelated-training-notice", m, label(
        "unrelated", None, None, None, None, None, {}, "2027-02-01",
        notes="Internal training notice; mentions review records, final care plan, guardian "
              "handover and dates but concerns no child."),
        must=("18 March 2027",))


def e052():
    sent = t("2026-12-10 12:00")
    body = """<html><body style="font-family:Georgia">
<h2>IRO Network Bulletin &#8211; Winter 2026</h2>
<p><b>Case law round-up:</b> In <i>Re A (Care Plan: IRO Scrutiny)</i> [2026] EWFC 903 the court
criticised a local authority for not sending the IRO the final care plan and the Children&#8217;s
Guardian&#8217;s final analysis within five working days. Read our summary.</p>
<p><b>Conference:</b> The national IRO conference will be held on Wednesday 10 March 2027 in Leeds.
Early-bird rate ends 31 January 2027.</p>
<p><b>Survey:</b> How many Looked After Reviews did your service adjourn in 2025/26? Tell us by
15 January.</p>
<p style="font-size:8pt">You are receiving this because you subscribed to the IRO Network bulletin.
<a href="https://iro-network.example.org.uk/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    m = html(body, "utf-8", "quoted-printable")
    finish(m, ("IRO Network", "bulletin@iro-network.example.org.uk"), MBOX,
           "IRO Network Bulletin - Winter 2026: case law, conference, survey", sent,
           extra={"List-Unsubscribe": "<https://iro-network.example.org.uk/unsubscribe>",
                  "Precedence": "bulk"})
    add("052-unrelated-newsletter-external-html", m, label(
        "unrelated", None, None, None, None, None, {}, "2026-12-10",
        trust="untrusted",
        notes="External newsletter (untrusted domain), HTML-only; talks about final care plans, "
              "guardian analysis, adjourned reviews and gives a neutral citation, no case "
              "number or child."),
        must=("10 March 2027",))


def e053():
    sent = t("2027-01-12 16:45")
    body = """IT SERVICE NOTICE - PLANNED WORK

What:  Migration of shared mailboxes to the new email platform
When:  Saturday 16 January 2027, 08:00 - 18:00
Who:   All shared mailboxes in Children's Services, including IRO Reviews, Court Team and
       Child Protection Conferences

During the migration, email sent to these mailboxes will be queued and delivered once the work
is complete. Please do not set up forwarding rules. Any reminders or review invitations sent
during this window will be delayed.

If you experience problems after Monday 18/01/2027, please log a call on the Service Desk
portal quoting INC-2027-00315.

IT Service Desk
"""
    m = text(body, "plain", "us-ascii", "7bit")
    finish(m, ("IT Service Desk", "it.servicedesk@council.example.gov.uk"), MBOX,
           "IT notice: shared mailbox migration - Sat 16 Jan", sent)
    add("053-unrelated-it-notice", m, label(
        "unrelated", None, None, None, None, None, {}, "2027-01-12",
        notes="IT notice, 7bit; mentions reviews, invitations and dates."),
        must=("Saturday 16 January 2027",))


def e054():
    sent = t("2027-03-06 21:13")
    body = """To whom it may concern,

I wish to make a formal complaint. My son (aged 8) has had his swimming lessons at Midshire
Leisure Centre cancelled THREE weeks in a row, most recently today 6th March, with no notice.
I have paid for the full term (£78) and I want a refund for the missed lessons.

I found this address on the council website under "children's reviews" so I hope it reaches the
right person. If I do not hear back by 20/03/2027 I will take this to my councillor.

Dawn Hartigan
(mum of Alfie Hartigan)
"""
    m = text(body, "plain", "iso-8859-1", "quoted-printable")
    finish(m, ("Dawn Hartigan", "d.hartigan1983@mailbox.example.com"), MBOX,
           "Complaint!!! swimming lessons cancelled again", sent)
    add("054-unrelated-parent-complaint-leisure", m, label(
        "unrelated", None, None, None, None, None, {}, "2027-03-06",
        trust="untrusted",
        notes="A parent's complaint from a personal address (untrusted), about a leisure "
              "service, not a looked-after child: unrelated, not significant_event/complaint. "
              "Names a child (not in care) - child left null since no case; sent on a Saturday."),
        must=("6th March",))


def e055():
    sent = t("2027-03-02 06:58")
    body = """<html><body style="font-family:Arial">
<table width="600" style="border:1px solid #005EB8"><tr><td style="background:#005EB8;color:white;padding:10px">
<b>Cafcass Secure Document Portal</b></td></tr>
<tr><td style="padding:10px">
<p>Dear Colleague,</p>
<p>A new <b>Children's Guardian allocation notice</b> and court bundle have been shared with your
organisation. The documents relate to a hearing listed on <b>Monday 8 March 2027</b>.</p>
<p>To view them you must sign in with your council email password within 48 hours, after which
the link expires.</p>
<p style="text-align:center"><a href="https://cafcass-gov-uk.example.com/secure/login?id=88213"
style="background:#005EB8;color:white;padding:8px 20px">VIEW DOCUMENTS</a></p>
<p>Cafcass Business Support</p>
</td></tr></table>
</body></html>"""
    m = html(body, "utf-8", "base64")
    finish(m, ("Cafcass Business Support", "notifications@cafcass-gov-uk.example.com"), MBOX,
           "ACTION REQUIRED: Children's Guardian allocation - secure documents", sent,
           auth=ar("cafcass-gov-uk.example.com"))
    add("055-unrelated-phishing-cafcass-lookalike", m, label(
        "unrelated", None, None, None, None, None, {}, "2027-03-02",
        trust="untrusted",
        notes="Phishing from a look-alike domain (cafcass-gov-uk.example.com) with SPF/DKIM/DMARC "
              "passing for that domain; display name 'Cafcass Business Support' and subject say "
              "'guardian allocation'. No case facts; must be unrelated and untrusted."),
        must=("Monday 8 March 2027",))


def e056():
    sent = t("2027-04-15 03:12")
    body = """HM Courts & Tribunals Service

Dear Local Authority,

Our records show an outstanding application fee of £2,215 for public law care proceedings
issued on 1 April 2027. To avoid the proceedings being struck out at the hearing on 22/04/2027,
payment must be made within 24 hours using the secure link below:

  http://hmcts-fees.example.net/pay

Family Court Fees Office
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("HMCTS Family Court", "family.admin@justice.gov.uk"), MBOX,
           "Outstanding court fee - care proceedings - action required", sent,
           reply_to="fees-office@hmcts-fees.example.net",
           auth=("mx.council.example.gov.uk; spf=fail smtp.mailfrom=justice.gov.uk; dkim=none; "
                 "dmarc=fail (p=reject) header.from=justice.gov.uk"))
    add("056-unrelated-spoof-hmcts-dmarc-fail", m, label(
        "unrelated", None, None, None, None, None, {}, "2027-04-15",
        trust="untrusted",
        notes="Spoofed From: a real trusted court domain, but Authentication-Results has "
              "spf=fail and dmarc=fail, Reply-To an outside domain; fee-payment phish. "
              "Untrusted despite the trusted-looking From (README: trust uses "
              "Authentication-Results)."),
        must=("22/04/2027",))


def e057():
    sent = t("2027-03-17 10:00")
    body = """CAFCASS PRACTICE UPDATE - March 2027

To: Local authority IRO services and Heads of Children's Services

Changes to allocation notifications from 1 April 2027

From 1 April 2027 Cafcass Business Support will send notification of the allocated Children's
Guardian to IRO services through the secure email gateway rather than by standard email. The
content of the notification template (child, case number, Guardian's contact details, next
hearing) is unchanged.

We would also remind IRO services that Children's Guardians are expected to establish contact with
the IRO before the Case Management Hearing, and that the written handover at the end of
proceedings should be completed within 10 working days.

Questions to practice.updates@cafcass.gov.uk.

Cafcass National Office
""" + CAFCASS_DISCLAIMER
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Cafcass Practice Updates", "practice.updates@cafcass.gov.uk"),
           "undisclosed-recipients:;", "Cafcass practice update: allocation notifications from 1 April",
           sent, extra={"Precedence": "bulk"})
    add("057-unrelated-cafcass-bulletin-trusted", m, label(
        "unrelated", None, None, None, None, None, {}, "2027-03-17",
        notes="Genuine-looking national bulletin from the trusted Cafcass domain, about "
              "allocation notices, CMH contact and handover, but about no child or case: "
              "unrelated, trusted."),
        must=("1 April 2027",))


def e058():
    sent = t("2027-05-24 11:20")
    body = """Dear Board members and colleagues,

LOCAL FAMILY JUSTICE BOARD - MIDSHIRE

The next meeting will be held on Wednesday 9 June 2027, 2pm-4pm, at Coventry Combined Court
Centre (Conference Room B) and by video.

Agenda
1. Public law timeliness - average duration of care proceedings (Q4 2026/27)
2. Effectiveness of Issues Resolution Hearings - proportion of final hearings vacated
3. Cafcass/IRO protocol refresh - feedback from local authorities
4. AOB

Papers will be circulated a week before. Please confirm attendance by Wednesday 2 June.

Kind regards
LFJB Secretariat
Designated Family Judge's Office
""" + HMCTS_DISCLAIMER
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("DFJ Office Midshire", "dfj.office.midshire@justice.gov.uk"),
           [MBOX, ("Legal Childcare Team", "legal.childcare@council.example.gov.uk")],
           "LFJB meeting 9 June 2027 - agenda", sent)
    add("058-unrelated-lfjb-meeting-court-trusted", m, label(
        "unrelated", None, None, None, None, None, {}, "2027-05-24",
        notes="From a trusted court domain; about IRHs, final hearings and the Cafcass/IRO "
              "protocol but no case: unrelated, trusted. Note 'Wednesday 2 June' is actually a "
              "Wednesday (2 June 2027)."),
        must=("Wednesday 9 June 2027",))


def e059():
    sent = t("2026-12-11 13:05")
    body = """Hi all,

Christmas and New Year cover for the IRO Reviews mailbox

The office is closed from 24 December 2026 until Monday 4 January 2027 (closure days 29-31 Dec).
The mailbox will be checked once a day on 24/12 and on the 29th by the duty IRO (Sunita).

Please check your diaries now for any reviews falling between 21 December and 8 January - if a
review cannot go ahead within timescale, let me know before 18 December so the reason can be
recorded.

Thanks and have a good break
Helen
IRO Service Manager
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Okonjo, Helen", "helen.okonjo@council.example.gov.uk"),
           [("IRO Team", "iro.team@council.example.gov.uk"), MBOX],
           "Christmas cover - IRO mailbox and reviews", sent)
    add("059-unrelated-christmas-cover-internal", m, label(
        "unrelated", None, None, None, None, None, {}, "2026-12-11",
        notes="Internal team admin about mailbox cover and reviews in general; many dates, no "
              "child. Not a review_booking."),
        must=("Monday 4 January 2027",))


def e060():
    sent = t("2027-06-03 15:27")
    body = """Dear Sir/Madam,

Freedom of Information Act 2000 request

Please provide, for the years 2024/25, 2025/26 and 1 April 2026 to 31 March 2027:

1. the number of Looked After Reviews held outside the statutory timescales;
2. the number of referrals made by your IROs to Cafcass Legal, and the outcome of each;
3. the number of children who ceased to be looked after at 16 or 17 with approval of the
   Director of Children's Services.

I look forward to your response within 20 working days.

Yours faithfully,
Tom Radcliffe
Data reporter, The Midshire Courier
"""
    m = text(body, "plain", "utf-8", "quoted-printable")
    finish(m, ("Tom Radcliffe", "t.radcliffe@courier.example.co.uk"), MBOX,
           "FOI request - Looked After Reviews, IRO referrals to Cafcass", sent)
    add("060-unrelated-foi-request-journalist", m, label(
        "unrelated", None, None, None, None, None, {}, "2027-06-03",
        trust="untrusted",
        notes="FOI request from an external journalist (untrusted): mentions reviews, Cafcass "
              "referrals and ceasing to be looked after, with dates, but no child."),
        must=("31 March 2027",))


# ================================================================ build + check
KINDS = {
    "cafcass_allocation": [None], "iro_allocation": [None], "looked_after_start": [None],
    "court_care_plan": ["interim", "final"], "court_directions": [None],
    "expert_report": [None], "guardian_report": ["interim", "final"], "judgment": [None],
    "final_order": ["care_order", "placement_order", "special_guardianship_order",
                    "supervision_order", "child_arrangements_order", "no_order"],
    "guardian_handover": [None],
    "review_booking": ["set", "moved", "adjourned", "invitation"],
    "review_record": ["decisions", "full"], "manager_response": ["agreed", "disagreed"],
    "significant_event": ["court_directed_change", "decision_not_implemented", "contact_change",
                          "social_worker_change", "safeguarding", "complaint", "placement_change",
                          "family_change", "offence", "exclusion", "missing", "health"],
    "cafcass_referral": [None], "cafcass_decision": [None], "ceased_looked_after": [None],
    "auto_reply": [None], "bounce": [None], "unrelated": [None],
}
DATE_KEYS = {"looked_after_from", "cmh", "irh", "final_hearing", "order_date", "review_date",
             "event_date", "document_date", "filing_deadlines"}
WEEKDAY_KEYS = {"cmh", "irh", "final_hearing", "review_date"}


def all_text(msg):
    """Decoded text of every part, including attachments (pdf/docx/rfc822) and the subject."""
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == "message/rfc822":
                out.append(str(part.get_payload(0).get("Subject", "")))
            continue
        if ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == "application/pdf":
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(part.get_content()))
            out.extend(pg.extract_text() for pg in r.pages)
        elif ct.endswith("wordprocessingml.document"):
            with zipfile.ZipFile(io.BytesIO(part.get_content())) as z:
                out.append(re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode()))
    txt = "\n".join(out)
    import html as h
    txt = h.unescape(re.sub(r"<[^>]+>", " ", txt))
    return txt


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def check():
    import holidays
    bank = holidays.UK(subdiv="ENG", years=[2026, 2027])
    problems = []
    counts = {}
    for fn in sorted(os.listdir(OUT)):
        if not fn.endswith(".eml"):
            continue
        stem = fn[:-4]
        raw = open(os.path.join(OUT, fn), "rb").read()
        lab = json.load(open(os.path.join(OUT, stem + ".expected.json")))
        meta = json.load(open(os.path.join(OUT, ".meta", stem + ".json")))
        msg = message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                problems.append(f"{fn}: defects {part.defects}")
        hdr_date = msg["Date"].datetime.astimezone(LON).date()
        if not (date(2026, 11, 1) <= hdr_date <= date(2027, 6, 30)):
            problems.append(f"{fn}: Date header out of range {hdr_date}")
        sad = date.fromisoformat(lab["sent_at_date"])
        if meta["basis"] == "header" and sad != hdr_date:
            problems.append(f"{fn}: sent_at_date {sad} != header {hdr_date}")
        if meta["basis"] == "forward" and sad > hdr_date:
            problems.append(f"{fn}: original after forward")
        if not (date(2026, 11, 1) <= sad <= date(2027, 6, 30)):
            problems.append(f"{fn}: sent_at_date out of range")
        k, st = lab["kind"], lab["subtype"]
        if k not in KINDS or st not in KINDS[k]:
            problems.append(f"{fn}: bad kind/subtype {k}/{st}")
        counts.setdefault(k, []).append(st)
        txt = all_text(msg)
        ntxt = norm(txt)
        squashed = re.sub(r"\s+", "", txt).upper()
        for sstr in meta["must"]:
            if norm(sstr) not in ntxt:
                problems.append(f"{fn}: '{sstr}' not found in decoded text")
        cn = lab["case_number"]
        if cn:
            if not re.fullmatch(r"[A-Z]{2}\d{2}C\d{5}", cn):
                problems.append(f"{fn}: case number format {cn}")
            if cn not in squashed:
                problems.append(f"{fn}: case number {cn} not in text")
        elif re.search(r"\b[A-Z]{2}\d{2}\s*C\s*\d{5}\b", txt, re.I):
            problems.append(f"{fn}: case number in text but label null")
        ch = lab["child"]
        if ch["name"]:
            for w in ch["name"].split():
                if w.lower() not in txt.lower():
                    problems.append(f"{fn}: name part {w} not in text")
        if ch["la_ref"] and ch["la_ref"] not in txt:
            problems.append(f"{fn}: la_ref not in text")
        for key, val in lab["dates"].items():
            if key not in DATE_KEYS:
                problems.append(f"{fn}: unknown date key {key}")
            if key == "filing_deadlines":
                for fd in val:
                    date.fromisoformat(fd["due"])
                continue
            d = date.fromisoformat(val)
            if key in WEEKDAY_KEYS and (d.weekday() >= 5 or d in bank):
                problems.append(f"{fn}: {key} {d} is not a working day")
        if lab["trust"] not in ("trusted", "untrusted"):
            problems.append(f"{fn}: trust value")
    for k in KINDS:
        if len(counts.get(k, [])) < 2:
            problems.append(f"kind {k} has {len(counts.get(k, []))} mails")
    return counts, problems


def main():
    random.seed(2027)  # MIME boundaries
    for fn in os.listdir(OUT):
        if fn.endswith((".eml", ".expected.json")):
            os.remove(os.path.join(OUT, fn))
    os.makedirs(os.path.join(OUT, ".meta"), exist_ok=True)
    builders = [v for k, v in sorted(globals().items()) if re.fullmatch(r"e\d{3}", k)]
    for b in builders:
        b()
    assert len(ITEMS) == 60, len(ITEMS)
    for i, (name, data, lab, meta) in enumerate(ITEMS, 1):
        stem = f"{i:03d}-" + name.split("-", 1)[1]
        open(os.path.join(OUT, stem + ".eml"), "wb").write(data)
        with open(os.path.join(OUT, stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(OUT, ".meta", stem + ".json"), "w") as f:
            json.dump({"basis": meta["basis"], "must": list(meta["must"])}, f)
    counts, problems = check()
    for k in KINDS:
        print(f"{k:22s} {len(counts.get(k, [])):2d}  {counts.get(k)}")
    print("total", sum(len(v) for v in counts.values()))
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
