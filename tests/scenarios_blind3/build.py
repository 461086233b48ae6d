"""Build the third blind scenario set for caseclock (fictional mail, whole lives in care).

Run from the repository root: .venv/bin/python tests/scenarios_blind3/build.py
Writes <NN-name>/mails/NN-slug.eml in arrival order. expected.json files are hand-written
from shared/domain/ only and are not touched by this script.
All people, children, case numbers and addresses are fictional.
"""

from __future__ import annotations

import hashlib
import quopri
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent
LON = ZoneInfo("Europe/London")
MAILBOX = ("IRO Reviews", "iro.reviews@council.example.gov.uk")
DM = ("Priya Ramsden", "designated.manager@council.example.gov.uk")

Addr = tuple[str, str]

COUNCIL_SIG = (
    "\n\n--\nThis e-mail is confidential. Midshire Council Children's Services. "
    "Privacy notice updated 01/04/2026; office closed 25 December 2027 to 3 January 2028 "
    "except for emergencies (call 0300 555 0100).\n"
)
CAFCASS_SIG = (
    "\n\n____________________\nCafcass was established on 1 April 2001. This e-mail may be "
    "legally privileged. Please do not print unless necessary.\n"
)


def staff(first: str, last: str, domain: str = "council.example.gov.uk") -> Addr:
    return (f"{first} {last}", f"{first.lower()}.{last.lower()}@{domain}")


def qp_text(body: str, sub: str = "plain", soft_breaks: bool = False) -> Message:
    """A text part in quoted-printable. With soft_breaks, a '|' in body is a soft line break."""
    part = MIMENonMultipart("text", sub, charset="utf-8")
    if soft_breaks:
        pieces = [quopri.encodestring(p.encode("utf-8")).decode("ascii") for p in body.split("|")]
        payload = "=\n".join(pieces)
    else:
        payload = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = "quoted-printable"
    return part


def outlook_html(rows: list[tuple[str, str]], intro: str, outro: str) -> Message:
    cells = "".join(
        f'<tr><td style="border:1px solid #999;padding:4px"><b>{k}</b></td>'
        f'<td style="border:1px solid #999;padding:4px">{v}</td></tr>'
        for k, v in rows
    )
    doc = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<style><!-- p.MsoNormal {margin:0cm;font-family:Calibri} --></style></head>'
        '<body lang="EN-GB"><div class="WordSection1">'
        f'<p class="MsoNormal">{intro}</p><br>'
        f'<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">{cells}</table>'
        f'<br><p class="MsoNormal">{outro}</p></div></body></html>'
    )
    return qp_text(doc, "html")


def html_lines(lines: list[str]) -> Message:
    doc = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div style="font-family:Arial;font-size:11pt">' + "<br>\n".join(lines)
        + "</div></body></html>"
    )
    return qp_text(doc, "html")


def txt_attachment(filename: str, content: str) -> Message:
    part = MIMENonMultipart("text", "plain", charset="utf-8")
    part.set_payload(quopri.encodestring(content.encode("utf-8")).decode("ascii"))
    part["Content-Transfer-Encoding"] = "quoted-printable"
    part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def mixed(*parts: Message) -> Message:
    seed = hashlib.md5(str(parts[0].get_payload()).encode()).hexdigest()[:12]
    m = MIMEMultipart("mixed", boundary=f"=_b3_mixed_{len(parts)}_{seed}")
    for p in parts:
        m.attach(p)
    return m


def quote(text: str) -> str:
    return "\n".join("> " + ln if ln else ">" for ln in text.splitlines())


@dataclass
class Mail:
    slug: str
    frm: Addr
    when: str  # "YYYY-MM-DD HH:MM" Europe/London
    subject: str
    body: Message
    to: list[Addr] = field(default_factory=lambda: [MAILBOX])
    cc: list[Addr] = field(default_factory=list)
    reply_to: str | None = None  # slug of the mail this answers
    extra: dict[str, str] = field(default_factory=dict)


def london(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=LON)


def write(scen: str, mails: list[Mail]) -> None:
    folder = OUT / scen / "mails"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    ids: dict[str, str] = {}
    mails = sorted(mails, key=lambda m: london(m.when))
    for n, m in enumerate(mails, 1):
        domain = m.frm[1].split("@")[1]
        digest = hashlib.sha1(f"{scen}/{m.slug}/{m.when}".encode()).hexdigest()
        mid = f"<{digest[:16].upper()}.{digest[16:24]}@{domain}>"
        ids[m.slug] = mid
        when = london(m.when)
        root = m.body
        hdrs: list[tuple[str, str]] = [
            ("Received", f"from mail.{domain} by mx.council.example.gov.uk with ESMTPS; "
             f"{format_datetime(when)}"),
            ("Authentication-Results",
             f"mx.council.example.gov.uk; spf=pass smtp.mailfrom={domain}; dkim=pass "
             f"header.d={domain}; dmarc=pass header.from={domain}"),
            ("From", formataddr(m.frm)),
            ("To", ", ".join(formataddr(a) for a in m.to)),
        ]
        if m.cc:
            hdrs.append(("Cc", ", ".join(formataddr(a) for a in m.cc)))
        hdrs += [("Subject", m.subject), ("Date", format_datetime(when)), ("Message-ID", mid)]
        if m.reply_to:
            hdrs += [("In-Reply-To", ids[m.reply_to]), ("References", ids[m.reply_to])]
        hdrs += list(m.extra.items())
        existing = [(k, v) for k, v in root.items() if k.lower() != "mime-version"]
        for k in list(root.keys()):
            del root[k]
        for k, v in [*hdrs, ("MIME-Version", "1.0"), *existing]:
            root[k] = v
        (folder / f"{n:02d}-{m.slug}.eml").write_bytes(root.as_bytes())
    print(scen, len(mails))


# ------------------------------------------------------------------ 01
def s01() -> list[Mail]:
    sw = staff("Hannah", "Brierley")
    iro = staff("Desmond", "Achebe")
    sw_sig = "\n\nHannah Brierley\nSocial Worker, Children in Care North\nMidshire Council\n"
    iro_sig = (
        "\n\nDesmond Achebe\nIndependent Reviewing Officer\n"
        "Review and Child Protection Unit\n"
    )
    booking_txt = (
        "Hi Desmond / Review Unit,\n\nPlease can Tyler's next LAC review be booked:\n"
        "Child: Tyler Ashcombe, DOB 03/09/2014, Mosaic ID 4817302\n"
        "Review: Tues 15/6 at 10:00, at the foster carers' home\n"
        "Previous review: 12 January 2027\n\nThanks, Hannah"
    )
    moved_txt = (
        "Hi all,\n\nDesmond is on leave w/c 14th June so we need to move Tyler's review.\n"
        "New date: Thursday 24th June 2027 at 10am, same venue (carers' home).\n\nThanks"
        + sw_sig
    )
    decisions_lines = [
        "Dear colleagues,", "",
        "Review decisions for Tyler Ashcombe (Mosaic ID 4817302), DOB 03/09/2014.",
        "Looked After Review held: Tuesday 6 July 2027 at the foster carers' home.", "",
        "1. Tyler to remain in his current foster placement.",
        "2. Social worker to update the care plan to reflect contact with father.",
        "3. PEP to be reviewed by the end of the autumn half term.", "",
        "Designated manager: please confirm agreement with these decisions.", "",
        "Desmond Achebe<br>Independent Reviewing Officer",
    ]
    return [
        Mail("booking", sw, "2027-05-10 09:14",
             "LAC REVIEW BOOKING - TYLER ASHCOMBE - MOSAIC ID 4817302",
             outlook_html([
                 ("Child", "Tyler Ashcombe"), ("DOB", "03/09/2014"), ("Mosaic ID", "4817302"),
                 ("Review date", "Tues 15/6 at 10:00"), ("Venue", "Foster carers' home"),
                 ("Previous review held", "12 January 2027"),
                 ("Social worker", "Hannah Brierley, Children in Care North"),
             ], "Hi Desmond / Review Unit,<br>Please can Tyler's next LAC review be booked "
                "as below.",
                 "Thanks<br>Hannah Brierley<br>Social Worker, Children in Care North"
                 "<br><br><i>Midshire Council privacy notice updated 01/04/2026.</i>"),
             to=[MAILBOX, iro]),
        Mail("moved-once", sw, "2027-05-24 11:02",
             "RE: LAC REVIEW BOOKING - TYLER ASHCOMBE - MOSAIC ID 4817302",
             qp_text(moved_txt + "\n\nFrom: Hannah Brierley\nSent: 10 May 2027 09:14\n"
                     "To: IRO Reviews; Desmond Achebe\n"
                     "Subject: LAC REVIEW BOOKING - TYLER ASHCOMBE - MOSAIC ID 4817302\n\n"
                     + booking_txt + COUNCIL_SIG),
             to=[MAILBOX, iro], reply_to="booking"),
        Mail("moved-twice", iro, "2027-06-02 07:48",
             "Re: LAC REVIEW BOOKING - TYLER ASHCOMBE - MOSAIC ID 4817302",
             qp_text("Hannah - school have Tyler on the year 7 residential on the 24th. "
                     "Let's go 6 July '27 at 10am instead, same place. Sorry, moved again!\nD\n\n"
                     "Sent from my iPhone\n\n"
                     "> On 24 May 2027, at 11:02, Hannah Brierley <hannah.brierley@council."
                     "example.gov.uk> wrote:\n>\n" + quote(moved_txt) + "\n>\n> > " +
                     booking_txt.replace("\n", "\n> > ")),
             to=[sw], cc=[MAILBOX], reply_to="moved-once"),
        Mail("invitations", sw, "2027-06-21 15:30",
             "Invitations sent - Tyler Ashcombe review 6th of July 2027 (Mosaic ID 4817302)",
             qp_text("Dear Review Unit,\n\nInvitations and consultation papers were sent today "
                     "to Tyler, his mother Ms Dawn Ashcombe, his father, the foster carers, "
                     "the school and the health visitor for Tyler's Looked After Review on "
                     "Tuesday 6th of July 2027 at 10:00 at the foster carers' home.\n"
                     + sw_sig + COUNCIL_SIG)),
        Mail("decisions", iro, "2027-07-08 16:20", "Review decisions - T.A. - Mosaic ID 4817302",
             html_lines(decisions_lines), cc=[DM]),
        Mail("manager-ooo", DM, "2027-07-09 08:00",
             "Automatic reply: Review decisions - T.A. - Mosaic ID 4817302",
             qp_text("Thank you for your email. I am out of the office until Monday 19 July 2027 "
                     "with limited access to email.\n\nPriya Ramsden"),
             extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
             reply_to="decisions"),
        Mail("manager-late", DM, "2027-07-20 10:41",
             "RE: Review decisions - T.A. - Mosaic ID 4817302",
             qp_text("Desmond,\n\nApologies for the delay - back from leave. I agree the decisions "
                     "of Tyler's review held on 6 July 2027.\n\nPriya Ramsden\n"
                     "Designated Manager (Looked After Reviews)\n\n"
                     "-----Original Message-----\nFrom: Desmond Achebe\nSent: 08 July 2027 16:20\n"
                     "To: IRO Reviews\nCc: Priya Ramsden\n"
                     "Subject: Review decisions - T.A. - Mosaic ID 4817302\n\n"
                     + "\n".join(x.replace("<br>", "\n") for x in decisions_lines) + COUNCIL_SIG),
             to=[iro], cc=[MAILBOX], reply_to="decisions"),
        Mail("full-record", iro, "2027-07-26 14:05",
             "FULL REVIEW RECORD - TYLER ASHCOMBE (MOSAIC ID 4817302)",
             mixed(qp_text("Review Unit,\n\nThe full record of Tyler's review held on 6 July 2027 "
                           "is attached and is now complete." + iro_sig),
                   txt_attachment("Full_review_record_4817302.txt",
                                  "LOOKED AFTER REVIEW - FULL RECORD\nChild: Tyler Ashcombe\n"
                                  "Mosaic ID: 4817302\nDate of review: 06/07/2027\n"
                                  "Chair: Desmond Achebe (IRO)\nRecord completed: 26/07/2027\n\n"
                                  "Decisions: as circulated on 08/07/2027.\n"))),
        Mail("care-plan", sw, "2027-08-02 12:12",
             "Updated care plan - Tyler Ashcombe - Mosaic 4817302",
             mixed(qp_text("Hi Desmond,\n\nAttached is Tyler's updated care plan following his "
                           "LAC review on 6/7/27, including the contact arrangements with dad."
                           + sw_sig),
                   txt_attachment("Care plan Tyler Ashcombe.txt",
                                  "CARE PLAN (updated 02/08/2027)\nTyler Ashcombe, Mosaic ID "
                                  "4817302, DOB 03/09/2014\nPermanence plan: long-term fostering "
                                  "with current carers.\n")),
             to=[MAILBOX, iro]),
    ]


# ------------------------------------------------------------------ 02
def s02() -> list[Mail]:
    sw = staff("Oliver", "Castellane")
    iro = staff("Ruth", "Penhaligon")
    unit = ("IRO Support", "iro.support@council.example.gov.uk")
    iro_sig = "\n\nRuth Penhaligon\nIndependent Reviewing Officer, Review & CP Unit\n"
    adj_txt = (
        "Review Unit,\n\nMaisie Thorne (LCS ID 5520917) - second Looked After Review.\n\n"
        "The review today (17 August 2027) was adjourned: mother did not attend and the Part 1 "
        "report was not available. The review will reconvene on Tues 7/9 (7 Septem|ber 2027) at "
        "10:00 at the Civic Centre." + iro_sig
    )
    return [
        Mail("notification-txt-only", sw, "2027-05-05 10:02", "NEW LAC NOTIFICATION",
             mixed(qp_text("Hi,\n\nPlease see attached.\n\nOliver\n\n"
                           "Sent from Outlook for Android"),
                   txt_attachment("LAC_notification.txt",
                                  "NOTIFICATION OF A CHILD BECOMING LOOKED AFTER\n"
                                  "Child: Maisie Thorne\nDOB: 11/02/2019\nLCS ID: 5520917\n"
                                  "Date became looked after: Friday 30 April 2027\n"
                                  "Legal status: section 20 accommodation\n"
                                  "Placement: mainstream foster carers (Mr and Mrs Dale)\n"
                                  "Social worker: Oliver Castellane, Children in Care North\n"))),
        Mail("initial-booking", unit, "2027-05-10 13:20",
             "Initial Looked After Review booked - LCS ID 5520917",
             outlook_html([("Child", "Maisie Thorne (LCS ID 5520917)"),
                           ("Review", "Initial review"), ("Date", "25 May 2027, 14:00"),
                           ("Venue", "Foster carers' home"), ("IRO", "Ruth Penhaligon")],
                          "Dear all,<br>The initial review has been booked:",
                          "IRO Support Team<br>Review and Child Protection Unit"),
             to=[MAILBOX, sw, iro]),
        Mail("initial-decisions", iro, "2027-05-27 09:30",
             "REVIEW DECISIONS - MAISIE THORNE LCS ID 5520917",
             qp_text("Dear all,\n\nDecisions of Maisie's initial Looked After Review, held on "
                     "Tuesday 25 May 2027:\n\n1. Maisie to remain with Mr and Mrs Dale.\n"
                     "2. The Placement Information Record has not been updated since Maisie was "
                     "placed; the social worker is to convene a placement planning meeting within "
                     "7 days.\n3. Health assessment to be completed.\n\nDesignated manager, "
                     "please confirm agreement." + iro_sig + COUNCIL_SIG),
             cc=[DM, sw]),
        Mail("manager-agrees", DM, "2027-06-01 11:15",
             "RE: REVIEW DECISIONS - MAISIE THORNE LCS ID 5520917",
             qp_text("Agreed.\n\nPriya Ramsden\nDesignated Manager (Looked After Reviews)\n\n"
                     "________________________________\nFrom: Ruth Penhaligon\n"
                     "Sent: Thursday, May 27, 2027 9:30 AM\n"
                     "Subject: REVIEW DECISIONS - MAISIE THORNE LCS ID 5520917\n\n"
                     "Decisions of Maisie's initial Looked After Review, held on Tuesday 25 May "
                     "2027 ..."),
             to=[iro], cc=[MAILBOX], reply_to="initial-decisions"),
        Mail("full-record", iro, "2027-06-10 16:40", "Full record - M.T. - LCS ID 5520917",
             qp_text("Review Unit,\n\nFull record of Maisie Thorne's initial review held on "
                     "25 May 20|27 is complete and attached to LCS today." + iro_sig,
                     soft_breaks=True)),
        Mail("second-booking", unit, "2027-07-20 09:05",
             "SECOND REVIEW BOOKING - LCS ID 5520917 - 17/08/2027",
             html_lines(["Second Looked After Review for Maisie Thorne (LCS ID 5520917)",
                         "Date: Tuesday 17 August 2027 at 10:00", "Venue: Civic Centre, Room 4",
                         "IRO: Ruth Penhaligon", "", "IRO Support Team"]),
             to=[MAILBOX, sw, iro]),
        Mail("adjourned", iro, "2027-08-17 17:10", "ADJOURNED - review - LCS ID 5520917",
             qp_text(adj_txt, soft_breaks=True), cc=[sw]),
        Mail("adjourned-again", iro, "2027-09-07 13:00",
             "Re: ADJOURNED - review - LCS ID 5520917",
             qp_text("Had to adjourn Maisie's review again today - interpreter for mum not booked. "
                     "Reconvening 21 September 2027 10am.\nRuth\n\nSent from my iPhone\n\n"
                     "> On 17 Aug 2027, at 17:10, Ruth Penhaligon wrote:\n>\n"
                     + quote(adj_txt.replace("|", ""))),
             reply_to="adjourned"),
        Mail("completed", iro, "2027-09-21 16:00",
             "Review completed - Maisie Thorne - LCS ID 5520917",
             qp_text("Review Unit,\n\nThe adjourned second review for Maisie (LCS ID 5520917) "
                     "was completed today, 21 September 2027.\n\nDecisions:\n1. Maisie to remain "
                     "with Mr and Mrs Dale.\n2. Contact with mother to continue fortnightly."
                     + iro_sig),
             cc=[DM, sw]),
    ]


# ------------------------------------------------------------------ 03
def s03() -> list[Mail]:
    sw = staff("Fatima", "Quayle")
    iro = staff("Simon", "Harcourt")
    legal = staff("Gregory", "Ndlovu")
    court = ("Family Court at Birmingham", "birmingham.family@justice.gov.uk")
    gdn = staff("Bethan", "Oyelaran", "cafcass.gov.uk")
    cbs = ("Cafcass Business Support", "business.support@cafcass.gov.uk")
    legal_sig = "\n\nGregory Ndlovu\nSolicitor, Childcare Legal Team\nMidshire Council\n"
    gdn_sig = "\n\nBethan Oyelaran\nChildren's Guardian\nCafcass\n07700 900456\n"
    order = (
        "IN THE FAMILY COURT AT BIRMINGHAM          Case number: BM27C50418\n"
        "The child: Roman Achterberg (born 30/08/2021)\n\n"
        "CASE MANAGEMENT ORDER made on 10 June 2027 by District Judge Marlow\n\n"
        "1. The Case Management Hearing is listed on 1st July 2027 at 10:00.\n"
        "2. The local authority shall file and serve its interim care plan by 4pm on "
        "18 June 2027.\n"
        "3. The local authority shall file its final evidence and final care plan by 4pm on "
        "13 August 2027.\n"
        "4. The Children's Guardian shall file her final analysis and recommendations by 4pm "
        "on 27 August 2027.\n"
        "5. Issues Resolution Hearing: 6 September 2027 at 10:00.\n"
        "6. Final hearing: 20 September 2027 (time estimate 3 days).\n"
    )
    return [
        Mail("la-start", sw, "2027-06-08 09:40",
             "Notification - child looked after - Roman Achterberg Child ID 3094415",
             qp_text("Dear Review Unit,\n\nRoman Achterberg (Child ID 3094415, DOB 30/08/2021) "
                     "became looked after on Monday 7 June 2027 when the court made an interim "
                     "care order (case BM27C50418). He is placed with foster carers in Northfield."
                     "\n\nFatima Quayle\nSocial Worker, Children in Care North" + COUNCIL_SIG)),
        Mail("directions-fwd-fwd", sw, "2027-06-14 08:55",
             "FW: FW: BM27C50418 - Order - Case Management directions",
             qp_text("FYI for the IRO file - apologies, only just seen this.\nFatima\n\n"
                     "---------- Forwarded message ---------\n"
                     f"From: Gregory Ndlovu <{legal[1]}>\n"
                     "Date: Fri, 11 Jun 2027 at 10:12\n"
                     "Subject: FW: BM27C50418 - Order\n"
                     f"To: Fatima Quayle <{sw[1]}>\n\n"
                     "Fatima - sealed CMO below, please diarise the filing dates." + legal_sig
                     + f"\nFrom: {court[0]} <{court[1]}>\n"
                     "Sent: 10 June 2027 16:03\nTo: Gregory Ndlovu\n"
                     "Subject: BM27C50418 - Order\n\nPlease find the sealed order below.\n\n"
                     + order),
             to=[MAILBOX]),
        Mail("guardian-allocated", cbs, "2027-06-15 11:30",
             "BM27C50418 - Allocation of Children's Guardian - Roman Achterberg",
             qp_text("Dear IRO Service,\n\nCase number: BM27C50418\nChild: Roman Achterberg "
                     "(DOB 30/08/2021)\n\nThe Children's Guardian allocated to this case is "
                     f"Bethan Oyelaran, {gdn[1]}, 07700 900456.\n\nCafcass Business Support"
                     + CAFCASS_SIG)),
        Mail("interim-care-plan", legal, "2027-06-22 14:20",
             "BM27C50418 - interim care plan (filed 18/06/2027)",
             mixed(qp_text("Dear IRO Service,\n\nPlease find attached the local authority's "
                           "interim care plan for Roman Achterberg, filed with the court on "
                           "18 June 2027." + legal_sig + COUNCIL_SIG),
                   txt_attachment("BM27C50418 Interim Care Plan.txt",
                                  "INTERIM CARE PLAN\nCase number BM27C50418\nChild: Roman "
                                  "Achterberg, Child ID 3094415\nDated 18 June 2027\n"))),
        Mail("guardian-contact", gdn, "2027-06-24 10:05",
             "Roman Achterberg BM27C50418 - introduction before CMH",
             qp_text("Dear Simon,\n\nI have been appointed as Roman's Children's Guardian. "
                     "Could we speak before the CMH on 1 July? I'm free Monday or Tuesday "
                     "afternoon next week." + gdn_sig + CAFCASS_SIG),
             to=[iro], cc=[MAILBOX]),
        Mail("initial-decisions", iro, "2027-06-29 17:30",
             "Initial review decisions - Roman A. - Child ID 3094415 - BM27C50418",
             outlook_html([("Child", "Roman Achterberg"), ("Child ID", "3094415"),
                           ("Case", "BM27C50418"), ("Review", "Initial Looked After Review"),
                           ("Held", "29 June 2027"),
                           ("Decisions", "1. Roman to remain with current carers.<br>"
                                         "2. Contact with parents three times weekly, supervised."
                                         "<br>3. Initial health assessment by 16/07/2027.")],
                          "Dear all,<br>The decisions of Roman's initial review are below. "
                          "Bethan, copied to you as Roman's Guardian.",
                          "Simon Harcourt<br>Independent Reviewing Officer"),
             cc=[gdn, DM, sw]),
        Mail("manager-agrees", DM, "2027-07-02 09:12",
             "RE: Initial review decisions - Roman A. - Child ID 3094415 - BM27C50418",
             qp_text("I agree the decisions.\n\nPriya Ramsden\nDesignated Manager\n"),
             to=[iro], cc=[MAILBOX], reply_to="initial-decisions"),
        Mail("guardian-analysis", gdn, "2027-09-02 15:45",
             "BM27C50418 - Guardian's final analysis",
             mixed(qp_text("Dear IRO Service,\n\nAttached is my final analysis and "
                           "recommendations, filed today 2 September 2027." + gdn_sig),
                   txt_attachment("Final analysis BM27C50418.txt",
                                  "CHILDREN'S GUARDIAN FINAL ANALYSIS AND RECOMMENDATIONS\n"
                                  "Case BM27C50418 - Roman Achterberg\nDate: 02/09/2027\n")),
             to=[MAILBOX], cc=[iro]),
        Mail("final-care-plan-late", legal, "2027-09-03 12:00",
             "BM27C50418 - LA FINAL EVIDENCE AND FINAL CARE PLAN",
             mixed(qp_text("Dear IRO Service,\n\nWith apologies for the delay, the local "
                           "authority's final evidence and final care plan for Roman were filed "
                           "today, 3 September 2027." + legal_sig),
                   txt_attachment("Final care plan BM27C50418.txt",
                                  "FINAL CARE PLAN\nCase number BM27C50418\nChild: Roman "
                                  "Achterberg, Child ID 3094415\nDated 3 September 2027\n"))),
        Mail("final-order", legal, "2027-09-21 10:30", "BM27C50418 - FINAL ORDER - care order",
             qp_text("Dear IRO Service,\n\nThe final hearing concluded yesterday, 20 September "
                     "2027: HHJ Pemberton made a final care order for Roman Achterberg. The "
                     "proceedings are concluded." + legal_sig + COUNCIL_SIG)),
        Mail("guardian-handover", gdn, "2027-10-06 16:10",
             "BM27C50418 Roman Achterberg - Guardian's written handover to the IRO",
             qp_text("Dear Simon,\n\nPlease find below my written handover at the end of the "
                     "proceedings (final care order made 20/09/2027), together with the final care "
                     "plan as approved.\n\n1. Roman is settled...\n2. Life story work to begin.\n"
                     + gdn_sig + CAFCASS_SIG),
             to=[iro], cc=[MAILBOX]),
    ]


# ------------------------------------------------------------------ 04
def s04() -> list[Mail]:
    sw = staff("Gemma", "Oduya")
    iro = staff("Alastair", "Pryce")
    home = staff("Carl", "Whitlow")
    vs = staff("Naomi", "Fenwick")
    sw_sig = "\n\nGemma Oduya\nSocial Worker, 16+ Team\n"
    iro_sig = "\n\nAlastair Pryce\nIndependent Reviewing Officer\n"
    missing = (
        "Dear IRO Service,\n\nLeon Marsh-Devereux (Mosaic ID 6603158) was reported missing from "
        "Oak Lodge at 22:30 on Thursday 4 November 2027. He returned at 06:15 this morning, "
        "Friday 5 November. Return home interview booked. Police reference held on file."
        + sw_sig
    )
    exclusion = (
        "Dear IRO Service,<br><br>Leon Marsh-Devereux (Mosaic ID 6603158) has received a "
        "fixed-term exclusion of 3 days from today, Friday 5 November 2027, following an incident "
        "in school.<br><br>Naomi Fenwick<br>Virtual School Officer"
    )
    ceasing = (
        "Dear Review Unit,\n\nLeon Marsh-Devereux (Mosaic ID 6603158, DOB 12/04/2010) will return "
        "home to live with his mother on Friday 19 November 2027 and will cease to be looked "
        "after (section 20 ends).\n\nApproved by Group Manager Tanya Rhodes on 12/11/2027. As "
        "Leon is 17, the Director's approval is being sought." + sw_sig
    )
    return [
        Mail("decisions", iro, "2027-09-03 11:00",
             "LAC REVIEW DECISIONS - MOSAIC ID 6603158",
             qp_text("Dear all,\n\nDecisions of the Looked After Review for Leon Marsh-Devereux "
                     "(Mosaic ID 6603158), held on Thursday 2 September 2027:\n\n"
                     "1. Leon to remain at Oak Lodge.\n2. Pathway plan to be updated.\n"
                     "3. Plan for return home to mother to be assessed." + iro_sig + COUNCIL_SIG),
             cc=[DM, sw]),
        Mail("manager-agrees", DM, "2027-09-06 15:20",
             "RE: LAC REVIEW DECISIONS - MOSAIC ID 6603158",
             qp_text("Alastair, I agree these decisions.\nPriya Ramsden, Designated Manager"),
             to=[iro], cc=[MAILBOX], reply_to="decisions"),
        Mail("care-plan", sw, "2027-09-14 10:10",
             "Leon M-D updated care plan - Mosaic ID 6603158",
             mixed(qp_text("Hi,\n\nUpdated care and pathway plan attached following the review on "
                           "2 September." + sw_sig),
                   txt_attachment("Care plan LMD.txt",
                                  "CARE PLAN (updated 14/09/2027)\nLeon Marsh-Devereux, Mosaic ID "
                                  "6603158\n"))),
        Mail("full-record", iro, "2027-09-22 13:30",
             "Full review record - Mosaic ID 6603158",
             qp_text("Review Unit,\n\nThe full record of Leon's review held on 02/09/2027 is "
                     "complete." + iro_sig)),
        Mail("missing-sw", sw, "2027-11-05 08:40",
             "SIGNIFICANT EVENT - MISSING - Mosaic ID 6603158", qp_text(missing + COUNCIL_SIG)),
        Mail("missing-home", home, "2027-11-05 14:10",
             "Missing episode 4-5 Nov - Leon M-D (Mosaic ID 6603158)",
             qp_text("Further to Gemma's email this morning, I confirm Leon went missing from Oak "
                     "Lodge at 22:30 on 4 November 2027 and returned at 06:15 on 5 November. "
                     "Same episode - no further incidents.\n\nCarl Whitlow\nRegistered Manager, "
                     "Oak Lodge Children's Home\n\n-----Original Message-----\n"
                     "From: Gemma Oduya\nSent: 05 November 2027 08:40\n"
                     "Subject: SIGNIFICANT EVENT - MISSING - Mosaic ID 6603158\n\n" + missing),
             reply_to="missing-sw"),
        Mail("exclusion", vs, "2027-11-05 16:55",
             "EXCLUSION - LEON MARSH-DEVEREUX - MOSAIC ID 6603158", html_lines([exclusion])),
        Mail("iro-answers-missing", iro, "2027-11-08 12:30",
             "RE: SIGNIFICANT EVENT - MISSING - Mosaic ID 6603158",
             qp_text("Gemma,\n\nI have considered whether Leon's review should be brought forward "
                     "after the missing episode of 4-5 November. Not at this stage: the next "
                     "review stays as planned. Please keep me informed." + iro_sig
                     + "\n\n> " + missing.replace("\n", "\n> ")),
             to=[sw], cc=[MAILBOX], reply_to="missing-sw"),
        Mail("iro-answers-exclusion", iro, "2027-11-10 09:50",
             "RE: EXCLUSION - LEON MARSH-DEVEREUX - MOSAIC ID 6603158",
             qp_text("Naomi,\n\nThank you. I have considered whether the review should be brought "
                     "forward because of the exclusion; I do not think an emergency review is "
                     "needed." + iro_sig),
             to=[vs], cc=[MAILBOX], reply_to="exclusion"),
        Mail("ceasing", sw, "2027-11-15 14:00",
             "CEASING TO BE LOOKED AFTER - LEON MARSH-DEVEREUX - MOSAIC ID 6603158",
             qp_text(ceasing + COUNCIL_SIG)),
        Mail("director-approval", sw, "2027-11-18 11:25",
             "RE: CEASING TO BE LOOKED AFTER - LEON MARSH-DEVEREUX - MOSAIC ID 6603158",
             qp_text("Update: the Director of Children's Services, Marcus Ellery, approved Leon's "
                     "return home and the end of his looked after status today (18 November "
                     "2027).\n\nGemma\n\n" + "> " + ceasing.replace("\n", "\n> ")),
             reply_to="ceasing"),
    ]


# ------------------------------------------------------------------ 05
def s05() -> list[Mail]:
    sw = staff("Kiran", "Holloway")
    iro = staff("Helen", "Rusk")
    legal = staff("Sophie", "Marchetti")
    gdn = staff("Delroy", "Amankwah", "cafcass.gov.uk")
    cbs = ("Cafcass Business Support", "business.support@cafcass.gov.uk")
    sw_sig = "\n\nKiran Holloway\nSocial Worker, Children in Care North\n"
    iro_sig = "\n\nHelen Rusk\nIndependent Reviewing Officer\n"
    legal_sig = "\n\nSophie Marchetti\nSenior Solicitor (Childcare)\n"
    return [
        Mail("ivy-start", sw, "2027-03-19 12:00",
             "LAC notification - Ivy Pennington - Child ID 7140226",
             qp_text("Dear Review Unit,\n\nIvy Pennington (Child ID 7140226, DOB 19/01/2020) "
                     "became looked after on Thursday 18 March 2027 under an interim care order "
                     "(BM27C50933). She is placed with foster carers in Hillside." + sw_sig
                     + COUNCIL_SIG)),
        Mail("ezra-start", sw, "2027-03-23 09:20",
             "LAC notification - Ezra Pennington - Child ID 7140227",
             qp_text("Sorry this is late.\n\nEzra Pennington (Child ID 7140227, DOB 03/06/2022) "
                     "became looked after on 18 March 2027 under an interim care order "
                     "(BM27C50933), placed in the same foster home as his sister.\n\nKiran\n\n"
                     "Sent from my iPhone")),
        Mail("directions", legal, "2027-03-26 10:45", "BM27C50933 - PENNINGTON - CMO 25.03.27",
             outlook_html([("Case number", "BM27C50933"),
                           ("Children", "Ivy Pennington (born 19/01/2020) and Ezra Pennington "
                                        "(born 03/06/2022)"),
                           ("Order", "Case management order made on 25 March 2027"),
                           ("CMH", "15 April 2027 at 14:00"),
                           ("Directions", "The local authority shall file interim care plans for "
                                          "both children by 4pm on 2 April 2027.")],
                          "Dear IRO Service,<br>Please note the directions below (sealed order "
                          "dated 25/03/2027).",
                          "Sophie Marchetti<br>Senior Solicitor (Childcare)")),
        Mail("guardian-allocated-pair", cbs, "2027-03-31 14:00",
             "Allocation of Children's Guardian - BM27C50933 - Ivy and Ezra Pennington",
             qp_text("Dear IRO Service,\n\nCase number: BM27C50933\n\n"
                     "Children:\n- Ivy Pennington, DOB 19/01/2020, Child ID 7140226\n"
                     "- Ezra Pennington, DOB 03/06/2022, Child ID 7140227\n\n"
                     f"Allocated Children's Guardian: Delroy Amankwah ({gdn[1]}, 07700 900789)."
                     "\n\nCafcass Business Support" + CAFCASS_SIG)),
        Mail("guardian-contact", gdn, "2027-04-08 11:11", "BM27C50933 - Pennington children",
             qp_text("Hi Helen,\n\nI'm the Guardian for Ivy and Ezra. Could we have a call before "
                     "the CMH on 15/4? I'd like your view of the contact arrangements.\n\n"
                     "Delroy Amankwah\nChildren's Guardian" + CAFCASS_SIG),
             to=[iro], cc=[MAILBOX]),
        Mail("interim-care-plans-late", legal, "2027-04-12 16:30",
             "BM27C50933 - interim care plans (Ivy & Ezra)",
             mixed(qp_text("Dear IRO Service,\n\nAttached are the interim care plans for Ivy and "
                           "Ezra, filed today - late, the court extended time informally."
                           + legal_sig),
                   txt_attachment("ICP Ivy Pennington.txt",
                                  "INTERIM CARE PLAN\nBM27C50933\nIvy Pennington, Child ID 7140226"
                                  "\nDated 12/04/2027\n"),
                   txt_attachment("ICP Ezra Pennington.txt",
                                  "INTERIM CARE PLAN\nBM27C50933\nEzra Pennington, Child ID "
                                  "7140227\nDated 12/04/2027\n"))),
        Mail("ivy-decisions", iro, "2027-04-14 17:05",
             "Review decisions - Ivy Pennington - Child ID 7140226",
             html_lines(["Dear all,", "", "Ivy Pennington (Child ID 7140226): initial Looked After "
                         "Review held today, 14 April 2027.", "", "Decisions:",
                         "1. Ivy to remain with her brother in the current placement.",
                         "2. Sibling contact plan to be drawn up.", "",
                         "Delroy - copied to you as Ivy's Guardian, with the review arrangements.",
                         "", "Helen Rusk", "Independent Reviewing Officer"]),
             cc=[gdn, DM, sw]),
        Mail("ezra-decisions", iro, "2027-04-23 10:00",
             "Review decisions - Ezra Pennington - Child ID 7140227",
             qp_text("Dear all,\n\nEzra Pennington (Child ID 7140227): initial Looked After Review "
                     "held on Wednesday 21 April 2027.\n\nDecisions:\n1. Ezra to remain with Ivy."
                     "\n2. Speech and language referral." + iro_sig),
             cc=[DM, sw]),
        Mail("ezra-manager-agrees", DM, "2027-04-27 15:00",
             "RE: Review decisions - Ezra Pennington - Child ID 7140227",
             qp_text("Agreed - Priya Ramsden, Designated Manager"),
             to=[iro], cc=[MAILBOX], reply_to="ezra-decisions"),
        Mail("ezra-care-plan", sw, "2027-05-11 09:35",
             "Ezra Pennington - updated care plan - Child ID 7140227",
             mixed(qp_text("Attached: Ezra's care plan, updated after his review." + sw_sig),
                   txt_attachment("Care plan EP.txt",
                                  "CARE PLAN (updated 11/05/2027)\nEzra Pennington, Child ID "
                                  "7140227\n"))),
        Mail("ezra-full-record", iro, "2027-05-12 14:45",
             "Full record - Ezra Pennington - Child ID 7140227",
             qp_text("Review Unit,\n\nThe full record of Ezra's review held on 21/04/2027 is "
                     "complete." + iro_sig)),
    ]


# ------------------------------------------------------------------ 06
def s06() -> list[Mail]:
    sw = staff("Daniel", "Okereke")
    iro = staff("Marguerite", "Kasprzak")
    clegal = ("Harriet Vane", "cafcass.legal@cafcass.gov.uk")
    iro_sig = "\n\nMarguerite Kasprzak\nIndependent Reviewing Officer\n"
    referral = (
        "Dear Cafcass Legal,\n\nI am referring the case of Amara Quillfeather (LCS ID 2289064, DOB "
        "21/11/2013) to Cafcass Legal today, 20 January 2028, under the dispute resolution process "
        "(the designated manager disagreed with the review decisions of 14 December 2027 and the "
        "matter could not be resolved).\n" + iro_sig
    )
    return [
        Mail("booking", sw, "2027-11-15 10:20",
             "REVIEW BOOKING - AMARA QUILLFEATHER - LCS ID 2289064",
             outlook_html([("Child", "Amara Quillfeather"), ("LCS ID", "2289064"),
                           ("DOB", "21/11/2013"), ("Review", "Tuesday 14 December 2027, 14:00"),
                           ("Previous review", "15 June 2027"),
                           ("Placement", "Long-term foster placement with Mrs Okafor, designated "
                                         "long-term since 2 March 2025")],
                          "Dear Review Unit,<br>Please book Amara's review:",
                          "Daniel Okereke<br>Social Worker, Children in Care North")),
        Mail("invitations", sw, "2027-11-26 16:00",
             "Invitations - Amara Q - LCS ID 2289064",
             qp_text("Invitations and consultation booklets sent today to Amara, her mother, Mrs "
                     "Okafor and school for the review on Tuesday 14 Decem|ber 2027 at 14:00."
                     "\n\nDaniel Okereke\nSocial Worker", soft_breaks=True)),
        Mail("decisions-late", iro, "2027-12-22 11:30",
             "REVIEW DECISIONS - LCS ID 2289064",
             html_lines(["Dear all,", "", "Amara Quillfeather (LCS ID 2289064): Looked After "
                         "Review held on Tuesday 14 December 2027 with a meeting at "
                         "Mrs Okafor's home.",
                         "", "1. Amara to remain in her long-term foster placement.",
                         "2. The Placement Information Record has not been updated to reflect the "
                         "new school; a placement planning meeting is to be convened "
                         "within 7 days.",
                         "3. Request for overnight stays with mother not supported.", "",
                         "Apologies for the delay in circulating.", "",
                         "Marguerite Kasprzak<br>Independent Reviewing Officer",
                         "<small>Office closed 27/12/2027 - 03/01/2028.</small>"]),
             cc=[DM, sw]),
        Mail("manager-ooo", DM, "2027-12-23 07:00",
             "Automatic reply: REVIEW DECISIONS - LCS ID 2289064",
             qp_text("I am on leave until Wednesday 29 December 2027."),
             extra={"Auto-Submitted": "auto-replied"}, reply_to="decisions-late"),
        Mail("manager-disagrees", DM, "2027-12-30 10:00",
             "RE: REVIEW DECISIONS - LCS ID 2289064",
             qp_text("Marguerite,\n\nI do not agree with decision 3: I consider overnight stays "
                     "with mother should be supported. Please treat this as my disagreement "
                     "with the review decisions.\n\nPriya Ramsden\n"
                     "Designated Manager (Looked After Reviews)"),
             to=[iro], cc=[MAILBOX], reply_to="decisions-late"),
        Mail("full-record-txt", iro, "2028-01-06 15:20", "Amara - record",
             mixed(qp_text("See attached.\n\nM"),
                   txt_attachment("Full record AQ.txt",
                                  "LOOKED AFTER REVIEW - FULL RECORD\nChild: Amara Quillfeather\n"
                                  "LCS ID: 2289064\nDate of review: 14/12/2027 (meeting held)\n"
                                  "Record completed: 06/01/2028\nChair: Marguerite Kasprzak\n"))),
        Mail("cafcass-referral", iro, "2028-01-20 12:00",
             "Referral to Cafcass Legal - LCS ID 2289064", qp_text(referral + COUNCIL_SIG),
             to=[clegal], cc=[MAILBOX]),
        Mail("cafcass-decision", clegal, "2028-02-04 14:00",
             "RE: Referral to Cafcass Legal - LCS ID 2289064",
             qp_text("Dear Ms Kasprzak,\n\nCafcass Legal has considered your referral concerning "
                     "Amara Quillfeather (LCS ID 2289064). Our decision is not to issue "
                     "proceedings at this stage; a short report setting out our reasons is "
                     "attached to follow.\n\nHarriet Vane\nSolicitor, Cafcass Legal\n\n> "
                     + referral.replace("\n", "\n> ") + CAFCASS_SIG),
             to=[iro], cc=[MAILBOX], reply_to="cafcass-referral"),
    ]


def main() -> None:
    write("01-booking-first-moved-twice", s01())
    write("02-new-child-adjourned", s02())
    write("03-proceedings-issue-to-final-order", s03())
    write("04-events-same-day-and-ceasing-at-17", s04())
    write("05-siblings-guardian-pair", s05())
    write("06-longterm-foster-christmas-referral", s06())


if __name__ == "__main__":
    main()
