"""Fictional mails for the ingest and daemon tests, built with the standard library."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from daemon.clock import LONDON

MAILBOX = "iro.reviews@council.example.gov.uk"


def _mail(sender: str, subject: str, body: str, sent: datetime, msgid: str | None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = MAILBOX
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = msgid or make_msgid(domain="council.example.gov.uk")
    msg.set_content(body)
    return msg.as_bytes()


def looked_after_start(
    la_ref: str, name: str, dob: str, start: str, sent: datetime, msgid: str | None = None
) -> bytes:
    return _mail(
        "Sam Social Worker <sam.worker@council.example.gov.uk>",
        f"Child now looked after - {name} - LCS ID {la_ref}",
        f"Dear Review and Child Protection Unit,\n\n"
        f"Please note that {name} (DOB {dob}), LCS ID {la_ref}, became looked after on "
        f"{start} under section 20 and is placed with foster carers.\n\n"
        "Please arrange the initial Looked After Review.\n\nSam Worker\nSocial Worker\n",
        sent,
        msgid,
    )


def missing_event(
    la_ref: str,
    name: str,
    when: str,
    sent: datetime,
    msgid: str | None = None,
    sender: str = "Sam Social Worker <sam.worker@council.example.gov.uk>",
) -> bytes:
    return _mail(
        sender,
        f"Missing from placement - {name} - LCS ID {la_ref}",
        f"Hello,\n\n{name} (LCS ID {la_ref}) was reported missing from her foster placement "
        f"on {when} and the police have been informed. A return home interview will be "
        "offered when she is found.\n\nSam Worker\nSocial Worker\n",
        sent,
        msgid,
    )


def forward_of(original: bytes, forwarder: str, sent: datetime) -> bytes:
    """An Outlook-style inline forward of ``original`` by a member of staff."""
    from email import message_from_bytes
    from email.policy import default

    inner = message_from_bytes(original, policy=default)
    body = inner.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    when = datetime.strptime(inner["Date"], "%a, %d %b %Y %H:%M:%S %z").astimezone(LONDON)
    forwarded = (
        "FYI - please log.\n\n"
        "-----Original Message-----\n"
        f"From: {inner['From']}\n"
        f"Sent: {when:%A, %d %B %Y %H:%M}\n"
        f"To: {inner['To']}\n"
        f"Subject: {inner['Subject']}\n\n{text}"
    )
    return _mail(forwarder, f"FW: {inner['Subject']}", forwarded, sent, None)


def cafcass_referral(la_ref: str, name: str, sent: datetime, msgid: str | None = None) -> bytes:
    """An IRO's formal referral to Cafcass Legal: applying one twice would show as two."""
    return _mail(
        "Ian Iro <ian.iro@council.example.gov.uk>",
        f"Formal referral to Cafcass Legal - {name} - LCS ID {la_ref}",
        f"Dear Cafcass Legal,\n\nI am making a formal referral under section 26(2A) of the "
        f"Children Act 1989 in respect of {name} (LCS ID {la_ref}). The dispute resolution "
        "process has been exhausted without resolving the local authority's failure to "
        "implement the care plan.\n\nIan Iro\nIndependent Reviewing Officer\n",
        sent,
        msgid,
    )
