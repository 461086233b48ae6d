"""Build the second blind scenario set for caseclock (fictional mail, hand-worked deadlines).

Run from the repository root:  .venv/bin/python tests/scenarios_blind2/build.py

Writes tests/scenarios_blind2/<NN-name>/mails/NNN-<slug>.eml, numbered in arrival order.
Each mail's outermost Date: is its arrival time in Europe/London. Message-IDs and MIME
boundaries are derived from the scenario and the mail's key, so every run writes the same
bytes. The expected deadlines (expected.json) were worked by hand from shared/domain/rules.md
before the program was run; this script only writes the mail.

All people, children, case numbers and addresses are fictional.
"""

from __future__ import annotations

import base64
import hashlib
import quopri
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
LON = ZoneInfo("Europe/London")
GEN = compat32.clone(linesep="\n", max_line_length=78)

Addr = tuple[str, str]

MAILBOX: Addr = ("IRO Reviews", "iro.reviews@council.example.gov.uk")
COUNCIL = "council.example.gov.uk"


def c(name: str, local: str) -> Addr:
    """A council address."""
    return (name, f"{local}@{COUNCIL}")


def cf(name: str, local: str) -> Addr:
    """A Cafcass address."""
    return (name, f"{local}@cafcass.gov.uk")


# People (fictional)
HELEN = c("Helen Okonjo", "helen.okonjo")
JOANNA = c("Joanna Pilkington", "joanna.pilkington")
MARCUS = c("Marcus Adeyinka", "marcus.adeyinka")
SUNITA = c("Sunita Rahman", "sunita.rahman")
DESIG = c("Fiona Gallagher (Designated Manager)", "designated.manager")
LEGAL = c("Legal Childcare Team", "legal.childcare")
CAF_BS = cf("Cafcass Business Support", "business.support")
CAF_LEGAL = cf("Cafcass Legal", "cafcass.legal")
EDT = c("Emergency Duty Team", "emergency.duty")

COUNCIL_SIG = (
    "\n\n--\nThis e-mail and any attachments are confidential and intended for the addressee "
    "only. Midshire Council monitors e-mail under the Data Protection Act 2018. Our privacy "
    "notice was last reviewed on 3 September 2025.\n"
)
CAFCASS_SIG = (
    "\n\n______________________________________________________________\n"
    "Cafcass - Children and Family Court Advisory and Support Service, established 1 April 2001. "
    "This e-mail may be legally privileged. Please do not print unless necessary.\n"
)
HMCTS_SIG = (
    "\n\nHM Courts & Tribunals Service. Court counters are closed on bank holidays. "
    "Privacy notice updated 01/06/2024.\n"
)


def t(s: str) -> datetime:
    """'YYYY-MM-DD HH:MM' in Europe/London -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)


def fmt_addr(a: Addr | list[Addr] | str) -> str:
    if isinstance(a, str):
        return a
    if isinstance(a, list):
        return ", ".join(fmt_addr(x) for x in a)
    return formataddr(a)


def _encode(raw: bytes, cte: str) -> str:
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "7bit":
        return raw.decode("ascii")
    if cte == "8bit":
        return raw.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def text(
    body: str, sub: str = "plain", cs: str = "utf-8", cte: str = "quoted-printable",
) -> Message:
    part = MIMENonMultipart("text", sub, charset=cs)
    del part["MIME-Version"]
    part.set_payload(_encode(body.encode(cs), cte))
    part["Content-Transfer-Encoding"] = cte
    return part


def html(body: str, cs: str = "utf-8", cte: str = "quoted-printable") -> Message:
    return text(body, "html", cs, cte)


def att_text(filename: str, content: str, cs: str = "utf-8", cte: str = "base64") -> Message:
    part = text(content, "plain", cs, cte)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def att_rfc822(inner: Message, filename: str) -> Message:
    part = MIMEMessage(inner)
    del part["MIME-Version"]
    part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def att_octet(filename: str, data: bytes) -> Message:
    part = MIMEBase("application", "octet-stream", name=filename)
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    part["Content-Transfer-Encoding"] = "base64"
    part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def auth(domain: str, ok: bool = True) -> str:
    res = "pass" if ok else "fail"
    return (
        f"mx.council.example.gov.uk; spf={res} smtp.mailfrom={domain}; "
        f"dkim={res} header.d={domain}; dmarc={res} header.from={domain}"
    )


def outlook(frm: Addr, sent: str, to: str, subject: str, cc: str | None = None) -> str:
    """An Outlook 'From:/Sent:/To:/Subject:' block as pasted in a forward or reply."""
    lines = ["", "________________________________", f"From: {frm[0]} <{frm[1]}>", f"Sent: {sent}",
             f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines) + "\n\n"


def gmail(frm: Addr, date: str, subject: str, to: str) -> str:
    return (
        "\n---------- Forwarded message ---------\n"
        f"From: {frm[0]} <{frm[1]}>\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n"
    )


def quote(s: str) -> str:
    return "\n".join("> " + ln if ln else ">" for ln in s.strip("\n").split("\n")) + "\n"


@dataclass
class Scenario:
    name: str
    mails: list[tuple[datetime, str, Message]] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)
    _boundary: int = 0

    def msgid(self, key: str, domain: str) -> str:
        if key not in self.ids:
            h = hashlib.sha256(f"{self.name}/{key}".encode()).hexdigest()
            self.ids[key] = f"<{h[:12].upper()}.{h[12:20]}@{domain}>"
        return self.ids[key]

    def multipart(self, sub: str, *parts: Message) -> MIMEMultipart:
        self._boundary += 1
        h = hashlib.sha256(f"{self.name}/b{self._boundary}".encode()).hexdigest()[:16]
        m = MIMEMultipart(sub, boundary=f"----=_Part_{self._boundary:03d}_{h}")
        del m["MIME-Version"]
        for p in parts:
            m.attach(p)
        return m

    def inner(
        self, key: str, root: Message, frm: Addr, to: Addr | list[Addr] | str, subject: str,
        when: datetime, cc: Addr | list[Addr] | None = None,
    ) -> Message:
        """Headers for a message that travels inside another (message/rfc822)."""
        domain = frm[1].split("@")[1]
        hdrs: list[tuple[str, str]] = [("From", fmt_addr(frm)), ("To", fmt_addr(to))]
        if cc:
            hdrs.append(("Cc", fmt_addr(cc)))
        hdrs += [("Subject", subject), ("Date", format_datetime(when)),
                 ("Message-ID", self.msgid(key, domain)), ("MIME-Version", "1.0")]
        existing = [(k, v) for k, v in root.items() if k.lower() != "mime-version"]
        for k in list(root.keys()):
            del root[k]
        for k, v in hdrs + existing:
            root[k] = v
        return root

    def add(
        self, key: str, when: str, root: Message, frm: Addr, subject: str,
        to: Addr | list[Addr] | str = MAILBOX, cc: Addr | list[Addr] | None = None,
        reply_to: str | None = None, auth_hdr: str | None = None,
        extra: dict[str, str] | None = None,
    ) -> None:
        arrive = t(when)
        domain = frm[1].split("@")[1]
        hdrs: list[tuple[str, str]] = [
            ("Received", f"from mail.{domain} (mail.{domain}) by mx.council.example.gov.uk with "
                         f"ESMTPS; {format_datetime(arrive)}"),
            ("Authentication-Results", auth_hdr if auth_hdr is not None else auth(domain)),
            ("From", fmt_addr(frm)),
            ("To", fmt_addr(to)),
        ]
        if cc:
            hdrs.append(("Cc", fmt_addr(cc)))
        hdrs += [("Subject", subject), ("Date", format_datetime(arrive)),
                 ("Message-ID", self.msgid(key, domain))]
        if reply_to:
            ref = self.ids[reply_to]
            hdrs += [("In-Reply-To", ref), ("References", ref)]
        for k, v in (extra or {}).items():
            hdrs.append((k, v))
        hdrs.append(("MIME-Version", "1.0"))
        existing = [(k, v) for k, v in root.items() if k.lower() != "mime-version"]
        for k in list(root.keys()):
            del root[k]
        for k, v in hdrs + existing:
            root[k] = v
        self.mails.append((arrive, key, root))

    def write(self) -> int:
        out = HERE / self.name / "mails"
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        ordered = sorted(self.mails, key=lambda m: m[0])
        for i, (_, key, msg) in enumerate(ordered, 1):
            (out / f"{i:03d}-{key}.eml").write_bytes(msg.as_bytes(policy=GEN))
        return len(ordered)


# ============================================================================ 01
def s01() -> Scenario:
    s = Scenario("01-initial-review-pir-not-updated")
    sw = c("Daniel Okafor", "daniel.okafor")
    tm = c("Priya Nandra", "priya.nandra")
    ident = "Ellie-Mae FORSTER, DOB 11/06/2018, Child ID 3307154"

    s.add("looked-after-start", "2027-02-02 09:41", text(f"""Hi IRO team,

Notification of a child becoming looked after.

Child: {ident}
Legal status: section 20 (accommodated with mother's agreement)
Date became looked after: Monday 1st February 2027
Placement: foster carers Mr and Mrs LOCKWOOD (in-house), Tamworth Road
Social worker: Daniel Okafor, Children in Care North
Team manager: Priya Nandra

Could an IRO be allocated so that the initial review can be booked please.

Thanks
Daniel

Daniel Okafor | Social Worker | Children in Care North
Annual leave 15/03/27 - 19/03/27
""" + COUNCIL_SIG), sw, "New child looked after - Ellie-Mae FORSTER - Child ID 3307154")

    s.add("iro-allocation", "2027-02-03 11:02", text(f"""Daniel,

Joanna Pilkington has been allocated as IRO for Ellie-Mae ({ident}).
Joanna: 01632 960 411, joanna.pilkington@council.example.gov.uk

Helen Okonjo
IRO Service Manager
"""), HELEN, "IRO allocated - FORSTER - 3307154", to=sw, cc=[MAILBOX, JOANNA])

    s.add("review-booked", "2027-02-03 15:30", html(f"""<html><body>
<p>Hi Daniel,</p>
<p>I have booked Ellie-Mae's <b>Initial Looked After Review</b>:</p>
<table border="1" cellpadding="4">
<tr><td>Child</td><td>{ident}</td></tr>
<tr><td>Date</td><td>Thursday 25th February 2027</td></tr>
<tr><td>Time</td><td>10:00</td></tr>
<tr><td>Venue</td><td>Riverside Family Centre, room 2</td></tr>
</table>
<p>Please send out the invitations and consultation papers at least 10 working days before,
and let me have your Part 1 report, the PEP, health plan and the Placement Information
Record 5 working days before.</p>
<p>Joanna Pilkington<br>Independent Reviewing Officer<br>Review and Child Protection Unit</p>
</body></html>"""), JOANNA, "Initial LAC review booked - Ellie-Mae FORSTER (3307154)", to=sw,
        cc=MAILBOX)

    s.add("ooo-team-manager", "2027-02-03 15:31", text("""Thank you for your email.

I am out of the office until Monday 8 February 2027 with limited access to email. For urgent
matters please contact the duty team manager on 01632 960 100.

Priya Nandra
Team Manager, Children in Care North
"""), tm, "Automatic reply: Initial LAC review booked - Ellie-Mae FORSTER (3307154)",
        extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

    s.add("invitations", "2027-02-09 14:12", text("""Dear all,

INVITATION TO A LOOKED AFTER REVIEW

You are invited to the Looked After Review for Ellie-Mae FORSTER (Child ID 3307154).

Date:   25/02/2027
Time:   10am
Venue:  Riverside Family Centre, room 2
Chair:  Joanna Pilkington, Independent Reviewing Officer

Consultation papers for the child, parents and carers are attached to the letters sent by
post today. If you cannot attend, please send your views to me before the review.

Kind regards
Daniel Okafor
Social Worker
""" + COUNCIL_SIG), sw, "Invitation - Looked After Review 25/02/2027 - Ellie-Mae FORSTER",
        to=[("Kerry Forster", "kerry.forster@example.net"),
            ("Mr and Mrs Lockwood", "lockwood.family@example.org"),
            c("Designated Teacher", "dt.stjudes")], cc=[MAILBOX, JOANNA])

    s.add("decisions", "2027-03-01 16:45", text(f"""Dear all,

Please find below the decisions of Ellie-Mae's initial Looked After Review.

LOOKED AFTER REVIEW - RECORD OF DECISIONS
Child:            {ident}
Review:           Initial
Held on:          25.2.2027 at Riverside Family Centre
Chair:            Joanna Pilkington (IRO)

Placement Information Record: NOT updated at the review - the carers had not received a copy
and the delegated authority section was blank. A Placement Planning Meeting must be convened
within 7 days of the review (Daniel Okafor).

Decisions
1. Ellie-Mae to remain with Mr and Mrs Lockwood; plan for permanence to be set out by the
   second review.
2. Contact with mother twice weekly, supervised, at Riverside Family Centre.
3. Health assessment to be completed by 19 March 2027.
4. Care plan to be updated within 10 working days to reflect these decisions.

Next review: on or before 27 May 2027.

Joanna Pilkington
Independent Reviewing Officer
""", cs="windows-1252"), JOANNA,
        "LAC Review decisions - Ellie-Mae FORSTER (Child ID 3307154) - review held 25.2.2027",
        to=[sw, DESIG, ("Kerry Forster", "kerry.forster@example.net")], cc=MAILBOX)

    dec_quote = quote(f"""From: Joanna Pilkington
Sent: 01 March 2027 16:45
Subject: LAC Review decisions - Ellie-Mae FORSTER (Child ID 3307154) - review held 25.2.2027

LOOKED AFTER REVIEW - RECORD OF DECISIONS
Child: {ident}
Held on: 25.2.2027""")
    s.add("manager-agrees", "2027-03-03 10:20", text(f"""Joanna,

I have considered the decisions of Ellie-Mae's review held on 25 February and I agree them.
Please make sure the placement planning meeting happens this week.

Fiona Gallagher
Designated Manager, Looked After Reviews

{dec_quote}"""), DESIG,
        "RE: LAC Review decisions - Ellie-Mae FORSTER (Child ID 3307154) - review held 25.2.2027",
        to=JOANNA, cc=[sw, MAILBOX], reply_to="decisions")

    record = f"""MIDSHIRE COUNCIL - CHILDREN'S SERVICES
LOOKED AFTER REVIEW: FULL RECORD

Child: {ident}
Type of review: Initial
Date of review: 25/02/2027
Chair: Joanna Pilkington, IRO
Present: Daniel Okafor (SW), Mrs Lockwood (carer), Kerry Forster (mother), Ms Yusuf (DT)

1. Child's views: Ellie-Mae told the IRO she likes her bedroom and the carers' dog.
2. Placement: settled. Placement Information Record not updated at the review (see decisions).
3. Education: attends St Jude's Primary, PEP due 14/04/2027.
4. Health: initial health assessment booked for 11 March 2027.

Decisions: as circulated on 01/03/2027.
Next review: on or before 27 May 2027.

Record completed: 12/03/2027
"""
    s.add("full-record", "2027-03-12 12:00", s.multipart(
        "mixed",
        text("Full record of Ellie-Mae's initial review attached.\n\nJoanna\n"),
        att_text("LAC review full record - FORSTER - 25.02.2027.txt", record),
    ), JOANNA, "Full record - Looked After Review 25 Feb 2027 - FORSTER 3307154", to=MAILBOX,
        cc=sw)

    plan = f"""CARE PLAN (updated)
Child: {ident}
Updated: 16 March 2027, following the Looked After Review of 25 February 2027

Permanence: long-term fostering with the Lockwoods to be assessed; decision at second review.
Contact: mother twice weekly, supervised.
Health: initial health assessment 11/03/2027 completed; dental check booked.
Education: PEP meeting 14/04/2027.
"""
    s.add("care-plan", "2027-03-16 16:05", s.multipart(
        "mixed",
        text("Joanna,\n\nUpdated care plan for Ellie-Mae attached, as agreed at the review.\n\n"
             "Daniel\n"),
        att_text("Care plan - Ellie-Mae FORSTER - 16.03.2027.txt", plan),
    ), sw, "Updated care plan - Ellie-Mae FORSTER (Child ID 3307154)", to=JOANNA, cc=MAILBOX)

    s.add("pep-meeting", "2027-03-22 11:18", text("""Hi both,

Just to let you know Ellie-Mae's PEP meeting at St Jude's has been moved to Wednesday 14th
April 2027 at 3.15pm. Virtual School will send the link.

Daniel
"""), sw, "Ellie-Mae - PEP meeting moved", to=JOANNA, cc=MAILBOX)
    return s


# ============================================================================ 02
def s02() -> Scenario:
    s = Scenario("02-review-moved-late-invites-manager-disagrees")
    sw = c("Grace Whitfield", "grace.whitfield")
    tm = c("Owen Barraclough", "owen.barraclough")
    hos = c("Colette Ferreira", "colette.ferreira")
    ident = "Tobias QUAYE (DOB 03/10/2012), LCS ID 5520873"

    s.add("looked-after-start", "2027-01-05 10:15", text(f"""Dear Review and Child Protection Unit,

Apologies for the delay over the holidays. Please note that {ident} became looked after on
Wednesday 30 December 2026 under section 20, following a breakdown at home. He is placed at
Hawthorn House children’s home.

Social worker: Grace Whitfield. Team manager: Owen Barraclough.

Regards
Grace
""" + COUNCIL_SIG, cs="windows-1252"), sw, "Child looked after: Tobias QUAYE - LCS 5520873")

    s.add("review-booked", "2027-01-06 12:30", text(f"""Grace,

I am Tobias's IRO. I have booked his initial Looked After Review for Tuesday 19 January 2027 at
2pm at Hawthorn House.

Child: {ident}

Marcus Adeyinka
Independent Reviewing Officer
"""), MARCUS, "Initial review booked - Tobias QUAYE - LCS 5520873", to=sw, cc=MAILBOX)

    booked_q = quote(f"""From: Marcus Adeyinka
Sent: 06 January 2027 12:30
Subject: Initial review booked - Tobias QUAYE - LCS 5520873

I have booked his initial Looked After Review for Tuesday 19 January 2027 at
2pm at Hawthorn House.
Child: {ident}""")
    s.add("review-moved", "2027-01-11 09:50", text(f"""Grace,

As discussed, Tobias's mum cannot make the 19th, so I have MOVED the review.

New date: Wednesday 27th January 2027, 10:00, Hawthorn House. The 19th is cancelled.
This is still within the 20 working days.

Marcus

{booked_q}"""), MARCUS, "RE: Initial review booked - Tobias QUAYE - LCS 5520873 - DATE CHANGED",
        to=sw, cc=MAILBOX, reply_to="review-booked")

    s.add("invitations", "2027-01-18 15:22", text("""Dear all,

You are invited to the Looked After Review for Tobias QUAYE (LCS ID 5520873) on 27/01/2027 at
10.00am at Hawthorn House, 4 Mill Lane. Consultation booklets are attached to the posted
letters. Please let me know if you cannot attend.

Grace Whitfield
Social Worker, Adolescent Support Team
""" + COUNCIL_SIG), sw, "Invitation: Looked After Review - Tobias QUAYE - 27/01/2027",
        to=[("Abena Quaye", "abena.quaye@example.net"),
            ("Hawthorn House", "hawthorn.house@example.org")],
        cc=[MAILBOX, MARCUS])

    s.add("school-ooo", "2027-01-18 15:24", text("""Thank you for your message. The school office
is closed for staff training on Monday 18 January; I will reply on my return.

Mrs J. Ellison, Designated Teacher
"""), ("Mrs J Ellison", "j.ellison@stmarks-academy.example.sch.uk"),
        "Automatic reply: Invitation: Looked After Review - Tobias QUAYE - 27/01/2027",
        extra={"Auto-Submitted": "auto-replied"})

    s.add("decisions", "2027-02-02 17:05", s.multipart(
        "alternative",
        text(f"""LOOKED AFTER REVIEW - DECISIONS
Child: {ident}
Review: initial, held 27 January 2027 at Hawthorn House
IRO: Marcus Adeyinka
Placement Information Record: updated at the review.

1. Tobias to move from residential care to a foster placement by 31 March 2027.
2. Family time with mother weekly, unsupervised, from 8 February.
3. Referral to CAMHS to be made by the social worker within 10 working days.

Next review: Thursday 22 April 2027.
"""),
        html(f"""<html><body><h3>LOOKED AFTER REVIEW - DECISIONS</h3>
<p>Child: {ident}<br>Review: initial, held <b>27 January 2027</b> at Hawthorn House<br>
IRO: Marcus Adeyinka<br>Placement Information Record: updated at the review.</p>
<ol><li>Tobias to move from residential care to a foster placement by 31 March 2027.</li>
<li>Family time with mother weekly, unsupervised, from 8 February.</li>
<li>Referral to CAMHS to be made by the social worker within 10 working days.</li></ol>
<p>Next review: Thursday 22 April 2027.</p></body></html>"""),
    ), MARCUS, "Review decisions - Tobias QUAYE - LCS 5520873 (review 27.01.27)",
        to=[sw, hos, ("Abena Quaye", "abena.quaye@example.net")], cc=MAILBOX)

    disagree_plain = f"""Marcus, and all who attended,

I have considered the decisions of Tobias's review of 27 January 2027. I am unable to agree
decision 1 (a move to foster care by 31 March 2027): there is no suitable foster placement
identified and Tobias has told us he wants to stay at Hawthorn House. I do not agree this
decision and ask that it is discussed under the dispute resolution protocol. I agree
decisions 2 and 3.

Colette Ferreira
Head of Service, Children in Care (Designated Manager for review decisions)
{ident}
"""
    s.add("manager-disagrees", "2027-02-08 11:40", s.multipart(
        "alternative", text(disagree_plain),
        html("<html><body>" + disagree_plain.replace("\n\n", "</p><p>").join(["<p>", "</p>"])
             + "</body></html>"),
    ), hos, "RE: Review decisions - Tobias QUAYE - LCS 5520873 (review 27.01.27) - NOT AGREED",
        to=MARCUS, cc=[sw, tm, MAILBOX, ("Abena Quaye", "abena.quaye@example.net")],
        reply_to="decisions")

    s.add("manager-disagrees-fwd", "2027-02-09 09:12", text(
        "FYI for Tobias's file - Colette's response below.\n\nOwen\n"
        + outlook(hos, "Monday, February 8, 2027 11:40 AM", "Marcus Adeyinka",
                  "RE: Review decisions - Tobias QUAYE - LCS 5520873 (review 27.01.27) - "
                  "NOT AGREED",
                  cc="Grace Whitfield; IRO Reviews")
        + disagree_plain), tm,
        "FW: Review decisions - Tobias QUAYE - LCS 5520873 (review 27.01.27) - NOT AGREED")

    full = f"""LOOKED AFTER REVIEW - FULL RECORD
{ident}
Initial review held: 27/01/2027, Hawthorn House. Chair: Marcus Adeyinka (IRO).

Tobias attended the first half. He said he wanted to stay at Hawthorn House ...
Mother attended. Views of the school were sent in writing.
Decisions: as circulated 02/02/2027 (decision 1 not agreed by the designated manager, 08/02/2027).
Next review: 22/04/2027.
Record completed 19/02/2027.
"""
    s.add("full-record", "2027-02-19 13:10", s.multipart(
        "mixed", text("Full record attached (late - apologies).\nMarcus\n"),
        att_text("QUAYE T - full review record - 27-01-2027.txt", full),
    ), MARCUS, "Full record - LAC review 27/01/27 - QUAYE (LCS 5520873)", cc=sw)

    s.add("invitations-2", "2027-04-06 09:30", text("""Dear all,

Tobias QUAYE (LCS ID 5520873) - Looked After Review

The next review will be held on 22.4.2027 at 2.00pm at Hawthorn House. Please find the
invitation and consultation booklet in the post. Views can be sent to me in advance.

Grace Whitfield, Social Worker
"""), sw, "Invitation - Tobias QUAYE review 22.4.2027",
        to=[("Abena Quaye", "abena.quaye@example.net"),
            ("Hawthorn House", "hawthorn.house@example.org")],
        cc=[MAILBOX, MARCUS])

    s.add("decisions-2", "2027-04-28 16:00", text(f"""RECORD OF DECISIONS - LOOKED AFTER REVIEW
{ident}
Second review, held on 22/04/27 at Hawthorn House. IRO: Marcus Adeyinka.
PIR updated: yes.

1. Tobias to remain at Hawthorn House (dispute about decision 1 of the last review resolved
   on 3 March 2027).
2. Pathway planning to start before his 15th birthday.
3. CAMHS appointment 12/05/27 to be attended with key worker.

Next review: by 22 October 2027.
"""), MARCUS, "Decisions - Tobias QUAYE - review 22/04/27", to=[sw, hos], cc=MAILBOX)

    d2q = quote("""From: Marcus Adeyinka
Sent: 28 April 2027 16:00
Subject: Decisions - Tobias QUAYE - review 22/04/27

RECORD OF DECISIONS - LOOKED AFTER REVIEW
Second review, held on 22/04/27 at Hawthorn House.""")
    s.add("manager-agrees-2", "2027-05-05 09:05", text(f"""Marcus - agreed, thank you.

Colette Ferreira
Head of Service

{d2q}"""), hos, "RE: Decisions - Tobias QUAYE - review 22/04/27", to=MARCUS, cc=[sw, MAILBOX],
        reply_to="decisions-2")
    return s


# ============================================================================ 03
def s03() -> Scenario:
    s = Scenario("03-deemed-agreement-lookalike-easter")
    sw = c("Bethany Cole", "bethany.cole")
    ident = "Ruby-Jo HALLORAN, d.o.b. 22/01/2015, Mosaic ID 6148032"

    s.add("looked-after-start", "2027-03-08 16:40", text(f"""To the Review Unit,

{ident} came into care today, Monday 8 March 2027, under section 20. She is placed with
foster carer Ms Ada MENSAH (independent fostering agency).

Bethany Cole
Social Worker, Children in Care South
DBS renewed 01/09/2026
""" + COUNCIL_SIG), sw, "LAC notification - HALLORAN Ruby-Jo - Mosaic 6148032")

    s.add("iro-allocation", "2027-03-09 10:00", text(f"""Bethany,

Sunita Rahman is the allocated IRO for {ident}. Sunita works Monday to Thursday.

Helen Okonjo, IRO Service Manager
"""), HELEN, "IRO allocation - Ruby-Jo HALLORAN", to=sw, cc=[SUNITA, MAILBOX])

    s.add("review-booked", "2027-03-10 11:15", text(f"""Hi Bethany,

Ruby-Jo's initial review is booked for Tuesday 6 April 2027 at 4pm at Ms Mensah's home.
(Easter Monday is 29 March, so please get the invitations out before the break.)

{ident}

Sunita Rahman, IRO
"""), SUNITA, "Initial review - Ruby-Jo HALLORAN - Tues 6/4/27", to=sw, cc=MAILBOX)

    s.add("invitations", "2027-03-19 17:48", text("""Dear all,

Invitation: Looked After Review for Ruby-Jo HALLORAN (Mosaic ID 6148032)
When: Tues 6th April 2027, 4pm
Where: carer's home (address on the posted letter)
Chair: Sunita Rahman, Independent Reviewing Officer

Consultation forms enclosed with the letters.

Bethany
"""), sw, "Invitation - LAC review - Ruby-Jo HALLORAN - 6 April",
        to=[("Ada Mensah", "ada.mensah@example.org"), ("Leanne Halloran", "leanne.h@example.net")],
        cc=[MAILBOX, SUNITA])

    s.add("decisions", "2027-04-09 15:20", text(f"""Dear all,

Ruby-Jo HALLORAN - decisions of the initial Looked After Review held on 06/04/2027

{ident}
Chair: Sunita Rahman (IRO). Placement Information Record updated at the review: yes.

1. Ruby-Jo to remain with Ms Mensah; matching for long-term fostering to be considered.
2. Sibling contact with her brother Kai monthly.
3. Care plan to be updated within 10 working days.

Next review: by 6 July 2027.

Sunita Rahman
Independent Reviewing Officer
"""), SUNITA, "LAC review decisions - Ruby-Jo HALLORAN (Mosaic ID 6148032)",
        to=[sw, DESIG], cc=MAILBOX)

    s.add("manager-ooo", "2027-04-09 15:21", text("""I am on annual leave until Monday 19 April
2027. Review decisions received while I am away will be considered on my return. For anything
urgent please contact the Head of Service.

Fiona Gallagher, Designated Manager
"""), DESIG, "Automatic reply: LAC review decisions - Ruby-Jo HALLORAN (Mosaic ID 6148032)",
        extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

    fake = ("Designated Manager", "designated.manager@council.example-gov.uk")
    s.add("lookalike-agreed", "2027-04-14 08:55", text("""Agreed.

Designated Manager
Midshire Council
"""), fake, "RE: LAC review decisions - Ruby-Jo HALLORAN (Mosaic ID 6148032)",
        auth_hdr=auth("council.example-gov.uk"))

    s.add("hospital", "2027-04-24 19:12", text(f"""Sunita / IRO mailbox,

Out of hours update: Ruby-Jo was admitted to the Royal Infirmary this afternoon with suspected
appendicitis. Ms Mensah is with her. Mum has been told. She is likely to have surgery
tomorrow (Sunday 25/04).

{ident}

EDT social worker on behalf of Bethany Cole
"""), EDT, "URGENT: Ruby-Jo HALLORAN admitted to hospital", to=[SUNITA, MAILBOX], cc=sw)

    hq = quote("""From: Emergency Duty Team
Sent: Saturday, 24 April 2027 19:12
Subject: URGENT: Ruby-Jo HALLORAN admitted to hospital

Out of hours update: Ruby-Jo was admitted to the Royal Infirmary this afternoon with
suspected appendicitis.""")
    s.add("iro-answer", "2027-04-26 00:20", text(f"""Thanks for letting me know.

I have considered whether Ruby-Jo's review needs to be brought forward (procedure 2.5). The
admission is for a routine operation and the placement is stable, so I will not convene an
emergency review now; I will visit her on discharge and review the position then.

Sunita Rahman, IRO

{hq}"""), SUNITA, "RE: URGENT: Ruby-Jo HALLORAN admitted to hospital", to=[EDT, sw],
        cc=MAILBOX, reply_to="hospital")

    full = f"""LOOKED AFTER REVIEW - FULL RECORD
Child: {ident}
Review: initial, held 6 April 2027, 4pm, at the carer's home
Chair: Sunita Rahman, IRO
Decisions: as circulated 9 April 2027. No response was received from the designated manager.
Next review: by 06/07/2027.
Full record completed 27 April 2027.
"""
    s.add("full-record", "2027-04-27 14:30", s.multipart(
        "mixed", text("Full record of Ruby-Jo's review attached.\n\nSunita\n"),
        att_text("HALLORAN full record 06.04.27.txt", full),
    ), SUNITA, "Full record - LAC review - HALLORAN (6148032)", cc=sw)

    plan = f"""CARE PLAN
{ident}
Reviewed and updated 5 May 2027 following the Looked After Review of 6 April 2027
and her hospital stay (24–28 April 2027).

Placement: Ms Ada Mensah; long-term matching to be considered by fostering panel.
Contact: mother fortnightly; brother Kai monthly.
Health: post-operative follow-up at the Royal Infirmary on 17/05/2027.
"""
    s.add("care-plan", "2027-05-05 10:10", s.multipart(
        "mixed",
        text("Sunita,\n\nApologies this is later than the 10 working days – Ruby-Jo’s updated "
             "care plan is attached.\n\nBethany\n", cs="windows-1252"),
        att_text("Care Plan - Ruby-Jo HALLORAN - May 2027.txt", plan, cs="windows-1252",
                 cte="quoted-printable"),
    ), sw, "Care plan updated - Ruby-Jo HALLORAN - Mosaic ID 6148032", to=SUNITA, cc=MAILBOX)
    return s


# ============================================================================ 04
def s04() -> Scenario:
    s = Scenario("04-second-third-reviews-christmas")
    sw = c("Natalie Brooks", "natalie.brooks")
    ident = "Harvey LINDQVIST, DOB 19/05/2016, LCS ID 7031986"

    s.add("looked-after-start", "2026-12-14 09:20", text("""Good morning,

Harvey LINDQVIST (LCS ID 7031986, born 19.05.2016) was accommodated on Friday 11th December
2026 under s20 after his grandmother was admitted to hospital. He is with emergency foster
carers Mr and Mrs OYELOWO.

Natalie Brooks
Social Worker - Children in Care West
Office closed 25/12/26 - 28/12/26
""" + COUNCIL_SIG), sw, "Harvey LINDQVIST - accommodated 11/12/26 - LCS 7031986")

    s.add("iro-allocation", "2026-12-14 14:00", text(f"""Natalie,

Joanna Pilkington will be Harvey's IRO ({ident}).

Helen Okonjo
IRO Service Manager
"""), HELEN, "IRO for Harvey LINDQVIST", to=sw, cc=[JOANNA, MAILBOX])

    s.add("review-booked", "2026-12-15 11:00", text(f"""Natalie,

Harvey's initial LAC review: Tuesday 12th January 2027 at 1.30pm, Oyelowo household.
Please get the invitations out before Christmas Day (25/12) as the post is slow.

{ident}

Joanna Pilkington, IRO
"""), JOANNA, "Booked: initial review - Harvey LINDQVIST - 12/01/27", to=sw, cc=MAILBOX)

    s.add("invitations", "2026-12-17 14:00", text("""Dear all,

Harvey LINDQVIST (LCS ID 7031986): you are invited to his Looked After Review on 12/01/2027 at
1.30pm at the foster carers' home. Consultation booklets enclosed with the letters.

Natalie Brooks, Social Worker
"""), sw, "Invitation to Looked After Review 12/01/2027 - Harvey LINDQVIST",
        to=[("Oyelowo family", "oyelowo.fc@example.org"),
            ("Annika Lindqvist", "annika.l@example.net")],
        cc=[MAILBOX, JOANNA])

    full1 = f"""RECORD OF LOOKED AFTER REVIEW (decisions and full record)
Child: {ident}
Initial review held Tuesday 12 January 2027, 1.30pm. Chair: Joanna Pilkington (IRO).
Placement Information Record: updated at the review.

Summary of discussion ... (Harvey enjoyed Christmas with the carers; grandmother still in hospital)

DECISIONS
1. Harvey to remain with Mr and Mrs Oyelowo pending an assessment of his grandmother.
2. Contact with mother fortnightly, supervised.
3. PEP to be completed by 5 February 2027.

Next review: no later than 13 April 2027.
Record completed 20.01.2027.
"""
    s.add("record-1", "2027-01-20 16:30", s.multipart(
        "mixed",
        text("Dear all,\n\nThe record of Harvey’s initial review, including the decisions, is "
             "attached.\n\nJoanna Pilkington\nIndependent Reviewing Officer\n", cs="windows-1252"),
        att_text("LINDQVIST Harvey - LAC review record - 12.01.2027.txt", full1, cs="windows-1252",
                 cte="quoted-printable"),
    ), JOANNA, "LAC review record and decisions - Harvey LINDQVIST (LCS 7031986)", to=[sw, DESIG],
        cc=MAILBOX)

    s.add("manager-agrees-1", "2027-01-22 10:05", text(f"""Joanna

Decisions for Harvey (review 12/01/27) agreed.

Fiona Gallagher
Designated Manager

{quote('''From: Joanna Pilkington
Sent: 20 January 2027 16:30
Subject: LAC review record and decisions - Harvey LINDQVIST (LCS 7031986)''')}"""), DESIG,
        "RE: LAC review record and decisions - Harvey LINDQVIST (LCS 7031986)", to=JOANNA,
        cc=MAILBOX, reply_to="record-1")

    s.add("care-plan-1", "2027-02-03 15:40", s.multipart(
        "mixed",
        text("Updated care plan attached for Harvey following his review.\nNatalie\n"),
        att_text("Harvey LINDQVIST care plan Feb 2027.txt", f"""CARE PLAN
{ident}
Date: 03/02/2027 (updated after the Looked After Review of 12/01/2027)
Plan: remain with Oyelowo family; assessment of maternal grandmother (report due 31/03/2027).
"""),
    ), sw, "Care plan - Harvey LINDQVIST - 7031986", to=JOANNA, cc=MAILBOX)

    s.add("review-2-booked", "2027-03-22 10:00", text(f"""Natalie,

Harvey's second review has had to go in for Friday 16 April 2027 at 10am (I am on leave the
week of 12 April). I know this is 3 days outside the 3-month timescale (13 April); I have
agreed it with my line manager and it will be recorded.

{ident}
Joanna
"""), JOANNA, "Second review - Harvey LINDQVIST - Fri 16 April", to=sw, cc=MAILBOX)

    s.add("invitations-2", "2027-03-31 12:00", text("""All,

Invitation - Looked After Review - Harvey LINDQVIST (LCS ID 7031986)
Friday 16.4.2027, 10:00, foster home.

Natalie Brooks
"""), sw, "Invitation: Harvey LINDQVIST review 16.4.2027",
        to=[("Oyelowo family", "oyelowo.fc@example.org"),
            ("Annika Lindqvist", "annika.l@example.net")],
        cc=[MAILBOX, JOANNA])

    s.add("decisions-2", "2027-04-21 12:00", text(f"""DECISIONS OF LOOKED AFTER REVIEW
{ident}
Second review held 16.4.2027. Chair: J Pilkington, IRO. PIR updated: yes.

1. Grandmother's assessment negative; plan for long-term fostering with the Oyelowo family.
2. Permanence planning meeting by 14 May 2027.
3. Contingency: family finding if the carers do not wish to be assessed.

Next review: by 16 October 2027.
"""), JOANNA, "Review decisions - Harvey LINDQVIST - second review 16/04/27", to=[sw, DESIG],
        cc=MAILBOX)

    s.add("full-record-2", "2027-04-30 09:10", s.multipart(
        "mixed", text("Full record attached.\nJoanna\n"),
        att_text("Full record - Harvey L - 16 Apr 2027.txt", f"""FULL RECORD - LOOKED AFTER REVIEW
{ident}
Held: 16 April 2027 (second review). Completed: 30 April 2027.
Decisions: as circulated 21/04/2027.
"""),
    ), JOANNA, "Full record - second review - Harvey LINDQVIST (7031986)", cc=sw)

    s.add("care-plan-2", "2027-05-12 11:30", s.multipart(
        "mixed", text("Joanna - Harvey's care plan, updated with the permanence plan.\nNatalie\n"),
        att_text("Harvey LINDQVIST care plan May 2027.txt", f"""CARE PLAN (updated 12 May 2027)
{ident}
Permanence plan: long-term fostering, Oyelowo family; fostering panel 24/06/2027.
Contingency plan: family finding.
"""),
    ), sw, "Updated care plan - Harvey LINDQVIST", to=JOANNA, cc=MAILBOX)

    s.add("missing", "2027-06-04 17:40", text(f"""Joanna,

Harvey was reported missing to police by his carers at 22:00 last night (Thursday 3rd June)
and returned at 11am today. Return home interview booked for Monday.

{ident}
Natalie
"""), sw, "Harvey LINDQVIST - missing from placement 03/06", to=JOANNA, cc=MAILBOX)

    s.add("iro-answer", "2027-06-08 09:15", text(f"""Natalie,

Thank you. I have considered whether Harvey's review should be brought forward after this
missing episode. As it is a first episode and he returned within 13 hours, no emergency
review is needed; I will talk to him at my visit on 21 June.

Joanna

{quote('''From: Natalie Brooks
Sent: Friday, June 4, 2027 5:40 PM
Subject: Harvey LINDQVIST - missing from placement 03/06''')}"""), JOANNA,
        "RE: Harvey LINDQVIST - missing from placement 03/06", to=sw, cc=MAILBOX,
        reply_to="missing")

    s.add("review-3-booked", "2027-09-06 10:00", text(f"""Natalie,

Harvey's next review: Tuesday 5th October 2027, 10:00, at school (St Oswald's).

{ident}
Joanna Pilkington, IRO
"""), JOANNA, "Review booked - Harvey LINDQVIST - 5 Oct", to=sw, cc=MAILBOX)

    s.add("invitations-3", "2027-09-20 15:00", text("""Dear all,

You are invited to Harvey LINDQVIST's Looked After Review on 05/10/27 at 10am at
St Oswald's School (LCS ID 7031986).

Natalie
"""), sw, "Invitation - Harvey's review 05/10/27",
        to=[("Oyelowo family", "oyelowo.fc@example.org"),
            ("St Oswald's", "office@stoswalds.example.sch.uk")],
        cc=[MAILBOX, JOANNA])

    s.add("decisions-3", "2027-10-08 14:00", text(f"""LOOKED AFTER REVIEW - DECISIONS
{ident}
Third review, held 05/10/2027 at St Oswald's School. IRO: Joanna Pilkington.
Placement Information Record updated: yes.

1. Long-term fostering approved at panel on 24 June 2027; placement designated long-term.
2. Life story work to start by December.

Next review: April 2028.
"""), JOANNA, "Decisions - LAC review 05/10/27 - Harvey LINDQVIST", to=[sw, DESIG], cc=MAILBOX)

    s.add("manager-agrees-3", "2027-10-13 10:30", text(f"""Agreed - Fiona

{quote('''From: Joanna Pilkington
Sent: 08 October 2027 14:00
Subject: Decisions - LAC review 05/10/27 - Harvey LINDQVIST''')}"""), DESIG,
        "RE: Decisions - LAC review 05/10/27 - Harvey LINDQVIST", to=JOANNA, cc=MAILBOX,
        reply_to="decisions-3")
    return s


# ============================================================================ 05
def s05() -> Scenario:
    s = Scenario("05-proceedings-final-hearing-closing-meeting")
    sw = c("Femi Adewale", "femi.adewale")
    sol = c("Rhiannon Pryce", "rhiannon.pryce")
    guardian = cf("Bernadette Kowalczyk", "bernadette.kowalczyk")
    court = ("Family Court at Birmingham", "birmingham.familycourt@justice.gov.uk")
    case = "BM27C50412"
    ident = "Amara OKONKWO-BELL (DOB 14/09/2020), Child ID 2284519"

    s.add("looked-after-start", "2027-01-06 08:55", text(f"""Hello,

{ident} became looked after on 5th January 2027 under an interim care order made that
afternoon at Birmingham (case no. {case}). She is placed with foster carers Mr and Mrs DYER.

Femi Adewale
Social Worker, Safeguarding and Court Team
"""), sw, f"Looked after notification - Amara OKONKWO-BELL - {case}")

    s.add("cafcass-allocation", "2027-01-08 14:10", html(f"""<html><body>
<p>Dear IRO Manager,</p>
<p>Notification of the Children&#8217;s Guardian allocated, in line with the Cafcass/IRO
protocol.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td>Case number</td><td>{case}</td></tr>
<tr><td>Court</td><td>Family Court at Birmingham</td></tr>
<tr><td>Child</td><td>Amara OKONKWO-BELL, born 14/09/2020</td></tr>
<tr><td>Children&#8217;s Guardian</td><td>Bernadette Kowalczyk</td></tr>
<tr><td>Telephone</td><td>07700 900 561</td></tr>
<tr><td>Email</td><td>bernadette.kowalczyk@cafcass.gov.uk</td></tr>
<tr><td>Next hearing</td><td>CMH Thursday 21 January 2027, 10:00</td></tr>
</table>
<p>Cafcass Business Support, Midlands</p>
<p style="font-size:8pt">Cafcass was established on 1 April 2001.</p>
</body></html>"""), CAF_BS, f"Guardian allocation - {case} - OKONKWO-BELL", to=HELEN, cc=MAILBOX)

    icp = f"""INTERIM CARE PLAN
Family Court at Birmingham   Case No. {case}
Child: Amara OKONKWO-BELL   born 14.09.2020
Local authority: Midshire Council

Date of this plan: 4 January 2027

1. The local authority seeks an interim care order.
2. Proposed placement: local authority foster carers.
3. Contact: mother three times a week, supervised.
4. Assessments: parenting assessment of mother; psychological assessment (Part 25 application).
"""
    s.add("interim-care-plan", "2027-01-12 10:30", s.multipart(
        "mixed", text("Please see attached.\n\nRhiannon Pryce\nSolicitor, Legal Services\n"),
        att_text(f"{case} ICP Amara OKONKWO-BELL 04.01.2027.txt", icp),
    ), sol, f"{case} - for the IRO", to=MAILBOX)

    s.add("review-booked", "2027-01-13 09:40", text(f"""Femi,

Amara's initial review is booked for Friday 29th January 2027 at 11am at the Dyers' home.
I will let the Guardian (Ms Kowalczyk) know.

{ident}, case {case}

Marcus Adeyinka, IRO
"""), MARCUS, "Initial LAC review - Amara OKONKWO-BELL - 29/01/27", to=sw, cc=MAILBOX)

    s.add("guardian-contact", "2027-01-18 12:00", text(f"""Dear Marcus,

I am the Children's Guardian for Amara OKONKWO-BELL ({case}). I would welcome a call before
the CMH on Thursday. I am free tomorrow afternoon.

Bernadette Kowalczyk
Children's Guardian
""" + CAFCASS_SIG), guardian, f"Amara OKONKWO-BELL - {case} - introduction", to=MARCUS,
        cc=MAILBOX)

    cmo = f"""IN THE FAMILY COURT SITTING AT BIRMINGHAM          No. {case}
THE CHILDREN ACT 1989
Re: Amara OKONKWO-BELL (a girl, born 14 September 2020)

CASE MANAGEMENT ORDER
made by Her Honour Judge Whitcombe on 21 January 2027 at a Case Management Hearing

IT IS ORDERED THAT:
1. The Children's Guardian shall file and serve an interim analysis by 4pm on Friday
   19 February 2027.
2. Permission to instruct Dr Imogen Marsh, consultant clinical psychologist; her report on
   the mother shall be filed by 4pm on Thursday 25 March 2027.
3. The local authority shall file and serve its final evidence and final care plan by 4pm
   on Friday 7 May 2027.
4. The Children's Guardian shall file and serve a final analysis by 4pm on Friday 21 May 2027.
5. Issues Resolution Hearing: Thursday 27 May 2027 at 10am.
6. Final hearing: 5 and 6 July 2027 (2 days).

Dated 21 January 2027
"""
    court_mail = s.multipart(
        "mixed",
        text("Please find attached the sealed order in the above matter.\n\nFamily Court at "
             "Birmingham\n" + HMCTS_SIG),
        att_text(f"CMO {case} 21.01.2027.txt", cmo),
    )
    s.inner("court-cmo", court_mail, court, sol, f"{case} - sealed order", t("2027-01-22 11:05"))
    s.add("cmo-forward", "2027-01-25 11:45", s.multipart(
        "mixed",
        text("Sealed CMO for the IRO's file - see the court's email attached.\n\nRhiannon\n"),
        att_rfc822(court_mail, f"{case} - sealed order.eml"),
    ), sol, f"FW: {case} - sealed order", to=MAILBOX, cc=MARCUS)

    s.add("decisions", "2027-02-02 15:15", text(f"""Dear all,

RECORD OF DECISIONS (the full record will follow)
{ident}
Proceedings: {case} (interim care order). Children's Guardian: Bernadette Kowalczyk.
Initial Looked After Review held 29/01/2027. IRO: Marcus Adeyinka.
Placement Information Record: updated.

1. Amara to remain with Mr and Mrs Dyer.
2. Contact with mother as directed by the court.
3. The IRO to be sent all court documents within 5 working days.

Next review: Tuesday 27 April 2027.

Marcus Adeyinka, IRO
"""), MARCUS, f"Review decisions - Amara OKONKWO-BELL - {case}", to=[sw, DESIG, guardian],
        cc=MAILBOX)

    s.add("guardian-interim", "2027-02-23 09:05", s.multipart(
        "mixed", text("Attached as filed.\nRhiannon\n"),
        att_text("Interim analysis - Amara - 19.2.27.txt", f"""\
CHILDREN'S GUARDIAN'S INTERIM ANALYSIS
Case No: {case}     Child: Amara OKONKWO-BELL (born 14/09/2020)
Filed pursuant to paragraph 1 of the order of 21 January 2027.

Analysis: ... the Guardian supports the interim plan and the psychological assessment.

Bernadette Kowalczyk, Children's Guardian
Dated: 19 February 2027
"""),
    ), sol, f"{case} Guardian's interim analysis", to=MAILBOX)

    s.add("expert-report", "2027-04-01 12:20", s.multipart(
        "mixed", text("For the IRO - expert report filed 25/03.\nRhiannon Pryce\n"),
        att_text("Dr Marsh psychological assessment.txt", f"""PSYCHOLOGICAL ASSESSMENT OF THE MOTHER
In the matter of Amara OKONKWO-BELL (born 14.09.2020), Family Court at Birmingham {case}
Expert: Dr Imogen Marsh, Consultant Clinical Psychologist
Instructed under the order of 21 January 2027.

Summary of opinion: ... the mother could care for Amara with intensive support ...

Date of report: 25 March 2027
"""),
    ), sol, f"Expert report - {case} - OKONKWO-BELL", to=MAILBOX)

    s.add("decisions-2", "2027-04-30 15:00", text(f"""RECORD OF DECISIONS (full record to follow)
{ident}, case {case}
Second Looked After Review held 27.4.2027. IRO: Marcus Adeyinka. Guardian copied.
PIR: updated.

1. The plan for rehabilitation to mother to be put to the court in the final care plan.
2. Contingency: long-term foster care with the Dyers.

Next review: by 27 October 2027.
"""), MARCUS, f"Decisions - second LAC review - Amara OKONKWO-BELL - {case}",
        to=[sw, DESIG, guardian], cc=MAILBOX)

    s.add("final-care-plan", "2027-05-20 16:10", s.multipart(
        "mixed",
        text("Apologies - this should have come to you last week. The LA's final care plan, "
             "filed on 7 May.\n\nRhiannon\n"),
        att_text(f"{case} Final Care Plan.txt", f"""FINAL CARE PLAN
Family Court at Birmingham, case {case}
Child: Amara OKONKWO-BELL, born 14/09/2020

Plan: phased rehabilitation to the mother's care under a supervision order.
Contingency: long-term foster care.

Date: 7 May 2027
"""),
    ), sol, f"RE: {case} - final care plan", to=MAILBOX)

    s.add("guardian-final", "2027-05-26 10:00", s.multipart(
        "mixed", text("Guardian's final analysis attached.\nRhiannon\n"),
        att_text("Guardian final analysis 21-05-2027.txt", f"""CHILDREN'S GUARDIAN - FINAL ANALYSIS
{case}   Amara OKONKWO-BELL (born 14/09/2020)
The Guardian does not support the plan of rehabilitation and recommends a care order with
long-term foster care.
Dated 21 May 2027
Bernadette Kowalczyk
"""),
    ), sol, f"{case} - Guardian final analysis", to=MAILBOX)

    order = f"""IN THE FAMILY COURT SITTING AT BIRMINGHAM    Case No. {case}
CARE ORDER (section 31 Children Act 1989)
The child: Amara OKONKWO-BELL, born 14 September 2020
The court makes a care order in favour of Midshire Council.
The court approves the amended care plan: long-term foster care with Mr and Mrs Dyer.
Made by Her Honour Judge Whitcombe on 6 July 2027 at the final hearing.
"""
    s.add("final-order", "2027-07-07 09:30", s.multipart(
        "mixed",
        text("IRO team,\n\nThe final hearing concluded yesterday and the proceedings are at an "
             "end. The judge did not approve the LA's plan of rehabilitation: the care plan was "
             "significantly changed at the final hearing to long-term foster care with the "
             "Dyers. A closing meeting between the Guardian and the IRO will be needed under "
             "the protocol.\n\nRhiannon Pryce\nSolicitor\n"
             + outlook(court, "06 July 2027 16:40", "Rhiannon Pryce",
                       f"{case} OKONKWO-BELL - sealed care order")
             + "Sealed order attached.\nFamily Court at Birmingham\n" + HMCTS_SIG),
        att_text(f"Care Order {case} 06.07.2027.txt", order),
    ), sol, f"FW: {case} OKONKWO-BELL - sealed care order", to=MAILBOX, cc=[MARCUS, sw])

    s.add("judgment", "2027-07-08 14:00", s.multipart(
        "mixed", text("Approved judgment attached.\nR\n"),
        att_text(f"Judgment {case}.txt", f"""APPROVED JUDGMENT
Re A (a child) - Family Court at Birmingham - {case}
Her Honour Judge Whitcombe - judgment given on 6 July 2027
... for these reasons I make a care order and approve the plan of long-term foster care ...
"""),
    ), sol, f"{case} - judgment", to=MAILBOX)

    s.add("handover", "2027-07-22 11:00", text(f"""Dear Marcus,

CHILDREN'S GUARDIAN'S WRITTEN HANDOVER TO THE IRO (Cafcass/IRO protocol)

Child: Amara OKONKWO-BELL (born 14.09.2020)      Case: {case}
Proceedings concluded: 6 July 2027 - care order; care plan changed at the final hearing to
long-term foster care.

Outstanding issues: contact with mother (contentious); life-story work; the mother's
application for permission to appeal (refused 6/7/27).
A closing meeting with you, the team manager and the social worker should be held.

I have written to Amara's mother and will send Amara a letter explaining my role has ended.

Bernadette Kowalczyk, Children's Guardian
""" + CAFCASS_SIG), guardian, f"Written handover - Amara OKONKWO-BELL - {case}", to=MARCUS,
        cc=MAILBOX)
    return s


# ============================================================================ 06
def s06() -> Scenario:
    s = Scenario("06-teen-events-future-date-cease-gm")
    sw = c("Liam Hargreaves", "liam.hargreaves")
    tm = c("Denise Achebe", "denise.achebe")
    ident = "Kian McALLISTER, DOB 02/11/2010, LCS ID 4093317"

    s.add("iro-allocation", "2027-02-01 10:00", text(f"""Liam,

Change of IRO: from today Sunita Rahman is the IRO for {ident} (looked after under s20 since
14/03/2024), taking over from Gareth Pryce who has left the service.

Helen Okonjo, IRO Service Manager
"""), HELEN, "Change of IRO - Kian McALLISTER - LCS 4093317", to=sw, cc=[SUNITA, MAILBOX])

    s.add("exclusion", "2027-02-09 13:25", text(f"""Hi Sunita,

Just to let you know that Kian was given a five-day fixed-term exclusion today (Tues 9/2) by
Castlefield Academy after an incident with a member of staff. He is at home with his carers.
Reintegration meeting Tuesday 16/2.

{ident}

Liam Hargreaves | Social Worker | 16+ Team
"""), sw, "Kian McALLISTER - fixed term exclusion", to=SUNITA, cc=MAILBOX)

    s.add("exclusion-answer", "2027-02-10 11:50", text(f"""Liam,

Thanks. I have considered whether Kian's review should be brought forward because of the
exclusion. Not at this point: please send me the outcome of the reintegration meeting and I
will decide then.

Sunita Rahman, IRO

{quote('''From: Liam Hargreaves
Sent: 09 February 2027 13:25
Subject: Kian McALLISTER - fixed term exclusion''')}"""), SUNITA,
        "RE: Kian McALLISTER - fixed term exclusion", to=sw, cc=MAILBOX, reply_to="exclusion")

    letter = """CASTLEFIELD ACADEMY
Notice of suspension (fixed-term exclusion)
Pupil: Kian McAllister, Year 11
Dated: 9 February 2027
Kian is suspended for five school days, from 10 February to 16 February 2027 inclusive.
Reintegration meeting: 16 February 2027, 9am.
"""
    s.add("exclusion-letter", "2027-02-11 09:10", s.multipart(
        "mixed",
        text(f"For the file: the school's letter about the exclusion on 9 Feb.\n{ident}\nLiam\n"),
        att_text("Castlefield suspension letter 09.02.27.txt", letter),
    ), sw, "FW: Kian McALLISTER - exclusion letter", to=MAILBOX)

    s.add("arrest", "2027-02-20 08:15", text(f"""EMERGENCY DUTY TEAM - OUT OF HOURS REPORT

Young person: {ident}
Kian was arrested at 23:40 on Friday 19.02.27 on suspicion of criminal damage at the bus
station. Appropriate adult attended (EDT). Released under investigation at 04:00; returned to
his carers.

For the attention of the allocated social worker and IRO.
EDT
"""), EDT, "EDT report - Kian McALLISTER - arrested 19/02", to=[sw, MAILBOX], cc=SUNITA)

    s.add("arrest-answer", "2027-02-22 16:30", text(f"""Liam, EDT,

I have considered whether to bring Kian's review forward following his arrest. Together with
the exclusion this is a pattern; I am not convening an emergency review yet but I will meet
Kian this week and his review will look at it.

Sunita Rahman, Independent Reviewing Officer

{quote('''From: Emergency Duty Team
Sent: Saturday, 20 February 2027 08:15
Subject: EDT report - Kian McALLISTER - arrested 19/02''')}"""), SUNITA,
        "RE: EDT report - Kian McALLISTER - arrested 19/02", to=[sw, EDT], cc=MAILBOX,
        reply_to="arrest")

    s.add("missing-forward", "2027-03-02 09:05", text(
        "Forwarding Liam's email below for the IRO.\n\nDenise Achebe\nTeam Manager, 16+ Team\n"
        + outlook(sw, "Friday, 12 March 2027 21:14", "Denise Achebe",
                  "Kian missing", cc="Sunita Rahman")
        + f"""Denise,

Kian has been reported missing to police tonight by his carers; he was last seen at 6pm in
the town centre. Police are aware he may be with older males. I will update.

{ident}
Liam
"""), tm, "FW: Kian missing - McALLISTER LCS 4093317", to=MAILBOX, cc=SUNITA)

    s.add("missing-answer", "2027-03-03 10:00", text(f"""Denise, Liam,

Kian was found yesterday morning. I have considered whether an emergency review is needed.
Given the exclusion, the arrest and now this missing episode I am asking for a strategy
discussion first; I will decide on the review after it.

Sunita Rahman, IRO

{quote('''From: Denise Achebe
Sent: 02 March 2027 09:05
Subject: FW: Kian missing - McALLISTER LCS 4093317''')}"""), SUNITA,
        "RE: FW: Kian missing - McALLISTER LCS 4093317", to=[tm, sw], cc=MAILBOX,
        reply_to="missing-forward")

    s.add("personal-adviser", "2027-03-16 14:40", text("""Hi Liam,

Leaving care: I will be Kian's personal adviser from 1 April 2027. Could we do a joint visit
the week of 12 April?

Tom Beddoes, Personal Adviser, Leaving Care Team
"""), c("Tom Beddoes", "tom.beddoes"), "Kian McAllister - personal adviser", to=sw, cc=MAILBOX)

    s.add("charged", "2027-03-25 17:20", text(f"""Sunita,

Update: Kian was charged today with criminal damage and has been referred to the Youth
Justice Service. First appearance at the youth court on 8 April 2027.

{ident}
Liam
"""), sw, "Kian McALLISTER - charged, YJS referral", to=SUNITA, cc=MAILBOX)

    s.add("charged-answer", "2027-03-30 10:45", text(f"""Liam,

I have considered whether Kian's review should be brought forward now he has been charged.
Yes: I will hold his review early. I will confirm a date in the week of 19 April with you.

Sunita Rahman, IRO

{quote('''From: Liam Hargreaves
Sent: Thursday, 25 March 2027 17:20
Subject: Kian McALLISTER - charged, YJS referral''')}"""), SUNITA,
        "RE: Kian McALLISTER - charged, YJS referral", to=sw, cc=MAILBOX, reply_to="charged")

    s.add("ceasing", "2027-04-14 15:10", text(f"""Dear Sunita and the Review Unit,

CEASING TO BE LOOKED AFTER

{ident} (age 16)
Legal status: accommodated under section 20 since 14 March 2024.
Kian will cease to be looked after on Monday 19 April 2027 when he moves to live with his
paternal aunt, Ms Carol McAllister, who will care for him under a family arrangement.

The assessment of the stability of the arrangement has been completed and support from the
Leaving Care Team is in place.

Decision approved by: Sandra Pike, Group Manager, on 13 April 2027.

Liam Hargreaves
Social Worker
"""), sw, "Kian McALLISTER - ceasing to be looked after 19/04/2027", to=[SUNITA, MAILBOX])
    return s


# ============================================================================ 07
def s07() -> Scenario:
    s = Scenario("07-cafcass-legal-referral-cease-director")
    sw = c("Hannah Sowerby", "hannah.sowerby")
    ident = "Leon FAIRBROTHER (DOB 30/03/2010), Mosaic ID 8820461"

    s.add("iro-allocation", "2027-09-20 10:00", text(f"""Hannah,

Marcus Adeyinka is now the IRO for {ident}, accommodated under s20.

Helen Okonjo, IRO Service Manager
"""), HELEN, "IRO allocation - Leon FAIRBROTHER - Mosaic 8820461", to=sw, cc=[MARCUS, MAILBOX])

    s.add("decisions", "2027-10-14 10:30", text(f"""LOOKED AFTER REVIEW - RECORD OF DECISIONS

{ident}
Review held on Tuesday 12 October 2027 at the Youth Hub. IRO: Marcus Adeyinka.
Placement Information Record: updated at the review.

1. Pathway plan to be completed by 12 November 2027 (overdue since June).
2. Leon to be offered a supported lodgings placement closer to college.
3. Care plan to be updated within 10 working days.

Next review: on or before 12 April 2028.

Marcus Adeyinka, IRO
IRO Annual Report 2026/27 published 30/09/2027
"""), MARCUS, "Review decisions - Leon FAIRBROTHER - Mosaic 8820461", to=[sw, DESIG], cc=MAILBOX)

    s.add("manager-agrees", "2027-10-15 16:00", text(f"""Marcus,

I agree the decisions of Leon's review of 12/10/2027.

Fiona Gallagher, Designated Manager

{quote('''From: Marcus Adeyinka
Sent: 14 October 2027 10:30
Subject: Review decisions - Leon FAIRBROTHER - Mosaic 8820461''')}"""), DESIG,
        "RE: Review decisions - Leon FAIRBROTHER - Mosaic 8820461", to=MARCUS, cc=MAILBOX,
        reply_to="decisions")

    s.add("care-plan", "2027-10-27 14:00", s.multipart(
        "mixed", text("Marcus - Leon's updated care plan attached.\nHannah\n"),
        att_text("FAIRBROTHER care plan 27.10.27.txt", f"""CARE PLAN
{ident}
Updated 27/10/2027 after the review of 12/10/2027.
Accommodation: supported lodgings to be identified. Pathway plan: in progress.
"""),
    ), sw, "Care plan - Leon FAIRBROTHER (8820461)", to=MARCUS, cc=MAILBOX)

    s.add("referral", "2027-11-01 09:40", text(f"""Dear Cafcass Legal,

REFERRAL BY AN INDEPENDENT REVIEWING OFFICER TO CAFCASS (section 25B Children Act 1989)

Young person: {ident}, accommodated under section 20. No current proceedings.

I am referring Leon's case because the local authority has failed to provide a pathway plan
and suitable accommodation, despite review decisions in April and October 2027. I have
followed the dispute resolution process to the Director and to the Chief Executive (letter
of 20 October 2027) without resolution.

Enclosed (by secure email): care plan, review records, my report and a chronology.

Marcus Adeyinka
Independent Reviewing Officer, Midshire Council
"""), MARCUS, "IRO referral to Cafcass Legal - Leon FAIRBROTHER", to=CAF_LEGAL, cc=MAILBOX)

    s.add("referral-ack", "2027-11-02 11:00", text("""Dear Mr Adeyinka,

We acknowledge receipt of your referral dated 1 November 2027 concerning Leon FAIRBROTHER.
The referral has been passed to a Cafcass lawyer; you will be told of our decision in due
course, usually within 14 days.

Cafcass Legal
""" + CAFCASS_SIG), CAF_LEGAL, "RE: IRO referral to Cafcass Legal - Leon FAIRBROTHER",
        to=MARCUS, cc=MAILBOX, reply_to="referral")

    s.add("full-record", "2027-11-05 12:30", s.multipart(
        "mixed", text("Full record of Leon's review attached (late, sorry).\nMarcus\n"),
        att_text("Leon FAIRBROTHER full record.txt", f"""FULL RECORD OF LOOKED AFTER REVIEW
{ident}
Held 12/10/2027. Completed 05/11/2027.
"""),
    ), MARCUS, "Full record - review 12/10/2027 - Leon FAIRBROTHER", cc=sw)

    s.add("cafcass-decision", "2027-11-17 14:25", text(f"""Dear Mr Adeyinka,

Re: Leon FAIRBROTHER ({ident.split(', ')[-1]})

Cafcass Legal has considered your referral of 1 November 2027. Our decision is not to issue
proceedings at this stage: the local authority has since confirmed a supported lodgings
placement from 6 December 2027 and a pathway plan meeting on 24 November. We are returning
the case to you; please refer again if the plan is not implemented. Our written report is
attached to the secure email.

Cafcass Legal
""" + CAFCASS_SIG), CAF_LEGAL, "Decision on IRO referral - Leon FAIRBROTHER", to=MARCUS,
        cc=MAILBOX)

    s.add("cafcass-bulletin", "2027-12-01 10:00", text("""CAFCASS PRACTICE UPDATE - December 2027

Reminder to IRO services: referrals to Cafcass Legal should include the care plan, the last
review records and the IRO's report. Decisions are usually made within 14 days.

Cafcass National Office
""" + CAFCASS_SIG), cf("Cafcass Practice Updates", "practice.updates"),
        "Cafcass practice update - December 2027", to="undisclosed-recipients:;",
        extra={"Precedence": "bulk"})

    s.add("a-and-e", "2027-12-23 21:30", text(f"""EDT - out of hours

{ident}
Leon attended A&E at 19:00 tonight after being assaulted near his supported lodgings. He
has a fractured wrist and has been discharged to the lodgings. Police informed.

EDT Senior Practitioner
"""), EDT, "Leon FAIRBROTHER - A&E attendance 23/12", to=[sw, MARCUS, MAILBOX])

    s.add("a-and-e-answer", "2027-12-29 09:20", text(f"""Hannah,

Back from leave today. I have considered whether Leon's review should be brought forward
after the assault. I spoke to Leon this morning: he feels safe and wants to stay. No
emergency review; I will check the safety plan at his next review.

Marcus

{quote('''From: Emergency Duty Team
Sent: 23 December 2027 21:30
Subject: Leon FAIRBROTHER - A&E attendance 23/12''')}"""), MARCUS,
        "RE: Leon FAIRBROTHER - A&E attendance 23/12", to=[sw, EDT], cc=MAILBOX,
        reply_to="a-and-e")

    s.add("ceasing", "2028-01-05 11:00", text(f"""Dear Marcus, Review Unit,

{ident}, aged 17, will cease to be looked after on Monday 17 January 2028, when his
supported lodgings become his own tenancy-ready placement under the Staying Put/Leaving Care
offer. He will be a relevant child and keep his personal adviser.

This decision was approved by the Director of Children's Services, Mrs Angela Nwosu, on
4 January 2028 (section 20 ceasing, young person aged 16 or over).

Hannah Sowerby
Social Worker
"""), sw, "Ceasing to be looked after - Leon FAIRBROTHER - 17/01/2028", to=[MARCUS, MAILBOX])
    return s


# ============================================================================ 08
def s08() -> Scenario:
    s = Scenario("08-siblings-guardian-replaced")
    sw = c("Chloe Ashworth", "chloe.ashworth")
    sol = c("Gareth Llewellyn", "gareth.llewellyn")
    g1 = cf("Tomasz Zielinski", "tomasz.zielinski")
    g2 = cf("Harriet Blackwood-Asante", "harriet.blackwood-asante")
    case = "BM27C50877"
    jay = "Jayden PRICE-OKORO, DOB 08/02/2017, Child ID 1190432"
    leah = "Leah PRICE-OKORO, DOB 27/07/2019, Child ID 1190519"

    s.add("looked-after-start", "2027-06-08 10:12", text(f"""Dear Review Unit,

Two siblings became looked after yesterday, Monday 7 June 2027, under interim care orders
made at Birmingham (case {case}):

  1. {jay}
  2. {leah}

Both are placed together with foster carers Mr and Mrs HUSSAIN.

Chloe Ashworth, Social Worker, Court Team
"""), sw, f"Siblings looked after - PRICE-OKORO - {case}")

    s.add("cafcass-allocation", "2027-06-10 15:00", text(f"""Dear IRO Manager,

ALLOCATION OF CHILDREN'S GUARDIAN
Case: {case} (Family Court at Birmingham)
Children: JAYDEN PRICE-OKORO (08.02.2017) and LEAH PRICE-OKORO (27.07.2019)
Children's Guardian: Tomasz ZIELINSKI, 07700 900 822, tomasz.zielinski@cafcass.gov.uk
CMH: Thursday 24th June 2027 at 2pm

Cafcass Business Support
""" + CAFCASS_SIG), CAF_BS, f"Guardian allocated - {case} - PRICE-OKORO", to=HELEN, cc=MAILBOX)

    s.add("iro-allocation", "2027-06-11 11:30", text(f"""Dear Cafcass,

The IRO for both children in {case} (Jayden, Child ID 1190432, and Leah, Child ID 1190519) is
Joanna Pilkington, 01632 960 411, joanna.pilkington@council.example.gov.uk.

Helen Okonjo, IRO Service Manager
"""), HELEN, f"RE: Guardian allocated - {case} - PRICE-OKORO - IRO details", to=CAF_BS,
        cc=[g1, JOANNA, MAILBOX], reply_to="cafcass-allocation")

    s.add("reviews-booked", "2027-06-14 09:00", text("""Chloe,

Initial reviews for the PRICE-OKORO children, Thursday 1 July 2027 at the Hussains':
  - Jayden (Child ID 1190432): 10am
  - Leah (Child ID 1190519): 11.30am
I will tell Mr Zielinski.

Joanna Pilkington, IRO
"""), JOANNA, f"Initial reviews - PRICE-OKORO siblings - {case}", to=sw, cc=MAILBOX)

    cmo = f"""IN THE FAMILY COURT AT BIRMINGHAM      Case number: {case}
Re: JAYDEN PRICE-OKORO (born 08.02.2017) and LEAH PRICE-OKORO (born 27.07.2019)
CASE MANAGEMENT ORDER made by District Judge Amin on 24 June 2027

1. Interim care orders continue.
2. The Children's Guardian shall file an interim analysis by 4pm on 13 August 2027.
3. The local authority shall file final evidence and final care plans by 4pm on
   22 October 2027.
4. Issues Resolution Hearing: 8 November 2027.
Dated: 24/06/2027
"""
    s.add("cmo", "2027-06-30 16:40", s.multipart(
        "mixed", text("Order for both children attached.\nGareth\n"),
        att_text(f"{case} CMO 24.06.27.txt", cmo),
    ), sol, f"{case} - CMO 24.06.27 - PRICE-OKORO", to=MAILBOX)

    for key, when, name, ident, first in (
        ("decisions-jayden", "2027-07-06 11:00", "Jayden", jay, "10am"),
        ("decisions-leah", "2027-07-07 12:15", "Leah", leah, "11.30am"),
    ):
        s.add(key, when, text(f"""RECORD OF DECISIONS - INITIAL LOOKED AFTER REVIEW
Child: {ident}
Proceedings: {case}. Children's Guardian: Tomasz Zielinski (copied).
Held: 01/07/2027 at {first}. IRO: Joanna Pilkington. PIR updated at the review.

1. {name} to remain placed with his/her sibling at the Hussains'.
2. Family time with parents three times a week, supervised.

Next review: by 30 September 2027.
"""), JOANNA, f"Review decisions - {name} PRICE-OKORO - {case}", to=[sw, DESIG, g1],
              cc=MAILBOX)

    s.add("guardian-change", "2027-08-02 10:30", text(f"""Dear IRO Manager,

CHANGE OF CHILDREN'S GUARDIAN - {case}
Children: Jayden PRICE-OKORO (08/02/2017) and Leah PRICE-OKORO (27/07/2019)

Mr Zielinski has left Cafcass. The case has been reallocated to:
Children's Guardian: Ms Harriet BLACKWOOD-ASANTE
Tel 07700 900 944, harriet.blackwood-asante@cafcass.gov.uk

Cafcass Business Support
""" + CAFCASS_SIG), CAF_BS, f"Change of Guardian - {case}", to=HELEN, cc=MAILBOX)

    s.add("new-guardian-intro", "2027-08-05 14:00", text(f"""Dear Joanna,

I have taken over from Tomasz as Guardian for Jayden and Leah ({case}). Could we speak
before my interim analysis is filed on 13 August?

Harriet Blackwood-Asante, Children's Guardian
""" + CAFCASS_SIG), g2, f"{case} - new Guardian - PRICE-OKORO", to=JOANNA, cc=MAILBOX)

    analysis = f"""CHILDREN'S GUARDIAN'S INTERIM ANALYSIS
{case} - Jayden PRICE-OKORO and Leah PRICE-OKORO
... both children are settled; the Guardian supports the interim plan ...
Harriet Blackwood-Asante, Children's Guardian
13 August 2027
"""
    s.add("guardian-analysis", "2027-08-24 09:10", s.multipart(
        "mixed",
        text("IRO - sorry for the delay, please see below and attached.\nGareth\n"
             + gmail(g2, "Fri, 13 Aug 2027 at 15:58", f"{case} interim analysis",
                     "Gareth Llewellyn <gareth.llewellyn@council.example.gov.uk>")
             + "Dear Mr Llewellyn,\n\nPlease find my interim analysis attached, filed with the "
               "court today.\n\nHarriet Blackwood-Asante\n"),
        att_text(f"{case} Guardian interim analysis.txt", analysis),
    ), sol, f"Fwd: {case} interim analysis", to=MAILBOX)

    s.add("guardian-analysis-again", "2027-08-24 09:40", s.multipart(
        "mixed",
        text("Forwarding the Guardian's analysis for Jayden and Leah in case you haven't had "
             "it.\nChloe\n"),
        att_text(f"{case} Guardian interim analysis.txt", analysis),
    ), sw, f"FW: {case} interim analysis - PRICE-OKORO", to=MAILBOX)

    s.add("reviews-2-booked", "2027-09-01 10:00", text(f"""Chloe,

Second reviews for Jayden (1190432) and Leah (1190519), {case}: Tuesday 28 September 2027,
10am and 11.30am, at the Hussains'.

Joanna
"""), JOANNA, f"Second reviews - PRICE-OKORO - {case}", to=sw, cc=MAILBOX)

    for key, when, name, ident in (
        ("decisions-2-jayden", "2027-09-30 14:00", "Jayden", jay),
        ("decisions-2-leah", "2027-09-30 14:05", "Leah", leah),
    ):
        s.add(key, when, text(f"""RECORD OF DECISIONS - SECOND LOOKED AFTER REVIEW
Child: {ident}
Proceedings: {case}. Children's Guardian: Harriet Blackwood-Asante (copied).
Held: 28.9.2027. IRO: Joanna Pilkington. PIR updated.

1. Permanence plan: the LA's final care plan (due 22 October) to propose long-term fostering
   together with the Hussains.
2. Contingency: special guardianship assessment of the maternal aunt.

Next review: by 28 March 2028.
"""), JOANNA, f"Review decisions (second review) - {name} PRICE-OKORO - {case}",
              to=[sw, DESIG, g2], cc=MAILBOX)
    return s


def bounce_part(failed: str, original_subject: str, when: str) -> Message:
    """A message/delivery-status part (RFC 3464) for a failed recipient."""
    per_msg = Message()
    per_msg["Reporting-MTA"] = "dns; mx.council.example.gov.uk"
    per_msg["Arrival-Date"] = when
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = f"rfc822; {failed}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
    part = MIMEBase("message", "delivery-status")
    part.set_payload([per_msg, per_rcpt])
    del part["MIME-Version"]
    return part


# ============================================================================ 09
def s09() -> Scenario:
    s = Scenario("09-proceedings-referral-duplicates-lookalike")
    sw = c("Rosie Tran", "rosie.tran")
    sol = c("Nadia Sheikh", "nadia.sheikh")
    guardian = cf("Ifeoma Nwachukwu", "ifeoma.nwachukwu")
    court = ("Family Court at Birmingham", "birmingham.familycourt@justice.gov.uk")
    case = "BM27C50655"
    ident = "Sienna CHAUDHRY-LOWE, born 01/12/2014, LCS ID 3958274"

    s.add("looked-after-start", "2027-03-15 17:55", text(f"""Review Unit,

{ident}, was placed in foster care today, 15/03/2027, under an interim care order made
this afternoon ({case}). Carers: Mr and Mrs BRADSHAW.

Rosie Tran, Social Worker
"""), sw, f"New LAC - Sienna CHAUDHRY-LOWE - {case}")

    icp = f"""INTERIM CARE PLAN
Case {case} - Family Court at Birmingham
Child: Sienna CHAUDHRY-LOWE (born 1 December 2014)
Plan: interim foster placement; contact with mother and with brother Zane (placed
separately) weekly.
Date: 12 March 2027
"""
    c1 = s.multipart(
        "mixed",
        text("Dear Court,\n\nPlease find attached the application and the interim care plan "
             "for issue.\n\nNadia Sheikh\nSolicitor\n"),
        att_text("Interim Care Plan - S C-L - 12.03.2027.txt", icp),
    )
    s.inner("c1-to-court", c1, sol, court, f"New application - Sienna CHAUDHRY-LOWE - {case}",
            t("2027-03-12 16:02"))
    s.add("icp-legal", "2027-03-17 10:20", s.multipart(
        "mixed", text("For the IRO - the ICP as issued (original email attached).\nNadia\n"),
        att_rfc822(c1, "New application - Sienna CHAUDHRY-LOWE.eml"),
    ), sol, f"FW: New application - Sienna CHAUDHRY-LOWE - {case}", to=MAILBOX)

    s.add("icp-sw", "2027-03-18 09:30", s.multipart(
        "mixed", text("Sienna's ICP attached in case you don't already have it.\nRosie\n"),
        att_text("Interim Care Plan - S C-L - 12.03.2027.txt", icp),
    ), sw, f"Sienna CHAUDHRY-LOWE ICP - {case}", to=MAILBOX)

    s.add("cafcass-allocation", "2027-03-18 14:45", html(f"""<html><body style="font-family:Arial">
<p>Dear Colleague</p>
<p><b>Children&#8217;s Guardian allocated</b></p>
<p>Case no. {case.lower()}<br>
Child: SIENNA CHAUDHRY-LOWE (born 01/12/2014)<br>
Guardian: Ifeoma Nwachukwu &#8211; 07700 900 377 &#8211;
<a href="mailto:ifeoma.nwachukwu@cafcass.gov.uk">ifeoma.nwachukwu@cafcass.gov.uk</a><br>
CMH: Tuesday 30 March 2027</p>
<p>Cafcass Business Support</p></body></html>""", cte="base64"), CAF_BS,
        f"Allocation - {case}", to=HELEN, cc=MAILBOX)

    s.add("review-booked", "2027-03-19 11:00", text(f"""Rosie,

Sienna's initial review: Tuesday 13th April 2027, 3.30pm, at the Bradshaws'.
(Good Friday and Easter Monday fall in between - please get papers out early.)

{ident}
Sunita Rahman, IRO
"""), SUNITA, f"Initial review - Sienna CHAUDHRY-LOWE - {case}", to=sw, cc=MAILBOX)

    cmo = f"""FAMILY COURT AT BIRMINGHAM      {case}
Re SIENNA CHAUDHRY-LOWE (born 01.12.2014)
ORDER made at the Case Management Hearing on 30 March 2027 by HHJ Whitcombe
1. The local authority shall file the independent social worker's parenting assessment by
   4pm on Friday 28 May 2027.
2. The local authority shall file its final evidence and final care plan by 4pm on
   6 August 2027.
3. The Children's Guardian shall file a final analysis by 4pm on 20 August 2027.
4. IRH: 6 September 2027.
"""
    s.add("cmo", "2027-04-08 11:20", s.multipart(
        "mixed", text("CMO attached.\n"),
        att_text(f"{case} order 30.3.27.txt", cmo),
    ), sol, f"{case} - order", to=MAILBOX)

    s.add("decisions", "2027-04-16 13:00", text(f"""Dear all,

DECISIONS - INITIAL LOOKED AFTER REVIEW
{ident}
Proceedings {case}; Children's Guardian Ifeoma Nwachukwu (copied).
Held: 13/04/2027. IRO: Sunita Rahman. Placement Information Record updated.

1. Sienna to stay with the Bradshaws.
2. Sibling contact with Zane weekly to start by 23 April 2027 (not yet happening).
3. Care plan to be updated within 10 working days.

Next review: by 13 July 2027.

Sunita Rahman, IRO
"""), SUNITA, f"Review decisions - Sienna CHAUDHRY-LOWE - {case}",
        to=[sw, DESIG, guardian], cc=MAILBOX)

    s.add("manager-agrees", "2027-04-21 09:45", text(f"""Sunita - I agree the decisions.
Fiona Gallagher, Designated Manager

{quote('''From: Sunita Rahman
Sent: 16 April 2027 13:00
Subject: Review decisions - Sienna CHAUDHRY-LOWE - ''' + case)}"""), DESIG,
        f"RE: Review decisions - Sienna CHAUDHRY-LOWE - {case}", to=SUNITA, cc=MAILBOX,
        reply_to="decisions")

    fake = ("HMCTS Family Court Birmingham", "birmingham.family@justice-gov.uk")
    s.add("lookalike-final-order", "2027-05-04 10:00", s.multipart(
        "mixed",
        text(f"Please find the final order in case {case} attached.\nFamily Court Birmingham\n"),
        att_text(f"Final order {case}.txt", f"""FINAL ORDER - {case}
Sienna CHAUDHRY-LOWE
The court makes a care order. Proceedings concluded on 4 May 2027.
"""),
    ), fake, f"FINAL ORDER - {case} - CHAUDHRY-LOWE", auth_hdr=auth("justice-gov.uk"))

    s.add("referral", "2027-06-02 10:05", text(f"""Dear Cafcass Legal,

Formal referral by the IRO during proceedings ({case})

Child: {ident}
Guardian: Ifeoma Nwachukwu

The local authority has not implemented the review decision of 13 April 2027 for weekly
sibling contact between Sienna and her brother. I have raised this with the team manager,
the Head of Service, the Director and the Chief Executive without result. I ask Cafcass
Legal to decide what action to take.

Sunita Rahman, Independent Reviewing Officer
"""), SUNITA, f"IRO referral to Cafcass Legal - {case} - Sienna CHAUDHRY-LOWE",
        to=CAF_LEGAL, cc=[MAILBOX, guardian, c("Old Legal Inbox", "legal.old")])

    report = s.multipart(
        "report",
        text("Delivery has failed to these recipients or groups:\n\n"
             "legal.old@council.example.gov.uk\n"
             "The email address you entered couldn't be found.\n"),
        bounce_part("legal.old@council.example.gov.uk",
                    f"IRO referral to Cafcass Legal - {case}", "Wed, 2 Jun 2027 10:05:12 +0100"),
    )
    report.set_param("report-type", "delivery-status")
    s.add("bounce", "2027-06-02 10:06", report,
          ("Mail Delivery System", "postmaster@council.example.gov.uk"),
        f"Undeliverable: IRO referral to Cafcass Legal - {case} - Sienna CHAUDHRY-LOWE",
        extra={"Auto-Submitted": "auto-replied"})

    s.add("expert-report", "2027-06-03 15:30", s.multipart(
        "mixed", text("ISW parenting assessment, filed 28 May.\nNadia\n"),
        att_text("ISW parenting assessment CHAUDHRY-LOWE.txt", f"""\
INDEPENDENT SOCIAL WORK PARENTING ASSESSMENT
{case} - Sienna CHAUDHRY-LOWE (born 01/12/2014)
Assessor: Ms Ruth Adeyemi, independent social worker (expert instructed under Part 25)
Recommendation: the mother is not able to meet Sienna's needs within her timescales.
Date: 28 May 2027
"""),
    ), sol, f"{case} - expert report (ISW)", to=MAILBOX)

    s.add("cafcass-decision", "2027-06-14 12:00", text(f"""Dear Ms Rahman,

{case} - Sienna CHAUDHRY-LOWE - IRO referral of 2 June 2027

Cafcass Legal has decided on your referral. As proceedings are live, the Children's
Guardian will raise the failure to provide sibling contact with the court and has asked the
local authority to file a statement before the hearing. No separate proceedings will be
issued. Our written report is attached to the secure email.

Cafcass Legal
""" + CAFCASS_SIG), CAF_LEGAL, f"Cafcass Legal decision - IRO referral - {case}", to=SUNITA,
        cc=[MAILBOX, guardian])
    return s


# ============================================================================ 10
def s10() -> Scenario:
    s = Scenario("10-new-year-placement-breakdown-cease-gm-under16")
    sw = c("Ayesha Mahmood", "ayesha.mahmood")
    ident = "Olivia-Grace TEMPLETON, DOB 04/04/2013, Child ID 5066218"

    s.add("looked-after-start", "2027-12-24 10:05", html("""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning Review Unit,</p>
<p>Please note a new child looked after over the holiday:</p>
<p><b>OLIVIA-GRACE TEMPLETON</b><br>DOB 04/04/2013<br>Child ID 5066218</p>
<p>Olivia-Grace became looked after yesterday, <b>Thursday 23rd December 2027</b>, under
section 20 after police protection was used the night before. She is in an emergency foster
placement with Ms Dawn KERSHAW.</p>
<p>I am on leave 27&#8211;31 December; my manager is covering.</p>
<p>Ayesha Mahmood<br>Social Worker &#8211; Assessment Team</p>
<p style="font-size:8pt;color:gray">Midshire Council &#8211; Season&#8217;s greetings. Offices
close at 1pm on 24/12/2027.</p>
</div></body></html>""", cs="windows-1252"), sw,
        "New LAC - Olivia-Grace TEMPLETON - Child ID 5066218")

    s.add("iro-allocation", "2027-12-29 11:00", text(f"""Ayesha,

Joanna Pilkington is allocated as IRO for {ident}.

Helen Okonjo, IRO Service Manager
"""), HELEN, "IRO allocation - TEMPLETON - 5066218", to=sw, cc=[JOANNA, MAILBOX])

    s.add("review-booked", "2028-01-05 09:30", text(f"""Ayesha,

Olivia-Grace's initial Looked After Review is booked for Thursday 20 January 2028 at 4pm at
Ms Kershaw's.

{ident}
Joanna Pilkington, IRO
"""), JOANNA, "Initial review booked - Olivia-Grace TEMPLETON", to=sw, cc=MAILBOX)

    s.add("invitations", "2028-01-05 15:10", text("""Dear all

Looked After Review - Olivia-Grace TEMPLETON (Child ID 5066218)
Date: 20/01/2028, 4pm, at the foster carer's home.
Letters and consultation forms posted today.

Ayesha
"""), sw, "Invitation - Looked After Review 20/01/2028 - TEMPLETON",
        to=[("Dawn Kershaw", "dawn.kershaw@example.org"),
            ("Paul Templeton", "p.templeton@example.net")],
        cc=[MAILBOX, JOANNA])

    s.add("training", "2028-01-10 12:00", text("""Dear colleagues,

IRO service development day: Wednesday 9 February 2028, 9.30-4pm, Council House room 4.
Topics: permanence planning at second reviews; the 2027 Cafcass/IRO protocol refresh.
Please book by 31 January 2028.

Helen
"""), HELEN, "IRO development day - 9 February 2028", to=c("IRO Team", "iro.team"), cc=MAILBOX)

    s.add("decisions", "2028-01-24 13:00", text(f"""LOOKED AFTER REVIEW - DECISIONS
{ident}
Initial review held 20/01/2028. IRO: Joanna Pilkington. PIR updated at the review.

1. Olivia-Grace to remain with Ms Kershaw while the assessment of her father is completed.
2. Contact with father twice weekly; with mother as she wishes.
3. Care plan updated within 10 working days.

Next review: by 20 April 2028.
"""), JOANNA, "Decisions - initial review - Olivia-Grace TEMPLETON (5066218)", to=[sw, DESIG],
        cc=MAILBOX)

    s.add("manager-agrees", "2028-01-28 15:30", text(f"""Agreed. Fiona Gallagher, Designated Manager

{quote('''From: Joanna Pilkington
Sent: 24 January 2028 13:00
Subject: Decisions - initial review - Olivia-Grace TEMPLETON (5066218)''')}"""), DESIG,
        "RE: Decisions - initial review - Olivia-Grace TEMPLETON (5066218)", to=JOANNA,
        cc=MAILBOX, reply_to="decisions")

    s.add("full-record", "2028-02-04 10:00", s.multipart(
        "mixed", text("Full record attached.\nJoanna\n"),
        att_text("TEMPLETON full record 20.1.28.txt", f"""FULL RECORD - LOOKED AFTER REVIEW
{ident}
Held 20 January 2028 (initial). Completed 4 February 2028.
"""),
    ), JOANNA, "Full record - Olivia-Grace TEMPLETON - 5066218", cc=sw)

    s.add("care-plan", "2028-02-14 09:45", s.multipart(
        "mixed", text("Updated care plan for Olivia-Grace.\nAyesha\n"),
        att_text("Olivia-Grace TEMPLETON care plan 14.2.28.txt", f"""CARE PLAN
{ident}
Updated 14/02/2028 following the review on 20/01/2028.
Plan: return home to father, subject to assessment (due 10 March 2028).
"""),
    ), sw, "Care plan - Olivia-Grace TEMPLETON (Child ID 5066218)", to=JOANNA, cc=MAILBOX)

    s.add("placement-breakdown", "2028-02-21 16:50", text(f"""Joanna,

Olivia-Grace's placement with Ms Kershaw ended this afternoon after an incident; Ms Kershaw
has given notice with immediate effect. Olivia-Grace moved tonight to Mr and Mrs ABARA.

{ident}
Ayesha
"""), sw, "Placement ended - Olivia-Grace TEMPLETON", to=JOANNA, cc=MAILBOX)

    s.add("emergency-review-booked", "2028-02-22 11:15", text(f"""Ayesha,

Given the unplanned move I am bringing Olivia-Grace's review forward: emergency Looked After
Review booked for Friday 3rd March 2028 at 4pm at the Abaras'.

{ident}
Joanna Pilkington, IRO

{quote('''From: Ayesha Mahmood
Sent: 21 February 2028 16:50
Subject: Placement ended - Olivia-Grace TEMPLETON''')}"""), JOANNA,
        "RE: Placement ended - Olivia-Grace TEMPLETON - emergency review 3/3/28", to=sw,
        cc=MAILBOX, reply_to="placement-breakdown")

    s.add("decisions-2", "2028-03-06 12:40", text(f"""LOOKED AFTER REVIEW - DECISIONS
{ident}
Review (brought forward after the placement move) held Friday 3 March 2028.
IRO: Joanna Pilkington.

The Placement Information Record was NOT updated at the review: the new carers had not been
given the placement plan. A placement planning meeting must be held within 7 days.

1. Olivia-Grace to stay with the Abaras pending the father's assessment.
2. Return home to father to be considered by 31 March 2028.

Next review: by 2 September 2028.
"""), JOANNA, "Decisions - review 03/03/2028 - Olivia-Grace TEMPLETON", to=[sw, DESIG],
        cc=MAILBOX)

    s.add("manager-agrees-2", "2028-03-09 09:00", text(f"""Joanna - agreed.
Fiona

{quote('''From: Joanna Pilkington
Sent: 06 March 2028 12:40
Subject: Decisions - review 03/03/2028 - Olivia-Grace TEMPLETON''')}"""), DESIG,
        "RE: Decisions - review 03/03/2028 - Olivia-Grace TEMPLETON", to=JOANNA, cc=MAILBOX,
        reply_to="decisions-2")

    fake = ("Ayesha Mahmood", "ayesha.mahmood@council-example.gov.uk")
    s.add("lookalike-ceased", "2028-03-20 08:30", text(f"""Review Unit,

{ident} ceased to be looked after today, 20 March 2028. Approved by the Director of
Children's Services.

Ayesha
"""), fake, "Olivia-Grace TEMPLETON - ceased to be looked after",
        auth_hdr=auth("council-example.gov.uk"))

    s.add("ceasing", "2028-04-04 10:40", text(f"""Dear Joanna, Review Unit,

CEASING TO BE LOOKED AFTER
{ident} (aged 15 today)

Olivia-Grace will cease to be looked after on Friday 7 April 2028 and return home to her
father, Mr Paul Templeton, with a child in need plan. The father's assessment is positive and
support services are agreed.

She has been looked after since 23/12/2027. Decision approved by Martin Oyelaran, Group
Manager (designated nominated officer), on 3 April 2028.

Ayesha Mahmood, Social Worker
"""), sw, "Ceasing LAC - Olivia-Grace TEMPLETON - 07/04/2028", to=[JOANNA, MAILBOX])
    return s


def main() -> None:
    total = 0
    for build in (s01, s02, s03, s04, s05, s06, s07, s08, s09, s10):
        sc = build()
        n = sc.write()
        total += n
        print(f"{sc.name}: {n} mails")
    print(f"total {total}")


if __name__ == "__main__":
    main()
