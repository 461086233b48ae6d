"""Build the blind scenario mails for caseclock (see README.md in this folder).

Run from the repository root:  .venv/bin/python tests/scenarios_blind/build.py

Writes tests/scenarios_blind/<NN-name>/mails/NN-slug.eml for each scenario, in the order the
mails arrive. Each mail's outermost Date: header is the day it arrives, in Europe/London time
(+0000 in winter, +0100 in summer). Only the standard library's email package is used.

Every person, child, case number, address and organisation below is fictional.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Sequence
from datetime import datetime
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
LON = ZoneInfo("Europe/London")
POLICY = default.clone(linesep="\n", max_line_length=78)

Person = tuple[str, str]
Attachment = tuple[str, str] | EmailMessage

# ------------------------------------------------------------------ people (all fictional)
MBOX: Person = ("IRO Reviews", "iro.reviews@council.example.gov.uk")
IRO_MGR: Person = ("Bernadette Quayle", "iro.manager@council.example.gov.uk")
IRO_SUPPORT: Person = ("IRO Business Support", "iro.support@council.example.gov.uk")
DM: Person = ("Corinne Mabbutt", "designated.manager@council.example.gov.uk")
TM: Person = ("Leon Abernethy", "cic.north.tm@council.example.gov.uk")
LEGAL: Person = ("Legal Services - Childcare", "legal.childcare@council.example.gov.uk")
SOL: Person = ("Priya Venkatesan", "priya.venkatesan@council.example.gov.uk")
DIRECTOR: Person = ("Anthony Greaves-Lowe", "director.cs@council.example.gov.uk")
EDT: Person = ("Emergency Duty Team", "edt@council.example.gov.uk")
COMMS: Person = ("Internal Communications", "communications@council.example.gov.uk")
CAF_BS: Person = ("Cafcass Business Support", "business.support@cafcass.gov.uk")
CAF_LEGAL: Person = ("Cafcass Legal", "cafcass.legal@cafcass.gov.uk")
COURT: Person = ("Family Court at Birmingham", "birmingham.familycourt@justice.gov.uk")

RUTH: Person = ("Ruth Calloway", "ruth.calloway@council.example.gov.uk")
FARAH: Person = ("Farah Siddiqui", "farah.siddiqui@council.example.gov.uk")
OWEN: Person = ("Owen Tremlett", "owen.tremlett@council.example.gov.uk")
NIAMH: Person = ("Niamh Costello", "niamh.costello@council.example.gov.uk")
GIDEON: Person = ("Gideon Marsh", "gideon.marsh@council.example.gov.uk")

COUNCIL_SIG = (
    "\n--\nThis email and any attachments are confidential and intended for the addressee only.\n"
    "If you have received it in error please tell the sender and delete it. Midshire Council\n"
    "monitors email in line with the Data Protection Act 2018.\n"
)
CAFCASS_SIG = (
    "\n____________________________________________________________\n"
    "This e-mail and any attachments are confidential and may be legally privileged.\n"
    "Cafcass - Children and Family Court Advisory and Support Service.\n"
)
HMCTS_SIG = (
    "\nHM Courts & Tribunals Service. This mailbox is not monitored out of hours.\n"
    "Please quote the case number in all correspondence.\n"
)


def at(stamp: str) -> datetime:
    """'YYYY-MM-DD HH:MM' read as Europe/London wall-clock time."""
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=LON)


def addr(people: Person | Sequence[Person]) -> str:
    """One (name, address) pair, or a list of them, as a header value."""
    if isinstance(people, tuple):
        return formataddr(people)
    return ", ".join(formataddr(p) for p in people)


def long_date(when: datetime) -> str:
    return f"{when.day} {when:%B %Y %H:%M}"


def gmail_block(frm: Person, when: datetime, subject: str, to: Sequence[Person]) -> str:
    return (
        "---------- Forwarded message ---------\n"
        f"From: {formataddr(frm)}\n"
        f"Date: {when:%a}, {when.day} {when:%b %Y} at {when:%H:%M}\n"
        f"Subject: {subject}\n"
        f"To: {addr(to)}\n\n"
    )


def outlook_block(
    frm: Person, when: datetime, subject: str, to: Sequence[Person], cc: Sequence[Person] = ()
) -> str:
    name = frm[0].split()
    shown = f"{name[-1]}, {' '.join(name[:-1])}" if len(name) > 1 else frm[0]
    lines = [
        f"From: {shown} <{frm[1]}>",
        f"Sent: {when:%A}, {long_date(when)}",
        f"To: {addr(to)}",
    ]
    if cc:
        lines.append(f"Cc: {addr(cc)}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines) + "\n\n"


def quote(frm: Person, when: datetime, text: str) -> str:
    quoted = "\n".join(f"> {line}" if line else ">" for line in text.strip().splitlines())
    return f"On {when:%a}, {when.day} {when:%b %Y} at {when:%H:%M}, {addr(frm)} wrote:\n{quoted}\n"


def html_page(*paragraphs: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<html><head><meta charset="utf-8"></head>\n'
        '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
        f"{body}\n</body></html>\n"
    )


def auth_results(domain: str, ok: bool = True) -> str:
    verdict = "pass" if ok else "fail"
    dkim = "pass" if ok else "none"
    return (
        f"mx.council.example.gov.uk; spf={verdict} smtp.mailfrom={domain}; "
        f"dkim={dkim} header.d={domain}; dmarc={verdict} header.from={domain}"
    )


class Scenario:
    """One child's mails, added in the order they arrive."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.mails: list[tuple[str, EmailMessage]] = []
        self.sent: dict[str, tuple[str, datetime]] = {}

    def _msgid(self, slug: str, domain: str) -> str:
        digest = hashlib.sha256(f"{self.name}/{slug}".encode()).hexdigest()[:24].upper()
        return f"<{digest}@{domain}>"

    def mail(
        self,
        slug: str,
        frm: Person,
        to: Person | Sequence[Person],
        subject: str,
        when: datetime,
        text: str = "",
        *,
        cc: Sequence[Person] = (),
        html: str = "",
        reply_to: str | None = None,
        attach: Sequence[Attachment] = (),
        auth: str | None = None,
        headers: Sequence[tuple[str, str]] = (),
    ) -> EmailMessage:
        domain = frm[1].split("@", 1)[1]
        msg = EmailMessage(policy=POLICY)
        msg["Received"] = (
            f"from mail.{domain} (mail.{domain} [192.0.2.{10 + len(self.mails)}]) "
            f"by mx.council.example.gov.uk with ESMTPS; {format_datetime(when)}"
        )
        msg["Authentication-Results"] = auth if auth is not None else auth_results(domain)
        msg["From"] = formataddr(frm)
        msg["To"] = addr(to)
        if cc:
            msg["Cc"] = addr(cc)
        msg["Subject"] = subject
        msg["Date"] = format_datetime(when)
        msg["Message-ID"] = self._msgid(slug, domain)
        if reply_to is not None:
            parent = self.sent[reply_to][0]
            msg["In-Reply-To"] = parent
            msg["References"] = parent
        for key, value in headers:
            msg[key] = value
        if text and html:
            msg.set_content(text)
            msg.add_alternative(html, subtype="html")
        elif html:
            msg.set_content(html, subtype="html")
        else:
            msg.set_content(text)
        for item in attach:
            if isinstance(item, EmailMessage):
                msg.add_attachment(item)
            else:
                filename, content = item
                msg.add_attachment(
                    content.encode("utf-8"), maintype="text", subtype="plain", filename=filename
                )
        if self.mails:
            last = self.mails[-1][1]["Date"].datetime
            assert when >= last, f"{self.name}/{slug} arrives before the previous mail"
        self.mails.append((slug, msg))
        self.sent[slug] = (msg["Message-ID"], when)
        return msg

    def write(self) -> None:
        folder = HERE / self.name / "mails"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for number, (slug, msg) in enumerate(self.mails, start=1):
            for index, part in enumerate(msg.walk()):
                if part.is_multipart():
                    part.set_boundary(f"=_{self.name}_{number:02d}_{index}")
            path = folder / f"{number:02d}-{slug}.eml"
            path.write_bytes(msg.as_bytes(policy=POLICY))


def inner_message(
    frm: Person, to: Sequence[Person], subject: str, when: datetime, text: str, domain: str
) -> EmailMessage:
    """An original mail, to be attached whole (message/rfc822) to a forward."""
    inner = EmailMessage(policy=POLICY)
    inner["From"] = formataddr(frm)
    inner["To"] = addr(to)
    inner["Subject"] = subject
    inner["Date"] = format_datetime(when)
    digest = hashlib.sha256(f"{subject}{when}".encode()).hexdigest()[:20].upper()
    inner["Message-ID"] = f"<{digest}@{domain}>"
    inner.set_content(text)
    return inner


# ============================================================================ 01
def s01() -> Scenario:
    s = Scenario("01-christmas-section20")
    sw: Person = ("Dominic Fairweather", "dominic.fairweather@council.example.gov.uk")
    s.mail(
        "looked-after-start", sw, MBOX, "New CLA notification - Lily-Mae HARCOURT",
        at("2026-12-15 09:12"),
        """Good morning Review Unit,

Notification of a child becoming looked after:

Child: Lily-Mae HARCOURT
DOB: 09/04/2015
Child ID: 5203317
Legal status: section 20 (mother agreed to accommodation)
Became looked after: Monday 14th December 2026
Placement: foster carers Mr and Mrs Penrose (in-house), Ashby Road, Midshire

Mum has been admitted to hospital for an operation and there is no other family able to care
for Lily-Mae at present. Could an IRO please be allocated and the initial review arranged.

Many thanks
Dominic Fairweather
Social Worker, Children in Care North
""" + COUNCIL_SIG,
    )
    s.mail(
        "iro-allocation", IRO_MGR, sw, "IRO allocation: Lily-Mae Harcourt (Child ID 5203317)",
        at("2026-12-16 11:40"),
        """Hi Dominic,

Thank you for letting us know about Lily-Mae Harcourt (DOB 09/04/2015, Child ID 5203317).

I have allocated Ruth Calloway as Lily-Mae's Independent Reviewing Officer. Ruth's details:
ruth.calloway@council.example.gov.uk, 01632 960 214.

Please agree the date of the initial review with Ruth directly.

Kind regards
Bernadette Quayle
IRO Service Manager
Review and Child Protection Unit
""" + COUNCIL_SIG,
        cc=[RUTH, MBOX],
    )
    booking_text = """Dear all,

Lily-Mae HARCOURT, Child ID 5203317

The initial looked after review for Lily-Mae has been booked for Monday 18th January 2027 at
10:00 at Larkfield Family Centre, chaired by Ruth Calloway.

Invitations and consultation papers will follow after Christmas.

Dominic
"""
    s.mail(
        "initial-review-booked", sw, MBOX,
        "Initial LAC review - Lily-Mae Harcourt - 18/01/2027", at("2026-12-18 14:03"),
        booking_text + COUNCIL_SIG, cc=[RUTH],
    )
    s.mail(
        "out-of-office", sw, MBOX,
        "Automatic reply: Initial LAC review - Lily-Mae Harcourt - 18/01/2027",
        at("2026-12-23 08:00"),
        """I am on annual leave from 23/12/2026 and back in the office on Monday 4th January 2027.
For urgent matters please contact the duty desk on 01632 960 000.

Dominic Fairweather
""",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    )
    s.mail(
        "office-closure-notice", COMMS, MBOX,
        "Christmas and New Year: office closure 29-31 December", at("2026-12-24 10:00"),
        """To all staff

A reminder that council offices will be closed from Christmas Eve at 3pm and on 29, 30 and 31
December 2026, reopening on Monday 4 January 2027. The Emergency Duty Team covers children's
social care throughout.

Have a restful break.
Internal Communications
""",
    )
    s.mail(
        "invitations-sent", sw, MBOX,
        "RE: Initial LAC review - Lily-Mae Harcourt - 18/01/2027", at("2027-01-07 15:22"),
        """Hi all,

Invitations and consultation papers for Lily-Mae's initial review on Monday 18 January have
gone out today to mum, Mr and Mrs Penrose, the designated teacher at Oakfield Primary, the
school nurse and the supervising social worker.

Dominic

"""
        + quote(sw, at("2026-12-18 14:03"), booking_text),
        cc=[RUTH], reply_to="initial-review-booked",
    )
    decisions_1 = """Dear all,

Record of decisions - initial Looked After Review

Child: Lily-Mae Harcourt   DOB: 09/04/2015   Child ID: 5203317
Date of review: 18/01/2027
Chair (IRO): Ruth Calloway

Decisions and recommendations:
1. Lily-Mae to remain with Mr and Mrs Penrose under section 20 while mum recovers.
   (Dominic Fairweather, ongoing)
2. Contact with mum at the hospital twice weekly, supported by the carers. (Dominic, from now)
3. Personal Education Plan meeting to be held. (Designated teacher, within 20 school days)
4. Initial health assessment to be completed. (Dominic to chase, within 4 weeks)

The next review must be held by 19/04/2027.

Ruth Calloway
Independent Reviewing Officer
"""
    s.mail(
        "review-1-decisions", RUTH, [sw, DM],
        "Review decisions - Lily-Mae Harcourt (5203317) - initial review 18.01.2027",
        at("2027-01-22 16:10"), decisions_1 + COUNCIL_SIG, cc=[MBOX],
    )
    s.mail(
        "review-1-manager-agrees", DM, RUTH,
        "RE: Review decisions - Lily-Mae Harcourt (5203317) - initial review 18.01.2027",
        at("2027-01-28 09:35"),
        """Ruth,

I have considered the decisions of Lily-Mae's initial review held on 18 January and I agree
them. No issues from my side.

Corinne Mabbutt
Designated Manager, Children's Services

"""
        + quote(RUTH, at("2027-01-22 16:10"), decisions_1),
        cc=[MBOX], reply_to="review-1-decisions",
    )
    s.mail(
        "review-1-full-record", RUTH, [MBOX, sw],
        "Full review record - Lily-Mae Harcourt - review of 18 January 2027",
        at("2027-02-10 12:00"),
        """Please find below the full record of Lily-Mae's initial review.

FULL RECORD OF LOOKED AFTER REVIEW
Child: Lily-Mae Harcourt, DOB 09/04/2015, Child ID 5203317
Review: initial, held on Monday 18 January 2027 at Larkfield Family Centre
Present: Lily-Mae (first part), mother (by phone), Mr and Mrs Penrose, Dominic Fairweather,
Ruth Calloway (chair). Apologies: designated teacher (report received).

Summary of views: Lily-Mae said she likes the carers' dog and wants to see mum more often ...
Placement Information Record: updated at the review.
Decisions: as circulated on 22 January 2027 (four decisions, all agreed).

Ruth Calloway, IRO
""",
    )
    s.mail(
        "review-2-booked", sw, MBOX,
        "Second LAC review booked - Lily-Mae Harcourt - Wed 14 April", at("2027-03-15 10:20"),
        html=html_page(
            "Hello,",
            "Lily-Mae Harcourt's second looked after review (Child ID 5203317) is confirmed for "
            "<b>Wed 14 April at 2pm</b> at Oakfield Primary School.",
            "Invitations and consultation papers were sent out today to everyone on the list.",
            "Thanks<br>Dominic Fairweather<br>Social Worker",
        ),
        cc=[RUTH],
    )
    s.mail(
        "review-2-decisions", RUTH, [sw, DM],
        "Review decisions - Lily-Mae HARCOURT - 14/04/2027", at("2027-04-22 17:45"),
        """Dear all,

Decisions of the second Looked After Review for Lily-Mae Harcourt (Child ID 5203317),
held on 14th April 2027.

1. Lily-Mae to remain with Mr and Mrs Penrose; plan for a return home to be assessed once
   mum is discharged from outpatient care. (Dominic, by the next review)
2. Sibling contact with her half-brother to start. (Dominic, within 4 weeks)
3. Health plan to be updated after the dental appointment. (Carers)

Sorry these are later than usual.
Ruth Calloway, IRO
""" + COUNCIL_SIG,
        cc=[MBOX],
    )
    return s


# ============================================================================ 02
def s02() -> Scenario:
    s = Scenario("02-care-proceedings-full")
    sw: Person = ("Marsha Ellington", "marsha.ellington@council.example.gov.uk")
    guardian: Person = ("Imogen Castellano", "imogen.castellano@cafcass.gov.uk")
    s.mail(
        "looked-after-start", sw, MBOX, "CLA notification - Tobias WREN - ICO 07/01/2027",
        at("2027-01-11 16:30"),
        """Dear Review and Child Protection Unit,

Tobias WREN, DOB 22/06/2021, LCS ID 6150428
Family Court case number: BM27C50112

Tobias became looked after on Thursday 7th January 2027 when the court made an interim care
order at the first hearing. He is placed with foster carers (Ms J Adeyinka, Midshire fostering).

Please allocate an IRO and let me know so that we can book the initial review.

Marsha Ellington
Social Worker, Children in Care North
""" + COUNCIL_SIG,
    )
    s.mail(
        "interim-care-plan", LEGAL, MBOX, "BM27C50112 Wren - interim care plan (06.01.27)",
        at("2027-01-12 10:05"),
        """Dear IRO,

In accordance with the Cafcass/IRO protocol please find attached the local authority's interim
care plan for Tobias Wren (DOB 22/06/2021), dated 6 January 2027 and filed with the
application in case BM27C50112.

Legal Services - Childcare
""" + COUNCIL_SIG,
        attach=[(
            "Interim care plan - T Wren - 06.01.2027.txt",
            """MIDSHIRE COUNCIL - INTERIM CARE PLAN
Child: Tobias Wren   DOB: 22/06/2021   LCS ID: 6150428
Case number: BM27C50112
Date of plan: 06/01/2027

1. Plan: interim placement in foster care pending assessments of both parents.
2. Contact: supervised contact with mother three times a week, father once a week.
3. Health: initial health assessment to be completed within 20 working days.
""",
        )],
    )
    s.mail(
        "iro-allocation", IRO_MGR, sw, "IRO allocated - Tobias Wren LCS ID 6150428",
        at("2027-01-13 09:15"),
        """Marsha,

I have allocated Farah Siddiqui as the IRO for Tobias Wren (DOB 22/06/2021, BM27C50112).
Farah: farah.siddiqui@council.example.gov.uk / 01632 960 771.

Bernadette Quayle
IRO Service Manager
""",
        cc=[FARAH, MBOX],
    )
    s.mail(
        "cafcass-allocation", CAF_BS, [IRO_MGR, MBOX],
        "Notification of Children's Guardian - BM27C50112 - WREN", at("2027-01-14 11:02"),
        html=(
            "<html><body><p>Dear IRO Manager,</p>"
            "<p>In line with the Cafcass/IRO Good Practice Protocol, please note the Children's "
            "Guardian allocated to the case below.</p>"
            "<table border='1' cellpadding='4'>"
            "<tr><td>Case number</td><td>BM27C50112</td></tr>"
            "<tr><td>Child</td><td>Tobias WREN (DOB 22/06/2021)</td></tr>"
            "<tr><td>Children's Guardian</td><td>Imogen Castellano</td></tr>"
            "<tr><td>Email</td><td>imogen.castellano@cafcass.gov.uk</td></tr>"
            "<tr><td>Mobile</td><td>07700 900 316</td></tr>"
            "<tr><td>Next hearing</td><td>CMH, 2nd February 2027 at 10:00</td></tr>"
            "</table><p>Please send us the name and contact details of the allocated IRO.</p>"
            "<p>Business Support, Cafcass West Midlands</p></body></html>"
        ),
    )
    s.mail(
        "initial-review-booked", sw, MBOX,
        "Initial review booked - Tobias Wren - 3rd February 2027", at("2027-01-15 14:40"),
        """Hello,

Tobias Wren (LCS ID 6150428) - initial looked after review: Wednesday 3rd February 2027,
11:00, at the foster carer's home. Chair: Farah Siddiqui.

Invitations and consultation booklets were sent today to both parents, the carer, the
health visitor, the nursery and the supervising social worker. The Guardian has been invited.

Marsha
""",
        cc=[FARAH],
    )
    cmh_order = """IN THE FAMILY COURT SITTING AT BIRMINGHAM          Case number: BM27C50112
The child: Tobias Wren (a boy born 22/06/2021)

CASE MANAGEMENT ORDER made by District Judge Halloran on 2 February 2027 at the
Case Management Hearing

IT IS ORDERED THAT:
1. The interim care order continues.
2. Dr Helena Marchetti (psychologist) is to assess both parents. Her report shall be filed
   and served by 4pm on Friday 19th March 2027.
3. The local authority shall file and serve its final evidence and final care plan by 4pm
   on 16/04/2027.
4. The Children's Guardian shall file and serve a final analysis and recommendations by
   4pm on 30 April 2027.
5. Issues Resolution Hearing: 11 May 2027 at 10:00 (time estimate 2 hours).
"""
    court_sent = at("2027-02-03 09:48")
    s.mail(
        "cmh-order", SOL, MBOX, "FW: BM27C50112 Wren - sealed CMH order", at("2027-02-03 12:30"),
        "For the IRO - sealed order from yesterday's CMH.\n\nPriya Venkatesan\n"
        "Solicitor, Legal Services - Childcare\n\n"
        + outlook_block(COURT, court_sent, "BM27C50112 - sealed order", [SOL, guardian])
        + "Please find the sealed order below.\n\n" + cmh_order + HMCTS_SIG,
    )
    decisions_1 = """Dear all,

Tobias WREN (LCS ID 6150428), case BM27C50112
Initial Looked After Review held on 03/02/2027 - decisions and recommendations

1. Tobias to remain in his current foster placement under the interim care order.
2. Contact to continue as directed by the court. (Marsha Ellington)
3. Interim care plan to be updated to reflect the CMH directions. (Marsha, 10 working days)
4. Initial health assessment outcomes to be shared with the IRO. (Marsha)

Farah Siddiqui
Independent Reviewing Officer
"""
    s.mail(
        "review-1-decisions", FARAH, [sw, DM],
        "Review decisions - Tobias Wren - initial review 03/02/2027", at("2027-02-08 15:55"),
        decisions_1 + COUNCIL_SIG, cc=[guardian, MBOX],
    )
    s.mail(
        "review-1-manager-agrees", DM, FARAH,
        "RE: Review decisions - Tobias Wren - initial review 03/02/2027",
        at("2027-02-11 10:12"),
        "Farah - I agree the decisions. Corinne\n\nCorinne Mabbutt | Designated Manager\n\n"
        + quote(FARAH, at("2027-02-08 15:55"), decisions_1),
        cc=[MBOX], reply_to="review-1-decisions",
    )
    s.mail(
        "review-1-full-record", FARAH, sw,
        "Full record - initial LAC review - Tobias Wren", at("2027-02-19 13:00"),
        """Full record of the initial Looked After Review

Child: Tobias Wren, DOB 22/06/2021, LCS ID 6150428 (BM27C50112)
Date of review: Wednesday 3 February 2027
Attendees: mother, father, foster carer, Marsha Ellington (SW), Farah Siddiqui (IRO).
Children's Guardian: apologies, views sent in advance.

The record of discussion, the views of each participant and the four decisions (circulated
on 8 February) follow. Placement Information Record updated at the meeting.

Farah Siddiqui, IRO
""",
        cc=[guardian, MBOX],
    )
    s.mail(
        "updated-interim-care-plan", LEGAL, MBOX,
        "BM27C50112 - updated interim care plan 23.02.2027", at("2027-02-23 11:20"),
        """Dear IRO,

Please find below the updated interim care plan for Tobias Wren, dated 23 February 2027 and
filed today. It reflects the decisions of the looked after review of 3 February.

UPDATED INTERIM CARE PLAN - Tobias Wren (22/06/2021) - BM27C50112 - 23/02/2027
Plan: remain in foster care; parallel assessment of parents by Dr Marchetti; contact unchanged.

Legal Services - Childcare
""",
    )
    s.mail(
        "review-2-booked", sw, MBOX,
        "Tobias Wren - second review Tues 27th April - invitations sent", at("2027-03-30 09:30"),
        """Hi,

Tobias Wren's second looked after review (LCS ID 6150428) will be on Tuesday 27th April 2027
at 10:30 at the family centre. Invitations went out this morning.

Marsha
""",
        cc=[FARAH],
    )
    expert_sent = at("2027-03-19 15:40")
    expert: Person = ("Dr Helena Marchetti", "helena@marchetti-psychology.example.co.uk")
    s.mail(
        "expert-report", LEGAL, MBOX, "Fwd: BM27C50112 - Dr Marchetti's report (filed 19/03/2027)",
        at("2027-03-31 14:15"),
        "Apologies - this should have come to you before Easter. Psychological assessment "
        "of the parents, filed on 19 March.\n\nLegal Services - Childcare\n\n"
        + gmail_block(expert, expert_sent, "BM27C50112 Wren - psychological assessment", [LEGAL])
        + """Dear Ms Venkatesan,

Please find my report on the parents of Tobias Wren (BM27C50112), dated 17 March 2027, which
I have filed today in accordance with paragraph 2 of the order of 2 February 2027.

Dr Helena Marchetti, Consultant Clinical Psychologist
""",
    )
    s.mail(
        "final-care-plan", LEGAL, MBOX,
        "BM27C50112 Wren - LA final care plan (filed 16 April 2027)", at("2027-04-20 10:45"),
        """Dear IRO,

Attached is the local authority's FINAL care plan for Tobias Wren (DOB 22/06/2021), filed on
16 April 2027 in accordance with the case management order.

Legal Services - Childcare
""",
        attach=[(
            "Final care plan - T Wren.txt",
            "FINAL CARE PLAN - Tobias Wren - BM27C50112 - dated 16/04/2027\n"
            "Plan: long-term foster care under a care order; contact with parents monthly.\n",
        )],
    )
    decisions_2 = """Dear all,

Decisions of the second Looked After Review for Tobias Wren (LCS ID 6150428, BM27C50112),
held on Tuesday 27 April 2027.

1. The IRO supports the final care plan for long-term foster care.
2. Life story work to begin. (Marsha, by the next review)
3. Contact proposals to be discussed with the Guardian before the IRH. (Marsha)

Farah Siddiqui, IRO
"""
    s.mail(
        "review-2-decisions", FARAH, [sw, DM], "Review decisions - Tobias Wren - 27.04.2027",
        at("2027-04-29 16:20"), decisions_2, cc=[guardian, MBOX],
    )
    s.mail(
        "review-2-manager-agrees", DM, FARAH, "RE: Review decisions - Tobias Wren - 27.04.2027",
        at("2027-05-05 08:55"),
        "Agreed. Thanks Farah.\n\nCorinne\n\n" + quote(FARAH, at("2027-04-29 16:20"), decisions_2),
        cc=[MBOX], reply_to="review-2-decisions",
    )
    analysis_sent = at("2027-04-30 15:58")
    s.mail(
        "guardian-final-analysis", LEGAL, MBOX,
        "FW: BM27C50112 - Children's Guardian final analysis", at("2027-05-10 12:10"),
        "Forwarded for the IRO's file.\n\n"
        + outlook_block(guardian, analysis_sent, "BM27C50112 Wren - final analysis", [LEGAL])
        + """All,

Please find my final analysis and recommendations for Tobias, filed today as directed.

Imogen Castellano
Children's Guardian
""" + CAFCASS_SIG,
    )
    s.mail(
        "irh-order", LEGAL, MBOX, "BM27C50112 Wren - IRH order 11.05.27", at("2027-05-12 09:40"),
        """Dear IRO,

Order from yesterday's Issues Resolution Hearing (11 May 2027):

IN THE FAMILY COURT SITTING AT BIRMINGHAM - BM27C50112 - Tobias Wren
ORDER made on 11 May 2027 at the Issues Resolution Hearing
1. The final hearing is listed on 9 June 2027 at 10:00 (time estimate 1 day).
2. The interim care order continues until the final hearing.

Legal Services - Childcare
""",
    )
    s.mail(
        "review-2-full-record", FARAH, sw, "Full record - second review - Tobias Wren",
        at("2027-05-24 15:00"),
        "FULL RECORD - Looked After Review held on 27/04/2027 - Tobias Wren (LCS ID 6150428)\n"
        "Second review. Views of all participants and the decisions circulated on 29 April.\n"
        "Placement Information Record updated.\n\nFarah Siddiqui, IRO\n",
        cc=[guardian, MBOX],
    )
    s.mail(
        "final-order", LEGAL, MBOX,
        "BM27C50112 Wren - FINAL ORDER - care order made 9 June 2027", at("2027-06-10 11:30"),
        """Dear IRO,

The proceedings concerning Tobias Wren (DOB 22/06/2021) concluded yesterday, 9 June 2027,
when the court made a final CARE ORDER under section 31 of the Children Act 1989. The sealed
order is below.

IN THE FAMILY COURT SITTING AT BIRMINGHAM - Case number BM27C50112
FINAL ORDER: CARE ORDER. The child Tobias Wren is placed in the care of Midshire Council.
Made by Her Honour Judge Okonkwo-Reid on 9 June 2027.

Legal Services - Childcare
""",
    )
    s.mail(
        "approved-final-care-plan", LEGAL, MBOX,
        "BM27C50112 Wren - final care plan as approved by the court", at("2027-06-10 15:05"),
        """Dear IRO,

Please find the final care plan for Tobias Wren as approved by the court, dated 10 June 2027
(amended after the final hearing to record the agreed contact arrangements).

FINAL CARE PLAN (APPROVED) - Tobias Wren - LCS ID 6150428 - 10/06/2027

Legal Services - Childcare
""",
    )
    s.mail(
        "guardian-handover", guardian, FARAH,
        "Guardian handover - Tobias Wren - BM27C50112", at("2027-06-21 10:20"),
        """Dear Farah,

Now that the proceedings for Tobias have ended (care order, 9 June 2027), please find below
my written handover on the agreed template. The final care plan approved by the court has
been sent to you by the local authority's legal team.

GUARDIAN TO IRO HANDOVER
Child: Tobias Wren, DOB 22/06/2021, case BM27C50112
Outstanding issues: frequency of sibling contact to be kept under review; life story work.
I have written to Tobias's carers explaining that my involvement has ended.

Imogen Castellano, Children's Guardian
""" + CAFCASS_SIG,
        cc=[MBOX],
    )
    return s


# ============================================================================ 03
def s03() -> Scenario:
    s = Scenario("03-duplicate-court-order")
    sw: Person = ("Chioma Eze", "chioma.eze@council.example.gov.uk")
    guardian: Person = ("Siobhan Adair", "siobhan.adair@cafcass.gov.uk")
    s.mail(
        "looked-after-start", sw, MBOX, "Looked after notification - Ruby NKEMELU",
        at("2027-02-02 10:00"),
        """Hello,

Ruby NKEMELU, born 30/11/2018, Mosaic ID 7034561.
Ruby became looked after on 1 February 2027 when the court made an interim care order at the
first hearing (case BM27C50287). She is placed with foster carers in Kingsbury.

Chioma Eze
Social Worker
""",
    )
    s.mail(
        "iro-allocation-by-manager", IRO_MGR, sw, "IRO allocation - Ruby NKEMELU",
        at("2027-02-03 14:20"),
        html=html_page(
            "Dear Chioma,",
            "Thank you for your notification about <b>Ruby Nkemelu</b> (DOB 30/11/2018, Mosaic ID "
            "7034561).",
            "I have allocated <b>Owen Tremlett</b> as Ruby's Independent Reviewing Officer. "
            "Owen can be reached on owen.tremlett@council.example.gov.uk or 01632 960 532. "
            "Please contact Owen, not me, to arrange the initial review; "
            "I remain his line manager.",
            "Kind regards,<br>Bernadette Quayle<br>IRO Service Manager<br>"
            "Review and Child Protection Unit, Midshire Council",
        ),
        cc=[OWEN, MBOX],
    )
    s.mail(
        "cafcass-allocation", CAF_BS, IRO_MGR,
        "Allocation of Children's Guardian - BM27C50287 - Ruby Nkemelu", at("2027-02-05 10:30"),
        """Dear Ms Quayle,

Case: BM27C50287   Child: Ruby NKEMELU (d.o.b. 30.11.2018)

The Children's Guardian allocated to this case is Siobhan Adair
(siobhan.adair@cafcass.gov.uk, 07700 900 488).
The Case Management Hearing is listed on 2 March 2027.

Cafcass Business Support
""" + CAFCASS_SIG,
        cc=[MBOX],
    )
    s.mail(
        "initial-review-booked", sw, MBOX,
        "Ruby Nkemelu - initial CLA review Thursday 25th February 2027 - invitations sent",
        at("2027-02-08 09:50"),
        """Owen / Review Unit,

Initial looked after review for Ruby Nkemelu (Mosaic ID 7034561): Thursday 25th February 2027
at 13:30, Kingsbury Children's Centre. Invitations and consultation forms posted and emailed
today.

Chioma
""",
        cc=[OWEN],
    )
    court_sent = at("2027-03-03 08:41")
    order_subject = "BM27C50287 - Order following CMH 2.3.27"
    order_text = """Dear all,

Please find the sealed order made at the Case Management Hearing on 2 March 2027.

IN THE FAMILY COURT SITTING AT BIRMINGHAM        Case number BM27C50287
Re: Ruby Nkemelu (born 30/11/2018)
CASE MANAGEMENT ORDER dated 2 March 2027

1. The interim care order continues.
2. The local authority shall file its final evidence and final care plan by 4pm on
   Friday 28 May 2027.
3. The Children's Guardian shall file her final analysis by 4pm on 11/06/2027.
4. Issues Resolution Hearing: 22 June 2027 at 14:00.

Family Court at Birmingham
"""
    court_to = [LEGAL, sw, guardian]
    s.mail(
        "cmh-order-social-worker-forward", sw, MBOX, "Fwd: " + order_subject,
        at("2027-03-03 09:05"),
        "For the IRO mailbox - CMH order for Ruby (Mosaic ID 7034561).\n\nChioma\n\n"
        + gmail_block(COURT, court_sent, order_subject, court_to) + order_text + HMCTS_SIG,
    )
    decisions_1 = """Dear all,

RUBY NKEMELU (Mosaic ID 7034561) - case BM27C50287
Initial Looked After Review held on 25/02/2027 - decisions

1. Ruby to remain with her foster carers under the interim care order.
2. Interim care plan to be updated after the CMH. (Chioma Eze, 10 working days)
3. Referral to CAMHS for assessment of sleep difficulties. (Chioma, within 2 weeks)

Owen Tremlett
Independent Reviewing Officer
"""
    s.mail(
        "review-1-decisions", OWEN, [sw, DM],
        "Ruby Nkemelu - review decisions - 25.02.2027", at("2027-03-03 16:40"),
        decisions_1 + COUNCIL_SIG, cc=[guardian, MBOX],
    )
    s.mail(
        "cmh-order-legal-forward", LEGAL, MBOX, "FW: " + order_subject, at("2027-03-04 11:15"),
        "Dear IRO, sealed CMH order attached below for your records.\n\nLegal Services\n\n"
        + outlook_block(COURT, court_sent, order_subject, court_to) + order_text + HMCTS_SIG,
    )
    original = inner_message(COURT, court_to, order_subject, court_sent, order_text,
                             "justice.gov.uk")
    s.mail(
        "cmh-order-iro-forward-attached", OWEN, MBOX, "FW: " + order_subject,
        at("2027-03-05 12:00"),
        "Not sure legal have sent this to the mailbox yet - the court's email is attached.\n\n"
        "Owen\n",
        attach=[original],
    )
    s.mail(
        "review-1-full-record", OWEN, sw, "Full record - Ruby Nkemelu - review 25 February 2027",
        at("2027-03-16 10:30"),
        """Full record of the initial Looked After Review

Child: Ruby Nkemelu (30/11/2018), Mosaic ID 7034561, case BM27C50287
Date of review: 25th February 2027
The discussion, the views of Ruby, her parents, the carers and the Guardian, and the three
decisions circulated on 3 March are recorded in full below. Placement plan updated.

Owen Tremlett, IRO
""",
        cc=[guardian, MBOX],
    )
    s.mail(
        "updated-interim-care-plan", LEGAL, MBOX,
        "BM27C50287 Nkemelu - updated interim care plan dated 25 March 2027",
        at("2027-03-25 15:30"),
        """Dear IRO,

Please find below the updated INTERIM care plan for Ruby Nkemelu, dated 25 March 2027 and
filed with the court today.

INTERIM CARE PLAN (UPDATED) - Ruby Nkemelu - Mosaic ID 7034561 - 25/03/2027
Plan: remain in foster care; assessment of maternal aunt as a connected carer.

Legal Services - Childcare
""",
    )
    s.mail(
        "review-2-booked", sw, MBOX,
        "Ruby - second review Thurs 20 May 2027 - invitations will follow", at("2027-04-26 09:15"),
        """Hi Owen and Review Unit,

Ruby Nkemelu's second review (Mosaic ID 7034561) is booked for Thursday 20 May 2027 at 13:30
at Kingsbury Children's Centre. I will send the invitations and consultation papers out
shortly - invitations will follow.

Chioma
""",
        cc=[OWEN],
    )
    decisions_2 = """Dear all,

Ruby Nkemelu - Mosaic ID 7034561 - BM27C50287
Second Looked After Review, held 20 May 2027: decisions

1. The IRO supports the plan for Ruby to move to her maternal aunt under a care order.
2. Transition plan to be agreed with the carers. (Chioma, before the IRH)
3. Final care plan to include the contingency of long-term foster care. (Chioma)

Owen Tremlett, IRO
"""
    s.mail(
        "review-2-decisions", OWEN, [sw, DM], "Ruby Nkemelu - review decisions - 20/05/2027",
        at("2027-05-25 14:00"), decisions_2, cc=[guardian, MBOX],
    )
    s.mail(
        "review-2-manager-agrees", DM, OWEN,
        "RE: Ruby Nkemelu - review decisions - 20/05/2027", at("2027-06-02 16:50"),
        "Owen, I agree these decisions.\nCorinne Mabbutt, Designated Manager\n\n"
        + quote(OWEN, at("2027-05-25 14:00"), decisions_2),
        cc=[MBOX], reply_to="review-2-decisions",
    )
    s.mail(
        "final-care-plan", LEGAL, MBOX, "BM27C50287 - LA final care plan - Ruby NKEMELU",
        at("2027-06-04 10:10"),
        """Dear IRO,

Please find attached the local authority's final care plan for Ruby Nkemelu (30.11.2018),
filed on 28/05/2027 as directed at the CMH.

Legal Services - Childcare
""",
        attach=[(
            "Final care plan - R Nkemelu.txt",
            "FINAL CARE PLAN - Ruby Nkemelu - BM27C50287 - dated 28/05/2027\n"
            "Plan: placement with maternal aunt under a care order; contingency: long-term "
            "foster care.\n",
        )],
    )
    return s


# ============================================================================ 04
def s04() -> Scenario:
    s = Scenario("04-missing-over-easter")
    sw: Person = ("Yusuf Demir", "yusuf.demir@council.example.gov.uk")
    s.mail(
        "looked-after-start", sw, MBOX, "New looked after child - Callum Pritchard",
        at("2027-01-15 15:40"),
        """Dear colleagues,

Apologies for the late notification.

Name: Callum PRITCHARD
Date of birth: 12/08/2012
Child ID: 4418290
Date became looked after: Monday 11 January 2027 (section 20)
Placement: Briarwood children's home (Midshire Council)

Callum's relationship with his stepfather broke down and mum requested accommodation.

Yusuf Demir
Social Worker, Adolescent Service
""" + COUNCIL_SIG,
    )
    s.mail(
        "iro-allocation", IRO_MGR, sw, "Callum Pritchard (4418290) - IRO allocated",
        at("2027-01-18 09:20"),
        """Yusuf,

Niamh Costello will be Callum Pritchard's IRO (Child ID 4418290). Niamh's email is
niamh.costello@council.example.gov.uk and her number is 01632 960 845. The initial review is
now urgent - please book it with Niamh today.

Bernadette Quayle, IRO Service Manager
""",
        cc=[NIAMH, MBOX],
    )
    s.mail(
        "initial-review-booked", sw, MBOX,
        "Callum Pritchard - initial looked after review 09/02/2027", at("2027-01-20 13:10"),
        """Hi Niamh and Review Unit,

Callum's initial review (Child ID 4418290) is booked for Tuesday 9 February 2027 at 16:00 at
Briarwood. This was the earliest date Callum and mum could both make.

Invitations and consultation forms were sent today.

Yusuf
""",
        cc=[NIAMH],
    )
    decisions_1 = """Dear all,

Callum Pritchard - Child ID 4418290 - DOB 12/08/2012
Initial Looked After Review held on 09/02/2027: decisions

1. Callum to remain at Briarwood while family work takes place. (Yusuf Demir)
2. Referral to the edge-of-care family therapy service. (Yusuf, within 2 weeks)
3. School transport to be arranged so that Callum can stay at his school. (Yusuf, now)

Next review: to be arranged within three months.

Niamh Costello, IRO
"""
    s.mail(
        "review-1-decisions", NIAMH, [sw, TM],
        "Review decisions - Callum Pritchard - 09/02/2027", at("2027-02-12 11:00"),
        decisions_1 + COUNCIL_SIG, cc=[MBOX],
    )
    s.mail(
        "review-1-manager-agrees", TM, NIAMH,
        "RE: Review decisions - Callum Pritchard - 09/02/2027", at("2027-02-17 14:30"),
        "Niamh,\n\nAs designated manager for this review I agree the decisions.\n\n"
        "Leon Abernethy\nTeam Manager, Children in Care North\n\n"
        + quote(NIAMH, at("2027-02-12 11:00"), decisions_1),
        cc=[MBOX], reply_to="review-1-decisions",
    )
    s.mail(
        "review-1-full-record", NIAMH, [MBOX, sw],
        "Full record - Callum Pritchard - initial review", at("2027-03-01 16:00"),
        """FULL RECORD OF LOOKED AFTER REVIEW
Callum Pritchard, Child ID 4418290
Initial review, held Tuesday 9th February 2027 at Briarwood.
Views of Callum, his mother, Briarwood key worker and Yusuf Demir; the three decisions as
circulated on 12 February. Placement Information Record: updated.

Niamh Costello, IRO
""",
    )
    missing_text = """URGENT

Callum Pritchard (Child ID 4418290, DOB 12/08/2012) has been reported missing from
Briarwood by staff at 16:20 today, Thursday 25th March 2027. He did not return from school.
Police have been informed (missing person reference MP/27/04412). His phone is switched off.

I will update as soon as we know more.

Yusuf Demir
"""
    s.mail(
        "missing-from-placement", sw, MBOX,
        "URGENT - Callum Pritchard (4418290) missing from placement", at("2027-03-25 17:05"),
        missing_text, cc=[NIAMH, TM],
    )
    s.mail(
        "iro-out-of-office", NIAMH, MBOX,
        "Automatic reply: URGENT - Callum Pritchard (4418290) missing from placement",
        at("2027-03-26 08:02"),
        "Thank you for your email. I am out of the office over Easter, returning on Tuesday 30 "
        "March 2027. For anything urgent please contact the IRO duty line on 01632 960 800.\n",
        headers=[("Auto-Submitted", "auto-replied")],
    )
    s.mail(
        "iro-books-emergency-review", NIAMH, sw,
        "RE: URGENT - Callum Pritchard (4418290) missing from placement",
        at("2027-03-30 09:15"),
        """Yusuf,

Thank you - I am glad Callum came back to Briarwood on Saturday 27 March.

I have considered whether his review should be brought forward and I think it should: I am
convening an emergency looked after review on Thursday 8th April 2027 at 16:00 at Briarwood.
Please send the invitations today, including the police missing person coordinator.

Niamh

"""
        + quote(sw, at("2027-03-25 17:05"), missing_text),
        cc=[MBOX, TM], reply_to="missing-from-placement",
    )
    decisions_2 = """Dear all,

Callum Pritchard (Child ID 4418290)
Emergency Looked After Review held on Thursday 8 April 2027 - decisions

1. Return home interview to be completed and shared with the IRO. (Yusuf, within 5 days)
2. Safety plan with Briarwood and the police. (Briarwood manager, now)
3. Referral to the exploitation panel. (Yusuf, this week)

Niamh Costello, IRO
"""
    s.mail(
        "review-2-decisions", NIAMH, [sw, DM],
        "Callum Pritchard - emergency review decisions 08.04.2027", at("2027-04-12 12:25"),
        decisions_2, cc=[MBOX],
    )
    s.mail(
        "review-2-manager-agrees", DM, NIAMH,
        "RE: Callum Pritchard - emergency review decisions 08.04.2027", at("2027-04-16 10:00"),
        "Agreed - Corinne Mabbutt, Designated Manager\n\n"
        + quote(NIAMH, at("2027-04-12 12:25"), decisions_2),
        cc=[MBOX], reply_to="review-2-decisions",
    )
    s.mail(
        "missing-again-out-of-hours", EDT, MBOX,
        "Out of hours: Callum Pritchard (Child ID 4418290) reported missing",
        at("2027-05-04 00:40"),
        """Emergency Duty Team notification

At 23:15 on Monday 3 May (bank holiday) Briarwood staff reported that Callum Pritchard
(Child ID 4418290, DOB 12/08/2012) had not returned. Police informed, reference MP/27/05107.
The allocated social worker and IRO are copied for the morning.

EDT duty social worker: Karl Bjornsson
""",
        cc=[sw, NIAMH],
    )
    return s


# ============================================================================ 05
def s05() -> Scenario:
    s = Scenario("05-adjourned-review")
    sw: Person = ("Imran Qureshi", "imran.qureshi@council.example.gov.uk")
    s.mail(
        "looked-after-start", sw, MBOX, "Esme Valderrama - now looked after",
        at("2026-11-17 10:30"),
        """Hello Review Unit,

Esme VALDERRAMA (DOB 03/02/2017, LCS ID 5590127) became looked after yesterday, Monday
16 November 2026, under section 20. She is placed with her paternal grandmother's neighbours,
approved as emergency foster carers.

Imran Qureshi
Social Worker
""",
    )
    s.mail(
        "iro-allocation", IRO_MGR, sw, "IRO for Esme Valderrama - LCS ID 5590127",
        at("2026-11-18 09:00"),
        "Imran - Gideon Marsh is the IRO for Esme (gideon.marsh@council.example.gov.uk, "
        "01632 960 377).\n\nBernadette Quayle, IRO Service Manager\n",
        cc=[GIDEON, MBOX],
    )
    s.mail(
        "initial-review-booked", sw, MBOX, "Esme Valderrama - initial review 10/12/2026",
        at("2026-11-20 11:45"),
        "Initial review for Esme Valderrama (LCS ID 5590127): Thursday 10th December 2026 at "
        "15:30, Westgate Family Centre.\nInvitations and consultation papers have been sent "
        "today.\n\nImran\n",
        cc=[GIDEON],
    )
    s.mail(
        "review-1-decisions", GIDEON, [sw, DM],
        "Decisions - Esme Valderrama - initial review 10 December 2026", at("2026-12-15 15:30"),
        """Dear all,

Esme Valderrama, LCS ID 5590127, DOB 03/02/2017
Initial Looked After Review - 10/12/2026 - decisions and recommendations

1. Esme to remain with her current carers. (Imran Qureshi)
2. Updated parenting assessment of mother to be completed before the next review. (Imran)
3. Contact with father at the family centre weekly. (Imran)

Date of next review: Tuesday 2 March 2027.

Gideon Marsh, IRO
""" + COUNCIL_SIG,
        cc=[MBOX],
    )
    s.mail(
        "office-closure-cover", IRO_SUPPORT, MBOX,
        "IRO service cover 24 December - 4 January", at("2026-12-24 11:00"),
        """Dear all,

The Review and Child Protection Unit is closed on the bank holidays and on the closure days
29, 30 and 31 December. Urgent matters go to the Emergency Duty Team. We reopen on Monday
4 January 2027.

IRO Business Support
""",
    )
    s.mail(
        "review-1-full-record", GIDEON, [MBOX, sw],
        "Full record - Esme Valderrama - initial review", at("2027-01-07 14:20"),
        "FULL RECORD - initial Looked After Review held on 10 December 2026\n"
        "Esme Valderrama, LCS ID 5590127.\n"
        "Views of Esme, her mother, father and carers; the decisions circulated on 15 December.\n"
        "Placement Information Record updated.\n\nGideon Marsh, IRO\n",
    )
    s.mail(
        "review-2-booked", sw, MBOX, "Esme Valderrama - second review Tue 2 March",
        at("2027-02-08 10:00"),
        "Esme's second review (LCS ID 5590127) is confirmed for Tuesday 2 March 2027 at 10:00 "
        "at Westgate Family Centre.\nInvitations sent today.\n\nImran\n",
        cc=[GIDEON],
    )
    s.mail(
        "review-2-adjourned", GIDEON, [sw, TM],
        "Esme Valderrama - review of 2 March 2027 ADJOURNED", at("2027-03-03 09:30"),
        """Dear all,

Esme Valderrama (LCS ID 5590127)

At yesterday's meeting (Tuesday 2nd March 2027) I adjourned Esme's looked after review. The
updated parenting assessment of mother, which the last review asked for, has not been provided,
and without it the review cannot properly consider the plan for Esme's return home.

The review will reconvene on Thursday 25 March 2027 at 10:00 at Westgate Family Centre. Please
make sure the assessment reaches me and the parents at least five working days before.

Gideon Marsh, IRO
""",
        cc=[MBOX],
    )
    s.mail(
        "review-2-adjourned-again", GIDEON, [sw, TM],
        "Esme Valderrama - reconvened review adjourned again", at("2027-03-25 16:15"),
        """Dear all,

The reconvened review for Esme Valderrama (LCS ID 5590127) met this morning, 25/03/2027, but
the assessment arrived only today and mother's solicitor asked for time to read it. I have
adjourned the review again, to Thursday 8 April 2027 at 10:00.

Gideon Marsh, IRO
""",
        cc=[MBOX],
    )
    decisions_2 = """Dear all,

Esme Valderrama, LCS ID 5590127
Looked After Review completed on 8 April 2027 (reconvened after adjournment) - decisions

1. Plan for Esme's return home to mother to proceed over six weeks. (Imran Qureshi)
2. Support package from the family support team to be in place first. (Imran)
3. A review to be held before Esme returns home. (Imran with the IRO)

Gideon Marsh, IRO
"""
    s.mail(
        "review-2-decisions", GIDEON, [sw, DM],
        "Decisions - Esme Valderrama - review 08/04/2027", at("2027-04-13 13:40"),
        decisions_2, cc=[MBOX],
    )
    s.mail(
        "review-2-manager-agrees", DM, GIDEON,
        "RE: Decisions - Esme Valderrama - review 08/04/2027", at("2027-04-19 09:10"),
        "Gideon, I agree the decisions of Esme's review.\nCorinne\n\n"
        + quote(GIDEON, at("2027-04-13 13:40"), decisions_2),
        cc=[MBOX], reply_to="review-2-decisions",
    )
    s.mail(
        "review-2-full-record", GIDEON, MBOX,
        "Full record - Esme Valderrama - review completed 8 April 2027", at("2027-05-04 11:30"),
        "FULL RECORD of the Looked After Review for Esme Valderrama (LCS ID 5590127), held on\n"
        "8 April 2027 after adjournment. Views of all participants, the parenting assessment\n"
        "and the decisions circulated on 13 April. Placement Information Record updated.\n\n"
        "Gideon Marsh, IRO\n",
        cc=[sw],
    )
    return s


# ============================================================================ 06
def s06() -> Scenario:
    s = Scenario("06-ceasing-sixteen-director")
    sw: Person = ("Bethan Lloyd-Ashby", "bethan.lloyd-ashby@council.example.gov.uk")
    group_mgr: Person = ("Sandra Ilesanmi", "sandra.ilesanmi@council.example.gov.uk")
    s.mail(
        "looked-after-start", sw, MBOX, "Kieran Delacroix-Hughes - accommodated today",
        at("2027-02-01 16:45"),
        """Dear Review Unit,

Kieran DELACROIX-HUGHES, DOB 14/09/2010, Child ID 3381907, was accommodated under section 20
today, Monday 1 February 2027, after a breakdown at home. He is placed in supported lodgings
(Mrs E Hartigan, Stowe Lane).

Bethan Lloyd-Ashby
Social Worker, 16+ Team
""",
    )
    s.mail(
        "iro-allocation", IRO_MGR, sw, "IRO allocation - Kieran Delacroix-Hughes (3381907)",
        at("2027-02-02 10:15"),
        "Bethan,\n\nI have allocated Farah Siddiqui as Kieran's IRO "
        "(farah.siddiqui@council.example.gov.uk).\n\nBernadette Quayle\nIRO Service Manager\n",
        cc=[FARAH, MBOX],
    )
    booking = """Hi Farah,

Kieran Delacroix-Hughes (Child ID 3381907) - initial review booked for Wednesday 24th February
2027 at 4pm at the 16+ team office, after college.

Invitations will follow once I have agreed the list with Kieran.

Bethan
"""
    s.mail(
        "initial-review-booked", sw, MBOX, "Kieran D-H - initial review 24/02/2027",
        at("2027-02-04 12:00"), booking, cc=[FARAH],
    )
    s.mail(
        "invitations-sent", sw, MBOX, "RE: Kieran D-H - initial review 24/02/2027",
        at("2027-02-09 14:10"),
        "Invitations for Kieran's review on 24 February have now been sent to Kieran, his "
        "father, Mrs Hartigan, the college and his personal adviser.\n\nBethan\n\n"
        + quote(sw, at("2027-02-04 12:00"), booking),
        cc=[FARAH], reply_to="initial-review-booked",
    )
    decisions = """Dear all,

Kieran Delacroix-Hughes - Child ID 3381907 - DOB 14/09/2010
Initial Looked After Review - 24/02/2027 - decisions

1. Kieran to remain in supported lodgings. (Bethan)
2. Pathway plan to be completed. (Bethan and personal adviser, within 4 weeks)
3. Mediation with father to be offered. (Bethan)

Farah Siddiqui, IRO
"""
    s.mail(
        "review-1-decisions", FARAH, [sw, DM],
        "Decisions - Kieran Delacroix-Hughes - review 24.02.2027", at("2027-03-01 10:30"),
        decisions, cc=[MBOX],
    )
    s.mail(
        "review-1-manager-agrees", DM, FARAH,
        "RE: Decisions - Kieran Delacroix-Hughes - review 24.02.2027", at("2027-03-04 15:20"),
        "I agree the decisions. Corinne Mabbutt\n\n" + quote(FARAH, at("2027-03-01 10:30"),
                                                             decisions),
        cc=[MBOX], reply_to="review-1-decisions",
    )
    s.mail(
        "review-1-full-record", FARAH, sw, "Full record - Kieran Delacroix-Hughes - 24/02/2027",
        at("2027-03-12 11:00"),
        "FULL RECORD - initial review held 24 February 2027 - Kieran Delacroix-Hughes "
        "(Child ID 3381907).\nAll views and the decisions of 1 March. Placement plan updated.\n\n"
        "Farah Siddiqui, IRO\n",
        cc=[MBOX],
    )
    ceased = """Dear Farah and Review Unit,

Kieran Delacroix-Hughes (Child ID 3381907, DOB 14/09/2010) ceased to be looked after on
Monday 12 April 2027, when he moved back to live with his father following successful
mediation.

The decision to cease to accommodate Kieran was approved by Sandra Ilesanmi, Group Manager,
on 9 April 2027. Support from the 16+ team continues under section 17.

Bethan Lloyd-Ashby
"""
    s.mail(
        "ceased-looked-after", sw, MBOX,
        "Kieran Delacroix-Hughes - ceased to be looked after 12/04/2027", at("2027-04-13 10:05"),
        ceased, cc=[FARAH, group_mgr],
    )
    s.mail(
        "iro-asks-for-director", FARAH, sw,
        "RE: Kieran Delacroix-Hughes - ceased to be looked after 12/04/2027",
        at("2027-04-14 09:30"),
        """Bethan,

Kieran is 16, so under our procedure (section 16) the decision to cease to look after him has
to be approved by the Director of Children's Services, not only the Group Manager. Has
Mr Greaves-Lowe approved it? Please send me his approval for the file.

Farah

"""
        + quote(sw, at("2027-04-13 10:05"), ceased),
        cc=[MBOX, DIRECTOR], reply_to="ceased-looked-after",
    )
    s.mail(
        "director-out-of-office", DIRECTOR, MBOX,
        "Automatic reply: RE: Kieran Delacroix-Hughes - ceased to be looked after 12/04/2027",
        at("2027-04-14 09:31"),
        "I am out of the office until Thursday 15 April. My PA, Gail Summers, is monitoring "
        "urgent correspondence.\n",
        headers=[("Auto-Submitted", "auto-replied")],
    )
    dcs_sent = at("2027-04-15 13:58")
    s.mail(
        "director-approval-forwarded", sw, MBOX,
        "FW: Approval to cease - Kieran Delacroix-Hughes - 3381907", at("2027-04-15 14:45"),
        "Farah / Review Unit - the Director's approval is below.\n\nBethan\n\n"
        + outlook_block(DIRECTOR, dcs_sent, "RE: Approval to cease - Kieran Delacroix-Hughes - "
                        "3381907", [sw], cc=[group_mgr])
        + """Bethan,

I have read the assessment and Kieran's views. As Director of Children's Services I approve the
decision to cease to look after Kieran Delacroix-Hughes (DOB 14/09/2010) from 12 April 2027.

Anthony Greaves-Lowe
Director of Children's Services
""",
        cc=[FARAH],
    )
    return s


# ============================================================================ 07
def s07() -> Scenario:
    s = Scenario("07-mail-before-child-known")
    sw: Person = ("Tamsin Okereke", "tamsin.okereke@council.example.gov.uk")
    guardian: Person = ("Marcus Oyelaran", "marcus.oyelaran@cafcass.gov.uk")
    court_sent = at("2027-03-08 17:02")
    s.mail(
        "order-on-issue", LEGAL, MBOX, "FW: BM27C50341 - order on issue / ICO - HADDAD",
        at("2027-03-09 11:20"),
        "Dear IRO service,\n\nNew proceedings issued yesterday: Zainab HADDAD, Mosaic ID 6628104. "
        "The order is below.\n\nLegal Services - Childcare\n\n"
        + outlook_block(COURT, court_sent, "BM27C50341 - order", [LEGAL])
        + """IN THE FAMILY COURT SITTING AT BIRMINGHAM          Case number: BM27C50341
The child: Zainab Haddad (a girl, born 27.05.2020)

ORDER made on 8 March 2027 at the first hearing
1. Interim care order to the local authority until further order.
2. The local authority shall file its interim care plan by 4pm on 15 March 2027.
3. Case Management Hearing listed on 6 April 2027 at 10am.
""" + HMCTS_SIG,
    )
    s.mail(
        "cafcass-allocation", CAF_BS, MBOX,
        "Children's Guardian allocated - BM27C50341 - Zainab HADDAD", at("2027-03-10 15:00"),
        """Dear IRO Manager,

Case number: BM27C50341
Child: Zainab HADDAD, d.o.b. 27/05/2020
Children's Guardian: Marcus Oyelaran - marcus.oyelaran@cafcass.gov.uk - 07700 900 652
CMH: 6 April 2027

Please let us know the name and contact details of the IRO.

Cafcass Business Support
""" + CAFCASS_SIG,
    )
    s.mail(
        "looked-after-start", sw, MBOX, "CLA notification - Zainab Haddad (Mosaic 6628104)",
        at("2027-03-11 09:45"),
        """Good morning,

Zainab Haddad, born 27/05/2020, Mosaic ID 6628104, case number BM27C50341.
Zainab became looked after on Monday 8th March 2027 under an interim care order and is placed
with foster carers in Erdington.

Sorry this is a day late - the placement took most of the week.

Tamsin Okereke
Social Worker
""",
    )
    s.mail(
        "iro-allocation", IRO_MGR, sw, "Zainab Haddad - IRO allocated", at("2027-03-12 10:30"),
        "Tamsin,\n\nOwen Tremlett is allocated as IRO for Zainab Haddad (Mosaic ID 6628104, "
        "BM27C50341): owen.tremlett@council.example.gov.uk.\n\nBernadette Quayle, "
        "IRO Service Manager\n",
        cc=[OWEN, MBOX],
    )
    s.mail(
        "initial-review-booked", sw, MBOX, "Zainab Haddad - initial review Wednesday 7th April",
        at("2027-03-15 12:00"),
        "Initial looked after review for Zainab Haddad (Mosaic ID 6628104): Wednesday 7th April "
        "2027, 14:00, at the foster home.\nInvitations and consultation papers went out today.\n\n"
        "Tamsin\n",
        cc=[OWEN],
    )
    s.mail(
        "interim-care-plan", LEGAL, MBOX, "BM27C50341 Haddad - interim care plan (filed 15.03.27)",
        at("2027-03-19 16:10"),
        """Dear IRO,

The local authority's interim care plan for Zainab Haddad, dated 12 March 2027, was filed on
15 March 2027 as directed. Copy attached.

Legal Services - Childcare
""",
        attach=[(
            "ICP Zainab Haddad.txt",
            "INTERIM CARE PLAN - Zainab Haddad - Mosaic ID 6628104 - BM27C50341 - 12/03/2027\n"
            "Plan: foster care pending assessment of mother and maternal grandparents.\n",
        )],
    )
    s.mail(
        "guardian-introduction", guardian, OWEN,
        "Introduction - Zainab Haddad BM27C50341", at("2027-04-01 11:00"),
        """Dear Owen,

I am the Children's Guardian for Zainab Haddad. I would welcome a call before the CMH on
6 April to hear your view of the interim plan. I am free on Friday afternoon.

Marcus Oyelaran
Children's Guardian
""" + CAFCASS_SIG,
        cc=[MBOX],
    )
    s.mail(
        "cmh-order", LEGAL, MBOX, "BM27C50341 Haddad - CMH order 06/04/2027",
        at("2027-04-12 10:20"),
        """Dear IRO,

CASE MANAGEMENT ORDER made on 6 April 2027 - BM27C50341 - Zainab Haddad (27.05.2020)
1. The interim care order continues.
2. The local authority shall file its final evidence and final care plan by 4pm on
   14 May 2027.
3. The Children's Guardian shall file a final analysis by 4pm on 28 May 2027.
4. Issues Resolution Hearing: 16 June 2027.

Legal Services - Childcare
""",
    )
    s.mail(
        "review-1-decisions", OWEN, [sw, DM],
        "Review decisions - Zainab Haddad - 07.04.2027", at("2027-04-14 17:20"),
        """Dear all,

Zainab Haddad - Mosaic ID 6628104 - BM27C50341
Initial Looked After Review held on 7 April 2027 - decisions

1. Zainab to remain with her foster carers. (Tamsin Okereke)
2. Viability assessment of the maternal grandparents. (Tamsin, by 30 April)
3. Care plan to be updated for the final evidence. (Tamsin)

Owen Tremlett, IRO
""",
        cc=[guardian, MBOX],
    )
    s.mail(
        "final-care-plan", LEGAL, MBOX, "BM27C50341 - final care plan - Zainab Haddad",
        at("2027-05-25 10:00"),
        """Dear IRO,

Apologies, this should have reached you last week. The local authority's final care plan for
Zainab Haddad (Mosaic ID 6628104), dated and filed 14 May 2027, is below.

FINAL CARE PLAN - Zainab Haddad - BM27C50341 - 14/05/2027
Plan: placement with maternal grandparents under a special guardianship order.

Legal Services - Childcare
""",
    )
    return s


# ============================================================================ 08
def s08() -> Scenario:
    s = Scenario("08-spoofed-senders")
    sw: Person = ("Grace Obi", "grace.obi@council.example.gov.uk")
    s.mail(
        "looked-after-start", sw, MBOX, "New CLA - Poppy Szymanska", at("2027-01-05 10:10"),
        """Dear Review Unit,

Poppy SZYMANSKA, DOB 19/01/2019, LCS ID 5871236, became looked after on Monday 4 January 2027
(section 20). She is with foster carers Jo and Sam Whitlock.

Grace Obi, Social Worker
""",
    )
    s.mail(
        "iro-allocation", IRO_MGR, sw, "IRO - Poppy Szymanska (LCS ID 5871236)",
        at("2027-01-06 09:30"),
        "Grace - Gideon Marsh will be Poppy's IRO (gideon.marsh@council.example.gov.uk).\n\n"
        "Bernadette Quayle, IRO Service Manager\n",
        cc=[GIDEON, MBOX],
    )
    s.mail(
        "initial-review-booked", sw, MBOX, "Poppy Szymanska - initial review 29/01/2027",
        at("2027-01-11 14:00"),
        "Initial review for Poppy Szymanska (LCS ID 5871236) booked for Friday 29th January 2027 "
        "at 10:00 at the carers' home. Invitations sent today.\n\nGrace\n",
        cc=[GIDEON],
    )
    s.mail(
        "initial-review-postponed", sw, MBOX,
        "POSTPONED - Poppy Szymanska - initial review now 11/02/2027", at("2027-01-28 16:30"),
        """All,

Jo Whitlock is unwell, so tomorrow's initial review for Poppy (LCS ID 5871236) is postponed.
New date: Thursday 11 February 2027 at 10:00, same venue. I have told everyone invited.

Grace
""",
        cc=[GIDEON],
    )
    gmail = "gideon.marsh.iro@gmail.com"
    s.mail(
        "spoof-gmail-review-decisions", ("Gideon Marsh", gmail), MBOX,
        "Review decisions - Poppy Szymanska - 29/01/2027", at("2027-01-29 18:12"),
        """Hi,

Poppy Szymanska, LCS ID 5871236
Initial Looked After Review held today, 29/01/2027. Decisions:
1. Poppy to stay with her carers.
2. No further actions.

Gideon Marsh, IRO (sent from my phone)
""",
        auth=auth_results("gmail.com"),
    )
    decisions = """Dear all,

Poppy Szymanska - LCS ID 5871236 - DOB 19/01/2019
Initial Looked After Review held on 11/02/2027 - decisions

1. Poppy to remain with Jo and Sam Whitlock. (Grace Obi)
2. Speech and language referral. (Grace, within 4 weeks)
3. Contact with mother twice weekly. (Grace)

Gideon Marsh, IRO
"""
    s.mail(
        "review-1-decisions", GIDEON, [sw, DM],
        "Review decisions - Poppy Szymanska - 11.02.2027", at("2027-02-17 11:00"), decisions,
        cc=[MBOX],
    )
    s.mail(
        "review-1-manager-agrees", DM, GIDEON,
        "RE: Review decisions - Poppy Szymanska - 11.02.2027", at("2027-02-22 09:45"),
        "Agreed. Corinne Mabbutt, Designated Manager\n\n"
        + quote(GIDEON, at("2027-02-17 11:00"), decisions),
        cc=[MBOX], reply_to="review-1-decisions",
    )
    fake_allocation = """Dear IRO Manager,

Case: BM27C50999
Child: Poppy SZYMANSKA (19/01/2019)
Children's Guardian: Alan Pritt, alan.pritt@cafcass-gov.uk, 07700 900 999
CMH: 15 March 2027

Please confirm the IRO's details by return.
Cafcass Business Support
"""
    s.mail(
        "spoof-lookalike-cafcass-allocation",
        ("Cafcass Business Support", "business.support@cafcass-gov.uk"), MBOX,
        "Allocation of Children's Guardian - BM27C50999 - SZYMANSKA", at("2027-03-01 08:30"),
        fake_allocation, auth=auth_results("cafcass-gov.uk"),
    )
    s.mail(
        "spoof-dmarc-fail-cafcass-allocation", CAF_BS, MBOX,
        "Allocation of Children's Guardian - BM27C50999 - SZYMANSKA (resend)",
        at("2027-03-02 10:00"),
        fake_allocation,
        auth=(
            "mx.council.example.gov.uk; spf=fail smtp.mailfrom=cafcass.gov.uk; dkim=none; "
            "dmarc=fail header.from=cafcass.gov.uk"
        ),
    )
    s.mail(
        "review-1-full-record", GIDEON, [MBOX, sw],
        "Full record - Poppy Szymanska - initial review 11 Feb 2027", at("2027-03-10 15:00"),
        "FULL RECORD - initial Looked After Review held on 11 February 2027 (postponed from 29 "
        "January).\nPoppy Szymanska, LCS ID 5871236. Views and decisions as circulated on "
        "17 February.\nPlacement Information Record updated.\n\nGideon Marsh, IRO\n",
    )
    lookalike = "director.cs@council.example.gov.uk.securemail.io"
    s.mail(
        "spoof-lookalike-council-ceasing", ("Director of Children's Services", lookalike), MBOX,
        "Poppy Szymanska (5871236) has ceased to be looked after - approved",
        at("2027-03-12 13:13"),
        """Dear Review Unit,

Poppy Szymanska (LCS ID 5871236, DOB 19/01/2019) ceased to be looked after on 11 March 2027.
The decision was approved by the Director of Children's Services. Please close the IRO file.

Office of the Director of Children's Services
""",
        auth=auth_results("council.example.gov.uk.securemail.io"),
    )
    s.mail(
        "untrusted-hotmail-missing", ("Jo Whitlock", "jo.whitlock71@hotmail.co.uk"), MBOX,
        "Poppy missing!!", at("2027-04-03 22:10"),
        "Poppy (LCS 5871236) wandered off at the park this evening and we cannot find her, "
        "police called. Jo\n",
        auth=auth_results("hotmail.co.uk"),
    )
    return s


# ============================================================================ 09
def s09() -> Scenario:
    s = Scenario("09-cafcass-legal-referral")
    sw: Person = ("Rhys Penhaligon", "rhys.penhaligon@council.example.gov.uk")
    s.mail(
        "looked-after-start", sw, MBOX, "Theo Mbatha-Rowe - looked after from today",
        at("2026-10-14 15:30"),
        """Hello,

Theo MBATHA-ROWE, DOB 05/05/2013, Child ID 4093385, became looked after today, Wednesday
14 October 2026, under section 20. Placed at Hollybank residential unit while a specialist
therapeutic placement is sought.

Rhys Penhaligon, Social Worker
""",
    )
    s.mail(
        "iro-allocation", IRO_MGR, sw, "IRO allocation - Theo Mbatha-Rowe",
        at("2026-10-15 10:00"),
        "Rhys,\n\nNiamh Costello is allocated as IRO for Theo Mbatha-Rowe (Child ID 4093385).\n\n"
        "Bernadette Quayle\nIRO Service Manager\n",
        cc=[NIAMH, MBOX],
    )
    s.mail(
        "initial-review-booked", sw, MBOX, "Theo Mbatha-Rowe - initial review Tue 10/11/2026",
        at("2026-10-19 11:30"),
        "Theo's initial review (Child ID 4093385) is booked for Tuesday 10 November 2026 at "
        "15:30 at Hollybank. Invitations and consultation papers sent today.\n\nRhys\n",
        cc=[NIAMH],
    )
    decisions_1 = """Dear all,

Theo Mbatha-Rowe, Child ID 4093385, DOB 05/05/2013
Initial Looked After Review held on 10/11/2026 - decisions

1. A specialist therapeutic placement to be identified and funded. (Rhys, within 4 weeks)
2. CAMHS assessment to be expedited. (Rhys)
3. Education: tuition until a school place is found. (Virtual School)

Niamh Costello, IRO
"""
    s.mail(
        "review-1-decisions", NIAMH, [sw, DM],
        "Review decisions - Theo Mbatha-Rowe - 10 November 2026", at("2026-11-13 14:00"),
        decisions_1, cc=[MBOX],
    )
    s.mail(
        "review-1-manager-disagrees", DM, NIAMH,
        "RE: Review decisions - Theo Mbatha-Rowe - 10 November 2026", at("2026-11-19 16:20"),
        """Niamh,

I have considered the decisions of Theo's review. I do not agree decision 1: funding for a
specialist therapeutic placement has not been approved by the placements panel and I cannot
agree it. I agree decisions 2 and 3. I am copying everyone who attended, as the procedure
requires.

Corinne Mabbutt, Designated Manager

"""
        + quote(NIAMH, at("2026-11-13 14:00"), decisions_1),
        cc=[MBOX, sw], reply_to="review-1-decisions",
    )
    s.mail(
        "review-1-full-record", NIAMH, [MBOX, sw], "Full record - Theo Mbatha-Rowe - 10.11.2026",
        at("2026-11-30 12:15"),
        "FULL RECORD of the initial Looked After Review for Theo Mbatha-Rowe (Child ID 4093385),\n"
        "held on 10 November 2026. Includes the manager's disagreement of 19 November.\n\n"
        "Niamh Costello, IRO\n",
    )
    s.mail(
        "review-2-booked", sw, MBOX, "Theo Mbatha-Rowe - second review Thursday 4th February",
        at("2027-01-11 10:40"),
        "Second review for Theo (Child ID 4093385): Thursday 4th February 2027, 15:30, "
        "Hollybank. Invitations went out today.\n\nRhys\n",
        cc=[NIAMH],
    )
    s.mail(
        "review-2-decisions", NIAMH, [sw, DM],
        "Review decisions - Theo Mbatha-Rowe - 04/02/2027", at("2027-02-09 10:00"),
        """Dear all,

Theo Mbatha-Rowe (Child ID 4093385) - second Looked After Review held on 4 February 2027

1. The specialist placement decision of the last review has still not been implemented; the
   IRO will pursue this through the dispute resolution process. (IRO)
2. CAMHS assessment completed - recommendations to be built into the care plan. (Rhys)

Niamh Costello, IRO
""",
        cc=[MBOX],
    )
    s.mail(
        "cafcass-referral", NIAMH, CAF_LEGAL,
        "Referral to Cafcass Legal - Theo Mbatha-Rowe (Child ID 4093385)", at("2027-02-09 16:30"),
        """Dear Cafcass Legal,

Formal referral by an Independent Reviewing Officer under section 25B(3) of the Children Act
1989 and the Cafcass (Reviewed Case Referral) Regulations 2004.

Child: Theo Mbatha-Rowe, DOB 05/05/2013, Child ID 4093385, looked after under section 20.
Issue: the local authority has failed for three months to implement the review decision for a
specialist therapeutic placement. I have exhausted the dispute resolution process, up to the
Chief Executive, without resolution.

Attached are the care plan, all review records, my report and a chronology.

Niamh Costello
Independent Reviewing Officer, Midshire Council
""",
        cc=[MBOX, IRO_MGR],
    )
    s.mail(
        "cafcass-acknowledgement", CAF_LEGAL, NIAMH,
        "Acknowledgement: IRO referral - Theo Mbatha-Rowe", at("2027-02-10 09:05"),
        """Dear Ms Costello,

We acknowledge receipt of your referral of 9 February 2027. A lawyer will consider it and we
aim to let you have our decision within 14 days. We have notified the local authority's legal
department.

Cafcass Legal
""" + CAFCASS_SIG,
        cc=[MBOX],
    )
    s.mail(
        "review-2-full-record", NIAMH, [MBOX, sw], "Full record - Theo Mbatha-Rowe - 04.02.2027",
        at("2027-02-26 15:40"),
        "FULL RECORD of the second Looked After Review for Theo Mbatha-Rowe (Child ID 4093385),\n"
        "held 4 February 2027.\n\nNiamh Costello, IRO\n",
    )
    s.mail(
        "cafcass-decision", CAF_LEGAL, NIAMH,
        "Decision on IRO referral - Theo Mbatha-Rowe", at("2027-03-01 14:25"),
        """Dear Ms Costello,

Referral of 9 February 2027 - Theo Mbatha-Rowe (DOB 05/05/2013)

Having considered your referral and the papers, Cafcass Legal has decided to issue proceedings
on Theo's behalf and has allocated the case to the Cafcass High Court Team. Our written report
is attached. We have informed the local authority's legal department.

Cafcass Legal
""" + CAFCASS_SIG,
        cc=[MBOX],
    )
    return s


# ============================================================================ 10
def s10() -> Scenario:
    s = Scenario("10-christmas-proceedings-handover")
    sw: Person = ("Oluwaseun Adebayo", "oluwaseun.adebayo@council.example.gov.uk")
    guardian: Person = ("Declan Ferreira-Shaw", "declan.ferreira-shaw@cafcass.gov.uk")
    s.mail(
        "looked-after-start", sw, MBOX, "Harriet ODUYA - looked after (ICO) 19/11/2026",
        at("2026-11-20 09:50"),
        """Dear Review Unit,

Harriet ODUYA, DOB 08/12/2023, LCS ID 6902214, case no. BM26C50784.
Harriet became looked after on Thursday 19 November 2026 when an interim care order was made.
She is placed with experienced foster carers in Sutton.

Oluwaseun Adebayo, Social Worker
""",
    )
    s.mail(
        "iro-allocation", IRO_MGR, sw, "IRO - Harriet Oduya (LCS ID 6902214)",
        at("2026-11-23 11:00"),
        "Oluwaseun - Ruth Calloway is the allocated IRO for Harriet "
        "(ruth.calloway@council.example.gov.uk).\n\nBernadette Quayle, IRO Service Manager\n",
        cc=[RUTH, MBOX],
    )
    caf_sent = at("2026-11-25 16:48")
    s.mail(
        "cafcass-allocation-forwarded", IRO_MGR, MBOX,
        "FW: Allocation of Children's Guardian - BM26C50784 - ODUYA", at("2026-11-26 09:20"),
        "For the mailbox - Ruth is Harriet's IRO; I have replied to Cafcass.\n\nBernadette\n\n"
        + outlook_block(CAF_BS, caf_sent, "Allocation of Children's Guardian - BM26C50784 - "
                        "ODUYA", [IRO_MGR])
        + """Dear IRO Manager,

BM26C50784 - Harriet ODUYA (08/12/2023)
Children's Guardian: Declan Ferreira-Shaw, declan.ferreira-shaw@cafcass.gov.uk, 07700 900 741.
CMH listed 8 December 2026.

Cafcass Business Support
""",
    )
    s.mail(
        "initial-review-booked", sw, MBOX, "Harriet Oduya - initial review 16/12/2026",
        at("2026-11-30 14:00"),
        "Harriet's initial review (LCS ID 6902214) is on Wednesday 16 December 2026 at 10:00. "
        "Invitations sent today, including to the Guardian.\n\nOluwaseun\n",
        cc=[RUTH],
    )
    s.mail(
        "cmh-order", LEGAL, MBOX, "BM26C50784 Oduya - CMH order 8 December 2026",
        at("2026-12-14 10:15"),
        """Dear IRO,

CASE MANAGEMENT ORDER - Family Court at Birmingham - BM26C50784 - Harriet Oduya (08/12/2023)
Made on 8 December 2026.
1. Interim care order continues.
2. Independent social worker Ms Paula Kenning to complete a parenting assessment; her report
   to be filed by 4pm on 22 January 2027.
3. The local authority shall file its final evidence and final care plan by 4pm on
   26 February 2027.
4. The Children's Guardian shall file a final analysis by 4pm on 12 March 2027.
5. IRH: 23 March 2027. Final hearing: 21 April 2027 (3 days).

Legal Services - Childcare
""",
    )
    decisions_1 = """Dear all,

Harriet Oduya (LCS ID 6902214) - BM26C50784
Initial Looked After Review held on 16/12/2026 - decisions

1. Harriet to remain in her foster placement. (Oluwaseun)
2. Contact with mother over Christmas to be supervised at the family centre. (Oluwaseun)
3. Health visitor review of development. (Health visitor, January)

Ruth Calloway, IRO
"""
    s.mail(
        "review-1-decisions", RUTH, [sw, DM],
        "Review decisions - Harriet Oduya - initial review 16.12.2026", at("2026-12-22 12:40"),
        decisions_1, cc=[guardian, MBOX],
    )
    s.mail(
        "review-1-manager-agrees", DM, RUTH,
        "RE: Review decisions - Harriet Oduya - initial review 16.12.2026",
        at("2027-01-05 10:05"),
        "Ruth - happy new year. I agree the decisions for Harriet.\nCorinne\n\n"
        + quote(RUTH, at("2026-12-22 12:40"), decisions_1),
        cc=[MBOX], reply_to="review-1-decisions",
    )
    s.mail(
        "review-1-full-record", RUTH, sw, "Full record - Harriet Oduya - 16 December 2026",
        at("2027-01-13 15:15"),
        "FULL RECORD - initial Looked After Review - Harriet Oduya, LCS ID 6902214\n"
        "Held Wednesday 16 December 2026. Views of mother, carers, health visitor and Guardian.\n"
        "Placement Information Record updated.\n\nRuth Calloway, IRO\n",
        cc=[guardian, MBOX],
    )
    s.mail(
        "expert-report", LEGAL, MBOX, "BM26C50784 - ISW parenting assessment (filed 22.01.27)",
        at("2027-02-04 11:45"),
        """Dear IRO,

Sorry for the delay. The independent social worker's parenting assessment of Harriet Oduya's
mother (Ms Paula Kenning), filed on 22 January 2027, is attached.

Legal Services - Childcare
""",
        attach=[(
            "ISW assessment - Oduya.txt",
            "PARENTING ASSESSMENT - Ms P Kenning ISW - BM26C50784 - report dated 21/01/2027\n",
        )],
    )
    booking = """Hello,

Harriet Oduya's second review (LCS ID 6902214) is booked for Monday 15th March 2027 at 10:00.
Invitations will follow.

Oluwaseun
"""
    s.mail(
        "review-2-booked", sw, MBOX, "Harriet Oduya - second review 15/03/2027",
        at("2027-02-19 13:30"), booking, cc=[RUTH],
    )
    s.mail(
        "invitations-sent", sw, MBOX, "RE: Harriet Oduya - second review 15/03/2027",
        at("2027-03-01 10:00"),
        "Invitations and consultation papers for 15 March sent this morning.\n\n"
        + quote(sw, at("2027-02-19 13:30"), booking),
        cc=[RUTH], reply_to="review-2-booked",
    )
    s.mail(
        "final-care-plan", LEGAL, MBOX, "BM26C50784 Oduya - final care plan",
        at("2027-03-03 16:00"),
        """Dear IRO,

The local authority's final care plan for Harriet Oduya, filed on 26 February 2027, is below.

FINAL CARE PLAN - Harriet Oduya - LCS ID 6902214 - 26/02/2027
Plan: care order; placement with maternal aunt after a connected persons assessment.

Legal Services - Childcare
""",
    )
    s.mail(
        "guardian-final-analysis", LEGAL, MBOX,
        "BM26C50784 - Guardian's final analysis (12/03/2027)", at("2027-03-18 11:10"),
        "Dear IRO,\n\nThe Children's Guardian's final analysis for Harriet Oduya, filed on "
        "12 March 2027, is attached.\n\nLegal Services - Childcare\n",
        attach=[(
            "Guardian final analysis - Oduya.txt",
            "CHILDREN'S GUARDIAN - FINAL ANALYSIS - BM26C50784 - Declan Ferreira-Shaw - "
            "12/03/2027\n",
        )],
    )
    s.mail(
        "review-2-decisions", RUTH, [sw, DM], "Review decisions - Harriet Oduya - 15/03/2027",
        at("2027-03-18 17:30"),
        """Dear all,

Harriet Oduya - LCS ID 6902214 - BM26C50784
Second Looked After Review, held 15 March 2027 - decisions

1. The IRO supports the plan for placement with the maternal aunt.
2. Introductions to be planned after the final hearing. (Oluwaseun)

Ruth Calloway, IRO
""",
        cc=[guardian, MBOX],
    )
    s.mail(
        "irh-order", LEGAL, MBOX, "BM26C50784 Oduya - IRH order 23.03.2027",
        at("2027-03-31 09:50"),
        """Dear IRO,

ORDER made at the Issues Resolution Hearing on 23 March 2027 - BM26C50784 - Harriet Oduya
1. The final hearing remains listed on 21 April 2027, now for 1 day.
2. Interim care order continues.

Legal Services - Childcare
""",
    )
    s.mail(
        "review-2-full-record", RUTH, [sw, guardian],
        "Full record - Harriet Oduya - review 15 March 2027", at("2027-04-06 14:30"),
        "FULL RECORD - Looked After Review held on 15/03/2027 - Harriet Oduya (LCS ID 6902214).\n"
        "Views of all participants and the decisions of 18 March.\n\nRuth Calloway, IRO\n",
        cc=[MBOX],
    )
    s.mail(
        "final-order", LEGAL, MBOX, "BM26C50784 Oduya - final order (care order) 21/04/2027",
        at("2027-04-22 12:00"),
        """Dear IRO,

Proceedings concluded yesterday: on 21 April 2027 the court made a final care order in respect
of Harriet Oduya (08/12/2023), BM26C50784, approving the local authority's final care plan.

Legal Services - Childcare
""",
    )
    s.mail(
        "guardian-handover", guardian, RUTH, "Guardian's handover to IRO - Harriet ODUYA",
        at("2027-05-10 10:30"),
        """Dear Ruth,

My written handover for Harriet Oduya (BM26C50784) at the end of the proceedings (final care
order, 21 April 2027), on the agreed template, is below. Apologies that it is later than the
protocol's 10 working days.

Outstanding issues: timing of introductions to the maternal aunt; sibling contact.

Declan Ferreira-Shaw, Children's Guardian
""" + CAFCASS_SIG,
        cc=[MBOX],
    )
    return s


# ============================================================================ 11
def s11() -> Scenario:
    s = Scenario("11-placement-breakdown-ceasing")
    sw: Person = ("Naomi Fairclough", "naomi.fairclough@council.example.gov.uk")
    hos: Person = ("Jacqueline Amadi-Price", "head.of.service@council.example.gov.uk")
    s.mail(
        "looked-after-start", sw, MBOX, "Freddie Lomax - new CLA", at("2027-02-04 12:30"),
        """Hello,

Freddie LOMAX, DOB 02/03/2016, Child ID 5017742, was accommodated (section 20) on Tuesday 2nd
February 2027 and placed with Mr and Mrs Green, local authority foster carers.

Naomi Fairclough, Social Worker
""",
    )
    s.mail(
        "iro-allocation-html", IRO_MGR, sw, "IRO allocation - Freddie LOMAX",
        at("2027-02-05 10:00"),
        html=html_page(
            "Hi Naomi,",
            "Freddie Lomax (DOB 02/03/2016, Child ID 5017742): I have allocated "
            "<b>Gideon Marsh</b> as his IRO (gideon.marsh@council.example.gov.uk, 01632 960 377).",
            "Bernadette Quayle<br>IRO Service Manager",
        ),
        cc=[GIDEON, MBOX],
    )
    s.mail(
        "initial-review-booked", sw, MBOX, "Freddie Lomax - initial review 01/03/2027",
        at("2027-02-09 11:15"),
        "Initial looked after review for Freddie Lomax (Child ID 5017742): Monday 1 March 2027, "
        "16:00, at the Greens' home. Invitations sent today.\n\nNaomi\n",
        cc=[GIDEON],
    )
    s.mail(
        "review-1-decisions-html", GIDEON, [sw, DM],
        "Review decisions - Freddie Lomax - 01.03.2027", at("2027-03-05 16:45"),
        html=html_page(
            "Dear all,",
            "<b>Freddie Lomax</b>, Child ID 5017742, DOB 02/03/2016<br>"
            "Initial Looked After Review held on <b>1st March 2027</b> - decisions:",
            "1. Freddie to remain with Mr and Mrs Green. (Naomi)<br>"
            "2. Family support work with mother towards a return home. (Naomi)<br>"
            "3. PEP to be updated. (Designated teacher)",
            "Next review: Thursday 27 May 2027.",
            "Gideon Marsh, IRO",
        ),
        cc=[MBOX],
    )
    s.mail(
        "review-1-manager-agrees", DM, GIDEON,
        "RE: Review decisions - Freddie Lomax - 01.03.2027", at("2027-03-10 11:30"),
        "Gideon - agreed. Corinne Mabbutt, Designated Manager\n",
        cc=[MBOX], reply_to="review-1-decisions-html",
    )
    s.mail(
        "review-1-full-record", GIDEON, MBOX, "Full record - Freddie Lomax - review 1 March 2027",
        at("2027-03-19 14:00"),
        "FULL RECORD - initial Looked After Review, Freddie Lomax (Child ID 5017742), held\n"
        "1 March 2027. Placement Information Record updated.\n\nGideon Marsh, IRO\n",
        cc=[sw],
    )
    breakdown = """Gideon / Review Unit,

Freddie Lomax (Child ID 5017742): his placement with Mr and Mrs Green broke down on Saturday
10th April after an incident at home. Out of hours moved him to emergency carers (Mrs Dunmore)
and he is settled there for now. This is an unplanned change of placement.

Naomi
"""
    s.mail(
        "placement-breakdown", sw, MBOX, "Freddie Lomax - placement breakdown",
        at("2027-04-12 09:40"), breakdown, cc=[GIDEON],
    )
    s.mail(
        "iro-brings-review-forward", GIDEON, sw, "RE: Freddie Lomax - placement breakdown",
        at("2027-04-14 15:20"),
        """Naomi,

I have considered the placement breakdown and I am bringing Freddie's second review forward
from 27 May to Thursday 22nd April 2027 at 16:00 at Mrs Dunmore's. Please invite everyone.

Gideon

"""
        + quote(sw, at("2027-04-12 09:40"), breakdown),
        cc=[MBOX], reply_to="placement-breakdown",
    )
    s.mail(
        "review-2-decisions", GIDEON, [sw, DM], "Review decisions - Freddie Lomax - 22/04/2027",
        at("2027-04-26 12:00"),
        """Dear all,

Freddie Lomax (Child ID 5017742) - Looked After Review held on 22 April 2027 (brought forward)

1. Plan for Freddie to return home to mother, with support, within four weeks. (Naomi)
2. Decision to cease to look after Freddie to go to the Head of Service. (Naomi)

Gideon Marsh, IRO
""",
        cc=[MBOX],
    )
    s.mail(
        "review-2-full-record", GIDEON, MBOX, "Full record - Freddie Lomax - review 22.04.2027",
        at("2027-05-13 10:30"),
        "FULL RECORD - Looked After Review held 22 April 2027 - Freddie Lomax (Child ID "
        "5017742).\nPlacement Information Record updated.\n\nGideon Marsh, IRO\n",
        cc=[sw],
    )
    s.mail(
        "ceased-looked-after", sw, MBOX,
        "Freddie Lomax - ceased to be looked after 14/05/2027", at("2027-05-17 09:15"),
        """Dear Review Unit and Gideon,

Freddie Lomax (Child ID 5017742, DOB 02/03/2016) returned home to his mother and ceased to be
looked after on Friday 14 May 2027, as planned at his review.

The decision to cease to look after Freddie was approved by Jacqueline Amadi-Price, Head of
Service, on 12 May 2027. Family support continues under a child in need plan.

Naomi Fairclough
""",
        cc=[GIDEON, hos],
    )
    s.mail(
        "iro-closing-note", GIDEON, sw, "RE: Freddie Lomax - ceased to be looked after 14/05/2027",
        at("2027-05-18 10:00"),
        "Thanks Naomi - noted. I will close my involvement with Freddie.\n\nGideon\n",
        cc=[MBOX], reply_to="ceased-looked-after",
    )
    return s


SCENARIOS = (s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11)


def main() -> None:
    total = 0
    for build in SCENARIOS:
        scenario = build()
        scenario.write()
        total += len(scenario.mails)
        print(f"{scenario.name}: {len(scenario.mails)} mails")
    print(f"{total} mails in {len(SCENARIOS)} scenarios")


if __name__ == "__main__":
    main()
