"""Fields from a mail's text: case number, LA reference, child, dates and filing deadlines.

Every finder looks for a label next to its value; nothing unlabelled is guessed, except
the document date, taken from the top of an attached document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from parsers.dates import find_dates, parse_one
from parsers.facts import Child, FilingDeadline
from parsers.settings import ParserSettings
from parsers.text import straighten

_CASE = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z]{2})[ \t\-/]?(\d{2})[ \t\-/]?([A-Za-z])[ \t\-/]?(\d{5})(?![A-"
    r"Za-z0-9])"
)
_CASE_LABEL = re.compile(r"case\s*(?:no\.?|number|ref(?:erence)?|#)|court\s*ref", re.IGNORECASE)
_NAME = r"[A-ZÀ-Þ][a-zß-ÿ'\-]+(?:[ \t]+[A-ZÀ-Þ][A-Za-zÀ-ÿ'\-]+)+"
_NAME_WORDS = frozenset(
    [
        "care", "plan", "final", "interim", "review", "looked", "after", "court", "order",
        "children", "guardian", "cafcass", "council", "family", "report", "hearing", "case",
        "number", "date", "birth", "independent", "reviewing", "officer", "legal", "young",
        "person", "service", "social", "worker", "team", "manager", "local", "authority", "the",
        "re", "fw", "fwd", "directions", "judgment", "judgement", "analysis", "handover", "record",
        "decisions", "referral", "decision", "allocation", "initial", "notification", "emergency",
        "significant", "event", "missing", "placement", "child", "of", "and", "for", "to", "in",
        "on", "at", "by", "with", "from", "dear", "kind", "regards", "thanks"
    ]
)
_DOB = re.compile(r"\b(?:d\.?o\.?b\.?|date of birth|born(?:\s+on)?)\s*[:\-]?\s*", re.IGNORECASE)
_CHILD_LABELS = re.compile(
    r"(?i:child(?:'s)?\s+name|name\s+of\s+(?:the\s+)?child|child|young\s+person|"
    r"in\s+the\s+matter\s+of|in\s+respect\s+of|subject\s+child|name)\s*[:\-]\s*"
    r"|(?i:in\s+the\s+matter\s+of|in\s+respect\s+of|regarding|concerning)\s+(?:the\s+child\s+)?"
)
_RELATIVE = re.compile(r"\b(yesterday|today|this (?:morning|afternoon|evening)|last night|to"
    r"night)\b",
                       re.IGNORECASE)


def case_number(texts: Iterable[str]) -> str | None:
    """The Family Court case number, normalised (BM26C50123); labelled ones first."""
    first: str | None = None
    for text in texts:
        for m in _CASE.finditer(text):
            value = "".join(m.groups()).upper()
            if _CASE_LABEL.search(text[max(0, m.start() - 30): m.start()]):
                return value
            if first is None:
                first = value
    return first


def la_ref(texts: Iterable[str], settings: ParserSettings) -> str | None:
    """The LA child reference: the configured pattern right after one of its labels."""
    labels = "|".join(re.escape(label) for label in settings.la_ref_labels)
    if not labels:
        return None
    label_re = re.compile(r"(?:" + labels + r")", re.IGNORECASE)
    try:
        value_re = re.compile(settings.la_ref_pattern)
    except re.error:
        return None
    gap = re.compile(r"^[\s:#\-.()]*(?:(?:no\.?|number|is|ref(?:erence)?)[\s:#\-.]*)?$",
                     re.IGNORECASE)
    for text in texts:
        for label in label_re.finditer(text):
            window = text[label.end(): label.end() + 40]
            m = value_re.search(window)
            if m and gap.match(window[: m.start()]):
                return m.group(0)
    return None


def _clean_child_name(raw: str) -> str | None:
    words = raw.split()
    while words and words[-1].lower().strip("'") in _NAME_WORDS:
        words.pop()
    if len(words) < 2 or len(words) > 4 or any(w.lower() in _NAME_WORDS for w in words):
        return None
    return " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in words)


def child(texts: Sequence[str], subject: str, settings: ParserSettings) -> Child:
    """The child's name, date of birth and LA reference, each only when labelled."""
    name: str | None = None
    dob: date | None = None
    name_dob = re.compile(r"(" + _NAME + r")\s*[\(,\-]?\s*(?i:d\.?o\.?b\.?|date of birth|born)")
    labelled = re.compile(r"(?:" + _CHILD_LABELS.pattern + r")(" + _NAME + r")")
    for text in (subject, *texts):
        text = straighten(text)
        if name is None:
            for m in name_dob.finditer(text):
                name = _clean_child_name(m.group(1))
                if name:
                    break
        if name is None:
            for m in labelled.finditer(text):
                name = _clean_child_name(m.group(1))
                if name:
                    break
        if dob is None:
            for m in _DOB.finditer(text):
                dob = parse_one(text[m.end(): m.end() + 40], None)
                if dob is not None:
                    break
    return Child(name=name, dob=dob, la_ref=la_ref((subject, *texts), settings))


def date_after(texts: Iterable[str], label: str, ref: date | None, reach: int = 90,
               exclude: str | None = None) -> date | None:
    """The first date within `reach` characters after a label, in the same sentence."""
    label_re = re.compile(label, re.IGNORECASE)
    exclude_re = re.compile(exclude, re.IGNORECASE) if exclude else None
    for text in texts:
        for m in label_re.finditer(text):
            if exclude_re and exclude_re.search(text[max(0, m.start() - 25): m.end()]):
                continue
            window = text[m.end(): m.end() + reach]
            # A full stop followed by a capital ends the sentence; dates like "3.3.27" do not.
            stop = re.search(r"\.\s+[A-Z]|\n\s*\n", window)
            if stop:
                window = window[: stop.start()]
            found = find_dates(window, ref)
            if found:
                return found[0].value
    return None


def relative_date(texts: Iterable[str], sent: date | None) -> date | None:
    """"yesterday", "today", "last night" resolved against the mail's London date."""
    if sent is None:
        return None
    for text in texts:
        m = _RELATIVE.search(text)
        if m:
            word = m.group(1).lower()
            return sent - timedelta(days=1) if word in ("yesterday", "last night") else sent
    return None


_FILING_DOCS: tuple[tuple[str, str], ...] = (
    (r"final care plan", "court_care_plan:final"),
    (r"interim care plan", "court_care_plan:interim"),
    (r"care plan", "court_care_plan"),
    (r"guardian.{0,40}final (?:analysis|report)|final (?:analysis|report).{0,60}guardian",
     "guardian_report:final"),
    (r"guardian.{0,40}interim (?:analysis|report)|interim (?:analysis|report).{0,60}guardian",
     "guardian_report:interim"),
    (r"guardian.{0,40}(?:analysis|report|position statement)", "guardian_report"),
    (r"expert|psycholog|psychiatr|parenting assessment|independent social work|\bisw\b|"
     r"report of dr|hair strand|cognitive assessment", "expert_report"),
)
_FILE_VERB = re.compile(r"\b(?:file|filed|serve|served|lodge|lodged|send|sent)\b", re.IGNORECASE)
_DUE = re.compile(
    r"\b(?:by|no later than|on or before|before)\s+(?:(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|noon)|"
    r"noon|midday|4\s*p\.?m\.?)\s+(?:on\s+)?)?", re.IGNORECASE)


def filing_deadlines(texts: Iterable[str], ref: date | None) -> tuple[FilingDeadline, ...]:
    """Documents a directions order says must be filed, with their due dates."""
    out: dict[str, FilingDeadline] = {}
    for text in texts:
        for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z(\d])|\n\s*(?=\(?\d+[.)]|[a-z][.)])", text):
            if not _FILE_VERB.search(sentence):
                continue
            lowered = straighten(sentence).lower()
            document = next((d for p, d in _FILING_DOCS if re.search(p, lowered)), None)
            if document is None:
                continue
            due: date | None = None
            for m in _DUE.finditer(sentence):
                found = find_dates(sentence[m.end(): m.end() + 60], ref)
                if found and found[0].start < 25:
                    due = found[0].value
                    break
            if due is not None and document not in out:
                out[document] = FilingDeadline(document, due)
    return tuple(out.values())


_APPROVERS: tuple[tuple[str, str], ...] = (
    (r"nominated officer", "nominated_officer"),
    (r"group manager", "group_manager"),
    (r"head of service", "head_of_service"),
    (r"director of children'?s services|\bdcs\b|\bdirector\b", "director"),
)
_APPROVAL = re.compile(r"approv|agreed|authoris|authoriz|sign(?:ed)?[ -]off|endorse|consent",
                       re.IGNORECASE)


def approvals(texts: Iterable[str]) -> tuple[str, ...]:
    """Approver roles named with an approval (procedure §16)."""
    found: list[str] = []
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+|\n", straighten(text)):
            if not _APPROVAL.search(sentence):
                continue
            if re.search(r"\b(?:not|awaiting|pending|yet to|will need|needs? to|require)",
                         sentence, re.IGNORECASE):
                continue
            for pattern, role in _APPROVERS:
                if re.search(pattern, sentence, re.IGNORECASE) and role not in found:
                    found.append(role)
    return tuple(found)


_SUBJECT_TAG = re.compile(r"\[(CC-[A-Za-z0-9][A-Za-z0-9_\-]*)\]")


def subject_tag(subjects: Iterable[str]) -> str | None:
    """The [CC-...] reference our own outgoing mails carry, if a reply kept it."""
    for subject in subjects:
        m = _SUBJECT_TAG.search(subject)
        if m:
            return "[" + m.group(1).upper() + "]"
    return None


def document_date(texts: Iterable[str], ref: date | None) -> date | None:
    """A document's own date: "Dated ..."/"Date: ..." near its top."""
    for text in texts:
        head = text[:1500]
        for m in re.finditer(r"\b(?:dated|date of (?:report|plan|document|judgment|order|"
                             r"statement|analysis)|report date|date)\b\s*[:\-]?\s*",
                             head, re.IGNORECASE):
            if re.search(r"birth|dob|hearing|next|review", head[max(0, m.start() - 20): m.end()],
                         re.IGNORECASE):
                continue
            value = parse_one(head[m.end(): m.end() + 40], ref)
            if value is not None:
                return value
    return None
