"""Unwrapping forwards and replies to find the original author's message.

Handles inline forwards (Gmail "Forwarded message", Apple "Begin forwarded message",
Thunderbird "Original Message", Outlook's pasted From:/Sent:/To:/Subject: block),
originals attached as message/rfc822 (nested any number of times) and replies with
quoted history. The forwarder's own note is kept apart: explicit tags in it count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from parsers.dates import london_date, parse_datetime
from parsers.mime import Address, Mail, RawAttachment, decode_header

_FWD_SUBJECT = re.compile(r"^\s*(?:\[[^\]]*\]\s*)?(?:(?:re|aw|sv)\s*:\s*)*(?:fwd?|fw|tr|wg|d"
    r"oorst)\s*:",
                          re.IGNORECASE)
_REPLY_SUBJECT = re.compile(r"^\s*(?:\[[^\]]*\]\s*)?(?:re|aw|sv|antw)\s*:", re.IGNORECASE)
_PREFIXES = re.compile(r"^(?:\s*(?:re|fwd?|fw|aw|sv|tr|wg)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_MARKER = re.compile(
    r"^[ \t>]*(?:-{2,}\s*(?:forwarded message|original message|forwarded message)\s*-{2,}|"
    r"begin forwarded message:?|-{3,}\s*original message\s*-{3,}|_{8,})\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINE = re.compile(
    r"^[ \t>*]*(from|sent|date|to|cc|subject|reply-to|importance)\s*:[*\s]*(.*)$",
    re.IGNORECASE,
)
_WROTE = re.compile(r"^[ \t>]*on\s.{6,200}?\bwrote\s*:\s*$",
                    re.IGNORECASE | re.MULTILINE | re.DOTALL)
_EMAIL = re.compile(r"[A-Za-z0-9._%+'\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
# A forwarder's note longer than this is a message in its own right, not a cover note.
_NOTE_LIMIT = 400


@dataclass
class Unwrapped:
    """The original author's message found inside whatever reached the mailbox."""

    outer: Mail
    via: str = "direct"  # direct | inline | rfc822 | reply
    author: Address | None = None
    sent: datetime | None = None
    subject: str = ""
    note: str = ""
    body: str = ""
    quoted: str = ""
    attachments: list[RawAttachment] = field(default_factory=list)
    calendars: list[str] = field(default_factory=list)
    message_id: str | None = None
    recipients: tuple[str, ...] = ()  # the original's To and Cc addresses

    @property
    def forwarded(self) -> bool:
        return self.via in ("inline", "rfc822")


@dataclass
class _Block:
    start: int
    end: int
    fields: dict[str, str]
    marked: bool


def strip_prefixes(subject: str) -> str:
    """A subject without its Re:/Fwd: prefixes."""
    return _PREFIXES.sub("", subject).strip()


def _author_from(value: str) -> Address | None:
    value = value.strip().strip("*").strip()
    found = _EMAIL.search(value)
    name = value[: found.start()] if found else value
    name = re.sub(r"[<\[(\"']|mailto:|\s+on behalf of.*$", " ", name, flags=re.IGNORECASE)
    name = re.sub(r"\s+", " ", name).strip(" ,;:")
    # Outlook writes "Surname, Forename"; the facts use "Forename Surname".
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        if last and first and " " not in last:
            name = f"{first} {last}"
    if not found and not name:
        return None
    return Address(name, found.group(0).lower() if found else "")


def _blocks(text: str) -> list[_Block]:
    """Runs of pasted header lines (From:/Sent:/To:/Subject:) in the text."""
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    blocks: list[_Block] = []
    i = 0
    while i < len(lines):
        m = _HEADER_LINE.match(lines[i])
        if not m or m.group(1).lower() not in ("from", "date", "sent", "subject"):
            i += 1
            continue
        fields: dict[str, str] = {}
        j = i
        last = i
        blanks = 0
        while j < len(lines):
            hm = _HEADER_LINE.match(lines[j])
            if hm:
                key = hm.group(1).lower()
                if key in fields:
                    break
                fields[key] = hm.group(2).strip()
                last, blanks = j, 0
            elif not lines[j].strip() and blanks == 0:
                blanks = 1
            elif last == j - 1 and "to" in fields and not lines[j].strip().endswith(":") \
                    and "subject" not in fields and ";" in lines[j]:
                pass  # a wrapped To: line of many addresses
            else:
                break
            j += 1
        if "from" in fields and ("sent" in fields or "date" in fields or "subject" in fields) \
                and len(fields) >= 2:
            start = offsets[i]
            before = text[max(0, start - 200): start]
            marked = bool(_MARKER.search(before))
            blocks.append(_Block(start, offsets[last] + len(lines[last]), fields, marked))
            i = last + 1
        else:
            i += 1
    return blocks


def _first_quote(text: str) -> int:
    """Where quoted reply history begins, or -1."""
    positions = []
    wrote = _WROTE.search(text)
    if wrote:
        positions.append(wrote.start())
    marker = _MARKER.search(text)
    if marker:
        positions.append(marker.start())
    quoted = re.search(r"^>", text, re.MULTILINE)
    if quoted:
        positions.append(quoted.start())
    return min(positions) if positions else -1


def _split_reply(text: str) -> tuple[str, str]:
    cut = _first_quote(text)
    blocks = _blocks(text)
    if blocks and (cut < 0 or blocks[0].start < cut):
        cut = blocks[0].start
    if cut < 0:
        return text, ""
    return text[:cut].strip(), text[cut:]


def _all_attachments(mail: Mail) -> list[RawAttachment]:
    out = list(mail.attachments)
    for inner in mail.embedded:
        out.extend(_all_attachments(inner))
    return out


def _all_calendars(mail: Mail) -> list[str]:
    out = list(mail.calendars)
    for inner in mail.embedded:
        out.extend(_all_calendars(inner))
    return out


@dataclass
class _Inline:
    note: str
    block: _Block
    body: str
    later: str


def _inline(text: str, outer_subject: str) -> _Inline | None:
    """The forwarded original inside the text, past any hops that only forward again."""
    blocks = _blocks(text)
    if not blocks:
        return None
    first = blocks[0]
    note = text[: first.start]
    note_clean = _MARKER.sub("", note).strip()
    is_forward = bool(_FWD_SUBJECT.match(outer_subject)) or (first.marked and bool(
        re.search(r"forward", text[max(0, first.start - 200): first.start], re.IGNORECASE)))
    if not is_forward and (_REPLY_SUBJECT.match(outer_subject) or len(note_clean) > _NOTE_LIMIT):
        return None
    # "RE: FW: ..." above "> From: ... > Sent: ...": a reply quoting the forward it answers,
    # written by its own sender, not a forward of the quoted mail.
    if _REPLY_SUBJECT.match(outer_subject) and text[first.start:].lstrip(" \t").startswith(">"):
        return None
    if not is_forward and not first.marked and len(note_clean) > 0 and _WROTE.search(note):
        return None
    chosen = first
    index = 0
    # Skip hops that only forward again (a colleague's "Fwd:" with a cover note and a
    # signature: "sealed order below, please diarise"); the original is further down.
    while index + 1 < len(blocks):
        nxt = blocks[index + 1]
        between = _MARKER.sub("", text[chosen.end: nxt.start]).strip()
        subject = chosen.fields.get("subject", "")
        if len(between) < 300 and _FWD_SUBJECT.match(subject):
            chosen, index = nxt, index + 1
            continue
        break
    stop = blocks[index + 1].start if index + 1 < len(blocks) else len(text)
    return _Inline(note_clean, chosen, text[chosen.end: stop], text[stop:])


def unwrap(mail: Mail, depth: int = 0) -> Unwrapped:
    """Find the original author's message in a mail as it reached the mailbox."""
    subject = mail.subject
    attachments = _all_attachments(mail)
    calendars = _all_calendars(mail)
    own, quoted = _split_reply(mail.text)
    # An original attached as message/rfc822: the outer mail is only a cover note.
    if mail.embedded and depth < 10 and (
        _FWD_SUBJECT.match(subject) or len(own) <= _NOTE_LIMIT
    ):
        inner = unwrap(mail.embedded[0], depth + 1)
        result = Unwrapped(
            outer=mail, via="rfc822", author=inner.author, sent=inner.sent,
            subject=inner.subject, note=(own + "\n" + inner.note).strip()
            if inner.forwarded else own,
            body=inner.body, quoted=inner.quoted, attachments=attachments,
            calendars=calendars, message_id=inner.message_id, recipients=inner.recipients,
        )
        return result
    ref = london_date(mail.date) if mail.date else None
    inline = _inline(mail.text, subject)
    if inline is not None:
        fields = inline.block.fields
        body, more_quoted = _split_reply(inline.body.strip())
        sent_value = fields.get("sent") or fields.get("date") or ""
        return Unwrapped(
            outer=mail, via="inline", author=_author_from(fields.get("from", "")),
            sent=parse_datetime(sent_value, ref),
            subject=decode_header(fields.get("subject", "")) or strip_prefixes(subject),
            note=inline.note, body=body, quoted=(more_quoted + "\n" + inline.later).strip(),
            attachments=attachments, calendars=calendars, message_id=None,
            recipients=tuple(dict.fromkeys(
                e.lower() for key in ("to", "cc") for e in _EMAIL.findall(fields.get(key, ""))
            )),
        )
    via = "reply" if quoted else "direct"
    return Unwrapped(
        outer=mail, via=via, author=mail.sender, sent=mail.date, subject=subject,
        note="", body=own, quoted=quoted, attachments=attachments, calendars=calendars,
        message_id=mail.message_id,
        recipients=tuple(dict.fromkeys(a.email for a in (*mail.to, *mail.cc) if a.email)),
    )
