"""Everyday mail that is not about a child's case must stay `unrelated`.

The significant-event vocabulary (procedure §2.5) is broad on purpose: missing, hospital,
complaint, notice, sentence, leaving. These mails use those words about adults, offices,
laptops and training, and are written by council staff (whose role alone lets a mail be
read), by outsiders and by machines.
"""

from __future__ import annotations

import pytest

from parsers import ParserSettings, parse_email
from tests.parsers.builders import mail

S = ParserSettings(service_addresses=("iro@council.example.gov.uk",))
STAFF = "Pat Green <pat.green@council.example.gov.uk>"
OUTSIDER = "Events Team <events@training-hub.example.com>"

UNRELATED = [
    (
        STAFF,
        "Laptop missing from room 4",
        "Has anyone seen the grey laptop that went missing from meeting room 4 yesterday? "
        "It has an asset tag on the lid. Please let facilities know.",
    ),
    (
        STAFF,
        "Leaving early today",
        "Hi all, I have a hospital appointment this afternoon so I'll be leaving at 2pm. "
        "Back in tomorrow.",
    ),
    (
        STAFF,
        "Canteen",
        "Another complaint about the coffee machine on the 3rd floor - it has been "
        "broken for a week. Can someone chase estates?",
    ),
    (
        STAFF,
        "Car park closure",
        "The staff car park will be closed on Saturday 6 March for resurfacing. Please park at "
        "the leisure centre. Anyone who has a parking permit has been sent a notice.",
    ),
    (
        STAFF,
        "Team away day",
        "Our away day is on Thursday 11 March at the Civic Centre, room 2. "
        "Agenda: service plan, caseload review process, and a quiz. Lunch provided.",
    ),
    (
        OUTSIDER,
        "Places left: trauma-informed practice course",
        "Book now for our one-day course for social workers and foster carers on responding to "
        "missing episodes and self-harm. Certificates provided. Unsubscribe at any time.",
    ),
    (
        STAFF,
        "Room booking confirmed",
        "Your booking of Committee Room 1 for the IRO team "
        "meeting on 16 March 09:30-11:00 is confirmed. Please leave the room tidy.",
    ),
    (
        STAFF,
        "Farewell collection",
        "As most of you know, Jan is leaving us at the end of the "
        "month after 20 years. There is a card and collection on my desk.",
    ),
    (
        OUTSIDER,
        "Your parcel",
        "Your parcel could not be delivered because nobody was home. "
        "We will try again tomorrow. Track it online.",
    ),
    (
        STAFF,
        "Fire drill",
        "There will be a fire alarm test and evacuation drill at 11am on "
        "Wednesday. Please make sure visitors are escorted out. First aiders to report to the "
        "assembly point.",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), UNRELATED)
def test_everyday_mail_stays_unrelated(sender: str, subject: str, body: str) -> None:
    facts = parse_email(bytes(mail(body, subject=subject, sender=sender)), S)
    assert facts.kind == "unrelated", (facts.kind, facts.signals)


def test_bulk_mail_about_children_stays_unrelated() -> None:
    body = (
        "This month: new guidance on children missing from care, a webinar on "
        "placement stability and our annual conference on child protection."
    )
    headers = {"List-Unsubscribe": "<mailto:u@practice.example.org>"}
    facts = parse_email(
        bytes(
            mail(
                body,
                subject="Practice newsletter - March",
                sender="News <news@practice.example.org>",
                headers=headers,
            )
        ),
        S,
    )
    assert facts.kind == "unrelated"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Reminder: mandatory training",
            "All staff must complete the online safeguarding module by Friday. "
            "It covers allegations "
            "against staff, LADO referrals, strategy meetings and child protection conferences.",
        ),
        (
            "Practice briefing: writing review records",
            "Join the lunch and learn on writing review decisions and recommendations "
            "that children "
            "can understand; we will look at good examples of records of looked after reviews.",
        ),
        (
            "Agenda - IRO team meeting",
            "1. Complaints procedure update 2. Missing children protocol 3. Hospital discharge "
            "pathway 4. AOB",
        ),
    ],
)
def test_staff_notices_about_practice_stay_unrelated(subject: str, body: str) -> None:
    facts = parse_email(bytes(mail(body, subject=subject, sender=STAFF)), S)
    assert facts.kind == "unrelated", (facts.kind, facts.signals)
