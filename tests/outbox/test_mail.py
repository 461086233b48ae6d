"""Building the EmailMessage: identity headers, the header gate, redirects, no attachments."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default

import pytest

from daemon.apply import TAG
from outbox.errors import AddressError, HeaderError
from outbox.mail import (
    Draft,
    Item,
    Rendered,
    build_message,
    clean_header_text,
    envelope_recipients,
    recipients_of,
    reference_tag,
)
from outbox.samples import sample_item
from rules.catalogue import Chase
from rules.engine import Deadline, Status

NOW = datetime(2027, 2, 5, 7, 30, tzinfo=UTC)
FROM = "caseclock@council.example.gov.uk"
RENDERED = Rendered(subject="Reminder [CC-1048213-LAR-INITIAL]", text="Body", html="<p>Body</p>")


def draft(**changes: object) -> Draft:
    values: dict[str, object] = {
        "template": "reminder",
        "to": ("iro.one@council.example.gov.uk",),
        "items": (sample_item(),),
        "message_id": "<cc-1-reminder@council.example.gov.uk>",
    }
    values.update(changes)
    return Draft(**values)  # type: ignore[arg-type]


def header_lines(message: EmailMessage) -> list[str]:
    """The header section as sent on the wire, unfolded into logical lines."""
    raw = message.as_bytes(policy=SMTP).split(b"\r\n\r\n", 1)[0].decode("ascii")
    return raw.replace("\r\n ", " ").replace("\r\n\t", " ").split("\r\n")


def test_identity_headers_are_set() -> None:
    message = build_message(
        draft(
            cc=("Team Manager <tm@council.example.gov.uk>",),
            in_reply_to="<parent-1@council.example.gov.uk>",
        ),
        RENDERED,
        FROM,
        now=NOW,
    )
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["X-Auto-Response-Suppress"] == "All"
    assert message["Message-ID"] == "<cc-1-reminder@council.example.gov.uk>"
    assert message["In-Reply-To"] == "<parent-1@council.example.gov.uk>"
    assert message["References"] == "<parent-1@council.example.gov.uk>"
    assert message["Date"] == "Fri, 05 Feb 2027 07:30:00 +0000"
    assert message["From"] == FROM
    assert message["Cc"] == "Team Manager <tm@council.example.gov.uk>"
    assert message["Subject"] == "Reminder [CC-1048213-LAR-INITIAL]"
    assert "Precedence" not in message
    assert envelope_recipients(message) == (
        "iro.one@council.example.gov.uk",
        "tm@council.example.gov.uk",
    )


def test_a_message_id_without_brackets_gets_them() -> None:
    message = build_message(draft(message_id="cc-2@council.example.gov.uk"), RENDERED, FROM)
    assert message["Message-ID"] == "<cc-2@council.example.gov.uk>"


def test_text_and_html_alternatives_and_never_an_attachment() -> None:
    message = build_message(draft(), RENDERED, FROM, now=NOW)
    assert message.get_content_type() == "multipart/alternative"
    parts = [p.get_content_type() for p in message.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    assert not list(message.iter_attachments())
    assert all(p.get_content_disposition() is None for p in message.walk())

    plain = build_message(draft(), Rendered("S", "only text"), FROM, now=NOW)
    assert plain.get_content_type() == "text/plain"
    assert plain.get_content() == "only text\n"


@pytest.mark.parametrize(
    "subject",
    [
        "Reminder\r\nBcc: evil@attacker.example",
        "Reminder\nBcc: evil@attacker.example",
        "Reminder\rBcc: evil@attacker.example",
        "Reminder\u2028Bcc: evil@attacker.example",
        "Reminder\x00\x0bBcc: evil@attacker.example",
    ],
)
def test_line_breaks_in_a_subject_are_neutralised(subject: str) -> None:
    message = build_message(draft(), Rendered(subject, "Body"), FROM, now=NOW)
    lines = header_lines(message)
    assert not any(line.lower().startswith("bcc") for line in lines)
    assert message["Subject"] == "Reminder Bcc: evil@attacker.example"
    assert envelope_recipients(message) == ("iro.one@council.example.gov.uk",)


def test_a_long_subject_is_folded_not_broken() -> None:
    long = "Reminder " + "word " * 60 + "[CC-1048213-LAR-INITIAL]"
    message = build_message(draft(), Rendered(long, "Body"), FROM, now=NOW)
    raw = message.as_bytes(policy=SMTP)
    assert all(len(line) <= 78 for line in raw.split(b"\r\n\r\n", 1)[0].split(b"\r\n"))
    reparsed = message_from_bytes(raw, policy=default)
    assert reparsed["Subject"] == clean_header_text(long)


@pytest.mark.parametrize(
    "address",
    [
        "iro@council.example.gov.uk\r\nBcc: evil@attacker.example",
        "iro@council.example.gov.uk\nBcc: evil@attacker.example",
        "Jane\r\nBcc: evil@attacker.example <iro@council.example.gov.uk>",
        "Jane\n <iro@council.example.gov.uk>",
        "iro@council.example.gov.uk, evil@attacker.example",
        "iro@council.example.gov.uk;evil@attacker.example",
        "Jane <iro@council.example.gov.uk>, evil@attacker.example",
        "Jane <iro@council.example.gov.uk>, <evil@attacker.example>",
        'Jane" <evil@attacker.example>, "x <iro@council.example.gov.uk>',
        "iro@council.example.gov.uk <evil@attacker.example",
        "not an address",
        "iro@localhost",
        "",
    ],
)
def test_unsafe_addresses_are_refused(address: str) -> None:
    with pytest.raises(AddressError):
        draft(to=(address,))
    with pytest.raises(AddressError):
        draft(cc=(address,))
    with pytest.raises(AddressError):
        build_message(draft(), RENDERED, address)
    with pytest.raises(AddressError):
        build_message(draft(), RENDERED, FROM, redirect_all_to=address)


def test_a_display_name_with_a_comma_is_quoted_not_split() -> None:
    message = build_message(
        draft(to=("Smith, Jane <jane.smith@council.example.gov.uk>",)), RENDERED, FROM
    )
    assert message["To"] == '"Smith, Jane" <jane.smith@council.example.gov.uk>'
    assert envelope_recipients(message) == ("jane.smith@council.example.gov.uk",)


@pytest.mark.parametrize(
    "msgid", ["<a b@c.example>", "<x@y.example>\r\nBcc: z@evil.example", "no-at-sign", "<x@y"]
)
def test_a_malformed_message_id_is_refused(msgid: str) -> None:
    with pytest.raises(HeaderError):
        draft(message_id=msgid)
    with pytest.raises(HeaderError):
        draft(in_reply_to=msgid)


def test_a_draft_needs_a_recipient() -> None:
    with pytest.raises(AddressError):
        draft(to=())


def test_redirect_replaces_every_recipient_and_says_who_it_was_for() -> None:
    d = draft(
        to=("iro.one@council.example.gov.uk", "sw@council.example.gov.uk"),
        cc=("tm@council.example.gov.uk",),
    )
    message = build_message(d, RENDERED, FROM, redirect_all_to="pilot@council.example.gov.uk")
    assert message["To"] == "pilot@council.example.gov.uk"
    assert "Cc" not in message
    assert message["X-Caseclock-Original-To"] == (
        "iro.one@council.example.gov.uk, sw@council.example.gov.uk"
    )
    assert message["X-Caseclock-Original-Cc"] == "tm@council.example.gov.uk"
    assert envelope_recipients(message) == ("pilot@council.example.gov.uk",)
    assert recipients_of(d, "pilot@council.example.gov.uk") == ("pilot@council.example.gov.uk",)
    assert recipients_of(d) == (
        "iro.one@council.example.gov.uk",
        "sw@council.example.gov.uk",
        "tm@council.example.gov.uk",
    )


def test_the_reference_tag_is_what_the_daemon_reads_back() -> None:
    tag = reference_tag("1048213", "CIP-REVIEW-TO-GUARDIAN")
    assert tag == "[CC-1048213-CIP-REVIEW-TO-GUARDIAN]"
    match = TAG.search(f"Re: Send the review record? {tag}")
    assert match is not None
    assert (match.group("child"), match.group("rule")) == ("1048213", "CIP-REVIEW-TO-GUARDIAN")
    with pytest.raises(HeaderError):
        reference_tag("10/48", "LAR-INITIAL")


@pytest.mark.parametrize("initials", ["Amelia Hart", "Amelia", "ab", "ABCDE", ""])
def test_an_item_refuses_anything_but_initials(initials: str) -> None:
    with pytest.raises(ValueError, match="initials"):
        sample_item(initials=initials)


def test_an_item_refuses_a_case_reference_that_would_break_the_tag() -> None:
    with pytest.raises(ValueError):
        sample_item(case_ref="1048-213")


def test_an_item_from_a_rule_engine_deadline() -> None:
    deadline = Deadline(
        rule_id="LAR-SECOND",
        source="procedure §2.1",
        title="Second Looked After Review",
        subject_type="next_review",
        subject_key="review-2",
        who_acts="iro",
        meets="the second review held",
        chase=Chase.LADDER,
        status=Status.OPEN,
        due=date(2027, 3, 28),
        latest_working_day=date(2027, 3, 26),
        explanation=("Due Sun 28 Mar 2027.",),
    )
    item = Item.from_deadline(
        deadline,
        case_ref="1048213",
        initials="AH",
        step="reminder",
        checklist=("Permanence plan (LAR-PERMANENCE, §10)",),
    )
    assert item.tag == "[CC-1048213-LAR-SECOND]"
    assert (item.status, item.due, item.latest_working_day) == (
        "open",
        date(2027, 3, 28),
        date(2027, 3, 26),
    )
    assert item.explanation == ("Due Sun 28 Mar 2027.",)


def test_a_drafts_context_is_a_read_only_copy() -> None:
    context = {"key": "a"}
    d = draft(template="admin_alert", items=(), context=context)
    context["key"] = "changed"
    assert d.context["key"] == "a"
    with pytest.raises(TypeError):
        d.context["key"] = "b"  # type: ignore[index]
