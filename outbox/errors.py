"""The outbox's few exceptions; each message names the address, header, template or server."""

from __future__ import annotations


class OutboxError(Exception):
    """Base of every error the outbox raises on purpose."""


class AddressError(OutboxError, ValueError):
    """An address that must not reach a header or an envelope (line break, comma trick,
    not one plain address)."""


class HeaderError(OutboxError, ValueError):
    """A header value that cannot be made safe (e.g. a malformed Message-ID)."""


class TemplateError(OutboxError):
    """A template is missing, broken or cannot render its context; names the template."""

    def __init__(self, message: str, problems: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems  # (template file, what is wrong), for check()


class TransportError(OutboxError):
    """The transport cannot work as configured; retrying the same mail will not help.

    Recipient and network failures are *not* raised: they come back in a SendResult.
    """


class SmtpAuthError(TransportError):
    """The SMTP server refused the configured username and password (a 5xx to AUTH)."""
