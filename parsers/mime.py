"""Reading raw email bytes into a small, decoded, bounded structure (`Mail`).

The MIME tree comes from the standard library's compat32 parser (the same parser
mail-parser uses underneath; it never raises on broken structure and records
defects instead). Headers and addresses are decoded with mail-parser's helpers,
which recover from the RFC 2047 and address mistakes real mailers make.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.errors
import email.header
import email.utils
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message

from dateutil import parser as dateparser
from mailparser.utils import decode_header_part, get_addresses

from parsers.errors import UnreadableMail
from parsers.settings import ParserSettings
from parsers.text import decode_bytes, html_to_text, tidy

# A crafted mail can hold thousands of parts; past this many the rest are ignored.
_MAX_PARTS = 400
_ENCODED_WORD = re.compile(r'(?<!")(=\?[^?\s]+\?[qQbB]\?[^?\s]*\?=)(?!")')
_MSGID = re.compile(r"<[^<>\s]{1,500}>")


@dataclass(frozen=True)
class Address:
    """A mailbox: display name and lower-cased address."""

    name: str
    email: str

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2]


@dataclass
class RawAttachment:
    """An attachment's decoded bytes (or why they were not decoded)."""

    filename: str | None
    content_type: str
    payload: bytes | None
    size: int
    error: str | None = None


@dataclass
class Mail:
    """One message (top level or attached as message/rfc822), decoded and bounded."""

    subject: str = ""
    sender: Address | None = None
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    envelope_to: tuple[Address, ...] = ()
    date: datetime | None = None
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    headers: dict[str, list[str]] = field(default_factory=dict)
    content_type: str = "text/plain"
    report_type: str | None = None
    text: str = ""
    html_only: bool = False
    attachments: list[RawAttachment] = field(default_factory=list)
    embedded: list[Mail] = field(default_factory=list)
    calendars: list[str] = field(default_factory=list)
    report_texts: list[str] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)

    def header(self, name: str) -> str:
        values = self.headers.get(name.lower())
        return values[0] if values else ""


def _unescape(value: str) -> str:
    # compat32 keeps raw 8-bit header bytes as surrogates; most such mailers meant UTF-8.
    if any("\udc80" <= ch <= "\udcff" for ch in value):
        raw = value.encode("ascii", "surrogateescape")
        return decode_bytes(raw, None)
    return value


def decode_header(value: object) -> str:
    """A header's text with RFC 2047 words decoded and folding removed."""
    if value is None:
        return ""
    if isinstance(value, email.header.Header):
        try:
            text = str(value)
        except (UnicodeError, LookupError):
            text = value.encode()
    else:
        text = _unescape(str(value))
    decoded: str = decode_header_part(text)
    return re.sub(r"\s+", " ", decoded).strip()


def parse_addresses(value: str) -> tuple[Address, ...]:
    """Addresses of a header, lower-cased; junk entries are dropped."""
    if not value:
        return ()
    # Quote bare encoded words so a comma inside one does not split the mailbox.
    value = _ENCODED_WORD.sub(lambda m: '"' + m.group(0) + '"', value)
    try:
        pairs = get_addresses(value, decode_names=True)
    except (ValueError, TypeError, IndexError, UnicodeError, LookupError):
        pairs = email.utils.getaddresses([value])
    out: list[Address] = []
    for name, addr in pairs:
        addr = addr.strip().strip("<>").lower()
        if "@" not in addr or " " in addr:
            continue
        out.append(Address(decode_header(name).strip('"\' '), addr))
    return tuple(out)


_COMMENT = re.compile(r"\([^()]*\)")


def parse_mail_date(value: str) -> datetime | None:
    """A Date header as an aware datetime; a date without zone is taken as UTC."""
    # RFC 5322 comments may sit anywhere ("00:19:00 (EDT) -0400"); the standard parser
    # stops at one and loses the zone after it.
    value = _COMMENT.sub(" ", value or "").strip()
    if not value:
        return None
    try:
        parsed: datetime | None = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = None
    if parsed is None:
        try:
            parsed = dateparser.parse(value, dayfirst=True, fuzzy=True)
        except (ValueError, OverflowError, TypeError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if 100 <= parsed.year < 1000:
        # RFC 5322 §4.3: a three-digit year is 1900 more ("Apr 101" is 2001).
        parsed = parsed.replace(year=parsed.year + 1900)
    return parsed


def _msgids(value: str) -> tuple[str, ...]:
    return tuple(_MSGID.findall(value))


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except (UnicodeError, LookupError, ValueError, TypeError):
        return None
    if name is None:
        return None
    return decode_header(name) or None


def _content_type(part: Message) -> str:
    ctype = part.get_content_type()
    return ctype.lower() if "/" in ctype else "application/octet-stream"


def _is_attachment(part: Message) -> bool:
    disposition = str(part.get("Content-Disposition", "")).lower()
    return disposition.startswith("attachment")


_BOUNDARY_LINE = re.compile(r"^--([^\s-][^\s]{0,69}?)\s*$", re.MULTILINE)


def _recover_multipart(part: Message) -> Message | None:
    """A multipart whose Content-Type lost its boundary: take the boundary from the body."""
    raw = part.get_payload()
    if not isinstance(raw, str):
        return None
    m = _BOUNDARY_LINE.search(raw)
    if m is None:
        return None
    boundary = m.group(1).removesuffix("--")
    rebuilt = email.message_from_string(
        f'Content-Type: {part.get_content_type()}; boundary="{boundary}"\n\n{raw}')
    return rebuilt if rebuilt.is_multipart() else None


def _lenient_base64(raw: str) -> bytes:
    """Base64 cut short or with stray characters: decode every complete group there is."""
    cleaned = re.sub(r"[^A-Za-z0-9+/]", "", raw.split("=", 1)[0])
    cleaned = cleaned[: len(cleaned) - len(cleaned) % 4] if len(cleaned) % 4 == 1 else cleaned
    cleaned += "=" * (-len(cleaned) % 4)
    try:
        return base64.b64decode(cleaned)
    except (binascii.Error, ValueError):
        return b""


def _payload_bytes(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except (ValueError, TypeError, AssertionError, UnicodeError, LookupError):
        data = None
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    raw_payload = part.get_payload()
    if cte == "base64" and isinstance(raw_payload, str) and any(
        isinstance(d, (email.errors.InvalidBase64PaddingDefect,
                       email.errors.InvalidBase64CharactersDefect,
                       email.errors.InvalidBase64LengthDefect))
        for d in part.defects
    ):
        # The email package hands back the undecoded text for broken base64.
        lenient = _lenient_base64(raw_payload)
        if lenient:
            return lenient
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    return b""


def _encoded_size(part: Message) -> int:
    raw = part.get_payload()
    if not isinstance(raw, str):
        return 0
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    # base64 grows data by 4/3; good enough to refuse work before decoding.
    return len(raw) * 3 // 4 if cte == "base64" else len(raw)


class _Budget:
    """Counts parts and decoded bytes across a whole mail, nested messages included."""

    def __init__(self, settings: ParserSettings) -> None:
        self.parts = 0
        self.bytes_left = settings.max_total_bytes


def _part_text(part: Message, settings: ParserSettings) -> str:
    data = _payload_bytes(part)[: settings.max_text_chars * 4]
    return decode_bytes(data, part.get_content_charset())


def _collect(
    part: Message, mail: Mail, settings: ParserSettings, budget: _Budget, depth: int,
    plain: list[str], html: list[str],
) -> None:
    budget.parts += 1
    if budget.parts > _MAX_PARTS:
        if "too many parts" not in mail.defects:
            mail.defects.append("too many parts")
        return
    ctype = _content_type(part)
    if ctype == "message/rfc822" or (ctype.startswith("message/") and part.is_multipart()
                                     and ctype not in ("message/delivery-status",)):
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            if depth + 1 > settings.max_nesting:
                mail.defects.append("nesting too deep")
                return
            mail.embedded.append(_build(inner[0], settings, budget, depth + 1))
        return
    if ctype.startswith("multipart/") and not part.is_multipart():
        recovered = _recover_multipart(part)
        if recovered is not None:
            _collect(recovered, mail, settings, budget, depth, plain, html)
            return
        # A multipart without a usable boundary: what a person sees is its raw text.
        plain.append(_part_text(part, settings))
        return
    if part.is_multipart():
        children = part.get_payload()
        if isinstance(children, list):
            for child in children:
                if isinstance(child, Message):
                    _collect(child, mail, settings, budget, depth, plain, html)
        return
    if ctype in ("message/delivery-status", "text/rfc822-headers", "message/rfc822-headers",
                 "message/global-delivery-status", "message/global-headers",
                 "message/disposition-notification", "message/global-disposition-notification"):
        mail.report_texts.append(_part_text(part, settings))
        return
    if ctype == "text/calendar":
        mail.calendars.append(_part_text(part, settings))
    filename = _filename(part)
    inline_text = ctype in ("text/plain", "text/html") and not _is_attachment(part)
    if inline_text and filename is None:
        text = _part_text(part, settings)
        (plain if ctype == "text/plain" else html).append(text)
        return
    _add_attachment(part, mail, ctype, filename, settings, budget)


def _add_attachment(
    part: Message, mail: Mail, ctype: str, filename: str | None,
    settings: ParserSettings, budget: _Budget,
) -> None:
    estimate = _encoded_size(part)
    if estimate > settings.max_attachment_bytes:
        mail.attachments.append(RawAttachment(filename, ctype, None, estimate,
                                              f"too large ({estimate} bytes)"))
        return
    if estimate > budget.bytes_left:
        mail.attachments.append(RawAttachment(filename, ctype, None, estimate,
                                              "mail size budget spent"))
        return
    data = _payload_bytes(part)
    budget.bytes_left -= len(data)
    mail.attachments.append(RawAttachment(filename, ctype, data, len(data)))


def _headers(msg: Message) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, value in msg.items():
        out.setdefault(str(name).lower(), []).append(decode_header(value))
    return out


def _build(msg: Message, settings: ParserSettings, budget: _Budget, depth: int) -> Mail:
    headers = _headers(msg)

    def first(name: str) -> str:
        values = headers.get(name)
        return values[0] if values else ""

    def raw_all(name: str) -> str:
        # Addresses are split before their names are decoded: "=?utf-8?q?Okafor,_Ruth?="
        # holds a comma that must not split the mailbox.
        return ", ".join(_unescape(str(v)) for v in (msg.get_all(name) or []))

    senders = parse_addresses(raw_all("from")) or parse_addresses(raw_all("sender"))
    envelope: list[Address] = []
    for name in ("delivered-to", "x-original-to", "envelope-to", "x-envelope-to"):
        envelope.extend(parse_addresses(raw_all(name)))
    mail = Mail(
        subject=first("subject"),
        sender=senders[0] if senders else None,
        to=parse_addresses(raw_all("to")),
        cc=parse_addresses(raw_all("cc")),
        envelope_to=tuple(envelope),
        date=parse_mail_date(first("date")),
        message_id=(_msgids(first("message-id")) or (None,))[0],
        in_reply_to=(_msgids(first("in-reply-to")) or (None,))[0],
        references=_msgids(" ".join(headers.get("references", []))),
        headers=headers,
        content_type=_content_type(msg),
    )
    # Read from the header even when the parts are missing (a report cut short).
    report_type = (msg.get_param("report-type")
                   if msg.get_content_type() == "multipart/report" else None)
    mail.report_type = report_type.lower() if isinstance(report_type, str) else None
    mail.defects.extend(type(d).__name__ for d in msg.defects)
    plain: list[str] = []
    html: list[str] = []
    _collect(msg, mail, settings, budget, depth, plain, html)
    plain_text = tidy("\n\n".join(plain))
    # Some mailers send a stub plain part ("view in a browser") beside the real HTML.
    if html and len(plain_text) < 40:
        mail.text = html_to_text("\n".join(html))[: settings.max_text_chars]
        mail.html_only = not plain_text
    else:
        mail.text = plain_text[: settings.max_text_chars]
    return mail


# A header field: a name of printable characters other than the colon, then a colon.
_HEADER_FIELD = re.compile(rb"^[!-9;-~]+:")
_MAX_JUNK_LINES = 5


def read_mail(raw: bytes, settings: ParserSettings) -> Mail:
    """Parse raw bytes into a Mail; raises UnreadableMail when nothing usable is there."""
    if not raw or not raw.strip():
        raise UnreadableMail("empty input")
    head = raw[:4096]
    if b":" not in head:
        raise UnreadableMail("no header lines")
    if len(raw) > settings.max_total_bytes:
        # Read the headers only: enough to see who sent it and what it says it is.
        cut = raw.find(b"\n\n")
        cut2 = raw.find(b"\r\n\r\n")
        ends = [c for c in (cut, cut2) if c >= 0]
        raw = raw[: min(ends)] + b"\n\n" if ends else raw[:65536]
        truncated = True
    else:
        truncated = False
    try:
        msg = email.message_from_bytes(raw)
    except RecursionError as err:
        raise UnreadableMail("MIME nesting too deep") from err
    skipped = 0
    if not msg.keys():
        # A broken first line ("Fro :m ...") makes the standard parser read everything as
        # body. Skip a few lines that are not header fields and try again.
        lines = raw.split(b"\n", _MAX_JUNK_LINES + 1)
        while skipped < min(_MAX_JUNK_LINES, len(lines) - 1) and not _HEADER_FIELD.match(
                lines[skipped]):
            skipped += 1
        if skipped > 0 and _HEADER_FIELD.match(lines[skipped]):
            try:
                msg = email.message_from_bytes(b"\n".join(lines[skipped:]))
            except RecursionError as err:
                raise UnreadableMail("MIME nesting too deep") from err
        if not msg.keys():
            raise UnreadableMail("no headers")
    try:
        mail = _build(msg, settings, _Budget(settings), 0)
    except RecursionError as err:
        raise UnreadableMail("MIME nesting too deep") from err
    if truncated:
        mail.defects.append(f"too large: over {settings.max_total_bytes} bytes, headers only")
    if skipped:
        mail.defects.append(f"junk before the headers: {skipped} line(s) skipped")
    if mail.sender is None and not mail.subject and mail.date is None and not mail.text:
        raise UnreadableMail("no sender, subject, date or text")
    return mail
