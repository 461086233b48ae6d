"""Deadlines in, mails out: render with Jinja2, build a safe EmailMessage, send it.

The daemon owns the queue and the clock and calls this package; nothing here touches the
database. At start-up::

    renderer = Renderer(config.outbox.templates_dir)
    renderer.check()                      # every template renders, or start-up stops

For each queued mail::

    rendered = renderer.render(draft)
    message = build_message(draft, rendered, from_address, redirect_all_to, now=clock.now())
    await limiter.acquire()
    result = await transport.send(message, envelope_recipients(message))
    # result.accepted / result.temporary (retry) / result.permanent (dead + alert)
"""

from __future__ import annotations

from outbox.errors import (
    AddressError,
    HeaderError,
    OutboxError,
    SmtpAuthError,
    TemplateError,
    TransportError,
)
from outbox.mail import (
    Draft,
    Item,
    Rendered,
    build_message,
    envelope_recipients,
    recipients_of,
    reference_tag,
)
from outbox.render import TEMPLATES, Renderer
from outbox.transport import FileTransport, RateLimiter, SendResult, SmtpTransport, Transport

__all__ = [
    "TEMPLATES",
    "AddressError",
    "Draft",
    "FileTransport",
    "HeaderError",
    "Item",
    "OutboxError",
    "RateLimiter",
    "Rendered",
    "Renderer",
    "SendResult",
    "SmtpAuthError",
    "SmtpTransport",
    "TemplateError",
    "Transport",
    "TransportError",
    "build_message",
    "envelope_recipients",
    "recipients_of",
    "reference_tag",
]
