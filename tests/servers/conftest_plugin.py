"""Pytest fixtures for the real test servers. Registered from tests/conftest.py with
``pytest_plugins = ["tests.servers.conftest_plugin"]``.

Each test gets its own Dovecot (it starts in about 20 ms), so no test sees another's mail.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from daemon.config import ImapConfig
from outbox.transport import SmtpTransport
from tests.servers.dovecot import Dovecot
from tests.servers.smtp import Certificate, SmtpServer, make_certificate


@pytest.fixture
def dovecot_factory() -> Iterator[Callable[..., Dovecot]]:
    """Start Dovecot instances with chosen options, e.g. ``dovecot_factory(move=False)``.

    Keyword arguments go to `Dovecot` (username, password, move, capabilities). Every
    instance started here is stopped and removed when the test ends.
    """
    if os.geteuid() != 0:
        pytest.fail(
            "the Dovecot tests need root (Dovecot drops to dovenull and vmail); "
            "run make test as root, as CI does"
        )
    started: list[Dovecot] = []

    def start(**options: Any) -> Dovecot:
        server = Dovecot(**options)
        started.append(server)
        server.start()
        return server

    try:
        yield start
    finally:
        for server in started:
            server.close()


@pytest.fixture
def dovecot(dovecot_factory: Callable[..., Dovecot]) -> Dovecot:
    """A running private Dovecot with one user (`dovecot.username`, `dovecot.password`)."""
    return dovecot_factory()


@pytest.fixture
def imap_config(dovecot: Dovecot, tmp_path: Path) -> ImapConfig:
    """An ImapConfig for `dovecot`: 127.0.0.1, security "plain", password in a secret file."""
    return dovecot.imap_config(tmp_path / "imap-password")


# ---- SMTP: aiosmtpd with STARTTLS and AUTH ------------------------------------------

PASSWORD_ENV = "CASECLOCK_TEST_SMTP_PASSWORD"


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_certificate(tmp_path_factory.mktemp("smtp-cert"))


@pytest.fixture
def smtp_server(certificate: Certificate) -> Iterator[SmtpServer]:
    server = SmtpServer(certificate, username="caseclock", password="pw-Zq8!never-logged")
    server.start()
    try:
        yield server
    finally:
        server.stop()
        # A socket left open by a send shows up here, in the test that leaked it
        # (filterwarnings = error), rather than at random later.
        gc.collect()


@pytest.fixture
def smtp_password(smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(PASSWORD_ENV, smtp_server.password)
    return smtp_server.password


@pytest.fixture
def transport(
    smtp_server: SmtpServer, smtp_password: str, certificate: Certificate
) -> SmtpTransport:
    """A transport that trusts the test certificate, with a short timeout."""
    return SmtpTransport(
        smtp_server.config(PASSWORD_ENV),
        tls_context=certificate.client_context(),
        local_hostname="localhost",
    )
