"""``caseclock demo``: one fictional child's story as mails, replayed.

Isla Brennan (fictional, like every name and address here) becomes looked after in
November 2026 in care proceedings. Her IRO and Children's Guardian are allocated, the
court gives directions, her initial review is held and its decisions agreed, the IRO's
full record is late over Christmas (the one missed deadline: reminder, chaser, team
manager, service manager and head of service, with Christmas and New Year not counted),
the local authority's final care plan reaches the IRO within the directions' filing
deadline, her placement breaks down (an emergency event), the court makes a care order
and the Guardian hands over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from daemon.clock import LONDON

MAILBOX = "IRO Reviews <iro.reviews@council.example.gov.uk>"
SOCIAL_WORKER = "Owen Price <owen.price@council.example.gov.uk>"
IRO = "Nadia Okoye <nadia.okoye@council.example.gov.uk>"
REVIEW_UNIT = "Review Unit Business Support <rcpu.admin@council.example.gov.uk>"
MANAGER = "Gareth Lowe <gareth.lowe@council.example.gov.uk>"
LEGAL = "Anika Shah <anika.shah@legal.council.example.gov.uk>"
COURT = "Westmere Family Court <family.westmere@justice.gov.uk>"
CAFCASS_BS = "Cafcass West Midlands Business Support <wm.publiclaw.bs@cafcass.gov.uk>"
GUARDIAN = "Grace Adeyemi <grace.adeyemi@cafcass.gov.uk>"

CHILD = "Isla Brennan"
LA_REF = "1077301"
CASE = "BM26C51234"
DOB = "14/06/2019"
REPLAY_UNTIL = date(2027, 3, 19)
"""A day after the story's last mail and its last deadline."""


def _auth(domain: str) -> str:
    return (
        f"mx1.council.example.gov.uk; spf=pass smtp.mailfrom=bounce@{domain}; "
        f"dkim=pass header.d={domain}; dmarc=pass action=none header.from={domain}"
    )


@dataclass(frozen=True)
class DemoMail:
    name: str  # file name, without .eml
    kind: str  # what the parsers must make of it
    sender: str
    subject: str
    sent: datetime  # Europe/London
    body: str
    to: str = MAILBOX
    cc: str | None = None

    def as_bytes(self) -> bytes:
        msg = EmailMessage()
        domain = self.sender.rsplit("@", 1)[-1].rstrip(">")
        if not domain.endswith("council.example.gov.uk"):
            msg["Authentication-Results"] = _auth(domain)
        msg["From"] = self.sender
        msg["To"] = self.to
        if self.cc:
            msg["Cc"] = self.cc
        msg["Subject"] = self.subject
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = f"<demo-{self.name}@{domain}>"
        msg.set_content(self.body)
        return msg.as_bytes()


def _at(y: int, mo: int, d: int, h: int, mi: int) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=LONDON)


STORY: tuple[DemoMail, ...] = (
    DemoMail(
        "01-looked-after",
        "looked_after_start",
        SOCIAL_WORKER,
        f"New LAC notification - {CHILD}",
        _at(2026, 11, 2, 16, 40),
        f"Hi\n\nJust to let the Review Unit know that {CHILD} (DOB {DOB}, LCS ID {LA_REF}) "
        "became looked after on Monday 2 November 2026 under an interim care order made "
        f"today in proceedings {CASE}.\n\nShe is placed with foster carers Mr and Mrs "
        "Harding (in-house). Could you let me know the IRO and a date for the initial "
        "review please.\n\nThanks\nOwen\n\nOwen Price\nSocial Worker, Family Support Team 2\n",
    ),
    DemoMail(
        "02-iro-allocated",
        "iro_allocation",
        REVIEW_UNIT,
        f"New IRO allocation - {CHILD} (LCS ID {LA_REF})",
        _at(2026, 11, 3, 10, 15),
        f"Dear all,\n\nThe allocated Independent Reviewing Officer for {CHILD} (DOB {DOB}, "
        f"LCS ID {LA_REF}, proceedings {CASE}) is:\n\n"
        "Nadia Okoye, Independent Reviewing Officer\nMobile: 07700 900512\n"
        "nadia.okoye@council.example.gov.uk\n\n"
        "Social worker: Owen Price, Family Support Team 2\n\n"
        "Thanks\nDawn\nReview Unit Business Support\n",
        to=IRO,
        cc=MAILBOX,
    ),
    DemoMail(
        "03-guardian-allocated",
        "cafcass_allocation",
        CAFCASS_BS,
        f"Allocation of Children's Guardian - {CHILD} - {CASE}",
        _at(2026, 11, 5, 11, 42),
        f"Dear IRO Manager,\n\nRe: {CHILD}  DOB: {DOB}\nCase number: {CASE}\n"
        "Court: Westmere Family Court\n"
        "Local Authority: Westmere Metropolitan Borough Council\n\n"
        "In line with the Cafcass and IRO Good Practice Protocol, please be advised that "
        "the following Children's Guardian has been allocated to the above child:\n\n"
        "Children's Guardian:  Grace Adeyemi\nEmail:                "
        "grace.adeyemi@cafcass.gov.uk\nMobile:               07700 900551\n\n"
        "The Case Management Hearing is listed on Thursday 19 November 2026 at 10:00am.\n\n"
        "Could you please let us have the name and contact details of the allocated IRO so "
        "that the Guardian can make contact before the CMH.\n\nMany thanks\n\nJas Kaur\n"
        "Business Support Officer\nCafcass West Midlands\n",
    ),
    DemoMail(
        "04-initial-review-booked",
        "review_booking",
        IRO,
        f"{CHILD} - initial LAC review",
        _at(2026, 11, 6, 12, 30),
        f"Hi Owen,\n\nI've booked Isla's initial looked after review for Thursday 26 "
        "November 2026 at 10:00am at the foster carers' home. Please send out the "
        "invitations and consultation papers and let the Guardian (Grace Adeyemi) know.\n\n"
        f"{CHILD}, LCS ID {LA_REF}.\n\nThanks\nNadia Okoye\nIndependent Reviewing Officer\n",
        to=SOCIAL_WORKER,
        cc=MAILBOX,
    ),
    DemoMail(
        "05-directions",
        "court_directions",
        LEGAL,
        f"FW: BRENNAN - {CASE} - order 19.11.2026",
        _at(2026, 11, 20, 16, 3),
        "Dear IRO\n\nDirections from yesterday's CMH in Isla's case are below, for your "
        "diary.\n\nAnika Shah\nSolicitor | Legal Services | Westmere MBC\n\n"
        "________________________________\n"
        f"From: {COURT}\nSent: 20 November 2026 12:19\nTo: {LEGAL}\n"
        f"Subject: BRENNAN - {CASE} - order 19.11.2026\n\n"
        "Dear Ms Shah,\n\nDJ Harrow has approved the following directions made at the Case "
        "Management Hearing on 19 November 2026:\n\n"
        "1. The Local Authority shall file and serve its final evidence including its final "
        "care plan by 4pm on 8th January 2027.\n"
        "2. The Children's Guardian shall file and serve her final analysis by 4pm on 29th "
        "January 2027.\n"
        "3. Issues Resolution Hearing: Friday 5th February 2027 at 2pm (1.5 hours).\n"
        "4. Final hearing: Monday 22nd February 2027, 2 days, at Westmere Family Court.\n\n"
        "The sealed order will follow.\n\nFamily Court Listing Team\n",
    ),
    DemoMail(
        "06-review-decisions",
        "review_record",
        IRO,
        f"Review decisions - {CHILD} - initial review 26.11.2026",
        _at(2026, 11, 27, 16, 20),
        f"Dear all,\n\nPlease find below the decisions from Isla's initial review.\n\n"
        f"Review decisions - {CHILD} (LCS ID {LA_REF})\n"
        "Initial Looked After Review held on Thursday 26 November 2026\n"
        "Chair: Nadia Okoye, IRO\n\n"
        "1. Isla to remain in her current foster placement. Responsible: Owen Price.\n"
        "2. A Personal Education Plan meeting to be held by 18 December 2026. Responsible: "
        "Virtual School / Owen Price.\n"
        "3. Contact with mother to continue twice a week, supervised. Responsible: Owen "
        "Price.\n\nNext review: Thursday 25 February 2027\n\n"
        "Nadia Okoye\nIndependent Reviewing Officer\n",
        to=f"{SOCIAL_WORKER}, {MANAGER}",
        cc=MAILBOX,
    ),
    DemoMail(
        "07-manager-agrees",
        "manager_response",
        MANAGER,
        f"RE: Review decisions - {CHILD} - initial review 26.11.2026",
        _at(2026, 12, 2, 9, 12),
        "Agreed.\n\nGareth\n\nGareth Lowe\nTeam Manager (designated manager)\n\n"
        "-----Original Message-----\n"
        f"From: {IRO}\nSent: Friday, 27 November 2026 16:20\n"
        f"Subject: Review decisions - {CHILD} - initial review 26.11.2026\n\n"
        f"Review decisions - {CHILD} (LCS ID {LA_REF})\n"
        "Initial Looked After Review held on Thursday 26 November 2026\n",
        to=IRO,
        cc=MAILBOX,
    ),
    DemoMail(
        "08-care-plan-updated",
        "court_care_plan",
        SOCIAL_WORKER,
        f"Updated care plan - {CHILD} - {CASE}",
        _at(2026, 12, 15, 14, 5),
        f"Hello,\n\nPlease find below the updated interim care plan for {CHILD} "
        f"(LCS ID {LA_REF}), case {CASE}, following the review decisions of 26 November "
        "2026.\n\nINTERIM CARE PLAN\nDated 15 December 2026\n\nPlacement: Isla remains "
        "with Mr and Mrs Harding.\nEducation: PEP meeting booked for 17 December 2026.\n"
        "Contact: mother twice a week, supervised.\n\nOwen Price\nSocial Worker\n",
    ),
    DemoMail(
        "09-full-record-late",
        "review_record",
        IRO,
        f"{CHILD} - full review record",
        _at(2027, 1, 6, 16, 45),
        "FULL RECORD OF LOOKED AFTER REVIEW\n\n"
        f"Child:            {CHILD}\nDate of birth:    {DOB}\nLCS ID:           {LA_REF}\n"
        "Review:           Initial review\nDate held:        Thursday 26 November 2026\n"
        "Chair:            Nadia Okoye (IRO)\n\n"
        "Attendees: Isla's foster carer, Owen Price (SW), Grace Adeyemi (Children's "
        "Guardian), Isla's mother.\n\nIsla's wishes and feelings: Isla says she likes her "
        "foster carers' dog and wants to see her mum more.\n\nIRO's view: The interim plan "
        "is appropriate.\n\nDecisions:\n1. Isla to remain in her placement (SW).\n"
        "2. PEP meeting by 18 December 2026 (SW).\n3. Contact twice a week (SW).\n\n"
        "Next review: Thursday 25 February 2027\n\n"
        "Nadia Okoye, Independent Reviewing Officer, 6 January 2027\n",
    ),
    DemoMail(
        "10-final-care-plan",
        "court_care_plan",
        LEGAL,
        f"BRENNAN {CASE} - LA final care plan as filed",
        _at(2027, 1, 11, 10, 30),
        "Dear IRO,\n\nAs directed, the local authority filed its final evidence on 8 "
        f"January 2027. The final care plan for {CHILD} (case {CASE}) follows below.\n\n"
        "FINAL CARE PLAN\nDated 8 January 2027\n\nThe plan is for Isla to remain in "
        "long-term foster care under a care order, with contact to her mother monthly.\n\n"
        "Anika Shah\nSolicitor | Legal Services | Westmere MBC\n",
    ),
    DemoMail(
        "11-placement-breakdown",
        "significant_event",
        SOCIAL_WORKER,
        f"{CHILD} - placement breakdown",
        _at(2027, 1, 14, 18, 40),
        f"IRO - please note.\n\n{CHILD}'s placement with Mr and Mrs Harding broke down "
        "today (14 January 2027) after Mrs Harding's sudden illness; the carers have given "
        "notice and Isla moved to emergency foster carers this evening.\n\n"
        f"LCS ID {LA_REF}.\n\nOwen Price\nSocial Worker\n",
    ),
    DemoMail(
        "12-review-brought-forward",
        "review_booking",
        IRO,
        f"{CHILD} - second review brought forward",
        _at(2027, 1, 15, 11, 5),
        f"Dear Owen,\n\nFollowing the breakdown of Isla's placement yesterday I have "
        "considered whether her review should be brought forward, and it should: I have "
        "moved Isla's second looked after review to Thursday 11 February 2027 at 10:00am "
        "at the new carers' home.\n\n"
        f"{CHILD}, LCS ID {LA_REF}.\n\nNadia Okoye\nIndependent Reviewing Officer\n",
        to=SOCIAL_WORKER,
        cc=MAILBOX,
    ),
    DemoMail(
        "13-guardian-final-analysis",
        "guardian_report",
        GUARDIAN,
        f"Final analysis - {CHILD} - {CASE}",
        _at(2027, 2, 1, 9, 40),
        "Dear IRO,\n\nFor information, my final analysis and recommendations, filed "
        f"with the court on 29 January 2027 in {CASE} ({CHILD}), are below.\n\n"
        "FINAL ANALYSIS AND RECOMMENDATIONS OF THE CHILDREN'S GUARDIAN\n"
        "Dated 29 January 2027\n\nI support the local authority's final care plan of "
        "long-term foster care under a care order.\n\n"
        "Grace Adeyemi\nChildren's Guardian, Cafcass\n",
    ),
    DemoMail(
        "14-second-review-decisions",
        "review_record",
        IRO,
        f"Review decisions - {CHILD} - second review 11.02.2027",
        _at(2027, 2, 12, 15, 50),
        f"Dear all,\n\nReview decisions - {CHILD} (LCS ID {LA_REF})\n"
        "Second Looked After Review held on Thursday 11 February 2027\n"
        "Chair: Nadia Okoye, IRO\n\n"
        "1. Isla to remain with her new foster carers while matching for a long-term "
        "placement continues. Responsible: Owen Price.\n"
        "2. Permanence plan: long-term foster care; contingency: a return to the wider "
        "family if the maternal aunt's assessment is positive. Responsible: Owen Price.\n\n"
        "Next review: Thursday 12 August 2027\n\n"
        "Nadia Okoye\nIndependent Reviewing Officer\n",
        to=f"{SOCIAL_WORKER}, {MANAGER}",
        cc=MAILBOX,
    ),
    DemoMail(
        "15-care-order",
        "final_order",
        COURT,
        f"{CASE} - sealed final order - BRENNAN",
        _at(2027, 2, 23, 15, 2),
        f"Dear all,\n\nIn the matter of {CHILD} (DOB {DOB}), case number {CASE}: at the "
        "final hearing on 22 February 2027 the court made a final care order in favour of "
        "Westmere Metropolitan Borough Council. The sealed care order is attached.\n\n"
        "Westmere Family Court\n",
        cc=LEGAL,
    ),
    DemoMail(
        "16-guardian-handover",
        "guardian_handover",
        GUARDIAN,
        f"Guardian handover - {CHILD} ({CASE})",
        _at(2027, 3, 5, 16, 32),
        f"Dear Nadia,\n\nWritten handover - {CHILD} (DOB {DOB})\n\n"
        "1. Proceedings concluded on 22 February 2027 with a care order. The final care "
        "plan (long-term foster care) was approved without amendment.\n"
        "2. Isla's wishes: she wants to stay with her new carers and to see her mum.\n"
        "3. Issues for the IRO: contact frequency; Isla's school move.\n\n"
        "I don't think a closing meeting is needed, but please let me know if you "
        "disagree.\n\nGrace Adeyemi\nChildren's Guardian, Cafcass\n",
    ),
)


def write_demo_mails(folder: Path) -> list[Path]:
    """Write the story's mails as .eml files into ``folder`` (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for mail in STORY:
        path = folder / f"{mail.name}.eml"
        path.write_bytes(mail.as_bytes())
        written.append(path)
    return written
