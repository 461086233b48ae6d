"""Fixtures for the outbox: a real aiosmtpd (STARTTLS and AUTH required) on loopback."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from outbox.render import Renderer
from outbox.transport import SmtpTransport
from tests.servers.smtp import Certificate, SmtpServer, make_certificate

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


@pytest.fixture(scope="session")
def renderer() -> Renderer:
    return Renderer()


@pytest.fixture
def override_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    return folder
