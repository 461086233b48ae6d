"""Send one EmailMessage to its recipients and say, per recipient, what became of it.

A send never raises for a recipient or a network problem: it returns a SendResult that
splits failures by kind (Mailman's temporary/permanent split). Temporary (retry later):
the server cannot be reached, times out, drops the connection, or answers 4xx.
Permanent (dead, alert): a 5xx answer. Only a transport that cannot work as configured
raises TransportError: credentials refused (SmtpAuthError, on a 5xx to AUTH), STARTTLS or
AUTH not offered, a server certificate that does not verify; retrying the same mail cannot
help, the administrator must act.

The daemon owns the queue; it calls ``send`` and, to stay under the provider's limit,
``RateLimiter.acquire()`` before each send.
"""

from __future__ import annotations

import asyncio
import io
import logging
import mailbox
import ssl
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from email.generator import BytesGenerator
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import aiosmtplib
from aiosmtplib.protocol import SMTPProtocol

from outbox.errors import SmtpAuthError, TransportError
from outbox.mail import parse_address

if TYPE_CHECKING:
    from daemon.config import SmtpConfig

log = logging.getLogger(__name__)

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True, slots=True)
class SendResult:
    """Who has the mail, and who does not yet (temporary) or will not (permanent), why."""

    accepted: tuple[str, ...] = ()
    temporary: dict[str, str] = field(default_factory=dict)
    permanent: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.temporary and not self.permanent

    @classmethod
    def all_temporary(cls, recipients: Iterable[str], reason: str) -> SendResult:
        return cls(temporary=dict.fromkeys(recipients, reason))

    @classmethod
    def all_permanent(cls, recipients: Iterable[str], reason: str) -> SendResult:
        return cls(permanent=dict.fromkeys(recipients, reason))


class Transport(Protocol):
    async def send(self, message: EmailMessage, recipients: Sequence[str]) -> SendResult: ...


def _reply(code: int, message: str) -> str:
    return f"{code} {' '.join(message.split())}"


def _certificate_failure(err: BaseException) -> bool:
    seen: BaseException | None = err
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _by_code(recipients: Sequence[str], code: int, reason: str) -> SendResult:
    if 500 <= code <= 599:
        return SendResult.all_permanent(recipients, reason)
    return SendResult.all_temporary(recipients, reason)


class SmtpTransport:
    """aiosmtplib over implicit TLS (``security = "tls"``), STARTTLS (required, never
    opportunistic) or, on a loopback host only, plain. AUTH when a username is set."""

    def __init__(
        self,
        config: SmtpConfig,
        *,
        tls_context: ssl.SSLContext | None = None,
        local_hostname: str | None = None,
    ) -> None:
        if config.security == "plain" and config.host not in LOOPBACK:
            raise TransportError(
                f"outbox.smtp: security 'plain' is allowed only for a loopback host, "
                f"not {config.host}"
            )
        if config.username is not None and config.password is None:
            raise TransportError("outbox.smtp: a username is set but no password")
        self.config = config
        self._tls_context = tls_context
        self._local_hostname = local_hostname
        # Read once, at start-up: a missing secret stops the service then (ConfigError).
        self._password = (
            config.password.reveal()
            if config.username is not None and config.password is not None
            else None
        )

    def __repr__(self) -> str:
        c = self.config
        return f"SmtpTransport({c.host}:{c.port}, {c.security}, user={c.username!r})"

    def _client(self) -> aiosmtplib.SMTP:
        c = self.config
        return aiosmtplib.SMTP(
            hostname=c.host,
            port=c.port,
            timeout=c.timeout_s,
            use_tls=c.security == "tls",
            start_tls=c.security == "starttls",
            tls_context=self._tls_context,
            local_hostname=self._local_hostname,
        )

    async def send(self, message: EmailMessage, recipients: Sequence[str]) -> SendResult:
        rcpts = tuple(recipients)
        if not rcpts:
            return SendResult()
        where = f"{self.config.host}:{self.config.port}"
        smtp = self._client()
        opened: list[SMTPProtocol] = []  # the connection, once made, to see it closed
        try:
            result = await self._send(smtp, message, rcpts, where, opened)
        except ssl.SSLCertVerificationError as err:
            raise TransportError(f"{where}: server certificate not trusted: {err}") from err
        except aiosmtplib.SMTPNotSupported as err:
            raise TransportError(f"{where}: {err}") from err
        except aiosmtplib.SMTPResponseException as err:
            # A refusal outside the envelope (banner, HELO, MAIL FROM, DATA): all alike.
            result = _by_code(rcpts, err.code, f"{where}: {_reply(err.code, err.message)}")
        except (aiosmtplib.SMTPException, OSError) as err:
            if _certificate_failure(err):  # implicit TLS: aiosmtplib wraps it
                raise TransportError(f"{where}: server certificate not trusted: {err}") from err
            # Not reachable, timed out, disconnected: nobody has it; try again later.
            reason = f"{where}: {type(err).__name__}: {err}"
            result = SendResult.all_temporary(rcpts, reason)
        finally:
            await _close(smtp, opened, min(self.config.timeout_s, 5.0))
        log.info(
            "smtp %s: %s to %d recipient(s): %d accepted, %d temporary, %d permanent",
            where,
            message.get("Message-ID", "(no id)"),
            len(rcpts),
            len(result.accepted),
            len(result.temporary),
            len(result.permanent),
        )
        return result

    async def _send(
        self,
        smtp: aiosmtplib.SMTP,
        message: EmailMessage,
        rcpts: tuple[str, ...],
        where: str,
        opened: list[SMTPProtocol],
    ) -> SendResult:
        await smtp.connect()
        if smtp.protocol is not None:
            opened.append(smtp.protocol)
        if self.config.username is not None and self._password is not None:
            try:
                await smtp.login(self.config.username, self._password)
            except aiosmtplib.SMTPAuthenticationError as err:
                reply = _reply(err.code, err.message)
                if 500 <= err.code <= 599:
                    raise SmtpAuthError(
                        f"{where}: login as {self.config.username!r} refused: {reply}"
                    ) from None  # the chained frames would hold the password
                return SendResult.all_temporary(rcpts, f"{where}: login: {reply}")
            except aiosmtplib.SMTPException as err:
                if type(err) is aiosmtplib.SMTPException:  # no AUTH offered, no mechanism
                    raise TransportError(f"{where}: login impossible: {err}") from None
                raise
        try:
            errors, _ = await smtp.send_message(message, recipients=list(rcpts))
        except aiosmtplib.SMTPRecipientsRefused as err:
            temporary: dict[str, str] = {}
            permanent: dict[str, str] = {}
            for refused in err.recipients:
                bucket = permanent if 500 <= refused.code <= 599 else temporary
                bucket[refused.recipient] = f"{where}: {_reply(refused.code, refused.message)}"
            return SendResult((), temporary, permanent)
        temporary, permanent = {}, {}
        for rcpt, response in errors.items():
            bucket = permanent if 500 <= response.code <= 599 else temporary
            bucket[rcpt] = f"{where}: {_reply(response.code, response.message)}"
        accepted = tuple(r for r in rcpts if r not in errors)
        return SendResult(accepted, temporary, permanent)


async def _close(smtp: aiosmtplib.SMTP, opened: list[SMTPProtocol], grace: float) -> None:
    """QUIT when still connected, else just drop the socket; never raises.

    A TLS connection finishes closing (close_notify) on later turns of the event loop;
    wait, at most ``grace`` seconds, for the connection to be lost, so that no socket
    outlives the caller's event loop. aiosmtplib forgets its protocol when it closes on
    its own (e.g. after a read timeout), hence ``opened``.
    """
    if smtp.is_connected:
        try:
            await smtp.quit()
        except (aiosmtplib.SMTPException, OSError):
            smtp.close()
    else:
        smtp.close()
    loop = asyncio.get_running_loop()
    until = loop.time() + grace
    while any(p.transport is not None for p in opened) and loop.time() < until:
        await asyncio.sleep(0.005)


def _without_header(raw: bytes, name: bytes) -> bytes:
    """``raw`` (a serialised message, LF line ends) without the header ``name``, folded
    lines included; the body is left alone."""
    head, sep, body = raw.partition(b"\n\n")
    kept: list[bytes] = []
    dropping = False
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t"):
            if not dropping:
                kept.append(line)
            continue
        dropping = line.split(b":", 1)[0].strip().lower() == name
        if not dropping:
            kept.append(line)
    return b"\n".join(kept) + sep + body


class FileTransport:
    """Writes each message into a Maildir (``new/``): the default outbox, and pilots'.

    The stored copy carries ``X-Caseclock-Envelope-To`` so a reader can see who it was for.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    async def send(self, message: EmailMessage, recipients: Sequence[str]) -> SendResult:
        rcpts = tuple(parse_address(r).addr_spec for r in recipients)
        # The envelope line goes in front of the serialised message: the caller's message
        # stays untouched, with no deep copy of it (a replayed year writes thousands).
        # Written as ``mailbox`` writes a message: LF line ends, headers not refolded.
        buffer = io.BytesIO()
        BytesGenerator(buffer, mangle_from_=False, maxheaderlen=0).flatten(message, linesep="\n")
        raw = buffer.getvalue()
        envelope = f"X-Caseclock-Envelope-To: {', '.join(rcpts)}\n".encode()
        box = mailbox.Maildir(self.path, create=True)
        key = box.add(envelope + _without_header(raw, b"x-caseclock-envelope-to"))
        log.info("maildir %s: %s stored as %s", self.path, message.get("Message-ID"), key)
        return SendResult(accepted=rcpts)


class RateLimiter:
    """At most ``per_minute`` acquisitions in any 60 seconds (a sliding window).

    ``await limiter.acquire()`` before each send; it returns the seconds it waited. The
    clock and sleep are injectable so tests run without waiting.
    """

    def __init__(
        self,
        per_minute: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if per_minute < 1:
            raise ValueError("per_minute must be at least 1")
        self.per_minute = per_minute
        self._clock = clock
        self._sleep = sleep
        self._times: deque[float] = deque()
        self._lock = asyncio.Lock()

    async def acquire(self) -> float:
        waited = 0.0
        async with self._lock:
            while True:
                now = self._clock()
                while self._times and now - self._times[0] >= 60.0:
                    self._times.popleft()
                if len(self._times) < self.per_minute:
                    self._times.append(now)
                    return waited
                delay = 60.0 - (now - self._times[0])
                await self._sleep(delay)
                waited += delay
