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

_LAF = (r"\b(?:became|become|becomes|has become|is now|now) looked after|\baccommodated\b|"
        r"\b(?:interim care order|emergency protection order|epo|police protection)\b|\blooked af"
        r"ter (?:from|since|on)|"
        r"\baccommodated (?:on|from|since)|\bcame into care|\bdate (?:child )?(?:became )?looked "
        r"after|\bstart date|\bplacement (?:start|began|commenced|started)|\bdate of placement|"
        r"\bplaced (?:in|with|into)\b[^.\n]{0,50}?\bon\b|\b(?:section 20|s\.? ?20)\b[^.\n]{0,40}?"
        r"\bon\b|\b(?:interim care order|emergency protection order|police protection)\b"
        r"[^.\n]{0,30}?\bon\b|\bentered care")
_CMH = r"\bcase management hearing\b|\bcmh\b"
_IRH = r"\bissues? resolution hearing\b|\birh\b"
_FH = r"\bfinal hearing\b"
_ORDER = (r"\border (?:was |were )?(?:made|dated|granted|sealed)(?: on)?|\bdate of (?:the )?"
          r"(?:final )?order|\b(?:final )?order (?:and )?date|\b(?:made|granted|sealed)\b"
          r"[^.\n]{0,50}?\bon\b|\border dated|\bordered by\b[^.\n]{0,60}?\bon\b|"
          r"\b(?:proceedings|final hearing) (?:have |has |were |was )?(?:concluded|ended|finished)"
          r"(?: on)?\b|\border made\b")
# A sentence that reports the final order being made, and names its day.
_ORDER_SENTENCE = re.compile(
    r"\b(?:made|granted|sealed|ordered|approved|concluded)\b[^.\n]*\b(?:order|orders|sgo|"
    r"proceedings|final hearing)\b|\b(?:order|orders|sgo|final hearing)\b[^.\n]*\b(?:made|"
    r"granted|sealed|concluded)\b", re.IGNORECASE)
_BOOKING = (
    r"\b(?:re-?arranged|re-?scheduled|mov(?:e|ed|ing)|chang(?:e|ed)|postponed|brought forward|"
    r"put back)\b[^.\n]{0,60}?\b(?:to|until|for)\b",
    r"\bbring(?:ing)?\b[^.]{0,40}?\breview\b[^.]{0,12}?\bforward\b[^.]{0,40}?\b(?:to|for)\b",
    r"\bnew date\b\W{0,12}(?:is|will be|of)?",
    r"\bnow (?:be held|take place|happen)\b[^.\n]{0,20}?\bon\b",
    r"\breview\b[^.\n]{0,80}?\b(?:on|for|is)\b",
    r"\breview date\b|\bdate of (?:the )?review\b|\bdate\s*:",
    # "initial looked after review: Wednesday 3rd February 2027"
    r"\breview\b[\s:,\-]*(?=(?:mon|tue|wed|thu|fri|sat|sun)\w*,? |\d)",
)
_RECORD = (
    # A labelled field first: "Date of review: 14/12/2027" before "(meeting held)" that a
    # "Record completed: 06/01/2028" line follows.
    r"\bdate of (?:the )?(?:looked after |cla |lac )?review\b|\breview date\b|\bdate of meeting\b",
    r"\b(?:review|meeting),? (?:(?:which|that) )?(?:was )?(?:held|took place|completed)(?: on)?\b",
    r"\bdate held\b|\bheld\s*:",
    r"\breview(?: meeting)?(?: (?:on|of|held|dated))?\b[\s:,\-]*(?=(?:mon|tue|wed|thu|fri|sat|sun)"
    r"\w*,? |\d)",
    r"\b(?:held|took place) on\b",
    # "The adjourned second review for Maisie (LCS ID ...) was completed today, 21 September"
    r"\breview\b[^.\n]{0,60}?\b(?:was|has been) (?:completed|held|concluded)\b",
)
_NEXT = r"\bnext\b|\bfuture\b"
_REPLY = re.compile(r"^\s*(?:\[[^\]]*\]\s*)?(?:re|aw|sv|antw)\s*:", re.IGNORECASE)


def _texts(unwrapped: Unwrapped, attachments: Sequence[AttachmentText],
           calendar: CalendarEvent | None) -> list[str]:
    # Positions 0-2 are always subject, body and note (possibly empty); then the rest.
    out = [unwrapped.subject, unwrapped.body, unwrapped.note]
    if calendar is not None:
        out.append(calendar.summary + "\n" + calendar.description)
    out.extend(a.text for a in attachments if a.text)
    return [straighten(t) for t in out]


def _title(text: str) -> str:
    """A document's title: its first two short non-empty lines ("SEALED / CARE ORDER")."""
    lines = [line.strip() for line in text[:600].split("\n") if line.strip()]
    return " / ".join(line for line in lines[:2] if len(line) <= 100)


def _zones(unwrapped: Unwrapped, attachments: Sequence[AttachmentText],
           calendar: CalendarEvent | None) -> Zones:
    outer = unwrapped.outer
    subjects = {unwrapped.subject, outer.subject}
    body = unwrapped.body
    if calendar is not None:
        body += "\n" + calendar.summary + "\n" + calendar.description
    # A calendar part is read as an event (summary and description, above), not as text:
    # its raw lines name the mailbox ("IRO Reviews") and every attendee.
    documents = [a for a in attachments if a.info.content_type != "text/calendar"]
    head = " ".join(a.text[:_HEAD_CHARS] for a in documents)
    rest = " ".join(a.text[_HEAD_CHARS:_REST_CHARS] for a in documents)
    titles = " \n ".join(_title(a.text) for a in documents)
    names = " ".join(a.info.filename or "" for a in attachments)
    names = re.sub(r"[_\-.]+", " ", names)
    return Zones(
        subject=normalise(" ".join(subjects)),
        note=normalise(unwrapped.note),
        body=normalise(body),
        attachment_names=normalise(names),
        attachment_titles=normalise(titles),
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


_EFFECTIVE = (r"\b(?:with effect from|effective(?: from)?|w\.?e\.?f\.?|starting(?: from)?|"
              r"commencing|from)\b")


def _event_date(texts: Sequence[str], ref: date | None) -> date | None:
    own = texts[1:3]  # the author's body and the forwarder's note
    # A change with an effective date ("reduced ... with effect from 1 March") dates from then;
    # the attached letter that announces it may be where that is written.
    effective = extract.date_after([*own, *texts[3:]], _EFFECTIVE, ref, near=16, relative=False)
    if effective is not None:
        return effective
    for text in own:
        for found in find_dates(text, ref):
            before = text[max(0, found.start - 30): found.start].lower()
            if not re.search(r"d\.?o\.?b|date of birth|\bborn\b|\breview\b|next hearing|listed|"
                             r"appear|\(\s*$", before):
                return found.value
    return extract.relative_date(texts[:3], ref)


_CEASED = (r"\b(?:ceas\w+|ended|end|returned home|went home|discharged|turned 18|18th birthday|"
           r"(?:went|moved|returned|gone) (?:back )?(?:home|to live))"
           r"\b(?:[^.\n]{0,60}?\b(?:on|from)\b)?")


def _ceased_date(texts: Sequence[str], ref: date | None) -> date | None:
    found = extract.date_after(texts, _CEASED, ref, reach=70, near=60)
    if found is not None:
        return found
    # "went home to dad yesterday and has ceased to be looked after": a day word in the
    # sentence that says so.
    for text in texts:
        for sentence in re.split(r"(?<=[.!?;])\s+|\n", text):
            if re.search(r"\bceas\w+|\bno longer looked after|\b(?:s20|section 20|accommodation)\b"
                         r"[^.]{0,20}\bended", sentence, re.IGNORECASE):
                rel = extract.relative_date([sentence], ref)
                if rel is not None:
                    return rel
    # "ceased to be looked after on that date": the date the sentence before gave.
    for text in texts:
        m = re.search(r"\b(?:ceas\w+|ended)\b[^.\n]{0,60}?\b(?:on that (?:date|day)|the same day)",
                      text, re.IGNORECASE)
        if m:
            earlier = [f for f in find_dates(text[max(0, m.start() - 300): m.start()], ref)
                       if extract.usable_date(text, max(0, m.start() - 300) + f.start)]
            if earlier:
                return earlier[-1].value
    return None


def _order_date(texts: Sequence[str], ref: date | None) -> date | None:
    labelled = extract.date_after(texts, _ORDER, ref, reach=60, relative=False)
    if labelled is not None:
        return labelled
    sentences = [
        sentence
        for text in texts
        for sentence in re.split(r"(?<=[.!?])\s+|\n", text)
        if _ORDER_SENTENCE.search(sentence)
    ]
    # A date the order states ("made ... on 6 July 2027") before "yesterday" in a cover note,
    # which may be read against another mail's date in a forward.
    for sentence in sentences:
        for found in find_dates(sentence, ref):
            if extract.usable_date(sentence, found.start):
                return found.value
    relative = extract.date_after(texts, _ORDER, ref, reach=60)
    if relative is not None:
        return relative
    for sentence in sentences:
        rel = extract.relative_date([sentence], ref)
        if rel is not None:
            return rel
    return None


_END_OF_PROCEEDINGS = ("final_order", "judgment", "guardian_handover")
_CLOSING_MEETING = re.compile(
    r"\bcare plan (?:was |has been |had been )?(?:significantly|substantially|materially) "
    r"(?:changed|amended|altered)|\bsignificant(?:ly)? (?:change|changed|amendment)s? (?:to|in) "
    r"the care plan|\bclosing meeting (?:will be |is |would be )?(?:needed|required|necessary)|"
    r"\bcontentious issues?\b(?! (?:were|was) resolved)", re.IGNORECASE)
_COURT_DOCS = ("court_care_plan", "court_directions", "expert_report", "guardian_report",
               "judgment", "final_order", "guardian_handover", "review_record",
               "cafcass_referral", "cafcass_decision")
_HEARING_GONE = (r"\b(?:vacated|cancelled|no longer|adjourned (?:to|until)|will not (?:go ahead|"
                 r"proceed))\b")
_AT_HEARING = r"\bat (?:a|the)\s+$"


def _made_at(texts: Sequence[str], hearing: str) -> bool:
    """Whether the order says it was made at that hearing ("this hearing was the CMH",
    "made ... at an Issues Resolution Hearing", "the order from yesterday's IRH")."""
    hearing = hearing.replace(" ", r"\s+")  # a PDF's lines may break inside the name
    pattern = (rf"\b(?:this|the)\s+hearing\s+(?:was|is)\s+(?:the\s+|an?\s+)?(?:{hearing})|"
               rf"\bmade\b[^.\n]{{0,80}}?\bat\s+(?:the\s+|an?\s+)?(?:{hearing})|"
               rf"\border\s+(?:made\s+)?(?:at|from|following)\s+(?:the\s+|an?\s+|yesterday'?s\s+|"
               rf"today'?s\s+)(?:{hearing})")
    return any(re.search(pattern, t, re.IGNORECASE) for t in texts)


_ADJOURN_SENTENCE = re.compile(r"[^.\n]*\badjourn[^.\n]*(?:\.\d[^.\n]*)*", re.IGNORECASE)
# Words before a date that make it the day the review reconvenes, not the day it was adjourned.
_RECONVENE = re.compile(
    r"(?:reconven\w*|resum\w*|re-?arrang\w*|re-?schedul\w*|re-?book\w*|new date|next|until|"
    r"\bto|\btill|will (?:now )?(?:be held|take place|go ahead|continue)|continu\w*|moved|"
    r"back on|instead)\W{0,4}(?:\w+\W{1,3}){0,3}$", re.IGNORECASE)


def _adjourned_on(texts: Sequence[str], ref: date | None) -> date | None:
    """The day the review was adjourned (LAR-ADJOURN's start), from a sentence that names the
    adjournment: a date there that is not the reconvened one ("adjourned on 23 March",
    "scheduled for 24 March ... was adjourned"), else "today"/"yesterday" there."""
    for text in texts:
        for sentence in _ADJOURN_SENTENCE.finditer(text):
            words = sentence.group(0)
            for found in find_dates(words, ref):
                before = words[max(0, found.start - 40): found.start]
                if _RECONVENE.search(before) or not extract.usable_date(words, found.start):
                    continue
                return found.value
            relative = extract.relative_date([words], ref)
            if relative is not None:
                return relative
    return None


def _dates(kind: str, subtype: str | None, texts: Sequence[str], quoted: Sequence[str],
           ref: date | None, calendar: CalendarEvent | None,
           attachments: Sequence[AttachmentText]) -> Dates:
    review_date: date | None = None
    if kind == "review_booking" and subtype == "adjourned":
        # The adjourned review's own date, not the reconvened one (label convention).
        review_date = _adjourned_on(texts, ref) or _first_label(texts, _RECORD, ref,
                                                                 exclude=_NEXT)
    elif kind == "review_booking":
        review_date = calendar.start if calendar and calendar.start else _first_label(
            texts, _BOOKING, ref, exclude=r"\b(?:last|previous)\b")
    elif kind in ("review_record", "manager_response"):
        review_date = _first_label([*texts, *quoted], _RECORD, ref, exclude=_NEXT)
    order_date = _order_date(texts, ref) if kind in ("final_order", "guardian_handover") \
        else extract.date_after(texts, _ORDER, ref)
    document_date: date | None = None
    if kind in _COURT_DOCS:
        document_date = extract.document_date(
            [texts[0], texts[1]] if len(texts) > 1 else texts, ref,
            [straighten(a.text) for a in attachments if a.text])
    event_date: date | None = None
    if kind == "significant_event":
        event_date = _event_date(texts, ref)
    elif kind == "ceased_looked_after":
        event_date = _ceased_date(texts, ref)
    cmh = extract.date_after(texts, _CMH, ref, skip=_HEARING_GONE, back=_AT_HEARING)
    irh = extract.date_after(texts, _IRH, ref, skip=_HEARING_GONE, back=_AT_HEARING)
    if kind == "court_directions":
        # An order made at the hearing itself is dated the day the hearing sat.
        if cmh is None and _made_at(texts, _CMH):
            cmh = document_date
        if irh is None and _made_at(texts, _IRH):
            irh = document_date
    if kind == "final_order" and order_date is None:
        order_date = document_date
    return Dates(
        looked_after_from=extract.date_after(texts, _LAF, ref,
                                             exclude=r"ceas|no longer|stop|end"),
        cmh=cmh,
        irh=irh,
        final_hearing=extract.date_after(texts, _FH, ref, skip=_HEARING_GONE),
        order_date=order_date if kind in ("final_order", "court_directions", "judgment",
                                          "guardian_handover") else None,
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
        # An auto-reply echoes the subject it answers: a case number there links it.
        case_number=extract.case_number([mail.subject]) if system.kind == "auto_reply" else None,
    )


def _malformed(mail: Mail) -> str | None:
    serious = [d for d in mail.defects
               if d.startswith(("too large", "nesting", "too many", "junk before"))]
    return "; ".join(serious) if serious else None


# Words for one particular person: a mail about a child speaks of him or her.
_ONE_CHILD = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself|my (?:son|daughter|"
                        r"child|grandson|granddaughter|niece|nephew)|the (?:child|young person)"
                        r")\b")


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
    result: Classification = classify(zones, trust.sender_role, system, tags,
                                      vouched=trust.trusted and unwrapped.forwarded)
    sent = unwrapped.sent or mail.date
    ref = london_date(sent) if sent else None
    texts = _texts(unwrapped, attachments, calendar)
    all_texts = [*texts, straighten(unwrapped.quoted)]
    people = find_people("\n".join(texts[1:]), unwrapped.author)
    case_number = extract.case_number(all_texts)
    child = extract.child(all_texts[1:], unwrapped.subject, settings)
    outsider = trust.sender_role is None and not (trust.trusted and unwrapped.forwarded)
    # A court writes about a case under its number; without it, nor a child, a court's
    # mail is the court's own business (a board's agenda, a user group's minutes).
    from_court = trust.sender_role == "court"
    if (result.kind != "unrelated" and (outsider or from_court) and not tags
            and case_number is None
            and not (child.name or child.la_ref or child.dob)
            and not _ONE_CHILD.search(zones.own_text())):
        # A stranger's mail that names no child and no case, and speaks of no one child (a
        # journalist's FOI request, a newsletter), is about the service, not a child.
        result = Classification("unrelated", None, 0.7,
                                (f"{result.kind} naming no child or case",
                                 *result.signals))
    kind, subtype = result.kind, result.subtype
    return Facts(
        kind=kind,
        subtype=subtype,
        confidence=result.confidence,
        case_number=case_number,
        child=child,
        people=tuple(people),
        dates=_dates(kind, subtype, texts, all_texts[len(texts):], ref, calendar, attachments),
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
        recipients=unwrapped.recipients,
        closing_meeting_needed=True if kind in _END_OF_PROCEEDINGS and _CLOSING_MEETING.search(
            zones.all_text()) else None,
    )
