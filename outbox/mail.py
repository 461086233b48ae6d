"""What one outgoing mail says (Draft, Item) and how it becomes a safe EmailMessage.

Every header built from data goes through one gate: free text (the subject) has its line
breaks and control characters turned into spaces; an address must be exactly one plain
address, and one with a line break, a comma or any second address in it is refused with
AddressError. A mail is text (plus an HTML alternative when the template has one), never
an attachment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, localtime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from outbox.errors import AddressError, HeaderError

if TYPE_CHECKING:
    from rules.engine import Deadline

# Our own reference tag, exactly as daemon/apply.py reads it back from a reply.
TAG_PATTERN = re.compile(r"\[CC-(?P<ref>[A-Za-z0-9]+)-(?P<rule>[A-Z]+(?:-[A-Z0-9]+)+)\]")
_RULE_ID = re.compile(r"[A-Z]+(?:-[A-Z0-9]+)+")
_CASE_REF = re.compile(r"[A-Za-z0-9]+")
# Initials: one to four capital letters, optionally with dots, spaces or hyphens ("A.B.").
_INITIALS = re.compile(r"[A-Z](?:[.\- ]?[A-Z]){0,3}\.?")

# A deliberately plain addr-spec: dot-atom local part, LDH domain with at least one dot.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDR_SPEC = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@{_LABEL}(?:\.{_LABEL})+")
_NAME_AND_ADDR = re.compile(r"\s*(?P<name>[^<>]*?)\s*<(?P<addr>[^<>]*)>\s*")
_MSG_ID = re.compile(r"<?(?P<id>[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+@[A-Za-z0-9.\-\[\]]+)>?")
# Line breaks and other control characters, including the Unicode line separators.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


# ---- items and drafts ---------------------------------------------------------------------


def reference_tag(case_ref: str, rule_id: str) -> str:
    """``[CC-<case_ref>-<RULE-ID>]``: the tag a reply carries back to the case."""
    tag = f"[CC-{case_ref}-{rule_id}]"
    if not TAG_PATTERN.fullmatch(tag):
        raise HeaderError(
            f"cannot make a reference tag from case {case_ref!r} and rule {rule_id!r}: "
            "the case reference must be letters and digits, the rule id like LAR-INITIAL"
        )
    return tag


@dataclass(frozen=True, slots=True)
class Item:
    """One deadline in a mail, holding only what a reader needs: no child's name, ever."""

    rule_id: str
    rule_title: str
    source: str  # the paragraph that makes it due, e.g. "procedure §2.1"
    case_ref: str  # the LA child reference (or the court case number)
    initials: str  # the child's initials: never a name
    subject_key: str
    due: date | None
    latest_working_day: date | None  # set when the due date is not a working day
    status: str  # a rules.engine.Status value: open, overdue, deemed_agreed, ...
    who_acts: str  # a role, e.g. social_worker, iro, designated_manager
    meets: str  # what would meet it, in words
    step: str  # the ladder step this mail is (reminder, chaser, service_manager, ...)
    tag: str  # e.g. "[CC-1048213-LAR-INITIAL]"
    checklist: tuple[str, ...] = ()
    explanation: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not _RULE_ID.fullmatch(self.rule_id):
            raise ValueError(f"item: {self.rule_id!r} is not a rule id")
        if not _CASE_REF.fullmatch(self.case_ref):
            raise ValueError(
                f"item {self.rule_id}: case reference {self.case_ref!r} must be "
                "letters and digits only"
            )
        if not _INITIALS.fullmatch(self.initials):
            # A guard against a full name slipping in where initials belong.
            raise ValueError(
                f"item {self.rule_id} ({self.case_ref}): initials must be one to "
                "four capital letters, not a name"
            )
        if not TAG_PATTERN.fullmatch(self.tag):
            raise ValueError(f"item {self.rule_id}: {self.tag!r} is not a [CC-...] tag")

    @classmethod
    def from_deadline(
        cls,
        deadline: Deadline,
        *,
        case_ref: str,
        initials: str,
        step: str,
        checklist: Iterable[str] = (),
        tag: str | None = None,
    ) -> Item:
        """An item for a deadline of the rule engine; the tag defaults to case and rule."""
        return cls(
            rule_id=deadline.rule_id,
            rule_title=deadline.title,
            source=deadline.source,
            case_ref=case_ref,
            initials=initials,
            subject_key=deadline.subject_key,
            due=deadline.due,
            latest_working_day=deadline.latest_working_day,
            status=str(deadline.status.value),
            who_acts=deadline.who_acts,
            meets=deadline.meets,
            step=step,
            tag=tag if tag is not None else reference_tag(case_ref, deadline.rule_id),
            checklist=tuple(checklist),
            explanation=deadline.explanation,
        )


def _no_context() -> Mapping[str, Any]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """One mail before rendering: template, recipients, items, extra context, identity.

    Addresses and ids are checked when the draft is made, so a bad one fails where it was
    queued, not when the mail is sent.
    """

    template: str
    to: tuple[str, ...]
    cc: tuple[str, ...] = ()
    items: tuple[Item, ...] = ()
    context: Mapping[str, Any] = field(default_factory=_no_context)
    message_id: str
    in_reply_to: str | None = None

    def __post_init__(self) -> None:
        # A read-only copy: the caller's dict can change no queued draft.
        object.__setattr__(self, "context", MappingProxyType(dict(self.context)))
        if not self.to:
            raise AddressError(f"draft {self.message_id}: no recipient")
        for value in (*self.to, *self.cc):
            parse_address(value)
        normalise_msgid(self.message_id)
        if self.in_reply_to is not None:
            normalise_msgid(self.in_reply_to)


@dataclass(frozen=True, slots=True)
class Rendered:
    """A draft rendered: one-line subject, text body, optional HTML alternative."""

    subject: str
    text: str
    html: str | None = None


# ---- the header gate ----------------------------------------------------------------------


def clean_header_text(value: str) -> str:
    """Free text made fit for one header line: control characters and line breaks become
    spaces, runs of white space one space. Folding is left to the email package."""
    return " ".join(_CONTROL.sub(" ", value).split())


def parse_address(value: str) -> Address:
    """Exactly one address, ``addr@example.org`` or ``Display Name <addr@example.org>``.

    Raises AddressError for a line break or control character anywhere, for more than one
    address (``a@x.org, b@y.org``, ``A <a@x.org>, b@y.org``) and for anything that is not a
    plain ASCII addr-spec. A display name may hold a comma ("Smith, Jane"): it is quoted.
    """
    if _CONTROL.search(value):
        raise AddressError(f"address {value!r} contains a line break or control character")
    match = _NAME_AND_ADDR.fullmatch(value)
    if match is not None:
        name, addr = match.group("name"), match.group("addr").strip()
    elif "<" in value or ">" in value:
        raise AddressError(f"address {value!r} is not one address")
    else:
        name, addr = "", value.strip()
    if len(name) >= 2 and name[0] == name[-1] == '"':
        name = name[1:-1]
    if '"' in name or "\\" in name:
        raise AddressError(f"address {value!r}: quotes inside a display name are not allowed")
    if not _ADDR_SPEC.fullmatch(addr):
        raise AddressError(f"address {value!r} is not one plain address")
    return Address(display_name=name.strip(), addr_spec=addr)


def normalise_msgid(value: str) -> str:
    """``<id@domain>``; raises HeaderError for anything else (spaces, line breaks, ...)."""
    match = _MSG_ID.fullmatch(value)
    if match is None or value.startswith("<") != value.endswith(">"):
        raise HeaderError(f"{value!r} is not a Message-ID like <id@domain>")
    return f"<{match.group('id')}>"


def envelope_recipients(message: EmailMessage) -> tuple[str, ...]:
    """The addr-specs of To and Cc, each once, in order: what the transport sends to."""
    seen: dict[str, str] = {}
    for header in ("To", "Cc"):
        for value in message.get_all(header, []):
            for address in value.addresses:
                seen.setdefault(address.addr_spec.lower(), address.addr_spec)
    return tuple(seen.values())


# ---- the message --------------------------------------------------------------------------


def build_message(
    draft: Draft,
    rendered: Rendered,
    from_address: str,
    redirect_all_to: str | None = None,
    *,
    now: datetime | None = None,
) -> EmailMessage:
    """The EmailMessage for a rendered draft.

    Headers: From, To, Cc, Subject (one line, cleaned), Date (``now``, which should be the
    daemon's clock; the wall clock when omitted), Message-ID (the draft's, stable across
    retries), In-Reply-To and References when replying, ``Auto-Submitted: auto-generated``
    and ``X-Auto-Response-Suppress: All`` (no out-of-office storms back into the mailbox).
    With ``redirect_all_to`` every recipient is replaced by that one address, Cc is
    dropped, and ``X-Caseclock-Original-To`` (and ``-Cc``) say who it was meant for.
    """
    sender = parse_address(from_address)
    to = [parse_address(a) for a in draft.to]
    cc = [parse_address(a) for a in draft.cc]

    message = EmailMessage()
    message["From"] = sender
    if redirect_all_to is not None:
        message["To"] = parse_address(redirect_all_to)
        message["X-Caseclock-Original-To"] = ", ".join(a.addr_spec for a in to)
        if cc:
            message["X-Caseclock-Original-Cc"] = ", ".join(a.addr_spec for a in cc)
    else:
        message["To"] = to
        if cc:
            message["Cc"] = cc
    message["Subject"] = clean_header_text(rendered.subject)
    message["Date"] = format_datetime(now if now is not None else localtime())
    message["Message-ID"] = normalise_msgid(draft.message_id)
    if draft.in_reply_to is not None:
        parent = normalise_msgid(draft.in_reply_to)
        message["In-Reply-To"] = parent
        message["References"] = parent
    message["Auto-Submitted"] = "auto-generated"
    message["X-Auto-Response-Suppress"] = "All"

    text = rendered.text if rendered.text.endswith("\n") else rendered.text + "\n"
    message.set_content(text)
    if rendered.html is not None:
        message.add_alternative(rendered.html, subtype="html")
    return message


def recipients_of(draft: Draft, redirect_all_to: str | None = None) -> tuple[str, ...]:
    """The envelope recipients a draft will go to (the redirect address alone if set)."""
    if redirect_all_to is not None:
        return (parse_address(redirect_all_to).addr_spec,)
    addresses: Sequence[str] = (*draft.to, *draft.cc)
    seen: dict[str, str] = {}
    for value in addresses:
        spec = parse_address(value).addr_spec
        seen.setdefault(spec.lower(), spec)
    return tuple(seen.values())
