"""Machine-sent mail recognised before anything else: bounces, auto-replies, bulk mail."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.mime import Mail

_BOUNCE_SUBJECT = re.compile(
    r"undeliver|delivery status notification|delivery (?:has )?failed|mail delivery (?:failed|"
    r"failure|subsystem)|returned mail|failure notice|delivery failure|non[- ]?delivery|"
    r"could not be delivered|message not delivered|mail (?:delivery )?fail(?:ed|ure)|"
    r"failure delivery|failed mail|delivery failed|returning to sender",
    re.IGNORECASE,
)
_BOUNCE_SENDER = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon|bounces?)@", re.IGNORECASE)
_AUTO_SUBJECT = re.compile(
    r"^\s*\[?\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|"
    r"automatyczna odpowied|"
    r"ooo\b|auto:|autoreply|abwesenheitsnotiz|réponse automatique|away from (?:the )?office|"
    r"autosvar|auto(?:matic)?[- ]?acknowledge?ment|acknowledge?ment of receipt)",
    re.IGNORECASE,
)
_AUTO_BODY = re.compile(
    r"\b(?:i am|i'm|i will be)\s+(?:currently\s+)?(?:out of (?:the )?office|on (?:annual )?leave|"
    r"away from (?:the|my) (?:office|desk))|this is an automatic (?:reply|response)|"
    r"automatic(?:ally generated)? (?:reply|response|acknowledge?ment)|"
    r"thank you for your? (?:e-?mail|message)[^.]{0,40}\.\s+i (?:will|shall) (?:endeavour|try|"
    r"aim) to (?:reply|respond)",
    re.IGNORECASE,
)
_READ_RECEIPT_SUBJECT = re.compile(
    r"^\s*(?:read|not read|delivered|displayed|gelesen|lu)\s*:|^\s*read receipt\b|"
    r"^\s*return receipt\b", re.IGNORECASE)
_MSGID = re.compile(r"^\s*(?:original-)?message-id\s*:\s*(<[^<>\s]+>)",
                    re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class SystemVerdict:
    """What machine sent this mail, and the signals that show it."""

    kind: str  # bounce | auto_reply | bulk | generated (machine-made, read by its content)
    signals: tuple[str, ...]
    bounce_of: str | None = None


def _bounce_of(mail: Mail) -> str | None:
    for inner in mail.embedded:
        if inner.message_id:
            return inner.message_id
    for text in (*mail.report_texts, mail.text):
        m = _MSGID.search(text)
        if m:
            return m.group(1)
    return None


def _from_the_mail_system(mail: Mail, sender: str, auto: str) -> bool:
    """A null return path (RFC 5321 §4.5.5: what every delivery report is sent with), a
    mailer daemon's return path, or a failure marked by Auto-Submitted."""
    return_path = mail.header("return-path").strip().lower()
    path = return_path.strip("<> ")
    return (
        return_path == "<>"
        or _BOUNCE_SENDER.match(path if "@" in path else f"{path}@") is not None
        or (not sender and bool(mail.header("from").strip()))
        or "(failure)" in auto
    )


def detect(mail: Mail) -> SystemVerdict | None:
    """A bounce, an auto-reply, bulk mail, or None for mail a person wrote."""
    sender = mail.sender.email if mail.sender else ""
    if mail.report_type == "delivery-status" or any(
        "action:" in t.lower() and "status:" in t.lower() for t in mail.report_texts
    ):
        return SystemVerdict("bounce", ("multipart/report delivery-status",), _bounce_of(mail))
    if _BOUNCE_SENDER.match(sender) and _BOUNCE_SUBJECT.search(mail.subject):
        return SystemVerdict("bounce", (f"bounce from {sender}",), _bounce_of(mail))
    if mail.header("x-failed-recipients").strip():
        # Exim's mark on the failure reports it writes, whatever their subject or language.
        return SystemVerdict("bounce", ("X-Failed-Recipients header",), _bounce_of(mail))
    signals: list[str] = []
    # RFC 3834: only "auto-replied" is an automatic reply. "auto-generated" marks any
    # machine-made message (a system notification, a scheduled report): it is read by
    # its content, and the Auto-Submitted header alone keeps it from being answered.
    auto = mail.header("auto-submitted").strip().lower()
    generated = auto.startswith("auto-generated") or auto.startswith("auto-notified")
    if auto.startswith("auto-replied"):
        signals.append(f"Auto-Submitted: {auto}")
    for name in ("x-autoreply", "x-autorespond", "x-auto-response"):
        value = mail.header(name).strip().lower()
        if value and value not in ("no", "false", "0"):
            signals.append(f"{name} header")
    precedence = mail.header("precedence").strip().lower()
    if precedence == "auto_reply":
        signals.append("Precedence: auto_reply")
    if _AUTO_SUBJECT.search(mail.subject):
        signals.append("auto-reply subject")
    if mail.report_type == "disposition-notification" or any(
        "disposition:" in t.lower() and "original-message-id" in t.lower()
        for t in mail.report_texts
    ):
        signals.append("read receipt (message disposition notification)")
    elif _READ_RECEIPT_SUBJECT.search(mail.subject) and (generated or len(mail.text) < 600):
        signals.append("read receipt subject")
    if generated and _AUTO_BODY.search(mail.text[:2000]):
        signals.extend((f"Auto-Submitted: {auto}", "automatic reply wording"))
    if signals:
        return SystemVerdict("auto_reply", tuple(signals))
    if precedence in ("bulk", "junk", "list") and _AUTO_BODY.search(mail.text[:2000]):
        return SystemVerdict("auto_reply", (f"Precedence: {precedence}", "auto-reply wording"))
    if _BOUNCE_SUBJECT.search(mail.subject) and (
        _BOUNCE_SENDER.match(sender) or mail.embedded or mail.report_texts
        or _from_the_mail_system(mail, sender, auto)
    ):
        return SystemVerdict("bounce", ("bounce subject",), _bounce_of(mail))
    bulk: list[str] = []
    if mail.header("list-unsubscribe") or mail.header("list-id"):
        bulk.append("mailing-list headers")
    if precedence in ("bulk", "junk", "list"):
        bulk.append(f"Precedence: {precedence}")
    spam = mail.header("x-spam-flag").strip().lower()
    if spam.startswith("yes"):
        bulk.append("X-Spam-Flag: YES")
    if bulk:
        return SystemVerdict("bulk", tuple(bulk))
    if generated:
        return SystemVerdict("generated", (f"Auto-Submitted: {auto}",))
    return None
