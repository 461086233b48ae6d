"""A real aiosmtpd server on a free loopback port, with STARTTLS (or implicit TLS) and AUTH
required.

Measured here (see /work/shared/notes/test-servers.md): aiosmtpd 1.4.6 with a self-signed
certificate made by ``openssl req -x509`` accepts aiosmtplib with ``start_tls=True``. The
"failed AUTH waits for the read timeout" seen there comes from the authenticator returning
``AuthResult(success=False)``, whose default ``handled=True`` tells aiosmtpd that the hook
already answered, so nothing is sent. This server answers a bad password with
``535 5.7.8`` (``handled=False``), as a real server does; ``silent_auth_failure = True``
brings back the old behaviour for a test of the client's timeout.

The handler records every envelope it accepts and can be told to refuse given recipients
(``refuse_rcpt``), to refuse the message at DATA (``refuse_data``), and the server can be
stopped (server down).
"""

from __future__ import annotations

import socket
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from daemon.config import Secret, SmtpConfig


@dataclass(frozen=True)
class Certificate:
    """A self-signed certificate for CN=localhost valid for 127.0.0.1."""

    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(str(self.cert), str(self.key))
        return ctx

    def client_context(self) -> ssl.SSLContext:
        """A client context that trusts exactly this certificate (hostname checked)."""
        return ssl.create_default_context(cafile=str(self.cert))


def make_certificate(folder: Path) -> Certificate:
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-days",
            "2",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return Certificate(cert, key)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    content: bytes
    login: str | None


@dataclass
class RecordingHandler:
    """Records accepted envelopes; refuses what it is told to refuse."""

    refuse_rcpt: dict[str, str] = field(default_factory=dict)  # address -> full reply
    refuse_data: str | None = None  # e.g. "451 4.3.0 try later"
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        reply = self.refuse_rcpt.get(address.lower())
        if reply is not None:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        if self.refuse_data is not None:
            return self.refuse_data
        content = envelope.original_content or b""
        login = session.auth_data.login if isinstance(session.auth_data, LoginPassword) else None
        with self.lock:
            self.received.append(
                Received(
                    mail_from=envelope.mail_from or "",
                    rcpt_tos=tuple(envelope.rcpt_tos),
                    content=content,
                    login=login.decode() if isinstance(login, bytes) else None,
                )
            )
        return "250 Message accepted for delivery"


class _SmtpsServer(SMTP):
    """aiosmtpd 1.4.6 counts only STARTTLS as TLS when it decides to offer AUTH; on an
    implicit-TLS (SMTPS) port the whole session is already TLS, so offer it there too.
    (Passing auth_require_tls=False instead warns on every connection.)"""

    def __init__(self, handler: Any, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self._auth_require_tls = False


class _SmtpsController(Controller):
    def factory(self) -> SMTP:
        return _SmtpsServer(self.handler, **self.SMTP_kwargs)


class SmtpServer:
    """aiosmtpd on 127.0.0.1:<free port>, STARTTLS required, AUTH (PLAIN/LOGIN) required."""

    def __init__(
        self,
        certificate: Certificate,
        username: str = "caseclock",
        password: str = "s3cret",
        implicit_tls: bool = False,
    ) -> None:
        self.certificate = certificate
        self.username = username
        self.password = password
        self.implicit_tls = implicit_tls  # TLS from the first byte (SMTPS), not STARTTLS
        self.silent_auth_failure = False
        self.auth_attempts: list[str] = []
        self.handler = RecordingHandler()
        self.host = "127.0.0.1"
        self.port = free_port()
        self._controller: Controller | None = None

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        if not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        self.auth_attempts.append(mechanism)
        if data.login == self.username.encode() and data.password == self.password.encode():
            return AuthResult(success=True, auth_data=data)
        # handled=False makes aiosmtpd answer 535; handled=True sends nothing at all.
        return AuthResult(success=False, handled=self.silent_auth_failure)

    def start(self) -> SmtpServer:
        tls: dict[str, Any] = (
            {"ssl_context": self.certificate.server_context()}
            if self.implicit_tls
            else {"tls_context": self.certificate.server_context(), "require_starttls": True}
        )
        kind = _SmtpsController if self.implicit_tls else Controller
        controller = kind(
            self.handler,
            hostname=self.host,
            port=self.port,
            server_hostname="localhost",
            auth_required=True,
            auth_require_tls=True,
            authenticator=self._authenticate,
            ready_timeout=5.0,
            **tls,
        )
        controller.start()
        self._controller = controller
        return self

    def stop(self) -> None:
        """Stop listening (the 'server down' case); safe to call twice."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def config(self, password_env: str, timeout_s: float = 2.0) -> SmtpConfig:
        """The outbox's [outbox.smtp] settings for this server; the password is read from
        the environment variable ``password_env`` (set it to ``self.password``)."""
        return SmtpConfig(
            host=self.host,
            port=self.port,
            security="tls" if self.implicit_tls else "starttls",
            username=self.username,
            password=Secret(env=password_env),
            timeout_s=timeout_s,
        )

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def __enter__(self) -> SmtpServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
