"""From raw bytes to a Facts record: read, unwrap, judge trust, classify, extract."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from parsers import extract
from parsers.attachments import AttachmentText, read_attachment
from parsers.classify import Classification, Zones, classify
from parsers.dates import find_dates, london_date
from parsers.facts import Dates, Facts, ReviewInfo
from parsers.forwards import Unwrapped, unwrap
from parsers.ics import CalendarEvent, parse_calendar
from parsers.mime import Mail, read_mail
from parsers.people import find_people
from parsers.settings import ParserSettings
from parsers.system import SystemVerdict, detect
from parsers.tags import find_tags
from parsers.text import normalise, straighten
from parsers.trust import TrustVerdict, assess

# Past this many attachments the rest are listed but not read.
_MAX_READ_ATTACHMENTS = 25
_HEAD_CHARS = 3000
_REST_CHARS = 30000

_LAF = (r"\b(?:became|become|becomes|has become) looked after|\blooked after (?:from|since|on)|"
        r"\baccommodated (?:on|from|since)|\bcame into care|\bdate (?:child )?(?:became )?looked "
        r"after|\bstart date|\bplacement (?:start|began|commenced|started)|\bdate of placement|"
        r"\bplaced (?:in|with|into)\b[^.\n]{0,50}?\bon\b|\b(?:section 20|s\.? ?20)\b[^.\n]{0,40}?"
        r"\bon\b|\b(?:interim care order|emergency protection order|police protection)\b"
        r"[^.\n]{0,30}?\bon\b|\bentered care")
_CMH = r"\bcase management hearing\b|\bcmh\b"
_IRH = r"\bissues? resolution hearing\b|\birh\b"
_FH = r"\bfinal hearing\b"
_ORDER = (r"\border (?:was |were )?(?:made|dated|granted|sealed)(?: on)?|\bdate of (?:the )?order|"
          r"\b(?:made|granted|sealed)\b[^.\n]{0,50}?\bon\b|\border dated")
_BOOKING = (
    r"\b(?:re-?arranged|re-?scheduled|moved|changed|postponed|brought forward|put back)\b"
    r"[^.\n]{0,60}?\b(?:to|until|for)\b",
    r"\bnew date\b\W{0,12}(?:is|will be|of)?",
    r"\bnow (?:be held|take place|happen)\b[^.\n]{0,20}?\bon\b",
    r"\breview\b[^.\n]{0,80}?\b(?:on|for|is)\b",
    r"\breview date\b|\bdate of (?:the )?review\b|\bdate\s*:",
)
_RECORD = (
    r"\b(?:review|meeting) (?:was )?(?:held|took place|completed)(?: on)?\b",
    r"\bdate of (?:the )?(?:looked after |cla |lac )?review\b|\breview date\b|\bdate of meeting\b",
    r"\bheld on\b",
)
_NEXT = r"\bnext\b|\bfuture\b"
_REPLY = re.compile(r"^\s*(?:\[[^\]]*\]\s*)?(?:re|aw|sv|antw)\s*:", re.IGNORECASE)


def _texts(unwrapped: Unwrapped, attachments: Sequence[AttachmentText],
           calendar: CalendarEvent | None) -> list[str]:
    out = [unwrapped.subject, unwrapped.body, unwrapped.note]
    if calendar is not None:
        out.append(calendar.summary + "\n" + calendar.description)
    out.extend(a.text for a in attachments if a.text)
    return [straighten(t) for t in out if t]


def _zones(unwrapped: Unwrapped, attachments: Sequence[AttachmentText],
           calendar: CalendarEvent | None) -> Zones:
    outer = unwrapped.outer
    subjects = {unwrapped.subject, outer.subject}
    body = unwrapped.body
    if calendar is not None:
        body += "\n" + calendar.summary + "\n" + calendar.description
    head = " ".join(a.text[:_HEAD_CHARS] for a in attachments)
    rest = " ".join(a.text[_HEAD_CHARS:_REST_CHARS] for a in attachments)
    names = " ".join(a.info.filename or "" for a in attachments)
    names = re.sub(r"[_\-.]+", " ", names)
    return Zones(
        subject=normalise(" ".join(subjects)),
        note=normalise(unwrapped.note),
        body=normalise(body),
        attachment_names=normalise(names),
        attachment_head=normalise(head),
        attachment_rest=normalise(rest),
        quoted=normalise(unwrapped.quoted[:_REST_CHARS]),
        reply=unwrapped.via == "reply" or bool(_REPLY.match(outer.subject)),
        calendar=calendar is not None,
    )


def _first_label(texts: Sequence[str], labels: Sequence[str], ref: date | None,
                 exclude: str | None = None) -> date | None:
    for label in labels:
        value = extract.date_after(texts, label, ref, exclude=exclude)
        if value is not None:
            return value
    return None


def _event_date(texts: Sequence[str], ref: date | None) -> date | None:
    for text in texts[1:3]:  # the author's body and the forwarder's note
        for found in find_dates(text, ref):
            before = text[max(0, found.start - 30): found.start].lower()
            if not re.search(r"d\.?o\.?b|birth|born|review|hearing", before):
                return found.value
    return extract.relative_date(texts[:3], ref)


_COURT_DOCS = ("court_care_plan", "court_directions", "expert_report", "guardian_report",
               "judgment", "final_order", "guardian_handover", "review_record")


def _dates(kind: str, texts: Sequence[str], ref: date | None,
           calendar: CalendarEvent | None, attachments: Sequence[AttachmentText]) -> Dates:
    review_date: date | None = None
    if kind == "review_booking":
        review_date = calendar.start if calendar and calendar.start else _first_label(
            texts, _BOOKING, ref, exclude=r"\b(?:last|previous)\b")
    elif kind == "review_record":
        review_date = _first_label(texts, _RECORD, ref, exclude=_NEXT)
    order_date = extract.date_after(texts, _ORDER, ref)
    document_date: date | None = None
    if kind in _COURT_DOCS:
        document_date = extract.document_date([a.text for a in attachments if a.text], ref) \
            or extract.document_date(texts[:2], ref)
    event_date: date | None = None
    if kind == "significant_event":
        event_date = _event_date(texts, ref)
    elif kind == "ceased_looked_after":
        event_date = extract.date_after(
            texts, r"\b(?:ceas\w+|ended|end|returned home|discharged)\b[^.\n]{0,60}?\b(?:on|"
                r"from)\b",
            ref)
    if kind == "final_order" and order_date is None:
        order_date = document_date
    return Dates(
        looked_after_from=extract.date_after(texts, _LAF, ref,
                                             exclude=r"ceas|no longer|stop|end"),
        cmh=extract.date_after(texts, _CMH, ref),
        irh=extract.date_after(texts, _IRH, ref),
        final_hearing=extract.date_after(texts, _FH, ref),
        order_date=order_date if kind in ("final_order", "court_directions", "judgment") else None,
        review_date=review_date,
        event_date=event_date,
        document_date=document_date,
        filing_deadlines=extract.filing_deadlines(texts, ref) if kind == "court_directions"
        else (),
    )


def _review_info(kind: str, subtype: str | None, text: str) -> ReviewInfo | None:
    if kind == "review_booking":
        return ReviewInfo(booking=subtype)
    if kind != "review_record":
        return None
    with_meeting: bool | None = None
    if re.search(r"\bwithout (?:a )?meeting\b|\bno (?:review )?meeting\b|\bnot (?:to )?(?:hold|"
                 r"include) a meeting\b|\bby consultation\b", text):
        with_meeting = False
    elif re.search(r"\b(?:review )?meeting (?:was )?(?:held|took place)\b|\battended the "
                   r"(?:review )?meeting\b|\bpresent at the (?:review|meeting)\b|\bat the meeting\b"
                   r"|\bmeeting attendees\b|\bin attendance\b", text):
        with_meeting = True
    pir: bool | None = None
    pir_re = r"(?:placement information record|\bpir\b)"
    if re.search(pir_re + r"[^.]{0,40}\b(?:not|n't)\b[^.]{0,15}\bupdated\b|\bnot updated\b[^"
        r".]{0,40}"
                 + pir_re, text):
        pir = False
    elif re.search(pir_re + r"[^.]{0,40}\bupdated\b|\bupdated\b[^.]{0,40}" + pir_re, text):
        pir = True
    return ReviewInfo(with_meeting=with_meeting, pir_updated=pir)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _machine_facts(mail: Mail, system: SystemVerdict, trust: TrustVerdict,
                   settings: ParserSettings) -> Facts:
    del settings
    return Facts(
        kind=system.kind, confidence=0.99, signals=system.signals,
        message_id=mail.message_id, sent_at=_iso(mail.date),
        trust="trusted" if trust.trusted else "untrusted", trust_reason=trust.reason,
        sender=mail.sender.email if mail.sender else None, sender_role=trust.sender_role,
        in_reply_to=mail.in_reply_to, references=mail.references,
        bounce_of=system.bounce_of,
        subject_tag=extract.subject_tag([mail.subject]),
        malformed=_malformed(mail),
    )


def _malformed(mail: Mail) -> str | None:
    serious = [d for d in mail.defects if d.startswith(("too large", "nesting", "too many"))]
    return "; ".join(serious) if serious else None


def build_facts(raw: bytes, settings: ParserSettings) -> Facts:
    """Parse one mail. Raises UnreadableMail; parse_email turns that into facts."""
    mail = read_mail(raw, settings)
    system = detect(mail)
    if system is not None and system.kind in ("bounce", "auto_reply"):
        direct = Unwrapped(outer=mail, author=mail.sender, sent=mail.date, subject=mail.subject)
        return _machine_facts(mail, system, assess(direct, settings), settings)
    unwrapped = unwrap(mail)
    attachments = [read_attachment(a, settings) if i < _MAX_READ_ATTACHMENTS
                   else read_attachment(a.__class__(a.filename, a.content_type, None, a.size,
                                                    "not read: too many attachments"), settings)
                   for i, a in enumerate(unwrapped.attachments)]
    calendar = next((c for c in (parse_calendar(t) for t in unwrapped.calendars) if c), None)
    trust = assess(unwrapped, settings)
    recipients = (*mail.to, *mail.cc, *mail.envelope_to)
    tags = find_tags([mail.subject, unwrapped.subject], recipients, settings.service_addresses)
    zones = _zones(unwrapped, attachments, calendar)
    result: Classification = classify(zones, trust.sender_role, system, tags)
    sent = unwrapped.sent or mail.date
    ref = london_date(sent) if sent else None
    texts = _texts(unwrapped, attachments, calendar)
    all_texts = [*texts, straighten(unwrapped.quoted)]
    people = find_people("\n".join(texts[1:]), unwrapped.author)
    kind, subtype = result.kind, result.subtype
    return Facts(
        kind=kind,
        subtype=subtype,
        confidence=result.confidence,
        case_number=extract.case_number(all_texts),
        child=extract.child(all_texts[1:], unwrapped.subject, settings),
        people=tuple(people),
        dates=_dates(kind, texts, ref, calendar, attachments),
        message_id=mail.message_id,
        sent_at=_iso(sent),
        trust="trusted" if trust.trusted else "untrusted",
        trust_reason=trust.reason,
        signals=result.signals,
        malformed=_malformed(mail),
        forwarded_by=mail.sender.email if unwrapped.forwarded and mail.sender else None,
        sender=unwrapped.author.email if unwrapped.author and unwrapped.author.email else None,
        sender_role=trust.sender_role,
        in_reply_to=mail.in_reply_to,
        references=mail.references,
        attachments=tuple(a.info for a in attachments),
        subject_tag=extract.subject_tag([mail.subject, unwrapped.subject]),
        review=_review_info(kind, subtype, zones.all_text()),
        approvals=extract.approvals(texts) if kind == "ceased_looked_after" else (),
        manager_decision=subtype if kind == "manager_response" else None,
        tags=tuple(t.source for t in tags),
    )
