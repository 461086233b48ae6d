"""Fields from a mail's text: case number, LA reference, child, dates and filing deadlines.

Every finder looks for a label next to its value; nothing unlabelled is guessed, except
the document date, taken from the top of an attached document.
"""

from __future__ import annotations

import functools
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
# A forename may be hyphenated with a capital after the hyphen ("Lily-Mae").
_NAME = r"[A-ZÀ-Þ][a-zß-ÿ']+(?:-[A-ZÀ-Þa-zß-ÿ][a-zß-ÿ']+)*(?:[ \t]+[A-ZÀ-Þ][A-Za-zÀ-ÿ'\-]+)+"
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
    r"night|earlier today)\b",
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
    label_re = re.compile(r"(?<![A-Za-z])(?:" + labels + r")(?![A-Za-z])", re.IGNORECASE)
    try:
        value_re = re.compile(settings.la_ref_pattern)
    except re.error:
        return None
    # Between label and value: punctuation, a table cell's bar, "no."/"number"/"is", or
    # whose it is ("LCS ID for Amelia: 1048213").
    gap = re.compile(r"^[\s:#\-.()|=]*(?:(?:no\.?|number|is|ref(?:erence)?)[\s:#\-.|]*)?"
                     r"(?:(?:for|of) [A-Z][\w'\-]+(?: [A-Z][\w'\-]+)?[\s:#\-.|]*(?:is[\s:]*)?)?$",
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


_SENTENCE_END = re.compile(r"\.\s+[A-Z]|\n\s*\n")


def usable_date(text: str, start: int) -> bool:
    """Whether the date at `start` is not a date of birth or a week."""
    before = text[max(0, start - 25): start]
    if re.search(r"\b(?:d\.?o\.?b|date of birth|born)\b(?! to)[^\n]{0,12}$", before, re.IGNORECASE):
        return False
    return not re.search(r"\b(?:w/c|week (?:commencing|beginning))\W{0,3}$", before, re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _label_pattern(label: str) -> re.Pattern[str]:
    # A label may be broken over lines (PDF text wraps "Case\nManagement Hearing").
    return re.compile(re.sub(r"(?<!\\) (?![^\[]*\])", r"\\s+", label), re.IGNORECASE)


def date_after(texts: Iterable[str], label: str, ref: date | None, reach: int = 90,
               exclude: str | None = None, near: int | None = None,
               skip: str | None = None, relative: bool = True,
               back: str | None = None) -> date | None:
    """The first date within `reach` characters after a label, in the same sentence.

    Dates of birth and "w/c" weeks are passed over. `near`: the date must start within so
    many characters of the label. `skip`: a label whose sentence matches this is passed over
    (a vacated hearing). `relative`: "today"/"yesterday" right after the label count, read
    against `ref`. `back`: when nothing follows the label and the text just before it
    matches this, the last date earlier in the sentence counts ("on 16 February at a case
    management hearing").
    """
    label_re = _label_pattern(label)
    exclude_re = re.compile(exclude, re.IGNORECASE) if exclude else None
    skip_re = re.compile(skip, re.IGNORECASE) if skip else None
    back_re = re.compile(back, re.IGNORECASE) if back else None
    for text in texts:
        for m in label_re.finditer(text):
            if exclude_re and exclude_re.search(text[max(0, m.start() - 25): m.end()]):
                continue
            window = text[m.end(): m.end() + reach]
            # A full stop followed by a capital ends the sentence; dates like "3.3.27" do not.
            stop = _SENTENCE_END.search(window)
            if stop:
                window = window[: stop.start()]
            if re.match(r"[ \t]*:", window):
                # A "Label: value" field ends with its line ("Review date: Tues 15/6" is not
                # followed into "Previous review held: 12 January 2027").
                window = window.split("\n", 1)[0]
            if skip_re and skip_re.search(window):
                continue
            rel = _RELATIVE.search(window[: near if near is not None else 40]) \
                if relative and ref is not None else None
            for found in find_dates(window, ref):
                if (near is not None and found.start > near) or (rel and rel.start() < found.start):
                    break
                if usable_date(text, m.end() + found.start):
                    return found.value
            if rel is not None and ref is not None:
                return _resolve(rel.group(1), ref)
            if back_re is not None and back_re.search(text[max(0, m.start() - 12): m.start()]):
                head = text[max(0, m.start() - 160): m.start()]
                cut = max((x.end() for x in _SENTENCE_END.finditer(head)), default=0)
                earlier = [f for f in find_dates(head[cut:], ref)]
                if earlier:
                    return earlier[-1].value
    return None


def _resolve(word: str, sent: date) -> date:
    word = word.lower()
    return sent - timedelta(days=1) if word in ("yesterday", "last night") else sent


def relative_date(texts: Iterable[str], sent: date | None) -> date | None:
    """"yesterday", "today", "last night" resolved against the mail's London date."""
    if sent is None:
        return None
    for text in texts:
        m = _RELATIVE.search(text)
        if m:
            return _resolve(m.group(1), sent)
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
    (r"expert|psycholog|psychiatr|paediatric|parenting assessment|independent social work|\bisw\b|"
     r"report of dr|\bdr\.? [a-z][\w\-]+'?s? (?:\w+ )?(?:report|assessment)|hair strand|"
     r"cognitive assessment|addendum report", "expert_report"),
)
_FILE_VERB = re.compile(r"\b(?:file|filed|serve|served|lodge|lodged|send|sent|due)\b",
                        re.IGNORECASE)
# A row of a timetable table, as html_to_text writes it: "Step: ... | Date: 05/03/2027".
_TIMETABLE_ROW = re.compile(r"\|\s*(?:date|due(?: date)?|deadline|by)\s*:", re.IGNORECASE)
_DUE = re.compile(
    r"\b(?:by|no later than|on or before|before|due(?: by| on)?|(?:due )?date\s*:|deadline\s*:)"
    r"\s+(?:(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|noon)|noon|midday|4\s*p\.?m\.?)\s+(?:on\s+)?)?",
    re.IGNORECASE)


_ITEM_BREAK = re.compile(r"\n\s*(?=\(?\d+[.)]|[a-z][.)]|[-\u2022*\u2013]\s|[^\n|]{2,60}:[^\n]*\|)")


def filing_deadlines(texts: Iterable[str], ref: date | None) -> tuple[FilingDeadline, ...]:
    """Documents a directions order says must be filed, with their due dates."""
    out: dict[str, FilingDeadline] = {}

    def document_in(words: str) -> str | None:
        lowered = straighten(words).lower()
        return next((d for p, d in _FILING_DOCS if re.search(p, lowered)), None)

    for text in texts:
        for item in _ITEM_BREAK.split(text):
            for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z(\d])", item):
                if not (_FILE_VERB.search(sentence) or _TIMETABLE_ROW.search(sentence)):
                    continue
                # "Dr X (psychologist) is to assess. Her report shall be filed by ...": the
                # document is named in the order's paragraph, not in the filing sentence.
                document = document_in(sentence) or document_in(item)
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


_GIVEN = re.compile(r"\b(?:given|granted|obtained)\b", re.IGNORECASE)


def approvals(texts: Iterable[str]) -> tuple[str, ...]:
    """Approver roles named with an approval (procedure §16)."""
    found: list[str] = []
    for text in texts:
        # Clause by clause: "the Director's approval is required; this was given by ..." and
        # "the Group Manager approved, but the Director's approval is awaited".
        unwrapped = re.sub(r"(?<=\S)[ \t]*\n(?=[ \t]*[a-zA-Z])(?![ \t]*\n)", " ", straighten(text))
        for clause in re.split(r"(?<=[.!?])\s+|\n|;|\bbut\b|\bhowever\b", unwrapped):
            if not (_APPROVAL.search(clause) or _GIVEN.search(clause)):
                continue
            if re.search(r"\b(?:not|awaiting|awaited|pending|yet to|will need|needs? to|require|"
                         r"(?:being |to be |will be )?sought|requested|will ask)", clause,
                         re.IGNORECASE):
                continue
            for pattern, role in _APPROVERS:
                if re.search(pattern, clause, re.IGNORECASE) and role not in found:
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


_DOC_NOUN = (r"(?:plan|report|referral|decision|order|judgment|judgement|handover|analysis|"
             r"statement|document|letter|assessment|addendum|directions|record)")
# A label at the start of a line is the document's own date field; "dated" inside a
# sentence may be another document's ("replaces the plan dated 6 April").
_DOC_FIELD = re.compile(
    # The longest label first: "Date record completed" before a bare "Date".
    r"^[ \t|*]*(?:date (?:" + _DOC_NOUN + r" )?(?:made|signed|sent|issued|filed|completed|"
    r"finalised|written)|date(?: of (?:the )?(?:this )?" + _DOC_NOUN + r")?|dated|" + _DOC_NOUN
    + r" date|made(?: on)?|signed(?: on)?|(?:judgment )?handed down(?: on)?)\b"
    r"[ \t]*[:|\-]?[ \t]*",
    re.IGNORECASE | re.MULTILINE)
_DOC_INLINE = re.compile(
    r"\b(?:dated|handed down(?: on)?|(?:judgment|judgement) (?:was )?(?:given|delivered)"
    r"(?: orally)?(?: on)?|(?:made|sealed|approved) (?:the following directions |this "
    r"order |the order )?on|(?:ordered|made) by [^.\n]{3,60}? on|"
    r"made at (?:the |an? )?[a-z ]{3,40}?hearing (?:on|of)|date of (?:the )?(?:this )?"
    + _DOC_NOUN + r"\s*[:\-]?|(?<=[.;|] )date\s*:)\s*", re.IGNORECASE)
# A signature line that ends with the date: "Ruth Okafor, Children's Guardian. 1 April 2027".
_SIGNED_LINE = re.compile(
    r"^[^\n]{0,80}\b(?:guardian|psychologist|psychiatrist|paediatrician|social worker|reviewing "
    r"officer|iro|consultant|solicitor|team manager)\b[^\n\d]{0,6}[-,.\u2013]\s*(?=[^\n]{6,30}$)",
    re.IGNORECASE | re.MULTILINE)
_FILED = re.compile(
    r"\b(?:filed|sent|served|handed down|signed|approved|completed|finalised|written)\b"
    r"(?:[^.\n]{0,40}?\bon\b)?\s*", re.IGNORECASE)
_OTHER_DATE_CONTEXT = re.compile(r"\b(?:birth|dob|born|hearing|next|review|questions|replaces|"
                                 r"previous|earlier|letter of|referral of)\b[^\n]{0,40}$",
                                 re.IGNORECASE)


def _field_date(text: str, pattern: re.Pattern[str], ref: date | None, limit: int) -> date | None:
    for m in pattern.finditer(text[:limit]):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _OTHER_DATE_CONTEXT.search(text[line_start: m.start()]):
            continue
        window = text[m.end(): m.end() + 40]
        found = find_dates(window, ref)
        # The value must follow at once (a weekday may come first), not further along, and
        # the label must end where it matched: "Date of birth: ..." is another field.
        if found and found[0].start <= 12 and not _WORD_BEFORE_VALUE.search(
                window[:found[0].start]):
            return found[0].value
    return None


# A word other than a weekday between a field's label and its date.
_WORD_BEFORE_VALUE = re.compile(
    r"\b(?!(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b)[a-z]{2,}",
    re.IGNORECASE)


def document_date(texts: Sequence[str], ref: date | None, attachments: Sequence[str] = ()
                  ) -> date | None:
    """A document's own date: its date field, a signature line's date, or "filed on ..."

    Attachments (the documents themselves) are read before the mail's text, and a field at
    the start of a line before a date inside a sentence, which may be another document's.
    """
    for pattern in (_DOC_FIELD, _DOC_INLINE, _SIGNED_LINE):
        for text in (*attachments, *texts):
            value = _field_date(text, pattern, ref, 6000)
            if value is not None:
                return value
    # Prose: "the interim care plan we filed on 12 February", "filed today".
    for text in texts:
        value = date_after([text], _FILED.pattern, ref, reach=30, near=14)
        if value is not None:
            return value
    return None
